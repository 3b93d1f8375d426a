"""Cheap tests that say, before the expensive steps run, that a sentence cannot need them.

Everything here is *derived* from compiled regular expressions (the relation rules of
``kg/rules/relations.yaml``, the coreference patterns, the date pattern, the recognisers of
kg/mentions.py), when they are loaded, never from a hand-kept word list, so a new or changed rule
is gated correctly without touching this module.

* :func:`required_clauses` walks a compiled pattern (``re._parser``) and returns its *required
  literals* in conjunctive form: a list of clauses, each a set of strings at least one of which
  occurs in every text the pattern matches (``(?:创立|创办)`` gives {创立, 创办}; an optional
  ``(?:联合)?`` gives nothing). It is conservative: what it cannot read gives no clause.
* :func:`prefilter` is one compiled regex of the most selective clause of each of several
  patterns: a text it does not match is matched by none of them (exact by construction). Used by
  :func:`kg.coref.resolve_references` and :func:`kg.dates.find_dates`.
* :class:`WordFilter` says in one automaton pass which of several patterns can match a text
  (kg.mentions' recognisers, kg.coref's patterns, kg.cooccur's triggers); :class:`Alternatives`
  gives a pattern ``a|b|c`` without the alternatives that cannot match a text (kg.dates).
* :class:`SentenceGate` decides per sentence whether jieba part-of-speech tagging can still matter
  (see its docstring and docs/internals.md), and which rules the rule loop runs; sets of rules and
  of class codes are int bit masks (:func:`bits` lists one).
"""
from __future__ import annotations

import re
from functools import lru_cache

try:                                   # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:                    # pragma: no cover - Python 3.10
    import sre_constants as C
    import sre_parse as P

_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")     # OPEN/CLOSE of kg.extract placeholders: never in text
_SLOT_MARK = re.compile("\ue002([A-Z]+)\ue003")  # a slot, rewritten by required_clauses: its class codes
_SLOT_SRC = re.compile("\ue000\\[([A-Z]+)\\]\\\\d\\+\ue001")   # a compiled slot: OPEN[CODES]\d+CLOSE
# a slot written by hand in a rule, escaped (\ue000L\d+\ue001, \ue000[CIRO]\d+\ue001): its codes, not its letter
_SLOT_ESC = re.compile(r"\\ue000(?:\[([A-Z]+|A-Z)\]|([A-Z]))\\d\+?\\ue001")    # ([A-Z]: any class)
_ANY_CLASS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
SLOT = "\ue002"                                  # first character of a slot clause member


def _text_runs(run: str) -> list[str]:
    return [x for x in _PLACEHOLDER.split(_SLOT_MARK.sub("\ue000", run)) if x.strip()]


def _slots(run: str) -> list[frozenset[str]]:
    return [frozenset([SLOT + m.group(1)]) for m in _SLOT_MARK.finditer(run)]


