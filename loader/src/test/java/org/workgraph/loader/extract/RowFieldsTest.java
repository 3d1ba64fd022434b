package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.digest.DigestParser;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/**
 * A digest row's block may hold fields besides the row's name and description ("Show: The Yard Hour" over the episode the
 * row is named by): they are read for mentions as the description is. Every page is written for this test.
 */
class RowFieldsTest {

    private static final String PAGE = """
            Today's episode is the audio companion to the monthly Depot Notes newsletter. Every month, Mara shares pieces she has read and episodes she has heard.

            Tea Break Reads:

            The quiet side of night shifts via Yard Weekly

            Fixed weekends lower sick days, a large new survey finds  via Freight Ledger, based on a study in Haulage Review

            Depot tablets kept every signature from 2029 on, auditors say via Depot Daily
            'I lost a month of pay to a rota scam' via Harbour News

            (This month's pieces are all a bit gloomy, but it is a coincidence!)

            Things to Hear:

            Show: The Yard Hour
            Episode: Ann Lee — Planning a Year of Nights, Keeping Crews Rested and Tips for the Long Winter (#212)
            Date: 29 December 2030

            Show: Nights Forever
            Episode: Piet Castellan, Thirty Years of Night Rotas on Paper and Tablets
            Date: 18 December 2030
            """;

    @Test
    void aBlocksOtherFieldsStayWithItsRow() throws Exception {
        SignalDigest d = new DigestParser().parse(new Source("p.txt", "0".repeat(64)), Lines.of(PAGE), w -> {});
        List<SignalRow> episodes = d.rows().stream().filter(r -> r.name().startsWith("Ann Lee") || r.name().startsWith("Piet")).toList();
        assertEquals(2, episodes.size(), d.rows().toString());
        assertTrue(episodes.get(0).fields().contains("Show: The Yard Hour"), episodes.get(0).fields());
        assertFalse(episodes.get(0).fields().contains("Episode:"), "the line the row is named by is its name, not another field");
    }

    @Test
    void theShowAFieldNamesIsAWorkTheDigestMentions() {
        SignalRow row = new SignalRow(SignalTable.SIGNALS, "Things to Hear", 1, "Piet Castellan, Thirty Years of Night Rotas", null,
                null, null, null, null, 12, null, null, "Show: Nights Forever\nDate: 18 December 2030");
        SignalDigest digest = new SignalDigest(new Source("d.txt", "0".repeat(64)), "Depot Notes", null, null, null,
                "What we heard this month.", List.of(), List.of(row), null);
        Set<String> works = new MentionFinder().inDigest(digest).stream().filter(f -> f.entity() == Finding.Entity.WORK)
                .map(Finding::name).collect(Collectors.toSet());
        assertTrue(works.contains("Nights Forever"), works.toString());
    }
}
