"""What the fourteenth session taught the extractor, from layouts new writers brought: tables whose
columns name a parent (上级主管单位), a founding year as a bare number, a subsidiaries column that is
not the first; two-cell tables read as labelled lines (| 成立日期 | 2016年 |); sections that open with a
line that is a company's name alone (🔹 X有限公司（A轮）); board lists (独立董事：A、B、C), team lines
with a comma (王某，联合创始人兼CTO); fund names with their kind and phase (X成长一期基金); names the
tagger mis-cuts (陈晓曾任, 和|姜|海涛); brackets that are a round, not a name. Sample text written for
the tests (names invented)."""
from __future__ import annotations

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---- tables ----

def test_a_parent_column_and_a_bare_founding_year_column():
    got, _ = facts("以下为本次抽查的机构。\n\n"
                   "| 序号 | 机构名称 | 上级主管单位 | 成立年份 |\n| --- | --- | --- | --- |\n"
                   "| 1 | 杭州澄望检测技术有限公司 | 浙江澄望控股集团有限公司 | 2014 |\n"
                   "| 2 | 杭州禾溪计量研究院有限公司 | 杭州禾溪国有资产经营集团有限公司 | 2009年 |\n")
    assert ("杭州澄望检测技术有限公司", "parentOrganization", "浙江澄望控股集团有限公司") in got
    assert ("杭州禾溪计量研究院有限公司", "parentOrganization", "杭州禾溪国有资产经营集团有限公司") in got
    assert ("杭州澄望检测技术有限公司", "foundingDate", "2014") in got
    assert ("杭州禾溪计量研究院有限公司", "foundingDate", "2009") in got


def test_a_number_in_a_column_that_is_no_date_is_no_founding_date():
    got, _ = facts("| 序号 | 企业名称 | 员工人数 |\n| --- | --- | --- |\n| 1 | 杭州澄望检测技术有限公司 | 2014 |\n")
    assert not any(r == "foundingDate" for _, r, _ in got)


def test_a_subsidiaries_column_after_the_row_number_names_the_issuers_subsidiaries():
    got, _ = facts("杭州禾溪产业投资集团有限公司是本期债券的发行人。杭州禾溪产业投资集团有限公司主要子公司如下：\n\n"
                   "| 序号 | 子公司名称 | 持股比例 |\n| --- | --- | --- |\n"
                   "| 1 | 杭州禾溪园区运营有限公司 | 100% |\n| 2 | 杭州禾溪创业投资管理有限公司 | 70% |\n")
    assert ("杭州禾溪园区运营有限公司", "parentOrganization", "杭州禾溪产业投资集团有限公司") in got
    assert ("杭州禾溪创业投资管理有限公司", "parentOrganization", "杭州禾溪产业投资集团有限公司") in got


def test_a_two_cell_table_is_read_as_labelled_lines():
    got, _ = facts("| 项目 | 内容 |\n| --- | --- |\n| 注册名称 | 杭州禾溪产业投资集团有限公司 |\n"
                   "| 法定代表人 | 郑立群 |\n| 成立日期 | 2016年11月22日 |\n")
    assert ("郑立群", "worksFor", "杭州禾溪产业投资集团有限公司") in got
    assert ("杭州禾溪产业投资集团有限公司", "foundingDate", "2016-11-22") in got


def test_a_wider_table_row_is_no_labelled_line():
    _, res = facts("| 注册名称 | 杭州禾溪产业投资集团有限公司 | 备注 |\n| --- | --- | --- |\n"
                   "| 法定代表人 | 郑立群 | 无 |\n")
    assert not [c for c in res.claims if c.extractor.endswith(".label-line")]


def test_a_short_list_heading_is_the_list_the_text_names_in_full():
    got, _ = facts("经专家评审，市经信局确定了第九批专精特新企业拟推荐名单，现予以公示。\n\n拟推荐名单\n\n"
                   "| 序号 | 企业名称 | 所在区县 |\n| --- | --- | --- |\n| 1 | 杭州澄望检测技术有限公司 | 滨江区 |\n")
    assert ("杭州澄望检测技术有限公司", "memberOf", "第九批专精特新企业拟推荐名单") in got


