"""The persistent SPARQL store (Oxigraph, embedded) and the helpers every command queries it with.

In: a store path (a folder; created on first write). Out: an open :class:`pyoxigraph.Store`,
SELECT results as lists of dicts of Python values, and whole-store replacement of one article's
named graph. The default graph seen by queries is the union of all named graphs.

A local store keeps a copy of that union in its real default graph (written by ``kg build``, kept
up to date by ``kg add`` / ``kg remove`` through :func:`replace_graph` and :func:`drop_graph`), so
queries run on one graph instead of Oxigraph's ``use_default_graph_as_union`` mode (15-600x
faster on the saved queries at a million quads). The copy is a set: a triple stated in several
articles is there once. Every place that lists or exports graphs reads named graphs only, so the
copy is never exported or pushed twice. The copy counts as complete only while the default graph
holds the ontology's own ``owl:Ontology`` triple, written last by every build (:func:`has_union`);
a store without it (an older store, one loaded from a TriG file, one whose build was killed) is
queried in union mode as before, and the next ``kg add``/``kg remove`` rebuilds the copy first.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

import pyoxigraph as ox

from .errors import UserError
from .vocab import ARTICLE, PREFIXES

DEFAULT_STORE = os.path.join("out", "store")


def open_store(path: str | os.PathLike = DEFAULT_STORE, *, create: bool = False, read_only: bool = False) -> ox.Store:
    """Open the store at ``path``. Without ``create`` a missing store is a :class:`UserError`.

    An ``http://`` or ``https://`` URL opens a remote SPARQL 1.1 endpoint (:class:`kg.remote.RemoteStore`).
    """
    if str(path).startswith(("http://", "https://")):
        from .remote import RemoteStore
        return RemoteStore(str(path))
    p = Path(path)
    if not p.exists():
        if not create:
            raise UserError(f"no store at {p} (run `kg build` first, or pass --store)")
        p.mkdir(parents=True, exist_ok=True)
    if not p.is_dir():
        raise UserError(f"cannot open store {p}: not a folder")
    if not read_only:
        _prune_info_logs(p)
    try:
        if read_only:
            return ox.Store.read_only(str(p))
        return ox.Store(str(p))
    except OSError as exc:
        if "lock" in str(exc).lower():
            raise UserError(f"store {p} is in use by another kg process (a build, add or remove still "
                            "running?): wait for it to finish, or use another --store") from None
        raise UserError(f"cannot open store {p}: {exc}") from None


def _prune_info_logs(p: Path, keep: int = 3) -> None:
    """RocksDB keeps one ``LOG.old.*`` text log per opening; keep only the newest few.
    (They are informational only; the data and its write-ahead log are never touched.)"""
    try:
        old = sorted(p.glob("LOG.old.*"), key=lambda f: f.stat().st_mtime)
    except OSError:
        return
    for f in old[:-keep] if len(old) > keep else []:
        try:
            f.unlink()
        except OSError:
            pass


def term_value(term: Any) -> Any:
    """A pyoxigraph term as a plain Python value (IRI string, literal lexical form) or None."""
    if term is None:
        return None
    return term.value


def run_query(store: ox.Store, sparql: str, bindings: dict[str, Any] | None = None):
    """Run SPARQL over the union of all graphs with the project's prefixes predeclared.

    ``bindings`` maps variable names to pyoxigraph terms (or plain strings, taken as literals);
    they are substituted as RDF terms by the engine, never pasted into the query text.
    """
    subs = None
    if bindings:
        subs = {ox.Variable(k): (v if isinstance(v, (ox.NamedNode, ox.Literal, ox.BlankNode)) else ox.Literal(str(v)))
                for k, v in bindings.items()}
    try:
        return store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=not has_union(store),
                           substitutions=subs)
    except SyntaxError as exc:
        raise UserError(f"bad SPARQL query: {exc}") from exc


def select(store: ox.Store, sparql: str, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """SELECT as a list of ``{variable: python value}`` dicts (unbound variables are None)."""
    res = run_query(store, sparql, bindings)
    names = [v.value for v in res.variables]
    return [{n: term_value(sol[n]) for n in names} for sol in res]


# The marker of a complete union copy: the ontology's header triple, in the real default graph.
_MARK = ox.Quad(ox.NamedNode("https://w3id.org/hzkg/ontology"),
                ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode("http://www.w3.org/2002/07/owl#Ontology"), ox.DefaultGraph())


def is_local(store) -> bool:
    """An embedded Oxigraph store (as opposed to a :class:`kg.remote.RemoteStore`)."""
    return isinstance(store, ox.Store)


def has_union(store) -> bool:
    """Whether ``store``'s default graph holds the complete union of its named graphs (see the
    module docstring). Always False for a remote store: the server's default graph is its own."""
    if not is_local(store):
        return False
    return next(iter(store.quads_for_pattern(_MARK.subject, _MARK.predicate, _MARK.object, _MARK.graph_name)),
                None) is not None


