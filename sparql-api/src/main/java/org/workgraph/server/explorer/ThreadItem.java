package org.workgraph.server.explorer;

import org.apache.jena.sparql.engine.binding.Binding;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.query.Rows;

/** One response on a document, as {@code thread.rq} gives it. */
record ThreadItem(String iri, Integer position, String kind, String parent, String creator, String creatorName,
                  String content, String created, String sourceTitle, String sourceSite) {

    static ThreadItem of(Binding row) {
        return new ThreadItem(Rows.text(row, "r"), Rows.integer(row, "position"), Kinds.ofList(Rows.text(row, "types")),
                Rows.text(row, "parent"), Rows.text(row, "creator"), Rows.text(row, "creatorName"), Rows.text(row, "content"),
                Rows.text(row, "created"), Rows.text(row, "sourceTitle"), Rows.text(row, "sourceSite"));
    }

    /** Who wrote it, as a reader would name them. */
    String who() {
        if (creatorName != null) return creatorName;
        if (sourceSite != null) return sourceSite;
        return "someone unnamed";
    }
}
