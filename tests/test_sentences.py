"""kg/sentences.py: sentence splitting with exact character offsets into the body."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.sentences import MAX_LEN, split_sentences


def texts(body: str) -> list[str]:
    return [s.text for s in split_sentences(body)]


def check_offsets(body: str) -> None:
    sents = split_sentences(body)
    last_end = 0
    for i, s in enumerate(sents):
        assert s.index == i
        assert body[s.start:s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= last_end                 # in order, never overlapping
        assert len(s.text) <= MAX_LEN
        last_end = s.end


def test_chinese_terminators():
    body = "第一句。第二句！第三句？第四句；第五句……第六句"
    assert texts(body) == ["第一句。", "第二句！", "第三句？", "第四句；", "第五句……", "第六句"]
    check_offsets(body)


def test_runs_of_terminators_stay_together():
    assert texts("真的吗？！当然。。") == ["真的吗？！", "当然。。"]


def test_newlines_split_and_blank_lines_vanish():
    body = "行一\n行二\n\n\n  行三  \n"
    assert texts(body) == ["行一", "行二", "行三"]
    check_offsets(body)


def test_closing_quotes_and_brackets_stay_with_the_sentence():
    body = "他说：“我们会赢。”然后离开了。（括号里的话。）后文。「引语！」完"
    assert texts(body) == ["他说：“我们会赢。”", "然后离开了。", "（括号里的话。）", "后文。", "「引语！」", "完"]
    check_offsets(body)


def test_ellipsis_splits_except_before_a_comma():
    assert texts("他停了一下……然后说。") == ["他停了一下……", "然后说。"]
    assert texts("深度求索、宇树科技……，都在杭州。") == ["深度求索、宇树科技……，都在杭州。"]
    assert texts("他说…，好。") == ["他说…，好。"]
    assert texts("他说……”，然后走了。") == ["他说……”，然后走了。"]
    assert texts("他说……”然后走了。") == ["他说……”", "然后走了。"]


def test_english_sentences():
    body = "Unitree was founded in 2016. Wang graduated from Shanghai University. It makes robots!"
    assert texts(body) == ["Unitree was founded in 2016.", "Wang graduated from Shanghai University.",
                           "It makes robots!"]
    check_offsets(body)


def test_decimal_points_do_not_split():
    assert texts("融资3.5亿元。估值达到12.8 billion dollars.") == ["融资3.5亿元。", "估值达到12.8 billion dollars."]


def test_offsets_slice_back_on_a_mixed_body():
    body = ("  每经记者：唐俊    每经编辑：刘艳美\n\n今年以来，从深度求索（DeepSeek）到宇树科技，"
            "“杭州六小龙”火了！\n\nDeepSeek's R1 model is strong. 它来自杭州。\n")
    sents = split_sentences(body)
    assert [s.text for s in sents] == ["每经记者：唐俊    每经编辑：刘艳美",
                                       "今年以来，从深度求索（DeepSeek）到宇树科技，“杭州六小龙”火了！",
                                       "DeepSeek's R1 model is strong.", "它来自杭州。"]
    check_offsets(body)


def test_empty_and_blank_bodies():
    assert split_sentences("") == []
    assert split_sentences(" \n\t\n ") == []
    assert texts("。") == ["。"]


def test_long_run_without_punctuation_is_cut():
    body = "字" * (MAX_LEN * 3 + 17)
    sents = split_sentences(body)
    assert len(sents) == 4
    assert all(len(s.text) <= MAX_LEN for s in sents)
    assert "".join(s.text for s in sents) == body
    check_offsets(body)


def test_long_run_is_cut_after_a_comma():
    clause = "这是一段没有句号的长文字，"            # 13 characters
    body = clause * 200
    sents = split_sentences(body)
    assert len(sents) > 1
    assert all(len(s.text) <= MAX_LEN for s in sents)
    assert all(s.text.endswith("，") for s in sents)
    assert "".join(s.text for s in sents) == body
    check_offsets(body)


def test_long_english_run_is_cut_at_spaces():
    body = " ".join(["word"] * 1000)
    sents = split_sentences(body)
    assert all(len(s.text) <= MAX_LEN for s in sents)
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in sents)
    assert " ".join(s.text for s in sents) == body
    check_offsets(body)


_PIECES = st.sampled_from(["。", "！", "？", "；", "…", "……", "”", "」", "）", ".", "!", "?", ";", " ", "\n",
                           "\r\n", "，", "a", "A", "1", "杭", "字", "\u3000", "\t", "'", '"', "e.g. ", "\x00"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_property_arbitrary_unicode_offsets_slice_back(body):
    check_offsets(body)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=200).map("".join))
def test_property_punctuation_heavy_text_offsets_slice_back(body):
    check_offsets(body)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from("字a ，"), min_size=MAX_LEN, max_size=MAX_LEN * 4))
def test_property_long_runs_are_bounded(body):
    sents = split_sentences(body)
    check_offsets(body)
    # nothing but white space is lost
    assert "".join(s.text for s in sents).replace(" ", "") == body.replace(" ", "")
