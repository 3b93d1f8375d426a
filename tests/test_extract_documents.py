"""What the thirteenth session taught the extractor, from the structure of official documents and
profiles: a document named after its issuers (杭州市人民政府办公厅关于…的实施意见) with or without 《》,
table columns read by their header (举办单位, 所在区、县（市）, 所在高校, a list's title above the table),
a bureau's divisions (市经信局数字经济处), heads of counties, a work report and who delivered it;
English founders, alumni, CV lines and investors in new phrasings. Sample text written for the tests
(names invented)."""
from __future__ import annotations

import pytest

from kg.lexicon import get_lexicon
from kg.mentions import recognise, title_aliases, title_issuers
from kg.resolve import Resolver
from test_extract import facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---- documents named after their issuers ----

@pytest.mark.parametrize("title, issuers", [
    ("宁波市经济和信息化局关于公布2025年度数字工厂名单的通知", ["宁波市经济和信息化局"]),
    ("安徽省科学技术厅安徽省财政厅关于下达2025年度科技专项资金的通知", ["安徽省科学技术厅", "安徽省财政厅"]),
    ("湖南省人民政府办公厅关于加快发展智能网联汽车的实施意见", ["湖南省人民政府办公厅"]),
    ("广西壮族自治区工业和信息化厅等五部门关于印发工业互联网行动方案的通知", ["广西壮族自治区工业和信息化厅"]),
    ("中共合肥市委 合肥市人民政府关于建设科创名城的意见", ["中共合肥市委", "合肥市人民政府"]),
])
def test_the_issuers_a_title_starts_with(title, issuers):
    assert [name for _, _, name in title_issuers(title)] == issuers


@pytest.mark.parametrize("title", ["关于加快发展智能网联汽车的实施意见", "星河光电股份有限公司关于对外投资的公告",
                                   "近日收到的关于算力券的通知"])
def test_a_title_without_a_government_before_its_subject_names_no_issuer(title):
    assert title_issuers(title) == []


def test_a_title_is_also_known_without_its_issuer_and_by_the_document_it_issues():
    assert title_aliases("宁波市人民政府关于印发宁波市低空经济发展规划的通知") == (
        "关于印发宁波市低空经济发展规划的通知", "宁波市低空经济发展规划")
    assert title_aliases("关于开展2025年度申报工作的通知") == ()


def test_a_document_named_without_brackets_after_its_issuer_is_a_policy_with_its_publisher():
    body = "湖南省人民政府办公厅关于加快发展智能网联汽车的实施意见（湘政办发〔2025〕8号）近日印发，重点发展车规级芯片、线控底盘。"
    got, res = facts(body)
    doc = "湖南省人民政府办公厅关于加快发展智能网联汽车的实施意见"
    assert (doc, "publisher", "湖南省人民政府办公厅") in got
    assert (doc, "prioritizes", "车规级芯片") in got
    m = next(m for _, ms in res.sentences for m in ms if m.name == doc)
    assert m.type == "Policy" and "关于加快发展智能网联汽车的实施意见" in m.aliases


def test_each_issuer_in_a_title_in_brackets_is_a_publisher():
    got, _ = facts("《安徽省科学技术厅安徽省财政厅关于下达2025年度科技专项资金的通知》已于上周公布。")
    doc = "安徽省科学技术厅安徽省财政厅关于下达2025年度科技专项资金的通知"
    assert (doc, "publisher", "安徽省科学技术厅") in got
    assert (doc, "publisher", "安徽省财政厅") in got


def test_a_sentence_about_a_document_without_an_issuer_in_its_name_gets_no_publisher_from_it():
    got, _ = facts("有企业来电询问关于算力券的通知何时发布。")
    assert not any(r == "publisher" for _, r, _ in got)


# ---- tables read by their header ----

RD_TABLE = """根据有关规定，认定以下机构为2025年度新型研发机构。

**2025年度湖州市新型研发机构名单**

| 序号 | 机构名称 | 举办（依托）单位 | 共建单位 | 所在区、县（市） |
| --- | --- | --- | --- | --- |
| 1 | 湖州太湖光子研究院 | 湖州澄光科技有限公司 | 浙江大学 | 吴兴区 |
| 2 | 安吉竹产业研究院 | 安吉县人民政府 | 南京林业大学 | 安吉县 |
"""


