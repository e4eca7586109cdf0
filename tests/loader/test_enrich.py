"""Specifications of enrichment's facet scope (reading-guide.md, "Scope: whose fact is it?").

Each case quotes the report line it comes from. An item's facets come from its title, its own
sentences and its immediate heading; names of other things, enumerations of settings and
sentences about partners, sources or siblings give ``dcterms:subject`` mentions only.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pyoxigraph
import pytest

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, inherit, masked, scoped_tags, sentences
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.model import Mention, Relation, Source

INVENTORY = "2020-inventering-metod-och-kunskapsstod"


@cache
def lex() -> Lexicon:
    return Lexicon.from_dir(VOCAB_DIR)


def _enrich(name: str, description: str = "", heading: str = "", others: tuple[str, ...] = ()) -> Enriched:
    m = Mention("resource", name, Source(INVENTORY, 1, name), description=description, heading=heading)
    return enrich(m, lex(), ActorLexicon([]), None, others)


def facets(e: Enriched, field: str) -> set[str]:
    return set(getattr(e.mention, field))


def subjects(e: Enriched) -> set[str]:
    return {code for _, code, _, _ in e.subjects}


def test_facet_from_title() -> None:
    # 2020-inventering…txt:1442 " Stöd till första linjen barn och unga"
    e = _enrich("Stöd till första linjen barn och unga", "Under 2018 har UPH tagit fram ett stödmaterial.")
    assert facets(e, "care_levels") == {"forsta-linjen"}
    assert facets(e, "target_groups") == {"barn", "unga"}
    ev = next(ev for ev in e.evidence if ev.value == "forsta-linjen")
    assert ev.trigger == "första linjen" and ev.where == "title"


def test_facet_from_own_sentence_with_its_sentence_as_quote() -> None:
    # 2020-inventering…txt:1806-1808 "Under hösten 2015 genomfördes pilotprojektet Väntekollen som
    # undersökte barns åsikter om tillgänglighet inom första linjen genom en kort webbaserad enkät"
    text = (
        "Under hösten 2015 genomfördes pilotprojektet Väntekollen som undersökte barns åsikter om "
        "tillgänglighet inom första linjen genom en kort webbaserad enkät. Frågorna handlade om väntetid."
    )
    e = _enrich("Väntekollen.se", text)
    assert "forsta-linjen" in facets(e, "care_levels") and "barn" in facets(e, "target_groups")
    ev = next(ev for ev in e.evidence if ev.value == "forsta-linjen")
    assert ev.trigger == "första linjen"
    assert ev.quote.startswith("Under hösten 2015") and ev.quote.endswith("webbaserad enkät.")


def test_facet_from_heading() -> None:
    # 2018-slutrapport…txt:249-251 heading "Tillgänglighet till första linjen barn och unga", then
    # "Under 2017 har utdataverktyget Qlikview uppdaterats …"
    e = _enrich(
        "Qlikview",
        "Under 2017 har utdataverktyget Qlikview uppdaterats för att matcha med enkäten.",
        heading="Tillgänglighet till första linjen barn och unga",
    )
    assert facets(e, "care_levels") == {"forsta-linjen"}
    assert {ev.where for ev in e.evidence if ev.field == "care_levels"} == {"heading"}


def test_combined_heading_gives_only_what_the_text_supports() -> None:
    # 2020-inventering…txt:28 heading "Förebyggande och främjande"; :110 "Internet-program för att
    # förebygga sjukskrivning": prevention, not promotion (reading-guide.md, care level).
    e = _enrich(
        "Internet-program för att förebygga sjukskrivning och underlätta återgång i arbete",
        heading="Förebyggande och främjande",
    )
    assert "forebyggande" in facets(e, "care_levels")
    assert "framjande" not in facets(e, "care_levels")


def test_no_facet_from_an_enumeration_of_settings() -> None:
    # 2020-inventering…txt:1430-1432 "… kan barn och unga ta del av hur det är att besöka BUP,
    # Första linjen, Socialtjänsten och att genomföra en SDQ."
    e = _enrich(
        "Informationsfilmer för barn och unga med Alex",
        "Tillsammans med animerade karaktären Alex kan barn och unga ta del av hur det är att besöka "
        "BUP, Första linjen, Socialtjänsten och att genomföra en SDQ.",
        heading="Filmer",
    )
    assert facets(e, "care_levels") == set()
    assert {"bup", "forsta-linjen", "socialtjanst"} <= subjects(e)
    assert facets(e, "target_groups") == {"barn", "unga"}  # from the title


def test_no_facet_from_where_the_content_came_from() -> None:
    # 2020-inventering…txt:396-399 "Innehållet baseras på 10 års erfarenhet av undervisning och
    # forskning bland kliniker inom BUP och första linjens psykiatri i Sverige och England."
    e = _enrich(
        "Webbutbildning C-GAS",
        "I webbutbildningen C-GA kan den som arbetar professionellt med barn och ungas psykiska hälsa "
        "träna på att skatta enligt CGAS-skalan. Innehållet baseras på 10 års erfarenhet av undervisning "
        "och forskning bland kliniker inom BUP och första linjens psykiatri i Sverige och England.",
    )
    assert "forsta-linjen" not in facets(e, "care_levels") and "bup" not in facets(e, "care_levels")
    assert {"bup", "forsta-linjen"} <= subjects(e)
    assert "personal" in facets(e, "audience")  # "den som arbetar professionellt"


def test_no_facet_from_a_masked_project_name() -> None:
    # 2020-inventering…txt:1345-1347 "Studien är framtagen i samarbete mellan SKL-projektet Psynk,
    # psykisk hälsa barn och unga, och Malmö högskola."
    e = _enrich(
        "Sociala investeringar i Sveriges kommuner och landsting/regioner - resultat från enkätstudie",
        "Rapporten ger en inblick i hur sociala investeringar under 2014 såg ut i kommuner, landsting och "
        "regioner. Studien är framtagen i samarbete mellan SKL-projektet Psynk, psykisk hälsa barn och "
        "unga, och Malmö högskola.",
    )
    assert facets(e, "target_groups") == set()
    assert {"barn", "unga"} <= subjects(e)


def test_no_facet_from_a_sibling_item_named_in_the_text() -> None:
    # 2018-slutrapport…txt:241 "… publicerat Förstalinjeboken samt gjort en välbesökt
    # Förstalinjekonferens (okt, 2017) och startat upp en verktygsbank för första linjen."
    # The appendix names the sibling "Verktygsbank för Första Linjen" (2018-slutrapport…txt:753).
    text = "UPH har publicerat boken samt startat upp en verktygsbank för första linjen."
    e = _enrich("Bok om samverkan", text, others=("Verktygsbank för Första Linjen",))
    assert facets(e, "care_levels") == set()


def test_a_generic_sibling_name_is_masked_only_in_a_list_of_items() -> None:
    # 2021-handlingsplan…txt:252 "Familjecentraler, hembesöksprogram och ungdomsmottagningar är
    # exempel på verksamheter …": three sibling items, not Familjecentraler's level.
    siblings = ("Familjecentraler", "Hembesöksprogram", "Ungdomsmottagningar")
    text = "Familjecentraler, hembesöksprogram och ungdomsmottagningar är exempel på verksamheter."
    assert facets(_enrich("Familjecentraler", text, others=siblings), "care_levels") == set()
    # A focus area named "Barn och unga" (2021-handlingsplan…txt:202) does not hide the phrase.
    e = _enrich("Stödmaterial", "Ett stöd för barn och unga.", others=("Barn och unga",))
    assert facets(e, "target_groups") == {"barn", "unga"}


def test_no_facet_from_a_sentence_about_something_else() -> None:
    # 2022-insatser…txt:1155ff "I rapporten finns fördjupande kapitel med analys av psykisk hälsa
    # under pandemin, primärvårdspsykiatri, tillgänglighet till barn- och ungdomspsykiatrin …"
    e = _enrich(
        "Psykiatrin i siffror",
        "Sedan 2008 har SKR genomfört kartläggningar av den specialistpsykiatriska vården. 2021 års "
        "kartläggning avser barn- och ungdomspsykiatrin (BUP), vuxenpsykiatrin (VUP) och rättspsykiatrin "
        "(RPV) i alla regioner. I rapporten finns fördjupande kapitel med analys av psykisk hälsa under "
        "pandemin, primärvårdspsykiatri, tillgänglighet till barn- och ungdomspsykiatrin, samt diagnoser.",
    )
    assert facets(e, "care_levels") == {"specialistniva"}
    assert facets(e, "target_groups") == set()
    assert {"primarvard", "bup", "vuxenpsykiatri", "rattspsykiatri"} <= subjects(e)


@pytest.mark.parametrize(
    ("name", "description", "expected", "age"),
    [
        # 2020-inventering…txt:372 " SDQwebb – frågeformulär 3–17 år"
        ("SDQwebb – frågeformulär 3–17 år", "Uppgifter om hur barnet mår.", {"barn", "unga"}, (3, 17)),
        # 2020-inventering…txt:342 "vad barn och unga mellan 13 och 18 år tycker": the range wins.
        ("ChASE – frågeformulär", "Fångar upp vad barn och unga mellan 13 och 18 år tycker.", {"unga"}, (13, 18)),
        # 2020-inventering…txt:58 Våga berätta "direkt riktat till barn i ålder 8-12 år": children only.
        ("Våga berätta på 1177", "Temat är direkt riktat till barn i ålder 8-12 år.", {"barn"}, (8, 12)),
    ],
)
def test_age_ranges_map_to_target_groups_by_the_bands(
    name: str, description: str, expected: set[str], age: tuple[int, int]
) -> None:
    e = _enrich(name, description)
    assert facets(e, "target_groups") == expected
    assert (e.mention.age_min, e.mention.age_max) == age


def test_bup_implies_children_and_young_people() -> None:
    # 2020-inventering…txt:279 "”Hur mår BUP?” – Rapport om dagsläget på BUP (2017)"
    e = _enrich("”Hur mår BUP?” – Rapport om dagsläget på BUP")
    assert "bup" in facets(e, "care_levels")
    assert {"barn", "unga"} <= facets(e, "target_groups")
    # Narrower codes reach specialistniva only through the SKOS hierarchy, not as a tag.
    assert "specialistniva" not in facets(e, "care_levels")


def test_sentences_and_mask_keep_offsets() -> None:
    text = "Guiden bygger på ”Barn i siffror”. Den är gratis."
    assert [text[a:b] for a, b in sentences(text)] == ["Guiden bygger på ”Barn i siffror”.", "Den är gratis."]
    assert len(masked(text)) == len(text) and "Barn" not in masked(text)
    facets_, passing = scoped_tags(lex(), text, {"target-group"})
    assert facets_ == [] and [c for _, c, _, _ in passing] == ["barn"]


def test_sub_item_inherits_the_parents_level_with_its_trigger() -> None:
    # 2020-inventering…txt:587-593 " Utbildningsspår primärvård … - Triagering – rätt vård till rätt
    # patient i rätt tid": the bullet names no level; its parent's title does.
    parent = _enrich("Utbildningsspår primärvård", "Under våren 2018 tog UPH fram ett utbildningsprogram.")
    child_m = Mention(
        "resource",
        "Triagering – rätt vård till rätt patient i rätt tid",
        Source(INVENTORY, 593, "Triagering"),
        relations=(Relation("part-of", "resource", "Utbildningsspår primärvård"),),
    )
    child = enrich(child_m, lex(), ActorLexicon([]), None)
    _, inherited = inherit([parent, child])
    assert facets(inherited, "care_levels") == {"primarvard"}
    ev = next(ev for ev in inherited.evidence if ev.value == "primarvard")
    assert (ev.trigger, ev.where) == ("primärvård", "parent")


def test_a_parent_title_naming_a_level_heads_a_child_with_its_own_level() -> None:
    # 2020-inventering…txt:587, 603 " Utbildningsspår primärvård" … "- Tidiga insatser för att förebygga
    # och förkorta sjukskrivningar": the child names prevention; the parent's title adds primary care.
    parent = _enrich("Utbildningsspår primärvård", "Under våren 2018 tog UPH fram ett utbildningsprogram.")
    child_m = Mention(
        "resource",
        "Tidiga insatser för att förebygga och förkorta sjukskrivningar",
        Source(INVENTORY, 603, "Tidiga insatser"),
        relations=(Relation("part-of", "resource", "Utbildningsspår primärvård"),),
    )
    child = enrich(child_m, lex(), ActorLexicon([]), None)
    _, inherited = inherit([parent, child])
    assert facets(inherited, "care_levels") == {"forebyggande", "primarvard"}


def test_the_year_a_title_names_is_the_items() -> None:
    # heldout 2023-insatser…txt:287 "Tvång i siffror 2021"; not "till och med 2016" (data) nor "2016 års …".
    assert _enrich("Tvång i siffror 2021").mention.years == (2021,)
    assert _enrich("Utvecklingen av psykisk ohälsa bland barn och unga vuxna till och med 2016").mention.years == ()


def test_an_aim_after_the_subject_is_no_list_of_settings() -> None:
    # 2020-inventering…txt:94-96 "Elevhälsan kan fylla en viktig roll i att främja psykisk hälsa och
    # förebygga psykisk ohälsa bland barn och unga." — two aims joined by "och"; the later "och"
    # ("barn och unga") does not make it a list of three settings.
    text = (
        "Elevhälsan kan fylla en viktig roll i att främja psykisk hälsa och förebygga psykisk ohälsa "
        "bland barn och unga."
    )
    found, _ = scoped_tags(lex(), text, {"care-level"})
    assert {c for _, c, _, _ in found} == {"elevhalsa", "framjande", "forebyggande"}


def test_a_comma_list_of_settings_stays_a_mention() -> None:
    # 2020-inventering…txt (Filmer): "besöka BUP, Första linjen och Socialtjänsten" names settings;
    # the comma makes "BUP, Första linjen och …" a list even when its last member is no label.
    text = "Filmerna visar hur det är att besöka BUP, Första linjen och en skolkurator."
    found, passing = scoped_tags(lex(), text, {"care-level"})
    assert found == [] and {"bup", "forsta-linjen"} <= {c for _, c, _, _ in passing}


def test_combined_heading_part_named_anywhere_in_the_items_text() -> None:
    # 2020-inventering…txt:28 "Förebyggande och främjande", :32-40 SkolFam: "SkolFam är en
    # skolsatsning … Modellens grundprinciper utgörs av förebyggande arbete, …" — the second
    # sentence is not the item's own by its opening, but it chooses the heading's part.
    e = _enrich(
        "SkolFam",
        "SkolFam är en skolsatsning i familjehemsvården. Modellens grundprinciper utgörs av förebyggande "
        "arbete, tvärprofessionell samverkan och mätbarhet.",
        heading="Förebyggande och främjande",
    )
    assert {"forebyggande"} <= facets(e, "care_levels")
    assert "framjande" not in facets(e, "care_levels")


def test_availability_is_no_status() -> None:
    # 2020-inventering…txt:527 "Stödet är kostnadsfritt och tillgängligt för alla verksamheter";
    # :1446 "Instruktionsfilm och material finns tillgänglig på Uppdrag Psykisk Hälsas hemsida."
    e = _enrich(
        "Genombrott.nu",
        "Genombrott.nu är en webbplats. Stödet är kostnadsfritt och tillgängligt för alla "
        "verksamheter. Material finns tillgänglig på hemsidan.",
    )
    assert e.mention.status is None


def test_a_stated_lifecycle_is_a_status() -> None:
    # 2020-inventering…txt:106 "Metodstödet är i mars 2020 ännu inte färdigställt."
    e = _enrich("Metodstöd för elevhälsan", "Metodstödet är i mars 2020 ännu inte färdigställt.")
    assert e.mention.status == "under-utveckling"


def test_psychiatry_as_a_field_is_a_mention_not_the_specialist_level() -> None:
    # 2020-inventering…txt:527 "Stödet är kostnadsfritt och tillgängligt för alla verksamheter som
    # arbetar inom psykiatrin." and :420 " Psykdok – ett arkiv för äldre dokument som berör psykiatri
    # och psykisk hälsa" — the reading guide gives specialistniva only where the text says specialist.
    e = _enrich(
        "Genombrott.nu",
        "Genombrott.nu är ett digitalt stöd. Stödet är tillgängligt för alla verksamheter som arbetar inom psykiatrin.",
    )
    assert "specialistniva" not in facets(e, "care_levels") and "specialistniva" in subjects(e)
    e = _enrich("Psykdok – ett arkiv för äldre dokument som berör psykiatri och psykisk hälsa")
    assert "specialistniva" not in facets(e, "care_levels") and "specialistniva" in subjects(e)


def test_specialist_heading_still_gives_the_level() -> None:
    # 2020-inventering…txt: heading "Specialistpsykiatrin" over :279 "”Hur mår BUP?” – Rapport om dagsläget på BUP"
    e = _enrich("Rapport om dagsläget", "Rapporten beskriver läget.", heading="Specialistpsykiatrin")
    assert "specialistniva" in facets(e, "care_levels")


def test_psychiatric_specialty_names_the_specialist_level() -> None:
    # 2020-inventering…txt:1669-1671 "… som gör psykiatrispecialiteten till ett attraktivt yrkesval för
    # blivande läkare." (METIS – Mer teori i specialistutbildningen)
    e = _enrich("METIS", "METIS ska stödja utvecklingen som gör psykiatrispecialiteten till ett attraktivt yrkesval.")
    assert "specialistniva" in facets(e, "care_levels")


def test_a_range_of_levels_is_no_level() -> None:
    # 2020-inventering…txt:1710-1714 "… de verktyg och arbetsmetoder – allt från grundläggande insatser som
    # kommer alla asylsökande och nyanlända till del, till behandlingar i den specialiserade psykiatrin"
    e = _enrich(
        "Hälsa i Sverige",
        "Syftet är att ge regionerna verktyg – allt från grundläggande insatser för "
        "nyanlända till behandlingar i den specialiserade psykiatrin.",
    )
    assert "specialistniva" not in facets(e, "care_levels")


def test_a_support_for_a_service_is_used_by_its_staff() -> None:
    # 2020-inventering…txt:92 " Metodstöd för elevhälsan"; :210-212 "Första linjeboken – stödmaterial för
    # första linjens arbete för barn och ungas psykiska hälsa"; 2018-slutrapport…txt:241 "en verktygsbank
    # för första linjen".
    assert facets(_enrich("Metodstöd för elevhälsan"), "audience") == {"elevhalsopersonal"}
    e = _enrich("Första linjeboken – stödmaterial för första linjens arbete för barn och ungas psykiska hälsa")
    assert facets(e, "audience") == {"personal"}
    ev = next(ev for ev in e.evidence if ev.field == "audience")
    assert ev.trigger == "stödmaterial för första linjens"
    assert facets(_enrich("verktygsbank för första linjen"), "audience") == {"personal"}


def test_a_report_or_model_for_a_service_has_no_audience() -> None:
    # 2018-slutrapport…txt:271 "Rapporten för barn och ungdomspsykiatri publicerades i maj 2017";
    # :293 "Elevhälsobaserad modell för första linjen" (a model organises the service).
    e = _enrich("Kartläggning 2016", "Rapporten för barn och ungdomspsykiatri publicerades i maj 2017.")
    assert facets(e, "audience") == set()
    assert facets(_enrich("Elevhälsobaserad modell för första linjen"), "audience") == set()


def test_who_carries_the_work_out_is_no_audience() -> None:
    # 2020-inventering…txt:1576-1580 "Satsningar inom projektet bedrivs av medarbetare inom regionerna och
    # psykiatrichefer samverkar på nationell nivå …"
    e = _enrich("Nationella självskadeprojektet", "Satsningar inom projektet bedrivs av medarbetare inom regionerna.")
    assert facets(e, "audience") == set()


def test_leadership_is_a_topic_not_managers() -> None:
    # 2019-kraftsamling…txt:1378 "Aktivt ledarskap i skolan"; 2020-inventering…txt:613 "Ledarskap i primärvården"
    e = _enrich("Ledarskap i primärvården")
    assert "chefer" not in facets(e, "audience") and "chefer" in subjects(e)


def test_material_to_hold_a_training_is_for_trainers() -> None:
    # 2020-inventering…txt:1050-1052 "Material och verktyg för att planera och genomföra en utbildning för
    # personal som redan har vissa förkunskaper om SIP"
    e = _enrich(
        "Fördjupningsutbildning om SIP för vuxna",
        "Material och verktyg för att planera och genomföra "
        "en utbildning för personal som redan har vissa förkunskaper om SIP för vuxna.",
    )
    assert facets(e, "audience") == {"utbildare", "personal"}


def test_children_placed_outside_the_home_are_one_group() -> None:
    # 2020-inventering…txt:905-907 "… psykisk funktionsnedsättning samt barn och unga som vårdas utanför
    # det egna hemmet" — the phrase names children in out-of-home care, not all children.
    e = _enrich(
        "Stöd vid framtagande av lagstadgade överenskommelser",
        "Stödmaterialet gäller barn och unga som vårdas utanför det egna hemmet.",
    )
    assert facets(e, "target_groups") == {"placerade-barn"}


def test_a_childs_perspective_is_no_target_group() -> None:
    # 2020-inventering…txt:1124 "I filmen berättar Alex ur barnets perspektiv hur det är att få en SIP."
    e = _enrich("Alex får en SIP", "I filmen berättar Alex ur barnets perspektiv hur det är att få en SIP.")
    assert "barn" not in facets(e, "target_groups")


def test_the_basis_of_a_survey_is_a_mention() -> None:
    # 2020-inventering…txt:316-320 "Kartläggningen fokuserar på vårdens innehåll med utgångspunkt i de olika
    # metoder … kring de sjukdomstillstånd som berör patienter …; schizofreni/psykos, ångest, depression,
    # missbruk/beroende"
    e = _enrich(
        "Vårdens innehåll",
        "Kartläggningen fokuserar på vårdens innehåll med utgångspunkt i de metoder "
        "som finns för patienter med missbruk/beroende.",
    )
    assert "missbruk" not in facets(e, "target_groups") and "missbruk" in subjects(e)


def test_a_counted_unit_is_a_figure_not_a_level() -> None:
    # 2020-inventering…txt:527-529 "I mars 2020 är 749 arbetsplatser ansluta till genombrott.nu med totalt
    # 4924 genomförda förbättringsarbeten."
    e = _enrich(
        "Genombrott.nu",
        "Genombrott.nu är ett digitalt stöd. I mars 2020 är 749 arbetsplatser anslutna till genombrott.nu.",
    )
    assert "arbetsliv" not in facets(e, "care_levels")


def test_early_measures_and_strengthening_mental_health() -> None:
    # 2019-kraftsamling…txt:1526 "STÅ (Samordnade tidiga åtgärder - gruppnivå)"; 2020-inventering…txt:864
    # "förslag om hur barns och ungas psykiska hälsa kan stärkas och förbättras"
    assert facets(_enrich("Samordnade tidiga åtgärder - gruppnivå"), "care_levels") == {"forebyggande"}
    e = _enrich("Idéskrift", "Idéskriften redovisar förslag om hur barns och ungas psykiska hälsa kan stärkas.")
    assert "framjande" in facets(e, "care_levels")


def test_a_list_of_participles_names_the_kind_of_work() -> None:
    # 2018-slutrapport…txt:291 "… ett digitalt metodstöd för elevhälsans främjande, förebyggande och
    # åtgärdande insatser ur organisations, grupp och individperspektiv."
    text = "UPH har tagit fram ett metodstöd för elevhälsans främjande, förebyggande och åtgärdande insatser."
    found, _ = scoped_tags(lex(), text, {"care-level"})
    assert {"framjande", "forebyggande"} <= {c for _, c, _, _ in found}


def test_an_item_addressed_to_children_is_used_by_the_public() -> None:
    # 2020-inventering…txt:58 "Temat är direkt riktat till barn i ålder 8-12 år med fakta, råd och stöd";
    # :410 "Information för barn om ADHD, ASD/Aspergers syndrom och Tourette i form av broschyrer."
    e = _enrich("Våga berätta", "Våga berätta är webbsidor. Temat är direkt riktat till barn i ålder 8-12 år.")
    assert facets(e, "audience") == {"allmanheten"}
    e = _enrich("Broschyrer om funktionsnedsättningar för barn", "Information för barn om ADHD i form av broschyrer.")
    assert facets(e, "audience") == {"allmanheten"}


def test_interventions_addressed_to_children_do_not_address_the_item() -> None:
    # 2020-inventering…txt:1305-1307 "I guiden beskrivs … vilka aktiviteter som bör övervägas vid planeringen
    # av tidiga insatser riktade till barn, unga och deras föräldrar"
    e = _enrich(
        "Vänta inte!",
        "I guiden beskrivs vilka aktiviteter som bör övervägas vid planeringen av tidiga "
        "insatser riktade till barn, unga och deras föräldrar.",
    )
    assert "allmanheten" not in facets(e, "audience")


def test_a_defining_sentence_adds_a_form_to_the_titles() -> None:
    # 2020-inventering…txt:1400-1404 " Vägen till väggen – tre filmer om stress och psykisk ohälsa i
    # arbetslivet" / "Vägen till väggen är ett metodstöd som syftar till att minska risken för sjukskrivningar"
    e = _enrich(
        "Vägen till väggen – tre filmer om stress",
        "Vägen till väggen är ett metodstöd som syftar till att minska risken för sjukskrivningar.",
    )
    assert facets(e, "forms") == {"film", "metodstod"}
    # without a copula the title's form stands alone
    e = _enrich("Vägen till väggen – tre filmer om stress", "Filmerna används i ett metodstöd för chefer.")
    assert facets(e, "forms") == {"film"}


# -- End to end: the canonical question on a fresh build -----------------------------------


@pytest.fixture()
def store(built_store: pyoxigraph.Store) -> pyoxigraph.Store:
    """The graph built from data/reports/ in this test session (tests/conftest.py)."""
    return built_store


def canonical(store: pyoxigraph.Store) -> set[str]:
    q = """PREFIX pg: <https://w3id.org/psykgraf/ontology#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?label WHERE {
      ?r a pg:Resource ; rdfs:label ?label ;
         pg:careLevel/skos:broader* <https://w3id.org/psykgraf/vocab/care-level/forsta-linjen> ;
         pg:targetGroup ?g .
      VALUES ?g { <https://w3id.org/psykgraf/vocab/target-group/barn>
                  <https://w3id.org/psykgraf/vocab/target-group/unga> }
    }"""
    return {str(row["label"].value) for row in store.query(q, use_default_graph_as_union=True)}  # type: ignore[union-attr]


def test_canonical_first_line_children_answer(store: pyoxigraph.Store) -> None:
    answer = canonical(store)
    found = {label.split(" – ")[0].split("!")[0] for label in answer}
    # Read in 2020-inventering…txt: :159 heading "Första linjen" with :188 "Vänd dig hit! – guide
    # … för psykisk hälsa hos barn och unga" and :210 "Första linjeboken – stödmaterial för första
    # linjens arbete för barn och ungas psykiska hälsa"; :1442 "Stöd till första linjen barn och
    # unga"; :1806 Väntekollen "undersökte barns åsikter om tillgänglighet inom första linjen".
    assert {"Vänd dig hit", "Första linjeboken", "Stöd till första linjen barn och unga", "Väntekollen.se"} <= found
    # :249 Psykiatrin i siffror maps specialist psychiatry; :388 C-GAS only draws on first-line
    # clinicians' experience; :1428 the Alex films list first line among places to visit.
    assert not any(label.startswith("Psykiatrin i siffror") for label in answer)
    assert "Webbutbildning C-GAS" not in answer
    assert "Informationsfilmer för barn och unga med Alex" not in answer
    # :162 Samarbetsvård psykisk hälsa is first-line care for depression and anxiety, no children.
    assert "Samarbetsvård psykisk hälsa" not in answer


def test_passing_mentions_are_searchable_subjects(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:1432: the Alex films mention first-line care as a place to visit.
    q = """PREFIX dcterms: <http://purl.org/dc/terms/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    ASK { ?r rdfs:label "Informationsfilmer för barn och unga med Alex"@sv ;
             dcterms:subject <https://w3id.org/psykgraf/vocab/care-level/forsta-linjen> }"""
    assert store.query(q, use_default_graph_as_union=True)


