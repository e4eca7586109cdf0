"""Facets read on new material (issue 10, wave 8): conventions found in blind14's and blind15's errors.

Each case is made-up text in the wording of a blind14/blind15 report line it cites, in at least two
wordings; the expected values are read by the reading guide (/work/shared/design/reading-guide.md)
and the vocabulary contract's codes.
"""

from __future__ import annotations

from loader.enrich import Enriched
from tests.loader.helpers import enrich_resource


def _enrich(name: str, description: str = "", heading: str = "", others: tuple[str, ...] = ()) -> Enriched:
    return enrich_resource(name, description, heading, (name, *others), "2055-slutrapport-exempel")


# -- A heading coordinating a group with a field is a combined heading ---------------------------


def test_a_field_beside_a_group_in_a_heading_gives_the_group_only_where_the_text_names_it() -> None:
    # blind15 2054-slutrapport:91 "3.6 Suicidprevention och självskadebeteende" over a film series
    # "för anhöriga" and a municipal handbook: the heading names two topics (guide, Care level: a
    # combined heading gives each item only the parts its own text supports).
    m = _enrich("Vägen tillbaka – för närstående", "", "4.2 Suicidprevention och självskadebeteende").mention
    assert "sjalvskada" not in m.target_groups and "anhoriga" in m.target_groups
    m = _enrich(
        "Kommunens plan – steg för steg", "Handboken stödjer kommunernas ledning.", "Självskadebeteende, suicid"
    ).mention
    assert "sjalvskada" not in m.target_groups
    # an item whose own text names the group keeps it
    desc = "Webbutbildningen Ro handlar om att möta unga med självskadebeteende."
    m = _enrich("Ro", desc, "Suicidprevention och självskadebeteende").mention
    assert "sjalvskada" in m.target_groups


def test_a_heading_naming_the_group_alone_still_scopes_every_item() -> None:
    m = _enrich("Vägen tillbaka – för närstående", "", "4.2 Självskadebeteende").mention
    assert "sjalvskada" in m.target_groups


# -- A sentence about another item chooses none of a combined heading's parts ---------------------


def test_another_items_sentence_does_not_choose_a_part_of_a_combined_heading() -> None:
    # blind15 2054-slutrapport:56–66 "3.1 Barn och unga – tidiga insatser och första linjen": a guide
    # "för första linjens bedömningssamtal", then "Projektet Grodden … stödjer kommuner att utveckla
    # tidiga insatser": the project's words are its own (guide, Scope: other things keep their facts).
    desc = (
        "Fyrbåken – stöd för första linjens samtal är en vägledning för personal. "
        "Projektet Knoppen, som startade 2052, stödjer kommuner att utveckla tidiga insatser i förskolan."
    )
    m = _enrich(
        "Fyrbåken – stöd för första linjens samtal",
        desc,
        "Barn och unga – tidiga insatser och första linjen",
        ("Knoppen",),
    ).mention
    assert m.care_levels == ("forsta-linjen",)
    # blind14 2051-insatser:206–210 "Äldre och samsjuklighet": a closed web tool, then "Skriften Ett
    # samtal bort – om psykisk hälsa hos äldre …" (the booklet's group, not the tool's)
    desc = (
        "Webbverktyget Pratstunden, som stängdes 2049, har ersatts av lokala tjänster. "
        "Skriften Nära samtal – om psykisk hälsa hos äldre har tryckts i 12 000 exemplar."
    )
    m = _enrich("Pratstunden", desc, "Äldre och samsjuklighet", ("Nära samtal – om psykisk hälsa hos äldre",)).mention
    assert "aldre" not in m.target_groups


# -- What follows a thing introduced in apposition is that thing's ---------------------------------


def test_a_third_film_introduced_in_apposition_keeps_its_users_from_the_series() -> None:
    # blind15 2055-insatser:155 "Filmserien Efter ett försök har kompletterats med en tredje film,
    # Efter ett försök – för skolan, som riktar sig till lärare och elevhälsopersonal."
    desc = (
        "Filmserien Steget har kompletterats med en tredje film, Steget – för skolan, "
        "som riktar sig till lärare och elevhälsopersonal."
    )
    m = _enrich("Steget", desc, "4 Suicidprevention", ("Steget – för skolan",)).mention
    assert m.audience == () and m.care_levels == () and m.target_groups == ()
    desc = "Serien Vågen fick under året en ny kortfilm, Vågen i vården, för sjuksköterskor på BUP."
    m = _enrich("Vågen", desc, "", ("Vågen i vården",)).mention
    assert m.audience == () and "bup" not in m.care_levels


