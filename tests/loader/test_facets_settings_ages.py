"""Care-level and age rules from the blind7 facet review (reading-guide.md, "Scope", "Care level",
"Target group and age"), on sentences of the tuned blind7 texts (tests/fixtures/blind7).

- A combined heading ("Första linjen och primärvård") gives each item only the parts its own text
  supports, and a level named only as a member of a list of settings does not support one:
  "Modellen samlar elevhälsa, ungdomsmottagning och vårdcentral …" (inventering 67–68),
  "… bygger på en enkät till vårdcentraler, ungdomsmottagningar, elevhälsa och socialtjänst"
  (insatser 92–94). Enumerations are not targets.
- "främja och förebygga" names both levels (inventering 17, heading "Att främja och förebygga"), so
  such a heading is combined and read part by part.
- Preventing coercive measures is an aim of inpatient care, not prevention (inventering 120:
  "… som vill förebygga bältesläggning och andra tvångsåtgärder").
- The units whose waiting times a survey measures are what it covers (inventering 110:
  "Kartläggningen visar väntetider i öppenvård, neuropsykiatriska utredningar och heldygnsvård").
- Ages: "barn från sex år och upp till sjutton år" is 6–17 (insatser 123), not "från sex år"
  open-ended; "personer över 65 år" is 65 and up (slutrapport 46; README: "över 65 år" recorded
  as min 65).
"""

from __future__ import annotations

from loader.enrich import _listed_only
from loader.facts import age_range
from tests.loader.helpers import enrich_resource, lex

_enrich = enrich_resource


def test_a_settings_list_supports_no_part_of_a_combined_heading() -> None:
    heading = "Första linjen och primärvård"
    e = _enrich(
        "Ingång Roslagen – modell för en samlad första linje för barn och unga 6–20 år",
        "Modellen samlar elevhälsa, ungdomsmottagning och vårdcentral i en gemensam ingång med ett telefonnummer.",
        heading,
    )
    assert set(e.mention.care_levels) == {"forsta-linjen"}
    e = _enrich(
        "Första linjen 2030 – en väg in för alla?",
        "Under 2030 gav SKR ut rapporten Första linjen 2030 – en väg in för alla?, som bygger på en enkät till "
        "vårdcentraler, ungdomsmottagningar, elevhälsa och socialtjänst.",
        heading,
    )
    assert "primarvard" not in e.mention.care_levels
    # The part its own text names still counts (a sector the item is made for).
    e = _enrich("Samtal som hjälper", "Den riktar sig till kuratorer och psykologer på vårdcentraler.", heading)
    assert "primarvard" in e.mention.care_levels


def test_listed_only_needs_a_tight_list() -> None:
    text = "En guide för chefer i elevhälsa och primärvård som först kom 2026."
    assert _listed_only(lex(), text) == set()
    text = "Rapporten bygger på en enkät till vårdcentraler, ungdomsmottagningar, elevhälsa och socialtjänst."
    assert _listed_only(lex(), text) == {"primarvard", "forsta-linjen", "elevhalsa", "socialtjanst"}


def test_framja_och_forebygga_is_a_combined_heading() -> None:
    e = _enrich(
        "Vardagsrörelse – metodstöd för fritidshem om rörelse och gemenskap för barn 7–10 år",
        "Metodstödet hjälper fritidspedagoger att planera lekar och rörelsepass.",
        "Att främja och förebygga",
    )
    assert not {"forebyggande", "framjande"} & set(e.mention.care_levels)
    e = _enrich("Webbkurs", "En kurs om att förebygga psykisk ohälsa.", "Att främja och förebygga")
    assert "forebyggande" in e.mention.care_levels
    assert "framjande" not in e.mention.care_levels


def test_preventing_coercion_is_no_prevention_level() -> None:
    e = _enrich(
        "Tvångsåtgärder i heldygnsvården – checklista för uppföljning",
        "Checklistan är gjord för avdelningschefer inom psykiatrisk heldygnsvård som vill förebygga "
        "bältesläggning och andra tvångsåtgärder.",
        "Specialiserad psykiatri",
    )
    assert "forebyggande" not in e.mention.care_levels
    assert "heldygnsvard" in e.mention.care_levels


