"""The public names of each service module are pinned."""

from __future__ import annotations

import importlib

import pytest

EXPECTED = {
    "service.app": ["create_app", "run"],
    "service.media": ["negotiate", "resolve_format", "MEDIA", "GRAPH_TYPES", "SOLUTION_TYPES"],
    "service.pool": ["WorkerPool", "PoolBusy", "QueryTimeout", "QueryError"],
    "service.state": ["BuildManager", "ResultCache"],
    "service.prefixes": ["prefixes_for", "WELL_KNOWN"],
}


@pytest.mark.parametrize("module", sorted(EXPECTED))
def test_exports(module: str) -> None:
    mod = importlib.import_module(module)
    assert set(EXPECTED[module]) <= set(mod.__all__)
    for name in mod.__all__:
        assert hasattr(mod, name), name
