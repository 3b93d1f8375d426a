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
from rdflib.collection import Collection

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


# ---- the same shapes as SPARQL, run by Oxigraph (kg build) ------------------------------------------

SH = "http://www.w3.org/ns/shacl#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


class _Unsupported(Exception):
    """A shapes file uses SHACL features the SPARQL translation does not cover."""


class _Shapes:
    """The SHACL-core subset ontology/shapes.ttl uses, translated into SPARQL SELECTs of violations:
    targets (targetClass with subclasses, targetSubjectsOf, targetObjectsOf, SPARQL targets),
    sh:property with a predicate path, minCount, maxCount, nodeKind, in, datatype (well-formed
    literals only), minLength, pattern, class, minInclusive, maxInclusive, lessThan, or, not,
    node, message. Anything else raises :class:`_Unsupported`, and the caller uses pyshacl."""

    KNOWN = {SH + k for k in ("targetClass", "targetSubjectsOf", "targetObjectsOf", "target", "property", "path",
                              "minCount", "maxCount", "nodeKind", "in", "datatype", "minLength", "pattern",
                              "class", "minInclusive", "maxInclusive", "lessThan", "or", "not", "node",
                              "message", "name", "description", "severity")} | {_RDF_TYPE}

    def __init__(self, g: rdflib.Graph, ontology: rdflib.Graph):
        self.g = g
        self.ontology = ontology

    def instance_of(self, v: str, cls) -> str:
        """A pattern: ``v`` has type ``cls`` or one of its subclasses (the ontology's hierarchy,
        as pyshacl sees it with hzkg.ttl added to the data)."""
        subs = sorted({str(c) for c in self.ontology.transitive_subjects(rdflib.RDFS.subClassOf, cls)} | {str(cls)})
        return f"VALUES ?cls_ {{ {' '.join(f'<{c}>' for c in subs)} }} {v} <{_RDF_TYPE}> ?cls_"

    def one(self, node, prop):
        return self.g.value(node, rdflib.URIRef(SH + prop))

    def all(self, node, prop):
        return list(self.g.objects(node, rdflib.URIRef(SH + prop)))

    def items(self, node, prop) -> list:
        head = self.one(node, prop)
        return list(Collection(self.g, head)) if head is not None else []

    @staticmethod
    def term(t) -> str:
        if isinstance(t, rdflib.URIRef):
            return f"<{t}>"
        if isinstance(t, rdflib.Literal):
            return t.n3()
        raise _Unsupported(f"blank node term {t}")

    def check_known(self, node) -> None:
        for p in self.g.predicates(node, None):
            if str(p) not in self.KNOWN:
                raise _Unsupported(str(p))

    def targets(self, shape) -> list[str]:
        out = [f"{{ {self.instance_of('?this', c)} }}" for c in self.all(shape, "targetClass")]
        out += [f"{{ ?this {self.term(p)} ?t_o }}" for p in self.all(shape, "targetSubjectsOf")]
        out += [f"{{ ?t_s {self.term(p)} ?this }}" for p in self.all(shape, "targetObjectsOf")]
        for t in self.all(shape, "target"):
            q = self.g.value(t, rdflib.URIRef(SH + "select"))
            if q is None:
                raise _Unsupported("a target other than a SPARQL target")
            out.append("{ " + str(q) + " }")
        return out

    def conforms(self, shape, v: str) -> str:
        """A SPARQL expression true when the node ``v`` satisfies the node constraints of ``shape``."""
        parts = self.components(shape, v)
        return "(" + " && ".join(parts) + ")" if parts else "true"

    def components(self, shape, v: str) -> list[str]:
        """One SPARQL expression per constraint of ``shape`` on the node ``v`` (pyshacl reports
        one result per constraint a value fails)."""
        self.check_known(shape)
        parts = []
        for c in self.all(shape, "class"):
            parts.append(f"EXISTS {{ {self.instance_of(v, c)} }}")
        for k in self.all(shape, "nodeKind"):
            fn = {SH + "IRI": "isIRI", SH + "Literal": "isLiteral", SH + "BlankNode": "isBlank"}.get(str(k))
            if fn is None:
                raise _Unsupported(f"sh:nodeKind {k}")
            parts.append(f"{fn}({v})")
        for d in self.all(shape, "datatype"):
            ok = f"isLiteral({v}) && sameTerm(DATATYPE({v}), {self.term(d)})"
            if str(d).startswith(_XSD) and str(d) != _XSD + "string":       # ill-formed values do not conform
                ok += f" && COALESCE({self.term(d)}(STR({v})) = {self.term(d)}(STR({v})), false)"
            parts.append(ok)
        if self.one(shape, "in") is not None:
            opts = [f"sameTerm({v}, {self.term(t)})" for t in self.items(shape, "in")]
            parts.append("(" + (" || ".join(opts) or "false") + ")")
        for n in self.all(shape, "minLength"):
            parts.append(f"(!isBlank({v}) && STRLEN(STR({v})) >= {int(n)})")
        for r in self.all(shape, "pattern"):
            parts.append(f"(!isBlank({v}) && REGEX(STR({v}), {self.term(rdflib.Literal(str(r)))}))")
        for x in self.all(shape, "minInclusive"):
            parts.append(f"COALESCE({v} >= {self.term(x)}, false)")
        for x in self.all(shape, "maxInclusive"):
            parts.append(f"COALESCE({v} <= {self.term(x)}, false)")
        if self.one(shape, "or") is not None:
            parts.append("(" + " || ".join(self.conforms(s, v) for s in self.items(shape, "or")) + ")")
        for s in self.all(shape, "not"):
            parts.append(f"!({self.conforms(s, v)})")
        for s in self.all(shape, "node"):
            parts.append(self.conforms(s, v))
        return parts

    def queries(self):
        """(SPARQL SELECT ?this ?path ?value, message) for every constraint of every shape."""
        shapes = {s for s in self.g.subjects(rdflib.RDF.type, rdflib.URIRef(SH + "NodeShape"))}
        shapes |= {s for s in self.g.subjects(rdflib.RDF.type, rdflib.URIRef(SH + "PropertyShape"))}
        for shape in sorted(shapes, key=str):
            targets = self.targets(shape)
            if not targets:
                continue
            focus = "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(targets) + " } }"
            if self.one(shape, "path") is not None:            # a property shape with its own targets
                yield from self.property_queries(shape, focus)
                continue
            msg = str(self.one(shape, "message") or f"{shape} is not satisfied")
            for i, check in enumerate(self.components(shape, "?this")):
                yield (f"SELECT ?this ?path ?value WHERE {{ {focus} BIND(?this AS ?value) FILTER(!({check})) }}",
                       f"{msg}\0{i}")
            for prop in self.all(shape, "property"):
                yield from self.property_queries(prop, focus)

    def property_queries(self, prop, focus: str):
        path = self.one(prop, "path")
        if not isinstance(path, rdflib.URIRef):
            raise _Unsupported("a property path other than one predicate")
        p = self.term(path)
        msg = str(self.one(prop, "message") or f"{path} is not satisfied")
        bind = f"BIND({p} AS ?path)"
        for n in self.all(prop, "minCount"):
            yield (f"SELECT ?this ?path ?value WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus} "
                   f"OPTIONAL {{ ?this {p} ?v }} }} GROUP BY ?this }} FILTER(?n < {int(n)}) {bind} }}", msg + "\0min")
        for n in self.all(prop, "maxCount"):
            yield (f"SELECT ?this ?path ?value WHERE {{ {{ SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {focus} "
                   f"?this {p} ?v }} GROUP BY ?this }} FILTER(?n > {int(n)}) {bind} }}", msg + "\0max")
        for other in self.all(prop, "lessThan"):
            yield (f"SELECT ?this ?path ?value WHERE {{ {focus} ?this {p} ?value . ?this {self.term(other)} ?w "
                   f"FILTER(!COALESCE(?value < ?w, false)) {bind} }}", msg + "\0lt")
        for i, check in enumerate(self.components(prop, "?value")):
            yield f"SELECT ?this ?path ?value WHERE {{ {focus} ?this {p} ?value FILTER(!({check})) {bind} }}", f"{msg}\0{i}"


