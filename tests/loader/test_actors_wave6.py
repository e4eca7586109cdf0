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
        (("Översikten togs fram med Nationellt nätverk för", "heldygnsvård och publicerades i mars."),
         "Nationellt nätverk för heldygnsvård"),
        (("Regionalt centrum för äldres psykiska hälsa samlade under året tio kommuner.",),
         "Regionalt centrum för äldres psykiska hälsa"),
        (("Brukarperspektivet har tillförts genom Unga vuxnas råd för psykisk hälsa, ett råd",), "Unga vuxnas råd för psykisk hälsa"),
    ],
)
def test_a_capitalised_attribute_names_an_indefinite_unit(lines: tuple[str, ...], name: str, lex: ActorLexicon) -> None:
    """Swedish writes an article before a common noun phrase ("ett nationellt nätverk för …"); a
    capitalised attribute without one before an indefinite unit head and its field is a proper name,
    mid-sentence or opening the sentence, also wrapped over a line break."""
    assert name in _names(_doc(*lines), lex)


@pytest.mark.parametrize(
    "text", ["Ett nationellt nätverk för chefer träffas.", "Skriften Goda råd för chefer kom ut.", "Många råd för föräldrar."]
)
def test_no_unit_without_a_proper_attribute(text: str, lex: ActorLexicon) -> None:
    """An article, a plural adjective ("Goda råd": advice) or a quantifier is no name's attribute."""
    assert not any(" för " in n for n in _names(_doc(text), lex))
