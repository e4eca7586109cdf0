"""Who does what in an action plan, and the other wordings of its goal, group and activity headings.

The plan text is made up (no sentence is copied from a report).
"""

from __future__ import annotations

from loader.layouts.action_plan import _ACTIVITY, _GOAL_HEAD, _GROUP_HEAD, ActionPlanLayout, _agents
from loader.model import Document, Line

PLAN = """HANDLINGSPLAN
Psykisk hälsa i Norrby län 2031–2032

Antagen av Vårdberedningen för hälsa, omsorg och skola 2031-02-01

Bakgrund

Planen har tagits fram av Region Norrby. Stödet till kommunerna samordnas av FoU Norrby.
Arbetet följs av den politiska Vårdberedningen och av Länsgruppen för barns hälsa, som
består av socialchefer.

Område 1. Barn och unga

Mål: Fler barn får stöd i tid.

Aktiviteter
  • Sprida foldern Efter sorgen, som Stödföreningen i Norrby gav ut 2030.
  • Ta fram en webbsida om sömn. Ansvar: Hälsoforum Norr.
  • Utvärdera arbetet som gjorts av Uppdrag Norrby indikerar att mer behövs.
"""


def _doc(text: str) -> Document:
    return Document(report="r", lines=tuple(Line(i, t) for i, t in enumerate(text.splitlines(), 1)))


def _actors() -> set[str]:
    return {m.name for m in ActionPlanLayout().extract(_doc(PLAN)) if m.kind == "actor"}


def test_agents_of_passives_are_actors() -> None:
    actors = _actors()
    assert "FoU Norrby" in actors
    assert "Region Norrby" in actors


def test_a_group_keeps_its_remit_in_its_name() -> None:
    actors = _actors()
    assert "Vårdberedningen för hälsa, omsorg och skola" in actors
    assert "Länsgruppen för barns hälsa" in actors


def test_responsible_party_and_publisher_are_actors() -> None:
    actors = _actors()
    assert "Hälsoforum Norr" in actors
    assert "Stödföreningen i Norrby" in actors


def test_agent_ends_before_clause_verb_and_date() -> None:
    assert _agents("Utvärderingen som gjorts av Uppdrag Norrby indikerar att mer behövs.") == ["Uppdrag Norrby"]
    assert _agents("Planen är fastställd av Länsrådet Norrby den 3 maj 2030.") == ["Länsrådet Norrby"]
    assert _agents("Metoden har utvecklats av Norrby kommun och Norrby högskola och består av tre steg.") == [
        "Norrby kommun",
        "Norrby högskola",
    ]


def test_no_agent_without_a_name_or_in_a_unit_of_an_organisation() -> None:
    assert _agents("Planen påverkas av pandemin.") == []
    assert _agents("Modellen är utvecklad av Norrby kommuns elevhälsa.") == []
    assert _agents("Kunskap om de effekter som Covid-19 har på hälsan finns.") == []


def test_heading_wordings_of_recognition_are_read() -> None:
    for goal in ("Långsiktiga mål", "Mål på lång sikt", "Delmål 2", "Övergripande mål", "Mål för 2031"):
        assert _GOAL_HEAD.match(goal), goal
    for group in ("Prioriterade aktiviteter", "Aktiviteter", "Åtgärder", "Planerade åtgärder"):
        assert _GROUP_HEAD.match(group), group
    activity = _ACTIVITY.match("Åtgärd 2.1. Gemensam första linje")
    assert activity is not None and activity.groups() == ("2.1", "Gemensam första linje")
    assert not _GOAL_HEAD.match("Målgrupper")


def test_activities_under_a_plain_group_heading() -> None:
    text = "Område 1. Vuxna\n\nÅtgärder\n\nÅtgärd 1.1. Stärka första linjen\n\nArbetet sker i länet.\n"
    acts = [m for m in ActionPlanLayout().extract(_doc(text)) if m.kind == "activity"]
    assert [m.name for m in acts] == ["Stärka första linjen"]
    assert acts[0].code == "1.1"