def validate_sparql(store: ox.Store, shapes: str | None = None) -> tuple[bool, str] | None:
    """The SHACL shapes checked by SPARQL queries on the union of the article graphs and the
    ontology (Oxigraph; seconds where pyshacl takes hours). Returns (conforms, report text: one
    line per violation, counted like pyshacl's "Results (N)"), or None if the shapes use a SHACL
    feature the translation does not cover."""
    from .store import run_query
    try:
        sh = rdflib.Graph().parse(shapes or str(ontology_path("shapes.ttl")), format="turtle")
        onto = rdflib.Graph().parse(str(ontology_path("hzkg.ttl")), format="turtle")
        queries = list(_Shapes(sh, onto).queries())
    except _Unsupported:
        return None
    results = set()
    for q, msg in queries:
        for sol in run_query(store, q):
            results.add((str(sol["this"]), str(sol["path"]) if sol["path"] else "", str(sol["value"]) if sol["value"]
                         else "", msg))
    lines = [f"- {focus} {path} {value}: {msg.split(chr(0))[0]}".replace("  ", " ")
             for focus, path, value, msg in sorted(results)]
    text = f"Validation Report (SPARQL)\nConforms: {not results}\nResults ({len(results)}):\n" + "\n".join(lines)
    return not results, text + "\n"
