"""Heading levels with their narrower part, staff settings, coordinated clauses, vocabulary forms."""

from __future__ import annotations

from tests.loader.helpers import enrich_resource

_enrich = enrich_resource


def test_a_heading_naming_a_level_and_its_part_gives_the_level_to_all() -> None:
    # A container bullet with no text of its own under "Första linjen och primärvård".
    e = _enrich("Att ringa rätt", heading="Första linjen och primärvård")
    assert set(e.mention.care_levels) == {"forsta-linjen"}


def test_the_narrower_part_of_a_heading_needs_the_items_own_words() -> None:
    e = _enrich(
        "Vägen in – stöd för en mottagning för unga",
        "Stödet beskriver hur mottagningen kan ordnas på vårdcentraler.",
        heading="Första linjen och primärvård",
    )
    assert set(e.mention.care_levels) == {"forsta-linjen", "primarvard"}
    e = _enrich(
        "Vägen in – stöd för en mottagning för unga",
        "Stödet beskriver hur kommuner kan ordna mottagningen.",
        heading="Första linjen och primärvård",
    )
    assert set(e.mention.care_levels) == {"forsta-linjen"}


def test_two_levels_in_a_heading_still_need_the_items_own_words() -> None:
    e = _enrich("Samtalskort", "Korten används för att förebygga stress.", heading="Främjande och förebyggande")
    assert set(e.mention.care_levels) == {"forebyggande"}


def test_the_settings_staff_work_in_are_not_the_target_group() -> None:
    e = _enrich("Våga prata", "Filmen vänder sig till personal inom skola, vård och äldreomsorg.")
    assert "aldre" not in e.mention.target_groups
    assert "personal" in e.mention.audience
    # the people the staff meet still are
    e = _enrich("Våga prata", "Filmen vänder sig till personal som möter äldre.")
    assert "aldre" in e.mention.target_groups


def test_a_coordinated_clause_presenting_another_thing_is_not_the_items() -> None:
    e = _enrich(
        "Stödsamtal i praktiken",
        "Utbildningen Stödsamtal i praktiken ges till personal i regionen, och i mars startade även "
        "utbildningen Trygg på jobbet för chefer i handeln.",
    )
    assert set(e.mention.audience) == {"personal"}


def test_pupils_of_upper_secondary_school_are_young_people() -> None:
    e = _enrich("Sov gott", "Broschyren vänder sig direkt till gymnasieelever.")
    assert "unga" in e.mention.target_groups
    assert "allmanheten" in e.mention.audience


def test_status_headings_in_other_words() -> None:
    out = _enrich("Krisplanen", heading="Verktyg som har tagits ur bruk").mention.status
    assert out == "ej-i-bruk"
    assert _enrich("Guiden Z", heading="Stöd som ännu inte är klart").mention.status == "under-utveckling"
