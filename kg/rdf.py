"""Stage 5: one article → its RDF named graph (facts, entities, claims with provenance).

In: an :class:`~kg.articles.Article`, an extractor, the lexicon. Out: an :class:`ArticleGraph`:
the pyoxigraph quads of the article's named graph exactly as docs/data-model.md specifies
(schema:NewsArticle metadata, each entity's type, label and altLabels, each fact triple, and one
reified ``hz:Claim`` per fact and sentence with the verbatim sentence, its offsets, the rule and
a confidence), plus counts for the build summary.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

import pyoxigraph as ox

from .articles import Article
from .extract import Claim, Extractor
from .lexicon import Lexicon
from .resolve import Entity, Resolver
from .vocab import ARTICLE, CLAIM, HZ, PROV, RDF, RDFS, RELATIONS, SDO, SKOS, TYPES, XSD

_CJK = re.compile(r"[\u3400-\u9fff]")
_TYPE_HINT = {("prioritizes", "o"): "Industry"}


def N(iri) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def lang_literal(text: str) -> ox.Literal:
    return ox.Literal(text, language="zh" if _CJK.search(text) else "en")


def date_literal(value: str) -> ox.Literal:
    return ox.Literal(value, datatype=_DATE_TYPES[len(value)])


class _Terms:
    """The vocabulary's nodes, made once (rdflib namespace look-ups and NamedNode construction are a
    visible share of building each article's graph otherwise)."""

    def __init__(self) -> None:
        self.type, self.subject, self.predicate, self.object = N(RDF.type), N(RDF.subject), N(RDF.predicate), N(RDF.object)
        self.label, self.alt = N(RDFS.label), N(SKOS.altLabel)
        self.claim, self.derived = N(HZ.Claim), N(PROV.wasDerivedFrom)
        self.quote, self.start, self.end = N(HZ.quote), N(HZ.startOffset), N(HZ.endOffset)
        self.extractor, self.confidence = N(HZ.extractor), N(HZ.confidence)
        self.title, self.tense, self.hedged, self.approximate = N(HZ.title), N(HZ.tense), N(HZ.hedged), N(HZ.approximate)
        self.round, self.amount = N(HZ["round"]), N(HZ.amount)
        self.integer, self.decimal = N(XSD.integer), N(XSD.decimal)
        self.true = ox.Literal("true", datatype=N(XSD.boolean))
        self.relations = {rel: (str(p), N(p)) for rel, p in RELATIONS.items()}
        self.types = {t: N(iri) for t, iri in TYPES.items()}


_DATE_TYPES = {4: N(XSD.gYear), 7: N(XSD.gYearMonth), 10: N(XSD.date)}
_T = _Terms()


_ANCHOR_ORDER = {"founder": 0, "worksFor": 1, "alumniOf": 2, "investedIn": 3}


def anchor_people(resolved: list[tuple[Claim, Entity, Entity | None]]) -> None:
    """Give each person outside the lexicon an anchor: the organisation this article ties them to
    most strongly (founded > works for, current before former > studied at), so that two 李伟 of
    different companies get two IRIs while the same 李伟 of 趣链科技 in two articles gets one."""
    ranked: dict[str, tuple] = {}
    for c, subj, obj in resolved:
        if obj is None or c.relation not in _ANCHOR_ORDER:
            continue
        person, org = (obj, subj) if c.relation == "founder" else (subj, obj)
        if person.type != "Person" or person.entry is not None or org.type == "Person":
            continue
        rank = (_ANCHOR_ORDER[c.relation], 1 if c.tense == "former" else 0, c.sentence.start, org.name)
        if person.key not in ranked or rank < ranked[person.key][0]:
            ranked[person.key] = (rank, person, org)
    for _, person, org in ranked.values():
        person.anchor = org.name


@dataclass
class ArticleGraph:
    article: Article
    iri: str
    quads: list[ox.Quad]
    entities: dict[str, Entity] = field(default_factory=dict)   # iri -> entity
    facts: Counter = field(default_factory=Counter)             # relation -> count
    claims: int = 0


def article_iri(article: Article) -> str:
    return ARTICLE + article.id


