"""Article-local names: what one article has taught us about its own entities.

In: an article body (for names declared with a bracket alias up front) and, sentence by sentence,
the mentions recognised so far. Out: :meth:`Gazetteer.find`, the leftmost-longest occurrences of
those names in a later sentence, each with the entity's type and canonical name. This is the
"one sense per discourse" step: once 深圳市灵犀动力机器人有限公司（以下简称“灵犀动力”） has been read,
every later 灵犀动力 is that company, even where nothing else in the sentence says so.
"""
from __future__ import annotations

import re
import unicodedata

import ahocorasick

from .gate import prefilter
from .mentions import _LEGAL_FORM, PARTNERSHIP_NOTE, EN_EVERYDAY as _EVERYDAY

_CODE_AFTER = re.compile(r"[A-Z]{1,4}-?\d")
_WORD_AFTER = re.compile(r"(?:[A-Z][a-z]+){1,3}(?![A-Za-z0-9\-])|[A-Z]{2,4}(?![A-Za-z0-9\-])")   # 析微ProDesign, 驭衡Pilot, 驭衡OS
_MODEL_TAIL = re.compile(r"(?:\s?(?:\d+(?:\.\d+)?|Pro|Max|Plus|Ultra|Mini|Lite)(?![A-Za-z0-9]))*")
_NOT_PRODUCT_WORDS = {"AI", "CEO", "CTO", "COO", "CFO", "CIO", "CMO", "IPO", "Pre", "PACK", "VR", "AR", "APP", "App", "Inc", "Ltd",
                      "Group", "Capital", "Ventures", "Tech", "Technology", "Labs", "Lab"}
_DECL = re.compile(
    r"([\u4e00-\u9fffA-Za-z0-9·]{2,30}?(?:[（(][\u4e00-\u9fff]{2,5}[）)][\u4e00-\u9fffA-Za-z0-9·]{2,12}?|" + PARTNERSHIP_NOTE + ")?)"   # (X（沈阳）有限公司, X合伙企业（有限合伙）)
    r"\s*[（(]\s*((?:以下简称|以下称|下称|简称|英文名称?|英文|English name)[^）)]{1,60})[）)]")
# 量旭精仪的全称是合肥量旭精密仪器有限公司: a short name, then the legal name it stands for
_FULL_NAME = re.compile(
    r"(?:^|(?<=[，,。；;：:\s“”\"、]))([\u4e00-\u9fffA-Za-z0-9]{2,10}?)(?:的)?(?:公司)?(?:全称|全名|工商注册名称?|注册名称?)"
    r"(?:为|是|叫|：|:)?\s*[“\"]?([\u4e00-\u9fffA-Za-z0-9（）()]{6,40}?(?:股份有限公司|有限责任公司|有限公司|集团))"
    r"(?![\u4e00-\u9fffA-Za-z0-9])")      # (the whole name: not 债券全称：X集团有限公司2024年…公司债券)
_MAY_DECLARE = prefilter([_DECL, _FULL_NAME])
_PARTNERSHIP_NOTE = re.compile(PARTNERSHIP_NOTE + "$")
# where a declaration's bracket can begin (what _DECL needs after the name, without the rest)
_DECL_BRACKET = re.compile(r"[（(]\s*(?:以下简称|以下称|下称|简称|英文|English name)")


_DEAL_WORD = re.compile(r"^.*(?:亿元|万元|收购了?|并购了?|入股了?|参股了?|控股(?!集团|有限|股份|公司)了?|投资了|增资|旗下的?|孵化的?|携手|牵手|签约|(?:发起)?(?:成立|设立|组建|筹建|创立|创办)了?)")
_CLAUSE_WORD_TAGS = ("r", "p", "uj", "ul", "ud")
_CLAUSE_WORDS = {"是", "为", "系", "即", "由"}


# 市政府, 区人民政府: recognised wherever they stand (kg.mentions), never learned, or 市政府新闻办 would read as 市政府
_BARE_GOVERNMENT = re.compile(r"[省市区县](?:人民)?政府")
_COMPLETE_NAME = re.compile(r"(?:大学|学院|研究院|研究所|有限公司|有限责任公司|集团|实验室|中心|委员会|局|厅)$")


