"""Readable, deterministic IRI slugs: pinyin for Chinese names, lowercase ASCII for the rest.

In: a name. Out: a slug such as ``liang-wenfeng`` or ``yushu-keji``. Pure function of the name:
the same name always gives the same slug (jieba's default dictionary, not the run-time one).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin

_CJK = re.compile(r"[\u3400-\u9fff]")


@lru_cache(maxsize=65536)
def slug(name: str, person: bool = False) -> str:
    s = unicodedata.normalize("NFKC", name).strip()
    if not _CJK.search(s):
        out = re.sub(r"[^0-9a-z]+", "-", s.lower()).strip("-")
        return out or "x"
    parts: list[str] = []
    if person and 2 <= len(s) <= 4 and all(_CJK.match(c) for c in s):
        sur = 2 if len(s) == 4 else 1
        py = _pinyin(s)
        parts = ["".join(py[:sur]), "".join(py[sur:])]
    else:
        for chunk in re.findall(r"[\u3400-\u9fff]+|[0-9A-Za-z]+", s):
            if _CJK.match(chunk):
                # words from jieba's shipped dictionary (never modified at run time, so stable)
                for word in _words(chunk):
                    parts.append("".join(_pinyin(word)))
            else:
                parts.append(chunk.lower())
    out = "-".join(p for p in parts if p)
    out = re.sub(r"[^0-9a-z-]+", "", out.replace("ü", "v")).strip("-")
    return out or "x"


@lru_cache(maxsize=65536)
def _pinyin(word: str) -> tuple[str, ...]:
    """pypinyin's reading of a word (a pure function of it; the same words recur in many names)."""
    return tuple(lazy_pinyin(word, style=Style.NORMAL, errors="ignore"))


_JIEBA_HAN = re.compile("[\u4e00-\u9fd5]+")     # what jieba.lcut treats as one block of Han characters


def _words(chunk: str) -> list[str]:
    """``jieba.lcut(chunk, HMM=False)``: for a run of Han characters, the words of jieba's route."""
    from .seg import cut, dictionary_route
    if not _JIEBA_HAN.fullmatch(chunk):
        return cut(chunk, hmm=False)
    route = dictionary_route(chunk)
    words, x = [], 0
    while x < len(chunk):
        y = route[x][1] + 1
        words.append(chunk[x:y])
        x = y
    return words
