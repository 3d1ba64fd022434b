package org.workgraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.workgraph.loader.discussion.DiscussionParts;
import org.workgraph.loader.ideas.DocumentPhrases;
import org.workgraph.loader.ideas.IdeaGraph;
import org.workgraph.loader.ideas.IdeaTimeline;
import org.workgraph.loader.identity.PeopleGraph;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.Ontology;

import scala.Tuple2;

/**
 * The graphs derived across documents, computed as Spark aggregations over every document's phrases and names
 * instead of in one process: the people graph (every person's spellings grouped by person), the corpus
 * statistics (document frequencies summed by key) and the ideas graph (each document ranked against just the
 * counts and names it asks about, fetched by a join, then the wordings of each idea summed by idea), each idea's
 * first appearance (the earliest by a reduce) and the signals discussed (every post and response scored against
 * shards of the signals' index). Nothing of size proportional to the corpus reaches the driver; it only counts the
 * documents and the signals.
 * <p>
 * Every quad is written by the loader's own code ({@link PeopleGraph#writeName}, {@link IdeaGraph}'s writers,
 * {@link DiscussionParts}, {@link IdeaTimeline#write}), the same code a fresh {@code kg load} runs, so the graphs
 * are the same.
 */
final class CorpusGraphs {
    /** Keys of the one table every document's questions are joined with: a phrase's, a word's, a name's. */
    private static final String PHRASE = "p\t";
    private static final String WORD = "w\t";
    private static final String NAME = "n\t";

    private CorpusGraphs() {}

    /**
     * What the derived graphs need of every document ({@link SlimDocument}), shuffled once by document into
     * {@code partitions} parts and kept on disk: every pass of the people, ideas, discussions and timeline steps reads
     * this copy, not the documents with their N-Quads (the larger part, which each pass would read back and
     * deserialise). The read partitions are coalesced to as many first: a shuffle writes one block per pair of map and
     * reduce partitions, so the read's own partitioning (one per 200 files) on both sides made that number grow with
     * the square of the corpus.
     */
    static JavaPairRDD<String, SlimDocument> slim(JavaRDD<DocumentResult> docs, int partitions) {
        JavaPairRDD<String, SlimDocument> slim = docs.coalesce(partitions).filter(DocumentResult::mapped)
                .mapToPair(d -> new Tuple2<>(d.graph(), d.slim()))
                .partitionBy(new HashPartitioner(partitions));
        slim.persist(StorageLevel.DISK_ONLY());
        return slim;
    }

    /** The people graph: each person's canonical name from all spellings of all documents. */
    static JavaRDD<String> people(JavaPairRDD<String, SlimDocument> slim, String base, int partitions) {
        return slim.values().flatMapToPair(d -> d.aliases().stream().map(a -> new Tuple2<>(a.person(), a.spelling())).iterator())
                .groupByKey(partitions)
                .mapPartitions(people -> {
                    PeopleGraph graph = new PeopleGraph(new Iris(base).peopleGraph());
                    NQuads.Collector out = new NQuads.Collector();
                    people.forEachRemaining(p -> {
                        List<String> spellings = new ArrayList<>();
                        p._2().forEach(spellings::add);
                        graph.writeName(NodeFactory.createURI(p._1()), spellings, out.quads::add);
                    });
                    return text(out);
                });
    }

    /** The graphs derived from the ideas: ideas, statistics, signals discussed and ideas' first appearances, as N-Quads text. */
    record Derived(JavaRDD<String> ideas, JavaRDD<String> stats, JavaRDD<String> discussions, JavaRDD<String> timeline) {}

    /**
     * One document after its ideas are chosen: its idea links (N-Quads, null for none), its wordings per idea, its posts
     * and responses and its signals with what the corpus says of their words and ideas, and the first appearance in it of
     * each idea it links.
     */
    record Ranked(String links, Map<String, Map<String, Integer>> wordings, List<DiscussionParts.UnitRow> units,
            List<DiscussionParts.SignalRow> signals, Map<String, SlimDocument.Seen> firsts) implements java.io.Serializable {}

