package org.workgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.Ontology;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the whole store against Workgraph's SHACL shapes.",
                "Prints each violation; exits 2 when there is any."})
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--report", description = "Print the full SHACL validation report in Turtle.")
    boolean fullReport;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (WorkgraphStore s = store.open()) {
            ValidationReport report = Txn.calculateRead(s.dataset(),
                    () -> ShaclValidator.get().validate(Ontology.load().shapes(), s.dataset().getUnionGraph()));
            if (fullReport) {
                org.apache.jena.riot.RDFDataMgr.write(new WriterOutputStream(out), report.getModel(), org.apache.jena.riot.Lang.TURTLE);
            } else {
                for (ReportEntry e : report.getEntries()) {
                    out.printf("%s: %s %s: %s%n", e.severity().level().getLocalName(), e.focusNode(),
                            e.resultPath() == null ? "" : e.resultPath(), e.message());
                }
            }
            out.println(report.conforms() ? "Conforms: no violations." : report.getEntries().size() + " violation(s).");
            out.flush();
            return report.conforms() ? ExitCodes.OK : ExitCodes.INPUT;
        }
    }
}
