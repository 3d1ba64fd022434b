package org.workgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load documents (files, or folders of .txt files) into the store.",
                "Each file becomes one named graph; loading a file again replaces its graph."})
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to load.")
    List<Path> paths;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + Loader.DEFAULT_MAX_BYTES,
            description = "Largest file to read (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (WorkgraphStore s = store.open()) {
            LoadReport report = LoadRun.run(s, store.base, maxBytes, paths, spec.commandLine().getOut(), spec.commandLine().getErr());
            return report.failed() > 0 ? ExitCodes.INPUT : ExitCodes.OK;
        }
    }
}
