package org.workgraph.loader.extract;

import static org.workgraph.loader.StoreQueries.select;
import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;

/** A digest mentions what its rows name, not only what its summary names; the evidence quotes the row. Names invented. */
class DigestRowMentionsTest {
    private static SignalRow row(int n, String name, String description) {
        return new SignalRow(SignalTable.SIGNALS, "Signals", n, name, description, null, null, null, null, 10 + n);
    }

    @Test
    void aRowsNameAndDescriptionAreReadAndTheEvidencePointsIntoTheRow() {
        List<SignalRow> rows = List.of(
                row(1, "Desks that answer back", "Designer Rosalind Grimsdyke has built a warm desk for the Fenwick Night Workers Alliance."),
                row(2, "Rotas by chat", "Shift swaps move into group chats, says Tobias Quernmore of the Harrowgate Courier."));
        SignalDigest digest = new SignalDigest(new Source("d.txt", "0".repeat(64)), "Shift radar", null, null, null,
                "What we watched this month.", List.of(), rows, null);
        List<Finding> found = new MentionFinder().inDigest(digest);
        Set<String> names = found.stream().map(Finding::name).collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Rosalind Grimsdyke", "Fenwick Night Workers Alliance", "Tobias Quernmore", "Harrowgate Courier")), names.toString());
        for (Finding f : found) {
            assertEquals(0, f.unit(), "the digest is what mentions: " + f);
            Span s = f.evidence().get(0);
            String text = rows.get(s.unit() - 1).text();
            assertEquals(s.exact(), text.substring(s.start(), s.end()), f.toString());
        }
        Finding courier = found.stream().filter(f -> f.name().equals("Harrowgate Courier")).findFirst().orElseThrow();
        assertEquals(2, courier.evidence().get(0).unit());
    }

    @Test
    void aPersonInATitleCaseRowNameIsMentionedWhenTheDescriptionNamesThemAgain() {
        List<SignalRow> rows = List.of(
                row(1, "Sir Rosalind Grimsdyke – The Forklift Pioneer of the Eastern Yards", "I find Rosalind Grimsdyke to"),
                row(2, "Societal Value of Night Shift Prestige", "Night work may gain status as fewer people take it."));
        SignalDigest digest = new SignalDigest(new Source("d.txt", "0".repeat(64)), "Shift radar", null, null, null,
                null, List.of(), rows, null);
        Set<String> people = new MentionFinder().inDigest(digest).stream().filter(f -> f.entity() == Finding.Entity.PERSON)
                .map(Finding::name).collect(Collectors.toSet());
        assertTrue(people.stream().anyMatch(n -> n.endsWith("Rosalind Grimsdyke")), people.toString());
    }

    @Test
    void aRowNameInTitleCaseIsAHeadingAndADefinedAcronymNoPersonsCue() {
        List<SignalRow> rows = List.of(
                row(1, "Societal Value of Night Shift Prestige", "Night work may gain status as fewer people take it."),
                row(2, "Pooled rotas", "Cooperative Shift Pools (CSPs) let workers share rotas across firms."));
        SignalDigest digest = new SignalDigest(new Source("d.txt", "0".repeat(64)), "Shift radar", null, null, null,
                null, List.of(), rows, null);
        assertEquals(List.of(), new MentionFinder().inDigest(digest).stream().filter(f -> f.entity() == Finding.Entity.PERSON).toList());
    }

    @Test
    void theMappedEvidenceQuotesTheRowsContent(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("radar.txt"), """
                Shift radar
                What we keep an eye on.
                Our desk follows slow changes in how work is organised, paid and measured across many sectors and countries.

                1
                Shift swapping
                Workers trade shifts in group chats, says Tobias Quernmore, before a manager sees the rota.
                2
                Pay visibility
                Posted salary ranges at the Fenwick Night Workers Alliance make pay gaps easier to see.
                3
                Standby pay
                Time spent waiting for a call is starting to be paid, first in care work and then in retail.
                """);
        try (WorkgraphStore store = WorkgraphStore.inMemory()) {
            Loader loader = new Loader();
            LoadReport report = loader.load(List.of(dir), new TdbSink(store, loader.derivedGraphs()), f -> {});
            assertEquals(1, report.loaded(), report.summary());
            Dataset ds = DatasetFactory.wrap(store.dataset());
            Txn.executeRead(ds, () -> {
                List<QuerySolution> quotes = select(ds, """
                        SELECT ?name ?content ?exact ?start ?end WHERE { GRAPH ?g { ?d schema:mentions ?x . ?x wg:alias ?name .
                          ?e rdf:subject ?d ; rdf:predicate schema:mentions ; rdf:object ?x ; oa:hasTarget ?t .
                          ?t oa:hasSource ?row ; oa:hasSelector ?q . ?row wg:inDigest ?d ; sioc:content ?content .
                          ?q oa:exact ?exact ; oa:start ?start ; oa:end ?end } }""");
                Set<String> named = quotes.stream().map(q -> q.getLiteral("name").getLexicalForm()).collect(Collectors.toSet());
                assertTrue(named.containsAll(Set.of("Tobias Quernmore", "Fenwick Night Workers Alliance")), quotes.toString());
                for (QuerySolution q : quotes) {
                    assertEquals(q.getLiteral("exact").getLexicalForm(), q.getLiteral("content").getLexicalForm()
                            .substring(q.getLiteral("start").getInt(), q.getLiteral("end").getInt()));
                }
            });
        }
    }
}
