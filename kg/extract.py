"""Stage 3: an article in, claims out — the extractor interface, its registry, and the rule engine.

In: an :class:`~kg.articles.Article`. Out: :class:`Claim` records (subject, relation, object, the
sentence with its offsets, the rule that fired, a confidence, and qualifiers such as a job title).
Extractors implement :class:`Extractor` and register by name and version (``rules.v1``), so another
extractor (say, a model) plugs in without touching the pipeline.

The rule extractor reads ``kg/rules/relations.yaml``. Each sentence's mentions are turned into a
template where every mention is a typed placeholder; a rule is a regular expression over that
template with typed slots such as ``{ORG:s}``, ``{PER+:o}`` (a list) or ``{TITLE:title}``.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Protocol

from .yamlfile import load_yaml

from .articles import Article
from .coref import count_word, resolve_references
from .dates import last_absolute_year
from .gate import bits, sentence_gate
from .gazetteer import Gazetteer
from .lexicon import Lexicon, get_lexicon, province_names
from .mentions import (BARE_DOC_TITLE, WORK_REPORT, legal_short_form, EN_ROLE_WORD, title_issuers, title_aliases, ORDINAL_LEAD, Mention, after_former_mark, classify_title, name_rules, org_type_of, brand_names, early_short_names, entry_names, table_names, person_names, recognise,
                       run_in_heading, split_items, COMPANY_UNIT, SIGNATURE_LEAD, _BARE_LEGAL_FORM, _EN_NAME, _EN_SERIAL_DOC)
from . import cooccur, pairs
from .fields import infobox_facts
from .tables import PRODUCT_HEADER, TABLE_ROW, cells as table_cells, column_cells, header_key, lead as row_lead
from .sentences import Sentence, split_sentences
from .vocab import DATE_RELATIONS, RELATIONS

RULES_FILE = Path(__file__).parent / "rules" / "relations.yaml"

CODES = {"Person": "P", "Company": "C", "University": "U", "AcademicUnit": "A", "ResearchInstitute": "R",
         "GovernmentBody": "G", "Investor": "I", "MediaOrganization": "M", "Organization": "O", "Group": "K",
         "Place": "L", "Policy": "Y", "Report": "T", "Industry": "N", "Product": "D", "AIModel": "X", "Game": "W",
         "Date": "Z"}
CLASSES = {"MEMBER": "CIRUA", "SUBUNIT": "AR", "BODY": "CROG", "GROUPISH": "KO", "CIRCLE": "KOR", "LISTING": "KOT", "RANKING": "KT", "MAKER": "CIROUA", "STARTUP": "C", "EMPLOYER": "CUARGIMOL", "PER": "P", "ORG": "CUARGIMO", "COMPANY": "CI", "FIRM": "CIRO", "UNI": "UA", "SCHOOL": "UAR", "UNIT": "A", "PLACE": "L",
           "GOV": "GL", "WORK": "YT", "POLICY": "Y", "REPORT": "T", "PRODUCT": "DXW", "MODEL": "X", "GAME": "W",
           "GROUP": "K", "DATE": "Z", "ISSUER": "CUARGIMOL", "INVESTOR": "ICO", "BACKER": "ICOP", "HIRER": "CUARGIM", "FUND": "I", "AGENT": "CUARGIMOLP",
           "ANY": "PCUARGIMOKLYTNDXWZ"}
OPEN, CLOSE = "\ue000", "\ue001"
_ITEM_ALIAS = r"[（(][A-Za-z0-9\-]{2,10}[）)]"      # an industry's English name in brackets: 电动垂直起降航空器（eVTOL）
_ITEM_NOTE = r"[（(][^（）()\ue000\ue001]{2,40}[）)]"    # what an item covers: 超硬材料（人造金刚石单晶、培育钻石）
_PRODUCT_NOTE = r"(?:[（(](?:[^（）()，。；\ue000\ue001]|\ue000[DXW]\d+\ue001){1,24}[）)])?"   # a listed firm's note naming its product
_SLOT = re.compile(r"\{([A-Z]+)(\+?)(?::([a-z_0-9]+))?\}")
EN_TITLES = (r"(?:(?:(?:co-)?founder\sand\s|(?:Co-)?[Ff]ounder\sand\s)?(?:chief\sexecutive(?:\sofficer)?|chief\stechnology\sofficer|chief\sscientist|CEO|CTO|COO|CFO|"
             r"chief\s(?:[a-z]+\s){1,2}officer|Chief\s(?:[A-Z][a-z]+\s){1,2}Officer|"
             r"Chief\sExecutive(?:\sOfficer)?|Chief\sTechnology\sOfficer|Chief\sScientist|Chief\sOperating\sOfficer|Chief\sFinancial\sOfficer|"
             r"chairman|chairwoman|Chairman|Chairwoman|president|President|vice\spresident|Vice\sPresident|"
             r"(?:Vice\s|Deputy\s|Executive\sVice\s)?(?:Mayor|Governor)|(?:Party\s|Deputy\s)?Secretary|"
             r"(?:associate\s|assistant\s|adjunct\s)?professor|(?:Associate\s|Assistant\s|Adjunct\s)?Professor|director|Director|head|"
             r"managing\spartner|Managing\sPartner|partner|Partner|(?:[Gg]eneral|[Vv]enture|[Ff]ounding)\s[Pp]artner|spokesperson|spokesman|(?:vice\s)?mayor|dean|Dean|secretary-general|Secretary-General|"
             r"chief\seconomist|(?:senior\s|chief\s|lead\s|principal\s|deputy\s|executive\s|general\s|research\s|investment\s)?"
             r"(?:analyst|engineer|scientist|researcher|architect|designer|director|manager|fellow|lecturer|partner|strategist|editor|reporter|correspondent|consultant|adviser|advisor)|"
             r"Deputy\sDirector|General\sManager|deputy\sdirector|general\smanager|vice-president|Vice-President))")
_PH = re.compile(OPEN + r"([A-Z])(\d+)" + CLOSE)
LIST_SEP = r"\s*(?:(?:等(?:[一二三四五六七八九十两\d]+|十余|数|多)?家?(?:企业|单位|高校|院所|机构|公司))?(?:、|和|与|及|以及|会同)|,\s*and|and|&|,)\s*(?:本地机构|老股东|新股东|股东|机构|the\s(?:[a-z][a-z\-]+\s){0,3}|existing\s(?:backers?|investors?|shareholders?)\s|(?:his|her|their)\s(?:former\s|old\s|longtime\s|university\s|college\s)?(?:colleague|classmate|roommate|co-worker|friend|partner|wife|husband|brother|sister|student|mentor|supervisor)\s|(?:其|他的|她的|自己|他|她|\ue000P\d+\ue001(?=指导|带过|培养))?(?:指导过?的|带过的|培养的)?(?:合伙人|搭档|同事|老同学|同学|师兄|师弟|师姐|师妹|学生|博士生|博士毕业生|硕士生|研究生|导师|妻子|丈夫|校友)|(?:首席技术官|首席执行官|首席科学家|CEO|CTO|总经理|董事长|副总裁|总裁|副总经理|联合创始人)|[\u4e00-\u9fff]{0,8}?(?:" + "|".join(name_rules()["descriptor_nouns"]) + r"))?(?:\ue000L\d+\ue001(?:-based\s|[''’]s\s|的))?"


_INVESTS_AFTER = re.compile(r"(?:[（(][^）)]{0,20}[）)])?(?:作为[^，。；\ue000]{0,8}?|[^，。；\ue000]{0,6}?)(?:领投|跟投|参投|联合投资|共同投资|独家投资|投资了|追加投资|出资)")
_OWNER_AFTER = re.compile(r"(?:旗下|下属|控股)")     # 合肥产投集团旗下的庐州科创基金: the owner is a modifier
_ORDINAL = re.compile(r"[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)]")
_ORDINAL_ITEM = re.compile(r"(?:[一二三四五六七八九十]是|[（(][一二三四五六七八九十][）)])\s*(?:要)?(?:持续|着力|加快|大力|重点)?"
                           r"(?:做强|做大|做优|做精|培育壮大|发展壮大|壮大|聚焦|前瞻布局|超前布局|布局|发展|补齐|突破|培育|推动|提升|打造|加强|攻关|支持|开放|完善|拓展)?"
                           r"(?:[^，,。；;：:\s]{2,30}?等)?([^，,。；;：:、\s]{2,16})")
_VERB_LED = re.compile(r"\s*(?:持续|着力|加快|大力|积极|重点)?(?:培育壮大|发展壮大|加快发展|大力发展|重点发展|前瞻布局|超前布局|"
                       r"培育|壮大|做强|做大|布局|发展|突破)([^，,。；;：:\s]{2,24})")
_ITEM_LEAD = re.compile(r"^(?:提出|要求|指出)(?:要)?(?:重点|大力|加快|优先|着力|积极)?(?:发展|培育|推动|支持|布局|打造)?|"
                        r"^(?:重点|大力|加快|优先|着力|积极)(?:发展|培育|推动|支持|布局|打造|扶持|突破|投向)|"
                        r"^(?:在[\u4e00-\u9fff]{1,6}中)?[对向](?![齐外标接话])(?=[\u4e00-\u9fffA-Za-z]{2})|^(?:了|以|把|将)(?=[\u4e00-\u9fffA-Za-z]{2})|^(?:培育|打造|加快)?形成(?=[\u4e00-\u9fffA-Za-z]{2})"
                        r"|^(?:聚焦|围绕|瞄准|锚定|主攻|侧重)(?:于)?(?=[\u4e00-\u9fffA-Za-z]{2})")   # 明确|提出重点发展X, 明确|聚焦X
_COUNTED = re.compile(r"[一二三四五六七八九十两\d]+(?:个|大|项|类|条)")
_ITEM_CHAR = re.compile(r"[^，,。；;、：:等和及的\s\ue000\ue001.!?]")      # (manufacturing. : the sentence's full stop)
_ITEM_RUN = re.compile(r"[^，,。；;、：:等和及的\s\ue000\ue001.!?]{0,8}")


def _split_listed(listing: str) -> list[str]:
    """A list of fields into its items: on 、 and on 和/及/以及/与 — but where an item between two 、 joins two
    words itself (人形机器人、精密减速器与伺服系统、机器视觉), a conjunction inside the list joins the words of
    one item: only 、 separates there, and the last item's conjunction (…、A和B) still ends the list."""
    parts = re.split(r"、|”\s*“", listing)
    if len(parts) > 2 and any(re.search(r"和|及|与", p) for p in parts[1:-1]):
        return parts[:-1] + re.split(r"和|及|以及|与", parts[-1])    # (…、电子化学品和生物基可降解材料: the last two)
    return [x for p in parts for x in re.split(r"和|及|以及|与", p)]


_ITEM_TAIL = re.compile(r"(?:及其|及相关|及)[\u4e00-\u9fff]{0,6}$|(?:等)?(?:产业|领域|方向|赛道)$|(?<=[\u4e00-\u9fff]{2})为(?:突破口|主攻方向|重点方向|重点|核心|抓手|主线|方向|引领)$|(?<=[\u4e00-\u9fffA-Za-z]{2})(?:整机|部件)?(?:的)?(?:研发制造|研发生产|研发与应用|(?:研发|研制)(?:与|和|及)(?:量产|产业化|制造|生产|推广)|研发|研制|应用场景|场景开放)$|(?<=[\u4e00-\u9fffA-Za-z]{3})(?:攻关|发展)$")


@dataclass
class Claim:
    subject: Mention
    relation: str
    object: Mention | str          # a Mention, or a date literal (ISO string)
    sentence: Sentence
    extractor: str
    confidence: float
    title: str | None = None
    tense: str | None = None
    hedged: bool = False
    approximate: bool = False
    round: str | None = None
    amount: str | None = None
    implicit: str = ""              # "s" or "o": that argument was filled in from context (antecedent)


@dataclass
class Extraction:
    """What an extractor returns: claims, and the mentions per sentence (for alias learning)."""

    claims: list[Claim]
    sentences: list[tuple[Sentence, list[Mention]]] = field(default_factory=list)


class Extractor(Protocol):
    name: str

    def extract(self, article: Article) -> Extraction: ...


_REGISTRY: dict[str, Callable[[], Extractor]] = {}


def register(name: str):
    def deco(factory):
        _REGISTRY[name] = factory
        return factory
    return deco


def get_extractor(name: str = "rules") -> Extractor:
    """An extractor by name (``rules`` is the latest ``rules.vN``)."""
    if name not in _REGISTRY:
        matches = sorted(k for k in _REGISTRY if k.split(".")[0] == name)
        if not matches:
            from .errors import UserError
            raise UserError(f"unknown extractor {name!r} (known: {', '.join(sorted(_REGISTRY))})")
        name = matches[-1]
    return _REGISTRY[name]()


@dataclass
class Rule:
    id: str
    regex: re.Pattern
    facts: list[dict]
    confidence: float
    list_groups: set[str] = field(default_factory=set)
    pair_groups: set[str] = field(default_factory=set)
    antecedents: dict[str, str] = field(default_factory=dict)
    min_mentions: int = 2
    group_classes: dict[str, str] = field(default_factory=dict)
    unless_named_before: str = ""
    recent: bool = False
    counted: bool = False       # the antecedent must carry the number the match names (five names → Five Tigers)
    anaphor: bool = False       # the text refers to the antecedent (Its director, X): it is stated, not filled in
    past: bool = False          # it reads a past post (who spent nine years at X): the present one is left to others


_NUMBERS = {2: ("two", "两二"), 3: ("three", "三"), 4: ("four", "四"), 5: ("five", "五"), 6: ("six", "六"),
            7: ("seven", "七"), 8: ("eight", "八"), 9: ("nine", "九"), 10: ("ten", "十")}


_COUNTED_REF = re.compile(r"^(?:这|以上|上述|前述)([二三四五六七八九十])家")


def _carries_number(x: Mention, n: int) -> bool:
    """Five Tigers, 五小虎, 6 Dragons carry the number ``n`` (5, 6 …: coref's ``count_word`` of five, 六)
    in words, digits or characters."""
    word, chars = _NUMBERS[n]
    name = " ".join(t.name for t in x.targets) + " " + x.text
    return bool(re.search(rf"\b{word}\b", name, re.I)) or any(c in name for c in chars) \
        or bool(re.search(rf"(?<!\d){n}(?!\d)", name))


def _compile(pattern: str, titles: str, group_classes: dict | None = None) -> tuple[re.Pattern, set[str], set[str]]:
    lists, pairs = set(), set()
    group_classes = group_classes if group_classes is not None else {}

    def ph(cls: str) -> str:
        return OPEN + "[" + CLASSES[cls] + r"]\d+" + CLOSE

    def sub(m: re.Match) -> str:
        cls, plus, name = m.group(1), m.group(2), m.group(3)
        if cls == "GAP":
            return r"(?:(?!" + OPEN + r"P)[^。；;！？]){0,30}?"
        if cls == "TITLE":
            body = rf"(?:(?:常务|执行|首任|名誉|特聘)?(?:{titles}))(?:(?:兼|、|及|和|/)(?:{titles}))*"
        elif cls == "ENTITLE":
            body = EN_TITLES
        elif cls in ("ITEMS", "ITEM"):      # ITEM: one term or a list of them
            item = r"(?:[^，,。；;、：:等和及的\s" + OPEN + CLOSE + r"]|(?<=[A-Za-z])\s(?=[A-Za-z])){2,12}(?:(?:整机|部件)?(?:研发制造|研发生产))?(?:" + _ITEM_ALIAS + r"|" + _ITEM_NOTE + r")?|" + OPEN + r"[A-Z]\d+" + CLOSE + r"(?:(?![等和及的与])[\u4e00-\u9fff]){0,4}"
            body = rf"(?:{item})(?:(?:、|和|及|以及|与|”\s*“)(?:{item}))" + ("+" if cls == "ITEMS" else "*")
        elif cls == "ENITEMS":
            item = r"[\"“]?[A-Za-z][A-Za-z\-]*[\"”]?(?:\s(?!such\sas\b|among\b|including\b|like\b)[\"“]?[A-Za-z][A-Za-z\-]*[\"”]?){0,7}?" \
                r"(?:\s(?:such\sas|like|including)\s[A-Za-z][A-Za-z\-\s]{1,60}?(?=,))?"
                                # (robot "core components"; not on past "such as", "among"; core components such as
                                #  reducers and dexterous hands, …: the examples go with the item they illustrate)
            body = rf"{item}(?:\sand\s{item}(?=,))?(?:,\s(?!and\s){item})*,?\sand\s{item}"
        elif cls == "PAIRS":
            one = ph("ORG") + r"(?:的|旗下的)" + ph("PER") + r"(?:" + LIST_SEP + ph("PER") + r")*"
            body = rf"{one}(?:(?:、|和|及|以及){one})*"
            if name:
                pairs.add(name)
        elif plus:       # (an item may follow its city: 南京云岚科技和宁波|甬光电子)
            lead = "" if cls == "PLACE" else r"(?:" + OPEN + r"L\d+" + CLOSE + r")?"
            if cls == "PER":     # 陈思远与浙大同窗林晓, 她和郑州大学第一附属医院眼科主任医师程浩: where the next one works
                lead = r"(?:" + OPEN + r"[LUACROGIM]\d+" + CLOSE + r"(?:的)?[\u4e00-\u9fff]{0,8}?)?"
            note = "" if cls in ("PER", "PLACE") else _PRODUCT_NOTE     # A（触觉传感器）、B（具身大模型“问渠-E1”）
            body = ph(cls) + note + r"(?:" + LIST_SEP + lead + ph(cls) + note + r")*"
            if name:
                lists.add(name)
                group_classes[name] = CLASSES[cls]
        else:
            body = ph(cls)
            if name:
                group_classes[name] = CLASSES[cls]
        return f"(?P<{name}>{body})" if name else f"(?:{body})"

    # a clause may open with when it happened: 1990年毕业于…, 2010年至2015年任…, 2018年起担任…
    pattern = pattern.replace("{WHEN}", r"(?:(?:于|在|自|从)?{DATE}(?:(?:至|到|—|–|-|~)(?:{DATE}|今))?(?:起|开始|以来|后|期间|间)?[，,]?)?")
    # a gap "without other names" may still hold a date: 该公司去年发布的…
    pattern = pattern.replace("[^，。；\\ue000]", "(?:[^，。；\\ue000]|\\ue000Z\\d+\\ue001)")
    return re.compile(_SLOT.sub(sub, pattern)), lists, pairs


@lru_cache(maxsize=4)
def _measured(path: str | None = None) -> dict:
    """kg/rules/confidence.yaml: each rule's precision measured on the development corpus."""
    conf_file = Path(path or RULES_FILE).parent / "confidence.yaml"
    if not conf_file.exists():
        return {}
    return load_yaml(conf_file) or {}


def _net_confidences(measured: dict) -> dict[str, float]:
    """Confidences of the co-occurrence nets (``cooc.<tier>.<relation>``): the measured precision where
    the net made at least four claims on the development corpus, else the precision of its tier pooled
    over all relations (a hierarchical back-off, so that a rare case is not judged on one or two claims)."""
    pooled: dict[str, list[int]] = {}
    for k, v in measured.items():
        if k.startswith("cooc."):
            p = pooled.setdefault(k.split(".")[1], [0, 0])
            p[0] += v.get("correct", 0)
            p[1] += v.get("claims", 0)
    out = {}
    for k, v in measured.items():
        if k.startswith("cooc."):
            c, n = pooled[k.split(".")[1]]
            out[k] = v.get("confidence", 0.45) if v.get("claims", 0) >= 4 else round((c + 1) / (n + 2), 2)
    return out


_PRIORITY_INTRO = re.compile(
    r"(?:支持|发展|聚焦|布局|培育|扶持|突破|推进)[^。；：:]{0,14}?(?:领域|方向|产业|赛道|行业|重点)(?:包括|如下|是|为)?[：:]\s*$"
    r"|(?:聚焦|围绕|支持|面向|覆盖|重点支持)(?:以下|如下)[一二三四五六七八九十两\d]{0,3}(?:个|大|项)?(?:重点|主要|优势|主导|新兴|未来)?(?:领域|方向|产业|赛道)"
    r"|^[一二三四五六七八九十]{1,3}[、.．]\s*(?:重点|主攻|发展|优先|支持|扶持)(?:发展|支持)?(?:领域|方向|产业|行动|场景)\s*$"     # 二、重点行动 (a section of fields)
    r"|(?:明确|提出|确定|聚焦|锁定|布局)了?[一二三四五六七八九十两\d]+(?:个|大|项)(?:[\u4e00-\u9fff]{0,6})(?:方向|领域|产业|赛道|板块)[。：:]?\s*$"   # 明确了六个重点发力方向。
    r"|(?:priority|focus|key|target|strategic)\s(?:areas|sectors|industries|fields|directions|tracks)\b[^.:]{0,30}:\s*$"
    r"|\b(?:lists|names|sets\sout|identifies|targets|covers|prioriti[sz]es|focuses\son)\s[^.:]{0,30}(?:areas|sectors|industries|fields|directions|priorities):\s*$"
    r"|\b(?:on|in|to|into)\s(?:the\s)?(?:following\s)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:priority\s)?(?:areas|sectors|industries|fields|directions|priorities)(?:\s[^.:]{0,20})?:\s*$"
    r"|^(?:The\s|Its\s)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s)?(?:[Kk]ey\s|[Mm]ain\s|[Pp]olicy\s|[Nn]amed\s)?"
    r"(?:[Pp]riorities|[Pp]riority\s(?:areas|sectors|industries)|[Ff]ocus\sareas)\s*$")     # ## The five priorities (a section)
_BOSS = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[和与及、是的说对向跟让请在由]))([\u4e00-\u9fff])(?:总|董)(?![裁经监部额数量体计共结书理之算的统务值线括局署])")


def _boss_names(text: str, ms: list[Mention], history: list[Mention]) -> list[Mention]:
    """周总, 邓总, 王董: how a company's heads are addressed — the one person of that surname the article
    has named (none if two share it), as coreference mentions."""
    out = []
    surnames = name_rules()["surname_set"]
    for b in _BOSS.finditer(text):
        sur = b.group(1)
        if sur not in surnames or any(not (b.end() <= x.start or b.start(1) >= x.end) for x in ms):
            continue
        people = {t.name: t for x in history for t in x.targets
                  if t.type == "Person" and t.name[:1] == sur and 2 <= len(t.name) <= 3}
        if len(people) == 1:
            p = next(iter(people.values()))
            out.append(Mention(b.start(1), b.end(), b.group(0)[-2:], "Person", p.name, "coref", refs=(p,)))
    return out


_OWNER_ASIDE = re.compile(r"(?:(?:直接|间接)?(?:持股|持有)\d+(?:\.\d+)?%(?:股权|股份)?的|旗下的?)?(?:的)?(?:在[\u4e00-\u9fff]{2,6}设立的)?(?:全资|控股|参股|下属)?(?:子公司|孙公司|分公司|参股公司)")
_TWO_FIELDS = re.compile(r"([\u4e00-\u9fff]{2,10})(?:与|和|及)([\u4e00-\u9fff]{3,10})")     # (大模型训练与推理: one field and its use)
_THEMED_ITEM = re.compile(r"[“\"]?[\u4e00-\u9fffA-Za-z]{2,8}[×+＋][”\"]?(?=[\u4e00-\u9fff]{2})")
_TASK_ITEM = re.compile(r"(?:加快|推动|推进|实施|建设|开展|强化|加强|完善|提升|健全|深化|促进|构建|优化|夯实|营造|创新|探索|扩大)")
_EN_ITEM_HEAD = re.compile(r"((?:(?!\s(?:such\sas|including|especially|and\stheir|and\sits|with|for|to|in\sorder)\b)"
                           r"(?:\s?\([A-Za-z0-9\-]{2,10}\)|[^;:,.()]))+)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[一二三四五六七八九十]{1,3}[、.．]\s*|\d{1,2}[.、．)]\s+|[一二三四五六七八九十]是(?=[^，。；]{2,16}。$))(\S.*)")
_ITEM_HEAD = re.compile(r"(\*{0,2}[^。；;：:，,（(.]{2,60}?)(?:\*{0,2})(?:[。；;：:，,（(]|\.(?=\**(?:\s|$))|$)")
_ITEM_LEGAL_HEAD = re.compile(r"(\*{0,2}[^。；;：:，,（(.\s]{2,20}[（(][^（）()。，,：:]{1,8}[）)][^。；;：:，,（(]{0,30}?(?:有限公司|有限责任公司)"
                              r"|\*{0,2}[A-Z][\w&\-]*(?:\s[A-Z][\w&\-]*){0,5}\s(?:Pte\.\sLtd\.|Co\.,?\sLtd\.|Ltd\.|Inc\.|GmbH|LLC|S\.A\.|B\.V\.|"
                              r"Limited|Corporation|Corp\.|S\.r\.l\.|Sp\.\sz\so\.o\.|s\.r\.o\.|Sdn\.\sBhd\.))(?=\*{0,2}[。；;：:，,（(]|$)")
                                    # 锂衡（印尼）镍业有限公司：…: a legal name with a bracketed place inside is the head
_UNITS_INTRO = re.compile(r"(?:下设|设有|设立了?|组建了?|包括|拥有|内设)[^。；：:]{0,16}?(?:研究中心|中心|实验室|研究所|事业部|部门|平台|工作室|分院)[”\"」]?[：:]\s*$"
                          r"|(?:下设|内设)[“\"「][^”\"」。，]{2,12}[”\"」][：:]\s*$"
                          r"|(?:控股子公司|全资子公司|子公司|分公司)(?:及参股公司)?(?:[^。；：:]{0,8}?)(?:包括|如下|情况|有)?[：:]?\s*$"
                          r"|子公司[^。；：:]{0,30}如下[：:]\s*$")
_UNIT_NAME = re.compile(r"(?:中心|实验室|研究所|研究院|事业部|平台|工作室|分院|有限公司|有限责任公司|(?<=[\u4e00-\u9fff]{3})部)$")


def _listed_items(sentences, body: str, intro: re.Pattern, codes: str, neg: re.Pattern, lines: dict | None = None,
                  topic: Mention | None = None):
    """Items listed one per line after a sentence ``intro`` matches: (the entity the announcement names,
    or the article's topic of ``codes``; the item's sentence and its mentions; the item's head; its
    offset). The list
    ends at the first line that is not an item, at a change of marker (二、 after （六）) or when its
    numbering starts again; sentences that go on an item's line are skipped. ``lines``, if given,
    receives each item's sentence index and those of the sentences that go on its line, mapped to the
    item's sentence index. ``topic``: the document the article is (its title), the owner when the
    announcement names none and no other document was named before."""
    history: list[Mention] = [topic] if topic is not None else []
    owner, prev_end, left, kind, last, at = None, 0, 0, None, 0, -1
    for sent, ms in sentences:
        item = _LIST_ITEM.match(sent.text)
        new_line = "\n" in body[prev_end:sent.start]
        prev_end = sent.end
        if item:
            marker = sent.text[:item.start(1)].strip()
            k = "-" if marker[:1] in "-*•·" else ("(" if marker[:1] in "（(" else ("一" if marker[:1] in _CN_ORDINALS else "1"))
            n = _ordinal(marker)
            if kind is not None and (k != kind or (n and n <= last)):
                item, left = None, 0        # 二、支持标准 after （六）…; a second list (（一） again): another list
        if owner is not None and left > 0 and item:
            kind, last = k, n
            left -= 1
            head = _ITEM_LEGAL_HEAD.match(item.group(1)) or _ITEM_HEAD.match(item.group(1))
            if head is None and item.group(1).isascii():
                head = _EN_ITEM_HEAD.match(item.group(1))     # (a long English item: its head, before such as …)
            name = head and head.group(1).strip().strip("*").strip()
            if name and 2 <= len(name) <= 60:
                at = sent.index
                if lines is not None:
                    lines[sent.index] = at
                yield owner, sent, ms, name, sent.text.index(name, item.start(1))
        elif owner is not None and left > 0 and not new_line:
            if lines is not None and at >= 0:
                lines[sent.index] = at    # the item's line goes on
        else:
            owner, left = None, 0
        if intro.search(sent.text) and not neg.search(sent.text):
            named = [t for m in ms for t in m.targets if CODES[t.type] in codes]
            owner = named[-1] if named else _antecedent([], history, codes)
            left, kind, last = 12, None, 0
        history.extend(m for m in ms if m.type != "Date")


