package org.workgraph.server.query;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** Reading values out of result rows, absent values as null. */
public final class Rows {
    private Rows() {}

    /** The IRI, or the literal's lexical form, of a variable; null when unbound. */
    public static String text(Binding row, String var) {
        Node n = row.get(var);
        if (n == null) return null;
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return n.toString();
    }

    public static Integer integer(Binding row, String var) {
        String s = text(row, var);
        if (s == null) return null;
        try {
            return Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static long count(Binding row, String var) {
        String s = text(row, var);
        if (s == null) return 0;
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public static Node node(Binding row, String var) { return row.get(var); }
}
