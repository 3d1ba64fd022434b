package org.workgraph.loader.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.workgraph.loader.Loader;
import org.workgraph.loader.model.BlogPost;

/** Pages of engines the real set lacks: the general rules must give their threads, writers, dates and nesting. */
class OtherEnginesTest {
    private final Loader loader = new Loader();

    static final List<String> ENGINES = OtherEngines.ALL;

    @ParameterizedTest
    @FieldSource("ENGINES")
    void theGeneralRulesReadTheThread(String engine, @TempDir Path dir) throws Exception {
        Path page = dir.resolve(engine + ".html");
        Files.writeString(page, OtherEngines.page(engine));
        ReadItem item = loader.readAll(page).get(0);
        BlogPost post = (BlogPost) ((ReadItem.Parsed) item).document();
        List<String> thread = post.responses().stream()
                .map(r -> r.position() + " " + r.kind() + " ^" + r.replyTo() + " " + r.writer() + " " + r.date() + " " + r.text()).toList();
        assertEquals(OtherEngines.expected(engine), thread, engine);
        assertEquals("Closing the loop on handovers", post.title(), engine);
    }
}
