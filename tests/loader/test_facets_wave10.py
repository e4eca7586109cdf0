"""Facets read on new material (issue 10, wave 10): conventions shared by blind16–blind18's errors.

Each case is made-up text in the wording of the report lines it cites (at least two wordings, and a
case that must not fire); expected values are read by the reading guide
(/work/shared/design/reading-guide.md) and the vocabulary contract's codes.
"""

from __future__ import annotations

from loader import facts
from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, inherit
from loader.model import Mention, Relation, Source
from tests.loader.helpers import enrich_resource, lex


def _with_parts(name: str, line: str, parts: dict[str, str]) -> list[Enriched]:
    """A product whose text is ``line`` and its parts (title -> the part's own line), enriched and
    inherited as the pipeline does."""
    parent = Mention(
        "resource",
        name,
        Source("r", 1, line),
        description=line,
        relations=tuple(Relation("has-part", "resource", p) for p in parts),
    )
    kids = [
        Mention(
            "resource",
            p,
            Source("r", 2 + i, text),
            description=text,
            relations=(Relation("part-of", "resource", name),),
        )
        for i, (p, text) in enumerate(parts.items())
    ]
    names = (name, *parts)
    return inherit([enrich(m, lex(), ActorLexicon([]), None, names) for m in (parent, *kids)])


# -- Ages: a part that names only an age group its parent's range covers takes the range --------


def test_a_part_naming_the_young_person_takes_the_parents_age_range() -> None:
    # blind16 2058-slutrapport:64–66 "Stegbrädan – vägledning …, ett stöd för behandlare … som möter unga
    # 13–24 år … Till vägledningen hör: ◦ Stegbrädan – frågeformulär inför första besöket, som den unga
    # fyller i själv"; blind17 2062-slutrapport:60–61 (Hjärtvedsguiden – skattningsformulär) alike.
    out = _with_parts(
        "Ledstegen – vägledning för samtal",
        "Ledstegen – vägledning för samtal, ett stöd för kuratorer som möter unga 13–24 år. Till vägledningen hör:",
        {"Ledstegen – frågeformulär": "Ledstegen – frågeformulär, som den unga fyller i själv"},
    )
    kid = out[1].mention
    assert (kid.age_min, kid.age_max) == (13, 24) and kid.target_groups == ("unga",)
    assert any(ev.field == "age" and "13–24 år" in ev.quote for ev in out[1].evidence)


def test_a_part_naming_a_child_under_a_range_over_two_bands_takes_both_bands() -> None:
    # blind18 2068-inventering:49–57 and 2066-slutrapport:51–54 "Vindskyddet – vägledning … för barn och
    # unga 6–17 år … Vindskyddet – samtalskort, ett frågeformulär som barnet och personalen fyller i"
    out = _with_parts(
        "Lövbron – vägledning för barn och unga 6–17 år",
        "Lövbron – vägledning för barn och unga 6–17 år togs fram under våren 2050. Till vägledningen hör:",
        {"Lövbron – samtalskort": "Lövbron – samtalskort, ett frågeformulär som barnet fyller i med en vuxen"},
    )
    kid = out[1].mention
    assert (kid.age_min, kid.age_max) == (6, 17)
    assert kid.target_groups == ("barn", "unga")
    assert all(ev.quote for ev in out[1].evidence if ev.field in ("age", "target_groups"))


def test_a_part_for_another_group_keeps_its_own_and_takes_no_range() -> None:
    # "Vindskyddet – film för vårdnadshavare" (blind18 2066-slutrapport:55): parents are not the
    # children the guide's range is about; gold gives the film no age range.
    out = _with_parts(
        "Lövbron – vägledning för barn och unga 6–17 år",
        "Lövbron – vägledning för barn och unga 6–17 år togs fram 2050. Till vägledningen hör:",
        {"Lövbron – film för vårdnadshavare": "Lövbron – film för vårdnadshavare, som förklarar stödet"},
    )
    kid = out[1].mention
    assert (kid.age_min, kid.age_max) == (None, None)
    assert "foraldrar" in kid.target_groups
    # a part for adults under a guide for the young is outside the range
    out = _with_parts(
        "Ledstegen – vägledning",
        "Ledstegen – vägledning för samtal med unga 13–24 år. Till vägledningen hör:",
        {"Ledstegen för äldre": "Ledstegen för äldre, ett samtalsstöd för äldre personer"},
    )
    assert (out[1].mention.age_min, out[1].mention.age_max) == (None, None)


