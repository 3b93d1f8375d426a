"""Stage 1: article files in, clean :class:`Article` records out.

In: a path to a Markdown or text file with optional YAML front matter (UTF-8, UTF-8 with BOM, or
GB18030/GBK). Out: an :class:`Article` with id, title, date, source URL, tags, the file path and the
cleaned body: image lines, photo credits, rules, heading markers and link markup removed. All
character offsets used later (sentences, claims) index into ``Article.body``.
Bad files raise :class:`kg.errors.InputFileError` naming the file and the reason.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputFileError

MAX_BYTES = 64 * 1024 * 1024
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


def decode(data: bytes, path) -> str:
    """Bytes as text: UTF-8 (BOM allowed), else GB18030. Binary data is refused."""
    if b"\x00" in data[:65536]:
        raise InputFileError(path, "binary file (NUL bytes), not a text article")
    for enc in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "gb18030" and _looks_binary(text):
            break
        return text
    raise InputFileError(path, "not UTF-8 or GB18030 text")


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
    s = unicodedata.normalize("NFKC", str(value)).strip()
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


def split_front_matter(text: str, path) -> tuple[dict, str]:
    """Front matter (a mapping) and the rest of the text."""
    m = _FM.match(text)
    if not m:
        return {}, text.lstrip("\ufeff")
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputFileError(path, f"malformed YAML front matter{where}") from None
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
    prev_text = False
    for line in lines:
        stripped = line.strip()
        if _IMAGE_LINE.match(line) or _CREDIT_LINE.match(line):
            continue
        if _RULE_LINE.match(line):
            prev_text = False
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
        prev_text = bool(stripped)
    body = "\n".join(out)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    return body, trailing_url


def _as_list(v) -> list[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if x is not None and str(x).strip()]
    return [s.strip() for s in str(v).split(",") if s.strip()]


def _lang(meta: dict, body: str) -> str:
    v = meta.get("lang") or meta.get("language")
    if isinstance(v, list):
        v = v[0] if v else None
    if v:
        return "en" if str(v).lower().startswith("en") else "zh"
    cjk = sum(1 for c in body[:5000] if "\u4e00" <= c <= "\u9fff")
    return "zh" if cjk > 20 or cjk > len(body[:5000]) * 0.05 else "en"


def load_article(path: str | os.PathLike, root: str | os.PathLike | None = None) -> Article:
    """Read and clean one article file."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise InputFileError(path, f"cannot read: {exc.strerror or exc}") from None
    if size == 0:
        raise InputFileError(path, "empty file")
    if size > MAX_BYTES:
        raise InputFileError(path, f"file too large ({size} bytes; limit {MAX_BYTES})")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputFileError(path, f"cannot read: {exc.strerror or exc}") from None
    text = decode(data, path)
    meta, rest = split_front_matter(text, path)
    body, trailing = clean_body(rest)
    if not body.strip():
        raise InputFileError(path, "no article text after the front matter")
    warnings = []
    date, dtime = _parse_date(meta.get("date") or meta.get("published") or meta.get("datePublished"))
    if date is None and (meta.get("date") not in (None, "")):
        warnings.append(f"unparseable date {str(meta.get('date'))[:40]!r}; relative dates left unresolved")
    title = str(meta.get("title") or "").strip()
    if not title:
        first = next((l.strip() for l in body.split("\n") if l.strip()), "")
        title = first[:80]
    url = meta.get("source") or meta.get("url") or meta.get("link") or meta.get("source_url") or trailing
    tags = _as_list(meta.get("tags")) + [t for t in _as_list(meta.get("categories")) if t not in _as_list(meta.get("tags"))]
    try:
        rel = os.path.relpath(p, root) if root else str(p)
    except ValueError:
        rel = str(p)
    return Article(
        id=slugify_id(p.stem), path=rel.replace(os.sep, "/"), title=title, body=body, date=date,
        datetime=dtime, url=str(url).strip() if url else None, tags=tags, lang=_lang(meta, body),
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
