package org.workgraph.server.federation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update processor, with the federation check before anything runs. Fuseki parses and runs an
 * update in one streaming pass with no hook in between, so the body is read first (it is already bounded by
 * the server's request size limit), parsed with the base Fuseki uses (so a relative {@code LOAD} is checked as
 * the URL Fuseki would fetch), checked, and only then handed to Fuseki. A body that does not parse is handed
 * on unchecked: Fuseki answers it with its own parse error and runs nothing.
 */
final class GuardedUpdate extends SPARQL_Update {
    private final Federation federation;

    GuardedUpdate(Federation federation) {
        this.federation = federation;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
        } catch (QueryParseException | UpdateException notAnUpdate) {
            // Fuseki reports it below.
        }
        if (request != null) {
            List<String> using = new ArrayList<>();
            for (String p : new String[] {HttpNames.paramUsingGraphURI, HttpNames.paramUsingNamedGraphURI}) {
                String[] values = action.getRequest().getParameterValues(p);
                if (values != null) using.addAll(List.of(values));
            }
            try {
                federation.checkUpdate(request, using, action.getDataset());
            } catch (Federation.Refused refused) {
                ServletOps.errorBadRequest(refused.getMessage());
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
