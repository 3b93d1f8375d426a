"""The learned recall net (kg/pairs.py): candidates, features, training, calibration, and its place in
the pipeline (it yields to the patterns)."""
import datetime as dt
import json
import re

from kg import pairs
from kg.articles import Article
from kg.cooccur import relations
from kg.extract import CODES, RuleExtractor, _antecedent, _pair_blocked
from kg.lexicon import get_lexicon
from kg.mentions import Mention, recognise

NEG = re.compile("并非")
HEDGE = re.compile("据称")


def _m(text, s, e, typ, source="suffix"):
    return Mention(s, e, text[s:e], typ, text[s:e], source)


def test_the_model_file_is_trained_on_the_development_half_only():
    data = json.loads(pairs.MODEL_FILE.read_text(encoding="utf-8"))
    assert data["trained_on"] == "tests/corpus/dev"
    assert data["examples"] > 500 and 0 < data["positives"] < data["examples"]
    names = {r.name for r in relations()}
    for key, value in data["calibration"].items():
        m = re.fullmatch(r"(\w+)/(s|o|both)(\+given)?(?:@(0\.50|0\.70|0\.85))?", key)
        assert m and m.group(1) in names, key
        assert 0 < value < 1


def test_candidates_pair_each_object_with_near_subjects_and_the_topic():
    text = "王磊毕业于浙江大学，现任董事长。"
    ms = [_m(text, 0, 2, "Person"), _m(text, 5, 9, "University")]
    topic = Mention(0, 0, "澜舟科技", "Company", "澜舟科技", "local")

    def ante(before, classes):
        return topic if "C" in classes else None
    got = {(c.relation, c.subject.name, c.object.name, c.subject_mention is None, c.object_mention is None)
           for c in pairs.candidates(text, ms, CODES, ante, NEG, HEDGE)}
    assert ("alumniOf", "王磊", "浙江大学", False, False) in got
    assert ("worksFor", "王磊", "澜舟科技", False, True) in got      # 现任董事长: the object is the topic
    assert ("worksFor", "王磊", "浙江大学", False, False) in got
    assert not any(r == "alumniOf" and o == "澜舟科技" for r, _, o, _, _ in got)   # alumniOf has no topic side


def test_no_candidates_without_a_word_of_the_relation():
    text = "王磊和浙江大学的故事。"
    ms = [_m(text, 0, 2, "Person"), _m(text, 3, 7, "University")]
    assert not [c for c in pairs.candidates(text, ms, CODES, lambda b, c: None, NEG, HEDGE) if c.relation == "alumniOf"]


def test_features_read_the_words_between_and_the_trigger():
    text = "王磊毕业于浙江大学。"
    ms = [_m(text, 0, 2, "Person"), _m(text, 5, 9, "University")]
    c = next(c for c in pairs.candidates(text, ms, CODES, lambda b, k: None, NEG, HEDGE) if c.relation == "alumniOf")
    assert "alumniOf|btw=毕业于|s" in c.features
    assert "alumniOf|tc=毕业" in c.features
    assert "alumniOf|sfirst" in c.features
    assert pairs.kind(c.features) == "alumniOf/both"


def test_a_workplace_is_a_feature_of_the_pair():
    text = "Co-founders Zhao Peng and Ye Lan both worked at Alibaba Cloud."
    ms = recognise(text, get_lexicon())
    cloud = next(m for m in ms if m.text == "Alibaba Cloud")
    assert cloud.workplace                      # …worked at X: where they worked
    cands = pairs.candidates(text, ms, CODES, lambda b, k: None, NEG, HEDGE)
    c = next(c for c in cands if c.relation == "worksFor" and c.object_mention is cloud)
    assert "worksFor|owp" in c.features


def test_training_separates_a_toy_problem_and_scores_are_probabilities():
    data = [(["r", "r|good"], 1, False, i) for i in range(20)] + [(["r", "r|bad"], 0, False, i) for i in range(20)]
    w = pairs.train(data)
    assert pairs.score(["r", "r|good"], w) > 0.8
    assert pairs.score(["r", "r|bad"], w) < 0.2
    assert 0.0 <= pairs.score(["r", "unseen"], w) <= 1.0


def test_calibration_is_measured_out_of_fold_and_backs_off_for_rare_kinds():
    good = [(["worksFor", "worksFor|good"], 1, False, i) for i in range(30)]
    bad = [(["worksFor", "worksFor|good"], 0, False, i) for i in range(30, 40)]
    rare = [(["founder", "founder|implicit", "founder|good"], 1, False, i) for i in range(40, 42)]
    bands = pairs.calibrate(good + bad + rare)
    assert 0.5 < bands["worksFor/both"] < 1.0
    assert "founder/s" in bands           # two claims only: the pooled precision of the side
    assert bands["founder/s"] == round((2 + 1) / (2 + 2), 3)
    assert "founder/s@0.85" not in bands  # a band seen fewer than eight times: the kind's precision
    assert any(k.startswith("worksFor/both@") for k in bands)   # 40 claims: measured band by band too


