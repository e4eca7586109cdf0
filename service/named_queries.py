"""JSON API: the named-query catalogue (``/api/queries``) and running named queries."""

from __future__ import annotations

import csv
import io
import json
import logging
from typing import Any

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from psykgraf.facet_index import ApiIndex
from psykgraf.queries import SCHEMES, NamedQuery, QueryError, load_queries
from service.api import error_example
from service.errors import BadParam, Unavailable, shown
from service.media import negotiate
from service.metrics import Metrics
from service.plumbing import CACHE_CONTROL, allowed_slugs, blocking, cached, current, index_of, slug_error
from service.pool import QueryError as PoolQueryError
from service.sparql import Refused, client_of, run_in_pool
from service.state import Build, BuildManager
from service.worker import QueryRequest

__all__ = ["router"]

_log = logging.getLogger("psykgraf.api")
router = APIRouter(prefix="/api", tags=["api"])
_UNCAPPED = 1 << 30  # CSV from the named-query API is complete (no row cap)

# ---------------------------------------------------------------- /api/queries


def _catalogue(request: Request) -> dict[str, NamedQuery]:
    """The named queries, re-read when a ``.rq`` file is added, removed or changed."""
    state = request.app.state
    manager: BuildManager = state.manager
    folder = manager.settings.queries_dir
    stamp = (str(folder), tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.rq"))))
    cached: tuple[object, dict[str, NamedQuery]] | None = getattr(state, "api_queries", None)
    if cached is None or cached[0] != stamp:
        cached = (stamp, load_queries(folder))
        state.api_queries = cached
    return cached[1]


def _describe(query: NamedQuery) -> dict[str, Any]:
    return {
        "name": query.name,
        "title": query.title,
        "title_en": query.title_en,
        "description": query.description,
        "params": [
            {"name": p.name, "type": p.type, "default": p.default, "description": p.description} for p in query.params
        ],
        "example": query.example,
        "url": f"/api/queries/{query.name}",
    }


_QUERY_EXAMPLE = {
    "name": "resources-for-age",
    "title": "Stöd för en viss ålder",
    "title_en": "Resources for a given age",
    "description": "Resources whose stated age range contains the given age, with their range.",
    "params": [{"name": "age", "type": "integer", "default": "15", "description": "Age in years"}],
    "example": "psykgraf query resources-for-age --param age=15",
    "url": "/api/queries/resources-for-age",
}


@router.get(
    "/queries",
    name="api_queries",
    summary="The named-query catalogue",
    description="Every named query (`queries/*.rq`): name, titles, description, parameters "
    "(name, type, default, description) and an example.",
    responses={
        200: {
            "description": "The catalogue, sorted by name",
            "content": {"application/json": {"example": {"queries": [_QUERY_EXAMPLE]}}},
        }
    },
)
async def queries(request: Request) -> Response:
    """The catalogue of named queries."""
    try:
        catalogue = _catalogue(request)
    except QueryError as error:
        return JSONResponse({"error": f"the query catalogue cannot be read: {error}"}, status_code=500)
    return JSONResponse({"queries": [_describe(q) for q in catalogue.values()]})


_RULES = {
    "integer": "an integer (ASCII digits)",
    "year": "a year YYYY",
    "date": "a date YYYY-MM-DD",
    "iri": "an http(s) IRI",
    "string": "text of at most 200 characters without control characters",
}


def _bind(
    query: NamedQuery, values: dict[str, str], index: ApiIndex, base: str
) -> dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]:
    try:
        bound = query.bind(values, base)
    except QueryError as error:
        name = error.parameter or ""
        param = next((p for p in query.params if p.name == name), None)
        if param is None:
            allowed = error.allowed
        elif param.type in SCHEMES:
            allowed = sorted(index.schemes.get(param.type, {}))
        elif param.type == "actor":
            allowed = allowed_slugs(index.actors)
        elif param.type == "resource":
            allowed = allowed_slugs(index.resources)
        else:
            allowed = [_RULES.get(param.type, param.type)]
        raise BadParam(str(error), name, allowed) from None
    for param in query.params:
        if param.name not in values:
            continue
        value = values[param.name]
        if param.type in SCHEMES and value not in index.schemes.get(param.type, {}):
            codes = sorted(index.schemes.get(param.type, {}))
            raise BadParam(f"unknown {param.type} code {shown(value)}", param.name, codes)
        if param.type == "actor" and value not in index.actors:
            raise slug_error("actor", param.name, value, index.actors)
        if param.type == "resource" and value not in index.resources:
            raise slug_error("resource", param.name, value, index.resources)
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): v for k, v in bound.items()
    }
    return substitutions


