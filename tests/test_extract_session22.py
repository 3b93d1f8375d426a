"""The twenty-second session's readings: a document named by its kind after it was cited as a basis (该细则),
priority lists led by their verb, an exhibitor directory's headed entries with several fields on a line, an
investor's own list of deals, rounds that are no investors, city-level funds, a clause with no subject
continuing its sentence's, an interview's speaker and the outlet asking, posts in Latin script in Chinese
text, nicknames, hires announced with "welcome … as", founding years of what someone founded, and places
that run on into smaller ones. Sample text written for the tests (names invented)."""
from __future__ import annotations

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import en_facts, facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- policies ----------------

def test_a_document_named_by_its_kind_is_the_one_cited_as_the_basis_before():
    got, _ = facts("今年的评审工作依据去年5月印发的《嘉兴市科技型企业梯度培育实施细则》开展。"
                   "该细则由嘉兴市科学技术局制定，明确重点支持智能传感、氢能装备和合成生物等领域的企业。")
    doc = "嘉兴市科技型企业梯度培育实施细则"
    assert (doc, "publisher", "嘉兴市科学技术局") in got
    for item in ("智能传感", "氢能装备", "合成生物"):
        assert (doc, "prioritizes", item) in got
    assert (doc, "prioritizes", "重点支持智能传感") not in got


def test_a_priority_list_loses_its_leading_preposition_but_keeps_words_that_start_with_one():
    got, _ = facts("去年11月，桐乡市人民政府印发《桐乡市加快新材料产业发展若干政策》，明确对碳纤维复合材料、"
                   "特种玻纤和电子化学品三类企业给予重点扶持。")
    doc = "桐乡市加快新材料产业发展若干政策"
    assert (doc, "prioritizes", "碳纤维复合材料") in got
    assert (doc, "prioritizes", "对碳纤维复合材料") not in got
    got, _ = facts("市经信局今年出台的《苏州市大模型安全发展若干措施》提出，重点支持安全评测、可信数据和对齐技术三个方向。")
    assert ("苏州市大模型安全发展若干措施", "prioritizes", "对齐技术") in got


# ---------------- directories and entries ----------------

def test_an_exhibitor_directorys_fields_belong_to_the_entry_headed_above_them():
    got, _ = en_facts("Hall 5 brings together exhibitors from across the robotics supply chain.\n\n"
                      "**Booth 5A-02 | Tianlan Motion Technology Co., Ltd.**\n"
                      "Headquarters: Xiaoshan District, Hangzhou | Founded: 2017\n"
                      "Tianlan Motion makes servo drives for collaborative robots.\n\n"
                      "**Booth 5B-11 | Qingce Sensing**\n"
                      "Headquarters: Nanshan District, Shenzhen | Founded: 2020\n"
                      "Qingce Sensing builds force sensors for robot wrists.\n")
    assert ("Tianlan Motion Technology Co., Ltd.", "foundingDate", "2017") in got
    assert ("Qingce Sensing", "foundingDate", "2020") in got
    assert ("Qingce Sensing", "location", "Nanshan District") in got
    assert ("Tianlan Motion Technology Co., Ltd.", "location", "Nanshan District") not in got


def test_an_investors_own_list_of_deals_says_the_investor_invested_and_a_round_invests_in_nothing():
    got, _ = facts("# 澄溪资本2024年度回顾\n\n文｜苗书远　澄溪资本创始合伙人\n\n过去一年，我们完成了以下投资：\n\n"
                   "- 杭州栾川光子科技有限公司：硅光调制器，A轮领投。\n"
                   "- 宁波砚湖新材料有限公司：高纯石英坩埚，B轮跟投。\n"
                   "- 苏州栖桐精工科技有限公司：谐波减速器，天使轮独家投资。\n", title="澄溪资本2024年度回顾")
    for firm in ("杭州栾川光子科技有限公司", "宁波砚湖新材料有限公司", "苏州栖桐精工科技有限公司"):
        assert ("澄溪资本", "investedIn", firm) in got
    assert not {f for f in got if f[1] == "investedIn" and f[0].endswith("轮")}
    assert ("苏州栖桐精工科技有限公司", "investedIn", "宁波砚湖新材料有限公司") not in got


