"""Wave 6: actor conventions found generalising to a later edition of each layout (blind12).

Every test uses made-up text in at least two wordings; the convention each follows is named in its
docstring.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.model import Document, Line, Mention, Source
from loader.organisations import read_organisations

DATA = Path(__file__).parents[2] / "data"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return ActorLexicon.load(DATA / "actors.ttl")


def _doc(*lines: str) -> Document:
    return Document("test", tuple(Line(i + 1, t) for i, t in enumerate(lines)))


def _names(doc: Document, lex: ActorLexicon, items: list[Mention] | None = None) -> list[str]:
    return [m.name for m in read_organisations(doc, items or [], lex) if m.kind == "actor"]


@pytest.mark.parametrize(
    "lines",
    [
        ("Aktivitet 1. Arrangera en dag om psykisk hälsa", "Ansvarig: Kansliet", "Tidsplan: Oktober 2043"),
        ("Följ upp projektet med Högskolan Dalarna", "Ansvarig: Styrgruppen", "Målgrupp: chefer"),
        ("Uppdraget ges till Samordningsförbundet Västra Bergslagen", "  Tidsplan: hösten"),
    ],
)
def test_a_name_does_not_run_into_the_next_fields_label(lines: tuple[str, ...], lex: ActorLexicon) -> None:
    """Form layout: a line that opens with "Label:" is a new field ("Ansvarig:", "Tidsplan:"), so no
    name runs on past the line break into the label ("Kansliet Tidsplan", "Högskolan Dalarna Ansvarig")."""
    names = _names(_doc(*lines), lex)
    assert not any(n.endswith(("Tidsplan", "Ansvarig", "Målgrupp")) for n in names), names
    if "Dalarna" in lines[0]:
        assert "Högskolan Dalarna" in names
    if "Bergslagen" in lines[0]:
        assert "Samordningsförbundet Västra Bergslagen" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Avtalet gäller mellan Region Skåne, Östra Göinge kommun och Osby kommun.", "Östra Göinge kommun"),
        ("Norra Mora kommun och Region Dalarna har tagit fram rutinen.", "Norra Mora kommun"),
        ("Projektet drivs i Lilla Edets kommun sedan 2041.", "Lilla Edets kommun"),
    ],
)
def test_a_weak_adjective_opens_a_municipalitys_name(text: str, name: str, lex: ActorLexicon) -> None:
    """Swedish place names: a capitalised weak adjective before the place ("Östra", "Lilla") is part of
    the municipality's name, mid-sentence as at its start."""
    assert name in _names(_doc(text), lex)


@pytest.mark.parametrize("text", ["Samtliga Osby kommuns skolor deltar.", "Alla Mora kommuns enheter deltar."])
def test_a_quantifier_before_a_municipality_is_no_part_of_its_name(text: str, lex: ActorLexicon) -> None:
    """Grammar: a quantifier ("Samtliga", "Alla") before the place is no adjective of the name."""
    names = _names(_doc(text), lex)
    assert any(n in ("Osby kommun", "Mora kommun") for n in names), names
    assert not any(n.startswith(("Samtliga", "Alla")) for n in names)


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("◦ Nätverket Elevhälsoledare i samverkan träffades fyra gånger.", "Elevhälsoledare i samverkan"),
        ("Gruppen Unga Röster i länet har granskat appen.", "Unga Röster i länet"),
    ],
)
def test_no_name_crosses_the_edge_of_a_body_a_layout_read(line: str, body: str, lex: ActorLexicon) -> None:
    """Names do not overlap in part: where a layout read the body's whole name, a cut name that
    starts before it and ends inside it ("Nätverket Elevhälsoledare") is a misreading."""
    layout = Mention(kind="actor", name=body, source=Source("test", 1, line))
    found = [m.name for m in read_organisations(_doc(line), [layout], lex) if m.kind == "actor"]
    assert found == [body], found


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        (
            ("Översikten togs fram med Nationellt nätverk för", "heldygnsvård och publicerades i mars."),
            "Nationellt nätverk för heldygnsvård",
        ),
        (
            ("Rapporten togs fram av Regionalt centrum för äldres psykiska hälsa under året.",),
            "Regionalt centrum för äldres psykiska hälsa",
        ),
        (
            ("Brukarperspektivet har tillförts genom Unga vuxnas råd för psykisk hälsa, ett råd",),
            "Unga vuxnas råd för psykisk hälsa",
        ),
    ],
)
def test_a_capitalised_attribute_names_an_indefinite_unit(lines: tuple[str, ...], name: str, lex: ActorLexicon) -> None:
    """Swedish writes an article before a common noun phrase ("ett nationellt nätverk för …"); a
    capitalised attribute without one before an indefinite unit head and its field is a proper name,
    mid-sentence or opening the sentence, also wrapped over a line break."""
    assert name in _names(_doc(*lines), lex)


