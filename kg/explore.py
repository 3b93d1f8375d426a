"""The HTML graph explorer, and GraphML / GEXF export through networkx.

In: an open :class:`pyoxigraph.Store` (or a store path for :func:`explore_command`). Out: one
self-contained HTML page (vis-network and its CSS read at run time from the installed pyvis
package and inlined; no request leaves the page), or a GraphML / GEXF file for Gephi.

The page keeps pyvis's global ``network`` (a ``vis.Network``) plus ``nodes`` / ``edges``
(``vis.DataSet``) and adds ``window.kgExplorer`` (search, filters, panel) for scripts and tests.

Everything that comes from articles (names, titles, quotes, URLs) reaches the page only as JSON
inside ``<script type="application/json">`` with ``<``, ``>``, ``&`` and U+2028/9 escaped, and
the page writes it with ``textContent`` only; a Content-Security-Policy with script hashes
blocks any inline handler or foreign script even if something slipped through.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
import sys
import unicodedata
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import networkx as nx
import pyoxigraph as ox

from .errors import UserError
from .store import run_query
from .vocab import ARTICLE, CLAIM, RELATION_NAMES, RELATIONS, TYPE_NAMES, TYPES

STATIC_DIR = Path(__file__).with_name("static")

#: Above this many nodes the layout is computed in Python and physics is off.
PHYSICS_MAX_NODES = 300
#: Facts listed at most in one side panel (the rest is counted).
PANEL_MAX_FACTS = 300
#: ``kg build`` draws at most this many entities in graph.html (the most connected; the page and the
#: build summary say so). ``kg explore --max-nodes N`` or ``--focus NAME`` draws other parts.
BUILD_MAX_NODES = 2000

#: relation short name -> (中文, English, edge colour)
RELATION_LABELS: dict[str, tuple[str, str, str]] = {
    "founder": ("创始人", "founder", "#d62728"),
    "alumniOf": ("校友", "alumni of", "#ff7f0e"),
    "worksFor": ("任职于", "works for", "#1f77b4"),
    "memberOf": ("成员", "member of", "#9467bd"),
    "location": ("位于", "located in", "#2ca02c"),
    "develops": ("开发", "develops", "#8c564b"),
    "publisher": ("发布方", "publisher", "#e377c2"),
    "datePublished": ("发布日期", "date published", "#7f7f7f"),
    "foundingDate": ("成立日期", "founding date", "#7f7f7f"),
    "prioritizes": ("重点发展", "prioritizes", "#17becf"),
    "parentOrganization": ("隶属", "part of", "#bcbd22"),
    "investedIn": ("投资", "invested in", "#393b79"),
}

OTHER_TYPE = "Thing"
#: entity type name -> (中文, English, colour, vis shape). Shapes keep the label outside so size shows degree.
TYPE_STYLES: dict[str, tuple[str, str, str, str]] = {
    "Person": ("人物", "Person", "#e15759", "dot"),
    "Company": ("公司", "Company", "#4e79a7", "square"),
    "University": ("高校", "University", "#f28e2b", "triangle"),
    "AcademicUnit": ("院系", "Academic unit", "#ffbe7d", "triangleDown"),
    "ResearchInstitute": ("研究机构", "Research institute", "#76b7b2", "hexagon"),
    "GovernmentBody": ("政府机构", "Government body", "#b07aa1", "star"),
    "Investor": ("投资机构", "Investor", "#edc948", "diamond"),
    "MediaOrganization": ("媒体", "Media", "#ff9da7", "hexagon"),
    "Group": ("群体", "Group", "#9c755f", "star"),
    "Organization": ("组织", "Organization", "#a0a0a0", "square"),
    "Policy": ("政策", "Policy", "#59a14f", "diamond"),
    "Report": ("报告", "Report", "#86bcb6", "triangleDown"),
    "Industry": ("产业", "Industry", "#8cd17d", "hexagon"),
    "Place": ("地点", "Place", "#499894", "triangle"),
    "Product": ("产品", "Product", "#d4a6c8", "dot"),
    "AIModel": ("AI模型", "AI model", "#a0cbe8", "diamond"),
    "Game": ("游戏", "Game", "#f1ce63", "star"),
    OTHER_TYPE: ("其他", "Other", "#c7c7c7", "dot"),
}
TYPE_ORDER = list(TYPE_STYLES)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_NEWS_ARTICLE = "https://schema.org/NewsArticle"
_CLAIM_CLASS = "https://w3id.org/hzkg/ontology#Claim"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_HZ = "https://w3id.org/hzkg/ontology#"
#: what a claim row holds: variable -> property
_CLAIM_PROPS = {"s": _RDF + "subject", "p": _RDF + "predicate", "o": _RDF + "object",
                "a": "http://www.w3.org/ns/prov#wasDerivedFrom", "quote": _HZ + "quote", "start": _HZ + "startOffset",
                "end": _HZ + "endOffset", "ext": _HZ + "extractor", "conf": _HZ + "confidence", "title": _HZ + "title",
                "tense": _HZ + "tense", "hedged": _HZ + "hedged", "round": _HZ + "round", "amount": _HZ + "amount"}


# --------------------------------------------------------------------------------------------
# Reading the graph from the store
# --------------------------------------------------------------------------------------------

@dataclass
class Entity:
    iri: str
    types: list[str] = field(default_factory=list)
    labels: list[tuple[str, str]] = field(default_factory=list)      # (value, lang) from rdfs:label
    alt: list[tuple[str, str]] = field(default_factory=list)         # (value, lang) from skos:altLabel

    @property
    def type(self) -> str:
        """The most specific type (for colour and shape): generic Organization only when alone."""
        known = [t for t in TYPE_ORDER if t in self.types]
        specific = [t for t in known if t != "Organization"]
        return (specific or known or [OTHER_TYPE])[0]

    @property
    def label(self) -> str:
        for value, lang in self.labels:
            if lang.startswith("zh"):
                return value
        for value, lang in self.alt:
            if lang.startswith("zh"):
                return value
        if self.labels:
            return self.labels[0][0]
        if self.alt:
            return self.alt[0][0]
        return _iri_tail(self.iri)

    @property
    def label_en(self) -> str:
        for value, lang in self.labels + self.alt:
            if lang.startswith("en"):
                return value
        return ""

    @property
    def names(self) -> list[str]:
        """Every name (label first), without duplicates."""
        out: list[str] = []
        for value in [self.label] + [v for v, _ in self.labels] + [v for v, _ in self.alt]:
            if value and value not in out:
                out.append(value)
        return out


@dataclass
class Fact:
    subject: str
    relation: str
    obj: str                       # IRI for entity objects, lexical form for literals
    literal: bool = False
    datatype: str = ""
    claims: list[int] = field(default_factory=list)
    term: str = field(default="", repr=False, compare=False)     # the object in N-Triples syntax


@dataclass
class GraphData:
    entities: dict[str, Entity]
    facts: list[Fact]                      # entity -> entity facts (edges)
    literal_facts: list[Fact]              # entity -> literal facts (dates), shown in the panel
    claims: list[dict[str, Any]]
    articles: dict[str, dict[str, Any]]


def _iri_tail(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def _lang(term) -> str:
    return (getattr(term, "language", None) or "").lower()


def _num(term) -> float | int | None:
    if term is None:
        return None
    try:
        value = float(term.value)
    except (TypeError, ValueError):
        return None
    return int(value) if value.is_integer() and "." not in term.value else value


def _safe_url(url: str | None) -> str:
    """Only http(s) URLs become links; anything else (javascript:, data:, …) is dropped."""
    if url and re.match(r"^https?://", url.strip(), re.IGNORECASE):
        return url.strip()
    return ""


def load_graph(store: ox.Store, claims: bool = True) -> GraphData:
    """Read entities, facts, claims and articles from the union of the store's graphs (without
    claims and articles unless ``claims``: :func:`load_claims` reads them for part of the graph).

    Solutions are unpacked as tuples (in SELECT order): looking a variable up by name costs
    pyoxigraph a new term object each time, which was most of the time of a large graph."""
    type_iris = {iri: name for iri, name in TYPE_NAMES.items()}
    entities: dict[str, Entity] = {}
    NamedNode, Literal = ox.NamedNode, ox.Literal

    for e, t in run_query(store, f"SELECT DISTINCT ?e ?t WHERE {{ VALUES ?t {{ {_values(type_iris)} }} ?e a ?t }}"):
        if not isinstance(e, NamedNode):
            continue
        iri = e.value
        ent = entities.get(iri)
        if ent is None:
            ent = entities[iri] = Entity(iri)
        name = type_iris[t.value]
        if name not in ent.types:
            ent.types.append(name)

    # articles and claims outside the article/claim IRI spaces (those are excluded by their prefix)
    excluded: set[str] = {s.value for s, in run_query(
        store, f"SELECT DISTINCT ?s WHERE {{ VALUES ?t {{ <{_NEWS_ARTICLE}> <{_CLAIM_CLASS}> }} ?s a ?t "
               f"FILTER(!STRSTARTS(STR(?s), \"{ARTICLE}\") && !STRSTARTS(STR(?s), \"{CLAIM}\")) }}")}
    prefixes = (ARTICLE, CLAIM)

    rel_iris = {iri: name for iri, name in RELATION_NAMES.items()}
    edge_facts: dict[tuple[str, str, str], Fact] = {}
    lit_facts: dict[tuple[str, str, str], Fact] = {}
    for s, p, o in run_query(store, f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {_values(rel_iris)} }} ?s ?p ?o }}"):
        if not isinstance(s, NamedNode):
            continue
        sv = s.value
        if sv in excluded or sv.startswith(prefixes):
            continue
        pv = p.value
        rel = rel_iris[pv]
        if isinstance(o, NamedNode):
            ov = o.value
            if ov in excluded or ov.startswith(prefixes):
                continue
            term = str(o)
            edge_facts[(sv, pv, term)] = Fact(sv, rel, ov, term=term)
            if ov not in entities:
                entities[ov] = Entity(ov)
        elif isinstance(o, Literal):
            term = str(o)
            lit_facts[(sv, pv, term)] = Fact(sv, rel, o.value, literal=True,
                                             datatype=o.datatype.value if o.datatype else "", term=term)
        else:
            continue
        if sv not in entities:
            entities[sv] = Entity(sv)

    for prop, attr in (("rdfs:label", "labels"), ("skos:altLabel", "alt")):
        for e, lit in run_query(store, f"SELECT DISTINCT ?e ?l WHERE {{ ?e {prop} ?l }}"):
            ent = entities.get(e.value) if isinstance(e, NamedNode) else None
            if ent is None or not isinstance(lit, Literal):
                continue
            pair = (lit.value, _lang(lit))
            lst = getattr(ent, attr)
            if pair not in lst:
                lst.append(pair)
    for ent in entities.values():      # deterministic order: zh first, then by value
        if len(ent.labels) > 1:
            ent.labels.sort(key=lambda p: (not p[1].startswith("zh"), p[1], p[0]))
        if len(ent.alt) > 1:
            ent.alt.sort(key=lambda p: (not p[1].startswith("zh"), p[1], p[0]))

    facts = sorted(edge_facts.values(), key=lambda f: (f.subject, f.relation, f.obj))
    literal_facts = sorted(lit_facts.values(), key=lambda f: (f.subject, f.relation, f.obj))
    data = GraphData(entities, facts, literal_facts, [], {})
    if claims:
        load_claims(store, data)
    return data


def load_claims(store: ox.Store, data: GraphData, subjects: Iterable[str] | None = None) -> None:
    """Read the claims of ``data``'s facts (only of facts whose subject is in ``subjects``, if
    given: reading every claim of a large store is most of the time of drawing it) and the articles
    they come from. Claims are numbered in the same order either way."""
    edge_facts = {(f.subject, RELATIONS[f.relation], f.term): f for f in data.facts}
    lit_facts = {(f.subject, RELATIONS[f.relation], f.term): f for f in data.literal_facts}
    articles: dict[str, dict[str, Any]] = {}
    for a, *vals in run_query(store, """SELECT ?a ?h ?d ?u ?f WHERE { ?a a schema:NewsArticle .
            OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:datePublished ?d }
            OPTIONAL { ?a schema:url ?u } OPTIONAL { ?a hz:sourceFile ?f } }"""):
        iri = a.value
        art = articles.get(iri)
        if art is None:
            art = articles[iri] = {"iri": iri, "headline": "", "date": "", "url": "", "file": ""}
        for key, v in zip(("headline", "date", "url", "file"), vals):
            if v is not None and not art[key]:
                art[key] = v.value
        art["url"] = _safe_url(art["url"])

    claims = data.claims
    # one row per (claim, property, value), assembled here: a chain of eleven OPTIONALs per claim
    # costs Oxigraph 10x more (44 s instead of 4 s for the 2,000 entities drawn at 10,000 articles)
    if subjects is not None:
        flat = f"SELECT ?c ?k ?v WHERE {{ VALUES ?s {{ {_values(sorted(subjects))} }} ?c rdf:subject ?s . ?c ?k ?v }}"
    else:
        flat = "SELECT ?c ?k ?v WHERE { ?c a hz:Claim . ?c ?k ?v }"
    props: dict[str, dict[str, list]] = {}
    for c, k, v in run_query(store, flat):
        key = str(c)
        vals = props.get(key)
        if vals is None:
            vals = props[key] = {}
        kv = k.value
        lst = vals.get(kv)
        if lst is None:
            vals[kv] = [v]
        else:
            lst.append(v)
    rows = []
    rdf_type = _RDF + "type"
    prop_items = list(_CLAIM_PROPS.items())
    for c, vals in props.items():
        types = vals.get(rdf_type)
        if not types or _CLAIM_CLASS not in {t.value for t in types}:
            continue
        row = {"c": c}
        for var, iri in prop_items:       # a property stated twice: the smallest value, always the same
            terms = vals.get(iri)
            row[var] = (terms[0] if len(terms) == 1 else min(terms, key=str)) if terms else None
        if row["s"] is not None and row["p"] is not None and row["o"] is not None:
            row["_key"] = (row["s"].value, row["p"].value, str(row["o"]))
            rows.append(row)
    rows.sort(key=lambda sol: (str(sol["s"]), str(sol["p"]), sol["_key"][2],
                               (sol["a"].value if sol["a"] is not None else ""), _num(sol["start"]) or 0, sol["c"]))
    for sol in rows:
        fact = edge_facts.get(sol["_key"]) or lit_facts.get(sol["_key"])
        if fact is None:
            continue
        extras = {}
        for var in ("title", "tense", "hedged", "round", "amount"):
            if sol[var] is not None:
                extras[var] = sol[var].value
        claims.append({
            "article": sol["a"].value if sol["a"] is not None else "",
            "quote": sol["quote"].value if sol["quote"] is not None else "",
            "start": _num(sol["start"]), "end": _num(sol["end"]),
            "extractor": sol["ext"].value if sol["ext"] is not None else "",
            "confidence": _num(sol["conf"]),
            "extras": extras,
        })
        fact.claims.append(len(claims) - 1)

    data.articles.update(articles)


# --------------------------------------------------------------------------------------------
# Choosing the part of the graph to draw
# --------------------------------------------------------------------------------------------

def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace(" ", "")


def _parse_choice(value, table: dict[str, Any], zh_names: dict[str, str], what: str) -> set[str] | None:
    """Comma-separated (or iterable) names -> set of canonical keys; accepts English keys or 中文 names."""
    if value is None:
        return None
    items = [v.strip() for v in (value.split(",") if isinstance(value, str) else value) if v and v.strip()]
    if not items:
        return None
    lookup = {k.casefold(): k for k in table}
    lookup.update({zh.casefold(): k for k, zh in zh_names.items()})
    out = set()
    for item in items:
        key = lookup.get(item.casefold())
        if key is None:
            raise UserError(f"unknown {what} {item!r}; choose from: {', '.join(table)}")
        out.add(key)
    return out


def find_entity(data: GraphData, name: str) -> str:
    """The IRI of the entity called ``name`` (any label or alias, or the IRI itself)."""
    if name in data.entities:
        return name
    wanted = _norm(name)
    exact = sorted(iri for iri, e in data.entities.items() if any(_norm(n) == wanted for n in e.names))
    if exact:
        return exact[0]
    near = sorted({e.label for e in data.entities.values() if any(wanted in _norm(n) for n in e.names)})
    hint = f"; did you mean: {', '.join(near[:8])}" if near else ""
    raise UserError(f"no entity named {name!r}{hint}")


@dataclass
class Selection:
    nodes: list[str]
    edges: list[Fact]
    focus: str | None
    total_nodes: int
    total_edges: int
    capped: int = 0            # nodes selected before --max-nodes kept only the most connected (0: not capped)


def select_subgraph(data: GraphData, focus: str | None = None, depth: int = 1, max_nodes: int | None = None,
                    types=None, relations=None) -> Selection:
    """Apply the filters in order: types and relations, then --focus/--depth, then --max-nodes."""
    type_keys = _parse_choice(types, TYPE_STYLES, {k: v[0] for k, v in TYPE_STYLES.items()}, "entity type")
    rel_keys = _parse_choice(relations, RELATIONS, {k: v[0] for k, v in RELATION_LABELS.items()}, "relation")
    if depth is None or depth < 1:
        depth = 1
    focus_iri = find_entity(data, focus) if focus else None

    nodes = {iri for iri, e in data.entities.items() if type_keys is None or e.type in type_keys}
    if focus_iri:
        nodes.add(focus_iri)
    edges = [f for f in data.facts if (rel_keys is None or f.relation in rel_keys)
             and f.subject in nodes and f.obj in nodes]

    if focus_iri:
        adj: dict[str, set[str]] = defaultdict(set)
        for f in edges:
            adj[f.subject].add(f.obj)
            adj[f.obj].add(f.subject)
        keep = {focus_iri}
        frontier = deque([(focus_iri, 0)])
        while frontier:
            node, d = frontier.popleft()
            if d >= depth:
                continue
            for nb in adj[node]:
                if nb not in keep:
                    keep.add(nb)
                    frontier.append((nb, d + 1))
        nodes = keep
        edges = [f for f in edges if f.subject in nodes and f.obj in nodes]

    capped = 0
    if max_nodes is not None and len(nodes) > max_nodes:
        capped = len(nodes)
        degree: dict[str, int] = defaultdict(int)
        for f in edges:
            degree[f.subject] += 1
            degree[f.obj] += 1
        ranked = sorted(nodes, key=lambda n: (n != focus_iri, -degree[n], data.entities[n].label, n))
        nodes = set(ranked[:max(1, max_nodes)])
        edges = [f for f in edges if f.subject in nodes and f.obj in nodes]

    ordered = sorted(nodes, key=lambda n: (TYPE_ORDER.index(data.entities[n].type), data.entities[n].label, n))
    return Selection(ordered, edges, focus_iri, len(data.entities), len(data.facts), capped)


def cap_note(nodes: int, capped: int) -> str:
    """The line graph.html shows (and ``kg build`` prints) when --max-nodes left entities out."""
    return (f"只显示连接最多的 {nodes:,} 个实体（共 {capped:,} 个）· Showing the {nodes:,} most connected of "
            f"{capped:,} entities: draw more with kg explore --max-nodes N, or one part with --focus NAME")


# --------------------------------------------------------------------------------------------
# Layout for large graphs (computed here so the page needs no physics)
# --------------------------------------------------------------------------------------------

RING_STEP = 160.0    # distance between BFS rings
NODE_GAP = 48.0      # minimum arc length between neighbours on a ring


def _radial_component(g: nx.Graph, comp: set, degree: dict) -> tuple[dict, float]:
    """Radial tree layout of one component around its best-connected node: O(n)."""
    if len(comp) == 1:
        return {next(iter(comp)): (0.0, 0.0)}, NODE_GAP
    root = min(comp, key=lambda n: (-degree[n], n))
    parent = {root: None}
    children: dict[Any, list] = defaultdict(list)
    depth = {root: 0}
    order = [root]
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for nb in sorted(g[node], key=lambda n: (-degree[n], n)):
            if nb not in parent:
                parent[nb] = node
                depth[nb] = depth[node] + 1
                children[node].append(nb)
                order.append(nb)
                queue.append(nb)
    leaves = {}
    for node in reversed(order):
        leaves[node] = sum(leaves[c] for c in children[node]) or 1
    span = {root: (0.0, 2 * math.pi)}
    min_span: dict[int, float] = {}
    for node in order:
        a0, a1 = span[node]
        total = leaves[node]
        cursor = a0
        for c in children[node]:
            width = (a1 - a0) * leaves[c] / total
            span[c] = (cursor, cursor + width)
            cursor += width
            d = depth[c]
            min_span[d] = min(min_span.get(d, 2 * math.pi), width)
    radius = {0: 0.0}
    for d in range(1, max(depth.values()) + 1):
        need = NODE_GAP / max(min_span[d], 1e-9)
        radius[d] = max(radius[d - 1] + RING_STEP, min(need, radius[d - 1] + RING_STEP * 40))
    pos = {}
    for node in order:
        a0, a1 = span[node]
        angle = (a0 + a1) / 2
        r = radius[depth[node]]
        pos[node] = (r * math.cos(angle), r * math.sin(angle))
    return pos, radius[max(depth.values())] + NODE_GAP


def compute_layout(nodes: list, edges: Iterable[tuple]) -> dict:
    """Positions for every node: a radial layout per connected component (networkx for the graph
    work), components packed in rows, biggest first. Deterministic; linear in the graph size."""
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((a, b) for a, b in edges if a != b)
    degree = dict(g.degree())
    comps = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    placed = [_radial_component(g, c, degree) for c in comps]
    total_area = sum((2 * r) ** 2 for _, r in placed)
    row_width = max(max((2 * r for _, r in placed), default=0), math.sqrt(total_area) * 1.15)
    out = {}
    x = y = 0.0
    row_h = 0.0
    for pos, r in placed:
        diam = 2 * r
        if x > 0 and x + diam > row_width:
            x, y = 0.0, y + row_h
            row_h = 0.0
        cx, cy = x + r, y + r
        for node, (px, py) in pos.items():
            out[node] = (round(cx + px, 1), round(cy + py, 1))
        x += diam
        row_h = max(row_h, diam)
    if out:
        xs = [p[0] for p in out.values()]
        ys = [p[1] for p in out.values()]
        mx, my = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        out = {n: (round(px - mx, 1), round(py - my, 1)) for n, (px, py) in out.items()}
    return out


# --------------------------------------------------------------------------------------------
# The page
# --------------------------------------------------------------------------------------------

def build_payload(data: GraphData, sel: Selection, title: str = "") -> dict[str, Any]:
    """The JSON the page reads: compact arrays indexed by node / edge / claim / article number."""
    index = {iri: i for i, iri in enumerate(sel.nodes)}
    degree = [0] * len(sel.nodes)
    for f in sel.edges:
        degree[index[f.subject]] += 1
        degree[index[f.obj]] += 1
    use_physics = len(sel.nodes) <= PHYSICS_MAX_NODES
    positions = {} if use_physics else compute_layout(list(range(len(sel.nodes))),
                                                      ((index[f.subject], index[f.obj]) for f in sel.edges))

    claim_ids: dict[int, int] = {}
    article_ids: dict[str, int] = {}
    claims_out: list[list] = []
    articles_out: list[list] = []

    def claim_refs(fact: Fact) -> list[int]:
        refs = []
        for c in fact.claims:
            if c not in claim_ids:
                cl = data.claims[c]
                a = cl["article"]
                if a not in article_ids:
                    art = data.articles.get(a, {"headline": "", "date": "", "url": "", "file": ""})
                    article_ids[a] = len(articles_out)
                    articles_out.append([art["headline"], art["date"], art["url"], a, art["file"]])
                claim_ids[c] = len(claims_out)
                claims_out.append([article_ids[a], cl["quote"], cl["start"], cl["end"], cl["extractor"],
                                   cl["confidence"], cl["extras"]])
            refs.append(claim_ids[c])
        return refs

    type_counts: dict[str, int] = defaultdict(int)
    nodes_out = []
    for i, iri in enumerate(sel.nodes):
        ent = data.entities[iri]
        type_counts[ent.type] += 1
        x, y = positions.get(i, (None, None))
        nodes_out.append([ent.label, ent.label_en, TYPE_ORDER.index(ent.type), degree[i], x, y])

    rel_order = list(RELATIONS)
    rel_counts: dict[str, int] = defaultdict(int)
    edges_out = []
    for f in sel.edges:
        rel_counts[f.relation] += 1
        edges_out.append([index[f.subject], index[f.obj], rel_order.index(f.relation), claim_refs(f)])

    literals: dict[int, list] = defaultdict(list)
    for f in data.literal_facts:
        if f.subject in index:
            rel_counts.setdefault(f.relation, 0)
            literals[index[f.subject]].append([rel_order.index(f.relation), f.obj, f.datatype.rsplit("#", 1)[-1],
                                               claim_refs(f)])

    return {
        "title": title,
        "physics": use_physics,
        "focus": index.get(sel.focus) if sel.focus else None,
        "total": {"nodes": sel.total_nodes, "edges": sel.total_edges},
        "note": cap_note(len(sel.nodes), sel.capped) if sel.capped else "",
        "types": [{"key": k, "zh": v[0], "en": v[1], "color": v[2], "shape": v[3], "count": type_counts.get(k, 0)}
                  for k, v in TYPE_STYLES.items()],
        "relations": [{"key": k, "zh": RELATION_LABELS[k][0], "en": RELATION_LABELS[k][1],
                       "color": RELATION_LABELS[k][2], "count": rel_counts.get(k, 0), "literal": k in _date_relations()}
                      for k in rel_order],
        "nodes": nodes_out,
        "names": [data.entities[iri].names for iri in sel.nodes],
        "iris": sel.nodes,
        "types_of": [data.entities[iri].types for iri in sel.nodes],
        "edges": edges_out,
        "literals": {str(k): v for k, v in sorted(literals.items())},
        "claims": claims_out,
        "articles": articles_out,
    }


def _date_relations() -> frozenset:
    from .vocab import DATE_RELATIONS
    return DATE_RELATIONS


def _json_for_script(obj: Any) -> str:
    """JSON safe inside <script>: no '<', '>', '&' or line separators can end or bend the element."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _vis_dir() -> Path:
    """The vis-network files shipped inside the installed pyvis package (newest version)."""
    try:
        import pyvis
    except ImportError as exc:  # pragma: no cover - pyvis is a dependency
        raise UserError("the explorer needs the pyvis package (pip install pyvis)") from exc
    base = Path(pyvis.__file__).parent
    candidates = [d for sub in ("lib", "templates/lib") for d in (base / sub).glob("vis-*")
                  if (d / "vis-network.min.js").is_file() and (d / "vis-network.css").is_file()]
    if not candidates:
        raise UserError(f"no vis-network files found in the pyvis package at {base}")

    def version(d: Path):
        return tuple(int(x) for x in re.findall(r"\d+", d.name))
    return max(candidates, key=version)


