"""A calendar slide whose items give the occasion's name first and its date after it.

The deck below is made up: its list glyphs are lost in the export (each item line opens with a
space), a date follows the name after a dash or a comma, or in brackets after the place, and one
date wraps to a line of its own that opens with the dash. A clause with a date is no event.
"""

from __future__ import annotations

from functools import cache

from loader.layouts.slides import SlidesLayout
from loader.model import Document, Line, Mention

_DECK = """\
Tillsammans för unga i Exempeldalen

Exempelby kommun och Region Exempel


 K A L E N D E R  2 0 3 1

 Regiondagen Unga i Exempeldalen – 4 april 2031,~

Exempelby

 Kvällsträff: Vänskap och skärmar –~

12 september

 Kvällsträff: Att lyssna på sin dotter~

– 7 november

 Exempelporten – lärträff, oktober 2031, Storby

 Dalarnas dagar om hälsa~

(Storby, 1–2 december 2031)

 Styrgruppen träffas – 10 oktober



Tack!
"""


@cache
def _mentions() -> tuple[Mention, ...]:
    # "~" at a line's end stands for the space the export keeps before a soft wrap.
    text = _DECK.replace("~\n", " \n")
    lines = tuple(Line(n, t) for n, t in enumerate(text.split("\n"), start=1))
    return tuple(SlidesLayout().extract(Document(report="deck", lines=lines)))


def _event(name: str) -> Mention:
    found = [m for m in _mentions() if m.name == name and m.kind == "event"]
    assert found, f"no event named {name!r}: {[m.name for m in _mentions()]}"
    return found[0]


def test_name_before_a_dash_and_a_full_date_with_place() -> None:
    day = _event("Regiondagen Unga i Exempeldalen")
    assert day.start == "2031-04-04" and day.location == "Exempelby"


def test_date_after_a_dash_without_a_year_is_no_part_of_the_name() -> None:
    assert "september" in _event("Kvällsträff: Vänskap och skärmar").description


def test_date_wrapped_to_a_line_opening_with_the_dash() -> None:
    assert "7 november" in _event("Kvällsträff: Att lyssna på sin dotter").description


def test_date_after_a_comma_and_in_brackets_after_the_place() -> None:
    assert _event("Exempelporten – lärträff").location == "Storby"
    assert _event("Dalarnas dagar om hälsa").location == "Storby"


def test_a_clause_with_a_date_is_no_event() -> None:
    assert not any(m.kind == "event" and "träffas" in m.name for m in _mentions())
