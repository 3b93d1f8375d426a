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
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from .tables import TABLE_ROW, firms_apart
from .yamlfile import load_yaml

FILE = Path(__file__).parent / "rules" / "cooccurrence.yaml"
_CLAUSE = re.compile(r"[^，,；;：:]+")


@dataclass(frozen=True)
class Relation:
    name: str
    s: str
    o: str
    zh: re.Pattern
    en: re.Pattern
    topic: bool = True
    net: bool = True              # false: only kg.pairs scores this relation
    pzh: re.Pattern | None = None  # kg.pairs' words: the trigger words and the weaker ones only the
    pen: re.Pattern | None = None  # learned scorer weighs (pairs_zh / pairs_en)


@lru_cache(maxsize=1)
def relations() -> tuple[Relation, ...]:
    from .mentions import name_rules
    data = load_yaml(FILE)
    titles = name_rules()["title_re"]          # job titles, not founding roles
    out = []
    for name, d in data["relations"].items():
        zh, en = d["zh"].replace("{TITLES}", titles), d["en"]
        pzh = zh + "|" + d["pairs_zh"] if d.get("pairs_zh") else zh
        pen = en + "|" + d["pairs_en"] if d.get("pairs_en") else en
        out.append(Relation(name, d["s"], d["o"], re.compile(zh), re.compile(en),
                            bool(d.get("topic", True)), bool(d.get("net", True)), re.compile(pzh), re.compile(pen)))
    return tuple(out)


def _describes_person(text: str, m, mentions) -> bool:
    """前航天科技集团工程师伍岳峰: an organisation followed by a job title and a person describes that
    person, and so does one between a founder and a job title (创始人曹立新原为中国科学院物理研究所副研究员); it is
    not an argument of the clause's relation (the rules read it as worksFor)."""
    if m.type == "Person":
        return False
    nxt = next((x for x in mentions if x.start >= m.end), None)
    if nxt is not None and nxt.type == "Person" and nxt.start - m.end <= 12:
        return _title_re().search(text[m.end:nxt.start]) is not None
    # 创始人曹立新原为中国科学院物理研究所副研究员: a person, then the organisation with the job title after it
    before = [x for x in mentions if x.end <= m.start and m.start - x.end <= 8 and x.type == "Person"
              and text[max(0, x.start - 3):x.start].endswith(("创始人", "创办人"))]
    return bool(before) and _title_after().match(text, m.end) is not None


@lru_cache(maxsize=1)
def _title_after() -> re.Pattern:
    from .mentions import name_rules
    return re.compile(r"(?:" + name_rules()["title_re"] + r")")


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    from .mentions import name_rules
    return re.compile(r"(?:" + name_rules()["title_re"] + r"|毕业生|博士生|学生|校友|研究生|员工|同事)$")


@lru_cache(maxsize=1)
def _triggers():
    """kg.gate.WordFilter of the relations' Chinese and of their English trigger patterns: a relation
    whose trigger needs a word the sentence lacks cannot fire in any of its clauses."""
    from .gate import WordFilter
    rels = relations()
    return WordFilter([r.zh for r in rels]), WordFilter([r.en for r in rels])


@lru_cache(maxsize=1)
def _pair_triggers():
    """The same for kg.pairs' words (the triggers and the weaker words only the learned scorer weighs)."""
    from .gate import WordFilter
    rels = relations()
    return WordFilter([r.pzh for r in rels]), WordFilter([r.pen for r in rels])


def clauses(text: str) -> list[tuple[int, int]]:
    if re.search(r"[\u4e00-\u9fff]", text):
        return [m.span() for m in _CLAUSE.finditer(text)]
    return [(0, len(text))]


def may_argue(m, rel: Relation) -> bool:
    """A workplace named only by the slot it stands in (在X负责, an editor at X) is an argument of
    worksFor alone, in this net and in kg.pairs."""
    return not m.workplace or rel.name == "worksFor"


def sentence_arguments(text: str, mentions, negation: re.Pattern, hedge: re.Pattern, pairs: bool = False):
    """What both recall nets (this one and kg.pairs) start from: None for a sentence with a denial or a
    rumour, or without any relation's trigger word (``pairs``: or kg.pairs' weaker word); else
    (Chinese?, the mask of relations whose words occur, the mentions that can be arguments — not
    those only describing a person)."""
    if negation.search(text) or hedge.search(text):
        return None
    cjk = re.search(r"[\u4e00-\u9fff]", text) is not None
    may = (_pair_triggers() if pairs else _triggers())[0 if cjk else 1].mask(text)
    if not may:
        return None
    return cjk, may, [replace(m, workplace=True) if _former_workplace(text, m, mentions) else m
                      for m in mentions if not _describes_person(text, m, mentions) and not _moved_from(text, m)]