def _inline_js(text: str) -> str:
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def _inline_css(text: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", text, flags=re.IGNORECASE)


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(payload: dict[str, Any]) -> str:
    """The whole page as one string: template + inlined vis-network + our CSS/JS + the data."""
    vis = _vis_dir()
    vis_js = _inline_js(vis.joinpath("vis-network.min.js").read_text(encoding="utf-8"))
    vis_css = _inline_css(vis.joinpath("vis-network.css").read_text(encoding="utf-8"))
    app_js = _inline_js(STATIC_DIR.joinpath("explorer.js").read_text(encoding="utf-8"))
    app_css = _inline_css(STATIC_DIR.joinpath("explorer.css").read_text(encoding="utf-8"))
    template = STATIC_DIR.joinpath("explorer.html").read_text(encoding="utf-8")
    csp = ("default-src 'none'; "
           f"script-src {_sha256(vis_js)} {_sha256(app_js)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = {
        "CSP": html.escape(csp, quote=False).replace('"', "&quot;"),
        "TITLE": html.escape(payload.get("title") or "杭州知识图谱 · Hangzhou KG", quote=False),
        "VIS_CSS": vis_css,
        "APP_CSS": app_css,
        "DATA": _json_for_script(payload),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
        "VIS_VERSION": html.escape(vis.name),
    }
    # one pass: text inserted for one placeholder is never scanned for another
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)] if m.group(1) in parts else m.group(0), template)


