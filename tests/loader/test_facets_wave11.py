"""Facets read on new material (issue 10, wave 11): conventions behind blind19–blind21's errors.

Each case is made-up text (no sentence copied from a fixture) in the shape of the layout convention
it encodes, with a case where the rule must not fire; expected values are read by the reading guide
(/work/shared/design/reading-guide.md) and the vocabulary contract's codes.
"""

from __future__ import annotations

from loader import facts
from tests.loader.helpers import enrich_resource

# -- Target group: children named by a parent's illness are the ones helped --------------------


def test_children_who_have_an_ill_parent_are_children_and_relatives() -> None:
    out = enrich_resource(
        "Lyktan – samtalsgrupp", "Samtalsgrupp för barn 8–11 år som har en förälder med bipolär sjukdom."
    )
    assert set(out.mention.target_groups) == {"anhoriga", "barn"}
    whose = enrich_resource("Lyktan – bilderbok", "En bilderbok för barn 3–6 år vars förälder är deprimerad.")
    assert set(whose.mention.target_groups) == {"anhoriga", "barn"}


def test_children_in_families_with_substance_use_are_not_the_substance_users() -> None:
    out = enrich_resource("Lyktan – samtalsgrupp", "Samtalsgrupp för barn 8–11 år i familjer med missbruk.")
    assert "missbruk" not in out.mention.target_groups and "foraldrar" not in out.mention.target_groups
    grew = enrich_resource("Lyktan – stöd", "Ett samtalsstöd för unga som växer upp med missbruk i hemmet.")
    assert "missbruk" not in grew.mention.target_groups


def test_parents_and_users_named_for_themselves_keep_their_groups() -> None:
    parents = enrich_resource("Lyktan – kurs", "En kurs för föräldrar med missbruk som vill stärka sitt föräldraskap.")
    assert {"foraldrar", "missbruk"} <= set(parents.mention.target_groups)
    families = enrich_resource("Lyktan – hembesök", "Hembesök till familjer med små barn.")
    assert "foraldrar" in families.mention.target_groups
    assert "anhoriga" not in families.mention.target_groups


# -- Years: a citation "(Publisher YYYY)" after a title dates it ---------------------------------


def test_a_publisher_and_year_in_brackets_after_a_title_date_it() -> None:
    # the decks' and plans' citation of a national support: "<Title> (SKR 2069)", no comma
    out = enrich_resource(
        "Bryggan – vägledning för skolans samtal",
        "Kommunerna inför under våren Bryggan – vägledning för skolans samtal\n(SKR 2088). Den används i tre skolor.",
    )
    assert out.mention.years == (2088,)
    cited = facts.cited_years(
        "Vi bygger på Lyktan – stöd för lärare (Folkhälsoverket 2087)", ("Lyktan – stöd för lärare",)
    )
    assert cited == (2087,)


def test_a_statistic_in_brackets_after_other_words_dates_no_title() -> None:
    # "(Elevenkäten i länet 2087)" after a figure names a data source, not the item's year
    assert facts.cited_years("Var tredje elev sover för lite (Elevenkäten i länet 2087)", ("Lyktan",)) == ()
    out = enrich_resource("Lyktan – stöd för lärare", "Lyktan – stöd för lärare (version 2) används i länet.")
    assert out.mention.years == ()


# -- Audience: an age-ranged title "<form> om <topic> för <group> N–M år" is made for the public ---


def test_a_product_about_a_topic_for_an_age_ranged_group_is_for_the_public() -> None:
    out = enrich_resource("Nattljus – app om sömn och stress för unga 14–19 år", "Appen ger råd om kvällsrutiner.")
    assert "allmanheten" in out.mention.audience
    tool = enrich_resource("Molnet – webbverktyg om oro för barn 9–12 år", "")
    assert tool.mention.audience == ("allmanheten",)


def test_a_topic_title_without_ages_or_for_staff_is_not_for_the_public() -> None:
    # no age range: "för barn" may qualify the topic ("SIP för barn")
    assert "allmanheten" not in enrich_resource("Webbkurs om samordnad plan för barn", "").mention.audience
    # a service in the topic makes the group that service's ("första linjen för unga")
    assert (
        "allmanheten" not in enrich_resource("Molnet – handbok om första linjen för unga 13–24 år", "").mention.audience
    )
    # a staff word names the users
    staff = enrich_resource("Molnet – lärarhandledning om oro för barn 9–12 år", "")
    assert "allmanheten" not in staff.mention.audience


# -- Form: a web training is not also a teacher-led training --------------------------------------


def test_a_web_course_named_a_basic_course_is_a_web_training_only() -> None:
    out = enrich_resource(
        "Vardagsmod – grundkurs", "Webbutbildningen Vardagsmod – grundkurs kom i mars. Kursen tar en timme."
    )
    assert out.mention.forms == ("webbutbildning",)
    assert not any(ev.field == "forms" and ev.value == "utbildning" for ev in out.evidence)
    titled = enrich_resource(
        "Vardagsmod – grundutbildning för boendestöd", "Webbutbildningen Vardagsmod har fyra delar."
    )
    assert titled.mention.forms == ("webbutbildning",)


def test_a_teacher_led_course_stays_a_training() -> None:
    out = enrich_resource("Vardagsmod – grundkurs", "Utbildningen Vardagsmod – grundkurs ges av två handledare.")
    assert out.mention.forms == ("utbildning",)


# -- Care level: classroom teaching material is universal promotion --------------------------------


def test_lesson_material_for_a_grade_is_health_promotion() -> None:
    out = enrich_resource("Tranbäret – lektionsmaterial om vänskap för årskurs 4–6", "Tio lektioner för hela klassen.")
    assert "framjande" in out.mention.care_levels
    guide = enrich_resource("Tranbäret", "Lärarhandledningen Tranbäret används i mellanstadiet.")
    assert "framjande" in guide.mention.care_levels
    assert "personal" in guide.mention.audience


def test_a_school_support_for_staff_is_not_promotion_by_itself() -> None:
    out = enrich_resource(
        "Tranbäret – handbok för elevhälsoteam", "Handboken beskriver hur teamet följer upp frånvaro."
    )
    assert "framjande" not in out.mention.care_levels
