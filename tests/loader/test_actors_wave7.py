"""Organisation names of the seventh wave, pinned on made-up sentences in two wordings each.

blind13 2047-slutrapport…txt:216 "Röda Korsets högskola – följeforskning i Ledstången", :66 "… och Stockholms
Stadsmission"; 2046-kraftsamling…txt:135 "Följeforskning av FoU Örebro, Region Örebro läns …".
"""

from __future__ import annotations

from functools import cache

import pytest

from loader.actors import ActorLexicon


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(__import__("pathlib").Path("data/actors.ttl"))


def _found(text: str) -> list[tuple[str, bool]]:
    return [(h.surface.replace("\n", " "), h.known) for h in _lexicon().find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Följeforskningen gjordes av Röda Korsets högskola i Stockholm.",
        "Röda Korsets universitet – utvärdering av modellen",
    ],
)
def test_a_known_organisations_school_is_another_organisation(text: str) -> None:
    (found,) = _found(text)
    assert found[0].startswith("Röda Korsets ") and found[0].split()[-1] in ("högskola", "universitet")
    assert not found[1]  # not the Red Cross itself


def test_the_owner_in_the_genitive_before_other_nouns_stays_the_owner() -> None:
    assert _found("Röda Korsets arbete med unga fortsatte.") == [("Röda Korsets", True)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vi har haft avstämningar med Schizofreniförbundet och Göteborgs Stadsmission.", "Göteborgs Stadsmission"),
        ("Kalmars Stadsmission – boende för unga vuxna", "Kalmars Stadsmission"),
    ],
)
def test_a_city_mission_is_named_with_its_city(text: str, name: str) -> None:
    assert (name, False) in _found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Följeforskning av FoU Västerdals län, regionens forskningsenhet.", "FoU Västerdals län"),
        ("Modellen utvärderas av FoU\nNordkust, som lämnar en rapport.", "FoU Nordkust"),
    ],
)
def test_a_research_unit_is_named_fou_and_its_area(text: str, name: str) -> None:
    assert (name, False) in _found(text)
    assert _found("Ett FoU-program startade.") == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # blind13 2048-inventering…txt:215 "◆ Prioriteringsstöd för BUP" / :217 "Stödet är ännu inte färdigställt …"
        ("◆ Väntelista för BUP \n\nListan är ännu inte klar.", "Väntelista för BUP"),
        ("– Samtalsguide för Vuxenpsykiatrin \nGuiden prövas under våren.", "Samtalsguide för Vuxenpsykiatrin"),
    ],
)
def test_no_organisation_runs_out_of_an_items_title(text: str, title: str) -> None:
    from loader.organisations import find_organisations

    assert [h.name for h in find_organisations(text, _lexicon(), [title])] == []
    # The same words inside running text are a clinic named by its place.
    assert [h.name for h in find_organisations("Vi samarbetar med BUP Kumla.", _lexicon(), [])] == ["BUP Kumla"]