def _title_for(data: GraphData, sel: Selection) -> str:
    if sel.focus:
        return f"{data.entities[sel.focus].label} · 杭州知识图谱 Hangzhou KG"
    return "杭州知识图谱 · Hangzhou KG"


def write_explorer(store_obj: ox.Store, output_path, focus: str | None = None, depth: int = 1,
                   max_nodes: int | None = None, types=None, relations=None) -> dict[str, Any]:
    """Write the explorer page for (part of) the graph in ``store_obj``; returns counts for a summary."""
    data = load_graph(store_obj, claims=False)
    sel = select_subgraph(data, focus=focus, depth=depth, max_nodes=max_nodes, types=types, relations=relations)
    # claims only for what is drawn (all of them when everything is: no VALUES list of every entity)
    load_claims(store_obj, data, sel.nodes if len(sel.nodes) < len(data.entities) else None)
    payload = build_payload(data, sel, title=_title_for(data, sel))
    page = render_html(payload)
    out = Path(output_path)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return {"path": str(out), "nodes": len(sel.nodes), "edges": len(sel.edges),
            "total_nodes": sel.total_nodes, "total_edges": sel.total_edges,
            "layout": "physics" if payload["physics"] else "python", "bytes": len(page.encode("utf-8")),
            "note": payload["note"]}


