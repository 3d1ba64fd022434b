package org.workgraph.server.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * The one word the JSON API gives for what a resource is. Types are materialised (a reply is also a
 * comment, a response and a sioc:Post), so the most specific Workgraph class wins.
 */
public final class Kinds {
    /** Class IRI and kind name, most specific first; immutable. */
    private static final List<Map.Entry<String, String>> MOST_SPECIFIC_FIRST = build();

    private static List<Map.Entry<String, String>> build() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (Resource r : new Resource[] {WG.Reply, WG.Comment, WG.Pingback, WG.Reblog, WG.Response,
                WG.BlogPost, WG.SignalDigest, WG.Document, WG.ChangeSignal, WG.Concern, WG.Behavior, WG.Technology,
                WG.Issue, WG.Signal, WG.Idea}) {
            out.add(Map.entry(r.getURI(), r.getLocalName()));
        }
        out.add(Map.entry(Vocab.FOAF + "Person", "Person"));
        out.add(Map.entry(Vocab.FOAF + "Organization", "Organization"));
        out.add(Map.entry(Vocab.SCHEMA + "CreativeWork", "CreativeWork"));
        return List.copyOf(out);
    }

    private Kinds() {}

    /** The kind among the given type IRIs, or null when none is a Workgraph kind. */
    public static String of(Set<String> typeIris) {
        for (Map.Entry<String, String> e : MOST_SPECIFIC_FIRST) {
            if (typeIris.contains(e.getKey())) return e.getValue();
        }
        return null;
    }

    /** The kind from a space-separated list of type IRIs (as GROUP_CONCAT gives them). */
    public static String ofList(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) return null;
        return of(Set.of(spaceSeparated.trim().split("\\s+")));
    }
}
