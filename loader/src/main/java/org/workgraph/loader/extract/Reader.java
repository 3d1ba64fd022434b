package org.workgraph.loader.extract;

import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.SignalDigest;

/** Reads any parsed document for what its layout does not say outright. The package's entry point. */
public final class Reader {
    private final ThreadReader threads = new ThreadReader();
    private final MentionFinder mentions = new MentionFinder();

    public Reading read(Document doc) {
        if (doc instanceof BlogPost post) return threads.read(post);
        if (doc instanceof SignalDigest digest) return new Reading(mentions.inDigest(digest));
        return Reading.EMPTY;
    }
}