def _open(store) -> ox.Store:
    from .store import open_store
    if not isinstance(store, (str, Path)):
        return store
    try:
        return open_store(store, read_only=True)
    except (UserError, OSError):
        # a read-only open can fail while another process holds the store; a normal open may not
        return open_store(store)


def explore_command(store, output, focus=None, depth=1, max_nodes=None, types=None, relations=None) -> str:
    """``kg explore``: write the page, return a one-line summary."""
    st = _open(store)
    stats = write_explorer(st, output, focus=focus, depth=depth, max_nodes=max_nodes, types=types,
                           relations=relations)
    if stats["nodes"] == 0:
        return f"wrote {stats['path']}: the selection is empty (0 of {stats['total_nodes']} entities)"
    return (f"wrote {stats['path']}: {stats['nodes']} of {stats['total_nodes']} entities, "
            f"{stats['edges']} of {stats['total_edges']} facts, layout: {stats['layout']}"
            + (" (the most connected: --max-nodes)" if stats["note"] else ""))


# --------------------------------------------------------------------------------------------
# networkx, GraphML and GEXF
# --------------------------------------------------------------------------------------------

def to_networkx(store_obj: ox.Store) -> nx.MultiDiGraph:
    """The entity graph as a MultiDiGraph: nodes are entity IRIs, one edge per fact keyed by relation.

    Node attributes (all strings, so GraphML and GEXF keep them): label, label_en, type, type_zh,
    types, aliases, iri, and one attribute per literal fact (foundingDate, datePublished).
    Edge attributes: relation, relation_zh, relation_en, label, predicate, claims, confidence, articles.
    """
    data = load_graph(store_obj)
    g = nx.MultiDiGraph(name="hangzhou-kg")
    for iri in sorted(data.entities):
        ent = data.entities[iri]
        zh, en, _, _ = TYPE_STYLES[ent.type]
        g.add_node(iri, label=ent.label, label_en=ent.label_en, type=ent.type, type_zh=zh,
                   types=",".join(ent.types) or OTHER_TYPE,
                   aliases=" | ".join(n for n in ent.names if n != ent.label), iri=iri)
    for f in data.literal_facts:
        attrs = g.nodes[f.subject]
        attrs[f.relation] = f.obj if f.relation not in attrs else f"{attrs[f.relation]} | {f.obj}"
    for f in data.facts:
        zh, en, _ = RELATION_LABELS[f.relation]
        confs = [data.claims[c]["confidence"] for c in f.claims if data.claims[c]["confidence"] is not None]
        arts = sorted({data.claims[c]["article"] for c in f.claims if data.claims[c]["article"]})
        g.add_edge(f.subject, f.obj, key=f.relation, relation=f.relation, relation_zh=zh, relation_en=en,
                   label=zh, predicate=RELATIONS[f.relation], claims=len(f.claims),
                   confidence=float(max(confs)) if confs else 0.0, articles=" ".join(arts))
    return g


def _hex_rgb(color: str) -> dict[str, int]:
    c = color.lstrip("#")
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16), "a": 1.0}


def write_network(store_obj: ox.Store, fmt: str, output) -> None:
    """Write the entity graph as GraphML or GEXF (Gephi) to a path, to stdout for ``-``, or to a
    binary file object (anything with ``write``)."""
    fmt = fmt.lower()
    if fmt not in ("graphml", "gexf"):
        raise UserError(f"unknown network format {fmt!r}; choose graphml or gexf")
    g = to_networkx(store_obj)
    if fmt == "gexf":
        for node, attrs in g.nodes(data=True):
            style = TYPE_STYLES[attrs["type"]]
            attrs["viz"] = {"color": _hex_rgb(style[2]), "size": float(8 + 4 * math.sqrt(g.degree(node)))}
        writer = nx.write_gexf
    else:
        writer = nx.write_graphml
    if hasattr(output, "write"):
        writer(g, output)
        return
    if output in (None, "-"):
        import io
        buf = io.BytesIO()
        writer(g, buf)
        sys.stdout.buffer.write(buf.getvalue())
        sys.stdout.buffer.flush()
        return
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("wb") as fh:
        writer(g, fh)
