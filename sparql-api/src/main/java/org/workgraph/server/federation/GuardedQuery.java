package org.workgraph.server.federation;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;

/**
 * Fuseki's query processor for a dataset, with the federation check after parsing: Fuseki calls
 * {@code validateQuery} before it opens a transaction or runs anything, and turns the error raised here into
 * a 400 with the message as its body. Every query endpoint of the dataset (and the dataset URL itself) goes
 * through it, GET or POST, form or body.
 */
final class GuardedQuery extends SPARQL_QueryDataset {
    private final Federation federation;

    GuardedQuery(Federation federation) {
        this.federation = federation;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        try {
            federation.checkQuery(query, SPARQLProtocol.getDatasetDescription(action, query), action.getDataset());
        } catch (Federation.Refused refused) {
            ServletOps.errorBadRequest(refused.getMessage());
        }
    }
}
