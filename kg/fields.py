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
kg.extract's antecedents count), never about another entity a value names.
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


def infobox_facts(sentences, body: str, topic: Mention | None) -> list[tuple]:
    """The facts an English infobox's fields state about ``topic`` (see the module docstring)."""
    if topic is None or topic.type not in _FIRM:
        return []
    out: list[tuple] = []
    key, prev_end = None, None
    for sent, ms in sentences:
        same_line = prev_end is not None and "\n" not in body[prev_end:sent.start]
        prev_end = sent.end
        found = _field(sent.text)
        if found is not None:
            key, start = found
        elif same_line and key is not None:
            start = 0                 # "Ma Lin (CTO);" after "- Key people: Xu Haoran (chairman and CEO);"
        else:
            key = None
            continue
        out.extend(_values(key, sent, [m for m in ms if m.start >= start], topic, start))
    return out


def _values(key: str, sent, ms: list[Mention], topic: Mention, start: int) -> list[tuple]:
    text = sent.text
    if key == "founded":
        date = next((m for m in ms if m.type == "Date" and m.value and not m.approximate), None)
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
    for item in _ITEM.finditer(text, start):
        s, e = item.span(1)
        words = item.group(1)
        known = next((t for m in ms if m.start < e and s < m.end for t in m.targets
                      if t.type in ("Product", "AIModel", "Game")), None)
        if known is not None:
            out.append((topic, "develops", known, sent, key))
        elif 2 <= len(words) <= 60 and not any(m.start < e and s < m.end and m.type not in ("Product", "AIModel", "Game") for m in ms):
            out.append((topic, "develops", Mention(s, e, words, "Product", words, "infobox"), sent, key))
    return out