    /**
     * How the ideas step scales: it reads the documents' phrases several times (count, frequencies, questions, ranking)
     * from the {@link #slim} copy; the answers to each document's questions are grouped by document with the same
     * partitioner, so ranking joins them with the phrases where they lie, without shuffling the phrases again. Every
     * shuffle here has {@code partitions} parts, sized by the corpus (see {@link SparkLoad}).
     * <p>
     * The discussions and the timeline follow the ideas: the ranking's task, which has each document's new idea links
     * and the counts of its words (asked with its phrases' in the same join), gives its posts, responses and signals
     * weighed, and the first appearance of each idea it links; then the earliest appearance per idea is a reduce, and
     * every post and response is scored against the signals' index, built from at most {@code signalsPerShard} signals
     * per task (a cartesian product of index shards and posts), its strongest links kept across shards by a reduce.
     */
    static Derived derived(JavaSparkContext sc, JavaPairRDD<String, SlimDocument> slim, String base, int partitions, int signalsPerShard) {
        HashPartitioner byDocument = new HashPartitioner(partitions); // the slim copy's own partitioner
        long counted = slim.filter(e -> e._2().phrases() != null).count();
        if (counted > Integer.MAX_VALUE) throw new IllegalStateException("more documents than the statistics count: " + counted);
        int n = (int) counted;

        // Document frequencies: each document counts each of its phrases and words once.
        JavaPairRDD<String, Integer> frequencies = slim.values().filter(d -> d.phrases() != null).flatMapToPair(d -> {
            List<Tuple2<String, Integer>> keys = new ArrayList<>();
            IdeaGraph.countedPhrases(d.phrases()).forEach(k -> keys.add(new Tuple2<>(PHRASE + k, 1)));
            IdeaGraph.countedWords(d.phrases()).forEach(w -> keys.add(new Tuple2<>(WORD + w, 1)));
            return keys.iterator();
        }).reduceByKey(Integer::sum, partitions);
        String organizations = base + org.workgraph.ontology.IriScheme.ORGANIZATION;
        JavaPairRDD<String, Integer> names = slim.values().flatMap(d -> d.aliases().iterator())
                .flatMap(a -> IdeaGraph.nameKeys(a.spelling(), a.person().startsWith(organizations)).iterator())
                .distinct(partitions)
                .mapToPair(k -> new Tuple2<>(NAME + k, 1));
        JavaPairRDD<String, Integer> table = frequencies.union(names);

        // What each document asks of the table (its phrases' counts and names; the counts of its posts', responses' and
        // signals' words, which weigh them for the discussions), answered by a join and gathered back by document, into
        // the phrases' partitions.
        JavaPairRDD<String, Iterable<Tuple2<String, Integer>>> answers = slim.flatMapToPair(e -> {
            Set<String> asks = new HashSet<>();
            DocumentPhrases p = e._2().phrases();
            if (p != null) {
                // Every phrase and every word of one, not only those the document counts: the ranking weighs all its
                // candidates, those found only in its title or as activities too, by the corpus's counts, which a
                // fresh kg load has whole (asking the counted ones only chose other ideas for a few digests).
                for (String k : p.phrases().keySet()) {
                    asks.add(PHRASE + k);
                    for (String w : k.split(" ")) asks.add(WORD + w);
                }
                IdeaGraph.countedPhrases(p).forEach(k -> asks.add(PHRASE + k));
                IdeaGraph.countedWords(p).forEach(w -> asks.add(WORD + w));
                IdeaGraph.nameQuestions(p).forEach(k -> asks.add(NAME + k));
            }
            e._2().discussion().wordKeys().forEach(w -> asks.add(WORD + w));
            return asks.stream().map(k -> new Tuple2<>(k, e._1())).iterator();
        }).join(table, partitions).mapToPair(j -> new Tuple2<>(j._2()._1(), new Tuple2<>(j._1(), j._2()._2()))).groupByKey(byDocument);

        // Each document's ideas, written by the loader's ranking and writer; its wordings per idea, to be summed; its
        // units and signals weighed; its ideas' first appearances.
        JavaRDD<Ranked> chosen = slim.leftOuterJoin(answers, byDocument).mapPartitions(part -> {
            Iris iris = new Iris(base);
            IdeaGraph graph = new IdeaGraph(iris, Ontology.load(), 1);
            Node subject = DCTerms.subject.asNode();
            return lazily(part, e -> {
                SlimDocument d = e._2()._1();
                Map<String, Integer> phraseDf = new HashMap<>();
                Map<String, Integer> wordDf = new HashMap<>();
                Set<String> nameKeys = new HashSet<>();
                if (e._2()._2().isPresent()) {
                    for (Tuple2<String, Integer> a : e._2()._2().get()) {
                        String key = a._1().substring(2);
                        if (a._1().startsWith(PHRASE)) phraseDf.put(key, a._2());
                        else if (a._1().startsWith(WORD)) wordDf.put(key, a._2());
                        else nameKeys.add(key);
                    }
                }
                NQuads.Collector quads = new NQuads.Collector();
                Map<String, Map<String, Integer>> byIri = new HashMap<>();
                if (d.phrases() != null) {
                    graph.writeDocumentIdeas(d.phrases(), nameKeys, n, phraseDf, wordDf, quads)
                            .forEach((idea, counts) -> byIri.put(idea.getURI(), counts));
                }
                // The ideas each resource of the document is linked to, as the ideas graph now states them.
                Map<String, Set<String>> ideasOf = new HashMap<>();
                for (Quad q : quads.quads) {
                    if (q.getPredicate().equals(subject)) ideasOf.computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>()).add(q.getObject().getURI());
                }
                List<DiscussionParts.UnitRow> units = new ArrayList<>();
                for (DiscussionParts.UnitText u : d.discussion().units()) {
                    units.add(new DiscussionParts.UnitRow(u, counts(DiscussionParts.wordKeys(u.text()), wordDf), ideasOf.getOrDefault(u.resource(), Set.of())));
                }
                List<DiscussionParts.SignalRow> signals = new ArrayList<>();
                for (DiscussionParts.SignalSource s : d.discussion().signals()) {
                    signals.add(new DiscussionParts.SignalRow(s, counts(DiscussionParts.wordKeys(s.text()), wordDf), ideasOf.getOrDefault(s.digest(), Set.of())));
                }
                Map<String, SlimDocument.Seen> firsts = new HashMap<>();
                ideasOf.forEach((resource, ideas) -> {
                    SlimDocument.Seen seen = d.appearances().get(resource);
                    if (seen != null) ideas.forEach(idea -> firsts.merge(idea, seen, SlimDocument.Seen::earlier));
                });
                return new Ranked(quads.quads.isEmpty() ? null : NQuads.of(quads.quads), byIri, units, signals, firsts);
            });
        });
        chosen.persist(StorageLevel.DISK_ONLY()); // each document's idea links as text: large