def test_a_pronoun_after_a_continuation_speaks_of_the_continuation() -> None:
    # blind15 2055-insatser:122–126 "En fortsättning, Elevhälsans första samtal – när eleven skadar sig
    # själv, lanserades i november 2054. Den riktar sig till elevhälsans personal och handlar om att
    # bemöta elever 12–19 år med självskadebeteende."
    desc = (
        "Webbutbildningen Första mötet har genomförts av 9 100 personer. En fortsättning, Första mötet – "
        "när eleven mår dåligt, lanserades i november 2054. Den riktar sig till elevhälsans personal och "
        "handlar om att bemöta elever 12–19 år med självskadebeteende."
    )
    m = _enrich("Första mötet", desc, "2.3 Elevhälsa", ("Första mötet – när eleven mår dåligt",)).mention
    assert m.audience == () and "sjalvskada" not in m.target_groups and m.age_min is None
    v = _enrich("Första mötet – när eleven mår dåligt", desc, "2.3 Elevhälsa", ("Första mötet",)).mention
    assert "elevhalsopersonal" in v.audience and (v.age_min, v.age_max) == (12, 19)
    desc = (
        "Guiden Tryggt steg används i 40 kommuner. Under året kom en ny version, Tryggt steg 2, "
        "för socialtjänsten. Den vänder sig till chefer och handlar om unga 16–20 år."
    )
    m = _enrich("Tryggt steg", desc, "", ("Tryggt steg 2",)).mention
    assert m.audience == () and m.age_min is None


# -- Form: a form note, a series' parts, a teacher's guide ----------------------------------------


def test_a_form_note_closing_an_entry_gives_the_form() -> None:
    # blind15 2056-inventering:25–27 "Lektioner för att främja psykisk hälsa i lågstadiet. … Typ:
    # lärarhandledning" and :133 "Filmserie i tre delar. Typ: film" (guide, Form: a form note).
    m = _enrich("Vänskapståget", "Lektioner om vänskap i lågstadiet. Typ: lärarhandledning").mention
    assert m.forms == ("guide",)
    m = _enrich("Andas ut", "Övningar för unga som vill sova bättre. Format: app").mention
    assert m.forms == ("app",)
    m = _enrich("Vid sidan om", "Filmserie i tre delar om att vara närstående.").mention
    assert m.forms == ("film",)


def test_the_parts_of_a_film_series_are_films() -> None:
    # blind15 2056-inventering:133–141 "■ Efter ett försök (2053–2054) Filmserie i tre delar. Typ: film"
    # over "· Efter ett försök – för anhöriga" …: each part of a film series is a film.
    from dataclasses import replace

    from loader.enrich import inherit
    from loader.model import Relation

    series = _enrich("Vid sidan om", "Filmserie i tre delar. Typ: film")
    part = _enrich("Vid sidan om – för anhöriga")
    rel = Relation("part-of", "resource", "Vid sidan om")
    part = replace(part, mention=replace(part.mention, relations=(rel,)))
    out = inherit([series, part])
    assert out[1].mention.forms == ("film",)
    series = _enrich("Steg för steg", "Utbildningsserien Steg för steg består av fyra webbutbildningar.")
    part = _enrich("Steg för steg 1 – grunderna")
    part = replace(part, mention=replace(part.mention, relations=(Relation("part-of", "resource", "Steg för steg"),)))
    assert inherit([series, part])[1].mention.forms == ("webbutbildning",)
    # a part of a guide that is no series keeps its own (no) form
    guide = _enrich("Fyrbåken", "Vägledningen är ett stöd för personal.")
    part = _enrich("Fyrbåken – bilagor")
    part = replace(part, mention=replace(part.mention, relations=(Relation("part-of", "resource", "Fyrbåken"),)))
    assert inherit([guide, part])[1].mention.forms == ()


def test_an_app_part_of_a_staff_guide_is_for_the_staff() -> None:
    # blind15 2056-inventering:33–41 "Ledfyren – stöd … Vägledningen är ett stöd för personal i första
    # linjen …" over "· Ledfyren mobil (2054). Typ: app": the parent names the users of its parts;
    # an app's default users (the public) stand in only where the text names none.
    from dataclasses import replace

    from loader.enrich import inherit
    from loader.model import Relation

    guide = _enrich("Fyrbåken", "Vägledningen är ett stöd för personal i första linjen.")
    app = _enrich("Fyrbåken mobil", "Fyrbåken mobil (2054). Typ: app")
    app = replace(app, mention=replace(app.mention, relations=(Relation("part-of", "resource", "Fyrbåken"),)))
    assert inherit([guide, app])[1].mention.audience == ("personal",)
    alone = _enrich("Andas ut", "Andas ut (2054). Typ: app")
    assert alone.mention.audience == ("allmanheten",)


# -- Care level: workplaces listed after the users; work adjustment is working life ---------------