def test_method_noun_finds_the_method_but_gives_no_form() -> None:
    # data/reports/2018-slutrapport-2017-riktade-insatser-psykisk-halsa.txt line 351: "ReDO-metoden",
    # a treatment method (reading guide, Form: no form rather than a wrong one).
    from loader.enrich import enrich as _enrich
    from loader.layouts.cues import class_heads, names_method

    assert class_heads()["metod"] == ("resource", "modell")  # still found as a model noun
    assert names_method("ReDO-metoden") and names_method("arbetssätt")
    lex = Lexicon.from_dir()
    m = Mention("resource", "ReDO-metoden", Source("r", 351, "ReDO-metoden"), forms=("modell",))
    out = _enrich(m, lex, ActorLexicon([]), None)
    assert out.mention.forms == ()


def test_reader_addressed_as_one_of_the_group_is_the_public() -> None:
    # tests/fixtures/heldout/2022-handlingsplan-psykisk-halsa-uppsala-lan.txt line 151.
    from loader.enrich import addressed_audience

    lex = Lexicon.from_dir()
    found = addressed_audience(lex, "Efter ett suicid – till dig som är närstående")
    assert [c for _, c, _, _ in found] == ["allmanheten"]


def test_a_series_entry_takes_whom_its_programme_is_for() -> None:
    # 2018-slutrapport…txt:504-506 "Programmet Hälsa i Sverige för asylsökande och nyanlända …" and
    # 780 "UPH. Hälsa i Sverige. Fem filmer om suicidprevention och migration.": the product list
    # entry names its programme before the title; the programme's target group is the entry's too.
    report = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
    prog = enrich(
        Mention(
            "initiative",
            "Hälsa i Sverige",
            Source(report, 504, "Hälsa i Sverige"),
            description="Programmet Hälsa i Sverige för asylsökande och nyanlända påbörjades under 2016.",
        ),
        lex(),
        ActorLexicon([]),
        None,
    )
    entry = enrich(
        Mention(
            "resource",
            "Hälsa i Sverige. Fem filmer om suicidprevention och migration",
            Source(report, 780, "Hälsa i Sverige. Fem filmer"),
            years=(2017,),
        ),
        lex(),
        ActorLexicon([]),
        None,
    )
    other_m = Mention("resource", "Annat. Fem filmer", Source(report, 782, "Annat"))
    other = enrich(other_m, lex(), ActorLexicon([]), None)
    _, inherited, unrelated = inherit([prog, entry, other])
    assert facets(inherited, "target_groups") == {"nyanlanda"}
    assert inherited.mention.years == (2017,)  # the programme's 2016 is not the film's year
    assert facets(unrelated, "target_groups") == set()
    # the list may name the entry by its own title and keep the series-led text as another name
    titled = enrich(
        Mention(
            "resource",
            "Fem filmer om suicidprevention och migration",
            Source(report, 780, "Fem filmer"),
            alt_names=("Hälsa i Sverige. Fem filmer om suicidprevention och migration",),
        ),
        lex(),
        ActorLexicon([]),
        None,
    )
    _, inherited = inherit([prog, titled])
    assert facets(inherited, "target_groups") == {"nyanlanda"}


