"""Stage 1: article files in, clean :class:`Article` records out.

In: a path to a Markdown or text file with optional YAML front matter (UTF-8, UTF-8 with BOM,
UTF-16/32 with BOM, or GB18030/GBK; any line endings). Out: an :class:`Article` with id, title, date,
source URL, tags, the file path and the cleaned body: image lines, photo credits, rules, heading
markers and link markup removed, control and zero-width characters dropped. All character offsets
used later (sentences, claims) index into ``Article.body``.

Bad files raise :class:`kg.errors.InputFileError` naming the file and the reason: binary, empty,
undecodable, malformed or non-mapping front matter, more than ``MAX_BYTES`` bytes or ``MAX_CHARS``
characters of text, or a run of more than ``MAX_RUN`` characters without a sentence end or line
break (not prose; it would only cost time downstream). Problems that leave the article usable
(an unparseable or missing date with relative dates in the text, a title that is not text, a few
invalid UTF-8 bytes) are listed in ``Article.warnings`` instead.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputFileError

MAX_BYTES = 64 * 1024 * 1024      # files over this are refused before they are read
MAX_CHARS = 500_000               # article text over this is refused (a whole build of 500k chars: ~1 min)
MAX_RUN = 20_000                  # a run this long without a sentence end or line break is not prose
SUFFIXES = {".md", ".markdown", ".txt", ".text"}

_FM = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_IMAGE_LINE = re.compile(r"^\s*!\[[^\]]*\]\([^)]*\)\s*$")
_CREDIT_LINE = re.compile(r"^\s*(?:图片来源|图片|图源|来源|摄影|摄|视觉中国|配图|题图|image|photo)\s*[:：]", re.I)
_RULE_LINE = re.compile(r"^\s*(?:[-=*_]\s*){3,}$")
_HEADING = re.compile(r"^(\s{0,3}#{1,6}\s+)(.*?)(\s+#+\s*)?$")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_URL_LINE = re.compile(r"^\s*<?https?://\S+>?\s*$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_EMPH = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
# control characters (terminal escapes, stray NULs) and invisible zero-width characters that split
# names (深度\u200b求索) — removed from the text; line breaks are normalised to \n separately
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u200b\u2060\ufeff\ufffe\uffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
_SENTENCE_END = re.compile(r"[。！？；!?;.…\n]")


class _PyMetaLoader(yaml.SafeLoader):
    """YAML safe loading without implicit timestamps: dates stay text and are parsed by
    :func:`_parse_date`, so an impossible date (``2025-02-30``) is a warning, not a crash."""


class _MetaLoader(getattr(yaml, "CSafeLoader", _PyMetaLoader)):
    """The same with libyaml's parser when PyYAML has it (several times faster); a document it
    refuses is read again by :class:`_PyMetaLoader`, whose error messages (line numbers) we report."""


_PyMetaLoader.yaml_implicit_resolvers = _MetaLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load_yaml(text: str):
    try:
        return yaml.load(text, Loader=_MetaLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        if _MetaLoader is _PyMetaLoader:
            raise
        return yaml.load(text, Loader=_PyMetaLoader)  # noqa: S506 - a SafeLoader subclass


@dataclass
class Article:
    """One article: metadata from the front matter and the cleaned body."""

    id: str
    path: str
    title: str
    body: str
    date: dt.date | None = None
    datetime: dt.datetime | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    lang: str = "zh"
    warnings: list[str] = field(default_factory=list)
    digest: str = ""


def slugify_id(stem: str) -> str:
    """A file stem as an article id: lowercase ASCII letters, digits and hyphens."""
    s = unicodedata.normalize("NFKC", stem).lower()
    s = re.sub(r"[^0-9a-z\u4e00-\u9fff]+", "-", s).strip("-")
    if re.search(r"[^0-9a-z-]", s):
        from .slug import slug
        s = slug(s)
    return s or "article"


def decode(data: bytes, path, warnings: list[str] | None = None) -> str:
    """Bytes as text: UTF-8 (BOM allowed), UTF-16/32 with a BOM, else GB18030 (which covers GBK).

    Binary data is refused. A UTF-8 file with a few bad bytes (a truncated download, a stray
    Latin-1 byte) is read as UTF-8 with U+FFFD in their place and a warning, rather than being
    misread as GB18030 mojibake.
    """
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputFileError(path, f"starts with a {enc.upper()} byte-order mark but is not "
                                           f"{enc.upper()} text") from None
    if b"\x00" in data[:65536]:
        raise InputFileError(path, "binary file (NUL bytes), not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8-sig", errors="replace")
    bad = lenient.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good = sum(1 for c in lenient if c > "\x7f" and c != "\ufffd")
    if good >= 20 * bad:               # mostly valid UTF-8 with a few broken bytes
        if warnings is not None:
            warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
        return lenient
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _looks_binary(text):
        return text
    if bad * 1000 <= len(data) and not _looks_binary(lenient):   # e.g. ASCII text with a stray byte
        if warnings is not None:
            warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
        return lenient
    if text is not None:
        raise InputFileError(path, "binary file (control bytes), not a text article")
    raise InputFileError(path, "not UTF-8 or GB18030/GBK text (undecodable bytes)")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    bad = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\r\n\t")
    return bad > len(sample) * 0.05


def _parse_date(value) -> tuple[dt.date | None, dt.datetime | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        return value.date(), value
    if isinstance(value, dt.date):
        return value, None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        return None, None
    s = unicodedata.normalize("NFKC", str(value)).strip()
    if re.fullmatch(r"\d{8}", s):                       # 20250207
        s = f"{s[:4]}-{s[4:6]}-{s[6:]}"
    m = re.match(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?", s)
    if not m:
        return None, None
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    try:
        day = dt.date(y, mo, d)
        if m[4]:
            return day, dt.datetime(y, mo, d, int(m[4]), int(m[5]), int(m[6] or 0))
        return day, None
    except ValueError:
        return None, None


# `title: "送别X：一个"电机痴"的四十年"`: a double-quoted value with bare double quotes inside,
# the one YAML slip writers make often. Such a line is read again single-quoted.
_INNER_QUOTES = re.compile(r'^([ \t]*[\w-]+:[ \t]+)"(.*"[^"\n]*".*)"[ \t]*$', re.M)


def _requote(m: re.Match) -> str:
    return m.group(1) + "'" + m.group(2).replace("'", "''") + "'"


def split_front_matter(text: str, path, warnings: list[str] | None = None) -> tuple[dict, str]:
    """Front matter (a mapping) and the rest of the text.

    A value double-quoted around bare double quotes is read as the text between the outer
    quotes, with a warning; any other YAML error is an InputFileError."""
    m = _FM.match(text)
    if not m:
        return {}, text.lstrip("\ufeff")
    try:
        try:
            meta = _load_yaml(m.group(1))
        except yaml.YAMLError:
            fixed, n = _INNER_QUOTES.subn(_requote, m.group(1))   # same lines: a later error's line holds
            if not n:
                raise
            meta = _load_yaml(fixed)
            if warnings is not None:
                warnings.append(f"front matter: {n} value(s) with unescaped inner double quotes read as text")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputFileError(path, f"malformed YAML front matter{where}") from None
    except RecursionError:
        raise InputFileError(path, "malformed YAML front matter (nested too deeply)") from None
    except (ValueError, TypeError, OverflowError) as exc:
        raise InputFileError(path, f"malformed YAML front matter ({exc})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputFileError(path, f"front matter is a {type(meta).__name__}, not a mapping")
    return meta, text[m.end():]


def clean_body(raw: str) -> tuple[str, str | None]:
    """Markdown body to plain text, and a trailing link's URL (a source candidate)."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    lines = raw.split("\n")
    out: list[str] = []
    trailing_url = None
    for line in lines:
        stripped = line.strip()
        if _IMAGE_LINE.match(line) or _CREDIT_LINE.match(line):
            continue
        if _RULE_LINE.match(line):
            continue
        if _URL_LINE.match(line):
            trailing_url = stripped.strip("<>")
            continue
        lm = _LINK.fullmatch(stripped)   # a line that is only a link (not a link inside a sentence)
        if lm and lm.group(2).startswith(("http://", "https://")):
            trailing_url = lm.group(2)
        h = _HEADING.match(line)
        if h:
            line = h.group(2)
        line = _LINK.sub(lambda m: "" if m.group(0).startswith("!") else m.group(1), line)
        line = _EMPH.sub(r"\2", line)
        line = _ESCAPE.sub(r"\1", line)
        out.append(line.rstrip())
    body = "\n".join(out)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    return body, trailing_url


