"""Names an action plan gives with an apposition, a dated event, and groups named with their noun.

The plan below is made up (no sentence is copied from a report); each rule is a layout convention
of the plans: a title followed by an appositive that says what it is ("X, en checklista för …";
"X – en serie filmer om …"), a question used as a title between commas after the thing it names,
a dated event whose place follows its title, and a group whose capitalised noun opens its name.
"""

from __future__ import annotations

from functools import cache

from loader.layouts.action_plan import ActionPlanLayout
from loader.layouts.cues import find_named
from loader.model import Document, Mention
from tests.loader.helpers import text_document

PLAN = """ Område 1. Barn och unga

Mål: Fler barn får stöd i tid.

1.1 Första linjen
Socialtjänsten och skolan ska gemensamt använda Lika steg, en checklista för samordning kring barn i
familjehem. Vårdcentralerna inför Lugn vård vid oro och nedstämdhet, ett metodstöd för primärvården.

Aktiviteter
  • Ta fram en gemensam folder, Vart ringer jag i Norrby?, för unga och vårdnadshavare.
  • Genomföra Regionala dagen i Norrköping den 12 mars 2031.
  • Genomföra BUP-dagen 2031 den 4 april i Norrköping.

Länets kommuner använder Trygg i nytt land – en serie filmer om sömn för vuxna nyanlända.
Kurserna samlas på Portalen Psykisk hälsa i Norrby län, en webbplats för medarbetare i länet.
Rapporten Ensamhet bland äldre i Norrby – en kartläggning 2030 visar att stödet behövs.

Elevhälsans personal erbjuds handledning via Nätverket Elevhälsa Norrby.
"""


def _doc(text: str = PLAN) -> Document:
    return text_document(text, "2031-handlingsplan-norrby")


@cache
def _mentions() -> tuple[Mention, ...]:
    return tuple(ActionPlanLayout().extract(_doc()))


def _named(kind: str) -> dict[str, Mention]:
    return {m.name: m for m in _mentions() if m.kind == kind}


def test_a_title_before_its_appositive_cue_noun() -> None:
    # line 7: "använda Lika steg, en checklista för samordning": the checklist's title
    resources = _named("resource")
    assert "checklista" in resources["Lika steg"].forms
    # line 8: a title after a preposition, lower-case words inside it
    assert "Lugn vård vid oro och nedstämdhet" in resources
    # line 16: a dash appositive whose cue noun follows a measure noun ("en serie filmer")
    assert "Trygg i nytt land" in resources


def test_a_place_inside_a_title_is_not_the_title() -> None:
    resources = _named("resource")
    # line 17: "på Portalen Psykisk hälsa i Norrby län, en webbplats": the whole title
    assert "Portalen Psykisk hälsa i Norrby län" in resources
    assert "Norrby län" not in resources
    # line 18: the place before the dash is no title of its own
    assert "Norrby" not in resources


def test_a_question_between_commas_is_a_title() -> None:
    # line 12: "en gemensam folder, Vart ringer jag i Norrby?, för unga"
    assert "Vart ringer jag i Norrby?" in _named("resource")


def test_a_dated_event_ends_before_its_place_and_keeps_its_year() -> None:
    events = _named("event")
    # line 13: "Regionala dagen i Norrköping den 12 mars 2031": a capitalised adjective and a
    # definite noun; "i Norrköping" is where it is held
    assert "Regionala dagen" in events
    # line 14: the year is part of the title
    assert "BUP-dagen 2031" in events


def test_a_group_keeps_its_noun_and_is_also_named_without_it() -> None:
    # line 20: "via Nätverket Elevhälsa Norrby"
    actors = _named("actor")
    assert "Nätverket Elevhälsa Norrby" in actors
    assert "Elevhälsa Norrby" in actors["Nätverket Elevhälsa Norrby"].alt_names
    assert "Elevhälsa Norrby" not in actors


def test_find_named_keeps_a_group_noun_and_an_abbreviation_compound() -> None:
    named = find_named("Boken togs fram med Brukarrådet Norrby Västra.")
    assert [(n.name, n.kind) for n in named] == [("Brukarrådet Norrby Västra", "network")]
    assert named[0].other_names == ("Norrby Västra",)
    # a noun an abbreviation makes specific opens the name: the place is its suffix
    assert [n.name for n in find_named("SIP-guiden Norrby (2029) är skriven för personal.")] == ["SIP-guiden Norrby"]
