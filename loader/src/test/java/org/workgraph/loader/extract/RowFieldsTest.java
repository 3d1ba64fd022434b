package org.workgraph.loader.extract;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.SignalTable;
import org.workgraph.loader.model.Source;

/**
 * A digest row's block may hold fields besides the row's name and description ("Show: The Yard Hour" over the episode the
 * row is named by): they are read for mentions as the description is (DigestCitedListsTest shows the parser keeps them).
 */
class RowFieldsTest {

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
