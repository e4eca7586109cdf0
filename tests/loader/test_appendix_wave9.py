"""Appendix product lists, next editions (wave 9): conventions seen in blind17's final report, Bilaga 1
(tests/fixtures/blind17/2062-slutrapport-2061-riktade-insatser-psykisk-halsa.txt 125-144: "– UPH. Title.
[form]" entries, "UPH/Sveriges Kuratorsförening." and "UPH/NPO psykiatri." co-publishers, "Filmer om att
söka hjälp: A; B. [film]", "Affischen Du får fråga, för skolor och ungdomsmottagningar. [affisch]"), tested
on made-up text in other wordings.
"""

from __future__ import annotations

import pytest

from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention

LAYOUT = AppendixTablesLayout()


def _found(text: str) -> dict[str, Mention]:
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    return {m.name: m for m in LAYOUT.extract(doc)}


# blind17 final report 127-144: every entry opens with a list glyph before its publisher; one line an
# entry, a wrapped title indented under it.
@pytest.mark.parametrize("glyph", ["–", "•", "■"])
def test_entries_marked_by_a_list_glyph(glyph: str) -> None:
    found = _found(
        "Bilaga 1 Material som tagits fram under 2070\n\n"
        f"{glyph} SKR. Vägvisaren – handbok för kommuner. [handbok]\n"
        f"{glyph} SKR. Trappan – en modell för stegvis vård\n"
        "  i primärvården. [modell]\n"
        f"{glyph} SKR. Lyktan. [film]"
    )
    assert {"Vägvisaren – handbok för kommuner", "Lyktan"} <= set(found)
    assert found["Lyktan"].forms == ("film",)
    assert any(name.startswith("Trappan – en modell för stegvis vård") for name in found)


# "UPH/Sveriges Kuratorsförening. Title", "UPH/NPO psykiatri. Title": a co-publisher after the slash by its name.
@pytest.mark.parametrize("partner", ["Svenska Skolkuratorers förening", "NPO psykiatri", "Riksförbundet Hopp"])
def test_co_publisher_named_after_a_slash(partner: str) -> None:
    found = _found(
        f"Bilaga 1 Produkter\n\nSKR/{partner}. Ledstången – vägledning för samtal. [vägledning]\nSKR. Lyktan. [film]"
    )
    item = found["Ledstången – vägledning för samtal"]
    assert [a.name for a in item.actors] == ["SKR", partner]


# "Filmer om att söka hjälp: Jag sa det till slut; Rösten i telefonen. [film]": a container of a plural
# form noun lists its parts after a colon, separated by semicolons; each part is a product.
@pytest.mark.parametrize(
    ("entry", "parts", "form"),
    [
        ("Filmer om sorg: Efteråt; Den tomma stolen. [film]", ["Efteråt", "Den tomma stolen"], "film"),
        ("Två affischer: Prata nu; Du är inte ensam. [affisch]", ["Prata nu", "Du är inte ensam"], "affisch"),
    ],
)
def test_parts_listed_after_a_colon(entry: str, parts: list[str], form: str) -> None:
    found = _found(f"Bilaga 1 Produkter\n\nSKR. {entry}\nSKR. Lyktan. [film]")
    for part in parts:
        assert found[part].forms == (form,)
    assert not any(":" in name for name in found)


# "Affischen Du får fråga, för skolor och ungdomsmottagningar.": the definite form noun heads the title in
# apposition; the note after the comma says whom it is for.
@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("Affischen Våga fråga, för skolor och fritidsgårdar. [affisch]", "Våga fråga"),
        ("Broschyren Hjälp finns. [broschyr]", "Hjälp finns"),
    ],
)
def test_entry_named_by_its_definite_form_noun(entry: str, title: str) -> None:
    found = _found(f"Bilaga 1 Produkter\n\nSKR. {entry}\nSKR. Lyktan. [film]")
    assert title in found
    assert found[title].alt_names[-1].endswith(" " + title)


# blind16 final report 125-141: "Bilaga A Framtagna material 2057" with entries "A1. SKR/UPH. Title. [form]";
# the entry's number carries the appendix's letter and is no title ("A1" was read as a product).
@pytest.mark.parametrize("letter", ["A", "B"])
def test_entries_numbered_with_the_appendix_letter(letter: str) -> None:
    found = _found(
        f"Bilaga {letter} Framtagna material 2070\n\n"
        f"{letter}1. SKR/UPH. Vägvisaren – handbok för kommuner. [handbok]\n"
        f"{letter}2. SKR/UPH och Riksförbundet Hopp. Efteråt – stöd till anhöriga. [skrift]\n"
        f"{letter}3. SKR/UPH. Lyktan. [film]"
    )
    assert {"Vägvisaren – handbok för kommuner", "Efteråt – stöd till anhöriga", "Lyktan"} <= set(found)
    assert f"{letter}1" not in found


# blind16 final report 141: "A14. SKR/UPH. Jag ringde till slut; Någon lyssnade. [filmer]": titles separated
# by semicolons in one entry are as many products.
@pytest.mark.parametrize("titles", [["Vi ses i morgon", "Efter regnet"], ["Ett steg", "Två steg", "Tre steg"]])
def test_titles_separated_by_semicolons(titles: list[str]) -> None:
    found = _found(f"Bilaga 1 Produkter\n\nSKR/UPH. {'; '.join(titles)}. [filmer]\nSKR. Lyktan. [broschyr]")
    for title in titles:
        assert found[title].forms == ("film",)


# blind16 final report 166: "SKR har under 2057 samarbetat med eller fört dialog med följande myndigheter och
# organisationer." opens Bilaga C: a clause with an organisation as subject introduces the list, no product.
@pytest.mark.parametrize(
    "intro",
    [
        "SKR har under 2070 samarbetat med följande organisationer.",
        "UPH har fört dialog med dessa myndigheter och förbund.",
    ],
)
def test_a_clause_introducing_the_list_is_no_product(intro: str) -> None:
    found = _found(f"Bilaga 3 Samverkanspartner\n\n{intro}\n\nSKR. Lyktan. [film]\nSKR. Vägvisaren. [broschyr]")
    assert not any(name.startswith(("SKR har", "UPH har")) for name in found)
