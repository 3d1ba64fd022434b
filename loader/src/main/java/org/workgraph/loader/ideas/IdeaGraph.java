package org.workgraph.loader.ideas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.workgraph.loader.DerivedGraph;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.mapping.Evidence;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.Ontology;
import org.workgraph.ontology.WG;

/**
 * The ideas the corpus discusses, chosen with corpus statistics and kept in a graph of their own that is
 * rebuilt after each load (an idea's weight in one document depends on every other document).
 *
 * <p>Method: candidate phrases are runs of content words (see {@link Phrases}); a phrase's weight in a
 * document is its frequency there (its title counts double, its responses' words a third) times its inverse
 * document frequency across the corpus, favouring two- and three-word phrases; single words need to recur or be abstract nouns, and judging or light words ("fair
 * amount") weaken a phrase. Each document gets its
 * fifteen best phrases, leaving out a phrase contained in a better one that occurs as often, and names of
 * people and organisations. Phrases with the same key (case, hyphens, plural, word order) are one
 * {@code wg:Idea}, labelled with its commonest wording and the others as {@code skos:altLabel}. A response
 * of some length is linked to the ideas of its document that it uses itself, and to its own two most
 * distinctive phrases.
 */
public final class IdeaGraph implements DerivedGraph {
    public static final int PER_DOCUMENT = 15;
    private static final int PER_RESPONSE = 5;
    /** A substantial response's own ideas, beyond those it shares with its document. */
    private static final int OWN_PER_RESPONSE = 2;
    private static final int SUBSTANTIAL_WORDS = 40;
    private static final double RESPONSE_WEIGHT = 0.35;

    private final Node graph;
    private final Iris iris;
    private final Ontology ontology;

    public IdeaGraph(Iris iris, Ontology ontology) {
        this.iris = iris;
        this.ontology = ontology;
        this.graph = iris.ideasGraph();
    }

    /**
     * One stretch of text a document holds, with the resource the evidence offsets refer to. What the
     * document says itself (its body, its rows) weighs more than what its responses say: a reader tags a
     * post by its own argument, and a thread wanders.
     */
    private record Unit(Node resource, String text, boolean response) {
        double weight() { return response ? RESPONSE_WEIGHT : 1.0; }
    }

    private record Doc(Node node, String file, String title, List<Unit> units) {}

    @Override
    public Node graph() { return graph; }

