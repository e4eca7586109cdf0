"""Appendices of numbered reports, next edition (wave 8).

blind15's final report (tests/fixtures/blind15/2054-slutrapport-2053-…txt) lists "Bilaga 1 Publicerat
material 2053" as "SKR/UPH. Title. [form]" with print runs written without a dash and with a word for the
printing (:147 "[handbok] 1 500 ex.", :149 "[broschyr] Nytryck 5 000 ex."), an edition note after a
comma (:137 "…, uppdaterad version. [modell]"), and "Bilaga 3 Samverkanspartner" one organisation a
paragraph with a name wrapped over two lines (:195-196 "SPES – Riksförbundet för Suicidprevention och
Efterlevandes" / "Stöd"). blind14's final report (2050-slutrapport-2049-…txt) prints a container entry
ending in a colon (:109 "SKR/UPH. Filmer om att prata om självmord (två filmer):") and a link in angle
brackets wrapped over two lines (:118-121 "<https://…/dubbelt-" / "stod/>"). The names below are made up.
"""

from __future__ import annotations

import pytest

from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention

LAYOUT = AppendixTablesLayout()


def _found(text: str) -> dict[str, Mention]:
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    return {m.name: m for m in LAYOUT.extract(doc)}


@pytest.mark.parametrize(
    ("run", "copies"),
    [("1 500 ex.", 1500), ("Nytryck 5 000 ex.", 5000), ("Ny upplaga 800 ex", 800), ("– 2 000 ex", 2000)],
)
def test_print_run_after_the_form_note_is_no_part_of_the_title(run: str, copies: int) -> None:
    found = _found(
        "Bilaga 1 Publicerat material 2061\n\n"
        f"SKR/UPH. Vägvisaren – handbok för kommuner. [handbok] {run}\n\n"
        "SKR/UPH. Lyktan – en lägesbild 2061. [rapport]"
    )
    item = found["Vägvisaren – handbok för kommuner"]
    assert item.forms == ("guide",)
    assert [o.value for o in item.observations] == [float(copies)]
    assert "Lyktan – en lägesbild 2061" in found


@pytest.mark.parametrize("note", [", uppdaterad version", ", reviderad utgåva", " (uppdaterad version)"])
def test_edition_note_is_no_part_of_the_title(note: str) -> None:
    found = _found(
        "Bilaga 1 Material som tagits fram 2061\n\n"
        f"SKR/UPH. Trappan – en modell för stegvis vård{note}. [modell]\n\n"
        "SKR/UPH. Lyktan. [film]"
    )
    assert "Trappan – en modell för stegvis vård" in found


@pytest.mark.parametrize("count", ["(två filmer):", "(tre delar):"])
def test_container_entry_ending_in_a_colon(count: str) -> None:
    found = _found(
        "Bilaga 1 Material som tagits fram 2061\n\n"
        f"SKR/UPH. Filmer om sorg {count}\n"
        "SKR/UPH. Orden. [film]\n"
        "SKR/UPH. Efteråt. [film]"
    )
    assert {"Filmer om sorg", "Orden", "Efteråt"} <= set(found)


@pytest.mark.parametrize("cut", ["dubbelt-\nstod/>", "dubbelt-stod\n/>"])
def test_link_wrapped_inside_angle_brackets(cut: str) -> None:
    found = _found(
        "Bilaga 1 Material som tagits fram 2061\n\n"
        f"SKR/UPH. Dubbla spåret (uppdaterad version). [webbutbildning] <https://utb.example.se/{cut}\n\n"
        "SKR/UPH. Lyktan. [film]"
    )
    item = found["Dubbla spåret"]
    assert item.urls == ("https://utb.example.se/dubbelt-stod/",)


@pytest.mark.parametrize(
    ("first", "second"),
    [("SPES – Riksförbundet för Suicidprevention och Efterlevandes", "Stöd"), ("Föreningen Lotsen i", "Norr")],
)
def test_organisation_wrapped_in_a_list_one_a_paragraph(first: str, second: str) -> None:
    found = _found(
        "Bilaga 3 Samverkanspartner\n\nMyndigheter\n\nSocialstyrelsen\n\nSkolverket\n\n"
        f"Organisationer\n\nMind\n\n{first}\n{second}\n\nBris"
    )
    actors = {name for name, m in found.items() if m.kind == "actor"}
    assert second not in actors
    assert {"Socialstyrelsen", "Skolverket", "Mind", "Bris"} <= actors


# -- a captioned table whose column of names is headed by a form noun ---------------------------------
#
# blind15's final report :104-108 "Tabell 1. Tidigare uppföljningar av första linjen" / "Rapport⇥År⇥Åldrar"
# / two rows: a header of header words only, the first headed by a form noun, lists items of that form.


@pytest.mark.parametrize(
    ("header", "form"),
    [
        ("Rapport\tÅr\tÅldrar", "rapport"),
        ("Film\tUtgivningsår", "film"),
        ("Kartläggning\tÅr\tRegioner", "kartlaggning"),
    ],
)
def test_table_headed_by_a_form_noun_lists_items_of_that_form(header: str, form: str) -> None:
    from loader.tables import read_body_tables

    text = (
        "2.1 Uppföljning\n\nArbetet har följts upp.\n\nTabell 1. Tidigare uppföljningar\n\n"
        f"{header}\nLyktan 2048 – en lägesbild\t2048\t6–24 år\nLyktan 2051 – tio år senare\t2051\t6–24 år\n\n"
        "3. Slutsatser\n\nArbetet fortsätter."
    )
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    found = {m.name: m for m in read_body_tables(doc)}
    assert set(found) == {"Lyktan 2048 – en lägesbild", "Lyktan 2051 – tio år senare"}
    assert all(m.kind == "resource" and m.forms == (form,) for m in found.values())


