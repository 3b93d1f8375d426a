"""The thirty-sixth session's readings: 一家X公司 is a kind of company, no name; a place's everyday name in
quotes after 称之为 is a place, not a product (and the names it begins stay whole); a career step (毕业后进入X,
辞职离开X) is a workplace, not what the article is about; 博士毕业时 is no person; a word the dictionary does not
know at a name's start is the name's (微纳…实验室); 国际 after a place inside a name; a bureau's name after its
place and field; a bare 中心 / 该中心 refers to the centre named before; 另一位联合创始人、CTO X; the entries of a
ranking just named (共有N家企业入选，包括…); 战略投资了; 去X做了三年博士后; 加入X，担任Y; a fund 是Y旗下的…基金;
a list a policy focuses on in a clause of its own; a site the company the text is about set up (公司另在X设有研发中心,
English "…, a member of …, supplies … and opened a second factory in X"); a kind of site is no name; stakes held
by way of something, minority stakes and "had owned N% of".
Sample text written for the tests (names invented)."""
from __future__ import annotations

from test_extract import en_facts, facts


def test_a_kind_of_company_after_yijia_is_no_name():
    got, res = facts("启越光电首席科学家邹明远此前在德国一家光通信公司担任研发总监，2022年回国。")
    names = {m.text for _, ms in res.sentences for m in ms}
    assert "光通信公司" not in names
    assert not any(o == "光通信公司" for _, _, o in got)


def test_a_place_called_by_its_everyday_name_is_no_product():
    got, res = facts("在合肥高新技术产业开发区——当地人习惯称之为“蜀山谷”——研发楼随处可见。"
                     "蜀山谷创业投资基金是合肥滨湖金融控股集团旗下的市场化基金。")
    types = {(m.text, m.type) for _, ms in res.sentences for m in ms}
    assert ("蜀山谷", "Product") not in types
    assert ("蜀山谷创业投资基金", "parentOrganization", "合肥滨湖金融控股集团") in got


def test_a_fund_directly_under_a_group():
    got, _ = facts("钱塘硬科技基金是杭州钱塘金融投资集团旗下的专项基金，近年投资了十余家企业。")
    assert ("钱塘硬科技基金", "parentOrganization", "杭州钱塘金融投资集团") in got


def test_a_career_step_is_no_topic():
    got, _ = facts("宁波澄泓新材料科技有限公司成立于2019年，创始人之一、董事长贺明川今年45岁。"
                   "他2006年毕业后进入宁波海越化工有限公司，一干就是十年。2016年底，他辞职离开海越，开始筹划创业。\n\n"
                   "另一位联合创始人邵婉清是团队里的“管家”，现任澄泓新材总经理。")
    assert ("宁波澄泓新材料科技有限公司", "founder", "邵婉清") in got
    assert ("宁波海越化工有限公司", "founder", "邵婉清") not in got


def test_a_time_of_life_after_a_title_is_no_person():
    got, res = facts("唐逸舟比许嘉言晚两届。2021年博士毕业时，他拿到了两家大厂的邀请，最终却与本科同学季雨桐一起创立了苏州衡栩智能科技有限公司。")
    people = {m.name for _, ms in res.sentences for m in ms if m.type == "Person"}
    assert "毕业时" not in people
    assert ("苏州衡栩智能科技有限公司", "founder", "唐逸舟") in got


def test_an_unknown_word_starts_an_institute_name():
    got, res = facts("微纳光电集成实验室成立于2012年，长期从事硅基光电子器件研究。")
    assert ("微纳光电集成实验室", "foundingDate", "2012") in got


def test_guoji_after_a_place_inside_a_name():
    _, res = facts("瀚澜智能与浙江大学杭州国际科创中心签署合作协议。")
    names = {m.name for _, ms in res.sentences for m in ms}
    assert "浙江大学杭州国际科创中心" in names


def test_a_bureau_named_after_its_place_and_field():
    got, _ = facts("软件学院2024届硕士毕业生钟一航，通过选调生考试进入宁波市数据资源管理局工作。")
    assert ("钟一航", "worksFor", "宁波市数据资源管理局") in got


def test_a_bare_centre_is_the_centre_named_before():
    got, _ = facts("2021年成立的江苏太湖光子集成创新中心，由苏州大学等单位联合组建。"
                   "中心首席科学家沈知远此前在美国一家光通信企业担任研发总监，2021年回国加入该中心。")
    assert ("沈知远", "worksFor", "江苏太湖光子集成创新中心") in got


