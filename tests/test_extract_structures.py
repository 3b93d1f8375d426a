"""Document structures and phrasings the tenth session taught the extractor: résumés in annual
reports, signed essays, association elections, labelled entries of notices, themed priority lists,
English founding sentences. Sample text written for the tests (names invented)."""
from __future__ import annotations

from kg.mentions import recognise
from kg.lexicon import get_lexicon
from test_extract import facts


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in recognise(text, get_lexicon())]


# ---- résumés (董事、监事、高级管理人员简历) ----

def test_a_resume_lead_names_a_person_and_dated_clauses_refer_to_them():
    body = ("苏州澄衡精工股份有限公司（以下简称“公司”）成立于2010年。\n"
            "**鲍启航**，男，1972年出生，中国国籍，高级工程师。1994年毕业于东南大学机械工程系，"
            "2001年获南京大学工商管理硕士学位。2003年至2009年任无锡恒川机电有限公司总经理。"
            "2010年创办公司，现任公司董事长、总经理。")
    got, _ = facts(body)
    assert ("鲍启航", "alumniOf", "东南大学机械工程系") in got
    assert ("鲍启航", "alumniOf", "南京大学") in got
    assert ("鲍启航", "worksFor", "无锡恒川机电有限公司") in got
    assert ("鲍启航", "worksFor", "苏州澄衡精工股份有限公司") in got


def test_the_preposition_after_a_verb_is_no_surname():
    names = _names("2001年至2010年就职于金陵信达会计师事务所，历任审计员。")
    assert not any(t == "Person" and n.startswith("于") for n, t in names)


def test_a_date_lead_does_not_take_a_subject_named_later_in_the_clause():
    body = "罗静是公司的创始人。2021年加入天衡遥感、出任CTO的郑一帆，是团队里最早的成员。"
    got, _ = facts(body)
    assert ("罗静", "worksFor", "天衡遥感") not in got


# ---- signed pieces: 我 and 我们 ----

def test_we_in_a_signed_piece_is_the_authors_firm():
    body = ("作者：蒯思远（岭潮资本创始合伙人）\n"
            "3月，我们领投了合肥玄光科技有限公司的A轮融资。玄光科技做量子测量。\n"
            "6月，我们参与了苏州砾芯半导体有限公司的B轮融资。")
    got, _ = facts(body)
    assert ("岭潮资本", "investedIn", "苏州砾芯半导体有限公司") in got
    assert ("合肥玄光科技有限公司", "investedIn", "苏州砾芯半导体有限公司") not in got


def test_a_trade_name_before_a_co_investing_verb_is_the_firm_it_stands_for():
    body = "岭潮资本成立于2015年。这一轮融资由产业方领投，岭潮跟投。"
    _, res = facts(body)
    names = {(m.text, m.name) for _, ms in res.sentences for m in ms}
    assert ("岭潮", "岭潮资本") in names


def test_an_investor_list_with_a_city_in_it():
    got, _ = facts("无锡感川智能科技有限公司完成B轮融资。本轮由国投创合领投，太湖湾科创基金、锡创天使和苏州的泓澄资本跟投。")
    for inv in ("太湖湾科创基金", "锡创天使", "泓澄资本"):
        assert (inv, "investedIn", "无锡感川智能科技有限公司") in got


# ---- associations, alliances, entries of notices ----

def test_an_association_named_with_and_and_its_elected_officers():
    body = ("沈阳市机器人与智能制造产业协会完成换届。\n"
            "沈阳新拓机器人股份有限公司董事长裴岩当选第三届理事会会长。")
    got, _ = facts(body)
    assert ("裴岩", "worksFor", "沈阳市机器人与智能制造产业协会") in got
    assert ("裴岩", "worksFor", "沈阳新拓机器人股份有限公司") in got


def test_member_role_units_and_member_lists():
    body = ("蜀澄云图科技有限公司、蓉川声学科技有限公司和芙澄数智科技有限公司都在成都。"
            "2023年成立的成都市新一代人工智能产业联盟目前有会员单位一百六十余家，蜀澄云图是副理事长单位，"
            "蓉川声学和芙澄数智也在会员名单之中。")
    got, _ = facts(body)
    for m in ("蜀澄云图", "蓉川声学", "芙澄数智"):
        assert (m + "科技有限公司", "memberOf", "成都市新一代人工智能产业联盟") in got


def test_an_entry_heading_is_one_name_and_its_host_is_its_parent():
    body = ("2. 甘肃省先进储能材料重点实验室\n"
            "依托单位：兰州理工大学\n"
            "共建单位：甘肃金澄储能科技有限公司\n"
            "所在地：兰州市\n")
    got, _ = facts(body)
    assert ("甘肃省先进储能材料重点实验室", "parentOrganization", "兰州理工大学") in got
    assert ("甘肃省先进储能材料重点实验室", "founder", "甘肃金澄储能科技有限公司") in got
    assert ("甘肃省先进储能材料重点实验室", "location", "兰州") in got


def test_a_centre_built_on_a_school_has_it_as_parent():
    body = "二是江汉类脑融合创新中心。该中心依托华中科技大学生命科学与技术学院建设。"
    got, _ = facts(body)
    assert ("江汉类脑融合创新中心", "parentOrganization", "华中科技大学生命科学与技术学院") in got


