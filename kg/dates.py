"""Dates in text → typed values at the precision the text gives, resolved against the article date.

In: a sentence and the article's date (or None). Out: :class:`DateMention` records with character
spans and an ISO value (``2021``, ``2025-01``, ``2025-02-05``) whose precision is year, month or
day. Relative expressions (今年1月, 去年3月, 前年, 上月, 昨日, 2月5日, 1个多月前, 同年, 当天; last year, last
month, two years ago, on Wednesday) need the article
date (同年: the last absolute year mentioned before; 当天: the last day); without it they give no value. Values are
always real calendar dates.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .gate import Alternatives, prefilter

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
           "十一": 11, "十二": 12, "半": 0}
_EN_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_EN = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS_EN.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})

_PATTERN = re.compile(
    r"(?P<ymd>(?P<y1>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*月(?:\s*(?P<d1>\d{1,2})\s*[日号])?)"
    r"|(?P<iso>(?<![\d-])(?P<y2>(?:19|20)\d{2})-(?P<m2>\d{1,2})(?:-(?P<d2>\d{1,2}))?(?![\d-]))"
    r"|(?P<year>(?:(?<![\d〔\[（(—\-])|(?<=[（(])(?=(?:19|20)\d{2}\s*年(?:设立|成立|创立|创办|注册|出生|生|毕业|加入)))(?P<y3>(?:19|20)\d{2})\s*年(?![\d度]|代|以来|至今|—|-|〕)(?:初|底|末|中|上半年|下半年)?)"
    r"|(?P<rel>(?P<rw>今年|去年|前年|明年|同年|当年|本年)(?:\s*(?P<m4>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:\s*(?P<d4>\d{1,2})\s*[日号])?"
    r"|(?P<edge>年初|年底|年末|年中|初|底|末))?)"
    r"|(?P<mpart>(?<![\d年])(?P<m12>\d{1,2})\s*月(?:初|底|末|中旬|上旬|下旬))"
    r"|(?P<md>(?<![\d年])(?P<m5>\d{1,2})\s*月\s*(?P<d5>\d{1,2})\s*[日号])"
    r"|(?P<rm>上个?月|本月|这个月)"
    r"|(?P<yday>昨日|昨天|前日(?![\u4e00-\u9fff]{0,2}[报])|前天)"
    r"|(?P<same>当天|当日|同日|同一天|(?<![\u4e00-\u9fff])(?:会上|会议上|大会上|年会上|论坛上|峰会上|发布会上|仪式上|会议期间|大会期间|论坛期间|会议现场|大会现场|活动现场|仪式现场|论坛现场)(?=[，,]))"
    r"|(?P<enrel>(?<!the\s)(?<!over\s)(?<!past\s)\b(?P<enw>[Ll]ast|[Tt]his)\s(?P<enu>year|month)\b)"
    r"|(?P<wday>(?:(?<=\bon\s)|(?<=\b[Ll]ast\s))(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"|(?P<enago>\b(?P<n11>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s(?P<u11>years|months)\sago\b)"
    r"|(?P<dme>\b(?P<d9>\d{1,2})\s(?P<mon9>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s(?P<y9>(?:19|20)\d{2}))?\b)"
    r"|(?P<mde>\b(?P<mon10>January|February|March|April|May|June|July|August|September|October|November|December)\s(?P<d10>\d{1,2})\b(?!,?\s*(?:19|20)\d{2}))"
    r"|(?P<enm>(?<=\bin\s|\bIn\s)(?P<mon8>January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s(?P<enmw>last|this)\syear\b)?(?!\s*,?\s*\d))"
    r"|(?P<ago>(?P<n6>\d+|[一二两三四五六七八九十半]+)(?:个)?多?(?P<u6>个月|月|年|周|星期|天)多?(?:以)?前)"
    r"|(?P<en>(?:\b(?P<mon7>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:(?P<d7>\d{1,2}),?\s+)?"
    r"|(?:(?<=\bin )|(?<=\bIn )|(?<=\bby )|(?<=\bBy )|(?<=\bof )|(?<=\bsince )|(?<=\bSince )|(?<=\bearly )|(?<=\blate )|(?<=\bfrom )|(?<=\buntil )|(?<=\bmid-)))"
    r"(?P<y7>(?:19|20)\d{2})\b)"
)

_MAY_MATCH = prefilter([_PATTERN])
_ALTERNATIVES = Alternatives(_PATTERN)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str | None          # ISO: YYYY, YYYY-MM or YYYY-MM-DD; None when unresolved
    approximate: bool = False

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month", 10: "day"}.get(len(self.value or ""), "none")


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    if s.isdigit():
        return int(s)
    return _CN_NUM.get(s)


def _fmt(y: int, m: int | None = None, d: int | None = None) -> str | None:
    if not (1000 <= y <= 2999):
        return None
    if m is None:
        return f"{y:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _shift_months(day: dt.date, months: int) -> tuple[int, int]:
    total = day.year * 12 + (day.month - 1) - months
    return total // 12, total % 12 + 1


def find_dates(text: str, article_date: dt.date | None, last_year: int | None = None,
               last_day: str | None = None) -> list[DateMention]:
    """All date expressions in ``text``. ``last_year``: the last absolute year seen before (for 同年);
    ``last_day``: the last day the text gave before (ISO, for 当天 and 同日)."""
    if _MAY_MATCH is not None and _MAY_MATCH.search(text) is None:
        return []          # exact: every alternative of _PATTERN needs one of these words
    out: list[DateMention] = []
    pattern = _ALTERNATIVES.for_text(text)     # _PATTERN less the alternatives that cannot match here
    for m in (pattern.finditer(text) if pattern is not None else ()):
        value, approx = None, False
        if m["ymd"]:
            value = _fmt(int(m["y1"]), int(m["m1"]), _num(m["d1"]))
        elif m["iso"]:
            value = _fmt(int(m["y2"]), int(m["m2"]), _num(m["d2"]))
        elif m["year"]:
            value = _fmt(int(m["y3"]))
        elif m["rel"]:
            word = m["rw"]
            if word in ("同年", "当年"):
                year = last_year
            elif article_date is None:
                year = None
            else:
                year = article_date.year + {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1}[word]
            if year is not None:
                mo = _num(m["m4"])
                if mo is None and word in ("今年", "本年") and not m["edge"]:
                    value = None      # 今年 alone (今年以来) is not a date of an event (今年年初 is)
                elif mo is None and word == "当年" and re.search(r"(?:成立|创立|创办|注册|诞生)(?:的)?$", text[max(0, m.start() - 4):m.start()]):
                    value = None      # 公司成立当年: the founding year itself, not a year the text gives
                else:
                    value = _fmt(year, mo, _num(m["d4"]))
        elif m["mpart"]:          # 9月底: this year's, or last year's when that month has not come yet
            if article_date is not None and 1 <= int(m["m12"]) <= 12:
                mo = int(m["m12"])
                value = _fmt(article_date.year - (mo > article_date.month), mo)
        elif m["md"]:             # 3月6日: this year's, or last year's when that day has not come yet
            if article_date is not None:
                mo, d = int(m["m5"]), int(m["d5"])
                value = _fmt(article_date.year - ((mo, d) > (article_date.month, article_date.day)), mo, d)
        elif m["rm"]:
            if article_date is not None:
                y, mo = _shift_months(article_date, 1 if m["rm"].startswith("上") else 0)
                value = _fmt(y, mo)
        elif m["yday"]:           # 昨日发布: the day before the article's, 前天 the one before that
            if article_date is not None and article_date > dt.date.min + dt.timedelta(days=2):
                d = article_date - dt.timedelta(days=1 if m["yday"][0] == "昨" else 2)
                value = _fmt(d.year, d.month, d.day)      # (not before the first day there is)
        elif m["same"]:           # 11月4日，联盟成立。…当天，联盟还发布了…: the day named last (会上，…发布了…:
                                  # the meeting's, a clause's opening words only)
            value = last_day
        elif m["enrel"]:          # last year, last month, this month (this year alone: as 今年, no date)
            if article_date is not None:
                last = m["enw"].lower() == "last"
                if m["enu"] == "year":
                    value = _fmt(article_date.year - 1) if last else None
                else:
                    value = _fmt(*_shift_months(article_date, 1 if last else 0))
        elif m["wday"]:           # on Wednesday: the last such day up to the article's (news is of the past week)
            if article_date is not None and article_date > dt.date.min + dt.timedelta(days=7):
                back = (article_date.weekday() - _WEEKDAYS.index(m["wd"])) % 7
                if back == 0 and text[max(0, m.start() - 5):m.start()].lower() == "last ":
                    back = 7          # last Tuesday, written on a Tuesday: a week before
                d = article_date - dt.timedelta(days=back)
                value = _fmt(d.year, d.month, d.day)
        elif m["enago"]:          # two years ago: approximate, as 两年前
            n = _EN_NUM[m["n11"]] if m["n11"].isalpha() else int(m["n11"])
            if article_date is not None and n:
                approx = True
                value = _fmt(article_date.year - n) if m["u11"] == "years" else _fmt(*_shift_months(article_date, n))
        elif m["ago"]:
            n = _num(m["n6"])
            unit = m["u6"]
            if article_date is not None and n is not None:
                approx = True
                if unit in ("个月", "月"):
                    value = _fmt(*_shift_months(article_date, max(n, 0)))
                elif unit == "年":
                    value = _fmt(article_date.year - n)
                else:
                    days = n * (7 if unit in ("周", "星期") else 1)
                    try:
                        d = article_date - dt.timedelta(days=days)
                    except OverflowError:     # "1000000天前": before year 1, not a date
                        d = None
                    value = _fmt(d.year, d.month) if d else None
        elif m["dme"] or m["mde"]:
            mon = _MONTHS_EN[(m["mon9"] or m["mon10"]).lower()]
            day = int(m["d9"] or m["d10"])
            if m["y9"]:
                value = _fmt(int(m["y9"]), mon, day)
            elif article_date is not None:
                value = _fmt(article_date.year, mon, day)
        elif m["enm"]:
            if article_date is not None:
                value = _fmt(article_date.year - (m["enmw"] == "last"), _MONTHS_EN[m["mon8"].lower()])   # (in March last year)
        elif m["en"]:
            mon = _MONTHS_EN.get((m["mon7"] or "").lower().rstrip("."))
            if m["mon7"] and mon is None and m["mon7"].lower().startswith("sept"):
                mon = 9
            value = _fmt(int(m["y7"]), mon, _num(m["d7"]) if mon else None)
        out.append(DateMention(m.start(), m.end(), value, approx))
    return out


def last_absolute_year(mentions: list[DateMention]) -> int | None:
    for d in reversed(mentions):
        if d.value and not d.approximate:
            return int(d.value[:4])
    return None
