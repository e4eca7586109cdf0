"""Facets read on new material (issue 10, wave 6): conventions found in blind12's errors.

Each case is made-up text in the wording of a blind12 report line it cites, in at least two
wordings; the expected values are read by the reading guide (/work/shared/design/reading-guide.md)
and the vocabulary contract's codes.
"""

from __future__ import annotations

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, inherit
from loader.model import Mention, Relation, Source
from tests.loader.helpers import enrich_resource, lex


def _enrich(name: str, description: str = "", heading: str = "", report: str = "2044-insatser-exempel") -> Enriched:
    return enrich_resource(name, description, heading, (), report)


# -- Years: the year in the title, in reports written after 2040 --------------------------------


def test_a_title_year_of_the_reports_own_time_is_the_items_year() -> None:
    # blind12 2044-insatser:131 "BUP-kollen 2043 – väntetider och bemanning är en kartläggning";
    # 2043-handlingsplan:16–17 "rapporten Psykisk hälsa i Göinge – analys 2042" (guide, Years: the
    # year in the title).
    assert _enrich("Väntekollen 2043 – köer och bemanning", "Rapporten är en kartläggning.").mention.years == (2043,)
    assert _enrich("Psykisk hälsa i Norddal – analys 2042", report="2043-handlingsplan-x").mention.years == (2042,)


def test_a_title_year_far_after_the_report_is_a_horizon() -> None:
    # A 2043 plan titled for 2060 looks ahead to it ("RUFS 2050" in the 2021 plan).
    assert _enrich("Vision Norddal 2060", report="2043-handlingsplan-x").mention.years == ()


# -- Scope: a sentence that opens with another item's name is that item's -----------------------


def test_a_sentence_opening_with_another_items_name_gives_it_nothing() -> None:
    # blind12 2043-slutrapport:52–53 "Till modellen hör formuläret Måendetrappan, som den unga fyller
    # i vid första besöket. Projektet Tidig ingång (2041–2043) prövar … hur socialtjänstens öppenvård
    # och vårdcentralen kan ta emot barn 6–12 år och deras föräldrar" (guide, Scope: other things in
    # the same paragraph keep their own facts).
    desc = (
        "Till modellen hör formuläret Stegen, som den unga fyller i vid första besöket. Projektet Tidig "
        "start (2041–2043) prövar hur socialtjänstens öppenvård kan ta emot barn 6–12 år och deras föräldrar."
    )
    m = enrich_resource("Stegen", desc, "", ("Stegen", "Tidig start"), "r").mention
    assert (m.age_min, m.age_max) == (None, None)
    assert "socialtjanst" not in m.care_levels and "foraldrar" not in m.target_groups


def test_a_report_named_in_the_next_sentence_keeps_its_group() -> None:
    # The same scope in another wording: a report opening the second sentence by its name.
    desc = (
        "Guiden Vägvisaren beskriver vägar till stöd. Rapporten Läget 2043 visar väntetider för äldre 65 år och äldre."
    )
    m = enrich_resource("Vägvisaren", desc, "", ("Vägvisaren", "Läget 2043"), "r").mention
    assert m.age_min is None and "aldre" not in m.target_groups


def test_a_sentence_naming_the_item_stays_its_own() -> None:
    # "Projektet Tidig start använder Stegen med barn 6–12 år": the item is named, so it is its sentence.
    desc = "Formuläret Stegen fylls i vid besöket. Projektet Tidig start använder Stegen med barn 6–12 år."
    m = enrich_resource("Stegen", desc, "", ("Stegen", "Tidig start"), "r").mention
    assert (m.age_min, m.age_max) == (6, 12)


# -- Scope: a version or continuation introduced by name in apposition keeps its facts -----------


def test_a_continuation_named_in_apposition_keeps_its_audience_and_year() -> None:
    # blind12 2044-insatser:171–173 "Webbutbildningen Livskraft i äldreomsorgen har fått en
    # fortsättning, Livskraft – nedstämdhet vid demens, som lanserades i maj 2043 för personal i
    # hemtjänst": the launch and the staff are the continuation's (guide, Scope).
    desc = (
        "Webbutbildningen Ork i vardagen har fått en fortsättning, Ork – oro vid demens, som lanserades "
        "i maj 2043 för personal i hemtjänst."
    )
    m = enrich_resource("Ork i vardagen", desc, "", ("Ork i vardagen",), "r").mention
    assert m.audience == () and m.years == ()


def test_a_shorter_version_named_in_apposition_keeps_its_level_and_ages() -> None:
    # blind12 2044-insatser:93–95 "Under året togs en kortare version, Samtalsbryggan light, fram för
    # vårdcentraler som tar emot unga 16–24 år": the light version's level and ages.
    desc = (
        "Modellen Bryggan används på ungdomsmottagningar. Under året togs en kortare version, Bryggan "
        "mini, fram för vårdcentraler som tar emot unga 16–24 år."
    )
    m = enrich_resource("Bryggan", desc, "", ("Bryggan",), "r").mention
    assert "primarvard" not in m.care_levels and (m.age_min, m.age_max) == (None, None)