# -- Years: an entry's clipped sentence without a subject dates the entry --------------------------


def test_an_entry_sentence_opening_with_its_making_verb_dates_the_entry() -> None:
    # blind18 2068-inventering:109–111 "Webbplats med introduktionsmaterial för nyanställda …
    # Lanserades 2064. (webbplats)"; blind7 2030-kraftsamling:95 "Togs fram 2029 av Västra
    # Götalandsregionen"; blind5 2028-kraftsamling:221 "Publicerad 2027"
    assert facts.years_in_text("Webbplats med material för nyanställda. Lanserades 2051. (webbplats)", "Ledljus") == (
        2051,
    )
    assert facts.years_in_text("Ett samtalsstöd för unga. Publicerad hösten 2049.", "Ledljus") == (2049,)
    # a sentence with its own subject still must speak of the item
    assert facts.years_in_text("Material för nyanställda. Regionen lanserade Kompassen 2051.", "Ledljus") == ()


# -- A version of the thing before is the same work in another medium ------------------------------


def _paragraph(first: str, first_text: str, version: str, version_text: str) -> list[Enriched]:
    """Two resources the layout read from one paragraph (the same line), each with its own sentences."""
    ms = [
        Mention("resource", first, Source("r", 7, first_text), description=first_text, heading="3.2 Arbetsliv"),
        Mention("resource", version, Source("r", 7, version_text), description=version_text, heading="3.2 Arbetsliv"),
    ]
    return inherit([enrich(m, lex(), ActorLexicon([]), None, (first, version)) for m in ms])


def test_a_digital_version_takes_the_things_levels_groups_and_users() -> None:
    # blind18 2066-slutrapport:91 "Checklistan Chefens tio frågor … hjälper chefer att förebygga
    # sjukskrivning hos medarbetare. Den finns också som digital version i appen Chefsstödet"
    out = _paragraph(
        "Tio steg",
        "Checklistan Tio steg (2050) hjälper chefer att förebygga sjukskrivning hos medarbetare.",
        "Stegstödet",
        "Den finns också som digital version i appen Stegstödet, som lanserades i maj 2050.",
    )
    checklist, app = out[0].mention, out[1].mention
    assert "forebyggande" in checklist.care_levels and "forebyggande" in app.care_levels
    assert app.audience == checklist.audience == ("chefer",)
    assert "anstallda" in app.target_groups
    assert all(ev.quote for ev in out[1].evidence)
    # blind17 2062-slutrapport:88 "Checklistan riktar sig till chefer och HR och syftar till att
    # förebygga sjukskrivning. En digital version, Vadstället digitalt, lanserades i november 2061."
    out = _paragraph(
        "Ledfyren – checklista för chefer",
        "Ledfyren – checklista för chefer togs fram 2050. Checklistan syftar till att förebygga sjukskrivning.",
        "Ledfyren digitalt",
        "En digital version, Ledfyren digitalt, lanserades i november 2050.",
    )
    assert "forebyggande" in out[1].mention.care_levels and out[1].mention.audience == ("chefer",)


def test_an_item_not_introduced_as_a_version_keeps_its_own_facets() -> None:
    out = _paragraph(
        "Tio steg",
        "Checklistan Tio steg (2050) hjälper chefer att förebygga sjukskrivning hos medarbetare.",
        "Stegstödet",
        "Appen Stegstödet, som lanserades i maj 2050, ger unga övningar.",
    )
    assert "forebyggande" not in out[1].mention.care_levels and "chefer" not in out[1].mention.audience


def test_a_container_whose_text_is_its_first_childs_line_hands_down_no_range() -> None:
    # blind6 2030-inventering:94–98 "Filmer om att söka hjälp (2028)" over "– Var går jag när det känns
    # tungt? (för unga 15–20 år)" and "– Min första tid hos kuratorn": the range is the first film's
    out = _with_parts(
        "Filmer om oro",
        "– Var ringer jag? (för unga 15–20 år)",
        {"Mitt första besök": "Mitt första besök, en film för unga om kuratorn"},
    )
    assert (out[1].mention.age_min, out[1].mention.age_max) == (None, None)


