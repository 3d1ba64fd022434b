package org.workgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Node;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Take documents out of the store, with everything derived from them alone.",
                "A document is named by its file (the file need not exist any more; only its name counts), or by a",
                "folder, for every document a load of it would read. People and ideas other documents still support stay; the rest go.",
                "All removals are one transaction."})
final class RemoveCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files (or their names) loaded earlier, or folders of them.")
    List<Path> files;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        Loader loader = new Loader(store.base, Loader.DEFAULT_MAX_BYTES);
        Set<String> names = new LinkedHashSet<>();
        // A folder names what a load of it would read, every format the loader's readers take, not only .txt.
        for (Path p : files) {
            if (!Files.isDirectory(p)) names.add(p.getFileName().toString());
            else loader.files(List.of(p), f -> err.println("  cannot read: " + f.describeFailure()))
                    .forEach(f -> names.add(f.getFileName().toString()));
        }
        try (WorkgraphStore s = store.open()) {
            List<String> missing = new ArrayList<>();
            // Only the graphs there are: a name the store does not hold is reported, not an error for the others.
            TdbSink sink = new TdbSink(s, loader.derivedGraphs());
            int removed = 0;
            for (String name : names) {
                // By the file name the store records: a document named by its URL, or one of many in an export, is found too.
                List<Node> graphs = s.documentGraphsOf(name);
                if (graphs.isEmpty()) missing.add(name);
                graphs.forEach(sink::remove);
                removed += graphs.size();
            }
            sink.finish();
            out.printf("Removed %d document(s) in %.2f s%n", removed, (System.nanoTime() - start) / 1e9);
            for (String step : sink.finishSteps()) out.println("  finishing: " + step);
            missing.forEach(m -> err.println("  not in the store: " + m));
            out.flush();
            err.flush();
            return missing.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
        }
    }

}
