package org.workgraph.server.explorer;

import java.util.Comparator;
import java.util.List;

/**
 * A digest's signals by relevancy as a horizontal bar chart in inline SVG: most relevant first, each label
 * above its bar (so long names fit a phone's width), each linking to the signal's page.
 */
final class RelevancyChart {
    /** One bar. */
    record Bar(String label, String href, int relevancy) {}

    static final int SCALE = 5;
    private static final int WIDTH = 600;
    private static final int ROW = 38;

    private RelevancyChart() {}

    static Markup.Safe svg(String title, List<Bar> bars) {
        List<Bar> sorted = bars.stream()
                .sorted(Comparator.comparingInt(Bar::relevancy).reversed().thenComparing(Bar::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int height = 24 + sorted.size() * ROW;
        Markup s = new Markup();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart", "viewBox", "0 0 " + WIDTH + " " + height,
                        "role", "img", "aria-labelledby", "chart-title")
                .element("title", title, "id", "chart-title");
        for (int tick = 1; tick <= SCALE; tick++) {
            int x = tick * (WIDTH - 40) / SCALE;
            s.empty("line", "class", "tick", "x1", Integer.toString(x), "y1", "14", "x2", Integer.toString(x), "y2", Integer.toString(height))
                    .element("text", tick, "class", "tick-label", "x", Integer.toString(x), "y", "11", "text-anchor", "middle");
        }
        int y = 24;
        for (Bar b : sorted) {
            int w = Math.max(0, Math.min(b.relevancy(), SCALE)) * (WIDTH - 40) / SCALE;
            s.open("a", "href", b.href(), "class", "bar")
                    .element("title", b.label() + ": relevancy " + b.relevancy() + " of " + SCALE)
                    .element("text", b.label(), "x", "0", "y", Integer.toString(y + 11))
                    .empty("rect", "x", "0", "y", Integer.toString(y + 15), "width", Integer.toString(w), "height", "14", "rx", "2")
                    .element("text", b.relevancy(), "class", "value", "x", Integer.toString(w + 6), "y", Integer.toString(y + 27))
                    .close("a");
            y += ROW;
        }
        return s.close("svg").toSafe();
    }
}