def test_workplaces_listed_after_the_users_give_no_level() -> None:
    # blind15 2055-handlingsplan:126 "Nödbromsen är en halvdagsutbildning i suicidprevention. Den ges
    # till personal i skolor, på fritidsgårdar och i räddningstjänsten." (guide, Scope: enumerations
    # are not targets; gold: no level, no target).
    desc = (
        "Livlinan är en halvdagsutbildning. Den ges till personal i skolor, på fritidsgårdar och i räddningstjänsten."
    )
    m = _enrich("Livlinan", desc).mention
    assert m.care_levels == () and m.target_groups == () and m.audience == ("personal",)
    desc = "Utbildningen Nära är för personal i hemtjänst, särskilda boenden och vårdcentraler."
    m = _enrich("Nära", desc).mention
    assert m.care_levels == ()
    # one sector the users work in is the sector the item is made for
    desc = "Livlinan är en utbildning för personal i elevhälsan."
    assert _enrich("Livlinan", desc).mention.care_levels == ("elevhalsa",)


def test_work_adjustment_is_working_life() -> None:
    # blind15 2055-insatser:186 "Trygg på jobbet – webbutbildning för chefer om psykisk ohälsa och
    # arbetsanpassning" (gold arbetsliv; the vocabulary: the workplace as a setting).
    m = _enrich("Lugnt på kontoret – webbutbildning för chefer om stress och arbetsanpassning").mention
    assert "arbetsliv" in m.care_levels
    m = _enrich("Steget", "Guiden Steget ger chefer stöd i arbetsanpassningar efter sjukskrivning.").mention
    assert "arbetsliv" in m.care_levels


# -- A relative clause after another item's name is that item's; a complement dates the new thing -


def test_a_relative_clause_after_a_complementing_item_is_that_items() -> None:
    # blind14 2051-insatser:230 "Checklistan Arbetsplatslyftet har under 2050 kompletterats med
    # webbutbildningen Arbetsplatslyftet för skolledare, som ska hjälpa rektorer att förebygga stress
    # … bland lärare och annan personal i skolan" (gold for the checklist: no users, no group, no year).
    desc = (
        "Checklistan Lyftet har under 2050 kompletterats med webbutbildningen Lyftet för rektorer, "
        "som ska hjälpa rektorer att förebygga stress bland lärare i skolan."
    )
    m = _enrich("Lyftet", desc, "Arbetsliv", ("Lyftet för rektorer",)).mention
    assert m.audience == () and "elevhalsa" not in m.care_levels and m.years == ()
    desc = "Guiden Bron har fått sällskap av appen Bron mobil, som riktar sig till unga 13–17 år."
    m = _enrich("Bron", desc, "", ("Bron mobil",)).mention
    assert m.age_min is None and m.audience == ()


def test_a_relative_clause_after_an_organisation_still_tells_of_the_item() -> None:
    # blind12 2043-handlingsplan:102 "erbjuds också IPS … genom Samordningsförbundet Skåne Nordost, som
    # hjälper personer med psykisk funktionsnedsättning …": the annotation reads the clause as the
    # method's; only other things (resources, initiatives, events) take a relative clause away.
    from loader.enrich import enrich
    from loader.model import Mention, Source
    from tests.loader.helpers import lex

    desc = (
        "Sedan 2040 erbjuds Steget genom Samordningsförbundet Norr, "
        "som hjälper personer med psykisk funktionsnedsättning."
    )
    m = Mention("resource", "Steget", Source("r", 1, "Steget"), description=desc)
    from loader.actors import ActorLexicon

    out = enrich(m, lex(), ActorLexicon([]), None, ("Steget", "Samordningsförbundet Norr"), ("Steget",)).mention
    assert "psykisk-funktionsnedsattning" in out.target_groups


def test_an_apposition_after_another_items_name_is_that_items() -> None:
    # blind14 2051-insatser:238 "Utifrån kunskapsöversikten Öppna dörrar har nätverket tagit fram Öppna
    # dörrar i praktiken, ett metodstöd för att minska tvångsåtgärder på vårdavdelningar inom
    # vuxenpsykiatrin och rättspsykiatrin" (the review: heldygnsvard from its heading only).
    desc = (
        "Utifrån kunskapsöversikten Lugna rum har nätverket tagit fram Lugna rum i praktiken, ett metodstöd "
        "för att minska tvång på vårdavdelningar inom vuxenpsykiatrin och rättspsykiatrin."
    )
    m = _enrich("Lugna rum", desc, "Heldygnsvård", ("Lugna rum i praktiken",)).mention
    assert m.care_levels == ("heldygnsvard",)
    desc = "Rapporten Läget har följts av Läget i BUP, en kartläggning av väntetider inom BUP."
    m = _enrich("Läget", desc, "", ("Läget i BUP",)).mention
    assert "bup" not in m.care_levels


