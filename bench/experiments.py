"""What each proposed extraction speed-up buys, measured before it is made (``python -m bench.experiments``).

The extraction code (kg/extract.py, kg/mentions.py, kg/coref.py, …) is not the benchmark's to change,
so each candidate change is applied here as a *patch at run time* and measured against the code as
it is: extraction throughput (CPU time, one process) as a ratio to ``jieba.lcut`` on the same text,
and the effect on the output — quads that appear or disappear on the generated corpus and on the
test corpora, and the micro F1 of ``kg eval`` on tests/corpus/dev, tests/corpus/heldout and the seed.
Variants are cumulative, in the order below; each is exact (output unchanged) unless marked.
The first row, ``jieba-posseg``, puts back jieba's own tagger in place of ``kg.seg.tag`` (what the
seg.py change bought). The sentence gate, the rule filter and the coreference and date prefilters
are now part of kg (kg/gate.py, bench/RESULTS.md §3a): the variants of the same names below measure
them again on top of it, and are kept for the record.

* ``rule-slots``    run a rule's regex only when the sentence's mentions include a class for each
                    of the rule's required slots (bench/triggers.py reads them off the compiled
                    pattern): exact by construction.
* ``rule-gate``     (extra) run a rule only when the sentence holds one of its required words:
                    exact, but slower than it saves (most sentences hold 是, 为, 公司 …).
* ``coref-gate``    run coreference patterns only when one of their required literals occurs: exact.
* ``date-prefilter`` skip the date regex for sentences without a digit, 年, 月, 前 or English month: exact.
* ``slug-cache``    memoise ``kg.slug.slug`` (pinyin of a name): exact.
* ``vocab-nodes``   memoise ``kg.rdf.N`` (one NamedNode per IRI): exact.
* ``yaml-c``        parse front matter with libyaml (a CSafeLoader with ``_MetaLoader``'s resolvers): exact on these corpora.
* ``tag-gate-slots`` jieba tagging only for sentences where some rule is still possible: one of its
                    required words occurs *and* each of its required slots can be filled — by a
                    mention found without the tagger, a person, or an organisation whose suffix or
                    context cue occurs — or the sentence holds a strong organisation suffix
                    (有限公司, 集团, 大学, 资本 …: it introduces a name later sentences may refer
                    back to) (bench/triggers.py ``SentenceGate``). NOT exact by
                    construction: a name the tagger would have found in a skipped sentence is
                    missing from the coreference history and the article's gazetteer; measured here.
* ``tag-gate``      (extra, not in the default chain) the required words alone, without the slot
                    test: too weak — most sentences hold 是, 为, 公司 or a job title.

    python -m bench.experiments [--articles 300] [--variants rule-slots coref-gate …]
    python -m bench.experiments --ab            # exact variants, paired A/B in one process
"""
from __future__ import annotations

import argparse
import functools
import re
import sys
import time
from pathlib import Path

from .common import ROOT, article_files, corpus

ORDER = ["rule-slots", "coref-gate", "date-prefilter", "slug-cache", "vocab-nodes", "yaml-c", "tag-gate-slots"]
EXTRA = ["tag-gate", "rule-gate"]


_TAG_STATS = {"sentences": 0, "tagged": 0, "chars": 0, "tagged_chars": 0}
_RULE_GATES: dict = {}          # id(rule list of load_rules, cached there) -> (automaton, ungated rules, rules)


def _gate_re(words) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


_UNDO: list = []


def _set(obj, name: str, value) -> None:
    _UNDO.append((obj, name, getattr(obj, name)))
    setattr(obj, name, value)


def undo_all() -> None:
    """Take every patch back (most recent first)."""
    while _UNDO:
        obj, name, old = _UNDO.pop()
        setattr(obj, name, old)


def patched(variants: list[str]) -> list:
    """Apply ``variants`` and return the list of (object, name, new value) to swap in and out."""
    start = len(_UNDO)
    for v in variants:
        apply(v)
    new = [(o, n, getattr(o, n)) for o, n, _old in _UNDO[start:]]
    old = [(o, n, old) for o, n, old in _UNDO[start:]]
    undo_all()
    return [new, old]