# ---- sections and team lines ----

def test_a_line_that_is_a_company_name_alone_makes_what_follows_about_it():
    got, _ = facts("明溪资本2025年新投了三家公司。\n\n🔹 杭州澄语智能科技有限公司（A轮）\n\n"
                   "本轮由杭州市禾川投资集团领投，明溪资本跟投。\n\n创始人兼CEO贺思源毕业于浙江大学。\n\n"
                   "🔹 浙江星穹航天科技有限公司（Pre-A轮）\n\n公司总部在宁波，2022年成立。\n")
    assert ("杭州澄语智能科技有限公司", "founder", "贺思源") in got
    assert ("明溪资本", "investedIn", "杭州澄语智能科技有限公司") in got
    assert ("浙江星穹航天科技有限公司", "location", "宁波") in got
    assert ("明溪资本", "location", "宁波") not in got


def test_a_round_in_brackets_is_no_name():
    _, res = facts("🔹 杭州澄语智能科技有限公司（天使轮）\n\n从天使轮到上市，我们陪伴了六年。\n")
    names = {m.text for _, ms in res.sentences for m in ms}
    assert "天使轮" not in names


def test_board_lists_and_team_lines_with_a_comma():
    got, _ = facts("杭州衡溪智能科技股份有限公司第四届董事会成员如下。\n\n独立董事：钱立群、孙雅宁、杜宏远\n\n"
                   "非独立董事：沈国华（董事长）、林佩琪\n\n- 周明川，联合创始人兼CTO。\n")
    for person in ("钱立群", "孙雅宁", "杜宏远", "沈国华", "林佩琪", "周明川"):
        assert (person, "worksFor", "杭州衡溪智能科技股份有限公司") in got


def test_english_staff_lines_on_a_department_page_and_joins_from():
    got, _ = facts("The Department of Precision Instruments welcomes three new members this year.\n\n"
                   "Xu Lingfeng, Associate Professor\n\nProfessor Xu joins us from Huawei.\n")
    assert ("Xu Lingfeng", "worksFor", "Department of Precision Instruments") in got
    assert ("Xu Lingfeng", "worksFor", "华为") in got


def test_a_thank_you_before_a_company_is_not_its_name():
    got, _ = facts("感谢澄微创始人赵一川的信任！")
    assert ("澄微", "founder", "赵一川") in got


# ---- names ----

def test_fund_names_keep_their_kind_and_phase():
    got, _ = facts("澄溪成长一期基金（2019年设立）投资了杭州恒岳环保有限公司。本轮由澄溪硬科技早期基金独家投资。")
    assert ("澄溪成长一期基金", "investedIn", "杭州恒岳环保有限公司") in got
    assert _names("本轮由澄溪硬科技早期基金独家投资。").get("澄溪硬科技早期基金") == "Investor"
    assert "早期资本" not in _names("成都的早期资本仍然偏少，龙头企业带动作用也不强。")


def test_an_adverb_after_a_two_character_name_is_not_the_name():
    got, _ = facts("陈晓曾任浙江大学教授。")
    assert ("陈晓", "worksFor", "浙江大学") in got


def test_a_surname_the_tagger_split_from_a_given_name_it_knows():
    got, _ = facts("吴敏和姜海涛都毕业于浙江大学。")
    assert ("姜海涛", "alumniOf", "浙江大学") in got


def test_a_short_name_before_a_full_name_that_runs_on_is_no_alias():
    _, res = facts("1. 债券全称：杭州禾溪产业投资集团有限公司2024年面向专业投资者公开发行公司债券。\n\n"
                   "2. 杭州禾溪产业投资集团有限公司成立于2016年。")
    names = {m.text for _, ms in res.sentences for m in ms if m.type != "Date"}
    assert "债券" not in names


def test_a_founding_year_in_brackets_after_a_name():
    got, _ = facts("澄溪成长二期基金（2021年设立）主要投资硬科技。")
    assert ("澄溪成长二期基金", "foundingDate", "2021") in got


