package org.workgraph.loader.read;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Text;

/**
 * Reads one HTML page into the document model: the post from its markup and embedded metadata (schema.org JSON-LD
 * and microdata, microformats2, Open Graph, {@code <time datetime>}), the thread from the first
 * {@link CommentMarkup} that finds comments, with nesting from the DOM. A page whose markup shows no thread is read
 * from its visible text by the plain-text reader, with what the metadata states filled in.
 */
final class PageReader {
    private static final Pattern COUNT = Pattern.compile("^(\\d{1,6}|no|one)\\s+(?:comments?|responses?|thoughts?|replies|reactions?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER_WORDS = Pattern.compile("\\s*(?:says|said|wrote|writes)\\s*(?::|\\.\\.\\.|\u2026)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSTED_BY = Pattern.compile("(?i)(?:posted|submitted|written)\\s+by:?[\\s|]*([^|]+?)\\s*(?:\\||\\bon\\b|\\bat\\b|$)");
    private static final Pattern NOTICE = Pattern.compile("^(?i:pingback|trackback):?\\s*");

    private static final String[] WRITER = {".p-author .p-name", ".p-author", ".u-author", "[itemprop=author] [itemprop=name]", "[itemprop=author]",
            ".comment-author .fn", ".comment-author cite", "cite.fn", ".fn", "cite.author", ".epoch-author-link", ".comment-author-link",
            ".comment-author", ".comment-poster", ".commenter", ".username", ".user-name", "span.author", ".author", ".comment-meta cite", "cite"};
    /** General cues, for systems no rule above names: an element named for an author, a user or a name. */
    private static final String[] GENERAL_WRITER = {"[class*=author] a", "[class*=author]", "[class*=user] a", "[class*=user]", "[class*=name]"};
    private static final String[] DATE = {".dt-published", "[itemprop=datePublished]", "[itemprop=dateCreated]", "time[datetime]",
            // Disqus, as rendered into a saved page: "3 years ago" on screen, the date in the link's title.
            "[data-role=relative-time][title]", "a.time-ago[title]",
            "abbr.published", "abbr.commented", "abbr[title]", ".comment-date", ".comment-metadata", ".comment-meta", ".comment-timestamp",
            ".commentmetadata", ".datetime", ".date", ".comment-footer", ".submitted", ".metainfo", "time",
            // General cues: an element named for a date or time, its date in a title ("4 years ago" on screen).
            "[class*=date][title]", "[class*=time][title]", "[class*=date]", "[class*=time]", "[title]"};
    private static final String[] TEXT = {".e-content", ".p-content", "[itemprop=text]", "[itemprop=commentText]", "[itemprop=description]",
            ".comment-content", ".epoch-comment-content", ".contenttext", ".comment-text", ".comment-entry", "blockquote.entry-content", ".entry-content",
            ".post-message", "dd.comment-body", ".comment-body", ".field-name-comment-body", ".content"};
    /** General cues for a comment's text, for systems no rule above names; an element that holds the writer is not the text. */
    private static final String[] GENERAL_TEXT = {"[class*=text]", "[class*=body]", "[class*=message]", "[class*=content]"};
    /** Where a post's own text is, most specific first. */
    private static final String[] BODY = {"[itemprop=articleBody]", ".h-entry .e-content", ".entry-content", ".post-content", ".post-body",
            ".entry-body", ".article-body", ".article-content", ".blog_post-content", ".entry", "article", "main", "#content"};
    /** What surrounds a comment's text and is no part of it: its header, its footer, its reply and edit links. */
    private static final String FURNITURE = ".comment-meta, .comment-metadata, .comment-author, .vcard, .comment-footer, .reply, .comment-reply-link, "
            + ".edit-link, .comment-actions, .epoch-comment-actions, .epoch-comment-meta, .metainfo, .avatar, .comment-avatar, .submitted, "
            + ".p-author, .u-author, .dt-published, time, cite.fn, .commentmetadata, .comment-likes, "
            // General: a header, whom a flat reply answers, avatars and buttons.
            + "header, .in-reply-to, [class*=avatar], button";

    /** What a comment's text element may hold that is no part of the text. */
    private static final String INNER_FURNITURE = ".comment-likes, .comment-like-link, .sharedaddy, .reply, .comment-reply-link";

    private final ReadContext context;

    PageReader(ReadContext context) {
        this.context = context;
    }

    /** The page's facts about the post itself, from its metadata; any may be null. */
    record PostFacts(String title, String author, LocalDate published, String url, List<String> categories) {}

    Document read(org.jsoup.nodes.Document page, Source source, FrontMatter front, Consumer<String> warnings) throws ParseException {
        JsonLd ld = JsonLd.of(page);
        Thread thread = thread(page, null);
        PostFacts facts = facts(page, ld, thread.inComment(), front);
        if (facts.published() != null && thread.responses().stream().anyMatch(r -> r.date() == null)) {
            // Some comments print their date without a year (WordPress.com: "Jun 20th"): read them in the post's year.
            thread = thread(page, facts.published());
        }
        Source located = source.url() == null && facts.url() != null ? source.withUrl(facts.url()) : source;
        List<Response> responses = thread.responses();
        if (responses.isEmpty() && !ld.comments().isEmpty()) responses = ld.comments();
        if (responses.isEmpty()) {
            // No thread in the markup: read the visible text as the plain-text reader reads a dump of the page.
            String text = Markup.visibleText(page.body());
            if (facts.title() != null && !text.startsWith(facts.title())) text = facts.title() + "\n\n" + text;
            Document doc = context.text().parse(located, text, warnings);
            if (doc instanceof BlogPost p) {
                return new BlogPost(p.source(), first(p.title(), facts.title()), first(p.author(), facts.author()),
                        p.published() != null ? p.published() : facts.published(),
                        p.categories().isEmpty() ? facts.categories() : p.categories(), p.claimedResponseCount(), p.body(), p.responses(),
                        p.thread());
            }
            return doc;
        }
        String body = body(page, thread.inComment());
        return new BlogPost(located, facts.title(), facts.author(), facts.published(), facts.categories(), claimedCount(page, thread.inComment()),
                body, responses);
    }

    private static String first(String a, String b) { return a != null ? a : b; }

    // ---------------------------------------------------------------- the post

    private PostFacts facts(org.jsoup.nodes.Document page, JsonLd ld, Predicate<Element> inComment, FrontMatter front) {
        String title = ld.title();
        if (title == null) title = own(page, "[itemprop=headline], .h-entry > .p-name, .h-entry .p-name", inComment).map(Markup::flat).orElse(null);
        if (title == null) title = meta(page, "og:title");
        if (title == null) title = own(page, ".entry-title, .post-title", inComment).map(Markup::flat).orElse(null);
        if (title == null && front != null) title = front.title();
        if (title == null) {
            // A page's h1 is often its site's name: take it only when the page's title agrees.
            String h1 = own(page, "h1", inComment).map(Markup::flat).orElse(null);
            title = h1 != null && page.title().contains(h1) ? h1 : Markup.emptyToNull(page.title());
        }

        String author = ld.author();
        if (author == null) author = own(page, "[itemprop=author] [itemprop=name], [itemprop=author]", inComment).map(PageReader::name).orElse(null);
        if (author == null) author = own(page, ".h-entry .p-author .p-name, .h-entry .p-author", inComment).map(PageReader::name).orElse(null);
        if (author == null) author = page.select("meta[name=author]").stream().map(e -> Markup.emptyToNull(e.attr("content"))).filter(a -> a != null).findFirst().orElse(null);
        if (author == null) author = own(page, "a[rel=author], .byline .author, .entry-meta .author .fn, .entry-meta .author, .post-author .fn, .post-author, .author.vcard .fn",
                inComment).map(PageReader::name).orElse(null);
        if (author == null) {
            String a = meta(page, "article:author");
            if (a != null && !a.contains("/")) author = a;
        }

        LocalDate published = ld.published();
        if (published == null) published = own(page, "[itemprop=datePublished], .h-entry .dt-published", inComment).flatMap(Markup::dateOf).orElse(null);
        if (published == null) published = Markup.date(meta(page, "article:published_time")).orElse(null);
        if (published == null) {
            published = ownAll(page, "time[datetime], abbr.published, .entry-date, .published, .post-date, .date-header", inComment).stream()
                    .map(Markup::dateOf).flatMap(Optional::stream).findFirst().orElse(null);
        }
        if (published == null && front != null) published = front.date();

        String url = Markup.absoluteUrl(page.select("link[rel=canonical]").attr("href"));
        if (url == null) url = Markup.absoluteUrl(meta(page, "og:url"));
        if (url == null) url = Markup.absoluteUrl(ld.url());
        if (url == null && front != null) url = Markup.absoluteUrl(front.url());

        Set<String> categories = new LinkedHashSet<>(ld.categories());
        if (categories.isEmpty()) {
            for (Element a : ownAll(page, "a[rel~=category], [itemprop=articleSection]", inComment)) {
                String c = Markup.flat(a);
                if (c != null) categories.add(c);
            }
        }
        return new PostFacts(title, author, published, url, List.copyOf(categories));
    }

    /** The post's text: its content element, else the page's, without the thread or the page's furniture. */
    private static String body(org.jsoup.nodes.Document page, Predicate<Element> inComment) {
        Predicate<Element> skip = e -> inComment.test(e) || e.is("nav, form, .comments, #comments, .comment-respond, .sharedaddy, .jp-relatedposts");
        for (String selector : BODY) {
            Optional<Element> e = own(page, selector, inComment);
            if (e.isPresent()) return Text.normalizeSpace(Markup.visibleText(e.get(), skip));
        }
        return Text.normalizeSpace(Markup.visibleText(page.body(), skip.or(e -> e.is("header, footer, aside"))));
    }

    private static Integer claimedCount(org.jsoup.nodes.Document page, Predicate<Element> inComment) {
        for (Element e : page.select("#comments h2, #comments h3, .comments-title, #comments-title, .comment-count, .comments-header, h2.comments, h3.comments")) {
            if (inComment.test(e)) continue;
            Matcher m = COUNT.matcher(Text.normalizeSpace(e.text()));
            if (m.find()) {
                String n = m.group(1).toLowerCase(Locale.ROOT);
                return n.equals("no") ? 0 : n.equals("one") ? 1 : Integer.parseInt(n);
            }
        }
        return null;
    }

    private static String meta(org.jsoup.nodes.Document page, String property) {
        Element e = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null ? null : Markup.emptyToNull(e.attr("content"));
    }


    private static Optional<Element> own(Element root, String selector, Predicate<Element> inComment) {
        return root.select(selector).stream().filter(e -> !inComment.test(e)).findFirst();
    }

    private static List<Element> ownAll(Element root, String selector, Predicate<Element> inComment) {
        return root.select(selector).stream().filter(e -> !inComment.test(e)).toList();
    }

    /** A person's name as an element gives it: its text without "says:" and the like, or a link's title for an icon. */
    private static String name(Element e) {
        return name(Text.normalizeSpace(e.text()));
    }

    private static String name(String text) {
        String t = text;
        t = HEADER_WORDS.matcher(t).replaceFirst("");
        t = t.replaceFirst("(?i)^(?:view all posts by|more posts by|by|posted by:?|written by)\\s+", "");
        // A name, not an author box's biography.
        if (t.length() > 80 || t.split(" ").length > 8) return null;
        return Markup.emptyToNull(t);
    }

    // ---------------------------------------------------------------- the thread

    /** The thread the markup shows, and a test for whether an element lies in it. */
    private record Thread(List<Response> responses, Predicate<Element> inComment) {}

    /** @param postDate the post's date, for comment dates written without a year; null when not known */
    private Thread thread(org.jsoup.nodes.Document page, LocalDate postDate) {
        for (CommentMarkup markup : CommentMarkup.values()) {
            List<Element> anchors = markup.anchors(page.body());
            if (anchors.isEmpty()) continue;
            return new Thread(responses(markup, anchors, postDate), inAny(markup, anchors));
        }
        return new Thread(List.of(), e -> false);
    }

    private static Predicate<Element> inAny(CommentMarkup markup, List<Element> anchors) {
        Set<Element> parts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element a : anchors) parts.addAll(markup.parts(a));
        return e -> {
            for (Element x = e; x != null; x = x.parent()) if (parts.contains(x)) return true;
            return false;
        };
    }