_UNITS_INLINE = re.compile(r"(?:下设|设有|内设|组建了?|拥有)[^。；：:，]{0,10}?(?:研究中心|中心|实验室|研究所|事业部|平台|工作室|分院)[：:]\s*"
                           r"|(?:控股子公司|全资子公司|子公司)(?:主要)?(?:包括|有)[：:]\s*"
                           r"|(?:拥有|设有|下设|旗下有)(?:[一二三四五六七八九十两\d]+家)(?:控股子公司|全资子公司|子公司)[：:]\s*")
_INLINE_ITEM = re.compile(r"\s*(?:此外|另外|同时|以及)?[，,]?(?:还)?(?:有|设有|包括)?(?:一个|一家|一所)?((?:(?![的和及在由为是])[^，,；;。：:\s]){2,20}?(?:中心|实验室|研究所|研究院|事业部|平台|工作室|分院|有限公司|有限责任公司))(?=[，,；;。]|$)")


def _semicolon_units(sentences):
    """Units listed inline after an announcement, one per clause ending in ；(研究院下设四个实验室：A实验室，
    由…负责；B实验室，主任为…；C中心。): (the body the announcement names, or the last such body
    before; the item's sentence and its mentions; the item's span in that sentence)."""
    history: list[Mention] = []
    owner = None
    for sent, ms in sentences:
        text = sent.text
        intro = _UNITS_INLINE.search(text)
        if intro:
            named = [t for m in ms if m.end <= intro.start() for t in m.targets if CODES[t.type] in "CIROUAG"]
            owner = named[-1] if named else _antecedent([], history, "CIROUAG")
            start = intro.end()
        elif owner is not None:
            start = 0
        if owner is not None and (item := _INLINE_ITEM.match(text, start)):
            yield owner, sent, ms, item.start(1), item.end(1)
        if not text.rstrip().endswith(("；", ";")):
            owner = None
        history.extend(m for m in ms if m.type != "Date")


_LINE_LEAD = r"^\s*(?:\|\s*|[-*•·]\s*)?(?:\d{1,2}\s*[.．、)]\s*)?"       # a bullet or a number before a labelled line,
_LABEL_SEP = r"(?:\s*[：:]|\s*\|(?=[^|]*\|\s*$))"                                 # or a two-cell table row (| 成立日期 | 2016年 |)
_LABEL_BODY = (r"(?:(?P<founder>举办单位|发起单位|共建单位|主办单位|建设单位|牵头单位|组建单位|出资单位)"
                    r"|(?P<works>负责人|法定代表人|主要负责人|机构负责人|项目负责人|课题负责人|院长|(?:实验室|中心)?主任|所长|理事长|总经理|董事长)"
                    r"|(?P<unit>(?:牵头)?揭榜单位|牵头单位|承担单位|项目承担单位|申报单位|实施单位)"
                    r"|(?P<location>所在区域|所在地|注册(?:及|和|、)?(?:办公|经营)?地址|办公(?:及|和|、)?注册地址|注册地|所在地区|办公地点|总部所在地|总部地址|总部|住所|办公地址|公司地址|经营地址|(?:主要)?经营场所|所在城市|城市|地区)"
                    r"|(?P<founded>成立日期|成立时间|注册日期|设立日期)"
                    r"|(?P<parent>上级单位|主管单位|隶属单位|依托单位|母公司|控股股东)"
                    r"|(?P<people>(?:联合)?创始人|创办人|(?:联合)?创始团队)"
                    r"|(?P<product>核心产品|主要产品|代表产品|主打产品|主营产品)"
                    r"|(?P<subsidiary>(?:全资|控股)?子公司|下属企业|下属公司|对外投资)"
                    r"|(?P<shareholders>(?:主要|现有|变更后|新增|前十大|机构)?股东(?:信息|情况|名称|名单)?))")
_LABEL = re.compile(_LINE_LEAD + _LABEL_BODY + _LABEL_SEP)
# labels inside an entry's line (4．西咸新区沣东生物医药创新研究院 举办单位：… 负责人：温礼成（院长） 所在区域：…)
_INLINE_LABEL = re.compile(r"(?<=[ \t\u3000])" + _LABEL_BODY + r"\s*[：:]")
# a registration block's own name line (1. 名称：烟台鼎岳精密结构件有限公司), and its other labelled lines
_NAME_LABEL = re.compile(_LINE_LEAD + r"(?:(?:公司|企业|单位|机构|注册)?(?:中文)?(?:名称|全称)|(?:股票|证券|公司)简称)" + _LABEL_SEP)
_OTHER_LABEL = re.compile(_LINE_LEAD + r"[\u4e00-\u9fff]{2,10}" + _LABEL_SEP)
_WHOLLY_OWNED = re.compile(r"持股100(?:\.0+)?[%％]|全资|控股子公司")
_CHANGED_TO = re.compile(r"\s*(?:[（(][^）)]{1,8}[）)])?\s*(?:→|->|—>|⇒|变更为|改为|变为)\s*")
_TABLE_FRAME = re.compile(r"\s*\|(?:\s*(?:-{3,}|:?-+:?|项目|内容|字段|信息|事项|名称)\s*\|)+\s*")
_LABEL_HEAD_NAME = re.compile(ORDINAL_LEAD + r"[^：:]{4,40}$")
_LABEL_HEAD = re.compile(ORDINAL_LEAD)


def _prefer_listed_fields(claims: list["Claim"], listed: list["Claim"], item_lines: dict[int, int]) -> list["Claim"]:
    """1. 低空经济。重点支持eVTOL、物流无人机: under a heading that is a field, the rest of its line is
    detail, not more fields; under a task heading ((一)支持整机研发制造。优先发展eVTOL…) it names the fields."""
    fields = {c.sentence.index for c in listed}
    if not fields:
        return claims
    return [c for c in claims if not (c.relation == "prioritizes" and item_lines.get(c.sentence.index) in fields
                                      and "/prioritizes.topic-" in c.extractor)]


def _named_in_line(c: "Claim") -> bool:
    """创始人：谢承志，毕业于…: the implicit side is a person the line itself names."""
    side = c.subject if c.implicit == "s" else c.object
    return getattr(side, "type", None) == "Person" and side.name in c.sentence.text


def _prefer_labelled(claims: list["Claim"], labelled: list["Claim"]) -> list["Claim"]:
    """负责人：冯启航（院长） under an entry: the entry, not the article's topic, is the employer."""
    if not labelled:
        return claims
    lines = {c.sentence.index for c in labelled}
    heads = {(c.sentence.index, c.subject.name): c.subject.start for c in labelled if c.relation == "worksFor"}
    return [c for c in claims if not (c.sentence.index in lines and c.implicit and not _named_in_line(c))
            and not (c.relation == "worksFor" and (c.sentence.index, getattr(c.subject, "name", None)) in heads
                     and getattr(c.object, "start", 0) < heads[c.sentence.index, c.subject.name])] + labelled
            # (…有限公司 负责人：温礼成（院长）: the label says whose head the person is, not the name before it;
            #  实验室主任：何静涵（兰州理工大学…教授）: the post in brackets after the name stays)


def _band_name_places(claims: list["Claim"], named: list[Mention], conf: dict[str, float]) -> list["Claim"]:
    """A place read from a company's name says less of a company the article names once (a row of a
    list, a former employer) or by a short trade name (杭州云枢科技) than of one it is about, and more when it
    stands in brackets (锂恒新材（宜宾）有限公司: a branch named for where it is): those claims get their own
    rule ids, so each band's measured precision is its confidence."""
    seen: dict[str, int] = {}
    for m in named:
        seen[m.name] = seen.get(m.name, 0) + 1
    out = []
    for c in claims:
        if c.extractor == "rules/location.place-in-name":
            place = c.object.name
            band = ("location.place-in-brackets" if f"({place})" in c.subject.name or f"（{place}）" in c.subject.name
                    else "location.place-in-name-short" if not c.subject.name.endswith("公司")
                    else "location.place-in-name-once" if seen.get(c.subject.name, 0) < 2 else None)
            if band:
                c = dataclasses.replace(c, extractor="rules/" + band, confidence=conf[band])
        out.append(c)
    return out


_TEACHING_UNIT = re.compile(r"(?:学院|学系|系|学部)$|^(?:College|School|Department|Faculty)\s(?:of|for)\s")
def _company_of_unit(claims: list["Claim"], conf: float) -> list["Claim"]:
    """中原智行汽车科技有限公司智能网联研究院院长: whoever works in a unit named after its company's legal name
    works for that company too."""
    out = []
    for c in claims:
        if c.relation != "worksFor" or isinstance(c.object, str) or c.confidence < 0.5:
            continue
        m = COMPANY_UNIT.match(c.object.name)
        if m is None:
            continue
        company = Mention(c.object.start, c.object.start + len(m.group(1)), m.group(1), "Company", m.group(1), "suffix")
        out.append(Claim(c.subject, "worksFor", company, c.sentence, "rules/works.unit-of-company", conf,
                         title=c.title, tense=c.tense))
    return out


def _chained_places(claims: list["Claim"], sentences) -> list["Claim"]:
    """总部位于杭州市余杭区|未来科技城: where a stated place runs on into a smaller one with nothing between,
    the company is in the smaller one too (the text gives both; a reader names the most specific)."""
    ms_of = {sent.index: ms for sent, ms in sentences}
    out: list[Claim] = []
    seen = {(c.subject.name, _object_key(c)) for c in claims if c.relation == "location"}
    for c in claims:
        if c.relation != "location" or _is_net(c) or "place-in-name" in c.extractor or not isinstance(c.object, Mention) \
                or c.object.source == "coref" or "label-line" in c.extractor or "table-row" in c.extractor:
            continue          # (a registered address, 注册地址：…区…街道…路: the district is where the company is)
        places = [m for m in ms_of.get(c.sentence.index, ()) if m.type == "Place"]
        here = next((m for m in places if m.start == c.object.start and m.end == c.object.end), None)
        last = here
        while last is not None:
            nxt = next((m for m in places if m.start == last.end), None)
            if nxt is None:
                break
            last = nxt
        if last is not None and last is not here and (c.subject.name, last.name) not in seen:
            seen.add((c.subject.name, last.name))
            chain = c.sentence.text[here.start:last.end]     # 富阳区银湖街道: the smaller place by the whole chain too
            out.append(replace(c, object=replace(last, aliases=last.aliases + (chain,)) if chain not in last.aliases else last))
    return claims + out


def _prefer_stated_places(claims: list["Claim"]) -> list["Claim"]:
    """武汉云翼智航… 落户黄陂临空经济区: where the text puts a company, not the city its name starts with."""
    stated = {(c.subject.name, c.object.name) for c in claims if c.relation == "location" and not _is_net(c)
              and "place-in-name" not in c.extractor}
    placed = {subj for subj, _ in stated}
    return [c for c in claims if not ("place-in-name" in c.extractor and c.subject.name in placed
                                      and (c.subject.name, c.object.name) not in stated)]


# a CV line: "- *Chief Engineer*, Feiyu UAV Technology — 2018 – 2021" / "Professor, South China University of Technology;"
_BIO_ROLE = re.compile(r"(?:^|;\s*)[\s\-*•·]*\**\*?(?P<title>(?:[A-Z][A-Za-z\-]*\.?(?:\s&\s|\s(?:of|and|for)\s|\s)){0,4}" + EN_ROLE_WORD +
                       r"(?:\s(?:of|for)\s[A-Z][A-Za-z\-]*(?:\s[A-Z][A-Za-z\-]*){0,3})?(?:,\s[A-Z][A-Za-z ]{2,30}(?=\*))?)\*?\**,\s*$")
# an education line: "- Beihang University — B.Eng., Aircraft Design"
_BIO_DEGREE = re.compile(r"\s*[—–\-:,]\s*(?:B\.?S\.?|M\.?S\.?|B\.?Sc\.?|M\.?Sc\.?|Ph\.?D\.?|B\.?Eng\.?|M\.?Eng\.?|B\.?A\.?|M\.?A\.?|MBA|EMBA|"
                         r"Master|Bachelor|Doctor|Doctorate|Postgraduate)(?![A-Za-z])")
# a CV heading with the role after the organisation: "**Orbis Edge (Hangzhou …Co., Ltd.)** — Co-founder & VP of Engineering"
_BIO_ROLE_AFTER = re.compile(r"\**\s*(?:\([^()]{2,80}\)\s*)?\**\s*[—–]\s*\**(?P<title>(?:[A-Z][A-Za-z\-]*\.?(?:\s&\s|\s(?:of|and|for)\s|\s)){0,4}"
                             + EN_ROLE_WORD + r"(?:\s(?:&|and)\s(?:[A-Z][A-Za-z\-]*\s){0,2}" + EN_ROLE_WORD + r")?(?:\s(?:of|for)\s[A-Z][A-Za-z\-]*(?:\s[A-Z][A-Za-z\-]*){0,3})?"
                             r"(?:\s(?:Intern|Trainee))?)\**(?:,\s[^;]{2,60})?\s*$")
_PAST_RANGE = re.compile(r"(?:19|20)\d{2}\s?[–—\-]\s?(?:[A-Z][a-z]{2,8}\s)?(?:19|20)\d{2}")


def _bio_blocks(sentences, conf: dict) -> list["Claim"]:
    """Profiles written as CVs (a line with a person's name alone, then lines such as "- *Chief Engineer*,
    Feiyu UAV Technology — 2018 – 2021" or "- Beihang University — B.Eng., Aircraft Design"): each role
    line says the person worked for that organisation (with the title; a closed date range makes it a
    former role), each degree line that the person studied at that university."""
    out: list[Claim] = []
    person = None
    for sent, ms in sentences:
        text = sent.text
        alone = re.sub(r"^[#*\s]+|[*\s]+$", "", text)
        people = [m for m in ms if m.type == "Person"]
        if len(people) == 1 and people[0].text == alone:
            person = people[0]
            continue
        if person is None or any(p.name != person.name for p in people):
            continue          # (a line naming another person is not a line of this CV; headings are gone:
                              # kg.articles.clean_body strips them)
        for m in ms:
            if m.type == "Date":
                continue
            t = m.targets[0]
            if CODES[t.type] in "CUARGIMO":
                role = _BIO_ROLE.search(text[:m.start])
                if role is None and re.fullmatch(r"[\s\-*•·]*", text[:m.start]) and not _BIO_DEGREE.match(text, m.end):
                    role = _BIO_ROLE_AFTER.match(text, m.end)     # **NetEase** — Software Engineer
                if role is not None:
                    rest = text[m.end:m.end + 40].split(";")[0]
                    tense = "former" if _PAST_RANGE.search(rest) else None
                    out.append(Claim(person, "worksFor", t, sent, "rules/works.cv-line", conf["works"],
                                     title=role.group("title").strip(), tense=tense))
            if t.type == "University" and re.fullmatch(r"[\s\-*•·]*", text[:m.start]) and _BIO_DEGREE.match(text, m.end):
                out.append(Claim(person, "alumniOf", t, sent, "rules/alumni.cv-line", conf["alumni"]))
    return out


_SUBSIDIARY_HEADER = re.compile(r"^(?:主要|重要|控股|全资)?(?:子公司|控股子公司|下属公司|下属企业)(?:名称)?$"
                                r"|(?i:^(?:nameof)?(?:principal|major)?subsidiar(?:y|ies)(?:name)?$)")
# the line before a table: 公司主要子公司情况如下：/ The following table sets forth details of these subsidiaries:
_SUBSIDIARY_LEAD = re.compile(r"(?:子公司|下属(?:公司|企业))(?:(?:[、及和]|[^。；;：:]{0,14}?[、及和，,])[^。；;：:]{0,14}?)?(?:的)?(?:具体|基本)?(?:情况|信息|概况|名单|如下|一览)"
                              r"|^[^，。；,;：:]{0,10}(?:子公司|下属公司|下属企业)[^，。；,;：:]{0,8}$|(?i:\bsubsidiaries\s*:?\s*$"
                              r"|details\sof\s(?:these|our|the|its)\s(?:principal\s|major\s)?subsidiaries)")
_STAKE_HEADER = re.compile(r"^(?:直接|间接|合计)?(?:持股|股权|出资|权益)(?:比例|比重)?$|(?i:^(?:equity)?(?:interest|shareholding|stake|ownership)(?:held)?%?$)")
_STAKE_CELL = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*[%％]")
_SUBSIDIARY_CELL = re.compile(r"^(?:全资|控股)?子公司$")
_INVESTORS_HEADER = re.compile(r"^(?:本轮|主要)?(?:投资方|投资机构|投资人|领投方|出资方)$|(?i:^(?:lead)?investors?$)")
_HOST_HEADER = re.compile(r"^(?:依托|所属)(?:单位|高校|企业|机构)$")     # a laboratory's host (| 实验室名称 | 依托单位 |)
_SHAREHOLDER_HEADER = re.compile(r"^(?:主要|前十大|前十名)?股东(?:名称|姓名|名称或姓名)?$")
_FOUNDER_HEADER = re.compile(r"^(?:联合)?(?:创始人|创办人)$|(?i:^(?:co-?)?founders?$)")
_FOUNDED_HEADER = re.compile(r"^(?:成立|创立|创办|设立|注册|注册成立)(?:时间|日期|年份|年月|年度)?$"
                             r"|(?i:^(?:(?:date|year)of(?:establishment|incorporation|founding)|founded|established|incorporated"
                             r"|(?:year|date)(?:founded|established|incorporated)|foundingyear)$)")
_MODEL_HEADER = re.compile(r"^(?:代表|主要|主力|典型)?(?:型号|机型|产品型号|代表产品)$|(?i:^(?:model|models|flagshipmodel|representativemodel)$)")
_BARE_YEAR_CELL = re.compile(r"((?:19|20)\d{2})\s*年?")                   # | 2021 |: the column says it is a date
_PARENT_HEADER = re.compile(r"^(?:上级|所属|隶属)?(?:主管)?(?:单位|部门|集团|母公司)$|^(?:母公司|控股股东|上级主管单位|所属集团)(?:名称)?$")
_CELL_NOT_NAME = re.compile(r"[、，,；;/和及等与“”\"（）()\s]|^[-—–]*$|\d{3}")      # a cell of several items, or none
_NAMED_PRODUCT_HEADER = re.compile(r"^(?:产品|产品名称|应用|应用名称)$|(?i:^(?:app|application)(?:name)?$)")     # a column of names only
_PLACE_HEADER = re.compile(r"^(?:所在地|所在地区|所在区域|所在城市|注册地|地区|城市|区域|总部所在地|总部|"
                           r"(?:所在|所属)?(?:[区县市省镇乡]|街道|镇街|园区|平台|省份|省市|地区){1,3})$")
_PLACE_HEADER_EN = re.compile(r"(?i)^(?:location|headquarters|hq|city|base|placeof(?:establishment|incorporation|registration))$")
# | Place and date of establishment | Suzhou, PRC; 15 May 2019 |: one column with both
_PLACE_DATE_HEADER = re.compile(r"(?i)^(?:placeanddate|dateandplace)of(?:establishment|incorporation|registration)$"
                                r"|^(?:成立|注册|设立)?(?:时间|日期)(?:及|和|与)(?:地点|地址|注册地)$|^(?:注册地|成立地点|注册地点)(?:及|和|与)(?:成立|注册)?(?:时间|日期)$")
# | 主营方向 | 仓储协作机器人"栖木R1" | / | Principal business activities | Development of LanxinOS … | / | 补助项目 |
# "钱湾云链"工业互联网平台迭代升级 |: the named products
_BUSINESS_HEADER = re.compile(r"^(?:主营|主要)?(?:业务|方向|领域)$|^主营(?:业务|方向)(?:领域)?$|^(?:补助|申报|建设|试点|示范|立项|资助|支持|攻关|应用|改造)(?:项目|方向|场景)$|(?i:^(?:principal|main)?business(?:activities|activity)?$)")
_FOUNDING_BODY_HEADER = re.compile(r"^(?:(?:举办|发起|共建|创办|联合共建|合作共建|出资|举办依托)/?)+(?:单位|方|机构)$")    # (brackets dropped: 举办（依托）单位)
_CELL_ROUND_ROLE = re.compile(r"(?:联合领投|领投|跟投|参投|独家投资|等)+$")


# an antecedent class to fall back on when the text names none of the first: a report that sets priorities (政府工作
# 报告, 白皮书…建议重点发展) where no policy is named
_FALLBACK_CLASS = {"POLICY": "REPORT"}
_REPORT_VOICE = re.compile(r"(?:工作报告|报告|白皮书|蓝皮书|工作总结|工作思路)$")     # a document that is a report
_ROW_TYPES = ("Company", "ResearchInstitute", "Investor", "AcademicUnit", "Organization")      # what a table row can be about
_ORG_HEADER = re.compile(r"^(?:企业名称|公司名称|依托企业|所属企业|项目依托企业|依托公司|所在企业|企业|公司"
                         r"|(?:参赛|申报|获奖|入选|承担|建设)(?:单位|企业)|单位名称|机构名称)$")
_PERSON_HEADER = re.compile(r"^(?:姓名|负责人|团队负责人|项目负责人|入选人|入选者|人选|获奖人|获奖者|主讲人|嘉宾|专家|(?:联合)?创始人|创办人"
                            r"|(?:实验室|中心|研究院|研究所|平台|基地)?(?:主任|院长|所长|负责人|带头人|首席科学家|首席专家))$")
# a person column that names the head of the row's own body (| 实验室名称 | 依托单位 | 实验室主任 |)
_HEAD_HEADER = re.compile(r"(?:主任|院长|所长|带头人|首席科学家|首席专家)$")
_FOUNDED_ORG_HEADER = re.compile(r"^(?:创办|创立|所创|创建)(?:的)?(?:企业|公司|机构)(?:名称)?$")
_SCHOOL_HEADER = re.compile(r"^(?:(?:联合)?创始人|创办人|负责人|带头人|法定代表人)?(?:最高学历|最高学位|第一学历|本科|硕士|博士)?(?:所在高校|毕业院校|毕业学校|毕业高校|就读院校|就读高校|学校|高校|院校|母校|毕业学院|毕业院系|院系|学院)(?:及|和|/)?(?:届别|年级|届次|毕业年份|专业)?$")
_EMPLOYER_HEADER = re.compile(r"^(?:所在单位|工作单位|单位|任职单位|现任职单位|现工作单位|就职单位|所在机构|申报单位|承担单位|项目承担单位|所在企业|任职企业)$")


_TITLE_HEADER = re.compile(r"^(?:职称|职务|职位|岗位|头衔|现任职务|职务职称|职称职务|身份)$")


def _person_row(sent, ms: list, cells, header: list[str], conf: dict, topic=None) -> list["Claim"]:
    """A table row about a person (| 姓名 | 所在高校 | 工作单位 |): the school column is where they studied,
    the employer column where they work; with no employer column, a title column (| 姓名 | 职称 |) says
    they work for ``topic``, the organisation the article is about."""
    keys = [header_key(h) for h in header]
    who = next((k for k, h in enumerate(keys) if _PERSON_HEADER.match(h) and k < len(cells)), None)
    if who is None:
        return []
    person = next((t for m in ms if cells[who][0] <= m.start < cells[who][1] for t in m.targets if t.type == "Person"), None)
    if person is None:
        return []
    out = []
    if _HEAD_HEADER.search(keys[who]):        # | 实验室名称 | 依托单位 | 实验室主任 |: the head of the row's own body
        body = next((t for m in ms if m.end <= cells[who][0] for t in m.targets if t.type in ("ResearchInstitute", "Organization",
                                                                                             "AcademicUnit")), None)
        if body is not None:
            return [Claim(person, "worksFor", body, sent, "rules/works.table-cell", conf["works"], title=header[who])]
    for k, (cs, ce, _) in enumerate(cells):
        if k >= len(keys) or k == who:
            continue
        inside = [t for m in ms if cs <= m.start and m.end <= ce for t in m.targets]
        if _FOUNDED_ORG_HEADER.match(keys[k]):
            out.extend(Claim(t, "founder", person, sent, "rules/founder.table-row", conf["founder"])
                       for t in inside if t.type in ("Company", "Investor", "ResearchInstitute"))
        elif _SCHOOL_HEADER.match(keys[k]):
            out.extend(Claim(person, "alumniOf", t, sent, "rules/alumni.table-row", conf["alumni"])
                       for t in inside if t.type in ("University", "AcademicUnit"))
        elif _EMPLOYER_HEADER.match(keys[k]) or (keys[who].endswith("负责人") and _ORG_HEADER.match(keys[k])
                                                 and not any(_SCHOOL_HEADER.match(h) for h in keys)):
            out.extend(Claim(person, "worksFor", t, sent, "rules/works.table-cell", conf["works"])
                       for t in inside if CODES[t.type] in "CRIOUGAM")    # (| 参赛单位 | 项目负责人 |: who leads it there;
                                                                        # beside | 所在高校 |, a student's venture)
    title = next((k for k, h in enumerate(keys) if _TITLE_HEADER.match(h) and k < len(cells) and cells[k][2]), None)
    if topic is not None and title is not None and not any(_EMPLOYER_HEADER.match(h) or _FOUNDED_ORG_HEADER.match(h)
                                                           or _ORG_HEADER.match(h) for h in keys):
                                # (| 姓名 | 创办企业 | 现任职务 |: the title is held at the row's own company)
        out.append(Claim(person, "worksFor", topic, sent, "rules/works.table-title", conf["works"], title=cells[title][2]))
    return out


