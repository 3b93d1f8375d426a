"""Which literal words a relation rule cannot match without: the sentence gate, derived from the rules.

A rule in ``kg/rules/relations.yaml`` compiles to one regular expression over the sentence template.
:func:`required_clauses` walks that expression (``re._parser``) and returns its *required literals*
in conjunctive form: a list of clauses, each a set of strings at least one of which occurs in every
sentence the rule matches (``(?:创立|创办|创建)`` gives the clause {创立, 创办, 创建}; an optional
``(?:联合)?`` gives nothing). Each rule is gated by its most selective clause; the union of those
clauses is one compiled regex (:func:`sentence_gate`). A sentence it does not match can hold no
relation from any gated rule, so the expensive steps (jieba part-of-speech tagging, the rule loop)
can be skipped for it. Rules with no required literal at all are reported as ``ungated``.

This is the benchmark's prototype of the gate (see bench/RESULTS.md); ``python -m bench.triggers``
prints the clause chosen for each rule.
"""
from __future__ import annotations

import re
import sys

try:                                   # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:                    # pragma: no cover - Python 3.10
    import sre_constants as C
    import sre_parse as P

_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")   # OPEN/CLOSE of kg.extract placeholders: never in text
_SLOT_MARK = re.compile("\ue002([A-Z]+)\ue003")   # a slot, rewritten by required_clauses: its class codes


def _text_runs(run: str) -> list[str]:
    return [x for x in _PLACEHOLDER.split(_SLOT_MARK.sub("\ue000", run)) if x.strip()]


def _slots(run: str) -> list[frozenset[str]]:
    """Slot requirements in a literal run, as clauses of the form {"\ue002CODES"}."""
    return [frozenset(["\ue002" + m.group(1)]) for m in _SLOT_MARK.finditer(run)]


def _best(clauses: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective text clause: longest shortest member, then fewest members."""
    clauses = [c for c in clauses if not any(x.startswith("\ue002") for x in c)]
    if not clauses:
        return None
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c)))


def _seq(items) -> list[frozenset[str]]:
    clauses: list[frozenset[str]] = []
    run = ""
    for op, av in list(items) + [(None, None)]:
        if op is C.LITERAL:
            run += chr(av)
            continue
        for r in _text_runs(run):
            clauses.append(frozenset([r]))
        clauses.extend(_slots(run))
        run = ""
        if op is C.SUBPATTERN:
            clauses.extend(_seq(av[-1]))
        elif op is C.BRANCH:
            alts = [_best(_seq(a)) for a in av[1]]
            if alts and all(a is not None for a in alts):
                clauses.append(frozenset().union(*alts))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
            lo, _hi, sub = av
            if lo >= 1:
                clauses.extend(_seq(sub))
        elif op is C.IN:
            if av and all(o is C.LITERAL for o, _ in av):
                chars = frozenset(chr(v) for _, v in av if not _PLACEHOLDER.match(chr(v)))
                if chars and len(chars) == len(av):
                    clauses.append(chars)
    return clauses


_SLOT_SRC = re.compile("\ue000\\[([A-Z]+)\\]\\\\d\\+\ue001")   # a compiled slot: OPEN[CODES]\\d+CLOSE


def required_clauses(pattern: str) -> list[frozenset[str]]:
    """Required literals of a compiled rule pattern; a required slot is a clause {"\ue002CODES"}."""
    return _seq(P.parse(_SLOT_SRC.sub(lambda m: "\ue002" + m.group(1) + "\ue003", pattern)))


def required_slots(pattern: str) -> list[frozenset[str]]:
    """The class codes of each slot the pattern cannot match without (kg.extract.CODES letters)."""
    out = []
    for c in required_clauses(pattern):
        codes = {x[1:] for x in c if x.startswith("\ue002")}
        if codes and len(codes) == len(c):
            out.append(frozenset("".join(codes)))
    return out


def rule_gates(rules) -> tuple[dict[str, frozenset[str]], list[str]]:
    """{rule id: its most selective required clause}, and the ids of rules without one."""
    gates, ungated = {}, []
    for r in rules:
        best = _best(required_clauses(r.regex.pattern))
        if best is None:
            ungated.append(r.id)
        else:
            gates[r.id] = best
    return gates, ungated


def sentence_gate(rules) -> tuple[re.Pattern, list[str]]:
    """One compiled regex of every gated rule's required clause (longest first), and the ungated rules."""
    gates, ungated = rule_gates(rules)
    words = set().union(*gates.values()) if gates else set()
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))), ungated


