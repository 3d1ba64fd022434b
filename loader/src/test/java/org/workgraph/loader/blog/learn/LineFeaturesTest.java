package org.workgraph.loader.blog.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.loader.text.Lines;

/** The line features on a page written for this test (invented people and text). */
class LineFeaturesTest {
    private static final LineFeatures PAGE = new LineFeatures(Lines.of("""
            Night shifts and the people who cover them

            The rota changed in March, and nobody asked the people who work it.

            Orla Quennell 3 March 2021 at 10:14 am

            We lost two evenings a week to the new rota, and the pay did not follow.

            Tamsin Brekke 4 March 2021 at 8:02 pm

            Same here. The union has raised it twice.
            Reply
            """));

    @Test
    void aNameWithAStampIsReadByItsShapeNeverByTheName() {
        List<String> f = PAGE.of(4);
        assertTrue(f.containsAll(List.of("date", "time", "name+stamp", "nameLead=2", "afterName=number", "prevBlank", "nextBlank", "next=long")), f.toString());
        // The shape repeats on the page: the other header has it too.
        assertTrue(f.contains("repeat=<=1") && f.contains("name+stamp+repeat"), f.toString());
        assertTrue(f.stream().noneMatch(s -> s.toLowerCase().contains("orla") || s.toLowerCase().contains("quennell")), f.toString());
    }

    @Test
    void aSentenceIsNoHeaderShape() {
        List<String> f = PAGE.of(6);
        assertTrue(f.contains("end=period") && f.contains("repeat=<=0"), f.toString());
        assertFalse(f.contains("name+stamp") || f.contains("bareName"), f.toString());
    }

    @Test
    void blankLinesHaveNoFeaturesAndFurnitureIsMarked() {
        assertEquals(List.of(), PAGE.of(1));
        List<String> reply = PAGE.of(11);
        assertTrue(reply.contains("furniture") && reply.contains("prev=medium"), reply.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Ann Lee says:;cue=says;afterName=says",
            "Posted by ann » Thu Aug 13, 2020 9:43 pm;cue=posted;cue=guillemet",
            "Submitted by Bo Dale on March 3, 2013;cue=submitted;cue=on",
            "ann_lee 5 days ago | parent | next;handleLead;cue=bar",
            "Bo Dale's avatar;cue=avatar;afterName=avatar",
    })
    void genericCueWordsAreFeatures(String line, String one, String two) {
        List<String> f = new LineFeatures(Lines.of(line)).of(0);
        assertTrue(f.contains(one) && f.contains(two), f.toString());
    }

    @Test
    void headersOfOneSystemShareACoarseShapeWhateverTheNamesLength() {
        assertEquals(LineFeatures.coarseShape("Ann Lee Marsh 5 days ago"), LineFeatures.coarseShape("Bo 2 days ago"));
        assertNotEquals(LineFeatures.coarseShape("Ann Lee 5 days ago"), LineFeatures.coarseShape("5. The rise of smart machines"));
    }

    @Test
    void thePageRepeatingItselfIsAFeature() {
        LineFeatures page = new LineFeatures(Lines.of("""
                A post about rotas

                The rota changed in March, and nobody asked the people who work it.

                We lost two evenings a week to the new rota, and the pay did not follow.
                Reply

                Same here. The union has raised it twice, and twice nothing came of it.
                Reply

                Ours changed too, but the manager asked us first and the pay followed.
                Reply
                """));
        // "Reply" stands three times at one period; the text after a repeated "Reply" opens a paragraph after a gap.
        List<String> reply = page.of(8);
        assertTrue(reply.contains("coarseRepeat=<=2") && reply.contains("sameShapeBack=<=3") && reply.contains("periodic"), reply.toString());
        List<String> after = page.of(10);
        assertTrue(after.contains("afterRepeated=furniture/long") && after.contains("afterRepeated+gap")
                && after.contains("gapBefore=<=1") && after.contains("beforeRepeatedShort"), after.toString());
        List<String> first = page.of(2);
        assertTrue(first.contains("prevShapeRepeat=<=0") && first.contains("sameShapeBack=none"), first.toString());
    }
}