def _table_rows(sentences, conf: dict, placed: dict[int, str], topic=None) -> list["Claim"]:
    """Markdown tables read by their header: a row's first-column company is a subsidiary of the company
    the article is about (the one named most before the table) under a 子公司 header, when a cell
    says 子公司 or when the line before the table says the rows are subsidiaries; its investors are the names in an 投资方 column (领投/跟投 and 老股东 dropped); its
    founders the people in a 创始人 column; its founding date the date in a 成立时间 column; its products
    the items of a 产品 column (单项冠军产品, 主营产品); its place the place in a 所在地 column (the row's
    index → its subject in ``placed``); its founders the bodies in a 举办单位 or 共建单位 column."""
    out: list[Claim] = []
    counts: dict[str, list] = {}
    header: list[str] | None = None
    caption: Mention | None = None      # the list a table is (附件：2024年度…名单（节选）, the line before it)
    owned_lead = False                  # the line before the table says its rows are subsidiaries
    tenants_lead = False                # the line before the table says its rows are a park's tenants (部分入驻企业)
    parks: dict[str, list] = {}         # the parks the article has named so far, and how often
    lists: list[Mention] = []           # the lists the article has named so far
    row_end = -1                        # where the last table row ended
    for sent, ms in sentences:
        row = TABLE_ROW.match(sent.text)
        if row is None:
            if header is None or caption is None:
                caption = _list_caption(sent.text, ms)
                if header is None and _GENERIC_CAPTION.fullmatch(sent.text.strip()) and not any(
                        m.type not in ("Date", "Group", "Report") for m in ms):
                    named = _named_list(lists, sent.text)         # 获奖名单（一至三等奖）: the list the article names
                    if named is not None:
                        caption = named if _LIST_END.search(named.name) else \
                            Mention(named.start, named.end, named.text, "Group", _list_name(named), "caption")
            lists.extend(_list_targets(ms))
            if header is None:
                owned_lead = _SUBSIDIARY_LEAD.search(sent.text) is not None
                tenants_lead = len(sent.text) <= 40 and _TENANT_LEAD.search(sent.text) is not None
            for m in ms:
                if m.type == "Place" and _PARK_NAME.search(m.name):
                    parks.setdefault(m.name, [0, m])[0] += 1
            header = None
            for m in ms:
                for t in m.targets:
                    if t.type in ("Company", "Investor"):
                        counts.setdefault(t.name, [0, t])[0] += 1
            continue
        cells = table_cells(sent.text)
        if header is not None and sent.start - row_end > 1:
            header = None     # (a blank line between two tables: this row heads the next)
        row_end = sent.end
        if header is None:
            header = [c[2] for c in cells]
            continue
        if all(re.fullmatch(r":?-{2,}:?", c[2]) for c in cells):
            continue          # | --- | --- |
        lead = row_lead(cells)
        out.extend(_person_row(sent, ms, cells, header, conf, topic))
        holders = next((k for k, h in enumerate(header) if _SHAREHOLDER_HEADER.match(header_key(h)) and k < len(cells)), None)
        if holders is not None:       # | 股东名称 | 持股比例 |: the firms that hold shares of the company the article is about
            cs, ce, _ = cells[holders]
            out.extend(Claim(t, "investedIn", topic, sent, "rules/invest.shareholder-row", conf["holder"])
                       for m in ms if cs <= m.start and m.end <= ce for t in m.targets
                       if topic is not None and t.type in ("Company", "Investor") and t.name != topic.name)
            continue
        named = next((k for k, h in enumerate(header) if k > lead and k < len(cells)
                      and (_ORG_HEADER.match(h) or _FOUNDED_ORG_HEADER.match(header_key(h)))), None)
        if named is not None and lead < len(cells) and not any(m.type in _ROW_TYPES and cells[lead][0] <= m.start < cells[lead][1] for m in ms):
            lead = named      # | 项目名称 | 负责人 | 依托企业 |: the row's organisation is in its own column
        first = next((m for m in ms if m.type in _ROW_TYPES and cells[lead][0] <= m.start < cells[lead][1]), None)
        if first is None and counts and not any(m.type in _ROW_TYPES for m in ms):
            maker = max(counts.values(), key=lambda v: v[0])[1]     # | 产品线 | 代表型号 |: the article's company's products
            out.extend(Claim(maker, "develops", t, sent, "rules/develops.table-model", conf["develops"])
                       for k, (cs, ce, _) in enumerate(cells) if k < len(header) and _MODEL_HEADER.match(header_key(header[k]))
                       for m in ms if cs <= m.start and m.end <= ce and m.type in _PRODUCT_TYPES for t in m.targets[:1])
        if first is None:     # (a numbered row: | 1 | 企业名称 | 产品 |, the name in the second cell)
            continue
        subj = first.targets[0]
        if tenants_lead and parks and subj.type in ("Company", "Investor", "ResearchInstitute", "Organization"):
            park = max(parks.values(), key=lambda v: v[0])[1]     # ## 部分入驻企业 in an article about a park
            out.append(Claim(subj, "location", park, sent, "rules/location.tenant-row", conf["location"]))
        if caption is not None and subj.type in ("Company", "Investor", "ResearchInstitute", "Organization", "University"):
            out.append(Claim(subj, "memberOf", caption, sent, "rules/member.table-row", conf["member"]))
        for k, (cs, ce, ctext) in enumerate(cells):
            head = header_key(header[k]) if k < len(header) and k != lead and k >= (1 if lead == 0 else 0) else ""
            inside = [m for m in ms if cs <= m.start and m.end <= ce]
            if _INVESTORS_HEADER.match(head):
                for ps, pe in _investor_spans(sent.text, cs, ce):
                    known = next((m for m in inside if m.start <= ps and pe <= m.end and m.type != "Date"), None)
                    inv = known.targets[0] if known else Mention(ps, pe, sent.text[ps:pe], "Investor", sent.text[ps:pe], "investor")
                    if inv.name != subj.name:
                        out.append(Claim(inv, "investedIn", subj, sent, "rules/invest.table-row", conf["invest"]))
            elif _FOUNDER_HEADER.match(head):
                out.extend(Claim(subj, "founder", t, sent, "rules/founder.table-row", conf["founder"])
                           for m in inside for t in m.targets if t.type == "Person")
            elif _FOUNDING_BODY_HEADER.match(head):
                out.extend(Claim(subj, "founder", t, sent, "rules/founder.table-row", conf["founder"])
                           for m in inside for t in m.targets if CODES[t.type] in "CRIOUG" and t.name != subj.name)
            elif _FOUNDED_HEADER.match(head) or _PLACE_DATE_HEADER.match(head):
                date = next((m.value for m in inside if m.type == "Date" and m.value and not m.approximate), None)
                bare = _BARE_YEAR_CELL.fullmatch(ctext) if date is None else None
                if date or bare:
                    out.append(Claim(subj, "foundingDate", date or bare.group(1), sent, "rules/founded.table-row", conf["founded"]))
                if _PLACE_DATE_HEADER.match(head):
                    out.extend(_place_cell(subj, inside, sent, conf, placed))
            elif _PARENT_HEADER.match(head) or (_HOST_HEADER.match(head) and subj.type == "ResearchInstitute"):
                out.extend(Claim(subj, "parentOrganization", t, sent, "rules/parent.table-cell", conf["parent"])
                           for m in inside[:1] for t in m.targets if CODES[t.type] in "CUARGIMO" and t.name != subj.name)
            elif PRODUCT_HEADER.match(head):
                for part in re.finditer(r"[^、，,；;]+", ctext):
                    ps, pe = cs + part.start(), cs + part.end()
                    item = sent.text[ps:pe].strip()
                    known = next((m for m in inside if m.start <= ps and pe <= m.end and m.type in _PRODUCT_TYPES), None) \
                        or next((m for m in reversed(inside) if ps <= m.start and m.end <= pe and m.type in _PRODUCT_TYPES), None)
                                # (“蜀耘”农业多光谱无人机, 新型口服GLP-1小分子药物CX-08: the product's own name)
                    if (known is None and not 2 <= len(item) <= 20) or item in ("-", "—"):
                        continue
                    prod = known.targets[0] if known else Mention(ps, pe, item, "Product", item, "table")
                    out.append(Claim(subj, "develops", prod, sent, "rules/develops.table-row", conf["develops"]))
            elif _PLACE_HEADER.match(head) or _PLACE_HEADER_EN.match(head):
                if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", ctext) and not re.search(r"[、和与及等]|^(?:全省|全市|全国|多地|其他|不限)$", ctext) \
                        and (not inside or (ctext.endswith(("街道", "镇", "乡", "区", "县", "市")) and not any(m.start == cs and m.end == ce for m in inside))):
                    inside = [Mention(cs, ce, ctext, "Place", ctext, "table")]     # | 富阳区 |: the column says it is a place
                                                                                   # (| 南阳街道 |: the whole cell, not the city inside)
                out.extend(_place_cell(subj, inside, sent, conf, placed))
            elif _BUSINESS_HEADER.match(head):
                out.extend(Claim(subj, "develops", t, sent, "rules/develops.table-row", conf["develops"])
                           for m in inside if m.type in _PRODUCT_TYPES for t in m.targets[:1])
        owned = (owned_lead or _SUBSIDIARY_HEADER.match(header[0]) or (lead < len(header) and _SUBSIDIARY_HEADER.match(header_key(header[lead])))
                 or any(_SUBSIDIARY_CELL.match(c[2]) for c in cells[1:]))
        if owned and counts:
            owner = max(counts.values(), key=lambda v: v[0])[1]
            stake = next((float(x.group(1)) for k, c in enumerate(cells) if k < len(header) and _STAKE_HEADER.match(header_key(header[k]))
                          for x in [_STAKE_CELL.fullmatch(c[2])] if x), None)
            if owner.name != subj.name and stake is not None and stake < 50:
                out.append(Claim(owner, "investedIn", first, sent, "rules/invest.table-stake", conf["invest"]))
                                  # | 常州灵枢传感技术有限公司 | 35% |: a minority stake, no subsidiary
            elif owner.name != subj.name:
                out.append(Claim(first, "parentOrganization", owner, sent, "rules/parent.table-row", conf["parent"]))
    return out


def _place_cell(subj, inside: list, sent, conf: dict, placed: dict[int, str]) -> list["Claim"]:
    """A place column's cell (| 所在地 | 富阳区 |, | Place and date of establishment | Suzhou, PRC; … |): the
    row's subject is there (its first place); the row's index → its subject in ``placed``."""
    place = next((t for m in inside for t in m.targets if t.type == "Place"), None)
    if place is None:
        return []
    placed[sent.index] = subj.name
    return [Claim(subj, "location", place, sent, "rules/location.table-cell", conf["location"])]


_CAPTION_LIST = re.compile(r"^\**\s*(?:附件\d*|附表\d*|表\d+)?[：:\s]*\**\s*[“\"《]?((?:19|20)?[\u4e00-\u9fffA-Za-z0-9“”\"+＋×·]{4,40}?"
                           r"(?:名单|榜单|名录|榜|TOP\s?\d+)(?:[（(]第[一二三四五六七八九十\d]{1,3}批[）)])?)[”\"》]?\s*(?:[（(][^（）()]{1,30}[）)]){0,2}\**[：:]?\**$")
                            # (附件：2025年度河南省“人工智能+制造”示范企业名单（共32家，按地市排序，此处节选）)


# a table's heading that names no list of its own: 获奖名单（一至三等奖）, 一、拟入孵企业名单, 部分新认定实验室一览
_GENERIC_CAPTION = re.compile(r"[#*\s]*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]\s*)?[^\d，。；,;：:|]{0,10}?(?:名单|榜单|名录|一览|一览表)"
                              r"(?:[（(][^）)\d]{1,24}[）)])?[：:]?\**")
_LIST_END = re.compile(r"(?:名单|榜单|名录|(?<=[\u4e00-\u9fff])(?<![上登打霸冲入揭发张放落光])榜|TOP\s?\d{1,3})$")     # (《2025中国AI应用创新TOP20》: a ranking)
# a heading naming a cohort's members (第六期“芯火营”入营团队, 2025年加速营入选企业): the table below is the cohort
_CAPTION_COHORT = re.compile(r"^[#*\s]*((?:第[一二三四五六七八九十\d]{1,3}[期届批]|(?:19|20)\d\d年(?:度)?)?[“\"「]?[\u4e00-\u9fffA-Za-z0-9]{1,16}?"
                             r"(?:营|训练营|加速营|加速器|孵化营|计划|班)[”\"」]?(?:第[一二三四五六七八九十\d]{1,3}[期届批])?)"
                             r"(?:入营|入选|入围|首批|新晋|本期|获选)(?:团队|企业|项目|成员|学员企业)(?:名单|一览)?\**[：:]?\**$")


# the line before a table that says its rows are a park's tenants; a park's name
_TENANT_LEAD = re.compile(r"(?:入驻|入园|在园|园区|落户)(?:的)?(?:重点|部分|代表性|主要|首批)?(?:企业|项目|机构|单位)(?:名单|一览|情况|代表)?")
_PARK_NAME = re.compile(r"(?:产业园|科技园|软件园|创业园|创新园|智造园|园区|小镇|科技城|产业基地|孵化器|加速器)$")


def _list_targets(ms: list[Mention]) -> list[Mention]:
    """The lists among these mentions: a group, report or notice named …名单/榜单/名录 (关于公布X名单的通知
    by its alias X)."""
    return [t for m in ms for t in m.targets if t.type in ("Group", "Report", "Policy")
            and any(_LIST_END.search(n) for n in (t.name, *t.aliases))]


def _list_name(m: Mention | None) -> str | None:
    """A list's own name: a notice's alias for the list it publishes (关于公布X名单的通知 → X名单)."""
    return None if m is None else next((n for n in (m.name, *m.aliases) if _LIST_END.search(n)), m.name)


def _named_list(lists: list[Mention], heading: str) -> Mention | None:
    """The list a generic table heading stands for: the one list the article has named before it, or,
    of several, the one whose name ends as the heading's does (拟入孵企业名单 → …第二批入孵企业名单)."""
    names: dict[str, Mention] = {}
    for m in lists:       # (a notice's alias and the list it publishes are one list: the list's own mention kept)
        key = _list_name(m)
        if key not in names or names[key].type == "Policy":
            names[key] = m
    if len(names) == 1:
        return next(iter(names.values()))
    core = re.sub(r"[（(].*$|[：:*\s]+$", "", heading.strip())

    def tail(m: Mention) -> int:
        best = 0
        for n in (m.name, *m.aliases):
            k = 0
            while k < min(len(n), len(core)) and n[-1 - k] == core[-1 - k]:
                k += 1
            best = max(best, k)
        return best
    ranked = sorted(names.values(), key=tail, reverse=True)
    if ranked and tail(ranked[0]) >= 4 and (len(ranked) == 1 or tail(ranked[1]) < tail(ranked[0])):
        return ranked[0]
    return None


def _list_caption(text: str, ms: list[Mention]) -> Mention | None:
    """A line that names a list and nothing else (附件：2024年度第二批安徽省专精特新中小企业名单（节选）, **2025
    具身智能创新企业TOP30**): the table below it is that list, its rows its members."""
    m = _CAPTION_LIST.match(text.strip()) or _CAPTION_COHORT.match(text.strip())
    if m is None:
        return None
    known = next((x for x in ms if x.type in ("Group", "Report") and x.start <= m.start(1) + 2 and x.end >= m.end(1) - 2), None)
    if known is not None:
        return known.targets[0]
    name = unicodedata.normalize("NFKC", m.group(1))
    return Mention(m.start(1), m.end(1), m.group(1), "Group", name, "caption")


def _investor_spans(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """The investors a table cell lists (蓉城科创基金领投，启明星河资本跟投 / 陕西金控、秦创原基金): each
    clause split as kg.mentions splits an investor list, without its round role (领投, 跟投) and the
    prefixes an investor list drops (老股东)."""
    strip = name_rules()["strip_prefixes"]
    spans = []
    for part in re.finditer(r"[^，,；;/]+", text[cs:ce]):
        for s, e in split_items(part.group(), cs + part.start()):
            role = _CELL_ROUND_ROLE.search(text, s, e)
            if role is not None:
                e = role.start()
            s += len(next((p for p in strip if text.startswith(p, s) and e - s - len(p) >= 2), ""))
            item = text[s:e].strip()
            if 2 <= len(item) <= 20 and not re.search(r"\d", item):
                spans.append((s, e))
    return spans


_EN_FIRM_STEM = re.compile(r"(.+?)\s(?:Capital|Ventures|Venture\sCapital|Venture\sPartners|Partners|Investments?|Asset\sManagement|Investment\sGroup)"
                           r"(?:\s(?:Management\s)?(?:Co\.?,?\s)?(?:Ltd\.?|Limited|LLC|Inc\.?))?")
_ZH_FIRM_STEM = re.compile(r"(.{2,6}?)(?:资本|创投|投资|私募基金管理有限公司|投资管理有限公司|创业投资管理有限公司|资产管理有限公司|"
                           r"股权投资管理有限公司|创业投资有限公司|资本管理有限公司)")
_FUND_NAME = re.compile(r"\bFund(?:\s[IVX]+|\s\d+)?$|基金(?:[（(]有限合伙[）)])?$")


def _fund_firms(sentences, lexicon, conf: float) -> list["Claim"]:
    """Qiantang Peak Capital … Qiantang Peak Fund III; 钱塘峰资本 … 钱塘峰成长二期基金: a fund named after a firm the
    article names (its name begins with the firm's name less Capital, 资本, 创投…) is that firm's fund. The claim
    quotes the sentence that first names the fund."""
    firms: dict[str, Mention] = {}
    funds: list[tuple[Mention, Sentence]] = []
    for sent, ms in sentences:
        for m in ms:
            if m.source == "coref" or m.type not in ("Investor", "Company"):
                continue
            if _FUND_NAME.search(m.name):
                funds.append((m, sent))
            elif (stem := (_EN_FIRM_STEM if m.name.isascii() else _ZH_FIRM_STEM).fullmatch(m.name)) is not None:
                entry = lexicon.lookup(stem.group(1))
                if entry is None or entry.type != "Place":
                    firms.setdefault(stem.group(1), m)
                    place = lexicon.leading_place(stem.group(1), rest=2)
                    if place:
                        firms.setdefault(stem.group(1)[len(place):], m)    # 杭州澄岳资本 … 澄岳二期人民币基金
    out: list[Claim] = []
    done: set[str] = set()
    for m, sent in funds:
        if m.name in done:
            continue
        for stem, firm in firms.items():
            if firm.name != m.name and m.name.startswith(stem + " " if m.name.isascii() else stem) and len(m.name) > len(stem) + 2:
                done.add(m.name)
                parent = Mention(m.start, m.end, firm.name, firm.type, firm.name, "fund-firm", entry=firm.entry)
                out.append(Claim(m, "parentOrganization", parent, sent, "rules/parent.fund-of-firm", conf))
                break
    return out


_DOT_SEP = re.compile(r"\s[·•]\s")
_FOUNDED_CELL = re.compile(r"\s*\**(?:Founded|Established|Est\.|成立于|创立于|成立时间[：:]?)\s*(?:in\s)?((?:19|20)\d{2})年?(?:成立)?\**\s*$"
                           r"|\s*\**((?:19|20)\d{2})年(?:成立|创立)\**\s*$")
_PLACE_CELL_REST = re.compile(r"[\s*()（）,，]*")


def _dot_cell_lines(sentences, conf: dict) -> list["Claim"]:
    """**Aurelia Robotics** / what it makes / Hangzhou (Yuhang District) · Founded 2021 · First invested: Seed: a line
    of cells set apart by · within three lines under an entry's name line gives the entry's founding year (a cell
    Founded 2021) and its place (a cell that is places alone: the last, most specific one)."""
    if not any(_DOT_SEP.search(sent.text) for sent, _ in sentences):
        return []             # (most articles: no line of cells to read, no name line to look for)
    out: list[Claim] = []
    entry, since = None, 0
    for sent, ms in sentences:
        named = _name_line(sent.text, ms)
        if named is not None:
            entry, since = named, 0
            continue
        since += 1
        if entry is None or since > 3 or not _DOT_SEP.search(sent.text):
            continue
        for cell in re.finditer(r"[^·•]+", sent.text):
            cs, ce = cell.span()
            inside = [m for m in ms if cs <= m.start and m.end <= ce]
            founded = _FOUNDED_CELL.fullmatch(sent.text, cs, ce)
            if founded is not None:
                out.append(Claim(entry, "foundingDate", founded.group(1) or founded.group(2), sent, "rules/founded.cell-line",
                                 conf["founded"]))
            places = [m for m in inside if m.type == "Place"]
            rest = "".join(sent.text[a:b] for a, b in zip([cs] + [m.end for m in places], [m.start for m in places] + [ce]))
            if places and len(places) == len(inside) and _PLACE_CELL_REST.fullmatch(rest):
                out.append(Claim(entry, "location", places[-1], sent, "rules/location.cell-line", conf["location"]))
    return out


def _label_blocks(sentences, conf: dict, neg: re.Pattern) -> list["Claim"]:
    """Entries of a notice written as a numbered name and labelled lines under it
    (1．西安秦岭光子技术研究院 / 举办单位：西北大学、… / 负责人：冯启航（院长） / 所在区域：西安高新区): each
    labelled line states a fact of the entry it follows — its founders, its head, its place, its parent.
    An entry written on one line as cells (极光量芯 ｜ 领域：光量子计算 ｜ 城市：合肥) reads each cell so."""
    out: list[Claim] = []
    entry = None
    prev_end = -1
    for sent, ms in sentences:
        same_line = sent.start == prev_end     # 主要人员变更 after - 变更事项：法定代表人变更；: the line goes on
        prev_end = sent.end
        if entry is not None and _LABEL.match(sent.text) is None and (
                same_line or _TABLE_FRAME.fullmatch(sent.text)
                or (sent.text.lstrip().startswith("|") and not any(CODES[m.type] in "CIRO" for m in ms))):
            continue          # (| 项目 | 内容 |, | --- | --- |, | 变更事项 | …: the table around the entry's labelled rows)
        named = _NAME_LABEL.match(sent.text)
        if named is not None:
            firms = [t for m in ms if m.start >= named.end() for t in m.targets if CODES[t.type] in "CIRO"]
            entry = firms[0] if firms else None
            continue
        label = _LABEL.match(sent.text)
        if label is None and entry is not None and _OTHER_LABEL.match(sent.text) and not _LABEL_HEAD_NAME.match(sent.text):
            continue          # 2. 统一社会信用代码：…: another line of the same entry
        if label is None:
            head = _LABEL_HEAD.match(sent.text)
            firms = [t for m in ms if head and m.start <= head.end() + 1 for t in m.targets if CODES[t.type] in "CIRO"]
            lead = next((m for m in ms if head and m.type in ("ResearchInstitute", "Organization", "Company") and m.source == "suffix"
                         and re.fullmatch(r"[\u4e00-\u9fff]{1,6}[区县市]", sent.text[head.end():m.start])), None) if not firms else None
            if lead is not None:      # 4．西咸新区|沣东生物医药创新研究院: the place the recogniser left out is the name's
                firms = [dataclasses.replace(lead, start=head.end(), text=sent.text[head.end():lead.end],
                                             name=sent.text[head.end():lead.end], aliases=lead.aliases + (lead.name,))]
            if not firms and (named := _name_line(sent.text, ms)):
                firms = [named]         # **第1名 杭州深潜智能科技有限公司**: an entry's name line
            entry = firms[0] if firms else None
            if entry is not None and not neg.search(sent.text):
                read: set[int] = set()      # where the labels read as cells begin
                for cell in _LABEL_CELL.finditer(sent.text, ms[0].end):
                    label = _LABEL.match(cell.group(1))
                    if label is not None:
                        read.add(cell.start(1) + label.start(label.lastgroup))
                        out += _label_facts(label, cell.start(1), sent, ms, entry, conf, cell.end())
                inline = [x for x in _INLINE_LABEL.finditer(sent.text) if x.start(x.lastgroup) not in read]
                for k, label in enumerate(inline):
                    out += _label_facts(label, 0, sent, ms, entry, conf,
                                        inline[k + 1].start() if k + 1 < len(inline) else len(sent.text))
            continue
        if label.lastgroup == "unit":       # 牵头揭榜单位：X；项目负责人：Y: the lines that follow are the unit's
            firms = [t for m in ms if m.start >= label.end() for t in m.targets if CODES[t.type] in "CIRO"]
            entry = firms[0] if firms else entry
            continue
        if entry is None or neg.search(sent.text):
            continue
        out += _label_facts(label, 0, sent, ms, entry, conf)
    return out


_PORTFOLIO_TITLE = re.compile(r"投资组合|被投企业|被投项目|投资案例|[Pp]ortfolio")


def _portfolio_entries(title: str, sentences, conf: float) -> list["Claim"]:
    """An investor's portfolio page (its title: 投资组合 | 澜石资本, Portfolio | Jade River Partners): the
    investor the title names invested in each entry the page lists (a line that is an entry's name)."""
    if not _PORTFOLIO_TITLE.search(title):
        return []
    investor = next((t for _, ms in sentences for m in ms for t in m.targets
                     if t.type == "Investor" and (t.name in title or m.text in title)), None)
    if investor is None:
        return []
    out: list[Claim] = []
    for sent, ms in sentences:
        entry = _name_line(sent.text, ms)
        if entry is not None and entry.type in ("Company", "Organization") and entry.name != investor.name:
            out.append(Claim(investor, "investedIn", entry, sent, "rules/invest.portfolio-entry", conf))
    return out


_LABEL_CELL = re.compile(r"[｜|]\s*([^｜|]+)")


def _label_facts(label: re.Match, at: int, sent, ms: list[Mention], entry: Mention, conf: dict,
                 until: int | None = None) -> list["Claim"]:
    """The facts one labelled line (or cell, starting at ``at`` in the sentence and ending at ``until``)
    states of ``entry``."""
    out: list[Claim] = []
    kind = label.lastgroup
    end = at + label.end()
    after = [m for m in ms if m.start >= end and (until is None or m.end <= until)]
    if kind == "founder":
        for m in after:
            for t in m.targets:
                if CODES[t.type] in "CUARGIMO" and t.name != entry.name:
                    out.append(Claim(entry, "founder", t, sent, "rules/founder.label-line", conf["founder"]))
    elif kind == "works":
        people = [t for m in after[:1] for t in m.targets if t.type == "Person"]
        if len(after) > 1 and people and _CHANGED_TO.fullmatch(sent.text, after[0].end, after[1].start):
            people += [t for t in after[1].targets if t.type == "Person"]    # 法定代表人：吴建华 → 沈若琳
        title = re.search(r"[（(]([^）)]{2,12})[）)]", sent.text[end:])
        for p in people:
            out.append(Claim(p, "worksFor", entry, sent, "rules/works.label-line", conf["works"],
                             title=title.group(1) if title else label.group("works")))
    elif kind == "location":
        for m in after[:1]:
            for t in m.targets:
                if t.type == "Place":
                    out.append(Claim(entry, "location", t, sent, "rules/location.label-line", conf["location"]))
    elif kind == "founded":
        date = next((m for m in after if m.type == "Date" and m.value and not m.approximate), None)
        if date is not None:
            out.append(Claim(entry, "foundingDate", date.value, sent, "rules/founded.label-line", conf["founded"]))
    elif kind == "people":            # 创始人：冯书瑶，浙江大学…硕士
        for m in after:
            for t in m.targets:
                if t.type == "Person":
                    out.append(Claim(entry, "founder", t, sent, "rules/founder.label-line-person", conf["founder-person"]))
    elif kind == "product":           # 核心产品：智慧育秧设备“禾苗管家”
        for m in after[:1]:
            for t in m.targets:
                if t.type in _PRODUCT_TYPES:
                    out.append(Claim(entry, "develops", t, sent, "rules/develops.label-line", conf["develops"]))
        if not after:                 # | 主要产品 | 空心杯电机、无框力矩电机及一体化关节模组 |: the items as written
            value = sent.text[end:until].strip().strip("|").strip()
            for it in re.split(r"[、，,；;]|及|以及|和", value) if len(value) <= 80 else ():
                it = it.strip().rstrip("等。")
                if 2 <= len(it) <= 14 and not re.search(r"[的是为在了年月日%％\d]", it):
                    out.append(Claim(entry, "develops", Mention(0, 0, it, "Product", it, "label"), sent,
                                     "rules/develops.label-line-items", conf["develops-items"]))
    elif kind == "subsidiary":        # 全资子公司：…; 对外投资：新设数砚（宁波）智能装备有限公司，持股100%
        if label.group("subsidiary") != "对外投资" or _WHOLLY_OWNED.search(sent.text, end):
            for m in after:
                for t in m.targets:
                    if t.type == "Company" and t.name != entry.name:
                        out.append(Claim(t, "parentOrganization", entry, sent, "rules/parent.label-line-subsidiary",
                                         conf["subsidiary"]))
    elif kind == "shareholders":      # 变更后股东：周立强、…（有限合伙）、浙江云溪产业投资基金有限公司（新增）
        for m in after:
            for t in m.targets:
                if t.type in ("Company", "Investor") and t.name != entry.name:
                    out.append(Claim(t, "investedIn", entry, sent, "rules/invest.label-line", conf["invest"]))
    elif kind == "parent":
        for m in after[:1]:
            for t in m.targets:
                if CODES[t.type] in "CUARGIMO" and t.name != entry.name:
                    out.append(Claim(entry, "parentOrganization", t, sent, "rules/parent.label-line", conf["parent"]))
    return out


_CN_ORDINALS = "一二三四五六七八九十"


def _ordinal(marker: str) -> int:
    """（三） → 3, 12. → 12, - → 0 (no number)."""
    digits = re.sub(r"\D", "", marker)
    if digits:
        return int(digits)
    cn = [c for c in marker if c in _CN_ORDINALS]
    if not cn:
        return 0
    if len(cn) == 1:
        return _CN_ORDINALS.index(cn[0]) + 1
    tens = _CN_ORDINALS.index(cn[0]) + 1 if cn[0] != "十" else 1
    return tens * 10 + (_CN_ORDINALS.index(cn[-1]) + 1 if cn[-1] != "十" else 0)


_ANNOUNCES_MEMBERS = re.compile(r"(?:成员|会员|名单|成员单位|成员企业|入选企业|上榜企业|理事单位|会员单位|副?(?:理事长|会长)单位)[^。]{0,30}[：:]\s*$"
                                r"|(?:榜单|名单|榜)(?:中|里|上)的?(?:部分|主要|代表性|重点|全部)?(?:企业|公司|机构|单位)[^。]{0,20}[：:]\s*$"
                                r"|以下\s*\d{0,4}\s*(?:家|个|名)?(?:单位|企业|机构)[^。]{0,12}(?:会员|成员|理事单位)"
                                r"|^\s*(?:[一二三四五六七八九十]+、)?[^，。,.:：]{0,12}(?:会员|成员|[Mm]embers?)(?:单位|企业|名单|\s[Ll]ist)?(?:[（(][^（）()]{1,8}[）)])?\s*$"
                                r"|\b(?:[Mm]embers?|[Mm]ember\s(?:companies|organi[sz]ations|units)|[Mm]embership)\b[^.]{0,60}:\s*$"
                                r"|\b(?:on|in|named\sto|made)\s(?:the\s)?(?:new\s|latest\s|full\s|this\syear[’']s\s)?(?:list|ranking)[^.]{0,30}:\s*$")
_NOTICE_NAME = re.compile(r"^关于|的(?:通知|公示|公告|通报)$")
_EN_ON_LIST = re.compile(r"\b(?:list|ranking)\b")     # (Among the firms on the new list: a list published, a Report too)
_ON_A_LIST = re.compile(r"上榜|入选|入围|获评|榜单|名单")
_LIST_NAME = re.compile(r"榜|名单|名录|TOP\s?\d+|Top\s?\d+|百强|五十强|十强")
_MEMBER_ENTRY = re.compile(r"^\s*(?:\*\*)?\s*(?:(?:No\.|NO\.|TOP|Top|#)\s?\d{1,3}[：:.]?|第[一二三四五六七八九十\d]{1,3}[名位][：:]?|\d{1,3}\s*[.．、)]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[-•·*]|\|(?:\s*\d{1,3}\s*\|)?)\s*(?:\*\*)?")
_RANKING_HEADING = re.compile(r"\s*(?:#+\s*)?(?:\*\*)?(?:以下(?:为|是))?(?:完整)?的?(?:榜单|排名|排行榜?)(?:一览|如下|全文|详情|揭晓)?(?:\*\*)?\s*[：:]?\s*")
_RANK_COLUMN = re.compile(r"^\s*\|\s*(?:排名|名次|排序)\s*\|")
_RANKING_NAME = re.compile(r"榜|TOP|Top|百强|\d+强|排行")
_SUBLIST_HEADING = re.compile(r"\s*(?:\*\*)?(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)\s*[^，。；,;*]{1,16}?"
                              r"(?:[（(]\d{1,3}(?:家|个|项|人)[）)])?(?:\*\*)?\s*")
_LIST_LEAD = re.compile(r"^.*(?:关于|确定了?|公布了?|发布了?|印发了?|入选|列入|纳入|认定了?|的|对)")


def _named_lists(text: str, tail: str) -> list[str]:
    """The longer names a text gives a list a heading calls by its last words (拟推荐名单 → 第七批专精特新
    “小巨人”企业拟推荐名单): the run before ``tail``, after the verb or clause that introduces it."""
    out = []
    for m in re.finditer(r"([^，。,.:：|\s*#《》（）()]{1,40}?)" + re.escape(tail), text):
        head = _LIST_LEAD.sub("", m.group(1))
        if len(head) >= 3:
            out.append(head + tail)
    return out


_LIST_HEADING = re.compile(r"\s*(?:#+\s*|\*\*)?(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、]\s*)?((?:[^，。,.:：|\s*#《》]){2,40}?名单)(?:[（(][^（）()]{1,12}[）)])?(?:\*\*)?\s*")     # **2025年度杭州市新型研发机构名单**
_BARE_SUBHEADING = re.compile(r"\s*[\u4e00-\u9fffA-Za-z（）()]{2,10}\s*")     # 企业, 高校及科研院所 (bold, the marks gone)
_LIST_BELOW = re.compile(r"((?:[^，。,.:：|\s*#《》（）()]){2,40}?名单)([（(][^（）()]{1,12}[）)])?[^。；]{0,4}?"
                         r"(?:予以公布|公布如下|如下|[（(]?(?:部分)?(?:名单)?(?:见|详见|列于)下表)")   # 现将X名单（第二批）予以公布（部分名单见下表）
_LIST_OPENER = re.compile(r"^(?:现将|特将|兹将|现|将|经[^，。]{0,20}?[，,]?)")
_LISTED = re.compile(r"^\s*(?:[-•·*]\s*)?[^：:，。、]{1,12}[：:]\s*((?:[^、，。；;：:]{2,14}、)+[^、，。；;：:]{2,14}?)(?:等)?\s*[；;。]?\s*$")


def _split_listing(listing: str, offset: int) -> list[tuple[int, int]]:
    spans, pos = [], offset
    for part in listing.split("、"):
        name = part.strip()
        if 2 <= len(name) <= 14:
            start = pos + part.index(name)
            spans.append((start, start + len(name)))
        pos += len(part) + 1
    return spans


def _min_mentions(r: dict) -> int:
    """How many mentions a sentence needs before a rule can match: none when the context fills the
    subject and the object is plain text (一是做强工业软件) or a date (发布日期：2025年4月28日: dates are not
    counted), one when either comes from elsewhere."""
    items = "ITEMS:" in r["pattern"] or "ITEM:" in r["pattern"] or "(?P<o_items>" in r["pattern"]
    if r.get("antecedent") and (items or "{DATE:o}" in r["pattern"]):
        return 0
    return 1 if (r.get("antecedent") or items or "{DATE:o}" in r["pattern"]) else 2


@lru_cache(maxsize=4)
def _cooc_confidences(path: str | None = None) -> dict[str, float]:
    return _net_confidences(_measured(path))


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> tuple[list[Rule], dict]:
    data = load_yaml(path or RULES_FILE)
    titles = name_rules()["title_re"]
    measured = _measured(path)
    rules = []
    for r in data["rules"]:
        facts = r.get("facts") or [{"relation": r["relation"], "s": r.get("s", "s"), "o": r.get("o", "o")}]
        for f in facts:
            if f["relation"] not in RELATIONS:
                raise ValueError(f"rule {r['id']}: unknown relation {f['relation']!r}")
        classes: dict[str, str] = {}
        regex, lists, pairs = _compile(r["pattern"], titles, classes)
        conf = measured.get(r["id"], {}).get("confidence", r.get("confidence", 0.8))
        rules.append(Rule(r["id"], regex, facts, float(conf), lists, pairs,
                          dict(r.get("antecedent", {})),
                          group_classes=classes, unless_named_before=r.get("unless_named_before", ""),
                          recent=bool(r.get("antecedent_recent", False)), min_mentions=_min_mentions(r),
                          counted=bool(r.get("antecedent_counted", False)), anaphor=bool(r.get("anaphor", False)),
                          past=bool(r.get("past", False))))
    return rules, data.get("modifiers", {})


_SIGNATURE_BODY = re.compile(r"[\u4e00-\u9fff（）()]{4,30}(?:人民政府|政府|办公厅|办公室|委员会|管委会|局|厅|联盟|协会|研究院|中心|调查队)")
_POLICY_NAME_INDUSTRY = re.compile(
    r"(?:支持|促进|加快|推动|推进|培育|发展壮大|做大做强|做强|壮大|关于加快|关于促进|关于支持|关于推动)"
    r"([\u4e00-\u9fff]{2,10}?)(?:产业|行业)?(?:高质量|创新|集聚|融合|加快)?(?:发展|建设)")
# 重庆市低空经济产业发展行动计划, 萧山区低空经济与智能装备产业高质量发展三年行动计划: a place, an industry, its plan
_POLICY_NAME_INDUSTRY_PLAN = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,12}?(?:开发区|高新区|新区|经开区)|[\u4e00-\u9fff]{2,8}?(?:省|市|区|县))?(?:([\u4e00-\u9fff]{2,16}?)产业(?:集群)?|([\u4e00-\u9fff]{2,14}?经济))(?:高质量|创新|集聚|融合|加快)?发展"
    r"(?:[一二三四五\d]年)?(?:行动计划|行动方案|实施方案|工作方案|规划|专项规划|若干措施|若干政策|政策措施)")