def test_a_form_noun_of_a_coordinated_second_thing_is_not_the_items_form() -> None:
    # 2018-slutrapport…txt:456 "… implementering av ERGT (emotion regulation group therapy) samt
    # översatt utbildningsmaterial.": the training material is a second thing beside the method.
    e = _enrich(
        "ERGT",
        "Projektet har arbetat med implementering av ERGT (emotion regulation group therapy) samt "
        "översatt utbildningsmaterial.",
    )
    assert facets(e, "forms") == set()


def test_trainings_in_the_items_long_name_do_not_make_it_a_training() -> None:
    # 2018-slutrapport…txt:514 "… har UPH genomfört fyra utbildningar i Teaching Recovery Techniques
    # (TrT) under 2017.": the item, called TrT, is the method the trainings teach.
    e = _enrich(
        "TrT",
        "I samarbete med Bris har UPH genomfört fyra utbildningar i Teaching Recovery Techniques (TrT) under 2017.",
    )
    assert facets(e, "forms") == set()


def test_a_section_opening_is_not_the_own_text_of_an_item_named_further_on() -> None:
    # 2022-insatser…txt:1986-1992 "2.11 Nära vård och rätt stöd till psykisk hälsa / Sedan flera år
    # har SKR verkat för utveckling av stöd till psykisk hälsa på primärvårdsnivån både för barn,
    # unga och vuxna. … webbinarier med koppling till … delbetänkandet SOU 2021:6 Rätt stöd till
    # psykisk hälsa": the opening sentence is about SKR's work, not about the inquiry's report.
    e = _enrich(
        "Rätt stöd",
        "Sedan flera år har SKR verkat för utveckling av stöd på primärvårdsnivån både för barn, unga och vuxna. "
        "Under året arrangerade SKR sex webbinarier om delbetänkandet SOU 2021:6 Rätt stöd till psykisk hälsa.",
        heading="Nära vård och rätt stöd till psykisk hälsa",
    )
    assert facets(e, "care_levels") == set()
    assert facets(e, "target_groups") == set()


