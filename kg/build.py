"""The ``kg build`` / ``kg add`` / ``kg remove`` pipeline: files in, store and exports out.

In: article paths (files or folders). Out: the Oxigraph store (one named graph per article plus the
ontology graph), ``OUT/kg.ttl`` (union, sorted, byte-identical on rebuild), ``OUT/kg.trig`` (graph
per article), ``OUT/graph.html``, and a :class:`BuildReport`. Bad files are reported one line each
and skipped; every other file is ingested. Outputs are written to a temporary file and renamed,
so a build killed at any moment leaves the previous outputs intact.
"""
from __future__ import annotations

import gc
import os
import sys
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
    except Exception as exc:  # noqa: BLE001 - one article must not stop the build; name it and go on
        return "error", f"{path}: internal error while extracting ({type(exc).__name__}: {exc}); please report it"
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
    import multiprocessing as mp
    ctx = mp.get_context()
    jobs = min(jobs, len(tasks))
    # Load the dictionaries once, here: forked workers inherit them and share the pages (about 180 MB
    # per process otherwise); with other start methods each worker loads them in its initializer.
    fork = ctx.get_start_method() == "fork"
    if fork:
        _warm_up(extractor)
    init = None if fork else _warm_up
    # small chunks: little work left on one worker at the end (an article takes ~10-50 ms)
    chunk = max(1, min(16, len(tasks) // (jobs * 16)))
    gc.freeze()           # the collector then never writes to the inherited objects (copy-on-write stays shared)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init,
                                 initargs=(extractor,) if init else ()) as pool:
            results = pool.map(_process, tasks, chunksize=chunk)      # submits everything: workers started
            gc.unfreeze()
            for r in results:
                if progress:
                    progress()
                yield r
    finally:
        gc.unfreeze()


def _warm_up(extractor: str = "rules") -> None:
    """Load what every article needs: the rules and lexicon automaton, jieba's dictionary and
    tagger tables, pypinyin's tables (the first article would otherwise pay for it)."""
    from .extract import get_extractor
    from .seg import warm_up
    from .slug import slug
    get_extractor(extractor)
    get_lexicon()
    warm_up()
    slug("杭州")


def _temp_path(path: Path) -> Path:
    """A fresh temporary name next to ``path`` (same folder, so the final rename is atomic)."""
    return path.parent / f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp"


def _remove_stale_temps(out_dir: Path) -> None:
    """Temporary files left by a build that was killed (SIGKILL) before it could rename them."""
    for name in ("kg.ttl", "kg.trig", "graph.html"):
        for stale in [*out_dir.glob(f".{name}.*.tmp"), *out_dir.glob(f".{name}.tmp")]:
            try:
                pid = int(stale.name.split(".")[-3])
            except (ValueError, IndexError):
                pid = None
            if pid != os.getpid() and (pid is None or not _alive(pid)):
                try:
                    stale.unlink()
                except OSError:
                    pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def atomic_replace(path: Path, write) -> None:
    """Call ``write(tmp_path)``, fsync the result, then rename it over ``path``: readers (and a
    build killed at any moment) see the old file or the new one, never a partial one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_path(path)
    try:
        write(tmp)
        fd = os.open(tmp, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write(path: Path, data: bytes) -> None:
    def write(tmp: Path) -> None:
        # os.open honours the umask (0644 files as usual), unlike tempfile.mkstemp (always 0600)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    atomic_replace(path, write)


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
    _remove_stale_temps(out_dir)
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
        atomic_replace(out_dir / "graph.html", lambda tmp: write_explorer(store, str(tmp)))
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
# pyshacl holds the whole graph in rdflib: about 2 ms per claim and GBs of memory on large corpora.
# The build validates graphs up to this size; above it, `kg validate` does it on request.
SHACL_MAX_TRIPLES = 300_000


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
    if strict:                        # stop at the first bad file before the store is touched
        _precheck(files)
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
        n_triples = sum(report.facts.values()) * 12          # each fact brings its claim (~10 triples) and labels
        if n_triples <= SHACL_MAX_TRIPLES:
            from .validate import validate_store
            report.shacl_ok, report.shacl_text = validate_store(st)
        else:
            report.shacl_text = (f"skipped: about {n_triples} triples is more than the build validates "
                                 f"({SHACL_MAX_TRIPLES}); run `kg validate`")
    report.outputs = write_outputs(st, out, report)
    del st              # RocksDB holds its lock until the store object is freed: free it now, so the
    gc.collect()        # caller (or the next command in this process) can open the store at once
    return report


def _precheck(files: list[Path]) -> None:
    """``--strict``: read every file (cheap next to extraction) and raise at the first bad one or
    the first duplicate article id, so that a strict build that stops has changed nothing."""
    from .articles import slugify_id
    ids: dict[str, Path] = {}
    for f in files:
        load_article(f)
        art_id = slugify_id(f.stem)
        if art_id in ids:
            raise UserError(f"{f}: duplicate article id {art_id!r} (already read from {ids[art_id]})")
        ids[art_id] = f


def _same_article_elsewhere(st: ox.Store, files: list[Path]) -> tuple[list[Path], list[str]]:
    """``kg add``: files whose article id is already taken by another, still existing file (a full
    build would skip them as duplicates), as error lines; and the files to add."""
    from .articles import slugify_id
    keep, errors = [], []
    present = set(article_graphs(st))
    for f in files:
        iri = ARTICLE + slugify_id(f.stem)
        if iri not in present:
            keep.append(f)
            continue
        src = next((q.object.value for q in st.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(HZ_SOURCE_FILE),
                                                                  None, ox.NamedNode(iri))), None)
        try:
            other = src is not None and Path(src).is_file() and not Path(src).samefile(f)
        except OSError:
            other = False
        if other:
            errors.append(f"{f}: duplicate article id {slugify_id(f.stem)!r} (already read from {src})")
        else:
            keep.append(f)
    return keep, errors


HZ_SOURCE_FILE = "https://w3id.org/hzkg/ontology#sourceFile"


def run_add(paths: list[str], out_dir: str = "out", store: str | None = None, on_error=None,
            min_confidence: float | None = None, extractor: str = "rules") -> BuildReport:
    """Add or replace the given articles in an existing store; other articles stay as they are.

    Uses the same extraction settings as ``kg build``'s defaults, so the result equals a full rebuild.
    """
    report = BuildReport()
    files, errors = find_article_files(paths)
    for e in errors:
        report.skipped.append(str(e))
        if on_error:
            on_error(str(e))
    st = open_store(store or Path(out_dir) / "store", create=True)
    files, dups = _same_article_elsewhere(st, files)
    for line in dups:
        report.skipped.append(line)
        if on_error:
            on_error(line)
    conf = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    ingest(st, extract_files(files, extractor, conf), report, on_error=on_error)
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
    for a in articles:                # check every name first: an unknown one changes nothing
        iri = a if a.startswith(ARTICLE) else ARTICLE + (slugify_id(Path(a).stem) if ("/" in a or "." in a) else a)
        if iri not in present:
            raise UserError(f"no article {a!r} in the store")
        if iri not in removed:
            removed.append(iri)
    for iri in removed:
        drop_graph(st, iri)
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
    if report.shacl_ok is None and report.shacl_text:
        console.print(f"SHACL: {report.shacl_text}")
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
