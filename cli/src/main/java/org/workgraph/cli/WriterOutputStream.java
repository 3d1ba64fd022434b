package org.workgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Jena's writers take byte streams; picocli gives each command a PrintWriter (which tests capture).
 * This buffers bytes and passes them on as UTF-8 text on flush.
 */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter out;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
        if (buffer.size() >= 1 << 16) flush();
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        if (buffer.size() >= 1 << 16) flush();
    }

    @Override
    public void flush() {
        // Flush only at a UTF-8 character boundary: hold back a trailing partial sequence.
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length;
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0x80) back++;
        if (end - back - 1 >= 0 && (bytes[end - back - 1] & 0xC0) == 0xC0) back++;
        else back = 0;
        out.write(new String(bytes, 0, end - back, StandardCharsets.UTF_8));
        buffer.reset();
        buffer.write(bytes, end - back, back);
        out.flush();
    }

    @Override
    public void close() {
        flush();
    }
}
