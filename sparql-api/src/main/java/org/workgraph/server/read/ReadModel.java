package org.workgraph.server.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.workgraph.ontology.CountTerms;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;
import org.workgraph.server.query.Values;

/**
 * The reads the JSON API and the explorer share: documents, their threads, people and what they wrote, each
 * answered by one SPARQL query in this package's folder and returned as typed records. Both views read the
 * same queries, so the API's JSON and the explorer's pages cannot drift apart; each view only chooses what to
 * show. Call inside {@link QueryRunner#read} when several reads must see one snapshot.
 */
public final class ReadModel {
    /** How GROUP_CONCAT joins lists (categories, aliases): a character no text of the corpus holds. */
    private static final String SEPARATOR = "\u001F";

    /** A link to another resource: its IRI and a label for people (null when the store has none). */
    public record Ref(String iri, String label) {
        static Ref of(String iri, String label) { return iri == null ? null : new Ref(iri, label); }
    }

    /** What a digest summarises: the cited work, its title and author. */
    public record Source(String iri, String title, Ref creator) {}

    /** One document. {@code kind} is the most specific Workgraph class ({@link Kinds}). */
    public record Document(String iri, String kind, String title, Ref creator, String created, String sourceFile,
                           Integer claimedResponseCount, List<String> categories, String content, String summary,
                           Source source) {}

    /** One document in a list, with how many responses and signal rows it has. */
    public record DocumentSummary(String iri, String kind, String title, Ref creator, String created, String sourceFile,
                                  Integer claimedResponseCount, long responses, long signals) {}

    /** One response on a document's page; {@code parent} is the IRI of what it answers. */
    public record Response(String iri, Integer position, String kind, Ref creator, String label, String content,
                           String created, String sourceTitle, String sourceSite, String parent) {}

    /** One person: the canonical name and every spelling seen. */
    public record Person(String iri, String name, List<String> aliases) {}

    /** Something a person wrote (a document, a response, a cited work) and the document it is in. */
    public record Written(String iri, String kind, String label, String content, Integer position, Ref document) {}

    /** The orders documents are listed in. */
    public enum DocumentOrder {
        /** By IRI: the API's stable paging order. */
        BY_IRI,
        /** By file name: how the explorer's home page lists them. */
        BY_FILE
    }

    /** What is loaded, by kind: the totals the home page shows and the lists page through. */
    public record Totals(long documents, long posts, long digests, long responses, long people, long ideas, long signals) {}

    /** A person's counts as the people list and the home page show them ({@code name} null until looked up). */
    public record PersonCounts(String iri, String name, long wrote, long answered, long answeredBy, long mentionedIn) {}

    /** An idea with how widely it is discussed: in how many documents, in how many documents and responses. */
    public record IdeaCounts(String iri, String label, long documents, long items) {}

    private final QueryRunner queries;
    /** The loader's counts graph ({@code CountTerms}); null to always count with aggregate queries. */
    private final Node countsGraph;
    private final SortedKeys sorted;
    /** Where the counts graph is when not in the store; null when it is. */
    private final DatasetGraph countsStore;
    private final Query keysByIri = QueryRunner.load(ReadModel.class, "document-keys.rq");
    private final Query keysByFile = QueryRunner.load(ReadModel.class, "document-keys-by-file.rq");
    private final Query document = QueryRunner.load(ReadModel.class, "document.rq");
    private final Query documents = QueryRunner.load(ReadModel.class, "documents.rq");
    private final Query documentCounts = QueryRunner.load(ReadModel.class, "document-counts.rq");
    private final Query thread = QueryRunner.load(ReadModel.class, "thread.rq");
    private final Query person = QueryRunner.load(ReadModel.class, "person.rq");
    private final Query wrote = QueryRunner.load(ReadModel.class, "person-wrote.rq");

    public ReadModel(QueryRunner queries) {
        this(queries, null);
    }

    /** A read model that takes the lists' counts from the counts graph when the store has it built. */
    public ReadModel(QueryRunner queries, Node countsGraph) {
        this(queries, countsGraph, null);
    }

    /**
     * A read model whose counts graph is in {@code countsStore} rather than in the store (counts built in memory for a
     * store served read-only that has none of its own); null for the store itself.
     */
    public ReadModel(QueryRunner queries, Node countsGraph, DatasetGraph countsStore) {
        this.queries = queries;
        this.countsGraph = countsGraph;
        this.countsStore = countsStore;
        this.sorted = new SortedKeys(queries);
    }

    /** The lists' keys in their orders, sorted once per version of the data ({@link SortedKeys}). */
    public SortedKeys sorted() { return sorted; }

