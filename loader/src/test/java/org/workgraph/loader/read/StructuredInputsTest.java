package org.workgraph.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.workgraph.loader.DocumentSink;
import org.workgraph.loader.FileOutcome;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.ontology.Vocab;

/** Our own pages, export, feed and archive in the real markups (invented people and text), and bad input of each kind. */
class StructuredInputsTest {
    private final Loader loader = new Loader();

    static Path resource(String name) {
        try {
            return Path.of(StructuredInputsTest.class.getResource("/formats/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<BlogPost> posts(Path file) throws Exception {
        List<BlogPost> out = new ArrayList<>();
        for (ReadItem i : loader.readAll(file)) if (i instanceof ReadItem.Parsed p) out.add((BlogPost) p.document());
        return out;
    }

    /** The thread as a comparable list: kind, writer, what it answers, text (a pingback: its title and site). */
    static List<String> shape(BlogPost post) {
        List<String> out = new ArrayList<>();
        for (Response r : post.responses()) {
            out.add(r.position() + " " + r.kind() + " ^" + r.replyTo() + " " + r.writer() + " "
                    + (r.kind() == ResponseKind.PINGBACK ? r.sourceTitle() + " | " + r.sourceSite() : r.text()));
        }
        return out;
    }

    @Test
    void aPageAndItsTextDumpGiveTheSameThread() throws Exception {
        BlogPost html = posts(resource("wp-night-rota.html")).get(0);
        BlogPost text = posts(resource("wp-night-rota.txt")).get(0);
        assertEquals(shape(text), shape(html));
        assertEquals(4, html.responses().size());
        assertEquals(text.title(), html.title());
        assertEquals(text.author(), html.author());
        assertEquals(text.published(), html.published());
        assertEquals(text.categories(), html.categories());
        assertEquals(text.body(), html.body());
        assertEquals(text.claimedResponseCount(), html.claimedResponseCount());
        assertEquals("https://shiftnotes.example.org/2021/03/rotas-night-crews-write/", html.source().url());
        assertEquals("2021-03-15", html.responses().get(1).date().toString(), "dates from <time datetime>");
    }

    @Test
    void anExportGivesTheSameThreadAsThePageWithExactNesting() throws Exception {
        List<ReadItem> items = loader.readAll(resource("night-rota.wxr.xml"));
        List<BlogPost> posts = items.stream().filter(i -> i instanceof ReadItem.Parsed).map(i -> (BlogPost) ((ReadItem.Parsed) i).document()).toList();
        assertEquals(2, posts.size(), "two published posts; the attachment is skipped");
        BlogPost page = posts(resource("wp-night-rota.html")).get(0);
        BlogPost export = posts.get(0);
        // The export's comment 32 comes first in the file but answers 31: page order puts it after its parent.
        List<String> expected = new ArrayList<>(shape(page));
        expected.set(3, "4 PINGBACK ^null null Weekly links: rotas and rest | depotdiaries.example.net");
        assertEquals(expected, shape(export));
        assertEquals(page.body(), export.body());
        assertEquals(page.categories(), export.categories(), "categories, not tags");
        assertEquals(page.source().url(), export.source().url());
        // A comment whose parent is not in the export answers the post, with a warning naming it.
        ReadItem.Parsed second = (ReadItem.Parsed) items.get(1);
        assertNull(((BlogPost) second.document()).responses().get(0).replyTo());
        assertTrue(second.warnings().get(0).contains("comment 50") && second.warnings().get(0).contains("49"), second.warnings().toString());
    }

    @Test
    void aCommentsFeedNestsByInReplyTo() throws Exception {
        List<BlogPost> posts = posts(resource("night-rota-comments.atom.xml"));
        assertEquals(1, posts.size());
        BlogPost feed = posts.get(0);
        assertEquals("https://shiftnotes.example.org/2021/03/rotas-night-crews-write/", feed.source().url());
        // Newest first in the feed; page order (oldest first, replies under their parent) in the model.
        assertEquals(shape(posts(resource("wp-night-rota.html")).get(0)).subList(0, 3), shape(feed));
    }

    /**
     * The thread as the graph states it, whatever the source: each response's kind, position, what it replies to and
     * its writer (the person's IRI), with the document's own IRI written DOC (a text dump has no URL to name it by).
     */
    private List<String> threadInGraph(Path file) {
        Graphs sink = new Graphs();
        loader.load(List.of(file), sink, f -> {});
        List<Quad> quads = sink.graphs.values().iterator().next();
        String doc = quads.stream().filter(q -> q.getPredicate().getURI().equals(org.workgraph.ontology.WG.sourceFile.getURI()))
                .findFirst().orElseThrow().getSubject().getURI();
        java.util.Set<String> kinds = java.util.Set.of(org.workgraph.ontology.WG.Comment.getURI(), org.workgraph.ontology.WG.Reply.getURI(),
                org.workgraph.ontology.WG.Pingback.getURI());
        java.util.Set<String> wanted = java.util.Set.of(Vocab.siocReplyOf.getURI(), org.workgraph.ontology.WG.position.getURI(),
                org.apache.jena.vocabulary.DCTerms.creator.getURI());
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Quad q : quads) {
            String subject = q.getSubject().isURI() ? q.getSubject().getURI() : "";
            if (!subject.startsWith(doc + "/response/")) continue;
            String p = q.getPredicate().getURI();
            boolean kind = p.equals(org.apache.jena.vocabulary.RDF.type.getURI()) && kinds.contains(q.getObject().getURI());
            if (!kind && !wanted.contains(p)) continue;
            String o = q.getObject().isURI() ? q.getObject().getURI() : q.getObject().getLiteralLexicalForm();
            out.add((subject + " " + p + " " + o).replace(doc, "DOC"));
        }
        return List.copyOf(out);
    }

    /** The same thread from its page, its text dump, its export and its comments feed: the same responses, people and replies in the graph. */
    @Test
    void oneThreadInFourFormatsGivesTheSameGraph() {
        List<String> page = threadInGraph(resource("wp-night-rota.html"));
        // Four positions, four reply_of (three to the post, one to a comment), three writers (the pingback has none).
        assertEquals(4 + 4 + 3, page.stream().filter(t -> !t.contains("#type")).count(), page.toString());
        assertEquals(page, threadInGraph(resource("wp-night-rota.txt")), "the page's text dump");
        assertEquals(page, threadInGraph(resource("night-rota.wxr.xml")).stream().filter(t -> t.startsWith("DOC")).toList(), "the export");
        // The comments feed holds the three comments, not the pingback.
        List<String> feed = threadInGraph(resource("night-rota-comments.atom.xml"));
        assertEquals(page.stream().filter(t -> !t.startsWith("DOC/response/4 ")).toList(), feed, "the comments feed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blogger", "typepad", "mf2", "mf2-reply", "jsonld", "drupal", "disqus", "disqus-noscript", "wpcom"})
    void commonMarkupsGiveTheirThreads(String markup) throws Exception {
        Path page = Files.createTempFile("page-" + markup, ".html");
        try {
            Files.writeString(page, Pages.page(markup));
            BlogPost post = posts(page).get(0);
            List<String> thread = post.responses().stream()
                    .map(r -> r.position() + " " + r.kind() + " ^" + r.replyTo() + " " + r.writer() + " " + r.date() + " " + r.text()).toList();
            assertEquals(Pages.expected(markup), thread, markup);
            assertEquals("Closing the loop on handovers", post.title(), markup);
        } finally {
            Files.delete(page);
        }
    }

    // ---------------------------------------------------------------- web archives

    static byte[] record(String type, String uri, String contentType, String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] block = type.equals("response") ? concat(http.getBytes(StandardCharsets.UTF_8), body) : body;
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes((uri + type).getBytes())
                + ">\r\nWARC-Date: 2023-05-06T07:08:09Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: "
                + (type.equals("response") ? "application/http;msgtype=response" : contentType) + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(concat(header.getBytes(StandardCharsets.UTF_8), block), "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static byte[] gzipEach(List<byte[]> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            try (GZIPOutputStream gz = new GZIPOutputStream(new NonClosing(out))) {
                gz.write(r);
            }
        }
        return out.toByteArray();
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void close() throws IOException { flush(); }
    }

