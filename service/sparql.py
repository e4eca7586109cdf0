"""SPARQL 1.1 Protocol router: ``/sparql`` (query + Service Description), ``/update``, ``/prefixes``."""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import AsyncIterator
from dataclasses import dataclass
from html import escape
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from service.admission import Refused, Ticket
from service.describe import serialize, service_description
from service.http import HeadAnswered
from service.media import GRAPH_TYPES, HTML, negotiate, resolve_format
from service.metrics import Metrics
from service.pool import LongQueryRefused, PoolBusy, PoolRetired, QueryError, QueryTimeout, WorkerLost, WorkerStream
from service.screen import Refusal, screen
from service.state import Build, BuildManager, CachedResult, UpdateFailed, UpdateUnsupported
from service.worker import QueryRequest

__all__ = ["Answer", "Refused", "StreamedAnswer", "client_of", "error_response", "router", "run_in_pool"]

router = APIRouter()
_FORM = "application/x-www-form-urlencoded"
_CACHE_CONTROL = "public, max-age=60"


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """A plain-text error body that says what went wrong (never a bare status)."""
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


class _ProtocolError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers


def _form(raw: bytes) -> dict[str, list[str]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _ProtocolError(400, f"request is not UTF-8: {error}") from error
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError as error:
        raise _ProtocolError(400, f"percent-encoded text is not UTF-8: {error}") from error


async def _body(request: Request, limit: int) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise _ProtocolError(413, f"request body of {length} bytes exceeds the limit of {limit} bytes")
    body = await request.body()
    if len(body) > limit:
        raise _ProtocolError(413, f"request body exceeds the limit of {limit} bytes")
    return body


def _one(params: dict[str, list[str]], name: str, required: bool = True) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise _ProtocolError(400, f"the '{name}' parameter was given {len(values)} times; give it once")
    if not values:
        if required:
            raise _ProtocolError(400, f"missing '{name}' parameter")
        return None
    return values[0]


async def _params(request: Request, operation: str, direct_type: str, limit: int) -> dict[str, list[str]]:
    """Protocol parameters of a GET or POST request (SPARQL 1.1 Protocol §2.1 / §2.2)."""
    url_params = _form(request.scope.get("query_string", b""))
    if request.method == "GET":
        return url_params
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await _body(request, limit)
    if content_type == _FORM:
        return _form(body)
    if content_type == direct_type:
        if operation in url_params:
            raise _ProtocolError(400, f"'{operation}' given both in the URL and as the request body")
        try:
            url_params[operation] = [body.decode("utf-8")]
        except UnicodeDecodeError as error:
            raise _ProtocolError(400, f"request body is not UTF-8: {error}") from error
        return url_params
    raise _ProtocolError(415, f"unsupported Content-Type {content_type or '(none)'}; use {_FORM} or {direct_type}")


def _format(values: list[str]) -> str | None:
    """The media type ``format=`` asks for; repeated values must agree (SPARQLWrapper sends two)."""
    chosen: set[str] = set()
    for value in values:
        # A comma-separated list (SPARQLWrapper: 'application/ld+json,application/x-json+ld') names
        # alternatives: the first one known wins.
        media = next((m for m in map(resolve_format, value.split(",")) if m is not None), None)
        if media is None:
            raise _ProtocolError(400, f"unknown format {value!r}")
        chosen.add(media)
    if len(chosen) > 1:
        raise _ProtocolError(400, f"the 'format' values {values!r} disagree; give one format")
    return chosen.pop() if chosen else None


@router.api_route("/sparql", methods=["GET", "POST"], name="sparql")
async def sparql(request: Request) -> Response:
    """SPARQL 1.1 query endpoint; GET without parameters returns the Service Description."""
    manager: BuildManager = request.app.state.manager
    settings = manager.settings
    try:
        params = await _params(request, "query", "application/sparql-query", settings.max_query_length)
        if request.method == "GET" and not params:
            return _service_description(request, manager)
        if "update" in params:
            raise _ProtocolError(400, "SPARQL Update goes to /update, not /sparql")
        query = _one(params, "query")
        assert query is not None
        if len(query.encode()) > settings.max_query_length:
            raise _ProtocolError(413, f"query exceeds the limit of {settings.max_query_length} bytes")
        media = _format(params.get("format", []))
    except _ProtocolError as error:
        return error_response(error.status, str(error), error.headers)
    default_graphs = tuple(params["default-graph-uri"]) if "default-graph-uri" in params else None
    named_graphs = tuple(params["named-graph-uri"]) if "named-graph-uri" in params else None
    return await _run(request, manager, query, media, default_graphs, named_graphs)


async def _run(
    request: Request,
    manager: BuildManager,
    query: str,
    media: str | None,
    default_graphs: tuple[str, ...] | None,
    named_graphs: tuple[str, ...] | None,
) -> Response:
    settings = manager.settings
    metrics: Metrics = request.app.state.metrics
    build = manager.build
    assert build is not None
    accept = request.headers.get("accept")
    key = (build.generation, default_graphs, named_graphs, query, media, accept)
    etag = build.etag(repr(key))
    headers = {"ETag": etag, "Cache-Control": _CACHE_CONTROL, "Vary": "Accept"}
    if request.method in ("GET", "HEAD") and request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    cached = manager.cache.get(key)
    if cached is not None:
        metrics.count("cache_hits")
        return Response(
            cached.body,
            media_type=cached.media_type,
            headers=headers | _truncation(cached.truncated, settings.row_cap),
        )
    metrics.count("cache_misses")
    try:
        screen(query, settings.max_query_depth, settings.service_allow, [])
    except Refusal as error:
        return error_response(error.status, str(error))
    job = QueryRequest(
        query,
        accept,
        media,
        default_graphs,
        named_graphs,
        tuple(manager.prefixes.items()),
        settings.row_cap,
    )
    try:
        answer = await run_in_pool(manager, build, metrics, job, client_of(request))
    except Refused as error:
        return error_response(503, str(error), {"Retry-After": str(error.retry_after)})
    except QueryError as error:
        return error_response(error.status, str(error))
    media_type = answer.head["media_type"]
    truncated = bool(answer.head["truncated"])
    if isinstance(answer.body, bytes):
        # The worker sent the whole result at once (SPARQL JSON/XML, booleans).
        if len(answer.body) <= manager.cache.max_bytes:
            manager.cache.put(key, CachedResult(media_type, truncated, answer.body))
        return Response(answer.body, media_type=media_type, headers=headers | _truncation(truncated, settings.row_cap))
    return StreamedAnswer(
        answer,
        _relay(manager, answer.body, key, media_type, truncated),
        media_type=media_type,
        headers=headers | _truncation(truncated, settings.row_cap),
    )


def client_of(request: Request) -> str:
    """The client's address: the unit of fairness for long-running queries."""
    return request.client.host if request.client is not None else ""


@dataclass
class Answer:
    """A query's result head and body, holding its admission ticket until :meth:`close`."""

    head: dict[str, Any]
    body: bytes | WorkerStream
    ticket: Ticket

    def close(self) -> None:
        """End the answer: an unfinished stream stops its query (worker killed), the slot is freed."""
        if isinstance(self.body, WorkerStream):
            self.body.close()
        self.ticket.release()


async def run_in_pool(manager: BuildManager, build: Build, metrics: Metrics, job: QueryRequest, client: str) -> Answer:
    """Admit ``job`` (FIFO queue) and run it in a killable query worker.

    Shared by /sparql and the named-query API. Refusals (queue full, waited too long, time
    limit, long-query rule, lost worker) are counted in the metrics and become
    :class:`Refused`; a worker's own error stays a pool ``QueryError``. A streamed answer
    keeps its admission slot until it is closed.
    """
    settings = manager.settings
    refusal: Refused
    try:
        async with manager.queries.admit() as ticket:
            try:
                while True:
                    try:
                        head, body = await build.pool.run(job, settings.query_timeout, ticket.remaining_wait, client)
                        break
                    except PoolRetired:
                        # A new build (or update) took over while this query waited: run it there.
                        assert manager.build is not None
                        build = manager.build
            except PoolBusy:
                metrics.count("busy")
                refusal = Refused("all query workers are busy; retry shortly", 1)
            except QueryTimeout:
                metrics.count("timeouts")
                refusal = Refused(f"query exceeded the time limit of {settings.query_timeout:g} s and was stopped", 5)
            except LongQueryRefused as error:
                metrics.count("long_refused")
                refusal = Refused(str(error), max(int(settings.long_query), 1))
            except WorkerLost as error:
                metrics.count("workers_lost")
                refusal = Refused(str(error), 1)
            else:
                if isinstance(body, WorkerStream):
                    ticket.keep()  # the response releases it when the stream ends
                return Answer(head, body, ticket)
    except Refused:  # from admission: the queue is full or the wait passed
        metrics.count("busy")
        raise
    raise refusal


class StreamedAnswer(StreamingResponse):
    """A streamed query result that stops its query as soon as the client goes away.

    Starlette notices a disconnect only at the next write; a query still computing would
    hold its worker until the time limit. Here a watcher on ``receive`` cancels the stream
    at once, and the answer is closed (worker freed or killed) however the response ends.
    """

    def __init__(self, answer: Answer, content: AsyncIterator[bytes], media_type: str, headers: dict[str, str]):
        super().__init__(content, media_type=media_type, headers=headers)
        self._answer = answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        streaming = asyncio.ensure_future(self.stream_response(send))
        watching = asyncio.ensure_future(_disconnected(receive))
        try:
            done, _ = await asyncio.wait({streaming, watching}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            streaming.cancel()
            watching.cancel()
            self._answer.close()
        if streaming in done:
            try:
                streaming.result()
            except HeadAnswered:
                pass  # a HEAD request: the worker was stopped once the head was sent


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _relay(
    manager: BuildManager,
    body: WorkerStream,
    key: tuple[object, ...],
    media_type: str,
    truncated: bool,
) -> AsyncIterator[bytes]:
    """Forward worker blocks to the client, keeping a copy for the cache while it stays small."""
    kept: list[bytes] | None = []
    size = 0
    async for block in body:
        if kept is not None:
            size += len(block)
            if size > manager.cache.max_bytes:
                kept = None
            else:
                kept.append(block)
        yield block
    if kept is not None:
        manager.cache.put(key, CachedResult(media_type, truncated, b"".join(kept)))


def _truncation(truncated: bool, cap: int) -> dict[str, str]:
    if not truncated:
        return {}
    return {"X-Psykgraf-Truncated": "true", "Warning": f'199 psykgraf "result truncated at {cap} rows"'}


def _service_description(request: Request, manager: BuildManager) -> Response:
    build = manager.build
    assert build is not None
    endpoint = str(request.url_for("sparql"))
    offered = [*GRAPH_TYPES, HTML]
    chosen = negotiate(request.headers.get("accept"), offered)
    headers = {"ETag": build.etag("sd", chosen or ""), "Vary": "Accept", "Cache-Control": _CACHE_CONTROL}
    if chosen is None:
        return error_response(406, f"Service Description is offered as {', '.join(offered)}")
    if chosen == HTML:
        from service.ui import sparql_page  # the query editor for browsers (service/ui.py)

        return sparql_page(request, endpoint)
    graphs = [g.value for g in build.store.named_graphs()]
    triples = service_description(endpoint, graphs, build.triples)
    prefixes = {"sd": "http://www.w3.org/ns/sparql-service-description#", "void": "http://rdfs.org/ns/void#"}
    return Response(serialize(triples, chosen, prefixes), media_type=chosen, headers=headers)


def _form_page(endpoint: str, manager: BuildManager) -> str:
    prefixes = "\n".join(f"PREFIX {k}: <{v}>" for k, v in manager.prefixes.items())
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>psykgraf SPARQL endpoint</title>"
        "</head><body><h1>psykgraf SPARQL endpoint</h1>"
        f"<p>Endpoint: <code>{escape(endpoint)}</code>. Predeclared prefixes (no need to repeat them):</p>"
        f"<pre>{escape(prefixes)}</pre>"
        f"<form method='post' action='{escape(endpoint)}'><textarea name='query' rows='12' cols='90'>"
        "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 20</textarea><br>"
        "<select name='format'><option>json</option><option>xml</option><option>csv</option>"
        "<option>tsv</option><option>turtle</option><option>jsonld</option></select> "
        "<button type='submit'>Run</button></form></body></html>"
    )


@router.post("/update", name="update")
async def update(request: Request) -> Response:
    """SPARQL 1.1 Update, only when an update token is configured; bearer token required."""
    manager: BuildManager = request.app.state.manager
    settings = manager.settings
    if settings.update_token is None:
        return error_response(404, "SPARQL Update is not enabled on this service")
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        return error_response(
            401, "SPARQL Update needs 'Authorization: Bearer <token>'", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(token.strip().encode(), settings.update_token.encode()):
        return error_response(403, "the bearer token is not valid for SPARQL Update")
    try:
        params = await _params(request, "update", "application/sparql-update", settings.max_query_length)
        text = _one(params, "update")
        assert text is not None
    except _ProtocolError as error:
        return error_response(error.status, str(error), error.headers)
    if len(text.encode()) > settings.max_query_length:
        return error_response(413, f"update exceeds the limit of {settings.max_query_length} bytes")
    try:
        screen(text, settings.max_query_depth, settings.service_allow, settings.load_allow)
        await manager.update(text)
    except Refusal as error:
        return error_response(error.status, str(error))
    except UpdateFailed as error:
        return error_response(error.status, str(error), {"Retry-After": "5"} if error.status == 503 else None)
    except UpdateUnsupported as error:
        return error_response(501, str(error))
    return Response(status_code=204, headers={"Cache-Control": "no-store"})


@router.get("/prefixes", name="prefixes")
async def prefixes(request: Request) -> JSONResponse:
    """The prefixes every query may use without declaring them."""
    manager: BuildManager = request.app.state.manager
    return JSONResponse(manager.prefixes)
