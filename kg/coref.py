"""Coreference: pronouns and back-references in a sentence → mentions that stand for earlier ones.

In: a sentence's text, its mentions, and the article's earlier mentions (most recent last).
Out: extra :class:`~kg.mentions.Mention` records with ``source="coref"`` and ``refs`` set: 其 (before
创始人, 模型, 总部…) and 该公司/这家企业 → the last organisation; 他/她 → the last person; 该计划 →
the last policy; 这款游戏 → the last game; 上述六家企业 / 这三家公司 → the last N distinct companies.
"""
from __future__ import annotations

import re

from .gate import WordFilter, prefilter
from .mentions import Mention, after_former_mark

_EN_NUM = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_CN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ORGS = ("Company", "ResearchInstitute", "University", "Organization", "GovernmentBody", "AcademicUnit")

_PATTERNS: list[tuple[re.Pattern, tuple[str, ...], int]] = [
    (re.compile(r"(?:上述|以上|前述|这|这些|这)([两二三四五六七八九十\d]{1,2})家(?:企业|公司|机构|独角兽)?"
                r"|(?:(?<=^)|(?<=[，,。；;：]))([两二三四五六七八九十\d])家(?:企业|公司)(?=也|都|均|同|分别|还|已|目前|如今|此前|皆)"), ("Company", "Investor"), -1),
    (re.compile(r"(?<!one\sof\s)(?<!est\sof\s)(?<!each\sof\s)(?<!ther\sof\s)(?<!none\sof\s)(?<!any\sof\s)(?<!first\sof\s)(?<!last\sof\s)"
                r"\b(?:[Aa]ll|[Tt]he|[Tt]hese|[Tt]hose)\s(two|three|four|five|six|seven|eight)(?:\s(?:companies|firms|startups|of them))?\b"
                r"(?!\s(?:later\s|then\s|eventually\s|soon\s|together\s)?(?:co-)?(?:founded|started|set\sup|launched|met|studied|graduated)\b)"
                r"|\b([Bb]oth)\s(?:companies|firms|startups)\b"), ("Company", "Investor"), -1),
    (re.compile(r"\b[Ii]ts(?=\s(?:co-)?founders?\b|\sCEO\b|\schief\b|\sflagship\b|\sfirst\b|\slatest\b|\snew\b|\sheadquarters\b|\sSeries\b|\sinvestors\b|\sbackers\b|\smain\b|\score\b|\s(?:[A-Za-z0-9\-\.]+\s){0,3}(?:product|platform|system|robot|chip|model|app|humanoid|drone|vehicle|truck|device|cell|battery|software|engine|processor|sensor|hand|assistant|quadruped|lidar|arm|agent|series|line|family|range|brand|candidate|drug|therapy)s?\b"
                r"|\s[A-Z][\w\-]*\d)"), ("Company", "ResearchInstitute", "Organization"), 1),
    (re.compile(r"(?:^|(?<=[，,。；;：]))(?:公司|该团队|团队|集团)(?=\d{4}年|的|还|也|于|在|将|已|由|是|系|作为|以自有资金|以自筹资金|以募集资金|自研|自主|独立|推出|发布|开发|研发|研制|生产|制造|持有|持股|旗下|目前|全资|控股|位于|落户|首个|首款|首颗|首台|首席|CEO|CTO|COO|CFO|总经理|副总裁|总裁|董事会秘书|董秘|第一款|最新|另一款|主力|两条|多款|去年|今年|成立|总部|创始人|联合创始人|董事长|技术负责人|研发负责人|负责人|技术总监|副总经理|主营|主要|专注|主打|核心|现有|拥有|如今|此前|随后|后来|先后|陆续|近年|刚|正|曾|则|又|每年|计划|预计|表示|称|官网|官方|与|入选|获评|荣获|被评为|被认定为)|(?<![\u4e00-\u9fff])它(?=开发|推出|发布|研发|的|还|也|主攻|主营|主打|专注|成立|总部|位于|落户|获得|完成)"), ("Company",), 1),
    (re.compile(r"(?<=[任入由为去])公司(?=董事长|总经理|CEO|首席|副总裁|总裁|CTO|董事|副总经理)|(?<=加入|加盟|入职)公司(?=[，,。；]|[后并]|出任|担任|任)"), ("Company",), 1),
    (re.compile(r"(?<=[为是系])公司(?=(?:的)?(?:全资|控股|参股)(?:子公司|孙公司|公司))"
                r"|(?:(?<=同意)|(?<=批准)|(?<=授权))公司(?=以|在|投资|设立|使用|出资|参与)"), ("Company",), 1),   # 董事会同意公司以自有资金…
    (re.compile(r"其(?=(?:自主|独立)?(?:研发|研制|开发|推出|发布)的|自研)"), ("Company", "Investor", "ResearchInstitute"), 1),
    (re.compile(r"(?<=对)其(?=的?[^，。；]{0,10}?(?:投资|增资|注资))"), ("Company",), 1),     # 完成对其的数亿元投资
    (re.compile(r"其(?!余|他|中|实|次)(?=(?:联合)?创始人|创办人|CEO|董事长|总裁|总部|旗下|主要产品|产品|推出的|发布的|研发的|自研|[A-Za-z0-9\-\.]+(?:大)?模型|大模型|模型|第[一二三四五六七八九十\d]+代|首款|最新|新一代|旗舰|核心|主打|新款|智能|开放世界|[^，。；]{0,8}[“\"《]|[^，。；“”]{0,14}(?:产品|芯片|平台|系统|机器人|模型|车型|引擎|游戏))"), _ORGS, 1),
    (re.compile(r"(?:该|这家|此家)(?:(?:(?!来自|在)[^，。；“”]){1,12}?的|[\u4e00-\u9fff]{2,10}?(?:本土|本地)?)??(?:公司|企业|初创公司|初创企业|创业公司|科技公司|子公司|工厂)|[Tt]he [Cc]ompany|the startup|The startup|[Tt]he start-up|[Tt]he [Cc]ompany's|\b[Tt]he\sstudio(?=[’']s\s(?:co-)?(?:founder|chief|CEO|president|chairman|head|director)\b)"
                r"|(?<=[a-z]-based\s)(?:company|startup|start-up)\b|\b[Tt]he\s(?:[a-z]+-)+[a-z]+\s(?:company|startup|start-up)\b"),
     ("Company",), 1),     # The Shenzhen-based company, the four-year-old company
    (re.compile(r"\b[Tt]he firm(?:'s)?\b|(?<=[a-z]-based\s)firm\b"), ("Company", "Investor"), 1),     # (a fund's partner joined the firm)
    (re.compile(r"(?<=\sof\s)the\sfund\b|\b[Tt]he\sfund(?=[’']s\s)"), ("Investor",), 1),     # managing director of the fund
    (re.compile(r"\b[Tt]he\sgroup(?=[’']s\s(?:chairman|chairwoman|chief|CEO|president|founder|board|subsidiary|unit|arm|headquarters)\b)"),
     ("Company",), 1),     # The group's chairman, Lou Jianxin: a business group named before
    (re.compile(r"\b(?:It|it)(?=\s(?:also\s|then\s|later\s|now\s|since\s|recently\s)?(?:launched|released|develops|developed|began|makes|builds|sells|shipped|ships|plans|raised|was\sfounded|was\sco-founded|was\sset\sup|was\sstarted|was\sestablished|was\sincorporated|is\sheadquartered|has\sraised|opened|unveiled|employs|supplies"
                r"|is\s(?:a|an)\s(?:wholly[\s-]owned\s|majority[\s-]owned\s)?(?:subsidiary|unit|spin-?off|member)|runs|operates|counts|designs|produces|received|secured|closed|completed)\b)"), ("Company",), 1),
    (re.compile(r"(?:(?<=[，,。；;：])|^|(?<=成为)|(?<=加入)|(?<=入选)|(?<=都是)|(?<=均为)|(?<=也是))(?:该|本)?(?:联盟|协会|商会|联合体|俱乐部|联谊会|促进会|校友总会|校友会)(?=(?:首任|新任|现任|候任)?(?:秘书长|副秘书长|理事长|执行理事长|副理事长|主席|会长|副会长)|由|首批|与|和|联合|成员|会员|理事|于|在|已|还|发布|的|成立|将|目前|现有|共有|下设|设有|秘书处|今年|去年)"), ("Organization",), 1),
    (re.compile(r"(?<=加入|入会|成为|入选)(?:该|本|上述|前述)?(?:联盟|协会|商会|联合体|联谊会|促进会)(?=[。，,；;后]|$)"), ("Organization",), 1),
    (re.compile(r"(?:(?:该|本)(?:研究院|研究所|研究中心|创新中心|所|院|中心|实验室)|(?:(?<=^)|(?<=[，,。；;：])|(?<=担任)|(?<=出任)|(?<=兼任))(?:联合)?(?:研究院|研究所|实验室|研究中心|创新中心|中心))(?=(?:首任|常务|执行|青年|特聘|资深)?(?:所长|副所长|院长|副院长|主任|副主任|负责人|首席|研究员|副研究员|专家)|由|于|在|已|还|的|成立|联合|下设|内设|设有|共有|拥有|目前|现有|将|依托|位于|总部|是)|(?<=加入|进入|回到)(?:该|本)(?:研究院|研究所|研究中心|创新中心|中心|实验室)(?=[，,。；;]|$)"),
     ("ResearchInstitute", "Organization", "GovernmentBody", "AcademicUnit"), 1),
    (re.compile(r"(?:(?<=都是)|(?<=均为)|(?<=也是)|(?<=均是)|(?<=加入)|(?<=成为))(?:该|本)?(?:创新中心|研究院|研究中心|实验室|创新联合体)"
                r"(?=的?(?:成员|会员|理事|共建))"), ("ResearchInstitute", "Organization"), 1),    # 都是创新中心的成员单位
    (re.compile(r"(?:该|这家)(?:机构|基金)"), ("Investor", "Company", "ResearchInstitute", "Organization"), 1),
    (re.compile(r"(?:(?<=^)|(?<=[，,。；;：—]))(?:前者|后者)(?=总部|位于|成立|由|是|为|系|的|主要|主营|主攻|专注|做|开发|研发|生产|推出|已|还|也|则|于|在|今年|去年|目前)"),
     ("Company", "Investor", "ResearchInstitute", "Organization", "University"), 1),
    (re.compile(r"\b[Tt]he\s(?:association|alliance|federation|institute|academy|lab|laboratory)\b"), ("Organization", "ResearchInstitute"), 1),
    (re.compile(r"\b[Tt]he\s(?:university|school|college)\b"), ("University", "AcademicUnit"), 1),
    (re.compile(r"\b[Tt]he\s(?:bureau|commission|ministry|department|government|municipal\sgovernment)\b"), ("GovernmentBody",), 1),
    (re.compile(r"(?:该|这所)(?:校|大学|高校)|(?:(?<=^)|(?<=[，,。；;：、]))(?:学校|校方)(?=党委|校长|副校长|书记|领导|党委书记|与|和|将|已|还|也|是|于)"),
     ("University",), 1),
    (re.compile(r"(?:该|这所|这个|此)(?:学院|书院|院系)|(?:(?<=^)|(?<=[，,。；;：]))学院(?=已|将|还|也|于|在|与|和|正式|目前|现已|今年|去年|先后|牵头|联合|共同)"
                r"|(?:(?<=^)|(?<=[，,。；;：由]))学院(?=(?:常务|执行)?副?(?:院长|党委书记|书记|教授|讲师|研究员|领导)(?!班子)|为\ue000?)"),
     ("AcademicUnit",), 1),       # 学院已加入…联盟: the college the article is about
    (re.compile(r"(?:该|这一|此|本|上述)(?:行动|管理|实施|暂行)?(?:计划|政策|方案|规划|文件|意见|措施|通知|办法|细则|条例|纲要|指南|指引|导则)"
                r"|(?:(?<=^)|(?<=[，,。；;：]))(?:方案|计划|意见|措施|规划|政策|文件|细则|条例|纲要|指南|办法)(?=聚焦|提出|明确|强调|围绕|要求|指出|支持|重点|还|同时|将|共|鼓励|提到)"),
     ("Policy",), 1),
    (re.compile(r"(?:该|这份|此|本)(?:报告|榜单|白皮书)|(?:(?<=^)|(?<=[，,。；;：]))(?:报告|榜单|白皮书)(?=由|显示|指出|称|认为|共|覆盖|收录|建议|提出|预计|预测|测算|发现)"
                r"|\b[Tt]he\s(?:report|white\spaper|study)\b"), ("Report",), 1),
    (re.compile(r"\b[Tt]he\s(?:[A-Z][a-z]+\s)?(?:plan|document|policy|programme|program|measures|guidelines)\b"
                r"|\b[Tt]he\s(?:Measures|Guidelines|Plan|Action\sPlan|Opinions)\b"), ("Policy",), 1),
    (re.compile(r"(?:该|这个|本)(?:园区|产业园|科技园)|(?<=[在入户驻于进到])园区|(?:(?<=^)|(?<=[，,。；;：“]))园区(?=内|由|于|位于|成立|设立|规划|现有|已|共|新)"),
     ("Place",), 1),       # 湖州启航低空科技有限公司在园区注册成立: the park the article is about
    (re.compile(r"(?:该|这款|这部)(?:游戏|作品)"), ("Game",), 1),
    (re.compile(r"(?:该|这一|这个)(?:模型|大模型)"), ("AIModel",), 1),
    (re.compile(r"(?<![其他])(?:他|她)(?!们)|\b(?:He|She|he|she)\b"), ("Person",), 1),
    (re.compile(r"(?:(?<=^)|(?<=[，,。；;：]))(两|二|俩|三)(?:人|位)(?=都|均|也|同|共同|一起|先后|分别|毕业|曾|是|在|于|(?:本科|硕士|博士)(?:都|均|也|同|毕业|就读|读)|合伙(?!人)|联合(?!创始人|创办人)|创办|创立|随后|后来|此后|此前|之前|以前|早年|当时|便|就|又)"
                r"|\b[Tt]he\s(two|three)(?=\s(?:later\s|then\s|eventually\s|soon\s|together\s)?(?:co-)?(?:founded|started|set\sup|launched|met|studied|graduated|left\sto|quit\sto|went\son\sto))"
                r"|(?:^|(?<=[,;]\s))([Bb]oth)(?=\s(?:of\sthem\s)?(?:studied|graduated|worked|spent|hold|earned|are|were|had|have|joined|met|left|came|trained|taught))"),
     ("Person",), -1),      # (两位联合创始人朱晓棠、严恺: the names follow, no back-reference)
    (re.compile(r"这位(?:[^，。；“”]{0,16}?的)?(?:[\u4e00-\u9fff]{0,4}?)(?:人|博士|教授|创始人|创业者|工程师|科学家|女士|先生|青年|年轻人|CEO|董事长|校友|研究员)(?=[^\u4e00-\u9fff]|$|本科|硕士|博士|早年|毕业|就读|先后|一直|此前|曾|在|于|是|也|还|则|从|和|与)"),
     ("Person",), 1),
    # interviews: 我们 is the speaker's company, 我 the speaker
    (re.compile(r"\b[Ww]e(?=\s(?:also\s|first\s|have\s|had\s|then\s)?(?:led|co-led|invested|participated|backed|wrote|doubled\sdown|exited)\b)"),
     ("Investor",), 0),      # an investor's letter: "We led the company's Series A"
    (re.compile(r"我们(?:公司|团队)?(?=自研|推出|发布|研发|开发|的|在|于|成立|创办|获得|完成|总部|A轮|B轮|C轮|天使轮|领投|跟投|投了|投资了|是它的|参与了)"), ("Company", "Investor"), 0),
]


