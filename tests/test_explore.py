"""The explorer and network export without a browser: what is read, chosen, laid out and written."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures"))
import explore_helpers as h  # noqa: E402

from kg import explore as ex  # noqa: E402
from kg.errors import UserError  # noqa: E402
from kg.vocab import RELATIONS, TYPES  # noqa: E402

E = "https://w3id.org/hzkg/entity/"


@pytest.fixture(scope="module")
def store():
    return h.fixture_store()


@pytest.fixture(scope="module")
def graph(store):
    return ex.load_graph(store)


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "no data block"
    return json.loads(m.group(1))


# ------------------------------------------------------------------------------- vocabulary

def test_every_relation_and_type_has_bilingual_names():
    assert set(ex.RELATION_LABELS) == set(RELATIONS)
    assert set(TYPES) <= set(ex.TYPE_STYLES)
    assert ex.RELATION_LABELS["founder"][:2] == ("创始人", "founder")
    assert ex.RELATION_LABELS["alumniOf"][0] == "校友"
    assert ex.RELATION_LABELS["parentOrganization"][0] == "隶属"
    assert ex.RELATION_LABELS["investedIn"][0] == "投资"
    for zh, en, color, shape in ex.TYPE_STYLES.values():
        assert zh and en and re.fullmatch(r"#[0-9a-f]{6}", color)
        assert shape in {"dot", "square", "triangle", "triangleDown", "diamond", "hexagon", "star"}


# ------------------------------------------------------------------------------- reading

def test_load_graph_reads_entities_names_and_types(graph):
    ds = graph.entities[E + "shendu-qiusuo"]
    assert ds.type == "Company" and ds.label == "深度求索" and ds.label_en == "DeepSeek"
    assert set(ds.names) == {"深度求索", "DeepSeek", "DeepSeek公司"}
    zju = graph.entities[E + "zhejiang-daxue"]
    assert "浙大" in zju.names and zju.label_en == "Zhejiang University"
    # two types: the specific one wins over nothing; both are kept
    zjs = graph.entities[E + "zhejiang-sheng"]
    assert set(zjs.types) == {"Place", "GovernmentBody"}
    # an English-only label is still a label
    assert graph.entities[E + "deepseek-r1"].label == "DeepSeek-R1"
    # articles, claims and the ontology graph are not entities
    assert not any("/article/" in i or "/claim/" in i for i in graph.entities)
    assert len(graph.entities) == 15


def test_load_graph_facts_claims_and_articles(graph):
    founder = [f for f in graph.facts if f.subject == E + "shendu-qiusuo" and f.relation == "founder"]
    assert len(founder) == 1 and len(founder[0].claims) == 2          # read in two articles
    quotes = {graph.claims[c]["quote"] for c in founder[0].claims}
    assert "DeepSeek was founded by Liang Wenfeng in Hangzhou." in quotes
    first = graph.claims[founder[0].claims[0]]
    assert first["extractor"] == "rules/founder.org-title-person" and first["confidence"] == 0.9
    assert first["start"] == 1234 and first["end"] == 1268
    works = [f for f in graph.facts if f.relation == "worksFor"][0]
    assert graph.claims[works.claims[0]]["extras"] == {"title": "副教授"}
    # dates are literal facts, not edges
    assert [(f.relation, f.obj) for f in graph.literal_facts if f.subject == E + "zhijiang-shiyanshi"] == [("foundingDate", "2017")]
    assert not any(f.relation in ("foundingDate", "datePublished") for f in graph.facts)
    # the article's own datePublished is metadata, not a fact
    assert not any(f.subject.startswith("https://w3id.org/hzkg/article/") for f in graph.literal_facts)
    art = graph.articles["https://w3id.org/hzkg/article/000-3bdfe15cd80c49fd"]
    assert art["headline"] == "杭州的爆发是偶然吗？" and art["date"] == "2025-02-07"
    assert art["url"] == "https://news.qq.com/rain/a/20250207A08XYZ00"


def test_non_web_urls_are_dropped(graph):
    assert graph.articles["https://w3id.org/hzkg/article/666-hostile"]["url"] == ""
    assert ex._safe_url("javascript:alert(1)") == "" and ex._safe_url(" HTTPS://x.org/a ") == "HTTPS://x.org/a"
    assert ex._safe_url("data:text/html,<script>") == ""


# ------------------------------------------------------------------------------- choosing

def test_focus_by_alias_and_depth(graph):
    sel = ex.select_subgraph(graph, focus="浙大", depth=1)
    assert sel.focus == E + "zhejiang-daxue"
    assert {n.rsplit("/", 1)[1] for n in sel.nodes} == {"zhejiang-daxue", "liang-wenfeng", "zhu-kezhen-xueyuan", "zhu-qiuguo"}
    sel2 = ex.select_subgraph(graph, focus="Zhejiang University", depth=2)
    assert E + "shendu-qiusuo" in sel2.nodes and E + "hangzhou-liu-xiaolong" not in sel2.nodes
    assert ex.select_subgraph(graph, focus="deepseek").focus == E + "shendu-qiusuo"    # case-insensitive


def test_unknown_focus_suggests_names(graph):
    with pytest.raises(UserError, match=r"no entity named '浙江'.*浙江大学"):
        ex.select_subgraph(graph, focus="浙江")


def test_types_and_relations_filters(graph):
    sel = ex.select_subgraph(graph, types="Company,Group")
    assert {graph.entities[n].type for n in sel.nodes} == {"Company", "Group"}
    assert {f.relation for f in sel.edges} == {"memberOf"}
    sel = ex.select_subgraph(graph, relations=["founder", "校友"])          # English keys or 中文 names
    assert {f.relation for f in sel.edges} == {"founder", "alumniOf"}
    assert len(sel.nodes) == 15                                             # nodes stay; only edges go
    with pytest.raises(UserError, match="unknown relation 'foo'"):
        ex.select_subgraph(graph, relations="foo")
    with pytest.raises(UserError, match="unknown entity type"):
        ex.select_subgraph(graph, types="Company,Robot")


def test_max_nodes_keeps_the_most_connected(graph):
    sel = ex.select_subgraph(graph, max_nodes=3)
    names = {graph.entities[n].label for n in sel.nodes}
    assert len(names) == 3
    # 深度求索 has degree 4; 杭州, 杭州六小龙, 浙江大学, 游戏科学 have 3 (ties: by label)
    assert names == {"深度求索", "杭州", "杭州六小龙"}
    assert all(f.subject in sel.nodes and f.obj in sel.nodes for f in sel.edges)
    # the focus entity is always kept
    sel = ex.select_subgraph(graph, focus="竺可桢学院", depth=3, max_nodes=2)
    assert E + "zhu-kezhen-xueyuan" in sel.nodes and len(sel.nodes) == 2


# ------------------------------------------------------------------------------- layout

def test_layout_is_deterministic_and_spreads_nodes():
    g = nx.barabasi_albert_graph(600, 1, seed=3)
    extra = nx.gnm_random_graph(50, 30, seed=1)
    nodes = list(g.nodes) + [n + 600 for n in extra.nodes]
    edges = list(g.edges) + [(a + 600, b + 600) for a, b in extra.edges]
    pos1 = ex.compute_layout(nodes, edges)
    pos2 = ex.compute_layout(list(reversed(nodes)), list(reversed(edges)))
    assert pos1 == pos2 and set(pos1) == set(nodes)
    # neighbours on a ring are never on top of each other
    pts = sorted(pos1.values())
    assert len(set(pts)) == len(pts)
    close = sum(1 for i in range(len(pts) - 1) if abs(pts[i][0] - pts[i + 1][0]) < 1 and abs(pts[i][1] - pts[i + 1][1]) < 1)
    assert close == 0


def test_layout_of_edge_cases():
    assert ex.compute_layout([], []) == {}
    assert ex.compute_layout([7], []) == {7: (0.0, 0.0)}
    pos = ex.compute_layout([1, 2, 3], [(1, 1), (1, 2)])      # a self-loop and an isolated node
    assert set(pos) == {1, 2, 3}


def test_big_selection_gets_positions_small_one_physics(graph, monkeypatch):
    small = ex.build_payload(graph, ex.select_subgraph(graph))
    assert small["physics"] is True and all(n[4] is None for n in small["nodes"])
    monkeypatch.setattr(ex, "PHYSICS_MAX_NODES", 5)
    big = ex.build_payload(graph, ex.select_subgraph(graph))
    assert big["physics"] is False and all(isinstance(n[4], float) for n in big["nodes"])


# ------------------------------------------------------------------------------- the page

@pytest.fixture(scope="module")
def page(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("page") / "graph.html"
    stats = ex.write_explorer(store, out)
    assert stats["nodes"] == 15 and stats["edges"] == 14 and stats["layout"] == "physics"
    return out.read_text(encoding="utf-8")


def test_page_is_self_contained(page):
    assert "vis.Network" in page or "Network" in page
    assert re.search(r"<script[^>]+src=", page) is None
    assert re.search(r"<link[^>]+href=", page) is None
    for host in ("cdnjs.cloudflare.com", "cdn.jsdelivr.net", "fonts.googleapis", "unpkg.com", "bootstrap"):
        assert host not in page
    assert "@import" not in page and "@font-face" not in page
    # vis-network itself, read from the installed pyvis package, inlined
    vis = ex._vis_dir() / "vis-network.min.js"
    assert vis.read_text(encoding="utf-8")[-2000:].replace("</script", "<\\/script") in page
    # exactly three script elements: the data (inert JSON), vis-network, the explorer
    assert len(re.findall(r"^<script", page, re.M)) == 3 and page.count("</script>") == 3


def test_page_has_a_strict_content_security_policy(page):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]
    assert len(re.findall(r"'sha256-", csp)) == 2


def test_data_block_cannot_break_out(page):
    block = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    data = json.loads(block)
    names = [n for names in data["names"] for n in names]
    assert '《<img src=x onerror="window.__pwned=\'name\'">》' in names
    assert "</script><script>window.__pwned='alias'</script>" in names
    headlines = [a[0] for a in data["articles"]]
    assert any(h_.startswith("<script>") for h_ in headlines)
    assert all(a[2] == "" or a[2].startswith("https://") for a in data["articles"])
    # nothing from the data reaches the markup outside that block
    outside = page.replace(block, "")
    assert "__pwned" not in outside


def test_page_data_shape(page):
    data = page_data(page)
    assert data["physics"] is True and data["focus"] is None
    assert len(data["nodes"]) == len(data["names"]) == len(data["iris"]) == 15
    by_label = {n[0]: i for i, n in enumerate(data["nodes"])}
    ds = by_label["深度求索"]
    assert data["nodes"][ds][1] == "DeepSeek"
    assert data["types"][data["nodes"][ds][2]]["key"] == "Company"
    assert data["nodes"][ds][3] == 4                                     # degree
    lit = data["literals"][str(by_label["之江实验室"])]
    rel = data["relations"][lit[0][0]]
    assert (rel["key"], rel["zh"], lit[0][1], lit[0][2]) == ("foundingDate", "成立日期", "2017", "gYear")
    founder = [e for e in data["edges"] if e[0] == ds and data["relations"][e[2]]["key"] == "founder"][0]
    assert data["nodes"][founder[1]][0] == "梁文锋" and len(founder[3]) == 2
    claim = data["claims"][founder[3][0]]
    assert data["articles"][claim[0]][0] == "杭州的爆发是偶然吗？"
    assert claim[4] == "rules/founder.org-title-person" and claim[5] == 0.9


def test_placeholders_are_filled_once(store, tmp_path):
    """A name that looks like a template placeholder stays text."""
    st = ox.Store()
    for q in store:
        st.add(q)
    st.add(ox.Quad(ox.NamedNode(E + "tricky"), ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                   ox.NamedNode(TYPES["Company"]), ox.NamedNode("https://w3id.org/hzkg/article/x")))
    st.add(ox.Quad(ox.NamedNode(E + "tricky"), ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                   ox.Literal("{{APP_JS}}{{DATA}}", language="zh"), ox.NamedNode("https://w3id.org/hzkg/article/x")))
    out = tmp_path / "t.html"
    ex.write_explorer(st, out)
    text = out.read_text(encoding="utf-8")
    assert ["{{APP_JS}}{{DATA}}"] in page_data(text)["names"]
    assert text.count("</script>") == 3


def test_write_explorer_is_deterministic(store, tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    ex.write_explorer(store, a)
    ex.write_explorer(store, b)
    assert a.read_bytes() == b.read_bytes()


def test_empty_store_writes_an_empty_page(tmp_path):
    out = tmp_path / "empty.html"
    stats = ex.write_explorer(ox.Store(), out)
    assert stats["nodes"] == 0
    assert page_data(out.read_text(encoding="utf-8"))["nodes"] == []


# ------------------------------------------------------------------------------- explore_command and the CLI

@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("store") / "store"
    st = ox.Store(str(path))
    st.bulk_load(path=str(h.SMALL_TRIG), format=ox.RdfFormat.TRIG)
    st.flush()
    del st
    return path


def test_explore_command_summary(store_dir, tmp_path):
    out = tmp_path / "sub" / "x.html"
    line = ex.explore_command(str(store_dir), str(out), focus="DeepSeek", depth=1)
    assert out.exists() and "\n" not in line
    assert line == f"wrote {out}: 5 of 15 entities, 4 of 14 facts, layout: physics"


def test_explore_command_missing_store(tmp_path):
    with pytest.raises(UserError, match="no store"):
        ex.explore_command(str(tmp_path / "nope"), str(tmp_path / "x.html"))


def test_kg_explore_cli(store_dir, tmp_path):
    out = tmp_path / "cli.html"
    proc = subprocess.run(h.kg_command() + ["explore", "--store", str(store_dir), "-o", str(out), "--types", "Company,Person",
                                            "--relations", "founder", "--max-nodes", "10"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "wrote" in proc.stderr
    data = page_data(out.read_text(encoding="utf-8"))
    assert {data["types"][n[2]]["key"] for n in data["nodes"]} <= {"Company", "Person"}
    proc = subprocess.run(h.kg_command() + ["explore", "--store", str(store_dir), "-o", str(out), "--focus", "没有这个"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.startswith("Error: no entity named")


# ------------------------------------------------------------------------------- networkx, GraphML, GEXF

def test_to_networkx(store):
    g = ex.to_networkx(store)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == 15 and g.number_of_edges() == 14
    ds = g.nodes[E + "shendu-qiusuo"]
    assert ds["label"] == "深度求索" and ds["label_en"] == "DeepSeek" and ds["type"] == "Company" and ds["type_zh"] == "公司"
    assert "DeepSeek" in ds["aliases"]
    assert g.nodes[E + "zhijiang-shiyanshi"]["foundingDate"] == "2017"
    edge = g.get_edge_data(E + "shendu-qiusuo", E + "liang-wenfeng")["founder"]
    assert edge["relation_zh"] == "创始人" and edge["claims"] == 2 and edge["confidence"] == 0.9
    assert edge["predicate"] == "https://schema.org/founder"


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_write_network_file_round_trips(store, tmp_path, fmt):
    out = tmp_path / f"kg.{fmt}"
    ex.write_network(store, fmt, str(out))
    g = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(str(out))
    assert g.number_of_nodes() == 15 and g.number_of_edges() == 14
    labels = {d.get("label") for _, d in g.nodes(data=True)}
    assert {"深度求索", "浙江大学", '《<img src=x onerror="window.__pwned=\'name\'">》'} <= labels
    types = {d.get("type") for _, d in g.nodes(data=True)}
    assert {"Company", "Person", "University", "Policy"} <= types
    ET.parse(str(out))                                    # well-formed XML despite hostile names


def test_write_network_stdout(store, monkeypatch):
    buf = io.BytesIO()

    class Out:
        buffer = buf
    monkeypatch.setattr(sys, "stdout", Out)
    ex.write_network(store, "graphml", "-")
    assert buf.getvalue().startswith(b"<?xml") and "深度求索".encode() in buf.getvalue()


def test_write_network_to_a_file_object(store):
    buf = io.BytesIO()
    ex.write_network(store, "gexf", buf)
    assert b"<gexf" in buf.getvalue() and "浙江大学".encode() in buf.getvalue()


def test_write_network_rejects_other_formats(store, tmp_path):
    with pytest.raises(UserError):
        ex.write_network(store, "dot", str(tmp_path / "x"))
