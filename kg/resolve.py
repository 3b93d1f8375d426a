"""Stage 4: mentions in claims → entities with one stable IRI each.

In: the claims of one article (their subject and object mentions) and the lexicon. Out: for each
mention, an :class:`Entity` (canonical name, type, labels, IRI). Lexicon names and aliases map to
the lexicon entry (浙大 → 浙江大学, DeepSeek → 深度求索); a name declared in the article with a
bracket alias (``杭州群核信息技术有限公司（以下简称“群核科技”）``, ``深度求索（DeepSeek）``) maps to
the same entity. IRIs are readable pinyin slugs, deterministic for the same name.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .gazetteer import BRACKET_NOT_NAME, GENERIC_ALIASES
from .lexicon import Entry, Lexicon, norm
from .mentions import Mention, _freq as word_freq
from .slug import slug
from .vocab import ENTITY, PRODUCT_TYPES

_FIRMS = ("Company", "Investor", "ResearchInstitute", "Organization")
_ALIAS_AFTER = re.compile(r"^\s*[（(]\s*(?:以下简称|以下称|下称|简称|英文名称|英文名|英文|中文名称|中文名|中文)?[：:]?\s*[“\"「]?([^）)”\"」，,；;]{1,40}?)[”\"」]?\s*[）)]")


@dataclass
class Entity:
    key: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    entry: Entry | None = None
    anchor: str | None = None        # people outside the lexicon: the organisation that identifies them
    _iri: tuple | None = field(default=None, repr=False, compare=False)   # (what it was made from, IRI)

    @property
    def iri(self) -> str:
        made = self._iri
        if made is not None and made[0] == (self.name, self.type, self.anchor) and made[1] is self.entry:
            return made[2]
        if self.entry is not None and self.entry.iri:
            iri = ENTITY + self.entry.iri
        else:
            iri = ENTITY + slug(self.name, person=self.type == "Person")
            if self.type == "Person" and self.entry is None and self.anchor:
                iri += "--" + slug(self.anchor)
        self._iri = ((self.name, self.type, self.anchor), self.entry, iri)
        return iri


def clean(name: str) -> str:
    s = unicodedata.normalize("NFKC", name).strip().strip("“”\"'「」『』《》")
    return re.sub(r"\s+", " ", s)


class Resolver:
    """Maps mentions to entities for one article (aliases declared in the article stay local)."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.local_alias: dict[str, str] = {}     # norm(alias) -> canonical key
        self.alias_text: dict[str, set[str]] = {}  # canonical key -> aliases as written
        self.entities: dict[str, Entity] = {}
        self.names: set[str] = set()               # organisations' names written so far (for ambiguous short forms)

    def learn_aliases(self, sentence_text: str, mentions: list[Mention]) -> None:
        """Record bracket aliases written right after a mention (名称（简称）) and short forms of
        recognised names (苏州星衡智能 → 星衡智能)."""
        self.names.update(clean(m.name) for m in mentions if m.type in _FIRMS and m.source not in ("coref", "date"))
        for m in mentions:
            if m.source == "suffix" and m.aliases and m.entry is None:
                for a in m.aliases:
                    if any(clean(a) in other for other in self.names if other != clean(m.name) and len(other) > len(clean(a))):
                        continue  # 问芯智能 when 杭州问芯智能科技有限公司 came before 宁波问芯智能装备有限公司: not this one's
                    self.local_alias.setdefault(norm(clean(a)), clean(m.name))
                    self.alias_text.setdefault(clean(m.name), set()).add(clean(a))
            if m.source in ("coref", "date") or m.type == "Date":
                continue
            am = _ALIAS_AFTER.match(sentence_text[m.end:])
            if not am:
                continue
            alias = clean(am.group(1))
            if not alias or alias == m.name or re.fullmatch(r"[\d\s.\-]+", alias) or BRACKET_NOT_NAME.search(alias):
                continue          # (…工作报告（摘编）, X（天使轮）: an excerpt, a round — no other name)
            if m.type == "University" and re.fullmatch(r"(?:华东|华南|华北|华中|西北|西南|东北|[\u4e00-\u9fff]{2,4}校区)", alias):
                continue          # 中国石油大学（华东）: the campus, part of the name
            if len(alias) <= 3 and word_freq(alias) >= 10000:
                continue          # 单项冠军企业（产品）: a kind in brackets (产品, 项目, 机构), no other name
            if m.type == "Place" and alias.isascii() and alias.isupper():
                continue          # Commercial Aircraft Corporation of China (COMAC): the longer name's acronym
            if m.type == "Person" and not re.fullmatch(r"[A-Za-z][A-Za-z .'\-]+", alias):
                continue          # 冯启航（院长）: a role in brackets, not another name of the person
            if any(x.type == "Place" and clean(x.text) == alias and m.end < x.start <= m.end + am.end() for x in mentions):
                continue          # 郑州中原智运物流科技有限公司（郑州航空港区）: a place the article names says where
            target = self._key_of(m)
            entry = self.lexicon.lookup(alias)
            if entry is not None and (entry.type == "Place") != (m.type == "Place"):
                continue          # Chutian Robotics (Wuhan): a place in brackets says where, it is no other name
            if entry is not None and m.entry is None:
                self.local_alias[norm(m.name)] = entry.key   # the written name is another name of a known entry
            elif entry is None:
                self.local_alias.setdefault(norm(alias), target)
                self.alias_text.setdefault(target, set()).add(alias)

    def _key_of(self, m: Mention) -> str:
        if m.entry is not None:
            return m.entry.key
        n = clean(m.name)
        entry = self.lexicon.lookup(n)
        if entry is not None:
            return entry.key
        return self.local_alias.get(norm(n), n)

    def entity(self, m: Mention, type_hint: str | None = None) -> Entity:
        key = self._key_of(m)
        ent = self.entities.get(key)
        if ent is not None and m.entry is None and (ent.type in PRODUCT_TYPES) != (m.type in PRODUCT_TYPES) \
                and key != clean(m.name):
            key = clean(m.name)     # the product 步衡 is not the company an alias 步衡 stands for
            ent = self.entities.get(key)
        if ent is None:
            entry = m.entry or self.lexicon.lookup(key)
            typ = entry.type if entry else (type_hint or m.type)
            ent = Entity(key=key, name=entry.key if entry else key, type=typ, entry=entry)
            if entry:
                ent.aliases.update(entry.aliases + entry.en)
            self.entities[key] = ent
        for a in (m.text, m.name, *m.aliases):
            a = clean(a)
            if a and a != ent.name and m.source != "coref" and a not in GENERIC_ALIASES:   # (公司: no name of its own)
                ent.aliases.add(a)
        return ent

    def aliases_for(self, ent: Entity) -> set[str]:
        out = set(ent.aliases) | self.alias_text.get(ent.key, set())
        return {a for a in out if a and norm(a) != norm(ent.name)}