def test_the_purpose_of_a_thing_a_sentence_introduces_is_not_the_items() -> None:
    # 2018-slutrapport…txt:99 "… åtog sig Sveriges Kommuner och Landsting initialt att genomföra ett
    # projekt i syfte att undersöka förutsättningar för en förstärkt vårdgaranti för BUP.
    # Slutrapporten ”Rätt insatser i rätt tid …” pekade på …": BUP is the project's subject.
    e = _enrich(
        "Rätt insatser i rätt tid",
        "Arbetet bygger på överenskommelser sedan 2007. SKL åtog sig att genomföra ett projekt i syfte att "
        "undersöka en förstärkt vårdgaranti för BUP. Slutrapporten ”Rätt insatser i rätt tid” kom 2008.",
        heading="Bakgrund",
    )
    assert "bup" not in facets(e, "care_levels")


def test_a_compound_first_part_familje_names_no_families() -> None:
    # 2019-kraftsamling…txt:3065 "Den långa resan - longitudinella studier om unga på flykt,
    # individuella, familje-relaterade och samhällsrelaterade faktorer …": the factors are
    # family-related; the studies are about young refugees, not for parents.
    e = _enrich(
        "Den långa resan",
        "Longitudinella studier om unga på flykt, individuella, familje-relaterade och samhällsrelaterade faktorer.",
    )
    assert "foraldrar" not in facets(e, "target_groups")
    assert "foraldrar" in facets(_enrich("Stöd", "Ett stöd för familjer med små barn."), "target_groups")


