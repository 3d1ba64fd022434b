package org.workgraph.server.explorer;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * Binds one variable of a query to a list of resources, so that a page asks about all its rows in one query
 * instead of one query per row. The values go in as RDF terms in a VALUES block placed first in the WHERE
 * clause (where the optimiser joins from them), never as text spliced into SPARQL.
 */
final class Values {
    private Values() {}

    static Query bind(Query query, String variable, List<Node> values) {
        Query q = query.cloneQuery();
        Var v = Var.alloc(variable);
        ElementData data = new ElementData();
        data.add(v);
        for (Node n : values) data.add(Binding.builder().add(v, n).build());
        ElementGroup where = new ElementGroup();
        where.addElement(data);
        Element original = q.getQueryPattern();
        if (original instanceof ElementGroup group) group.getElements().forEach(where::addElement);
        else where.addElement(original);
        q.setQueryPattern(where);
        return q;
    }
}
