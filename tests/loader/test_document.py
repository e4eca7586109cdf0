"""The document model: pages found by layout conventions, blocks and sentences with exact spans.

Expected pages come from reading the reports (the printed running heads, "KAPITEL n" feet,
slide numbers and contents lists); each assertion cites the file and line read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.model import Document, Line
from loader.read import read_report

REPORTS = Path(__file__).parent.parent.parent / "data" / "reports"
R2017 = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
SLIDES = "2019-kraftsamling-psykisk-halsa-barn-skane"
INV = "2020-inventering-metod-och-kunskapsstod"
PLAN = "2021-handlingsplan-psykisk-halsa-stockholms-lan"
R2021 = "2022-insatser-psykisk-halsa-suicidprevention-2021"


def doc(stem: str) -> Document:
    return read_report(REPORTS / f"{stem}.txt")


def page(d: Document, number: int) -> int | None:
    return d.lines[number - 1].page


def test_annual_report_pages_follow_running_heads_and_contents() -> None:
    d = doc(R2021)
    # :61 "Insatser inom området psykisk hälsa och suicidprevention 2021 4" heads page 4 (Innehåll)
    assert page(d, 61) == 4
    # :321 the same running head with 8
    assert page(d, 321) == 8
    # :179 " Stöd till utveckling …" starts the page after page 5 (:110 running head "… 5")
    assert page(d, 178) == 5 and page(d, 179) == 6
    # contents :64 "Förord …… 3", :104 "2.12 Kraftsamling för psykisk hälsa …… 33", :106 "Summering …… 35"
    assert page(d, 1) == 3
    assert page(d, 2036) == 33
    assert page(d, 2176) == 35


def test_inventory_pages_end_with_kapitel_and_link_block() -> None:
    d = doc(INV)
    # :66 "KAPITEL", :68 " 1": the foot of page 1; :70-71 its URLs; :72 "• Förbättrad samverkan …" opens page 2
    assert page(d, 66) == 1 and page(d, 71) == 1
    assert page(d, 72) == 2


def test_plan_pages_start_at_indented_glued_lines() -> None:
    d = doc(PLAN)
    # :33 is the last footnote of page 1; :34 " Tabell 2. …" is glued to it with one space of indent
    assert page(d, 1) == 1 and page(d, 33) == 1
    assert page(d, 34) == 2


def test_slides_are_numbered_from_their_printed_slide_numbers() -> None:
    d = doc(SLIDES)
    # :854 "31" and :884 "33" are printed slide numbers; :882 " Exempel på nationella initiativ …" opens slide 33
    assert page(d, 854) == 31
    assert page(d, 882) == 33 and page(d, 884) == 33
    assert page(d, 880) == 32


def test_report_without_breaks_takes_pages_from_its_contents_list() -> None:
    d = doc(R2017)
    # contents :42 "3.1 Analys-, metod och uppföljningsstöd 15"; the heading itself is :174
    assert page(d, 174) == 15
    # contents :36 "1.1 Disposition 7" -> :75
    assert page(d, 75) == 7


@pytest.mark.parametrize("stem", [R2017, SLIDES, INV, PLAN, R2021])
def test_pages_cover_every_line_in_order(stem: str) -> None:
    d = doc(stem)
    numbers = [ln.page for ln in d.lines]
    assert None not in numbers
    assert numbers == sorted(n for n in numbers if n is not None)
    pages = d.pages
    assert pages[0].start == 0 and pages[-1].end == len(d.text)
    for p in pages:
        assert d.text[p.start : p.end].split("\n")[0] == d.lines[p.first_line - 1].text


def test_blocks_of_the_annual_report() -> None:
    d = doc(R2021)
    by_line = {b.first_line: b for b in d.blocks}
    # :172 "1 Webbplatsen Uppdrag Psykisk Hälsa, …" answers the glued reference "…2021.1" above it
    assert by_line[172].kind == "footnote"
    # :321 the running head is page furniture
    assert by_line[321].kind == "artefact"
    # :2036 " 2.12 Kraftsamling för psykisk hälsa"
    assert by_line[2036].kind == "heading" and by_line[2036].text == "2.12 Kraftsamling för psykisk hälsa"
    for b in d.blocks:
        assert d.text[b.start : b.end] == b.text


def test_blocks_of_the_inventory() -> None:
    d = doc(INV)
    by_line = {b.first_line: b for b in d.blocks}
    # :70-71 the URLs of page 1; :72 a private-use bullet glyph
    assert by_line[70].kind == "link-block" and by_line[70].last_line == 71
    assert by_line[72].kind == "bullet" and "Förbättrad samverkan för minskad sjukskrivning" in by_line[72].text
    assert by_line[66].kind == "artefact"


def test_sentences_are_exact_spans_split_after_glued_footnotes() -> None:
    d = doc(PLAN)
    texts = [s.text for s in d.sentences]
    # :5 "… genomförts sedan år 2008.1 Överenskommelsen för år 2020 innebär …": the footnote digit
    # ends the sentence; the next one starts at "Överenskommelsen"
    assert any(t.startswith("Överenskommelsen för år 2020 innebär att Region") for t in texts)
    # :7-8 "Medlen är fördelade på åtta olika satsningar, … (se tabell 1)."
    assert any(
        t.startswith("Medlen är fördelade på åtta olika satsningar") and t.endswith("(se tabell 1).") for t in texts
    )
    for s in d.sentences:
        assert d.text[s.start : s.end] == s.text
        assert d.line_at(s.start).number == s.line


def test_offsets_and_line_lookup_on_a_small_document() -> None:
    d = Document("r", (Line(1, "Ett."), Line(2, ""), Line(3, "Två tre. Fyra.")))
    assert d.offset(3) == 6 and d.text[d.offset(3) :] == "Två tre. Fyra."
    assert d.line_at(6).number == 3 and d.line_at(4).number == 1
    assert [s.text for s in d.sentences] == ["Ett.", "Två tre.", "Fyra."]


def test_form_feed_starts_a_page() -> None:
    d = Document("r", (Line(1, "Sida ett."), Line(2, "\fSida två."), Line(3, "Mer.")))
    assert [p.first_line for p in d.pages] == [1, 2]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("• Första punkten", "bullet"),
        ("▪ En punkt med annan glyf", "bullet"),
        ("\uf0b7 Privat glyf från PDF", "bullet"),
        ("◦ Andra nivån", "sub-bullet"),
        ("– Tankstreck som undernivå", "sub-bullet"),
        ("o Words andra nivå", "sub-bullet"),
        ("-19 är ingen punkt", "paragraph"),
    ],
)
def test_block_kinds_use_the_one_bullet_recogniser(line: str, kind: str) -> None:
    from loader.document import blocks

    # Glyphs as loader/layouts/bullets.py lists them: a layout and the document model agree on list items.
    doc = Document("r", (Line(1, "Inledande mening."), Line(2, ""), Line(3, line)))
    assert [b.kind for b in blocks(doc) if b.first_line == 3] == [kind]


def test_sentence_runs_over_a_running_head() -> None:
    # A wrapped export (a blank line after every line) prints its running head "Title 2024 <page>" at
    # each page break, also inside a sentence: "… Nätverket för digital" / head / "psykiatri."
    head = "Årsrapport om psykisk hälsa och suicidprevention 2024 {}"
    texts = [
        head.format(3),
        "",
        "Under året arrangerade UPH ett nätverk för regioner som vill utveckla insatser inom psykiatrin,",
        "",
        "och det heter Nätverket för digital",
        "",
        head.format(4),
        "",
        "psykiatri. Nätverket träffades fyra gånger.",
    ]
    d = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(texts)))
    sents = d.sentences
    joined = [s for s in sents if "Nätverket för digital" in s.text]
    assert len(joined) == 1
    s = joined[0]
    # one sentence from line 3 to the "psykiatri." of line 9; the head's characters are blanks in its text
    assert " ".join(s.text.split()).endswith("Nätverket för digital psykiatri.")
    assert "Årsrapport" not in s.text
    # offsets are the report's: the span ends at "psykiatri." on line 9
    assert d.text[s.end - len("psykiatri.") : s.end] == "psykiatri."
    assert len(s.text) == s.end - s.start
    # a sentence that ends before the head is not joined over it
    assert sents[-1].text == "Nätverket träffades fyra gånger."
