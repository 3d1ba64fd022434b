package org.workgraph.server.explorer;

/** Running text from the data, as paragraphs (escaped, like all text). */
final class Prose {
    private Prose() {}

    static void paragraphs(Markup h, String text) {
        if (text == null || text.isBlank()) return;
        for (String para : text.strip().split("\\n\\s*\\n")) h.element("p", para.strip());
    }

    /** A kind as readers say it: "BlogPost" is "Blog post". */
    static String kind(String kind, String otherwise) {
        if (kind == null) return otherwise;
        String spaced = kind.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