def best_clause(clauses: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective text clause: longest shortest member, then fewest members."""
    clauses = [c for c in clauses if not any(x.startswith(SLOT) for x in c)]
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
            add_flags = av[1] if len(av) == 4 else 0
            if not add_flags & (C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_VERBOSE):   # (?i:…): literals are not literal
                clauses.extend(_seq(av[-1]))
        elif op is C.BRANCH:
            alts = [best_clause(_seq(a)) for a in av[1]]
            if alts and all(a is not None for a in alts):
                clauses.append(frozenset().union(*alts))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub = av
            if lo >= 1:
                clauses.extend(_seq(sub))
        elif op is C.ASSERT:               # a positive look-ahead/behind: its text is there too
            clauses.extend(_seq(av[1]))
        elif op is C.IN:
            chars = _class_chars(av)
            if chars:
                clauses.append(chars)
    return clauses


def _class_chars(items, limit: int = 64) -> frozenset[str] | None:
    """The characters a character class matches, when it lists them (literals and small ranges, no
    negation or category, no placeholder character); else None."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < limit:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
        if len(chars) > limit:
            return None
    if not chars or any(_PLACEHOLDER.match(c) for c in chars):
        return None
    return frozenset(chars)


def required_clauses(pattern: str | re.Pattern) -> list[frozenset[str]]:
    """Required literals of a pattern; a required slot of a compiled rule is a clause {SLOT + codes}.

    A pattern compiled with IGNORECASE has no literal the gate could rely on: no clauses. The
    answer is a pure function of the pattern's text: it is kept in :data:`_CLAUSES` (see there)."""
    if isinstance(pattern, re.Pattern):
        if pattern.flags & (re.IGNORECASE | re.VERBOSE):
            return []
        pattern = pattern.pattern
    memo = _clauses_memo()
    got = memo.get(pattern)
    if got is None:
        got = memo[pattern] = tuple(parse_clauses(pattern))
        _CLAUSES["new"] = True
    _CLAUSES["used"].add(pattern)
    return list(got)


def parse_clauses(pattern: str) -> list[frozenset[str]]:
    """:func:`required_clauses` of a pattern's text, read with ``re._parser`` (no memo)."""
    pattern = _SLOT_ESC.sub(lambda m: SLOT + (_ANY_CLASS if m.group(1) == "A-Z" else m.group(1) or m.group(2)) + "\ue003", pattern)
    return _seq(P.parse(_SLOT_SRC.sub(lambda m: SLOT + m.group(1) + "\ue003", pattern)))


#: The answers of :func:`required_clauses` by pattern text, shared between processes through a
#: marshal file in the user's cache folder (next to kg.seg's tables). Reading the ~300 patterns of
#: the rules and recognisers with ``re._parser`` costs ~0.2 s, paid before ``kg build --jobs N``
#: forks its workers. The file's name holds a hash of this module's source and of the Python
#: version (whose parser gives the trees), so a change to either starts a new file. A few patterns
#: are built from sets, so their text differs between processes: the file keeps only the patterns
#: the last process asked about, and so stays small.
_CLAUSES: dict = {"memo": None, "path": None, "new": False, "used": set()}


def _clauses_memo() -> dict:
    memo = _CLAUSES["memo"]
    if memo is None:
        import atexit
        import hashlib
        import marshal
        import os
        import sys
        from pathlib import Path
        key = hashlib.sha1(Path(__file__).read_bytes() + sys.version.encode()).hexdigest()[:16]
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        path = _CLAUSES["path"] = Path(base) / "hangzhou-kg" / f"required-clauses-{key}.marshal"
        try:
            memo = marshal.loads(path.read_bytes())
            if not isinstance(memo, dict):
                memo = {}
        except (OSError, ValueError, EOFError, TypeError):
            memo = {}
        _CLAUSES["memo"] = memo
        atexit.register(_save_clauses, os.getpid())
    return memo


def _save_clauses(pid: int) -> None:
    """At exit of the process that loaded the memo (not of forked workers): write it if it grew."""
    import marshal
    import os
    if not _CLAUSES["new"] or os.getpid() != pid:
        return
    path = _CLAUSES["path"]
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{pid}.tmp")
        memo = _CLAUSES["memo"]
        tmp.write_bytes(marshal.dumps({k: memo[k] for k in _CLAUSES["used"]}))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def required_slots(pattern: str | re.Pattern) -> list[frozenset[str]]:
    """The class codes of each slot the pattern cannot match without (kg.extract.CODES letters)."""
    out = []
    for c in required_clauses(pattern):
        codes = {x[1:] for x in c if x.startswith(SLOT)}
        if codes and len(codes) == len(c):
            out.append(frozenset("".join(codes)))
    return out


def _alternation(words) -> re.Pattern:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=lambda w: (-len(w), w)))))


def prefilter(patterns) -> re.Pattern | None:
    """One regex that matches every text any of ``patterns`` can match (the union of each one's most
    selective required clause); None when some pattern has no required literal (no prefilter)."""
    words: set[str] = set()
    for p in patterns:
        best = best_clause(required_clauses(p))
        if best is None:
            return None
        words |= best
    return _alternation(words)


class WordFilter:
    """Which of several patterns can match a text, in one pass: bit i of :meth:`mask` is set unless
    ``patterns[i]`` needs a word (its most selective required clause) that the text lacks. Patterns
    with no required literal always get their bit. Exact by construction, like :func:`prefilter`."""

    def __init__(self, patterns):
        import ahocorasick
        self.always = 0
        by_word: dict[str, int] = {}
        for i, p in enumerate(patterns):
            best = best_clause(required_clauses(p))
            if best is None:
                self.always |= 1 << i
                continue
            for w in best:
                by_word[w] = by_word.get(w, 0) | 1 << i
        self._auto = ahocorasick.Automaton()
        for w, mask in by_word.items():
            self._auto.add_word(w, mask)
        if by_word:
            self._auto.make_automaton()
        else:
            self._auto = None

    def mask(self, text: str) -> int:
        out = self.always
        if self._auto is not None:
            for _end, m in self._auto.iter(text):
                out |= m
        return out


