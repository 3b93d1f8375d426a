"""The thirty-first session's readings: an association founded by bodies 等单位共同发起成立 after 在…指导下,
its vice-chair units listed one per line, 秘书长单位为X; 该管理办法 (a document named by its kind with a word
before it); 明确…应聚焦A、B (the last focus verb of a clause); 研究院系… (系 is the copula, no department);
table columns 共建/举办单位, 主营产品/技术, 核心技术/产品; an institute of a university as a table row's subject;
高阶智能驾驶 no company; 的L4级 no product code; a quoted name right after a kind of product (无人配送车“X”).
Sample text written for the tests (names invented)."""
from __future__ import annotations

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import facts


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


_ALLIANCE = ("# 江城机器人产业联盟成立\n\n"
             "10月8日，江城机器人产业联盟成立大会在武汉举行。"
             "联盟在武汉市经济和信息化局指导下，由武汉岳擎智能科技有限公司、华中科技大学、武汉星途装备有限公司等单位共同发起成立。\n\n"
             "第一届理事会副理事长单位：\n\n"
             "- 武汉理工大学\n- 湖北楚衡精密机械有限公司\n\n"
             "秘书长单位为武汉市机器人产业促进中心，该中心主任刘岚当选联盟秘书长。")


def test_bodies_that_founded_an_association_after_its_guiding_bureau():
    got, _ = facts(_ALLIANCE)
    for body in ("武汉岳擎智能科技有限公司", "华中科技大学", "武汉星途装备有限公司"):
        assert ("江城机器人产业联盟", "founder", body) in got
    assert ("江城机器人产业联盟", "founder", "武汉市经济和信息化局") not in got


def test_vice_chair_units_listed_below_and_the_secretary_general_unit_are_members():
    got, _ = facts(_ALLIANCE)
    assert ("武汉理工大学", "memberOf", "江城机器人产业联盟") in got
    assert ("湖北楚衡精密机械有限公司", "memberOf", "江城机器人产业联盟") in got
    assert ("武汉市机器人产业促进中心", "memberOf", "江城机器人产业联盟") in got


def test_a_document_named_by_its_kind_with_a_word_before_it():
    body = ("根据《宁州市智能工厂认定管理办法》有关规定，现将认定结果公示如下。"
            "该管理办法由宁州市经济和信息化局、宁州市财政局于2024年3月联合印发，明确智能工厂应聚焦汽车零部件、高端纺织、绿色化工等重点行业。")
    got, _ = facts(body)
    assert ("宁州市智能工厂认定管理办法", "publisher", "宁州市经济和信息化局") in got
    assert ("宁州市智能工厂认定管理办法", "publisher", "宁州市财政局") in got
    items = {o for s, r, o in got if r == "prioritizes"}
    assert {"汽车零部件", "高端纺织", "绿色化工"} <= items
    assert not any("应聚焦" in o for o in items)


def test_xi_after_an_institute_is_the_copula():
    ms = _mentions("浙江工业大学之江智造研究院系浙江工业大学下属事业单位法人。")
    assert "浙江工业大学之江智造研究院" in ms
    assert "浙江工业大学之江智造研究院系" not in ms
    assert _mentions("他毕业于浙江大学计算机科学与技术系。").get("浙江大学计算机科学与技术系") == "AcademicUnit"


_INSTITUTES = ("| 序号 | 机构名称 | 共建/举办单位 | 所在区县（市） | 主要研究方向 |\n| --- | --- | --- | --- | --- |\n"
               "| 1 | 浙江工业大学之江智造研究院 | 浙江工业大学、拱墅区人民政府 | 拱墅区 | 工业视觉 |\n"
               "| 2 | 杭州临安先进材料研究院 | 临安区人民政府、杭州禾森新材料有限公司 | 临安区 | 新材料 |")


