"""Rule confidences measured, not guessed: each rule's precision on a gold-annotated corpus.

In: a folder of articles with gold TSV files beside them (``x.md`` + ``x.tsv``; the development half).
Out: ``kg/rules/confidence.yaml`` — for every rule that fired, how many claims it made, how many
matched a gold row (R or O) and the smoothed precision ``(correct + 1) / (claims + 2)`` that the
rule engine then uses as the claim's confidence. Rules that never fired keep the prior written in
``relations.yaml``. Run: ``python -m kg.calibrate tests/corpus/dev``.
"""
from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

from .articles import load_article
from .evaluate import GoldRow, gold_norm, read_gold
from .extract import RULES_FILE, get_extractor
from .lexicon import get_lexicon
from .resolve import Resolver

CONFIDENCE_FILE = RULES_FILE.parent / "confidence.yaml"


def _names(resolver: Resolver, mention) -> set[str]:
    ent = resolver.entity(mention)
    return {gold_norm(n) for n in (ent.name, *resolver.aliases_for(ent))}


def measure(folder: str) -> dict[str, dict]:
    """Per rule: claims made and claims matching a gold row, over every article with a gold file."""
    stats: dict[str, dict] = defaultdict(lambda: {"claims": 0, "correct": 0})
    extractor = get_extractor("rules")
    for md in sorted(Path(folder).glob("*.md")):
        tsv = md.with_suffix(".tsv")
        if not tsv.exists():
            continue
        gold, _ = read_gold(str(tsv))
        art = load_article(md)
        result = extractor.extract(art)
        resolver = Resolver(get_lexicon())
        for sent, ms in result.sentences:
            resolver.learn_aliases(sent.text, ms)
        for c in result.claims:
            s_names = _names(resolver, c.subject)
            o_names = {gold_norm(c.object)} if isinstance(c.object, str) else _names(resolver, c.object)
            ok = any(g.relation == c.relation and s_names & g.subject and o_names & g.object for g in gold)
            st = stats[c.extractor.split("/", 1)[-1]]
            st["claims"] += 1
            st["correct"] += int(ok)
    return dict(stats)


PRIOR_WEIGHT = 4        # a rule's written confidence counts as this many claims


def smoothed(correct: int, claims: int, prior: float | None) -> float:
    """A rule's precision on the development half, pulled toward the confidence its author wrote in
    relations.yaml (``prior``) as if that were four earlier claims: a rule seen once or twice is not
    judged on those alone. Without a prior (the nets) it is (correct + 1) / (claims + 2)."""
    if prior is None:
        return round((correct + 1) / (claims + 2), 2)
    return round((correct + PRIOR_WEIGHT * prior) / (claims + PRIOR_WEIGHT), 2)


def write(stats: dict[str, dict], path: Path = CONFIDENCE_FILE) -> None:
    data = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    priors = {r["id"]: float(r.get("confidence", 0.8)) for r in data["rules"]}
    out = {rid: {"claims": s["claims"], "correct": s["correct"],
                 "confidence": smoothed(s["correct"], s["claims"], priors.get(rid))}
           for rid, s in sorted(stats.items())}
    header = ("# Measured by `python -m kg.calibrate tests/corpus/dev` (generated; do not edit by hand).\n"
              "# confidence = (correct + 4 * prior) / (claims + 4) for a rule of relations.yaml (prior: the confidence\n"
              "# written there), (correct + 1) / (claims + 2) for the nets: smoothed precision on the development half.\n")
    path.write_text(header + yaml.safe_dump(out, allow_unicode=True, sort_keys=True), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print("usage: python -m kg.calibrate CORPUS_FOLDER", file=sys.stderr)
        return 1
    stats = measure(args[0])
    write(stats)
    for rid, s in sorted(stats.items()):
        print(f"{rid:<48}{s['correct']:>4}/{s['claims']:<4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
