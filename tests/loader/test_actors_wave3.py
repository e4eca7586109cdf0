"""Actors written in new ways (issue 10, third wave): comma lists of participants on a slide, a
definite plural noun before the names it stands for, regional branches of known organisations,
abbreviation lists that only spell out a branch's prefix, and organisation names of new shapes.

Every text below is made up; each test names the convention it follows.
"""

from __future__ import annotations

from loader.actors import ActorLexicon, _organisation_names, _units
from loader.model import Document, Line, Mention, Source
from loader.organisations import _apposed, branch_prefixes, municipality_names, read_organisations
from psykgraf.settings import Settings
from tests.loader.slide_decks import read_deck

_ACTORS = ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")

# A deck exported with a form feed at every slide's start, a running foot and a slide counter at
# every slide's end, and a participant slide that writes several names on one line.
_DECK = "\n".join(
    [
        "\fKraftsamling för unga i Exempellän",  # 1
        "Region Exempellän och länets kommuner",  # 2
        "Region Exempellän | Kraftsamling 2034",  # 3
        "1 / 3",  # 4
        "\fVilka är vi här idag?",  # 5
        "Kommuner",  # 6
        "Norrby kommun, Söderby stad, Östra kommun, ",  # 7
        "Västra kommun, Exempelstad Stad",  # 8
        "Region",  # 9
        "Region Exempellän, Barn- och ungdomspsykiatrin ",  # 10
        "Norra länet, Vårdcentralen Torget",  # 11
        "Civilsamhälle",  # 12
        "Föreningen Ungdomsjouren Exempel, Maskrosbarn",  # 13
        "Region Exempellän | Kraftsamling 2034",  # 14
        "2 / 3",  # 15
        "\fTack!",  # 16
        "Region Exempellän | Kraftsamling 2034",  # 17
        "3 / 3",  # 18
    ]
)


def _actor_names(mentions: tuple[Mention, ...]) -> list[str]:
    return [m.name for m in mentions if m.kind == "actor"]


def test_a_slide_list_writing_several_names_on_a_line_is_parted_at_its_commas() -> None:
    # _DECK:7-8: three names and a trailing comma on one line, the list wrapped onto the next
    names = _actor_names(read_deck(_DECK))
    for name in ("Norrby kommun", "Söderby stad", "Östra kommun", "Västra kommun", "Exempelstad Stad"):
        assert name in names
    # _DECK:10-11: a name wrapped between two lines of the same comma list is one name
    assert "Barn- och ungdomspsykiatrin Norra länet" in names
    assert "Vårdcentralen Torget" in names
    assert not any("," in n for n in names)


def test_a_running_foot_and_a_slide_counter_end_a_participant_list() -> None:
    # _DECK:14-15 "Region Exempellän | Kraftsamling 2034" / "2 / 3", on every slide
    names = _actor_names(read_deck(_DECK))
    assert "Maskrosbarn" in names
    assert not any("|" in n or "/" in n for n in names)


def test_a_definite_plural_noun_names_each_place_after_it() -> None:
    # "Region Västmanland och kommunerna Arboga, …, och Västerås" (a plan's title page): the
    # municipalities by the name the text gives them elsewhere, else with the place genitive
    text = "Region Exempellän och kommunerna Arboga, Kungsör, Norrby och Söderby."
    hits = _apposed(text, ActorLexicon([]), [], municipality_names("Söderby stad ansvarar."))
    assert [(h.surface, h.name) for h in hits] == [
        ("Arboga", "Arboga kommun"),
        ("Kungsör", "Kungsörs kommun"),
        ("Norrby", "Norrby kommun"),
        ("Söderby", "Söderby stad"),
    ]
    # a place where something happens, and an indefinite list of places, name no organisations
    assert _apposed("Insatser i kommunerna Arboga och Sala.", ActorLexicon([]), []) == []
    assert _apposed("I länet finns åtta kommuner: Arboga, Sala och Köping.", ActorLexicon([]), []) == []


def _doc(*texts: str) -> Document:
    return Document(report="plan", lines=tuple(Line(n, t) for n, t in enumerate(texts, start=1)))


def _read(doc: Document) -> list[tuple[int, str]]:
    found = read_organisations(doc, [Mention("resource", "Exempelguiden", Source("plan", 1, "x"))], _ACTORS)
    return [(m.source.line, m.name) for m in found if m.kind == "actor"]


def test_a_known_organisation_before_a_region_names_its_branch() -> None:
    # "NSPH Västmanland och Ungdomsrådet …": the county branch, not the national NSPH
    doc = _doc("Planen bygger på synpunkter från NSPH Västmanland och Region Västmanland.")
    found = _read(doc)
    assert (1, "NSPH Västmanland") in found
    assert not any(name == "NSPH" for _, name in found)


def test_an_abbreviation_list_row_spelling_out_only_a_branch_prefix_names_no_organisation() -> None:
    # "SV<TAB>Studieförbundet Vuxenskolan" where the plan uses SV only as "SV Västmanland";
    # "PRO<TAB>…" where the plan uses PRO alone stays an organisation of the report
    lines = (
        "Utbildningen genomförs av Studieförbundet Vuxenskolan Västmanland.",
        "Antal utbildade hos SV Västmanland ökar. PRO driver träffpunkter.",
        "Förkortningar",
        "SV\tStudieförbundet Vuxenskolan",
        "PRO\tPensionärernas riksorganisation",
    )
    assert branch_prefixes(tuple(Line(n, t) for n, t in enumerate(lines, start=1)), frozenset({"Västmanland"})) == {4}
    found = _read(_doc(*lines))
    assert not any(line == 4 for line, _ in found)