def test_a_verbless_sentence_after_the_title_says_what_the_item_is() -> None:
    # 2018-slutrapport…txt:816 "Investera i människor. En film om sociala investeringar. (finns även
    # på engelska)": the product list gives the title, then what it is.
    e = _enrich("Investera i människor", "Investera i människor. En film om sociala investeringar.")
    assert facets(e, "forms") == {"film"}
    # a sentence with a verb after the title is about something else
    e = _enrich("Investera i människor", "Investera i människor. En film visades och en rapport skrevs.")
    assert "film" not in facets(e, "forms")


def test_a_level_in_a_list_of_topics_after_a_semicolon_is_no_level() -> None:
    # 2018-slutrapport…txt:309 "I förstudien identifierades fem utvecklingsområden; triagering,
    # arbetssätt för psykisk ohälsa, självskattning, e-hälsa och samarbete med specialistpsykiatri.":
    # the pilot in primary care works on five areas; specialist care is one partner area.
    e = _enrich(
        "Pilotprojekt primärvård",
        "I förstudien identifierades fem utvecklingsområden; triagering, "
        "arbetssätt för psykisk ohälsa, självskattning, e-hälsa och samarbete med specialistpsykiatri.",
    )
    assert "specialistniva" not in facets(e, "care_levels")


def test_people_something_comes_from_are_not_its_users() -> None:
    # 2018-slutrapport…txt:382 "Under 2017 kom det in 470 idéer från brukare, närstående och personal
    # …": the ideas came from them; the sentence names no users of the tool nor whom it helps.
    e = _enrich(
        "Genombrott.nu",
        "Genombrott.nu är ett webbverktyg. Under 2017 kom det in 470 idéer från brukare, "
        "närstående och personal till Genombrott.nu.",
    )
    assert facets(e, "audience") == set()
    assert "anhoriga" not in facets(e, "target_groups")