def test_a_rarely_seen_given_kind_is_not_emitted():
    data = [(["worksFor", "worksFor|good"], 1, False, i) for i in range(30)]
    data += [(["worksFor", "worksFor|good", "worksFor|given=s"], 1, False, i) for i in range(30, 33)]
    bands = pairs.calibrate(data)
    assert "worksFor/both" in bands and "worksFor/both+given" not in bands
    assert pairs.kind(["worksFor", "worksFor|given=s"]) == "worksFor/both+given"


def test_confidence_reads_the_band_of_the_score(monkeypatch):
    monkeypatch.setattr(pairs, "weights", lambda: {"worksFor|a": 3.0, "worksFor|b": 1.0, "worksFor|c": -1.0})
    monkeypatch.setattr(pairs, "calibration", lambda: {"worksFor/both": 0.6, "worksFor/both@0.85": 0.9})
    assert pairs.confidence(["worksFor", "worksFor|a"]) == 0.9        # score 0.95: its band's precision
    assert pairs.confidence(["worksFor", "worksFor|b"]) == 0.6        # score 0.73: band unmeasured, the kind's
    assert pairs.confidence(["worksFor", "worksFor|c"]) == 0.0        # score 0.27: below 0.5, never emitted


def test_a_pair_yields_to_the_patterns():
    """Same relation and subject found by a pattern → no pair fact; a founder's worksFor neither."""
    text = "澜舟科技由王磊创办，王磊任董事长。"
    art = Article(id="t", path="t.md", title="t", body=text, date=dt.date(2025, 3, 1))
    claims = RuleExtractor().extract(art).claims
    assert any(c.relation == "founder" for c in claims)
    assert not any(c.extractor.startswith("rules/pairs.") and c.relation == "founder" for c in claims)
    founder = next(c for c in claims if c.relation == "founder")
    same = pairs.Candidate("founder", founder.subject, founder.subject, founder.object, founder.object, ["founder"])
    assert _pair_blocked(same, [founder])                     # the same fact again: never scored
    cand = pairs.Candidate("worksFor", founder.object, founder.object, founder.subject, founder.subject, ["worksFor"])
    assert not _pair_blocked(cand, [founder])                 # a founder's job: scored, with that as a feature
    assert "worksFor|given=f" in cand.features and pairs.kind(cand.features) == "worksFor/both+given"


def test_a_side_already_given_is_a_feature_not_a_block():
    """王磊 works for 澜舟科技 (a pattern); a second employer in the same sentence is still scored, marked
    as a pair whose subject already has the relation, and measured apart from the plain pairs."""
    text = "王磊现任澜舟科技董事长，此前在浙江大学任教。"
    art = Article(id="t", path="t.md", title="t", body=text, date=dt.date(2025, 3, 1))
    claims = RuleExtractor().extract(art).claims
    works = next(c for c in claims if c.relation == "worksFor" and c.object.name == "澜舟科技")
    zju = Mention(15, 19, "浙江大学", "University", "浙江大学", "lexicon")
    cand = pairs.Candidate("worksFor", works.subject, works.subject, zju, zju, ["worksFor"])
    assert not _pair_blocked(cand, [works])
    assert cand.features == ["worksFor", "worksFor|given=fs"]
    unit = pairs.Candidate("parentOrganization", zju, zju, works.object, works.object, ["parentOrganization"])
    parent = pairs.Candidate("parentOrganization", works.object, works.object, zju, zju, ["parentOrganization"])
    assert not _pair_blocked(parent, [])
    from kg.extract import Claim
    stated = Claim(works.object, "parentOrganization", zju, works.sentence, "rules/x", 0.9)
    assert _pair_blocked(unit, [stated])                      # a unit and its parent: no other relation between them


def test_pair_claims_carry_the_kind_confidence(monkeypatch):
    """Where the pipeline keeps a learned pair, its confidence is its kind's measured precision (a
    model fixed here, so that the test does not follow each retraining)."""
    cal = {"worksFor/o": 0.71}
    monkeypatch.setattr(pairs, "weights", lambda: {"worksFor|implicit-o": 4.0, "<bias>": -2.0})
    monkeypatch.setattr(pairs, "calibration", lambda: cal)
    art = Article(id="t", path="t.md", title="t", date=dt.date(2025, 3, 1),
                  body="Jianghan Robotics was founded in Wuhan in 2020. Its chief engineer is Bai Jingxuan. "
                       "Bai joined a year later.")
    learned = [c for c in RuleExtractor().extract(art).claims if c.extractor.startswith("rules/pairs.")]
    assert [(c.subject.name, c.relation, c.object.name, c.implicit) for c in learned] == \
        [("Bai Jingxuan", "worksFor", "Jianghan Robotics", "o")]
    assert learned[0].confidence == cal["worksFor/o"] >= pairs.MIN_CONFIDENCE


