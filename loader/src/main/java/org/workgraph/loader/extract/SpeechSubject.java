package org.workgraph.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.identity.Names;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.Search;

/**
 * A person named by one word as the subject of a verb of saying: "Quern says he is convinced", "“…,” Lund wrote.",
 * "Mr. Brandt recalled". News and blog prose name a quoted person in full once and by surname after, or by a first name
 * alone; when the full name is on the page the word stands for it. The verb is the evidence: what says, writes, recalls
 * or explains is a person far more often than a body. A full name before the verb is the run rules' ({@code
 * MentionFinder}), so a word after another capitalised word is left to them.
 *
 * <p>Left alone: a word of general English ("Title says it all", "Best said"; a given name is a name even where English
 * has the word), a pronoun, a month or day, a place, a word in camel case; a comment header ("Ann said...", "Bo said:",
 * "Cy said @ 4pm"), where pages print a writer; and a subject the verb gives "it" or "its" ("Zentravo said it will …"),
 * which is how prose speaks of a body.
 */
final class SpeechSubject {
    private SpeechSubject() {}

    /** One capitalised word (a hyphenated surname allowed) before a verb of saying in the present or past. */
    private static final Search SAID = Search.compile("(?<![\\p{L}\\d@#&'\u2019._/-])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+"
            + "(?:says|said|writes|wrote|tells|told|recalls|recalled|adds|added|explains|explained|argues|argued|insists|insisted|"
            + "admits|admitted|warns|warned|replied|believes)\\b");
    /** What follows the verb in a comment header ("said...", "said:", "said @ 4:04pm"), or a body's pronoun ("said it will"). */
    private static final Search NOT_SPEECH = Search.compile("^(?:\\s*(?:\\.\\.\\.|\u2026|:|@)|\\s+(?:it|its|it's|it\u2019s)\\b)");
    /** The capitalised word before a name, on its line, with the spaces between: "Ann " of "Ann Lee said". */
    private static final Search CAPITAL_BEFORE = Search.compile("\\p{Lu}[\\p{L}'\u2019-]*[ \\t]+$");
    private static final Search HONORIFIC_BEFORE = Search.compile("(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor)\\.?[ \\t]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The capitalised word right before a position: "Ann " of "Ann Quernby". */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) $");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "you", "i", "who", "that", "this", "which", "one", "someone",
            "everyone", "nobody", "somebody", "everybody", "anyone", "anybody", "anonymous", "unknown");

    /** People the text names by one word before a verb of saying. */
    static void people(int unit, String text, String lower, String writer, PagePeople people, RunningText.Sink sink) {
        if (!cued(lower)) return;
        Matcher m = SAID.matcher(text);
        while (m.find()) {
            int s = m.start(1), e = m.end(1);
            String word = m.group(1);
            if (!sink.free(s, e) || NOT_SPEECH.matcher(text).region(m.end(), text.length()).lookingAt()) continue;
            String before = text.substring(Math.max(0, s - 40), s);
            if (CAPITAL_BEFORE.find(before) && !HONORIFIC_BEFORE.find(before)) continue;
            if (!speaker(text, s, e, word, people)) continue;
            String name = people.resolveSurname(word).or(() -> people.resolve(word)).orElse(fullName(text, word));
            if (writer != null && (Names.key(writer).equals(Names.key(name)) || Names.key(writer).equals(Names.key(word)))) continue;
            people.add(name);
            sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, word,
                    "one name as the subject of a verb of saying (\"… says\", \"… wrote\")", List.of(Spans.of(unit, text, s, e))));
        }
    }

    /**
     * An acronym of three letters or more before a verb of saying or finding ("the HLO says masks …", "RWU warned"): a body
     * speaks by its initials, a person rarely (two letters are as often a person's initials, "CA says", and are left alone).
     */
    private static final Search ACRONYM_SAID = Search.compile("(?<![\\p{L}\\d@#&'\u2019._/-])(\\p{Lu}{3,6})\\s+"
            + "(?:says|said|warns|warned|reports|reported|estimates|estimated|predicts|predicted|recommends|recommended|announced|announces)\\b");

    /** Bodies the text names by an acronym before a verb of saying. */
    static void bodies(int unit, String text, String lower, RunningText.Sink sink) {
        if (!cued(lower)) return;
        Matcher m = ACRONYM_SAID.matcher(text);
        while (m.find()) {
            String a = m.group(1);
            if (!sink.free(m.start(1), m.end(1)) || NOT_SPEECH.matcher(text).region(m.end(), text.length()).lookingAt()) continue;
            // An acronym of general English ("CEO"), or a word in capitals the lexicon knows ("NOBODY said"), names no body.
            if (RunningText.commonAcronym(a) || Lexicon.english().knows(a.toLowerCase(Locale.ROOT))
                    || RunningText.headerLine(text, m.start(1), m.end(1))) continue;
            String full = spelledOut(text, a);
            String why = "an acronym as the subject of a verb of saying (\"… says\", \"… warned\")";
            if (full == null) {
                NameShapes.org(unit, text, m.start(1), m.end(1), sink, why);
            } else {
                // The page names the body in full elsewhere ("the Harbour Rota Workers union … HRW said"): one body, by that name.
                sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, full, a, why + ", which the page spells out as \""
                        + full + "\"", List.of(Spans.of(unit, text, m.start(1), m.end(1)))));
            }
        }
    }

    /** A run of capitalised words the text writes whose initials spell the acronym ("Harbour Rota Workers" for HRW), or null. */
    private static final Search CAPITAL_RUN = Search.compile("(?<![\\p{L}\\d])\\p{Lu}\\p{Ll}+(?:\\s+(?:(?:of|for|and|&)\\s+)?\\p{Lu}\\p{Ll}+){1,5}(?![\\p{L}\\d])");

    static String spelledOut(String text, String acronym) {
        Matcher m = CAPITAL_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            String[] w = SPACES.split(run);
            // Every capitalised word of the run, from any of its words on, so that a word before the name ("Meanwhile") drops.
            for (int k = 0; k + acronym.length() <= w.length; k++) {
                if (!Character.isUpperCase(w[k].charAt(0))) continue; // "of Harbour Rota Workers" opens at "Harbour"
                String tail = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
                if (SourceCredits.initials(tail).equals(acronym) && Character.isUpperCase(w[w.length - 1].charAt(0))) return tail;
            }
        }
        return null;
    }

    /**
     * The full name the text writes somewhere with the surname, a given name first ("Ann Quernby, director of …, writes" before
     * "Quernby says"), for a surname no page person has yet; else the surname as written.
     */
    private static String fullName(String text, String surname) {
        for (int i = text.indexOf(surname); i > 0; i = text.indexOf(surname, i + 1)) {
            int end = i + surname.length();
            if (end < text.length() && Character.isLetter(text.charAt(end)) || text.charAt(i - 1) != ' ') continue;
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, i - 30), i));
            if (before.find() && GivenNames.english().contains(before.group(1))) return before.group(1) + " " + surname;
        }
        return surname;
    }

    /** Whether a word before a verb of saying can be a person's name on this page. */
    private static boolean speaker(String text, int s, int e, String word, PagePeople people) {
        String lw = word.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lw) || MentionFinder.notName(word) || RunningText.monthOrDay(word) || PersonShape.bodyWord(word)) return false;
        if (RunningText.headerLine(text, s, e) || Places.wordNet().contains(word)) return false;
        if (people.resolve(word).isPresent() || people.resolveSurname(word).isPresent()) return true;
        // A word of general English is no name (PersonShape: a given or family name is, even where English has the word).
        return PersonShape.refuses(word, people).isEmpty();
    }

    private static boolean cued(String lower) {
        for (String c : List.of(" say", " said", " writ", " wrote", " tel", " told", " recall", " add", " expla", " argu", " insist", " admit",
                " warn", " replied", " believes", " report", " estimat", " predict", " recommend", " announc")) {
            if (lower.contains(c)) return true;
        }
        return false;
    }
}