def test_a_founding_bodies_column_with_two_words_and_a_universitys_institute_as_a_row():
    got, _ = facts(_INSTITUTES)
    assert ("杭州临安先进材料研究院", "founder", "杭州禾森新材料有限公司") in got
    assert ("杭州临安先进材料研究院", "founder", "临安区人民政府") in got
    assert ("浙江工业大学之江智造研究院", "founder", "拱墅区人民政府") in got
    assert ("浙江工业大学之江智造研究院", "location", "拱墅区") in got


def test_product_columns_with_a_second_word():
    body = ("| 企业名称 | 入驻楼宇 | 主营产品/技术 |\n| --- | --- | --- |\n| 杭州岑川精工机械有限公司 | A2栋 | 精密数控磨床 |\n\n"
            "| 公司 | 核心技术/产品 |\n| --- | --- |\n| 杭州纬岚科技有限公司 | 晶圆缺陷检测设备 |")
    got, _ = facts(body)
    assert ("杭州岑川精工机械有限公司", "develops", "精密数控磨床") in got
    assert ("杭州纬岚科技有限公司", "develops", "晶圆缺陷检测设备") in got


def test_a_kind_of_driving_no_company_and_a_level_no_product_code():
    ms = _mentions("公司自主研发了面向乘用车的高阶智能驾驶方案“岚驭Pilot”，以及面向园区物流的L4级无人配送车“青舟”。")
    assert "高阶智能" not in ms
    assert not any(t.endswith("L4") for t in ms)
    assert ms.get("青舟") == "Product"          # a quoted name right after a kind of product
    assert ms.get("岚驭Pilot") == "Product"


def test_a_works_name_with_a_proper_word_before_chang_and_a_colloquial_founding():
    assert _mentions("他被分配到杭州青松电机厂当技术员。").get("杭州青松电机厂") == "Company"
    body = "1985年，他带着五个徒弟，租下一间仓库，办起了宁波东湖电器厂，第一批产品是小型变压器。"
    got, _ = facts("周德明出生于宁波。" + body)
    assert ("宁波东湖电器厂", "founder", "周德明") in got
    assert ("宁波东湖电器厂", "foundingDate", "1985") in got


def test_a_vocational_school_founded_by_a_person():
    got, _ = facts("周德明出生于宁波。2012年，他又在家乡湖州创办了湖州南浔职业技术学校，开设机电专业。")
    assert ("湖州南浔职业技术学校", "founder", "周德明") in got
    assert ("湖州南浔职业技术学校", "foundingDate", "2012") in got
    assert "职业技术学校" not in _mentions("他在温州创办了一所职业技术学校。")


def test_english_a_portfolio_company_an_appositive_before_a_list_and_i_as_a_cofounder():
    from test_extract import en_facts
    got, _ = en_facts("Lakeview Ventures invests in hardware. Helen Zhao and I started the firm in Binjiang in 2015. "
                      "Ningbo Brightwave Medical, a Fund I company that makes ultrasound probes, was acquired. "
                      "Hangzhou Cloudline Data, a Fund II company, was selected for the 2025 Zhejiang Province \"Eagle\" Enterprise list.")
    assert ("Lakeview Ventures", "founder", "Helen Zhao") in got
    assert ("Fund I", "investedIn", "Ningbo Brightwave Medical") in got
    assert ("Hangzhou Cloudline Data", "memberOf", '2025 Zhejiang Province "Eagle" Enterprise list') in got
    assert ("Fund II", "memberOf", '2025 Zhejiang Province "Eagle" Enterprise list') not in got


def test_english_an_employer_with_an_umlaut_and_an_appositive_subsidiary_of_the_company():
    from test_extract import en_facts
    got, _ = en_facts("Ningbo Hailan Sensing Technology Co., Ltd. makes pressure sensors. Dr. Lu Qing joined in 2019. "
                      "Lu previously spent seven years at Krämer Messtechnik, a German sensor maker. "
                      "The company has also set up a European arm. Hailan Sensing Europe GmbH, a wholly owned subsidiary based in Stuttgart, handles sales.")
    assert ("Lu Qing", "worksFor", "Krämer Messtechnik") in got
    assert ("Hailan Sensing Europe GmbH", "parentOrganization", "Ningbo Hailan Sensing Technology Co., Ltd.") in got


