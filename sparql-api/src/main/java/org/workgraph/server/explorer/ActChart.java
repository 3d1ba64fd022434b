package org.workgraph.server.explorer;

import java.util.List;

/**
 * How often a person performs each discourse act, as a horizontal bar chart in inline SVG: one bar per act for
 * every response that performs it, the part where it is the main act drawn darker; each bar links to its list.
 */
final class ActChart {
    /** One act: its name, where its responses are listed, and the two counts. */
    record Bar(String label, String href, long all, long main) {}

    private static final int WIDTH = 600;
    private static final int ROW = 38;
    private static final int RIGHT = 90;

    private ActChart() {}

    static Markup.Safe svg(String title, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::all).max().orElse(1));
        int height = 8 + bars.size() * ROW;
        Markup s = new Markup();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart acts", "viewBox", "0 0 " + WIDTH + " " + height,
                        "role", "img", "aria-labelledby", "acts-title")
                .element("title", title, "id", "acts-title");
        int y = 4;
        for (Bar b : bars) {
            int all = (int) (b.all() * (WIDTH - RIGHT) / max);
            int main = (int) (b.main() * (WIDTH - RIGHT) / max);
            s.open("a", "href", b.href(), "class", "bar")
                    .element("title", b.label() + ": " + Prose.plural(b.all(), "response", "responses") + ", the main act of " + b.main())
                    .element("text", b.label(), "x", "0", "y", Integer.toString(y + 11))
                    .empty("rect", "class", "all", "x", "0", "y", Integer.toString(y + 15), "width", Integer.toString(all), "height", "14", "rx", "2")
                    .empty("rect", "class", "main", "x", "0", "y", Integer.toString(y + 15), "width", Integer.toString(main), "height", "14", "rx", "2")
                    .element("text", b.all() + (b.main() == b.all() ? "" : " (" + b.main() + " main)"), "class", "value",
                            "x", Integer.toString(all + 6), "y", Integer.toString(y + 27))
                    .close("a");
            y += ROW;
        }
        return s.close("svg").toSafe();
    }
}