def test_a_city_or_districts_fund_is_one_investor():
    names = _names("萧山区产业基金、钱塘区天使基金和余杭区引导基金参与了本轮融资。")
    assert names.get("萧山区产业基金") == "Investor"
    assert names.get("钱塘区天使基金") == "Investor"
    assert names.get("余杭区引导基金") == "Investor"
    got, _ = facts("资金方面，萧山区产业基金已经参与了杭州云翎航空科技有限公司的A+轮融资。")
    assert ("萧山区产业基金", "investedIn", "杭州云翎航空科技有限公司") in got


# ---------------- subjects ----------------

def test_a_clause_with_no_subject_continues_the_sentences_subject():
    got, _ = facts("杭州栎晨光电科技有限公司成立于2019年。公司先后获得浙江省产业基金和杭州栖湖创投的投资，"
                   "2022年入选浙江省专精特新中小企业。")
    assert ("杭州栎晨光电科技有限公司", "memberOf", "浙江省专精特新中小企业") in got
    assert ("浙江省产业基金", "memberOf", "浙江省专精特新中小企业") not in got


def test_in_an_interview_we_is_the_speakers_company_and_the_outlet_asking_is_not_the_topic():
    body = ("锐潮科技　作者｜丁一苇\n\n"
            "> 杭州栖峦机器人科技有限公司成立于2020年，创始人兼CEO晏书澄毕业于浙江大学。\n\n"
            "**锐潮科技：先聊聊公司的产品。**\n\n"
            "晏书澄：我们的主力产品是“峦影M3”，一款工业级四足机器人。\n\n"
            "**锐潮科技：团队呢？**\n\n"
            "晏书澄：另一位联合创始人柯望舒负责我们的生产和交付。\n")
    got, _ = facts(body, title="对话栖峦机器人晏书澄")
    assert ("杭州栖峦机器人科技有限公司", "founder", "柯望舒") in got
    assert ("锐潮科技", "founder", "柯望舒") not in got
    assert ("锐潮科技", "develops", "峦影M3") not in got


def test_a_latin_script_name_after_a_post_in_chinese_text_is_a_person():
    got, _ = facts("收购完成后，德国哈勒传动有限公司现任首席执行官Martin Keller将继续留任。")
    assert ("Martin Keller", "worksFor", "德国哈勒传动有限公司") in got


def test_time_words_after_a_surname_character_and_fellow_students_are_no_people():
    names = _names("栖禾由钱晓岚和邓力舟共同创立，两人是浙江农林大学的同门师兄弟。")
    assert "师兄弟" not in names
    got, _ = facts("杭州砚山智能科技有限公司由浙江大学博士孔屿舟与两位同门于去年2月创立。")
    assert not {f for f in got if f[2] == "于去年"}


def test_a_former_employer_named_with_an_algorithm_experts_post_is_no_founder():
    got, _ = facts("杭州澜弈科技有限公司成立于2021年。这家公司由前阿里云算法专家季书禾创办。")
    assert ("季书禾", "worksFor", "阿里云") in got
    assert ("阿里云", "founder", "季书禾") not in got


# ---------------- English ----------------

def test_a_fronted_founding_phrase_with_both_founders_described():
    got, _ = en_facts("Founded in 2018 by Lu Hanqing and Mo Xiaofei, both graduates of Zhejiang University, "
                      "Hangzhou Stonebay Robotics Co., Ltd. makes warehouse robots.")
    assert ("Hangzhou Stonebay Robotics Co., Ltd.", "founder", "Lu Hanqing") in got
    assert ("Hangzhou Stonebay Robotics Co., Ltd.", "founder", "Mo Xiaofei") in got
    assert ("Hangzhou Stonebay Robotics Co., Ltd.", "foundingDate", "2018") in got


def test_a_nickname_in_brackets_is_the_persons_and_a_welcome_as_partner_at_a_firm_is_a_hire():
    got, _ = en_facts("We are delighted to welcome Gao Ruolan (Iris) as a Partner at Lakeshore Peak Capital. "
                      "Before that, Iris was a product manager at Huawei HiSilicon.")
    assert ("Gao Ruolan", "worksFor", "Lakeshore Peak Capital") in got
    assert any(f[0] == "Gao Ruolan" and f[1] == "worksFor" and f[2] in ("华为", "华为海思") for f in got)
    assert not {f for f in got if f[0] == "Iris"}


