"""Structures and phrasings the eleventh session taught the extractor: notices named by their own
title, task headings over field lists, talent and award lists (NAME，ORG创始人 / NAME（ORG）), CV
pages in English, résumé employers, officials who hold a party and a government post, product lines
named with their descriptor. Sample text written for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from kg.articles import Article
from kg.extract import get_extractor
from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import facts


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in recognise(text, get_lexicon())]


def _claims(body: str, title: str = "t") -> list:
    art = Article(id="t", path="t.md", title=title, body=body, date=dt.date(2025, 6, 1))
    return get_extractor("rules").extract(art).claims


# ---- policies: task headings, long items, notices named by their title ----

def test_a_task_heading_does_not_hide_the_fields_its_detail_names():
    body = ("《临江区促进低空经济发展若干措施》重点支持以下领域：\n"
            "（一）支持整机研发制造。优先发展eVTOL、物流无人机和轻型通用航空器整机研发制造。\n"
            "（二）培育配套产业。重点引进航空动力电池、飞控系统和机载雷达企业，给予奖励。\n"
            "（三）低空文旅。打造观光航线。")
    got, _ = facts(body)
    pol = "临江区促进低空经济发展若干措施"
    for field in ("eVTOL", "物流无人机", "轻型通用航空器", "航空动力电池", "飞控系统", "机载雷达", "低空文旅"):
        assert (pol, "prioritizes", field) in got
    assert (pol, "prioritizes", "支持整机研发制造") not in got      # a task, not a field
    assert (pol, "prioritizes", "打造观光航线") not in got           # the detail of a field heading


def test_items_with_a_numeral_inside_a_word_are_kept_whole():
    got, _ = facts("《若干措施》印发。重点向新一代信息技术、第三代半导体和海洋经济等领域倾斜。")
    for field in ("新一代信息技术", "第三代半导体", "海洋经济"):
        assert ("若干措施", "prioritizes", field) in got


def test_a_notice_titled_by_its_issuer_is_the_articles_document():
    title = "江南省科学技术厅关于公布2025年度省级新型研发机构名单的通知"
    body = ("江科发〔2025〕31号\n"
            "根据《江南省新型研发机构管理办法》有关要求，经评审，确定12家单位为省级新型研发机构。\n"
            "本批次重点面向集成电路、生物医药和智能装备三个领域。\n"
            "江南省科学技术厅\n"
            "2025年5月20日")
    claims = _claims(body, title)
    got = {(c.subject.name, c.relation, c.object if isinstance(c.object, str) else c.object.name) for c in claims}
    assert (title, "publisher", "江南省科学技术厅") in got
    assert (title, "datePublished", "2025-05-20") in got
    assert (title, "prioritizes", "集成电路") in got
    assert not any(s == "江南省新型研发机构管理办法" for s, _, _ in got)    # cited as the basis only


def test_a_published_list_titled_as_such_is_the_articles_document():
    title = "2025年度青澜市“海燕英才”计划入选人选名单公示"
    body = ("经评审，共有30名人选拟入选。\n"
            "中共青澜市委人才工作领导小组办公室\n"
            "2025年7月1日")
    got = {(c.subject.name, c.relation, c.object if isinstance(c.object, str) else c.object.name)
           for c in _claims(body, title)}
    assert ("2025年度青澜市“海燕英才”计划入选人选名单", "datePublished", "2025-07-01") in got


def test_a_quoted_programme_keeps_its_kind_in_its_name():
    names = _names("共有56名人选入选2025年度青澜市“海燕英才”计划。")
    assert any(t == "Policy" and "海燕英才”计划" in n for n, t in names)


# ---- people in lists and résumés ----

def test_numbered_and_bulleted_entries_that_open_with_a_person():
    got, _ = facts("3. 黄启章，东澜海洋装备集团有限公司总工程师，硕士，毕业于哈尔滨工程大学；\n"
                   "- 陆嘉言：东南大学硕士，曾在苏黎世联邦理工学院从事博士后研究。")
    assert ("黄启章", "alumniOf", "哈尔滨工程大学") in got
    assert ("陆嘉言", "alumniOf", "东南大学") in got


def test_a_person_with_the_company_they_founded_as_appositive():
    got, _ = facts("9. 刘宏章，青澜康泓生物医药有限公司创始人、董事长，博士，毕业于北京大学。")
    assert ("青澜康泓生物医药有限公司", "founder", "刘宏章") in got


def test_an_award_list_gives_each_person_their_bracketed_employer():
    got, _ = facts("- 完成人：周立章（山东大学），孙海川（青岛北川重工装备有限公司），于静怡（中国海洋大学）")
    assert ("周立章", "worksFor", "山东大学") in got
    assert ("孙海川", "worksFor", "青岛北川重工装备有限公司") in got
    assert ("于静怡", "worksFor", "中国海洋大学") in got


def test_a_university_and_degree_shorthand_is_an_alumni_fact():
    got, _ = facts("沈屹然，中国科学技术大学本科、多伦多大学博士，现任研究中心副主任。")
    assert ("沈屹然", "alumniOf", "中国科学技术大学") in got
    assert ("沈屹然", "alumniOf", "多伦多大学") in got


def test_a_graduate_named_in_a_founding_clause():
    got, _ = facts("厦门深湾储氢科技有限公司由厦门大学毕业生郑凯言于2022年创办。")
    assert ("厦门深湾储氢科技有限公司", "founder", "郑凯言") in got
    assert ("厦门深湾储氢科技有限公司", "foundingDate", "2022") in got
    assert ("厦门大学", "foundingDate", "2022") not in got


def test_resume_employers_after_jiuzhi_yu_are_read_whole():
    got, _ = facts("邵川明，男。2006年至2016年就职于沈阳新桦机器人自动化股份有限公司，负责研发。\n"
                   "王蓓蕾，女，1979年生。2001年至2010年就职于金陵信衡会计师事务所。\n"
                   "蔡婷玉，女。2016年至2021年任苏州微川半导体有限公司研发总监。")
    assert ("邵川明", "worksFor", "沈阳新桦机器人自动化股份有限公司") in got
    assert ("王蓓蕾", "worksFor", "金陵信衡会计师事务所") in got
    assert ("蔡婷玉", "worksFor", "苏州微川半导体有限公司") in got


def test_a_role_filled_by_a_person_belongs_to_the_body_in_context():
    got, _ = facts("江州市激光产业协会召开换届大会。会长由该公司董事长欧阳晴担任，秘书长由专职人员何雯雯担任。")
    assert ("欧阳晴", "worksFor", "江州市激光产业协会") in got
    assert ("何雯雯", "worksFor", "江州市激光产业协会") in got


def test_a_title_is_never_an_organisation_name():
    names = _names("院长由能源与动力工程学院教授杜红川担任。")
    assert ("院长", "Company") not in names


def test_a_party_secretary_who_is_also_district_head_works_for_the_government():
    got, _ = facts("吴中区委副书记、区长陶佳宁出席签约活动。")
    assert ("陶佳宁", "worksFor", "吴中区人民政府") in got
    got, _ = facts("吴中区委书记胡明川出席签约活动。")
    assert ("胡明川", "worksFor", "吴中区委") in got


def test_a_reporter_in_a_byline_gets_no_employer_from_context():
    got, _ = facts("苏州衡芯微电子股份有限公司今天上市。公司位于苏州。\n本报记者 周雯雯")
    assert not any(s == "周雯雯" and r == "worksFor" for s, r, _ in got)


def test_words_that_lead_to_a_bracketed_legal_name_are_not_in_it():
    names = _names("顾明川毕业于东南大学，此后在英飞凌科技（中国）有限公司从事芯片设计。")
    assert ("英飞凌科技（中国）有限公司", "Company") in names


def test_a_place_and_a_short_word_before_a_learned_institution_give_its_full_name():
    body = ("北海市与大连理工大学共建海洋装备研究院揭牌\n"
            "7月22日，北海大工海洋装备研究院在北海市正式揭牌运行。")
    art = Article(id="t", path="t.md", title="t", body=body, date=dt.date(2025, 7, 23))
    res = get_extractor("rules").extract(art)
    names = {m.text for _, ms in res.sentences for m in ms}
    assert "北海大工海洋装备研究院" in names


# ---- products ----

def test_a_product_line_is_named_with_its_descriptor():
    names = _names("公司主要产品包括HX系列电池管理芯片和QH-DCB系列直流固态断路器。")
    assert ("HX系列电池管理芯片", "Product") in names
    assert ("QH-DCB系列直流固态断路器", "Product") in names


def test_a_quoted_product_after_a_possessive_and_a_descriptor_noun():
    got, _ = facts("苏州星川半导体科技股份有限公司的“星驰”系列1200V碳化硅MOSFET已通过AEC-Q101认证。")
    assert ("苏州星川半导体科技股份有限公司", "develops", "星驰") in got
    assert not any(o == "AEC-Q101" for _, _, o in got)
    names = _names("烟台蓝川海洋工程装备有限公司建造的“蓝川5号”半潜式养殖工船去年下水。")
    assert ("蓝川5号", "Product") in names


# ---- English ----

def test_cv_lines_under_a_persons_name():
    body = ("Tang Haoming\n"
            "**Co-founder & Chief Executive Officer**\n"
            "Experience\n"
            "- *Co-founder & CEO*, Tianyu Aviation — Jun 2021 – Present\n"
            "- *Chief Engineer*, Feiyun UAV Technology — 2018 – 2021\n"
            "Education\n"
            "- Beihang University — B.Eng., Aircraft Design\n"
            "Chen Yuxi\n"
            "Partner, Lingnan Harbour Capital\n")
    claims = _claims(body)
    got = {(c.subject.name, c.relation, c.object.name) for c in claims if not isinstance(c.object, str)}
    assert ("Tang Haoming", "worksFor", "Tianyu Aviation") in got
    assert ("Tang Haoming", "worksFor", "Feiyun UAV Technology") in got
    assert ("Tang Haoming", "alumniOf", "北京航空航天大学") in got or ("Tang Haoming", "alumniOf", "Beihang University") in got
    assert ("Chen Yuxi", "worksFor", "Lingnan Harbour Capital") in got          # Yuxi is also a city
    assert not any(s == "Tang Haoming" and o == "Lingnan Harbour Capital" for s, _, o in got)
    former = next(c for c in claims if c.relation == "worksFor" and c.object.name == "Feiyun UAV Technology")
    assert former.tense == "former"


def test_english_subject_of_the_previous_sentence_is_the_company_it_refers_to():
    got, _ = facts("Huang Zeyu founded Kuaibu Robotics in 2019 after five years as an engineer at DJI. "
                   "The Shenzhen-based company makes the Kuaibu K3 quadruped robot.")
    assert ("Kuaibu Robotics", "develops", "Kuaibu K3") in got
    assert not any(s in ("DJI", "大疆") and r in ("develops", "location") for s, r, _ in got)


def test_english_degrees_with_the_person_from_context():
    got, _ = facts("Fiona Hu was born in Wuhan. She completed a DPhil in molecular biology at the University of Oxford. "
                   "\nLin Yiming came back later. After studying automation at Zhejiang University, he joined the firm.")
    assert any(s == "Fiona Hu" and r == "alumniOf" and o in ("University of Oxford", "牛津大学") for s, r, o in got)
    assert any(s == "Lin Yiming" and r == "alumniOf" and o in ("Zhejiang University", "浙江大学") for s, r, o in got)


def test_english_founders_described_before_their_names_and_founding_years():
    got, _ = facts("Chongqing Shanhe Power Technology Co., founded in 2022 by Chongqing University classmates "
                   "Tan Bowen and Ji Ruiqi, makes motors. Li Na worked in Basel. She returned in 2020 to set up "
                   "Wuhan Helix Biotechnology Co., Ltd. in the Optics Valley.")
    assert ("Chongqing Shanhe Power Technology Co.", "founder", "Tan Bowen") in got
    assert ("Chongqing Shanhe Power Technology Co.", "founder", "Ji Ruiqi") in got
    assert not any(r == "founder" and o in ("Chongqing University", "重庆大学") for _, r, o in got)
    assert ("Wuhan Helix Biotechnology Co., Ltd.", "foundingDate", "2020") in got


def test_english_places_before_based_and_in_a_citys_area():
    names = _names("Veridian Labs, a Cambridge-based diagnostics firm, works with a maker based in Shenzhen's Qianhai area.")
    assert ("Cambridge", "Place") in names
    assert ("Qianhai", "Place") in names


def test_english_organisation_suffixes_take_the_longest():
    names = _names("She was a researcher at the Development Research Center before joining.")
    assert ("Development Research Center", "ResearchInstitute") in names


# ---- tables ----

def test_a_subsidiaries_table_gives_each_row_its_parent():
    body = ("西安华川新能源股份有限公司是一家储能企业。华川新能源总部位于西安。\n"
            "### 主要子公司\n"
            "| 子公司名称 | 所在地 | 持股比例 |\n"
            "| --- | --- | --- |\n"
            "| 榆林华川材料有限公司 | 陕西榆林 | 100% |\n"
            "| 华川储能（宝鸡）有限公司 | 陕西宝鸡 | 100% |\n")
    got, _ = facts(body)
    assert ("榆林华川材料有限公司", "parentOrganization", "西安华川新能源股份有限公司") in got
    assert ("华川储能(宝鸡)有限公司", "parentOrganization", "西安华川新能源股份有限公司") in got


def test_a_funding_table_gives_each_row_its_investors():
    body = ("五月融资月报。\n"
            "| 公司 | 所在地 | 轮次 | 投资方 |\n"
            "| --- | --- | --- | --- |\n"
            "| 北京星川量子科技有限公司 | 北京海淀 | B轮 | 中关村星河基金、国投川合 |\n"
            "| 灵川手智能科技有限公司 | 成都 | A+轮 | 蓉城科创基金领投，老股东启明川河资本跟投 |\n"
            "| 上海灵川数智科技有限公司 | 上海 | A轮 | 临港川造基金领投，老股东曦和资本跟投 |\n")
    got, _ = facts(body)
    assert ("中关村星河基金", "investedIn", "北京星川量子科技有限公司") in got
    assert ("国投川合", "investedIn", "北京星川量子科技有限公司") in got
    assert ("蓉城科创基金", "investedIn", "灵川手智能科技有限公司") in got
    assert ("启明川河资本", "investedIn", "灵川手智能科技有限公司") in got
    assert ("曦和资本", "investedIn", "上海灵川数智科技有限公司") in got      # (和 inside the name, as in investor lists)
    assert not any(s_ == "资本" for s_, _, _ in got)
    assert not any(o == "北京星川量子科技有限公司" and s in ("B轮", "北京海淀") for s, _, o in got)
