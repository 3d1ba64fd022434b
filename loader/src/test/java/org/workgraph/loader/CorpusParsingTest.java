package org.workgraph.loader;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.workgraph.loader.gold.Gold;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;

/** Parses each source document and compares the document model with the gold, field by field. */
class CorpusParsingTest {
    private final Gold gold = Gold.fromSystemProperty();
    private final Loader loader = new Loader();

    @TestFactory
    Stream<DynamicTest> blogPostsMatchTheGold() {
        return gold.documents("blog-post").stream().map(g -> DynamicTest.dynamicTest(g.get("file").asText(), () -> {
            BlogPost post = assertInstanceOf(BlogPost.class, parse(g));
            List<String> misses = new ArrayList<>();
            check(misses, "title", Gold.text(g, "title"), post.title());
            check(misses, "claimed", Gold.text(g, "claimedResponseCount"), str(post.claimedResponseCount()));
            check(misses, "published", Gold.text(g, "published"), str(post.published()));
            List<String> cats = new ArrayList<>();
            g.get("categories").forEach(c -> cats.add(c.asText()));
            check(misses, "categories", cats.toString(), post.categories().toString());
            JsonNode author = g.get("author");
            if (author != null && !author.isNull() && "explicit".equals(Gold.text(author, "evidence"))) {
                check(misses, "author", author.get("name").asText(), gold.canonical(post.author()));
            }
            JsonNode responses = g.get("responses");
            check(misses, "response count", String.valueOf(responses.size()), String.valueOf(post.responses().size()));
            for (int i = 0; i < Math.min(responses.size(), post.responses().size()); i++) {
                JsonNode want = responses.get(i);
                Response got = post.responses().get(i);
                String at = "response " + (i + 1) + " ";
                check(misses, at + "kind", want.get("kind").asText(), got.kind().name().toLowerCase());
                check(misses, at + "label", Gold.text(want, "label"), got.label());
                check(misses, at + "inReplyTo", Gold.text(want, "inReplyTo"), str(got.replyTo()));
                check(misses, at + "writer", Gold.text(want, "author"), gold.canonical(got.writer()));
                check(misses, at + "sourceTitle", Gold.text(want, "sourceTitle"), got.sourceTitle());
                check(misses, at + "sourceSite", Gold.text(want, "sourceSite"), got.sourceSite());
                String starts = Gold.normalize(want.get("startsWith").asText());
                if (!Gold.normalize(got.text()).startsWith(starts)) misses.add(at + "text starts '" + Gold.normalize(got.text()).substring(0, Math.min(60, got.text().length())) + "', want '" + starts + "'");
            }
            // The body must not swallow the thread: no response's opening words occur in it.
            for (JsonNode want : responses) {
                String starts = Gold.normalize(want.get("startsWith").asText());
                if (starts.length() > 25 && Gold.normalize(post.body()).contains(starts)) misses.add("body holds response text '" + starts + "'");
            }
            assertEquals(List.of(), misses);
        }));
    }

    @TestFactory
    Stream<DynamicTest> digestsMatchTheGold() {
        return gold.documents("signal-digest").stream().map(g -> DynamicTest.dynamicTest(g.get("file").asText(), () -> {
            SignalDigest digest = assertInstanceOf(SignalDigest.class, parse(g));
            List<String> misses = new ArrayList<>();
            check(misses, "title", Gold.text(g, "title"), digest.title());
            check(misses, "summary", Gold.text(g, "summary"), digest.summary());
            JsonNode article = g.get("sourceArticle");
            check(misses, "article title", Gold.text(article, "title"), digest.article().title());
            check(misses, "article author", Gold.text(article, "author"), digest.article().author());
            JsonNode signals = g.get("signals");
            check(misses, "row count", String.valueOf(signals.size()), String.valueOf(digest.rows().size()));
            for (int i = 0; i < Math.min(signals.size(), digest.rows().size()); i++) {
                JsonNode want = signals.get(i);
                SignalRow got = digest.rows().get(i);
                String at = "row " + (i + 1) + " (" + want.get("name").asText() + ") ";
                check(misses, at + "table", want.get("table").asText(), got.heading());
                check(misses, at + "name", want.get("name").asText(), got.name());
                check(misses, at + "description", Gold.text(want, "description"), got.description());
                check(misses, at + "change", Gold.text(want, "change"), got.change());
                check(misses, at + "tenYear", Gold.text(want, "tenYear"), got.tenYear());
                check(misses, at + "drivingForce", Gold.text(want, "drivingForce"), got.drivingForce());
                check(misses, at + "relevancy", Gold.text(want, "relevancy"), str(got.relevancy()));
            }
            assertEquals(List.of(), misses);
        }));
    }

    private Document parse(JsonNode g) throws Exception {
        Path file = gold.corpus().resolve(g.get("file").asText());
        return loader.parse(loader.read(file), w -> fail("unexpected warning: " + w));
    }

    private static void check(List<String> misses, String what, String want, String got) {
        if (!Objects.equals(Gold.normalize(want), Gold.normalize(got))) misses.add(what + ": got '" + got + "', want '" + want + "'");
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }
}
