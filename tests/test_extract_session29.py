"""The twenty-ninth session's readings: "the firm" is no fund, a fund numbered in Roman figures and named after
its firm is that firm's; 其 after a company introduced with its founders' college is the company; a product
quoted where it is introduced is no trade name; media names (科技评论), funds in limited partnership
(…基金（有限合伙）), a city's investment arm's fund (合肥产投X基金), a society's branch (…学会…分会); shareholders
(均为公司主要外部股东) and stakes bought (收购X70%股权, also through a subsidiary); a cohort's table under its
heading; an English interview's "we spoke to her"; degrees one "went to" a university for; entries under
以下为榜单中的部分企业, entries written as cells (X｜city｜成立于…); kinds of product (主要产品为…设备,
产品以…为主); former workplaces after 毕业后在; quote attributions (…," chief executive X told); versions of a
product (Vision 2); titles in italics; English lists published "last Tuesday"; a co-founder who now holds a
post; the people lines of an annual report and its profile table; honour lists one was 被纳入; companies
ranked on a list; the units an institute 下设; English offices and headquarters; a college named with 与;
an institute's head with no comma (研究院由…担任); a bracketed 中文名; a list published with a quoted
programme in its name; a legal name with a city in brackets after 任职于. Sample text written for the tests
(names invented)."""
from __future__ import annotations

import datetime as dt

from kg.lexicon import get_lexicon
from kg.mentions import brand_names, recognise
from test_extract import en_facts, facts


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- funds and firms ----------------

_FUND_NEWS = ("Hangzhou-based venture firm Beiling Rock Capital has closed its third fund.\n\n"
              "Beiling Rock Fund III drew commitments from 25 limited partners, the firm said. The Ningbo Industrial "
              "Guidance Fund was the anchor investor.\n\n"
              "## Background\n\n"
              "The firm was founded in 2013 by Xu Mingyao and Tang Jiale. Beiling Rock Fund II led the Series A of "
              "Suzhou Anlan Materials.")


def test_the_firm_is_not_a_fund_named_before_it():
    got, _ = en_facts(_FUND_NEWS)
    assert ("Beiling Rock Capital", "founder", "Xu Mingyao") in got
    assert ("Beiling Rock Capital", "foundingDate", "2013") in got
    assert not any("Guidance Fund" in s and r in ("founder", "foundingDate") for s, r, _ in got)


def test_a_fund_numbered_in_roman_figures_is_named_whole_and_is_its_firms():
    got, _ = en_facts(_FUND_NEWS)
    assert ("Beiling Rock Fund II", "investedIn", "Suzhou Anlan Materials") in got
    assert ("Beiling Rock Fund III", "parentOrganization", "Beiling Rock Capital") in got


def test_a_chinese_fund_named_after_its_firm():
    got, _ = facts("远衡资本今年完成了新基金募集。远衡成长二期基金领投了杭州岭川科技有限公司的A轮融资。")
    assert ("远衡成长二期基金", "parentOrganization", "远衡资本") in got


# ---------------- names ----------------

def test_a_product_quoted_where_it_is_introduced_is_no_trade_name():
    body = "杭州栖原无人机技术有限公司的核心产品“栖原天衡”调度平台已上线。目前，栖原天衡已接入二十多个起降点。"
    assert "栖原天衡" not in brand_names(body)


def test_its_product_after_a_company_founded_by_a_colleges_alumni():
    got, _ = facts("杭州澜舟智能科技有限公司做的是“路”。这家2021年成立于滨江区的公司，由浙江大学控制科学与工程学院的两位校友"
                   "严启帆、陆知行共同创办，其核心产品“澜舟天衡”巡检平台已在多地落地。")
    assert ("杭州澜舟智能科技有限公司", "develops", "澜舟天衡") in got
    assert not any(s.endswith("学院") and r == "develops" for s, r, _ in got)


def test_a_kind_of_chip_is_no_trade_name():
    body = ("- 2021年：发布第一代推理芯片“衡光H1”。\n- 2023年：推理芯片出货量突破百万颗。\n"
            "- 2024年：推出第二代推理芯片“衡光H2”。\n- 2025年，推理芯片业务继续增长。")
    assert "推理芯片" not in brand_names(body)


