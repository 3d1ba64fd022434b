package org.workgraph.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.workgraph.loader.Loader;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/** One scoring run: the gold's documents loaded into a scratch store and scored. The package's entry point. */
public record Evaluation(Map<String, FieldScore> scores, List<String> missingFiles) {

    /**
     * @param goldDir folder of gold JSON files
     * @param files   where each document file is, by file name
     */
    public static Evaluation run(Path goldDir, Map<String, Path> files) throws IOException {
        return run(goldDir, files, false);
    }

    /** @param learnedHeaders read with the learned header classifier beside the rules ({@link Loader#learnedHeaders()}) */
    public static Evaluation run(Path goldDir, Map<String, Path> files, boolean learnedHeaders) throws IOException {
        return run(goldDir, files, learnedHeaders, Loader.DEFAULT_MENTIONS);
    }

    /** @param mentions the second opinion on names beside the rules ({@link Loader#learnedMentions()}, or none) */
    public static Evaluation run(Path goldDir, Map<String, Path> files, boolean learnedHeaders, org.workgraph.loader.extract.MentionRecogniser mentions)
            throws IOException {
        GoldSet gold = new GoldSet(goldDir);
        // Several gold documents may lie in one file (posts of an export, threads of a feed): load it once.
        java.util.Set<Path> toLoad = new java.util.LinkedHashSet<>();
        java.util.Set<String> missing = new java.util.LinkedHashSet<>();
        for (JsonNode doc : gold.documents) {
            Path p = files.get(doc.get("file").asText());
            if (p == null) missing.add(doc.get("file").asText());
            else toLoad.add(p);
        }
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            Loader loader = new Loader(Iris.DEFAULT_BASE, Loader.DEFAULT_MAX_BYTES,
                    learnedHeaders ? Loader.learnedHeaders() : org.workgraph.loader.blog.HeaderClassifier.NONE, mentions);
            loader.load(List.copyOf(toLoad), new TdbSink(store, loader.derivedGraphs()), f -> {});
            return new Evaluation(new Scorer(gold, store.dataset(), loader.iris()).score(), List.copyOf(missing));
        }
    }
}
