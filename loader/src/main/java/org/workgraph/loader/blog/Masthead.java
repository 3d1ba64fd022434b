package org.workgraph.loader.blog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Line;
import org.workgraph.loader.text.Search;

/**
 * What a site prints at the head of every page and is no part of the document: a call to action ("Subscribe for our
 * latest insights", "Sign up"), a legal line ("Privacy policy | © Acme Ltd 2019"), a logo spelled out letter by letter
 * ("T O P"), a notice banner opened by a bullet, and the site's own name where the page names its owner in a
 * copyright line. The post reader and the digest reader both pass over these before they look for a title.
 */
public final class Masthead {
    /** A call to action or site control on a line of its own, short. */
    private static final Search ACTION = Search.compile("^(?i:subscribe|sign (?:up|in)|log ?in|log ?out|register|"
            + "join (?:us|our|the newsletter|now)|follow us|skip to|toggle|search|menu|main menu|navigation|cookie)\\b.*$");
    /** A legal or copyright line. */
    private static final Search LEGAL = Search.compile("(?i)\u00A9|\\(c\\)\\s+\\d{4}|\\bcopyright\\s+(?:\u00A9\\s*)?\\d{4}|"
            + "\\bprivacy policy\\b|\\ball rights reserved\\b|\\bterms of (?:use|service)\\b|\\bcookie (?:policy|settings)\\b");
    /** A literal that every match of {@link #LEGAL} contains, lower-cased. */
    private static final List<String> LEGAL_WORDS = List.of("\u00A9", "(c)", "copyright", "privacy policy", "all rights reserved", "terms of ",
            "cookie ");
    /** The owner a copyright line names: "© Working Lives Ltd 2019" gives "Working Lives". */
    private static final Search OWNER = Search.compile("(?:\u00A9|\\(c\\)|(?i:copyright))\\s*(?:\\d{4}(?:[-\u2013]\\d{2,4})?\\s+)?"
            + "(\\p{Lu}[\\p{L}&'.-]*(?:\\s+[\\p{Lu}&][\\p{L}&'.-]*|\\s+(?:the|of|and|for|de)){0,5})");
    /** A logo or word spelled out in single letters: "T O P", "M E N U". */
    private static final Search SPACED = Search.compile("^(?:\\p{L}\\s){2,}\\p{L}$");
    /** A notice banner: a bulleted sentence above the title ("• Welcome to the new forum, …"). */
    private static final Search BANNER = Search.compile("^[\u2022\u25E6\u25AA\u2023\u2219\u00B7*]\\s*\\S.*\\s\\S+\\s\\S+\\s\\S+.*$");
    private static final Search COMPANY_SUFFIX = Search.compile("(?i)\\s+(?:ltd|limited|inc|llc|plc|gmbh|co|corp|group)\\.?$");
    /** Call-to-action lines are short; a sentence that opens with "Search" is text. */
    private static final int MAX_ACTION_WORDS = 10;

    private final List<String> owners;

    private Masthead(List<String> owners) { this.owners = owners; }

    /** The page's mastheads, as far as its copyright lines name the site. */
    public static Masthead of(List<Line> lines) {
        List<String> owners = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = OWNER.matcher(l.trimmed());
            if (m.find()) {
                // "© 2021 Quillmoor. All rights reserved.": the name ends at its sentence's end.
                String owner = m.group(1).trim().split("[.,]\\s")[0].replaceFirst("[.,]+$", "");
                owner = COMPANY_SUFFIX.matcher(owner).replaceFirst("").trim();
                if (owner.length() >= 3) owners.add(owner.toLowerCase(Locale.ROOT));
            }
        }
        return new Masthead(List.copyOf(owners));
    }

    /**
     * A bulleted sentence above everything else ("• Welcome to the new forum, …"): a site's notice. Only at the head
     * of a page, before its title: further down a bullet opens a list item.
     */
    public static boolean isBanner(String trimmed) {
        return BANNER.matches(trimmed);
    }

    /** Whether a line at the head of the page is site furniture rather than the document's title or text. */
    public boolean is(String trimmed) {
        if (trimmed.isEmpty()) return false;
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (owners.contains(lower)) return true; // the site's own name, as its copyright line gives it
        return isFurniture(trimmed);
    }

    /**
     * Whether the line holds one of the literal words {@link #LEGAL} needs: a plain substring test that rules out most
     * lines before the pattern's case-insensitive search at every position. {@code LEGAL} folds ASCII case only, so the
     * lower-cased line holds each of these wherever the pattern could match.
     */
    private static boolean mayBeLegal(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String word : LEGAL_WORDS) if (lower.contains(word)) return true;
        return false;
    }

    /** A call to action, a legal line or a spelled-out logo, wherever it stands on the page. */
    public static boolean isFurniture(String trimmed) {
        if (trimmed.isEmpty()) return false;
        if (SPACED.matches(trimmed)) return true;
        if (HeadFurniture.chrome(trimmed).isPresent()) return true; // skip links, lost logos' labels, subscription lines
        if (mayBeLegal(trimmed) && LEGAL.find(trimmed) && trimmed.split("\\s+").length <= 16) return true;
        return ACTION.matches(trimmed) && trimmed.split("\\s+").length <= MAX_ACTION_WORDS && !trimmed.endsWith(".");
    }
}
