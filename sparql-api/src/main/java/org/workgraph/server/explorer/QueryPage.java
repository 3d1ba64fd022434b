package org.workgraph.server.explorer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.workgraph.server.federation.Federation;
import org.workgraph.server.query.QueryRunner;

/**
 * The query page: a SPARQL form with the example queries one click away, and the answer as a table. Only
 * queries parse here (an update is a syntax error), so the page is read-only by construction; each runs in a
 * read transaction under the server's timeout, and at most {@value #MAX_ROWS} rows are shown.
 */
final class QueryPage {
    static final int MAX_ROWS = 1000;
    static final int MAX_QUERY_LENGTH = 20_000;

    /** A page and the HTTP status to send it with. */
    record Answer(int status, String html) {}

    private final QueryRunner queries;
    private final Duration timeout;
    private final ExampleQueries examples;
    private final Links links;
    private final Federation federation;

    QueryPage(QueryRunner queries, Duration timeout, ExampleQueries examples, Links links, Federation federation) {
        this.federation = federation;
        this.queries = queries;
        this.timeout = timeout;
        this.examples = examples;
        this.links = links;
    }

    Answer render(String text, String exampleName) {
        ExampleQueries.Example example = exampleName == null ? null : examples.named(exampleName).orElse(null);
        String shown = text != null ? text : example != null ? example.text() : examples.all().isEmpty() ? "" : examples.all().get(0).text();
        if (text == null || text.isBlank()) return new Answer(200, page(shown, example, null));
        if (text.length() > MAX_QUERY_LENGTH) {
            return new Answer(413, page(text.substring(0, MAX_QUERY_LENGTH), null,
                    h -> h.element("p", "The query is longer than " + MAX_QUERY_LENGTH + " characters.", "class", "error", "role", "alert")));
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return new Answer(400, page(text, null, h -> h.element("p", "Not a SPARQL query: " + e.getMessage(), "class", "error", "role", "alert")));
        }
        try {
            // The same check as the SPARQL endpoint's: nothing here may make the server fetch a URL.
            federation.checkQuery(query, null, queries.dataset());
        } catch (Federation.Refused e) {
            return new Answer(400, page(text, null, h -> h.element("p", e.getMessage(), "class", "error", "role", "alert")));
        }
        try {
            Markup.Safe table = queries.read(() -> run(query));
            return new Answer(200, page(text, null, h -> h.safe(table)));
        } catch (QueryCancelledException e) {
            return new Answer(503, page(text, null, h -> h.element("p", "The query took longer than " + timeout.toSeconds()
                    + " seconds and was stopped.", "class", "error", "role", "alert")));
        } catch (QueryException e) {
            return new Answer(400, page(text, null, h -> h.element("p", "The query failed: " + e.getMessage(), "class", "error", "role", "alert")));
        }
    }

    private Markup.Safe run(Query query) {
        Markup h = new Markup();
        QueryExec exec = QueryExec.dataset(queries.dataset()).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
        try {
            if (query.isAskType()) {
                h.element("p", exec.ask() ? "Yes (true)." : "No (false).", "class", "answer", "role", "status");
            } else if (query.isSelectType()) {
                RowSet rows = exec.select();
                List<String> vars = rows.getResultVars().stream().map(Var::getVarName).toList();
                List<List<Node>> cells = new ArrayList<>();
                while (rows.hasNext() && cells.size() <= MAX_ROWS) {
                    Binding b = rows.next();
                    cells.add(vars.stream().map(b::get).toList());
                }
                table(h, vars, cells);
            } else {
                Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describe().find();
                List<List<Node>> cells = new ArrayList<>();
                while (triples.hasNext() && cells.size() <= MAX_ROWS) {
                    Triple t = triples.next();
                    cells.add(List.of(t.getSubject(), t.getPredicate(), t.getObject()));
                }
                table(h, List.of("subject", "predicate", "object"), cells);
            }
        } finally {
            exec.close();
        }
        return h.toSafe();
    }

    private void table(Markup h, List<String> vars, List<List<Node>> cells) {
        boolean more = cells.size() > MAX_ROWS;
        List<List<Node>> rows = more ? cells.subList(0, MAX_ROWS) : cells;
        h.element("p", Prose.plural(rows.size(), "row", "rows") + (more ? " shown; there are more." : "."), "class", "meta", "role", "status");
        h.open("div", "class", "scroll", "role", "region", "aria-label", "Results", "tabindex", "0")
                .open("table", "class", "results").open("thead").open("tr");
        for (String v : vars) h.element("th", v, "scope", "col");
        h.close("tr").close("thead").open("tbody");
        for (List<Node> row : rows) {
            h.open("tr");
            for (Node n : row) {
                h.open("td");
                cell(h, n);
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("div");
    }

    private void cell(Markup h, Node n) {
        if (n == null) return;
        if (n.isURI()) h.link(links.page(n.getURI()), n.getURI(), "class", "iri");
        else if (n.isLiteral()) h.text(n.getLiteralLexicalForm());
        else h.text(n.toString());
    }

    private String page(String text, ExampleQueries.Example example, java.util.function.Consumer<Markup> results) {
        return Frame.page("Query", h -> {
            h.element("h1", "Ask in SPARQL");
            if (!examples.all().isEmpty()) {
                h.open("nav", "aria-label", "Example queries", "class", "examples").element("h2", "Examples");
                h.open("ul");
                for (ExampleQueries.Example e : examples.all()) {
                    h.open("li").link(ExplorerServlet.QUERY + "?example=" + java.net.URLEncoder.encode(e.name(), java.nio.charset.StandardCharsets.UTF_8), e.title(), "class", "example",
                            "data-name", e.name(), "aria-current", example != null && example.name().equals(e.name()) ? "true" : null)
                            .close("li");
                }
                h.close("ul").close("nav");
            }
            h.open("form", "action", ExplorerServlet.QUERY, "method", "get", "class", "query")
                    .element("label", "Query (read-only; stops after " + timeout.toSeconds() + " s)", "for", "query")
                    .element("textarea", text, "id", "query", "name", "query", "rows", "14", "spellcheck", "false")
                    .element("button", "Run", "type", "submit", "id", "run")
                    .element("span", " Ctrl+Enter runs it too.", "class", "meta")
                    .close("form");
            if (results != null) {
                h.open("section", "id", "results", "aria-label", "Results");
                results.accept(h);
                h.close("section");
            }
        });
    }
}
