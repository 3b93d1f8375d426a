"""``kg explain NAME``: every fact about an entity, with the evidence behind it.

In: a name (canonical, alias or English name; compared after NFKC, case-insensitively) and a store.
Out: the facts where the entity is subject or object, each with its quote, the article's title,
date and source, and the rule and confidence — printed as a rich table.
"""
from __future__ import annotations

import unicodedata

from .errors import UserError
from .store import open_store, select
from .vocab import RELATION_NAMES

FIND = """
SELECT DISTINCT ?e ?label ?name WHERE {
  { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n }
  FILTER(LCASE(STR(?n)) = LCASE(STR(?name)))
  ?e rdfs:label ?label .
} ORDER BY ?e
"""

FACTS = """
SELECT DISTINCT ?e ?dir ?p ?other ?otherLabel ?quote ?title ?date ?url ?rule ?conf ?jobtitle WHERE {
  ?c a hz:Claim ; rdf:predicate ?p ; hz:quote ?quote ; hz:extractor ?rule ; hz:confidence ?conf ;
     prov:wasDerivedFrom ?a .
  { ?c rdf:subject ?e ; rdf:object ?other . BIND("out" AS ?dir) }
  UNION
  { ?c rdf:object ?e ; rdf:subject ?other . BIND("in" AS ?dir) }
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?c hz:title ?jobtitle }
} ORDER BY ?dir ?p ?otherLabel ?other ?date
"""


def explain(store, name: str) -> tuple[list[dict], list[dict]]:
    """(matching entities, fact rows) for ``name``."""
    import pyoxigraph as ox
    q = unicodedata.normalize("NFKC", name).strip()
    ents = select(store, FIND, {"name": ox.Literal(q)})
    if not ents:
        raise UserError(f"no entity named {name!r} in the store")
    rows = []
    for ent in ents:
        for r in select(store, FACTS, {"e": ox.NamedNode(ent["e"])}):
            r["entity"] = ent["label"]
            rows.append(r)
    return ents, rows


def explain_command(name: str, store: str) -> None:
    """Print each fact as a block: the fact, the full quote, the article, the rule and confidence."""
    from rich.console import Console
    from rich.markup import escape
    st = open_store(store)
    ents, rows = explain(st, name)
    console = Console(highlight=False)
    for ent in ents:
        console.print(f"[bold]{escape(ent['label'])}[/bold]  {ent['e']}")
    console.print()
    for r in rows:
        rel = RELATION_NAMES.get(r["p"], r["p"])
        other = r["otherLabel"] or r["other"]
        fact = f"{r['entity']} —{rel}→ {other}" if r["dir"] == "out" else f"{other} —{rel}→ {r['entity']}"
        if r["jobtitle"]:
            fact += f" ({r['jobtitle']})"
        art = " · ".join(x for x in (r["title"], r["date"], r["url"]) if x)
        console.print(f"[bold]{escape(fact)}[/bold]")
        console.print(f"  “{escape(r['quote'])}”", soft_wrap=True)
        console.print(f"  {escape(art)}", soft_wrap=True)
        console.print(f"  [dim]{escape(r['rule'])} · confidence {r['conf']}[/dim]")
    console.print(f"{len(rows)} fact(s)")
