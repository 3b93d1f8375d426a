"""Investors' letters, commentaries and wire copy (the nineteenth session): a list as long as the number a
group is named for, taken up by 这六家公司; an investor's "We led …"; "Co-founder and chief technology
officer X" continuing the company the sentence before gave a founder; US$ is a currency, no place.
Sample text written for the tests (names invented)."""
from __future__ import annotations

from test_extract import en_facts, facts


def test_a_list_as_long_as_the_groups_number_is_its_members():
    got = facts("过去几个月，“钱塘五小虎”成了高频词。\n\n"
                "衡擎机器人、知澜智能、芯屹微电子、璞衡医疗和澄光科技——这五家公司领域各异，却都在杭州成长。")[0]
    for name in ("衡擎机器人", "知澜智能", "芯屹微电子", "璞衡医疗", "澄光科技"):
        assert (name, "memberOf", "钱塘五小虎") in got
    # four names for a group of five: no members from the count
    got = facts("“钱塘五小虎”成了高频词。\n\n衡擎机器人、知澜智能、芯屹微电子和璞衡医疗——这四家公司都在杭州成长。")[0]
    assert not any(r == "memberOf" for _s, r, _o in got)


def test_we_in_an_investors_letter_is_the_investor():
    got, _ = en_facts("Northbridge Harbor Ventures Q2 update.\n\n"
                       "Tidewater Bio — We led the company's US$28 million Series A in May, alongside Ridgeline Health Partners.")
    assert ("Northbridge Harbor Ventures", "investedIn", "Tidewater Bio") in got
    assert not any(r == "location" for _s, r, _o in got)      # US$ is no place


def test_a_co_founder_and_cto_belongs_to_the_company_the_last_sentence_gave_a_founder():
    got, _ = en_facts("Hangzhou Lingxin Semiconductor Co., Ltd. designs automotive chips. "
                       "The company was founded by chief executive Tang Yifan, who spent nine years at HiSilicon, "
                       "Huawei's chip design arm. "
                       "Co-founder and chief technology officer Ma Lin previously led an architecture team at Alibaba.")
    assert ("Hangzhou Lingxin Semiconductor Co., Ltd.", "founder", "Ma Lin") in got
    assert not any(r == "founder" and o == "Ma Lin" and s != "Hangzhou Lingxin Semiconductor Co., Ltd." for s, r, o in got)


def test_an_english_priority_item_is_its_head_not_its_examples():
    got, _ = en_facts("The Zhejiang Action Plan for the Low-Altitude Economy was issued in February.\n\n"
                       "The plan names three priority areas:\n\n"
                       "1. electric vertical take-off and landing (eVTOL) aircraft and their core components;\n"
                       "2. drone logistics, especially last-mile delivery;\n"
                       "3. low-altitude infrastructure such as vertiports and landing pads.\n")
    plan = "Zhejiang Action Plan for the Low-Altitude Economy"
    pri = {o for s, r, o in got if r == "prioritizes" and s == plan}
    assert {"electric vertical take-off and landing (eVTOL) aircraft", "drone logistics", "low-altitude infrastructure"} <= pri


def test_where_someone_once_worked_is_not_what_the_company_means_next():
    got, _ = en_facts("Founded in 2022 by Dr. Fang Jiayi, a former principal scientist at WuXi Biologics, Tidewater Bio is "
                       "building an enzymatic DNA synthesis platform. The company is based in Hangzhou.")
    assert ("Fang Jiayi", "worksFor", "WuXi Biologics") in got
    assert ("Tidewater Bio", "location", "杭州") in got
    assert not any(s == "WuXi Biologics" and r == "location" for s, r, _o in got)
    zh = facts("沈嘉豪，杭州云枢智算科技有限公司创始人。毕业于浙江大学，曾任职于阿里云。公司总部位于余杭区。")[0]
    assert ("杭州云枢智算科技有限公司", "location", "余杭区") in zh


def test_english_subsidiaries_and_products_in_appositives():
    got, _ = en_facts("Zhejiang Aerohub Infrastructure, a subsidiary of the state-owned Zhejiang Transportation Investment "
                       "Group, exhibited a vertiport. Feiniao Logistics Technology, a Ningbo startup whose FN-30 drone "
                       "can carry 30 kilograms, opened a stand.")
    assert ("Zhejiang Aerohub Infrastructure", "parentOrganization", "Zhejiang Transportation Investment Group") in got
    assert ("Feiniao Logistics Technology", "develops", "FN-30") in got


def test_an_english_name_with_its_city_in_brackets_keeps_that_form_and_its_parent():
    got, res = en_facts("Lingxi Hydrogen Power (Foshan) is a subsidiary of Shanghai-based Lingxi New Energy Technology.")
    assert ("Lingxi Hydrogen Power", "parentOrganization", "Lingxi New Energy Technology") in got
    m = next(m for _, ms in res.sentences for m in ms if m.text == "Lingxi Hydrogen Power")
    assert "Lingxi Hydrogen Power (Foshan)" in m.aliases


def test_its_director_is_stated_not_filled_in():
    got, _ = en_facts("Much of the cluster's glue comes from the Foshan Intelligent Manufacturing Research Institute. "
                       "Its director, Professor Kuang Lihua, also teaches at South China University of Technology.")
    assert ("Kuang Lihua", "worksFor", "Foshan Intelligent Manufacturing Research Institute") in got
    assert ("Kuang Lihua", "worksFor", "华南理工大学") in got


def test_team_lines_with_a_wide_space_between_name_and_title():
    got = facts("浙江星瀚航空科技有限公司成立于2019年。\n\n## 管理团队\n\n**罗彦青**　联合创始人、总裁\n\n**丁晨曦**　首席技术官\n")[0]
    assert ("罗彦青", "worksFor", "浙江星瀚航空科技有限公司") in got


def test_an_english_body_named_of_what_it_belongs_to_is_one_name():
    got, _ = en_facts("Shi Wenbo, a former engineer at the Aviation Engine Corporation of China, founded Lanyu. "
                       "Huang Siyu was a researcher at the Development Research Center of the State Council.")
    assert ("Shi Wenbo", "worksFor", "Aviation Engine Corporation of China") in got
    assert ("Huang Siyu", "worksFor", "Development Research Center of the State Council") in got
