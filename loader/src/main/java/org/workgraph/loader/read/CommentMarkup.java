package org.workgraph.loader.read;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The ways pages mark up a comment thread, most explicit first. A page's thread is read in the first markup that finds
 * comments on it; each markup names the element that holds one comment (its anchor). Nesting is not part of a markup:
 * it comes from where the anchors sit in the DOM ({@link PageReader}).
 */
enum CommentMarkup {
    /**
     * Microformats2: comments as h-cite or h-entry marked p-comment or u-comment, or h-entry replies within the post's
     * h-entry that say what they answer ({@code u-in-reply-to}).
     */
    MICROFORMATS(".h-cite.p-comment, .h-cite.u-comment, .h-entry.p-comment, .h-entry.u-comment, .h-entry .h-entry:has(.u-in-reply-to)"),
    /** Schema.org microdata: an itemscope of type Comment. */
    SCHEMA_ORG("[itemscope][itemtype~=(?i)schema\\.org/(User)?Comments?$]"),
    /** WordPress themes (and Blogger's newer layouts): list items classed comment, pingback or trackback. */
    WORDPRESS("li.comment, li.pingback, li.trackback"),
    /** Comment plugins that keep the comment id in a data attribute (Epoch). */
    DATA_ID("[data-comment-id][id^=comment-]"),
    /** Blogger's classic template: a dt per commenter, its comment and time in the dd elements after it. */
    BLOGGER_CLASSIC("dl#comments-block > dt, dl.comments-block > dt"),
    /** Comment blocks: TypePad, Drupal, Disqus as rendered into the page, and many hand-made themes. */
    COMMENT_BLOCKS("div.comment, article.comment, #disqus_thread li.post, div.comment-item, li.comment-item"),
    /**
     * Comment systems that prefix their class names ("isso-comment", "talk-comment"): an element with a class that
     * ends in "-comment" or "_comment" (the parts inside, "…-comment-header", do not end so), or marked
     * {@code itemprop=comment}.
     */
    PREFIXED_COMMENTS("[class~=(?i)(?:^|\\s)[a-z0-9]+(?:[-_][a-z0-9]+)*[-_]comment(?:\\s|$)], [itemprop=comment]"),
    /** Elements whose id is a comment's ("comment-1689"): older themes that mark nothing else. */
    COMMENT_IDS("[id~=^(?i)comment-?\\d+$]"),
    /** Lists of comments with no comment class on their items. */
    LISTS(".commentlist > li, .comment-list > li, .comments-list > li, ol.comments > li, ul.comments > li"),
    /**
     * The last resort before the page's text: blocks that repeat (the same tag and classes, two or more) and each hold a
     * writer, a time and text of their own. Forums (phpBB, Discourse), comment widgets with generated class names and
     * response streams mark their comments this way without the word "comment". See {@link RepeatedBlocks}.
     */
    REPEATED_BLOCKS("") {
        @Override
        List<Element> candidates(Element root) {
            return RepeatedBlocks.find(root);
        }
    };

    private final String selector;

    CommentMarkup(String selector) {
        this.selector = selector;
    }

    /**
     * The anchors of this markup on the page, in document order: ones in a form, a sidebar widget of recent comments
     * or with no text are not comments.
     */
    List<Element> anchors(Element root) {
        List<Element> found = candidates(root);
        List<Element> out = new ArrayList<>();
        for (Element e : found) {
            if (e.closest("form, .widget, .recentcomments, template") != null) continue;
            // A hidden template for previews, or an empty shell, is no comment.
            if (e.closest("[hidden], .hiddenBox, .hidden, [id*=preview], [style*=display:none], [style*=display: none]") != null) continue;
            if (!e.text().codePoints().anyMatch(Character::isLetterOrDigit)) continue;
            out.add(e);
        }
        return out;
    }

    /** The elements this markup names, before the ones that are no comment are left out. */
    List<Element> candidates(Element root) {
        return root.select(selector);
    }

    /** The elements that make up one comment: the anchor, and for Blogger's classic list the dd elements after it. */
    List<Element> parts(Element anchor) {
        if (this != BLOGGER_CLASSIC) return List.of(anchor);
        List<Element> parts = new ArrayList<>(List.of(anchor));
        for (Element s = anchor.nextElementSibling(); s != null && s.normalName().equals("dd"); s = s.nextElementSibling()) parts.add(s);
        return parts;
    }
}
