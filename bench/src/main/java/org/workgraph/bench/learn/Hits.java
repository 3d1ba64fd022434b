package org.workgraph.bench.learn;

import java.util.Set;

/** True hits, false hits and misses of one variant in a study, counted as its pages are scored. */
final class Hits {
    int tp, fp, fn;

    /** Counts what was found against what was wanted. */
    <T> void add(Set<T> got, Set<T> want) {
        for (T g : got) if (want.contains(g)) tp++; else fp++;
        for (T w : want) if (!got.contains(w)) fn++;
    }

    /** Adds another count to this one (a sum over sets). */
    void add(Hits other) {
        tp += other.tp;
        fp += other.fp;
        fn += other.fn;
    }

    /** 1 when nothing was found: no false hit. */
    double precision() { return tp + fp == 0 ? 1 : tp / (double) (tp + fp); }

    /** 1 when nothing was wanted: no miss. */
    double recall() { return tp + fn == 0 ? 1 : tp / (double) (tp + fn); }

    double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
