"""The twenty-fourth session's readings: a list named before 的 (唯一入选…名单的企业), a name before 同样,
first-person pieces signed 口述｜X（Y创始人）, a university's alumni association and its local associations,
an investor named after 旗下的, 他 after the narrator's 我, a person named as someone's 老领导, a school that
keeps its graduate (留校任教), a controlling shareholder before a partnership's legal name, 路线图 as a
plan; in English: a verb opening the sentence before a name, "since its founding in", a section of
priorities, a numbered publication's masthead, "Hangzhou's municipal government", a fund's appositive
(set up in …, controlled by …) and the rounds it led, analysts at a firm, "Co" without a full stop,
"the fund", "School of X, Y University", founding "the game studio X in Y in 2019". Sample text written
for the tests (names invented)."""
from __future__ import annotations

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import en_facts, facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- Chinese ----------------

def test_a_list_named_before_de_ends_at_its_own_word():
    names = _names("其中，澄川精工是唯一入选第五批国家级专精特新“小巨人”企业名单的轴承企业。")
    assert names.get("第五批国家级专精特新“小巨人”企业名单") == "Group"
    assert not any(n.endswith("轴承企业") for n in names)


def test_a_name_before_tongyang_is_a_person():
    got, _ = facts("云澜智能联合创始人、CTO章若溪同样毕业于浙江大学，此前曾在海康威视担任算法工程师。")
    assert ("章若溪", "alumniOf", "浙江大学") in got
    assert ("云澜智能", "founder", "章若溪") in got


_ORAL = ("> 口述｜林叙白（杭州田芯科技有限公司创始人兼CEO）　整理｜本刊记者 周可\n\n"
         "2009年我考进了南京农业大学资源与环境科学学院，学的是土壤学。\n\n"
         "最早的钱来自我在阿里时的老领导范启东。他听我讲了半小时。他个人给了我们200万元天使投资。\n\n"
         "2021年，我们入选了杭州市“雏鹰计划”企业名单。")


def test_an_oral_account_signed_at_its_head_is_the_narrators():
    got, _ = facts(_ORAL)
    assert ("林叙白", "alumniOf", "南京农业大学资源与环境科学学院") in got
    assert ("杭州田芯科技有限公司", "memberOf", "杭州市“雏鹰计划”企业名单") in got


def test_he_after_the_narrators_i_is_the_person_named_before():
    got, _ = facts(_ORAL)
    assert ("范启东", "investedIn", "杭州田芯科技有限公司") in got
    assert ("林叙白", "investedIn", "杭州田芯科技有限公司") not in got


def test_a_universitys_alumni_association_is_one_organisation():
    names = _names("南京理工大学校友总会会长顾明远介绍，基金首期规模1亿元。")
    assert names.get("南京理工大学校友总会") == "Organization"
    got, _ = facts("南京理工大学校友总会会长顾明远介绍，基金首期规模1亿元。")
    assert ("顾明远", "worksFor", "南京理工大学校友总会") in got


def test_a_place_and_xiaoyouhui_is_a_local_alumni_association():
    got, _ = facts("苏州校友会成立于2014年，是学校在华东最活跃的地方校友组织之一。")
    assert ("苏州校友会", "foundingDate", "2014") in got


def test_the_investor_is_the_fund_after_qixia_de():
    got, _ = facts("据了解，澄和生物的天使轮投资来自之江大学教育基金会旗下的之江创新种子基金。")
    assert ("之江创新种子基金", "investedIn", "澄和生物") in got
    assert ("之江大学教育基金会", "investedIn", "澄和生物") not in got


def test_the_school_that_keeps_its_graduate_employs_them():
    got, _ = facts("1991年，韩立群考取东南大学计算机专业硕士研究生，毕业后留校任教四年。")
    assert ("韩立群", "worksFor", "东南大学") in got


def test_a_controlling_shareholder_before_a_partnerships_legal_name():
    got, _ = facts("杭州栖云数据科技股份有限公司董事会公告。非独立董事：许临川先生（董事长）、何沛先生。\n\n许临川：男，1975年出生。2010年创立公司，现任公司董事长，"
                   "兼任公司控股股东杭州栖云投资管理合伙企业（有限合伙）执行事务合伙人。")
    assert ("许临川", "worksFor", "杭州栖云投资管理合伙企业（有限合伙）") in got


def test_a_roadmap_is_a_plan_with_priorities():
    got, _ = facts("《澄江集团2030碳中和路线图》发布。路线图将绿色电力采购、数据中心能效提升作为两大优先方向。")
    assert ("澄江集团2030碳中和路线图", "prioritizes", "绿色电力采购") in got


# ---------------- English ----------------

def test_a_verb_opening_the_sentence_is_not_part_of_the_name():
    got, _ = en_facts("Consider Lanfeng Dynamics, a maker of legged robots that I have followed since its founding in 2017.")
    assert ("Lanfeng Dynamics", "foundingDate", "2017") in got
    assert not any(s.startswith("Consider") for s, _, _ in got)