def test_a_table_of_institutes_gives_founders_places_and_the_list_above_it():
    got, _ = facts(RD_TABLE)
    assert ("湖州太湖光子研究院", "founder", "湖州澄光科技有限公司") in got
    assert ("湖州太湖光子研究院", "founder", "浙江大学") in got
    assert ("湖州太湖光子研究院", "location", "吴兴区") in got
    assert ("安吉竹产业研究院", "founder", "安吉县人民政府") in got
    assert ("安吉竹产业研究院", "memberOf", "2025年度湖州市新型研发机构名单") in got
    assert ("浙江大学", "location", "吴兴区") not in got      # the place column says where the row's institute is


def test_a_district_in_a_place_column_is_a_place_not_a_person():
    body = ("| 企业名称 | 主要产品 | 所在地 |\n| --- | --- | --- |\n"
            "| 杭州澜湾传感科技有限公司 | 压力传感器 | 富阳区 |\n")
    got, res = facts(body)
    assert ("杭州澜湾传感科技有限公司", "location", "富阳区") in got
    assert not any(m.type == "Person" for _, ms in res.sentences for m in ms)


def test_a_table_of_winners_reads_people_schools_and_the_company_column():
    body = ("| 项目名称 | 团队负责人 | 所在高校 | 依托企业 | 企业所在地 |\n| --- | --- | --- | --- | --- |\n"
            "| 柔性电子皮肤 | 钱若溪 | 浙江大学 | 杭州知触科技有限公司 | 杭州市余杭区 |\n")
    got, _ = facts(body)
    assert ("钱若溪", "alumniOf", "浙江大学") in got
    assert ("钱若溪", "worksFor", "浙江大学") not in got       # a school column is where one studied
    assert ("杭州知触科技有限公司", "develops", "柔性电子皮肤") in got
    assert ("杭州知触科技有限公司", "location", "杭州市余杭区") in got


def test_a_person_table_with_an_employer_column():
    body = ("| 姓名 | 工作单位 | 毕业院校 |\n| --- | --- | --- |\n"
            "| 田嘉禾 | 宁波舜宇光电有限公司 | 天津大学 |\n")
    got, _ = facts(body)
    assert ("田嘉禾", "worksFor", "宁波舜宇光电有限公司") in got
    assert ("田嘉禾", "alumniOf", "天津大学") in got


# ---- names ----

def test_an_institute_whose_words_are_generic_runs_back_to_its_place():
    names = _names("认定杭州未来感知技术研究院等6家机构为新型研发机构。")
    assert names.get("杭州未来感知技术研究院") == "ResearchInstitute"
    assert "技术研究院" not in names


def test_a_kind_of_institute_alone_is_no_name():
    assert "技术研究院" not in _names("他在技术研究院工作。")


def test_a_common_word_in_brackets_is_no_other_name():
    res = Resolver(get_lexicon())
    ms = recognise("全省累计培育国家级制造业单项冠军企业（产品）67个。", get_lexicon())
    res.learn_aliases("全省累计培育国家级制造业单项冠军企业（产品）67个。", ms)
    assert "产品" not in {a for names in res.alias_text.values() for a in names}


# ---- a bureau's divisions, heads of counties, work reports ----

def test_a_division_belongs_to_its_bureau_and_its_staff_work_for_both():
    got, _ = facts("联系人：市科技局成果转化处 严立新，0574-8xxxxxx。\n省发改委高技术处处长钟文博出席。")
    assert ("市科技局成果转化处", "parentOrganization", "市科技局") in got     # (a division is named in full)
    assert ("严立新", "worksFor", "市科技局") in got
    assert ("钟文博", "worksFor", "省发改委高技术处") in got
    assert ("钟文博", "worksFor", "省发改委") in got


def test_everyday_words_after_a_bureau_are_no_division():
    names = _names("市科技局科技处理了此事。")
    assert not any(n.endswith("处") for n in names)


@pytest.mark.parametrize("text, person, body", [
    ("安吉县人民政府县长方立群表示，要做强竹产业。", "方立群", "安吉县人民政府"),
    ("德清县副县长朱海燕出席仪式。", "朱海燕", "德清县人民政府"),
])
def test_county_heads_work_for_the_county_government(text, person, body):
    got, _ = facts(text)
    assert (person, "worksFor", body) in got


