"""``kg build --jobs N`` writes kg.ttl and kg.trig in a forked child beside graph.html: same bytes as
one process, and a child that fails leaves the work to the parent (which then raises its error)."""
from __future__ import annotations

import gc
import os
import shutil
import sys
from pathlib import Path

import pytest

import kg.build as B
from kg.build import run_build

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "tests" / "corpus" / "dev"

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the exports fork only on Linux")


def _corpus(tmp_path: Path, n: int = 6) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for f in sorted(DEV.glob("*.md"))[:n]:
        shutil.copy(f, folder / f.name)
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("kg.ttl", "kg.trig", "graph.html")}


@linux_only
def test_forked_exports_equal_serial_ones(tmp_path):
    folder = _corpus(tmp_path)
    run_build([str(folder)], out_dir=str(tmp_path / "one"), validate=False, jobs=1)
    gc.collect()
    run_build([str(folder)], out_dir=str(tmp_path / "two"), validate=False, jobs=2)
    gc.collect()
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    assert not list((tmp_path / "two").glob(".*.tmp"))


@linux_only
def test_failing_child_leaves_the_exports_to_the_parent(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, 3)
    run_build([str(folder)], out_dir=str(tmp_path / "ref"), validate=False, jobs=1)
    gc.collect()
    parent = os.getpid()
    real = B.serialize_union

    def fails_in_child(*args, **kw):
        if os.getpid() != parent:
            raise OSError("no space left on device (simulated)")
        return real(*args, **kw)

    monkeypatch.setattr(B, "serialize_union", fails_in_child)
    run_build([str(folder)], out_dir=str(tmp_path / "out"), validate=False, jobs=2)
    gc.collect()
    assert _outputs(tmp_path / "ref") == _outputs(tmp_path / "out")


@linux_only
def test_an_error_in_the_exports_is_raised_by_the_parent(tmp_path, monkeypatch):
    folder = _corpus(tmp_path, 2)

    def fails(*args, **kw):
        raise OSError("no space left on device (simulated)")

    monkeypatch.setattr(B, "serialize_dataset", fails)
    with pytest.raises(OSError, match="simulated"):
        run_build([str(folder)], out_dir=str(tmp_path / "out"), validate=False, jobs=2)
    gc.collect()
    assert not (tmp_path / "out" / "kg.trig").exists()
    assert not list((tmp_path / "out").glob(".*.tmp"))


@linux_only
def test_an_interrupted_build_does_not_write_the_exports_again(tmp_path, monkeypatch):
    """Ctrl-C reaches the child and the parent alike: the child fails, the parent must not then
    write kg.ttl and kg.trig itself on its way out."""
    folder = _corpus(tmp_path, 2)
    log = tmp_path / "calls"
    parent = os.getpid()

    def logged(*args, **kw):
        with open(log, "a") as fh:
            fh.write(f"{os.getpid()}\n")
        if os.getpid() != parent:
            raise KeyboardInterrupt

    import kg.explore as E

    def fails(*args, **kw):
        raise RuntimeError("interrupted (simulated)")

    monkeypatch.setattr(B, "_write_rdf_outputs", logged)
    monkeypatch.setattr(E, "write_explorer", fails)
    with pytest.raises(RuntimeError, match="simulated"):
        run_build([str(folder)], out_dir=str(tmp_path / "out"), validate=False, jobs=2)
    gc.collect()
    pids = log.read_text().split()
    assert len(pids) == 1 and int(pids[0]) != parent       # once, in the child
    assert not list((tmp_path / "out").glob(".*.tmp"))
