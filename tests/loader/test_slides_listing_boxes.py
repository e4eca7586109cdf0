"""A deck whose every text box opens with a space, its lines soft-wrapped over blank lines.

The deck below (``_DECK``) is made up in the conventions of such an export: each text box's first
line is indented by one space (the mark of a slide's or a box's title) and keeps the space before
each soft wrap ("~" below); a blank line stands between all lines, two between slides. A listing
slide gives things as "<Name> – <what it is>" boxes, one of them a place after a definite kind
noun, one an abbreviation spelled out; a participant list has a heading of no one sector; a group
named first by a common noun is taken up on the next slide by its definite noun and its name.
Line numbers in the comments are those of ``_DECK``.
"""

from __future__ import annotations

from functools import cache

from loader.layouts.slides import sector_types
from loader.model import Mention
from tests.loader.slide_decks import kinds_named, one_named, read_deck

_DECK = """\
Starkare tillsammans

Exempellänets satsning för unga

Region Exempel och Exempelby kommun


 D e l t a g a r e

Regionala aktörer

Region Exempel

Exempelby University

Kommuner

Exempelby kommun

Åbyns kommun


 V a d  f i n n s ?

 Kompislinjen online –~

digital rådgivning för unga 13–19 år

 Skolguiden Exempelby – för~

elevhälsans personal

 Lugna kvällar – föräldraprogram för~

föräldrar med barn 4–10 år

 KBS – Kloka Barn i Skolan


 G r u p p e r

 Arbetsgruppen Trygg skola

 Länets brukarråd

 B r u k a r n a s  r ö s t

Brukarrådet Röster i Exempellän~

träffas fyra gånger per år och~

ger råd till ledningen


 N a t i o n e l l t

SKR:s Satsning för psykisk hälsa startade~

2018 och samlar många organisationer.


 M o d e l l :  S t e g  f ö r  s t e g

 Ett stöd för unga 13–17 år med oro

 Bemannas av elevhälsan

 Modellen togs fram 2025
"""


@cache
def _mentions() -> tuple[Mention, ...]:
    return read_deck(_DECK)


def _kinds(name: str) -> list[str]:
    return kinds_named(_mentions(), name)


def _one(name: str) -> Mention:
    return one_named(_mentions(), name)


def test_a_heading_of_no_one_sector_still_lists_participants() -> None:
    # _DECK:10-14 "Regionala aktörer" / "Region Exempel" / "Exempelby University"
    assert sector_types("Regionala aktörer") == ()
    assert _kinds("Exempelby University") == ["actor"]
    assert not any(m.name == "Regionala aktörer" for m in _mentions())


def test_a_name_of_two_words_with_an_apposition_saying_whom_of_what_age() -> None:
    # _DECK:25-27 " Kompislinjen online – " / "digital rådgivning för unga 13–19 år"
    thing = _one("Kompislinjen online – digital rådgivning för unga 13–19 år")
    assert thing.kind == "resource"
    assert "Kompislinjen online" in thing.alt_names
    # _DECK:33-35 "Lugna kvällar – föräldraprogram för …": the apposition names the kind
    assert _kinds("Lugna kvällar – föräldraprogram för föräldrar med barn 4–10 år") == ["resource"]


def test_a_place_after_a_definite_kind_noun_is_part_of_the_name() -> None:
    # _DECK:29-31 " Skolguiden Exempelby – för " / "elevhälsans personal"; Exempelby is a place of
    # the deck ("Exempelby kommun")
    assert _kinds("Skolguiden Exempelby") == ["resource"]
    assert not any(m.name.startswith("Exempelby –") or m.name == "Exempelby" for m in _mentions())


def test_an_abbreviation_spelled_out_among_named_things() -> None:
    # _DECK:37 " KBS – Kloka Barn i Skolan" after boxes read as resources
    thing = _one("KBS – Kloka Barn i Skolan")
    assert thing.kind == "resource"
    assert {"KBS", "Kloka Barn i Skolan"} <= set(thing.alt_names)


def test_a_letter_spaced_slide_title_is_described_by_its_boxes() -> None:
    # _DECK:61-67 " M o d e l l :  S t e g  f ö r  s t e g" over boxes each opened by an indented line
    model = _one("Steg för steg")
    assert model.kind == "resource"
    assert "13–17 år" in model.description
    assert "togs fram 2025" in model.description


def test_a_group_taken_up_by_its_definite_noun_and_name_is_one_group() -> None:
    # _DECK:44 " Länets brukarråd", then _DECK:48-52 "Brukarrådet Röster i Exempellän" /
    # "träffas fyra gånger per år och" / …: the predicate is no part of the name
    groups = [m for m in _mentions() if m.kind == "actor" and "brukarråd" in " ".join((m.name, *m.alt_names)).lower()]
    assert len(groups) == 1
    assert "Röster i Exempellän" in groups[0].alt_names
    assert not any("träffas" in m.name for m in _mentions())


def test_a_verb_ends_an_owned_title() -> None:
    # _DECK:58 "SKR:s Satsning för psykisk hälsa startade " / "2018 och …"
    assert _kinds("Satsning för psykisk hälsa") == ["initiative"]
    # the sentence the title opens, over its wrapped line, says what it is
    assert "samlar många organisationer" in _one("Satsning för psykisk hälsa").description
    assert not any(m.name.endswith("startade") for m in _mentions())
