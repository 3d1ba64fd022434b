package org.workgraph.loader.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Text;

/**
 * WordPress exports (WXR, any version): each published post or page is a document with its title, author, date,
 * categories and content, and its approved comments with their exact nesting ({@code wp:comment_parent}); pingbacks
 * and trackbacks are read as such. Read item by item, so an export of any size is never held whole.
 */
public final class WxrReader implements DocumentReader {
    @Override
    public String format() { return "wxr"; }

    @Override
    public boolean claims(String fileName) { return fileName.toLowerCase(Locale.ROOT).endsWith(".xml"); }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        return claims(fileName) && new String(head, StandardCharsets.ISO_8859_1).contains("wordpress.org/export/");
    }

    @Override
    public boolean holdsMany() { return true; }

    /** One item while it is read. */
    private static final class Item {
        String title, link, guid, creator, pubDate, postDate, content, postId, postType = "post", status = "publish";
        final List<String> categories = new ArrayList<>();
        final List<Threads.Entry> comments = new ArrayList<>();
        int line;
    }

    @Override
    public ReadSummary read(Path file, ReadContext context, Consumer<ReadItem> out) throws IOException, ParseException {
        Map<String, Integer> skipped = new TreeMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file)); XmlStream xml = new XmlStream(in)) {
            Item item = null;
            // The channel's wp:author entries: an item names its writer by login (dc:creator), a page by display name.
            Map<String, String> displayNames = new java.util.HashMap<>();
            String login = null;
            while (xml.next()) {
                String name = xml.name();
                if (xml.isEnd()) {
                    if (name.equals("item") && item != null) {
                        emit(item, displayNames, file, context, out, skipped);
                        item = null;
                    }
                    continue;
                }
                if (name.equals("item")) {
                    item = new Item();
                    item.line = xml.line();
                    continue;
                }
                if (item == null) {
                    if (name.equals("author_login")) login = Markup.emptyToNull(xml.text());
                    else if (name.equals("author_display_name") && login != null) {
                        String shown = Markup.emptyToNull(xml.text());
                        if (shown != null) displayNames.put(login, shown);
                        login = null;
                    }
                    continue;
                }
                switch (name) {
                    case "title" -> item.title = xml.text();
                    case "link" -> item.link = xml.text();
                    case "guid" -> item.guid = xml.text();
                    case "creator" -> item.creator = xml.text();
                    case "pubDate" -> item.pubDate = xml.text();
                    case "post_date" -> item.postDate = xml.text();
                    case "encoded" -> {
                        // content:encoded is the post; excerpt:encoded comes after it and is only a summary
                        String t = xml.text();
                        if (item.content == null) item.content = t;
                    }
                    case "post_id" -> item.postId = xml.text();
                    case "post_type" -> item.postType = xml.text();
                    case "status" -> item.status = xml.text();
                    case "category" -> {
                        String domain = xml.attributes().getOrDefault("domain", "category");
                        String c = xml.text();
                        if (domain.equals("category") && !c.isBlank()) item.categories.add(Text.normalizeSpace(c));
                    }
                    case "comment" -> comment(xml, item, skipped);
                    default -> { }
                }
            }
        }
        List<String> notes = new ArrayList<>();
        skipped.forEach((why, n) -> notes.add(n + " " + why));
        return new ReadSummary(notes);
    }

    /** A wp:comment: kept when approved; pingbacks and trackbacks keep the linking post's title and site. */
    private static void comment(XmlStream xml, Item item, Map<String, Integer> skipped) throws ParseException {
        String id = null, author = null, url = null, date = null, content = null, approved = "1", type = "", parent = null;
        int line = xml.line();
        while (xml.next()) {
            String name = xml.name();
            if (xml.isEnd()) {
                if (name.equals("comment")) break;
                continue;
            }
            switch (name) {
                case "comment_id" -> id = xml.text();
                case "comment_author" -> author = xml.text();
                case "comment_author_url" -> url = xml.text();
                case "comment_date" -> date = xml.text();
                case "comment_content" -> content = xml.text();
                case "comment_approved" -> approved = xml.text();
                case "comment_type" -> type = xml.text();
                case "comment_parent" -> parent = xml.text();
                default -> xml.text();
            }
        }
        if (!approved.equals("1")) {
            skipped.merge(approved.equals("spam") ? "comments marked spam skipped" : "comments not approved skipped", 1, Integer::sum);
            return;
        }
        ResponseKind kind = type.equalsIgnoreCase("pingback") || type.equalsIgnoreCase("trackback") ? ResponseKind.PINGBACK : ResponseKind.COMMENT;
        String parentId = parent == null || parent.isBlank() || parent.equals("0") ? null : parent.strip();
        String sortKey = (date == null ? "" : date) + "#" + String.format("%012d", number(id));
        boolean notice = kind == ResponseKind.PINGBACK;
        item.comments.add(new Threads.Entry(id == null ? "line-" + line : id.strip(), parentId, kind, Markup.emptyToNull(author),
                Markup.date(date).orElse(null), sortKey, content == null ? "" : content,
                notice && author != null ? Markup.emptyToNull(org.jsoup.parser.Parser.unescapeEntities(author, false)) : null, notice ? host(url) : null, line));
    }

    private static void emit(Item item, Map<String, String> displayNames, Path file, ReadContext context, Consumer<ReadItem> out, Map<String, Integer> skipped) {
        String type = item.postType == null ? "post" : item.postType.strip();
        if (!type.equals("post") && !type.equals("page")) {
            skipped.merge("items not posts or pages skipped (attachments, menus and the like)", 1, Integer::sum);
            return;
        }
        if (item.status != null && !item.status.strip().equals("publish")) {
            skipped.merge("posts not published skipped (drafts, private, trash)", 1, Integer::sum);
            return;
        }
        String url = Markup.absoluteUrl(item.link) != null ? Markup.absoluteUrl(item.link) : Markup.absoluteUrl(item.guid);
        String entry = item.postId == null ? "line-" + item.line : "post-" + item.postId.strip();
        Source source = new Source(file.getFileName().toString(), digest(item), url, entry, null);
        if (context.unchanged().test(source)) {
            out.accept(new ReadItem.Unchanged(source));
            return;
        }
        List<String> warnings = new ArrayList<>();
        String creator = Markup.emptyToNull(item.creator);
        BlogPost post = new BlogPost(source, Markup.emptyToNull(item.title), creator == null ? null : displayNames.getOrDefault(creator, creator),
                Markup.date(item.postDate).or(() -> Markup.date(item.pubDate)).orElse(null), item.categories, null,
                Text.normalizeSpace(Markup.textOfHtml(item.content)), Threads.order(item.comments, warnings::add));
        out.accept(new ReadItem.Parsed(post, warnings));
    }

    /** What an item states, hashed: an export has no bytes per post, so a post's hash is that of what was read from it. */
    private static String digest(Item item) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {item.title, item.link, item.creator, item.postDate, item.content, String.join("\u0001", item.categories)}) {
                md.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            for (Threads.Entry c : item.comments) {
                md.update((c.id() + "\u0001" + c.parent() + "\u0001" + c.writer() + "\u0001" + c.date() + "\u0001" + c.html()).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static long number(String id) {
        try {
            return id == null ? 0 : Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }


    static String host(String url) {
        String a = Markup.absoluteUrl(url);
        return a == null ? null : URI.create(a).getHost().replaceFirst("^www\\.", "");
    }
}