    /** Reads the counts graph in a read transaction (the store's, or the separate one's as well). */
    private <T> T counts(Function<DatasetGraph, T> read) {
        return queries.read(() -> countsStore == null ? read.apply(queries.dataset())
                : Txn.calculateRead(countsStore, () -> read.apply(countsStore)));
    }

    /**
     * The stored totals, or empty when the store has no counts graph (made before it existed, or loaded without
     * derived graphs): then the caller counts with its aggregate query, as before.
     */
    public Optional<Totals> totals() {
        if (countsGraph == null) return Optional.empty();
        return counts(dsg -> {
            if (!dsg.find(countsGraph, countsGraph, CountTerms.DOCUMENTS, Node.ANY).hasNext()) return Optional.empty();
            return Optional.of(new Totals(stored(dsg, countsGraph, CountTerms.DOCUMENTS), stored(dsg, countsGraph, CountTerms.POSTS),
                    stored(dsg, countsGraph, CountTerms.DIGESTS), stored(dsg, countsGraph, CountTerms.RESPONSES),
                    stored(dsg, countsGraph, CountTerms.PEOPLE), stored(dsg, countsGraph, CountTerms.IDEAS),
                    stored(dsg, countsGraph, CountTerms.SIGNALS)));
        });
    }

    /** The stored counts of these people, in their order (zeros for someone with none); call when {@link #totals} is present. */
    public List<PersonCounts> personCounts(List<Node> people) {
        return counts(dsg -> people.stream().map(p -> new PersonCounts(p.getURI(), null, stored(dsg, p, CountTerms.WROTE),
                stored(dsg, p, CountTerms.ANSWERED), stored(dsg, p, CountTerms.ANSWERED_BY), stored(dsg, p, CountTerms.MENTIONED_IN))).toList());
    }

    /**
     * Everyone who wrote, answered or was answered, with those counts (names not looked up; mentions not read):
     * one scan of the counts graph per count, which is what ranking the most connected people needs. Call when
     * {@link #totals} is present.
     */
    public List<PersonCounts> activity() {
        return counts(dsg -> {
            Map<Node, long[]> counts = new HashMap<>();
            Node[] terms = {CountTerms.WROTE, CountTerms.ANSWERED, CountTerms.ANSWERED_BY};
            for (int i = 0; i < terms.length; i++) {
                int at = i;
                Iter.forEach(dsg.find(countsGraph, Node.ANY, terms[i], Node.ANY),
                        q -> counts.computeIfAbsent(q.getSubject(), k -> new long[3])[at] = number(q.getObject()));
            }
            List<PersonCounts> out = new ArrayList<>(counts.size());
            counts.forEach((p, n) -> out.add(new PersonCounts(p.getURI(), null, n[0], n[1], n[2], 0)));
            return out;
        });
    }

    /**
     * The stored counts of these ideas, in their order (zeros for one never linked; labels not looked up): what a page of
     * the ideas list shows. Call when {@link #totals} is present.
     */
    public List<IdeaCounts> ideaCounts(List<Node> ideas) {
        return counts(dsg -> ideas.stream().map(i -> new IdeaCounts(i.getURI(), null, stored(dsg, i, CountTerms.DOCUMENTS),
                stored(dsg, i, CountTerms.ITEMS))).toList());
    }

    /** Every idea with its stored counts and its label (ideas are few: hundreds). Call when {@link #totals} is present. */
    public List<IdeaCounts> ideaCounts() {
        List<IdeaCounts> counted = counts(dsg -> {
            List<IdeaCounts> out = new ArrayList<>();
            Iter.forEach(dsg.find(countsGraph, Node.ANY, CountTerms.ITEMS, Node.ANY), q -> out.add(new IdeaCounts(q.getSubject().getURI(),
                    null, stored(dsg, q.getSubject(), CountTerms.DOCUMENTS), number(q.getObject()))));
            return out;
        });
        return queries.read(() -> counted.stream().map(i -> new IdeaCounts(i.iri(),
                firstText(queries.dataset(), NodeFactory.createURI(i.iri()), SKOS.prefLabel.asNode()), i.documents(), i.items())).toList());
    }

    /** A person's name as the people list shows it (any {@code foaf:name}), or null. */
    public String name(Node person) {
        return queries.read(() -> firstText(queries.dataset(), person, FOAF.name.asNode()));
    }

