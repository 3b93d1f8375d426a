"""The thirtieth session's readings: a ranking's table of apps and the companies behind them (| 应用名称 |
所属企业 |: an app is no person; the list named TOP20), companies on it by their products (X的“A”和“B”双双上榜,
各有三款产品入选), a list's caption with its batch and a note (…名单（第一批）（摘录）), a name set off by a dash
(旗下的产业基金——X基金), a place-led association the tagger splits (深圳市|无人机|行业协会), sellers who were
investors (早期投资方X), subsidiaries listed (旗下主要子公司包括…), 参股了一家…企业X, a controlling shareholder
(X为上市公司控股股东), a headquarters moved (把总部整体迁到了…), sites in several cities (在A、B、C三地设有研发中心),
a founding date before more said of a company (成立于2019年、总部位于…的X), 后者, a company founded by people not
named (由几位校友在2017年发起), a trade name's head before 便, 两人此前都是; no 都读 after 硕士; English: italic
reports with no report word in their name, italic games and products, "It remains headquartered in",
"runs a research centre in" after "and", a studio a company opened in a city, "sold a minority stake to",
"one of X's largest shareholders", a factory's name, "State-backed" no part of a name. Sample text written for
the tests (names invented)."""
from __future__ import annotations

import datetime as dt

from kg.lexicon import get_lexicon
from kg.mentions import person_names, recognise
from test_extract import en_facts, facts


def _mentions(text: str) -> dict[str, str]:
    return {m.text: m.type for m in recognise(text, get_lexicon())}


# ---------------- rankings and lists ----------------

_RANKING = ("3月2日，云岫研究院在杭州发布《2025中国智能应用TOP10》榜单。\n\n"
            "## 榜单一览\n\n"
            "| 排名 | 应用名称 | 所属企业 | 类别 |\n| --- | --- | --- | --- |\n"
            "| 1 | 鹿鸣 | 青禾智能 | 办公 |\n| 2 | 童谣家 | 小橙教育 | 教育 |\n| 3 | 沐风 | 青禾智能 | 写作 |\n\n"
            "杭州青禾智能科技有限公司、上海小橙教育科技有限公司各有两款产品入选。"
            "成都栗子医疗科技有限公司的“问诊宝”和“药知道”双双上榜。广州律衡科技有限公司的“法小律”也首次进入榜单。")


def test_an_apps_table_gives_each_company_its_app_and_the_ranking():
    got, _ = facts(_RANKING)
    assert ("杭州青禾智能科技有限公司", "develops", "鹿鸣") in got      # (青禾智能: the company named in the text)
    assert ("小橙教育", "develops", "童谣家") in got
    assert ("杭州青禾智能科技有限公司", "memberOf", "2025中国智能应用TOP10") in got
    assert not any(r == "worksFor" for _, r, _ in got)      # 童谣家 is an app, no person


def test_an_app_in_a_product_column_is_no_person():
    assert "童谣家" not in person_names(_RANKING)
    assert "童谣家" in person_names("| 姓名 | 单位 |\n| --- | --- |\n| 童谣家 | 青禾智能 |")


def test_companies_are_on_the_list_by_their_products():
    got, _ = facts(_RANKING)
    for firm in ("杭州青禾智能科技有限公司", "上海小橙教育科技有限公司", "成都栗子医疗科技有限公司", "广州律衡科技有限公司"):
        assert (firm, "memberOf", "2025中国智能应用TOP10") in got


def test_a_list_caption_keeps_its_batch_and_drops_its_note():
    body = ("**2026年度江南省创新型中小企业名单（第二批）（摘录）**\n\n"
            "| 序号 | 企业名称 | 所在地 |\n| --- | --- | --- |\n| 1 | 湖州澄远环境科技有限公司 | 湖州市长兴县 |")
    got, _ = facts(body)
    assert ("湖州澄远环境科技有限公司", "memberOf", "2026年度江南省创新型中小企业名单(第二批)") in got


