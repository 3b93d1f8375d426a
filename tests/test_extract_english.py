"""English coreference across paragraphs and English company names (the ninth session's fixes), on
sample text written for the tests."""
from __future__ import annotations

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
