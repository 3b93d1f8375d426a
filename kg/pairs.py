"""The learned recall net: pairs of mentions scored by a linear model trained on the development half.

In: a sentence, its mentions (coreference resolved) and the article's topic function. Out:
:class:`Candidate` pairs — every subject and object mention whose classes fit a relation of
kg/rules/cooccurrence.yaml (the nearest few subjects for each object, a listed group counting once,
plus the implicit subject the topic function gives) in a sentence with one of the relation's words
(its triggers, or the weaker ``pairs_zh``/``pairs_en`` words only this net weighs) — each with the
probability a logistic-regression model gives it from features of the sentence: the relation's words
in the object's clause, the words between the two mentions (other mentions masked by their class),
order, distance, commas, neighbouring characters, lists, mention types and sources. Sentences with a
denial or a hedge get no candidates; names of one list are not paired with each other, nor is a name
something is compared with.

The weights are data (kg/rules/pairs.json), trained with ``python -m kg.pairs tests/corpus/dev``
on the development half only (the held-back half is never read): labels are the gold rows of each
article, matched as ``kg eval`` matches them. kg.extract drops a pair that repeats what the patterns
and the co-occurrence net found, or contradicts it (``kg.extract._pair_blocked``); a pair whose
relation they give for one side only is kept with that as a feature (``rel|given=…``). Its confidence
is the out-of-fold precision of its kind and score band, so ``--min-confidence`` decides how much of it
a user takes.
"""
from __future__ import annotations

import json
import math
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import cooccur
from .tables import TABLE_ROW, firms_apart

MODEL_FILE = Path(__file__).parent / "rules" / "pairs.json"
MIN_CONFIDENCE = 0.3           # kinds measured less precise than this are not emitted at all; above it,
                                # kg build --min-confidence (default 0.5) decides
_NEAREST = 4                    # subjects considered per object
_REACH = {True: 60, False: 160}  # characters between the two mentions (Chinese, English)
_PUNCT = re.compile(r"[，,；;：:]")


@dataclass
class Candidate:
    relation: str
    subject_mention: object | None     # None: the implicit subject (topic)
    subject: object                    # the target Mention
    object_mention: object
    object: object
    features: list[str]
    blocked: bool = False              # a pattern or the net already gave this relation for a side


def candidates(text: str, mentions, codes: dict[str, str], antecedent, negation, hedge) -> list[Candidate]:
    """Every pair worth scoring in one sentence, with its features (not yet scored)."""
    ready = cooccur.sentence_arguments(text, mentions, negation, hedge, pairs=True)
    if ready is None:
        return []           # a denial or a rumour, or no relation's word: as for the net, no pair
    cjk, may, args = ready
    spans = cooccur.clauses(text)
    lists = enumerations(text, args)
    row = TABLE_ROW.match(text) is not None

    def span(m) -> tuple[int, int]:            # a listed name stands where its list stands
        return lists.get(id(m), (m.start, m.end))

    out: list[Candidate] = []
    for i, rel in enumerate(cooccur.relations()):
        if not may >> i & 1 or (rel.pzh if cjk else rel.pen).search(text) is None:
            continue          # no word of the relation in the sentence (as for the net; the gate relies on it)
        args_here = [m for m in args if cooccur.may_argue(m, rel)]
        subs = [(m, t) for m in args_here for t in m.targets if codes.get(t.type, "") in rel.s]
        objs = [(m, t) for m in args_here for t in m.targets
                if codes.get(t.type, "") in rel.o and (t.type != "Date" or t.value) and not _compared(text, m)]
        for om, ot in objs:
            seen = {ot.name}
            og, listed_with = span(om), lists.get(id(om))
            near = sorted((x for x in subs if listed_with is None or lists.get(id(x[0])) != listed_with),
                          key=lambda x: _span_gap(span(x[0]), og))
            groups: list[tuple[int, int]] = []       # the nearest few subjects, a listed group counting once
            for sm, st in near:
                sg = span(sm)
                if sg not in groups:
                    groups.append(sg)
                if len(groups) > _NEAREST or st.name in seen or _span_gap(sg, og) > _REACH[cjk]:
                    continue
                if row and firms_apart(text, sm, st, om, ot):
                    continue          # two firms in two cells of a table row, neither the row's own name
                seen.add(st.name)
                out.append(Candidate(rel.name, sm, st, om, ot, features(text, rel, sm, st, om, ot, mentions, spans, cjk, lists)))
            if rel.topic:
                a = antecedent([m for m in mentions if m.end <= om.start], rel.s)
                if a is not None and a.name not in seen:
                    out.append(Candidate(rel.name, None, a, om, ot, features(text, rel, None, a, om, ot, mentions, spans, cjk, lists)))
        if rel.topic and set(rel.o) <= _ORG_CODES:      # 董事长X, X领投: the object is the topic
            named = {t.name for _, t in objs}
            for sm, st in subs:
                a = antecedent([m for m in mentions if m.end <= sm.start], rel.o)
                if a is not None and a.name != st.name and a.name not in named:
                    out.append(Candidate(rel.name, sm, st, None, a, features(text, rel, sm, st, None, a, mentions, spans, cjk, lists)))
    return out


