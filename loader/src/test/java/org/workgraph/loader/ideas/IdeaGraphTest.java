package org.workgraph.loader.ideas;

import static org.workgraph.loader.StoreQueries.select;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/** Ideas shared across documents become one idea, and every idea link quotes the words it rests on. */
class IdeaGraphTest {

    @Test
    void aConceptTwoDocumentsDiscussIsOneIdeaWithEvidence(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), """
                Benefits that travel

                Portable benefits follow a worker from one client to the next. Without portable benefits, a
                freelancer pays for sick days alone. Several unions now run portable benefit funds for members.
                """);
        Files.writeString(dir.resolve("b.txt"), """
                The gig economy

                The gig economy grows every year. Drivers ask for portable benefits, and cities pilot portable
                benefits for couriers. The gig economy will not wait for the law.
                """);
        Files.writeString(dir.resolve("c.txt"), """
                Office gardens

                Office gardens calm people down. Office gardens also need watering, which nobody plans for.
                """);
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            Loader loader = new Loader();
            LoadReport report = loader.load(List.of(dir), new TdbSink(store, loader.derivedGraphs()), f -> {});
            assertEquals(3, report.loaded(), report.summary());
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> {
                List<QuerySolution> shared = select(ds, """
                        SELECT ?label (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a wg:Document ; dcterms:subject ?i .
                          ?i a wg:Idea ; skos:prefLabel ?label ; skos:inScheme ?s } GROUP BY ?label HAVING (COUNT(DISTINCT ?d) > 1)""");
                assertEquals(1, shared.size(), shared.toString());
                assertEquals("portable benefits", shared.get(0).getLiteral("label").getLexicalForm());
                // "portable benefit" (singular) is the same concept: an altLabel, not a second idea.
                assertFalse(select(ds, "SELECT * WHERE { ?i skos:prefLabel \"portable benefits\" ; skos:altLabel \"portable benefit\" }").isEmpty());
                // Each link's evidence quotes text that stands at its offsets in the source's content.
                List<QuerySolution> quotes = select(ds, """
                        SELECT ?content ?exact ?start ?end WHERE { ?e rdf:predicate dcterms:subject ; oa:hasTarget ?t .
                          ?t oa:hasSource/sioc:content ?content ; oa:hasSelector ?q, ?p . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end }""");
                assertFalse(quotes.isEmpty());
                for (QuerySolution q : quotes) {
                    String content = q.getLiteral("content").getLexicalForm();
                    assertEquals(q.getLiteral("exact").getLexicalForm(),
                            content.substring(q.getLiteral("start").getInt(), q.getLiteral("end").getInt()));
                }
            });
        }
    }

    @Test
    void aConceptOnlyTheTitleNamesIsAnIdeaQuotedFromTheTitle(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("policy.txt"), """
                Social Media Policy

                Staff may comment on topics related to their work. Speak for yourself, not for the agency, and use
                good judgement before you reply to a critic.
                """);
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            Loader loader = new Loader();
            loader.load(List.of(dir), new TdbSink(store, loader.derivedGraphs()), f -> {});
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> {
                List<QuerySolution> evidence = select(ds, """
                        SELECT ?m ?exact WHERE { ?d a wg:Document ; dcterms:subject ?i . ?i skos:prefLabel "social media policy" .
                          ?e rdf:subject ?d ; rdf:object ?i ; wg:method ?m ; oa:hasTarget/oa:hasSelector/oa:exact ?exact .
                          FILTER NOT EXISTS { ?e oa:hasTarget/oa:hasSelector/oa:start ?start } }""");
                assertEquals(1, evidence.size(), "an idea quoted from the title, without a position in the body: " + evidence);
                assertEquals("Social Media Policy", evidence.get(0).getLiteral("exact").getLexicalForm());
                assertTrue(evidence.get(0).getLiteral("m").getLexicalForm().contains("title"));
            });
        }
    }

    @Test
    void namesStayOutOfIdeasAndASubstantialResponseHasIdeasOfItsOwn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("t.txt"), """
                Quiet hours

                Quiet hours protect deep work. Teams that keep quiet hours ship calmer releases, and quiet hours
                cost little.

                2 Responses to “Quiet hours”

                  1. Wren Halloway says:

                    Answering Pell here: our studio tried rotating silence blocks for a season. Rotating silence
                    blocks worked until the client calls started again, and then the silence blocks collapsed
                    because nobody owned the calendar. Shared calendar ownership is the missing piece, I think.

                  2. Pell Oduya says:

                    Thanks Wren, calendar ownership is exactly it.
                """);
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            Loader loader = new Loader();
            LoadReport report = loader.load(List.of(dir), new TdbSink(store, loader.derivedGraphs()), f -> {});
            assertEquals(1, report.loaded(), report.summary());
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> {
                List<QuerySolution> labels = select(ds, "SELECT ?l WHERE { ?i a wg:Idea ; skos:prefLabel ?l }");
                assertFalse(labels.isEmpty());
                for (QuerySolution l : labels) {
                    String label = l.getLiteral("l").getLexicalForm();
                    assertFalse(label.contains("pell") || label.contains("wren"), "a name in an idea: " + label);
                }
                // The long comment is linked to phrases of its own, with evidence quoting it; the short one is not.
                List<QuerySolution> own = select(ds, """
                        SELECT ?l ?exact ?m WHERE { ?r a wg:Response ; dcterms:subject ?i . ?i skos:prefLabel ?l .
                          ?e rdf:subject ?r ; rdf:object ?i ; wg:method ?m ; oa:hasTarget/oa:hasSelector/oa:exact ?exact }""");
                assertFalse(own.isEmpty(), "the substantial response has ideas");
                assertTrue(own.stream().allMatch(q -> q.getLiteral("exact").getLexicalForm().length() > 3), own.toString());
                assertTrue(own.stream().anyMatch(q -> q.getLiteral("l").getLexicalForm().contains("silence block")), own.toString());
            });
        }
    }
}
