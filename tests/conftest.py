"""Shared fixtures: the shared seed article and gold, and one-off builds reused by many tests.

``shared_dir`` is ``../shared`` next to the repository (``/work/shared`` when the repo is
``/work/main``), computed from this file's location; tests that need it skip when it is absent.
The builds are session-scoped (built once) and only read afterwards: tests that change a build
make their own copy.
"""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``<repo>/../shared``; skips the test when it (or its seed article and gold) is missing."""
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent: the seed article and gold are not available")
    if not (SHARED / "seeds").is_dir() or not (SHARED / "eval" / "seed-gold.tsv").is_file():
        pytest.skip(f"{SHARED} is incomplete (needs seeds/ and eval/seed-gold.tsv): "
                    "the seed article and gold are not available")
    return SHARED


@pytest.fixture(scope="session")
def seed_store(shared_dir, tmp_path_factory):
    """``kg build <shared>/seeds`` once per session: (out_dir, BuildReport). The store is out_dir/store."""
    from kg.build import run_build
    out = tmp_path_factory.mktemp("seed-build")
    report = run_build([str(shared_dir / "seeds")], out_dir=str(out))
    return out, report


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """``kg build seeds/`` (the repository's own seed articles) once per session: (out_dir, BuildReport)."""
    from kg.build import run_build
    seeds = REPO / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"{seeds} is absent")
    out = tmp_path_factory.mktemp("seeds-build")
    report = run_build([str(seeds)], out_dir=str(out))
    return out, report
