"""The ``Layout`` protocol: recognise a report shape by its features, extract mentions.

A layout never looks at file names. ``score`` says how strongly a document shows the
layout's features (0.0–1.0); the pipeline runs every layout scoring at least
:data:`THRESHOLD`, so a report with a body and appendices gets both layouts.

>>> from loader.model import Document, Line
>>> class Empty:
...     name = "empty"
...     def score(self, doc: Document) -> float: return 0.0
...     def extract(self, doc: Document) -> list: return []
>>> isinstance(Empty(), Layout)
True
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from loader.model import Document, Mention

__all__ = ["THRESHOLD", "Layout"]

THRESHOLD = 0.5


@runtime_checkable
class Layout(Protocol):
    """A report shape: inventory, numbered report, appendix tables, slides, action plan."""

    name: str

    def score(self, doc: Document) -> float:
        """How strongly ``doc`` shows this layout's features, 0.0–1.0."""
        ...

    def extract(self, doc: Document) -> list[Mention]:
        """Every mention of this layout's part of ``doc``, in text order."""
        ...
