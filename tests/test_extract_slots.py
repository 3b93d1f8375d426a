"""Names read from the slot they stand in, and the phrasings the twelfth session taught the extractor:
an unknown employer between 在/从/曾任 and what one does there, fund names with a compound suffix
(产业投资基金), kinds of product after a making verb (主要生产N型单晶硅片), founders listed with where
they work, work done after graduating, a place before 的 and a company. Sample text written for the
tests (names invented)."""
from __future__ import annotations

import pytest

from kg.lexicon import get_lexicon
from kg.mentions import recognise
from test_extract import facts


def _names(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---- employers named only by the slot they stand in ----

@pytest.mark.parametrize("body, person, employer", [
    ("聂云帆此前在岚舟无人机负责导航算法。", "聂云帆", "岚舟无人机"),
    ("宋铭曾任青梧游戏主策划。", "宋铭", "青梧游戏"),
    ("严可欣毕业后进入杭州的澄观咨询工作。", "严可欣", "澄观咨询"),
    ("2012年到2017年，贺川在Voxa负责雷达感知。", "贺川", "Voxa"),
])
def test_an_unknown_employer_between_a_work_verb_and_the_work(body, person, employer):
    got, _ = facts(body)
    assert (person, "worksFor", employer) in got


def test_an_employer_after_its_city_keeps_the_city_and_is_known_without_it():
    _, res = facts("溯光智驾从深圳栖岚智行挖来了副总裁蒋雯。")
    m = next(m for _, ms in res.sentences for m in ms if m.text == "深圳栖岚智行")
    assert m.type == "Company" and "栖岚智行" in m.aliases


@pytest.mark.parametrize("text", ["他现在在这里工作了十年。", "她在研发部门负责算法。", "王强在产品上线后负责运营。",
                                  "李明在杭州工作。", "他在公司担任CTO。", "赵宁从事控制工程教学工作。"])
def test_everyday_words_in_the_slot_name_no_employer(text):
    assert not any(t in ("Company", "Organization") for t in _names(text).values())


def test_a_workplace_is_no_founder_nor_the_topic():
    body = ("杭州启砚科技有限公司成立于2021年。另一位联合创始人孟川曾在江城光通信担任研发总监，负责量产导入。")
    got, _ = facts(body)
    assert ("孟川", "worksFor", "江城光通信") in got
    assert ("江城光通信", "founder", "孟川") not in got
    assert ("杭州启砚科技有限公司", "founder", "孟川") in got


def test_an_english_title_before_a_name_ends_at_a_time_word():
    got, _ = facts("COO林苗以前在苏州澄川精工做了八年供应链管理。")
    assert ("林苗", "worksFor", "苏州澄川精工") in got


# ---- funds with a compound suffix ----

@pytest.mark.parametrize("text, name", [
    ("星曜光电获得钱塘科创投资基金领投的5000万元天使轮融资。", "钱塘科创投资基金"),
    ("由华岭智联产业投资基金领投。", "华岭智联产业投资基金"),
    ("2022年引入天府产业基金作为战略投资者。", "天府产业基金"),
])
def test_a_fund_named_with_a_compound_suffix_is_one_investor(text, name):
    assert _names(text).get(name) == "Investor"


@pytest.mark.parametrize("text", ["她之前在一家半导体产业基金做了八年投资。", "地方政府引导基金的支持很重要。"])
def test_a_kind_of_fund_is_no_investor(text):
    assert "Investor" not in _names(text).values()


def test_a_fund_before_its_partnership_form_keeps_the_form():
    names = _names("2023年C轮引入辽宁辽海产业投资基金合伙企业（有限合伙）领投。")
    assert names.get("辽宁辽海产业投资基金合伙企业（有限合伙）") == "Investor"


# ---- kinds of product after a making verb ----

@pytest.mark.parametrize("body, maker, products", [
    ("宁波拓衡精密机械有限公司主要研发和生产谐波减速器和RV减速器。", "宁波拓衡精密机械有限公司", ["谐波减速器", "RV减速器"]),
    ("合肥清芮材料科技有限公司主要产品包括钠电正极材料和固态电解质薄膜。", "合肥清芮材料科技有限公司", ["固态电解质薄膜"]),
    ("成都澄锐催化科技有限公司主攻船舶尾气处理用的低钒催化剂。", "成都澄锐催化科技有限公司", ["低钒催化剂"]),
    ("武汉锐视传感科技有限公司研发的柔性压力传感器已批量供货。", "武汉锐视传感科技有限公司", ["柔性压力传感器"]),
])
def test_a_kind_of_product_after_a_making_verb(body, maker, products):
    got, _ = facts(body)
    for p in products:
        assert (maker, "develops", p) in got


@pytest.mark.parametrize("body", ["支持企业研发双足、轮式人形机器人。", "每年发布一次制造业大模型应用白皮书。"])
def test_a_policy_backing_a_kind_or_an_industry_word_is_no_product(body):
    _, res = facts(body)
    assert not any(m.source == "kind" for _, ms in res.sentences for m in ms)


def test_a_listed_modifier_does_not_make_products_of_its_parts():
    _, res = facts("瑞川智能主攻集成电机、减速器和编码器的一体化关节模组。")
    kinds = {m.text for _, ms in res.sentences for m in ms if m.source == "kind"}
    assert kinds == {"一体化关节模组"}


def test_a_descriptor_before_a_quoted_product_is_no_company():
    got, _ = facts("瓷鹿智造科技有限公司成立于2020年。该公司研发的喷涂机器人“釉灵一号”已投入使用。")
    assert ("瓷鹿智造科技有限公司", "develops", "釉灵一号") in got
    assert not any(s == "喷涂机器人" for s, _, _ in got)


# ---- founders with where they work; work done after graduating ----

def test_a_founder_and_a_colleague_described_by_their_employer():
    got, _ = facts("姜一帆与浙大同窗罗晓一起创立了杭州澄湖微感科技有限公司。")
    assert ("杭州澄湖微感科技有限公司", "founder", "姜一帆") in got
    assert ("杭州澄湖微感科技有限公司", "founder", "罗晓") in got


def test_a_person_then_founded_the_company():
    got, _ = facts("嘉兴澜越智能传感科技有限公司董事长章建明毕业于电子科技大学，2015年创办公司。")
    assert ("嘉兴澜越智能传感科技有限公司", "founder", "章建明") in got


@pytest.mark.parametrize("body, person, employer", [
    ("郑舟成立了云岭智算科技有限公司。郑舟博士毕业后在深圳翼星科技工作了三年。", "郑舟", "深圳翼星科技"),
    ("凌霄是岚图研究院的首席科学家。凌霄曾在英特尔硅光子部门工作七年。", "凌霄", "英特尔"),
    ("韩雨是光启研究院的研究员。韩雨毕业后进入武汉楚晶光电研究院，从事衍射光学研究。", "韩雨", "武汉楚晶光电研究院"),
])
def test_work_done_after_graduating_or_in_a_department(body, person, employer):
    got, _ = facts(body)
    assert (person, "worksFor", employer) in got


# ---- a place before 的 and a company ----

@pytest.mark.parametrize("body, org, place", [
    ("萧山区的杭州栖云智能家居有限公司自主开发了全屋智能系统。", "杭州栖云智能家居有限公司", "萧山区"),
    ("此外，余杭区的杭州港联封测科技有限公司也于年内加入联盟。", "杭州港联封测科技有限公司", "余杭区"),
])
def test_a_place_before_de_and_a_company(body, org, place):
    got, _ = facts(body)
    assert (org, "location", place) in got


def test_headquarters_in_a_place_de_company_is_that_company_s():
    body = "重庆翼川科技有限公司成立于2019年。总部在璧山区的重庆云隼无人机有限公司，主要生产物流无人机。"
    got, _ = facts(body)
    assert ("重庆云隼无人机有限公司", "location", "璧山区") in got
    assert ("重庆翼川科技有限公司", "location", "璧山区") not in got


# ---- investors of the article's company; a subsidiary set up abroad ----

@pytest.mark.parametrize("body, investor, company", [
    ("栖川机器人成立于2021年。园岭创投追加投资。", "园岭创投", "栖川机器人"),
    ("麟川智能成立于2021年。2022年底拿了紫峰创投的天使轮。", "紫峰创投", "麟川智能"),
    ("墨语智能成立于2020年。公司早期由奇点远航基金投资。", "奇点远航基金", "墨语智能"),
    ("锂川新能成立于2019年。宁波的甬川产业基金还参与了2023年的定增。", "甬川产业基金", "锂川新能"),
    ("澈川科技成立于2020年。锦城创新天使基金投出了第一笔3000万元。", "锦城创新天使基金", "澈川科技"),
])
def test_an_investor_of_the_article_s_company(body, investor, company):
    got, _ = facts(body)
    assert (investor, "investedIn", company) in got


def test_an_investor_paying_into_another_company_is_not_the_topic_s():
    got, _ = facts("量川科技成立于2020年。庐阳天使基金向蓝川储能科技有限公司投出了第一笔钱。")
    assert ("庐阳天使基金", "investedIn", "蓝川储能科技有限公司") in got
    assert ("蓝川储能科技有限公司", "investedIn", "量川科技") not in got


def test_we_set_up_a_company_abroad():
    got, _ = facts("江西锂澜新能源科技股份有限公司成立于2015年。我们又在泰国罗勇府设立了锂澜新能源（泰国）有限公司。")
    assert ("锂澜新能源(泰国)有限公司", "parentOrganization", "江西锂澜新能源科技股份有限公司") in got


# ---- English employers named by their slot ----

@pytest.mark.parametrize("body, person, employer", [
    ("Emily Zhao is a senior editor at Northwind Signal Media.", "Emily Zhao", "Northwind Signal Media"),
    ("Ma Lin was formerly a senior engineer at Cadenza.", "Ma Lin", "Cadenza"),
    ("Ruan Jie, who ran the speech group at smartphone maker Oulan Mobile, leads the team.", "Ruan Jie", "Oulan Mobile"),
])
def test_an_english_employer_named_by_its_slot(body, person, employer):
    got, _ = facts(body)
    assert (person, "worksFor", employer) in got


def test_an_association_joined_is_no_employer():
    _, res = facts("Zhiheng Photonics joined the Zhejiang Optoelectronics Industry Association in 2019.")
    assert not any(m.workplace for _, ms in res.sentences for m in ms)


def test_an_acronym_in_the_slot_waits_for_its_definition():
    _, res = facts("Liang Qiu is a professor at SCUT. She joined South China University of Technology (SCUT) in 2015.")
    assert not any(m.text == "SCUT" and m.type == "Company" for _, ms in res.sentences for m in ms)


# ---- English places the lexicon does not list, and a company in its city ----

@pytest.mark.parametrize("body, org, place", [
    ("The chips are made by Xinlan Semiconductor in Wuxi.", "Xinlan Semiconductor", "无锡"),
    ("Jiangnan Fluid Systems of Shaoxing supplies the valves.", "Jiangnan Fluid Systems", "绍兴"),
    ("Loomfield Robotics, a Pittsburgh warehouse-automation start-up, raised money.", "Loomfield Robotics", "Pittsburgh"),
    ("Nordvik Energy was founded in 2014 in Bergen.", "Nordvik Energy", "Bergen"),
    ("Lingshan Robotics Europe GmbH, registered in Düsseldorf in 2022, sells robots.", "Lingshan Robotics Europe GmbH", "Düsseldorf"),
])
def test_an_english_company_and_its_place(body, org, place):
    got, _ = facts(body)
    assert (org, "location", place) in got


def test_a_country_inside_a_longer_name_with_its_acronym_is_no_location():
    got, res = facts("Shi Wen, a former engineer at the Commercial Aircraft Corporation of China (COMAC), said so.")
    assert not any(r == "location" for _, r, _ in got)
    assert not any(m.type == "Place" and m.text == "June" for _, ms in res.sentences for m in ms)


def test_months_after_in_are_no_places():
    _, res = facts("He was based in June at the lab and registered in March.")
    assert not any(m.type == "Place" for _, ms in res.sentences for m in ms)


# ---- English investors of the article's company ----

@pytest.mark.parametrize("body, investor, company", [
    ("Lightmere Photonics makes lasers. It raised 50 million yuan in a Series A. Changjiang Xinyue Capital led the round.",
     "Changjiang Xinyue Capital", "Lightmere Photonics"),
    ("Qingshan Vision counts Yangtze Crest Capital as its largest outside shareholder.", "Yangtze Crest Capital", "Qingshan Vision"),
    ("Longjiang Heat Shield raised money from Songhua Venture Partners.", "Songhua Venture Partners", "Longjiang Heat Shield"),
    ("Zhiyao Photonics makes lenses. Zhejiang University Holding Group took an early stake.",
     "Zhejiang University Holding Group", "Zhiyao Photonics"),
])
def test_an_english_investor_of_the_article_s_company(body, investor, company):
    got, _ = facts(body)
    assert (investor, "investedIn", company) in got


def test_a_series_letter_ends_a_sentence():
    _, res = facts("It raised 50 million yuan in a Series A. Changjiang Xinyue Capital led the round.")
    assert len(res.sentences) == 2


# ---- English products named by their slot ----

@pytest.mark.parametrize("body, maker, product", [
    ("Hanshan Drive makes reducers. Its HS-PRS series is already qualified at two automakers.", "Hanshan Drive", "HS-PRS"),
    ("Zhenyu Power makes batteries. Its Aurora sodium-ion cell entered mass production in March.", "Zhenyu Power", "Aurora"),
    ("Moxi Intelligence makes chatbots. Moxi Intelligence also sells Quillpad, a coding assistant.", "Moxi Intelligence", "Quillpad"),
    ("Haiyun Robotics cleans hulls. Its flagship product, the Haiyun Ray, is a magnetic-crawler robot.", "Haiyun Robotics", "Haiyun Ray"),
])
def test_an_english_product_named_by_its_slot(body, maker, product):
    got, _ = facts(body)
    assert (maker, "develops", product) in got


@pytest.mark.parametrize("text", ["Heyan Medical builds AI software for hospitals.", "Its CEO Wang Lei spoke.", "Its Shenzhen office opened."])
def test_an_acronym_a_title_or_a_place_in_the_slot_is_no_product(text):
    _, res = facts(text)
    assert not any(m.type in ("Product", "AIModel") for _, ms in res.sentences for m in ms)


# ---- the founding date read with the founder ----

@pytest.mark.parametrize("body, org, date", [
    ("星澜微电子由复旦大学微电子学院校友郁文涛于2015年创立。", "星澜微电子", "2015"),
    ("芯瞳光电科技有限公司是一家激光雷达企业。2019年由华中科技大学光学与电子信息学院博士周启航创办。", "芯瞳光电科技有限公司", "2019"),
    ("Qu Zhenyang is a materials scientist. In 1993, together with HIT, he founded Harbin Beishan Advanced Ceramics Co., Ltd.",
     "Harbin Beishan Advanced Ceramics Co., Ltd.", "1993"),
])
def test_the_founding_date_in_the_founder_s_clause(body, org, date):
    got, _ = facts(body)
    assert (org, "foundingDate", date) in got


def test_a_date_in_another_clause_is_not_the_founding_date():
    got, _ = facts("澜川科技有限公司由王立于2018年创办，2021年完成B轮融资。")
    assert ("澜川科技有限公司", "foundingDate", "2018") in got
    assert ("澜川科技有限公司", "foundingDate", "2021") not in got


# ---- honour lists a company is put on ----

@pytest.mark.parametrize("body, org, group", [
    ("苏州芯岭微电子股份有限公司成立于2015年。公司入选工业和信息化部第五批专精特新“小巨人”企业名单。",
     "苏州芯岭微电子股份有限公司", "工业和信息化部第五批专精特新“小巨人”企业名单"),
    ("犀川科技入选杭州市准独角兽企业名单。", "犀川科技", "杭州市准独角兽企业名单"),
])
def test_a_company_on_an_honour_list(body, org, group):
    got, _ = facts(body)
    assert (org, "memberOf", group) in got


def test_the_list_without_its_issuer_is_another_name_of_it():
    _, res = facts("公司入选工业和信息化部第五批专精特新“小巨人”企业名单。")
    m = next(m for _, ms in res.sentences for m in ms if m.type == "Group")
    assert "第五批专精特新“小巨人”企业名单" in m.aliases


@pytest.mark.parametrize("text", ["申报单位近三年未被列入严重失信主体名单。", "对列入名单的示范企业给予支持。"])
def test_a_list_not_joined_or_only_described_is_no_group(text):
    assert "Group" not in _names(text).values()


# ---- fields counted after their list ----

def test_fields_a_plan_strengthens_counted_after_the_list():
    got, _ = facts("《武昌区具身智能产业创新发展三年行动方案（2025—2027年）》提出做强整机，同时夯实核心零部件和具身智能大模型两大支撑领域。")
    pol = "武昌区具身智能产业创新发展三年行动方案(2025—2027年)"
    assert (pol, "prioritizes", "核心零部件") in got and (pol, "prioritizes", "具身智能大模型") in got


def test_support_measures_in_aspects_are_no_fields():
    got, _ = facts("《临江区关于公布省级创新中心名单的通知》要求在项目申报、人才引进、用地保障等方面给予倾斜支持。")
    assert not any(r == "prioritizes" for _, r, _ in got)


# ---- degrees and graduation said other ways ----

@pytest.mark.parametrize("body, person, school", [
    ("蒋以航是主任。后在东南大学获得电磁场与微波技术专业博士学位。", "蒋以航", "东南大学"),
    ("蒋一鸣是CEO，南京大学计算机系毕业。", "蒋一鸣", "南京大学计算机系"),
    ("栖川资本合伙人邬晨曦则出身浙江大学。", "邬晨曦", "浙江大学"),
])
def test_a_degree_or_graduation_said_another_way(body, person, school):
    got, _ = facts(body)
    assert (person, "alumniOf", school) in got


@pytest.mark.parametrize("body, investor, company", [
    ("正川数智完成首轮外部融资，瓯江创投和浙南产业基金共同投资3000万元。", "浙南产业基金", "正川数智"),
    ("南京知行智巧科技有限公司的股东则包括紫峰创投和钟岭资本。", "钟岭资本", "南京知行智巧科技有限公司"),
])
def test_investors_that_invested_jointly_or_hold_shares(body, investor, company):
    got, _ = facts(body)
    assert (investor, "investedIn", company) in got


@pytest.mark.parametrize("body, org, place", [
    ("在包河区，合肥璞川医疗机器人有限公司的展厅里摆着一台机械臂。", "合肥璞川医疗机器人有限公司", "包河区"),
    ("排在第二位的是长沙的湘川智驾科技有限公司。", "湘川智驾科技有限公司", "长沙"),
    ("温州正川数智科技有限公司成立于2022年，办公地点选在温州高新区。", "温州正川数智科技有限公司", "温州高新区"),
])
def test_a_company_placed_by_a_leading_place_or_its_office(body, org, place):
    got, _ = facts(body)
    assert any(s.endswith(org) and r == "location" and o == place for s, r, o in got)


@pytest.mark.parametrize("body, org, founders", [
    ("中原智能装备创新中心成立于2024年。该中心由郑州大学牵头，联合豫川未来机器人有限公司等单位共建。",
     "中原智能装备创新中心", ["郑州大学", "豫川未来机器人有限公司"]),
    ("武汉光晟科技有限公司由程立新与他指导的博士生夏安共同发起。", "武汉光晟科技有限公司", ["程立新", "夏安"]),
    ("沈阳市智能装备产业协会由沈阳新川机器人股份有限公司等十余家企业和东北大学等高校共同发起。",
     "沈阳市智能装备产业协会", ["沈阳新川机器人股份有限公司", "东北大学"]),
])
def test_founders_led_joined_or_listed_with_a_count(body, org, founders):
    got, _ = facts(body)
    for f in founders:
        assert (org, "founder", f) in got


@pytest.mark.parametrize("text, name", [
    ("栖岚知行智能科技有限公司成立于2021年。", "栖岚知行智能科技有限公司"),
    ("渝睿智能科技股份有限公司成立于2021年。", "渝睿智能科技股份有限公司"),
    ("第二大股东沈阳辽海产业投资有限公司持股9.8%。", "沈阳辽海产业投资有限公司"),
])
def test_a_legal_name_opening_a_clause_keeps_the_trade_name_the_tagger_split(text, name):
    assert name in _names(text)


def test_a_person_hired_as_a_title_works_there():
    got, _ = facts("湘岳研究院成立于2021年。研究院还聘请湖南大学原教授聂崇明为特聘首席科学家。")
    assert ("聂崇明", "worksFor", "湘岳研究院") in got


def test_a_chief_officer_title_of_another_kind():
    got, _ = facts("栖岚知行智能科技有限公司成立于2021年。沈一凡担任首席硬件官。")
    assert ("沈一凡", "worksFor", "栖岚知行智能科技有限公司") in got


def test_a_company_certified_by_a_ministry_is_on_its_list():
    got, _ = facts("杭州澄岭智能科技股份有限公司于2023年被工信部认定为第三批专精特新“小巨人”企业。")
    assert ("杭州澄岭智能科技股份有限公司", "memberOf", "第三批专精特新“小巨人”企业") in got


@pytest.mark.parametrize("body, child, parent", [
    ("杭州云岭算力科技有限公司成立于2022年，该公司为市属国企杭州数川产业集团有限公司的全资子公司。",
     "杭州云岭算力科技有限公司", "杭州数川产业集团有限公司"),
    ("桐庐恒川输送设备有限公司成立于2010年，2022年被浙江快羽智能装备有限公司收购后成为其控股子公司。",
     "桐庐恒川输送设备有限公司", "浙江快羽智能装备有限公司"),
])
def test_a_subsidiary_of_a_described_owner_or_by_acquisition(body, child, parent):
    got, _ = facts(body)
    assert (child, "parentOrganization", parent) in got


def test_a_fund_of_funds_and_the_companies_it_has_invested_in():
    got, _ = facts("杭州智岭产业母基金已投资深川智能、衡岭科技等17家人工智能企业。")
    assert ("杭州智岭产业母基金", "investedIn", "深川智能") in got
    assert ("杭州智岭产业母基金", "investedIn", "衡岭科技") in got


def test_a_round_that_was_led_by_an_investor():
    got, _ = facts("灵川动力科技有限公司成立于2019年。公司的B轮是钱塘资本领投的。")
    assert ("钱塘资本", "investedIn", "灵川动力科技有限公司") in got