# -- Ages: a range in the noun phrase after another item's name is that item's ----------------------


def test_a_range_after_another_items_name_is_that_items() -> None:
    # blind18 2068-insatser:129–137: Vårdträdet's run-on text ends "… Röster från Vårdträdet – Leila och
    # Sam Föräldraprogrammet Hängbron för föräldrar till barn 3–11 år har utvärderats av MFoF."
    others = ("Ekbacken", "Föräldraprogrammet Asken", "Asken")
    e = _enrich_initiative(
        "Ekbacken",
        "Projektet Ekbacken avslutades 2050. Filmer från Ekbacken – Ida Föräldraprogrammet Asken för "
        "föräldrar till barn 3–11 år har utvärderats.",
        others,
    )
    assert (e.mention.age_min, e.mention.age_max) == (None, None)
    e = _enrich_initiative(
        "Ekbacken", "Projektet Ekbacken avslutades 2050. Programmet Asken för tonåringar 13–17 år fortsätter.", others
    )
    assert (e.mention.age_min, e.mention.age_max) == (None, None)
    # the item's own range, and a range after a verb, stay
    e = _enrich_initiative("Ekbacken", "Projektet Ekbacken stödjer familjer med barn 0–5 år. Asken fortsätter.", others)
    assert (e.mention.age_min, e.mention.age_max) == (0, 5)
    e = _enrich_initiative("Ekbacken", "Projektet Ekbacken, som bygger på Asken, når unga 13–17 år.", others)
    assert (e.mention.age_min, e.mention.age_max) == (13, 17)


def _enrich_initiative(name: str, description: str, others: tuple[str, ...]) -> Enriched:
    m = Mention("initiative", name, Source("r", 1, description), description=description)
    return enrich(m, lex(), ActorLexicon([]), None, others)


# -- Care level: a heading "Psykiatri" is no specialist heading ---------------------------------------


def test_a_psychiatry_heading_without_specialist_adds_no_specialist_level_to_a_narrower_one() -> None:
    # blind18 2066-slutrapport:99–101 heading "3.4 Psykiatri" over "Kartläggningen Psykiatrisk
    # heldygnsvård 2065 …"; 2067-handlingsplan:132–134 "6 Psykiatri och heldygnsvård" over "Trygg
    # hemgång – stöd vid utskrivning från psykiatrisk heldygnsvård" (gold: heldygnsvard only)
    e = enrich_resource("Lugna nätter – stöd i psykiatrisk heldygnsvård", heading="3.4 Psykiatri")
    assert e.mention.care_levels == ("heldygnsvard",)
    e = enrich_resource("Hemåt – checklista vid utskrivning från heldygnsvården", heading="6 Psykiatri och tvång")
    assert "specialistniva" not in e.mention.care_levels and "heldygnsvard" in e.mention.care_levels
    # a specialist heading keeps its level beside the narrower one (reading guide, Care level)
    e = enrich_resource("Lugna nätter – stöd i psykiatrisk heldygnsvård", heading="Specialistpsykiatrin")
    assert e.mention.care_levels == ("heldygnsvard", "specialistniva")


# -- Status: a relative clause after another item's name is that item's ------------------------------


def test_a_status_in_a_relative_clause_after_another_name_is_that_items() -> None:
    # blind18 2068-insatser:163–166 "Webbutbildningen Ensam men inte glömd … lanserades i maj 2067 …
    # Den ersätter den äldre webbutbildningen Möten med ensamma äldre, som togs ur bruk samma månad."
    others = ("Stilla kväll", "Gamla kvällar")
    desc = "Webbutbildningen Stilla kväll lanserades 2050. Den ersätter Gamla kvällar, som togs ur bruk samma månad."
    assert enrich_resource("Stilla kväll", desc, others=others).mention.status is None
    desc = "Stilla kväll lanserades 2050 och ersätter Gamla kvällar, som inte längre är i bruk."
    assert enrich_resource("Stilla kväll", desc, others=others).mention.status is None
    # the item's own status stays
    desc = "Webbutbildningen Stilla kväll, som ersatte Gamla kvällar, togs ur bruk 2052."
    assert enrich_resource("Stilla kväll", desc, others=others).mention.status == "ej-i-bruk"