def _name_after_clause_words(run: str) -> str:
    """A declared name is the run of characters before its bracket, minus the clause words that
    lead to it: 这里是福建晶曜光显科技有限公司 → 福建晶曜光显科技有限公司, 本轮由深创资本 → 深创资本
    (everything up to the last pronoun, preposition, 的 or copula)."""
    if not re.search(r"[\u4e00-\u9fff]", run) or len(run) <= 6:
        return run
    from .mentions import name_rules
    for pre in name_rules()["strip_prefixes"]:
        if run.startswith(pre) and len(run) - len(pre) >= 4:
            run = run[len(pre):]          # 深交所上市公司深圳华拓电子股份有限公司: a descriptor, then the name
            break
    run = re.split(r"[，,；;：:、。]", run)[-1]      # 19日，山西省属…: the clause before a comma is not the name's
    for d in ("国有企业", "民营企业", "上市公司", "龙头企业", "科技企业", "初创企业", "初创公司", "创业公司", "创业企业",
              "独角兽企业", "瞪羚企业", "链主企业", "高新技术企业"):
        i = run.rfind(d)
        if i >= 0 and len(run) - i - len(d) >= 6:
            run = run[i + len(d):]          # 山西省属国有企业晋数控股集团有限公司: what it is, then its name
            break
    deal = _DEAL_WORD.search(run, 0, max(0, len(run) - 4))
    if deal is not None:
        run = run[deal.end():]          # 以4.2亿元收购青岛海听声学科技有限公司 → 青岛海听声学科技有限公司
                                        # (…等单位共同发起成立杭州低空经济产业创新联盟 → 杭州低空经济产业创新联盟)
        if len(run) <= 6:
            return run
    from .seg import tag
    pos, cut_at = 0, 0
    for word, flag in tag(run):
        pos += len(word)
        if (flag in _CLAUSE_WORD_TAGS or word in _CLAUSE_WORDS) and word not in "与和及同跟暨" \
                and pos <= len(run) - 4:
            cut_at = pos
    run = run[cut_at:]
    from .mentions import org_type_of
    for m in re.finditer(r"[与和及]", run):
        left, right = run[:m.start()], run[m.end():]
        if len(left) >= 4 and len(right) >= 6 and org_type_of(left) and org_type_of(right) \
                and _COMPLETE_NAME.search(left):
            return right            # 由西安交通大学电气工程学院与陕西华储新能源科技股份有限公司（以下简称…）: the second
    return run


def _declarations(body: str):
    """``_DECL.finditer(body)``, the same matches, without trying _DECL at every position: the name
    (2–30 characters of its class, never white space, at most one bracketed place and 12 more
    characters after it: 49 in all) ends right before the white space in front of the bracket, so a
    match can only start 2–49 characters before the white space of a bracket ``_DECL_BRACKET``
    finds; those positions are tried in order, after the
    previous match (~20× faster on whole bodies; tests/test_gate.py compares both on the corpora)."""
    last = 0
    for c in _DECL_BRACKET.finditer(body):
        k = c.start()
        if k < last:
            continue
        while k > 0 and body[k - 1].isspace():        # \s* of _DECL: the same characters
            k -= 1
        for p in range(max(last, k - 49), k - 1):        # (30 + a bracketed place and 12 more: 49)
            m = _DECL.match(body, p)
            if m is not None:
                yield m
                last = m.end()
                break


_ALIAS_PART = re.compile(r"(?:以下简称|以下称|下称|简称|英文名称?|英文|English name)[：:\s]*[“\"「]?([^“”\"「」，,；;）)]{1,40}?)[”\"」]?\s*(?=[，,；;]|$)")
_QUOTED_ALIAS = re.compile(r"[“\"「]([^“”\"「」]{1,40})[”\"」]")
_FOREIGN_FORM = re.compile(r"\b(?:Kft|GmbH|S\.A\.|Pte|Sdn|Pty|B\.V|S\.r\.l|Europe|Americas?|Asia|International|Overseas)\b")
_BRACKET_ALIAS = re.compile(r"\s?[（(]\s*(?:英文名称?[：:]?|English name:?\s)?[“\"「]?([A-Z][A-Za-z0-9&.\- ]{1,40}|[\u4e00-\u9fff]{2,12})[”\"」]?\s*[）)]")
# an English declaration after a name: (hereafter "the Measures"), (the "Fund"), ("Skyreach" or "the Company")
_EN_DECL = re.compile(r"\*{0,2}\s?(?:\(\d{4}\s?[–—\-]\s?\d{4}\)\s?\*{0,2}\s?)?\((?:(?:hereafter|hereinafter)(?:\sreferred\sto\sas|\scalled)?,?\s)?"
                      r"(?:the\s)?[\"“]([^\"”]{2,40})[\"”](?:,?\s(?:or|and)\s(?:the\s)?[\"“]([^\"”]{2,40})[\"”])?\)")
