"""Remote triple stores: a SPARQL 1.1 Query + Update client, and ``kg push`` (Graph Store Protocol).

In: an ``http(s)://`` SPARQL endpoint URL (credentials in the URL, ``http://user:pass@host/…``, or in
``KG_REMOTE_USER``/``KG_REMOTE_PASSWORD``), or a Graph Store Protocol URL for ``kg push``.
Out: :class:`RemoteStore`, which answers ``query``/``update`` like a :class:`pyoxigraph.Store`
(results are pyoxigraph objects), so ``kg.store.run_query`` and the builder can use either; and
:func:`push_command`, which PUTs every named graph of a local store to the server.

Parameters (``substitutions``) are sent as a ``VALUES`` block of RDF terms serialised by
pyoxigraph (escaped N-Triples syntax) at the start of the outermost ``WHERE`` group: a value is
always one term, whatever quotes or braces it contains.
HTTP digest and basic authentication are both supported (urllib picks what the server asks for).
"""
from __future__ import annotations

import os
import re
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Iterable, Iterator

import pyoxigraph as ox

from .errors import UserError

QUERY_ACCEPT = ("application/sparql-results+xml, application/sparql-results+json;q=0.9, "
                "application/n-triples;q=0.9, text/turtle;q=0.8, application/rdf+xml;q=0.5")
_RESULT_TYPES = {
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_RDF_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/rdf+n3": ox.RdfFormat.N3,
    "text/n3": ox.RdfFormat.N3,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
INSERT_BATCH = 2000  # triples per INSERT DATA request when loading through SPARQL Update


# ------------------------------------------------------------------------------------ HTTP

def split_credentials(url: str, user: str | None = None, password: str | None = None):
    """``(url without userinfo, user, password)``; explicit values win over the URL, then env vars."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"not an http(s) URL: {url}")
    url_user = urllib.parse.unquote(parts.username) if parts.username else None
    url_password = urllib.parse.unquote(parts.password) if parts.password else None
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    if parts.port:
        netloc += f":{parts.port}"
    clean = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    user = user or url_user or os.environ.get("KG_REMOTE_USER") or None
    password = password if password is not None else (url_password if url_password is not None
                                                      else os.environ.get("KG_REMOTE_PASSWORD"))
    if user and password is None:
        raise UserError("a user was given without a password (use --password or KG_REMOTE_PASSWORD)")
    return clean, user, password


def build_opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    """A urllib opener answering digest or basic challenges for ``url`` with ``user``/``password``."""
    handlers: list[Any] = []
    if user:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user, password or "")
        # digest first (handler_order 490), basic when the server only offers basic
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def _http_error_message(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read().decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - best effort
        body = ""
    body = re.sub(r"<[^>]+>", " ", body)  # HTML error pages
    body = " ".join(body.split())
    return body[:500]


def _open(opener, req: urllib.request.Request, timeout: float, what: str):
    try:
        return opener.open(req, timeout=timeout)
    except urllib.error.HTTPError as exc:
        msg = _http_error_message(exc)
        if exc.code in (401, 403):
            raise UserError(f"{what}: HTTP {exc.code} {exc.reason} (check the user and password: "
                            f"--user/--password, http://user:pass@host/… or KG_REMOTE_USER/KG_REMOTE_PASSWORD)"
                            + (f": {msg}" if msg else "")) from exc
        if exc.code == 400:
            raise SyntaxError(msg or f"HTTP 400 {exc.reason}") from exc
        raise UserError(f"{what}: HTTP {exc.code} {exc.reason}" + (f": {msg}" if msg else "")) from exc
    except ValueError as exc:  # e.g. an auth scheme urllib does not know
        raise UserError(f"{what}: {exc}") from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise UserError(f"{what}: cannot reach the server ({reason})") from exc


def _media_type(resp) -> str:
    return (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()


# ------------------------------------------------------------------------------ parameters

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term_sparql(term: Any) -> str:
    if isinstance(term, ox.Literal) and term.language is None and term.datatype.value == XSD_STRING:
        # explicit ^^xsd:string: the same term, but Virtuoso keeps non-ASCII text intact this way
        return str(term) + f"^^<{XSD_STRING}>"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return str(term)  # N-Triples syntax, escaped by pyoxigraph: valid SPARQL
    if isinstance(term, ox.BlankNode):
        raise UserError("a blank node cannot be bound as a parameter on a remote store")
    return str(ox.Literal(str(term)))


_IRI = re.compile(r"<[^<>\"\s]*>")


def _skip_iri_or_lt(text: str, i: int) -> int:
    m = _IRI.match(text, i)
    return m.end() if m else i + 1


def _scan(text: str) -> Iterator[tuple[int, str]]:
    """Yield ``(position, char)`` for ``{``, ``}`` and word starts outside strings, IRIs and comments."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            if text.startswith(c * 3, i):
                j = text.find(c * 3, i + 3)
                i = n if j < 0 else j + 3
            else:
                j = i + 1
                while j < n and text[j] != c:
                    j += 2 if text[j] == "\\" else 1
                i = j + 1
        elif c == "<":
            i = _skip_iri_or_lt(text, i)
        elif c in "{}":
            yield i, c
            i += 1
        elif c.isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_?$:-")):
            j = i
            while j < n and (text[j].isalnum() or text[j] in "_-:"):
                j += 1
            yield i, text[i:j]
            i = j
        else:
            i += 1


def inject_values(query: str, substitutions: dict) -> str:
    """``query`` with ``VALUES (?a ?b) { (t1 t2) }`` opening its outermost WHERE group."""
    if not substitutions:
        return query
    names, terms = [], []
    for var, term in substitutions.items():
        name = var.value if isinstance(var, ox.Variable) else str(var).lstrip("?$")
        if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
            raise UserError(f"bad parameter name {name!r}")
        names.append("?" + name)
        terms.append(_term_sparql(term))
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(terms)}) }} "
    form = None
    depth = 0
    skip_template = False
    prev_word = None
    for pos, tok in _scan(query):
        if tok == "{":
            if depth == 0:
                if form == "CONSTRUCT" and not skip_template and prev_word != "WHERE":
                    skip_template = True  # the template; the WHERE group comes after it
                else:
                    if form == "CONSTRUCT" and prev_word == "WHERE" and not skip_template:
                        raise UserError("parameters need the long CONSTRUCT { … } WHERE { … } form")
                    return query[:pos + 1] + block + query[pos + 1:]
            depth += 1
        elif tok == "}":
            depth -= 1
        else:
            word = tok.upper()
            if depth == 0 and form is None and word in ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK"):
                form = word
            if depth == 0:
                prev_word = word
    raise UserError("cannot bind parameters: no WHERE group found in the query")