def test_coordinators_are_staff() -> None:
    # 2022-insatser…txt:1289 "… utbildningsfilmer för SIP-samordnare": films for the staff who
    # coordinate SIP meetings (audience personal, a label in ontology/vocab/audience.ttl).
    e = _enrich("utbildningsfilmer för SIP-samordnare", "SKR har tagit fram utbildningsfilmer för SIP-samordnare.")
    assert "personal" in facets(e, "audience")


def test_a_sentence_referring_to_a_thing_of_another_form_is_not_the_items() -> None:
    # 2022-insatser…txt:1992-2010 "… sex webbinarier med koppling till … delbetänkandet SOU 2021:6
    # Rätt stöd till psykisk hälsa … Vid webbinariet om barn och unga presenterades …": the report
    # (its layout form) is not the webinar the later sentence opens with.
    m = Mention(
        "resource",
        "Rätt stöd",
        Source(INVENTORY, 1992, "Rätt stöd"),
        forms=("rapport",),
        description="SKR arrangerade sex webbinarier om delbetänkandet Rätt stöd till psykisk hälsa. "
        "Vid webbinariet om barn och unga presenterades också en annan utredning.",
        heading="Rätt stöd",
    )
    e = enrich(m, lex(), ActorLexicon([]), None)
    assert facets(e, "target_groups") == set()


