package org.workgraph.loader.ideas;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** A unit of text: the resource evidence refers to, whether it is a response (weighed less) or a digest's summary (more). */
    record UnitInfo(String resource, boolean response, boolean summary, int words) implements Serializable {
        double weight() { return response ? Ranking.RESPONSE_WEIGHT : summary ? Ranking.SUMMARY_WEIGHT : 1.0; }
    }

    /** One occurrence of a candidate: which unit, where in its text, as written. */
    record Found(int unit, int start, int end, String surface) implements Serializable {}

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
        if (doc.ref().title() != null) title.addAll(maximal(Phrases.in(doc.ref().title(), tagger.tagLabel(doc.ref().title()))));
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
                phrases.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(new Found(i, o.start(), o.end(), o.surface()));
            }
        }
        return new DocumentPhrases(doc.ref().node().getURI(), doc.ref().file(), title, labels, units, phrases);
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
                if (g == o || g.start() > o.start() || g.end() < o.end() || g.end() - g.start() == o.end() - o.start()) continue;
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
            asBody.set(unit, new UnitInfo(u.resource(), false, false, u.words()));
            out.put(unit, new DocumentPhrases(node, file, Set.of(), Set.of(), asBody, found));
        });
        return out;
    }

}