def test_setting_up_a_subsidiary_in_a_year_is_no_founding_date_of_the_parent():
    got, res = facts("云澜智算去年在厦门软件园设立了全资子公司云澜智算（厦门）有限公司。")
    assert ("云澜智算(厦门)有限公司", "parentOrganization", "云澜智算") in got
    assert not [c for c in res.claims if c.relation == "foundingDate" and c.extractor.startswith("rules/founded.")]


def test_a_street_column_is_a_place():
    got, _ = facts("| 序号 | 企业名称 | 所在街道 |\n| --- | --- | --- |\n| 1 | 杭州澄望检测技术有限公司 | 仓前街道 |\n")
    assert ("杭州澄望检测技术有限公司", "location", "仓前街道") in got


def test_english_people_of_a_law_firm_and_an_analyst_with_a_bracketed_firm():
    got, _ = facts("Wen Shuangyi and Qiu Leiming of Zhejiang Tianhe Law Firm represent the plaintiff. "
                   "**He Yutao (Huatai Securities)** asked about margins. Zhou Lanxin has joined Tiling AI as CTO.")
    assert ("Wen Shuangyi", "worksFor", "Zhejiang Tianhe Law Firm") in got
    assert ("Qiu Leiming", "worksFor", "Zhejiang Tianhe Law Firm") in got
    assert ("He Yutao", "worksFor", "Huatai Securities") in got
    assert ("Zhou Lanxin", "worksFor", "Tiling AI") in got


def test_resume_lines_after_a_bio_opening():
    got, _ = facts("林佩琪，女，1979年出生，上海交通大学工商管理硕士。1997年至2006年任杭州东川电气有限公司研发部经理；"
                   "2012年加入公司，现任公司董事，兼任全资子公司杭州衡溪软件技术有限公司执行董事。")
    assert ("林佩琪", "worksFor", "杭州东川电气有限公司") in got
    assert ("林佩琪", "worksFor", "杭州衡溪软件技术有限公司") in got


def test_a_verb_of_office_after_a_name_is_not_the_name():
    got, _ = facts("浙江省智能感知技术研究院副院长韩晓露连任秘书长。浙江省光学学会副会长韩露连任理事。")
    assert ("韩晓露", "worksFor", "浙江省智能感知技术研究院") in got
    assert not any(s == "韩露连" for s, _, _ in got)


def test_a_new_partner_joins_the_firm_the_text_is_about_and_the_company_s_head_of_technology():
    got, _ = facts("明溪资本今年团队扩张。新合伙人冯子川正式加入，负责硬科技方向。")
    assert ("冯子川", "worksFor", "明溪资本") in got
    got, _ = facts("杭州绿川农业科技有限公司成立于2021年。公司技术负责人范志成介绍，系统已落地。")
    assert ("范志成", "worksFor", "杭州绿川农业科技有限公司") in got


def test_english_investors_who_led_our_series_a_made_an_investment_or_wrote_a_cheque():
    got, _ = facts("Lanxiu makes chips. Qiantang Science Fund led our Series A in 2022.")
    assert ("Qiantang Science Fund", "investedIn", "Lanxiu") in got
    got, _ = facts("Lantu Robotics was founded in 2012. Zhejiang Huaxin Holdings made a strategic investment in 2020.")
    assert ("Zhejiang Huaxin Holdings", "investedIn", "Lantu Robotics") in got
    got, _ = facts("Tiling AI, a young startup, picked up a seed cheque from Greenpine Ventures.")
    assert ("Greenpine Ventures", "investedIn", "Tiling AI") in got


def test_an_english_consortium_is_an_organisation():
    assert _names("Shanhai Robotics joined the Zhejiang Humanoid Robot Innovation Consortium.")[
        "Zhejiang Humanoid Robot Innovation Consortium"] == "Organization"