def top_level_branches(source: str) -> list[str] | None:
    """The alternatives of a pattern whose top level is ``a|b|c``, as source text; None when it has
    none (or they cannot be split safely)."""
    parts, depth, start, i, n = [], 0, 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":                              # a class: ] right after [ or [^ is a literal
            j = i + 1
            if j < n and source[j] == "^":
                j += 1
            if j < n and source[j] == "]":
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    if len(parts) < 2:
        return None
    try:
        top = P.parse(source)
        if len(top.data) != 1 or top.data[0][0] is not C.BRANCH or len(top.data[0][1][1]) != len(parts):
            return None
        for part in parts:
            re.compile(part)
    except re.error:
        return None
    return parts


class Alternatives:
    """A pattern ``a|b|c`` without the alternatives that cannot match a given text (one of their
    required clauses has no word in it): :meth:`for_text` gives a pattern whose matches over that
    text are exactly the full pattern's (an alternative that matches nowhere never wins), with the
    same group names (the groups of left-out alternatives sit in a branch that never matches), or
    None when no alternative can match. Compiled patterns are cached per set of alternatives."""

    def __init__(self, pattern: re.Pattern):
        import ahocorasick
        self.pattern = pattern
        self.parts = top_level_branches(pattern.pattern) if not pattern.flags & (re.IGNORECASE | re.VERBOSE) else None
        self.need: list[int] = []
        self._cache: dict[int, re.Pattern | None] = {}
        by_word: dict[str, int] = {}
        n_clauses = 0                      # one bit per required clause of any alternative
        for part in self.parts or ():
            need = 0
            for clause in required_clauses(part):
                if any(x.startswith(SLOT) for x in clause):
                    continue
                bit = 1 << n_clauses
                n_clauses += 1
                need |= bit
                for w in clause:
                    by_word[w] = by_word.get(w, 0) | bit
            self.need.append(need)
        self._auto = None
        if by_word:
            self._auto = ahocorasick.Automaton()
            for w, mask in by_word.items():
                self._auto.add_word(w, mask)
            self._auto.make_automaton()

    def for_text(self, text: str) -> re.Pattern | None:
        if self.parts is None:
            return self.pattern
        present = 0
        if self._auto is not None:
            for _end, mask in self._auto.iter(text):
                present |= mask
        alive = 0
        for i, need in enumerate(self.need):
            if need & present == need:
                alive |= 1 << i
        if alive not in self._cache:
            self._cache[alive] = self._compile(alive)
        return self._cache[alive]

    def _compile(self, alive: int) -> re.Pattern | None:
        if not alive:
            return None
        if alive == (1 << len(self.parts)) - 1:
            return self.pattern
        kept = [p for i, p in enumerate(self.parts) if alive >> i & 1]
        missing = [g for g in self.pattern.groupindex if not any(g in re.compile(p).groupindex for p in kept)]
        source = "|".join(kept)
        if missing:
            source += "|(?!)" + "".join(f"(?P<{g}>)" for g in missing)
        return re.compile(source, self.pattern.flags)