_PLAN_FIELDS = re.compile(r"([\u4e00-\u9fff]{2,10})(?:与|和|及)([\u4e00-\u9fff]{2,10})")
_FIELD_KINDS = ("未来", "新兴", "战略性新兴", "数字", "前沿")      # (人工智能与未来|产业: the future industries)
# Hangzhou Action Plan for High-Quality Development of the Low-Altitude Economy; Action Plan for Embodied Intelligent Robots
_EN_POLICY_NAME_INDUSTRY = re.compile(
    r"\b(?:Development|Growth|Promotion)\sof\s(?:the\s)?((?:[A-Z][\w\-+]*\s){0,4}?[A-Z][\w\-+]*?)(?:\s(?:Industry|Industries|Sector|Cluster))?"
    r"(?=\s(?:in|for|across)\s[A-Z]|\s?[(（]\d{4}|$)"
    r"|\b(?:Plan|Measures|Programme|Program)\sfor\s(?!(?:High|Accelerat|Promot|Support|Boost|Advanc|Further|Build)\w*)((?:[A-Z][\w\-+]*\s){0,4}?[A-Z][\w\-+]*?)"
    r"(?:\s(?:Industry|Industries|Sector|Cluster))?(?:\s(?:Development|Growth|Innovation|Upgrading|Upgrade|Transformation))?(?=\s(?:in|for|across)\s[A-Z]|\s?[(（]\d{4}|$)")
_BOARD = re.compile(r"([\u4e00-\u9fff（）()]{4,30}(?:" + _BARE_LEGAL_FORM.pattern + r"|集团))(?:董事会|监事会)")
_NOT_SIGNATURE_CHAR = re.compile(r"[^\u4e00-\u9fff（）()\s]")     # (what _SIGNATURE_BODY and the gaps allow)
_SIGNATURE_GAP = re.compile(r"\s{2,}|\u3000+")


def _signature_bodies(line: str, ms: list[Mention]) -> list[Mention]:
    """The issuers a signature line names, one or several side by side (郑州市工业和信息化局　　郑州市科学技术局),
    or [] when the line is not a signature (asked of every sentence by the gate: a character no issuer's
    name has ends it at once)."""
    if _NOT_SIGNATURE_CHAR.search(line):
        return []
    out, pos = [], 0
    for part in _SIGNATURE_GAP.split(line.strip()):
        start = line.index(part, pos)
        pos = start + len(part)
        board = _BOARD.fullmatch(part)          # 浙江恒芯智控科技股份有限公司董事会: the company signs
        if board is not None:
            part, pos = board.group(1), start + len(board.group(1))
        if (board is None and _SIGNATURE_BODY.fullmatch(part) is None) or org_type_of(part) is None:
            return []
        known = next((x for x in ms if x.start == start and x.end == pos and x.type != "Date"), None)
        out.append(known or Mention(start, pos, part, org_type_of(part), part, "suffix"))
    return out


_REPORTER_BEFORE = re.compile(r"(?:记者|通讯员|编辑|责编|作者|撰文|摄影|实习生|特约撰稿人?)[\s：:]*$")
_FULL_DATE = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")
_ISSUES = re.compile(r"印发|发布|出台|颁布|现将|予以公布")
_DOC_NUMBER = re.compile(r"[〔\[［【(（]((?:19|20)\d{2})[〕\]］】)）]\s?第?\d{1,4}号")
_JOINTLY = re.compile(r"共同|合资|联合|携手|合作|合办|合伙|\bjoint(?:ly)?\b|\btogether\s(?:with)\b|\bpartnered\b")
_EN_EXAMPLES = re.compile(r"\s(?:such\sas|like|including)\s.*$"
                          r"|\s(?:powered|driven|built|based|backed|fed|run|used|aimed|designed)\s(?:by|on|at|for|with)\s(?:(?!\sand\s).)*")
                          # (green data centres powered by hydroelectricity and …: the item, not how it is made)
_FORMER_CUE = re.compile(r"辞去|辞任|卸任|不再担任|原为|原任|曾任|曾担任|曾经|曾是|曾在|此前|前任|\bformerly\b|\bformer\b|\bretired\b|(?<![\u4e00-\u9fff])原|(?<=[，,、：:])[原前](?![往进景沿身])|(?<=[是为])[原前](?![往进景沿身几些面后天年期台])")
_BRACKET = re.compile(r"\s?[（(][^（）()\n]{1,40}[）)]")
# a former post stated before its employer: 此前在网易杭州研究院负责…, 原来在网易有道做了很多年
_EARLIER_CUE = re.compile(r"此前|之前|以前|先前|原来|原先|早年|曾经|过去|曾(?!经营)")


_BRACKET_NOT_ALIAS = re.compile(r"子公司|孙公司|所属|下属|旗下|控股|参股|持股|投资|合资|分公司")


_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")     # Zhou Nan (B.Eng. 2009, School of …): a person's degree, no other name


def _emphasis_around(text: str, m: Mention, pos: int) -> int:
    """How many Markdown emphasis marks (* or **) enclose a mention on both sides: 0 if none."""
    for k in (2, 1):
        if m.start - k >= pos and text[m.start - k:m.start] == "*" * k and text[m.end:m.end + k] == "*" * k \
                and text[m.start - k - 1:m.start - k] != "*" and text[m.end + k:m.end + k + 1] != "*":
            return k
    return 0


def build_template(text: str, mentions: list[Mention]) -> tuple[str, list[tuple[int, int, int, int]]]:
    """Replace each mention by a placeholder; return the template and (t_start, t_end, s_start, s_end) pieces."""
    out, spans, pos, tpos = [], [], 0, 0
    skip: set[int] = set()
    for i, m in enumerate(mentions):
        if id(m) in skip:
            continue
        stars = _emphasis_around(text, m, pos)        # *Zhejiang Action Plan …* names …: the marks go with the name
        chunk = text[pos:m.start - stars]
        out.append(chunk)
        spans.append((tpos, tpos + len(chunk), pos, m.start - stars))
        tpos += len(chunk)
        ph = f"{OPEN}{CODES[m.type]}{i}{CLOSE}"
        out.append(ph)
        end = m.end + stars
        if m.type != "Date" and m.start >= pos:
            # a bracketed alias right after a name belongs to it: 启明芯算（QiMing Compute）, 深度求索(DeepSeek)
            br = _BRACKET.match(text, end)
            if br:
                inside = [x for x in mentions[i + 1:] if x.start < br.end()]
                content = br.group().strip().strip("（）()").strip()
                rest = content
                for x in inside:
                    rest = rest.replace(x.text, "")
                alias_like = not (m.type == "Place" and content.isascii() and content.isupper()) \
                    and not (m.type == "Person" and (_YEAR_IN.search(content) or any(x.type != "Person" for x in inside))) and (
                    (content.isascii() and not any(x.type == "Place" != m.type for x in inside)) \
                    or (all(x.name == m.name or x.type == m.type
                            or (x.type == "Place" and content.startswith(x.text) and m.name.startswith(x.text) and len(content) > len(x.text))
                            for x in inside)    # (Chutian Robotics (Wuhan): a place; 绍兴市…集团有限公司（绍兴城投）: its short name)
                        and not _BRACKET_NOT_ALIAS.search(rest)))    # (X（Y集团所属企业）: the parent, no other name)
                if all(x.end <= br.end() for x in inside) and alias_like:
                    end = br.end()
                    skip.update(id(x) for x in inside)
        spans.append((tpos, tpos + len(ph), m.start, end))
        tpos += len(ph)
        pos = end
    out.append(text[pos:])
    spans.append((tpos, tpos + len(text) - pos, pos, len(text)))
    return "".join(out), spans


def to_text(tstart: int, tend: int, spans, text: str) -> tuple[int, int]:
    """Map a template span back to sentence offsets."""
    s = e = None
    for a, b, x, y in spans:
        if s is None and a <= tstart < b:
            s = x + (tstart - a if b - a == y - x else 0)
        if a < tend <= b:
            e = x + (tend - a if b - a == y - x else y - x)
    return (s if s is not None else 0), (e if e is not None else len(text))


