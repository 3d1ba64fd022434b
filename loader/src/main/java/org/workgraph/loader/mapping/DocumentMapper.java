package org.workgraph.loader.mapping;

import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.vocabulary.SKOS;
import org.workgraph.loader.acts.Act;
import org.workgraph.loader.acts.ActFinding;
import org.workgraph.loader.extract.Finding;
import org.workgraph.loader.extract.Reading;
import org.workgraph.loader.extract.Span;
import org.workgraph.loader.identity.Names;
import org.workgraph.loader.model.BlogPost;
import org.workgraph.loader.model.Document;
import org.workgraph.loader.model.Response;
import org.workgraph.loader.model.SignalDigest;
import org.workgraph.loader.model.SignalRow;
import org.workgraph.loader.model.Source;
import org.workgraph.loader.text.Text;
import org.workgraph.ontology.Ontology;
import org.workgraph.ontology.Vocab;
import org.workgraph.ontology.WG;

/**
 * Turns one parsed document into the quads of its named graph. Mapping knows nothing of text layout;
 * every fact it writes is one the document model states. Types are written with all their superclasses.
 */
public final class DocumentMapper {
    private static final int LABEL_LENGTH = 80;

    private final Ontology ontology;
    private final Iris iris;

    public DocumentMapper(Ontology ontology, Iris iris) {
        this.ontology = ontology;
        this.iris = iris;
    }

    public Iris iris() { return iris; }

    /** The graph a document's quads go to. */
    public Node graphOf(Document doc) { return iris.documentGraph(doc.source()); }

    /** The document's own IRI. */
    public Node nodeOf(Document doc) { return iris.document(doc.source()); }

    /** Sends the document's quads to {@code out}, all in the document's graph, dropping any warnings (benchmarks). */
    public void map(Document doc, Reading reading, StreamRDF out) {
        map(doc, reading, out, warning -> {});
    }

    /**
     * Sends the document's quads to {@code out}, all in the document's graph. What it leaves out, such as a
     * "name" that is no person's name, is told to {@code warnings} (the load report), one line each.
     */
    public void map(Document doc, Reading reading, StreamRDF out, java.util.function.Consumer<String> warnings) {
        Emitter e = new Emitter(out, graphOf(doc), warnings);
        Source source = doc.source();
        String file = source.fileName();
        Node d = iris.document(source);
        e.literal(d, WG.sourceFile, file);
        e.literal(d, WG.sha256, source.sha256());
        if (source.url() != null && isAbsoluteIri(source.url())) {
            // The address the page was read from: where to find it again, and what this graph was derived from.
            Node url = NodeFactory.createURI(source.url());
            e.node(d, Vocab.schemaUrl, url);
            e.node(d, Vocab.provWasDerivedFrom, url);
        }
        if (source.captured() != null) {
            e.node(d, Vocab.provGeneratedAtTime, NodeFactory.createLiteralDT(source.captured().toString(), XSDDatatype.XSDdateTime));
        }
        e.literal(d, DCTerms.title, doc.title());
        e.literal(d, RDFS.label, doc.title() != null ? doc.title() : file);
        if (doc instanceof BlogPost post) mapPost(post, reading, d, e);
        else if (doc instanceof SignalDigest digest) mapDigest(digest, d, e);
        mapFindings(doc, reading, d, e);
    }

