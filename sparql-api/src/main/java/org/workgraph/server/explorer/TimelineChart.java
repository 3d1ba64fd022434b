package org.workgraph.server.explorer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An idea's timeline as inline SVG: one lane per document that takes the idea up, in time order, with a dot for
 * the document and one for each of its responses that does, placed at their date on a common axis. Items without a
 * date sit in a band of their own at the right, in the order given (across the whole width when nothing is dated).
 * The first appearance is ringed and labelled.
 */
final class TimelineChart {
    /** One document or response on the chart; {@code lane} is its document's title, {@code href} its page. */
    record Dot(String lane, String laneHref, String label, String href, String date, boolean document, boolean first) {}

    private static final int WIDTH = 600;
    private static final int ROW = 48;
    /** Where the dated axis begins: room for the ring of a first appearance on the earliest date. */
    private static final int LEFT = 18;
    /** Dots of one lane closer than this are moved apart, so a response on its document's date does not hide it. */
    private static final int APART = 9;
    private static final int TOP = 22;
    /** Where the dated axis ends and the undated band begins. */
    private static final int DATED_END = 480;
    private static final int UNDATED_START = 510;

    private TimelineChart() {}

    static Markup.Safe svg(String title, List<Dot> dots) {
        Map<String, List<Dot>> lanes = new LinkedHashMap<>();
        for (Dot d : dots) lanes.computeIfAbsent(d.lane(), k -> new ArrayList<>()).add(d);
        LocalDate min = null;
        LocalDate max = null;
        for (Dot d : dots) {
            LocalDate day = day(d.date());
            if (day == null) continue;
            if (min == null || day.isBefore(min)) min = day;
            if (max == null || day.isAfter(max)) max = day;
        }
        boolean undated = dots.stream().anyMatch(d -> day(d.date()) == null);
        int height = TOP + lanes.size() * ROW + 8;
        Markup s = new Markup();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart timeline", "viewBox", "0 0 " + WIDTH + " " + height,
                        "role", "img", "aria-labelledby", "timeline-title")
                .element("title", title, "id", "timeline-title");
        if (min != null) {
            s.empty("line", "class", "tick", "x1", Integer.toString(LEFT), "y1", "16", "x2", Integer.toString(LEFT), "y2", Integer.toString(height))
                    .element("text", min.toString(), "class", "tick-label", "x", Integer.toString(LEFT), "y", "12");
            if (!max.equals(min)) {
                s.empty("line", "class", "tick", "x1", Integer.toString(DATED_END), "y1", "16", "x2", Integer.toString(DATED_END),
                                "y2", Integer.toString(height))
                        .element("text", max.toString(), "class", "tick-label", "x", Integer.toString(DATED_END), "y", "12", "text-anchor", "end");
            }
        }
        // With some dates, the undated sit in a band at the right; with none, they spread over the whole width in order.
        int undatedStart = min == null ? LEFT : UNDATED_START;
        int mostUndated = lanes.values().stream().mapToInt(l -> (int) l.stream().filter(d -> day(d.date()) == null).count()).max().orElse(0);
        int step = mostUndated <= 1 ? 0 : Math.max(2, Math.min(min == null ? 24 : 12, (WIDTH - 10 - undatedStart) / (mostUndated - 1)));
        if (undated && min != null) {
            s.empty("line", "class", "tick undated", "x1", Integer.toString(UNDATED_START - 12), "y1", "16", "x2",
                            Integer.toString(UNDATED_START - 12), "y2", Integer.toString(height))
                    .element("text", "undated", "class", "tick-label", "x", Integer.toString(UNDATED_START), "y", "12");
        } else if (undated) {
            s.element("text", "no dates stated: in order", "class", "tick-label", "x", "10", "y", "12");
        }
        int y = TOP;
        for (Map.Entry<String, List<Dot>> lane : lanes.entrySet()) {
            List<Dot> mine = lane.getValue();
            s.open("g", "class", "lane");
            String href = mine.get(0).laneHref();
            if (href != null) s.open("a", "href", href).element("text", lane.getKey(), "x", "0", "y", Integer.toString(y + 11)).close("a");
            else s.element("text", lane.getKey(), "x", "0", "y", Integer.toString(y + 11));
            s.empty("line", "class", "lane-line", "x1", Integer.toString(LEFT), "y1", Integer.toString(y + 24), "x2", Integer.toString(WIDTH - 10),
                    "y2", Integer.toString(y + 24));
            int laneUndated = undatedStart;
            int last = -APART; // no dot yet: the first is never moved
            for (Dot d : mine) {
                LocalDate day = day(d.date());
                int x;
                if (day == null) {
                    x = Math.min(WIDTH - 10, laneUndated);
                    laneUndated += step;
                } else {
                    x = xOf(day, min, max);
                }
                if (x - last < APART) x = Math.min(WIDTH - 10, last + APART);
                last = x;
                String css = (d.document() ? "item document" : "item response") + (d.first() ? " first" : "");
                s.open("a", "href", d.href(), "class", css)
                        .element("title", d.label() + (d.date() == null ? ", undated" : ", " + d.date()) + (d.first() ? " (first appearance)" : ""))
                        .empty("circle", "cx", Integer.toString(x), "cy", Integer.toString(y + 24), "r", d.document() ? "7" : "5");
                if (d.first()) {
                    s.empty("circle", "class", "ring", "cx", Integer.toString(x), "cy", Integer.toString(y + 24), "r", "11")
                            .element("text", "first seen", "class", "first-label", "x", Integer.toString(Math.min(x + 14, WIDTH - 60)),
                                    "y", Integer.toString(y + 40));
                }
                s.close("a");
            }
            s.close("g");
            y += ROW;
        }
        return s.close("svg").toSafe();
    }

    private static int xOf(LocalDate day, LocalDate min, LocalDate max) {
        long span = ChronoUnit.DAYS.between(min, max);
        if (span == 0) return (LEFT + DATED_END) / 2;
        return LEFT + (int) (ChronoUnit.DAYS.between(min, day) * (DATED_END - LEFT) / span);
    }

    /** The day a date or date-time literal names, or null when there is none (or it is not a date). */
    static LocalDate day(String date) {
        if (date == null || date.length() < 10) return null;
        try {
            return LocalDate.parse(date.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
