package org.workgraph.loader.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A recogniser of people and organisations learned from the development pages: a logistic regression (OpenNLP's
 * maximum-entropy trainer) that labels each candidate word of a unit person, organisation or other from the shapes
 * and context {@link MentionFeatures} reads off it, never from the word itself. Consecutive words of one label make a
 * name; its probability is the lowest of its words'. The shipped model, {@value #RESOURCE} beside this class, is
 * trained by {@code bench/train-mentions}; it is read once, on first use. Immutable and safe across threads.
 */
public final class LearnedMentions implements MentionRecogniser {
    public static final String RESOURCE = "mention-model.bin";
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String OTHER = "other";
    /** The probability a name must reach to be proposed. */
    public static final double THRESHOLD = 0.8;
    /** Longer runs are headings or sentences in capitals, not names. */
    private static final int MAX_WORDS = 6;

    private final MaxentModel model;
    private final double threshold;

    public LearnedMentions(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** The model shipped with the loader, at {@link #THRESHOLD}; read on first call, the same instance after. */
    public static LearnedMentions shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final LearnedMentions MODEL = new LearnedMentions(read(), THRESHOLD);
    }

    /** Reads a model written by OpenNLP's model writer. */
    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    private static MaxentModel read() {
        try (InputStream in = LearnedMentions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the mention model " + RESOURCE + " is missing from the loader's resources");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mention model " + RESOURCE, e);
        }
    }

    @Override
    public List<Proposal> propose(Map<Integer, String> units) {
        if (units.values().stream().allMatch(String::isBlank)) return List.of();
        return propose(new MentionFeatures(units));
    }

    /** Proposals over a page already tokenised (the study reuses one page's features for several models). */
    public List<Proposal> propose(MentionFeatures page) {
        List<Proposal> out = new ArrayList<>();
        int person = model.getIndex(PERSON), org = model.getIndex(ORGANIZATION);
        for (Integer unit : unitsOf(page)) {
            List<MentionFeatures.Token> ts = page.tokens(unit);
            String[] label = new String[ts.size()];
            double[] prob = new double[ts.size()];
            List<List<String>> feats = new ArrayList<>(ts.size());
            for (int i = 0; i < ts.size(); i++) {
                feats.add(null);
                if (!page.candidate(unit, i)) continue;
                List<String> f = page.features(unit, i);
                feats.set(i, f);
                double[] p = model.eval(f.toArray(String[]::new));
                int best = p[person] >= p[org] ? person : org;
                label[i] = model.getOutcome(best);
                prob[i] = p[best];
                if (prob[i] < p[model.getIndex(OTHER)]) label[i] = OTHER;
            }
            for (int i = 0; i < ts.size(); ) {
                if (label[i] == null || label[i].equals(OTHER)) { i++; continue; }
                int j = i;
                double min = prob[i];
                while (j + 1 < ts.size() && label[i].equals(label[j + 1]) && page.continues(unit, j)) { j++; min = Math.min(min, prob[j]); }
                int a = i, b = j;
                i = j + 1;
                // A name neither opens nor closes with a joining word ("of", "&", "-").
                while (a <= b && joiner(ts.get(a).text())) a++;
                while (b >= a && joiner(ts.get(b).text())) b--;
                if (a > b || b - a + 1 > MAX_WORDS || min < threshold) continue;
                Finding.Entity entity = label[a].equals(PERSON) ? Finding.Entity.PERSON : Finding.Entity.ORGANIZATION;
                if (!plausible(entity, ts.subList(a, b + 1), page.text(unit), page)) continue;
                out.add(new Proposal(unit, ts.get(a).start(), ts.get(b).end(), entity, min, why(min, feats.get(a))));
            }
        }
        return out;
    }

    /**
     * What a name of that kind cannot look like, whatever the model says: a person named by one word (a given name alone
     * is the rules' to judge, by its context: an address, a page's known person), an organisation that is one given
     * name, day, month, head word ("Tribunal") or, opening a sentence, one word of general English ("Organization").
     */
    private static boolean plausible(Finding.Entity entity, List<MentionFeatures.Token> words, String text, MentionFeatures page) {
        long real = words.stream().filter(t -> Character.isUpperCase(t.text().charAt(0))).count();
        if (entity == Finding.Entity.PERSON) return real >= 2;
        // Words in capitals that general English knows are a shouted heading or a licence's clause ("LIMITED WARRANTY").
        if (words.stream().allMatch(t -> MentionFeatures.shape(t.text()).equals("XX") || !Character.isLetter(t.text().charAt(0)))
                && words.stream().anyMatch(t -> org.workgraph.loader.text.Lexicon.english().knows(t.text().toLowerCase(Locale.ROOT)))) return false;
        if (words.size() > 1) return true;
        String w = words.get(0).text();
        String lw = w.toLowerCase(Locale.ROOT);
        // One word of general English or a place, named with no cue, is more often the word or the place than a firm
        // ("Licensor", "Technology", "California"): that takes a cue, which is the rules' part.
        if (Places.wordNet().contains(w)) return false;
        // A word of general English written with a capital mid-sentence, in running prose, and never in lower case on the
        // page is used as a name there ("posted it on Chirpline", "taking Fennelworks to court"); at a sentence start, on a
        // heading's line or beside the same word in lower case it is the word ("Technology", "the Licensor").
        if (org.workgraph.loader.text.Lexicon.english().knows(lw) && (page.lowerOnPage(w)
                || RunningText.sentenceStart(text, words.get(0).start()) || RunningText.titleCaseLine(text, words.get(0).start()))) return false;
        String singular = lw.endsWith("s") ? lw.substring(0, lw.length() - 1) : lw;
        if (MentionFinder.notName(w) || GivenNames.english().contains(w) || MentionFeatures.dayOrMonth(singular) || MentionFeatures.HEAD.matches(w)) return false;
        return !(RunningText.sentenceStart(text, words.get(0).start()) && org.workgraph.loader.text.Lexicon.english().knows(lw));
    }

    private static boolean joiner(String w) {
        return !Character.isLetterOrDigit(w.charAt(0)) || Character.isLowerCase(w.charAt(0));
    }

    private static List<Integer> unitsOf(MentionFeatures page) {
        return page.units();
    }

    /** The evidence in words: the probability and the first word's main features. */
    private static String why(double p, List<String> features) {
        List<String> shown = new ArrayList<>();
        for (String f : features) {
            if (f.contains("+") || f.startsWith("n2") || f.startsWith("p2")) continue;
            shown.add(f);
            if (shown.size() == 12) break;
        }
        return String.format(Locale.ROOT, "recogniser, p=%.2f, features %s", p, String.join(" ", shown));
    }
}