def test_the_item_itself_named_in_apposition_keeps_what_follows() -> None:
    # "SKR tog fram en ny guide, Vägvisaren, för chefer": the apposition names the item.
    m = enrich_resource("Vägvisaren", "SKR tog fram en ny guide, Vägvisaren, för chefer.", "", (), "r").mention
    assert m.audience == ("chefer",)


# -- Containers: a bullet with no text of its own has a form at most ------------------------------


def _container(name: str, line: str, children: tuple[str, ...], heading: str = "") -> list[Enriched]:
    parent = Mention(
        "resource",
        name,
        Source("r", 1, name),
        description=line,
        heading=heading,
        relations=tuple(Relation("has-part", "resource", c) for c in children),
    )
    kids = [
        Mention(
            "resource",
            c,
            Source("r", 2 + i, c),
            description=c,
            heading=heading,
            relations=(Relation("part-of", "resource", name),),
        )
        for i, c in enumerate(children)
    ]
    names = (name, *children)
    return inherit([enrich(m, lex(), ActorLexicon([]), None, names) for m in (parent, *kids)])


def test_a_bare_container_takes_no_level_from_its_title() -> None:
    # blind12 2043-slutrapport:79–82 "Filmer om heldygnsvård:" over three "◦" films (guide, Scope: "A
    # container bullet with no text of its own has a form at most; its children carry the facts").
    out = _container("Filmer om heldygnsvård", "Filmer om heldygnsvård:", ("Ett dygn", "Hemma igen"))
    assert out[0].mention.care_levels == () and out[0].mention.forms == ("film",)


def test_a_bare_container_with_a_count_takes_no_group_from_its_title() -> None:
    # The same in another wording: a count in brackets and a title naming a group.
    out = _container("Filmer för unga om BUP", "Filmer för unga om BUP (två filmer)", ("Första besöket", "Väntan"))
    assert out[0].mention.care_levels == () and out[0].mention.target_groups == ()


def test_a_container_with_text_of_its_own_keeps_its_facts() -> None:
    # "Filmer om heldygnsvård. Tre filmer för patienter och närstående" (blind12 inventory:192): a line of its own.
    out = _container(
        "Filmer om heldygnsvård", "Filmer om heldygnsvård. Tre filmer för patienter inom heldygnsvården.", ("Ett dygn",)
    )
    assert out[0].mention.care_levels == ("heldygnsvard",)


# -- Form: the title's head noun over a layout's default for a cited publication -----------------


def _cited(name: str, line: str) -> Enriched:
    m = Mention("resource", name, Source("r", 1, name), description=line, forms=("rapport",))
    return enrich(m, lex(), ActorLexicon([]), None, (name,))


def test_a_cited_guide_is_a_guide_not_a_report() -> None:
    # blind12 2043-handlingsplan:120 footnote "SKR (2042). Samtalsguide vid återgång i arbete.", read
    # by the plan layout as a cited report: the title's head noun "-guide" says what it is.
    assert _cited("Samtalsguide för chefer", "SKR (2042). Samtalsguide för chefer.").mention.forms == ("guide",)
    assert _cited("Chefshandboken", "Region Norr (2041). Chefshandboken.").mention.forms == ("guide",)


def test_a_cited_title_without_a_form_noun_stays_a_report() -> None:
    # "Region Skåne (2042). Psykisk hälsa i Göinge – analys 2042." (2043-handlingsplan:21).
    assert _cited("Psykisk hälsa i Norddal", "Region Norr (2042). Psykisk hälsa i Norddal.").mention.forms == (
        "rapport",
    )


def test_a_form_the_text_names_is_kept_beside_the_title() -> None:
    # "Samtalsguiden (rapport)": a form note printed beside the title stands.
    m = _cited("Samtalsguiden", "SKR (2042). Samtalsguiden (rapport).").mention
    assert "rapport" in m.forms


def test_a_bare_container_keeps_its_headings_level() -> None:
    # blind4 2027-inventering:91 "Att bedöma på rätt nivå" under "Första linjen": a heading naming a
    # level gives it to every item under it (guide, Care level), a container too.
    out = _container("Att bedöma rätt", "Att bedöma rätt:", ("Steg ett", "Steg två"), heading="Första linjen")
    assert out[0].mention.care_levels == ("forsta-linjen",)


def test_a_form_printed_as_a_field_is_kept_beside_the_titles() -> None:
    # blind9 2035-inventering:102 "Handbok för suicidpreventiva ombud i kommunen (skrift, 2034)":
    # the layout reads the printed note, which the title ("Handbok" → guide) does not override.
    line = "Handbok för ombud (skrift, 2034)"
    m = Mention(
        "resource",
        "Handbok för ombud",
        Source("r", 1, line),
        description="Handboken ger ombud stöd.",
        forms=("skrift",),
    )
    assert "skrift" in enrich(m, lex(), ActorLexicon([]), None, ()).mention.forms


