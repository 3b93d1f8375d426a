"""Measurements that run in their own process (``python -m bench._worker KIND …``), one JSON out each.

Each kind prints nothing but writes its numbers to ``--json``; ``bench/__main__.py`` runs them and
prints the table. Running each in a fresh interpreter keeps the measurements independent (no warm
caches or leftover memory from an earlier step) and lets the parent sample memory and wall time.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import time
from pathlib import Path


def _files(list_file: str) -> list[str]:
    return [x for x in Path(list_file).read_text(encoding="utf-8").splitlines() if x]


def _dump(path: str, data: dict) -> None:
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


# ---- extraction throughput vs jieba.lcut, in one process ----------------------------------------

def cmd_extract(a) -> None:
    import jieba

    from kg.articles import load_article
    from kg.build import _process
    from kg.seg import jieba as _seg_jieba  # noqa: F401 - the project's quiet jieba import

    files = _files(a.files_from)
    bodies = [load_article(f).body for f in files]
    chars = sum(map(len, bodies))
    jieba.initialize()
    jieba.lcut(bodies[0])

    out = []
    _process((files[0], "rules", 0.0))         # warm: lexicon automaton, rules, tagger tables
    lcut_w = lcut_c = ext_w = ext_c = 0.0
    # interleaved article by article, so that both see the same machine (busy or not)
    for f, body in zip(files, bodies):
        w0, c0 = time.perf_counter(), time.process_time()
        jieba.lcut(body)
        w1, c1 = time.perf_counter(), time.process_time()
        kind, payload = _process((f, "rules", 0.0))
        w2, c2 = time.perf_counter(), time.process_time()
        lcut_w += w1 - w0
        lcut_c += c1 - c0
        ext_w += w2 - w1
        ext_c += c2 - c1
        if kind == "ok":
            out.append(payload[3])
    if a.quads:
        with open(a.quads, "wb") as fh:
            for data in out:
                fh.write(data)
    _dump(a.json, {"articles": len(files), "chars": chars, "lcut_wall": lcut_w, "lcut_cpu": lcut_c,
                   "extract_wall": ext_w, "extract_cpu": ext_c, "ok": len(out),
                   "quads": sum(d.count(b"\n") for d in out)})


# ---- kg build --jobs N: the parallel extraction phase, from a cold process ------------------------

def cmd_jobs(a) -> None:
    import resource

    from kg.build import extract_files
    files = [Path(f) for f in _files(a.files_from)]
    t, c = time.perf_counter(), time.process_time()
    n = sum(1 for r in extract_files(files, "rules", 0.0, a.jobs) if r[0] == "ok")
    wall, cpu = time.perf_counter() - t, time.process_time() - c
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    _dump(a.json, {"jobs": a.jobs, "seconds": wall, "parent_cpu": cpu, "workers_cpu": kids.ru_utime + kids.ru_stime,
                   "ok": n})


# ---- kg build end to end, with the time of each phase --------------------------------------------

def _peak_rss_mb() -> float:
    """This process's peak resident memory so far (VmHWM), in MB."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def cmd_build(a) -> None:
    import kg.build as B
    import kg.explore as E
    import kg.validate as V

    phases: dict[str, float] = {}
    hwm: dict[str, float] = {}
    cpu: dict[str, float] = {}

    def timed(mod, name, label):
        fn = getattr(mod, name)

        def wrapper(*args, **kw):
            t = time.perf_counter()
            c = time.process_time()
            running[label] = t
            try:
                return fn(*args, **kw)
            finally:
                phases[label] = phases.get(label, 0.0) + time.perf_counter() - t
                cpu[label] = cpu.get(label, 0.0) + time.process_time() - c     # this process only (not the workers)
                running.pop(label, None)
                hwm[label] = _peak_rss_mb()       # the parent's peak so far: the phase where it grows holds the peak
                _dump(a.json, {"phases": phases, "parent_cpu": cpu, "parent_peak_mb_after": hwm, "exit": None})
        setattr(mod, name, wrapper)

    running: dict[str, float] = {}

    timed(B, "ingest", "extract + store")
    timed(B, "summarise_entities", "entity summary")
    timed(V, "validate_store", "SHACL validation")
    timed(V, "validate_sparql", "SHACL (SPARQL)")
    timed(B, "serialize_union", "kg.ttl")
    timed(B, "serialize_dataset", "kg.trig")
    timed(E, "write_explorer", "graph.html")
    timed(B, "write_outputs", "all outputs")      # with --jobs > 1 kg.ttl and kg.trig run in a child, beside graph.html
    t0 = time.perf_counter()
    code = 0
    try:
        from kg.cli import main
        main(a.kg_args)
    except SystemExit as exc:
        code = exc.code or 0
    phases["total (in process)"] = time.perf_counter() - t0
    _dump(a.json, {"phases": phases, "parent_cpu": cpu, "parent_peak_mb_after": hwm, "exit": code})
    sys.exit(code)