def test_weak_adjectives_before_a_definite_organisation_noun_name_an_organisation() -> None:
    # "tillsammans med Svenska Rättspsykiatriska Föreningen tagit fram" (capitals on every word)
    t = "har tillsammans med Svenska Rättspsykiatriska Föreningen tagit fram indikatorer."
    assert [t[a:b] for a, b in _organisation_names(t)] == ["Svenska Rättspsykiatriska Föreningen"]


def test_a_care_unit_noun_before_a_proper_name_names_the_unit() -> None:
    # "Vilka: Trollhättans stad, ungdomsmottagningen och Vårdcentralen Kronogården" (a pilot slide)
    hits = _ACTORS.find("Vilka: Norrby stad, ungdomsmottagningen och Vårdcentralen Torget")
    assert "Vårdcentralen Torget" in [h.name for h in hits]


def test_a_checklist_verb_and_a_count_are_no_part_of_a_network_name() -> None:
    # "✓ Samlat Nätverket för primärvårdschefer två gånger" (a "Det här har vi gjort" list)
    t = "✓ Samlat Nätverket för primärvårdschefer två gånger"
    assert [t[a:b] for a, b in _units(t)] == ["Nätverket för primärvårdschefer"]


def test_a_body_name_ending_in_s_is_not_read_as_its_owner() -> None:
    # "Ungdomsrådet Ungas röst VG" (a slide title the layout reads whole): "Ungdomsrådet Ungas"
    # inside it is the name cut short, no organisation of its own
    doc = _doc("Ungdomsrådet Ungas röst VG ger råd till styrgruppen.")
    body = Mention("actor", "Ungdomsrådet Ungas röst VG", Source("plan", 1, "x"), actor_types=("natverk",))
    found = read_organisations(doc, [body], _ACTORS)
    assert [m.name for m in found if m.kind == "actor"] == ["Ungdomsrådet Ungas röst VG"]


def test_a_municipality_in_the_genitive_is_named_without_the_genitive() -> None:
    # "Kalmar kommuns handlingsplan", "Västerås stads riktlinjer" (Swedish genitive "-s")
    hits = _ACTORS.find("Enligt Kalmar kommuns plan och Västerås stads riktlinjer samt i kommunsektorn.")
    assert [h.name for h in hits] == ["Kalmar kommun", "Västerås stad"]


def test_a_branch_takes_one_part_of_a_two_word_region_named_in_the_report() -> None:
    # "NSPH Jämtland deltar i uppföljningen" in a plan of Region Jämtland Härjedalen
    doc = _doc("Planen gäller Region Jämtland Härjedalen.", "Brukarrådet och NSPH Jämtland deltar i uppföljningen.")
    assert (2, "NSPH Jämtland") in _read(doc)


def test_an_abbreviation_list_aligned_with_spaces_is_read_as_one() -> None:
    # "NSPH     Nationell Samverkan för Psykisk Hälsa" (spaces for the tab), NSPH used only as
    # "NSPH Blekinge" in the plan
    lines = ("Brukarperspektivet företräds av NSPH Blekinge.", "NSPH     Nationell Samverkan för Psykisk Hälsa")
    assert branch_prefixes(tuple(Line(n, t) for n, t in enumerate(lines, start=1)), frozenset({"Blekinge"})) == {2}


def test_the_lexicon_reads_a_branch_by_a_region_it_knows() -> None:
    # "granskar boendestödet, i samarbete med NSPH Blekinge" (a role sentence: the branch is the
    # partner, not the national NSPH)
    hits = _ACTORS.find("granskar boendestödet, i samarbete med NSPH Blekinge.")
    assert [(h.name, h.known) for h in hits] == [("NSPH Blekinge", False)]


def test_a_form_noun_before_a_known_association_names_that_association() -> None:
    # "Med stöd från UPH har Riksförbundet SPES och Suicide Zero drivit kampanjen"
    assert _ACTORS.resolve("Riksförbundet SPES") == _ACTORS.resolve("SPES") is not None
    assert _ACTORS.resolve("Stiftelsen SKR") is None  # SKR is no association


def test_a_county_association_of_municipalities_is_named_with_a_capital() -> None:
    # "Länsenheten för psykisk hälsa vid Västmanlands Kommuner samordnar arbetet"
    names = [h.name for h in _ACTORS.find("Enheten vid Norrlands Kommuner samordnar; Norrlands kommuner deltar.")]
    assert names == ["Norrlands Kommuner"]


def test_the_nations_genitive_before_a_plural_of_members_names_an_association() -> None:
    # "Veckan arrangerades av Sveriges Elevhälsochefer (SEHC) och …"
    from loader.actors import guess_type
    from loader.organisations import defined_abbreviations

    assert guess_type("Sveriges Elevkårer") == "civilsamhalle"
    doc = _doc("Dagen arrangerades av Sveriges Elevkårer (SVEK) och Samordnad individuell plan (SIP).")
    assert defined_abbreviations(doc, ActorLexicon([])) == {"SVEK": "Sveriges Elevkårer"}


def test_an_article_or_a_count_after_a_network_name_starts_the_verbs_object() -> None:
    # "Under hösten startade Nätverket för elevhälsochefer en ny omgång med träffar" (loader/named_things.py)
    from loader.named_things import _complement, _tokens

    toks = _tokens("Nätverket för elevhälsochefer en ny omgång med träffar")
    assert " ".join(t.text for t in toks[2 : _complement(toks, 2)]) == "elevhälsochefer"
    toks = _tokens("Samlat Nätverket för primärvårdschefer två gånger")
    assert " ".join(t.text for t in toks[3 : _complement(toks, 3)]) == "primärvårdschefer"
    # an article right after the preposition belongs to the complement
    toks = _tokens("Handbok för en bättre vård i kommunen")
    assert " ".join(t.text for t in toks[2 : _complement(toks, 2)]) == "en bättre vård i kommunen"
