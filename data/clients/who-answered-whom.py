#!/usr/bin/env python3
"""Ask the Workgraph SPARQL endpoint who answered whom, with nothing but Python's standard library.

    python3 data/clients/who-answered-whom.py [http://localhost:3030/workgraph/sparql]
"""
import json
import sys
import urllib.parse
import urllib.request

ENDPOINT = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:3030/workgraph/sparql"
QUERY = """
PREFIX wg: <https://w3id.org/workgraph/ns#>
PREFIX sioc: <http://rdfs.org/sioc/ns#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT DISTINCT ?replier ?answered WHERE {
  ?reply a wg:Reply ; dcterms:creator/foaf:name ?replier ; sioc:reply_of/dcterms:creator/foaf:name ?answered .
  FILTER(?replier != ?answered)
} ORDER BY ?replier ?answered
"""

request = urllib.request.Request(
    ENDPOINT,
    data=urllib.parse.urlencode({"query": QUERY}).encode(),
    headers={"Accept": "application/sparql-results+json"},
)
with urllib.request.urlopen(request) as response:
    results = json.load(response)
for row in results["results"]["bindings"]:
    print(f'{row["replier"]["value"]} answered {row["answered"]["value"]}')
