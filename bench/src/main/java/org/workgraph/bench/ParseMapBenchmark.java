package org.workgraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.workgraph.loader.Loader;
import org.workgraph.loader.ParseException;
import org.workgraph.loader.extract.Reader;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.mapping.DocumentMapper;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.source.SourceText;
import org.workgraph.ontology.Ontology;

/**
 * Parse, extract and map one generated document per operation, on one thread, from text already in memory:
 * the loader's per-document work without file reading or the store. Operations per second are documents per
 * second per core. The stages are separate benchmarks so a slow one shows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseMapBenchmark {
    @Param("500")
    int documents;

    private final Loader loader = new Loader();
    private final Reader reader = new Reader();
    private final DocumentMapper mapper = new DocumentMapper(Ontology.load(), new Iris(Iris.DEFAULT_BASE));
    private final List<SourceText> texts = new ArrayList<>();
    private final List<Document> parsed = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void generate() throws IOException, ParseException {
        Path dir = Files.createTempDirectory("workgraph-jmh");
        new CorpusGenerator().generate(documents, 1, dir, i -> {});
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                SourceText text = loader.read(f);
                texts.add(text);
                parsed.add(loader.parse(text, w -> {}));
            }
        }
    }

    private int nextIndex() {
        next = (next + 1) % texts.size();
        return next;
    }

    @Benchmark
    public Document parse() throws ParseException {
        return loader.parse(texts.get(nextIndex()), w -> {});
    }

    @Benchmark
    public Object extract() {
        return reader.read(parsed.get(nextIndex()));
    }

    @Benchmark
    public void parseExtractMap(Blackhole hole) throws ParseException {
        Document doc = loader.parse(texts.get(nextIndex()), w -> {});
        mapper.map(doc, reader.read(doc), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) { hole.consume(quad); }
        });
    }
}
