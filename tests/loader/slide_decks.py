"""Reading a made-up deck in the slide tests.

In a test deck, "~" at a line's end stands for the space the export keeps before a soft wrap, and
"§" for the Symbol-font box glyph U+F0A7 (both invisible or unprintable in a test's source).
"""

from __future__ import annotations

from loader.layouts.slides import SlidesLayout
from loader.model import Document, Line, Mention


def read_deck(deck: str) -> tuple[Mention, ...]:
    """What the slides layout reads in ``deck``."""
    text = deck.replace("~\n", " \n").replace("§", "\uf0a7")
    lines = tuple(Line(n, t) for n, t in enumerate(text.split("\n"), start=1))
    return tuple(SlidesLayout().extract(Document(report="deck", lines=lines)))


def kinds_named(mentions: tuple[Mention, ...], name: str) -> list[str]:
    """The kinds of the things read under exactly ``name``."""
    return [m.kind for m in mentions if m.name == name]


def one_named(mentions: tuple[Mention, ...], name: str) -> Mention:
    """The first thing read under exactly ``name``; a test fails when there is none."""
    found = [m for m in mentions if m.name == name]
    assert found, f"nothing named {name!r}"
    return found[0]


def deck_text(slides: list[list[str]], foot: str, tight: tuple[int, ...] = ()) -> str:
    """A deck of ``slides`` (title first), each closed by its foot; slides numbered in ``tight``
    are single-spaced."""
    out: list[str] = []
    for n, slide in enumerate(slides, start=1):
        title = slide[0] if n == 1 else " " + slide[0]
        sep = "\n" if n in tight else "\n\n"
        out.append(sep.join([title, *slide[1:], foot.format(n=n, total=len(slides))]))
    return "\n\n\n".join(out)
