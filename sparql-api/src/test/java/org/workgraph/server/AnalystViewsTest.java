package org.workgraph.server;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.workgraph.loader.store.WorkgraphStore;

/**
 * The analyst's views as competency questions over real HTTP, on a TDB2 store on disk holding a small conversation
 * written by hand ({@code views/conversation.trig}): a person's acts, the unanswered questions, the most disputed
 * posts, the most discussed signals and an idea's timeline, from the JSON API, the explorer's pages and the example
 * queries of {@code data/queries/} sent to the SPARQL endpoint. Every expected answer below was worked out by hand
 * from the fixture's comments and triples, not by running a query.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystViewsTest {
    private static final String ID = "https://w3id.org/workgraph/id/";
    private static final String ALPHA = ID + "doc/alpha";
    private static final String BETA = ID + "doc/beta";
    private static final String GAMMA = ID + "doc/gamma";
    private static final String SIGNAL_1 = ID + "doc/digest/signals/1";
    private static final String SIGNAL_2 = ID + "doc/digest/signals/2";
    private static final String BROWSER = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";
    /** The fixture's name that is markup; no page may contain it unescaped. */
    private static final String HOSTILE = "<script>alert('views')</script>";

    private Path dir;
    private WorkgraphStore store;
    private WorkgraphServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("workgraph-views");
        store = WorkgraphStore.open(dir);
        Path trig = Path.of(getClass().getResource("/views/conversation.trig").toURI());
        Txn.executeWrite(store.dataset(), () -> RDFDataMgr.read(store.dataset(), trig.toString()));
        server = WorkgraphServer.builder(store.dataset()).port(0).start();
    }

    @AfterAll
    void stop() throws IOException {
        server.close();
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ---------------------------------------------------------------- a person's acts

    /** Per person: each act as "act all main", most frequent first, then by name. */
    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of("ann-quill", List.of("answer 2 2", "agreement 1 1", "appreciation 1 0", "question 1 1"), 4),
                Arguments.of("bob-marsh", List.of("question 2 2"), 2),
                Arguments.of("cat-ibarra", List.of("disagreement 1 1", "question 1 1"), 2),
                Arguments.of("dan-otieno", List.of("disagreement 1 0", "negative-reaction 1 1"), 1));
    }

    @ParameterizedTest
    @MethodSource("people")
    void howOftenEachPersonAsksAnswersAgreesAndDisputes(String key, List<String> expected, int responses) throws Exception {
        JsonNode acts = api("/api/people/" + key + "/acts");
        assertEquals(ID + "person/" + key, acts.get("id").asText());
        assertEquals(responses, acts.get("responses").asInt());
        List<String> got = new ArrayList<>();
        for (JsonNode a : acts.get("acts")) {
            got.add(a.get("act").asText() + " " + a.get("all").asInt() + " " + a.get("main").asInt());
            assertEquals(a.get("all").asInt(), a.get("responses").size(), "every response performing " + a.get("act"));
        }
        assertEquals(expected, got);
    }

    @Test
    void aPersonsActsLinkTheResponsesAndWhomTheMainActTakesUp() throws Exception {
        JsonNode answer = api("/api/people/ann-quill/acts").get("acts").get(0);
        assertEquals("answer", answer.get("act").asText());
        assertEquals("https://w3id.org/workgraph/ns#AnswerAct", answer.get("concept").asText());
        Map<String, String> to = new LinkedHashMap<>();
        for (JsonNode r : answer.get("responses")) {
            assertTrue(r.get("main").asBoolean());
            to.put(r.get("id").asText(), r.get("to").asText() + " " + r.get("toPerson").path("label").asText(null));
        }
        assertEquals(Map.of(ALPHA + "/response/2", ALPHA + "/response/1 Bob Marsh", BETA + "/response/2", BETA + "/response/1 Cat Ibarra"), to);
        // Her appreciation on alpha #2 is not its main act: what the answer takes up is not repeated there.
        JsonNode appreciation = api("/api/people/ann-quill/acts").get("acts").get(2);
        assertEquals("appreciation", appreciation.get("act").asText());
        JsonNode r = appreciation.get("responses").get(0);
        assertFalse(r.get("main").asBoolean());
        assertTrue(r.get("to").isNull());
        assertEquals(ALPHA, r.get("document").get("id").asText());
    }

    @Test
    void personActsPageDrawsTheActsAndListsTheResponses() throws Exception {
        String page = html("/people/ann-quill/acts", 200);
        assertTrue(page.contains("<svg"), "a chart");
        assertEquals(4, count(page, "class=\"bar\""), "one bar per act");
        for (String act : List.of("answer", "agreement", "appreciation", "question")) assertTrue(page.contains("id=\"act-" + act + "\""), act);
        assertTrue(page.contains("href=\"/id/doc/alpha/response/2\""));
        assertTrue(page.contains("href=\"/id/person/ann-quill\""), "back to the person");
        String eve = html("/people/eve/acts", 200);
        assertTrue(eve.contains("&lt;script&gt;alert(&#39;views&#39;)&lt;/script&gt;Eve") || eve.contains("&lt;script&gt;alert("), "escaped name");
    }

    // ---------------------------------------------------------------- unanswered questions

    @Test
    void unansweredQuestionsAreTheQuestionsNothingRepliesToOrAnswers() throws Exception {
        // alpha #1 has a nested reply; beta #1 is answered by a comment that is not nested under it (wg:answers).
        JsonNode page = api("/api/unanswered-questions");
        assertEquals(2, page.get("total").asInt());
        assertEquals(List.of(ALPHA + "/response/4", BETA + "/response/4"), ids(page.get("items")));
        JsonNode first = page.get("items").get(0);
        assertEquals("Bob Marsh", first.get("author").get("label").asText());
        assertEquals(ALPHA, first.get("document").get("id").asText());
        assertEquals(4, first.get("position").asInt());
        assertEquals("And who pays for the guild hall?", first.get("content").asText());

        JsonNode one = api("/api/unanswered-questions?limit=1&offset=1");
        assertEquals(List.of(BETA + "/response/4"), ids(one.get("items")));
        assertTrue(one.get("next").isNull());
        assertEquals("/api/unanswered-questions?limit=1&offset=1", api("/api/unanswered-questions?limit=1").get("next").asText());
    }

    @Test
    void unansweredQuestionsPageListsThemWithTheirPlace() throws Exception {
        String page = html("/unanswered-questions", 200);
        assertTrue(page.contains("Unanswered questions (2)"));
        assertTrue(page.contains("href=\"/id/doc/alpha/response/4\""));
        assertTrue(page.contains("href=\"/id/doc/beta#response-4\""));
        assertFalse(page.contains("href=\"/id/doc/alpha/response/1\""), "answered");
        assertFalse(page.contains("href=\"/id/doc/beta/response/1\""), "answered");
    }

    // ---------------------------------------------------------------- most disputed posts

    @Test
    void mostDisputedPostsCountDisagreementsAndNegativeReactions() throws Exception {
        // alpha: #3 disagrees, #5 reacts negatively and also disagrees; beta: #3 disagrees; gamma: nothing.
        JsonNode page = api("/api/disputed-posts");
        assertEquals(2, page.get("total").asInt());
        List<String> got = new ArrayList<>();
        for (JsonNode p : page.get("items")) {
            got.add(p.get("id").asText() + " " + p.get("disagreements").asInt() + " " + p.get("negativeReactions").asInt() + " "
                    + p.get("disputes").asInt() + " of " + p.get("responseCount").asInt());
        }
        assertEquals(List.of(ALPHA + " 2 1 3 of 5", BETA + " 1 0 1 of 4"), got);
        JsonNode alpha = page.get("items").get(0);
        assertEquals("alpha", alpha.get("key").asText());
        Map<String, Set<String>> disputing = new LinkedHashMap<>();
        for (JsonNode d : alpha.get("disputing")) {
            Set<String> acts = new TreeSet<>();
            d.get("acts").forEach(a -> acts.add(a.asText()));
            disputing.put(d.get("id").asText(), acts);
        }
        assertEquals(Map.of(ALPHA + "/response/3", Set.of("disagreement"), ALPHA + "/response/5", Set.of("disagreement", "negative-reaction")),
                disputing);
    }

    @Test
    void mostDisputedPostsPageIsATableOfThem() throws Exception {
        String page = html("/disputed-posts", 200);
        assertTrue(page.indexOf("href=\"/id/doc/alpha\"") < page.indexOf("href=\"/id/doc/beta\""), "alpha first");
        assertFalse(page.contains("href=\"/id/doc/gamma\""), "gamma is not disputed");
        assertTrue(page.contains("Alpha: guilds &lt;b&gt;now&lt;/b&gt;"), "escaped title");
        assertTrue(page.contains("href=\"/id/doc/alpha#response-5\""));
    }

    // ---------------------------------------------------------------- the signals with the most discussion

    @Test
    void discussedSignalsAreRankedByHowManyPlacesDiscussThem() throws Exception {
        JsonNode page = api("/api/discussed-signals");
        assertEquals(2, page.get("total").asInt(), "the third signal is discussed nowhere");
        List<String> got = new ArrayList<>();
        for (JsonNode s : page.get("items")) {
            got.add(s.get("id").asText() + " " + s.get("discussions").asInt() + " " + s.get("documents").asInt() + " "
                    + s.get("responses").asInt() + " " + s.get("bestScore").asDouble());
        }
        assertEquals(List.of(SIGNAL_1 + " 3 2 1 0.8", SIGNAL_2 + " 1 1 0 0.7"), got);
        JsonNode first = page.get("items").get(0);
        assertEquals("ChangeSignal", first.get("kind").asText());
        assertEquals(ID + "doc/digest", first.get("digest").get("id").asText());
        List<String> where = new ArrayList<>();
        for (JsonNode d : first.get("discussedIn")) where.add(d.get("id").asText() + " " + d.get("score").asDouble());
        assertEquals(List.of(ALPHA + " 0.8", ALPHA + "/response/3 0.55", BETA + " 0.4"), where, "best score first");
    }

    @Test
    void discussedSignalsPageAndTheSignalsOwnPageShowWhatDiscussesIt() throws Exception {
        String page = html("/discussed-signals", 200);
        assertTrue(page.indexOf("href=\"/id/doc/digest/signals/1\"") < page.indexOf("href=\"/id/doc/digest/signals/2\""));
        assertFalse(page.contains("href=\"/id/doc/digest/signals/3\""));
        assertTrue(page.contains("Guilds for &lt;i&gt;remote&lt;/i&gt; workers"));
        String signal = html("/id/doc/digest/signals/1", 200);
        assertTrue(signal.contains("Discussed in (3)"));
        assertTrue(signal.contains("href=\"/id/doc/alpha/response/3\""));
        assertTrue(signal.contains("href=\"/discussed-signals\""));
        assertTrue(html("/id/doc/digest/signals/3", 200).contains("Discussed in (0)"));
    }

    // ---------------------------------------------------------------- an idea's timeline

    @Test
    void anIdeasTimelineRunsFromItsFirstAppearanceInTimeOrder() throws Exception {
        JsonNode t = api("/api/ideas/guilds/timeline");
        assertEquals("guilds", t.get("label").asText());
        assertEquals(GAMMA, t.get("firstSeen").get("document").get("id").asText());
        assertEquals("2021-01-10", t.get("firstSeen").get("date").asText());
        assertEquals("stated date", t.get("firstSeen").get("basis").asText());
        List<String> got = new ArrayList<>();
        for (JsonNode i : t.get("items")) {
            got.add(i.get("id").asText() + " " + i.get("date").asText("undated") + (i.get("first").asBoolean() ? " first" : ""));
        }
        // gamma's response states no date and takes its document's; beta states none at all.
        assertEquals(List.of(GAMMA + " 2021-01-10 first", GAMMA + "/response/1 2021-01-10", ALPHA + " 2021-03-01",
                ALPHA + "/response/3 2021-03-05", BETA + " undated"), got);
        assertTrue(t.get("items").get(1).get("created").isNull(), "its own date is not stated");
        assertEquals("Ann Quill", t.get("items").get(1).get("author").get("label").asText());
    }

    @Test
    void anIdeaFirstSeenByTheFallbackOrderHasNoDate() throws Exception {
        JsonNode t = api("/api/ideas/night-work/timeline");
        assertEquals("fallback order", t.get("firstSeen").get("basis").asText());
        assertTrue(t.get("firstSeen").get("date").isNull());
        assertEquals(List.of(BETA, BETA + "/response/1"), ids(t.get("items")));
        assertTrue(t.get("items").get(0).get("first").asBoolean());
        JsonNode unused = api("/api/ideas/unused/timeline");
        assertTrue(unused.get("firstSeen").isNull());
        assertEquals(0, unused.get("items").size());
    }

    @Test
    void timelinePageChartsEveryPlaceAndMarksTheFirst() throws Exception {
        String page = html("/ideas/guilds/timeline", 200);
        assertTrue(page.contains("class=\"chart timeline\""));
        assertEquals(5, count(page, "class=\"item "), "a dot per document and response");
        assertEquals(1, count(page, "class=\"item document first\""), "the first appearance, ringed");
        assertTrue(page.contains("First seen in <a href=\"/id/doc/gamma\">Gamma</a> on 2021-01-10 (stated date)"));
        assertEquals(3, count(page, "class=\"lane\""), "a lane per document");
        assertTrue(html("/ideas/night-work/timeline", 200).contains("undated"));
    }

    /** Every dot lies inside the picture, in time order along its lane, and none hides another. */
    @ParameterizedTest
    @ValueSource(strings = {"guilds", "night-work"})
    void timelineDotsAreInsideThePictureInOrderAndApart(String idea) throws Exception {
        String page = html("/ideas/" + idea + "/timeline", 200);
        String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
        int width = Integer.parseInt(svg.replaceAll("(?s).*viewBox=\"0 0 (\\d+) \\d+\".*", "$1"));
        for (String lane : svg.split("<g class=\"lane\">")) {
            if (!lane.contains("class=\"item")) continue;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<circle cx=\"(-?\\d+)\"").matcher(lane);
            int previous = -1;
            while (m.find()) {
                int x = Integer.parseInt(m.group(1));
                assertTrue(x > 0 && x < width, idea + ": a dot at x=" + x + " outside 0.." + width);
                assertTrue(x > previous, idea + ": dots of a lane in order and apart, " + x + " after " + previous);
                previous = x;
            }
        }
    }

    // ---------------------------------------------------------------- links, errors, escaping

    @Test
    void theViewsAreLinkedFromHomePersonAndIdeaPages() throws Exception {
        String home = html("/", 200);
        for (String view : List.of("/unanswered-questions", "/disputed-posts", "/discussed-signals")) {
            assertTrue(home.contains("href=\"" + view + "\""), view);
        }
        assertTrue(html("/id/person/ann-quill", 200).contains("href=\"/people/ann-quill/acts\""));
        assertTrue(html("/id/idea/guilds", 200).contains("href=\"/ideas/guilds/timeline\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people/nobody/acts", "/ideas/nothing/timeline", "/people/ann-quill/other", "/ideas/guilds/timeline/more",
            "/people/acts", "/ideas/"})
    void unknownKeysAndPathsAreNotFound(String path) throws Exception {
        assertEquals(404, get(path, BROWSER).statusCode(), path);
    }

    /** An empty or encoded-slash segment is refused by the HTTP server itself (400, ambiguous path) before any view sees it. */
    @ParameterizedTest
    @ValueSource(strings = {"/people//acts", "/people/a%2Fb/acts"})
    void ambiguousPathsAreRefused(String path) throws Exception {
        int status = get(path, BROWSER).statusCode();
        assertTrue(status == 400 || status == 404, path + " gave " + status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/people/nobody/acts", "/api/ideas/nothing/timeline", "/api/people/ann-quill/other"})
    void unknownKeysInTheApiAreJsonNotFound(String path) throws Exception {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(404, r.statusCode(), path);
        assertEquals(404, Fixture.JSON.readTree(r.body()).get("status").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/people/eve/acts", "/people/ann-quill/acts", "/unanswered-questions", "/disputed-posts",
            "/discussed-signals", "/ideas/guilds/timeline", "/id/doc/digest/signals/1"})
    void noViewPrintsMarkupFromTheData(String path) throws Exception {
        HttpResponse<String> r = get(path, BROWSER);
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains(HOSTILE), path);
        assertFalse(r.body().contains("<b>now</b>"), path);
        assertFalse(r.body().contains("<i>remote</i>"), path);
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), path);
    }

    @Test
    void eveIsShownEscapedWhereHerDisagreementIsListed() throws Exception {
        String page = html("/disputed-posts", 200);
        assertTrue(page.contains("&lt;script&gt;"), "her name, escaped");
    }

    // ---------------------------------------------------------------- the example queries on the SPARQL endpoint

    @Test
    void personActsExampleQueryCountsEveryActPerWriter() throws Exception {
        // "<" sorts before letters, so the writer whose name is markup comes first.
        assertEquals(List.of(
                        HOSTILE + "Eve disagreement 1 1",
                        "Ann Quill answer 2 2", "Ann Quill agreement 1 1", "Ann Quill appreciation 1 0", "Ann Quill question 1 1",
                        "Bob Marsh question 2 2",
                        "Cat Ibarra disagreement 1 1", "Cat Ibarra question 1 1",
                        "Dan Otieno disagreement 1 0", "Dan Otieno negative-reaction 1 1"),
                rows("person-acts.rq", "name", "act", "responses", "asMainAct"));
    }

    @Test
    void unansweredQuestionsExampleQueryFindsTheTwoQuestions() throws Exception {
        assertEquals(List.of(ALPHA + " " + ALPHA + "/response/4 Bob Marsh And who pays?", BETA + " " + BETA + "/response/4 Ann Quill -"),
                rows("unanswered-questions.rq", "document", "question", "asker", "opening"));
    }

    @Test
    void mostDisputedPostsExampleQueryRanksAlphaThenBeta() throws Exception {
        assertEquals(List.of(ALPHA + " 2 1 3", BETA + " 1 0 1"),
                rows("most-disputed-posts.rq", "post", "disagreements", "negativeReactions", "disputes"));
    }

    // ---------------------------------------------------------------- helpers

    /** The rows of an example query of data/queries/, sent to the SPARQL endpoint, as its columns joined by spaces ("-" unbound). */
    private List<String> rows(String example, String... vars) throws Exception {
        return Fixture.exampleRows(http, server, example, vars);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode api(String path) throws Exception {
        HttpResponse<String> r = get(path, "application/json");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return Fixture.JSON.readTree(r.body());
    }

    private String html(String path, int status) throws Exception {
        HttpResponse<String> r = get(path, BROWSER);
        assertEquals(status, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return r.body();
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) n++;
        return n;
    }
}
