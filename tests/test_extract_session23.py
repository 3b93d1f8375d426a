"""The twenty-third session's readings: a government's general office (…人民政府办公厅) as one issuer, a
dated list a body publishes without quotes, another place's body of the same kind, named workstations of a
company, the units an institution sets up (下设…), funds managed or set up by a group, 上述联盟, investments
completed in a company (完成对其的投资) and rounds joined, the entity a paragraph introduces, tables and
entries under a list's caption, lists ranked with 在榜上, founding dates (自…成立以来, newly set-up
subsidiaries), English sentence ends inside Pte. Ltd., English institutions named "… for …", units and
sites in English, and names before academic titles or founding verbs. Sample text written for the tests
(names invented)."""
from __future__ import annotations

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from kg.sentences import split_sentences
from test_extract import en_facts, facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- issuers and lists ----------------

def test_a_governments_general_office_is_one_issuer():
    got, _ = facts("今年5月，浙江省人民政府办公厅印发《浙江省加快智能网联汽车产业发展行动方案》，重点发展车规级芯片。")
    doc = "浙江省加快智能网联汽车产业发展行动方案"
    assert (doc, "publisher", "浙江省人民政府办公厅") in got
    assert (doc, "publisher", "浙江省人民政府") not in got


def test_a_dated_list_a_body_publishes_without_quotes_is_named_whole():
    got, _ = facts("今年6月，浙江省经济和信息化厅公布2025年度浙江省智能工厂名单，绍兴澄越纺织科技有限公司等18家企业入选。")
    lst = "2025年度浙江省智能工厂名单"
    assert (lst, "publisher", "浙江省经济和信息化厅") in got
    assert (lst, "datePublished", "2025-06") in got
    assert ("绍兴澄越纺织科技有限公司", "memberOf", lst) in got


def test_another_places_body_of_the_same_kind_is_not_the_one_named_before():
    names = _names("宁波市科学技术协会主席吴文涛出席。")
    assert names.get("宁波市科学技术协会") == "Organization"
    _, res = facts("宁波市科学技术协会主席吴文涛出席。今年，浙江省科学技术协会发布了年度报告。")
    later = {m.text for s, ms in res.sentences if "浙江省" in s.text for m in ms}
    assert "浙江省科学技术协会" in later


def test_a_caption_names_the_list_its_table_holds():
    got, _ = facts("附件：2025年度丽水市科技型中小企业名单（节选）\n\n"
                   "| 序号 | 企业名称 | 所在地 |\n| --- | --- | --- |\n"
                   "| 1 | 丽水瓯青新材料有限公司 | 莲都区 |\n| 2 | 丽水云和木玩科技有限公司 | 云和县 |\n")
    lst = "2025年度丽水市科技型中小企业名单"
    assert ("丽水瓯青新材料有限公司", "memberOf", lst) in got
    assert ("丽水云和木玩科技有限公司", "memberOf", lst) in got


def test_entries_after_a_ranking_lead_in_belong_to_the_ranking_not_the_association():
    got, _ = facts("浙江省智能制造协会近日发布年度报告。报告形成《2025浙江工业软件创新企业TOP20》榜单。"
                   "部分上榜企业如下：\n\n"
                   "- **杭州栖川工业软件有限公司**（杭州市滨江区）：专注MES系统；\n"
                   "- **宁波澜岳数控科技有限公司**（宁波市鄞州区）：数控系统。\n")
    top = "2025浙江工业软件创新企业TOP20"
    assert ("杭州栖川工业软件有限公司", "memberOf", top) in got
    assert ("宁波澜岳数控科技有限公司", "memberOf", top) in got
    assert ("杭州栖川工业软件有限公司", "memberOf", "浙江省智能制造协会") not in got


def test_companies_said_to_be_on_a_quoted_list_named_just_before():
    got, _ = facts("杭州澜瞳视觉科技有限公司和宁波岳衡机器人有限公司都在去年成立。"
                   "与报告同时发布的还有“2025智能硬件新锐企业”榜单。其中，杭州澜瞳视觉科技有限公司、宁波岳衡机器人有限公司等均在榜上。")
    assert ("杭州澜瞳视觉科技有限公司", "memberOf", "2025智能硬件新锐企业") in got
    assert ("宁波岳衡机器人有限公司", "memberOf", "2025智能硬件新锐企业") in got


def test_a_back_reference_to_the_alliance_named_before():
    got, _ = facts("长三角工业互联网协同创新联盟成立于2022年。嘉兴澄岭数据科技有限公司总经理顾一舟说，公司去年加入上述联盟后，订单增长明显。")
    assert ("嘉兴澄岭数据科技有限公司", "memberOf", "长三角工业互联网协同创新联盟") in got
    assert not any(o == "上述联盟" for _, _, o in got)


