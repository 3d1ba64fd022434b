package org.workgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.workgraph.cli.eval.Evaluation;
import org.workgraph.cli.eval.FieldScore;
import org.workgraph.loader.Loader;
import org.workgraph.loader.extract.MentionRecogniser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the loader against gold extraction files, field by field.",
                "Loads the documents the gold files name (found under DOCS) into a scratch store, then prints",
                "precision, recall and F1 per field and every miss and false hit."})
final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files (and people.json).")
    Path goldDir;

    @Parameters(arity = "1..*", paramLabel = "DOCS", description = "Files or folders where the gold's documents are.")
    List<Path> docs;

    @Option(names = "--min-f1", paramLabel = "[FIELD=]X", split = ",",
            description = "Exit 2 when a field's F1 is below X; FIELD=X sets one field's floor (e.g. ideas=0.2).")
    List<String> floors = new ArrayList<>();

    @Option(names = "--quiet", description = "Print the score table only, not each miss and false hit.")
    boolean quiet;

    @Option(names = "--learned-headers", description = "Read with the learned response-header classifier beside the rules "
            + "(an experiment; see docs/extraction.md).")
    boolean learnedHeaders;

    @Option(names = "--mentions", description = "Names in running text by the rules alone (rules) or with the learned recogniser "
            + "adding names where the rules found none (learned); default: ${DEFAULT-VALUE} (docs/extraction.md).")
    String mentions = Loader.DEFAULT_MENTIONS == MentionRecogniser.NONE ? "rules" : "learned";

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(goldDir)) {
            spec.commandLine().getErr().println("--gold " + goldDir + ": no such folder (give the folder of gold JSON files)");
            return ExitCodes.USAGE;
        }
        for (Path p : docs) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println(p + ": no such file or folder (DOCS are where the gold's documents are)");
                return ExitCodes.USAGE;
            }
        }
        Map<String, Path> byName = new HashMap<>();
        for (Path p : docs) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).forEach(f -> byName.putIfAbsent(f.getFileName().toString(), f));
            }
        }
        if (!mentions.equals("rules") && !mentions.equals("learned")) {
            spec.commandLine().getErr().println("--mentions " + mentions + ": give rules or learned");
            return ExitCodes.USAGE;
        }
        Evaluation evaluation = Evaluation.run(goldDir, byName, learnedHeaders,
                mentions.equals("learned") ? Loader.learnedMentions() : MentionRecogniser.NONE);
        for (String missing : evaluation.missingFiles()) spec.commandLine().getErr().println("not found under DOCS: " + missing);

        Double all = null;
        Map<String, Double> perField = new HashMap<>();
        for (String floor : floors) {
            int eq = floor.indexOf('=');
            try {
                if (eq < 0) all = Double.parseDouble(floor);
                else perField.put(floor.substring(0, eq), Double.parseDouble(floor.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--min-f1 takes X or FIELD=X, not " + floor);
            }
        }
        out.printf("%-30s %9s %9s %9s %6s %6s %6s%n", "field", "precision", "recall", "F1", "hits", "misses", "false");
        List<String> below = new ArrayList<>();
        for (FieldScore f : evaluation.scores().values()) {
            out.printf("%-30s %9.3f %9.3f %9.3f %6d %6d %6d%n", f.field(), f.precision(), f.recall(), f.f1(),
                    f.truePositives(), f.misses().size(), f.falseHits().size());
            Double floor = perField.getOrDefault(f.field(), all);
            if (floor != null && f.f1() < floor) below.add(f.field() + " F1 " + String.format("%.3f", f.f1()) + " < " + floor);
        }
        if (!quiet) {
            for (FieldScore f : evaluation.scores().values()) {
                if (!f.breakdown().isEmpty()) {
                    // An average over classes: its misses are its classes' own, listed under them; show each class's score.
                    out.println();
                    out.println(f.field() + " by class:");
                    f.breakdown().forEach(line -> out.println(line.isEmpty() ? "" : "  " + line));
                    continue;
                }
                if (f.misses().isEmpty() && f.falseHits().isEmpty()) continue;
                out.println();
                out.println(f.field() + ":");
                f.misses().forEach(m -> out.println("  miss   " + m));
                f.falseHits().forEach(m -> out.println("  false  " + m));
            }
        }
        for (String b : below) spec.commandLine().getErr().println("below the floor: " + b);
        out.flush();
        return below.isEmpty() && evaluation.missingFiles().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT;
    }
}
