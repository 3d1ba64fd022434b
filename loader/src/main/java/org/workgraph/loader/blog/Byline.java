package org.workgraph.loader.blog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.workgraph.loader.text.Dates;

/**
 * A post's byline, e.g. "Posted by Ann Lee on Jun 5, 2015 in Remote Work, Management | 3 Comments",
 * "Posted on 22 March 2014 by Ann Lee", "By Ann Lee | March 22, 2014". Every part may be missing; an empty
 * "Posted by on ..." gives no author.
 */
record Byline(String author, LocalDate date, List<String> categories, Integer claimedCount) {
    private static final Pattern POSTED = Pattern.compile("^(?i:posted)\\b(.*)$");
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+(.+)$");

    /** Drupal's "Submitted by ann on March 3, 2013" (the date may be missing). */
    private static final Pattern SUBMITTED = Pattern.compile("^(?i:submitted by)\\s+(\\S+(?:\\s+\\S+){0,3}?)(?:\\s+(?i:on)\\b\\s*(.*))?$");
    /** What may stand between a byline's name and its date: a separator, a portrait's alt text. */
    private static final Pattern BETWEEN = Pattern.compile("^(?:[|\u00B7\u2013\u2014-]\\s*)?(?:(?i:profile picture for user|avatar of|photo of)\\s+\\S+\\s+)?");

    /** "Ann Lee March 3, 2013", "Ann Lee | March 3, 2013", "Ann Lee Profile picture for user ann March 3, 2013". */
    private static Optional<Byline> nameThenDate(String t) {
        String[] words = t.split("\\s+");
        for (int k = 1; k <= 4 && k < words.length; k++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String rest = BETWEEN.matcher(String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))).replaceFirst("");
            if (Character.isUpperCase(name.charAt(0)) && Header.nameLike(name) && Dates.DATE.matcher(rest).lookingAt() && Dates.isStamp(rest)) {
                return Optional.of(new Byline(name, Dates.find(rest).orElse(null), List.of(), null));
            }
        }
        return Optional.empty();
    }

    static Optional<Byline> parse(String line) {
        String t = line.trim();
        Matcher submitted = SUBMITTED.matcher(t);
        if (submitted.matches() && Header.nameLike(submitted.group(1))) {
            return Optional.of(new Byline(submitted.group(1), submitted.group(2) == null ? null : Dates.find(submitted.group(2)).orElse(null), List.of(), null));
        }
        Optional<Byline> nameDate = nameThenDate(t);
        if (nameDate.isPresent()) return nameDate;
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
                    case "by" -> { if (!value.isEmpty() && Dates.find(value).isEmpty()) author = value; }
                    case "on" -> { if (date == null) date = Dates.find(value).orElse(null); }
                    default -> { for (String c : value.split(",")) if (!c.isBlank()) categories.add(c.trim()); }
                }
            }
        }
        if (author == null && date == null && categories.isEmpty() && count == null) return Optional.empty();
        return Optional.of(new Byline(author, date, categories, count));
    }
}
