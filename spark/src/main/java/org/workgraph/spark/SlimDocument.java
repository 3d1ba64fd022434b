package org.workgraph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.workgraph.loader.discussion.DiscussionParts;
import org.workgraph.loader.ideas.DocumentPhrases;
import org.workgraph.loader.ideas.IdeaTimeline;

/**
 * What the graphs derived across documents need of one document, and nothing more (not its N-Quads, the larger
 * part): kept apart from the document once it is read, so that the passes computing the derived graphs read this
 * small copy instead of the whole document again.
 *
 * @param phrases     its candidate phrases for the ideas graph; null when it has none
 * @param aliases     the spellings of people's and organisations' names it gives ({@code wg:alias}), for the people graph
 * @param discussion  its posts', responses' and signals' texts, for the discussions graph
 * @param appearances for each of its resources (the document, each response), the document where an idea linked
 *                    from it appears, with its stated date: for the timeline graph
 */
record SlimDocument(DocumentPhrases phrases, List<Alias> aliases, DiscussionParts.DocumentInputs discussion,
        Map<String, Seen> appearances) implements Serializable {

    record Alias(String person, String spelling) implements Serializable {}

    /** An {@link IdeaTimeline.Appearance} as plain strings: the document's IRI, its stated date or null. */
    record Seen(String document, String date) implements Serializable {
        static Seen of(IdeaTimeline.Appearance a) {
            return new Seen(a.document().getURI(), a.date() == null ? null : a.date().toString());
        }

        IdeaTimeline.Appearance appearance() {
            return new IdeaTimeline.Appearance(NodeFactory.createURI(document), date == null ? null : LocalDate.parse(date));
        }

        /** The earlier of two, by the timeline's own order. */
        static Seen earlier(Seen a, Seen b) {
            IdeaTimeline.Appearance first = a.appearance();
            return IdeaTimeline.earlier(first, b.appearance()) == first ? a : b;
        }
    }
}
