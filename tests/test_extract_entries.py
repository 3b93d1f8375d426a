"""What the seventeenth session taught the extractor: entries of a list written as cells (a name, then
｜-separated cells), names taken from a table column whose header says it holds names, an investor's
portfolio page, shareholder tables, a laboratory's head and host in a table, labels inside an entry's
line, English declared short names (hereafter "the Guidelines"), and smaller recognisers. Sample text
written for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from kg.articles import Article
from kg.extract import get_extractor
from kg.mentions import entry_names, table_names
from test_extract import facts


def _facts_titled(body: str, title: str):
    return facts(body, title=title)[0]


# ---- entries written as cells ----

_PORTFOLIO = ("云岚资本成立于2016年，总部位于杭州。\n\n"       # (as kg.articles leaves a page: the bold gone)
              "星桥量芯　｜ 领域：光量子计算 ｜ 城市：合肥\n研发室温光量子计算原型机。\n\n"
              "墨川智算　｜ 领域：AI基础设施 ｜ 城市：杭州\n提供推理加速平台。\n\n"
              "禾曦医疗 ｜ 领域：医疗AI ｜ 城市：苏州\n眼底影像辅助诊断。")


def test_names_that_head_cell_entries_are_learned_when_the_list_has_two_or_more():
    names = entry_names(_PORTFOLIO)
    assert {"星桥量芯", "墨川智算", "禾曦医疗"} <= names
    assert entry_names("星桥量芯 ｜ 领域：光量子计算\n其余略。") == set()     # one line is no list


def test_a_masthead_a_person_and_a_dictionary_word_head_no_entry():
    text = "融资周报｜第12期\n首页 ｜ 关于我们 ｜ 团队\n郭振东｜创始人、董事长\n启衡生物｜B轮｜2亿元\n澜拓航科｜A轮｜1亿元"
    names = entry_names(text)
    assert names == {"启衡生物", "澜拓航科"}


def test_an_entrys_city_cell_places_it_and_a_portfolio_page_lists_its_investments():
    got = _facts_titled(_PORTFOLIO, "投资组合 | 云岚资本")
    assert ("星桥量芯", "location", "合肥") in got
    assert ("禾曦医疗", "location", "苏州") in got
    assert ("云岚资本", "investedIn", "墨川智算") in got
    assert ("云岚资本", "investedIn", "禾曦医疗") in got
    # the same page under another title says nothing of investments
    assert not any(r == "investedIn" for _s, r, _o in _facts_titled(_PORTFOLIO, "云岚资本简介"))


def test_labels_inside_a_numbered_entry_line_belong_to_that_entry():
    got, _ = facts("3．滨湖新区澄源生物医药创新研究院 举办单位：南湖大学附属医院、杭州澄源生物科技有限公司 "
                   "负责人：钟礼航（院长） 所在区域：滨湖新区 主要研究方向：细胞治疗")
    assert ("滨湖新区澄源生物医药创新研究院", "founder", "杭州澄源生物科技有限公司") in got
    assert ("钟礼航", "worksFor", "滨湖新区澄源生物医药创新研究院") in got
    assert ("钟礼航", "worksFor", "杭州澄源生物科技有限公司") not in got     # (the name before the label is not his employer)


# ---- tables ----

_LABS = ("| 序号 | 实验室名称 | 依托单位 | 实验室主任 |\n| --- | --- | --- | --- |\n"
         "| 1 | 浙江省类脑感知与边缘计算重点实验室 | 南湖大学 | 韩立峰 |\n"
         "| 2 | 浙江省海洋微生物制药重点实验室 | 东海大学 | 刘晓岚 |")


def test_a_name_column_teaches_whole_names_however_long():
    names = table_names(_LABS)
    assert names["浙江省类脑感知与边缘计算重点实验室"] == "ResearchInstitute"
    assert "韩立峰" not in names                              # (a person column)


def test_a_laboratorys_head_and_host_are_read_from_its_row():
    got, _ = facts("二、名单\n\n" + _LABS)
    assert ("浙江省类脑感知与边缘计算重点实验室", "parentOrganization", "南湖大学") in got
    assert ("韩立峰", "worksFor", "浙江省类脑感知与边缘计算重点实验室") in got
    assert ("刘晓岚", "worksFor", "浙江省海洋微生物制药重点实验室") in got


def test_shareholders_in_a_table_invest_in_the_company_the_article_is_about():
    got, _ = facts("浙江衡岳微电子股份有限公司主营模拟芯片。浙江衡岳微电子股份有限公司的主要股东如下：\n\n"
                   "| 序号 | 股东名称 | 持股比例 |\n| --- | --- | --- |\n"
                   "| 1 | 杭州衡岳企业管理合伙企业（有限合伙） | 9.80% |\n"
                   "| 2 | 浦江启明创业投资合伙企业（有限合伙） | 8.45% |\n| 3 | 刘一帆 | 7.30% |")
    investors = {s for s, r, o in got if r == "investedIn" and o == "浙江衡岳微电子股份有限公司"}
    assert {"杭州衡岳企业管理合伙企业（有限合伙）", "浦江启明创业投资合伙企业（有限合伙）"} <= investors
    assert "刘一帆" not in investors                          # (people who hold shares: not read as investors)


def test_a_column_of_founded_companies_gives_founders():
    got, _ = facts("| 序号 | 姓名 | 创办企业 | 申报领域 |\n| --- | --- | --- | --- |\n"
                   "| 1 | 苏雅宁 | 杭州灵擎智能装备有限公司 | 智能制造 |")
    assert ("杭州灵擎智能装备有限公司", "founder", "苏雅宁") in got


def test_a_product_cell_gives_the_quoted_name_and_keeps_a_slash():
    got, _ = facts("| 奖项 | 项目名称 | 参赛单位 | 所在区（市）县 |\n| --- | --- | --- | --- |\n"
                   "| 一等奖 | 面向卫星通信的相控阵T/R芯片 | 成都澜星微电子有限公司 | 天府新区 |\n"
                   "| 二等奖 | “蜀禾”农业多光谱无人机 | 四川蜀禾智能装备有限公司 | 双流区 |")
    assert ("成都澜星微电子有限公司", "develops", "面向卫星通信的相控阵T/R芯片") in got
    assert ("四川蜀禾智能装备有限公司", "develops", "蜀禾") in got
    assert ("四川蜀禾智能装备有限公司", "location", "双流区") in got
    assert ("成都澜星微电子有限公司", "location", "天府新区") in got


# ---- English ----

def test_an_english_declared_short_name_is_the_document_it_stands_for():
    got, _ = facts("In May 2025, the Ningbo Municipal Bureau of Economy and Information Technology issued the "
                   "Ningbo Guidelines on Accelerating Marine Robotics (2025–2027) (hereafter \"the Guidelines\"). "
                   "The Guidelines prioritize underwater drones and subsea sensors.")
    plan = "Ningbo Guidelines on Accelerating Marine Robotics (2025–2027)"
    assert (plan, "prioritizes", "underwater drones") in got
    assert (plan, "prioritizes", "subsea sensors") in got
    assert not any(s == "The Guidelines" for s, _r, _o in got)


def test_a_title_and_name_of_an_official_give_the_government_he_works_for():
    got, _ = facts("\"Capital must follow the scientists,\" said Vice Governor Qian Haolin of the Anhui Provincial "
                   "People's Government at the launch.")
    assert ("Qian Haolin", "worksFor", "Anhui Provincial People's Government") in got


# ---- smaller recognisers ----

def test_a_quoted_name_after_a_product_noun_is_the_product_not_the_quote_before():
    got, res = facts("浙江临川大学“听语”团队凭借AR手语翻译眼镜“听语Glass”摘得金奖。宁波澜声声学的新品“澜声Air 2”重量不到30克。")
    products = {m.text for _s, ms in res.sentences for m in ms if m.type == "Product"}
    assert {"听语Glass", "澜声Air 2"} <= products


def test_a_product_named_like_its_makers_trade_name_stays_a_product():
    body = ("杭州步衡医疗科技有限公司（以下简称“步衡”）成立于2020年。\n\n"
            "| 项目名称 | 参赛单位 |\n| --- | --- |\n| “步衡”下肢康复外骨骼 | 杭州步衡医疗科技有限公司 |")
    from kg.lexicon import get_lexicon
    from kg.resolve import Resolver
    res = get_extractor("rules").extract(Article(id="t", path="t.md", title="t", body=body, date=dt.date(2025, 3, 1)))
    made = [c for c in res.claims if c.relation == "develops"]
    assert made
    resolver = Resolver(get_lexicon())
    for c in made:
        assert resolver.entity(c.object).iri != resolver.entity(c.subject).iri


def test_this_company_can_be_an_investment_firm_named_as_a_company():
    got, _ = facts("本基金的管理人为甬城远景私募基金管理有限公司，该公司系甬城投资集团的控股子公司，注册地位于宁波市鄞州区。")
    assert ("甬城远景私募基金管理有限公司", "parentOrganization", "甬城投资集团") in got


def test_a_doctoral_supervisor_is_a_title_not_a_degree():
    got, _ = facts("蒋　敏　浙江工业大学化学工程学院教授、博士生导师，任工作站常务副站长。")
    assert ("蒋敏", "worksFor", "浙江工业大学化学工程学院") in got
    assert ("蒋敏", "alumniOf", "浙江工业大学化学工程学院") not in got


def test_an_appositive_employer_belongs_to_the_person_who_opens_the_clause():
    got, _ = facts("南湖大学副校长邵明川，东城市人民政府副市长欧阳岚出席仪式。")
    assert ("邵明川", "worksFor", "东城市人民政府") not in got
    assert ("欧阳岚", "worksFor", "东城市人民政府") in got


def test_a_native_of_a_place_is_no_person():
    _, res = facts("高晓川是土生土长的蒲溪人，2014年从四川农业大学毕业。")
    assert "蒲溪" not in {m.text for _s, ms in res.sentences for m in ms if m.type == "Person"}
