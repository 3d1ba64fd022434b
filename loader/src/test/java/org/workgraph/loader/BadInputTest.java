package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.gold.Gold;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * Bad input never stops a load: every file gets exactly one outcome, loaded or failed with a reason naming the
 * file (and the line where there is one), no exception escapes the loader, and the good files beside the bad
 * ones load as they would alone. The fuzz part derives thousands of inputs from the real documents with a
 * fixed seed (set {@code workgraph.fuzz.inputs} and {@code workgraph.fuzz.seed} to try more or others).
 */
class BadInputTest {
    private static final long SEED = Long.getLong("workgraph.fuzz.seed", 6L);
    private static final int INPUTS = Integer.getInteger("workgraph.fuzz.inputs", 3000);
    private static final int BATCH = 250;
    /** Fifty megabytes on one line: over the default size limit. */
    private static final int HUGE_LINE_BYTES = 50 * 1024 * 1024;

    @TempDir Path dir;

    /** The real documents: the shared corpus, the sample corpus and the eval corpus, in name order. */
    private static List<Path> realDocuments() {
        Path root = Path.of(System.getProperty("workgraph.root", ".."));
        List<Path> docs = new ArrayList<>();
        for (Path folder : List.of(Gold.fromSystemProperty().corpus(), root.resolve("data/corpus"), root.resolve("data/eval/corpus"))) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(docs::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertTrue(docs.size() >= 9, "real documents found: " + docs);
        return docs;
    }

    /** A sink that keeps each graph's size, so a test can see what reached the store. */
    private static final class CountingSink implements DocumentSink {
        final Map<Node, Integer> graphs = new HashMap<>();

        @Override
        public void replaceGraph(Node graph, List<Quad> quads) { graphs.put(graph, quads.size()); }
    }

    /** What a file gives when loaded alone, for comparing with what it gives among bad files. */
    private record Shape(boolean loaded, int responses, int signals, int triples) {
        static Shape of(FileOutcome f) { return new Shape(f.loaded(), f.responses(), f.signals(), f.triples()); }
    }

    private static Map<Path, FileOutcome> byPath(LoadReport report) {
        Map<Path, FileOutcome> out = new HashMap<>();
        for (FileOutcome f : report.files()) assertNull(out.put(f.path(), f), "two outcomes for " + f.path());
        return out;
    }

    /** A failure must say which file (and, with a line, one the file has) and why, and must not be a bug that escaped. */
    private static void assertClearFailure(FileOutcome f, byte[] bytes) {
        assertNotNull(f.message(), f.path().toString());
        assertFalse(f.message().isBlank(), f.path().toString());
        assertFalse(f.message().startsWith("internal error"), f.describeFailure());
        assertTrue(f.describeFailure().startsWith(f.path().toString()), f.describeFailure());
        long lines = 1;
        for (byte b : bytes) if (b == '\n' || b == '\r') lines++;
        assertTrue(f.line() >= 0 && f.line() <= lines, "line " + f.line() + " of at most " + lines + ": " + f.describeFailure());
    }

    @Test
    // A guard against an input that hangs the reader, not a speed target: 3,000 inputs take about 30 s on an idle
    // 2-core machine and three minutes on one shared by several builds.
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void fuzzedCopiesOfTheRealDocumentsEachLoadOrFailClearly() throws IOException {
        List<Path> real = realDocuments();
        List<String> texts = new ArrayList<>();
        for (Path p : real) texts.add(Files.readString(p));
        Loader loader = new Loader();
        Map<Path, FileOutcome> alone = byPath(loader.load(real, new CountingSink(), f -> {}));
        List<Shape> expected = real.stream().map(p -> Shape.of(alone.get(p))).toList();
        assertTrue(expected.stream().allMatch(Shape::loaded), "every real document loads: " + alone.values());

        Mutations mutations = new Mutations(SEED, texts);
        Map<String, Integer> loadedByHow = new TreeMap<>();
        Map<String, Integer> failedByHow = new TreeMap<>();
        long start = System.nanoTime();
        for (int first = 0; first < INPUTS; first += BATCH) {
            // Each batch is one folder of bad inputs with the real documents beside them, loaded in one go.
            Path folder = Files.createDirectories(dir.resolve("batch-" + first));
            Map<Path, Mutations.Input> inputs = new HashMap<>();
            for (int i = first; i < Math.min(INPUTS, first + BATCH); i++) {
                Mutations.Input in = mutations.next();
                Path file = folder.resolve(String.format("input-%05d.txt", i));
                Files.write(file, in.bytes());
                inputs.put(file, in);
            }
            List<Path> good = new ArrayList<>();
            for (Path p : real) good.add(Files.copy(p, folder.resolve("real-" + p.getFileName())));

            CountingSink sink = new CountingSink();
            Iris iris = loader.iris();
            Map<Path, FileOutcome> outcomes = byPath(loader.load(List.of(folder), sink, f -> {}));
            assertEquals(inputs.size() + good.size(), outcomes.size(), "one outcome per file");
            for (int g = 0; g < good.size(); g++) {
                assertEquals(expected.get(g), Shape.of(outcomes.get(good.get(g))), "a real document among bad ones: " + good.get(g));
            }
            for (Map.Entry<Path, Mutations.Input> e : inputs.entrySet()) {
                FileOutcome f = outcomes.get(e.getKey());
                Mutations.Input in = e.getValue();
                String what = in.how() + " of " + real.get(in.original()).getFileName() + " in " + e.getKey();
                if (f.loaded()) {
                    assertNotNull(f.kind(), what);
                    assertEquals(f.triples(), sink.graphs.get(iris.documentGraph(e.getKey().getFileName().toString())), what);
                    loadedByHow.merge(in.how(), 1, Integer::sum);
                } else {
                    assertClearFailure(f, in.bytes());
                    failedByHow.merge(in.how(), 1, Integer::sum);
                }
                // Other encodings, line ends and byte-order marks keep the text: the document must read the same.
                if (in.sameText()) assertEquals(expected.get(in.original()), Shape.of(f), what);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BadInputTest: %d fuzzed inputs (seed %d) in %.1f s: %d loaded, %d refused with a reason%n",
                INPUTS, SEED, seconds, loadedByHow.values().stream().mapToInt(Integer::intValue).sum(),
                failedByHow.values().stream().mapToInt(Integer::intValue).sum());
        System.out.println("BadInputTest: loaded by mutation " + loadedByHow + "; refused by mutation " + failedByHow);
        assertEquals(INPUTS, loadedByHow.values().stream().mapToInt(Integer::intValue).sum()
                + failedByHow.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void eachKindOfBadFileIsNamedAndTheOthersLoad() throws IOException {
        List<Path> real = realDocuments();
        Path folder = Files.createDirectories(dir.resolve("messy"));
        Path sample = real.get(0);
        String text = Files.readString(sample);
        List<Path> good = new ArrayList<>();
        for (Path p : real) good.add(Files.copy(p, folder.resolve("real-" + p.getFileName())));

        Path empty = Files.write(folder.resolve("empty.txt"), new byte[0]);
        Path blank = Files.writeString(folder.resolve("blank.txt"), "\n \r\n\t\n");
        Path binary = Files.write(folder.resolve("picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path badUtf8 = Files.write(folder.resolve("invalid-utf8.txt"), Mutations.invalidByteOnLine(text, 7));
        Path utf16 = Files.write(folder.resolve("utf16.txt"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
        Path crlf = Files.writeString(folder.resolve("crlf.txt"), text.replace("\n", "\r\n"));
        Path cr = Files.writeString(folder.resolve("cr.txt"), text.replace("\n", "\r"));
        Path huge = hugeLine(folder.resolve("one-huge-line.txt"), HUGE_LINE_BYTES);
        Path loop = Files.createSymbolicLink(Files.createDirectories(folder.resolve("nested")).resolve("back-up"), folder);
        Path broken = Files.createSymbolicLink(folder.resolve("gone.txt"), folder.resolve("no-such-target"));
        Path unreadable = unreadableFile(folder.resolve("unreadable.txt"));

        List<FileOutcome> progress = new ArrayList<>();
        Map<Path, FileOutcome> got = byPath(new Loader().load(List.of(folder), new CountingSink(), progress::add));
        assertEquals(got.size(), progress.size(), "progress hears of every file once");
        assertEquals(good.size() + 11, got.size(), "every file and the loop have an outcome: " + got.keySet());
        for (Path g : good) assertTrue(got.get(g).loaded(), g + ": " + got.get(g).describeFailure());

        assertFailed(got.get(empty), "empty");
        assertFailed(got.get(blank), "empty");
        assertFailed(got.get(binary), "binary");
        assertEquals(3, got.get(binary).line(), "the first NUL follows two line ends");
        assertFailed(got.get(badUtf8), "invalid UTF-8");
        assertEquals(7, got.get(badUtf8).line());
        assertFailed(got.get(huge), "over the limit of " + Loader.DEFAULT_MAX_BYTES);
        assertFailed(got.get(loop), "symbolic link loop");
        assertFailed(got.get(broken), "broken symbolic link");
        assertFailed(got.get(unreadable), "cannot read");
        Shape original = Shape.of(got.get(folder.resolve("real-" + sample.getFileName())));
        for (Path sameText : List.of(utf16, crlf, cr)) assertEquals(original, Shape.of(got.get(sameText)), sameText.toString());
        Files.delete(unreadable); // JUnit would warn about a link out of its folder
    }

    @Test
    void aLowLimitRefusesLargerFilesByNameAndLoadsTheRest() throws IOException {
        List<Path> real = realDocuments();
        long smallest = real.stream().mapToLong(BadInputTest::size).min().orElseThrow();
        LoadReport report = new Loader(Iris.DEFAULT_BASE, smallest).load(real, new CountingSink(), f -> {});
        for (FileOutcome f : report.files()) {
            if (size(f.path()) <= smallest) assertTrue(f.loaded(), f.path() + " is within the limit");
            else assertFailed(f, "over the limit of " + smallest);
        }
        assertTrue(report.loaded() >= 1 && report.failed() >= 1, report.summary());
    }

    /**
     * Half a megabyte without a sentence end goes through the whole pipeline, derived graphs included, in bounded time:
     * the part-of-speech tagger once took time growing with the square of such a run (a 4 MB line never finished).
     */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS) // quadratic work on such a line never finished; linear takes seconds
    void aMegabyteLineLoadsThroughTheWholePipeline() throws IOException {
        Path line = hugeLine(dir.resolve("one-long-line.txt"), 512 * 1024);
        long start = System.nanoTime();
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            Loader loader = new Loader();
            LoadReport report = loader.load(List.of(line), new TdbSink(store, loader.derivedGraphs()), f -> {});
            FileOutcome f = report.files().get(0);
            System.out.printf("BadInputTest: a %d-byte line loaded with its derived graphs in %.1f s: %s%n", size(line),
                    (System.nanoTime() - start) / 1e9, f.loaded() ? f.triples() + " triples" : f.describeFailure());
            assertTrue(f.loaded(), f.describeFailure());
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(loader.iris().ideasGraph())));
        }
    }

    private static void assertFailed(FileOutcome f, String reason) {
        assertNotNull(f, "no outcome");
        assertFalse(f.loaded(), f.path() + " should have failed");
        assertTrue(f.message().contains(reason), f.describeFailure() + " should say '" + reason + "'");
        assertTrue(f.describeFailure().startsWith(f.path().toString()), f.describeFailure());
        assertFalse(f.message().startsWith("internal error"), f.describeFailure());
    }

    private static Path hugeLine(Path file, long bytes) throws IOException {
        byte[] chunk = "all work and no play on one very long line; ".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) out.write(chunk);
        }
        return file;
    }

    /**
     * A file this process cannot read. Without permissions is enough for an ordinary user; root reads anything,
     * so as root the file is a link to /proc/self/mem, which the kernel refuses to read at offset 0 (EIO).
     */
    private static Path unreadableFile(Path file) throws IOException {
        Files.writeString(file, "no one may read this\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        if (Files.isReadable(file)) {
            Files.delete(file);
            Files.createSymbolicLink(file, Path.of("/proc/self/mem"));
        }
        return file;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
