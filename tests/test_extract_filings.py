"""Shapes of names and facts in filings, prospectuses and park news that the nineteenth session taught
the extractor: legal names with a bracketed city, honorifics after a name that ends in 和, shareholders
listed after 股东包括 and then called by their short names, rounds joined with 投资入股, labs set up
jointly, and honour lists that end in 培育库. Sample text written for the tests (names invented)."""
from __future__ import annotations

from test_extract import facts


def _facts(body: str):
    return facts(body)[0]


def _mentions(body: str):
    _, res = facts(body)
    return [(m.text, m.type) for _, ms in res.sentences for m in ms]


def test_a_bracketed_city_inside_a_legal_name_keeps_the_name_whole():
    got = _mentions("公司拥有两家全资子公司：杭州擎岳智能制造有限公司（位于萧山区）和擎岳（深圳）机器人有限公司（位于南山区）。")
    assert ("擎岳（深圳）机器人有限公司", "Company") in got
    got = _mentions("报告期内，公司新设全资子公司恒芯智控（西安）研究院有限公司。")
    assert ("恒芯智控（西安）研究院有限公司", "Company") in got
    # the last item of a list, and not half of a name with 和 in it
    assert ("擎岳（深圳）机器人有限公司", "Company") in _mentions("公司旗下有擎岳和擎岳（深圳）机器人有限公司。")
    assert ("元和智能（上海）有限公司", "Company") in _mentions("公司与元和智能（上海）有限公司签约。")


def test_a_name_ending_in_he_before_an_honorific_is_read_whole():
    got = _mentions("独立董事孟庆和先生因任期届满申请辞职。")
    assert ("孟庆和", "Person") in got
    got = _mentions("公司创始人、实际控制人郑凯文先生本科毕业于浙江大学。")
    assert ("郑凯文", "Person") in got


_PROSPECTUS = ("杭州擎岳机器人股份有限公司主营四足机器人。"
               "发行前，持股5%以上的股东包括杭州之江星火创业投资合伙企业（有限合伙）、前海弘远投资管理有限公司和"
               "浙江省未来产业投资基金有限公司。"
               "其中，之江星火于2019年A轮投资入股，前海弘远于2021年C轮领投。")


def test_shareholders_after_gudong_baokuo_and_their_short_names_invest_in_the_issuer():
    got = _mentions(_PROSPECTUS)
    assert ("杭州之江星火创业投资合伙企业（有限合伙）", "Investor") in got
    assert ("浙江省未来产业投资基金有限公司", "Investor") in got     # an investment fund, whatever its legal form
    assert ("之江星火", "Investor") in got
    facts_ = _facts(_PROSPECTUS)
    assert ("杭州之江星火创业投资合伙企业（有限合伙）", "investedIn", "杭州擎岳机器人股份有限公司") in facts_


def test_a_lab_set_up_jointly_has_both_founders():
    got = _facts("公司于2022年与浙江大学共同设立“浙大—擎岳足式机器人联合实验室”。")
    assert ("浙大—擎岳足式机器人联合实验室", "founder", "浙江大学") in got
    got = _facts("“浙江工业大学—云垣科技具身智能联合实验室”揭牌成立。实验室由浙江工业大学与杭州云垣科技有限公司共同建设。")
    assert ("浙江工业大学—云垣科技具身智能联合实验室", "founder", "杭州云垣科技有限公司") in got
    assert ("浙江工业大学—云垣科技具身智能联合实验室", "founder", "浙江工业大学") in got


def test_a_name_after_a_year_and_an_investing_verb_is_the_company_invested_in():
    got = _facts("西湖科创投在2021年投资知微脑机时，这家公司还只是一间三人办公室里的团队。")
    assert ("西湖科创投", "investedIn", "知微脑机") in got


def test_an_honour_list_ending_in_peiyuku_is_a_group_its_members_join():
    got = _facts("杭州云枢智算科技有限公司已列入浙江省“雄鹰企业”培育库。")
    assert ("杭州云枢智算科技有限公司", "memberOf", "浙江省“雄鹰企业”培育库") in got
    # the verb is not part of the list's name
    got = _mentions("两家入选人才所在企业已列入浙江省“雄鹰企业”培育库。")
    assert ("浙江省“雄鹰企业”培育库", "Group") in got


# ---- a company's own reports ----

def _doc_facts(body: str, title: str):
    return facts(body, title=title)[0]


def test_an_annual_report_summary_is_published_by_the_company_whose_board_signs_it():
    title = "浙江恒芯智控科技股份有限公司2024年年度报告摘要"
    got = _doc_facts("报告期内，公司营业收入同比增长18%。\n\n浙江恒芯智控科技股份有限公司董事会\n\n2025年4月24日", title)
    assert (title, "publisher", "浙江恒芯智控科技股份有限公司") in got
    assert (title, "datePublished", "2025-04-24") in got


def test_a_board_signature_gives_no_publisher_to_a_rule_the_notice_cites():
    got = _doc_facts("根据《上市公司重大资产重组管理办法》，公司拟收购标的公司100%股权。\n\n"
                     "浙江华晟精工股份有限公司董事会\n\n2025年5月22日", "关于筹划重大资产重组的提示性公告")
    assert not any(r in ("publisher", "datePublished") and s == "上市公司重大资产重组管理办法" for s, r, _o in got)


