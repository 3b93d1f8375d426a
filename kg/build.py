"""The ``kg build`` / ``kg add`` / ``kg remove`` pipeline: files in, store and exports out.

In: article paths (files or folders). Out: the Oxigraph store (one named graph per article plus the
ontology graph), ``OUT/kg.ttl`` (union, sorted, byte-identical on rebuild), ``OUT/kg.trig`` (graph
per article), ``OUT/graph.html``, and a :class:`BuildReport`. Bad files are reported one line each
and skipped; every other file is ingested. Outputs are written to a temporary file and renamed,
so a build killed at any moment leaves the previous outputs intact.
"""
from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .articles import find_article_files, load_article
from .errors import InputFileError, UserError
from .lexicon import get_lexicon, ontology_path
from .store import article_graphs, drop_graph, open_store, replace_graph
from .vocab import ARTICLE, ONTOLOGY_GRAPH, PREFIXES, RDF, TYPE_NAMES


@dataclass
class BuildReport:
    articles: int = 0
    skipped: list[str] = field(default_factory=list)       # "path: reason" lines
    warnings: list[str] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)      # type -> count
    facts: Counter = field(default_factory=Counter)         # relation -> count
    claims: int = 0
    shacl_ok: bool | None = None
    shacl_text: str = ""
    outputs: list[str] = field(default_factory=list)


def _process(args) -> tuple[str, object]:
    """Worker: one file → ('ok', (article id, path, n-quads bytes, facts, entity types, warnings)) or ('error', line)."""
    path, extractor_name, min_conf = args
    from .extract import get_extractor
    from .rdf import build_article_graph
    try:
        art = load_article(path)
    except InputFileError as exc:
        return "error", str(exc)
    try:
        ag = build_article_graph(art, get_extractor(extractor_name), get_lexicon(), min_conf)
    except RecursionError:
        return "error", f"{path}: text too deeply nested to process"
    data = ox.serialize(ag.quads, format=ox.RdfFormat.N_QUADS)
    types = {iri: e.type for iri, e in ag.entities.items()}
    return "ok", (art.id, str(path), ag.iri, data, dict(ag.facts), types, ag.claims,
                  [f"{path}: {w}" for w in art.warnings])


