"""The twenty-eighth session's readings: he / 他 in an interview answer is not the one answering, and a
speaker's label only makes a turn when the turn speaks in the first person; an English Q&A's introduction
(We spoke with … X) names who answers, and we / our there is the interviewee's company; English labels that
name no speaker (Interview:); bare 公司 goes on meaning what 公司 meant last, and X为公司参股公司 is an
investment of the company the article is about; a table under a 子公司 heading and a stake below half; a table
of models with no company column; a list whose inner item joins two words (A、B与C、D); a park (Biotown)
and codes of buildings (园区B3栋); a name after 在<city>设立; Gu's firm; English investors that put in
money, firms that work out of an office in a place, and a government's agency. Sample text written for the
tests (names invented)."""
from __future__ import annotations

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import en_facts, facts


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- interviews ----------------

_QA = ("**Q: Who else is on the founding team?**\n\n"
       "**Zhou:** I did my PhD at Fudan University. My co-founder is Peng Haoyu. We met at a workshop in 2017. "
       "He graduated from Wuhan University and spent six years at Fibrelink Networks.\n\n"
       "Zhou Lanting is the chief executive of Qinglan Photonics.")


def test_he_in_an_answer_is_not_the_one_answering():
    got, _ = en_facts(_QA)
    assert ("Peng Haoyu", "alumniOf", "武汉大学") in got or ("Peng Haoyu", "alumniOf", "Wuhan University") in got
    assert not any(s.startswith("Zhou") and r == "alumniOf" and "Wuhan" in o or o == "武汉大学"
                   for s, r, o in got if s.startswith("Zhou"))


def test_a_profile_headed_by_its_subject_is_no_turn_of_speech():
    got, _ = facts("严景川：2009届自动化专业校友。毕业后他加入海康威视，2016年他创办杭州澄瞳视觉科技有限公司。")
    assert ("杭州澄瞳视觉科技有限公司", "founder", "严景川") in got


_EN_INTERVIEW = ("# Interview: Velora Therapeutics CEO Tang Ruyi on Building a Biotech in Xi'an\n\n"
                 "Xi'an Velora Therapeutics Co., Ltd. develops antibody drugs. We spoke with co-founder and CEO "
                 "Dr. Tang Ruyi about her career.\n\n"
                 "**How did you start?**\n\n"
                 "I did my PhD at Peking University and spent five years at Corvane Biosciences. "
                 "Our lead asset is VL-201, an antibody now in Phase II. Both came out of PairLink, our in-house platform.")


def test_an_english_interview_introduction_names_who_answers():
    got, _ = en_facts(_EN_INTERVIEW)
    assert ("Tang Ruyi", "alumniOf", "北京大学") in got
    assert ("Tang Ruyi", "worksFor", "Corvane Biosciences") in got
    assert not any(s == "Interview" for s, _, _ in got)


def test_our_in_an_english_answer_is_the_interviewees_company():
    got, _ = en_facts(_EN_INTERVIEW)
    assert any(r == "develops" and o == "PairLink" and "Velora" in s for s, r, o in got)


def test_a_lead_in_label_names_no_speaker():
    from kg.extract import _name_like_label
    assert not _name_like_label("Interview")
    assert not _name_like_label("Update")
    assert _name_like_label("Chen")
    assert _name_like_label("Tao Ran")


# ---------------- 公司 in an annual report ----------------

_ANNUAL = ("杭州澜石智能科技股份有限公司成立于2015年，总部位于杭州市余杭区。\n\n"
           "主要子公司及参股公司\n\n"
           "| 公司名称 | 持股比例 | 所在地 |\n| --- | --- | --- |\n"
           "| 宁波澜石传感有限公司 | 100% | 宁波市北仑区 |\n"
           "| 常州灵岩电子有限公司 | 30% | 常州市武进区 |\n\n"
           "其中，常州灵岩电子有限公司为公司参股公司。\n\n"
           "公司董事长陈立为澜石智能创始人。总经理邵启航2012年加入公司。")