def build_article_graph(article: Article, extractor: Extractor, lexicon: Lexicon,
                        min_confidence: float = 0.0) -> ArticleGraph:
    g = N(article_iri(article))
    quads: list[ox.Quad] = []

    def add(s, p, o):
        quads.append(ox.Quad(s, N(p), o, g))

    # article metadata
    add(g, RDF.type, N(SDO.NewsArticle))
    if article.title:
        add(g, SDO.headline, lang_literal(article.title))
    if article.date:
        add(g, SDO.datePublished, ox.Literal(article.date.isoformat(), datatype=N(XSD.date)))
    if article.url and re.match(r"^https?://[^\s<>\"{}|\\^`]+$", article.url):
        add(g, SDO.url, N(article.url))
    for tag in article.tags:
        add(g, SDO.keywords, ox.Literal(tag))
    add(g, SDO.inLanguage, ox.Literal(article.lang))
    add(g, HZ.sourceFile, ox.Literal(article.path))

    resolver = Resolver(lexicon)
    result = extractor.extract(article)
    claims: list[Claim] = result.claims
    for sent, ms in result.sentences:          # bracket aliases declared anywhere in the article
        resolver.learn_aliases(sent.text, ms)

    # resolve every argument first: people's IRIs depend on the organisations the article ties them to
    resolved: list[tuple[Claim, Entity, Entity | None]] = []
    for c in claims:
        if c.confidence < min_confidence:
            continue
        subj = resolver.entity(c.subject, _TYPE_HINT.get((c.relation, "s")))
        obj = None if isinstance(c.object, str) else resolver.entity(c.object, _TYPE_HINT.get((c.relation, "o")))
        if obj is not None and obj.key == subj.key:
            continue
        if c.relation != "prioritizes" and "Industry" in (subj.type, getattr(obj, "type", None)):
            continue          # a name this article also reads as a policy's field (类脑智能) is no company here
        resolved.append((c, subj, obj))
    anchor_people(resolved)

    best: dict[tuple, Claim] = {}
    ents: dict[str, Entity] = {}
    for c, subj, obj in resolved:
        if obj is None:
            okey = c.object
        else:
            okey = obj.iri
            ents[obj.iri] = obj
        ents[subj.iri] = subj
        key = (subj.iri, c.relation, okey, c.sentence.start)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    facts: Counter = Counter()
    seen_facts = set()
    T = _T
    Quad = ox.Quad
    nodes: dict[str, ox.NamedNode] = {}

    def node(iri: str) -> ox.NamedNode:
        n = nodes.get(iri)
        if n is None:
            n = nodes[iri] = ox.NamedNode(iri)
        return n

    for (s_iri, rel, okey, _), c in sorted(best.items(), key=lambda kv: (kv[0][3], kv[0][0], kv[0][1], str(kv[0][2]))):
        s = node(s_iri)
        o = date_literal(okey) if isinstance(c.object, str) else node(okey)
        p, pn = T.relations[rel]
        if (s_iri, rel, okey) not in seen_facts:
            seen_facts.add((s_iri, rel, okey))
            facts[rel] += 1
            quads.append(Quad(s, pn, o, g))
        cid = hashlib.sha1(f"{article.id}|{s_iri}|{p}|{okey}|{c.sentence.start}".encode()).hexdigest()[:16]
        cl = ox.NamedNode(CLAIM + cid)
        quads += (Quad(cl, T.type, T.claim, g), Quad(cl, T.subject, s, g), Quad(cl, T.predicate, pn, g),
                  Quad(cl, T.object, o, g), Quad(cl, T.derived, g, g),
                  Quad(cl, T.quote, ox.Literal(c.sentence.text, language=article.lang), g),
                  Quad(cl, T.start, ox.Literal(str(c.sentence.start), datatype=T.integer), g),
                  Quad(cl, T.end, ox.Literal(str(c.sentence.end), datatype=T.integer), g),
                  Quad(cl, T.extractor, ox.Literal(c.extractor), g),
                  Quad(cl, T.confidence, ox.Literal(f"{c.confidence:.2f}", datatype=T.decimal), g))
        if c.title:
            quads.append(Quad(cl, T.title, lang_literal(c.title), g))
        if c.tense:
            quads.append(Quad(cl, T.tense, ox.Literal(c.tense), g))
        if c.hedged:
            quads.append(Quad(cl, T.hedged, T.true, g))
        if c.approximate:
            quads.append(Quad(cl, T.approximate, T.true, g))
        if c.round:
            quads.append(Quad(cl, T.round, lang_literal(c.round), g))
        if c.amount:
            quads.append(Quad(cl, T.amount, lang_literal(c.amount), g))
    for iri, e in sorted(ents.items()):
        n = node(iri)
        quads.append(Quad(n, T.type, T.types[e.type], g))
        quads.append(Quad(n, T.label, lang_literal(e.name), g))
        for a in sorted(resolver.aliases_for(e)):
            quads.append(Quad(n, T.alt, lang_literal(a), g))
    return ArticleGraph(article, str(g.value), quads, ents, facts, len(best))
