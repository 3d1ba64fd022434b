package org.workgraph.loader.extract;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Search;

/**
 * A body whose name opens with the word for what it is and goes on with "of" or "for": "the Office of Rota Planning",
 * "the Department of Night Work", "the Centre for Shift Studies and Harbour Futures". The head-word run of
 * {@link RunningText} needs a capitalised word before the head ("Harbour Labour Office"), so a public office, a
 * ministry, a university or a centre named head first mid-sentence was missed. The words are general English, the shape
 * is not: a capitalised head word, "of/for" and capitalised words after it name one body on every kind of site.
 * A capitalised word before the head ("Harbour University of …") is left to the head-word run, and a board of its own
 * members ("the Board of Directors") is no name.
 */
final class HeadFirst {
    private HeadFirst() {}

    /** Head words that open a body's name. */
    private static final String HEADS = "Office|Department|Ministry|Bureau|Institute|University|College|School|Centre|Center|Council|"
            + "Commission|Agency|Academy|Federation|Association|Society|Museum|Bank|Chamber|Board|Authority|Foundation";
    /** A capitalised word of the name, on the same line (units keep some line breaks: a name never crosses one). */
    private static final String WORD = "\\p{Lu}[\\p{L}'\u2019&-]*";
    private static final Search HEAD_FIRST = Search.compile("(?<![\\p{L}\\d&-])((?:" + HEADS + ")[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?" + WORD
            + "(?:[ \\t]+(?:(?:of|for|and|&|on)[ \\t]+)?" + WORD + "){0,5})(?![\\p{L}\\d])");
    /** A capitalised word just before the match: the head is then inside a longer name, which the head-word run reads. */
    private static final Pattern CAPITAL_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019&.-]*[ \\t]+$");
    /** The members of a body, not a body's name: "the Board of Directors", "the Council of Ministers" is kept. */
    private static final Set<String> MEMBERS = Set.of("Directors", "Trustees", "Governors", "Regents", "Commissioners", "Supervisors",
            "Advisors", "Advisers", "Examiners", "Management");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern TRAILING_JOINER = Pattern.compile("[ \\t]+(?:of|for|and|&|on)$");

    static void organisations(int unit, String text, PagePeople people, RunningText.Sink sink) {
        if (!text.contains(" of ") && !text.contains(" for ")) return;
        Matcher m = HEAD_FIRST.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            String before = text.substring(Math.max(0, s - 40), s);
            Matcher c = CAPITAL_BEFORE.matcher(before);
            // "The Office of …" opening a sentence: "The" is no capitalised name word before the head.
            if (c.find() && !c.group().strip().equals("The")) continue;
            String name = NameShapes.trimName(m.group(1));
            name = TRAILING_JOINER.matcher(name).replaceAll("");
            String[] words = BLANKS.split(name);
            if (words.length < 3 || MEMBERS.contains(words[words.length - 1]) && words.length == 3) continue;
            int e = s + name.length();
            if (RunningText.headerLine(text, s, e) || people.knows(name)) continue;
            NameShapes.org(unit, text, s, e, sink, "a body named head first with its \"of\"/\"for\" part (\"the Office of …\")");
        }
    }
}
