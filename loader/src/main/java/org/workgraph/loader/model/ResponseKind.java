package org.workgraph.loader.model;

/** What a response is, as its page shows it. */
public enum ResponseKind {
    /** A comment on the post. */
    COMMENT,
    /** A comment answering another response (nested under it, or its post's writer answering it by name). */
    REPLY,
    /** "Pingback: TITLE | SITE": another site's post linked here. */
    PINGBACK,
    /** "Reblogged this on SITE": another site republished the post. */
    REBLOG
}
