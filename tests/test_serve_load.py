"""`kg serve` under load, bounded for the test suite: 20 concurrent clients for about 8 s on loopback
against a real `python -m kg serve` process. No request fails, every malformed or oversized query
gets its 4xx with a plain-text message, nothing is printed as a traceback, and the server's memory
(with its query workers) stays flat. The full run (50 clients, 30 s) is `python -m bench.serve_load`.
"""
from __future__ import annotations

import http.client
import socket
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "fixtures"))
from bench.serve_load import Server, rss_tree, run_load  # noqa: E402
from sparql_helpers import load_store  # noqa: E402

pytest.importorskip("psutil")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = load_store(tmp_path_factory.mktemp("load") / "store")
    srv = Server(store)
    yield srv
    srv.stop()


def raw(srv: Server, data: bytes, timeout: float = 10.0) -> bytes:
    """Send raw bytes, return everything the server answers until it closes (or the timeout)."""
    with socket.create_connection((srv.host, srv.port), timeout=timeout) as s:
        s.sendall(data)
        chunks = []
        try:
            while True:
                b = s.recv(65536)
                if not b:
                    break
                chunks.append(b)
        except socket.timeout:
            pass
    return b"".join(chunks)


def request(srv: Server, method: str, path: str, body: bytes | None = None, headers: dict | None = None):
    conn = http.client.HTTPConnection(srv.host, srv.port, timeout=30)
    try:
        conn.request(method, path, body, headers or {})
        resp = conn.getresponse()
        return resp.status, resp.getheader("Content-Type", ""), resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def test_twenty_clients_for_eight_seconds(server):
    res = run_load(server.host, server.port, clients=20, seconds=8, server_pid=server.proc.pid)
    assert res["errors"] == 0, res["error_examples"]
    assert res["requests"] > 200, res                      # it really was under load
    assert set(res["statuses"]) <= {200, 400, 403, 413}
    assert res["statuses"][200] > 0.7 * res["requests"]
    assert res["rss_mb"]["growth"] < 20, res["rss_mb"]     # flat: no growth with the number of requests
    assert not [line for line in server.stderr_lines if "Traceback" in line], "".join(server.stderr_lines)


@pytest.mark.parametrize("method, path, body, headers, status, message", [
    ("GET", "/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p }"}), None, {}, 400,
     "bad SPARQL query: error at 1:"),
    ("GET", "/sparql?query=%FF%FE", None, {}, 400, "bad SPARQL query"),
    ("POST", "/sparql", b"", {"Content-Type": "application/x-www-form-urlencoded"}, 400, "missing query"),
    ("POST", "/sparql", b"\xff\xfe", {"Content-Type": "application/sparql-query"}, 400, "not UTF-8"),
    ("POST", "/sparql", ("SELECT * WHERE " + "{" * 3000 + "}" * 3000).encode(),
     {"Content-Type": "application/sparql-query"}, 400, "nested 3000 deep"),
    ("POST", "/sparql", b"query=" + b"a" * (2 * 1024 * 1024 + 1), {"Content-Type": "application/x-www-form-urlencoded"},
     413, "request body over"),
    ("GET", "/sparql?query=" + "a" * 70000, None, {}, 413, "send it with POST"),
])
def test_malformed_and_oversized_queries(server, method, path, body, headers, status, message):
    got, ctype, text = request(server, method, path, body, headers)
    assert got == status, text
    assert ctype.startswith("text/plain") and message in text


def test_bad_content_lengths_and_chunked_bodies(server):
    neg = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                      b"Content-Length: -5\r\n\r\nASK {}")
    assert neg.startswith(b"HTTP/1.1 400 ") and b"bad Content-Length" in neg
    chunked = raw(server, b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                          b"Transfer-Encoding: chunked\r\n\r\n6\r\nASK {}\r\n0\r\n\r\n")
    assert chunked.startswith(b"HTTP/1.1 411 ") and b"Content-Length" in chunked
    # the connection was closed after the refusal: the body was never parsed as a next request
    assert chunked.count(b"HTTP/1.1 ") == 1


def test_server_still_answers_after_abuse(server):
    # a client that promises a body and never sends it, and one that hangs up mid-request
    s = socket.create_connection((server.host, server.port), timeout=5)
    s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: 100\r\n\r\nASK")
    s2 = socket.create_connection((server.host, server.port), timeout=5)
    s2.sendall(b"GET /sparql?query=ASK%20%7B%7D HTTP/1.1\r\n")
    s2.close()
    t = time.time()
    status, _, text = request(server, "GET", "/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}),
                              headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and '"boolean": true' in text
    assert time.time() - t < 5
    s.close()
    assert rss_tree(server.proc.pid) > 0 and server.proc.poll() is None
