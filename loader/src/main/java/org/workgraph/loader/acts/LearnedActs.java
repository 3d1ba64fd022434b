package org.workgraph.loader.acts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;

/**
 * Response acts read by the rules ({@link ActReader}) and, where the rules only fell back to "adds a point of its own",
 * by a learned model: a logistic regression (OpenNLP's maximum-entropy trainer) over {@link ActFeatures}, trained on
 * every gold response of the development sets by {@code bench/train-acts}. Leaving whole sites out of its training in
 * turn, it reads the main act of those fallbacks better than the rules do (docs/extraction.md, "A learned act model");
 * where a cue of thanks, agreement, dispute, a question or a joke decided, the rules keep their reading. An act the model
 * sets keeps evidence: the features that weighed most for it, and the words of the cues among them.
 */
public final class LearnedActs {
    /** The shipped model's resource name, beside this class. */
    public static final String RESOURCE = "act-model.bin";
    /** The probability from which the model's act replaces the rules' fallback. */
    public static final double THRESHOLD = 0.5;

    /** Where the model may decide: where the rules fell back to elaboration, or on every response. */
    public enum Scope { FALLBACK, EVERYWHERE }

    private final MaxentModel model;
    private final double threshold;
    private final Scope scope;
    private final ActReader rules = new ActReader();

    public LearnedActs(MaxentModel model, double threshold, Scope scope) {
        this.model = model;
        this.threshold = threshold;
        this.scope = scope;
    }

    /**
     * Whether the loader reads acts with the shipped model beside the rules. Set from the leave-site-out study
     * ({@code bench/train-acts loso}): on only while the model reads the main act better than the rules alone there.
     */
    public static final boolean ON = false;

    /** The acts the loader gives a post's responses: the rules', with the shipped model's where it decides and is {@link #ON}. */
    public static List<ActFinding> forLoader(BlogPost post, String postWriter) {
        return ON ? shipped().read(post, postWriter) : RULES.read(post, postWriter);
    }

    private static final ActReader RULES = new ActReader();

    /** The model shipped with the loader, read on first use; the same instance after. */
    public static LearnedActs shipped() {
        return Shipped.ACTS;
    }

    private static final class Shipped {
        static final LearnedActs ACTS = new LearnedActs(read(), THRESHOLD, Scope.FALLBACK);
    }

    /** Reads a model written by OpenNLP's model writer. */
    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    private static MaxentModel read() {
        try (InputStream in = LearnedActs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the act model " + RESOURCE + " is missing from the loader's resources");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the act model " + RESOURCE, e);
        }
    }

    /** The acts of every response of a post: the rules' reading, with the model's main act where it decides. */
    public List<ActFinding> read(BlogPost post, String postWriter) {
        return combine(post, postWriter, rules.read(post, postWriter));
    }

    /** The model's probability for each act of one response's features. */
    public Map<Act, Double> probabilities(List<String> features) {
        double[] p = model.eval(features.toArray(String[]::new));
        Map<Act, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < p.length; k++) out.put(act(model.getOutcome(k)), p[k]);
        return out;
    }

    /** The rules' reading of a post, with the model's main act set where it decides (see {@link Scope}). */
    public List<ActFinding> combine(BlogPost post, String postWriter, List<ActFinding> ruled) {
        List<ActFinding> out = new ArrayList<>();
        // What each earlier response was read to do, as the features of the ones after it see it ("parent=humor").
        Map<Integer, Act> decided = new java.util.HashMap<>();
        boolean asks = ActReader.postAsks(post) != null;
        List<Response> responses = post.responses();
        for (int i = 0; i < responses.size(); i++) {
            Response r = responses.get(i);
            int unit = r.position();
            List<ActFinding> mine = ruled.stream().filter(f -> f.unit() == unit).toList();
            ActFinding main = mine.stream().filter(ActFinding::main).findFirst().orElse(null);
            if (main != null) decided.put(unit, main.act());
            if (main == null || !decides(r, main)) {
                out.addAll(mine);
                continue;
            }
            List<String> f = ActFeatures.at(post, postWriter, ruled, decided, i, asks);
            double[] p = model.eval(f.toArray(String[]::new));
            int best = 0;
            for (int k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
            Act act = act(model.getOutcome(best));
            if (act == main.act() || p[best] < threshold) {
                out.addAll(mine);
                continue;
            }
            decided.put(unit, act);
            out.addAll(decided(r, main, mine, act, p[best], f, best));
        }
        return out;
    }

    /** Whether the model may set this response's main act: it has words to read and the rules did not decide on a cue. */
    private boolean decides(Response r, ActFinding main) {
        if (!ActFeatures.readable(r) || r.text() == null || r.text().isBlank()) return false;
        if (scope == Scope.EVERYWHERE) return main.act() != Act.OTHER || !main.method().startsWith("the response was taken down");
        return main.act() == Act.ELABORATION && main.method().startsWith("adds a point of its own");
    }

    /** The findings of a response whose main act the model set: its act first, then the rules' acts, three at most. */
    private List<ActFinding> decided(Response r, ActFinding ruledMain, List<ActFinding> ruled, Act act, double p, List<String> features, int outcome) {
        int unit = r.position();
        List<String> why = weightiest(features, outcome, 3);
        Map<String, Span> cues = ActFeatures.cueSpans(unit, r.text());
        List<Span> evidence = new ArrayList<>();
        for (String w : why) if (cues.containsKey(w)) evidence.add(cues.get(w));
        if (evidence.isEmpty()) evidence.addAll(ruledMain.evidence()); // the sentence the rules weighed
        String method = String.format(Locale.ROOT, "the learned act model (p=%.2f), where the rules found no cue; it weighed most: %s",
                p, String.join(", ", why));
        Integer target = switch (act) {
            case ANSWER, QUESTION, AGREEMENT, DISAGREEMENT -> r.replyTo() != null ? r.replyTo() : 0;
            default -> null;
        };
        List<ActFinding> out = new ArrayList<>();
        out.add(new ActFinding(unit, act, true, method, evidence, target));
        // The rules' main act stays as a further act: the point they read is still made ("a joke that makes a point").
        out.add(new ActFinding(unit, ruledMain.act(), false, ruledMain.method(), ruledMain.evidence()));
        ruled.stream().filter(x -> !x.main() && x.act() != act && x.act() != ruledMain.act()).limit(1).forEach(out::add);
        return out;
    }

    /**
     * The features that weighed most for an outcome: how much lower its probability is with each feature left out, the
     * largest first.
     */
    List<String> weightiest(List<String> features, int outcome, int n) {
        double with = Math.log(model.eval(features.toArray(String[]::new))[outcome]);
        Map<String, Double> weight = new LinkedHashMap<>();
        for (int k = 0; k < features.size(); k++) {
            List<String> without = new ArrayList<>(features);
            without.remove(k);
            weight.put(features.get(k), with - Math.log(model.eval(without.toArray(String[]::new))[outcome]));
        }
        return weight.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(n).map(Map.Entry::getKey).toList();
    }

    /** An outcome's act: outcomes are the acts' notations ("negative-reaction"). */
    static Act act(String notation) {
        return Act.valueOf(notation.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