    /**
     * What the reading adds: inferred authors, resolved writers, addresses and mentions, each with an
     * evidence node that says which words (W3C Web Annotation selectors) and which rule it rests on.
     */
    private void mapFindings(Document doc, Reading reading, Node d, Emitter e) {
        Source file = doc.source();
        int n = 0;
        for (Finding f : reading.findings()) {
            Node subject = f.unit() == 0 ? d : iris.response(file, f.unit());
            Node entity = entity(f, e);
            if (entity == null) continue; // not a person's name: said in the report
            Property p = switch (f.relation()) {
                case AUTHOR, WRITER -> DCTerms.creator;
                case ADDRESSES -> WG.addresses;
                case MENTIONS -> Vocab.schemaMentions;
            };
            e.node(subject, p, entity);
            evidence(iris.evidence(file, ++n), subject, p.asNode(), entity, f.method(), f.evidence(), doc, d, e);
            if ((f.entity() != Finding.Entity.WORK && !Names.key(f.written()).equals(Names.key(f.name()))
                    || f.written().startsWith("@")) && (f.entity() != Finding.Entity.PERSON || isName(f.written()))) {
                // An identity merge: this spelling was read as that person. Say where.
                evidence(iris.evidence(file, ++n), entity, WG.alias.asNode(), NodeFactory.createLiteralString(f.written()),
                        "'" + f.written() + "' read as " + f.name() + ": " + f.method(), f.evidence(), doc, d, e);
            }
        }
        // Discourse acts: wg:mainAct (one per response) and wg:act (every act, the main one too), each with its evidence.
        java.util.Set<Act> used = java.util.EnumSet.noneOf(Act.class);
        for (ActFinding a : reading.acts()) {
            Node response = iris.response(file, a.unit());
            Node act = WG.responseAct(a.act().notation()).asNode();
            if (used.add(a.act())) {
                e.type(act, WG.ResponseAct);
                e.node(act, SKOS.inScheme, WG.ResponseActs.asNode());
                e.node(act, SKOS.notation, NodeFactory.createLiteralString(a.act().notation()));
            }
            if (a.main()) {
                e.node(response, WG.mainAct, act);
                evidence(iris.evidence(file, ++n), response, WG.mainAct.asNode(), act, a.method(), a.evidence(), doc, d, e);
            }
            e.node(response, WG.act, act);
            evidence(iris.evidence(file, ++n), response, WG.act.asNode(), act, a.method(), a.evidence(), doc, d, e);
            n = relation(doc, reading, a, response, d, n, e);
        }
    }

    /**
     * What a main act takes up, as a link: wg:answers, wg:asks, wg:agreesWith, wg:disagreesWith from the response to the post
     * or response, and from its writer to theirs when both are known and are two people. Returns the evidence count.
     */
    private int relation(Document doc, Reading reading, ActFinding a, Node response, Node d, int n, Emitter e) {
        if (!a.main() || a.target() == null || !(doc instanceof BlogPost post)) return n;
        Property p = switch (a.act()) {
            case ANSWER -> WG.answers;
            case QUESTION -> WG.asks;
            case AGREEMENT -> WG.agreesWith;
            case DISAGREEMENT -> WG.disagreesWith;
            default -> null;
        };
        if (p == null) return n;
        Source source = doc.source();
        Node target = a.target() == 0 ? d : iris.response(source, a.target());
        e.node(response, p, target);
        evidence(iris.evidence(source, ++n), response, p.asNode(), target, a.method(), a.evidence(), doc, d, e);
        String from = writerOf(post, reading, a.unit());
        String to = writerOf(post, reading, a.target());
        if (from != null && to != null && isName(from) && isName(to) && !Names.key(from).equals(Names.key(to))) {
            Node fromPerson = person(from, "the writer of response " + a.unit(), e);
            Node toPerson = person(to, a.target() == 0 ? "the post's writer" : "the writer of response " + a.target(), e);
            if (fromPerson != null && toPerson != null) {
                e.node(fromPerson, p, toPerson);
                evidence(iris.evidence(source, ++n), fromPerson, p.asNode(), toPerson,
                        from + " wrote response " + a.unit() + " and " + to + (a.target() == 0 ? " the post" : " response " + a.target()) + "; " + a.method(),
                        a.evidence(), doc, d, e);
            }
        }
        return n;
    }

    /** The writer of a unit (0: the post) as the page or the reading names them, or null. */
    private static String writerOf(BlogPost post, Reading reading, int unit) {
        Finding.Relation relation = unit == 0 ? Finding.Relation.AUTHOR : Finding.Relation.WRITER;
        for (Finding f : reading.of(relation)) if (f.unit() == unit) return f.name();
        if (unit == 0) return post.author();
        return unit <= post.responses().size() ? post.responses().get(unit - 1).writer() : null;
    }

