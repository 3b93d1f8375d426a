"""kg/evaluate.py: gold TSV parsing and precision / recall / F1 on hand-made predictions."""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.errors import UserError
from kg.evaluate import (GoldRow, Prediction, eval_command, evaluate, format_text, gold_norm, read_gold,
                         score)
from kg.vocab import ARTICLE, CLAIM, ENTITY, HZ, PROV, RDF, RDFS, RELATIONS, SKOS

HEADER = "subject\tpredicate\tobject\tneed\tevidence\n"


def gold_file(tmp_path, body: str, name: str = "gold.tsv", comment: str = "# Gold facts for seeds/x.md\n"):
    p = tmp_path / name
    p.write_text(comment + HEADER + body, encoding="utf-8")
    return p


def row(subject, relation, obj, need="R") -> GoldRow:
    return GoldRow({gold_norm(x) for x in subject.split("|")}, relation, {gold_norm(x) for x in obj.split("|")},
                   need, "", "gold.tsv", (subject, obj))


def pred(relation, s_names, o_names) -> Prediction:
    return Prediction(s_names[0], relation, o_names[0], {gold_norm(x) for x in s_names},
                      {gold_norm(x) for x in o_names})


# ------------------------------------------------------------------------- read_gold

def test_read_gold_parses_alternatives_need_and_evidence(tmp_path):
    p = gold_file(tmp_path, "深度求索|DeepSeek\tfounder\t梁文锋\tR\t其创始人梁文锋本是广东人\n"
                            "\n"
                            "梁文锋\tworksFor\t深度求索| DeepSeek \to\t\n"
                            "《2024全球独角兽榜》\tdatePublished\t2024\tR\n")
    rows, article = read_gold(str(p))
    assert article == "seeds/x.md"
    assert len(rows) == 3
    r0, r1, r2 = rows
    assert r0.subject == {"深度求索", "deepseek"} and r0.relation == "founder" and r0.object == {"梁文锋"}
    assert r0.need == "R" and r0.evidence == "其创始人梁文锋本是广东人"
    assert r0.raw == ("深度求索|DeepSeek", "梁文锋")
    assert r1.need == "O" and r1.object == {"深度求索", "deepseek"}
    assert r2.subject == {"2024全球独角兽榜"} and r2.object == {"2024"} and r2.evidence == ""
    assert all(r.file == str(p) for r in rows)


def test_read_gold_without_article_comment(tmp_path):
    rows, article = read_gold(str(gold_file(tmp_path, "a\tfounder\tb\tR\tx\n", comment="")))
    assert article is None and len(rows) == 1


def test_gold_norm():
    assert gold_norm("《杭州市人工智能产业发展“十四五”规划》") == "杭州市人工智能产业发展十四五规划"
    assert gold_norm("Deep Seek") == "deepseek"
    assert gold_norm("杭州市未来产业培育行动计划（2025—2026年）") == "杭州市未来产业培育行动计划(2025—2026年)"


def test_bad_relation_is_a_user_error_with_line_number(tmp_path):
    p = gold_file(tmp_path, "a\tfounder\tb\tR\tx\nc\tfoundedBy\td\tR\tx\n")
    with pytest.raises(UserError) as info:
        read_gold(str(p))
    # line 1 comment, 2 header, 3 first row, 4 the bad row
    assert str(info.value) == f"{p}:4: unknown relation 'foundedBy'"


def test_bad_need_is_a_user_error(tmp_path):
    p = gold_file(tmp_path, "a\tfounder\tb\tX\tx\n")
    with pytest.raises(UserError) as info:
        read_gold(str(p))
    assert str(info.value) == f"{p}:3: need must be R or O, not 'X'"


def test_too_few_columns_is_a_user_error(tmp_path):
    p = gold_file(tmp_path, "a\tfounder\tb\n")
    with pytest.raises(UserError) as info:
        read_gold(str(p))
    assert str(info.value) == f"{p}:3: expected at least 4 tab-separated columns"


