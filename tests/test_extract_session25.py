"""The twenty-fifth session's readings: a table row is one sentence (a cell may hold a ``;``), two firms in two
cells of a row that are not its lead are no pair, English table headers (Place and date of establishment,
Principal business activities) and a line before the table saying its rows are subsidiaries, a project's
leader beside the competing company, a generic table heading (获奖名单, 拟入孵企业名单, 部分…一览) standing
for the list the article names, a quoted list name with an organisation inside, 就是 after a name, 系统 not a
department, a city and district before a company's trade name. Sample text written for the tests (names
invented)."""
from __future__ import annotations

from kg.gazetteer import Gazetteer
from kg.lexicon import get_lexicon
from kg.mentions import recognise
from kg.sentences import split_sentences
from kg.tables import apart
from test_extract import en_facts, facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- tables ----------------

def test_a_table_row_is_one_sentence_whatever_its_cells_hold():
    body = "Intro line; here.\n\n| Name | Place |\n| --- | --- |\n| Qiyun Co., Ltd. | Ningbo, PRC; 3 May 2020 |\n"
    texts = [s.text for s in split_sentences(body)]
    assert "| Qiyun Co., Ltd. | Ningbo, PRC; 3 May 2020 |" in texts
    assert "Intro line;" in texts          # outside a table a ; still ends a sentence


def test_two_cells_of_a_row_neither_its_lead_are_apart():
    row = "| 投资人 | 甲基金；乙资本 | 丙公司 |"
    assert apart(row, row.index("甲基金"), row.index("丙公司"))
    assert apart(row, row.index("甲基金"), row.index("乙资本"))       # two items of one cell
    assert not apart(row, row.index("投资人"), row.index("丙公司"))   # the lead cell goes with any other
    assert not apart("甲基金投资了丙公司", 0, 5)                       # not a table row


_SUBSIDIARIES = (
    "Hangzhou Qiyun Robotics Co., Ltd. designs warehouse robots. Hangzhou Qiyun Robotics Co., Ltd. is based in Hangzhou.\n\n"
    "The following table sets forth details of our principal subsidiaries:\n\n"
    "| Name | Place and date of establishment | Principal business activities |\n"
    "| --- | --- | --- |\n"
    "| Ningbo Qiyun Precision Co., Ltd. | Ningbo, PRC; 3 May 2020 | Manufacturing of QY-Lift and spare parts |\n"
    "| Qiyun Robotics (Malaysia) Sdn. Bhd. | Malaysia; 9 October 2023 | Overseas sales |\n")


def test_an_english_subsidiaries_table_gives_parent_place_and_founding_date():
    got, _ = en_facts(_SUBSIDIARIES)
    assert ("Ningbo Qiyun Precision Co., Ltd.", "parentOrganization", "Hangzhou Qiyun Robotics Co., Ltd.") in got
    assert ("Ningbo Qiyun Precision Co., Ltd.", "foundingDate", "2020-05-03") in got
    assert ("Ningbo Qiyun Precision Co., Ltd.", "location", "宁波") in got
    assert ("Qiyun Robotics (Malaysia) Sdn. Bhd.", "foundingDate", "2023-10-09") in got


def test_a_table_without_a_subsidiaries_lead_has_no_parent():
    got, _ = en_facts(_SUBSIDIARIES.replace("details of our principal subsidiaries", "our partners"))
    assert not any(r == "parentOrganization" for _, r, _ in got)


def test_a_project_leader_works_for_the_competing_company_but_a_students_does_not():
    table = ("## 获奖名单\n\n| 奖项 | 项目名称 | 参赛单位 | 项目负责人 |\n| --- | --- | --- | --- |\n"
             "| 一等奖 | 柔性传感贴片 | 杭州织感科技有限公司 | 秦若川 |\n")
    got, _ = facts(table)
    assert ("秦若川", "worksFor", "杭州织感科技有限公司") in got
    student = ("| 项目名称 | 团队负责人 | 所在高校 | 依托企业 |\n| --- | --- | --- | --- |\n"
               "| 柔性传感贴片 | 秦若川 | 浙江工业大学 | 杭州织感科技有限公司 |\n")
    got, _ = facts(student)
    assert ("秦若川", "alumniOf", "浙江工业大学") in got
    assert ("秦若川", "worksFor", "杭州织感科技有限公司") not in got


