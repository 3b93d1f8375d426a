"""``kg serve``: the store as a read-only SPARQL 1.1 Protocol endpoint, with the explorer at ``/``.

In: a store folder, host, port, a per-query time limit and a result cap.
Out: an HTTP server (stdlib ``ThreadingHTTPServer``):

* ``/sparql``: SPARQL 1.1 Protocol query operation: GET ``?query=``, POST urlencoded ``query=`` and
  POST ``application/sparql-query``; ``default-graph-uri``/``named-graph-uri`` honoured (without
  them the default graph is the union of all named graphs). Results by content negotiation
  (``Accept``, else a ``format`` parameter): SPARQL JSON, XML, CSV, TSV for SELECT/ASK; Turtle,
  N-Triples, JSON-LD, RDF/XML for CONSTRUCT/DESCRIBE. ``GET /sparql`` without a query returns the
  service description. SPARQL Update is refused (403); a bad query is a 400 with the parser's
  message; a query over the time limit is a 503; results beyond the cap are cut and flagged with
  the ``X-SPARQL-MaxRows`` header.
* ``/``: the graph explorer (``kg.explore``) when available, else the query page; ``/query``: a
  small page that queries ``/sparql`` live.

Queries run in worker processes, each with the store open read-only, so a query over the time
limit is stopped for real (its worker is killed and replaced). Workers do not see writes made
after they started: restart ``kg serve`` after ``kg build``.
"""
from __future__ import annotations

import csv
import html
import io
import json
import os
import pickle
import queue
import re
import select
import struct
import subprocess
import sys
import threading
import urllib.parse
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape, quoteattr

from .errors import UserError
from .query import MAX_NESTING, nesting_depth
from .store import has_union
from .vocab import PREFIXES

MAX_BODY = 2 * 1024 * 1024
IDLE_TIMEOUT = 30.0        # seconds a connection may sit idle or trickle a request (slow clients)
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

# media type -> our format name
SOLUTION_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "nt",
    "text/plain": "nt",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
SOLUTION_CTYPE = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                  "csv": "text/csv", "tsv": "text/tab-separated-values"}
GRAPH_CTYPE = {"turtle": "text/turtle", "nt": "application/n-triples", "jsonld": "application/ld+json",
               "rdfxml": "application/rdf+xml"}
# values of the non-standard ``format``/``output`` parameters some clients send
FORMAT_ALIASES = {
    "json": ("json", "jsonld"), "srj": ("json", "jsonld"), "application/sparql-results+json": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"), "srx": ("xml", "rdfxml"), "application/sparql-results+xml": ("xml", "rdfxml"),
    "csv": ("csv", "nt"), "text/csv": ("csv", "nt"), "tsv": ("tsv", "nt"), "text/tab-separated-values": ("tsv", "nt"),
    "turtle": ("json", "turtle"), "ttl": ("json", "turtle"), "text/turtle": ("json", "turtle"),
    "n3": ("json", "turtle"), "nt": ("json", "nt"), "ntriples": ("json", "nt"), "n-triples": ("json", "nt"),
    "json-ld": ("json", "jsonld"), "jsonld": ("json", "jsonld"), "rdf+xml": ("xml", "rdfxml"),
    "rdfxml": ("xml", "rdfxml"), "rdf": ("xml", "rdfxml"),
}
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


# ---------------------------------------------------------------------------- negotiation

def parse_accept(header: str | None) -> list[str]:
    """Media types of an ``Accept`` header, best first (q-values; ties keep the header order)."""
    if not header:
        return []
    items = []
    for i, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        mt = fields[0].lower()
        if not mt:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            items.append((-q, i, mt))
    return [mt for _, _, mt in sorted(items)]


def negotiate(kind: str, accept: str | None, fmt_param: str | None) -> str:
    """Our format name for a result ``kind`` ("solutions", "boolean" or "graph")."""
    table = GRAPH_TYPES if kind == "graph" else SOLUTION_TYPES
    for mt in parse_accept(accept):
        if mt in table:
            return table[mt]
        if mt in ("*/*", "application/*", "text/*"):
            break
    if fmt_param:
        alias = FORMAT_ALIASES.get(fmt_param.strip().lower())
        if alias:
            return alias[1] if kind == "graph" else alias[0]
    return "turtle" if kind == "graph" else "json"


