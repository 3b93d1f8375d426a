"""The union copy in the store's default graph (kg/store.py): written by a full build, kept equal to
the union of the named graphs by kg add / kg remove, never exported or listed as a graph; queries
run on it (GRAPH ?g still sees the article graphs); a store without it falls back to union mode.
Also: kg.ttl / kg.trig of a full build (made from the build's own lines) equal the store's exports,
and graph.html of a large store draws only the most connected entities and says so."""
from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import explore
from kg.build import run_add, run_build, run_remove, serialize_dataset, serialize_union
from kg.store import article_graphs, has_union, open_store, run_query, select
from kg.vocab import ARTICLE, ONTOLOGY_GRAPH, PREFIXES

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "build"
CORPUS = REPO / "tests" / "corpus"


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    for f in sorted(CORPUS.glob("dev/*.md"))[:3]:
        shutil.copy(f, folder / f.name)
    shutil.copy(FIXTURES / "xixi.md", folder / "xixi2.md")       # another article stating the same facts
    return folder


def lines(store: ox.Store, graph) -> set[bytes]:
    return set(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).splitlines())


def assert_union_is_complete(store: ox.Store) -> None:
    assert has_union(store)
    union: set[bytes] = set()
    for g in store.named_graphs():
        union |= lines(store, g)
    assert lines(store, ox.DefaultGraph()) == union


def build(folder: Path, out: Path):
    return run_build([str(folder)], out_dir=str(out), validate=False)


@contextmanager
def built(folder: Path, out: Path):
    """A full build of ``folder`` into ``out``, and its store, open (closed after)."""
    build(folder, out)
    st = open_store(out / "store")
    try:
        yield st
    finally:
        del st


def test_build_writes_the_union_copy(articles, tmp_path):
    with built(articles, tmp_path / "out") as st:
        assert_union_is_complete(st)
        # listing graphs sees the article graphs and the ontology, once each, never the default graph
        names = [g.value for g in st.named_graphs()]
        assert len(names) == len(set(names)) == len(list(articles.glob("*.md"))) + 1
        assert set(names) == set(article_graphs(st)) | {ONTOLOGY_GRAPH}
        # GRAPH ?g still works; a triple stated by two articles is one triple in the default graph
        per_graph = select(st, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a a schema:NewsArticle } } GROUP BY ?g")
        assert {r["g"] for r in per_graph} == set(article_graphs(st))
        shared = select(st, "SELECT ?s ?p ?o WHERE { GRAPH ?g1 { ?s ?p ?o } GRAPH ?g2 { ?s ?p ?o } "
                            "FILTER(STR(?g1) < STR(?g2)) } LIMIT 1")
        assert shared
        s, p, o = (ox.NamedNode(shared[0][k]) if k != "o" else None for k in "spo")
        assert len(list(st.quads_for_pattern(s, p, None, ox.DefaultGraph()))) >= 1
        n = select(st, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
        assert int(n) == len(lines(st, ox.DefaultGraph()))
        # the exports read the article graphs only: no duplicates, no ontology
        trig = {q.graph_name.value for q in ox.parse(serialize_dataset(st), format=ox.RdfFormat.TRIG)}
        assert trig == set(article_graphs(st))
        ttl = {ox.Triple(q.subject, q.predicate, q.object)
               for q in ox.parse(serialize_union(st), format=ox.RdfFormat.TURTLE)}
        assert ttl == {ox.Triple(q.subject, q.predicate, q.object) for g in article_graphs(st)
                       for q in st.quads_for_pattern(None, None, None, ox.NamedNode(g))}


def test_build_outputs_equal_the_store_exports(articles, tmp_path):
    """kg.ttl and kg.trig of a full build come from the build's own lines, not the store: same bytes."""
    out = tmp_path / "out"
    with built(articles, out) as st:
        assert serialize_union(st) == (out / "kg.ttl").read_bytes()
        assert serialize_dataset(st) == (out / "kg.trig").read_bytes()


def test_add_and_remove_keep_the_union_copy(articles, tmp_path):
    held = tmp_path / "held"
    held.mkdir()
    moved = sorted(articles.glob("dev*.md"))[0]
    shutil.move(str(moved), held / moved.name)
    inc = tmp_path / "inc"
    build(articles, inc)
    run_add([str(held / moved.name)], out_dir=str(inc))
    st = open_store(inc / "store")
    assert_union_is_complete(st)
    del st
    run_remove(["xixi"], out_dir=str(inc))
    st = open_store(inc / "store")
    try:
        assert_union_is_complete(st)
        # what only the removed article stated is gone, what it shared with xixi2 is still there
        arts = {r["s"] for r in select(st, "SELECT ?s WHERE { ?s a schema:NewsArticle }")}
        assert ARTICLE + "xixi" not in arts and ARTICLE + "xixi2" in arts
        assert select(st, "SELECT ?o WHERE { ?o schema:founder ?p ; rdfs:label ?l FILTER(CONTAINS(STR(?l), '西溪')) }")
    finally:
        del st


def test_a_store_without_the_copy_is_queried_as_a_union_and_repaired_by_add(articles, tmp_path):
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    st = ox.Store(str(out / "store"))
    st.load(path=str(REPO / "tests" / "fixtures" / "sparql_mini.trig"))     # named graphs only
    st.flush()
    assert not has_union(st)
    n = select(st, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")[0]["n"]
    assert int(n) == len(article_graphs(st)) > 0
    del st
    run_add([str(articles / "xixi.md")], out_dir=str(out))
    st = open_store(out / "store")
    try:
        assert_union_is_complete(st)
        n2 = select(st, "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a schema:NewsArticle }")[0]["n"]
        assert int(n2) == int(n) + 1
    finally:
        del st


def test_queries_on_the_copy_answer_as_union_mode_does(articles, tmp_path):
    with built(articles, tmp_path / "out") as st:
        from kg.query import list_queries
        for q in list_queries():
            binds = {p: "浙江大学" for p in q.required}
            fast = sorted(tuple(str(v) for v in row) for row in run_query(st, q.text, binds))
            union = st.query(q.text, prefixes=PREFIXES, use_default_graph_as_union=True,
                             substitutions={ox.Variable(k): ox.Literal(v) for k, v in binds.items()} or None)
            # union mode sees each graph's copy of a triple (and the default graph): compare without repeats
            assert sorted(set(fast)) == sorted({tuple(str(v) for v in row) for row in union}), q.name


def test_graph_html_of_a_large_store_draws_the_most_connected(articles, tmp_path, monkeypatch):
    monkeypatch.setattr(explore, "BUILD_MAX_NODES", 5)
    out = tmp_path / "out"
    report = build(articles, out)
    assert "most connected of" in report.graph_note and "kg explore --max-nodes" in report.graph_note
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "Showing the 5 most connected of" in page and '<div id="note"' in page
    st = open_store(out / "store", read_only=True)
    try:
        full = explore.write_explorer(st, str(tmp_path / "all.html"))          # kg explore: everything
        assert full["note"] == "" and full["nodes"] == full["total_nodes"] > 5
        assert "most connected of" not in (tmp_path / "all.html").read_text(encoding="utf-8").split("<script")[0]
    finally:
        del st
