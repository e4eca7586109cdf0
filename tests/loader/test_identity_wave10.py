"""Actors and identity of the tenth wave: general conventions, each pinned on made-up text in two wordings
and a case that must not fire. Instances in the tuned sets (the texts are not copied; names below are made up):

* A weak adjective, a definite unit noun and the proper name of the area it serves are one name:
  blind18 2067-handlingsplan…txt:4, 35, 150-151 "Politiska styrgruppen <area>", :139 "Mobila teamet <name>";
  blind6 2030-slutrapport…txt:119 "Suicidpreventiva nätverket <area>"; blind12 2043-handlingsplan…txt:160, 169
  "Politiska samrådet <area>". Without a proper name the two words alone name the body (dev 2019-kraftsamling
  …txt:1840 "Proaktiva teamet (…)"), never with the space after them.
* A national association's local branch is named by a place of the report, a sub-region with a compass adjective
  included: blind18 plan:141 "NSPH <sub-region>" beside "Räddningstjänsten Östra <sub-region>"; blind10
  2036-handlingsplan…txt:117 "Föreningen Mind <landscape>" in a plan for "Norra <landscape>"; blind18 deck:51
  "<association of two words> Östra <county>"; blind/blind2/blind12 decks "Röda Korset <town>".
* "<organisation> i <place of the report>" is its local parish or office: blind10 :50, blind13 :92, blind15 :77,
  blind17 :132, blind18 deck:49 and plan:106 "Svenska kyrkan i <ort>"; blind9 :113 "Polisen i <county>";
  blind13 :97 "Försäkringskassan i <ort>"; blind14 :111 "Svenska Röda Korset i <ort>". A region "i <ort>" says
  where it acts (blind9 2035-handlingsplan…txt:44-45).
* A name read short by one reader, where another read the whole name from the same words, is that name.
* A full date or a number word ends a name (blind18 plan:4 dateline, :151 "… två gånger per år"; blind12 :170);
  an occupation in the plural names people, not an organisation (blind18 plan:70 "Ansvarig: <role>er i de tre
  kommunerna").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.model import Document, Line, Mention, Source
from loader.organisations import _tidy_name, read_organisations, region_places
from loader.resolve import _read_short, resolve


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(Path("data/actors.ttl"))


def _names(text: str) -> list[str]:
    return [h.name or h.surface for h in _lexicon().find(text)]


def _doc(text: str) -> Document:
    return Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _actors(text: str) -> set[str]:
    return {m.name for m in read_organisations(_doc(text), [], _lexicon()) if m.kind == "actor"}


# -- a weak adjective, a definite unit noun and a proper name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Planen antogs av Politiska styrgruppen Södra Dalby 2071-03-02.", "Politiska styrgruppen Södra Dalby"),
        ("Mobila teamet Sjöstranden ger stöd i hemmet.", "Mobila teamet Sjöstranden"),
        (
            "Resultaten går till Politiska \nstyrgruppen Norra Dalby två gånger per år.",
            "Politiska styrgruppen Norra Dalby",
        ),
    ],
)
def test_unit_with_adjective_takes_the_proper_name_after_it(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["• Proaktiva teamet (pedagog och kurator)", "Politiska styrgruppen beslutade."])
def test_unit_with_adjective_alone_has_no_trailing_space(text: str) -> None:
    names = _names(text)
    assert names and all(n == n.strip() for n in names)
    assert not any("Pedagog" in n or "beslutade" in n for n in names)


# -- branches named by a place of the report --------------------------------------------------------------


def test_compass_places_of_the_report() -> None:
    places = region_places(ActorLexicon([]), "Brandkåren Västra Dalby och Norra Ådalen; Norra skolan.")
    assert {"Dalby", "Västra Dalby", "Ådalen", "Norra Ådalen"} <= places
    assert "skolan" not in places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Räddningstjänsten Östra Dalby leder arbetet.\nBrukarrådet, där NSPH Dalby ingår, följer det.", "NSPH Dalby"),
        ("En plan för Norra Ådalen.\nFöreningen Mind Ådalen erbjuder samtalsstöd.", "Mind Ådalen"),
        ("Region Värmland deltar.\n– Hela Människan Östra Värmland", "Hela Människan Östra Värmland"),
    ],
)
def test_branch_named_by_a_place_of_the_report(text: str, name: str) -> None:
    assert name in _actors(text)


def test_no_branch_after_a_word_that_is_no_place_of_the_report() -> None:
    found = _actors("En plan för Västra Dalby.\nDärför bjöd NSPH Kommunerna in till möte.")
    assert not any(n.startswith("NSPH ") for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dalby kommun leder.\nProjektet drivs av Svenska kyrkan i Dalby tillsammans med kommunen.",
            "Svenska kyrkan i Dalby",
        ),
        ("Dalby kommun leder.\nFörsäkringskassan i Dalby och kommunen samverkar.", "Försäkringskassan i Dalby"),
    ],
)
def test_local_parish_or_office_named_with_i_and_a_place(text: str, name: str) -> None:
    found = _actors(text)
    assert name in found
    assert name.split(" i ")[0] not in found


@pytest.mark.parametrize(
    "text",
    [
        "Dalby kommun leder.\nRegion Värmland i Dalby öppnar en mottagning.",  # a region: where it acts
        "Dalby kommun leder.\nSvenska kyrkan i Sverige har tagit fram stödet.",  # no place of the report
    ],
)
def test_no_local_office(text: str) -> None:
    assert not any(" i " in n for n in _actors(text))


# -- a name read short where the same words give the whole name ------------------------------------------


def _m(name: str, line: int, quote: str, report: str = "a") -> Mention:
    return Mention(kind="actor", name=name, source=Source(report, line, quote))


@pytest.mark.parametrize(
    ("short", "full"),
    [("Svenska kyrkan", "Svenska kyrkan i Dalby"), ("Sjöstranden", "Mobila teamet Sjöstranden")],
)
def test_short_reading_is_the_whole_name(short: str, full: str) -> None:
    quote = f"Projektet leds av {full} tillsammans med kommunen."
    entities = resolve([_m(short, 5, quote), _m(full, 5, quote)], _lexicon().resolve).entities
    assert len(entities) == 1


def test_short_name_printed_alone_stays_apart() -> None:
    entities = resolve(
        [
            _m("Svenska kyrkan", 3, "Svenska kyrkan har tagit fram stödet."),
            _m("Svenska kyrkan i Dalby", 9, "Projektet drivs av Svenska kyrkan i Dalby."),
        ],
        _lexicon().resolve,
    ).entities
    assert len(entities) == 2


def test_a_clause_is_no_longer_reading() -> None:
    assert not _read_short("Östra Dalby", "Styrgruppen för Östra Dalby följer upp avtalet")
    assert _read_short("Svenska kyrkan", "Svenska kyrkan på Ön")


# -- dates, number words and people ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("Politiska samrådet Dalby 2070-11-30,", "Politiska samrådet Dalby"),
        ("Brukarrådet Dalby tre gånger per termin", "Brukarrådet Dalby"),
        ("Ungdomsrådet Unga röster", "Ungdomsrådet Unga röster"),  # nothing to cut
    ],
)
def test_date_or_number_word_ends_a_name(name: str, tidy: str) -> None:
    assert _tidy_name(name, "") == tidy


@pytest.mark.parametrize("name", ["Elevhälsochefer i de tre kommunerna", "Rektorer i Dalby kommun"])
def test_occupation_in_the_plural_is_no_organisation(name: str) -> None:
    assert _tidy_name(name, "") is None


@pytest.mark.parametrize("name", ["Elevhälsoteamet i Dalby", "Ledningsgruppen för psykisk hälsa"])
def test_a_team_or_group_stays(name: str) -> None:
    assert _tidy_name(name, "") == name