def test_media_partnerships_and_a_citys_arm_fund():
    ms = _mentions("钱江科技评论主编许一鸣认为，宁德岳峰新能源产业投资基金（有限合伙）与合肥产投先进制造基金均为主要股东。")
    assert ms.get("钱江科技评论") == "MediaOrganization"
    assert ms.get("宁德岳峰新能源产业投资基金（有限合伙）") == "Investor"
    assert ms.get("合肥产投先进制造基金") == "Investor"


def test_a_societys_branch_is_named_whole_with_its_parent():
    got, _ = facts("2023年，杭州澄域光电科技有限公司加入中国光学工程学会激光雷达分会。")
    assert ("中国光学工程学会激光雷达分会", "parentOrganization", "中国光学工程学会") in got
    assert ("杭州澄域光电科技有限公司", "memberOf", "中国光学工程学会激光雷达分会") in got


def test_a_chinese_name_in_brackets_is_an_alias_without_its_label():
    from kg.resolve import _ALIAS_AFTER
    m = _ALIAS_AFTER.match("（中文名“克莱恩传动”）80%股权")
    assert m is not None and m.group(1) == "克莱恩传动"


def test_a_legal_name_with_a_city_in_brackets_after_working_there():
    ms = _mentions("2006年至2015年任职于英飞微半导体技术（上海）有限公司，历任设计工程师。")
    assert ms.get("英飞微半导体技术（上海）有限公司") == "Company"


def test_a_college_named_with_yu_and_not_a_verb_before_it():
    got, _ = facts("研究院由材料科学与工程学院教授祝明远担任首任院长。")
    assert ("祝明远", "worksFor", "材料科学与工程学院") in got
    ms = _mentions("学校今年成立航空技术与工程学院，王川教授任首任院长。")
    assert "成立航空技术与工程学院" not in ms


# ---------------- investments ----------------

def test_shareholders_all_named_as_the_companys_outside_shareholders():
    got, _ = facts("合肥晶湖半导体股份有限公司今日上市。招股书披露，庐阳产业投资集团、巢湖科创基金和岳川资本均为公司主要外部股东。")
    for investor in ("庐阳产业投资集团", "巢湖科创基金", "岳川资本"):
        assert (investor, "investedIn", "合肥晶湖半导体股份有限公司") in got
    assert ("巢湖科创基金", "investedIn", "庐阳产业投资集团") not in got


def test_a_stake_bought_is_an_investment_and_a_majority_makes_a_subsidiary():
    got, _ = facts("浙江恒晟精密股份有限公司发布公告称，公司以现金4.5亿元收购苏州澄川半导体设备有限公司（以下简称“澄川半导体”）"
                   "65%股权。去年，公司还以8000万元收购无锡一家材料企业——无锡晶岩材料有限公司的30%股权。")
    assert ("浙江恒晟精密股份有限公司", "investedIn", "苏州澄川半导体设备有限公司") in got
    assert ("苏州澄川半导体设备有限公司", "parentOrganization", "浙江恒晟精密股份有限公司") in got
    assert ("浙江恒晟精密股份有限公司", "investedIn", "无锡晶岩材料有限公司") in got
    assert ("无锡晶岩材料有限公司", "parentOrganization", "浙江恒晟精密股份有限公司") not in got


def test_a_stake_bought_through_a_subsidiary_is_the_parents():
    got, _ = facts("浙江恒宇传动股份有限公司发布公告称，公司通过全资子公司恒宇（香港）国际有限公司收购德国Brenner Getriebe GmbH"
                   "（中文名“布伦纳传动”）80%股权的交易已完成。")
    assert ("浙江恒宇传动股份有限公司", "investedIn", "Brenner Getriebe GmbH") in got
    assert not any(s.startswith("恒宇(香港)") and r == "investedIn" for s, r, _ in got)


# ---------------- lists and members ----------------

def test_a_cohorts_table_under_its_heading():
    got, _ = facts("## 第三期“启明营”入营团队\n\n| 企业名称 | 创始人 | 方向 |\n| --- | --- | --- |\n"
                   "| 成都澜芯射频科技有限公司 | 马一诺 | 射频前端 |\n| 成都岚屿存储技术有限公司 | 唐子衡 | 存储芯片 |\n")
    assert ("成都澜芯射频科技有限公司", "memberOf", "第三期“启明营”") in got
    assert ("成都岚屿存储技术有限公司", "memberOf", "第三期“启明营”") in got