_BARE_FIRM = {"公司", "本公司"}
_AFTER_DATE_CLAUSE = re.compile(r"(?:刚刚|刚|才|正式)?(?:注册)?(?:成立|创立|创办|设立|注册|出生|毕业)的")
_EN_PERSONS_FIRM = re.compile(r"\b([A-Z][a-z]+)['’]s\s(firm|company|fund|start-?up|venture\sfirm|investment\sfirm)\b")
_OWNED_AFTER = re.compile(r"的?(?:全资|控股|参股)(?:子公司|孙公司|公司)")
# what may come before an English sentence's subject: nothing, or one lead-in phrase and its comma
_EN_SUBJECT_LEAD = re.compile(r"(?:[^,.;]{0,50},\s)?(?:(?:When|After|Before|Since|While|As|Once|Although|Though|If|Until)\s)?"
                              r"(?:[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?-(?:based|headquartered)\s)?")   # (Suzhou-based X; When X filed its …)

_MAY_REFER = prefilter(p for p, _types, _n in _PATTERNS)    # None if some pattern needs no word
_EACH = WordFilter([p for p, _types, _n in _PATTERNS])        # which patterns' words occur


def count_word(s: str) -> int:
    """The number a count word names (六 → 6, 十二 → 12, 3, three); 0 when it names none."""
    if s.isdigit():
        return int(s)
    if s.lower() in _EN_NUM:
        return _EN_NUM[s.lower()]
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN.get(s[1], 0)
    return _CN.get(s, 0)


