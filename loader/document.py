"""A report as a document with positions: pages, blocks and sentences over exact offsets.

Offsets convention
------------------
Every ``start``/``end`` in this module is a Unicode code-point offset into
:attr:`loader.model.Document.text`: the decoded report (UTF-8, BOM stripped, CRLF and CR
turned into LF) with its lines joined by ``"\\n"``. ``text[start:end]`` is the span, end
exclusive; line ``n`` (1-based) starts at :meth:`Document.offset` ``(n)``. Nothing here
changes the text: normalised forms exist only for matching (:mod:`loader.evidence`).
The reader may have taken invisible noise out of that text (decomposed letters composed, soft
hyphens and zero-width characters dropped, em dashes read as en dashes:
:func:`loader.read.reading_text`); the graph writer maps spans back to the stored characters
(``Document.verbatim``), so what the graph publishes are offsets into the report as stored.

Pages
-----
Text exported from PDF or slides keeps its page breaks only as conventions, and this module
recognises them in general, not per report:

* a form feed (``\\f``) starts a page;
* a page's first line glued to the previous page's last line and indented by one space
  (the pdftotext convention: ``" Förord"`` right after a non-blank line);
* the end of a link block: a page's URLs listed at its foot (exports that lost hyperlinks);
* a running head or foot repeated on several pages with a page number ("Title 2021 8"),
  "KAPITEL n" page feet and bare page-number lines near a page start give the numbers;
* in slide decks (few other breaks), a run of three or more blank lines ends a slide;
* with no break at all, a contents list with page numbers dates its headings in the body:
  a line repeating a contents entry starts that page (pages between headings are then
  approximate: the page of the heading above).

Breaks only separated by blank or URL lines are one break. Pages without a printed number
are counted from the nearest numbered page (or from 1).

>>> from loader.model import Line, Document
>>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(
...     ["Rubrik", "Text på sidan ett.", "https://a.se/", " Sidan två börjar. Den har två meningar."])))
>>> [(p.number, p.first_line, p.last_line) for p in pages(doc)]
[(1, 1, 3), (2, 4, 4)]
>>> [s.text for s in sentences(doc)][-2:]
['Sidan två börjar.', 'Den har två meningar.']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from loader.layouts.bullets import bullet
from loader.model import Document, Line

__all__ = [
    "BLOCK_KINDS",
    "Block",
    "Page",
    "Sentence",
    "artefact_lines",
    "blocks",
    "page_foot_lines",
    "page_of_lines",
    "pages",
    "paginate",
    "running_head_lines",
    "sentence_cuts",
    "sentence_spans",
    "sentences",
    "split_sentences",
]

#: Kinds of :class:`Block`; "artefact" is page furniture (running head, page number, KAPITEL).
BLOCK_KINDS = ("heading", "paragraph", "bullet", "sub-bullet", "table-row", "link-block", "footnote", "artefact")

_URL_LINE = re.compile(r"^\s*(?:https?://|file:/|www\.)\S*\s*$", re.IGNORECASE)
_RUNNING = re.compile(r"^\s*(\S.*?\S)\s+(\d{1,3})\s*$")
_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
_CHAPTER = re.compile(r"^\s*KAPITEL\s*(\d{1,3})?\s*$")
# A page foot that counts the pages, often right-aligned: "Sida 3 av 7" (groups: page, count).
_PAGE_OF = re.compile(r"^\s*sida\s+(\d{1,3})\s+av\s+(\d{1,3})\s*$", re.IGNORECASE)
_TOC_ENTRY = re.compile(r"^\s*(\S.*?\S)\s*(?:\.{3,}|\t)\s*(\d{1,3})\s*$")
_NUMBERED_HEADING = re.compile(r"^\s?\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÅÄÖ]")
_FOOTNOTE = re.compile(r"^\s?(\d{1,3})\s+\S")
# Superscript digits opening a line are a footnote's number whatever the references look like.
_SUPER_FOOTNOTE = re.compile(r"^\s?[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s*\S")
# A footnote reference glued to a word or punctuation: "2008.1 Över…", "Genombrott2 ".
_GLUED_REF = re.compile(r"(?<=[A-Za-zåäöÅÄÖé.,;:)”\"])(\d{1,3})(?=[\s.,;:]|$)")
_TABLE_ROW = re.compile(r"\t|\S {3,}\S")
# A running head with the page number first, set off by a bar: "4 | Insatser 2032".
_NUMBER_FIRST_HEAD = re.compile(r"^\s*(\d{1,3})\s*\|\s*(\S.{2,80}?)\s*$")
# A page number framed by dashes on a line of its own, centred or not: "— 4 —", "- 12 -", "– 3 –".
_DASHED_PAGE = re.compile(r"^\s*[—–-]\s*(\d{1,3})\s*[—–-]\s*$")
# A page number with the page count in brackets on a line of its own: "5 (31)" (groups: page, count).
_COUNTED_PAGE = re.compile(r"^\s*(\d{1,3})\s*\((\d{1,3})\)\s*$")
# A sentence ends at . ! ? (after optional closing quotes/brackets and a glued footnote
# number, "år 2008.1 Över…") before a capital or digit.
_SENTENCE_END = re.compile(r"[.!?…][”\"')\]]*(?:\d{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)?(?=\s+[\"”(•\-–\[]?\s*[A-ZÅÄÖ0-9])")
# Abbreviations after which a full stop does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:t\.ex|bl\.a|s\.k|m\.m|m\.fl|d\.v\.s|dvs|osv|ca|resp|inkl|exkl|nr|kap|jfr|s|sid|fig|tel|prof|dr)"
    r"|\b[A-ZÅÄÖ])\.$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Page:
    """One page: its number (printed, or counted from a printed one) and its span."""

    number: int
    start: int
    end: int
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Block:
    """A layout unit: heading, paragraph, bullet, sub-bullet, table row, link block, footnote, artefact."""

    kind: str
    start: int
    end: int
    first_line: int
    last_line: int
    page: int | None
    text: str


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading, a bullet without full stop) inside one block."""

    start: int
    end: int
    line: int
    page: int | None
    text: str
    block: int  # index into blocks()