def apply(variant: str) -> None:
    """Patch the running kg modules with one candidate change."""
    from . import triggers
    if variant == "rule-gate":
        from kg import extract as X
        orig = X.RuleExtractor._sentence

        def gated(self, sent, ms, history):
            cache = _RULE_GATES.get(id(self.rules))
            if cache is None:
                import ahocorasick
                gates, _ung = triggers.rule_gates(self.rules)
                auto = ahocorasick.Automaton()
                words: dict[str, set] = {}
                for rid, clause in gates.items():
                    for w in clause:
                        words.setdefault(w, set()).add(rid)
                for w, ids in words.items():
                    auto.add_word(w, frozenset(ids))
                auto.make_automaton()
                cache = _RULE_GATES[id(self.rules)] = (auto, [r for r in self.rules if r.id not in gates], self.rules)
            auto, ungated, all_rules = cache
            hit = set()
            for _end, ids in auto.iter(sent.text):      # every occurrence, overlapping ones too
                hit |= ids
            self.rules = [r for r in all_rules if r.id in hit or r in ungated]
            try:
                return orig(self, sent, ms, history)
            finally:
                self.rules = all_rules
        _set(X.RuleExtractor, "_sentence", gated)
    elif variant == "rule-slots":
        from kg import extract as X
        orig = X.RuleExtractor._sentence
        needs: dict = {}

        def gated(self, sent, ms, history):
            key = id(self.rules)
            cache = needs.get(key)
            if cache is None:
                cache = needs[key] = (self.rules, [(r, triggers.required_slots(r.regex.pattern)) for r in self.rules])
            all_rules, req = cache
            codes = {X.CODES[m.type] for m in ms}
            self.rules = [r for r, slots in req if all(codes & slot for slot in slots)]
            try:
                return orig(self, sent, ms, history)
            finally:
                self.rules = all_rules
        _set(X.RuleExtractor, "_sentence", gated)
    elif variant == "coref-gate":
        from kg import coref as C
        clauses = []
        for pat, _types, _n in C._PATTERNS:
            best = triggers._best(triggers.required_clauses(pat.pattern))
            clauses.append(best)
        if any(c is None for c in clauses):
            print("coref-gate: a pattern has no required literal; not applied", file=sys.stderr)
            return
        rx = _gate_re(set().union(*clauses))
        orig = C.resolve_references

        def gated(text, *a, **k):
            if rx.search(text) is None:
                return []
            return orig(text, *a, **k)
        _set(C, "resolve_references", gated)
        from kg import extract as X
        _set(X, "resolve_references", gated)
    elif variant == "date-prefilter":
        from kg import dates as Dt
        from kg import mentions as M
        # every alternative of kg.dates._PATTERN holds a digit, 年, 月 or 前, or an English month name
        may = re.compile(r"[0-9年月前]|January|February|March|April|May|June|July|August|September|October"
                         r"|November|December")
        orig = Dt.find_dates

        def prefiltered(text, *a, **k):
            if may.search(text) is None:
                return []
            return orig(text, *a, **k)
        _set(M, "find_dates", prefiltered)
    elif variant == "jieba-posseg":
        import jieba.posseg as ps

        from kg import seg
        _set(seg, "tag", lambda text: [(p.word, p.flag) for p in ps.lcut(text)])
    elif variant == "slug-cache":
        from kg import resolve as R
        from kg import slug as S
        cached = functools.lru_cache(maxsize=200_000)(S.slug)
        _set(S, "slug", cached)
        _set(R, "slug", cached)
    elif variant == "vocab-nodes":
        from kg import rdf as D
        _set(D, "N", functools.lru_cache(maxsize=100_000)(D.N))
    elif variant == "yaml-c":
        import yaml

        from kg import articles as A
        base = getattr(A, "_MetaLoader", None)
        if base is None:
            print("yaml-c: kg.articles has no _MetaLoader; not applied", file=sys.stderr)
            return

        class _CMetaLoader(yaml.CSafeLoader):       # libyaml, with the same implicit resolvers
            pass
        _CMetaLoader.yaml_implicit_resolvers = base.yaml_implicit_resolvers
        _set(A, "_MetaLoader", _CMetaLoader)
    elif variant == "tag-gate":
        from kg import extract as X
        from kg import mentions as M
        rules, _ = X.load_rules()
        gates, _ung = triggers.rule_gates(rules)
        rx = _gate_re(set().union(*gates.values()))
        orig = M._tagged_names

        def gated(text, taken, R):
            if rx.search(text) is not None:
                orig(text, taken, R)
        _set(M, "_tagged_names", gated)
    elif variant == "tag-gate-slots":
        from kg import extract as X
        from kg import mentions as M
        rules, _ = X.load_rules()
        gate = triggers.SentenceGate(rules, M.name_rules(), X.CODES)
        orig = M._tagged_names
        stats = _TAG_STATS

        def gated(text, taken, R):
            stats["sentences"] += 1
            if gate.needs_tagger(text, {X.CODES[m.type] for m in taken}):
                stats["tagged"] += 1
                stats["tagged_chars"] += len(text)
                orig(text, taken, R)
            stats["chars"] += len(text)
        _set(M, "_tagged_names", gated)
    else:
        raise SystemExit(f"unknown variant {variant!r} (known: {', '.join(ORDER + EXTRA)})")


