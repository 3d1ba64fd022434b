package org.workgraph.loader.acts;

import java.util.Locale;

/**
 * The ten coarse discourse acts of the Coarse Discourse Sequence Corpus (Zhang, Culbertson and Paritosh, ICWSM 2017),
 * each named as that corpus names it ({@link #notation()}).
 */
public enum Act {
    QUESTION, ANSWER, ANNOUNCEMENT, AGREEMENT, APPRECIATION, DISAGREEMENT, NEGATIVE_REACTION, ELABORATION, HUMOR, OTHER;

    /** The act's name: "question", "negative-reaction", ... */
    public String notation() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
