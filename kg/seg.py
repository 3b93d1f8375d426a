"""jieba, imported once and quietly; the shipped dictionary is never modified at run time."""
from __future__ import annotations

import logging
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import jieba
    import jieba.posseg as _posseg

jieba.setLogLevel(logging.WARNING)


def tag(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech) pairs for ``text``."""
    return [(p.word, p.flag) for p in _posseg.lcut(text)]


def cut(text: str, hmm: bool = True) -> list[str]:
    return jieba.lcut(text, HMM=hmm)