# ---------------- units and parents ----------------

def test_a_companys_named_workstations_are_its_units_and_no_products():
    got, res = facts("台州澜峰新材料股份有限公司（澜峰新材）成立于2012年。"
                     "仪式上，市科协为“澜峰新材院士专家工作站”授牌，区领导为“澜峰新材博士后科研工作站”授牌。")
    units = {(c.subject.text, c.object.name) for c in res.claims if c.relation == "parentOrganization"}
    assert ("澜峰新材院士专家工作站", "台州澜峰新材料股份有限公司") in units      # (named as written, and in full)
    assert ("澜峰新材博士后科研工作站", "台州澜峰新材料股份有限公司") in units
    assert not any(r == "develops" and "工作站" in o for _, r, o in got)
    assert "各级院士专家工作站" not in _names("全区已建成各级院士专家工作站30家。")


def test_the_units_an_institute_sets_up_are_its_units():
    got, _ = facts("绍兴鉴湖智能制造研究院成立于2021年，下设精密加工研究中心、工业视觉研究中心等五个研究部门。")
    assert ("精密加工研究中心", "parentOrganization", "绍兴鉴湖智能制造研究院") in got
    assert ("工业视觉研究中心", "parentOrganization", "绍兴鉴湖智能制造研究院") in got


def test_a_fund_managed_or_set_up_by_a_group_belongs_to_it():
    got, _ = facts("该方案提出设立总规模50亿元的湖州绿色智造母基金，由湖州市产业投资发展集团有限公司作为其出资和管理主体。")
    assert ("湖州绿色智造母基金", "parentOrganization", "湖州市产业投资发展集团有限公司") in got
    got, _ = facts("衢州市新材料产业基金将以3亿元参股一家企业。该基金由衢州市国有资本运营有限公司出资设立并管理。")
    assert ("衢州市新材料产业基金", "parentOrganization", "衢州市国有资本运营有限公司") in got
    got, _ = en_facts("The Ningbo Marine Equipment Fund is managed by Ningbo Ocean Investment Group, a state-owned platform.")
    assert ("Ningbo Marine Equipment Fund", "parentOrganization", "Ningbo Ocean Investment Group") in got


def test_a_company_set_up_wholly_by_another_is_its_subsidiary():
    got, _ = facts("湖州澄星遥感科技有限公司将在园区设立研发中心。该公司由上海澄星航天科技有限公司全资设立。")
    assert ("湖州澄星遥感科技有限公司", "parentOrganization", "上海澄星航天科技有限公司") in got


def test_an_english_unit_named_after_its_possessive():
    got, _ = en_facts("Hangzhou Weilan Robotics Co., Ltd. (Weilan) listed in Hong Kong today. "
                      "Its logistics unit, Weilan Cargo, develops sorting robots.")
    assert ("Weilan Cargo", "parentOrganization", "Hangzhou Weilan Robotics Co., Ltd.") in got


# ---------------- investments ----------------

def test_investments_completed_in_a_company_and_rounds_joined():
    got, _ = facts("嘉兴澄芯微电子有限公司成立于2022年。嘉兴禾岳传感科技有限公司成立于2021年。"
                   "秀洲数字产业投资基金已完成对澄芯微电子的天使轮投资，并跟投了禾岳传感的A轮融资。")
    assert ("秀洲数字产业投资基金", "investedIn", "嘉兴澄芯微电子有限公司") in got
    assert ("秀洲数字产业投资基金", "investedIn", "嘉兴禾岳传感科技有限公司") in got
    got, _ = facts("今年2月，宁波澜川机器人有限公司入选市级名单；4月，宁波甬创产业母基金完成对其的数亿元投资。")
    assert ("宁波甬创产业母基金", "investedIn", "宁波澜川机器人有限公司") in got


def test_a_fund_named_with_a_place_the_tagger_reads_as_a_position_word():
    assert _names("背后站着前海澜湾基金的投资。").get("前海澜湾基金") == "Investor"


# ---------------- who and when ----------------

def test_the_company_a_paragraph_introduces_is_who_its_founder_line_means():
    got, _ = facts("杭州澜栈数据科技有限公司成立于2015年，创始人许文澄毕业于浙江大学。公司后来转向工业数据。"
                   "许文澄说，澜栈数据的客户遍布长三角。澜栈数据去年完成C轮融资。\n\n"
                   "嘉兴禾鸣机器人有限公司成立于2021年。创始人兼CEO沈若川博士毕业于哈尔滨工业大学。")
    assert ("嘉兴禾鸣机器人有限公司", "founder", "沈若川") in got
    assert ("杭州澜栈数据科技有限公司", "founder", "沈若川") not in got