BRACKET_NOT_NAME = re.compile(r"(?:轮|追加|融资|领投|跟投|退出|上市|挂牌|控股|参股|全资|筹建|在建|子公司|母公司|注销)$"
                               r"|^(?:摘编|节选|全文|摘要|解读|图解|征求意见稿|草案|要点|附全文|全文发布)$")   # (…工作报告（摘编）: an excerpt)
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|分公司|公司)")
LEARNABLE = {"suffix", "context", "list", "person", "quote", "english", "model", "investor", "declared"}
MIN_LEN = {"Person": 2}


_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_CJK2 = re.compile(r"^[\u4e00-\u9fff]{4,5}$")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


# a filing's definitions (释义): | 恒拓智装、上市公司、本公司 | 指 | 浙江恒拓智能装备股份有限公司 |, or the same as a line
_DEFINITION_ROW = re.compile(r"^[ \t]*\|?[ \t]*([^|\n]{2,60}?)[ \t]*(?:\|[ \t]*指[ \t]*\||[ \t\u3000]指[ \t\u3000])[ \t]*([^|\n]{4,80}?)[ \t]*\|?[ \t]*$", re.M)
_DEFINITION_TAIL = re.compile(r"[，,；;].*$")      # (…有限公司，上市公司控股股东: the name, then what it is)
# aliases an announcement declares for its issuer (以下简称“公司”) that are also everyday words
GENERIC_ALIASES = {"公司", "本公司", "集团", "本集团", "发行人", "上市公司"}
_EN_LEGAL_NAME = re.compile(r"\b(?:Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|GmbH|LLC|PLC)(?:$|[\s,])")
_BEFORE_GENERIC = set("的与和及由为是向对在将把被从于即系同跟任入立")
_VERBS_BEFORE_GENERIC = {"同意", "批准", "授权", "推进", "支持", "要求", "离开"}    # 董事会同意公司以自有资金…
# an issuer's own document (年度报告, 招股说明书) names itself in its profile lines: 公司的中文名称：X, 证券简称：Y
_ISSUER_NAME = re.compile(r"(?:^|\n)[ \t]*(?:[-*|][ \t]*)?(?:公司|本公司|发行人)(?:的)?(?:中文)?(?:名称|全称)[ \t]*[：:|][ \t]*"
                          r"([\u4e00-\u9fffA-Za-z0-9（）()]{4,40}?(?:股份有限公司|有限责任公司|有限公司))")
_ISSUER_SHORT = re.compile(r"(?:公司|证券|股票)(?:的)?(?:中文)?简称[ \t]*(?:[：:|]|为)?[ \t]*[“\"]?([\u4e00-\u9fffA-Za-z0-9]{2,10})")
_GIVEN_NAME_AFTER = re.compile(r" [A-Z][a-z]+(?:-[a-z]+)?\b(?! (?:said|says|told|added|noted|is|was|has|had)\b)")
_ISSUER_TITLE = re.compile(r"(?:^|\n)[ \t#]*([\u4e00-\u9fffA-Za-z0-9（）()]{4,40}?(?:股份有限公司|有限责任公司|有限公司))"
                           r"(?:\d{4}年)?(?:年度报告|半年度报告|第[一三]季度报告|招股说明书|(?:[\u4e00-\u9fff]{0,20})公告"
                           r"|(?:[\u4e00-\u9fff]{0,12})(?:投资者关系活动记录表|说明会))")
