"""The thirty-seventh session's readings: a table under a generic heading (入选企业名单) is the list the text named
before, the notice that publishes it and the list being one list; a ranking written as entry lines (No.3
X有限公司（短名）｜城市); a list after its year and the verb that published it (入选了今年的…名单, 列入去年公布的…名单);
a person's name and one more character is no brand; a short name made of the 字号 and one trade word (耘翼科技)
is the legal name's, and a subsidiary named short name + (place) leaves it to its parent; 设立子公司X without
全资; an alliance guided by one body and launched by others; a listed firm with a bracketed note naming its
product; an office's holder in brackets after the unit that holds it, or on the office's own line; 支行; a
park's tenants in a table; a 合伙人 of an investment firm; 是这家公司的另一位创始人; a company's own product
section; 关于X名单的公示 as a document whose list is its other name; 入选了省经信厅公布的…名单 (the firm is no
publisher); a site a company set up; product kinds after 主力产品为 (RV减速器, 磁力仪) or in brackets after a
listed firm; 给了他们N万元天使投资; English: left … to found after a relative clause, founded by A together with
B, a firm the person the appositive names set up, admitted to a university, State-owned inside a name, an
investment vehicle of, an appositive before "came in as a strategic investor".
Sample text written for the tests (names invented)."""
from __future__ import annotations

from test_extract import confident, en_facts, facts


def test_a_generic_table_heading_is_the_list_named_before():
    got, _ = facts("浙江省经济和信息化厅已于5月9日印发《关于公布2025年度浙江省创新型中小企业名单的通知》。"
                   "我区共有3家企业入选2025年度浙江省创新型中小企业名单。\n\n"
                   "一、入选企业名单\n\n"
                   "| 序号 | 企业名称 | 所在镇街 |\n| --- | --- | --- |\n"
                   "| 1 | 湖州澄砚精密机械有限公司 | 织里镇 |\n| 2 | 湖州溪岚新材料有限公司 | 八里店镇 |\n")
    assert ("湖州澄砚精密机械有限公司", "memberOf", "2025年度浙江省创新型中小企业名单") in got
    assert ("湖州溪岚新材料有限公司", "memberOf", "2025年度浙江省创新型中小企业名单") in got


def test_a_ranking_written_as_entry_lines():
    got, _ = facts("9月2日，皖南产业观察发布《2025皖南新材料企业TOP5榜单》。\n\n以下为完整榜单：\n\n"
                   "No.1 芜湖澜石新材料科技有限公司（澜石新材）｜芜湖\n\n主打产品为高性能改性塑料。\n\n"
                   "No.2 宣城青禾复合材料有限公司（青禾复材）｜宣城\n\n公司去年营收增长三成。\n")
    assert ("芜湖澜石新材料科技有限公司", "memberOf", "2025皖南新材料企业TOP5榜单") in got
    assert ("宣城青禾复合材料有限公司", "memberOf", "2025皖南新材料企业TOP5榜单") in got
    assert ("宣城青禾复合材料有限公司", "location", "宣城") in got


def test_a_list_after_its_year_and_the_verb_that_published_it():
    got, _ = facts("湖州澄砚精密机械有限公司是区内的骨干企业，该公司同时入选了今年的吴兴区“领航计划”培育企业名单。"
                   "湖州溪岚新材料有限公司已列入去年公布的2024年湖州市科技小巨人企业名单。")
    assert ("湖州澄砚精密机械有限公司", "memberOf", "吴兴区“领航计划”培育企业名单") in got
    assert ("湖州溪岚新材料有限公司", "memberOf", "2024年湖州市科技小巨人企业名单") in got


def test_a_person_and_one_more_character_is_no_brand():
    _, res = facts("贺知远和林嘉禾是同班同学。林嘉禾则是土生土长的台州人，从小喜欢航模。"
                   "毕业后，林嘉禾则南下广州，在一家无人机公司做了三年工程师。")
    types = {(m.text, m.type) for _, ms in res.sentences for m in ms}
    assert ("林嘉禾则", "Company") not in types


def test_a_trade_word_short_name_and_a_subsidiary_named_after_it():
    got, _ = facts("站在田边的，是台州禾翊智能科技有限公司的联合创始人林嘉禾。"
                   "2019年，禾翊科技在台州市路桥区注册成立。次年，又在江西赣州设立子公司禾翊科技（赣州）有限公司。"
                   "今年初，禾翊科技入选了2025年台州市准独角兽企业榜单。")
    assert ("台州禾翊智能科技有限公司", "location", "台州市路桥区") in got
    assert ("禾翊科技(赣州)有限公司", "parentOrganization", "台州禾翊智能科技有限公司") in got
    assert ("台州禾翊智能科技有限公司", "memberOf", "2025年台州市准独角兽企业榜单") in got


def test_an_alliance_guided_by_one_body_and_launched_by_others():
    got, _ = facts("6月3日，宁波市智能传感产业联盟成立大会举行。联盟由宁波市经济和信息化局指导，"
                   "宁波澜感科技有限公司、甬江实验室等单位共同发起，首批成员单位共30家。")
    assert ("宁波市智能传感产业联盟", "founder", "宁波澜感科技有限公司") in got
    assert ("宁波市智能传感产业联盟", "founder", "甬江实验室") in got
    assert ("宁波市智能传感产业联盟", "founder", "宁波市经济和信息化局") not in got


