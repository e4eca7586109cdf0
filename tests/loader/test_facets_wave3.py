"""Facets read on new material (issue 10, wave 3): age bounds, other items' ages, side-by-side headings.

Each case quotes the report line it comes from; the expected values are read from the text by the
reading guide (/work/shared/design/reading-guide.md) and the contract's age bands.
"""

from __future__ import annotations

from loader.enrich import Enriched
from loader.facts import age_range
from loader.graph import entity_ages
from loader.model import Mention, Source
from tests.loader.helpers import enrich_resource

PLAN = "2035-handlingsplan-psykisk-halsa-vastmanland"
FINAL = "2035-slutrapport-2034-insatser-psykisk-halsa"


def _enrich(
    name: str, description: str = "", heading: str = "", others: tuple[str, ...] = (), report: str = PLAN
) -> Enriched:
    return enrich_resource(name, description, heading, others, report)


def test_an_upper_bound_alone_states_no_minimum() -> None:
    # Reading guide, Target group: "upp till 18 år" → max 18 (no min).
    assert age_range("så att även unga vuxna upp till 29 år får ett samordnat stöd.") == (None, 29, "upp till 29 år")


def test_the_group_an_upper_bound_qualifies_says_where_it_starts() -> None:
    # blind9 handlingsplan:64–65 "Införa den nationella vägledningen Ung och orolig (SKR) på länets
    # vårdcentraler, så att även unga vuxna upp till 29 år får ett samordnat stöd": young people and
    # adults up to 29, not children.
    e = _enrich(
        "Ung och orolig",
        "Införa den nationella vägledningen Ung och orolig (SKR) på länets vårdcentraler, så att även "
        "unga vuxna upp till 29 år får ett samordnat stöd.",
    )
    assert set(e.mention.target_groups) >= {"unga", "vuxna"}
    assert "barn" not in e.mention.target_groups
    assert (e.mention.age_min, e.mention.age_max) == (None, 29)


def test_children_up_to_18_still_reach_from_birth() -> None:
    # 2020-inventering…txt:1072 "om SIP för barn upp till 18 år": children and young people.
    e = _enrich("Grundutbildning om SIP för barn", "Utbildningen om SIP för barn upp till 18 år.")
    assert {"barn", "unga"} <= set(e.mention.target_groups)
    assert (e.mention.age_min, e.mention.age_max) == (None, 18)


def test_a_partial_range_in_another_report_keeps_the_stated_minimum() -> None:
    # blind9: "unga mellan 18 och 29 år" (slutrapport:61) and "unga vuxna upp till 29 år" (plan:65)
    # describe one guide; the upper bound alone does not contradict 18.
    src = Source("r", 1, "q")
    both = [Mention("resource", "A", src, age_min=18, age_max=29), Mention("resource", "A", src, age_max=29)]
    assert entity_ages(both) == (18, 29)
    # "16 år eller äldre" beside "upp till 12 år" still bounds nothing.
    clash = [Mention("resource", "A", src, age_min=16), Mention("resource", "A", src, age_max=12)]
    assert entity_ages(clash) == (None, None)


def test_an_age_in_another_items_title_is_that_items_fact() -> None:
    # blind9 slutrapport:99–102: Arbetsplatskollen's paragraph runs on into "Frågeformuläret Mående i
    # vardagen – för personer 65 år och äldre", another item: its age is not Arbetsplatskollen's.
    other = "Mående i vardagen – för personer 65 år och äldre"
    e = _enrich(
        "Arbetsplatskollen",
        "Med medel från överenskommelsen om sjukskrivning har UPH lanserat webbverktyget Arbetsplatskollen, "
        "där chefer kan göra en snabb bedömning av den psykosociala arbetsmiljön i sin grupp. "
        f"Frågeformuläret {other} togs fram tillsammans med Örebro universitet.",
        others=("Arbetsplatskollen", other),
        report=FINAL,
    )
    assert (e.mention.age_min, e.mention.age_max) == (None, None)
    assert "aldre" not in e.mention.target_groups
    # The item's own title keeps its age.
    own = _enrich(other, f"Frågeformuläret {other} togs fram.", others=("Arbetsplatskollen", other), report=FINAL)
    assert own.mention.age_min == 65


def test_an_item_naming_its_own_group_is_not_given_the_headings_other_groups() -> None:
    # blind9 insatser:73–76: under "3.1 Första linjen för barn och unga", "Vägledningen ”Ung och orolig –
    # vägledning för första linjen för unga vuxna” … till unga upp till 29 år": young people and adults
    # by its own words; the heading's "barn" is not read over the title (the heading's level still holds).
    e = _enrich(
        "Ung och orolig – vägledning för första linjen för unga vuxna",
        "Den har använts av regionerna som underlag för att bredda första linjens uppdrag till unga upp till 29 år.",
        heading="Första linjen för barn och unga",
    )
    assert "barn" not in e.mention.target_groups
    assert {"unga", "vuxna"} <= set(e.mention.target_groups)
    assert "forsta-linjen" in e.mention.care_levels
    # An item that names no group of its own still takes the heading's (insatser:77 Nära stöd i glesbygd).
    glesbygd = _enrich(
        "Nära stöd i glesbygd",
        "Projektet Nära stöd i glesbygd har under året haft verksamhet i sex kommuner.",
        heading="Första linjen för barn och unga",
    )
    assert {"barn", "unga"} <= set(glesbygd.mention.target_groups)