def test_a_work_report_is_published_by_the_government_whose_head_delivered_it():
    got, _ = facts("1月8日，安吉县人民政府县长方立群在县十七届人大四次会议上作政府工作报告。")
    assert ("政府工作报告", "publisher", "安吉县人民政府") in got
    assert ("政府工作报告", "datePublished", "2025-01-08") in got


@pytest.mark.parametrize("intro", ["我们将聚焦以下重点产业，加快构建现代化产业体系：", "一、支持方向"])
def test_priorities_listed_after_an_announcement(intro):
    body = f"《安吉县竹产业高质量发展行动方案》近日印发。\n\n{intro}\n\n1. 竹基新材料。做强竹缠绕管道。\n2. 竹木家居。培育龙头企业。\n"
    got, _ = facts(body)
    assert ("安吉县竹产业高质量发展行动方案", "prioritizes", "竹基新材料") in got
    assert ("安吉县竹产业高质量发展行动方案", "prioritizes", "竹木家居") in got


# ---- English ----

def test_a_company_named_once_after_co_founded_and_a_founder_with_a_colleague():
    got, _ = facts("In 2019 Li Mingze and his former colleague Gao Ran co-founded Quillstack, which makes a vector database.")
    assert ("Quillstack", "founder", "Li Mingze") in got
    assert ("Quillstack", "founder", "Gao Ran") in got


def test_a_degree_and_year_in_brackets_after_a_name_gives_the_school():
    got, res = facts("Wen Jiale (B.Eng. 2011, School of Materials Science) now runs a coatings firm.")
    assert ("Wen Jiale", "alumniOf", "School of Materials Science") in got
    assert {m.text: m.type for _, ms in res.sentences for m in ms}["School of Materials Science"] == "AcademicUnit"


@pytest.mark.parametrize("text, person, school", [
    ("Fan Yuqi is a Tianjin University alumna.", "Fan Yuqi", "天津大学"),
    ("Angel investor Cao Yi, himself a Zhejiang University alumnus, backed the firm.", "Cao Yi", "浙江大学"),
    ("Zhou Lan completed an MBA at Lakeshore International Business School.", "Zhou Lan", "Lakeshore International Business School"),
])
def test_english_alumni_phrasings(text, person, school):
    got, _ = facts("Acme Robotics makes arms. " + text)
    assert any(s.endswith(person) and r == "alumniOf" and o == school for s, r, o in got)


def test_a_cv_line_with_the_role_after_the_organisation():
    body = "# Lu Siyuan\n\n## Experience\n\n**Kestrel Microsystems Co., Ltd.** — Senior Firmware Engineer\n\n**NetEase** — Software Engineer\n"
    got, _ = facts(body)
    assert ("Lu Siyuan", "worksFor", "Kestrel Microsystems Co., Ltd.") in got
    assert ("Lu Siyuan", "worksFor", "网易") in got


def test_investors_of_a_round_in_new_english_phrasings():
    body = ("Hangzhou Ferrolite Robotics Co., Ltd. said it had raised 800 million yuan in a Series B round. "
            "Qiantang Hi-Tech Venture Capital Co. contributed 200 million yuan. "
            "Beijing-based Northgate Asset Management joined as a new investor. "
            "Redwood Hill Partners first invested at the angel stage.")
    got, res = facts(body)
    company = "Hangzhou Ferrolite Robotics Co., Ltd."
    assert ("Qiantang Hi-Tech Venture Capital Co.", "investedIn", company) in got
    assert ("Northgate Asset Management", "investedIn", company) in got
    assert ("Redwood Hill Partners", "investedIn", company) in got
    typ = {m.text: m.type for _, ms in res.sentences for m in ms}
    assert typ["Qiantang Hi-Tech Venture Capital Co."] == "Investor"


# ---- what a policy prioritises ----

@pytest.mark.parametrize("name, fields", [
    ("重庆市低空经济产业发展行动计划（2024—2027年）", ["低空经济"]),
    ("萧山区低空经济与智能装备产业高质量发展三年行动计划", ["低空经济", "智能装备"]),
    ("湖北省人工智能与未来产业创新发展三年行动计划", ["人工智能", "未来产业"]),
])
def test_a_plan_named_for_its_industries_prioritises_them(name, fields):
    got, _ = facts(f"《{name}》近日印发。")
    doc = name.replace("（", "(").replace("）", ")")
    assert {o for s, r, o in got if r == "prioritizes" and s == doc} == set(fields)