def test_a_broker_reports_title_with_a_subtitle_and_its_byline():
    body = ("# 储能行业深度报告：新型电池的下一个五年\n\n"
            "东衡证券研究所｜电力设备行业｜2025年5月20日\n\n"
            "分析师：蒋立　执业证书编号：S0000000000001\n研究助理：顾思恒\n\n"
            "本公司全资子公司东衡创新投资有限公司持有报告中所提及的杭州川岳储能科技有限公司2.5%的股权。")
    got, _ = facts(body)
    assert ("储能行业深度报告：新型电池的下一个五年", "publisher", "东衡证券研究所") in got
    assert ("储能行业深度报告：新型电池的下一个五年", "datePublished", "2025-05-20") in got
    assert ("顾思恒", "worksFor", "东衡证券研究所") in got
    assert ("东衡创新投资有限公司", "investedIn", "杭州川岳储能科技有限公司") in got


def test_english_an_acronym_a_headline_guessed_and_an_institute_of_technology():
    from test_extract import en_facts
    got, _ = en_facts("# LIT and Donghai Cranes open a joint lab\n\n"
                      "The Lakeside Institute of Technology (LIT) and Ningbo Donghai Cranes Co., Ltd. opened the "
                      "LIT–Donghai Joint Research Institute for Smart Cranes on Monday. "
                      "It is led by Professor Gu Ming of LIT's School of Mechanical Engineering.")
    assert ("School of Mechanical Engineering", "parentOrganization", "Lakeside Institute of Technology") in got
    ms = _mentions("He studied at the Lakeside Institute of Technology.")
    assert ms.get("Lakeside Institute of Technology") == "University"
    assert "LIT–Donghai Joint Research Institute for Smart Cranes" in _mentions(
        "They opened the LIT–Donghai Joint Research Institute for Smart Cranes on Monday.")


def test_english_founded_in_a_year_then_the_trade_name_even_when_it_spells_a_city():
    from test_extract import en_facts
    got, _ = en_facts("Hangzhou Qingyuan Battery Technology Co., a maker of sodium-ion cells, is building a plant in Hungary. "
                      "Founded in 2019, Qingyuan has grown quickly.")
    assert ("Hangzhou Qingyuan Battery Technology Co.", "foundingDate", "2019") in got
    assert not any(o == "清远" for _, _, o in got)


def test_english_a_one_word_answer_is_no_run_in_heading():
    from test_extract import en_facts
    got, _ = en_facts("Xinlan Semiconductor designs AI chips. Xinlan Semiconductor raised money in May.\n\n"
                      "Did you open a Shanghai office?\n\nYes. Xinlan Chips (Shanghai) Co., a wholly owned subsidiary, "
                      "opened in Zhangjiang this spring.")
    assert ("Xinlan Chips (Shanghai) Co.", "parentOrganization", "Xinlan Semiconductor") in got
    assert not any(o == "Yes" or s == "Yes" for s, _, o in got)


def test_a_bare_college_and_a_group_named_long_before_are_the_articles_own():
    got, _ = facts("东海大学海洋技术学院于2024年成立。学院已加入浙江省海洋装备产业联盟，并与多家企业共建实验室。")
    assert ("东海大学海洋技术学院", "memberOf", "浙江省海洋装备产业联盟") in got
    body = ("浙江岳辰控股集团有限公司是一家民营企业，总部位于宁波。岳辰智航是它的子公司。"
            "当天，岳辰智航还与北京航空航天大学签署了战略合作协议。此外，集团已于今年1月加入浙江省低空经济产业联盟。")
    got, _ = facts(body)
    assert ("浙江岳辰控股集团有限公司", "memberOf", "浙江省低空经济产业联盟") in got


def test_a_title_then_wei_and_a_name_at_a_clause_start():
    got, _ = facts("杭州衡远科技有限公司成立于2020年。总经理为温佳，副总经理是李明。")
    assert ("温佳", "worksFor", "杭州衡远科技有限公司") in got
    assert ("李明", "worksFor", "杭州衡远科技有限公司") in got
    assert _mentions("公司的总经理是一位老员工。") == {}


