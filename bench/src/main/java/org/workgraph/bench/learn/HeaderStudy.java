package org.workgraph.bench.learn;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.workgraph.bench.learn.GoldAlignment.Label;
import org.workgraph.bench.learn.GoldAlignment.Page;
import org.workgraph.loader.ParseException;
import org.workgraph.loader.detect.KindDetector;
import org.workgraph.loader.detect.DocumentKind;
import org.workgraph.loader.blog.BlogParser;
import org.workgraph.loader.blog.HeaderClassifier;
import org.workgraph.loader.blog.Segment;
import org.workgraph.loader.blog.learn.LearnedHeaders;
import org.workgraph.loader.blog.learn.LineFeatures;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.Source;

/**
 * Trains the response-header classifier from labelled development pages and measures it by leaving whole sites out.
 * Each set is given as GOLD_DIR=TEXT_DIR (a gold folder and the folder holding its pages' text).
 *
 * <pre>
 * HeaderStudy train OUT.bin SET...   train on every page of the sets, write the model
 * HeaderStudy loso SET...            leave-one-site-out: rules, classifier, combined, line level and responses found
 * HeaderStudy losets SET...          leave-one-set-out: per set, the rules against the model and their combinations
 * </pre>
 *
 * A set is GOLD_DIR=TEXT_DIR or NAME=GOLD_DIR=TEXT_DIR. The model learns line roles (header, start of a response with
 * no header, response text, post body, furniture) unless -Dbinary=true (header or other, as first trained).
 *
 * Every page here is its own site, so leaving a page out leaves its site (and its comment system's exact wording) out.
 */