class RuleExtractor:
    name = "rules.v1"

    def __init__(self, lexicon: Lexicon | None = None, rules_path: str | None = None, gated: bool = True):
        self.lexicon = lexicon or get_lexicon()
        self.rules, self.modifiers = load_rules(rules_path)
        self.gated = gated              # False: tag every sentence (the gate still gives its verdicts)
        self.gate = sentence_gate(rules_path)
        self._type_bit = self.gate.type_bits(CODES)   # same (cached) rule list: rule i is bit i
        self.retries = 0
        self.record_pairs: list | None = None     # kg.pairs training: candidates are collected, not scored
        mod = self.modifiers
        self._neg = re.compile("|".join(mod.get("negation", ["并非"])))
        self._hedge = re.compile("|".join(mod.get("hedge", ["据称"])))
        self._former = re.compile("(?:" + "|".join(mod.get("former", ["原"])) + ")$")
        self._round = re.compile(mod.get("round", r"[A-E天种子Pre\-]+\+?轮"))
        self._amount = re.compile(mod.get("amount", r"\d+(?:\.\d+)?[亿万]元"))
        self._not_industry = re.compile(mod.get("not_industry", r"(?!)"))
        measured = _measured(rules_path)
        self._listed_conf = measured.get("member.listed-below", {}).get("confidence", 0.7)
        self._unit_name_conf = measured.get("parent.unit-name", {}).get("confidence", 0.9)
        self._article_unit_conf = measured.get("parent.unit-of-article-university", {}).get("confidence", 0.8)
        self._past_rules = {"rules/" + r.id for r in self.rules if r.past}
        self._unit_after_conf = measured.get("parent.unit-after-unit", {}).get("confidence", 0.8)
        self._fund_name_conf = measured.get("parent.fund-of-firm-name", {}).get("confidence", 0.8)
        self._doc_topic: Mention | None = None     # the document an article is (its title names it)
        self._bare_units: set[str] = set()      # an article's schools named alone, qualified by its university
        self._fund_firm_conf = measured.get("parent.fund-of-firm", {}).get("confidence", 0.7)
        self._cell_line_conf = {k: measured.get(f"{k}.cell-line", {}).get("confidence", 0.8) for k in ("founded", "location")}
        self._unit_alumni_conf = measured.get("alumni.unit-of-university", {}).get("confidence", 0.85)
        self._founding_firm_conf = measured.get("parent.sole-founding-firm", {}).get("confidence", 0.7)
        self._unit_staff_conf = measured.get("works.unit-of-university", {}).get("confidence", 0.8)
        self._doc_number_conf = measured.get("date.document-number", {}).get("confidence", 0.8)
        self._listed_priority_conf = measured.get("prioritizes.listed-below", {}).get("confidence", 0.8)
        self._label_conf = {rel: measured.get(f"{rel}.label-line", {}).get("confidence", 0.75)
                            for rel in ("founder", "works", "location", "parent", "founded", "develops")}
        self._portfolio_conf = measured.get("invest.portfolio-entry", {}).get("confidence", 0.8)
        self._label_conf["founder-person"] = measured.get("founder.label-line-person", {}).get("confidence", 0.8)
        self._label_conf["subsidiary"] = measured.get("parent.label-line-subsidiary", {}).get("confidence", 0.8)
        self._label_conf["develops-items"] = measured.get("develops.label-line-items", {}).get("confidence", 0.7)
        self._label_conf["invest"] = measured.get("invest.label-line", {}).get("confidence", 0.75)
        self._infobox_conf = {key: measured.get(f"{key}.infobox-line", {}).get("confidence", 0.75)
                              for key in ("founder", "works", "location", "founded", "develops", "subsidiary", "parent", "invest")}
        self._table_conf = {rel: measured.get(f"{rel}.table-row", {}).get("confidence", 0.8)
                            for rel in ("parent", "invest", "founder", "founded", "develops", "location", "alumni")}
        self._table_conf["works"] = measured.get("works.table-cell", {}).get("confidence", 0.8)
        self._table_conf["holder"] = measured.get("invest.shareholder-row", {}).get("confidence", 0.8)
        self._table_conf["member"] = measured.get("member.table-row", {}).get("confidence", 0.75)
        self._cv_conf = {rel: measured.get(f"{rel}.cv-line", {}).get("confidence", 0.8) for rel in ("works", "alumni")}
        self._listed_unit_conf = measured.get("parent.listed-below", {}).get("confidence", 0.8)
        self._listed_product_conf = measured.get("develops.listed-with-product", {}).get("confidence", 0.75)
        self._section_item_conf = measured.get("develops.product-section-item", {}).get("confidence", 0.7)
        self._sig_conf = measured.get("publisher.notice-signature", {}).get("confidence", 0.8)
        self._policy_name_conf = {rid: measured.get(rid, {}).get("confidence", 0.75)
                                  for rid in ("prioritizes.policy-name", "prioritizes.plan-name")}
        self._division_conf = measured.get("parent.division-name", {}).get("confidence", 0.6)
        self._title_issuer_conf = measured.get("publisher.issuer-in-title", {}).get("confidence", 0.9)
        self._name_place_conf = {rid: measured.get(rid, {}).get("confidence", prior) for rid, prior in
                                 (("location.place-in-name", 0.8), ("location.place-in-name-province", 0.5),
                                  ("location.place-in-name-once", 0.45), ("location.place-in-name-short", 0.3),
                                  ("location.place-in-brackets", 0.8))}
        self._name_maker_conf = measured.get("develops.maker-in-product-name", {}).get("confidence", 0.8)
        self._bare_head_conf = measured.get("works.bare-head-of-government", {}).get("confidence", 0.85)
        self._counted_conf = measured.get("member.counted-list", {}).get("confidence", 0.75)
        self._unit_company_conf = measured.get("works.unit-of-company", {}).get("confidence", 0.75)
        self._founding_conf = measured.get("founded.with-founder", {}).get("confidence", 0.75)
        self._cooc_conf = _cooc_confidences(rules_path)

    def _type_mask(self, mentions: list[Mention]) -> int:
        """The gate's mask of the mentions' class codes."""
        bit = self._type_bit
        mask = 0
        for m in mentions:
            mask |= bit[m.type]
        return mask

    def mentions_for(self, article: Article, verdicts: dict[int, bool] | None = None) \
            -> list[tuple[Sentence, list[Mention]]]:
        """Each sentence with its mentions (coreference included). ``verdicts``, if given, receives the
        gate's verdict per sentence index (true: some rule can hold there), tagged or not.

        jieba tags a sentence only when the gate says it can matter (kg.gate.SentenceGate). When a
        coreference cue's answer depends on a sentence that went untagged (or it finds none), the
        article is read again from that sentence on with it tagged (from a snapshot of the state
        taken there), so an untagged sentence never changes what a back-reference points to."""
        sentences = split_sentences(article.body)
        out: list[tuple[Sentence, list[Mention]]] = []
        history: list[Mention] = _document_topic(article)
        by_sentence: list[list[Mention]] = []
        last_year, last_day = None, None
        local = Gazetteer(self.lexicon)
        local.declare(article.body, org_type_of, article.title or "")
        asking = _askers(article.body)
        people = person_names(article.body)
        for name in sorted(people):
            local.add(name, "Person", name)
        for name in sorted(brand_names(article.body) | entry_names(article.body), key=lambda n: (-len(n), n)):
            if not any(name.startswith(p) and len(name) - len(p) <= 1 for p in people):
                local.add(name, org_type_of(name) or "Company", name)   # (许嘉禾则南下: a person, then 则)
                                  # (longest first, in a fixed order: a set's order changes with the hash seed,
                                  # and a trade name learned after its full name is that company's — 晴川光能)
        for name, typ in table_names(article.body).items():
            local.add(name, typ, name)
            short = legal_short_form(name, self.lexicon)
            if short:
                local.add(short, typ, name)     # | 深圳晨芯微感科技有限公司 | … 他在深圳南山创办晨芯微感
        for name in _section_item_names(article.body):
            local.add(name, "Product", name)     # 我们在做什么 / - 衡思：…: a product of the page's company, no person
        for name in column_cells(article.body, _NAMED_PRODUCT_HEADER) if "|" in article.body else ():
            if 2 <= len(name) <= 8 and not _CELL_NOT_NAME.search(name):
                local.add(name, "Product", name)     # | 13 | 农知 | 禾丰数智 |: an app's name, no person's
        for short, name in sorted(early_short_names(article.body, self.lexicon).items()):
            local.add(short, org_type_of(name) or "Company", name)
        titles: list[Mention] = []
        gate = self.gate
        force: set[int] = set()
        untagged: dict[int, tuple] = {}        # sentence index -> the state before it (to go back to)
        skipped = False

        verdicts = {} if verdicts is None else verdicts

        def needs_tagger(text: str, taken: list[Mention]) -> bool:
            nonlocal skipped
            verdict = verdicts[i] = gate.needs_tagger_mask(text, self._type_mask(taken))
            if not self.gated or i in force or i == 0 or _signature_bodies(text, []) or _NAME_ALONE.fullmatch(text):
                return True       # (an issuer's line names the article's likely topic, a name alone on its line or
                                  # heading one — **陈思远**, 2. 傅晓冬：二十年只做一件事 — the person what follows is
                                  # about, and the source the gazetteer gives the name later: always read; so is the
                                  # first line, the headline, whose names later sentences repeat: 对话跃岭机器人郑叙白)
            skipped = not verdict
            return verdict

        speakers = _speakers(sentences)
        para_first = [0] * len(sentences)      # the index of the first sentence of each one's paragraph
        for k in range(1, len(sentences)):
            para_first[k] = k if "\n" in article.body[sentences[k - 1].end:sentences[k].start] else para_first[k - 1]
        firms: dict[str, Mention] = {}       # interviewees → the company they lead
        author: str | None = _narrator(article.title or "", firms)   # a signed piece (作者：X（Y创始合伙人）, or a
                                             # title's 瞳视科技创始人许沐阳自述): 我 is X, 我们 is Y
        titled_firms: dict[str, Mention] = {}    # the same from an interview's title (对话澄源资本顾清扬), when the
        _interviewee(article.title or "", titled_firms, local)      # text itself does not say it
        spoken, turn_para = False, 0         # the current speaker's turn speaks in the first person; where it opened
        signer: str | None = None            # any signed piece (文｜X, □ X): （作者系…） is X
        i = 0
        while i < len(sentences):
            sent = sentences[i]
            skipped = False
            verdicts[i] = True            # (sentences the gate is not asked about: English ones)
            ms = recognise(sent.text, self.lexicon, article.date, last_year, local=local, gate=needs_tagger, last_day=last_day)
            if sent.text.isascii() and any(m.type == "Report" for m in ms):
                ms = [x for x in (_serial_named(m, article.body, by_sentence[0] if 0 < i < 4 else None) for m in ms) if x is not None]
            if (para_first[i] == i and sent.text[-1:] == ".") or (sent.text[:1].isdigit() and sent.text.isascii()):
                heading = run_in_heading(sent.text, article.body[sent.end:sent.end + 1] == " ", self.lexicon, ms,
                                         article.body[sent.end:sent.end + 600])
                if heading is not None:
                    ms.append(heading)
            if skipped:
                untagged[i] = (len(history), last_year, last_day, len(titles), local.snapshot())
            local.learn(ms)
            local.learn_brackets(sent.text, ms)
            _short_titles(ms, titles)
            dates = [m for m in ms if m.type == "Date" and m.value and not m.approximate and len(m.value) >= 4]
            if dates:
                last_year = int(dates[-1].value[:4])
            last_day = next((m.value for m in reversed(dates) if len(m.value) == 10), last_day)
            reach: list[int] = []
            _leaders(ms, sent.text, firms)
            if i < 4 and author is None:
                author = _author(sent.text, ms, firms) or _poster(sent.text, ms, i) or _account(sent.text, ms, firms)
            if i < 6 and author is None:
                author = _en_interviewee(sent.text, ms, history)
            if i < 4 and signer is None:
                signer = _signer(sent.text, ms)
            if speakers[i] is None or i == 0 or speakers[i] != speakers[i - 1]:
                spoken, turn_para = False, para_first[i]
            if para_first[i] == turn_para and speakers[i] is not None and _SPEECH.search(sent.text):
                spoken = True     # the turn's opening paragraph speaks in the first person: 苗青禾：我… is someone
                                  # speaking; 何振宇：2008届毕业…，毕业后他加入… a profile headed by its subject
            asked = sent.text.isascii() and sent.text.rstrip(" *").endswith("?")     # an English interviewer's question
            ms = ms + _first_person(sent.text, ms, speakers[i] or (None if asked else author), firms, titled_firms) \
                + _author_note(sent.text, ms, signer)
            ms = sorted(ms + resolve_references(sent.text, ms, history[-60:], by_sentence[-3:], reach,
                                                min(3, i - para_first[i]),
                                                [(sentences[k].text, by_sentence[k]) for k in range(para_first[para_first[i] - 1], para_first[i])]
                                                if para_first[i] else None, speakers[i] if spoken else None),
                        key=lambda m: m.start)
            if "总" in sent.text or "董" in sent.text:
                ms = sorted(ms + _boss_names(sent.text, ms, history), key=lambda m: m.start)
            for m in ms:
                if m.source != "coref" and _CONTRAST_BEFORE.search(sent.text, max(0, m.start - 4), m.start) \
                        and _CONTRAST_AFTER.match(sent.text, m.end):
                    m.contrast = True   # 与灵犀神经不同，上海脉域医疗…: the sentence is about the other one
                if _OWNER_ASIDE.match(sent.text, m.end) and sent.text[m.start - 1:m.start] in ("为", "是", "系") \
                        and m.type in ("Company", "Investor"):
                    m.aside = True      # X为公司全资子公司，位于…: the clause goes on about X, not about 公司
            retry = [j for j in range(i - max(reach), i + 1) if j in untagged] if reach and untagged else []
            if retry:
                self.retries += 1
                force.update(retry)
                i = retry[0]
                n_history, last_year, last_day, n_titles, gaz = untagged[i]
                for j in [j for j in untagged if j >= i]:
                    del untagged[j]
                del out[i:], by_sentence[i:], history[n_history:], titles[n_titles:]
                local.restore(gaz)
                continue
            out.append((sent, ms))
            history.extend(m for m in ms if m.type != "Date" and not _speaker_label(m, sent.text, asking))
            by_sentence.append([m for m in ms if m.type != "Date"])
            i += 1
        return out

    def extract(self, article: Article) -> Extraction:
        history: list[Mention] = _document_topic(article)
        topic = history[0] if history else None
        self._doc_topic = topic if topic is not None and topic.source == "title" and _REPORT_VOICE.search(topic.name) else None
        verdicts: dict[int, bool] = {}
        sentences = self.mentions_for(article, verdicts)
        homes = _qualify_bare_bodies(article.title or "", sentences, self.lexicon)
        self._bare_units = _qualify_bare_units(article.title or "", sentences, self.lexicon)
        _name_bare_documents(sentences, self.lexicon)
        claims = self._sentence_claims(article, sentences, history, verdicts, homes)
        claims = self._document_claims(article, sentences, claims, topic)
        return Extraction(_one_maker(_no_parent_cycles(claims)), sentences)

    def _sentence_claims(self, article: Article, sentences, history: list[Mention], verdicts: dict[int, bool],
                         homes: dict[str, str] | None = None) -> list[Claim]:
        """Sentence by sentence: the patterns, then the co-occurrence net and the learned pairs for what
        they left, and the facts a name carries (a unit's parent, a company's place, a policy's field)."""
        claims: list[Claim] = []
        recent: list[Mention] = []          # the previous sentence's mentions (antecedent_recent rules)
        named_priorities: set[str] = set()  # policies whose name's industry was already read
        titled: set[str] = set()            # documents whose title's issuers were already read
        history = _History(history)
        asking = _askers(article.body)
        timeline = _timeline_dates(article.body, sentences)
        prev_end = 0
        for sent, ms in sentences:
            if "\n" in article.body[prev_end:sent.start]:
                history.prev_para_start = history.para_start
                history.para_start = len(history)       # a new paragraph
                if _name_line(sent.text, ms):
                    history.section_start = len(history)    # 🔹 杭州语川智能科技有限公司（A轮）: what follows is about it
                elif _HEADING_LIKE.fullmatch(sent.text) and not _LABEL_LINE.match(sent.text):
                    history.section_start = None        # (总部：杭州市西湖区: a labelled line of the entry, no heading)
            prev_end = sent.end
            start = len(claims)
            found = [_government_of_place(c) for c in self._sentence(sent, ms, history, recent) if _plausible_employer(c)]
            dated = timeline.get(sent.index)
            if dated is not None:     # the entry's date facts read as if the sentence began with its year (no others:
                plain = {(c.subject.name, c.relation) for c in found}                        # ^-anchored rules see no
                found += [c for c in self._sentence(sent, [dated] + ms, history, recent)     # date there)
                          if c.relation in DATE_RELATIONS and c.object == dated.value and not c.implicit
                          and (c.subject.name, c.relation) not in plain]
            found += self._division_bodies(found)
            found += self._founding_firms(sent, found)
            if homes and "长" in sent.text:
                found += self._bare_heads(sent, ms, found, homes)
            claims.extend(found)
            net = _not_one_of_them(sent, ms, self._cooccurrence(sent, ms, found, history))
            claims.extend(net)
            if verdicts.get(sent.index, True):      # the learned pairs: where the gate sees a relation's words
                claims.extend(c for c in _not_one_of_them(sent, ms, self._pairs(sent, ms, found + net, history))
                              if not (c.implicit and c.relation == "worksFor" and _REPORTER_BEFORE.search(sent.text, 0, c.subject.start)))
                              # (本报记者 周雯: the reporter, not an employee of what the article is about)
            parents = self._unit_parents(sent, ms)
            claims.extend(parents)
            claims.extend(self._unit_alumni(sent, claims[start:], parents))
            claims.extend(self._name_places(sent, ms))
            claims.extend(self._counted_members(sent, ms, history))
            claims.extend(self._name_priorities(sent, ms, named_priorities))
            claims.extend(self._title_publishers(sent, ms, titled))
            history.extend(m for m in ms if m.type != "Date" and not _speaker_label(m, sent.text, asking))
            recent = _groups_last(ms, found + net, sent.text)
        return claims

    def _document_claims(self, article: Article, sentences, claims: list[Claim], topic: Mention | None) -> list[Claim]:
        """The passes that read the document's structure (a notice's signature, numbered lists, labelled
        entries, CV blocks, tables) and the preferences between what they and the sentences found."""
        claims.extend(self._signature(sentences, claims, topic))
        claims.extend(self._document_numbers(sentences, claims))
        claims.extend(self._member_listings(sentences))
        item_lines: dict[int, int] = {}
        listed = self._priority_listings(sentences, article.body, item_lines, topic)
        claims = _prefer_listed_fields(claims + listed, listed, item_lines)
        claims.extend(self._unit_listings(sentences, article.body))
        claims = _prefer_labelled(claims, _label_blocks(sentences, self._label_conf, self._neg))
        claims = _chained_places(_prefer_stated_places(claims), sentences)
        named = [m for _, ms in sentences for m in ms if m.type != "Date"]
        claims = _band_name_places(claims, named, self._name_place_conf)
        claims = _name_makers(sentences, claims, self._name_maker_conf)
        claims.extend(_listed_products(sentences, claims, self._listed_product_conf))
        claims.extend(_product_section_items(article.body, sentences, self._section_item_conf))
        claims.extend(_bio_blocks(sentences, self._cv_conf))
        claims.extend(_portfolio_entries(article.title or "", sentences, self._portfolio_conf))
        claims.extend(_fund_firms(sentences, self.lexicon, self._fund_firm_conf))
        claims.extend(_dot_cell_lines(sentences, self._cell_line_conf))
        firm = _antecedent([], named, "CIRO")
        for s, rel, o, sent, key, *title in infobox_facts(sentences, article.body, firm):
            claims.append(Claim(s, rel, o, sent, f"rules/{key}.infobox-line", self._infobox_conf[key],
                                title=title[0] if title else None))
        placed: dict[int, str] = {}
        table = _table_rows(sentences, self._table_conf, placed, _antecedent([], named, "CUARIO"))
        schooled = {(c.sentence.index, c.subject.name, c.object.name) for c in table if c.relation == "alumniOf"}
        claims = [c for c in claims if not (c.extractor == "rules/location.table-row" and c.sentence.index in placed)
                  and not (c.extractor in ("rules/works.table-row", "rules/works.unit-of-university") and not isinstance(c.object, str)
                           and any((c.sentence.index, c.subject.name) == (i, p) and u.startswith(c.object.name) for i, p, u in schooled))] + table
                                # (| 机构 | 共建单位 | 所在区 |: the place column says where the row's first name is, and
                                #  | 企业 | 设区市 | 区（县、市） |: the column that says where, not any place cell;
                                #  | 姓名 | 所在高校 |: a school column says where the person studied, not works, nor at
                                #  the university of a school: | 钱思源 | 浙江大学医学院 |)
        claims.extend(_founding_dates(sentences, claims, self._founding_conf))
        claims.extend(_company_of_unit(claims, self._unit_company_conf))
        parents = [c for c in claims if c.relation == "parentOrganization"]
        for c in [c for c in table if c.relation == "alumniOf"]:
            claims.extend(self._unit_alumni(c.sentence, [c], parents))     # | 林若川 | 材料科学与工程学院 2011届 |
        return claims

    def _cooccurrence(self, sent: Sentence, ms: list[Mention], found: list[Claim], history) -> list[Claim]:
        """The recall net of kg/cooccur.py, for what no pattern found in this sentence."""
        out = []
        ante = _clause_antecedent(history)
        for rel, subj, obj, tier in cooccur.find(sent.text, ms, CODES, self._neg, self._hedge, ante):
            if _side_given(rel, subj, obj, found) or (rel == "investedIn" and _listed_together(sent.text, subj, obj, ms)):
                continue
            rid = f"cooc.{tier}.{rel}"
            out.append(_net_claim(subj, rel, obj, sent, "rules/" + rid, self._cooc_conf.get(rid, 0.45),
                                  "s" if tier == "topic" else ""))
        return out

    def _pairs(self, sent: Sentence, ms: list[Mention], found: list[Claim], history) -> list[Claim]:
        """The learned recall net of kg/pairs.py, for what neither the patterns nor the co-occurrence net
        found in this sentence. A pair whose relation a fact of the sentence already gives for one of its
        sides (a second employer, a co-founder) is scored with that as a feature, so the model and its
        measured precision decide; what ``_pair_blocked`` blocks is never scored."""
        ante = _clause_antecedent(history)
        cands = pairs.candidates(sent.text, ms, CODES, ante, self._neg, self._hedge)
        if self.record_pairs is not None:
            for c in cands:
                c.blocked = _pair_blocked(c, found, text=sent.text, row=ms)
            self.record_pairs.extend(cands)
            return []
        out = []
        for c in cands:
            if _pair_blocked(c, found, text=sent.text, row=ms) or _pair_blocked(c, out, given=False, text=sent.text):
                continue
            conf = pairs.confidence(c.features)
            if conf < pairs.MIN_CONFIDENCE:
                continue
            implicit = "s" if c.subject_mention is None else "o" if c.object_mention is None else ""
            out.append(_net_claim(c.subject, c.relation, c.object, sent, "rules/pairs." + c.relation, conf, implicit))
        return out

    def _member_listings(self, sentences) -> list[Claim]:
        """Members listed line by line after a sentence that announces them (首批成员覆盖四类：
        / - 模型研发：A、B、C；, or one numbered entry or table row per member: 1. 广州飞鹞航空科技有限公司（…）):
        each listed name is a member of the group the announcement names, or of the article's group or
        alliance when it names none."""
        out: list[Claim] = []
        group, left, entries, wait, gap = None, 0, 0, 0, 0
        history: list[Mention] = []
        for sent, ms in sentences:
            line = _LISTED.match(sent.text)
            if line and group is not None and left > 0:
                left -= 1
                for s_, e_ in _split_listing(line.group(1), line.start(1)):
                    known = next((m for m in ms if m.start == s_ and m.end == e_), None)
                    if known is not None and CODES[known.type] not in "CRIOUA":
                        continue      # (高校院所：…无人机研究院、…航空航天学院: a college is a member too)
                    m = known or Mention(s_, e_, sent.text[s_:e_], "Company", sent.text[s_:e_], "list")
                    out.append(Claim(m, "memberOf", group, sent, "rules/member.listed-below", self._listed_conf))
                continue
            if group is not None and entries > 0 and len(ms) == 1 and CODES[ms[0].type] in "CRIOUA" \
                    and ms[0].start == len(sent.text) - len(sent.text.lstrip()) and ms[0].end == len(sent.text.rstrip()) \
                    and ms[0].targets[0].name != group.name:
                out.append(Claim(ms[0], "memberOf", group, sent, "rules/member.entry-below", self._listed_conf))
                entries, wait, gap = 60, 0, 3
                continue      # 副会长单位：/ 杭州云栈数据科技有限公司 / 杭州灵犀机器人有限公司: one name a line, no bullet
            entry = _MEMBER_ENTRY.match(sent.text) if group is not None and entries > 0 else None
            if entry is not None:     # 1. 广州飞鹞航空科技有限公司（广州市黄埔区），理事单位 / | Foshan Zhiyan Co., Ltd. | Foshan |
                first = next((m for m in ms if m.type != "Date"), None)
                if first is not None and first.start - entry.end() <= 1 and CODES[first.type] in "CRIOUA" \
                        and first.targets[0].name != group.name:
                    out.append(Claim(first, "memberOf", group, sent, "rules/member.entry-below", self._listed_conf))
                    entries, wait, gap = 60, 0, 3
                    continue
                if not sent.text.lstrip().startswith("|") and not _SUBLIST_HEADING.fullmatch(sent.text):
                    entries = 0
                continue          # (a table's header and rule lines; a sub-heading: （一）南京市（3家）)
            if group is not None and entries > 0 and (_SUBLIST_HEADING.fullmatch(sent.text) or (
                    _BARE_SUBHEADING.fullmatch(sent.text) and not any(m.type != "Date" for m in ms))):
                continue          # 一、副会长单位（1家）, **高校及科研院所**: a sub-heading inside the listing
            heading = _LIST_HEADING.fullmatch(sent.text)
            ranked = next((t for m in reversed(history) for t in m.targets if CODES[t.type] in "KT" and _RANKING_NAME.search(t.name)),
                          None) if _RANKING_HEADING.fullmatch(sent.text) or _RANK_COLUMN.match(sent.text) else None
            if ranked is not None:    # ## 榜单一览 above the table of a ranking the article named (…企业TOP10),
                group, left, entries = ranked, 0, 3       # or a table whose first column is the rank
                if sent.text.lstrip().startswith("|"):
                    continue
            elif (cap := _list_caption(sent.text, ms)) is not None and (sent.text.lstrip().startswith(("附件", "附表"))
                                                                         or re.search(r"[（(](?:节选|部分)", sent.text)):
                group, left, entries = cap, 0, 3      # 附件：2024年度…认定名单（节选） above its numbered entries
            elif heading is not None and not any(CODES[m.type] in "KOYT" for m in ms):
                name = heading.group(1)
                if len(name) < 8:     # 拟推荐名单: the list the title or the text before names in full
                    name = next((n for earlier, _ in sentences[:sent.index] for n in _named_lists(earlier.text, name)), None) \
                        or _list_name(_named_list(_list_targets(history), sent.text)) or name
                    if len(name) < 6:
                        history.extend(m for m in ms if m.type != "Date")
                        continue
                group = Mention(heading.start(1), heading.end(1), heading.group(1), "Group", name, "quote")
                left, entries = 0, 3          # a list's title above its table or entries
            elif (below := _LIST_BELOW.search(sent.text)) is not None and not self._neg.search(sent.text) \
                    and len(name := _LIST_OPENER.sub("", _LIST_LEAD.sub("", below.group(1)))) >= 6:
                name += below.group(2) or ""
                group = Mention(below.start(1), below.end(1), name, "Group", name, "quote")
                left, entries, wait = 0, 3, 4     # a list published "below": its table may follow a few sentences on
            elif _ANNOUNCES_MEMBERS.search(sent.text) and not self._neg.search(sent.text):
                named = [t for m in ms for t in m.targets if CODES[t.type] in "KO"]
                ranked = next((t for m in reversed(history) for t in m.targets if CODES[t.type] in "KT"
                               and _LIST_NAME.search(t.name) and not _NOTICE_NAME.search(t.name)), None) \
                    if _ON_A_LIST.search(sent.text) else None
                group = named[-1] if named else ranked or _antecedent([], history, "KOT" if _EN_ON_LIST.search(sent.text) else "KO")
                left, entries = 8, 3      # (部分上榜企业如下：the ranking named last, not the article's association;
                                          #  an English list published, the seventh batch of … enterprises, is a Report)
            elif wait > 0 and entries > 0:
                wait -= 1             # (the lines between 名单见下表 and the table)
            elif gap > 0 and entries > 0:
                gap -= 1              # (an entry's description under its numbered name: **1. 穹析智能** / 杭州穹析…，总部杭州)
            else:
                left = 0 if not line else left
                entries = 0
            history.extend(m for m in ms if m.type != "Date")
        return out

    def _priority_listings(self, sentences, body: str, lines: dict | None = None, topic: Mention | None = None) -> list[Claim]:
        """Priorities listed one per line after a sentence that announces them (重点支持以下领域： /
        （一）大模型行业应用。… ; The plan lists seven priority areas: / - AI chips, with …): each item's
        head is a field the policy the announcement names (or the article's policy) prioritizes."""
        out: list[Claim] = []
        for policy, sent, _, name, s_ in _listed_items(sentences, body, _PRIORITY_INTRO, "YT", self._neg, lines, topic):
            theme = _THEMED_ITEM.match(name)
            if theme:             # 数据要素×智能制造, 人工智能+医疗: the action's field comes after its theme
                s_, name = s_ + theme.end(), name[theme.end():]
            if _TASK_ITEM.match(name):
                continue          # 加快算力基础设施建设: a task, not a field
            if name.isascii():    # electric vertical take-off and landing (eVTOL) aircraft and their components
                name = _EN_ITEM_HEAD.match(sent.text, s_).group(1)
                quoted = re.fullmatch(r'["“]([^"“”]+)["”]?', name)
                if quoted:        # "AI+ manufacturing." (a quoted heading)
                    s_, name = s_ + 1, quoted.group(1)
            parts = [(s_, name)]
            both = _TWO_FIELDS.fullmatch(name)
            if both:              # 新能源汽车与新型储能: two fields under one heading
                parts = [(s_, both.group(1)), (s_ + both.start(2), both.group(2))]
            for ps, part in parts:
                if not self._not_industry.match(part) and len(part.split()) <= 7:
                    m = Mention(ps, ps + len(part), part, "Industry", part, "items")
                    out.append(Claim(policy, "prioritizes", m, sent, "rules/prioritizes.listed-below", self._listed_priority_conf))
        return out

    def _unit_listings(self, sentences, body: str) -> list[Claim]:
        """Units listed one per line after a sentence that announces them (研究院下设三个研究中心： /
        - 多模态感知中心，由…): each listed unit's parent is the body the announcement names (or the
        article's topic body)."""
        out: list[Claim] = []
        below = ((parent, sent, ms, name, s_) for parent, sent, ms, name, s_
                 in _listed_items(sentences, body, _UNITS_INTRO, "CIROUAG", self._neg))
        inline = ((parent, sent, ms, sent.text[s_:e_], s_) for parent, sent, ms, s_, e_ in _semicolon_units(sentences))
        for parent, sent, ms, name, s_ in itertools.chain(below, inline):
            exact = next((x for x in ms if x.start == s_ and x.end == s_ + len(name)), None)
            typ = org_type_of(name) or ("ResearchInstitute" if _UNIT_NAME.search(name) else None) \
                or (exact.type if exact is not None and exact.type == "Company" else None)
            if typ is None or name == parent.name:
                continue          # (MNS Technology Pte. Ltd.: an English legal name, read as a company)
            m = exact or next((x for x in ms if x.start == s_ and x.end > s_ + len(name) and CODES[x.type] in "CIROUA"), None) \
                or Mention(s_, s_ + len(name), name, typ, name, "list")      # (恒芯微电子（合肥）有限公司: the whole name)
            out.append(Claim(m, "parentOrganization", parent, sent, "rules/parent.listed-below", self._listed_unit_conf))
        return out

    def _signature(self, sentences, claims: list[Claim], topic: Mention | None = None) -> list[Claim]:
        """An official notice ends with its issuer and date on lines of their own (落款: 成都市人民政府办公厅 /
        2025年4月3日): the policy the notice issues (the last one named before, in a sentence that
        issues it — 印发, 发布 — or else the article's own document, ``topic``, or else the first one the
        article names that is not cited as a basis) was published by that body
        on that date, unless a pattern already gave it a publisher or date."""
        out: list[Claim] = []
        first = topic or next((x for _, m2 in sentences for x in m2 if x.type == "Policy" and not x.basis), None)
        headline = next((x for x in (sentences[0][1] if sentences else ()) if x.type == "Report" and x.source == "title"), None)
        have = {(c.subject.name, c.relation) for c in claims if not _is_net(c)}   # (the nets' guesses do not count)
        cited = {x.name for _, m2 in sentences for x in m2 if x.type == "Policy" and x.basis}
                                  # (为贯彻落实《X》…《X》由省政府于2023年印发: a basis the notice recalls, not what it issues)
        dated = False
        for k, (sent, ms) in enumerate(sentences[:-1]):
            bodies = _signature_bodies(sent.text, ms)
            if not bodies:
                continue
            later = sentences[k + 1:k + 5]
            date_at = next((j for j, (s2, _) in enumerate(later) if _FULL_DATE.fullmatch(s2.text.strip("（()） "))), None)
                                  # (（2025年3月20日）: a bulletin's date in brackets under its issuers)
            if date_at is None or not all(_signature_bodies(s2.text, m2) for s2, m2 in later[:date_at]):
                continue          # the date follows this line and any other issuers' lines
            date_sent, date_ms = later[date_at]
            issued = [x for s2, m2 in sentences[:k] for x in m2 if x.type == "Policy" and x.name not in cited and _ISSUES.search(s2.text)]
            policy = topic if topic is not None and topic.type == "Report" else issued[-1] if issued else first
                                  # (a bureau's work summary signs itself, not the last policy it reports on)
            if headline is not None and k <= 2:
                policy = headline     # a bulletin signed right under its headline (2024年…统计公报 / 德清县统计局): itself
            if _BOARD.search(sent.text) and not (topic is not None and any(topic.name.startswith(b.name) for b in bodies)):
                continue          # a company's board signs the company's own report, not a rule its notice cites
            if policy is None:
                continue
            given = {_object_key(c) for c in claims if c.relation == "publisher" and c.subject.name == policy.name
                     and not _is_net(c)}
            if (policy.name, "publisher") not in have or not {b.name for b in bodies} <= given:
                out.extend(Claim(policy, "publisher", body, sent, "rules/publisher.notice-signature", self._sig_conf)
                           for body in bodies if body.name not in given)   # (co-issuers the text names only here)
            date = next((x for x in date_ms if x.type == "Date" and x.value), None)
            if date is not None and (policy.name, "datePublished") not in have and not dated:
                dated = True
                out.append(Claim(policy, "datePublished", date.value, date_sent, "rules/date.notice-signature",
                                 self._sig_conf))
        return out

    def _document_numbers(self, sentences, claims: list[Claim]) -> list[Claim]:
        """A policy cited with its document number (成办发〔2025〕12号) was issued in that year — used only
        when the article gives no more precise publication date for it."""
        dated = {c.subject.name for c in claims if c.relation == "datePublished"}
        out = []
        for sent, ms in sentences:
            m = _DOC_NUMBER.search(sent.text)
            if not m:
                continue
            policies = [x for x in ms if x.type == "Policy" and x.source != "coref"]
            if len(policies) != 1 or policies[0].name in dated:
                continue
            dated.add(policies[0].name)
            out.append(Claim(policies[0], "datePublished", m.group(1), sent, "rules/date.document-number", self._doc_number_conf))
        return out

    def _bare_heads(self, sent: Sentence, ms: list[Mention], found: list[Claim], homes: dict[str, str]) -> list[Claim]:
        """市长施建国, 副市长钱文彬、俞倩 (a head of government named by level alone) → worksFor the people's
        government of the article's own place of that level (``home_places``)."""
        out = []
        for h in _BARE_HEAD.finditer(sent.text):
            home = homes.get(h.group(1))
            if home is None:
                continue
            body = Mention(h.start(), h.start() + 1, h.group(1), "GovernmentBody", home + "人民政府", "title")
            pos = h.end()
            for p in sorted((m for m in ms if m.type == "Person" and m.start >= pos), key=lambda m: m.start):
                if p.start != pos:
                    break
                if not any(c.relation == "worksFor" and c.subject.name == p.name and _object_key(c) == body.name
                           and c.confidence >= self._bare_head_conf for c in found):
                    out.append(Claim(p, "worksFor", body, sent, "rules/works.bare-head-of-government",
                                     self._bare_head_conf, title=sent.text[h.start():h.end()].strip()))
                sep = re.match(r"[、和及]", sent.text[p.end:])
                if sep is None:
                    break
                pos = p.end + 1
        return out

    def _counted_members(self, sent: Sentence, ms: list[Mention], history) -> list[Claim]:
        """宇树科技、深度求索……群核科技——这六家公司: a list as long as the number a group of the article is
        named for (杭州六小龙), taken up by 这六家公司, is that group's members."""
        out = []
        for m in ms:
            ref = _COUNTED_REF.match(m.text) if m.source == "coref" else None
            n = count_word(ref.group(1)) if ref is not None else 0
            if n not in _NUMBERS or len(m.refs) != n \
                    or not {r.name for r in m.refs} <= {x.name for x in ms if x.end <= m.start}:
                continue          # (the list in this sentence, right before: no names it took from further back)
            group = next((x for x in reversed(history) if x.type == "Group" and _carries_number(x, n)), None)
            if group is None:
                continue
            out.extend(Claim(r, "memberOf", group, sent, "rules/member.counted-list", self._counted_conf)
                       for r in m.refs if r.type in ("Company", "Investor", "ResearchInstitute"))
        return out

    def _name_places(self, sent: Sentence, ms: list[Mention]) -> list[Claim]:
        """A company's legal name that starts with a place (苏州极光智芯科技有限公司) → location."""
        out = []
        for m in ms:
            if m.place and m.source == "suffix" and m.type != "Investor" and m.place not in name_rules()["name_regions"]:
                # (中国平煤神马集团: a national prefix says nothing of where the company is)
                pm = Mention(m.start, m.start + len(m.place), m.place, "Place", m.place, "name-place",
                             entry=self.lexicon.lookup(m.place))
                rid = "location.place-in-name-province" if m.place in province_names() else "location.place-in-name"
                out.append(Claim(m, "location", pm, sent, "rules/" + rid, self._name_place_conf[rid]))
        return out

    def _name_priorities(self, sent: Sentence, ms: list[Mention], done: set[str]) -> list[Claim]:
        """A policy named for the industry it promotes (西安市支持低空经济高质量发展若干措施, 关于加快
        人工智能产业发展的实施意见) prioritizes that industry: read once per policy, where it is named."""
        out = []
        for m in ms:
            if m.type != "Policy" or m.source == "coref" or m.name in done:
                continue
            done.add(m.name)
            g = _POLICY_NAME_INDUSTRY.search(m.name) or _POLICY_NAME_INDUSTRY_PLAN.match(m.name) or _EN_POLICY_NAME_INDUSTRY.search(m.name)
            name = g and (g.group(1) or g.group(g.lastindex))
            if not name or self._not_industry.match(name):
                continue
            both = _PLAN_FIELDS.fullmatch(name) if g.re is not _EN_POLICY_NAME_INDUSTRY and not name.endswith("服务业") else None
                                    # (关于促进智能制造和生物医药产业高质量发展的若干政策: two industries too;
                                    #  软件和信息服务业 is one sector)
            parts = [p + "产业" if p in _FIELD_KINDS else p for p in both.groups()] if both else [name]
            rid = "prioritizes.policy-name" if g.re is _POLICY_NAME_INDUSTRY else "prioritizes.plan-name"
            for part in parts:      # 低空经济与智能装备产业…计划, 人工智能与未来产业…计划: two industries
                item = Mention(m.start, m.end, part, "Industry", part, "items")
                out.append(Claim(m, "prioritizes", item, sent, "rules/" + rid, self._policy_name_conf[rid]))
        return out

    def _title_publishers(self, sent: Sentence, ms: list[Mention], done: set[str]) -> list[Claim]:
        """A document whose title names its issuers (河南省科学技术厅河南省财政厅关于公布…的通知) was
        published by each of them: read once per document, where it is named."""
        out = []
        for m in ms:
            if m.type != "Policy" or m.source != "title" or m.name in done or "关于" not in m.name:
                continue
            done.add(m.name)
            offset = m.start + max(m.text.find(m.name[:4]), 0)      # (the name in 《》 starts after the bracket)
            for s, e, name in title_issuers(m.name):
                body = Mention(offset + s, offset + e, name, "GovernmentBody", name, "title", entry=self.lexicon.lookup(name))
                out.append(Claim(m, "publisher", body, sent, "rules/publisher.issuer-in-title", self._title_issuer_conf))
        return out

    def _division_bodies(self, claims: list[Claim]) -> list[Claim]:
        """Who works in a bureau's division (市经信局数字经济处 陆晓峰) works for the bureau too."""
        out = []
        for c in claims:
            o = c.object
            if c.relation == "worksFor" and not isinstance(o, str) and o.type == "GovernmentBody" and o.parent and o.source == "suffix":
                body = Mention(o.start, o.start, o.parent, "GovernmentBody", o.parent, "unit-parent", entry=self.lexicon.lookup(o.parent))
                out.append(dataclasses.replace(c, object=body))
        return out

    def _founding_firms(self, sent: Sentence, claims: list[Claim]) -> list[Claim]:
        """A company one firm founded alone (由浙江恒昇控股集团有限公司于2019年出资设立, X set up Y) is that firm's
        subsidiary: its only founder in the sentence, no joint venture (共同出资, 合资, jointly), and no parent
        the sentence states otherwise."""
        if _JOINTLY.search(sent.text):
            return []
        founders: dict[str, list[Claim]] = {}
        for c in claims:
            if c.relation == "founder" and c.confidence >= 0.5 and c.subject.type == "Company":
                founders.setdefault(c.subject.name, []).append(c)
        stated = {c.subject.name for c in claims if c.relation == "parentOrganization"}
        out = []
        for name, cs in founders.items():
            if name in stated or len({c.object.name for c in cs}) != 1 or cs[0].object.type not in ("Company", "Investor"):
                continue
            c = cs[0]
            out.append(Claim(c.subject, "parentOrganization", c.object, sent, "rules/parent.sole-founding-firm",
                             self._founding_firm_conf, implicit=c.implicit))
        return out

    def _unit_alumni(self, sent: Sentence, claims: list[Claim], parents: list[Claim]) -> list[Claim]:
        """An alumnus of a university's unit named with the university (毕业于浙江大学物理系) is an alumnus of
        the university too, read from the same sentence; who teaches or works in it (在浙大化学工程与生物工程
        学院任教) works for the university."""
        universities = {c.subject.name: c.object for c in parents
                        if c.extractor in ("rules/parent.unit-name", "rules/parent.unit-of-article-university")
                        and c.object.type == "University"}
        out = []
        for c in claims:
            if c.relation not in ("alumniOf", "worksFor") or isinstance(c.object, str) or c.object.name not in universities:
                continue
            if c.relation == "alumniOf":
                out.append(Claim(c.subject, "alumniOf", universities[c.object.name], sent, "rules/alumni.unit-of-university",
                                 self._unit_alumni_conf, implicit=c.implicit))
            elif c.confidence >= 0.5 and _TEACHING_UNIT.search(c.object.name):      # (not its hospital or institute)
                out.append(Claim(c.subject, "worksFor", universities[c.object.name], sent, "rules/works.unit-of-university",
                                 min(self._unit_staff_conf, c.confidence), implicit=c.implicit, title=c.title, tense=c.tense))
                                # (no surer than the post it is read from: 都来自X学院 says no more of X大学)
        return out

    def _unit_parents(self, sent: Sentence, ms: list[Mention]) -> list[Claim]:
        """A sub-unit written with its parent's name (浙江大学竺可桢学院) → parentOrganization; so is a unit
        written right after another whose name the article gave apart (浙江工业大学信息工程学院|智能无人系统研究中心)."""
        out = []
        for a, b in zip(ms, ms[1:]):
            if b.start == a.end and a.source != "coref" and b.source != "coref" and a.type in ("University", "AcademicUnit") \
                    and b.type in ("AcademicUnit", "ResearchInstitute") and b.parent is None and not b.name.startswith(a.name):
                out.append(Claim(b, "parentOrganization", a, sent, "rules/parent.unit-after-unit", self._unit_after_conf))
        for m in ms:
            if m.source == "coref" or not (m.type == "AcademicUnit" or m.parent):
                continue
            parent = m.parent
            if parent is None:
                for k in range(len(m.text) - 2, 1, -1):       # longest university name the unit's name starts with
                    entry = self.lexicon.lookup(m.text[:k])
                    if entry is not None and entry.type == "University":
                        parent = entry.key
                        break
            if parent:
                entry = self.lexicon.lookup(parent)
                typ = entry.type if entry else "Company" if _BARE_LEGAL_FORM.search(parent) else \
                    "University" if parent.endswith("大学") else "Organization"
                pm = Mention(m.start, m.start + len(parent), parent, typ, parent, "unit-parent", entry=entry)
                if m.type == "GovernmentBody":     # 市经信局数字经济处: a bureau's division
                    out.append(Claim(m, "parentOrganization", pm, sent, "rules/parent.division-name", self._division_conf))
                elif m.type == "Investor":             # (远景二期人民币基金: the fund of the firm it is named after)
                    out.append(Claim(m, "parentOrganization", pm, sent, "rules/parent.fund-of-firm-name", self._fund_name_conf))
                elif m.name in self._bare_units:       # (信息工程学院 in an article about one university)
                    out.append(Claim(m, "parentOrganization", pm, sent, "rules/parent.unit-of-article-university",
                                     self._article_unit_conf))
                else:
                    out.append(Claim(m, "parentOrganization", pm, sent, "rules/parent.unit-name", self._unit_name_conf))
        return out

    def _sentence(self, sent: Sentence, ms: list[Mention], history: list[Mention],
                  recent: list[Mention] = ()) -> list[Claim]:
        text = sent.text
        rules = self.rules
        if self.gated:               # only the rules whose required words and slots are all there
            rules = [rules[i] for i in bits(self.gate.possible_mask(text, self._type_mask(ms), final=True))]
            if not rules:
                return []
        template, spans = build_template(text, ms)
        hedged = bool(self._hedge.search(text))
        out: list[Claim] = []
        n_mentions = sum(1 for m in ms if m.type != "Date")
        for rule in rules:
            if n_mentions < rule.min_mentions:
                continue          # a relation needs its arguments in the sentence (or one and the context)
            for m in rule.regex.finditer(template):
                out.extend(self._apply(rule, m, ms, sent, spans, history, recent, hedged, template))
        # a fact whose subject or object was filled in from context yields to one the sentence states outright
        # (unless both carry titles and they differ: 董事长 of the company named, 会长 of the association)
        by_subject: dict[tuple, set] = {}
        for c in out:
            if not c.implicit and not (c.relation == "worksFor" and c.title is None and isinstance(c.object, Mention)
                                       and (_EARLIER_CUE.search(sent.text, max(c.subject.end, c.object.start - 8), c.object.start)
                                            or c.extractor in self._past_rules)):
                by_subject.setdefault((c.subject.name, c.relation), set()).add(c.title)
                # (创始人兼CEO邹一帆此前在网易杭州研究院负责…: a former employer, stated, leaves the titled post given)
        by_object = {(c.relation, _object_key(c)) for c in out if not c.implicit}

        def kept(c: Claim) -> bool:
            if not c.implicit:
                return True
            if c.implicit == "s":
                return (c.relation, _object_key(c)) not in by_object
            titles = by_subject.get((c.subject.name, c.relation))
            return titles is None or (c.title is not None and None not in titles and c.title not in titles)
        return [c for c in out if kept(c)]

    def _slot(self, m: re.Match, name: str, ms: list[Mention], spans, text: str) -> list:
        if name not in m.groupdict() or m.group(name) is None:
            return []
        g = m.group(name)
        phs = [ms[int(x.group(2))] for x in _PH.finditer(g)]
        return phs

    def _apply(self, rule: Rule, m: re.Match, ms, sent, spans, history, recent, hedged, template) -> list[Claim]:
        text = sent.text
        ms_start, _ = to_text(m.start(), m.end(), spans, text)
        lead = text[max(0, ms_start - 8):ms_start] + template[m.start():m.end()]
        if self._neg.search(re.sub(OPEN + r"[A-Z]\d+" + CLOSE, "", lead)):
            return []
        values: dict[str, list] = {}
        for gname in m.groupdict():
            if m.group(gname) is None:
                continue
            if gname in rule.pair_groups:
                pairs = []
                for one in re.finditer(OPEN + r"[A-Z](\d+)" + CLOSE + r"(?:的|旗下的)((?:" + OPEN + r"P\d+" + CLOSE + r"|[^" + OPEN + r"、]|" + LIST_SEP + r")+)", m.group(gname)):
                    org = ms[int(one.group(1))]
                    for p in _PH.finditer(one.group(2)):
                        pairs.append((org, ms[int(p.group(2))]))
                values[gname + ".1"] = [p[0] for p in pairs]
                values[gname + ".2"] = [p[1] for p in pairs]
                values[gname + ".pairs"] = pairs
            elif gname == "o_items":
                s, e = to_text(m.start(gname), m.end(gname), spans, text)
                k = e
                while k > s and _ITEM_CHAR.match(text, k - 1):
                    k -= 1
                if e - k >= 12 and m.end(gname) == m.end() and _ITEM_CHAR.match(text, e) \
                        and not _COUNTED.search(text, k, e):     # (A和B八个方向培育未来产业: a count ends the list)
                    e = _ITEM_RUN.match(text, e).end()   # the last item ran past the slot's twelve characters: read it to its end
                if not re.search(r"[\u4e00-\u9fff]", text[s:e]):        # English: "A, B and C"
                    parts = [re.sub(r"^(?:the|a|an)\s", "", re.sub(r"[\"“”]", "", x).strip())
                             for y in re.split(r",\s(?:and\s)?", text[s:e])
                             for x in re.split(r"\sand\s", _EN_EXAMPLES.sub("", y))
                             if x.strip()]      # (the recycling of spent power batteries: no article; no quotes;
                                                #  core components such as reducers: the item, not its examples)
                    values[gname] = [Mention(s, e, it, "Industry", it, "items") for it in parts if len(it) > 2]
                    continue
                if _ORDINAL.match(text, s):         # 一是A，…；二是B；三是C: the first words after each ordinal
                    items = [_ITEM_TAIL.sub("", y) for x in _ORDINAL_ITEM.finditer(text, s, e)
                             for y in re.split(r"和|与|以及", _ITEM_TAIL.sub("", x.group(1))) if y]
                elif _VERB_LED.match(text, s):       # 培育壮大集成电路产业，加快发展新型显示产业，前瞻布局A和B
                    items = [_ITEM_TAIL.sub("", x) for part in re.split(r"[，,；;]", text[s:e])
                             if (v := _VERB_LED.match(part.strip())) for x in re.split(r"、|和|及|以及", v.group(1)) if x]
                else:
                    items = [_ITEM_TAIL.sub("", re.sub(r"[”“\"]|" + _ITEM_ALIAS + r"$|(?:[一二三四五六七八九十两]+(?:个|大|项|类|条|块|种|方面)|\d+(?:个|大|项|类|条|块|种)?)[\u4e00-\u9fff]{0,6}?(?:(?:为|作为)[\u4e00-\u9fff]{0,8})?$|(?<=[\u4e00-\u9fff]{2})(?:列为|作为|确定为|明确为|为)[\u4e00-\u9fff]{0,8}$", "", x.strip()))
                             for x in _split_listed(re.sub(_ITEM_NOTE, "", text[s:e])) if x.strip()]
                    items = [y if len(y := _ITEM_LEAD.sub("", x)) >= 2 else x for x in items]
                values[gname] = [Mention(s, e, it, "Industry", it, "items") for it in items
                                 if 1 < len(it) <= 14 and not self._not_industry.match(it)]
            elif gname in ("title",):
                continue
            else:
                codes = rule.group_classes.get(gname)
                values[gname] = [t for x in self._slot(m, gname, ms, spans, text)
                                 if codes is None or CODES[x.type] in codes for t in x.targets]
        if rule.unless_named_before and any(CODES[x.type] in rule.unless_named_before for x in ms if x.end <= ms_start):
            return []          # the sentence names its own subject: the implicit one is not the article's topic
        title = m.group("title") if "title" in m.groupdict() and m.group("title") else None
        for gname, cls in rule.antecedents.items():
            if values.get(gname):
                continue          # the sentence names it in the rule's own (optional) slot
            if gname == "s" and cls == "PER" and any(o.start() <= ms_start and not any(o.start() <= x.start < ms_start and x.type == "Person" for x in ms)
                                                     for o in _ONE_OF_THEM.finditer(text, 0, ms_start + 8)):
                return []         # 两人…，一个南下读博，一个去了X，在这家公司…: one of them, the text does not say which
            before = [x for x in ms if x.end <= ms_start and not _OWNER_AFTER.match(text, x.end)
                      and not after_former_mark(text, x)]    # (原X…的Y: X is Y's former employer)
            if gname == "o" and any(f["relation"] == "investedIn" for f in rule.facts):
                before = [x for x in before if not _INVESTS_AFTER.match(text, x.end)]
                                    # 由科瑞集团领投，粤湾基金跟投: one investor of the round is not what another invests in
            if rule.recent and not any(CODES[t.type] in CLASSES[cls] for x in before for t in x.targets):
                before = list(recent) + before    # the company of the previous sentence first
            hist = history
            if rule.counted and m.groupdict().get("n"):
                n = count_word(m.group("n"))
                before = [x for x in before if _carries_number(x, n)]
                hist = [x for x in history if _carries_number(x, n)]
            codes = CLASSES[cls]
            if gname == "s" and any(f["relation"] == "memberOf" for f in rule.facts) \
                    and any(getattr(v, "name", "").endswith("企业") for v in values.get("o", [])):
                codes = "".join(c for c in codes if c in "CI")    # 是国家级专精特新“小巨人”企业: a company, no school
            doc = self._doc_topic if cls == "POLICY" else None
            if doc is not None and not any(CODES[t.type] in "YT" for x in before for t in x.targets):
                ante = doc        # an article that is a report itself (its title): it speaks in its own voice, the
                                  # policies it cites are not the subject of its 重点培育…
            elif gname == "s" and "I" in codes and all(f["relation"] == "develops" for f in rule.facts):
                heads = _title_heads(title or "")
                ante = _antecedent(before, hist, codes.replace("I", ""), heads) or _antecedent(before, hist, codes, heads)
                                  # (拿到钱之后，团队开始研发…: the company that took the money makes it, not its investor)
            else:
                ante = _antecedent(before, hist, codes, _title_heads(title or ""))
                soft = next((heads for pat, heads in _SOFT_TITLE_HEADS if pat.search(title or "")), ())
                if soft and ante is not None and ante.type != "Person" and "P" not in codes and not ante.name.endswith(soft):
                    ante = _antecedent(before, hist, codes + "I", soft) or ante     # 合伙人罗依依: the investment firm's partner
            if ante is None and cls in _FALLBACK_CLASS:      # (报告指出，…建议重点发展X: no policy named, the report
                ante = _antecedent(before, [], CLASSES[_FALLBACK_CLASS[cls]], _title_heads(title or ""))  # the sentence names)
            if ante is None:
                return []
            if any(ante.name == getattr(v, "name", None) for g, vs in values.items() if g not in rule.antecedents
                   for v in vs):
                return []          # 它由A联合B创办, "它" unread: the context's A cannot be its own founder's partner
            values[gname] = [ante]
        tense = None
        if title is not None:
            ts, _ = to_text(m.start("title"), m.end("title"), spans, text)
            if self._former.search(text[max(0, ts - 3):ts]) or re.match(r"^(?:原|前)", title) \
                    or _FORMER_CUE.search(text[ms_start:ts]):
                tense = "former"
        # a hedge counts when it governs this statement: inside it or just before it (据称，…)
        _, me = to_text(m.start(), m.end(), spans, text)
        hedged = hedged and bool(self._hedge.search(text, max(0, ms_start - 20), me))
        conf = rule.confidence * (0.5 if hedged else 1.0)
        rnd = amt = None
        out = []
        for f in rule.facts:
            rel = f["relation"]
            if f.get("needs") == "title" and not title:
                continue
            s_key, o_key = f["s"], f["o"]
            if s_key.endswith(".1") and o_key.endswith(".2") and s_key[:-2] == o_key[:-2]:
                combos = values.get(s_key[:-2] + ".pairs", [])
            elif s_key.endswith(".2") and o_key.endswith(".1") and s_key[:-2] == o_key[:-2]:
                combos = [(b, a) for a, b in values.get(s_key[:-2] + ".pairs", [])]
            else:
                combos = [(a, b) for a in values.get(s_key, []) for b in values.get(o_key, [])]
            if rel == "investedIn":
                rnd_m = self._round.search(text)
                amt_m = self._amount.search(text)
                rnd = rnd_m.group(0) if rnd_m else None
                amt = amt_m.group(0) if amt_m else None
            ftitle = title
            if f.get("title") and m.groupdict().get(f["title"]):
                ftitle = m.group(f["title"])      # a fact with a title of its own (two roles, two titles)
            for subj, obj in combos:
                if subj is obj or (isinstance(obj, Mention) and subj.name == obj.name):
                    continue
                if rel in DATE_RELATIONS:
                    if obj.type != "Date" or not obj.value:
                        continue
                    out.append(Claim(subj, rel, obj.value, sent, "rules/" + rule.id, conf, hedged=hedged,
                                     approximate=obj.approximate))
                    continue
                out.append(Claim(subj, rel, obj, sent, "rules/" + rule.id, conf,
                                 title=_clean_title(ftitle) if rel == "worksFor" else None,
                                 tense=tense if rel == "worksFor" else None, hedged=hedged,
                                 round=rnd, amount=amt, implicit=_implicit_side(rule, f)))
        # 与合伙人B一起创办了C: the rule states both founders, the one filled in from context (A) as much as B
        stated = {(c.subject.name, c.relation) for c in out if not c.implicit}
        for c in out:
            if c.implicit == "o" and (c.subject.name, c.relation) in stated:
                c.implicit = ""
        return out