        // Wordings summed by idea in one shuffle, each task merging its documents' counts first.
        JavaPairRDD<String, Map<String, Integer>> wordings = chosen.flatMapToPair(c -> {
            List<Tuple2<String, Map<String, Integer>>> out = new ArrayList<>();
            c.wordings().forEach((idea, counts) -> out.add(new Tuple2<>(idea, new HashMap<>(counts))));
            return out.iterator();
        }).reduceByKey((a, b) -> {
            Map<String, Integer> sum = a.size() >= b.size() ? a : b;
            (sum == a ? b : a).forEach((w, k) -> sum.merge(w, k, Integer::sum));
            return sum;
        }, partitions);
        // On disk, not in the heap: kept in memory, a cache that grows with the corpus leaves a fixed heap less room for
        // the ranking, whose collections then spend their time in garbage collection.
        wordings.persist(StorageLevel.DISK_ONLY());

        JavaRDD<String> links = chosen.map(Ranked::links).filter(s -> s != null);
        JavaRDD<String> ideaNodes = wordings.mapPartitions(part -> {
            IdeaGraph graph = new IdeaGraph(new Iris(base), Ontology.load(), 1);
            NQuads.Collector out = new NQuads.Collector();
            part.forEachRemaining(e -> graph.writeIdea(NodeFactory.createURI(e._1()), e._2(), out));
            return text(out);
        });
        IdeaGraph driverSide = new IdeaGraph(new Iris(base), Ontology.load(), 1);
        NQuads.Collector scheme = new NQuads.Collector();
        driverSide.writeScheme(scheme);
        NQuads.Collector size = new NQuads.Collector();
        driverSide.writeCorpusSize(n, size);

        JavaRDD<String> frequencyQuads = frequencies.mapPartitions(part -> {
            IdeaGraph graph = new IdeaGraph(new Iris(base), Ontology.load(), 1);
            Map<String, Integer> p = new HashMap<>();
            Map<String, Integer> w = new HashMap<>();
            part.forEachRemaining(e -> (e._1().startsWith(PHRASE) ? p : w).put(e._1().substring(2), e._2()));
            NQuads.Collector out = new NQuads.Collector();
            graph.writeFrequencies(p, w, out);
            return text(out);
        });
        JavaRDD<String> wordingQuads = wordings.mapPartitions(part -> {
            IdeaGraph graph = new IdeaGraph(new Iris(base), Ontology.load(), 1);
            NQuads.Collector out = new NQuads.Collector();
            part.forEachRemaining(e -> graph.writeWordings(NodeFactory.createURI(e._1()), e._2(), out));
            return text(out);
        });
        JavaRDD<String> ideas = sc.parallelize(List.of(NQuads.of(scheme.quads)), 1).union(ideaNodes).union(links);
        JavaRDD<String> stats = sc.parallelize(List.of(NQuads.of(size.quads)), 1).union(frequencyQuads).union(wordingQuads);