# ---- extraction quality: kg eval's micro scores, built in memory ----------------------------------

def cmd_f1(a) -> None:
    import pyoxigraph as ox

    from kg.build import DEFAULT_MIN_CONFIDENCE, BuildReport, extract_files, ingest
    from kg.evaluate import evaluate

    out = {}
    for spec in a.sets:
        name, articles, gold = spec.split("=", 1)[0], *spec.split("=", 1)[1].split("::")
        md = sorted(Path(p) for p in articles.split(",") if p) if "," in articles else None
        if md is None:
            src = Path(articles)
            if not src.exists():
                out[name] = None
                continue
            md = sorted(x for x in src.glob("*.md")) if src.is_dir() else [src]
            if a.limit and name.startswith("generated"):
                md = md[: a.limit]
        gold_files = [str(g) for g in (sorted(Path(gold).glob("*.tsv")) if Path(gold).is_dir() else [Path(gold)])
                      if Path(g).exists()]
        if a.limit and name.startswith("generated"):
            stems = {m.stem for m in md}
            gold_files = [g for g in gold_files if Path(g).stem in stems]
        if not gold_files or not md:
            out[name] = None
            continue
        store = ox.Store()
        ingest(store, extract_files(md, min_confidence=DEFAULT_MIN_CONFIDENCE), BuildReport())   # as kg build
        res = evaluate(gold_files, store)
        out[name] = {**res.micro, "articles": len(md)}
    _dump(a.json, out)


# ---- the SPARQL data set: extracted quads, replicated to the wanted size --------------------------

