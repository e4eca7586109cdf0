"""Facets read on new material (issue 10, wave 4): headings' age groups and items' services.

Each case quotes the report line it comes from; the expected values are read from the text by the
reading guide (/work/shared/design/reading-guide.md) and the contract's age bands.
"""

from __future__ import annotations

from loader.enrich import Enriched
from tests.loader.helpers import enrich_resource

PLAN = "2022-handlingsplan-psykisk-halsa-uppsala-lan"


def _enrich(
    name: str, description: str = "", heading: str = "", others: tuple[str, ...] = (), report: str = PLAN
) -> Enriched:
    return enrich_resource(name, description, heading, others, report)


def test_a_school_health_item_keeps_the_headings_children_and_young_people() -> None:
    # heldout 2022-handlingsplan:100–101 under "Barn och unga 0–25 år": "Elevhälsoguiden är ett
    # digitalt stöd för elevhälsans personal i länet med rutiner för samtal med elever": elevhälsa
    # implies barn and unga (guide, Target group); "elever" does not narrow the heading to children.
    e = _enrich(
        "Elevhälsoguiden",
        "Elevhälsoguiden är ett digitalt stöd för elevhälsans personal i länet med rutiner för samtal med "
        "elever som visar tecken på psykisk ohälsa.",
        heading="Barn och unga 0–25 år",
    )
    assert {"barn", "unga"} <= set(e.mention.target_groups)


def test_an_own_young_adult_group_still_blocks_the_headings_children() -> None:
    # blind9 handlingsplan:64–65 "Ung och orolig … så att även unga vuxna upp till 29 år får ett
    # samordnat stöd" under a heading for "barn och unga": the item names its own group.
    e = _enrich(
        "Ung och orolig",
        "Införa den nationella vägledningen Ung och orolig (SKR) på länets vårdcentraler, så att även "
        "unga vuxna upp till 29 år får ett samordnat stöd.",
        heading="Första linjen för barn och unga",
    )
    assert "barn" not in e.mention.target_groups


def test_a_tool_for_staff_that_addresses_children_is_not_for_the_public() -> None:
    # blind10 2037-insatser:49 "Ungkompassen är ett digitalt verktyg för personal i första linjen och
    # riktar sig till barn och unga från 6 till 17 år": staff use it; children are whom it helps.
    e = _enrich(
        "Ungkompassen",
        "Ungkompassen är ett digitalt verktyg för personal i första linjen och riktar sig till barn och unga "
        "från 6 till 17 år.",
    )
    assert e.mention.audience == ("personal",)
    assert {"barn", "unga"} <= set(e.mention.target_groups)


def test_preventing_and_reducing_coercion_is_no_prevention_level() -> None:
    # blind10 2036-inventering:74–76 "Lugn på avdelningen – checklista för personal inom psykiatrisk
    # heldygnsvård … Checklista för att förebygga och minska tvångsåtgärder på vårdavdelningar."
    e = _enrich(
        "Lugn på avdelningen – checklista för personal inom psykiatrisk heldygnsvård",
        "Checklista för att förebygga och minska tvångsåtgärder på vårdavdelningar.",
    )
    assert "heldygnsvard" in e.mention.care_levels
    assert "forebyggande" not in e.mention.care_levels


def test_professional_roles_in_a_title_are_staff() -> None:
    # blind10 2036-inventering:62 "Samtalsnyckeln – en guide för rehabiliteringskoordinatorer i
    # primärvården"; :50 "Uppmärksamma – checklista för mentorer" (a school's mentors).
    for name in (
        "Samtalsnyckeln – en guide för rehabiliteringskoordinatorer i primärvården",
        "Uppmärksamma – checklista för mentorer",
    ):
        assert "personal" in _enrich(name).mention.audience


def test_recording_a_film_dates_it() -> None:
    # blind10 2037-slutrapport:96 "Filmserien Tillbaka till jobbet består av fem korta filmer …
    # Filmerna spelades in 2036 tillsammans med Försäkringskassan." (pg:makingVerb "spela in")
    from loader.facts import years_in_text

    text = (
        "Filmserien Tillbaka till jobbet består av fem korta filmer för arbetsgivare. "
        "Filmerna spelades in 2036 tillsammans med Försäkringskassan."
    )
    assert years_in_text(text, "Tillbaka till jobbet") == (2036,)
