package org.workgraph.loader.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jsoup.nodes.Element;

/**
 * Comments found by what every comment shows rather than by a name for it: blocks of the same kind (tag and classes,
 * leaving out the classes that vary from block to block, like "bg2", "odd" or "depth-3"), two or more, each with a
 * writer (an element named for an author, user or name, an h-card, a cite), a time (a {@code time} element, a
 * {@code datetime}, an element named for a date or time) and text beyond those. Of the kinds that qualify, the one with
 * most blocks is the comments, and of kinds with as many, the outermost (a post's inner wrapper repeats as often as the
 * post). Blocks in page furniture (header, navigation, sidebars, related posts) are not comments.
 */
final class RepeatedBlocks {
    static final String WRITER = "[class*=author], [class*=user], [class*=name], [itemprop=author], .h-card, cite, a[rel~=author]";
    static final String TIME = "time, [datetime], [class*=date], [class*=time]";
    private static final String FURNITURE = "header, nav, footer, aside, form, .widget, [class*=related], [id*=related], [class*=sidebar], "
            + "[id*=sidebar], [class*=share], template";
    /** Classes that tell blocks of one kind apart rather than name the kind. */
    private static final java.util.regex.Pattern VARYING = java.util.regex.Pattern.compile("(?i).*\\d.*|odd|even|alt|first|last|.*-(odd|even)");
    /** Text of its own a block needs besides its writer and time, in letters: a comment says something. */
    private static final int MIN_LETTERS = 12;
    /**
     * Looking into a block costs its size, and a hostile page may nest thousands of blocks of one kind: a block of more
     * elements than this (a comment with a long thread of replies is a few thousand) is not a comment, and the blocks
     * looked into on one page are bounded by {@link #BUDGET} elements in all, past which the page has no such thread.
     */
    private static final int MAX_BLOCK = 20_000;
    private static final long BUDGET = 5_000_000;

    private RepeatedBlocks() {}

    static List<Element> find(Element root) {
        Map<String, List<Element>> kinds = new LinkedHashMap<>();
        for (Element e : root.getAllElements()) {
            if (e == root) continue;
            String kind = kind(e);
            if (kind != null) kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(e);
        }
        Map<Element, Integer> sizes = sizes(root);
        long spent = 0;
        List<List<Element>> qualified = new ArrayList<>();
        for (List<Element> blocks : kinds.values()) {
            if (blocks.size() < 2) continue;
            List<Element> comments = new ArrayList<>();
            for (Element b : blocks) {
                int size = sizes.getOrDefault(b, 0);
                if (size > MAX_BLOCK) continue;
                spent += size;
                if (spent > BUDGET) return List.of();
                if (looksLikeAComment(b)) comments.add(b);
            }
            if (comments.size() >= 2 && comments.size() * 2 >= blocks.size()) qualified.add(comments);
        }
        return qualified.stream()
                .max(Comparator.<List<Element>>comparingInt(List::size).thenComparingInt(b -> -depth(b.get(0))))
                .orElse(List.of());
    }

    /** How many elements each element holds, itself included: one pass, without recursion (pages nest deep). */
    private static Map<Element, Integer> sizes(Element root) {
        Map<Element, Integer> sizes = new java.util.IdentityHashMap<>();
        List<Element> all = root.getAllElements();
        // getAllElements is in document order: a parent comes before its children, so add sizes from the end.
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            int size = sizes.merge(e, 1, Integer::sum);
            Element p = e.parent();
            if (p != null && e != root) sizes.merge(p, size, Integer::sum);
        }
        return sizes;
    }

    private static String kind(Element e) {
        TreeSet<String> classes = new TreeSet<>();
        for (String c : e.classNames()) if (!VARYING.matcher(c).matches()) classes.add(c);
        // A block with no class that names its kind is any block: not a sign of comments.
        return classes.isEmpty() ? null : e.normalName() + "." + String.join(".", classes);
    }

    private static boolean looksLikeAComment(Element e) {
        if (e.closest(FURNITURE) != null) return false;
        Element writer = first(e, WRITER);
        Element time = first(e, TIME);
        if (writer == null || time == null) return false;
        String all = e.text();
        String rest = all.replace(writer.text(), "").replace(time.text(), "");
        return rest.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS;
    }

    /** The first element under {@code e} (not {@code e} itself) that the selector names. */
    private static Element first(Element e, String selector) {
        for (Element x : e.select(selector)) if (x != e) return x;
        return null;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element x = e.parent(); x != null; x = x.parent()) d++;
        return d;
    }
}
