package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.mapping.Iris;
import org.workgraph.ontology.WG;

/**
 * Issue 18, part 2: a header or byline whose "name" is markup, a link, a sentence or nothing but marks makes no
 * person and no IRI; the page still loads and its report names what was skipped. Real names, the corpora's
 * included, are untouched.
 */
class HostileNamesTest {
    private static final String PERSON = Iris.DEFAULT_BASE + "person/";
    /** What a person's IRI may look like: the base, then a slug of the name. */
    private static final Pattern SANE_PERSON_IRI = Pattern.compile(Pattern.quote(PERSON) + "[a-z0-9]+(?:-[a-z0-9]+)*");

    /** Keeps every quad, for the test to look at. */
    private static final class Collect implements DocumentSink {
        final List<Quad> quads = new ArrayList<>();

        @Override
        public synchronized void replaceGraph(Node graph, List<Quad> q) { quads.addAll(q); }
    }

    /**
     * A thread whose byline and headers a spammer wrote. The page reader itself takes as headers only lines shaped
     * like names ("X says: date"), so markup and sentences never reach the mapper as names from here; a byline
     * does, and so does a domain name, which is made of name-like tokens. Either way none may become a person.
     */
    private static final String HOSTILE_THREAD = """
            A post whose thread was written by a spammer

            Posted by <script>alert('byline')</script> on June 5, 2015 in Remote Work | 5 Comments

            The post's own text, which loads as it is.

            5 Responses to "A post whose thread was written by a spammer"

            Jane Doe says:
            March 3, 2016 at 10:14 am

            First comment, by a real name, which stays a person.

            www.cheap-pills.com says:
            March 4, 2016 at 9:00 am

            Second comment, whose header is a web address.

            <img src=x onerror=alert(1)> says:
            March 5, 2016 at 9:00 am

            Third comment, whose header is an image tag.

            Zoë O'Brien-Smith says:
            March 6, 2016 at 9:00 am

            Fourth comment, by another real name.

            spam-bot.net says:
            March 7, 2016 at 9:00 am

            Fifth comment, whose header is a domain.
            """;


    @Test
    void hostileHeadersAndBylinesMakeNoPersonAndTheReportSaysSo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hostile-thread.txt");
        Files.writeString(file, HOSTILE_THREAD);
        Collect sink = new Collect();
        LoadReport report = new Loader().load(List.of(file), sink, f -> {});
        FileOutcome outcome = report.files().get(0);
        assertTrue(outcome.loaded(), outcome.toString());
        // The image-tag header is no header to the page reader: that comment reads as part of the one before.
        assertEquals(4, outcome.responses(), "the comments still load");

        // The people that result, by IRI, with their aliases; and who wrote what.
        Map<String, Set<String>> people = new TreeMap<>();
        Map<String, String> creators = new TreeMap<>();
        for (Quad q : sink.quads) {
            if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().equals(FOAF.Person.asNode())) {
                people.computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>());
            }
            if (q.getPredicate().equals(WG.alias.asNode()) && q.getSubject().getURI().startsWith(PERSON)) {
                people.computeIfAbsent(q.getSubject().getURI(), k -> new TreeSet<>()).add(q.getObject().getLiteralLexicalForm());
            }
            if (q.getPredicate().equals(DCTerms.creator.asNode())) creators.put(q.getSubject().getURI(), q.getObject().getURI());
        }
        System.out.println("people from the hostile thread: " + people);
        System.out.println("warnings: " + outcome.warnings());

        assertEquals(Set.of(PERSON + "jane-doe", PERSON + "zoe-o-brien-smith"), people.keySet(), "the people minted");
        for (String iri : people.keySet()) assertTrue(SANE_PERSON_IRI.matcher(iri).matches(), iri);
        for (Set<String> aliases : people.values()) {
            for (String alias : aliases) assertTrue(Names.whyNotAName(alias).isEmpty(), "alias " + alias);
        }
        String doc = Iris.DEFAULT_BASE + "doc/hostile-thread";
        assertNull(creators.get(doc), "the post has no author");
        assertEquals(PERSON + "jane-doe", creators.get(doc + "/response/1"));
        assertEquals(PERSON + "zoe-o-brien-smith", creators.get(doc + "/response/3"));
        for (int skipped : new int[] {2, 4}) assertNull(creators.get(doc + "/response/" + skipped), "response " + skipped);

        // The report says what was skipped, where, and why.
        String warnings = String.join("\n", outcome.warnings());
        assertTrue(warnings.contains("byline: skipped '<script>alert('byline')</script>' as a person's name: it holds markup"), warnings);
        assertTrue(warnings.contains("response 2's header: skipped 'www.cheap-pills.com' as a person's name: it holds a URL"), warnings);
        assertTrue(warnings.contains("response 4's header: skipped 'spam-bot.net' as a person's name: it holds a URL"), warnings);
        assertFalse(warnings.contains("Jane Doe") || warnings.contains("Zoë"), warnings);
    }

    @Test
    void theRuleTellsNamesFromWhatIsNotAName() {
        for (String name : List.of("Jane Doe", "ines halvorsen", "Zoë Brannigan", "Maria de la Cruz García López", "J.R.R. Tolkien",
                "Anne-Marie O'Neil", "Dr. Sam Smith (PhD)", "@dee", "李小龍", "Smith & Co.")) {
            assertEquals(java.util.Optional.empty(), Names.whyNotAName(name), name);
        }
        Map<String, String> notNames = Map.of(
                "<b>Jane</b>", "markup", "Jane &lt;Doe&gt;", "markup", "javascript:alert(1)", "markup",
                "http://example.org/jane", "URL", "www.example.org", "URL", "jane@example.org", "address",
                "one two three four five six seven", "7 words", "---", "no letters", "Jane\u0000Doe", "control",
                "x".repeat(81), "81 characters");
        notNames.forEach((written, reason) -> {
            var why = Names.whyNotAName(written);
            assertTrue(why.isPresent() && why.get().contains(reason), written + ": " + why);
        });
    }

    @Test
    void theRealDocumentsLoseNoName() throws Exception {
        String root = System.getProperty("workgraph.root", "..");
        String shared = System.getProperty("workgraph.shared", "../../shared");
        List<Path> corpora = new ArrayList<>();
        // The real pages too, where this machine has rebuilt their cache (../shared/realpages/README.md).
        String realPages = System.getenv("WORKGRAPH_REALPAGES");
        Path cache = realPages != null ? Path.of(realPages) : Path.of(System.getProperty("user.home"), ".cache", "workgraph-realpages");
        for (Path p : List.of(Path.of(shared, "corpus"), Path.of(root, "data", "corpus"), Path.of(root, "data", "eval", "corpus"), cache)) {
            if (Files.isDirectory(p)) corpora.add(p);
        }
        assertFalse(corpora.isEmpty(), "no corpus found");
        LoadReport report = new Loader().load(corpora, new Collect(), f -> {});
        for (FileOutcome o : report.files()) {
            for (String w : o.warnings()) assertFalse(w.contains("as a person's name"), o.path() + ": " + w);
        }
    }
}