    private Node entity(Finding f, Emitter e) {
        return switch (f.entity()) {
            case PERSON -> {
                Node p = person(f.name(), f.relation().name().toLowerCase(java.util.Locale.ROOT) + " read in the text", e);
                if (p != null) {
                    e.literal(p, WG.alias, Names.clean(f.name()));
                    if (isName(f.written())) e.literal(p, WG.alias, Text.normalizeSpace(f.written()));
                }
                yield p;
            }
            case ORGANIZATION -> {
                Node o = iris.organization(f.name());
                e.node(o, RDF.type, FOAF.Organization.asNode());
                e.literal(o, WG.alias, Text.normalizeSpace(f.written()));
                yield o;
            }
            case WORK -> {
                Node w = iris.work(f.name());
                e.type(w, Vocab.schemaCreativeWork);
                e.literal(w, DCTerms.title, f.name());
                e.literal(w, RDFS.label, f.name());
                yield w;
            }
        };
    }

    /**
     * Evidence whose quotes lie in units of the document: unit 0 is the document's own text; in a post, unit k is
     * its k-th response; in a digest, unit k is its k-th row (in {@link SignalDigest#rows()} order), whose
     * {@code sioc:content} is {@link SignalRow#text()}.
     */
    private void evidence(Node node, Node s, Node p, Node o, String method, List<Span> spans, Document doc, Node d, Emitter e) {
        Source file = doc.source();
        e.evidence.write(node, s, p, o, method, spans, span -> span.unit() == 0 ? d
                : doc instanceof SignalDigest digest && span.unit() <= digest.rows().size() ? iris.signal(file, digest.rows().get(span.unit() - 1))
                : iris.response(file, span.unit()));
    }

    private void mapPost(BlogPost post, Reading reading, Node d, Emitter e) {
        Source file = post.source();
        Map<Integer, Finding> resolvedWriters = new HashMap<>();
        for (Finding f : reading.of(Finding.Relation.WRITER)) resolvedWriters.put(f.unit(), f);
        e.type(d, WG.BlogPost);
        person(d, DCTerms.creator, post.author(), "the post's byline", e);
        e.date(d, DCTerms.created, post.published());
        for (String c : post.categories()) e.literal(d, WG.category, c);
        e.integer(d, WG.claimedResponseCount, post.claimedResponseCount());
        e.literal(d, Vocab.siocContent, emptyToNull(post.body()));
        for (Response r : post.responses()) {
            Node n = iris.response(file, r.position());
            e.type(n, switch (r.kind()) {
                case COMMENT -> WG.Comment;
                case REPLY -> WG.Reply;
                case PINGBACK -> WG.Pingback;
                case REBLOG -> WG.Reblog;
            });
            e.node(n, WG.onDocument, d);
            e.node(n, Vocab.siocReplyOf, r.replyTo() == null ? d : iris.response(file, r.replyTo()));
            e.integer(n, WG.position, r.position());
            e.literal(n, WG.pageLabel, r.label());
            // A writer the reading resolved ("Dee" → "Dee Ray") is linked with the findings; keep the header's spelling.
            Finding resolved = resolvedWriters.get(r.position());
            String header = "line " + r.line() + ": response " + r.position() + "'s header";
            if (resolved == null) person(n, DCTerms.creator, r.writer(), header, e);
            else if (isName(resolved.name()) && isName(r.writer())) {
                e.literal(iris.person(resolved.name()), WG.alias, Text.normalizeSpace(r.writer()));
            }
            e.date(n, DCTerms.created, r.date());
            e.literal(n, Vocab.siocContent, emptyToNull(r.text()));
            e.literal(n, RDFS.label, r.text().isEmpty() ? "response " + r.position() : Text.firstWords(r.text(), LABEL_LENGTH));
            e.literal(n, WG.sourceTitle, r.sourceTitle());
            e.literal(n, WG.sourceSite, r.sourceSite());
            e.integer(n, WG.sourceLine, r.line());
        }
    }

