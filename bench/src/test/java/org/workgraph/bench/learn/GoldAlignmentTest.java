package org.workgraph.bench.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.bench.learn.GoldAlignment.Label;
import org.workgraph.bench.learn.GoldAlignment.Page;

/** The alignment of a gold reading to a page's lines, on a page and gold written for this test (invented people). */
class GoldAlignmentTest {
    @Test
    void headersAboveTextsAndSignaturesUnderThemAreLabelledAndWhatCannotBeFoundIsCounted(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("p.txt"), """
                Night shifts

                The rota changed in March.

                Orla Quennell 3 March 2021 at 10:14 am
                We lost two evenings a week to the new rota.
                Reply

                Same here, twice over.
                Posted by: Tamsin Brekke | 4 March 2021
                """);
        Files.writeString(dir.resolve("p.json"), """
                {"file": "p.txt", "kind": "blog-post", "responses": [
                  {"n": 1, "author": "Orla Quennell", "startsWith": "We lost two evenings"},
                  {"n": 2, "author": "Tamsin Brekke", "startsWith": "Same here"},
                  {"n": 3, "author": null, "startsWith": "A text that is not on the page"}]}
                """);
        Page page = GoldAlignment.align(dir.resolve("p.json"), dir);
        assertEquals(3, page.responses());
        assertEquals(2, page.startsFound());
        assertEquals(2, page.writersFound());
        assertEquals(Label.BODY, page.labels()[2]);
        assertEquals(Label.HEADER, page.labels()[4]);
        assertEquals(Label.RESPONSE, page.labels()[5]);
        assertEquals(Label.FURNITURE, page.labels()[6]);
        assertEquals(Label.HEADER, page.labels()[9]);
        assertNull(page.labels()[1]);
    }

    @Test
    void theFirstLineOfAResponseWithNoHeaderLineIsAStart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("q.txt"), """
                Night shifts

                The rota changed in March.

                2 Comments

                We lost two evenings a week to the new rota.
                Reply

                Same here, twice over,
                and nobody asked.
                """);
        Files.writeString(dir.resolve("q.json"), """
                {"file": "q.txt", "kind": "blog-post", "responses": [
                  {"n": 1, "author": null, "startsWith": "We lost two evenings"},
                  {"n": 2, "author": null, "startsWith": "Same here"}]}
                """);
        Page page = GoldAlignment.align(dir.resolve("q.json"), dir);
        assertEquals(Label.START, page.labels()[6]);
        assertEquals(Label.FURNITURE, page.labels()[7]);
        assertEquals(Label.START, page.labels()[9]);
        assertEquals(Label.RESPONSE, page.labels()[10]);
        assertEquals(0, page.headers());
    }
}