def test_an_alliance_founded_in_a_month_by_several_bodies_and_the_applications_it_approved():
    got, _ = facts("浙江省智感产业联盟于2019年11月由杭州光川视觉科技股份有限公司、中国计量大学等9家单位共同发起成立。"
                   "年会审议通过杭州极川光电有限公司、湖州穹川半导体有限公司等12家单位的入盟申请。")
    assert ("浙江省智感产业联盟", "founder", "杭州光川视觉科技股份有限公司") in got
    assert ("浙江省智感产业联盟", "founder", "中国计量大学") in got
    assert ("杭州极川光电有限公司", "memberOf", "浙江省智感产业联盟") in got
    assert ("湖州穹川半导体有限公司", "memberOf", "浙江省智感产业联盟") in got


def test_information_and_testing_centres_are_organisations():
    names = _names("联盟联合浙江省经济信息中心发布年度报告，并与杭州市质量检测中心合作。")
    assert names.get("浙江省经济信息中心") == "ResearchInstitute"
    assert names.get("杭州市质量检测中心") == "ResearchInstitute"


def test_an_alumnus_of_a_university_s_unit_is_an_alumnus_of_the_university():
    got, res = facts("陈立川毕业于浙江大学物理系，随后创立公司。")
    assert ("陈立川", "alumniOf", "浙江大学物理系") in got
    assert ("陈立川", "alumniOf", "浙江大学") in got
    rule = next(c.extractor for c in res.claims if c.relation == "alumniOf" and c.object.name == "浙江大学")
    assert rule == "rules/alumni.unit-of-university"
    got, _ = facts("陈立川是浙江大学物理系教授。")
    assert not any(r == "alumniOf" for _, r, _ in got)          # (a professor of the unit is no alumnus)


def test_an_english_infobox_states_facts_of_the_company_the_article_is_about():
    body = ("Lumora Robotics\n\nLumora Robotics is a Chinese maker of warehouse robots. Lumora Robotics sells worldwide.\n\n"
            "- Founded: April 2016\n- Founders: Xu Haolin, Ma Linfeng\n- Headquarters: Xihu District, Hangzhou\n"
            "- Key people: Xu Haolin (chairman and CEO); Zhou Yingxi (CFO)\n"
            "- Products: Tideline AMR series, WaveSort sorting robots\n- Subsidiaries: Lumora Robotics Europe GmbH\n"
            "- Number of employees: 1,400\n")
    got, res = facts(body)
    assert ("Lumora Robotics", "foundingDate", "2016-04") in got
    assert ("Lumora Robotics", "founder", "Xu Haolin") in got and ("Lumora Robotics", "founder", "Ma Linfeng") in got
    assert ("Zhou Yingxi", "worksFor", "Lumora Robotics") in got
    assert ("Lumora Robotics", "develops", "Tideline AMR series") in got
    assert ("Lumora Robotics Europe GmbH", "parentOrganization", "Lumora Robotics") in got
    titles = {c.subject.name: c.title for c in res.claims if c.extractor == "rules/works.infobox-line"}
    assert titles["Xu Haolin"] == "chairman and CEO"


def test_an_infobox_field_not_listed_states_nothing():
    got, res = facts("Lumora Robotics\n\nLumora Robotics makes robots.\n\n- Area served: Worldwide\n- Type: Private\n")
    assert not [c for c in res.claims if c.extractor.endswith(".infobox-line")]


def test_an_annual_report_s_issuer_named_in_its_table_is_what_gongsi_means():
    from kg.gazetteer import Gazetteer
    from kg.mentions import org_type_of
    body = ("# 浙江恒川微电子股份有限公司2024年年度报告（节选）\n\n| 项目 | 内容 |\n| --- | --- |\n"
            "| 公司的中文名称 | 浙江恒川微电子股份有限公司 |\n| 公司的中文简称 | 恒川微 |\n\n"
            "杭州芯川传感技术有限公司（以下简称“芯川传感”）：公司持股70%。\n")
    g = Gazetteer()
    g.declare(body, org_type_of)
    assert g.names["公司"] == ("Company", "浙江恒川微电子股份有限公司")
    assert g.names["恒川微"] == ("Company", "浙江恒川微电子股份有限公司")


def test_an_as_of_clause_before_a_holding_is_no_investor():
    _, res = facts("公司控股股东为杭州恒川控股有限公司，截至报告期末直接持有公司38.62%的股份。")
    assert not any(m.text.startswith("截至") for _, ms in res.sentences for m in ms)