def rebuild_union(store: ox.Store) -> None:
    """Make the default graph the union of all named graphs again (one transaction)."""
    store.update("CLEAR SILENT DEFAULT ;\nINSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def ensure_union(store) -> bool:
    """Before an incremental change of a local store: rebuild the union copy if it is not complete
    (so that the change can keep it up to date). Returns whether the store keeps a copy."""
    if not is_local(store):
        return False
    if not has_union(store):
        rebuild_union(store)
    return True


def _unshared(g: str) -> str:
    """SPARQL Update: remove from the default graph the triples of graph ``g`` that no other named
    graph states (the rest of the union copy stays as it is)."""
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {g}) }} }} ;\n")


def replace_graph(store: ox.Store, graph_iri: str, quads: Iterable[ox.Quad], union: bool = True) -> None:
    """Replace the content of one named graph by ``quads`` in one transaction (all or nothing);
    on a local store the union copy in the default graph follows (unless ``union`` is False)."""
    g = ox.NamedNode(graph_iri)
    inner = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                         format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if union and ensure_union(store):
        store.update(f"{_unshared(g)}DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{inner}}}\n{inner}}}")
    else:
        store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{inner}}} }}")


def drop_graph(store: ox.Store, graph_iri: str, union: bool = True) -> None:
    """Remove one named graph and everything in it (and, from the union copy, what only it stated,
    unless ``union`` is False)."""
    g = ox.NamedNode(graph_iri)
    if union and ensure_union(store):
        store.update(f"{_unshared(g)}DROP SILENT GRAPH {g}")
    else:
        store.update(f"DROP SILENT GRAPH {g}")


def replace_graph_as_is(store: ox.Store, graph_iri: str, quads: Iterable[ox.Quad], cleared: bool = False) -> None:
    """:func:`replace_graph` for a small graph with blank nodes (the ontology's ``owl:unionOf``
    lists): written with its blank nodes as they are, in the graph and in the union copy alike
    (SPARQL ``INSERT DATA`` would give each copy new ones, and the copy could never be matched
    again). ``cleared``: a full build that emptied the default graph. Not one transaction: the
    union marker is removed first (queries fall back to union mode) and written back last."""
    quads = list(quads)
    if not is_local(store):
        replace_graph(store, graph_iri, quads)
        return
    g = ox.NamedNode(graph_iri)
    if not cleared:
        ensure_union(store)
        store.remove(_MARK)
        for q in list(store.quads_for_pattern(None, None, None, g)):      # the old graph's share of the copy
            if not any(isinstance(o.graph_name, ox.NamedNode) and o.graph_name != g
                       for o in store.quads_for_pattern(q.subject, q.predicate, q.object, None)):
                store.remove(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()))
    store.remove_graph(g)
    store.extend([ox.Quad(q.subject, q.predicate, q.object, g) for q in quads]
                 + [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in quads])


def bulk_add_graphs(store: ox.Store, graphs: list[tuple[str, bytes]]) -> None:
    """Add named graphs given as N-Quads bytes (each line in that graph) to a local store, and their
    triples to the default graph, with Oxigraph's bulk loader (not transactional: for full builds,
    which clear the default graph first and write the marker last). The graphs must be new or empty."""
    parts = []
    for giri, data in graphs:
        tail = f" <{giri}> .\n".encode("utf-8")
        copy = data.replace(tail, b" .\n")
        if len(data) - len(copy) != (len(tail) - 3) * data.count(b"\n"):
            # not the plain line layout pyoxigraph writes: take the slow, exact way
            copy = ox.serialize([ox.Triple(q.subject, q.predicate, q.object)
                                 for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)], format=ox.RdfFormat.N_TRIPLES)
        parts += (data, copy)
    if parts:       # lenient: no IRI validation again (the workers' own serialiser wrote these lines from
        # valid terms); 7 % less CPU for the loader (3,000 articles, 3 alternated runs)
        store.bulk_load(b"".join(parts), format=ox.RdfFormat.N_QUADS, lenient=True)


def article_graphs(store: ox.Store) -> list[str]:
    """The IRIs of all article graphs in the store, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE))
