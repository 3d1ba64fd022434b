package org.workgraph.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.workgraph.cli.eval.Evaluation;
import org.workgraph.cli.eval.FieldScore;
import org.workgraph.loader.gold.Gold;

/** The scorer run on ../shared/gold, as CI runs it: the loader must hold its measured quality. */
class EvalCommandTest {
    private final Gold gold = Gold.fromSystemProperty();
    private final KgRun kg = new KgRun();

    @Test
    void theLoaderHoldsItsQualityOnTheSharedGold() {
        Path goldDir = gold.corpus().resolveSibling("gold");
        // Floors at the measured quality: the structure fields are exact; mentions and ideas are the open work.
        int code = kg.run("eval", "--gold", goldDir.toString(), gold.corpus().toString(), "--quiet",
                "--min-f1", "1.0", "--min-f1", "mentions.organizations=0.94,mentions.works=0.86,ideas=0.48",
                "--min-f1", "act.main=0.98,act.macroF1=0.95,act.list=0.95");
        assertEquals(0, code, kg.out() + "\n" + kg.err());
        assertTrue(kg.out().contains("response.replyTo"));
        assertTrue(kg.out().contains("act.macroF1"), "the response acts are scored: " + kg.out());
        assertTrue(recall(kg.out(), "ideas") >= 0.6, "issue 7's target: ideas recall >= 0.6\n" + kg.out());
    }

    /** A field's recall from the printed table: "FIELD  precision  recall  F1  hits  misses  false". */
    private static double recall(String table, String field) {
        return table.lines().map(l -> l.trim().split("\\s+")).filter(c -> c.length == 7 && c[0].equals(field))
                .mapToDouble(c -> Double.parseDouble(c[2])).findFirst().orElseThrow();
    }

    /** Documents written for the project (data/eval) vary what the sources do; the loader must hold there too. */
    @Test
    void theLoaderHoldsItsQualityOnTheProjectsOwnEvalSet() {
        Path root = Path.of(System.getProperty("workgraph.root", "../.."));
        int code = kg.run("eval", "--gold", root.resolve("data/eval/gold").toString(), root.resolve("data/eval/corpus").toString(),
                "--quiet", "--min-f1", "1.0", "--min-f1", "mentions.organizations=0.95,mentions.works=0.9,ideas=0.56",
                "--min-f1", "act.main=1.0,act.macroF1=1.0,act.list=0.88");
        assertEquals(0, code, kg.out());
        assertTrue(recall(kg.out(), "ideas") >= 0.6, "issue 7's target: ideas recall >= 0.6\n" + kg.out());
    }

    /** With the learned header classifier beside the rules, the project's own documents keep their exact structure. */
    @Test
    void theLearnedHeadersKeepTheEvalSetsStructureExact() {
        Path root = Path.of(System.getProperty("workgraph.root", "../.."));
        int code = kg.run("eval", "--learned-headers", "--gold", root.resolve("data/eval/gold").toString(),
                root.resolve("data/eval/corpus").toString(), "--quiet", "--min-f1",
                "response.found=1.0,response.kind=1.0,response.writer=1.0,response.replyTo=1.0,document.title=1.0,document.author=1.0");
        assertEquals(0, code, kg.out());
    }

    /**
     * The confusion matrix of main acts: its rows hold every gold response with an act once (found or not), and its
     * diagonal is the act.main hits, so it explains the macro F1 without reading the miss list.
     */
    @Test
    void theConfusionMatrixOfActsAddsUpToTheScores() {
        Path root = Path.of(System.getProperty("workgraph.root", "../.."));
        kg.run("eval", "--gold", root.resolve("data/eval/gold").toString(), root.resolve("data/eval/corpus").toString());
        List<String> lines = kg.out().lines().toList();
        int at = lines.indexOf("  confusion of main acts (rows: gold, columns: read):");
        assertTrue(at > 0, kg.out());
        List<String> columns = List.of(lines.get(at + 1).trim().split("\\s+"));
        assertEquals("found", columns.get(columns.size() - 1), "the last column counts responses not found: " + columns);
        int total = 0, diagonal = 0;
        for (String line : lines.subList(at + 2, lines.size())) {
            if (line.isBlank()) break;
            String[] cells = line.trim().split("\\s+");
            for (int c = 1; c < cells.length; c++) {
                if (cells[c].equals(".")) continue;
                int n = Integer.parseInt(cells[c]);
                total += n;
                if (cells[0].startsWith(columns.get(c - 1))) diagonal += n;
            }
        }
        String[] main = lines.stream().filter(l -> l.startsWith("act.main ")).findFirst().orElseThrow().trim().split("\\s+");
        int hits = Integer.parseInt(main[4]), misses = Integer.parseInt(main[5]);
        assertEquals(hits, diagonal, "the diagonal is the hits\n" + kg.out());
        assertEquals(hits + misses, total, "every gold response with an act is in one row\n" + kg.out());
    }

