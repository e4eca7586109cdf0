"""Actors and identity of the eleventh wave: general conventions, each pinned on made-up text, with a case that
must not fire. Instance counts across the tuned texts are in the commit messages and the wave report.

* A list line continuing the name above is a place ("Polisen lokalpolisområde" / "Kramfors–Sollefteå"); a
  line that opens with an organisation's own noun is a body of its own, and a municipality's name ("X kommun")
  is complete (blind20 plan: a municipality on one line, a research centre with a hyphenated area on the next).
* A lower-case phrase after "en"/"ett" describes a body, names none (blind14 deck, blind20 plan).
* An organisation before a spaced dash is the actor when what follows names no other organisation (blind deck,
  blind11 deck and final report, blind19 final report); also for items' actors by role.
* An abbreviation list's row read as one name is its expansion, or nothing (blind9 plan, blind19 plan).
* A public service in the definite form before its place is its body (pg:namePattern of kommun and vardgivare:
  blind5, blind18, blind19 plans, blind20 plan and inventory).
* A name without a letter (a page number) names nobody (blind20 final report).
* A name opening with the noun of a thing (a resource form, an item class's cue noun) names no body (blind21 plan).
* A long word in the definite plural is no weak adjective of a name (blind21 final report).
* People in the genitive plural before an association's compound noun name it (blind21 annual report, inventory).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from loader.actors import ActorLexicon
from loader.model import ActorRole, Document, Line, Mention, Source
from loader.organisations import read_organisations


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(Path("data/actors.ttl"))


def _doc(text: str) -> Document:
    return Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _actors(text: str, mentions: tuple[Mention, ...] = ()) -> set[str]:
    return {m.name for m in read_organisations(_doc(text), list(mentions), _lexicon()) if m.kind == "actor"}


def _actor(name: str, line: int) -> Mention:
    return Mention(kind="actor", name=name, source=Source(report="x", line=line, quote=name))


# -- a list line that continues a name is a place, never a body of its own ------------------------------------


def test_a_body_on_the_next_line_is_not_the_place_of_the_name_above() -> None:
    text = "Dalby kommun deltar i studien Mående i skolan tillsammans med\nKunskapscentrum Ådal-Åsen."
    found = _actors(text, (_actor("Kunskapscentrum Ådal-Åsen", 2),))
    assert "Dalby kommun" in found
    assert "Kunskapscentrum Ådal-Åsen" in found
    assert not any(n.startswith("Dalby kommun ") for n in found)


def test_a_municipality_takes_no_place_from_the_next_line() -> None:
    found = _actors(
        "Medverkande\nBrukarrådet\nÖstby kommun\nNorrå–Söderå\n", (_actor("Östby kommun", 3), _actor("Norrå–Söderå", 4))
    )
    assert "Östby kommun Norrå–Söderå" not in found


def test_a_common_noun_still_takes_its_area_from_the_next_line() -> None:
    found = _actors(
        "Deltagare\nPolisen lokalpolisområde\nNorrå–Söderå\n",
        (_actor("Polisen lokalpolisområde", 2), _actor("Norrå–Söderå", 3)),
    )
    assert "Polisen lokalpolisområde Norrå–Söderå" in found


# -- a body described after an indefinite article is no name -----------------------------------------------------


def test_a_body_described_after_an_indefinite_article_is_no_actor() -> None:
    text = (
        "I Ådalen finns sedan 2070 Missbruksteamet Ådalen, ett gemensamt team för kommunerna\n"
        "och regionen som tar emot vuxna."
    )
    found = _actors(text, (_actor("Gemensamt team för kommunerna och regionen", 1),))
    assert "Gemensamt team för kommunerna och regionen" not in found


def test_a_slide_line_opening_with_the_article_describes_too() -> None:
    found = _actors("Ett samlat råd för hela Norrå\nträffas varje månad", (_actor("Samlat råd för hela Norrå", 1),))
    assert "Samlat råd för hela Norrå" not in found


def test_a_capitalised_name_after_an_article_is_still_a_name() -> None:
    text = "Ett nationellt Kunskapsnätverk för äldrevård med tolv regioner startade."
    found = _actors(text, (_actor("Kunskapsnätverk för äldrevård", 1),))
    assert "Kunskapsnätverk för äldrevård" in found


# -- an organisation list's "name – what was done together" ------------------------------------------------------


def test_an_organisation_before_a_spaced_dash_is_the_actor() -> None:
    found = _actors(
        "Bilaga 3 Samarbetspartner\nStiftelsen Ankeljus – unga med egen erfarenhet\n"
        "Folkhälsomyndigheten – skolenkäten\n",
        (_actor("Stiftelsen Ankeljus – unga med egen erfarenhet", 2), _actor("Folkhälsomyndigheten – skolenkäten", 3)),
    )
    assert {"Stiftelsen Ankeljus", "Folkhälsomyndigheten"} <= found
    assert not any("–" in n for n in found)


def test_the_same_organisation_spelt_out_after_the_dash_is_an_alias() -> None:
    text = "Medverkande\nSpes – Riksförbundet för suicidprevention och efterlevandes stöd\n"
    mentions = read_organisations(
        _doc(text), [_actor("Spes – Riksförbundet för suicidprevention och efterlevandes stöd", 2)], _lexicon()
    )
    spes = [m for m in mentions if m.kind == "actor" and m.source.line == 2]
    assert [m.name for m in spes] == ["Spes"]
    assert "Spes – Riksförbundet för suicidprevention och efterlevandes stöd" in spes[0].alt_names


def test_an_item_s_participant_named_with_a_dash_is_the_organisation() -> None:
    item = Mention(
        kind="initiative",
        name="Kraftsamling Norrå",
        source=Source(report="x", line=1, quote="Kraftsamling Norrå"),
        actors=(ActorRole("Stiftelsen Ankeljus – nationellt kunskapscentrum", "participant"),),
    )
    out = read_organisations(
        _doc("Kraftsamling Norrå\nStiftelsen Ankeljus – nationellt kunskapscentrum"), [item], _lexicon()
    )
    roles = [r.name for m in out if m.kind == "initiative" for r in m.actors]
    assert roles == ["Stiftelsen Ankeljus"]


def test_two_organisations_or_no_organisation_around_a_dash_stay_as_printed() -> None:
    found = _actors(
        "Deltagare\nLokalpolisområde Norrå – Polisregion Ådalen\nÅdalsdagen 2071 – psykisk hälsa hela livet\n",
        (
            _actor("Lokalpolisområde Norrå – Polisregion Ådalen", 2),
            _actor("Ådalsdagen 2071 – psykisk hälsa hela livet", 3),
        ),
    )
    assert "Lokalpolisområde Norrå – Polisregion Ådalen" in found
    assert "Ådalsdagen 2071 – psykisk hälsa hela livet" in found


# -- an abbreviation list's row read as one name ------------------------------------------------------------------


def test_a_glossary_row_of_an_organisation_is_its_expansion() -> None:
    text = "Förkortningar\nBUP\tBarn- och ungdomspsykiatri\nFHM\tFolkhälsomyndigheten\nKSÅ   Kunskapscentrum Ådalen\n"
    mentions = read_organisations(
        _doc(text), [_actor("FHM Folkhälsomyndigheten", 3), _actor("KSÅ Kunskapscentrum", 4)], _lexicon()
    )
    names = {(m.name, m.alt_names) for m in mentions if m.kind == "actor" and m.source.line in (3, 4)}
    assert ("Folkhälsomyndigheten", ("FHM",)) in names
    assert ("Kunskapscentrum Ådalen", ("KSÅ",)) in names


def test_a_glossary_row_of_a_common_noun_names_no_actor() -> None:
    found = _actors(
        "Förkortningar\nEHT      Elevhälsoteam\nUMO      Ungdomsmottagning\n", (_actor("EHT Elevhälsoteam", 2),)
    )
    assert not any(n.startswith("EHT") or n == "Elevhälsoteam" for n in found)


def test_a_name_opening_with_an_abbreviation_outside_a_glossary_stays() -> None:
    found = _actors("Samverkan sker med BRIS Ådalen sedan 2070.", (_actor("BRIS Ådalen", 1),))
    assert "BRIS Ådalen" in found


# -- a public service in the definite form before the place it serves ------------------------------------------


def _names(text: str) -> list[str]:
    return [h.name or h.surface for h in _lexicon().find(text)]


def test_a_municipal_service_before_its_place_is_an_organisation() -> None:
    assert "Räddningstjänsten Norrådal" in _names("Filmen gjordes tillsammans med Räddningstjänsten Norrådal.")
    assert "Hemtjänsten i Ådalby" in _names("Hemtjänsten i Ådalby har tagit fram ett samtalsstöd om ensamhet.")


def test_the_region_s_primary_care_before_its_area_is_an_organisation() -> None:
    assert "Primärvården Ådalen" in _names("Kommunerna och Primärvården Ådalen har skrivit ett samverkansavtal.")


def test_a_service_named_without_its_place_is_no_organisation() -> None:
    assert (
        _names("Räddningstjänsten har tagit fram en film. Personal i räddningstjänsten och primärvården deltog.") == []
    )


# -- a page number in a list of names ----------------------------------------------------------------------------


def test_a_page_number_after_a_list_of_names_is_no_actor() -> None:
    text = "Civilsamhälle\n• Föreningen Ankeljus\n• Mind Ådalen\n\n                 23\n"
    found = _actors(text, (_actor("23", 5), _actor("Föreningen Ankeljus", 2)))
    assert "23" not in found
    assert "Föreningen Ankeljus" in found


# -- a name opening with the noun of a thing names no body -----------------------------------------------------


def test_a_conference_or_a_survey_read_as_a_body_is_no_actor() -> None:
    text = (
        "Den 3 maj 2071 arrangerar styrgruppen Ådalskonferensen 2071 – psykisk hälsa i hela livet.\n"
        "Inför konferensen sammanställer styrgruppen Lägesbild psykisk hälsa Ådalen 2071.\n"
    )
    found = _actors(
        text,
        (
            _actor("Ådalskonferensen 2071 – psykisk hälsa i hela livet", 1),
            _actor("Lägesbild psykisk hälsa Ådalen 2071", 2),
        ),
    )
    assert not any(n.startswith(("Ådalskonferensen", "Lägesbild")) for n in found)


def test_a_forum_or_network_is_still_a_body() -> None:
    found = _actors("Arbetet sker med Forum för psykisk hälsa Ådalen.", (_actor("Forum för psykisk hälsa Ådalen", 1),))
    assert "Forum för psykisk hälsa Ådalen" in found


# -- a definite plural noun is no adjective of a name ----------------------------------------------------------


def test_a_title_in_the_definite_plural_opens_no_organisation_name() -> None:
    text = (
        "Civilsamhälle\n"
        "Föreningen Efterlevande Norden – stöd under sorgens första tid efter förlusten\n"
        "Förbundet Unga röster – brukarperspektiv på filmserien Skolfilmerna\n"
        "Stiftelsen Ankeljus – följeforskning i projektet Trygg väg hem\n"
    )
    found = _actors(text)
    assert not any(n.startswith("Skolfilmerna") for n in found)


def test_a_weak_adjective_still_opens_an_organisation_name() -> None:
    assert "Svenska Barnpsykiatriska Föreningen" in _names("Boken togs fram med Svenska Barnpsykiatriska Föreningen.")


# -- people in the definite plural genitive before an association's noun --------------------------------------


def test_people_in_the_genitive_before_an_association_noun_name_it() -> None:
    assert "Kuratorernas yrkesförening" in _names("Tillsammans med Kuratorernas yrkesförening togs stödet fram.")
    assert "Fosterhemmens riksförbund" in _names("Guiden gjordes med Fosterhemmens riksförbund.")


def test_a_genitive_before_a_bare_or_non_association_noun_names_nothing() -> None:
    names = _names("Satsningens organisation beskrivs nedan. Kuratorernas arbetsplan följs upp.")
    assert names == []
