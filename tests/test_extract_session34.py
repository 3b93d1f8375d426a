"""The thirty-fourth session's readings: honour lists named by their size or kind (中国民营企业500强, …TOP20,
国家级科技企业孵化器, 新型研发机构), incubators as organisations (an organisation is not read as a member of a
list: measured, it cost more than it found); a product's code and kind as one alias
(KX-30激光测距模组) and a product for a use (工业机器人用RV减速器) also known without it; a company's first or
earliest product (最早的产品是…); a unit whose name joins two fields with 与 after a verb or an adjective
(智能感知与机器人研究中心); a cleft founding date (公司是2019年6月注册的); a subsidiary listed under its owner
with a bracketed place inside its legal name; an owner that holds a stake (持股70%的控股子公司) is an aside, so
the clause goes on about the subsidiary.
Sample text written for the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from test_extract import facts


def _aliases(res, name: str) -> set[str]:
    out: set[str] = set()
    for c in res.claims:
        for m in (c.subject, c.object):
            if not isinstance(m, str) and m.name == name:
                out.update(m.aliases)
    return out


def test_honour_lists_named_by_size_or_kind_are_lists():
    got, _ = facts("浙江禾川控股集团有限公司连续六年入选中国民营企业500强。杭州澄屿科技有限公司入选“2025中国具身智能企业TOP20”。"
                   "长兴智能感知研究院是浙江省首批新型研发机构之一。")
    assert ("浙江禾川控股集团有限公司", "memberOf", "中国民营企业500强") in got
    assert ("杭州澄屿科技有限公司", "memberOf", "2025中国具身智能企业TOP20") in got
    assert ("长兴智能感知研究院", "memberOf", "浙江省首批新型研发机构") in got


def test_an_incubator_is_an_organisation_and_a_national_incubator_a_list():
    got, res = facts("滨湖云创孵化器为国家级科技企业孵化器，位于无锡市滨湖区。")
    assert ("滨湖云创孵化器", "location", "无锡市滨湖区") in got
    kinds = {(m.name, m.type) for _, ms in res.sentences for m in ms}
    assert ("滨湖云创孵化器", "Organization") in kinds
    assert ("国家级科技企业孵化器", "Group") in kinds


def test_a_list_needs_its_cue_word():
    got, _ = facts("杭州澄屿科技有限公司的营收进入行业前列，员工超过500人。")
    assert not any(r == "memberOf" for _, r, _ in got)


def test_a_products_code_and_kind_are_one_alias_and_a_use_prefix_is_left_out():
    got, res = facts("杭州澜测光电科技有限公司成立于2017年。公司自主研发的KX-30激光测距模组可在强光下工作。"
                     "宁波澜测传动有限公司位于宁波市北仑区，主要产品为工业机器人用谐波减速器。")
    assert ("杭州澜测光电科技有限公司", "develops", "KX-30") in got
    assert "KX-30激光测距模组" in _aliases(res, "KX-30")
    assert ("宁波澜测传动有限公司", "develops", "工业机器人用谐波减速器") in got
    assert "谐波减速器" in _aliases(res, "工业机器人用谐波减速器")


def test_a_companys_earliest_product():
    got, _ = facts("杭州承岳光电技术有限公司成立于1999年。公司最早的产品是用于隧道测量的手持激光测距仪，后来转向车载激光雷达。")
    assert ("杭州承岳光电技术有限公司", "develops", "手持激光测距仪") in got


def test_a_unit_joining_two_fields_with_yu_is_one_name():
    got, _ = facts("洛水大学未来技术学院智能感知与机器人研究中心主任高屹表示，样机已经完成。")
    assert ("高屹", "worksFor", "智能感知与机器人研究中心") in got
    assert ("智能感知与机器人研究中心", "parentOrganization", "洛水大学未来技术学院") in got
    got, _ = facts("精密感知与智能系统实验室主任贺远澜教授说，团队有四十人。")
    assert ("贺远澜", "worksFor", "精密感知与智能系统实验室") in got


def test_a_cleft_founding_date():
    _, res = facts("合肥知澜感测科技有限公司做的是惯性传感器。公司是2019年6月注册的，第一年只有五个人。")
    assert any(c.subject.name == "合肥知澜感测科技有限公司" and c.relation == "foundingDate" and c.object == "2019-06"
               and c.confidence >= 0.5 for c in res.claims)


def test_a_subsidiary_with_a_bracketed_place_listed_under_its_owner():
    got, _ = facts("目前，浙江澜衡新材料股份有限公司旗下共有两家主要子公司：\n\n"
                   "- 澜衡（越南）材料有限公司：位于越南北宁省，负责正极材料的生产；\n"
                   "- 衢州澜衡循环科技有限公司：位于衢州市衢江区，负责电池回收。\n")
    assert ("澜衡(越南)材料有限公司", "parentOrganization", "浙江澜衡新材料股份有限公司") in got
    assert ("衢州澜衡循环科技有限公司", "parentOrganization", "浙江澜衡新材料股份有限公司") in got


def test_an_owner_holding_a_stake_is_an_aside_the_clause_goes_on_about_the_subsidiary():
    got, _ = facts("浙江衡屹智能装备股份有限公司是一家焊接机器人企业。"
                   "衡屹（宁波）精密传动有限公司是衡屹智能持股70%的控股子公司，位于宁波市北仑区，主要产品为精密行星减速器。",
                   date=dt.date(2025, 5, 1))
    assert ("衡屹(宁波)精密传动有限公司", "develops", "精密行星减速器") in got
    assert ("浙江衡屹智能装备股份有限公司", "develops", "精密行星减速器") not in got


def test_an_interviewees_self_introduction_gives_we_their_company():
    body = ("**范一舟：** 大家好，我是范一舟，杭州澜栈数据科技有限公司的创始人兼CEO。我们去年拿了云汀资本领投的B轮。\n\n"
            "**林晚：** 我是林晚，上海澈川智能科技有限公司的联合创始人。我们的CEO顾屿今天没来。\n")
    got, _ = facts(body)
    assert ("云汀资本", "investedIn", "杭州澜栈数据科技有限公司") in got
    assert ("顾屿", "worksFor", "上海澈川智能科技有限公司") in got


def test_members_that_jointly_set_up_an_alliance_are_its_members_but_not_a_policys_backing():
    got, _ = facts("去年11月，澄岭智能、禾川电子等二十余家企业共同发起成立了龙溪县智能终端产业联盟。")
    assert ("澄岭智能", "memberOf", "龙溪县智能终端产业联盟") in got
    assert ("禾川电子", "memberOf", "龙溪县智能终端产业联盟") in got
    got, _ = facts("支持由东岭大学、西岭大学和南岭智算实验室共同发起成立成都人工智能创新联合体。")
    assert not any(r == "memberOf" for _, r, _ in got)


def test_a_graduate_assigned_to_a_plant_and_a_centre_put_in_a_district():
    got, _ = facts("陆远帆1983年毕业于浙江大学，毕业后被分配至杭州东华仪表厂。")
    assert ("陆远帆", "worksFor", "杭州东华仪表厂") in got
    got, _ = facts("衢州翎岚智能科技有限公司成立于2019年。翎岚智能目前把研发中心放在杭州市滨江区。")
    assert ("衢州翎岚智能科技有限公司", "location", "杭州市滨江区") in got


def test_a_person_sets_up_a_partnership_whose_name_leaves_out_who_and_how():
    got, res = facts("2016年，陆远帆发起设立杭州远岫创业投资合伙企业（有限合伙），先后投资了十余家企业。")
    assert ("杭州远岫创业投资合伙企业（有限合伙）", "founder", "陆远帆") in got
    names = {m.name for _, ms in res.sentences for m in ms}
    assert not any(n.startswith("陆远帆发起") for n in names)


def test_a_quoted_product_with_its_version_is_no_company():
    body = ("8月7日，杭州悠岚智能科技有限公司（下称“悠岚智能”）发布家庭机器人，以及配套的操作系统“星轨OS 2.0”。"
            "2020年，傅一舟与大学同窗赵临舟一起创办了悠岚智能。\n\n"
            "## 星轨OS：让机器人看懂家\n\n联合创始人兼CTO赵临舟随后介绍了星轨OS 2.0。本轮资金将主要用于星轨OS的研发。\n")
    got, res = facts(body)
    assert ("杭州悠岚智能科技有限公司", "founder", "赵临舟") in got
    assert not any(m.name == "星轨OS" and m.type == "Company" for _, ms in res.sentences for m in ms)


def test_a_policy_title_that_names_two_industries_prioritises_each_but_one_sector_stays_whole():
    got, _ = facts("临江区印发《临江区关于促进智能制造和生物医药产业高质量发展的若干政策》。")
    assert ("临江区关于促进智能制造和生物医药产业高质量发展的若干政策", "prioritizes", "智能制造") in got
    assert ("临江区关于促进智能制造和生物医药产业高质量发展的若干政策", "prioritizes", "生物医药") in got
    got, _ = facts("县政府印发《临江县关于促进软件和信息服务业发展的若干政策》。")
    assert ("临江县关于促进软件和信息服务业发展的若干政策", "prioritizes", "软件和信息服务业") in got


def test_a_computing_centre_is_an_organisation_but_a_regions_centres_are_not():
    got, res = facts("4月17日，位于宁波市镇海区庄市街道的甬岚人工智能计算中心正式投入运营。公司负责华东地区智算中心的建设。")
    assert ("甬岚人工智能计算中心", "location", "庄市街道") in got
    names = {m.name for _, ms in res.sentences for m in ms}
    assert "华东地区智算中心" not in names


def test_a_park_after_a_bare_place_name_but_not_after_a_districts_full_name():
    got, res = facts("杭州澄微科技有限公司落户萧山科技城。杭州澄岭科技有限公司总部位于杭州市余杭区未来科技城。")
    assert ("杭州澄微科技有限公司", "location", "萧山科技城") in got
    assert ("杭州澄岭科技有限公司", "location", "杭州市余杭区") in got
    assert ("杭州澄岭科技有限公司", "location", "未来科技城") in got


def test_an_english_legal_name_listed_under_its_owner():
    got, _ = facts("截至回复出具日，苏州微岚星测科技股份有限公司拥有2家全资子公司：\n\n"
                   "1. 无锡微岚传感技术有限公司：2019年3月设立，注册地无锡市新吴区；\n"
                   "2. MNL Technology Pte. Ltd.：2023年5月在新加坡注册，负责海外市场拓展。\n")
    assert ("MNL Technology Pte. Ltd.", "parentOrganization", "苏州微岚星测科技股份有限公司") in got