# -- Audience: users the text names replace a form's default users --------------------------------


def test_an_app_for_named_professionals_is_not_for_the_public() -> None:
    # blind12 2044-inventering:245–247 "Kuratorsappen – samtalsstöd för skolkuratorer. En app med
    # samtalsunderlag för skolkuratorer." (guide, Audience: only when the text states or implies it).
    m = _enrich("Samtalsappen", "En app med samtalsunderlag för skolkuratorer.").mention
    assert m.audience == ("elevhalsopersonal",)
    m = _enrich("Chefsappen", "Appen riktar sig till chefer i kommunerna.").mention
    assert m.audience == ("chefer",)


def test_an_app_with_no_named_users_is_for_the_public() -> None:
    # "appen Andrum": the public uses an app itself (the form's implied audience stands).
    assert _enrich("Lugna stunden", "Appen ger övningar mot stress.").mention.audience == ("allmanheten",)


def test_a_patient_acting_with_the_clinician_uses_the_tool() -> None:
    # blind10 2036-inventering:80 "Digitalt stöd där patient och behandlare tillsammans gör en plan";
    # 2037-insatser:120 "där patienten tillsammans med behandlaren gör en plan".
    m = _enrich("Krisplanen", "Ett digitalt stöd där patient och behandlare tillsammans gör en plan.").mention
    assert "allmanheten" in m.audience
    m = _enrich("Krisplanen", "Ett verktyg där patienten tillsammans med behandlaren skriver en plan.").mention
    assert "allmanheten" in m.audience


def test_children_take_the_year_of_their_containers_appendix_entry() -> None:
    # blind12 2043-slutrapport:79–82 "Filmer om heldygnsvård:" over three films, and 128 "SKR samt
    # RSMH. Filmer om heldygnsvård (tre filmer)" under "Bilaga 1 Framtagna material 2042": one thing,
    # whose year its children take (guide, Scope: children inherit the parent's year).
    out = _container("Filmer om vården", "Filmer om vården:", ("Ett dygn", "Hemma igen"))
    entry = Mention("resource", "Filmer om vården", Source("r", 9, "SKR. Filmer om vården (tre filmer)"), years=(2042,))
    enriched = inherit([*(e for e in out), enrich(entry, lex(), ActorLexicon([]), None, ())])
    assert [e.mention.years for e in enriched[1:3]] == [(2042,), (2042,)]


def test_staff_teams_taking_a_training_are_its_audience() -> None:
    # blind12 2043-handlingsplan:105–106 "Alla hemtjänstgrupper i Göinge ska under 2043 genomföra
    # webbutbildningen Livskraft i äldreomsorgen": the home-care staff teams take the training.
    d = "Alla hemtjänstgrupper i Norddal ska under 2043 genomföra webbutbildningen Ork i vardagen."
    assert enrich_resource("Ork i vardagen", d, "", ("Ork i vardagen",), "r").mention.audience == ("personal",)
    d = "Under året har personalgrupperna i äldreomsorgen gått webbutbildningen Ork i vardagen."
    assert enrich_resource("Ork i vardagen", d, "", ("Ork i vardagen",), "r").mention.audience == ("personal",)


# -- Children: a sentence after the list that speaks of all of them --------------------------------


def _children_with_shared(shared: str) -> list[Enriched]:
    parent = Mention(
        "resource",
        "Filmer om vården",
        Source("r", 1, ""),
        description="Filmer om vården:",
        relations=tuple(Relation("has-part", "resource", c) for c in ("Ett dygn", "Hemma igen")),
    )
    kids = [
        Mention(
            "resource",
            "Ett dygn",
            Source("r", 2, ""),
            description="Ett dygn",
            relations=(Relation("part-of", "resource", "Filmer om vården"),),
        ),
        Mention(
            "resource",
            "Hemma igen",
            Source("r", 3, ""),
            description=f"Hemma igen {shared}",
            relations=(Relation("part-of", "resource", "Filmer om vården"),),
        ),
    ]
    names = ("Filmer om vården", "Ett dygn", "Hemma igen")
    return inherit([enrich(m, lex(), ActorLexicon([]), None, names) for m in (parent, *kids)])


def test_a_shared_sentence_after_the_children_gives_every_child_its_users() -> None:
    # blind12 2043-slutrapport:80–83 three "◦" films, then "Filmerna vänder sig till patienter och
    # närstående …"; the layout gives the sentence to the last film only.
    out = _children_with_shared("Filmerna vänder sig till patienter och närstående.")
    assert out[1].mention.audience == ("allmanheten",) and out[2].mention.audience == ("allmanheten",)
    out = _children_with_shared("Båda filmerna riktar sig till allmänheten.")
    assert out[1].mention.audience == ("allmanheten",)


def test_a_sentence_about_the_last_child_alone_stays_its_own() -> None:
    out = _children_with_shared("Den riktar sig till allmänheten.")
    assert out[1].mention.audience == () and out[2].mention.audience == ("allmanheten",)
