"""Load test (not a unit test): ``kg serve`` under many concurrent clients on loopback.

Starts ``python -m kg serve`` on a store (a subprocess, so that its memory, with its query
workers, is measured on its own), then runs CLIENTS client threads for SECONDS seconds. Each client
loops over a mix of requests: SELECT / ASK / CONSTRUCT by GET and POST (urlencoded and direct),
on a kept-alive connection and on fresh ones, plus a few bad ones (a syntax error, an update, an
oversized body, an oversized GET, brackets nested too deep) that must get their 4xx. It reports
status counts, unexpected answers (errors), latency percentiles, throughput, and the resident
memory of the server and its workers sampled every half second (after a warm-up: first third
against last third of the run, and the peak).

    python -m bench.serve_load                        # 50 clients, 30 s, a store built from seeds/
    python -m bench.serve_load --clients 20 --seconds 10 --store out/store
    python -m bench.serve_load --json bench/results/serve-load.json

Exit status 1 if any request got an unexpected answer or the memory grew by more than 25 MB
between the first and the last third.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GOOD = [
    "SELECT ?org ?person WHERE { ?o schema:founder ?p . ?o rdfs:label ?org . ?p rdfs:label ?person } LIMIT 50",
    "SELECT (COUNT(*) AS ?n) WHERE { ?c a hz:Claim }",
    "SELECT ?s ?p ?o ?quote WHERE { ?c a hz:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; hz:quote ?quote } LIMIT 20",
    "ASK { ?s schema:alumniOf ?o }",
    "CONSTRUCT { ?s schema:founder ?o } WHERE { ?s schema:founder ?o } LIMIT 30",
    "SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(CONTAINS(STR(?l), \"杭\")) } LIMIT 20",
]
ACCEPTS = ["application/sparql-results+json", "text/csv", "application/sparql-results+xml",
           "text/tab-separated-values", None]


def rss_tree(pid: int) -> int:
    """Resident memory (bytes) of a process and all its children."""
    import psutil
    try:
        p = psutil.Process(pid)
        procs = [p] + p.children(recursive=True)
    except psutil.Error:
        return 0
    total = 0
    for q in procs:
        try:
            total += q.memory_info().rss
        except psutil.Error:
            pass
    return total


def build_store(target: Path) -> Path:
    """A store built from the repository's seeds/ (quietly)."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    subprocess.run([sys.executable, "-m", "kg", "build", str(ROOT / "seeds"), "--out", str(target), "-q"],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    return target / "store"


class Server:
    """``python -m kg serve --port 0`` in a subprocess; reads the URL it prints."""

    def __init__(self, store: Path, timeout: float = 10.0, workers_env: dict | None = None):
        env = dict(os.environ, PYTHONIOENCODING="utf-8", **(workers_env or {}))
        self.proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0",
                                      "--timeout", str(timeout)], cwd=ROOT, env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.stderr_lines: list[str] = []
        deadline = time.time() + 60
        self.host = self.port = None
        while time.time() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                raise RuntimeError(f"kg serve exited with {self.proc.wait()}: {''.join(self.stderr_lines)}")
            self.stderr_lines.append(line)
            m = re.search(r"http://([\d.]+):(\d+)/sparql", line)
            if m:
                self.host, self.port = m.group(1), int(m.group(2))
                break
        if not self.port:
            raise RuntimeError("kg serve did not print its address")
        self._drain = threading.Thread(target=self._read_rest, daemon=True)
        self._drain.start()

    def _read_rest(self) -> None:
        for line in self.proc.stderr:
            self.stderr_lines.append(line)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(5)


