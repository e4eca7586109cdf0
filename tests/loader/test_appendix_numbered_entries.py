"""A product appendix numbered within itself ("1.1 …" … "1.12 …"), grouped under type sub-headings
with no blank line around them, and a running head after a form feed on each page.

The shapes are those of blind9's final report (tests/fixtures/blind9/2035-slutrapport-2034-
insatser-psykisk-halsa.txt, lines 112-136): "Bilaga 1 Produkter som tagits fram under 2034",
"Vägledningar, modeller och checklistor" (line 115), "1.1 SKR 2034. Ung och orolig – …" (116) with
an indented link line (117), "1.2 SKR. Ung och orolig – samtalskort (tryckt kortlek, 52 kort)"
(118), "1.6 SKR samt Örebro universitet. Mående i vardagen …" (125) wrapped onto an indented
"(frågeformulär)" line (126), and "\\fSLUTRAPPORT 2034" (137) opening a page within the last entry's
paragraph. The titles below are made up.
"""

from __future__ import annotations

from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention

TEXT = """\fRAPPORT 2030
1. Inledning
Text.
\fRAPPORT 2030
Bilaga 1 Produkter som tagits fram under 2030
Vägledningar och modeller
1.1 SKR 2030. Lugn i väntrummet – vägledning för mottagningar.
    <https://example.se/lugn.pdf>
1.2 SKR. Lugn i väntrummet – samtalskort (tryckt kortlek, 40 kort)
Rapporter och kartläggningar
1.3 SKR samt Lunds universitet. Äldres vardag – för personer 70 år och äldre
    (frågeformulär)
1.4 SKR. Vårdplatser i siffror.
Tryckt informationsmaterial
1.5 SKR. Till dig som väntar (broschyr, fem språk)
\fRAPPORT 2030
Bilaga 2 Arrangemang"""


def _mentions() -> dict[str, Mention]:
    doc = Document("x", tuple(Line(i + 1, t) for i, t in enumerate(TEXT.split("\n"))))
    return {m.name: m for m in AppendixTablesLayout().extract(doc) if m.kind == "resource"}


def test_each_numbered_entry_is_a_product() -> None:
    found = _mentions()
    assert sorted(found) == sorted(
        [
            "Lugn i väntrummet – vägledning för mottagningar",
            "Lugn i väntrummet – samtalskort",
            "Äldres vardag – för personer 70 år och äldre",
            "Vårdplatser i siffror",
            "Till dig som väntar",
        ]
    )


def test_entries_keep_the_appendix_heading_and_carry_the_type_sub_heading() -> None:
    # The type sub-heading sorts by form; the entry's heading stays the appendix's (line 114).
    found = _mentions()
    item = found["Vårdplatser i siffror"]
    assert item.heading == "Bilaga 1 Produkter som tagits fram under 2030"
    assert dict(item.extra)["subheading"] == "Rapporter och kartläggningar"
    assert item.years == (2030,)
    # The entry's number is no sentence of its text ("1.4 SKR. …").
    assert not item.description.startswith("1.4")


def test_partner_with_lower_case_head_and_wrapped_note() -> None:
    # "1.6 SKR samt Örebro universitet. Mående i vardagen …" / "    (frågeformulär)" (lines 125-126).
    item = _mentions()["Äldres vardag – för personer 70 år och äldre"]
    assert [a.name for a in item.actors] == ["SKR", "Lunds universitet"]
    assert item.forms == ("formular",)


def test_two_word_note_and_running_head_after_form_feed() -> None:
    found = _mentions()
    # "(tryckt kortlek, 52 kort)" (line 118): a note, not part of the title.
    assert "Lugn i väntrummet – samtalskort" in found
    # "\fSLUTRAPPORT 2034" (line 137) after the last entry is page furniture.
    last = found["Till dig som väntar"]
    assert last.forms == ("broschyr",)
    assert "RAPPORT 2030" not in last.description