def test_a_version_of_a_named_original_is_not_the_original() -> None:
    # blind13 2048-insatser:105 "En lättare version av samtalsmodellen Kompassrosen, Kompassrosen bas, togs
    # fram 2047 för vårdcentraler": the original named after "version av" takes nothing from the version
    out = _paragraph(
        "Vägvisaren bas",
        "Vägvisaren bas togs fram 2050 för vårdcentraler som möter unga.",
        "Vägvisaren",
        "En lättare version av samtalsmodellen Vägvisaren, Vägvisaren bas, togs fram 2050.",
    )
    assert "primarvard" not in out[1].mention.care_levels


# -- Tables: a caption's year dates the sessions; its form noun names the rows' form ----------------


def _row(name: str, caption: str, line: str) -> Enriched:
    """A table row the layout read with the caption's year as a heading year."""
    year = int(caption.split()[-1])
    m = Mention("resource", name, Source("r", 5, line), description=line, heading=caption, years=(year,))
    return enrich(m, lex(), ActorLexicon([]), None, (name,))


def test_a_table_captions_year_is_no_making_year_and_its_form_noun_is_the_rows_form() -> None:
    # blind18 2066-slutrapport:65–69 "Tabell 1. Webbutbildningar 2065" over "Namn Målgrupp Deltagare"
    # rows (gold: webbutbildning, no year from the caption: "heading year is over the sessions");
    # blind17 2062-slutrapport:72 "Tabell 1. Webbutbildningar 2061" alike; blind18
    # 2067-handlingsplan:91 "Tabell 2. Utbildningar 2067" (gold: no year)
    e = _row("Tidiga tecken", "Tabell 1. Webbutbildningar 2050", "Tidiga tecken förskola, barnhälsovård 1 480")
    assert e.mention.years == () and e.mention.forms == ("webbutbildning",)
    e = _row("Fråga modigt", "Tabell 2. Utbildningar 2051", "Fråga modigt | chefer och skyddsombud | heldag")
    assert e.mention.years == ()
    # a caption that says its rows were made dates them
    e = _row("Fråga modigt", "Tabell 3. Framtagna material 2051", "Fråga modigt | film")
    assert e.mention.years == (2051,)
    # a list heading's year stays ("Nytt material 2059" over a list)
    m = Mention("resource", "Ro", Source("r", 4, "Ro"), heading="L. Nytt material 2059", years=(2059,))
    assert enrich(m, lex(), ActorLexicon([]), None, ("Ro",)).mention.years == (2059,)


def test_a_fronted_year_dates_a_launch_whose_subject_carries_its_type_noun() -> None:
    # blind16 2058-handlingsplan:75 "Under 2058 lanseras webbutbildningen Fyrljuset – barns psykiska hälsa
    # i förskolan, som riktar sig till …"; blind14 2051-handlingsplan:72 "Under 2051 lanseras webbplatsen
    # Hjälpkartan Sunnerbo, som visar …" (Swedish V2: the subject follows the verb)
    said = "Under 2050 lanseras webbutbildningen Ljuset – om små barn, som riktar sig till förskollärare."
    assert facts.years_in_text(said, "Ljuset – om små barn") == (2050,)
    said = "Under 2051 lanseras webbplatsen Kartan Norr, som visar unga var de får hjälp."
    assert facts.years_in_text(said, "Kartan Norr") == (2051,)
    # another thing launched is no year of the item
    said = "Under 2051 lanseras webbplatsen Kartan Norr, som länkar till Ljuset."
    assert facts.years_in_text(said, "Ljuset") == ()


def test_a_caption_form_gives_way_to_a_rows_own_form() -> None:
    # blind14 2051-handlingsplan:144–147 "Tabell 1. Utbildningar 2051" with a Form column "webbutbildning"
    m = Mention(
        "resource",
        "Trygg start",
        Source("r", 5, "| Trygg start | webbutbildning | förskolans personal | 200 |"),
        description="| Trygg start | webbutbildning | förskolans personal | 200 |",
        heading="Tabell 1. Utbildningar 2051",
        forms=("webbutbildning",),
    )
    assert enrich(m, lex(), ActorLexicon([]), None, ("Trygg start",)).mention.forms == ("webbutbildning",)


