"""The ``kg`` command line: each command parses its options and calls one function of ``kg``.

Exit codes: 0 success, 1 user or input error (one ``Error: …`` line on stderr), 2 internal error.
"""
from __future__ import annotations

import functools
import sys

import click

from .errors import UserError
from .store import DEFAULT_STORE

EXAMPLE = "\n\n\b\nExample:\n  "


def store_option(f):
    return click.option("--store", "store", default=DEFAULT_STORE, show_default=True,
                        help="Store: a folder for the embedded Oxigraph store, or an http(s) SPARQL endpoint URL.")(f)


def output_option(f):
    return click.option("-o", "--output", default="-", show_default=True,
                        help="File to write, or - for stdout.")(f)


def format_option(choices, default):
    def deco(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                            show_default=True, help="Output format.")(f)
    return deco


def user_errors(f):
    """Turn library errors into click errors (exit 1) so the message is one line."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except UserError as exc:
            raise click.ClickException(str(exc)) from exc
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="hangzhou-kg")
def cli():
    """hangzhou-kg: news articles in, a knowledge graph with provenance out.

    \b
    Example:
      kg build seeds/ && kg query "SELECT ?c ?p WHERE { ?c schema:founder ?p }"
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--out", "out_dir", default="out", show_default=True, help="Folder for kg.ttl, kg.trig, graph.html.")
@store_option
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.5, show_default=True,
              help="Keep only claims at or above this confidence (hedged claims, 据称/传闻, score below 0.5; 0 keeps them).")
@click.option("--extractor", default="rules", show_default=True, help="Registered extractor name.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input file.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@user_errors
def build(paths, out_dir, store, min_confidence, extractor, jobs, strict, quiet):
    """Build the knowledge graph from article files or folders (default: seeds/).

    Writes OUT/kg.ttl, OUT/kg.trig, OUT/graph.html and the store (default OUT/store).
    Exits 1 if any input file was skipped.

    \b
    Example:
      kg build seeds/ --out out
    """
    from .build import build_command
    code = build_command(list(paths) or ["seeds"], out_dir=out_dir, store=store, min_confidence=min_confidence,
                         extractor=extractor, jobs=jobs, strict=strict, quiet=quiet)
    sys.exit(code)


@cli.command()
@click.argument("sparql", required=False)
@store_option
@format_option(["table", "csv", "tsv", "json"], "table")
@click.option("--list", "list_", is_flag=True, help="List the saved queries and exit.")
@click.option("--name", help="Run a saved query by name (see --list).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (as an RDF term; repeatable). Values starting with http(s):// are IRIs.")
@user_errors
def query(sparql, store, fmt, list_, name, params):
    """Run a SPARQL query (text or a .rq file) over the union of all article graphs.

    \b
    Example:
      kg query "SELECT ?org ?person WHERE { ?org schema:founder ?person }" --format csv
      kg query --name founders-zju
      kg query --name entity-facts --param name=浙江大学
    """
    from .query import query_command
    click.echo(query_command(sparql, store=store, fmt=fmt, list_=list_, name=name, params=params), nl=False)


@cli.command()
@store_option
@format_option(["turtle", "trig", "nquads", "ntriples", "jsonld", "graphml", "gexf"], "turtle")
@output_option
@user_errors
def export(store, fmt, output):
    """Export the knowledge graph (turtle: one union graph; trig/nquads: a graph per article).

    \b
    Example:
      kg export --format trig -o out/kg.trig
    """
    from .export import export_command
    export_command(store=store, fmt=fmt, output=output)


@cli.command()
@store_option
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False), help="SHACL shapes file (default: ontology/shapes.ttl).")
@user_errors
def validate(store, shapes):
    """Validate the graph against the SHACL shapes; exit 1 on violations.

    \b
    Example:
      kg validate --store out/store
    """
    from .validate import validate_command
    ok, text = validate_command(store=store, shapes=shapes)
    click.echo(text)
    if not ok:
        sys.exit(1)


