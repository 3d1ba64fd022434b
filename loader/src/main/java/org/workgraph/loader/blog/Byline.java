package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;
import org.workgraph.loader.text.Search;

/**
 * A post's byline, e.g. "Posted by Ann Lee on Jun 5, 2015 in Remote Work, Management | 3 Comments",
 * "Posted on 22 March 2014 by Ann Lee", "By Ann Lee | March 22, 2014", "Ann Lee | | Future of Work" (a name, an empty
 * date field, a category), "Written by Ann Lee", "Author: Ann Lee", "March 3, 2025 by Ann Lee",
 * "Ann Lee on March 3, 2025", "by ann 5 days ago" (an age is no date: it is relative to a day the text does not give).
 * Every part may be missing; an empty "Posted by on ..." gives no author. Digests print the same bylines, so the
 * digest reader asks this class too.
 */
public record Byline(String author, LocalDate date, List<String> categories, Integer claimedCount) {
    private static final Search POSTED = Search.compile("^(?i:posted)\\b(.*)$");
    private static final Search BY = Search.compile("^(?i:by)\\s+(.+)$");
    /** "Written by Ann Lee", "Words by Ann Lee", "Story by …": a verb or noun before "by", read as "By Ann Lee". */
    private static final Search WRITTEN_BY = Search.compile("^(?i:written|words|story|text|reporting|article|interview|essay)\\s+(?=(?i:by)\\s)");
    /** A reading time closing a byline after a separator: " · 5 min read", " | 6 mins". */
    private static final Search READ_TIME = Search.compile("\\s+[|\u00B7\u2022\u2013\u2014-]\\s+\\d{1,3}\\s*(?i:min|mins|minutes?)(?:\\s+(?i:read))?\\s*$");
    /** "Author: Ann Lee", "Writer: Ann Lee": a labelled byline of a name alone. */
    private static final Search AUTHOR_FIELD = Search.compile("^(?i:author|writer|written by|posted by)\\s*:\\s*(\\S.*)$");

    /** Drupal's "Submitted by ann on March 3, 2013" (the date may be missing). */
    private static final Search SUBMITTED = Search.compile("^(?i:submitted by)\\s+(\\S+(?:\\s+\\S+){0,3}?)(?:\\s+(?i:on)\\b\\s*(.*))?$");
    /** A separator right after a date: " . ", " | ", " · ". */
    private static final Search SEPARATOR_FIRST = Search.compile("^[.|\u00B7\u2022\u2013\u2014-](?:\\s|$)");
    /** A labelled meta field, possibly empty: "category: Work", "Tags: remote, hiring", "Filed under:". */
    private static final Search META_LABEL = Search.compile("^(?i:categor(?:y|ies)|tags?|filed under|topics?)\\s*:\\s*(.*)$");
    /** A link to the comments without a count: "Comments", "Leave a comment", "Add comment". */
    private static final Search COMMENTS_LINK = Search.compile("(?i)^(?:comments?|leave a (?:comment|reply)|add (?:a )?comment|discuss)$");
    /** Reddit's and Lemmy's old interfaces: "this post was submitted on 14 Jul 2025". */
    private static final Search SUBMITTED_ON = Search.compile("^(?i:this (?:post|story|entry|thread) was (?:submitted|posted|published) on)\\s+(.+)$");
    /** What may stand between a byline's name and its date: a separator, a portrait's alt text. */
    private static final Search BETWEEN = Search.compile("^(?:[|\u00B7\u2013\u2014-]\\s*)?(?:(?i:on)\\s+)?(?:(?i:profile picture for user|avatar of|photo of)\\s+\\S+\\s+)?");
    /** "March 3, 2025 by Ann Lee", "March 3, 2025 · by Ann Lee": a date, then the writer. */
    private static final Search DATE_THEN_BY = Search.compile("^\\s*(?:[|\u00B7\u2022\u2013\u2014-]\\s*)?(?i:by)\\s+\\S");

    /** A name, then "at" and a stamp: "Ann Lee at October 2, 2003 03:08 PM". */
    private static final Search AT_STAMP = Search.compile("^(.+?)\\s+(?i:at)\\s+(.+)$");