def _targets(c: Mention, types: tuple[str, ...]):
    """What a mention can stand for: its targets, and for 学校 the university a unit named with it
    belongs to (兰州理工大学氢能与储能现代产业学院 → 兰州理工大学)."""
    yield from c.targets
    if "University" in types and c.parent and c.type in ("AcademicUnit", "ResearchInstitute") and c.parent.endswith("大学"):
        yield Mention(c.start, c.end, c.text, "University", c.parent, "coref")


def _fits(t: Mention, types: tuple[str, ...]) -> bool:
    """A mention's type is one a back-reference takes; 该公司 also takes an investment firm named as a
    company (甬江远景私募基金管理有限公司)."""
    return t.type in types or (types == ("Company",) and t.type == "Investor" and t.name.endswith("公司"))


def _topic(cands: list[Mention], types: tuple[str, ...], head: str = "", here: bool = False,
           kind: str = "", firm: bool = False) -> Mention | None:
    for c in cands:
        if c.basis and kind and _NOTE_AFTER.sub("", c.name).endswith(kind):
            pass              # 依据《…实施细则》开展。该细则…: 该细则 is the document cited, by its own kind
        elif c.basis or c.contrast or (c.workplace and (not here or (c.text.isascii() and "University" not in types))):
            continue          # 根据《X》: the document cited as the basis is not what 本通知 means (nor is where
                              # someone once worked, in an earlier sentence, what 该公司 means; in English,
                              # a former Foxconn engineer … its HL-600 series: not in the same sentence either;
                              # but a professor at Fudan University … the university's lab: the university)
        for t in _targets(c, types):
            if _fits(t, types) and _has_head(t.name, head) and not (firm and _A_FUND.search(t.name)):
                return t
    return None


