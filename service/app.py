"""App factory: mounts the sparql, pages and meta routers on one build manager."""

from __future__ import annotations

import asyncio
import copy
import logging
import re
import time
import uuid
import warnings
from collections import Counter
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import pyoxigraph as ox
import uvicorn
import uvicorn.config
from fastapi import FastAPI
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from psykgraf.catalog import default_warnings
from psykgraf.settings import Settings
from service import api, catalogue, linked, meta, named_queries, pages, sparql, ui
from service.apidocs import SPARQL_GET, SPARQL_POST, mount_docs
from service.http import SECURITY_HEADERS, Guard
from service.metrics import Metrics
from service.state import BuildManager

__all__ = ["create_app", "run"]

_access = logging.getLogger("psykgraf.access")
_log = logging.getLogger("psykgraf")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_EXPOSED = ["ETag", "Link", "X-Psykgraf-Truncated", "Warning", "X-Request-ID", "Retry-After"]


class _Observe:
    """Request id, access log, metrics and the publish check, around every request.

    Plain ASGI so the duration covers a streamed body to its last byte.
    """

    def __init__(self, app: ASGIApp, holder: FastAPI) -> None:
        self.app = app
        self.holder = holder

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        manager: BuildManager = self.holder.state.manager
        metrics: Metrics = self.holder.state.metrics
        await manager.maybe_reload()
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex[:16]
        began = time.perf_counter()
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode()), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            seconds = time.perf_counter() - began
            route = scope.get("route")
            name = getattr(route, "path", "other")
            metrics.observe(name, scope["method"], status, seconds)
            # The path only: query strings may be long, and headers (tokens) are never logged.
            _access.info("%s %s %s %d %.1fms", request_id, scope["method"], scope["path"], status, seconds * 1000)


def create_app(settings: Settings, store: ox.Store | None = None) -> FastAPI:
    """Build the ASGI app; ``store`` (if given) is served instead of the published build.

    >>> create_app(Settings()).title
    'psykgraf'
    """
    manager = BuildManager(settings, store)
    for warning in default_warnings(settings):
        _log.warning(warning)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await manager.start()
        # Ready (``/health/ready``) once a query has gone through the pool end to end.
        probe = asyncio.create_task(manager.probe())
        try:
            yield
        finally:
            probe.cancel()
            await manager.close()

    app = FastAPI(title="psykgraf", lifespan=lifespan, docs_url=None, redoc_url=None, openapi_url="/api/openapi.json")
    mount_docs(app)
    app.state.manager = manager
    app.state.metrics = Metrics()
    app.include_router(sparql.router)
    app.include_router(catalogue.router)  # before pages: /vocab/{scheme}.ttl wins over /vocab/{scheme}
    app.include_router(pages.router)
    app.include_router(meta.router)
    app.include_router(api.router)
    app.include_router(named_queries.router)
    app.include_router(linked.router)
    app.include_router(ui.router)
    ui.mount_static(app)
    app.add_middleware(GZipMiddleware, minimum_size=1000)
    app.add_middleware(Guard, max_url=settings.max_url_length)  # inside CORS: its refusals get CORS too
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "HEAD", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=_EXPOSED,
        max_age=86400,
    )
    app.add_middleware(_Observe, holder=app)
    app.openapi = _unique_operation_ids(app)  # type: ignore[method-assign]
    return app


def _unique_operation_ids(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """OpenAPI with one operationId per operation.

    FastAPI gives a route serving GET and POST (``/sparql``, SPARQL 1.1 Protocol §2.1) the
    same operationId for both methods, which OpenAPI 3 forbids; suffix the method instead.
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Duplicate Operation ID")
            schema = generate()
        operations = [op for item in schema["paths"].values() for op in item.values() if "operationId" in op]
        counts = Counter(op["operationId"] for op in operations)
        for item in schema["paths"].values():
            for method, op in item.items():
                name = op.get("operationId")
                if name and counts[name] > 1:
                    op["operationId"] = re.sub(r"_(get|post|put|delete|patch)$", "", name) + f"_{method}"
        # /sparql reads its protocol parameters itself: describe them (and its media types) by hand.
        sparql_ops = schema["paths"].get("/sparql", {})
        for method, extra in (("get", SPARQL_GET), ("post", SPARQL_POST)):
            if method in sparql_ops:
                sparql_ops[method].update(extra)
        return schema

    return openapi


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """uvicorn options: the HTTP stack, its buffer sized for the URL limit, our access log instead of its own.

    h11 (the default) reads a POST that offers ``Upgrade: h2c`` (Java's HttpClient) like any
    other; httptools drops its body (uvicorn#2722). uvicorn's access log is off because it
    writes query strings (which may carry tokens); ``psykgraf.access`` logs paths only.

    >>> uvicorn_options(Settings())["access_log"]
    False
    """
    log_config = copy.deepcopy(uvicorn.config.LOGGING_CONFIG)
    log_config["loggers"]["psykgraf"] = {"handlers": ["default"], "level": "INFO", "propagate": False}
    options: dict[str, Any] = {
        "host": settings.host,
        "port": settings.port,
        "log_level": "info",
        "access_log": False,
        "log_config": log_config,
        "http": settings.http,
    }
    if settings.http == "h11":
        # Room for a URL up to the limit plus headers, so the app can answer 414 itself.
        options["h11_max_incomplete_event_size"] = settings.max_url_length + 64 * 1024
    return options


def run(settings: Settings) -> None:
    """Serve with uvicorn on ``settings.host``/``settings.port`` with ``settings.workers`` processes."""
    options = uvicorn_options(settings)
    if settings.workers > 1:
        # Several processes need an import string; service.asgi builds the app from the environment.
        uvicorn.run("service.asgi:app", workers=settings.workers, **options)
    else:
        uvicorn.run(create_app(settings), **options)