def _former_workplace(text: str, m, mentions) -> bool:
    """联合创始人朱晓棠、严恺都是前米哈游的资深策划, 沈立川曾是东南大学的青年教师: an organisation after a person and
    是前 / 曾是 is where the person worked — an argument of worksFor alone (see :func:`may_argue`)."""
    if m.type == "Person":
        return False
    if text[max(0, m.start - 7):m.start].endswith(("former ", "Former ", "ex-", "onetime ")):
        return any(x.type == "Person" and x.start >= m.end and x.start - m.end <= 40 for x in mentions)
                              # (founded in 2019 by former Ecovacs engineer Ma Lijun, unveiled its …)
    return text[max(0, m.start - 2):m.start] in ("是前", "是原", "曾是", "原为", "为前", "为原") \
        and any(x.type == "Person" and x.end <= m.start and m.start - x.end <= 12 for x in mentions)


_MOVED_FROM = re.compile(r"(?:整体|正式|全面)?(?:迁|搬)")


def _moved_from(text: str, m) -> bool:
    """由锦江区迁至高新区, 从上海搬到杭州: the place a company moved from is where it no longer is."""
    return m.type == "Place" and text[m.start - 1:m.start] in ("从", "由") and _MOVED_FROM.match(text, m.end) is not None


def find(text: str, mentions, codes: dict[str, str], negation: re.Pattern, hedge: re.Pattern, antecedent=None):
    """(relation, subject, object, tier) for every clause that states a relation by co-occurrence.

    Tiers, each measured on its own: ``one`` — exactly one candidate per argument in the clause;
    ``near`` — several: the candidates nearest the trigger word; ``topic`` — the clause names the
    object but no subject: ``antecedent(before, classes)`` (the sentence's or the article's topic)."""
    out = []
    ready = sentence_arguments(text, mentions, negation, hedge)
    if ready is None:
        return out
    cjk, may, arguments = ready
    row = TABLE_ROW.match(text) is not None
    words = _triggers()[0 if cjk else 1]
    every = relations()
    studied = next((r.zh if cjk else r.en for r in every if r.name == "alumniOf"), None)
    for a, b in clauses(text):
        clause = text[a:b]
        here = may & words.mask(clause) if cjk else may
        if not here:
            continue          # no relation's trigger can match in this clause
        rels = [rel for i, rel in enumerate(every) if here >> i & 1 and rel.net]
        inside = [(m, t) for m in arguments if m.start >= a and m.end <= b for t in m.targets]
        if not inside:
            continue
        for rel in rels:
            trig = (rel.zh if cjk else rel.en).search(clause)
            if trig is None:
                continue
            at = a + (trig.start() + trig.end()) // 2
            subj = [(m, t) for m, t in inside if codes.get(t.type, "") in rel.s and may_argue(m, rel)]
            obj = [(m, t) for m, t in inside if codes.get(t.type, "") in rel.o and (t.type != "Date" or t.value)
                   and may_argue(m, rel)]
            if rel.name == "worksFor" and studied is not None and studied.search(clause):
                obj = [(m, t) for m, t in obj if codes.get(t.type, "") not in "UA"]   # 考入/毕业于 a university
            if not obj:
                continue
            if {t.name for _, t in subj} and len({t.name for _, t in subj}) == 1 and len({t.name for _, t in obj}) == 1:
                (sm, s), (om, o), tier = subj[0], obj[0], "one"
            elif subj:
                sm, s = min(subj, key=lambda x: abs((x[0].start + x[0].end) // 2 - at))
                om, o = min(obj, key=lambda x: abs((x[0].start + x[0].end) // 2 - at))
                tier = "near"
            elif antecedent is not None and rel.topic and len({t.name for _, t in obj}) == 1:
                s = antecedent([m for m in mentions if m.end <= a], rel.s)
                if s is None:
                    continue
                o, tier = obj[0][1], "topic"
            else:
                continue
            if s.name == o.name or (row and tier != "topic" and firms_apart(text, sm, s, om, o)):
                continue          # (two firms in two cells of a table row, neither the row's own name)
            out.append((rel.name, s, o, tier))
    return out
