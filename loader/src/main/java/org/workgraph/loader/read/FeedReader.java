package org.workgraph.loader.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Text;

/**
 * Feeds (RSS 2.0, Atom) of posts or comments, and Blogger's Atom export. Each post is a document; comments join
 * their post by RFC 4685 {@code thr:in-reply-to} (a comment answering a comment is its reply), or, in a post's own
 * comments feed, by the feed's link to the post. A Blogger export's entries say what they are in a kind category:
 * posts and comments are read, its settings and template entries skipped and counted. A feed is read whole (comments
 * may come before or after their post), so it is bounded by the markup size limit.
 */
public final class FeedReader implements DocumentReader {
    private static final Pattern COMMENTS_FEED = Pattern.compile("(?i)^\\s*comments\\s+(?:on|for)\\s+(.+?)\\s*$");

    @Override
    public String format() { return "feed"; }

    @Override
    public boolean claims(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".atom") || n.endsWith(".rss");
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        String h = new String(head, StandardCharsets.ISO_8859_1);
        return claims(fileName) && (h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:RDF")) && !h.contains("wordpress.org/export/");
    }

    @Override
    public boolean holdsMany() { return true; }

    private static final class Entry {
        String id, title, link, author, published, updated, html, replyRef, replyHref, kind;
        boolean draft;
        final List<String> categories = new ArrayList<>();
        int line;
    }

