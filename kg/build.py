"""The ``kg build`` / ``kg add`` / ``kg remove`` pipeline: files in, store and exports out.

In: article paths (files or folders). Out: the Oxigraph store (one named graph per article plus the
ontology graph), ``OUT/kg.ttl`` (union, sorted, byte-identical on rebuild), ``OUT/kg.trig`` (graph
per article), ``OUT/graph.html``, and a :class:`BuildReport`. Bad files are reported one line each
and skipped; every other file is ingested. Outputs are written to a temporary file and renamed,
so a build killed at any moment leaves the previous outputs intact.
"""
from __future__ import annotations

import gc
import itertools
import os
import sys
import warnings
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .articles import find_article_files, load_article
from .errors import InputFileError, UserError
from .lexicon import get_lexicon, ontology_path
from .store import (article_graphs, bulk_add_graphs, drop_graph, has_union, is_local, open_store, replace_graph,
                    replace_graph_as_is)
from .vocab import ARTICLE, ONTOLOGY_GRAPH, PREFIXES, TYPE_NAMES


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
    graph_note: str = ""         # graph.html draws only part of the graph: what and how to draw more


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
    data = canonical_nquads(ag.quads)
    types = {iri: e.type for iri, e in ag.entities.items()}
    return "ok", (art.id, str(path), ag.iri, data, dict(ag.facts), types, ag.claims,
                  [f"{path}: {w}" for w in art.warnings])


def canonical_nquads(quads) -> bytes:
    """Quads as N-Quads lines in the form the store gives them back (an in-memory Oxigraph store
    canonicalises literals as the on-disk one does: "0.90"^^xsd:decimal is read back as "0.9"),
    sorted as bytes, each once. A full build writes kg.ttl and kg.trig from these lines without
    reading the store again (reading 1.4 M triples back out of RocksDB costs ~10 us each)."""
    mem = ox.Store()
    mem.extend(quads)
    return b"".join(sorted(mem.dump(format=ox.RdfFormat.N_QUADS).splitlines(keepends=True)))


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
    from .articles import Article
    from .extract import get_extractor
    from .seg import warm_up
    from .slug import slug
    ex = get_extractor(extractor)
    get_lexicon()
    warm_up()
    slug("杭州")
    # one tiny article in both languages fills every lazy cache (the gate, the word filters, the
    # co-occurrence triggers, compiled alternatives) once, before --jobs workers fork
    ex.extract(Article(id="warm-up", path="warm-up.md", title="warm-up",
                       body="2016年，王磊在杭州创办了星衡科技有限公司。Unitree, based in Hangzhou, was founded in 2016."))


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


def _new_file(path: Path) -> Path:
    """Create ``path`` empty (it must not exist) and return it. os.open honours the umask (0644
    files as usual), unlike tempfile.mkstemp (always 0600)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    return path


def atomic_write(path: Path, data: bytes) -> None:
    def write(tmp: Path) -> None:
        with open(_new_file(tmp), "wb") as fh:
            fh.write(data)
    atomic_replace(path, write)


def load_ontology_quads() -> list[ox.Quad]:
    g = ox.NamedNode(ONTOLOGY_GRAPH)
    triples = ox.parse(path=str(ontology_path("hzkg.ttl")), format=ox.RdfFormat.TURTLE)
    return [ox.Quad(t.subject, t.predicate, t.object, g) for t in triples]


def _ontology_only(store: ox.Store) -> set[bytes]:
    """N-Triples lines of the ontology graph's triples that no article graph states: the union copy
    in the default graph holds them, the union of the article graphs does not."""
    out = set()
    for q in store.quads_for_pattern(None, None, None, ox.NamedNode(ONTOLOGY_GRAPH)):
        if not any(isinstance(o.graph_name, ox.NamedNode) and o.graph_name.value.startswith(ARTICLE)
                   for o in store.quads_for_pattern(q.subject, q.predicate, q.object, None)):
            out.add(ox.serialize([ox.Triple(q.subject, q.predicate, q.object)], format=ox.RdfFormat.N_TRIPLES))
    return out


def _nt_lines(store: ox.Store, graph: str) -> list[bytes]:
    """One graph of a local store as N-Triples lines (bytes, each with its newline)."""
    return store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)).splitlines(keepends=True)


def _union_lines(store: ox.Store, spool: Spool | None = None) -> list[bytes]:
    """The union of the article graphs as N-Triples lines, sorted as bytes, each once.

    Byte order of the lines is the order of (subject, predicate, object) in N-Triples syntax: the
    order kg.ttl has always had. Lines are bytes, not one Python object per term: about ten times
    faster than sorting ``Triple`` objects, and a fraction of the memory."""
    if spool is not None:
        lines = []
        for giri, data in spool.graphs():
            tail = f" <{giri}> .\n".encode("utf-8")
            lines.extend(line[:-len(tail)] + b" .\n" for line in data.splitlines(keepends=True))
    elif has_union(store):
        lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).splitlines(keepends=True)
        drop = _ontology_only(store)
        if drop:
            lines = [line for line in lines if line not in drop]
    elif is_local(store):
        seen: set[bytes] = set()
        for gi in article_graphs(store):
            seen.update(_nt_lines(store, gi))
        lines = list(seen)
    else:                                   # a remote store: no dump, read it through SPARQL
        triples = {ox.Triple(q.subject, q.predicate, q.object) for gi in article_graphs(store)
                   for q in store.quads_for_pattern(None, None, None, ox.NamedNode(gi))}
        lines = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)
    lines.sort()
    if spool is not None:                  # a triple stated by several articles: once
        lines = [line for i, line in enumerate(lines) if i == 0 or line != lines[i - 1]]
    return lines


def _dataset_chunks(store: ox.Store, spool: Spool | None = None):
    """Every article graph as N-Quads, one bytes chunk per graph: graphs sorted by IRI, each
    graph's lines sorted (from ``spool`` as they are: the workers sorted them)."""
    if spool is not None:
        for _, data in spool.graphs():
            yield data
        return
    for gi in article_graphs(store):
        if is_local(store):
            lines = _nt_lines(store, gi)
        else:
            lines = ox.serialize([ox.Triple(q.subject, q.predicate, q.object)
                                  for q in store.quads_for_pattern(None, None, None, ox.NamedNode(gi))],
                                 format=ox.RdfFormat.N_TRIPLES).splitlines(keepends=True)
        lines.sort()
        tail = f" <{gi}> .\n".encode("utf-8")
        yield b"".join(line[:-3] + tail for line in lines)       # "<s> <p> <o> .\n" -> "<s> <p> <o> <g> .\n"


