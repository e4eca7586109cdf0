"""Inventory conventions of a newer edition: a form-and-year note after each title, counted parts
of an item as sub-items, and a "no longer in use" list printed as a tab table.

Synthetic text in the conventions the blind9 inventory uses (tests/fixtures/blind9/
2035-inventering-stodmaterial-och-verktyg.txt): its intro says "Efter varje titel anges
materialets form och det år det togs fram" (lines 9-10), titles end in "(webbplats, 2032,
uppdaterad 2034)" (line 24), "(e-tjänst)" (line 134) and "(pilot, läsåret 2034/35)" (line 145);
"Den består av fyra moduler:" (line 56) and "Tre filmer om …:" (line 108) introduce "▫" parts;
"Material som inte längre används" is a table "Namn⇥Form⇥År⇥Kommentar" (lines 126-131). The
names below are made up; the shapes are the report's.
"""

from __future__ import annotations

from loader.layouts.inventory import InventoryLayout
from loader.model import Document, Line, Mention


def _lines(text: str) -> Document:
    return Document(report="fixture", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def _by_name(text: str) -> dict[str, Mention]:
    return {m.name: m for m in InventoryLayout().extract(_lines(text))}


TEXT = """Inventering av stöd om psykisk hälsa

Inledning
Denna inventering samlar stöd. Efter varje titel anges materialets form och det år det
togs fram. Material som inte längre används redovisas i en tabell i slutet.

Främjande

\uf0b7 Föräldrar på webben (webbplats, 2030, uppdaterad 2033)
En webbplats för föräldrar till barn 0–12 år. Länk till webbplatsen.

\uf0b7 Rörelse i vardagen (skrift, 2031)
En skrift om rörelse.

\uf0b7 Sömn och stress (app, 2032)
En app för unga.

\uf0b7 Kartan över mottagningar (webbverktyg, 2030)
En karta.

\uf0b7 Samtal i klassrummet (webbutbildning, 2033)
Webbutbildningen riktar sig till lärare.

Den består av tre moduler:

\u25ab Del 1. Att börja samtalet

\u25ab Del 2. Oro

\u25ab Del 3. Att avsluta

Länk till utbildningen.

\uf0b7 Under ytan (filmserie, 2033)
Två filmer om ensamhet hos unga, framtagna med en förening:
\u25ab Ensam i klassen
\u25ab Lunchen
Länk till filmerna.

\uf0b7 Syftet med stödet (skrift, 2031)
Skriften har två syften:
\u25ab Öka kunskapen om psykisk hälsa hos elever i skolan och på fritiden.
\u25ab Stödja personalen.

Material som inte längre används
Namn\tForm\tÅr\tKommentar
Kollen för väntetider\twebbverktyg\t2025\tErsatt av ett annat verktyg
Gamla samtalslinjen\tchatt\t2027\tLades ned 2032 och ingår
\t\t\tnu i ett annat stöd

Specifika projekt
\uf0b7 Skolnära mottagning (pilot, läsåret 2033/34)
En pilot där skolan och regionen delar lokaler.
\uf0b7 Digital ingång för unga (e-tjänst)
En e-tjänst där unga kan boka ett samtal.
"""


def test_note_after_title_gives_form_and_years() -> None:
    # "(webbplats, 2032, uppdaterad 2034)": the name without the note, years 2032 and 2034 (line 24).
    found = _by_name(TEXT)
    item = found["Föräldrar på webben"]
    assert item.years == (2030, 2033)
    assert item.forms == ("webbplats",)
    # "(e-tjänst)": a form word alone (line 134).
    assert found["Digital ingång för unga"].forms == ("e-tjanst",)


def test_pilot_note_makes_an_initiative_without_years() -> None:
    # "(pilot, läsåret 2034/35)" (line 145): an initiative; a school year is no edition's year.
    item = _by_name(TEXT)["Skolnära mottagning"]
    assert item.kind == "initiative"
    assert item.years == ()


def test_counted_parts_are_sub_items() -> None:
    # "Den består av fyra moduler:" + four "▫ Modul n. …" lines (lines 56-64).
    found = _by_name(TEXT)
    names = [f"Del {n}" for n in (1, 2, 3)]
    parts = [m for m in found.values() if m.name.startswith("Del ")]
    assert [m.name.split(".")[0] for m in parts] == names
    assert found["Del 2. Oro"].alt_names == ("Oro",)
    assert all(r.target_name == "Samtal i klassrummet" for m in parts for r in m.relations if r.relation == "part-of")


def test_counted_films_take_the_counted_noun_as_form() -> None:
    # "Tre filmer om självskadebeteende hos unga, framtagna med NASP:" + three "▫" titles (lines 108-111).
    found = _by_name(TEXT)
    assert found["Ensam i klassen"].forms == ("film",)
    assert found["Lunchen"].forms == ("film",)


def test_uncounted_or_sentence_lists_stay_text() -> None:
    # A count the list bears out, but its lines are sentences: the item's own text.
    found = _by_name(TEXT)
    assert not any(name.startswith(("Öka kunskapen", "Stödja")) for name in found)


def test_tab_table_rows_are_items_with_the_heading_status() -> None:
    # "Väntetidskollen BUP⇥webbverktyg⇥2026⇥Ersatt av Trappan in 2034" (line 128), the comment of
    # line 130 wrapped onto line 131 with empty cells.
    found = _by_name(TEXT)
    row = found["Kollen för väntetider"]
    assert row.years == (2025,)
    assert row.forms == ("webbverktyg",)
    assert row.status == "ej-i-bruk"
    wrapped = found["Gamla samtalslinjen"]
    assert wrapped.years == (2027,)
    assert wrapped.description.endswith("nu i ett annat stöd")
    assert "nu i ett annat stöd" not in found