_ORG_CODES = set("CROGUAIKM")


_COMPARED_BEFORE = re.compile(r"(?:媲美|比肩|对标|超越|超过|优于|低于|高于|不输于?|不逊于|逊于|比|较|\bthan|\brivals?|\bon\spar\swith|\bcomparable\sto)\s*$")
_COMPARED_AFTER = re.compile(r"^\s*(?:相当|相近|持平|媲美|比肩|一样|类似|看齐|相比|相较)")


def _compared(text: str, m) -> bool:
    """与ChatGPT相当, 远低于X, rivals X: a name something is compared with is no argument of the pairs."""
    return _COMPARED_BEFORE.search(text, max(0, m.start - 12), m.start) is not None \
        or _COMPARED_AFTER.match(text[m.end:m.end + 6]) is not None


def _span_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(a[0], b[0]) - min(a[1], b[1])


_LIST_JOIN = re.compile(r"\s*(?:、|和|与|及|以及|,\s*and|,|and|&)\s*")


def enumerations(text: str, mentions) -> dict[int, tuple[int, int]]:
    """id(mention) → the span of the enumeration it stands in (A、B和C; A, B and C): names of one kind
    (people, or bodies) joined only by 、 和 与 及 or commas. Members of one list are not paired with each
    other, and a list is as near to a name as its nearest member (由甲、乙、丙共同发起成立丁: 丁 is the
    subject of all three)."""
    ms = sorted((m for m in mentions if m.type != "Date"), key=lambda m: (m.start, -m.end))
    out: dict[int, tuple[int, int]] = {}
    run = ms[:1]

    def close():
        if len(run) >= 2:
            span = (run[0].start, run[-1].end)
            for m in run:
                out[id(m)] = span

    for a, b in zip(ms, ms[1:]):
        if b.start >= a.end and (a.type == "Person") == (b.type == "Person") and _LIST_JOIN.fullmatch(text, a.end, b.start):
            run.append(b)
            continue
        if b.start < a.end:
            continue            # nested or overlapping: the outer one stands for both
        close()
        run = [b]
    close()
    return out


def _masked(text: str, a: int, b: int, mentions) -> str:
    """text[a:b] with each mention inside replaced by its class letter (公司C毕业于U)."""
    from .extract import CODES
    out, pos = [], a
    for m in mentions:
        if m.start >= a and m.end <= b and m.start >= pos:
            out.append(text[pos:m.start])
            out.append(CODES.get(m.type, "M"))
            pos = m.end
    out.append(text[pos:b])
    return "".join(out)


