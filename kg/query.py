"""``kg query``: run SPARQL (text, a ``.rq`` file or a saved query) over the store.

In: a query, a store path or SPARQL endpoint URL, an output format and ``NAME=VALUE`` parameters.
Out: the results as a string (a rich table, SPARQL CSV/TSV, or SPARQL JSON results).

Saved queries live in ``kg/queries/*.rq``; each starts with a comment header::

    # title: One line
    # description: What it returns (may continue on indented comment lines)
    # parameters: name (required) - what it means      (or: none)

Parameters are bound as RDF terms by the query engine (:func:`kg.store.run_query` substitutions),
never pasted into the query text, so a value with quotes or braces cannot change the query.
"""
from __future__ import annotations

import io
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import pyoxigraph as ox

from .errors import UserError
from .vocab import PREFIXES

FORMATS = ("table", "csv", "tsv", "json")
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_HEADER = re.compile(r"^#\s*(title|description|parameters)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class SavedQuery:
    """One ``kg/queries/NAME.rq`` file and its comment header."""

    name: str
    title: str
    description: str
    parameters: list[dict[str, Any]] = field(default_factory=list)
    text: str = ""
    path: str = ""

    @property
    def required(self) -> list[str]:
        return [p["name"] for p in self.parameters if p["required"]]


def _queries_dir() -> Path:
    return Path(__file__).resolve().parent / "queries"


def _parse_parameters(spec: str) -> list[dict[str, Any]]:
    spec = spec.strip()
    if not spec or spec.lower() in ("none", "-"):
        return []
    out = []
    for part in spec.split(";"):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^\??([A-Za-z_][A-Za-z0-9_]*)\s*(\(([^)]*)\))?\s*(?:[-–:]\s*(.*))?$", part)
        if not m:
            continue
        flags = (m.group(3) or "").lower()
        out.append({"name": m.group(1), "required": "required" in flags, "help": (m.group(4) or "").strip()})
    return out


def parse_header(name: str, text: str, path: str = "") -> SavedQuery:
    """Read the ``# title/description/parameters`` comment header of a saved query."""
    fields: dict[str, str] = {}
    current = None
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        m = _HEADER.match(s)
        if m:
            current = m.group(1).lower()
            fields[current] = m.group(2).strip()
        elif current:  # continuation line
            fields[current] = (fields[current] + " " + s.lstrip("#").strip()).strip()
    return SavedQuery(name=name, title=fields.get("title", name), description=fields.get("description", ""),
                      parameters=_parse_parameters(fields.get("parameters", "")), text=text, path=path)


def list_queries() -> list[SavedQuery]:
    """All saved queries shipped in the package, sorted by name."""
    out = []
    for entry in _queries_dir().iterdir():
        if entry.name.endswith(".rq"):
            out.append(parse_header(entry.name[:-3], entry.read_text(encoding="utf-8"), str(entry)))
    return sorted(out, key=lambda q: q.name)


def load_query(name: str) -> SavedQuery:
    """The saved query called ``name`` (with or without ``.rq``); :class:`UserError` if unknown."""
    stem = name[:-3] if name.endswith(".rq") else name
    if not _PARAM_NAME.match(stem.replace("-", "_")):
        raise UserError(f"unknown saved query {name!r} (see kg query --list)")
    entry = _queries_dir() / f"{stem}.rq"
    if not entry.is_file():
        raise UserError(f"unknown saved query {name!r} (see kg query --list)")
    return parse_header(stem, entry.read_text(encoding="utf-8"), str(entry))


