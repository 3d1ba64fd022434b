package org.workgraph.loader.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.workgraph.loader.model.SignalRow;

/**
 * The outside sources a list page credits its items to ("– The Daily" under each headline, "(Acme Weekly)" closing each
 * fact, "Acme Weekly - 4 Apr 2031"): publications, firms and bodies the page names. The evidence is the page's own
 * structure, not the name: the digest reader found a line or a closing part that each item repeats in one place
 * ({@code SignalRow#source}), so the words there are the page's credit line. It decides for the page and abstains: fewer
 * than two credited rows is no pattern, and a credit that reads as a person's name, a date or a kind of content ("(Video)",
 * "(PDF)") names no organisation.
 */
final class SourceCredits {
    /** Fewer credited rows than this and the page shows no credit pattern: one "(…)" closing a line is not one. */
    static final int MIN_CREDITED = 2;
    /** A credit longer than this is a sentence or a tag line, not a name. */
    private static final int MAX_WORDS = 6;
    /** What a bracket or a dash after a headline says of the item itself rather than of who published it. */
    private static final Set<String> CONTENT_LABELS = Set.of("video", "videos", "audio", "podcast", "pdf", "opinion", "op-ed", "editorial",
            "interview", "analysis", "update", "updated", "paywall", "paid", "free", "sponsored", "ad", "advertisement", "subscription",
            "premium", "photos", "photo", "gallery", "slideshow", "infographic", "thread", "part", "transcript", "summary", "preview",
            "review", "report", "study", "survey", "research", "paper", "book", "article", "blog", "newsletter", "link", "links", "more",
            "read", "watch", "listen", "source", "sources", "chart", "graph", "data", "free access", "long read", "must read");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");
    private static final Pattern DIGITS_ONLY = Pattern.compile("[\\d\\s.,/:-]+");

    private SourceCredits() {}

    /** The organisations the page's rows are credited to, each once, in page order, with the row that credits it first. */
    static List<Credit> organisations(List<SignalRow> rows, PagePeople people) {
        int credited = 0;
        for (SignalRow r : rows) if (r.source() != null) credited++;
        if (credited < MIN_CREDITED) return List.of();
        Map<String, Credit> out = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String s = rows.get(i).source();
            if (s == null) continue;
            String name = s.strip();
            if (whyNot(name, people).isEmpty()) out.putIfAbsent(name.toLowerCase(Locale.ROOT), new Credit(name, i));
        }
        return new ArrayList<>(out.values());
    }

    /** Why a credit names no organisation, or empty when it does. */
    static Optional<String> whyNot(String name, PagePeople people) {
        String[] words = SPACES.split(name);
        if (words.length > MAX_WORDS) return Optional.of("too long for a name");
        if (!CAPITAL.matcher(name).find() || DIGITS_ONLY.matcher(name).matches()) return Optional.of("no name");
        if (CONTENT_LABELS.contains(name.toLowerCase(Locale.ROOT))) return Optional.of("a kind of content");
        if (people.knows(name)) return Optional.of("a person of the page");
        // "– Ann Lee": a writer credited by name; the credit line alone does not say whether the page counts her.
        if (words.length >= 2 && words.length <= 3 && GivenNames.english().contains(words[0])) return Optional.of("a person's name");
        return Optional.empty();
    }

    /** The capitals of a name's words, its small words aside: "World Health Organization" → "WHO". */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : SPACES.split(name.strip())) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) b.appendCodePoint(w.codePointAt(0));
        }
        return b.length() >= 2 ? b.toString() : "";
    }

    /** An organisation a row is credited to; {@code row} is 0-based. */
    record Credit(String name, int row) {}
}
