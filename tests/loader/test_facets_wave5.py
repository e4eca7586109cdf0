"""Audience read on new material (issue 10, wave 5): who uses an item, in other wordings.

Each case is made-up text in the wording of a blind11 report line it cites; the expected values are
read by the reading guide (/work/shared/design/reading-guide.md, Audience: "only when the text states
or clearly implies who uses the item") and the vocabulary contract's audience codes.
"""

from __future__ import annotations

from loader.enrich import Enriched
from tests.loader.helpers import enrich_resource


def _enrich(name: str, description: str = "", heading: str = "") -> Enriched:
    return enrich_resource(name, description, heading, (), "2041-handlingsplan-psykisk-halsa-exempel")


def test_officials_in_the_gender_neutral_word_are_decision_makers() -> None:
    # blind11 2039-handlingsplan:120–121 "Kommunguiden för suicidprevention, en guide för kommunernas
    # tjänstepersoner": "tjänstepersoner" is today's word for "tjänstemän" (politiker och tjänstemän
    # → beslutsfattare, guide, Audience).
    e = _enrich(
        "Lokala planen",
        "Under 2040 tog förbundet fram Lokala planen, en guide för regionens tjänstepersoner om hur en plan "
        "kan följas upp.",
    )
    assert e.mention.audience == ("beslutsfattare",)


def test_a_service_that_uses_the_item_in_a_main_clause_gives_its_staff() -> None:
    # blind11 2039-handlingsplan:81 "I elevhälsan används modellen Samtalsstegen för hälsosamtal i
    # årskurs 4–9": the school health service uses it, i.e. its staff.
    e = _enrich("Måendetrappan", "I elevhälsan används modellen Måendetrappan för samtal i årskurs 7–9.")
    assert e.mention.audience == ("elevhalsopersonal",)


def test_staff_who_have_taken_a_training_are_its_audience() -> None:
    # blind11 2039-handlingsplan:74 "Alla nya medarbetare i första linjen har gått webbutbildningen
    # Lotsa rätt" (wording varied): staff take the training.
    e = _enrich("Möt rätt", "Samtliga medarbetare i regionen har genomgått webbutbildningen Möt rätt.")
    assert e.mention.audience == ("personal",)


def test_a_place_where_a_model_is_used_names_no_user() -> None:
    # "I projektet används modellen X": a project is no service with staff.
    e = _enrich("Måendetrappan", "I projektet används modellen Måendetrappan för samtal.")
    assert e.mention.audience == ()


def test_counsellors_beside_school_nurses_are_school_staff() -> None:
    # blind11 2039-insatser:103 "Modellen Samtalsstegen, som är framtagen för skolsköterskor och
    # kuratorer" and 2040-inventering:23 "för elevhälsans personal, framför allt skolsköterskor och
    # kuratorer": one list of school professions, the shared "skol-" written once.
    e = _enrich("Samtalsnyckeln", "Samtalsnyckeln är en samtalsmodell för skolsköterskor och kuratorer i årskurs 7–9.")
    assert e.mention.audience == ("elevhalsopersonal",)


def test_teachers_beside_school_nurses_stay_staff() -> None:
    # blind5 2029-insatser:135–136 "tre korta filmer för lärare och elevhälsopersonal": teachers
    # are no school health staff, so both codes stay.
    e = _enrich("Prata om det", "Prata om det är tre korta filmer för lärare och skolsköterskor om självskada.")
    assert set(e.mention.audience) == {"personal", "elevhalsopersonal"}


def test_all_who_may_meet_someone_at_work_are_professionals() -> None:
    # blind11 2040-inventering:158–159 "En webbutbildning för alla som i sitt arbete kan möta
    # personer med tankar på suicid": people meeting others in their work are staff.
    e = _enrich("Våga fråga", "En webbutbildning för alla som i sitt arbete kan möta personer med psykisk ohälsa.")
    assert e.mention.audience == ("personal",)


def test_a_service_acting_with_a_tool_after_its_form_noun_gives_staff() -> None:
    # blind11 2040-inventering:214–215 "Kölistan.se var ett webbverktyg där första linjens
    # mottagningar för barn och unga kunde rapportera sina väntetider": the units' staff use it.
    e = _enrich(
        "Väntelistan.se", "Väntelistan.se är ett webbverktyg där första linjens mottagningar kan rapportera köer."
    )
    assert e.mention.audience == ("personal",)


def test_the_public_acting_after_the_form_noun_stays_the_public() -> None:
    # "en app där unga kunde skatta sitt mående" (2020 inventory, Dagbok) keeps the public.
    e = _enrich("Måbra", "Måbra var en app där unga kunde skatta sitt mående.")
    assert e.mention.audience == ("allmanheten",)


def test_health_centres_a_brochure_is_spread_through_give_no_level() -> None:
    # blind11 2039-slutrapport:105 "broschyren Prata om livet – till dig som är äldre, som delas ut
    # via vårdcentraler och hemtjänst" (plan:128 "sprids … via hemtjänsten och vårdcentralerna"): a
    # distribution channel, not what the brochure is made for (guide, Scope; blind11 README, Traps).
    e = _enrich(
        "Tala om oro",
        "Förbundet har tagit fram broschyren Tala om oro, som delas ut via hemtjänst och vårdcentraler.",
    )
    assert e.mention.care_levels == ()


def test_a_guide_for_health_centres_keeps_primary_care() -> None:
    e = _enrich("Tala om oro", "Tala om oro är en guide för vårdcentraler om samtal med äldre.")
    assert e.mention.care_levels == ("primarvard",)


def test_a_heading_that_is_the_first_line_of_a_sibling_title_scopes_nothing() -> None:
    # blind11 2038-kraftsamling:114–122: the bullet "Lotsboken – SKR:s stöd för första linjen för
    # barn" / "och unga (2038)" wraps; read as the heading of the bullets after it, it is still the
    # title of that item and gives "Samtalsstegen – modell för elevhälsosamtal" no first line.
    others = ("Lotsboken – stöd för första linjen för barn och unga", "Samtalsmodellen")
    e = enrich_resource(
        "Samtalsmodellen",
        "Samtalsmodellen – modell för hälsosamtal",
        "Lotsboken – stöd för första linjen för barn",
        others,
    )
    assert "forsta-linjen" not in e.mention.care_levels
