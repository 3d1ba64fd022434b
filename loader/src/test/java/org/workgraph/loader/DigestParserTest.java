package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.detect.KindDetector;
import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** Row splitting on rows the source digest does not have, and kind detection from the text alone. */
class DigestParserTest {
    private static final String DIGEST = """
            Futures

            Guilds Return: Craft Networks in the Platform Era, (from page 20240101a.)

            Summary

            Priya explores how craft guilds come back as online networks.

            Signals

            name description change 10-year driving-force relevancy
            Revival of Craft Guilds The guild is returning as a network of peers. From isolated freelancers to peer networks. Guilds will certify skills across borders. Platforms commoditise work, e.g. design, so peers band together. 3
            B2B Skill Passports New credentials travel between employers. From degrees to portable records. Most hiring will check passports. Employers need faster proof of skill. 5

            Concerns

            name description
            Gatekeeping by Incumbents Established members may exclude newcomers. This has happened before.
            Revival of Craft Guilds As guilds grow they may ossify.
            """;

    private SignalDigest parse(List<String> warnings) throws ParseException {
        return new DigestParser().parse(new Source("d.txt", "0".repeat(64)), Lines.of(DIGEST), warnings::add);
    }

    @Test
    void splitsEveryColumnOfAnUnseenDigest() throws Exception {
        List<String> warnings = new ArrayList<>();
        SignalDigest d = parse(warnings);
        assertEquals(List.of(), warnings);
        assertEquals("Guilds Return: Craft Networks in the Platform Era", d.title());
        assertEquals("20240101a", d.sourcePage());
        assertEquals("Priya", d.article().author());
        assertEquals(4, d.rows().size());
        SignalRow first = d.rows().get(0);
        assertEquals(SignalTable.SIGNALS, first.table());
        assertEquals("Revival of Craft Guilds", first.name());
        assertEquals("The guild is returning as a network of peers.", first.description());
        assertEquals("From isolated freelancers to peer networks.", first.change());
        assertEquals("Guilds will certify skills across borders.", first.tenYear());
        assertEquals("Platforms commoditise work, e.g. design, so peers band together.", first.drivingForce());
        assertEquals(3, first.relevancy());
        assertEquals("B2B Skill Passports", d.rows().get(1).name());
        assertEquals(5, d.rows().get(1).relevancy());
        SignalRow concern = d.rows().get(2);
        assertEquals(SignalTable.CONCERNS, concern.table());
        assertEquals("Gatekeeping by Incumbents", concern.name());
        assertEquals("Established members may exclude newcomers. This has happened before.", concern.description());
        assertNull(concern.relevancy());
        assertEquals("Revival of Craft Guilds", d.rows().get(3).name());
        assertEquals(2, d.rows().get(3).rowNumber());
    }

    @Test
    void kindComesFromTheTextNotTheFileName() {
        KindDetector detector = new KindDetector();
        assertEquals(DocumentKind.SIGNAL_DIGEST, detector.detect(Lines.of(DIGEST)));
        assertEquals(DocumentKind.BLOG_POST, detector.detect(Lines.of("A title\n\nSome body that names a description.\n")));
    }
}
