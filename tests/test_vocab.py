"""kg/vocab.py against ontology/hzkg.ttl: every hz: term declared and labelled, and back."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF, RDFS, URIRef

from kg.vocab import HZ, PREFIXES, RELATION_NAMES, RELATIONS, TYPES

ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "hzkg.ttl"
HZ_NS = str(HZ._NS)
DECLARED_AS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDFS.Class, RDF.Property}


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def hz_terms() -> set[str]:
    return {HZ_NS + name for name in HZ.__annotations__}


def labels(g: rdflib.Graph, term: URIRef) -> dict[str, str]:
    return {lit.language: str(lit) for lit in g.objects(term, RDFS.label) if isinstance(lit, rdflib.Literal)}


def test_hz_terms_enumerated():
    terms = hz_terms()
    assert len(terms) >= 20
    assert HZ_NS + "Claim" in terms and HZ_NS + "quote" in terms


def test_every_hz_term_is_declared_with_zh_and_en_labels(onto):
    problems = []
    for t in sorted(hz_terms()):
        term = URIRef(t)
        if not set(onto.objects(term, RDF.type)) & DECLARED_AS:
            problems.append(f"{t}: not declared as a class or property")
        lab = labels(onto, term)
        if not lab.get("zh") or not lab.get("en"):
            problems.append(f"{t}: labels {lab}")
    assert problems == []


def test_every_hz_term_used_in_the_ontology_is_in_HZ(onto):
    used = {str(x) for triple in onto for x in triple if isinstance(x, URIRef) and str(x).startswith(HZ_NS)}
    assert used, "the ontology uses no hz: terms?"
    assert used - hz_terms() == set()


def test_HZ_is_closed():
    with pytest.raises(AttributeError):
        HZ.notATerm  # noqa: B018
    with pytest.raises(AttributeError):
        HZ.claim  # noqa: B018 - case matters
    assert str(HZ.Claim) == HZ_NS + "Claim"
    assert str(HZ["round"]) == HZ_NS + "round"


def test_every_relation_is_declared_with_labels(onto):
    for name, iri in RELATIONS.items():
        term = URIRef(iri)
        kinds = set(onto.objects(term, RDF.type))
        assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, name
        lab = labels(onto, term)
        assert lab.get("zh") and lab.get("en"), (name, lab)
        assert (term, RDFS.domain, None) in onto, name


def test_date_relations_are_datatype_properties(onto):
    for name in ("datePublished", "foundingDate"):
        assert (URIRef(RELATIONS[name]), RDF.type, OWL.DatatypeProperty) in onto


def test_every_type_is_a_labelled_class(onto):
    for name, iri in TYPES.items():
        term = URIRef(iri)
        assert (term, RDF.type, OWL.Class) in onto, name
        lab = labels(onto, term)
        assert lab.get("zh") and lab.get("en"), (name, lab)


def test_relation_table_round_trips():
    assert len(set(RELATIONS.values())) == len(RELATIONS)
    assert {RELATION_NAMES[iri] for iri in RELATIONS.values()} == set(RELATIONS)


def test_prefixes():
    assert PREFIXES["hz"] == HZ_NS == "https://w3id.org/hzkg/ontology#"
    assert PREFIXES["schema"] == "https://schema.org/"
    assert PREFIXES["e"] == "https://w3id.org/hzkg/entity/"