def test_english_an_institute_of_something_after_a_company_sharing_its_first_word():
    from test_extract import en_facts
    got, _ = en_facts("Zhongtai Zhisuan Technology builds data centres. \"They list the sectors,\" said Li Jing, "
                      "a researcher at the Zhongtai Institute of Economic Studies.")
    assert ("Li Jing", "worksFor", "Zhongtai Institute of Economic Studies") in got


def test_a_group_sharing_a_trade_name_is_another_company():
    got, _ = facts("宁波岚瑞电子化学品有限公司成立于2015年。岚瑞电子化学品是浙江岚瑞化工集团旗下子公司，主要生产电子级氢氟酸。")
    assert ("宁波岚瑞电子化学品有限公司", "parentOrganization", "浙江岚瑞化工集团") in got


def test_english_a_subsidiary_abroad_named_after_its_parent():
    from test_extract import en_facts
    got, _ = en_facts("Hangzhou Weavekit Co., Ltd. makes agent software. Weavekit raised money in June. "
                      "Weavekit has set up a Singapore subsidiary, Weavekit Pte. Ltd., to serve Southeast Asian customers.")
    assert ("Weavekit Pte. Ltd.", "parentOrganization", "Hangzhou Weavekit Co., Ltd.") in got


def test_a_trade_name_with_a_latin_word_is_a_product_and_gongsi_zizhu():
    got, _ = facts("苏州析岚生物科技有限公司成立于2021年。公司自主开发的析岚ProDesign蛋白质设计平台已服务多家药企。")
    assert ("苏州析岚生物科技有限公司", "develops", "析岚ProDesign") in got


def test_a_zone_after_a_district_found_by_its_context():
    ms = _mentions("铂岚增材位于西咸新区沣东新城，主要生产金属3D打印设备。")
    assert ms.get("沣东新城") == "Place"


def test_english_a_city_province_based_company_and_headquartered_with_an_office():
    from test_extract import en_facts
    got, _ = en_facts("Heyang Photonics Technology Co. makes lidar. The Jiaxing, Zhejiang-based company is offering shares.")
    assert ("Heyang Photonics Technology Co.", "location", "嘉兴") in got
    assert ("Heyang Photonics Technology Co.", "location", "浙江省") not in got
    got, _ = en_facts("Eastbridge Harbor Ventures is an early-stage investor. "
                      "Headquartered in Hangzhou, with an office in Singapore, the firm backs hardware.")
    assert ("Eastbridge Harbor Ventures", "location", "杭州") in got


def test_an_adverb_after_a_name_read_before_and_verbs_or_conjunctions_as_no_names():
    ms = _mentions("公司由孙浩然和李晴联合创办，孙浩然是哈尔滨工业大学的博士，李晴则毕业于哈尔滨工程大学。")
    assert "李晴则" not in ms and ms.get("李晴") == "Person"
    ms = _mentions("何振宇先生于2015年加入澜石资本，此前任合伙人，主导投资了杭州极序半导体有限公司、苏州微澜光电科技有限公司。")
    assert "主导" not in ms
    ms = _mentions("她最近在看的项目中，就有一家位于常州武进的微型伺服电机公司，以及一家由南京航空航天大学团队孵化的灵巧手企业。")
    assert "以及" not in ms


def test_english_a_carmaker_named_auto_joins_a_round():
    from test_extract import en_facts
    got, _ = en_facts("Kuolan Semiconductor raised 500 million yuan in a Series B round led by Sequoia China. "
                      "Carmaker Xinghai Auto joined as a strategic investor.")
    assert ("Xinghai Auto", "investedIn", "Kuolan Semiconductor") in got