class SentenceGate:
    """Which rules a sentence can still match once the tagger has run, decided before running it.

    A rule is possible when the sentence holds a word of its required clause *and* each of its
    required slots can be filled: by a mention already found without the tagger (lexicon, dates,
    titles, quotes, the article's own names), by a person (the tagger can find one in any Chinese
    sentence), or by an organisation whose name suffix (names.yaml ``org_suffixes``) occurs in the
    sentence or that a context cue (创始人, 由, 领投, …) can make. ``needs_tagger`` is then simply:
    is any rule possible?
    """

    CONTEXT_CUES = ("创始人", "创办人", "（", "(", "由", "成立", "创立", "总部", "领投", "跟投", "参投", "投资")

    def __init__(self, rules, names: dict, codes: dict[str, str]):
        import ahocorasick
        self.slots: dict[str, list[frozenset[str]]] = {}
        gates, self.ungated = rule_gates(rules)
        for r in rules:
            self.slots[r.id] = required_slots(r.regex.pattern)
        self.words = ahocorasick.Automaton()
        by_word: dict[str, set[str]] = {}
        for rid, clause in gates.items():
            for w in clause:
                by_word.setdefault(w, set()).add(rid)
        for w, ids in by_word.items():
            self.words.add_word(w, frozenset(ids))
        self.words.make_automaton()
        self.suffixes = ahocorasick.Automaton()
        suffix_codes: dict[str, set[str]] = {}
        for suf, typ in names["org_suffixes"].items():
            suffix_codes.setdefault(suf, set()).add(codes[typ])
        for suf in names.get("unit_suffixes", []):
            suffix_codes.setdefault(suf, set()).add(codes["AcademicUnit"])
        for w in self.CONTEXT_CUES:
            suffix_codes.setdefault(w, set()).update({codes["Company"], codes["Investor"]})
        for w, cs in suffix_codes.items():
            self.suffixes.add_word(w, frozenset(cs))
        self.suffixes.make_automaton()
        self.person = codes["Person"]
        # suffixes that are not everyday words (names.yaml weak_suffixes): a sentence holding one
        # introduces an organisation, which later sentences may refer back to (该公司, 这家企业)
        weak = set(names.get("weak_suffixes", []))
        strong = [x for x in names["org_suffixes"] if x not in weak and len(x) >= 2]
        self.strong = re.compile("|".join(map(re.escape, sorted(strong, key=len, reverse=True))))

    def possible_rules(self, text: str, found_codes: set[str]) -> set[str]:
        hit: set[str] = set(self.ungated)
        for _end, ids in self.words.iter(text):
            hit |= ids
        if not hit:
            return hit
        possible = set(found_codes)
        possible.add(self.person)
        for _end, cs in self.suffixes.iter(text):
            possible |= cs
        return {rid for rid in hit if all(slot & possible for slot in self.slots[rid])}

    def needs_tagger(self, text: str, found_codes: set[str]) -> bool:
        return bool(self.possible_rules(text, found_codes)) or self.strong.search(text) is not None


def main() -> None:
    from kg.extract import load_rules
    rules, _ = load_rules()
    gates, ungated = rule_gates(rules)
    for r in rules:
        g = gates.get(r.id)
        print(f"{r.id:<45} {'UNGATED' if g is None else ' | '.join(sorted(g, key=len))[:110]}")
    words = set().union(*gates.values())
    print(f"\n{len(rules)} rules, {len(words)} trigger strings, {len(ungated)} ungated", file=sys.stderr)


if __name__ == "__main__":
    main()