@pytest.mark.parametrize(
    "entry", ["(handbok), 1 500 ex.", "[handbok] Upplaga: 1 500 exemplar.", "[handbok] Tryckt i 1 500 ex."]
)
def test_print_run_in_other_wordings(entry: str) -> None:
    found = _found(f"Bilaga 1 Publicerat material 2061\n\nSKR/UPH. Vägvisaren – handbok för kommuner {entry}")
    item = found["Vägvisaren – handbok för kommuner"]
    assert [o.value for o in item.observations] == [1500.0]


# blind14's final report :55-58 prints "Tabell 1. Tidigare uppföljningar av första linjen" right above its
# header "Titel⇥Utgiven⇥Sidor" with no blank line (a single-spaced export): the caption is the table's
# heading, not the page foot before it ("SKR – Slutrapport 2049 – sida 7", whose year dated the rows).


@pytest.mark.parametrize("caption", ["Tabell 1. Tidigare uppföljningar", "Tab. 2: Äldre rapporter"])
def test_caption_right_above_the_header_is_the_heading(caption: str) -> None:
    from loader.tables import read_body_tables

    text = (
        "SKR – Slutrapport 2060 – sida 7\n2.1 Uppföljning\nArbetet har följts upp.\n"
        f"{caption}\nTitel\tUtgiven\tSidor\nLyktan 2057 – en lägesbild\t2057\t42\nLyktan 2058\t2058\t40\n"
        "2.2 Elevhälsa\nText."
    )
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    found = {m.name: m for m in read_body_tables(doc)}
    assert found["Lyktan 2057 – en lägesbild"].heading == caption
    assert found["Lyktan 2057 – en lägesbild"].years == (2057,) and found["Lyktan 2058"].years == (2058,)


# An edition may label its appendices by letter or Roman numeral ("Bilaga A", "Bilaga II"): the lists
# under them are read as under "Bilaga 1" (blind15's final report :120 "Bilaga 1 Publicerat material 2053").


@pytest.mark.parametrize("label", ["A", "II", "B:"])
def test_appendix_labelled_by_letter_or_roman_numeral(label: str) -> None:
    found = _found(
        f"Bilaga {label} Publicerat material 2061\n\n"
        "SKR/UPH. Vägvisaren – handbok för kommuner. [handbok] 1 500 ex.\n\n"
        "SKR/UPH. Lyktan – en lägesbild 2061. [rapport]"
    )
    assert found["Vägvisaren – handbok för kommuner"].years == (2061,)
    assert found["Lyktan – en lägesbild 2061"].forms == ("rapport",)


# blind15's final report :151-161 "Bilaga 2 Konferenser, webbinarier och nätverksträffar" / "Arrangemang⇥Form⇥
# Datum": an edition may head its column of times otherwise ("Månad", "Tidpunkt") or print none; a column
# of names headed by an event's noun, or type cells that are events' nouns, still make events.


@pytest.mark.parametrize(
    ("header", "rows"),
    [
        ("Arrangemang\tTyp\tMånad", ["Lyktandagen 2061\tkonferens\tmars", "Fyren i vardagen\twebbinarium\tmaj"]),
        ("Titel\tForm\tTidpunkt", ["Lyktandagen 2061\tkonferens\tvåren", "Fyren i vardagen\twebbinarium\thösten"]),
        ("Arrangemang\tOrt", ["Lyktandagen 2061\tLund", "Fyren i vardagen\tdigitalt"]),
    ],
)
def test_undated_event_table(header: str, rows: list[str]) -> None:
    found = _found("Bilaga 2 Konferenser och webbinarier\n\n" + header + "\n" + "\n".join(rows))
    assert {m.kind for m in found.values()} == {"event"}
    assert {"Lyktandagen 2061", "Fyren i vardagen"} <= set(found)


def test_table_of_products_with_a_form_column_stays_resources() -> None:
    found = _found("Bilaga 1 Material\n\nTitel\tForm\tÅr\nLyktan\tfilm\t2061\nEken\twebbutbildning\t2060")
    assert {m.kind for m in found.values()} == {"resource"}


@pytest.mark.parametrize(
    ("first", "second"), [("Riksförbundet för", "Social Hälsa"), ("Föreningen Barn och", "Unga i Norr")]
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_organisation_name_running_on_after_a_preposition(first: str, second: str, gap: str) -> None:
    # a single-spaced edition of blind15's Bilaga 3 (:189-198), or one that sets every line off by a blank
    # line: a name line that stops on "för"/"och" runs on
    found = _found(
        f"Bilaga 3 Samverkanspartner{gap}Myndigheter{gap}Socialstyrelsen{gap}Skolverket{gap}Organisationer{gap}"
        f"Mind{gap}{first}{gap}{second}{gap}Bris"
    )
    actors = {name for name, m in found.items() if m.kind == "actor"}
    assert second not in actors and first not in actors
    assert {"Socialstyrelsen", "Mind", "Bris"} <= actors