_SPEAKER = re.compile(r"^\s*([\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s?[：:]")
_SPEAKER_CAPS = re.compile(r"^\s*(?:\[[\d:]+\]\s*)?\**([A-Z]{2,}(?:\s[A-Z]{2,}){0,2})(?:\s\((host|interviewer|moderator)\))?\**\s?:")
_ASKER = re.compile(r"^\s*(?:问|答|记者|主持人|本报|编者|Q|A)\s?[：:]")
_I = re.compile(r"我(?!们|国|市|省|区|校|院|司|方)|(?<![A-Za-z])I(?![A-Za-z'’])")


def _speakers(sentences) -> list[str | None]:
    """Interviews: who is speaking in each sentence. 苗青禾：我本科… starts an answer, which runs until
    the next question (问：, 记者：) or the next speaker."""
    out, speaker = [], None
    hosts: set[str] = set()
    guests: list[str] = []
    text = " ".join(sent.text for sent in sentences) if any(_SPEAKER_CAPS.match(sent.text) for sent in sentences) else ""
    for sent in sentences:
        caps = _SPEAKER_CAPS.match(sent.text)
        if _ASKER.match(sent.text):
            speaker = None
        elif caps is not None:        # [00:01:12] CHEN YUQING (host): / WANG HAORAN: / WANG: (a transcript)
            label = caps.group(1).title()
            if caps.group(2) or label in hosts or any(h.split()[0] == label for h in hosts):
                hosts.add(label)
                speaker = None
            elif " " in label:
                guests.append(label)
                speaker = label
            else:                     # a surname alone: the guest of that surname, or one the text names in full
                named = {n for n in _EN_NAME.findall(text) if n.split()[0] == label}
                speaker = next((g for g in reversed(guests) if g.split()[0] == label), None) \
                    or (named.pop() if len(named) == 1 else None)
        else:
            m = _SPEAKER.match(sent.text)
            if m and _name_like_label(m.group(1)):
                speaker = m.group(1)
        out.append(speaker)
    return out


def _name_like_label(label: str) -> bool:
    """A speaker's label is a name (苗青禾：, Tao Ran:), not a lead-in (先说结论：, 背景：): a Chinese one
    starts with a surname."""
    R = name_rules()
    if label.isascii():
        return label.split()[0] not in R["en_not_speakers"]
    return label[:2] in R["surnames_double"] or label[0] in R["surnames"]


def _serial_named(m: Mention, body: str, first: list[Mention] | None) -> Mention | None:
    """Policy Brief No. 2025-07 on a publication's masthead (a line right after the heading, ``first`` its
    mentions): the publication is the article itself, named by its heading (the work the heading names, or
    the heading line itself when it is a title of four words or more); the number is another name of it.
    None for a number that cannot be named so (the work is then the one named around it)."""
    if m.type != "Report" or m.source != "english" or not _EN_SERIAL_DOC.fullmatch(m.text):
        return m
    if first is None:
        return None
    head = body.lstrip().split("\n", 1)[0].strip(" *")
    work = next((x for x in first if x.type in ("Report", "Policy") and x.source != "coref" and len(x.text) >= 0.6 * len(head)), None)
    if work is not None:
        return replace(m, name=work.name, aliases=(m.text,))
    if not 5 < len(head) < 200 or len(head.split()) < 4 or head.endswith((".", "。")) or m.text in head:
        return None
    return replace(m, name=head, aliases=(m.text,))


def _first_person(text: str, ms: list[Mention], speaker: str | None, firms: dict[str, Mention],
                  titled: dict[str, Mention] | None = None) -> list[Mention]:
    """我 in an interviewee's answer is the interviewee, 我们(公司) the company they were introduced
    with (``firms``: person → company, see :func:`_leaders`; else ``titled``, from the interview's title) —
    coreference mentions standing for them."""
    if speaker is None:
        return []
    person = None if speaker.startswith(_ACCOUNT) else next((m for m in ms if m.type == "Person" and m.name == speaker), None) \
        or Mention(0, 0, speaker, "Person", speaker, "person")
    taken = [(m.start, m.end) for m in ms]
    firm = firms.get(speaker) or (titled or {}).get(speaker)
    return [Mention(x.start(), x.end(), x.group(), who.type, who.name, "coref", refs=(who,))
            for pat, who in ((_I, person), (_WE, firm)) if who is not None
            for x in pat.finditer(text) if all(x.end() <= a or x.start() >= b for a, b in taken)]


_SPEECH = re.compile(r"我|(?<![A-Za-z])(?:I|[Mm]y|me|[Ww]e|[Oo]ur)(?![A-Za-z'’])")
_WE = re.compile(r"我们(?:公司|团队)?|(?<![A-Za-z])(?<!which\s)(?<!that\s)(?:[Ww]e|[Oo]ur|us)(?![A-Za-z'’])")   # (which we set up: the clause's object)


_ACCOUNT = "@"           # an author that is an organisation's account: 我们 is it, no 我
_ACCOUNT_LINE = re.compile(r"^[\s*>]*原创[\s\u3000]*[:：]?[\s\u3000]*(?=\S)")


