"""The thirty-third session's readings: a table of people with a column of the companies they founded (the
company's place, product and list come from its row; the title is held at it); a school named alone
(计算机科学与技术学院 2012届) in an article about one university is that university's school; …榜 names a ranking
(新锐榜); a short name of a legal name in a table cell (晨芯微感); a fund named after its firm (远景二期人民币基金);
a post by an organisation's own account (原创　X): 我们 is X; 深圳南山 is 南山区; 政府工作报告 in a headline is the
one such report the text names; a report delivered on behalf of a government on the day the sentence opens with;
the body that holds a meeting releases what is released at it; “X”平台，由Y开发; 由全资子公司X实施; 学院副教授X
(the college the article is about); a unit written right after another (…学院|…研究中心); a short name with its
city in brackets (绍兴城投) goes with the name; 域控MCU项目 is no company; 成立后的 dates no founding; no learned
pair reads a table row with the row above as its context, nor an employer from before when the sentence names
the person's own firm; a parent is not its child's child. English: a retired X professor.
Sample text written for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from test_extract import en_facts, facts


ALUMNI_TABLE = ("# 2025年度钱江理工校友创业先锋榜发布\n\n"
                "3月2日，钱江理工大学校友总会在下沙校区召开理事会，会上正式发布《2025年度钱江理工校友创业先锋榜》。\n\n"
                "## 榜单一览\n\n"
                "| 姓名 | 毕业学院及届别 | 创办企业 | 现任职务 | 企业所在地 | 代表产品/主营方向 |\n"
                "| --- | --- | --- | --- | --- | --- |\n"
                "| 林若川 | 材料科学与工程学院 2011届 | 杭州川序新材料科技有限公司 | 创始人、CEO | 杭州市临平区 | 高导热石墨膜 |\n"
                "| 章沐阳 | 电气工程学院 2015届 | 深圳沐芯微电科技有限公司 | 联合创始人、CTO | 深圳市南山区 | 电源管理芯片 |\n\n"
                "章沐阳毕业后先在上海一家外企做了四年。2019年，他在深圳南山创办沐芯微电，专注于电源芯片设计。\n")


def test_a_table_of_founders_gives_each_founded_company_its_own_columns():
    got, _ = facts(ALUMNI_TABLE, date=dt.date(2025, 3, 5))
    assert ("杭州川序新材料科技有限公司", "location", "杭州市临平区") in got
    assert ("杭州川序新材料科技有限公司", "develops", "高导热石墨膜") in got
    assert ("深圳沐芯微电科技有限公司", "develops", "电源管理芯片") in got
    assert ("林若川", "worksFor", "杭州川序新材料科技有限公司") in got
    assert not any(s == "林若川" and r == "worksFor" and o == "钱江理工大学校友总会" for s, r, o in got)


def test_a_school_named_alone_in_an_article_about_one_university_is_its_school():
    got, _ = facts(ALUMNI_TABLE, date=dt.date(2025, 3, 5))
    assert ("林若川", "alumniOf", "钱江理工大学材料科学与工程学院") in got
    assert ("钱江理工大学材料科学与工程学院", "parentOrganization", "钱江理工大学") in got
    assert ("章沐阳", "alumniOf", "钱江理工大学") in got


def test_a_ranking_named_with_bang_is_a_list_its_rows_are_on():
    got, _ = facts(ALUMNI_TABLE, date=dt.date(2025, 3, 5))
    assert ("杭州川序新材料科技有限公司", "memberOf", "2025年度钱江理工校友创业先锋榜") in got
    assert ("2025年度钱江理工校友创业先锋榜", "publisher", "钱江理工大学校友总会") in got
    assert ("2025年度钱江理工校友创业先锋榜", "datePublished", "2025-03-02") in got


def test_a_table_cells_legal_name_teaches_its_short_name_and_shenzhen_nanshan_is_the_district():
    got, _ = facts(ALUMNI_TABLE, date=dt.date(2025, 3, 5))
    assert ("深圳沐芯微电科技有限公司", "founder", "章沐阳") in got
    assert ("深圳沐芯微电科技有限公司", "foundingDate", "2019") in got
    assert ("深圳沐芯微电科技有限公司", "location", "南山区") in got
    assert ("杭州川序新材料科技有限公司", "founder", "章沐阳") not in got


def test_no_learned_pair_reads_a_table_row_with_the_row_above_as_its_context():
    got, _ = facts(ALUMNI_TABLE, date=dt.date(2025, 3, 5))
    assert ("章沐阳", "worksFor", "杭州川序新材料科技有限公司") not in got
    assert ("林若川", "worksFor", "深圳沐芯微电科技有限公司") not in got


def test_a_fund_named_after_its_firm_is_the_firms_fund():
    got, _ = facts("杭州澄岳资本成立于2016年。澄岳二期人民币基金（规模12亿元，2021年设立）已完成七成投资。"
                   "去年，澄岳科创早期基金领投了杭州禾川生物科技有限公司的天使轮。")
    assert ("澄岳二期人民币基金", "parentOrganization", "澄岳资本") in got or \
        ("澄岳二期人民币基金", "parentOrganization", "杭州澄岳资本") in got
    assert ("澄岳二期人民币基金", "foundingDate", "2021") in got
    assert ("澄岳科创早期基金", "investedIn", "杭州禾川生物科技有限公司") in got
    assert not any(s in ("澄岳资本", "杭州澄岳资本") and r == "foundingDate" and o == "2021" for s, r, o in got)


def test_we_in_a_post_by_an_organisations_own_account_is_that_organisation():
    got, res = facts("# 澄岳2025｜我们的第六年\n\n原创　杭州澄岳资本　2026年1月6日 10:00 浙江\n\n"
                     "杭州禾川生物科技有限公司是一家合成生物企业。今年我们在A轮跟投了杭州禾川生物科技有限公司。")
    assert ("杭州澄岳资本", "investedIn", "杭州禾川生物科技有限公司") in got
    we = [m for _s, ms in res.sentences for m in ms if m.text == "我们" and m.source == "coref"]
    assert we and all(m.name == "杭州澄岳资本" for m in we)


def test_a_report_named_by_its_kind_in_the_headline_is_the_one_the_text_names():
    got, _ = facts("# 政府工作报告里的“智造”关键词：台州今年怎么干\n\n"
                   "1月18日，台州市第六届人民代表大会第五次会议开幕，市长周启明代表台州市人民政府作《2026年台州市政府工作报告》。\n\n"
                   "> “重点打造汽车零部件、智能缝制、医药化工三条标志性产业链。”\n", date=dt.date(2026, 1, 20))
    assert ("2026年台州市政府工作报告", "publisher", "台州市人民政府") in got
    assert ("2026年台州市政府工作报告", "datePublished", "2026-01-18") in got
    assert ("2026年台州市政府工作报告", "prioritizes", "智能缝制") in got
    assert not any(s == "政府工作报告" for s, r, o in got)


def test_a_product_then_who_made_it_and_a_project_run_by_an_owned_subsidiary():
    got, _ = facts("杭州岳芯半导体股份有限公司主营车规芯片。本次募投的车规MCU项目由全资子公司上海岳芯微电子有限公司实施。"
                   "车规MCU研发及产业化项目预计三年建成。\n\n报告提到的“织岳云”平台，由浙江岳纺云科技有限公司开发。")
    assert ("浙江岳纺云科技有限公司", "develops", "织岳云") in got
    assert ("上海岳芯微电子有限公司", "parentOrganization", "杭州岳芯半导体股份有限公司") in got
    assert not any("车规MCU" in s for s, r, o in got)


def test_the_college_in_a_campus_item_and_a_unit_written_after_another():
    got, _ = facts("# 机械工程学院成立智能装备研究中心\n\n"
                   "12月3日，钱江理工大学机械工程学院智能装备研究中心成立大会举行。"
                   "学院院长冯立群在致辞中介绍了研究中心的定位。\n\n"
                   "岳川智能由学院副教授程雨桐和她指导的两名研究生于2023年共同创办。")
    assert ("智能装备研究中心", "parentOrganization", "钱江理工大学机械工程学院") in got
    assert ("冯立群", "worksFor", "钱江理工大学机械工程学院") in got
    assert ("程雨桐", "worksFor", "钱江理工大学机械工程学院") in got


def test_a_short_name_with_its_city_in_brackets_goes_with_the_name():
    got, _ = facts("该中心由台州市交通投资集团有限公司（台州交投）旗下的台州椒江智算科技有限公司负责建设运营。")
    assert ("台州椒江智算科技有限公司", "parentOrganization", "台州市交通投资集团有限公司") in got


def test_founded_after_dates_no_founding():
    got, _ = facts("去年，川序新材完成由钱江校友创投基金领投的A轮融资，这也是该基金成立后的第一笔投资。")
    assert not any(r == "foundingDate" and s == "钱江校友创投基金" for s, r, o in got)


def test_english_a_retired_university_professor_worked_there():
    got, res = en_facts("Moxin's first cheque did not come from a venture firm. Qian Dewei, a retired Zhejiang University "
                      "professor, put in a few million yuan of his own savings.")
    assert ("Qian Dewei", "worksFor", "浙江大学") in got
    assert any(c.relation == "worksFor" and c.subject.name == "Qian Dewei" and c.tense == "former" for c in res.claims)


def test_a_timelines_year_line_dates_the_entry_under_it():
    got, _ = facts("# 发展历程\n\n**2013年**\n岳川智能的前身——苏州岳川自动化设备有限公司在苏州工业园区成立，由沈一鸣创办。\n\n"
                   "**2021年**\n成立岳川智能装备研究院，聚焦焊接工艺。\n\n"
                   "**2023年**\n海外子公司YueChuan Europe GmbH（岳川欧洲）在德国斯图加特注册成立。\n\n"
                   "公司目前有员工800人。")
    assert ("苏州岳川自动化设备有限公司", "foundingDate", "2013") in got
    assert ("岳川智能装备研究院", "foundingDate", "2021") in got
    assert ("YueChuan Europe GmbH", "foundingDate", "2023") in got
    assert ("YueChuan Europe GmbH", "parentOrganization", "苏州岳川自动化设备有限公司") in got


def test_english_said_with_a_title_and_a_professor_of_a_field_at_a_university():
    got, _ = en_facts("Shenzhen Kuiyu Technology unveiled the K3 picking robot.\n\n"
                      "\"Most picking robots are demos,\" said founder and chief executive Ma Zhaolin, who spent nine years "
                      "at Huawei before starting Kuiyu in 2019.\n\n"
                      "Lanyu was founded in 2022 by Yang Qiuhe, a professor of mechanical engineering at Sichuan University, "
                      "who remains the company's chief scientist.")
    assert ("Ma Zhaolin", "worksFor", "Shenzhen Kuiyu Technology") in got
    assert ("Yang Qiuhe", "worksFor", "四川大学") in got


def test_a_report_that_recommends_priorities_prioritizes_them():
    got, _ = facts("大会上，浙江省机器人学会发布了《2025浙东机器人产业发展报告》。"
                   "报告指出，长三角地区机器人相关企业已超过900家，建议重点发展精密减速器、伺服电机和机器人控制器。")
    assert ("2025浙东机器人产业发展报告", "prioritizes", "精密减速器") in got
    assert ("2025浙东机器人产业发展报告", "prioritizes", "伺服电机") in got
    assert not any("长三角地区" in s for s, r, o in got)


def test_an_excerpt_of_a_work_report_speaks_in_its_own_voice():
    got, _ = facts("# 2026年湖州市政府工作报告（摘编）\n\n"
                   "去年9月，市政府印发《湖州市低空经济高质量发展实施方案》，布局两个低空产业园。\n\n"
                   "——做强先进制造业集群。重点培育半导体材料、绿色家居、智能物流装备三大先进制造业集群。",
                   title="2026年湖州市政府工作报告（摘编）：产业发展", date=dt.date(2026, 1, 20))
    assert ("2026年湖州市政府工作报告", "prioritizes", "绿色家居") in got
    assert ("湖州市低空经济高质量发展实施方案", "prioritizes", "绿色家居") not in got
    assert not any(s == "年湖州市政府工作报告" for s, r, o in got)


def test_investors_listed_side_by_side_do_not_invest_in_each_other():
    from kg.extract import _listed_together
    from kg.lexicon import get_lexicon
    from kg.mentions import recognise
    text = "本轮由岳川资本（领投）、启川资本、沐岳创投共同投资，岳湃科技有限公司也参与。"
    ms = [m for m in recognise(text, get_lexicon()) if m.type != "Date"]
    by = {m.name: m for m in ms}
    assert _listed_together(text, by["岳川资本"], by["启川资本"], ms)
    assert _listed_together(text, by["岳川资本"], by["沐岳创投"], ms)
    assert not _listed_together(text, by["岳川资本"], by["岳湃科技有限公司"], ms)


def test_english_its_offices_are_in_and_a_citys_valley_is_a_place():
    got, _ = en_facts("Kunming Lanyun Robotics makes drones.\n\nIts offices are in Kunming's Chenggong district.\n\n"
                      "Wuhan Qianhe Photonics launched a lidar. The company is located in Wuhan's Optics Valley and sells sensors.")
    assert ("Kunming Lanyun Robotics", "location", "Chenggong district") in got
    assert ("Wuhan Qianhe Photonics", "location", "Optics Valley") in got
    assert not any(s == "Wuhan's Optics" for s, r, o in got)


def test_who_serves_as_the_labs_director_works_for_the_lab():
    got, _ = facts("3月5日，浙江岳川大学—岳湃智能工业视觉联合实验室在杭州揭牌。\n\n"
                   "机械学院教授蔡文岳担任实验室主任，岳湃智能首席技术官沈佳岳担任常务副主任。")
    assert ("蔡文岳", "worksFor", "浙江岳川大学—岳湃智能工业视觉联合实验室") in got