def test_founding_dates_since_founded_and_of_newly_set_up_subsidiaries():
    got, _ = facts("杭州澄湖投资管理有限公司（澄湖资本）是一家早期投资机构。自2017年成立以来，我们已投资40余家企业。")
    assert ("杭州澄湖投资管理有限公司", "foundingDate", "2017") in got or ("澄湖资本", "foundingDate", "2017") in got
    got, _ = facts("公司旗下有宁波澜拓精密有限公司，以及2024年8月新设立的澜拓精密（越南）有限公司。")
    assert ("澜拓精密(越南)有限公司", "foundingDate", "2024-08") in got
    got, _ = facts("常州澜恒传动股份有限公司于2022年在泰国设立全资子公司澜恒传动（泰国）有限公司。")
    assert ("澜恒传动(泰国)有限公司", "foundingDate", "2022") in got


def test_names_before_an_academic_title_or_a_founding_verb():
    assert _names("郑启帆教授回国创业。").get("郑启帆") == "Person"
    assert "任特聘" not in _names("2020年回国加入西湖大学生命科学学院，任特聘研究员。")
    got, _ = facts("澄心医疗科技有限公司（澄心医疗）完成融资。澄心医疗由浙江大学医学院附属邵逸夫医院医生出身的周澄创立。")
    assert ("澄心医疗科技有限公司", "founder", "周澄") in got or ("澄心医疗", "founder", "周澄") in got


# ---------------- English ----------------

def test_a_singapore_legal_name_does_not_end_the_sentence():
    text = "It set up a Singapore subsidiary, Weilan Robotics International Pte. Ltd., in 2023. The unit sells abroad."
    sentences = [s.text for s in split_sentences(text)]
    assert len(sentences) == 2
    assert "Pte. Ltd., in 2023." in sentences[0]


def test_an_english_institution_named_for_what_it_does_is_one_name():
    got, _ = en_facts("Lin Wei, a senior fellow at the Qiantang Institute for Industrial Strategy, said demand was rising.")
    assert ("Lin Wei", "worksFor", "Qiantang Institute for Industrial Strategy") in got


def test_a_centre_led_by_a_person_and_former_staff_at_an_employer():
    got, _ = en_facts("The Center for Robot Safety, led by Dr. Gao Ming, developed SafeArm, a testing toolkit.")
    assert ("Gao Ming", "worksFor", "Center for Robot Safety") in got
    got, _ = en_facts("The startup was founded by Xu Lan and Zhou Bo, former researchers at Westlake University.")
    assert ("Xu Lan", "worksFor", "西湖大学") in got and ("Zhou Bo", "worksFor", "西湖大学") in got


def test_sites_a_company_operates_and_the_city_of_a_possessive_district():
    got, _ = en_facts("Hangzhou Qiyun Intelligent Technology Co. (Qiyun) listed today. "
                      "Qiyun also operates research centres in Shanghai and Shenzhen.")
    assert ("Hangzhou Qiyun Intelligent Technology Co.", "location", "上海") in got
    assert ("Hangzhou Qiyun Intelligent Technology Co.", "location", "深圳") in got
    got, _ = en_facts("Hangzhou Moyu Dynamics, which is based in Hangzhou's Yuhang District, raised money.")
    assert ("Hangzhou Moyu Dynamics", "location", "杭州") in got
    assert ("Hangzhou Moyu Dynamics", "location", "Yuhang District") in got


# ---------------- later in the session ----------------

def test_investors_named_only_by_their_place_in_a_round():
    got, _ = facts("嘉兴澄芯智能科技有限公司完成B轮融资，由长安资本领投、华岳投资跟投，老股东沧石投资继续超额跟投。")
    for inv in ("长安资本", "华岳投资", "沧石投资"):
        assert (inv, "investedIn", "嘉兴澄芯智能科技有限公司") in got
    got, _ = facts("嘉兴澄芯智能科技有限公司的投资方为浙大科创投资。")
    assert ("浙大科创投资", "investedIn", "嘉兴澄芯智能科技有限公司") in got


def test_a_round_that_came_from_investors():
    got, _ = facts("杭州念川智能科技有限公司成立于2022年。天使轮则来自云溪资本和西湖创投。")
    assert ("云溪资本", "investedIn", "杭州念川智能科技有限公司") in got
    assert ("西湖创投", "investedIn", "杭州念川智能科技有限公司") in got


