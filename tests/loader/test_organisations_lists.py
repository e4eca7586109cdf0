"""Organisations named in running text: national associations, and a name with a time after it.

Sentences from the tuned set blind8 (2033-handlingsplan-psykisk-halsa-blekinge.txt, lines cited).
"""

from __future__ import annotations

from loader.actors import ActorLexicon
from loader.model import Document, Line
from loader.organisations import read_organisations
from psykgraf.settings import Settings


def _names(*lines: str) -> set[str]:
    lex = ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    return {m.name for m in read_organisations(doc, [], lex)}


def test_national_associations_and_a_church_in_a_list_are_actors() -> None:
    # line 80 and line 108
    names = _names(
        "I alla fem kommuner driver Svenska kyrkan och PRO träffpunkter för personer 70 år och äldre.",
        "Anhörigas Riksförbund bjuds in till Ledningsgruppen två gånger per år.",
    )
    assert {"Svenska kyrkan", "PRO", "Anhörigas Riksförbund"} <= names, names


def test_a_youth_federation_is_not_its_parent_organisation() -> None:
    # blind8 2032-kraftsamling-psykisk-halsa-unga-gotland.txt:63
    names = _names("Med i arbetet är Röda Korsets Ungdomsförbund och Gotlands kommun.")
    assert "Röda Korsets Ungdomsförbund" in names and "Svenska Röda Korset" not in names, names


def test_months_after_a_groups_name_say_when_it_meets() -> None:
    # line 127
    names = _names("Planen följs upp av Ledningsgruppen för psykisk hälsa i juni och december.")
    assert "Ledningsgruppen för psykisk hälsa" in names, names
    assert not [n for n in names if "juni" in n], names
