"""Robustness of `kg build` / `kg add` / `kg remove` on bad input, re-runs and updates.

Bad input gets one line on stderr naming the file and the reason (no traceback), every other file is
ingested in full, and the build exits 1 if a file was skipped. Articles with a bad or missing date
are kept (relative dates left unresolved). Text is stored as text and escaped in every output.
Re-runs are byte-identical (also in parallel), updates change only their article, deleted articles
leave nothing behind, and add/remove equal a full rebuild.

(tests/test_articles.py and tests/test_build.py cover the single cases; these run them together,
through the real command line where it matters.)
"""
from __future__ import annotations

import csv
import gc
import io
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import run_add, run_build, run_remove
from kg.errors import UserError
from kg.store import article_graphs, open_store
from kg.vocab import ARTICLE

REPO = Path(__file__).resolve().parent.parent
BUILD_FIXTURES = REPO / "tests" / "fixtures" / "build"
ROBUST = REPO / "tests" / "fixtures" / "robust"
TIANMU, XIXI = (BUILD_FIXTURES / "tianmu.md").read_text(encoding="utf-8"), (BUILD_FIXTURES / "xixi.md").read_text(
    encoding="utf-8")


def kg(*args: str, cwd: Path = REPO, timeout: float = 300) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1", COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=timeout)


def graphs_of(trig: Path) -> dict[str, set[tuple[str, str, str]]]:
    g = defaultdict(set)
    for q in ox.parse(path=str(trig), format=ox.RdfFormat.TRIG):
        g[q.graph_name.value].add((str(q.subject), str(q.predicate), str(q.object)))
    return dict(g)


def without_source_file(triples: set) -> set:
    return {t for t in triples if not t[1].endswith("#sourceFile>")}


def write(folder: Path, name: str, data: str | bytes) -> Path:
    p = folder / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


# ------------------------------------------------------------------------- bad input, through `kg build`