def test_a_report_recommends_after_a_comma_and_this_plan_cited_as_a_basis_before():
    got, _ = facts("联盟发布了《浙江省智能视觉产业发展白皮书（2024）》。白皮书建议，未来三年全省应重点突破3D视觉、红外热成像和MEMS传感三大方向。")
    assert ("浙江省智能视觉产业发展白皮书(2024)", "prioritizes", "红外热成像") in got
    got, _ = facts("柯桥落实《柯桥区数字化改革攻坚三年行动计划（2023—2025年）》。该计划由柯桥区人民政府于今年3月印发。")
    assert ("柯桥区数字化改革攻坚三年行动计划(2023—2025年)", "publisher", "柯桥区人民政府") in got


def test_a_trade_name_said_as_a_person_is_said_is_the_company():
    body = ("2021年，他创办郑州衡川量子科技有限公司，公司设在郑州高新区。去年底，衡川发布了自研的原型机“衡川一号”。"
            "衡川的融资节奏不算快。2023年A轮由中原启航基金领投，几家本地机构跟投。")
    got, _ = facts(body)
    assert ("郑州衡川量子科技有限公司", "develops", "衡川一号") in got
    assert ("中原启航基金", "investedIn", "郑州衡川量子科技有限公司") in got
    assert not any(r == "worksFor" and s == "衡川" for s, r, o in got)


def test_a_funds_kind_and_a_verb_said_twice_is_no_company():
    body = ("本轮1.5亿元A轮融资由姑苏AI基金领投，朗瑞资本跟投。瀚川本轮3亿元B轮融资由昆山玉岭基金领投，姑苏AI基金参与投资。"
            "本轮2亿元A+轮融资由启元航空基金领投，姑苏AI基金跟投。")
    from kg.mentions import brand_names
    assert "基金领投" not in brand_names(body)


def test_a_partnership_after_an_adverb_and_a_couple_are_no_investor_names():
    ms = _mentions("周启明、陆曼夫妇合计持有朗屹控股100%的股权，同时通过员工持股平台苏州屹光企业管理合伙企业（有限合伙）间接持股。")
    assert ms.get("苏州屹光企业管理合伙企业（有限合伙）") == "Investor"
    assert not any("夫妇" in t for t in ms)


def test_member_units_one_name_a_line_under_their_role():
    body = ("杭州市机器人产业协会成立于2019年。\n\n附：杭州市机器人产业协会第二届理事会成员单位名单\n\n会长单位：\n\n杭州深岚智能科技有限公司\n\n"
            "副会长单位（按单位名称笔画排序）：\n\n杭州云梯数据科技有限公司\n\n杭州灵舟机器人有限公司\n\n监事长单位：杭州天岳律师事务所")
    got, _ = facts(body)
    for firm in ("杭州深岚智能科技有限公司", "杭州云梯数据科技有限公司", "杭州灵舟机器人有限公司"):
        assert (firm, "memberOf", "杭州市机器人产业协会") in got


def test_bodies_founding_with_a_count_and_english_later_rounds_and_jointly_established():
    got, _ = facts("新昌锐岳传动科技有限公司、新昌泰岭精密轴承有限公司是本地企业。"
                   "2023年，由新昌锐岳传动科技有限公司、新昌泰岭精密轴承有限公司等17家企业发起的新昌县机器人零部件产业联盟正式成立。")
    assert ("新昌县机器人零部件产业联盟", "founder", "新昌泰岭精密轴承有限公司") in got
    from test_extract import en_facts
    got, _ = en_facts("Hangzhou Xinlan Semiconductor Co., Ltd. designs AI chips. Its seed round came from Qiantang Angels. "
                      "Later rounds brought in Mingyue Ventures of Shenzhen.")
    assert ("Mingyue Ventures", "investedIn", "Hangzhou Xinlan Semiconductor Co., Ltd.") in got
    got, _ = en_facts("The Hefei Robotics Innovation Center, which was jointly established in 2024 by the University of "
                      "Science and Technology of China and Hefei Xingchuang Investment Group, will host the lab.")
    assert ("Hefei Robotics Innovation Center", "founder", "Hefei Xingchuang Investment Group") in got
    assert ("Hefei Robotics Innovation Center", "foundingDate", "2024") in got
