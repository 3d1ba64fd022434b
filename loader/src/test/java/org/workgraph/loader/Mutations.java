package org.workgraph.loader;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Bad inputs derived from real documents by a seeded generator, so that every run tries the same inputs and a
 * failure can be replayed: random bytes, truncated, shuffled, spliced and corrupted copies, other encodings and
 * line ends. Some mutations keep the text (other line ends, a byte-order mark, UTF-16): those must load exactly
 * as the original does.
 */
public final class Mutations {
    /** One generated input: how it was made (for messages), whether it keeps the original's text, its bytes. */
    record Input(String how, int original, boolean sameText, byte[] bytes) {}

    private static final byte[][] INVALID_UTF8 = {
            {(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};

    private final Random random;
    private final List<String> originals;

    /** The text as UTF-8 with one byte that is never valid UTF-8 (0xFF) at the start of line {@code line} (1-based). */
    public static byte[] invalidByteOnLine(String text, int line) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = text.lines().limit(line - 1).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length + 1).sum();
        byte[] invalid = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, invalid, 0, at);
        invalid[at] = (byte) 0xFF;
        System.arraycopy(utf8, at, invalid, at + 1, utf8.length - at);
        return invalid;
    }

    Mutations(long seed, List<String> originals) {
        this.random = new Random(seed);
        this.originals = List.copyOf(originals);
    }

    Input next() {
        int i = random.nextInt(originals.size());
        String text = originals.get(i);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(16)) {
            case 0 -> new Input("random bytes", i, false, randomBytes(random.nextInt(4096)));
            case 1 -> new Input("random text", i, false, randomText().getBytes(StandardCharsets.UTF_8));
            case 2 -> new Input("truncated", i, false, Arrays.copyOf(utf8, random.nextInt(utf8.length + 1)));
            case 3 -> new Input("lines shuffled", i, false, join(shuffled(lines(text))));
            case 4 -> new Input("lines dropped or repeated", i, false, join(dropAndRepeat(lines(text))));
            case 5 -> new Input("bytes flipped", i, false, flip(utf8));
            case 6 -> new Input("invalid UTF-8 inserted", i, false, insert(utf8, INVALID_UTF8[random.nextInt(INVALID_UTF8.length)]));
            case 7 -> new Input("NUL inserted", i, false, insert(utf8, new byte[] {0}));
            case 8 -> new Input("UTF-16LE with BOM", i, true, withBom(text, true));
            case 9 -> new Input("UTF-16BE with BOM", i, true, withBom(text, false));
            case 10 -> new Input("UTF-8 with BOM", i, true, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
            case 11 -> new Input("CRLF line ends", i, true, text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            case 12 -> new Input("lone CR line ends", i, true, text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
            case 13 -> new Input("spliced with another document", i, false,
                    splice(text, originals.get(random.nextInt(originals.size()))).getBytes(StandardCharsets.UTF_8));
            case 14 -> new Input("UTF-16 without BOM", i, false, text.getBytes(StandardCharsets.UTF_16LE));
            default -> new Input("long line inserted", i, false, join(longLine(lines(text))));
        };
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    /** Lines of random words, markup and punctuation of the kinds the parsers look for. */
    private String randomText() {
        String[] pieces = {"Reply", "Comment", "Responses", "3 Responses", "says:", "Pingback:", "|", "||", "---", "Signals",
                "Relevancy", "5", "on", "at", "2024", "<b>", "&amp;", "\t", "  ", "é", "漢", "😀", "\u00A0", "@", "#", ":", "\"", "("};
        StringBuilder sb = new StringBuilder();
        int lines = random.nextInt(60);
        for (int l = 0; l < lines; l++) {
            int words = random.nextInt(12);
            for (int w = 0; w < words; w++) sb.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    private static byte[] join(List<String> lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private List<String> shuffled(List<String> lines) {
        Collections.shuffle(lines, random);
        return lines;
    }

    private List<String> dropAndRepeat(List<String> lines) {
        int changes = 1 + random.nextInt(10);
        for (int c = 0; c < changes && !lines.isEmpty(); c++) {
            int at = random.nextInt(lines.size());
            if (random.nextBoolean()) lines.remove(at);
            else lines.add(at, lines.get(random.nextInt(lines.size())));
        }
        return lines;
    }

    private List<String> longLine(List<String> lines) {
        lines.add(random.nextInt(lines.size() + 1), "word ".repeat(20_000 + random.nextInt(20_000)));
        return lines;
    }

    private byte[] flip(byte[] bytes) {
        byte[] b = bytes.clone();
        int flips = 1 + random.nextInt(20);
        for (int f = 0; f < flips && b.length > 0; f++) b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
        return b;
    }

    private byte[] insert(byte[] bytes, byte[] what) {
        int at = random.nextInt(bytes.length + 1);
        return concat(concat(Arrays.copyOf(bytes, at), what), Arrays.copyOfRange(bytes, at, bytes.length));
    }

    private String splice(String a, String b) {
        return a.substring(0, random.nextInt(a.length() + 1)) + b.substring(random.nextInt(b.length() + 1));
    }

    private static byte[] withBom(String text, boolean little) {
        byte[] bom = little ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        return concat(bom, text.getBytes(little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
