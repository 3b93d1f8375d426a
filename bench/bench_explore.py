"""Benchmark (not a test): how fast the explorer page draws for large synthetic graphs.

For each size it builds an in-memory store in the shape ``kg build`` writes (typed entities with
labels and aliases, facts, one claim per fact in one of many articles), writes the explorer page
with :func:`kg.explore.write_explorer`, opens it in Debian's Chromium with every non-file request
blocked, and reads the page's own clock:

* ``first_render_s``: navigation start to the first frame vis-network draws (time to first render);
* ``ready_s``: navigation start to "usable" (first frame after layout; equal when physics is off);
* ``python_s``: reading the store, choosing, laying out and writing the page in Python.

Target: ``first_render_s`` under 3 s at 5,000 nodes.

    python bench/bench_explore.py                 # 1,000 / 5,000 / 20,000 nodes
    python bench/bench_explore.py 2000 10000      # other sizes
"""
from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

from kg.vocab import ARTICLE, CLAIM, ENTITY, HZ, RELATIONS, TYPES  # noqa: E402

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
SCHEMA = "https://schema.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

_TYPE_WEIGHTS = {"Company": 30, "Person": 30, "University": 4, "ResearchInstitute": 4, "GovernmentBody": 4,
                 "Investor": 6, "Group": 2, "Policy": 5, "Industry": 5, "Place": 4, "Product": 3, "AIModel": 2, "Game": 1}
_EDGE_RELATIONS = [r for r in RELATIONS if r not in ("datePublished", "foundingDate")]


def _lit(text: str, lang: str = "zh") -> str:
    return json.dumps(text, ensure_ascii=False) + f"@{lang}"


def synthetic_store(n: int, seed: int = 0, extra_edge_ratio: float = 0.4) -> ox.Store:
    """A scale-free-ish graph of ``n`` entities (preferential attachment plus random extra edges)."""
    rng = random.Random(seed)
    types = list(_TYPE_WEIGHTS)
    weights = [_TYPE_WEIGHTS[t] for t in types]
    n_articles = max(1, n // 50)
    lines: list[str] = []

    def quad(s, p, o, g):
        lines.append(f"{s} <{p}> {o} <{g}> .")

    for a in range(n_articles):
        art = f"<{ARTICLE}synthetic-{a}>"
        quad(art, RDF_TYPE, f"<{SCHEMA}NewsArticle>", art[1:-1])
        quad(art, SCHEMA + "headline", _lit(f"合成新闻第{a}篇"), art[1:-1])
        quad(art, SCHEMA + "datePublished", f'"2025-01-{a % 28 + 1:02d}"^^<{XSD}date>', art[1:-1])
        quad(art, SCHEMA + "url", f"<https://example.org/news/{a}>", art[1:-1])

    def ent(i):
        return f"<{ENTITY}synthetic-{i}>"

    for i in range(n):
        g = f"{ARTICLE}synthetic-{i % n_articles}"
        t = rng.choices(types, weights)[0]
        quad(ent(i), RDF_TYPE, f"<{TYPES[t]}>", g)
        quad(ent(i), RDFS_LABEL, _lit(f"实体{i}"), g)
        if i % 3 == 0:
            quad(ent(i), ALT_LABEL, _lit(f"Entity {i}", "en"), g)
        if i % 7 == 0:
            quad(ent(i), ALT_LABEL, _lit(f"别名{i}"), g)

    ends: list[int] = [0]
    pairs: set[tuple[int, int, str]] = set()
    for i in range(1, n):
        j = rng.choice(ends)
        pairs.add((i, j, rng.choice(_EDGE_RELATIONS)))
        ends += [i, j]
    for _ in range(int(n * extra_edge_ratio)):
        i, j = rng.randrange(n), rng.choice(ends)
        if i != j:
            pairs.add((i, j, rng.choice(_EDGE_RELATIONS)))
    for k, (i, j, rel) in enumerate(sorted(pairs)):
        a = k % n_articles
        g = f"{ARTICLE}synthetic-{a}"
        p = RELATIONS[rel]
        quad(ent(i), p, ent(j), g)
        c = f"<{CLAIM}synthetic-{k:012x}>"
        quad(c, RDF_TYPE, f"<{HZ.Claim}>", g)
        quad(c, RDF + "subject", ent(i), g)
        quad(c, RDF + "predicate", f"<{p}>", g)
        quad(c, RDF + "object", ent(j), g)
        quad(c, PROV_DERIVED, f"<{g}>", g)
        quad(c, str(HZ.quote), _lit(f"据报道，实体{i}与实体{j}之间存在关系（第{k}句）。"), g)
        quad(c, str(HZ.startOffset), f'"{k * 10}"^^<{XSD}integer>', g)
        quad(c, str(HZ.endOffset), f'"{k * 10 + 30}"^^<{XSD}integer>', g)
        quad(c, str(HZ.extractor), json.dumps("rules/synthetic"), g)
        quad(c, str(HZ.confidence), f'"0.{rng.randrange(50, 99)}"^^<{XSD}decimal>', g)
    store = ox.Store()
    store.bulk_load(("\n".join(lines) + "\n").encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    return store


def run(sizes=(1000, 5000, 20000), repeat: int = 1) -> list[dict]:
    """Measure each size; returns one row per size (see the module docstring for the columns)."""
    import explore_helpers as h
    from playwright.sync_api import sync_playwright

    from kg.explore import write_explorer

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = h.launch(pw)
        try:
            for n in sizes:
                t0 = time.perf_counter()
                store = synthetic_store(n)
                t1 = time.perf_counter()
                out = Path(tmp) / f"bench-{n}.html"
                stats = write_explorer(store, out)
                t2 = time.perf_counter()
                best = None
                for _ in range(max(1, repeat)):
                    with h.offline_page(browser, out) as (page, log):
                        h.wait_ready(page, timeout=300000)
                        first, ready = page.evaluate("[kgExplorer.firstDrawMs, kgExplorer.readyMs]")
                        blocked = h.outside_requests(log)
                    if best is None or first < best[0]:
                        best = (first, ready, blocked)
                rows.append({
                    "nodes": stats["nodes"], "edges": stats["edges"], "layout": stats["layout"],
                    "store_s": round(t1 - t0, 2), "python_s": round(t2 - t1, 2),
                    "html_mb": round(stats["bytes"] / 1e6, 2),
                    "first_render_s": round(best[0] / 1000, 2), "ready_s": round(best[1] / 1000, 2),
                    "outside_requests": len(best[2]),
                })
        finally:
            browser.close()
    return rows


def main(argv=None) -> int:
    args = [a for a in (argv if argv is not None else sys.argv[1:])]
    sizes = tuple(int(a) for a in args) or (1000, 5000, 20000)
    rows = run(sizes)
    cols = ["nodes", "edges", "layout", "python_s", "html_mb", "first_render_s", "ready_s", "outside_requests"]
    print(" ".join(f"{c:>15}" for c in cols))
    for r in rows:
        print(" ".join(f"{r[c]!s:>15}" for c in cols))
    for r in rows:
        if r["nodes"] == 5000:
            verdict = "OK" if r["first_render_s"] < 3 else "SLOW"
            print(f"target: first render under 3 s at 5,000 nodes: {r['first_render_s']} s {verdict}")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "explore.json").write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