@pytest.mark.parametrize(
    "text",
    ["Ett nationellt nätverk för chefer träffas.", "Skriften Goda råd för chefer kom ut.", "Många råd för föräldrar."],
)
def test_no_unit_without_a_proper_attribute(text: str, lex: ActorLexicon) -> None:
    """An article, a plural adjective ("Goda råd": advice) or a quantifier is no name's attribute."""
    assert not any(" för " in n for n in _names(_doc(text), lex))


def _layout(line: int, name: str, *alts: str) -> Mention:
    return Mention(kind="actor", name=name, source=Source("test", line, name), alt_names=alts)


@pytest.mark.parametrize(
    ("lines", "read", "want"),
    [
        # A participant list's last group heading and a description of a council by its members.
        (
            ("Övriga", "Ungdomsråd med 16 ledamöter i åldern 15–22 år"),
            ["Övriga", "Ungdomsråd med 16 ledamöter i åldern 15–22 år"],
            [],
        ),
        (("Andra", "Referensgrupp med tio föräldrar"), ["Andra", "Referensgrupp med tio föräldrar"], []),
        # A name a reader ran on into the clause's verb and object.
        (
            ("Nätverket Barnsäkert Dalsland samlar kommunernas kontaktpersoner.",),
            ["Nätverket Barnsäkert Dalsland samlar"],
            ["Nätverket Barnsäkert Dalsland"],
        ),
        (
            ("Gruppen Unga Röster Mora erbjuder alla elever stöd.",),
            ["Gruppen Unga Röster Mora erbjuder"],
            ["Gruppen Unga Röster Mora"],
        ),
    ],
)
def test_what_names_nobody_or_runs_into_a_clause_is_tidied(
    lines: tuple[str, ...], read: list[str], want: list[str], lex: ActorLexicon
) -> None:
    """Reading guide, actors are organisations: a quantifier ("Övriga") heads a group of a list, a
    bare indefinite noun with its members ("Ungdomsråd med 16 ledamöter") describes a kind of body,
    and a finite verb before its object ("samlar kommunernas …") ends a name."""
    layout = [_layout(lines.index(next(t for t in lines if t.startswith(r.split()[0]))) + 1, r) for r in read]
    got = [m.name for m in read_organisations(_doc(*lines), layout, lex) if m.kind == "actor"]
    for w in want:
        assert w in got, got
    assert not any(r in got for r in read if r not in want), got


@pytest.mark.parametrize(
    ("first", "second", "want"),
    [
        ("Polisen lokalpolisområde", "Kramfors–Sollefteå", "Polisen lokalpolisområde Kramfors–Sollefteå"),
        ("Socialtjänstens familjeenhet", "Nacka och Värmdö", "Socialtjänstens familjeenhet Nacka och Värmdö"),
    ],
)
def test_a_list_entry_broken_before_its_places_is_one_body(
    first: str, second: str, want: str, lex: ActorLexicon
) -> None:
    """A participant list breaks a long entry: a line of place names only under a line that ends in a
    common noun finishes that body's name."""
    doc = _doc("Med i arbetet", first, second, "Länsstyrelsen Dalarna")
    got = [m.name for m in read_organisations(doc, [_layout(2, first), _layout(3, second)], lex) if m.kind == "actor"]
    assert want in got and second not in got, got


