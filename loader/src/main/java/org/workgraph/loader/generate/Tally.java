package org.workgraph.loader.generate;

/** Running counts of what one generator run has written; owned by that run alone. */
final class Tally {
    int blogPosts, digests, comments, replies, deepReplies, pingbacks, reblogs, signals;
    long bytes;

    int responses() { return comments + replies + pingbacks + reblogs; }
}