class SentenceGate:
    """Whether jieba part-of-speech tagging can still change what a sentence yields.

    Asked in :func:`kg.mentions.recognise` after the cheap recognisers (titles, quotes, lexicon,
    the article's own names, dates, models, products), before the tagger. Tagging is needed when

    * some relation rule is still *possible*: the sentence holds a word of the rule's most
      selective required clause, *and* each of the rule's required slots can be filled — by a
      mention already found, by a person (the tagger can find one in any Chinese sentence), or by
      an organisation that a name suffix (names.yaml ``org_suffixes``/``unit_suffixes``) occurring
      in the sentence, or one of the recognisers that run after the tagger can make (``late``:
      kg.mentions.late_recognisers, each a pattern, the types it makes and the condition under
      which it runs; its required literals must occur); rules with no required literal are always
      possible; or
    * the tagger can make a mention that yields a fact without any rule: a company or investor
      named after a place found already (苏州 + 极光智芯科技 → location), or a university's unit
      (kg.extract ``_name_places``, ``_unit_parents``); or
    * the sentence holds a *strong* organisation suffix (有限公司, 集团, 大学, 资本 …: org_suffixes of
      two or more characters that are not ``weak_suffixes``): it introduces a name that later
      sentences refer back to (该公司, 这家企业) or repeat.

    A skipped sentence still gets every other recogniser; kg.extract tags it after all when a later
    coreference cue finds no antecedent.
    """

    def __init__(self, rules, names: dict, codes: dict[str, str], late=(), place_named=("Company", "Investor")):
        import ahocorasick
        # Sets are int bit masks throughout: class codes (one bit per kg.extract.CODES letter) and
        # rules (bit i = rules[i]). A sentence costs one pass of each automaton, a few ORs, and one
        # look-up of the rules whose slots a set of class codes can fill (cached per set).
        self.code_bit = {c: 1 << i for i, c in enumerate(sorted(set(codes.values())))}
        self.ids = [r.id for r in rules]
        self.ungated: set[str] = set()
        self.ungated_mask = 0
        self.slots: dict[str, list[frozenset[str]]] = {}
        by_signature: dict[tuple[int, ...], int] = {}
        by_word: dict[str, int] = {}
        # the rule's other required clauses of words of two or more characters (one character such
        # as 的 or 在 occurs almost everywhere): all of them must occur too
        clause_bit: dict[frozenset[str], int] = {}
        self.need: list[int] = []
        need_words: dict[str, int] = {}
        for i, r in enumerate(rules):
            clauses = required_clauses(r.regex)
            best = best_clause(clauses)
            need = 0
            for c in clauses:
                if c != best and min(map(len, c)) >= 2 and not any(x.startswith(SLOT) for x in c):
                    if c not in clause_bit:
                        clause_bit[c] = 1 << len(clause_bit)
                        for w in c:
                            need_words[w] = need_words.get(w, 0) | clause_bit[c]
                    need |= clause_bit[c]
            self.need.append(need)
            self.slots[r.id] = [frozenset("".join(x[1:] for x in c)) for c in clauses
                                if c and all(x.startswith(SLOT) for x in c)]
            signature = tuple(sorted({self._mask(slot) for slot in self.slots[r.id]}))
            by_signature[signature] = by_signature.get(signature, 0) | 1 << i
            if best is None:
                self.ungated.add(r.id)
                self.ungated_mask |= 1 << i
                continue
            for w in best:
                by_word[w] = by_word.get(w, 0) | 1 << i
        self._signatures = list(by_signature.items())
        self._fillable: dict[int, int] = {}          # class-code mask -> rules whose slots it fills
        self._type_bits: dict[str, int] | None = None
        self._words_of: dict[str, tuple[int, int]] = {}   # recent sentences -> (rules keyed, clauses there)
        self.words = ahocorasick.Automaton()         # word -> (rules it keys, other clauses it is in)
        for w in by_word.keys() | need_words.keys():
            self.words.add_word(w, (by_word.get(w, 0), need_words.get(w, 0)))
        if by_word:
            self.words.make_automaton()
        cues: dict[str, int] = {}
        for suf, typ in names["org_suffixes"].items():
            cues[suf] = cues.get(suf, 0) | self.code_bit[codes[typ]]
        for suf in names.get("unit_suffixes", []):
            cues[suf] = cues.get(suf, 0) | self.code_bit[codes["AcademicUnit"]]
        suffixes = dict(cues)                        # what the tagger can name by suffix
        self.place = self.code_bit[codes["Place"]]
        self.place_named = self._mask(codes[t] for t in place_named)
        self.unit, self.university = self.code_bit[codes["AcademicUnit"]], self.code_bit[codes["University"]]
        self.always = self.code_bit[codes["Person"]]
        # recognisers that only run under a condition (English words in a Chinese sentence), by condition
        self.conditional: dict[re.Pattern, list[tuple[re.Pattern | None, int]]] = {}
        for pat, types, when in late:
            made = self._mask(codes[t] for t in types)
            best = best_clause(required_clauses(pat))
            if when is not None:
                self.conditional.setdefault(when, []).append((None if best is None else _alternation(best), made))
            elif best is None:
                self.always |= made
            else:
                for w in best:
                    cues[w] = cues.get(w, 0) | made
        self.cues = ahocorasick.Automaton()          # word -> (types it makes possible, types it names by suffix)
        for w, cs in cues.items():
            self.cues.add_word(w, (cs, suffixes.get(w, 0)))
        self.cues.make_automaton()
        weak = set(names.get("weak_suffixes", []))
        strong = [x for x in names["org_suffixes"] if x not in weak and len(x) >= 2]
        self.strong = _alternation(strong) if strong else None
        self.has_words = bool(by_word)

    def type_bits(self, codes: dict[str, str]) -> dict[str, int]:
        """Entity type -> its class code's bit (``codes``: kg.extract.CODES)."""
        if self._type_bits is None:
            self._type_bits = {t: self.code_bit[c] for t, c in codes.items()}
        return self._type_bits

    def _mask(self, found_codes) -> int:
        bit = self.code_bit
        mask = 0
        for c in found_codes:
            for letter in c:
                mask |= bit[letter]
        return mask

    def fillable(self, codes: int) -> int:
        """The rules each of whose required slots one of the class codes in ``codes`` (a mask) fills."""
        out = self._fillable.get(codes)
        if out is None:
            out = 0
            for signature, rules in self._signatures:
                if all(slot & codes for slot in signature):
                    out |= rules
            self._fillable[codes] = out
        return out

    def word_rules(self, text: str, every_clause: bool = False) -> int:
        """The rules (a mask) whose most selective required clause has a word in ``text``; with
        ``every_clause``, also each of their other required clauses of words of two or more
        characters (exact for the rule loop; the tagger's gate keeps to the first test, which the
        co-occurrence net, not bound to any rule, relies on)."""
        known = self._words_of.get(text)
        if known is None:
            hit, present = self.ungated_mask, 0
            if self.has_words:
                for _end, (rules, clauses) in self.words.iter(text):
                    hit |= rules
                    present |= clauses
            if len(self._words_of) >= 4096:
                self._words_of.clear()
            known = self._words_of[text] = (hit, present)
        hit, present = known
        if every_clause:
            need = self.need
            for i in bits(hit):
                if need[i] & present != need[i]:
                    hit ^= 1 << i
        return hit

    def possible_mask(self, text: str, codes: int, final: bool = False) -> int:
        """:meth:`possible_rules` as a mask of rule indices, from a mask of class codes."""
        hit = self.word_rules(text, every_clause=final)
        if not hit:
            return 0
        if final:
            return hit & self.fillable(codes)
        possible, _named = self._cues(text)
        return hit & self.fillable(self._conditional(text, possible | codes))

    def _cues(self, text: str) -> tuple[int, int]:
        """(the types some recogniser after the tagger, or the tagger, can add; the types the tagger
        can name by a suffix that occurs), one pass."""
        possible, named = self.always, 0
        for _end, (cs, sx) in self.cues.iter(text):
            possible |= cs
            named |= sx
        return possible, named

    def _conditional(self, text: str, possible: int) -> int:
        for when, alternatives in self.conditional.items():
            if when.search(text) is not None:
                for words, made in alternatives:
                    if words is None or words.search(text) is not None:
                        possible |= made
        return possible

    def possible_rules(self, text: str, found_codes: set[str], final: bool = False) -> set[str]:
        """Ids of the rules that can still match ``text`` once every recogniser has run; with
        ``final``, the rules that can match ``text`` with mentions of exactly ``found_codes``."""
        mask = self.possible_mask(text, self._mask(found_codes), final)
        return {self.ids[i] for i in bits(mask)}

    def needs_tagger(self, text: str, found_codes: set[str]) -> bool:
        return self.needs_tagger_mask(text, self._mask(found_codes))

    def needs_tagger_mask(self, text: str, codes: int) -> bool:
        if self.strong is not None and self.strong.search(text) is not None:
            return True
        possible, named = self._cues(text)
        if codes & self.place and named & self.place_named:
            return True        # 苏州 + 极光智芯科技: the tagger names a company whose name gives its location
        if named & self.unit and (codes | named) & self.university:
            return True        # a university's unit (浙江大学 + 计算机学院): a parentOrganization fact
        hit = self.word_rules(text)
        if not hit:
            return False
        possible |= codes
        if hit & self.fillable(possible):
            return True        # (the conditional recognisers can only add to what is possible)
        return bool(hit & self.fillable(self._conditional(text, possible)))


def bits(mask: int):
    """The indices of the set bits of ``mask``, lowest first."""
    while mask:
        low = mask & -mask
        yield low.bit_length() - 1
        mask ^= low


@lru_cache(maxsize=4)
def sentence_gate(rules_path: str | None = None) -> SentenceGate:
    """The gate of a rule set, built once (the rules themselves are cached by kg.extract.load_rules)."""
    from .extract import CODES, load_rules
    from .mentions import PLACE_IN_NAME_TYPES, late_recognisers, name_rules
    rules, _ = load_rules(rules_path)
    return SentenceGate(rules, name_rules(), CODES, late_recognisers(), PLACE_IN_NAME_TYPES)
