package org.workgraph.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.workgraph.loader.Loader;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;

/**
 * The real saved pages, exports and feeds of ../shared/realformats (skipped when absent). Expected figures are read
 * from the files themselves or from their catalogue, never from this reader: comment anchors counted by id in the
 * markup, approved wp:comment elements counted in the export.
 */
class RealFormatsTest {
    static final Path DIR = Path.of(System.getProperty("workgraph.shared", "../../shared")).resolve("realformats");
    private final Loader loader = new Loader();

    static List<BlogPost> posts(Loader loader, Path file) throws Exception {
        List<BlogPost> out = new ArrayList<>();
        for (ReadItem i : loader.readAll(file)) if (i instanceof ReadItem.Parsed p && p.document() instanceof BlogPost b) out.add(b);
        return out;
    }

    /** Each page with the comments its catalogue counts, and the replies (the catalogue's nesting notes). */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("html/typepad-lifewithalacrity-dunbar-number.html", 35, 0),
                Arguments.of("html/blogger-classic-palacefamilysteakhouse-insufferable-band.html", 11, 0),
                Arguments.of("html/custom-toptal-python-mistakes.html", 86, 0),
                Arguments.of("html/wp-epoch-wptavern-stackoverflow-jobs.html", 13, 9),
                Arguments.of("html/wpcom-diverse-contributor-community.html", 13, 3),
                Arguments.of("html/wp-lemire-simdjson.html", 5, 2),
                Arguments.of("html/wp-schemaorg-blisterreview-line-outline.html", 22, 10),
                Arguments.of("html/wp-californiaglobe-amazon-liability.html", 20, 2),
                Arguments.of("html/wp-hatom-firefox-nightly-issue85.html", 2, 0),
                Arguments.of("html/wp2-custom-girtby-developer-essentials.html", 17, 0));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pagesGiveTheirCataloguedThreads(String file, int comments, int replies) throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/realformats is absent");
        BlogPost post = posts(loader, DIR.resolve(file)).get(0);
        assertEquals(comments, post.responses().size(), file);
        assertEquals(replies, post.responses().stream().filter(r -> r.replyTo() != null).count(), file);
        assertTrue(post.responses().stream().allMatch(r -> r.writer() != null || r.sourceTitle() != null || r.text().length() > 0), file);
        assertTrue(post.title() != null, file);
    }

    /** WordPress.com prints "Jun 20th at 2:41 am": every comment gets a date, in the post's year, never before the post. */
    @Test
    void wordpressComCommentsAreDatedInThePostsYear() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/realformats is absent");
        BlogPost post = posts(loader, DIR.resolve("html/wpcom-diverse-contributor-community.html")).get(0);
        assertTrue(post.published() != null);
        for (var r : post.responses()) {
            assertTrue(r.date() != null && !r.date().isBefore(post.published()) && r.date().isBefore(post.published().plusMonths(6)), r.toString());
            assertFalse(r.text().contains("Liked by"), "the Like button is no part of the text: " + r.text());
        }
    }

    /** An export names a post's writer by login; the page shows the display name the export's wp:author gives. */
    @Test
    void exportsNameWritersByTheirDisplayNames() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/realformats is absent");
        Path file = DIR.resolve("wxr/adamwadeharris-dev-blog.wxr.xml");
        String xml = Files.readString(file);
        Matcher m = Pattern.compile("<wp:author_login>(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</wp:author_login>.*?<wp:author_display_name>(?:<!\\[CDATA\\[)?(.*?)(?:]]>)?</wp:author_display_name>",
                Pattern.DOTALL).matcher(xml);
        assertTrue(m.find());
        String login = m.group(1), shown = m.group(2);
        assertNotEquals(login, shown);
        List<BlogPost> posts = posts(loader, file);
        assertTrue(posts.stream().allMatch(p -> shown.equals(p.author())), posts.get(0).author());
    }

    private static final Pattern COMMENT = Pattern.compile("(?s)<wp:comment>(.*?)</wp:comment>");

    @ParameterizedTest
    @MethodSource("exports")
    void exportsGiveEveryApprovedCommentWithItsParent(String file) throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/realformats is absent");
        String xml = Files.readString(DIR.resolve(file));
        // Independently of the reader: approved comments on published posts and pages, and how many name a parent.
        int approved = 0, withParent = 0;
        for (String item : xml.split("<item>")) {
            if (!item.contains("<wp:status><![CDATA[publish]]></wp:status>") && !item.contains("<wp:status>publish</wp:status>")) continue;
            if (!item.matches("(?s).*<wp:post_type>(<!\\[CDATA\\[)?(post|page)(]]>)?</wp:post_type>.*")) continue;
            Matcher m = COMMENT.matcher(item);
            while (m.find()) {
                String c = m.group(1);
                if (!c.matches("(?s).*<wp:comment_approved>(<!\\[CDATA\\[)?1(]]>)?</wp:comment_approved>.*")) continue;
                approved++;
                if (!c.matches("(?s).*<wp:comment_parent>(<!\\[CDATA\\[)?0?(]]>)?</wp:comment_parent>.*")) withParent++;
            }
        }
        List<BlogPost> posts = posts(loader, DIR.resolve(file));
        assertEquals(approved, posts.stream().mapToInt(p -> p.responses().size()).sum(), file);
        long replies = posts.stream().flatMap(p -> p.responses().stream()).filter(r -> r.replyTo() != null).count();
        assertTrue(replies <= withParent && replies >= withParent * 0.9, file + ": " + replies + " of " + withParent);
    }

    static Stream<String> exports() {
        return Stream.of("wxr/adamwadeharris-dev-blog.wxr.xml", "wxr/chrisjrob-linux-blog.wxr.xml",
                "wxr/synthetic-wp-theme-unit-test-data.wxr.xml", "wxr/timothyfitz-wordpresscom.wxr.xml");
    }

    @Test
    void oneThreadInThreeFormatsAgrees() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/realformats is absent");
        BlogPost page = posts(loader, DIR.resolve("html/typepad-lifewithalacrity-dunbar-number.html")).get(0);
        BlogPost feed = posts(loader, DIR.resolve("feed/typepad-atom-comments-lifewithalacrity-dunbar.atom.xml")).get(0);
        // The h-cite fragment is a Markdown file holding HTML; the HTML reader reads it directly.
        List<ReadItem> items = new ArrayList<>();
        new HtmlReader().read(DIR.resolve("html/mf2-hcite-lifewithalacrity-dunbar-number.md"),
                new ReadContext(Loader.DEFAULT_MAX_BYTES, (s, t, w) -> { throw new AssertionError("no fallback expected"); }, s -> false), items::add);
        BlogPost mf2 = (BlogPost) ((ReadItem.Parsed) items.get(0)).document();
        for (BlogPost other : List.of(feed, mf2)) {
            assertEquals(writers(page), writers(other));
            for (int i = 0; i < page.responses().size(); i++) {
                Response a = page.responses().get(i), b = other.responses().get(i);
                assertEquals(a.replyTo(), b.replyTo());
                // The page shows local time, the feed UTC: a comment late in the evening is dated a day apart.
                assertTrue(Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) <= 1, a + " / " + b);
                // The fragment's converter put a link's text before one comment: compare the page's opening words within.
                assertTrue(words(b.text(), 40).contains(words(a.text(), 6)), "comment " + (i + 1) + ": " + b.text());
            }
        }
        // The feed links the post's page, so both are one document; the fragment's front matter gives only a path.
        assertEquals(page.source().url(), feed.source().url());
        assertEquals(page.title(), mf2.title());
        assertEquals(page.title(), feed.title());
    }

    private static List<String> writers(BlogPost p) { return p.responses().stream().map(Response::writer).toList(); }

    private static String words(String text, int n) {
        String[] w = text.replaceAll("[^\\p{L}\\p{N} ]", "").split(" +");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    @Test
    void feedsAndTheBloggerExportGiveTheirComments() throws Exception {
        assumeTrue(Files.isDirectory(DIR), "../shared/realformats is absent");
        List<BlogPost> blogger = posts(loader, DIR.resolve("feed/blogger-export-charleso-plunkett.atom.xml"));
        assertEquals(8, blogger.size(), "8 posts; settings and template entries skipped");
        assertEquals(8, blogger.stream().mapToInt(p -> p.responses().size()).sum());
        List<BlogPost> sitewide = posts(loader, DIR.resolve("feed/wp-atom-comments-girtby-sitewide.atom.xml"));
        assertEquals(10, sitewide.stream().mapToInt(p -> p.responses().size()).sum());
        assertEquals(15, posts(loader, DIR.resolve("feed/typepad-feedburner-rss2-posts-lifewithalacrity.xml")).size());
    }
}