_NOTE_AFTER = re.compile(r"[（(][^（）()]*[）)]$")       # a document's bracketed years after its kind (…行动计划（2023—2025年）)
_GROUP_LEGAL_NAME = re.compile(r"集团(?:股份)?有限(?:责任)?公司$")


def _has_head(name: str, head: str) -> bool:
    """A name that ends with the kind ``head`` names (集团 of 万辰控股集团, and of 浙江万辰控股集团有限公司)."""
    return name.endswith(head) or (head == "集团" and _GROUP_LEGAL_NAME.search(name) is not None)


# what "the firm" does not mean: a fund (Qiantang Peak Fund III … the firm said: the firm that raised it)
_A_FUND = re.compile(r"\bFund(?:\s[IVX]+)?$")


# a bare kind of institution refers to one whose name ends with it (研究院 → 湘麓智能感知研究院, not
# the city bureau named in between)
_KIND_HEAD = re.compile(r"(研究院|研究所|实验室|研究中心|创新中心|联盟|协会|商会|联合体|俱乐部|集团)$|(?<![\u4e00-\u9fff])(中心)$|(?<=[该本])(院|所|中心|实验室)$|(园)区?$")


# a document named by its kind (该细则, 此办法): may be the document an earlier sentence cited as a basis
_DOC_KINDS = "细则|条例|纲要|指南|指引|导则|办法|意见|方案|规划|计划|措施"
_DOC_KIND = re.compile(rf"(?<=[该此述])(?:行动|管理|实施|暂行)?({_DOC_KINDS})$")
# the kind a document reference names (该细则, 办法, 上述措施): the kind its title ends with
_BARE_DOC_KIND = re.compile(rf"({_DOC_KINDS})$")


