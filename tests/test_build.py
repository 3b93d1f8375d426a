"""kg/build.py: full builds, determinism, incremental add/remove, bad files, duplicate ids."""
from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import run_add, run_build, run_remove
from kg.errors import UserError
from kg.store import article_graphs, open_store
from kg.vocab import ARTICLE, ONTOLOGY_GRAPH

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "build"
TIANMU = ARTICLE + "tianmu"
XIXI = ARTICLE + "xixi"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
HZ_CLAIM = "https://w3id.org/hzkg/ontology#Claim"


@pytest.fixture
def articles(tmp_path) -> Path:
    """A private copy of tests/fixtures/build (tests edit and delete files in it)."""
    folder = tmp_path / "articles"
    shutil.copytree(FIXTURES, folder)
    return folder


def build(folder: Path, out: Path, **kw):
    kw.setdefault("validate", False)
    return run_build([str(folder)], out_dir=str(out), **kw)


def graphs(out: Path) -> dict[str, set[tuple[str, str, str]]]:
    """kg.trig as {graph IRI: set of (s, p, o)}."""
    g = defaultdict(set)
    for q in ox.parse(path=str(out / "kg.trig"), format=ox.RdfFormat.TRIG):
        g[q.graph_name.value].add((str(q.subject), str(q.predicate), str(q.object)))
    return dict(g)


def store_graphs(out: Path) -> list[str]:
    st = open_store(out / "store")
    try:
        return article_graphs(st)
    finally:
        del st


def test_build_writes_outputs(articles, tmp_path):
    out = tmp_path / "out"
    report = build(articles, out, validate=True)
    assert report.articles == 2
    assert report.skipped == [] and report.warnings == []
    assert report.shacl_ok is True
    assert (out / "kg.ttl").stat().st_size > 0 and (out / "kg.trig").stat().st_size > 0
    assert str(out / "kg.ttl") in report.outputs and str(out / "kg.trig") in report.outputs
    assert report.facts["founder"] == 2 and report.facts["alumniOf"] == 2
    assert report.claims >= sum(report.facts.values())
    assert report.entities["Person"] == 2
    assert set(graphs(out)) == {TIANMU, XIXI}
    st = open_store(out / "store")
    assert {g.value for g in st.named_graphs()} == {TIANMU, XIXI, ONTOLOGY_GRAPH}
    del st
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    assert "@prefix hz: <https://w3id.org/hzkg/ontology#>" in ttl
    assert '"天目智能的第一台巡检机器人"@zh' in ttl
    assert "<https://example.com/news/tianmu-robot>" in ttl
    assert '"2025-04-02"^^xsd:date' in ttl