def test_a_firm_that_got_in_with_a_reason_and_a_descriptor_before_it():
    got, _ = facts("白皮书同时公布了“2025年度江城数字经济领军企业”名单，共30家企业入选。其中，成立于2019年、总部位于武汉东湖新技术开发区的"
                   "武汉辰芯存储科技有限公司，凭借自研的“辰光”系列芯片首次入围；位于武汉经开区的武汉帆云智算科技有限公司也榜上有名。")
    assert ("武汉辰芯存储科技有限公司", "memberOf", "2025年度江城数字经济领军企业") in got
    assert ("武汉帆云智算科技有限公司", "memberOf", "2025年度江城数字经济领军企业") in got
    assert ("武汉辰芯存储科技有限公司", "foundingDate", "2019") in got


# ---------------- names ----------------

def test_a_name_after_a_dash_and_a_place_led_association():
    ms = _mentions("C轮则引入了杭州未来科技城旗下的产业基金——禾未产业投资基金。")
    assert ms.get("禾未产业投资基金") == "Investor"
    assert _mentions("翼航智控是深圳市无人机行业协会的理事单位。").get("深圳市无人机行业协会") == "Organization"
    assert "全资子公司" not in _mentions("1. 宁波澜石半导体有限公司——全资子公司，法定代表人周立。")


def test_an_adverb_and_a_verb_after_a_degree_are_no_name():
    got, _ = facts("衡川智能创始人韦一鸣本科和硕士都读的是浙江大学计算机科学与技术学院。")
    assert not any(s == "都读" or o == "都读" for s, _, o in got)
    assert ("衡川智能", "founder", "韦一鸣") in got


def test_a_trade_names_head_before_bian_is_the_company():
    got, _ = facts("杭州墨川数据技术有限公司是较早的一家。墨川数据2020年在上海创办。迁入后不久，墨川便拿到了余杭区未来产业投资基金的一笔投资。"
                   "其自研的“衡码”数据标注平台已服务四十多家厂商。")
    assert ("杭州墨川数据技术有限公司", "develops", "衡码") in got
    assert not any(r == "develops" and "基金" in s for s, r, _ in got)


# ---------------- acquisitions, subsidiaries, shareholders ----------------

_DEAL = ("浙江岳衡控股集团股份有限公司（以下简称“岳衡集团”）总部位于宁波市鄞州区。\n\n"
         "根据公告，本次交易的转让方包括早期投资方杭州云栖创业投资合伙企业（有限合伙）。\n\n"
         "近年来，岳衡集团陆续通过并购拓展业务版图。目前旗下主要子公司包括宁波岳衡精密机械有限公司、岳衡新能源装备（常州）有限公司等。"
         "2022年，岳衡集团还参股了一家位于合肥的工业机器人企业合肥擎岳机器人有限公司。"
         "黄振宇目前仍任岳衡集团董事长，其控制的宁波岳衡投资有限公司为上市公司控股股东。")


def test_role_words_before_a_partnership_are_no_part_of_its_name():
    assert "杭州云栖创业投资合伙企业（有限合伙）" in _mentions("本次交易的转让方包括早期投资方杭州云栖创业投资合伙企业（有限合伙）。")


def test_subsidiaries_listed_after_the_company_a_stake_and_a_controlling_shareholder():
    got, _ = facts(_DEAL)
    assert ("宁波岳衡精密机械有限公司", "parentOrganization", "浙江岳衡控股集团股份有限公司") in got
    assert ("岳衡新能源装备(常州)有限公司", "parentOrganization", "浙江岳衡控股集团股份有限公司") in got
    assert ("浙江岳衡控股集团股份有限公司", "investedIn", "合肥擎岳机器人有限公司") in got
    assert ("宁波岳衡投资有限公司", "investedIn", "浙江岳衡控股集团股份有限公司") in got
    assert not any("上市公司控股" in o for _, _, o in got)


def test_listed_subsidiaries_after_zhuyao_baokuo_with_he_before_the_last():
    got, _ = facts("浙江睿川信息技术股份有限公司是一家软件企业。截至报告期末，公司共有4家控股子公司，主要包括南京睿川软件技术有限公司、"
                   "成都睿川云智科技有限公司和西安睿川信创科技有限公司。")
    for sub in ("南京睿川软件技术有限公司", "成都睿川云智科技有限公司", "西安睿川信创科技有限公司"):
        assert (sub, "parentOrganization", "浙江睿川信息技术股份有限公司") in got


# ---------------- places and dates ----------------

