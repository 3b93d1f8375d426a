"""jieba, imported once and quietly; the shipped dictionary is never modified at run time.

:func:`tag` gives exactly what ``jieba.posseg.lcut(text)`` gives (same words, same flags; checked by
``python -m bench.segcheck`` on every sentence of the test corpora and the generated corpus), only
faster: jieba's part-of-speech HMM runs in pure Python and is the most expensive step of
extraction (see bench/RESULTS.md). Four things differ from jieba's own code path:

* the Viterbi search (:func:`_viterbi`) visits only the (previous state, state) pairs that have a
  transition — from the smaller side: the reachable states, or the states with a transition to
  the next one (``_FROM``) — instead of building every pair and the set of reachable states for
  each character; the arithmetic and the tie-breaking are jieba's, so the best path is the same
  (the first column and each character's states with their emissions are computed once per character);
* the dictionary DAG and the best route over it are found in one pass (:func:`_route`), with
  jieba's arithmetic and tie-breaking;
* the HMM result for an out-of-dictionary run of characters is cached (:func:`_cut_detail`): short
  runs such as 这一, 将在, 跟投 recur all the time;
* words and flags are plain tuples, not ``jieba.posseg.pair`` objects.

:func:`warm_up` loads the dictionary and the tagger tables, e.g. in a parent process before
worker processes are forked, so that they share them. Importing this module loads jieba's
dictionary and tag table from one marshal file in the user's cache folder when it is there
(:func:`_load_tables`; written by the first process that builds them the usual way).
"""
from __future__ import annotations

import hashlib
import io
import logging
import marshal
import os
import sys
import warnings
from functools import lru_cache
from math import log
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        # jieba._compat imports pkg_resources (~0.2 s) only to open its own data files; without it,
        # it opens the same files with open(). None in sys.modules makes that import fail at once.
        sys.modules["pkg_resources"] = None      # type: ignore[assignment]
        try:
            import jieba
        finally:
            del sys.modules["pkg_resources"]
    import jieba

jieba.setLogLevel(logging.WARNING)

#: Format of the table cache (bump when what :func:`_dump_tables` writes changes).
_TABLES_FORMAT = 1


def _tables_path() -> Path | None:
    """The cache file of jieba's tables for the shipped dictionary as it is now (its path, size and
    modification time and jieba's version are in the name), or None if jieba uses another one."""
    if jieba.dt.dictionary != jieba.DEFAULT_DICT or jieba.dt.initialized or "jieba.posseg" in sys.modules:
        return None
    try:
        st = os.stat(os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME))
    except OSError:
        return None
    key = f"{_TABLES_FORMAT}|{jieba.__version__}|{jieba.__file__}|{st.st_size}|{st.st_mtime_ns}"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "hangzhou-kg" / f"jieba-tables-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


def _dump_tables(path: Path) -> None:
    """Write jieba's prefix dictionary (``FREQ``, ``total``) and the tagger's word → tag table to
    ``path`` as one marshal record; the table's keys are the same string objects as the
    dictionary's and each tag is one object, so marshal writes them once (smaller, faster to load)."""
    freq, tags = jieba.dt.FREQ, sys.modules["jieba.posseg"].dt.word_tag_tab
    key = {w: w for w in freq}
    flags: dict[str, str] = {}
    table = {key.get(w, w): flags.setdefault(t, t) for w, t in tags.items()}
    data = marshal.dumps((freq, jieba.dt.total, table))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        pass                        # no cache then: the next process reads jieba's files again


def _load_tables():
    """Import ``jieba.posseg`` with jieba's tables loaded: from the cache file when there is one
    (about 0.4 s), else the usual way (jieba's own cache of the prefix dictionary, read object by
    object through ``marshal.load`` from a file object, ~1 s, plus dict.txt parsed line by line
    for the tag table, ~0.6 s), writing the cache for the next process. The tables are the same
    either way: the cache is what jieba built, keyed by the dictionary file's size and mtime."""
    path = _tables_path()
    data = None
    if path is not None:
        try:
            freq, total, table = data = marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            data = None                                 # unreadable or damaged: build it again
    if data is None:
        import jieba.posseg as posseg
        if path is not None:
            jieba.dt.check_initialized()
            _dump_tables(path)
        return posseg
    jieba.dt.get_dict_file = lambda: io.BytesIO()      # POSTokenizer() reads no dict.txt at import ...
    try:
        import jieba.posseg as posseg
    finally:
        del jieba.dt.get_dict_file
    posseg.dt.word_tag_tab = table                      # ... it gets the cached table instead
    with jieba.dt.lock:
        jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = freq, total, True
    return posseg