def test_an_esg_report_says_who_issued_it_and_when():
    title = "杭州芯曜微电子股份有限公司2024年度环境、社会及治理（ESG）报告（节选）"
    name = "杭州芯曜微电子股份有限公司2024年度环境、社会及治理(ESG)报告"
    got = _doc_facts("本报告是杭州芯曜微电子股份有限公司（以下简称“芯曜微电子”或“公司”）发布的第三份ESG报告，"
                     "报告期为2024年1月1日至2024年12月31日。本报告参照GRI标准编制，经公司董事会审议通过，于2025年4月正式发布。", title)
    assert (name, "publisher", "杭州芯曜微电子股份有限公司") in got
    assert (name, "datePublished", "2025-04") in got


def test_a_documents_header_lines_give_its_publisher_and_date():
    title = "远辰科技集团2024年度环境、社会及治理（ESG）报告（摘要）"
    name = "远辰科技集团2024年度环境、社会及治理(ESG)报告"
    got = _doc_facts("> 编制单位：远辰科技集团有限公司ESG委员会办公室\n> 发布日期：2025年4月28日\n", title)
    assert (name, "publisher", "远辰科技集团有限公司") in got
    assert (name, "datePublished", "2025-04-28") in got      # a line with a date and no other name


def test_a_learned_short_name_before_a_bare_legal_form_is_another_companys_legal_name():
    body = ("杭州钱江数智产业引导基金今年完成了第二期募集。\n\n"
            "引导基金管理人为杭州钱江数智股权投资管理有限公司。管理人为钱江数智投资管理有限公司以外的机构。")
    got = _mentions(body)
    assert ("杭州钱江数智股权投资管理有限公司", "Investor") in got
    assert not any(t == "Person" for _x, t in got)         # 管理人为…, said twice: no person named 管理人


def test_a_company_that_is_an_honour_lists_kind_of_enterprise_is_on_it():
    got = _facts("舟山海瑞智能装备有限公司系浙江省专精特新中小企业。")
    assert ("舟山海瑞智能装备有限公司", "memberOf", "浙江省专精特新中小企业") in got
    got = _facts("深圳市铂川新能源科技有限公司成立于2015年，是国家级专精特新“小巨人”企业。")
    assert ("深圳市铂川新能源科技有限公司", "memberOf", "国家级专精特新“小巨人”企业") in got
    # no level, no list: 一家专精特新企业 describes, it names no list
    assert not any(r == "memberOf" for _s, r, _o in _facts("公司是一家专精特新企业。"))
    assert not any(t == "Group" for _x, t in _mentions("公司是上海市一家高新技术企业。"))     # (a description)


def test_the_rows_of_a_rankings_table_are_on_the_ranking():
    body = ("今天，钱江数智研究院正式发布《2025浙江AI应用创新企业TOP10》。\n\n## 榜单一览\n\n"
            "| 排名 | 企业 | 所在地 |\n| --- | --- | --- |\n| 1 | 杭州知衍医疗科技有限公司 | 杭州 |\n| 2 | 宁波锦程工业智能有限公司 | 宁波 |\n")
    got = _facts(body)
    assert ("杭州知衍医疗科技有限公司", "memberOf", "2025浙江AI应用创新企业TOP10") in got
    assert ("宁波锦程工业智能有限公司", "memberOf", "2025浙江AI应用创新企业TOP10") in got
    # a rank column is enough, with no heading
    got = _facts(body.replace("## 榜单一览\n\n", ""))
    assert ("宁波锦程工业智能有限公司", "memberOf", "2025浙江AI应用创新企业TOP10") in got


def test_subsidiaries_listed_inline_after_the_number_the_company_has():
    got = _facts("甬华智能装备股份有限公司主营工业自动化装备。截至2024年末，公司拥有四家全资子公司：甬华智能（苏州）机器人有限公司，"
                 "位于苏州市相城区；宁波甬华精密模具有限公司，位于宁波市北仑区；以及甬华智能（越南）有限公司，位于越南北宁省。")
    for sub in ("宁波甬华精密模具有限公司", "甬华智能（越南）有限公司"):
        assert any(s.replace("(", "（").replace(")", "）") == sub and r == "parentOrganization" and o == "甬华智能装备股份有限公司"
                   for s, r, o in got), sub


def test_service_centres_and_party_departments_are_bodies_people_work_for():
    assert ("祁蔓", "worksFor", "西安市中小企业服务中心") in _facts("西安市中小企业服务中心主任祁蔓表示，将加快受理。")
    assert ("韩蕾", "worksFor", "中共雁塔区委宣传部") in _facts("中共雁塔区委宣传部副部长韩蕾介绍了有关情况。")


def test_who_works_in_a_companys_named_unit_works_for_the_company():
    got = _facts("吴晓川，中原智行汽车科技有限公司智能网联研究院院长。")
    assert ("吴晓川", "worksFor", "中原智行汽车科技有限公司智能网联研究院") in got
    assert ("吴晓川", "worksFor", "中原智行汽车科技有限公司") in got


def test_the_founding_date_inside_the_phrase_that_refers_back_to_the_firm():
    got = _facts("南京芯曜微电子有限公司专注于射频芯片。这家成立于2019年9月的公司，去年完成了B轮融资。")
    assert ("南京芯曜微电子有限公司", "foundingDate", "2019-09") in got