    /** Rebuilds the ideas graph from every document in the store, in one write transaction. */
    @Override
    public int rebuild(DatasetGraph dsg) {
        Tagger tagger = new Tagger();
        return Txn.calculateWrite(dsg, () -> {
            List<Doc> docs = documents(dsg);
            Set<String> names = names(dsg);
            Map<String, Integer> df = new HashMap<>();
            List<Map<String, List<Phrases.Occurrence>>> perDoc = new ArrayList<>();
            List<Map<Phrases.Occurrence, Unit>> units = new ArrayList<>();
            for (Doc d : docs) {
                Map<String, List<Phrases.Occurrence>> occ = new LinkedHashMap<>();
                Map<Phrases.Occurrence, Unit> where = new HashMap<>();
                for (Unit u : d.units) {
                    for (Phrases.Occurrence o : Phrases.in(u.text, tagger)) {
                        if (insideName(o.key(), names)) continue;
                        occ.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
                        where.put(o, u);
                    }
                }
                occ.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
                perDoc.add(occ);
                units.add(where);
            }
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            StreamRDF out = new StreamRDFBase() {
                @Override
                public void quad(Quad q) { dsg.add(q); }
            };
            Map<String, Map<String, Integer>> surfaces = new HashMap<>();
            Evidence evidence = new Evidence(out, graph);
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                Map<Phrases.Occurrence, Unit> where = units.get(i);
                Map<String, List<Phrases.Occurrence>> occurrences = perDoc.get(i);
                List<String> chosen = choose(perDoc.get(i), where, df, docs.size(), d.title == null ? Set.of() : keysOf(d.title, tagger), PER_DOCUMENT);
                int n = 0;
                for (String key : chosen) {
                    List<Phrases.Occurrence> occ = perDoc.get(i).get(key);
                    occ.forEach(o -> surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(o.surface().toLowerCase(Locale.ROOT), 1, Integer::sum));
                    Node idea = iris.idea(key);
                    out.quad(Quad.create(graph, d.node, DCTerms.subject.asNode(), idea));
                    Phrases.Occurrence first = occ.get(0);
                    Unit u = units.get(i).get(first);
                    evidence.write(iris.ideaEvidence(d.file, ++n), d.node, DCTerms.subject.asNode(), idea,
                            "one of the document's " + PER_DOCUMENT + " most distinctive phrases (frequency here " + occ.size()
                                    + ", in " + df.get(key) + " of " + docs.size() + " documents)",
                            List.of(new Span(0, first.start(), first.end(), first.surface())), s -> u.resource);
                }
                // Substantial responses: the document's ideas they use themselves, and their own most distinctive phrases.
                for (Unit u : d.units) {
                    if (!u.response || u.text.split("\\s+").length < SUBSTANTIAL_WORDS) continue;
                    Map<String, List<Phrases.Occurrence>> own = new LinkedHashMap<>();
                    Map<Phrases.Occurrence, Unit> asText = new HashMap<>();
                    Unit alone = new Unit(u.resource, u.text, false);
                    occurrences.forEach((key, list) -> list.stream().filter(o -> where.get(o) == u).forEach(o -> {
                        own.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
                        asText.put(o, alone);
                    }));
                    List<String> linked = new ArrayList<>();
                    for (String key : chosen) if (own.containsKey(key) && linked.size() < PER_RESPONSE) linked.add(key);
                    int shared = linked.size();
                    for (String key : choose(own, asText, df, docs.size(), Set.of(), OWN_PER_RESPONSE)) {
                        if (!linked.contains(key) && linked.stream().noneMatch(c -> contains(key, c) || contains(c, key))) linked.add(key);
                    }
                    for (int k = 0; k < linked.size(); k++) {
                        String key = linked.get(k);
                        Phrases.Occurrence hit = own.get(key).get(0);
                        own.get(key).forEach(o -> surfaces.computeIfAbsent(key, x -> new HashMap<>()).merge(o.surface().toLowerCase(Locale.ROOT), 1, Integer::sum));
                        Node idea = iris.idea(key);
                        out.quad(Quad.create(graph, u.resource, DCTerms.subject.asNode(), idea));
                        evidence.write(iris.ideaEvidence(d.file, ++n), u.resource, DCTerms.subject.asNode(), idea,
                                k < shared ? "the response uses one of its document's ideas"
                                        : "one of the response's " + OWN_PER_RESPONSE + " most distinctive phrases",
                                List.of(new Span(0, hit.start(), hit.end(), hit.surface())), s -> u.resource);
                    }
                }
            }
            Node scheme = iris.ideaScheme();
            out.quad(Quad.create(graph, scheme, RDF.type.asNode(), SKOS.ConceptScheme.asNode()));
            out.quad(Quad.create(graph, scheme, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Workgraph ideas")));
            for (Map.Entry<String, Map<String, Integer>> e : surfaces.entrySet()) {
                Node idea = iris.idea(e.getKey());
                for (Node c : ontology.withSuperClasses(WG.Idea.asNode())) out.quad(Quad.create(graph, idea, RDF.type.asNode(), c));
                out.quad(Quad.create(graph, idea, SKOS.inScheme.asNode(), scheme));
                List<String> labels = e.getValue().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey).toList();
                out.quad(Quad.create(graph, idea, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(labels.get(0))));
                out.quad(Quad.create(graph, idea, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralString(labels.get(0))));
                for (String alt : labels.subList(1, labels.size())) {
                    out.quad(Quad.create(graph, idea, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(alt)));
                }
            }
            return surfaces.size();
        });
    }

    /**
     * The best phrases of one document, at most {@value #PER_DOCUMENT}. A phrase that nearly always occurs inside
     * one longer recurring phrase ("gig" in "gig economy") is represented by that phrase (the C-value idea).
     * Frequency is damped (tf^0.8), so that one common word cannot outweigh a distinctive phrase, and once a
     * phrase is chosen, phrases that contain it or that it contains are not.
     */
    private static List<String> choose(Map<String, List<Phrases.Occurrence>> occ, Map<Phrases.Occurrence, Unit> where,
            Map<String, Integer> df, int docs, Set<String> title, int limit) {
        // A phrase that nearly always occurs inside one longer phrase ("gig" in "gig economy") is that phrase.
        Set<String> absorbed = new HashSet<>();
        for (String a : occ.keySet()) {
            for (String b : occ.keySet()) {
                if (contains(b, a) && occ.get(b).size() >= 2 && occ.get(b).size() >= occ.get(a).size()) absorbed.add(a);
            }
        }
        Map<String, Double> score = new HashMap<>();
        for (Map.Entry<String, List<Phrases.Occurrence>> e : occ.entrySet()) {
            String key = e.getKey();
            if (absorbed.contains(key)) continue;
            int words = Phrases.wordCount(key);
            double tf = title.contains(key) ? 2 : 0;
            for (Phrases.Occurrence o : e.getValue()) tf += where.get(o).weight();
            boolean inBody = e.getValue().stream().anyMatch(o -> !where.get(o).response);
            double length = switch (words) {
                case 1 -> abstractNoun(key) ? 1.0 : 0.6;
                case 2 -> 1.5;
                case 3 -> 1.2;
                default -> 0.7;
            };
            if (e.getValue().get(0).surface().matches("(?i).*\\s(of|and|for)\\s.*")) length *= 0.8;
            if (Phrases.weak(e.getValue().get(0).surface())) length *= 0.3;
            // A lone word names a concept only if the document returns to it, or if it is an abstract noun its own text uses.
            if (words == 1 && tf < 2 && !(inBody && abstractNoun(key))) continue;
            double idf = 1.0 + Math.log((double) docs / df.get(key));
            score.put(key, Math.pow(tf, 0.8) * idf * length);
        }
        List<String> ranked = new ArrayList<>(score.keySet());
        ranked.sort(Comparator.comparingDouble((String k) -> -score.get(k)).thenComparing(Comparator.naturalOrder()));
        List<String> chosen = new ArrayList<>();
        for (String k : ranked) {
            if (chosen.size() >= limit) break;
            // "remote team culture" adds nothing once "team culture" is an idea of the document.
            if (chosen.stream().anyMatch(c -> contains(k, c) || contains(c, k))) continue;
            chosen.add(k);
        }
        return chosen;
    }

