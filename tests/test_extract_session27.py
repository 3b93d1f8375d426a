"""The twenty-seventh session's readings: a city's own laboratory or research centre is named with the city
(杭州市…工程技术研究中心, the name without the city its alias), a list caption may hold a “+” and a bracketed note,
a city in a table cell is no person (| 乐清市 |), a notice's signature dates the notice and not a plan it recalls as
its basis, 镇街 is no place and 所在镇街（平台） is a place column, a named product in a 补助项目 or 试点方向 cell,
当天 / 同日 take the day named last, 在<place><words>揭牌成立 after a date, 以A、B和C为主攻方向, an English
firm based in two places, and an English policy set apart from its verb by an appositive. Sample text written
for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from kg.dates import find_dates
from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import en_facts, facts


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- a city's own research centre ----------------

def test_a_city_level_centre_is_named_with_its_city():
    ms = _mentions("杭州市储能电池管理系统工程技术研究中心今年通过认定。")
    assert ms.get("杭州市储能电池管理系统工程技术研究中心") == "ResearchInstitute"
    assert "杭州市" not in ms


def test_the_centre_named_without_its_city_is_the_same_entity():
    got, _ = facts("杭州市柔性显示材料工程技术研究中心去年通过认定。"
                   "柔性显示材料工程技术研究中心主任郑嘉禾表示，中心将开放中试线。")
    assert ("郑嘉禾", "worksFor", "杭州市柔性显示材料工程技术研究中心") in got


def test_a_centre_of_a_city_after_a_verb_keeps_the_verb_out():
    ms = _mentions("公司牵头组建了宁波市海洋传感工程技术研究中心。")
    assert "宁波市海洋传感工程技术研究中心" in ms


# ---------------- tables under a caption ----------------

_PILOT = ("附件：2025年度江苏省“数据+制造”示范单位名单（共3家，按地市排序）\n\n"
          "| 序号 | 单位名称 | 所在地 | 示范方向 |\n| --- | --- | --- | --- |\n"
          "| 1 | 常州岚峰精工科技有限公司 | 乐清市 | “岚枢”刀具寿命预测平台 |\n"
          "| 2 | 南通泓宇纺织科技有限公司 | 海门区 | 经编面料智能排产 |\n")


def test_a_caption_with_a_plus_and_a_note_makes_its_rows_members():
    got, _ = facts(_PILOT)
    assert ("常州岚峰精工科技有限公司", "memberOf", "2025年度江苏省“数据+制造”示范单位名单") in got
    assert ("南通泓宇纺织科技有限公司", "memberOf", "2025年度江苏省“数据+制造”示范单位名单") in got


def test_a_county_level_city_in_a_place_cell_is_a_place_not_a_person():
    got, res = facts(_PILOT)
    assert ("常州岚峰精工科技有限公司", "location", "乐清") in got      # (the lexicon's 乐清, 乐清市 its alias, since the 30th session)
    assert not any(m.text == "乐清市" and m.type == "Person" for _, ms in res.sentences for m in ms)


def test_a_named_product_in_a_direction_cell_is_the_rows_product():
    got, _ = facts(_PILOT)
    assert ("常州岚峰精工科技有限公司", "develops", "岚枢") in got
    assert not any(s == "南通泓宇纺织科技有限公司" and r == "develops" for s, r, _ in got)


_SUBSIDY = ("| 序号 | 企业名称 | 所在镇街（平台） | 补助项目 |\n| --- | --- | --- | --- |\n"
            "| 1 | 杭州朔川传感科技有限公司 | 南阳街道 | “朔川云测”振动监测平台升级 |\n"
            "| 2 | 杭州铎衡智能装备有限公司 | 临江高新区 | 重载码垛机器人产业化 |\n")


def test_a_town_and_platform_column_is_a_place_column():
    got, _ = facts(_SUBSIDY)
    assert ("杭州朔川传感科技有限公司", "location", "南阳街道") in got
    assert ("杭州铎衡智能装备有限公司", "location", "临江高新区") in got
    assert ("杭州朔川传感科技有限公司", "develops", "朔川云测") in got


def test_towns_and_subdistricts_as_a_word_are_no_place():
    ms = _mentions("涉及镇街（平台）配套的，由所在镇街（平台）按比例落实。")
    assert "镇街" not in ms


# ---------------- a notice's signature ----------------

_NOTICE = ("# 滁州市经济和信息化局关于公布2025年度滁州市智能工厂名单的通知\n\n"
           "为贯彻落实《滁州市智能制造三年行动计划（2024—2026年）》，我局组织开展了智能工厂评定工作。"
           "《行动计划》由市政府于2024年5月印发，提出到2026年建成智能工厂50家。\n\n"
           "现将名单予以公布。\n\n滁州市经济和信息化局\n\n2025年4月8日\n")


def test_the_signature_dates_the_notice_not_the_plan_it_recalls():
    got, _ = facts(_NOTICE, date=dt.date(2025, 4, 9))
    assert ("滁州市经济和信息化局关于公布2025年度滁州市智能工厂名单的通知", "datePublished", "2025-04-08") in got
    assert not any(r == "datePublished" and o == "2025-04-08" and "行动计划" in s for s, r, o in got)


# ---------------- 当天, 同日 ----------------

def test_the_same_day_takes_the_day_named_last():
    [d] = find_dates("当天，联盟还发布了白皮书。", dt.date(2025, 6, 1), 2024, "2024-11-04")
    assert d.value == "2024-11-04"
    [d] = find_dates("同日，管委会印发了措施。", dt.date(2025, 6, 1), 2024, None)
    assert d.value is None


def test_a_white_paper_released_the_same_day_is_dated():
    got, _ = facts("11月6日，嘉兴智能传感产业联盟在南湖区成立。当天，联盟还发布了《嘉兴智能传感产业发展白皮书（2025）》。",
                   date=dt.date(2025, 11, 8))
    assert ("嘉兴智能传感产业发展白皮书(2025)", "datePublished", "2025-11-06") in got


# ---------------- founded at a place with its own words ----------------

def test_a_date_then_an_institute_unveiled_at_a_named_spot_of_a_district():
    got, _ = facts("10月9日上午，温州理工学院智能装备研究院在温州市鹿城区数智谷揭牌成立。", date=dt.date(2025, 10, 10))
    assert ("温州理工学院智能装备研究院", "foundingDate", "2025-10-09") in got


def test_a_new_site_opened_at_a_place_is_no_founding():
    got, _ = facts("2月20日，宁波岚汐航空科技有限公司在宁波市北仑区的新工厂启用。", date=dt.date(2025, 3, 1))
    assert not any(r == "foundingDate" for _, r, _ in got)


# ---------------- 以…为主攻方向 ----------------

def test_a_policy_takes_its_items_as_the_main_direction():
    got, _ = facts("《丽水市数字经济提质行动方案（2025—2027年）》由市政府办公室印发，提出以工业互联网、智能传感和工业软件为主攻方向。")
    name = "丽水市数字经济提质行动方案(2025—2027年)"
    for item in ("工业互联网", "智能传感", "工业软件"):
        assert (name, "prioritizes", item) in got


def test_places_taken_as_the_focus_are_no_priorities():
    got, _ = facts("《丽水市数字经济提质行动方案（2025—2027年）》提出，以莲都区、龙泉市为重点。")
    assert not any(r == "prioritizes" for _, r, _ in got)


# ---------------- English ----------------

def test_a_firm_based_in_two_cities_is_in_both():
    got, _ = en_facts("Tidal Peak Capital is a venture capital firm based in Qingdao and Shanghai that backs marine robotics.")
    assert ("Tidal Peak Capital", "location", "青岛") in got
    assert ("Tidal Peak Capital", "location", "上海") in got


def test_a_city_and_its_province_are_not_two_places_of_a_list():
    got, _ = en_facts("Tidal Peak Capital is headquartered in Binjiang District, Hangzhou, Zhejiang.")
    assert not any(o in ("Zhejiang", "浙江") for s, r, o in got if r == "location")


def test_a_policy_set_apart_by_who_issued_it_still_prioritises():
    got, _ = en_facts("The *Guizhou Data Centre Cluster Plan*, issued by the Guizhou Provincial Big Data Bureau in 2024, "
                      "prioritised green data centres powered by hydroelectricity and cross-regional compute scheduling.")
    assert ("Guizhou Data Centre Cluster Plan", "prioritizes", "green data centres") in got
    assert ("Guizhou Data Centre Cluster Plan", "prioritizes", "cross-regional compute scheduling") in got


# ---------------- investors ----------------

def test_an_angel_investor_named_as_a_person_invests():
    got, _ = facts("杭州澜芯微感科技有限公司近日完成8000万元Pre-A轮融资，由钱江科创基金领投，湖畔创投、天使投资人邵启帆跟投。")
    assert ("邵启帆", "investedIn", "杭州澜芯微感科技有限公司") in got
    assert ("湖畔创投", "investedIn", "杭州澜芯微感科技有限公司") in got
    assert not any(s == "天使" for s, _, _ in got)


def test_an_old_shareholder_follows_into_the_round_not_into_the_strategic_investor():
    got, _ = facts("宁波翼航动力科技有限公司完成3亿元A+轮融资。据悉，本轮由甬江鲲鹏基金领投，宁波均和汽车集团作为产业方战略跟投，"
                   "老股东启明创投超额跟投。")
    assert ("启明创投", "investedIn", "宁波翼航动力科技有限公司") in got
    assert ("启明创投", "investedIn", "宁波均和汽车集团") not in got


# ---------------- former employers ----------------

def test_a_postdoc_at_a_university_works_there():
    got, _ = facts("创始人严以衡以前就在浙江大学做博士后。")
    assert ("严以衡", "worksFor", "浙江大学") in got


def test_the_second_clause_of_a_career_takes_its_person():
    got, _ = facts("韩述白先在浙江大学读完博士，又在米哈游工作了九年。")
    assert ("韩述白", "alumniOf", "浙江大学") in got
    assert ("韩述白", "worksFor", "米哈游") in got


def test_two_founders_both_former_staff_of_a_known_company():
    got, _ = facts("施南乔和祁望舒是老朋友。两位联合创始人林栖迟、褚怀谷都是前米哈游的资深工程师。")
    assert ("林栖迟", "worksFor", "米哈游") in got
    assert ("褚怀谷", "worksFor", "米哈游") in got
    assert not any(s == "米哈游" and r == "founder" for s, r, _ in got)
    assert not any(s in ("施南乔", "祁望舒") and o == "米哈游" for s, _, o in got)


def test_a_known_employer_is_named_not_read_as_a_person():
    got, res = facts("公司另一位联合创始人、CEO宁语溪曾在巴斯夫负责包装材料业务。")
    assert ("宁语溪", "worksFor", "巴斯夫") in got
    assert not any(m.text == "巴斯夫" and m.type == "Person" for _, ms in res.sentences for m in ms)


def test_its_after_a_place_based_company_is_that_company_not_a_former_employer():
    got, _ = en_facts("Suzhou-based Lantern Robotics, founded in 2020 by former DJI engineer Qiu Mingyu, "
                      "unveiled its quadruped robot LR-2 last month.")
    assert ("Lantern Robotics", "develops", "LR-2") in got
    assert not any(r == "develops" and s != "Lantern Robotics" for s, r, _ in got)


# ---------------- kinds of product ----------------

def test_a_firm_that_focuses_on_kinds_of_product_makes_them():
    got, _ = facts("嘉兴澜屹电驱科技有限公司专注伺服电机和驱动器。")
    assert ("嘉兴澜屹电驱科技有限公司", "develops", "伺服电机") in got


def test_the_company_a_sentence_opens_with_makes_what_its_next_clause_names():
    got, _ = facts("平湖屹锋精密机械有限公司成立于2013年，主攻数控刀具和精密夹具。")
    assert ("平湖屹锋精密机械有限公司", "develops", "数控刀具") in got
    assert ("平湖屹锋精密机械有限公司", "develops", "精密夹具") in got


def test_a_coordinated_modifier_is_no_product_of_its_own():
    got, _ = facts("宁波澜瞳光子科技有限公司专注车载与机器人用固态激光雷达。")
    assert not any(r == "develops" and o == "车载" for _, r, o in got)
