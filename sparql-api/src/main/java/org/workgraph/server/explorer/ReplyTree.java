package org.workgraph.server.explorer;

import java.util.List;
import java.util.Locale;

import org.workgraph.server.read.ReadModel;

/**
 * A document's reply tree as inline SVG: the document at the top left, each response one row below the last
 * in reading order, indented by how deep it answers, joined to what it answers. Each node links to the
 * response in the page below, so the picture is also a keyboard-usable table of contents.
 */
final class ReplyTree {
    private static final int ROW = 28;
    private static final int INDENT = 28;
    private static final int LEFT = 14;
    private static final int TOP = 16;

    private ReplyTree() {}

    static Markup.Safe svg(String documentTitle, Conversation conversation) {
        List<Conversation.Branch> rows = conversation.inOrder();
        int maxDepth = rows.stream().mapToInt(Conversation.Branch::depth).max().orElse(0);
        int width = LEFT + (maxDepth + 1) * INDENT + 320;
        int height = TOP + (rows.size() + 1) * ROW;
        Markup s = new Markup();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "reply-tree", "viewBox", "0 0 " + width + " " + height,
                        "width", Integer.toString(width), "role", "img", "aria-labelledby", "reply-tree-title")
                .element("title", "Reply tree of " + documentTitle + ": " + rows.size() + " responses", "id", "reply-tree-title");
        // Edges first, so nodes sit on top of them.
        int[] ys = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) ys[i] = TOP + (i + 1) * ROW;
        java.util.Map<String, Integer> rowOf = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) rowOf.put(rows.get(i).item().iri(), i);
        for (int i = 0; i < rows.size(); i++) {
            Conversation.Branch b = rows.get(i);
            Integer parentRow = b.depth() == 0 ? null : rowOf.get(b.item().parent());
            int px = x(b.depth() - 1); // the document's column for the first level
            int py = parentRow == null ? TOP : ys[parentRow];
            s.empty("path", "class", "edge", "d", "M" + px + " " + py + " V" + ys[i] + " H" + x(b.depth()));
        }
        s.open("g", "class", "node root").empty("circle", "cx", Integer.toString(x(-1)), "cy", Integer.toString(TOP), "r", "7")
                .element("text", documentTitle, "x", Integer.toString(x(-1) + 12), "y", Integer.toString(TOP + 4)).close("g");
        for (int i = 0; i < rows.size(); i++) {
            ReadModel.Response item = rows.get(i).item();
            int cx = x(rows.get(i).depth());
            String label = (item.position() == null ? "" : "#" + item.position() + " ") + Conversation.who(item);
            s.open("a", "href", item.position() == null ? null : "#" + Links.anchor(item.position()), "class", "node " + kindClass(item.kind()))
                    .element("title", label + (item.kind() == null ? "" : " (" + item.kind() + ")"))
                    .empty("circle", "cx", Integer.toString(cx), "cy", Integer.toString(ys[i]), "r", "6")
                    .element("text", label, "x", Integer.toString(cx + 11), "y", Integer.toString(ys[i] + 4))
                    .close("a");
        }
        return s.close("svg").toSafe();
    }

    private static int x(int depth) { return LEFT + (depth + 1) * INDENT; }

    static String kindClass(String kind) {
        return kind == null ? "other" : kind.toLowerCase(Locale.ROOT);
    }
}
