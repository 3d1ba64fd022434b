package org.workgraph.loader.extract;

import java.util.List;

/** What a careful reading of one document adds to its layout: identities, addresses, authors, mentions. */
public record Reading(List<Finding> findings) {
    public static final Reading EMPTY = new Reading(List.of());

    public Reading {
        findings = List.copyOf(findings);
    }

    public List<Finding> of(Finding.Relation relation) {
        return findings.stream().filter(f -> f.relation() == relation).toList();
    }
}