@pytest.mark.parametrize(("place", "municipality"), [("Härnösand", "Härnösands kommun"), ("Mora", "Mora kommun")])
def test_a_bare_place_is_the_municipality_the_report_names(place: str, municipality: str, lex: ActorLexicon) -> None:
    """A bare place read as an actor ("kommunerna Kramfors, Härnösand …") is the municipality the same
    report names in full ("Härnösands kommun"), the place its alias."""
    doc = _doc(f"Region Dalarna och kommunerna Falun och {place}", "", "Deltagare", municipality)
    got = [
        (m.name, m.alt_names)
        for m in read_organisations(doc, [_layout(1, place), _layout(4, municipality)], lex)
        if m.kind == "actor"
    ]
    assert place not in [n for n, _ in got] and (municipality, (place,)) in got, got


@pytest.mark.parametrize(
    ("body", "alias", "back"),
    [
        ("Ledningsgruppen Psykisk hälsa Göinge", None, "Ledningsgruppen"),
        ("Kansli för psykisk hälsa", "gemensamt kansli", "Kansliet"),
    ],
)
def test_a_definite_unit_noun_alone_refers_back(body: str, alias: str | None, back: str, lex: ActorLexicon) -> None:
    """Swedish definite form: "Kansliet", "Ledningsgruppen" alone refer back to the one body of the
    report whose name holds the noun; they name no body of their own."""
    doc = _doc("Arbetet leds av en grupp.", "Aktivitet 1.", f"Ansvarig: {back}")
    first = _layout(1, body, *((alias,) if alias else ()))
    got = [m.name for m in read_organisations(doc, [first, _layout(3, back)], lex) if m.kind == "actor"]
    assert back not in got and got.count(body) == 2, got


def test_a_network_named_with_its_noun_is_the_network_named_without() -> None:
    """Apposition: "Nätverket X" where the report also names "X" is one body, "X"."""
    lex = ActorLexicon.load(DATA / "actors.ttl")
    doc = _doc("Nätverket Suicidprevention Dalsland träffas.", "Suicidprevention Dalsland har fyra möten.")
    read = [_layout(1, "Nätverket Suicidprevention Dalsland"), _layout(2, "Suicidprevention Dalsland")]
    got = {m.name: m.alt_names for m in read_organisations(doc, read, lex) if m.kind == "actor"}
    assert "Nätverket Suicidprevention Dalsland" in got["Suicidprevention Dalsland"], got
    assert "Nätverket Suicidprevention Dalsland" not in got


@pytest.mark.parametrize(
    "text",
    [
        "SKR har samarbetat med Nationellt centrum för suicidforskning och prevention (NASP) under året.",
        "Arbetet sker med Nationellt kunskapscentrum för suicidprevention (NASP).",
    ],
)
def test_a_name_spelled_out_before_a_known_abbreviation_is_that_body(text: str, lex: ActorLexicon) -> None:
    """ "Name (ABBR)": the name spelled out before an abbreviation the lexicon knows is that organisation,
    one actor, not a second one under the spelled-out name."""
    names = _names(_doc(text), lex)
    assert len(names) == len({lex.resolve(n) or n for n in names}) and not any(
        " för " in n and not lex.resolve(n) for n in names
    ), names


@pytest.mark.parametrize(
    "lines",
    [("Styrelsen har en tjänstemannastyrgrupp.",), ("I kommunen finns ett Barnhälsoteam.",)],
)
def test_a_body_described_by_a_common_noun_stays(lines: tuple[str, ...], lex: ActorLexicon) -> None:
    """Convention of the sets: a body described only by a common noun ("tjänstemannastyrgrupp") is
    still the body (or a mention); only a noun described by its members is no name."""
    word = lines[0].split()[-1].rstrip(".")
    got = [m.name for m in read_organisations(_doc(*lines), [_layout(1, word)], lex) if m.kind == "actor"]
    assert word in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Väntetiderna till BUP Nordost har minskat sedan 2041.", "BUP Nordost"),
        (
            "För att samordna dem prövar kommunerna och Vuxenpsykiatrin Hässleholm modellen.",
            "Vuxenpsykiatrin Hässleholm",
        ),
        ("Rättspsykiatrin Växjö deltar i nätverket.", "Rättspsykiatrin Växjö"),
    ],
)
def test_a_clinic_is_named_by_its_branch_and_place(text: str, name: str, lex: ActorLexicon) -> None:
    """Swedish care units: a specialist branch in the definite form ("Vuxenpsykiatrin") or "BUP" before
    the place or area it serves names that clinic, an actor (the sets annotate "BUP Helsingborg",
    "BUP Gotland", "BUP Västernorrland" so)."""
    assert name in _names(_doc(text), lex)


