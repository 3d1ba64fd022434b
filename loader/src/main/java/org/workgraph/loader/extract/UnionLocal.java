package org.workgraph.loader.extract;

import java.util.regex.Matcher;

import org.workgraph.loader.text.Search;

/**
 * A union's local branch by its number: "HRWU Local 512", "Harbour Rota Workers Local 87". Labour news names the branch
 * that bargains or strikes this way; "Local" and a number after a union's initials or name are a body's name, whatever
 * the words around it. A person's name never takes a branch number, and a given name first is left to the people rules.
 */
final class UnionLocal {
    private UnionLocal() {}

    /**
     * Initials, or one to eight capitalised words (joined by "of", "and", "for", which unions' names often capitalise:
     * "United Brotherhood Of Rota Workers And Porters Local 12"), then "Local" and a number.
     */
    private static final Search LOCAL = Search.compile("(?<![\\p{L}\\d])((?:\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+(?:\\s+(?:(?:[Oo]f|[Aa]nd|[Ff]or|&)\\s+)?\\p{Lu}\\p{Ll}+){0,7})"
            + "\\s+Local\\s+\\d{1,5})(?![\\p{L}\\d])");

    static void organisations(int unit, String text, PagePeople people, RunningText.Sink sink) {
        if (!text.contains("Local ")) return;
        Matcher m = LOCAL.matcher(text);
        while (m.find()) {
            // Words that cannot open a name go ("The Harbour Rota Workers Local 87", "Meanwhile HRWU Local 512").
            int s = m.start(1);
            while (MentionFinder.notName(text.substring(s, text.indexOf(' ', s)))) s = text.indexOf(' ', s) + 1;
            String first = text.substring(s, text.indexOf(' ', s));
            if (first.equals("Local") || GivenNames.english().contains(first) || people.resolve(first).isPresent()) continue;
            // "Harbourville Local 412": a place before "Local" says where the branch is; the branch's name is "Local 412" (after
            // "Of", the place is part of the union's name: "… Of Harbourland Local 201").
            int local = text.lastIndexOf(" Local ", m.end(1));
            int placeStart = text.lastIndexOf(' ', local - 1) + 1;
            String place = text.substring(Math.max(s, placeStart), local);
            String beforePlace = placeStart > s ? text.substring(s, placeStart).strip() : "";
            if (Places.wordNet().contains(place) && !beforePlace.endsWith(" Of") && !beforePlace.endsWith(" of") && !beforePlace.equals("Of")) s = local + 1;
            NameShapes.org(unit, text, s, m.end(1), sink, "a union's local branch by its number (\"… Local 512\")");
        }
    }
}