def test_a_generic_table_heading_stands_for_the_list_the_article_names():
    body = ("12月5日，大赛组委会公布了《第三届“湘湖杯”智能制造创新大赛获奖项目名单》。\n\n"
            "## 获奖名单（一至三等奖）\n\n| 奖项 | 项目名称 | 参赛单位 |\n| --- | --- | --- |\n"
            "| 一等奖 | 柔性传感贴片 | 杭州织感科技有限公司 |\n| 二等奖 | 焊缝检测系统 | 杭州衡视智能科技有限公司 |\n")
    got, _ = facts(body)
    assert ("杭州织感科技有限公司", "memberOf", "第三届“湘湖杯”智能制造创新大赛获奖项目名单") in got
    assert ("杭州衡视智能科技有限公司", "memberOf", "第三届“湘湖杯”智能制造创新大赛获奖项目名单") in got
    assert not any(o == "获奖名单" for _, r, o in got if r == "memberOf")


def test_a_heading_ending_like_the_named_list_stands_for_it_and_a_notice_gives_its_list():
    body = ("经评审，拟同意以下企业入驻云溪孵化器，列入“云溪孵化器2025年第一批入孵企业名单”。\n\n"
            "## 一、拟入孵企业名单\n\n| 序号 | 企业名称 | 创始人 |\n| --- | --- | --- |\n"
            "| 1 | 苏州岚析生物科技有限公司 | 贺知远 |\n")
    got, _ = facts(body)
    assert ("苏州岚析生物科技有限公司", "memberOf", "云溪孵化器2025年第一批入孵企业名单") in got
    assert not any(o == "拟入孵企业名单" for _, r, o in got if r == "memberOf")
    notice = ("1月6日，省科技厅发布《关于公布2024年度浙江省工程研究中心认定名单的通知》。\n\n"
              "## 部分新认定中心一览\n\n| 中心名称 | 依托单位 |\n| --- | --- |\n"
              "| 浙江省柔性电子工程研究中心 | 杭州织感科技有限公司 |\n")
    got, _ = facts(notice)
    assert ("浙江省柔性电子工程研究中心", "memberOf", "2024年度浙江省工程研究中心认定名单") in got


# ---------------- names ----------------

def test_a_quoted_list_name_is_one_group_with_the_organisation_inside():
    names = _names("拟同意以下企业入驻云溪孵化器，列入“云溪孵化器2025年第一批入孵企业名单”。")
    assert names.get("云溪孵化器2025年第一批入孵企业名单") == "Group"


def test_jiushi_after_a_name_is_not_part_of_it():
    got, _ = facts("我们去年投的合肥衡量科技有限公司，创始人韩岳就是中国科学技术大学物理学院毕业的博士。")
    assert ("合肥衡量科技有限公司", "founder", "韩岳") in got
    assert ("韩岳", "alumniOf", "中国科学技术大学") in got


def test_xitong_is_no_department():
    got, _ = facts("林书瑶2010年从浙江工商大学信息管理与信息系统专业本科毕业后，加入网易。")
    assert ("林书瑶", "alumniOf", "浙江工商大学") in got
    assert not any("信息系" in o for _, _, o in got)


def test_a_city_and_district_before_a_company_name_give_no_trade_name():
    local = Gazetteer(get_lexicon())
    text = "基金由嘉兴市秀洲区国有资本投资运营有限公司作为主要出资方并负责管理。"
    local.learn(recognise(text, get_lexicon(), local=local))
    assert "嘉兴市秀洲区国有资本投资运营有限公司" in local.names
    assert "市秀" not in local.names and "秀洲" not in local.names


def test_founded_in_the_prc_on_a_date():
    got, _ = en_facts("Hangzhou Qiyun Robotics Co., Ltd. was established in the PRC on 12 March 2016.")
    assert ("Hangzhou Qiyun Robotics Co., Ltd.", "foundingDate", "2016-03-12") in got


def test_an_english_list_by_its_title_is_published():
    got, _ = en_facts("The **Hefei Municipal Science and Technology Bureau** released its *2024 List of Hefei Gazelle "
                      "Enterprises* on February 11, adding 312 companies.")
    assert ("2024 List of Hefei Gazelle Enterprises", "publisher", "Hefei Municipal Science and Technology Bureau") in got
    assert ("2024 List of Hefei Gazelle Enterprises", "datePublished", "2025-02-11") in got


def test_a_reporter_at_a_tech_review_works_there():
    got, _ = en_facts("Ethan Qian is a senior reporter at Pearl River Tech Review and a former engineer.")
    assert ("Ethan Qian", "worksFor", "Pearl River Tech Review") in got


def test_quoted_words_in_english_priorities_and_a_plan_released_by_which_focused_on():
    got, _ = en_facts("The department issued the *Zhejiang Action Plan for Embodied Intelligent Robots (2025–2027)*. The plan "
                      "names humanoid robots, robot \"core components\" and embodied-AI foundation models as its three priorities.")
    plan = "Zhejiang Action Plan for Embodied Intelligent Robots (2025–2027)"
    assert (plan, "prioritizes", "robot core components") in got
    assert (plan, "prioritizes", "embodied-AI foundation models") in got
    got, _ = en_facts("The package builds on the *Ningbo Intelligent Robot Industry Chain Action Plan (2024–2026)*, released last "
                      "May by the **Ningbo Municipal Bureau of Economy and Information Technology**, which focused on industrial "
                      "robots and reducers.")
    assert ("Ningbo Intelligent Robot Industry Chain Action Plan (2024–2026)", "prioritizes", "reducers") in got


