"""Names used before the article explains them, and the twentieth session's other readings: a headline's
short name before the legal name it stands for; an English listicle's numbered item headings; English
titles with R&D, "a" or an owner's possessive in them; a fund named with its partnership form; posts
listed after a copula; a list's members named after the list. Sample text written for the tests
(names invented)."""
from __future__ import annotations

import datetime as dt

from kg.extract import get_extractor
from kg.mentions import early_short_names
from test_extract import en_facts, facts


def _lexicon():
    return get_extractor("rules").lexicon


def test_a_headlines_short_name_is_the_company_the_body_names_in_full_later():
    body = ("三、产品\n\n4. 澜屿数联发布医疗大模型“岐伯2.0”\n\n"
            "浙江澜屿数联医疗科技有限公司10日在杭州发布医疗大模型“岐伯2.0”。")
    assert early_short_names(body, _lexicon()) == {"澜屿数联": "浙江澜屿数联医疗科技有限公司"}
    got, res = facts(body)
    headline = next(ms for s, ms in res.sentences if s.text.startswith("4."))
    assert any(m.type == "Company" and m.name == "浙江澜屿数联医疗科技有限公司" for m in headline)
    assert ("浙江澜屿数联医疗科技有限公司", "develops", "岐伯2.0") in got


def test_no_early_short_name_inside_another_legal_name_or_a_products_name():
    lex = _lexicon()
    # 芯衡 is said first inside another company's legal name: not a short name said alone
    assert early_short_names("浙江芯衡微电子股份有限公司发布年报。子公司上海芯衡半导体有限公司亏损。", lex) == {}
    # 喵途M3 is a product's name, not the company said alone
    assert early_short_names("喵途M3评测。喵途M3是杭州喵途智能科技有限公司的新品。", lex) == {}
    # said only after the legal name: learned where it is read, nothing to learn early
    assert early_short_names("杭州喵途智能科技有限公司成立于2020年。喵途的产品卖得好。", lex) == {}


def test_an_english_listicles_numbered_heading_names_the_company_its_item_is_about():
    got, _ = en_facts("Here are three to watch.\n\n"
                    "1. Lanshan Neurotech\n\nWhat it does: EEG headbands.\n\n"
                    "Founded in 2020 by Xu Jiaqi, a professor at Zhejiang University, Lanshan is based in Hangzhou. "
                    "The company's Series A was led by Zhenghe Capital.\n\n"
                    "2. Qiantang Bioforge\n\nWhat it does: enzyme design.\n\n"
                    "Bioforge was spun out of a university lab in 2023. "
                    "It develops the EnzyGen protein design model.\n\n"
                    "3. Background\n\nThe city has many more.")
    assert ("Lanshan Neurotech", "founder", "Xu Jiaqi") in got
    assert ("Zhenghe Capital", "investedIn", "Lanshan Neurotech") in got
    assert ("Qiantang Bioforge", "develops", "EnzyGen") in got
    assert not any("Background" in (s, o) for s, _r, o in got)      # a heading the text does not go on to name


def test_english_titles_with_r_and_d_a_connective_or_an_owners_possessive():
    got, _ = en_facts("In accordance with the *Zhejiang Provincial Plan for Building a Strong Science and Technology "
                    "Province (2024–2030)* issued by the Zhejiang Provincial People's Government in 2024, the 2026 "
                    "Application Guidelines for the Qiantang Frontier Key R&D Program are hereby issued.")
    plan = "Zhejiang Provincial Plan for Building a Strong Science and Technology Province (2024–2030)"
    assert (plan, "publisher", "Zhejiang Provincial People's Government") in got
    assert (plan, "datePublished", "2024") in got
    got, _ = en_facts("The Hangzhou Municipal Government's \"Action Plan for Accelerating the Integrated Circuit "
                    "Industry (2023–2025)\", released last year, explicitly lists RISC-V and chiplet packaging as priorities.")
    plan = "Action Plan for Accelerating the Integrated Circuit Industry (2023–2025)"
    assert (plan, "prioritizes", "RISC-V") in got and (plan, "prioritizes", "chiplet packaging") in got
    assert not any(s.startswith("Hangzhou Municipal Government's") for s, _r, _o in got)


def test_a_name_in_apposition_to_a_possessive_unit_is_a_company_with_that_parent():
    got, _ = en_facts("Our chief architect is Dr. Sun Meiling. She joined us from T-Head, Alibaba's chip unit, in 2022.")
    assert ("Sun Meiling", "worksFor", "T-Head") in got
    assert ("T-Head", "parentOrganization", "阿里巴巴") in got


