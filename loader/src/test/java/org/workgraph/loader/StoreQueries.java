package org.workgraph.loader;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;

/** A SELECT over a loaded store for tests that ask what reached it, with the prefixes of the vocabulary it uses. */
public final class StoreQueries {
    private static final String PREFIXES = """
            PREFIX wg: <https://w3id.org/workgraph/ns#> PREFIX schema: <https://schema.org/> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX sioc: <http://rdfs.org/sioc/ns#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private StoreQueries() {}

    /** Every solution of {@code query} (prefixes added) over {@code ds}; call inside a read transaction. */
    public static List<QuerySolution> select(Dataset ds, String query) {
        List<QuerySolution> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            qe.execSelect().forEachRemaining(out::add);
        }
        return out;
    }
}
