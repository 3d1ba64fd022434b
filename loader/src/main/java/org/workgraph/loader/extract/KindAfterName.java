package org.workgraph.loader.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Search;

/**
 * A body named with the kind of body it is written after it, lower case, behind "the": "the Harbour Rota Workers union",
 * "the Quillo network", "the Zentravo company". News and blog prose name a union, a chain or a network this way the first
 * time and bare after; the lower-case kind word is the page's own evidence. {@link OrganisationCues} reads the kind
 * before the name ("the staffing firm Quillomatic") and {@link NameShapes} a firm's staff after it ("Acme staff"); this is
 * the kind itself after it. The name passes the body gates of {@link NameShapes#body}, and one word must be one general
 * English does not know ("the Teachers union", "the Government agency" name no one).
 */
final class KindAfterName {
    private KindAfterName() {}

    /** Kinds of bodies; a "community" or a "group" is as often people of a place or a trait, and left out. */
    private static final String KINDS = "union|company|firm|network|chain|retailer|carmaker|automaker|startup|start-up|agency|newspaper|"
            + "magazine|website|nonprofit|non-profit|charity|bank|broadcaster|publisher|consultancy|conglomerate|airline|insurer";
    /** "the", one to four capitalised words (an acronym, "&" inside), then the kind, lower case, ending the phrase or before a noun. */
    private static final Search NAME_KIND = Search.compile("\\bthe[ \\t]+(\\p{Lu}[\\p{L}&'\u2019.-]*(?:[ \\t]+\\p{Lu}[\\p{L}&'\u2019.-]*){0,3})[ \\t]+(?:" + KINDS
            + ")(?![\\p{L}\\d-])");
    private static final Pattern LOWER_KINDS = Pattern.compile("\\b(?:" + KINDS + ")\\b");

    static void organisations(int unit, String text, PagePeople people, RunningText.Sink sink) {
        if (!text.contains("the ") || !LOWER_KINDS.matcher(text).find()) return;
        Matcher m = NAME_KIND.matcher(text);
        while (m.find()) {
            String name = NameShapes.trimName(m.group(1));
            if (name.isEmpty() || !NameShapes.body(text, m.start(1), name, people, false) || !OrganisationCues.unknownWord(name)) continue;
            NameShapes.org(unit, text, m.start(1), m.start(1) + name.length(), sink, "a name with the kind of body it is after it (\"the … union\", \"the … network\")");
        }
    }
}
