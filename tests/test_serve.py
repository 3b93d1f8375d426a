"""kg serve: a read-only SPARQL 1.1 Protocol endpoint, queried by clients nobody here wrote
(SPARQLWrapper, rdflib's SPARQLStore) and by plain HTTP for the protocol details."""
from __future__ import annotations

import json
import sys
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
from sparql_helpers import (  # noqa: E402,F401 - fixtures
    http, mini_store, mini_store_path, sparql_server, start_server,
)

from kg.errors import UserError  # noqa: E402
from kg.serve import make_server, negotiate, parse_accept  # noqa: E402

FOUNDERS = "SELECT DISTINCT ?org ?person WHERE { ?o schema:founder ?p . ?o rdfs:label ?org . ?p rdfs:label ?person }"
FULL_FOUNDERS = ("PREFIX schema: <https://schema.org/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                 + FOUNDERS)
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
EXPECTED_FOUNDERS = {("深度求索", "梁文锋"), ("游戏科学", "冯骥"), ("宇树科技", "王兴兴")}


def get(server, query: str, accept: str | None = None, **params):
    qs = urllib.parse.urlencode({"query": query, **params})
    return http("GET", f"{server.endpoint}?{qs}", headers={"Accept": accept} if accept else {})


def post_form(server, fields: dict, accept: str | None = None):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if accept:
        headers["Accept"] = accept
    return http("POST", server.endpoint, urllib.parse.urlencode(fields).encode(), headers)


# ------------------------------------------------------------------------- SPARQLWrapper

def test_sparqlwrapper_select_json_get_and_post(sparql_server):
    from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper
    for method in (GET, POST):
        sw = SPARQLWrapper(sparql_server.endpoint)
        sw.setQuery(FULL_FOUNDERS)
        sw.setReturnFormat(JSON)
        sw.setMethod(method)
        res = sw.query().convert()
        got = {(b["org"]["value"], b["person"]["value"]) for b in res["results"]["bindings"]}
        assert got == EXPECTED_FOUNDERS
        assert res["results"]["bindings"][0]["org"]["xml:lang"] == "zh"


@pytest.mark.parametrize("fmt", ["XML", "CSV", "TSV"])
def test_sparqlwrapper_other_result_formats(sparql_server, fmt):
    import SPARQLWrapper as SW
    sw = SW.SPARQLWrapper(sparql_server.endpoint)
    sw.setQuery(FULL_FOUNDERS)
    sw.setReturnFormat(getattr(SW, fmt))
    res = sw.query().convert()
    if fmt == "XML":
        values = {n.firstChild.data for n in res.getElementsByTagName("literal")}
    else:
        values = set(res.decode("utf-8").replace('"', "").replace("@zh", "").replace(",", " ").split())
    assert {"深度求索", "梁文锋", "游戏科学", "冯骥"} <= values


def test_sparqlwrapper_ask_and_construct(sparql_server):
    from SPARQLWrapper import JSON, JSONLD, TURTLE, SPARQLWrapper
    sw = SPARQLWrapper(sparql_server.endpoint)
    sw.setQuery("ASK { ?s <https://schema.org/founder> ?o }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True

    import rdflib
    q = "CONSTRUCT { ?s <https://schema.org/alumniOf> ?o } WHERE { ?s <https://schema.org/alumniOf> ?o }"
    sw = SPARQLWrapper(sparql_server.endpoint)
    sw.setQuery(q)
    sw.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=sw.query().convert(), format="turtle")
    assert (rdflib.URIRef("https://w3id.org/hzkg/entity/liang-wenfeng"), rdflib.URIRef("https://schema.org/alumniOf"),
            rdflib.URIRef("https://w3id.org/hzkg/entity/zhejiang-daxue")) in g
    sw.setReturnFormat(JSONLD)
    g2 = sw.query().convert()
    assert len(g2) == len(g) == 2


def test_sparqlwrapper_update_is_refused(sparql_server, mini_store):
    from SPARQLWrapper import POST, SPARQLWrapper
    before = len(mini_store)
    sw = SPARQLWrapper(sparql_server.endpoint)
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception) as info:
        sw.query()
    assert "403" in str(info.value) or "read-only" in str(info.value)
    assert len(mini_store) == before


def test_sparqlwrapper_bad_query_carries_the_parser_message(sparql_server):
    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed
    sw = SPARQLWrapper(sparql_server.endpoint)
    sw.setQuery("SELECT * WHERE { ?s ?p }")
    sw.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed) as info:
        sw.query()
    assert "bad SPARQL query" in str(info.value) and "error at 1:" in str(info.value)


# ------------------------------------------------------------------------- rdflib SPARQLStore

