package org.workgraph.loader.detect;

/** The kinds of document the loader reads. */
public enum DocumentKind { BLOG_POST, SIGNAL_DIGEST }
