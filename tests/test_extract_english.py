"""English coreference across paragraphs and English company names (the ninth session's fixes), on
sample text written for the tests."""
from __future__ import annotations

import datetime as dt

from kg.articles import Article
from kg.extract import get_extractor
from kg.lexicon import get_lexicon
from kg.rdf import build_article_graph
from test_extract import facts


def test_the_company_opening_a_paragraph_is_the_previous_paragraphs_subject():
    body = ("Minjiang Cells has raised 7 billion yuan. Other investors include Tianqiao Automobile Group, "
            "a carmaker in Wuhu. Tianqiao led a Series C round in 2023.\n\n"
            "The company's main plant is in Yibin. It is a member of the Sichuan Battery Industry Alliance.")
    got, _ = facts(body)
    assert ("Minjiang Cells", "memberOf", "Sichuan Battery Industry Alliance") in got
    assert not any(s.startswith("Tianqiao") and r == "memberOf" for s, r, _ in got)


def test_a_paragraph_without_a_company_subject_falls_back_to_the_article_company():
    body = ("Helin Cells makes batteries in Changzhou. Helin Cells sells them to carmakers.\n\n"
            "After a doctorate at Tsinghua University, Zhou spent eight years at Ningde Amperex Technology.\n\n"
            "The company makes the HL-Cube, a lithium cell for city cars.")
    got, _ = facts(body)
    assert ("Helin Cells", "develops", "HL-Cube") in got
    assert ("Ningde Amperex Technology", "develops", "HL-Cube") not in got


def test_its_before_a_product_code_and_it_before_a_subsidiary_phrase():
    body = ("Zijin Microsystems is a Nanjing chip designer. It is a subsidiary of Zijin Holdings, an industrial group.\n\n"
            "Yuelu Silicon was founded in 2018 by Tan Weimin. Its YL-E1 is used in industrial cameras.")
    got, _ = facts(body)
    assert ("Zijin Microsystems", "parentOrganization", "Zijin Holdings") in got
    assert ("Yuelu Silicon", "develops", "YL-E1") in got


def test_known_as_names_the_same_company():
    body = ("Shares of Qingtu Intelligent Driving Technology Co., Ltd. rose on Thursday. "
            "The Nanjing-based company, known as Qingtu Autonomy, sold 96 million shares. "
            "Qingtu Autonomy was founded in 2018 by Gu Yifan.")
    got, res = facts(body)
    assert ("Qingtu Intelligent Driving Technology Co., Ltd.", "founder", "Gu Yifan") in got
    assert not any(s == "Qingtu Autonomy" for s, _r, _o in got)


def test_english_company_names_by_their_last_word():
    got, _ = facts("Hengtu Intelligent builds forklifts. Founder Peng Yuhang graduated from Harbin Institute of Technology. "
                   "Dongfang Yuntong Automotive, a truck maker in Chengdu, buys its robots.")
    assert ("Hengtu Intelligent", "founder", "Peng Yuhang") in got
    assert ("Dongfang Yuntong Automotive", "location", "成都") in got


def test_an_english_name_in_brackets_after_a_chinese_name_is_not_a_company_of_its_own():
    got, res = facts("衡宇智能、澄川科技、启明芯算（QiMing Compute）和北辰数感被并称为“合肥智算四小虎”。")
    assert ("启明芯算", "memberOf", "合肥智算四小虎") in got
    assert not any("QiMing Compute" in (s, o) for s, _r, o in got)


# Chinese forms fixed in the same session


def test_a_bracket_naming_the_parent_is_no_alias():
    got, _ = facts("发榜单位：平顶山豫能储能科技有限公司（中国平煤神马集团所属企业）；\n"
                   "发榜单位：濮阳龙源氢能科技有限公司（濮阳龙源石化集团有限公司控股子公司）；")
    assert ("平顶山豫能储能科技有限公司", "parentOrganization", "中国平煤神马集团") in got
    assert ("濮阳龙源氢能科技有限公司", "parentOrganization", "濮阳龙源石化集团有限公司") in got
    assert ("中国平煤神马集团", "location", "中国") not in got       # a national prefix is no location