def test_a_section_of_priorities_lists_what_the_plan_prioritizes():
    body = ("On March 3, 2025, the Jiangsu Provincial People's Government issued the *Jiangsu Province Action Plan for "
            "Embodied Intelligence (2025–2027)* (hereafter \"the Plan\").\n\n"
            "The four priorities\n\n"
            "1. Dexterous hands. The Plan calls for domestic suppliers.\n\n"
            "2. \"AI+ logistics.\" The Plan aims to deploy robots in warehouses.\n")
    got, _ = en_facts(body)
    plan = "Jiangsu Province Action Plan for Embodied Intelligence (2025–2027)"
    assert (plan, "prioritizes", "Dexterous hands") in got
    assert (plan, "prioritizes", "AI+ logistics") in got


def test_a_numbered_publications_masthead_gives_its_publisher_and_date():
    body = ("Reading Jiangsu's Robot Plan: Four Bets and What They Mean\n\n"
            "Issue Brief No. 2025-11 | Lakeside Institute for Innovation Policy (LIIP) | April 2, 2025\n\n"
            "The brief summarises the plan.")
    got, _ = en_facts(body)
    title = "Reading Jiangsu's Robot Plan: Four Bets and What They Mean"
    assert (title, "publisher", "Lakeside Institute for Innovation Policy") in got
    assert (title, "datePublished", "2025-04-02") in got


def test_a_city_possessive_government_is_a_publisher():
    got, _ = en_facts("It follows by a year the *Suzhou Measures to Support Robot Makers*, which Suzhou's municipal "
                      "government released in March 2024.")
    assert ("Suzhou Measures to Support Robot Makers", "publisher", "Suzhou's municipal government") in got


def test_a_funds_appositive_and_the_rounds_it_led():
    got, _ = en_facts("The Xiling Semiconductor Industry Fund, a 5-billion-yuan ($0.69 billion) vehicle set up in 2022 and "
                      "controlled by state-owned Huzhou Industrial Investment Group, said it had led or joined funding rounds "
                      "in Huzhou Anxin Microelectronics Co and Jiaxing Lumo Photonics Technology Co over the past year.")
    fund = "Xiling Semiconductor Industry Fund"
    assert (fund, "foundingDate", "2022") in got
    assert (fund, "parentOrganization", "Huzhou Industrial Investment Group") in got
    assert (fund, "investedIn", "Huzhou Anxin Microelectronics Co") in got
    assert (fund, "investedIn", "Jiaxing Lumo Photonics Technology Co") in got


def test_an_analyst_at_a_firm_is_a_person_not_a_company():
    got, res = en_facts("\"Rounds are getting smaller,\" said Kevin Zhao, a Shanghai-based analyst at research firm Tideline Insights.")
    assert ("Kevin Zhao", "worksFor", "Tideline Insights") in got
    assert all(m.type == "Person" for s, ms in res.sentences for m in ms if m.text == "Kevin Zhao")


def test_a_company_named_with_co_and_its_place_led_short_name():
    _, res = en_facts("Jiaxing Lumo Photonics Technology Co makes optical parts. Jiaxing Lumo, based in the city's Nanhu "
                      "district, has 200 staff.")
    later = [m for s, ms in res.sentences if s.text.startswith("Jiaxing Lumo,") for m in ms]
    assert any(m.text == "Jiaxing Lumo" and m.type == "Company" for m in later)


def test_the_fund_is_the_fund_named_before():
    got, _ = en_facts("The Xiling Semiconductor Industry Fund said it had led funding rounds in Huzhou Anxin Microelectronics Co. "
                      "\"We invest for ten years,\" Lu Minghao, managing director of the fund, told reporters.")
    assert ("Lu Minghao", "worksFor", "Xiling Semiconductor Industry Fund") in got


def test_a_school_named_with_its_university_after_a_comma():
    got, _ = en_facts("Zhou Yiran is a professor of finance at the School of Management, Fudan University.")
    assert ("Zhou Yiran", "worksFor", "School of Management, Fudan University") in got


def test_founded_the_studio_in_a_district_in_a_year():
    got, _ = en_facts("Gu Ning, who founded the game studio Lantern Games in Binjiang District in 2020, is a good example.")
    assert ("Lantern Games", "foundingDate", "2020") in got


def test_a_bulletin_signed_under_its_headline_is_published_by_its_issuers():
    got, _ = facts("2024年安吉县国民经济和社会发展统计公报\n\n安吉县统计局　国家统计局安吉调查队\n\n（2025年3月18日）\n\n"
                   "全县实现地区生产总值600亿元。年内县政府印发《安吉县加快数字经济发展行动方案》。")
    doc = "2024年安吉县国民经济和社会发展统计公报"
    assert (doc, "publisher", "安吉县统计局") in got
    assert (doc, "publisher", "国家统计局安吉调查队") in got
    assert (doc, "datePublished", "2025-03-18") in got
    assert ("安吉县加快数字经济发展行动方案", "publisher", "安吉县统计局") not in got
