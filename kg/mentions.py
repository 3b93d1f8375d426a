"""Stage 2: a sentence in, typed entity mentions out.

In: one sentence's text, the lexicon, the article date. Out: non-overlapping :class:`Mention`
records (offsets into the sentence) of people, organisations, places, groups, policies, reports,
products and dates. Sources, in priority order: 《》 titles, the lexicon, dates, organisation
names by suffix (jieba words walking left from 科技, 集团, 大学, 实验室…), people (jieba ``nr``
words with a known surname, or a surname right after a title), quoted group names, AI model
names, and capitalised English names. The recognisers' word lists live in ``kg/rules/names.yaml``.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .yamlfile import load_yaml

from .dates import find_dates
from .lexicon import Entry, Lexicon, norm
from .tables import PRODUCT_HEADER, column_cells, column_items

RULES_DIR = Path(__file__).parent / "rules"


@dataclass
class Mention:
    start: int
    end: int
    text: str
    type: str                      # an entity type of kg.vocab.TYPES, or "Date"
    name: str                      # canonical name (lexicon) or the cleaned surface name
    source: str                    # lexicon | title | date | suffix | person | quote | model | english | coref
    entry: Entry | None = None
    value: str | None = None       # dates: ISO value
    approximate: bool = False
    aliases: tuple[str, ...] = ()
    parent: str | None = None      # sub-units: the parent organisation's name as written
    place: str | None = None       # a place the name starts with (苏州极光智芯科技有限公司 → 苏州)
    refs: tuple["Mention", ...] = field(default=(), repr=False)   # coreference: what it stands for
    basis: bool = False            # a document cited as the basis of another (为贯彻落实《X》): not the topic
    aside: bool = False            # an owner named inside a predicate (X为公司全资子公司): no implicit subject
    workplace: bool = False        # an employer named only as where someone works (在X负责): worksFor's, no topic
    contrast: bool = False         # 与X不同，Y…: a name the sentence sets its subject against, no topic

    @property
    def targets(self) -> tuple["Mention", ...]:
        return self.refs if self.refs else (self,)


@lru_cache(maxsize=1)
def name_rules() -> dict:
    data = load_yaml(RULES_DIR / "names.yaml")
    data["org_suffix_list"] = sorted(data["org_suffixes"], key=len, reverse=True)
    data["suffix_by_last"] = {}
    for x in data["org_suffix_list"]:
        data["suffix_by_last"].setdefault(x[-1], []).append(x)
    data["stop_words"] = set(data["stop_words"])
    data["stop_pos"] = set(data["stop_pos"])
    data["en_opening_re"] = re.compile("(?:" + "|".join(map(re.escape, data["en_opening_words"])) + ") (?=[A-Z])")
    data["not_person"] = set(data["not_person"])
    data["en_not_speakers"] = set(data.get("en_not_speakers", ()))
    data["surname_set"] = set(data["surnames"])
    data["name_inner_words"] = set(data.get("name_inner_words", ()))
    data["name_regions"] = set(data.get("name_regions", ()))
    data["not_org_names"] = set(data.get("not_org_names", ()))
    data["brand_tail_set"] = set(data.get("brand_tails", ()))
    data["not_brand_heads"] = set(data.get("not_brand_heads", ()))
    data["kind_words"] = set(data.get("kind_words", ()))
    # longest first; equal lengths alphabetically, so the patterns built from them read the same in
    # every process (kg.gate keeps what it read off them by pattern text; two different titles of one
    # length cannot both match at one place, so their order never changed what matches)
    data["titles"] = sorted(set(data["titles"]), key=lambda t: (-len(t), t))
    data["title_set"] = set(data["titles"])
    data["titles_or_stop_words"] = set(data["titles"]) | set(data["stop_words"])
    sur = "|".join(sorted(data["surnames_double"], key=len, reverse=True)) + "|[" + data["surnames"] + "]"
    titles = "|".join(re.escape(t) for t in data["titles"])
    cues = "|".join(re.escape(t) for t in sorted(set(data.get("person_cues", ())) - set(data["titles"]),
                                                  key=lambda t: (-len(t), t)))
    # founding roles are founder facts, not job titles
    data["title_re"] = "|".join(re.escape(t) for t in data["titles"] if t not in ("创始人", "联合创始人", "创办人"))
    data["gov_body"] = re.compile(       # after a place: 合肥市科技局 (kg.mentions._government_bodies)
        r"^(?:市|省|区|县)?((?:(?!设立|成立|开设|设有|新设|组建)[\u4e00-\u9fff](?<![的在是了这该])){0,16}?(?:局|厅|委员会|管委会|办公室|办公厅|人民政府|政府|委))"
        r"(?=[\u4e00-\u9fff]{2,10}?(?:处|科|司)[\s\u3000：:]|(?:[\u4e00-\u9fff]{2,10}?(?:处|科|司)(?=(?:原|前|时任|现任)?(?:" + data["title_re"] + r")))?"   # (…厅成果转化处处长, …处：: a division)
        r"(?:原|前|时任|现任)?(?:" + data["title_re"] + r")|[，,、。；]|$|党组|党委|党工委|于|在|会同|联合|发布|印发|出台|今年|去年|\d|获悉|牵头|等|和|与|日前|近日|正式|召开|举行|制定|公布|颁布|推出|下发|批复|审议|部署|提出|明确|也|还|已|将|出资|组建|批准|主导|控股|主管|监管|指导|作为|设立)")
    data["person_after_title"] = re.compile(
        rf"(?:{titles}|{cues})(?:的(?=(?:{sur})[\u4e00-\u9fff]{{1,2}}?(?:[，,。说表]))|[为是](?=(?:{sur})[\u4e00-\u9fff]{{1,2}}?(?:[，,。；;（(]|$)))?(?:(?<!记者)(?<!主持人)[：:])?\s*(?!(?:都|也|还|又|就|才)(?:读|是|在|有|从|曾|去|来|留))((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?=[，,。、；;：:与及等说在的（(“\s—－-]|和(?!表示|说|介绍|认为|指出|透露|坦言|告诉|目前|现在|如今|也|曾|则|都|还|是|已|先生|女士|同志)|先生|女士|同志|{_AFTER_NAME}|$)")
                                # (独立董事孟庆和先生: 和 before 先生 is the name's last character; 本科和硕士都读的是:
                                #  an adverb and a verb after a degree, no 都 named 读)
    data["person_at_clause"] = re.compile(      # a clause that opens with a name and goes on as people do
        rf"(?:^|(?<=[，,。；;：:\s“”\"、]))((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?={_AFTER_NAME}|\d{{4}}年(?:出生|生|毕业|加入|创办|离开|回国|辞职|创业|入职))")
    data["person_mate"] = re.compile(      # 宋家豪、章玥于2020年: a list-mate of a person (kg.mentions._person_list_mates)
        rf"[、和与及]((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?=[、和与及，,。；;（(]|于|在|等|共同|联合|分别|都|均|先后|一起|两人|三人|二人|创办|创立|毕业|担任|出任|$)")
    data["person_before_honorific"] = re.compile(       # 韩立群先生, 梁晓女士: a name before how it is addressed
        rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[为由和与及、是])|(?<=聘任)|(?<=聘请)|(?<=任命)|(?<=提名)|(?<=选举)|(?<=推选)|(?<=增补)|(?<=同意))"
        rf"((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?=先生|女士|同志)")
    data["person_after_class"] = re.compile(     # 2016届校友俞思彤, 2024届本科毕业生黄梓涵: a graduating class, then a name
        rf"(?:\d{{4}}|[一二三四五六七八九〇零]{{4}})(?:级|届)(?:本科|硕士|博士|研究生|MBA|EMBA)?(?:校友|毕业生|博士|硕士|学生|学子|本科生|研究生)?"
        rf"((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?=[，,。、；;与和及（(]|创办|创立|毕业|在|于|是|的|现任|现为|担任|入职|加入|就职|任职|获得|获|入选|目前|已|$)")
    data["person_before_academic"] = re.compile(     # 郑启航教授回国创业: a three-character name at a clause's start before an academic title
        rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[为由和与及、是]))((?:{sur})[\u4e00-\u9fff]{{2}})(?=教授|副教授|院士|研究员|博士(?!后|生|学位|毕业|研究|论文|课题))")
    data["person_before_founding"] = re.compile(     # …医生出身的周黎创立: a name after 的, right before a founding verb
        rf"(?<=的)((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?=(?:于\d{{4}}年)?(?:联合|一手|共同)?(?:创立|创办|创建)(?![\u4e00-\u9fff]{{0,4}}?(?:时|之初|以来)))")
    data["person_before_title"] = re.compile(       # 西湖大学工学院周默然研究员: a name between its institution and its title
        rf"(?:(?<=学院)|(?<=大学)|(?<=研究院)|(?<=研究所)|(?<=实验室)|(?<=公司)|(?<=集团)|(?<=中心))(?!任|曾|现|原|兼|担|历)"
        rf"((?:{sur})[\u4e00-\u9fff]{{1,2}}?)"
        rf"(?=(?:教授|副教授|研究员|副研究员|院士|讲师|高级工程师|工程师|博士后|主任医师)(?:[，,。、；;）)团和与等的在说表]|创办|创立|牵头|领衔|带领|担任|兼任|发起|主持|$))")
    data["person_after_you"] = re.compile(
        rf"(?<=由)((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?=于|在|等|和(?:{sur})|与|、|共同|联合|一手|创办|创立|创建|发起|牵头|担任|出任|兼任)")
    data["person_sex"] = re.compile(         # a résumé's lead: **韩宇**，男，1983年出生 / 王蓓（女，1979年生）
        rf"((?:{sur})[\u4e00-\u9fff]{{1,2}}?)\**\s*[，,（(]\s*(?:男|女)\s*(?=[，,、）)。；;]|\d{{4}}年)")
    data["person_entry"] = re.compile(       # a numbered entry that opens with a person: 3. 黄启明，某集团总工程师，…
        r"(?:" + ORDINAL_LEAD + r"|^\s*[-*•·]\s*)" + rf"\**((?:{sur})[\u4e00-\u9fff]{{1,2}}?)\**(?=[，,：:][^\n。]{{0,40}}?(?:{titles}|毕业|博士|硕士|本科))", re.M)
    data["person_before_phone"] = re.compile(  # a contact line: 数字经济处 陆晓峰，0573-8xxxxxx / 联系人：王敏 电话：0571-…
        rf"(?<=[\s\u3000：:])((?:{sur})[\u4e00-\u9fff]{{1,2}})(?=[，,\s\u3000]*(?:(?:联系)?电话|手机|Tel|TEL)?[：:]?\s*[（(]?0\d{{2,3}}[)）]?[-－]?[\dxX×]{{3}})")
    data["person_bracket_role"] = re.compile(     # 1. 许嘉音（杭州九章云算科技有限公司创始人、首席执行官）: a name, then its post in brackets
        r"(?:" + ORDINAL_LEAD + r"|^\s*[-*•·]\s*|(?<=[：:、，,\s]))" + rf"((?:{sur})[\u4e00-\u9fff]{{1,2}}?)\**[（(]"
        rf"(?=[^（()）\n]{{2,40}}?(?:公司|集团|大学|学院|研究院|研究所|实验室|中心|协会|局|委员会|银行|基金|资本)(?:{titles})[）)、，,])", re.M)
    data["person_signed"] = re.compile(      # 文｜林宏, **□ 陈墨**, 原创　林晓雯　知芽AI: the signature at a piece's head
        r"^[ \t*>]*" + SIGNATURE_LEAD + r"[ \t\u3000]*"
        rf"((?:{sur})[\u4e00-\u9fff]{{1,2}}?)(?=[ \t\u3000*（(]|$)", re.M)
    data["person_cell"] = re.compile(        # a table cell that holds a name alone: | 周启航 | 广西铝创新材料有限公司 |
        rf"(?:(?<=[|｜])|^)[ \t]*((?:{sur})[\u4e00-\u9fff]{{1,2}})[ \t]*(?=[|｜])")     # (欧阳琪｜联合创始人兼CTO: a line's head)
    data["person_in_list"] = re.compile(
        rf"(?:^|(?<=[，,。、；;：:\s由和与及]))((?:{sur})[^\W\d的了是在和与及等都均也为由于从对把被向这那其该年月日]{{1,2}}?)"
        rf"(?=[、和与及](?:{sur})|(?:[和与及、][\u4e00-\u9fff]{{2,4}})*(?:[两三四五六七八九十\d](?:人|位|名))?(?:都|均|同样|也|先后|分别|联合|共同|一起)?(?:毕业于|创办|创立|创建|发起|就读|担任|出任|任职|共同|联合))")
    return data


_AFTER_NAME = "\\d{4}年|今天|昨天|今年|去年|近日|日前|已经|正在|本人|就是|正是|便是|做了|做过|一直|早在|亲自|最初|起初|聊|谈(?!判)|答道|问道|笑着|进行了|做客|走进|来到|作(?=了|[^，。；]{0,10}(?:报告|演讲|发言|致辞))|为(?!认为|表示|指出|介绍|透露|坦言|告诉|说|称|强调)|被|接受|回忆|谈到|看来|向|对|等人|一行|带队|领衔|主导|提到|笑称|直言|解释|补充|感慨|说道|表示|指出|认为|介绍|透露|称|坦言|告诉|是|任|担任|现任|曾|也|则|此前|以前|之前|原本|原为|原是|原任|原系|原来|后来|当时|毕业|出生|兼任|说|本科|博士|硕士|早年|生于|于|自|带着|创办|创立|负责|当选|出任|受聘|加入|带领|率领|牵头|主持|还|已|将|则|对此|共同|一同|一起|分别|出席|参加|致辞|揭牌|宣布|发布|指出|强调|教授|博士|评价|评论|分析|回应|证实|承认|提醒|建议|预计|预测|呼吁|相信|坦承|总结|算了|打了个比方|举例|记得|讲述|告诫|感叹|寄语|谈及|谈起|加盟|离职|辞职|卸任|接任|升任|获聘|调任|同时|同样|则|也|连任|续任|留任|改任|转任|就任|离任|继任|目前|现在|如今|代表(?=[\u4e00-\u9fff]{0,4}(?:签约|发言|致辞|签署|出席|讲话))|\\d{1,2}月"
_PERSON_NOUN_AFTER = re.compile(r"(?:博士|硕士|本科|教授|院士|毕业|出生|先生|女士)(?![\u4e00-\u9fff]{0,1}(?:公司|集团|企业|科技))")
_TITLE = re.compile(r"《([^《》\n]{1,80})》")
_QUOTE = re.compile(r"[“\"「]([^“”\"「」\n]{2,40})[”\"」]")
_EN_GROUP = re.compile(r"^(?:[A-Z][\w']*\s){1,5}(?:Dragons|Tigers|Giants|Musketeers|Trio|Quartet|Two|Three|Four|Five|Six|Seven|Eight|Ten)(?:\sof\s[A-Z][\w']*(?:\s[A-Z][\w']*)?)?$")
_PRODUCT_NOUNS = r"(?:原型机|样机|储能柜|一体机|一体柜|大模型|模型|系统|平台|芯片|引擎|机器人|App|APP|应用|产品|游戏|软件|操作系统|助手|智能体|中台|处理器|传感器|激光雷达|机器狗|仪|计|控制器|电池|电芯|终端|模组|模块|航行器|耳机|麦克风|设备|整机|无人机|眼镜|头显|解决方案|药物|疫苗|变流器|服务器|显示屏|手机|车型|飞行器|机械臂|灵巧手|计算机|芯片组|卫星|火箭)"
_PRODUCT_NOUNS_EXT = r"(?:" + _PRODUCT_NOUNS[3:-1] + r"|断路器|装置|泵壳|材料|膜|带材|器件|MOSFET|IGBT|SoC|激光器|探测器|相机|减速器|电机|数据库|工船|船|雷达|外骨骼|发动机|阀|镜头|AGV|AMR|机床|试剂|工具|叉车|轴承|丝杠|光模块|逆变器)"
_PRODUCT_QUOTED = re.compile(r"(?:(?<=叫)|(?<=叫做)|(?<=名为)|(?<=名叫)|(?<=取名)|(?<=命名为)|(?<=代号))[“\"「]([^“”\"「」\n]{1,16})[”\"」]"
                             r"\s?(?:的)?(?:[A-Za-z\u4e00-\u9fff]{0,5}?)(" + _PRODUCT_NOUNS + r")"
                             r"|[“\"「]([^“”\"「」\n]{1,16})[”\"」]\s?(?:系列|品牌)?(?:(?![和与及的是])[\u4e00-\u9fffA-Za-z0-9\-]|(?<=式)[及和与](?=[\u4e00-\u9fff]{1,3}式)){0,14}?(" + _PRODUCT_NOUNS_EXT + r")"
                             r"(?!\s?(?:是|为)?\s?[“\"「])|(" + _PRODUCT_NOUNS_EXT +     # (翻译眼镜“灵犀Glass”: the noun names the next quote)
                             r"|产品|品牌|系列|型号|新品|新款|机型)(?:是|为|名为|叫做?|包括|之一)?\s?[“\"「]([^“”\"「」\n]{1,16})[”\"」]")
SIGNATURE_LEAD = r"(?:(?:作者|撰文|文|口述|自述)[ \t]*[：:|｜/]|[□■]|原创[ \t\u3000])"     # 文｜X, □ X, 原创 X, 口述｜X: who signs a piece
ORDINAL_LEAD = r"^\s*(?:\d{1,2}\s*[.．、)]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[\u2460-\u2473])\s*"   # 1. / （一） / 一、 / ①
_ENTRY_LINE = re.compile(ORDINAL_LEAD + r"([\u4e00-\u9fff]{2,24}(?:[（(][\u4e00-\u9fff]{2,6}[）)])?[\u4e00-\u9fff]{0,10}?(?:重点实验室|工程研究中心|技术创新中心|研究中心|创新中心|"
                         r"实验室|研究院|研究所|股份有限公司|有限责任公司|有限公司|协会|联盟|研究院有限公司))\s*[。.；;]?")
_PRODUCT_AFTER_VERB = re.compile(
    r"(?:推出|发布|研发|开发|打造|上线|量产|自研|研制|开源|主打|交付|发售|首发|(?:产品|作品)(?:是|为))(?:了|的)?(?:新一代|首款|第[一二三四五六七八九十\d]+代|旗舰|最新)?(?:的)?"
    r"(([\u4e00-\u9fffA-Za-z0-9\-\.]{2,10}?)(?:系列)?(?:大模型|模型|机器人|机器狗|芯片|平台|系统|App|APP|引擎|激光雷达|传感器|无人机|软件|游戏|眼镜|头显|手机))"
    r"(?![A-Za-z“\"《「])")       # 大模型HC-Trade: the name that follows is the product
_LATIN_PRODUCT = re.compile(r"(?<![A-Za-z])(大模型|模型|模组|系统|平台|芯片|引擎|编辑器|产品为|产品是|代表产品|App(?![a-z])|APP(?![A-Z])|应用|雷达|传感器|机器人|处理器|助手|智能体|无人机|机器狗)(?:名为|叫做?|为|是)?[“\"]?"
                            r"([A-Za-z][A-Za-z0-9]*(?:[\-\.][A-Za-z0-9]+)*(?:\s\d+(?:\.\d+)?)?)(?![A-Za-z0-9])")
WORK_REPORT = re.compile(r"(?:(?:19|20)\d\d年度?)?(?:(?!年)[\u4e00-\u9fff]{2,3}(?:省|市|自治区|区|县)|[省市区县])?(?:人民)?政府工作报告")
_HONOUR_LIST = re.compile(r"(?:入选|列入|(?<=[被已获])纳入|入围|上榜|入榜|荣登|登上|获评|被评为|评为|认定为|被认定为|名列|跻身|(?:进(?!入)|挤进|闯进)(?=了?[^，。；]{2,30}?(?:名单|榜单|名录|[十百千]强|\d+强)(?:[，。；,;]|$)))(?:了|为)?"
                          r"((?:(?!入选|列入|入围|上榜|荣登|登上|跻身|评为|认定)[^，。；、\s“”\"]|[“\"][^“”\"]{1,8}[”\"]){2,30}?(?:名单|榜单|企业|单位|榜|名录|企业库|培育库|储备库|项目库|\d+强|[十百千]强|TOP\s?\d+|Top\s?\d+|孵化器|众创空间|新型研发机构)|(?:(?!入选|列入|入围|上榜|跻身|评为|认定)[^，。；、\s“”\"]){0,12}[“\"][^“”\"]{1,8}(?:企业|名单)[”\"](?:培育库|储备库|名录)?)"
                          r"(?=[，。；、,;\s]|$|和|及|与|之列|之一)")
# 该公司系浙江省专精特新中小企业, 是国家级专精特新“小巨人”企业: an honour list with its level, after a copula
_HONOUR_IS = re.compile(r"(?:是|系|属于|(?<![成作认视列称])为)(?:一家)?((?:国家级|省级|市级|[\u4e00-\u9fff]{2,3}[省市])(?:[^，。；、\s“”\"]{0,8}?|[“\"][^“”\"]{1,8}[”\"]){1,3}?(?:企业|科技企业孵化器|众创空间|新型研发机构))"
                        r"(?=[，。；、,;]|$|之一)")
def _list_issuer(name: str, lexicon: Lexicon) -> bool:
    """A body that publishes lists: a government body or organisation of the lexicon, or named as one."""
    entry = lexicon.lookup(name)
    return (entry.type in ("GovernmentBody", "Organization") if entry is not None
            else _HONOUR_ISSUER.fullmatch(name) is not None or org_type_of(name) == "GovernmentBody")


_QUOTED_LIST = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的了与和及选布出上入有]))[“\"]([^“”\"，。；]{4,30})[”\"](?=榜单|名单|排行榜|榜(?![样首单]))")
_QUOTED_WHOLE_LIST = re.compile(r"[“\"]([^“”\"，。；\n]{4,40}?(?:名单|榜单|名录))[”\"]"
                                r"|[“\"]([^“”\"，。；\n]{4,40}?(?:\d+强|TOP\s?\d+|Top\s?\d+))[”\"](?!榜|名单|排行)")
                                # (“2025中国储能企业50强”榜单: a ranking the quote names, read as a report)      # 列入"星湖科创孵化器2025年第二批入孵企业名单"
_LIST_WHEN = re.compile(r"(?:今年|去年|当年|本年度|(?:19|20)\d{2}年(?:度)?|此前|最新)(?:\d{1,2}月(?:份)?)?(?:公布|发布|认定|印发|公示)?的(?=[^的]{4,})")
_PUBLISHED_LIST = re.compile(r"(?:公布|发布|公示|印发|评选出|揭晓)(?:了)?((?:19|20)\d{2}年度?(?:[^，。；、\s“”\"《》（）()]|[“\"][^“”\"，。]{1,12}[”\"]){2,30}?(?:名单|榜单|名录|榜))"
                             r"(?=[，。；、,;\s]|$)")
_LIST_BY = re.compile(r"([^，。；、的]{2,20}?)(?:公布|发布|评选|认定|印发|评定)的")
_HONOUR_WORD = re.compile(r"专精特新|小巨人|单项冠军|瞪羚|独角兽|高新技术企业|科技型中小企业|领军|百强|十强|示范|标杆|名单|榜单|隐形冠军|雏鹰|维鹰|雄鹰|潜在|培育库|储备库|名录"
                          r"|\d+强|TOP\s?\d+|Top\s?\d+|国家级科技企业孵化器|众创空间|新型研发机构")
_HONOUR_ISSUER = re.compile(r"^(?:国家)?(?:工业和信息化部|工信部|科技部|商务部|国家发展改革委|[\u4e00-\u9fff]{2,6}(?:省|市|区|县)?(?:工业和信息化厅|科学技术厅|科技厅|经济和信息化厅|工信厅|经信厅|科技局|工信局|经信局))")
_GROUP_CONTEXT = re.compile(
    r"(?:并称为?|被称为|称为|被誉为|誉为|合称为?|统称为?|组成了?|构成了?|入选|跻身|位列|号称|列入|同属于?|同为)\s*[“\"「]([^“”\"「」\n]{2,16})[”\"」]"
    r"|[“\"「]([^“”\"「」\n]{2,16})[”\"」](?:之一|成员|名单|中的一员|阵营)"
    r"|(?:dubbed|known as|nicknamed|called)\s(?:the\s)?[“\"]([A-Z][^“”\"\n]{2,40})[”\"]")
_QUOTED_INSTITUTION = re.compile(r"^(?:[\u4e00-\u9fff]{2,14}|[\u4e00-\u9fffA-Za-z0-9]{2,12}[—–\-·][\u4e00-\u9fffA-Za-z0-9]{2,16})"
                                 r"(?:实验室|研究院|研究所|研究中心|研发中心|创新中心|工程中心|联盟|协会|专业委员会|产业学院|中试基地|孵化器)$")   # (浙大—恒润智能传感联合研发中心)
_RANKING = re.compile(r"(?:\d+强|[百千]强|强榜|榜单?|排行榜|排名)$|^(?:Top|TOP)\s?\d+|\b(?:Top|TOP)\s?\d+$")
_RANKING_AFTER = re.compile(r"(?:榜单|排行榜|榜)")
_GROUP_NAME = re.compile(r"(?:[一二三四五六七八九十两双\d]+(?:小[龙虎]|剑客|驾马车|大金刚|朵金花|大天王|巨头|[虎龙杰雄侠强])|小[龙虎]|天团|军团|梦之队|[^\s]系)$")
_BARE_GROUP = re.compile(r"((?:[一二三四五六七八九十两]+(?:小[龙虎]|剑客|驾马车|大金刚|朵金花|大天王|少年|杰)))(?![\u4e00-\u9fff”\"」])"
                         r"|\b((?:[A-Z][\w']*\s){1,4}(?:Dragons|Tigers|Musketeers|Trio|Quartet|Quintet|Club))\b")
_NAMED_AS = re.compile(r"(?:并称为?|合称为?|被称为|被誉为|统称为?|号称|人称|俗称|戏称|称作|称为)(?=[\u4e00-\u9fffA-Za-z]{0,6}$)")
_PLACE_CALLED = re.compile(r"(?:称之为|称其为|称它为|又称|俗称|人称|昵称|叫做|叫它)[“\"「]([\u4e00-\u9fff]{2,4})[”\"」]")
_NOT_GROUP_HEAD = re.compile(r"^(?:The|A|An|These|Those|This|Its|Their|Our|In|On|At|By|Of|For)\s|^(?:这|那|其|该|前|后|第|全|各|每)")
_MODEL = re.compile(r"(?<![A-Za-z0-9_\-])(?!(?:The|This|That|These|Those|Its|Their|Our|Your|His|Her|New|Each|Every|Which|Any|Such|Same|One|Another|Whose|Language|Foundation|Base|Business|Pricing|Subscription|Revenue|Operating|Open|Reasoning|Vision|World)\s[Mm]odel\b)(?!(?:AI|ML|LLM|NLP|CV|IT|GPU)\s?(?:大模型|模型|model))([A-Za-z][A-Za-z0-9.\-]*\d[A-Za-z0-9.\-]*|[A-Z][A-Za-z0-9.\-]{1,20})\s?(大模型|模型|model)")
_POLICY_WORDS = ("规划", "计划", "方案", "意见", "办法", "条例", "政策", "措施", "通知", "纲要", "决定", "细则", "规定", "指南", "行动", "工作要点", "指引", "导则",
                 "倡议", "倡议书", "宣言", "公约", "路线图")
_REPORT_WORDS = ("报告", "技术规范", "团体标准", "标准", "榜", "榜单", "白皮书", "蓝皮书", "指数", "排行", "评估", "研究", "调查", "统计", "清单", "名单", "目录", "图谱", "年鉴", "TOP", "Top", "百强", "案例集", "工作总结", "工作思路", "公报")
_MEDIA_WORDS = ("日报", "晚报", "时报", "早报", "周刊", "杂志", "新闻", "报")

_EN_FOREIGN_FORMS = r"AS|ASA|AB|Oy|A/S|ApS|NV|N\.V\.|SE|SpA|S\.p\.A\.|SAS"     # legal forms abroad (Nordhavn Energy AS)
_EN_ORG_SUFFIX = (r"(?:Technology|Technologies|Tech|Robotics|Capital\sGroup|Capital\sManagement|Capital|Ventures|Venture Partners|Partners|Group|Holdings|Inc\.?|Co\.?|GmbH|AG|LLC|PLC|Pte\.? Ltd\.?|B\.V\.|S\.A\.(?:\sde\sC\.V\.)?|Kft\.?|S\.r\.l\.|Factory|Sdn\.?\sBhd\.?|Pty\.?\sLtd\.?|"
                  r"Ltd\.?|Limited|Corp\.?|Corporation|Labs?|Laboratory|University|Business School|Institute|Academy|Fund|Investment|Investments|"
                  r"Intelligence|AI|Semiconductors?|Bio|Biotech|Biologics|Diagnostics|Pharma|Motors|Games|Studios?|Interactive|Dynamics|Sensing|Systems|"
                  r"Automation|Electronics|Networks|Software|Vision|Energy|Materials|Medical|Health|Robots?|Microelectronics|"
                  r"Photonics|Optics|Computing|Cloud|Digital|Mobility|Aerospace|Aviation|Association|Alliance|Federation|Bureau|"
                  r"Commission|Ministry|Council|Government|Exchange|Bank|Securities|Motor|Angels|Angel\sFund|Power|Data|Logistics|"
                  r"Hydrogen|Chips?|Quantum|Biosciences|Therapeutics|Graphics|Avionics|Skyways|Airlines|Aviation\sGroup|Holding|Conglomerate|Displays?|Batter(?:y|ies)|Lighting|Instruments|Devices|Machinery|Industries|Heavy\sIndustry|Insights?|Research|Consulting|Consultancy|Advisors|Analytics|"
                  r"Asset\sManagement|Management|Microsystems|Microelectronics|Photonics|Optoelectronics|Biotechnology|Robotics\sTechnology|"
                  r"Innovation\sCent(?:er|re)|Research\sCent(?:er|re)|R&D\sCent(?:er|re)|College|Hospital|Management\sCommittee|Committee|"
                  r"Infrastructure|Administration|Agritech|Drives?|Precision|Equipment|Manufacturing|Solutions|Platforms?|Services|Agency|"
                  r"Silicon|Compute|Micro|Intelligent|Autonomy|Aerotech|Storage|Cells|Recycling|Lidar|Automotive|Automobile|Auto|Biopharma|Zhineng|Keji|"
                  r"Lithium|Graphite|Chemicals?|Membranes?|Ceramics|Metals|Mining|Pharmaceuticals?|Sensors?|Optical|Acoustics|Electric|International|"
                  r"Law\sFirm|Law\sOffices?|LLP|Accounting\sFirm|Consortium|Innovation\sConsortium|"
                  r"(?:Tech|Technology|Business|Economic|Financial|Finance|Science|Industry|Industrial)\s(?:Review|Daily|Weekly|Times|News|Journal|Herald|Observer)|"
                  r"Daily|Times|Herald|Gazette|" + _EN_FOREIGN_FORMS + ")")    # (media: a reporter at Pearl River Tech Review)


def _longest_first(alternation: str) -> str:
    """A regex alternation ``(?:A|B|…)`` with its top-level alternatives longest first, so that the
    longer of two suffixes wins (Research Center, not Research; Aviation Group, not Aviation)."""
    body, parts, depth, cur = alternation[3:-1], [], 0, ""
    for i, ch in enumerate(body):
        if ch == "(" and (i == 0 or body[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and body[i - 1] != "\\":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    return "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"


_EN_ORG_SUFFIX = _longest_first(_EN_ORG_SUFFIX)
_EN_ORG_END = re.compile(r"\b" + _EN_ORG_SUFFIX + r"$")
_EN_OF_ORG = re.compile(r"\b((?:[A-Z][\w\-'–]*\s+){0,3}(?:Institute|University|Academy|School|College|Association|Bureau|Commission|"
                        r"Ministry|Department|Federation|Chamber|Centre|Center|Laboratory|Foundation|Office|Administration|Committee)\s+(?:of|for)\s+(?:(?:[A-Z][\w\-']*,(?=\s[A-Z][\w\-']*(?:,\s[A-Z][\w\-']*)*,?\sand\s[A-Z])|(?!(?:Professor|Prof|Dr|Mr|Ms|Mrs|Chief|President|Dean)\b)[A-Z][\w\-']*|and(?!\sthe\s)|for|the|of)\s*){1,8})(?<!\s)(?<!\sand)(?<!\sof)(?<!\sfor)(?<!\sthe)", re.A)
_EN_CAMPUS = re.compile(r"\sat\s[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)?\b(?!\s(?:University|College|Institute))")
# Guangdong Provincial Development and Reform Commission: a government body whose name holds "and"
_EN_GOV = re.compile(r"\b((?:[A-Z][\w\-']*\s+){1,4}and\s+(?:[A-Z][\w\-']*\s+){0,3}(?:Commission|Bureau|Department|Committee|Ministry))\b", re.A)
_EN_OWNED_PRODUCT = re.compile(r"['’]s\s([A-Z][\w\-]*(?:\s[A-Z0-9][\w\-]*){0,2}?)(?=\s(?:[A-Z]{2,6}\s)?(?:series\s(?:of\s)?)?(?:[a-z\-]+\s){0,2}"
                               r"(?:cell|chip|lidar|robot|model|platform|battery|batteries|pack|module|sensor|drone|reducer|motor|"
                               r"humanoid|hand|camera|analy[sz]er|membrane|element|toolkit|system|software|app|stack|engine|controller)s?\b)")
_EN_CAMEL = re.compile(r"\b([A-Z][a-z]+[A-Z][A-Za-z]+(?:\s\d+(?:\.\d+)?)?)\b")
_EN_CALLED = re.compile(r"(?:called|named|dubbed|branded|sold\sas|marketed\sas)\s(?:the\s)?([A-Z][\w\-]+(?:\s[A-Z0-9][\w\-]*)?)"
                        r"|(?:develops|developed|launched|released|unveiled|makes|builds|built|sells|offers|introduced|open-sourced)\s(?:the\s|its\s|a\s)?([A-Z][\w]*(?:-[A-Z0-9][\w]*)+|[A-Z][\w]+(?:\s(?:[A-Z][\w\-]*|\d+(?:\.\d+)?)){1,2})"
                        # Its core product, the Qingtu Pilot system; its quadruped Jiangtun; the firm's best-known product is the Tern drone
                        r"|(?:\b[Ii]ts|\b[Tt]he\s(?:company|firm|startup)[''’]s)\s(?:[\w\-]+\s){0,2}?(?:product|assistant|platform|robot|quadruped|humanoid|drone|chip|app|model|system|software|device|lidar|arm|vehicle|truck|sensor|headset|headband|clock|engine|tool)"
                        r"(?:,\s(?:the\s)?|\sis\s(?:the\s)?|\s)([A-Z][\w\-\.]*(?:\s[A-Z][\w\-\.]*){0,2})")
_EN_BASED_PLACE = re.compile(r"(?:based|headquartered|located)\s(?:out\sof|in)\s(?:the\s)?((?:[A-Z][\w'\-]*)(?:\s[A-Z][\w'\-]*){0,3})")
_EN_UNIT = re.compile(r"['’]s\s((?:College|School|Department|Faculty|Institute|Laboratory|Lab)\sof\s[A-Z][\w\-]*(?:\s(?:and\s|&\s)?[A-Z][\w\-]*)*)")
_EN_WORK_TO = re.compile(r"\b((?:[A-Z][\w\-]*\s){0,4}(?:Measures|Opinions|Guidelines|Regulations|Rules|Notice|Plan|Policies)\s(?:to|on|for)\s"
                         r"(?:Support|Promote|Accelerate|Advance|Further|Boost|Encourage|Build|Develop|Foster|Strengthen)"
                         r"(?:\s(?:[A-Z][\w\-+]*|the|and|of|in)){1,9})(?<!\sthe)(?<!\sand)(?<!\sof)(?<!\sin)\b")
# a title that starts with its kind: (its) Guidelines for Humanoid Robot Industry Standardization (2025 Edition)
_EN_WORK_LED = re.compile(r"(?<=\s)((?:Guidelines|Measures|Opinions|Regulations|Provisions|Rules|Action\sPlan)\s(?:for|on)\s(?:the\s)?"
                          r"[A-Z][\w'\-+]*(?:\s(?:(?:of|and|for|in|on|the|a|an)\s){0,2}[A-Z][\w'\-+]*){1,8}"
                          r"(?:\s\((?:19|20)\d{2}(?:[-–—](?:19|20)\d{2})?(?:\s[Ee]dition|\s[Vv]ersion)?\))?)(?![\w])")
_EN_WORK = re.compile(r"\b(?:The\s)?((?:(?:19|20)\d{2}\s)?(?:[\x22“]?[A-Z][\w'\-]*(?:&[A-Z]\w*)?\+?[\x22”]?\s){1,8}(?:Action\sPlan|Plan|Policy|Report|White\sPaper|Guidelines|Measures|Index|Strategy|Program|Programme|Outlook|Opinions|Regulations|Initiative)(?:\s(?:for|on)\s(?:the\s)?[\x22“]?[A-Z][\w'\-+]*[\x22”]?(?:\s(?:(?:of|and|for|in|on|the|a|an)\s){0,2}(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[\x22“]?[A-Z][\w'\-+]*(?:&[A-Z]\w*)?[\x22”]?){0,8})?(?:\s\((?:19|20)\d{2}(?:[-–—](?:19|20)\d{2})?\)|\s(?:19|20)\d{2})?)(?![\w])"
                      r"(?!\s(?:Institute|Research|Cent(?:er|re)|Studies|Forum|Office|Unit|Lab|Laboratory|Committee|Bureau|Department|Council|Group|Team|School|Division|Desk)\b)")
                      # (the Meridian China Policy Institute: a body, not a policy)
_EN_DISTRICT = re.compile(r"\b((?:(?!The\s)[A-Z][a-z]+\s){1,3}(?:district|District|New\sArea|county|County|town|Town|township|Township|Hi-[Tt]ech\sZone|Economic\sDevelopment\sZone|Economic\sand\sTechnological\sDevelopment\sZone|Free\sTrade\sZone|Science\sPark|Software\sPark|Science\sCity|Tech\sCity|Sci-[Tt]ech\sCity|High-[Tt]ech\sZone|Economic\sand\sTechnological\sDevelopment\sArea|Development\sArea|Industrial\sPark|Innovation\sPark|Industrial\sBase|Robot\sIndustrial\sBase|Biotown|BioTown|Biopark|BioBay|Tech\sPark|Technology\sPark|Innovation\sDistrict|Innovation\sZone))\b")
_EN_PLACE_BEFORE_KIND = re.compile(r"(?<![\w\-])([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=-based\b)|(?<='s\s)([A-Z][a-z]+)(?=\s(?:area|district|zone)\b)"
                                   r"|(?<='s\s)((?:[A-Z][a-z]+\s){1,2}(?:Valley|Science\sCity|Science\sPark|New\sArea))\b")
                                   # (Wuhan's Optics Valley: a zone of the city, no company)
# a place the lexicon does not list, in a location's slot: based in Pittsburgh, registered in Düsseldorf, founded in
# 2014 in Bergen, a Pittsburgh warehouse-automation start-up (kg.mentions._english_names)
_EN_PLACE_SLOT = re.compile(
    r"(?:\b(?:based|headquartered|located|registered|incorporated|founded|established|set\sup|opened|built|plant|factory|"
    r"offices?|facility|campus|subsidiary|unit)\s(?:[^.;,]{0,24}?\s)?in|,\sfrom\sthe(?=\s[A-Z][a-zà-ÿ]+(?:\s[A-Z][a-zà-ÿ]+)?\s(?:area|district|zone)\sof\s[A-Z])"
    r"|\b(?:an?|the)(?=\s[A-Z][a-zà-ÿ]+\s(?:[a-z][a-z\-]*\s){0,2}"
    r"(?:start-?up|company|firm|maker|manufacturer|developer|supplier|fund|investor|lab|institute)\b))"
    r"\s([A-Z][a-zà-ÿ]+(?:[\s\-][A-Z][a-zà-ÿ]+)?)(?=[,.;)]|$|\s(?:area\sof|in|and|on|at|with|for|since|after|before|last|this|[a-z][a-z\-]*\s(?:start-?up|company|firm|maker|manufacturer|developer|supplier|fund|investor|lab|institute)\b)\b)")
_EN_ZONE = re.compile(r"\b((?:[A-Z][\w'\-]*\s){1,5}(?:Development|Industrial|Economic|Free\sTrade|Pilot|Demonstration)\s(?:Zone|Area))\b")   # Xi'an High-tech Industries Development Zone
_EN_PRODUCT = re.compile(r"\b([A-Z][A-Za-z]*(?:[ \-][A-Z][A-Za-z]*)?[ \-]?[A-Z]?\d+(?:\.\d+)?[A-Za-z]*|[A-Z]{1,4}-[A-Z][a-z]+"
                         r"|[A-Z]{2,4}-[A-Z]{2,5}(?=\s(?:chip|series|module|platform|system|robot|model|sensor|line|family|unit|card|controller|inverter|battery|cell|pack|hand|arm|software|app|drone|screws?)s?\b))\b")
_EN_WORD_YEAR = re.compile(r"(?:Founded|Established|Est|Since|Incorporated|Launched|Listed|Opened|Class|Batch|Fiscal|Spring|Summer|Autumn|Fall|Winter)\s(?:19|20)\d\d")
_EN_TITLED = re.compile(r"(?:titled|entitled|called|named)\s+[\"“]([^\"”]{4,120})[\"”]")
_EN_CAP = r"(?:(?<=[a-z]\s)State-owned|[A-Z](?![A-Za-z]*-(?:backed|owned|based|run|listed|funded|controlled|led|born|made|headquartered)\b)[A-Za-z0-9&'\-À-ÖØ-öø-ÿ]*(?:–[A-Z][A-Za-z0-9&'\-]*)?)"
# (State-backed: no name's word, but Xiaoshan State-owned Capital Investment Group is one name)
_EN_ORG = re.compile(rf"(?<![A-Za-z0-9&'\-])((?:(?:{_EN_CAP}|Science\sand\s(?:Technology|Innovation)|Research\sand\sDevelopment|{_EN_CAP}\sand\s{_EN_CAP}(?=(?:\s[A-Z][a-z]+){{1,3}}\s(?:Association|Alliance|Federation|Society|Council|Chamber)\b))\s+){{0,6}}(?:\([A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?\)\s+)?{_EN_ORG_SUFFIX}(?:(?<=Fund)\s(?:I{{1,3}}|IV|VI{{0,3}}|IX|X)(?![\w\-]))?(?:,?\s(?:Ltd|Limited|Inc)(?:\.|\b))?)(?:(?<=\.)|\b)", re.A)   # (after and before CJK too: ASCII \b, \w)
_EN_CAPS = r"[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){0,3}"
_EN_FIRM_NOUN = r"(?:company|maker|firm|start-up|startup|manufacturer|developer|supplier|provider|operator|unicorn|designer|chipmaker|automaker)"
# an employer named by the slot it stands in: a senior editor at Frontier Signal Media, spent a decade at
# Cadence, ran the speech group at smartphone maker Oudian Mobile, left Qualcomm (kg.mentions._english_names)
_EN_EMPLOYER_SLOT = re.compile(
    r"(?:\b(?:engineer|architect|editor|reporter|researcher|scientist|professor|lecturer|director|manager|partner|analyst|head|"
    r"chief|president|officer|fellow|lead|leader|group|team|lab|years|decade|months|designer|developer|consultant|adviser|"
    r"advisor|executive|associate|intern|staff|worked|working|works|taught|teaching|career|stint|postdoc)\b[^.;:]{0,40}?\bat|"
    r"\b(?:joined|left|leaving|joining)|\b(?:formerly|previously|earlier)\s(?:of|with))\s"
    r"(?:(?:[a-z][a-z\-]*\s){0,2}(?:maker|company|firm|startup|start-up|giant|developer|manufacturer|supplier|group|lab|platform)\s)?"
    r"(?:the\s)?([A-Z][A-Za-z0-9&'’.\-À-ÖØ-öø-ÿ]*(?:\s(?:of\s(?:the\s)?|and\s|&\s)?[A-Z][A-Za-z0-9&'’\-À-ÖØ-öø-ÿ]*){0,6})")
_EN_ARM_TAIL = re.compile(r"\s(?:[A-Z][a-z]+\s){0,2}(?:Holding|Holdings|Capital|Ventures|Venture\sCapital|Fund|Investment|Investments|Asset\sManagement)\b")
# a product named by the slot it stands in: its flagship product, the Haixun Manta; sells Inkwell, a coding
# assistant; builds the Skyport, an automated station; Tingfeng's main product is Tingfeng Scribe
_EN_PRODUCT_SLOT = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|[A-Z][\w\-]*[’']s)\s(?:(?:own|flagship|main|core|best-known|first|new|latest|newest|signature|second|lead)\s)+"
    r"(?:[a-z\-]+\s){0,3}?(?:product|model|platform|system|chip|robot|app|device|service|software|engine|line|cell|battery|drone|vehicle|candidate|drug|therapy)?"
    r"(?:,\s|\s)(?:is\s|was\s)?(?:the\s|a\s)?"
    r"|\b(?:[Ii]ts|[Tt]heir)\s(?:[A-Za-z\-]+\s){0,2}?(?:product|products|app|platform|software|brand)(?:\sis\s|,\s|\s)"
    r"|\b(?:[Ii]ts|[Tt]heir|[A-Z][\w\-]*[’']s)\s(?:[a-z\-]+\s){0,2}?(?:toolkit|toolchain|compiler|platform|chip|model|assistant|engine|robot|app|software|suite)\s?,\s(?=[A-Z][\w\-]*(?:\s[A-Z0-9][\w\-]*)?,\s)"
    r"|\b(?:sells|builds|built|launched|released|unveiled|developed|develops|makes|make|designs|produces|introduced|offers|debuted|demoed|demonstrated|showed|showcased|followed\swith|previews?|previewed|known\sfor(?:\sits)?)\s(?:the\s)?"
    r"|\b[Ii]ts\s(?=[A-Z][\w\-]*\s(?:[a-z][\w\-]*\s){0,2}(?:series|system|platform|chip|module|cell|robot|app|software|engine|battery|drone|sensor|card|controller|pack)s?\b))"
    r"(?:\*\*|[\"“])?((?:[A-Z][\w\-]*|[A-Z]{2,}[\w\-]*)(?:\s(?:[A-Z][\w\-]*|\d[\w\-]*(?:\.\d+)*)){0,2})(?:\*\*|[\"”])?"
    r"(?=,\s(?:a|an|the)\s|\s(?:[a-z][\w\-]*\s){0,2}(?:series|system|platform|model|chip|module|cell|robot|app|software|engine|battery|drone|sensor|card|controller|pack)s?\b|[.;]|,\s(?:is|was|which|lets|allows|enables|helps|runs|supports|turns|cuts)\b|\s(?:is|was|has|now)\s(?:used|sold|deployed|installed|available|in\s)?)")
_EN_ORG_SUFFIX_END = re.compile(r"\b(?:Inc|Ltd|Co|Corp|Group|Holdings?|Capital|Ventures|Fund|Partners|Technology|Technologies|Robotics|University|Institute)\.?$")
_EN_GROUPISH = re.compile(r"\b(?:Association|Alliance|Federation|Consortium|Chamber|Club|Council|Committee|Society|League|Network|Programme|Program)$")
_EN_NOT_A_NAME = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                    "Christmas", "Chinese", "English", "PhD", "MBA", "Professor", "Dr", "Mr", "Ms", "Mrs"}
_EN_ORG_CONTEXT = re.compile(
    rf"(?<![A-Za-z\-])({_EN_CAPS})\s(?:was|is|has\sbeen)\s(?:co-)?(?:founded|set\sup|established|incorporated|spun\soff)\b"
    rf"|(?<![A-Za-z\-])({_EN_CAPS}),\s(?:which|that)\s[^,.;]{{3,80}},\s(?:was|is)\s(?:co-)?(?:founded|set\sup|established|incorporated|spun\soff)\b"
    rf"|(?<![A-Za-z\-])({_EN_CAPS}),?\s(?:is\s|was\s)?(?:a|an|another)\s(?:(?!(?:at|of|with|for|analyst|partner|professor|researcher|economist|investor|"
    rf"executive|engineer|scientist|founder|co-founder|director|manager|officer|chairman|president|fellow|consultant)\b)[\w\-]+\s){{0,4}}?{_EN_FIRM_NOUN}\b"
    rf"|known\sas\s({_EN_CAPS})"
    rf"|(?<=[a-z]-based\s)({_EN_CAPS})(?=\s(?:makes|develops|builds|designs|produces|supplies|sells|has|had|is|was|said|raised|closed|announced|launched|released|unveiled|won|signed)\b|,\s(?:a|an|which|the)\s)"
    rf"|^([A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z][a-z]{{3,}}(?:\s[A-Z][a-z]+)?)\s(?:makes|develops|builds|designs|produces|sells|supplies)\s(?=[a-z])"
    rf"|\b(?:[Cc]o-)?(?:founded|set\sup|established|started)\s({_EN_CAPS})(?=,\s(?:which|that|a|an)\s|\sin\s(?:\d{{4}}|early|late|mid)\b|[.;]|$)"
    rf"|(?:^|,\s|;\s)({_EN_CAPS})\s(?:has\s|had\s|also\s)?(?:raised|secured|closed|completed|received)\s[^.;]{{0,40}}?\b(?:round|money|funding|financing|capital|investment|million|billion)\b"
    rf"|(?:^|,\s|;\s)({_EN_CAPS})\s(?:confirmed|said|announced|disclosed)\s(?:that\s)?it\s(?:has\s|had\s)?(?:raised|secured|closed|completed|received)\s[^.;]{{0,40}}?\b(?:round|money|funding|financing|capital|investment|million|billion)\b"
    rf"|(?:^|,\s|\b[Tt]he\s)(?:[\w\-]+\s){{0,2}}?{_EN_FIRM_NOUN},?\s({_EN_CAPS}),?\s(?:has\s|had\s|was\s|is\s|said|raised|closed|completed|announced|launched|released|unveiled|founded|develops|makes|builds)"
    rf"|^(?:Founded|Established|Set\sup|Started)\s(?:in\s\d{{4}}|by\s[^,]{{3,60}}),\s({_EN_CAPS})\s(?:is|was|has|had|makes|develops|builds)\b"
    rf"|(?<![A-Za-z\-])({_EN_CAPS}),\s(?:located|based|headquartered)\sin\s[^,.;]{{3,60}},\s(?:is|was)\s(?:a|an|the)\s(?:[\w\-]+\s){{0,3}}?(?:subsidiary|unit|spin-?off|maker|supplier|developer|startup|company|firm)\b"
    rf"|(?<![A-Za-z\-])({_EN_CAPS}),\s(?:based|headquartered)\sin\s[A-Z][^,.;]{{2,40}},\s(?:makes|builds|develops|sells|designs|produces|runs|operates|supplies|has|was|is)\b"
    rf"|\b(?:[Cc]o-)?[Ff]ounder\s(?:and\s(?:chief\sexecutive|CEO|chairman|chairwoman|president)\s)?of\s({_EN_CAPS})(?=[,.;]|\s(?:and|said|says|told|who)\b)"
    rf"|(?:^|[.;]\s)({_EN_CAPS}),\s(?:co-)?founded\sin\s(?:19|20)\d{{2}},"
    rf"|(?<![A-Za-z\-])({_EN_CAPS}),\s(?:now\s)?(?:the\s)?[A-Z][\w\-]*(?:\s[A-Z][\w\-]*){{0,3}}['’]s\s(?:[a-z\-]+\s){{0,3}}?(?:subsidiary|unit|arm|division|affiliate)\b")
_EN_NOT_GIVEN = {"Division", "Department", "Office", "Bureau", "Committee", "Commission", "Center", "Centre", "Institute",
                 "Group", "Company", "Director", "Secretary", "Mayor", "Governor", "Chairman", "President", "Professor", "Dean"}
_POSSESSIVE_IN_NAME = {"Children", "Women", "People", "Workers", "Men", "Veterans", "Farmers", "Citizens", "Traders", "St"}
_EN_LEGAL_TAIL = re.compile(r"(?:,?\s(?:Co\.,?\s?Ltd\.?|Co\.|Co(?=$)|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|LLC|PLC|GmbH|AG|B\.V\.|Kft\.?|Pte\.?\sLtd\.?|"
                            + _EN_FOREIGN_FORMS + r"))+$")
_EN_KNOWN_AS = re.compile(r"\b(?:known|referred\sto|trading|operating)\sas\s(?:the\s)?$")
_EN_BARE_GROUP = re.compile(r"(?<=\b[Tt]he\s)((?:[A-Z][\w']*\s){1,4}(?:Dragons|Tigers|Giants|Musketeers|Trio|Quartet|Five|Six|Seven|Eight|Ten))\b")
_PINYIN_SYLLABLE = r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouv]|[aeiouv]{2}|iao|uai|uan|ian|iang|iong|uang)(?:ng|n|r)?"
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_EN_NAME = re.compile(r"\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[ \-][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){1,2})\b")
_EN_OCCUPATION_AFTER = re.compile(r",\s(?:a|an)\s(?:[A-Za-z\-]+\s){0,3}(?:analyst|engineer|researcher|scientist|professor|lecturer|partner|"
                                  r"economist|investor|executive|spokesperson|spokeswoman|spokesman|founder|co-founder|director)\s(?:at|of|with|who|from|based)\s")
_EN_CITY_GOVERNMENT = re.compile(r"\b(?!The\s)((?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s(?:municipal|provincial|city|district|county)\s(?:government|[Pp]eople's\sgovernment))\b")
_EN_TITLED_NAME = re.compile(r"\b(?:Co-?[Ff]ounder\sand\s)?(?:Chief\s(?:Executive|Technology|Operating|Financial|Scientific)(?:\sOfficer)?|"
                             r"CEO|CTO|COO|CFO|Chairman|Chairwoman|President|Vice\sPresident|General\sManager|Managing\sPartner|"
                             r"Co-?[Ff]ounder|Founder|Professor|Dr\.|Mr\.|Ms\.|Mrs\.|(?:Vice\s|Deputy\s|Executive\sVice\s)?(?:Governor|Mayor|Minister))\s([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){1,2})\b")
# a person's name after "founded by" (and after another name of the same list): Erik Lunde and Kari Vik
_EN_AGENT_BEFORE = re.compile(r"(?:(?:co-)?founded|set\sup|started|launched)(?:\s(?:in|on)\s[\w ,]{1,30}?)?\sby\s(?:(?:[A-Z][\w\-']*\s){1,2}(?:and|&)\s|(?:[A-Z][\w\-']*\s){1,2}[A-Z][\w\-']*,\s)?$")
_EN_TITLE_BEFORE = re.compile(r"(?:CEO|founder|co-founder|chairman|chairwoman|president|professor|Professor|Dr\.|Mr\.|Ms\.|director|chief executive|spokesperson|spokesman|mayor|Mayor|head|vice president)\s*,?\s*$")
_PINYIN_SURNAMES = set("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song
tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su wei lu ding ren shen yao cui zhong tan
fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu yin xue yan duan lei hou long tao hao gong shao wan qian kong
mo dai kang shi niu ge xing an qi qiao pang ni zhuang nie zhang lu yue zhai yin zhan shen ou geng guan lan jiao
yu zuo liu gan zhu bao ning shang shu ruan ke ji mei tong ling bi dan pei huo tu miao gu sheng qu weng ran luo
bei ben bian bo cang cen ceng chai chang chao che chou chu cong dang di diao dongfang dou duanmu fei gai gongsun gou gui hang
heng hong hua huan huangfu hui jian jing ju kou kuai kuang kui lai lang lao leng lian linghu lou luan lv mai mao ming mou mu
murong nan nong ouyang qiang qing quan que rao rong rui sang shangguan shou shuai sima situ sui suo tai teng wen xi xiahou
xian xiang xin xiu xuan xun yi ying yong yuchi yun yuwen zan zang zhangsun zhen zhi zhuge zhuo zong zu""".split())


# English words too common to be a company's short name (Danxia … but not Digital, Capital)
EN_EVERYDAY = set("""the new china chinese national first global greater great central north south east west eastern western
northern southern united international city state people digital smart future open deep star sun moon blue red green golden
silver white black east asia pacific ocean river lake mountain science tech data cloud robot robotics bank capital fund
group holdings shanghai beijing shenzhen hangzhou guangzhou industry industrial investment investments venture ventures
quantum intelligent intelligence technology technologies energy power medical health software semiconductor
advanced applied modern high provincial municipal county district regional autonomous metropolitan""".split())
_RUN_IN_HEADING = re.compile(r"(?:The\s)?((?:[A-Z][\w&'\-]*\s){0,4}[A-Z][\w&'\-]*)(?:\s\([A-Z][a-z]+\))?\.")
_RUN_IN_PLACE = re.compile(r"\b(?:Zone|Area|District|City|Town|County|New\sArea)$")


# a numbered line that is a headline, not a name: 四、栖芯微加入长三角汽车芯片产业创新联盟
_HEADLINE_VERB = re.compile(r"加入|加盟|入选|当选|成为|发布|完成|获得|推出|签约|签署|落户|牵头|举办|召开|揭牌|亮相|携手|联合发布|宣布")
_NUMBERED_HEADING = re.compile(r"\d{1,2}[.)]\s+(?:The\s)?((?:[A-Z][\w&'\-]*\s){0,4}[A-Z][\w&'\-]*)")


_EN_REPLY = {"Yes", "No", "Sure", "Right", "Exactly", "Absolutely", "Indeed", "Correct", "Okay", "OK", "Well", "Thanks",
             "Agreed", "Definitely", "Certainly", "Partly", "Not yet", "Of course", "Thank you"}


def run_in_heading(text: str, paragraph_goes_on: bool, lexicon: Lexicon, taken: list[Mention], after: str = "") -> Mention | None:
    """A paragraph's run-in heading (**Qubitwave.** Founded in 2019 by…; **Tingfeng AI.** Located in…):
    a paragraph that opens with a sentence of only a capitalised name (one to five words) and goes on
    after it names that entity — a company unless its last word says otherwise; or a numbered list's
    item heading (4. Qiantang Bioforge), whose name (a word of it) the text ``after`` it goes on to
    use (Bioforge was spun out of…). None if the sentence is something else or its name is already
    recognised whole."""
    m = _RUN_IN_HEADING.fullmatch(text)
    if m is None:
        m = _NUMBERED_HEADING.fullmatch(text)
        if m is None or not any(len(w) >= 4 and w.lower() not in EN_EVERYDAY and re.search(rf"\b{re.escape(w)}\b", after)
                                for w in m.group(1).split()):
            return None
    elif not paragraph_goes_on:
        return None
    s, e = m.span(1)
    name = m.group(1)
    if name in _EN_STOP or name in _EN_REPLY or any(x.start <= s and x.end >= e for x in taken) or lexicon.lookup(name) is not None:
        return None           # (Yes. in an interview's answer: no run-in heading)
    typ = "Place" if _RUN_IN_PLACE.search(name) else _en_org_type(name)
    for x in [x for x in taken if s <= x.start and x.end <= e]:
        taken.remove(x)         # (China of China Speech Valley: part of the name)
    return Mention(s, e, name, typ, name, "english")


def _en_org_type(name: str) -> str:
    """The type an English organisation name's last word gives (…University, …Capital), else Company;
    a school or faculty of something is a university's unit (School of Mechanical Engineering)."""
    if _EN_UNIT_NAME.match(name):
        return "AcademicUnit"
    base = _EN_LEGAL_TAIL.sub("", name)      # Hangzhou Hi-Tech Venture Capital Co.: an investor by what precedes Co.
    return next((t for pat, t in _EN_ORG_TYPES if pat.search(base)), "Company")


def org_type_of(name: str) -> str | None:
    """The organisation type a name's suffix implies (苏州极光智芯科技有限公司 → Company), or None."""
    R = name_rules()
    suffix = _suffix_of(name, R)
    if suffix is None or len(name) <= len(suffix) + 1 or name in R["not_org_names"]:
        return None
    return _suffix_type(name, suffix, R)


def _suffix_type(name: str, suffix: str, R: dict) -> str:
    """The type a name's suffix gives, an investment firm named as a company being an investor
    (江苏澜石创业投资有限公司, 深圳启衡投资管理有限公司)."""
    typ = R["org_suffixes"][suffix]
    return "Investor" if typ == "Company" and _INVESTOR_CORE.search(name) else typ


def _has_trade_tail(name: str) -> bool:
    """A trade name: 字号 + one of names.yaml brand_tails (恒湃储能, 云图智算; 川芯 + 芯)."""
    tails = name_rules()["brand_tail_set"]
    return name[2:] in tails or name[-1:] in tails


def classify_title(name: str, before: str) -> str:
    """The entity type of a 《》 title, from its own words and the words just before it."""
    tail = before[-6:]
    if re.search(r"(?:游戏|手游|端游|3A大作|3A游戏|单机)\s*$", tail):
        return "Game"
    if re.search(r"(?:(?<![根依])据|报道|刊登|刊发|来源)\s*$", tail) or name.endswith(_MEDIA_WORDS) and len(name) <= 8:
        return "MediaOrganization"
    core = re.sub(r"[（(][^）)]*[）)]$", "", name).strip()
    if core.endswith(_POLICY_WORDS) or re.search(r"(?:规划|计划|方案|意见|办法|条例|政策|措施|通知|纲要)", core):
        return "Policy"
    if any(w in core for w in _REPORT_WORDS):
        return "Report"
    return "Product"


def _clean_name(s: str) -> str:
    return s.strip().strip("“”\"'「」『』")


def recognise(text: str, lexicon: Lexicon, article_date=None, last_year: int | None = None,
              with_tagger: bool = True, local=None, gate=None, last_day: str | None = None) -> list[Mention]:
    """All mentions in one sentence, non-overlapping, sorted by start. ``local``: an article's
    :class:`~kg.gazetteer.Gazetteer` of names it has already introduced. ``gate``: called as
    ``gate(text, mentions found so far)`` before the tagger runs; the tagger runs only if it
    returns true (kg.extract passes :class:`kg.gate.SentenceGate`)."""
    R = name_rules()
    taken: list[Mention] = []
    words, bit = _word_filter()
    may = words.mask(text)        # the recognisers whose required words occur (the others cannot match)

    def free(s: int, e: int) -> bool:
        return all(e <= m.start or s >= m.end for m in taken)

    # 0. an entry's heading line that is one name: 2. 甘肃省先进储能材料重点实验室
    entry_line = _ENTRY_LINE.fullmatch(text)
    if entry_line is not None and not _FUNCTION_CHARS.search(entry_line.group(1)) \
            and not _HEADLINE_VERB.search(entry_line.group(1)) and (typ := org_type_of(entry_line.group(1))) is not None:
        s_, e_ = entry_line.span(1)
        taken.append(Mention(s_, e_, entry_line.group(1), typ, entry_line.group(1), "suffix"))
    # 1. 《》 titles
    for m in (_TITLE.finditer(text) if may & bit[_TITLE] else ()):
        inner = m.group(1).strip()
        entry = lexicon.lookup(inner)
        typ = entry.type if entry else classify_title(inner, text[:m.start()])
        name = entry.key if entry else unicodedata.normalize("NFKC", inner)
        taken.append(Mention(m.start(), m.end(), inner, typ, name, "title", entry=entry,
                             aliases=title_aliases(name) if entry is None and typ == "Policy" else (),
                             basis=_BASIS_BEFORE.search(text, max(0, m.start() - 120), m.start()) is not None))
    # 5a'. an honour list after what puts a company on it: 入选第五批专精特新“小巨人”企业名单, 获评南京市“瞪羚企业”
    for m in [*(_HONOUR_LIST.finditer(text) if may & bit[_HONOUR_LIST] else ()),
              *(_HONOUR_IS.finditer(text) if may & bit[_HONOUR_IS] else ())]:
        s_, e_ = m.span(1)
        by = _LIST_BY.match(text, s_, e_)
        if by is not None and _list_issuer(by.group(1), lexicon):
            s_ = by.end()     # 入选工业和信息化部公布的2024年度绿色工厂名单: the body publishes the list
            if _HONOUR_WORD.search(text[s_:e_]) and "的" not in text[s_:e_] and free(s_, e_):
                taken.append(Mention(s_, e_, text[s_:e_], "Report", unicodedata.normalize("NFKC", text[s_:e_]), "quote"))
            continue
        when = _LIST_WHEN.match(text, s_, e_)
        if when is not None:      # 入选了今年的余杭区“雄鹰行动”培育企业名单: the list after its year
            s_ = when.end()
        cut = re.search(r"(?:名单|榜单|名录)(?=的)", text[s_:e_])
        if cut and cut.start() >= 4:               # 唯一入选…企业名单的减速器企业: the list ends before 的
            e_ = s_ + cut.end()
        name = unicodedata.normalize("NFKC", text[s_:e_])
        if not _HONOUR_WORD.search(name) or "的" in name or "一家" in name or re.search(r"[未不没]被?$|没有$|严禁$", text[max(0, m.start() - 3):m.start()]):
            continue          # (列入名单的示范企业: a description; 未被列入失信名单: not on it)
        inside = [x for x in taken if not (e_ <= x.start or s_ >= x.end)]
        if any(x.type not in ("Place", "GovernmentBody") and x.source not in ("quote",) for x in inside):
            continue
        for x in inside:
            taken.remove(x)
        lead = _HONOUR_ISSUER.match(name)
        aliases = (name[lead.end():],) if lead and len(name) - lead.end() >= 4 else ()
        taken.append(Mention(s_, e_, text[s_:e_], "Group", name, "quote", aliases=aliases))
    # 5a''. a dated list a body publishes, without quotes: 浙江省科学技术协会公布2025年度浙江省院士专家工作站建设名单
    for m in (_PUBLISHED_LIST.finditer(text) if "名" in text or "榜" in text else ()):
        s_, e_ = m.span(1)
        inside = [x for x in taken if not (e_ <= x.start or s_ >= x.end)]
        if "的" in m.group(1) or any(x.type not in ("Place", "Date") for x in inside):
            continue
        for x in inside:
            taken.remove(x)
        taken.append(Mention(s_, e_, m.group(1), "Report", unicodedata.normalize("NFKC", m.group(1)), "quote"))
    # 5a'''. a quoted name followed by the word for a list: “2025人工智能百强成长企业”榜单
    for m in (_QUOTED_LIST.finditer(text) if "榜" in text or "名单" in text else ()):
        s_, e_ = m.span(1)
        if free(s_, e_) and not _common_word(m.group(1)):
            taken.append(Mention(s_, e_, m.group(1), "Report", unicodedata.normalize("NFKC", m.group(1)), "quote"))
    # 5a(iv). a list's whole name in quotes, whatever it names inside: 列入"星湖科创孵化器2025年第二批入孵企业名单"
    for m in (_QUOTED_WHOLE_LIST.finditer(text) if may & bit[_QUOTED_WHOLE_LIST] else ()):
        g = 1 if m.group(1) else 2
        s_, e_ = m.span(g)
        name = unicodedata.normalize("NFKC", m.group(g))
        if len(name) >= 6 and "的" not in name and free(s_ - 1, s_) and free(e_, e_ + 1):
            _take_whole(taken, Mention(s_, e_, m.group(g), "Group", name, "quote"))
    # 5a. quoted names in a membership context are groups: 被并称为“合肥智算四小虎”
    for m in (_GROUP_CONTEXT.finditer(text) if may & bit[_GROUP_CONTEXT] else ()):
        g = next(i for i in (1, 2, 3) if m.group(i))
        s_, e_ = m.span(g)
        if g == 2 and _common_word(m.group(g)):
            continue          # 年纪最轻的“老板”之一: an ordinary word in quotes, no group
        if free(s_, e_):
            entry = lexicon.lookup(m.group(g))
            ranking = _RANKING.search(m.group(g)) or _RANKING_AFTER.match(text, e_ + 1)
            typ = entry.type if entry else ("Report" if ranking else "Group")     # a ranking is not a group
            taken.append(Mention(s_, e_, m.group(g), typ, entry.key if entry else m.group(g),
                                 "lexicon" if entry else "quote", entry=entry))
    # 4e. a government's work report named without 《》: 省政府工作报告提出…
    if "工作报告" in text:
        for m in WORK_REPORT.finditer(text):
            s_, e_ = m.span()
            if free(s_, e_):
                taken.append(Mention(s_, e_, m.group(), "Policy", m.group().lstrip("省市区县"), "title"))   # (a government's programme)
    # 4f. a notice's own title on a line of its own: 关于组织申报…项目的通知
    if "关于" in text[:48] and (m := BARE_DOC_TITLE.fullmatch(text)) and free(*m.span(1)):
        taken.append(Mention(m.start(1), m.end(1), m.group(1), "Policy", m.group(1), "title", aliases=title_aliases(m.group(1))))
    # 4f'. a bulletin's or report's own title on a line of its own: 2024年德清县国民经济和社会发展统计公报
    if ("报告" in text or text.endswith(("公报", "白皮书", "蓝皮书"))) and (m := _BARE_REPORT_TITLE.fullmatch(text)):
        e_ = m.end(2) if m.group(2) else m.end(1)
        _take_whole(taken, Mention(m.start(1), e_, text[m.start(1):e_], "Report", text[m.start(1):e_], "title",
                                   aliases=(m.group(1),) if m.group(2) else ()), ("Place", "Date"))
    # 4h. a two-character name padded to three in a list (钱　岳　中原数智科技集团有限公司总工程师)
    if "\u3000" in text[:3] and (m := _PADDED_NAME.match(text)) and m.group(1) in R["surnames"] and free(*m.span()):
        taken.append(Mention(m.start(), m.end(), m.group(), "Person", m.group(1) + m.group(2), "person"))
    # 4h'. a person's full name in brackets after a nickname of their surname: 老罗（罗致远）, 小周（周明远）
    for m in (_NICKNAME_NAME.finditer(text) if "（" in text or "(" in text else ()):
        if m.group(2) == m.group(3)[0] and m.group(2) in R["surnames"] and free(*m.span(3)):
            taken.append(Mention(m.start(3), m.end(3), m.group(3), "Person", m.group(3), "person",
                                 aliases=(m.group(1) + m.group(2),)))
    # 4i. a school named alone before a person's title (机械工程学院教授陈博远; 材料学院是…)
    if "学院" in text:
        for m in _BARE_UNIT.finditer(text):
            if free(*m.span(1)) and not any(x.end == m.start(1) and x.type in ("University", "Place") for x in taken):
                placed = lexicon.leading_place(m.group(1), (4, 3, 2))
                typ = (org_type_of(m.group(1)) or "University") if placed else "AcademicUnit"
                taken.append(Mention(m.start(1), m.end(1), m.group(1), typ, m.group(1), "suffix"))
                                # (浙江理工学院, 黑龙江省科学院: a place's college or academy stands on its own, no unit)
    # 4g. a name in corner or double quotes right after what it is: 脑机接口初创公司「灵枢脑科」, 医疗企业“康途”
    if "「" in text or "“" in text or '"' in text:
        for m in _DESCRIBED_QUOTED.finditer(text):
            s_, e_ = m.span(1)
            if free(s_, e_) and not _NOT_ORG.search(m.group(1)) and not lexicon.lookup(m.group(1)):
                taken.append(Mention(s_, e_, m.group(1), "Company", m.group(1), "quote"))
    # 4g'. the company whose round an investor led: 领投本地大模型企业深瞳智元的A轮融资
    if "轮" in text:
        for m in _ROUND_OWNER.finditer(text):
            s_, e_ = m.span(1)
            if free(s_, e_) and not _FUNCTION_CHARS.search(m.group(1)) and not _NOT_ORG.search(m.group(1)) \
                    and _freq(m.group(1)) < 50 and not lexicon.lookup(m.group(1)):
                taken.append(Mention(s_, e_, m.group(1), "Company", m.group(1), "quote"))
    # 4i. a programme named in quotes: the "East Data, West Computing" project, “东数西算”工程
    if "“" in text or '"' in text:
        for m in _QUOTED_PROGRAMME.finditer(text):
            g = 1 if m.group(1) else 2
            s_, e_ = m.span(g)
            if free(s_, e_) and not lexicon.lookup(m.group(g)):
                kind = re.match(r"”(工程|行动|战略|计划|专项)", text[e_:]) if g == 2 else None
                if kind is not None and free(s_, e_ + kind.end()):    # “榕城英才”计划: the programme's name has its kind
                    taken.append(Mention(s_, e_ + kind.end(), text[s_:e_ + kind.end()], "Policy", m.group(g) + kind.group(1),
                                         "quote", aliases=(m.group(g),)))
                else:
                    taken.append(Mention(s_, e_, m.group(g), "Policy", m.group(g), "quote"))
    # 4h. a work named in quotes after titled/entitled: The report, titled "Yunnan 2030: …", was published
    if "titled" in text:
        for m in _EN_TITLED_WORK.finditer(text):
            s_, e_ = m.span(2)
            if free(s_, e_):
                typ = "Policy" if re.search(r"plan|policy|measures|guidelines|programme|program|opinions|notice", m.group(1), re.I) else "Report"
                taken.append(Mention(s_, e_, m.group(2), typ, m.group(2), "title"))
    # 5. quoted group names
    for m in (_QUOTE.finditer(text) if may & bit[_QUOTE] else ()):
        inner = m.group(1)
        entry = lexicon.lookup(inner)
        if entry is not None and free(m.start(1), m.end(1)):
            taken.append(Mention(m.start(1), m.end(1), inner, entry.type, entry.key, "lexicon", entry=entry))
        elif (_GROUP_NAME.search(inner) or _EN_GROUP.search(inner)) and free(m.start(1), m.end(1)):
            ranking = _RANKING.search(inner) or _RANKING_AFTER.match(text, m.end())
            taken.append(Mention(m.start(1), m.end(1), inner, "Report" if ranking else "Group", inner, "quote"))
        elif _QUOTED_INSTITUTION.search(inner) and free(m.start(1), m.end(1)) and (typ := org_type_of(inner)):
            taken.append(Mention(m.start(1), m.end(1), inner, typ, inner, "quote"))   # “智能制造联合实验室”
    # 2'. an academy's institute by its short name: 中科院自动化所, 中国科学院半导体研究所
    if "科学院" in text or "中科院" in text or "工程院" in text:
        for m in _ACADEMY_INSTITUTE.finditer(text):
            if free(*m.span()):
                parent = "中国科学院" if m.group(1) in ("中科院", "中国科学院") else m.group(1)
                taken.append(Mention(m.start(), m.end(), m.group(), "ResearchInstitute", m.group(), "suffix", parent=parent))
    # 1'. a joint laboratory named after its partners: 浙江工业大学—安泊—恒岳智能装配机器人联合实验室
    if "—" in text or "－" in text:
        for m in _JOINT_UNIT.finditer(text):
            if free(m.start(1), m.end(1)):
                taken.append(Mention(m.start(1), m.end(1), m.group(1), "ResearchInstitute", m.group(1), "suffix"))
    # 2. lexicon
    for s, e, entry in lexicon.find(text):
        if text[e - 1:e + 1] == "大学" and e - s <= 3:
            continue          # 南大 inside 江南大学: the 大 of an alias is another university's 大学
        if text[e:e + 1] == "$" and entry.type == "Place":
            continue          # US$28 million, HK$: a currency, no place
        if entry.type == "Place" and " " in text[s:e] and text[s:e].split()[0].lower() in _PINYIN_SURNAMES \
                and not any(" " in n and norm(n) == norm(text[s:e]) for n in entry.names()):
            continue          # Yu Hang, a person written in two words, is not Yuhang the district
        if (arm := _EN_INVESTMENT_ARM.match(text, e)) and text[s:e].isascii() and free(s, arm.end()):
            name = text[s:arm.end()]     # Lenovo Capital: the company's investment arm is another organisation
            taken.append(Mention(s, arm.end(), name, "Investor", name, "english"))
            continue
        if entry.type in ("Company", "Investor") and _BRACKETED_LEGAL_AFTER.match(text, e):
            continue          # 英飞凌科技（中国）有限公司: a subsidiary with its own legal name, not the company the lexicon knows
        legal = _LEGAL_AFTER_ENTRY.match(text, e) if entry.type in ("Company", "Investor") else None
        if legal is not None and free(s, legal.end()):
            taken.append(Mention(s, legal.end(), text[s:legal.end()], entry.type, entry.key, "lexicon", entry=entry))
            continue          # 中信证券股份有限公司: the company the lexicon knows, by its legal name
        if entry.type == "GovernmentBody" and text[e:e + 3] in ("办公厅", "办公室") and free(s, e + 3):
            name = text[s:e + 3]         # 杭州市人民政府办公厅: the government's general office issues it
            taken.append(Mention(s, e + 3, name, "GovernmentBody", name, "suffix"))
            continue
        if free(s, e):
            taken.append(Mention(s, e, text[s:e], entry.type, entry.key, "lexicon", entry=entry))
    # 2'. an English unit named after its university: Zhejiang University Institute of Robotics, … School of Medicine
    for u in [x for x in taken if x.type == "University" and x.source == "lexicon" and text[x.start:x.end].isascii()]:
        unit = _EN_UNI_UNIT.match(text, u.end)
        if unit is not None and all(x is u or unit.end() <= x.start or u.start >= x.end for x in taken):
            taken.remove(u)
            name = text[u.start:unit.end()]
            typ = "AcademicUnit" if unit.group(1) in ("School", "College", "Department", "Faculty") else "ResearchInstitute"
            taken.append(Mention(u.start, unit.end(), name, typ, name, "english", parent=u.name))
    # 2'. a document named without 《》 after its issuers: 杭州市人民政府办公厅关于…的实施意见（杭政办〔2025〕3号）
    if "关于" in text:
        _issuer_led_titles(text, taken)
    # 2''. a partnership or a firm with its legal form in brackets: …股权投资合伙企业（有限合伙）, …会计师事务所（特殊普通合伙）
    if "合伙）" in text or "合伙)" in text:
        _legal_form_names(text, taken)
    if "研究所" in text or "研究院" in text:
        _numbered_institutes(text, taken)
    # 5'. a quoted nickname after its place and a few words: 宁波硬科技“三剑客”, 杭州“新五虎” → one group name
    for g in [x for x in taken if x.type == "Group" and x.source == "quote" and x.start > 0]:
        q = g.start - 1
        if text[q] not in "“\"「" or g.end >= len(text) or text[g.end] not in "”\"」":
            continue
        place = max((x for x in taken if x.type == "Place" and x.end <= q and q - x.end <= 4), key=lambda x: x.end,
                    default=None)
        if place is None or not re.fullmatch(r"[\u4e00-\u9fff]*", text[place.end:q]) or \
                re.search(r"[的了是在和与及被称为并誉作]", text[place.end:q]):
            continue
        taken.remove(g)
        taken.remove(place)
        name = text[place.start:q] + g.text
        taken.append(Mention(place.start, g.end + 1, text[place.start:g.end + 1], "Group", name, "quote",
                             aliases=(g.text,), place=place.name))
    # 5b. group nicknames without quotes, after a place: 合肥三剑客, 苏州四小龙; the Pearl River Trio
    for m in (_BARE_GROUP.finditer(text) if may & bit[_BARE_GROUP] else ()):
        if m.group(2):
            s_, e_ = m.span(2)
            name = m.group(2)
            if name.split()[0] in ("The", "the"):
                s_, name = s_ + 4, name[4:]
            if free(s_, e_) and len(name.split()) >= 2 and not _NOT_GROUP_HEAD.match(name):
                taken.append(Mention(s_, e_, name, "Group", name, "quote"))
            continue
        s_, e_ = m.span(1)
        place = next((x for x in taken if x.type == "Place" and x.end == s_), None)
        named = _NAMED_AS.search(text, max(0, s_ - 8), s_)
        if place is not None and free(s_, e_):
            taken.remove(place)
            name = text[place.start:e_]
            taken.append(Mention(place.start, e_, name, "Group", name, "quote"))
        elif named is not None and 0 <= s_ - named.end() <= 4:
            inside = [x for x in taken if not (e_ <= x.start or named.end() >= x.end)]
            if all(x.type == "Place" and x.start >= named.end() and x.end <= s_ for x in inside):
                for x in inside:
                    taken.remove(x)       # 并称为合肥AI三剑客: the place is part of the nickname
                name = text[named.end():e_]
                taken.append(Mention(named.end(), e_, name, "Group", name, "quote"))
    # 5c. a place's everyday name in quotes: 武汉东湖新技术开发区——人们习惯称之为“光谷”: the place, not a product
    for m in (_PLACE_CALLED.finditer(text) if "称" in text or "叫" in text else ()):
        s_, e_ = m.span(1)
        place = max((x for x in taken if x.end <= m.start()), key=lambda x: x.end, default=None)
        if place is not None and place.type == "Place" and m.start() - place.end <= 16 and free(s_, e_) \
                and not re.search(r"[。；;]", text[place.end:m.start()]) and not _suffix_of(m.group(1), R):
            taken.append(Mention(s_, e_, m.group(1), "Place", m.group(1), "called"))   # (not learned: 光谷软件园,
                                                                                          #  光谷产业投资基金 are names of their own)
    # 2b. names this article has already introduced
    if local is not None:
        for s, e, typ, canon in local.find(text):
            if s > 0 and typ == "Product" and e - s <= 3 and _CJK_CHAR.match(text, s - 1) and _INSIDE_LEGAL_NAME.match(text, e):
                continue          # 关节 (a product learned) inside 新昌天姥智能关节有限公司: the legal name is read whole
            if typ in ("Company", "Investor") and (_INSIDE_LEGAL_NAME.match(text, e) or (
                    canon != text[s:e] and canon.endswith(text[s:e]) and _LEGAL_FORM.search(text[s:e]))):
                continue          # 鹭储新能 inside 厦门鹭储新能源科技有限公司: the legal name is recognised whole
            if typ in ("Company", "Investor") and s > 0 and text[s - 1] in "“\"「" and (q := _QUOTED_PRODUCT_AFTER_NAME.match(text, e)) \
                    and not _EN_ORG_END.search(inner := text[s:q.end() - 1]) and not inner.endswith(("Company", "Group")) \
                    and not _DEFINED_TERM_BEFORE.search(text, max(0, s - 6), s - 1):
                if free(s, q.end() - 1):     # “微澜推理引擎”, “星图Agent”: the quoted name begins with the trade name,
                    taken.append(Mention(s, q.end() - 1, inner, "AIModel" if inner.endswith("模型") else "Product",
                                         inner, "quote"))      # and is the company's product
                continue          # (not the "Company", ("Haixin Nordhavn"): a defined term for a company)
            if typ == "Organization" and any(x.type == "University" and x.end == s for x in taken):
                continue          # 杭电|校友企业家联谊会 (learned bare): the university begins the association's name
            if typ in ("Organization", "ResearchInstitute", "GovernmentBody") and canon != text[s:e] and any(
                    x.type == "Place" and x.end == s and not canon.startswith(x.text[:2]) for x in taken):
                continue          # 浙江省|科学技术协会 after 宁波市科学技术协会: another place's body of that kind
            lead = [x for x in taken if x.type == "Place" and x.source == "lexicon" and x.start == s and x.end < e]
            if lead and text[s:e].isascii() and " " in text[s:e] and _EN_LEGAL_TAIL.search(canon) and all(x in lead or e <= x.start or s >= x.end for x in taken):
                for x in lead:
                    taken.remove(x)   # Yantai Shenlan Sonar (learned): the place starts the company's name
            inside = [x for x in taken if not (e <= x.start or s >= x.end)]
            if inside and typ != "Place" and text[s:e] not in local.strong and all(x.type == "Place" and x.source == "lexicon" and s <= x.start and x.end <= e
                                                 and (x.start, x.end) != (s, e) for x in inside) and not text[s:e].isascii():
                for x in inside:
                    taken.remove(x)   # 苏州华岳半导体产业投资基金 (learned whole): the place starts the name
                                      # (a name the article declares is the suffix recogniser's, place and all)
                if free(s, e):
                    taken.append(Mention(s, e, text[s:e], typ, canon, "local",
                                         place=next((x.name for x in inside if x.start == s), None)))
                continue
            same = [x for x in taken if x.type == "Place" and x.source == "lexicon" and (x.start, x.end) == (s, e)]
            if same and typ in ("Company", "Investor") and text[s:e].isascii() and " " not in text[s:e] \
                    and _EN_LEGAL_TAIL.search(canon) and not canon.startswith(text[s:e]) and f" {text[s:e]} " in canon:
                taken.remove(same[0])     # Qingyuan after Hangzhou Qingyuan New Energy Technology Co.: the trade name, not 清远
            if free(s, e):
                taken.append(Mention(s, e, text[s:e], typ, canon, "local"))
    # 2c. a trade name right after its city, mentioned once (合肥玄晶量子, 常州锂舟新能源): 字号 + trade tail
    for place in [x for x in taken if x.type == "Place" and x.source == "lexicon"]:
        name = _place_led_brand(text, place.end, R)
        if name and free(place.end, place.end + len(name)):
            taken.append(Mention(place.end, place.end + len(name), name, "Company", name, "suffix", place=place.name))
    # 3. dates
    for d in find_dates(text, article_date, last_year, last_day):
        if free(d.start, d.end):
            taken.append(Mention(d.start, d.end, text[d.start:d.end], "Date", text[d.start:d.end], "date",
                                 value=d.value, approximate=d.approximate))
    # 4. AI models (R1模型, Qwen2.5 model)
    for m in (_MODEL.finditer(text) if may & bit[_MODEL] else ()):
        s, e = m.start(1), m.end()
        if free(s, e):
            taken.append(Mention(s, e, text[s:e], "AIModel", m.group(1), "model", aliases=(text[s:e],)))
    # 4b. quoted product names next to a product noun: “知渊”大模型, 芯片“启明-1”
    for m in (_PRODUCT_QUOTED.finditer(text) if may & bit[_PRODUCT_QUOTED] else ()):
        g = 1 if m.group(1) else 3 if m.group(3) else 6
        s_, e_ = m.span(g)
        noun = m.group(2) or m.group(4) or m.group(5) or ""
        _free_product_name(taken, s_, e_, whole=g == 3)
        if free(s_, e_) and not _GROUP_NAME.search(m.group(g)):
            typ = "AIModel" if "模型" in noun else ("Game" if "游戏" in noun else "Product")
            if m.group(g).endswith("工作站") and org_type_of(m.group(g)) is not None:
                typ = org_type_of(m.group(g))     # “国家级博士后科研工作站”: a unit, no workstation product
            taken.append(Mention(s_, e_, m.group(g), typ, m.group(g), "quote"))
    # 4b'. Latin product names after a product noun in Chinese text: 伺服关节模组QH-J40, 大模型XW-Brain 1.5
    for m in (_LATIN_PRODUCT.finditer(text) if may & bit[_LATIN_PRODUCT] else ()):
        s_, e_ = m.span(2)
        if free(s_, e_) and m.group(2) not in _TITLE_ACRONYMS:       # 清岚机器人CTO: a title, no product
            typ = "AIModel" if "模型" in m.group(1) else "Product"
            taken.append(Mention(s_, e_, m.group(2), typ, m.group(2), "quote"))
    # 4c. product names right after a launch verb: 推出了擎眸系列激光雷达
    for m in (_PRODUCT_AFTER_VERB.finditer(text) if may & bit[_PRODUCT_AFTER_VERB] else ()):
        s_, e_ = m.span(1)
        stem = m.group(2)
        if free(s_, e_) and _name_like_stem(stem):
            noun = m.group(1)[len(stem):]
            typ = "AIModel" if "模型" in noun else ("Game" if "游戏" in noun else "Product")
            taken.append(Mention(s_, e_, m.group(1), typ, m.group(1), "quote"))
    # 4c''. a quoted name that begins with a company's trade name (镜界科技的“镜界Air 2”), or follows 产品是/为
    # and a kind of product (主要产品为生物基可降解纤维“栖丝”): a product
    if "“" in text or '"' in text:
        _quoted_products(text, taken, lexicon, free)
    # 4c'. product codes in Chinese text: QG-300, CG-A8, LH-9系列, 川流T1 (letters and digits, a hyphen or a
    # digit after letters), and quoted names right after a launch verb: 推出了面向芯片产线的原子磁力计“旭磁”
    cjk = _CJK_CHAR.search(text) is not None
    if cjk:
        for m in (_PRODUCT_CODE.finditer(text) if may & bit[_PRODUCT_CODE] else ()):
            s_, e_ = m.span(1)
            if free(s_, e_) and not _NOT_CODE.match(m.group(1)) and not _BUILDING_AFTER.match(text, e_):
                code = m.group(1)
                bare = code[:-2] if code.endswith("系列") else code       # HC8120系列 is the HC8120 line
                tail = _SERIES_TAIL.match(text, e_) if code.endswith("系列") else None
                if tail is not None and free(s_, tail.end()):
                    e_ = tail.end()
                    taken.append(Mention(s_, e_, text[s_:e_], "Product", text[s_:e_], "quote", aliases=(code, bare)))
                elif len(bare) >= 2:
                    taken.append(Mention(s_, e_, code, "Product", bare, "quote", aliases=(code,) if bare != code else ()))
        for m in (_NUMBERED_NAME.finditer(text) if may & bit[_NUMBERED_NAME] else ()):
            s_, e_ = m.span(1)      # 朱雀三号, 天问一号: a name and its number (号) is a craft, a rocket, a product
            if free(s_, e_) and not _FUNCTION_CHARS.search(m.group(1)[:2]) and not re.search("[一二三四五六七八九十]", m.group(1)[:2]) \
                    and _freq(m.group(1)[:2]) < 500 and not text.startswith(("基金", "子基金", "创投", "合伙"), e_):
                taken.append(Mention(s_, e_, m.group(1), "Product", m.group(1), "quote"))
        for m in (_LAUNCHED_QUOTE.finditer(text) if may & bit[_LAUNCHED_QUOTE] else ()):
            s_, e_ = m.span(1)
            if text[s_ - 1] == '"' and (text.count('"', 0, s_ - 1) % 2 or text[e_] != '"'):
                continue          # straight quotes: only an opening one starts a name
            _free_product_name(taken, s_, e_)
            if free(s_, e_) and not _GROUP_NAME.search(m.group(1)):
                org = org_type_of(m.group(1)) if _suffix_of(m.group(1), R) not in R["weak_suffixes"] else None
                taken.append(Mention(s_, e_, m.group(1), org or "Product", m.group(1), "quote"))
                                # (设立研发机构“顺博智能机器人研究院”: a quoted name with an institution's suffix)
    # 4k. kinds of product after a making verb: 主要生产N型单晶硅片 (names.yaml product_heads)
    for m in (_MAKES_KIND.finditer(text) if cjk and may & bit[_MAKES_KIND] else ()):
        if _KIND_POLICY.search(text, max(0, m.start() - 6), m.start()):
            continue          # 支持企业研发双足、轮式人形机器人: what a policy backs, no maker's product
        if m.group().startswith("做") and text.startswith("的", m.end()):
            continue          # 做法律大模型的墨言科技: what a listed company is known for, said in passing
        pos = m.start(1)
        pieces = _KIND_ITEM.split(m.group(1))
        if "的" in pieces[-1] and len(pieces) > 1:      # 集成电机、减速器和编码器的一体化关节模组: one product
            pos += len(m.group(1)) - len(pieces[-1])
            pieces = pieces[-1:]
        for s_, e_, piece in _kind_pieces(text, pos, pieces):
            cut = piece.rfind("的") + 1           # 尾气处理用的低铂催化剂 → 低铂催化剂
            lead = _KIND_LEAD.match(piece, cut)
            s_ += lead.end() if lead else cut
            item = text[s_:e_]
            head = next((h for h in _KIND_HEAD_LIST if item.endswith(h)), "")
            if not head or len(item) <= len(head) or len(item) > 16 or _KIND_NOT.search(item):
                continue          # (车载与机器人用固态激光雷达: 车载 is no product of its own)
            inside = [x for x in taken if not (e_ <= x.start or s_ >= x.end)]
            if any((x.type != "Company" or x.source != "suffix" or x.start < s_ or x.end != e_)
                   and not (x.type == "Product" and x.start == s_ and x.end < e_ and re.fullmatch(r"[A-Z]{1,4}", x.text)) for x in inside):
                continue          # (a place, a person, a named product inside: not a plain kind; RV减速器 is one)
            for x in inside:
                taken.remove(x)   # 协作机器人 read as a company by its suffix: here a product
            typ = "AIModel" if head == "大模型" else "Product"
            use = item.find("用")            # 工业机器人用RV减速器: also known as RV减速器 (what it is for, left out)
            short = item[use + 1:] if 2 <= use and len(item) - use - 1 > len(head) else ""
            taken.append(Mention(s_, e_, item, typ, item, "kind", aliases=(short,) if short else ()))
    # 4j. a legal name right after 就职于 / 任职于: 就职于金陵信达会计师事务所, 任职于沈阳新松机器人自动化股份有限公司
    if "职于" in text or "服务于" in text or "受聘于" in text:
        for m in _EMPLOYER_AFTER.finditer(text):
            s_, e_ = m.span(1)
            inside = [x for x in taken if not (e_ <= x.start or s_ >= x.end)]
            if all(x.start >= s_ and x.end <= e_ and x.type in ("Place", "Company") for x in inside) \
                    and not _FUNCTION_CHARS.search(m.group(1)[:-4]):
                for x in inside:
                    taken.remove(x)
                taken.append(Mention(s_, e_, m.group(1), org_type_of(m.group(1)) or "Company", m.group(1), "suffix"))
    # 4d. legal names with a bracketed place: 锂恒新材（宜宾）有限公司, 澄光微电子(成都)有限公司
    for m in (_BRACKET_PLACE_NAME.finditer(text) if may & bit[_BRACKET_PLACE_NAME] else ()):
        s_, e_ = m.span()
        cut = 0                 # 年设立全资子公司|清岚（上海）…: the words that lead to the name are not in it
        for w in _BRACKET_LEAD.finditer(m.group(1)):
            if len(m.group(1)) - w.end() >= 2:
                cut = w.end()
        for w in re.finditer(r"[和与及、]", m.group(1)):
            rest = m.group(1)[w.end():]
            if w.start() >= cut + 2 and len(rest) >= 2 and rest not in R["weak_suffixes"] \
                    and rest not in R["org_suffixes"]:
                cut = w.end()     # 旗下有擎岳和擎岳（深圳）机器人有限公司: the last item of a list (not 元和|智能（上海）…)
        if cut and m.group(1)[cut:cut + 1] in ("与", "和", "及", "、") and len(m.group(1)) - cut >= 3:
            cut += 1              # 公司与元和智能（上海）有限公司
        s_ += cut
        inside = [x for x in taken if not (e_ <= x.start or s_ >= x.end)]
        group = m.group(2) in ("集团", "控股")     # 合肥市产业投资控股（集团）有限公司: no place in the brackets
        if all(x.start >= s_ and x.end <= e_ and (x.type == "Place" or x.source == "list" and x.end < m.start(2)
                                                  or group and x.type in ("Company", "Investor"))
               for x in inside):       # (a list's guess at the trade name: …和擎岳（深圳）机器人有限公司)
            for x in inside:
                taken.remove(x)
            place = None if group else m.group(2)
            name = unicodedata.normalize("NFKC", text[s_:e_])
            trade = text[s_:m.start(2) - 1]
            aliases = () if group else (trade + place + m.group(3),)
            if not group and 3 <= len(trade) <= 8 and (_LEGAL_FORM.fullmatch(m.group(3)) or local is None or trade not in local.names):
                aliases += (trade,)       # 汉芯光模块（武汉）有限公司: the name before the bracket is the trade name
                                          # (unless the article already gives it to another: 晶曜光显's subsidiary)
            taken.append(Mention(s_, e_, text[s_:e_], org_type_of(name) or "Company", name, "suffix", aliases=aliases,
                                 place=place))        # (杭州高新区（滨江）产业基金: an investor)
    if with_tagger and cjk and (gate is None or gate(text, taken)):
        _tagged_names(text, taken, R, may)
        for x in [x for x in taken if x.source == "suffix" and x.type == "Company" and text[x.end:x.end + 1] in "“\"「"
                  and text[x.start - 1:x.start] == "的" and _suffix_of(x.text, R) in R["weak_suffixes"]]:
            taken.remove(x)   # 研发的施釉机器人“釉匠一号”: what the quoted product is, no company
        if local is not None:         # 衡微 when the article calls the company 衡微科技: its 字号, not a person
            firms = [n for n, (typ, _) in local.names.items() if typ in ("Company", "Investor")]
            taken[:] = [m for m in taken if not (m.source == "person" and m.type == "Person"
                                                 and any(len(n) > len(m.text) and n.startswith(m.text) for n in firms))]
    if not cjk or _ENGLISH_IN_CJK.search(text):
        _english_names(text, taken, lexicon)
        if cjk:
            _latin_people_after_titles(text, taken)
    _place_anchored_legal_names(text, taken)
    if any(m.type == "Person" for m in taken):
        _person_list_mates(text, taken, R)
    if "（" in text or "(" in text:
        _campuses(text, taken)
    if "大学" in text or "学院" in text:
        _place_universities(text, taken)
    # 4k''. a university's or an institute's company, by its legal name: 杭州电子科技大学资产经营有限公司
    if cjk and "公司" in text:
        for u in [x for x in taken if x.type in ("University", "ResearchInstitute")]:
            if any(x is not u and x.type in ("Company", "Investor") and x.start <= u.start and u.end <= x.end
                   and (x.start, x.end) != (u.start, u.end) and _BARE_LEGAL_FORM.search(x.text) for x in taken):
                taken.remove(u)   # 杭州|杭电|科技园发展有限公司: the university's short name inside a company's legal name
                continue
            arm = _UNI_ARM_LEGAL.match(text, u.end)
            if arm is not None and all(arm.end() <= x.start or x.end <= u.start for x in taken if x is not u):
                taken.remove(u)
                name = text[u.start:arm.end()]
                taken.append(Mention(u.start, arm.end(), name, "Investor" if re.search("投资|资本|创投", arm.group()) else "Company",
                                     name, "suffix"))
    # 4k'. what a listed company makes, in brackets after its name: 杭州深瞳触觉科技有限公司（触觉传感器）、…
    if cjk and ("（" in text or "(" in text):
        for firm in [x for x in taken if x.type == "Company" and x.source in ("suffix", "lexicon", "local")]:
            note = _KIND_NOTE.match(text, firm.end)
            if note is None or re.fullmatch(r"\s*(?:\d{1,3}\s*[.、．)]|[（(][一二三四五六七八九十\d]{1,3}[）)]|[-*•·])?\s*", text[:firm.start]):
                continue          # (1. 南京智衡工业软件有限公司（工业大模型）: an entry's category in a notice's list)
            for s_, e_, piece in _kind_pieces(text, note.start(1), _KIND_ITEM.split(note.group(1))):
                head = next((h for h in _KIND_HEAD_LIST if piece.endswith(h)), "")
                if head and len(head) < len(piece) <= 16 and not _KIND_NOT.search(piece) and free(s_, e_):
                    taken.append(Mention(s_, e_, piece, "AIModel" if head == "大模型" else "Product", piece, "kind"))
    if local is not None:
        _known_short_forms(taken, local)
        _other_place_legal_names(text, taken)
        _place_led_local_names(text, taken)
        if text.isascii():
            _en_named_after_local(text, taken)
        _local_name_legal_tails(text, taken)
    if may & (bit[_UNIT_AFTER] | bit[_EN_UNIT]):
        _merge_units(text, taken, R)
    else:
        taken.sort(key=lambda m: m.start)     # what _merge_units leaves behind when it finds nothing
    if may & (bit[_CREATED_UNIT] | bit[_CREATED_LAB]):
        _created_units(text, taken)
    if "设" in text or "辖" in text:
        _set_up_units(text, taken)
    if may & bit[R["gov_body"]]:
        _government_bodies(text, taken, R)
    if may & bit[_DISTRICT]:
        _districts(text, taken)
        _sub_areas(text, taken)
    _city_district_short(text, taken, lexicon)
    _nested_places(text, taken)
    for m in (_GOV_ABBREV.finditer(text) if may & bit[_GOV_ABBREV] else ()):
        s_, e_ = m.span(1)
        inside = [x for x in taken if not (e_ <= x.start or s_ >= x.end)]
        if inside and all(x.type == "GovernmentBody" and s_ < x.start and x.end <= e_ for x in inside):
            for x in inside:
                taken.remove(x)   # 市|财政局 (a bare 财政局 learned from a list of bureaus): the city's bureau
            inside = []
        if not inside:
            taken.append(Mention(s_, e_, m.group(1), "GovernmentBody", m.group(1), "suffix"))
    if "处" in text or "科" in text or "办公室" in text:
        _gov_divisions(text, taken)
    _context_orgs(text, taken, may, bit, lexicon)
    if any(m.source == "context" and m.type == "Place" for m in taken):
        if may & bit[R["gov_body"]]:
            _government_bodies(text, taken, R)      # (吴中区委书记: the district the context found, then its committee)
        _sub_areas(text, taken)                     # (位于西咸新区沣东新城: the zone after the district the context found)
    if "（" in text or "(" in text:
        _bracket_place_items(text, taken)
    _investor_lists(text, taken, R, may, bit)
    _member_lists(text, taken, R, may, bit)
    if "单位" in text:
        _member_unit_bodies(text, taken)
    if cjk:
        _product_kinds(text, taken)
    _verb_led_names(text, taken)
    if " of " in text:
        _en_of_names(text, taken)
    if " for " in text:
        _en_for_names(text, taken)
    if " (" in text:
        _en_place_aliases(text, taken)
    if "government" in text:
        _en_place_governments(text, taken)
    if any(w in text for w in ("职于", "服务于", "离开", "进入", "加入", " at ", "former ", "ex-", "onetime ", "longtime ", "veteran ", "spent ", "worked ", "left ", "quit ")) \
            or ("在" in text and _FORMERLY_IN.search(text)) or ("前" in text and _FORMER_STAFF_AFTER.search(text)):
        _mark_workplaces(text, taken)
    if "附属" in text:
        _affiliated_hospitals(text, taken)
    if "公司" in text:
        _place_led_legal_names(text, taken)
        _company_units(taken)
    if "基金" in text:
        _firm_funds(text, taken)
    _city_level_institutes(taken)
    for m in [m for m in taken if m.source == "suffix" and m.type in _ORG_TYPES_LIST and _RANK_OF_KIND.match(m.name)]:
        taken.remove(m)   # 是…旗下的国家级科技企业孵化器: a rank and a kind, not a name
    for m in [m for m in taken if "某" in m.name and m.type in _ORG_TYPES_LIST]:     # 某研究所: a body left unnamed
        taken.remove(m)
        head = m.text[:m.text.find("某")] if "某" in m.text else ""
        if len(head) >= 4 and (typ := org_type_of(head)) and all(m.start + len(head) <= x.start or m.start >= x.end for x in taken):
            taken.append(Mention(m.start, m.start + len(head), head, typ, head, m.source))   # 中国航空工业集团某研究所
    if cjk:
        places = {x.end: x for x in taken if x.type == "Place" and x.source == "lexicon"}
        for m in taken:
            p = places.get(m.start)
            if p is not None and m.type == "Company" and m.source == "suffix" and not m.name.startswith(p.text):
                m.aliases = (*m.aliases, p.text + m.text)      # 宁波恒拓精密: the name as written, its city and all
    taken.sort(key=lambda m: m.start)
    return taken


def _city_level_institutes(taken: list[Mention]) -> None:
    """杭州市|储能电池管理系统工程技术研究中心: a province's or city's own laboratory or research centre is
    named with the administrative place written just before it; one name, the name without the place
    an alias (the article later writes 储能电池管理系统工程技术研究中心 alone)."""
    for p in [m for m in taken if m.type == "Place" and m.text.endswith(("省", "市"))]:
        r = next((m for m in taken if m.start == p.end and m.type == "ResearchInstitute" and m.source == "suffix"
                  and len(m.text) >= 6 and not m.text.startswith(("市", "省", "区", "县"))), None)
        if r is None:
            continue
        taken.remove(p)
        taken.remove(r)
        taken.append(replace(r, start=p.start, text=p.text + r.text, name=p.text + r.name,
                             aliases=(*r.aliases, r.name)))


def _product_kinds(text: str, taken: list[Mention]) -> None:
    """A product named by its code or quoted name and then its kind (TH-S系列伺服驱动器, “千面”多模态大模型,
    WR-60毫米波雷达模组) is also known by the whole phrase: an alias."""
    for i, m in enumerate(taken):
        if m.type not in ("Product", "AIModel"):
            continue
        k = _KIND_AFTER_NAME.match(text, m.end)
        if k is None or any(x.start < k.end() and x.end > m.end for x in taken if x is not m):
            continue
        whole = unicodedata.normalize("NFKC", re.sub(r"[“”\"「」]", "", text[m.start:k.end()]))
        if whole != m.name and whole not in m.aliases:
            taken[i] = replace(m, aliases=m.aliases + (whole,))


_CJK_CHAR = re.compile("[\u4e00-\u9fff]")
# a rank of a kind of body (国家级科技企业孵化器, 省级重点实验室, 区级子基金): a designation, not a name
# (市级天使投资基金 may be a fund's short name)
_RANK_OF_KIND = re.compile(r"(?:国家级|省级|市级|区级|县级)(?:[\u4e00-\u9fff]{2,10}(?<!基金)|[\u4e00-\u9fff]{0,2}基金)$")


@lru_cache(maxsize=1)
def _word_filter():
    """kg.gate.WordFilter over the recognisers' patterns, and each pattern's bit: ``recognise`` runs a
    pattern only when the words it cannot match without occur (derived from the patterns, so exact)."""
    from .gate import WordFilter
    R = name_rules()
    patterns = [_TITLE, _GROUP_CONTEXT, _HONOUR_LIST, _HONOUR_IS, _QUOTE, _MODEL, _PRODUCT_QUOTED, _LATIN_PRODUCT, _PRODUCT_AFTER_VERB,
                _PRODUCT_CODE, _NUMBERED_NAME, _LAUNCHED_QUOTE, _MAKES_KIND, _BRACKET_PLACE_NAME, _UNIT_AFTER, _EN_UNIT, _CREATED_UNIT, _CREATED_LAB,
                R["gov_body"], _DISTRICT, _GOV_ABBREV, _LIST_MATE, _ORG_CONTEXT, _EMPLOYER_SLOT, _DESCRIBED_ORG, _INVESTED_NAMES, _AS_DESCRIBED, _INVEST_BEFORE, _INVEST_AFTER, _INVEST_GOT,
                _MEMBERS_BEFORE, _MEMBERS_AFTER, _PARK, _BARE_DISTRICT, _TOWN, _LAUNCHER, R["person_after_title"], R["person_in_list"], R["person_cell"], R["person_before_phone"], R["person_after_you"], R["person_before_title"],
                R["person_before_honorific"], _BARE_GROUP, _QUOTED_WHOLE_LIST]
    return WordFilter(patterns), {p: 1 << i for i, p in enumerate(patterns)}


PLACE_IN_NAME_TYPES = ("Company", "Investor")      # 苏州极光智芯科技: the name gives the location
_ENGLISH_IN_CJK = re.compile(r"[A-Za-z]{3,}\s+[A-Za-z]{2,}")     # a Chinese sentence with English words in it


def late_recognisers() -> list[tuple[re.Pattern, tuple[str, ...], re.Pattern | None]]:
    """The recognisers :func:`recognise` runs *after* the tagger: (pattern, the types of the mentions
    it can make, the condition under which it runs at all, or None). kg.gate.SentenceGate reads their
    required words to know which types a sentence can still gain; keep this list in step with
    ``recognise`` (tests/test_gate.py checks gated and ungated output agree on the corpora)."""
    R = name_rules()
    en_org = ("University", "ResearchInstitute", "Investor", "Organization", "GovernmentBody", "Company")
    return [
        (_UNIT_AFTER, ("AcademicUnit", "ResearchInstitute", "Company"), None),
        (_CREATED_UNIT, ("AcademicUnit",), None),
        (_CREATED_LAB, ("ResearchInstitute",), None),
        (R["gov_body"], ("GovernmentBody",), None),
        (_GOV_ABBREV, ("GovernmentBody",), None),
        (_DISTRICT, ("Place",), None),
        (_ORG_CONTEXT, ("Company",), None),
        (_EMPLOYER_SLOT, ("Company", "Investor", "ResearchInstitute", "University", "GovernmentBody", "Organization"), None),
        (_DESCRIBED_ORG, ("Company", "Investor"), None),
        (_INVESTED_NAMES, ("Company",), None),
        (_LAUNCHER, ("Company",), None),
        (_AS_DESCRIBED, ("Company",), None),
        (_PARK, ("Place",), None),
        (_TOWN, ("Place",), None),
        (_SHORT_INVESTOR, ("Investor",), None),   # (是云和资本领投的: a 字号 the tagger split, where it invests)
        (_PLACE_BEFORE, ("Place",), None),      # the tagger's place names after 在, 落户, 扎根 … (see _tagged_names)
        (_INVEST_BEFORE, ("Investor",), None),
        (_INVEST_AFTER, ("Investor",), None),
        (_MEMBERS_BEFORE, ("Company",), None),
        (_MEMBERS_AFTER, ("Company",), None),
        (_EN_UNIT, ("AcademicUnit",), _ENGLISH_IN_CJK),
        (_EN_TITLED, ("Policy", "Report"), _ENGLISH_IN_CJK),
        (_EN_WORK, ("Policy", "Report"), _ENGLISH_IN_CJK),
        (_EN_WORK_TO, ("Policy",), _ENGLISH_IN_CJK),
        (_EN_WORK_LED, ("Policy",), _ENGLISH_IN_CJK),
        (_EN_ZONE, ("Place",), _ENGLISH_IN_CJK),
        (_EN_DISTRICT, ("Place",), _ENGLISH_IN_CJK),
        (_EN_GOV, ("GovernmentBody",), _ENGLISH_IN_CJK),
        (_EN_OF_ORG, en_org, _ENGLISH_IN_CJK),
        (_EN_ORG, en_org, _ENGLISH_IN_CJK),
        (_EN_NAME, ("Person",), _ENGLISH_IN_CJK),
        (_EN_TITLED_NAME, ("Person",), _ENGLISH_IN_CJK),
        (_EN_CITY_GOVERNMENT, ("GovernmentBody",), _ENGLISH_IN_CJK),
        (_EN_BASED_PLACE, ("Place",), _ENGLISH_IN_CJK),
        (_EN_PRODUCT, ("AIModel", "Product"), _ENGLISH_IN_CJK),
        (_EN_CAMEL, ("AIModel", "Product"), _ENGLISH_IN_CJK),
        (_EN_CALLED, ("AIModel", "Product"), _ENGLISH_IN_CJK),
    ]


_BUILDING_AFTER = re.compile(r"[栋幢座号]|楼(?!宇)|层|室|展位|展台|馆|车间|厂房|地块")    # 园区B3栋, A1号楼, T12展位: a place, no product
_PRODUCT_CODE = re.compile(r"(?<![A-Za-z0-9\-_.])((?:(?:(?![的了和与及是在为向])[\u4e00-\u9fff]){2}(?=[A-Z]\d))?[A-Z][A-Za-z]{0,5}(?:-[A-Z0-9][A-Za-z0-9]*(?:\s\d+(?:\.\d+)?)?|\d+[A-Za-z]?|(?<=[A-Z])(?=系列))(?:\s?(?:Pro|Max|Plus|Ultra|Mini|Lite|Air)(?![A-Za-z]))?(?:系列|(?![A-Za-z0-9\-])))")
# what a product line's code is followed by: HX系列电池管理芯片, QH-DCB系列直流固态断路器 (the whole is the name)
_SERIES_TAIL = re.compile(r"(?:(?![的和与及是为在])[\u4e00-\u9fffA-Za-z0-9]){1,12}?" + _PRODUCT_NOUNS_EXT)
_NOT_CODE = re.compile(r"^(?:AEC-Q\d+$|K12$|IATF|[\u4e00-\u9fff]{0,2}[A-Z]2[A-Z]$|[A-F]\+?$|[ABCDE]\d?轮|Pre-|COVID|iPhone|GB|ISO|IPO|CEO|CTO|AI|5G|4G|3D|2D|[A-Z]\d$|ZL\d{4})")   # (ZL2021 1 0xxxxx1.3: a patent number)
_NUMBERED_NAME = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的了是和与及、款把将在由]))([\u4e00-\u9fff]{2}[一二三四五六七八九十]号)(?![”\"]?[\u4e00-\u9fff]{0,4}?(?:线|楼|院|馆|厅|文件|令|台风|中心|基地|工程|项目|计划|园区))")
# a kind of product after a making verb (主要生产N型单晶硅片, 研发和生产碱性电解槽和PEM电解槽, 做协作机器人和灵巧手,
# 主要产品包括铂铑热电偶丝和银基电子浆料): each listed phrase ending in a product head (names.yaml product_heads)
_KIND_HEAD_LIST = sorted(name_rules()["product_heads"], key=len, reverse=True)
_KIND_HEADS = "|".join(map(re.escape, _KIND_HEAD_LIST))
_KIND_HEAD_SET = frozenset(_KIND_HEAD_LIST)
# a product's kind after its code or quoted name (kg.mentions._product_kinds): the product heads and a few broader ones
_KIND_AFTER_NAME = re.compile(r"[”\"」]?(系列)?((?:(?![和与及、，。；：的])[\u4e00-\u9fffA-Za-z0-9/\-]){0,10}?(?:"
                              + "|".join(map(re.escape, sorted(_KIND_HEAD_LIST + ["平台", "系统", "软件", "设备"], key=len, reverse=True)))
                              + r"))(?=[和与及、，,。；;：:）)」“”\"\s]|$|已|正|将|在|于|完成|获得|实现|通过|上市|发布|量产|亮相|摘得|是|为|的"
                              r"|可|能够|两|三|四|多款|等|产业化|项目|采用|支持|具备|搭载|目前|由|让|使|成为|主要|广泛|批量|出货"
                              r"|销往|供货|配套|进入|覆盖|面向|适用|用于|应用|拥有|具有|兼容|集成|累计|首次|首批|首台)")
_MAKES_KIND = re.compile(
    r"(?:(?:主要|专门|专注于?|主攻|致力于|负责)?(?:研发|生产|制造|研制|开发|设计|量产|供应|提供)(?:和|与|及|、)?(?:生产|制造|销售|研发|供应|提供)?(?![业商厂者方]|机构|中心|团队|人员|投入|费用|能力|实力|基地|体系|部门|总部|经费|环节|工作)(?:了|的)?"
    r"|(?<![叫看要得能会想去来])做(?![了过好出到成完事大强])|主攻(?:的)?|主营(?!业务|收入)|(?:主要|核心|主营|主打|主力|拳头)产品(?:包括|为|是|有)[：:]?|(?:最早|第一款|首款|早期|最初)的?产品(?:包括|为|是|有|叫)[：:]?"
    r"|(?<![该此这款])产品(?:主要)?(?:包括|为|以)[：:]?"
    r"|专注(?:于)?(?!于|度|力|点)|专做|专攻|主打(?!产品|的是)|押注)"
    r"((?:[^，。；、“”\"《》（）()\n]{1,24}?(?:、|和|与|及|以及))*[^，。；、“”\"《》（）()\n]{1,24}?(?:" + _KIND_HEADS + r"))"
    r"(?=[，。；、,;]|和|与|及|以及|等|$|为主|的(?:研发|生产|制造|研制|开发|设计)|的(?=[\u4e00-\u9fff]{2,6}?(?:[^的]{0,12}(?:公司|科技|电子|精密|股份|集团|智能|机器人|新能源|材料)))|(?:已经?|也|还|将|均|都|正|目前|主要|广泛|批量|大批量|实现|通过|获得|占|应用|用于|出货|销往|出口|供货|配套|进入)"
    r"(?![\u4e00-\u9fff]{0,2}(?:公司|企业|集团)))")
_KIND_POLICY = re.compile(r"支持|鼓励|推动|引导|帮助|扶持|企业|单位|厂商|重点")
_KIND_ITEM = re.compile(r"(?:、|以及|和|与|及)")
_KIND_LEAD = re.compile(r"^(?:新一代|下一代|多款|多种|各类|各种|一系列|系列|相关|核心|关键|高端|新型|自有|自主|全套|整套|成套|一款|一种|一套|一批|面向[^的]{1,10}的)")
def _kind_pieces(text: str, pos: int, pieces: list[str]):
    """(start, end, piece) of each piece of a run of kinds split by ``_KIND_ITEM`` that begins at ``pos`` in
    ``text`` (the separators 、, 和, 以及 … stepped over by their own length)."""
    for piece in pieces:
        end = pos + len(piece)
        yield pos, end, piece
        sep = _KIND_ITEM.match(text, end)
        pos = end + (len(sep.group()) if sep else 0)


_KIND_WORDS_AFTER = frozenset(name_rules()["product_heads"]) | {"装备", "设备", "产品", "系统", "硬件", "终端", "器件", "材料"}
_KIND_NOTE = re.compile(r"[（(]((?:[^（）()、，。；“”\"《》]{2,16}、)?[^（）()、，。；“”\"《》]{2,16})[）)](?=[、，,；;。和及与]|以及|$)")
_KIND_NOT = re.compile(r"[了是在将被把对从向为也都还就又着过]|产品|技术|业务|方案|服务|领域|行业|产业|市场|项目|平台$|围绕|重点|聚焦")
_LAUNCHED_QUOTE = re.compile(r"(?:(?:推出|发布(?!会)|上线|研发|研制|自研|开发|打造|量产|主打|亮相|发售|交付)(?:了|的)?(?:[^，。；“”\"「」]{0,16}?)"
                             r"|(?<![尤极与])其(?!中|他|余|实|次|它)(?:自研的|自主研发的|核心|旗舰|主力|新一代|最新)?(?:产品|平台|系统)?"
                             r"(?=[“「\"](?![一二三四五六七八九十百千\d])))[“「\"]((?:(?![并未不没是的了我你他她])[^“”\"「」\n，。]){1,12})[”」\"]")
_EMPLOYER_AFTER = re.compile(r"(?:(?<=就职于)|(?<=任职于)|(?<=供职于)|(?<=服务于)|(?<=受聘于))((?:(?![的和与及在是，。；、])[\u4e00-\u9fff]){2,16}?"
                             r"(?:[（(][\u4e00-\u9fff]{2,5}[）)](?:(?![的和与及在是，。；、])[\u4e00-\u9fff]){0,6}?)?"
                             r"(?:会计师事务所|律师事务所|股份有限公司|有限责任公司|有限公司))(?![（(\u4e00-\u9fff]{0,2}(?:有限|公司))")
_BRACKET_LEAD = re.compile(r"子公司|分公司|公司|新设|设立|成立|拥有|持有|旗下|设有|包括|其|的|了|年|月|日|进入|加入|任职于|就职于|曾任|担任|历任|先后|此后|随后|后来|在|于|更名为|改名为|注册为|变更为|已经")
_BRACKET_PLACE_NAME = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的和与及、])|(?<=在)|(?<=子公司)|(?<=公司)|(?<=设立)|(?<=成立)|(?<=旗下)|(?<=设有)|(?<=包括)|(?<=是)|(?<=为)|(?<=由))(?![系为是由和与及的在])([\u4e00-\u9fff]{2,10}?)[（(]([\u4e00-\u9fff]{2,5})[）)]"
                                 r"([\u4e00-\u9fff]{0,8}?(?:股份有限公司|有限责任公司|有限公司|分公司|研究院|公司|基金|资本|创投|集团))(?!有限|股份|公司|分公司)")
                                 # (恒芯智控（西安）研究院有限公司: the legal form after 研究院 is the name's end)
_INVEST_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:由、]))(?!由|是由)((?:(?:(?![领跟参追]投|由)[\u4e00-\u9fffA-Za-z]){2,14}?[、和及与])*(?:(?![领跟参追]投|由)[\u4e00-\u9fffA-Za-z]){2,14}?)(?:等(?:机构|多家机构)?)?(?:联合|共同|继续|持续|追加|再次|又|还|再|亦|则|已|曾|也|均|都|分别|先后|相继|陆续|接连|超额){0,2}(?:领投|跟投|参投|追投|独家投资|超额认购|投资了|加注(?=[。，,；;]|$)|(?<=基金|资本|创投|集团|伙伴)投资(?=[。，,；;]|$)|持有(?=[^，。；]{0,12}股)|(?<=投资|资本|基金|创投|产投)持股(?=\s*\d))")
_INVEST_GOT = re.compile(r"(?:获得|获|引入|拿到)(?:了)?((?:[\u4e00-\u9fffA-Za-z]{2,14}?[、和及与])*[\u4e00-\u9fffA-Za-z]{2,14}?)(?:等(?:机构)?)?(?:的|共同|联合)(?:联合|共同)?(?:天使轮|种子轮|[A-F]\+?轮|Pre-?A\+?轮|战略)?(?:投资|注资|增资)")
_INVEST_AFTER = re.compile(r"(?:投资方|投资人|投资机构|出资方|股东)(?:中|之中|当中)?(?:还|也|则|主要)?(?:包括|为|有|是|分别是|分别为)[：:]?((?:[\u4e00-\u9fffA-Za-z]{2,14}?[、和及与])*[\u4e00-\u9fffA-Za-z]{2,14}?)(?=等|[，,。；;]|$)")


_INVESTOR_TAILS = ("投资", "资本", "基金", "创投", "产投")     # (华岳|投资跟投: the tagger's person is the investor's 字号)
_ORGISH_END = ("资本", "基金", "创投", "投资", "集团", "科技", "智能", "控股", "公司", "银行", "证券", "伙伴")


def _role_prefix(item: str, rest: int = 0) -> str:
    """The role word before a name in ``item`` (老股东, 投资方: names.yaml ``strip_prefixes``), the first that
    leaves at least ``rest`` characters; "" when none does."""
    return next((pre for pre in name_rules()["strip_prefixes"] if item.startswith(pre) and len(item) - len(pre) >= rest), "")


def split_items(listing: str, offset: int) -> list[tuple[int, int]]:
    """A list of names as spans: split on 、, then on 和/与/及 where both sides are names of two or
    more characters (so 元和创投 stays whole and 曲江量子和灞河智控 is two)."""
    spans, pos = [], offset
    for part in listing.split("、"):
        start = pos
        rest = part
        while True:
            cut = next((mm for mm in re.finditer(r"[和及与]", rest) if mm.start() >= 2 and len(rest) - mm.end() >= 2
                        and (tail := re.split(r"[和及与]", rest[mm.end():])[0]) not in name_rules()["org_suffixes"]
                        and not (tail in _INVESTOR_TAILS and mm.start() - len(_role_prefix(rest[:mm.start()])) < 2)), None)
                        # (老股东曦和资本: 和 inside a name when what follows is only a suffix; 老股东钧和投资: or
                        #  an investor's tail after one character)
            if cut is None:
                break
            spans.append((start, start + cut.start()))
            start += cut.end()
            rest = rest[cut.end():]
        if len(rest) >= 2:
            spans.append((start, start + len(rest)))
        pos += len(part) + 1
    return spans


_MEMBERS_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:]))((?:[\u4e00-\u9fffA-Za-z]{2,12}?[、和及与])+[\u4e00-\u9fffA-Za-z]{2,12}?)(?:等(?:[一二三四五六七八九十两\d]+家)?(?:企业|公司)?)?(?:被|也|则)?(?:并称为?|合称为?|统称为?|共同组成|组成了?|被称为|被誉为|同属|同为)")
_MEMBERS_AFTER = re.compile(r"(?:成员|成员单位|成员企业|会员|会员单位|会员企业|名单)(?:包括|有|为|是|分别是|分别为|中既有)[：:]?((?:[\u4e00-\u9fffA-Za-z]{2,12}?[、和及与])*[\u4e00-\u9fffA-Za-z]{2,12}?)(?=等|这样|[，,。；;]|$|[一二三四五六七八九十两\d]+家)"
                            r"|(?:入选的还有|一同入选的有|一同入选的还有|同时入选的还有)((?:[\u4e00-\u9fffA-Za-z]{2,12}?[、和及与])*[\u4e00-\u9fffA-Za-z]{2,12}?)(?=等|[，,。；;]|$|[一二三四五六七八九十两\d]+家)")


# 是工业软件产业创新联盟副理事长单位: what a member sits in, by the seat it holds (the whole run is its name)
_MEMBER_UNIT_BODY = re.compile(r"(?:是|(?<![作成认视列称])为|作为|成为|担任|(?<=单位)、)(?:了)?([\u4e00-\u9fff]{4,18}?(?:联盟|协会|商会|学会|联合会|促进会|研究会))(?:的)?"
                               r"(?:副?理事长|常务理事|理事|副?会长|副?主席|会员|成员|发起|创始成员|创始会员|首批成员)单位")


def _member_unit_bodies(text: str, taken: list[Mention]) -> None:
    """An association or alliance named before the seat a member holds in it (…副理事长单位): one name, when no
    mention but places lies inside it."""
    for m in _MEMBER_UNIT_BODY.finditer(text):
        s, e = m.span(1)
        if _FUNCTION_CHARS.search(m.group(1)[:-2]):
            continue
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        if any(x.type not in ("Place", "Organization") or x.start < s or x.end > e for x in inside):
            continue
        for x in inside:
            taken.remove(x)
        taken.append(Mention(s, e, m.group(1), "Organization", m.group(1), "context"))


def _member_lists(text: str, taken: list[Mention], R: dict, may: int = -1, bit=None) -> None:
    """Unknown names where only member organisations stand: A、B和C并称“…”; 成员包括A、B和C."""
    for pat in (_MEMBERS_BEFORE, _MEMBERS_AFTER):
        if bit is not None and not may & bit[pat]:
            continue
        for m in pat.finditer(text):
            g = next(i for i in range(1, (m.lastindex or 1) + 1) if m.group(i))
            for s, e in split_items(m.group(g), m.start(g)):
                item = text[s:e]
                if _NOT_ORG.search(item) or any(not (e <= x.start or s >= x.end) for x in taken):
                    continue
                taken.append(Mention(s, e, item, "Company", item, "list"))


_BRACKET_ITEM = re.compile(r"(?:(?<=[：:、，,；;])|^)\s*([\u4e00-\u9fff]{2,10}?)[（(]([^（）()]{2,12})[）)](?=\s*(?:[、，,。；;和及与等]|$))")


def _bracket_place_items(text: str, taken: list[Mention]) -> None:
    """A list of names each followed by its city in brackets (星河动力（北京）、东方空间（烟台）): the names
    are organisations. Two such items at least, and every bracket a place."""
    items = []
    for m in _BRACKET_ITEM.finditer(text):
        bs, be = m.span(2)
        if not any(x.type == "Place" and x.start == bs and x.end == be for x in taken):
            continue
        items.append(m.span(1))
    if len(items) < 2:
        return
    for s, e in items:
        if all(e <= x.start or s >= x.end for x in taken) and not _FUNCTION_CHARS.search(text[s:e]):
            taken.append(Mention(s, e, text[s:e], "Company", text[s:e], "list"))


_ROUND_WORD = re.compile(r"[\w+＋\-]{0,6}轮")


def _investor_lists(text: str, taken: list[Mention], R: dict, may: int = -1, bit=None) -> None:
    """Unknown investors named where only investors stand: A、B跟投; 投资方包括A、B和C."""
    for pat in (_INVEST_BEFORE, _INVEST_AFTER, _INVEST_GOT):
        if bit is not None and not may & bit[pat]:
            continue
        for m in pat.finditer(text):
            for s, e in split_items(m.group(1), m.start(1)):
                item = text[s:e]
                leading = [x for x in taken if x.type == "Place" and x.start == s and x.end < e]
                for x in leading:
                    if text[x.end:x.end + 1] == "的":
                        s, item = x.end + 1, text[x.end + 1:e]     # 苏州的泓川资本: the place stays a place
                    else:
                        taken.remove(x)
                pre = _role_prefix(item, 2)
                s, item = s + len(pre), item[len(pre):]
                inside = [x for x in taken if not (e <= x.start or s >= x.end)]
                if inside and (org_type_of(item) in ("Investor", "Company") or item.endswith(_INVESTOR_TAILS)) \
                        and all((x.type == "Place" or (x.type in ("Person", "University") and item.endswith(_INVESTOR_TAILS)))
                                and s <= x.start and x.end <= e and x.end - x.start < e - s for x in inside):
                    for x in inside:          # 石家庄高新区科技创新基金: the places are part of the fund's name
                        taken.remove(x)
                    inside = []
                if _NOT_ORG.search(item) or inside or _ROUND_WORD.fullmatch(item):
                    continue          # (…，A+轮领投: a round leads nothing)
                taken.append(Mention(s, e, item, "Investor", item, "investor"))


# a zone written right after its place (良渚 + 新城): one place, the place still a name of its own
_ZONE_AFTER_PLACE = ("新城", "科技城", "科学城")
_DISTRICT = re.compile(r"(?:市)?((?<=[\u4e00-\u9fff])(?:区|县)(?![\u4e00-\u9fff]{0,1}(?:委|政府|长|级))|(?<=[\u4e00-\u9fff])(?:" + "|".join(_ZONE_AFTER_PLACE) + r")(?=的|[，。；,;]|$)|[\u4e00-\u9fff]{1,6}?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区|新城|自贸区|软件园|科技园|产业园|科学城|科技城|科创城|生态城|小镇|综合保税区|保税区|综合实验区|实验区|示范区|试验区|工业园区|园区|区|县))(?:[一二三四五六七八九十]期)?(?!域)")


_GENERIC_AREAS = {"矿区", "市区", "城区", "郊区", "山区", "景区", "厂区", "校区", "社区", "片区", "辖区", "园区", "老区", "灾区", "农区",
                  "牧区", "林区", "库区", "港区", "主城区", "中心城区", "新城区", "老城区"}
_MOVE_WORD = re.compile(r"迁至|迁往|迁到|迁入|迁回|搬到|搬至|搬入|搬进|入驻|进驻|落户|位于|转移|和|与|及|、")


def _districts(text: str, taken: list[Mention]) -> None:
    """南京 + 江宁开发区, 厦门 + 火炬高新区 → one place (the city stays an alternative name)."""
    for m in sorted(taken, key=lambda x: x.start):
        if m.type != "Place" or m not in taken:
            continue
        d = _DISTRICT.match(text, m.end)
        if not d or _MOVE_WORD.search(d.group(0)) or d.group(0)[:1] in "是为系在":
            continue          # 从上海迁至南京江北新区: two places, not one district (X产业园是Y开发区: a clause)
        if d.group(1) in _GENERIC_AREAS or "的" in d.group(1):
            continue          # 武汉矿区, 成都市区, 西安城区: a kind of area of the city, no district's name (西湖区的云栖小镇: two)
        e = d.end()
        zone = d.group(1) in _ZONE_AFTER_PLACE
        alias = () if d.group(1) in ("区", "县") or zone else (d.group(1),)    # (良渚 + 新城: no alias 新城)
        inside = [x for x in taken if x is not m and not (e <= x.start or m.end >= x.end)]
        if any(x.type != "Place" or x.start < m.end or x.end > e for x in inside):
            continue
        for x in inside:
            taken.remove(x)       # 厦门 + 火炬 + 高新区 (a place of its own to the tagger)
        taken.remove(m)
        taken.append(Mention(m.start, e, text[m.start:e], "Place", text[m.start:e], "suffix", aliases=alias, parent=None,
                             place=m.text if zone else None))


def _city_district_short(text: str, taken: list[Mention], lexicon: Lexicon) -> None:
    """深圳南山, 杭州滨江: a city, then a district the lexicon knows (南山区) without its 区 — the district, named as
    the city and it are written (the lexicon's district is the entity)."""
    for m in [x for x in taken if x.type == "Place" and x.source == "lexicon"]:
        short = text[m.end:m.end + 2]
        if len(short) < 2 or (text[m.end + 2:m.end + 3] or "。") in "区县市路街镇边畔岸景湖山水河江大":
            continue
        entry = next((e for k in ("区", "县") if (e := lexicon.lookup(short + k)) is not None and e.type == "Place"), None)
        if entry is None or any(x is not m and x.start < m.end + 2 and x.end > m.end for x in taken):
            continue
        taken.remove(m)
        taken.append(Mention(m.start, m.end + 2, text[m.start:m.end + 2], "Place", entry.key, "lexicon", entry=entry,
                             aliases=(text[m.start:m.end + 2],)))


_SUB_AREA = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:小镇|科技城|科学城|生物城|中心城|新城|产业园|科技园|软件园|开发区|高新区|经开区))"
                       r"(?![\u4e00-\u9fff]{0,1}(?:委|政府|长|级|办|人民)|路|大道|街|号)")


def _sub_areas(text: str, taken: list[Mention]) -> None:
    """杭州市西湖区 + 云栖小镇, 东湖高新区 + 光谷中心城: a named zone written right after the district it lies in
    is a place of its own (both are stated: kg.extract keeps the company in each). Streets and towns (街道, 镇) are
    left to the address: writers do not name them as where a company is."""
    for m in [x for x in taken if x.type == "Place" and x.text.endswith(("区", "县"))]:
        d = _SUB_AREA.match(text, m.end + (text[m.end:m.end + 1] == "的"))     # (西湖区的云栖小镇)
        if d is None or _MOVE_WORD.search(d.group(1)) or d.group(1)[0] in "和与及、的" or d.group(1) in _GENERIC_AREAS \
                or not all(d.end() <= x.start or m.end >= x.end for x in taken if x is not m):
            continue
        taken.append(Mention(d.start(1), d.end(1), d.group(1), "Place", d.group(1), "suffix"))


def _nested_places(text: str, taken: list[Mention]) -> None:
    """安徽 + 芜湖, 广东 + 佛山: a place written right after the province or city it lies in is one mention of
    the inner place (the whole stays an alternative name)."""
    places = sorted((m for m in taken if m.type == "Place"), key=lambda x: x.start)
    for a, b in zip(places, places[1:]):
        if a.end == b.start and a in taken and b in taken and a.source == "lexicon" and b.source == "lexicon":
            taken.remove(a)
            taken.remove(b)
            taken.append(Mention(a.start, b.end, text[a.start:b.end], "Place", b.name, "lexicon",
                                 aliases=(text[a.start:b.end],), parent=None))


_GOV_ABBREV = re.compile(r"(?:^|(?<=[，,。；：:、\s（(由经据和与])|(?<=入选了)|(?<=列入了)|(?<=入选)|(?<=列入)|(?<=落实)|(?<=根据)|(?<=会同)|(?<=联合))((?:省|市|区|县)(?:[\u4e00-\u9fff]{1,8}?(?:委员会|管委会|委|局|厅|办公室|办)|(?:人民)?政府(?:办公厅|办公室)?|委(?=副?书记|常委)))"
                         r"(?=(?:\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)?[\u4e00-\u9fff]{0,3}(?:印发|发布|出台|联合|会同|牵头|负责|修订)|去年|今年|于|[，,、和与]"
                         r"|介绍|表示|获悉|透露|指出|称|消息|下属|直属|所属|主管|组织|认定|公布|评选|审核|受理|提供|[。；;]|$"
                         r"|(?:副)?(?:局长|厅长|主任|书记|处长|委员|秘书长|负责人|新闻发言人|党组书记)"
                         r"|[\u4e00-\u9fff]{2,8}?(?:处|科|司|室)(?:(?:副)?(?:处长|科长|司长|主任)|[：:\s\u3000]))")


_GOV_DIVISION = re.compile(r"((?:(?![的和与及在是为等])[\u4e00-\u9fff]){2,8}?(?:处|科|办公室))"
                           r"(?=[\s\u3000，,：:。；;、（(）)]|$|(?:副)?(?:处长|科长|主任|调研员|负责人))")


def _gov_divisions(text: str, taken: list[Mention]) -> None:
    """A division right after its bureau (市经信局数字经济处 陆晓峰, 浙江省科学技术厅高新技术处处长): a unit
    of that body, its parent."""
    for g in [x for x in taken if x.type == "GovernmentBody"]:
        m = _GOV_DIVISION.match(text, g.end)
        if m is not None and all(m.end(1) <= x.start or m.start(1) >= x.end for x in taken):
            taken.append(Mention(m.start(1), m.end(1), m.group(1), "GovernmentBody", g.name + m.group(1), "suffix",
                                 parent=g.name, aliases=(m.group(1),)))    # (named in full: every bureau has a 科技处)


def _government_bodies(text: str, taken: list[Mention], R: dict) -> None:
    """A place followed by a bureau and a job title: 合肥市科技局局长 → 合肥市科技局 (GovernmentBody)."""
    gov = R["gov_body"]
    for m in list(taken):
        if m.type != "Place":
            continue
        g = gov.match(text[m.end:])
        if not g:
            continue
        e = m.end + g.end()
        inside = [x for x in taken if x is not m and not (e <= x.start or m.start >= x.end)]
        if any(x.type not in ("GovernmentBody", "Place") or x.start < m.end or x.end > e for x in inside):
            continue
        for x in inside:
            taken.remove(x)       # 山西省 + 人民政府国有资产监督管理委员会 (the bureau found alone by its suffix)
        name = text[m.start:e]
        taken.remove(m)
        taken.append(Mention(m.start, e, name, "GovernmentBody", name, "suffix"))


_ROUND_OWNER = re.compile(r"(?:领投|跟投|参投|投资了?|参与了?|主导了?)(?!有限)(?:[\u4e00-\u9fff]{0,8}?(?:企业|公司|厂商|独角兽|初创公司|创业公司))"
                          r"(?!领投|跟投|参投)([\u4e00-\u9fff]{2,6}?)的(?:新一轮|(?:Pre-?)?[A-F]\+{0,2}轮|天使轮|种子轮|战略融资)")
_DESCRIBED_QUOTED = re.compile(r"(?:企业|公司|初创公司|创业公司|初创企业|科技公司|厂商|独角兽|车企|药企|服务商|供应商|制造商|开发商|运营商"
                               r"|领投|跟投|参投|投资了|注资)"
                               r"[「“\x22]([\u4e00-\u9fffA-Za-z0-9]{2,10})[」”\x22](?=完成|获得|宣布|发布|推出|正式|近日|日前|已|于|在|的|，|,|是|成立|拿到|再获|连续"
                               r"|(?:Pre-?)?[A-F]\+?轮|天使轮|种子轮)")
_QUOTED_PROGRAMME = re.compile(r"[\x22“]([A-Z][^\x22”]{2,60})[\x22”]\s(?:project|programme|program|initiative|strategy|scheme|campaign)\b"
                               r"|“([\u4e00-\u9fffA-Za-z+＋]{2,12})”(?=工程|行动|战略|计划|专项)")
_EN_TITLED_WORK = re.compile(r"\b(report|study|paper|white\spaper|plan|policy|document|guidelines|measures|programme|program|strategy|book)s?,?\s(?:is\s|was\s)?(?:en)?titled\s[\x22“]([^\x22”]{3,120})[\x22”]", re.I)
_BASIS_BEFORE = re.compile(r"(?:贯彻落实|贯彻|落实|根据|按照|依据|依照|对照)[^。；;，,《》]{0,24}(?:《[^《》]{1,60}》[^。；;，,《》]{0,24})*$")
# (根据科技部、财政部《A》和省科技厅2023年印发的《B》: both are cited as the basis)
_DOC_ISSUER = r"[\u4e00-\u9fff]{2,24}?(?:人民政府|政府|办公厅|办公室|委员会|局|厅|委)"
_BARE_UNIT = re.compile(r"(?:^|(?<=[，,。；;、：:是由|])|(?<=\|\s)|(?<=毕业于))((?!(?:本|该|这|各|全|其|学|分|商|医|法|文|理|工)学院|成立|设立|组建|新设|筹建|共建|依托|联合|牵头|与|和)(?:(?:(?!大学|学院|[是的为在由和与从到任])[\u4e00-\u9fff]){2,6}与)?(?:(?!大学|学院|[是的为在由和与从到任])[\u4e00-\u9fff]){2,8}学院)"
                        r"(?=(?:常务|执行)?(?:副)?(?:教授|讲师|院长|研究员|书记|主任)|是|\s*(?:(?:19|20)?\d\d(?:级|届)\s*)?\|)")
                        # (| 计算机科学与技术学院 2012届 |: a table's school column)
_PADDED_NAME = re.compile(r"([\u4e00-\u9fff])\u3000{1,2}([\u4e00-\u9fff])(?=\u3000{1,2}[\u4e00-\u9fff])")
BARE_DOC_TITLE = re.compile(rf"#*\s*((?:{_DOC_ISSUER}(?:[\s\u3000、和与及]*{_DOC_ISSUER})*)?关于[^。，,；;：:！？]{{4,60}}?的?(?:通知|意见|实施意见|办法|方案|决定|公告|公示|通告|规定|细则|指南|措施|若干措施))")
_ISSUER = re.compile(rf"(?:中共)?{_DOC_ISSUER}(?![办员会局厅委])")    # 陕西省人民政府办公厅 is one issuer, not 陕西省人民政府 + 办公厅
_SEVERAL_ISSUERS = re.compile(r"等[一二三四五六七八九十两\d]{1,2}(?:个)?(?:部门|单位)$")
_ISSUER_LED_TITLE = re.compile(rf"((?:中共)?{_DOC_ISSUER}(?:[\s\u3000、和与及]*(?:中共)?{_DOC_ISSUER})*(?:等[一二三四五六七八九十两\d]{{1,2}}个?(?:部门|单位))?"
                               r"关于[^。，,；;：:！？《》“”\s]{4,60}?的(?:通知|实施意见|指导意见|若干意见|意见|管理办法|实施办法|办法|实施方案|行动方案|工作方案|方案|决定|公告|通告|"
                               r"规定|实施细则|细则|申报指南|指南|若干措施|措施|批复|公示))(?=[（(，,。；;：:\s]|$|于|已|提出|明确|要求|指出|印发|发布|出台|中|规定)")


def title_issuers(name: str) -> list[tuple[int, int, str]]:
    """The issuers a document's title starts with, as (start, end, name) in the title:
    河南省科学技术厅河南省财政厅关于公布…的通知 → both bureaus; 四川省经济和信息化厅等四部门关于… → the
    bureau. [] when the part before 关于 is not a run of government bodies."""
    k = name.find("关于")
    head = _SEVERAL_ISSUERS.sub("", name[:k]) if k >= 4 else ""
    out, i = [], 0
    while i < len(head):
        if head[i] in " \u3000、和与及":
            i += 1
            continue
        m = _ISSUER.match(head, i)
        if m is None or not (m.group().startswith("中共") or org_type_of(m.group()) == "GovernmentBody"):
            return []
        out.append((m.start(), m.end(), m.group()))
        i = m.end()
    return out


def title_aliases(name: str) -> tuple[str, ...]:
    """Other names of a document whose title names its issuers (杭州市人民政府关于…的实施意见 is also
    关于…的实施意见), and of a notice that issues one document (…关于印发X的通知 is written X too)."""
    out: tuple[str, ...] = ()
    if title_issuers(name):
        out += (name[name.find("关于"):],)
    inner = re.search(r"关于印发《?([^《》]{6,60}?)》?的通知$", name) \
        or re.search(r"关于(?:公布|发布|公示|确定)?《?([^《》]{6,60}?(?:名单|榜单|名录)(?:[（(][^（）()]{1,12}[）)])?)》?的(?:通知|公告|公示)$", name)
    if inner:
        out += (inner.group(1),)       # (关于公布X名单的通知: the list it publishes)
    return out


_LEGAL_FORM_NAME = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:、（(为与和及是任在于由的\s]))"
                              r"((?:(?![为与和及是在于的、，。：:（(由称])[\u4e00-\u9fff]){2,26}?(合伙企业|投资中心|事务所|有限公司|基金)[（(](?:有限合伙|特殊普通合伙|普通合伙)[）)])")


_NUMBERED_INSTITUTE = re.compile(r"(?:(?<=^)|(?<=[，,。；;：:、（(为与和及是任在于由的\s]))"
                                 r"((?:(?![为与和及是在于的、，。：:])[\u4e00-\u9fff]){2,16}?(?:集团有限公司|集团公司|集团|总公司|科学院|研究院))"
                                 r"(第[一二三四五六七八九十百零〇\d]{1,5}研究(?:所|院))")


def _take_whole(taken: list[Mention], m: Mention, within: tuple[str, ...] | None = None) -> None:
    """Add a name read whole in place of the pieces found inside it, unless a mention runs across its edges (or,
    given ``within``, a piece inside is of another type)."""
    if any(x.start < m.start < x.end or x.start < m.end < x.end or (x.start < m.start and x.end > m.end) for x in taken):
        return
    if within is not None and any(m.start <= x.start and x.end <= m.end and x.type not in within for x in taken):
        return
    for x in [x for x in taken if m.start <= x.start and x.end <= m.end]:
        taken.remove(x)
    taken.append(m)


def _numbered_institutes(text: str, taken: list[Mention]) -> None:
    """A group's numbered institute (中国电子科技集团公司第五十五研究所): one name, its parent the group."""
    for m in _NUMBERED_INSTITUTE.finditer(text):
        s_, e_ = m.span()
        _take_whole(taken, Mention(s_, e_, m.group(), "ResearchInstitute", m.group(), "suffix", parent=m.group(1)))


_SOCIETY_HEADS = ("学会", "协会", "联合会", "商会", "研究会", "促进会", "校友会")
_BRANCH_OF_SOCIETY = re.compile(r"(?:(?![的和与及是在为由、])[\u4e00-\u9fffA-Za-z]){2,12}?(?:分会|专业委员会|专委会)")
_FUND_OF_ARM = re.compile(r"(?:(?![的和与及是在为由、])[\u4e00-\u9fff]){2,6}?基金(?!会|管理|公司|有限|合伙)")
_LEGAL_FORM_LEAD = re.compile(r"(?:同时|此外|另外|还|另|直接|间接|兼任|担任|现任|出任|公司|控股股东|第一大股东|大股东|并|及|以及|通过|其|员工|持股平台|基金全称|全称|名称|原股东|老股东|新增股东|新股东|现有股东|股东|(?:早期|财务|战略|产业|机构|外部|主要)?(?:投资方|投资人|股东)|出资方|转让方|受让方|出让方|交易对方|合伙人|包括|包含|引入|分别为|分别是|依次为)*")
                                # (股东包括杭州之江星火创业投资合伙企业（有限合伙）: the words that lead to the name)


_LEGAL_FORM_VERB = re.compile(r"(?:发起|出资|共同|联合|牵头)?(?:设立|成立|创立|组建|创办)了?|牵头|入股|参股|受让|收购了?|持有|通过")


def _legal_form_names(text: str, taken: list[Mention]) -> None:
    """A partnership or a professional firm named with its legal form in brackets (杭州天衡启明智能制造股权
    投资合伙企业（有限合伙）, 中衡信会计师事务所（特殊普通合伙）): one name, however the tagger splits it."""
    for m in _LEGAL_FORM_NAME.finditer(text):
        s_, e_ = m.span(1)
        s_ += _LEGAL_FORM_LEAD.match(text, s_, e_).end() - s_     # 员工持股平台|宁波承芯企业管理合伙企业（有限合伙）
        cut = max((v.end() for v in _LEGAL_FORM_VERB.finditer(text, s_, m.start(2)) if m.start(2) - v.end() >= 4), default=s_)
        s_ = _LEGAL_FORM_LEAD.match(text, cut, e_).end()
                          # 陆承远发起设立|杭州远山创业投资合伙企业（有限合伙）: who set it up, and the verb, are not its name
                          # (通过担任|宁波澄远…: nor what leads to it after the verb)
        if e_ - s_ < len(m.group(2)) + 8:
            continue
        typ = "Investor" if m.group(2) in ("合伙企业", "投资中心", "基金") else "Company"
        short = _short_form(text[s_:e_], next((x.text for x in taken if x.type == "Place" and x.start == s_), "")) \
            if typ == "Investor" else None
        _take_whole(taken, Mention(s_, e_, text[s_:e_], typ, text[s_:e_], "suffix", aliases=(short,) if short else ()))
        # (杭州之江星火创业投资合伙企业（有限合伙） → 之江星火, as the article goes on to call it)


def _issuer_led_titles(text: str, taken: list[Mention]) -> None:
    """A document named without 《》, starting where a government body or its place is named
    (杭州市人民政府办公厅关于加快推进低空经济发展的实施意见（…）于…印发): one Policy mention."""
    for x in sorted((x for x in taken if x.type in ("Place", "GovernmentBody")), key=lambda x: x.start):
        start = x.start - 2 if text[max(0, x.start - 2):x.start] == "中共" else x.start
        m = _ISSUER_LED_TITLE.match(text, start)
        if m is None or not title_issuers(m.group(1)):
            continue
        if any(y.start < m.end() and y.end > m.start() and (y.start < m.start() or y.type not in ("Place", "GovernmentBody"))
               for y in taken):
            continue          # (a name runs into it from before, or something other than its issuers is inside)
        for y in [y for y in taken if m.start() <= y.start and y.end <= m.end()]:
            taken.remove(y)
        taken.append(Mention(m.start(), m.end(), m.group(1), "Policy", m.group(1), "title", aliases=title_aliases(m.group(1))))


_EN_INVESTMENT_ARM = re.compile(r"\s(?:Capital|Ventures|Venture\sCapital|Venture\sPartners|Investment|Investments|Fund|Growth\sFund|Industrial\sFund)(?:\s(?:Group|Management|Partners))?\b")
_GENERIC_LEGAL_BODY = r"(?:智能|信息|网络|医疗|电子|数字|新能源|新材料|生物|航空|软件)?(?:科技|技术|智能|实业|发展|投资|控股|集团|股份|信息技术|电子商务)?"
_DESCRIPTOR_INSIDE = ("国有企业", "民营企业", "上市公司", "龙头企业", "科技企业", "高新企业", "国企", "央企", "企业", "公司")
_DESCRIPTOR_BEFORE_NAME = ("企业", "公司", "厂商", "车企", "药企", "龙头", "独角兽", "初创公司", "子公司", "供应商")
_NAME_MIDDLES = ("投资", "产业投资", "创业投资", "创新投资", "发展", "控股", "实业", "产业")
_NAME_ENDS = ("集团", "有限公司", "公司", "股份有限公司", "集团有限公司", "有限责任公司", "股份公司")
_ACADEMY_INSTITUTE = re.compile(r"(中国科学院|中科院|中国工程院|[\u4e00-\u9fff]{2,3}省科学院)(?!大学)(?:(?!所属|下属|旗下|[的和与及等各在])[\u4e00-\u9fff]){2,8}?(?:研究所|研究院|所)(?!长|属)")
_ORG_TYPES_LIST = ("Company", "Investor", "ResearchInstitute", "University", "Organization")
_LIST_MATE_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:、\s]))([\u4e00-\u9fff]{2,6})、$")
# where a place's name may start without a place word of its own: after a place verb, or a clause's start
_PLACE_VERB_BEFORE = r"(?<=在)|(?<=于)|(?<=位于)|(?<=扎根)|(?<=落户)|(?<=设在)|(?<=迁至)|(?<=迁往)|(?<=来自)|(?<=^)|(?<=[，,、：:；])"
_BARE_DISTRICT = re.compile(r"(?:" + _PLACE_VERB_BEFORE + r")" +
                            r"((?:(?![的了在于及和与是为将把被从向对等个家])[\u4e00-\u9fff]){2}(?:区|县)"
                            r"(?=副?区长|副?县长|区委|县委|委(?:副?书记|常委)|区政府|县政府|人民政府|[，,。；;、的]|$)"
                            r"|(?:(?![的了在于及和与是为将把被从向对等个家])[\u4e00-\u9fff]){2}市(?=委(?:副?书记|常委)|副?市长|市政府|人民政府))")
_TOWN = re.compile(r"(?:" + _PLACE_VERB_BEFORE + r"|(?<=搬到)|(?<=搬至)|(?<=[|（(\s])|(?<=[\u4e00-\u9fff][区县市]))"
                   r"((?:(?![的了在于及和与是为将把被从向对等个家各该本所小城乡村集重名古新每多全])[\u4e00-\u9fff]){2,3}(?:镇|街道))"
                   r"(?=[，,。；;、）)\s|]|$|的|工业|新设|建设|新建|设立|落户|成立|一带|境内|片区)")
_BARE_ZONES = {"高新区", "经开区", "开发区", "自贸区"}     # 落在高新区: the city's zone, named as the article names it
_PARK = re.compile(
    r"(?:(?<=在)|(?<=于)|(?<=入驻)|(?<=落户)|(?<=扎根)|(?<=迁入)|(?<=设在)|(?<=进驻)|(?<=搬进)|(?<=搬到)|(?<=安在了)|(?<=安在)"
    r"|(?<=位于)|(?<=总部)|(?<=地处)|(?<=来自)|(?<=坐落于)|(?<=选址)|(?<=[\u4e00-\u9fff][区县市](?<!地区)(?<!园区)(?<!城区)(?<!社区)(?<!校区)))"
    r"((?:(?![的了在于及和与是为将把被从向对等个家后获得由迁搬]|落户|入驻|位于|设在|坐落|选址)[\u4e00-\u9fff]){2,8}?(?:软件园|产业园区|产业园|科技园|创业园|孵化园|创新园|科创园|研创园|创新港|科创港|科技港|双创园|工业园区|工业园|科学城|科技城|科创城|高新区|开发区|"
    r"经开区|新区|自贸区|保税区|示范区|声谷|光谷|药谷|智谷|数谷|生物城|小镇)|高新区|经开区|开发区|自贸区)(?!管委会|管理委员会|[\u4e00-\u9fff]?(?:委|政府|办))")
_NOT_CONTEXT_NAME = re.compile(r"^(?:公司|企业|该|这|那|其|本|我们|他们|它|此|每|各|两|多|一|首|并|同步|同时|随后|正式|近日|日前|今年|去年|负责|主管|分管|主抓)|[前后共已曾将在了的也还又都均它]|不能|不提")


def _bare_name(name: str, rare: bool = True) -> bool:
    """Whether a run the context calls a company can be one: no pronoun, clause word or generic noun
    (公司上市前共, 该机构), and — when ``rare`` — no word of the dictionary (墨芯 yes, 人工智能 no)."""
    return not _NOT_ORG.search(name) and not _NOT_CONTEXT_NAME.search(name) and (not rare or _freq(name) < 5) \
        and name not in name_rules()["title_set"]       # (院长由能源与…: a title is no name)


_ORG_CONTEXT = re.compile(r"(?:^|(?<=[，,。；;：:\s、]))(?:感谢|祝贺|恭喜|欢迎|致敬|作为)?([\u4e00-\u9fff]{2,6}?)(?=(?:的)?(?:联合)?创始人|（[A-Za-z]|\([A-Za-z]|由[\u4e00-\u9fff]{2,4}(?:和|、|与)|(?:成立|创立)于|的总部|总部位于"
                          r"|(?:近日|日前|今日|昨日|已|已经|正式|刚刚|于近日|此前|也|还)?(?:宣布)?(?:完成|获得|斩获|拿下)了?[^，。；]{0,12}?(?:轮融资|融资|轮投资|战略投资)"
                          r"|是一家[^，。；]{0,20}?(?:公司|企业|厂商|独角兽|初创企业|创业公司|制造商|开发商|服务商|供应商))")
# a trade name (字号 + trade tail) opening a clause that launches something: 星河动力今年推出了…
_LAUNCHER = re.compile(r"(?:^|(?<=[，,。；;：:\s、]))([\u4e00-\u9fff]{4,5}?)(?=(?:今年|去年|近日|日前|此前|也|还|已|已经|正式|首次|率先|刚刚)?"
                       r"(?:推出了|推出的|发布了|发布的|量产了|交付了|上线了|亮相了|研发的|研制的))")
# an unknown employer between a place-of-work verb and what one does there: 此前在极翼无人机负责飞控,
# 曾任星骏游戏主策划, 从途岚智行挖来, 在英飞凌工作 (the name must look like one: kg.mentions._org_like)
_EMPLOYER_SLOT = re.compile(r"(?:(?<=(?<![现正存所实好自内旨意志])在)|(?<=曾任)|(?<=进入)|(?<=加入)|(?<=跳槽到)|(?<=(?<![自来])从)(?![事而未来小业头中此前没不]))"
                            r"([\u4e00-\u9fff]{2,8}?|[A-Z][A-Za-z&\-]{2,20})"
                            r"(?=(?:工作|任职|供职|就职|实习|负责|做了|干了|做过|待了|担任|从事|挖来|离职|跳槽|的老同事|的同事|的前同事"
                            r"|(?:" + name_rules()["title_re"] + r")(?![\u4e00-\u9fff]{0,2}(?:公司|企业|集团))))")
_NOT_EMPLOYER = re.compile(r"(?:总部|分部|产品线|部门|事业部|团队|小组|项目组|岗位|工地|车间|一线|基层|期间|时期|阶段|海外|国外|国内|本地|当地)$")
# names after an investment or founding verb (红杉中国此前投资了墨芯和星环, 共同创办了灵犀微创) and after what they are (作为国内领先的机器视觉企业，视微…)
_INVESTED_NAMES = re.compile(r"(?:投资了|领投了|跟投了|参投了|收购了|入股了|押注了|投中了|创办了|创立了|创建了|已投资|先后投资|累计投资|(?<=年)(?:投资|领投|注资|入股))"
                             r"((?:[\u4e00-\u9fff]{2,4}[、和及与])*[\u4e00-\u9fff]{2,4})(?=[，,。；;]|等|时|的时候|之时|$)")
                             # (在2021年投资知微脑机时: a year, the verb, the name)
_AS_DESCRIBED = re.compile(r"作为[^，。；]{2,24}?(?:企业|公司|厂商|独角兽|初创企业|龙头|制造商|开发商)[，,]\s*([\u4e00-\u9fff]{2,6}?)"
                           r"(?=已|在|也|还|将|于|的|是|正|近年|目前|如今|去年|今年|始终|一直|仍|依然|从|把|[，,])")
_DESCRIBED_ORG = re.compile(
    r"(" + "|".join(name_rules()["descriptor_nouns"]) + "|公司|初创企业|初创公司|创业公司|旗下的|控股的|"
    r"投资方|投资机构)([\u4e00-\u9fff]{3,5}?)(?=[、，,。；和与及]|以及|也|则|在|已|于|的|是|等|将|还|宣布|完成|专注|主要|主营|负责|从事|聚焦|"
    r"获得|成立|表示|称|继续|跟投|领投|参投|入股|凭借|包揽|相继|均|都|亦|同样|目前|今年|去年|被|为|作为|原|前任|创始人|联合创始人|"
    r"董事长|总裁|副总裁|总经理|首席|CEO)")
_RANKED = re.compile(r"(?:位列榜首|排名第[一二三四五六七八九十\d]+|位列第[一二三四五六七八九十\d]+|名列第[一二三四五六七八九十\d]+|排名首位|位居榜首)"
                     r"(?:的是|的|为|是)(?:[\u4e00-\u9fff]{2,3}的)?([\u4e00-\u9fff]{2,6}?)(?=[，,。；、（(]|其|$)")
_REGION_OF_FIRMS = re.compile(r"[\u4e00-\u9fff]{2,4}地区")
_NOT_ORG = re.compile(r"^(?:上述|前述|以上)|(?:夫妇|夫妻|父子|父女|母子|兄弟|姐妹)|^(?:以及|并且|而且|或者|还有|此外|另外)|^(?:本|此|该|上述)?(?:行动)?(?:规划|计划|方案|意见|办法|措施|通知|文件|政策)$|^(?:截至|截止|报告期|期末)|^(?:先后|相继|陆续|接连|累计|合计|曾经|主导|参与|负责|牵头|成功|亲自|独立|直接|间接|重点)$|^(?:后者|前者|两者|三者|对方|双方|各方|老股东|新股东|原股东|股东|其他股东|现有股东|多家机构|机构)$|^(?:传闻|据悉|据称|消息|有消息|业内|市场)|^(?:联合|联盟|公司|企业|集团|机构|单位|平台|基金|资本|创投|投资|产投|资金|团队|项目|园区|政府|协会|学校|大学|学院|实验室|研究院|研究所|研究中心|中心|基地|医院|工厂)$|并非|不是|但|而且|[的了是在都均也为于从对把被向这那其该年月日个位名]|(?<=[一二三四五六七八九十两几多数\d])家|公司$|企业$|团队$|记者|本报|他们|我们|目前|此外|同时|其中|去年|今年|完成后|本次|^(?:直接|间接|合计|共计|累计|发行|宣布|表示|透露|介绍|任命|聘任|聘请|邀请|包括|作为|身为|据悉|据了解|随后|此前|近日|日前|当天|会上|会议)")


# English role words (a CV line's title; never the last word of a list-mate organisation: Partner, Lingnan Capital)
EN_ROLE_WORD = (r"(?:CEO|CTO|CFO|COO|CIO|CSO|Officer|Founder|Co-founder|Cofounder|President|Director|Head|Manager|Engineer|Professor|"
                r"Partner|Analyst|Fellow|Chairman|Chairwoman|Chair|Secretary-General|Secretary|Scientist|Researcher|Lead|Associate|"
                r"Lecturer|Dean|Consultant|Adviser|Advisor|Principal|Architect|Designer|Strategist|Economist|Vice\sPresident|VP|"
                r"Governor|Mayor|Minister|Commissioner|Writer|Editor|Correspondent|Reporter|Columnist|Contributor|Desk)")
_EN_ROLE = re.compile(r"\b" + EN_ROLE_WORD + "$")
_LIST_MATE = re.compile(r"(?:（[^）]{1,30}）|\([^)]{1,30}\))?[、和与及]([\u4e00-\u9fff]{2,6}?)(?=[、和与及（(，,。]|被|等|均|都|[两三四五六七八九十\d]家|分别|领投|跟投|参投|继续|再次|持续|追加|同步|投资(?![跟领参追]投|集团|公司|基金|管理|有限|控股|发展)|联合|共同|获得|完成|宣布|成立|位于|已|也|这样|这类|这些|$)")

_NOT_A_MATE = re.compile(r"企业|机构|高校|院所|合作|签约|共建|携手|本地|当地")   # 郑州大学与本地企业合作: a partner, no name


def _context_orgs(text: str, taken: list[Mention], may: int = -1, bit=None, lexicon: Lexicon | None = None) -> None:
    """Unknown names in an organisation's slot: list-mates of a known organisation
    (衡宇智能、澄川科技、启明芯算和北辰数感), a name before （English alias）, X的创始人, X由…创办.
    ``may``/``bit``: kg.gate.WordFilter's mask of the text and the patterns' bits (patterns whose
    words the text lacks are skipped)."""
    def free(s, e):
        return all(e <= m.start or s >= m.end for m in taken)

    changed = bit is None or bool(may & bit[_LIST_MATE])
    while changed:
        changed = False
        for m in sorted(taken, key=lambda x: x.start):
            if m.type not in _ORG_TYPES_LIST:
                continue
            nxt = _LIST_MATE.match(text[m.end:])
            if nxt:
                s, e = m.end + nxt.start(1), m.end + nxt.end(1)
                if free(s, e) and not _NOT_ORG.search(nxt.group(1)) and not _NOT_A_MATE.search(nxt.group(1)) \
                        and not nxt.group(1).endswith(tuple(name_rules()["not_org_names"])) \
                        and not text.startswith(("投资人", "投资者"), e):    # (若干社会资本: money; 天使|投资人林嘉树: a person's role)
                    taken.append(Mention(s, e, nxt.group(1), m.type, nxt.group(1), "list"))
                    changed = True
            prev = _LIST_MATE_BEFORE.search(text, 0, m.start) if m.type in ("Company", "Investor") else None
            if prev:              # 中科蓝海、云图智算、天枢动力等: the items before a known one, when they look alike
                s, e = prev.span(1)
                name = prev.group(1)
                if free(s, e) and not _NOT_ORG.search(name) and len(name) == len(m.text) and _freq(name) < 5 \
                        and _has_trade_tail(name):
                    taken.append(Mention(s, e, name, m.type, name, "list"))
                    changed = True
    for c in (_ORG_CONTEXT.finditer(text) if bit is None or may & bit[_ORG_CONTEXT] else ()):
        s, e = c.span(1)
        guess = next((m for m in taken if m.start == s and m.end == e and m.source == "person"), None)
        if guess is not None:
            taken.remove(guess)   # 云栖微近日完成了B轮融资: what completes a round is no person the tagger guessed
        if free(s, e) and _bare_name(c.group(1), rare=False):
            taken.append(Mention(s, e, c.group(1), "Company", c.group(1), "context"))
    for c in (_LAUNCHER.finditer(text) if bit is None or may & bit[_LAUNCHER] else ()):
        s, e = c.span(1)
        if free(s, e) and _bare_name(c.group(1)) and _has_trade_tail(c.group(1)) and not _chinese_person(c.group(1)):
            taken.append(Mention(s, e, c.group(1), "Company", c.group(1), "context"))
    for c in (_INVESTED_NAMES.finditer(text) if bit is None or may & bit[_INVESTED_NAMES] else ()):
        pos = c.start(1)
        for item in re.split(r"[、和及与]", c.group(1)):
            s, e = pos, pos + len(item)
            pos = e + 1
            if free(s, e) and _bare_name(item):
                taken.append(Mention(s, e, item, "Company", item, "context"))
    for c in (_EMPLOYER_SLOT.finditer(text) if bit is None or may & bit[_EMPLOYER_SLOT] else ()):
        s, e = c.span(1)
        there = next((m for m in taken if m.start == s and m.end == e and m.type not in ("Place", "Person", "Date")), None)
        if there is not None:
            there.workplace = True    # 曾在华为工作: a known organisation in the slot is a workplace too
            continue
        lead = next((m for m in taken if m.type == "Place" and m.start == s and m.end < e - 1), None)
        aliases = ()
        if lead is not None and text[lead.end] == "的":
            s = lead.end + 1          # 进入上海的博衡咨询: the city, then the name
        elif lead is not None:        # 从深圳途岚智行挖来: the name with its city, and without
            if not _org_like(text[lead.end:e]) or not free(lead.end, e):
                continue
            taken.remove(lead)
            aliases = (text[lead.end:e],)
        name = text[s:e]
        if free(s, e) and len(name) >= 2 and not _NOT_EMPLOYER.search(name) and _bare_name(name, rare=False) \
                and (aliases or _org_like(name)):
            taken.append(Mention(s, e, name, org_type_of(name) or "Company", name, "context", aliases=aliases,
                                 workplace=True))
    for c in (_AS_DESCRIBED.finditer(text) if bit is None or may & bit[_AS_DESCRIBED] else ()):
        s, e = c.span(1)
        if free(s, e) and _bare_name(c.group(1)):
            taken.append(Mention(s, e, c.group(1), "Company", c.group(1), "context"))
    for c in (_DESCRIBED_ORG.finditer(text) if bit is None or may & bit[_DESCRIBED_ORG] else ()):
        s, e = c.span(2)          # 储能系统集成商恒湃储能, 电机企业东屿电驱, 发行商鹭岛数娱: a name after what it is
        name = c.group(2)
        if _NOT_ORG.search(name) or _freq(name) >= 5 or not _has_trade_tail(name) \
                or (_common_word(name[:2]) and _common_word(name[2:])):
            continue
        phrase = [m for m in taken if m.source == "suffix" and m.start < c.start(2) and c.end(1) <= m.end
                  and (m.end == c.end(1) or m.end == e)]
        if len(phrase) == 1 and all(x is phrase[0] or e <= x.start or s >= x.end for x in taken):
            taken.remove(phrase[0])   # 上海新能源车企霁川汽车, 北京数据服务公司|长缨数据: what it is, then its name
            p0 = phrase[0].start
            for k in ((4, 3, 2) if lexicon is not None else ()):
                entry = lexicon.lookup(text[p0:p0 + k])
                if getattr(entry, "type", None) == "Place":      # (its city stays a place)
                    taken.append(Mention(p0, p0 + k, text[p0:p0 + k], "Place", entry.key, "lexicon", entry=entry))
                    break
        if free(s, e):
            typ = "Investor" if c.group(1) in ("投资方", "投资机构") else "Company"
            taken.append(Mention(s, e, name, typ, name, "context"))
    for c in (_PARK.finditer(text) if bit is None or may & bit[_PARK] else ()):
        s, e = c.span(1)          # 入驻光谷智能制造产业园, 在新站高新区: a park or zone after a place verb
        inside = [m for m in taken if m.start < e and s < m.end]
        guessed = [m for m in inside if m.source == "person" and s <= m.start and m.end <= e]
        led = [m for m in inside if m.start == s and m.type == "Place" and m.source in ("lexicon", "suffix") and e - m.end >= 3
               and not text[m.end:e] in _BARE_ZONES and not text[m.end:e].startswith(("市", "区", "县", "省"))
               and not m.text.endswith(("市", "区", "县", "省", "镇"))]
        if (_GENERIC_AREA.match(c.group(1)) and c.group(1) not in _BARE_ZONES) \
                or any(m.start == s for m in inside if m not in guessed and m not in led) \
                or not all(m in guessed or m in led or (m.type == "Place" and s < m.start and m.end <= e) for m in inside):
            continue          # (a city first: 合肥高新区, 厦门软件园 are the district recogniser's; 位于智慧网|谷小镇:
                              # a person the tagger guessed inside is none)
        for m in inside:
            taken.remove(m)
        taken.append(Mention(s, e, c.group(1), "Place", c.group(1), "context"))
    for pat in (_BARE_DISTRICT, _TOWN):
        for c in (pat.finditer(text) if bit is None or may & bit[pat] else ()):
            s, e = c.span(1)      # 扎根浑南区, 浑南区区长: a district the tagger split (浑|南区), named alone;
            name = c.group(1)     # 落户油车港镇, 余杭区良渚街道, | 瓶窑镇 |: a town or a subdistrict
            inside = [m for m in taken if m.start < e and s < m.end]
            stem = (name[:-2] if name.endswith("街道") else name[:-1]) if pat is _TOWN else name[:2]
            if name in _GENERIC_AREAS or _GENERIC_AREA.match(name) or _freq(name[:2]) >= 1000 or _FUNCTION_CHARS.search(stem) \
                    or not all(m.type == "Place" and (pat is _BARE_DISTRICT or s <= m.start and m.end <= e) for m in inside):
                continue
            for m in inside:
                taken.remove(m)
            taken.append(Mention(s, e, name, "Place", name, "context"))
    if "资本" in text or "创投" in text:
        for c in _SHORT_INVESTOR.finditer(text):  # 是云和资本领投的, 2020年和璞资本领投, 鼎越创投的合伙人: a 字号 the tagger split
            s, e = c.span(1)
            stem = c.group(2)
            if free(s, e) and _freq(stem) < 100 and stem not in _NOT_INVESTOR_STEMS:
                taken.append(Mention(s, e, c.group(1), "Investor", c.group(1), "context"))
    if "旗下" in text or "下属" in text:
        for c in _ARM_FUND.finditer(text):     # 川投数智产业集团旗下产业基金川发数智基金: a fund named after what it is
            s, e = c.span(1)
            inside = [m for m in taken if m.start < e and s < m.end]
            if all(c.start() + 2 <= m.start and m.end == e and m.type == "Investor" for m in inside) \
                    and not _FUNCTION_CHARS.search(c.group(1)[:-2]):
                for m in inside:
                    taken.remove(m)       # (产业基金川发数川基金, read whole by the suffix: the descriptor is no part of it)
                taken.append(Mention(s, e, c.group(1), "Investor", c.group(1), "context"))
    if "——" in text:
        for c in _AFTER_DASH.finditer(text):     # 旗下的产业基金——未科产业投资基金: a name set off by a dash
            s, e = c.span(1)
            typ = org_type_of(c.group(1))
            if typ in ("Company", "Investor", "ResearchInstitute", "Organization") and not _FUNCTION_CHARS.search(c.group(1)) \
                    and not _GENERIC_AFTER_DASH.match(c.group(1)) \
                    and all(m.type == "Place" and s <= m.start for m in taken if m.start < e and s < m.end):
                for m in [m for m in taken if m.start < e and s < m.end]:
                    taken.remove(m)
                taken.append(Mention(s, e, c.group(1), typ, c.group(1), "context"))
    if "第" in text or "榜首" in text or "首位" in text:
        for c in _RANKED.finditer(text):      # 位列榜首的是合肥的星渊量子: who holds a ranking place is an organisation
            s, e = c.span(1)
            if free(s, e) and not _NOT_ORG.search(c.group(1)):
                taken.append(Mention(s, e, c.group(1), "Company", c.group(1), "context"))


_ARM_FUND = re.compile(r"(?:旗下|下属)(?:的)?(?:产业|投资|创投|股权|引导)?(?:投资)?(?:基金|平台)(?:——)?((?:(?![的和与及、，。])[\u4e00-\u9fff]){2,8}?"
                       r"(?:基金|资本|创投))(?=的|[，,。；;、和与及]|领投|跟投|参投|作为|出资|$)")
_AFTER_DASH = re.compile(r"(?<=——)([\u4e00-\u9fffA-Za-z0-9]{4,24}?)(?=[。，,；;）)]|$)")
_GENERIC_AFTER_DASH = re.compile(r"(?:全资|控股|参股|合资|独资|上市|国有|民营|外资|一家|该|其|本|新|老)")   # (X——全资子公司: what X is)
_MEMBER_WORDS = {"会员", "成员", "理事", "会长", "单位"}
_JOINT_UNIT = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[与和及的由在建]))((?:(?:(?!与|和|及|的|共建|联合|建设)[\u4e00-\u9fffA-Za-z]){2,12}[—－]){1,3}(?![\d一二三四五六七八九十])[\u4e00-\u9fffA-Za-z]{2,20}?"
                         r"(?:联合实验室|联合研究中心|联合创新中心|联合研究院|联合工程中心|重点实验室|实验室|研究中心|创新中心))")   # (no years: 2019—2023年)
_EN_UNI_UNIT = re.compile(r"\s(Institute|School|College|Laboratory|Lab|Center|Centre|Department|Faculty)\sof\s"
                          r"[A-Z][\w\-]*(?:\s(?:and\s|&\s)?[A-Z][\w\-]*){0,4}")
_SHORT_INVESTOR = re.compile(r"(?:^|(?<=[，,。；;：:、“”\"\s是由和与及获的年在从向对被让等据]))(([\u4e00-\u9fff]{2})(?:资本|创投))"
                             r"(?=领投|跟投|参投|联合领投|独家投资|投资|注资|入股|加持|的(?:合伙人|创始合伙人|管理合伙人|投资|领投|天使|[A-E]\+?轮|支持)"
                             r"|合伙人|创始合伙人|管理合伙人|董事总经理|副总裁|旗下|[和与、等也]|作为|已|此前|则|[，,。；;])")
_NOT_INVESTOR_STEMS = {"国资", "险资", "央企", "外资", "内资", "民资", "游资", "热钱", "社保", "资本", "创投"}
# what a landmark's name ends with (白马湖, 紫金港, 玉皇山): it leads an institution's name as a place does
_LANDMARK_END = frozenset("湖山江河港湾岛溪塘峰岭")
_PLACE_LED_SUFFIXES = ("创新中心", "研究中心", "研发中心", "科创中心", "研究院", "研究所", "实验室", "联盟", "协会", "行业协会", "产业联盟")


_BODY_WORDS = {"协会", "联盟", "商会", "学会", "大学", "学院", "公司", "集团", "研究院", "研究所", "中心", "实验室", "基金",
               "政府", "委员会", "办公室"}      # (协会与中原…研究院: the body before 与 is one, the name after another)
_RESEARCH_SUFFIXES = ("研究院", "研究所", "实验室", "研究中心", "创新中心", "工程中心")
_GENERIC_RESEARCH_CORE = re.compile(r"(?:技术|科技|工程|产业|创新|科学|工业|智能|产业技术|工程技术|技术创新|产业创新)?")
_NOT_BEFORE_NAME_TAGS = ("ns", "p", "c", "u", "uj", "r", "m", "q", "d", "f", "x")


def _place_before_generic(tokens, k: int, R: dict, overlaps) -> int | None:
    """Where a research body whose words before the suffix are generic (技术研究院) begins: at a place one
    or two two-character words before it (杭州|未来|感知|技术研究院); None when no place is there."""
    back, steps = k - 1, 0
    while back >= 0 and steps < 2 and len(tokens[back][0]) == 2 and _CJK_WORD.fullmatch(tokens[back][0]) \
            and tokens[back][0] not in R["stop_words"] and tokens[back][0] not in _NOT_INSIDE_NAME \
            and tokens[back][1] not in _NOT_BEFORE_NAME_TAGS and overlaps(tokens[back][2], tokens[back][3]) is None:
        back, steps = back - 1, steps + 1
    if back < 0 or steps == 0:
        return None
    hit = overlaps(tokens[back][2], tokens[back][3])
    place = tokens[back][1] == "ns" if hit is None else hit.type == "Place" and hit.start == tokens[back][2]
    return back if place else None


def _trade_name_before(text: str, tokens, start: int, s: int, taken) -> int:
    """A legal name whose body is only common words (医疗|机器人|有限公司) lacks its trade name: take the
    tokens just before it (瑞康|达) back to a clause boundary, at most four characters."""
    body = [t for t in tokens if start <= t[2] and t[3] <= s]
    if not any(t[3] == start for t in tokens) or not body or any(_freq(t[0]) < 300 or len(t[0]) < 2 for t in body):
        return start
    new = start
    for w, f, ws, we in reversed([t for t in tokens if t[3] <= start]):
        if start - ws > 4 or not _CJK_WORD.fullmatch(w) or w in ("的", "在", "是", "由", "和", "与", "及", "为", "了", "将") \
                or f in ("uj", "p", "c", "r", "m", "x") or any(not (we <= x.start or ws >= x.end) for x in taken):
            break
        new = ws
    return new if 2 <= start - new <= 4 else start


def _place_led_institutions(text: str, tokens, taken: list[Mention], R: dict, overlaps) -> None:
    """成都|低空|智能|感知|创新中心: an institution's name that begins with its city and runs through words
    the suffix walk stops at (verbs such as 感知, 创新): from the place to the suffix, when every word
    between is a content word of two or more characters."""
    for i, (word, _flag, s, e) in enumerate(tokens):
        if word not in _PLACE_LED_SUFFIXES or overlaps(s, e):
            continue
        k = i - 1
        while k >= 0 and i - k <= 5:
            w, f, ws, we = tokens[k]
            place = next((x for x in taken if x.type == "Place" and x.start == ws and x.end == we), None)
            if place is not None or f == "ns" or (len(w) >= 3 and w[-1] in _LANDMARK_END and f in ("nr", "n", "nz")):
                if k < i - 1 and all(len(t[0]) >= 2 and t[1] in ("n", "vn", "v", "a", "nz", "j", "l")
                                     and t[0] not in R["stop_words"] and t[0] not in _NOT_INSIDE_NAME
                                     and t[0][0] not in "一二两三四五六七八九十几多各"
                                     and not overlaps(t[2], t[3]) for t in tokens[k + 1:i]):
                    if place is not None:
                        taken.remove(place)
                    name = text[ws:e]
                    taken.append(Mention(ws, e, name, org_type_of(name) or (_suffix_type(name, word, R) if word in R["org_suffixes"]
                                                                                     else "Organization"), name, "suffix",
                                         place=place.name if place is not None else None))
                break
            k -= 1


def _tagged_names(text: str, taken: list[Mention], R: dict, may: int = -1) -> None:
    """Names the part-of-speech tags give: organisations by suffix, people. ``may``: the recognisers'
    WordFilter mask of ``text`` (-1: run every pattern)."""
    from .seg import tag

    tokens = []
    pos = 0
    suffixes = R["org_suffixes"]
    for word, flag in tag(text):
        if tokens and len(tokens[-1][0]) >= 2 and len(word) >= 2 and tokens[-1][0] + word in suffixes \
                and word not in suffixes:
            tokens[-1] = (tokens[-1][0] + word, "n", tokens[-1][2], pos + len(word))   # 研发|中心: one suffix
        elif tokens and len(tokens[-1][0]) == 4 and len(word) >= 2 and tokens[-1][0][2:] + word in suffixes \
                and tokens[-1][0][2:] + word in _PLACE_LED_SUFFIXES:
            w0, f0, s0, _e0 = tokens[-1]          # 技术创新|中心 → 技术|创新中心
            tokens[-1] = (w0[:2], "n", s0, s0 + 2)
            tokens.append((w0[2:] + word, "n", s0 + 2, pos + len(word)))
        elif tokens and tokens[-1][0] in _HELD_BEFORE and len(word) >= 2 and word[0] == "任" \
                and word not in ("任务", "任何", "任意", "任期", "任职", "任命", "任教"):
            tokens.append(("任", "v", pos, pos + 1))                # 曾|任天|健会计师事务所: 曾任, then the name
            tokens.append((word[1:], "n", pos + 1, pos + len(word)))
        elif word == "和" and tokens and len(tokens[-1][0]) == 1 and _CJK_CHAR.match(tokens[-1][0]) and tokens[-1][1][:1] not in "vpcdur" \
                and not _FUNCTION_CHARS.match(tokens[-1][0]) and (len(tokens) < 2 or len(tokens[-2][0]) >= 2
                                                                   or not _CJK_CHAR.match(tokens[-2][0])):
            w0, _f0, s0, _e0 = tokens[-1]         # 苏州|元|和|科创|基金, 钧|和|投资: a two-character name word (元和),
            tokens[-1] = (w0 + word, "nz", s0, pos + 1)     # not a conjunction after a lone character
        elif len(word) == 4 and word[:2] in suffixes and (word[2:] in _MEMBER_WORDS or word[2:] in R["title_set"]):
            tokens.append((word[:2], "n", pos, pos + 2))            # 协会会员, 协会主席: the suffix, then the role
            tokens.append((word[2:], "n", pos + 2, pos + 4))
        else:
            tokens.append((word, flag, pos, pos + len(word)))
        pos += len(word)

    for i in range(len(tokens) - 1, 1, -1):
        word = tokens[i][0]
        if word in R["weak_suffixes"] and tokens[i - 1][0] + word in suffixes \
                and tokens[i - 1][0] + word not in R["weak_suffixes"] \
                and _CJK_WORD.fullmatch(tokens[i - 2][0]) and tokens[i - 2][0] not in R["stop_words"] \
                and (i + 1 == len(tokens) or not _NAME_RUNS_ON.match(tokens[i + 1][0])):
            tokens[i - 1:i + 1] = [(tokens[i - 1][0] + word, "n", tokens[i - 1][2], tokens[i][3])]
                                # 光谷|科创|投资|基金: 投资基金 is one suffix, stronger than 基金 alone
                                # (not before 合伙企业, 管理, 有限公司: the name runs on)

    def overlaps(s, e):
        for m in taken:
            if not (e <= m.start or s >= m.end):
                return m
        return None

    # organisations by suffix
    for i, (word, flag, s, e) in enumerate(tokens):
        suffix = _suffix_of(word, R)
        if suffix is None:
            continue
        hit = overlaps(s, e)
        if hit is not None and not (hit.type == "Place" and hit.start == s and hit.end < e and suffix == "大学"
                                    and flag in ("nt", "nz", "j") and len(word) - len(suffix) == hit.end - s) \
                and not (hit.type == "Place" and hit.start == s and hit.end < e and flag == "nt"
                         and len(word) - (hit.end - s) - len(suffix) >= 2
                         and all(x is hit or e <= x.start or s >= x.end for x in taken)):
            continue          # (南昌 inside 南昌大学, 中国 inside 中国科学院自动化研究所: the tagger's name is whole)
        named_token = flag in ("nt", "nz", "nrt", "j") and len(word) > len(suffix)
        compound = (not named_token and flag.startswith("n") and len(word) > len(suffix) and len(suffix) >= 2
                    and suffix not in R["weak_suffixes"] and i > 0
                    and (tokens[i - 1][1] in ("ns", "nz", "nt", "n", "nr")
                         or (tokens[i - 1][0] in R["name_inner_words"] and word.startswith(("产业", "行业"))))
                    and not overlaps(tokens[i - 1][2], tokens[i - 1][3]))       # 陕西省半导体|行业协会, 智能|制造|产业协会
        compound = compound or (suffix == "厂" and flag == "n" and len(word) >= 3 and i > 0
                                and (tokens[i - 1][1] in ("ns", "nz", "nt")
                                     or (tokens[i - 1][1] in ("nr", "n") and len(tokens[i - 1][0]) >= 2 and i > 1 and tokens[i - 2][1] == "ns")))
                                # 常州|变压器厂, 杭州|红星|电机厂, 杭州|西子湖|电器厂, 杭州|青松|电机厂
        compound = compound or (R["org_suffixes"][suffix] == "GovernmentBody" and flag == "n" and len(word) >= 3 and i > 0
                                and tokens[i - 1][1] in ("ns", "n", "nz", "nt") and not overlaps(tokens[i - 1][2], tokens[i - 1][3])
                                and any(x.type == "Place" and x.end <= tokens[i - 1][2] and tokens[i - 1][2] - x.end <= 6 for x in taken))
                                # 杭州市|数据|资源|管理局: a bureau's word after its place and field
        if word != suffix and not named_token and not compound:
            continue
        nxt = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if suffix == "控股" and word == suffix and ((nxt in ("的", "了") and i > 0 and _suffix_of(tokens[i - 1][0], R) is not None)
                                                  or nxt.startswith(("股东", "子公司", "孙公司", "权"))):
            continue          # 清岚机器人控股的深圳灵枢科技: the verb, not a holding company's name; 上市公司控股股东: a
                              # controlling shareholder
        nxt_suffix = _suffix_of(nxt, R) if nxt else None
        holding_verb = nxt == "控股" and i + 2 < len(tokens) and tokens[i + 2][0] in ("的", "了")
        field_next = i + 2 < len(tokens) and tokens[i + 2][0] in ("行业", "产业", "领域", "板块", "赛道", "方向")
        if nxt_suffix is not None and (nxt == nxt_suffix or len(nxt) <= 4) and nxt not in ("公司",) and not holding_verb \
                and not field_next \
                and not suffix.endswith(("有限公司", "有限责任公司")) \
                and not (suffix == "大学" and (named_token or nxt != nxt_suffix) and nxt not in ("科技", "科技园")):
                                # (燕山大学|人工智能|学院: a field word with a company suffix inside does not end a university)
            continue          # 科技 + 有限公司: the last suffix makes the name (a legal form ends it: …有限公司|投资银行|部)
        if not suffix.endswith(("有限公司", "有限责任公司")) and _legal_form_follows(tokens, i, R):
            continue          # 楚康|智能|装备|有限公司: the legal form further on makes the name
        if nxt in _NAME_MIDDLES and i + 2 < len(tokens) and tokens[i + 2][0] in _NAME_ENDS:
            continue          # 江北新区|科技|投资|集团, 华升|科技|发展|有限公司: the name runs on
        if suffix == "控股" and i >= 1 and tokens[i - 1][0] in ("全资", "绝对", "相对", "间接", "直接", "实际"):
            continue          # 由集团全资控股: how it is held, no name
        if suffix in R["weak_suffixes"] and i + 2 < len(tokens) and tokens[i + 1][0] in _KIND_WORDS_AFTER \
                and tokens[i + 2][0] == "的" and i >= 1 and tokens[i - 1][1][:1] == "n" and _freq(tokens[i - 1][0]) >= 100:
            continue          # 专注海洋|智能|装备|的公司: a field and a kind of product, no name
        if suffix in R["weak_suffixes"] and any(
                _suffix_of(t[0], R) not in (None, *R["weak_suffixes"]) and t[0] == _suffix_of(t[0], R)
                for t in tokens[i + 1:i + 3]) and all(t[1].startswith("n") for t in tokens[i + 1:i + 2]):
            continue          # 襄阳高新区|智能|装备|产业园: a stronger suffix just after makes the name
        if suffix in R["weak_suffixes"] and any(
                i + k + 1 < len(tokens)
                and all(t[1][:1] in ("n", "a") and t[0] not in R["stop_words"] and _CJK_WORD.fullmatch(t[0])
                        for t in tokens[i + 1:i + k + 1])
                and tokens[i + k + 1][0] == _suffix_of(tokens[i + k + 1][0], R)
                and R["org_suffixes"][tokens[i + k + 1][0]] in ("Investor", "Organization", "ResearchInstitute")
                for k in (1, 2, 3)):
            continue          # 长江|医疗|健康|基金, 燕赵|医疗|健康|产业|基金: a fund's name runs on past the field words
        if any(i + k + 1 < len(tokens) and all(_fund_inner(t[0]) for t in tokens[i + 1:i + k + 1])
               and R["org_suffixes"].get(tokens[i + k + 1][0]) == "Investor" for k in (1, 2)):
            continue          # 澄湖硬科技|早期|基金: a fund's name runs on past its kind
        if nxt in ("领域", "企业", "创新", "产业", "之都", "巨头", "成果", "竞争", "力量", "强国", "行业", "板块", "赛道", "市场",
                   "客户", "用户", "厂商", "零部件", "产业链", "供应链", "制造商", "主机厂", "工厂", "品牌", "出口",
                   "浪潮", "革命", "发展", "政策", "人才", "水平", "公司", "园区", "类", "型", "化", "部门", "系统", "方向",
                   "城", "园", "谷", "小镇"):
            continue
        if nxt in ("驾驶", "网联", "座舱", "穿戴", "家居") and not (i + 2 < len(tokens) and _suffix_of(tokens[i + 2][0], R)):
            continue          # (高阶|智能|驾驶|方案: a kind of driving, no company 高阶智能; but X集团智能|驾驶|研究院)
        start = s if named_token else s
        j = i - 1
        used_inner = False
        and_left = False          # the word before an inner 与 is the name's too (智能感知|与|机器人研究中心)
        coordinated = False       # an inner 与 joins two fields: a name of its own, no kind (needs no place first)
        loose = False             # …and the field before it is a verb or an adjective (感知, 精密)
        absorbed: list[Mention] = []
        chars = len(word) - len(suffix) if named_token else 0
        while j >= 0:
            w, f, ws, we = tokens[j]
            if w.endswith(("有限公司", "有限责任公司")):
                break         # 有限公司|是澜|芯|科技: another name ends here
            if w in _NEVER_INSIDE_NAME:
                break         # 主要|生产|新能源|汽车: what a company does, before what it makes
            clause_start = j == 0 or not _WORD_START.match(tokens[j - 1][0])
            verb_name = (j == i - 1 and f in ("v", "vn") and clause_start and len(w) >= 2 and word == suffix
                         and suffix not in R["weak_suffixes"] and w not in R["stop_words"]
                         and _freq(w) < 2000)   # 启明科技 (希望研究院…: an everyday verb before a bare suffix)
            inner_and = (w in ("和", "与", "及") and j > 0 and j < i - 1 and suffix in _INSTITUTIONAL
                         and (tokens[j - 1][1].startswith("n")
                              or (tokens[j - 1][1] in ("v", "vn", "a") and len(tokens[j - 1][0]) == 2
                                  and _freq(tokens[j - 1][0]) < 1000 and tokens[j - 1][0] not in R["stop_words"]
                                  and tokens[j - 1][0] not in _NOT_INSIDE_NAME))     # 智能感知与机器人研究中心
                         and (tokens[j + 1][1].startswith("n") or tokens[j + 1][1] in ("v", "vn"))
                         and overlaps(tokens[j - 1][2], tokens[j - 1][3]) is None   # 材料技术与工程研究所
                         and tokens[j + 1][1] != "ns" and tokens[j - 1][0] not in _BODY_WORDS)
                                                    # (协会与中原数字经济研究院: two bodies, not one name)
            fund_word = (R["org_suffixes"].get(suffix) == "Investor" and j > 0 and _fund_inner(w)     # 澄湖|成长|一期|基金
                         and tokens[j - 1][1] not in ("uj", "ul", "ud", "p", "c", "x", "r", "m", "q")
                         and tokens[j - 1][0] not in R["stop_words"])             # (成都的|早期|资本: no name)
            inner_word = (w in R["name_inner_words"] and j > 0
                          and tokens[j - 1][1] not in ("x", "uj", "p", "c"))      # 创新 in 宁波未来产业创新联盟
            used_inner = used_inner or inner_word
            region = w in R["name_regions"] and (j == 0 or not _CJK_START.match(tokens[j - 1][0]))
            legal_inner = (f == "v" and len(w) == 1 and suffix.endswith("有限公司") and j > 0 and j == i - 2
                           and tokens[j - 1][1] in ("nr", "nz", "ns") and len(tokens[j - 1][0]) >= 2
                           and (j == 1 or not _WORD_START.match(tokens[j - 2][0]) or tokens[j - 2][1] in ("p", "c", "uj", "v")))
                                                                                  # (由)楚天智|算|科技|有限公司
            legal_inner = legal_inner or (f in ("d", "v", "vn", "a", "ad") and len(w) >= 2 and w not in R["stop_words"]
                           and w not in _NOT_INSIDE_NAME
                           and (suffix.endswith("有限公司")           # 星槎|互动|科技|有限公司 (互动 read as d)
                                or (suffix in _INSTITUTIONAL and j > 0 and j < i - 1
                                    and (tokens[j - 1][1] == "ns"
                                         or getattr(overlaps(*tokens[j - 1][2:4]), "type", None) == "Place"))))
                                                                    # 湖北省|具身|智能产业联盟
            legal_inner = legal_inner or (len(w) == 1 and suffix.endswith("有限公司") and f not in _NOT_IN_SPLIT_NAME
                                          and w not in R["stop_words"] and s - ws <= 5
                                          and all(len(t[0]) == 1 or t[0] in R["brand_tail_set"] for t in tokens[j + 1:i]))
                                                                    # 东冶|智|控|科技|有限公司
            legal_inner = legal_inner or (suffix in _INSTITUTIONAL and f in ("v", "vn") and len(w) == 2 and j > 0
                                          and _freq(w) < 3000 and w not in R["stop_words"] and w not in _NOT_INSIDE_NAME
                                          and ((tokens[j - 1][1] in ("n", "nz") and len(tokens[j - 1][0]) >= 2)
                                               or (tokens[j - 1][0] in ("与", "和", "及") and j > 1
                                                   and tokens[j - 2][1] in ("n", "nz")))
                                          and overlaps(tokens[j - 1][2], tokens[j - 1][3]) is None)
                                                                    # 贵金属|催化|材料|实验室, 资源|回收|实验室
            hit_before = overlaps(tokens[j - 1][2], tokens[j - 1][3]) if j > 0 else None
            legal_inner = legal_inner or (suffix in _INSTITUTIONAL and f in ("v", "vn") and len(w) == 2 and j < i - 1
                                          and _freq(w) < 100 and w not in R["stop_words"] and w not in _NOT_INSIDE_NAME
                                          and (j == 0 or not _WORD_START.match(tokens[j - 1][0])
                                               or (hit_before is not None and hit_before.end == tokens[j - 1][3]
                                                   and hit_before.type in ("University", "AcademicUnit"))))
                                                                    # 具身|智能与机器人研究所, 哈尔滨工业大学|仿生|微系统实验室
            if len(w) == 1 and suffix.endswith("有限公司") and j > 0 and s - ws <= 8 and j < i - 1 \
                    and tokens[j - 1][0] in _DESCRIPTOR_BEFORE_NAME and w not in R["stop_words"] \
                    and chars + 1 <= R["max_name_chars"]:
                start = ws          # 企业|擎|楚智能科技有限公司: the name starts after the descriptor
                j -= 1
                break
            place_adj = (len(w) == 1 and (f == "a" or w == "新") and j > 0 and j < i - 1
                         and tokens[j - 1][1] == "ns")          # 宁波市|新|材料产业创新联合体 (甬东|新 read as ns)
            single_run = (len(w) == 1 and (f not in _NOT_IN_SPLIT_NAME or (f == "q" and w not in _CLASSIFIERS))
                          and w not in R["stop_words"]
                          and s - ws <= 3 and all(len(t[0]) == 1 for t in tokens[j + 1:i])
                          and suffix not in R["weak_suffixes"]
                          and R["org_suffixes"][suffix] in ("Company", "Investor"))   # 栖|云|创投
            member_word = (w in ("企业", "企业家") and j == i - 1 and R["org_suffixes"][suffix] == "Organization")
                                                                    # 校友|企业|联盟, 民营|企业家|协会
            if loose and j < i - 1 and _suffix_of(w, R) in _INSTITUTIONAL:
                break         # (郑州大学未来技术学院|智能感知与机器人研究中心: the unit before is another name)
            legal_inner = legal_inner or and_left
            and_left = inner_and and tokens[j - 1][1] in ("v", "vn", "a")
            coordinated = coordinated or inner_and
            loose = loose or and_left
            after_place = w == "国际" and j > 0 and (tokens[j - 1][1] == "ns" or getattr(overlaps(*tokens[j - 1][2:4]), "type", None) == "Place")
                                                                    # 杭州|国际|科创中心
            if not verb_name and not inner_and and not inner_word and not fund_word and not region and not legal_inner \
                    and not place_adj and not single_run and not member_word and not after_place and \
                    (w in R["stop_words"] or f in R["stop_pos"] or not _NAME_WORD.match(w)) \
                    and not any(x.type == "Place" and x.source == "lexicon" and x.start == ws and x.end == we for x in taken):
                break         # (前海 + 鹏程基金: a place the tagger reads as a position word still begins the name)
            if len(w) >= 2 and w[0] in "和与及" and j > 0 and chars + len(w) - 1 <= R["max_name_chars"] \
                    and (_suffix_of(tokens[j - 1][0], R) is not None
                         or (len(tokens[j - 1][0]) >= 2 and tokens[j - 1][1][:1] in ("n", "a", "j")
                             and _CJK_WORD.fullmatch(tokens[j - 1][0]) and tokens[j - 1][0] not in R["stop_words"])):
                chars += len(w) - 1
                start = ws + 1    # 清岚机器人|和鸣|川科技, 汇川|精密|和云帆|机器人: the list's 和 inside a word of the tagger
                break
            if len(w) >= 2 and w[-1] in "是了在" and f not in _NAMEISH:
                break         # 检测|机是|公司: the tagger glued a verb to a word, no name goes on before it
            hit = overlaps(ws, we)
            if hit is not None and hit.source in ("local", "person") and hit.type in ("Company", "Product", "Person") \
                    and suffix.endswith(("有限公司", "有限责任公司")) and hit.end == we and j < i - 1:
                absorbed.append(hit)      # 郑州|衡光|量子科技有限公司: the short name the article uses is inside
                hit = None
            if hit is not None and (hit in absorbed or (
                    hit.type == "Company" and hit.source in ("local", "suffix") and suffix in _INSTITUTIONAL
                    and j + 1 < i and (tokens[j + 1][0] in ("产业", "行业", "传感器", "芯片", "机器人", "装备", "材料")
                                       or any(t[0] in ("产业", "行业") for t in tokens[j + 1:i])
                                       or word.startswith(("产业", "行业")))
                    and hit.end == we)):
                absorbed.append(hit)      # 武汉|硅光芯片|产业联盟: a technology the article repeats, not a company
                hit = None
            if hit is not None and hit.type not in ("Place", "University"):
                break
            if hit is not None and hit.type == "Place" and hit.start <= ws and hit.end == we and hit.source == "lexicon" \
                    and (hit.start == 0 or not _CJK_CHAR.match(text[hit.start - 1]) or text[hit.start - 1] in "为是由在与和、")  \
                    and chars + we - hit.start <= R["max_name_chars"] + 4 and suffix.endswith(("有限公司", "集团")) \
                    and chars + we - hit.start > R["max_name_chars"]:
                chars += we - hit.start      # 为|杭州市|萧山区国有资本投资运营集团有限公司: a long legal name still starts with its city
                start = hit.start
                while j >= 0 and tokens[j][2] > hit.start:
                    j -= 1
                j -= 1
                break
            if hit is not None and hit.type == "Place" and (j == 0 or overlaps(tokens[j - 1][2], tokens[j - 1][3]) is None):
                if chars + len(w) <= R["max_name_chars"]:
                    chars += len(w)
                    start = ws
                    j -= 1
                break         # a name begins with its place: 同属|宁波未来产业创新联盟
            if chars + len(w) > R["max_name_chars"]:
                break
            chars += len(w)
            start = ws
            j -= 1
        if j == i - 1 and j >= 1 and word == suffix and tokens[j][1] in ("v", "vn") and len(tokens[j][0]) == 2 \
                and R["org_suffixes"][suffix] in ("Company", "Investor") and suffix not in ("公司", "有限公司") \
                and (tokens[j - 1][1] == "ns" or any(
                    x.type == "Place" and x.start == tokens[j - 1][2] and x.end == tokens[j - 1][3] for x in taken)):
            start, j = tokens[j - 1][2], j - 2     # 湘江|鼎立|资本: a place, a 字号 jieba reads as a verb, the suffix
            place_led = True
        else:
            place_led = False
        # trim verbs and function words at the left edge (致力于投资 → no name)
        k = j + 1
        split_name = (k < i and all(len(t[0]) == 1 for t in tokens[k:i]) and 2 <= s - tokens[k][2] <= 3
                      and _freq(text[tokens[k][2]:s]) < 5 and tokens[k][0] not in R["stop_words"])
        after_descriptor = (k < i and k > 0 and len(tokens[k][0]) == 1 and tokens[k - 1][0] in _DESCRIPTOR_BEFORE_NAME
                            and suffix.endswith("有限公司"))       # 企业|擎|楚智能科技有限公司: 擎 is the name's
        while k < i and not split_name and not after_descriptor and (tokens[k][1] in _VERBISH or tokens[k][1] in ("i", "l")
                                                                     or tokens[k][0] in R["stop_words"]):
            at_boundary = k == 0 or not _WORD_START.match(tokens[k - 1][0])
            if k == i - 1 and at_boundary and suffix not in R["weak_suffixes"] and tokens[k][0] not in R["stop_words"] \
                    and len(tokens[k][0]) >= 2:
                break         # 启明科技 at the start of a clause: the "verb" is the name
            if at_boundary and len(tokens[k][0]) >= 2 and _freq(tokens[k][0]) == 0 and tokens[k][1] in ("v", "vn") \
                    and _CJK_WORD.fullmatch(tokens[k][0]) and suffix not in R["weak_suffixes"]:
                break         # 微纳|光电集成实验室: a word the dictionary does not know is the name's, not a verb
            k += 1
            start = tokens[k][2]
        if used_inner and not coordinated and k < i and not (tokens[k][1] in ("ns", "nz", "nt", "j") or tokens[k][0] in R["name_regions"]
                                         or (len(tokens[k][0]) >= 2 and _freq(tokens[k][0]) == 0 and _CJK_WORD.fullmatch(tokens[k][0])
                                             and tokens[k][0] not in R["name_inner_words"] and suffix not in R["weak_suffixes"])
                                                                                      # (微纳|光电集成实验室)
                                         or any(x.type == "Place" and x.start == tokens[k][2] for x in taken)) \
                and not (suffix.endswith(("有限公司", "集团")) and s - tokens[k][2] >= 4):
            continue          # a name with 创新/投资 inside begins with its place or region: 宁波…创新联盟
                              # (a legal name need not: 瓷匠智造科技有限公司, 玄武创新投资有限公司; nor
                              # a group's: 金陵科技投资集团)
        after_uni = any(x.type == "University" and x.end == tokens[k][2] for x in taken) if k <= i else False
        stem = text[tokens[k][2]:s] if k < i else ""
        if suffix in R["weak_suffixes"] and word == suffix and k < i and (not _name_like(tokens[i - 1]) or (
                k == i - 1 and _freq(tokens[k][0]) >= 500 and tokens[k][1] not in ("ns", "nz", "nt"))) \
                and not (suffix in ("学院", "大学") and i - k >= 2 and tokens[k][1] == "ns" and len(tokens[k][0]) >= 2
                         and all(t[1] in ("n", "nz", "vn", "j") and t[0] not in R["stop_words"] for t in tokens[k + 1:i])) \
                and not (suffix in ("基金", "资本", "投资", "厂") and len(tokens[k][0]) >= 2 and i - k <= 4
                         and (tokens[k][1] in ("ns", "nz", "nt", "nr") or tokens[k][0] in R["name_regions"]
                              or any(x.type == "Place" and x.start == tokens[k][2] for x in taken))) \
                and not (after_uni and suffix in R["unit_suffixes"]) \
                and not (2 <= len(stem) <= 4 and all(len(t[0]) == 1 for t in tokens[k:i]) and _freq(stem) < 5):
            continue          # (渝+新 → 渝新汽车: a name jieba split into single characters is kept)
        if word == suffix and k < i and tokens[i - 1][1] in _VERBISH and k != i - 1 \
                and tokens[i - 1][0] not in R["name_inner_words"] and not place_led \
                and not (R["org_suffixes"][suffix] == "Investor" and _fund_inner(tokens[i - 1][0])) \
                and not (suffix.endswith("有限公司") and len(tokens[i - 1][0]) >= 2 and s - tokens[k][2] >= 4
                         and tokens[i - 1][0] not in _NOT_INSIDE_NAME):
            continue
        for pre in R["strip_prefixes"]:
            if text[start:e].startswith(pre) and e - start - len(pre) > len(suffix) + 1:
                start += len(pre)
                break
        if _APPROVED_BY.match(text, start):
            start += 1          # 经省人民政府同意: 经 is "with the approval of", not part of the name
        if text[start] in "和与及" and s - start >= 3 and any(x.end == start for x in taken):
            start += 1          # 云岫智能|和锐驰|动力: the tagger glued the list's 和 to the next name
        elif text[start] in "了把被将向对从是" and s - start >= 3 and start > 0 and _CJK_START.match(text[start - 1]):
            start += 2 if _freq(text[start:start + 2]) >= 200 and s - start >= 4 else 1
                                # 创立|了清岚|机器人: the tagger glued the verb's 了 to the name (对话|麟动智能: a word)
        if text[start] == "年" and start > 0 and text[start - 1].isdigit():
            start += 1          # 2025年|度协会: the date's 年
        by = text.rfind("由", start, s)
        if by >= 0 and (by == 0 or text[by - 1] not in "自理缘") and s - by > 2:
            start = by + 1      # 联盟|由楚芯|光电科技有限公司: the tagger glued 由 to the name
        if text[start] in "家个位名款只台" and start > 0 and (text[start - 1] in "一二两三四五六七八九十几多数这那每各"
                                                          or text[start - 1].isdigit()):
            start += 1          # 两|家具身|智能企业: the classifier is not the name's
        if text[start] in "原前" and e - start >= 5 and _freq(text[start:start + 2]) < 5 \
                and (start == 0 or not _CJK_CHAR.match(text[start - 1]) or text[start - 1] in "，、的是为由"):
            start += 1          # 原|曜途汽车科技: a former employer, the 原 is not the name's
        if suffix.endswith("基金") and _FUND_PHASE.match(text, e):
            e += 2              # 国家集成电路产业投资基金二期: the fund's phase is part of its name
        if suffix.endswith(("有限公司", "有限责任公司")) and start < s and start > 0:
            start = _trade_name_before(text, tokens, start, s, taken)
        if suffix.endswith(("有限公司", "有限责任公司")) and 0 < start:
            head = max((x.end() for x in _CLAUSE_HEAD.finditer(text, max(0, start - 6), start)), default=0 if start <= 6 else -1)
            piece = text[head:start]
            if head >= 0 and 1 <= len(piece) <= 5 and _CJK_WORD.fullmatch(piece) and not _NOT_IN_LEGAL_HEAD.search(piece) \
                    and piece not in R["stop_words"] and piece[:2] not in R["stop_words"] \
                    and (len(piece) == 1 or (_freq(piece) < 5 and _freq(piece[:2]) < 1000)) \
                    and not any(x.start < start and x.end > head for x in taken):
                start = head      # 渝|睿智|能|科技股份有限公司 at a clause's start: the tagger split its 字号

        if text.startswith(("企业", "公司"), start) and s - start >= 6 and suffix.endswith(("有限公司", "有限责任公司")):
            start += 2          # 本地企业|擎楚智能科技有限公司: the descriptor before a legal name is not the name's
        if suffix.endswith(("有限公司", "有限责任公司")):
            cut = max((i + len(d) for d in _DESCRIPTOR_INSIDE if (i := text.rfind(d, start + 1, s)) > start), default=-1)
            if cut > 0 and s - cut >= 3:
                start = cut     # 山西省属国有企业|晋数控股集团有限公司: the name starts after what it is
        name = text[start:e]
        if name in R["strip_prefixes"] or name.startswith(("上述", "前述")):
            continue          # 深交所上市公司 alone: a descriptor, no name; 上述联盟: a back-reference
        core = name[: len(name) - len(suffix)]
        if suffix in _RESEARCH_SUFFIXES and _GENERIC_RESEARCH_CORE.fullmatch(core) and k < i and tokens[k][2] == start:
            back = _place_before_generic(tokens, k, R, overlaps)
            if back is None:
                continue          # 技术研究院 alone: a kind of institute, no name
            start = tokens[back][2]     # 杭州|未来|感知|技术研究院: the name runs back to its place
            name, core = text[start:e], text[start:s]
        if suffix == "科技" and (core[-1:] in ("硬", "黑") or (len(core) <= 2 and core[-1:] == "高")):
            continue          # 只投硬科技, 成长期硬科技, 高科技: a kind of technology, no company
        if core in R["kind_words"] or (len(core) >= 3 and core[1:] in R["kind_words"] and core[0] in "强大优做抓促推建育"):
            continue          # 四足机器人, 产业投资, 三甲医院: a kind, no name (names.yaml kind_words); 做大做|强新能源汽车
        if suffix.endswith(("有限公司", "有限责任公司")) and re.fullmatch(_GENERIC_LEGAL_BODY, core):
            continue          # 科技有限公司, 智能科技有限公司 alone: a legal form, no name
        lead = next((m for m in taken if m.start == start and m.type in ("Place", "University")), None)
        inner = [t for t in tokens[k:i] if t[3] > start and not (lead is not None and t[3] <= lead.end)]
        if not named_token and inner and R["org_suffixes"][suffix] == "Company" and not suffix.endswith(("公司", "集团")) \
                and lead is None \
                and all(len(t[0]) >= 2 and _freq(t[0]) >= (100 if len(inner) >= 2 else 1000) and t[1] not in _NAME_TAGS
                        for t in inner):
            continue          # 全部|股份, 全国|大学生|课外|学术|科技: everyday words before a company suffix name nothing
        if not named_token and word == suffix and len(suffix) >= 4 and suffix.endswith("基金") and lead is None \
                and (_A_KIND_OF.search(text, 0, start)
                     or (inner and all(_freq(t[0]) >= (800 if len(inner) >= 2 else 2000) and t[1] not in _NAME_TAGS for t in inner))):
            continue          # 政府引导基金, 一家半导体产业基金: a kind of fund, no name
        if suffix in _SITE_SUFFIXES and _SET_UP_BEFORE.search(text, max(0, start - 8), start) and lead is None \
                and len(core) <= 4 and _freq(core) >= 100 and core not in _SITE_NAME_CORES:
            continue          # 在上海张江设了算法研发中心: a kind of site the company set up, no name
        if suffix.endswith(("公司", "事务所")) and not _LEGAL_FORM.search(name) and _A_KIND_OF.search(text, 0, start):
            continue          # 一家光通信公司, 这家无人机公司: a kind of company, no name (a name has its legal form)
        own = core[lead.end - start:] if lead else core
        if name in R["not_org_names"]:
            continue          # 社会资本, 注册资本: a kind of money, no investor
        if suffix in _FACILITY_SUFFIXES and _NO_FACILITY_NAME.search(core):
            continue          # 华东地区智算中心, 区内智算中心: where such centres are, no centre's name
        typ = _suffix_type(name, suffix, R)
        if suffix.endswith("系") and name[:-1].endswith(("研究院", "研究所", "中心", "实验室", "公司", "集团", "学院", "大学")):
            continue          # (…之江视觉智能研究院系浙江工业大学下属: 系 is "is", the institute the name)
        if suffix == "系" and not (lead is not None and lead.type == "University"):
            continue
        if suffix in ("大学", "学院") and word != suffix and not named_token and start == s:
            continue          # 科技大学, 工业大学 alone are not names
        city_body = (typ == "GovernmentBody" or suffix in R.get("city_suffixes", ()) or own + suffix in R.get("city_suffixes", ())) \
            and lead is not None and lead.type == "Place"        # 合肥市科技局, 合肥产投, 成都|科|创投
        university_arm = not own and lead is not None and lead.type == "University" and typ == "Investor"    # 哈工大创投
        if len(own) < 2 and suffix not in ("大学", "学院") and not city_body and not university_arm:
            continue
        place_university = suffix == "大学" and lead is not None and lead.type == "Place" and start == s
        if (not own and not city_body and not place_university and not university_arm) or next(
                (x for x in taken if x not in absorbed and not (e <= x.start or start >= x.end)), None) not in (None, lead):
            continue
        parent = None
        if lead is not None and lead.type == "University" and suffix in R["unit_suffixes"]:
            typ, parent = "AcademicUnit", lead.name
        aliases = (text[lead.end:e],) if lead is not None and lead.type == "Place" and len(own) >= 2 \
            and typ not in ("University", "AcademicUnit") else ()      # (武汉|理工大学: 理工大学 names no university)
        place = lead.name if lead is not None and lead.type == "Place" and typ in PLACE_IN_NAME_TYPES else None
        short = _short_form(name, text[lead.start:lead.end] if lead is not None and lead.type == "Place" else "")
        if short and short not in aliases:
            aliases = (*aliases, short)
        if aliases and _LEGAL_FORM.search(aliases[0]):      # 烟台芯港科技有限公司 → 芯港科技 too
            trade = _LEGAL_FORM.sub("", aliases[0])
            if 3 <= len(trade) <= 8 and trade not in aliases and trade != short:
                aliases = (*aliases, trade)
        for clipped in (_clipped_form(short), *_trade_word_forms(short)):
            if clipped and clipped not in aliases:
                aliases = (*aliases, clipped)
        for x in [x for x in taken if (x.type == "Place" or x in absorbed or x is lead) and x.start >= start and x.end <= e]:
            taken.remove(x)       # the lead place, and another inside (嘉兴 + 南湖 + 智能汽车研究院)
        if (suffix == "合伙企业" or suffix.endswith("基金")) and (lp := _LIMITED_PARTNERSHIP.match(text, e)) and overlaps(e, lp.end()) is None:
            aliases, e = (*aliases, name), lp.end()     # 宁波甬岚投资合伙企业（有限合伙）: the form in brackets is
            if name.endswith("基金合伙企业"):             # part of the name, not an alias of it; the fund is also
                aliases = (*aliases, name[:-4])         # named without its legal form (杭州西湖智算产业投资基金)
            name = text[start:e]
        if typ == "Company" and _REGION_OF_FIRMS.match(name):
            continue          # 长三角地区具身智能相关企业: a region's industry, no company
        taken.append(Mention(start, e, name, typ, name, "suffix", aliases=aliases, parent=parent, place=place))

    # a name that runs on past its suffix: 合肥产投|智造基金, a fund named after the city's investment arm;
    # 中国汽车工程学会|智能网联汽车分会, a society's branch (the society its parent)
    for typ, heads, after, of_it in (("Investor", tuple(R.get("city_suffixes", ())), _FUND_OF_ARM, False),
                                     ("Organization", _SOCIETY_HEADS, _BRANCH_OF_SOCIETY, True)):
        for m in [x for x in taken if x.type == typ and x.source == "suffix" and x.text.endswith(heads)]:
            f = after.match(text, m.end)
            if f is not None and overlaps(m.end, f.end()) is None:
                taken.remove(m)
                name = text[m.start:f.end()]
                taken.append(Mention(m.start, f.end(), name, typ, name, "suffix", place=m.place, parent=m.name if of_it else None))
    _place_led_institutions(text, tokens, taken, R, overlaps)
    # places the lexicon does not list: districts and counties (海沧区, 北仑区), and place names jieba
    # knows after a place word (在波士顿, 落户喀什)
    for k, (word, flag, s, e) in enumerate(tokens):
        if flag != "ns" or len(word) < 2 or overlaps(s, e):
            continue
        if _GENERIC_AREA.match(word) or word in ("镇街", "街镇", "乡镇", "县市", "市县", "区县", "县区", "省市"):
            continue          # 经济开发区, 高新区, 镇街: a kind of area, not a name
        if (len(word) >= 3 and word[-1] in "区县") or _PLACE_BEFORE.search(text, 0, s):
            taken.append(Mention(s, e, word, "Place", word, "suffix"))
    # people
    glued = {m.end for m in taken if m.type != "Date" and m.type != "Person"}
    titles = R["titles_or_stop_words"]
    for k, (word, flag, s, e) in enumerate(tokens):
        if not (flag.startswith("nr") and 2 <= len(word) <= 4):
            continue          # (tested first: the tests below only keep such a word out)
        if len(word) >= 3 and any(text.endswith(t[:-1], 0, s) for t in _titles_ending(word[0])):
            word, s = word[1:], s + 1     # 首席技术|官杨帆: the title's last character, then the name
        if len(word) == 3 and word[2] in _ADVERB_AFTER_NAME and _NAME_FOLLOWS.match(text, e):
            word, e = word[:2], e - 1     # 陈晓曾|任: the adverb after a two-character name (曾任, 也是)
        prev = tokens[k - 1] if k > 0 else None
        if len(word) == 2 and prev is not None and prev[3] == s and len(prev[0]) == 1 and prev[1] == "nr" \
                and prev[0] in R["surname_set"] and (prev[2] == 0 or text[prev[2] - 1] in _BEFORE_SPLIT_SURNAME):
            word, s = prev[0] + word, prev[2]     # 和|姜|海涛: a surname the tagger split from a given name it knows
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt[1].startswith("n") and not nxt[1].startswith("nr") and nxt[0] not in titles \
                and _CJK_WORD2.match(nxt[0]) and not _PERSON_NOUN_AFTER.match(text, e) \
                and not (k > 0 and tokens[k - 1][0] in R["title_set"]):
            continue          # 秦淮 + 动力, 岳麓 + 幻境: a name's first half, not a person (孙一鸣博士, 汪洋毕业后: one)
        if word[-1] in "区县市省镇村乡州" or (_PLACE_AFTER.match(text, e) and _PLACE_BEFORE.search(text, 0, s)) \
                or (len(word) == 3 and word[0] in "东南西北" and _dict_tag(word[1:]) == "ns"):
            continue          # 武进区; 在武进创办; 南太湖: a place the tagger took for a name
        if text[e:e + 1] in ("区", "县") and len(word) >= 2 and not overlaps(s, e + 1):
            taken.append(Mention(s, e + 1, text[s:e + 1], "Place", text[s:e + 1], "suffix"))
            continue          # 郑东新|区: a district the tagger split
        if (_GLUED_CODE.match(text, e) and not _DATE_AFTER_NAME.match(text, e)) or (s > 0 and _GLUED_CODE.match(text[s - 1])):
            continue          # 衡微-M3, X1衡微: part of a product code, not a person (周启明2018年离开…: a date)
        if s > 0 and _freq(text[s - 1:s + 1]) >= 200:
            continue          # 应用|于海洋: the surname character ends a word before it (用于, 位于, 属于)
        if word[0] == "于" and k > 0 and tokens[k - 1][3] == s and tokens[k - 1][1] == "v":
            continue          # 就职|于金陵信达…: the preposition after a verb, not the surname 于
        if len(word) == 2 and k > 0 and tokens[k - 1][3] == s and tokens[k - 1][1] in ("n", "vn") \
                and _freq(tokens[k - 1][0]) >= 500 and tokens[k - 1][0] not in titles:
            continue          # 医疗|康养: a field after a field, not a person
        if len(word) == 2 and nxt is not None and nxt[0] == "和" and k + 2 < len(tokens) \
                and tokens[k + 2][1] in ("v", "d", "p") and not overlaps(s, e + 1) \
                and _plausible_person(word, flag, R) and s not in glued:
            taken.append(Mention(s, e + 1, word + "和", "Person", word + "和", "person"))
            continue          # 由潘建和创办, 潘建和曾在…: no second conjunct, so 和 ends the name
        if s > 0 and text[s - 1] in "的是" and text[e:e + 1] == "人" and text[e + 1:e + 2] in ("", "，", ",", "。", "；", "、"):
            continue          # 是土生土长的蒲江人: a native of a place, no person
        if len(word) == 2 and text[e:e + 1] == "·":
            continue          # 云栖·智造加速器: the first half of a name joined by a dot, not a person
        titled = (nxt is not None and nxt[0] in R["title_set"]) or (k > 0 and tokens[k - 1][0] in R["title_set"])
        if word not in R["not_person"] and not overlaps(s, e) and _plausible_person(word, flag, R, titled) and s not in glued:
            if _CJK_WORD.fullmatch(word):
                taken.append(Mention(s, e, word, "Person", word, "person"))
    for k, (word, flag, s, e) in enumerate(tokens[:-1]):
        w2, f2, _, e2 = tokens[k + 1]     # 周|屹然, 杭|明远: a surname the tagger split from a rare given name
        if len(word) == 1 and flag[:1] == "n" and word in R["surname_set"] and 1 <= len(w2) <= 2 \
                and _CJK_WORD.fullmatch(w2) and w2 not in R["stop_words"] and f2 not in _NOT_GIVEN_NAME \
                and _freq(w2) < 30 and _freq(word + w2) < 5 and _NAME_FOLLOWS.match(text, e2) \
                and (s == 0 or not _CJK_START.match(text[s - 1]) or text[s - 1] in "和与及、由是为把被将的") \
                and not overlaps(s, e2) and word + w2 not in R["not_person"]:
            taken.append(Mention(s, e2, word + w2, "Person", word + w2, "person"))
    bit = _word_filter()[1]
    for pat, m in [(pat, m) for pat in (R["person_after_title"], R["person_in_list"], R["person_after_you"], R["person_before_honorific"],
                                         R["person_cell"], R["person_before_phone"], R["person_before_title"])
                   if may & bit[pat]
                   for m in pat.finditer(text)]:
        s, e = m.span(1)
        if _common_word(m.group(1)) or _verb_not_name(pat, m, text, R) or _word_led(m.group(1)) or _when_word(m.group(1)):
            continue          # 毕业, 高管, 毕业后: a surname character starting an ordinary word
        if len(m.group(1)) == 3 and (m.group(1)[-1] in "区县市" or (m.group(1)[-1] in "镇乡" and _dict_tag(m.group(1)[:2]) == "ns")):
            continue          # | 富阳区 |, | 乐清市 |: a district or city in a table cell, no person
        if len(m.group(1)) == 3 and m.group(1)[2] in _ADVERB_AFTER_NAME and \
                any(x.type == "Person" and x.start == s and x.end == e - 1 for x in taken):
            continue          # 李晴|则毕业于: the two-character name already read, then an adverb
        for x in [x for x in taken if x.type == "Person" and x.start == s and x.end < e]:
            taken.remove(x)
        if not overlaps(s, e) and m.group(1) not in R["not_person"]:
            taken.append(Mention(s, e, m.group(1), "Person", m.group(1), "person"))


# the type an English organisation name's last words give (the first that fits; else a company)
_EN_ORG_TYPES = [(re.compile(p + "$"), t) for p, t in (
    (r"(?:University|College|Business\sSchool|Institute\sof\sTechnology|Polytechnic)", "University"),
    (r"(?:Institute|Academy|Laborator(?:y|ies)|Labs?|Cent(?:er|re))", "ResearchInstitute"),
    (r"Hospital", "Organization"),
    (r"(?:Capital|Ventures|Venture Partners|Fund(?:\s(?:I{1,3}|IV|VI{0,3}|IX|X))?|Investments?|Investment Group|Partners|Angels|Asset Management)", "Investor"),
    (r"(?:Association|Alliance|Federation|Consortium)", "Organization"),
    (r"(?:Bureau|Commission|Ministry|Council|Government|Management\sCommittee|Administration|Agency)", "GovernmentBody"),
    (r"Committee", "Organization"))]
_EN_ITALIC_TITLE = re.compile(r"(?<![*\w])\*(?!\*|\s)([A-Z][^*\n]{8,160}?)(?<!\s)\*(?![*\w])")
_EN_DOC_WORD = re.compile(r"\b(?:Plan|Measures|Opinions|Guidelines|Regulations|Rules|Notice|Policy|Policies|Programme|Program|Strategy|"
                          r"Report|White\sPaper|Blue\sBook|Index|Ranking|List|Survey|Outlook|Yearbook|Provisions|Standard|Initiative|Landscape|"
                          r"Trends|Atlas|Barometer|Census)\b")      # (no Review, Monitor: a journal's name)
_EN_REPORT_BEFORE = re.compile(r"\b(?:report|study|survey|white\spaper|paper|ranking|index)\b[^.;*]{0,80}$")   # A report released … by X, *Title*
_EN_ITALIC_NAME = re.compile(r"(?<![*\w])\*(?!\*|\s)([A-Z][\w'’:\-]*(?:\s[\w'’:\-]+){0,5})(?<!\s)\*(?![*\w])")
_EN_ITALIC_KIND = r"(?:game|title|RPG|shooter|sequel|spin-off|app|model|robot|drone|chip|platform|engine|series|product|release|device|system|assistant|vehicle|car|module|line)s?"
_EN_ITALIC_KIND_BEFORE = re.compile(r"(?:\b" + _EN_ITALIC_KIND + r"|\bcalled|\bnamed|\bdeveloper\sof|\bbehind|\bmaker\sof|\breleased|\blaunched|\bshipped)"
                                    r"(?:,)?\s(?:the\s|its\s|their\s)?(?:[a-z\-]+\s){0,3}$")
_EN_ITALIC_KIND_AFTER = re.compile(r",\s(?:an?|the|its|their)\s(?:[\w\-]+\s){0,5}?" + _EN_ITALIC_KIND + r"\b")
_EN_NOT_NAME_LEAD = frozenset("The the A An In At By Its Hong Kong Both Neither Either Each Including Among Unlike Like While When "
                               "After Before Since Meanwhile And But Also Then With Under For From On As Of To Via Through Despite Within Without Rivals Peers Carmaker Automaker Chipmaker Drugmaker Startup Rival Lender Insurer Regulator".split())
_EN_SMALL_WORDS = frozenset("a an and the of for to on in at by with from into over under via or".split())
_EN_VERSION_AFTER = re.compile(r"\s(?:\d{1,2}(?:\.\d{1,2})?|Pro|Max|Ultra|Mini|Plus|Lite)(?![\w%-]|[.,]\d)")
_EN_UNIT_NAME = re.compile(r"(?:School|Faculty)\sof\s[A-Z]")      # School of Mechanical Engineering: a university's unit
_TITLE_ACRONYMS = {"CEO", "CTO", "COO", "CFO", "CIO", "CMO", "CSO", "CPO", "VP", "SVP", "EVP", "HR", "PR", "IPO", "AI"}
_APPROVED_BY = re.compile(r"经(?=[省市区县]|国务院)")
_NOT_GIVEN_NAME = {"x", "m", "q", "uj", "ul", "uz", "ug", "ud", "p", "c", "u", "f", "r", "t", "y", "e", "o", "w", "eng"}
_NAME_FOLLOWS = re.compile(r"[，,。、；;：:（(）)和与及等在是曾从于对向把被将也还则都已的]|一手|离开|带领|带队|创立|创办|创建|创业|"
                           r"拥有|考入|考取|师从|获得|早年|生于|出身|就读|先后|随后|后来|" + _AFTER_NAME + r"|$")
_GLUED_CODE = re.compile(r"[-－_A-Za-z0-9]")
_FUND_KINDS = {"早期", "成长", "天使", "种子", "并购", "产业", "创新", "科创", "引导", "股权", "创投", "母", "成长期", "硬科技"}


# what a firm's fund adds to the firm's name: its phase, currency and kind (远景|二期人民币基金, 远景|科创早期基金)
_FIRM_FUND = re.compile(r"(?:[一二三四五六七八九十]期|\d{1,2}号)?(?:人民币|美元|美金|双币)?"
                        r"(?:(?:科创|早期|成长|成长期|天使|种子|并购|产业|创新|硬科技|医疗|健康|数字经济|人工智能|科技)){0,2}"
                        r"(?:[一二三四五六七八九十]期|\d{1,2}号)?(?:人民币|美元|美金|双币)?基金(?![会])")


def _firm_funds(text: str, taken: list[Mention]) -> None:
    """A fund named after the firm that runs it (远景二期人民币基金, 远景科创早期基金: the firm's name, then the
    fund's phase, currency or kind): one Investor, the firm its parent (a bare 远景基金 may be the firm itself)."""
    for i, m in enumerate(taken):
        if m.type not in ("Investor", "Company") or m.source == "coref":
            continue
        f = _FIRM_FUND.match(text, m.end)
        if f is None or f.end() - m.end <= 2 or any(x is not m and m.end <= x.start < f.end() for x in taken):
            continue
        name = text[m.start:f.end()]
        taken[i] = Mention(m.start, f.end(), name, "Investor", name, "suffix", parent=m.name)


def _fund_inner(word: str) -> bool:
    """A word inside a fund's name before 基金: its kind or its number (早期, 成长, 一期, 2号)."""
    return word in _FUND_KINDS or re.fullmatch(r"[一二三四五六七八九十\d]{1,2}[期号]", word) is not None


_ADVERB_AFTER_NAME = "曾也还已将则都"
_BEFORE_SPLIT_SURNAME = "和与及、由是为把被将的，,。；;：:（( "
_DATE_AFTER_NAME = re.compile(r"\d{4}年|\d{1,2}月")
_WORD_START = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]")
_CJK_START = re.compile(r"^[\u4e00-\u9fff]")
_NAME_WORD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·]+$")
_CJK_WORD2 = re.compile(r"^[\u4e00-\u9fff]{2,}$")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
_A_KIND_OF = re.compile(r"(?:[一两几多每某这那该此]家|一只|一支|某)$")
_SITE_SUFFIXES = ("研发中心", "研究中心", "研究院", "实验室", "创新中心")
_SET_UP_BEFORE = re.compile(r"(?:设|设立|设有|建|建设|建立|组建|开设|成立)(?:了)?(?:一个|一家|一座|自己的|新的)?$")
_SITE_NAME_CORES = ("中央", "全球", "集团", "总部", "联合")    # (成立中央研究院: a group's central institute is a name)
_CLAUSE_HEAD = re.compile(r"[，,。；;：:、\s（(“\"》|]|(?<=[的和与及由在是为被将向对从于把等了其该这即并也都已而或])", re.S)
_NOT_IN_LEGAL_HEAD = re.compile(r"[年月日]|公司|企业|集团|近日|日前|目前|今年|去年|我们|他们")
_NAME_RUNS_ON = re.compile(r"合伙|管理|有限|公司|集团|中心|企业|（|\(")
_PLACE_BEFORE = re.compile(r"(?:在|于|位于|落户|来自|扎根|迁往|迁至|设在|回到|来到)$")
_PLACE_AFTER = re.compile(r"(?:创办|创立|成立|设立|注册|建厂|投产|落地|开设|设有|本地|当地)")
_GENERIC_AREA = re.compile(r"^(?:经济|高新|技术|工业|产业|开发|示范|试验|自贸|保税|综合|新|城|市|郊|辖|片|社|小|景|校|街|园|核心|中心|老城|主城|新城)*(?:开发区|区|园区)$")
_FACILITY_SUFFIXES = ("计算中心", "智算中心", "超算中心", "算力中心")
_NO_FACILITY_NAME = re.compile(r"(?:地区|区域|区内|市内|省内|县内|各地|本地|当地|国内|境内|全国|全省|全市|全区|全县|多个|多家|一批|新建|在用|液冷|大型|超大型|新型|绿色|公共)$|^$")
_INSTITUTIONAL = ("研究所", "研究院", "学院", "系", "厅", "局", "委员会", "实验室", "研究中心", "工信厅", "科学技术厅",
                  "工业和信息化厅", "经济和信息化局", "发展和改革委员会", "联盟", "协会", "创新中心", "研发中心", "工程中心")
_VERBISH = {"v", "vn", "vd", "vg", "p", "d", "ad", "c", "u", "uj", "r"}
_NAMEISH = {"nz", "nr", "nrt", "nrfg", "ns", "nt", "j", "eng", "x", "ng"}


_LEGAL_FORMS = r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司)"
_LEGAL_FORM = re.compile(_LEGAL_FORMS + "$")
_BUSINESS_WORDS = re.compile(r"(?:(?:信息|网络|智能|数字|数据|人工智能|电子|生物|医疗|汽车|机器人|半导体|微电子|新材料|新能源|能源|文化|传媒|互动|游戏|软件)?"
                             r"(?:科技|技术|服务|信息|网络|智能|数据服务|电子|互娱|互动|传媒|文化)?)$")


_INSIDE_LEGAL_NAME = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:[（(][\u4e00-\u9fff]{2,5}[）)][\u4e00-\u9fff]{0,8}?)?(?:股份有限公司|有限责任公司|有限公司)")


_GAP_STOPS = re.compile(r"[的了着是为由和与及对向将把被从到在于曾任执掌加入创立创办成立担任投资收购旗下位]|企业|公司|厂商|单位|机构|团队")


_UNI_ARM_LEGAL = re.compile(r"(?:资产经营|资产管理|控股|投资控股|投资管理|创业投资|投资|科技园发展|科技园|科技发展|产业发展|技术转移|教育发展|后勤服务)(?:集团)?"
                            r"(?:股份有限公司|有限责任公司|有限公司)")
_BARE_LEGAL_FORM = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)")
# after a company the lexicon knows: its legal form (中信证券股份有限公司), or a subsidiary's bracketed place and legal
# form (英飞凌科技（中国）有限公司)
_LEGAL_AFTER_ENTRY = re.compile(r"(?:集团)?(?:控股)?" + _BARE_LEGAL_FORM.pattern)
_BRACKETED_LEGAL_AFTER = re.compile(r"(?:(?![的和与及在是为、])[\u4e00-\u9fff]){0,8}?[（(][\u4e00-\u9fff]{2,8}[）)](?:[\u4e00-\u9fff]{0,8}?)" + _BARE_LEGAL_FORM.pattern)


# a unit named after its company's legal name: 中原智行汽车科技有限公司智能网联研究院 (group 1 the company, 2 the unit)
_COMPANY_UNIT_KIND = r"(?:研究院|研究所|研究中心|研发中心|设计院|实验室|技术中心|创新中心|事业部|事业群)"
COMPANY_UNIT = re.compile(r"^(.{2,30}?" + _BARE_LEGAL_FORM.pattern + r")((?!的)[\u4e00-\u9fff]{0,12}?" + _COMPANY_UNIT_KIND + r")$")


# a unit's own name: two characters or more before its kind, no list or verb in it (not 总部及研发中心, 获批建设…研究院)
_OWN_UNIT_NAME = re.compile(r"(?:(?![及和与的]|获批|建设|设立|成立)[\u4e00-\u9fff]){2,10}" + _COMPANY_UNIT_KIND)


def _place_led_legal_names(text: str, taken: list[Mention]) -> None:
    """杭州|云栖科|创|发展|有限公司: a legal form nothing recognised, after a city the lexicon knows and a run
    of characters with no clause word — the tagger split the name; city to legal form is one company."""
    for lf in _BARE_LEGAL_FORM.finditer(text):
        s_lf, e = lf.span()
        if any(x.start < e and x.end > s_lf for x in taken):
            continue
        place = max((x for x in taken if x.type == "Place" and x.source == "lexicon" and x.end <= s_lf
                     and 2 <= s_lf - x.end <= 12), key=lambda x: x.end, default=None)
        if place is None or _FUNCTION_CHARS.search(text, place.end, s_lf) \
                or not re.fullmatch(r"[\u4e00-\u9fff]+", text[place.end:s_lf]):
            continue
        inside = [x for x in taken if x is not place and x.start < s_lf and x.end > place.end]
        if any(x.type != "Person" or x.source != "person" for x in inside):
            continue
        verb = max(_SETUP_VERB.finditer(text, place.end, s_lf), key=lambda v: v.end(), default=None)
        if verb is not None:          # 在苏州设立澈芯国际有限公司: the name begins after the verb, not at the city
            if s_lf - verb.end() >= 2 and not inside:
                name = text[verb.end():e]
                taken.append(Mention(verb.end(), e, name, org_type_of(name) or "Company", name, "suffix"))
            continue
        for x in [place, *inside]:
            taken.remove(x)
        name = text[place.start:e]
        taken.append(Mention(place.start, e, name, org_type_of(name) or "Company", name, "suffix", place=place.name))


_SETUP_VERB = re.compile(r"设立|成立|注册|新设|组建|筹建|创办|创立|落户|迁入")


def _company_units(taken: list[Mention]) -> None:
    """中国商用飞机有限责任公司上海飞机设计研究院: an institute written after its company's legal name is
    known by its own name too, and belongs to that company."""
    for m in taken:
        if m.type in ("ResearchInstitute", "Organization") and m.source == "suffix" and m.parent is None \
                and (u := COMPANY_UNIT.match(m.name)) is not None and _OWN_UNIT_NAME.fullmatch(u.group(2)):
            m.parent = u.group(1)
            m.aliases = (*m.aliases, u.group(2))



def _name_place_before(text: str, taken: list[Mention], start: int, reach: int) -> Mention | None:
    """The nearest place ending at most ``reach`` characters before ``start`` with only name characters
    between (no clause word of _GAP_STOPS): where a legal name that ends at ``start``'s suffix begins."""
    place = max((x for x in taken if x.type == "Place" and x.end <= start and start - x.end <= reach),
                key=lambda x: x.end, default=None)
    if place is None:
        return None
    gap = text[place.end:start]
    return place if re.fullmatch(r"[\u4e00-\u9fff]*", gap) and not _GAP_STOPS.search(gap) else None


def _place_anchored_legal_names(text: str, taken: list[Mention]) -> None:
    """Legal names begin with their place (行政区划 + 字号 + 行业 + 组织形式). When jieba splits the
    字号 (秦岭/芯/能 tagged as a verb) the suffix walk stops short (半导体有限公司); a place a few
    characters before, with only name characters between, gives the whole name back."""
    for m in [x for x in taken if x.source == "suffix" and x.place is None and _LEGAL_FORM.search(x.name)]:
        place = _name_place_before(text, taken, m.start, 10)
        if place is None:
            continue
        inside = [x for x in taken if x is not m and x is not place and place.end <= x.start < m.start]
        if any(not (x.type == "Person" and x.source == "person") for x in inside):
            continue
        for x in inside:
            taken.remove(x)       # 湖南|麓|岳智|控|科技股份有限公司: the tagger's "person" is part of the name
        name = text[place.start:m.end]
        taken.remove(place)
        i = taken.index(m)
        own = text[place.end:m.end]
        taken[i] = replace(m, start=place.start, text=name, name=name, place=place.name,
                           aliases=tuple(a for a in (own, _short_form(name, place.text)) if a))
    for lf in _BARE_LEGAL_FORM.finditer(text):        # 无锡|澜|芯|封|测|有限公司: no suffix name at all
        e = lf.end()
        if any(not (e <= x.start or lf.start() >= x.end) for x in taken):
            continue
        place = _name_place_before(text, taken, lf.start(), 8)
        if place is None or lf.start() - place.end < 2 or any(place.end <= x.start < lf.start() for x in taken):
            continue
        name = text[place.start:e]
        taken.remove(place)
        taken.append(Mention(place.start, e, name, "Company", name, "suffix", place=place.name,
                             aliases=tuple(a for a in (text[place.end:e], _short_form(name, place.text)) if a)))


def after_former_mark(text: str, m: Mention) -> bool:
    """原曜途汽车科技, 前中岳证券: a name right after 原/前 is someone's former employer, never the
    antecedent of a back-reference or of an implicit subject (kg.coref, kg.extract)."""
    return m.start > 0 and text[m.start - 1] in "原前"


def _other_place_legal_names(text: str, taken: list[Mention]) -> None:
    """上海|衡锐传动科技有限公司 after 安徽衡锐传动科技有限公司: a legal name the article learned without its
    place, right after another place, is another company (its parent in 上海), not the one learned."""
    for m in [m for m in taken if m.source == "local" and m.type in ("Company", "Investor") and _LEGAL_FORM.search(m.text)]:
        place = next((x for x in taken if x.type == "Place" and x.end == m.start), None)
        if place is None or m.name.startswith(place.text) or (place.name and m.name.startswith(place.name)):
            continue
        taken.remove(place)
        taken.remove(m)
        name = text[place.start:m.end]
        taken.append(Mention(place.start, m.end, name, m.type, name, "suffix", place=place.name))
    taken.sort(key=lambda x: x.start)


_PLACE_UNIVERSITY = re.compile(r"(?:联邦理工|理工|科技|工业|师范|医科|交通|农业|财经|外国语|海洋|石油|矿业)?(?:大学|学院)")


def _place_universities(text: str, taken: list[Mention]) -> None:
    """多伦多|大学, 苏黎世|联邦理工学院: a city the lexicon knows, right before 大学 or 学院, names a university."""
    for m in [m for m in taken if m.type == "Place"]:
        u = _PLACE_UNIVERSITY.match(text, m.end)
        if u is None or any(x is not m and not (u.end() <= x.start or m.start >= x.end) for x in taken):
            continue
        taken.remove(m)
        name = text[m.start:u.end()]
        taken.append(Mention(m.start, u.end(), name, "University" if name.endswith("大学") else org_type_of(name) or "University",
                             name, "suffix"))
    taken.sort(key=lambda x: x.start)


_GENERIC_LEGAL_TAIL = re.compile(r"(?:私募)?(?:创业投资|风险投资|股权投资|产业投资|投资管理|资产管理|资本管理|基金管理|企业管理|"
                                 r"投资|科技|技术|信息技术|智能科技|网络科技|数字科技)?(?:管理)?" + _LEGAL_FORMS)


_EN_OF_HEAD = re.compile(r"\b(?:Cent(?:er|re)|Institute|Corporation|Commission|Bureau|Academy|Office|Administration|Laboratory)$")


def _en_of_names(text: str, taken: list[Mention]) -> None:
    """Development Research Center | of the | State Council, Commercial Aircraft Corporation | of | China: an
    English body named after the one it belongs to or the country it serves is one name (its parent, when
    that is an organisation, kept on the mention)."""
    for a in sorted((m for m in taken if m.source == "english" and _EN_OF_HEAD.search(m.text)), key=lambda m: m.start):
        b = next((x for x in taken if x.start > a.end and text[a.end:x.start] in (" of the ", " of ")), None)
        if a not in taken or b is None or b.type not in ("Place", "GovernmentBody", "ResearchInstitute", "University"):
            continue
        taken.remove(a)
        taken.remove(b)
        name = text[a.start:b.end]
        taken.append(Mention(a.start, b.end, name, a.type, name, "english", aliases=(a.text,),
                             parent=b.name if b.type != "Place" else None))


_EN_FOR_HEAD = re.compile(r"\b(?:Institute|Cent(?:er|re)|Academy|Foundation|Alliance|Association|Council|Society|Laboratory|Lab|Consortium|Office|Commission)$")
_EN_FOR_TAIL = re.compile(r" for (?:the )?((?:[A-Z][\w\-&]*|and|of|the)(?: (?:[A-Z][\w\-&]*|and|of|the)){0,5})")


def _en_for_names(text: str, taken: list[Mention]) -> None:
    """Pudong Institute | for | Technology Policy, Center for Foundation Models: an English institution named
    for what it does is one name, up to the last capitalised word after ``for``."""
    for a in sorted((m for m in taken if m.source == "english" and _EN_FOR_HEAD.search(m.text)), key=lambda m: m.start):
        t = _EN_FOR_TAIL.match(text, a.end)
        if a not in taken or t is None:
            continue
        words = t.group(1).split(" ")
        while words and words[-1] in ("and", "of", "the"):
            words.pop()
        if not words:
            continue
        e = t.start(1) + len(" ".join(words))
        inside = [x for x in taken if x is not a and x.start < e and x.end > a.end]
        if any(x.end > e or x.type in ("Person", "Date") for x in inside):
            continue
        for x in inside:
            taken.remove(x)
        taken.remove(a)
        name = text[a.start:e]
        taken.append(Mention(a.start, e, name, a.type, name, "english"))


_EN_PLACE_BRACKET = re.compile(r"\s\(([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\)")
_HELD_BEFORE = set("曾现原兼历出担升调改转继")      # 曾|任, 原|任: the verb 任 after them, not a name's first character
_FORMER_STAFF_AFTER = re.compile(r"(?:的)?(?:同事|员工|工程师|高管|研究员|技术骨干|骨干|架构师|总监|副总裁|产品经理|算法专家)")   # 两位前英伟达同事
_SERVED_AT = re.compile(r"(?:任职于|就职于|供职于|服务于|(?:辞职|毅然)?离开|(?:毕业后|毕业之后|早年|此前|之前|曾)(?:先)?(?:进入|加入|入职)(?:了)?(?:[\u4e00-\u9fff]{2,3})?)$")
                                # (2009年毕业后进入宁波甬能电池材料有限公司: a step of a career, not the topic)
_EN_ROLE_AT = re.compile(r"\b(?:scientist|engineer|researcher|director|manager|executive|analyst|professor|"
                         r"designer|developer|lead|officer|employee|staffer|veteran|architect|consultant|intern"
                         r"|worked|working|previously|formerly|spent\s[\w\-]+\s(?:years?|months?)|joined\sfrom|came\sfrom)\s(?:at|with|in|from)?\s?(?:the\s)?$")
_SUBMIT_LED = re.compile(r"^(?:尚?需|须|应|拟|将)?(?:提交|提请|报送|报请|告知|通知|递交)")


_EN_GOVERNMENT_AFTER = re.compile(r"\s(?:(?:[Mm]unicipal|[Pp]rovincial|[Dd]istrict|[Cc]ity|[Cc]ounty)\s)?government\b")


def _en_place_governments(text: str, taken: list[Mention]) -> None:
    """the Shunde District government, the Hefei municipal government: a place and its government are the
    government, a body (that sets things up, issues documents), not the place."""
    for i, m in enumerate(taken):
        g = _EN_GOVERNMENT_AFTER.match(text, m.end) if m.type == "Place" and text[m.start:m.end].isascii() else None
        if g is not None and all(x is m or g.end() <= x.start or x.end <= m.start for x in taken):
            name = text[m.start:g.end()]
            taken[i] = Mention(m.start, g.end(), name, "GovernmentBody", name, "english")


def _en_place_aliases(text: str, taken: list[Mention]) -> None:
    """Lingxi Hydrogen Power (Foshan): an English company name with its city in brackets after it has that
    form as a name too."""
    for i, m in enumerate(taken):
        b = _EN_PLACE_BRACKET.match(text, m.end) if m.source == "english" and m.type in ("Company", "Investor") else None
        if b is not None and any(p.type == "Place" and p.start == b.start(1) and p.end == b.end(1) for p in taken):
            taken[i] = replace(m, aliases=(*m.aliases, text[m.start:b.end()]))


_AFFILIATED_HOSPITAL = re.compile(r"(?:医学院|大学)?附属(?:第[一二三四五六七八九十]+|[\u4e00-\u9fff]{1,6}?)?医院")


def _affiliated_hospitals(text: str, taken: list[Mention]) -> None:
    """浙江大学医学院附属第二医院: a hospital a university's medical school runs is one name, not the school
    (whose staff the university's would be)."""
    for i, m in enumerate(taken):
        h = _AFFILIATED_HOSPITAL.match(text, m.end) if m.type in ("University", "AcademicUnit") else None
        if h is not None:
            e = h.end()
            if all(x is m or e <= x.start or x.end <= m.start for x in taken):
                name = text[m.start:e]
                taken[i] = Mention(m.start, e, name, "Organization", name, m.source)


_FORMERLY_IN = re.compile(r"(?:以前|之前|此前|曾经|曾|早年|先后|毕业后|后来|随后|此后|之后)在")     # (the gate: then _WORKED_IN_BEFORE, just before a name)
_WORKED_IN_BEFORE = re.compile(_FORMERLY_IN.pattern + r"[\u4e00-\u9fffA-Za-z]{0,6}$")
_EN_FORMER_BEFORE = re.compile(r"\b(?:a|an)\s(?:former\s|ex-|onetime\s|longtime\s|veteran\s)$")      # a former Foxconn engineer
_EN_ROLE_AFTER = re.compile(r"\s(?:senior\s|chief\s|lead\s|principal\s|software\s|hardware\s|research\s)?"
                            r"(?:engineer|executive|researcher|scientist|manager|analyst|designer|director|employee|veteran|staffer|banker)\b")
_WORK_VERB_AFTER = re.compile(r"(?:做|工作|任职|当|干了|带团队|负责|从事)")


# had spent five years designing autopilot systems at X (before joining him): where someone worked
_EN_SPENT_AT = re.compile(r"\b(?:spent|worked)\s(?:[^.;,]{0,50}\s)?(?:at|for|with)\s(?:the\s)?$|\b(?:left|quit)\s$")


def _mark_workplaces(text: str, taken: list[Mention]) -> None:
    """曾任职于阿里云, a former principal scientist at WuXi Biologics: an organisation named as where someone
    works or worked is a workplace, not what the next 公司 / "the company" means."""
    for m in taken:
        if m.type in _ORG_TYPES_LIST and (_SERVED_AT.search(text, max(0, m.start - 11), m.start)
                                          or _EN_ROLE_AT.search(text, max(0, m.start - 40), m.start)
                                          or _EN_SPENT_AT.search(text, max(0, m.start - 70), m.start)
                                          or (_WORKED_IN_BEFORE.search(text, max(0, m.start - 12), m.start)
                                              and _WORK_VERB_AFTER.match(text, m.end))
                                          or (_EN_FORMER_BEFORE.search(text, max(0, m.start - 16), m.start)
                                              and _EN_ROLE_AFTER.match(text, m.end))
                                          or (text[m.start - 1:m.start] in ("前", "原") and _FORMER_STAFF_AFTER.match(text, m.end))):
            m.workplace = True        # (以前在阿里达摩院做NLP: where the founder worked)
    ordered = sorted(taken, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        if b.workplace and a.end == b.start and a.type in _ORG_TYPES_LIST:
            a.workplace = True        # 阿里|达摩院: the name the workplace's name begins with


def _verb_led_names(text: str, taken: list[Mention]) -> None:
    """A name the tagger glued to the verb before it that names nothing: 尚|需提交|公司 (提交公司…审议: no company
    at all). (曾|任天衡|会计师事务所 is split where the tagger's words are read: 任 is the verb of 曾任.)"""
    for i, m in enumerate(taken):
        if m.source != "suffix" or m.type not in _ORG_TYPES_LIST:
            continue
        if _SUBMIT_LED.match(m.text):
            taken[i] = None
    taken[:] = [m for m in taken if m is not None]


def _local_name_legal_tails(text: str, taken: list[Mention]) -> None:
    """杭州|钱江数智|股权投资管理有限公司 when the article already calls its fund 钱江数智: a learned short
    name right before a legal form with no name of its own is the start of another company's legal name
    (with the place before it): one name, the legal one."""
    for y in [y for y in taken if y.type in ("Company", "Investor") and _GENERIC_LEGAL_TAIL.fullmatch(y.text)]:
        x = next((x for x in taken if x.end == y.start and x.source == "local" and x.type in ("Company", "Investor")), None)
        if x is None:
            continue
        place = next((p for p in taken if p.end == x.start and p.type == "Place"), None)
        start = place.start if place else x.start
        for z in (place, x, y):
            if z is not None:
                taken.remove(z)
        name = text[start:y.end]
        typ = "Investor" if _INVESTOR_CORE.search(name) else y.type
        taken.append(Mention(start, y.end, name, typ, name, "suffix", aliases=(text[x.start:y.end],) if place else (),
                             place=place.name if place else None))
    taken.sort(key=lambda x: x.start)


_EN_AFTER_SHORT = re.compile(r" ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)(?=,|\.|;|\))")
_EN_NOT_NAME_WORD = re.compile(r"^(?:Co|Ltd|Inc|Corp|The|This|That|It|Its|In|On|At|And|But|Chairman|Founder|CEO|CTO|President)\b")


_NOT_PRODUCT_TAIL = re.compile(r"(?:奖学金|助学金|奖|杯|大赛|赛|计划|工程|行动|论坛|峰会|大会|节|基金|专项|项目|模式|班|营|学院|讲堂|课堂)$")
_QUOTED_NAME = re.compile(r"[“\"]([^“”\"，。；、：:\n]{2,16})[”\"]")
_PRODUCT_SLOT_BEFORE = re.compile(r"(?:产品|代表作|主打)(?:是|为|包括|有|名为|叫做?|——|—)[^，。；“”\"]{0,14}$")
# a kind of product right before the quoted name: 无人配送车“衡舟”, 智能驾驶方案“驭衡Pilot”, 服务平台“之眼”
_PRODUCT_KIND_BEFORE = re.compile("(?:" + "|".join(map(re.escape, _KIND_HEAD_LIST)) + r"|配送车|无人车|驾驶方案|解决方案|服务平台|软件|App|APP)$")


# a nickname of a surname and the full name in brackets: 老罗（罗致远）
_NICKNAME_NAME = re.compile(r"([老小])([\u4e00-\u9fff])[（(]([\u4e00-\u9fff]{2,3})[）)]")
# the rest of a quoted name after a company's trade name, that makes it a product: “微澜推理引擎”, “镜界Air 2”
_DEFINED_TERM_BEFORE = re.compile(r"[（(]\s?$|简称$|称为$|以下称$")       # ("Yunmu Robotics"), 以下简称“X”
_QUOTED_PRODUCT_AFTER_NAME = re.compile(r"(?:[\u4e00-\u9fff]{0,6}" + _PRODUCT_NOUNS_EXT + r"|\s?[A-Z][A-Za-z0-9\- ]{0,10})[”\"」]")


def _quoted_products(text: str, taken: list[Mention], lexicon: Lexicon, free) -> None:
    """Quoted names that are products: those that begin with the trade name (字号) of a company the sentence
    names (镜界科技的“镜界Air 2”), and those after 产品是 / 产品为 / 主打 and a kind of product (主要产品为生物基可降解
    纤维“栖丝”); not prizes, funds or programmes (“衡川奖学金”)."""
    trades = set()
    for x in taken:
        if x.type in ("Company", "Investor") and x.source != "coref" and _CJK_CHAR.match(x.text):
            body = x.text
            entry = lexicon.lookup(body[:2])
            if entry is not None and entry.type == "Place":
                body = body[2:].lstrip("市省区县")
            if len(body) >= 3:
                trades.add(body[:2])
    for m in _QUOTED_NAME.finditer(text):
        s_, e_ = m.span(1)
        inner = m.group(1)
        if not free(s_, e_) or "的" in inner or _common_word(inner) or org_type_of(inner) is not None \
                or _NOT_PRODUCT_TAIL.search(inner):
            continue          # (“衡川奖学金”, “芯驰杯”: a prize or a programme the company gives, no product)
        if (inner[:2] in trades and len(inner) > 2) or _PRODUCT_SLOT_BEFORE.search(text, 0, m.start()) \
                or _PRODUCT_KIND_BEFORE.search(text, 0, m.start()):
            typ = "AIModel" if "模型" in text[max(0, s_ - 6):s_] + text[e_:e_ + 4] else "Product"
            taken.append(Mention(s_, e_, inner, typ, inner, "quote"))


def _en_named_after_local(text: str, taken: list[Mention]) -> None:
    """Its logistics unit, Weilan Cargo, develops …: a short name the article learned (Weilan), then one or two
    capitalised words, set off as an appositive (after a comma or a bracket, up to the next comma): another
    organisation named after it (the unit), not the company itself."""
    for m in [m for m in taken if m.source == "local" and m.type in ("Company", "Investor") and m.name != m.text]:
        if m.start < 2 or text[m.start - 2:m.start] not in (", ", " ("):
            continue
        t = _EN_AFTER_SHORT.match(text, m.end)
        if t is None or _EN_NOT_NAME_WORD.match(t.group(1)) or any(m.end < x.start < t.end() for x in taken):
            continue
        taken.remove(m)
        name = text[m.start:t.end()]
        taken.append(Mention(m.start, t.end(), name, "Company", name, "english"))
    taken.sort(key=lambda x: x.start)


def _place_led_local_names(text: str, taken: list[Mention]) -> None:
    """烟台|大工|海洋装备研究院 after a headline named 海洋装备研究院: a place and a short word (2–3
    characters) right before an institution the article learned give its full name (烟台大工海洋装备研究院),
    the learned one is its other name."""
    for m in [m for m in taken if m.source == "local" and m.type in ("Company", "Investor")]:
        same = next((x for x in taken if x.type == "Place" and x.end == m.start and m.name.startswith(x.text)
                     and m.name != m.text and x.source == "lexicon"), None)
        if same is not None:      # 杭州|数澜智算 after 杭州数澜智算科技有限公司: the company, named with its city
            taken.remove(same)
            taken.remove(m)
            full = text[same.start:m.end]
            taken.append(Mention(same.start, m.end, full, m.type, m.name, "local", aliases=(full,)))
    for m in [m for m in taken if m.source == "local" and m.type in ("ResearchInstitute", "Organization")]:
        place = next((x for x in taken if x.type == "Place" and 2 <= m.start - x.end <= 3), None)
        gap = text[place.end:m.start] if place else ""
        if place is None:         # 深圳市|人工智能产业联盟 after 深圳人工智能产业联盟: the same body, named with 市
            same = next((x for x in taken if x.type == "Place" and x.end == m.start and m.name.startswith(x.name)
                         and m.name != m.text), None)
            if same is not None:
                taken.remove(same)
                taken.remove(m)
                full = text[same.start:m.end]
                taken.append(Mention(same.start, m.end, full, m.type, m.name, "local", aliases=(full,)))
            continue
        if not re.fullmatch(r"[\u4e00-\u9fff]+", gap) or _FUNCTION_CHARS.search(gap) \
                or any(place.end <= x.start < m.start for x in taken):
            continue
        taken.remove(place)
        taken.remove(m)
        name = text[place.start:m.end]
        taken.append(Mention(place.start, m.end, name, m.type, name, "suffix", aliases=(m.name,), place=place.name))
    taken.sort(key=lambda x: x.start)


def _known_short_forms(taken: list[Mention], local) -> None:
    """A legal name whose core begins with a short name the article already uses is that company:
    厦门鹭储新能源科技有限公司 after 鹭储新能 → one entity (the short name becomes an alias)."""
    tails = name_rules()["brand_tail_set"]
    for i, m in enumerate(taken):
        if m.source != "suffix" or m.type not in ("Company", "Investor") or not _LEGAL_FORM.search(m.name):
            continue
        core = m.name[len(m.place):] if m.place and m.name.startswith(m.place) else m.name
        shorts = [n for n, (typ, canon) in local.names.items()
                  if typ == "Company" and 2 <= len(n) < len(core) and n not in m.aliases
                  and not (canon != m.name and _LEGAL_FORM.search(canon))   # (麓岳智控 of 湖南麓岳智控科技股份有限公司:
                                                                            # 麓岳智控（株洲）电驱有限公司 is another company)
                  and (core.startswith(n) or (_LATIN_TAIL_BRAND.fullmatch(n) and core.startswith(n[:2]))
                       or (len(n) == 4 and core.startswith(n[:2]) and n[2:] in core[2:] and n[2:] in tails))]
                  # (耘翼科技 of 杭州耘翼智能科技有限公司: the 字号 and one of its trade words)
        if shorts:
            taken[i] = replace(m, aliases=(*m.aliases, *shorts))


def legal_short_form(name: str, lexicon) -> str | None:
    """The short name of a legal name with or without a place before it (深圳晨芯微感科技有限公司 → 晨芯微感)."""
    return _short_form(name, lexicon.leading_place(name))


def _short_form(name: str, place: str) -> str | None:
    """The short name a legal name implies: 西安秦岭星图信息技术有限公司 → 秦岭星图 (kept only when it is
    not an everyday word, so 杭州未来科技有限公司 does not make every 未来 a company)."""
    partnership = _PARTNERSHIP_FORM.search(name)
    if not _LEGAL_FORM.search(name) and not partnership:
        return None
    core = _PARTNERSHIP_FORM.sub("", name) if partnership else _LEGAL_FORM.sub("", name)
    if place and core.startswith(place):
        core = core[len(place):]
    core = re.sub(r"^(?:市|省)", "", core)
    if partnership:
        core = _INVEST_WORDS.sub("", core) or core     # 杭州之江星火创业投资合伙企业（有限合伙） → 之江星火
        # (not a fund manager's legal name: 楚天星河私募基金管理有限公司 is not the 楚天星河 of 楚天星河科技)
    core = _BUSINESS_WORDS.sub("", core) or core
    if len(core) < 2 or len(core) > 6 or core == name or _freq(core) >= 20:
        return None
    return core


PARTNERSHIP_NOTE = r"[（(](?:有限合伙|普通合伙)[）)]"      # the form a partnership's legal name ends with
_PARTNERSHIP_FORM = re.compile(r"合伙企业\s?(?:" + PARTNERSHIP_NOTE + ")?$")
_INVEST_WORDS = re.compile(r"(?:私募)?(?:创业投资|风险投资|股权投资|产业投资|创新投资|科创投资|投资管理|资产管理|资本管理|基金管理|企业管理|投资)(?:基金)?$")
_FUND_PHASE = re.compile(r"[一二三四五六七八九]期")
_NEVER_INSIDE_NAME = {"主要", "主营", "生产", "专业", "专注", "主打", "目前", "正在", "已经", "成立", "形式", "法人", "注册成立", "原", "前"}
_NOT_INSIDE_NAME = {"设有", "建有", "拥有", "位于", "入驻", "成立", "设立", "注册", "建设", "举办", "发布", "推动", "支持", "建立", "创办", "引进", "落户", "鼓励",
                    "增补", "吸纳", "当选", "选举", "审议", "通过", "批准", "认定", "评选", "入选", "公布", "授予",
                    "加快", "培育", "扶持", "组织", "召开", "牵头", "联合", "依托", "围绕", "聚焦", "宣布", "完成", "获得"}


_INVESTOR_CORE = re.compile(r"(?:创业投资|风险投资|股权投资|投资管理|资本管理|资产管理|私募基金|基金管理|产业投资|创新投资|科创投资|投资基金)"
                            r"(?:基金)?(?:集团)?(?:股份有限公司|有限责任公司|有限公司|合伙企业)")
_LIMITED_PARTNERSHIP = re.compile(r"\s?[（(]有限合伙[）)]")
_CLASSIFIERS = set("个只家台位名款套项批次件种类条张辆架颗枚座所间层届期")
_NOT_IN_SPLIT_NAME = {"x", "uj", "ul", "uz", "ug", "ud", "p", "c", "r", "m", "q", "f", "d", "t", "u", "w", "y", "e", "o"}


def _free_product_name(taken: list[Mention], s: int, e: int, whole: bool = False) -> None:
    """A quoted product named after its maker (“东盟汇Trade”平台, 开发的“知澜Path”): the maker's name
    found inside the quotes gives way to the product's; ``whole``: so does a short name the quotes hold
    whole when a product noun follows them (“知衡”工业时序数据库)."""
    inside = [x for x in taken if not (e <= x.start or s >= x.end)]
    if inside and all(x.start >= s and (x.end < e or (whole and x.end == e and x.source == "local"))
                      and x.type in ("Company", "Investor") and x.source in ("local", "lexicon") for x in inside):
        for x in inside:
            taken.remove(x)


_LONGER_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:有限公司|公司|集团|股份|科技|研究院|联盟|协会|基金|资本|大学|学院|中心|园区|产业园)")
_BRAND_NEXT = set("、，,。；;和与及的是在也已将等被向于获完宣推发加成入则正今去旗日近牵首凭")


def _place_led_brand(text: str, p: int, R) -> str | None:
    """The 字号 + trade tail a city is followed by (合肥 + 玄晶量子), when the two characters of the 字号
    are no everyday word, the tail is one of names.yaml brand_tails, and no longer name goes on."""
    tails = R["brand_tail_set"]
    for n in (5, 4, 3):
        cand = text[p:p + n]
        if len(cand) != n or not _CJK_WORD.fullmatch(cand) or cand[2:] not in tails \
                or (cand[2:] in R["org_suffixes"] and (cand[2:] not in R["weak_suffixes"]
                                                       or cand[2:] in ("基金", "投资", "证券", "银行", "公司"))):
            continue          # (a suffix the name walk reads with its place: 合肥产投集团, 澳门科创基金)
        nxt = text[p + n:p + n + 1]
        if nxt and nxt not in _BRAND_NEXT or _LONGER_NAME.match(text, p + n):
            continue
        if _freq(cand[:2]) >= 20 or _freq(cand) >= 5 or cand[:2] in R["not_brand_heads"] or cand[0] in "市省区县":
            continue
        return cand
    return None


def _legal_form_follows(tokens, i: int, R) -> bool:
    """Up to three noun-like words after token ``i``, then a legal form (有限公司…)."""
    for k in range(i + 1, min(i + 5, len(tokens))):
        word, flag = tokens[k][0], tokens[k][1]
        if word.endswith(("有限公司", "有限责任公司")) and k > i + 1:
            return True
        if not (flag.startswith("n") or flag in ("vn", "a", "j", "v")) or word in R["stop_words"] or len(word) < 2:
            return False
    return False


@lru_cache(maxsize=None)
def _titles_ending(ch: str) -> tuple[str, ...]:
    """The job titles (names.yaml) of two or more characters that end with ``ch``."""
    return tuple(t for t in name_rules()["titles"] if len(t) >= 2 and t.endswith(ch))


def _trade_word_forms(short: str | None) -> tuple[str, ...]:
    """A 字号 with one of its two trade words: 科锐精密丝杠 → 科锐丝杠, 天姥智能关节 → 天姥智能."""
    if not short or len(short) != 6 or not _CJK_WORD.fullmatch(short) or _freq(short[:2]) >= 20:
        return ()
    return tuple(f for f in (short[:4], short[:2] + short[4:]) if _freq(f) < 5)


def _clipped_form(short: str | None) -> str | None:
    """The clipped short name of a 字号 + two-word trade: 量旭精密仪器 → 量旭精仪, 启衡智能装备 → 启衡智装
    (the first character of each word of the trade, the usual way such names are shortened)."""
    if not short or len(short) != 6 or not _CJK_WORD.fullmatch(short):
        return None
    from .seg import cut
    if any(len(w) == 1 for w in cut(short[2:], hmm=False)):
        return None       # (the trade must be two two-character words, or one four-character word)
    return short[:2] + short[2] + short[4]


_TITLE_MODIFIERS = {"特聘", "客座", "兼职", "首席", "高级", "助理", "访问", "讲席", "终身", "资深", "荣誉", "名誉", "长聘", "青年"}


def person_names(text: str) -> set[str]:
    """People named in contexts that leave no doubt (after a title, in a list of founders, after 由…),
    found with the cheap patterns over a whole body: later and earlier mentions then match them."""
    R = name_rules()
    out = set()
    products = column_cells(text, PRODUCT_HEADER) if "|" in text else set()    # (| 13 | 农知 | 禾丰数智 |: an app)
    for pat in (R["person_after_title"], R["person_in_list"], R["person_after_you"], R["person_before_honorific"], R["person_cell"],
                R["person_before_phone"], R["person_sex"], R["person_entry"], R["person_before_title"], R["person_bracket_role"],
                R["person_signed"], R["person_before_academic"], R["person_before_founding"], R["person_after_class"]):
        if (pat is R["person_after_class"] and "届" not in text and "级" not in text) \
                or (pat is R["person_before_founding"] and "的" not in text) \
                or (pat is R["person_before_academic"] and not any(w in text for w in ("教授", "院士", "研究员", "博士"))):
            continue          # (the newer patterns run only where the words they need occur)
        for m in pat.finditer(text):
            name = m.group(1)
            if pat is R["person_cell"] and name in products:
                continue
            if pat in (R["person_before_academic"], R["person_before_founding"]) and (_freq(name) >= 5 or any(
                    text.startswith(t, m.start(1) + 1) for t in R["titles"] if len(t) >= 4) or name[1:] in _TITLE_MODIFIERS):
                continue          # (金融教授, 的公司创立: a word, no name; 任|特聘研究员: a verb and a title)
            if name not in R["not_person"] and not _common_word(name) and not _verb_not_name(pat, m, text, R) and len(name) >= 2 \
                    and not _PRONOUN_IN_NAME.search(name[1:]) \
                    and name[-1] not in _PLACE_END and not (len(name) == 2 and name[1] in "总董") \
                    and not _word_led(name) and not _when_word(name):
                out.add(name)      # (相城区副区长…: a district, not a person named 相城区; 周总: an address;
                                   # 由公司位于上海的团队: 公司 is a word, not a surname and a name)
    for m in R["person_at_clause"].finditer(text):     # 钱立新1972年出生 … 钱立新直接控制: said twice
        name = m.group(1)
        if name not in out and name not in R["not_person"] and not _common_word(name) and _freq(name) < 5 \
                and not _PRONOUN_IN_NAME.search(name[1:]) \
                and not (len(name) == 2 and name[1] in "总董") and not _word_led(name, verbs=True) \
                and text.count(name) >= 2 and name[-1] not in _NOT_NAME_END and name[-1] not in _PLACE_END:
                                  # (管理人为…, said twice: 管理 and 人, no 管 named 理人)
            out.add(name)
    for name in [n for n in out if len(n) == 2 and "有限" in text]:
        if re.search(rf"(?<=[\u4e00-\u9fff]){re.escape(name)}[\u4e00-\u9fff]{{1,8}}?(?:股份有限公司|有限责任公司|有限公司)", text):
            out.discard(name)     # 郑州衡光量子科技有限公司 … 衡光发布了: the company's trade name, said as a person is said
    return out


_PLACE_END = set("区县市省镇乡村州")
_WHEN_WORD = re.compile(r"[\u4e00-\u9fff]{2}[后时前]")


def _when_word(name: str) -> bool:
    """博士|毕业时, 硕士|毕业后: a common word and 时/后/前 after a title is a time of life, no name."""
    return _WHEN_WORD.fullmatch(name) is not None and _freq(name[:2]) >= 100


_PRONOUN_IN_NAME = re.compile(r"[我你您他她它们咱]")     # (“但我一直在想: 但 and 我, no one named 但我)


def _word_led(name: str, verbs: bool = False) -> bool:
    """公司位, 我们说: three characters led by a very common word (公司, 我们) are that word and another, no name.
    ``verbs``: a weaker context also refuses a common verb first (公示期, said twice at a clause's start, is
    公示 and 期; 方子默 keeps 方子, a noun)."""
    return len(name) == 3 and (_freq(name[:2]) >= 10000 or (
        verbs and _freq(name[:2]) >= 100 and _dict_tag(name[:2]) in ("v", "vn", "ad", "d")))
_CAMPUS = re.compile(r"\s?[（(]([\u4e00-\u9fff]{2,6})[）)]")


_REGIONS = ("华东", "华南", "华北", "华中", "西北", "西南", "东北")


def _campuses(text: str, taken: list[Mention]) -> None:
    """哈尔滨工业大学（深圳）, 中国石油大学（华东）, …（下沙校区）: a university and its campus city, region or
    campus in brackets are one name."""
    for u in [m for m in taken if m.type == "University" and m.source != "coref"]:
        c = _CAMPUS.match(text, u.end)
        if c is None:
            continue
        inside = [x for x in taken if c.start() <= x.start and x.end <= c.end()]
        region = not inside and (c.group(1) in _REGIONS or c.group(1).endswith("校区"))
        if (region or (inside and all(x.type == "Place" for x in inside))) and not any(
                x for x in taken if x not in inside and x is not u and not (c.end() <= x.start or c.start() >= x.end)):
            for x in inside:
                taken.remove(x)
            taken.remove(u)
            name = u.text + "（" + c.group(1) + "）"
            taken.append(Mention(u.start, c.end(), text[u.start:c.end()], "University", name, u.source,
                                 aliases=(u.name,) + tuple(u.aliases)))
    taken.sort(key=lambda m: m.start)


def _person_list_mates(text: str, taken: list[Mention], R: dict) -> None:
    """由宋家豪、章玥于2020年…创立: the name listed right after a person, in a list that goes on as
    people's lists do, is a person's too (a surname, one or two more characters, no word of the dictionary)."""
    changed = True
    while changed:
        changed = False
        for m in sorted((x for x in taken if x.type == "Person" and x.source != "coref"), key=lambda x: x.start):
            nxt = R["person_mate"].match(text, m.end)
            if nxt is None:
                continue
            s, e = nxt.span(1)
            name = nxt.group(1)
            inside = [x for x in taken if not (e <= x.start or s >= x.end)]
            shorter = [x for x in inside if x.type == "Person" and x.source == "person" and x.start == s and x.end < e]
            if name in R["not_person"] or _common_word(name) or _verb_after_surname(name) or _freq(name) >= 5 \
                    or org_type_of(name) or len(inside) != len(shorter):
                continue
            for x in shorter:
                taken.remove(x)       # 宋建衡和贺轩|刚于2022年: the tagger cut the name before 刚
            taken.append(Mention(s, e, name, "Person", name, "person"))
            changed = True


_NOT_NAME_END = set("的了是在和与及等都均也为由于从对把被向这那其该年月日个家位名第之以而或但并将所说称后时")


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_NAME_TAGS = ("ns", "nr", "nz", "nt", "j")


_VERSION_OR_CLOSE = re.compile(r"\s?(?:[vV]?\d+(?:\.\d+)*)?[”\"」]")


def brand_names(text: str) -> set[str]:
    """Company short names (字号 + 行业: 山城智驾, 渝新汽车, 嘉陵芯电) found over a whole body by
    repetition: a four-character string that occurs at least twice, each time with varied
    neighbours (not the inside of a longer repeated phrase), whose first half is a name (a place or
    proper-noun tag, or rare in the dictionary) and whose second half is an industry word from
    names.yaml ``brand_tails`` or a coined word the dictionary does not know. Two everyday words
    (首批成员, 辅助驾驶, 未来产业) are not a name."""
    R = name_rules()
    tails = R["brand_tail_set"]
    seen: dict[str, list[int]] = {}
    for m in _CJK_RUN.finditer(text):
        run, base = m.group(), m.start()
        for i in range(len(run) - 3):
            seen.setdefault(run[i:i + 4], []).append(base + i)
            if i + 5 <= len(run) and run[i + 2:i + 5] in tails:
                seen.setdefault(run[i:i + 5], []).append(base + i)
    latin: dict[str, list[int]] = {}
    for m in _LATIN_TAIL_BRAND.finditer(text):     # 赣映VR, 衡微AI: a coined 字号 + an upper-case tail
        if _freq(m.group(1)) < 100 and not _FUNCTION_CHARS.search(m.group(1)):
            latin.setdefault(m.group(), []).append(m.start())
    out = {s for s, poss in latin.items()
           if len(poss) >= 2 and s[:2] not in R["not_brand_heads"] and len({text[p - 1: p] for p in poss}) >= 2
           and not any(text.startswith(_NOT_FIRM_AFTER + _THING_AFTER, p + len(s)) for p in poss)
           and not any(p > 0 and text[p - 1] in "“\"「" and _VERSION_OR_CLOSE.match(text, p + len(s)) for p in poss)}
                          # (“星图OS 2.0”… 星图OS的研发: a product quoted with its version, no firm)
                          # (域控MCU研发及产业化项目 … 域控MCU项目: a kind of chip, a project, no firm)
    for s, poss in seen.items():
        if len(poss) < 2 or _freq(s) > 0 or _FUNCTION_CHARS.search(s) or s[-1] in "中内外上下里后前间":
            continue
        head, tail = s[:2], s[2:]
        n = len(s)
        lefts = {text[p - 1] if p > 0 else "" for p in poss}
        rights = {text[p + n] if p + n < len(text) else "" for p in poss}
        if lefts <= {"《", "“", "\"", "「"}:
            continue          # a title or a quoted name (《山海行纪》): the work, not a company
        if any(text[p - 1] in "“\"「" and text[p + n:p + n + 1] in ("”", "\"", "」") and _WORK_BEFORE_QUOTE.search(text, max(0, p - 9), p - 1)
               for p in poss if p > 0):
            continue          # 核心产品“青穹天枢”平台 … 青穹天枢已接入: a product quoted where it is introduced
        if len(lefts) < 2 and next(iter(lefts)) and _CJK_RUN.match(next(iter(lefts))):
            continue          # always the same character before: part of a longer phrase
        if len(rights) < 2 and next(iter(rights)) and _CJK_RUN.match(next(iter(rights))):
            continue
        if not (tail in tails or _freq(tail) < 5):
            continue
        if any(text.startswith(_NOT_FIRM_AFTER, p + n) for p in poss):
            continue          # 超硬材料领域, 冰城智谷孵化基地: an industry or a park the article names, not a company
        if head in R["org_suffixes"] or tail in ("领投", "跟投", "参投", "出资", "控股", "持股"):
            continue          # 基金领投 (…AI基金领投, said twice): an organisation's kind and a verb, no trade name
        if (tail not in tails or _freq(head) >= 1000) and _dict_tag(head)[:1] in ("v", "p", "d"):
            continue          # 搬到来安: a verb and a rare place, no trade name; 合成生物: a common verb and a trade, a field
        if n == 5 and not (_freq(head) == 0 or _dict_tag(head).startswith(_NAME_TAGS)):
            continue          # 海棠飞行器 yes, 人形机器人 no
        if not (_freq(head) < 100 or (_dict_tag(head).startswith(_NAME_TAGS) and (_freq(head) < 1000 or not _dict_tag(head).startswith("nr"))) or len(poss) >= 3):
            continue          # 锦绣芯创: an everyday first half is fine for a name the article repeats (雷达芯片: not twice)
        if tail in _KIND_HEAD_SET and _freq(head) >= 300 and not _dict_tag(head).startswith(_NAME_TAGS):
            continue          # 推理芯片, 视觉芯片: an everyday word before a kind of product names a kind, however often
        if head in R["not_brand_heads"] or head in R["kind_words"] or head in R["surnames_double"] or s in R["not_person"]:
            continue
        if not (lefts & _EDGE or any(not _CJK_RUN.match(c) for c in lefts)) or \
                not (rights & _EDGE or any(not _CJK_RUN.match(c) for c in rights)):
            continue          # a name stands apart somewhere: after a comma or 和, before 是 or 的
        out.add(s)
    return out


_CLAUSE_CHAR = re.compile(r"[与和及的在是为由对把被将、]")
_PRODUCT_AFTER_SHORT = re.compile(r"[”\"」]?(?:系列|[A-Za-z0-9])")      # 喵途M3, “灵眸”系列: a product's name


def early_short_names(text: str, lexicon) -> dict[str, str]:
    """Short names used before the article gives the legal name they stand for (a headline, 之江数联发布
    中医药大模型, then 浙江之江数联医疗科技有限公司10日在杭州发布…): short name → legal name. A legal name
    is read from the first place that begins it with no clause word after (第三家公司|成都织维数据科技有限公司);
    its short name is what follows the place, without the kind of business (``_short_form``), kept
    when it was said alone before (not inside another legal name, 上海芯衡半导体有限公司 beside 浙江芯衡
    微电子股份有限公司, nor a product's name) and no other legal name holds it. A short name read after its legal name is
    learned where it is read."""
    found: dict[str, int] = {}
    for m in _BARE_LEGAL_FORM.finditer(text) if "有限" in text else ():
        k = m.start()
        while k > 0 and m.start() - k < 24 and _CJK_CHAR.match(text, k - 1):
            k -= 1               # (the run of characters before the legal form: found backwards, cheaply)
        run = text[k:m.end()]
        for i in range(len(run) - 6):
            place = lexicon.leading_place(run[i:i + 3])
            if place:
                if not _CLAUSE_CHAR.search(run, i + len(place)):
                    found.setdefault(run[i:], k + i)
                break
    out: dict[str, str] = {}
    for name, start in found.items():
        short = legal_short_form(name, lexicon)
        if short and short not in out and not any(short in n and name not in n for n in found) and any(
                (k == 0 or not _CJK_CHAR.match(text, k - 1)) and not _INSIDE_LEGAL_NAME.match(text, k + len(short))
                and not _PRODUCT_AFTER_SHORT.match(text, k + len(short)) for k in _occurrences(text, short, start)):
            out[short] = name
    return out


def _occurrences(text: str, word: str, before: int):
    k = text.find(word, 0, before)
    while 0 <= k:
        yield k
        k = text.find(word, k + 1, before)


# a list entry's line: an ordinal or none, a name, then cells after a bar
# (1. 海澜智航｜B轮｜数亿元, 极光量芯 ｜ 领域：光量子计算 ｜ 城市：合肥, 01 ｜ 知渡｜AI作文辅导)
_CELL_ENTRY_LINE = re.compile(r"^[ \t]*(?:[-*•·]\s*)?(?:\d{1,2}\s*[.、．)]?\s*|[①-⑳]\s*|第[一二三四五六七八九十\d]{1,3}[名位]\s*"
                         r"|(?:No\.|TOP|Top|#)\s?\d{1,3}\s*|\d{1,2}\s*[｜|]\s*)?"
                         r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9·]{1,11})[ \t\u3000]*[｜|][^\n]*$", re.M)


def entry_names(text: str) -> set[str]:
    """Names that head the entries of a list written as cells, one entry a line (see ``_CELL_ENTRY_LINE``):
    coined names (no dictionary word, no digit, no person's name, not a column's title such as 融资周报
    — names.yaml ``column_words``), kept when at least two lines of the body are such entries."""
    R = name_rules()
    names = []
    for m in _CELL_ENTRY_LINE.finditer(text):
        name = m.group("name")
        if _freq(name) > 0 or re.search(r"\d", name) or name.endswith(tuple(R["column_words"])):
            continue
        if len(name) <= 3 and (name[0] in R["surnames"] or name[:2] in R["surnames_double"]):
            continue          # 郭振宇｜创始人、董事长: a person (the person recogniser's)
        names.append(name)
    return set(names) if len(set(names)) >= 2 else set()


# a table column that holds organisations' names, by its header (企业名称, 依托单位, 实验室名称, 子公司);
# a short name (no suffix) is taken only from a column of companies
_NAME_COLUMN = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}?)(?P<kind>企业|公司|单位|机构|实验室|平台|股东|出资方|签约方|合伙人)(?:名称|全称)?$")
_PROJECT_COLUMN = re.compile(r"^(?:参赛|路演|入选|入营|毕业|孵化|入驻)?(?:项目|团队)(?:名称)?$")
_FOUNDERS_COLUMN = re.compile(r"^(?:联合)?(?:创始人|创办人)")
_NOT_NAME_COLUMN = re.compile(r"所在|类型|性质|数量|人数|地点|地址|规模|级别|负责人|主任")


def table_names(text: str) -> dict[str, str]:
    """Organisations named in the cells of a Markdown table whose header says the column holds names
    (| 序号 | 实验室名称 | 依托单位 |): each cell's items (split at 、，；/) with their type — the one the
    name's suffix gives, or Company for a short name in a column of companies (企业名称, 被投企业).
    Out: name → type, for the article's gazetteer (the whole cell is the name: 浙江省智能感知与边缘计算
    重点实验室, however long, with a 与 inside)."""
    out: dict[str, str] = {}
    for key, cell, head in column_items(text, heads=True):
        col = _NAME_COLUMN.match(key) or (_PROJECT_COLUMN.match(key) if any(_FOUNDERS_COLUMN.match(h) for h in head) else None)
                                              # (| 项目名称 | 创始人 |: a demo day's startups, by their short names)
        if col is None or _NOT_NAME_COLUMN.search(key):
            continue
        for item in re.split(r"[、，,；;/]", cell):
            item = re.sub(r"[*“”\"（(][^（）()]*[）)]?$|[*“”\"]", "", item).strip()
            if not 2 <= len(item) <= 30 or not re.match(r"[\u4e00-\u9fff]", item) or re.search(r"\d{2}", item):
                continue
            typ = org_type_of(item)
            if typ is None and col.groupdict().get("kind", "公司") in ("企业", "公司") and len(item) <= 8 and _freq(item) == 0 \
                    and not (len(item) <= 3 and item[0] in name_rules()["surnames"]):
                typ = "Company"
            if typ in ("Company", "Investor", "ResearchInstitute", "Organization"):
                out[item] = typ     # (universities, their units and government bodies: the recognisers' own)
    return out


_NOT_FIRM_AFTER = ("领域", "产业", "行业", "赛道", "孵化基地", "基地", "产业园", "科技园", "园区", "小镇", "板块", "概念股", "方向")   # (an industry or a park)
_THING_AFTER = ("项目", "研发", "芯片", "产品", "系列", "方案", "模组", "业务", "产线", "技术")
_LATIN_TAIL_BRAND = re.compile(r"([\u4e00-\u9fff]{2})[A-Z]{2,3}(?![A-Za-z0-9\-])")
_WORK_BEFORE_QUOTE = re.compile(r"(?:产品|平台|系统|品牌|机型|车型|型号|系列|模型|大模型|推出了?|发布了?|上线了?|研发了?|开发了?|打造了?|自研的?)$")
_EDGE = set("和与及的是则已在于由将被对向也还都均等获并从为让把给同跟")
_FUNCTION_CHARS = re.compile(r"[的了是在和与及等都均也为由于从对把被向这那其该年月日个家位名第之以而或但并将所说称]")


def _dict_tag(word: str) -> str:
    from .seg import _posseg
    _dictionary()
    return _posseg.dt.word_tag_tab.get(word, "")


def _suffix_of(word: str, R: dict) -> str | None:
    """The longest organisation suffix ``word`` ends with (suffixes indexed by their last character)."""
    for x in R["suffix_by_last"].get(word[-1:], ()):
        if word.endswith(x):
            return x
    return None


@lru_cache(maxsize=1)
def _dictionary() -> dict:
    from .seg import jieba
    jieba.dt.check_initialized()        # the dictionary loads lazily: make sure it is there
    return jieba.dt.FREQ


def _freq(word: str) -> int:
    return _dictionary().get(word) or 0


def _name_like(token) -> bool:
    """A word that can be (the end of) a proper name: unknown to the dictionary, or a proper-noun tag."""
    word, flag = token[0], token[1]
    return flag in _NAMEISH or _freq(word) < 30


def _name_like_stem(stem: str) -> bool:
    """The name part of a product phrase is a name, not a common word (擎眸 yes, 人形 no)."""
    stem = re.sub(r"(?:系列|新款|智能|新一代)$", "", stem)
    if not stem or re.match(r"面向|针对|基于|用于|专为|适用|一款|一种|一套|一台|多款", stem):
        return False
    if re.search(r"[A-Za-z0-9]", stem):
        return True
    from .seg import cut
    words = cut(stem, hmm=False)
    return any(_freq(w) < 5 for w in words) and len(stem) >= 2


def _org_like(name: str) -> bool:
    """Whether a run a context calls an employer looks like an organisation's name rather than a phrase:
    a Latin name (Waymo), or Chinese words of which one at least is unknown to the dictionary or a
    proper noun, and none a verb, pronoun, function word or number of everyday use (途岚智行, 英飞凌;
    not 这里, 研发部门, 产品上线后)."""
    if re.fullmatch(r"[A-Za-z&\-]+", name):
        return name.lower() not in ("the", "our", "this", "that")
    from .seg import tag
    rare = False
    for i, (w, f) in enumerate(tag(name)):
        if w in name_rules()["stop_words"] or w in name_rules()["title_set"]:
            return False
        known = _freq(w) >= 30
        if known and (f[:1] in ("p", "c", "u", "d", "r", "m", "q", "f", "t") or f in ("v", "ad", "an") or (f == "vn" and i == 0)):
            return False      # (咨询, 设计 after a name are a trade: 博衡咨询)
        rare = rare or not known or f in _NAME_TAGS
    return rare and not _chinese_person(name) and _freq(name) < 30


def _common_word(word: str) -> bool:
    return _freq(word) >= 100 and not _dict_tag(word).startswith("nr")


_VERB_OBJECT_MARK = "于在了过着到"        # 都就读|于: what follows a verb, not a name


def _verb_not_name(pat: re.Pattern, m: re.Match, text: str, R: dict) -> bool:
    """``_verb_after_surname`` for a person pattern's match: a title before the name (unless a verb's
    object mark follows it) or after it makes the given name more likely a name than a verb."""
    titled = (pat is R["person_after_title"] and text[m.end(1):m.end(1) + 1] not in _VERB_OBJECT_MARK) \
        or pat is R["person_before_title"]
    return _verb_after_surname(m.group(1), titled)


def _verb_after_surname(word: str, after_title: bool = False) -> bool:
    """毕业后, 都|就读: a surname character, then a common verb or 后 ("after"), not a given name. After a
    title (董事长蒋为民) only a very common verb counts: a given name may be a word (为民, 建国)."""
    return word[-1] == "后" or (len(word) == 3 and _dict_tag(word[1:]) in ("v", "vn", "p", "d", "t")
                                and _freq(word[1:]) >= (1500 if after_title else 300))   # (于|去年: a time word)


def _plausible_person(word: str, flag: str, R: dict, titled: bool = False) -> bool:
    if not (word[:2] in R["surnames_double"] or word[0] in R["surname_set"]):
        return False
    if len(word) == 2 and word[1] in "总董":
        return False          # 周总, 王董: how a head is addressed, not a name (kg.extract._boss_names)
    if (word[-1] in _NOT_NAME_END and not (word[-1] == "之" and len(word) == 3 and flag.startswith("nr"))) \
            or word[-1] in "性率度化量荷市县省":
        return False          # 都是, 鲁棒性, 满负荷, 乐清市: a word that starts with a surname character (唐牧之: a name)
    if word[:2] in ("曾任", "曾在", "曾是", "曾经", "曾获", "曾于", "曾为") or _verb_after_surname(word):
        return False          # 曾任德资企业…: the adverb 曾, not the surname
    if flag in ("nrfg", "nrt"):
        return True
    f = _freq(word)
    if len(word) == 4 and word[:2] not in R["surnames_double"]:
        return f == 0 and False
    return f < (500 if titled and len(word) == 3 else 50)   # (a name the dictionary knows, next to a title: 王振宇教授)


_EN_NEXT = re.compile(r"(?:,\s+|\s+and\s+|,\s+and\s+)((?:[A-Z][\w\-']*\s){0,2}[A-Z][\w\-']*)(?=[,.;:]|\s+and\s|\s+[—–-]|\s+(?:are|were|is|was|have|has|all)\b)")
_EN_PREV = re.compile(r"(?:^|[:;]\s*|,\s+)((?:[A-Z][\w\-']*\s){0,2}[A-Z][\w\-']*)(?:,\s+|,?\s+and\s+)$")
_EN_WITH_CHINESE = re.compile(r"(?<![A-Za-z0-9&\-])((?:[A-Z][A-Za-z0-9_&\-]*\s){0,4}[A-Z][A-Za-z0-9_&\-]*)\s?[（(]([\u4e00-\u9fff]{2,14})[）)]")
                                # (子公司HanZhou Europe GmbH（瀚舟欧洲）: a Latin name right after Chinese text)
_EN_STOP = {"The", "A", "An", "In", "On", "At", "And", "But", "All", "Its", "It", "Their", "This", "That", "These", "Those",
            "He", "She", "They", "We", "Local", "Chinese", "Both", "Most", "Some", "Many", "Last", "Next",
            "Our", "His", "Her", "My", "Your", "About", "Around", "Nearly", "Almost", "Over", "Under", "Only", "Just",
            "Roughly", "Up", "By", "Since", "Until", "After", "Before", "During", "Each", "Every", "Another",
            "Separately", "Meanwhile", "However", "Moreover", "Additionally", "Similarly", "Instead", "Still", "Also",
            "Finally", "Earlier", "Later", "Previously", "Currently", "Today", "Yesterday", "Overall"}


def _chinese_person(name: str) -> bool:
    """方文迪, 欧阳明: a surname and one or two more characters, not a word of the dictionary."""
    R = name_rules()
    sur = 2 if name[:2] in R["surnames_double"] else 1 if name[0] in R["surname_set"] else 0
    return bool(sur) and 2 <= len(name) <= sur + 2 and _freq(name) < 5 and org_type_of(name) is None


_EN_LEAD_WORDS = {"the", "in", "on", "at", "and", "but", "as", "its", "their", "his", "her", "this", "that", "chinese",
                  "when", "after", "before", "since", "while", "with", "for", "from", "by", "founder", "co-founder",
                  "chairman", "chairwoman", "president", "professor", "dr", "mr", "ms", "analyst", "partner"}


_LATIN_NAME = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?:[ ·][A-Z][a-z]+){1,2})(?![A-Za-z])")


@lru_cache(maxsize=1)
def _title_end() -> re.Pattern:
    return re.compile(r"(?:" + name_rules()["title_re"] + r"|创始人|联合创始人)[\s\u3000]?$")


def _latin_people_after_titles(text: str, taken: list[Mention]) -> None:
    """克雷默传动现任首席执行官Thomas Weber: in Chinese text, a name in Latin script right after a post
    is a person."""
    for m in _LATIN_NAME.finditer(text):
        s, e = m.span(1)
        if all(e <= x.start or s >= x.end for x in taken) and _title_end().search(text, max(0, s - 12), s):
            taken.append(Mention(s, e, m.group(1), "Person", m.group(1), "english"))


# a list or ranking a company is named to: "named to the 2025 Hangzhou Future Unicorn List", "selected for the fifth
# batch of national "Little Giant" specialised enterprises", "included in Hangzhou's 2023 list of unicorn companies"
_EN_PLACE_GOVERNMENT = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s(?:municipal|provincial|city|district|county)\s(?:government|people's\sgovernment))\b")
_EN_SERIAL_DOC = re.compile(r"\b((?:Policy|Issue|Research|Discussion|Working|Technical|White|Briefing|Occasional|Analysis)\s"
                            r"(?:Brief|Paper|Report|Note)\s(?:No\.|Number|#)\s?\d[\w\-]*)")
# a list by its title: the *2024 List of Hefei Gazelle Enterprises*, the Third-Batch List of Specialised … SMEs
_BARE_DOC_KIND = re.compile(r"(?:The|This|These|That)\s(?:Action\sPlan|Plan|Policy|Measures|Guidelines|Opinions|Regulations|Programme|Program|Strategy|Initiative)")
_EN_LIST_TITLE = re.compile(r"\b((?:(?:19|20)\d{2}\s)?(?:[A-Z][\w'\-]*\s){0,4}List\sof\s(?:the\s)?[A-Z][\w'\-]*"
                            r"(?:\s(?:(?:of|and|for|in|the)\s){0,2}[A-Z][\w'\-]*){0,8})(?![\w])")
_EN_LIST = re.compile(r"\b(?:named|selected|included|listed|added|ranked|chosen|shortlisted)\s(?:to|for|in|on|into|among)\s(?:the\s)?"
                      r"((?:[A-Z0-9\x22“]|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|new|national|provincial)\s)"
                      r"[^.;:()\n]{2,80}?\s(?:[Ll]ist|[Rr]anking|[Ii]ndex|[Ee]nterprises|[Cc]ompanies|[Cc]ohort|[Pp]rogramme|[Pp]rogram)[\x22”]?"
                      r"(?:\s(?:enterprise\s|company\s)?(?:[Ll]ist|[Rr]anking))?(?:\sof\s[^.;:()\n]{2,60}?(?:[Cc]ompanies|[Ee]nterprises|firms|startups|SMEs"
                      r"|(?<=[a-z]\s)(?:[A-Z][\w\-]*\s){0,4}(?:Program|Programme|Accelerator|Initiative|Scheme|Camp|Incubator))[\x22”]?)?)(?![A-Za-z])")
                      # (the 2025 cohort of the Zhejiang Medtech Pioneer Program: the cohort of a named programme)


# a ranking a company made, topped or appeared on, by its title (made the Hurun Global Unicorn Index 2025,
# appeared on the 2024 Hangzhou Future Unicorn List): capitalised words and numbers, then the kind of list
_EN_LIST_PUBLISHED = re.compile(r"\b(?:published|released|issued|announced|unveiled|named)\s(?:the\s|its\s)?"
                                r"((?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|new|\d{4})\s(?:batch|round|edition|group|cohort)"
                                r"\sof\s[^.;:()\n]{2,80}?\s(?:[Ee]nterprises|[Cc]ompanies|[Ff]irms|[Ll]ist|[Rr]anking|SMEs)[\x22”]?)(?![A-Za-z])")
_EN_LIST_MADE = re.compile(r"\b(?:made|topped|entered|(?:appeared|appears|appear|featured|features|feature)\son"
                           r"|(?:ranked|placed)\s(?:[\w\-]+\s){0,2}(?:on|in))\s(?:the\s)?"
                           r"((?:[A-Z0-9][\w'\-]*\s){1,8}(?:[Ll]ist|[Rr]anking|[Rr]ankings|[Ii]ndex)(?:\s(?:19|20)\d{2})?)(?![A-Za-z])")


# what a list's English name may hold inside it (its place, year, issuer: the Hurun Global Unicorn Index 2025)
_IN_LIST_NAME = ("Place", "Date", "Policy", "Report", "Group", "ResearchInstitute", "Organization")


_EN_SHOWN_PRODUCT = re.compile(r"\b(?:demonstrated|showed|showcased|unveiled|launched|introduced|released|displayed|exhibited|debuted|"
                               r"brought|rolled\sout)\s(?:its|their|the)\s(?:new\s|latest\s|flagship\s)?([A-Z][\w\-]*(?:\s[A-Z0-9][\w\-]*){1,3})"
                               r"(?=,\s(?:a|an)\s[a-z])")
_EN_NAME_WORDS = r"[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+){1,2}"
_EN_BYLINE = re.compile(rf"^[\s*_>]*By\s({_EN_NAME_WORDS})(?:\sand\s({_EN_NAME_WORDS}))?(?=\s*(?:,|\||·|—|–|\*|$))")


def _english_names(text: str, taken: list[Mention], lexicon: Lexicon) -> None:
    def free(s, e):
        return all(e <= m.start or s >= m.end for m in taken)

    by = _EN_BYLINE.match(text)
    for g in (1, 2) if by is not None else ():
        if by.group(g) and free(*by.span(g)) and by.group(g).split()[0] not in _EN_STOP:
            taken.append(Mention(*by.span(g), by.group(g), "Person", by.group(g), "english"))
                                  # *By Karen Mitchell and Liu Yang | …*: the byline's authors, whatever their names

    for pat, typ, within in ((_EN_PLACE_GOVERNMENT, "GovernmentBody", ("Place",)),   # Hangzhou's municipal government
                             (_EN_SERIAL_DOC, "Report", ("Date",)),           # Policy Brief No. 2025-07 (a series' number)
                             (_EN_LIST, "Group", _IN_LIST_NAME),
                             (_EN_LIST_MADE, "Group", _IN_LIST_NAME),
                             (_EN_LIST_PUBLISHED, "Report", _IN_LIST_NAME),
                             (_EN_LIST_TITLE, "Report", ("Place", "Date", "Group", "Company", "Organization"))):
        for m in pat.finditer(text):      # (the places and years inside are part of the name)
            bare = re.sub(r"\s(?:enterprise\s|company\s)?(?:list|ranking)$", "", m.group(1)) if typ == "Group" else m.group(1)
            _take_whole(taken, Mention(*m.span(1), m.group(1), typ, m.group(1), "english",
                                       aliases=(bare,) if bare != m.group(1) else ()), within)
                                  # (the 2025 Zhejiang Digital Culture Top 50 list: also without "list")

    for m in _EN_ITALIC_TITLE.finditer(text) if "*" in text else ():
        s, e = m.span(1)          # *Several Measures to Support Application Scenarios for Embodied Intelligent Robots*:
        name = m.group(1)         # a title set in italics, every word but the small ones capitalised
        words = re.findall(r"[A-Za-z][\w'\-]*", name)
        if len(words) < 3 or name.startswith("By ") or not (_EN_DOC_WORD.search(name) or _EN_REPORT_BEFORE.search(text, max(0, s - 100), s - 1)) or any(
                w[0].islower() and w not in _EN_SMALL_WORDS for w in words):
            continue
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        if all(s <= x.start and x.end <= e and x.type != "Person" for x in inside):
            for x in inside:
                taken.remove(x)       # (Embodied Intelligent Robots inside it: part of the title)
            typ = "Policy" if re.search(r"\b(?:Plan|Measures|Opinions|Guidelines|Regulations|Rules|Notice|Policy|Policies|Programme|Program|"
                                        r"Strategy|Provisions|Standard|Initiative)\b", name) \
                and not re.search(r"Report|White\sPaper|Blue\sBook|Index|Ranking|List|Survey|Outlook|Yearbook", name) else "Report"
            taken.append(Mention(s, e, name, typ, name, "english"))
    for m in _EN_ITALIC_NAME.finditer(text) if "*" in text else ():
        s, e = m.span(1)          # the puzzle game *Paper Lanterns*; Xiaoyu's flagship title, *Mist Harbour*, …: a work's
        name = m.group(1)         # name in italics where the words around it say it is a product or a game
        before, after = text[max(0, s - 60):s - 1], text[e + 1:e + 70]
        kind = _EN_ITALIC_KIND_BEFORE.search(before) or _EN_ITALIC_KIND_AFTER.match(after)
        if kind is None or not free(s, e) or _EN_DOC_WORD.search(name):
            continue
        game = re.search(r"\b(?:game|title|RPG|shooter|sequel|spin-off|studio)s?\b", kind.group(), re.I)
        taken.append(Mention(s, e, name, "Game" if game else "Product", name, "english"))
    for m in _EN_SHOWN_PRODUCT.finditer(text) if ", a" in text else ():
        s, e = m.span(1)          # demonstrated its Shengsi Hear One, a pair of earbuds: a product shown, then what it is
        if free(s, e) and m.group(1).split()[0] not in _EN_STOP and m.group(1) not in _EN_NOT_A_NAME:
            taken.append(Mention(s, e, m.group(1), "Product", m.group(1), "english"))
    for m in _EN_TITLED.finditer(text):
        s, e = m.span(1)
        name = m.group(1).strip()
        typ = "Policy" if re.search(r"\b(?:Plan|Policy|Policies|Measures|Guidelines?|Regulations?|Opinions|Notice|Programme|Program)\b", name) \
            else "Report"
        if free(s, e):
            taken.append(Mention(s, e, name, typ, name, "english"))
    for m in [*_EN_WORK_TO.finditer(text), *_EN_WORK.finditer(text), *_EN_WORK_LED.finditer(text)]:    # (Measures to Support the X Cluster first)
        s, e = m.span(1)
        owner = re.match(r".*?['’]s\s[\x22“](?=[A-Z])", m.group(1))
        if owner is not None:
            s += owner.end()          # the Hangzhou Municipal Government's "Action Plan for …": the quoted title
        overlapping = [x for x in taken if not (e <= x.start or s >= x.end)]
        if any(x.source == "local" and x.start <= s + 4 and x.end >= e for x in overlapping):
            continue          # the Measures, declared by the article (hereafter "the Measures"): its name for a work named before
        if _BARE_DOC_KIND.fullmatch(text[s:e]):
            continue          # The Measures, The Plan: a back-reference (kg.coref), not a title
        if all(x.start >= s and x.end <= e and x.source in ("lexicon", "english", "date", "local") for x in overlapping):
            name = text[s:e]
            typ = "Report" if re.search(r"Report|White Paper|Index|Ranking|List|Survey|Outlook", name) else "Policy"
            for x in [x for x in taken if x.start >= s and x.end <= e]:
                taken.remove(x)
            taken.append(Mention(s, e, name, typ, name, "english"))
    for x in [x for x in taken if x.type == "Place" and x.source == "lexicon" and " " not in x.text]:
        sur = re.search(r"(?:^|(?<=[\s*#(]))([A-Z][a-z]{0,5})\s$", text[max(0, x.start - 8):x.start])
        if sur and sur.group(1).lower() in _PINYIN_SURNAMES and sur.group(1) != "He" and x.text[:1].isupper() \
                and not re.match(r"\s?(?:[A-Z]|-based|City|Province|District)", text[x.end:]):
            s = x.start - len(sur.group(0))          # Chen Yuxi: a surname before a city's name makes a person
            taken.remove(x)
            taken.append(Mention(s, x.end, text[s:x.end], "Person", text[s:x.end], "english"))
    for m in [*_EN_ZONE.finditer(text), *_EN_DISTRICT.finditer(text)]:
        s, e = m.span(1)
        inside = [x for x in taken if x.start >= s and x.end <= e]
        if all(x.type == "Place" for x in inside) and all(e <= x.start or s >= x.end for x in taken if x not in inside):
            for x in inside:
                taken.remove(x)
            taken.append(Mention(s, e, m.group(1), "Place", m.group(1), "english"))
    for m in _EN_PLACE_SLOT.finditer(text):            # based in Pittsburgh; a Bergen hydrogen start-up
        s, e = m.span(1)
        name = m.group(1)
        if free(s, e) and name.split()[0] not in _EN_STOP and name not in _EN_NOT_A_NAME \
                and not (name.split()[0].lower() in _PINYIN_SURNAMES and len(name.split()) == 2) \
                and getattr(lexicon.lookup(name), "type", "Place") == "Place":
            taken.append(Mention(s, e, name, "Place", name, "english"))
    for m in _EN_PLACE_BEFORE_KIND.finditer(text):     # a Cambridge-based firm; Shenzhen's Qianhai area
        g = m.lastindex
        s, e = m.span(g)
        if free(s, e) and m.group(g) not in _EN_STOP:
            taken.append(Mention(s, e, m.group(g), "Place", m.group(g), "english"))
    for m in _EN_WITH_CHINESE.finditer(text):      # Danxia Hydrogen Power (丹霞氢能): a name with its Chinese name
        s, e = m.span(1)
        name = m.group(1)
        if name.split()[0] in ("The", "the"):
            s, name = s + 4, name[4:]
        lead = re.match(r"(?:[A-Z][\w\-]*\s)?[A-Z][\w]*-based\s", name)
        if lead:                  # Chengdu-based Tianfu Robotics (天府机器人)
            s, name = s + lead.end(), name[lead.end():]
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        if all(x.start >= s and x.end <= e and (x.source in ("local", "english") or x.type == "Place") for x in inside) \
                and len(name) >= 3 and name not in _EN_STOP:
            typ = org_type_of(m.group(2)) or ("Person" if _EN_NAME.fullmatch(name) and (
                name.split()[0].lower() in _PINYIN_SURNAMES or _chinese_person(m.group(2))) else "Company")
            bs, be = m.span(2)
            for x in inside + [x for x in taken if x.start >= bs and x.end <= be]:
                taken.remove(x)        # the Chinese name in the bracket is this name's alias, not a name of its own
            taken.append(Mention(s, e, name, typ, name, "english", aliases=(m.group(2),)))
    for m in _EN_GOV.finditer(text):
        s, e = m.span(1)
        if m.group(1).split()[0] in ("The", "the"):
            s += 4
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        if all(x.start >= s and x.end <= e and (x.type in ("Place", "GovernmentBody") or x.source == "english") for x in inside):
            for x in inside:
                taken.remove(x)
            taken.append(Mention(s, e, text[s:e], "GovernmentBody", text[s:e], "english"))
    for m in _EN_OF_ORG.finditer(text):
        s, e = m.span(1)
        name = m.group(1).strip()
        e = s + len(name)
        if name.split()[0] in ("The", "the"):
            s += 4
            name = name[4:]
        while re.search(r"\s(?:and|for|the|of)$", name):
            name = re.sub(r"\s(?:and|for|the|of)$", "", name)     # …of Technology and the: not the name's
            e = s + len(name)
        campus = _EN_CAMPUS.match(text, e) if name.startswith("University of") else None
        if campus:
            name, e = name + campus.group(), campus.end()        # University of Texas at Austin
        own = next((o for o in re.finditer(r"(\w+)['’]s\s", name) if o.group(1) not in _POSSESSIVE_IN_NAME), None)
        owner = ""
        if own and re.search(r"\s(?:of|for)\s", name[own.end():]):
            owner = name[:own.end(1)] + " "          # Peking University's Institute for Artificial Intelligence: the
            s, name = s + own.end(), name[own.end():]  # unit is a name of its own, called after its owner
        elif own:
            name = name[:own.end(1)]                   # …Department of Science and Technology's High-Tech Division
            e = s + len(name)
        for x in [x for x in taken if (x.type == "Place" or (x.source == "lexicon" and x.start == s and x.end < e
                                                             and text.startswith(" of ", x.end))
                                       or (x.source == "local" and x.start == s and x.end < e and x.text.isascii()
                                           and " " not in x.text and x.type in ("Company", "Investor")))
                  and s <= x.start and x.end <= e]:
            taken.remove(x)       # (Nanjing University of Aeronautics and Astronautics: not Nanjing University;
                                  #  Zhongyuan Institute of Economic Studies after Zhongyuan Zhisuan: not Zhongyuan)
        if free(s, e):
            unit = _EN_UNIT_NAME.match(name) or (re.match(r"(?:College|Department)\sof\s", name)
                                                 and re.search(r"(?:[Uu]niversity|[Cc]ollege|[Ss]chool)['’]s\s$", text[:s]))
            typ = "AcademicUnit" if unit else "University" if re.search(r"University|College|Institute\sof\sTechnology$|Polytechnic", name) else (
                "ResearchInstitute" if re.search(r"Institute|Academy", name) else (
                    "GovernmentBody" if re.search(r"Ministry|Bureau|Commission|Department|Government|Administration", name) else "Organization"))
            taken.append(Mention(s, e, name, typ, owner + name, "english"))

    for m in _EN_ORG.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        words = name.split()
        if any(w.endswith(("-based", "-listed", "-headquartered")) for w in words[:-1]):   # Chengdu-based Tianfu Growth
            k = max(i for i, w in enumerate(words[:-1]) if w.endswith(("-based", "-listed", "-headquartered"))) + 1
            s += len(" ".join(words[:k])) + 1
            words = words[k:]
        if words and words[0] in ("Chief", "Vice", "Deputy", "Executive", "Senior", "Managing", "Former"):
            continue          # Chief Technology Officer: a title, not a company
        lead = next((i for i in (2, 1) if len(words) >= i + 2 and re.fullmatch(r"[A-Z][a-z]+['’]s", words[i - 1])
                     and getattr(lexicon.lookup(" ".join(words[:i])[:-2]), "type", None) == "Place"), 0) \
            or next((i for i in range(len(words) - 2, 0, -1) if re.fullmatch(r"[A-Z][\w\-]*['’]s", words[i - 1])
                     and words[i - 1][:-2] not in _POSSESSIVE_IN_NAME), 0)
        if lead:
            owner = " ".join(words[:lead])[:-2]
            if _EN_ORG.fullmatch(owner) and free(s, s + len(owner)) and owner.split()[0] not in _EN_STOP:
                taken.append(Mention(s, s + len(owner), owner, _en_org_type(owner), owner, "english"))
            s += len(" ".join(words[:lead])) + 1   # Guangzhou's Pearl Air Logistics, Hong Kong's Harbourfront Growth Partners
            words = words[lead:]                   # (Qianxing Technology's Foundation Models Lab: two names)
        while words and words[0] in _EN_NOT_NAME_LEAD:       # (Both Luhe Intelligence and …: Luhe Intelligence)
            s += len(words[0]) + 1
            words = words[1:]
        if len(words) >= 4 and re.fullmatch(r"(?:Province|City|Municipality|District)['’]s", words[1]) and \
                getattr(lexicon.lookup(words[0]), "type", None) == "Place":
            s += len(words[0]) + len(words[1]) + 2      # Anhui Province's Jianghuai Future Industry Fund
            words = words[2:]
        name = " ".join(words)
        learned = [x for x in taken if x.source == "local" and s <= x.start and x.end <= e and (x.start, x.end) != (s, e)]
        if len(learned) == 1 and learned[0].start == s and not re.search(r"\b(?:subsidiary|unit|arm|branch)\b[^.;]{0,20}$", text[:s]) and (
                _EN_LEGAL_TAIL.sub("", name) == learned[0].text                      # X … X Co., Ltd.: its legal name
                                                                 # (not after "a Singapore subsidiary,": another company)
                or (len(words) >= 2 and _EN_KNOWN_AS.search(text, 0, s))):          # X, known as X Autonomy
            x = learned[0]       # another name of the company already learned, not a second company
            taken.remove(x)
            taken.append(Mention(s, e, text[s:e], x.type, x.name, "english"))
            continue
        if len(words) >= 2 and learned and all(x in learned or e <= x.start or s >= x.end
                                               or (x.type == "Place" and s <= x.start and x.end <= e) for x in taken) \
                and not any(x.name.startswith(name) for x in learned):
            for x in learned:     # the Skyreach Hengqin Innovation Center: longer than the short name learned
                taken.remove(x)   # (unless it is that name's entity: LumiQ Photonics of LumiQ Photonics Co., Ltd.)
        if len(words) < 2:
            continue
        if (v := _EN_VERSION_AFTER.match(text, e)) is not None and not _EN_LEGAL_TAIL.search(name) and not name.endswith("Fund"):
            if free(s, v.end()):      # the model, called Qiantu Vision 2: a version number makes it a product
                taken.append(Mention(s, v.end(), text[s:v.end()], "Product", text[s:v.end()], "english"))
            continue
        if s > 1 and text[s - 1] in "（(" and "\u4e00" <= text[s - 2] <= "\u9fff":
            continue          # 启明芯算（QiMing Compute）: the bracket is the name's English form, no name of its own
        if not free(s, e):
            inside = [x for x in taken if not (e <= x.start or s >= x.end)]
            legal = _EN_LEGAL_TAIL.search(name) is not None and len(words) >= 4
            arm = len(inside) == 1 and inside[0].start == s and inside[0].end < e and inside[0].type != "Person" \
                and _EN_ARM_TAIL.search(text, inside[0].end, e) is not None    # Zhejiang University Holding Group
            if not all((x.type == "Place" or ((legal or arm) and x.type != "Person")) and s <= x.start and x.end <= e for x in inside):
                continue
            for x in inside:               # Shenzhen Robotics Association, Guangdong-Hong Kong-Macao Greater Bay
                taken.remove(x)            # Area Robotics Alliance: the places are part of the name (and any name
                                           # inside a legal name: Xi'an Jiaotong University Science Park Development Co., Ltd.)
        taken.append(Mention(s, e, name, _en_org_type(name), name, "english"))
    for m in _EN_BARE_GROUP.finditer(text):        # the Optics Valley Five (a group's nickname, no quotes)
        s, e = m.span(1)
        if free(s, e) and m.group(1).split()[0] not in _EN_STOP:
            taken.append(Mention(s, e, m.group(1), "Group", m.group(1), "english"))
    for m in _EN_EMPLOYER_SLOT.finditer(text):     # a senior editor at Frontier Signal Media; left Qualcomm
        s, e = m.span(1)
        name = re.sub(r"['’]s?$|\.$", "", m.group(1))
        e = s + len(name)
        words = name.split()
        if _EN_GROUPISH.search(name):
            continue          # joined the Zhejiang Optoelectronics Industry Association: a member, not an employee
        if any(x.start == s and x.end == e for x in taken):
            continue
        if not words or words[0] in _EN_STOP or not free(s, e) or name in _EN_NOT_A_NAME or name.isupper() \
                or getattr(lexicon.lookup(name), "type", None) in ("Place", "Person") \
                or (words[0].lower() in _PINYIN_SURNAMES and _EN_NAME.fullmatch(name)):
            continue
        taken.append(Mention(s, e, name, _en_org_type(name), name, "english", workplace=True))
    for m in _EN_PRODUCT_SLOT.finditer(text):      # its flagship product, the Haixun Manta; sells Inkwell, a …
        s, e = m.span(1)
        name = m.group(1)
        words = name.split()
        if words[0] in _EN_STOP or name in _EN_NOT_A_NAME or lexicon.lookup(name) is not None \
                or (len(words) == 1 and name.isupper() and len(name) <= 3) or _EN_ORG_SUFFIX_END.search(name) or (words[0].lower() in _PINYIN_SURNAMES and _EN_NAME.fullmatch(name)):
            continue
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        if any(x.type != "Company" or x.source != "local" or x.start != s or x.end >= e for x in inside):
            continue          # (Tingfeng Scribe: the maker's name the article learned, then the product's own word)
        for x in inside:
            taken.remove(x)
        typ = "AIModel" if re.search(r"\bmodel\b", text[max(0, s - 40):s] + text[e:e + 30]) else "Product"
        taken.append(Mention(s, e, name, typ, name, "english"))
    for m in _EN_ORG_CONTEXT.finditer(text):       # Qingtu Autonomy is a Nanjing company; Huaheng, a machinery maker
        g = m.lastindex           # (one group per alternative)
        s, e = m.span(g)
        name = m.group(g)
        words = name.split()
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        city_first = len(inside) == 1 and inside[0].type == "Place" and inside[0].start == s \
            and text[inside[0].end:inside[0].end + 1] == " " and inside[0].end < e   # Hangzhou Tiangong Motion
        guessed = len(inside) == 1 and inside[0].type in ("Product", "AIModel") and inside[0].source == "english" \
            and (inside[0].start, inside[0].end) == (s, e)        # (T-Head, Alibaba's chip unit: no product)
        if words[0] in _EN_STOP or lexicon.lookup(name) or (inside and not city_first and not guessed) or \
                (len(words) >= 2 and words[0].lower() in _PINYIN_SURNAMES and _EN_NAME.fullmatch(name)) or \
                (len(words) == 1 and name.lower() in _PINYIN_SURNAMES):
            continue          # (Zhang makes…: a person called by the surname)
        if city_first or guessed:
            taken.remove(inside[0])      # a company named with its city first: the city is part of the name
        taken.append(Mention(s, e, name, "Company", name, "english"))
    for m in _EN_CITY_GOVERNMENT.finditer(text):   # the Kunming municipal government
        s, e = m.span(1)
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        if all(x.type == "Place" and s <= x.start and x.end <= e for x in inside) \
                and getattr(lexicon.lookup(m.group("place")), "type", None) == "Place":
            for x in inside:
                taken.remove(x)
            taken.append(Mention(s, e, m.group(1), "GovernmentBody", m.group(1), "english"))
    for m in _EN_TITLED_NAME.finditer(text):       # Chief Executive Gu Wenjie: the name after a capitalised title
        s, e = m.span(1)
        words = m.group(1).lower().split()
        inside = [x for x in taken if not (e <= x.start or s >= x.end)]
        if all(x.type == "Place" and s <= x.start and x.end <= e for x in inside) \
                and (words[0] in _PINYIN_SURNAMES or words[-1] in _PINYIN_SURNAMES) and not lexicon.lookup(m.group(1)):
            for x in inside:
                taken.remove(x)   # Dr. Mei Xinyu: Xinyu is a city's name, here a given name
            taken.append(Mention(s, e, m.group(1), "Person", m.group(1), "english"))
    for m in _EN_NAME.finditer(text):
        s, e = m.span(1)
        words = m.group(1).replace("-", " ").split()
        if not free(s, e) and len(words) == 3 and free(s + len(words[0]) + 1, e) \
                and words[1].lower() in _PINYIN_SURNAMES:
            s += len(words[0]) + 1        # Vice Mayor of Foshan Liang Weiming: the place, then the name
            words = words[1:]
        if not free(s, e):
            continue
        first = words[0].lower()
        if first in _EN_LEAD_WORDS and len(words) == 3:     # When Zhou Yiming left: the name after the word
            s += len(words[0]) + 1
            words = words[1:]
            first = words[0].lower()
            if not free(s, e):
                continue
        before = text[:s]
        if first in _EN_LEAD_WORDS:
            continue
        if lexicon.lookup(m.group(1)):
            continue
        if len(words) == 3 and first not in _PINYIN_SURNAMES and words[1].lower() in _PINYIN_SURNAMES \
                and first.capitalize() in _EN_NOT_GIVEN:
            s += len(words[0]) + 1        # Division Chen Yuhua: a word of a title, then the name
            words, first = words[1:], words[1].lower()
        if before.endswith(("the ", "The ")) or ("-" in m.group(1) and not all(
                _PINYIN_GIVEN.fullmatch(p.split()[0].lower()) for p in m.group(1).split("-")[1:])):
            continue          # the Xu-Chat assistant: a product's name, no person's (Xiao-Ming: a given name)
        if first in _PINYIN_SURNAMES or _EN_TITLE_BEFORE.search(before) or words[-1].lower() in _PINYIN_SURNAMES \
                or _EN_OCCUPATION_AFTER.match(text, e) \
                or (_EN_AGENT_BEFORE.search(before) and not _EN_ORG_END.search(text[s:e])):   # founded by Anna Keller
            taken.append(Mention(s, e, text[s:e], "Person", text[s:e], "english"))
    for m in _EN_BASED_PLACE.finditer(text):
        s, e = m.span(1)
        if free(s, e) and not lexicon.lookup(m.group(1)):
            taken.append(Mention(s, e, m.group(1), "Place", m.group(1), "english"))
    for m in _EN_OWNED_PRODUCT.finditer(text):      # Jinghai Energy's Skyline LMFP cell: a firm's named product
        s, e = m.span(1)
        owner = next((x for x in taken if x.end == m.start() and x.type in ("Company", "Investor", "ResearchInstitute")), None)
        if owner is not None and free(s, e) and m.group(1).split()[0] not in _EN_STOP:
            taken.append(Mention(s, e, m.group(1), "Product", m.group(1), "english"))
    for m in list(_EN_PRODUCT.finditer(text)) + list(_EN_CAMEL.finditer(text)) + list(_EN_CALLED.finditer(text)):
        g = m.lastindex           # (one group per alternative)
        s, e = m.span(g)
        name = m.group(g)
        first = name.split()[0]
        if (first in _EN_STOP or first in ("On", "Of", "For", "To", "From", "By", "As")) and m.re is _EN_PRODUCT \
                and " " in name:
            s += len(first) + 1          # Its Kuafu K2: the name after the word
            name = name[len(first) + 1:]
            first = name.split()[0]
        if first in _EN_STOP or first in ("On", "Of", "For", "To", "From", "By", "As"):
            continue
        if _EN_WORD_YEAR.fullmatch(name):
            continue          # Founded 2021, Class 2019: a word and a year, no product
        if (m.re is _EN_CALLED and g == 2) or (m.re is _EN_PRODUCT and " " in name):   # Moxin Counsel, Lingxi X2:
            # a product named after its maker
            brand = [x for x in taken if x.start == s and x.end < e and x.type in ("Company", "Investor")
                     and x.source in ("local", "lexicon")]
            if m.re is _EN_PRODUCT and any(not re.search(r"[A-Za-z]", text[x.end:e]) for x in brand):
                continue          # Qingtu 2025: the company and a year, not a product
            for x in brand:
                taken.remove(x)
            if any(x.type in ("Place", "Person") for x in taken if not (e <= x.start or s >= x.end)):
                continue
        if re.match(r"(?:Level|Series|Phase|Stage|Tier|Class|Round|Gen|Version|Type|No|Hall|Booth|Stand|Room|Floor|Gate|Building|Block|Pavilion|RMB|USD|HKD|CNY|EUR|GBP|JPY|SGD|US|"
                    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b", name):
            continue          # Level 4, Series B: a grade, not a product; RMB 30 (million): an amount
        if free(s, e) and not re.fullmatch(r"(?:19|20)\d\d", name) and re.search(r"[A-Za-z]", name):
            typ = "AIModel" if re.search(r"\d+(?:\.\d+)?[BM]$|GPT|LLM", name) else "Product"
            taken.append(Mention(s, e, name, typ, name, "english"))
    # list-mates of a known English organisation: Lingxi Dynamics, Mingjing Robotics and Haiyun Intelligence
    changed = True
    while changed:
        changed = False
        for m in sorted(taken, key=lambda x: x.start):
            if m.type not in ("Company", "Investor", "ResearchInstitute", "University", "Organization", "Person"):
                continue
            for pat in (_EN_NEXT, _EN_PREV):
                mm = pat.search(text, 0, m.start) if pat is _EN_PREV else pat.match(text, m.end)
                if not mm:
                    continue
                s, e = mm.span(1)
                if m.type == "Person" and not _EN_NAME.fullmatch(mm.group(1)):
                    continue          # Cao and Markus Vogel: a person's list-mate is a person with a full name
                if free(s, e) and mm.group(1).split()[0] not in _EN_STOP and not _EN_ROLE.search(mm.group(1)) \
                        and mm.group(1) not in _EN_NOT_A_NAME:           # (…Huatai Securities, and Dr. Pan Jing)
                    taken.append(Mention(s, e, mm.group(1), m.type, mm.group(1), "list"))    # (Partner, Lingnan Capital: a role)
                    changed = True
    opening = name_rules()["en_opening_re"]
    for i, x in enumerate(taken):       # Consider Yunqi Dynamics, …: a word that opens the sentence, then the name
        lead = opening.match(x.text) if x.source in ("english", "list") and x.name == x.text else None
        if lead is not None and x.type in ("Company", "Investor", "ResearchInstitute", "Organization"):
            name = x.text[lead.end():]
            taken[i] = replace(x, start=x.start + lead.end(), text=name, name=name)



_UNIT_AFTER = re.compile(r"^([\u4e00-\u9fff]{0,14}?(?:与|和|及)?[\u4e00-\u9fff]{0,8}?(?:学院|学系|(?<![院所室心司团])系(?![统列数])|研究院|研究所|实验室|研究中心|研发中心|创新中心|工程中心|设计中心|转移中心|转化中心|工作室群|工作室|分公司|子公司|工作站|附属医院|医院|校友总会|校友会|教育基金会))(?![\u4e00-\u9fff]{0,2}(?:学院|(?<![院所室心司团])系|研究院|研究所|实验室)|[\u4e00-\u9fff]{0,8}分会)")
_UNIT_OF = ("University", "Company", "ResearchInstitute")
_BARE_REPORT_TITLE = re.compile(r"#*\s*((?:(?:19|20)\d{2}年)?[\u4e00-\u9fff]{4,40}(?:统计公报|发展报告|研究报告|年度报告|深度报告|专题报告|白皮书|蓝皮书))"
                                r"(?:[：:]([^\n。；，,]{2,30}?))?(?:[（(](?:摘要|节选|简版|全文)[）)])?")      # (…深度报告：AI重塑研发设计与生产控制)
_PLACE_ASSOCIATION = re.compile(r"校友分?会(?![\u4e00-\u9fff]{0,8}分会)")    # (not 杭州校友会人工智能分会: a branch of it)
_NOT_UNIT = re.compile(r"^[和与及在的是由从对向将被把旗于、为系都也均还已曾即则便就]|把|计划|打算|准备|正在|希望|用于|的|是|全资|控股|参股|创建|创办|设立|举办|共同|成立|发起|联合|在|旗下|毕业|就读|担任|位于|投资|领投|牵头|组建|共建|等|支持|推动|依托|拥有|下设|设有|包括|以下|共有|现有|多家|数家|几家|[一二三四五六七八九十两\d]+(?:家|个)|了|教授|介绍|表示|来到|走进|调研")


_CREATED_UNIT = re.compile(r"(?:[^，。；]{0,6}?)(?:创建|创办|设立|成立|组建|开设|新设|筹建)(?:了)?"
                           r"([\u4e00-\u9fff]{2,10}?(?:系|学院|研究院|研究所|实验室|研究中心))(?![\u4e00-\u9fff]?(?:系|学院|研究院))")


_CREATED_LAB = re.compile(r"(?:[^，。；]{0,8}?)(?:设立|成立|组建|开设|新设|筹建|建立)(?:了)?(?:一个|一家)?"
                          r"([\u4e00-\u9fff]{2,8}?(?:研发中心|研究院|研究中心|创新中心|工程中心|设计中心|实验室))(?![\u4e00-\u9fff]{0,2}(?:研究院|研究所|实验室|有限公司|公司))")
_SETS_UP = re.compile(r"(?:[^，。；;]{0,12}?[，,])?[^，。；;]{0,6}?(?:下设|内设|下辖|设有)(?:了)?")
_SET_UP_UNIT = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:研究中心|研究所|研究院|实验室|创新中心|工程中心|研发中心|转化中心|中心|研究室|事业部|分会|分院))(?=[、和及与等，,。；;]|$)")
_NOT_SET_UP_UNIT = re.compile(r"^[和与及在的是由从对向将被把、为]|的|等|[一二三四五六七八九十两\d]+(?:家|个)|设立|成立|组建|包括|以下|共有|现有")


def _set_up_units(text: str, taken: list[Mention]) -> None:
    """杭州城西科创研究院成立于2020年，下设具身智能研究中心、智能制造研究中心等六个研究部门: the units an
    institution or company sets up inside it, listed after 下设 / 内设 / 设有, are its units (parent: it),
    named as written. Only when nothing else is named between the two."""
    heads = [(a, _SETS_UP.match(text, a.end)) for a in taken
             if a.type in ("ResearchInstitute", "University", "Company", "Organization", "AcademicUnit") and a.source != "coref"]
    for a, m in heads:
        if m is None or any(a.end <= x.start < m.end() and x.type not in ("Date", "Place") for x in taken):
            continue
        pos, found, same = m.end(), [], []
        while (u := _SET_UP_UNIT.match(text, pos)) is not None:
            clash = [x for x in taken if not (u.end(1) <= x.start or u.start(1) >= x.end)]
            if _NOT_SET_UP_UNIT.search(u.group(1)) or any((x.start, x.end) != u.span(1) or x.type not in ("ResearchInstitute", "Organization")
                                                          for x in clash):
                break
            found.append(u)
            same.extend(clash)        # (精密加工研究中心, recognised by its suffix: the same unit, now with its parent)
            pos = u.end(1)
            if text[pos:pos + 1] not in ("、", "和", "及", "与"):
                break
            pos += 1
        if len(found) >= 2 or (found and text[found[0].end(1):found[0].end(1) + 1] in "，,。；;"):
            for x in same:
                taken.remove(x)
            for u in found:
                typ = "AcademicUnit" if a.type == "University" else "ResearchInstitute"
                taken.append(Mention(u.start(1), u.end(1), u.group(1), typ, u.group(1), "suffix", parent=a.name))
    taken.sort(key=lambda m: m.start)


def _created_units(text: str, taken: list[Mention]) -> None:
    """浙大创建计算机系: a unit a university creates is its academic unit (parent: that university); 秦岭星图在长沙
    设立长沙研发中心: a research unit a company sets up is its institute (parent: that company; a place in the
    unit's name is part of it)."""
    for u in [m for m in taken if m.type in ("University", "Company")]:
        m = (_CREATED_UNIT if u.type == "University" else _CREATED_LAB).match(text, u.end)
        if m is None:
            continue
        s_, e_ = m.span(1)
        inside = [x for x in taken if not (e_ <= x.start or s_ >= x.end)]
        if _NOT_UNIT.search(m.group(1)) or any(x.type != "Place" or x.start < s_ or x.end > e_ for x in inside) \
                or (inside and u.type == "University"):
            continue
        for x in inside:
            taken.remove(x)
        typ = "AcademicUnit" if u.type == "University" else "ResearchInstitute"
        taken.append(Mention(s_, e_, m.group(1), typ, u.name + m.group(1), "suffix", parent=u.name, aliases=(m.group(1),)))


def _merge_units(text: str, taken: list[Mention], R: dict) -> None:
    """A university or company name followed by a unit's name (浙江大学 + 竺可桢学院, 中国科学技术大学 +
    微电子学院, 澜途科技 + 成都研究院, Nankai University's College of AI) → one mention of the unit,
    whose parent is the first name; a university's alumni association or foundation (…大学校友总会) is one
    organisation with no parent; "School of Management, Zhejiang University" is one unit named with its
    university; a place and 校友会 (宁波校友会) is one organisation."""
    taken.sort(key=lambda m: m.start)
    for a in list(taken):
        if a in taken and a.type == "University":
            u = _EN_UNIT.match(text, a.end)
            if u:
                name = u.group(1).rstrip()
                us, ue = u.start(1), u.start(1) + len(name)
                inside = [x for x in taken if x is not a and x.start < ue and x.end > us]
                if all(x.start >= us and x.end <= ue for x in inside):
                    for x in inside:
                        taken.remove(x)
                    taken.append(Mention(us, ue, name, "AcademicUnit", name, "english", parent=a.name))
                    continue
        if a not in taken or a.type not in _UNIT_OF:
            continue
        m = _UNIT_AFTER.match(text[a.end:])
        if not m or m.group(1) in ("医院", "附属医院"):
            continue          # (同济医院: the hospital's own name, no unit of 同济 called 医院)
        e = a.end + m.end(1)
        inside = [x for x in taken if x is not a and x.start < e and x.end > a.end]
        if any(x.end > e or x.type not in ("Place", "University", "ResearchInstitute", "AcademicUnit", "Organization", "Company", "Person")
               for x in inside):
            continue
        unit = m.group(1)
        if _NOT_UNIT.search(unit) or unit in ("系", "学院", "学系"):
            continue          # 浙大系 is a family of companies, not a department
        if a.type != "University" and not unit.endswith(("研究院", "研究所", "实验室", "研究中心", "研发中心", "创新中心",
                                                         "工程中心", "设计中心", "工作室群", "工作室", "分公司", "子公司", "工作站")):
            continue
        for x in inside:
            taken.remove(x)
        typ = "Organization" if unit.endswith(("校友总会", "校友会", "基金会")) else "AcademicUnit" if a.type == "University" \
            else ("Company" if unit.endswith(("公司", "工作室", "工作室群")) else "ResearchInstitute")
        taken.remove(a)
        written = text[a.start:e]            # as written (澜途科技成都研究院) beside the canonical 苏州澜途…有限公司成都研究院
        if a.type != "University" and a.source == "suffix" and a.name == a.text and not any(x.type == "Place" for x in inside) \
                and any(a.text.endswith(w) for w in R["weak_suffixes"]) \
                and unit not in ("研究院", "研究所", "实验室", "研究中心", "工作室", "分公司", "子公司"):
            taken.append(Mention(a.start, e, written, typ, written, "suffix"))
            continue          # 湘麓智能|感知研究院: one institute's name (智能感知), not a unit of a company 湘麓智能
        aliases = (unit,) if written == a.name + unit else (unit, written)
        if typ == "Organization":
            aliases = () if written == a.name + unit else (written,)    # (校友会 alone: any university's)
        taken.append(Mention(a.start, e, written, typ, a.name + unit, "suffix", aliases=aliases,
                             parent=None if typ == "Organization" else a.name))    # (an alumni association: no unit)
    for u in [x for x in taken if x.type == "AcademicUnit" and x.source == "english" and text.startswith(", ", x.end)]:
        uni = next((x for x in taken if x.type == "University" and x.start == u.end + 2), None)
        if uni is not None:       # the School of Management, Zhejiang University: the unit named with its university
            taken.remove(u)
            taken.remove(uni)
            name = text[u.start:uni.end]
            taken.append(Mention(u.start, uni.end, name, "AcademicUnit", name, "english", aliases=(u.text,), parent=uni.name))
    for a in [x for x in taken if x.type == "Place"]:
        m = _PLACE_ASSOCIATION.match(text, a.end)      # 宁波校友会: a university's association in a place
        e = m.end() if m else a.end
        if m and all(x is a or e <= x.start or a.start >= x.end for x in taken):
            taken.remove(a)
            taken.append(Mention(a.start, e, text[a.start:e], "Organization", text[a.start:e], "suffix"))
    taken.sort(key=lambda m: m.start)