    private List<Response> responses(CommentMarkup markup, List<Element> anchors, LocalDate postDate) {
        Map<Element, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < anchors.size(); i++) index.put(anchors.get(i), i);
        // The first anchor under each element that holds any: the head comment of a branch of the DOM.
        Map<Element, Integer> firstUnder = new IdentityHashMap<>();
        for (int i = 0; i < anchors.size(); i++) {
            for (Element x = anchors.get(i); x != null; x = x.parent()) {
                if (firstUnder.putIfAbsent(x, i) != null) break;
            }
        }
        Integer[] parents = new Integer[anchors.size()];
        for (int i = 0; i < anchors.size(); i++) parents[i] = parent(anchors.get(i), index, firstUnder, parents);
        inReplyTo(anchors, index, parents);

        List<Response> out = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            Element anchor = anchors.get(i);
            List<Element> parts = markup.parts(anchor);
            Predicate<Element> mine = e -> owner(e, index) == anchor || markup == CommentMarkup.BLOGGER_CLASSIC;
            boolean notice = anchor.hasClass("pingback") || anchor.hasClass("trackback")
                    || NOTICE.matcher(Text.normalizeSpace(anchor.text())).lookingAt() && anchor.text().length() < 400;
            String text = text(parts, mine, index, anchor);
            Integer parent = parents[i] == null ? null : parents[i] + 1;
            if (notice) {
                Element link = first(parts, "a[href]", mine).orElse(null);
                String title = link == null ? null : Markup.flat(link);
                String site = link == null ? null : host(link.attr("href"));
                ResponseKind kind = ResponseKind.PINGBACK;
                out.add(new Response(i + 1, null, kind, null, parent, date(parts, mine, postDate), text, title, site, Markup.line(anchor)));
            } else {
                out.add(new Response(i + 1, null, parent == null ? ResponseKind.COMMENT : ResponseKind.REPLY, writer(parts, mine),
                        parent, date(parts, mine, postDate), text, null, null, Markup.line(anchor)));
            }
        }
        return out;
    }

    /**
     * What a comment answers, from where its anchor sits. Climbing from the anchor, the first element that holds an
     * earlier comment decides: if it is a comment, the comment answers it (WordPress, Epoch: replies inside their
     * parent). Else the branches before ours beside it decide: a list of replies (a nested list, Drupal's indented
     * block) answers the comment item just before it; a comment item answers what the item before it answers (a flat
     * list of siblings).
     */
    private static Integer parent(Element anchor, Map<Element, Integer> index, Map<Element, Integer> firstUnder, Integer[] parents) {
        Element child = anchor;
        for (Element x = anchor.parent(); x != null; child = x, x = x.parent()) {
            if (index.containsKey(x)) return index.get(x);
            boolean replies = isReplyList(child, index) || repliesAfterComment(child, index, firstUnder);
            for (Element s = child.previousElementSibling(); s != null; s = s.previousElementSibling()) {
                if (!firstUnder.containsKey(s) || isReplyList(s, index) || repliesAfterComment(s, index, firstUnder)) continue;
                int head = firstUnder.get(s);
                return replies ? Integer.valueOf(head) : parents[head];
            }
        }
        return null;
    }

    private static final Pattern REPLY_LIST = Pattern.compile("(?i).*(children|child-of|replies|indented|nested).*");

    /** A branch that holds replies rather than being a comment: a list, or a block named for its children. */
    private static boolean isReplyList(Element e, Map<Element, Integer> index) {
        if (index.containsKey(e)) return false;
        if (e.normalName().equals("ol") || e.normalName().equals("ul")) return true;
        for (String c : e.classNames()) if (REPLY_LIST.matcher(c).matches()) return true;
        return false;
    }

    /**
     * A block of comments right after a comment, beside it (Remark42's "thread" blocks, any theme's unnamed wrapper of
     * replies): its replies. Comments each wrapped in a block of their own are not, as the block before is no comment.
     */
    private static boolean repliesAfterComment(Element e, Map<Element, Integer> index, Map<Element, Integer> firstUnder) {
        if (index.containsKey(e) || !firstUnder.containsKey(e)) return false;
        for (Element s = e.previousElementSibling(); s != null; s = s.previousElementSibling()) {
            if (firstUnder.containsKey(s)) return index.containsKey(s);
        }
        return false;
    }

    /** The comment an element belongs to: its nearest anchor. */
    private static Element owner(Element e, Map<Element, Integer> index) {
        for (Element x = e; x != null; x = x.parent()) if (index.containsKey(x)) return x;
        return null;
    }

    private static Optional<Element> first(List<Element> parts, String selector, Predicate<Element> mine) {
        for (Element part : parts) {
            for (Element e : part.select(selector)) if (mine.test(e)) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static String writer(List<Element> parts, Predicate<Element> mine) {
        for (String selector : WRITER) {
            Optional<Element> e = first(parts, selector, mine);
            if (e.isPresent()) {
                String n = name(e.get());
                if (n != null && n.length() <= 120) return n;
            }
        }
        for (String selector : GENERAL_WRITER) {
            for (Element part : parts) {
                for (Element e : part.select(selector)) {
                    if (!mine.test(e)) continue;
                    // Its own words first: a block named for the author often holds the avatar and the time beside the name.
                    String own = Text.normalizeSpace(e.ownText());
                    String n = own.codePoints().filter(Character::isLetter).count() >= 2 ? name(own) : name(e);
                    // A date is no one's name (the time link sits in the author's block on some themes).
                    if (n != null && n.length() <= 120 && Markup.date(n).isEmpty()) return n;
                }
            }
        }
        // "Posted by: NAME | date", "Submitted by NAME on date": a footer or header in words.
        for (Element part : parts) {
            for (Element e : part.select(".comment-footer, .metainfo, .submitted, p, div")) {
                if (!mine.test(e)) continue;
                Matcher m = POSTED_BY.matcher(Text.normalizeSpace(Markup.visibleText(e).replace('\n', '|')));
                if (m.find() && !m.group(1).isBlank() && m.group(1).length() <= 120) return m.group(1).strip();
            }
        }
        return null;
    }

    private static LocalDate date(List<Element> parts, Predicate<Element> mine, LocalDate postDate) {
        for (String selector : DATE) {
            for (Element part : parts) {
                for (Element e : part.select(selector)) {
                    if (!mine.test(e)) continue;
                    Optional<LocalDate> d = Markup.dateOf(e);
                    if (d.isPresent()) return d.get();
                }
            }
        }
        if (postDate == null) return null;
        for (String selector : DATE) {
            for (Element part : parts) {
                for (Element e : part.select(selector)) {
                    if (!mine.test(e)) continue;
                    Optional<LocalDate> d = Markup.dateWithoutYear(Text.normalizeSpace(e.text()), postDate);
                    if (d.isPresent()) return d.get();
                }
            }
        }
        return null;
    }

    /** A comment's own address: its microformats or schema.org URL, or the permalink on its date. */
    private static final String PERMALINK = ".u-url[href], [itemprop=url][href], a.permalink[href], a[class*=permalink][href], "
            + "[class*=date] a[href], a[class*=date][href], [class*=time] a[href], a[class*=time][href], a[href]:has(time)";
    /** A link that says what a comment answers: microformats2's u-in-reply-to, or a block named "in reply to" (Discourse). */
    private static final String IN_REPLY_TO = ".u-in-reply-to[href], [class*=in-reply-to] a[href], a[class*=in-reply-to][href], a[class*=reply-to][href]";

    /**
     * Replies by reference, for threads shown flat: a comment whose in-reply-to link ({@link #IN_REPLY_TO}) points at
     * another comment on the page (at its permalink, or at its id as the link's fragment) answers that comment,
     * whatever the DOM nesting says; a link to the post or elsewhere leaves the DOM's answer.
     */
    private static void inReplyTo(List<Element> anchors, Map<Element, Integer> index, Integer[] parents) {
        Map<String, Integer> byAddress = new java.util.HashMap<>();
        for (int i = 0; i < anchors.size(); i++) {
            Element a = anchors.get(i);
            if (!a.id().isEmpty()) byAddress.putIfAbsent("#" + a.id(), i);
            for (Element u : a.select(PERMALINK)) {
                if (owner(u, index) != a) continue;
                byAddress.putIfAbsent(u.attr("href").strip(), i);
                int hash = u.attr("href").indexOf('#');
                if (hash >= 0) byAddress.putIfAbsent(u.attr("href").substring(hash).strip(), i);
            }
        }
        for (int i = 0; i < anchors.size(); i++) {
            Element a = anchors.get(i);
            for (Element link : a.select(IN_REPLY_TO)) {
                if (owner(link, index) != a) continue;
                String href = link.attr("href").strip();
                Integer target = byAddress.get(href);
                if (target == null && href.indexOf('#') >= 0) target = byAddress.get(href.substring(href.indexOf('#')));
                if (target != null && target < i) {
                    parents[i] = target;
                    break;
                }
            }
        }
    }

    private static String text(List<Element> parts, Predicate<Element> mine, Map<Element, Integer> index, Element anchor) {
        Predicate<Element> nested = e -> index.containsKey(e) && e != anchor || e.is("ol.children, ul.children, .epoch-child, .indented, .comment-replies");
        for (String selector : TEXT) {
            Optional<Element> e = first(parts, selector, mine);
            // Like buttons and share bars sit inside the text's element on some hosts (WordPress.com's "Like").
            if (e.isPresent() && !e.get().text().isBlank()) return Text.normalizeSpace(Markup.visibleText(e.get(), nested.or(x -> x.is(INNER_FURNITURE))));
        }
        for (String selector : GENERAL_TEXT) {
            for (Element part : parts) {
                for (Element e : part.select(selector)) {
                    if (e == anchor || !mine.test(e) || e.text().isBlank() || !e.select(RepeatedBlocks.WRITER).isEmpty()) continue;
                    return Text.normalizeSpace(Markup.visibleText(e, nested.or(x -> x.is(INNER_FURNITURE))));
                }
            }
        }
        StringBuilder all = new StringBuilder();
        for (Element part : parts) {
            if (part != anchor && part.is(".comment-timestamp")) continue;
            Element p = part;
            all.append(Markup.visibleText(p, nested.or(x -> x != p && x.is(FURNITURE)))).append('\n');
        }
        String t = Text.normalizeSpace(all.toString());
        return HEADER_WORDS.matcher(t).replaceFirst("");
    }

    private static String host(String href) {
        try {
            String h = new URI(href.strip()).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
