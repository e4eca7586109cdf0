"""Numbered reports, next editions (wave 8): conventions seen in blind14's and blind15's annual and final
reports (tests/fixtures/blind15/2054-slutrapport-2053-riktade-insatser-psykisk-halsa.txt,
2055-insatser-psykisk-halsa-suicidprevention-2054.txt, tests/fixtures/blind14/2051-insatser-…-2050.txt),
tested on made-up text in other wordings.
"""

from __future__ import annotations

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.lexicon import Lexicon
from loader.model import Mention
from loader.named_things import read_running_text
from tests.loader.helpers import text_document
from tests.loader.test_numbered_wave7 import FILLER, _report


def _read(text: str) -> tuple[dict[tuple[str, str], Mention], dict[tuple[str, str], Mention]]:
    """The numbered layout's mentions and those of the whole running-text stage after it."""
    doc = text_document(_report(text, *FILLER), "r")
    assert NumberedReportLayout().score(doc) >= 0.5
    layout = NumberedReportLayout().extract(doc)
    every = read_running_text(doc, layout, Lexicon.from_dir())
    return {(m.kind, m.name): m for m in layout}, {(m.kind, m.name): m for m in every}


def _names(found: dict[tuple[str, str], Mention], kind: str = "resource") -> set[str]:
    return {name for k, name in found if k == kind}


# blind15 final report 89: "Rapporten Färre bälten – erfarenheter från heldygnsvården 2053 sammanfattar
# arbetet i …"; 75: "Avsatsen – en modell för stegvis vård … i primärvården togs fram 2051 och …". A title
# is a noun phrase: the clause's verb ends it, a present tense before its object as a passive does.
@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Rapporten Tunna trådar – erfarenheter från elevhälsan 2040 beskriver arbetet i fem kommuner.",
            "Tunna trådar – erfarenheter från elevhälsan 2040",
        ),
        (
            "Skriften Lugna vatten – kunskap om oro hos äldre sammanfattar hur hemtjänsten arbetar.",
            "Lugna vatten – kunskap om oro hos äldre",
        ),
        (
            "Bryggan – en modell för samverkan kring unga i kommunen togs fram 2038 och prövas nu.",
            "Bryggan – en modell för samverkan kring unga i kommunen",
        ),
        (
            "Stegen – ett metodstöd för chefer i vården lanserades i maj 2039.",
            "Stegen – ett metodstöd för chefer i vården",
        ),
    ],
)
def test_the_predicate_ends_a_dash_title(sentence: str, title: str) -> None:
    _, every = _read(sentence)
    assert title in _names(every)
    assert not any(name.startswith(title) and name != title for name in _names(every))
