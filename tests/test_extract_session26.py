"""The twenty-sixth session's readings: the place a company moved from is no place of it (由锦江区迁至…, 从上海搬到…),
a park's name never holds the verb before it (迁入, 由…迁至, 落户), a descriptive 这家…的企业 after a sentence
that first names a company is that company (and 其 after it in the same sentence too), 研发机构 / 研发中心 are
nouns and no making verb before a kind of product. Sample text written for the tests (names invented)."""
from __future__ import annotations

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import facts


def _places(text: str) -> set[str]:
    return {m.text for m in recognise(text, get_lexicon()) if m.type == "Place"}


# ---------------- places a company moved from ----------------

def test_a_park_after_a_move_verb_is_named_without_the_verb():
    places = _places("三月，杭州岚岫数据科技有限公司总部迁入云谷软件园。")
    assert "云谷软件园" in places
    assert not any(p.startswith(("迁入", "由")) for p in places)


def test_a_district_and_a_zone_are_not_glued_across_a_move_verb():
    places = _places("公司将总部由拱墅区迁至临江高新区，办公面积翻了一倍。")
    assert not any("迁至" in p for p in places)


def test_the_place_moved_from_gives_no_location():
    got, _ = facts("2024年5月，杭州岚岫数据科技有限公司将总部由拱墅区整体迁至余杭区，新址面积约5000平方米。")
    assert ("杭州岚岫数据科技有限公司", "location", "余杭区") in got
    assert ("杭州岚岫数据科技有限公司", "location", "拱墅区") not in got


def test_the_place_moved_to_is_a_location():
    got, _ = facts("嘉兴禾舟生物技术有限公司本月完成搬迁，由南湖区迁至秀洲区的生物医药产业园。")
    assert ("嘉兴禾舟生物技术有限公司", "location", "秀洲区") in got
    assert ("嘉兴禾舟生物技术有限公司", "location", "南湖区") not in got


# ---------------- 这家…的企业 ----------------

_INTRODUCED = ("去年9月，衢州钧石创业投资有限公司（下称“钧石创投”）领投了苏州映川精密仪器有限公司（下称“映川仪器”）的A轮融资。"
               "这家位于苏州工业园区的企业专注于晶圆缺陷检测设备，其自研的“YC-500”检测机台已进入量产。")


def test_a_described_demonstrative_takes_the_company_the_last_sentence_introduced():
    got, _ = facts(_INTRODUCED)
    assert ("苏州映川精密仪器有限公司", "develops", "YC-500") in got
    assert ("苏州映川精密仪器有限公司", "location", "苏州工业园区") in got
    assert not any(s == "衢州钧石创业投资有限公司" and r in ("develops", "location") for s, r, _ in got)


def test_a_plain_demonstrative_still_takes_the_last_sentence_topic():
    got, _ = facts("绍兴澜石智能科技有限公司成立于2019年，总部位于越城区。该公司主要产品为“澜石R3”巡检机器人。")
    assert ("绍兴澜石智能科技有限公司", "develops", "澜石R3") in got


# ---------------- 研发机构 is a noun ----------------

def test_an_rd_institution_is_no_maker_of_the_fields_a_policy_names():
    body = ("杭州市科学技术局印发《杭州市新型研发机构认定管理办法》。"
            "《办法》明确，新型研发机构重点围绕人工智能、生物医药、高端装备等领域开展关键核心技术攻关。")
    got, res = facts(body)
    assert ("杭州市新型研发机构认定管理办法", "prioritizes", "人工智能") in got
    assert ("杭州市新型研发机构认定管理办法", "prioritizes", "高端装备") in got
    assert not any(r == "develops" for _, r, _ in got)
    assert not any(m.text.startswith("机构") for _, ms in res.sentences for m in ms)


# ---------------- towns and subdistricts ----------------

def test_a_town_after_a_place_verb_is_a_location():
    got, _ = facts("嘉兴禾舟生物技术有限公司2023年落户凤桥镇，主要生产冻干粉针剂。")
    assert ("嘉兴禾舟生物技术有限公司", "location", "凤桥镇") in got


def test_a_subdistrict_after_its_district_and_in_a_table_cell_is_a_place():
    assert "闲林街道" in _places("公司注册地址位于杭州市余杭区闲林街道，主营工业软件。")
    assert "塘栖镇" in _places("| 杭州岚岫数据科技有限公司 | 塘栖镇 |")


def test_generic_towns_are_no_places():
    assert not _places("近年来，城镇化进程加快，各街道和乡镇积极行动。")


# ---------------- English ----------------

def test_footnote_marks_end_an_english_sentence():
    from kg.sentences import split_sentences
    texts = [s.text for s in split_sentences("Lin studied at Fudan University.<sup>[1]</sup> Wu joined Qiyun Data.[2] He left.")]
    assert texts == ["Lin studied at Fudan University.<sup>[1]</sup>", "Wu joined Qiyun Data.[2]", "He left."]


