"""Request plumbing shared by the API routers: the current build, its index, timed store work, ETags."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TypeVar

from fastapi import Request
from fastapi.responses import Response

from psykgraf.facet_index import ApiIndex, build_index
from service.admission import Refused
from service.errors import BadParam, Unavailable, shown
from service.state import Build, BuildManager

__all__ = ["CACHE_CONTROL", "MAX_ALLOWED", "allowed_slugs", "blocking", "cached", "current", "index_of", "slug_error"]

CACHE_CONTROL = "public, max-age=60"
MAX_ALLOWED = 100  # longer lists of allowed values are not spelled out in a 400

T = TypeVar("T")


def current(request: Request) -> tuple[BuildManager, Build]:
    manager: BuildManager = request.app.state.manager
    build = manager.build
    assert build is not None
    return manager, build


def index_of(request: Request, build: Build) -> ApiIndex:
    """The index of ``build`` (built on first use, in the calling worker thread)."""
    state = request.app.state
    key = (id(build), build.generation)
    cached: tuple[tuple[int, str], ApiIndex] | None = getattr(state, "api_index", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    manager: BuildManager = state.manager
    index = build_index(build.store, manager.settings.base_iri)
    state.api_index = (key, index)
    return index


async def blocking(request: Request, work: Callable[[], T]) -> T:
    """Run store work in a thread, admitted through the lookup queue and bounded by the timeout.

    The linked-data pages also read the main process's store; pyoxigraph cannot cancel a
    query, so past the timeout the client gets 503 while the thread finishes on its own.
    """
    manager, _ = current(request)
    settings = manager.settings
    try:
        async with manager.lookups.admit():
            return await asyncio.wait_for(asyncio.to_thread(work), timeout=settings.query_timeout)
    except Refused as error:
        raise Unavailable(str(error), error.retry_after) from None
    except TimeoutError as error:
        raise Unavailable(f"query exceeded the time limit of {settings.query_timeout:g} s", 5) from error


def cached(request: Request, build: Build, *parts: str) -> tuple[str, Response | None]:
    etag = build.etag("api", request.url.path, *parts)
    if request.headers.get("if-none-match") == etag:
        return etag, Response(status_code=304, headers={"ETag": etag, "Cache-Control": CACHE_CONTROL})
    return etag, None


def allowed_slugs(slugs: dict[str, str]) -> list[str]:
    return sorted(slugs) if len(slugs) <= MAX_ALLOWED else []


def slug_error(kind: str, parameter: str, value: str, slugs: dict[str, str]) -> BadParam:
    hint = (
        ""
        if len(slugs) <= MAX_ALLOWED
        else (
            f"; {len(slugs)} {kind} slugs are known (too many to list): the slug is the last part of "
            f"the {kind}'s IRI, e.g. /id/{kind}/<slug>, see the SPARQL endpoint /sparql"
        )
    )
    return BadParam(f"unknown {kind} slug {shown(value)}{hint}", parameter, allowed_slugs(slugs))
