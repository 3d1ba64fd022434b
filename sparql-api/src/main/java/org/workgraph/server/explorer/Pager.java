package org.workgraph.server.explorer;

/** The explorer's list views show a page of rows at a time; {@code ?offset=N} asks for a later page. */
record Pager(long offset) {
    static final int SIZE = 100;

    /** The offset a request asks for: a missing, negative or unreadable value is the first page. */
    static Pager of(String offset) {
        if (offset == null) return new Pager(0);
        try {
            return new Pager(Math.max(0, Long.parseLong(offset.strip())));
        } catch (NumberFormatException e) {
            return new Pager(0);
        }
    }

    /** "Rows 101 to 200 of 340" and links to the pages before and after, when there is more than one page. */
    void links(Markup h, String path, long shown, long total) {
        if (total <= SIZE && offset == 0) return;
        h.open("p", "class", "meta pager");
        h.text(shown == 0 ? "No rows here, of " + total + ". " : "Rows " + (offset + 1) + " to " + (offset + shown) + " of " + total + ". ");
        if (offset > 0) h.link(path + "?offset=" + Math.max(0, offset - SIZE), "Previous page").text(" ");
        if (offset + SIZE < total) h.link(path + "?offset=" + (offset + SIZE), "Next page");
        h.close("p");
    }
}
