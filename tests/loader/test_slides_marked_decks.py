"""Slide decks exported with explicit slide markers ("Bild n"), "◆" bullets with "›" sub-bullets
and speaker notes, modelled on tests/fixtures/blind8/2032-kraftsamling-psykisk-halsa-unga-gotland.txt
(the deck conventions its README lists) and on the older decks of blind5–blind7."""

from __future__ import annotations

from loader.layouts.bullets import bullet
from loader.layouts.slides import SlidesLayout, sector_types, unspace
from loader.model import Document, Line, Mention

# A deck in the blind8 convention: "Bild n" on its own line, blank lines between all lines,
# "◆" bullets, "›" sub-bullets indented by three spaces, "Talarmanus:" notes.
DECK = """Bild 1

Unga på Exempelön – tillsammans

Kraftsamling för ungas psykiska hälsa på Exempelön

Region Exempelön, civilsamhället och skolorna på ön

Bild 2

Vilka är med?

Offentlig sektor

› Region Exempelön

› Polisen Exempelön

Civilsamhälle

› Exempelöns Idrottsförbund

› Studiefrämjandet Exempelön

Skola och akademi

› Folkhögskolan i Byn

Bild 3

Så är vi organiserade

◆ Styrgruppen Unga på Exempelön

   – regiondirektör och skolchefer

◆ Tre delarenor:

   › Skolan som arena

   › Fritid och föreningsliv

Talarmanus: Delarenorna leds av varsin processledare.

Bild 4

Verktyg vi använder

◆ Mitt humör – app för unga 13–19 år

   där man följer sitt humör över tid

◆ Tränare som ser – webbutbildning för

   idrottstränare och föreningsledare

Bild 5

Vad händer framåt?

◆ Ungdomskonferensen Öns röst 2033

   – 14 mars 2033 i Byn

◆ Gemensam uppföljning
"""


def _extract(text: str) -> list[Mention]:
    lines = tuple(Line(k + 1, t) for k, t in enumerate(text.split("\n")))
    return SlidesLayout().extract(Document("deck", lines))


def _names(kind: str, text: str = DECK) -> list[str]:
    return [m.name for m in _extract(text) if m.kind == kind]


def test_bullet_glyphs_of_marked_decks() -> None:
    # blind8 deck:15 "◆ Kön till BUP …", :47 "› Region Gotland": a diamond item, an angle sub-item.
    assert bullet("◆ Kön till BUP").text == "Kön till BUP"
    sub = bullet("   › Region Gotland")
    assert sub is not None and sub.sub
    # A glued guillemet is a quotation mark, no bullet.
    assert bullet("»Vi vill«") is None


def test_slide_markers_start_slides_and_are_no_text() -> None:
    found = _extract(DECK)
    assert all(m.name != "Bild 2" for m in found)
    styr = next(m for m in found if m.name == "Styrgruppen Unga på Exempelön")
    # The slide's first line after the marker is its heading; the indented dash line is no slide.
    assert styr.source.section == "Så är vi organiserade"
    assert styr.source.page == 3


def test_short_words_are_no_letter_spacing() -> None:
    # blind8 deck:73 "Så är vi organiserade"
    assert unspace("Så är vi organiserade") == "Så är vi organiserade"


def test_participants_under_sector_headings_with_sub_bullets() -> None:
    actors = _names("actor")
    for name in ("Polisen Exempelön", "Exempelöns Idrottsförbund", "Studiefrämjandet Exempelön", "Folkhögskolan i Byn"):
        assert name in actors
    # The headings themselves are no organisations.
    assert "Offentlig sektor" not in actors and "Skola och akademi" not in actors


def test_sector_headings_continued_and_open_ended() -> None:
    # blind5 deck:82 "Myndigheter och andra" heads a list of agencies and others.
    assert sector_types("Myndigheter och andra") == ("myndighet",)
    # blind6 deck:69 "Forts. med i kraftsamlingen" continues the participants' slide.
    deck = (
        """ Med i kraftsamlingen
Kommuner

Exempelby kommun

Grannby kommun

Forts. med i kraftsamlingen
Myndigheter

Folkhälsomyndigheten

Arbetsförmedlingen
"""
        + "\n" * 20
    )
    actors = [m.name for m in _extract(deck) if m.kind == "actor"]
    assert "Folkhälsomyndigheten" in actors
    assert not any(a.startswith("Forts") for a in actors)


