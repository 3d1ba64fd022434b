package org.workgraph.server.explorer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.workgraph.server.read.ReadModel;

/**
 * A document's responses as a conversation: each response under the one it answers. Responses that answer
 * the document itself, or something not on this page, start a branch of their own. Built once per page from
 * one query's rows; a cycle in bad data cannot loop (each response is placed once).
 */
final class Conversation {
    /** A response and the answers to it, in page order. */
    record Branch(ReadModel.Response item, int depth, List<Branch> answers) {}

    private final List<Branch> roots;
    private final List<Branch> inOrder;

    private Conversation(List<Branch> roots, List<Branch> inOrder) {
        this.roots = roots;
        this.inOrder = inOrder;
    }

    /** Who wrote a response, as a reader would name them. */
    static String who(ReadModel.Response r) {
        if (r.creator() != null && r.creator().label() != null) return r.creator().label();
        if (r.sourceSite() != null) return r.sourceSite();
        return "someone unnamed";
    }

    static Conversation of(List<ReadModel.Response> items) {
        Map<String, ReadModel.Response> byIri = new LinkedHashMap<>();
        for (ReadModel.Response i : items) byIri.put(i.iri(), i);
        Map<String, List<ReadModel.Response>> children = new LinkedHashMap<>();
        List<ReadModel.Response> top = new ArrayList<>();
        for (ReadModel.Response i : items) {
            if (i.parent() != null && byIri.containsKey(i.parent()) && !i.parent().equals(i.iri())) {
                children.computeIfAbsent(i.parent(), k -> new ArrayList<>()).add(i);
            } else {
                top.add(i);
            }
        }
        Set<String> placed = new HashSet<>();
        List<Branch> inOrder = new ArrayList<>();
        List<Branch> roots = new ArrayList<>();
        for (ReadModel.Response i : top) roots.add(branch(i, 0, children, placed, inOrder));
        // Whatever a cycle left unplaced still shows, at the top level.
        for (ReadModel.Response i : items) if (!placed.contains(i.iri())) roots.add(branch(i, 0, children, placed, inOrder));
        return new Conversation(List.copyOf(roots), List.copyOf(inOrder));
    }

    private static Branch branch(ReadModel.Response item, int depth, Map<String, List<ReadModel.Response>> children, Set<String> placed,
                                 List<Branch> inOrder) {
        placed.add(item.iri());
        List<Branch> answers = new ArrayList<>();
        Branch b = new Branch(item, depth, answers);
        inOrder.add(b);
        for (ReadModel.Response c : children.getOrDefault(item.iri(), List.of())) {
            if (!placed.contains(c.iri())) answers.add(branch(c, depth + 1, children, placed, inOrder));
        }
        return b;
    }

    List<Branch> roots() { return roots; }

    /** Every branch, depth first in page order: the order the conversation reads in. */
    List<Branch> inOrder() { return inOrder; }

    boolean isEmpty() { return inOrder.isEmpty(); }
}
