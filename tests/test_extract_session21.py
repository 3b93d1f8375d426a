"""The twenty-first session's readings: registration notices (entry headings numbered ①, labelled lines that
continue on the same line or sit in a two-column table, a legal representative changed A → B, shareholders
and subsidiaries as labelled lines), signed pieces (作者系…), lists a ministry publishes, investments made
through a vehicle, a unit written after its company's legal name, social-post headers, and names the tagger
splits or invents. Sample text written for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from kg.lexicon import get_lexicon
from kg.mentions import person_names, recognise
from test_extract import en_facts, facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- tables and labelled entries ----------------

def test_a_highest_degree_school_column_says_where_the_person_studied():
    got, _ = facts("| 序号 | 姓名 | 工作单位 | 职务 | 最高学历毕业院校 |\n| --- | --- | --- | --- | --- |\n"
                   "| 1 | 韦明澈 | 杭州朔风智能科技有限公司 | 首席科学家 | 南京大学 |\n")
    assert ("韦明澈", "alumniOf", "南京大学") in got
    assert ("韦明澈", "worksFor", "杭州朔风智能科技有限公司") in got


def test_circled_numbers_head_entries_whose_labelled_lines_state_their_facts():
    got, _ = facts("以下为新入驻企业简介：\n\n① 杭州岚汐智能科技有限公司\n成立时间：2023年5月\n"
                   "创始人：郁青禾、单承泽\n主要产品：巡检机器人“岚汐R2”\n\n"
                   "② 杭州砾川新材料有限公司\n成立时间：2021年8月\n创始人：阚书远\n")
    assert ("杭州岚汐智能科技有限公司", "foundingDate", "2023-05") in got
    assert ("杭州岚汐智能科技有限公司", "founder", "郁青禾") in got
    assert ("杭州岚汐智能科技有限公司", "founder", "单承泽") in got
    assert ("杭州砾川新材料有限公司", "foundingDate", "2021-08") in got
    assert ("杭州砾川新材料有限公司", "founder", "阚书远") in got
    assert ("杭州砾川新材料有限公司", "founder", "郁青禾") not in got


def test_a_registration_entry_read_through_its_table_frame_and_continued_lines():
    got, _ = facts("### 1. 杭州澄栎微电子有限公司\n\n| 项目 | 内容 |\n| --- | --- |\n| 成立日期 | 2018-04-12 |\n"
                   "| 变更事项 | 投资人（股权）变更；注册资本变更 |\n\n"
                   "- 变更后股东：宗立言、杭州栎原创业投资合伙企业（有限合伙）（新增）\n\n"
                   "### 2. 杭州溪岚机器人有限公司\n\n- 变更事项：法定代表人变更；主要人员变更\n"
                   "- 法定代表人：贝文远 → 晏若溪\n- 对外投资：新设溪岚（湖州）智能装备有限公司，持股100%\n")
    assert ("杭州澄栎微电子有限公司", "foundingDate", "2018-04-12") in got
    assert ("杭州栎原创业投资合伙企业（有限合伙）", "investedIn", "杭州澄栎微电子有限公司") in got
    assert ("贝文远", "worksFor", "杭州溪岚机器人有限公司") in got
    assert ("晏若溪", "worksFor", "杭州溪岚机器人有限公司") in got
    assert ("溪岚(湖州)智能装备有限公司", "parentOrganization", "杭州溪岚机器人有限公司") in got


def test_an_investment_line_without_full_ownership_is_no_subsidiary():
    got, _ = facts("### 1. 杭州溪岚机器人有限公司\n\n- 法定代表人：贝文远\n- 对外投资：参股杭州栖澜传感科技有限公司，持股15%\n")
    assert ("杭州栖澜传感科技有限公司", "parentOrganization", "杭州溪岚机器人有限公司") not in got


# ---------------- investments ----------------

def test_investments_made_through_a_vehicle_are_the_vehicles():
    got, res = facts("报告期内，公司通过旗下产业投资平台杭州栖岚创业投资有限公司（“栖岚创投”），先后投资了"
                     "传感芯片企业苏州芯澈微电子有限公司和初创公司合肥澜储科技有限公司。")
    assert ("杭州栖岚创业投资有限公司", "investedIn", "苏州芯澈微电子有限公司") in got
    assert ("杭州栖岚创业投资有限公司", "investedIn", "合肥澜储科技有限公司") in got
    assert not any(m.text == "先后" for _, ms in res.sentences for m in ms)


def test_the_latter_after_a_dash_led_a_round_last_year():
    got, _ = facts("这家公司背后，是合肥滨澜科创投资集团牵头设立的合肥市智算产业基金——后者去年领投了合肥庐岳智算科技有限公司的A轮。")
    assert ("合肥市智算产业基金", "investedIn", "合肥庐岳智算科技有限公司") in got


def test_a_corner_quoted_company_after_led_is_the_company_invested_in():
    got, _ = facts("官宣了：远岫资本领投「极昼算力」A+轮，老股东星屿创投继续超额跟投。")
    assert ("远岫资本", "investedIn", "极昼算力") in got
    assert ("星屿创投", "investedIn", "极昼算力") in got


def test_an_enterprise_that_got_a_funds_investment_is_not_part_of_the_funds_name():
    names = _names("去年，企业获得绍兴市越商科创基金投资，目前正在筹备上市。")
    assert names.get("绍兴市越商科创基金") == "Investor"


def test_a_new_shareholder_invested_in_the_company_the_entry_is_about():
    got, _ = facts("杭州北屿生物医药科技有限公司近日完成工商变更。原股东上海允澜医疗投资中心（有限合伙）退出，新增股东杭州滨屿创业投资有限公司。")
    assert ("杭州滨屿创业投资有限公司", "investedIn", "杭州北屿生物医药科技有限公司") in got
    assert "上海允澜医疗投资中心（有限合伙）" in _names("原股东上海允澜医疗投资中心（有限合伙）退出。")


# ---------------- documents and lists ----------------

def test_a_company_disclosing_its_report_on_its_website_publishes_it():
    got, _ = facts("5月8日，杭州澄屿智能科技股份有限公司（以下简称“澄屿智能”）在其官网披露《澄屿智能2024年度企业社会责任报告》。",
                   date=dt.date(2025, 6, 1))
    assert ("澄屿智能2024年度企业社会责任报告", "publisher", "杭州澄屿智能科技股份有限公司") in got
    assert ("澄屿智能2024年度企业社会责任报告", "datePublished", "2025-05-08") in got


def test_a_list_a_ministry_published_and_the_factory_on_it():
    got, _ = facts("全资子公司澄屿（宁波）储能科技有限公司位于宁波市北仑区，该工厂入选工业和信息化部公布的2024年度绿色工厂名单。")
    assert ("澄屿(宁波)储能科技有限公司", "memberOf", "2024年度绿色工厂名单") in got
    assert ("2024年度绿色工厂名单", "publisher", "工业和信息化部") in got


def test_items_then_their_count_listed_as_the_focus_are_the_policys_priorities():
    got, _ = facts("《合肥市智能产业三年行动方案》于2月印发。细读《方案》，它押注的方向相当清晰：通用大模型、智能语音和具身智能，三条赛道被列为重点。")
    for field in ("通用大模型", "智能语音", "具身智能"):
        assert ("合肥市智能产业三年行动方案", "prioritizes", field) in got


def test_an_english_title_that_starts_with_its_kind():
    got, res = en_facts("BEIJING, March 10 — The Ministry of Industry and Information Technology (MIIT) on Monday released its "
                        "Guidelines for Service Robot Industry Standardization (2025 Edition).")
    assert any(m.type == "Policy" and m.name == "Guidelines for Service Robot Industry Standardization (2025 Edition)"
               for _, ms in res.sentences for m in ms)


def test_an_english_plan_that_named_fields_as_priority_sectors():
    got, _ = en_facts("Zhejiang issued the Zhejiang Machine Vision Industry Action Plan (2024-2027) in May. "
                      "The plan named industrial machine vision and intelligent sensors as priority sectors.")
    assert ("Zhejiang Machine Vision Industry Action Plan (2024-2027)", "prioritizes", "intelligent sensors") in got


# ---------------- people and where they work ----------------

def test_the_authors_note_at_a_signed_pieces_end_is_about_the_signer():
    got, _ = facts("**□ 陶砚秋**\n\n合肥的人工智能产业正在加速。\n\n（作者系安徽大学经济学院副教授）")
    assert ("陶砚秋", "worksFor", "安徽大学") in got


def test_a_city_bureau_named_by_its_level_and_its_division():
    got, _ = facts("系统技术支持由市科技局下属的杭州市科技情报研究院提供。\n\n"
                   "各区、县（市）科技局、财政局：\n\n资金咨询：市财政局科教文处 喻慧澄，0571-8525××××")
    assert ("杭州市科技情报研究院", "parentOrganization", "市科技局") in got      # (no city named: the level alone)
    assert ("喻慧澄", "worksFor", "市财政局") in got


def test_a_name_the_tagger_glued_to_the_verb_before_it():
    got, _ = facts("葛澜清，女，1980年出生。曾任天健会计师事务所审计经理。")
    assert ("葛澜清", "worksFor", "天健会计师事务所") in got


def test_a_unit_written_after_its_companys_legal_name_is_known_by_its_own_name():
    names = {m.text: m for m in recognise("- 潘屿　中国商用飞机有限责任公司上海飞机设计研究院 高级工程师", get_lexicon())}
    unit = names["中国商用飞机有限责任公司上海飞机设计研究院"]
    # (the lexicon knows the legal name as 中国商飞's: the unit is named after the entry, as written too)
    assert unit.parent == "中国商飞" and "上海飞机设计研究院" in unit.aliases
    assert "中国商用飞机有限责任公司上海飞机设计研究院" in unit.aliases
    got, _ = facts("- 潘屿　中国商用飞机有限责任公司上海飞机设计研究院 高级工程师")
    assert (unit.name, "parentOrganization", "中国商飞") in got


def test_a_person_and_organisation_written_as_a_post_header():
    got, _ = facts("**陈屿｜远岫资本**　9月9日 11:40\n\n今天见了三家公司。")
    assert ("陈屿", "worksFor", "远岫资本") in got


def test_a_spokesperson_for_a_company_works_for_it():
    got, _ = en_facts("A spokesperson for Hualan Automation, Ye Qing, said the company does not comment on speculation.")
    assert ("Ye Qing", "worksFor", "Hualan Automation") in got


def test_in_a_social_post_i_is_the_person_its_header_names():
    got, _ = en_facts("**Chen Yuxi** · COO at Lingbo Dynamics\n\n"
                      "I graduated from Zhejiang University in 2012 and spent eight years at Hikrobot.")
    assert ("Chen Yuxi", "alumniOf", "浙江大学") in got
    assert ("Chen Yuxi", "worksFor", "Hikrobot") in got


def test_a_former_employer_is_not_what_its_refers_to():
    got, _ = en_facts("Hualan Automation is based in Suzhou. The company, founded in 2008 by Deng Jiahua, a former Huawei "
                      "engineer, built its business on welding robots such as its HL-600 series.")
    assert ("Hualan Automation", "develops", "HL-600") in got
    assert ("华为", "develops", "HL-600") not in got


def test_where_a_founder_once_worked_is_not_the_maker_of_the_startups_product():
    got, _ = facts("澄渊智能完成B轮融资。澄渊智能是浙大系团队，创始人林晓川以前在阿里达摩院做NLP，主打产品是手机端大模型“澄心”。")
    assert ("阿里巴巴达摩院", "develops", "澄心") not in got
    assert ("澄渊智能", "develops", "澄心") in got


def test_a_board_approves_the_company_setting_up_a_subsidiary():
    got, _ = facts("杭州中屿数智科技股份有限公司（以下简称\"公司\"）召开董事会。董事会同意公司以自有资金5,000万元在安徽省合肥市"
                   "投资设立全资子公司\"中屿数智（合肥）人工智能有限公司\"。")
    assert ("中屿数智(合肥)人工智能有限公司", "parentOrganization", "杭州中屿数智科技股份有限公司") in got


# ---------------- names ----------------

def test_words_said_twice_at_a_clauses_start_are_no_person():
    body = "公示期为2025年12月3日至12月9日。公示期间，如有异议请反映。方子墨是她的同学。方子墨后来去了深圳。"
    found = person_names(body)
    assert "公示期" not in found
    assert "方子墨" in found


def test_a_name_joined_by_a_dot_is_not_a_person():
    assert "Person" not in _names("新年伊始，云岚·智造加速器迎来了8家新入驻企业。").values()


def test_a_legal_name_the_tagger_split_is_read_from_its_city_to_its_legal_form():
    assert _names("该加速器由杭州云栖科创发展有限公司运营。").get("杭州云栖科创发展有限公司") == "Company"


def test_a_fund_named_for_a_field_keeps_the_field_word():
    assert _names("省级层面将设立江苏具身智能产业母基金，该基金由省政府投资基金发起。").get("江苏具身智能产业母基金") == "Investor"


def test_a_region_is_no_district():
    assert "长三角区" not in _names("为推进公司在长三角区域的布局，公司设立子公司。")


def test_a_patent_number_is_no_product():
    assert "ZL2021" not in _names("| 1 | 一种柔性关节减速器 | ZL2021 1 0xxxxx1.3 | 刘振宇 |")


def test_a_pinyin_name_written_in_two_words_is_not_the_district_written_in_one():
    names = _names("said Lanxin's chief executive, Yu Hang. The plant is in Yuhang District.")
    assert names.get("Yu Hang") != "Place"


def test_came_out_of_a_company_or_a_school():
    got, _ = facts("杭州擎岳机器人有限公司做四足机器人。创始人童嘉言是海康机器人出来的。技术负责人孙明澈是浙大控制学院出来的。")
    assert ("童嘉言", "worksFor", "海康机器人") in got
    assert ("孙明澈", "alumniOf", "浙江大学") in got


def test_where_the_founder_was_before():
    got, _ = facts("杭州星屿具身科技有限公司去年6月成立，创始人高远川是浙大计算机博士，之前在达摩院。")
    assert ("高远川", "worksFor", "阿里巴巴达摩院") in got


def test_a_filings_definitions_name_the_companies_its_short_names_stand_for():
    got, res = facts("## 释义\n\n| 恒屿智装、上市公司、本公司 | 指 | 浙江恒屿智能装备股份有限公司 |\n| --- | --- | --- |\n"
                     "| 标的公司、擎屿机器人 | 指 | 杭州擎屿机器人有限公司 |\n"
                     "| 钱塘屿前 | 指 | 杭州钱塘屿前创业投资合伙企业（有限合伙） |\n\n"
                     "## 一、上市公司基本情况\n\n上市公司成立于2006年，总部位于浙江省湖州市德清县。\n\n"
                     "本次交易购买童屿、钱塘屿前等7名交易对方合计持有的擎屿机器人100%股权。")
    assert ("浙江恒屿智能装备股份有限公司", "foundingDate", "2006") in got
    assert ("杭州钱塘屿前创业投资合伙企业（有限合伙）", "investedIn", "杭州擎屿机器人有限公司") in got


def test_a_lab_list_with_host_and_director_on_one_line():
    got, _ = facts("2024年度宁波市重点实验室认定名单如下：\n\n1. 宁波市海潮感知重点实验室；依托单位：宁波大学；实验室主任：孙海澜\n"
                   "2. 宁波市先进膜材料重点实验室；依托单位：中国科学院宁波材料技术与工程研究所；实验室主任：郑立澄\n")
    assert ("宁波市先进膜材料重点实验室", "parentOrganization", "中国科学院宁波材料技术与工程研究所") in got
    assert ("郑立澄", "worksFor", "宁波市先进膜材料重点实验室") in got
    assert ("孙海澜", "worksFor", "宁波市海潮感知重点实验室") in got


def test_a_post_in_brackets_after_a_labelled_head_stays():
    got, _ = facts("1. 甘肃省储能膜材料重点实验室\n依托单位：兰州理工大学\n实验室主任：何静澜（兰州理工大学材料科学与工程学院教授）\n")
    assert ("何静澜", "worksFor", "甘肃省储能膜材料重点实验室") in got
    assert ("何静澜", "worksFor", "兰州理工大学材料科学与工程学院") in got


def test_the_project_lead_works_for_the_unit_the_line_names_before():
    got, _ = facts("1. 高精度车规级传感芯片研发\n   发榜单位：杭州途澜汽车电子有限公司；牵头揭榜单位：杭州感澜微电子有限公司；"
                   "项目负责人：卢澄；拟支持金额：500万元。\n")
    assert ("卢澄", "worksFor", "杭州感澜微电子有限公司") in got
    assert ("卢澄", "worksFor", "杭州途澜汽车电子有限公司") not in got


def test_companies_ranked_on_the_list_the_article_is_about():
    got, _ = facts("9月10日，杭州市工商业联合会发布《2025杭州市民营企业百强榜单》。浙江恒澄控股集团有限公司连续第十一年位居榜首，"
                   "杭州远屿科技股份有限公司位列第2名，钱塘润澄新能源有限公司首次跻身前十。")
    for firm in ("浙江恒澄控股集团有限公司", "杭州远屿科技股份有限公司", "钱塘润澄新能源有限公司"):
        assert (firm, "memberOf", "2025杭州市民营企业百强榜单") in got


def test_a_first_person_piece_whose_title_names_its_narrator():
    from kg.articles import Article
    from kg.extract import get_extractor
    art = Article(id="t", path="t.md", title="十年只做一件事——瞳屿科技创始人许沐澄自述",
                  body="2016年4月，我从海康威视辞职。\n\n那年7月，杭州瞳屿科技有限公司在杭州市滨江区注册成立。", date=dt.date(2026, 3, 2))
    got = {(c.subject.name, c.relation, c.object if isinstance(c.object, str) else c.object.name)
           for c in get_extractor("rules").extract(art).claims}
    assert ("许沐澄", "worksFor", "海康威视") in got


def test_a_person_who_founded_a_new_firm_described_before_its_name():
    got, _ = facts("澜石资本合伙人张慧澄近日离任。张慧澄女士已创立新的投资机构青禾屿资本，专注早期医疗投资。")
    assert ("青禾屿资本", "founder", "张慧澄") in got


def test_the_company_whose_round_an_investor_led_is_named_before_the_round():
    got, _ = facts("北京中关村智算产业投资基金已领投本地大模型企业深澈智元的A轮融资，这家成立于2023年的公司由清华大学计算机系毕业生韩子澄创办。")
    assert ("北京中关村智算产业投资基金", "investedIn", "深澈智元") in got
    assert ("深澈智元", "founder", "韩子澄") in got
    assert ("深澈智元", "foundingDate", "2023") in got


def test_subsidiaries_listed_with_their_count_under_the_company_and_a_strategic_investor():
    got, _ = facts("杭州算屿科技股份有限公司今日上市。公司旗下拥有算屿（苏州）智能科技有限公司、算屿（香港）有限公司两家全资子公司。")
    assert ("算屿(苏州)智能科技有限公司", "parentOrganization", "杭州算屿科技股份有限公司") in got
    assert ("算屿(香港)有限公司", "parentOrganization", "杭州算屿科技股份有限公司") in got
    got, _ = facts("杭州深屿智能科技有限公司完成2亿元天使+轮融资，由西湖畔创投领投、阿里巴巴战略投资。")
    assert ("阿里巴巴", "investedIn", "杭州深屿智能科技有限公司") in got
    got, _ = facts("上海羽屿获新一轮战略投资。")
    assert not any(r == "investedIn" and s == "上海羽屿" for s, r, _o in got)
