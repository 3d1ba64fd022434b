package org.workgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.StoreFiles;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * What each derived graph's full pass reads from and writes to the store, counted rather than timed: every
 * {@code find} and {@code contains} by the shape of its pattern (which of graph, subject, predicate, object are
 * bound, hence which TDB2 index answers it), how many quads they returned, and how many quads the graph holds
 * afterwards. Rebuilds every derived graph of a store in order ({@code kg reindex --derived} without the text index),
 * so run it on a copy.
 *
 * <p>Also prints, per pass, its wall time, its CPU time (this thread's and the whole JVM's) and, on Linux, the file
 * reads and writes it made ({@code /proc/self/io}: calls and bytes), which in TDB2's direct file mode are the block
 * reads and writes (see docs/benchmarks.md).
 *
 * <pre>mvn -B -q -DskipTests -pl bench -am package
 * java -Xmx1536m -cp bench/target/classes:$(cat bench/target/classpath.txt) org.workgraph.bench.DerivedPassReads STORE [mapped|direct]</pre>
 */
public final class DerivedPassReads {
    private DerivedPassReads() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: DerivedPassReads STORE [mapped|direct]");
            System.exit(1);
        }
        StoreFiles files = args.length > 1 && args[1].equals("direct") ? StoreFiles.DIRECT : StoreFiles.MAPPED;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (WorkgraphStore store = WorkgraphStore.open(Path.of(args[0]), files)) {
            for (DerivedGraph d : new Loader().derivedGraphs()) {
                Counting counting = new Counting(store.dataset());
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                long processCpu = processCpu();
                Map<String, Long> io = io();
                d.rebuild(counting);
                double seconds = (System.nanoTime() - wall) / 1e9;
                double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                double processSeconds = (processCpu() - processCpu) / 1e9;
                Map<String, Long> ioAfter = io();
                long size = Txn.calculateRead(store.dataset(), () -> count(store.dataset().find(d.graph(), Node.ANY, Node.ANY, Node.ANY)));
                System.out.printf("%s: %.2f s (CPU: this thread %.2f s, process %.2f s), %d quads in the graph after%n",
                        d.graph().getURI(), seconds, cpuSeconds, processSeconds, size);
                for (String k : List.of("syscr", "syscw", "rchar", "wchar")) {
                    if (io.containsKey(k) && ioAfter.containsKey(k)) System.out.printf("  %-28s %,14d%n", "file " + k, ioAfter.get(k) - io.get(k));
                }
                counting.calls.forEach((shape, c) -> System.out.printf("  %-28s %,12d calls %,14d quads%n", shape, c[0], c[1]));
                System.out.printf("  %-28s %,12d quads%n", "add (straight through)", counting.added);
            }
        }
    }

    /** The JVM's CPU time on all threads (compiler and collector included), or 0 where the platform does not say. */
    private static long processCpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    /** The process's file reads and writes so far (Linux's /proc/self/io: calls and bytes); empty elsewhere. */
    private static Map<String, Long> io() {
        Map<String, Long> out = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
                String[] kv = line.split(":\\s*");
                if (kv.length == 2) out.put(kv[0], Long.parseLong(kv[1].trim()));
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the counts are left out
        }
        return out;
    }

    private static long count(Iterator<Quad> it) {
        long n = 0;
        for (; it.hasNext(); it.next()) n++;
        return n;
    }

    /** Counts reads by pattern shape ("G S P ?": graph, subject, predicate bound) and adds made through it. */
    private static final class Counting extends DatasetGraphWrapper {
        final Map<String, long[]> calls = new TreeMap<>();
        long added;

        Counting(DatasetGraph dsg) { super(dsg); }

        private long[] slot(String op, Node g, Node s, Node p, Node o) {
            String shape = op + " " + bound(g, "G") + " " + bound(s, "S") + " " + bound(p, "P") + " " + bound(o, "O");
            long[] c = calls.computeIfAbsent(shape, k -> new long[2]);
            c[0]++;
            return c;
        }

        private static String bound(Node n, String name) { return n == null || n == Node.ANY ? "?" : name; }

        private Iterator<Quad> counted(long[] c, Iterator<Quad> it) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() { return it.hasNext(); }

                @Override
                public Quad next() {
                    c[1]++;
                    return it.next();
                }
            };
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) { return counted(slot("find", g, s, p, o), super.find(g, s, p, o)); }

        @Override
        public Iterator<Quad> find(Quad q) { return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) { return counted(slot("findNG", g, s, p, o), super.findNG(g, s, p, o)); }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            long[] c = slot("contains", g, s, p, o);
            boolean yes = super.contains(g, s, p, o);
            if (yes) c[1]++;
            return yes;
        }

        @Override
        public boolean contains(Quad q) { return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

        @Override
        public void add(Quad q) {
            added++;
            super.add(q);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            added++;
            super.add(g, s, p, o);
        }
    }
}
