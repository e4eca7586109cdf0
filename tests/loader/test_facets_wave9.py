"""Facets read on new material (issue 10, wave 9): conventions found in blind16's and blind17's errors.

Each case is made-up text in the wording of a blind16/blind17 report line it cites, in at least two
wordings; the expected values are read by the reading guide (/work/shared/design/reading-guide.md)
and the vocabulary contract's codes.
"""

from __future__ import annotations

from loader import facts
from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich
from loader.model import Mention, Source
from tests.loader.helpers import enrich_resource, lex


def _enrich(name: str, description: str = "", heading: str = "", others: tuple[str, ...] = ()) -> Enriched:
    return enrich_resource(name, description, heading, (name, *others), "2059-insatser-exempel")


def _laid_out(
    name: str, years: tuple[int, ...], line: str, description: str = "", heading: str = "", others: tuple[str, ...] = ()
) -> Enriched:
    """A resource whose years a layout read (a year column, "(2058)", a year heading)."""
    m = Mention(
        "resource",
        name,
        Source("2059-insatser-exempel", 4, line),
        description=description,
        heading=heading,
        years=years,
    )
    return enrich(m, lex(), ActorLexicon([]), None, (name, *others), (name, *others))


# -- Years: the item's making, not its topic's history ----------------------------------------------


def test_a_verb_in_an_indirect_question_dates_the_topic_not_the_item() -> None:
    # blind16 2059-insatser:78 "Rapporten följer hur första linjen för barn och unga 6–24 år har
    # utvecklats sedan 2053" (reading guide, Years: not data years).
    said = "Rapporten följer hur första linjen för unga har utvecklats sedan 2050 och riktar sig till politiker."
    assert facts.years_in_text(said, "Läget i första linjen") == ()
    said = "Kartläggningen beskriver vad som har förändrats i elevhälsan sedan 2049."
    assert facts.years_in_text(said, "Elevhälsan i siffror") == ()
    # the item's own making still counts
    assert facts.years_in_text("Rapporten publicerades 2052 och beskriver hur väntetiderna har ändrats.", "X") == (
        2052,
    )


def test_a_year_in_a_relative_clause_after_the_making_verb_is_the_nouns_not_the_items() -> None:
    # blind16 2058-slutrapport:85 "tagit fram skriften X, som sammanfattar erfarenheter från de
    # regioner som sedan 2052 arbetat med modeller"
    said = "SKR har tagit fram skriften Ljus, som samlar erfarenheter från kommuner som sedan 2040 arbetat med det."
    assert facts.years_in_text(said, "Ljus") == ()
    said = "UPH gav ut guiden Vägen, där regioner som under 2041 prövat arbetssättet berättar."
    assert facts.years_in_text(said, "Vägen") == ()
    # a making verb of its own inside the relative clause dates the item
    assert facts.years_in_text("SKR tog fram filmen Vägen, som lanserades i maj 2042.", "Vägen") == (2042,)


def test_a_sentence_about_the_first_edition_dates_that_edition() -> None:
    # blind16 2060-inventering:73 "BUP-bilden 2058 – …": "Den första BUP-bilden kom 2054."
    desc = "Kartläggning av väntetider i alla regioner. Den första Kölistan kom 2040."
    assert facts.years_in_text(desc, "Kölistan 2044 – väntetider") == ()
    desc = "Rapporten följer läget varje år. Den förra upplagan gavs ut 2041."
    assert facts.years_in_text(desc, "Läget 2044") == ()
    e = _enrich("Kölistan 2044 – väntetider i BUP", "Kartläggning av väntetider. Den första Kölistan kom 2040.")
    assert e.mention.years == (2044,)


# -- Years a layout read keep a quote, and are the item's own --------------------------------------


def test_a_year_a_layout_read_keeps_the_words_that_print_it() -> None:
    # every fact keeps a quote: "Nytt material 2059" over a list, "(2057)" after a title
    e = _laid_out("Ro", (2059,), "Ro", heading="L. Nytt material 2059")
    ev = [x for x in e.evidence if x.field == "years"]
    assert [(x.value, x.quote, x.trigger) for x in ev] == [("2059", "Nytt material 2059", "2059")]
    e = _laid_out("Bron – om sömn", (2057,), "Bron – om sömn (2057)")
    ev = [x for x in e.evidence if x.field == "years"]
    assert [(x.value, x.quote) for x in ev] == [("2057", "Bron – om sömn (2057)")]