    private static List<byte[]> archive() throws IOException {
        String page = Files.readString(resource("wp-night-rota.html"));
        return List.of(record("warcinfo", "urn:x", "application/warc-fields", "software: test\r\n"),
                record("response", "https://shiftnotes.example.org/2021/03/rotas-night-crews-write/", "text/html; charset=UTF-8", page),
                record("response", "https://shiftnotes.example.org/logo.png", "image/png", "\u0089PNG"),
                record("response", "https://shiftnotes.example.org/2021/04/handover-notes/", "text/html", Pages.page("typepad")));
    }

    /** Collects graphs like a store would. */
    static final class Graphs implements DocumentSink {
        final Map<Node, List<Quad>> graphs = new HashMap<>();

        @Override
        public void replaceGraph(Node graph, List<Quad> quads) { graphs.put(graph, quads); }
    }

    @Test
    void everyHtmlResponseOfAnArchiveIsAPageWithItsUrlAndCaptureDate(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, gzipEach(archive()));
        Graphs sink = new Graphs();
        LoadReport report = loader.load(List.of(warc), sink, f -> {});
        assertEquals(2, sink.graphs.size(), report.files().toString());
        // Loaded pages are reported when their batch commits, so the archive's own closing line may come first.
        List<FileOutcome> lines = new ArrayList<>(report.files());
        lines.sort(java.util.Comparator.comparing(f -> f.entry() == null ? "~" : f.entry()));
        assertEquals(3, lines.size(), "a line per page and one for the archive");
        assertEquals("https://shiftnotes.example.org/2021/03/rotas-night-crews-write/", lines.get(0).entry());
        assertEquals(4, lines.get(0).responses());
        assertEquals(3, lines.get(1).responses(), "the second page");
        assertTrue(lines.get(2).warnings().toString().contains("1 responses not HTML (image/png)"), lines.get(2).warnings().toString());
        assertTrue(lines.get(2).warnings().toString().contains("1 warcinfo records"), lines.get(2).warnings().toString());
        Node doc = loader.iris().document(new org.workgraph.loader.model.Source("x", "", lines.get(0).entry(), null, null));
        List<Quad> quads = sink.graphs.get(loader.iris().documentGraph(new org.workgraph.loader.model.Source("x", "", lines.get(0).entry(), null, null)));
        assertTrue(quads.stream().anyMatch(q -> q.getSubject().equals(doc) && q.getPredicate().equals(Vocab.schemaUrl.asNode())
                && q.getObject().getURI().equals(lines.get(0).entry())));
        assertTrue(quads.stream().anyMatch(q -> q.getPredicate().equals(Vocab.provGeneratedAtTime.asNode())
                && q.getObject().getLiteralLexicalForm().equals("2023-05-06T07:08:09Z")));
    }

    @Test
    void aTruncatedArchiveKeepsThePagesBeforeTheCut(@TempDir Path dir) throws Exception {
        byte[] whole = gzipEach(archive());
        Path warc = dir.resolve("cut.warc.gz");
        Files.write(warc, java.util.Arrays.copyOf(whole, whole.length - 300));
        Graphs sink = new Graphs();
        LoadReport report = loader.load(List.of(warc), sink, f -> {});
        assertEquals(1, sink.graphs.size(), report.files().toString());
        FileOutcome last = report.files().stream().filter(f -> !f.loaded()).findFirst().orElseThrow();
        assertTrue(last.entry() == null, "the archive's own line");
        assertTrue(last.message().contains("cut short"), last.message());
    }

    @Test
    void aDecompressionBombIsRefused(@TempDir Path dir) throws Exception {
        // A valid record header announcing a huge body of zeros: a few hundred kilobytes that expand a thousandfold.
        Path warc = dir.resolve("bomb.warc.gz");
        long size = 300L * 1024 * 1024;
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(warc), 1 << 16)) {
            out.write(("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                    + "WARC-Date: 2023-05-06T07:08:09Z\r\nContent-Type: text/plain\r\nContent-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) out.write(zeros);
        }
        LoadReport report = loader.load(List.of(warc), new Graphs(), f -> {});
        FileOutcome f = report.files().get(0);
        assertFalse(f.loaded());
        assertTrue(f.message().contains("decompression bomb"), f.message());
    }

    // ---------------------------------------------------------------- bad input

    @Test
    void malformedXmlFailsThatFileAloneWithItsLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.wxr.xml");
        String good = Files.readString(resource("night-rota.wxr.xml"));
        // Cut inside the second item: the first post is read, then the file stops at a named line.
        Files.writeString(bad, good.substring(0, good.indexOf("<title>Handover")) + "<title>Handover</wp:status>\n</channel></rss>");
        Files.writeString(dir.resolve("page.html"), Pages.page("typepad"));
        Graphs sink = new Graphs();
        LoadReport report = loader.load(List.of(dir), sink, f -> {});
        assertEquals(2, sink.graphs.size(), "the page and the export's first post: " + report.files());
        FileOutcome failed = report.files().stream().filter(f -> !f.loaded()).findFirst().orElseThrow();
        assertTrue(failed.line() > 0 && failed.message().startsWith("malformed XML"), failed.describeFailure());
    }

    @Test
    void aPageOverTheMarkupLimitIsRefusedAndTheOthersLoad(@TempDir Path dir) throws Exception {
        Loader small = new Loader(org.workgraph.loader.mapping.Iris.DEFAULT_BASE, 64 * 1024);
        Path big = dir.resolve("big.html");
        StringBuilder s = new StringBuilder("<html><body><article><div class=entry-content>");
        while (s.length() < 300 * 1024) s.append("<p>Night work is work too. </p>\n");
        Files.writeString(big, s + "</div></article></body></html>");
        Files.copy(resource("wp-night-rota.html"), dir.resolve("page.html"));
        Graphs sink = new Graphs();
        LoadReport report = small.load(List.of(dir), sink, f -> {});
        assertEquals(1, sink.graphs.size());
        FileOutcome failed = report.files().stream().filter(f -> !f.loaded()).findFirst().orElseThrow();
        assertTrue(failed.message().contains("over the limit"), failed.message());
    }

    @Test
    void malformedHtmlStillReads(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("tag-soup.html");
        String page = Files.readString(resource("wp-night-rota.html"));
        // Unclosed elements and stray end tags, as broken templates leave them.
        Files.writeString(p, page.replace("</article>", "<div><span></p></b>").replace("</li>", ""));
        BlogPost post = posts(p).get(0);
        assertEquals(4, post.responses().size());
    }
}
