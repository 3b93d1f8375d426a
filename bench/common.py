"""Shared helpers of the benchmark: the cached corpus, the machine description, process-tree memory."""
from __future__ import annotations

import os
import platform
import subprocess
import sys
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CACHE = BENCH / ".cache"
PY = sys.executable


def corpus(articles: int, seed: int = 7) -> Path:
    """A folder holding the first ``articles`` generated articles (and gold files), generated once."""
    from .generate import generate
    d = CACHE / f"corpus-s{seed}-n{articles}"
    stamp = d / ".complete"
    if not stamp.exists():
        generate(d, articles, seed)
        stamp.write_text(str(articles))
    return d


def article_files(d: Path) -> list[Path]:
    return sorted(d.glob("*.md"))


def machine() -> dict:
    def run(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True, timeout=10).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "?"
    cpu = "?"
    for line in run(["lscpu"]).splitlines():
        if line.startswith("Model name:"):
            cpu = line.split(":", 1)[1].strip()
    mem = run(["free", "-h"]).splitlines()
    versions = {}
    for mod in ("jieba", "pyoxigraph", "rdflib", "pyahocorasick"):
        try:
            from importlib.metadata import version
            versions[mod] = version(mod)
        except Exception:                       # noqa: BLE001 - a missing package is just not listed
            pass
    return {"nproc": run(["nproc"]), "cpu": cpu, "memory": mem[1].split()[1] if len(mem) > 1 else "?",
            "free_h": "\n".join(mem), "python": platform.python_version(), "platform": platform.platform(),
            "versions": versions}


def _children(pid: int) -> list[int]:
    out = []
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            kids = [int(x) for x in fh.read().split()]
    except OSError:
        return out
    for k in kids:
        out.append(k)
        out.extend(_children(k))
    return out


def _rss_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) in kB: PSS counts a page shared by n processes as 1/n (forked workers share a lot)."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
        return rss, pss
    except OSError:
        pass
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                    return rss, rss
    except OSError:
        pass
    return 0, 0


class TreeMemory:
    """Samples the memory of a process and all its descendants: peak of the summed PSS (pages shared
    between processes counted once) and of the summed RSS (shared pages counted in every process), MB."""

    def __init__(self, pid: int, interval: float = 0.05):
        self.pid, self.interval, self.peak_kb, self.peak_rss_kb = pid, interval, 0, 0
        self._stop = threading.Event()
        self._t = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            t = time.perf_counter()
            mem = [_rss_kb(p) for p in [self.pid, *_children(self.pid)]]
            self.peak_kb = max(self.peak_kb, sum(m[1] for m in mem))
            self.peak_rss_kb = max(self.peak_rss_kb, sum(m[0] for m in mem))
            # reading PSS walks the page tables: keep the sampler under ~5% of one core
            self._stop.wait(max(self.interval, 20 * (time.perf_counter() - t)))

    def __enter__(self):
        self._t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._t.join()

    @property
    def peak_mb(self) -> float:
        return self.peak_kb / 1024


class _NoMemory:
    peak_mb = peak_rss_kb = 0.0

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def _cpu_busy_seconds() -> float:
    """CPU seconds the whole machine has spent busy since boot (all processes, all cores)."""
    try:
        with open("/proc/stat") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
    except OSError:
        return float("nan")
    idle = f[3] + (f[4] if len(f) > 4 else 0)
    return (sum(f[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def run_measured(cmd: list[str], cwd=None, env=None, timeout=None, memory: bool = True,
                 interval: float = 0.2) -> dict:
    """Run ``cmd`` under ``/usr/bin/time -v`` (when present) and sample its process tree's memory.

    Memory sampling (``memory``) costs CPU: leave it off where only time counts.
    Returns wall seconds, the exit code, the largest single process's peak RSS (MB, from the kernel),
    the sampled peak of the whole tree's summed RSS (MB), the CPU seconds of the tree, and how many
    cores *other* processes kept busy meanwhile (``foreign_cores``: this machine is shared), plus
    stdout/stderr.
    """
    timev = Path("/usr/bin/time")
    full = ([str(timev), "-v"] if timev.exists() else []) + cmd
    import resource
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    busy0 = _cpu_busy_seconds()
    t0 = time.perf_counter()
    p = subprocess.Popen(full, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True)
    timed_out = False
    with (TreeMemory(p.pid, interval) if memory else _NoMemory()) as mem:
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(p.pid, 9)            # this process group only: the measured command and its workers
            out, err = p.communicate()
    wall = time.perf_counter() - t0
    busy = _cpu_busy_seconds() - busy0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    ours = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    max_rss = None
    for line in err.splitlines():
        if "Maximum resident set size" in line:
            max_rss = int(line.split(":")[1]) / 1024
    return {"wall": wall, "rc": p.returncode, "max_rss_mb": max_rss, "tree_peak_mb": mem.peak_mb,
            "tree_peak_rss_mb": mem.peak_rss_kb / 1024,
            "cpu": ours, "foreign_cores": max(0.0, busy - ours) / wall if wall > 0 else 0.0, "timed_out": timed_out,
            "stdout": out, "stderr": err}


def env_with_root() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONHASHSEED", "0")
    return env