def test_a_layout_year_printed_only_in_a_sentence_about_the_sequel_is_the_sequels() -> None:
    # blind16 2059-insatser:123 "Som fortsättning på Närvarokompassen lanserades i mars 2058
    # webbutbildningen Närvarokompassen – fortsättning om långvarig frånvaro."
    sequel = "Ledstången – fortsättning om stress"
    e = _laid_out(
        "Ledstången",
        (2051,),
        "Ledstången",
        f"Som fortsättning på Ledstången lanserades i mars 2051 webbutbildningen {sequel}.",
        others=(sequel,),
    )
    assert e.mention.years == ()
    # blind17 2063-insatser:109 "Under 2062 kom fortsättningen Skolfrånvarons signaler – steg 2, som
    # riktar sig till rektorer och elevhälsoteam."
    sequel = "Trappan – steg 2"
    e = _laid_out(
        "Trappan",
        (2052,),
        "Trappan",
        f"Kursen Trappan har gåtts av 900. Under 2052 kom fortsättningen {sequel}, som riktar sig till rektorer.",
        others=(sequel,),
    )
    assert e.mention.years == ()
    assert "chefer" not in e.mention.audience
    # the year printed for the item itself stays
    e = _laid_out("Trappan", (2050,), "Trappan", "Webbutbildningen Trappan lanserades 2050.", others=(sequel,))
    assert e.mention.years == (2050,)


def test_a_sequel_subtitle_makes_another_item_but_a_plain_subtitle_does_not() -> None:
    from loader.enrich import _introduced_blanked

    t = "Guiden Ro fick under 2050 en fortsättning, Ro – del 2, för kuratorer."
    assert "kuratorer" not in _introduced_blanked(t, ("Ro",), t, ("Ro", "Ro – del 2"))
    t = "Kursen Ro fick 2050 en fortsättning, Ro – steg 2, för kuratorer."
    assert "kuratorer" not in _introduced_blanked(t, ("Ro",), t, ("Ro",))
    # a plain subtitle is the item's own title: the item's sentence stays
    t = "Under 2050 kom en ny version, Ro – samtal om sömn, för kuratorer."
    assert "kuratorer" in _introduced_blanked(t, ("Ro – samtal om sömn",), t, ("Ro – samtal om sömn",))


# -- Form: the note closing an entry, the maker's noun ----------------------------------------------


def test_the_form_note_closing_an_entry_says_what_the_item_is() -> None:
    # blind16 2060-inventering:20-24 "… i förskolan. [metodstöd]"; :216-218 "Intervjuer med 60 unga
    # 15–24 år om deras möte med första linjen. [rapport]" (reading guide, Form: a form note beside it)
    e = _enrich("Små steg – stöd för familjer med barn 0–3 år", "Stödet används på familjecentraler. [metodstöd]")
    assert e.mention.forms == ("metodstod",)
    e = _enrich("Röster om vården – en intervjustudie", "Intervjuer med 40 unga om deras möte med vården. [rapport]")
    assert "rapport" in e.mention.forms
    # a note inside the text is no closing note
    from loader.enrich import closing_note_forms

    assert closing_note_forms(lex(), "Modellen [se avsnitt 4] används i tre kommuner.") == []
    assert closing_note_forms(lex(), "Broschyren delas ut på mottagningen [se bilaga]") == []


def test_a_sub_items_own_note_is_on_its_line_the_closing_one_is_its_parents() -> None:
    # blind17 2064-inventering:35-37 "– Vadstället digitalt (2061) [webbverktyg]" / "[checklista]";
    # :97-99 "– Nattvakten – en natt på avdelning 12 [film]" / "[metodstöd]"
    from loader.model import Relation

    def sub(name: str, desc: str, forms: tuple[str, ...] = ()) -> Enriched:
        m = Mention(
            "resource",
            name,
            Source("r", 2, name),
            description=desc,
            forms=forms,
            relations=(Relation("part-of", "resource", "Lyftet – checklista för chefer"),),
        )
        return enrich(m, lex(), ActorLexicon([]), None, (name, "Lyftet – checklista för chefer"))

    assert sub("Lyftet digitalt", "Lyftet digitalt (2051) [webbverktyg] [checklista]").mention.forms == ("webbverktyg",)
    assert sub("Lyftet på film", "[checklista]", ("film",)).mention.forms == ("film",)


