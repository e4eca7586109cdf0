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


# -- the body of a numbered report ---------------------------------------------------------
#
# blind11's final report: "Filmer om tvångsåtgärder:" (111) over "▪ Att vårdas enligt LPT – patientens
# berättelse (film)" and "▪ Bältesläggning – vad säger lagen? (film)" (113, 115); "Nationella
# självskadeprojektet har avslutats och …" (123); "UPH har under året stött kommunernas arbete med lokala
# handlingsprogram mot suicid." (119). Its annual report: "Nationella elevhälsokonferensen 2038 samlade
# drygt 900 deltagare i Göteborg." (114). Made-up titles and other plural form nouns below.

BODY = """Innehåll
1 Inledning\t3
2 Utvecklingsarbete\t4
2.1 Vård och tvång\t4
2.2 Skola\t5
3 Slutsatser\t6

1 Inledning

Rapporten redovisar arbetet under 2040.

2 Utvecklingsarbete

2.1 Vård och tvång

Arbetet med att minska tvångsåtgärder har fortsatt.

Poddar om återhämtning:

▪ Vägen tillbaka – tre röster (podd)

▪ Efter utskrivningen

Skrifter:

▪ Trygg hemgång – en vägledning

▪ Samtal på avdelningen (broschyr)

Regionala tvångsvårdsprojektet har avslutats och dess material förvaltas nu av kansliet.

2.2 Skola

Kansliet har under året stött skolornas arbete med lokala elevhälsoprogram mot frånvaro.

Nordiska skolhälsokonferensen 2040 samlade drygt 500 deltagare i Malmö.

3 Slutsatser

Kansliet drar två lärdomar:

▪ Tvånget kan minska.

▪ Skolan behöver stöd.
"""


def _body() -> list[Mention]:
    from loader.layouts.numbered_report import NumberedReportLayout

    return NumberedReportLayout().extract(text_document(BODY, "r"))


def test_container_line_over_bullets_gives_a_container_and_its_parts() -> None:
    found = {m.name: m for m in _body() if m.kind == "resource"}
    assert found["Poddar om återhämtning"].forms == ("podd",)
    assert found["Vägen tillbaka – tre röster"].forms == ("podd",)
    assert found["Efter utskrivningen"].forms == ("podd",)  # no note of its own: the container's form
    part_of = {r.target_name for r in found["Efter utskrivningen"].relations if r.relation == "part-of"}
    assert part_of == {"Poddar om återhämtning"}
    assert found["Skrifter"].forms == ("skrift",)
    assert found["Samtal på avdelningen"].forms == ("broschyr",)  # its own note wins
    assert "Trygg hemgång – en vägledning" in found


def test_lessons_after_a_sentence_with_colon_are_no_products() -> None:
    names = {m.name for m in _body()}
    assert not names & {"Tvånget kan minska", "Skolan behöver stöd", "Kansliet drar två lärdomar"}


def test_adjective_and_definite_compound_name_an_initiative_and_an_event() -> None:
    found = {(m.kind, m.name) for m in _body()}
    assert ("initiative", "Regionala tvångsvårdsprojektet") in found
    assert ("event", "Nordiska skolhälsokonferensen 2040") in found


def test_weak_adjective_before_a_bare_neuter_noun_is_a_plural_kind() -> None:
    from loader.named_things import extract
    from tests.loader.helpers import lex

    doc = text_document("Kansliet har stött skolornas arbete med lokala elevhälsoprogram mot frånvaro.", "r")
    assert [m.name for m in extract(doc, lex())] == []
    doc = text_document("Kansliet driver ett regionalt elevhälsoprogram mot frånvaro i länet.", "r")
    assert [m.name for m in extract(doc, lex())] == ["Regionalt elevhälsoprogram mot frånvaro i länet"]