# A body's own document (a bureau's work summary, a commission's notice) is signed by the body at its end, with
# the date on the next line (宁波市科学技术局 / 2025年1月10日), or names it at the head of its title
# (宁波市科学技术局2024年工作总结): 我局, 本局, 我委 … in it are that body.
_SIGNED_BY = re.compile(r"(?:^|\n)[ \t\u3000]*([\u4e00-\u9fff（）()]{3,30}?(?:局|厅|委员会|委|办公室))[ \t\u3000]*\n\s*"
                        r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$")
_TITLE_BODY = re.compile(r"^([\u4e00-\u9fff]{3,24}?(?:局|厅|委员会|委|办公室))(?:19|20)\d{2}年")
_SELF_WORDS = {"局": ("我局", "本局"), "厅": ("我厅", "本厅"), "委": ("我委", "本委"), "会": ("我委", "本委"), "室": ("我办",)}
_OTHER_FIRM_AFTER_STEM = re.compile(r"投资(?!了|的|过|和|与|、|，)|控股(?!了|的)|资本|基金|集团|证券|银行|创投")
_NOT_AFTER_TAIL = re.compile(r"[园城谷区楼号杯馆站]|中心|大厦|基地|系列|产业|小镇|研究院|有限|股份|集团|控股")


def _tails() -> set[str]:
    from .mentions import name_rules
    return name_rules()["brand_tail_set"]


_AFTER_STEM = re.compile(r"[的是在将也已于和与还则等为把被从向对每自仍又都均曾正首推发研打获完宣表称时后先近只参投领跟追独联共持出有用以能会要却就再这那便即才并亦仅不没随\d，,。、；;：:！!？?）)”\"\s]"
                         r"|最[初早近大先]|目前|今年|去年|当年|早在|早期|成立|成为|创立|创办|凭借|拥有|通过|主要|主打|计划|预计|开始|至今|一直|同样|此前|随后")


_ZONE_WORDS = {"高新", "经开", "开发", "新区", "园区", "城区", "市区", "郊区", "景区", "社区", "辖区", "片区", "新城", "老城", "保税", "自贸", "综保", "功能"}


_NICKNAME = re.compile(r"\s?\(([A-Z][a-z]{2,10})\)")


_DISTRICT_LEAD = re.compile(r"[\u4e00-\u9fff]{2,3}?[区县]")


def _short_of(short: str, name: str) -> bool:
    """Whether ``short`` is a short name of ``name``: inside it before its last two characters (鹭储新能 of
    厦门鹭储新能源科技有限公司), or its 字号 and one of the trade words after it (耘翼科技 of 杭州耘翼智能科技有限公司)."""
    if short in name[:len(name) - 2]:
        return True
    k = name.find(short[:2]) if len(short) == 4 and _CJK2.match(short) else -1
    return k >= 0 and short[2:] in name[k + 2:len(name) - 2]


class Gazetteer:
    def __init__(self, lexicon=None):
        self.names: dict[str, tuple[str, str]] = {}     # surface -> (type, canonical name)
        self.ambiguous: set[str] = set()
        self.strong: set[str] = set()
        self.stems: set[str] = set()       # trade-name heads (声衡 of 声衡智能): only before a clause word
        self._auto = None
        self.lexicon = lexicon

    def add(self, surface: str, typ: str, canonical: str, strong: bool = False) -> None:
        """Learn a name. A name learned for two different entities is dropped as ambiguous, unless the
        first was declared by the article itself (strong)."""
        surface = unicodedata.normalize("NFKC", surface).strip()
        if len(surface) < MIN_LEN.get(typ, 2) or surface in self.ambiguous:
            return
        known = self.names.get(surface)
        if known is not None:
            stem = surface.rstrip(_UPPER)      # 鹭储新能, 赣映VR → 赣映
            if known[1] == surface and canonical != surface and surface not in self.strong \
                    and known[0] == typ and len(stem) >= 2 and _short_of(stem, canonical):
                self.names[surface] = (typ, canonical)     # a short name learned alone, now its full name
                self._auto = None
                return
            if known[1] == surface and surface not in self.strong and surface.isupper() and surface.isascii() \
                    and "".join(w[0] for w in canonical.split() if w[:1].isupper()) == surface:
                self.names[surface] = (typ, canonical)     # QIT, guessed a company in a headline, then declared
                self._auto = None                         # Qiantang Institute of Technology (QIT)
                return
            if canonical == surface and surface in known[1] and (surface in self.stems or known[0] == typ):
                return          # 澜峰 after 澜峰资本 (its trade name), now found alone (澜峰跟投): the same one
            if known[1] != canonical and known[1] != surface and known[0] == typ and typ in ("Company", "Investor") \
                    and known[1] in canonical and surface in known[1] and (
                        (surface in self.stems and len(known[1]) in (4, 5) and known[1].startswith(surface)
                         and _LEGAL_FORM.search(canonical))
                        or (surface.isascii() and _EN_LEGAL_NAME.search(canonical))):
                self.names[surface] = (typ, canonical)     # 墨衡 of 墨衡数据, then of 杭州墨衡数据技术有限公司; Lumiwave of
                self._auto = None                         # Lumiwave Robotics, then of Hangzhou Lumiwave Robotics Co., Ltd.
                return
            if known[1] != surface and canonical.startswith((surface + "(", surface + "（")) and known[0] == typ:
                return          # 耘翼科技 of 杭州耘翼智能科技有限公司, then 耘翼科技（昌吉）有限公司: its subsidiary's name
            if known[1] != canonical and surface not in self.strong:
                del self.names[surface]
                self.ambiguous.add(surface)
                self._auto = None
            return
        if strong:
            self.strong.add(surface)
        if surface.isascii() and len(surface) < 3:
            return
        if typ == "Company" and canonical == surface and len(surface) in (4, 5) and surface[:2] in self.stems \
                and surface[2:] in _tails() and self.names.get(surface[:2], ("",))[0] == "Company":
            canonical = self.names[surface[:2]][1]     # 顺博智能 after 广东顺博智能装备股份有限公司: its trade name
        self.names[surface] = (typ, canonical)
        self._auto = None
        if typ in ("Company", "Investor") and 4 <= len(surface) <= 8:
            self._trade_stem(surface, typ, canonical)
        elif typ in ("Company", "Investor") and _LEGAL_FORM.search(surface):
            self._trade_stem(_LEGAL_FORM.sub("", surface), typ, canonical, legal=True)

    def snapshot(self) -> tuple:
        """What :meth:`restore` needs to go back to this state (containers are copied, not shared)."""
        return dict(self.names), set(self.ambiguous), set(self.strong), set(self.stems), self._auto

    def restore(self, state: tuple) -> None:
        names, ambiguous, strong, stems, auto = state
        self.names, self.ambiguous, self.strong, self.stems = dict(names), set(ambiguous), set(strong), set(stems)
        self._auto = auto

    def learn(self, mentions) -> None:
        for m in mentions:
            if m.source in LEARNABLE and m.type != "Date" and not _BARE_GOVERNMENT.fullmatch(m.text):
                self.add(m.text, m.type, m.name)
                for a in m.aliases:
                    self.add(a, m.type, m.name)
            if m.type == "AcademicUnit" and m.parent and m.text.startswith(m.parent) and len(m.text) - len(m.parent) >= 4 \
                    and m.source != "coref":
                self.add(m.text[len(m.parent):], "AcademicUnit", m.name)   # 西安交通大学机械工程学院 … 机械工程学院教授
            if m.type == "Person" and m.source in ("english", "list") and " " in m.name:
                self._surname(m)
            elif m.type in ("Company", "Investor") and m.source == "english":
                self._first_word(m)
                self._without_tail(m)
            if m.type == "Place" and m.text[-1:] in ("县", "区") and m.text[:2] not in _ZONE_WORDS \
                    and re.fullmatch(r"[\u4e00-\u9fff]{3}", m.text) \
                    and (self.lexicon is None or self.lexicon.lookup(m.text[:2]) is None):
                self.add(m.text[:2], "Place", m.name)    # 来安县 … 迁入来安, 江夏区 … 在江夏: a county or district by its name
            if m.type == "Place" and m.place and m.text.startswith(m.place) and m.place != m.name and m.source == "suffix":
                self.add(m.place, "Place", m.place)      # 临平新城: 临平 is a place of its own (临平数字产业投资基金)

    def _surname(self, m) -> None:
        """English second references by surname (Tao Ran … Tao said): learn "Tao" unless two people share it."""
        from .mentions import _PINYIN_SURNAMES
        words = m.name.split()
        if len(words) < 2:
            return
        sur = words[0] if words[0].lower() in _PINYIN_SURNAMES else words[-1]
        if sur in self.ambiguous:
            return
        known = self.names.get(sur)
        if known is not None and known[1] != m.name:
            del self.names[sur]
            self.ambiguous.add(sur)
            self._auto = None
        elif known is None and len(sur) >= 2:
            self.names[sur] = ("Person", m.name)
            self._auto = None

    def _trade_stem(self, surface: str, typ: str, canonical: str, legal: bool = False) -> None:
        """Chinese second references by the trade name alone: 声衡智能 … 声衡的核心产品 (a two-character head
        before a trade tail, when it is no word of the dictionary, no place and no generic head; matched
        where the name ends, or before another trade tail: 南京麟动具身智能科技有限公司 … 麟动智能, see
        :meth:`find`). ``legal``: the trade part of a legal name (its head may precede any words)."""
        from .mentions import _freq, name_rules
        R = name_rules()
        place = self.lexicon.leading_place(surface, rest=4) if self.lexicon is not None else ""
        surface = surface[len(place):]  # 南京栖木资本 → 栖木资本 → 栖木: a leading place is not the trade name
                                        # (嘉兴市…: the city whole)
        district = _DISTRICT_LEAD.match(surface)
        if district is not None and len(surface) - district.end() >= 4:
            surface = surface[district.end():]      # (秀洲区国有资本…: nor is a district)
        if (legal and len(surface) >= 4 and _CJK_CHAR.match(surface)) or \
                (len(surface) in (4, 5) and surface[2:] in R["brand_tail_set"] and _CJK2.match(surface)):
            head = surface[:2]
            if head in self.names or head in R["not_brand_heads"] or _freq(head) >= 20 \
                    or (self.lexicon is not None and self.lexicon.lookup(head) is not None):
                return
            self.add(head, typ, canonical)
            if head in self.names:
                self.stems.add(head)

    def _without_tail(self, m) -> None:
        """Qilu Sinotek Software Co. … Qilu Sinotek: the name without its legal form and the kind of
        business before it (two words at least, so that the first word alone stays _first_word's)."""
        from .mentions import _EN_LEGAL_TAIL, _EN_ORG_SUFFIX
        bare = _EN_LEGAL_TAIL.sub("", m.name)
        if bare != m.name and len(bare.split()) >= 2 and "(" not in bare:
            self.add(bare, m.type, m.name)        # Nordhavn Energy AS … Nordhavn Energy
                                                  # (and without a legal form: Xihu Horizon Capital … Xihu Horizon)
        short = re.sub(r"\s" + _EN_ORG_SUFFIX + r"$", "", bare)
        if short != bare and len(short.split()) >= 2 and "(" not in short:
            self.add(short, m.type, m.name)

    def _first_word(self, m) -> None:
        """English short names: Danxia Hydrogen Power … Danxia's main product (the first word, when it is
        not an everyday or place word; two companies sharing it make it ambiguous)."""
        words = m.name.split()
        place_led = len(words) >= 2 and self.lexicon is not None and any(
            getattr(self.lexicon.lookup(w), "type", None) == "Place" for w in (words[0], words[0] + " District"))
        if place_led:
            words = words[1:]          # Hefei Guoyi Quantum Instruments … Guoyi, Qiantang Bioforge … Bioforge:
                                       # the place is not the short name
        subsidiary = "(" in m.name or _FOREIGN_FORM.search(m.name) or (self.lexicon is not None and any(
            getattr(self.lexicon.lookup(w), "type", None) == "Place" for w in words[1:]))
        first = words[0] if (len(words) >= 2 or place_led) and not subsidiary else ""    # (LumiQ Photonics (Jinan) Co., Coralwave
                                                                          # Energy Hungary Kft.: named after the parent)
        entry = self.lexicon.lookup(first) if self.lexicon is not None and first else None
        city_word = place_led and entry is not None and entry.type == "Place" and not entry.key.endswith(("区", "县", "镇", "街道"))
                                       # (Hangzhou Qingyuan New Energy: a city after another city is the trade name,
                                       #  not 清远; Hangzhou Xiaoshan …: a district of it may be where it is)
        if len(first) < 4 or not first.isalpha() or not first[0].isupper() or first.lower() in _EVERYDAY \
                or (entry is not None and not city_word) \
                or self.names.get(first, (None, m.name))[1] != m.name:
            return          # (XJTU Technology Transfer Fund after Xi'an Jiaotong University (XJTU): named after it)
        self.add(first, m.type, m.name)
        if place_led and len(words) >= 2:
            self.add(m.name.split()[0] + " " + first, m.type, m.name)     # Qiantang Ridge (Ventures)

    def learn_brackets(self, text: str, mentions) -> None:
        """名称（English Name）, Shenzhen Institute of Advanced Technology (SIAT): the bracket is another name;
        so is a quoted one an English text declares (the *Measures …* (hereafter "the Measures"), ("Haixin"))."""
        for m in mentions:
            if m.type == "Person" and m.source != "coref" and m.text.isascii() \
                    and (nick := _NICKNAME.match(text, m.end)) is not None:
                self.add(nick.group(1), "Person", m.name)         # Cao Wenting (Wendy): Wendy, and Wendy Cao
                self.add(nick.group(1) + " " + m.text.split()[0], "Person", m.name)
                continue
            if m.type in ("Date", "Person") or m.source == "coref":
                continue
            decl = _EN_DECL.match(text, m.end) if "(" in text[m.end:m.end + 20] else None
            if decl is not None:
                for alias in filter(None, decl.groups()):
                    bare = re.sub(r"^[Tt]he\s", "", alias.strip())
                    if bare[:1].isupper():
                        for a in {bare, "the " + bare, "The " + bare}:
                            self.add(a, m.type, m.name)
                continue
            b = _BRACKET_ALIAS.match(text, m.end)
            if b and _NAME_GOES_ON.match(text, b.end()):
                continue          # 秦岭星图（喀什）数据服务有限公司: the bracket is inside the name
            if b and BRACKET_NOT_NAME.search(b.group(1)):
                continue          # 杭州语川智能科技有限公司（天使轮）: a round or a stake, not a name
            if b and not any(x is not m and x.start >= m.end and x.end <= b.end() and x.type != m.type
                             and not (x.name == x.text == b.group(1).strip() and (x.text.isupper() or x.source == "quote"))
                             for x in mentions):
                self.add(b.group(1).strip(), m.type, m.name)      # (an acronym guessed a company of its own, a quoted
                                                                  #  short name read as a product: the name's)

    def declare(self, body: str, type_of, title: str = "") -> None:
        """Names declared with an alias in brackets anywhere in the body: 全称（以下简称“简称”）; a filing's
        definitions (释义: | 简称、上市公司 | 指 | 全称 |); and the body that signs the document or heads its
        title, as 我局 / 本局 / 我委 / 我厅 / 我办 (``_SIGNED_BY``)."""
        author = _SIGNED_BY.search(body[-200:]) or _TITLE_BODY.match(title)
        if author is not None and type_of(author.group(1)) == "GovernmentBody":
            for a in _SELF_WORDS[author.group(1)[-1]]:
                self.add(a, "GovernmentBody", author.group(1), strong=True)
        for m in _DEFINITION_ROW.finditer(body) if "指" in body else ():
            full = _DEFINITION_TAIL.sub("", m.group(2).strip())     # 浙江恒拓控股集团有限公司，上市公司控股股东
            typ = type_of(full) or type_of(_PARTNERSHIP_NOTE.sub("", full))
            if typ is None or typ in ("Person", "Place", "Date"):
                continue
            self.add(full, typ, full, strong=True)
            for a in re.split(r"[、，,/]", m.group(1)):
                if 2 <= len(a.strip()) <= 20 and a.strip() != full:
                    self.add(a.strip(), typ, full, strong=True)
        if _MAY_DECLARE is not None and _MAY_DECLARE.search(body) is None:
            return        # exact: _DECL cannot match without one of these words
        for m in _declarations(body):
            full = _name_after_clause_words(m.group(1))
            typ = type_of(full) or type_of(_PARTNERSHIP_NOTE.sub("", full))      # (…合伙企业（有限合伙）)
            if typ is None:
                continue
            aliases = [a.strip() for a in (_QUOTED_ALIAS.findall(m.group(2)) or _ALIAS_PART.findall(m.group(2))) if a.strip()]
            # (以下简称“北擎机器人”或“公司”: every quoted name is one)
            self.add(full, typ, full, strong=True)
            for a in aliases:
                self.add(a, typ, full, strong=True)
        issuer = _ISSUER_NAME.search(body) if "名称" in body or "全称" in body else None
        if issuer is None and "简称" in body and _ISSUER_SHORT.search(body):
            issuer = _ISSUER_TITLE.search(body[:600])    # 证券简称：恒拓精机 … X股份有限公司2024年年度报告
        if issuer is not None:       # the issuer's own report: 公司 and 本公司 are the issuer throughout
            full = issuer.group(1)
            self.add(full, "Company", full, strong=True)
            for a in ("公司", "本公司", "发行人", *(m.group(1) for m in _ISSUER_SHORT.finditer(body))):
                self.add(a, "Company", full, strong=True)
        for m in _FULL_NAME.finditer(body):
            short, full = m.group(1), m.group(2)
            typ = type_of(full)
            if typ is not None and not re.match(r"^(?:该|这|其|本|此|公司|企业|我们|他们)", short):
                self.add(full, typ, full, strong=True)
                self.add(short, typ, full, strong=True)

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        if not self.names:
            return []
        if self._auto is None:
            self._auto = ahocorasick.Automaton()
            for n in self.names:
                self._auto.add_word(n, n)
            self._auto.make_automaton()
        hits = []
        for end, n in self._auto.iter(text):
            s = end - len(n) + 1
            if n in GENERIC_ALIASES and s > 0 and _CJK_CHAR.match(text, s - 1) and (text[s - 1] not in _BEFORE_GENERIC
                                                                     or text[max(0, s - 2):s] == "责任") \
                    and text[max(0, s - 2):s] not in _VERBS_BEFORE_GENERIC:
                continue          # “公司” declared for the issuer: not the 公司 of 佛山顺博投资控股有限公司 (nor of 有限责任公司)
            if n.isascii() and ((s > 0 and (text[s - 1].isalnum() or text[s - 1] == "-"))
                                or (end + 1 < len(text) and (text[end + 1].isalnum() or text[end + 1] == "-"))):
                continue
            if n.isascii() and self.names[n][0] == "Person" and " " not in n and _GIVEN_NAME_AFTER.match(text, end + 1):
                continue          # Lin … Lin Yiran: another person of the same surname, not the Lin learned
            if n in self.stems and _OTHER_FIRM_AFTER_STEM.match(text, end + 1):
                continue          # 顺博投资控股, 顺博资本: another company of the same trade name
            firm = not n.isascii() and self.names[n][0] in ("Company", "Investor")
            if firm and _CODE_AFTER.match(text, end + 1):
                continue          # “栖芯QX32”: a product named with the trade name and its code
            if firm and (word := _WORD_AFTER.match(text, end + 1)) is not None:
                if word.group() not in _NOT_PRODUCT_WORDS and text[s - 1:s] not in "“\"「《" and (n in self.stems or len(n) <= 4) \
                        and not (word.group().isupper() and _CJK_CHAR.match(text, word.end())) \
                        and text[word.end():word.end() + 1] not in "”\"」》":     # (澜途OCR引擎, 北辰FG系列: the longer name's)
                    e_ = _MODEL_TAIL.match(text, word.end()).end()          # (曜镜Air 2, 驭衡Pilot 3.0)
                    hits.append((s, e_, ("Product", text[s:e_])))
                    continue      # 析微ProDesign: a product named with the trade name and a word (not 灵犀动力CTO, 公司IPO)
            if n in self.stems and end + 1 < len(text) and not _AFTER_STEM.match(text, end + 1):
                tail = next((t for t in (text[end + 1:end + 4], text[end + 1:end + 3]) if t in _tails()), None)
                if tail is None or _NOT_AFTER_TAIL.match(text, end + 1 + len(tail)):
                    continue      # 声衡 then 的/是/，: the company; 声衡科技园, 声衡一号: something else
                hits.append((s, end + 1 + len(tail), n))      # 麟动 + 智能: the trade name with a trade tail
                continue
            hits.append((s, end + 1, n))
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        out, last = [], -1
        for s, e, n in hits:
            if s >= last:
                typ, canon = n if isinstance(n, tuple) else self.names[n]
                while e < len(text) and _CJK_CHAR.match(text, e) and text[s:e + 1] in canon:
                    e += 1          # 芯屹 learned, 芯屹微 written: the rest of the name it stands for
                out.append((s, e, typ, canon))
                last = e
        return out