def test_a_partnership_fund_declared_with_its_form_is_the_fund_its_short_names_mean():
    got = facts("杭州西溪算力产业投资基金合伙企业（有限合伙）（以下简称“本基金”）于2023年3月设立。\n\n"
                "（一）杭州深瞳算力科技有限公司（杭州市西湖区）\n\n主营智算中心建设。\n\n本基金领投其A轮融资，投资金额1.2亿元。\n\n"
                "（二）浙江光熠通信技术有限公司（杭州市滨江区）\n\n主营硅光模块。\n\n本基金参与其B轮融资。")[0]
    fund = "杭州西溪算力产业投资基金合伙企业（有限合伙）"
    assert (fund, "investedIn", "杭州深瞳算力科技有限公司") in got
    assert (fund, "investedIn", "浙江光熠通信技术有限公司") in got      # 其: the item the heading names
    assert not any(s == "本基金" for s, _r, _o in got)


def test_the_second_post_in_a_list_after_a_copula_is_a_workplace():
    res = facts("首席科学家聂远航为中国科学院院士、北京邮电大学教授。")[1]
    assert any((c.subject.name, c.relation, c.object.name) == ("聂远航", "worksFor", "北京邮电大学") and c.confidence >= 0.5
               for c in res.claims)      # (read by a rule, not guessed by the pairs model below the default cut)


def test_a_person_before_a_bracketed_post_in_a_numbered_list():
    got = facts("二、副会长\n\n1. 许嘉音（杭州九章云算科技有限公司创始人、首席执行官）\n\n2. 孙文博（杭州灵犀数据服务有限公司总经理）")[0]
    assert ("杭州九章云算科技有限公司", "founder", "许嘉音") in got


def test_companies_named_as_entering_the_list_the_last_sentence_published():
    got = facts("浙商创投研究中心昨日发布《2025浙江潜在独角兽企业榜单》，全省共有87家企业上榜。"
                "云栖算力科技、之江数联科技等企业入选。", date=dt.date(2025, 4, 11))[0]
    for name in ("云栖算力科技", "之江数联科技"):
        assert (name, "memberOf", "2025浙江潜在独角兽企业榜单") in got
    assert ("2025浙江潜在独角兽企业榜单", "datePublished", "2025-04-10") in got      # 昨日: the day before


def test_who_teaches_in_a_universitys_school_works_for_the_university():
    got = facts("西湖大学工学院教授周默然创办了这家公司。")[0]
    assert ("周默然", "worksFor", "西湖大学工学院") in got and ("周默然", "worksFor", "西湖大学") in got
    # a hospital attached to a university's medical school is not the university's teaching unit
    got = facts("公司由浙江大学医学院附属第二医院心内科医生吴泽创办。")[0]
    assert ("吴泽", "worksFor", "浙江大学") not in got


def test_science_and_technology_inside_an_english_fund_name_and_a_product_sold_as():
    got, _ = en_facts("Lingxi Dynamics makes a dexterous robotic hand sold as Lingxi Hand. "
                      "The round was led by Qiantang Science and Technology Venture Fund.")
    assert ("Lingxi Dynamics", "develops", "Lingxi Hand") in got
    assert ("Qiantang Science and Technology Venture Fund", "investedIn", "Lingxi Dynamics") in got


def test_i_in_a_transcript_is_the_speaker_its_capitalised_label_names():
    got, _ = en_facts("[00:01:12] CHEN YUQING (host): Welcome back. My guest today is Wang Haoran, co-founder and CEO "
                      "of Lumi Robotics.\n\nWANG HAORAN: Thanks, Yuqing.\n\n[00:01:40] CHEN: Let's start with the "
                      "backstory.\n\nWANG: I did my master's at Zhejiang University. After that I spent about four "
                      "years at DJI working on flight-control stacks.\n\nCHEN: And then you left.")
    assert ("Wang Haoran", "alumniOf", "浙江大学") in got
    assert ("Wang Haoran", "worksFor", "大疆") in got
    assert not any(s.startswith("Chen") for s, _r, _o in got)      # the host's "I" is nobody's fact


def test_a_listed_companys_investor_relations_record_makes_gongsi_the_issuer():
    got = facts("证券代码：688793　　证券简称：数澜智控\n\n# 浙江数澜智控科技股份有限公司投资者关系活动记录表\n\n"
                "SaaS业务由全资子公司杭州数澜云服科技有限公司负责运营。\n\n此外，公司参股了合肥芯域传感技术有限公司，持股比例12%。")[0]
    assert ("浙江数澜智控科技股份有限公司", "investedIn", "合肥芯域传感技术有限公司") in got


def test_an_investor_that_made_an_angel_investment_in_a_company():
    got = facts("未网科技于年内对杭州光衍通信技术有限公司进行了天使轮投资。")[0]
    assert ("未网科技", "investedIn", "杭州光衍通信技术有限公司") in got


def test_yuanqu_is_the_park_the_article_is_about():
    got = facts("莫干山智能装备产业园位于德清县。园区内的浙江云杉精密传动有限公司是当地招商的金字招牌。\n\n"
                "湖州启航低空科技有限公司2022年在园区注册成立。")[0]
    assert ("浙江云杉精密传动有限公司", "location", "莫干山智能装备产业园") in got
    assert ("湖州启航低空科技有限公司", "location", "莫干山智能装备产业园") in got