def test_a_form_noun_naming_the_maker_is_not_the_items_form() -> None:
    # blind16 2060-inventering:81 "Metodstödet togs fram av Nätverket Stilla vatten och beskriver …"
    e = _enrich(
        "Lugnt vatten – metodstöd för färre tvångsåtgärder",
        "Metodstödet togs fram av Nätverket Lugnt vatten och beskriver arbetssätt.",
    )
    assert "natverk" not in e.mention.forms
    e = _enrich("Ankaret", "Guiden gavs ut av Projektet Ankaret och riktar sig till kuratorer.")
    assert "projekt" not in e.mention.forms


# -- Audience and form: who uses it, what it is ----------------------------------------------------


def test_users_after_a_quantifier_and_a_services_genitive_are_the_users() -> None:
    # blind16 2058-handlingsplan:62 "Sjömärket – metodstöd för första samtalet med unga, som används
    # av alla tre kommunernas kuratorer"
    e = _enrich(
        "Fyren – stöd för samtal",
        "Mottagningen har tagit fram Fyren – stöd för samtal, som används av alla fem skolornas kuratorer.",
    )
    assert "personal" in e.mention.audience
    e = _enrich("Lotsen", "Lotsen är ett metodstöd som används av samtliga regionens sjuksköterskor.")
    assert "personal" in e.mention.audience


def test_a_pronoun_and_a_copula_after_the_naming_sentence_speak_of_the_item() -> None:
    # blind16 2058-slutrapport:62 "… publicerades i oktober. Den är en nulägesbeskrivning av hur …
    # och riktar sig till politiker och tjänstemän."
    desc = (
        "Uppföljningen Läget 2050 – vägar in publicerades i maj. "
        "Den är en nulägesbeskrivning av vården och riktar sig till politiker."
    )
    m = Mention(
        "resource",
        "Läget 2050 – vägar in",
        Source("r", 1, "Läget 2050 – vägar in"),
        description=desc,
        forms=("rapport",),
    )
    e = enrich(m, lex(), ActorLexicon([]), None, (m.name,))
    assert "beslutsfattare" in e.mention.audience
    assert "kartlaggning" in e.mention.forms
    desc = "SKR gav ut Vägvisaren under våren. Den är en guide för chefer i kommunerna."
    m = Mention("resource", "Vägvisaren", Source("r", 1, "Vägvisaren"), description=desc, forms=("skrift",))
    e = enrich(m, lex(), ActorLexicon([]), None, (m.name,))
    assert "chefer" in e.mention.audience


def test_a_form_in_the_sentence_about_where_the_item_was_shown_is_not_its_form() -> None:
    # blind16 2059-insatser:219 "… uppmärksammades med ett webbinarium där filmerna Jag ringde till
    # slut och Någon lyssnade visades." (reading guide, Form: a form named about something else)
    desc = "Dagen uppmärksammades med ett webbinarium där filmerna Steget och Orden visades."
    for name in ("Steget", "Orden"):
        m = Mention("resource", name, Source("r", 1, name), description=desc, forms=("film",))
        e = enrich(m, lex(), ActorLexicon([]), None, ("Steget", "Orden"))
        assert e.mention.forms == ("film",)
    desc = "Under konferensen visades filmen Bryggan för 300 deltagare."
    m = Mention("resource", "Bryggan", Source("r", 1, "Bryggan"), description=desc, forms=("film",))
    assert enrich(m, lex(), ActorLexicon([]), None, ("Bryggan",)).mention.forms == ("film",)