def test_weaker_words_widen_the_pairs_but_not_the_net():
    """同学 is no trigger of the net (kg/rules/cooccurrence.yaml ``zh``) but one of the words only the
    learned pairs weigh (``pairs_zh``): the pairs get a candidate, with the word as a feature."""
    from kg import cooccur
    text = "赵宁和她的南京大学同学钱越一起创业。"
    ms = [_m(text, 0, 2, "Person"), _m(text, 5, 9, "University"), _m(text, 11, 13, "Person")]
    assert not any(r == "alumniOf" for r, *_ in cooccur.find(text, ms, CODES, NEG, HEDGE))
    got = [c for c in pairs.candidates(text, ms, CODES, lambda b, c: None, NEG, HEDGE) if c.relation == "alumniOf"]
    assert {(c.subject.name, c.object.name) for c in got} == {("赵宁", "南京大学"), ("钱越", "南京大学")}
    assert all("alumniOf|tc=同学" in c.features for c in got)


def test_a_listed_name_is_not_paired_with_its_fellows_and_the_list_counts_as_one():
    """甲、乙、丙、丁和戊共同投资了己: every listed investor is a candidate investor of the company after the
    list, however many stand before it (a list counts as one of the nearest subjects), and no listed
    name is paired with another listed name (澄江科技, a company, is no investee of 北辰资本)."""
    text = "北辰资本、南湖创投、金石投资、临川资本和澄江科技共同投资了星河科技。"
    names = ["北辰资本", "南湖创投", "金石投资", "临川资本", "澄江科技", "星河科技"]
    types = ["Investor"] * 4 + ["Company", "Company"]
    ms = [_m(text, text.index(n), text.index(n) + len(n), t) for n, t in zip(names, types)]
    lists = pairs.enumerations(text, ms)
    assert len({lists[id(m)] for m in ms[:5]}) == 1 and id(ms[5]) not in lists
    got = [c for c in pairs.candidates(text, ms, CODES, lambda b, c: None, NEG, HEDGE) if c.relation == "investedIn"]
    assert {(c.subject.name, c.object.name) for c in got} == {(n, "星河科技") for n in names[:4]}
    assert all("investedIn|slist" in c.features and "investedIn|olist" not in c.features for c in got)


def test_people_and_bodies_do_not_form_one_list():
    text = "王磊和澄江科技"
    ms = [_m(text, 0, 2, "Person"), _m(text, 3, 7, "Company")]
    assert pairs.enumerations(text, ms) == {}


def test_no_pairs_in_a_denial():
    text = "外界常把李明视为澄川科技的创始人，但他本人并非创始人。"
    ms = [_m(text, 4, 6, "Person"), _m(text, 8, 12, "Company")]
    assert pairs.candidates(text, ms, CODES, lambda b, c: None, NEG, HEDGE) == []


def test_antecedent_is_what_the_pairs_use_for_the_topic():
    a = Mention(0, 4, "澜舟科技", "Company", "澜舟科技", "suffix")
    assert _antecedent([], [a, a], "C") is a


def test_parallel_founder_clauses_are_not_cross_paired():
    """A创始人甲和乙…，B创始人丙和丁…: 甲 already founded A and B already has its founders, so no pair
    makes 甲 a founder of B (the patterns' reading stands)."""
    text = "澄江科技创始人王磊和李娜都毕业于浙江大学，临川智能创始人赵敏和钱越同样毕业于浙江大学。"
    art = Article(id="t", path="t.md", title="t", body=text, date=dt.date(2025, 3, 1))
    got = {(c.subject.name, c.relation, getattr(c.object, "name", c.object)) for c in RuleExtractor().extract(art).claims}
    assert ("澄江科技", "founder", "王磊") in got and ("临川智能", "founder", "赵敏") in got
    assert not any(r == "founder" and ((s == "临川智能" and o in ("王磊", "李娜")) or (s == "澄江科技" and o in ("赵敏", "钱越")))
                   for s, r, o in got)


def test_a_name_something_is_compared_with_is_no_argument():
    """其模型与X相当, 成本远低于X, rivals X: the compared product is not the subject's."""
    for text, name in (("澄江科技发布了新模型，其推理能力与澜海大模型相当。", "澜海大模型"),
                       ("澄江科技的训练成本远低于澜海大模型。", "澜海大模型"),
                       ("Chengjiang's new model rivals Lanhai-2 on reasoning.", "Lanhai-2")):
        s = text.index(name)
        m = _m(text, s, s + len(name), "AIModel")
        assert pairs._compared(text, m)
    text = "澄江科技发布了新模型澜海大模型。"
    s = text.index("澜海大模型")
    assert not pairs._compared(text, _m(text, s, s + 5, "AIModel"))