def test_carnegie_mellon_alone_names_the_university():
    got, _ = en_facts("Ye Shuran did her undergraduate degree at Zhejiang University, then a master's in robotics at Carnegie Mellon.")
    assert ("Ye Shuran", "alumniOf", "卡内基梅隆大学") in got


# ---------------- dates and places ----------------

def test_a_year_someone_founded_a_company_in_is_that_companys_not_their_former_employers():
    got, _ = facts("宋岚州，男，1980年出生，曾任上海擎川电机有限公司研发总监，2016年创办杭州栖羽微驱科技有限公司。")
    assert ("上海擎川电机有限公司", "foundingDate", "2016") not in got
    assert ("杭州栖羽微驱科技有限公司", "foundingDate", "2016") in got


def test_a_place_that_runs_on_into_a_smaller_one_gives_both():
    got, _ = facts("杭州栖元智能科技有限公司总部位于杭州市余杭区未来科技城。")
    assert ("杭州栖元智能科技有限公司", "location", "杭州市余杭区") in got
    assert ("杭州栖元智能科技有限公司", "location", "未来科技城") in got


def test_a_makers_main_business_names_its_products():
    got, _ = facts("浙江衡屹精密传动股份有限公司主营精密滚珠丝杠、直线导轨及行星减速器等传动部件。")
    for p in ("精密滚珠丝杠", "直线导轨", "行星减速器"):
        assert ("浙江衡屹精密传动股份有限公司", "develops", p) in got


def test_an_english_list_a_company_is_named_to_and_who_published_it():
    got, _ = en_facts("Tianlan Motion and Qingce Sensing were both named to the 2025 Ningbo Future Unicorn List, "
                      "published by the Ningbo Municipal Bureau of Economy and Information Technology.")
    assert ("Tianlan Motion", "memberOf", "2025 Ningbo Future Unicorn List") in got
    assert ("Qingce Sensing", "memberOf", "2025 Ningbo Future Unicorn List") in got
    assert ("2025 Ningbo Future Unicorn List", "publisher",
            "Ningbo Municipal Bureau of Economy and Information Technology") in got
    got, _ = en_facts("Last year Orvane Robotics was named to Zhejiang's provincial list of \"Eagle\" enterprises.")
    assert ("Orvane Robotics", "memberOf", "Zhejiang's provincial list of \"Eagle\" enterprises") in got


def test_a_named_zone_after_its_district_is_a_place_of_its_own_but_a_street_is_not():
    got, _ = facts("杭州栎川数据科技有限公司总部位于杭州市西湖区紫金港科技城。")
    assert ("杭州栎川数据科技有限公司", "location", "紫金港科技城") in got
    assert ("杭州栎川数据科技有限公司", "location", "杭州市西湖区") in got
    got, _ = facts("杭州栎川数据科技有限公司位于杭州市滨江区长河街道江虹路88号。")
    assert not {f for f in got if f[1] == "location" and f[2].endswith("街道")}


def test_a_company_said_to_be_in_a_place_is_located_there():
    got, _ = facts("另一家是合肥栖量科技有限公司，做量子精密测量。合肥栖量科技有限公司在合肥高新区，离中国科学技术大学很近。")
    assert ("合肥栖量科技有限公司", "location", "合肥高新区") in got


def test_an_interview_titles_organisation_is_what_we_means_in_the_answers():
    body = ("在一栋小楼里，杭州栖源资本管理有限公司（以下简称“栖源资本”）的会议室墙上贴满了便签。\n\n"
            "**记者：最近投了哪些项目？**\n\n"
            "韦清扬：我们投过苏州云舸智驾科技有限公司，2022年投的天使轮。\n\n"
            "**记者：还有呢？**\n\n"
            "韦清扬：还有合肥栖量科技有限公司，我们去年跟投了它的Pre-A轮。\n")
    got, _ = facts(body, title="对话栖源资本韦清扬：硬科技早期投资拼的是看懂")
    assert ("杭州栖源资本管理有限公司", "investedIn", "苏州云舸智驾科技有限公司") in got
    assert not {f for f in got if f[0] == "记者"}


def test_it_before_a_makers_verb_is_the_company():
    got, _ = facts("浙江衡栎传感技术有限公司成立于2020年。它主攻六维力传感器。")
    assert ("浙江衡栎传感技术有限公司", "develops", "六维力传感器") in got
