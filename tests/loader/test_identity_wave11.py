"""Actors and identity of the eleventh wave: general conventions, each pinned on made-up text, with a case that
must not fire. Instance counts across the tuned texts are in the commit messages and the wave report.

* A list line continuing the name above is a place ("Polisen lokalpolisområde" / "Kramfors–Sollefteå"); a
  line that opens with an organisation's own noun is a body of its own, and a municipality's name ("X kommun")
  is complete (blind20 plan: a municipality on one line, a research centre with a hyphenated area on the next).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from loader.actors import ActorLexicon
from loader.model import Document, Line, Mention, Source
from loader.organisations import read_organisations


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(Path("data/actors.ttl"))


def _doc(text: str) -> Document:
    return Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _actors(text: str, mentions: tuple[Mention, ...] = ()) -> set[str]:
    return {m.name for m in read_organisations(_doc(text), list(mentions), _lexicon()) if m.kind == "actor"}


def _actor(name: str, line: int) -> Mention:
    return Mention(kind="actor", name=name, source=Source(report="x", line=line, quote=name))


# -- a list line that continues a name is a place, never a body of its own ------------------------------------


def test_a_body_on_the_next_line_is_not_the_place_of_the_name_above() -> None:
    text = "Dalby kommun deltar i studien Mående i skolan tillsammans med\nKunskapscentrum Ådal-Åsen."
    found = _actors(text, (_actor("Kunskapscentrum Ådal-Åsen", 2),))
    assert "Dalby kommun" in found
    assert "Kunskapscentrum Ådal-Åsen" in found
    assert not any(n.startswith("Dalby kommun ") for n in found)


def test_a_municipality_takes_no_place_from_the_next_line() -> None:
    found = _actors(
        "Medverkande\nBrukarrådet\nÖstby kommun\nNorrå–Söderå\n", (_actor("Östby kommun", 3), _actor("Norrå–Söderå", 4))
    )
    assert "Östby kommun Norrå–Söderå" not in found


def test_a_common_noun_still_takes_its_area_from_the_next_line() -> None:
    found = _actors(
        "Deltagare\nPolisen lokalpolisområde\nNorrå–Söderå\n",
        (_actor("Polisen lokalpolisområde", 2), _actor("Norrå–Söderå", 3)),
    )
    assert "Polisen lokalpolisområde Norrå–Söderå" in found


# -- a body described after an indefinite article is no name -----------------------------------------------------


def test_a_body_described_after_an_indefinite_article_is_no_actor() -> None:
    text = (
        "I Ådalen finns sedan 2070 Missbruksteamet Ådalen, ett gemensamt team för kommunerna\n"
        "och regionen som tar emot vuxna."
    )
    found = _actors(text, (_actor("Gemensamt team för kommunerna och regionen", 1),))
    assert "Gemensamt team för kommunerna och regionen" not in found


def test_a_slide_line_opening_with_the_article_describes_too() -> None:
    found = _actors("Ett samlat råd för hela Norrå\nträffas varje månad", (_actor("Samlat råd för hela Norrå", 1),))
    assert "Samlat råd för hela Norrå" not in found


def test_a_capitalised_name_after_an_article_is_still_a_name() -> None:
    text = "Ett nationellt Kunskapsnätverk för äldrevård med tolv regioner startade."
    found = _actors(text, (_actor("Kunskapsnätverk för äldrevård", 1),))
    assert "Kunskapsnätverk för äldrevård" in found