def _last_of_kind(pool: list[Mention], kind: str) -> Mention | None:
    """The document named last in ``pool`` whose title (without its bracketed years or edition) ends with
    ``kind`` (a document cited as a basis too: 依据《…实施细则》开展。该细则…); None when none does."""
    for x in reversed(pool):
        if x.source == "coref":
            continue
        for t in x.targets:
            if t.type == "Policy" and _NOTE_AFTER.sub("", t.name).endswith(kind):
                return t
    return None


# back-references whose antecedent, when the last sentences name none, is the fitting entity the
# article mentions most (an association, an institute, a policy or report: what the article is about)
_TOPIC_FALLBACK = ("Organization", "ResearchInstitute", "Policy", "Report", "Place", "AcademicUnit")


def _most_mentioned(history: list[Mention], types, head: str = "", firm: bool = False) -> Mention | None:
    """The fitting entity mentioned most often in ``history`` (the most recent among equals)."""
    counts: dict[str, list] = {}
    for i, cand in enumerate(history):
        if cand.basis:
            continue
        for t in _targets(cand, types):
            if t.type in types and _has_head(t.name, head) and not (firm and _A_FUND.search(t.name)):
                c = counts.setdefault(t.name, [0, 0, t])
                c[0] += 1
                c[1] = i
    return max(counts.values(), key=lambda v: (v[0], v[1]))[2] if counts else None