def test_waiting_times_in_units_are_coverage() -> None:
    e = _enrich(
        "BUP-läget i länen 2030 – kartläggning av väntetider i barn- och ungdomspsykiatrin",
        "Kartläggningen visar väntetider i öppenvård, neuropsykiatriska utredningar och heldygnsvård i alla 21 "
        "regioner.",
    )
    assert "bup" in e.mention.care_levels
    assert "heldygnsvard" not in e.mention.care_levels


def test_age_spans_with_both_ends_in_years() -> None:
    assert age_range("hur barn från sex år och upp till sjutton år kan lotsas rätt")[:2] == (6, 17)  # type: ignore[index]
    assert age_range("kring personer över 65 år med långvarig psykisk sjukdom")[:2] == (65, None)  # type: ignore[index]
    assert age_range("projektet har pågått i över 3 år") is None
    e = _enrich(
        "Barnets väg till första linjen",
        "Den nya versionen beskriver hur barn från sex år och upp till sjutton år kan lotsas rätt.",
    )
    assert (e.mention.age_min, e.mention.age_max) == (6, 17)
    assert set(e.mention.target_groups) == {"barn", "unga"}


def test_a_managers_medarbetare_are_no_second_audience() -> None:
    # blind8 insatser 118–120 and blind7 inventering 176: the managers use the tool; the
    # employees are whom their work concerns.
    e = _enrich(
        "Tillbaka i takt",
        "Webbverktyget Tillbaka i takt hjälper chefer att planera en stegvis återgång i arbete för "
        "medarbetare som varit sjukskrivna för psykisk ohälsa.",
    )
    assert "chefer" in e.mention.audience
    assert "personal" not in e.mention.audience
    e = _enrich("Ledarskapsutbildning", "Utbildningen riktar sig till chefer och medarbetare i kommunen.")
    assert {"chefer", "personal"} <= set(e.mention.audience)


def test_school_stages_place_pupils_in_bands() -> None:
    # blind8 inventering 79: "Elevhälsosamtalet – ett metodstöd för skolsköterskor och skolkuratorer
    # i högstadiet" (README: högstadiet read as unga only).
    e = _enrich("Elevhälsosamtalet – ett metodstöd för skolsköterskor och skolkuratorer i högstadiet")
    assert set(e.mention.target_groups) & {"barn", "unga"} == {"unga"}
    assert (e.mention.age_min, e.mention.age_max) == (None, None)


def test_where_a_poster_is_put_up_is_no_level() -> None:
    # blind7 inventering 91: "… och sätts upp i väntrum och på skolor."
    e = _enrich(
        "Väntrumskortet – affisch om var unga kan få hjälp",
        "Affischen vänder sig till unga mellan 13 och 19 år och sätts upp i väntrum och på skolor.",
    )
    assert "elevhalsa" not in e.mention.care_levels


def test_places_visited_are_no_level() -> None:
    # blind8 slutrapport 65: "Projektet prövar en mobil mottagning där samtalsbehandlare besöker
    # skolor och fritidsgårdar på fasta dagar." (README: places are mentions)
    e = _enrich(
        "Fjällnära första linje",
        "Projektet prövar en mobil mottagning där samtalsbehandlare besöker skolor och fritidsgårdar på fasta dagar.",
    )
    assert "elevhalsa" not in e.mention.care_levels


def test_return_to_work_is_working_life_without_staff_audience() -> None:
    # blind5 inventering 160 "Tillbaka i tid – checklista för återgång i arbete efter sjukskrivning"
    # (gold arbetsliv, anstallda, chefer): the process names the sector and the people, not a service
    # whose staff use the checklist.
    e = _enrich(
        "Tillbaka i tid – checklista för återgång i arbete efter sjukskrivning",
        "Checklistan hjälper chefer att planera arbetet.",
    )
    assert "arbetsliv" in e.mention.care_levels
    assert "anstallda" in e.mention.target_groups
    assert "personal" not in e.mention.audience


def test_waiting_times_for_units_are_coverage() -> None:
    # blind6 insatser 140: "Rapporten redovisar väntetider för öppenvård, utredningar och heldygnsvård"
    e = _enrich(
        "BUP i Sverige 2029",
        "Rapporten redovisar väntetider för öppenvård, utredningar och heldygnsvård med data från alla regioner.",
    )
    assert "heldygnsvard" not in e.mention.care_levels
