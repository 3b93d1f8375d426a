"""ontology/shapes.ttl: each shape rejects a small hand-made bad graph (built with rdflib) and accepts
the good one; `kg validate` exits 1 on violations and `kg build` reports them in its summary.

Design choice under test: a founder may be a place (浙江省 founds a laboratory in the seed gold);
a founder that is a product, an industry, a policy, a report or a date literal is a violation.
"""
from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from rdflib import Literal, Namespace, URIRef

from kg.cli import cli
from kg.validate import validate_sparql, validate_store, violation_count

RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")   # plain namespaces: rdflib's closed ones
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")         # warn when pytest inspects them
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
HZ = Namespace("https://w3id.org/hzkg/ontology#")
SDO = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
E = Namespace("https://w3id.org/hzkg/entity/")
ART = URIRef("https://w3id.org/hzkg/article/t")
REPO = Path(__file__).resolve().parent.parent

TYPES = {"company": HZ.Company, "person": SDO.Person, "place": SDO.Place, "product": HZ.Product,
         "model": HZ.AIModel, "industry": HZ.Industry, "policy": HZ.Policy, "report": HZ.Report,
         "uni": HZ.University, "unit": HZ.AcademicUnit, "gov": HZ.GovernmentBody, "group": HZ.Group,
         "institute": HZ.ResearchInstitute, "investor": HZ.Investor, "org": SDO.Organization}


class G:
    """A one-article graph in the shape `kg build` writes; ``fact`` adds a fact with its claim."""

    def __init__(self):
        self.g = rdflib.Graph()
        self.n = 0
        self.g.add((ART, RDF.type, SDO.NewsArticle))
        self.g.add((ART, SDO.headline, Literal("标题", lang="zh")))
        self.g.add((ART, HZ.sourceFile, Literal("t.md")))
        self.g.add((ART, SDO.datePublished, Literal("2025-03-12", datatype=XSD.date)))

    def entity(self, name: str, kind: str | None = None) -> URIRef:
        iri = E[name]
        if kind:
            self.g.add((iri, RDF.type, TYPES[kind]))
        self.g.add((iri, RDFS.label, Literal(name, lang="en")))
        return iri

    def fact(self, s, p, o, claim: bool = True, **claim_overrides) -> URIRef:
        self.g.add((s, p, o))
        self.n += 1
        c = URIRef(f"https://w3id.org/hzkg/claim/{self.n:016x}")
        if not claim:
            return c
        props = {
            RDF.type: HZ.Claim, RDF.subject: s, RDF.predicate: p, RDF.object: o, PROV.wasDerivedFrom: ART,
            HZ.quote: Literal("天目智能创始人沈远航毕业于浙江大学。", lang="zh"),
            HZ.startOffset: Literal(0), HZ.endOffset: Literal(18),
            HZ.extractor: Literal("rules/test"), HZ.confidence: Literal("0.90", datatype=XSD.decimal),
        }
        props.update(claim_overrides)
        for k, v in props.items():
            if v is not None:
                self.g.add((c, k, v))
        return c

    def store(self) -> ox.Store:
        st = ox.Store()
        data = self.g.serialize(format="nt", encoding="utf-8")
        st.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ART)))
        return st

    def validate(self) -> tuple[bool, str]:
        """pyshacl's verdict, checked against the SPARQL translation kg build runs (same verdict,
        same number of results)."""
        st = self.store()
        ok, text = validate_store(st)
        fast = validate_sparql(st)
        assert fast is not None
        assert (fast[0], violation_count(fast[1])) == (ok, violation_count(text)), text + "\n" + fast[1]
        return ok, text


def good() -> G:
    g = G()
    c, p, u = g.entity("tianmu", "company"), g.entity("shen", "person"), g.entity("zju", "uni")
    g.fact(c, SDO.founder, p)
    g.fact(p, SDO.alumniOf, u)
    return g


def assert_violation(g: G, message: str):
    ok, text = g.validate()
    assert not ok, "expected a violation"
    assert message in text, text
    assert violation_count(text) >= 1


# ------------------------------------------------------------------------- the good graph

def test_good_graph_conforms():
    ok, text = good().validate()
    assert ok, text
    assert violation_count(text) == 0


@pytest.mark.parametrize("kind", ["person", "company", "uni", "gov", "place", "institute"])
def test_allowed_founders(kind):
    g = good()
    g.fact(g.entity("lab", "institute"), SDO.founder, g.entity("x", kind))
    ok, text = g.validate()
    assert ok, text


# ------------------------------------------------------------------------- founder

