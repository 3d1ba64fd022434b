package org.workgraph.cli.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.loader.model.Source;

/**
 * Scores a loaded graph against gold extraction files, field by field. Everything is read from the graph
 * with SPARQL over the contracted names, the way a user would see it.
 */
public final class Scorer {
    private static final String PREFIXES = """
            PREFIX wg: <https://w3id.org/workgraph/ns#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX sioc: <http://rdfs.org/sioc/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private final GoldSet gold;
    private final Dataset dataset;
    private final Iris iris;
    private final Map<String, FieldScore> fields = new LinkedHashMap<>();

    Scorer(GoldSet gold, DatasetGraph dsg, Iris iris) {
        this.gold = gold;
        this.iris = iris;
        this.dataset = DatasetFactory.wrap(dsg);
    }

    /** All fields, in a stable order. */
    public Map<String, FieldScore> score() {
        Txn.executeRead(dataset, () -> {
            for (JsonNode doc : gold.documents) {
                DocKey key = key(doc);
                documentFields(doc, key);
                responseFields(doc, key);
                mentionFields(doc, key);
                ideaField(doc, key);
                signalFields(doc, key);
            }
            identities();
            actAverages();
        });
        return fields;
    }

    /**
     * Which document of the graph a gold file scores. A gold file gives the file the document is read from
     * ({@code file}) and, for a file that holds many documents (an export, a feed, an archive), which one: its URL
     * ({@code url}, matched on {@code schema:url}) or its entry in the file ({@code entry}, e.g. an export's
     * "post-42", matched on the IRI the loader mints from it). A gold file with neither scores whatever the file gave.
     *
     * @param label    how misses name the document
     * @param file     the file name, as {@code wg:sourceFile} holds it
     * @param document the document's IRI, or null to take every document of the file
     */
    record DocKey(String label, String file, String document) {}

    /** An IRI no document has: a gold document by URL or entry that the graph lacks scores as all misses. */
    private static final String ABSENT = "urn:workgraph:eval:absent";

    private DocKey key(JsonNode doc) {
        String file = doc.get("file").asText();
        String url = GoldSet.text(doc, "url");
        String entry = GoldSet.text(doc, "entry");
        if (url != null) {
            var qs = new org.apache.jena.query.ParameterizedSparqlString(PREFIXES
                    + "SELECT ?d WHERE { ?d schema:url ?url ; wg:sourceFile ?file }");
            qs.setIri("url", url);
            qs.setLiteral("file", file);
            String d = null;
            try (QueryExecution qe = QueryExecution.create(qs.asQuery(), dataset)) {
                var rs = qe.execSelect();
                if (rs.hasNext()) d = rs.next().getResource("d").getURI();
            }
            return new DocKey(url, file, d == null ? ABSENT : d);
        }
        if (entry != null) {
            String d = iris.document(new Source(file, "", null, entry, null)).getURI();
            return new DocKey(file + " " + entry, file, d);
        }
        return new DocKey(file, file, null);
    }

    private FieldScore field(String name) { return fields.computeIfAbsent(name, FieldScore::new); }

    private void documentFields(JsonNode doc, DocKey key) {
        String file = key.label();
        Map<String, String> got = first(select("""
                SELECT ?kind ?title ?created ?claimed WHERE {
                  ?d wg:sourceFile ?file ; a ?kind . FILTER(?kind IN (wg:BlogPost, wg:SignalDigest))
                  OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:created ?created }
                  OPTIONAL { ?d wg:claimedResponseCount ?claimed } }""", key));
        String kind = got.get("kind") == null ? null : got.get("kind").endsWith("BlogPost") ? "blog-post" : "signal-digest";
        field("document.kind").compare(file, GoldSet.text(doc, "kind"), kind);
        field("document.title").compare(file, GoldSet.text(doc, "title"), got.get("title"));
        field("document.published").compare(file, GoldSet.text(doc, "published"), got.get("created"));
        field("document.claimedResponseCount").compare(file, GoldSet.text(doc, "claimedResponseCount"), got.get("claimed"));
        Set<String> cats = new TreeSet<>();
        select("SELECT ?c WHERE { ?d wg:sourceFile ?file ; wg:category ?c }", key).forEach(r -> cats.add(Normalize.text(r.get("c"))));
        Set<String> wantCats = new TreeSet<>();
        doc.path("categories").forEach(c -> wantCats.add(Normalize.text(c.asText())));
        compareSets(field("document.categories"), file, wantCats, cats);

        List<String> authors = names(select("SELECT ?n WHERE { ?d wg:sourceFile ?file ; dcterms:creator/foaf:name ?n }", key));
        String wantAuthor = GoldSet.text(doc.get("author"), "name");
        String guess = GoldSet.text(doc.get("authorGuess"), "name");
        String gotAuthor = authors.isEmpty() ? null : String.join(" & ", authors);
        if (wantAuthor == null && guess != null && gotAuthor != null && gold.canonical(gotAuthor).equals(gold.canonical(guess))) return;
        field("document.author").compare(file, gold.canonical(wantAuthor), gotAuthor == null ? null : gold.canonical(gotAuthor));
    }

    /**
     * Responses are paired with the gold's by their text, not by position: a graph response is the gold's n when its
     * text starts with the gold's {@code startsWith} (in page order, each used once). So one missed or invented
     * response costs itself, not every response after it. {@code response.found} scores the pairing; kind, writer
     * and reply target are compared on the pairs, and a gold response with no pair is a miss for each.
     */
    private void responseFields(JsonNode doc, DocKey key) {
        String file = key.label();
        List<Map<String, String>> got = select("""
                SELECT ?pos ?kind ?writer ?parent ?site ?text WHERE {
                  ?r wg:onDocument ?d ; wg:position ?pos ; a ?kind . ?d wg:sourceFile ?file .
                  FILTER(?kind IN (wg:Comment, wg:Reply, wg:Pingback, wg:Reblog))
                  FILTER NOT EXISTS { ?r a wg:Reply . FILTER(?kind = wg:Comment) }
                  OPTIONAL { ?r dcterms:creator/foaf:name ?writer }
                  OPTIONAL { ?r sioc:reply_of/wg:position ?parent }
                  OPTIONAL { ?r wg:sourceSite ?site }
                  OPTIONAL { ?r sioc:content ?text } } ORDER BY ?pos""", key);
        Map<Integer, Set<String>> addressed = new HashMap<>();
        for (Map<String, String> r : select("""
                SELECT ?pos ?n WHERE { ?r wg:onDocument ?d ; wg:position ?pos ; wg:addresses/foaf:name ?n . ?d wg:sourceFile ?file }""", key)) {
            addressed.computeIfAbsent(Integer.parseInt(r.get("pos")), k -> new TreeSet<>()).add(Normalize.text(gold.canonical(r.get("n"))));
        }
        Map<Integer, Map<String, String>> pairs = pair(doc.path("responses"), got);
        Map<String, Integer> goldNByPosition = new HashMap<>();
        pairs.forEach((n, r) -> goldNByPosition.put(r.get("pos"), n));
        for (JsonNode want : doc.path("responses")) {
            int n = want.get("n").asInt();
            Map<String, String> r = pairs.getOrDefault(n, Map.of());
            String at = file + " #" + n;
            if (r.isEmpty()) field("response.found").miss(at + ": not found, starts '" + GoldSet.text(want, "startsWith") + "'");
            else field("response.found").hit();
            String kind = r.get("kind") == null ? null : r.get("kind").substring(r.get("kind").indexOf('#') + 1).toLowerCase();
            field("response.kind").compare(at, GoldSet.text(want, "kind"), kind);
            String writer = r.get("writer") == null ? null : gold.canonical(r.get("writer"));
            String guess = GoldSet.text(want.get("authorGuess"), "name");
            if (!(GoldSet.text(want, "author") == null && guess != null && (writer == null || writer.equals(gold.canonical(guess))))) {
                field("response.writer").compare(at, gold.canonical(GoldSet.text(want, "author")), writer);
            }
            // The graph's parent, told as the gold response it was paired with (or as its own position if unpaired).
            String parent = r.get("parent") == null ? null
                    : goldNByPosition.containsKey(r.get("parent")) ? String.valueOf(goldNByPosition.get(r.get("parent"))) : "position " + r.get("parent");
            field("response.replyTo").compare(at, GoldSet.text(want, "inReplyTo"), parent);
            field("response.sourceSite").compare(at, GoldSet.text(want, "sourceSite"), r.get("site"));
            Set<String> wantAddr = new TreeSet<>();
            want.path("addresses").forEach(a -> wantAddr.add(Normalize.text(gold.canonical(a.asText()))));
            Set<String> gotAddr = r.isEmpty() ? Set.of() : addressed.getOrDefault(Integer.parseInt(r.get("pos")), Set.of());
            compareSets(field("response.addresses"), at, wantAddr, gotAddr);
        }
        actFields(doc, key, pairs);
        for (Map<String, String> r : got) {
            if (goldNByPosition.containsKey(r.get("pos"))) continue;
            String what = file + " position " + r.get("pos") + ": a response the gold does not have, starts '" + opening(r.get("text")) + "'";
            field("response.found").falseHit(what);
            field("response.kind").falseHit(what);
        }
    }

    /** Per act: how often the gold's main act was read (hits), missed and wrongly read, for the macro average. */
    private final Map<String, FieldScore> actClasses = new java.util.TreeMap<>();
    /** Gold main act to the act read, counted; {@link #NOT_FOUND} when the response itself was not found. */
    private final Map<String, Map<String, Integer>> actConfusion = new java.util.TreeMap<>();
    /** The confusion matrix's column for a gold response the graph has no response for: a thread error, not an act error. */
    static final String NOT_FOUND = "not found";

    /**
     * Discourse acts, on the same pairs: {@code act.main} compares each gold response's main act ({@code act}) with the
     * graph's {@code wg:mainAct} (its accuracy is the recall: a wrong act is a miss and a false hit, an unpaired response
     * a miss); {@code act.list} compares the sets of acts ({@code acts}, {@code wg:act}). Gold files without acts are
     * not scored for them.
     */
    private void actFields(JsonNode doc, DocKey key, Map<Integer, Map<String, String>> pairs) {
        String file = key.label();
        Map<String, String> mainByPos = new HashMap<>();
        Map<String, Set<String>> actsByPos = new HashMap<>();
        for (Map<String, String> r : select("""
                SELECT ?pos ?main WHERE { ?r wg:onDocument ?d ; wg:position ?pos ; wg:mainAct/skos:notation ?main . ?d wg:sourceFile ?file }""", key)) {
            mainByPos.put(r.get("pos"), r.get("main"));
        }
        for (Map<String, String> r : select("""
                SELECT ?pos ?act WHERE { ?r wg:onDocument ?d ; wg:position ?pos ; wg:act/skos:notation ?act . ?d wg:sourceFile ?file }""", key)) {
            actsByPos.computeIfAbsent(r.get("pos"), k -> new TreeSet<>()).add(r.get("act"));
        }
        for (JsonNode want : doc.path("responses")) {
            String wantMain = GoldSet.text(want, "act");
            if (wantMain == null) continue;
            int n = want.get("n").asInt();
            Map<String, String> r = pairs.getOrDefault(n, Map.of());
            String at = file + " #" + n + " '" + opening(GoldSet.text(want, "startsWith")) + "'";
            String gotMain = r.isEmpty() ? null : mainByPos.get(r.get("pos"));
            field("act.main").compare(at, wantMain, gotMain);
            actConfusion.computeIfAbsent(wantMain, k -> new java.util.TreeMap<>()).merge(gotMain == null ? NOT_FOUND : gotMain, 1, Integer::sum);
            if (wantMain.equals(gotMain)) actClass(wantMain).hit();
            else {
                actClass(wantMain).miss(at + ": want " + wantMain + (gotMain == null ? "" : ", got " + gotMain));
                if (gotMain != null) actClass(gotMain).falseHit(at + ": got " + gotMain + ", want " + wantMain);
            }
            Set<String> wantActs = new TreeSet<>();
            want.path("acts").forEach(a -> wantActs.add(a.asText()));
            if (wantActs.isEmpty()) wantActs.add(wantMain);
            compareSets(field("act.list"), at, wantActs, r.isEmpty() ? Set.of() : actsByPos.getOrDefault(r.get("pos"), Set.of()));
        }
    }

    /**
     * The confusion matrix of main acts, as lines: a row per gold act, a column per act read (and one for responses not
     * found, which are the thread reader's errors rather than the act reader's).
     */
    private List<String> confusion() {
        Set<String> columns = new TreeSet<>(actConfusion.keySet());
        actConfusion.values().forEach(row -> columns.addAll(row.keySet()));
        columns.remove(NOT_FOUND);
        List<String> order = new ArrayList<>(columns);
        order.add(NOT_FOUND);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("confusion of main acts (rows: gold, columns: read):");
        StringBuilder head = new StringBuilder(String.format("%-18s", ""));
        for (String c : order) head.append(String.format(" %9s", abbreviate(c)));
        lines.add(head.toString());
        for (var row : actConfusion.entrySet()) {
            StringBuilder line = new StringBuilder(String.format("%-18s", row.getKey()));
            for (String c : order) {
                Integer n = row.getValue().get(c);
                line.append(String.format(" %9s", n == null ? "." : n));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** A column heading short enough for the table: "negative-reaction" as "negative". */
    private static String abbreviate(String act) {
        int dash = act.indexOf('-');
        String s = dash > 0 && !act.equals(NOT_FOUND) ? act.substring(0, dash) : act;
        return s.length() <= 9 ? s : s.substring(0, 9);
    }

    private FieldScore actClass(String act) { return actClasses.computeIfAbsent(act, FieldScore::new); }

    /** {@code act.macroF1}: the mean over acts (those the gold or the graph has) of each act's precision, recall and F1. */
    private void actAverages() {
        if (actClasses.isEmpty()) return;
        FieldScore main = fields.remove("act.main");
        FieldScore list = fields.remove("act.list");
        if (main != null) fields.put("act.main", main);
        FieldScore macro = FieldScore.macro("act.macroF1", actClasses.values());
        macro.breakdown().addAll(confusion());
        fields.put("act.macroF1", macro);
        if (list != null) fields.put("act.list", list);
    }

    /** Gold n to the graph response whose text starts with its opening words, in page order, each used once. */
    private static Map<Integer, Map<String, String>> pair(JsonNode wanted, List<Map<String, String>> got) {
        Map<Integer, Map<String, String>> pairs = new HashMap<>();
        Set<String> used = new HashSet<>();
        int from = 0;
        for (JsonNode want : wanted) {
            // A response with no text in the gold (a writer's name over nothing) pairs with a graph response with none.
            String start = Normalize.text(GoldSet.text(want, "startsWith"));
            // Search forward from the last pair first (page order), then anywhere not yet used.
            Map<String, String> match = null;
            for (int pass = 0; pass < 2 && match == null; pass++) {
                for (int i = pass == 0 ? from : 0; i < got.size(); i++) {
                    Map<String, String> r = got.get(i);
                    String text = Normalize.text(r.get("text"));
                    if (used.contains(r.get("pos")) || (start == null ? text != null : text == null || !text.startsWith(start))) continue;
                    match = r;
                    from = i + 1;
                    break;
                }
            }
            if (match != null) {
                used.add(match.get("pos"));
                pairs.put(want.get("n").asInt(), match);
            }
        }
        return pairs;
    }

    private static String opening(String text) {
        if (text == null) return "";
        String t = text.strip();
        return t.length() <= 60 ? t : t.substring(0, 60) + "...";
    }

    private void mentionFields(JsonNode doc, DocKey key) {
        mentions(doc, key, "mentionedPeople", "foaf:Person", "foaf:name", "mentions.people", gold::canonical);
        mentions(doc, key, "mentionedOrganizations", "foaf:Organization", "foaf:name", "mentions.organizations", Function.identity());
        mentions(doc, key, "mentionedWorks", "schema:CreativeWork", "rdfs:label", "mentions.works", Function.identity());
    }

    private void mentions(JsonNode doc, DocKey key, String goldField, String cls, String nameProp, String fieldName, Function<String, String> canon) {
        String file = key.label();
        // A gold file that does not state a field (one written for the thread's structure only) is not scored on it.
        if (!doc.has(goldField)) return;
        Set<String> want = new TreeSet<>();
        doc.path(goldField).forEach(n -> want.add(Normalize.text(canon.apply(n.asText()))));
        Set<String> got = new TreeSet<>();
        for (Map<String, String> r : select("SELECT DISTINCT ?n WHERE { ?d wg:sourceFile ?file . { ?d schema:mentions ?e } UNION { ?x wg:onDocument ?d ; schema:mentions ?e } ?e a "
                + cls + " ; " + nameProp + " ?n }", key)) {
            got.add(Normalize.text(canon.apply(r.get("n"))));
        }
        compareSets(field(fieldName), file, want, got);
    }

    private void ideaField(JsonNode doc, DocKey key) {
        String file = key.label();
        if (!doc.has("ideas")) return;
        Set<String> want = new TreeSet<>();
        doc.path("ideas").forEach(n -> want.add(Normalize.concept(n.asText())));
        Set<String> got = new TreeSet<>();
        for (Map<String, String> r : select("""
                SELECT DISTINCT ?l WHERE { ?d wg:sourceFile ?file . { ?d dcterms:subject ?i } UNION { ?x wg:onDocument ?d ; dcterms:subject ?i }
                  { ?i skos:prefLabel ?l } UNION { ?i skos:altLabel ?l } }""", key)) {
            got.add(Normalize.concept(r.get("l")));
        }
        // An idea is found when any of its labels matches; the graph's other ideas are false hits.
        FieldScore f = field("ideas");
        Set<String> matched = new HashSet<>();
        for (String w : want) {
            if (got.contains(w)) { f.hit(); matched.add(w); } else f.miss(file + ": " + w);
        }
        Set<String> prefs = new TreeSet<>();
        select("SELECT DISTINCT ?l WHERE { ?d wg:sourceFile ?file . { ?d dcterms:subject ?i } UNION { ?x wg:onDocument ?d ; dcterms:subject ?i } ?i skos:prefLabel ?l }", key)
                .forEach(r -> prefs.add(Normalize.concept(r.get("l"))));
        for (String p : prefs) if (!want.contains(p)) f.falseHit(file + ": " + p);
    }

    private void signalFields(JsonNode doc, DocKey key) {
        String file = key.label();
        if (!doc.has("signals")) return;
        List<Map<String, String>> got = select("""
                SELECT ?heading ?name ?description ?change ?tenYear ?drivingForce ?relevancy WHERE {
                  ?s wg:inDigest ?d ; rdfs:label ?name ; wg:sourceLine ?line . ?d wg:sourceFile ?file .
                  OPTIONAL { ?s wg:table ?heading } OPTIONAL { ?s dcterms:description ?description }
                  OPTIONAL { ?s wg:change ?change } OPTIONAL { ?s wg:tenYearOutlook ?tenYear }
                  OPTIONAL { ?s wg:drivingForce ?drivingForce } OPTIONAL { ?s wg:relevancy ?relevancy } } ORDER BY ?line""", key);
        JsonNode rows = doc.get("signals");
        // Rows pair by name in page order, each used once, so one missed or extra row does not shift every row after it.
        List<Map<String, String>> paired = new ArrayList<>();
        Set<Integer> used = new HashSet<>();
        for (JsonNode want : rows) {
            String name = Normalize.text(GoldSet.text(want, "name"));
            int match = -1;
            for (int k = 0; k < got.size() && match < 0; k++) {
                if (!used.contains(k) && name != null && name.equals(Normalize.text(got.get(k).get("name")))) match = k;
            }
            if (match >= 0) used.add(match);
            paired.add(match < 0 ? Map.of() : got.get(match));
        }
        for (int k = 0; k < got.size(); k++) if (!used.contains(k)) paired.add(got.get(k));
        for (int i = 0; i < paired.size(); i++) {
            JsonNode want = i < rows.size() ? rows.get(i) : null;
            Map<String, String> g = paired.get(i);
            String at = file + " row " + (i + 1);
            field("signal.row").compare(at, want == null ? null : GoldSet.text(want, "table") + ": " + GoldSet.text(want, "name"),
                    g.isEmpty() ? null : g.get("heading") + ": " + g.get("name"));
            field("signal.name").compare(at, GoldSet.text(want, "name"), g.get("name"));
            field("signal.description").compare(at, described(want, "description"), matching(want, "description", g.get("description")));
            field("signal.change").compare(at, GoldSet.text(want, "change"), g.get("change"));
            field("signal.tenYear").compare(at, GoldSet.text(want, "tenYear"), g.get("tenYear"));
            field("signal.drivingForce").compare(at, GoldSet.text(want, "drivingForce"), g.get("drivingForce"));
            field("signal.relevancy").compare(at, GoldSet.text(want, "relevancy"), g.get("relevancy"));
        }
        field("document.summary").compare(file, described(doc, "summary"), matching(doc, "summary", summary(key)));
        JsonNode article = doc.get("sourceArticle");
        if (article != null) {
            Map<String, String> a = first(select("""
                    SELECT ?title ?author WHERE { ?d wg:sourceFile ?file ; dcterms:source ?a . ?a dcterms:title ?title
                      OPTIONAL { ?a dcterms:creator/foaf:name ?author } }""", key));
            field("document.sourceArticle").compare(file + " title", GoldSet.text(article, "title"), a.get("title"));
            field("document.sourceArticle").compare(file + " author", gold.canonical(GoldSet.text(article, "author")),
                    a.get("author") == null ? null : gold.canonical(a.get("author")));
        }
    }

    private String summary(DocKey key) {
        String file = key.label();
        return first(select("SELECT ?s WHERE { ?d wg:sourceFile ?file ; wg:summary ?s }", key)).get("s");
    }

    /**
     * The expected text of a long field: the gold gives either the text ({@code description}) or its first words and
     * word count ({@code descriptionStartsWith}, {@code descriptionWords}); the latter is shown as "WORDS... (N words)".
     */
    private static String described(JsonNode node, String field) {
        if (node == null) return null;
        String start = GoldSet.text(node, field + "StartsWith");
        if (start == null) return GoldSet.text(node, field);
        return start + "... (" + GoldSet.text(node, field + "Words") + " words)";
    }

    /** What the graph holds, given as {@link #described} when it matches the gold's opening words and length (within one). */
    private static String matching(JsonNode node, String field, String got) {
        String start = node == null ? null : GoldSet.text(node, field + "StartsWith");
        if (start == null || got == null) return got;
        String g = Normalize.text(got);
        int words = g.split(" ").length;
        int want = node.path(field + "Words").asInt(-10);
        return g.startsWith(Normalize.text(start)) && Math.abs(words - want) <= 1 ? described(node, field) : got;
    }

    /**
     * One identity per person: each gold person (in the scored files, in a role the graph holds) should be
     * exactly one graph person, and each graph person exactly one gold person.
     */
    private void identities() {
        if (gold.people.isEmpty()) return; // a gold set without people.json scores no identities
        Set<String> files = new HashSet<>();
        gold.documents.forEach(d -> {
            // people.json names a person's documents by file, or by URL for one of many documents in a file.
            files.add(d.get("file").asText());
            if (d.hasNonNull("url")) files.add(d.get("url").asText());
        });
        Map<String, List<String>> graphPeopleByGold = new HashMap<>();
        FieldScore f = field("people.identity");
        for (Map<String, String> r : select("SELECT ?p ?name WHERE { ?p a foaf:Person ; foaf:name ?name }", null)) {
            String name = r.get("name");
            if (!gold.knowsPerson(name)) {
                f.falseHit("a person the gold does not know: " + name);
                continue;
            }
            graphPeopleByGold.computeIfAbsent(gold.canonical(name), k -> new ArrayList<>()).add(name);
        }
        for (JsonNode p : gold.peopleIn(files)) {
            String name = p.get("name").asText();
            List<String> found = graphPeopleByGold.getOrDefault(name, List.of());
            if (found.size() == 1) f.hit();
            else if (found.isEmpty()) f.miss(name + ": no person in the graph");
            else f.miss(name + ": split into " + found);
        }
    }

    private static void compareSets(FieldScore f, String where, Set<String> want, Set<String> got) {
        for (String w : want) if (got.contains(w)) f.hit(); else f.miss(where + ": " + w);
        for (String g : got) if (!want.contains(g)) f.falseHit(where + ": " + g);
    }

    private static List<String> names(List<Map<String, String>> rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("n")));
        return out;
    }

    private static Map<String, String> first(List<Map<String, String>> rows) {
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /**
     * Runs a query with ?file bound (never concatenated) and returns rows of variable → lexical form. A document the
     * gold names by URL or entry also has ?d bound to it, so the other documents of its file do not count.
     */
    private List<Map<String, String>> select(String body, DocKey key) {
        var qs = new org.apache.jena.query.ParameterizedSparqlString(PREFIXES + body);
        if (key != null) {
            qs.setLiteral("file", key.file());
            if (key.document() != null) qs.setIri("d", key.document());
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(qs.asQuery(), dataset)) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new HashMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            }
        }
        return rows;
    }
}