def _text(v) -> str | None:
    """A front-matter scalar as clean one-line text; None for lists, mappings and binary values."""
    if v is None or isinstance(v, (bool, bytes, bytearray, list, tuple, dict, set)):
        return None
    if not isinstance(v, (str, int, float, dt.date)):
        return None
    return _clean_text(str(v)).strip()


def _clean_text(s: str) -> str:
    """No lone surrogates (from YAML escapes) and no control characters (terminal escapes, NULs)."""
    return _CONTROL.sub("", _SURROGATE.sub("\ufffd", s))


def _as_list(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        out = []
        for x in v:
            t = _text(x)          # nested lists and mappings are not tags (and may be YAML alias bombs)
            if t:
                out.append(t)
        return out
    t = _text(v)
    return [s.strip() for s in t.split(",") if s.strip()] if t else []


_HAN_RUN = re.compile("[\u4e00-\u9fff]+")


def _lang(meta: dict, body: str) -> str:
    v = meta.get("lang") or meta.get("language")
    if isinstance(v, list):
        v = v[0] if v else None
    v = _text(v)
    if v:
        return "en" if v.lower().startswith("en") else "zh"
    cjk = sum(map(len, _HAN_RUN.findall(body, 0, 5000)))      # Han characters (runs: fewer objects)
    return "zh" if cjk > 20 or cjk > len(body[:5000]) * 0.05 else "en"


def _long_run(body: str) -> tuple[int, int] | None:
    """(start, length) of the first run over MAX_RUN characters without a sentence end or line break."""
    start = 0
    for m in _SENTENCE_END.finditer(body):
        if m.start() - start > MAX_RUN:
            return start, m.start() - start
        start = m.end()
    if len(body) - start > MAX_RUN:
        return start, len(body) - start
    return None


def _check_size(body: str, path) -> None:
    """Refuse text that would take unbounded time downstream: not prose at all, or too long."""
    run = _long_run(body)
    if run:
        raise InputFileError(path, f"{run[1]} characters without a sentence end or line break (from character "
                                   f"{run[0]}; limit {MAX_RUN}): not article text")
    if len(body) > MAX_CHARS:
        raise InputFileError(path, f"article text too long ({len(body)} characters; limit {MAX_CHARS}): "
                                   "split it into several files")


def _unresolved_relative_dates(body: str) -> int:
    """How many relative dates (去年3月, 上月, 3天前) need an article date to be resolved."""
    from .dates import find_dates
    without = find_dates(body, None)
    with_date = find_dates(body, dt.date(2000, 6, 15))
    return sum(1 for a, b in zip(without, with_date) if a.value is None and b.value is not None)


def load_article(path: str | os.PathLike, root: str | os.PathLike | None = None) -> Article:
    """Read and clean one article file."""
    p = Path(path)
    try:
        st = p.stat()
    except OSError as exc:
        raise InputFileError(path, f"cannot read: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError(path, "not a regular file")
    if st.st_size == 0:
        raise InputFileError(path, "empty file")
    if st.st_size > MAX_BYTES:
        raise InputFileError(path, f"file too large ({st.st_size} bytes; limit {MAX_BYTES})")
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputFileError(path, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise InputFileError(path, f"file too large (over {MAX_BYTES} bytes)")
    warnings: list[str] = []
    text = decode(data, path, warnings)
    text = _LINE_BREAKS.sub("\n", text)           # CRLF, CR-only and mixed line endings
    meta, rest = split_front_matter(text, path, warnings)
    body, trailing = clean_body(rest)
    body = _clean_text(body)
    if not body.strip():
        raise InputFileError(path, "no article text after the front matter")
    _check_size(body, path)
    raw_date = next((meta[k] for k in ("date", "published", "datePublished") if meta.get(k) not in (None, "")), None)
    date, dtime = _parse_date(raw_date)
    if date is None:
        n = _unresolved_relative_dates(body)
        if raw_date is not None:
            shown = _text(raw_date) if _text(raw_date) is not None else type(raw_date).__name__
            warnings.append(f"unparseable date {shown[:40]!r}; relative dates left unresolved")
        elif n:
            warnings.append(f"no date in the front matter; {n} relative date(s) left unresolved")
    title = _text(meta.get("title")) or ""
    if meta.get("title") is not None and _text(meta.get("title")) is None:
        warnings.append(f"title is a {type(meta.get('title')).__name__}, not text; ignored")
    if not title:
        first = next((l.strip() for l in body.split("\n") if l.strip()), "")
        title = first[:80]
    url = next((_text(meta.get(k)) for k in ("source", "url", "link", "source_url") if _text(meta.get(k))), None)
    url = url or trailing
    tags = _as_list(meta.get("tags"))
    tags += [t for t in _as_list(meta.get("categories")) if t not in tags]
    try:
        rel = os.path.relpath(p, root) if root else str(p)
    except ValueError:
        rel = str(p)
    return Article(
        id=slugify_id(p.stem), path=rel.replace(os.sep, "/"), title=title, body=body, date=date,
        datetime=dtime, url=url.strip() if url else None, tags=tags, lang=_lang(meta, body),
        warnings=warnings, digest=hashlib.sha1(data).hexdigest(),
    )


def find_article_files(paths: list[str]) -> tuple[list[Path], list[InputFileError]]:
    """Expand files and folders into article files (sorted, each once); errors for missing paths."""
    files: list[Path] = []
    errors: list[InputFileError] = []
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    fp = Path(dirpath) / name
                    if fp.suffix.lower() in SUFFIXES and not name.startswith(".") and name.lower() != "readme.md":
                        _add(fp, files, seen, errors)
        elif p.exists() or p.is_symlink():
            _add(p, files, seen, errors)
        else:
            errors.append(InputFileError(raw, "no such file or folder"))
    return files, errors


def _add(fp: Path, files: list[Path], seen: set[str], errors: list[InputFileError]) -> None:
    try:
        key = str(fp.resolve(strict=True))
    except (OSError, RuntimeError):
        errors.append(InputFileError(fp, "broken or looping symbolic link"))
        return
    if key not in seen:
        seen.add(key)
        files.append(fp)