def test_headquarters_moved_and_sites_in_several_cities():
    got, _ = facts("杭州墨川数据技术有限公司是较早的一家。墨川数据2020年在上海创办，专做数据标注，去年把总部整体迁到了余杭区仓前街道。"
                   "目前在杭州、南京、成都三地设有研发中心。")
    assert ("杭州墨川数据技术有限公司", "location", "仓前街道") in got
    for city in ("杭州", "南京", "成都"):
        assert ("杭州墨川数据技术有限公司", "location", city) in got


def test_houzhe_is_the_last_one_named_and_a_founding_by_people_not_named():
    got, _ = facts("杭州启川生物医药有限公司是一家药企。该公司此前的B轮融资由云栖前沿资本领投，玉溪资本跟投。后者由几位浙大校友在2017年发起。")
    assert ("玉溪资本", "foundingDate", "2017") in got
    assert ("云栖前沿资本", "foundingDate", "2017") not in got


def test_two_founders_who_both_worked_somewhere():
    got, res = facts("知远由蒋一川和陶诗语在2022年联合创立，两人此前都是阿里巴巴的资深工程师。")
    assert ("蒋一川", "worksFor", "阿里巴巴") in got
    assert any(m.text == "两人" for _, ms in res.sentences for m in ms)


# ---------------- English ----------------

def test_an_italic_report_named_without_a_report_word():
    got, _ = en_facts("A report released last month by the Zhejiang Digital Prospects Research Centre, *China Foundation Model Landscape 2025*, "
                      "counted 68 companies.")
    assert ("China Foundation Model Landscape 2025", "publisher", "Zhejiang Digital Prospects Research Centre") in got
    ms = _mentions("Gao Yue, technology editor at *Qiantang Tech Review*, moderated.")
    assert ms.get("Qiantang Tech Review") != "Report"


def test_italic_games_and_products():
    ms = _mentions("Qingshan opened pre-registration for *Ashes of Lanting*, a single-player action role-playing game.")
    assert ms.get("Ashes of Lanting") == "Game"
    got, _ = en_facts("Chengdu Xiaoshan Games is a studio. Xiaoshan's flagship title, *Mist Quay*, sold well.")
    assert ("Chengdu Xiaoshan Games", "develops", "Mist Quay") in got


def test_it_remains_headquartered_and_runs_a_centre_after_and():
    got, _ = en_facts("Haiyun Communications Co., Ltd. grew fast. It remains headquartered in Nanshan District and runs a research "
                      "centre in Xi'an. The company is based in Hangzhou.")
    assert ("Haiyun Communications Co., Ltd.", "location", "Nanshan District") in got
    assert ("Haiyun Communications Co., Ltd.", "location", "西安") in got
    assert ("Haiyun Communications Co., Ltd.", "location", "杭州") in got


def test_a_studio_opened_in_a_city_a_stake_sold_and_one_of_the_largest_shareholders():
    got, _ = en_facts("Qingshan Interactive is a game studio. She oversees a second studio that Qingshan Interactive opened in Chengdu "
                      "in 2023. A Series A round was led by Lingfeng Capital, and in 2023 the studio sold a minority stake to "
                      "Tencent. State-backed Jiangsu Longhe Industrial Investment Group is one of Qingshan Interactive's largest "
                      "shareholders.")
    assert ("Qingshan Interactive", "location", "成都") in got
    assert ("腾讯", "investedIn", "Qingshan Interactive") in got
    assert ("腾讯", "investedIn", "Lingfeng Capital") not in got
    assert ("Jiangsu Longhe Industrial Investment Group", "investedIn", "Qingshan Interactive") in got


def test_a_factorys_name():
    ms = _mentions("He then headed south to join the Shenzhen Pengda Telecom Equipment Factory, a state-owned plant.")
    assert ms.get("Shenzhen Pengda Telecom Equipment Factory") == "Company"


# ---------------- policies, second references, contrasts ----------------

def test_what_the_document_cited_directs_a_fund_to():
    got, _ = facts("根据杭州市财政局2021年10月印发的《杭州钱塘数智产业引导基金管理办法》，引导基金重点投向人工智能、集成电路和数字医疗三大方向。")
    for item in ("人工智能", "集成电路", "数字医疗"):
        assert ("杭州钱塘数智产业引导基金管理办法", "prioritizes", item) in got