def _chunks(lines: list[bytes], step: int = 50_000):
    for i in range(0, len(lines), step):
        yield b"".join(lines[i:i + step])


def _reserialize(chunks, src: ox.RdfFormat, fmt: ox.RdfFormat, output=None, **kw):
    """N-Triples / N-Quads text, given as chunks of whole lines, in another syntax and the same
    order; streamed (the chunks are never joined into one copy unless returned as bytes)."""
    if fmt == src:
        if output is None:
            return b"".join(chunks)
        with open(output, "wb") as fh:
            fh.writelines(chunks)
        return None
    items = itertools.chain.from_iterable(ox.parse(c, format=src) for c in chunks)
    return ox.serialize(items, output, format=fmt, **kw)


def serialize_union(store: ox.Store, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE, output=None,
                    spool: Spool | None = None) -> bytes | None:
    """All article graphs as one graph (sorted, so the same store always gives the same bytes);
    written to ``output`` (a path) if given, else returned. ``spool``: a full build's own copy of
    what it stored (the same bytes, without reading the store)."""
    kw = {"prefixes": PREFIXES} if fmt == ox.RdfFormat.TURTLE else {}
    return _reserialize(_chunks(_union_lines(store, spool)), ox.RdfFormat.N_TRIPLES, fmt, output, **kw)


def serialize_dataset(store: ox.Store, fmt: ox.RdfFormat = ox.RdfFormat.TRIG, output=None,
                      spool: Spool | None = None) -> bytes | None:
    """One graph per article (sorted by graph, then triple); written to ``output`` if given."""
    kw = {"prefixes": PREFIXES} if fmt == ox.RdfFormat.TRIG else {}
    return _reserialize(_dataset_chunks(store, spool), ox.RdfFormat.N_QUADS, fmt, output, **kw)