def test_those_who_hand_the_item_out_give_it_no_level_or_group() -> None:
    # blind14 2050-slutrapport:84 "Broschyren delas ut av personal inom vuxenpsykiatrin och
    # socialtjänsten, som möter föräldrarna." (gold: no level; the children, not the parents).
    desc = (
        "Broschyren Mammas dag förklarar psykisk ohälsa för barn 6–12 år. Broschyren delas ut av personal "
        "inom vuxenpsykiatrin och socialtjänsten, som möter föräldrarna."
    )
    m = _enrich("Mammas dag", desc).mention
    assert m.care_levels == () and "foraldrar" not in m.target_groups
    desc = "Foldern Trygg start sprids av BUP och elevhälsan i hela länet."
    assert _enrich("Trygg start", desc).mention.care_levels == ()
    # the receivers after "till" are whom it is for
    desc = "Foldern Trygg start delas ut av barnmorskor till föräldrar med spädbarn."
    assert "foraldrar" in _enrich("Trygg start", desc).mention.target_groups


def test_staff_in_the_school_health_service_are_school_health_staff() -> None:
    # blind14 2051-insatser:121 "vägledningen Välkommen in …, som riktar sig till personal i första
    # linjen och elevhälsan" and 2052-inventering:45 "För personal i första linjen och elevhälsan som
    # möter nyanlända barn och unga" (gold: personal and elevhalsopersonal).
    desc = "Vägledningen Porten riktar sig till personal i första linjen och elevhälsan."
    assert set(_enrich("Porten", desc).mention.audience) == {"personal", "elevhalsopersonal"}
    desc = "Ett stöd för personal inom elevhälsan som möter elever med oro."
    assert "elevhalsopersonal" in _enrich("Porten", desc).mention.audience
    desc = "Vägledningen Porten riktar sig till personal i första linjen."
    assert _enrich("Porten", desc).mention.audience == ("personal",)


def test_an_item_social_workers_use_is_made_for_the_social_services() -> None:
    # blind15 2055-handlingsplan:156 "ett metodstöd för placerade barns hälsa, Tryggt hem, som
    # socialsekreterare ska kunna använda vid placering" (gold socialtjanst "from socialsekreterare",
    # as blind and blind8 annotate "metodstöd för socialsekreterare").
    desc = "Kansliet utreder ett metodstöd, Hemvist, som socialsekreterare ska kunna använda vid placering."
    m = _enrich("Hemvist", desc).mention
    assert "socialtjanst" in m.care_levels and "personal" in m.audience
    m = _enrich("Trygg placering – metodstöd för socialsekreterare").mention
    assert "socialtjanst" in m.care_levels


def test_staff_of_settings_who_must_complete_a_training_stay_staff() -> None:
    # blind10 2036-handlingsplan:124 "Webbutbildningen Att fråga om suicid ska vara genomförd av all
    # personal i socialtjänst och elevhälsa" (gold: personal only; settings where it is used).
    desc = "Webbutbildningen Porten ska vara genomförd av all personal i socialtjänst och elevhälsa före 2036."
    assert "elevhalsopersonal" not in _enrich("Porten", desc).mention.audience
    # blind5 2029-slutrapport:123 "en webbutbildning för personal inom elevhälsa, ungdomsmottagningar och
    # socialtjänst": three workplaces are an enumeration of settings (gold: personal only)
    desc = "Porten är en webbutbildning för personal inom elevhälsa, ungdomsmottagningar och socialtjänst."
    assert "elevhalsopersonal" not in _enrich("Porten", desc).mention.audience


def test_the_noun_that_introduced_the_name_refers_back_to_the_item() -> None:
    # blind15 2055-handlingsplan:17–21 "… har sedan 2052 arbetat tillsammans i satsningen Västra
    # Sörmland mår bättre. Satsningen ska främja psykisk hälsa, förebygga psykisk ohälsa och ge
    # invånare i alla åldrar ett samordnat stöd" (gold forebyggande, framjande: two aims, no list
    # of settings).
    desc = (
        "Tre kommuner har sedan 2052 arbetat tillsammans i satsningen Friskare dal. Satsningen ska främja "
        "psykisk hälsa, förebygga psykisk ohälsa och ge invånare ett samordnat stöd."
    )
    m = _enrich("Friskare dal", desc).mention
    assert set(m.care_levels) == {"forebyggande", "framjande"}
    desc = "SKR gav i juni ut rapporten Vägen in. Rapporten riktar sig till chefer i socialtjänsten."
    m = _enrich("Vägen in", desc).mention
    assert "chefer" in m.audience
