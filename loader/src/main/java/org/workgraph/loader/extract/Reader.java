package org.workgraph.loader.extract;

import org.workgraph.loader.acts.LearnedActs;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.SignalDigest;

/** Reads any parsed document for what its layout does not say outright. The package's entry point. */
public final class Reader {
    private final ThreadReader threads;
    private final MentionFinder mentions;

    /** Reads with the rules alone. */
    public Reader() {
        this(MentionRecogniser.NONE);
    }

    /**
     * @param recogniser a second opinion on the people and organisations a page names, beside the rules
     *                   ({@link MentionRecogniser#NONE}: the rules alone; {@link LearnedMentions#shipped()}: the learned
     *                   recogniser, docs/extraction.md "A learned recogniser of names")
     */
    public Reader(MentionRecogniser recogniser) {
        this.threads = new ThreadReader(recogniser);
        this.mentions = new MentionFinder(recogniser);
    }

    public Reading read(Document doc) {
        if (doc instanceof BlogPost post) {
            Reading thread = threads.read(post);
            String writer = post.author() != null ? post.author()
                    : thread.of(Finding.Relation.AUTHOR).stream().map(Finding::name).findFirst().orElse(null);
            return new Reading(thread.findings(), LearnedActs.forLoader(post, writer));
        }
        if (doc instanceof SignalDigest digest) return new Reading(mentions.inDigest(digest));
        return Reading.EMPTY;
    }
}
