package org.workgraph.bench.learn;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.workgraph.bench.learn.ActExamples.Examples;
import org.workgraph.bench.learn.ActExamples.Thread;
import org.workgraph.loader.acts.ActFeatures;
import org.workgraph.loader.acts.ActFinding;
import org.workgraph.loader.acts.ActReader;
import org.workgraph.loader.acts.LearnedActs;
import org.workgraph.loader.acts.LearnedActs.Scope;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;

/**
 * Trains the learned act model from every gold response of the development sets, and measures it by leaving whole sites
 * out: for each site, a model trained on every other site's responses reads that site's, beside the rules on the same
 * responses. The threads are the gold's ({@link ActExamples}), so the study measures reading acts apart from finding
 * threads. Each set is given as NAME=GOLD_DIR=TEXT_DIR.
 *
 * <pre>
 * ActStudy train OUT.bin SET...   train on every response of the sets, write the model
 * ActStudy loso SET...            leave-one-site-out tables: main-act accuracy, macro F1 and act-list F1 per set
 * </pre>
 */
public final class ActStudy {
    private static final int ITERATIONS = 200;
    private static final double L2 = Double.parseDouble(System.getProperty("l2", "0.1"));
    /** Rarer acts count as more events (their share's inverse, square-rooted), so the commonest act does not drown them. */
    private static final boolean BALANCE = Boolean.parseBoolean(System.getProperty("balance", "true"));
    /** With -Dnorule=true the model does not see the rules' reading (to measure it apart). */
    private static final boolean NO_RULE = Boolean.getBoolean("norule");
    /** Train with the gold acts of the parent and previous responses as context (else the rules' acts). */
    private static final boolean GOLD_CONTEXT = Boolean.parseBoolean(System.getProperty("goldContext", "true"));

    static org.workgraph.loader.acts.Act act(String notation) {
        return org.workgraph.loader.acts.Act.valueOf(notation.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
    private static final ActReader RULES = new ActReader();

    private ActStudy() {}

    /** One way of reading acts, measured on every fold. */
    record Variant(String name, boolean model, double threshold, Scope scope) {}

    static final List<Variant> VARIANTS = List.of(
            new Variant("rules", false, 0, Scope.FALLBACK),
            new Variant("model alone", true, 0, Scope.EVERYWHERE),
            new Variant("model where the rules only fell back, p >= 0.5", true, 0.5, Scope.FALLBACK),
            new Variant("model where the rules only fell back, p >= 0.3", true, 0.3, Scope.FALLBACK),
            new Variant("model everywhere, p >= 0.5", true, 0.5, Scope.EVERYWHERE),
            new Variant("model everywhere, p >= 0.7", true, 0.7, Scope.EVERYWHERE));

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ActStudy train OUT.bin NAME=GOLD=TEXT...  |  ActStudy loso NAME=GOLD=TEXT...");
            System.exit(1);
        }
        boolean train = args[0].equals("train"), unseen = args[0].equals("unseen");
        List<Examples> sets = new ArrayList<>();
        for (int k = train || unseen ? 2 : 1; k < args.length; k++) {
            String[] ngc = args[k].split("=", 3);
            sets.add(ActExamples.read(ngc[0], Path.of(ngc[1]), Path.of(ngc[2])));
        }
        System.out.println("| set | pages | gold responses | placed on their page |");
        System.out.println("|---|---:|---:|---:|");
        for (Examples s : sets) System.out.printf("| %s | %d | %d | %d |%n", s.name(), s.threads().size(), s.responses(), s.responses() - s.unplaced());
        System.out.println();
        List<Thread> all = sets.stream().flatMap(s -> s.threads().stream()).toList();
        if (train) {
            AbstractModel model = train(all, eventsOf(all));
            new GenericModelWriter(model, new File(args[1])).persist();
            System.out.printf("model written to %s (%d pages, %d responses)%n", args[1], all.size(),
                    all.stream().mapToInt(t -> t.post().responses().size()).sum());
            return;
        }
        Map<String, Map<String, Score>> scores;
        if (unseen) { // unseen NAME SET...: one whole set held out, the model trained on every other set
            scores = heldOut(all, args[1]);
            table("Main act: accuracy", scores, List.of(args[1]), Score::accuracy);
            table("Main act: macro F1", scores, List.of(args[1]), Score::macroF1);
            table("Act list: F1", scores, List.of(args[1]), s -> s.list.f1());
            return;
        }
        scores = leaveSiteOut(all, Integer.getInteger("folds", 0));
        List<String> names = new ArrayList<>(sets.stream().map(Examples::name).toList());
        names.add("all");
        table("Main act: accuracy", scores, names, Score::accuracy);
        table("Main act: macro F1 (mean over acts of each act's F1)", scores, names, Score::macroF1);
        table("Act list: F1", scores, names, s -> s.list.f1());
    }