public final class HeaderStudy {
    private static final int ITERATIONS = 300;
    private static final KindDetector DETECTOR = new KindDetector();
    private static final int WEIGHT = Integer.getInteger("weight", 4);
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "0.1"));
    /** With -Ddetails=true, every line where a variant and the gold disagree goes to standard error. */
    private static final boolean DETAILS = Boolean.getBoolean("details");
    /** With -Dbinary=true, the model learns header against other only (the session 10 labels). */
    private static final boolean BINARY = Boolean.getBoolean("binary");
    /** With -Dablate=PREFIX,..., the features named are left out of training and reading (losets only reads through it). */
    private static final Ablated ABLATED = new Ablated(null, Ablated.fromProperty());

    private HeaderStudy() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HeaderStudy train OUT.bin GOLD=TEXT...  |  HeaderStudy loso GOLD=TEXT...");
            System.exit(1);
        }
        boolean train = args[0].equals("train");
        Map<String, List<Page>> sets = new LinkedHashMap<>();
        for (int k = train || args[0].equals("show") ? 2 : 1; k < args.length; k++) {
            String[] gc = args[k].split("=", 3);
            if (gc.length == 3) { // NAME=GOLD=TEXT
                sets.put(gc[0], GoldAlignment.alignAll(Path.of(gc[1]), Path.of(gc[2])));
                continue;
            }
            Path gold = Path.of(gc[0]).toAbsolutePath().normalize();
            // Named by the two folders above "gold": "shared/realpages", "data/realpages-third".
            String name = gold.getParent().getParent().getFileName() + "/" + gold.getParent().getFileName();
            sets.put(name, GoldAlignment.alignAll(gold, Path.of(gc[1])));
        }
        alignmentReport(sets);
        List<Page> all = sets.values().stream().flatMap(List::stream).toList();
        if (args[0].equals("show")) { // show SITE SET...: one page read with the classifier trained on the others
            Page held = all.stream().filter(p -> p.site().equals(args[1])).findFirst().orElseThrow();
            MaxentModel model = train(all.stream().filter(p -> p != held).toList());
            double th = Double.parseDouble(System.getProperty("threshold", "0.5"));
            int fewer = Integer.getInteger("fewer", 1);
            double[] pr = new LearnedHeaders(model, 0, Integer.MAX_VALUE).probabilities(held.lines());
            Source source = new Source(held.site() + ".txt", "0".repeat(64));
            for (Segment s : new BlogParser(new LearnedHeaders(model, th, fewer)).segment(source, held.lines()))
                System.out.printf("%4d %.2f %-8s %-14s %3s %s%n", s.line(), pr[s.line() - 1], held.labels()[s.line() - 1], s.role(),
                        s.response() == null ? "" : s.response(), s.text().length() > 90 ? s.text().substring(0, 90) : s.text());
            for (Response r : new BlogParser(new LearnedHeaders(model, th, fewer)).parse(source, held.lines()).responses())
                System.out.println(r.position() + " " + r.kind() + " " + r.writer() + " replyTo=" + r.replyTo() + ": "
                        + (r.text().length() > 60 ? r.text().substring(0, 60) : r.text()));
            return;
        }
        if (args[0].equals("losets")) {
            leaveSetOut(sets);
            return;
        }
        if (train) {
            AbstractModel model = train(all);
            new GenericModelWriter(model, new File(args[1])).persist();
            System.out.printf("model written to %s (%d pages, %d lines)%n", args[1], all.size(), all.stream().mapToInt(p -> p.lines().size()).sum());
        } else {
            leaveSiteOut(sets);
        }
    }

    static AbstractModel train(List<Page> pages) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Page p : pages) {
            LineFeatures f = new LineFeatures(p.lines());
            for (int i = 0; i < p.lines().size(); i++) {
                if (p.labels()[i] == null) continue;
                String outcome = outcome(p.labels()[i]);
                // Headers and starts are about one line in ten: each counts as WEIGHT lines, so the rare class is not drowned.
                int copies = outcome.equals(LearnedHeaders.HEADER) || outcome.equals(LearnedHeaders.START) ? WEIGHT : 1;
                String[] context = ABLATED.keep(f.of(i).toArray(String[]::new));
                for (int c = 0; c < copies; c++) events.add(new Event(outcome, context));
            }
        }
        return Maxent.train(events, ITERATIONS, L2);
    }

    /** The outcome a line's label trains: its role, or header/other alone with -Dbinary=true (the session 10 model). */
    private static String outcome(Label label) {
        if (BINARY) return label == Label.HEADER ? LearnedHeaders.HEADER : LearnedHeaders.OTHER;
        return switch (label) {
            case HEADER -> LearnedHeaders.HEADER;
            case START -> LearnedHeaders.START;
            case RESPONSE -> LearnedHeaders.RESPONSE;
            case BODY -> LearnedHeaders.BODY;
            case FURNITURE -> LearnedHeaders.FURNITURE;
        };
    }

    private static void alignmentReport(Map<String, List<Page>> sets) {
        System.out.println("## Alignment of the gold to the lines");
        System.out.println();
        System.out.println("| set | pages | gold responses | texts aligned | gold writers | writers aligned | header lines | lines |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        sets.forEach((name, pages) -> System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d |%n", name, pages.size(),
                sum(pages, Page::responses), sum(pages, Page::startsFound), sum(pages, Page::writers), sum(pages, Page::writersFound),
                sum(pages, Page::headers), sum(pages, p -> (int) p.lines().stream().filter(l -> !l.isBlank()).count())));
        System.out.println();
    }

    private static int sum(List<Page> pages, Function<Page, Integer> f) {
        return pages.stream().mapToInt(f::apply).sum();
    }

    private static String scores(Hits h) {
        return String.format(Locale.ROOT, "%.3f | %.3f | %.3f", h.precision(), h.recall(), h.f1());
    }

    private static String row(String name, Hits h) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %d | %d | %d |", name, h.precision(), h.recall(), h.f1(),
                h.tp, h.fp, h.fn);
    }

    /** The variants measured: the rules, the classifier alone at three thresholds, and the classifier added to the rules. */
    private static final double[] THRESHOLDS = {0.3, 0.5, 0.7};
    private static final int[][] COMBINED = {{1, 50}, {2, 50}, {3, 50}, {Integer.MAX_VALUE, 80}, {1, 30}, {1, 70}};

    private static String combinedName(int[] c) {
        return "rules + classifier >= " + c[1] / 100.0 + (c[0] == Integer.MAX_VALUE ? " (every page)" : " where rules find < " + c[0]);
    }

    private static void leaveSiteOut(Map<String, List<Page>> sets) throws IOException, ParseException {
        List<Page> all = sets.values().stream().flatMap(List::stream).toList();
        Map<String, Hits> lines = new LinkedHashMap<>();
        Map<String, Map<String, Hits[]>> responses = new LinkedHashMap<>(); // variant -> set -> {found, writer}
        for (Map.Entry<String, List<Page>> set : sets.entrySet()) {
            for (Page held : set.getValue()) {
                // The pages the loader reads as posts (a digest the detector takes for a post included, as kg eval sees it).
                if (DETECTOR.detect(held.lines()) != DocumentKind.BLOG_POST) continue;
                List<Page> rest = all.stream().filter(p -> p != held).toList();
                MaxentModel model = train(rest);
                Set<Integer> want = new HashSet<>();
                for (int i = 0; i < held.labels().length; i++) if (held.labels()[i] == Label.HEADER) want.add(i);

                Map<String, HeaderClassifier> variants = new LinkedHashMap<>();
                variants.put("rules", HeaderClassifier.NONE);
                for (int[] c : COMBINED) variants.put(combinedName(c), new LearnedHeaders(model, c[1] / 100.0, c[0]));
                for (Map.Entry<String, HeaderClassifier> v : variants.entrySet()) {
                    BlogParser parser = new BlogParser(v.getValue());
                    Source source = new Source(held.site() + ".txt", "0".repeat(64));
                    Set<Integer> got = new HashSet<>();
                    for (Segment s : parser.segment(source, held.lines())) if (s.role() == Segment.Role.HEADER) got.add(s.line() - 1);
                    lines.computeIfAbsent(v.getKey(), k -> new Hits()).add(got, want);
                    if (DETAILS && (v.getKey().equals("rules") || v.getKey().contains("every"))) {
                        double[] pr = new LearnedHeaders(model, 0, Integer.MAX_VALUE).probabilities(held.lines());
                        for (int i = 0; i < held.lines().size(); i++) {
                            if (got.contains(i) == want.contains(i)) continue;
                            System.err.printf("%s %s %s line %d p=%.2f: %s%n", v.getKey().equals("rules") ? "RULES" : "COMB",
                                    want.contains(i) ? "miss" : "false", held.site(), i + 1, pr[i], held.lines().get(i).trimmed());
                        }
                    }
                    Hits[] rc = responses.computeIfAbsent(v.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(set.getKey(), k -> new Hits[] {new Hits(), new Hits()});
                    score(parser.parse(source, held.lines()), held, rc, v.getKey());
                }
                LearnedHeaders alone = new LearnedHeaders(model, 0, Integer.MAX_VALUE);
                double[] p = alone.probabilities(held.lines());
                if (DETAILS) {
                    for (int i = 0; i < p.length; i++) {
                        if (want.contains(i) != (p[i] >= 0.5)) System.err.printf("ALONE %s %s line %d p=%.2f: %s%n",
                                want.contains(i) ? "miss" : "false", held.site(), i + 1, p[i], held.lines().get(i).trimmed());
                    }
                }
                for (double t : THRESHOLDS) {
                    Set<Integer> got = new HashSet<>();
                    for (int i = 0; i < p.length; i++) if (p[i] >= t) got.add(i);
                    lines.computeIfAbsent("classifier alone >= " + t, k -> new Hits()).add(got, want);
                }
            }
        }
        System.out.println("## Leave-one-site-out: response-header lines (all development pages)");
        System.out.println();
        System.out.println("| variant | P | R | F1 | tp | fp | fn |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        lines.forEach((name, c) -> System.out.println(row(name, c)));
        System.out.println();
        System.out.println("## Leave-one-site-out: responses found and writers, per set (gold texts matched by their opening)");
        System.out.println();
        System.out.println("| variant | set | found P | found R | found F1 | writer P | writer R | writer F1 |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        responses.forEach((name, bySet) -> bySet.forEach((set, c) -> System.out.println("| " + name + " | " + set
                + " | " + scores(c[0]) + " | " + scores(c[1]) + " |")));
    }

    /**
     * The reader's variants measured leaving whole sets out: the rules alone; the learned headers where the rules find
     * no strong header (the session 10 variant, at two thresholds); on every page at a high threshold; and the learned
     * starts of responses without a header line, alone or where two starts at least follow lines of one shape.
     */
    private static Map<String, HeaderClassifier> variants(MaxentModel model) {
        Map<String, HeaderClassifier> v = new LinkedHashMap<>();
        v.put("rules", HeaderClassifier.NONE);
        v.put("+headers p>=0.5 where rules find no strong header", new LearnedHeaders(model, 0.5, 1));
        v.put("+headers p>=0.7 where rules find no strong header", new LearnedHeaders(model, 0.7, 1));
        v.put("+headers p>=0.8 on every page", new LearnedHeaders(model, 0.8, Integer.MAX_VALUE));
        v.put("+starts p>=0.5, 2 sharing a shape before", new LearnedHeaders(model, 2, 1, 0.5, 2));
        v.put("+starts p>=0.7, 2 sharing a shape before", new LearnedHeaders(model, 2, 1, 0.7, 2));
        v.put("+starts p>=0.5 alone", new LearnedHeaders(model, 2, 1, 0.5, 0));
        v.put("+headers p>=0.5 no strong + starts p>=0.5 sharing", new LearnedHeaders(model, 0.5, 1, 0.5, 2));
        return v;
    }

    /**
     * Leave-one-set-out: each set's pages read with a model trained on every other set, so no page of the held set
     * (and, as the sets were built from new sites each time, almost no site of it) was seen in training. Per set and in
     * total: header and start lines against the alignment (the model alone at 0.5, the rules' reading), responses found
     * and writers per variant, and on how many sets each variant gains or loses against the rules.
     */
    private static void leaveSetOut(Map<String, List<Page>> sets) throws IOException, ParseException {
        Map<String, Map<String, Hits[]>> responses = new LinkedHashMap<>(); // variant -> set -> {found, writer}
        Map<String, Map<String, Hits>> lineHits = new LinkedHashMap<>(); // measure -> set -> hits
        for (Map.Entry<String, List<Page>> held : sets.entrySet()) {
            List<Page> rest = sets.entrySet().stream().filter(e -> !e.getKey().equals(held.getKey()))
                    .flatMap(e -> e.getValue().stream()).toList();
            long t0 = System.nanoTime();
            MaxentModel model = new Ablated(train(rest), ABLATED.prefixes());
            System.err.printf("fold %s: %d pages held, trained on %d in %d ms%n", held.getKey(), held.getValue().size(), rest.size(),
                    (System.nanoTime() - t0) / 1_000_000);
            Map<String, HeaderClassifier> variants = variants(model);
            for (Page page : held.getValue()) {
                if (DETECTOR.detect(page.lines()) != DocumentKind.BLOG_POST) continue;
                Set<Integer> wantHeaders = new HashSet<>(), wantStarts = new HashSet<>();
                for (int i = 0; i < page.labels().length; i++) {
                    if (page.labels()[i] == Label.HEADER) wantHeaders.add(i);
                    if (page.labels()[i] == Label.START) wantStarts.add(i);
                }
                LineFeatures features = new LineFeatures(page.lines());
                LearnedHeaders alone = new LearnedHeaders(model, 0, Integer.MAX_VALUE);
                Set<Integer> modelHeaders = new HashSet<>(), modelStarts = new HashSet<>();
                for (int i = 0; i < page.lines().size(); i++) {
                    if (alone.probability(features, i, LearnedHeaders.HEADER) >= 0.5) modelHeaders.add(i);
                    if (alone.probability(features, i, LearnedHeaders.START) >= 0.5) modelStarts.add(i);
                }
                lineHits.computeIfAbsent("header lines, model alone p>=0.5", k -> new LinkedHashMap<>())
                        .computeIfAbsent(held.getKey(), k -> new Hits()).add(modelHeaders, wantHeaders);
                lineHits.computeIfAbsent("start lines (no header), model alone p>=0.5", k -> new LinkedHashMap<>())
                        .computeIfAbsent(held.getKey(), k -> new Hits()).add(modelStarts, wantStarts);
                pagesWithoutThread(page, model, held.getKey());
                for (Map.Entry<String, HeaderClassifier> v : variants.entrySet()) {
                    BlogParser parser = new BlogParser(v.getValue());
                    Source source = new Source(page.site() + ".txt", "0".repeat(64));
                    if (v.getKey().equals("rules")) {
                        Set<Integer> got = new HashSet<>(), starts = new HashSet<>();
                        Set<Integer> seen = new HashSet<>();
                        for (Segment s : parser.segment(source, page.lines())) {
                            if (s.role() == Segment.Role.HEADER) got.add(s.line() - 1);
                            // The first line of a response that has no header: where the rules started it.
                            if (s.response() != null && seen.add(s.response()) && s.role() == Segment.Role.RESPONSE) starts.add(s.line() - 1);
                        }
                        lineHits.computeIfAbsent("header lines, rules", k -> new LinkedHashMap<>())
                                .computeIfAbsent(held.getKey(), k -> new Hits()).add(got, wantHeaders);
                        lineHits.computeIfAbsent("start lines (no header), rules", k -> new LinkedHashMap<>())
                                .computeIfAbsent(held.getKey(), k -> new Hits()).add(starts, wantStarts);
                    }
                    Hits[] rc = responses.computeIfAbsent(v.getKey(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(held.getKey(), k -> new Hits[] {new Hits(), new Hits()});
                    score(parser.parse(source, page.lines()), page, rc, v.getKey());
                }
            }
        }
        System.out.println("## Leave-one-set-out: pages where the rules find no response, read by the model alone");
        System.out.println();
        System.out.println("A page is rescued when the model proposes a line (header or start, p >= t) and every proposal is a gold "
                + "header or start line; wrong when it proposes a line on a page whose gold has no response or a line that is none.");
        System.out.println();
        System.out.println("| threshold | condition | pages with gold responses | rescued (all proposals right) | some right | "
                + "pages without gold responses | wrong thread there |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|");
        NO_THREAD.forEach((k, c) -> System.out.printf("| %s | %d | %d | %d | %d | %d |%n", k, c[0], c[1], c[2], c[3], c[4]));
        System.out.println();
        System.out.println("Simulated: each proposal starts a response (a header's text on the next line, a start's on its own), "
                + "counted as responses found would count it on those pages (gold openings matched one to one).");
        System.out.println();
        System.out.println("| threshold | condition | responses matched | false responses | gold responses there |");
        System.out.println("|---|---|---:|---:|---:|");
        NO_THREAD.forEach((k, c) -> System.out.printf("| %s | %d | %d | %d |%n", k, c[5], c[6], c[7]));
        System.out.println();
        System.out.println("## Leave-one-set-out: lines against the alignment, per set (F1; tp/fp/fn in total)");
        System.out.println();
        List<String> names = new ArrayList<>(sets.keySet());
        System.out.println("| measure | " + String.join(" | ", names) + " | total P | total R | total F1 |");
        System.out.println("|---|" + "---:|".repeat(names.size() + 3));
        lineHits.forEach((m, bySet) -> {
            Hits total = new Hits();
            StringBuilder b = new StringBuilder("| " + m + " |");
            for (String n : names) {
                Hits h = bySet.getOrDefault(n, new Hits());
                total.add(h);
                b.append(String.format(Locale.ROOT, " %.2f |", h.f1()));
            }
            System.out.println(b + String.format(Locale.ROOT, " %.3f | %.3f | %.3f |", total.precision(), total.recall(), total.f1()));
        });
        System.out.println();
        System.out.println("## Leave-one-set-out: responses found and writers (F1 per set; sets gained/lost against the rules)");
        System.out.println();
        System.out.println("| variant | field | " + String.join(" | ", names) + " | total F1 | + | - |");
        System.out.println("|---|---|" + "---:|".repeat(names.size() + 3));
        Map<String, Hits[]> rules = responses.get("rules");
        responses.forEach((variant, bySet) -> {
            for (int f = 0; f < 2; f++) {
                Hits total = new Hits();
                int gained = 0, lost = 0;
                StringBuilder b = new StringBuilder("| " + variant + " | " + (f == 0 ? "found" : "writer") + " |");
                for (String n : names) {
                    Hits h = bySet.containsKey(n) ? bySet.get(n)[f] : new Hits();
                    Hits r = rules.containsKey(n) ? rules.get(n)[f] : new Hits();
                    total.add(h);
                    double d = h.f1() - r.f1();
                    if (d > 1e-9) gained++;
                    if (d < -1e-9) lost++;
                    b.append(String.format(Locale.ROOT, " %.2f%s |", h.f1(), d > 1e-9 ? "+" : d < -1e-9 ? "-" : ""));
                }
                System.out.println(b + String.format(Locale.ROOT, " %.3f (%d/%d/%d) | %d | %d |", total.f1(), total.tp, total.fp, total.fn,
                        gained, lost));
            }
        });
    }

    /**
     * threshold|condition -> {pages with gold responses, rescued, some right, pages without, wrong there, simulated
     * responses matched, simulated false responses, gold responses on those pages}.
     */
    private static final Map<String, int[]> NO_THREAD = new java.util.TreeMap<>();

    /**
     * On a page where the rules find no response: which lines the model alone (header or start, summed) proposes,
     * against the gold's header and start lines, as a measure of what a model-read thread would add or invent there.
     */
    private static void pagesWithoutThread(Page page, MaxentModel model, String set) throws ParseException {
        Source source = new Source(page.site() + ".txt", "0".repeat(64));
        if (!new BlogParser().parse(source, page.lines()).responses().isEmpty()) return;
        Set<Integer> want = new HashSet<>();
        for (int i = 0; i < page.labels().length; i++) if (page.labels()[i] == Label.HEADER || page.labels()[i] == Label.START) want.add(i);
        boolean gold = page.startTexts().stream().anyMatch(java.util.Objects::nonNull);
        LineFeatures f = new LineFeatures(page.lines());
        LearnedHeaders alone = new LearnedHeaders(model, 0, Integer.MAX_VALUE);
        double[] p = new double[page.lines().size()];
        boolean[] headerish = new boolean[p.length];
        for (int i = 0; i < p.length; i++) {
            double h = alone.probability(f, i, LearnedHeaders.HEADER), st = alone.probability(f, i, LearnedHeaders.START);
            p[i] = h + st;
            headerish[i] = h >= st;
        }
        for (double t : new double[] {0.5, 0.7, 0.9}) {
            for (String cond : new String[] {"any", "2 sharing a shape", "last third of the page"}) {
                List<Integer> got = new ArrayList<>();
                for (int i = 0; i < p.length; i++) if (p[i] >= t) got.add(i);
                if (cond.startsWith("2")) {
                    Map<String, Integer> shapes = new java.util.HashMap<>();
                    for (int i : got) shapes.merge(LineFeatures.coarseShape(page.lines().get(i).trimmed()), 1, Integer::sum);
                    got.removeIf(i -> shapes.get(LineFeatures.coarseShape(page.lines().get(i).trimmed())) < 2);
                } else if (cond.startsWith("last")) {
                    got.removeIf(i -> i * 3 < p.length * 2);
                }
                int[] c = NO_THREAD.computeIfAbsent(String.format(Locale.ROOT, "%.1f | %s", t, cond), k -> new int[8]);
                if (gold) {
                    c[0]++;
                    if (!got.isEmpty() && want.containsAll(got)) c[1]++;
                    if (got.stream().anyMatch(want::contains)) c[2]++;
                } else {
                    c[3]++;
                    if (!got.isEmpty()) c[4]++;
                }
                rescue(page, headerish, got, c);
                if (DETAILS && !got.isEmpty()) for (int i : got) System.err.printf("NOTHREAD %s t=%.1f %s %s %s line %d p=%.2f: %s%n", set, t, cond,
                        want.contains(i) ? "right" : "wrong", page.site(), i + 1, p[i], page.lines().get(i).trimmed());
            }
        }
    }

    /**
     * What a page-level reading would find if each proposal started a response: the text opens on the proposal's line
     * (a start) or the next line of content (a header); a gold response counts once, matched by its opening.
     */
    private static void rescue(Page page, boolean[] headerish, List<Integer> got, int[] c) {
        List<String> want = new ArrayList<>(page.startTexts().stream().filter(java.util.Objects::nonNull).toList());
        c[7] += want.size();
        for (int i : got) {
            int at = i + (headerish[i] ? 1 : 0);
            while (at < page.lines().size() && page.lines().get(at).isBlank()) at++;
            String text = at < page.lines().size() ? GoldAlignment.fold(page.lines().get(at).text()) : "";
            // A header and its text on one line ("Ann says: text"): the text may open after the name.
            String own = GoldAlignment.fold(page.lines().get(i).text());
            String hit = null;
            for (String w : want) if (!w.isEmpty() && (text.startsWith(w) || (headerish[i] && own.contains(w)))) { hit = w; break; }
            if (hit != null) { want.remove(hit); c[5]++; } else c[6]++;
        }
    }

    /**
     * Responses found: a gold response whose opening (30 characters) begins a parsed response's text, one to one in
     * page order; writers: those of the found ones whose parsed writer is the gold's, and every parsed writer counts
     * against precision.
     */
    private static void score(BlogPost post, Page page, Hits[] c, String variant) {
        List<String> want = page.startTexts();
        List<String> wantWriters = page.writerNames();
        List<Response> got = post.responses();
        boolean[] used = new boolean[got.size()];
        int matched = 0;
        for (int k = 0; k < want.size(); k++) {
            String w = want.get(k);
            if (w == null) continue;
            for (int j = 0; j < got.size(); j++) {
                if (used[j] || got.get(j).text() == null) continue;
                if (GoldAlignment.fold(got.get(j).text()).startsWith(w)) {
                    used[j] = true;
                    matched++;
                    // Compared as kg eval compares names: folded, a handle's "@" aside.
                    String gw = got.get(j).writer() == null ? null : GoldAlignment.fold(got.get(j).writer()).replaceFirst("^@", "");
                    String ww = wantWriters.get(k) == null ? null : GoldAlignment.fold(wantWriters.get(k)).replaceFirst("^@", "");
                    if (ww != null && ww.equals(gw)) c[1].tp++;
                    else {
                        if (gw != null) c[1].fp++;
                        if (ww != null) c[1].fn++;
                        if (DETAILS && (gw != null || ww != null)) System.err.printf("  writer %s #%d: want %s, got %s%n", page.site(), k + 1, ww, gw);
                    }
                    break;
                }
            }
        }
        if (DETAILS) for (int j = 0; j < got.size(); j++) if (!used[j]) System.err.printf("RESPONSE false [%s] %s #%d: %s%n", variant,
                page.site(), j + 1, got.get(j).text().length() > 70 ? got.get(j).text().substring(0, 70) : got.get(j).text());
        c[0].tp += matched;
        c[0].fp += got.size() - matched;
        c[0].fn += (int) want.stream().filter(java.util.Objects::nonNull).count() - matched;
    }
}
