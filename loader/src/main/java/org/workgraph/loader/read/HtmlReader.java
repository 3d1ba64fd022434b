package org.workgraph.loader.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jsoup.helper.DataUtil;
import org.jsoup.parser.Parser;
import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.source.SourceReader;

/** HTML pages (.html, .htm): one post with its thread, read by {@link PageReader}. */
public final class HtmlReader implements DocumentReader {
    @Override
    public String format() { return "html"; }

    @Override
    public boolean claims(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    @Override
    public boolean canRead(String fileName, byte[] head) { return claims(fileName); }

    @Override
    public ReadSummary read(Path file, ReadContext context, Consumer<ReadItem> out) throws IOException, ParseException {
        long limit = context.maxMarkupBytes();
        long size = Files.size(file);
        if (size > limit) {
            throw new ParseException(0, "page is " + size + " bytes, over the limit of " + limit + " for markup ("
                    + ReadContext.MARKUP_FACTOR + " times --max-size)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > limit) throw new ParseException(0, "page is over the limit of " + limit + " bytes for markup");
        Source source = new Source(file.getFileName().toString(), SourceReader.sha256(bytes));
        if (context.unchanged().test(source)) {
            out.accept(new ReadItem.Unchanged(source));
            return ReadSummary.NONE;
        }
        out.accept(page(bytes, source, null, context));
        return ReadSummary.NONE;
    }

    /**
     * Reads one page's bytes (a file's, or an archive record's body). {@code charset} is what the server declared,
     * or null to take the page's own declaration, else UTF-8.
     */
    static ReadItem.Parsed page(byte[] bytes, Source source, String charset, ReadContext context) throws IOException, ParseException {
        if (looksBinary(bytes)) throw new ParseException(0, "binary content: not an HTML page");
        FrontMatter front = null;
        org.jsoup.nodes.Document dom;
        if (startsWithFrontMatter(bytes)) {
            // A saved post with front matter: its HTML follows the block.
            String text = new String(bytes, StandardCharsets.UTF_8);
            front = FrontMatter.of(text);
            dom = Parser.htmlParser().setTrackPosition(true).parseInput(front == null ? text : front.strip(text), source.url() == null ? "" : source.url());
        } else {
            dom = DataUtil.load(new ByteArrayInputStream(bytes), charset, source.url() == null ? "" : source.url(),
                    Parser.htmlParser().setTrackPosition(true));
        }
        List<String> warnings = new ArrayList<>();
        return new ReadItem.Parsed(new PageReader(context).read(dom, source, front, warnings::add), warnings);
    }

    private static boolean startsWithFrontMatter(byte[] b) {
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF ? 3 : 0;
        return b.length > i + 3 && b[i] == '-' && b[i + 1] == '-' && b[i + 2] == '-' && (b[i + 3] == '\n' || b[i + 3] == '\r');
    }

    /** NUL bytes in the first kilobytes: an image or an archive saved under a page's name. UTF-16 pages have a mark. */
    private static boolean looksBinary(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF)) return false;
        for (int i = 0; i < Math.min(b.length, 8192); i++) if (b[i] == 0) return true;
        return false;
    }
}
