"""Golden cases: tests/cases/<name>/article.md built alone must give exactly tests/cases/<name>/expected.ttl.

The comparison is on the union graph (kg.build.serialize_union, as in kg.ttl) with
rdflib.compare.isomorphic; a failure prints the triples only in the build and only in expected.ttl.

hz:sourceFile is the article path as given to the build. The case is built from the repository
root as ``tests/cases/<name>/article.md`` (what ``kg build tests/cases/<name>/`` writes), unless
expected.ttl spells the path differently and that spelling names the same file from the repository
root or the case folder, in which case the build uses that spelling.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.build import run_build, serialize_union
from kg.store import open_store
from kg.vocab import HZ

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "cases"
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir()) if CASES.is_dir() else []


def _build_path(case: Path, expected: rdflib.Graph) -> tuple[Path, str]:
    """(working folder, article path as written to hz:sourceFile) for building this case."""
    article = case / "article.md"
    default = (REPO, article.relative_to(REPO).as_posix())
    spelled = {str(o) for o in expected.objects(None, rdflib.URIRef(str(HZ.sourceFile)))}
    if len(spelled) != 1:
        return default
    (given,) = spelled
    for cwd in (REPO, case):
        candidate = Path(given) if os.path.isabs(given) else cwd / given
        if candidate.is_file() and os.path.samefile(candidate, article):
            return cwd, given
    return default


def _nt(triples) -> str:
    g = rdflib.Graph()
    for t in triples:
        g.add(t)
    return "\n".join(sorted(line for line in g.serialize(format="nt").splitlines() if line.strip()))


@pytest.mark.parametrize("case", CASE_DIRS or [pytest.param(None, marks=pytest.mark.skip("no tests/cases"))],
                         ids=lambda c: c.name if c else "none")
def test_golden_case(case, tmp_path, monkeypatch):
    article, expected_file = case / "article.md", case / "expected.ttl"
    if not article.is_file():
        pytest.skip(f"{case.relative_to(REPO)}: no article.md")
    if not expected_file.is_file():
        pytest.skip(f"{case.relative_to(REPO)}/expected.ttl is missing: nothing to compare the build with")
    expected = rdflib.Graph().parse(expected_file, format="turtle")
    cwd, path = _build_path(case, expected)
    monkeypatch.chdir(cwd)
    out = tmp_path / "out"
    report = run_build([path], out_dir=str(out), validate=False)
    assert report.skipped == [] and report.articles == 1
    st = open_store(out / "store")
    try:
        data = serialize_union(st).decode("utf-8")
    finally:
        del st
    assert data == (out / "kg.ttl").read_text(encoding="utf-8")
    actual = rdflib.Graph().parse(data=data, format="turtle")
    if not isomorphic(actual, expected):
        _, only_actual, only_expected = graph_diff(to_isomorphic(actual), to_isomorphic(expected))
        diff = (f"built from {path} (cwd {cwd})\n"
                f"--- only in the build ({len(only_actual)}):\n{_nt(only_actual)}\n"
                f"--- only in {expected_file.relative_to(REPO)} ({len(only_expected)}):\n{_nt(only_expected)}")
        print(diff)
        pytest.fail(f"{case.name}: the build differs from expected.ttl\n{diff}", pytrace=False)
