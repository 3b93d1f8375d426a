"""kg query: saved queries, parameters bound as RDF terms, output formats, errors."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
from sparql_helpers import mini_store, mini_store_path  # noqa: E402,F401 - fixtures

from kg.cli import cli  # noqa: E402
from kg.errors import UserError  # noqa: E402
from kg.query import list_queries, load_query, parse_param, query_command, query_variables  # noqa: E402
from kg.remote import inject_values  # noqa: E402

SAVED = {"founders-alumni", "founders-zju", "six-dragons", "policies", "timeline", "entity-facts",
         "facts-per-article", "single-source-entities"}
TRICKY = '引号"公司" } { 测试'


def rows(store, name=None, sparql=None, params=()):
    out = query_command(sparql, store, "json", False, name, list(params))
    data = json.loads(out)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# ------------------------------------------------------------------------- saved queries

def test_every_saved_query_is_listed_with_a_header():
    qs = {q.name: q for q in list_queries()}
    assert SAVED <= set(qs)
    for q in qs.values():
        assert q.title and q.title != q.name, q.name
        assert q.description, q.name
    assert [p["name"] for p in qs["entity-facts"].parameters] == ["name"]
    assert qs["entity-facts"].required == ["name"]
    assert qs["founders-zju"].parameters == []


def test_every_saved_query_parses_and_runs(mini_store):
    for q in list_queries():
        params = ["name=浙江大学"] if q.required else []
        out = query_command(None, mini_store, "json", False, q.name, params)
        json.loads(out)


def test_list_output_names_every_query():
    out = query_command(None, None, "table", True, None, ())
    for name in SAVED:
        assert name in out
    data = json.loads(query_command(None, None, "json", True, None, ()))
    assert {d["name"] for d in data} >= SAVED


def test_founders_alumni(mini_store):
    got = {(r["founder"], r.get("school")) for r in rows(mini_store, "founders-alumni")}
    assert got == {("梁文锋", "浙江大学"), ("王兴兴", "竺可桢学院"), ("冯骥", None)}


def test_founders_zju_follows_colleges(mini_store):
    got = {(r["founder"], r["organisation"]) for r in rows(mini_store, "founders-zju")}
    assert got == {("梁文锋", "深度求索"), ("王兴兴", "宇树科技")}


def test_six_dragons(mini_store):
    got = {r["name"]: r for r in rows(mini_store, "six-dragons")}
    assert set(got) == {"深度求索", "游戏科学", "宇树科技"}
    assert got["游戏科学"]["founders"] == "冯骥"
    assert got["游戏科学"]["products"] == "黑神话：悟空"
    assert got["深度求索"]["locations"] == "杭州"


def test_policies(mini_store):
    got = rows(mini_store, "policies")
    assert [r["kind"] for r in got] == ["policy", "report"]  # newest first
    plan = got[0]
    assert plan["publisher"] == "杭州市人民政府" and plan["date"] == "2025-01"
    assert set(plan["priorities"].split(" / ")) == {"低空经济", "人工智能"}
    assert got[1]["publisher"] == "胡润研究院"


def test_timeline_is_ordered_and_excludes_articles(mini_store):
    got = rows(mini_store, "timeline")
    assert [r["date"] for r in got] == ["2017", "2024", "2025-01"]
    assert got[0]["what"] == "之江实验室" and got[0]["articles"] == "1" and "2017" in got[0]["quote"]


def test_facts_per_article(mini_store):
    got = {r["headline"]: r for r in rows(mini_store, "facts-per-article")}
    assert got["杭州的爆发是偶然吗？"]["claims"] == "4"
    assert got["杭州未来产业"]["facts"] == "3"


def test_single_source_entities(mini_store):
    names = {r["name"] for r in rows(mini_store, "single-source-entities")}
    assert "宇树科技" in names and "游戏科学" in names
    assert not names & {"深度求索", "梁文锋", "浙江大学", "杭州六小龙"}  # in both articles


@pytest.mark.parametrize("name", ["浙江大学", "浙大"])
def test_entity_facts_by_label_or_alt_label(mini_store, name):
    got = rows(mini_store, "entity-facts", params=[f"name={name}"])
    assert {r["entityName"] for r in got} == {"浙江大学"}
    alumni = [r for r in got if r["relation"] == "alumniOf"]
    assert alumni and alumni[0]["other"] == "梁文锋" and alumni[0]["direction"] == "←"
    assert alumni[0]["quote"] == "梁文锋毕业于浙江大学。" and alumni[0]["headline"] == "杭州的爆发是偶然吗？"


def test_entity_facts_lists_one_row_per_supporting_claim(mini_store):
    got = rows(mini_store, "entity-facts", params=["name=DeepSeek"])
    founder = [r for r in got if r["relation"] == "founder"]
    assert len(founder) == 2 and {r["article"].rsplit("/", 1)[1] for r in founder} == {"a1", "a2"}
    develops = [r for r in got if r["relation"] == "develops"]
    assert develops and "quote" not in develops[0]  # a fact without a claim has no evidence columns


# ------------------------------------------------------------------------- parameters

def test_param_with_quotes_and_braces_is_one_term(mini_store):
    got = rows(mini_store, "entity-facts", params=[f"name={TRICKY}"])
    assert [r["entityName"] for r in got] == [TRICKY]
    assert got[0]["relation"] == "location"


@pytest.mark.parametrize("evil", ['x" || true || "', '" } } SELECT * WHERE { ?s ?p ?o } #', "浙大\" ) || (\"1\" = \"1"])
def test_param_cannot_change_the_query(mini_store, evil):
    assert rows(mini_store, "entity-facts", params=[f"name={evil}"]) == []


def test_param_iri_and_plain(mini_store):
    q = "SELECT DISTINCT ?x ?label WHERE { ?x rdfs:label ?label }"
    got = rows(mini_store, sparql=q, params=["x=https://w3id.org/hzkg/entity/hangzhou"])
    assert [r["label"] for r in got] == ["杭州"]
    assert parse_param("n=<urn:x>")[1] == ox.NamedNode("urn:x")
    assert parse_param("n=a=b")[1] == ox.Literal("a=b")


def test_param_errors(mini_store):
    with pytest.raises(UserError, match="expected NAME=VALUE"):
        query_command(None, mini_store, "table", False, "entity-facts", ["name"])
    with pytest.raises(UserError, match="has no variable"):
        query_command(None, mini_store, "table", False, "entity-facts", ["nope=1"])
    with pytest.raises(UserError, match="needs --param name=VALUE"):
        query_command(None, mini_store, "table", False, "entity-facts", [])


def test_inject_values_skips_strings_iris_and_comments():
    q = 'PREFIX x: <http://a/b#{>\n# { comment\nSELECT ?a WHERE { ?a ?b "}{" }'
    out = inject_values(q, {ox.Variable("n"): ox.Literal('a"}')})
    assert out.index("VALUES") > out.index("WHERE")
    assert 'VALUES (?n) { ("a\\"}"^^<http://www.w3.org/2001/XMLSchema#string>) }' in out
    c = inject_values("CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c }", {ox.Variable("a"): ox.NamedNode("urn:x")})
    assert c.startswith("CONSTRUCT { ?a ?b ?c } WHERE { VALUES (?a) { (<urn:x>) }")
    # the result is a query the engine accepts, binding the value
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal('a"}')))
    q2 = inject_values('SELECT ?s WHERE { ?s <urn:p> ?o FILTER (STR(?o) = STR(?n)) } # }',
                       {ox.Variable("n"): ox.Literal('a"}')})
    assert [r["s"] for r in store.query(q2)] == [ox.NamedNode("urn:s")]


def test_query_variables_ignores_strings():
    assert query_variables('SELECT ?a WHERE { ?a <urn:p> "?b" } # ?c') == {"a"}


# ------------------------------------------------------------------------- formats and errors

def test_formats(mini_store):
    q = "SELECT DISTINCT ?l WHERE { e:zhejiang-daxue rdfs:label ?l }"
    table = query_command(q, mini_store, "table", False, None, ())
    assert "浙江大学" in table and "1 row" in table
    assert list(csv.reader(io.StringIO(query_command(q, mini_store, "csv", False, None, ())))) == [["l"], ["浙江大学"]]
    assert query_command(q, mini_store, "tsv", False, None, ()).splitlines() == ["?l", '"浙江大学"@zh']
    data = json.loads(query_command(q, mini_store, "json", False, None, ()))
    assert data["results"]["bindings"][0]["l"] == {"type": "literal", "value": "浙江大学", "xml:lang": "zh"}
    assert query_command("ASK { ?s schema:founder ?o }", mini_store, "table", False, None, ()).strip() == "true"
    g = query_command("CONSTRUCT WHERE { ?s schema:alumniOf ?o }", mini_store, "json", False, None, ())
    assert "alumniOf" in g
    t = query_command("CONSTRUCT WHERE { ?s schema:alumniOf ?o }", mini_store, "csv", False, None, ())
    assert t.splitlines()[0] == "subject,predicate,object"


def test_rq_file_argument(mini_store, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("# a file\nSELECT DISTINCT ?l WHERE { e:hangzhou rdfs:label ?l }\n", encoding="utf-8")
    assert "杭州" in query_command(str(f), mini_store, "csv", False, None, ())
    with pytest.raises(UserError, match="no such query file"):
        query_command(str(tmp_path / "missing.rq"), mini_store, "csv", False, None, ())


def test_errors_are_one_line(mini_store):
    with pytest.raises(UserError, match=r"unknown saved query 'nope' \(see kg query --list\)"):
        load_query("nope")
    with pytest.raises(UserError, match="bad SPARQL query"):
        query_command("SELECT * WHERE { ?s ?p }", mini_store, "table", False, None, ())
    with pytest.raises(UserError, match="no query given"):
        query_command(None, mini_store, "table", False, None, ())
    with pytest.raises(UserError, match="not both"):
        query_command("ASK {}", mini_store, "table", False, "timeline", ())


def test_cli(mini_store_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["query", "--store", str(mini_store_path), "--name", "founders-zju", "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "梁文锋" in r.output and "王兴兴" in r.output
    r = runner.invoke(cli, ["query", "--store", str(mini_store_path), "--name", "entity-facts",
                            "--param", "name=浙大", "--format", "tsv"])
    assert r.exit_code == 0 and "梁文锋" in r.output
    r = runner.invoke(cli, ["query", "--list"])
    assert r.exit_code == 0 and "six-dragons" in r.output
    r = runner.invoke(cli, ["query", "--store", str(mini_store_path), "--name", "x"])
    assert r.exit_code == 1 and "unknown saved query 'x' (see kg query --list)" in r.output
