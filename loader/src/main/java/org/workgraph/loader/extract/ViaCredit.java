package org.workgraph.loader.extract;

import java.util.regex.Matcher;

import org.workgraph.loader.text.Search;

/**
 * The source a link credits with "via": "The dark side of night shifts via Harbour Rota Weekly", "… finds via Tide CEO,
 * based on …", "Read more via Harbour Business Review". Link blogs, newsletters and reading lists close an item with
 * "via" and the site or publication it came from; the single word ("via Chirper") is {@link RunningText}'s platform rule,
 * and this one takes a name of two to four capitalised words or acronyms. Units reach the finder with their lines joined,
 * so the name must end where the item visibly does: at a comma, a bracket, a full stop, a quotation mark, a number or the
 * end of the text; a name that runs on into a capitalised word ("via Harbour Agile Remote work …") is left alone, as its
 * end cannot be told. Every name passes the body gates of {@link NameShapes#body}.
 */
final class ViaCredit {
    private ViaCredit() {}

    /** "via" and two to four capitalised words or acronyms, then a mark, a quotation, a number or the end of the text. */
    private static final Search VIA_NAME = Search.compile("\\bvia\\s+(\\p{Lu}[\\p{L}\\d&'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}\\d&'\u2019-]*){1,3})"
            + "(?=\\s*(?:[,;.)\\]]|$)|\\s+[\u2018\u201C'\"(\\d])");

    static void organisations(int unit, String text, PagePeople people, RunningText.Sink sink) {
        if (!text.contains("via ")) return;
        Matcher m = VIA_NAME.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!NameShapes.body(text, m.start(1), name, people, false) || !OrganisationCues.unknownWord(name)) continue;
            NameShapes.org(unit, text, m.start(1), m.start(1) + name.length(), sink, "the source a link credits (\"… via …\")");
        }
    }
}
