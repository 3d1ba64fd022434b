package org.workgraph.loader.blog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A headline printed inside quotation marks ("“Drivers and Others Take a Stand”"), as forum and community themes print a
 * topic's title: the marks are the theme's, not the title's. A quoted sentence ("“All too often, I realise …”") is a
 * quotation used as a title and keeps its marks; it is told from a headline by its case: a headline capitalises its
 * words, a sentence does not, and a sentence closes with its mark inside the quotation.
 */
final class QuotedTitle {
    private static final Pattern QUOTED = Pattern.compile("^[\u201C\"](.+)[\u201D\"]$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Short words a headline leaves in lower case: articles, conjunctions, short prepositions. */
    private static final int MIN_CAPITALISED_LENGTH = 4;
    private static final int MIN_WORDS = 3;

    private QuotedTitle() {}

    /** The title without the quotation marks around it when it is a headline; else the title as it is. */
    static String unquoted(String title) {
        if (title == null) return null;
        Matcher m = QUOTED.matcher(title.strip());
        if (!m.matches()) return title;
        String inside = m.group(1).strip();
        if (inside.indexOf('\u201C') >= 0 || inside.indexOf('\u201D') >= 0 || inside.indexOf('"') >= 0) return title;
        if (inside.endsWith(".") || inside.endsWith(",")) return title;
        String[] words = SPACES.split(inside);
        if (words.length < MIN_WORDS) return title;
        int long_ = 0, capitalised = 0;
        for (String w : words) {
            if (w.length() < MIN_CAPITALISED_LENGTH) continue;
            long_++;
            if (Character.isUpperCase(w.codePointAt(0))) capitalised++;
        }
        return long_ > 0 && capitalised == long_ ? inside : title;
    }
}
