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

    FieldScore(String field) {
        this.field = field;
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

    public double precision() { return ratio(truePositives, truePositives + falseHits.size()); }

    public double recall() { return ratio(truePositives, truePositives + misses.size()); }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A field with nothing expected and nothing found scores 1: there was nothing to get wrong. */
    private static double ratio(int a, int b) { return b == 0 ? 1.0 : (double) a / b; }
}
