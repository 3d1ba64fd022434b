package org.workgraph.loader.digest;

import org.workgraph.loader.text.Search;

/**
 * Lines a page prints around its items that belong to no item's shape: the skip link a theme prints first ("Skip to
 * content", "Jump to navigation") and a link's tags line ("(tags: office work desks)", "Tags: remote, pay"), which link blogs
 * print under every link. Taken as headlines they open items of their own and shift every item's boundary by one line.
 */
final class ItemFurniture {
    /** A skip link: "Skip to content", "Skip to main content", "Jump to navigation", "Skip navigation". */
    private static final Search SKIP_LINK = Search.compile(
            "^(?i:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer)|skip navigation)$");
    /** A tags line: "(tags: a b c)", cut off or not, "Tags: a, b", "Tagged with: a". */
    private static final Search TAGS = Search.compile("^\\(?(?i:tags|tagged(?: with)?)\\s*:\\s*\\S");

    private ItemFurniture() {}

    static boolean is(String line) {
        String t = line.strip();
        return SKIP_LINK.matches(t) || tags(t);
    }

    /** Whether the line is a tags line, which closes the item above it. */
    static boolean tags(String line) {
        return TAGS.find(line.strip());
    }
}
