package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.workgraph.loader.LoadReport;
import org.workgraph.loader.Loader;
import org.workgraph.loader.store.TdbSink;
import org.workgraph.loader.store.WorkgraphStore;
import org.workgraph.server.WorkgraphServer;

/**
 * The explorer in a real browser: Debian's headless chromium, driven by Selenium through chromium-driver,
 * against a server over a TDB2 store on disk loaded with the sample corpus and a thread of our own whose
 * text is script and markup. It follows what a reader would do (home, search, the hit's document, the
 * commenter, the query page and an example) and saves a screenshot of each step in target/screenshots.
 * Without chromium the test is skipped, unless WORKGRAPH_REQUIRE_BROWSER=1 (as CI sets) makes that a failure.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserTest {
    static final String REQUIRE = "WORKGRAPH_REQUIRE_BROWSER";
    private static final Path CHROMIUM = Path.of(System.getProperty("workgraph.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("workgraph.chromedriver", "/usr/bin/chromedriver"));
    private static final String P = "PREFIX wg: <https://w3id.org/workgraph/ns#> PREFIX sioc: <http://rdfs.org/sioc/ns#> "
            + "PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX foaf: <http://xmlns.com/foaf/0.1/> ";
    private static final Path ROOT = Path.of(System.getProperty("workgraph.root", ".."));
    private static final Path SHOTS = Path.of("target", "screenshots");

    private WorkgraphStore store;
    private WorkgraphServer server;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String why = "no headless browser: install chromium and chromium-driver (apt-get install chromium chromium-driver) "
                    + "to run the explorer's browser test; looked for " + CHROMIUM + " and " + CHROMEDRIVER;
            if ("1".equals(System.getenv(REQUIRE))) fail(why + " (" + REQUIRE + "=1)");
            System.err.println("ExplorerBrowserTest skipped: " + why); // surefire shows an aborted class only as 0 tests
            Assumptions.abort(why);
        }
        store = WorkgraphStore.open(dir.resolve("db"));
        Loader loader = new Loader();
        LoadReport report = loader.load(List.of(ROOT.resolve("data/corpus"), ROOT.resolve("sparql-api/src/test/resources/explorer/hostile-thread.txt")),
                new TdbSink(store, loader.derivedGraphs()), f -> {});
        assertEquals(0, report.failed(), report.summary());
        server = WorkgraphServer.builder(store.dataset()).port(0).start();

        // Selenium Manager would look drivers and browsers up online: name Debian's instead.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void aReaderSearchesFollowsAHitToItsDocumentAndCommenterAndRunsAnExampleQuery() throws IOException {
        // A comment of the sample corpus, its writer, and a phrase from its text: read from the store, not typed in.
        var comment = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(P
                + "SELECT ?r ?text ?doc ?pos ?who ?name { ?r a wg:Comment ; sioc:content ?text ; wg:onDocument ?doc ; wg:position ?pos ; "
                + "dcterms:creator ?who . ?who foaf:name ?name FILTER(!CONTAINS(STR(?doc), 'hostile')) } ORDER BY ?doc ?pos LIMIT 1").select().next());
        String text = comment.get("text").getLiteralLexicalForm();
        String phrase = String.join(" ", List.of(text.split("\\s+")).subList(1, 6));
        String responsePath = local(comment.get("r"));
        String documentPath = local(comment.get("doc"));
        String personPath = local(comment.get("who"));
        String position = comment.get("pos").getLiteralLexicalForm();

        browser.get(server.url() + "/");
        assertEquals("Workgraph explorer", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.findElements(By.cssSelector("svg.network a")).isEmpty(), "the conversation network is drawn");
        shot("1-home");

        // Keyboard: "/" jumps to the search box from anywhere on the page.
        browser.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("nav-q", browser.switchTo().activeElement().getAttribute("id"));

        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys(phrase, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search"));
        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//li[contains(@class,'hit')][a[contains(@class,'hit-title') and @href='" + responsePath + "']]")));
        assertTrue(hit.findElement(By.className("snippet")).getText().toLowerCase().contains(phrase.split(" ")[1].toLowerCase()));
        shot("2-search");

        hit.findElement(By.className("in-document")).click();
        wait.until(ExpectedConditions.urlContains(documentPath));
        assertEquals(documentPath + "#response-" + position, URI.create(browser.getCurrentUrl()).getRawPath() + "#"
                + URI.create(browser.getCurrentUrl()).getRawFragment());
        WebElement article = browser.findElement(By.id("response-" + position));
        assertTrue(article.getText().contains(phrase), "the hit's comment is in its document's thread");
        assertFalse(browser.findElements(By.cssSelector("svg.reply-tree a")).isEmpty(), "the reply tree is drawn");
        shot("3-document");

        article.findElement(By.cssSelector("a.who")).click();
        wait.until(ExpectedConditions.urlToBe(server.url() + personPath));
        assertEquals(comment.get("name").getLiteralLexicalForm(), browser.findElement(By.tagName("h1")).getText());
        WebElement wrote = browser.findElement(By.id("wrote"));
        assertFalse(wrote.findElements(By.cssSelector("a[href='" + responsePath + "']")).isEmpty(), "their page lists the comment");
        assertTrue(wrote.getText().contains(phrase.split(" ")[0]), "with its words");
        shot("4-person");

        browser.findElement(By.linkText("Query")).click();
        wait.until(ExpectedConditions.urlContains("/query"));
        browser.findElement(By.cssSelector("a.example[data-name='who-answered-whom']")).click();
        wait.until(ExpectedConditions.urlContains("example=who-answered-whom"));
        browser.findElement(By.id("run")).click();
        WebElement table = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.results")));
        List<List<String>> shown = new ArrayList<>();
        for (WebElement tr : table.findElements(By.cssSelector("tbody tr"))) {
            shown.add(tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        }
        assertEquals(expected(Files.readString(ROOT.resolve("data/queries/who-answered-whom.rq"))), shown);
        assertFalse(shown.isEmpty());
        shot("5-query");
    }

    @Test
    void scriptInADocumentNeverRuns() throws IOException {
        List<String> paths = new ArrayList<>(List.of("/id/doc/hostile-thread", "/search?q=marmalade+tugboats"));
        Txn.executeRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(P
                + "SELECT DISTINCT ?x { { ?x wg:onDocument ?d } UNION { ?r wg:onDocument ?d ; dcterms:creator ?x } "
                + "FILTER(CONTAINS(STR(?d), 'hostile-thread')) }").select().forEachRemaining(b -> paths.add(local(b.get("x")))));
        assertTrue(paths.size() >= 6, paths.toString());
        for (String path : paths) {
            browser.get(server.url() + path);
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), path);
            assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"),
                    "script from the document ran on " + path);
            assertTrue(browser.findElements(By.cssSelector("main iframe, main img, main b, main style, main script")).isEmpty(), path);
        }
        browser.get(server.url() + "/id/doc/hostile-thread");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("<script>"), "the title shows its markup as text");
        shot("6-hostile");
        browser.manage().window().setSize(new Dimension(390, 844)); // a phone
        try {
            browser.get(server.url() + "/id/doc/platform-cooperatives-digest");
            shot("7-digest-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    @Test
    void aReaderFollowsAnAskerToTheirActsAndAnIdeaToItsTimeline() throws IOException {
        // Someone whose response asks a question, and the idea the most places take up: read from the store.
        var asker = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(P
                + "SELECT ?r ?who ?name { ?r wg:mainAct wg:QuestionAct ; dcterms:creator ?who . ?who foaf:name ?name } ORDER BY ?r LIMIT 1")
                .select().next());
        var idea = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(P
                + "SELECT ?idea (COUNT(DISTINCT ?x) AS ?n) { ?x dcterms:subject ?idea } GROUP BY ?idea ORDER BY DESC(?n) ?idea LIMIT 1")
                .select().next());

        browser.get(server.url() + local(asker.get("who")));
        browser.findElement(By.linkText("Their acts")).click();
        wait.until(ExpectedConditions.urlContains("/acts"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains(asker.get("name").getLiteralLexicalForm()));
        assertFalse(browser.findElements(By.cssSelector("svg.acts a.bar")).isEmpty(), "the acts are drawn");
        assertFalse(browser.findElements(By.cssSelector("#act-question a[href='" + local(asker.get("r")) + "']")).isEmpty(),
                "the question is listed under its act");
        shot("8-person-acts");

        browser.get(server.url() + local(idea.get("idea")));
        browser.findElement(By.linkText("Its timeline")).click();
        wait.until(ExpectedConditions.urlContains("/timeline"));
        assertEquals(Integer.parseInt(idea.get("n").getLiteralLexicalForm()), browser.findElements(By.cssSelector("svg.timeline a.item")).size(),
                "a dot for every place that takes the idea up");
        shot("9-idea-timeline");

        browser.get(server.url() + "/");
        browser.findElement(By.linkText("Unanswered questions")).click();
        wait.until(ExpectedConditions.urlContains("/unanswered-questions"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().startsWith("Unanswered questions"));
    }

    /** The rows a query gives when run directly against the store, as the page shows them. */
    private List<List<String>> expected(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<List<String>> rows = new ArrayList<>();
            var rs = QueryExec.dataset(store.dataset()).query(query).select();
            var vars = rs.getResultVars();
            rs.forEachRemaining(b -> rows.add(vars.stream().map(v -> {
                Node n = b.get(v);
                return n == null ? "" : n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
            }).toList()));
            return rows;
        });
    }

    private static String local(Node iri) {
        return "/id/" + iri.getURI().substring(WorkgraphServer.DEFAULT_BASE.length());
    }

    private void shot(String name) throws IOException {
        Path png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
