"""A place read from a company's name (苏州极光智芯科技有限公司 → 苏州) is one rule in three bands: a
company the article is about, one it names once, and one named by a short trade name; each band has its
own rule id, so its measured precision is its confidence. Sample text written for the tests (names
invented)."""
from __future__ import annotations

from test_extract import facts


def _place_claims(body: str):
    _, res = facts(body)
    return {(c.subject.name, c.object.name): c for c in res.claims
            if c.relation == "location" and "place-in-name" in c.extractor}


def test_a_company_the_article_is_about_keeps_the_main_band():
    got = _place_claims("苏州极光智芯科技有限公司今年推出新一代芯片。苏州极光智芯科技有限公司的客户遍及全国。")
    c = got[("苏州极光智芯科技有限公司", "苏州")]
    assert c.extractor == "rules/location.place-in-name"


def test_a_company_named_once_in_passing_gets_the_once_band_and_a_lower_confidence():
    body = ("苏州极光智芯科技有限公司今年推出新一代芯片。苏州极光智芯科技有限公司的客户遍及全国。"
            "公司首席技术官此前在无锡澄湖微电子有限公司工作。")
    got = _place_claims(body)
    once = got[("无锡澄湖微电子有限公司", "无锡")]
    main = got[("苏州极光智芯科技有限公司", "苏州")]
    assert once.extractor == "rules/location.place-in-name-once"
    assert once.confidence < main.confidence


def test_a_short_trade_name_gets_the_short_band():
    got = _place_claims("杭州云枢科技发布了新款机器人，杭州云枢科技称订单已排到明年。")
    assert [c.extractor for c in got.values()] == ["rules/location.place-in-name-short"]