    @Override
    public ReadSummary read(Path file, ReadContext context, Consumer<ReadItem> out) throws IOException, ParseException {
        long size = Files.size(file);
        if (size > context.maxMarkupBytes()) {
            throw new ParseException(0, "feed is " + size + " bytes, over the limit of " + context.maxMarkupBytes() + " for markup");
        }
        List<Entry> entries = new ArrayList<>();
        String feedTitle = null, feedLink = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); XmlStream xml = new XmlStream(in)) {
            Entry e = null;
            while (xml.next()) {
                String name = xml.name();
                if (xml.isEnd()) {
                    if ((name.equals("entry") || name.equals("item")) && e != null) {
                        entries.add(e);
                        e = null;
                    }
                    continue;
                }
                if (name.equals("entry") || name.equals("item")) {
                    e = new Entry();
                    e.line = xml.line();
                    continue;
                }
                if (e == null) {
                    // The feed's own title and page: for a post's comments feed, the post.
                    if (name.equals("title") && feedTitle == null) feedTitle = xml.text();
                    else if (name.equals("link")) {
                        Map<String, String> a = xml.attributes();
                        String href = a.containsKey("href") ? a.get("href") : xml.text();
                        if (feedLink == null && a.getOrDefault("rel", "alternate").equals("alternate")) feedLink = href;
                    }
                    continue;
                }
                entry(xml, name, e);
            }
        }
        return assemble(file, context, entries, feedTitle, feedLink, out);
    }

    private static void entry(XmlStream xml, String name, Entry e) throws ParseException {
        Map<String, String> a = xml.isStart() ? xml.attributes() : Map.of();
        switch (name) {
            case "id", "guid" -> e.id = xml.text();
            case "title" -> e.title = xml.text();
            case "link" -> {
                String href = a.get("href");
                String text = xml.text();
                if (href == null) {
                    if (e.link == null) e.link = text;
                } else if (a.getOrDefault("rel", "alternate").equals("alternate") && e.link == null) {
                    e.link = href;
                }
            }
            case "name", "creator" -> { if (e.author == null) e.author = xml.text(); }
            // Atom's <author> holds a <name>, read on its own; RSS's holds an e-mail address, which is no name.
            case "published", "pubDate", "date" -> { if (e.published == null) e.published = xml.text(); }
            case "updated" -> e.updated = xml.text();
            case "content", "encoded" -> {
                String t = xml.text();
                if (e.html == null || e.html.length() < t.length()) e.html = t;
            }
            case "summary", "description" -> {
                String t = xml.text();
                if (e.html == null) e.html = t;
            }
            case "in-reply-to" -> {
                e.replyRef = a.get("ref");
                e.replyHref = a.get("href");
                xml.text();
            }
            case "category" -> {
                String scheme = a.getOrDefault("scheme", "");
                String term = a.containsKey("term") ? a.get("term") : xml.text();
                if (scheme.endsWith("#kind")) e.kind = term.substring(term.lastIndexOf('#') + 1);
                else if (term != null && !term.isBlank() && !term.startsWith("http")) e.categories.add(Text.normalizeSpace(term));
            }
            case "draft" -> e.draft = xml.text().equalsIgnoreCase("yes");
            default -> { }
        }
    }

    private static ReadSummary assemble(Path file, ReadContext context, List<Entry> entries, String feedTitle, String feedLink,
                                        Consumer<ReadItem> out) {
        Map<String, Integer> skipped = new TreeMap<>();
        boolean export = entries.stream().anyMatch(e -> e.kind != null);
        java.util.regex.Matcher cf = feedTitle == null ? null : COMMENTS_FEED.matcher(feedTitle);
        boolean commentsFeed = cf != null && cf.matches();
        Map<String, Entry> posts = new LinkedHashMap<>();
        List<Entry> comments = new ArrayList<>();
        for (Entry e : entries) {
            if (export && e.kind != null && !e.kind.equals("post") && !e.kind.equals("comment")) {
                skipped.merge("entries that are neither posts nor comments skipped (" + e.kind + ")", 1, Integer::sum);
            } else if (e.draft) {
                skipped.merge("drafts skipped", 1, Integer::sum);
            } else if ("comment".equals(e.kind) || e.replyRef != null || e.replyHref != null || commentsFeed) {
                comments.add(e);
            } else {
                posts.put(key(e), e);
            }
        }
        // Each comment's post: by reference to a post, or through the comment it answers, or by the post's address.
        Map<String, Entry> commentsById = new HashMap<>();
        for (Entry c : comments) if (c.id != null) commentsById.put(c.id, c);
        Map<String, List<Entry>> threads = new LinkedHashMap<>();
        Map<String, String> orphanTitles = new HashMap<>();
        for (Entry c : comments) {
            String post = postOf(c, posts, commentsById, commentsFeed ? feedLink : null, 0);
            if (post == null) {
                skipped.merge("comments whose post cannot be told skipped", 1, Integer::sum);
                continue;
            }
            threads.computeIfAbsent(post, k -> new ArrayList<>()).add(c);
            // "Comments on TITLE": the title of the one post a post's comments feed is about, not of a site's.
            if (commentsFeed && feedLink != null && post.equals(stripFragment(feedLink))) orphanTitles.put(post, cf.group(1));
        }
        for (Map.Entry<String, Entry> p : posts.entrySet()) emit(file, context, p.getValue(), p.getKey(), null, threads.remove(p.getKey()), out);
        // Comments on posts the feed does not hold (a comments feed): the post is known only by its address.
        for (Map.Entry<String, List<Entry>> t : threads.entrySet()) emit(file, context, null, t.getKey(), orphanTitles.get(t.getKey()), t.getValue(), out);
        List<String> notes = new ArrayList<>();
        skipped.forEach((why, n) -> notes.add(n + " " + why));
        return new ReadSummary(notes);
    }

    /** A post's key: its id, else its link. */
    private static String key(Entry e) { return e.id != null ? e.id : e.link; }

    private static String postOf(Entry c, Map<String, Entry> posts, Map<String, Entry> commentsById, String feedLink, int depth) {
        if (depth > 1000) return null;
        if (c.replyRef != null) {
            if (posts.containsKey(c.replyRef)) return c.replyRef;
            Entry parent = commentsById.get(c.replyRef);
            if (parent != null && parent != c) return postOf(parent, posts, commentsById, feedLink, depth + 1);
        }
        if (c.replyHref != null) {
            for (Map.Entry<String, Entry> p : posts.entrySet()) if (c.replyHref.equals(p.getValue().link)) return p.getKey();
            if (!commentsById.containsKey(c.replyRef == null ? "" : c.replyRef)) return stripFragment(c.replyHref);
        }
        if (feedLink != null) return stripFragment(feedLink);
        // A comment's own link is its post's address with the comment as the fragment or query.
        if (c.link != null && c.replyRef == null) return stripFragment(c.link).replaceFirst("\\?.*$", "");
        return null;
    }

    private static String stripFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }

    private static void emit(Path file, ReadContext context, Entry post, String key, String title, List<Entry> comments, Consumer<ReadItem> out) {
        List<Entry> thread = comments == null ? List.of() : comments;
        String url = Markup.absoluteUrl(post != null ? post.link : key);
        Source source = new Source(file.getFileName().toString(), digest(post, thread), url, url == null ? key : null, null);
        if (context.unchanged().test(source)) {
            out.accept(new ReadItem.Unchanged(source));
            return;
        }
        Map<String, Boolean> ids = new HashMap<>();
        for (Entry c : thread) if (c.id != null) ids.put(c.id, true);
        List<Threads.Entry> entries = new ArrayList<>();
        int n = 0;
        for (Entry c : thread) {
            n++;
            String parent = c.replyRef != null && ids.containsKey(c.replyRef) ? c.replyRef : null;
            OffsetDateTime at = Markup.instant(c.published != null ? c.published : c.updated);
            String sortKey = (at == null ? "~" : at.toInstant().toString()) + "#" + String.format("%08d", n);
            entries.add(new Threads.Entry(c.id != null ? c.id : "entry-" + n, parent, ResponseKind.COMMENT, writer(c),
                    Markup.date(c.published != null ? c.published : c.updated).orElse(null), sortKey, c.html == null ? "" : c.html, null, null, c.line));
        }
        List<String> warnings = new ArrayList<>();
        BlogPost doc = new BlogPost(source, post != null ? Markup.emptyToNull(post.title) : title, post != null ? writer(post) : null,
                post == null ? null : Markup.date(post.published != null ? post.published : post.updated).orElse(null),
                post == null ? List.of() : post.categories, null, post == null ? "" : Text.normalizeSpace(Markup.textOfHtml(post.html)),
                Threads.order(entries, warnings::add));
        out.accept(new ReadItem.Parsed(doc, warnings));
    }

    private static String writer(Entry e) {
        return e.author == null ? null : Markup.emptyToNull(Text.normalizeSpace(e.author));
    }

    private static String digest(Entry post, List<Entry> comments) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Entry> all = new ArrayList<>();
            if (post != null) all.add(post);
            all.addAll(comments);
            for (Entry e : all) {
                md.update((e.id + "\u0001" + e.title + "\u0001" + e.author + "\u0001" + e.published + "\u0001" + e.replyRef + "\u0001" + e.html)
                        .getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
