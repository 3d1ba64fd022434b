package org.workgraph.loader.store;

import java.util.ArrayList;
import java.util.List;

/** The named steps of a sink's closing work with their durations, in the order they ran. */
final class Steps {
    private final List<String> lines = new ArrayList<>();

    void time(String name, Runnable step) {
        long start = System.nanoTime();
        step.run();
        lines.add(String.format("%s %.2f s", name, (System.nanoTime() - start) / 1e9));
    }

    /** A step timed elsewhere (spread over the load). */
    void record(String name, long nanos) {
        lines.add(String.format("%s %.2f s", name, nanos / 1e9));
    }

    List<String> lines() { return List.copyOf(lines); }
}
