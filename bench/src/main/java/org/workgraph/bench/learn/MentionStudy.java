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

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.workgraph.bench.learn.MentionAlignment.Page;
import org.workgraph.loader.Loader;
import org.workgraph.loader.extract.Finding;
import org.workgraph.loader.extract.LearnedMentions;
import org.workgraph.loader.extract.MentionRecogniser;
import org.workgraph.loader.extract.Reader;
import org.workgraph.loader.identity.Names;

/**
 * Trains the name recogniser from the development pages' gold and measures it by leaving whole sites out. Each set
 * is given as NAME=GOLD_DIR=TEXT_DIR.
 *
 * <pre>
 * MentionStudy train OUT.bin SET...   train on every page of the sets, write the model
 * MentionStudy loso SET...            leave-one-set-out: rules, recogniser alone, rules + recogniser, per set
 * </pre>
 *
 * Each set was gathered from sites no other set has, so leaving a set out leaves all its sites out: the figures say
 * what the recogniser does on sites it never saw, as the loader meets them. Mentions are scored per document as
 * {@code kg eval} scores them: names compared folded, people through the set's people.json spellings.
 */
public final class MentionStudy {
    private static final int ITERATIONS = 200;
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "0.5"));
    private static final boolean DETAILS = Boolean.getBoolean("details");
    private static final double[] THRESHOLDS = java.util.Arrays.stream(System.getProperty("thresholds", "0.7,0.8,0.9").split(","))
            .mapToDouble(Double::parseDouble).toArray();

    private MentionStudy() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: MentionStudy train OUT.bin NAME=GOLD=TEXT...  |  MentionStudy loso NAME=GOLD=TEXT...");
            System.exit(1);
        }
        boolean train = args[0].equals("train");
        Loader loader = new Loader();
        Map<String, List<Page>> sets = new LinkedHashMap<>();
        for (int k = train ? 2 : 1; k < args.length; k++) {
            String[] s = args[k].split("=", 3);
            sets.put(s[0], MentionAlignment.alignAll(s[0], Path.of(s[1]), Path.of(s[2]), loader));
        }
        System.out.println("## Alignment of the gold mentions (people and organisations) to the units' words");
        System.out.println();
        System.out.println("| set | pages | gold names | aligned | candidate words | person words | organisation words |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        sets.forEach((name, pages) -> {
            int[] c = new int[3];
            for (Page p : pages) for (String[] l : p.labels().values()) for (String x : l) {
                if (x == null) continue;
                c[0]++;
                if (x.equals(LearnedMentions.PERSON)) c[1]++;
                if (x.equals(LearnedMentions.ORGANIZATION)) c[2]++;
            }
            System.out.printf("| %s | %d | %d | %d | %d | %d | %d |%n", name, pages.size(), pages.stream().mapToInt(Page::goldNames).sum(),
                    pages.stream().mapToInt(Page::aligned).sum(), c[0], c[1], c[2]);
        });
        System.out.println();
        List<Page> all = sets.values().stream().flatMap(List::stream).toList();
        if (train) {
            AbstractModel model = train(all);
            new GenericModelWriter(model, new File(args[1])).persist();
            System.out.printf("model written to %s (%d pages)%n", args[1], all.size());
            return;
        }
        leaveSetOut(sets, all);
    }

    static AbstractModel train(List<Page> pages) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Page p : pages) {
            for (int u : p.features().units()) {
                String[] labels = p.labels().get(u);
                for (int i = 0; i < labels.length; i++) {
                    if (labels[i] == null) continue;
                    events.add(new Event(labels[i], p.features().features(u, i).toArray(String[]::new)));
                }
            }
        }
        return Maxent.train(events, ITERATIONS, L2);
    }

    private static String cells(Hits h) {
        return String.format(Locale.ROOT, "%.3f / %.3f / %.3f (%d, %d, %d)", h.precision(), h.recall(), h.f1(), h.tp, h.fp, h.fn);
    }

    private static Set<String>[] found(List<Finding> findings, Page page) {
        @SuppressWarnings("unchecked") Set<String>[] out = new Set[] {new HashSet<String>(), new HashSet<String>()};
        for (Finding f : findings) {
            if (f.relation() != Finding.Relation.MENTIONS) continue;
            if (f.entity() == Finding.Entity.PERSON) out[0].add(MentionAlignment.canon(page.canonical(), f.name()));
            if (f.entity() == Finding.Entity.ORGANIZATION) out[1].add(MentionAlignment.fold(f.name()));
        }
        return out;
    }

    private static void leaveSetOut(Map<String, List<Page>> sets, List<Page> all) throws IOException {
        // variant -> set -> {people, organisations}
        Map<String, Map<String, Hits[]>> scores = new LinkedHashMap<>();
        Reader rules = new Reader();
        for (String left : sets.keySet()) {
          MaxentModel model = train(all.stream().filter(p -> !p.set().equals(left)).toList());
          System.err.println("mentions: scoring " + left);
          for (Page held : sets.get(left)) {
            Map<String, Set<String>[]> variants = new LinkedHashMap<>();
            variants.put("rules", found(rules.read(held.doc()).findings(), held));
            for (double t : THRESHOLDS) {
                LearnedMentions learned = new LearnedMentions(model, t);
                List<Finding> alone = new ArrayList<>();
                for (MentionRecogniser.Proposal p : learned.propose(held.features())) {
                    String text = held.features().text(p.unit()).substring(p.start(), p.end());
                    alone.add(new Finding(p.unit(), Finding.Relation.MENTIONS, p.entity(), p.entity() == Finding.Entity.PERSON ? Names.clean(text) : text,
                            text, p.why(), List.of()));
                }
                variants.put("recogniser alone, p >= " + t, found(alone, held));
                variants.put("rules + recogniser, p >= " + t, found(new Reader(learned).read(held.doc()).findings(), held));
            }
            for (Map.Entry<String, Set<String>[]> v : variants.entrySet()) {
                Hits[] c = scores.computeIfAbsent(v.getKey(), k -> new LinkedHashMap<>()).computeIfAbsent(held.set(), k -> new Hits[] {new Hits(), new Hits()});
                c[0].add(v.getValue()[0], held.people());
                c[1].add(v.getValue()[1], held.organizations());
                if (DETAILS && !v.getKey().equals("rules") && v.getKey().startsWith("rules") && v.getKey().endsWith(System.getProperty("show", "0.7"))) {
                    Set<String>[] r = variants.get("rules");
                    for (int e = 0; e < 2; e++) {
                        for (String g : v.getValue()[e]) if (!r[e].contains(g)) System.err.printf("ADDED %s %s/%s %s: %s%n",
                                (e == 0 ? held.people() : held.organizations()).contains(g) ? "right" : "WRONG", held.set(), held.site(), e == 0 ? "person" : "org", g);
                    }
                }
            }
          }
        }
        System.out.println("## Leave-one-set-out: mentioned people and organisations, P / R / F1 (hits, false, missed)");
        System.out.println();
        System.out.println("| variant | set | people | organisations |");
        System.out.println("|---|---|---|---|");
        scores.forEach((name, bySet) -> {
            Hits[] sum = {new Hits(), new Hits()};
            bySet.forEach((set, c) -> {
                System.out.println("| " + name + " | " + set + " | " + cells(c[0]) + " | " + cells(c[1]) + " |");
                // The five source documents and data/eval were written here; the real pages are what the loader meets.
                if (!set.equals("eval") && !set.equals("shared")) for (int e = 0; e < 2; e++) sum[e].add(c[e]);
            });
            System.out.println("| " + name + " | **all real-page sets** | " + cells(sum[0]) + " | " + cells(sum[1]) + " |");
        });
    }
}