def _account(text: str, ms: list[Mention], firms: dict[str, Mention]) -> str | None:
    """原创　钱塘远景资本　2025年1月8日 09:30: a post by an organisation's own account; in it 我们 is that
    organisation."""
    lead = _ACCOUNT_LINE.match(text)
    if lead is None:
        return None
    org = next((m for m in ms if m.start >= lead.end()), None)
    if org is None or org.type not in ("Company", "Investor", "ResearchInstitute", "Organization", "University") \
            or text[lead.end():org.start].strip() or not any(x.type == "Date" for x in ms):
        return None
    firms[_ACCOUNT + org.name] = org.targets[0]
    return _ACCOUNT + org.name


def _author(text: str, ms: list[Mention], firms: dict[str, Mention]) -> str | None:
    """作者：姚思远（澜峰资本创始合伙人）: the piece is signed by a person of an organisation; in the
    narrative that follows, 我 is the author and 我们 the author's organisation."""
    if not (_SIGNATURE.match(text) or _BYLINE_PIPE.fullmatch(text)):
        return None       # (*沈一帆 | 澄湖资本合伙人*: a byline, the person then their post)
    person = next((m for m in ms if m.type == "Person"), None)
    org = next((m for m in ms if m.type in ("Company", "Investor", "ResearchInstitute", "Organization")), None)
    if person is None or org is None:
        return None
    firms.setdefault(person.name, org.targets[0])
    return person.name
_SIGNATURE = re.compile(r"^[\s*>]*" + SIGNATURE_LEAD)
_BYLINE_PIPE = re.compile(r"[\s*>_]*[\u4e00-\u9fff]{2,4}\s*[|｜]\s*[^|｜\n]{2,30}?(?:合伙人|创始人|CEO|总裁|总经理|董事长|主编|记者|分析师|研究员|教授|负责人)[\s*_]*")
_AUTHOR_NOTE = re.compile(r"(?:本文)?作者(?=系|为|是|现为|现任|曾任)")


_NARRATOR_TITLE = re.compile(r"(?:^|[—\-–:：|｜\s])([\u4e00-\u9fffA-Za-z]{2,12}?)(?:联合)?(?:创始人|创办人|CEO|董事长|总经理|合伙人|创始合伙人)"
                             r"([\u4e00-\u9fff]{2,4}?)(?:的)?(?:自述|口述|亲述|手记|自白)$")


def _narrator(title: str, firms: dict[str, Mention]) -> str | None:
    """瞳视科技创始人许沐阳自述: a first-person piece whose title names its narrator and the company they lead."""
    named = _titled_person(_NARRATOR_TITLE, title)
    if named is None:
        return None
    org, person = named
    firms.setdefault(person, Mention(0, 0, org, org_type_of(org) or "Company", org, "title"))
    return person


def _titled_person(pattern: re.Pattern, title: str) -> tuple[str, str] | None:
    """The organisation and the person a title names with ``pattern`` (groups 1 and 2), if the person's part
    looks like a name."""
    m = pattern.search(title)
    return None if m is None or not _name_like_label(m.group(2)) else (m.group(1), m.group(2))


_INTERVIEW_TITLE = re.compile(r"(?:对话|专访|访谈|独家对话|对谈)\s*[|｜：:·]?\s*([\u4e00-\u9fffA-Za-z]{2,10}?)"
                              r"(?:联合)?(?:创始人|创始合伙人|管理合伙人|合伙人|CEO|董事长|总经理|总裁)?(?:兼CEO)?"
                              r"([\u4e00-\u9fff]{2,3})(?=[：:，,｜|\s—\-]|$)")


def _interviewee(title: str, firms: dict[str, Mention], local) -> None:
    """对话澄源资本顾清扬：…: an interview's title names the person answering and their organisation (for 我们
    in the answers)."""
    named = _titled_person(_INTERVIEW_TITLE, title)
    if named is None:
        return
    org, person = named
    typ = org_type_of(org)
    known = local.names.get(org) if local is not None else None
    if known is not None and known[0] in ("Company", "Investor", "ResearchInstitute", "Organization"):
        firms.setdefault(person, Mention(0, 0, org, known[0], known[1], "title"))
    elif typ in ("Company", "Investor"):
        firms.setdefault(person, Mention(0, 0, org, typ, org, "title"))


_POST_HEADER = re.compile(r"^[\s*]*([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})[\s*]*[·•|]")


def _poster(text: str, ms: list[Mention], i: int) -> str | None:
    """**Chen Yuhan** · Chief Operating Officer at Lingxi Dynamics: a social post's header names who writes
    it; in the post, I is that person."""
    head = _POST_HEADER.match(text) if i == 0 else None
    if head is None:
        return None
    return next((m.name for m in ms if m.type == "Person" and m.start == head.start(1)), head.group(1))


_EN_SPOKE = r"\b(?:spoke|talked|sat\sdown|chatted|caught\sup)\s(?:with|to)\s"
_EN_SPOKE_WITH_PRONOUN = re.compile(_EN_SPOKE + r"(?:him|her)\b")
_EN_SPOKE_WITH = re.compile(_EN_SPOKE + r"(?:[A-Za-z\-.,&'’]+\s){0,8}?$")


def _en_interviewee(text: str, ms: list[Mention], history: list[Mention] = ()) -> str | None:
    """We spoke with co-founder and CEO Dr. Ma Qiao about …: an English interview's introduction names who
    answers; in the unlabelled answers that follow, I is that person. (We spoke to her: the person the
    introduction opened with, the first one it named.)"""
    if not text.isascii():
        return None
    named = next((m.name for m in ms if m.type == "Person" and m.source != "coref"
                  and _EN_SPOKE_WITH.search(text, 0, m.start)), None)
    if named is None and _EN_SPOKE_WITH_PRONOUN.search(text):
        named = next((m.name for m in history if m.type == "Person"), None)
    return named


def _signer(text: str, ms: list[Mention]) -> str | None:
    """文｜林宏, □ 陈墨, 原创　林晓雯　知芽AI: the person who signs the piece, named at its head."""
    if not _SIGNATURE.match(text):
        return None
    return next((m.name for m in ms if m.type == "Person" and m.source != "coref"), None)


def _author_note(text: str, ms: list[Mention], signer: str | None) -> list[Mention]:
    """（作者系安徽大学经济学院副教授）: the author's note at a signed piece's end is about the signer."""
    if signer is None:
        return []
    who = Mention(0, 0, signer, "Person", signer, "person")
    return [Mention(x.start(), x.end(), x.group(), "Person", signer, "coref", refs=(who,))
            for x in _AUTHOR_NOTE.finditer(text) if all(x.end() <= m.start or x.start() >= m.end for m in ms)]


_LEADER_TITLE = re.compile(r"(?:的)?(?:(?:联合)?(?:创始人|创办人|董事长|CEO|总经理|总裁|首席执行官)、){0,2}(?:联合)?(?:创始人|创办人|董事长|CEO|总经理|总裁|首席执行官)(?:兼[^，。；、]{1,8})?"
                           r"|(?:['’]s)?\s(?:[Cc]o-)?(?:[Ff]ounder|CEO|[Cc]hief\s[Ee]xecutive|[Cc]hairman|[Cc]hairwoman|[Pp]resident"
                           r"|[Mm]anaging\s[Pp]artner|[Ff]ounding\s[Pp]artner)(?:\sand\s(?:CEO|[Cc]hief\s[Ee]xecutive|[Cc]hairman|[Pp]resident))?"
                           r"(?:\sDr\.)?\s")


_SELF_TITLE = re.compile(r"的(?:联合)?(?:创始人|创办人|董事长|CEO|COO|CTO|CFO|总经理|总裁|首席[\u4e00-\u9fff]{2,4}官|合伙人|副总裁)")
_CLAUSE_LEADER = re.compile(r"[，,；;](?:" + _LEADER_TITLE.pattern + r")$")    # …，创始人兼CEO right before a name


def _leaders(ms: list[Mention], text: str, firms: dict[str, Mention]) -> None:
    """麟动智能创始人兼CEO魏思远: the person leads the company (for 我们 in their answers)."""
    for a, b in zip(ms, ms[1:]):
        if a.type in ("Company", "Investor") and b.type == "Person" and _LEADER_TITLE.fullmatch(text, a.end, b.start):
            firms.setdefault(b.name, a.targets[0])
    lead = ms[0] if ms and ms[0].type in ("Company", "Investor") and ms[0].start <= 2 else None
    for b in ms[1:] if lead is not None else ():
        t = _CLAUSE_LEADER.search(text, 0, b.start)
        if b.type == "Person" and t is not None and t.end() == b.start:
            firms.setdefault(b.name, lead.targets[0])   # 跃岭成立于2021年，创始人兼CEO郑叙白…: the sentence's company
    for a, b in zip(ms, ms[1:]):
        if a.type == "Person" and b.type in ("Company", "Investor") and text[a.end:b.start] in ("，", ",", "是", "，是", "，我是") \
                and _SELF_TITLE.match(text, b.end):
            firms.setdefault(a.name, b.targets[0])      # 我是何子骞，灵犀数科的创始人兼CEO: the speaker's own company


def _object_key(c: Claim) -> str:
    """A claim's object as text: an entity's name, or the date literal."""
    return c.object if isinstance(c.object, str) else c.object.name


def _short_titles(ms: list[Mention], titles: list[Mention]) -> None:
    """《行动方案》 after 《成都市…三年行动方案（2025—2027年）》 is the same document: give it that name."""
    for m in ms:
        if m.source != "title" or m.type not in ("Policy", "Report") or m.entry is not None:
            continue
        core = re.sub(r"[（(][^）)]*[）)]$", "", m.name)
        full = next((t for t in reversed(titles) if t.name != m.name and t.type == m.type
                     and re.sub(r"[（(][^）)]*[）)]$", "", t.name).endswith(core)), None)
        if full is not None and len(core) >= 2:
            m.aliases = (*m.aliases, m.name)
            m.name = full.name
        else:
            titles.append(m)


def _implicit_side(rule: Rule, fact: dict) -> str:
    if rule.anaphor:
        return ""
    if fact["s"] in rule.antecedents:
        return "s"
    if fact["o"] in rule.antecedents:
        return "o"
    return ""


_DOCUMENT_TITLE = re.compile(r"^(?:[\u4e00-\u9fff][\u4e00-\u9fff\s、]{1,60}关于印发)?《?([^《》]{6,60}?(?:规划|计划|方案|意见|办法|条例|措施|纲要|细则|"
                             r"指南|白皮书|蓝皮书|报告(?:摘要)?|名单|榜单|工作总结|工作思路))(?:[（(][^）)]{2,16}[）)])?》?(?:的通知|公示|公告)?$")


def _document_topic(article: Article) -> list[Mention]:
    """An article that is a policy or report itself (its title: 江西省数字经济核心产业倍增行动计划（2026—2028年）,
    or 某某关于印发《…》的通知) has that document as its topic from the first sentence: implicit subjects of
    policy rules (重点发展…) and 本计划 refer to it. Returned as the start of the mention history."""
    title = unicodedata.normalize("NFKC", (article.title or "").strip())
    title = re.sub(r"\((?:摘编|全文|节选|摘要|解读|图解|征求意见稿)\)$", "", title)    # …实施意见（摘编）: an excerpt of it
    lead = re.match(r"([^：:，,｜|！!？?]{4,60}?)(?:\((?:摘编|全文|节选|摘要|要点)\))(?:[：:]|——)", title)
    if lead is not None:
        title = lead.group(1)     # 2025年嘉兴市政府工作报告（摘编）：科技创新与产业发展: the excerpt's document, a subtitle after
    if WORK_REPORT.fullmatch(title):      # 政府工作报告（摘要）——2025年1月15日在…会议上
        return [Mention(0, 0, title, "Policy", title, "title")]
    m = _DOCUMENT_TITLE.match(title) if not re.search(r"[，,：:｜|！!？?]", title) else None
    if m is None:
        notice = BARE_DOC_TITLE.fullmatch(title)      # 河南省工业和信息化厅关于公布…名单的通知: the notice itself
        return [Mention(0, 0, notice.group(1), "Policy", notice.group(1), "title", aliases=title_aliases(notice.group(1)))] \
            if notice else []     # (关于X名单的公示: the list X名单 its other name)
    inner = re.search(r"《([^《》]+)》", title)
    name = inner.group(1) if inner else m.group(1) if title.endswith(("公示", "公告")) else title
    typ = classify_title(name, "")
    if typ not in ("Policy", "Report"):
        return []
    return [Mention(0, 0, name, typ, name, "title")]


_PUBLIC_OFFICE = re.compile(r"市长|省长|区长|县长|镇长|书记|市委|省委|主席|主任|局长|厅长|部长|委员|代表|秘书长|mayor|Mayor|governor|Governor|secretary|Secretary")


def _plausible_employer(c: Claim) -> bool:
    """A place employs only its public officials (杭州市长, 市委书记); 韩国归国工程师 does not work for 韩国."""
    if c.relation != "worksFor" or isinstance(c.object, str) or c.object.type != "Place":
        return True
    return bool(c.title and _PUBLIC_OFFICE.search(c.title))


_PARTY_COMMITTEE = re.compile(r"(?:中共)?([\u4e00-\u9fff]{1,8}?[省市区县])委")
_HEAD_OF_GOVERNMENT = re.compile(r"^(?:常务)?副?(省|市|区|县|镇)长$")
_EN_HEAD_OF_GOVERNMENT = re.compile(r"^(?:[Vv]ice\s|[Dd]eputy\s|[Ee]xecutive\s[Vv]ice\s)?([Mm]ayor|[Gg]overnor)$")
_EN_LEVEL = {"mayor": "市", "governor": "省"}
_CJK_PLACE = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _government_of_place(c: Claim) -> Claim:
    """浑南区区长霍岩, 杭州市长: the head of a place's government works for its people's government
    (浑南区人民政府, 杭州市人民政府), the body the title heads, not for the place itself (秀洲区委副书记、区长: for
    the government, the post the chain ends with)."""
    if c.relation != "worksFor" or isinstance(c.object, str) or not c.title:
        return c
    last = re.split(r"[、兼/]", c.title)[-1]     # 副书记、区长: the government post is the chain's last
    committee = _PARTY_COMMITTEE.fullmatch(c.object.name) if c.object.type == "GovernmentBody" else None
    if committee is not None:       # 秀洲区委副书记、区长陶佳慧: the district head works for its government
        level = _HEAD_OF_GOVERNMENT.match(last)
        if level is None or len(c.title) == len(last):
            return c
        name = committee.group(1) + ("" if committee.group(1).endswith(level.group(1)) else level.group(1)) + "人民政府"
        return dataclasses.replace(c, object=Mention(c.object.start, c.object.end, name, "GovernmentBody", name, "title"),
                                   title=last)      # (the government's own name: 杭州市委 is not one of its names)
    if c.object.type != "Place":
        return c
    head = _HEAD_OF_GOVERNMENT.match(last)
    en = _EN_HEAD_OF_GOVERNMENT.match(c.title)
    if head is None and en is None:
        return c
    level = head.group(1) if head else _EN_LEVEL[en.group(1).lower()]
    place = c.object.text if _CJK_PLACE.fullmatch(c.object.text or "") else c.object.name
    if not _CJK_PLACE.fullmatch(place):
        return c          # (an English place with no Chinese name: no body's name to give)
    name = place + ("" if place.endswith(level) else level) + "人民政府"
    gov = Mention(c.object.start, c.object.end, c.object.text, "GovernmentBody", name, "title")
    return dataclasses.replace(c, object=gov)


def _timeline_dates(body: str, sentences) -> dict[int, Mention]:
    """**2012年** / X在苏州工业园区成立: a timeline's year line is the date of the entry under it (up to the next blank
    line). Out: sentence index → that date, for the entry's sentences that carry no date of their own."""
    out: dict[int, Mention] = {}
    heading, prev_end = None, 0
    for sent, ms in sentences:
        if _YEAR_HEADING.fullmatch(sent.text):
            heading = next((m for m in ms if m.type == "Date" and m.value and not m.approximate), None)
        elif heading is not None and "\n\n" in body[prev_end:sent.start]:
            heading = None
        elif heading is not None and not any(m.type == "Date" for m in ms):
            out[sent.index] = Mention(0, 0, "", "Date", heading.name, "heading", value=heading.value)
        prev_end = sent.end
    return out


_YEAR_HEADING = re.compile(r"[#*\s]*(?:19|20)\d\d年(?:\d{1,2}月)?[*：:\s]*")     # **2012年**, ### 2019年3月
_NAME_ALONE = re.compile(r"(?:\d{1,2}[.、．]\s*)?[\u4e00-\u9fff·]{2,5}(?:[：:].*)?")
_CONTRAST_BEFORE = re.compile(r"(?:^|[，,])(?:与|和|跟|同|不同于|有别于|区别于)$")
_CONTRAST_AFTER = re.compile(r"(?:不同|一样|相比|相似|类似|相同|相反|有所不同)|的[^，。；,;]{1,10}?(?:不同|相比|相反)(?=[，,])|(?<=[于])[，,]")
                                # (与掌域的学院派气质不同，深圳X…: the sentence is about X)
_LEVELLED_PLACE = re.compile(r"^(?:([\u4e00-\u9fff]{2,3}?省))?(?:([\u4e00-\u9fff]{2,3}?市))?(?:([\u4e00-\u9fff]{2,3}?[区县])(?![\u4e00-\u9fff]?区))?")
_NOT_DISTRICT = re.compile(r"(?:新|园|城|开发|高新|示范|自贸|景|社|校|厂|片|辖|地|市|山|郊|专|试验|实验|功能|集聚|保税|产业|核心|先行|特|港|矿|老|灾|农|牧|林|库)区$")
_BARE_HEAD = re.compile(r"(?:^|(?<=[，,。；;：:\s（(、]))(?:常务)?副?([省市区县])长\s*")
_BARE_BODY = re.compile(r"^([省市区县])(?!委员会)[\u4e00-\u9fff]{1,10}$")


def home_places(title: str, sentences, lexicon: Lexicon) -> dict[str, str]:
    """The place an article's bare government bodies belong to, per level (省/市/区/县): the one of that level
    its title and its names of places, bodies and documents name most (the title's first), or none.
    In: the title and each sentence's mentions. Out: {"市": "湖州市", "区": "钱塘区"}."""
    counts: dict[str, dict[str, int]] = {}

    def count(name: str, weight: int = 1) -> None:
        m = _LEVELLED_PLACE.match(name)
        for place in m.groups() if m else ():
            if place and not (place[-1] == "区" and _NOT_DISTRICT.search(place)):
                level = counts.setdefault(place[-1], {})
                level[place] = level.get(place, 0) + weight
    count(title, 2)
    for _sent, ms in sentences:
        for m in ms:
            if m.source == "coref":
                continue
            if m.type == "Place" and not _LEVELLED_PLACE.match(m.text).group(0):
                entry = lexicon.lookup(m.text + "市")
                if entry is not None and entry.type == "Place" and entry is lexicon.lookup(m.text):
                    count(m.text + "市")       # 湖州 is 湖州市
                continue
            if m.type in ("Place", "GovernmentBody", "Policy", "Report", "Organization"):
                count(m.text)
    return {level: max(places, key=places.get) for level, places in counts.items()}


def _qualify_bare_bodies(title: str, sentences, lexicon: Lexicon) -> dict[str, str]:
    """区科技局, 市政府 (a body named by its level alone) → 钱塘区科技局, 湖州市人民政府: the body of the article's
    own place of that level (``home_places``), the bare name kept as an alias; a bare 政府 or 委 with no such
    place is dropped (one 市政府 node for every article's city would join them all).
    Returns the home places (``_bare_heads`` reads them for 市长X)."""
    bare = [(ms, m) for _s, ms in sentences for m in ms if m.type == "GovernmentBody" and m.source != "coref"
            and _BARE_BODY.match(m.name)]
    if not bare and not any(_BARE_HEAD.search(s.text) for s, _ms in sentences):
        return {}
    homes = home_places(title, sentences, lexicon)
    renamed: dict[str, str] = {}
    for ms, m in bare:
        g = _BARE_BODY.match(m.name)
        home, government = homes.get(g.group(1)), m.name[1:].removeprefix("人民").startswith("政府")
        if home is None:
            if government or m.name[1:] == "委":
                ms.remove(m)
            continue
        name = home + ("人民" if government and not m.name[1:].startswith("人民") else "") + m.name[1:]
        renamed[m.name] = name
        m.aliases = tuple(dict.fromkeys(m.aliases + (m.name,)))
        m.name = name
    for _s, ms in sentences:
        for m in ms:
            if m.source == "coref" and m.type == "GovernmentBody" and m.refs:
                m.name = m.refs[0].name
            if m.parent in renamed:
                if m.name.startswith(m.parent):     # (its own name begins with the body's: qualified the same way)
                    m.name = renamed[m.parent] + m.name[len(m.parent):]
                m.parent = renamed[m.parent]       # 市经济和信息化局装备工业处: the division of the qualified body
    return homes


def _qualify_bare_units(title: str, sentences, lexicon: Lexicon) -> set[str]:
    """计算机科学与技术学院 named alone in an article about one university (a campus news item, an alumni list):
    the school of that university, 浙江工业大学计算机科学与技术学院, the bare name kept as an alias and the
    university its parent. The article's university is the only one it names, or else the only one its title
    names. Returns the qualified names (their parent comes from the article, not from the name)."""
    units = [m for _s, ms in sentences for m in ms if m.type == "AcademicUnit" and m.source != "coref"
             and m.parent is None and not m.place and not m.name.isascii() and not _names_university(m.name, lexicon)]
    if not units:
        return set()
    named = {t.name for _s, ms in sentences for m in ms if m.source != "coref" for t in m.targets if t.type == "University"}
    named |= {n.group() for _s, ms in sentences for m in ms if m.source != "coref" and m.type != "University"
              for n in [_UNIVERSITY_LEAD.match(m.name)] if n}      # (钱江理工大学校友总会: the university it is of)
    if len(named) != 1:
        titled = {t.name for m in recognise(title, lexicon) for t in m.targets if t.type == "University"} if title else set()
        named = titled if len(titled) == 1 else set()
    if not named:
        return set()
    university = next(iter(named))
    out = set()
    for m in units:
        m.aliases = tuple(dict.fromkeys(m.aliases + (m.name,)))
        m.name, m.parent = university + m.name, university
        out.add(m.name)
    return out


def _name_bare_documents(sentences, lexicon: Lexicon) -> None:
    """政府工作报告 in a headline, 《2025年绍兴市政府工作报告》 in the text: a document named by its kind alone (no
    year, place or issuer: 政府工作报告, 行动计划) is the one document of the article whose name ends with it, when
    there is one; the kind alone stays an alias."""
    docs = [m for _s, ms in sentences for m in ms if m.type in ("Policy", "Report") and m.source != "coref"]
    names = {m.name for m in docs}
    for m in docs:
        if len(m.name) > 8 or re.search(r"\d", m.name) or lexicon.leading_place(m.name):
            continue
        full = {n for n in names if n != m.name and n.endswith(m.name)}
        if len(full) == 1:
            m.aliases = tuple(dict.fromkeys(m.aliases + (m.name,)))
            m.name = full.pop()


_UNIVERSITY_LEAD = re.compile(r"[\u4e00-\u9fff]{2,8}?大学(?=[\u4e00-\u9fff]{2,})(?!城|科技园|生|附属)")


def _names_university(name: str, lexicon: Lexicon) -> bool:
    """The unit's name starts with a university's (浙大计算机学院): it is qualified already."""
    return "大学" in name or any((e := lexicon.lookup(name[:k])) is not None and e.type == "University"
                               for k in range(len(name) - 2, 1, -1))


def _clause_antecedent(history: list[Mention]):
    """``_antecedent`` for the nets: the organisation the sentence opens with (its subject, which a Chinese
    topic chain carries into clauses that name none), else the nearest fitting mention before, else — never for a person —
    the article's topic, counted once per sentence and class set (the history does not change
    within a sentence)."""
    topics: dict[str, Mention | None] = {}

    def ante(before: list[Mention], classes: str) -> Mention | None:
        lead = before[0] if before and before[0].start <= 1 and before[0].type != "Person" else None
        if lead is not None and (first := _antecedent([lead], [], classes)) is not None:
            return first     # a clause with no subject continues the sentence's: 公司先后获得A和B的投资，2021年入选C
        near = _antecedent(before, [], classes)
        if near is not None or "P" in classes:
            return near          # (people only from the sentence itself)
        if classes not in topics:
            topics[classes] = _antecedent([], history, classes)
        return topics[classes]
    return ante


_ROLE_WORD = re.compile(name_rules()["title_re"] + r"|\b(?:CEO|CTO|COO|CFO|chairman|chairwoman|president|director|head)\b")
_INVEST_WORD = re.compile(r"投资|领投|跟投|参投|入股|注资|增资|出资|\binvest|\bbacked\b|\bled\b")
_INVEST_DESCRIBES = re.compile(r"(?:投资|领投|跟投)[^，。；]{0,30}的[^，。；]{0,10}$")


def _invests_only_before(text: str, subj) -> bool:
    """The sentence's only investing words describe the investor before its name (…投资…的投资机构X)."""
    if not (0 <= subj.start < subj.end <= len(text)) or text[subj.start:subj.end] != subj.text:
        return False
    return _INVEST_WORD.search(text, subj.end) is None and _INVEST_DESCRIBES.search(text, 0, subj.start) is not None


_STAKE_RULES = {"rules/invest.en-owns-minority-percent", "rules/invest.holds-stake"}
_STAKE_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(?:[%％]|per\s?cent|percent)")


def _minority_stake(c: Claim, text: str) -> bool:
    """The stake a sentence states next to the company it is in (持有X 10%的股份, owns 12% of X) is under
    half."""
    o = c.object if isinstance(c.object, Mention) else None
    if o is None or o.end > len(text):
        return False
    m = _STAKE_PERCENT.search(text, max(0, o.start - 16), min(len(text), o.end + 12))
    return m is not None and float(m.group(1)) < 50


_LIST_GAP = re.compile(r"\s*(?:[（(][^（）()]{1,6}[）)])?\s*(?:[、，,]|和|及|与|以及)\s*")


def _listed_together(text: str, a: Mention | None, b: Mention | None, ms: list[Mention] = ()) -> bool:
    """Two names of one list (国投创合（领投）、启元资本、合肥高新创投: only separators and other names between
    them): co-investors of a round, members of one group — neither invests in the other."""
    if a is None or b is None:
        return False
    first, second = (a, b) if a.start < b.start else (b, a)
    if first.end > second.start:
        return False
    gap, pos = [], first.end
    for m in sorted((m for m in ms if first.end <= m.start and m.end <= second.start and m.type != "Date"), key=lambda m: m.start):
        gap.append(text[pos:m.start] + "\x00")
        pos = m.end
    gap.append(text[pos:second.start])
    return all(_LIST_GAP.fullmatch(g.rstrip("\x00")) for g in gap) and len(gap) <= 6


