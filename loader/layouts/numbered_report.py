"""Numbered-report layout: reports with numbered sections, a table of contents and footnotes.

The shape of the yearly reports to the government under the national agreements:
"2.3 Title" headings (wrapped over lines or not), a contents page with dotted leaders or
tab-separated page numbers, footnote numbers glued to words ("Genombrott2") or superscript
("MIND¹") whose text at the page bottom names a product and its URL, and running page
headers. Appendices ("Bilaga 1 …") are left to the appendix-tables layout.

This module only recognises the layout (:meth:`NumberedReportLayout.score`) and runs the
stages: :mod:`loader.layouts.numbered_segment` cuts the report by the layout's conventions
over the shared document model (pages, sentence splitter of :mod:`loader.document`),
:mod:`loader.layouts.numbered_extract` reads the named things, and
:mod:`loader.layouts.numbered_words` is the one door to the vocabulary (ontology cue nouns,
:mod:`loader.grammar`).

>>> from loader.model import Document, Line
>>> lines = ["Innehåll", "1.1 Inledning ........ 3", "1.2 Verktyg ........ 4", "1.3 Avslutning ........ 5", "",
...          "1.1 Inledning", "", "SKR erbjuder e-verktyget Genombrott.nu1 till alla.", "",
...          "1 Webbplatsen Genombrott.nu", "", "https://www.genombrott.nu/", "",
...          "1.2 Verktyg", "", "Text.", "", "1.3 Avslutning", "", "Slut."]
>>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
>>> [(m.kind, m.name, m.urls) for m in NumberedReportLayout().extract(doc)]
[('resource', 'Genombrott.nu', ('https://www.genombrott.nu/',))]
"""

from __future__ import annotations

import re
from collections import Counter

from loader.document import page_foot_lines
from loader.layouts.base import Layout
from loader.layouts.numbered_extract import Extractor
from loader.layouts.numbered_segment import (
    NUMBERED,
    is_capitalised,
    next_chapter,
    parse,
    read_footnotes,
    read_toc,
    toc_chapter,
    word_chapter,
)
from loader.model import Document, Mention

__all__ = ["NumberedReportLayout"]

_RUNNING_HEAD = re.compile(r"^\s*(\S.{10,}?\S)\t+\s*\d{1,3}\s*$")


def _nested(nums: list[tuple[int, ...]]) -> int:
    """How many sections ("2.1") stand in the chapter their number names, right after that chapter's
    heading ("2 Barn och unga", "DEL 2 …") or a section of it: a report's two-level numbering, whatever
    word or figures the chapters use. Chapters must be at least three (a slide numbers its points).

    >>> _nested([(1,), (1, 1), (1, 2), (2,), (2, 1), (3,), (3, 1)]), _nested([(1, 1), (1, 2), (2, 1), (3, 1)])
    (4, 0)
    >>> _nested([(1,), (1, 1), (2,), (2, 1)])
    0
    """
    chapter: int | None = None
    inside = 0
    chapters = set()
    for n in nums:
        if len(n) == 1:
            chapter = n[0]
        elif len(n) == 2 and n[0] == chapter:
            inside += 1
            chapters.add(chapter)
        else:
            chapter = None if n[0] != chapter else chapter
    return inside if len(chapters) >= 3 else 0


# --------------------------------------------------------------------------- layout


class NumberedReportLayout(Layout):
    """Reports with numbered sections, a contents page and footnotes (yearly/final reports).

    >>> NumberedReportLayout().name
    'numbered-report'
    """

    name = "numbered-report"

    def score(self, doc: Document) -> float:
        """Numbered headings in order, weighted by a contents page and footnotes.

        >>> from loader.model import Document, Line
        >>> NumberedReportLayout().score(Document("r", (Line(1, "Hej"),)))
        0.0
        """
        lines = doc.lines
        toc_range, entries = read_toc(lines)
        nums: list[tuple[int, ...]] = []
        for i, ln in enumerate(lines):
            if i in toc_range:
                continue
            if (worded := word_chapter(ln.text)) is not None:
                nums.append((int(worded[0]),))  # "DEL 2 Barn och unga", "Kapitel 3: Suicidprevention"
                continue
            if not entries and (one := next_chapter(ln.text, nums[-1] if nums else ())) is not None:
                nums.append((int(one[0]),))  # "1. Om överenskommelsen" where no contents page lists it
                continue
            m = NUMBERED.match(ln.text)
            if m and is_capitalised(m.group(2)) and len(ln.text) < 200:
                nums.append(tuple(int(x) for x in m.group(1).split(".")))
            elif (chapter := toc_chapter(ln.text, [], entries)) is not None:
                # a one-level chapter heading the contents list ("3 Suicidprevention")
                nums.append(tuple(int(x) for x in chapter[0].split(".")))
        ordered = 0
        last: tuple[int, ...] = ()
        for n in nums:
            if n > last:
                ordered += 1
                last = n
        if not nums:
            return 0.0
        headings = min(1.0, ordered / 10) * (ordered / len(nums))
        toc = 1.0 if len(entries) >= 5 else 0.0
        notes, _ = read_footnotes(lines, range(0, len(lines)))
        # A running head with the page number ("Insatser för psykisk hälsa 2029<TAB>3") on page
        # after page is a report's furniture as footnotes are.
        heads = Counter(m.group(1) for ln in lines if (m := _RUNNING_HEAD.match(ln.text)))
        running = max(heads.values(), default=0)
        # Dashed page numbers with the running head after them ("— 4 —" / "SKR | Slutrapport 2032"), one
        # pair a page break, are the same furniture.
        running = max(running, len(page_foot_lines(lines)) // 2)
        footnotes = min(1.0, max(len(notes), running) / 5)
        nested = min(1.0, _nested(nums) / 6)
        # numbered titles alone also occur on slides; a contents page, footnotes and sections nested in
        # numbered chapters make the report (any two of the three are enough)
        evidence = min(0.75, 0.375 * (toc + footnotes + nested))
        return round(headings * (0.25 + evidence), 3)

    def extract(self, doc: Document) -> list[Mention]:
        """Agreements, focus areas, initiatives, resources and events of the report body."""
        if not doc.lines:
            return []
        return Extractor(parse(doc)).run()
