package org.workgraph.bench.learn;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.ml.model.MaxentModel;

/**
 * A model that never sees the features named by {@code -Dablate=PREFIX,...}: the study trains on events without them and
 * reads pages through this wrapper, so a group of features (the page's self-similarity, say) is measured by its absence.
 */
record Ablated(MaxentModel model, List<String> prefixes) implements MaxentModel {
    /** The prefixes of -Dablate, or none. */
    static List<String> fromProperty() {
        String p = System.getProperty("ablate", "");
        return p.isBlank() ? List.of() : List.of(p.split(","));
    }

    String[] keep(String[] context) {
        if (prefixes.isEmpty()) return context;
        return Arrays.stream(context).filter(f -> prefixes.stream().noneMatch(f::startsWith)).toArray(String[]::new);
    }

    @Override public double[] eval(String[] context) { return model.eval(keep(context)); }
    @Override public double[] eval(String[] context, double[] probs) { return model.eval(keep(context), probs); }
    @Override public double[] eval(String[] context, float[] values) { return model.eval(keep(context), values); }
    @Override public String getBestOutcome(double[] outcomes) { return model.getBestOutcome(outcomes); }
    @Override public String getAllOutcomes(double[] outcomes) { return model.getAllOutcomes(outcomes); }
    @Override public String getOutcome(int i) { return model.getOutcome(i); }
    @Override public int getIndex(String outcome) { return model.getIndex(outcome); }
    @Override public int getNumOutcomes() { return model.getNumOutcomes(); }
}
