"""Fixes from the code review of wave 10 (docs/review-wave10.md), each on made-up text:
#28/#29 a unit after its owner is no local branch and no longer reading of the owner; #21 a
capitalised number word is part of an organisation's name; #24 compass adjectives written as one
word ("Nordvästra") name a part of a landscape."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.model import Mention, Source
from loader.organisations import _tidy_name, region_places
from loader.resolve import resolve

ROOT = Path(__file__).resolve().parents[2]


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(ROOT / "data" / "actors.ttl")


def _actor(name: str, line: int, quote: str) -> Mention:
    return Mention(kind="actor", name=name, source=Source("plan", line, quote))


@pytest.mark.parametrize(
    ("unit", "owner"),
    [
        ("Region Gotland Vuxenpsykiatrin", "Region Gotland"),
        ("Region Skåne Socialförvaltningen", "Region Skåne"),
    ],
)
def test_a_unit_after_its_owner_does_not_rename_the_owner(unit: str, owner: str) -> None:
    items = [
        _actor(unit, 3, f"Arbetet leds av {unit}."),
        _actor(owner, 9, f"{owner} står för lokalerna."),
    ]
    entities = resolve(items, _lexicon().resolve).entities
    assert len(entities) == 2


def test_a_place_after_a_known_organisation_is_still_its_local_branch() -> None:
    items = [
        _actor("NSPH Skaraborg", 3, "Med i arbetet är NSPH Skaraborg."),
        _actor("NSPH", 9, "NSPH deltar i styrgruppen."),
    ]
    entities = resolve(items, _lexicon().resolve).entities
    assert len(entities) == 1


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Stiftelsen En frisk generation", "Stiftelsen En frisk generation"),
        ("Föreningen Tre Kronor", "Föreningen Tre Kronor"),
        ("Styrgruppen Ankeby två gånger per år", "Styrgruppen Ankeby"),
    ],
)
def test_only_a_lower_case_number_word_ends_a_name(name: str, kept: str) -> None:
    assert _tidy_name(name, "") == kept


@pytest.mark.parametrize("adjective", ["Nordvästra", "Sydöstra", "Östra"])
def test_a_compass_adjective_in_one_word_names_a_part_of_a_landscape(adjective: str) -> None:
    places = region_places(ActorLexicon([]), f"Hela Människan {adjective} Skåne och Norra skolan")
    assert f"{adjective} Skåne" in places