def _article_company(history: list[Mention], types, skip: set[str]) -> Mention | None:
    """The company an article is about: the fitting entity named most often so far, the first named among
    equals (not one of ``skip``, the names the sentence itself gives)."""
    counts: dict[str, list] = {}
    for i, cand in enumerate(history):
        for t in _targets(cand, types):
            if _fits(t, types) and t.name not in skip:
                counts.setdefault(t.name, [0, -i, t])[0] += 1
    return max(counts.values(), key=lambda v: (v[0], v[1]))[2] if counts else None


_FIRST_PERSON = {"我", "我们", "I", "We", "we", "me", "us"}
_DESCRIBED = re.compile(r"这家[^，。；“”]{1,12}?的")


def _first_named(history: list[Mention], later: list[list[Mention]], types) -> Mention | None:
    """这家位于合肥高新区的企业 after 联拓资本投资了合肥量衡精密仪器有限公司: a demonstrative with a description
    introduces what the last sentence named for the first time (量衡), not that sentence's subject. The one
    fitting entity first named in ``later[0]`` (the closest earlier sentence naming one; a company rather
    than an investment firm named as one), else None: every fitting name there is old, or two are new."""
    fitting = [t for x in later[0] if x.source != "coref" for t in x.targets if _fits(t, types)]
    if len({t.name for t in fitting}) < 2:
        return None
    seen = {}
    for x in history:
        for t in x.targets:
            seen[t.name] = seen.get(t.name, 0) + 1
    for ms in later:
        for x in ms:
            for t in x.targets:
                seen[t.name] = seen.get(t.name, 0) - 1
    new = {t.name: t for t in fitting if seen.get(t.name, 0) <= 0}
    firms = [t for t in new.values() if t.type == "Company"] or list(new.values())
    return firms[0] if len(firms) == 1 else None     # (two companies both named for the first time: the
                                                     # sentence's topic, as before)


def _is_speaker(name: str, speaker: str | None) -> bool:
    """``name`` is who is speaking: the same name, or the full name of a surname label (Chen: … Chen Yutong)."""
    return speaker is not None and (name == speaker or (speaker.isascii() and speaker in name.split()))