        // Each idea's first appearance: the earliest of its documents', by a reduce.
        JavaRDD<String> timeline = chosen.flatMapToPair(c -> c.firsts().entrySet().stream().map(f -> new Tuple2<>(f.getKey(), f.getValue())).iterator())
                .reduceByKey(SlimDocument.Seen::earlier, partitions)
                .mapPartitions(part -> {
                    IdeaTimeline graph = new IdeaTimeline(new Iris(base));
                    NQuads.Collector out = new NQuads.Collector();
                    part.forEachRemaining(f -> graph.write(NodeFactory.createURI(f._1()), f._2().appearance(), out.quads::add));
                    return text(out);
                });
        return new Derived(ideas, stats, discussions(sc, chosen, base, n, partitions, signalsPerShard), timeline);
    }

    /**
     * Signals discussed: every post and response against an index of every signal, in shards of at most
     * {@code signalsPerShard} signals (each task holds one shard's index and streams one partition of the posts and
     * responses past it), each one's strongest links kept across shards by a reduce when there is more than one.
     */
    private static JavaRDD<String> discussions(JavaSparkContext sc, JavaRDD<Ranked> chosen, String base, int n, int partitions, int signalsPerShard) {
        JavaRDD<DiscussionParts.SignalRow> signals = chosen.flatMap(c -> c.signals().iterator());
        long count = signals.count();
        if (count == 0) return sc.emptyRDD();
        int shards = (int) Math.max(1, (count + signalsPerShard - 1) / signalsPerShard);
        JavaRDD<List<DiscussionParts.SignalRow>> index = signals.keyBy(s -> Math.floorMod(s.signal().signal().hashCode(), shards))
                .partitionBy(new HashPartitioner(shards)).values().glom();
        // Four times the documents' partitions: scoring is most of the step and its cost per post varies (how many
        // signals share its words); with as many tasks as the documents' partitions (5 at 10,000 documents) one core
        // scored the last alone while the other waited.
        JavaRDD<DiscussionParts.UnitRow> units = chosen.flatMap(c -> c.units().iterator()).repartition(4 * partitions);
        // A cartesian product iterates the second side for each element of the first: with one element (a whole shard)
        // per partition on the first side, each task builds one shard's index once and streams its posts past it.
        JavaPairRDD<String, List<DiscussionParts.Link>> found = index.cartesian(units).mapPartitionsToPair(pairs -> {
            DiscussionParts parts = new DiscussionParts(new Iris(base), n);
            Object[] built = {null, null}; // the shard's rows, and its index
            return lazily(pairs, p -> {
                if (p._1() != built[0]) {
                    built[0] = p._1();
                    built[1] = parts.index(p._1());
                }
                return new Tuple2<>(p._2().unit().resource(), ((DiscussionParts.Index) built[1]).links(p._2()));
            });
        }).filter(u -> !u._2().isEmpty());
        if (shards > 1) {
            found = found.reduceByKey((a, b) -> {
                List<DiscussionParts.Link> both = new ArrayList<>(a);
                both.addAll(b);
                return DiscussionParts.strongest(both);
            }, partitions);
        }
        return found.map(u -> {
            List<Quad> quads = new ArrayList<>();
            u._2().forEach(l -> quads.addAll(l.quads()));
            return NQuads.of(quads);
        });
    }

    /** Each element mapped when it is asked for: a partition's results are never all in memory at once. */
    private static <A, B> Iterator<B> lazily(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() { return in.hasNext(); }

            @Override
            public B next() { return f.apply(in.next()); }
        };
    }

    /** The counts of the given words among the answers (a word absent there is not counted in the corpus). */
    private static Map<String, Integer> counts(Set<String> words, Map<String, Integer> answers) {
        Map<String, Integer> out = new HashMap<>();
        for (String w : words) {
            Integer c = answers.get(w);
            if (c != null) out.put(w, c);
        }
        return out;
    }

    /** One partition's quads as one N-Quads text, or nothing. */
    private static Iterator<String> text(NQuads.Collector out) {
        return out.quads.isEmpty() ? List.<String>of().iterator() : List.of(NQuads.of(out.quads)).iterator();
    }
}
