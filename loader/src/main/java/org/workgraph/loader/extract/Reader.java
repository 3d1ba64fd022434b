package org.workgraph.loader.extract;

import org.workgraph.loader.acts.ActReader;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.SignalDigest;

/** Reads any parsed document for what its layout does not say outright. The package's entry point. */
public final class Reader {
    private final ThreadReader threads = new ThreadReader();
    private final MentionFinder mentions = new MentionFinder();

    private final ActReader acts = new ActReader();

    public Reading read(Document doc) {
        if (doc instanceof BlogPost post) {
            Reading thread = threads.read(post);
            String writer = post.author() != null ? post.author()
                    : thread.of(Finding.Relation.AUTHOR).stream().map(Finding::name).findFirst().orElse(null);
            return new Reading(thread.findings(), acts.read(post, writer));
        }
        if (doc instanceof SignalDigest digest) return new Reading(mentions.inDigest(digest));
        return Reading.EMPTY;
    }
}