def is_update(text: str) -> bool:
    """Whether ``text`` looks like SPARQL Update (its first keyword after the prologue)."""
    from .query import _strip_comments_and_strings
    body = _strip_comments_and_strings(text)
    body = re.sub(r"(?i)\b(PREFIX\s+[^\s:]*:|BASE)\s*", " ", body)
    m = re.search(r"[A-Za-z]+", body)
    return bool(m and m.group(0).upper() in UPDATE_KEYWORDS)


# ---------------------------------------------------------------------------- serialisers

def _json_term(t) -> dict:
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(t.subject), "predicate": _json_term(t.predicate),
                                            "object": _json_term(t.object)}}
    return {"type": "literal", "value": str(t)}


def _xml_term(t) -> str:
    import pyoxigraph as ox
    if isinstance(t, ox.NamedNode):
        return f"<uri>{xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{xml_escape(t.value)}</literal>"
        if t.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(t.datatype.value)}>{xml_escape(t.value)}</literal>"
        return f"<literal>{xml_escape(t.value)}</literal>"
    if isinstance(t, ox.Triple):
        return (f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}</predicate>"
                f"<object>{_xml_term(t.object)}</object></triple>")
    return f"<literal>{xml_escape(str(t))}</literal>"


def _csv_value(t) -> str:
    import pyoxigraph as ox
    if t is None:
        return ""
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return t.value
    return str(t)


def _tsv_value(t) -> str:
    if t is None:
        return ""
    return str(t).replace("\t", "\\t")  # N-Triples syntax from pyoxigraph; tabs must be escaped in TSV


