"""Meta router: ``/health`` and ``/metrics`` (VoID and the dump moved to ``service/catalogue.py``)."""

from __future__ import annotations

import time

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from service.metrics import Metrics
from service.state import BuildManager

__all__ = ["router"]

router = APIRouter()


@router.get("/health", name="health")
async def health(request: Request) -> JSONResponse:
    """Build version, triple count, uptime and worker state."""
    manager: BuildManager = request.app.state.manager
    build = manager.build
    assert build is not None
    return JSONResponse(
        {
            "status": "ok",
            "version": build.version,
            "generation": build.generation,
            "triples": build.triples,
            "uptime_seconds": round(time.time() - manager.started, 3),
            "build_loaded_at": build.loaded_at,
            "query_workers": build.pool.pids(),
            "active_queries": manager.active,
        },
        headers={"Cache-Control": "no-store"},
    )


@router.get("/metrics", name="metrics")
async def metrics(request: Request) -> PlainTextResponse:
    """Prometheus text exposition."""
    manager: BuildManager = request.app.state.manager
    m: Metrics = request.app.state.metrics
    build = manager.build
    assert build is not None
    gauges = {
        "triples": float(build.triples),
        "active_queries": float(manager.active),
        "uptime_seconds": round(time.time() - manager.started, 3),
        "cache_entries": float(len(manager.cache)),
        "worker_respawns": float(build.pool.respawns),
        "build_reloads": float(manager.reloads),
    }
    return PlainTextResponse(
        m.render(gauges), media_type="text/plain; version=0.0.4", headers={"Cache-Control": "no-store"}
    )