def test_another_cofounder_and_title():
    got, _ = facts("杭州衡澈智算科技有限公司成立于2022年，创始人兼CEO许承泽曾在阿里云工作。"
                   "另一位联合创始人、CTO邬景行曾在华为担任资深技术专家。")
    assert ("杭州衡澈智算科技有限公司", "founder", "邬景行") in got
    assert ("邬景行", "worksFor", "杭州衡澈智算科技有限公司") in got


def test_entries_of_a_ranking_just_named():
    got, _ = facts("《长三角低空经济发展报告（2025）》同时发布了“2025长三角低空经济潜力企业TOP30”榜单。"
                   "江苏共有5家企业入选，包括苏州翼擎航空科技有限公司、无锡云鹞无人机有限公司等。")
    assert ("苏州翼擎航空科技有限公司", "memberOf", "2025长三角低空经济潜力企业TOP30") in got
    assert ("无锡云鹞无人机有限公司", "memberOf", "2025长三角低空经济潜力企业TOP30") in got


def test_a_strategic_investment_in_a_described_company():
    got, _ = facts("宁波澄屹物联科技有限公司成立于2020年。作为本地的链主企业，甬泰电器去年还战略投资了本地物联网模组企业澄屹物联。")
    assert ("甬泰电器", "investedIn", "宁波澄屹物联科技有限公司") in got


def test_a_postdoc_abroad_said_in_the_first_person():
    got, _ = facts("问：您的经历？\n\n答：我叫凌书远，博士毕业后，我去德国亚琛工业大学做了两年博士后，后来回国创业。")
    assert ("凌书远", "worksFor", "亚琛工业大学") in got


def test_joined_a_company_then_held_a_title():
    got, _ = facts("许晗舟早年在美国读博。2017年回国，加入上海岚芯微电子，担任架构总监，带一个四十多人的团队。")
    assert ("许晗舟", "worksFor", "岚芯微电子") in got


def test_a_list_a_policy_focuses_on_in_a_clause_of_its_own():
    got, _ = facts("会议审议并原则通过了《嘉兴市低空经济高质量发展三年行动方案（2025—2027年）》。"
                   "会议强调，要抢抓发展窗口期，聚焦无人机整机制造、通用航空运营、低空物流和低空基础设施建设，加快开展试点。")
    plan = "嘉兴市低空经济高质量发展三年行动方案(2025—2027年)"
    assert (plan, "prioritizes", "无人机整机制造") in got
    assert (plan, "prioritizes", "低空物流") in got
    assert (plan, "prioritizes", "低空基础设施建设") in got


def test_a_site_the_company_set_up():
    got, _ = facts("杭州澜栩半导体装备股份有限公司成立于2014年，总部位于杭州市滨江区。公司另在苏州工业园区设有研发中心。")
    assert ("杭州澜栩半导体装备股份有限公司", "location", "苏州工业园区") in got


def test_a_kind_of_site_is_no_name():
    _, res = facts("杭州念衡脑机科技有限公司成立于2021年。去年我们又在上海张江设了算法研发中心。")
    names = {m.text for _, ms in res.sentences for m in ms}
    assert "算法研发中心" not in names


def test_a_named_central_institute_stays_a_name():
    got, _ = facts("2016年，集团创始人钱启东拍板成立中央研究院，专攻传感器。")
    assert ("中央研究院", "foundingDate", "2016") in got


def test_en_a_site_opened_after_an_appositive():
    got, _ = en_facts("Wuhan Lumin Optoelectronics Co., Ltd. makes lidar. Lumin, a member of the alliance, supplies "
                      "lidar to two carmakers and opened a second factory in Xiaogan earlier this year.")
    assert ("Wuhan Lumin Optoelectronics Co., Ltd.", "location", "孝感") in got


def test_a_stake_held_by_way_of_technology():
    got, _ = facts("武汉芯岸光通科技有限公司成立于2021年。湖北楚天光子集成创新中心以技术作价的方式持有芯岸光通约12%的股份。")
    assert ("湖北楚天光子集成创新中心", "investedIn", "武汉芯岸光通科技有限公司") in got


def test_en_minority_stakes_and_had_owned():
    got, _ = en_facts("Hangzhou Ruixing Perception Co., Ltd. makes radar. Huachen Vision Co., Ltd. also holds a minority "
                      "stake in Hangzhou Ruixing Perception Co., Ltd.")
    assert ("Huachen Vision Co., Ltd.", "investedIn", "Hangzhou Ruixing Perception Co., Ltd.") in got