def test_a_demonstrative_of_another_form_does_not_give_the_item_that_form() -> None:
    # 2022-insatser…txt:1992-1998 "… webbinarier med koppling till … delbetänkandet SOU 2021:6 Rätt
    # stöd till psykisk hälsa … Innehållet i dessa webbinarier fokuserade på …": "dessa webbinarier"
    # are the webinars; the report keeps its own form.
    m = Mention(
        "resource",
        "Rätt stöd",
        Source(INVENTORY, 1992, "Rätt stöd"),
        forms=("rapport",),
        description="Sedan flera år har SKR verkat för utveckling av stöd till psykisk hälsa. "
        "SKR arrangerade sex webbinarier om delbetänkandet Rätt stöd till psykisk hälsa. "
        "Innehållet i dessa webbinarier fokuserade på brukarperspektivet.",
        heading="Nära vård och rätt stöd till psykisk hälsa",
    )
    e = enrich(m, lex(), ActorLexicon([]), None)
    assert facets(e, "forms") == {"rapport"}


# -- audience recall (facets2) ------------------------------------------------------------------


def test_compound_head_refers_back_to_the_item() -> None:
    # Layout of 2025-insatser…:254-256 (tuning set): "… tagit fram webbutbildningen X. Utbildningen
    # riktar sig till chefer i kommuner och regioner …": "Utbildningen" is the head of "webbutbildning".
    m = Mention(
        "resource",
        "Friska chefer",
        Source(INVENTORY, 1, "Friska chefer"),
        description=(
            "SKR har tagit fram webbutbildningen Friska chefer. Utbildningen riktar sig till chefer i kommuner."
        ),
        forms=("webbutbildning",),
    )
    e = enrich(m, lex(), ActorLexicon([]), None)
    assert facets(e, "audience") == {"chefer"}


def test_link_mark_naming_the_item_does_not_disown_its_first_sentence() -> None:
    # Inventory convention: a paragraph ends "Länk till <item>." (2026-inventering…:258-260, tuning
    # set: "Ett webbverktyg för chefer som har medarbetare … Länk till Återgå.").
    e = _enrich(
        "Återgå",
        "Ett webbverktyg för chefer som har medarbetare med psykisk ohälsa. Länk till Återgå.",
        heading="Arbetsliv",
    )
    assert facets(e, "audience") == {"chefer"}  # the employees the managers have are not users


def test_written_for_reopens_a_clause_closed_by_a_passing_cue() -> None:
    # "Vägledningen bygger på erfarenheter från sex regioner och är skriven för personal inom BUP."
    e = _enrich("Tvång i vården", "Vägledningen bygger på erfarenheter från sex regioner och är skriven för personal.")
    assert facets(e, "audience") == {"personal"}


