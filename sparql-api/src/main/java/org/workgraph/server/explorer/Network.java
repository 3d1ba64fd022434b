package org.workgraph.server.explorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The conversation network as inline SVG: people as nodes sized by activity, answers as edges weighted by
 * how often one answered the other. The layout is a small deterministic force simulation (Fruchterman and
 * Reingold) started from a circle, so the same data always gives the same picture. Each node links to the
 * person's page.
 */
final class Network {
    /** A person in the network. */
    record Person(String iri, String name, String href, int activity) {}

    /** {@code count} answers from one person to another. */
    record Edge(String from, String to, int count) {}

    static final int MAX_PEOPLE = 40;
    private static final int WIDTH = 640;
    private static final int HEIGHT = 420;
    private static final int MARGIN = 90;
    private static final int ITERATIONS = 300;

    private Network() {}

    static Markup.Safe svg(List<Person> people, List<Edge> edges) {
        int n = people.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(people.get(i).iri(), i);
        List<Edge> shown = new ArrayList<>();
        for (Edge e : edges) if (index.containsKey(e.from()) && index.containsKey(e.to())) shown.add(e);
        double[][] at = layout(n, shown, index);

        int maxActivity = people.stream().mapToInt(Person::activity).max().orElse(1);
        Markup s = new Markup();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "network", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                        "role", "img", "aria-labelledby", "network-title")
                .element("title", "Conversation network: " + n + " people, " + shown.size() + " who-answered-whom links", "id", "network-title")
                .open("defs").open("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "10", "refY", "5",
                        "markerWidth", "6", "markerHeight", "6", "orient", "auto-start-reverse")
                .empty("path", "d", "M 0 0 L 10 5 L 0 10 z").close("marker").close("defs");
        for (Edge e : shown) {
            int a = index.get(e.from());
            int b = index.get(e.to());
            double[] end = shorten(at[a], at[b], radius(people.get(b).activity(), maxActivity) + 2);
            s.open("line", "class", "edge", "x1", num(at[a][0]), "y1", num(at[a][1]), "x2", num(end[0]), "y2", num(end[1]),
                            "stroke-width", num(1 + Math.log(e.count()) * 1.5), "marker-end", "url(#arrow)")
                    .element("title", people.get(a).name() + " answered " + people.get(b).name() + " " + e.count()
                            + (e.count() == 1 ? " time" : " times"))
                    .close("line");
        }
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            double r = radius(p.activity(), maxActivity);
            s.open("a", "href", p.href(), "class", "node")
                    .element("title", p.name() + ": activity " + p.activity())
                    .empty("circle", "cx", num(at[i][0]), "cy", num(at[i][1]), "r", num(r))
                    .element("text", p.name(), "x", num(at[i][0]), "y", num(at[i][1] + r + 12), "text-anchor", "middle")
                    .close("a");
        }
        return s.close("svg").toSafe();
    }

    private static double radius(int activity, int maxActivity) {
        return 5 + 15 * Math.sqrt((double) Math.max(activity, 0) / Math.max(maxActivity, 1));
    }

    /** Positions in the drawing's coordinates. */
    static double[][] layout(int n, List<Edge> edges, Map<String, Integer> index) {
        double[][] pos = new double[n][2];
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / Math.max(n, 1);
            pos[i][0] = Math.cos(angle);
            pos[i][1] = Math.sin(angle);
        }
        if (n > 1) {
            double k = Math.sqrt(4.0 / n); // ideal distance in a 2 x 2 square
            double temperature = 0.2;
            for (int it = 0; it < ITERATIONS; it++) {
                double[][] push = new double[n][2];
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        double dx = pos[i][0] - pos[j][0];
                        double dy = pos[i][1] - pos[j][1];
                        double d = Math.max(Math.hypot(dx, dy), 1e-3);
                        double f = k * k / d;
                        push[i][0] += dx / d * f; push[i][1] += dy / d * f;
                        push[j][0] -= dx / d * f; push[j][1] -= dy / d * f;
                    }
                }
                for (Edge e : edges) {
                    int a = index.get(e.from());
                    int b = index.get(e.to());
                    double dx = pos[a][0] - pos[b][0];
                    double dy = pos[a][1] - pos[b][1];
                    double d = Math.max(Math.hypot(dx, dy), 1e-3);
                    double f = d * d / k;
                    push[a][0] -= dx / d * f; push[a][1] -= dy / d * f;
                    push[b][0] += dx / d * f; push[b][1] += dy / d * f;
                }
                for (int i = 0; i < n; i++) {
                    // A weak pull to the centre keeps people nobody answered from drifting off.
                    push[i][0] -= pos[i][0] * 0.5;
                    push[i][1] -= pos[i][1] * 0.5;
                    double d = Math.max(Math.hypot(push[i][0], push[i][1]), 1e-9);
                    double step = Math.min(d, temperature);
                    pos[i][0] += push[i][0] / d * step;
                    pos[i][1] += push[i][1] / d * step;
                }
                temperature *= 0.985;
            }
        }
        return fit(pos);
    }

    private static double[][] fit(double[][] pos) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : pos) {
            minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
        }
        double spanX = Math.max(maxX - minX, 1e-6);
        double spanY = Math.max(maxY - minY, 1e-6);
        double[][] out = new double[pos.length][2];
        for (int i = 0; i < pos.length; i++) {
            out[i][0] = pos.length == 1 ? WIDTH / 2.0 : MARGIN + (pos[i][0] - minX) / spanX * (WIDTH - 2 * MARGIN);
            out[i][1] = pos.length == 1 ? HEIGHT / 2.0 : 30 + (pos[i][1] - minY) / spanY * (HEIGHT - 70);
        }
        return out;
    }

    private static double[] shorten(double[] from, double[] to, double by) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double d = Math.max(Math.hypot(dx, dy), 1e-6);
        double keep = Math.max(d - by, 0) / d;
        return new double[] {from[0] + dx * keep, from[1] + dy * keep};
    }

    private static String num(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
