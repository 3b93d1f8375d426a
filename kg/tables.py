"""Markdown table rows: what the table readers of kg.mentions (names in a column) and kg.extract (facts
in a row) share.

In: one line of text. Out: whether it is a table row (``TABLE_ROW``), its cells with their offsets
(``cells``), a header cell as the column readers match it (``header_key``), and whether two names of a row
stand in two cells neither of which is the row's own name (``apart``, ``firms_apart``), and which cell is
the row's own name (``lead``); the body cells of a text's tables with their columns' headers (``column_items``, ``column_cells``).
"""
from __future__ import annotations

import re

TABLE_ROW = re.compile(r"^\s*\|(.+)\|\s*$")
# a column of products (| 主导产品 |, | 应用名称 |, | 主营产品/技术 |, | 核心技术/产品 |, | 获奖项目名称 |, | Main products |)
PRODUCT_HEADER = re.compile(r"^(?:(?:主营|主要|核心)?(?:技术|方向|业务)/)?(?:主要|主营|主导|核心|代表|主打|单项冠军|冠军|拳头)?"
                            r"(?:产品|产品名称|产品系列|应用|应用名称|应用产品)(?:/(?:主营|主要)?(?:服务|技术|方向|应用|平台|业务|方案))?$"
                            r"|^(?:参赛|获奖)?项目名称$|(?i:^(?:main|key|flagship|core|principal)?products?(?:shown|onshow|displayed|exhibited|launched|unveiled|showcased)?$"
                            r"|^(?:app|application)(?:name)?$)")


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


def lead(row: list[tuple[int, int, str]]) -> int:
    """The index of a row's own name: its first cell, or its second when the first numbers the row (| 1 | X | … |)."""
    return 1 if len(row) >= 3 and re.fullmatch(r"\d{1,3}[.、]?", row[0][2]) else 0


def apart(text: str, a: int, b: int) -> bool:
    """Offsets ``a`` and ``b`` of a table row stand in two different cells, or two items of one cell
    (split at ；/;), none of them the row's lead (:func:`lead`): | 投资人 | 孙亦舟；A基金 | 孙亦舟；A基金；B公司 | (a
    register's before and after) or | Lead investors | X; Y | Z |, where the columns are different entities and a
    cell's items are different entries. The lead cell with any other cell goes together (| 公司 | 所在地 |)."""
    if TABLE_ROW.match(text) is None:
        return False
    row = cells(text)
    first = lead(row)

    def unit(pos: int):
        k = next((k for k, (cs, ce, _) in enumerate(row) if cs <= pos < max(ce, cs + 1)), None)
        return None if k is None else (k, len(re.findall(r"[；;]", text[row[k][0]:pos])))
    ua, ub = unit(a), unit(b)
    return ua is not None and ub is not None and ua != ub and first not in (ua[0], ub[0])


def firms_apart(text: str, subject, subject_target, obj, object_target) -> bool:
    """Two firms read across the cells of a row (:func:`apart`) are no pair for the recall nets (kg.cooccur,
    kg.pairs); a person's cells do go together (| 姓名 | 学校 | 单位 |)."""
    return "Person" not in (subject_target.type, object_target.type) and apart(text, subject.start, obj.start)


def column_items(text: str, heads: bool = False):
    """Every body cell of the Markdown tables in ``text`` with its column's header (:func:`header_key`): (key,
    cell text) pairs, row by row (a table's first row is its header; the | --- | row comes out as cells too);
    with ``heads``, (key, cell text, the table's header keys) triples."""
    head: list[str] | None = None
    for line in text.split("\n"):
        if TABLE_ROW.match(line) is None:
            head = None
            continue
        row = [c[2] for c in cells(line)]
        if head is None:
            head = [header_key(c) for c in row]
            continue
        yield from (zip(head, row, [tuple(head)] * len(row)) if heads else zip(head, row))


def column_cells(text: str, header: re.Pattern) -> set[str]:
    """The cells (stripped text) of the Markdown tables in ``text`` that stand in a column whose header
    (:func:`header_key`) matches ``header``: | 排名 | 应用名称 | 所属企业 | → every app's name."""
    return {cell for key, cell in column_items(text) if header.match(key)}
