"""API documentation served from this origin: Swagger UI's assets from the ``swagger-ui-bundle`` package.

FastAPI's default page loads Swagger UI from a CDN (blank offline) and starts it with an
inline script (blocked by our Content-Security-Policy); this page loads everything from
``/api/docs/``. Also the OpenAPI description of ``/sparql``, which FastAPI cannot infer
because the endpoint reads its parameters itself (SPARQL 1.1 Protocol).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from service.media import CONSTRUCT_TYPES, SOLUTION_TYPES

__all__ = ["SPARQL_GET", "SPARQL_POST", "mount_docs"]

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>psykgraf API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>
"""
_INIT = 'window.ui = SwaggerUIBundle({url: "/api/openapi.json", dom_id: "#swagger-ui", deepLinking: true});\n'

_TEXT = {"text/plain": {"schema": {"type": "string"}}}
_RESULT_TYPES = sorted(set(SOLUTION_TYPES + CONSTRUCT_TYPES))
_QUERY_SCHEMA = {"type": "string", "minLength": 1, "example": "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 5"}
_FORMATS = ["json", "xml", "csv", "tsv", "turtle", "n3", "ntriples", "rdfxml", "jsonld", "nquads", "trig"]
_DATASET = [
    {
        "name": "default-graph-uri",
        "in": "query",
        "required": False,
        "description": "IRI of a graph merged into the default graph (repeatable); default: union of all graphs",
        "schema": {"type": "array", "items": {"type": "string", "format": "uri"}},
        "explode": True,
    },
    {
        "name": "named-graph-uri",
        "in": "query",
        "required": False,
        "description": "IRI of a named graph of the dataset (repeatable)",
        "schema": {"type": "array", "items": {"type": "string", "format": "uri"}},
        "explode": True,
    },
    {
        "name": "format",
        "in": "query",
        "required": False,
        "description": "result format, overriding Accept; 'xml' is SPARQL-results XML for SELECT/ASK and RDF/XML "
        "for CONSTRUCT/DESCRIBE",
        "schema": {"type": "string", "enum": _FORMATS},
    },
]
_RESPONSES: dict[str, Any] = {
    "200": {
        "description": "query results (SELECT/ASK: SPARQL results; CONSTRUCT/DESCRIBE: RDF), or without a query "
        "(GET) the Service Description",
        "content": {media: {"schema": {"type": "string"}} for media in _RESULT_TYPES},
    },
    "304": {"description": "not modified (If-None-Match)"},
    "400": {"description": "missing, repeated or malformed query; SERVICE or nesting refused", "content": _TEXT},
    "406": {"description": "no acceptable result format for this query form", "content": _TEXT},
    "413": {"description": "query longer than PSYKGRAF_MAX_QUERY_LENGTH", "content": _TEXT},
    "414": {"description": "URL longer than PSYKGRAF_MAX_URL_LENGTH: use POST", "content": _TEXT},
    "415": {"description": "unsupported Content-Type (POST)", "content": _TEXT},
    "503": {
        "description": "queue full, waited too long, time limit or long-query rule; see Retry-After",
        "headers": {"Retry-After": {"schema": {"type": "integer"}}},
        "content": _TEXT,
    },
}
#: OpenAPI of ``GET /sparql`` (query in the URL) and ``POST /sparql`` (form or direct body).
SPARQL_GET: dict[str, Any] = {
    "parameters": [
        {"name": "query", "in": "query", "required": False, "description": "SPARQL 1.1 query", "schema": _QUERY_SCHEMA},
        *_DATASET,
    ],
    "responses": _RESPONSES,
}
SPARQL_POST: dict[str, Any] = {
    "parameters": _DATASET,
    "requestBody": {
        "required": True,
        "content": {
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "required": ["query"],
                    "properties": {"query": _QUERY_SCHEMA, "format": {"type": "string", "enum": _FORMATS}},
                }
            },
            "application/sparql-query": {"schema": _QUERY_SCHEMA},
        },
    },
    "responses": _RESPONSES,
}


def mount_docs(app: FastAPI) -> None:
    """``/api/docs`` (Swagger UI from local assets), ``/docs`` redirecting there."""
    router = APIRouter(include_in_schema=False)

    @router.get("/api/docs")
    async def docs_page() -> HTMLResponse:
        return HTMLResponse(_PAGE)

    @router.get("/api/docs/init.js")
    async def docs_init() -> Response:
        return Response(_INIT, media_type="text/javascript")

    @router.get("/docs")
    async def docs_redirect() -> RedirectResponse:
        return RedirectResponse("/api/docs", status_code=308)

    app.include_router(router)
    app.mount("/api/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="swagger-ui")
