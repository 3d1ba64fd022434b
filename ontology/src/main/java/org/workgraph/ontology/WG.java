package org.workgraph.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the Workgraph namespace ({@code wg:}), as declared in {@code workgraph.ttl}. */
public final class WG {
    public static final String NS = "https://w3id.org/workgraph/ns#";
    /** The ontology document itself, without the trailing '#'. */
    public static final String ONTOLOGY = "https://w3id.org/workgraph/ns";

    // Classes
    public static final Resource Document = r("Document");
    public static final Resource BlogPost = r("BlogPost");
    public static final Resource SignalDigest = r("SignalDigest");
    public static final Resource Response = r("Response");
    public static final Resource Comment = r("Comment");
    public static final Resource Reply = r("Reply");
    public static final Resource Pingback = r("Pingback");
    public static final Resource Reblog = r("Reblog");
    public static final Resource Idea = r("Idea");
    public static final Resource Signal = r("Signal");
    public static final Resource ChangeSignal = r("ChangeSignal");
    public static final Resource Concern = r("Concern");
    public static final Resource Behavior = r("Behavior");
    public static final Resource Technology = r("Technology");
    public static final Resource Issue = r("Issue");
    public static final Resource Evidence = r("Evidence");
    public static final Resource ResponseAct = r("ResponseAct");
    /** The concept scheme of the ten response acts. */
    public static final Resource ResponseActs = r("ResponseActs");

    // Properties
    public static final Property category = p("category");
    public static final Property claimedResponseCount = p("claimedResponseCount");
    public static final Property onDocument = p("onDocument");
    public static final Property position = p("position");
    public static final Property pageLabel = p("pageLabel");
    public static final Property addresses = p("addresses");
    public static final Property sourceTitle = p("sourceTitle");
    public static final Property sourceSite = p("sourceSite");
    public static final Property sourceLine = p("sourceLine");
    public static final Property alias = p("alias");
    public static final Property summary = p("summary");
    public static final Property sourcePage = p("sourcePage");
    public static final Property inDigest = p("inDigest");
    public static final Property table = p("table");
    public static final Property rowNumber = p("rowNumber");
    public static final Property change = p("change");
    public static final Property tenYearOutlook = p("tenYearOutlook");
    public static final Property drivingForce = p("drivingForce");
    public static final Property relevancy = p("relevancy");
    public static final Property sourceFile = p("sourceFile");
    public static final Property sha256 = p("sha256");
    public static final Property method = p("method");
    public static final Property mainAct = p("mainAct");
    public static final Property act = p("act");
    public static final Property answers = p("answers");
    public static final Property asks = p("asks");
    public static final Property agreesWith = p("agreesWith");
    public static final Property disagreesWith = p("disagreesWith");
    public static final Property discusses = p("discusses");
    public static final Property score = p("score");
    public static final Property firstSeenIn = p("firstSeenIn");
    public static final Property firstSeen = p("firstSeen");
    public static final Property firstSeenBasis = p("firstSeenBasis");

    /**
     * The concept of a response act by its name ({@code skos:notation}: "question", "negative-reaction", ...):
     * {@code wg:QuestionAct}, {@code wg:NegativeReactionAct}, ...
     */
    public static Resource responseAct(String notation) {
        StringBuilder local = new StringBuilder();
        for (String part : notation.split("-")) local.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        return r(local + "Act");
    }

    private WG() {}

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }
}
