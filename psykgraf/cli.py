"""The ``psykgraf`` command line: build, serve, query, validate, export."""

from __future__ import annotations

import json
import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.table import Table

from psykgraf.settings import Settings

__all__ = ["app"]

app = typer.Typer(
    name="psykgraf",
    help="Knowledge graph of Swedish mental-health method and knowledge supports.",
    no_args_is_help=True,
    add_completion=False,
)
_err = Console(stderr=True)
_out = Console()


def _error(message: str) -> None:
    """One plain, unwrapped line on stderr (rich would wrap long paths)."""
    typer.echo(f"error: {message}", err=True)


def _settings(**overrides: object) -> Settings:
    try:
        return Settings(**{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
    except ValidationError as exc:
        for err in exc.errors():
            _error(f"setting {'.'.join(map(str, err['loc']))}: {err['msg']}")
        raise typer.Exit(2) from None


def _run_build(settings: Settings, strict: bool, quiet: bool, accept_shrink: bool = False) -> Path | None:
    """Build (build() validates) and publish; returns the published version folder.

    Nothing is published when the build has SHACL violations, when a report's yield collapses
    against the served build or a label is absurd (unless ``accept_shrink``), or, with
    ``strict``, when a recognised report yields nothing.
    """
    import rdflib

    from loader.docs import render_ontology_html
    from loader.pipeline import build, ontology_files
    from loader.publish import publish, sanity_problems, served_mentions, write_build
    from loader.read import ReportError

    show = not quiet and sys.stderr.isatty()
    t0 = time.perf_counter()
    try:
        if show:
            with _err.status("building…") as status:
                result = build(settings, progress=lambda msg: status.update(msg))
        else:
            result = build(settings)
    except ReportError as exc:
        _error(f"{exc}")
        return None
    if not result.conforms:
        _err.print(f"[yellow]SHACL:[/yellow] {len(result.violations)} violations; the first:")
        for v in result.violations[:10]:
            _err.print(f"  {v}", highlight=False)
        _error("SHACL violations: build not published; the current build is unchanged")
        return None
    if strict and result.warnings:
        for w in result.warnings:
            _error(w)
        _error("--strict: build not published; the current build is unchanged")
        return None
    insane = sanity_problems(result, served_mentions(settings.build_dir))
    if insane and not accept_shrink:
        for p in insane[:10]:
            _error(p)
        _error("build not published (pass --accept-shrink if this is intended); the current build is unchanged")
        return None
    onto = rdflib.Graph()
    vocab = rdflib.Graph()
    for f in ontology_files(settings):
        (vocab if f.parent.name == "vocab" else onto).parse(f, format="turtle")
    html = render_ontology_html(onto, vocab)
    target = write_build(result, settings.build_dir, {"docs/ontology.html": html})
    publish(target)
    if not quiet:
        table = Table(
            title=f"psykgraf build {target.name} — {result.triples} triples, {time.perf_counter() - t0:.2f} s"
        )
        classes = sorted({c for per in result.counts.values() for c in per})
        table.add_column("report")
        for c in classes:
            table.add_column(c, justify="right")
        for report in sorted(result.counts):
            table.add_row(report, *(str(result.counts[report].get(c, 0)) for c in classes))
        _err.print(table)
        _err.print(
            f"problems: {len(result.problems)}, fuzzy merges: {len(result.fuzzy)}, "
            f"SHACL violations: {len(result.violations)}; published {target}"
        )
    return target


@app.command("build")
def build_cmd(
    strict: Annotated[
        bool, typer.Option(help="Also fail (and publish nothing) when a recognised report yields nothing.")
    ] = False,
    accept_shrink: Annotated[
        bool, typer.Option(help="Publish even if a report's yield fell below half of the served build's.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    reports: Annotated[Path | None, typer.Option(help="Folder of report *.txt files.")] = None,
    build_dir: Annotated[Path | None, typer.Option(help="Where versioned builds are written.")] = None,
) -> None:
    """Build the graph from the reports, validate it, and publish it as data/build/current."""
    settings = _settings(reports_dir=reports, build_dir=build_dir)
    if _run_build(settings, strict, quiet, accept_shrink) is None:
        raise typer.Exit(1)


@app.command("serve")
def serve_cmd(
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="TCP port.")] = None,
    workers: Annotated[int | None, typer.Option(help="Query worker processes.")] = None,
    query_timeout: Annotated[float | None, typer.Option(help="Seconds before a query is stopped.")] = None,
    store_path: Annotated[Path | None, typer.Option(help="On-disk store folder (default: in memory).")] = None,
    build: Annotated[bool, typer.Option(help="Build first if there is no published build.")] = True,
) -> None:
    """Serve the published build over SPARQL and as linked data (default http://127.0.0.1:8000)."""
    settings = _settings(host=host, port=port, workers=workers, query_timeout=query_timeout, store_path=store_path)
    if not (settings.build_dir / "current" / "graph.nq").exists():
        if not build or _run_build(settings, strict=False, quiet=False) is None:
            _error("no published build; run `psykgraf build` first")
            raise typer.Exit(1)
    from service import run

    run(settings)


@app.command("validate")
def validate_cmd() -> None:
    """Validate the published build against the SHACL shapes; exit 1 on violations."""
    from loader.validate import validate_lines

    settings = _settings()
    graph = settings.build_dir / "current" / "graph.nq"
    if not graph.exists():
        _error("no published build; run `psykgraf build` first")
        raise typer.Exit(1)
    lines = graph.read_text(encoding="utf-8").splitlines()
    conforms, messages = validate_lines(lines, settings.ontology_dir / "shapes.ttl", settings.base_iri)
    for m in messages:
        _out.print(m, highlight=False)
    _err.print(f"{len(lines)} triples, {len(messages)} violations")
    if not conforms:
        raise typer.Exit(1)


class ExportFormat(StrEnum):
    nquads = "nquads"
    trig = "trig"
    turtle = "turtle"
    ntriples = "ntriples"
    jsonld = "jsonld"
    rdfxml = "rdfxml"


@app.command("export")
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="RDF syntax.")] = ExportFormat.nquads,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None,
    catalog: Annotated[bool, typer.Option("--catalog", help="The DCAT-AP-SE catalogue (RDF/XML) instead.")] = False,
) -> None:
    """Export the published build (Turtle/N-Triples/RDF-XML/JSON-LD give the union graph)."""
    import pyoxigraph
    from pyoxigraph import RdfFormat

    settings = _settings()
    graph = settings.build_dir / "current" / "graph.nq"
    if not graph.exists():
        _error("no published build; run `psykgraf build` first")
        raise typer.Exit(1)
    if catalog:
        from psykgraf.catalog import default_warnings, export_catalog

        for warning in default_warnings(settings):
            typer.echo(f"warning: {warning}", err=True)
        document = export_catalog(settings, (settings.build_dir / "current").resolve())
        if document is None:
            _error("the published build has no downloads/index.json; rebuild with `psykgraf build`")
            raise typer.Exit(1)
        if output is None:
            sys.stdout.buffer.write(document)
        else:
            output.write_bytes(document)
        return
    formats = {
        "nquads": RdfFormat.N_QUADS,
        "trig": RdfFormat.TRIG,
        "turtle": RdfFormat.TURTLE,
        "ntriples": RdfFormat.N_TRIPLES,
        "jsonld": RdfFormat.JSON_LD,
        "rdfxml": RdfFormat.RDF_XML,
    }
    target = formats[fmt.value]
    quads = list(pyoxigraph.parse(path=str(graph), format=RdfFormat.N_QUADS))
    data: list[pyoxigraph.Quad] | list[pyoxigraph.Triple] = (
        quads if target.supports_datasets else list(dict.fromkeys(q.triple for q in quads))
    )
    text = pyoxigraph.serialize(data, format=target)
    assert text is not None
    if output is None:
        sys.stdout.buffer.write(text)
    else:
        output.write_bytes(text)


class OutputFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"


@app.command("query")
def query_cmd(
    name: Annotated[str, typer.Argument(help="A named query in queries/ (without .rq) or a .rq file.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="k=v parameter binding.")] = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
    endpoint: Annotated[str | None, typer.Option(help="SPARQL endpoint URL (default: local build).")] = None,
) -> None:
    """Run a named SPARQL query against the local build or any SPARQL endpoint."""
    from psykgraf.queries import QueryError, run_query

    settings = _settings()
    try:
        head, rows = run_query(settings, name, param or [], endpoint)
    except QueryError as exc:
        _error(f"{exc}")
        raise typer.Exit(2) from None
    if fmt is OutputFormat.json:
        _out.print_json(json.dumps({"head": head, "rows": rows}, ensure_ascii=False))
    elif fmt is OutputFormat.csv:
        import csv

        writer = csv.writer(sys.stdout)
        writer.writerow(head)
        writer.writerows([[r.get(h, "") for h in head] for r in rows])
    else:
        table = Table(*head)
        for r in rows:
            table.add_row(*(r.get(h, "") for h in head))
        _out.print(table)
        _err.print(f"{len(rows)} rows")
