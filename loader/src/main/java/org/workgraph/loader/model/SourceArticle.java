package org.workgraph.loader.model;

/** The article a digest summarises: its title, and its author when the digest names one (else null). */
public record SourceArticle(String title, String author) {}
