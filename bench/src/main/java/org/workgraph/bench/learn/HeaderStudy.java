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
 * </pre>
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

    private HeaderStudy() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: HeaderStudy train OUT.bin GOLD=TEXT...  |  HeaderStudy loso GOLD=TEXT...");
            System.exit(1);
        }
        boolean train = args[0].equals("train");
        Map<String, List<Page>> sets = new LinkedHashMap<>();
        for (int k = train || args[0].equals("show") ? 2 : 1; k < args.length; k++) {
            String[] gc = args[k].split("=", 2);
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
                String outcome = p.labels()[i] == Label.HEADER ? LearnedHeaders.HEADER : LearnedHeaders.OTHER;
                // Headers are about one line in ten: each counts as WEIGHT lines, so the rare class is not drowned.
                int copies = outcome.equals(LearnedHeaders.HEADER) ? WEIGHT : 1;
                for (int c = 0; c < copies; c++) events.add(new Event(outcome, f.of(i).toArray(String[]::new)));
            }
        }
        return Maxent.train(events, ITERATIONS, L2);
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
