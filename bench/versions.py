"""Extraction throughput of several versions of ``kg/``, side by side (``python -m bench.versions``).

Each argument is a folder holding a ``kg/`` package (e.g. ``git archive COMMIT kg | tar -x -C DIR``).
Each version runs in a fresh process over the same generated articles, ``kg.build._process``
interleaved article by article with ``jieba.lcut`` in CPU time (as ``python -m bench`` measures);
the versions alternate, ``--reps`` runs each, so a busy machine affects them alike:

    python -m bench.versions /tmp/before /tmp/after --articles 200 --reps 3
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

from .common import article_files, corpus

_RUN = r'''
import json, sys, time
sys.path.insert(0, sys.argv[1])
import jieba
from kg.articles import load_article
from kg.build import _process
files = sys.argv[2:]
bodies = [load_article(f).body for f in files]
jieba.initialize(); jieba.lcut(bodies[0]); _process((files[0], "rules", 0.0))
lcut = extract = 0.0
for f, body in zip(files, bodies):
    c0 = time.process_time(); jieba.lcut(body); c1 = time.process_time(); kind, out = _process((f, "rules", 0.0))
    lcut += c1 - c0; extract += time.process_time() - c1
    if kind != "ok":
        sys.exit(f"{f}: {out}")          # a version that fails is not a fast one
print(json.dumps([lcut, extract]))
'''


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="+", help="folders that hold a kg/ package")
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--reps", type=int, default=3)
    a = ap.parse_args(argv)
    files = [str(f) for f in article_files(corpus(a.articles))]
    ratios: dict[str, list[float]] = {t: [] for t in a.trees}
    for _ in range(a.reps):
        for t in a.trees:
            out = subprocess.run([sys.executable, "-c", _RUN, t, *files], capture_output=True, text=True, cwd="/",
                                 check=True)
            lcut, extract = json.loads(out.stdout.strip().splitlines()[-1])
            ratios[t].append(lcut / extract)
    for t, r in ratios.items():
        print(f"{t:40} × jieba.lcut: " + ", ".join(f"{x:.3f}" for x in r) + f"  mean {sum(r) / len(r):.3f}")


if __name__ == "__main__":
    main()
