"""Markdown table rows: what the table readers of kg.mentions (names in a column) and kg.extract (facts
in a row) share.

In: one line of text. Out: whether it is a table row (``TABLE_ROW``), its cells with their offsets
(``cells``), and a header cell as the column readers match it (``header_key``).
"""
from __future__ import annotations

import re

TABLE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")


def cells(text: str) -> list[tuple[int, int, str]]:
    """The cells of a Markdown table row: (start, end, stripped text) in the row's text."""
    out, pos = [], text.index("|") + 1
    for part in text[pos:].split("|")[:-1]:
        lead = len(part) - len(part.lstrip())
        out.append((pos + lead, pos + lead + len(part.strip()), part.strip()))
        pos += len(part) + 1
    return out


def header_key(head: str) -> str:
    """A table header as the column readers match it: brackets and separators dropped (所在区、县（市）→
    所在区县市), and the owner before a place (企业所在地 → 所在地)."""
    key = re.sub(r"[（）()、，,\s*]", "", head)
    return key[2:] if key.startswith(("企业所在", "公司所在", "机构所在")) else key