    /**
     * Every fold: some sites' pages read by each variant, its model trained on every other site's. With {@code folds} 0
     * each site is a fold of its own; else the sites are dealt into that many folds in turn (sorted by name), each still
     * leaving whole sites out, for a shorter run. Variant -> set -> score.
     */
    static Map<String, Map<String, Score>> leaveSiteOut(List<Thread> all, int folds) throws IOException {
        Map<String, Map<String, Score>> out = new LinkedHashMap<>();
        // A page's events and the rules' reading of it do not depend on the fold: read once.
        Map<Thread, List<Event>> events = eventsOf(all);
        Map<Thread, List<ActFinding>> rules = new java.util.IdentityHashMap<>();
        for (Thread t : all) rules.put(t, RULES.read(t.post(), t.postWriter()));
        for (Set<String> held : folds(all, folds)) {
            List<Thread> rest = trainingFold(all, held);
            MaxentModel model = train(rest, events);
            for (Variant v : VARIANTS) {
                for (Thread t : all) {
                    if (!held.contains(t.site())) continue;
                    List<ActFinding> ruled = rules.get(t);
                    List<ActFinding> read = v.model() ? new LearnedActs(model, v.threshold(), v.scope()).combine(t.post(), t.postWriter(), ruled) : ruled;
                    out.computeIfAbsent(v.name(), k -> new LinkedHashMap<>()).computeIfAbsent(t.set(), k -> new Score()).add(t, read);
                    out.get(v.name()).computeIfAbsent("all", k -> new Score()).add(t, read);
                }
            }
        }
        return out;
    }

    /** The sites of each fold: one site each ({@code folds} 0), or the sorted sites dealt into {@code folds} groups. */
    static List<Set<String>> folds(List<Thread> all, int folds) {
        List<String> sites = all.stream().map(Thread::site).distinct().sorted().toList();
        List<Set<String>> out = new ArrayList<>();
        if (folds <= 0 || folds >= sites.size()) {
            for (String s : sites) out.add(Set.of(s));
            return out;
        }
        for (int k = 0; k < folds; k++) out.add(new HashSet<>());
        for (int i = 0; i < sites.size(); i++) out.get(i % folds).add(sites.get(i));
        return out;
    }

    /** One set held out whole: every variant reads its pages with a model trained on every other set. */
    static Map<String, Map<String, Score>> heldOut(List<Thread> all, String set) throws IOException {
        Map<String, Map<String, Score>> out = new LinkedHashMap<>();
        List<Thread> rest = all.stream().filter(t -> !t.set().equals(set)).toList();
        MaxentModel model = train(rest, eventsOf(rest));
        for (Variant v : VARIANTS) {
            for (Thread t : all.stream().filter(t -> t.set().equals(set)).toList()) {
                List<ActFinding> ruled = RULES.read(t.post(), t.postWriter());
                List<ActFinding> read = v.model() ? new LearnedActs(model, v.threshold(), v.scope()).combine(t.post(), t.postWriter(), ruled) : ruled;
                out.computeIfAbsent(v.name(), k -> new LinkedHashMap<>()).computeIfAbsent(set, k -> new Score()).add(t, read);
            }
        }
        return out;
    }

    /** The pages a fold trains on: every page of every site it does not hold out. */
    static List<Thread> trainingFold(List<Thread> all, Set<String> heldSites) {
        return all.stream().filter(t -> !heldSites.contains(t.site())).toList();
    }

    /** Each page's training events: each gold response with words of its own, its gold main act the outcome. */
    static Map<Thread, List<Event>> eventsOf(List<Thread> threads) {
        Map<Thread, List<Event>> out = new java.util.IdentityHashMap<>();
        for (Thread t : threads) out.put(t, events(t));
        return out;
    }