def test_an_issuers_report_makes_gongsi_the_issuer():
    body = ("一、公司简介\n- 公司的中文名称：宁波澄芯传感科技股份有限公司\n- 公司的中文简称：澄芯传感\n\n"
            "截至报告期末，公司控股股东为宁波澄芯投资控股有限公司。\n"
            "2. 合肥澄芯微电子有限公司：公司全资子公司，位于合肥高新区。\n"
            "公司是中国传感器产业联盟的成员单位。")
    got, _ = facts(body)
    assert ("合肥澄芯微电子有限公司", "parentOrganization", "宁波澄芯传感科技股份有限公司") in got
    assert ("宁波澄芯传感科技股份有限公司", "memberOf", "中国传感器产业联盟") in got
    art = Article(id="t", path="t.md", title="t", body=body, date=dt.date(2025, 3, 1))
    labels = {q.object.value for q in build_article_graph(art, get_extractor("rules"), get_lexicon()).quads
              if q.predicate.value.endswith(("#altLabel", "#label"))}
    assert "宁波澄芯传感科技股份有限公司" in labels
    assert "公司" not in labels and "本公司" not in labels


def test_a_lead_in_before_a_colon_is_no_speaker():
    got, res = facts("先说结论：东莞做机器人，真的不只是拧螺丝。\n我在松山湖见到了韦启航。")
    assert not any("先说结论" in (s, o) for s, _r, o in got)
    assert not any(m.name == "先说结论" for _s, ms in res.sentences for m in ms)


def test_a_legal_name_with_a_bracketed_place_after_shi():
    got, res = facts("第一站是松湖灵动机器人（东莞）有限公司，创始人韦启航是个90后。")
    names = {m.name for _s, ms in res.sentences for m in ms}
    assert any(n.startswith("松湖灵动机器人") for n in names)
    assert not any(n.startswith("第一站") for n in names)


def test_padded_two_character_names_in_a_list():
    got, _ = facts("钱　岳　中原数智科技集团有限公司总工程师\n方　启　河南工业大学信息科学与工程学院副院长")
    assert ("钱岳", "worksFor", "中原数智科技集团有限公司") in got
    assert ("方启", "worksFor", "河南工业大学信息科学与工程学院") in got


def test_a_bureau_before_its_division_and_a_universitys_transfer_centre():
    got, _ = facts("陕西省科学技术厅成果转化处处长刘建平出席签约仪式。西安交通大学技术转移中心主任周敏在仪式上说。")
    assert ("刘建平", "worksFor", "陕西省科学技术厅") in got
    assert ("周敏", "worksFor", "西安交通大学技术转移中心") in got


def test_english_ownership_gives_the_parent():
    got, _ = facts("Under it sits Lingxiang Robotics (BVI) Limited, which holds Lingxiang Robotics (Hong Kong) Limited. "
                   "Lingxiang Robotics Europe GmbH is wholly owned by Lingxiang Robotics (Hong Kong) Limited. "
                   "Yuelu Heavy Industry, which holds 19% of Xiangyun Robotics, is a backer.")
    assert ("Lingxiang Robotics (Hong Kong) Limited", "parentOrganization", "Lingxiang Robotics (BVI) Limited") in got
    assert ("Lingxiang Robotics Europe GmbH", "parentOrganization", "Lingxiang Robotics (Hong Kong) Limited") in got
    assert not any(r == "parentOrganization" and s.startswith("Xiangyun") for s, r, _ in got)


def test_a_notice_of_two_bodies_and_the_basis_document():
    body = ("河南省科学技术厅 河南省财政厅关于公布2025年度省重大科技专项项目立项名单的通知\n\n"
            "根据《河南省重大科技专项项目管理办法（试行）》（豫科〔2023〕112号），现将有关事项通知如下。\n\n"
            "本批榜单聚焦新型储能、超硬材料、工业软件三个领域。\n\n"
            "1.钠离子储能电池系统（新型储能领域）。发榜单位：郑州晶钻超硬材料有限公司。\n\n"
            "各项目揭榜单位须在本通知印发之日起30日内签订协议，明确任务分工、知识产权归属和成果转化收益分配。")
    got, _ = facts(body)
    notice = "河南省科学技术厅 河南省财政厅关于公布2025年度省重大科技专项项目立项名单的通知"
    for field in ("新型储能", "超硬材料", "工业软件"):
        assert (notice, "prioritizes", field) in got
    assert not any(r == "prioritizes" and o in ("任务分工", "知识产权归属") for _s, r, o in got)
