// Full-text search through SPARQL from JavaScript (Node 18+ or a browser: the endpoint allows cross-origin reads).
//   node data/clients/search.mjs economy [http://localhost:3030/workgraph/sparql]
const [word = "economy", endpoint = "http://localhost:3030/workgraph/sparql"] = process.argv.slice(2);
const query = `
PREFIX text: <http://jena.apache.org/text#>
PREFIX sioc: <http://rdfs.org/sioc/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
# One row per resource: a resource matches once per indexed text (its content, its label...).
SELECT ?s (MAX(?hit) AS ?score) (SAMPLE(?l) AS ?label) WHERE {
  (?s ?hit) text:query (sioc:content rdfs:label ${JSON.stringify(word)} 50) .
  OPTIONAL { ?s rdfs:label ?l }
} GROUP BY ?s ORDER BY DESC(?score) LIMIT 10`;
const response = await fetch(endpoint, {
  method: "POST",
  headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json" },
  body: new URLSearchParams({ query }),
});
if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
const { results } = await response.json();
for (const row of results.bindings) {
  console.log(Number(row.score.value).toFixed(2), row.s.value, row.label?.value ?? "");
}