GOOD = {"tianmu.md": TIANMU, "xixi.md": XIXI}
BAD = {  # file -> (content, the reason printed)
    "badyaml.md": ("---\ntitle: [unclosed\n---\n正文。\n", "malformed YAML front matter (line 2)"),
    "listfm.md": ("---\n- a\n- b\n---\n正文。\n", "front matter is a list, not a mapping"),
    "scalarfm.md": ("---\njust words\n---\n正文。\n", "front matter is a str, not a mapping"),
    "nested.md": ("---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\n正文。\n", "malformed YAML front matter"),
    "photo.md": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    "empty.md": (b"", "empty file"),
    "blank.md": ("---\ntitle: 只有标题\n---\n\n   \n", "no article text after the front matter"),
    "noprose.md": ("---\ntitle: 没有标点\n---\n" + "杭州" * 15000 + "\n", "30000 characters without a sentence end"),
    "fakebom.md": (b"\xff\xfe\x00\xd8", "not UTF-16 text"),
}
WARNED = {  # kept, with one warning line
    "baddate.md": ("---\ntitle: 坏日期\ndate: 上周五\n---\n去年3月，天目智能创始人沈远航毕业于浙江大学。\n", "unparseable date '上周五'"),
    "feb30.md": ("---\ntitle: 不存在的日子\ndate: 2025-02-30\n---\n天目智能成立于去年3月。\n", "unparseable date '2025-02-30'"),
    "nodate.md": ("---\ntitle: 无日期\n---\n天目智能成立于去年3月。\n", "no date in the front matter; 1 relative date(s) left"),
    "bomb.md": ("---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
                "title: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntags: *f\ndate: 2025-01-02\n---\n天目智能总部位于杭州。\n",
                "title is a list, not text; ignored"),
    "brokenutf8.md": ("---\ntitle: 截断的下载\ndate: 2025-01-02\n---\n天目智能创始人沈远航毕业于浙江大学。\n".encode()
                      + b"\xe6\x9d" + "天目智能总部位于杭州。\n".encode(), "1 invalid UTF-8 byte sequence(s) replaced"),
}
KEPT = {  # kept silently: encodings and line endings
    "gbk.md": ("---\ntitle: 杭州未来产业\ndate: 2025-01-15\n---\n\n群核科技创始人黄晓煌毕业于浙江大学。\n".encode("gbk"), "杭州未来产业"),
    "gb18030.md": ("---\ntitle: 生僻字𠀀测试\ndate: 2025-01-15\n---\n天目智能总部位于杭州。\n".encode("gb18030"), "生僻字𠀀测试"),
    "bom_mixed.md": (b"\xef\xbb\xbf---\r\ntitle: BOM\xe4\xb8\x8e\xe6\xb7\xb7\xe5\x90\x88\xe6\x8d\xa2\xe8\xa1\x8c\r\n"
                     b"date: 2025-02-07\r\n---\r\n" + "第一行。\r\n第二行。\r第三行。\n".encode(), "BOM与混合换行"),
    "utf16.md": ("---\ntitle: UTF-16文章\ndate: 2025-02-07\n---\n天目智能总部位于杭州。\n".encode("utf-16"), "UTF-16文章"),
}


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    """A folder with good, bad, warned and oddly encoded articles, symlink loops, a FIFO and a
    duplicate id; built once with the real `python -m kg build`."""
    root = tmp_path_factory.mktemp("messy")
    folder = root / "in"
    for name, text in GOOD.items():
        write(folder, name, text)
    for table in (BAD, WARNED, KEPT):
        for name, (data, _) in table.items():
            write(folder, name, data)
    write(folder, "d1/same.md", XIXI.replace("西溪数据", "云栖数据"))
    write(folder, "d2/same.md", XIXI.replace("西溪数据", "龙井数据"))
    os.symlink("loop.md", folder / "loop.md")                   # a symlink to itself
    os.symlink("ping.md", folder / "pong.md")                   # two symlinks to each other
    os.symlink("pong.md", folder / "ping.md")
    os.symlink(".", folder / "again")                           # a folder loop: not followed
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.md")                           # would block a naive reader forever
    out = root / "out"
    t = time.time()
    p = kg("build", str(folder), "--out", str(out), "-q")
    return folder, out, p, time.time() - t


def lines_about(stderr: str, prefix: str, path: Path) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"{prefix}: {path}: ")]


def test_bad_files_get_one_line_each_and_exit_1(messy):
    folder, out, p, _ = messy
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr and "Internal error" not in p.stderr
    for name, (_, reason) in BAD.items():
        lines = lines_about(p.stderr, "Error", folder / name)
        assert len(lines) == 1 and reason in lines[0], (name, p.stderr)
    for name, reason in {"loop.md": "broken or looping symbolic link", "ping.md": "broken or looping symbolic link",
                         "pong.md": "broken or looping symbolic link",
                         "d2/same.md": f"duplicate article id 'same' (already read from {folder / 'd1' / 'same.md'})",
                         **({"pipe.md": "not a regular file"} if hasattr(os, "mkfifo") else {})}.items():
        lines = lines_about(p.stderr, "Error", folder / name)
        assert len(lines) == 1 and reason in lines[0], (name, p.stderr)
    for name, (_, reason) in WARNED.items():
        lines = lines_about(p.stderr, "Warning", folder / name)
        assert len(lines) == 1 and reason in lines[0], (name, p.stderr)
    # nothing else on stderr: every line is about one file
    n_expected = len(BAD) + len(WARNED) + 4 + hasattr(os, "mkfifo")
    assert len([line for line in p.stderr.splitlines() if line.strip()]) == n_expected, p.stderr