def test_bare_company_goes_on_meaning_the_company_not_the_last_one_named():
    got, _ = facts(_ANNUAL)
    assert ("陈立", "worksFor", "杭州澜石智能科技股份有限公司") in got
    assert ("邵启航", "worksFor", "杭州澜石智能科技股份有限公司") in got
    assert ("陈立", "worksFor", "常州灵岩电子有限公司") not in got


def test_a_subsidiary_table_under_a_heading_and_a_minority_stake():
    got, _ = facts(_ANNUAL)
    assert ("宁波澜石传感有限公司", "parentOrganization", "杭州澜石智能科技股份有限公司") in got
    assert ("杭州澜石智能科技股份有限公司", "investedIn", "常州灵岩电子有限公司") in got
    assert ("常州灵岩电子有限公司", "parentOrganization", "杭州澜石智能科技股份有限公司") not in got


def test_an_associate_named_in_prose():
    got, _ = facts("杭州岑溪智能科技股份有限公司主要生产工业相机。绍兴禾木传感有限公司为公司参股公司，主营红外模组。")
    assert ("杭州岑溪智能科技股份有限公司", "investedIn", "绍兴禾木传感有限公司") in got


def test_a_table_of_models_with_no_company_column_is_the_companys():
    got, _ = facts("嘉兴澄砺半导体装备股份有限公司成立于2016年，主要从事薄膜沉积设备研发。\n\n"
                   "| 产品线 | 代表型号 | 主要应用 |\n| --- | --- | --- |\n"
                   "| 原子层沉积 | CL-300 | 高k介质 |\n| 外延 | EP-20 | 功率器件 |\n")
    assert ("嘉兴澄砺半导体装备股份有限公司", "develops", "CL-300") in got
    assert ("嘉兴澄砺半导体装备股份有限公司", "develops", "EP-20") in got


# ---------------- lists of fields ----------------

def test_an_inner_item_joining_two_words_stays_one_item():
    got, _ = facts("去年9月，临安区人民政府印发《临安区机器人产业发展行动计划》，明确将协作机器人、精密减速器与伺服系统、"
                   "机器视觉列为三大主攻方向。")
    plan = "临安区机器人产业发展行动计划"
    assert (plan, "prioritizes", "精密减速器与伺服系统") in got
    assert (plan, "prioritizes", "机器视觉") in got
    assert (plan, "prioritizes", "机器视觉列") not in got
    assert (plan, "prioritizes", "伺服系统") not in got


def test_the_last_conjunction_still_ends_the_list():
    got, _ = facts("《湖州市先进材料产业行动方案》聚焦特种工程塑料、高性能纤维及复合材料、电子化学品和生物基材料四大方向。")
    plan = "湖州市先进材料产业行动方案"
    assert (plan, "prioritizes", "电子化学品") in got
    assert (plan, "prioritizes", "生物基材料") in got
    assert (plan, "prioritizes", "高性能纤维及复合材料") in got or (plan, "prioritizes", "高性能纤维") in got
    assert (plan, "prioritizes", "电子化学品和生物基材料") not in got


# ---------------- places and names ----------------

def test_a_biotown_is_a_place_not_a_company():
    ms = _mentions("Founded in 2019 and based in the Nanchang Ganjiang International Biotown, the company makes vaccines.")
    assert ms.get("Nanchang Ganjiang International Biotown") == "Place"


def test_the_biotown_with_an_article_is_not_a_name():
    ms = _mentions("The Biotown also runs a shared pilot plant.")
    assert "The Biotown" not in ms


def test_a_building_code_in_a_park_is_no_product():
    ms = _mentions("公司入驻园区B3栋，租用面积约1200平方米。")
    assert not any(t == "Product" for t in ms.values())


def test_moving_into_the_park_is_no_place_name():
    ms = _mentions("禾苗机器人由西湖区迁入园区，主要产品为采摘机器人。")
    assert "西湖区迁入园区" not in ms
    assert ms.get("西湖区") == "Place"