def test_staff_and_manager_words_of_the_vocabulary() -> None:
    # Titles in the inventory's convention "Name – form för <audience>".
    assert facets(_enrich("Rättsvård – introduktion för nyanställda"), "audience") == {"personal"}
    assert facets(_enrich("Boende – guide för boendestödjare"), "audience") == {"personal"}
    assert facets(_enrich("Suicidprevention – tio frågor för ledningen"), "audience") == {"chefer"}
    e = _enrich("Bidra – en handbok för arbetsgivare")
    assert facets(e, "audience") == {"chefer"} and "arbetsliv" in facets(e, "care_levels")
    # the bare word names working life, not whom the item is for
    e = _enrich("Arbetsmiljö i fokus", "Sjukfrånvaro är kostsamt för medarbetare, arbetsgivare och samhället.")
    assert "chefer" not in facets(e, "audience")


def test_people_among_whom_ill_health_occurs_are_helped_not_users() -> None:
    # "… handlar om hur man förebygger stressrelaterad ohälsa bland medarbetarna."
    text = "Utbildningen handlar om hur man förebygger stressrelaterad ohälsa bland medarbetarna."
    e = _enrich("Friska arbetsplatser", text)
    assert "personal" not in facets(e, "audience") and "anstallda" in facets(e, "target_groups")


def test_a_finding_cue_scopes_out_what_a_report_argued_for() -> None:
    # 2018-slutrapport…txt:99 "Slutrapporten ”Rätt insatser i rätt tid …” pekade på behovet av en
    # första linje för barns och ungas psykiska hälsa"
    e = _enrich("Rätt insatser", "Slutrapporten pekade på behovet av en första linje för barns psykiska hälsa.")
    assert "forsta-linjen" not in facets(e, "care_levels") and "forsta-linjen" in subjects(e)


def test_a_bullet_ends_a_list_of_settings() -> None:
    # 2019-kraftsamling…txt:1160-1171 "Fördelar med modellen skulle kunna vara att: … • Samverkan mellan
    # skola, socialtjänst och hälso- och sjukvård förbättras • Mer utrymme för det främjande och
    # förebyggande arbetet"
    text = (
        "Modellen ger stöd till barn. Fördelar med modellen skulle kunna vara att: • Samverkan mellan skola, "
        "socialtjänst och hälso- och sjukvård förbättras • Mer utrymme för det främjande och förebyggande arbetet"
    )
    m = Mention("resource", "Skolmodell", Source(INVENTORY, 1, "Skolmodell"), description=text, forms=("modell",))
    e = enrich(m, lex(), ActorLexicon([]), None)
    assert {"framjande", "forebyggande"} <= facets(e, "care_levels")
    assert "socialtjanst" not in facets(e, "care_levels")


def test_expected_finish_date_is_under_development() -> None:
    # 2025-handlingsplan…:65-67 (tuning set) "Vägledningen tas fram under 2025 och beräknas vara klar i januari 2026."
    e = _enrich("Vägledning", "Vägledningen tas fram under 2025 och beräknas vara klar i januari 2026.")
    assert e.mention.status == "under-utveckling"


def test_implications_chain_from_audience_to_pupils() -> None:
    # 2026-inventering…:395-397 (tuning set) "Webbplatsen samlade material för elevhälsans personal om
    # psykisk hälsa.": school health staff imply the school health service, which serves pupils.
    e = _enrich("Skolsidan.se", "Webbplatsen samlade material för elevhälsans personal om psykisk hälsa.")
    assert "elevhalsa" in facets(e, "care_levels") and {"barn", "unga"} <= facets(e, "target_groups")


def test_a_stated_age_group_stands_against_a_second_remove_implication() -> None:
    # heldout 2020-slutrapport…:90 "Prata med mig – samtalsstöd för barn som växer upp med missbruk"
    # … "Materialet riktar sig till skolkuratorer och socialsekreterare.": the title says children.
    e = _enrich("Samtalsstöd för barn", "Materialet riktar sig till skolkuratorer och socialsekreterare.")
    assert "elevhalsa" in facets(e, "care_levels")
    assert facets(e, "target_groups") == {"barn"}


def test_the_agents_of_used_by_are_the_audience() -> None:
    # 2024-inventering…:103 (tuning set) "Checklistan används av sjuksköterskor och läkare när vuxna
    # patienter skrivs ut": who uses it, unlike "används av 20 kommuner" (places).
    e = _enrich("Trygg hemgång", "Checklistan används av sjuksköterskor och läkare när patienter skrivs ut.")
    assert facets(e, "audience") == {"personal"}


def test_teachers_guide_and_telling_young_people() -> None:
    # 2024-inventering…:21 (tuning set) "Rörelseglädje – lärarhandledning om rörelse …"
    assert facets(_enrich("Rörelse – lärarhandledning om rörelse för barn"), "audience") == {"personal"}
    # 2021-slutrapport…:52 (tuning set) "en affisch och en film som berättar för ungdomar 13–17 år var de
    # kan söka hjälp"
    e = _enrich("Vägen", "UPH har tagit fram en film som berättar för ungdomar var de kan söka hjälp.")
    assert facets(e, "audience") == {"allmanheten"}


def test_an_organisation_before_a_county_is_a_branch_not_a_mention() -> None:
    from pathlib import Path

    actors = ActorLexicon.load(Path(__file__).parents[2] / "data" / "actors.ttl")
    text = "Med i gruppen är NSPH Norrby län."
    m = Mention("focus-area", "Styrning", Source(INVENTORY, 1, "Styrning"), description=text)
    assert not enrich(m, lex(), actors, None, ()).mentioned_actors
    n = replace(m, description="Med i gruppen är NSPH och regionen.")
    assert enrich(n, lex(), actors, None, ()).mentioned_actors
