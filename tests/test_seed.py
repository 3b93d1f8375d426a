"""The shared seed article against its gold: quality, provenance offsets, entity identity, SHACL."""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.articles import load_article
from kg.evaluate import eval_command, evaluate, gold_norm, read_gold
from kg.lexicon import get_lexicon
from kg.sentences import split_sentences
from kg.store import open_store
from kg.validate import validate_store
from kg.vocab import ARTICLE, ENTITY, HZ, PROV, RDF, RDFS, SKOS

DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")


def gold_path(shared: Path) -> Path:
    return shared / "eval" / "seed-gold.tsv"


@pytest.fixture(scope="module")
def seed_triples(seed_store) -> list[ox.Triple]:
    out, _ = seed_store
    return list(ox.parse(path=str(out / "kg.ttl"), format=ox.RdfFormat.TURTLE))


@pytest.fixture(scope="module")
def seed_article(shared_dir):
    (path,) = sorted((shared_dir / "seeds").glob("*.md"))
    return load_article(path)


def test_seed_build_report(seed_store):
    _, report = seed_store
    assert report.articles == 1
    assert report.skipped == []
    assert report.claims > 0


def test_eval_precision_and_f1(seed_store, shared_dir):
    out, _ = seed_store
    st = open_store(out / "store")
    try:
        res = evaluate([str(gold_path(shared_dir))], st)
    finally:
        del st
    m = res.micro
    summary = (f"P={m['precision']} R={m['recall']} F1={m['f1']}; missed="
               f"{[(g.raw[0], g.relation, g.raw[1]) for g in res.missed]}; "
               f"spurious={[(p.subject, p.relation, p.object) for p in res.spurious]}")
    assert m["precision"] >= 0.90, summary
    assert m["f1"] >= 0.90, summary


def test_kg_eval_text_output(seed_store, shared_dir):
    out, _ = seed_store
    text = eval_command([str(gold_path(shared_dir))], store=str(out / "store"), show=False)
    last = text.strip().splitlines()[-1]
    m = re.fullmatch(r"precision (\d\.\d{3})  recall (\d\.\d{3})  F1 (\d\.\d{3})", last)
    assert m, last
    assert float(m[1]) >= 0.90 and float(m[3]) >= 0.90


def test_every_quote_is_the_body_slice_and_a_sentence(seed_triples, seed_article):
    by_claim: dict[str, dict[str, ox.Term]] = defaultdict(dict)
    claims = set()
    for t in seed_triples:
        if t.predicate.value == str(RDF.type) and t.object.value == str(HZ.Claim):
            claims.add(t.subject.value)
        by_claim[t.subject.value][t.predicate.value] = t.object
    assert claims, "no claims in the seed build"
    body = seed_article.body
    sentences = {(s.start, s.end): s.text for s in split_sentences(body)}
    article_iri = ARTICLE + seed_article.id
    for c in sorted(claims):
        props = by_claim[c]
        quote = props[str(HZ.quote)]
        start, end = int(props[str(HZ.startOffset)].value), int(props[str(HZ.endOffset)].value)
        assert quote.value == body[start:end], c
        assert sentences.get((start, end)) == quote.value, c
        assert quote.language == "zh"
        assert props[str(PROV.wasDerivedFrom)].value == article_iri
        assert 0 < float(props[str(HZ.confidence)].value) <= 1


def test_every_gold_name_maps_to_one_iri(seed_triples, shared_dir):
    """One real-world entity is one IRI, whatever name the article uses for it.

    Each gold name (each alternative of a subject or object cell) is the label or altLabel of at most
    one entity, and the alternatives of a cell that name one entity (per the lexicon; names the
    lexicon does not know count as the cell's own entity) all land on the same IRI. Some cells
    deliberately accept different entities (浙江大学竺可桢学院|…|浙江大学, 杭州|…|中共杭州市委): the
    lexicon keeps those apart.
    """
    names: dict[str, set[str]] = defaultdict(set)
    for t in seed_triples:
        if t.predicate.value in (str(RDFS.label), str(SKOS.altLabel)) and t.subject.value.startswith(ENTITY):
            names[gold_norm(t.object.value)].add(t.subject.value)
    lex = get_lexicon()
    rows, _ = read_gold(str(gold_path(shared_dir)))
    problems = []
    for g in rows:
        for cell in g.raw:
            alts = [a.strip() for a in cell.split("|") if a.strip()]
            if all(DATE.fullmatch(a) for a in alts):
                continue
            groups: dict[str, set[str]] = defaultdict(set)
            for a in alts:
                iris = names.get(gold_norm(a), set())
                if len(iris) > 1:
                    problems.append(f"{a!r} is the name of {sorted(iris)}")
                entry = lex.lookup(a)
                groups[entry.key if entry else "<cell>"] |= iris
            for key, iris in groups.items():
                if len(iris) > 1:
                    problems.append(f"{cell!r} ({key}) maps to {sorted(iris)}")
    assert sorted(set(problems)) == []


def test_shacl_validates(seed_store):
    out, report = seed_store
    assert report.shacl_ok is True, report.shacl_text
    st = open_store(out / "store")
    try:
        ok, text = validate_store(st)
    finally:
        del st
    assert ok, text


def test_article_metadata(seed_triples, seed_article):
    art = ARTICLE + seed_article.id
    meta = {(t.predicate.value, t.object.value) for t in seed_triples if t.subject.value == art}
    assert ("https://schema.org/headline", "杭州的爆发是偶然吗？") in meta
    assert ("https://schema.org/datePublished", "2025-02-07") in meta
    assert ("https://schema.org/url", "https://new.qq.com/rain/a/20250207A096M800") in meta
    assert seed_article.id == "000-3bdfe15cd80c49fd"
