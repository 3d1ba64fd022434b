package org.workgraph.loader.generate;

import java.nio.file.Path;

/**
 * What a generator run wrote, counted as the loader should find it: every response, every reply (a comment
 * nested under another), the replies nested two levels down, every pingback and digest row.
 */
public record GeneratedCorpus(Path folder, long seed, int blogPosts, int digests, int responses, int comments, int replies,
                              int deepReplies, int pingbacks, int reblogs, int signals, long bytes) {
    public int documents() { return blogPosts + digests; }

    public String summary() {
        return String.format("Wrote %d documents (%d blog posts, %d signal digests) to %s: %d responses (%d comments, %d replies of which %d"
                + " nested twice, %d pingbacks, %d reblogs), %d digest rows, %.1f MB; seed %d",
                documents(), blogPosts, digests, folder, responses, comments, replies, deepReplies, pingbacks, reblogs, signals,
                bytes / 1e6, seed);
    }
}
