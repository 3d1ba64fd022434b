package org.workgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: load documents into the Workgraph store, serve, query, export and validate it. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Kg.Version.class,
        description = "Workgraph: writing about the future of work as a knowledge graph.",
        subcommands = {LoadCommand.class, GenerateCommand.class, BenchCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, ReindexCommand.class, RemoveCommand.class, CompactCommand.class, EvalCommand.class, InspectCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 usage error, 2 some input could not be loaded or is invalid."})
public final class Kg implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Kg()).setCaseInsensitiveEnumValuesAllowed(true);
        // picocli's defaults differ per command (2 for usage errors); Workgraph's exit codes are the same for all.
        configure(cl);
        return cl;
    }

    private static void configure(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE).exitCodeOnExecutionException(ExitCodes.INPUT);
        cl.getSubcommands().values().forEach(Kg::configure);
    }

    /** "kg" alone: show what there is to do, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("Missing command.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Kg.class.getPackage().getImplementationVersion();
            return new String[] {"kg " + (v == null ? "(development build)" : v)};
        }
    }
}
