package org.workgraph.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.workgraph.loader.identity.PeopleGraph;
import org.workgraph.loader.ideas.DocumentPhrases;
import org.workgraph.loader.ideas.IdeaGraph;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.Ontology;

import scala.Tuple2;

/**
 * The graphs derived across documents, computed as Spark aggregations over every document's phrases and names
 * instead of in one process: the people graph (every person's spellings grouped by person), the corpus
 * statistics (document frequencies summed by key) and the ideas graph (each document ranked against just the
 * counts and names it asks about, fetched by a join, then the wordings of each idea summed by idea). Nothing of
 * size proportional to the corpus reaches the driver; it only counts the documents.
 * <p>
 * Every quad is written by the loader's own code ({@link PeopleGraph#writeName}, {@link IdeaGraph}'s writers),
 * the same code a fresh {@code kg load} runs, so the graphs are the same.
 */
final class CorpusGraphs {
    /** Keys of the one table every document's questions are joined with: a phrase's, a word's, a name's. */
    private static final String PHRASE = "p\t";
    private static final String WORD = "w\t";
    private static final String NAME = "n\t";

    private CorpusGraphs() {}

    /** The people graph: each person's canonical name from all spellings of all documents. */
    static JavaRDD<String> people(JavaRDD<DocumentResult> docs, String base, int partitions) {
        return docs.coalesce(partitions).flatMapToPair(d -> d.aliases().stream().map(a -> new Tuple2<>(a.person(), a.spelling())).iterator())
                .groupByKey(partitions)
                .mapPartitions(people -> {
                    PeopleGraph graph = new PeopleGraph(new Iris(base).peopleGraph());
                    NQuads.Collector out = new NQuads.Collector();
                    people.forEachRemaining(p -> {
                        List<String> spellings = new ArrayList<>();
                        p._2().forEach(spellings::add);
                        graph.writeName(NodeFactory.createURI(p._1()), spellings, out.quads::add);
                    });
                    return out.quads.isEmpty() ? List.<String>of().iterator() : List.of(NQuads.of(out.quads)).iterator();
                });
    }

    /** The ideas graph and the statistics graph, as N-Quads text. */
    record Ideas(JavaRDD<String> ideas, JavaRDD<String> stats) {}

    /**
     * How the ideas step scales: it reads the documents' phrases several times (count, frequencies, questions, ranking)
     * from one copy, shuffled once by document into {@code partitions} parts and kept on disk without the rest of the
     * document (its N-Quads are the larger part); the answers to each document's questions are grouped by document with
     * the same partitioner, so ranking joins them with the phrases where they lie, without shuffling the phrases again.
     * Every shuffle here has {@code partitions} parts, sized by the corpus (see {@link SparkLoad}), and the read
     * partitions are coalesced to as many before the phrases are shuffled: a shuffle writes one block per pair of map
     * and reduce partitions, so the read's own partitioning (one per 200 files) on both sides made that number grow with
     * the square of the corpus.
     */
    static Ideas ideas(JavaSparkContext sc, JavaRDD<DocumentResult> docs, String base, int partitions) {
        HashPartitioner byDocument = new HashPartitioner(partitions);
        JavaPairRDD<String, DocumentPhrases> phrases = docs.coalesce(partitions).filter(d -> d.phrases() != null)
                .mapToPair(d -> new Tuple2<>(d.graph(), d.phrases()))
                .partitionBy(byDocument);
        phrases.persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());
        long counted = phrases.count();
        if (counted > Integer.MAX_VALUE) throw new IllegalStateException("more documents than the statistics count: " + counted);
        int n = (int) counted;

        // Document frequencies: each document counts each of its phrases and words once.
        JavaPairRDD<String, Integer> frequencies = phrases.values().flatMapToPair(p -> {
            List<Tuple2<String, Integer>> keys = new ArrayList<>();
            IdeaGraph.countedPhrases(p).forEach(k -> keys.add(new Tuple2<>(PHRASE + k, 1)));
            IdeaGraph.countedWords(p).forEach(w -> keys.add(new Tuple2<>(WORD + w, 1)));
            return keys.iterator();
        }).reduceByKey(Integer::sum, partitions);
        String organizations = base + org.workgraph.ontology.IriScheme.ORGANIZATION;
        JavaPairRDD<String, Integer> names = docs.coalesce(partitions).flatMap(d -> d.aliases().iterator())
                .flatMap(a -> IdeaGraph.nameKeys(a.spelling(), a.person().startsWith(organizations)).iterator())
                .distinct(partitions)
                .mapToPair(k -> new Tuple2<>(NAME + k, 1));
        JavaPairRDD<String, Integer> table = frequencies.union(names);

