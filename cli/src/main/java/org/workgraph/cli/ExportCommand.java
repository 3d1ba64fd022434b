package org.workgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.workgraph.loader.store.WorkgraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store as RDF: trig and nq keep each document's named graph; ttl writes the union.",
                "nq streams, so it suits bulk loaders of other stores."})
final class ExportCommand implements Callable<Integer> {
    enum Format { trig, nq, ttl, jsonld }

    @Mixin StoreOptions store;

    @Option(names = "--format", required = true, description = "One of ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path outFile;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (WorkgraphStore s = store.open();
             OutputStream os = outFile != null ? Files.newOutputStream(outFile) : new WriterOutputStream(spec.commandLine().getOut())) {
            DatasetGraph dsg = s.dataset();
            Txn.executeRead(dsg, () -> {
                switch (format) {
                    case nq -> {
                        StreamRDF stream = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
                        stream.start();
                        StreamRDFOps.sendDatasetToStream(dsg, stream);
                        stream.finish();
                    }
                    case trig -> RDFDataMgr.write(os, dsg, RDFFormat.TRIG_BLOCKS);
                    case jsonld -> RDFDataMgr.write(os, dsg, Lang.JSONLD);
                    case ttl -> RDFDataMgr.write(os, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                }
            });
        }
        return ExitCodes.OK;
    }
}