def test_a_table_of_people_with_a_title_column_is_the_staff_of_what_the_article_is_about():
    got, res = facts("浙江大学智能感知团队介绍。团队依托浙江大学。\n\n| 姓名 | 职称 | 简介 |\n| --- | --- | --- |\n"
                     "| 罗婉川 | 副教授 | 研究方向为微纳制造 |\n| 马晓川 | 研究员 | 研究方向为热成像算法 |\n")
    assert ("罗婉川", "worksFor", "浙江大学") in got and ("马晓川", "worksFor", "浙江大学") in got
    assert {c.title for c in res.claims if c.extractor == "rules/works.table-title"} == {"副教授", "研究员"}


def test_a_listed_subsidiary_keeps_the_place_in_brackets_in_its_name():
    got, _ = facts("浙江恒川微电子股份有限公司拥有以下子公司：\n\n1. 恒川微电子（合肥）有限公司：全资子公司，提供封装服务；\n"
                   "2. 上海恒川半导体设计有限公司：全资子公司，从事芯片设计。\n")
    assert ("恒川微电子(合肥)有限公司", "parentOrganization", "浙江恒川微电子股份有限公司") in got
    assert ("恒川微电子", "parentOrganization", "浙江恒川微电子股份有限公司") not in got


def test_a_company_that_has_subsidiaries_is_not_named_for_them():
    assert _names("浙江恒川微电子股份有限公司拥有三家子公司。") == {"浙江恒川微电子股份有限公司": "Company"}


def test_a_town_named_as_a_place_and_a_listed_wholly_owned_subsidiary_of_the_topic():
    got, _ = facts("杭州远川智驾科技有限公司落户萧山信息港小镇。")
    assert ("杭州远川智驾科技有限公司", "location", "萧山信息港小镇") in got
    got, _ = facts("武汉光川智能科技股份有限公司发布招股书。募集资金将投向武汉总部的产线，以及全资子公司苏州光川半导体有限公司的芯片研发项目。")
    assert ("苏州光川半导体有限公司", "parentOrganization", "武汉光川智能科技股份有限公司") in got


def test_a_quoted_joint_lab_named_for_both_partners_is_one_name_founded_by_both():
    got, _ = facts("2019年，浙江大学与浙江恒川智控科技有限公司共建“浙大—恒川智能传感联合研发中心”。")
    assert ("浙大—恒川智能传感联合研发中心", "founder", "浙江大学") in got
    assert ("浙大—恒川智能传感联合研发中心", "founder", "浙江恒川智控科技有限公司") in got
    assert ("浙江大学", "founder", "浙江恒川智控科技有限公司") not in got
    assert _names("公司与福州大学共建的“Micro-LED联合研发中心”也在今年揭牌。").get("Micro-LED联合研发中心") == "ResearchInstitute"


def test_given_names_that_are_words_after_a_title_and_names_the_dictionary_knows_next_to_a_title():
    got, _ = facts("该公司董事长蒋为民毕业于浙江大学。")
    assert ("蒋为民", "alumniOf", "浙江大学") in got
    got, _ = facts("另一位联合创始人是东南大学的王振宇教授，他是我的本科导师。")
    assert ("王振宇", "worksFor", "东南大学") in got
    names = _names("杭州沐川环境科技有限公司的创始人孙立华，本科和硕士都就读于浙江工业大学环境学院。")
    assert "都就读" not in names
    assert "白皮书" not in _names("参与白皮书编写的江南大学教授武晓岚表示同意。")


def test_a_college_named_for_its_province_and_field():
    names = _names("他毕业于浙江传媒学院，后来被分配到杭州电子工业学院任教。")
    assert names.get("浙江传媒学院") == "University" and names.get("杭州电子工业学院") == "University"
    assert "杭州各高校学院" not in _names("杭州各高校学院纷纷响应。")