def test_listed_firms_with_a_note_naming_their_product():
    got, _ = facts("宁波市智能传感产业联盟成立。除发起单位外，首批成员还包括：宁波澜感科技有限公司（光纤传感器）、"
                   "宁波问海智能科技有限公司（水下大模型“问海-1”）、宁波甬晟电子有限公司以及宁波北仑港口集团有限公司等。")
    assert ("宁波甬晟电子有限公司", "memberOf", "宁波市智能传感产业联盟") in got
    assert ("宁波北仑港口集团有限公司", "memberOf", "宁波市智能传感产业联盟") in got
    assert ("宁波澜感科技有限公司", "develops", "光纤传感器") in got


def test_an_office_holder_in_brackets_and_on_the_office_line():
    got, _ = facts("宁波市数字经济促进会第二届理事会选举产生，其中：\n\n"
                   "- 会长单位：宁波澜感科技有限公司（会长：钟一鸣）\n"
                   "- 秘书长：甬江实验室智能感知研究中心副主任方若溪\n")
    assert ("钟一鸣", "worksFor", "宁波市数字经济促进会") in got
    assert ("方若溪", "worksFor", "宁波市数字经济促进会") in got


def test_a_bank_branch_is_one_name():
    _, res = facts("会上，联盟还与宁波银行科技支行签署了战略合作协议。")
    names = {m.name for _, ms in res.sentences for m in ms}
    assert "宁波银行科技支行" in names


def test_a_parks_tenants_in_a_table():
    got, _ = facts("这里就是位于湖州市南浔区的澄湖智造产业园。澄湖智造产业园2023年正式开园。\n\n"
                   "部分入驻企业\n\n| 企业名称 | 主要产品 |\n| --- | --- |\n"
                   "| 湖州澄砚精密机械有限公司 | 数控机床 |\n| 湖州溪岚新材料有限公司 | 碳纤维预浸料 |\n")
    assert ("湖州澄砚精密机械有限公司", "location", "澄湖智造产业园") in got
    assert ("湖州溪岚新材料有限公司", "location", "澄湖智造产业园") in got


def test_a_partner_of_an_investment_firm():
    got, _ = facts("2024年，鹭洲资本新投了宁波澜感科技有限公司和台州禾翊智能科技有限公司。"
                   "截至年末，鹭洲资本投资团队共18人。合伙人程雨桐毕业于厦门大学，负责先进制造方向。")
    assert ("程雨桐", "worksFor", "鹭洲资本") in got
    assert ("程雨桐", "worksFor", "台州禾翊智能科技有限公司") not in got


def test_another_founder_of_this_company():
    _, res = facts("说话的是许若岚，宁波澜感科技有限公司CEO。她的导师、信息学院教授钟一鸣，是这家公司的另一位创始人。")
    assert ("宁波澜感科技有限公司", "founder", "钟一鸣") in confident(res)


def test_a_companys_own_product_section():
    got, _ = facts("宁波问海智能科技有限公司成立于2022年，是一家专注海洋智能装备的公司。\n\n我们在做什么\n\n"
                   "- 问海声呐：面向近海测量的多波束声呐系列；\n- 潮汐云：海洋数据管理平台。\n\n我们在哪里\n\n总部位于宁波市北仑区。")
    assert ("宁波问海智能科技有限公司", "develops", "问海声呐") in got
    assert ("宁波问海智能科技有限公司", "develops", "潮汐云") in got


def test_a_notice_of_a_list_is_a_document_whose_list_is_its_other_name():
    got, res = facts("各有关企业：\n\n现将《2025年吴兴区科技型中小企业拟认定名单》予以公示。\n\n特此公示。\n\n"
                     "湖州市吴兴区科学技术局\n\n2025年7月2日", title="关于2025年吴兴区科技型中小企业拟认定名单的公示")
    assert ("关于2025年吴兴区科技型中小企业拟认定名单的公示", "datePublished", "2025-07-02") in got
    notice = next(c.subject for c in res.claims if c.relation == "datePublished")
    assert "2025年吴兴区科技型中小企业拟认定名单" in notice.aliases


def test_a_list_a_firm_entered_is_no_work_it_published():
    got, _ = facts("台州禾翊智能科技有限公司成立于2019年。去年，禾翊科技入选了省经信厅公布的浙江省隐形冠军培育企业名单。")
    assert not any(r == "publisher" and o in ("禾翊科技", "台州禾翊智能科技有限公司") for _, r, o in got)
    assert ("台州禾翊智能科技有限公司", "memberOf", "浙江省隐形冠军培育企业名单") in got
    assert ("浙江省隐形冠军培育企业名单", "publisher", "浙江省经信厅") in got