def measure(files: list[Path], quality: dict[str, tuple[list[Path], list[str]]], passes: int = 2) -> dict:
    import jieba
    import pyoxigraph as ox

    from kg.articles import load_article
    from kg.build import BuildReport, _process, ingest
    from kg.evaluate import evaluate

    bodies = [load_article(f).body for f in files]
    chars = sum(map(len, bodies))
    jieba.initialize()
    quads: list[bytes] = []
    _process((str(files[0]), "rules", 0.0))
    jieba.lcut(bodies[0])
    lcut = ext = 0.0
    for p in range(passes):
        # interleaved, article by article: both see the same machine (this one is shared and busy)
        for f, body in zip(files, bodies):
            c = time.process_time()
            jieba.lcut(body)
            c2 = time.process_time()
            kind, payload = _process((str(f), "rules", 0.0))
            c3 = time.process_time()
            lcut += c2 - c
            ext += c3 - c2
            if p == 0 and kind == "ok":
                quads.append(payload[3])
    lcut /= passes
    ext /= passes
    out = {"chars": chars, "lcut_cps": chars / lcut, "extract_cps": chars / ext, "ratio": lcut / ext,
           "quads": set(b"".join(quads).splitlines())}
    for name, (md, gold) in quality.items():
        results = [_process((str(f), "rules", 0.0)) for f in md]
        st = ox.Store()
        ingest(st, iter(results), BuildReport())
        out[name] = evaluate(gold, st).micro["f1"]
        out["quads"] |= {b"[" + name.encode() + b"] " + line for kind, p in results if kind == "ok"
                         for line in p[3].splitlines()}
    return out


def _child(variants: list[str], files: list[str], quality: dict, passes: int) -> dict:
    for v in variants:
        apply(v)
    r = measure([Path(f) for f in files], quality, passes)
    r["tag_stats"] = dict(_TAG_STATS)
    return r


def _freeze_code() -> None:
    """Import the pipeline and read its data files once, before forking: every variant then runs
    the same code and rules even if someone edits the files during the run."""
    import jieba  # noqa: F401

    import kg.articles, kg.build, kg.coref, kg.dates, kg.evaluate, kg.mentions, kg.rdf, kg.resolve, kg.seg, kg.slug  # noqa: E401,F401
    from kg.extract import get_extractor, load_rules
    from kg.lexicon import get_lexicon
    from kg.mentions import name_rules
    name_rules()
    load_rules()
    get_lexicon()
    get_extractor("rules")


