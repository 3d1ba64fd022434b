package org.workgraph.loader.read;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML front matter of a saved post (static site generators keep posts as "---", key: value lines, "---", then
 * the post's HTML): only the keys a document needs. Null when the text has none.
 */
record FrontMatter(String title, String url, LocalDate date, int lines) {
    private static final Pattern BLOCK = Pattern.compile("\\A\\uFEFF?---\\r?\\n(.*?)\\r?\\n---\\r?\\n", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("(?m)^(title|url|date):\\s*(.*?)\\s*$");

    static FrontMatter of(String text) {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) return null;
        String title = null, url = null;
        LocalDate date = null;
        Matcher k = KEY.matcher(block.group(1));
        while (k.find()) {
            String v = k.group(2).replaceAll("^[\"']|[\"']$", "");
            switch (k.group(1)) {
                case "title" -> title = v.isEmpty() ? null : v;
                case "url" -> url = v.isEmpty() ? null : v;
                default -> date = Markup.date(v).orElse(null);
            }
        }
        return new FrontMatter(title, url, date, (int) block.group().chars().filter(c -> c == '\n').count());
    }

    /** The text after the front matter. */
    String strip(String text) {
        return BLOCK.matcher(text).replaceFirst("");
    }
}
