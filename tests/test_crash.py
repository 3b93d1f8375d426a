"""Crash safety: `kg build` killed with SIGKILL at any moment leaves the previous kg.ttl, kg.trig and
graph.html intact (each is the old file or the complete new one, never a partial one), the store
usable, and the next build completes normally and equals a build that was never interrupted.

Real processes: ``python -m kg build`` in a subprocess, killed at several moments: while starting,
while extracting, while writing the store, and while an output file is being written (the test
watches for the temporary file and kills the build as soon as it appears).
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import write_outputs
from kg.store import article_graphs, open_store

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "build"
CORPUS = REPO / "tests" / "corpus"
OUTPUTS = ("kg.ttl", "kg.trig", "graph.html")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def start_build(folder: Path, out: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1")
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "-q"], cwd=REPO,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill(p: subprocess.Popen) -> bool:
    """SIGKILL; True if the build was still running (so it really was interrupted)."""
    running = p.poll() is None
    if running:
        os.kill(p.pid, signal.SIGKILL)
    p.wait(30)
    p.stderr.close()
    return running


def snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def assert_store_usable(out: Path) -> None:
    st = open_store(out / "store")                      # opens (no stale lock), and answers queries
    try:
        n = int(next(iter(st.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value)
        assert n >= 0
    finally:
        del st


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> Path:
    """16 articles (from the test corpus and the build fixtures): a build takes about 3 s."""
    folder = tmp_path_factory.mktemp("big")
    files = sorted(CORPUS.glob("*/*.md"))[:14] + sorted(FIXTURES.glob("*.md"))
    for i, f in enumerate(files):
        shutil.copy(f, folder / f"{i:03d}_{f.name}")
    return folder


def holds_store_lock(pid: int, store: Path) -> bool:
    """Whether process ``pid`` holds the store's RocksDB lock (Linux /proc/locks; elsewhere: after 3 s)."""
    try:
        inode = (store / "LOCK").stat().st_ino
        locks = Path("/proc/locks").read_text()
    except OSError:
        time.sleep(3)
        return True
    for line in locks.splitlines():
        f = line.split()
        if len(f) > 5 and f[4] == str(pid) and f[5].rsplit(":", 1)[-1] == str(inode):
            return True
    return False


def previous_build(out: Path) -> None:
    """What an earlier build left in ``out``: a store with two articles, and its three outputs."""
    (out / "store").mkdir(parents=True)
    st = ox.Store(str(out / "store"))
    st.load(path=str(REPO / "tests" / "fixtures" / "sparql_mini.trig"))
    st.flush()
    write_outputs(st, out)
    del st


def run_kg_build(folder: Path, out: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", "build", str(folder), "--out", str(out), "-q"], cwd=REPO,
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          env=dict(os.environ, PYTHONIOENCODING="utf-8", NO_COLOR="1"))


def test_sigkill_at_any_moment_keeps_outputs_and_store(big_folder, tmp_path):
    # an uninterrupted build of the same folder, in parallel: what the outputs must end up as
    ref = start_build(big_folder, tmp_path / "ref")
    out = tmp_path / "out"
    previous_build(out)
    old = snapshot(out)
    seen: list[dict[str, bytes]] = []                   # the outputs after each kill
    interrupted = 0

    # 1. kill at fixed moments: while starting up, extracting, writing the store
    for delay in (0.3, 1.0, 1.8):
        p = start_build(big_folder, out)
        time.sleep(delay)
        interrupted += kill(p)
        seen.append(snapshot(out))
        assert_store_usable(out)

    # 2. a second build into the same store while one runs: one clear line, exit 1; then kill the first
    p = start_build(big_folder, out)
    deadline = time.time() + 60
    while not holds_store_lock(p.pid, out / "store") and p.poll() is None and time.time() < deadline:
        time.sleep(0.02)
    # the same folder: if the first build finishes before the second reaches the lock (a fast machine),
    # the second completes and leaves the expected outputs rather than another folder's
    second = run_kg_build(big_folder, out)
    if p.poll() is None:
        assert second.returncode == 1, second.stderr
        lines = [line for line in second.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, second.stderr
        assert lines[0].startswith(f"Error: store {out / 'store'} is in use by another kg process")
    interrupted += kill(p)
    seen.append(snapshot(out))
    assert_store_usable(out)

    # 3. kill while an output file is being written: the moment a temporary file appears next to it
    p = start_build(big_folder, out)
    caught = False
    deadline = time.time() + 120
    while p.poll() is None and time.time() < deadline:
        if any(f.name.endswith(".tmp") for f in out.iterdir()):
            os.kill(p.pid, signal.SIGKILL)
            caught = True
            break
        time.sleep(0.002)
    interrupted += kill(p)
    seen.append(snapshot(out))
    assert_store_usable(out)
    assert interrupted >= 3, "the builds finished before they could be killed: use a bigger folder"

    # every output seen after a kill was the previous file or the complete new one
    assert ref.wait(300) == 0, ref.stderr.read().decode("utf-8", "replace")
    ref.stderr.close()
    expected = snapshot(tmp_path / "ref")
    for snap in seen:
        for name in OUTPUTS:
            assert snap[name] in (old[name], expected[name]), f"{name} was left partial by a killed build"
    ox.parse(seen[-1]["kg.ttl"], format=ox.RdfFormat.TURTLE)
    ox.parse(seen[-1]["kg.trig"], format=ox.RdfFormat.TRIG)

    # the next build completes normally and equals the uninterrupted one
    done = run_kg_build(big_folder, out)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert snapshot(out) == expected
    # temporary files of the killed builds are gone, and outputs are readable by others (umask)
    assert not [f.name for f in out.iterdir() if f.name.endswith(".tmp")]
    for name in OUTPUTS:
        assert (out / name).stat().st_mode & 0o777 == 0o666 & ~_umask()
    st = open_store(out / "store")
    assert len(article_graphs(st)) == len(list(big_folder.glob("*.md")))
    del st
    if not caught:
        pytest.skip("the kill during an output write was not caught this time (the rest passed)")


def _umask() -> int:
    old = os.umask(0)
    os.umask(old)
    return old