    private static String firstText(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return o.getLiteralLexicalForm();
            }
            return null;
        } finally {
            Iter.close(it);
        }
    }

    private long stored(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(countsGraph, s, p, Node.ANY);
        try {
            return it.hasNext() ? number(it.next().getObject()) : 0;
        } finally {
            Iter.close(it);
        }
    }

    private static long number(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }

    /** A document, or empty when the IRI is no document of the store. */
    public Optional<Document> document(Node doc) {
        List<Binding> rows = queries.select(document, Map.of("doc", doc));
        Binding d = rows.isEmpty() ? null : rows.get(0);
        // An aggregate query answers one row even for nothing: no types means no document.
        if (d == null || Rows.text(d, "types") == null || Rows.text(d, "types").isEmpty()) return Optional.empty();
        String source = Rows.text(d, "source");
        return Optional.of(new Document(doc.getURI(), Kinds.ofList(Rows.text(d, "types")), Rows.text(d, "title"),
                Ref.of(Rows.text(d, "creator"), Rows.text(d, "creatorName")), Rows.text(d, "created"),
                Rows.text(d, "sourceFile"), Rows.integer(d, "claimed"), split(Rows.text(d, "categories")),
                Rows.text(d, "content"), Rows.text(d, "summary"),
                source == null ? null : new Source(source, Rows.text(d, "sourceTitle"),
                        Ref.of(Rows.text(d, "sourceCreator"), Rows.text(d, "sourceCreatorName")))));
    }

    /** One page of documents in the given order, described in one query and counted in another. */
    public List<DocumentSummary> documents(DocumentOrder order, long limit, long offset) {
        return queries.read(() -> {
            List<Node> page = sorted.page(order == DocumentOrder.BY_FILE ? keysByFile : keysByIri, "doc", limit, offset);
            if (page.isEmpty()) return List.of();
            Map<Node, Binding> described = Values.byNode(queries.select(Values.fill(documents, "doc", page), Map.of()), "doc");
            List<Binding> rows = page.stream().map(described::get).filter(java.util.Objects::nonNull).toList();
            Map<Node, Binding> counts = Values.byNode(
                    queries.select(Values.fill(documentCounts, "doc", rows.stream().map(r -> r.get("doc")).toList()), Map.of()), "doc");
            return rows.stream().map(row -> {
                Binding n = counts.getOrDefault(row.get("doc"), BindingFactory.empty());
                return new DocumentSummary(Rows.text(row, "doc"), Kinds.ofList(Rows.text(row, "types")), Rows.text(row, "title"),
                        Ref.of(Rows.text(row, "creator"), Rows.text(row, "creatorName")), Rows.text(row, "created"),
                        Rows.text(row, "sourceFile"), Rows.integer(row, "claimed"), Rows.count(n, "responses"), Rows.count(n, "signals"));
            }).toList();
        });
    }

    /** How many documents the store has (in either order): stored, or counted when the store keeps no counts. */
    public long documentCount() {
        return totals().map(Totals::documents).orElseGet(() -> queries.read(() -> sorted.size(keysByIri, "doc")));
    }

    /** Every response on a document, flat, in page order (by position, then IRI). */
    public List<Response> thread(Node doc) {
        return queries.select(thread, Map.of("doc", doc)).stream().map(r -> new Response(Rows.text(r, "r"),
                Rows.integer(r, "position"), Kinds.ofList(Rows.text(r, "types")),
                Ref.of(Rows.text(r, "creator"), Rows.text(r, "creatorName")), Rows.text(r, "label"), Rows.text(r, "content"),
                Rows.text(r, "created"), Rows.text(r, "sourceTitle"), Rows.text(r, "sourceSite"), Rows.text(r, "parent")))
                .sorted(Comparator.comparing(Response::position, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Response::iri))
                .toList();
    }

    /** A person, or empty when the IRI is no person of the store. */
    public Optional<Person> person(Node who) {
        List<Binding> rows = queries.select(person, Map.of("person", who));
        // An aggregate query answers one row even for nobody: ?found counts the matches.
        Binding b = rows.isEmpty() ? null : rows.get(0);
        if (b == null || Rows.count(b, "found") == 0) return Optional.empty();
        return Optional.of(new Person(who.getURI(), Rows.text(b, "name"), split(Rows.text(b, "aliases"))));
    }

    /** What a person wrote, by the title of its document, then page position. */
    public List<Written> wrote(Node who) {
        return queries.select(wrote, Map.of("person", who)).stream().map(r -> new Written(Rows.text(r, "work"),
                Kinds.ofList(Rows.text(r, "types")), Rows.text(r, "label"), Rows.text(r, "content"), Rows.integer(r, "position"),
                Ref.of(Rows.text(r, "document"), Rows.text(r, "documentTitle")))).toList();
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }
}
