"""A deck exported with its text boxes' soft wraps and a running foot on the slides.

The deck below (``_DECK``) is made up in the conventions of such an export: a box's first line
opens with a space; a narrow box breaks its lines at soft wraps, keeping the space before each
break (written "~" below) and putting a blank line after it; every few slides end in a running foot "<Title>
<TAB><TAB><slide number>"; slide headings are letter-spaced; an agenda slide has dated lines
"<date> – <event>, <place>"; a slide on the themes of a webinar series numbers them. Line
numbers in the comments are those of ``_DECK``.
"""

from __future__ import annotations

from functools import cache

from loader.model import Mention
from tests.loader.slide_decks import kinds_named, read_deck

_DECK = """\
Kraftsamling för barns psykiska hälsa i Exempellän

Region Exempel och länets kommuner

 Nationellt stöd vi bygger på

 KFR:s Satsning för psykisk hälsa

 Nationellt programområde barn och~

unga (NPB) – kunskapsstöd

 Myndighetens vägledning~

Trygga barn i förskolan (2023)

 Kraftsamling Exempellän 2027\t\t4

 F Ö R Ä L D R A R  O C H~

S K O L A

 Föräldraprogrammet~

Lugna tonåren

För föräldrar till tonåringar~

12–17 år

 ABC – Aktiva barn i~

Centrum

Ett skolbaserat förebyggande~

program för elever i årskurs 7

 Projektet Lávvu –~

trygga samiska barn

Drivs av kommunerna 2026–2028

 Riktlinje: Stöd efter~

en kris i skolan

För rektorer

 Kraftsamling Exempellän 2027\t\t5

 D E T  H Ä R  H Ä N D E R  2 0 2 7

 6 mars – Workshop för~

nätverken, Norrby

 Hösten 2027 – Lansering av~

Vi Syns

 Kraftsamling Exempellän 2027\t\t6

 Teman i webbinarieserien

1. Stress och skola

2. Vänskap på nätet

 Kraftsamling Exempellän 2027\t\t7
"""


@cache
def _mentions() -> tuple[Mention, ...]:
    return read_deck(_DECK)


def _kinds(name: str) -> list[str]:
    return kinds_named(_mentions(), name)


def test_running_foot_with_slide_number_is_no_initiative() -> None:
    # _DECK:17, :51, :63, :71 "Kraftsamling Exempellän 2027<TAB><TAB>4" …: page furniture
    assert not any("2027" in m.name for m in _mentions())


def test_box_title_wrapped_at_soft_breaks_is_one_name() -> None:
    # _DECK:9-11 "Nationellt programområde barn och " / "unga (NPB) – kunskapsstöd"
    assert _kinds("Nationellt programområde barn och unga") == ["actor"]
    # _DECK:31-33 "ABC – Aktiva barn i " / "Centrum" over "Ett skolbaserat förebyggande " / "program …"
    assert _kinds("ABC – Aktiva barn i Centrum") == ["resource"]


def test_kind_noun_alone_on_its_line_is_followed_by_the_name() -> None:
    # _DECK:23-25 "Föräldraprogrammet " / "Lugna tonåren"
    assert _kinds("Lugna tonåren") == ["resource"]
    # _DECK:13-15 "Myndighetens vägledning " / "Trygga barn i förskolan (2023)"
    assert _kinds("Trygga barn i förskolan") == ["resource"]


def test_kind_noun_before_a_name_with_a_dash_subtitle() -> None:
    # _DECK:39-41 "Projektet Lávvu – " / "trygga samiska barn": the subtitle is part of the name
    assert _kinds("Lávvu – trygga samiska barn") == ["initiative"]
    # _DECK:45-47 "Riktlinje: Stöd efter " / "en kris i skolan"
    assert _kinds("Stöd efter en kris i skolan") == ["resource"]


def test_abbreviated_owner_before_a_title_is_no_part_of_the_name() -> None:
    # _DECK:7 "KFR:s Satsning för psykisk hälsa"
    assert _kinds("Satsning för psykisk hälsa") == ["initiative"]


def test_dated_agenda_lines_are_events_without_date_or_place() -> None:
    # _DECK:55-57 "6 mars – Workshop för " / "nätverken, Norrby"
    assert _kinds("Workshop för nätverken") == ["event"]
    # _DECK:59-61 "Hösten 2027 – Lansering av " / "Vi Syns"
    assert _kinds("Lansering av Vi Syns") == ["event"]


def test_numbered_themes_of_a_webinar_series_are_events() -> None:
    # _DECK:65 "Teman i webbinarieserien" over :67 "1. Stress och skola", :69 "2. Vänskap på nätet"
    assert _kinds("Stress och skola") == ["event"]
    assert _kinds("Vänskap på nätet") == ["event"]
