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

    /** Blocks that repeat are comments only when each has a writer, a time and words of its own, outside the page's furniture. */
    @org.junit.jupiter.api.Test
    void repeatedBlocksWithoutWriterAndTimeOrInFurnitureAreNoThread() {
        String card = "<div class='card'><h3 class='card-title'>Pallet jack, 2.5 t</h3><p class='card-text'>Steel forks and a quiet pump, in stock.</p></div>";
        String related = "<aside class='related-posts'>" + ("<div class='related-item'><span class='author'>Depot Days</span><time datetime='2022-01-01'>1 Jan</time>"
                + "<p>Another post about handovers and rotas.</p></div>").repeat(3) + "</aside>";
        var page = org.jsoup.Jsoup.parse("<html><body><article><p>Post.</p></article>" + card.repeat(6) + related + "</body></html>");
        assertEquals(List.of(), RepeatedBlocks.find(page.body()));
        var forum = org.jsoup.Jsoup.parse(OtherEngines.page("phpbb"));
        assertEquals(3, RepeatedBlocks.find(forum.body()).size(), "the three posts, not their inner wrappers");
        assertEquals("post has-profile bg1", RepeatedBlocks.find(forum.body()).get(0).className());
    }

    /** A hostile page nesting thousands of blocks of one kind is looked into within a bound, and still read. */
    @org.junit.jupiter.api.Test
    void deeplyNestedBlocksAreBounded(@TempDir Path dir) throws Exception {
        int depth = 3000;
        String open = "<div class='x'><span class='author'>Someone</span><time datetime='2022-01-01'>1 Jan</time><p>Words of this block here.</p>";
        Path page = dir.resolve("deep.html");
        Files.writeString(page, "<html><head><title>Deep</title></head><body>" + open.repeat(depth) + "</div>".repeat(depth) + "</body></html>");
        List<ReadItem> items = loader.readAll(page);
        assertEquals(1, items.size(), items.toString());
    }

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
