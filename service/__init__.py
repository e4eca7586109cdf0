"""psykgraf service: SPARQL protocol, linked data, facet API."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from psykgraf.settings import Settings

__all__ = ["run"]


def run(settings: Settings) -> None:
    """Serve with uvicorn; imported lazily so query workers start without FastAPI."""
    from service.app import run as _run

    _run(settings)