def test_a_services_genitive_before_the_staff_names_the_users_not_the_target() -> None:
    # blind17 2061-kraftsamling:123 "Fotfäste – webbutbildning för förskolans personal";
    # blind17 2062-handlingsplan:73 "Ankarplats – samtalsmetod för elevhälsans kuratorer"
    m = _enrich("Grodden – webbutbildning för förskolans personal").mention
    assert m.audience == ("personal",) and "barn" not in m.target_groups
    m = _enrich("Trädet – kurs för skolans lärare").mention
    assert "allmanheten" not in m.audience
    m = _enrich("Bojen – samtalsmetod för elevhälsans kuratorer").mention
    assert m.audience == ("elevhalsopersonal",)
    m = _enrich("Bojen – samtalsstöd för elevhälsans skolsköterskor").mention
    assert m.audience == ("elevhalsopersonal",)
    # a film for the children themselves keeps its group and users
    m = _enrich("Grodden – film för förskolebarn").mention
    assert "barn" in m.target_groups


def test_what_a_listed_part_is_for_is_the_parts_own() -> None:
    # blind16 2060-inventering:81-85 "Till metodstödet hör filmen: · Ett lugnare möte (2058), för
    # skötare och sjuksköterskor [film]" gives the method support no audience
    desc = "Stödet beskriver arbetssätt på avdelningar. Till metodstödet hör filmen: · Ett möte (2058), för skötare"
    assert _enrich("Lugnet – metodstöd för färre tvångsåtgärder", desc).mention.audience == ()
    desc = "Guiden beskriver första samtalet. Till guiden hör en film, Samtalet, för kuratorer och psykologer."
    assert _enrich("Vägen – guide för mottagningar", desc).mention.audience == ()


def test_staff_showing_signs_of_ill_health_are_whom_a_managers_support_helps() -> None:
    # blind16 2060-inventering:126 "Checklista för chefer som ska samtala med en medarbetare som
    # visar tecken på stress"; blind17 2064-inventering:25-27 "… förebygga arbetsrelaterad psykisk
    # ohälsa hos sina medarbetare", :31 "när en medarbetare visar tecken på psykisk ohälsa"
    m = _enrich(
        "Samtalet – stöd för chefer", "Checklista för chefer som ska tala med en medarbetare som visar tecken på oro."
    )
    assert "anstallda" in m.mention.target_groups and "chefer" in m.mention.audience
    m = _enrich("Ledarlyftet", "Kurs för chefer som vill förebygga psykisk ohälsa hos sina medarbetare.")
    assert "anstallda" in m.mention.target_groups
    m = _enrich("Tidig signal", "Stödet hjälper chefer att agera när en medarbetare visar tecken på utmattning.")
    assert "anstallda" in m.mention.target_groups


def test_the_agent_of_taking_a_training_is_its_user() -> None:
    # blind16 2057-kraftsamling:123 "Närvarokompassen – webbutbildningen har gåtts av elevhälsan i
    # alla fyra kommunerna" (reading guide, Audience: who uses the item)
    e = _enrich("Steget", "Steget – webbutbildningen har gåtts av elevhälsan i alla tre kommunerna.")
    assert "elevhalsopersonal" in e.mention.audience
    e = _enrich("Kursen Ro", "Kursen Ro genomgicks av socialtjänsten under hösten.")
    assert "personal" in e.mention.audience


def test_a_sentence_whose_subject_is_another_forms_noun_speaks_of_that_thing() -> None:
    # blind13 2047-slutrapport:82 "Modellen riktar sig till unga 13–24 år … och består av fyra
    # strukturerade samtal och ett skattningsformulär, Kompassrosen – skattning av mående."
    desc = "Modellen riktar sig till unga 13–24 år och består av tre samtal och ett formulär, Rosen – skattning."
    m = Mention(
        "resource", "Rosen – skattning", Source("r", 1, "Rosen – skattning"), description=desc, forms=("formular",)
    )
    assert "allmanheten" not in enrich(m, lex(), ActorLexicon([]), None, (m.name,)).mention.audience
    desc = "Formuläret riktar sig till unga 13–24 år och fylls i före första samtalet."
    m = Mention(
        "resource", "Rosen – skattning", Source("r", 1, "Rosen – skattning"), description=desc, forms=("formular",)
    )
    assert "allmanheten" in enrich(m, lex(), ActorLexicon([]), None, (m.name,)).mention.audience
