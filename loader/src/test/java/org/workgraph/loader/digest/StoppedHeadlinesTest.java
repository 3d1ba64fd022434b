package org.workgraph.loader.digest;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.text.Lines;

/**
 * Headlines printed with a full stop, standing alone over their paragraphs, and the page's title over its introduction, which
 * opens the first span of the page's shape but is no row. The page is invented here.
 */
class StoppedHeadlinesTest {
    private static final String PAGE = """
            Weekly Depot Links, the Long Nights edition

            There is a fair case that most of what goes wrong on a night shift starts with too much of a good thing. Here are a few pieces on doing less, and doing it better.


            Replacing Overtime with Fixed Night Rotas.

            A yard manager in the north calls time on overtime and moves every crew to a fixed rota instead. For most drivers the line between a late shift and an early one is blurry at best.

            Why Every Depot Needs a Full-Time Sceptic

            Nobody likes the colleague who says no to every new idea. But a yard that has one tests its plans harder, and the plans that survive are better for it.

            Can You Work on Harbour Time?

            Stories of crews working through the night to clear a backlog are inspiring, but the piece argues that the backlog is the real story.
            """;

    @Test
    void aTitleCaseLineWithOneFullStopIsAHeadlineAndASentenceIsNot() {
        assertTrue(ItemShape.stoppedHeadline("Replacing Overtime with Fixed Night Rotas."));
        assertFalse(ItemShape.stoppedHeadline("The crews moved to a fixed rota."));
        assertFalse(ItemShape.stoppedHeadline("Fixed Rotas, Again."));
        assertFalse(ItemShape.stoppedHeadline("Wait..."));
    }

    @Test
    void theShapedReadingTakesTheStoppedHeadlineAndLeavesTheTitleOut() {
        SignalDigest d = new ShapedItems(true).read(new Source("page", ""), new Page(Lines.of(PAGE)), w -> {}).orElseThrow();
        assertEquals(List.of("Replacing Overtime with Fixed Night Rotas", "Why Every Depot Needs a Full-Time Sceptic", "Can You Work on Harbour Time?"),
                d.rows().stream().map(SignalRow::name).toList());
        assertEquals("Weekly Depot Links, the Long Nights edition", d.title());
    }
}
