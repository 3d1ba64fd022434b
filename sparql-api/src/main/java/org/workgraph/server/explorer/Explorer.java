package org.workgraph.server.explorer;

import java.time.Duration;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.vocabulary.RDF;
import org.workgraph.ontology.WG;
import org.workgraph.server.linkeddata.IriSpace;
import org.workgraph.server.linkeddata.ResourceView;
import org.workgraph.server.query.Kinds;
import org.workgraph.server.federation.Federation;
import org.workgraph.server.query.QueryRunner;
import org.workgraph.server.read.AnalystViews;
import org.workgraph.server.read.ReadModel;
import org.workgraph.server.search.TextSearch;

/**
 * The web explorer: pages for people who would rather read than write SPARQL. The home page, search and the
 * query page have paths of their own; a document, response, person, idea or signal is shown at its IRI's
 * path under /id/, where browsers get the explorer's page and linked-data clients the same resource as RDF.
 */
public final class Explorer implements ResourceView {
    private final HomePage home;
    private final SearchPage search;
    private final QueryPage query;
    private final DocumentPage document;
    private final ResponsePage response;
    private final PersonPage person;
    private final IdeaPage idea;
    private final SignalPage signal;
    private final PersonActsPage personActs;
    private final IdeaTimelinePage ideaTimeline;
    private final UnansweredQuestionsPage unanswered;
    private final DisputedPostsPage disputed;
    private final DiscussedSignalsPage discussed;

    public Explorer(QueryRunner queries, ReadModel reads, IriSpace iris, Duration timeout, Federation federation) {
        Links links = new Links(iris);
        AnalystViews views = new AnalystViews(queries);
        this.home = new HomePage(queries, reads, links);
        this.search = new SearchPage(queries, new TextSearch(queries), links);
        this.query = new QueryPage(queries, timeout, ExampleQueries.load(), links, federation);
        this.document = new DocumentPage(queries, reads, links);
        this.response = new ResponsePage(queries, reads, links, document);
        this.person = new PersonPage(queries, reads, links);
        this.idea = new IdeaPage(queries, links);
        this.signal = new SignalPage(queries, views, links);
        this.personActs = new PersonActsPage(queries, reads, views, links);
        this.ideaTimeline = new IdeaTimelinePage(views, links);
        this.unanswered = new UnansweredQuestionsPage(queries, views, links);
        this.disputed = new DisputedPostsPage(queries, views, links);
        this.discussed = new DiscussedSignalsPage(queries, views, links);
    }

    /** Adds the explorer's own paths to a server. */
    public void register(FusekiServer.Builder b) {
        b.addServlet("", new ExplorerServlet(this)); // "" is the servlet mapping of the root path alone
        b.addServlet(ExplorerServlet.SEARCH, new ExplorerServlet(this));
        b.addServlet(ExplorerServlet.QUERY, new ExplorerServlet(this));
        b.addServlet(ExplorerServlet.ASSETS + "*", new ExplorerServlet(this));
        for (String view : new String[] {ExplorerServlet.UNANSWERED, ExplorerServlet.DISPUTED, ExplorerServlet.DISCUSSED}) {
            b.addServlet(view, new ExplorerServlet(this));
        }
        b.addServlet(ExplorerServlet.PEOPLE + "*", new ExplorerServlet(this));
        b.addServlet(ExplorerServlet.IDEAS + "*", new ExplorerServlet(this));
    }

    String home() { return home.render(); }

    String search(String q) { return search.render(q); }

    QueryPage.Answer query(String text, String example) { return query.render(text, example); }

    String unansweredQuestions(Pager pager) { return unanswered.render(pager); }

    String disputedPosts(Pager pager) { return disputed.render(pager); }

    String discussedSignals(Pager pager) { return discussed.render(pager); }

    /** A person's acts, or null when the key names no person. */
    String personActs(String key) { return key == null ? null : personActs.render(key); }

    /** An idea's timeline, or null when the key names no idea. */
    String ideaTimeline(String key) { return key == null ? null : ideaTimeline.render(key); }

    /** The explorer's page for a resource of a kind it knows, or null for the generic description page. */
    @Override
    public String html(Node resource, Graph description) {
        Set<String> types = description.find(resource, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isURI).mapWith(Node::getURI).toSet();
        String kind = Kinds.of(types);
        if (kind == null) return null;
        try {
            return switch (kind) {
                case "BlogPost", "SignalDigest", "Document" -> document.render(resource, kind);
                case "Reply", "Comment", "Pingback", "Reblog", "Response" -> responseOn(resource, description);
                case "Person" -> person.render(resource);
                case "Idea" -> idea.render(resource);
                case "ChangeSignal", "Concern", "Behavior", "Technology", "Issue", "Signal" -> signal.render(resource, kind);
                default -> null;
            };
        } catch (QueryCancelledException tooSlow) {
            return null; // the plain description, already built, is better than nothing
        }
    }

    private String responseOn(Node resource, Graph description) {
        var docs = description.find(resource, WG.onDocument.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        return docs.isEmpty() ? null : response.render(resource, docs.get(0));
    }
}