def test_lead_in_names_its_sub_items() -> None:
    # blind8 deck:85–91 "◆ Tre delarenor:" over "› Skolan som arena" …: delarenor are groups (actors).
    actors = _names("actor")
    assert "Skolan som arena" in actors and "Fritid och föreningsliv" in actors
    assert "Tre delarenor" not in actors


def test_dash_titles_whose_apposition_opens_with_a_kind_noun() -> None:
    # blind8 deck:149 "◆ Mitt mående – app för unga 13–19 år", :157 "◆ Ledare som ser – webbutbildning …"
    resources = _names("resource")
    assert any(n.startswith("Mitt humör – app för unga") for n in resources)
    assert any(n.startswith("Tränare som ser – webbutbildning") for n in resources)


def test_definite_event_noun_titles_the_event() -> None:
    # blind8 deck:227 "◆ Ungdomskonferensen Ö-rösten 2033" / "– 14 mars 2033 i Visby"
    events = _names("event")
    assert "Ungdomskonferensen Öns röst 2033" in events
    assert "Öns röst 2033" not in events


def test_sender_line_with_unnamed_members() -> None:
    # blind7 deck:5 "Skaraborgs kommunalförbund, Västra Götalandsregionen och 15 kommuner"
    deck = """Unga i Exempellän mår bra

Kraftsamling för ungas psykiska hälsa i Exempellän

Exempelläns kommunalförbund, Västra Exempelregionen och 15 kommuner

Byn 12 mars 2030
""" + "\n".join(f"\n\n\n Rad {k}\n\nText {k}" for k in range(8))
    actors = [m.name for m in _extract(deck) if m.kind == "actor"]
    assert "Exempelläns kommunalförbund" in actors
    assert not any("kommuner" in a for a in actors)


def test_started_clause_is_cut_and_makes_an_initiative() -> None:
    # blind6 deck:86 " Fritidskortet Malmfälten – gratis aktiviteter" / "för unga 13–20 år, startade hösten 2028"
    deck = """ Titel på kraftsamlingen

Undertitel

\n\n
 S P Å R  1 :  F R Ä M J A

 Fritidsbiljetten Exempelby – gratis aktiviteter

för unga 13–20 år, startade hösten 2028

 Kvällsskolan – en kort webbutbildning om

sömn för unga och deras föräldrar,

lanserad i mars 2029
""" + "\n".join(f"\n\n\n Rad {k}\n\nText {k}" for k in range(8))
    found = _extract(deck)
    card = next(m for m in found if m.name.startswith("Fritidsbiljetten Exempelby"))
    assert card.kind == "initiative" and "startade" not in card.name
    school = next(m for m in found if m.name.startswith("Kvällsskolan"))
    assert school.kind == "resource" and "lanserad" not in school.name


def test_labelled_series_and_its_themed_sessions() -> None:
    # blind5 deck:196–208 "Webbinarieserie:" / "Tonårsföräldrar i Blekinge" / "Fyra kvällar hösten
    # 2028" / "➢ Sömn och skärmar" …: a series named below its label, each theme one session.
    deck = (
        " Rubrik\n\nText\n\n\n\n Stöd till föräldrar\n\nWebbinarieserie: \n\nFöräldrar i Exempellän\n\n"
        "Tre kvällar hösten 2028\n\n➢ Sömn och vila\n\n➢ Oro och rädsla\n Nästa bild\n\nText\n"
        + "\n".join(f"\n\n\n Rad {k}\n\nText {k}" for k in range(8))
    )
    events = [m.name for m in _extract(deck) if m.kind == "event"]
    assert events[:3] == ["Föräldrar i Exempellän", "Sömn och vila", "Oro och rädsla"]
    assert "Nästa bild" not in events
