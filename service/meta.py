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
    """Liveness: build version, triple count, uptime and worker state ("degraded" while workers are missing)."""
    manager: BuildManager = request.app.state.manager
    build = manager.build
    assert build is not None
    missing = build.pool.missing
    return JSONResponse(
        {
            "status": "degraded" if missing else "ok",
            "ready": manager.ready,
            "missing_workers": missing,
            "queued_queries": manager.queries.waiting,
            "replay_failures": manager.replay_failures,
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


@router.get("/health/ready", name="ready")
async def ready(request: Request) -> JSONResponse:
    """Readiness: 200 once the workers have loaded the build and answered a probe, and while any is live."""
    manager: BuildManager = request.app.state.manager
    build = manager.build
    live = len(build.pool.pids()) if build is not None else 0
    if not manager.ready or live == 0:
        reason = "query workers are starting" if not manager.ready else "no query worker is live"
        headers = {"Retry-After": "1", "Cache-Control": "no-store"}
        return JSONResponse({"status": "not ready", "reason": reason}, status_code=503, headers=headers)
    return JSONResponse({"status": "ready", "query_workers": live}, headers={"Cache-Control": "no-store"})


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
        "query_workers_missing": float(build.pool.missing),
        "queued_queries": float(manager.queries.waiting),
        "long_queries_refused": float(build.pool.long_refused),
        "build_reloads": float(manager.reloads),
    }
    return PlainTextResponse(
        m.render(gauges), media_type="text/plain; version=0.0.4", headers={"Cache-Control": "no-store"}
    )
