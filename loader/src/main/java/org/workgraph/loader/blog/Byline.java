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

    static Optional<Byline> parse(String line) {
        String t = line.trim();
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