with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    _posseg = _load_tables()

_jieba_viterbi = sys.modules["jieba.posseg.viterbi"]     # the module (jieba.posseg.viterbi is also a function)

_MIN_FLOAT = _jieba_viterbi.MIN_FLOAT
_STATES = _posseg.char_state_tab_P
_START = _posseg.start_P
_TRANS = _posseg.trans_P
_EMIT = _posseg.emit_P
_ALL_STATES = tuple(_TRANS.keys())

_re_han_internal = _posseg.re_han_internal
_re_skip_internal = _posseg.re_skip_internal
_re_han_detail = _posseg.re_han_detail
_re_skip_detail = _posseg.re_skip_detail
_re_num = _posseg.re_num
_re_eng = _posseg.re_eng


def _predecessors() -> dict:
    """state -> {previous state: transition log probability} (jieba's trans_P, reversed)."""
    out: dict = {}
    for x, nxt in _TRANS.items():
        for y, p in nxt.items():
            out.setdefault(y, {})[x] = p
    return out


_FROM = _predecessors()


def _first_column(c0: str) -> tuple[dict, dict]:
    """The Viterbi search's first column for a run starting with ``c0``: each state's start
    probability plus its emission of ``c0`` (jieba's arithmetic), and the empty back-pointers."""
    col = _FIRST.get(c0)
    if col is None:
        V = {y: _START[y] + _EMIT[y].get(c0, _MIN_FLOAT) for y in _STATES.get(c0, _ALL_STATES)}
        col = _FIRST[c0] = (V, dict.fromkeys(V, ""))
    return col


def _states_of(c: str) -> list:
    """(state, {previous state: transition}, emission of ``c``) for each state ``c`` can take that
    has a predecessor (jieba adds -inf for a missing transition: such a state never wins)."""
    out = _COLUMN.get(c)
    if out is None:
        out = _COLUMN[c] = [(y, _FROM[y], _EMIT[y].get(c, _MIN_FLOAT))
                            for y in _STATES.get(c, _ALL_STATES) if _FROM.get(y)]
    return out


_FIRST: dict = {}        # character -> _first_column (both dicts are only read)
_COLUMN: dict = {}       # character -> _states_of


def _viterbi(obs: str) -> list:
    """jieba.posseg.viterbi.viterbi(obs, …)[1] with the tables of jieba.posseg: the same route."""
    V, b0 = _first_column(obs[0])
    back: list[dict] = [b0]
    for t in range(1, len(obs)):
        nV: dict = {}
        nb: dict = {}
        for y, came, e in _states_of(obs[t]):
            best_p = best_s = None
            # visit the smaller side: the reachable states, or the states with a transition to y
            # (the best is the same either way: the larger state wins on equal probability)
            if len(came) < len(V):
                pairs = [(y0, V[y0], tp) for y0, tp in came.items() if y0 in V]
            else:
                pairs = [(y0, v0, came[y0]) for y0, v0 in V.items() if y0 in came]
            for y0, v0, tp in pairs:
                p = v0 + tp + e
                if best_s is None or p > best_p or (p == best_p and y0 > best_s):
                    best_p, best_s = p, y0
            if best_s is not None:
                nV[y] = best_p
                nb[y] = best_s
        if not nV:                      # no state of this character is reachable: jieba's fallback
            return _jieba_viterbi.viterbi(obs, _STATES, _START, _TRANS, _EMIT)[1]
        V = nV
        back.append(nb)
    _prob, state = max((p, y) for y, p in V.items())
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = back[i][state]
    return route


def _cut_hmm(sentence: str):
    """POSTokenizer.__cut: words and flags of a run of Han characters, from the HMM route."""
    pos_list = _viterbi(sentence)
    begin, nexti = 0, 0
    for i, char in enumerate(sentence):
        pos = pos_list[i][0]
        if pos == "B":
            begin = i
        elif pos == "E":
            yield sentence[begin:i + 1], pos_list[i][1]
            nexti = i + 1
        elif pos == "S":
            yield char, pos_list[i][1]
            nexti = i + 1
    if nexti < len(sentence):
        yield sentence[nexti:], pos_list[nexti][1]