def test_the_rest_is_ingested_in_full(messy, tmp_path):
    folder, out, _, _ = messy
    st = open_store(out / "store")
    ids = {g[len(ARTICLE):] for g in article_graphs(st)}
    del st
    kept = {Path(n).stem for n in (*GOOD, *WARNED, *KEPT)} | {"same"}
    assert ids == {i.replace("_", "-") for i in kept}
    # each good article's graph is exactly what a build of the good files alone gives
    alone = tmp_path / "alone"
    for name, text in GOOD.items():
        write(alone, name, text)
    run_build([str(alone)], out_dir=str(tmp_path / "out"), validate=False)
    ref, got = graphs_of(tmp_path / "out" / "kg.trig"), graphs_of(out / "kg.trig")
    for name in GOOD:
        iri = ARTICLE + Path(name).stem
        assert without_source_file(got[iri]) == without_source_file(ref[iri])
    # the first of two files with the same id wins, as in every build
    assert "云栖数据" in (out / "kg.ttl").read_text(encoding="utf-8")
    assert "龙井数据" not in (out / "kg.ttl").read_text(encoding="utf-8")


def test_encodings_and_line_endings_are_read(messy):
    _, out, _, _ = messy
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    for name, (_, title) in KEPT.items():
        assert f'"{title}"' in ttl, name
    assert "黄晓煌" in ttl                    # the GBK body was decoded, not just its title
    g = graphs_of(out / "kg.trig")[ARTICLE + "bom-mixed"]
    assert ("<https://w3id.org/hzkg/article/bom-mixed>", "<https://schema.org/datePublished>",
            '"2025-02-07"^^<http://www.w3.org/2001/XMLSchema#date>') in g


def test_bad_dates_keep_the_article_and_leave_relative_dates_unresolved(messy):
    _, out, _, _ = messy
    g = graphs_of(out / "kg.trig")
    for art in ("baddate", "feb30", "nodate"):
        triples = g[ARTICLE + art]
        assert not [t for t in triples if t[1] == "<https://schema.org/datePublished>"]
        assert not [t for t in triples if t[1] == "<https://schema.org/foundingDate>"], art   # 去年3月: no guess
    assert any(t[1] == "<https://schema.org/founder>" for t in g[ARTICLE + "baddate"])       # the rest is read


def test_an_unreadable_file_is_reported(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write(folder, "tianmu.md", TIANMU)
    secret = write(folder, "secret.md", XIXI)
    if os.geteuid() != 0:
        secret.chmod(0)
    else:                                    # root reads anything: make this one file fail to open
        import builtins

        import kg.articles as ka
        real_open = builtins.open

        def fake_open(path, *a, **k):
            if Path(path) == secret:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, *a, **k)
        monkeypatch.setattr(ka, "open", fake_open, raising=False)
    seen = []
    report = run_build([str(folder)], out_dir=str(tmp_path / "out"), validate=False, on_error=seen.append)
    assert seen == [f"{secret}: cannot read: Permission denied"]
    assert report.articles == 1


def test_an_extractor_crash_on_one_article_skips_only_that_article(tmp_path, monkeypatch):
    import kg.rdf
    folder = tmp_path / "in"
    write(folder, "tianmu.md", TIANMU)
    write(folder, "xixi.md", XIXI)
    real = kg.rdf.build_article_graph

    def flaky(article, *a, **k):
        if article.id == "xixi":
            raise ValueError("boom")
        return real(article, *a, **k)
    monkeypatch.setattr(kg.rdf, "build_article_graph", flaky)
    report = run_build([str(folder)], out_dir=str(tmp_path / "out"), validate=False)
    assert report.articles == 1
    assert report.skipped == [f"{folder / 'xixi.md'}: internal error while extracting (ValueError: boom); "
                              "please report it"]


