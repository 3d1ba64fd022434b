package org.workgraph.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import org.workgraph.loader.identity.Names;
import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.Search;

/**
 * A person by the age the text gives after the name: "Tobias Quernby, 35, who works nights", "Ana, a 28-year-old nurse,
 * says". News and feature prose introduce the people they quote this way; a body or a place is given no age. The name
 * is one to three capitalised words; one word must be no word of general English (a given name is a name even where
 * English has the word), and every name passes {@link PersonShape}.
 */
final class AgeAppositive {
    private AgeAppositive() {}

    /** A name, a comma, then "a 28-year-old" or ", 35," (an age between commas) before the sentence goes on in lower case. */
    private static final Search AGED = Search.compile("(?<![\\p{L}\\d@#&'\u2019.-])(\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}[\\p{L}'\u2019-]+){0,2}),\\s+"
            + "(?:(?:a|an)\\s+\\d{1,2}-year-old\\b|\\d{2},\\s+\\p{Ll})");

    static void people(int unit, String text, String writer, PagePeople people, RunningText.Sink sink) {
        if (!text.contains("-year-old") && text.indexOf(',') < 0) return;
        Matcher m = AGED.matcher(text);
        while (m.find()) {
            int s = m.start(1), e = m.end(1);
            // Lines reach here joined: a heading's last word may run into the name ("… Bosses Ann, a 28-year-old"). Words of
            // general English that are no given or family name go from the front.
            while (true) {
                int sp = text.indexOf(' ', s);
                if (sp < 0 || sp >= e) break;
                String w = text.substring(s, sp);
                if (GivenNames.english().contains(w) || GivenNames.english().familyName(w) || !Lexicon.english().knows(w.toLowerCase(Locale.ROOT))) break;
                s = sp + 1;
            }
            // A word that cannot open a name, a month or a place is given no age ("May, 12, …").
            String written = text.substring(s, e);
            int space = written.indexOf(' ');
            String first = space < 0 ? written : written.substring(0, space);
            if (MentionFinder.notName(first) || RunningText.monthOrDay(first) || Places.wordNet().contains(written) || !sink.free(s, e)) continue;
            if (!people.knows(written) && PersonShape.refuses(written, people).isPresent()) continue;
            String name = people.resolve(written).orElse(Names.clean(written));
            if (writer != null && Names.key(writer).equals(Names.key(name))) continue;
            people.add(name);
            sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.PERSON, name, written,
                    "a name the text gives an age (\"…, 35,\", \"…, a 28-year-old\")", List.of(Spans.of(unit, text, s, e))));
        }
    }
}
