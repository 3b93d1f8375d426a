"""The thirty-fifth session's readings: a document referred to by its kind (办法明确…, after three policies)
is the last one of that kind; a document a paragraph introduces at its end is what the next paragraph's
implicit priorities belong to; a name before 为认为; a demo day's project column as company names; a rank of a
kind (国家级科技企业孵化器) is no name; 是X旗下的…孵化器 about the sentence's subject; a fund a body manages;
向A和B各投资; question items are no industries; a quoted short name in brackets after a legal name; 元和/钧和
inside names; 进了…榜单, 入榜; a zone after its place (良渚新城); an investor is the implicit maker only when no
company fits; 前者; one of two unnamed people (一个…一个) gives no subject; seats in an association
(副理事长单位); what a report proposes to focus on; English: "X and Y Industry Association", "Bureau of A, B and
C", "a policy that prioritises", "In March last year", "He then spent N years as … at X", funds managed by a
Guangzhou-based firm or set up under another, a firm someone left is not "the company".
Sample text written for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from test_extract import en_facts, facts


def test_a_document_named_by_its_kind_is_the_last_of_that_kind():
    got, _ = facts("2025年4月，苏州市工业和信息化局印发《苏州市数据要素流通实施细则》。细则明确重点支持数据标注和数据交易。"
                   "无锡的文件是《无锡市智算补贴管理办法》，由无锡市发展和改革委员会印发。办法明确将工业设计、智能网联汽车列为重点支持方向。")
    assert ("无锡市智算补贴管理办法", "prioritizes", "工业设计") in got
    assert ("无锡市智算补贴管理办法", "prioritizes", "智能网联汽车") in got
    assert ("苏州市数据要素流通实施细则", "prioritizes", "工业设计") not in got


def test_a_document_a_paragraph_introduces_at_its_end():
    got, _ = facts("2025年5月8日，嘉兴市数据局印发《嘉兴市智算券发放办法》。\n\n"
                   "2025年6月2日，湖州市科学技术局印发《湖州市支持算力使用的若干措施》。\n\n"
                   "湖州的政策更看重科研。高校也可以申领，重点支持材料计算、药物筛选和气象模拟三个方向。")
    assert ("湖州市支持算力使用的若干措施", "prioritizes", "材料计算") in got
    assert ("嘉兴市智算券发放办法", "prioritizes", "材料计算") not in got


def test_a_three_character_name_before_wei_renwei():
    got, _ = facts("宁波产业研究院研究员邵可为认为，补贴的关键在于兑现速度。")
    assert ("邵可为", "worksFor", "宁波产业研究院") in got
    assert not any(s == "邵可" for s, _, _ in got)


def test_a_demo_days_project_column_holds_startups():
    got, _ = facts("**本期路演项目**\n\n| 项目名称 | 创始人 | 毕业院校 |\n| --- | --- | --- |\n"
                   "| 栖云农服 | 方启明 | 南京农业大学 |\n| 织梦坊 | 严可心 | 浙江大学医学院 |\n")
    assert ("栖云农服", "founder", "方启明") in got
    assert ("织梦坊", "founder", "严可心") in got
    assert ("严可心", "alumniOf", "浙江大学医学院") in got
    assert not any(s == "严可心" and r == "worksFor" for s, r, _ in got)   # a school column says where they studied


def test_a_rank_of_a_kind_is_no_name_and_the_sentence_subject_is_under_the_group():
    got, res = facts("云溪孵化器成立于2016年，位于杭州市西湖区，是杭州西湖科技投资集团有限公司旗下的国家级科技企业孵化器。")
    assert ("云溪孵化器", "parentOrganization", "杭州西湖科技投资集团有限公司") in got
    names = {m.name for _, ms in res.sentences for m in ms}
    assert "国家级科技企业孵化器" not in names


def test_a_fund_a_body_manages_and_invests_in_two():
    got, _ = facts("活动现场，由云溪孵化器管理的云溪天使基金宣布，向杭州禾光传感科技有限公司和杭州栖石储能科技有限公司各投资500万元。")
    assert ("云溪天使基金", "parentOrganization", "云溪孵化器") in got
    assert ("云溪天使基金", "investedIn", "杭州禾光传感科技有限公司") in got
    assert ("云溪天使基金", "investedIn", "杭州栖石储能科技有限公司") in got


def test_a_question_is_no_industry():
    got, _ = facts("《嘉兴市低空经济若干政策》由嘉兴市人民政府印发。问：这次政策的重点支持方向有哪些？")
    assert not any(r == "prioritizes" for _, r, _ in got)


def test_a_quoted_short_name_in_brackets_is_an_alias():
    got, _ = facts("宁波澄芯微电子有限公司（“澄芯微”）成立于2021年。澄芯微CTO冯默此前在海思任职八年。")
    assert ("冯默", "worksFor", "宁波澄芯微电子有限公司") in got


def test_names_with_he_inside_and_an_old_shareholder_adding_more():
    got, _ = facts("宁波晶岭储能技术有限公司宣布完成3亿元B轮融资，由朗澄资本领投，老股东谦和投资继续加注。"
                   "苏州昊途机器人科技有限公司完成A轮融资，本轮由沧岭资本领投，雁湖基金、苏州元和科创基金跟投。")
    assert ("谦和投资", "investedIn", "宁波晶岭储能技术有限公司") in got
    assert ("苏州元和科创基金", "investedIn", "苏州昊途机器人科技有限公司") in got
    assert ("雁湖基金", "investedIn", "苏州昊途机器人科技有限公司") in got


def test_two_names_joined_by_he_stay_two():
    got, _ = facts("上市前，东岭高新投和光谷科创基金分别持有公司5.1%和3.2%的股份。")
    assert not any(s == "东岭高新投和光谷科创基金" or s.startswith("投和") for s, _, _ in got)


def test_entering_a_list_and_a_zone_after_its_place():
    got, _ = facts("去年，岚衡软件进了2024年宁波市准独角兽企业榜单。总部设在良渚新城的杭州云隼无人机有限公司开通了物流航线。"
                   "星岚机器人、指岭动力、触界科技三家同时入榜《2025中国具身智能潜力企业TOP30》。")
    assert ("岚衡软件", "memberOf", "2024年宁波市准独角兽企业榜单") in got
    assert ("杭州云隼无人机有限公司", "location", "良渚新城") in got
    assert ("指岭动力", "memberOf", "2025中国具身智能潜力企业TOP30") in got


def test_entering_the_shareholder_register_is_no_list():
    got, _ = facts("2024年，苏州浒岭产业投资有限公司新进入股东名单。")
    assert not any(r == "memberOf" for _, r, _ in got)


def test_the_implicit_maker_is_a_company_before_an_investor():
    got, _ = facts("杭州灵隼机器人有限公司成立于2021年。2024年，公司完成由红杉中国领投的A轮融资。拿到钱之后，团队开始研发人形机器人。")
    assert ("杭州灵隼机器人有限公司", "develops", "人形机器人") in got
    assert not any(s == "红杉中国" and r == "develops" for s, r, _ in got)


def test_the_former_of_two():
    got, _ = facts("此外，澄岭资本还先后投资了成都云岫数据科技有限公司和武汉楚岩新材料有限公司。前者开发面向制造业的时序数据库“岫库”，后者生产钛合金粉末。")
    assert ("成都云岫数据科技有限公司", "develops", "岫库") in got


def test_one_of_two_unnamed_people_gives_no_subject():
    got, _ = facts("许嘉言是浙江大学的博士生。他拉上了本科室友程远。两人本科都毕业于哈尔滨工业大学，毕业后一个南下读博，一个去了深圳市翼岭智能科技有限公司，在这家公司做了四年工程师。")
    assert ("程远", "alumniOf", "哈尔滨工业大学") in got
    assert not any(r == "worksFor" and o == "深圳市翼岭智能科技有限公司" and s != "程远" for s, r, o in got)


def test_a_seat_in_an_association_names_it():
    got, _ = facts("四川岭衡工业软件股份有限公司成立于2012年。公司目前是工业软件产业创新联盟副理事长单位。")
    assert ("四川岭衡工业软件股份有限公司", "memberOf", "工业软件产业创新联盟") in got
    assert not any(r == "worksFor" for _, r, _ in got)


def test_what_a_report_proposes_to_focus_on():
    got, _ = facts("中心正式发布《2024年度宁波市技术转移发展白皮书》。白皮书显示，转化率持续提升，并提出下一步将重点围绕新型显示、智能装备和生物制造三大领域。")
    assert ("2024年度宁波市技术转移发展白皮书", "prioritizes", "智能装备") in got


def test_english_names_with_and_and_a_bureau_of_a_list():
    got, _ = en_facts("Lanjiang Technology and Xiyue Robotics are members of the Ningbo Film and Game Industry Association. "
                   "In March last year, the Ningbo Municipal Bureau of Culture, Radio, Television and Tourism issued the "
                   "Measures to Support the Development of the Film Industry, a policy that prioritises original scripts and overseas distribution.")
    assert ("Lanjiang Technology", "memberOf", "Ningbo Film and Game Industry Association") in got
    policy = "Measures to Support the Development of the Film Industry"
    assert (policy, "publisher", "Ningbo Municipal Bureau of Culture, Radio, Television and Tourism") in got
    assert (policy, "prioritizes", "original scripts") in got
    assert (policy, "datePublished", "2024-03") in got     # the article's date is 2025-06-01


def test_english_spent_years_and_the_firm_left():
    got, _ = en_facts("Qiao Lin graduated from Fudan University. He then spent six years as a level designer at NetEase Games. "
                   "Ningbo Feilan Aerotech Co., Ltd. was founded in 2016 by Wu Tao and Qiao Lin. "
                   "Wu had spent four years designing flight controllers at Shenzhen Kelan Avionics before joining him; he is now the company's president.")
    assert ("Qiao Lin", "worksFor", "网易游戏") in got
    assert ("Wu Tao", "worksFor", "Ningbo Feilan Aerotech Co., Ltd.") in got


def test_english_funds_managed_by_or_set_up_under():
    got, _ = en_facts("The round was led by the Delta Drone Fund, which is managed by Guangzhou-based Haizhu Equity Partners. "
                   "Another backer was the Ningbo Aviation Industry Fund, a vehicle set up last year under the Ningbo Guidance Fund.")
    assert ("Delta Drone Fund", "parentOrganization", "Haizhu Equity Partners") in got
    assert ("Ningbo Aviation Industry Fund", "parentOrganization", "Ningbo Guidance Fund") in got
