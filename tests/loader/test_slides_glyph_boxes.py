"""A deck whose text boxes open with a Symbol-font glyph and whose calendar is a bullet list.

The deck below (``_DECK``) is made up in the conventions of such an export: a slide's title line
opens with a space; each text box on a slide opens with a private-use glyph (U+F0A7, written
"§" below) and its title wraps over the next lines with no space kept before the break; a box
title is a kind noun alone in the definite form over the name, "<Name> – <what it is>", an
event noun before the event's own name, "<Owner>s <name ending in a kind noun>", a kind label
and a name with its abbreviation in brackets; a calendar slide lists "• <date>: <event>" items
whose names wrap. Line numbers in the comments are those of ``_DECK``.
"""

from __future__ import annotations

from functools import cache

from loader.layouts.slides import _join
from loader.model import Mention
from tests.loader.slide_decks import kinds_named, one_named, read_deck

_DECK = """\
Kraftsamling för unga i Exempellän

Region Exempel och länets kommuner

 Stöd vi bygger på

§ Exempelverkets Ung Väg-
guide

§ Sovrummet – nationell
webbplats för unga 15–20 år

 I S K O L A N

§ Lektionsprogrammet
Modiga steg
Ett program om mod och vänskap
för elever 9–12 år

§ Kursen: Samtal som hjälper
i vardagen (SSH)
för personal i fritidsgården

§ Stegkraft – stöd
för föräldrar till barn 6–11 år
Tre träffar per termin


§ Webbinarium Tala om sömn
och skärmar
– 3 november 2027

 Kalender 2028

• 4 februari: Regionkonferens~
Unga i Exempellän

• Mars: Nätverksträff~
Trygg skola

• Hösten: Ung Väg –~
uppföljningsseminarium

• 10 okt: Styrgruppen träffas

 Tack!
"""


@cache
def _mentions() -> tuple[Mention, ...]:
    return read_deck(_DECK)


def _kinds(name: str) -> list[str]:
    return kinds_named(_mentions(), name)


def _one(name: str) -> Mention:
    return one_named(_mentions(), name)


def test_kind_noun_alone_in_a_glyph_box_is_followed_by_the_name() -> None:
    # _DECK:14-15 "§ Lektionsprogrammet" / "Modiga steg"
    assert _kinds("Modiga steg") == ["resource"]
    assert "9–12 år" in _one("Modiga steg").description  # the box's lines below its title


def test_name_with_a_dash_apposition_in_a_glyph_box() -> None:
    # _DECK:9-10 "§ Sovrummet – nationell" / "webbplats för unga 15–20 år"
    assert _kinds("Sovrummet – nationell webbplats för unga 15–20 år") == ["resource"]
    # _DECK:23-24 "§ Stegkraft – stöd" / "för föräldrar till barn 6–11 år"
    assert _kinds("Stegkraft – stöd för föräldrar till barn 6–11 år") == ["resource"]
    assert "Stegkraft" in _one("Stegkraft – stöd för föräldrar till barn 6–11 år").alt_names


def test_kind_label_and_name_end_at_the_abbreviation() -> None:
    # _DECK:19-21 "§ Kursen: Samtal som hjälper" / "i vardagen (SSH)" / "för personal …"
    assert _kinds("Samtal som hjälper i vardagen") == ["resource"]


def test_event_noun_before_a_name_with_its_date_below() -> None:
    # _DECK:28-30 "§ Webbinarium Tala om sömn" / "och skärmar" / "– 3 november 2027"
    event = _one("Webbinarium Tala om sömn och skärmar")
    assert event.kind == "event"
    assert event.start == "2027-11-03"


def test_owner_in_the_genitive_before_a_compound_name() -> None:
    # _DECK:6-7 "§ Exempelverkets Ung Väg-" / "guide": the hyphen is the compound's own
    assert _kinds("Ung Väg-guide") == ["resource"]
    assert not any(m.name.endswith("Väggguide") or "Väguide" in m.name for m in _mentions())


def test_hyphen_after_a_name_of_several_words_is_kept() -> None:
    assert _join(["Uppdrag Exempel Första linjen-", "kartan"]) == "Uppdrag Exempel Första linjen-kartan"
    assert _join(["arbete med hälso-", "främjande"]) == "arbete med hälsofrämjande"


def test_calendar_items_are_events_named_without_their_date() -> None:
    # _DECK:34-35 "• 4 februari: Regionkonferens " / "Unga i Exempellän"; year from the slide title
    day = _one("Regionkonferens Unga i Exempellän")
    assert day.kind == "event" and day.start == "2028"
    # _DECK:37-38 "• Mars: Nätverksträff " / "Trygg skola": a meeting, not a network
    assert _kinds("Nätverksträff Trygg skola") == ["event"]
    assert not _kinds("Trygg skola")
    # _DECK:40-41 "• Hösten: Ung Väg – " / "uppföljningsseminarium"
    assert _kinds("Ung Väg – uppföljningsseminarium") == ["event"]


def test_calendar_item_without_a_kind_noun_is_no_event() -> None:
    # _DECK:43 "• 10 okt: Styrgruppen träffas": a meeting of a group, no named event
    assert not any(m.kind == "event" and "träffas" in m.name for m in _mentions())