def test_a_site_the_company_set_up():
    _, res = facts("宁波澜感科技有限公司成立于2018年。公司去年还在嘉兴设立了测试中心。"
                   "台州禾翊智能科技有限公司成立于2019年，今年在上海张江设立了研发中心。")
    assert ("宁波澜感科技有限公司", "location", "嘉兴") in confident(res)
    assert ("台州禾翊智能科技有限公司", "location", "张江") in confident(res)


def test_product_kinds_after_the_main_products():
    got, _ = facts("宁波衡澜传动科技有限公司成立于2017年，主力产品为RV减速器和行星滚柱丝杠。"
                   "合肥衡磁量子科技有限公司成立于2020年，主要产品为原子磁力仪和冷原子重力仪。")
    assert ("宁波衡澜传动科技有限公司", "develops", "RV减速器") in got
    assert ("宁波衡澜传动科技有限公司", "develops", "行星滚柱丝杠") in got
    assert ("合肥衡磁量子科技有限公司", "develops", "冷原子重力仪") in got


def test_a_backer_gave_them_money():
    got, _ = facts("宁波问海智能科技有限公司成立于2022年。甬江校友创投给了他们300万元天使投资。")
    assert ("甬江校友创投", "investedIn", "宁波问海智能科技有限公司") in got


def test_en_left_to_found_after_a_relative_clause():
    got, _ = en_facts("Zhejiang Haoda Motor Co., Ltd. makes traction motors. Wei Lan, who ran Haoda's controller team "
                      "for five years, left in 2021 to found Huzhou Lumen Drive Technology Co., Ltd.")
    assert ("Huzhou Lumen Drive Technology Co., Ltd.", "founder", "Wei Lan") in got


def test_en_founded_by_one_together_with_another():
    got, _ = en_facts("The Wuxing Motor Research Institute was set up in 2022 by the Wuxing District People's Government "
                      "together with Zhejiang University.")
    assert ("Wuxing Motor Research Institute", "founder", "Wuxing District People's Government") in got
    assert ("Wuxing Motor Research Institute", "founder", "浙江大学") in got


def test_en_a_firm_the_appositive_person_set_up():
    got, _ = en_facts("Ren Zhiyuan was born in 1961. Through Zhiyuan Capital, a family investment office he set up "
                      "in 2015, he backed dozens of startups.")
    assert ("Zhiyuan Capital", "founder", "Ren Zhiyuan") in got
    assert ("Zhiyuan Capital", "foundingDate", "2015") in got


def test_en_admitted_to_a_university():
    got, _ = en_facts("Ren Zhiyuan was born in 1961. Ren was among the first students admitted to Zhejiang University "
                      "after the exams resumed.")
    assert ("Ren Zhiyuan", "alumniOf", "浙江大学") in got


def test_en_a_vehicle_of_a_state_owned_group_and_a_strategic_investor():
    got, _ = en_facts("Huzhou Lumen Drive raised 300 million yuan. Nanxun Industrial Fund, an investment vehicle of "
                      "Nanxun State-owned Capital Investment Group, joined the round. Jiahe Auto Group, a Zhejiang-based "
                      "dealership, came in as a strategic investor.")
    assert ("Nanxun Industrial Fund", "parentOrganization", "Nanxun State-owned Capital Investment Group") in got
    assert ("Jiahe Auto Group", "investedIn", "Huzhou Lumen Drive") in got


def test_a_former_employer_of_colleagues_is_no_company_the_next_sentence_means():
    _, res = facts("这块芯片出自去年创立的杭州澜芯智算科技有限公司（简称“澜芯智算”）。"
                   "去年4月，她与两位前英伟达同事在杭州滨江创办澜芯智算。公司CTO由顾清远担任，他此前在英伟达上海研发中心负责编译器开发。")
    got = confident(res)
    assert ("顾清远", "worksFor", "杭州澜芯智算科技有限公司") in got
    assert ("顾清远", "worksFor", "英伟达") not in got


def test_a_universitys_company_and_how_a_firm_is_held():
    got, res = facts("温州瓯江科技园发展有限公司成立于2006年，系温州大学资产经营有限公司全资子公司。"
                     "温州瓯澜数智科技有限公司成立于2021年，由集团全资控股。")
    assert ("温州瓯江科技园发展有限公司", "parentOrganization", "温州大学资产经营有限公司") in got
    names = {m.name for _, ms in res.sentences for m in ms}
    assert "集团全资控股" not in names


def test_founded_by_an_institutes_team_or_single_handedly():
    got, _ = facts("温州瓯澜数智科技有限公司由瓯江智能制造研究院视觉研究所团队于2022年创办。")
    assert {("温州瓯澜数智科技有限公司", "founder", "瓯江智能制造研究院"),
            ("温州瓯澜数智科技有限公司", "founder", "瓯江智能制造研究院视觉研究所")} & got
    assert ("温州瓯澜数智科技有限公司", "foundingDate", "2022") in got
    got, _ = facts("杭州穹顶航天科技有限公司发展很快。公司由前航天科技集团工程师伍岳川于2021年一手创办。")
    assert ("杭州穹顶航天科技有限公司", "founder", "伍岳川") in got
    assert ("杭州穹顶航天科技有限公司", "foundingDate", "2021") in got