def test_a_company_set_against_another_is_not_the_next_sentences_company():
    got, _ = facts("杭州掌川机器人科技有限公司做灵巧手。与掌川的学院派气质不同，深圳指动科技有限公司身上带着消费电子基因。"
                   "这家公司2022年在深圳南山区注册成立，联合创始人何立和谢子川都曾在大疆创新工作多年。")
    assert ("深圳指动科技有限公司", "foundingDate", "2022") in got
    assert ("杭州掌川机器人科技有限公司", "foundingDate", "2022") not in got


def test_gongsi_inside_a_legal_form_is_not_the_issuer():
    body = ("浙江远川科技股份有限公司（以下简称“公司”）召开董事会。\n\n3. 类型：有限责任公司（非自然人投资或控股的法人独资）")
    got, res = facts(body)
    assert not any("非自然人" in s or "非自然人" in o for s, _, o in got)


def test_an_english_list_is_also_named_without_the_word_list():
    ms = {m.text: m for m in recognise("Mozi Interactive was named to the 2025 Zhejiang Digital Culture Top 50 list.", get_lexicon())}
    assert "2025 Zhejiang Digital Culture Top 50" in ms["2025 Zhejiang Digital Culture Top 50 list"].aliases


def test_no_unit_named_across_a_plan():
    _, res = facts("浙江鸣川机器人科技有限公司成立于2020年。鸣川机器人则计划把实验室研发的触觉模组用于其“踏川”系列四足机器人。")
    names = [m.text for _, ms in res.sentences for m in ms]
    assert "鸣川机器人" in names and not any("计划" in n for n in names)


def test_every_rule_id_is_unique():
    """A rule's id keys its measured confidence (kg/rules/confidence.yaml): two rules with one id would share it."""
    from collections import Counter
    from kg.extract import load_rules
    rules, _ = load_rules()
    assert [k for k, n in Counter(r.id for r in rules).items() if n > 1] == []


def test_a_person_named_among_a_rounds_investors():
    got, _ = facts("苏州沐川医疗器械有限公司完成天使轮融资，本轮投资方为苏州禾川创投和个人投资者钟立川。")
    assert ("苏州禾川创投", "investedIn", "苏州沐川医疗器械有限公司") in got
    assert ("钟立川", "investedIn", "苏州沐川医疗器械有限公司") in got


def test_a_groups_fund_named_after_what_it_is():
    got, _ = facts("成都云川数据科技有限公司获得川投数川产业集团旗下产业基金川发数川基金的战略投资。")
    assert ("川发数川基金", "investedIn", "成都云川数据科技有限公司") in got
    assert ("川发数川基金", "parentOrganization", "川投数川产业集团") in got


def test_a_further_site_in_a_county_level_city():
    got, _ = facts("杭州微川传感技术有限公司成立于2017年。除杭州总部外，公司还在嘉兴市平湖市设有一座封装测试工厂。")
    assert ("杭州微川传感技术有限公司", "location", "平湖") in got


def test_a_hyphenated_product_is_no_person_and_when_x_its_is_x():
    ms = _mentions("Shenzhen Lingqi Technology, which built the Qi-Chat assistant, was acquired. Zhang Xiao-Ming joined.")
    assert ms.get("Qi-Chat") != "Person" and ms.get("Zhang Xiao-Ming") == "Person"
    got, _ = en_facts("When Hangzhou Lanshi Microelectronics Co., Ltd. filed its draft prospectus with the Shanghai Stock "
                      "Exchange's STAR Market in March, sales of its LS-series power-management chips had doubled.")
    assert not any(s == "Shanghai Stock Exchange" and r == "develops" for s, r, _ in got)


def test_the_two_who_left_to_co_found():
    got, _ = en_facts("Wei Guoliang was an engineer. It was there that he met Fang Lijun, a young sales manager, and in 1998 "
                      "the two left to co-found Haixun Technology.")
    assert ("Haixun Technology", "founder", "Wei Guoliang") in got
    assert ("Haixun Technology", "founder", "Fang Lijun") in got


def test_a_surname_before_a_pronoun_is_no_name():
    text = ("陈屹是慈溪人。陈屹笑着说，“但我一直在想，电器为什么不能听懂人说话？”陈屹后来创办了宁波屹川科技有限公司。"
            "父亲说，“但我一直觉得，做电器就够了。”")
    assert "但我" not in person_names(text)
    assert "陈屹" in person_names(text)
