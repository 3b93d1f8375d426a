"""``kg eval``: precision, recall and F1 per relation against gold TSV files.

In: gold files in the format of ``seed-gold.tsv`` (subject, predicate, object, need R/O, evidence;
alternatives separated by ``|``) and a store. Out: an :class:`EvalResult` and its text or JSON.
A predicted fact is correct when some gold row (R or O) of the same relation matches it: any
alternative name equals any label or alias of the entity (after NFKC, without quotes, 《》 and
white space). Recall counts the R rows only. Predictions are limited to the gold files' articles
(named in the gold file's first comment line or by the gold file's stem).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .articles import slugify_id
from .errors import UserError
from .store import article_graphs, open_store, select
from .vocab import ARTICLE, RELATION_NAMES, RELATIONS


def gold_norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"[\s\"'“”‘’「」『』《》<>]", "", s)
    return s.lower()


@dataclass
class GoldRow:
    subject: set[str]
    relation: str
    object: set[str]
    need: str
    evidence: str
    file: str
    raw: tuple[str, str]


@dataclass
class Prediction:
    subject: str
    relation: str
    object: str
    s_names: set[str]
    o_names: set[str]
    quote: str = ""


@dataclass
class EvalResult:
    per_relation: dict[str, dict] = field(default_factory=dict)
    micro: dict = field(default_factory=dict)
    missed: list[GoldRow] = field(default_factory=list)
    spurious: list[Prediction] = field(default_factory=list)


def read_gold(path: str) -> tuple[list[GoldRow], str | None]:
    p = Path(path)
    if not p.is_file():
        raise UserError(f"{path}: no such gold file")
    rows, article = [], None
    header_seen = False
    for n, line in enumerate(p.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            m = re.match(r"#\s*Gold facts for\s+(\S+)", line)
            if m and article is None:
                article = m.group(1)
            continue
        cells = line.split("\t")
        if not header_seen and cells[0].strip().lower() == "subject":
            header_seen = True
            continue
        if len(cells) < 4:
            raise UserError(f"{path}:{n}: expected at least 4 tab-separated columns")
        rel = cells[1].strip()
        if rel not in RELATIONS:
            raise UserError(f"{path}:{n}: unknown relation {rel!r}")
        need = cells[3].strip().upper()
        if need not in ("R", "O"):
            raise UserError(f"{path}:{n}: need must be R or O, not {cells[3]!r}")
        rows.append(GoldRow({gold_norm(x) for x in cells[0].split("|") if x.strip()}, rel,
                            {gold_norm(x) for x in cells[2].split("|") if x.strip()}, need,
                            cells[4].strip() if len(cells) > 4 else "", path, (cells[0], cells[2])))
    return rows, article


PRED_QUERY = """
SELECT ?s ?p ?o ?g (SAMPLE(?q) AS ?quote) WHERE {
  GRAPH ?g { ?c a hz:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; hz:quote ?q }
} GROUP BY ?s ?p ?o ?g
"""
NAMES_QUERY = """
SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } }
"""


def predictions(store, graphs: set[str] | None) -> list[Prediction]:
    names: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for r in select(store, NAMES_QUERY):
        names[r["e"]].add(gold_norm(r["n"]))
        labels.setdefault(r["e"], r["n"])
    seen = {}
    for r in select(store, PRED_QUERY):
        if graphs is not None and r["g"] not in graphs:
            continue
        rel = RELATION_NAMES.get(r["p"])
        if rel is None:
            continue
        key = (r["s"], rel, r["o"])
        if key in seen:
            continue
        o = r["o"]
        o_names = names.get(o) or {gold_norm(o)}
        seen[key] = Prediction(labels.get(r["s"], r["s"]), rel, labels.get(o, o), names.get(r["s"], set()), o_names,
                               r["quote"] or "")
    return sorted(seen.values(), key=lambda p: (p.relation, p.subject, p.object))


def _match(p: Prediction, g: GoldRow) -> bool:
    return p.relation == g.relation and bool(p.s_names & g.subject) and bool(p.o_names & g.object)


def score(gold: list[GoldRow], preds: list[Prediction]) -> EvalResult:
    res = EvalResult()
    stats = defaultdict(lambda: {"tp": 0, "fp": 0, "gold_r": 0, "found_r": 0})
    matched_rows = set()
    for p in preds:
        hits = [i for i, g in enumerate(gold) if _match(p, g)]
        if hits:
            stats[p.relation]["tp"] += 1
            matched_rows.update(hits)
        else:
            stats[p.relation]["fp"] += 1
            res.spurious.append(p)
    for i, g in enumerate(gold):
        if g.need == "R":
            stats[g.relation]["gold_r"] += 1
            if i in matched_rows:
                stats[g.relation]["found_r"] += 1
            else:
                res.missed.append(g)
    tot = {"tp": 0, "fp": 0, "gold_r": 0, "found_r": 0}
    for rel in RELATIONS:
        if rel not in stats:
            continue
        s = stats[rel]
        for k in tot:
            tot[k] += s[k]
        res.per_relation[rel] = _prf(s)
    res.micro = _prf(tot)
    return res


def _prf(s: dict) -> dict:
    pred = s["tp"] + s["fp"]
    p = s["tp"] / pred if pred else (1.0 if s["gold_r"] == 0 else 0.0)
    r = s["found_r"] / s["gold_r"] if s["gold_r"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**s, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(gold_files: list[str], store) -> EvalResult:
    gold: list[GoldRow] = []
    wanted: set[str] = set()
    present = set(article_graphs(store))
    unmatched = False
    for gf in gold_files:
        rows, article = read_gold(gf)
        gold.extend(rows)
        cands = [slugify_id(Path(article).stem)] if article else []
        cands.append(slugify_id(Path(gf).stem))
        iri = next((ARTICLE + c for c in cands if ARTICLE + c in present), None)
        if iri:
            wanted.add(iri)
        else:
            unmatched = True
    graphs = None if unmatched or not wanted else wanted
    return score(gold, predictions(store, graphs))


def format_text(res: EvalResult, show: bool = True) -> str:
    lines = []
    if show:
        if res.missed:
            lines.append(f"Missed ({len(res.missed)} required facts not found):")
            for g in res.missed:
                lines.append(f"  - {g.raw[0]} {g.relation} {g.raw[1]}    [{Path(g.file).name}] {g.evidence[:60]}")
        if res.spurious:
            lines.append(f"Spurious ({len(res.spurious)} facts not in the gold):")
            for p in res.spurious:
                lines.append(f"  + {p.subject} {p.relation} {p.object}    {p.quote[:60]}")
        lines.append("")
    lines.append(f"{'relation':<20}{'gold R':>7}{'found':>7}{'pred':>6}{'correct':>8}{'P':>8}{'R':>8}{'F1':>8}")
    for rel, s in res.per_relation.items():
        lines.append(f"{rel:<20}{s['gold_r']:>7}{s['found_r']:>7}{s['tp'] + s['fp']:>6}{s['tp']:>8}"
                     f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")
    m = res.micro
    lines.append(f"{'micro':<20}{m['gold_r']:>7}{m['found_r']:>7}{m['tp'] + m['fp']:>6}{m['tp']:>8}"
                 f"{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}")
    lines.append(f"precision {m['precision']:.3f}  recall {m['recall']:.3f}  F1 {m['f1']:.3f}")
    return "\n".join(lines) + "\n"


def eval_command(gold_files: list[str], store: str, show: bool = True, fmt: str = "text") -> str:
    for gf in gold_files:             # a missing gold file is the error to report, whatever the store
        if not Path(gf).is_file():
            raise UserError(f"{gf}: no such gold file")
    st = open_store(store)
    res = evaluate(gold_files, st)
    if fmt == "json":
        return json.dumps({"per_relation": res.per_relation, "micro": res.micro,
                           "missed": [{"subject": g.raw[0], "relation": g.relation, "object": g.raw[1], "file": g.file}
                                      for g in res.missed],
                           "spurious": [{"subject": p.subject, "relation": p.relation, "object": p.object, "quote": p.quote}
                                        for p in res.spurious]}, ensure_ascii=False, indent=2) + "\n"
    return format_text(res, show)
