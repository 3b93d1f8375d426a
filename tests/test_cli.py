"""kg/cli.py: help texts, error lines and exit codes (click's CliRunner and real `python -m kg` runs)."""
from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.store import article_graphs, open_store
from kg.vocab import ARTICLE

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "build"
REPO = Path(__file__).resolve().parent.parent


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m kg ARGS`` as a user would; text output, no exception on a non-zero exit."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1", COLUMNS="200")
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd or REPO, capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=120)


@pytest.fixture
def runner():
    yield CliRunner()
    # CliRunner keeps the exception of a failed command in a reference cycle; its traceback holds the
    # command's open store (and so the store's lock) until the cycle is collected.
    gc.collect()


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("Error: ")]


# ------------------------------------------------------------------------- help

def test_help_lists_every_command(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in ("build", "query", "export", "validate", "explain", "eval", "explore", "serve", "push", "add",
                 "remove"):
        assert name in cli.commands
        assert f"  {name} " in result.output


def test_help_exit_code_from_a_real_run():
    p = kg("--help")
    assert p.returncode == 0
    assert "Commands:" in p.stdout and "build" in p.stdout and "eval" in p.stdout


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_help_has_an_example(runner, name):
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert f"kg {name}" in result.output.split("Example", 1)[1]


def test_unknown_command_is_a_usage_error():
    p = kg("frobnicate")
    assert p.returncode != 0
    assert "frobnicate" in p.stderr


# ------------------------------------------------------------------------- errors

def test_query_without_a_store(runner, tmp_path):
    missing = tmp_path / "no-store"
    result = runner.invoke(cli, ["query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no store at")
    assert result.stderr == f"Error: no store at {missing} (run `kg build` first, or pass --store)\n"


def test_query_without_a_store_real_run(tmp_path):
    p = kg("query", "SELECT * WHERE { ?s ?p ?o }", cwd=tmp_path)
    assert p.returncode == 1
    assert p.stderr.startswith("Error: no store at")
    expected = f"Error: no store at {os.path.join('out', 'store')} (run `kg build` first, or pass --store)"
    assert p.stderr.strip() == expected
    assert p.stdout == ""


def test_eval_missing_gold_file(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)                      # no out/store here either: the gold file is the error
    result = runner.invoke(cli, ["eval", "missing.tsv"])
    assert result.exit_code == 1
    assert result.stderr == "Error: missing.tsv: no such gold file\n"


def test_eval_missing_gold_file_real_run(tmp_path):
    p = kg("eval", "missing.tsv", cwd=tmp_path)
    assert p.returncode == 1
    assert p.stderr.strip() == "Error: missing.tsv: no such gold file"


def test_build_missing_path(tmp_path):
    p = kg("build", "nonexistent/", "--out", str(tmp_path / "out"), "-q", cwd=tmp_path)
    assert p.returncode == 1
    lines = error_lines(p.stderr)
    assert any("nonexistent/" in line and "no such file or folder" in line for line in lines), p.stderr
    assert "Traceback" not in p.stderr


def test_build_with_a_bad_file_exits_1_and_keeps_the_good_article(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text((FIXTURES / "tianmu.md").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "photo.md").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01")
    out = tmp_path / "out"
    p = kg("build", str(folder), "--out", str(out), "-q", cwd=tmp_path)
    assert p.returncode == 1
    lines = error_lines(p.stderr)
    assert len(lines) == 1 and lines[0].startswith(f"Error: {folder / 'photo.md'}: binary file"), p.stderr
    st = open_store(out / "store")
    assert article_graphs(st) == [ARTICLE + "good"]
    del st
    assert "天目智能" in (out / "kg.ttl").read_text(encoding="utf-8")


def test_build_good_folder_exits_0(runner, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(FIXTURES), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert (out / "kg.ttl").is_file() and (out / "kg.trig").is_file()


def test_explain_unknown_name(runner, seeds_build):
    out, _ = seeds_build
    result = runner.invoke(cli, ["explain", "不存在的公司", "--store", str(out / "store")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no entity named ")
    assert result.stderr == "Error: no entity named '不存在的公司' in the store\n"


def test_explain_known_alias(runner, seeds_build):
    out, _ = seeds_build
    result = runner.invoke(cli, ["explain", "浙大", "--store", str(out / "store")])
    assert result.exit_code == 0, result.output
    assert "浙江大学" in result.output
    assert "fact(s)" in result.output


def test_validate_good_build(runner, seeds_build):
    out, _ = seeds_build
    result = runner.invoke(cli, ["validate", "--store", str(out / "store")])
    assert result.exit_code == 0, result.output
    assert "Conforms" in result.output


def test_validate_good_build_real_run(seeds_build):
    out, _ = seeds_build
    p = kg("validate", "--store", str(out / "store"))
    assert p.returncode == 0, p.stderr
    assert "Conforms" in p.stdout


def test_export_turtle_equals_kg_ttl(runner, seeds_build, tmp_path):
    out, _ = seeds_build
    target = tmp_path / "export.ttl"
    result = runner.invoke(cli, ["export", "--store", str(out / "store"), "--format", "turtle", "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert target.read_bytes() == (out / "kg.ttl").read_bytes()


def test_remove_unknown_article_is_a_user_error(runner, tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(cli, ["build", str(FIXTURES), "--out", str(out), "-q"]).exit_code == 0
    result = runner.invoke(cli, ["remove", "nope", "--out", str(out), "--store", str(out / "store")])
    assert result.exit_code == 1
    assert result.stderr == "Error: no article 'nope' in the store\n"


def test_bad_option_value_is_a_usage_error(runner):
    result = runner.invoke(cli, ["build", "--min-confidence", "2"])
    assert result.exit_code == 2
    assert "min-confidence" in result.stderr
