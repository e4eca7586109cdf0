"""Fixtures: the real reports built and published (with downloads) into a temporary build folder, and a live server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from loader.pipeline import BuildResult
from loader.publish import publish, write_build
from tests.service.conftest import Live, serve, settings_for

#: The DCAT-AP(-SE) shapes beside the repository (never copied into it).
STANDARDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "standards" / "dcat-ap-se"
REPORTS = Path(__file__).resolve().parents[2] / "data" / "reports"


@pytest.fixture(scope="session")
def published(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``<tmp>/build/<version>`` with downloads, published as ``current``."""
    build_dir = tmp_path_factory.mktemp("catalogue-build")
    target = write_build(built, build_dir)
    publish(target)
    return target


@pytest.fixture(scope="session")
def live_catalogue(published: Path) -> Iterator[Live]:
    server = serve(settings_for(published.parent, update_token=None))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def harvester(live_catalogue: Live) -> Iterator[httpx.Client]:
    with live_catalogue.client() as client:
        yield client