def parse_param(spec: str) -> tuple[str, Any]:
    """``NAME=VALUE`` as (name, pyoxigraph term): ``http(s)://…`` or ``<…>`` is an IRI, else a string."""
    if "=" not in spec:
        raise UserError(f"bad --param {spec!r} (expected NAME=VALUE)")
    key, value = spec.split("=", 1)
    key = key.strip().lstrip("?$")
    if not _PARAM_NAME.match(key):
        raise UserError(f"bad --param name {key!r} (letters, digits and _ only)")
    if value.startswith("<") and value.endswith(">") and len(value) > 2:
        value = value[1:-1]
        is_iri = True
    else:
        is_iri = value.startswith(("http://", "https://"))
    if is_iri:
        try:
            return key, ox.NamedNode(value)
        except ValueError as exc:
            raise UserError(f"bad IRI in --param {key}: {exc}") from exc
    return key, ox.Literal(value)


def _read_sparql_argument(sparql: str) -> str:
    """Query text, or the content of a ``.rq``/``.sparql`` file when the argument names one."""
    looks_like_path = sparql.endswith((".rq", ".sparql")) or (
        "\n" not in sparql and "{" not in sparql and len(sparql) < 4096 and os.path.isfile(sparql))
    if looks_like_path:
        p = Path(sparql)
        if not p.is_file():
            raise UserError(f"no such query file: {sparql}")
        try:
            return p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read query file {sparql}: {exc}") from exc
    return sparql


def _strip_comments_and_strings(text: str) -> str:
    """The query with strings, IRIs and comments blanked, to look for variable names safely."""
    return re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*',
                  " ", text)


def query_variables(text: str) -> set[str]:
    """Variable names used in a query (``?x`` or ``$x``)."""
    return set(re.findall(r"[?$]([A-Za-z_0-9\u00B7\u00C0-\uFFFF]+)", _strip_comments_and_strings(text)))


# ----------------------------------------------------------------------------------- rendering

def _short(iri: str) -> str:
    best = None
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and (best is None or len(ns) > len(PREFIXES[best])):
            best = prefix
    if best is not None:
        local = iri[len(PREFIXES[best]):]
        if re.match(r"^[\w\-.]*$", local) and not local.endswith("."):
            return f"{best}:{local}"
    return f"<{iri}>"