def test_the_second_verb_of_a_sentence_has_the_sentence_subject():
    got, _ = facts("Hangzhou Qiyun Data Technology Co., Ltd. operates overseas through Qiyun Data (Singapore) Pte. Ltd., "
                   "its wholly owned subsidiary, and is a member of the Zhejiang Data Industry Alliance.")
    assert ("Hangzhou Qiyun Data Technology Co., Ltd.", "memberOf", "Zhejiang Data Industry Alliance") in got
    assert ("Qiyun Data (Singapore) Pte. Ltd.", "memberOf", "Zhejiang Data Industry Alliance") not in got


# ---------------- the gate ----------------

def test_a_hand_written_slot_in_a_rule_is_a_slot_to_the_gate_not_its_letter():
    from kg.gate import SLOT, parse_clauses
    clauses = parse_clauses(r"的(?=\ue000O\d+\ue001)与\ue000[CIRO]\d+\ue001")
    assert frozenset({"O"}) not in clauses            # (the letter O need not occur in the text)
    assert frozenset({SLOT + "O"}) in clauses and frozenset({SLOT + "CIRO"}) in clauses


def test_the_gate_keeps_a_rule_whose_slot_is_in_a_lookahead():
    from test_extract import en_facts
    got, _ = en_facts("Lin Qiao is a professor at Fudan University and a member of the university's "
                      "Key Laboratory of Smart Sensing and Computing.")
    assert ("Key Laboratory of Smart Sensing and Computing", "parentOrganization", "复旦大学") in got


# ---------------- lists ----------------

def test_a_company_that_tops_a_ranking_is_on_it():
    got, _ = facts("杭州岚岫数据科技有限公司荣登2025中国具身智能潜力企业TOP50榜单。")
    assert ("杭州岚岫数据科技有限公司", "memberOf", "2025中国具身智能潜力企业TOP50榜单") in got


def test_english_companies_that_appear_on_a_list_are_on_it():
    from test_extract import en_facts
    got, _ = en_facts("Lanxiu Data and Qiyun Robotics both appeared on the 2024 Hangzhou Future Unicorn List.")
    assert ("Lanxiu Data", "memberOf", "2024 Hangzhou Future Unicorn List") in got
    assert ("Qiyun Robotics", "memberOf", "2024 Hangzhou Future Unicorn List") in got
    got, _ = en_facts("Lanxiu Data made the shift to robotics in 2023.")
    assert not any(r == "memberOf" for _, r, _ in got)


# ---------------- names ----------------

def test_a_group_with_investment_in_its_name_needs_no_place_first():
    got, _ = facts("钟亦凡曾在金陵科技投资集团任投资总监。")
    assert ("钟亦凡", "worksFor", "金陵科技投资集团") in got


def test_a_founder_named_after_the_title_before_what_he_did():
    got, _ = facts("常州锂衡储能科技有限公司是我们的重点项目，创始人陶子健做了十多年电池材料研究。")
    assert ("常州锂衡储能科技有限公司", "founder", "陶子健") in got
    got, res = facts("创始人陈志刚表示，今年营收翻倍。")
    assert any(m.text == "陈志刚" for _, ms in res.sentences for m in ms)      # (not 陈志 before 刚)


# ---------------- what the readings above must not do ----------------

def test_its_product_is_not_given_to_a_university_named_before_the_described_company():
    body = ("浙江大学与苏州映川精密仪器有限公司签约。"
            "该校与这家位于苏州工业园区的企业共建实验室，其自研的“YC-500”检测机台已量产。")
    got, _ = facts(body)
    assert ("浙江大学", "develops", "YC-500") not in got


def test_two_companies_both_named_first_leave_the_described_one_to_the_topic():
    body = ("杭州岚岫数据科技有限公司与苏州映川精密仪器有限公司签署合作协议。"
            "这家成立于2016年的企业主要生产晶圆检测设备。")
    got, _ = facts(body)
    assert ("苏州映川精密仪器有限公司", "foundingDate", "2016") not in got


def test_a_relative_clause_has_its_own_subject():
    from test_extract import en_facts
    got, _ = en_facts("Lanxiu Data partnered with Qiyun Robotics, which was founded in 2019 and is a member of "
                      "the Zhejiang Data Industry Alliance.")
    assert ("Lanxiu Data", "memberOf", "Zhejiang Data Industry Alliance") not in got


def test_entering_a_market_is_no_list():
    from test_extract import en_facts
    got, _ = en_facts("Lanxiu Data entered the Southeast Asian market through its Singapore Program.")
    assert not any(r == "memberOf" for _, r, _ in got)
