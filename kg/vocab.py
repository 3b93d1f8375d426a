"""The project's vocabulary: closed namespaces for ``hz:`` and the schema.org terms we use.

In: nothing. Out: ``HZ`` (a closed :class:`rdflib.namespace.DefinedNamespace`; an undeclared
term raises ``AttributeError``), ``SDO`` terms, prefixes for serialisation, and the relation table
that maps the short relation names used in rules and gold files to predicate IRIs.
``tests/test_vocab.py`` checks that every term here is declared in ``ontology/hzkg.ttl`` and back.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/hzkg/"
ENTITY = BASE + "entity/"
ARTICLE = BASE + "article/"
CLAIM = BASE + "claim/"
ONTOLOGY_GRAPH = BASE + "graph/ontology"


class HZ(DefinedNamespace):
    """The hangzhou-kg ontology, ``https://w3id.org/hzkg/ontology#``."""

    _fail = True
    _NS = Namespace("https://w3id.org/hzkg/ontology#")

    # classes
    Claim: URIRef
    Company: URIRef
    University: URIRef
    AcademicUnit: URIRef
    ResearchInstitute: URIRef
    GovernmentBody: URIRef
    Investor: URIRef
    MediaOrganization: URIRef
    Group: URIRef
    Policy: URIRef
    Report: URIRef
    Industry: URIRef
    Product: URIRef
    AIModel: URIRef
    Game: URIRef
    # relations
    develops: URIRef
    prioritizes: URIRef
    investedIn: URIRef
    # claim and article properties
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    confidence: URIRef
    title: URIRef
    tense: URIRef
    hedged: URIRef
    round: URIRef
    amount: URIRef
    approximate: URIRef
    sourceFile: URIRef


SDO = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")

PREFIXES = {
    "hz": str(HZ._NS),
    "schema": str(SDO),
    "prov": str(PROV),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "e": ENTITY,
    "article": ARTICLE,
    "claim": CLAIM,
}

# short relation name (rules, gold files) -> predicate IRI
RELATIONS: dict[str, str] = {
    "founder": str(SDO.founder),
    "alumniOf": str(SDO.alumniOf),
    "worksFor": str(SDO.worksFor),
    "memberOf": str(SDO.memberOf),
    "location": str(SDO.location),
    "develops": str(HZ.develops),
    "publisher": str(SDO.publisher),
    "datePublished": str(SDO.datePublished),
    "foundingDate": str(SDO.foundingDate),
    "prioritizes": str(HZ.prioritizes),
    "parentOrganization": str(SDO.parentOrganization),
    "investedIn": str(HZ.investedIn),
}
RELATION_NAMES = {iri: name for name, iri in RELATIONS.items()}
DATE_RELATIONS = frozenset({"datePublished", "foundingDate"})

# entity type name (lexicon, mentions) -> class IRI
TYPES: dict[str, str] = {
    "Person": str(SDO.Person),
    "Place": str(SDO.Place),
    "Organization": str(SDO.Organization),
    "Company": str(HZ.Company),
    "University": str(HZ.University),
    "AcademicUnit": str(HZ.AcademicUnit),
    "ResearchInstitute": str(HZ.ResearchInstitute),
    "GovernmentBody": str(HZ.GovernmentBody),
    "Investor": str(HZ.Investor),
    "MediaOrganization": str(HZ.MediaOrganization),
    "Group": str(HZ.Group),
    "Policy": str(HZ.Policy),
    "Report": str(HZ.Report),
    "Industry": str(HZ.Industry),
    "Product": str(HZ.Product),
    "AIModel": str(HZ.AIModel),
    "Game": str(HZ.Game),
}
TYPE_NAMES = {iri: name for name, iri in TYPES.items()}
ORG_TYPES = frozenset({"Organization", "Company", "University", "AcademicUnit", "ResearchInstitute",
                       "GovernmentBody", "Investor", "MediaOrganization"})
WORK_TYPES = frozenset({"Policy", "Report"})
PRODUCT_TYPES = frozenset({"Product", "AIModel", "Game"})