_RANKING = ("# 《2026年长三角先进制造独角兽榜单》发布\n\n"
            "5月12日，苏州澄观产业研究院在苏州发布《2026年长三角先进制造独角兽榜单》。\n\n"
            "以下为榜单中的部分企业（排名不分先后）：\n\n"
            "1. 岚析智能\n杭州岚析智能科技有限公司，总部杭州，2019年成立。\n\n"
            "2. 衍川生物\n上海衍川生物计算有限公司｜上海｜成立于2020年\n主打蛋白质设计平台。\n\n"
            "3. 镓芯半导体\n苏州镓芯半导体有限公司｜苏州｜2018年成立\n")


def test_entries_under_a_sentence_that_introduces_them_with_their_descriptions():
    got, _ = facts(_RANKING)
    members = {s for s, r, o in got if r == "memberOf" and o == "2026年长三角先进制造独角兽榜单"}
    assert len(members) == 3


def test_an_entry_written_as_cells_gives_city_and_founding_year():
    got, _ = facts(_RANKING)
    assert ("上海衍川生物计算有限公司", "location", "上海") in got
    assert ("上海衍川生物计算有限公司", "foundingDate", "2020") in got
    assert ("苏州镓芯半导体有限公司", "foundingDate", "2018") in got
    got, _ = facts("中衡证券研究所 | 机械设备行业深度报告 | 2025年3月10日")
    assert not any(r == "foundingDate" for _, r, _ in got)


def test_companies_ranked_on_a_list_just_named():
    got, _ = facts("蓝皮书同时发布了“长三角算力服务企业30强”榜单。杭州云岫算力科技有限公司、上海启川数据服务有限公司位列前三。")
    assert ("杭州云岫算力科技有限公司", "memberOf", "长三角算力服务企业30强") in got
    got, _ = facts("杭州市工商联发布民营企业百强。杭州远岫科技股份有限公司位列第2名。")
    assert not any(o == "杭州市工商联" and r == "memberOf" for _, r, o in got)


def test_an_honour_list_one_was_put_on_and_not_one_one_will_be():
    got, _ = facts("杭州晶衡材料科技有限公司成立于2022年。公司也被纳入钱塘区“金种子”企业培育库。")
    assert ("杭州晶衡材料科技有限公司", "memberOf", "钱塘区“金种子”企业培育库") in got
    got, _ = facts("市科技局将把杭州晶衡材料科技有限公司纳入杭州市新型研发机构培育库。")
    assert not any(r == "memberOf" for _, r, _ in got)


def test_a_list_published_with_a_quoted_programme_in_its_name():
    got, _ = facts("4月7日，杭州市科学技术局公布2026年第一批杭州市“雏鹰计划”培育企业名单，共有312家企业入选。",
                   date=dt.date(2026, 4, 9))
    assert ("2026年第一批杭州市“雏鹰计划”培育企业名单", "publisher", "杭州市科学技术局") in got
    assert ("2026年第一批杭州市“雏鹰计划”培育企业名单", "datePublished", "2026-04-07") in got


_EN_LIST = ("# Zhejiang Firms in New 'Little Giant' List\n\n"
            "The Ministry of Industry and Information Technology (MIIT) published the seventh batch of national "
            "specialised and sophisticated \"little giant\" enterprises last Tuesday.\n\n"
            "Among the Zhejiang firms on the new list:\n\n"
            "- **Ningbo Haiqiao Precision Bearing Co., Ltd.**, based in Ningbo's Beilun District, which makes bearings.\n"
            "- **Shaoxing Lanxu New Materials Co., Ltd.**, located in Keqiao District, which produces thermal films.\n")


def test_an_english_list_published_last_tuesday_and_its_members():
    art_date = dt.date(2025, 8, 4)      # a Monday: last Tuesday is 2025-07-29
    from test_extract import Article, get_extractor
    res = get_extractor("rules").extract(Article(id="t", path="t.md", title="t", body=_EN_LIST, date=art_date, lang="en"))
    got = {(c.subject.name, c.relation, c.object if isinstance(c.object, str) else c.object.name) for c in res.claims
           if c.confidence >= 0.5}
    name = 'seventh batch of national specialised and sophisticated "little giant" enterprises'
    assert (name, "datePublished", "2025-07-29") in got
    assert any(s == name and r == "publisher" for s, r, _ in got)
    assert ("Ningbo Haiqiao Precision Bearing Co., Ltd.", "memberOf", name) in got
    assert ("Shaoxing Lanxu New Materials Co., Ltd.", "memberOf", name) in got