def test_a_graduating_class_names_an_alumnus():
    got, _ = facts("由杭州电子科技大学网络空间安全学院2016届校友俞澄创办的公司入驻园区。")
    assert ("俞澄", "alumniOf", "杭州电子科技大学网络空间安全学院") in got
    assert ("俞澄", "alumniOf", "杭州电子科技大学") in got
    got, _ = facts("浙江工业大学举行校友大会。我校1998届校友吴澄栋捐赠1000万元。")
    assert ("吴澄栋", "alumniOf", "浙江工业大学") in got


def test_well_known_employers_and_universities_abroad_are_known():
    got, _ = facts("孙晓曾任中信证券股份有限公司投资银行部董事，后来在高盛香港做了三年投行。")
    assert ("孙晓", "worksFor", "中信证券") in got
    got, _ = en_facts("Zhu Wen received his PhD from ETH Zurich and an MBA from INSEAD.")
    assert ("Zhu Wen", "alumniOf", "苏黎世联邦理工学院") in got and ("Zhu Wen", "alumniOf", "欧洲工商管理学院") in got


def test_quoted_products_after_a_trade_name_or_a_product_slot():
    got, _ = facts("杭州镜川科技有限公司（镜川科技）成立于2019年。镜川科技的“镜川Air 2”上个月刚发售。")
    assert ("杭州镜川科技有限公司", "develops", "镜川Air 2") in got
    got, _ = facts("杭州栖岳新材料科技有限公司成立于2020年，主要产品为生物基可降解纤维“栖绒”。")
    assert ("杭州栖岳新材料科技有限公司", "develops", "栖绒") in got
    got, _ = facts("杭州澜芯传感科技有限公司成立于2021年。澜芯传感将出资设立“澜芯奖学金”。")
    assert not any(o == "澜芯奖学金" for _, r, o in got if r == "develops")


def test_english_products_named_after_a_making_verb_or_its_product():
    got, _ = en_facts("Fernbay Agritech (Fernbay) raised money. Fernbay makes Sprig, a farm-management app.")
    assert ("Fernbay Agritech", "develops", "Sprig") in got
    got, _ = en_facts("Inkwell AI was founded in 2021. Its product Inkwell Brief is used by more than 200 firms.")
    assert ("Inkwell AI", "develops", "Inkwell Brief") in got


def test_english_labs_named_with_their_owner_and_institutes_affiliated_with_one():
    got, _ = en_facts("Qianlan Technology's Foundation Models Lab released a new model.")
    assert ("Foundation Models Lab", "parentOrganization", "Qianlan Technology") in got
    got, _ = en_facts("The Wuxi Institute of Advanced Robotics, a research institute affiliated with Jiangnan University, opened.")
    assert ("Wuxi Institute of Advanced Robotics", "parentOrganization", "Jiangnan University") in got


def test_a_reports_published_by_line_and_a_lists_publicity_period():
    got, _ = en_facts("# Pearl River Delta Robotics Outlook 2025\n\n"
                      "Published by the Lingnan Institute for Industry Studies, March 3, 2025\n\nThe report covers 30 firms.")
    doc = "Pearl River Delta Robotics Outlook 2025"
    assert (doc, "publisher", "Lingnan Institute for Industry Studies") in got
    assert (doc, "datePublished", "2025-03-03") in got
    got, _ = facts("西溪云岭孵化器公布《西溪云岭孵化器2024年第二批入孵企业名单》。公示期为2024年7月2日至7月8日。")
    assert ("西溪云岭孵化器2024年第二批入孵企业名单", "datePublished", "2024-07-02") in got


def test_a_numbered_entry_heading_with_a_keycap_and_a_one_line_paragraph_introduce_companies():
    got, _ = facts("杭州有五家硬科技公司值得关注。杭州灵澜脑机科技有限公司是其中最早成立的。\n\n"
                   "5️⃣ 织岚科技\n\n西湖大学孵化的柔性电子公司，创始人李慕川同时还是西湖大学的特聘研究员。")
    assert ("织岚科技", "founder", "李慕川") in got
    got, _ = facts("东莞有五家机器人公司。东莞澜启协作机器人有限公司成立最早，创始人周启明。\n\n"
                   "小满具岚智能（东莞）有限公司是五家里最年轻的，2023年8月才成立。\n\n"
                   "创始人郝一川本科毕业于华南理工大学。")
    assert ("小满具岚智能(东莞)有限公司", "founder", "郝一川") in got
