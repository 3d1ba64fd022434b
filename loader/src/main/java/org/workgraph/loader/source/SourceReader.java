package org.workgraph.loader.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.workgraph.loader.ParseException;
import org.workgraph.loader.model.Source;

/**
 * Reads a file's bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with a mark.
 * Refuses binary files and files over the size limit, so one bad file cannot exhaust memory.
 */
public final class SourceReader {
    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public SourceText read(Path path) throws IOException, ParseException {
        long size = Files.size(path);
        if (size > maxBytes) {
            throw new ParseException(0, "file is " + size + " bytes, over the limit of " + maxBytes + " (see --max-size)");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            // Read up to one byte past the limit whatever size was reported: a file may grow while it is read,
            // and some (pipes, /proc) report 0. readNBytes grows its buffer as it goes, so this allocates no more than it reads.
            bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        }
        if (bytes.length > maxBytes) throw new ParseException(0, "file is over the limit of " + maxBytes + " bytes (see --max-size)");
        String text = decode(bytes);
        return new SourceText(path, new Source(path.getFileName().toString(), sha256(bytes)), text);
    }

    static String decode(byte[] bytes) throws ParseException {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE.newDecoder(), bytes, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE.newDecoder(), bytes, 2);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new ParseException(lineAt(bytes, i), "binary content (a NUL byte at offset " + i + "): not a text document");
        }
        return strict(StandardCharsets.UTF_8.newDecoder(), bytes, start);
    }

    private static String strict(CharsetDecoder decoder, byte[] bytes, int offset) throws ParseException {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            throw new ParseException(lineAt(bytes, at), "invalid " + decoder.charset().name() + " near byte offset " + at);
        }
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) if (bytes[i] == '\n') line++;
        return line;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