def test_article_graph_holds_metadata_and_provenance(articles, tmp_path):
    out = tmp_path / "out"
    build(articles, out)
    g = graphs(out)[TIANMU]
    art = f"<{TIANMU}>"
    assert (art, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/NewsArticle>") in g
    claims = {s for s, p, o in g if o == f"<{HZ_CLAIM}>"}
    assert claims
    for c in claims:
        assert (c, f"<{PROV_DERIVED}>", art) in g


def test_rebuild_is_byte_identical(articles, tmp_path):
    out1, out2 = tmp_path / "out1", tmp_path / "out2"
    build(articles, out1)
    ttl, trig = (out1 / "kg.ttl").read_bytes(), (out1 / "kg.trig").read_bytes()
    build(articles, out1)                               # again, into the same store
    assert (out1 / "kg.ttl").read_bytes() == ttl
    assert (out1 / "kg.trig").read_bytes() == trig
    build(articles, out2)                               # and into a fresh one
    assert (out2 / "kg.ttl").read_bytes() == ttl
    assert (out2 / "kg.trig").read_bytes() == trig


def test_editing_one_article_changes_only_its_graph(articles, tmp_path):
    out = tmp_path / "out"
    build(articles, out)
    before = graphs(out)
    p = articles / "xixi.md"
    p.write_text(p.read_text(encoding="utf-8").replace("复旦大学", "南京大学"), encoding="utf-8")
    build(articles, out)
    after = graphs(out)
    assert after[TIANMU] == before[TIANMU]
    assert after[XIXI] != before[XIXI]
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    assert "南京大学" in ttl and "复旦大学" not in ttl


def test_deleting_an_article_removes_all_its_claims(articles, tmp_path):
    out = tmp_path / "out"
    build(articles, out)
    assert "西溪数据" in (out / "kg.ttl").read_text(encoding="utf-8")
    tianmu_before = graphs(out)[TIANMU]
    (articles / "xixi.md").unlink()
    report = build(articles, out)
    assert report.articles == 1
    g = graphs(out)
    assert set(g) == {TIANMU} and g[TIANMU] == tianmu_before
    assert store_graphs(out) == [TIANMU]
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    for gone in ("西溪数据", "陆晴", "复旦大学", f"<{XIXI}>", "article:xixi"):
        assert gone not in ttl
    st = open_store(out / "store")
    n = sum(1 for _ in st.quads_for_pattern(None, ox.NamedNode(PROV_DERIVED), ox.NamedNode(XIXI), None))
    del st
    assert n == 0


@pytest.mark.parametrize("name, content, reason", [
    ("broken.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("badyaml.md", "---\ntitle: [unclosed\n---\n正文。\n".encode(), "malformed YAML front matter"),
    ("listfm.md", "---\n- a\n---\n正文。\n".encode(), "front matter is a list, not a mapping"),
    ("empty.md", b"", "empty file"),
])
def test_bad_file_is_reported_and_the_others_ingested(articles, tmp_path, name, content, reason):
    bad = articles / name
    bad.write_bytes(content)
    out = tmp_path / "out"
    seen = []
    report = build(articles, out, on_error=seen.append)
    assert len(report.skipped) == 1
    assert report.skipped[0].startswith(f"{bad}: {reason}")
    assert seen == report.skipped
    assert report.articles == 2
    assert set(graphs(out)) == {TIANMU, XIXI}


def test_strict_stops_at_a_bad_file(articles, tmp_path):
    (articles / "broken.md").write_bytes(b"\x00\x01")
    with pytest.raises(UserError, match="binary file"):
        build(articles, tmp_path / "out", strict=True)


def test_missing_path_reported_and_others_ingested(articles, tmp_path):
    out = tmp_path / "out"
    report = run_build([str(articles), str(tmp_path / "nope")], out_dir=str(out), validate=False)
    assert report.skipped == [f"{tmp_path / 'nope'}: no such file or folder"]
    assert report.articles == 2


def test_build_of_only_missing_paths_leaves_the_store_alone(articles, tmp_path):
    out = tmp_path / "out"
    build(articles, out)
    ttl = (out / "kg.ttl").read_bytes()
    with pytest.raises(UserError, match="no article files"):
        run_build([str(tmp_path / "typo")], out_dir=str(out), validate=False)
    assert (out / "kg.ttl").read_bytes() == ttl
    assert store_graphs(out) == [TIANMU, XIXI]


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(UserError, match="no article files"):
        run_build([str(tmp_path / "empty")], out_dir=str(tmp_path / "out"), validate=False)


def test_add_equals_full_rebuild(articles, tmp_path):
    full = tmp_path / "full"
    build(articles, full)
    held = tmp_path / "held"
    held.mkdir()
    shutil.move(str(articles / "xixi.md"), held / "xixi.md")
    inc = tmp_path / "inc"
    build(articles, inc)
    shutil.move(str(held / "xixi.md"), articles / "xixi.md")
    report = run_add([str(articles / "xixi.md")], out_dir=str(inc))
    assert report.articles == 1 and report.skipped == []
    assert (inc / "kg.ttl").read_bytes() == (full / "kg.ttl").read_bytes()
    assert (inc / "kg.trig").read_bytes() == (full / "kg.trig").read_bytes()


def test_add_of_an_edited_article_equals_full_rebuild(articles, tmp_path):
    inc = tmp_path / "inc"
    build(articles, inc)
    p = articles / "tianmu.md"
    p.write_text(p.read_text(encoding="utf-8").replace("浙江大学", "西湖大学"), encoding="utf-8")
    run_add([str(p)], out_dir=str(inc))
    full = tmp_path / "full"
    build(articles, full)
    assert (inc / "kg.ttl").read_bytes() == (full / "kg.ttl").read_bytes()
    assert "浙江大学" not in (inc / "kg.ttl").read_text(encoding="utf-8")


def test_add_reports_bad_files(articles, tmp_path):
    out = tmp_path / "out"
    build(articles, out)
    bad = articles / "broken.md"
    bad.write_bytes(b"\x00\x00")
    report = run_add([str(bad)], out_dir=str(out))
    assert len(report.skipped) == 1 and report.skipped[0].startswith(f"{bad}: binary file")
    assert store_graphs(out) == [TIANMU, XIXI]


@pytest.mark.parametrize("how", ["id", "path", "iri"])
def test_remove_drops_the_graph(articles, tmp_path, how):
    out = tmp_path / "out"
    build(articles, out)
    ref = {"id": "xixi", "path": str(articles / "xixi.md"), "iri": XIXI}[how]
    assert run_remove([ref], out_dir=str(out)) == [XIXI]
    assert store_graphs(out) == [TIANMU]
    assert set(graphs(out)) == {TIANMU}
    # the same as a full build without that article
    (articles / "xixi.md").unlink()
    full = tmp_path / "full"
    build(articles, full)
    assert (out / "kg.ttl").read_bytes() == (full / "kg.ttl").read_bytes()


def test_remove_unknown_article(articles, tmp_path):
    out = tmp_path / "out"
    build(articles, out)
    with pytest.raises(UserError) as info:
        run_remove(["nope"], out_dir=str(out))
    assert str(info.value) == "no article 'nope' in the store"


def test_duplicate_article_ids_are_reported(articles, tmp_path):
    (articles / "a").mkdir()
    (articles / "b").mkdir()
    text = (FIXTURES / "xixi.md").read_text(encoding="utf-8")
    (articles / "a" / "same.md").write_text(text, encoding="utf-8")
    (articles / "b" / "same.md").write_text(text.replace("宁波", "温州"), encoding="utf-8")
    out = tmp_path / "out"
    report = build(articles, out)
    dup = [s for s in report.skipped if "duplicate article id" in s]
    assert dup == [f"{articles / 'b' / 'same.md'}: duplicate article id 'same' "
                   f"(already read from {articles / 'a' / 'same.md'})"]
    assert report.articles == 3
    assert set(graphs(out)) == {TIANMU, XIXI, ARTICLE + "same"}


def test_repository_seeds_build_cleanly(seeds_build):
    out, report = seeds_build
    assert report.articles == len(list((Path(__file__).resolve().parent.parent / "seeds").glob("*.md")))
    assert report.skipped == []
    assert report.shacl_ok is True, report.shacl_text
    assert sum(report.facts.values()) > 0