def test_missing_gold_file(tmp_path):
    missing = str(tmp_path / "missing.tsv")
    with pytest.raises(UserError) as info:
        read_gold(missing)
    assert str(info.value) == f"{missing}: no such gold file"


def test_shared_gold_file_parses(shared_dir):
    rows, article = read_gold(str(shared_dir / "eval" / "seed-gold.tsv"))
    assert article == "seeds/000_3bdfe15cd80c49fd.md"
    assert len(rows) > 50
    assert {r.relation for r in rows} <= set(RELATIONS)
    assert {r.need for r in rows} == {"R", "O"}


# ------------------------------------------------------------------------- score

GOLD = [
    row("深度求索|DeepSeek", "founder", "梁文锋"),
    row("梁文锋", "alumniOf", "浙江大学|浙大"),
    row("宇树科技|宇树", "location", "杭州|杭州市"),
    row("梁文锋", "worksFor", "深度求索|DeepSeek", need="O"),
]


def test_score_precision_recall_f1():
    preds = [
        pred("founder", ["深度求索", "DeepSeek"], ["梁文锋"]),           # R row, matched
        pred("alumniOf", ["梁文锋"], ["浙大"]),                          # matched on an alternative name only
        pred("worksFor", ["梁文锋"], ["DeepSeek"]),                     # O row: correct, not in recall
        pred("location", ["宇树科技"], ["北京"]),                         # spurious
    ]
    res = score(GOLD, preds)
    assert res.per_relation["founder"] == {"tp": 1, "fp": 0, "gold_r": 1, "found_r": 1,
                                           "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert res.per_relation["alumniOf"]["tp"] == 1
    assert res.per_relation["worksFor"] == {"tp": 1, "fp": 0, "gold_r": 0, "found_r": 0,
                                            "precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert res.per_relation["location"] == {"tp": 0, "fp": 1, "gold_r": 1, "found_r": 0,
                                            "precision": 0.0, "recall": 0.0, "f1": 0.0}
    m = res.micro
    assert (m["tp"], m["fp"], m["gold_r"], m["found_r"]) == (3, 1, 3, 2)
    assert m["precision"] == 0.75
    assert m["recall"] == pytest.approx(0.6667)
    assert m["f1"] == pytest.approx(0.7059)
    assert [(p.relation, p.object) for p in res.spurious] == [("location", "北京")]
    assert [(g.relation, g.raw[1]) for g in res.missed] == [("location", "杭州|杭州市")]
    text = format_text(res)
    assert "precision 0.750  recall 0.667  F1 0.706" in text
    assert "Missed (1 required facts not found)" in text and "Spurious (1 facts not in the gold)" in text


def test_optional_rows_do_not_count_in_recall():
    res = score(GOLD, [])
    assert res.micro["gold_r"] == 3 and res.micro["found_r"] == 0
    assert res.micro["recall"] == 0.0 and res.micro["precision"] == 0.0
    assert len(res.missed) == 3                           # the O row is never "missed"
    assert "worksFor" in {g.relation for g in GOLD} and "worksFor" not in {g.relation for g in res.missed}


def test_relation_must_match_too():
    res = score(GOLD, [pred("worksFor", ["深度求索"], ["梁文锋"]), pred("memberOf", ["梁文锋"], ["浙大"])])
    assert res.micro["tp"] == 0 and res.micro["fp"] == 2


def test_subject_and_object_are_not_swapped():
    res = score(GOLD, [pred("founder", ["梁文锋"], ["深度求索"])])
    assert res.micro["tp"] == 0 and len(res.spurious) == 1


def test_one_prediction_can_satisfy_duplicate_gold_rows():
    gold = [row("之江实验室", "founder", "浙江大学|浙大"), row("之江实验室", "founder", "浙大")]
    res = score(gold, [pred("founder", ["之江实验室"], ["浙江大学", "浙大"])])
    assert res.micro["found_r"] == 2 and res.micro["tp"] == 1 and res.micro["recall"] == 1.0


# ------------------------------------------------------------------------- evaluate on a store

def _claim_quads(graph: str, cid: str, s: str, rel: str, o: str) -> list[ox.Quad]:
    g = ox.NamedNode(ARTICLE + graph)
    c = ox.NamedNode(CLAIM + cid)
    S, O, P = ox.NamedNode(ENTITY + s), ox.NamedNode(ENTITY + o), ox.NamedNode(RELATIONS[rel])
    return [
        ox.Quad(S, P, O, g),
        ox.Quad(c, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(HZ.Claim)), g),
        ox.Quad(c, ox.NamedNode(str(RDF.subject)), S, g),
        ox.Quad(c, ox.NamedNode(str(RDF.predicate)), P, g),
        ox.Quad(c, ox.NamedNode(str(RDF.object)), O, g),
        ox.Quad(c, ox.NamedNode(str(PROV.wasDerivedFrom)), g, g),
        ox.Quad(c, ox.NamedNode(str(HZ.quote)), ox.Literal("一句话。", language="zh"), g),
    ]