@pytest.mark.parametrize(
    "text", ["Rapporten Vuxenpsykiatrin i siffror kom ut.", "Remisser till BUP. Region Skåne svarar."]
)
def test_a_branch_without_a_place_names_no_clinic(text: str, lex: ActorLexicon) -> None:
    """Without a place on the same line the branch is a care level or a title word, no clinic."""
    assert not any("psykiatrin" in n or n.startswith("BUP") for n in _names(_doc(text), lex))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Inom satsningen samarbetar kommunerna med Skåneidrotten, Studieförbundet Vuxenskolan Skåne och "
            "Föreningen Attention Hässleholm.",
            "Skåneidrotten",
        ),
        ("Projektet drivs av Region Västerbotten och Västerbottensidrotten sedan 2041.", "Västerbottensidrotten"),
    ],
)
def test_a_capitalised_definite_compound_listed_with_organisations_is_one(
    text: str, name: str, lex: ActorLexicon
) -> None:
    """A list names things of one kind: mid-sentence, a body named by its area and a definite noun
    ("Skåneidrotten"), coordinated with organisations, is an organisation too."""
    assert name in _names(_doc(text), lex)


@pytest.mark.parametrize(
    "text",
    [
        "Arbetet sker i Elevhälsan, Region Skåne och Osby kommun.",
        "Ungdomsguiden, en webbplats, lanserades av Region Skåne.",
        "Nu prövas Ungdomsguiden. Region Skåne och Osby kommun står bakom.",
        "Material finns från Deplyftet, Barnombudsmannen och Region Skåne.",
    ],
)
def test_no_organisation_from_a_tagged_word_or_one_outside_a_list(text: str, lex: ActorLexicon) -> None:
    """A word a vocabulary tags ("Elevhälsan": a care level) or one not coordinated with an
    organisation ("Ungdomsguiden," in apposition; at a sentence start) is no organisation."""
    assert not {"Elevhälsan", "Ungdomsguiden", "Deplyftet"} & set(_names(_doc(text), lex))


@pytest.mark.parametrize(
    ("body", "back"),
    [("länskansli för psykisk hälsa", "Kansliet"), ("tjänstemannastyrgrupp", "Styrgruppen")],
)
def test_a_definite_noun_refers_back_to_a_compound_body(body: str, back: str, lex: ActorLexicon) -> None:
    """The definite noun refers back to a body named by a compound ending in it ("länskansli")."""
    doc = _doc(f"Arbetet samordnas av ett {body}.", "Aktivitet 1.", f"Ansvarig: {back}")
    got = [m.name for m in read_organisations(doc, [_layout(1, body), _layout(3, back)], lex) if m.kind == "actor"]
    assert back not in got and got.count(body) == 2, got


@pytest.mark.parametrize(
    "text",
    [
        "UPH. Rörelse för alla – med Måns Lööf sjuksköterska BUP Gävle.",
        "Föreläsning av Anna Berg, psykolog vid Vuxenpsykiatrin Hässleholm.",
    ],
)
def test_a_persons_workplace_in_a_byline_is_no_actor(text: str, lex: ActorLexicon) -> None:
    """Reading guide: persons are never actors; their workplace after name and occupation is a
    person's office (a mention at most), not an organisation with a role."""
    assert not any(n.startswith(("BUP", "Vuxenpsykiatrin")) for n in _names(_doc(text), lex))


def test_an_organisation_after_another_is_no_byline(lex: ActorLexicon) -> None:
    """Two capitalised words that are an organisation ("Region Skåne") are no person's name."""
    text = "Modellen prövas av Region Skåne tillsammans med BUP Nordost."
    assert "BUP Nordost" in _names(_doc(text), lex)