def resolve_references(text: str, mentions: list[Mention], history: list[Mention],
                       recent: list[list[Mention]] | None = None, reach: list[int] | None = None,
                       para: int | None = None, prev_para: list[tuple[str, list[Mention]]] | None = None,
                       speaker: str | None = None) -> list[Mention]:
    """Coreference mentions for ``text`` (not overlapping ``mentions``), given earlier mentions.

    A single back-reference (其, 该公司) takes the nearest fitting mention earlier in the same
    sentence; failing that, the first fitting mention (the topic) of the closest earlier sentence
    that has one. 上述N家 takes the last N distinct fitting mentions.

    ``reach``, when given, receives for every cue not answered inside its own sentence how many
    earlier sentences its answer depended on (the sentence that supplied it, else all of ``recent``;
    ``len(recent)`` for the topic and 上述N家 cues, which read the whole history): kg.extract tags
    those sentences if the gate had left them untagged.

    ``para``: how many of the ``recent`` sentences belong to this sentence's paragraph;
    ``prev_para``: the previous paragraph's sentences with their mentions. An English it / its /
    the company with no fitting name before it in its paragraph is the company the previous paragraph
    is about — the first one there that opens a sentence as its subject — else the company the
    article mentions most; not the last one the previous paragraph happened to name. "The firm" is
    read so too, and is never a fund (Beiling Rock Fund III … the firm said: the firm that raised it).

    ``speaker``: who is speaking (an interview's answer): 他 / he in the answer is someone else, the
    speaker being 我 / I."""
    if _MAY_REFER is not None and _MAY_REFER.search(text) is None and "s " not in text:
        return []          # exact: no pattern can match without one of these words (nor Gu's firm without "s ")
    out: list[Mention] = []
    earlier: dict[int, tuple[str, ...]] = {}     # the out mentions answered from an earlier sentence: their types
    may = _EACH.mask(text)
    for k, (pat, types, n) in enumerate(_PATTERNS):
        if not may >> k & 1:
            continue
        for m in pat.finditer(text):
            s, e = m.span()
            inside = [x for x in mentions + out if not (e <= x.start or s >= x.end)]
            if inside and all(x.type in ("Date", "Place") and s < x.start and x.end < e for x in inside):
                s = max(x.end for x in inside)      # 这位1989年出生的工程师, 这家宁波企业: the words after
                while s < e and (text[s].isspace() or text[s] == "的"):
                    s += 1
                rel = _AFTER_DATE_CLAUSE.match(text, s, e)
                if rel is not None and rel.end() < e:
                    s = rel.end()       # 这家2020年成立的企业: the clause after the date stays text (a rule reads it)
            elif inside:
                continue
            before = [x for x in mentions if x.end <= s and x.source != "coref"
                      and not after_former_mark(text, x)]    # (原曜途汽车科技…加入公司: not 曜途)
            if speaker and types == ("Person",):
                before = [x for x in before if not _is_speaker(x.name, speaker)]
            pool = history + before
            want = count_word(next((g for g in m.groups() if g), "")) if n == -1 else 1
            if n == -1 and want < 2:
                continue
            if n == 0:            # the article's topic: the fitting entity mentioned most often so far
                best = _most_mentioned(pool, types)
                if best is not None:
                    out.append(Mention(s, e, text[s:e], best.type, best.name, "coref", refs=(best,)))
                if reach is not None:
                    reach.append(len(recent or ()))
                continue
            if n == 1 and recent is not None:
                kind = _KIND_HEAD.search(text, s, e)
                head = kind.group(kind.lastindex) if kind else ""
                doc = _DOC_KIND.search(text, s, e)
                doc = doc.group(1) if doc else ""
                firm = "firm" in text[s:e]
                first = next((x for x in before if x.type in types), None)
                lead = [first] if text[s:e] in ("its", "Its") and first is not None \
                    and _EN_SUBJECT_LEAD.fullmatch(text, 0, first.start) else []
                # (Suzhou-based Kuanyu Robotics, founded by former Ecovacs engineer Ma Lijun, unveiled its …: the
                #  first company, after a place, is the subject)
                owner = text[s:e] in _BARE_FIRM and text[s - 1:s] in ("为", "是", "系") and _OWNED_AFTER.match(text, e) is not None
                joined = text[s:e] in _BARE_FIRM and text[max(0, s - 2):s] in ("加入", "加盟", "入职")
                pick = _article_company(history, types, {x.name for x in before}) if owner else \
                    _article_company(history, types, set()) if joined and history else \
                    _topic(before if text[s:e] in _BARE_FIRM else lead + list(reversed(before)), types, head, here=True, firm=firm)
                # (X为公司参股公司: 公司 is the company the article is about, not X nor the last one named; so is
                #  the 公司 someone joined: 2006年至2014年就职于华为…；2014年加入公司)
                # (English: X, founded by former Ant Group engineers, extended its round: its is the subject X)
                # (bare 公司 is the company the sentence is about, its first: not the subsidiary it listed last)
                back = 0
                if pick is None and para is not None and text[s].isascii() and types in (("Company",), ("Company", "Investor")) \
                        and not any(_topic(ms, types, firm=firm) for ms in recent[len(recent) - para:len(recent)]):
                    pick = next((t for txt, ms in prev_para or () for x in ms if _EN_SUBJECT_LEAD.fullmatch(txt, 0, x.start)
                                 for t in x.targets if t.type in types and not (firm and _A_FUND.search(t.name))), None) \
                        or _most_mentioned(history, types, firm=firm)
                    back = len(recent or ()) if pick is not None else 0
                if pick is None and types == ("Policy",) and (kind_of := _BARE_DOC_KIND.search(text, s, e)) is not None:
                    pick = _last_of_kind(pool, kind_of.group(1))     # 办法明确… after 《成都市算力券管理办法》: the last
                                                                     # document of that kind, not the article's main one
                described = types == ("Company",) and _DESCRIBED.match(text, m.start(), e) is not None
                for i in range(len(recent) - 1, -1, -1):
                    sent_ms = recent[i]
                    if pick is not None:
                        break
                    back += 1
                    if described and (pick := _first_named(history, recent[i:], types)) is not None:
                        break
                    if text[s:e] in _BARE_FIRM:     # 公司 goes on meaning what 公司 meant last (常州灵枢为公司参股公司。
                        pick = next((x.refs[0] for x in sent_ms if x.source == "coref" and x.text in _BARE_FIRM
                                     and x.refs and _fits(x.refs[0], types)), None)    # 公司董事长…: not 常州灵枢)
                        if pick is not None:
                            break
                    if text[s:e] == "后者":     # (由A领投，B跟投。后者由…: the last one named, not the subject)
                        pick = next((t for x in reversed(sent_ms) for t in x.targets if t.type in types), None)
                        continue
                    if text[s:e] == "前者":     # (X投资了A和B。前者开发…: the first of the last two named)
                        named = [t for x in sent_ms if x.source != "coref" for t in x.targets if t.type in types]
                        pick = named[-2] if len(named) >= 2 else None
                        continue
                    pick = _topic([x for x in sent_ms if x.text not in _FIRST_PERSON and not _is_speaker(x.name, speaker)]
                                  if types == ("Person",) else sent_ms, types, head, kind=doc, firm=firm)
                    # (他 after 我: not the narrator; 他 in an answer: not the one answering)
                if pick is None and (types[0] in _TOPIC_FALLBACK or head == "集团"):
                    pick = _most_mentioned(history, types, head)    # 协会成立于…: the association the article is about
                                                                    # (集团已加入…: the group, named further back)
                    back = len(recent)
                if pick is not None:
                    out.append(Mention(s, e, text[s:e], pick.type, pick.name, "coref", refs=(pick,)))
                    if back:
                        earlier[id(out[-1])] = types
                if reach is not None and (back or pick is None):
                    reach.append(back)
                continue
            picked: list[Mention] = []
            seen: set[str] = set()
            for cand in reversed(pool):
                for t in cand.targets:
                    if t.type in types and t.name not in seen:
                        seen.add(t.name)
                        picked.append(t)
                if len(picked) >= want:
                    break
            if reach is not None and (len(picked) < want or
                                      not all(any(t is p for x in before for t in x.targets) for p in picked[:want])):
                reach.append(len(recent or ()))
            if len(picked) < want:
                continue
            picked = picked[:want]
            typ = picked[0].type
            out.append(Mention(s, e, text[s:e], typ, picked[0].name, "coref", refs=tuple(reversed(picked)) if n == -1 else (picked[0],)))
    for m in _EN_PERSONS_FIRM.finditer(text) if recent and "s " in text else ():
        s, e = m.span(2)              # Gu's firm: the organisation a sentence that named Annie Gu also named
        if any(not (e <= x.start or s >= x.end) for x in mentions + out):
            continue
        for sent_ms in reversed(recent):
            if any(x.type == "Person" and m.group(1) in x.name.split() for x in sent_ms):
                org = next((t for x in sent_ms for t in x.targets if t.type in ("Company", "Investor")), None)
                if org is not None:
                    out.append(Mention(s, e, text[s:e], org.type, org.name, "coref", refs=(org,)))
                break
    for k, o in enumerate(out):      # 这家位于合肥高新区的企业专注于…，其自研的…: 其 is the company this sentence
        if o.text != "其":            # began with (its cue is read after 其's), not the last sentence's
            continue
        if id(o) in earlier:
            prior = sorted((x for x in out if x.end <= o.start and x.text != "其" and len(x.refs) == 1
                            and _fits(x.refs[0], earlier[id(o)])), key=lambda x: x.end)
        elif o.type in ("AcademicUnit", "University"):   # 这家…的公司，由浙江大学X学院的两位校友创办，其核心产品…:
            prior = [x for x in out if x.end <= o.start and x.text != "其" and len(x.refs) == 1   # the company the
                     and x.type == "Company" and not re.search(r"[，,。；]", text[:x.start])]   # sentence opened with
        else:
            continue
        if prior and prior[-1].name != o.name:
            t = prior[-1].refs[0]
            out[k] = Mention(o.start, o.end, o.text, t.type, t.name, "coref", refs=(t,))
    return out
