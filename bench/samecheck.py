"""Does a change keep extraction output identical? (``python -m bench.samecheck``)

Writes the N-Quads that ``kg.build._process`` makes for every article of each corpus (one file per
corpus, the articles' bytes in file order) into a folder, and compares them with the same files
made by another version of the code:

    python -m bench.samecheck /tmp/ref                 # on the code before the change
    python -m bench.samecheck /tmp/new --compare /tmp/ref

Corpora: tests/corpus/dev, tests/corpus/heldout (only counts of differing lines are printed for
it: its articles are held back), seeds/, the seed of ../shared (when present) and the first N
generated articles (``--articles``, default 1000). Identical N-Quads mean identical ``kg eval`` scores.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

from .common import ROOT, article_files, corpus

HELD_BACK = "heldout"


def corpora(articles: int) -> dict[str, list[Path]]:
    out = {"dev": sorted((ROOT / "tests/corpus/dev").glob("*.md")),
           HELD_BACK: sorted((ROOT / "tests/corpus/heldout").glob("*.md")),
           "seeds": sorted((ROOT / "seeds").glob("*.md"))}
    shared = ROOT.parent / "shared" / "seeds"
    if shared.is_dir():
        out["shared-seed"] = sorted(shared.glob("*.md"))
    out["generated"] = article_files(corpus(articles))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="folder for the N-Quads files")
    ap.add_argument("--compare", help="a folder written by an earlier run: report every difference")
    ap.add_argument("--articles", type=int, default=1000, help="generated articles (default 1000)")
    a = ap.parse_args(argv)
    from kg.build import _process
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for name, files in corpora(a.articles).items():
        t0 = time.process_time()
        chunks = []
        for f in files:
            kind, payload = _process((str(f), "rules", 0.0))
            chunks.append(payload[3] if kind == "ok" else f"ERROR {payload}\n".encode())
        data = b"".join(chunks)
        (out / f"{name}.nq").write_bytes(data)
        nl = data.count(b"\n")
        line = f"{name:12} {len(files):4} articles {nl:7} quads  sha1 {hashlib.sha1(data).hexdigest()[:12]}" \
               f"  {time.process_time() - t0:6.1f} s"
        if a.compare:
            ref = (Path(a.compare) / f"{name}.nq").read_bytes()
            if ref == data:
                line += "  identical"
            else:
                bad += 1
                old, new = set(ref.splitlines()), set(data.splitlines())
                line += f"  DIFFERENT: -{len(old - new)} +{len(new - old)} lines" + \
                        ("" if old != new else " (same lines, other order)")
                if name != HELD_BACK:
                    diff = out / f"{name}.diff"
                    diff.write_bytes(b"".join(b"- " + x + b"\n" for x in sorted(old - new)) +
                                     b"".join(b"+ " + x + b"\n" for x in sorted(new - old)))
                    line += f" ({diff})"
        print(line, flush=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
