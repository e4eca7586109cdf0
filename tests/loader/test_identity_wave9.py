"""Identity, actors and page furniture of the ninth wave, pinned on made-up text in two wordings each.

Conventions read from blind16/blind17 (the texts are not copied; names below are made up):

* blind17 2062-slutrapport…txt:80, 123, 183 page feet set between dashes, "— SKR · Slutrapport 2061 · sida 23 —":
  a running foot is furniture, never an organisation of the appendix list it follows.
* blind17 2062-slutrapport…txt:86 "genomfördes av Nordiska institutet för vårdforskning" and :179 the same name in
  Bilaga 3: a capitalised weak adjective, a lower-case definite organisation head and "för" + field is a name.
* blind17 2062-slutrapport…txt:68 "UPH:s ungdomsråd, med tolv medlemmar …": an abbreviation's council in the genitive.
* blind17 2061-kraftsamling…txt:62 "▪ Västerviks församling": a parish named by its place in the genitive.
* blind17 2063-insatser…txt:59-61, 135 "SPF Seniorerna" (a national pensioners' association, general knowledge).
* blind16 2058-slutrapport…txt:176-177 "Riksförbundet för Suicidprevention och Efterlevandes" / "Stöd (SPES)⇥area": a
  name wrapped in the first column of a tab table, its last part carrying the abbreviation and the tab.
* blind17 2062-handlingsplan…txt:23 "samordnas av Samordningskansliet Norra Uppland i Tierp": the definite noun alone,
  read by one reader from the line another reader read whole, is that body.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.layouts.numbered_segment import bar_feet
from loader.model import Document, Line, Mention, Source
from loader.resolve import resolve


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load(Path("data/actors.ttl"))


def _names(text: str) -> list[str]:
    return [h.name or h.surface for h in _lexicon().find(text)]


def _doc(text: str) -> Document:
    return Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


# -- running feet between dashes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "foot",
    ["— SKR · Slutrapport 2071 · sida {n} —", "– UPH | Årsrapport 2070 | s. {n} –"],
)
def test_running_foot_between_dashes_is_furniture(foot: str) -> None:
    lines = ["Text.", foot.format(n=4), "Mer text.", foot.format(n=9)]
    assert bar_feet(tuple(Line(i + 1, t) for i, t in enumerate(lines))) == frozenset({1, 3})


@pytest.mark.parametrize("foot", ["— SKR · Slutrapport 2071 · sida {n} —", "— UPH · Inventering 2070 · {n} —"])
def test_running_foot_after_an_organisation_list_is_no_organisation(foot: str) -> None:
    text = (
        f"Bilaga 1 Underlag\n\nText om underlaget.\n\n{foot.format(n=20)}\n\n"
        "Bilaga 3 Samverkanspartner\n\nMyndigheter\nSocialstyrelsen\nSkolverket\n\n"
        f"Organisationer\nMind\nBris\n\n{foot.format(n=23)}"
    )
    found = {m.name for m in AppendixTablesLayout().extract(_doc(text)) if m.kind == "actor"}
    assert {"Socialstyrelsen", "Skolverket", "Mind", "Bris"} <= found
    assert not any("·" in name for name in found)


# -- organisation names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Utvärderingen gjordes av Nordiska institutet för vårdforskning under året.",
            "Nordiska institutet för vårdforskning",
        ),
        (
            "Med stöd från Europeiska förbundet för familjeterapi har vi utbildat.",
            "Europeiska förbundet för familjeterapi",
        ),
    ],
)
def test_adjective_definite_head_and_field_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["Hela förbundet för unga deltog.", "Nordiska institutet har uppdraget."])
def test_without_its_field_or_with_a_quantifier_it_is_no_name(text: str) -> None:
    assert not any("förbundet" in n or "institutet" in n for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UPH:s ungdomsråd, med tio medlemmar, har läst materialen.", "UPH:s ungdomsråd"),
        ("Filmen granskades av SKR:s brukarråd före lanseringen.", "SKR:s brukarråd"),
    ],
)
def test_an_abbreviations_council_is_a_body(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "SKR:s nätverk för chefer träffades fyra gånger.",  # a network the organisation runs
        "Ungas röst – SKR:s ungdomsråd\tGranskning",  # apposition describing the name before it
        "Unga röster ingår i SKR:s ungdomsråd Unga röster.",  # the council's own name follows
    ],
)
def test_no_council_of_its_own(text: str) -> None:
    assert not any(n.endswith("ungdomsråd") or n.endswith("nätverk") for n in _names(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("▪ Västerviks församling\n▪ Föreningen X", "Västerviks församling"),
        ("med Tierps församlings diakoner", "Tierps församling"),
    ],
)
def test_parish_named_by_its_place(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", ["Filmen gjordes med SPF Seniorerna.", "som leds av SPF Senio-\nrerna och PRO"])
def test_pensioners_association_is_known(text: str) -> None:
    assert "spf-seniorerna" in [h.slug for h in _lexicon().find(text) if h.known]


@pytest.mark.parametrize(
    ("first", "second", "name"),
    [
        (
            "Riksförbundet för Suicidprevention och Efterlevandes",
            "Stöd (SPES)",
            "Riksförbundet för Suicidprevention och Efterlevandes Stöd (SPES)",
        ),
        ("Föreningen för psykisk hälsa i", "Norrbotten (FPHN)", "Föreningen för psykisk hälsa i Norrbotten (FPHN)"),
    ],
)
def test_name_wrapped_in_the_first_column_of_a_table(first: str, second: str, name: str) -> None:
    text = (
        "Bilaga 3 Samverkanspartner\n\nOrganisation\tSamarbete\n"
        f"Mind\tStödlinjer\n{first}\n{second}\tEfterlevandestöd\nBris\tBarnens röst"
    )
    found = {m.name for m in AppendixTablesLayout().extract(_doc(text)) if m.kind == "actor"}
    assert name in found
    assert {"Mind", "Bris"} <= found


# -- identity --------------------------------------------------------------------------------------------


def _m(name: str, line: int, quote: str, report: str = "a") -> Mention:
    return Mention(kind="actor", name=name, source=Source(report, line, quote))


@pytest.mark.parametrize(
    ("short", "full", "merged"),
    [
        # the noun alone and the whole name read from one line: one body
        ("Samordningskansliet", "Samordningskansliet Norra Uppland i Tierp", True),
        ("Ungdomsrådet", "Ungdomsrådet Unga röster", True),
        # another body's name on the line does not open with the noun: two
        ("Ungdomsrådet", "Samordningskansliet Norra Uppland", False),
    ],
)
def test_definite_noun_opening_a_name_on_its_line(short: str, full: str, merged: bool) -> None:
    quote = f"Arbetet samordnas av {full} och följs av {short.lower()}."
    entities = resolve([_m(short, 7, quote), _m(full, 7, quote)]).entities
    assert (len(entities) == 1) is merged


def test_definite_noun_on_another_line_stays_apart() -> None:
    entities = resolve(
        [_m("Samordningskansliet", 3, "Samordningskansliet bjöd in."), _m("Samordningskansliet Norr", 9, "X")]
    ).entities
    assert len(entities) == 2


# -- an appendix's product list with dash bullets and a partner after a slash ---------------------------
#
# blind17 2062-slutrapport…txt:127-144 "– UPH. Title. [form]" one entry a line, "– UPH/Sveriges Kuratorsförening.
# Hjärtvedsguiden – …" and "– UPH/NPO psykiatri. Nattvakten – …" (a partner after the publisher's slash).


@pytest.mark.parametrize("mark", ["– ", "• "])
def test_bulleted_product_entries_are_read_one_a_line(mark: str) -> None:
    text = (
        "Bilaga 1 Material som tagits fram under 2071\n\n"
        f"{mark}UPH. Lyktan – en lägesbild 2071. [rapport]\n"
        f"{mark}UPH/Svenska Kuratorsföreningen. Fyrbåken – vägledning för samtal med unga. [vägledning]\n"
        f"{mark}UPH/NPO psykiatri. Nattljuset – metodstöd för vårdavdelningar. [metodstöd]\n"
        f"{mark}UPH. Lyktan i praktiken. [film]"
    )
    found = {m.name for m in AppendixTablesLayout().extract(_doc(text)) if m.kind == "resource"}
    assert found == {
        "Lyktan – en lägesbild 2071",
        "Fyrbåken – vägledning för samtal med unga",
        "Nattljuset – metodstöd för vårdavdelningar",
        "Lyktan i praktiken",
    }


# -- a short title one report shares between two of its items joins neither to another report's ----------
#
# blind17 2062-slutrapport…txt:60-61 "Hjärtvedsguiden – vägledning …" and "Hjärtvedsguiden – skattningsformulär";
# the other reports name "Hjärtvedsguiden" alone.


def _r(name: str, report: str) -> Mention:
    return Mention(kind="resource", name=name, source=Source(report, 1, name))


@pytest.mark.parametrize(
    ("guide", "part"),
    [
        ("Fyrbåken – vägledning för samtal med unga", "Fyrbåken – skattningsformulär"),
        ("Lyktan – en bok", "Lyktan – en film"),
    ],
)
def test_a_shared_short_title_joins_neither_item(guide: str, part: str) -> None:
    short = guide.split(" – ")[0]
    entities = resolve([_r(short, "b"), _r(part, "a"), _r(guide, "a")]).entities
    assert len(entities) == 3


def test_a_short_title_of_one_item_still_joins_another_reports() -> None:
    entities = resolve([_r("Fyrbåken", "b"), _r("Fyrbåken – vägledning för samtal med unga", "a")]).entities
    assert len(entities) == 1


def test_a_shared_short_title_given_as_an_alias_joins_neither() -> None:
    # the body names the part with the short title as its alias (blind17 2062-slutrapport…txt:61), the plan
    # names the guide cut short with the short title as its alias (2062-handlingsplan…txt:65)
    part = Mention("resource", "Fyrbåken – skattningsformulär", Source("a", 5, "x"), alt_names=("Fyrbåken",))
    guide = _r("Fyrbåken – vägledning för samtal med unga", "a")
    cut = Mention("resource", "Fyrbåken – vägledning för", Source("b", 9, "x"), alt_names=("Fyrbåken",))
    entities = resolve([part, guide, cut]).entities
    named = [{m.name for m in e.mentions} for e in entities.values()]
    assert not any({"Fyrbåken – skattningsformulär", "Fyrbåken – vägledning för"} <= names for names in named)


# -- regional bodies named by branch or form and area --------------------------------------------------
#
# blind16 2058-handlingsplan…txt:23-24 "… där NSPH och" / "Psykiatri Södra Bohuslän ingår", :164 "samordnas med
# Kunskapscentrum för psykisk hälsa i Fyrbodal", :2 "Orust kommun" and :66 "i Tjörns och Orusts kommuner".


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I styrgruppen ingår NSPH och\nPsykiatri Norra Halland sedan starten.", "Psykiatri Norra Halland"),
        ("Modellen prövas av Psykiatri Nordväst under våren.", "Psykiatri Nordväst"),
        (
            "Utbildningen samordnas med Kunskapscentrum för psykisk hälsa i Sjuhärad.",
            "Kunskapscentrum för psykisk hälsa i Sjuhärad",
        ),
        ("Vi besökte Kompetenscentrum för äldres hälsa i Umeå.", "Kompetenscentrum för äldres hälsa i Umeå"),
    ],
)
def test_a_body_named_by_its_branch_or_form_and_area(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("framtaget med NPO psykiatri.", "NPO psykiatri"), ("RPO psykisk hälsa har träffats.", "RPO psykisk hälsa")],
)
def test_a_programme_area_by_its_abbreviation(text: str, name: str) -> None:
    assert name in _names(text)


def _a(name: str, report: str = "a", line: int = 1) -> Mention:
    return Mention(kind="actor", name=name, source=Source(report, line, name))


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ("Orusts kommun", "Orust kommun", True),
        ("Tjörn kommun", "Tjörns kommun", True),
        ("NPO psykiatri", "Nationella programområdet psykiatri", True),
        ("RPO psykisk hälsa", "Regionalt programområde psykisk hälsa", True),
        ("NPO psykiatri", "Nationella programområdet psykisk hälsa", False),  # another field
        ("NPO psykiatri", "Norra psykiatrin", False),
    ],
)
def test_actor_identity(first: str, second: str, merged: bool) -> None:
    entities = resolve([_a(first), _a(second, "b", 9)]).entities
    assert (len(entities) == 1) is merged


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Övriga\nLokalpolisområde\nHöglandet\nHöglandsförbundet", ["Lokalpolisområde Höglandet", "Höglandsförbundet"]),
        ("Deltar:\nLokalpolisområde\nSödra Dalsland\nRöda Korset", ["Lokalpolisområde Södra Dalsland", "Röda Korset"]),
    ],
)
def test_a_name_wraps_once_in_a_list_one_a_line(text: str, names: list[str]) -> None:
    found = _names(text)
    assert all(n in found for n in names) and not any(n.count(" ") > 2 for n in found)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("NPO psykiska hälsa", "Nationella programområdet psykisk hälsa"),
        ("NPO psykiska hälsa", "Nationellt programområde psykisk hälsa"),
    ],
)
def test_an_inflected_field_is_the_same_programme_area(first: str, second: str) -> None:
    assert len(resolve([_a(first), _a(second, "a", 40)]).entities) == 1
