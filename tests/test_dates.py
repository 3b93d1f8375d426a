"""kg/dates.py: date expressions → ISO values at the precision the text gives, resolved on the article date."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.dates import DateMention, find_dates, last_absolute_year

ARTICLE_DATE = dt.date(2025, 2, 7)


def one(text: str, article_date=ARTICLE_DATE, last_year=None) -> DateMention:
    found = find_dates(text, article_date, last_year)
    assert len(found) == 1, found
    return found[0]


def value(text: str, article_date=ARTICLE_DATE, last_year=None) -> str | None:
    return one(text, article_date, last_year).value


def assert_real_calendar_value(v: str) -> None:
    if len(v) == 4:
        assert re.fullmatch(r"\d{4}", v)
        dt.date(int(v), 1, 1)
    elif len(v) == 7:
        assert re.fullmatch(r"\d{4}-\d{2}", v)
        dt.date(int(v[:4]), int(v[5:]), 1)
    else:
        assert len(v) == 10
        assert dt.date.fromisoformat(v).isoformat() == v


@pytest.mark.parametrize("text, expected", [
    ("早在2021年，规划就提出", "2021"),
    ("2017年，之江实验室成立", "2017"),
    ("截至2024年11月，杭州共有24家独角兽企业", "2024-11"),
    ("2024年2月29日发布", "2024-02-29"),
    ("2021年底", "2021"),
    ("2024-11", "2024-11"),
    ("2025-01-15", "2025-01-15"),
])
def test_absolute_dates(text, expected):
    assert value(text) == expected
    assert value(text, None) == expected          # absolute dates need no article date


def test_spans_point_at_the_expression():
    text = "截至2024年11月，共有24家"
    d = one(text)
    assert text[d.start:d.end] == "2024年11月"
    assert d.precision == "month" and not d.approximate


@pytest.mark.parametrize("text, expected, precision", [
    ("今年1月，行动计划印发", "2025-01", "month"),
    ("去年3月，产业联盟正式成立", "2024-03", "month"),
    ("前年5月", "2023-05", "month"),
    ("明年6月", "2026-06", "month"),
    ("去年", "2024", "year"),
    ("2月5日，公司发布新模型", "2025-02-05", "day"),
    ("11月15日，峰会举行", "2024-11-15", "day"),      # a day that has not come yet this year: last year's
    ("2月8日", "2024-02-08", "day"),
    ("今年1月20日", "2025-01-20", "day"),
    ("上个月", "2025-01", "month"),
])
def test_relative_dates_resolve_against_the_article_date(text, expected, precision):
    d = one(text)
    assert d.value == expected
    assert d.precision == precision
    assert not d.approximate


def test_relative_month_across_a_year_boundary():
    assert value("上月", dt.date(2025, 1, 10)) == "2024-12"


def test_approximate_months_ago():
    d = one("1个多月前，他还在实验室")
    assert d.value == "2025-01" and d.approximate
    assert one("两个月前").value == "2024-12"
    assert one("3年前").value == "2022"


def test_same_year_uses_the_last_absolute_year():
    assert value("同年，西湖大学获批成立", ARTICLE_DATE, last_year=2018) == "2018"
    assert value("同年3月", ARTICLE_DATE, last_year=2018) == "2018-03"
    assert value("同年", ARTICLE_DATE, last_year=None) is None


def test_this_year_alone_is_not_an_event_date():
    assert value("今年以来，杭州很热闹") is None


@pytest.mark.parametrize("text", ["今年1月", "去年3月", "2月5日", "1个多月前", "上月", "同年"])
def test_relative_dates_without_an_article_date_have_no_value(text):
    d = one(text, None)
    assert d.value is None
    assert d.precision == "none"


@pytest.mark.parametrize("text", ["2月30日", "2025年2月29日", "2024年13月", "今年13月", "去年0月", "2023年4月31日"])
def test_impossible_dates_have_no_value(text):
    assert value(text) is None


@pytest.mark.parametrize("text, expected", [
    ("It was founded in March 2021.", "2021-03"),
    ("Unitree was founded by Wang Xingxing in 2016.", "2016"),
    ("On March 5, 2021 the company", "2021-03-05"),
    ("since Sept 2019", "2019-09"),
])
def test_english_dates(text, expected):
    assert value(text, None) == expected


def test_no_dates_in_plain_text():
    assert find_dates("杭州六小龙都在滨江区。Revenue grew 2000 units.", ARTICLE_DATE) == []


def test_several_dates_in_order():
    text = "2017年成立，2018年扩张，去年3月上市"
    found = find_dates(text, ARTICLE_DATE)
    assert [d.value for d in found] == ["2017", "2018", "2024-03"]
    assert last_absolute_year(found) == 2024
    assert last_absolute_year(find_dates("1个多月前", ARTICLE_DATE)) is None


def test_huge_offsets_do_not_crash():
    assert value("1000000天前") is None
    assert value("99999999999周前") is None
    assert value("99999999999999999999个月前") is None
    assert value("1天前", dt.date(1, 1, 1)) is None


# ------------------------------------------------------------------------- properties

_DATEISH = st.sampled_from(
    ["年", "月", "日", "号", "前", "天", "周", "个", "多", "以", "今年", "去年", "前年", "明年", "同年", "当年",
     "上月", "本月", "半", "十", "二", "两", "0", "1", "2", "3", "9", "12", "19", "20", "29", "30", "31",
     "2024", "1999", "99999999999", "-", "—", " ", "，", "in ", "March ", "Feb. ", "Sept ", ", ", "早在", "底",
     "天前", "周前", "星期前", "个月前", "个多月前", "年前", "月前", "年1月", "月5日", "日"])


def _check(text: str, article_date, last_year) -> None:
    for d in find_dates(text, article_date, last_year):
        assert 0 <= d.start < d.end <= len(text)
        if d.value is not None:
            assert_real_calendar_value(d.value)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.one_of(st.none(), st.dates()), st.one_of(st.none(), st.integers(-10**6, 10**6)))
def test_property_arbitrary_text_never_raises(text, article_date, last_year):
    _check(text, article_date, last_year)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_DATEISH, max_size=12).map("".join),
       st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max, ARTICLE_DATE])),
       st.one_of(st.none(), st.integers(0, 3000)))
def test_property_date_like_text_gives_real_dates(text, article_date, last_year):
    _check(text, article_date, last_year)


@pytest.mark.parametrize("text, expected", [
    ("今年年初成立", "2025"),          # the article is of 2025-02-07
    ("今年初成立", "2025"),
    ("去年年底成立", "2024"),
    ("1月底发布", "2025-01"),          # a month that has come: this year's
    ("11月初发布", "2024-11"),         # one that has not: last year's
    ("今年以来", None),                # 今年 alone is no event's date
])
def test_parts_of_years_and_months(text, expected):
    assert value(text) == expected


def test_yesterday_and_the_day_before_are_days_before_the_articles():
    assert one("浙商创投研究中心昨日发布榜单", dt.date(2025, 3, 1)).value == "2025-02-28"
    assert one("昨天召开的新闻发布会", dt.date(2025, 1, 1)).value == "2024-12-31"
    assert one("前天揭牌", ARTICLE_DATE).value == "2025-02-05"
    assert find_dates("前日报道称", ARTICLE_DATE) == []       # (前日报: no day)
    assert one("昨日发布", None).value is None


def test_yesterday_of_the_first_day_there_is_is_no_date():
    assert one("前日", dt.date.min).value is None      # (found by the property test above: no OverflowError)
    assert one("昨天", dt.date(1, 1, 2)).value is None