def test_huge_inputs_are_refused_in_bounded_time_and_memory(tmp_path):
    """A 3-million-character line without punctuation and a 20 MB file: one clear error line each,
    the good article ingested, in bounded time and memory (real numbers: see the issue report)."""
    folder = tmp_path / "in"
    write(folder, "tianmu.md", TIANMU)
    chars = "杭州深度求索浙江大学人工智能机器人公司创始人毕业于宇树科技王兴兴梁文锋数据中心产业发展"
    line = (chars * (3_000_000 // len(chars) + 1))[:3_000_000]
    write(folder, "line.md", "---\ntitle: 长行\ndate: 2025-01-01\n---\n" + line + "\n")
    para = "浙江大学竺可桢学院的毕业生创办了群核科技，总部位于杭州。" * 40 + "\n\n"
    big = write(folder, "twenty.md", "---\ntitle: 二十兆\ndate: 2025-01-01\n---\n" + para * (20 * 2**20 // len(para.encode())))
    assert big.stat().st_size > 19 * 2**20
    t = time.time()
    p = kg("build", str(folder), "--out", str(tmp_path / "out"), "-q")
    elapsed = time.time() - t
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert p.returncode == 1, p.stderr
    errors = [line for line in p.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 2, p.stderr
    assert errors[0].startswith(f"Error: {folder / 'line.md'}: 3000000 characters without a sentence end")
    assert errors[1].startswith(f"Error: {folder / 'twenty.md'}: article text too long (")
    assert "Traceback" not in p.stderr
    assert elapsed < 60, elapsed
    assert peak_kb < 1_500_000, f"peak RSS {peak_kb} kB"         # generous: measured ~0.25 GB
    assert "天目智能" in (tmp_path / "out" / "kg.ttl").read_text(encoding="utf-8")


def test_strict_stops_at_the_first_bad_file_and_changes_nothing(tmp_path):
    folder = tmp_path / "in"
    write(folder, "tianmu.md", TIANMU)
    out = tmp_path / "out"
    run_build([str(folder)], out_dir=str(out), validate=False)
    before = {n: (out / n).read_bytes() for n in ("kg.ttl", "kg.trig")}
    write(folder, "xixi.md", XIXI)                   # new, and would be ingested first…
    write(folder, "zz-broken.md", b"\x00\x01")       # …but a later file is bad
    with pytest.raises(UserError, match="binary file"):
        run_build([str(folder)], out_dir=str(out), validate=False, strict=True)
    assert {n: (out / n).read_bytes() for n in ("kg.ttl", "kg.trig")} == before
    st = open_store(out / "store")
    assert article_graphs(st) == [ARTICLE + "tianmu"]
    del st
    p = kg("build", str(folder), "--out", str(out), "--strict", "-q")
    assert p.returncode == 1
    assert p.stderr.strip() == f"Error: {folder / 'zz-broken.md'}: binary file (NUL bytes), not a text article"


# ------------------------------------------------------------------------- text is text, escaped everywhere

@pytest.fixture(scope="module")
def evil(tmp_path_factory):
    out = tmp_path_factory.mktemp("evil")
    report = run_build([str(ROBUST / "evil.md")], out_dir=str(out), validate=True)
    assert report.articles == 1 and report.shacl_ok, report.shacl_text
    return out


TITLE = "<script>alert('title')</script> & <b>粗</b> \"引号\""


def test_html_is_stored_as_text(evil):
    ds = ox.Dataset(ox.parse(path=str(evil / "kg.trig"), format=ox.RdfFormat.TRIG))
    headlines = [q.object.value for q in ds if q.predicate.value == "https://schema.org/headline"]
    assert headlines == [TITLE]
    quotes = {q.object.value for q in ds if q.predicate.value.endswith("#quote")}
    assert "西溪数据（简称“<img src=x>”）创始人陆晴毕业于复旦大学。" in quotes
    tags = {q.object.value for q in ds if q.predicate.value == "https://schema.org/keywords"}
    assert tags == {"<img src=x onerror=alert(1)>", "]]></x>"}
    # a javascript: "source" is not an IRI of the article
    assert not [q for q in ds if q.predicate.value == "https://schema.org/url"]
    union = ox.parse(path=str(evil / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    assert TITLE in {t.object.value for t in union if t.predicate.value == "https://schema.org/headline"}


def test_html_is_escaped_in_the_explorer_page(evil):
    page = (evil / "graph.html").read_text(encoding="utf-8")
    for raw in ("<script>alert('title')", "<img src=x", "]]></x>", "<b>粗</b>"):
        assert raw not in page, raw
    assert "\\u003cscript\\u003ealert('title')" in page or "&lt;script&gt;alert" in page


def _label_store(tmp_path) -> Path:
    """A store whose entity names themselves carry markup (names come from text)."""
    name = '<img src=x onerror=alert(1)> & "Evil" [/bold] 公司'
    nq = (f'<https://w3id.org/hzkg/entity/evil> <http://www.w3.org/2000/01/rdf-schema#label> {json.dumps(name)}@zh '
          f'<{ARTICLE}evil> .\n'
          f'<https://w3id.org/hzkg/entity/evil> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
          f'<https://w3id.org/hzkg/ontology#Company> <{ARTICLE}evil> .\n')
    path = tmp_path / "store"
    st = ox.Store(str(path))
    st.load(nq.encode(), format=ox.RdfFormat.N_QUADS)
    st.flush()
    del st
    return path


NAME = '<img src=x onerror=alert(1)> & "Evil" [/bold] 公司'


def test_markup_in_names_is_escaped_in_exports(tmp_path):
    store = _label_store(tmp_path)
    from kg.export import export_command
    for fmt in ("graphml", "gexf"):
        target = tmp_path / f"g.{fmt}"
        export_command(store=str(store), fmt=fmt, output=str(target))
        tree = ET.parse(target)                                   # well-formed XML
        assert NAME in {el.text for el in tree.iter() if el.text} | {v for el in tree.iter() for v in el.attrib.values()}
    from kg.explore import write_explorer
    st = open_store(store)
    write_explorer(st, str(tmp_path / "x.html"))
    del st
    page = (tmp_path / "x.html").read_text(encoding="utf-8")
    assert "<img src=x" not in page


def test_markup_in_names_is_escaped_by_kg_serve(tmp_path):
    sys.path.insert(0, str(REPO / "tests" / "fixtures"))
    from sparql_helpers import http, start_server
    import urllib.parse
    srv = start_server(_label_store(tmp_path))
    try:
        q = urllib.parse.urlencode({"query": "SELECT ?l WHERE { ?e rdfs:label ?l }"})
        st, _, body = http("GET", f"{srv.endpoint}?{q}", headers={"Accept": "application/sparql-results+xml"})
        assert st == 200
        ns = "{http://www.w3.org/2005/sparql-results#}"
        assert [el.text for el in ET.fromstring(body).iter(ns + "literal")] == [NAME]
        st, _, body = http("GET", f"{srv.endpoint}?{q}", headers={"Accept": "text/csv"})
        assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["l"], [NAME]]
        st, _, body = http("GET", f"{srv.endpoint}?{q}", headers={"Accept": "application/sparql-results+json"})
        assert json.loads(body)["results"]["bindings"][0]["l"]["value"] == NAME
        st, _, page = http("GET", srv.url + "/")
        assert st == 200 and b"<img src=x" not in page
    finally:
        srv.stop()


def test_kg_explain_prints_markup_verbatim(tmp_path):
    p = kg("explain", "梁文锋", "--store", str(_evil_store(tmp_path)))
    assert p.returncode == 0, p.stderr
    assert "[/bold]" in p.stdout and "Traceback" not in p.stderr


def test_kg_query_table_prints_markup_verbatim(tmp_path):
    p = kg("query", "SELECT ?l WHERE { ?e rdfs:label ?l }", "--store", str(_label_store(tmp_path)))
    assert p.returncode == 0, p.stderr
    assert "[/bold]" in p.stdout


def _evil_store(tmp_path) -> Path:
    folder = tmp_path / "in"
    write(folder, "evil.md", "---\ntitle: \"[/bold] [red]红[/red]\"\ndate: 2025-03-01\n---\n深度求索创始人梁文锋[/i]毕业于浙江大学[bold]。\n")
    run_build([str(folder)], out_dir=str(tmp_path / "out"), validate=False)
    gc.collect()
    return tmp_path / "out" / "store"


# ------------------------------------------------------------------------- re-runs and updates

def test_parallel_and_serial_builds_are_byte_identical_without_timestamps(tmp_path):
    folder = tmp_path / "in"
    for name, text in GOOD.items():
        write(folder, name, text)
    shutil.copy(ROBUST / "hedged.md", folder / "hedged.md")
    run_build([str(folder)], out_dir=str(tmp_path / "a"), validate=False, jobs=1)
    run_build([str(folder)], out_dir=str(tmp_path / "b"), validate=False, jobs=2)
    for name in ("kg.ttl", "kg.trig"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    ttl = (tmp_path / "a" / "kg.ttl").read_text(encoding="utf-8")
    assert "dateTime" not in ttl and not re.search(r"\d{2}:\d{2}:\d{2}", ttl)
    assert time.strftime("%Y-%m-%d") not in ttl


def _mentions(store_path: Path, label: str) -> int:
    """Quads anywhere in the store that mention the entity labelled ``label`` (or its label)."""
    st = open_store(store_path)
    try:
        q = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } "
             "FILTER(STR(?l) = \"%s\") GRAPH ?h { { ?e ?p ?o } UNION { ?s ?p ?e } } }" % label)
        return int(next(iter(st.query(q)))["n"].value)
    finally:
        del st


def test_deleted_and_edited_away_entities_disappear_from_the_store(tmp_path):
    folder = tmp_path / "in"
    for name, text in GOOD.items():
        write(folder, name, text)
    out = tmp_path / "out"
    run_build([str(folder)], out_dir=str(out), validate=False)
    assert _mentions(out / "store", "西溪数据") > 0 and _mentions(out / "store", "复旦大学") > 0
    write(folder, "xixi.md", XIXI.replace("复旦大学", "南京大学"))       # edit: 复旦大学 was only here
    run_build([str(folder)], out_dir=str(out), validate=False)
    assert _mentions(out / "store", "复旦大学") == 0 and _mentions(out / "store", "南京大学") > 0
    (folder / "xixi.md").unlink()                                        # delete: 西溪数据 was only here
    run_build([str(folder)], out_dir=str(out), validate=False)
    assert _mentions(out / "store", "西溪数据") == 0 and _mentions(out / "store", "陆晴") == 0
    assert _mentions(out / "store", "天目智能") > 0


def test_add_uses_the_build_settings_so_it_equals_a_rebuild(tmp_path):
    """kg add of an article with hedged (low-confidence) claims gives what kg build gives."""
    folder = tmp_path / "in"
    for name, text in GOOD.items():
        write(folder, name, text)
    inc = tmp_path / "inc"
    run_build([str(folder)], out_dir=str(inc), validate=False)
    shutil.copy(ROBUST / "hedged.md", folder / "hedged.md")
    report = run_add([str(folder / "hedged.md")], out_dir=str(inc))
    assert report.skipped == []
    full = tmp_path / "full"
    run_build([str(folder)], out_dir=str(full), validate=False)
    assert (inc / "kg.ttl").read_bytes() == (full / "kg.ttl").read_bytes()
    assert (inc / "kg.trig").read_bytes() == (full / "kg.trig").read_bytes()


def test_add_of_a_file_whose_id_belongs_to_another_file_is_refused(tmp_path):
    folder = tmp_path / "in"
    write(folder, "a/same.md", XIXI)
    write(folder, "tianmu.md", TIANMU)
    out = tmp_path / "out"
    run_build([str(folder)], out_dir=str(out), validate=False)
    before = (out / "kg.trig").read_bytes()
    other = write(tmp_path / "elsewhere", "same.md", XIXI.replace("西溪数据", "龙井数据"))
    report = run_add([str(other)], out_dir=str(out))
    assert report.skipped == [f"{other}: duplicate article id 'same' (already read from {folder / 'a' / 'same.md'})"]
    assert (out / "kg.trig").read_bytes() == before
    # the same file again (edited) is an update, not a duplicate
    write(folder, "a/same.md", XIXI.replace("宁波", "温州"))
    assert run_add([str(folder / "a" / "same.md")], out_dir=str(out)).skipped == []
    assert "温州" in (out / "kg.ttl").read_text(encoding="utf-8")


def test_remove_with_an_unknown_name_changes_nothing(tmp_path):
    folder = tmp_path / "in"
    for name, text in GOOD.items():
        write(folder, name, text)
    out = tmp_path / "out"
    run_build([str(folder)], out_dir=str(out), validate=False)
    before = (out / "kg.trig").read_bytes()
    with pytest.raises(UserError, match="no article 'nope'"):
        run_remove(["xixi", "nope"], out_dir=str(out))
    assert (out / "kg.trig").read_bytes() == before
    st = open_store(out / "store")
    assert article_graphs(st) == [ARTICLE + "tianmu", ARTICLE + "xixi"]
    del st


def test_kg_add_and_remove_from_the_command_line(tmp_path):
    from click.testing import CliRunner

    from kg.cli import cli
    folder = tmp_path / "in"
    write(folder, "tianmu.md", TIANMU)
    out = tmp_path / "out"
    run_build([str(folder)], out_dir=str(out), validate=False)
    new = write(folder, "xixi.md", XIXI)
    bad = write(folder, "broken.md", b"\x00\x00")
    runner = CliRunner()
    r = runner.invoke(cli, ["add", str(new), str(bad), "--out", str(out), "--store", str(out / "store")])
    gc.collect()
    assert r.exit_code == 1
    assert [line for line in r.stderr.splitlines() if line.startswith("Error")] == [
        f"Error: {bad}: binary file (NUL bytes), not a text article"]
    assert "西溪数据" in (out / "kg.ttl").read_text(encoding="utf-8")
    r = runner.invoke(cli, ["remove", "xixi", "--out", str(out), "--store", str(out / "store")])
    gc.collect()
    assert r.exit_code == 0, r.stderr
    assert r.stderr == f"removed {ARTICLE}xixi\n"
    assert "西溪数据" not in (out / "kg.ttl").read_text(encoding="utf-8")


def test_opening_a_file_as_a_store_is_a_clear_error(tmp_path):
    f = write(tmp_path, "notastore", "x")
    with pytest.raises(UserError, match="not a folder"):
        open_store(f)


def test_opening_a_store_keeps_only_a_few_rocksdb_info_logs(tmp_path):
    store = tmp_path / "store"
    st = open_store(store, create=True)
    del st
    gc.collect()
    for i in range(6):
        f = store / f"LOG.old.{1000 + i}"
        f.write_text("old info log\n")
        os.utime(f, (1000 + i, 1000 + i))
    st = open_store(store)
    del st
    assert sorted(f.name for f in store.glob("LOG.old.*"))[:3] == ["LOG.old.1003", "LOG.old.1004", "LOG.old.1005"]
    assert len(list(store.glob("LOG.old.*"))) <= 4          # the three newest, and the one this opening made


def test_kg_query_refuses_deeply_nested_brackets(tmp_path):
    rq = tmp_path / "deep.rq"
    rq.write_text("SELECT * WHERE " + "{" * 5000 + "}" * 5000, encoding="utf-8")
    p = kg("query", str(rq), "--store", str(_label_store(tmp_path)))
    assert p.returncode == 1
    assert p.stderr.strip() == "Error: bad SPARQL query: brackets nested 5000 deep (limit 500)"