@cli.command()
@click.argument("name")
@store_option
@user_errors
def explain(name, store):
    """Every fact about an entity (by any of its names), with quote, article, date and source.

    \b
    Example:
      kg explain 浙大
    """
    from .explain import explain_command
    explain_command(name, store=store)


@cli.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--show/--no-show", default=True, help="List missed and spurious facts.")
@format_option(["text", "json"], "text")
@user_errors
def eval_(gold, store, show, fmt):
    """Score the store against gold TSV files: precision, recall and F1 per relation.

    \b
    Example:
      kg eval ../shared/eval/seed-gold.tsv --store out/store
    """
    from .evaluate import eval_command
    click.echo(eval_command(list(gold), store=store, show=show, fmt=fmt), nl=False)


@cli.command()
@store_option
@click.option("-o", "--output", default="out/explore.html", show_default=True, help="HTML file to write.")
@click.option("--focus", help="Draw the neighbourhood of this entity (any of its names).")
@click.option("--depth", type=click.IntRange(1, 10), default=1, show_default=True, help="Hops around --focus.")
@click.option("--max-nodes", type=click.IntRange(1), help="Keep only the most connected N nodes.")
@click.option("--types", help="Comma-separated entity types to keep (e.g. Company,Person).")
@click.option("--relations", help="Comma-separated relations to keep (e.g. founder,alumniOf).")
@user_errors
def explore(store, output, focus, depth, max_nodes, types, relations):
    """Write an offline, searchable HTML graph explorer for all or part of the graph.

    \b
    Example:
      kg explore --focus 浙江大学 --depth 2 -o out/zju.html
    """
    from .explore import explore_command
    click.echo(explore_command(store=store, output=output, focus=focus, depth=depth, max_nodes=max_nodes,
                               types=types, relations=relations), err=True)


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="Port (0: any free port).")
@click.option("--timeout", type=click.FloatRange(0.1), default=30.0, show_default=True, help="Seconds per query.")
@click.option("--max-results", type=click.IntRange(1), default=100000, show_default=True, help="Result row cap.")
@user_errors
def serve(store, host, port, timeout, max_results):
    """Serve the store as a read-only SPARQL 1.1 Protocol endpoint at /sparql, the explorer at /.

    \b
    Example:
      kg serve --port 7878 &  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 3' http://127.0.0.1:7878/sparql
    """
    from .serve import serve_command
    serve_command(store=store, host=host, port=port, timeout=timeout, max_results=max_results)


@cli.command()
@click.argument("url")
@store_option
@click.option("--user", help="User for HTTP digest or basic auth.")
@click.option("--password", help="Password for HTTP digest or basic auth.")
@user_errors
def push(url, store, user, password):
    """Send every article graph (and the ontology) to a SPARQL 1.1 Graph Store Protocol endpoint.

    \b
    Example:
      kg push http://localhost:8890/sparql-graph-crud-auth --user dba --password dba
    """
    from .remote import push_command
    click.echo(push_command(url, store=store, user=user, password=password), err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out_dir", default="out", show_default=True, help="Output folder to refresh.")
@store_option
@user_errors
def add(paths, out_dir, store):
    """Add or update articles in the store incrementally (same result as a full rebuild).

    \b
    Example:
      kg add new-article.md
    """
    from .build import add_command
    sys.exit(add_command(list(paths), out_dir=out_dir, store=store))


@cli.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--out", "out_dir", default="out", show_default=True, help="Output folder to refresh.")
@store_option
@user_errors
def remove(articles, out_dir, store):
    """Remove articles (by file path, article id or IRI) and every fact read from them.

    \b
    Example:
      kg remove seeds/01_deepseek.md
    """
    from .build import remove_command
    remove_command(list(articles), out_dir=out_dir, store=store)


def main(argv=None):
    """Entry point with the documented exit codes."""
    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Error: aborted", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        click.echo(f"Error: {exc.format_message()}", err=True)
        sys.exit(1)
    except UserError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("Error: interrupted", err=True)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - the documented exit code 2
        click.echo(f"Internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(2)
    sys.exit(0)