# ------------------------------------------------------------------------------ pages


def _running_heads(lines: tuple[Line, ...]) -> dict[int, int]:
    """Line index -> printed page number, for running heads and feet repeated with a number.

    The number may also come first, set off by a bar: "4 | Insatser 2032" (the title may then be short).

    >>> from loader.model import Line
    >>> _running_heads(tuple(Line(i + 1, t) for i, t in enumerate(["2 | Insatser 2032", "Text", "3 | Insatser 2032"])))
    {0: 2, 2: 3}
    """
    found = [(i, m) for i, ln in enumerate(lines) if (m := _RUNNING.match(ln.text))]
    counts = Counter(m.group(1) for _, m in found)
    out = {i: int(m.group(2)) for i, m in found if counts[m.group(1)] >= 2 and len(m.group(1)) > 15}
    first = [(i, m) for i, ln in enumerate(lines) if (m := _NUMBER_FIRST_HEAD.match(ln.text))]
    titles = Counter(m.group(2) for _, m in first)
    out |= {i: int(m.group(1)) for i, m in first if titles[m.group(2)] >= 2}
    return dict(sorted(out.items()))


def running_head_lines(lines: tuple[Line, ...]) -> frozenset[int]:
    """Indexes (0-based) of running heads and feet: a title repeated with a page number ("Title 2024 6").

    >>> from loader.model import Line
    >>> lines = tuple(Line(i + 1, t) for i, t in enumerate(
    ...     ["Årsrapport om psykisk hälsa 2024 3", "Text.", "Årsrapport om psykisk hälsa 2024 4", "Kapitel 2 4"]))
    >>> sorted(running_head_lines(lines))
    [0, 2]
    """
    return frozenset(_running_heads(lines))


def page_foot_lines(lines: tuple[Line, ...]) -> frozenset[int]:
    """Indexes (0-based) of dashed page numbers ("— 4 —") and of the running head printed right
    after them on page after page ("SKR | Slutrapport 2032"): a page foot followed by the next
    page's head. A head counts when the same line follows at least two page numbers.

    A page number followed by the page count in brackets ("5 (31)", "26 (31)") is the same foot,
    when at least two lines give the same count and no page number exceeds it.

    >>> from loader.model import Line
    >>> lines = tuple(Line(i + 1, t) for i, t in enumerate(
    ...     ["Text.", "   — 2 —", "SKR | Rapport", "Mer.", "   — 3 —", "SKR | Rapport", "1  Rubrik"]))
    >>> sorted(page_foot_lines(lines))
    [1, 2, 4, 5]
    >>> sorted(page_foot_lines(tuple(Line(i + 1, t) for i, t in enumerate(["5 (31)", "Text", "6 (31)", "40 (31)"]))))
    [0, 2]
    """
    counted = [(i, m) for i, ln in enumerate(lines) if (m := _COUNTED_PAGE.match(ln.text))]
    totals = Counter(m.group(2) for _, m in counted)
    feet = [i for i, ln in enumerate(lines) if _DASHED_PAGE.match(ln.text)]
    feet += [i for i, m in counted if totals[m.group(2)] >= 2 and int(m.group(1)) <= int(m.group(2))]
    feet.sort()
    if len(feet) < 2:
        return frozenset()
    after = {i: j for i in feet if (j := _next_nonblank(lines, i)) is not None and j - i <= 2}
    counts = Counter(lines[j].text.strip() for j in after.values())
    heads = {j for j in after.values() if counts[lines[j].text.strip()] >= 2 and len(lines[j].text.strip()) <= 80}
    return frozenset(feet) | frozenset(heads)