# ---------------- products ----------------

def test_kinds_of_product_after_products_are_and_products_mainly():
    got, _ = facts("苏州澄芯半导体设备有限公司成立于2017年，主要产品为单片式晶圆清洗设备和槽式湿法清洗设备。")
    assert ("苏州澄芯半导体设备有限公司", "develops", "单片式晶圆清洗设备") in got
    assert ("苏州澄芯半导体设备有限公司", "develops", "槽式湿法清洗设备") in got
    got, _ = facts("来自苏州的苏州镓川半导体有限公司创办于2018年，产品以氮化镓功率器件为主。")
    assert ("苏州镓川半导体有限公司", "develops", "氮化镓功率器件") in got


def test_a_former_workplace_after_graduating_is_not_what_gongsi_means():
    got, _ = facts("宁波甬川机器人科技有限公司创始人兼CEO陆一鸣说起了创业的经过。甬川机器人成立于2022年。"
                   "陆一鸣毕业后在宁波博川精密机械有限公司做了七年伺服系统研发。“那几年天天跟电机打交道。”他说。"
                   "公司的主打产品是“甬手”系列灵巧手。")
    assert ("宁波甬川机器人科技有限公司", "develops", "甬手") in got
    assert ("宁波博川精密机械有限公司", "develops", "甬手") not in got


def test_a_version_number_makes_an_english_name_a_product():
    got, _ = en_facts("Hangzhou Qianlu Intelligence Technology Co., Ltd. launched an AI model on Tuesday. The model, called "
                      "Qianlu Vision 2, can find defects from 20 images, the company said.")
    assert ("Hangzhou Qianlu Intelligence Technology Co., Ltd.", "develops", "Qianlu Vision 2") in got
    assert not any(o == "The" or s == "Qianlu Vision" for s, _, o in got)


def test_a_title_in_italics_is_one_document():
    got, _ = en_facts("It builds on a narrower document released in January: *Several Measures to Support Application "
                      "Scenarios for Embodied Intelligent Robots*, issued by the Wuhan Municipal Bureau of Economy and "
                      "Information Technology.")
    assert ("Several Measures to Support Application Scenarios for Embodied Intelligent Robots", "publisher",
            "Wuhan Municipal Bureau of Economy and Information Technology") in got


# ---------------- people ----------------

def test_an_english_interview_introduced_with_we_spoke_to_her():
    got, _ = en_facts("*Fang Yiling co-founded Qihang Capital in 2016 with her former colleague Gao Ming. We spoke to her "
                      "at the firm's office.*\n\n**You trained as a physicist. How did you end up in venture capital?**\n\n"
                      "I did my undergraduate degree in physics at Fudan University. Then I went to the Guanghua School of "
                      "Management at Peking University for an MBA.")
    assert ("Fang Yiling", "alumniOf", "复旦大学") in got


def test_a_degree_one_went_to_a_university_for():
    got, _ = en_facts("Lin Haoyu grew up in Ningbo. He later went to Zhejiang University to do a PhD in robotics.")
    assert ("Lin Haoyu", "alumniOf", "浙江大学") in got


def test_a_chief_executive_after_a_quote_works_for_the_company():
    got, res = en_facts("Hangzhou Qianlu Intelligence Technology Co., Ltd. unveiled a model. \"Most factories have no data "
                        "team,\" chief executive Liang Zhenhai told reporters. \"Robots cannot pick up new things,\" Professor "
                        "Meng Ruo said.")
    assert ("Liang Zhenhai", "worksFor", "Hangzhou Qianlu Intelligence Technology Co., Ltd.") in got
    assert not any(c.subject.name.startswith("Meng") and c.extractor == "rules/works.en-topic-title-person"
                   for c in res.claims)     # (a professor's title says nothing of the company)