def features(text, rel, sm, st, om, ot, mentions, spans, cjk, lists=None) -> list[str]:
    r = rel.name
    f = [r, f"{r}|ot={ot.type}", f"{r}|st={st.type}", f"{r}|ssrc={st.source if sm is None else sm.source}",
         f"{r}|osrc={ot.source if om is None else om.source}",
         f"{r}|nsub={min(2, sum(1 for m in mentions if m.type == st.type))}"]     # how many names could be the subject
    f += [f"{r}|{side}wp" for side, m in (("s", sm), ("o", om)) if m is not None and m.workplace]
                                        # (…both worked at Alibaba Cloud: where someone worked, seldom what they founded)
    if lists:
        f += [f"{r}|{side}list" for side, m in (("s", sm), ("o", om)) if m is not None and id(m) in lists]
    anchor = om if om is not None else sm
    clause = next(((a, b) for a, b in spans if a <= anchor.start < b), (0, len(text)))
    trig = rel.pzh if cjk else rel.pen
    found = [m.group() for m in trig.finditer(text, clause[0], clause[1])]
    f += [f"{r}|tc={w}" for w in found[:3]] or [f"{r}|tc=none"]
    if not found and trig.search(text):
        f.append(f"{r}|ts")
    if om is None:                      # the object is the topic: read around the subject
        f.append(f"{r}|implicit-o")
        f += [f"{r}|impo|tc={w}" for w in found[:3]]
        f.append(f"{r}|sL={text[max(0, sm.start - 2):sm.start]}")
        f.append(f"{r}|sR={text[sm.end:sm.end + 2]}")
        f.append(f"{r}|tail={_masked(text, sm.end, clause[1], mentions)[:6]}")
        f.append(f"{r}|lead={_masked(text, clause[0], sm.start, mentions)[-6:]}")
        return f
    f.append(f"{r}|oL={text[max(0, om.start - 2):om.start]}")
    f.append(f"{r}|oR={text[om.end:om.end + 2]}")
    f.append(f"{r}|oL1={text[max(0, om.start - 1):om.start]}")      # 从北京 (a place left), 于 (a date)
    if sm is None:
        f.append(f"{r}|implicit")
        f.append(f"{r}|ofirst={om.start - clause[0] <= 2}")
        f += [f"{r}|imp|tc={w}" for w in found[:3]]
        lead = _masked(text, clause[0], om.start, mentions)
        f.append(f"{r}|lead={lead[-6:]}")
        return f
    first, second = (sm, om) if sm.start < om.start else (om, sm)
    between = _masked(text, first.end, second.start, mentions) if first.end <= second.start else ""
    f.append(f"{r}|{'s' if first is sm else 'o'}first")
    if first.end <= second.start:          # the relation's own words between the two names, and which side they lean to
        tb = [m.group() for m in trig.finditer(text, first.end, second.start)]
        f += [f"{r}|tb={w}|{'s' if first is sm else 'o'}" for w in tb[:2]] or [f"{r}|tb=none"]
    d = len(between)
    f.append(f"{r}|d={'0' if d == 0 else '1-2' if d <= 2 else '3-6' if d <= 6 else '7-15' if d <= 15 else '16+'}")
    commas = len(_PUNCT.findall(between))
    f.append(f"{r}|commas={min(commas, 2)}")
    if len(between) <= 10:
        f.append(f"{r}|btw={between}|{'s' if first is sm else 'o'}")
    grams = {between[i:i + 2] for i in range(len(between) - 1)} if cjk else set(between.lower().split())
    f += [f"{r}|bg={g}" for g in sorted(grams)[:40]]
    f.append(f"{r}|sL={text[max(0, sm.start - 2):sm.start]}")
    f.append(f"{r}|sR={text[sm.end:sm.end + 2]}")
    same = clause[0] <= sm.start < clause[1]
    f.append(f"{r}|sameclause={same}")
    if same:
        f += [f"{r}|same|tc={w}" for w in found[:3]]
    return f


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    if not MODEL_FILE.exists():
        return {}
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))["weights"]


@lru_cache(maxsize=1)
def calibration() -> dict[str, float]:
    if not MODEL_FILE.exists():
        return {}
    return json.loads(MODEL_FILE.read_text(encoding="utf-8"))["calibration"]


def kind(feats: list[str]) -> str:
    """relation/side: ``founder/s`` (the subject is the topic), ``worksFor/o`` (the object is), ``x/both``;
    ``+given`` when a fact of the sentence already gives the relation for one side (kg.extract._pair_blocked)."""
    r = feats[0]
    side = "s" if f"{r}|implicit" in feats else "o" if f"{r}|implicit-o" in feats else "both"
    given = "+given" if any("|given=" in x for x in feats) else ""
    return f"{r}/{side}{given}"


def score(feats: list[str], w: dict[str, float] | None = None) -> float:
    """The model's raw probability."""
    w = weights() if w is None else w
    z = w.get("<bias>", 0.0) + sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


_BANDS = (0.85, 0.7, 0.5)        # score bands measured apart within a kind


def band(p: float) -> str:
    return next(f"{b:.2f}" for b in _BANDS if p >= b)


def confidence(feats: list[str]) -> float:
    """0 when the model scores the pair below 0.5; else the precision measured out of fold on the
    development half for pairs of its kind (relation and implicit side) whose score fell in the same
    band (0.5–0.7, 0.7–0.85, 0.85+), or of the whole kind where the band was seen too rarely."""
    p = score(feats)
    if p < 0.5:
        return 0.0
    k = kind(feats)
    bands = calibration()
    return bands.get(f"{k}@{band(p)}", bands.get(k, 0.0))


# ---- training (python -m kg.pairs FOLDER) ----------------------------------------------------------

