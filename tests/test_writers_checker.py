"""docs/writers/check_gold.py, the checker the corpus writers run on their folder: it accepts gold files of the
corpus's own format and names the file, line and reason of each problem."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "dev"


def _checker():
    spec = importlib.util.spec_from_file_location("check_gold", ROOT / "docs" / "writers" / "check_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.check


def _folder(tmp_path: Path, n: int = 14) -> Path:
    """A writer's folder made of n development articles with enough required rows, named 01_… to nn_…."""
    picked = [md for md in sorted(DEV.glob("dev6*.md"))
              if sum(line.split("\t")[3:4] == ["R"] for line in md.with_suffix(".tsv").read_text().splitlines()) >= 8][:n]
    for k, md in enumerate(picked, start=1):
        shutil.copy(md, tmp_path / f"{k:02d}_article.md")
        shutil.copy(md.with_suffix(".tsv"), tmp_path / f"{k:02d}_article.tsv")
    return tmp_path


def test_the_corpus_own_gold_files_pass_the_writers_checker(tmp_path):
    assert _checker()(str(_folder(tmp_path))) == []


def test_the_checker_names_the_file_line_and_reason(tmp_path):
    folder = _folder(tmp_path)
    gold = folder / "03_article.tsv"
    lines = gold.read_text().splitlines()
    cells = lines[7].split("\t")
    lines[7] = "\t".join(cells[:4] + ["words that are nowhere in the article"])
    lines[8] = "\t".join(lines[8].split("\t")[:1] + ["ownerOf"] + lines[8].split("\t")[2:])
    gold.write_text("\n".join(lines) + "\n")
    (folder / "14_article.md").unlink()
    problems = _checker()(str(folder))
    assert f"{folder}: 13 articles, expected 14" in problems
    assert "03_article.tsv line 8: evidence is not a verbatim snippet of the article: 'words that are nowhere in the article'" in problems
    assert "03_article.tsv line 9: unknown predicate 'ownerOf'" in problems