    /**
     * Real pages, whose text each machine rebuilds into a local cache (each set's README says how): floors at the
     * measured quality, so a change that reads real pages worse fails here. Skipped, with the reason, without the cache.
     * {@code ../shared/realpages} is the development set; {@code data/realpages} holds pages of other systems;
     * {@code data/realpages-third} was held out and measured once; {@code data/realpages-fifth} adds newsletters, digests

     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "shared/realpages/gold ; WORKGRAPH_REALPAGES ; workgraph-realpages ; response.found=0.9,response.writer=0.95,response.replyTo=0.95,"
                    + "document.title=0.95,document.published=0.95,document.author=0.7,document.claimedResponseCount=0.9,"
                    + "signal.row=0.95,"
                    + "signal.description=0.95,document.kind=0.95,act.main=0.88,act.macroF1=0.71,act.list=0.75,response.addresses=0.75,"
                    + "mentions.people=0.89,mentions.organizations=0.82,mentions.works=0.65,ideas=0.17",
            // response.kind lowered in session 10: one Lemmy page's second comment follows a first that counts "(2 children)",
            // so the counts make it a reply (as the twelfth's gold reads the shape), where this set's gold keeps it a comment as
            // a stated judgement call. document.author back at 0.7: one reply that speaks to no one no longer names the writer.
            "data/realpages/gold ; WORKGRAPH_REALPAGES_EXTRA ; workgraph-realpages-extra ; response.found=0.94,response.writer=0.98,response.kind=0.9,"
                    + "document.title=0.97,document.kind=0.95,document.published=0.95,document.author=0.7,signal.row=0.95,"
                    + "signal.description=0.95,document.categories=0.95,document.summary=0.95,act.main=0.89,act.macroF1=0.91,"
                    + "act.list=0.81,ideas=0.13,mentions.people=0.65,mentions.organizations=0.3,response.addresses=0.83",
            // Held out for one session, a development set since: floors are the values measured after it was developed on.
            "data/realpages-third/gold ; WORKGRAPH_REALPAGES_THIRD ; workgraph-realpages-third ; response.found=0.97,response.kind=0.97,response.writer=0.98,"
                    + "document.title=0.95,document.published=0.95,document.claimedResponseCount=0.95,"
                    + "document.categories=0.95,document.summary=0.95,"
                    + "document.author=0.95,signal.row=0.55,act.main=0.96,act.macroF1=0.92,act.list=0.82,ideas=0.16,"
                    + "mentions.people=0.8,mentions.organizations=0.38,mentions.works=0.3",
            // A development set of newsletters, digests and reply systems the others lack: floors a little below what the
            // reader reaches on it.
            "data/realpages-fifth/gold ; WORKGRAPH_REALPAGES_FIFTH ; workgraph-realpages-fifth ; document.title=0.95,"
                    + "document.published=0.95,document.author=0.95,document.kind=0.97,document.claimedResponseCount=0.95,"
                    + "document.categories=0.95,"
                    + "document.summary=0.95,signal.row=0.97,signal.description=0.97,"
                    + "response.found=0.97,response.kind=0.9,response.writer=0.97,response.replyTo=0.6,act.main=0.76,"
                    + "act.macroF1=0.79,act.list=0.64,response.addresses=0.95,"
                    + "ideas=0.17,mentions.people=0.62,mentions.organizations=0.64,mentions.works=0.7",
            // Held out when built, development sets since 2026-12-05: floors a little below what the reader reaches on them.
            "data/realpages-fourth/gold ; WORKGRAPH_REALPAGES_FOURTH ; workgraph-realpages-fourth ; response.found=0.87,response.kind=0.62,"
                    + "response.writer=0.93,response.replyTo=0.2,document.author=0.8,document.kind=0.9,document.title=0.84,"
                    + "document.published=0.65,"
                    + "document.claimedResponseCount=0.88,act.main=0.55,act.macroF1=0.34,act.list=0.46,signal.row=0.34,"
                    + "signal.name=0.45,signal.description=0.83,document.summary=0.95,mentions.people=0.6,"
                    + "mentions.organizations=0.5,ideas=0.07",
            "data/realpages-sixth/gold ; WORKGRAPH_REALPAGES_SIXTH ; workgraph-realpages-sixth ; response.found=0.86,response.kind=0.82,"
                    + "response.writer=0.94,response.replyTo=0.68,document.kind=0.97,signal.row=0.94,signal.name=0.94,"
                    + "signal.description=0.94,"
                    + "mentions.people=0.72,mentions.organizations=0.62,document.author=0.85,document.published=0.7,"
                    + "document.title=0.84,"
                    + "document.categories=0.65,document.claimedResponseCount=0.55,act.main=0.53,document.summary=0.95,"
                    + "act.macroF1=0.53,act.list=0.56,ideas=0.12",
            // Held out when built (session 4), a development set since session 5: floors for the digest and thread fields developed on it.
            "data/realpages-seventh/gold ; WORKGRAPH_REALPAGES_SEVENTH ; workgraph-realpages-seventh ; document.kind=0.93,signal.row=0.75,"
                    + "signal.name=0.75,signal.description=0.93,document.summary=0.95,document.title=0.95,response.found=0.74,"
                    + "response.kind=0.74,"
                    + "response.writer=0.9,response.replyTo=0.95,document.published=0.8,document.author=0.6,"
                    + "document.claimedResponseCount=0.95,"
                    + "act.main=0.65,act.macroF1=0.6,act.list=0.6,mentions.people=0.8,mentions.organizations=0.49,ideas=0.11",
            // Held out when built (session 5), a development set since session 6: floors a little below what the reader reaches
            // with the page-level thread decisions (ThreadRecognition sets aside candidates of pages with no thread;
            // LoneResponse reads a page that shows one response alone).
            "data/realpages-eighth/gold ; WORKGRAPH_REALPAGES_EIGHTH ; workgraph-realpages-eighth ; document.kind=0.95,document.title=0.68,"
                    + "signal.row=0.55,signal.name=0.55,signal.description=0.75,"
                    + "response.found=0.76,response.kind=0.76,response.writer=0.82,response.replyTo=0.95,act.main=0.73,act.macroF1=0.62,act.list=0.65,"
                    + "response.addresses=0.45,"
                    + "mentions.people=0.65,mentions.organizations=0.72,document.published=0.7,document.claimedResponseCount=0.45,"
                    + "document.author=0.6",
            // Pages that show one comment, reply or answer alone, and two posts with a thread (development, session 6).
            "data/realpages-lone/gold ; WORKGRAPH_REALPAGES_LONE ; workgraph-realpages-lone ; document.kind=0.97,document.title=0.75,"
                    + "document.published=0.95,document.author=0.95,document.claimedResponseCount=0.95,response.found=0.7,response.kind=0.7,"
                    + "response.writer=0.45,response.replyTo=0.95,act.main=0.5,act.macroF1=0.25,act.list=0.5",
            // Pages with no thread but things a reader could take for one, and three short threads (session 6): nothing
            // invented on the first, the short threads as read.
            "data/realpages-nothread/gold ; WORKGRAPH_REALPAGES_NOTHREAD ; workgraph-realpages-nothread ; document.kind=0.95,"
                    + "document.title=0.75,document.published=0.95,document.claimedResponseCount=0.95,document.author=0.8,response.found=0.45,"
                    + "response.kind=0.45,response.writer=0.95,mentions.organizations=0.7",
            // A development set of page heads (session 6): floors a little below what the reader reaches on it.
            "data/realpages-heads/gold ; WORKGRAPH_REALPAGES_HEADS ; workgraph-realpages-heads ; document.title=0.74,"
                    + "document.published=0.88,document.author=0.95,document.kind=0.9,document.claimedResponseCount=0.95",
            // Writers, titles and dates printed in varied forms on 11 new sites (session 7), development data from the start.
            "data/realpages-bylines/gold ; WORKGRAPH_REALPAGES_BYLINES ; workgraph-realpages-bylines ; document.title=0.9,"
                    + "document.published=0.9,document.author=0.9,document.kind=0.95,mentions.people=0.8,mentions.organizations=0.72",
            // Organisations and people named in running news prose on 15 new sites (session 8), measured once unseen and
            // developed on since: floors a little below what OrganisationEvidence and PersonShape reach on it.
            "data/realpages-orgs/gold ; WORKGRAPH_REALPAGES_ORGS ; workgraph-realpages-orgs ; document.kind=0.95,"
                    + "mentions.people=0.68,mentions.organizations=0.48",
            // Real threads gathered for acts and addresses (session 6), development data from the start.
            "data/realpages-acts/gold ; WORKGRAPH_REALPAGES_ACTS ; workgraph-realpages-acts ; act.main=0.53,act.macroF1=0.5,"
                    + "act.list=0.55,response.addresses=0.38,response.found=0.85,response.kind=0.81,response.writer=0.95",
            // Short threads in layouts no other set has (session 7), development data from the start: floors a little below
            // what the reader reaches on it (BlockThread reads the Lemmy and Postmill blocks).
            "data/realpages-blocks/gold ; WORKGRAPH_REALPAGES_BLOCKS ; workgraph-realpages-blocks ; document.kind=0.95,"
                    + "document.title=0.88,document.claimedResponseCount=0.95,response.found=0.78,response.kind=0.78,response.writer=0.6,"
                    + "response.replyTo=0.95,act.list=0.5",
            // Real threads with varied response acts (session 7), development data from the start: floors a little below
            // what the reader reaches on it.
            "data/realpages-acts2/gold ; WORKGRAPH_REALPAGES_ACTS2 ; workgraph-realpages-acts2 ; act.main=0.43,act.macroF1=0.26,"
                    + "act.list=0.47,response.found=0.82,response.kind=0.8,response.writer=0.9,document.kind=0.95",
            // Threads of many short responses in varied voices (session 8), development data: floors a little below what the
            // reader reaches on it. Act macro-F1 0.36 -> 0.35 in session 12: eight more responses read on one page (posts closed by
            // the same line) whose acts the act model reads wrong more often than right (act.main rises 0.245 -> 0.316).
            "data/realpages-acts3/gold ; WORKGRAPH_REALPAGES_ACTS3 ; workgraph-realpages-acts3 ; act.main=0.22,act.macroF1=0.35,"
                    + "act.list=0.27,response.found=0.42,response.writer=0.9,document.kind=0.9,document.title=0.8",
            // Forum and social threads with no boundary lines (session 8), development data from the start: floors a little
            // below what the reader reaches on it (RhythmThread's wide gaps and name lines, measured before tuning on it).
            "data/realpages-unmarked/gold ; WORKGRAPH_REALPAGES_UNMARKED ; workgraph-realpages-unmarked ; response.found=0.78,"
                    + "response.kind=0.66,response.writer=0.92,document.kind=0.95",
            // Digests with no cue word and the listicles that stay posts (session 6): floors a little below what the reader reaches.
            "data/realpages-digests/gold ; WORKGRAPH_REALPAGES_DIGESTS ; workgraph-realpages-digests ; document.kind=0.88,signal.row=0.87,"
                    + "signal.name=0.92,signal.description=0.85,document.title=0.7,mentions.people=0.7,mentions.organizations=0.79",
            // Digests whose rows are laid out in forms no other set has, and two posts with parallel sections (session 7):
            // floors a little below what the item-rhythm learner reaches on it (signal.row raised in session 12, when the
            // link page's section headings became its rows' tables).
            "data/realpages-rows/gold ; WORKGRAPH_REALPAGES_ROWS ; workgraph-realpages-rows ; document.kind=0.95,signal.row=0.52,"
                    + "signal.name=0.78,signal.description=0.72,document.title=0.55,mentions.organizations=0.45",
            // Digests whose items are one line each, run-in headlines or lists under a lead-in (session 8), development data
            // from the start: floors a little below what the reader reaches on it (LabelledRuns reads its labelled lists).
            "data/realpages-items/gold ; WORKGRAPH_REALPAGES_ITEMS ; workgraph-realpages-items ; document.kind=0.25,"
                    + "signal.row=0.2,signal.name=0.38,document.title=0.85",
            // Held out when built (session 7), a development set since session 8: floors a little below what the reader reaches
            // on it (PageSubject for the head, RhythmThread for name lines with post counts and numbered posts).
            "data/realpages-tenth/gold ; WORKGRAPH_REALPAGES_TENTH ; workgraph-realpages-tenth ; document.title=0.9,"
                    + "document.author=0.95,document.published=0.95,document.kind=0.84,response.found=0.58,"
                    + "response.kind=0.58,response.writer=0.75",
            // Held out when built (session 8), a development set since session 9: floors a little below what the reader
            // reaches on it at the start of session 9 (main at 8040418).
            "data/realpages-eleventh/gold ; WORKGRAPH_REALPAGES_ELEVENTH ; workgraph-realpages-eleventh ; document.kind=0.8,"
                    + "document.title=0.5,document.published=0.75,document.categories=0.75,response.found=0.88,response.kind=0.88,"
                    + "response.writer=0.78,response.replyTo=0.8,mentions.people=0.47,mentions.organizations=0.3,mentions.works=0.25,"
                    + "act.main=0.5,act.macroF1=0.27,act.list=0.49,signal.row=0.9",
            // Held out when built (session 9), a development set since session 10: floors a little below what the reader
            // reaches on it at the start of session 10 (main at c39775f), the head's a little below session 10's PageLabel and
            // SocialPreview reading, the thread's a little below what the heads several systems share (HeadShapesTest) reach.
            "data/realpages-twelfth/gold ; WORKGRAPH_REALPAGES_TWELFTH ; workgraph-realpages-twelfth ; document.kind=0.85,"
                    + "document.title=0.85,document.published=0.95,document.author=0.65,response.found=0.74,response.kind=0.74,"
                    + "response.writer=0.95,response.replyTo=0.95,mentions.people=0.6,mentions.organizations=0.6,mentions.works=0.6,"
                    // Its digests' rows (session 10: sourced lists, publication lines, blocks of fields), a little below.
                    + "signal.row=0.4,signal.name=0.9,signal.description=0.9",
            // Held out when built (session 10), a development set since session 11: floors a little below what the reader
            // reaches on it at the start of session 11 (main at 301f800); its threads' floors a little below what the headers
            // learnt from the page reach (session 11: subjects before "by NAME", bar dumps, interface runs, portraits).
            "data/realpages-thirteenth/gold ; WORKGRAPH_REALPAGES_THIRTEENTH ; workgraph-realpages-thirteenth ; document.kind=0.78,"
                    + "document.title=0.62,document.published=0.7,document.author=0.45,response.found=0.8,response.kind=0.8,"
                    + "response.writer=0.6,response.replyTo=0.9,mentions.people=0.2,mentions.organizations=0.6,act.main=0.3,"
                    + "act.macroF1=0.3",
            // Held out when built (session 11), a development set since session 12: floors a little below what the reader
            // reaches on it at the start of session 12 (main at e223d3e); its heads' writer and date raised to a little below
            // what the topic-starter line and the list archive's handle read (0.800 and 0.667).
            "data/realpages-fourteenth/gold ; WORKGRAPH_REALPAGES_FOURTEENTH ; workgraph-realpages-fourteenth ; document.kind=0.8,"
                    + "document.title=0.85,document.published=0.6,document.author=0.75,response.found=0.45,response.kind=0.45,"
                    + "response.writer=0.55,response.replyTo=0.9,mentions.people=0.45,mentions.organizations=0.4,signal.name=0.5,"
                    // Its digests' rows once section headings head the items under them (session 12), a little below.
                    + "signal.row=0.8,act.main=0.5",
            // Page heads of forum, social, journal and newsletter pages (session 8), development data from the start: floors a
            // little below what the reader reaches on it.
            "data/realpages-titles/gold ; WORKGRAPH_REALPAGES_TITLES ; workgraph-realpages-titles ; document.title=0.6,"
                    + "document.author=0.45,document.published=0.45,document.kind=0.95,response.addresses=0.85"})
    void theLoaderHoldsItsQualityOnRealPages(String goldPath, String variable, String defaultCache, String floors) {
        Path root = Path.of(System.getProperty("workgraph.root", "../.."));
        Path gold = goldPath.startsWith("shared/") ? this.gold.corpus().resolveSibling(goldPath.substring("shared/".length()))
                : root.resolve(goldPath);
        String env = System.getenv(variable);
        Path cache = env != null ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", defaultCache);
        Assumptions.assumeTrue(java.nio.file.Files.isDirectory(gold) && java.nio.file.Files.isDirectory(cache),
                "no real-page cache at " + cache + " (see the README beside " + gold + " to rebuild it); skipped");
        int code = kg.run("eval", "--gold", gold.toString(), cache.toString(), "--quiet", "--min-f1", floors);
        assertEquals(0, code, kg.out());
    }

    @Test
    void aWrongGraphScoresBelowOne() throws Exception {
        // Scoring the corpus against gold files of other documents finds nothing: misses, not a perfect score.
        Path goldDir = gold.corpus().resolveSibling("gold");
        Evaluation e = Evaluation.run(goldDir, Map.of());
        assertFalse(e.missingFiles().isEmpty());
        FieldScore kind = e.scores().get("document.kind");
        assertEquals(0.0, kind.recall());
    }
}
