"""The ``Layout`` protocol: recognise a report shape by its features, extract mentions.

A layout never looks at file names. ``score`` says how strongly a document shows the
layout's features (0.0–1.0); the pipeline runs every layout scoring at least
:data:`THRESHOLD`, so a report with a body and appendices gets both layouts.

A layout subclasses the protocol to take its defaults (``listed_lines``: no lines); a class that
only has ``score`` and ``extract`` is not a layout.

>>> from loader.model import Document, Line
>>> class Empty(Layout):
...     name = "empty"
...     def score(self, doc: Document) -> float: return 0.0
...     def extract(self, doc: Document) -> list: return []
>>> isinstance(Empty(), Layout), Empty().listed_lines(Document("r", (Line(1, "x"),)))
(True, frozenset())
>>> class Partial:
...     name = "partial"
...     def score(self, doc: Document) -> float: return 0.0
...     def extract(self, doc: Document) -> list: return []
>>> isinstance(Partial(), Layout)
False
"""

from __future__ import annotations

from functools import cache
from typing import Protocol, runtime_checkable

from rdflib import Graph, Namespace, URIRef

from loader.layouts.cues import stem_key
from loader.lexicon import VOCAB_DIR
from loader.model import Document, Mention

__all__ = ["THRESHOLD", "Layout", "form_nouns", "form_words"]

_FORM_NS = Namespace("https://w3id.org/psykgraf/vocab/resource-form/")
_FORM_SCHEME = URIRef("https://w3id.org/psykgraf/vocab/resource-form")

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

    def listed_lines(self, doc: Document) -> frozenset[int]:
        """Numbers of the lines this layout reads as list furniture (an inventory's list headings, an
        appendix's organisations one a line): no sentence, so the reader of running text sees them blank.
        A layout that names none lists nothing (this default, for layouts that subclass the protocol).
        """
        return frozenset()


@cache
def form_words(annotation: str) -> tuple[str, ...]:
    """The Swedish nouns an annotation of the resource-form scheme lists, as written, longest first
    (for patterns that inflect them themselves).

    >>> "fortsättning" in form_words("variantNoun")
    True
    """
    graph = Graph().parse(VOCAB_DIR / "resource-form.ttl")
    words = {str(o) for o in graph.objects(_FORM_SCHEME, _FORM_NS[annotation])}
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def form_nouns(annotation: str) -> frozenset[str]:
    """Stem keys of the Swedish nouns an annotation of the resource-form scheme lists
    (``revisionNoun``, ``titleNoun`` in ontology/vocab/resource-form.ttl): layouts read
    their domain words from the vocabulary, and match inflections by stem.

    >>> stem_key("Revideringen") in form_nouns("revisionNoun")
    True
    >>> form_nouns("noSuchAnnotation")
    frozenset()
    """
    return frozenset(stem_key(word) for word in form_words(annotation))
