"""Entity resolution across articles: one IRI per real-world entity, homonyms kept apart."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.build import run_build
from kg.store import open_store, select


def write(folder: Path, name: str, date: str, body: str) -> None:
    (folder / name).write_text(f"---\ntitle: {name}\ndate: {date}\n---\n\n{body}\n", encoding="utf-8")


def build_two(tmp_path: Path, body_a: str, body_b: str):
    """Build two one-sentence articles and return the store."""
    src = tmp_path / "in"
    src.mkdir()
    write(src, "a.md", "2025-01-02", body_a)
    write(src, "b.md", "2025-01-03", body_b)
    run_build([str(src)], out_dir=str(tmp_path / "out"), validate=False)
    return open_store(tmp_path / "out" / "store")


def people(store, label: str) -> set[str]:
    rows = select(store, "SELECT DISTINCT ?e ?want WHERE { ?e a schema:Person ; rdfs:label ?l . FILTER(STR(?l) = ?want) }",
                  {"want": ox.Literal(label)})
    return {r["e"] for r in rows}


def test_homonyms_at_different_companies_get_different_iris(tmp_path):
    st = build_two(tmp_path, "星衡智能CTO王磊负责整机研发。", "鹏城资本合伙人王磊主导了此次投资。")
    assert len(people(st, "王磊")) == 2


def test_same_name_same_affiliation_in_two_articles_is_one_person(tmp_path):
    st = build_two(tmp_path, "趣链科技创始人李伟毕业于浙江大学。", "趣链科技的创始人李伟表示，公司将加大研发投入。")
    assert len(people(st, "李伟")) == 1


def test_english_and_chinese_names_of_a_lexicon_entity_are_one_iri(tmp_path):
    st = build_two(tmp_path, "宇树科技的创始人王兴兴毕业于上海大学。", "Unitree Robotics was founded by Wang Xingxing.")
    founders = select(st, "SELECT DISTINCT ?c ?p WHERE { ?c schema:founder ?p }")
    assert {(r["c"], r["p"]) for r in founders} == {
        ("https://w3id.org/hzkg/entity/yu-shu-keji", "https://w3id.org/hzkg/entity/wang-xingxing")}
