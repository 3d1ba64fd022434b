package org.workgraph.server.selfdescription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.query.Rows;

/**
 * The counts VoID and the service description publish, taken from the store when asked (the store changes
 * under reloads and updates, so nothing is cached). All queries run in one read transaction.
 */
record DatasetStatistics(long triples, long entities, long distinctSubjects, long distinctObjects,
        Map<Node, Long> classes, Map<Node, Long> properties, Map<Node, Long> graphs, List<Node> examples) {

    /** The namespaces of the classes and properties in use: the vocabularies the data draws on. */
    TreeSet<String> vocabularies() {
        TreeSet<String> out = new TreeSet<>();
        classes.keySet().forEach(c -> { if (c.isURI()) out.add(c.getNameSpace()); });
        properties.keySet().forEach(p -> { if (p.isURI()) out.add(p.getNameSpace()); });
        return out;
    }

    static final class Reader {
        private final QueryRunner queries;
        private final String base;
        private final Query totals;
        private final Query classes;
        private final Query properties;
        private final Query graphs;
        private final Query examples;

        Reader(QueryRunner queries, String base) {
            this.queries = queries;
            this.base = base;
            this.totals = QueryRunner.load(Reader.class, "totals.rq");
            this.classes = QueryRunner.load(Reader.class, "classes.rq");
            this.properties = QueryRunner.load(Reader.class, "properties.rq");
            this.graphs = QueryRunner.load(Reader.class, "graphs.rq");
            this.examples = QueryRunner.load(Reader.class, "example.rq");
        }

        DatasetStatistics read() {
            return queries.read(() -> {
                Binding t = queries.select(totals, Map.of("base", NodeFactory.createLiteralString(base))).get(0);
                return new DatasetStatistics(Rows.count(t, "triples"), Rows.count(t, "entities"),
                        Rows.count(t, "distinctSubjects"), Rows.count(t, "distinctObjects"),
                        counts(classes, "class"), counts(properties, "property"), counts(graphs, "graph"),
                        queries.select(examples, Map.of()).stream().map(r -> r.get("doc")).toList());
            });
        }

        private Map<Node, Long> counts(Query q, String var) {
            Map<Node, Long> out = new LinkedHashMap<>();
            for (Binding row : queries.select(q, Map.of())) out.put(row.get(var), Rows.count(row, "n"));
            return out;
        }
    }
}
