package org.workgraph.loader.digest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How one line of a run is read into a row: its name, its description and its source. Every line is invented here. */
class LabelledRunsRowTest {
    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("a bullet and a source in parentheses", "• Depots trial a shared shift calendar (Linmouth Courier)",
                        "Depots trial a shared shift calendar", null, "Linmouth Courier"),
                Arguments.of("a title closed by a full stop before its source", "Ten Ways to Share a Night Rota. (Depot Weekly)",
                        "Ten Ways to Share a Night Rota", null, "Depot Weekly"),
                Arguments.of("a time in the episode", "12:05 Why the ferry crews said no", "Why the ferry crews said no", null, null),
                Arguments.of("a reading time and a gloss after a dash", "Crews Vote on Rotas (3 min read) — The count closes on Friday.",
                        "Crews Vote on Rotas", "The count closes on Friday.", null),
                Arguments.of("a pictograph and a run-in label", "📊 Count the hours: Crews that log their own hours win.",
                        "Count the hours", "Crews that log their own hours win.", null),
                Arguments.of("a name and a gloss in lower case", "- Night rotas (fewer fixed shifts, more swaps)",
                        "Night rotas", "fewer fixed shifts, more swaps", null),
                Arguments.of("a title and the writer's comment", "Orchards sign pickers early. I think this will spread to the ports. (Valley Grower)",
                        "Orchards sign pickers early", "I think this will spread to the ports.", "Valley Grower"),
                Arguments.of("a headline in title case of two sentences", "They Kept the Night Shift. Then the Depot Closed.",
                        "They Kept the Night Shift. Then the Depot Closed", null, null),
                Arguments.of("a title with a colon is not a run-in label", "The Ferry Ballot: What It Means for Contracts",
                        "The Ferry Ballot: What It Means for Contracts", null, null),
                Arguments.of("a sentence keeps its full stop", "Crews that count their own hours win.", "Crews that count their own hours win.", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void oneLineIsOneRow(String what, String line, String name, String description, String source) {
        LabelledRuns.Row row = LabelledRuns.row(line);
        assertEquals(name, row.name());
        assertEquals(description, row.description());
        assertEquals(source, row.source());
    }
}