def test_yu_joins_priority_items_and_juji_is_no_part_of_one():
    got, _ = facts("《滨江区科技型中小企业育苗计划实施细则》明确，政策资源向集成电路设计与高端医疗器械倾斜。")
    assert ("滨江区科技型中小企业育苗计划实施细则", "prioritizes", "高端医疗器械") in got
    got, _ = facts("6月，上海市经济和信息化委员会发布《上海市加快智能体产业集聚发展若干措施》，明确聚焦智能体与行业大模型。")
    assert ("上海市加快智能体产业集聚发展若干措施", "prioritizes", "行业大模型") in got
    assert not any(o.startswith("聚焦") for _, r, o in got if r == "prioritizes")


def test_member_units_of_an_innovation_centre_and_a_group_member():
    got, _ = facts("去年成立了苏州市人工智能终端创新中心。苏州思瀚智能科技有限公司、苏州博锐电子科技有限公司都是创新中心的成员单位。")
    assert ("苏州博锐电子科技有限公司", "memberOf", "苏州市人工智能终端创新中心") in got
    names = _names("思瀚智能、博锐电子都是创新中心的成员单位。")
    assert not any("都是" in n for n in names)


def test_a_company_one_firm_set_up_alone_is_its_subsidiary():
    got, _ = facts("德清恒昇新材料有限公司由浙江恒昇控股集团有限公司于2019年出资设立。")
    assert ("德清恒昇新材料有限公司", "parentOrganization", "浙江恒昇控股集团有限公司") in got \
        or ("恒昇新材料有限公司", "parentOrganization", "浙江恒昇控股集团有限公司") in got
    got, _ = facts("德清恒昇新材料有限公司由浙江恒昇控股集团有限公司与德清县国资公司共同出资设立。")
    assert not any(r == "parentOrganization" for _, r, _ in got)


def test_a_research_centre_a_company_sets_up_in_a_city_is_its_unit():
    got, _ = facts("2022年，西安秦岭星图信息技术有限公司在长沙设立长沙研发中心。")
    unit = next(s for s, r, o in got if r == "parentOrganization")
    assert unit.endswith("长沙研发中心")
    assert (unit, "location", "长沙") in got


def test_english_plans_targeting_singling_out_and_listing_among_priorities():
    got, _ = en_facts("The Shenzhen Municipal People's Government issued its *Action Plan for Low-Altitude Logistics (2024-2025)* "
                      "in late 2023, targeting drone logistics, urban air mobility and vertiport networks such as rooftop pads.")
    assert ("Action Plan for Low-Altitude Logistics (2024-2025)", "prioritizes", "vertiport networks") in got
    got, _ = en_facts("Last November, the Hangzhou Municipal People's Government issued its *Action Plan for Service Robots "
                      "(2024–2026)*, a 22-page document that singles out care robots, core components such as reducers and "
                      "dexterous hands, and robot foundation models as priorities.")
    plan = "Action Plan for Service Robots (2024–2026)"
    assert (plan, "prioritizes", "core components") in got
    assert (plan, "prioritizes", "robot foundation models") in got
    assert not any("reducers" in o for _, r, o in got if r == "prioritizes")


def test_the_measures_is_a_back_reference_not_a_title():
    got, _ = en_facts("The *Binjiang Measures for Attracting R&D Centres (2025–2027)* were issued in May. The Measures give "
                      "priority to three fields: integrated circuits, intelligent robotics, and biomedical devices.")
    assert ("Binjiang Measures for Attracting R&D Centres (2025–2027)", "prioritizes", "biomedical devices") in got
    assert not any(s == "The Measures" for s, _, _ in got)


def test_on_a_weekday_is_the_last_such_day_up_to_the_article_date():
    import datetime as dt
    from kg.dates import find_dates
    got = find_dates("The district government on Wednesday released the measures.", dt.date(2024, 9, 12))
    assert [d.value for d in got] == ["2024-09-11"]
    assert [d.value for d in find_dates("It opened on Thursday.", dt.date(2024, 9, 12))] == ["2024-09-12"]


def test_a_firms_possessive_before_a_kind_of_product_names_the_product():
    got, _ = en_facts("The X9 uses Jinghai Energy's Skyline LMFP cell, which offers more range.")
    assert ("Jinghai Energy", "develops", "Skyline") in got
    got, _ = en_facts("Zhejiang University's Future Lab works on it.")
    assert not any(r == "develops" for _, r, _ in got)
