package org.workgraph.loader.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.ResponseKind;
import org.workgraph.loader.text.Text;

/**
 * A thread given as comments with ids and parent ids (an export, a feed), put in the order its page shows it: each
 * comment followed by its replies, depth first, siblings oldest first. Positions are that order, so a post read from
 * its export and from its page numbers its responses alike.
 */
final class Threads {
    /** One comment as the source states it; {@code parent} is an id, or null for the post. */
    record Entry(String id, String parent, ResponseKind kind, String writer, LocalDate date, String sortKey, String html,
                 String sourceTitle, String sourceSite, int line) {}

    private Threads() {}

    /**
     * @param warnings told of each comment whose parent is not among the entries (deleted, unapproved, or never
     *                 exported): it is read as answering the post
     */
    static List<Response> order(List<Entry> entries, Consumer<String> warnings) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        for (Entry e : entries) byId.putIfAbsent(e.id(), e);
        Map<String, List<Entry>> children = new HashMap<>();
        List<Entry> roots = new ArrayList<>();
        for (Entry e : byId.values()) {
            if (e.parent() != null && byId.containsKey(e.parent()) && !e.parent().equals(e.id())) {
                children.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            } else {
                if (e.parent() != null) warnings.accept("comment " + e.id() + (e.line() > 0 ? " (line " + e.line() + ")" : "")
                        + " answers comment " + e.parent() + ", which is not in the file: read as answering the post");
                roots.add(e);
            }
        }
        Comparator<Entry> order = Comparator.comparing(Entry::sortKey, Comparator.nullsLast(Comparator.naturalOrder()));
        List<Response> out = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        roots.sort(order);
        // Depth first without recursion: a hostile file may nest thousands deep.
        java.util.Deque<Entry> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) stack.push(roots.get(i));
        java.util.Set<String> seen = new java.util.HashSet<>();
        drain(stack, seen, position, children, order, out);
        for (Entry e : byId.values()) {
            if (seen.contains(e.id())) continue;
            // Parents that answer each other in a loop: none reaches the post, so read the first as answering it.
            warnings.accept("comment " + e.id() + " is in a loop of replies: read as answering the post");
            stack.push(new Entry(e.id(), null, e.kind(), e.writer(), e.date(), e.sortKey(), e.html(), e.sourceTitle(), e.sourceSite(), e.line()));
            drain(stack, seen, position, children, order, out);
        }
        return out;
    }

    private static void drain(java.util.Deque<Entry> stack, java.util.Set<String> seen, Map<String, Integer> position,
                              Map<String, List<Entry>> children, Comparator<Entry> order, List<Response> out) {
        while (!stack.isEmpty()) {
            Entry e = stack.pop();
            if (!seen.add(e.id())) continue;
            Integer parent = e.parent() == null ? null : position.get(e.parent());
            int pos = out.size() + 1;
            position.put(e.id(), pos);
            ResponseKind kind = e.kind() != ResponseKind.COMMENT ? e.kind() : parent == null ? ResponseKind.COMMENT : ResponseKind.REPLY;
            out.add(new Response(pos, null, kind, kind == ResponseKind.PINGBACK ? null : e.writer(), parent, e.date(),
                    Text.normalizeSpace(Markup.textOfHtml(e.html())), e.sourceTitle(), e.sourceSite(), e.line()));
            List<Entry> kids = children.getOrDefault(e.id(), new ArrayList<>());
            kids.sort(order);
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
    }
}
