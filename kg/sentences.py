"""Stage 1b: a cleaned body in, sentences with character offsets out.

Splits on 。！？；… (and their ASCII forms followed by a space or line end), and on line breaks; a
Markdown table row (``| … |``) is one sentence whatever its cells hold.
Closing quotes and brackets stay with the sentence they end. Each :class:`Sentence` satisfies
``body[s.start:s.end] == s.text``. Very long runs without punctuation are cut into pieces of at
most ``MAX_LEN`` characters so that later stages stay bounded in time and memory.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .tables import TABLE_ROW

MAX_LEN = 600

_END = re.compile(
    r"[。！？；!?;]+[”’」』）)\"']*"          # CJK and ASCII terminators (ASCII ;!? too: NFKC text)
    r"|…+[”’」』）)\"']*(?![…”’」』）)\"'，,、])"   # whole ellipsis + closers; never before a comma
    r"|(?<=[A-Za-z0-9)\]”\"'])\.[”’\"']?(?:<sup>[^<>]{1,24}</sup>|\[\d{1,3}\])*(?=\s+[A-Z“\"'(\u4e00-\u9fff]|\s*$)"  # English full stop
                                            # (and the footnote marks after it: .<sup>[1]</sup>, .[2])
    r"|\n"
)


_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Inc|Co|Ltd|Corp|Pte|Pty|Sdn|Bhd|Dept|Univ|approx|St|Jr|Sr|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|etc)|\b(?<!Series\s)(?<!Round\s)(?<!Phase\s)(?<!Class\s)(?<!Type\s)(?<!Grade\s)(?<!Tier\s)[A-Z]|\b(?:[A-Za-z]\.){1,3}[A-Za-z])\.$")


_LEGAL_END = re.compile(r"\b(?:Inc|Co|Ltd|Corp)\.$")
_OPENER = re.compile(r"\s+(?:The|It|Its|This|These|That|He|She|They|We|In|On|At|But|A|An|According|After|Since|Both)\b")
_ENUMERATOR = re.compile(r"\s*(?:[-*]\s*)?\d{1,2}\.")
_NEXT_ITEM = re.compile(r"\s*(?:[二三四五六七八九十]是|其[二三四五六七八九十][，,、]|[（(][二三四五六七八九十][）)])")
# 重点支持三个方向。一是…；二是…: the sentence that announces an enumeration and the enumeration are one
_ANNOUNCED = re.compile(r"[一二三四五六七八九十两\d]+(?:个|大|项|条|方面)[\u4e00-\u9fff]{0,4}(?:方向|领域|任务|重点|举措|赛道|板块)。$")
_FIRST_ITEM = re.compile(r"[ \t]*(?:一是|其一[，,、]|首先[，,])")


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


def split_sentences(body: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for m in _END.finditer(body):
        if m.group().startswith(".") and _ABBREV.search(body, max(0, m.start() - 12), m.start() + 1) \
                and not (_LEGAL_END.search(body, max(0, m.start() - 6), m.start() + 1) and _OPENER.match(body, m.end())):
            continue          # Mr. / Inc. / U.S. do not end a sentence (… Co., Ltd. The start-up …: this one does)
        if m.group().startswith(".") and _ENUMERATOR.fullmatch(body, body.rfind("\n", 0, m.start()) + 1, m.start() + 1):
            continue          # "1. 人形机器人与具身智能。": a list item's number, not a sentence
        if m.group() in ("；", ";") and _NEXT_ITEM.match(body, m.end()):
            continue          # 一是…；二是…: an enumeration stays one sentence
        if m.group() == "。" and _FIRST_ITEM.match(body, m.end()) and _ANNOUNCED.search(body, max(pos, m.start() - 16), m.end()):
            continue          # 重点支持三个方向。一是…: the announcement and its items
        if m.group() != "\n" and _in_table_row(body, m.start()):
            continue          # | Suzhou, PRC; 15 May 2019 |: a table row is one sentence, its cells read by column
        end = m.end() if m.group() != "\n" else m.start()
        _emit(body, pos, end, out)
        pos = m.end()
    _emit(body, pos, len(body), out)
    return out


def _in_table_row(body: str, pos: int) -> bool:
    """The character at ``pos`` is inside a Markdown table row (a whole line ``| … |``)."""
    start = body.rfind("\n", 0, pos) + 1
    if body[start:pos].lstrip()[:1] != "|":
        return False
    end = body.find("\n", pos)
    return TABLE_ROW.match(body[start:end if end >= 0 else len(body)]) is not None


def _emit(body: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    while end - start > MAX_LEN:
        cut = _cut_point(body, start, start + MAX_LEN)
        _emit(body, start, cut, out)
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(len(out), start, end, body[start:end]))


def _cut_point(body: str, start: int, limit: int) -> int:
    """Cut a long run at the last comma or space before ``limit`` (else at ``limit``)."""
    window = body[start:limit]
    for ch in "，,、 ":
        i = window.rfind(ch)
        if i > MAX_LEN // 2:
            return start + i + 1
    return limit