def _request(conn: http.client.HTTPConnection, rng: random.Random) -> tuple[str, int, bool]:
    """One request of the mix: (kind, status, whether the answer was the expected one)."""
    r = rng.random()
    q = rng.choice(GOOD)
    accept = rng.choice(ACCEPTS)
    headers = {"Accept": accept} if accept else {}
    if r < 0.40:
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": q}), headers=headers)
        kind, expect = "get", (200,)
    elif r < 0.70:
        conn.request("POST", "/sparql", urllib.parse.urlencode({"query": q}).encode(),
                     dict(headers, **{"Content-Type": "application/x-www-form-urlencoded"}))
        kind, expect = "post-form", (200,)
    elif r < 0.90:
        conn.request("POST", "/sparql", q.encode(), dict(headers, **{"Content-Type": "application/sparql-query"}))
        kind, expect = "post-direct", (200,)
    elif r < 0.94:
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p }"}))
        kind, expect = "bad-syntax", (400,)
    elif r < 0.96:
        conn.request("POST", "/sparql", b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                     {"Content-Type": "application/sparql-query"})
        kind, expect = "update", (403,)
    elif r < 0.97:
        conn.request("POST", "/sparql", b"query=" + b"x" * (2 * 1024 * 1024 + 10),
                     {"Content-Type": "application/x-www-form-urlencoded"})
        kind, expect = "oversized-body", (413,)
    elif r < 0.98:
        conn.request("GET", "/sparql?query=" + "x" * 70000)
        kind, expect = "oversized-get", (413,)
    else:
        q = "SELECT * WHERE " + "{" * 2000 + "}" * 2000
        conn.request("POST", "/sparql", q.encode(), {"Content-Type": "application/sparql-query"})
        kind, expect = "too-nested", (400,)
    resp = conn.getresponse()
    body = resp.read()
    ok = resp.status in expect
    if ok and resp.status >= 400:
        ok = bool(body.strip()) and resp.getheader("Content-Type", "").startswith("text/plain")   # a message
    if resp.status == 200 and kind in ("get", "post-form", "post-direct"):
        ok = ok and len(body) > 0
    if resp.getheader("Connection", "").lower() == "close":
        conn.close()
    return kind, resp.status, ok


def run_load(host: str, port: int, clients: int, seconds: float, server_pid: int | None = None,
             seed: int = 1) -> dict:
    """Drive the server; returns the measurements (see the module docstring)."""
    stop = time.time() + seconds
    lock = threading.Lock()
    statuses: Counter = Counter()
    kinds: Counter = Counter()
    errors: list[str] = []
    latencies: list[float] = []
    samples: list[tuple[float, int]] = []
    t0 = time.time()

    def client(i: int) -> None:
        rng = random.Random(seed * 1000 + i)
        keep_alive = i % 2 == 0               # half the clients reuse one connection, half reconnect
        conn = None
        while time.time() < stop:
            if conn is None or not keep_alive or conn.sock is None:
                if conn is not None:
                    conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=60)
            t = time.perf_counter()
            try:
                kind, status, ok = _request(conn, rng)
            except Exception as exc:  # noqa: BLE001 - a failed request is what we count
                with lock:
                    errors.append(f"client {i}: {type(exc).__name__}: {exc}")
                conn.close()
                conn = None
                continue
            dt = time.perf_counter() - t
            with lock:
                statuses[status] += 1
                kinds[kind] += 1
                latencies.append(dt)
                if not ok:
                    errors.append(f"client {i}: {kind} got HTTP {status}")
        if conn is not None:
            conn.close()

    def sampler() -> None:
        while time.time() < stop:
            if server_pid:
                samples.append((time.time() - t0, rss_tree(server_pid)))
            time.sleep(0.5)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    mon = threading.Thread(target=sampler, daemon=True)
    mon.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 120)
    mon.join(5)
    elapsed = time.time() - t0
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1) if lat else 0.0

    out = {"clients": clients, "seconds": round(elapsed, 1), "requests": len(lat),
           "requests_per_s": round(len(lat) / elapsed, 1) if elapsed else 0.0,
           "statuses": dict(sorted(statuses.items())), "kinds": dict(sorted(kinds.items())),
           "errors": len(errors), "error_examples": errors[:10],
           "latency_ms": {"p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99), "max": pct(1.0)}}
    if samples:
        mem = [m for _, m in samples]
        third = max(1, len(mem) // 3)
        first, last = statistics.median(mem[:third]), statistics.median(mem[-third:])
        out["rss_mb"] = {"start": round(mem[0] / 2**20, 1), "first_third": round(first / 2**20, 1),
                         "last_third": round(last / 2**20, 1), "peak": round(max(mem) / 2**20, 1),
                         "growth": round((last - first) / 2**20, 1), "samples": len(mem)}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--store", help="store folder (default: build seeds/ into a temporary folder)")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(args.store) if args.store else build_store(Path(tmp) / "out")
        server = Server(store)
        try:
            rss_idle = rss_tree(server.proc.pid)
            res = run_load(server.host, server.port, args.clients, args.seconds, server.proc.pid)
            res["rss_idle_mb"] = round(rss_idle / 2**20, 1)
        finally:
            server.stop()
        res["server_stderr_tracebacks"] = sum("Traceback" in line for line in server.stderr_lines)
    print(json.dumps(res, indent=2, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    bad = res["errors"] or res["server_stderr_tracebacks"] or res.get("rss_mb", {}).get("growth", 0) > 25
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