def test_rdflib_sparqlstore(sparql_server):
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    g = rdflib.Graph(store=SPARQLStore(sparql_server.endpoint, returnFormat="json"))
    got = {(str(r.org), str(r.person)) for r in g.query(FULL_FOUNDERS)}
    assert got == EXPECTED_FOUNDERS
    founder = rdflib.URIRef("https://schema.org/founder")
    pairs = set(g.subject_objects(founder))
    assert (rdflib.URIRef("https://w3id.org/hzkg/entity/youxi-kexue"),
            rdflib.URIRef("https://w3id.org/hzkg/entity/feng-ji")) in pairs
    xml_store = rdflib.Graph(store=SPARQLStore(sparql_server.endpoint))  # default: SPARQL XML results
    assert bool(xml_store.query("ASK { ?s <https://schema.org/alumniOf> ?o }"))
    labels = {str(o) for o in xml_store.objects(rdflib.URIRef("https://w3id.org/hzkg/entity/tricky"),
                                                  rdflib.RDFS.label)}
    assert labels == {'引号"公司" } { 测试'}


def test_rdflib_sparqlstore_refuses_to_write(sparql_server):
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
    st = SPARQLUpdateStore(sparql_server.endpoint, sparql_server.endpoint)
    g = rdflib.Graph(store=st)
    with pytest.raises(Exception):
        g.update("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert not bool(rdflib.Graph(store=SPARQLStore(sparql_server.endpoint)).query("ASK { <urn:a> <urn:b> <urn:c> }"))


# ------------------------------------------------------------------------- the protocol

@pytest.mark.parametrize("accept,ctype,fmt", [
    ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
    (None, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("*/*", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml",
     ox.QueryResultsFormat.XML),
])
def test_select_content_negotiation_matches_the_store(sparql_server, mini_store, accept, ctype, fmt):
    q = "SELECT ?s ?p ?o WHERE { GRAPH article:a2 { ?s a hz:Claim ; ?p ?o } }"  # 30 rows, under the cap
    status, headers, body = get(sparql_server, q, accept)
    assert status == 200
    assert headers["Content-Type"].startswith(ctype)
    served = {tuple(str(sol[v]) for v in ("s", "p", "o")) for sol in ox.parse_query_results(body, fmt)}
    from kg.vocab import PREFIXES
    local = {tuple(str(sol[v]) for v in ("s", "p", "o"))
             for sol in mini_store.query(q, prefixes=PREFIXES, use_default_graph_as_union=True)}
    assert served == local and len(local) == 30


def test_csv_results(sparql_server):
    status, headers, body = get(sparql_server, FOUNDERS, "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    lines = body.decode("utf-8").split("\r\n")
    assert lines[0] == "org,person" and "游戏科学,冯骥" in lines


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_and_describe_content_negotiation(sparql_server, accept, fmt):
    for q in ("CONSTRUCT WHERE { ?s schema:founder ?o }", "DESCRIBE e:feng-ji"):
        status, headers, body = get(sparql_server, q, accept)
        assert status == 200 and headers["Content-Type"].startswith(accept)
        triples = {(str(t.subject), str(t.predicate), str(t.object)) for t in ox.parse(body, format=fmt)}
        if q.startswith("CONSTRUCT"):
            assert len(triples) == 3
        else:
            assert ("<https://w3id.org/hzkg/entity/feng-ji>", "<http://www.w3.org/2000/01/rdf-schema#label>",
                    '"冯骥"@zh') in triples


def test_format_parameter_when_accept_is_generic(sparql_server):
    status, headers, _ = get(sparql_server, FOUNDERS, "*/*", format="csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    status, headers, _ = get(sparql_server, "CONSTRUCT WHERE { ?s schema:founder ?o }", None, format="json-ld")
    assert headers["Content-Type"].startswith("application/ld+json")


def test_post_urlencoded_and_direct(sparql_server):
    status, _, body = post_form(sparql_server, {"query": FOUNDERS})
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3
    status, _, body = http("POST", sparql_server.endpoint, FOUNDERS.encode("utf-8"),
                           {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and body.decode("utf-8").startswith("org,person")


def test_default_and_named_graph_uris(sparql_server):
    q = "SELECT DISTINCT ?org WHERE { ?o schema:founder ?p ; rdfs:label ?org }"
    status, _, body = get(sparql_server, q, **{"default-graph-uri": "https://w3id.org/hzkg/article/a1"})
    assert status == 200
    assert {b["org"]["value"] for b in json.loads(body)["results"]["bindings"]} == {"深度求索", "游戏科学"}


@pytest.mark.parametrize("how", ["form-update", "query-param", "direct-update", "get-update"])
def test_update_is_refused_with_a_message(sparql_server, how):
    upd = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    if how == "form-update":
        status, _, body = post_form(sparql_server, {"update": upd})
    elif how == "query-param":
        status, _, body = post_form(sparql_server, {"query": "PREFIX x: <urn:x#>\n# c\n" + upd})
    elif how == "direct-update":
        status, _, body = http("POST", sparql_server.endpoint, upd.encode(),
                               {"Content-Type": "application/sparql-update"})
    else:
        status, _, body = http("GET", sparql_server.endpoint + "?" + urllib.parse.urlencode({"update": upd}))
    assert status == 403
    assert b"read-only" in body
    assert get(sparql_server, "ASK { <urn:a> <urn:b> <urn:c> }")[2] == b'{"head": {}, "boolean": false}'


def test_write_methods_are_not_allowed(sparql_server):
    status, headers, _ = http("PUT", sparql_server.endpoint, b"<urn:a> <urn:b> <urn:c> .",
                              {"Content-Type": "application/n-triples"})
    assert status == 405 and "POST" in headers["Allow"]


def test_bad_query_is_400_with_the_parser_message(sparql_server):
    status, headers, body = get(sparql_server, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert body.decode().startswith("bad SPARQL query: error at 1:")
    assert post_form(sparql_server, {})[0] == 400
    status, _, _ = http("POST", sparql_server.endpoint, b"x", {"Content-Type": "text/plain"})
    assert status == 415


def test_result_cap(sparql_server):
    status, headers, body = get(sparql_server, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 200 and headers["X-SPARQL-MaxRows"] == "50"
    assert len(json.loads(body)["results"]["bindings"]) == 50
    status, headers, body = get(sparql_server, "CONSTRUCT WHERE { ?s ?p ?o }", "application/n-triples")
    assert headers["X-SPARQL-MaxRows"] == "50" and len(body.decode().strip().splitlines()) == 50
    status, headers, _ = get(sparql_server, FOUNDERS)
    assert "X-SPARQL-MaxRows" not in headers


def test_timeout_stops_the_query_and_the_server_recovers(sparql_server):
    t0 = time.time()
    status, _, body = get(sparql_server, SLOW)
    elapsed = time.time() - t0
    assert status == 503 and b"timed out" in body
    assert elapsed < 10
    status, _, body = get(sparql_server, FOUNDERS)  # a fresh worker answers
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 3


def test_service_description(sparql_server):
    status, headers, body = http("GET", sparql_server.endpoint, headers={"Accept": "text/turtle"})
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    triples = {(str(t.predicate), str(t.object)) for t in ox.parse(body, format=ox.RdfFormat.TURTLE)}
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert (f"<{sd}supportedLanguage>", f"<{sd}SPARQL11Query>") in triples
    assert (f"<{sd}endpoint>", f"<{sparql_server.endpoint}>") in triples
    assert (f"<{sd}name>", "<https://w3id.org/hzkg/article/a1>") in triples


def test_pages(sparql_server):
    status, headers, body = http("GET", sparql_server.url + "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    status, _, body = http("GET", sparql_server.url + "/query")
    assert status == 200 and b"/sparql" in body and b"founders-zju" in body
    assert http("GET", sparql_server.url + "/nope")[0] == 404


def test_remote_store_queries_the_endpoint(sparql_server):
    """kg query --store URL: parameters travel as a VALUES block of RDF terms."""
    from kg.query import query_command
    out = query_command(None, sparql_server.endpoint, "json", False, "entity-facts", ["name=浙大"])
    rel = {b["relation"]["value"] for b in json.loads(out)["results"]["bindings"]}
    assert rel == {"alumniOf", "parentOrganization"}
    out = query_command(None, sparql_server.endpoint, "json", False, "entity-facts", ['name=引号"公司" } { 测试'])
    assert len(json.loads(out)["results"]["bindings"]) == 1
    out = query_command(None, sparql_server.endpoint, "csv", False, "founders-zju", [])
    assert "梁文锋" in out and "王兴兴" in out
    with pytest.raises(UserError, match="bad SPARQL query"):
        query_command("SELECT * WHERE { ?s ?p }", sparql_server.endpoint, "csv", False, None, [])


def test_listens_on_loopback_by_default(mini_store_path):
    srv = make_server(str(mini_store_path), port=0, workers=1)
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()
    with pytest.raises(UserError, match="no store"):
        make_server(str(mini_store_path) + "-missing", port=0)


def test_accept_parsing():
    assert parse_accept("text/csv;q=0.5, application/json, */*;q=0.1") == ["application/json", "text/csv", "*/*"]
    assert negotiate("graph", "application/sparql-results+json", None) == "turtle"
    assert negotiate("solutions", "text/turtle, */*;q=0.1", None) == "json"
