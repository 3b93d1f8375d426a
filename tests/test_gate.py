"""The sentence gate and the exact prefilters (kg/gate.py): what they skip never changes the output."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import cooccur, coref, dates, mentions
from kg.articles import Article, load_article
from kg.extract import CODES, RuleExtractor, load_rules
from kg.gate import Alternatives, WordFilter, bits, top_level_branches, prefilter, required_clauses, sentence_gate
from kg.lexicon import get_lexicon
from kg.mentions import recognise
from kg.rdf import build_article_graph
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted((ROOT / "tests/corpus/dev").glob("*.md")) + sorted((ROOT / "seeds").glob("*.md"))


def _sentences() -> list[str]:
    return [s.text for f in CORPUS for s in split_sentences(load_article(f).body)]


def test_required_clauses_read_alternatives_options_and_lookarounds():
    assert frozenset({"创立", "设立"}) in required_clauses("(?:创立|设立)了")
    assert all("联合" not in c for c in required_clauses("(?:联合)?创立"))
    assert frozenset({"创始人"}) in required_clauses("[一-龥]{2,6}(?=创始人)")
    assert required_clauses("(?!创始人)x") == [frozenset({"x"})]
    assert required_clauses(re.compile("abc", re.I)) == []           # case-insensitive: no literal to rely on
    assert all("ab" not in c for c in required_clauses("(?i:ab)c"))


def test_prefilter_is_none_when_a_pattern_needs_no_word():
    assert prefilter([re.compile("a+|b"), re.compile(r"\d+")]) is None
    assert prefilter([re.compile("x(?:y|z)")]).pattern in ("y|z", "x")


def test_gate_keeps_a_sentence_with_a_rule_trigger_and_its_slots():
    gate = sentence_gate(None)
    text = "星衡科技的创始人王磊表示，公司将扩大研发。"
    assert gate.needs_tagger(text, set())
    assert "founder.org-founder-person" in gate.possible_rules(text, set())
    # the trigger word alone is not enough when a slot of the rule cannot be filled
    assert "location.place-company-noun" not in gate.possible_rules("很多企业都很有名。", set())
    assert "location.place-company-noun" in gate.possible_rules("很多企业都很有名。", {"L", "C"})
    assert not gate.needs_tagger("上午十点，发布会准时开始。", set())


def test_gate_follows_the_rules_it_was_built_from():
    rules, _ = load_rules()
    gate = sentence_gate(None)
    mask = gate.ungated_mask
    for w in gate.words.keys():
        mask |= gate.words.get(w)[0]
    assert {gate.ids[i] for i in bits(mask)} == {r.id for r in rules}
    assert gate.ids == [r.id for r in rules]


def test_gate_tags_a_sentence_introducing_an_organisation_by_a_strong_suffix():
    assert sentence_gate(None).needs_tagger("杭州澜舟智能科技有限公司今天开放了展厅。", set())


def test_a_skipped_sentence_still_feeds_coreference():
    # the second sentence holds no relation word: the gate skips the tagger there, but 该公司 in the
    # next sentence finds no company without it, so that sentence is tagged after all (the first line,
    # the headline, is always tagged)
    body = "展会现场人头攒动。澜舟机器人的展台前排起了长队。该公司创始人王磊表示，明年将推出新款产品。"
    art = Article(id="t", path="t.md", title="t", body=body)
    assert not sentence_gate(None).needs_tagger("澜舟机器人的展台前排起了长队。", {"Z"})
    ex = RuleExtractor()
    _, (_, first), (_, second) = ex.mentions_for(art)
    assert ex.retries == 1
    assert [m.text for m in first] == ["澜舟机器人"]
    ref = next(m for m in second if m.source == "coref")
    assert [x.name for x in ref.refs] == ["澜舟机器人"]
    facts = {(c.subject.name, c.relation, c.object.name) for c in ex.extract(art).claims}
    assert ("澜舟机器人", "founder", "王磊") in facts


def test_gated_and_ungated_extraction_give_the_same_quads():
    lex = get_lexicon()
    for f in CORPUS:
        art = load_article(f)
        a, b = (ox.serialize(build_article_graph(art, RuleExtractor(gated=g), lex).quads, format=ox.RdfFormat.N_QUADS)
                for g in (True, False))
        assert a == b, f.name


def test_gated_recognise_only_skips_the_tagger():
    gate = sentence_gate(None)
    lex = get_lexicon()
    for text in _sentences():
        if not gate.needs_tagger(text, {CODES[m.type] for m in recognise(text, lex, with_tagger=False)}):
            assert not gate.possible_rules(text, {CODES[m.type] for m in recognise(text, lex)}), text


class _Everything:
    """A WordFilter that lets every pattern run (the code as it was before the filters)."""

    def mask(self, text: str) -> int:
        return -1


class _Whole:
    """An Alternatives that always gives the whole pattern (no alternative left out)."""

    def for_text(self, text: str):
        return dates._PATTERN


@pytest.mark.parametrize("module, attrs, call", [
    (coref, {"_MAY_REFER": None, "_EACH": _Everything()},
     lambda t: [(m.start, m.end, m.name) for m in coref.resolve_references(t, [], [], [])]),
    (dates, {"_MAY_MATCH": None, "_ALTERNATIVES": _Whole()}, lambda t: dates.find_dates(t, dt.date(2025, 3, 1), 2020)),
])
def test_prefilters_are_exact(module, attrs, call, monkeypatch):
    texts = _sentences() + ["该公司", "上述三家企业", "He said", "The company", "2021年3月", "上月", "3 March",
                            "in May", "两个多月前", "今年", "公司于", "前年", "一个月前", "2024-05-06", "in 2019, it",
                            "2023年成立，去年3月融资", "5 March 2021", "March 5", "上个月和本月"]
    with_filter = [call(t) for t in texts]
    for attr, off in attrs.items():
        assert getattr(module, attr) is not None
        monkeypatch.setattr(module, attr, off)
    assert [call(t) for t in texts] == with_filter


def test_alternatives_leave_out_only_what_cannot_match():
    alts = Alternatives(re.compile(r"(?P<a>甲(?P<x>\d))|(?P<b>乙)|(?P<c>丙丁)"))
    p = alts.for_text("乙和甲1")
    assert p.pattern.startswith("(?P<a>甲(?P<x>\\d))|(?P<b>乙)|(?!)")
    m = p.search("乙和甲1")
    assert m["b"] == "乙" and m["c"] is None            # a left-out alternative's group is still there
    assert alts.for_text("戊") is None
    assert alts.for_text("甲乙丙丁") is alts.pattern
    assert top_level_branches(r"a[|(]b|c(?:d|e)") == ["a[|(]b", "c(?:d|e)"]
    assert top_level_branches("(?:a|b)") is None


def test_required_clauses_read_small_character_classes_only():
    assert frozenset("ABC") in required_clauses("x[A-C]")
    assert frozenset("ab") in required_clauses("[ab]y")
    assert required_clauses("[\u4e00-\u9fff]") == []            # too large to be a useful clause
    assert required_clauses("[^A-C]") == [] and required_clauses(r"[\dA]") == []


def test_bits_and_the_rule_masks_agree():
    assert list(bits(0b101001)) == [0, 3, 5]
    gate = sentence_gate(None)
    text = "星衡科技的创始人王磊表示，公司将扩大研发。"
    mask = gate.possible_mask(text, gate._mask({"C", "P"}), final=True)
    assert {gate.ids[i] for i in bits(mask)} == gate.possible_rules(text, {"C", "P"}, final=True)
    assert "founder.org-founder-person" in gate.possible_rules(text, {"C", "P"}, final=True)
    assert "founder.org-founder-person" not in gate.possible_rules(text, {"C"}, final=True)


def test_word_filter_sets_a_bit_only_where_the_pattern_can_match():
    wf = WordFilter([re.compile("(?:领投|跟投)"), re.compile(r"\d+"), re.compile("[A-Z]\\d")])
    assert wf.mask("红杉中国领投") == 0b011
    assert wf.mask("本轮融资") == 0b010            # the pattern without a required word always runs
    assert wf.mask("QG-300") == 0b110


def test_recogniser_and_trigger_filters_are_exact(monkeypatch):
    lex = get_lexicon()
    texts = _sentences() + ["QG-300系列由星衡科技推出", "红杉中国、高瓴资本跟投", "投资方包括甲乙资本和丙丁创投",
                            "合肥市科技局会同财政局发布", "南京江宁开发区", "浙江大学创建了计算机学院"]

    def run():
        out = []
        for t in texts:
            ms = recognise(t, lex)
            out.append([(m.start, m.end, m.type, m.name) for m in ms])
            out.append(cooccur.find(t, ms, CODES, re.compile("并非"), re.compile("据称")))
        return out
    filtered = run()
    words, bit = mentions._word_filter()
    monkeypatch.setattr(mentions, "_word_filter", lambda: (_Everything(), bit))
    monkeypatch.setattr(cooccur, "_triggers", lambda: (_Everything(), _Everything()))
    assert run() == filtered


def test_the_rule_loop_needs_every_required_clause_and_loses_nothing(monkeypatch):
    gate = sentence_gate(None)
    assert any(gate.need)              # some rules have further required clauses of two or more characters
    lex = get_lexicon()

    def claims():
        gate._words_of.clear()
        return [(c.subject.name, c.relation, str(c.object if isinstance(c.object, str) else c.object.name), c.extractor)
                for f in CORPUS for c in RuleExtractor(lex).extract(load_article(f)).claims]
    strict = claims()
    monkeypatch.setattr(gate, "need", [0] * len(gate.need))
    assert claims() == strict


def test_required_clauses_from_the_memo_equal_a_fresh_reading(tmp_path):
    """required_clauses keeps its answers in a file shared between processes: each answer read back
    equals what re._parser gives now, for every rule, and a new process reads the same."""
    import os
    import subprocess
    import sys
    from kg.extract import load_rules
    from kg.gate import parse_clauses, required_clauses
    rules, _ = load_rules()
    for r in rules:
        assert required_clauses(r.regex) == parse_clauses(r.regex.pattern), r.id
    code = ("from kg.extract import load_rules\nfrom kg.gate import parse_clauses, required_clauses\n"
            "import kg.gate as g\nrules, _ = load_rules()\n"
            "assert all(required_clauses(r.regex) == parse_clauses(r.regex.pattern) for r in rules)\n"
            "print(len(g._CLAUSES['memo']))")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert list((tmp_path / "hangzhou-kg").glob("required-clauses-*.marshal"))
    again = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert int(again.stdout) >= len(rules) and first.stdout == again.stdout


def test_declarations_equal_a_full_scan():
    """kg.gazetteer._declarations gives exactly _DECL.finditer's matches, only faster."""
    from kg.gazetteer import _DECL, _declarations
    bodies = [load_article(f).body for f in sorted((ROOT / "tests/corpus").rglob("*.md"))]
    bodies += ["深度求索（以下简称“深度求索”）", "a  （简称A）", "（简称X）", "甲乙（简称丙）（简称丁）", "甲乙  \n （English name Foo）",
               "一" * 40 + "（简称X）", "杭州深度求索人工智能基础技术研究有限公司（以下简称“深度求索”）和月之暗面（英文名称：Moonshot）"]
    found = 0
    for b in bodies:
        want = [(m.span(), m.groups()) for m in _DECL.finditer(b)]
        assert [(m.span(), m.groups()) for m in _declarations(b)] == want, b[:80]
        found += len(want)
    assert found > 10