def _toc_entries(lines: tuple[Line, ...]) -> list[tuple[int, str, int]]:
    """(line index, title, page) of contents entries with a page number."""
    return [
        (i, m.group(1).rstrip(". "), int(m.group(2))) for i, ln in enumerate(lines) if (m := _TOC_ENTRY.match(ln.text))
    ]


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-zåäöé]+", "", text.lower())[:40]


def _page_feet(lines: tuple[Line, ...]) -> dict[int, int]:
    """Line index -> page number of the feet that count the pages ("Sida 3 av 7"), when at least two
    feet give the same count (one such line may be a sentence's fragment).

    >>> _page_feet(tuple(Line(i + 1, t) for i, t in enumerate(["A", "   Sida 1 av 2", "B", "Sida 2 av 2"])))
    {1: 1, 3: 2}
    """
    found = {i: m for i, ln in enumerate(lines) if (m := _PAGE_OF.match(ln.text))}
    counts = Counter(m.group(2) for m in found.values())
    return {i: int(m.group(1)) for i, m in found.items() if counts[m.group(2)] >= 2}


def artefact_lines(doc: Document) -> frozenset[int]:
    """Indexes (0-based) of page furniture: running heads, page numbers, "KAPITEL n" feet and
    feet that count the pages ("Sida 3 av 7")."""
    lines = doc.lines
    out = set(_running_heads(lines)) | set(_page_feet(lines)) | page_foot_lines(lines)
    for i, ln in enumerate(lines):
        if _CHAPTER.match(ln.text):
            out.add(i)
            nxt = _next_nonblank(lines, i)
            if nxt is not None and nxt - i <= 3 and _BARE_NUMBER.match(lines[nxt].text):
                out.add(nxt)
    return frozenset(out)