def test_a_name_after_setting_up_in_a_city_starts_after_the_verb():
    ms = _mentions("2023年，公司在苏州设立澈岚国际有限公司，负责海外业务。")
    assert ms.get("澈岚国际有限公司") == "Company"
    assert "苏州设立澈岚国际有限公司" not in ms


def test_a_chemical_company_by_its_suffix():
    ms = _mentions("曾在日本住野化学担任电池材料研究员的韩墨加盟公司。")
    assert any(t == "Company" and k.endswith("住野化学") for k, t in ms.items())
    assert not _mentions("他本科就读于应用化学专业。")


def test_a_government_agency():
    got, _ = facts("滨江区科学技术局是滨江区人民政府的工作部门，负责全区科技工作。")
    assert ("滨江区科学技术局", "parentOrganization", "滨江区人民政府") in got


def test_kinds_after_zhuangong_and_yazhu():
    got, _ = facts("衢州钒川新材料有限公司专攻高镍三元前驱体。2022年起，公司又押注磷酸锰铁锂正极材料。")
    assert ("衢州钒川新材料有限公司", "develops", "高镍三元前驱体") in got
    assert ("衢州钒川新材料有限公司", "develops", "磷酸锰铁锂正极材料") in got


# ---------------- English ----------------

def test_a_persons_firm_is_the_firm_named_with_them():
    got, _ = en_facts('"Signals matter," says Lucy Pan, a partner at Qiantang Harbor Capital. '
                      "Pan's firm, founded in 2016 and headquartered in Hangzhou's Gongshu District, "
                      "has backed thirty startups.")
    assert ("Qiantang Harbor Capital", "foundingDate", "2016") in got
    assert any(s == "Qiantang Harbor Capital" and r == "location" and "Gongshu" in o for s, r, o in got)


def test_an_angel_who_put_in_money():
    got, _ = en_facts("Lanfeng Robotics raised its first round this spring. Bayside Ventures led the round, and "
                      "Qiao Ming, a former game-studio executive turned angel investor, also put in money.")
    assert ("Qiao Ming", "investedIn", "Lanfeng Robotics") in got


def test_a_firm_that_works_out_of_an_office_in_a_place():
    got, _ = en_facts("Tidemark AI works out of a two-floor office in Dream Town, a startup hub.")
    assert ("Tidemark AI", "location", "Dream Town") in got


def test_an_investor_who_came_in_as_a_strategic_investor():
    got, _ = en_facts("Last year Nuoya Biologics closed a Series C led by Emei Capital. "
                      "Zhejiang Huaqing Pharmaceutical also came in as a strategic investor.")
    assert ("Zhejiang Huaqing Pharmaceutical", "investedIn", "Nuoya Biologics") in got


# ---------------- a prospectus ----------------

def test_a_registered_seat_and_main_place_of_business():
    got, _ = facts("岚澈光电成立于2012年3月，注册地和主要经营场所位于江苏省苏州工业园区。")
    assert ("岚澈光电", "location", "江苏省苏州工业园区") in got


def test_a_resume_clause_joining_the_company():
    got, _ = facts("苏州岚澈光电股份有限公司主营光模块。\n\n程若冰，1981年出生，东南大学硕士。"
                   "2006年至2014年就职于华为技术有限公司；2014年加入苏州岚澈光电股份有限公司。")
    assert ("程若冰", "worksFor", "苏州岚澈光电股份有限公司") in got


# ---------------- a digest's lines ----------------

def test_a_numbered_headline_with_a_verb_is_no_name():
    ms = _mentions("四、栖岚微加入长三角车规芯片产业创新联盟")
    assert ms.get("长三角车规芯片产业创新联盟") == "Organization"
    assert not any(k.startswith("栖岚微加入") for k in ms)