def cmd_dataset(a) -> None:
    import pyoxigraph as ox

    from kg.lexicon import get_lexicon
    from kg.slug import slug
    from kg.vocab import ARTICLE, CLAIM, ENTITY, PREFIXES

    base = Path(a.base).read_text(encoding="utf-8")
    base_lines = base.count("\n")
    lex = set()
    for e in get_lexicon().entries.values():
        lex.add(ENTITY + (e.iri or slug(e.key, person=e.type == "Person")))
    copies = max(1, -(-a.triples // max(1, base_lines)))
    art = re.compile("<(" + re.escape(ARTICLE) + "|" + re.escape(CLAIM) + ")([^>]*)>")
    ent = re.compile("<(" + re.escape(ENTITY) + "[^>]*)>")
    written = 0
    with open(a.out_nq, "w", encoding="utf-8") as fh:
        for k in range(copies):
            if k == 0:
                text = base
            else:
                suffix = f"-r{k}"
                text = art.sub(lambda m: f"<{m.group(1)}{m.group(2)}{suffix}>", base)
                text = ent.sub(lambda m: f"<{m.group(1)}>" if m.group(1) in lex else f"<{m.group(1)}{suffix}>", text)
            lines = text.splitlines(keepends=True)
            if written + len(lines) > a.triples:
                lines = lines[: a.triples - written]
            fh.writelines(lines)
            written += len(lines)
            if written >= a.triples:
                break
    st = ox.Store()
    st.bulk_load(path=a.out_nq, format=ox.RdfFormat.N_QUADS)
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in st}
    Path(a.out_ttl).write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
    _dump(a.json, {"quads": written, "union_triples": len(triples), "copies": copies, "base_quads": base_lines,
                   "nq_bytes": Path(a.out_nq).stat().st_size, "ttl_bytes": Path(a.out_ttl).stat().st_size})


# ---- SPARQL, load and Turtle export: pyoxigraph or rdflib -----------------------------------------

class _Timeout(Exception):
    pass


def _alarm(_signum, _frame):
    raise _Timeout()


def _saved_queries() -> list[tuple[str, str, dict]]:
    from kg.query import list_queries
    out = []
    for q in list_queries():
        params = {p: "浙江大学" for p in q.required}
        out.append((q.name, q.text, params))
    return out


def _with_limit(seconds: float, fn):
    """(seconds taken, result) or (None, None) when ``fn`` ran longer than ``seconds``."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    t = time.perf_counter()
    try:
        res = fn()
        return time.perf_counter() - t, res
    except _Timeout:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _uses_graphs(text: str) -> bool:
    return re.search(r"\bGRAPH\b", re.sub(r"#.*", "", text)) is not None


def cmd_sparql(a) -> None:
    """Load the union graph (Turtle) and the per-article data set (N-Quads); time export and queries.

    Queries run on the single union graph in both engines ("graph"); a query that names graphs
    (GRAPH ?g) runs on the data set instead (rdflib: with the default graph as the union of all
    graphs), and pyoxigraph also runs every query the way ``kg query`` does ("store"): on the data
    set whose default graph holds a copy of the union, as ``kg build`` writes it.
    """
    from kg.vocab import PREFIXES
    queries = _saved_queries()
    out: dict = {"engine": a.engine, "queries": {}, "timeout": a.timeout, "query_timeout": a.query_timeout}
    if a.engine == "oxigraph":
        import pyoxigraph as ox
        g = ox.Store()
        t = time.perf_counter()
        g.load(path=a.ttl, format=ox.RdfFormat.TURTLE)
        out["load_turtle_s"] = time.perf_counter() - t
        out["triples"] = len(g)
        t = time.perf_counter()
        data = g.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        out["export_turtle_s"] = time.perf_counter() - t
        out["export_bytes"] = len(data)
        del data
        st = ox.Store()
        t = time.perf_counter()
        st.load(path=a.nq, format=ox.RdfFormat.N_QUADS)
        out["load_nquads_s"] = time.perf_counter() - t
        out["quads"] = len(st)
        # what kg build writes besides: the union of the article graphs in the default graph, which
        # kg query and kg serve query instead of union mode (kg/store.py)
        st.bulk_load(path=a.ttl, format=ox.RdfFormat.TURTLE)

        def run(store, text, subs, union):
            runs, rows = [], 0
            for _ in range(a.repeat):          # best of a few runs, unless one run is already slow
                t = time.perf_counter()
                rows = sum(1 for _ in store.query(text, prefixes=PREFIXES, use_default_graph_as_union=union,
                                                  substitutions=subs))
                runs.append(time.perf_counter() - t)
                if runs[-1] > 0.5:
                    break
            return {"seconds": min(runs), "rows": rows}

        def limited(store, text, subs, union):
            """run() in a forked child, stopped after --query-timeout (a native query cannot be interrupted)."""
            rfd, wfd = os.pipe()
            pid = os.fork()
            if pid == 0:                                   # child: the loaded stores are inherited
                os.close(rfd)
                try:
                    os.write(wfd, json.dumps(run(store, text, subs, union)).encode())
                finally:
                    os._exit(0)
            os.close(wfd)
            deadline = time.monotonic() + a.query_timeout
            while os.waitpid(pid, os.WNOHANG) == (0, 0):
                if time.monotonic() > deadline:
                    os.kill(pid, signal.SIGKILL)           # our own child, by its id
                    os.waitpid(pid, 0)
                    os.close(rfd)
                    return {"seconds": None, "rows": None}
                time.sleep(0.02)
            with os.fdopen(rfd, "rb") as fh:
                data = fh.read()
            return json.loads(data) if data else {"seconds": None, "rows": None, "error": "query process failed"}

        for name, text, params in queries:
            subs = {ox.Variable(k): ox.Literal(v) for k, v in params.items()} or None
            graphs = _uses_graphs(text)
            out["queries"][name] = {"on": "dataset" if graphs else "graph",
                                    "store": limited(st, text, subs, False)}
            out["queries"][name].update(out["queries"][name]["store"] if graphs else limited(g, text, subs, False))
    else:
        import rdflib
        ns = {k: rdflib.Namespace(v) for k, v in PREFIXES.items()}
        g = rdflib.Graph()
        s, _ = _with_limit(a.timeout, lambda: g.parse(a.ttl, format="turtle"))
        out["load_turtle_s"] = s
        out["triples"] = len(g)
        if s is not None:
            s, data = _with_limit(a.timeout, lambda: g.serialize(format="turtle", encoding="utf-8"))
            out["export_turtle_s"] = s
            out["export_bytes"] = len(data) if data else None
            del data

        def run(graph, text, params):
            binds = {k: rdflib.Literal(v) for k, v in params.items()}
            try:
                secs, rows = _with_limit(a.query_timeout, lambda: sum(
                    1 for _ in graph.query(text, initNs=ns, initBindings=binds or None)))
            except Exception as exc:          # noqa: BLE001 - rdflib fails on some valid queries
                return {"seconds": None, "rows": None, "error": f"{type(exc).__name__}: {str(exc)[:80]}"}
            return {"seconds": secs, "rows": rows}

        for name, text, params in queries:
            if not _uses_graphs(text) and out["load_turtle_s"] is not None:
                out["queries"][name] = {"on": "graph", **run(g, text, params)}
        del g
        pending = [q for q in queries if _uses_graphs(q[1])]
        if pending:
            ds = rdflib.Dataset(default_union=True)
            s, _ = _with_limit(a.timeout, lambda: ds.parse(a.nq, format="nquads"))
            out["load_nquads_s"] = s
            if s is not None:
                for name, text, params in pending:
                    out["queries"][name] = {"on": "dataset", **run(ds, text, params)}
    _dump(a.json, out)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m bench._worker")
    sub = ap.add_subparsers(dest="kind", required=True)
    p = sub.add_parser("extract")
    p.add_argument("--files-from", required=True)
    p.add_argument("--quads")
    p.add_argument("--json", required=True)
    p = sub.add_parser("jobs")
    p.add_argument("--files-from", required=True)
    p.add_argument("--jobs", type=int, default=1)
    p.add_argument("--json", required=True)
    p = sub.add_parser("build")
    p.add_argument("--json", required=True)
    p.add_argument("kg_args", nargs=argparse.REMAINDER)
    p = sub.add_parser("f1")
    p.add_argument("--json", required=True)
    p.add_argument("--limit", type=int, default=0)
    p.add_argument("sets", nargs="+", help="NAME=ARTICLES::GOLD (a folder or file each)")
    p = sub.add_parser("dataset")
    p.add_argument("--base", required=True)
    p.add_argument("--triples", type=int, default=1_000_000)
    p.add_argument("--out-nq", required=True)
    p.add_argument("--out-ttl", required=True)
    p.add_argument("--json", required=True)
    p = sub.add_parser("sparql")
    p.add_argument("--engine", choices=["oxigraph", "rdflib"], required=True)
    p.add_argument("--nq", required=True)
    p.add_argument("--ttl", required=True)
    p.add_argument("--timeout", type=float, default=600)
    p.add_argument("--query-timeout", type=float, default=120)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--json", required=True)
    a = ap.parse_args(argv)
    if a.kind == "build" and a.kg_args and a.kg_args[0] == "--":
        a.kg_args = a.kg_args[1:]
    globals()["cmd_" + a.kind](a)


if __name__ == "__main__":
    main()