def write_outputs(store: ox.Store, out_dir: Path, report: BuildReport | None = None,
                  spool: Spool | None = None, parallel: bool = False) -> list[str]:
    """kg.ttl, kg.trig and graph.html from the store (kg.ttl and kg.trig from ``spool`` if given:
    a full build's copy of exactly what the store's article graphs hold), each written atomically.

    ``parallel`` (``kg build --jobs N``, N > 1, with a spool, on Linux): kg.ttl and kg.trig are
    written by a forked child process while this one draws graph.html from the store (the child
    reads only the spool, never the store)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(out_dir)
    child = None
    if parallel and spool is not None:
        spool.file.flush()                  # the child reads the spool with pread, never writes it
        child = _fork(lambda: _write_rdf_outputs(store, out_dir, spool))
    try:
        if child is None:
            _write_rdf_outputs(store, out_dir, spool)
        written = [str(out_dir / "kg.ttl"), str(out_dir / "kg.trig")]
        try:
            from .explore import BUILD_MAX_NODES, write_explorer
        except ImportError:
            write_explorer = None
        if write_explorer is not None:
            stats: dict = {}
            atomic_replace(out_dir / "graph.html",
                           lambda tmp: stats.update(write_explorer(store, str(tmp), max_nodes=BUILD_MAX_NODES)))
            written.append(str(out_dir / "graph.html"))
            if report is not None:
                report.graph_note = stats.get("note", "")
    except BaseException:
        if child is not None:        # (Ctrl-C reaches the child too: it removes its temporary files)
            _join(child)
        raise
    if child is not None and not _join(child):
        _write_rdf_outputs(store, out_dir, spool)      # the child failed: again here, to raise its error
    return written


def _write_rdf_outputs(store: ox.Store, out_dir: Path, spool: Spool | None) -> None:
    atomic_replace(out_dir / "kg.ttl", lambda tmp: serialize_union(store, output=_new_file(tmp), spool=spool))
    atomic_replace(out_dir / "kg.trig", lambda tmp: serialize_dataset(store, output=_new_file(tmp), spool=spool))


def _fork(work) -> int | None:
    """Run ``work()`` in a forked child and return its pid, or None where forking is not used (the
    caller then runs ``work`` itself). The child must not touch the store (RocksDB's threads do not
    survive a fork); it leaves with ``os._exit``, its status saying whether ``work`` succeeded."""
    if not sys.platform.startswith("linux"):
        return None
    for fh in (sys.stdout, sys.stderr):
        try:
            fh.flush()
        except (OSError, ValueError):
            pass
    gc.freeze()              # the child's collections then never touch (and copy) the inherited objects
    try:
        with warnings.catch_warnings():       # Python >= 3.12 warns about forking beside RocksDB's threads
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        gc.unfreeze()
        return None
    if pid == 0:                                  # the child
        code = 1
        try:
            gc.disable()
            work()
            code = 0
        except BaseException:                     # noqa: BLE001 - the parent does the work again and raises
            pass
        finally:
            os._exit(code)
    gc.unfreeze()
    return pid


def _join(pid: int) -> bool:
    """Wait for a child of :func:`_fork`; whether it succeeded."""
    while True:
        try:
            _, status = os.waitpid(pid, 0)
        except InterruptedError:
            continue
        return status == 0


#: A full build hands the article graphs to Oxigraph's bulk loader in batches of about this many bytes
#: of N-Quads (measured on 4,000 articles: 8 MB batches 20 s CPU, 32 MB 15.6 s and +160 MB of
#: memory, everything at once 14.8 s and +1.1 GB).
BULK_BATCH_BYTES = 32 << 20


class Spool:
    """The article graphs of a full build as written (canonical sorted N-Quads, one run per
    article) in an anonymous temporary file, so that kg.ttl and kg.trig are made from them
    instead of being read back out of the store."""

    def __init__(self, folder: Path):
        import tempfile
        folder.mkdir(parents=True, exist_ok=True)
        self.file = tempfile.TemporaryFile(dir=folder, prefix=".kg-build-")
        self.runs: list[tuple[str, int, int]] = []        # (graph IRI, offset, length)
        self.size = 0
        self.exact = True         # every line in its article's graph (else the exports read the store)

    def add(self, giri: str, data: bytes) -> None:
        if data.count(b"\n") != data.count(f" <{giri}> .\n".encode("utf-8")):
            self.exact = False
        self.file.write(data)
        self.runs.append((giri, self.size, len(data)))
        self.size += len(data)

    def read(self, offset: int, length: int) -> bytes:
        self.file.flush()
        return os.pread(self.file.fileno(), length, offset)

    def graphs(self):
        """(graph IRI, its N-Quads lines as bytes), graphs sorted by IRI."""
        for giri, off, n in sorted(self.runs):
            yield giri, self.read(off, n)

    def close(self) -> None:
        self.file.close()


def ingest(store: ox.Store, results, report: BuildReport, strict: bool = False, on_error=None,
           bulk: set[str] | None = None, spool: Spool | None = None) -> set[str]:
    """Put worker results into the store; returns the article graph IRIs written.

    Each article replaces its graph in one transaction (:func:`kg.store.replace_graph`), unless
    ``bulk`` is given: a full build of a local store whose default graph was cleared, ``bulk``
    holding the article graphs that were there before. The workers' N-Quads then go to Oxigraph's
    bulk loader as they are, in batches, with their copy for the default graph, and to ``spool``.
    """
    written: set[str] = set()
    ids: dict[str, str] = {}
    batch: list[tuple[str, bytes]] = []
    size = 0

    def flush() -> None:
        nonlocal batch, size
        for giri, _ in batch:
            if giri in bulk:                  # an article of the previous build: replace its graph
                store.remove_graph(ox.NamedNode(giri))
        bulk_add_graphs(store, batch)
        batch, size = [], 0

    def skip(line: str) -> None:
        report.skipped.append(line)
        if on_error:
            on_error(line)
        if strict:
            raise UserError(line)

    try:
        for kind, payload in results:
            if kind == "error":
                skip(payload)
                continue
            art_id, path, giri, data, facts, types, claims, warnings = payload
            if art_id in ids:
                skip(f"{path}: duplicate article id {art_id!r} (already read from {ids[art_id]})")
                continue
            ids[art_id] = path
            if bulk is None:
                replace_graph(store, giri, list(ox.parse(data, format=ox.RdfFormat.N_QUADS)))
            else:
                batch.append((giri, data))
                size += len(data)
                if size >= BULK_BATCH_BYTES:
                    flush()
            if spool is not None:
                spool.add(giri, data)
            written.add(giri)
            report.articles += 1
            report.facts.update(facts)
            report.claims += claims
            report.warnings.extend(warnings)
    finally:
        if batch:
            flush()
    return written


def write_ontology(store: ox.Store, union: bool = True) -> None:
    """(Re)write the ontology graph and its share of the union copy, which holds the marker of a
    complete copy (see kg.store). ``union=False``: a full build that cleared the default graph."""
    replace_graph_as_is(store, ONTOLOGY_GRAPH, load_ontology_quads(), cleared=not union)


def summarise_entities(store: ox.Store) -> Counter:
    c: Counter = Counter()
    types = " ".join(f"<{t}>" for t in TYPE_NAMES)
    if has_union(store):      # the union copy (the ontology graph states no instances of these types)
        res = store.query(f"SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE {{ VALUES ?t {{ {types} }} ?e a ?t }} GROUP BY ?t")
    else:
        res = store.query("SELECT ?t (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t } "
                          f"FILTER(STRSTARTS(STR(?g), \"{ARTICLE}\")) }} GROUP BY ?t")
    for row in res:
        name = TYPE_NAMES.get(row["t"].value)
        if name:
            c[name] = int(row["n"].value)
    return c


DEFAULT_MIN_CONFIDENCE = 0.5
# pyshacl holds the whole graph in rdflib: about 2 ms per claim and GBs of memory on large corpora; the
# build runs the shapes as SPARQL instead (kg.validate.validate_sparql), which still takes ~50 s of CPU
# at 10,000 articles (1.3 M triples), too much for the build's budget. The build validates graphs up
# to this size; above it, `kg validate` does it on request.
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
    # a local store: bulk-load the articles and write the union copy again as they come in (the
    # ontology's copy last: until then queries fall back to union mode, see kg.store)
    bulk = set(article_graphs(st)) if is_local(st) else None
    spool = None
    if bulk is not None:
        st.clear_graph(ox.DefaultGraph())
        spool = Spool(out)
    try:
        written = ingest(st, extract_files(files, extractor, min_confidence, jobs, progress), report, strict,
                         on_error, bulk=bulk, spool=spool)
        for giri in article_graphs(st):
            if giri not in written:
                drop_graph(st, giri, union=bulk is None)
        write_ontology(st, union=bulk is None)
        st.flush()
        report.entities = summarise_entities(st)
        if validate:
            _validate(st, report)
        report.outputs = write_outputs(st, out, report, spool=spool if spool is not None and spool.exact else None,
                                       parallel=jobs > 1)
    finally:
        if spool is not None:
            spool.close()
    del st              # RocksDB holds its lock until the store object is freed: free it now, so the
    gc.collect()        # caller (or the next command in this process) can open the store at once
    return report


def _validate(st: ox.Store, report: BuildReport) -> None:
    """SHACL in the build: the shapes translated into SPARQL and run by Oxigraph (kg.validate;
    pyshacl only if the shapes use a feature the translation lacks), up to SHACL_MAX_TRIPLES."""
    n_triples = sum(report.facts.values()) * 12          # each fact brings its claim (~10 triples) and labels
    if n_triples <= SHACL_MAX_TRIPLES:
        from .validate import validate_sparql, validate_store
        result = validate_sparql(st) if has_union(st) else None
        report.shacl_ok, report.shacl_text = result if result is not None else validate_store(st)
    else:
        report.shacl_text = (f"skipped: about {n_triples} triples is more than the build validates "
                             f"({SHACL_MAX_TRIPLES}); run `kg validate`")


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
    write_ontology(st)
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
    if report.graph_note:
        console.print(f"graph.html: {report.graph_note}", markup=False)
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