    /** The events of some pages; rarer acts count as more events (see {@link #BALANCE}). */
    static List<Event> events(List<Thread> threads, Map<Thread, List<Event>> events) {
        List<Event> all = new ArrayList<>();
        for (Thread t : threads) all.addAll(events.get(t));
        if (!BALANCE) return all;
        Map<String, Integer> count = new HashMap<>();
        all.forEach(e -> count.merge(e.getOutcome(), 1, Integer::sum));
        int most = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<Event> out = new ArrayList<>();
        for (Event e : all) {
            long copies = Math.max(1, Math.round(Math.sqrt(most / (double) count.get(e.getOutcome()))));
            for (int c = 0; c < copies; c++) out.add(e);
        }
        return out;
    }

    private static List<Event> events(Thread t) {
        List<Event> events = new ArrayList<>();
        List<ActFinding> ruled = RULES.read(t.post(), t.postWriter());
        List<Response> rs = t.post().responses();
        // The acts of the responses before and above, as the gold gives them (the reader sees what it decided).
        Map<Integer, org.workgraph.loader.acts.Act> gold = new HashMap<>();
        for (int i = 0; i < rs.size(); i++) gold.put(rs.get(i).position(), act(t.mains().get(i)));
        List<List<String>> features = ActFeatures.of(t.post(), t.postWriter(), ruled, GOLD_CONTEXT ? gold : Map.of());
        for (int i = 0; i < rs.size(); i++) {
            Response r = rs.get(i);
            if (r.kind() == ResponseKind.PINGBACK || r.kind() == ResponseKind.REBLOG || r.text().isBlank()) continue;
            List<String> f = NO_RULE ? features.get(i).stream().filter(x -> !x.startsWith("rule")).toList() : features.get(i);
            events.add(new Event(t.mains().get(i), f.toArray(String[]::new)));
        }
        return events;
    }

    static AbstractModel train(List<Thread> threads, Map<Thread, List<Event>> events) throws IOException {
        return Maxent.train(events(threads, events), ITERATIONS, L2);
    }

    /** The main-act confusions and act-list hits of one variant over some responses. */
    static final class Score {
        final Map<String, Hits> perAct = new TreeMap<>();
        final Hits list = new Hits();
        int correct, total;

        void add(Thread t, List<ActFinding> read) {
            Map<Integer, String> main = new HashMap<>();
            Map<Integer, Set<String>> acts = new HashMap<>();
            for (ActFinding f : read) {
                if (f.main()) main.put(f.unit(), f.act().notation());
                acts.computeIfAbsent(f.unit(), k -> new HashSet<>()).add(f.act().notation());
            }
            List<Response> rs = t.post().responses();
            for (int i = 0; i < rs.size(); i++) {
                String want = t.mains().get(i), got = main.get(rs.get(i).position());
                total++;
                if (want.equals(got)) correct++;
                perAct.computeIfAbsent(want, k -> new Hits());
                if (got != null) perAct.computeIfAbsent(got, k -> new Hits());
                if (want.equals(got)) perAct.get(want).tp++;
                else {
                    perAct.get(want).fn++;
                    if (got != null) perAct.get(got).fp++;
                }
                list.add(acts.getOrDefault(rs.get(i).position(), Set.of()), new HashSet<>(t.lists().get(i)));
            }
        }

        double accuracy() { return total == 0 ? 0 : correct / (double) total; }

        double macroF1() { return perAct.values().stream().mapToDouble(Hits::f1).average().orElse(0); }
    }

    private static void table(String title, Map<String, Map<String, Score>> scores, List<String> sets, java.util.function.ToDoubleFunction<Score> f) {
        System.out.println("## " + title);
        System.out.println();
        System.out.println("| variant | " + String.join(" | ", sets) + " |");
        System.out.println("|---|" + "---:|".repeat(sets.size()));
        for (Map.Entry<String, Map<String, Score>> v : scores.entrySet()) {
            StringBuilder row = new StringBuilder("| " + v.getKey() + " |");
            for (String s : sets) {
                Score sc = v.getValue().get(s);
                row.append(sc == null ? " - |" : String.format(Locale.ROOT, " %.3f |", f.applyAsDouble(sc)));
            }
            System.out.println(row);
        }
        System.out.println();
    }

}
