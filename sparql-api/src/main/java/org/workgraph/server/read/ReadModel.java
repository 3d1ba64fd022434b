package org.workgraph.server.read;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
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

    private final QueryRunner queries;
    private final Query keysByIri = QueryRunner.load(ReadModel.class, "document-keys.rq");
    private final Query keysByFile = QueryRunner.load(ReadModel.class, "document-keys-by-file.rq");
    private final Query document = QueryRunner.load(ReadModel.class, "document.rq");
    private final Query documents = QueryRunner.load(ReadModel.class, "documents.rq");
    private final Query documentCounts = QueryRunner.load(ReadModel.class, "document-counts.rq");
    private final Query thread = QueryRunner.load(ReadModel.class, "thread.rq");
    private final Query person = QueryRunner.load(ReadModel.class, "person.rq");
    private final Query wrote = QueryRunner.load(ReadModel.class, "person-wrote.rq");

    public ReadModel(QueryRunner queries) {
        this.queries = queries;
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
            List<Binding> rows = queries.page(order == DocumentOrder.BY_FILE ? keysByFile : keysByIri, "doc", documents, Map.of(), limit, offset);
            if (rows.isEmpty()) return List.of();
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

    /** How many documents the store has (in either order). */
    public long documentCount() {
        return queries.count(keysByIri, Map.of());
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