@pytest.mark.parametrize("name, field", [
    ("Hangzhou Action Plan for High-Quality Development of the Low-Altitude Economy", "Low-Altitude Economy"),
    ("Quanzhou Action Plan for Embodied Intelligent Robots (2025–2027)", "Embodied Intelligent Robots"),
    ("Hefei Action Plan for Integrated Circuit Industry Development (2024–2026)", "Integrated Circuit"),
])
def test_an_english_plan_named_for_its_industry_prioritises_it(name, field):
    got, _ = facts(f"The city issued the {name} last spring.")
    assert (name, "prioritizes", field) in got


def test_a_general_plan_names_no_industry():
    got, _ = facts("《杭州市国民经济和社会发展第十四个五年规划》出台。")
    assert not any(r == "prioritizes" for _, r, _ in got)


def test_priorities_after_future_industries_and_in_english_lists():
    got, _ = facts("《宁海县数字经济实施意见》提出，重点发展智能家电，前瞻布局类脑计算、量子通信等未来产业，推动产业融合。")
    assert ("宁海县数字经济实施意见", "prioritizes", "类脑计算") in got
    assert ("宁海县数字经济实施意见", "prioritizes", "量子通信") in got
    got, _ = facts("The city put out the Wenzhou Action Plan for the Shoe Industry in 2023, and it names smart footwear and "
                   "recycled materials as priority areas.")
    assert ("Wenzhou Action Plan for the Shoe Industry", "prioritizes", "smart footwear") in got
    assert ("Wenzhou Action Plan for the Shoe Industry", "prioritizes", "recycled materials") in got
    got, _ = facts("The Anhui Photonics Plan prioritises laser chips and optical modules for data centres.")
    assert ("Anhui Photonics Plan", "prioritizes", "optical modules for data centres") in got


def test_a_work_plan_in_brackets_is_a_policy_and_ai_models_are_no_model_name():
    got, res = facts("《工作要点》明确，协会将重点围绕智能传感、工业软件和具身智能三个方向开展服务。")
    assert ("工作要点", "prioritizes", "工业软件") in got
    typ = {m.text: m.type for _, ms in res.sentences for m in ms}
    assert typ["工作要点"] == "Policy"
    assert not any(t == "AIModel" for t in _names("It trains embodied AI models for robots.").values())


# ---- members, founders and owners in filings and notices ----

def test_a_list_title_with_a_count_heads_its_table():
    body = ("## 2025年度宁波市企业工程技术中心名单（共2家）\n\n| 序号 | 单位名称 | 所在地 |\n| --- | --- | --- |\n"
            "| 1 | 宁波甬芯微电子有限公司 | 宁波市鄞州区 |\n| 2 | 宁波东钱湖新材料有限公司 | 宁波市鄞州区 |\n")
    got, _ = facts(body)
    assert ("宁波甬芯微电子有限公司", "memberOf", "2025年度宁波市企业工程技术中心名单") in got
    assert ("宁波东钱湖新材料有限公司", "memberOf", "2025年度宁波市企业工程技术中心名单") in got


def test_role_lines_of_an_alliance_list_its_members():
    body = ("浙江省低空经济产业联盟在杭州成立。\n\n**理事长单位：** 杭州云翎航空科技有限公司\n\n"
            "**副理事长单位：** 浙江大学、中国计量大学（下沙校区）、宁波鹰翔无人机有限公司\n")
    got, _ = facts(body)
    for member in ("杭州云翎航空科技有限公司", "浙江大学", "中国计量大学（下沙校区）", "宁波鹰翔无人机有限公司"):
        assert (member, "memberOf", "浙江省低空经济产业联盟") in got


def test_a_university_with_its_campus_in_brackets_is_one_name():
    names = _names("中国石油大学（华东）与哈尔滨工业大学（深圳）签约。")
    assert names.get("中国石油大学（华东）") == "University"
    assert "华东" not in names
    assert _names("他毕业于浙江大学（2005年）。").get("浙江大学") == "University"