    private void mapDigest(SignalDigest digest, Node d, Emitter e) {
        Source file = digest.source();
        e.type(d, WG.SignalDigest);
        // A digest's writer is linked as a post's is: the same property, so "who wrote what" reads both alike.
        person(d, DCTerms.creator, digest.author(), "the digest's byline", e);
        e.date(d, DCTerms.created, digest.published());
        for (String c : digest.categories()) e.literal(d, WG.category, c);
        e.literal(d, WG.summary, digest.summary());
        e.literal(d, Vocab.siocContent, digest.content());
        e.literal(d, WG.sourcePage, digest.sourcePage());
        if (digest.article() != null && digest.article().title() != null) {
            Node a = iris.work(digest.article().title());
            e.node(d, DCTerms.source, a);
            e.type(a, Vocab.schemaCreativeWork);
            e.literal(a, DCTerms.title, digest.article().title());
            e.literal(a, RDFS.label, digest.article().title());
            person(a, DCTerms.creator, digest.article().author(), "the digest's article author", e);
        }
        for (SignalRow row : digest.rows()) {
            Node s = iris.signal(file, row);
            e.type(s, switch (row.table()) {
                case SIGNALS -> WG.ChangeSignal;
                case CONCERNS -> WG.Concern;
                case BEHAVIORS -> WG.Behavior;
                case TECHNOLOGIES -> WG.Technology;
                case ISSUES -> WG.Issue;
            });
            e.node(s, WG.inDigest, d);
            e.literal(s, RDFS.label, row.name());
            e.literal(s, DCTerms.description, row.description());
            // The row's text as one string, so evidence offsets (ideas found in a row) have a text to refer to.
            e.literal(s, Vocab.siocContent, row.text());
            e.literal(s, WG.change, row.change());
            e.literal(s, WG.tenYearOutlook, row.tenYear());
            e.literal(s, WG.drivingForce, row.drivingForce());
            e.integer(s, WG.relevancy, row.relevancy());
            e.literal(s, WG.table, row.heading());
            e.integer(s, WG.rowNumber, row.rowNumber());
            e.integer(s, WG.sourceLine, row.line());
        }
    }

    /** Links to a person by the name as written; their canonical foaf:name is settled across all graphs. */
    private void person(Node subject, Property p, String writtenName, String where, Emitter e) {
        if (writtenName == null || writtenName.isBlank()) return;
        Node person = person(writtenName, where, e);
        if (person == null) return;
        e.node(subject, p, person);
        e.literal(person, WG.alias, Text.normalizeSpace(writtenName));
    }

    /**
     * The gate every name passes before it becomes a person: a header, a byline, an article's author and a
     * name read in the text alike. A name {@link Names#whyNotAName} refuses mints no person and no IRI; the
     * document still loads, and the warning says what was skipped and why.
     */
    private Node person(String name, String where, Emitter e) {
        java.util.Optional<String> why = Names.whyNotAName(name);
        if (why.isPresent()) {
            e.warnings.accept(where + ": skipped '" + shown(name) + "' as a person's name: " + why.get());
            return null;
        }
        Node person = iris.person(name);
        e.node(person, RDF.type, FOAF.Person.asNode());
        return person;
    }

    private static boolean isName(String written) { return Names.whyNotAName(written).isEmpty(); }

    /** The name as a warning may quote it: one line, control characters out, at most 60 characters. */
    private static String shown(String name) {
        String s = Text.normalizeSpace(name.replaceAll("[\\p{Cc}\\p{Cf}]", " "));
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** Only a well-formed absolute IRI becomes a node; a page's garbled link must not break the store's writes. */
    private static boolean isAbsoluteIri(String s) {
        try {
            return org.apache.jena.irix.IRIx.create(s).isAbsolute();
        } catch (org.apache.jena.irix.IRIException ex) {
            return false;
        }
    }

    private static String emptyToNull(String s) { return s == null || s.isEmpty() ? null : s; }

    /** Writes quads into one graph, skipping absent values. */
    private final class Emitter {
        private final StreamRDF out;
        private final Node graph;
        final Evidence evidence;
        final java.util.function.Consumer<String> warnings;

        Emitter(StreamRDF out, Node graph, java.util.function.Consumer<String> warnings) {
            this.out = out;
            this.graph = graph;
            this.warnings = warnings;
            this.evidence = new Evidence(out, graph);
        }

        void type(Node s, Resource cls) {
            for (Node c : ontology.withSuperClasses(cls.asNode())) node(s, RDF.type, c);
        }

        void node(Node s, Property p, Node o) { out.quad(Quad.create(graph, s, p.asNode(), o)); }


        void node(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }

        void literal(Node s, Property p, String value) {
            if (value != null) node(s, p, NodeFactory.createLiteralString(value));
        }

        void integer(Node s, Property p, Integer value) {
            if (value != null) node(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDinteger));
        }

        void date(Node s, Property p, LocalDate value) {
            if (value != null) node(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
        }
    }
}