    /** Abstract nouns ("automation", "agility", "entrepreneurship") name concepts on their own. */
    private static boolean abstractNoun(String word) {
        return word.matches(".*(tion|sion|ity|ship|ment|ness|ism|ance|ence|acy|ogy)");
    }

    private static boolean contains(String longer, String shorter) {
        // Words count with their repeats: "network network" (networks of networks) is not inside "learning network".
        List<String> rest = new ArrayList<>(List.of(longer.split(" ")));
        String[] words = shorter.split(" ");
        if (words.length >= rest.size()) return false;
        for (String w : words) if (!rest.remove(w)) return false;
        return true;
    }

    private static Set<String> keysOf(String title, Tagger tagger) {
        Set<String> keys = new HashSet<>();
        Phrases.in(title, tagger).forEach(o -> keys.add(o.key()));
        return keys;
    }

    private List<Doc> documents(DatasetGraph dsg) {
        Dataset ds = DatasetFactory.wrap(dsg);
        Map<Node, Doc> docs = new LinkedHashMap<>();
        String q = """
                PREFIX wg: <https://w3id.org/workgraph/ns#>
                PREFIX sioc: <http://rdfs.org/sioc/ns#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?d ?file ?title ?unit ?text ?kind WHERE {
                  ?d a wg:Document ; wg:sourceFile ?file . OPTIONAL { ?d dcterms:title ?title }
                  { ?d sioc:content ?text BIND(?d AS ?unit) BIND("doc" AS ?kind) }
                  UNION { ?unit wg:onDocument ?d ; sioc:content ?text . FILTER NOT EXISTS { ?unit a wg:Pingback } FILTER NOT EXISTS { ?unit a wg:Reblog } BIND("response" AS ?kind) }
                  UNION { ?unit wg:inDigest ?d ; rdfs:label ?name . OPTIONAL { ?unit dcterms:description ?desc } BIND(CONCAT(?name, ". ", COALESCE(?desc, "")) AS ?text) BIND("row" AS ?kind) }
                } ORDER BY ?file ?kind ?unit""";
        try (QueryExecution qe = QueryExecution.create(q, ds)) {
            var rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Node d = s.getResource("d").asNode();
                String title = s.contains("title") ? s.getLiteral("title").getLexicalForm() : null;
                Doc doc = docs.computeIfAbsent(d, k -> new Doc(k, s.getLiteral("file").getLexicalForm(), title, new ArrayList<>()));
                doc.units.add(new Unit(s.getResource("unit").asNode(), s.getLiteral("text").getLexicalForm(), "response".equals(s.getLiteral("kind").getLexicalForm())));
            }
        }
        return new ArrayList<>(docs.values());
    }

    /** A name, or part of one ("Ann De" of "Ann De Vries"), is not an idea. */
    private static boolean insideName(String key, Set<String> names) {
        if (names.contains(key)) return true;
        for (String n : names) if (n.contains(" ") && contains(n, key)) return true;
        return false;
    }

    /** Keys of every person's and organisation's names and aliases: a name is not an idea. */
    private static Set<String> names(DatasetGraph dsg) {
        Set<String> out = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, WG.alias.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) out.add(Phrases.key(Names.clean(q.getObject().getLiteralLexicalForm())));
        });
        return out;
    }
}