def test_partners_who_set_up_a_fund_together_are_its_founders():
    got, _ = facts("绍兴越芯科技股份有限公司于2025年3月27日与浙江澄湖资本管理有限公司、杭州钱江产业投资有限公司签署了"
                   "《合伙协议》，共同发起设立绍兴澄湖创业投资基金。")
    fund = "绍兴澄湖创业投资基金"
    assert {o for s, r, o in got if s == fund and r == "founder"} == {
        "绍兴越芯科技股份有限公司", "浙江澄湖资本管理有限公司", "杭州钱江产业投资有限公司"}
    assert not any(r == "investedIn" for _, r, _ in got)       # (partners in a fund, not investors in each other)


def test_an_entry_names_its_owner_and_its_legal_representative():
    got, _ = facts("1. 绍兴越创产业投资有限公司：成立于2019年，注册地址为绍兴市越城区，控股股东为绍兴市越城区国有资本投资运营集团有限公司。\n"
                   "2. 浙江鉴湖创业投资有限公司：成立于2012年，注册地址为绍兴市柯桥区，法定代表人陶嘉明。")
    assert ("绍兴越创产业投资有限公司", "parentOrganization", "绍兴市越城区国有资本投资运营集团有限公司") in got
    assert ("陶嘉明", "worksFor", "浙江鉴湖创业投资有限公司") in got


# ---- units and subsidiaries ----

@pytest.mark.parametrize("text, unit, university", [
    ("The School of Microelectronics at South China University of Technology joined the association.",
     "School of Microelectronics", "华南理工大学"),
    ("Speakers include Li Ming, School of Engineering, Westlake University.",       # (named with its university)
     "School of Engineering, Westlake University", "西湖大学"),
    ("Zhejiang University of Technology inaugurated its School of Artificial Intelligence in May.",
     "School of Artificial Intelligence", "浙江工业大学"),
    ("Zhejiang University of Technology is growing. Students take courses at the university's College of Design.",
     "College of Design", "浙江工业大学"),
])
def test_english_university_units(text, unit, university):
    got, _ = facts(text)
    assert (unit, "parentOrganization", university) in got


def test_the_company_described_as_a_subsidiary_is_the_one_just_named():
    got, _ = facts("基金管理人为楚天星河私募基金管理有限公司。\n楚天星河科技有限公司成立于2019年。该公司是楚江产投的全资子公司。")
    assert ("楚天星河科技有限公司", "parentOrganization", "楚江产投") in got
    assert "楚天星河私募基金管理有限公司" in _names("基金管理人为楚天星河私募基金管理有限公司。")    # (not 人为楚天星河…)


# ---- team lines and products named with their kind ----

def test_team_lines_under_the_company():
    body = "华芯光电成立于2019年，总部位于苏州。\n\n- 周明｜联合创始人、CTO。\n- 李明｜副总裁\n- 董事会秘书：赵婉清\n"
    got, _ = facts(body)
    assert ("周明", "worksFor", "华芯光电") in got
    assert ("李明", "worksFor", "华芯光电") in got
    assert ("赵婉清", "worksFor", "华芯光电") in got


def test_english_team_and_speaker_lines():
    got, _ = facts("Lumina Hearing was founded in 2014 in Hangzhou.\n\n- Zhou Lan, Co-founder & CTO\n")
    assert ("Zhou Lan", "worksFor", "Lumina Hearing") in got
    got, _ = facts("**Prof. Zhu Wenjie** — Chair Professor, School of Engineering, Westlake University")
    assert ("Zhu Wenjie", "worksFor", "西湖大学") in got


@pytest.mark.parametrize("text, name, whole", [
    ("浙江天衡智控科技股份有限公司主要产品包括TH-S系列伺服驱动器和TH-MC运动控制器。", "TH-MC", "TH-MC运动控制器"),
    ("杭州数镜科技有限公司自研“千面”多模态大模型完成备案。", "千面", "千面多模态大模型"),
    ("杭州云栖微感科技有限公司自主研发的WR-60毫米波雷达模组已量产。", "WR-60", "WR-60毫米波雷达模组"),
])
def test_a_product_is_also_known_with_its_kind(text, name, whole):
    m = next(m for m in recognise(text, get_lexicon()) if m.text == name)
    assert whole in m.aliases


