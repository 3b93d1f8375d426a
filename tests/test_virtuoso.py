"""Remote stores against a real Virtuoso Open-Source server started by the tests on loopback.

Needs ``virtuoso-t`` (Debian package ``virtuoso-opensource``): skips without it, fails with CI=true.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
from sparql_helpers import (  # noqa: E402,F401 - fixtures
    IN_CI, SHARED_SEEDS, canonical, canonical_set, mini_store, mini_store_path, virtuoso,
)

from kg.errors import UserError  # noqa: E402
from kg.query import query_command  # noqa: E402
from kg.remote import RemoteStore, push_command  # noqa: E402
from kg.store import article_graphs, replace_graph  # noqa: E402

pytestmark = pytest.mark.virtuoso


def local_graphs(store) -> dict[str, set[str]]:
    out = {}
    for g in store.named_graphs():
        out[g.value] = canonical_set(ox.Triple(q.subject, q.predicate, q.object)
                                     for q in store.quads_for_pattern(None, None, None, g))
    return out


def assert_same_graphs(server, store):
    graphs = local_graphs(store)
    assert graphs
    for iri, triples in graphs.items():
        remote = server.graph_triples(iri)
        assert remote == triples, (iri, sorted(triples - remote)[:5], sorted(remote - triples)[:5])


def test_push_and_read_back_graph_by_graph(virtuoso, mini_store):
    msg = push_command(virtuoso.gsp_auth, mini_store, virtuoso.user, virtuoso.password)
    assert msg.startswith("pushed 3 graphs")
    assert_same_graphs(virtuoso, mini_store)


def test_push_replaces_what_the_server_had(virtuoso, tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    store.load(path=str(Path(__file__).parent / "fixtures" / "sparql_mini.trig"))
    push_command(virtuoso.gsp_auth, store, virtuoso.user, virtuoso.password)
    g = ox.NamedNode("https://w3id.org/hzkg/article/a1")
    gone = ox.Quad(ox.NamedNode("https://w3id.org/hzkg/entity/feng-ji"),
                   ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("冯骥", language="zh"), g)
    store.remove(gone)
    push_command(virtuoso.gsp_auth, store, virtuoso.user, virtuoso.password)
    remote = virtuoso.graph_triples(g.value)
    assert canonical(ox.Triple(gone.subject, gone.predicate, gone.object)) not in remote
    assert_same_graphs(virtuoso, store)


def test_push_of_a_built_store_sends_each_graph_once(virtuoso, tmp_path):
    """A store written by kg build also holds the union of its graphs in its default graph
    (kg/store.py): kg push sends the named graphs only, each as it is, and nothing more."""
    from kg.build import run_build
    from kg.store import has_union, open_store
    run_build([str(Path(__file__).parent / "fixtures" / "build")], out_dir=str(tmp_path / "out"), validate=False)
    store = open_store(tmp_path / "out" / "store")
    assert has_union(store)
    try:
        msg = push_command(virtuoso.gsp_auth, store, virtuoso.user, virtuoso.password)
        assert msg.startswith("pushed 3 graphs")          # two articles and the ontology
        assert_same_graphs(virtuoso, store)
    finally:                                              # leave the server as the other tests expect it
        remote = RemoteStore(f"http://{virtuoso.user}:{virtuoso.password}@127.0.0.1:{virtuoso.http_port}/sparql-auth")
        for g in article_graphs(store):
            remote.remove_graph(ox.NamedNode(g))
        del store


def test_push_with_a_wrong_password_is_a_user_error(virtuoso, mini_store):
    with pytest.raises(UserError, match="401"):
        push_command(virtuoso.gsp_auth, mini_store, virtuoso.user, "wrong")


def test_remote_store_update_and_saved_queries(virtuoso, mini_store):
    """kg build --store URL writes through SPARQL Update; kg query --store URL reads the same answers."""
    url = f"http://{virtuoso.user}:{virtuoso.password}@127.0.0.1:{virtuoso.http_port}/sparql-auth"
    remote = RemoteStore(url)
    for g in mini_store.named_graphs():
        replace_graph(remote, g.value, mini_store.quads_for_pattern(None, None, None, g))
    assert {"https://w3id.org/hzkg/article/a1", "https://w3id.org/hzkg/article/a2"} <= set(article_graphs(remote))
    assert_same_graphs(virtuoso, mini_store)

    def answers(store, name, params=()):
        data = json.loads(query_command(None, store, "json", False, name, list(params)))
        # servers differ on GROUP_CONCAT over nothing: "" (Virtuoso) or unbound (Oxigraph)
        return sorted(tuple(sorted((k, v["value"]) for k, v in b.items() if v["value"] != ""))
                      for b in data["results"]["bindings"])

    for name, params in [("founders-zju", ()), ("six-dragons", ()), ("founders-alumni", ()),
                         ("facts-per-article", ()), ("timeline", ()), ("single-source-entities", ()),
                         ("entity-facts", ["name=浙大"]), ("entity-facts", ['name=引号"公司" } { 测试'])]:
        assert answers(virtuoso.sparql, name, params) == answers(mini_store, name, params), name


def test_remote_bad_query_and_refused_update(virtuoso):
    with pytest.raises(UserError, match="bad SPARQL query"):
        query_command("SELECT * WHERE { ?s ?p }", virtuoso.sparql, "csv", False, None, [])
    anonymous = RemoteStore(virtuoso.sparql_auth)  # no credentials
    with pytest.raises(UserError, match="401"):
        anonymous.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")


def _kg() -> list[str]:
    exe = shutil.which("kg", path=os.path.dirname(sys.executable))
    return [exe] if exe else [sys.executable, "-m", "kg"]


def _build_seeds(out: Path) -> Path:
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"no seed articles at {SHARED_SEEDS} (set KG_SHARED_SEEDS)")
    try:
        import kg.build  # noqa: F401
    except ImportError:
        if IN_CI:
            pytest.fail("kg.build is missing")
        pytest.skip("kg build is not written yet")
    r = subprocess.run(_kg() + ["build", str(SHARED_SEEDS), "--out", str(out), "--quiet"],
                       capture_output=True, text=True, timeout=900)
    store = out / "store"
    if not store.is_dir():
        pytest.fail(f"kg build made no store (exit {r.returncode}):\n{r.stderr[-2000:]}")
    return store


def test_seed_graph_push_and_read_back(virtuoso, tmp_path):
    store_path = _build_seeds(tmp_path / "out")
    r = subprocess.run(_kg() + ["push", virtuoso.gsp_auth, "--store", str(store_path),
                                "--user", virtuoso.user, "--password", virtuoso.password],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    assert "pushed" in r.stderr
    store = ox.Store.read_only(str(store_path))
    assert any(g.value.startswith("https://w3id.org/hzkg/article/") for g in store.named_graphs())
    assert_same_graphs(virtuoso, store)


def test_build_straight_into_virtuoso(virtuoso, tmp_path):
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"no seed articles at {SHARED_SEEDS}")
    try:
        import kg.build  # noqa: F401
    except ImportError:
        pytest.skip("kg build is not written yet")
    url = f"http://{virtuoso.user}:{virtuoso.password}@127.0.0.1:{virtuoso.http_port}/sparql-auth"
    r = subprocess.run(_kg() + ["build", str(SHARED_SEEDS), "--out", str(tmp_path / "out"), "--store", url, "--quiet"],
                       capture_output=True, text=True, timeout=900)
    assert r.returncode in (0, 1), r.stderr  # 1: some input file skipped
    seeded = [g for g in article_graphs(RemoteStore(virtuoso.sparql)) if not g.endswith(("/a1", "/a2"))]
    assert seeded, f"kg build --store URL wrote no article graph:\n{r.stderr[-2000:]}"
    r = subprocess.run(_kg() + ["query", "--store", virtuoso.sparql, "--name", "facts-per-article", "--format", "json"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["results"]["bindings"]
