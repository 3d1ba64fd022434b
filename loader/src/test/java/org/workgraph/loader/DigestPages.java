package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.detect.KindDetector;
import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** What the digest layout tests ask of an invented page: its reading as a digest, its kind, its rows' names. */
final class DigestPages {
    private DigestPages() {}

    /** The page read as a digest, which must read without a warning. */
    static SignalDigest parse(String text) throws ParseException {
        List<String> warnings = new ArrayList<>();
        SignalDigest d = new DigestParser().parse(new Source("p.txt", "0".repeat(64)), Lines.of(text), warnings::add);
        assertEquals(List.of(), warnings);
        return d;
    }

    static DocumentKind kind(String text) { return new KindDetector().detect(Lines.of(text)); }

    static List<String> names(SignalDigest d) { return d.rows().stream().map(SignalRow::name).toList(); }
}
