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
    dtype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return ox.Literal(value, datatype=N(dtype))


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
    for (s_iri, rel, okey, _), c in sorted(best.items(), key=lambda kv: (kv[0][3], kv[0][0], kv[0][1], str(kv[0][2]))):
        s = N(s_iri)
        o = date_literal(okey) if isinstance(c.object, str) else N(okey)
        p = RELATIONS[rel]
        if (s_iri, rel, okey) not in seen_facts:
            seen_facts.add((s_iri, rel, okey))
            facts[rel] += 1
            add(s, p, o)
        cid = hashlib.sha1(f"{article.id}|{s_iri}|{p}|{okey}|{c.sentence.start}".encode()).hexdigest()[:16]
        cl = N(CLAIM + cid)
        add(cl, RDF.type, N(HZ.Claim))
        add(cl, RDF.subject, s)
        add(cl, RDF.predicate, N(p))
        add(cl, RDF.object, o)
        add(cl, PROV.wasDerivedFrom, g)
        add(cl, HZ.quote, ox.Literal(c.sentence.text, language=article.lang))
        add(cl, HZ.startOffset, ox.Literal(str(c.sentence.start), datatype=N(XSD.integer)))
        add(cl, HZ.endOffset, ox.Literal(str(c.sentence.end), datatype=N(XSD.integer)))
        add(cl, HZ.extractor, ox.Literal(c.extractor))
        add(cl, HZ.confidence, ox.Literal(f"{c.confidence:.2f}", datatype=N(XSD.decimal)))
        if c.title:
            add(cl, HZ.title, lang_literal(c.title))
        if c.tense:
            add(cl, HZ.tense, ox.Literal(c.tense))
        if c.hedged:
            add(cl, HZ.hedged, ox.Literal("true", datatype=N(XSD.boolean)))
        if c.approximate:
            add(cl, HZ.approximate, ox.Literal("true", datatype=N(XSD.boolean)))
        if c.round:
            add(cl, HZ["round"], lang_literal(c.round))
        if c.amount:
            add(cl, HZ.amount, lang_literal(c.amount))
    for iri, e in sorted(ents.items()):
        node = N(iri)
        add(node, RDF.type, N(TYPES[e.type]))
        add(node, RDFS.label, lang_literal(e.name))
        for a in sorted(resolver.aliases_for(e)):
            add(node, SKOS.altLabel, lang_literal(a))
    return ArticleGraph(article, str(g.value), quads, ents, facts, len(best))
