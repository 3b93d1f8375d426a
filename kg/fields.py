"""Labelled fields of a profile written as an infobox: "- Founded: April 2016", "- Founders: A, B, C",
"- Key people: A (chairman and CEO); B (CTO)", "- Products: X, Y", "- Subsidiaries: Z Co., Ltd.".

In: the article's sentences with their mentions (kg.extract's ``(Sentence, [Mention])`` pairs), the
article body (to tell which sentences continue a field's line: a field's value may hold a ``;`` that
ends a sentence) and the organisation the profile is about. Out: ``(subject, relation, object,
sentence, field[, title])`` tuples — ``field`` names the measured rule ``<field>.infobox-line`` of
kg/rules/confidence.yaml (founder, works, location, founded, develops, subsidiary, parent, invest);
kg.extract makes the claims.

The labels are data (``infobox_fields`` in kg/rules/names.yaml: label → what the field states); a
field that is not listed states nothing. Every field is about the one organisation the article is about (the one it names most, as
kg.extract's antecedents count), never about another entity a value names — except in a directory of entries, where
the fields right under a heading line that names an organisation (``Booth 3A-01 | Zhiyuan Dynamics Co., Ltd.``) are
about that organisation, up to the first line that is neither a field nor the heading.
"""
from __future__ import annotations

import re

from .mentions import Mention, name_rules

_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?P<label>[A-Z][A-Za-z\- ]{1,30}?)(?:\*\*)?\s*:\s*(?:\*\*)?\s*")
_ITEM = re.compile(r"\s*([^,;、，；]+?)\s*(?=[,;、，；]|$)")
_TITLE_IN_BRACKETS = re.compile(r"\s*\(([^()]{2,40})\)")
_FIRM = ("Company", "Investor", "ResearchInstitute", "Organization")


def _field(text: str) -> tuple[str, int] | None:
    m = _LABEL.match(text)
    if m is None:
        return None
    label = m.group("label").strip().lower()
    fields = name_rules()["infobox_fields"]
    key = fields.get(label) or fields.get(label[:-1] if label.endswith("s") else label)
    return (key, m.end()) if key else None


_SEGMENT = re.compile(r"[^|｜]+")
_LEGAL_END = re.compile(r"\b(?:Ltd|Inc|Co|Corp|LLC|S\.r\.l|GmbH)\.$")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


def _heading(sent, body: str) -> bool:
    """The sentence is a whole short line with no closing stop: a heading (``Booth 3A-01 | X``)."""
    ls = body.rfind("\n", 0, sent.start) + 1
    le = body.find("\n", sent.start)
    line = body[ls:le if le >= 0 else len(body)].strip()
    return bool(line) and line == sent.text.strip() and len(line) <= 100 and line[-1] not in "!?;:。！？；：" \
        and (not line.endswith(".") or _LEGAL_END.search(line) is not None)


def infobox_facts(sentences, body: str, topic: Mention | None) -> list[tuple]:
    """The facts an English infobox's fields state about ``topic`` (see the module docstring) — or, in a
    directory of entries, about the organisation the heading just above the fields names
    (``**Booth 3A-01 | Zhiyuan Dynamics Co., Ltd.**`` then ``Headquarters: Binjiang District | Founded:
    2019``). A line may hold several fields, separated by ``|``."""
    out: list[tuple] = []
    key, prev_end, entry = None, None, None
    for sent, ms in sentences:
        same_line = prev_end is not None and "\n" not in body[prev_end:sent.start]
        prev_end = sent.end
        segments = [(g.start(), g.end()) for g in _SEGMENT.finditer(sent.text)]
        fields = [(f, a, b) for a, b in segments if (f := _field(sent.text[a:b])) is not None]
        if not fields and not same_line:
            entry = None              # the entry's fields end where other text starts
            if _heading(sent, body):
                firms = [t for m in ms for t in m.targets if t.type in _FIRM]
                entry = firms[-1] if firms else None
        about = entry or topic
        if about is None or about.type not in _FIRM:
            continue
        if fields:
            for (k, off), a, b in fields:
                key = k
                out.extend(_values(k, sent, [m for m in ms if a + off <= m.start and m.end <= b], about, a + off, b))
        elif same_line and key is not None:
            # "Ma Lin (CTO);" after "- Key people: Xu Haoran (chairman and CEO);"
            out.extend(_values(key, sent, ms, about, 0, len(sent.text)))
        else:
            key = None
    return out


def _values(key: str, sent, ms: list[Mention], topic: Mention, start: int, end: int) -> list[tuple]:
    text = sent.text
    if key == "founded":
        date = next((m for m in ms if m.type == "Date" and m.value and not m.approximate), None)
        if date is None and (year := _YEAR.fullmatch(text[start:end].strip())):
            return [(topic, "foundingDate", year.group(1), sent, key)]        # "| Founded: 2019"
        return [(topic, "foundingDate", date.value, sent, key)] if date is not None else []
    if key == "founder":
        return [(topic, "founder", t, sent, key) for m in ms for t in m.targets if t.type == "Person"]
    if key == "location":
        place = next((t for m in ms for t in m.targets if t.type == "Place"), None)
        return [(topic, "location", place, sent, key)] if place is not None else []
    if key == "works":
        out = []
        for m in ms:
            title = _TITLE_IN_BRACKETS.match(text, m.end)
            for t in m.targets:
                if t.type == "Person":
                    out.append((t, "worksFor", topic, sent, key, title.group(1) if title else None))
        return out
    if key in ("subsidiary", "parent", "invest"):
        orgs = [t for m in ms for t in m.targets if t.type in _FIRM and t.name != topic.name]
        if key == "subsidiary":
            return [(t, "parentOrganization", topic, sent, key) for t in orgs]
        if key == "parent":
            return [(topic, "parentOrganization", t, sent, key) for t in orgs[:1]]
        return [(t, "investedIn", topic, sent, key) for t in orgs]
    out = []                          # products: each listed item, a known product or the item's words
    for item in _ITEM.finditer(text, start, end):
        s, e = item.span(1)
        words = item.group(1)
        known = next((t for m in ms if m.start < e and s < m.end for t in m.targets
                      if t.type in ("Product", "AIModel", "Game")), None)
        if known is not None:
            out.append((topic, "develops", known, sent, key))
        elif 2 <= len(words) <= 60 and not any(m.start < e and s < m.end and m.type not in ("Product", "AIModel", "Game") for m in ms):
            out.append((topic, "develops", Mention(s, e, words, "Product", words, "infobox"), sent, key))
    return out
