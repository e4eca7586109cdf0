"""Fixtures: a published build made from fixtures/graph.trig and a real uvicorn server in a thread."""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import uvicorn
from fastapi import FastAPI

from psykgraf.settings import Settings
from service.app import create_app, uvicorn_options

FIXTURES = Path(__file__).parent / "fixtures"
BASE = "https://w3id.org/psykgraf/"


def fixture_nquads(extra: str = "") -> str:
    """The fixture graph as sorted N-Quads (what the loader publishes), plus ``extra`` lines."""
    quads = ox.parse(path=str(FIXTURES / "graph.trig"), format=ox.RdfFormat.TRIG)
    text = (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode() + extra
    return "".join(sorted(text.splitlines(keepends=True)))


def publish(build_dir: Path, version: str, extra: str = "") -> Path:
    """Write ``build_dir/version`` and point ``current`` at it atomically, as the loader does."""
    directory = build_dir / version
    (directory / "docs").mkdir(parents=True)
    nquads = fixture_nquads(extra)
    (directory / "graph.nq").write_text(nquads, encoding="utf-8")
    (directory / "build.json").write_text(json.dumps({"version": version, "triples": nquads.count("\n")}))
    (directory / "docs" / "ontology.html").write_text("<html><body><h1>psykgraf ontology</h1></body></html>")
    link = build_dir / f".current-{version}"
    link.symlink_to(directory.name)
    os.replace(link, build_dir / "current")
    return directory


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Live:
    """A running server: its URL, app and settings."""

    url: str
    app: FastAPI
    settings: Settings
    server: uvicorn.Server
    thread: threading.Thread

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **kwargs)  # type: ignore[arg-type]

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(20)


def serve(settings: Settings) -> Live:
    """Start uvicorn in a thread on a free port and wait until it answers."""
    app = create_app(settings)
    port = _free_port()
    options = uvicorn_options(settings) | {"host": "127.0.0.1", "port": port, "log_level": "warning"}
    options.pop("log_config")  # keep pytest's logging setup
    server = uvicorn.Server(uvicorn.Config(app, **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not (server.started and app.state.manager.ready):
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("test server did not start")
        time.sleep(0.02)
    return Live(f"http://127.0.0.1:{port}", app, settings, server, thread)


def settings_for(build_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "build_dir": build_dir,
        "query_timeout": 2.0,
        "query_workers": 2,
        "row_cap": 5,
        "max_query_length": 4000,
        "max_concurrency": 6,
        "queue_wait": 1.0,
        "reload_check_interval": 0.1,
        "update_token": "s3cret-token",
    }
    return Settings(**(values | overrides))  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    build_dir = tmp_path_factory.mktemp("build")
    publish(build_dir, "v1")
    server = serve(settings_for(build_dir, update_token=None))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def http(live: Live) -> Iterator[httpx.Client]:
    with live.client() as client:
        yield client