def extract_files(files: list[Path], extractor: str = "rules", min_confidence: float = 0.0, jobs: int = 1,
                  progress=None):
    """Run the pipeline over files, yielding each worker result in input order."""
    tasks = [(str(f), extractor, min_confidence) for f in files]
    if jobs <= 1 or len(tasks) < 2:
        for t in tasks:
            r = _process(t)
            if progress:
                progress()
            yield r
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for r in pool.map(_process, tasks, chunksize=max(1, min(32, len(tasks) // (jobs * 8) or 1))):
            if progress:
                progress()
            yield r


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def load_ontology_quads() -> list[ox.Quad]:
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    triples = ox.parse(path=str(ontology_path("hzkg.ttl")), format=ox.RdfFormat.TURTLE)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]


def _sorted_triples(store: ox.Store, graphs: list[str]) -> list[ox.Triple]:
    seen = set()
    for gi in graphs:
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(gi)):
            seen.add(ox.Triple(q.subject, q.predicate, q.object))
    return sorted(seen, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def _sorted_quads(store: ox.Store, graphs: list[str]) -> list[ox.Quad]:
    out = []
    for gi in graphs:
        qs = list(store.quads_for_pattern(None, None, None, ox.NamedNode(gi)))
        out.extend(sorted(qs, key=lambda q: (str(q.subject), str(q.predicate), str(q.object))))
    return out


def serialize_union(store: ox.Store, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> bytes:
    """All article graphs as one graph (sorted, so the same store always gives the same bytes)."""
    return ox.serialize(_sorted_triples(store, article_graphs(store)), format=fmt, prefixes=PREFIXES)


def serialize_dataset(store: ox.Store, fmt: ox.RdfFormat = ox.RdfFormat.TRIG) -> bytes:
    """One graph per article (sorted by graph, then triple)."""
    kw = {"prefixes": PREFIXES} if fmt == ox.RdfFormat.TRIG else {}
    return ox.serialize(_sorted_quads(store, article_graphs(store)), format=fmt, **kw)


def write_outputs(store: ox.Store, out_dir: Path, report: BuildReport | None = None) -> list[str]:
    """kg.ttl, kg.trig and graph.html from the store, each written atomically."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    atomic_write(out_dir / "kg.ttl", serialize_union(store))
    written.append(str(out_dir / "kg.ttl"))
    atomic_write(out_dir / "kg.trig", serialize_dataset(store))
    written.append(str(out_dir / "kg.trig"))
    try:
        from .explore import write_explorer
    except ImportError:
        write_explorer = None
    if write_explorer is not None:
        tmp = out_dir / ".graph.html.tmp"
        write_explorer(store, str(tmp))
        os.replace(tmp, out_dir / "graph.html")
        written.append(str(out_dir / "graph.html"))
    return written


def ingest(store: ox.Store, results, report: BuildReport, strict: bool = False, on_error=None) -> set[str]:
    """Put worker results into the store; returns the article graph IRIs written."""
    written: set[str] = set()
    ids: dict[str, str] = {}
    for kind, payload in results:
        if kind == "error":
            report.skipped.append(payload)
            if on_error:
                on_error(payload)
            if strict:
                raise UserError(payload)
            continue
        art_id, path, giri, data, facts, types, claims, warnings = payload
        if art_id in ids:
            line = f"{path}: duplicate article id {art_id!r} (already read from {ids[art_id]})"
            report.skipped.append(line)
            if on_error:
                on_error(line)
            if strict:
                raise UserError(line)
            continue
        ids[art_id] = path
        quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
        replace_graph(store, giri, quads)
        written.add(giri)
        report.articles += 1
        report.facts.update(facts)
        report.claims += claims
        report.warnings.extend(warnings)
    return written


def summarise_entities(store: ox.Store) -> Counter:
    c: Counter = Counter()
    res = store.query("SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t } "
                      f"FILTER(STRSTARTS(STR(?g), \"{ARTICLE}\")) }} GROUP BY ?t")
    for row in res:
        name = TYPE_NAMES.get(row["t"].value)
        if name:
            c[name] = int(row["n"].value)
    return c


DEFAULT_MIN_CONFIDENCE = 0.5


def run_build(paths: list[str], out_dir: str = "out", store: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
              extractor: str = "rules", jobs: int = 1, strict: bool = False, progress_factory=None,
              on_error=None, validate: bool = True) -> BuildReport:
    """Full build: the store ends up holding exactly the articles found under ``paths``."""
    report = BuildReport()
    out = Path(out_dir)
    files, errors = find_article_files(paths)
    for e in errors:
        report.skipped.append(str(e))
        if on_error:
            on_error(str(e))
        if strict:
            raise UserError(str(e))
    if not files:       # nothing readable: never wipe the existing store (e.g. a mistyped path)
        raise UserError(f"no article files (.md, .txt) found in {', '.join(paths)}")
    from .extract import get_extractor
    get_extractor(extractor)          # fail early on an unknown extractor name
    st = open_store(store or out / "store", create=True)
    progress = progress_factory(len(files)) if progress_factory else None
    written = ingest(st, extract_files(files, extractor, min_confidence, jobs, progress), report, strict, on_error)
    for giri in article_graphs(st):
        if giri not in written:
            drop_graph(st, giri)
    replace_graph(st, ONTOLOGY_GRAPH, load_ontology_quads())
    st.flush()
    report.entities = summarise_entities(st)
    if validate:
        from .validate import validate_store
        report.shacl_ok, report.shacl_text = validate_store(st)
    report.outputs = write_outputs(st, out, report)
    return report


def run_add(paths: list[str], out_dir: str = "out", store: str | None = None, on_error=None) -> BuildReport:
    """Add or replace the given articles in an existing store; other articles stay as they are."""
    report = BuildReport()
    files, errors = find_article_files(paths)
    for e in errors:
        report.skipped.append(str(e))
        if on_error:
            on_error(str(e))
    st = open_store(store or Path(out_dir) / "store", create=True)
    ingest(st, extract_files(files), report, on_error=on_error)
    replace_graph(st, ONTOLOGY_GRAPH, load_ontology_quads())
    st.flush()
    report.entities = summarise_entities(st)
    report.outputs = write_outputs(st, Path(out_dir), report)
    return report


def run_remove(articles: list[str], out_dir: str = "out", store: str | None = None) -> list[str]:
    """Drop the named articles' graphs (by file path, article id or IRI); returns the IRIs removed."""
    from .articles import slugify_id
    st = open_store(store or Path(out_dir) / "store")
    present = set(article_graphs(st))
    removed = []
    for a in articles:
        iri = a if a.startswith(ARTICLE) else ARTICLE + (slugify_id(Path(a).stem) if ("/" in a or "." in a) else a)
        if iri not in present:
            raise UserError(f"no article {a!r} in the store")
        drop_graph(st, iri)
        removed.append(iri)
    st.flush()
    write_outputs(st, Path(out_dir))
    return removed


# ---- CLI glue (rich progress and summary) -------------------------------------------------------

def _print_summary(report: BuildReport, quiet: bool) -> None:
    if quiet:
        return
    from rich.console import Console
    from rich.table import Table
    console = Console(stderr=True)
    t = Table(title=f"Built {report.articles} article(s), {sum(report.facts.values())} facts, {report.claims} claims",
              show_header=True)
    t.add_column("entities by type")
    t.add_column("n", justify="right")
    t.add_column("facts by relation")
    t.add_column("n", justify="right")
    ents = sorted(report.entities.items())
    facts = sorted(report.facts.items())
    for i in range(max(len(ents), len(facts))):
        e = ents[i] if i < len(ents) else ("", "")
        f = facts[i] if i < len(facts) else ("", "")
        t.add_row(e[0], str(e[1]), f[0], str(f[1]))
    console.print(t)
    if report.shacl_ok is not None:
        from .validate import violation_count
        n = violation_count(report.shacl_text)
        console.print("SHACL: " + ("conforms" if report.shacl_ok else
                                   f"[red]{n or 'some'} violation(s)[/red] (see `kg validate`)"))
    if report.skipped:
        console.print(f"[yellow]{len(report.skipped)} file(s) skipped[/yellow]")
    for o in report.outputs:
        console.print(f"wrote {o}")


def _progress_factory(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    def factory(total):
        p = Progress(transient=True)
        p.start()
        task = p.add_task("extracting", total=total)

        def step():
            p.advance(task)
            if p.tasks[0].completed >= total:
                p.stop()
        return step
    return factory


def _err(line: str) -> None:
    print(f"Error: {line}", file=sys.stderr)


def _store_for(store: str | None) -> str | None:
    """The CLI's default store follows --out (OUT/store) unless --store is given."""
    from .store import DEFAULT_STORE
    return None if store in (None, DEFAULT_STORE) else store


def build_command(paths, out_dir, store, min_confidence, extractor, jobs, strict, quiet) -> int:
    report = run_build(paths, out_dir=out_dir, store=_store_for(store),
                       min_confidence=min_confidence, extractor=extractor, jobs=jobs, strict=strict,
                       progress_factory=_progress_factory(quiet), on_error=_err)
    for w in report.warnings:
        print(f"Warning: {w}", file=sys.stderr)
    _print_summary(report, quiet)
    return 1 if report.skipped else 0


def add_command(paths, out_dir, store) -> int:
    report = run_add(paths, out_dir=out_dir, store=_store_for(store), on_error=_err)
    _print_summary(report, False)
    return 1 if report.skipped else 0


def remove_command(articles, out_dir, store) -> None:
    removed = run_remove(articles, out_dir=out_dir, store=_store_for(store))
    for r in removed:
        print(f"removed {r}", file=sys.stderr)