def _next_nonblank(lines: tuple[Line, ...], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if lines[j].text.strip():
            return j
    return None


def _url_lines(lines: tuple[Line, ...]) -> list[bool]:
    """Which lines are URLs, counting a URL's wrapped tail ("framtid/", "25.pdf") as URL."""
    out: list[bool] = []
    last = False  # the last non-blank line was a URL
    for ln in lines:
        text = ln.text.strip()
        if not text:
            out.append(False)
            continue
        is_url = bool(_URL_LINE.match(text)) or (last and " " not in text and not text[:1].isupper())
        out.append(is_url)
        last = is_url
    return out


def page_of_lines(doc: Document) -> list[int]:
    """The page number of every line (index = line index), by the conventions above."""
    lines = doc.lines
    n = len(lines)
    if not n:
        return []
    blank = [not ln.text.strip() for ln in lines]
    url = _url_lines(lines)
    breaks: set[int] = {0}
    anchors: dict[int, int] = dict(_running_heads(lines))
    for i, page in _page_feet(lines).items():
        # "Sida 3 av 7" ends page 3: the next page starts after it, unless the page's URL block
        # follows the foot (then the block ends the page, below).
        nxt = _next_nonblank(lines, i)
        if nxt is not None and not url[nxt]:
            breaks.add(nxt)
            anchors[nxt] = page + 1
    for i, ln in enumerate(lines):
        if "\f" in ln.text:
            # A form feed ending a line starts the page on the next line.
            breaks.add(i + 1 if ln.text.rstrip().endswith("\f") else i)
        if i and ln.text[:1] == " " and ln.text[1:2].strip() and not blank[i - 1]:
            breaks.add(i)
        # A footnote after a URL belongs to the same page's foot ("7 Rapporten …").
        foot = bool(_FOOTNOTE.match(ln.text))
        if i and url[i - 1] and not url[i] and not blank[i] and not foot:
            breaks.add(i)
        elif i and not url[i] and not blank[i] and blank[i - 1] and not foot:
            j = i - 1
            while j > 0 and blank[j]:
                j -= 1
            if url[j] and j < i - 1:
                breaks.add(i)
        if i in anchors:
            breaks.add(i)
        if _CHAPTER.match(ln.text):
            m = _CHAPTER.match(ln.text)
            nxt = _next_nonblank(lines, i)
            if m and m.group(1):
                anchors[i] = int(m.group(1))
            elif nxt is not None and nxt - i <= 3 and (number := _BARE_NUMBER.match(lines[nxt].text)):
                anchors[i] = int(number.group(1))
    ordered = sorted(b for b in breaks if b < n)
    if len(ordered) == 1:
        toc = _toc_entries(lines)
        if len(toc) >= 3:
            after = max(i for i, _, _ in toc) + 1
            body = {i: _key(lines[i].text) for i in range(after, n) if not blank[i]}
            for _, title, page in toc:
                key = _key(title)
                # The body heading may be the entry cut short or wrapped: compare its first characters.
                hit = next((i for i, k in body.items() if len(key) >= 6 and len(k) >= 6 and key.startswith(k)), None)
                if hit is not None and hit not in anchors:
                    breaks.add(hit)
                    anchors[hit] = page
            ordered = sorted(b for b in breaks if b < n)
    # Slide decks: few breaks for many lines; runs of three blank lines end a slide.
    if n / len(ordered) > 150:
        run = 0
        for i in range(n):
            if blank[i]:
                run += 1
                continue
            if run >= 3:
                breaks.add(i)
            run = 0
        ordered = sorted(b for b in breaks if b < n)
    # Breaks separated only by blank or URL lines are one break (keep the later one).
    merged: list[int] = []
    for b in ordered:
        if (
            merged
            and merged[-1]
            and all(blank[k] or url[k] for k in range(merged[-1] + 1, b))
            and merged[-1] not in anchors
        ):
            merged[-1] = b
        else:
            merged.append(b)
    # Bare page numbers right after a break number that page (slide numbers).
    seg_number: dict[int, int] = {}
    weak: set[int] = set()  # pages numbered by a bare number, which may be a figure instead
    bounds = [*merged, n]
    for k in range(len(merged)):
        lo, hi = bounds[k], bounds[k + 1]
        nums = [anchors[i] for i in range(lo, hi) if i in anchors]
        if nums:
            seg_number[k] = nums[0]
            continue
        first = [i for i in range(lo, min(hi, lo + 6)) if not blank[i]][:3]
        bare = [int(m.group(1)) for i in first if (m := _BARE_NUMBER.match(lines[i].text))]
        if bare:
            seg_number[k] = bare[0]
            weak.add(k)
    numbers = _number_pages(len(merged), seg_number, weak)
    out: list[int] = []
    for k in range(len(merged)):
        out += [numbers[k]] * (bounds[k + 1] - bounds[k])
    return out


def _number_pages(count: int, anchors: dict[int, int], weak: set[int] | None = None) -> list[int]:
    """Page numbers for ``count`` pages from the printed ones; monotone, unprinted counted on.

    A weak number (a bare number that may be a figure on the slide) counts only if it is
    no further from the counted number than the count since the last printed one.

    >>> _number_pages(4, {2: 8})
    [6, 7, 8, 9]
    >>> _number_pages(3, {})
    [1, 2, 3]
    >>> _number_pages(4, {1: 2, 3: 340}, {3})
    [1, 2, 3, 4]
    """
    good: dict[int, int] = {}
    for k in sorted(anchors):
        prev = max(good) if good else None
        counted = k + 1 if prev is None else good[prev] + (k - prev)
        if weak and k in weak and abs(anchors[k] - counted) > max(3, k - (prev if prev is not None else -1)):
            continue
        if prev is None or anchors[k] - good[prev] >= k - prev:
            good[k] = anchors[k]
    out: list[int] = []
    for k in range(count):
        before = [a for a in good if a <= k]
        if before:
            a = before[-1]
            out.append(good[a] + (k - a))
        elif good:
            a = min(good)
            out.append(max(1, good[a] - (a - k)))
        else:
            out.append(k + 1)
    return out


def paginate(doc: Document) -> Document:
    """The document with ``Line.page`` set on every line."""
    numbers = page_of_lines(doc)
    lines = tuple(replace(ln, page=p) for ln, p in zip(doc.lines, numbers, strict=True))
    return Document(doc.report, lines, verbatim=doc.verbatim)


def _line_pages(doc: Document) -> list[int | None]:
    if doc.lines and all(ln.page is not None for ln in doc.lines):
        return [ln.page for ln in doc.lines]
    return list(page_of_lines(doc))


def pages(doc: Document) -> list[Page]:
    """The document's pages in order, each with its span and line range."""
    numbers = _line_pages(doc)
    out: list[Page] = []
    k = 0
    while k < len(doc.lines):
        j = k
        while j + 1 < len(doc.lines) and numbers[j + 1] == numbers[k]:
            j += 1
        start = doc.offset(doc.lines[k].number)
        end = doc.offset(doc.lines[j].number) + len(doc.lines[j].text)
        out.append(Page(numbers[k] or 0, start, end, doc.lines[k].number, doc.lines[j].number))
        k = j + 1
    return out


# ------------------------------------------------------------------------------ blocks


def _kind(lines: tuple[Line, ...], i: int, refs: set[int], artefacts: frozenset[int]) -> str:
    text = lines[i].text
    if i in artefacts:
        return "artefact"
    if _URL_LINE.match(text):
        return "link-block"
    # The one bullet recogniser (loader.layouts.bullets), with Word's "o" as a second level.
    item = bullet(text, word_sub=True)
    if item is not None and item.text:
        return "sub-bullet" if item.sub or len(text) - len(text.lstrip()) >= 2 else "bullet"
    if _SUPER_FOOTNOTE.match(text):
        return "footnote"
    foot = _FOOTNOTE.match(text)
    if foot and int(foot.group(1)) in refs and not _NUMBERED_HEADING.match(text.replace(foot.group(1), "", 1) + "x"):
        return "footnote"
    if _TABLE_ROW.search(text.strip()):
        return "table-row"
    stripped = text.strip()
    if _NUMBERED_HEADING.match(text) and len(stripped) < 120 and not stripped.endswith((".", ",")):
        return "heading"
    return "paragraph"


def _is_heading_alone(lines: tuple[Line, ...], i: int) -> bool:
    """A short capitalised line that ends no sentence and stands alone between blank lines."""
    text = lines[i].text.strip()
    before = i == 0 or not lines[i - 1].text.strip()
    after = i + 1 >= len(lines) or not lines[i + 1].text.strip()
    return (
        before
        and after
        and 2 < len(text) < 80
        and text[:1].isupper()
        and not text.endswith((".", ",", ";", ":", "-"))
        and not _BARE_NUMBER.match(text)
    )


def blocks(doc: Document) -> list[Block]:
    """Blocks in reading order. A paragraph continues over a single blank line (double-spaced
    exports) when its last line ends no sentence or the next line starts in lower case, and over
    page furniture (a running head) that interrupts a sentence; the furniture's characters are
    blanks in the block's text, so offsets remain the report's.

    >>> from loader.model import Document, Line
    >>> head = "Insatser inom området psykisk hälsa 2024 {}"
    >>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(
    ...     [head.format(3), "", "Under året har UPH startat ett nätverk för regioner som vill utveckla insatser,",
    ...      "", "och det heter Nätverket för digital", "", head.format(4), "", "psykiatri. Slut."])))
    >>> [" ".join(s.text.split())[-32:] for s in sentences(doc)][-2:]
    ['Nätverket för digital psykiatri.', 'Slut.']
    """
    lines = doc.lines
    numbers = _line_pages(doc)
    refs = {int(m.group(1)) for ln in lines for m in _GLUED_REF.finditer(ln.text)}
    artefacts = artefact_lines(doc)
    kinds = [_kind(lines, i, refs, artefacts) if lines[i].text.strip() else "" for i in range(len(lines))]
    for i, k in enumerate(kinds):
        if k == "paragraph" and _is_heading_alone(lines, i):
            kinds[i] = "heading"
    out: list[Block] = []
    i = 0
    while i < len(lines):
        kind = kinds[i]
        if not kind:
            i += 1
            continue
        j = i
        skipped: list[int] = []  # furniture lines inside the block (a sentence running over a page break)
        while True:
            nxt = j + 1
            gap = 0
            while nxt < len(lines) and not kinds[nxt] and gap < 2:
                nxt += 1
                gap += 1
            if kind == "paragraph" and nxt < len(lines) and kinds[nxt] == "artefact":
                over = _over_furniture(lines, kinds, j, nxt)
                if over is not None:
                    skipped += [k for k in range(nxt, over) if kinds[k] == "artefact"]
                    j = over
                    continue
            if nxt >= len(lines) or not kinds[nxt] or numbers[nxt] != numbers[i]:
                break
            prev = lines[j].text.rstrip()
            follow = lines[nxt].text.strip()
            ends_sentence = prev.endswith((".", "!", "?", ":"))
            cont = kinds[nxt] == "paragraph" and (follow[:1].islower() or (gap <= 1 and not ends_sentence))
            same_links = kind == "link-block" and kinds[nxt] == "link-block"
            if same_links or (kind in ("paragraph", "bullet", "sub-bullet", "footnote") and cont):
                j = nxt
                continue
            break
        start = doc.offset(lines[i].number) + (len(lines[i].text) - len(lines[i].text.lstrip()))
        end = doc.offset(lines[j].number) + len(lines[j].text.rstrip())
        text = doc.text[start:end]
        for f in skipped:  # the furniture's characters become blanks: offsets stay those of the report
            a = doc.offset(lines[f].number) - start
            text = text[:a] + " " * len(lines[f].text) + text[a + len(lines[f].text) :]
        out.append(Block(kind, start, end, lines[i].number, lines[j].number, numbers[i], text))
        i = j + 1
    return out


def _over_furniture(lines: tuple[Line, ...], kinds: list[str], j: int, nxt: int) -> int | None:
    """The line a paragraph ending at line ``j`` goes on at after the page furniture at ``nxt``: a
    sentence broken by a running head ("… Nätverket för digital" / head / "psykiatri.") continues
    when its line ends no sentence and the text after the furniture starts in lower case."""
    if lines[j].text.rstrip().endswith((".", "!", "?", ":")):
        return None
    k = nxt
    while k < len(lines) and k - nxt < 6 and (kinds[k] == "artefact" or not kinds[k]):
        k += 1
    if k < len(lines) and kinds[k] == "paragraph" and lines[k].text.strip()[:1].islower():
        return k
    return None


# ------------------------------------------------------------------------------ sentences


def sentence_cuts(text: str) -> list[int]:
    """Offsets in ``text`` where a sentence ends (the one sentence splitter of the loader;
    layouts that split a joined string use it too).

    >>> t = "Se t.ex. bilaga. Nästa mening 2020.3 Tredje."
    >>> [t[a:b].strip() for a, b in zip([0, *sentence_cuts(t)], [*sentence_cuts(t), len(t)])]
    ['Se t.ex. bilaga.', 'Nästa mening 2020.3', 'Tredje.']
    """
    return [
        m.end() for m in _SENTENCE_END.finditer(text) if not _ABBREV.search(text[max(0, m.start() - 6) : m.start() + 1])
    ]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, surrounding blanks excluded.

    >>> [("Ett. Två!"[a:b]) for a, b in split_sentences("Ett. Två!")]
    ['Ett.', 'Två!']
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for cut in [*sentence_cuts(text), len(text)]:
        seg = text[pos:cut]
        start = pos + len(seg) - len(seg.lstrip())
        end = pos + len(seg.rstrip())
        if end > start:
            out.append((start, end))
        pos = cut
    return out


def sentences(doc: Document) -> list[Sentence]:
    """Sentences of every block except page furniture and link blocks, with exact spans (the text of a
    sentence broken by a running head has blanks where the head stands)."""
    out: list[Sentence] = []
    for b, block in enumerate(blocks(doc)):
        if block.kind in ("artefact", "link-block"):
            continue
        for start, end in sentence_spans(block.text):
            s, e = block.start + start, block.start + end
            line = doc.line_at(s)
            page = line.page if line.page is not None else block.page
            out.append(Sentence(s, e, line.number, page, block.text[start:end], b))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of one block of running text as trimmed (start, end) offsets into ``text``.

    The splitter :func:`sentences` applies to every block, for text a layout assembles itself
    (a body stream without footnote markers or page furniture, :mod:`loader.layouts.numbered_segment`).

    >>> t = "Se t.ex. rapporten. [Boken](#) kom 2021! Slut"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Se t.ex. rapporten.', '[Boken](#) kom 2021!', 'Slut']
    """
    return split_sentences(text)