def display_term(term: Any) -> str:
    """A term as a short human-readable cell: prefixed IRI, literal lexical form (with @lang)."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _short(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _render_table(variables: list[str], rows: list[list[Any]], title: str | None = None) -> str:
    from rich.console import Console
    from rich.table import Table
    table = Table(title=title, show_lines=False, header_style="bold")
    for v in variables:
        table.add_column(v, overflow="fold")
    from rich.text import Text
    for row in rows:
        table.add_row(*[Text(display_term(t)) for t in row])      # data is text, never rich markup
    buf = io.StringIO()
    width = shutil.get_terminal_size((200, 24)).columns
    console = Console(file=buf, width=max(width, 80), force_terminal=False, color_system=None,
                      highlight=False, soft_wrap=False)
    console.print(table)
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}")
    return buf.getvalue()


def render_results(results: Any, fmt: str) -> str:
    """Render pyoxigraph query results (solutions, boolean or triples) in ``fmt``."""
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if isinstance(results, ox.QuerySolutions):
        if fmt == "table":
            variables = [v.value for v in results.variables]
            rows = [[sol[v] for v in variables] for sol in results]
            return _render_table(variables, rows)
        rf = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
              "json": ox.QueryResultsFormat.JSON}[fmt]
        text = results.serialize(format=rf).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    if isinstance(results, (ox.QueryBoolean, bool)):
        value = bool(results)
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": value}) + "\n"
        return ("true" if value else "false") + "\n"
    # CONSTRUCT / DESCRIBE: an iterable of triples
    triples = list(results)
    if fmt == "json":
        return ox.serialize(triples, format=ox.RdfFormat.JSON_LD).decode("utf-8") + "\n"
    rows = [[t.subject, t.predicate, t.object] for t in triples]
    if fmt == "table":
        return _render_table(["subject", "predicate", "object"], rows)
    import csv
    buf = io.StringIO()
    if fmt == "csv":
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["subject", "predicate", "object"])
        for row in rows:
            w.writerow([t.value if not isinstance(t, ox.BlankNode) else f"_:{t.value}" for t in row])
    else:
        buf.write("?subject\t?predicate\t?object\n")
        for row in rows:
            buf.write("\t".join(str(t).replace("\t", "\\t") for t in row) + "\n")
    return buf.getvalue()


def render_saved_list(queries: Iterable[SavedQuery], fmt: str = "table") -> str:
    """The ``kg query --list`` output."""
    queries = list(queries)
    if fmt == "json":
        return json.dumps([{"name": q.name, "title": q.title, "description": q.description,
                            "parameters": q.parameters} for q in queries], ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        import csv
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(["name", "title", "parameters", "description"])
        for q in queries:
            w.writerow([q.name, q.title, " ".join(p["name"] for p in q.parameters), q.description])
        return buf.getvalue()
    from rich.console import Console
    from rich.table import Table
    table = Table(title="Saved queries (kg query --name NAME [--param NAME=VALUE])", header_style="bold")
    table.add_column("name", no_wrap=True)
    table.add_column("parameters")
    table.add_column("title / description", overflow="fold")
    for q in queries:
        params = ", ".join(p["name"] + ("" if p["required"] else "?") for p in q.parameters) or "-"
        table.add_row(q.name, params, f"{q.title}\n{q.description}".strip())
    buf = io.StringIO()
    width = shutil.get_terminal_size((160, 24)).columns
    Console(file=buf, width=max(width, 80), force_terminal=False, color_system=None, highlight=False).print(table)
    return buf.getvalue()


# ----------------------------------------------------------------------------------- command

MAX_NESTING = 500          # brackets deeper than this crash the SPARQL parser's stack


def nesting_depth(text: str) -> int:
    """The deepest nesting of ``{ ( [`` in a query, outside strings, IRIs and comments."""
    depth = best = 0
    for c in _strip_comments_and_strings(text):
        if c in "{([":
            depth += 1
            if depth > best:
                best = depth
        elif c in "})]" and depth:
            depth -= 1
    return best


def check_nesting(text: str) -> None:
    """Refuse a query nested deeper than the parser can take (it would crash the process)."""
    depth = nesting_depth(text)
    if depth > MAX_NESTING:
        raise UserError(f"bad SPARQL query: brackets nested {depth} deep (limit {MAX_NESTING})")


def query_command(sparql: str | None, store: Any, fmt: str = "table", list_: bool = False,
                  name: str | None = None, params: Iterable[str] = ()) -> str:
    """Run a query and return its rendered results (what ``kg query`` prints).

    ``store`` is a store path, an ``http(s)://`` SPARQL endpoint URL, or an already open store.
    """
    if list_:
        return render_saved_list(list_queries(), fmt)
    if name and sparql:
        raise UserError("give either a query or --name, not both")
    if name:
        saved = load_query(name)
        text = saved.text
        required = saved.required
    elif sparql:
        text = _read_sparql_argument(sparql)
        required = []
    else:
        raise UserError("no query given (pass SPARQL text or a .rq file, or --name NAME; see kg query --list)")

    check_nesting(text)
    bindings: dict[str, Any] = {}
    for spec in params or ():
        key, term = parse_param(spec)
        bindings[key] = term
    variables = query_variables(text)
    for key in bindings:
        if key not in variables:
            raise UserError(f"--param {key}: the query has no variable ?{key}")
    missing = [r for r in required if r not in bindings]
    if missing:
        raise UserError(f"saved query {name!r} needs " + " ".join(f"--param {m}=VALUE" for m in missing))

    from .store import open_store, run_query
    if isinstance(store, (str, os.PathLike)):
        st = open_store(store, read_only=True)
    else:
        st = store
    try:
        results = run_query(st, text, bindings or None)
        return render_results(results, fmt)
    except RuntimeError as exc:  # e.g. a bound variable that the query does not SELECT
        raise UserError(f"cannot run the query: {exc}") from exc
    except OSError as exc:
        raise UserError(f"query failed: {exc}") from exc