@pytest.mark.parametrize("text, org, place", [
    ("Acme Robotics has its headquarters in Guangzhou's Huangpu District.", "Acme Robotics", "Huangpu District"),
    ("Mingjiang Energy Storage moved its headquarters from Shaoxing to Hangzhou's Qiantang District in 2023.",
     "Mingjiang Energy Storage", "Qiantang District"),
    ("Shenzhen-based Lingbo Haptics makes SkinPad, a tactile sensor.", "Lingbo Haptics", "深圳"),
])
def test_english_places_of_companies(text, org, place):
    got, _ = facts(text)
    assert (org, "location", place) in got


def test_founders_in_new_phrasings():
    got, _ = facts("由杭州翼展航空科技有限公司、浙江云鹞无人机有限公司等单位共同发起成立杭州低空经济产业创新联盟。")
    assert ("杭州低空经济产业创新联盟", "founder", "杭州翼展航空科技有限公司") in got
    assert ("杭州低空经济产业创新联盟", "founder", "浙江云鹞无人机有限公司") in got
    got, _ = facts("Li Mingkai co-founded Dexhand in 2021 with Zhao Xin.")
    assert ("Dexhand", "founder", "Zhao Xin") in got
    got, _ = facts("Founded in 2017 by former drone engineer Cai Wenjun, Shenzhen Kuaimiao Robotics makes delivery drones.")
    assert ("Shenzhen Kuaimiao Robotics", "founder", "Cai Wenjun") in got
    got, _ = facts("南京衡准软件股份有限公司成立于2015年，又于2021年与东南大学共建“工业软件联合研究中心”。")
    assert ("工业软件联合研究中心", "founder", "东南大学") in got
    assert ("工业软件联合研究中心", "founder", "南京衡准软件股份有限公司") in got


@pytest.mark.parametrize("text, name, typ", [
    ("投资标的为杭州天衡启明智能制造股权投资合伙企业（有限合伙）。", "杭州天衡启明智能制造股权投资合伙企业（有限合伙）", "Investor"),
    ("2002年至2011年任中衡信会计师事务所（特殊普通合伙）审计经理。", "中衡信会计师事务所（特殊普通合伙）", "Company"),
    ("其通过员工持股平台宁波承芯企业管理合伙企业（有限合伙）控制公司。", "宁波承芯企业管理合伙企业（有限合伙）", "Investor"),
    ("1992年至2003年任中国电子科技集团公司第五十五研究所工程师。", "中国电子科技集团公司第五十五研究所", "ResearchInstitute"),
    ("他曾任宁波北仑农村信用合作联社会计。", "宁波北仑农村信用合作联社", "Company"),
])
def test_long_legal_names_read_whole(text, name, typ):
    assert _names(text).get(name) == typ


def test_a_quoted_product_named_like_its_maker_is_the_product():
    got, _ = facts("武汉知衡数据科技有限公司（简称“知衡”）成立于2018年。该公司自主研发的“知衡”工业时序数据库已在两百余家企业部署。")
    assert any(s == "武汉知衡数据科技有限公司" and r == "develops" and o == "知衡" for s, r, o in got)


def test_investments_in_new_phrasings():
    got, _ = facts("Acme Robotics raised 10 million yuan. Jiangcheng Ventures has invested in Chuyun Intelligence and Acme Robotics.")
    assert ("Jiangcheng Ventures", "investedIn", "Acme Robotics") in got
    assert ("Jiangcheng Ventures", "investedIn", "Chuyun Intelligence") in got
    got, _ = facts("湘麓智能感知研究院以技术作价加现金的方式入股感微科技。")
    assert ("湘麓智能感知研究院", "investedIn", "感微科技") in got
    got, _ = facts("杭州澜芯微电子股份有限公司以自有资金3,000万元参股杭州芯测精密仪器有限公司。")
    assert ("杭州澜芯微电子股份有限公司", "investedIn", "杭州芯测精密仪器有限公司") in got


def test_an_unconfirmed_report_is_hedged():
    _, res = facts("Reports that Xiaomi had invested in Jianghan Robotics remain unconfirmed.")
    assert all(c.hedged for c in res.claims if c.relation == "investedIn")


