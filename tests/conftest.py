"""Shared fixtures: one build of the five reports per test session, and a clean environment."""

from __future__ import annotations

import os

import pyoxigraph
import pytest

from loader.pipeline import BuildResult, build
from psykgraf.settings import Settings


@pytest.fixture(autouse=True)
def _clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see the developer's PSYKGRAF_* settings (as httpx's clean_environ)."""
    for key in list(os.environ):
        if key.startswith("PSYKGRAF_"):
            monkeypatch.delenv(key)


@pytest.fixture(scope="session")
def built() -> BuildResult:
    """The graph built from data/reports/ (the real reports), once per session."""
    return build(Settings())


@pytest.fixture(scope="session")
def built_store(built: BuildResult) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    store.bulk_load("\n".join(built.lines).encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    return store