def test_the_levels_of_a_web_training_are_web_trainings() -> None:
    # blind18 2066-slutrapport:111–113 "Webbutbildningen Att fråga om suicidtankar finns i två nivåer:
    # ▸ … – grundnivå (2063) ▸ … – fördjupning (2065)"; 2068-inventering:137–145 "Webbutbildning i två nivåer:"
    out = _with_parts(
        "Fråga rakt",
        "Webbutbildningen Fråga rakt finns i två nivåer:",
        {
            "Fråga rakt – grundnivå": "Fråga rakt – grundnivå (2050)",
            "Fråga rakt – fördjupning": "Fråga rakt – fördjupning",
        },
    )
    assert [e.mention.forms for e in out] == [("webbutbildning",)] * 3
    # parts of a model are no models: its form stays its own
    out = _with_parts("Trappan", "Modellen Trappan har två delar:", {"Trappan – formulär": "Trappan – formulär"})
    assert out[1].mention.forms != ("modell",)


def test_a_caption_form_replaces_a_column_headers_generic_form() -> None:
    # blind17 2062-slutrapport:72–76 "Tabell 1. Webbutbildningar 2061" over "Utbildning | Målgrupp | Antal
    # deltagare": the header's "utbildning" is not printed in the row; the caption names web trainings
    line = "Samtal om oro – grundkurs vårdcentraler och ungdomsmottagningar 6 900"
    m = Mention(
        "resource",
        "Samtal om oro – grundkurs",
        Source("r", 5, line),
        description=line,
        heading="Tabell 1. Webbutbildningar 2050",
        forms=("utbildning",),
    )
    assert enrich(m, lex(), ActorLexicon([]), None, (m.name,)).mention.forms == ("webbutbildning",)


# -- An entry's first sentence is its own though a sequel's title holds its short name --------------


def test_a_sequels_title_in_the_entry_does_not_take_the_entrys_first_sentence() -> None:
    # blind16 2060-inventering:94–98 "Webbutbildning för elevhälsans personal om att tidigt upptäcka …
    # En fortsättningskurs finns: · Närvarokompassen – fortsättning om långvarig frånvaro (2058)"
    name, sequel = "Kompassen – om frånvaro", "Kompassen – fortsättning"
    for desc, users in (
        (
            f"Webbutbildning för elevhälsans personal om frånvaro. En fortsättningskurs finns: - {sequel} (2050)",
            ("elevhalsopersonal",),
        ),
        (f"Webbutbildning för chefer i skolan om frånvaro. En fortsättning finns: - {sequel} (2050)", ("chefer",)),
    ):
        m = Mention(
            "resource", name, Source("r", 9, desc), description=desc, heading="D. Elevhälsa", alt_names=("Kompassen",)
        )
        assert enrich(m, lex(), ActorLexicon([]), None, (name, sequel)).mention.audience == users
    # a paragraph that names the item only further on opens with another subject
    desc = "Skolan har arbetat med frånvaro för personal. Kompassen används i fyra kommuner."
    m = Mention("resource", name, Source("r", 9, desc), description=desc, heading="2.2 Skola", alt_names=("Kompassen",))
    assert "personal" not in enrich(m, lex(), ActorLexicon([]), None, (name, sequel)).mention.audience


def test_detecting_early_is_no_prevention_level() -> None:
    # blind16 2058-slutrapport:75 "ger stöd i att tidigt upptäcka elever i årskurs 4–9 med växande
    # frånvaro", blind17 2062-slutrapport:70 and blind18 2066-slutrapport:63 alike: gold elevhalsa only
    desc = "Den riktar sig till elevhälsans personal och ger stöd i att tidigt upptäcka elever med frånvaro."
    assert "forebyggande" not in enrich_resource("Ljuset", desc).mention.care_levels
    desc = "Webbutbildning för lärare om att tidigt upptäcka elever som far illa."
    assert "forebyggande" not in enrich_resource("Ljuset", desc).mention.care_levels
    # early interventions are
    assert "forebyggande" in enrich_resource("Ljuset", "Ett stöd för tidiga insatser i skolan.").mention.care_levels