def serialize_solutions(variables: list[str], rows: list[list[Any]], fmt: str) -> bytes:
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        out = ['<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
               "<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in variables) + "</head>", "<results>"]
        for row in rows:
            out.append("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                                            for v, t in zip(variables, row) if t is not None) + "</result>")
        out.append("</results>\n</sparql>\n")
        return "\n".join(out).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for row in rows:
            w.writerow([_csv_value(t) for t in row])
        return buf.getvalue().encode("utf-8")
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join(_tsv_value(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise ValueError(fmt)


def serialize_boolean(value: bool, fmt: str) -> tuple[bytes, str]:
    if fmt == "xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n")
        return body.encode("utf-8"), SOLUTION_CTYPE["xml"]
    if fmt in ("csv", "tsv"):
        return (("true" if value else "false") + "\n").encode("utf-8"), SOLUTION_CTYPE[fmt]
    return json.dumps({"head": {}, "boolean": bool(value)}).encode("utf-8"), SOLUTION_CTYPE["json"]


def serialize_graph(triples: list, fmt: str) -> bytes:
    import pyoxigraph as ox
    rf = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
          "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    if fmt == "turtle":
        return ox.serialize(triples, format=rf, prefixes=PREFIXES)
    return ox.serialize(triples, format=rf)


# ---------------------------------------------------------------------------- execution

def execute(store, req: dict) -> tuple[int, str, bytes, dict]:
    """Run one protocol request on an open store: ``(status, content type, body, extra headers)``."""
    import pyoxigraph as ox
    text = req["query"]
    kwargs: dict[str, Any] = {"prefixes": PREFIXES}
    try:
        if req.get("default_graphs"):
            kwargs["default_graph"] = [ox.NamedNode(g) for g in req["default_graphs"]]
        elif not has_union(store):      # else the store's default graph is the union already (kg.store)
            kwargs["use_default_graph_as_union"] = True
        if req.get("named_graphs"):
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in req["named_graphs"]]
    except ValueError as exc:
        return 400, "text/plain; charset=utf-8", f"bad graph IRI: {exc}\n".encode(), {}
    try:
        res = store.query(text, **kwargs)
    except SyntaxError as exc:
        if is_update(text):
            return _update_refused()
        return 400, "text/plain; charset=utf-8", f"bad SPARQL query: {exc}\n".encode("utf-8"), {}
    cap = int(req.get("max_results") or 0)
    headers: dict[str, str] = {}
    try:
        if isinstance(res, ox.QuerySolutions):
            fmt = negotiate("solutions", req.get("accept"), req.get("format"))
            variables = [v.value for v in res.variables]
            rows = []
            for sol in res:
                if cap and len(rows) >= cap:
                    headers["X-SPARQL-MaxRows"] = str(cap)
                    break
                rows.append([sol[v] for v in variables])
            return 200, SOLUTION_CTYPE[fmt] + "; charset=utf-8", serialize_solutions(variables, rows, fmt), headers
        if isinstance(res, ox.QueryBoolean):
            fmt = negotiate("boolean", req.get("accept"), req.get("format"))
            body, ctype = serialize_boolean(bool(res), fmt)
            return 200, ctype + "; charset=utf-8", body, headers
        fmt = negotiate("graph", req.get("accept"), req.get("format"))
        triples = []
        for t in res:
            if cap and len(triples) >= cap:
                headers["X-SPARQL-MaxRows"] = str(cap)
                break
            triples.append(t)
        return 200, GRAPH_CTYPE[fmt] + "; charset=utf-8", serialize_graph(triples, fmt), headers
    except (OSError, RuntimeError, ValueError) as exc:
        return 500, "text/plain; charset=utf-8", f"query evaluation failed: {exc}\n".encode("utf-8"), {}


def _update_refused():
    return (403, "text/plain; charset=utf-8",
            b"SPARQL Update is not allowed: this endpoint is read-only (kg serve). "
            b"Change the graph with kg build / kg add / kg remove.\n", {})


def _send_msg(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack("!Q", len(data)) + data)
    stream.flush()


def _read_exact(stream, n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        b = stream.read(n - got)
        if not b:
            raise EOFError("query worker closed its pipe")
        chunks.append(b)
        got += len(b)
    return b"".join(chunks)


def _recv_msg(stream):
    (n,) = struct.unpack("!Q", _read_exact(stream, 8))
    return pickle.loads(_read_exact(stream, n))


def _worker_stdio() -> None:  # pragma: no cover - runs in a child process
    """Worker process main: requests on stdin, responses on the original stdout (pickled, framed)."""
    store_path = sys.argv[1]
    inp = sys.stdin.buffer
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints go to stderr, never into the protocol
    sys.stdout = sys.stderr
    try:
        import pyoxigraph as ox
        store = ox.Store.read_only(store_path)
    except BaseException as exc:  # noqa: BLE001 - report any failure to the parent
        _send_msg(out, ("error", f"cannot open store {store_path}: {exc}"))
        return
    _send_msg(out, ("ready", None))
    while True:
        try:
            req = _recv_msg(inp)
        except (EOFError, OSError):
            return
        if req is None:
            return
        try:
            res = execute(store, req)
        except Exception as exc:  # noqa: BLE001 - never die on one query
            res = (500, "text/plain; charset=utf-8", f"internal error: {type(exc).__name__}: {exc}\n".encode(), {})
        try:
            _send_msg(out, res)
        except (OSError, ValueError):
            return


class QueryTimeout(Exception):
    pass


class ServerBusy(Exception):
    pass


class _Worker:
    """One ``python -c`` child process (not multiprocessing: no re-import of the caller's __main__)."""

    def __init__(self, store_path: str):
        env = os.environ.copy()
        root = str(Path(__file__).resolve().parent.parent)
        env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
        self.proc = subprocess.Popen([sys.executable, "-c", "from kg.serve import _worker_stdio; _worker_stdio()",
                                      store_path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0,
                                     env=env, close_fds=True)
        self.ready = False

    def _wait(self, timeout: float) -> bool:
        r, _, _ = select.select([self.proc.stdout], [], [], timeout)
        return bool(r)

    def wait_ready(self, timeout: float = 60.0) -> None:
        if self.ready:
            return
        if not self._wait(timeout):
            raise RuntimeError("query worker did not start")
        status, msg = _recv_msg(self.proc.stdout)
        if status != "ready":
            raise RuntimeError(msg)
        self.ready = True

    def call(self, req: dict, timeout: float):
        _send_msg(self.proc.stdin, req)
        if not self._wait(timeout):
            raise QueryTimeout()
        return _recv_msg(self.proc.stdout)

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(5)
        except Exception:  # noqa: BLE001
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except Exception:  # noqa: BLE001
                pass


class WorkerPool:
    """Worker processes with the store open read-only; a query over its time limit kills its worker."""

    def __init__(self, store_path: str, size: int):
        self.store_path = store_path
        self.size = size
        self.idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self.slots = threading.BoundedSemaphore(size)
        self.closed = False
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        for _ in range(size):
            self.idle.put(self._spawn())

    def _spawn(self) -> _Worker:
        w = _Worker(self.store_path)
        with self._lock:
            self._all.add(w)
        return w

    def _discard(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)

    def run(self, req: dict, timeout: float, wait: float | None = None):
        if not self.slots.acquire(timeout=timeout if wait is None else wait):
            raise ServerBusy()
        try:
            try:
                w = self.idle.get_nowait()
            except queue.Empty:
                w = self._spawn()
            try:
                w.wait_ready()
                out = w.call(req, timeout)
            except QueryTimeout:
                self._discard(w)
                if not self.closed:
                    self.idle.put(self._spawn())  # a fresh worker warms up in the background
                raise
            except (EOFError, OSError, RuntimeError):
                self._discard(w)
                if not self.closed:
                    self.idle.put(self._spawn())
                raise
            self.idle.put(w)
            return out
        finally:
            self.slots.release()

    def close(self) -> None:
        self.closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.kill()


# ---------------------------------------------------------------------------- pages

QUERY_PAGE = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>hangzhou-kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:1.5rem;max-width:1200px}
textarea{width:100%;height:12rem;font-family:ui-monospace,monospace;font-size:.9rem}
table{border-collapse:collapse;margin-top:1rem;font-size:.9rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;
vertical-align:top;text-align:left}th{background:#f4f4f4}#status{margin-left:1rem;color:#555}.err{color:#b00;white-space:pre-wrap}
</style></head><body>
<h1>hangzhou-kg SPARQL</h1>
<p>Endpoint: <code id="ep"></code> (read-only; prefixes hz:, schema:, prov:, skos:, rdf:, rdfs:, xsd:, owl:, e:,
article:, claim: are predeclared). <a href="/sparql">Service description</a>__EXPLORER_LINK__</p>
<p><label>Saved query: <select id="saved"><option value="">(choose)</option>__OPTIONS__</select></label></p>
<textarea id="q">SELECT ?org ?person WHERE { ?o schema:founder ?p . ?o rdfs:label ?org . ?p rdfs:label ?person } LIMIT 50</textarea>
<p><button id="run">Run</button><span id="status"></span></p>
<div id="out"></div>
<script>
const saved = __SAVED__;
document.getElementById('ep').textContent = location.origin + '/sparql';
document.getElementById('saved').addEventListener('change', e => {
  if (saved[e.target.value]) document.getElementById('q').value = saved[e.target.value];
});
function cell(t) {
  if (!t) return '';
  if (t.type === 'uri') return t.value;
  return t.value + (t['xml:lang'] ? '@' + t['xml:lang'] : '');
}
async function run() {
  const status = document.getElementById('status'), out = document.getElementById('out');
  status.textContent = 'running…'; out.innerHTML = '';
  const t0 = performance.now();
  try {
    const resp = await fetch('/sparql', {method: 'POST',
      headers: {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json, text/turtle;q=0.9'},
      body: 'query=' + encodeURIComponent(document.getElementById('q').value)});
    const text = await resp.text();
    if (!resp.ok) { status.textContent = 'HTTP ' + resp.status; const d = document.createElement('div');
      d.className = 'err'; d.textContent = text; out.appendChild(d); return; }
    const ms = Math.round(performance.now() - t0);
    if ((resp.headers.get('Content-Type') || '').includes('json')) {
      const data = JSON.parse(text);
      if ('boolean' in data) { status.textContent = ms + ' ms'; out.textContent = String(data.boolean); return; }
      const vars = data.head.vars, rows = data.results.bindings;
      const table = document.createElement('table'), head = table.insertRow();
      for (const v of vars) { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); }
      for (const b of rows) { const tr = table.insertRow(); for (const v of vars) tr.insertCell().textContent = cell(b[v]); }
      out.appendChild(table);
      const cap = resp.headers.get('X-SPARQL-MaxRows');
      status.textContent = rows.length + ' rows, ' + ms + ' ms' + (cap ? ' (cut at ' + cap + ' rows)' : '');
    } else {
      const pre = document.createElement('pre'); pre.textContent = text; out.appendChild(pre);
      status.textContent = ms + ' ms';
    }
  } catch (e) { status.textContent = 'error: ' + e; }
}
document.getElementById('run').addEventListener('click', run);
document.getElementById('q').addEventListener('keydown', e => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(); });
</script></body></html>
"""


def query_page(explorer: bool) -> bytes:
    try:
        from .query import list_queries
        saved = {q.name: q.text for q in list_queries() if not q.required}
    except Exception:  # noqa: BLE001 - the page works without saved queries
        saved = {}
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(n)}</option>' for n in sorted(saved))
    page = (QUERY_PAGE.replace("__OPTIONS__", options)
            .replace("__SAVED__", json.dumps(saved, ensure_ascii=False).replace("</", "<\\/"))
            .replace("__EXPLORER_LINK__", ' · <a href="/">Graph explorer</a>' if explorer else ""))
    return page.encode("utf-8")


def build_explorer(store_path: str) -> bytes | None:
    """The ``kg.explore`` page for the store, with a link to the live query page; None if unavailable."""
    try:
        import tempfile

        from .explore import write_explorer
        from .store import open_store
        st = open_store(store_path, read_only=True)
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "explore.html"
            write_explorer(st, str(out))
            page = out.read_text(encoding="utf-8")
    except Exception as exc:  # noqa: BLE001 - fall back to the query page
        print(f"kg serve: explorer unavailable ({type(exc).__name__}: {exc}); serving the query page at /",
              file=sys.stderr)
        return None
    link = ('<a href="/query" style="position:fixed;right:.75rem;bottom:.75rem;z-index:99999;background:#fff;'
            'border:1px solid #888;border-radius:4px;padding:.25rem .5rem;font:14px sans-serif">SPARQL</a>')
    if "</body>" in page:
        page = page.replace("</body>", link + "</body>", 1)
    else:
        page += link
    return page.encode("utf-8")


def service_description(endpoint: str, graphs: list[str]) -> list:
    """The SPARQL 1.1 Service Description of the endpoint, as pyoxigraph triples."""
    import pyoxigraph as ox
    SD = "http://www.w3.org/ns/sparql-service-description#"
    FMT = "http://www.w3.org/ns/formats/"
    RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    svc = ox.BlankNode("service")
    sd = lambda local: ox.NamedNode(SD + local)  # noqa: E731
    t = [ox.Triple(svc, RDF_TYPE, sd("Service")),
         ox.Triple(svc, sd("endpoint"), ox.NamedNode(endpoint)),
         ox.Triple(svc, sd("supportedLanguage"), sd("SPARQL11Query")),
         ox.Triple(svc, sd("feature"), sd("UnionDefaultGraph"))]
    for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
              "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        t.append(ox.Triple(svc, sd("resultFormat"), ox.NamedNode(FMT + f)))
    ds, dg = ox.BlankNode("dataset"), ox.BlankNode("defaultGraph")
    t += [ox.Triple(svc, sd("defaultDataset"), ds), ox.Triple(ds, RDF_TYPE, sd("Dataset")),
          ox.Triple(ds, sd("defaultGraph"), dg), ox.Triple(dg, RDF_TYPE, sd("Graph"))]
    for i, g in enumerate(graphs):
        ng = ox.BlankNode(f"g{i}")
        t += [ox.Triple(ds, sd("namedGraph"), ng), ox.Triple(ng, RDF_TYPE, sd("NamedGraph")),
              ox.Triple(ng, sd("name"), ox.NamedNode(g))]
    return t


# ---------------------------------------------------------------------------- HTTP

class KGServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128        # listen backlog: bursts of clients connect without SYN drops (default 5)

    def handle_error(self, request, client_address) -> None:
        """A client that went away mid-response is normal under load: no traceback on stderr."""
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)):
            return
        print(f"kg serve: error while handling a request from {client_address[0]}: {type(exc).__name__}: {exc}",
              file=sys.stderr)

    def __init__(self, address, store_path: str, timeout: float, max_results: int, workers: int, log: bool):
        super().__init__(address, KGRequestHandler)
        self.store_path = store_path
        self.query_timeout = float(timeout)
        self.max_results = int(max_results)
        self.log = log
        self.pool = WorkerPool(store_path, workers)
        self.explorer_html = build_explorer(store_path)
        self._graphs: list[str] | None = None

    def named_graphs(self) -> list[str]:
        if self._graphs is None:
            try:
                req = {"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", "accept": "application/sparql-results+json"}
                status, _, body, _ = self.pool.run(req, max(self.query_timeout, 10.0))
                data = json.loads(body) if status == 200 else {"results": {"bindings": []}}
                self._graphs = sorted(b["g"]["value"] for b in data["results"]["bindings"] if b["g"]["type"] == "uri")
            except Exception:  # noqa: BLE001
                return []
        return self._graphs

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host if ':' not in host else '[' + host + ']'}:{port}"

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


class KGRequestHandler(BaseHTTPRequestHandler):
    server: KGServer
    server_version = "hangzhou-kg"
    protocol_version = "HTTP/1.1"
    timeout = IDLE_TIMEOUT

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The stdlib's errors (bad request line, URI too long, too many headers) as plain text."""
        if code == HTTPStatus.REQUEST_URI_TOO_LONG:
            code, message = 413, ("query too large for a GET request line (over 65536 bytes): "
                                  f"send it with POST (up to {MAX_BODY} bytes)")
        self.close_connection = True
        try:
            self._text(code, message or HTTPStatus(code).phrase, {"Connection": "close"})
            self._drain(1024 * 1024, 0.2)      # the unread rest of the request: closing on it resets the
        except (ConnectionError, TimeoutError, ValueError, OSError):   # connection before the client reads
            pass

    def _drain(self, limit: int, timeout: float) -> None:
        """Read and drop up to ``limit`` bytes the client is still sending (then the connection closes)."""
        try:
            self.connection.settimeout(timeout)
            left = limit
            while left > 0:
                chunk = self.rfile.read1(min(65536, left)) if hasattr(self.rfile, "read1") else self.rfile.read(
                    min(65536, left))
                if not chunk:
                    break
                left -= len(chunk)
        except (OSError, ValueError):
            pass

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        if self.server.log:
            super().log_message(format, *args)

    # -- responses
    def _send(self, status: int, ctype: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-SPARQL-MaxRows")
        if status == 200 and ctype.startswith(("application/sparql", "text/csv", "text/tab", "text/turtle",
                                               "application/n-", "application/ld", "application/rdf")):
            self.send_header("Vary", "Accept")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, headers: dict | None = None) -> None:
        self._send(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"), headers)

    # -- routing
    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            self._protocol(params, None)
        elif url.path in ("/", "/index.html"):
            body = self.server.explorer_html or query_page(False)
            self._send(200, "text/html; charset=utf-8", body)
        elif url.path == "/query":
            self._send(200, "text/html; charset=utf-8", query_page(self.server.explorer_html is not None))
        else:
            self._text(404, f"not found: {url.path} (the SPARQL endpoint is /sparql)")

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            self._text(404, f"not found: {url.path} (the SPARQL endpoint is /sparql)")
            return
        close = {"Connection": "close"}
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.close_connection = True
            self._text(411, "chunked request bodies are not supported: send a Content-Length", close)
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0:
                raise ValueError(length)
        except ValueError:
            self.close_connection = True         # the body was not read: never parse it as a request
            self._text(400, "bad Content-Length", close)
            return
        if length > MAX_BODY:
            self.close_connection = True
            self._text(413, f"request body over {MAX_BODY} bytes (the query limit)", close)
            self._drain(min(length, 8 * MAX_BODY), IDLE_TIMEOUT)   # let the client finish sending, then close
            return
        try:
            raw = self.rfile.read(length) if length else b""
        except TimeoutError:
            self.close_connection = True
            self._text(408, f"request body not received within {IDLE_TIMEOUT:g} s", close)
            return
        if len(raw) < length:                    # the client closed before sending it all
            self.close_connection = True
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            self._text(400, "the request body is not UTF-8")
            return
        if ctype == "application/x-www-form-urlencoded":
            for k, v in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                params.setdefault(k, []).extend(v)
            self._protocol(params, None)
        elif ctype == "application/sparql-query":
            self._protocol(params, text)
        elif ctype == "application/sparql-update":
            self._refuse_update()
        else:
            self._text(415, f"unsupported Content-Type {ctype or '(none)'}: use application/x-www-form-urlencoded "
                            "or application/sparql-query")

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _read_only(self) -> None:
        self._text(405, "this endpoint is read-only", {"Allow": "GET, POST, HEAD, OPTIONS"})

    do_PUT = do_DELETE = do_PATCH = _read_only

    def _refuse_update(self) -> None:
        status, ctype, body, headers = _update_refused()
        self._send(status, ctype, body, headers)

    # -- the SPARQL protocol
    def _protocol(self, params: dict[str, list[str]], direct_query: str | None) -> None:
        if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
            self._refuse_update()
            return
        queries = params.get("query", [])
        if direct_query is not None:
            queries = [direct_query] + queries
        if not queries:
            if self.command in ("GET", "HEAD"):
                self._service_description(params)
            else:
                self._text(400, "missing query: send query=… (urlencoded) or an application/sparql-query body")
            return
        if len(queries) > 1:
            self._text(400, "more than one query in the request")
            return
        text = queries[0]
        if is_update(text):
            self._refuse_update()
            return
        depth = nesting_depth(text)
        if depth > MAX_NESTING:
            self._text(400, f"bad SPARQL query: brackets nested {depth} deep (limit {MAX_NESTING})")
            return
        fmt = (params.get("format") or params.get("output") or params.get("results") or [None])[0]
        req = {"query": text, "accept": self.headers.get("Accept"), "format": fmt,
               "default_graphs": params.get("default-graph-uri", []), "named_graphs": params.get("named-graph-uri", []),
               "max_results": self.server.max_results}
        t = self.server.query_timeout
        try:
            status, ctype, body, headers = self.server.pool.run(req, t)
        except QueryTimeout:
            self._text(503, f"query timed out: stopped after {t:g} s (kg serve --timeout)")
            return
        except ServerBusy:
            self._text(503, "server busy: every query worker is taken, try again", {"Retry-After": "1"})
            return
        except Exception as exc:  # noqa: BLE001
            self._text(500, f"query worker failed: {exc}")
            return
        self._send(status, ctype, body, headers)

    def _service_description(self, params: dict[str, list[str]]) -> None:
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        triples = service_description(f"http://{host}/sparql", self.server.named_graphs())
        fmt_param = (params.get("format") or [None])[0]
        fmt = negotiate("graph", self.headers.get("Accept"), fmt_param)
        body = serialize_graph(triples, fmt) if fmt != "turtle" else _sd_turtle(triples)
        self._send(200, GRAPH_CTYPE[fmt] + "; charset=utf-8", body)


def _sd_turtle(triples: list) -> bytes:
    import pyoxigraph as ox
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                        prefixes={"sd": "http://www.w3.org/ns/sparql-service-description#",
                                  "formats": "http://www.w3.org/ns/formats/"})


# ---------------------------------------------------------------------------- entry points

def _default_workers() -> int:
    return max(2, min(4, os.cpu_count() or 2))


def make_server(store_path: str, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                max_results: int = 100000, *, workers: int | None = None, log: bool = False) -> KGServer:
    """A ready, not yet serving, :class:`KGServer` (``port`` 0 picks a free port; see ``.url``).

    Run it with ``serve_forever()`` (e.g. in a thread); stop it with ``shutdown()`` then
    ``server_close()``, which also stops the query workers.
    """
    if str(store_path).startswith(("http://", "https://")):
        raise UserError("kg serve serves a local store folder; a remote endpoint is already a SPARQL endpoint")
    p = Path(store_path)
    if not p.is_dir():
        raise UserError(f"no store at {p} (run `kg build` first, or pass --store)")
    try:
        import pyoxigraph as ox
        ox.Store.read_only(str(p))  # fail early and clearly on a folder that is not a store
    except OSError as exc:
        raise UserError(f"cannot open store {p}: {exc}") from exc
    if timeout <= 0:
        raise UserError("--timeout must be positive")
    if max_results < 1:
        raise UserError("--max-results must be at least 1")
    try:
        return KGServer((host, port), str(p.resolve()), timeout, max_results, workers or _default_workers(), log)
    except OSError as exc:
        raise UserError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve_command(store: str, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                  max_results: int = 100000) -> None:
    """``kg serve``: serve until interrupted."""
    server = make_server(store, host, port, timeout, max_results, log=True)
    print(f"kg serve: SPARQL endpoint {server.url}/sparql, explorer {server.url}/ "
          f"(read-only, {timeout:g} s per query, at most {max_results} results; Ctrl-C to stop)", file=sys.stderr)
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"kg serve: listening on {host}: anyone who can reach this address can query the graph",
              file=sys.stderr)
    def _stop(signum, frame):  # SIGTERM: stop like Ctrl-C, so the workers are stopped too
        raise KeyboardInterrupt

    try:
        import signal
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _stop)
    except (ImportError, ValueError):
        pass
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
