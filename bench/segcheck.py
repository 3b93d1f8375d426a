"""Check that ``kg.seg.tag`` equals ``jieba.posseg.lcut`` on every sentence of the given corpora, and time both.

    python -m bench.segcheck [FOLDER …]     # default: tests/corpus/*, seeds, ../shared/seeds, 1,000 generated articles
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from .common import ROOT, corpus


def sentences(folders: list[Path]) -> list[str]:
    from kg.articles import load_article
    from kg.errors import InputFileError
    from kg.sentences import split_sentences
    out = []
    for d in folders:
        for f in sorted(d.glob("*.md")) + sorted(d.glob("*.txt")):
            try:
                body = load_article(f).body
            except InputFileError:
                continue
            out.extend(s.text for s in split_sentences(body))
    return out


def main(argv=None) -> int:
    import jieba.posseg as ps

    from kg import seg
    args = argv if argv is not None else sys.argv[1:]
    folders = [Path(a) for a in args] or [ROOT / "tests/corpus/dev", ROOT / "tests/corpus/heldout", ROOT / "seeds",
                                          ROOT.parent / "shared/seeds", corpus(1000)]
    sents = sentences([d for d in folders if d.is_dir()])
    seg.warm_up()
    t = time.perf_counter()
    ref = [[(p.word, p.flag) for p in ps.lcut(s)] for s in sents]
    t_ref = time.perf_counter() - t
    seg._cut_detail.cache_clear()
    t = time.perf_counter()
    mine = [seg.tag(s) for s in sents]
    t_mine = time.perf_counter() - t
    bad = [(s, r, m) for s, r, m in zip(sents, ref, mine) if r != m]
    chars = sum(map(len, sents))
    print(f"{len(sents)} sentences, {chars} chars: jieba.posseg {chars / t_ref:,.0f} chars/s, "
          f"kg.seg.tag {chars / t_mine:,.0f} chars/s ({t_ref / t_mine:.2f}× faster); {len(bad)} differ")
    for s, r, m in bad[:5]:
        print("DIFF:", s, "\n  jieba:", r, "\n  seg:  ", m)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