def _pair_blocked(c, found: list[Claim], given: bool = True, text: str = "", row: list[Mention] = ()) -> bool:
    """A learned pair yields to what the sentence's patterns and net found when they state the same fact,
    make its two sides a unit and its parent or co-founders of one body, or give a date relation for
    either side, a place for the subject, the relation for both sides, or a founder role of the person
    elsewhere. When they give the same relation for one side only (another employer of the person,
    another founder of the company), or a founding role of the person for a worksFor pair, the pair
    stays, with a feature that says so (``worksFor|given=s``): the model weighs it and its kind is
    measured apart (kg.pairs.kind). ``given=False``: only the blocks (against the pairs already kept).
    ``text``: the sentence (an investor described by what it invests in before its name invests in no topic);
    ``row``: its mentions (a person's table row that names its own organisation takes no employer or company from
    context, and two names of one list — 国投创合（领投）、启元资本 — do not invest in each other)."""
    oname = c.object.value if c.relation in DATE_RELATIONS else c.object.name
    if any(x.relation == c.relation and x.subject.name == c.subject.name and _object_key(x) == oname for x in found):
        return True
    if _side_given(c.relation, c.subject, c.object, [x for x in found if x.relation != c.relation]) \
            or any(x.relation == "parentOrganization" == c.relation and {x.subject.name, _object_key(x)} == {c.subject.name, oname}
                   for x in found):
        return True
    if c.relation == "parentOrganization" and any(x.relation == "investedIn" and x.extractor in _STAKE_RULES
                                                  and {x.subject.name, _object_key(x)} == {c.subject.name, oname}
                                                  and _minority_stake(x, x.sentence.text) for x in found):
        return True           # Yunhe owns 12% of Qianshu, X持有启衡电气10%的股份: a stake under half, no parent
    if c.relation == "worksFor" and any(x.relation == "alumniOf" and x.subject.name == c.subject.name
                                        and _object_key(x) == oname for x in found):
        return True           # 李超同样毕业于浙江大学: where the sentence says one studied, not that one works there
    if c.relation == "worksFor" and any(x.relation == "founder" and _object_key(x) == c.subject.name
                                        and x.subject.name != oname for x in found) \
            and any(x.relation == "founder" and x.subject.name == oname and _object_key(x) != c.subject.name for x in found):
        return True           # A创始人甲和乙…，B创始人丙和丁: 乙 founded A, B has its own founders (no 乙–B)
    if c.relation == "worksFor" and text and any(x.relation == "founder" and x.subject.name == oname
                                                 and _object_key(x) == c.subject.name for x in found) \
            and not _ROLE_WORD.search(text):
        return True           # 2019年，冯曦博在成都创办了云澈科技: founding it says no role in it
    if c.relation == "investedIn" and _listed_together(text, c.subject_mention, c.object_mention, row):
        return True           # | 国投创合（领投）、启元资本、合肥高新创投 |: the round's investors, side by side
    if c.relation == "investedIn" and c.object_mention is None and c.subject_mention is not None \
            and _invests_only_before(text, c.subject_mention):
        return True           # 致力于投资…的投资机构“藕舫天使”，盘点了…: what the investor does, said of no company
    if c.object_mention is None and c.relation == "worksFor" and any(
            not x.implicit and ((x.relation == "founder" and _object_key(x) == c.subject.name)
                                or (x.relation == "worksFor" and x.subject.name == c.subject.name)) for x in found):
        return True           # 郑嘉言…回杭创办嘉序数据: the sentence names the person's own firm; no employer from before it
    if (c.object_mention is None or c.subject_mention is None) and c.relation in ("worksFor", "founder", "alumniOf") \
            and TABLE_ROW.match(text) and sum(1 for m in row if CODES[m.type] in "CROIUA") >= 1:
        return True           # | 韩拓 | … | 衢州拓烯新材料科技有限公司 |: a row that names its own organisation is a record;
                              # the row above is not its context (| 董事会秘书 | 孙楠 |: a row of the topic's, the pair stays)
    if not given:
        return False
    sides = {"s" for x in found if x.relation == c.relation and x.subject.name == c.subject.name}
    sides |= {"o" for x in found if x.relation == c.relation and _object_key(x) == oname}
    if sides and (c.relation in DATE_RELATIONS or (c.relation == "location" and "s" in sides)
                  or sides >= {"s", "o"} or (c.relation == "founder" and "o" in sides)):
        return True           # one founding or issue date per sentence's body, a place already given
                              # (总部从北京迁至杭州, 于2023年设立子公司X), both sides already paired with
                              # others (A创始人甲，B创始人乙: no A–乙), a founder of another body: the
                              # patterns' reading stands
    if c.relation == "worksFor" and any(x.relation in ("founder", "worksFor")
                                        and c.subject.name in (x.subject.name, _object_key(x)) for x in found):
        sides.add("f")
    feature = f"{c.relation}|given=" + "".join(sorted(sides))
    c.features = [x for x in c.features if "|given=" not in x] + ([feature] if sides else [])
    return False


def _no_parent_cycles(claims: list[Claim]) -> list[Claim]:
    """A parent is not its child's child: of two parentOrganization claims in opposite directions, the less sure
    goes (a learned pair's 学院 → 研究中心 against 研究中心 挂靠 学院 read where the name says so)."""
    best: dict[tuple[str, str], float] = {}
    for c in claims:
        if c.relation == "parentOrganization" and not isinstance(c.object, str):
            key = (c.subject.name, c.object.name)
            best[key] = max(best.get(key, 0.0), c.confidence)
    return [c for c in claims if not (c.relation == "parentOrganization" and not isinstance(c.object, str)
                                      and best.get((c.object.name, c.subject.name), 0.0) > c.confidence)]


def _one_maker(claims: list[Claim]) -> list[Claim]:
    """A product whose maker a pattern states somewhere in the article is not also given, by a
    recall net's guess at an implicit subject, to the article's topic (《黑神话：悟空》 is 游戏科学's)."""
    stated = {_object_key(c) for c in claims if c.relation == "develops" and not _is_net(c)}
    return [c for c in claims if not (c.relation == "develops" and _is_net(c) and c.implicit == "s"
                                      and _object_key(c) in stated
                                      and not any(x.subject.name == c.subject.name and _object_key(x) == _object_key(c)
                                                  for x in claims if not _is_net(x)))]


_MAKER_TYPES = ("Company", "ResearchInstitute", "Organization")
_PRODUCT_TYPES = ("Product", "AIModel", "Game")


def _name_makers(sentences, claims: list[Claim], conf: float) -> list[Claim]:
    """A product named with its maker's name in front (鲲渊SP-800 of 鲲渊光子, 曦核XH32 of 曦核, 谷泽GZ-3,
    Lanyu Swift) → develops, where no pattern gave it a maker; a recall net's other guess for it yields.
    The makers are the article's companies by the names it uses for them (two characters or more; an
    English one-word name of four letters or more)."""
    names: dict[str, Mention] = {}
    tails = name_rules()["brand_tail_set"]
    for _, ms in sentences:
        for m in ms:
            for t in m.targets:
                if t.type in _MAKER_TYPES and t.source != "coref":
                    for n in {m.text, t.name, *t.aliases}:
                        if len(n) >= 2 and (not n.isascii() or (len(n) >= 4 and n[:1].isupper())):
                            names.setdefault(n, t)
                        if len(n) in (4, 5) and n[2:] in tails and not n.isascii():
                            names.setdefault(n[:2], t)     # 谷泽 of 谷泽新材: its trade name's head
    if not names:
        return claims
    longest_first = sorted(names, key=len, reverse=True)
    stated = {_object_key(c) for c in claims if c.relation == "develops" and not _is_net(c)}
    out, made = list(claims), {}
    for sent, ms in sentences:
        for m in ms:
            if m.type not in _PRODUCT_TYPES or m.source == "title" or m.name in stated or m.name in made:
                continue          # (《硅光芯片产业技术路线图》: a document, not 硅光's product)
            lead = sent.text[max(0, m.start - 12):m.start]
            maker = None
            for n in longest_first:
                if (m.text.startswith(n) and len(m.text) > len(n)) or (lead.endswith(n) and lead[-len(n) - 1:-len(n)] in ("", "“", "\"", "「", " ")):
                    rest = m.text[len(n):] if m.text.startswith(n) else m.text
                    if n.isascii() and not rest.startswith(" ") and m.text.startswith(n):
                        continue          # Lanyu|Swift yes, Lanyux no
                    maker = names[n]
                    break
            if maker is None or maker.name == m.name:
                continue
            if not m.text.startswith(n) and not n.isascii():    # “曦核XH32”: the product's name has its maker's in front
                m = Mention(m.start - len(n), m.end, n + m.text, m.type, n + m.text, m.source)
            made[m.name] = maker.name
            out.append(Claim(maker, "develops", m, sent, "rules/develops.maker-in-product-name", conf))
    if made:
        out = [c for c in out if not (c.relation == "develops" and _is_net(c) and made.get(_object_key(c)) not in (None, c.subject.name))]
    return out


_LIST_JOIN = re.compile(r"[、和及与，,]|以及|\band\b")
_NOT_LIST_GAP = re.compile(r"[。；;：:]|(?:由|为|给|向|供|卖|交付|客户|用户|通过|认证|进入|已经|已|完成)")


def _listed_products(sentences, claims: list[Claim], conf: float) -> list[Claim]:
    """Products listed beside one whose maker a pattern found (推出工业视觉大模型“擎眼2.0”及配套的边缘推理盒子
    QB-20; Its product line includes the TideCell containers, the CoralPack cabinet and … ReefOS): the
    same maker's, when nothing but list words and descriptions stands between them (no other
    organisation, no clause end, no buyer)."""
    made = {_object_key(c) for c in claims if c.relation == "develops"}
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        if c.relation == "develops" and not _is_net(c) and isinstance(c.object, Mention) and c.object.type in _PRODUCT_TYPES:
            by_sentence.setdefault(id(c.sentence), []).append(c)
    out: list[Claim] = []
    for sent, ms in sentences:
        found = by_sentence.get(id(sent))
        if not found:
            continue
        for q in ms:
            if q.type not in _PRODUCT_TYPES or q.name in made or q.source == "title":
                continue
            best = None
            for c in found:
                p = c.object
                a, b = (p.end, q.start) if p.end <= q.start else (q.end, p.start)
                if a > b or b - a > (25 if sent.text[a:b].isascii() else 12):
                    continue
                gap = sent.text[a:b]
                if _LIST_JOIN.search(gap) and not _NOT_LIST_GAP.search(gap) and not any(
                        a <= x.start and x.end <= b and x.type not in ("Place", "Date", "Industry") + _PRODUCT_TYPES for x in ms):
                    best = c
                    break
            if best is not None:
                made.add(q.name)
                out.append(Claim(best.subject, "develops", q, sent, "rules/develops.listed-with-product", conf))
    return out


# a heading over a company's own products (我们在做什么, 核心产品, 产品与服务, Our products), and a bulleted item
# under it that names one and then says what it is (- 衡思：面向数学、代码和科学推理的专用推理模型；)
_PRODUCT_SECTION = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]\s*|[（(][一二三四五六七八九十]+[）)])?"
                              r"(?:我们在做什么|我们做什么|我们的产品(?:与服务)?|产品(?:与|和|及)(?:服务|解决方案)|(?:主要|核心|主营|主打|明星)?产品(?:矩阵|线|体系|介绍|一览|布局)?"
                              r"|What\s[Ww]e\s(?:[Dd]o|[Bb]uild|[Mm]ake)|(?:Our\s)?[Pp]roducts?(?:\sand\s[Ss]ervices)?)\s*[：:]?\s*")
_SECTION_ITEM = re.compile(r"\s*[-*•·]\s*([^：:，,。；;\s（(]{2,16})(?:[（(][^（）()]{1,16}[）)])?\s*[：:]")


@lru_cache(maxsize=4)
def _section_item_names(body: str) -> tuple[str, ...]:
    """The names the items of a product section give (see ``_product_section_items``), read from the lines
    of the body, so that every sentence of the article knows them as products (asked twice per article:
    by the gazetteer and by the claim pass)."""
    out: list[str] = []
    inside = False
    for line in body.splitlines():
        if not line.strip():
            continue
        item = _SECTION_ITEM.match(line)
        if item is None and _HEADING_LIKE.fullmatch(line.strip()):
            inside = _PRODUCT_SECTION.fullmatch(line) is not None
        elif inside and item is not None:
            out.append(unicodedata.normalize("NFKC", item.group(1)))
        else:
            inside = False
    return tuple(out)


def _product_section_items(body: str, sentences, conf: float) -> list[Claim]:
    """A company's page or profile that lists its products under a heading of their own (我们在做什么 /
    - 衡语大模型：自研基座模型系列… / - 衡思：…): each item's name (``_section_item_names``) is a product of the
    company the text is about (the one named most before the item)."""
    names = set(_section_item_names(body))
    out: list[Claim] = []
    named: list[Mention] = []
    for sent, ms in sentences:
        item = _SECTION_ITEM.match(sent.text) if names else None
        if item is not None and unicodedata.normalize("NFKC", item.group(1)) in names:
            s_, e_ = item.span(1)
            firm = _antecedent([], named, "CI")
            if firm is not None and not any(m.start <= s_ and e_ <= m.end and m.type not in _PRODUCT_TYPES for m in ms):
                known = next((m for m in ms if m.start == s_ and m.end == e_), None)
                product = known or Mention(s_, e_, item.group(1), "Product", unicodedata.normalize("NFKC", item.group(1)), "section")
                out.append(Claim(firm, "develops", product, sent, "rules/develops.product-section-item", conf))
        named.extend(m for m in ms if m.type != "Date")
    return out


_FOUNDING_VERB = re.compile(r"创办|创立|创建|成立|设立|组建|founded|co-founded|set\sup|established|incorporated|started")


def _founding_dates(sentences, claims: list[Claim], conf: float) -> list[Claim]:
    """When a pattern names who founded an organisation and the clause with the founding verb holds one date
    (2016年与周子健联合创办云栈数据, 星汉微电子由郁文博于2015年创立, In 1993 he founded X), that date is the
    organisation's founding date — unless the article gives it one already. The organisation must be named
    in that clause, or the clause name no other organisation (a founder's university aside)."""
    dated = {c.subject.name for c in claims if c.relation == "foundingDate" and not _is_net(c)}
    by_start = {sent.start: ms for sent, ms in sentences}
    out: list[Claim] = []
    for c in claims:
        if c.relation != "founder" or _is_net(c) or c.subject.name in dated:
            continue
        sent = c.sentence
        ms = by_start.get(sent.start, [])
        text = sent.text
        for a, b in cooccur.clauses(text):
            if _FOUNDING_VERB.search(text, a, b) is None:
                continue
            dates = [m for m in ms if m.type == "Date" and m.value and a <= m.start < b]
            if len(dates) != 1:
                continue
            inside = [m for m in ms if a <= m.start < b and m.type not in ("Date", "Person", "Place")]
            named = any(t.name == c.subject.name for m in inside for t in m.targets)
            others = [m for m in inside if CODES.get(m.type, "") in "CROIGK" and not any(t.name == c.subject.name for t in m.targets)]
            if not named and others:
                continue
            out.append(Claim(c.subject, "foundingDate", dates[0].value, sent, "rules/founded.with-founder", conf,
                             approximate=dates[0].approximate))
            dated.add(c.subject.name)
            break
    return out


def _is_net(c: Claim) -> bool:
    return c.extractor.startswith(("rules/pairs.", "rules/cooc."))


def _side_given(rel: str, subj: Mention, obj: Mention, found: list[Claim]) -> bool:
    """Some fact of ``found`` already gives ``rel`` for this subject or this object, or makes the two a
    unit and its parent (合肥产投集团旗下的庐州科创基金跟投: no investment between them), or co-founders of
    one body (A与B共同发起设立C: no investment between A and B) — the nets yield."""
    oname = obj.value if rel in DATE_RELATIONS else obj.name
    if rel == "founder" and any(x.relation == "worksFor" and x.tense == "former" and x.subject.name == oname
                                and _object_key(x) == subj.name for x in found):
        return True           # 联合创始人A、B都是前米哈游的工程师: a former employer, not what they founded
    if any((x.relation == rel and (x.subject.name == subj.name or _object_key(x) == oname))
           or (x.relation == "parentOrganization" and {x.subject.name, _object_key(x)} == {subj.name, oname})
           for x in found):
        return True
    founders: dict[str, set] = {}
    for x in found:
        if x.relation == "founder":
            founders.setdefault(x.subject.name, set()).add(_object_key(x))
    return any({subj.name, oname} <= v for v in founders.values())


def _net_claim(subj: Mention, rel: str, obj: Mention, sent: Sentence, rid: str, conf: float, implicit: str) -> Claim:
    """A claim of one of the recall nets: a date relation's object is the date's value."""
    if rel in DATE_RELATIONS:
        return Claim(subj, rel, obj.value, sent, rid, conf, approximate=obj.approximate, implicit=implicit)
    return Claim(subj, rel, obj, sent, rid, conf, implicit=implicit)


class _History(list):
    """The article's mentions so far, where the current paragraph's begin, and where those of the
    current section begin (after a line that is an organisation's name alone; None: no such section)."""
    para_start = 0
    prev_para_start: int | None = None
    section_start: int | None = None


_NAME_LINE_DECOR = re.compile(r"[^\w\u4e00-\u9fff（）()]*(?:\d{1,2}\ufe0f?\u20e3\s*|\d{1,2}[.、)]\s*|[（(][一二三四五六七八九十\d]{1,2}[)）]\s*|[一二三四五六七八九十]{1,2}、"
                              r"|第[一二三四五六七八九十\d]{1,3}[名位]\s*[：:|｜·\-—]?\s*|(?:No\.|TOP|Top|#)\s?\d{1,3}[：:.]?\s*|\d{1,2}\s*[｜|]\s*)?(?:\*\*)?")
_NAME_LINE_TAIL = re.compile(r"(?:\*\*)?\s*(?:[（(][^（）()]{1,20}[）)])?\s*(?:\*\*)?\s*[：:]?\s*")
_ENTRY_CELLS = re.compile(r"(?:[（(][^（）()|｜]{1,20}[）)])?(?:\*\*)?[ \t\u3000]*[｜|]")
_HEADING_LIKE = re.compile(r"[^，。；;！？!?,.]{1,30}")
_LABEL_LINE = re.compile(r"[\u4e00-\u9fffA-Za-z ]{1,8}[：:]\s*\S")


def _name_line(text: str, ms: list[Mention]) -> Mention | None:
    """The organisation a line names when it is that name and nothing more but decoration (a bullet, a
    number, bold, a bracketed note: 🔹 杭州语川智能科技有限公司（A轮）, ### 3. 杭州星湖合成生物科技有限公司),
    or its name and then cells; None for any other line."""
    orgs = [m for m in ms if m.type != "Date" and not (m.type == "Place" and text[m.start - 1:m.start] in ("（", "(")
                                                       and text[m.end:m.end + 1] in ("）", ")"))]
    # (（四）浙江光熠通信技术有限公司（杭州市滨江区）: the place in the bracketed note is decoration)
    cells = _ENTRY_CELLS.match(text, orgs[0].end) if orgs else None
    if cells is not None:             # 极光量芯 ｜ 领域：光量子计算 ｜ 城市：合肥: the entry's name, then its cells
        orgs = [m for m in orgs if m.start < orgs[0].end or m.start >= cells.end()]
        orgs = [m for m in orgs if m.start < cells.end()]   # (No.1 合肥声衍智能科技有限公司（声衍智能）｜合肥: its short name no other)
    if len(orgs) != 1 or CODES[orgs[0].type] not in "CIRO":
        return None
    m = orgs[0]
    named = _NAME_LINE_DECOR.fullmatch(text, 0, m.start) is not None and \
        (cells is not None or _NAME_LINE_TAIL.fullmatch(text, m.end) is not None)
    return m.targets[0] if named else None


# a mention in the current paragraph counts this much more towards the topic than one before it
# (round-ups: 创始人X… in a paragraph about one of six companies is that company's; measured on the
# development half: weight 0 → F1 0.836, 1 → 0.838, 3 → 0.840, 6 or more → 0.840)
_PARAGRAPH_WEIGHT = 3
# the name a section opens with (a line that is that name alone) counts this much more, for the whole section
_SECTION_WEIGHT = 6


# an English name after a preposition is no sentence's subject (…after five years as an engineer at DJI)
_EN_OBLIQUE = re.compile(r"\b(?:at|from|with|for|of|by|in|into|to|on|than|like|including|as|joining|joined|left|leaving)\s(?:the\s)?$")


def _groups_last(ms: list[Mention], found: list[Claim], text: str = "") -> list[Mention]:
    """A sentence's mentions as the next sentence's ``recent``: a group this sentence gave a member
    last (nearest), so that "The others are B, C" continues the group of "A is one of the Optics
    Valley Five", not another group the sentence compares it with; without the companies it named as
    investors (…，锡耀精密作为产业方参与 is no startup whose next round the next sentence lists); an
    English name after a preposition is farther than the sentence's subject."""
    groups = {id(c.object) for c in found if c.relation == "memberOf"}
    founded = {c.subject.name for c in found if c.relation == "founder" and not _is_net(c)}
    investors = {c.subject.name for c in found if c.relation == "investedIn"}
    return sorted((m for m in ms if m.type != "Date" and not all(t.name in investors for t in m.targets)),
                  key=lambda m: (any(id(t) in groups for t in m.targets), any(t.name in founded for t in m.targets),
                                 not _EN_OBLIQUE.search(text, 0, m.start)))
                  # (The company was founded by Tang, who spent nine years at HiSilicon, Huawei's chip arm: the
                  #  company the sentence gave a founder, not the last name, is what the next one goes on about)



# titles that name the kind of body they are held in: a 副院长 is an institute's (…院), not the city
# bureau the sentence before named; a title not listed here fits any body
_TITLE_HEADS = ((re.compile(r"院长$"), ("院",)), (re.compile(r"所长$"), ("所",)), (re.compile(r"校长$"), ("大学", "学院", "学校")),
                (re.compile(r"局长$"), ("局",)), (re.compile(r"厅长$"), ("厅",)), (re.compile(r"会长$"), ("会",)),
                (re.compile(r"秘书长$"), ("会", "联盟")))
# titles whose body is most often of one kind, though not always: a 合伙人 of an investment firm when the text
# has named one, else of whatever firm it is about
_SOFT_TITLE_HEADS = ((re.compile(r"^(?:管理|投资|执行|高级)?合伙人$"), ("资本", "创投", "投资", "基金", "Capital", "Ventures", "Partners")),)


def _title_heads(title: str) -> tuple[str, ...]:
    return next((heads for pat, heads in _TITLE_HEADS if pat.search(title)), ())


_LINE_LABEL = re.compile(r"(?m)^[\s>*]*([^\s：:*|｜]{2,16}?)\**\s*[：:]")


@lru_cache(maxsize=2)
def _askers(body: str) -> frozenset[str]:
    """Labels that open two lines or more (深潮科技：…？ … 深潮科技：…？): who asks an interview's questions.
    (Both passes over an article ask: kept for the article being read.)"""
    seen: dict[str, int] = {}
    for m in _LINE_LABEL.finditer(body):
        seen[m.group(1)] = seen.get(m.group(1), 0) + 1
    return frozenset(k for k, n in seen.items() if n >= 2)


def _speaker_label(m: Mention, text: str, askers: frozenset[str]) -> bool:
    """**深潮科技：先聊聊你自己。** — an interviewer's label opening the line (a publication asking the
    questions, a label repeated line after line) is not what the article is about: it does not count
    towards the topic."""
    return m.text in askers and m.start <= 2 and m.type not in ("Person", "Place") and m.source != "coref" \
        and re.match(r"\**\s*[：:]", text[m.end:m.end + 4]) is not None


def _not_one_of_them(sent: Sentence, ms: list[Mention], claims: list["Claim"]) -> list["Claim"]:
    """The nets' claims of a sentence about one of several people left unnamed (两人…，一个南下读博，一个去了X):
    none for a person the sentence does not name itself (the article's person, or 两人 standing for both)."""
    if not _ONE_OF_THEM.search(sent.text):
        return claims
    named = {t.name for x in ms if x.type == "Person" and x.source != "coref" for t in x.targets}
    return [c for c in claims if c.subject.type != "Person" or c.subject.name in named]


# a clause about one of several people, unnamed (一个去了深圳…, 另一位则…)
_ONE_OF_THEM = re.compile(r"(?:^|(?<=[，,；;。]))(?:毕业后|后来|随后)?(?:其中)?(?:一个|另一个|一人|另一人|另一位)(?![\u4e00-\u9fff]{0,3}(?:公司|企业|机构|项目|产品|月|星期|小时))")


def _antecedent(before: list[Mention], history: list[Mention], codes: str, heads: tuple[str, ...] = ()) -> Mention | None:
    """What an implicit subject refers to: the nearest fitting mention earlier in the sentence, else the
    article's topic so far (the fitting entity mentioned most often, mentions in the current paragraph
    weighing more; the most recent among equals). ``heads``: the name must end with one of them."""
    for x in reversed(before):
        for t in x.targets:
            if CODES[t.type] in codes and (not heads or t.name.endswith(heads)) and not x.basis and not x.aside \
                    and not x.workplace and not x.contrast:
                return t
    counts: dict[str, int] = {}
    last: dict[str, tuple[int, Mention]] = {}
    para = getattr(history, "para_start", len(history))
    section = getattr(history, "section_start", None)
    section = len(history) if section is None else section
    for i, x in enumerate(history):
        if x.basis or x.workplace:
            continue          # 为贯彻落实《X》: the policy cited as the basis is not the one the text goes on about;
                              # (毕业后进入X: a step of someone's career is not what the article is about)
        for t in x.targets:
            if CODES[t.type] in codes and (not heads or t.name.endswith(heads)):
                counts[t.name] = counts.get(t.name, 0) + 1 + (_PARAGRAPH_WEIGHT if i >= para else 0) \
                    + (_SECTION_WEIGHT if i == section else 0)
                last[t.name] = (i, t)
    if not counts:
        return None
    if 0 < para < len(history) and (new := _introduced(history, para, codes, heads)) is not None:
        return new
    prev = getattr(history, "prev_para_start", None)
    if prev is not None and 0 < prev < para and not any(CODES[t.type] in codes for k in range(para, len(history))
                                                        for t in history[k].targets) \
            and (new := _introduced(history, prev, codes, heads, end=para)) is not None:
        return new        # (a one-line paragraph introduces the company, the next one opens with 创始人…)
    best = max(counts, key=lambda n: (counts[n], last[n][0]))
    return last[best][1]


def _introduced(history: list[Mention], para: int, codes: str, heads: tuple[str, ...], end: int | None = None) -> Mention | None:
    """The entity a paragraph introduces, when it names no other fitting one: 总部位于未来科技城的杭州灵犀机器人
    有限公司成立于2020年。创始人兼CEO沈一鸣… (the article's main company, named more often, is not meant).
    Not when the paragraph (``history[para:end]``) also names another fitting entity, or the entity was named before
    the paragraph, or it is named as a workplace, a contrast or a basis. A company opens its paragraph; a
    document may come last (2025年11月3日，合肥市数据资源局印发《…若干措施》。)."""
    found = None
    for k in range(para, len(history) if end is None else end):
        x = history[k]
        for t in x.targets:
            if CODES[t.type] not in codes or (heads and not t.name.endswith(heads)):
                continue
            if x.basis or x.workplace or x.contrast or x.source == "coref" \
                    or (found is not None and found.name != t.name) or (found is None and x.start > 1 and codes != "Y"):
                return None
            found = t
    if found is None or any(t.name == found.name for k in range(para) for t in history[k].targets):
        return None       # (named before the paragraph: not introduced by it)
    return found


def _clean_title(title: str | None) -> str | None:
    """创始人兼CEO → CEO: the founding role is its own fact."""
    if not title:
        return title
    t = re.sub(r"^(?:联合)?(?:创始人|创办人)(?:兼|、|和)", "", title)
    return t or title


@register("rules.v1")
def _rules_v1() -> Extractor:
    return RuleExtractor()
