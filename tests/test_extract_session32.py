"""The thirty-second session's readings: a generic table heading (部分入选企业名单（…）) stands for the list
the article names (…企业榜); companies listed after a ranking are on the ranking, not on the association
that compiled it; a prospectus's subsidiary table after 拥有N家全资子公司…及N家参股公司，具体情况如下; a quoted
product after 系列 and 轨道式及轮式; a quoted name that begins with the trade name (“微澜推理引擎”); a former
employer (此前在X负责…) leaves the founder's titled post; 在X做…; sites set up in a place (在深圳市南山区设了一个
办公室, not 正在考虑); 成立当年; 中学; 核心产品——“X”; 老罗（罗致远）; 储能电芯 no trade name; 生产X的Y; a trade name
before 最初; X在Y的工厂; 重点支持三个方向。一是…; 基金…投向了X; X控股（集团）有限公司; a byline (*X | Y合伙人*) names
the 我 of a blog; 在A和B也设立了; 发起并管理; 在…科做; a stake under half (持有X 10%的股份) is no parent. English:
earlier backers with relative clauses, expand its research centre in, a fund which is (to be) managed by, Capital
Group, keep its headquarters in, owns 12% of, founded … by X and headquartered in, best known for, X's toolkit, Name,.
Sample text written for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from kg.dates import find_dates
from test_extract import en_facts, facts


def test_a_generic_table_heading_stands_for_the_ranking_the_article_names():
    got, _ = facts("# 《2025宁波未来独角兽潜力企业榜》发布\n\n"
                   "5月8日，宁波市创业投资协会发布《2025宁波未来独角兽潜力企业榜》，共40家企业入选。\n\n"
                   "## 部分入选企业名单（按所在区排列，排名不分先后）\n\n"
                   "| 序号 | 企业名称 | 所在区 |\n| --- | --- | --- |\n"
                   "| 1 | 宁波澄光智能科技有限公司 | 鄞州区 |\n| 2 | 宁波岳川半导体有限公司 | 北仑区 |\n")
    assert ("宁波澄光智能科技有限公司", "memberOf", "2025宁波未来独角兽潜力企业榜") in got
    assert ("宁波岳川半导体有限公司", "memberOf", "2025宁波未来独角兽潜力企业榜") in got
    assert not any(o == "部分入选企业名单" for _, r, o in got)


def test_companies_listed_after_a_ranking_are_on_it_not_on_the_association():
    got, _ = facts("4月9日，浙江省数字产业联合会（以下简称“联合会”）举行年会，揭晓了“2025浙江数字经济潜力企业30强”榜单。"
                   "联合会目前拥有会员单位200余家。\n\n"
                   "本次“2025浙江数字经济潜力企业30强”榜单由联合会组织评审。上榜企业中，硬件企业占到9席。"
                   "杭州云岭智能科技有限公司、宁波汇衡机器人有限公司等企业入选。")
    assert ("杭州云岭智能科技有限公司", "memberOf", "2025浙江数字经济潜力企业30强") in got
    assert ("宁波汇衡机器人有限公司", "memberOf", "2025浙江数字经济潜力企业30强") in got
    assert ("杭州云岭智能科技有限公司", "memberOf", "浙江省数字产业联合会") not in got


def test_a_prospectus_subsidiary_table_after_a_lead_that_counts_kinds_of_holding():
    got, _ = facts("杭州岳衡机器人股份有限公司（以下简称“公司”）主要从事巡检机器人的研发。\n\n"
                   "## 五、发行人控股子公司及参股公司情况\n\n"
                   "截至本招股说明书签署日，公司拥有2家全资子公司及1家参股公司，具体情况如下：\n\n"
                   "| 序号 | 公司名称 | 注册地 | 持股比例 |\n| --- | --- | --- | --- |\n"
                   "| 1 | 杭州岳衡智能装备有限公司 | 杭州市余杭区 | 100% |\n"
                   "| 2 | 上海岳衡机器人科技有限公司 | 上海市闵行区 | 100% |\n"
                   "| 3 | 合肥光岳视觉科技有限公司 | 合肥市高新区 | 20% |\n")
    assert ("杭州岳衡智能装备有限公司", "parentOrganization", "杭州岳衡机器人股份有限公司") in got
    assert ("上海岳衡机器人科技有限公司", "parentOrganization", "杭州岳衡机器人股份有限公司") in got
    assert ("杭州岳衡机器人股份有限公司", "investedIn", "合肥光岳视觉科技有限公司") in got
    assert ("合肥光岳视觉科技有限公司", "parentOrganization", "杭州岳衡机器人股份有限公司") not in got


def test_a_quoted_series_before_a_descriptor_with_two_kinds_joined_by_ji():
    got, _ = facts("杭州岳衡机器人有限公司成立于2016年。"
                   "公司主要产品包括“岳豹”系列四足机器人和“岳巡”系列轨道式及轮式工业巡检机器人。")
    assert ("杭州岳衡机器人有限公司", "develops", "岳巡") in got
    assert ("杭州岳衡机器人有限公司", "develops", "岳豹") in got


def test_a_quoted_product_named_after_the_trade_name_and_a_founders_former_employer():
    got, _ = facts("杭州澜算智能科技有限公司（澜算智能）宣布完成A轮融资。"
                   "公司位于杭州市滨江区，主要产品为面向大模型推理场景的“澜算推理引擎”。"
                   "创始人兼CEO周一航此前在网易杭州研究院负责分布式系统。")
    assert ("杭州澜算智能科技有限公司", "develops", "澜算推理引擎") in got
    assert ("周一航", "worksFor", "杭州澜算智能科技有限公司") in got
    assert ("周一航", "worksFor", "网易杭州研究院") in got


def test_a_present_post_is_no_former_one_and_a_defined_english_short_name_is_no_product():
    got, _ = facts("杭州校友会成立大会召开。陈晓峰当选秘书长，他目前任职于之江实验室。")
    assert ("陈晓峰", "worksFor", "之江实验室") in got
    assert ("陈晓峰", "worksFor", "杭州校友会") not in got
    got, _ = en_facts('HANGZHOU — Hangzhou Yunqi Robotics Co., Ltd. ("Yunqi Robotics"), a maker of quadrupeds, '
                      'said on Monday that Yunqi Robotics had raised new funding.')
    assert not any(r == "develops" and o == "Yunqi Robotics" for _, r, o in got)


def test_worked_at_a_company_doing_something_and_a_site_set_up_in_a_place():
    got, _ = facts("邵宁当时在网易做游戏引擎，已经做了五年。")
    assert ("邵宁", "worksFor", "网易") in got
    got, _ = facts("星澜科技2023年在合肥建设了第二工厂。")
    assert ("星澜科技", "location", "合肥") in got
    got, _ = facts("衡策智能正在考虑在上海设立一个销售中心，但尚未敲定。")
    assert ("衡策智能", "location", "上海") not in got
    got, _ = facts("恒亿能源在杭州设立了研究院——杭州恒亿电化学研究院有限公司，作为其全资子公司。")
    assert ("恒亿能源", "location", "杭州") not in got
    assert ("杭州恒亿电化学研究院有限公司", "location", "杭州") in got


def test_the_year_a_company_was_founded_in_is_no_date_the_text_gives():
    text = "公司成立当年，拱宸资本投了天使轮；2021年他回到杭州，当年就拿到了订单。"
    ds = {d.start: d.value for d in find_dates(text, None, last_year=2021)}
    assert ds.get(text.index("当年")) is None                 # 成立当年: the founding year itself
    assert ds[text.rindex("当年")] == "2021"                   # 当年就…: that year, the one named before


def test_a_high_school_and_a_flagship_product_after_a_dash():
    got, _ = facts("1989年出生的陆子明是湖北黄冈人，高中就读于湖北省黄冈中学，后来考入华中科技大学。"
                   "2023年3月，他在滨江注册了杭州栈云智能科技有限公司。"
                   "这个项目后来被打磨成公司的核心产品——“栈云Agent平台”。")
    assert ("陆子明", "alumniOf", "湖北省黄冈中学") in got
    assert ("杭州栈云智能科技有限公司", "develops", "栈云Agent平台") in got
    got, _ = facts("他中学时代就喜欢编程，她在中学教书。")
    assert not any(r == "alumniOf" for _, r, _o in got)


def test_a_full_name_in_brackets_after_a_nickname_of_the_surname_and_a_byline():
    got, _ = facts("# 我的年终复盘\n\n*沈一鸣 | 澄溪资本合伙人*\n\n"
                   "有读者问我为什么还留在澄溪资本。老实讲，2015年老罗（罗致平）创办澄溪资本的时候，团队只有四个人。"
                   "在那之前，我在浙大读完管理学硕士。")
    assert ("澄溪资本", "founder", "罗致平") in got
    assert ("沈一鸣", "alumniOf", "浙江大学") in got          # 我: the author the byline names
    assert ("罗致平", "alumniOf", "浙江大学") not in got


def test_an_industry_word_is_no_trade_name_before_what_a_company_makes():
    got, _ = facts("这里是缙云锂衡储能科技有限公司的一期工厂，今年第一条储能电芯产线将投产。\n\n"
                   "锂衡新能源成立于2018年，主攻磷酸铁锂储能电芯和工商业储能系统，"
                   "其“磐岩”系列储能柜已投入运行。\n\n项目全部达产后可形成20GWh储能电芯年产能。")
    assert not any(s == "储能电芯" for s, _r, _o in got)
    assert ("锂衡新能源", "develops", "磷酸铁锂储能电芯") in got
    assert ("锂衡新能源", "develops", "工商业储能系统") in got


def test_the_maker_named_after_what_it_makes_with_its_city():
    got, res = facts("龙头一落地，专做电池结构件的宁波恒岳精密已在壶镇租下两栋厂房，生产BMS电池管理系统的杭州芯澜电子也在洽谈。")
    assert ("恒岳精密", "develops", "电池结构件") in got
    assert ("芯澜电子", "develops", "BMS电池管理系统") in got
    firm = next(c.subject for c in res.claims if c.subject.name == "恒岳精密")
    assert "宁波恒岳精密" in firm.aliases       # the name as the text writes it, city and all


def test_a_trade_name_before_zui_chu_and_a_site_of_its_own_in_a_place():
    got, _ = facts("杭州云鹞智能科技有限公司的路线更软。云鹞成立于2019年。"
                   "云鹞最初做的是电网巡检，主打产品“鹞眼”系列巡检无人机。")
    assert ("杭州云鹞智能科技有限公司", "develops", "鹞眼") in got
    assert ("杭州云鹞智能科技有限公司", "foundingDate", "2019") in got
    got, _ = facts("深圳翼岭科技有限公司成立于2015年。今年初，翼岭在东莞松山湖的整机工厂正式投产。")
    assert ("深圳翼岭科技有限公司", "location", "松山湖") in got


def test_an_announced_enumeration_of_directions_in_the_next_sentence():
    got, _ = facts("记者：《合肥市促进具身智能产业发展若干政策》的重点是什么？\n\n"
                   "刘敏：《若干政策》共18条，重点支持三个方向。一是人形机器人整机研发与量产，对整机企业给予奖励；"
                   "二是伺服电机、精密减速器、灵巧手等核心零部件攻关；三是具身智能大模型与训练数据集建设。")
    pol = "合肥市促进具身智能产业发展若干政策"
    for field in ("人形机器人", "核心零部件", "具身智能大模型"):
        assert (pol, "prioritizes", field) in got
    assert (pol, "prioritizes", "量产") not in got
    assert (pol, "prioritizes", "伺服电机") not in got
    got, _ = facts("去年我们出台了《蒲江县促进电子商务发展十条措施》，重点支持直播电商、冷链物流和农产品品牌建设。")
    assert ("蒲江县促进电子商务发展十条措施", "prioritizes", "农产品品牌建设") in got


def test_the_fund_invests_and_a_group_legal_name_with_brackets():
    got, _ = facts("合肥星岳机器人有限公司位于合肥高新区。\n\n"
                   "汪明：我们设立了规模50亿元的合肥市智能制造产业基金，由合肥市产业投资控股（集团）有限公司出资并负责管理。"
                   "基金去年底已完成首笔投资，投向了星岳机器人的B轮融资。")
    assert ("合肥市智能制造产业基金", "parentOrganization", "合肥市产业投资控股(集团)有限公司") in got
    assert ("合肥市智能制造产业基金", "investedIn", "合肥星岳机器人有限公司") in got
    got, _ = facts("杭州市国有资本投资运营有限公司与杭州市产业发展投资（集团）有限公司共同出资。")
    assert not any(o == "集团" for _, r, o in got)


def test_english_backers_with_relative_clauses_a_research_centre_and_a_managed_fund():
    got, _ = en_facts("Hangzhou Lingbo Semiconductor Co., Ltd. (Lingbo) designs inference chips. "
                      "Lingbo said it would use the new money to expand its research centre in Shanghai's Zhangjiang Science City. "
                      "Lingbo's earlier backers include Huayu Ventures, which led the company's Series A in 2022, "
                      "and Xiling Angel Partners, which provided angel funding shortly after the company was founded. "
                      "The Zhejiang Digital Economy Industry Fund, which is managed by state-owned Zhejiang Provincial Financial Holdings, "
                      "has invested in more than 30 chip companies.")
    firm = "Hangzhou Lingbo Semiconductor Co., Ltd."
    assert ("Huayu Ventures", "investedIn", firm) in got
    assert ("Xiling Angel Partners", "investedIn", firm) in got
    assert (firm, "location", "Zhangjiang Science City") in got
    assert ("Zhejiang Digital Economy Industry Fund", "parentOrganization", "Zhejiang Provincial Financial Holdings") in got


def test_english_a_capital_group_its_headquarters_kept_a_minority_stake_and_known_for():
    got, _ = en_facts("Shenzhen Lingyun Aviation Technology Co., Ltd. (Lingyun) opened a plant. "
                      "The Series D was led by Harbour Peak Capital, with Shenzhen Capital Group and existing backer GreenBay Ventures also taking part. "
                      "Lingyun will keep its headquarters and R&D centre in Nanshan District, Shenzhen.")
    firm = "Shenzhen Lingyun Aviation Technology Co., Ltd."
    assert ("Shenzhen Capital Group", "investedIn", firm) in got
    assert (firm, "location", "Nanshan District") in got
    got, _ = en_facts('Hangzhou Yunjia Software Co., Ltd. ("Yunjia") agreed to buy Chengdu Qianxing Data Technology Co., Ltd. ("Qianxing"). '
                      "Yunjia already owns 12% of Qianxing. "
                      "Yunjia, founded in 2008 by chairman Pan Jianming and headquartered in Hangzhou's Binjiang District, "
                      "is best known for YunjiaERP, a cloud ERP suite.")
    a, b = "Hangzhou Yunjia Software Co., Ltd.", "Chengdu Qianxing Data Technology Co., Ltd."
    assert (a, "investedIn", b) in got
    assert (a, "parentOrganization", b) not in got and (b, "parentOrganization", a) not in got
    assert (a, "location", "Binjiang District") in got
    assert (a, "develops", "YunjiaERP") in got


def test_sites_in_two_places_a_fund_set_up_and_managed_and_work_at_a_company_named_so():
    got, _ = facts("杭州深岭智能科技有限公司总部在杭州，在合肥和成都也设立了研发中心。")
    assert ("杭州深岭智能科技有限公司", "location", "合肥") in got
    assert ("杭州深岭智能科技有限公司", "location", "成都") in got
    got, _ = facts("金湖科创二期基金由苏州湖岭资本管理有限公司发起并管理。")
    assert ("金湖科创二期基金", "parentOrganization", "苏州湖岭资本管理有限公司") in got
    got, _ = facts("陈屹山毕业后在一家叫凌川软件有限公司的公司做搜索算法。")
    assert ("陈屹山", "worksFor", "凌川软件有限公司") in got


def test_a_minority_stake_held_is_no_parent_and_a_majority_one_still_is():
    got, _ = facts("西安启岭电气科技有限公司由西安交通大学教师创办。"
                   "学校则通过西安交通大学资产经营有限公司持有启岭电气10%的股份，不参与日常经营。")
    assert ("西安交通大学资产经营有限公司", "investedIn", "西安启岭电气科技有限公司") in got
    assert ("西安启岭电气科技有限公司", "parentOrganization", "西安交通大学资产经营有限公司") not in got


def test_work_in_a_hospital_department_an_english_toolkit_named_after_a_comma_and_a_fund_to_be_managed():
    got, _ = facts("苗雨岚毕业后一直在四川大学华西医院耳鼻咽喉科做听力师。")
    assert ("苗雨岚", "worksFor", "四川大学华西医院") in got
    got, _ = en_facts("Hangzhou Xinlan Semiconductor Co., Ltd. (Xinlan) designs AI chips. "
                      "Xinlan's compiler toolkit, Chaolan, lets developers port models with few code changes. "
                      "The city will also set up a Hefei Embodied Robotics Industry Fund, to be managed by Xingyun Capital.")
    assert ("Hangzhou Xinlan Semiconductor Co., Ltd.", "develops", "Chaolan") in got
    assert ("Hefei Embodied Robotics Industry Fund", "parentOrganization", "Xingyun Capital") in got


def test_an_enterprise_honour_goes_to_the_company_not_the_founders_school_and_a_fund_that_invests_later():
    got, _ = facts("苏州纳岭光电材料股份有限公司将投资15亿元。纳岭光电2012年由复旦大学化学系毕业的周沛林创办，是国家级专精特新“小巨人”企业。")
    assert ("苏州纳岭光电材料股份有限公司", "memberOf", "国家级专精特新“小巨人”企业") in got
    assert ("复旦大学化学系", "memberOf", "国家级专精特新“小巨人”企业") not in got
    got, _ = facts("开发区旗下的南岭产业投资基金将以股权方式参与该项目，首期出资已于3月底完成，投向湖州恒岭电驱科技有限公司。")
    assert ("南岭产业投资基金", "investedIn", "湖州恒岭电驱科技有限公司") in got


def test_headquarters_and_a_line_moved_to_xiaoshan():
    def by_pattern(res, subject, place):      # (the learned net finds some of these in a one-line text too)
        return {c.extractor for c in res.claims if c.subject.name == subject and c.relation == "location"
                and c.object.name == place}
    _, res = facts("杭州极岭半导体有限公司将总部和封测线从上海迁至萧山。")
    assert "rules/location.moved-headquarters-to" in by_pattern(res, "杭州极岭半导体有限公司", "萧山区")   # 萧山: the district
    _, res = facts("深岭智能总部仍在杭州市西湖区，我们有四百多名员工。")
    assert "rules/location.headquartered" in by_pattern(res, "深岭智能", "杭州市西湖区")


def test_english_a_code_named_after_a_kind_of_part_and_a_diagnostics_company():
    got, _ = en_facts("Hangzhou Lingbo Semiconductor Co., Ltd. (Lingbo) designs chips. "
                      "The company said shipments passed 12 million units, and that a second-generation part, the LB-300, "
                      "would enter mass production next year.")
    assert ("Hangzhou Lingbo Semiconductor Co., Ltd.", "develops", "LB-300") in got
    got, _ = en_facts("Suzhou Nuoling Diagnostics started out in 2012 making mass-spectrometry systems.")
    assert ("Suzhou Nuoling Diagnostics", "foundingDate", "2012") in got


def test_a_district_name_does_not_run_across_shi():
    from kg.lexicon import get_lexicon
    from kg.mentions import recognise
    names = [m.text for m in recognise("鸠江机器人产业园是鸠江经济开发区下设的专业园区。", get_lexicon())]
    assert not any("是" in n for n in names)


def test_this_years_list_issued_by_a_body_on_a_date():
    got, _ = facts("《2024年度宁波市科技领军企业名单》日前公布，共有30家企业入选。\n\n"
                   "据介绍，本年度名单由宁波市科学技术局于12月10日发布，重点向人工智能倾斜。", date=dt.date(2024, 12, 12))
    assert ("2024年度宁波市科技领军企业名单", "publisher", "宁波市科学技术局") in got
    assert ("2024年度宁波市科技领军企业名单", "datePublished", "2024-12-10") in got