        // What each document asks of the table, answered by a join and gathered back by document, into the phrases'
        // partitions.
        JavaPairRDD<String, Iterable<Tuple2<String, Integer>>> answers = phrases.flatMapToPair(e -> {
            List<Tuple2<String, String>> asks = new ArrayList<>();
            IdeaGraph.countedPhrases(e._2()).forEach(k -> asks.add(new Tuple2<>(PHRASE + k, e._1())));
            IdeaGraph.countedWords(e._2()).forEach(w -> asks.add(new Tuple2<>(WORD + w, e._1())));
            IdeaGraph.nameQuestions(e._2()).forEach(k -> asks.add(new Tuple2<>(NAME + k, e._1())));
            return asks.iterator();
        }).join(table, partitions).mapToPair(j -> new Tuple2<>(j._2()._1(), new Tuple2<>(j._1(), j._2()._2()))).groupByKey(byDocument);

        // Each document's ideas, written by the loader's ranking and writer; and its wordings per idea, to be summed.
        JavaRDD<Tuple2<String, Map<String, Map<String, Integer>>>> chosen = phrases.leftOuterJoin(answers, byDocument).mapPartitions(part -> {            IdeaGraph graph = new IdeaGraph(new Iris(base), Ontology.load(), 1);
            List<Tuple2<String, Map<String, Map<String, Integer>>>> out = new ArrayList<>();
            part.forEachRemaining(e -> {
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
                Map<Node, Map<String, Integer>> wordings = graph.writeDocumentIdeas(e._2()._1(), nameKeys, n, phraseDf, wordDf, quads);
                Map<String, Map<String, Integer>> byIri = new HashMap<>();
                wordings.forEach((idea, counts) -> byIri.put(idea.getURI(), counts));
                out.add(new Tuple2<>(quads.quads.isEmpty() ? null : NQuads.of(quads.quads), byIri));
            });
            return out.iterator();
        });
        chosen.persist(org.apache.spark.storage.StorageLevel.DISK_ONLY()); // each document's idea links as text: large

        // Wordings summed by idea in one shuffle, each task merging its documents' counts first.
        JavaPairRDD<String, Map<String, Integer>> wordings = chosen.flatMapToPair(c -> {
            List<Tuple2<String, Map<String, Integer>>> out = new ArrayList<>();
            c._2().forEach((idea, counts) -> out.add(new Tuple2<>(idea, new HashMap<>(counts))));
            return out.iterator();
        }).reduceByKey((a, b) -> {
            Map<String, Integer> sum = a.size() >= b.size() ? a : b;
            (sum == a ? b : a).forEach((w, k) -> sum.merge(w, k, Integer::sum));
            return sum;
        }, partitions);
        // On disk, not in the heap: kept in memory, a cache that grows with the corpus leaves a fixed heap less room for
        // the ranking, whose collections then spend their time in garbage collection.
        wordings.persist(org.apache.spark.storage.StorageLevel.DISK_ONLY());

        JavaRDD<String> links = chosen.map(Tuple2::_1).filter(s -> s != null);
        JavaRDD<String> ideaNodes = wordings.mapPartitions(part -> {
            IdeaGraph graph = new IdeaGraph(new Iris(base), Ontology.load(), 1);
            NQuads.Collector out = new NQuads.Collector();
            part.forEachRemaining(e -> graph.writeIdea(NodeFactory.createURI(e._1()), e._2(), out));
            return out.quads.isEmpty() ? List.<String>of().iterator() : List.of(NQuads.of(out.quads)).iterator();
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
            return out.quads.isEmpty() ? List.<String>of().iterator() : List.of(NQuads.of(out.quads)).iterator();
        });
        JavaRDD<String> wordingQuads = wordings.mapPartitions(part -> {
            IdeaGraph graph = new IdeaGraph(new Iris(base), Ontology.load(), 1);
            NQuads.Collector out = new NQuads.Collector();
            part.forEachRemaining(e -> graph.writeWordings(NodeFactory.createURI(e._1()), e._2(), out));
            return out.quads.isEmpty() ? List.<String>of().iterator() : List.of(NQuads.of(out.quads)).iterator();
        });
        JavaRDD<String> ideas = sc.parallelize(List.of(NQuads.of(scheme.quads)), 1).union(ideaNodes).union(links);
        JavaRDD<String> stats = sc.parallelize(List.of(NQuads.of(size.quads)), 1).union(frequencyQuads).union(wordingQuads);
        return new Ideas(ideas, stats);
    }
}
