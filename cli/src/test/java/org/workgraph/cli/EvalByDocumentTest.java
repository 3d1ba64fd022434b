package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.cli.eval.Evaluation;
import org.workgraph.cli.eval.FieldScore;
import org.workgraph.loader.gold.Gold;

/**
 * {@code kg eval} on files that hold many documents: a gold file names its document by URL or by its entry in the
 * file, and only that document is scored (an export of our own: invented blog, people and text).
 */
class EvalByDocumentTest {
    private static final String EXPORT = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>Yard Notes</title>
              <wp:author><wp:author_login>ysk</wp:author_login><wp:author_display_name><![CDATA[Ysolde Karamanlis]]></wp:author_display_name></wp:author>
              <item>
                <title>Forklift licences for everyone</title>
                <link>https://yardnotes.example.org/2022/05/forklift-licences/</link>
                <dc:creator>ysk</dc:creator>
                <content:encoded><![CDATA[We paid for every picker to take the forklift test.]]></content:encoded>
                <wp:post_id>7</wp:post_id><wp:post_date>2022-05-02 09:00:00</wp:post_date>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <category domain="category" nicename="training"><![CDATA[Training]]></category>
                <wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_author>Benedikt Oyelowo-Strand</wp:comment_author>
                  <wp:comment_date>2022-05-02 12:00:00</wp:comment_date><wp:comment_content>Did the insurer change the premium after that?</wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
                <wp:comment><wp:comment_id>4</wp:comment_id><wp:comment_author>Ysolde Karamanlis</wp:comment_author>
                  <wp:comment_date>2022-05-02 13:00:00</wp:comment_date><wp:comment_content>It went down a little, to our surprise.</wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>3</wp:comment_parent></wp:comment>
              </item>
              <item>
                <title>A yard with no radio</title>
                <dc:creator>ysk</dc:creator>
                <content:encoded><![CDATA[The radios went back to the supplier in March.]]></content:encoded>
                <wp:post_id>9</wp:post_id><wp:post_date>2022-06-11 09:00:00</wp:post_date>
                <wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                <wp:comment><wp:comment_id>8</wp:comment_id><wp:comment_author>Carys Mbeki-Lund</wp:comment_author>
                  <wp:comment_date>2022-06-12 08:00:00</wp:comment_date><wp:comment_content>How do the drivers find the bay now?</wp:comment_content>
                  <wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
              </item>
            </channel>
            </rss>
            """;

    private static final String BY_URL = """
            {"file": "yard.wxr.xml", "url": "https://yardnotes.example.org/2022/05/forklift-licences/", "kind": "blog-post",
             "title": "Forklift licences for everyone", "published": "2022-05-02", "categories": ["Training"],
             "author": {"name": "Ysolde Karamanlis", "evidence": "explicit"}, "claimedResponseCount": null,
             "responses": [
               {"n": 1, "kind": "comment", "author": "Benedikt Oyelowo-Strand", "inReplyTo": null, "startsWith": "Did the insurer", "addresses": []},
               {"n": 2, "kind": "reply", "author": "Ysolde Karamanlis", "inReplyTo": 1, "startsWith": "It went down", "addresses": []}]}
            """;

    private static final String BY_ENTRY = """
            {"file": "yard.wxr.xml", "entry": "post-9", "kind": "blog-post", "title": "A yard with no radio", "published": "2022-06-11",
             "categories": [], "author": {"name": "Ysolde Karamanlis", "evidence": "explicit"}, "claimedResponseCount": null,
             "responses": [{"n": 1, "kind": "comment", "author": "Carys Mbeki-Lund", "inReplyTo": null, "startsWith": "How do the drivers", "addresses": []}]}
            """;

    private static Path write(Path dir, Map<String, String> files) throws Exception {
        Files.createDirectories(dir);
        for (var f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue());
        return dir;
    }

    @Test
    void eachDocumentOfAnExportIsScoredAlone(@TempDir Path tmp) throws Exception {
        Path docs = write(tmp.resolve("docs"), Map.of("yard.wxr.xml", EXPORT));
        Path gold = write(tmp.resolve("gold"), Map.of("forklift.json", BY_URL, "radio.json", BY_ENTRY));
        Evaluation e = Evaluation.run(gold, Map.of("yard.wxr.xml", docs.resolve("yard.wxr.xml")));
        assertTrue(e.missingFiles().isEmpty());
        for (String field : new String[] {"document.title", "document.published", "document.author", "document.categories",
                "response.found", "response.kind", "response.writer", "response.replyTo"}) {
            FieldScore f = e.scores().get(field);
            assertEquals(1.0, f.f1(), field + ": " + f.misses() + " " + f.falseHits());
        }
        // Three responses in two documents: each document's own, none counted twice or against the other.
        assertEquals(3, e.scores().get("response.found").truePositives());
        assertEquals(2, e.scores().get("document.title").truePositives());
        // Mentions and ideas are not stated in these gold files, so they are not scored.
        assertTrue(!e.scores().containsKey("ideas") && !e.scores().containsKey("mentions.people"), e.scores().keySet().toString());
    }

    @Test
    void aDocumentTheFileDoesNotHoldScoresAsMisses(@TempDir Path tmp) throws Exception {
        Path docs = write(tmp.resolve("docs"), Map.of("yard.wxr.xml", EXPORT));
        Path gold = write(tmp.resolve("gold"), Map.of("other.json",
                BY_URL.replace("2022/05/forklift-licences/", "2022/07/not-in-the-export/")));
        Evaluation e = Evaluation.run(gold, Map.of("yard.wxr.xml", docs.resolve("yard.wxr.xml")));
        FieldScore found = e.scores().get("response.found");
        assertEquals(0, found.truePositives());
        assertEquals(2, found.misses().size());
        assertEquals(0.0, e.scores().get("document.title").recall());
    }

    /** A web archive record, uncompressed: the page at its target URI. */
    private static String warcRecord(String uri, String html) {
        int body = html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: " + body + "\r\n\r\n" + html;
        int block = http.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes()) + ">\r\n"
                + "WARC-Date: 2023-05-06T07:08:09Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http;msgtype=response\r\n"
                + "Content-Length: " + block + "\r\n\r\n" + http + "\r\n\r\n";
    }

    private static String page(String title, String who, String text) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1 class='entry-title'>" + title + "</h1>"
                + "<div class='entry-content'><p>A short post.</p></div><ol class='commentlist'><li class='comment depth-1' id='comment-1'>"
                + "<div class='comment-author vcard'><cite class='fn'>" + who + "</cite> says:</div><div class='comment-content'><p>" + text + "</p></div></li></ol></body></html>";
    }

    @Test
    void eachPageOfAWebArchiveIsScoredByItsUrl(@TempDir Path tmp) throws Exception {
        String warc = warcRecord("https://yardnotes.example.org/a/", page("Gate times", "Benedikt Oyelowo-Strand", "The gate opens at six now."))
                + warcRecord("https://yardnotes.example.org/b/", page("Lunch rota", "Carys Mbeki-Lund", "Half the yard eats at noon."));
        Path docs = write(tmp.resolve("docs"), Map.of("crawl.warc", warc));
        String gold = """
                {"file": "crawl.warc", "url": "https://yardnotes.example.org/b/", "kind": "blog-post", "title": "Lunch rota",
                 "responses": [{"n": 1, "kind": "comment", "author": "Carys Mbeki-Lund", "inReplyTo": null, "startsWith": "Half the yard", "addresses": []}]}
                """;
        Evaluation e = Evaluation.run(write(tmp.resolve("gold"), Map.of("b.json", gold)), Map.of("crawl.warc", docs.resolve("crawl.warc")));
        for (String field : new String[] {"document.title", "response.found", "response.writer"}) {
            FieldScore f = e.scores().get(field);
            assertEquals(1.0, f.f1(), field + ": " + f.misses() + " " + f.falseHits());
        }
        assertEquals(1, e.scores().get("response.found").truePositives(), "the other page's comment is not counted");
    }

    /** The gold for documents inside ../shared/realformats (data/realformats): floors at the measured quality. */
    @Test
    void theLoaderHoldsItsQualityOnDocumentsInsideRealExportsAndFeeds() {
        Path root = Path.of(System.getProperty("workgraph.root", "../.."));
        Path files = Gold.fromSystemProperty().corpus().resolveSibling("realformats");
        Assumptions.assumeTrue(Files.isDirectory(files), "no " + files + "; skipped");
        StringWriter out = new StringWriter();
        var cl = Kg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("eval", "--gold", root.resolve("data/realformats/gold").toString(), files.toString(), "--quiet",
                "--min-f1", "1.0", "--min-f1", "document.author=0.94,response.kind=0.98,response.replyTo=0.97,response.addresses=0.65");
        assertEquals(0, code, out.toString());
        assertTrue(out.toString().contains("response.found"), out.toString());
    }
}
