package org.workgraph.bench.learn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.workgraph.loader.Loader;
import org.workgraph.loader.ParseException;
import org.workgraph.loader.extract.LearnedMentions;
import org.workgraph.loader.extract.MentionFeatures;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.Source;

/**
 * Labels the words of a page's units (as the loader parses the page and hands its units to the mention finder) by
 * aligning the gold's mentioned people and organisations to their occurrences: every run of tokens that spells a gold
 * name (or, for a person, an alias the set's people.json lists; for an organisation named "The X", also "X") is labelled
 * person or organisation, the other candidate words "other". Training data for the name recogniser; a gold name the
 * text never spells is counted, not guessed.
 */
final class MentionAlignment {
    /** One page: its parsed document, units, their features and labels per candidate token, and its gold names. */
    record Page(String set, String site, Document doc, MentionFeatures features, Map<Integer, String[]> labels,
                Set<String> people, Set<String> organizations, Map<String, String> canonical, int goldNames, int aligned) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private MentionAlignment() {}

    /** Every page of a gold folder whose text the cache holds and whose gold states its mentions. */
    static List<Page> alignAll(String set, Path goldDir, Path cache, Loader loader) throws IOException {
        Map<String, String> canonical = new HashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        Path people = goldDir.resolve("people.json");
        if (Files.exists(people)) {
            for (JsonNode p : JSON.readTree(people.toFile())) {
                String name = p.get("name").asText();
                canonical.put(fold(name), name);
                List<String> all = new ArrayList<>(List.of(name));
                p.path("aliases").forEach(a -> { canonical.putIfAbsent(fold(a.asText()), name); all.add(a.asText()); });
                aliases.put(fold(name), all);
            }
        }
        List<Page> out = new ArrayList<>();
        try (var files = Files.list(goldDir)) {
            for (Path g : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(g.toFile());
                if (!gold.isObject() || !gold.hasNonNull("file") || !gold.has("mentionedPeople")) continue;
                Path text = cache.resolve(gold.get("file").asText());
                if (!Files.exists(text)) continue;
                Document doc;
                try {
                    doc = loader.parseText(new Source(gold.get("file").asText(), "0".repeat(64)), Files.readString(text), w -> {});
                } catch (ParseException e) {
                    System.err.println("mentions: cannot parse " + text + ": " + e.getMessage());
                    continue;
                }
                Map<Integer, String> units = units(doc);
                MentionFeatures features = new MentionFeatures(units);
                Map<Integer, String[]> labels = new LinkedHashMap<>();
                for (int u : features.units()) {
                    String[] l = new String[features.tokens(u).size()];
                    for (int i = 0; i < l.length; i++) if (features.candidate(u, i)) l[i] = LearnedMentions.OTHER;
                    labels.put(u, l);
                }
                Set<String> wantPeople = new LinkedHashSet<>(), wantOrgs = new LinkedHashSet<>();
                int names = 0, aligned = 0;
                for (JsonNode n : gold.path("mentionedPeople")) {
                    String name = n.asText();
                    wantPeople.add(canon(canonical, name));
                    names++;
                    List<String> spellings = new ArrayList<>(aliases.getOrDefault(fold(canon(canonical, name)), List.of()));
                    spellings.add(name);
                    if (label(features, labels, spellings, LearnedMentions.PERSON)) aligned++;
                }
                for (JsonNode n : gold.path("mentionedOrganizations")) {
                    String name = n.asText();
                    wantOrgs.add(fold(name));
                    names++;
                    List<String> spellings = new ArrayList<>(List.of(name));
                    if (name.startsWith("The ")) spellings.add(name.substring(4));
                    if (label(features, labels, spellings, LearnedMentions.ORGANIZATION)) aligned++;
                }
                String site = g.getFileName().toString().replaceFirst("\\.json$", "");
                out.add(new Page(set, site, doc, features, labels, wantPeople, wantOrgs, canonical, names, aligned));
            }
        }
        return out;
    }

    /** The units the mention finder reads: a post's body and its comments and replies; a digest's summary and rows. */
    static Map<Integer, String> units(Document doc) {
        Map<Integer, String> units = new LinkedHashMap<>();
        if (doc instanceof BlogPost post) {
            units.put(0, post.body());
            for (Response r : post.responses())
                if (r.kind() == ResponseKind.COMMENT || r.kind() == ResponseKind.REPLY) units.put(r.position(), r.text());
        } else if (doc instanceof SignalDigest d) {
            units.put(0, d.summary() == null ? "" : d.summary());
            for (int i = 0; i < d.rows().size(); i++) units.put(i + 1, d.rows().get(i).text());
        }
        return units;
    }

    /** Labels every occurrence of any spelling; whether one was found. */
    private static boolean label(MentionFeatures f, Map<Integer, String[]> labels, List<String> spellings, String outcome) {
        boolean found = false;
        for (String spelling : spellings) {
            String[] want = SimpleTokenizer.INSTANCE.tokenize(spelling.replace('\u2019', '\''));
            if (want.length == 0) continue;
            for (int u : f.units()) {
                List<MentionFeatures.Token> ts = f.tokens(u);
                for (int i = 0; i + want.length <= ts.size(); i++) {
                    boolean match = true;
                    for (int k = 0; k < want.length && match; k++) match = ts.get(i + k).text().replace('\u2019', '\'').equalsIgnoreCase(want[k]);
                    if (!match) continue;
                    found = true;
                    for (int k = 0; k < want.length; k++) if (labels.get(u)[i + k] != null) labels.get(u)[i + k] = outcome;
                }
            }
        }
        return found;
    }

    static String canon(Map<String, String> canonical, String name) {
        return fold(canonical.getOrDefault(fold(name), name));
    }

    static String fold(String s) {
        return GoldAlignment.fold(s);
    }

}
