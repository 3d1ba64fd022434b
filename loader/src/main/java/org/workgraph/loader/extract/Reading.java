package org.workgraph.loader.extract;

import java.util.List;

import org.workgraph.loader.acts.ActFinding;

/**
 * What a careful reading of one document adds to its layout: identities, addresses, authors, mentions, and the
 * discourse acts of its responses.
 */
public record Reading(List<Finding> findings, List<ActFinding> acts) {
    public static final Reading EMPTY = new Reading(List.of());

    public Reading {
        findings = List.copyOf(findings);
        acts = List.copyOf(acts);
    }

    public Reading(List<Finding> findings) {
        this(findings, List.of());
    }

    public List<Finding> of(Finding.Relation relation) {
        return findings.stream().filter(f -> f.relation() == relation).toList();
    }
}
