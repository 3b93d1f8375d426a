"""The persistent SPARQL store (Oxigraph, embedded) and the helpers every command queries it with.

In: a store path (a folder; created on first write). Out: an open :class:`pyoxigraph.Store`,
SELECT results as lists of dicts of Python values, and whole-store replacement of one article's
named graph. The default graph seen by queries is the union of all named graphs.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

import pyoxigraph as ox

from .errors import UserError
from .vocab import PREFIXES

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
        return store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True, substitutions=subs)
    except SyntaxError as exc:
        raise UserError(f"bad SPARQL query: {exc}") from exc


def select(store: ox.Store, sparql: str, bindings: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """SELECT as a list of ``{variable: python value}`` dicts (unbound variables are None)."""
    res = run_query(store, sparql, bindings)
    names = [v.value for v in res.variables]
    return [{n: term_value(sol[n]) for n in names} for sol in res]


def replace_graph(store: ox.Store, graph_iri: str, quads: Iterable[ox.Quad]) -> None:
    """Replace the content of one named graph by ``quads`` in one transaction (all or nothing)."""
    g = ox.NamedNode(graph_iri)
    inner = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                         format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    store.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{inner}}} }}")


def drop_graph(store: ox.Store, graph_iri: str) -> None:
    """Remove one named graph and everything in it."""
    store.update(f"DROP SILENT GRAPH <{graph_iri}>")


def article_graphs(store: ox.Store) -> list[str]:
    """The IRIs of all article graphs in the store, sorted."""
    from .vocab import ARTICLE
    return sorted(g.value for g in store.named_graphs() if g.value.startswith(ARTICLE))
