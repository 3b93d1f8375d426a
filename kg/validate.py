"""SHACL validation: the store (all article graphs) against ``ontology/shapes.ttl``.

In: an open store (or a path). Out: (conforms, report text). The ontology's class hierarchy is
added to the data graph so that ``sh:class`` sees subclasses (hz:Company is a schema:Organization).
"""
from __future__ import annotations

import logging
import re
import threading

import pyoxigraph as ox
import rdflib

from .errors import UserError
from .lexicon import ontology_path
from .store import article_graphs, open_store


def store_graph(store: ox.Store) -> rdflib.Graph:
    """The union of all article graphs as an rdflib graph (for pyshacl and networkx exports)."""
    g = rdflib.Graph()
    quads = []
    for gi in article_graphs(store):
        quads.extend(ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(gi)))
    if quads:
        g.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


def validate_store(store: ox.Store, shapes: str | None = None) -> tuple[bool, str]:
    from pyshacl import validate
    # rdflib logs a traceback for every ill-typed literal ("2025-02-30"^^xsd:date) it parses; the
    # shapes report those literals as violations, so the log lines are only noise on stderr.
    term_log = logging.getLogger("rdflib.term")
    level = term_log.level
    term_log.setLevel(logging.CRITICAL)
    try:
        data = store_graph(store)
        data.parse(str(ontology_path("hzkg.ttl")), format="turtle")
        try:
            sh = rdflib.Graph().parse(shapes or str(ontology_path("shapes.ttl")), format="turtle")
        except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds of parse errors
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            raise UserError(f"cannot read SHACL shapes {shapes}: {first}") from None
        conforms, _report_graph, text = _in_thread(validate, data, shacl_graph=sh, inference="none", advanced=True,
                                                   allow_warnings=True)
    finally:
        term_log.setLevel(level)
    return bool(conforms), text


def _in_thread(fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` in a fresh thread. rdflib's SPARQL parser (pyparsing) keeps a parse
    exception, and with it the frames it was raised in, after the query (seen with pyparsing 3 and
    the SPARQL target in shapes.ttl); in this thread those frames do not lead back to the caller's,
    which hold the open store, so the store is closed (and its lock released) when the caller is done."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the calling thread
            box["error"] = exc

    t = threading.Thread(target=run, name="kg-shacl", daemon=True)
    t.start()
    t.join()
    if "error" in box:
        raise box["error"]
    return box["value"]


def violation_count(text: str) -> int:
    """The number of results in a pyshacl text report (0 when it conforms)."""
    m = re.search(r"^Results \((\d+)\):", text, re.M)
    return int(m.group(1)) if m else 0


def validate_command(store: str, shapes: str | None = None) -> tuple[bool, str]:
    st = open_store(store)
    ok, text = validate_store(st, shapes)
    return ok, ("Conforms: the graph satisfies every SHACL shape." if ok else text.strip())