def test_a_co_founder_who_now_holds_a_post():
    got, _ = facts("在城市的西北部，黄思远和团队押注的是电源管理芯片。毕业于哈尔滨工业大学的她，是总部设在宝安区的"
                   "深圳极川微电子有限公司的联合创始人，目前担任首席技术官。")
    assert ("深圳极川微电子有限公司", "founder", "黄思远") in got
    assert ("黄思远", "worksFor", "深圳极川微电子有限公司") in got


def test_the_people_lines_and_profile_table_of_an_annual_report():
    got, _ = facts("| 项目 | 内容 |\n| --- | --- |\n| 股票简称 | 恒锂新能 |\n| 注册及办公地址 | 浙江省湖州市长兴县画溪街道经二路 |\n\n"
                   "浙江恒锂新能源股份有限公司（以下简称“恒锂新能”）成立于2009年。\n\n"
                   "## 董事、监事及高级管理人员\n\n- 吴建新，董事长。\n- 韩立明，独立董事，现任浙江工业大学管理学院教授。\n")
    assert ("浙江恒锂新能源股份有限公司", "location", "浙江省湖州市长兴县") in got
    assert ("韩立明", "worksFor", "浙江恒锂新能源股份有限公司") in got


# ---------------- units and places ----------------

def test_the_units_an_institute_has():
    got, _ = facts("之江数智经济研究院成立于2021年，下设算力经济研究中心、数据要素研究中心等多个研究部门。")
    assert ("算力经济研究中心", "parentOrganization", "之江数智经济研究院") in got
    assert ("数据要素研究中心", "parentOrganization", "之江数智经济研究院") in got


def test_english_offices_and_headquarters():
    got, _ = en_facts("Headquartered in Suzhou Industrial Park, Jiangsu Province, Qingyan Photonics operates R&D centres "
                      "in Shanghai and Wuhan and a sales office in Munich, Germany. Chongqing Tianqu Automobile Co., Ltd. "
                      "was founded in 2011 and is headquartered in Chongqing's Liangjiang New Area.")
    assert ("Qingyan Photonics", "location", "Suzhou Industrial Park") in got
    assert ("Qingyan Photonics", "location", "上海") in got
    assert ("Qingyan Photonics", "location", "慕尼黑") in got
    assert ("Chongqing Tianqu Automobile Co., Ltd.", "location", "Liangjiang New Area") in got


def test_a_place_and_the_street_after_it_before_a_company():
    got, res = facts("去年，位于富阳区银湖街道的杭州鹿岭光电科技有限公司完成了新一轮融资。")
    assert ("杭州鹿岭光电科技有限公司", "location", "富阳区") in got
    street = [c.object for c in res.claims if c.relation == "location" and c.object.name == "银湖街道"]
    assert street and "富阳区银湖街道" in street[0].aliases


def test_a_founder_named_after_a_profession_and_a_line_of_people():
    got, _ = facts("杭州墨岩科技有限公司完成天使轮融资。公司由前执业律师邵一岚于2024年创立，主打合同审查软件。")
    assert ("杭州墨岩科技有限公司", "founder", "邵一岚") in got
    assert ("杭州墨岩科技有限公司", "foundingDate", "2024") in got
    got, _ = facts("杭州穹岭数智科技有限公司正在招聘。\n\n欧阳琪｜联合创始人兼CTO\n\n- 吴建新，董事长，公司创始人。")
    assert ("杭州穹岭数智科技有限公司", "founder", "欧阳琪") in got
    assert ("杭州穹岭数智科技有限公司", "founder", "吴建新") in got


def test_a_portfolio_entrys_line_of_cells_gives_place_and_founding_year():
    got, _ = en_facts("## Robotics\n\n**Aurelan Robotics**\nDexterous hands for humanoid robots.\n"
                      "Hangzhou (Yuhang District) · Founded 2021 · First invested: Seed, 2021\n\n"
                      "**Tillerway Autonomy**\nAutonomous tractors.\nHefei · Founded 2022 · First invested: Pre-seed, 2022\n")
    assert ("Aurelan Robotics", "foundingDate", "2021") in got
    assert ("Aurelan Robotics", "location", "Yuhang District") in got
    assert ("Tillerway Autonomy", "location", "合肥") in got
    assert not any(o == "Founded 2021" for _, _, o in got)