def test_english_founding_lines_and_single_word_makers():
    got, _ = facts("Qubitwave makes quantum sensors.\nFounded in 2019 by Shen Yiran, the company now has 40 staff.")
    assert ("Qubitwave", "founder", "Shen Yiran") in got
    assert ("Qubitwave", "foundingDate", "2019") in got
    got, _ = facts("Kestrel Dynamics builds arms. The company, founded last year, employs 30 people.")
    assert ("Kestrel Dynamics", "foundingDate", "2024") in got
    assert "Zhang" not in _names("Zhang makes tea.")


def test_publishers_named_by_a_short_form_and_initiatives_as_documents():
    got, _ = facts("山东省人形机器人产业创新联盟昨日成立。会上，联盟发布了《山东省人形机器人产业协同发展倡议》。")
    assert ("山东省人形机器人产业协同发展倡议", "publisher", "山东省人形机器人产业创新联盟") in got
    assert not any(r == "develops" for _, r, _ in got)
    got, _ = facts("辽宁省科学技术厅负责评价。省科技厅2023年印发的《辽宁省科技型中小企业评价工作实施细则》明确了标准。")
    assert ("辽宁省科技型中小企业评价工作实施细则", "publisher", "辽宁省科技厅") in got      # 省科技厅: the article's province's
    got, _ = facts("河南省人工智能产业协会成立于2020年。协会与中原数字经济研究院联合发布了《河南省人工智能产业发展报告（2025）》。")
    assert ("河南省人工智能产业发展报告(2025)", "publisher", "中原数字经济研究院") in got
    assert ("河南省人工智能产业发展报告(2025)", "publisher", "河南省人工智能产业协会") in got
    assert _names("沈阳市机器人与智能制造产业协会成立于2015年。").get("沈阳市机器人与智能制造产业协会") == "Organization"


# ---- listings with sub-headings ----

SUBLIST = """**2025年度浙江省智能工厂试点企业名单**

（一）宁波市（2家）

1. 宁波澄湾精密机械有限公司（柔性排产）
2. 宁波海曙智控科技有限公司（智能质检）

（二）温州市（1家）

3. 温州瓯澜电气股份有限公司（预测性维护）
"""

ASSOCIATION = """**湖州市机器人产业协会**

关于新入会会员单位的公告

经理事会审议通过，同意吸纳以下3家单位为本会会员，现予公告。

**一、理事单位（1家）**

1. 湖州澄溪智能装备有限公司（吴兴区），主要产品为巡检机器人；

**二、会员单位（2家）**

2. 湖州南浔织造科技有限公司（南浔区）；
3. 德清莫干传感技术有限公司（德清县）。
"""


def test_entries_below_a_list_title_stay_on_the_list_across_sub_headings():
    got, _ = facts(SUBLIST)
    listed = "2025年度浙江省智能工厂试点企业名单"
    for firm in ("宁波澄湾精密机械有限公司", "宁波海曙智控科技有限公司", "温州瓯澜电气股份有限公司"):
        assert (firm, "memberOf", listed) in got
    assert not any(s == "宁波市" and r == "memberOf" for s, r, _ in got)


def test_an_association_admitting_the_following_units_lists_its_members():
    got, _ = facts(ASSOCIATION)
    for firm in ("湖州澄溪智能装备有限公司", "湖州南浔织造科技有限公司", "德清莫干传感技术有限公司"):
        assert (firm, "memberOf", "湖州市机器人产业协会") in got


def test_a_sub_heading_alone_does_not_open_a_listing():
    got, _ = facts("（一）宁波市（2家）\n\n1. 宁波澄湾精密机械有限公司（柔性排产）\n")
    assert not any(r == "memberOf" for _, r, _ in got)


def test_priorities_joined_by_yu_are_two_fields():
    got, _ = facts("《湖州市加快机器人产业发展若干措施》明确将灵巧手、高精度减速器与核心零部件作为攻关重点。")
    policy = "湖州市加快机器人产业发展若干措施"
    for field in ("灵巧手", "高精度减速器", "核心零部件"):
        assert (policy, "prioritizes", field) in got
    assert (policy, "prioritizes", "高精度减速器与核心零部件") not in got


def test_a_policys_support_directions_are_its_priorities():
    got, _ = facts("《若干政策》的支持方向为车规级芯片、激光雷达、线控底盘和智能座舱。")
    assert {o for s, r, o in got if r == "prioritizes"} >= {"车规级芯片", "激光雷达", "线控底盘", "智能座舱"}