def _label(graph: str, e: str, label: str, *alts: str) -> list[ox.Quad]:
    g = ox.NamedNode(ARTICLE + graph)
    n = ox.NamedNode(ENTITY + e)
    out = [ox.Quad(n, ox.NamedNode(str(RDFS.label)), ox.Literal(label, language="zh"), g)]
    out += [ox.Quad(n, ox.NamedNode(str(SKOS.altLabel)), ox.Literal(a, language="en"), g) for a in alts]
    return out


@pytest.fixture
def mem_store():
    st = ox.Store()
    st.extend(_claim_quads("x", "c1", "deepseek", "founder", "liang") + _label("x", "deepseek", "深度求索", "DeepSeek")
              + _label("x", "liang", "梁文锋"))
    st.extend(_claim_quads("other", "c2", "unitree", "location", "beijing") + _label("other", "unitree", "宇树科技")
              + _label("other", "beijing", "北京"))
    return st


def test_evaluate_limits_predictions_to_the_gold_article(tmp_path, mem_store):
    p = gold_file(tmp_path, "DeepSeek\tfounder\t梁文锋\tR\tx\n", comment="# Gold facts for seeds/x.md\n")
    res = evaluate([str(p)], mem_store)
    assert res.micro["tp"] == 1 and res.micro["fp"] == 0 and res.micro["recall"] == 1.0


def test_evaluate_uses_the_gold_file_stem_when_the_comment_is_missing(tmp_path, mem_store):
    p = gold_file(tmp_path, "DeepSeek\tfounder\t梁文锋\tR\tx\n", name="other.tsv", comment="")
    res = evaluate([str(p)], mem_store)
    assert res.micro["tp"] == 0 and res.micro["fp"] == 1        # only the graph of article "other"


def test_evaluate_all_graphs_when_the_article_is_unknown(tmp_path, mem_store):
    p = gold_file(tmp_path, "DeepSeek\tfounder\t梁文锋\tR\tx\n", name="g.tsv", comment="# Gold facts for nowhere.md\n")
    res = evaluate([str(p)], mem_store)
    assert res.micro["tp"] == 1 and res.micro["fp"] == 1


def test_eval_command_missing_gold_file_is_reported_before_the_store(tmp_path):
    with pytest.raises(UserError) as info:
        eval_command(["missing.tsv"], store=str(tmp_path / "no-store"))
    assert str(info.value) == "missing.tsv: no such gold file"


def test_eval_command_json(tmp_path, seed_store, shared_dir):
    out_dir, _ = seed_store
    data = json.loads(eval_command([str(shared_dir / "eval" / "seed-gold.tsv")], store=str(out_dir / "store"),
                                   fmt="json"))
    assert set(data) == {"per_relation", "micro", "missed", "spurious"}
    assert 0 <= data["micro"]["f1"] <= 1
    assert all({"subject", "relation", "object", "file"} <= set(m) for m in data["missed"])