def ab(files: list[Path], groups: list[list[str]], passes: int = 2) -> list[tuple[list[str], float, float]]:
    """Paired measurement in one process: each article is extracted with and without the patches,
    alternating which goes first, so both see the same machine. Returns (variants, CPU s without,
    CPU s with) per group."""
    from kg.build import _process
    _process((str(files[0]), "rules", 0.0))
    out = []
    for vs in groups:
        new, old = patched(vs)
        for o, n, v in new:              # warm the patched path once (caches, gate tables)
            setattr(o, n, v)
        _process((str(files[0]), "rules", 0.0))
        for o, n, v in reversed(old):
            setattr(o, n, v)
        t_old = t_new = 0.0
        for p in range(passes):
            for i, f in enumerate(files):
                order = (old, new) if (i + p) % 2 == 0 else (new, old)
                for state in order:
                    for o, n, v in (state if state is new else reversed(state)):
                        setattr(o, n, v)
                    c = time.process_time()
                    _process((str(f), "rules", 0.0))
                    dt = time.process_time() - c
                    if state is new:
                        t_new += dt
                    else:
                        t_old += dt
                for o, n, v in reversed(old):
                    setattr(o, n, v)
        out.append((vs, t_old, t_new))
        print(f"{'+'.join(vs):<40} {t_old / t_new:.3f}× faster (CPU {t_old:.2f} s → {t_new:.2f} s)", flush=True)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.experiments", description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--variants", nargs="*", default=ORDER)
    ap.add_argument("--passes", type=int, default=2, help="passes over the corpus per variant (averaged)")
    ap.add_argument("--ab", nargs="*", help="paired A/B in one process for these exact variants (each alone, then all)")
    a = ap.parse_args(argv)
    _freeze_code()
    if a.ab is not None:
        vs = a.ab or [v for v in ORDER if v not in ("tag-gate-slots",)]
        files = article_files(corpus(a.articles))
        ab(files, [[v] for v in vs] + ([vs] if len(vs) > 1 else []), a.passes)
        return
    import multiprocessing as mp
    files = [str(f) for f in article_files(corpus(a.articles))]
    quality = {}
    for name, d in (("dev", ROOT / "tests/corpus/dev"), ("heldout", ROOT / "tests/corpus/heldout")):
        quality[name] = (sorted(d.glob("*.md")), [str(x) for x in sorted(d.glob("*.tsv"))])
    shared = ROOT.parent / "shared"
    if (shared / "eval/seed-gold.tsv").exists():
        quality["seed"] = (sorted((shared / "seeds").glob("*.md")), [str(shared / "eval/seed-gold.tsv")])
    ctx = mp.get_context("fork")
    chains = [["jieba-posseg"]] + [a.variants[:i] for i in range(len(a.variants) + 1)]
    results = []
    for vs in chains:
        with ctx.Pool(1) as pool:                     # a fresh process per variant: patches do not leak
            results.append((vs, pool.apply(_child, (vs, files, quality, a.passes))))
        print(f"measured {vs or 'code as it is'}", file=sys.stderr, flush=True)
    base = results[1][1]                              # the code as it is
    prev = results[0][1]
    print(f"{a.articles} generated articles, {base['chars']:,} characters; jieba.lcut {base['lcut_cps']:,.0f} chars/s "
          f"(CPU time, interleaved article by article with the extraction, {a.passes} passes)\n")
    print("| variant | extraction chars/s | × jieba.lcut | × code as it is | quads gained / lost vs code as it is | "
          + " | ".join(f"F1 {k}" for k in quality) + " |")
    print("| --- | ---: | ---: | ---: | ---: | " + " | ".join("---:" for _ in quality) + " |")
    for vs, r in results:
        label = ("`kg.seg.tag` → jieba.posseg (before)" if vs == ["jieba-posseg"] else "+ " + vs[-1]) if vs \
            else "code as it is"
        gained = len(r["quads"] - base["quads"])
        lost = len(base["quads"] - r["quads"])
        ts = r.get("tag_stats") or {}
        if ts.get("sentences"):
            label += f" (tags {ts['tagged'] / ts['sentences']:.0%} of sentences, {ts['tagged_chars'] / ts['chars']:.0%} of chars)"
        print(f"| {label} | {r['extract_cps']:,.0f} | {r['ratio']:.3f} | {r['ratio'] / base['ratio']:.2f} | "
              f"+{gained} / −{lost} | " + " | ".join(f"{r[k]:.3f}" for k in quality) + " |", flush=True)
        prev = r
    del prev


if __name__ == "__main__":
    main()
