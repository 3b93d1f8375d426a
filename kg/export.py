"""``kg export``: the store in Turtle (one union graph), TriG / N-Quads (a graph per article),
N-Triples, JSON-LD, or GraphML / GEXF (through networkx, for Gephi).

In: a store path, a format, an output path or ``-``. Out: the bytes written.
"""
from __future__ import annotations

import sys

import pyoxigraph as ox

from .build import serialize_dataset, serialize_union
from .errors import UserError
from .store import open_store

FORMATS = {
    "turtle": ("union", ox.RdfFormat.TURTLE),
    "ntriples": ("union", ox.RdfFormat.N_TRIPLES),
    "jsonld": ("dataset", ox.RdfFormat.JSON_LD),
    "trig": ("dataset", ox.RdfFormat.TRIG),
    "nquads": ("dataset", ox.RdfFormat.N_QUADS),
}


def export_bytes(store: ox.Store, fmt: str) -> bytes:
    if fmt in ("graphml", "gexf"):
        import io
        from .explore import write_network
        buf = io.BytesIO()
        write_network(store, fmt, buf)
        return buf.getvalue()
    if fmt not in FORMATS:
        raise UserError(f"unknown format {fmt!r}")
    kind, rdf_fmt = FORMATS[fmt]
    if kind == "union":
        return serialize_union(store, rdf_fmt)
    return serialize_dataset(store, rdf_fmt)


def export_command(store: str, fmt: str, output: str) -> None:
    st = open_store(store)
    data = export_bytes(st, fmt)
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        from pathlib import Path
        from .build import atomic_write
        atomic_write(Path(output), data)