def test_a_bracketed_place_after_a_listed_company_is_where_it_is():
    got, _ = facts("附件：典型案例名单\n1. 郑州中原澄运物流科技有限公司（郑州航空港区）：“运澄通”多式联运数据平台\n")
    assert ("郑州中原澄运物流科技有限公司", "location", "郑州航空港区") in got
    assert ("郑州中原澄运物流科技有限公司", "develops", "运澄通") in got


def test_a_district_head_works_for_the_district_government():
    got, _ = facts("沈阳市工业和信息化局局长陈立华、浑南区区长霍川出席大会。")
    assert ("霍川", "worksFor", "浑南区人民政府") in got
    assert ("陈立华", "worksFor", "沈阳市工业和信息化局") in got


def test_a_bare_zone_after_a_place_verb():
    names = _names("同样落在高新区的还有蓉川声学。")
    assert ("高新区", "Place") in names


# ---- priorities ----

def test_themed_items_and_two_fields_under_one_heading():
    body = ("郑州市数据局关于印发《郑州市数据要素行动实施方案》的通知\n"
            "二、重点行动\n"
            "（一）数据要素×智能制造。推动工业数据共享。\n"
            "（二）新能源汽车与新型储能。支持电驱系统研发。\n")
    got, _ = facts(body)
    pol = "郑州市数据要素行动实施方案"
    assert (pol, "prioritizes", "智能制造") in got
    assert (pol, "prioritizes", "新能源汽车") in got
    assert (pol, "prioritizes", "新型储能") in got


# ---- founding dates ----

def test_founding_dates_in_several_phrasings():
    got, _ = facts("成都烛照互动科技有限公司是四家里最年轻的一家，2021年才成立。")
    assert ("成都烛照互动科技有限公司", "foundingDate", "2021") in got
    got, _ = facts("新昌县去年11月牵头成立新昌县精密传动产业联盟。")
    assert ("新昌县精密传动产业联盟", "foundingDate", "2024-11") in got
    got, _ = facts("Helin Energy Hungary Kft was incorporated in Debrecen in March 2024.")
    assert ("Helin Energy Hungary Kft", "foundingDate", "2024-03") in got


# ---- English ----

def test_an_acronym_in_brackets_stays_the_universitys_after_a_fund_named_after_it():
    body = ("Qinchuan Photonics, a start-up co-founded by two Xi'an Jiaotong University (XJTU) professors, closed a round. "
            "The XJTU Technology Transfer Fund also took part. Gao Lin joined XJTU in 2015 after earning his PhD "
            "in electrical engineering at the University of Toronto.")
    got, _ = facts(body)
    assert ("Gao Lin", "worksFor", "西安交通大学") in got
    assert ("Gao Lin", "alumniOf", "多伦多大学") in got      # (the lexicon knows the University of Toronto)


def test_possessive_names_legal_names_and_sentence_ends_after_ltd():
    body = ("Ye Qingshan ran Qianxing Technology's Foundation Models Lab. "
            "XJTU holds its stake through Xi'an Jiaotong University Science Park Development Co., Ltd. "
            "The start-up is headquartered in the Xi'an High-tech Industries Development Zone.")
    _, res = facts(body)
    texts = [s.text for s, _ in res.sentences]
    assert any(t.startswith("The start-up is headquartered") for t in texts)
    names = {(m.text, m.type) for _, ms in res.sentences for m in ms}
    assert ("Qianxing Technology", "Company") in names
    assert ("Xi'an Jiaotong University Science Park Development Co., Ltd.", "Company") in names
    assert ("Xi'an High-tech Industries Development Zone", "Place") in names


def test_english_founding_sentences():
    got, _ = facts("Pengbo Robotics makes legs. Pengbo Robotics, which Chen Yiwei started in 2021 in Shenzhen, "
                   "is a member of the alliance.")
    assert ("Pengbo Robotics", "founder", "Chen Yiwei") in got
    assert ("Pengbo Robotics", "foundingDate", "2021") in got
    got, _ = facts("In 2016, at the age of seventy, Qu Zhengyuan co-founded Longjiang Thermal Shield Technologies.")
    assert ("Longjiang Thermal Shield Technologies", "founder", "Qu Zhengyuan") in got
    assert ("Longjiang Thermal Shield Technologies", "foundingDate", "2016") in got


def test_english_people_and_places_around_a_company():
    body = ("From Suzhou, Xiling Intelligence showed off the Xiling Hand V3. "
            "Its chief scientist, Ouyang Jie, who is also an adjunct professor at Soochow University, spoke. "
            "Day-to-day operations are run by chief executive Ma Jie.")
    got, _ = facts(body)
    assert ("Xiling Intelligence", "location", "苏州") in got
    assert ("Ouyang Jie", "worksFor", "苏州大学") in got
    assert ("Ma Jie", "worksFor", "Xiling Intelligence") in got
    assert not any(o.startswith("RMB") for _, _, o in facts("Qinguang closes RMB 30 million seed round.")[0])
