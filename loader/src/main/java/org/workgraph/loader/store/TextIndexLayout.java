package org.workgraph.loader.store;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * What the full-text index holds: one Lucene document per indexed triple, in one of two fields.
 * <ul>
 * <li>{@value #TEXT_FIELD}: running text — documents' and responses' {@code sioc:content}, digests'
 * summaries and the text columns of signal rows. It is the default field of {@code text:query}.</li>
 * <li>{@value #LABEL_FIELD}: every kind of label — {@code rdfs:label}, titles, names, aliases, SKOS labels.</li>
 * </ul>
 * A query names a field through any one of its predicates: {@code text:query (rdfs:label "x")} searches every
 * label, {@code text:query (sioc:content rdfs:label "x")} searches everything. Words are analysed as English
 * (lower-cased, stop words dropped, stemmed). Values are stored so that hits can carry a highlighted snippet.
 */
public final class TextIndexLayout {
    public static final String TEXT_FIELD = "text";
    public static final String LABEL_FIELD = "label";

    /** Predicates whose objects are running text, indexed in {@value #TEXT_FIELD}; the first names the field. */
    public static final List<Node> TEXT_PREDICATES = List.of(Vocab.siocContent.asNode(), WG.summary.asNode(),
            DCTerms.description.asNode(), WG.change.asNode(), WG.tenYearOutlook.asNode(), WG.drivingForce.asNode());

    /** Predicates whose objects are labels or names, indexed in {@value #LABEL_FIELD}; the first names the field. */
    public static final List<Node> LABEL_PREDICATES = List.of(RDFS.label.asNode(), DCTerms.title.asNode(),
            FOAF.name.asNode(), WG.alias.asNode(), SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(),
            WG.sourceTitle.asNode());

    // Lucene field names for what jena-text keeps beside the text. The uid lets a deleted triple remove exactly
    // its own Lucene document (without it, deletes are ignored and a replaced graph leaves stale hits); the
    // graph field keeps the same text in two graphs apart, so removing one graph does not remove the other's.
    static final String ENTITY_FIELD = "uri";
    static final String GRAPH_FIELD = "graph";
    static final String UID_FIELD = "uid";
    static final String LANG_FIELD = "lang";

    private TextIndexLayout() {}

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, GRAPH_FIELD);
        TEXT_PREDICATES.forEach(p -> def.set(TEXT_FIELD, p));
        LABEL_PREDICATES.forEach(p -> def.set(LABEL_FIELD, p));
        def.setUidField(UID_FIELD);
        def.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(def);
        // English stemming: a search for "apprenticeship" finds "apprenticeships". Changing the analyzer
        // changes what the index holds: rebuild it (kg reindex) after changing this.
        config.setAnalyzer(new EnglishAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