@pytest.mark.parametrize("kind", ["product", "model", "industry", "policy", "report"])
def test_founder_that_is_a_thing(kind):
    g = good()
    g.fact(g.entity("tianmu"), SDO.founder, g.entity("thing", kind))
    assert_violation(g, "a founder is a person, an organisation or a place")


def test_founder_typed_both_company_and_product():
    g = good()
    x = g.entity("deepseek", "company")
    g.g.add((x, RDF.type, HZ.AIModel))
    g.fact(g.entity("tianmu"), SDO.founder, x)
    assert_violation(g, "a product, an industry, a policy or a report cannot be a founder")


def test_founder_that_is_a_date():
    g = good()
    g.fact(g.entity("tianmu"), SDO.founder, Literal("2016", datatype=XSD.gYear))
    assert_violation(g, "a founder is a person, an organisation or a place")


def test_founded_thing_that_is_not_an_organisation():
    g = good()
    g.fact(g.entity("hangzhou", "place"), SDO.founder, g.entity("shen"))
    assert_violation(g, "only an organisation has a founder")


# ------------------------------------------------------------------------- other relations

def test_location_that_is_not_a_place():
    g = good()
    g.fact(g.entity("tianmu"), SDO.location, g.entity("zju"))
    assert_violation(g, "a location is a place")


def test_alumni_of_a_company():
    g = good()
    g.fact(g.entity("shen"), SDO.alumniOf, g.entity("tianmu"))
    assert_violation(g, "one is an alumnus of a university")


def test_works_for_a_product():
    g = good()
    g.fact(g.entity("shen"), SDO.worksFor, g.entity("r1", "product"))
    assert_violation(g, "a person works for an organisation")


def test_member_of_something_that_is_not_a_group_or_alliance():
    g = good()
    g.fact(g.entity("tianmu"), SDO.memberOf, g.entity("shen"))
    assert_violation(g, "an organisation is a member of a group or an alliance")


def test_member_of_an_alliance_conforms():
    g = good()
    g.fact(g.entity("tianmu"), SDO.memberOf, g.entity("alliance", "org"))
    ok, text = g.validate()
    assert ok, text


def test_develops_a_person():
    g = good()
    g.fact(g.entity("tianmu"), HZ.develops, g.entity("shen"))
    assert_violation(g, "what an organisation develops is a product")


def test_policy_prioritises_a_company():
    g = good()
    g.fact(g.entity("plan", "policy"), HZ.prioritizes, g.entity("tianmu"))
    assert_violation(g, "a policy prioritises an industry")


def test_publisher_of_a_company():
    g = good()
    g.fact(g.entity("tianmu"), SDO.publisher, g.entity("gov", "gov"))
    assert_violation(g, "only a policy or a report has a publisher")


def test_parent_organisation_that_is_a_person():
    g = good()
    g.fact(g.entity("tianmu"), SDO.parentOrganization, g.entity("shen"))
    assert_violation(g, "a parent organisation is an organisation")


def test_investment_in_a_product():
    g = good()
    g.fact(g.entity("fund", "investor"), HZ.investedIn, g.entity("r1", "product"))
    assert_violation(g, "an investment goes into an organisation")


def test_entity_without_a_label():
    g = good()
    nolabel = E["nolabel"]
    g.g.add((nolabel, RDF.type, SDO.Person))
    g.fact(g.entity("tianmu"), SDO.founder, nolabel)
    assert_violation(g, "every entity has a label")


# ------------------------------------------------------------------------- dates

@pytest.mark.parametrize("value", [
    Literal("2021", datatype=XSD.gYear), Literal("2021-05", datatype=XSD.gYearMonth),
    Literal("2021-05-03", datatype=XSD.date),
])
def test_good_founding_dates(value):
    g = good()
    g.fact(g.entity("tianmu"), SDO.foundingDate, value)
    ok, text = g.validate()
    assert ok, text


@pytest.mark.parametrize("value", [
    Literal("2021"),                                    # a plain string
    Literal("去年", lang="zh"),                          # a language-tagged string
    Literal("2021", datatype=XSD.integer),
    Literal("2021-13", datatype=XSD.gYearMonth),        # no 13th month
    Literal("twenty", datatype=XSD.gYear),
    Literal("2025-02-30", datatype=XSD.date),           # not a calendar day
    Literal("2025-02-03T10:00:00", datatype=XSD.dateTime),
    URIRef("https://w3id.org/hzkg/entity/2021"),
])
def test_founding_date_that_is_not_a_date(value, capfd):
    g = good()
    g.fact(g.entity("tianmu"), SDO.foundingDate, value)
    assert_violation(g, "a founding date is a date (gYear, gYearMonth or date)")
    assert "Traceback" not in capfd.readouterr().err        # rdflib's ill-typed literal log is silenced


