package org.workgraph.loader.ideas;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.workgraph.loader.text.Lexicon;

/**
 * The candidate phrases of one document, as the tagger found them: what the ranking needs and nothing more
 * (no text), so that it can be spooled to disk between the pass that counts document frequencies and the
 * pass that chooses each document's ideas. Plain strings, so it serialises without Jena.
 *
 * @param node       the document's IRI
 * @param file       its file name (evidence IRIs are minted from it)
 * @param titleKeys  keys of the phrases in its title and in its rows' labels (they count more)
 * @param labelKeys  keys of the row labels that are one noun phrase whole: the names of a digest's signals
 * @param units      its units: IRI, whether a response, and how many words
 * @param phrases    candidate key → its occurrences, in text order
 */
public record DocumentPhrases(String node, String file, Set<String> titleKeys, Set<String> labelKeys, List<UnitInfo> units,
        Map<String, List<Found>> phrases) implements Serializable {

    /**
     * A unit of text: the resource evidence refers to, whether it is a response (weighed less), a digest's summary
     * (more) or the document's title. A title's phrases already weigh as headlines ({@code titleKeys}); its own unit
     * makes them candidates when the body never repeats them ("Social Media Policy – Part 7"), and adds nothing more.
     */
    record UnitInfo(String resource, boolean response, boolean summary, boolean title, int words) implements Serializable {
        UnitInfo(String resource, boolean response, boolean summary, int words) { this(resource, response, summary, false, words); }

        double weight() { return title ? 0 : response ? Ranking.RESPONSE_WEIGHT : summary ? Ranking.SUMMARY_WEIGHT : 1.0; }
    }

    /**
     * One occurrence of a candidate: which unit, where in its text, as written, and whether it is an activity (a
     * gerund with its object, {@link Phrases.Occurrence#activity}), whose object stays a phrase of its own.
     */
    record Found(int unit, int start, int end, String surface, boolean activity) implements Serializable {
        Found(int unit, int start, int end, String surface) { this(unit, start, end, surface, false); }
    }

    /**
     * Tags a document's text and collects its candidate phrases, names included: what a document contributes
     * depends on its text alone, so the counts it added to the corpus statistics can be taken out again exactly
     * when it is replaced or removed. Names are left out when ideas are chosen ({@link #withoutNames}).
     */
    static DocumentPhrases of(DocumentText doc, Tagger tagger) {
        List<UnitInfo> units = new ArrayList<>();
        boolean digest = doc.units().stream().anyMatch(u -> u.heading() != null);
        Map<String, List<Found>> phrases = new LinkedHashMap<>();
        // The title, and the labels a digest's rows open with, name what the document is about.
        Set<String> title = new HashSet<>();
        Set<String> labels = new HashSet<>();
        String titleText = doc.ref().title();
        List<Phrases.Occurrence> inTitle = titleText == null ? List.of() : Phrases.in(titleText, tagger.tagLabel(titleText));
        title.addAll(maximal(inTitle));
        for (int i = 0; i < doc.units().size(); i++) {
            DocumentText.Unit u = doc.units().get(i);
            units.add(new UnitInfo(u.resource().getURI(), u.response(), digest && i == 0 && !u.response() && u.heading() == null,
                    u.text().split("\\s+").length));
            // A row's label is tagged once: for the document's headline phrases and as the opening of the row's text.
            List<Tagger.Token> label = u.heading() == null ? List.of() : tagger.tagLabel(u.heading());
            if (u.heading() != null) {
                List<Phrases.Occurrence> found = Phrases.in(u.heading(), label);
                title.addAll(maximal(found));
                String name = wholeName(u.heading());
                found.stream().filter(o -> o.start() == 0 && o.end() == name.length()).forEach(o -> labels.add(o.key()));
            }
            if (!english(u.text())) continue; // the English tagger reads other languages as noise
            for (Phrases.Occurrence o : Phrases.in(u.text(), tokens(u, label, tagger))) {
                if (cutOff(u.text(), o)) continue;
                phrases.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(new Found(i, o.start(), o.end(), o.surface(), o.activity()));
            }
        }
        if (!inTitle.isEmpty()) {
            // The title is a unit of its own, after the others: a page's title often names its subject in words the
            // body does not repeat. Its evidence quotes the title (IdeaGraph.link).
            int at = units.size();
            units.add(new UnitInfo(doc.ref().node().getURI(), false, false, true, titleText.split("\\s+").length));
            for (Phrases.Occurrence o : inTitle) {
                phrases.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(new Found(at, o.start(), o.end(), o.surface(), o.activity()));
            }
        }
        return new DocumentPhrases(doc.ref().node().getURI(), doc.ref().file(), title, labels, units, phrases);
    }

    /**
     * Whether an occurrence ends a text that stops mid-word: a page saved or indexed up to a length ends where it
     * ends ("... for varying dura"), and its last word, unknown to the lexicon and with no full stop after it, is
     * likely a word cut short, not a concept.
     */
    static boolean cutOff(String text, Phrases.Occurrence o) {
        String rest = text.substring(o.end());
        if (!rest.isBlank()) return false;
        String[] words = o.surface().split("[\\s\u2010-\u2015-]+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return !Lexicon.english().knows(last) && !Lexicon.english().knows(Phrases.singular(last));
    }

    /** A unit's tokens: a row's text opens with its label, already tagged as a label; the rest is tagged as prose. */
    private static List<Tagger.Token> tokens(DocumentText.Unit u, List<Tagger.Token> label, Tagger tagger) {
        if (u.heading() == null || !u.text().startsWith(u.heading())) return tagger.tag(u.text());
        List<Tagger.Token> out = new ArrayList<>(label);
        int at = u.heading().length();
        for (Tagger.Token t : tagger.tag(u.text().substring(at))) {
            out.add(new Tagger.Token(t.start() + at, t.end() + at, t.text(), t.tag()));
        }
        return out;
    }

    /**
     * Whether a text reads as English: at least one word in eight is an English function word ("the", "of",
     * "and"…), as in any English prose; a comment in another language has almost none. Short texts pass.
     */
    static boolean english(String text) {
        int words = 0;
        int function = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (w.isEmpty()) continue;
            words++;
            if (Phrases.STOP.contains(w)) function++;
        }
        return words < 12 || function * 8 >= words;
    }

    /** A label without a trailing parenthesis ("Distributed Ledgers (DLT)") or full stop. */
    private static String wholeName(String label) {
        return label.replaceFirst("\\s*(\\([^)]*\\))?\\s*[.:]?\\s*$", "");
    }

    /**
     * Keys of the phrases of a heading that no longer phrase of it contains, but for the sides of a join: of "Need
     * for Portable Pensions", "need for portable pensions" and "portable pensions", not "pensions".
     */
    static List<String> maximal(List<Phrases.Occurrence> phrases) {
        List<String> out = new ArrayList<>();
        for (Phrases.Occurrence o : phrases) {
            boolean inside = false;
            for (Phrases.Occurrence g : phrases) {
                if (g == o || g.activity() || g.start() > o.start() || g.end() < o.end() || g.end() - g.start() == o.end() - o.start()) continue;
                if (!Ranking.Nesting.ownPhraseIn(g.surface(), g.start(), o.start(), o.end())) inside = true;
            }
            if (!inside) out.add(o.key());
        }
        return out;
    }

    /** The same phrases less names and parts of names (keys in {@code names}): a name, or part of one, is not an idea. */
    DocumentPhrases withoutNames(Set<String> names) {
        Map<String, List<Found>> kept = new LinkedHashMap<>();
        phrases.forEach((key, found) -> {
            if (names.contains(key)) return;
            for (Found f : found) if (!namesSomeone(f.surface(), names)) kept.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        });
        return new DocumentPhrases(node, file, titleKeys, labelKeys, units, kept);
    }

    double weight(Found f) { return units.get(f.unit()).weight(); }

    /**
     * The keys the corpus statistics count for this document: its phrases less those found only in its title or only
     * as activities. The statistics stay those of the text's noun phrases, so that a title's candidates and the
     * activities change no other phrase's weight, in this document or another.
     */
    Set<String> counted() {
        Set<String> out = new LinkedHashSet<>();
        phrases.forEach((key, found) -> {
            for (Found f : found) {
                if (!f.activity() && !units.get(f.unit()).title()) {
                    out.add(key);
                    return;
                }
            }
        });
        return out;
    }


    /** "answering Ann", "Acme study": a phrase with a capitalised name in it is about someone, not a concept. */
    private static boolean namesSomeone(String surface, Set<String> names) {
        for (String key : capitalisedWordKeys(surface)) if (names.contains(key)) return true;
        return false;
    }

    /** The keys of a wording's capitalised words: those that may be names. */
    static List<String> capitalisedWordKeys(String surface) {
        List<String> out = new ArrayList<>();
        for (String w : surface.split("[\\s\u2010-\u2015-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) out.add(Phrases.key(w));
        }
        return out;
    }

    /**
     * Each unit's own phrases, as if that unit were a document (its text weighs as a body's): one pass over the
     * document's phrases for all units, so a thread of hundreds of comments costs no more than its text.
     */
    Map<Integer, DocumentPhrases> byUnit() {
        Map<Integer, Map<String, List<Found>>> own = new HashMap<>();
        phrases.forEach((key, list) -> list.forEach(f ->
                own.computeIfAbsent(f.unit(), u -> new LinkedHashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(f)));
        Map<Integer, DocumentPhrases> out = new HashMap<>();
        own.forEach((unit, found) -> {
            List<UnitInfo> asBody = new ArrayList<>(units);
            UnitInfo u = units.get(unit);
            asBody.set(unit, new UnitInfo(u.resource(), false, false, u.title(), u.words()));
            out.put(unit, new DocumentPhrases(node, file, Set.of(), Set.of(), asBody, found));
        });
        return out;
    }

}
