package org.workgraph.loader.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Lexicon;
import org.workgraph.loader.text.Search;

/**
 * A body named only by its acronym, where the words around it say it is a body: a workplace, a source or a partner
 * after "at", "with", "from", "by", "joined" or "according to" ("ten years with QRB", "a report by HWRA", "from the
 * QRB"), or what a publisher or an agency did after it ("QRB covered …", "HWRA found …"). Agencies,
 * broadcasters, newspapers and firms are written this way on news, forum and newsletter pages alike; a verb of saying
 * after the acronym is {@link SpeechSubject}'s.
 *
 * <p>Left alone: an acronym of general English ({@link RunningText#commonAcronym}) or a word in capitals the lexicon
 * knows ("NINE months", "REAL reporters"), two letters without "the" before them ("at JS"), a header ("Post by QRB »"),
 * an acronym that opens or closes a longer name ("QRB Systems", a union's "QRB 21"), and a line in capitals. When the
 * page spells the acronym out ("the Harbour Rota Workers (HRW)") the body is named in full.
 */
final class AcronymSource {
    private AcronymSource() {}

    private static final Search ACRONYM = Search.compile("(?<![\\p{L}\\d&/.@#_'\u2019-])(\\p{Lu}{2,5})(?![\\p{L}\\d&@_-])");
    /** The words before: a preposition of workplace or source, with "the" allowed. */
    private static final Pattern CUE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:at|with|from|by|joined|according to)\\s+(the\\s+)?$");
    /**
     * The words after: what a publisher or an agency did ("QRB covered …", "HWRA found …"). A piece after the acronym ("the
     * QRB report", "the DEI survey") is left alone: concepts' acronyms stand there as often as bodies'.
     */
    private static final Pattern CUE_AFTER = Pattern.compile("^\\s+(?:reported|covered|found|finds|announced|published|estimates|estimated)\\b");
    /** A longer name the acronym is part of: a capitalised word or a number right after it, or a capitalised word before it. */
    private static final Pattern NAME_GOES_ON = Pattern.compile("^[ \\t]+(?:\\p{Lu}\\p{Ll}|\\d)");
    private static final Pattern NAME_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+)[ \\t]+$");

    static void organisations(int unit, String text, PagePeople people, RunningText.Sink sink) {
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            int s = m.start(1), e = m.end(1);
            String a = m.group(1);
            if (!sink.free(s, e) || RunningText.commonAcronym(a) || Lexicon.english().knows(a.toLowerCase(Locale.ROOT))) continue;
            String before = text.substring(Math.max(0, s - 40), s);
            String after = text.substring(e, Math.min(text.length(), e + 40));
            Matcher cue = CUE_BEFORE.matcher(before);
            boolean cuedBefore = cue.find();
            if (!cuedBefore && !CUE_AFTER.matcher(after).lookingAt()) continue;
            // Two capitals are as often a language, a state or an initial ("at JS", "CA says"): only "the FT" names a body.
            if (a.length() == 2 && !(cuedBefore && cue.group(1) != null)) continue;
            // "This QRB report": a word that opens no name ("This", "The") before it leaves it alone.
            Matcher name = NAME_BEFORE.matcher(before);
            if (NAME_GOES_ON.matcher(after).lookingAt() || name.find() && !MentionFinder.notName(name.group(1)) || goesOnElsewhere(text, a)) continue;
            if (RunningText.headerLine(text, s, e) || RunningText.allCapitals(text, s) || people.knows(a)) continue;
            String why = "an acronym the text treats as a body's: a workplace or source after \"at/with/from/by\", or what it covered or found";
            String full = SpeechSubject.spelledOut(text, a);
            if (full == null) {
                NameShapes.org(unit, text, s, e, sink, why);
            } else {
                sink.add(new Finding(unit, Finding.Relation.MENTIONS, Finding.Entity.ORGANIZATION, full, a,
                        why + ", which the page spells out as \"" + full + "\"", List.of(Spans.of(unit, text, s, e))));
            }
        }
    }

    /** Whether the page writes the acronym elsewhere as the start of a longer name ("QRB Systems"): that name is the body's. */
    private static boolean goesOnElsewhere(String text, String acronym) {
        int from = 0;
        while (true) {
            int at = text.indexOf(acronym, from);
            if (at < 0) return false;
            int end = at + acronym.length();
            boolean word = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
            if (word && end < text.length() && NAME_GOES_ON.matcher(text).region(end, text.length()).lookingAt()) return true;
            from = end;
        }
    }
}