def prologue(prefixes: dict[str, str] | None) -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in (prefixes or {}).items())


# ------------------------------------------------------------------------------ the store

class RemoteStore:
    """A SPARQL 1.1 endpoint used like a :class:`pyoxigraph.Store` (query, update, a few helpers).

    ``url`` is the query endpoint; updates go to ``update_url`` (default: ``KG_REMOTE_UPDATE_URL``
    or ``url``). With ``use_default_graph_as_union`` the server's own default graph is used: make
    it the union of the named graphs on the server (Virtuoso and GraphDB do by default; Fuseki
    needs ``unionDefaultGraph``; see docs/remote-stores.md).
    """

    def __init__(self, url: str, update_url: str | None = None, user: str | None = None,
                 password: str | None = None, timeout: float = 300.0):
        self.url, self.user, self.password = split_credentials(url, user, password)
        upd = update_url or os.environ.get("KG_REMOTE_UPDATE_URL") or url
        self.update_url, _, _ = split_credentials(upd, self.user, self.password)
        self.timeout = timeout
        self._opener = build_opener(self.url, self.user, self.password)
        if self.update_url != self.url:
            self._update_opener = build_opener(self.update_url, self.user, self.password)
        else:
            self._update_opener = self._opener

    def __repr__(self) -> str:
        return f"RemoteStore({self.url!r})"

    # -- SPARQL
    def query(self, query: str, *, base_iri: str | None = None, prefixes: dict[str, str] | None = None,
              use_default_graph_as_union: bool = False, default_graph: Any = None, named_graphs: Any = None,
              substitutions: dict | None = None, **_ignored: Any):
        text = prologue(prefixes) + (f"BASE <{base_iri}>\n" if base_iri else "") + inject_values(query, substitutions or {})
        fields: list[tuple[str, str]] = [("query", text)]
        for g in _as_list(default_graph):
            if isinstance(g, ox.NamedNode):
                fields.append(("default-graph-uri", g.value))
        for g in _as_list(named_graphs):
            if isinstance(g, ox.NamedNode):
                fields.append(("named-graph-uri", g.value))
        req = urllib.request.Request(self.url, data=urllib.parse.urlencode(fields).encode("utf-8"), method="POST",
                                     headers={"Accept": QUERY_ACCEPT,
                                              "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
        with _open(self._opener, req, self.timeout, f"query on {self.url}") as resp:
            body = resp.read()
            mt = _media_type(resp)
        if mt in _RESULT_TYPES:
            try:
                return ox.parse_query_results(body, _RESULT_TYPES[mt])
            except SyntaxError as exc:
                raise UserError(f"query on {self.url}: unreadable {mt} results: {exc}") from exc
        if mt in _RDF_TYPES:
            try:
                return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=_RDF_TYPES[mt])]
            except SyntaxError as exc:
                raise UserError(f"query on {self.url}: unreadable {mt} results: {exc}") from exc
        raise UserError(f"query on {self.url}: unexpected response type {mt or '(none)'}")

    def update(self, update: str, *, base_iri: str | None = None, prefixes: dict[str, str] | None = None,
               **_ignored: Any) -> None:
        text = prologue(prefixes) + (f"BASE <{base_iri}>\n" if base_iri else "") + update
        req = urllib.request.Request(self.update_url, data=urllib.parse.urlencode({"update": text}).encode("utf-8"),
                                     method="POST",
                                     headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                                              "Accept": "*/*"})
        try:
            with _open(self._update_opener, req, self.timeout, f"update on {self.update_url}") as resp:
                resp.read()
        except SyntaxError as exc:  # HTTP 400
            raise UserError(f"update on {self.update_url} refused: {exc}") from exc

    # -- a few pyoxigraph.Store helpers, through SPARQL
    def named_graphs(self) -> Iterator[ox.NamedNode]:
        res = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        for sol in res:
            if isinstance(sol["g"], ox.NamedNode):
                yield sol["g"]

    def contains_named_graph(self, graph: ox.NamedNode) -> bool:
        return bool(self.query(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"))

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        def slot(term, var):
            return str(term) if term is not None else var
        s, p, o = slot(subject, "?s"), slot(predicate, "?p"), slot(object, "?o")
        if isinstance(graph_name, ox.DefaultGraph):
            q = f"SELECT * WHERE {{ {s} {p} {o} }}"
        else:
            q = f"SELECT * WHERE {{ GRAPH {slot(graph_name, '?g')} {{ {s} {p} {o} }} }}"
        for sol in self.query(q):
            g = ox.DefaultGraph() if isinstance(graph_name, ox.DefaultGraph) else (graph_name if graph_name is not None else sol["g"])
            yield ox.Quad(subject if subject is not None else sol["s"],
                          predicate if predicate is not None else sol["p"],
                          object if object is not None else sol["o"], g)

    def __len__(self) -> int:
        res = list(self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(res[0]["n"].value) if res else 0

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        batch: list[ox.Quad] = []
        for q in quads:
            batch.append(q)
            if len(batch) >= INSERT_BATCH:
                self._insert(batch)
                batch = []
        if batch:
            self._insert(batch)

    bulk_extend = extend

    def add(self, quad: ox.Quad) -> None:
        self._insert([quad])

    def remove(self, quad: ox.Quad) -> None:
        self.update(f"DELETE DATA {{ {_quad_block([quad])} }}")

    def _insert(self, quads: list[ox.Quad]) -> None:
        self.update(f"INSERT DATA {{ {_quad_block(quads)} }}")

    def load(self, input=None, format=None, *, path=None, base_iri=None, to_graph=None, **_ignored) -> None:
        quads = ox.parse(input, format=format, path=path, base_iri=base_iri)
        if to_graph is not None:
            quads = (ox.Quad(q.subject, q.predicate, q.object, to_graph) for q in quads)
        self.extend(quads)

    bulk_load = load

    def add_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"CREATE SILENT GRAPH {graph}")

    def clear_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"CLEAR SILENT GRAPH {graph}")

    def remove_graph(self, graph: ox.NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")

    def flush(self) -> None:
        """Nothing to do: every update is sent at once."""

    def optimize(self) -> None:
        """Nothing to do on a remote store."""


def _as_list(x: Any) -> list:
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def _quad_block(quads: list[ox.Quad]) -> str:
    by_graph: dict[Any, list[str]] = {}
    for q in quads:
        line = f"{q.subject} {q.predicate} {q.object} ."
        by_graph.setdefault(None if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name), []).append(line)
    parts = []
    for g, lines in by_graph.items():
        body = "\n".join(lines)
        parts.append(body if g is None else f"GRAPH {g} {{\n{body}\n}}")
    return "\n".join(parts)


# ------------------------------------------------------------------------------ kg push

def graph_store_url(url: str, graph_iri: str) -> str:
    """``url`` with ``graph=<graph_iri>`` added (Graph Store Protocol indirect graph identification)."""
    sep = "&" if urllib.parse.urlsplit(url).query else "?"
    return f"{url}{sep}{urllib.parse.urlencode({'graph': graph_iri})}"


def put_graph(opener, url: str, graph_iri: str, triples: list[ox.Triple], timeout: float = 300.0) -> int:
    """PUT one graph (N-Triples); returns the HTTP status. Falls back to text/turtle on 415."""
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    target = graph_store_url(url, graph_iri)
    for ctype in ("application/n-triples", "text/turtle"):
        req = urllib.request.Request(target, data=body, method="PUT",
                                     headers={"Content-Type": f"{ctype}; charset=utf-8"})
        try:
            with _open(opener, req, timeout, f"PUT graph <{graph_iri}> to {url}") as resp:
                resp.read()
                return resp.status
        except UserError as exc:
            if "HTTP 415" in str(exc) and ctype != "text/turtle":
                continue
            raise
        except SyntaxError as exc:  # HTTP 400 from the server
            raise UserError(f"PUT graph <{graph_iri}> to {url}: HTTP 400: {exc}") from exc
    raise UserError(f"PUT graph <{graph_iri}> to {url}: the server accepts neither N-Triples nor Turtle")


def push_command(url: str, store: Any = None, user: str | None = None, password: str | None = None,
                 timeout: float = 300.0) -> str:
    """Send every named graph (article graphs and the ontology graph) of ``store`` to a Graph Store
    Protocol endpoint with ``PUT url?graph=<iri>``, replacing what the server had for that graph.

    Returns a one-line summary. ``store`` is a path (default ``out/store``) or an open store.
    """
    from .store import DEFAULT_STORE, open_store
    clean, user, password = split_credentials(url, user, password)
    if store is None or isinstance(store, (str, os.PathLike)):
        st = open_store(store or DEFAULT_STORE, read_only=True)
    else:
        st = store
    graphs = sorted(g.value for g in st.named_graphs() if isinstance(g, ox.NamedNode))
    if not graphs:
        raise UserError("the store has no named graphs to push (run `kg build` first)")
    opener = build_opener(clean, user, password)
    total = 0
    for g in graphs:
        triples = [ox.Triple(q.subject, q.predicate, q.object)
                   for q in st.quads_for_pattern(None, None, None, ox.NamedNode(g))]
        put_graph(opener, clean, g, triples, timeout)
        total += len(triples)
    return f"pushed {len(graphs)} graph{'s' if len(graphs) != 1 else ''} ({total} triples) to {clean}"
