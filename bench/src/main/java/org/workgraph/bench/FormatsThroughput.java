package org.workgraph.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.workgraph.loader.DocumentSink;
import org.workgraph.loader.LoadOptions;
import org.workgraph.loader.LoadListener;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.generate.CorpusGenerator;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.read.ReadItem;

/**
 * Pages per second read, parsed and mapped (no store) from the same posts as plain text, as WordPress HTML pages and as
 * one gzipped web archive of those pages: {@code java -cp ... org.workgraph.bench.FormatsThroughput DOCS OUT_DIR}.
 * The HTML is rendered from what the plain-text reader read, so all three carry the same post and thread.
 */
public final class FormatsThroughput {
    public static void main(String[] args) throws Exception {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path out = Path.of(args.length > 1 ? args[1] : "target/formats-bench");
        Path generated = out.resolve("generated"), txt = out.resolve("text"), html = out.resolve("html"), warc = out.resolve("warc");
        for (Path p : List.of(generated, txt, html, warc)) Files.createDirectories(p);
        new CorpusGenerator().generate(docs, 1, generated, n -> {});
        Loader loader = new Loader();
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        int pages = 0;
        try (var files = Files.walk(generated)) {
            for (Path f : files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted().toList()) {
                for (ReadItem i : loader.readAll(f)) {
                    if (!(i instanceof ReadItem.Parsed p) || !(p.document() instanceof BlogPost post)) continue;
                    String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    String page = render(post);
                    Files.copy(f, txt.resolve(name + ".txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.writeString(html.resolve(name + ".html"), page);
                    record(archive, "https://blog.example.org/" + name + "/", page);
                    pages++;
                }
            }
        }
        Files.write(warc.resolve("pages.warc.gz"), archive.toByteArray());
        System.out.printf("%d posts (of %d generated documents) in each form%n", pages, docs);
        System.out.printf("| form | files | bytes | pages | seconds | pages/s |%n|---|---|---|---|---|---|%n");
        for (int round = 0; round < 2; round++) {
            for (Path dir : List.of(txt, html, warc)) {
                long bytes = 0;
                int files = 0;
                try (var s = Files.list(dir)) {
                    for (Path f : s.toList()) {
                        bytes += Files.size(f);
                        files++;
                    }
                }
                long start = System.nanoTime();
                LoadReport r = loader.load(List.of(dir), new Discard(), LoadOptions.defaults(), LoadListener.of(f -> {}));
                double secs = (System.nanoTime() - start) / 1e9;
                long loaded = r.files().stream().filter(f -> f.loaded() && f.kind() != null).count();
                if (round == 1) System.out.printf("| %s | %d | %d | %d | %.2f | %.0f |%n", dir.getFileName(), files, bytes, loaded, secs, loaded / secs);
            }
        }
    }

    /** A WordPress page for the post, its thread nested as WordPress nests it. */
    static String render(BlogPost post) {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>").append(esc(post.title()))
                .append("</title></head><body><article class='post hentry'><h1 class='entry-title'>").append(esc(post.title()))
                .append("</h1><span class='author vcard'><a class='fn'>").append(esc(post.author())).append("</a></span>");
        if (post.published() != null) s.append("<time class='entry-date' datetime='").append(post.published()).append("'>").append(post.published()).append("</time>");
        s.append("<div class='entry-content'><p>").append(esc(post.body())).append("</p></div></article><ol class='comment-list'>");
        List<Response> rs = post.responses();
        renderChildren(s, rs, null);
        return s.append("</ol></body></html>").toString();
    }

    private static void renderChildren(StringBuilder s, List<Response> rs, Integer parent) {
        for (Response r : rs) {
            if (!java.util.Objects.equals(r.replyTo(), parent)) continue;
            s.append("<li class='comment' id='comment-").append(r.position()).append("'><article class='comment-body'><div class='comment-author vcard'><b class='fn'>")
                    .append(esc(r.writer())).append("</b></div><div class='comment-content'><p>").append(esc(r.text())).append("</p></div></article>");
            if (rs.stream().anyMatch(x -> java.util.Objects.equals(x.replyTo(), r.position()))) {
                s.append("<ol class='children'>");
                renderChildren(s, rs, r.position());
                s.append("</ol>");
            }
            s.append("</li>");
        }
    }

    private static String esc(String t) {
        return t == null ? "" : t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void record(ByteArrayOutputStream out, String uri, String page) throws IOException {
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes()) + ">\r\n"
                + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: application/http;msgtype=response\r\nContent-Length: "
                + (http.length + body.length) + "\r\n\r\n";
        try (OutputStream gz = new GZIPOutputStream(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException { flush(); }
        })) {
            gz.write(header.getBytes(StandardCharsets.UTF_8));
            gz.write(http);
            gz.write(body);
            gz.write("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Keeps nothing: the figures are reading, parsing and mapping, not the store. */
    private static final class Discard implements DocumentSink {
        @Override
        public void replaceGraph(Node graph, List<Quad> quads) {}
    }

    private FormatsThroughput() {}
}
