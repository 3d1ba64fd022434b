package org.workgraph.server.explorer;

import java.util.regex.Pattern;

import org.workgraph.server.http.Html;

/**
 * Builds an HTML (or inline SVG) page in which every piece of text and every attribute value is escaped by
 * construction: there is no method that appends a caller's string unescaped. Tag and attribute names come
 * from this package's code and are checked anyway, so a slip cannot open a hole. The one way to add markup
 * is {@link #safe(Safe)}, for HTML this class or the search highlighter already escaped.
 */
final class Markup {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:-]*");
    /** Links may point at this server's paths, fragments, or http(s) IRIs; never at javascript: and the like. */
    private static final Pattern SAFE_HREF = Pattern.compile("(?i)(/[^/\\\\].*|/|#.*|\\?.*|https?://.*)");

    /** HTML that is already safe to place in a page (escaped text with markup of our own). */
    record Safe(String html) {}

    private final StringBuilder sb = new StringBuilder(8192);

    /** An opening tag; attributes as name, value pairs (a null value leaves the attribute out). */
    Markup open(String tag, String... attributes) {
        startTag(tag, attributes);
        sb.append('>');
        return this;
    }

    /** An element without content ({@code <br>}, {@code <input>}, or a self-closed SVG shape). */
    Markup empty(String tag, String... attributes) {
        startTag(tag, attributes);
        sb.append(tag.equals("br") || tag.equals("input") || tag.equals("meta") || tag.equals("link") ? ">" : "/>");
        return this;
    }

    Markup close(String tag) {
        sb.append("</").append(checked(tag)).append('>');
        return this;
    }

    /** Escaped text. */
    Markup text(Object text) {
        if (text != null) sb.append(Html.escape(text.toString()));
        return this;
    }

    /** An element holding only text. */
    Markup element(String tag, Object text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A link; an href that is missing or not a safe kind of URL gives the text alone. */
    Markup link(String href, Object text, String... attributes) {
        if (!safeHref(href)) return text(text);
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return element("a", text, all);
    }

    Markup newline() {
        sb.append('\n');
        return this;
    }

    Markup safe(Safe html) {
        if (html != null) sb.append(html.html());
        return this;
    }

    /** What has been built so far, as markup other builders may include. */
    Safe toSafe() { return new Safe(sb.toString()); }

    static boolean safeHref(String href) {
        return href != null && SAFE_HREF.matcher(href).matches();
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name, value pairs");
        sb.append('<').append(checked(tag));
        for (int i = 0; i < attributes.length; i += 2) {
            String value = attributes[i + 1];
            if (value == null) continue;
            String name = checked(attributes[i]);
            if (name.equalsIgnoreCase("href") && !safeHref(value)) continue;
            if (name.toLowerCase(java.util.Locale.ROOT).startsWith("on")) throw new IllegalArgumentException("no event handler attributes");
            sb.append(' ').append(name).append("=\"").append(Html.escape(value)).append('"');
        }
    }

    private static String checked(String name) {
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("not a tag or attribute name: " + name);
        return name;
    }

    @Override
    public String toString() { return sb.toString(); }
}
