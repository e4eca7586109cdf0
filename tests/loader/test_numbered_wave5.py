"""Numbered final and annual reports, next editions: page feet with the page count in brackets, an
appendix that lists partner organisations one a paragraph without a table.

The shapes are those of blind11's final report (tests/fixtures/blind11/2039-slutrapport-2038-
riktade-insatser-psykisk-halsa.txt): page feet "5 (31)", "26 (31)", "31 (31)" on lines of their own
(49, 173, 218); "Bilaga 3 Samverkanspartner" (193) followed by one organisation a paragraph, one
name broken over two lines ("Nationellt centrum för … psykisk ohälsa" / "(NASP)", 209-210). The
names below are made up or other organisations, and the title is varied as a next edition could
word it.
"""

from __future__ import annotations

from loader.document import artefact_lines, page_foot_lines
from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Mention

from tests.loader.helpers import text_document

PARTNERS = """Bilaga 1 Framtagna produkter under 2040

UPH. Vägen vidare – en bok om första linjen.

UPH. Lugna samtal (film)

12 (20)

Bilaga 3 {title}

Skolverket

Myndigheten för vård- och omsorgsanalys

Hjärnfonden

Riksförbundet för social och mental hälsa
(RSMH)

Sveriges Psykologförbund

20 (20)
"""


def _appendix(title: str) -> list[Mention]:
    return AppendixTablesLayout().extract(text_document(PARTNERS.format(title=title), "r"))


def test_partner_appendix_lists_actors_not_products() -> None:
    found = _appendix("Samverkanspartner")
    actors = [m.name for m in found if m.kind == "actor"]
    resources = [m.name for m in found if m.kind == "resource"]
    assert "Skolverket" in actors and "Hjärnfonden" in actors and "Sveriges Psykologförbund" in actors
    # the name broken before its abbreviation is one actor
    assert any(m.startswith("Riksförbundet för social och mental hälsa") for m in actors)
    assert resources == ["Vägen vidare – en bok om första linjen", "Lugna samtal"]


def test_partner_appendix_in_other_wordings() -> None:
    for title in ("Samarbetspartner", "Deltagande organisationer", "Aktörer", "Samverkan under året"):
        found = _appendix(title)
        assert {m.kind for m in found if m.source.line > 10} == {"actor"}, title


def test_counted_page_feet_are_no_entries() -> None:
    found = _appendix("Samverkanspartner")
    assert not [m for m in found if m.name.strip().isdigit()]
    doc = text_document(PARTNERS.format(title="Samverkanspartner"), "r")
    feet = {doc.lines[i].text for i in page_foot_lines(doc.lines)}
    assert feet == {"12 (20)", "20 (20)"}
    assert page_foot_lines(doc.lines) <= artefact_lines(doc)


def test_product_list_of_one_paragraph_each_stays_products() -> None:
    text = "Bilaga 1 Produkter\n\nUPH. Vägen vidare.\n\nSKR. Hälsa i skolan (film)\n\nUPH. Lugna samtal."
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    assert {m.kind for m in AppendixTablesLayout().extract(doc)} == {"resource"}


def test_a_lone_count_in_brackets_is_no_page_foot() -> None:
    lines = tuple(Line(i + 1, t) for i, t in enumerate(["Text", "3 (7)", "Mer text"]))
    assert page_foot_lines(lines) == frozenset()
