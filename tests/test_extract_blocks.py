"""Lists, labelled blocks, brackets and coreference across sentences (the eighth session's fixes),
on sample text written for the tests."""
from __future__ import annotations

import datetime as dt

from kg.dates import find_dates
from kg.sentences import split_sentences
from test_extract import facts


def test_members_listed_before_the_coreferent_association():
    got, _ = facts("江夏区智能传感产业协会第一届会员大会在武汉召开。会议审议通过新会员入会事项，"
                   "武汉岚曜科技有限公司、襄阳启衡电子有限公司、宜昌澄川智能有限公司等21家单位正式成为协会会员单位。")
    for firm in ("武汉岚曜科技有限公司", "襄阳启衡电子有限公司", "宜昌澄川智能有限公司"):
        assert (firm, "memberOf", "江夏区智能传感产业协会") in got


def test_a_place_in_brackets_is_where_the_company_is_not_another_name_of_it():
    got, res = facts("**Qiantang Robotics (Hangzhou).** Qiantang Robotics builds wheeled humanoids. "
                     "It was founded in 2021 by Zhou Mingyi.")
    assert ("Qiantang Robotics", "founder", "Zhou Mingyi") in got
    assert ("Qiantang Robotics", "location", "杭州") in got
    assert not any(s == "杭州" and r == "founder" for s, r, _ in got)


def test_labelled_entries_of_a_notice_and_roles_in_brackets():
    body = ("经评审，现认定以下新型研发机构：\n\n"
            "1．金川低空装备研究院\n举办单位：兰州星衡航空有限公司、金川区人民政府\n负责人：贺启明（院长）\n所在区域：金川区\n\n"
            "2．陇原储能技术研究院\n举办单位：甘肃澄远能源有限公司\n负责人：唐雨桐（院长）\n")
    got, _ = facts(body)
    assert ("金川低空装备研究院", "founder", "兰州星衡航空有限公司") in got
    assert ("贺启明", "worksFor", "金川低空装备研究院") in got
    assert ("唐雨桐", "worksFor", "陇原储能技术研究院") in got
    assert ("陇原储能技术研究院", "founder", "甘肃澄远能源有限公司") in got
    assert ("贺启明", "worksFor", "陇原储能技术研究院") not in got      # (院长) is no alias joining them


def test_a_list_number_at_a_line_start_does_not_end_the_sentence():
    texts = [s.text for s in split_sentences("聚焦以下两个领域。\n1. 低空经济。重点支持物流无人机。\nIt has 3. Items.")]
    assert "1. 低空经济。" in texts
    assert "It has 3." in texts


def test_priority_headings_are_fields_and_their_details_are_not():
    body = ("《金城市未来产业培育方案》由金城市人民政府印发。本方案聚焦以下两个领域，每个领域遴选不超过三个项目。\n\n"
            "1. 低空经济。重点支持物流无人机、起降场建设。\n2. 量子科技。重点支持量子测量仪器。\n")
    got, _ = facts(body)
    assert ("金城市未来产业培育方案", "prioritizes", "低空经济") in got
    assert ("金城市未来产业培育方案", "prioritizes", "量子科技") in got
    assert not any(o == "物流无人机" for _, r, o in got if r == "prioritizes")


def test_a_policy_cited_as_the_basis_is_not_the_subject():
    body = ("关于组织申报2025年度金城市智能制造项目的通知\n\n为贯彻落实《金城市智能制造三年行动计划》，现将有关事项通知如下。\n\n"
            "本年度项目聚焦以下两个方向：\n\n1. 工业机器人。\n2. 智能检测装备。\n")
    got, _ = facts(body)
    notice = "关于组织申报2025年度金城市智能制造项目的通知"
    assert (notice, "prioritizes", "工业机器人") in got
    assert ("金城市智能制造三年行动计划", "prioritizes", "工业机器人") not in got


def test_one_investor_of_a_round_is_not_what_another_invests_in():
    got, _ = facts("岚曜科技近日完成2亿元B轮融资。本轮融资由甘肃澄远能源有限公司（以下简称“澄远能源”）领投，"
                   "金城产业基金跟投。")
    assert ("金城产业基金", "investedIn", "岚曜科技") in got
    assert ("金城产业基金", "investedIn", "甘肃澄远能源有限公司") not in got


def test_a_holding_company_name_declared_after_a_descriptor():
    got, _ = facts("19日，甘肃省属国有企业陇数控股集团有限公司（以下简称“陇数控股”）在兰州召开大会。陇数控股成立于2019年。")
    assert ("陇数控股集团有限公司", "foundingDate", "2019") in got


def test_english_relative_dates():
    day = dt.date(2025, 3, 1)
    assert [d.value for d in find_dates("It was published last year.", day)] == ["2024"]
    assert [d.value for d in find_dates("released last month", day)] == ["2025-02"]
    assert find_dates("in the last month of the year", day) == []
    assert [(d.value, d.approximate) for d in find_dates("two years ago", day)] == [("2023", True)]


def test_policy_priorities_in_more_phrasings():
    got, _ = facts("《金城市数据产业促进条例》鼓励发展数据中心、数据交易和数据安全等产业。\n"
                   "The Jincheng Robotics Plan calls for breakthroughs in humanoid robots, dexterous hands and robot joints.")
    for field in ("数据中心", "数据交易", "数据安全"):
        assert ("金城市数据产业促进条例", "prioritizes", field) in got
    for field in ("humanoid robots", "dexterous hands", "robot joints"):
        assert ("Jincheng Robotics Plan", "prioritizes", field) in got


def test_a_verb_glued_to_a_kind_of_product_is_no_company():
    got, res = facts("《金城市汽车产业发展规划》要求做大做强新能源汽车、智能网联汽车和汽车零部件等产业。")
    names = {m.text for _, ms in res.sentences for m in ms}
    assert "强新能源汽车" not in names
    assert ("金城市汽车产业发展规划", "prioritizes", "新能源汽车") in got
