"""The module-level ASGI app (``uvicorn service.asgi:app``), configured from the environment."""

from __future__ import annotations

from psykgraf.settings import Settings
from service.app import create_app

__all__ = ["app"]

app = create_app(Settings())
