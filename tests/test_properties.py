"""Property-based tests (hypothesis) across stages: the loader never raises on arbitrary bytes or
Unicode (only a clear InputFileError), the sentences of what it loads slice back to the body, the
dates it reads and resolves are real calendar dates, and the extractor never raises and quotes
every claim verbatim from the body.

(tests/test_sentences.py and tests/test_dates.py hold the single-stage properties of the sentence
splitter and the date resolver; these check the stages together, on what the loader produces.)
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.articles import _parse_date, load_article
from kg.dates import find_dates
from kg.errors import InputFileError
from kg.sentences import MAX_LEN, split_sentences

SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

# pieces that exercise the loader: front-matter syntax, YAML oddities, Markdown, encodings' edge cases
_LOADER_PIECES = st.sampled_from([
    "---", "---\n", "...\n", "\n", "\r\n", "\r", "\ufeff", "title: ", "date: ", "tags: ", "source: ",
    "2025-02-30", "2025-01-15", "2025-13-45 10:00:00", "[", "]", "{", "}", "&a ", "*a", "!!binary ", "!!python/name:os ",
    "- ", ": ", '"', "'", "\\u", "\\x", "#", "## ", "![图](x.png)", "[链接](https://example.com)", "**粗**",
    "图片来源：", "https://example.com/a", "<script>alert(1)</script>", "正文。", "杭州", "\t", "\x00", "\x1b[31m",
    "\u2028", "\x85", "\ud7ff", "\U0001F600", "上周五", "去年3月", "3天前", "。", "，",
])


def _load(tmp_path, data: bytes):
    p = tmp_path / "a.md"
    p.write_bytes(data)
    try:
        return load_article(p)
    except InputFileError as exc:
        assert exc.path == str(p) and exc.reason and "\n" not in exc.reason
        return None


def _check_article(a) -> None:
    assert a.body.strip()
    assert "\r" not in a.body and "\ufeff" not in a.body
    assert not CONTROL.search(a.body.replace("\n", "").replace("\t", ""))
    assert not CONTROL.search(a.title)
    for t in a.tags:
        assert not CONTROL.search(t)
    for s in split_sentences(a.body):
        assert a.body[s.start:s.end] == s.text and 0 < len(s.text) <= MAX_LEN
    if a.date is not None:
        assert isinstance(a.date, dt.date)
        for d in find_dates(a.body, a.date):
            if d.value:
                assert_real(d.value)


def assert_real(value: str) -> None:
    parts = [int(x) for x in value.split("-")]
    assert len(value) in (4, 7, 10) and 1000 <= parts[0] <= 2999
    if len(parts) > 1:
        assert 1 <= parts[1] <= 12
    if len(parts) > 2:
        assert 1 <= parts[2] <= calendar.monthrange(parts[0], parts[1])[1]


@settings(max_examples=150, **SETTINGS)
@given(data=st.binary(max_size=2000))
def test_loader_never_raises_on_arbitrary_bytes(tmp_path, data):
    a = _load(tmp_path, data)
    if a is not None:
        _check_article(a)


@settings(max_examples=150, **SETTINGS)
@given(text=st.text(max_size=500), enc=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_loader_never_raises_on_arbitrary_unicode(tmp_path, text, enc):
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:        # lone surrogates cannot be written in any encoding
        assume(False)
    a = _load(tmp_path, data)
    if a is not None:
        _check_article(a)


@settings(max_examples=200, **SETTINGS)
@given(text=st.lists(_LOADER_PIECES, max_size=40).map("".join))
def test_loader_never_raises_on_front_matter_like_text(tmp_path, text):
    a = _load(tmp_path, text.encode("utf-8", "surrogatepass"))
    if a is not None:
        _check_article(a)


@settings(max_examples=200, **SETTINGS)
@given(value=st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.dates(),
                       st.datetimes(), st.lists(st.text(max_size=5), max_size=3),
                       st.dictionaries(st.text(max_size=3), st.integers(), max_size=2)))
def test_front_matter_dates_are_real_or_none(value):
    day, when = _parse_date(value)
    assert day is None or isinstance(day, dt.date)
    assert when is None or (isinstance(when, dt.datetime) and when.date() == day)


# ------------------------------------------------------------------------- the extractor

_EXTRACT_PIECES = st.sampled_from([
    "深度求索", "梁文锋", "浙江大学", "宇树科技", "王兴兴", "杭州", "游戏科学", "冯骥", "浙大", "DeepSeek", "Unitree",
    "创始人", "毕业于", "创立", "创办了", "成立于", "总部位于", "位于", "投资", "领投", "发布", "研发", "推出", "旗下",
    "据称", "曾任", "担任", "CEO", "首席执行官", "教授", "联合创始人", "的", "和", "、", "与", "是", "在",
    "2016年", "2023年7月", "去年3月", "今年", "同年", "3天前", "1月5日",
    "。", "，", "；", "！", "？", "“", "”", "（", "）", "《", "》", "：", "…", " ", "\n", "\n\n",
    "was founded by", " in ", "Hangzhou", " studied at ", "Zhejiang University", ". ", "(", ")",
    "<b>", "</b>", "<script>alert('x')</script>", "&amp;", "[/i]", "{ORG:s}", "\\", "\ue000", "\ue001", "\U0001F600",
])


def _extract(body: str):
    from kg.articles import Article
    from kg.extract import get_extractor
    from kg.lexicon import get_lexicon
    from kg.rdf import build_article_graph
    art = Article(id="p", path="p.md", title="t", body=body, date=dt.date(2025, 2, 7))
    result = get_extractor("rules").extract(art)
    for c in result.claims:
        s = c.sentence
        assert body[s.start:s.end] == s.text, "a claim's quote is not the body at its offsets"
        assert s.text in body
        assert 0.0 <= c.confidence <= 1.0
        if isinstance(c.object, str):
            assert_real(c.object)
    ag = build_article_graph(art, get_extractor("rules"), get_lexicon())
    return result, ag


def _claim_quotes(ag) -> list[tuple[str, int, int]]:
    by = {}
    for q in ag.quads:
        p = q.predicate.value
        if p.endswith(("#quote", "#startOffset", "#endOffset")):
            by.setdefault(q.subject.value, {})[p.rsplit("#", 1)[1]] = q.object.value
    return [(d["quote"], int(d["startOffset"]), int(d["endOffset"])) for d in by.values()]


def _check_extraction(body: str) -> None:
    _result, ag = _extract(body)
    for quote, start, end in _claim_quotes(ag):
        assert body[start:end] == quote


@settings(max_examples=60, **SETTINGS)
@given(body=st.lists(_EXTRACT_PIECES, min_size=1, max_size=60).map("".join))
def test_extractor_never_raises_and_quotes_verbatim(body):
    assume(body.strip())
    _check_extraction(body)


@settings(max_examples=40, **SETTINGS)
@given(body=st.text(min_size=1, max_size=300))
def test_extractor_never_raises_on_arbitrary_unicode(body):
    _check_extraction(body)


@pytest.mark.parametrize("body", [
    "深度求索创始人梁文锋毕业于浙江大学。",
    "Unitree was founded by Wang Xingxing in Hangzhou in 2016.",
    "<script>alert(1)</script>深度求索创始人梁文锋毕业于浙江大学。",
    "梁文锋" * 250,                      # a long sentence cut at MAX_LEN
])
def test_extractor_quotes_known_sentences_verbatim(body):
    result, ag = _extract(body)
    if "梁文锋毕业于" in body or "founded by" in body:
        assert result.claims, "expected at least one claim"
    for quote, start, end in _claim_quotes(ag):
        assert body[start:end] == quote
