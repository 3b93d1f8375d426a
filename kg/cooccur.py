"""Fallback relation finding: one trigger word and one candidate per argument in a clause.

In: a sentence and its mentions (coreference resolved). Out: :class:`~kg.extract.Claim` records
``rules/cooc.<relation>`` for each clause — the sentence cut at ，；： (Chinese) or the whole
sentence (English) — that holds one of a relation's trigger words (kg/rules/cooccurrence.yaml) and
exactly one distinct entity that can be its subject and one that can be its object. It is a recall
net under the patterns of relations.yaml: the pipeline keeps one of its facts only when no pattern
found a fact for the same subject and relation, and its confidence is the precision measured on the
development corpus (``python -m kg.calibrate``), so a relation it gets wrong too often stays below
``--min-confidence``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

FILE = Path(__file__).parent / "rules" / "cooccurrence.yaml"
_CLAUSE = re.compile(r"[^，,；;：:]+")


@dataclass(frozen=True)
class Relation:
    name: str
    s: str
    o: str
    zh: re.Pattern
    en: re.Pattern


@lru_cache(maxsize=1)
def relations() -> tuple[Relation, ...]:
    from .mentions import name_rules
    data = yaml.safe_load(FILE.read_text(encoding="utf-8"))
    titles = "|".join(re.escape(t) for t in name_rules()["titles"])
    out = []
    for name, d in data["relations"].items():
        out.append(Relation(name, d["s"], d["o"], re.compile(d["zh"].replace("{TITLES}", titles)), re.compile(d["en"])))
    return tuple(out)


def clauses(text: str) -> list[tuple[int, int]]:
    if re.search(r"[\u4e00-\u9fff]", text):
        return [m.span() for m in _CLAUSE.finditer(text)]
    return [(0, len(text))]


def find(text: str, mentions, codes: dict[str, str], negation: re.Pattern, hedge: re.Pattern):
    """(relation, subject mention, object mention) for every clause that states one by co-occurrence."""
    out = []
    cjk = bool(re.search(r"[\u4e00-\u9fff]", text))
    for a, b in clauses(text):
        clause = text[a:b]
        if negation.search(clause) or hedge.search(clause):
            continue
        inside = [t for m in mentions if m.start >= a and m.end <= b for t in m.targets]
        if len(inside) < 2:
            continue
        for rel in relations():
            trig = (rel.zh if cjk else rel.en).search(clause)
            if trig is None:
                continue
            subj = {t.name: t for t in inside if codes.get(t.type, "") in rel.s}
            obj = {t.name: t for t in inside if codes.get(t.type, "") in rel.o}
            if len(subj) != 1 or len(obj) != 1:
                continue
            (s,), (o,) = subj.values(), obj.values()
            if s.name == o.name or (o.type == "Date" and not o.value):
                continue
            out.append((rel.name, s, o))
    return out
