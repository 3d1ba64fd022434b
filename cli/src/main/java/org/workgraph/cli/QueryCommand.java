package org.workgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.ontology.Ontology;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query against the store. The default graph is the union of all documents."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Mixin StoreOptions store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The query text.") String text;
        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Read the query from a file.") Path file;
    }

    @Option(names = "--format", defaultValue = "table",
            description = "Results as ${COMPLETION-CANDIDATES} (json is W3C SPARQL results JSON; default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String text = source.file != null ? Files.readString(source.file) : source.text;
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the query does not parse: " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (WorkgraphStore s = store.open()) {
            Dataset ds = DatasetFactory.wrap(s.dataset());
            Txn.executeRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.create(query, ds)) {
                    OutputStream os = new WriterOutputStream(out);
                    if (query.isSelectType()) write(qe.execSelect(), query, os);
                    else if (query.isAskType()) ResultSetFormatter.out(os, qe.execAsk());
                    else if (query.isConstructType()) RDFDataMgr.write(os, qe.execConstruct(), Lang.TURTLE);
                    else if (query.isDescribeType()) RDFDataMgr.write(os, qe.execDescribe(), Lang.TURTLE);
                    else throw new CommandLine.ParameterException(spec.commandLine(), "only SELECT, ASK, CONSTRUCT and DESCRIBE run here");
                }
            });
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void write(ResultSet rs, Query query, OutputStream os) {
        switch (format) {
            case table -> {
                query.getPrefixMapping().setNsPrefixes(Ontology.load().prefixes());
                ResultSetFormatter.out(os, rs, query.getPrefixMapping());
            }
            case csv -> ResultSetFormatter.outputAsCSV(os, rs);
            case tsv -> ResultSetFormatter.outputAsTSV(os, rs);
            case json -> ResultSetFormatter.outputAsJSON(os, rs);
        }
    }
}
