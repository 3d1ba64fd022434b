package org.workgraph.server.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.aggregate.AggCount;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;

/**
 * Runs the server's own SPARQL over the dataset. Queries live in {@code .rq} files beside the classes that
 * use them; request values reach them only as bound RDF terms ({@code substitution}), and paging is set on
 * the parsed {@link Query}, so no request text is ever spliced into SPARQL. Every execution has the server's
 * timeout, as queries sent to the SPARQL endpoint do.
 */
public final class QueryRunner {
    private final DatasetGraph dataset;
    private final Duration timeout;

    public QueryRunner(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    public DatasetGraph dataset() { return dataset; }

    /** Parses a query file that sits beside {@code anchor} in the classpath. */
    public static Query load(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Missing query " + resource + " beside " + anchor.getName());
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code work} in one read transaction, so that several queries see the same snapshot. */
    public <T> T read(Supplier<T> work) {
        return dataset.isInTransaction() ? work.get() : Txn.calculateRead(dataset, work);
    }

    /** All rows of a SELECT, with the parameters bound. */
    public List<Binding> select(Query query, Map<String, Node> params) {
        return read(() -> {
            List<Binding> rows = new ArrayList<>();
            QueryExec.dataset(dataset).query(query).substitution(binding(params))
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).select().forEachRemaining(rows::add);
            return rows;
        });
    }

    /** One page of a SELECT: the query's own ORDER BY keeps pages stable. */
    public List<Binding> select(Query query, Map<String, Node> params, long limit, long offset) {
        Query page = query.cloneQuery();
        page.setLimit(limit);
        page.setOffset(offset);
        return select(page, params);
    }

    /**
     * One page of resources, described: {@code keys} selects the resources ({@code ?var}) in paging order, of
     * which only this page is taken; {@code describe}, whose opening {@code VALUES ?var { }} block receives that
     * page, gives each one's row. The rows come back in the keys' order. Paging the bare keys first means the
     * store sorts only resource IRIs and describes only {@code limit} resources, however many there are.
     */
    public List<Binding> page(Query keys, String var, Query describe, Map<String, Node> params, long limit, long offset) {
        return read(() -> {
            List<Node> page = select(keys, params, limit, offset).stream().map(r -> r.get(var)).toList();
            if (page.isEmpty()) return List.of();
            Map<Node, Binding> rows = Values.byNode(select(Values.fill(describe, var, page), params), var);
            return page.stream().map(rows::get).filter(Objects::nonNull).toList();
        });
    }

    /** How many rows a SELECT has, counted by the store: {@code SELECT (COUNT(*) AS ?n) { { query } }}. */
    public long count(Query query, Map<String, Node> params) {
        Query inner = query.cloneQuery();
        inner.setLimit(Query.NOLIMIT);
        inner.setOffset(Query.NOLIMIT);
        if (inner.hasOrderBy()) inner.getOrderBy().clear();
        Query count = new Query();
        count.setQuerySelectType();
        count.setPrefixMapping(inner.getPrefixMapping());
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementSubQuery(inner));
        count.setQueryPattern(where);
        Expr agg = count.allocAggregate(new AggCount());
        count.addResultVar("n", agg);
        List<Binding> rows = select(count, params);
        return rows.isEmpty() ? 0 : Long.parseLong(rows.get(0).get("n").getLiteralLexicalForm());
    }

    /** The graph a CONSTRUCT builds, with the parameters bound. */
    public Graph construct(Query query, Map<String, Node> params) {
        return read(() -> QueryExec.dataset(dataset).query(query).substitution(binding(params))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).construct());
    }

    private static Binding binding(Map<String, Node> params) {
        BindingBuilder b = Binding.builder();
        params.forEach((name, value) -> b.add(Var.alloc(name), value));
        return b.build();
    }
}
