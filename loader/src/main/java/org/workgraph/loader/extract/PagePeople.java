package org.workgraph.loader.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.workgraph.loader.identity.Names;
import org.workgraph.loader.text.Text;

/**
 * The people one page already knows by full name: writers of its responses, its author, its blog's
 * owner, people named in full in its text. A first name or @handle is resolved to one of them only when
 * exactly one of them carries it; two candidates mean no merge.
 */
final class PagePeople {
    private final Map<String, String> byKey = new LinkedHashMap<>();
    /** Folded first name → keys of the full names (two words or more) that start with it. */
    private final Map<String, Set<String>> byFirstName = new HashMap<>();
    /** Folded last name → keys of the full names (two words or more) that end with it. */
    private final Map<String, Set<String>> bySurname = new HashMap<>();

    void add(String name) {
        if (name == null) return;
        // A writer's name as a header printed it ("1. u/Ann Lee Avatar"): a first name in the text stands for Ann Lee.
        String clean = Names.clean(name);
        if (clean.isEmpty()) return;
        String key = Names.key(clean);
        // Keep the best-written spelling seen for a key ("Ann Lee" over "ann lee").
        byKey.merge(key, clean, (a, b) -> Names.canonical(List.of(a, b)).orElse(a));
        int space = clean.indexOf(' ');
        if (space > 0) {
            byFirstName.computeIfAbsent(Text.fold(clean.substring(0, space)), k -> new LinkedHashSet<>()).add(key);
            bySurname.computeIfAbsent(Text.fold(clean.substring(clean.lastIndexOf(' ') + 1)), k -> new LinkedHashSet<>()).add(key);
        }
    }

    boolean knows(String name) { return byKey.containsKey(Names.key(name)); }

    /** The one full name of this page that ends with the surname, if exactly one does. */
    Optional<String> resolveSurname(String surname) {
        Set<String> candidates = bySurname.getOrDefault(Text.fold(Names.clean(surname)), Set.of());
        return candidates.size() == 1 ? Optional.of(byKey.get(candidates.iterator().next())) : Optional.empty();
    }

    /** The full name a written name stands for on this page, if exactly one person fits. */
    Optional<String> resolve(String written) {
        String clean = Names.clean(written.startsWith("@") ? written.substring(1) : written);
        if (clean.isEmpty()) return Optional.empty();
        String exact = byKey.get(Names.key(clean));
        String first = Text.fold(clean);
        if (first.contains(" ")) return Optional.ofNullable(exact);
        // A first name (even one the page also shows alone, as a signature) is the one full name that starts with it.
        Set<String> candidates = byFirstName.getOrDefault(first, Set.of());
        if (candidates.size() == 1) return Optional.of(byKey.get(candidates.iterator().next()));
        return Optional.ofNullable(exact);
    }
}
