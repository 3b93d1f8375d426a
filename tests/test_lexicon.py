"""kg/lexicon.py and ontology/lexicon.yaml: alias resolution, matching rules, and the file's shape."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.lexicon import Entry, Lexicon, get_lexicon, load_entries, norm
from kg.vocab import TYPES

LEXICON_YAML = Path(__file__).resolve().parent.parent / "ontology" / "lexicon.yaml"
ENTITY_KEYS = {"name", "type", "aliases", "en", "iri"}
PLACE_KEYS = {"name", "aliases", "en"}


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return get_lexicon()


def hits(lex: Lexicon, text: str) -> list[tuple[str, str]]:
    return [(text[s:e], entry.key) for s, e, entry in lex.find(text)]


@pytest.mark.parametrize("name, canonical", [
    ("浙大", "浙江大学"),
    ("DeepSeek", "深度求索"),
    ("deepseek", "深度求索"),
    ("ＤｅｅｐＳｅｅｋ", "深度求索"),          # full-width: NFKC
    ("Deep Seek", "深度求索"),              # white space is ignored
    ("阿里", "阿里巴巴"),
    ("阿里巴巴集团", "阿里巴巴"),
    ("竺可桢学院", "浙江大学竺可桢学院"),
    ("杭州市", "杭州"),
    ("Hangzhou", "杭州"),
    ("六小龙", "杭州六小龙"),
])
def test_aliases_resolve(lex, name, canonical):
    e = lex.lookup(name)
    assert e is not None, name
    assert e.key == canonical


def test_unknown_name(lex):
    assert lex.lookup("星衡智能") is None


def test_types_of_known_entities(lex):
    assert lex.lookup("浙大").type == "University"
    assert lex.lookup("DeepSeek").type == "Company"
    assert lex.lookup("杭州").type == "Place"
    assert lex.lookup("竺可桢学院").type == "AcademicUnit"


def test_find_resolves_aliases_in_text(lex):
    text = "梁文锋毕业于浙大，创办了DeepSeek，并与阿里有合作。"
    assert hits(lex, text) == [("梁文锋", "梁文锋"), ("浙大", "浙江大学"), ("DeepSeek", "深度求索"), ("阿里", "阿里巴巴")]


def test_ascii_names_only_on_word_boundaries(lex):
    assert hits(lex, "他毕业于USTC。") == [("USTC", "中国科学技术大学")]
    assert hits(lex, "US companies") == [("US", "美国")]
    assert hits(lex, "the USA and the US") == [("USA", "美国"), ("US", "美国")]
    assert hits(lex, "BUS stops and USB ports") == []
    assert hits(lex, "DeepSeekR1") == []
    assert hits(lex, "DeepSeek-R1") == [("DeepSeek", "深度求索")]
    assert hits(lex, "用了DeepSeek的模型") == [("DeepSeek", "深度求索")]   # CJK next to ASCII is a boundary


def test_leftmost_longest(lex):
    assert hits(lex, "浙江大学竺可桢学院的学生") == [("浙江大学竺可桢学院", "浙江大学竺可桢学院")]
    assert hits(lex, "阿里巴巴集团和阿里") == [("阿里巴巴集团", "阿里巴巴"), ("阿里", "阿里巴巴")]
    assert hits(lex, "杭州市人民政府") == [("杭州市人民政府", "杭州市人民政府")]
    assert hits(lex, "Unitree Robotics and Unitree") == [("Unitree Robotics", "宇树科技"), ("Unitree", "宇树科技")]


def test_offsets_map_back_through_normalisation(lex):
    text = "这是 Ｄｅｅｐ Ｓｅｅｋ 的模型"
    (s, e, entry), = lex.find(text)
    assert entry.key == "深度求索"
    assert text[s:e] == "Ｄｅｅｐ Ｓｅｅｋ"


def test_hand_made_lexicon_overlaps():
    lx = Lexicon([Entry("甲乙", "Company", aliases=["甲"]), Entry("乙丙丁", "Company"), Entry("AB", "Company")])
    text = "甲乙丙丁 AB ABC"
    assert [(text[s:e], x.key) for s, e, x in lx.find(text)] == [("甲乙", "甲乙"), ("AB", "AB")]
    assert norm(" Ａ Ｂ ") == "ab"


# ------------------------------------------------------------------------- the YAML file itself

@pytest.fixture(scope="module")
def data() -> dict:
    return yaml.safe_load(LEXICON_YAML.read_text(encoding="utf-8"))


def test_lexicon_has_no_relation_keys(data):
    assert set(data) <= {"entities", "places"}
    for item in data["entities"]:
        assert isinstance(item, dict), item
        assert set(item) <= ENTITY_KEYS, f"{item.get('name')}: unexpected keys {set(item) - ENTITY_KEYS}"
        assert {"name", "type"} <= set(item), item
        for key in ("aliases", "en"):
            assert isinstance(item.get(key, []), list), item
            assert all(isinstance(x, str) and x.strip() for x in item.get(key, [])), item


def test_lexicon_types_are_vocabulary_types(data):
    for item in data["entities"]:
        assert item["type"] in TYPES, item
    assert all(e.type in TYPES for e in load_entries(LEXICON_YAML))


def test_places_section_shape(data):
    places = data["places"]
    assert set(places) <= {"Place", "city_aliases", "provinces", "cities"}
    assert all(isinstance(p, str) for p in places["Place"])
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in places["provinces"].items())
    assert all(isinstance(p, str) and 2 <= len(p) <= 5 for p in places["cities"])
    for key, v in places["city_aliases"].items():
        assert set(v or {}) <= PLACE_KEYS, f"{key}: unexpected keys {set(v) - PLACE_KEYS}"


def test_canonical_names_are_unique(data):
    names = [item["name"] for item in data["entities"]]
    assert len(names) == len(set(names))


def test_no_name_points_at_two_entities():
    owner: dict[str, str] = {}
    clashes = []
    for e in load_entries(LEXICON_YAML):
        for n in e.names():
            k = norm(n)
            if k in owner and owner[k] != e.key:
                clashes.append((n, owner[k], e.key))
            owner.setdefault(k, e.key)
    assert clashes == []


def test_fast_normalisation_is_the_per_character_one():
    from kg.articles import load_article
    from kg.lexicon import _norm_each, _norm_with_index
    root = Path(__file__).resolve().parents[1]
    texts = [load_article(f).body for f in sorted((root / "tests/corpus/dev").glob("*.md"))]
    texts += ["深度求索DeepSeek", "ＤｅｅｐＳｅｅｋ", "Deep Seek", "ΑΣ", "İstanbul", "ﬁne", "e\u0301", "\u00a0x", "浙大", ""]
    for t in texts:
        normed, index = _norm_with_index(t)
        slow, slow_index = _norm_each(t)
        assert normed == slow
        assert (index if index is not None else list(range(len(t)))) == slow_index


def test_cities_get_their_city_form_and_pinyin_and_shared_spellings_go_to_neither():
    from kg.lexicon import get_lexicon
    lex = get_lexicon()
    yantai = lex.lookup("烟台市")
    assert yantai is not None and yantai.key == "烟台" and yantai.type == "Place"
    assert lex.lookup("Yantai").key == "烟台"
    assert lex.lookup("Shaanxi").key == "陕西" and lex.lookup("Shanxi").key == "山西"
    assert lex.lookup("Taizhou") is None          # 台州 and 泰州 share the spelling
    assert lex.lookup("Suzhou").key == "苏州"      # written out in city_aliases: that one wins
