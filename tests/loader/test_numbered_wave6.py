"""Numbered reports, next editions (wave 6): conventions seen in blind12's annual and final reports
(tests/fixtures/blind12/2044-insatser-psykisk-halsa-suicidprevention-2043.txt,
2043-slutrapport-2042-riktade-insatser-psykisk-halsa.txt), tested on made-up text in other wordings.
"""

from __future__ import annotations

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.numbered_segment import parse, read_footnotes
from tests.loader.helpers import text_document

# blind12 annual report 189-193: a one-line note "5 SKR (2043). Title. https://…" and, after a blank
# line on the same page, the next chapter "Kapitel 6 Personer med omfattande behov".
NOTE_THEN_CHAPTER = """Innehåll
{w} 1 Barn och unga ........ 2
{w} 2 Äldre ........ 3
{w} 3 Arbetsliv ........ 4

{w} 1 Barn och unga

Text om barn.

{w} 2 Äldre

Webbutbildningen Tryggt åldrande1 riktar sig till personal i hemtjänsten. Den lanserades 2040.

1 UPH (2040). Tryggt åldrande. https://utbildning.example.se/tryggt/

{w} 3 Arbetsliv

Metodstödet Friska chefer (2040) vänder sig till chefer i kommunerna.
"""


@pytest.mark.parametrize("word", ["Kapitel", "Del", "Avsnitt"])
def test_chapter_heading_after_a_note_ends_the_note(word: str) -> None:
    doc = text_document(NOTE_THEN_CHAPTER.format(w=word), "r")
    notes, used = read_footnotes(doc.lines, range(len(doc.lines)))
    assert notes[1].title == "UPH (2040). Tryggt åldrande."
    chapter = next(i for i, ln in enumerate(doc.lines) if ln.text == f"{word} 3 Arbetsliv")
    assert chapter not in used
    assert "Arbetsliv" in [h.title for h in parse(doc).headings]
    found = {m.name: m for m in NumberedReportLayout().extract(doc)}
    assert "Arbetsliv" in (found["Friska chefer"].heading or "")
