package org.workgraph.loader.blog.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.workgraph.loader.blog.HeaderClassifier;
import org.workgraph.loader.text.Line;

/**
 * A response-header classifier learned from labelled pages: a logistic regression (OpenNLP's maximum-entropy
 * trainer) over the shapes {@link LineFeatures} reads off each line. The shipped model, {@value #RESOURCE} beside this
 * class, is trained from the development pages by {@code bench/train-headers}; it is read once, on first use.
 */
public final class LearnedHeaders implements HeaderClassifier {
    /** The shipped model's resource name, beside this class. */
    public static final String RESOURCE = "header-model.bin";
    /** The outcome a model gives a header line; every other line is {@link #OTHER} or one of the roles below. */
    public static final String HEADER = "header";
    public static final String OTHER = "other";
    /**
     * The other line roles a model may be trained on: the first line of a response with no header line, the rest of a
     * response's text, the post's body, furniture. A model trained on these as well gives a header the same outcome.
     */
    public static final String START = "start", RESPONSE = "response", BODY = "body", FURNITURE = "furniture";
    /** Start proposals are off unless a threshold at or under 1 is given. */
    public static final double NO_STARTS = 2;
    /** The probability above which a line is proposed. */
    public static final double THRESHOLD = 0.5;

    /** Proposals only on pages where the rules found fewer headers than this (the rules are trusted where they read). */
    public static final int FEWER_THAN = 1;

    private final MaxentModel model;
    private final double threshold;
    private final int fewerThan;
    private final double startThreshold;
    private final int startsSharing;

    /**
     * @param threshold the probability from which a line is proposed
     * @param fewerThan propose only on a page where the rules took fewer lines for headers than this
     *                  ({@link Integer#MAX_VALUE}: on every page)
     */
    public LearnedHeaders(MaxentModel model, double threshold, int fewerThan) {
        this(model, threshold, fewerThan, NO_STARTS, 0);
    }

    /**
     * @param startThreshold the probability from which a line is proposed as the start of a response without a header
     *                       ({@link #NO_STARTS}: none)
     * @param startsSharing  a start is proposed only where this many proposals at least follow lines of one shape (a
     *                       thread repeats what stands between its comments); 0 or 1: alone as well
     */
    public LearnedHeaders(MaxentModel model, double threshold, int fewerThan, double startThreshold, int startsSharing) {
        this.model = model;
        this.threshold = threshold;
        this.fewerThan = fewerThan;
        this.startThreshold = startThreshold;
        this.startsSharing = startsSharing;
    }

    /** The model shipped with the loader; loaded on first call (a few milliseconds), the same instance after. */
    public static LearnedHeaders shipped() {
        return Shipped.MODEL;
    }

    /** The shipped model is immutable once read; the holder defers reading it until a page asks. */
    private static final class Shipped {
        static final LearnedHeaders MODEL = new LearnedHeaders(read(), THRESHOLD, FEWER_THAN);
    }

    /** Reads a model written by OpenNLP's model writer. */
    public static MaxentModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    private static MaxentModel read() {
        try (InputStream in = LearnedHeaders.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the header model " + RESOURCE + " is missing from the loader's resources");
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the header model " + RESOURCE, e);
        }
    }

    /** The probability that line {@code i} is a response header. */
    public double probability(LineFeatures features, int i) {
        return probability(features, i, HEADER);
    }

    /** The probability that line {@code i} has the role {@code outcome}; 0 where the model has no such outcome. */
    public double probability(LineFeatures features, int i, String outcome) {
        List<String> f = features.of(i);
        if (f.isEmpty()) return 0;
        int k = model.getIndex(outcome);
        return k < 0 ? 0 : model.eval(f.toArray(String[]::new))[k];
    }

    /** Per line, the probability that it is a response header (0 for a blank line). */
    public double[] probabilities(List<Line> lines) {
        LineFeatures features = new LineFeatures(lines);
        double[] out = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) out[i] = probability(features, i);
        return out;
    }

    /**
     * Lines where a response with no header starts, on a thread where no header was taken: each line the model gives a
     * start's role, kept where {@code startsSharing} of them at least follow lines of one coarse shape (or the thread's top).
     */
    @Override
    public Set<Integer> starts(List<Line> lines, Set<Integer> headers) {
        if (startThreshold > 1 || !headers.isEmpty()) return Set.of();
        LineFeatures features = new LineFeatures(lines);
        List<Integer> proposed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (probability(features, i, START) >= startThreshold) proposed.add(i);
        Map<String, Integer> before = new HashMap<>();
        for (int i : proposed) before.merge(shapeBefore(lines, i), 1, Integer::sum);
        Set<Integer> out = new TreeSet<>();
        for (int i : proposed) if (before.get(shapeBefore(lines, i)) >= startsSharing) out.add(i);
        return out;
    }

    /** The coarse shape of the content line above line {@code i}, or "top". */
    private static String shapeBefore(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) if (!lines.get(j).isBlank()) return LineFeatures.coarseShape(lines.get(j).trimmed());
        return "top";
    }

    @Override
    public Set<Integer> headers(List<Line> lines, Set<Integer> ruled) {
        if (ruled.size() >= fewerThan) return Set.of();
        double[] p = probabilities(lines);
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < p.length; i++) if (p[i] >= threshold) out.add(i);
        return out;
    }
}
