package org.workgraph.bench.learn;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.workgraph.bench.learn.ActExamples.Examples;
import org.workgraph.bench.learn.ActExamples.Thread;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;

/** The act study's gold threads and folds, on pages and gold written for this test (invented people and sites). */
class ActStudyTest {
    private static final String PAGE_A = """
            Rota changes

            The new rota starts in March. What do you make of it?

            Orla Quennell said...
            Ha, I give it a week before it changes again.

            Piet Vandermeer said...
            Nah, it has held up fine on our floor.
            Reply
            """;
    private static final String GOLD_A = """
            {"file": "a.txt", "kind": "blog-post", "title": "Rota changes", "author": null, "responses": [
              {"n": 1, "kind": "comment", "author": "Orla Quennell", "inReplyTo": null, "startsWith": "Ha, I give it a week",
               "act": "humor", "acts": ["humor"]},
              {"n": 2, "kind": "reply", "author": "Piet Vandermeer", "inReplyTo": 1, "startsWith": "Nah, it has held up",
               "act": "disagreement", "acts": ["disagreement"]},
              {"n": 3, "kind": "reply", "author": "Orla Quennell", "inReplyTo": 2, "startsWith": "A text this page does not hold",
               "act": "agreement", "acts": ["agreement"]}]}
            """;

    private static Examples set(Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("set/gold"));
        Path text = Files.createDirectories(dir.resolve("text"));
        Files.writeString(text.resolve("a.txt"), PAGE_A);
        Files.writeString(gold.resolve("a.json"), GOLD_A);
        Files.writeString(text.resolve("b.txt"), "Night shifts\n\nA post.\n\nTamsin Brekke said...\nThanks, this helped.\n");
        Files.writeString(gold.resolve("b.json"), """
                {"file": "b.txt", "kind": "blog-post", "title": "Night shifts", "author": null, "responses": [
                  {"n": 1, "kind": "comment", "author": "Tamsin Brekke", "inReplyTo": null, "startsWith": "Thanks, this helped",
                   "act": "appreciation", "acts": ["appreciation"]}]}
                """);
        Files.writeString(text.resolve("c.txt"), "Shift swaps\n\nA post.\n\nIvo Ranta said...\nI agree.\n");
        Files.writeString(gold.resolve("c.json"), """
                {"file": "c.txt", "kind": "blog-post", "title": "Shift swaps", "author": null, "responses": [
                  {"n": 1, "kind": "comment", "author": "Ivo Ranta", "inReplyTo": null, "startsWith": "I agree",
                   "act": "agreement", "acts": ["agreement"]}]}
                """);
        // Pages a and c are on one site (the same host, "www." aside); b on another.
        Files.writeString(dir.resolve("set/sources.json"), """
                [{"slug": "a", "url": "https://rota.example.org/2021/rota"},
                 {"slug": "b", "url": "https://shifts.example.net/night"},
                 {"slug": "c", "url": "https://www.rota.example.org/swaps"}]
                """);
        return ActExamples.read("set", gold, text);
    }

    @Test
    void aThreadIsTheGoldsResponsesWithTheirTextCutFromThePageAndWhatCannotBePlacedIsCounted(@TempDir Path dir) throws Exception {
        Examples set = set(dir);
        assertEquals(5, set.responses());
        assertEquals(1, set.unplaced());
        Thread a = set.threads().stream().filter(t -> t.page().equals("a")).findFirst().orElseThrow();
        List<Response> rs = a.post().responses();
        assertEquals(2, rs.size());
        // Down to the next response, without the next one's header line or the "Reply" furniture.
        assertEquals("Ha, I give it a week before it changes again.", rs.get(0).text());
        assertEquals("Nah, it has held up fine on our floor.", rs.get(1).text());
        assertEquals(ResponseKind.REPLY, rs.get(1).kind());
        assertEquals(1, rs.get(1).replyTo());
        assertEquals("Piet Vandermeer", rs.get(1).writer());
        assertEquals(List.of("humor", "disagreement"), a.mains());
        assertTrue(a.post().body().contains("What do you make of it?"), a.post().body());
        assertEquals("rota.example.org", a.site());
    }

    @Test
    void aFoldLeavesOutEveryPageOfTheHeldSiteAndOnlyThose(@TempDir Path dir) throws Exception {
        List<Thread> all = set(dir).threads();
        Set<String> trained = ActStudy.trainingFold(all, Set.of("rota.example.org")).stream().map(Thread::page).collect(Collectors.toSet());
        assertEquals(Set.of("b"), trained);
        assertEquals(Set.of("a", "c"), ActStudy.trainingFold(all, Set.of("shifts.example.net")).stream().map(Thread::page).collect(Collectors.toSet()));
    }

    @Test
    void foldsDealWholeSitesAndEverySiteIsHeldOutOnce(@TempDir Path dir) throws Exception {
        List<Thread> all = set(dir).threads();
        assertEquals(List.of(Set.of("rota.example.org"), Set.of("shifts.example.net")), ActStudy.folds(all, 0));
        List<Set<String>> one = ActStudy.folds(all, 1);
        assertEquals(List.of(Set.of("rota.example.org", "shifts.example.net")), one);
    }

    @Test
    void aPageWithoutASourcesRowIsItsOwnSite(@TempDir Path dir) throws Exception {
        set(dir);
        Files.delete(dir.resolve("set/sources.json"));
        Examples set = ActExamples.read("set", dir.resolve("set/gold"), dir.resolve("text"));
        assertEquals(Set.of("set/a", "set/b", "set/c"), set.threads().stream().map(Thread::site).collect(Collectors.toSet()));
    }

    @Test
    void theScoreCountsAccuracyPerActF1AndTheActList(@TempDir Path dir) throws Exception {
        Thread a = set(dir).threads().stream().filter(t -> t.page().equals("a")).findFirst().orElseThrow();
        ActStudy.Score s = new ActStudy.Score();
        s.add(a, List.of(
                new org.workgraph.loader.acts.ActFinding(1, org.workgraph.loader.acts.Act.HUMOR, true, "test", List.of()),
                new org.workgraph.loader.acts.ActFinding(2, org.workgraph.loader.acts.Act.ELABORATION, true, "test", List.of()),
                new org.workgraph.loader.acts.ActFinding(2, org.workgraph.loader.acts.Act.DISAGREEMENT, false, "test", List.of())));
        assertEquals(0.5, s.accuracy(), 1e-9);
        // humor F1 1, disagreement F1 0 (missed), elaboration F1 0 (false): mean 1/3.
        assertEquals(1 / 3.0, s.macroF1(), 1e-9);
        assertEquals(2, s.list.tp);
        assertEquals(1, s.list.fp);
        assertEquals(0, s.list.fn);
    }
}
