"""Organisation names of the eighth wave, pinned on made-up text in two wordings each.

blind15 2054-kraftsamling…txt:67-81 a slide listing one participant a line ("Familjecentralen Forshaga" /
"Samordningsförbundet Klarälvdalen" / … / "Munkfors Bandyklubb"), :124-128 a team slide whose last line
runs into the running foot ("En distriktssköterska, Vårdcentralen Munkfors" / "Klarälvdalen · Kraftsamling").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.model import Document, Line
from loader.organisations import find_organisations, name_lines, read_organisations


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(Path("data/actors.ttl"))


def _read(text: str) -> list[str]:
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    return [m.name for m in read_organisations(doc, [], _lexicon())]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Deltagare\n\nTorsby kommun\nFamiljecentralen Torsby\nSamordningsförbundet Fryksdalen\nBUP Värmland\n",
            ["Torsby kommun", "Familjecentralen Torsby", "Samordningsförbundet Fryksdalen", "BUP Värmland"],
        ),
        (
            "Vilka deltar?\n\nRegion Dalarna\nUngdomsmottagningen Mora\nStiftelsen Vägvisaren\nMora kommun\n",
            ["Region Dalarna", "Ungdomsmottagningen Mora", "Stiftelsen Vägvisaren", "Mora kommun"],
        ),
    ],
)
def test_a_list_printed_one_name_a_line_ends_each_name_at_its_line(text: str, names: list[str]) -> None:
    found = _read(text)
    for name in names:
        assert name in found
    # No name is read across two lines of the list ("Torsby Samordningsförbundet").
    assert all(len(n.split()) <= 3 for n in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ansvariga\nTorsby kommun\nEn kurator, Vårdcentralen Torsby\nFryksdalen · Kraftsamling 2054 · bild 3/9\n",
        "Samordnare: en socionom, Torsby kommun\nEn psykolog, BUP Värmland\nEn kurator, Vårdcentralen Torsby\n"
        "Fryksdalen · Kraftsamling 2054 · bild 3/9",
    ],
)
def test_a_team_lists_last_line_does_not_run_into_the_running_foot(text: str) -> None:
    found = _read(text)
    assert "Vårdcentralen Torsby" in found
    assert not any(n.startswith("Vårdcentralen Torsby ") for n in found)


@pytest.mark.parametrize(
    "text",
    [
        # a sentence wrapped over lines, each line ending in a word that needs more after it
        "Arbetet drivs av Region Värmland och\nSamordningsförbundet Fryksdalen samt\nTorsby kommun i\nsamverkan.",
        # a name wrapped over two lines only
        "SPES – Riksförbundet för Suicidprevention och Efterlevandes\nStöd",
    ],
)
def test_wrapped_prose_and_names_are_read_whole(text: str) -> None:
    assert name_lines(text) == [(0, len(text))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Munkfors Bandyklubb", "Munkfors Bandyklubb"),
        ("Vi samarbetar med Torsby Fotbollsklubb och Region Värmland.", "Torsby Fotbollsklubb"),
        ("Innebandyklubben Kometen erbjuder träning för barn.", "Innebandyklubben Kometen"),
    ],
)
def test_a_sports_club_named_by_its_town_or_name_is_an_organisation(text: str, name: str) -> None:
    assert name in [h.name for h in find_organisations(text, _lexicon())]
    assert _lexicon().guess_type(name) == "civilsamhalle"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blind15 2055-handlingsplan…txt:161 "FoU i Sörmland gör en utvärdering av satsningen"
        ("FoU i Gästrikland utvärderar modellen under hösten.", "FoU i Gästrikland"),
        ("Uppföljningen görs av FoU i Norrbottens län.", "FoU i Norrbottens län"),
    ],
)
def test_a_research_unit_is_named_fou_i_and_its_area(text: str, name: str) -> None:
    assert name in [h.name for h in find_organisations(text, _lexicon())]


@pytest.mark.parametrize(
    "row",
    [
        # blind15 2055-handlingsplan…txt:173 "NSPH – Nationell samverkan för psykisk hälsa", the report
        # using NSPH only in "NSPH Sörmland": the row explains the branch's name.
        "NSPH – Nationell samverkan för psykisk hälsa",
        "NSPH - Nationell samverkan för psykisk hälsa",
    ],
)
def test_an_abbreviation_row_with_a_dash_explaining_a_branch_names_no_organisation(row: str) -> None:
    text = f"Dialog förs med NSPH Gävleborg och kommunerna.\n\nFörkortningar\n{row}\n"
    assert "NSPH" not in _read(text)
    assert "NSPH Gävleborg" in _read(text)
    # Used alone elsewhere, the abbreviation names the organisation itself.
    assert "NSPH" in _read(f"Dialog förs med NSPH och kommunerna.\n\nFörkortningar\n{row}\n")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # blind14 2051-insatser…txt:99 "med brukarorganisationerna inom NSPH och Svenska OCD-förbundet"
        ("Materialet togs fram med Svenska ADHD-föreningen och Region Kalmar län.", "Svenska ADHD-föreningen"),
        ("Samtal fördes med NSPH och Nordiska PTSD-sällskapet under året.", "Nordiska PTSD-sällskapet"),
    ],
)
def test_weak_adjectives_before_an_acronym_compound_name_an_organisation(text: str, name: str) -> None:
    assert name in [h.name for h in find_organisations(text, _lexicon())]
    assert [h.name for h in find_organisations("Vi läste Svenska BUP-rapporten.", _lexicon())] == []


@pytest.mark.parametrize(
    ("text", "name", "cut"),
    [
        # blind8 2033-inventering…txt:38-39 "Målgrupp: verksamhetschefer inom BUP" / "År: 2032", blind9
        # 2034-kraftsamling…txt:71-72 "och Vårdcentralen Kronogården" / "Första halvåret:", joined in a description.
        ("Vilka: Mora kommun och Vårdcentralen Noret Första terminen: 40 elever", "Vårdcentralen Noret", "Första"),
        ("Ansvar: Samordningsförbundet Västerdalarna Tid: hösten 2040", "Samordningsförbundet Västerdalarna", "Tid"),
    ],
)
def test_a_name_ends_before_the_next_fields_label(text: str, name: str, cut: str) -> None:
    names = [h.name for h in _lexicon().find(text)]
    assert name in names
    assert not any(cut in n for n in names)
    # The pattern's noun alone, cut from its place by a label, names no one body.
    assert [h.name for h in _lexicon().find("Målgrupp: chefer inom BUP År: 2040")] == []