    /** "Ann Lee March 3, 2013", "Ann Lee | March 3, 2013", "Ann Lee Profile picture for user ann March 3, 2013". */
    private static Optional<Byline> nameThenDate(String t) {
        String[] words = t.split("\\s+");
        // "By Ann Lee | March 3, 2013" is the "by" form, read below: "By" is no part of a name.
        if (words[0].equalsIgnoreCase("by")) return Optional.empty();
        for (int k = 1; k <= 4 && k < words.length; k++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String rest = BETWEEN.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))).replaceFirst("");
            if (Character.isUpperCase(name.charAt(0)) && Header.nameLike(name) && Dates.DATE.matcher(rest).lookingAt() && Dates.isStamp(rest)) {
                return Optional.of(new Byline(name, Dates.find(rest).orElse(null), List.of(), null));
            }
        }
        return Optional.empty();
    }

    /**
     * "Ann Lee | | Future of Work", "Ann Lee | Remote Work": a person's name, then fields after bars (a date, possibly
     * empty, and categories), as themes print a byline without "by". The name must look like a person's (two to four
     * capitalised words) and every field be short, so a navigation line ("Home | About | Contact") is not one.
     */
    private static Optional<Byline> nameThenFields(String t) {
        String[] fields = t.split("\\s*\\|\\s*", -1);
        if (fields.length < 2) return Optional.empty();
        String name = fields[0].trim();
        int words = name.split("\\s+").length;
        if (name.regionMatches(true, 0, "by ", 0, 3)) return Optional.empty(); // the "by" form, read in parse
        if (words < 2 || words > 4 || !Character.isUpperCase(name.charAt(0)) || !Header.nameLike(name)) return Optional.empty();
        LocalDate date = null;
        List<String> categories = new ArrayList<>();
        for (int k = 1; k < fields.length; k++) {
            String f = fields[k].trim();
            if (f.isEmpty()) continue;
            if (Dates.isStamp(f)) {
                if (date == null) date = Dates.find(f).orElse(null);
                continue;
            }
            if (f.split("\\s+").length > 4 || !Character.isUpperCase(f.codePointAt(0)) || ResponseCount.parse(f).isPresent()) return Optional.empty();
            categories.add(f);
        }
        return Optional.of(new Byline(name, date, categories, null));
    }

    /**
     * "15 Apr 2011 . category: Work . Comments", "March 3, 2013 | Tags: remote | 4 Comments": a date, then the post's
     * meta fields between separators (categories or tags, a comment count or link), as static-site and blog themes
     * print the line under a title. Every field must be one of these, so a sentence that opens with a date is not one.
     */
    private static Optional<Byline> dateThenMeta(String t) {
        Matcher d = Dates.DATE.matcher(t);
        if (!d.lookingAt()) return Optional.empty();
        String rest = t.substring(d.end()).trim();
        if (rest.isEmpty() || !SEPARATOR_FIRST.matcher(rest).lookingAt()) return Optional.empty();
        List<String> categories = new ArrayList<>();
        Integer count = null;
        for (String field : rest.split("\\s+[.|\u00B7\u2022\u2013\u2014-]\\s+|^[.|\u00B7\u2022\u2013\u2014-]\\s+")) {
            String f = field.trim();
            if (f.isEmpty()) continue;
            Matcher labelled = META_LABEL.matcher(f);
            if (labelled.matches()) {
                for (String c : labelled.group(1).split(",")) if (!c.isBlank() && !c.trim().equals(".")) categories.add(c.trim());
                continue;
            }
            Optional<ResponseCount> c = ResponseCount.parse(f);
            if (c.isPresent()) count = c.get().count();
            else if (!COMMENTS_LINK.matches(f)) return Optional.empty();
        }
        return Optional.of(new Byline(null, Dates.find(t).orElse(null), categories, count));
    }

    /** Whether the byline names a writer whose name looks like one ("By 2030, most firms …" names nobody). */
    public boolean namesWriter() {
        return author != null && Header.nameLike(author);
    }

    /** The byline a line is, if it is one. */
    public static Optional<Byline> parse(String line) {
        // "Mar 3, 2025 · 5 min read", "Ann Lee | March 3, 2025 | 6 min read": the reading time is the page's, not the byline's.
        String t = WRITTEN_BY.matcher(line.trim()).replaceFirst("");
        Matcher read = READ_TIME.matcher(t);
        if (read.find()) {
            t = t.substring(0, read.start()).trim();
            if (Dates.isStamp(t) && Dates.find(t).isPresent()) return Optional.of(new Byline(null, Dates.find(t).get(), List.of(), null));
        }
        Matcher field = AUTHOR_FIELD.matcher(t);
        if (field.matches() && Header.nameLike(field.group(1).trim())) return Optional.of(new Byline(field.group(1).trim(), null, List.of(), null));
        Matcher submitted = SUBMITTED.matcher(t);
        if (submitted.matches() && Header.nameLike(submitted.group(1))) {
            return Optional.of(new Byline(submitted.group(1), submitted.group(2) == null ? null : Dates.find(submitted.group(2)).orElse(null), List.of(), null));
        }
        Matcher submittedOn = SUBMITTED_ON.matcher(t);
        if (submittedOn.matches() && Dates.find(submittedOn.group(1)).isPresent()) {
            return Optional.of(new Byline(null, Dates.find(submittedOn.group(1)).get(), List.of(), null));
        }
        Matcher leading = Dates.DATE.matcher(t);
        if (leading.lookingAt() && DATE_THEN_BY.matcher(t.substring(leading.end())).lookingAt()) {
            t = "Posted on " + t.substring(0, leading.end()) + " " + t.substring(leading.end()).trim().replaceFirst("^[|\u00B7\u2022\u2013\u2014-]\\s*", "");
        }
        Optional<Byline> dateLed = dateThenMeta(t);
        if (dateLed.isPresent()) return dateLed;
        Optional<Byline> nameDate = nameThenDate(t);
        if (nameDate.isPresent()) return nameDate;
        Optional<Byline> nameFields = nameThenFields(t);
        if (nameFields.isPresent()) return nameFields;
        Matcher posted = POSTED.matcher(t);
        String rest;
        if (posted.matches()) rest = posted.group(1).trim();
        else {
            Matcher by = BY.matcher(t);
            if (!by.matches() || t.length() > 160) return Optional.empty();
            rest = t;
        }
        Integer count = null;
        String[] bars = rest.split("\\s+\\|\\s+|\\s+\\|$|^\\|\\s+");
        List<String> segments = new ArrayList<>();
        for (String bar : bars) {
            Optional<Integer> c = ResponseCount.parse(bar.trim()).map(ResponseCount::count);
            if (c.isPresent()) count = c.get();
            else if (!bar.isBlank()) segments.add(bar.trim());
        }
        String author = null;
        LocalDate date = null;
        List<String> categories = new ArrayList<>();
        for (String segment : segments) {
            // Split one segment into its "by ...", "on ...", "in ..." parts, in whatever order they come.
            Matcher parts = Pattern.compile("(?i)(?:^|\\s)(by|on|in)(?=\\s|$)").matcher(segment);
            List<int[]> marks = new ArrayList<>();
            while (parts.find()) marks.add(new int[] {parts.start(1), parts.end(1)});
            if (marks.isEmpty()) {
                Optional<LocalDate> d = Dates.find(segment);
                if (d.isPresent() && date == null) date = d.get();
                continue;
            }
            for (int i = 0; i < marks.size(); i++) {
                String key = segment.substring(marks.get(i)[0], marks.get(i)[1]).toLowerCase(Locale.ROOT);
                int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : segment.length();
                String value = segment.substring(marks.get(i)[1], end).trim();
                switch (key) {
                    case "by" -> {
                        // "by ann 5 days ago": the age goes (no date can be read from it), the name stays.
                        Matcher age = Dates.TIME_OR_AGE.matcher(value);
                        if (age.find() && age.start() > 0 && value.substring(age.end()).isBlank()) value = value.substring(0, age.start()).trim();
                        value = Header.withoutMemberScore(value);
                        // "By Ann Lee, Staff Writer": the writer's role after a comma is not the name.
                        int comma = value.indexOf(',');
                        if (comma > 0 && Header.nameLike(value.substring(0, comma).trim()) && value.substring(comma + 1).trim().split("\\s+").length <= 5) {
                            value = value.substring(0, comma).trim();
                        }
                        // "by Ann Lee at October 2, 2003 03:08 PM", "by ann at 10:44 AM": the stamp after "at" is the post's.
                        Matcher at = AT_STAMP.matcher(value);
                        if (at.matches() && Dates.isStamp(at.group(2))) {
                            value = at.group(1).trim();
                            if (date == null) date = Dates.find(at.group(2)).orElse(null);
                        }
                        if (!value.isEmpty() && Dates.find(value).isEmpty()) author = value;
                    }
                    case "on" -> { if (date == null) date = Dates.find(value).orElse(null); }
                    default -> { for (String c : value.split(",")) if (!c.isBlank()) categories.add(c.trim()); }
                }
            }
        }
        if (author == null && date == null && categories.isEmpty() && count == null) return Optional.empty();
        return Optional.of(new Byline(author, date, categories, count));
    }
}
