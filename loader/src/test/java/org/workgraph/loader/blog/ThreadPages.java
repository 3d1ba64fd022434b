package org.workgraph.loader.blog;

import java.util.List;

import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Lines;

/** What the thread tests read off a page written for them: the parsed post, its responses' writers and first words. */
final class ThreadPages {
    private ThreadPages() {}

    /** The page read as a blog post, from a source no test cares about. */
    static BlogPost parse(String text) throws Exception {
        return new BlogParser().parse(new Source("t.txt", "0".repeat(64)), Lines.of(text));
    }

    /** Each response's writer, "-" for one the page does not name. */
    static List<String> writers(BlogPost post) {
        return post.responses().stream().map(r -> r.writer() == null ? "-" : r.writer()).toList();
    }

    /** Each response's first word: where the reader took it to start. */
    static List<String> openings(BlogPost post) {
        return post.responses().stream().map(r -> r.text().split("\\s+")[0]).toList();
    }
}