def test_article_date_that_is_not_a_day():
    g = good()
    g.g.set((ART, SDO.datePublished, Literal("2025-03", datatype=XSD.gYearMonth)))
    ok, text = g.validate()
    assert not ok and "datePublished" in text


# ------------------------------------------------------------------------- claims

def test_claim_without_a_quote():
    g = good()
    g.fact(g.entity("tianmu"), SDO.location, g.entity("hangzhou", "place"), **{HZ.quote: None})
    assert_violation(g, "a claim needs exactly one verbatim quote")


def test_claim_with_an_empty_or_untagged_quote():
    g = good()
    g.fact(g.entity("tianmu"), SDO.location, g.entity("hangzhou", "place"), **{HZ.quote: Literal("")})
    assert_violation(g, "a claim needs exactly one verbatim quote")


def test_claim_with_offsets_backwards():
    g = good()
    g.fact(g.entity("tianmu"), SDO.location, g.entity("hangzhou", "place"),
           **{HZ.startOffset: Literal(30), HZ.endOffset: Literal(10)})
    assert_violation(g, "start offset is a non-negative integer below its end offset")


def test_claim_with_a_confidence_over_one():
    g = good()
    g.fact(g.entity("tianmu"), SDO.location, g.entity("hangzhou", "place"),
           **{HZ.confidence: Literal("1.5", datatype=XSD.decimal)})
    ok, text = g.validate()
    assert not ok and "confidence" in text


def test_claim_not_derived_from_an_article():
    g = good()
    g.fact(g.entity("tianmu"), SDO.location, g.entity("hangzhou", "place"),
           **{PROV.wasDerivedFrom: URIRef("https://w3id.org/hzkg/article/nowhere")})
    assert_violation(g, "a claim is derived from an article")


def test_fact_without_a_claim():
    g = good()
    g.fact(g.entity("tianmu"), SDO.location, g.entity("hangzhou", "place"), claim=False)
    assert_violation(g, "a fact without a claim")


# ------------------------------------------------------------------------- kg validate / kg build

@pytest.fixture
def bad_store(tmp_path) -> Path:
    """A store folder holding one bad graph: a product as a founder, and a claim without a quote."""
    g = good()
    g.fact(g.entity("tianmu"), SDO.founder, g.entity("r1", "product"))
    g.fact(g.entity("tianmu"), SDO.location, g.entity("hangzhou", "place"), **{HZ.quote: None})
    path = tmp_path / "store"
    st = ox.Store(str(path))
    st.load(g.g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
            to_graph=ox.NamedNode(str(ART)))
    st.flush()
    del st
    gc.collect()
    return path


def test_kg_validate_exits_1_on_violations(bad_store):
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1")
    p = subprocess.run([sys.executable, "-m", "kg", "validate", "--store", str(bad_store)], capture_output=True,
                       text=True, encoding="utf-8", env=env, timeout=120, cwd=REPO)
    assert p.returncode == 1, p.stdout + p.stderr
    assert "Conforms: False" in p.stdout
    assert "a founder is a person, an organisation or a place" in p.stdout
    assert "a claim needs exactly one verbatim quote" in p.stdout
    assert "Traceback" not in p.stderr


def test_kg_validate_with_unreadable_shapes_is_a_user_error(bad_store, tmp_path):
    shapes = tmp_path / "broken.ttl"
    shapes.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--store", str(bad_store), "--shapes", str(shapes)])
    gc.collect()
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: cannot read SHACL shapes {shapes}: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_build_summary_reports_violations(tmp_path, monkeypatch, capsys):
    """`kg build` prints the number of SHACL violations in its summary (shapes made stricter here)."""
    from kg import build as kb
    strict = tmp_path / "strict.ttl"
    strict.write_text((REPO / "ontology" / "shapes.ttl").read_text(encoding="utf-8") + """
hzs:NoPeopleShape a sh:PropertyShape ; sh:targetClass schema:Person ; sh:path rdf:type ; sh:maxCount 0 .
""", encoding="utf-8")
    import kg.validate as kv
    orig = kv.validate_store
    monkeypatch.setattr(kv, "validate_store", lambda st, shapes=None: orig(st, str(strict)))
    fast = kv.validate_sparql
    monkeypatch.setattr(kv, "validate_sparql", lambda st, shapes=None: fast(st, str(strict)))
    report = kb.run_build([str(REPO / "tests" / "fixtures" / "build")], out_dir=str(tmp_path / "out"))
    assert report.shacl_ok is False
    n = violation_count(report.shacl_text)
    assert n >= 2
    kb._print_summary(report, quiet=False)
    err = capsys.readouterr().err
    assert f"SHACL: {n} violation(s) (see `kg validate`)" in err
