package org.workgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.generate.GeneratedCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic corpus of blog posts and signal digests, for load tests and benchmarks.",
                "Invented people and blogs; long-tailed comment counts, replies two and three deep, pingbacks,",
                "digest tables of varying length. The same seed writes the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--docs", required = true, paramLabel = "N", description = "How many documents to write.")
    int docs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(index = "0", paramLabel = "OUT", description = "Folder to write into (a sub-folder per 1,000 documents).")
    Path out;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (docs < 0) {
            spec.commandLine().getErr().println("--docs must be 0 or more");
            return ExitCodes.USAGE;
        }
        GeneratedCorpus corpus = new CorpusGenerator().generate(docs, seed, out, i -> {});
        spec.commandLine().getOut().println(corpus.summary());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