@lru_cache(maxsize=65536)
def _cut_detail(sentence: str) -> tuple[tuple[str, str], ...]:
    """POSTokenizer.__cut_detail: an out-of-dictionary run of characters, words and flags."""
    out = []
    for blk in _re_han_detail.split(sentence):
        if _re_han_detail.match(blk):
            out.extend(_cut_hmm(blk))
        else:
            for x in _re_skip_detail.split(blk):
                if x:
                    if _re_num.match(x):
                        out.append((x, "m"))
                    elif _re_eng.match(x):
                        out.append((x, "eng"))
                    else:
                        out.append((x, "x"))
    return tuple(out)


def _route(sentence: str, freq: dict, logtotal: float) -> list:
    """jieba's ``Tokenizer.get_DAG`` + ``Tokenizer.calc`` in one function, the same route: for each
    position the dictionary words starting there (every prefix of a word is in ``freq``, with 0 when
    it is not a word itself), then the best path from the right, ``log(freq) - logtotal + rest``
    evaluated in jieba's order and ties broken by the larger end as ``max`` of jieba's tuples does.
    Both in one loop from the right (the words starting at a position are scored as they are found,
    one ``freq.get`` per prefix): about twice as fast as jieba's, no DAG lists, no generator."""
    n = len(sentence)
    route: list = [None] * n + [(0, 0)]
    unknown = log(1) - logtotal            # a character that is no word: jieba's log(FREQ.get(c) or 1)
    get = freq.get
    for idx in range(n - 1, -1, -1):       # the words starting at idx are found where they are needed
        best = None
        i = idx
        f = get(sentence[idx])
        while f is not None:               # every prefix of a word is in freq (0 if it is no word itself)
            if f:
                r = (log(f) - logtotal + route[i + 1][0], i)
                if best is None or r > best:
                    best = r
            i += 1
            if i >= n:
                break
            f = get(sentence[idx:i + 1])
        route[idx] = best if best is not None else (unknown + route[idx + 1][0], idx)
    return route


def dictionary_route(sentence: str) -> list:
    """jieba's route over ``sentence`` (position -> (log probability, end of the word there))."""
    jieba.dt.check_initialized()
    tk = jieba.dt
    return _route(sentence, tk.FREQ, log(tk.total))


def _cut_dag(sentence: str, out: list) -> None:
    """POSTokenizer.__cut_DAG (HMM on): dictionary words by the DAG route, unknown runs by the HMM."""
    tk = _posseg.dt.tokenizer
    tags = _posseg.dt.word_tag_tab
    freq = tk.FREQ
    route = _route(sentence, freq, log(tk.total))

    def flush(buf: str) -> None:
        if len(buf) == 1:
            out.append((buf, tags.get(buf, "x")))
        elif not freq.get(buf):
            out.extend(_cut_detail(buf))
        else:
            for ch in buf:
                out.append((ch, tags.get(ch, "x")))

    x = 0
    buf = ""
    n = len(sentence)
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if y - x == 1:
            buf += word
        else:
            if buf:
                flush(buf)
                buf = ""
            out.append((word, tags.get(word, "x")))
        x = y
    if buf:
        flush(buf)


def _tag(text: str) -> list[tuple[str, str]]:
    """POSTokenizer.__cut_internal(text, HMM=True) as a list of (word, flag)."""
    _posseg.dt.makesure_userdict_loaded()
    out: list[tuple[str, str]] = []
    for blk in _re_han_internal.split(text):
        if not blk:
            continue
        if _re_han_internal.match(blk):
            _cut_dag(blk, out)
        else:
            for x in _re_skip_internal.split(blk):
                if _re_skip_internal.match(x):
                    out.append((x, "x"))
                else:
                    for xx in x:
                        if _re_num.match(xx):
                            out.append((xx, "m"))
                        elif _re_eng.match(x):     # sic: jieba tests the whole run here
                            out.append((xx, "eng"))
                        else:
                            out.append((xx, "x"))
    return out


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs for ``text``: the same as ``jieba.posseg.lcut(text)``."""
    jieba.dt.check_initialized()
    return _tag(text)


def cut(text: str, hmm: bool = True) -> list[str]:
    return jieba.lcut(text, HMM=hmm)


def warm_up() -> None:
    """Load jieba's dictionary and the tagger tables now (before forking workers that share them)."""
    jieba.dt.check_initialized()
    _tag("杭州")
