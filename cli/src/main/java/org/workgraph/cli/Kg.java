package org.workgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: load documents into the Workgraph store, serve, query, export and validate it. */
@Command(name = "kg", mixinStandardHelpOptions = true, versionProvider = Kg.Version.class,
        description = "Workgraph: writing about the future of work as a knowledge graph.",
        subcommands = {LoadCommand.class, ServeCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = ExitCodes.USAGE, exitCodeOnExecutionException = ExitCodes.INPUT,
        footer = {"", "Exit codes: 0 success, 1 usage error, 2 some input could not be loaded or is invalid."})
public final class Kg implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Kg()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        // "kg" alone: show what there is to do, as a usage error.
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Kg.class.getPackage().getImplementationVersion();
            return new String[] {"kg " + (v == null ? "(development build)" : v)};
        }
    }
}