@router.get(
    "/queries/{name}",
    name="api_query",
    summary="Run a named query",
    description="Runs the named query; its parameters (see /api/queries) are given in the query "
    "string and bound as RDF terms (never pasted into the SPARQL text). JSON by default; CSV with "
    "`format=csv` or `Accept: text/csv`. JSON results are capped at the service's row cap "
    "(`truncated: true` and `X-Psykgraf-Truncated` then); CSV is complete.",
    openapi_extra={
        "parameters": [
            {
                "name": "format",
                "in": "query",
                "required": False,
                "description": "`json` (default) or `csv`; overrides the Accept header.",
                "schema": {"type": "string", "enum": ["json", "csv"]},
            }
        ]
    },
    responses={
        200: {
            "description": "The result table",
            "content": {
                "application/json": {
                    "example": {
                        "head": ["resource", "label", "age_min", "age_max"],
                        "rows": [
                            {
                                "resource": "https://w3id.org/psykgraf/id/resource/sdqwebb",
                                "label": "SDQwebb – frågeformulär 3–17 år",
                                "age_min": "3",
                                "age_max": "17",
                            }
                        ],
                    }
                },
                "text/csv": {
                    "example": "resource,label,age_min,age_max\r\nhttps://w3id.org/psykgraf/id/"
                    "resource/sdqwebb,SDQwebb – frågeformulär 3–17 år,3,17\r\n"
                },
            },
        },
        400: error_example("parameter age: expected an integer, got 'x'", "age", ["an integer (ASCII digits)"]),
        404: {
            "description": "Unknown query name",
            "content": {
                "application/json": {
                    "example": {"error": "no query named 'x'", "parameter": "name", "allowed": ["actor-roles", "…"]}
                }
            },
        },
    },
)
async def run_named(request: Request, name: str) -> Response:
    """Run one named query with bound parameters."""
    manager, build = current(request)
    settings = manager.settings
    try:
        catalogue = _catalogue(request)
    except QueryError as error:
        return JSONResponse({"error": f"the query catalogue cannot be read: {error}"}, status_code=500)
    query = catalogue.get(name)
    if query is None:
        return BadParam(f"no query named {shown(name)}", "name", sorted(catalogue), status=404).response()
    values: dict[str, str] = {}
    fmt: str | None = None
    for key, value in request.query_params.multi_items():
        if key == "format":
            if fmt is not None:
                return BadParam("the format parameter was given more than once", "format", []).response()
            fmt = value
            continue
        if key in values:
            return BadParam(f"the {key} parameter was given more than once; give it once", key, []).response()
        values[key] = value
    if fmt is None:
        media = negotiate(request.headers.get("accept"), ["application/json", "text/csv"]) or "application/json"
    elif fmt.strip().lower() in ("json", "csv"):
        media = "text/csv" if fmt.strip().lower() == "csv" else "application/json"
    else:
        return BadParam(f"unknown format {shown(fmt)}", "format", ["json", "csv"]).response()
    etag, not_modified = cached(request, build, repr(sorted(values.items())), media)
    if not_modified is not None:
        return not_modified

    try:
        index = await blocking(request, lambda: index_of(request, build))
        substitutions = _bind(query, values, index, settings.base_iri)
        metrics = request.app.state.metrics
        head, rows, truncated = await _run_named(
            manager, metrics, build, name, query, substitutions, media, client_of(request)
        )
    except (BadParam, Unavailable) as error:
        return error.response()
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, "Vary": "Accept"}
    if media == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(head)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    body: dict[str, Any] = {
        "head": head,
        "rows": [{h: v for h, v in zip(head, row, strict=True) if v is not None} for row in rows],
    }
    if truncated:
        body["truncated"] = True
        headers |= {
            "X-Psykgraf-Truncated": "true",
            "Warning": f'199 psykgraf "result truncated at {settings.row_cap} rows"',
        }
    return JSONResponse(body, headers=headers)


async def _run_named(
    manager: BuildManager,
    metrics: Metrics,
    build: Build,
    name: str,
    query: NamedQuery,
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple],
    media: str,
    client: str,
) -> tuple[list[str], list[list[str | None]], bool]:
    """Run a named query in the killable worker pool, as /sparql does.

    Parameters travel as pyoxigraph ``substitutions`` (never pasted into the text); the
    query timeout really stops the work (the worker is killed), like a /sparql query.
    """
    settings = manager.settings
    bound = tuple((var.value, term) for var, term in substitutions.items() if not isinstance(term, ox.Triple))
    job = QueryRequest(
        query.for_base(settings.base_iri).sparql,  # the .rq files spell the default base
        None,
        "application/sparql-results+json",
        None,
        None,
        tuple(manager.prefixes.items()),
        settings.row_cap if media == "application/json" else _UNCAPPED,
        bound,
    )
    try:
        answer = await run_in_pool(manager, build, metrics, job, client)
    except Refused as error:
        raise Unavailable(str(error), error.retry_after) from None
    except PoolQueryError as error:
        status = 400 if error.status == 400 else 500
        raise BadParam(f"query {name} failed: {error}", "name", [], status=status) from None
    try:
        body = answer.body
        data = body if isinstance(body, bytes) else b"".join([block async for block in body])
    finally:
        answer.close()
    result = json.loads(data)
    if "results" not in result:
        raise BadParam(f"query {name} is not a SELECT query", "name", [], status=500)
    head: list[str] = result["head"]["vars"]
    bindings = result["results"]["bindings"]
    rows = [[b[h]["value"] if h in b else None for h in head] for b in bindings]
    truncated = bool(answer.head.get("truncated"))
    return head, rows, truncated