def test_a_big_company_s_cloud_arm_is_not_the_company():
    got, _ = facts("联合创始人周楠毕业于上海交通大学，曾在阿里云工业大脑团队负责缺陷检测算法。")
    assert ("周楠", "worksFor", "阿里云") in got and ("周楠", "worksFor", "阿里巴巴") not in got


def test_a_notice_that_publishes_a_list_is_known_by_the_list():
    from kg.mentions import title_aliases
    assert "2023年度浙江省未来工厂名单" in title_aliases("浙江省经济和信息化厅关于公布2023年度浙江省未来工厂名单的通知")
    assert title_aliases("关于2025年度钱塘区“钱塘英才计划”拟入选人员名单的公示") == ("2025年度钱塘区“钱塘英才计划”拟入选人员名单",)
    assert title_aliases("关于加快发展智能网联汽车的实施意见") == ()


def test_people_between_an_institution_and_a_title_after_a_vice_title_and_before_a_month():
    from kg.mentions import person_names
    assert person_names("由西湖大学工学院周默然研究员团队与杭州脑语科技有限公司联合研发。") == {"周默然"}
    assert person_names("上海禾锐化工集团副总裁戴鹏飞代表企业签约。") == {"戴鹏飞"}
    assert person_names("杭州声屿科技有限公司创始人邓欣然10月18日发布了一条朋友圈。") == {"邓欣然"}
    assert person_names("程昊还在东南大学射频与光电集成电路研究所任副研究员。") == set()
    assert person_names("历任德嘉汽车部件（苏州）有限公司工艺工程师。") == set()


def test_people_appointed_and_a_given_name_ending_in_he():
    from kg.mentions import person_names
    assert person_names("武汉九衢生物医药科技有限公司任命柯文博为研发副总裁。") == {"柯文博"}
    assert person_names("其创始人顾清和目前仍是清华大学计算机系教授。") == {"顾清和"}
    assert person_names("创始人王立和李娜都毕业于浙江大学。") == {"王立", "李娜"}


def test_western_founders_named_after_founded_by_and_a_foreign_legal_form():
    got, _ = facts("Lumina Hearing GmbH was founded by Anna Kellner in Munich.")
    assert ("Lumina Hearing GmbH", "founder", "Anna Kellner") in got
    got, _ = facts("Nordvik Energy AS, co-founded by Erik Lundby and Kari Vikne, makes electrolyzers. "
                   "Nordvik Energy was founded in 2014 in Bergen.")
    assert ("Nordvik Energy AS", "founder", "Erik Lundby") in got and ("Nordvik Energy AS", "founder", "Kari Vikne") in got
    assert ("Nordvik Energy AS", "foundingDate", "2014") in got
    assert "Sequoia Capital" not in {s for s, r, o in got if r == "founder"} | {o for s, r, o in got if r == "founder"}
    names = _names("The fund was set up by Sequoia Capital and Zhejiang University.")
    assert names.get("Sequoia Capital") == "Investor"


def test_a_direction_before_a_place_is_no_person():
    assert "南太湖" not in _names("南太湖畔再落智造大单，23个具身智能项目集中签约。")


# ---- names between an institution and a title before a founding verb; 原为 after a founder ----

def test_a_professor_named_between_the_university_and_the_title_before_a_founding_verb():
    got, res = facts("绘星航天由宁波大学郑海峰教授创办。")
    assert any(m.text == "郑海峰" and m.type == "Person" for _, ms in res.sentences for m in ms)
    assert ("绘星航天", "founder", "郑海峰") in got


def test_a_founder_who_was_formerly_something_elsewhere():
    got, res = facts("绿芯储能创始人曹立新原为中国科学院物理研究所副研究员。")
    assert ("绿芯储能", "founder", "曹立新") in got
    assert ("曹立新", "worksFor", "中国科学院物理研究所") in got
    assert ("中国科学院物理研究所", "founder", "曹立新") not in got     # the institute describes the founder


def test_the_founder_clause_alone_gives_the_institute_no_founder():
    got, _ = facts("创始人曹立新原为中国科学院物理研究所副研究员。")
    assert not any(s == "中国科学院物理研究所" and r == "founder" for s, r, _ in got)
