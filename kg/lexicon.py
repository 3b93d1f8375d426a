"""The entity lexicon: ``ontology/lexicon.yaml`` in, a name → entity index and a matcher out.

In: the YAML lexicon (canonical names, types, aliases, English names; never relations). Out: a
:class:`Lexicon` whose :meth:`Lexicon.find` returns the leftmost-longest, non-overlapping lexicon
hits in a text (an Aho-Corasick automaton, built once and cached), and :meth:`Lexicon.lookup`
for a single name. Names are matched after NFKC normalisation; ASCII names only on word boundaries.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import ahocorasick
from .yamlfile import load_yaml


@dataclass
class Entry:
    key: str                 # canonical name
    type: str
    aliases: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    iri: str | None = None

    def names(self) -> list[str]:
        return [self.key, *self.aliases, *self.en]


def norm(s: str) -> str:
    """The matching form of a name: NFKC, no white space, lowercase ASCII."""
    return "".join(unicodedata.normalize("NFKC", s).split()).lower()


def ontology_path(name: str) -> Path:
    """Path of a data file in ``ontology/`` (installed as the package ``kg.ontology``)."""
    return Path(str(resources.files("kg.ontology").joinpath(name)))


class Lexicon:
    def __init__(self, entries: list[Entry]):
        self.entries = {e.key: e for e in entries}
        self.by_name: dict[str, Entry] = {}
        self.acronyms: dict[str, str] = {}        # short upper-case names match only in that case (HIT, not hit)
        for e in entries:
            for n in e.names():
                self.by_name.setdefault(norm(n), e)
                if n.isascii() and n.isupper() and len(n) <= 6:
                    self.acronyms[norm(n)] = n
        self._auto = ahocorasick.Automaton()
        for n, e in self.by_name.items():
            self._auto.add_word(n, (len(n), n))
        self._auto.make_automaton()

    def lookup(self, name: str) -> Entry | None:
        return self.by_name.get(norm(name))

    def leading_place(self, name: str, sizes: tuple[int, ...] = (3, 2), rest: int = 0) -> str:
        """The place a name begins with (深圳晨芯微感科技有限公司 → 深圳), tried at each of ``sizes`` characters in
        turn, leaving at least ``rest`` characters after it; "" when there is none."""
        return next((name[:k] for k in sizes if len(name) - k >= rest
                     and getattr(self.lookup(name[:k]), "type", None) == "Place"), "")

    def find(self, text: str) -> list[tuple[int, int, Entry]]:
        """Leftmost-longest lexicon hits as (start, end, entry) over ``text`` (offsets into text).

        Matching runs on a lowercased NFKC copy; offsets map back through a per-char index.
        """
        normed, index = _norm_with_index(text)
        hits = []
        for end_idx, (length, n) in self._auto.iter(normed):
            start_idx = end_idx - length + 1
            s, e = (index[start_idx], index[end_idx] + 1) if index is not None else (start_idx, end_idx + 1)
            if n.isascii() and (_is_word(text, s - 1) or _is_word(text, e)):
                continue
            if n in self.acronyms and text[s:e] != self.acronyms[n]:
                continue
            hits.append((s, e, self.by_name[n]))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out, last = [], -1
        for s, e, entry in hits:
            if s >= last:
                out.append((s, e, entry))
                last = e
        return out


def _is_word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isascii() and text[i].isalnum()


_SPACE = re.compile(r"\s")


class _PerCharacter(dict):
    """code point -> that character as matched (NFKC, lowercase; white space -> ""), filled on demand."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        value = "" if ch.isspace() else unicodedata.normalize("NFKC", ch).lower()
        self[code] = value
        return value


_PER_CHARACTER = _PerCharacter()


def _norm_with_index(text: str) -> tuple[str, list[int] | None]:
    """``text`` as matched (NFKC per character, lowercase, white space dropped) and, for each of
    its characters, the offset in ``text`` it comes from — None when that is the same offset
    (no white space, and every character normalised to exactly one character: the usual case)."""
    normed = text.translate(_PER_CHARACTER)
    if len(normed) == len(text) and _SPACE.search(text) is None:
        return normed, None          # no character maps to "" (no white space): each maps to one
    return _norm_each(text)


def _norm_each(text: str) -> tuple[str, list[int]]:
    chars, index = [], []
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        n = unicodedata.normalize("NFKC", ch).lower()
        for c in n:
            chars.append(c)
            index.append(i)
    return "".join(chars), index


def load_entries(path: str | Path | None = None) -> list[Entry]:
    data = load_yaml(path or ontology_path("lexicon.yaml"))
    entries: dict[str, Entry] = {}
    for item in data.get("entities", []):
        e = Entry(key=item["name"], type=item["type"], aliases=list(item.get("aliases", [])),
                  en=list(item.get("en", [])), iri=item.get("iri"))
        entries[e.key] = e
    places = data.get("places", {})
    extra = places.get("city_aliases", {}) or {}
    alias_of = {a: k for k, v in extra.items() for a in (v or {}).get("aliases", [])}
    for name in places.get("Place", []):
        key = alias_of.get(name, name)
        if key not in entries:
            entries[key] = Entry(key=key, type="Place")
    provinces = places.get("provinces", {}) or {}
    regions = ("内蒙古", "广西", "西藏", "宁夏", "新疆")            # 自治区, not 省
    named = [(n, "" if n in regions else "省", en) for n, en in provinces.items()]
    named += [(n, "市", None) for n in places.get("cities", [])]
    spelled = [_pinyin_name(n) for n in places.get("cities", [])]
    explicit = {x.lower() for e in entries.values() for x in e.en} | \
        {x.lower() for v in extra.values() for x in (v or {}).get("en", [])}
    twice = {x for x in spelled if spelled.count(x) > 1}     # 泰州 and 台州 are both Taizhou: neither gets it
    for base, suffix, en in named:
        key = alias_of.get(base, base)
        e = entries.get(key)
        if e is None:
            e = entries[key] = Entry(key=key, type="Place")
        if e.type != "Place":
            continue
        if suffix and base + suffix != key and base + suffix not in e.aliases:
            e.aliases.append(base + suffix)
        if en is None:
            en = _pinyin_name(base)
            if en in twice or (en.lower() in explicit and base not in extra):
                en = ""
        if en and en not in e.en:
            e.en.append(en)
    for key, v in extra.items():
        e = entries.setdefault(key, Entry(key=key, type="Place"))
        for a in (v or {}).get("aliases", []):
            if a not in e.aliases:
                e.aliases.append(a)
        e.en.extend(x for x in (v or {}).get("en", []) if x not in e.en)
    return list(entries.values())


def _pinyin_name(name: str) -> str:
    """烟台 → Yantai, 呼和浩特 → Huhehaote: the pinyin spelling places go by in English text."""
    from .slug import _pinyin
    syl = _pinyin(name)
    if len(syl) != len(name):
        return ""
    word = "".join(syl).replace("ü", "u").replace("v", "u")
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=1)
def province_names() -> frozenset[str]:
    """China's provinces and regions as names go (浙江, 浙江省, 广西): a company named after one is
    registered there, a weaker statement of location than a city in its name."""
    provinces = (load_yaml(ontology_path("lexicon.yaml")).get("places", {}) or {}).get("provinces", {}) or {}
    return frozenset(list(provinces) + [p + "省" for p in provinces])


@lru_cache(maxsize=4)
def get_lexicon(path: str | None = None) -> Lexicon:
    return Lexicon(load_entries(path))
