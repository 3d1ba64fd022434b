package org.workgraph.server.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Fills a query's leading {@code VALUES ?var { }} block with a page of resources, so that one query answers
 * for the whole page rather than one query per row.
 */
public final class Values {
    private Values() {}

    /** A copy of {@code template} whose first pattern, an empty VALUES block on {@code var}, holds {@code nodes}. */
    public static Query fill(Query template, String var, List<Node> nodes) {
        Query q = template.cloneQuery();
        if (!(q.getQueryPattern() instanceof ElementGroup group) || group.isEmpty()
                || !(group.get(0) instanceof ElementData data) || !data.getVars().equals(List.of(Var.alloc(var)))) {
            throw new IllegalArgumentException("the query must open with an empty VALUES ?" + var + " { } block");
        }
        for (Node n : nodes) data.add(BindingFactory.binding(Var.alloc(var), n));
        return q;
    }

    /** The rows of a grouped answer by the resource they are about. */
    public static Map<Node, Binding> byNode(List<Binding> rows, String var) {
        Map<Node, Binding> map = new HashMap<>();
        for (Binding row : rows) map.put(row.get(var), row);
        return map;
    }
}
