"""Agreements read from made-up sentences, shared by the agreement tests."""

from __future__ import annotations

from loader import agreements
from loader.model import Document, Line, Mention


def read_agreements(*lines: str) -> list[Mention]:
    """The agreements of a report made of ``lines``, each a paragraph of its own."""
    text: list[str] = []
    for line in lines:
        text += [line, ""]
    return agreements.extract(Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text))))
