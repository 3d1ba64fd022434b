package org.workgraph.loader.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.workgraph.loader.generate.CorpusGenerator;

/**
 * A generated corpus split into the documents a store holds first and the few added to it later: the starting
 * point of the live-update tests, for the command line (this module) and for the server (the cli module's tests,
 * through this module's test jar), so both check updates against the same corpus.
 */
public record CorpusSplit(List<Path> first, List<Path> last) {
    public CorpusSplit {
        first = List.copyOf(first);
        last = List.copyOf(last);
    }

    /** {@code docs} generated documents (seed {@code seed}) in {@code dir}, in file-name order; the last {@code added} are {@link #last()}. */
    public static CorpusSplit generate(Path dir, int docs, int seed, int added) throws IOException {
        new CorpusGenerator().generate(docs, seed, dir, i -> {});
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            return new CorpusSplit(all.subList(0, all.size() - added), all.subList(all.size() - added, all.size()));
        }
    }
}