def test_a_product_named_with_the_trade_name_and_a_code():
    got, res = facts("苏州栖岚微电子有限公司（栖岚微）成立于2020年。栖岚微位于苏州工业园区，其车规级MCU“栖岚QX32”今年已通过认证。")
    names = {m.text: m.type for _, ms in res.sentences for m in ms}
    assert names.get("栖岚QX32") == "Product"


def test_colleges_listed_as_members():
    got, _ = facts("长三角低空飞行器产业协同创新联盟在湖州成立。\n\n## 首批成员单位（部分）\n\n"
                   "**整机企业**：杭州翼岚航空科技有限公司、上海翔鸥无人机系统有限公司\n\n"
                   "**高校院所**：南京航空航天大学无人机研究院、上海交通大学航空航天学院\n")
    assert ("上海交通大学航空航天学院", "memberOf", "长三角低空飞行器产业协同创新联盟") in got


def test_it_also_opened_an_office_in_a_place():
    got, _ = en_facts("Lanqi AI was founded in 2023. Last year it also opened a research office in Hangzhou's Yuhang District.")
    assert any(s == "Lanqi AI" and r == "location" and "Yuhang" in o for s, r, o in got)


# ---------------- meetings, reports, disclosures ----------------

def test_a_document_released_at_the_meeting_takes_the_meetings_day():
    got, _ = facts("12月20日，湖北省智能制造产业协会2025年会在武汉召开。\n\n会议审议通过了新会员名单。\n\n"
                   "会上，协会联合发布了《湖北省智能制造产业发展报告（2025）》。", date=__import__("datetime").date(2025, 12, 22))
    assert ("湖北省智能制造产业发展报告(2025)", "datePublished", "2025-12-20") in got


def test_no_meeting_day_gives_no_date():
    got, _ = facts("会上，协会联合发布了《湖北省智能制造产业发展报告（2025）》。")
    assert not any(r == "datePublished" for _, r, _ in got)


def test_what_a_report_recommends():
    got, _ = facts("会上发布了《长三角机器人产业发展报告（2025）》。报告显示，相关企业已超过900家；"
                   "报告建议下一阶段重点突破灵巧操作、具身大模型和高性能关节模组三大方向。")
    rep = "长三角机器人产业发展报告(2025)"
    assert (rep, "prioritizes", "具身大模型") in got
    assert (rep, "prioritizes", "高性能关节模组") in got


def test_a_listed_company_discloses_its_annual_report():
    got, _ = facts("浙江瀚岳智控科技股份有限公司（证券简称：瀚岳智控，证券代码：300917）于4月23日晚间披露《2024年年度报告》。",
                   date=__import__("datetime").date(2025, 4, 24))
    assert ("2024年年度报告", "publisher", "浙江瀚岳智控科技股份有限公司") in got
    assert ("2024年年度报告", "datePublished", "2025-04-23") in got


def test_a_count_in_kuai_ends_the_last_item():
    got, _ = facts("杭州市经信局昨天发了《杭州市促进具身机器人产业发展若干措施》，重点支持整机、关节模组和灵巧手三块。")
    assert ("杭州市促进具身机器人产业发展若干措施", "prioritizes", "灵巧手") in got


def test_joining_an_alliance_is_no_employment():
    got, _ = facts("杭州芯途微电子有限公司主营电源芯片。\n\n周立衡，董事长。1975年出生，2023年加入浙江省集成电路产业联盟。")
    assert ("周立衡", "worksFor", "浙江省集成电路产业联盟") not in got


def test_a_demonstrative_with_a_founding_date():
    got, _ = facts("它们都出自杭州灵岫机器人科技有限公司。这家2020年成立的企业，如今是萧山机器人产业的领头者。")
    assert ("杭州灵岫机器人科技有限公司", "foundingDate", "2020") in got
    got, _ = facts("西安极岚电气科技有限公司获得授权。这家今年3月刚刚注册成立的初创企业，由两名博士生创办。")
    assert ("西安极岚电气科技有限公司", "foundingDate", "2025-03") in got
