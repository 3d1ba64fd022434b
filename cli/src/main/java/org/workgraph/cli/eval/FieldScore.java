package org.workgraph.cli.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Precision, recall and F1 of one field, with every miss and false hit named. */
public final class FieldScore {
    private final String field;
    private int truePositives;
    private final List<String> misses = new ArrayList<>();
    private final List<String> falseHits = new ArrayList<>();

    /** Set for a score averaged over classes (macro), which is not a ratio of this row's own counts. */
    private double[] averaged;
    private final List<String> breakdown = new ArrayList<>();

    /** For an averaged score, one line per class it averages; else empty. */
    public List<String> breakdown() { return breakdown; }

    FieldScore(String field) {
        this.field = field;
    }

    /**
     * The macro average of per-class scores: precision, recall and F1 are the means of each class's, and the counts are
     * the classes' sums. A class counts when the gold or the graph has it.
     */
    static FieldScore macro(String field, java.util.Collection<FieldScore> perClass) {
        FieldScore m = new FieldScore(field);
        double p = 0, r = 0, f = 0;
        for (FieldScore c : perClass) {
            p += c.precision();
            r += c.recall();
            f += c.f1();
            m.truePositives += c.truePositives;
            m.misses.addAll(c.misses);
            m.falseHits.addAll(c.falseHits);
        }
        for (FieldScore c : perClass) {
            m.breakdown.add(String.format(java.util.Locale.ROOT, "%-18s precision %.3f  recall %.3f  F1 %.3f  (%d hits, %d misses, %d false)",
                    c.field, c.precision(), c.recall(), c.f1(), c.truePositives, c.misses.size(), c.falseHits.size()));
        }
        int n = perClass.size();
        m.averaged = n == 0 ? new double[] {1, 1, 1} : new double[] {p / n, r / n, f / n};
        return m;
    }

    public String field() { return field; }

    public int truePositives() { return truePositives; }

    public List<String> misses() { return misses; }

    public List<String> falseHits() { return falseHits; }

    /** Compares one expected value with what the graph holds; null means absent on that side. */
    void compare(String where, String want, String got) {
        String w = Normalize.text(want);
        String g = Normalize.text(got);
        if (w == null && g == null) return;
        if (Objects.equals(w, g)) {
            truePositives++;
            return;
        }
        if (w != null) misses.add(where + ": want '" + want + "'" + (got == null ? "" : ", got '" + got + "'"));
        if (g != null) falseHits.add(where + ": got '" + got + "'" + (want == null ? "" : ", want '" + want + "'"));
    }

    void hit() { truePositives++; }

    void miss(String what) { misses.add(what); }

    void falseHit(String what) { falseHits.add(what); }

    public double precision() { return averaged != null ? averaged[0] : ratio(truePositives, truePositives + falseHits.size()); }

    public double recall() { return averaged != null ? averaged[1] : ratio(truePositives, truePositives + misses.size()); }

    public double f1() {
        if (averaged != null) return averaged[2];
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A field with nothing expected and nothing found scores 1: there was nothing to get wrong. */
    private static double ratio(int a, int b) { return b == 0 ? 1.0 : (double) a / b; }
}
