package org.workgraph.loader.read;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.source.SourceReader;

/**
 * Web archives (.warc, .warc.gz): every HTML response record is a page, read as an HTML file is, its URL the record's
 * target and its capture date the record's date. Records are read one at a time, so memory stays flat whatever the
 * archive's size; other records (requests, metadata, images, scripts) are skipped and counted by type.
 */
public final class ArchiveReader implements DocumentReader {
    /**
     * Decompressed bytes allowed per compressed byte, beyond a floor: web archives compress a few times to tens of
     * times; thousands of times is a decompression bomb, stopped before it fills the disk or the time of a load.
     */
    static final long MAX_RATIO = 200;
    static final long RATIO_FLOOR = 64L * 1024 * 1024;

    @Override
    public String format() { return "warc"; }

    @Override
    public boolean claims(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    public boolean canRead(String fileName, byte[] head) { return claims(fileName); }

    @Override
    public boolean holdsMany() { return true; }

    @Override
    public ReadSummary read(Path file, ReadContext context, Consumer<ReadItem> out) throws IOException, ParseException {
        Map<String, Integer> skipped = new TreeMap<>();
        long compressed = Files.size(file);
        int records = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            InputStream in = raw;
            raw.mark(2);
            boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            // Decompress here rather than in the archive reader, to bound what a small file may expand to.
            if (gzip) in = new Bounded(new GZIPInputStream(raw, 1 << 16), Math.max(RATIO_FLOOR, compressed * MAX_RATIO));
            try (WarcReader warc = new WarcReader(in)) {
                warc.onWarning(w -> { });
                for (Optional<WarcRecord> next = warc.next(); next.isPresent(); next = warc.next()) {
                    records++;
                    WarcRecord record = next.get();
                    if (!(record instanceof WarcResponse response)) {
                        skipped.merge(record.type() + " records", 1, Integer::sum);
                        continue;
                    }
                    page(file, response, context, out, skipped);
                }
            }
        } catch (Bounded.Exceeded e) {
            throw new ParseException(0, "expands to over " + e.limit + " bytes from " + compressed + " compressed: refused as a "
                    + "decompression bomb after " + records + " records");
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new ParseException(0, "the archive is cut short or corrupt after " + records + " records: " + e.getMessage());
        } catch (org.netpreserve.jwarc.ParsingException e) {
            throw new ParseException(0, "not a web archive record after " + records + " records: " + e.getMessage());
        }
        java.util.List<String> notes = new java.util.ArrayList<>();
        notes.add(records + " records");
        skipped.forEach((why, n) -> notes.add(n + " " + why + " skipped"));
        return new ReadSummary(notes);
    }

    private static void page(Path file, WarcResponse response, ReadContext context, Consumer<ReadItem> out, Map<String, Integer> skipped) throws IOException {
        String url = response.target();
        MediaType type;
        int status;
        MessageBody body;
        try {
            type = response.http().contentType().base();
            status = response.http().status();
            body = response.http().body();
        } catch (IOException | RuntimeException e) {
            out.accept(new ReadItem.Failed(url, 0, "the record's HTTP response cannot be read: " + e.getMessage()));
            return;
        }
        String t = type.toString().toLowerCase(Locale.ROOT);
        if (!t.equals("text/html") && !t.equals("application/xhtml+xml")) {
            skipped.merge("responses not HTML (" + t + ")", 1, Integer::sum);
            return;
        }
        if (status != 200) {
            skipped.merge("HTML responses with status other than 200", 1, Integer::sum);
            return;
        }
        long limit = context.maxMarkupBytes();
        byte[] bytes = body.stream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            out.accept(new ReadItem.Failed(url, 0, "page is over the limit of " + limit + " bytes for markup; skipped"));
            return;
        }
        String charset = response.http().contentType().parameters().get("charset");
        Source source = new Source(file.getFileName().toString(), SourceReader.sha256(bytes), url, null, response.date());
        if (context.unchanged().test(source)) {
            out.accept(new ReadItem.Unchanged(source));
            return;
        }
        try {
            out.accept(HtmlReader.page(bytes, source, charset, context));
        } catch (ParseException e) {
            out.accept(new ReadItem.Failed(url, e.line(), e.getMessage()));
        } catch (RuntimeException e) {
            out.accept(new ReadItem.Failed(url, 0, "cannot read the page: " + e));
        }
    }

    /** A stream that refuses to give more than its limit. */
    private static final class Bounded extends FilterInputStream {
        static final class Exceeded extends IOException {
            final long limit;

            Exceeded(long limit) {
                super("over " + limit + " bytes");
                this.limit = limit;
            }
        }

        private final long limit;
        private long count;

        Bounded(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > limit) throw new Exceeded(limit);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (count += n) > limit) throw new Exceeded(limit);
            return n;
        }
    }
}
