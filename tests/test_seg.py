"""kg.seg.tag is a faster re-implementation of jieba.posseg.lcut: it must give exactly the same words and flags."""
from __future__ import annotations

from pathlib import Path

import jieba.posseg as ps
import pytest

from kg import seg
from kg.articles import load_article
from kg.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def _jieba(text: str) -> list[tuple[str, str]]:
    return [(p.word, p.flag) for p in ps.lcut(text)]


def _corpus_sentences() -> list[str]:
    out = []
    for d in ("tests/corpus/dev", "tests/corpus/heldout", "seeds"):
        for f in sorted((ROOT / d).glob("*.md")):
            out.extend(s.text for s in split_sentences(load_article(f).body))
    return out


def test_tag_equals_jieba_posseg_on_the_corpora():
    sents = _corpus_sentences()
    assert len(sents) > 100
    seg._cut_detail.cache_clear()
    for s in sents:
        assert seg.tag(s) == _jieba(s), s


@pytest.mark.parametrize("text", [
    "", " ", "\n", "。", "abc", "R1", "Qwen2.5-Max", "3.14", "2025年2月10日", "GPT-4o 和 DeepSeek-V3",
    "欧阳靖川和韦澜联合创办了澄川科技", "嘻嘻嘻嘻嘻嘻嘻嘻", "鿕鿕鿕", "ｆｕｌｌ　ｗｉｄｔｈ", "中\u3000文\t混 排",
    "邵嘉言此前在一家外资企业做了八年算法研究", "这一这一这一", "A轮融资由某某资本领投", "α β γ", "🙂表情🙂",
])
def test_tag_equals_jieba_posseg_on_edge_cases(text):
    assert seg.tag(text) == _jieba(text)
    assert seg.tag(text) == _jieba(text)          # the second time from the cache


def test_viterbi_route_equals_jieba():
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi
    for run in ("邵嘉言此前", "欧阳靖川和韦澜", "鿕鿕鿕", "嘻", "衡宇智能澄川科技启明芯算"):
        assert seg._viterbi(run) == viterbi(run, char_state_tab_P, start_P, trans_P, emit_P)[1]


_TABLES = r'''
import hashlib, sys
if sys.argv[1] == "jieba":
    import jieba, jieba.posseg as posseg
    jieba.dt.check_initialized()
else:
    from kg import seg
    import jieba
    posseg = seg._posseg
    assert jieba.dt.initialized
print(hashlib.sha1(repr((jieba.dt.total, sorted(jieba.dt.FREQ.items()),
                         sorted(posseg.dt.word_tag_tab.items()))).encode()).hexdigest())
'''


def test_cached_tables_are_jiebas(tmp_path):
    """kg.seg keeps jieba's dictionary and tag table in a cache file (XDG_CACHE_HOME/hangzhou-kg):
    the first process writes it, the next loads it; both give the tables jieba builds itself."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def run(how):
        return subprocess.run([sys.executable, "-c", _TABLES, how], env=env, capture_output=True, text=True,
                              check=True).stdout.strip()
    own = run("jieba")
    assert run("kg") == own                                   # writes the cache
    assert list((tmp_path / "hangzhou-kg").glob("jieba-tables-*.marshal"))
    assert run("kg") == own                                   # reads it
