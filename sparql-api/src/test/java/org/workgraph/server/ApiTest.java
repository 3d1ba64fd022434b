package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The JSON API over real HTTP; every expectation is computed from the store the server serves. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private static final String P = Fixture.prefixes();
    private Fixture f;

    @BeforeAll
    void start() { f = Fixture.start(b -> b); }

    @AfterAll
    void stop() { f.close(); }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** Every item of a list, following the pages' next links. */
    private List<JsonNode> all(String path, int limit) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        String next = path + (path.contains("?") ? "&" : "?") + "limit=" + limit;
        long total = -1;
        while (next != null) {
            JsonNode page = f.api(next);
            assertTrue(page.get("items").size() <= limit);
            if (total >= 0) assertEquals(total, page.get("total").asLong(), "total changes between pages");
            total = page.get("total").asLong();
            page.get("items").forEach(items::add);
            next = page.get("next").isNull() ? null : page.get("next").asText();
        }
        assertEquals(total, items.size());
        return items;
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(i -> i.get("id").asText()).toList();
    }

    @Test
    void documentsPageThroughEveryDocumentOnce() throws Exception {
        List<String> expected = f.column(P + "SELECT ?d { ?d a wg:Document } ORDER BY ?d", "d", Map.of());
        List<JsonNode> docs = all("/api/documents", 2);
        assertEquals(expected, ids(docs));
        for (JsonNode d : docs) {
            Node doc = Fixture.iri(d.get("id").asText());
            assertEquals(f.number(P + "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r wg:onDocument ?doc }", Map.of("doc", doc)),
                    d.get("responseCount").asLong(), d.get("id").asText());
            assertEquals(f.number(P + "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s wg:inDigest ?doc }", Map.of("doc", doc)),
                    d.get("signalCount").asLong());
            assertEquals(d.get("href").asText(), "/api/documents/" + d.get("key").asText());
        }
    }

    /**
     * The list endpoints page their resources' IRIs first and describe only the page: whatever the page size,
     * the items are the same, in the same order, with every field what one grouped query over every document
     * gives.
     */
    @Test
    void pagedListsEqualOnePageOfEverythingAndOneGroupedQuery() throws Exception {
        for (String path : List.of("/api/documents", "/api/signals", "/api/signals?relevancy=5", "/api/signals?table=signals",
                "/api/signals?digest=001_1d56da45f2bb5039")) {
            List<JsonNode> whole = new ArrayList<>();
            f.api(path + (path.contains("?") ? "&" : "?") + "limit=500").get("items").forEach(whole::add);
            assertFalse(whole.isEmpty(), path);
            assertEquals(whole, all(path, 1), path);
            assertEquals(whole, all(path, 3), path);
        }
        List<Binding> grouped = f.select(P + """
                SELECT ?doc (SAMPLE(?t) AS ?title) (SAMPLE(?f) AS ?sourceFile) (SAMPLE(?n) AS ?claimed) (SAMPLE(?cn) AS ?creatorName)
                WHERE { ?doc a wg:Document .
                  OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc wg:sourceFile ?f }
                  OPTIONAL { ?doc wg:claimedResponseCount ?n } OPTIONAL { ?doc dcterms:creator/foaf:name ?cn } }
                GROUP BY ?doc ORDER BY ?doc""", Map.of());
        List<JsonNode> docs = all("/api/documents", 2);
        assertEquals(grouped.size(), docs.size());
        for (int i = 0; i < docs.size(); i++) {
            Binding row = grouped.get(i);
            JsonNode d = docs.get(i);
            assertEquals(row.get("doc").getURI(), d.get("id").asText());
            assertEquals(text(row, "title"), d.get("title").asText(null));
            assertEquals(text(row, "sourceFile"), d.get("sourceFile").asText(null));
            assertEquals(text(row, "claimed"), d.get("claimedResponseCount").asText(null));
            assertEquals(text(row, "creatorName"), d.get("creator").path("label").asText(null));
        }
    }

    private static String text(Binding row, String var) {
        Node n = row.get(var);
        return n == null ? null : n.getLiteralLexicalForm();
    }

    @Test
    void aDocumentCarriesItsWholeThreadNested() throws Exception {
        String key = "003_9eb9df308a84609f";
        Node doc = Fixture.iri(Fixture.BASE + "doc/" + key);
        JsonNode d = f.api("/api/documents/" + key);
        assertEquals(doc.getURI(), d.get("id").asText());
        assertEquals(f.column(P + "SELECT ?t { ?doc dcterms:title ?t }", "t", Map.of("doc", doc)).stream().findFirst().orElse(null),
                d.get("title").isNull() ? null : d.get("title").asText());

        // Flatten the nested thread: every response once, each reply under what it answers.
        List<String> seen = new ArrayList<>();
        walk(d.get("thread"), doc.getURI(), seen);
        Set<String> expected = new TreeSet<>(f.column(P + "SELECT ?r { ?r wg:onDocument ?doc }", "r", Map.of("doc", doc)));
        assertEquals(expected, new TreeSet<>(seen));
        assertEquals(expected.size(), seen.size(), "a response appears twice");
        assertEquals(expected.size(), d.get("responseCount").asLong());
        assertTrue(hasNesting(d.get("thread")), "this thread has replies");
    }

    private void walk(JsonNode responses, String parent, List<String> seen) throws Exception {
        Integer previous = null;
        for (JsonNode r : responses) {
            seen.add(r.get("id").asText());
            String answers = f.column(P + "SELECT ?p { ?r sioc:reply_of ?p }", "p", Map.of("r", Fixture.iri(r.get("id").asText())))
                    .stream().findFirst().orElse(null);
            if (!parent.startsWith(Fixture.BASE + "doc/") || parent.contains("/response/")) assertEquals(parent, answers);
            assertEquals(answers, r.get("inReplyTo").isNull() ? null : r.get("inReplyTo").asText());
            int position = r.get("position").asInt();
            if (previous != null) assertTrue(position > previous, "page order");
            previous = position;
            walk(r.get("replies"), r.get("id").asText(), seen);
        }
    }

    private static boolean hasNesting(JsonNode responses) {
        for (JsonNode r : responses) if (r.get("replies").size() > 0) return true;
        return false;
    }

    @Test
    void aDigestCarriesItsSignalsAndTheFiltersSelectRows() throws Exception {
        String key = "001_1d56da45f2bb5039";
        Node digest = Fixture.iri(Fixture.BASE + "doc/" + key);
        JsonNode d = f.api("/api/documents/" + key);
        long rows = f.number(P + "SELECT (COUNT(?s) AS ?n) { ?s wg:inDigest ?d }", Map.of("d", digest));
        assertEquals(rows, d.get("signals").size());
        assertEquals("SignalDigest", d.get("kind").asText());
        assertFalse(d.get("summary").isNull());
        assertEquals(Set.copyOf(f.column(P + "SELECT ?s { ?s wg:inDigest ?d }", "s", Map.of("d", digest))), Set.copyOf(ids(all("/api/signals", 500))));

        List<JsonNode> strong = all("/api/signals?relevancy=5", 3);
        assertEquals(f.number(P + "SELECT (COUNT(?s) AS ?n) { ?s wg:relevancy 5 }", Map.of()), strong.size());
        strong.forEach(s -> assertEquals(5, s.get("relevancy").asInt()));
        List<JsonNode> concerns = all("/api/signals?table=concerns&digest=" + key, 4);
        assertEquals(f.number(P + "SELECT (COUNT(?s) AS ?n) { ?s wg:table ?t FILTER(LCASE(?t) = 'concerns') }", Map.of()), concerns.size());
        concerns.forEach(s -> assertEquals("Concern", s.get("kind").asText()));
        assertEquals(0, f.api("/api/signals?digest=000_d195077e29f0e66f").get("total").asLong());
    }

    @Test
    void peopleComeWithCountsAndAPersonWithWhatTheyDidAndWhereTheyAreNamed() throws Exception {
        List<JsonNode> people = all("/api/people", 5);
        assertEquals(f.column(P + "SELECT ?p { ?p a foaf:Person } ORDER BY ?p", "p", Map.of()), ids(people));
        for (JsonNode p : people) {
            Node person = Fixture.iri(p.get("id").asText());
            assertEquals(f.number(P + "SELECT (COUNT(DISTINCT ?w) AS ?n) { ?w dcterms:creator ?p }", Map.of("p", person)), p.get("wrote").asLong());
            assertEquals(f.number(P + "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r dcterms:creator ?p ; sioc:reply_of/dcterms:creator ?o FILTER(?o != ?p) }",
                    Map.of("p", person)), p.get("answered").asLong(), p.get("id").asText());
            assertEquals(f.number(P + "SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r sioc:reply_of/dcterms:creator ?p ; dcterms:creator ?o FILTER(?o != ?p) }",
                    Map.of("p", person)), p.get("answeredBy").asLong());
        }

        JsonNode harold = f.api("/api/people/harold-jarche");
        Node h = Fixture.iri(harold.get("id").asText());
        assertEquals(Set.copyOf(f.column(P + "SELECT ?w { ?w dcterms:creator ?p }", "w", Map.of("p", h))),
                Set.copyOf(ids(list(harold.get("wrote")))));
        assertEquals(Set.copyOf(f.column(P + "SELECT ?o { ?r dcterms:creator ?p ; sioc:reply_of/dcterms:creator ?o FILTER(?o != ?p) }", "o", Map.of("p", h))),
                set(harold.get("answered"), "person"));
        assertEquals(Set.copyOf(f.column(P + "SELECT ?o { ?r sioc:reply_of/dcterms:creator ?p ; dcterms:creator ?o FILTER(?o != ?p) }", "o", Map.of("p", h))),
                set(harold.get("answeredBy"), "person"));
        assertEquals(Set.copyOf(f.column(P + "SELECT ?w { ?w schema:mentions ?p }", "w", Map.of("p", h))),
                Set.copyOf(ids(list(harold.get("mentionedIn")))));
        assertTrue(ids(list(harold.get("mentionedIn"))).contains(Fixture.BASE + "doc/000_d195077e29f0e66f/response/4"), "the hand-made mention");
        assertFalse(harold.get("answered").isEmpty());
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static Set<String> set(JsonNode exchanges, String field) {
        Set<String> out = new HashSet<>();
        exchanges.forEach(e -> out.add(e.get(field).get("id").asText()));
        return out;
    }

    @Test
    void ideasListTheirCountsAndPageTheDocumentsThatDiscussThem() throws Exception {
        List<JsonNode> ideas = all("/api/ideas", 1);
        assertEquals(f.column(P + "SELECT ?i { ?i a wg:Idea } ORDER BY ?i", "i", Map.of()), ids(ideas));
        for (JsonNode idea : ideas) {
            Node i = Fixture.iri(idea.get("id").asText());
            List<String> docs = f.column(P + "SELECT DISTINCT ?d { { ?d dcterms:subject ?i ; a wg:Document } "
                    + "UNION { ?x dcterms:subject ?i ; wg:onDocument ?d } } ORDER BY ?d", "d", Map.of("i", i));
            assertEquals(docs.size(), idea.get("documentCount").asLong(), idea.toString());
            assertEquals(f.number(P + "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x dcterms:subject ?i }", Map.of("i", i)),
                    idea.get("itemCount").asLong(), idea.toString());
            String href = "/api/ideas/" + idea.get("key").asText();
            assertEquals(href, idea.get("href").asText());
            assertEquals(href + "/documents", idea.get("documents").asText());
            assertEquals(href + "/timeline", idea.get("timeline").asText());
            assertEquals(idea, f.api(href), "one idea answers as the list does");
            List<JsonNode> listed = all(idea.get("documents").asText(), 2);
            assertEquals(docs, ids(listed), "paged in IRI order");
            for (JsonNode d : listed) assertEquals(d.get("href").asText(), "/api/documents/" + d.get("key").asText());
        }
        JsonNode postJob = ideas.stream().filter(i -> i.get("id").asText().equals(Fixture.IDEA_POST_JOB.getURI())).findFirst().orElseThrow();
        assertEquals("post-job economy", postJob.get("label").asText());
        assertEquals(List.of("post job economy"), list(postJob.get("altLabels")).stream().map(JsonNode::asText).toList());
        assertEquals(2, f.api(postJob.get("documents").asText()).get("items").get(0).get("items").asLong(),
                "the document and one of its responses");
    }

    @Test
    void anUnknownIdeaIsNotFound() throws Exception {
        for (String path : List.of("/api/ideas/no-such-idea", "/api/ideas/no-such-idea/documents")) {
            assertEquals(404, f.get(path, null).statusCode(), path);
        }
    }

    @Test
    void searchIsRankedWithEscapedSnippetsAndFindsEveryTextWithTheWord() throws Exception {
        JsonNode page = f.api("/api/search?q=economy&limit=500");
        List<JsonNode> hits = list(page.get("items"));
        assertFalse(hits.isEmpty());
        double previous = Double.MAX_VALUE;
        for (JsonNode h : hits) {
            assertTrue(h.get("score").asDouble() <= previous, "ranked");
            previous = h.get("score").asDouble();
            assertTrue(h.get("snippetHtml").asText().toLowerCase().contains("<mark>econom"), h.toString());
            assertTrue(h.get("snippet").asText().toLowerCase().contains("econom"));
        }
        assertEquals(hits.size(), Set.copyOf(ids(hits)).size(), "one hit per resource");
        Set<String> containing = Set.copyOf(f.column(P + "SELECT DISTINCT ?s { { ?s sioc:content ?t } UNION { ?s rdfs:label ?t } "
                + "FILTER(REGEX(?t, '\\\\beconomy\\\\b', 'i')) }", "s", Map.of()));
        assertTrue(Set.copyOf(ids(hits)).containsAll(containing), "every text with the word is found");
        JsonNode response = hits.stream().filter(h -> h.get("id").asText().contains("/response/")).findFirst().orElseThrow();
        assertTrue(response.get("document").get("id").asText().startsWith(Fixture.BASE + "doc/"));

        JsonNode hostile = list(f.api("/api/search?q=zyxwv").get("items")).get(0);
        assertEquals(Fixture.HOSTILE.getURI(), hostile.get("id").asText());
        assertFalse(hostile.get("snippetHtml").asText().contains("<script>"));
        assertTrue(hostile.get("snippetHtml").asText().contains("&lt;script&gt;"));

        // Paging over hits.
        JsonNode first = f.api("/api/search?q=economy&limit=2");
        JsonNode second = f.api(first.get("next").asText());
        assertEquals(ids(hits).subList(2, Math.min(4, hits.size())), ids(list(second.get("items"))));
    }

    @Test
    void parametersAreValuesNeverSparql() throws Exception {
        for (String q : new String[] {"\" } ; DROP ALL ; #", "AND OR NOT", "title:(x) OR uri:*", "*", "\\"}) {
            HttpResponse<String> r = f.get("/api/search?q=" + enc(q), "application/json");
            assertEquals(200, r.statusCode(), q + ": " + r.body());
        }
        assertEquals(404, f.get("/api/documents/" + enc("x> } UNION { ?s ?p ?o"), null).statusCode());
        assertEquals(400, f.get("/api/signals?table=" + enc("') || true || ('") + "&relevancy=x", null).statusCode());
        assertEquals(0, f.api("/api/signals?table=" + enc("\" || true || \"")).get("total").asLong());
        assertTrue(f.number("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", Map.of()) > 1000, "the store is intact");
    }

    @Test
    void errorsAreJsonWithTheirStatus() throws Exception {
        Map<String, Integer> cases = Map.of("/api/nothing", 404, "/api/documents/nothing", 404, "/api/people/nobody", 404,
                "/api/documents?limit=0", 400, "/api/documents?offset=-1", 400, "/api/documents?limit=many", 400,
                "/api/search", 400, "/api/signals?relevancy=6", 400);
        for (var e : cases.entrySet()) {
            HttpResponse<String> r = f.get(e.getKey(), null);
            assertEquals(e.getValue(), r.statusCode(), e.getKey());
            JsonNode body = Fixture.JSON.readTree(r.body());
            assertEquals(e.getValue(), body.get("status").asInt());
            assertFalse(body.get("message").asText().isBlank());
        }
        HttpResponse<String> post = f.http.send(HttpRequest.newBuilder(URI.create(f.server.url() + "/api/documents"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals(405, Fixture.JSON.readTree(post.body()).get("status").asInt());
    }

    /** The OpenAPI document matches what is served: every path answers, with the fields its schema requires. */
    @Test
    void everyDocumentedPathAnswersWithItsDocumentedFields() throws Exception {
        JsonNode api = f.api("/api/openapi.json");
        assertEquals("3.0.3", api.get("openapi").asText());
        JsonNode schemas = api.at("/components/schemas");
        Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields();
        int checked = 0;
        while (paths.hasNext()) {
            var p = paths.next();
            JsonNode get = p.getValue().get("get");
            String path = p.getKey();
            StringBuilder query = new StringBuilder();
            for (JsonNode param : get.path("parameters")) {
                String name = param.get("name").asText();
                if (param.get("in").asText().equals("path")) {
                    path = path.replace("{" + name + "}", enc(param.get("example").asText()));
                } else if (param.path("required").asBoolean()) {
                    query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(enc(param.get("example").asText()));
                }
            }
            JsonNode body = f.api(path + query);
            JsonNode schema = get.at("/responses/200/content/application~1json/schema");
            conforms(body, schema, schemas, path);
            checked++;
        }
        assertEquals(16, checked);
    }

    /** Required properties present, types right, recursively through $ref, arrays and objects. */
    private static void conforms(JsonNode value, JsonNode schema, JsonNode schemas, String where) {
        if (schema.has("$ref")) schema = schemas.get(schema.get("$ref").asText().replace("#/components/schemas/", ""));
        if (schema.has("allOf")) {
            if (value.isNull() && schema.path("nullable").asBoolean()) return;
            for (JsonNode s : schema.get("allOf")) conforms(value, s, schemas, where);
            return;
        }
        if (value.isNull()) {
            assertTrue(schema.path("nullable").asBoolean(), where + " is null but not nullable");
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                assertTrue(value.isObject(), where + " is not an object");
                for (JsonNode req : schema.path("required")) assertTrue(value.has(req.asText()), where + " lacks " + req.asText());
                schema.path("properties").fields().forEachRemaining(e -> {
                    if (value.has(e.getKey())) conforms(value.get(e.getKey()), e.getValue(), schemas, where + "." + e.getKey());
                });
            }
            case "array" -> {
                assertTrue(value.isArray(), where + " is not an array");
                int i = 0;
                for (JsonNode item : value) conforms(item, schema.get("items"), schemas, where + "[" + i++ + "]");
            }
            case "string" -> assertTrue(value.isTextual(), where + " is not a string");
            case "integer" -> assertTrue(value.isIntegralNumber(), where + " is not an integer");
            case "number" -> assertTrue(value.isNumber(), where + " is not a number");
            default -> { }
        }
        if (schema.has("enum")) {
            Set<String> allowed = new HashSet<>();
            schema.get("enum").forEach(v -> allowed.add(v.asText()));
            assertTrue(allowed.contains(value.asText()), where + " = " + value + " not in " + allowed);
        }
    }

}