def examples(folder: str) -> list[tuple[list[str], int, bool, int]]:
    """Every candidate pair of every article in ``folder`` that has a gold file, labelled 1 when a gold
    row (R or O) of its relation matches both names as ``kg eval`` would."""
    from .articles import load_article
    from .calibrate import _names
    from .evaluate import gold_norm, read_gold
    from .extract import get_extractor
    from .lexicon import get_lexicon
    from .resolve import Resolver

    out = []
    extractor = get_extractor("rules")
    for n, md in enumerate(sorted(Path(folder).glob("*.md"))):
        tsv = md.with_suffix(".tsv")
        if not tsv.exists():
            continue
        gold, _ = read_gold(str(tsv))
        recorded: list[Candidate] = []
        extractor.record_pairs = recorded
        try:
            result = extractor.extract(load_article(md))
        finally:
            extractor.record_pairs = None
        resolver = Resolver(get_lexicon())
        for sent, ms in result.sentences:
            resolver.learn_aliases(sent.text, ms)
        for c in recorded:
            s_names = _names(resolver, c.subject)
            o_names = {gold_norm(c.object.value)} if c.object.type == "Date" else _names(resolver, c.object)
            ok = any(g.relation == c.relation and s_names & g.subject and o_names & g.object for g in gold)
            out.append((c.features, int(ok), c.blocked, n))
    return out


def train(data: list[tuple], epochs: int = 12, rate: float = 0.1, l2: float = 1e-4,
          seeds: tuple[int, ...] = (7, 8, 9, 10, 11)) -> dict[str, float]:
    """Logistic regression by stochastic gradient descent (plain Python: a few thousand examples), run
    once per seed (a different order of the examples) and averaged: one run's weights depend on the
    order enough to move the development score by half a point; the average does not."""
    runs = [_sgd(data, epochs, rate, l2, seed) for seed in seeds]
    keys = set().union(*runs)
    w = {k: sum(r.get(k, 0.0) for r in runs) / len(runs) for k in keys}
    return {k: round(v, 4) for k, v in w.items() if abs(v) >= 0.005}


def _sgd(data: list[tuple], epochs: int, rate: float, l2: float, seed: int) -> dict[str, float]:
    w: dict[str, float] = {"<bias>": 0.0}
    order = list(range(len(data)))
    rnd = random.Random(seed)
    for epoch in range(epochs):
        rnd.shuffle(order)
        lr = rate / (1 + epoch * 0.5)
        for i in order:
            feats, y = data[i][0], data[i][1]
            g = score(feats, w) - y
            w["<bias>"] -= lr * g
            for x in feats:
                v = w.get(x, 0.0)
                w[x] = v - lr * (g + l2 * v)
    return w


def calibrate(data: list[tuple], folds: int = 5) -> dict[str, float]:
    """Out-of-fold precision per kind (relation and implicit side): train on the other folds (contiguous
    runs of articles, so one writer's batch is mostly scored by a model that did not see it), score
    the fold's pairs that the pipeline would emit (not blocked by a pattern) at 0.5 or more, count how
    many are in the gold; smoothed (correct + 1) / (n + 2), and a kind seen fewer than eight times
    takes the precision of its side pooled over all relations (as the net's tiers do). Each score band
    of a kind seen eight times or more gets its own precision (``kind@band``)."""
    counts: dict[str, list[int]] = {}
    n_articles = max(d[3] for d in data) + 1

    def fold(article: int) -> int:       # contiguous blocks: articles of one writer's batch stay together
        return article * folds // n_articles

    for k in range(folds):
        w = train([d for d in data if fold(d[3]) != k])
        for feats, y, blocked, art in data:
            if fold(art) != k or blocked:
                continue
            p = score(feats, w)
            if p < 0.5:
                continue
            for key in (kind(feats), "*/" + kind(feats).split("/")[1], f"{kind(feats)}@{band(p)}"):
                c = counts.setdefault(key, [0, 0])
                c[0] += y
                c[1] += 1
    out = {}
    for key, (c, n) in sorted(counts.items()):
        if key.startswith("*/") or ("@" in key and n < 8):
            continue
        if n < 8 and key.endswith("+given"):
            continue              # too rare to measure: not emitted (confidence 0)
        if n < 8:
            c, n = counts["*/" + key.split("/")[1]]
        out[key] = round((c + 1) / (n + 2), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m kg.pairs FOLDER   (the development half: tests/corpus/dev)", file=sys.stderr)
        return 1
    data = examples(argv[0])
    bands = calibrate(data)
    w = train(data)
    pos = sum(d[1] for d in data)
    MODEL_FILE.write_text(json.dumps({"trained_on": argv[0], "examples": len(data), "positives": pos,
                                      "calibration": bands, "weights": dict(sorted(w.items()))},
                                     ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    weights.cache_clear()
    calibration.cache_clear()
    print(f"{len(data)} candidate pairs ({pos} in the gold), {len(w)} weights → {MODEL_FILE}")
    for key, v in bands.items():
        print(f"  {key}: confidence {v:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
