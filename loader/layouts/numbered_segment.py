"""Segmenting a numbered report: contents page, headings, footnotes, body sentences, pages.

The layout's conventions, read once for every extractor (:mod:`loader.layouts.numbered_extract`):
a contents page with dotted leaders or tabs; numbered headings ("2.3 Title", wrapped or not),
chapter headings that repeat a contents entry, and short unnumbered sub-headings over a
paragraph; footnote numbers glued to words ("Genombrott2") or superscript ("MIND¹") whose text
at the page foot names a product and its URL; running heads. The body becomes one text stream
without footnote markers, page furniture or heading lines; its sentences are cut by the shared
splitter of :mod:`loader.document` and pages come from :func:`loader.document.page_of_lines`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from loader.document import page_foot_lines, page_of_lines, running_head_lines, sentence_spans
from loader.grammar import CHAPTER_WORDS
from loader.layouts.bullets import is_bullet, strip_bullet
from loader.layouts.numbered_words import CONT_OK, STOP, low
from loader.model import Document, Line
from loader.tables import CAPTION
from loader.text import clean, fold

__all__ = [
    "NUMBERED",
    "Footnote",
    "Heading",
    "Parsed",
    "Sentence",
    "emphasis_as_quotes",
    "is_capitalised",
    "next_chapter",
    "parse",
    "read_footnotes",
    "read_toc",
    "toc_chapter",
    "word_chapter",
]

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_URL = re.compile(r"https?://[^\s<>()\]]+")
_URL_FRAGMENT = re.compile(r"^[\w%\-./?=&#~:+,;@!$'*]+$")
NUMBERED = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){1,4})\.?\s+(\S.*?)\s*$")
#: A one-level chapter heading with a full stop after its number ("1. Om överenskommelsen"): a
#: chapter when the numbers follow on (the next chapter after the last heading's) and the title is
#: short, capitalised and no sentence; a footnote has no stop after its number.
_ONE_LEVEL = re.compile(r"^\s*(\d{1,2})\.\s+([A-ZÅÄÖ][^.]{1,78}?)\s*$")


def next_chapter(raw: str, last: tuple[int, ...]) -> tuple[str, str] | None:
    """The (number, title) of a one-level chapter heading that follows on from ``last``.

    >>> next_chapter("3. Barn och unga i skolan ", (2, 3)), next_chapter("3. Barn och unga", (1,))
    (('3', 'Barn och unga i skolan'), None)
    >>> next_chapter("1. Om överenskommelsen", ()), next_chapter("2 Regeringsbeslut 2028.", (1,))
    (('1', 'Om överenskommelsen'), None)
    """
    m = _ONE_LEVEL.match(raw)
    if m is None or len(m.group(2).split()) > 10:
        return None
    number = int(m.group(1))
    return (m.group(1), m.group(2)) if number == (last[0] + 1 if last else 1) else None


#: A chapter numbered under a chapter word (:data:`loader.grammar.CHAPTER_WORDS`), in Arabic or Roman
#: figures, the title after a space, stop, colon or dash: "DEL 2 Barn och unga", "Kapitel 3: Suicid-
#: prevention", "Avsnitt IV – Äldre". The word is capitalised: a line opening mid-sentence is not a heading.
_WORD_CHAPTER = re.compile(r"^\s*([A-ZÅÄÖ][A-Za-zÅÄÖåäö]+)\s+(\d{1,2}|[IVXL]{1,6})\b\s*[.:–—-]?\s+(\S.*?)\s*$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(figures: str) -> int:
    values = [_ROMAN[c] for c in figures]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def word_chapter(raw: str) -> tuple[str, str] | None:
    """The (number, title) of a chapter heading under a chapter word; None for other lines.

    >>> word_chapter("DEL 2 Barn och unga "), word_chapter("Kapitel 3: Suicidprevention")
    (('2', 'Barn och unga'), ('3', 'Suicidprevention'))
    >>> word_chapter("Avsnitt IV – Äldre"), word_chapter("Del 2 av rapporten beskriver arbetet.")
    (('4', 'Äldre'), None)
    >>> word_chapter("del 2 Barn"), word_chapter("Område 1. Barn och unga"), word_chapter("Bilaga 1 Produkter")
    (None, None, None)
    """
    m = _WORD_CHAPTER.match(raw)
    if m is None or m.group(1).lower() not in CHAPTER_WORDS:
        return None
    title = clean(m.group(3))
    # a title is short and capitalised and no sentence ("Del 2 av rapporten beskriver …")
    if not is_capitalised(title) or len(title.split()) > 12 or title.endswith((".", ",", ":", ";")):
        return None
    figures = m.group(2)
    number = int(figures) if figures.isdigit() else _roman(figures)
    return str(number), title


#: A page foot or head that sets the page number off by a separator, repeated page after page with the
#: same text: "SKR 2037 | 4", "Handlingsplan 2029–2030 | 3", "SKR · Slutrapport 2046 · 9", "UPH · Inventering
#: 2048 · sida 4", "Söderslätt | Handlingsplan | s. 5" (a bar, a middle dot, a bullet or a dash, the
#: number perhaps after "s."/"sida"; the number-first form is read by loader.document). A foot set
#: between dashes closes with one after the number ("— SKR · Slutrapport 2061 · sida 23 —").
_BAR_FOOT = re.compile(r"^\s*(\S.{0,80}?)\s*[|│¦·•–—]\s*(?:(?:s\.|sid\.|sida)\s*)?(\d{1,3})\s*[–—]?\s*$")


def bar_feet(lines: tuple[Line, ...]) -> frozenset[int]:
    """Indexes of page feet "Title | n" whose title repeats on at least two pages (with two page numbers).

    >>> from loader.model import Line
    >>> bar_feet(tuple(Line(i + 1, t) for i, t in enumerate(["SKR 2037 | 2", "Text | 3", "SKR 2037 | 3"])))
    frozenset({0, 2})
    >>> feet = ["UPH · Rapport 2048 · sida 4", "Text", "UPH · Rapport 2048 · sida 5", "Möte – 2", "Möte – 2"]
    >>> bar_feet(tuple(Line(i + 1, t) for i, t in enumerate(feet)))
    frozenset({0, 2})
    >>> feet = ["— UPH · Rapport 2048 · sida 4 —", "Text", "— UPH · Rapport 2048 · sida 9 —", "— Möte · 2 —"]
    >>> bar_feet(tuple(Line(i + 1, t) for i, t in enumerate(feet)))
    frozenset({0, 2})
    """
    found = [(i, m.group(1), m.group(2)) for i, ln in enumerate(lines) if (m := _BAR_FOOT.match(ln.text))]
    pages: dict[str, set[str]] = {}
    for _, title, number in found:
        pages.setdefault(title, set()).add(number)
    return frozenset(i for i, title, _ in found if len(pages[title]) >= 2)


#: Emphasis written with marks around a title, as plain-text and Markdown exports print italics and bold:
#: "_Ungkompassen_", "*Fråga mig*", "**Mellan raderna**", "«Efter förlusten»". A mark opens at a word's
#: start (after a space or an opening bracket) before a capital or digit and closes at a word's end;
#: the title may run over a line break joined into the text ("_Ungkompassen 18+_").
_EMPHASIS = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[]))(?P<open>\*\*|__|[_*«])(?P<title>[A-ZÅÄÖ0-9][^\n_*«»]{0,198}?[^\s_*«»])"
    r"(?P<close>\*\*|__|[_*»])(?=[\s.,;:!?)\]”\"\d]|$)"
)
_PAIRS = {"**": "**", "__": "__", "_": "_", "*": "*", "«": "»"}


def emphasis_as_quotes(text: str) -> str:
    """``text`` with emphasis marks around a title written as quotation marks, character for character
    (a double mark becomes a space and a mark), so that offsets into the text stay valid. The evidence
    stage anchors quotes on the report's own characters, so quotes stay verbatim.

    >>> emphasis_as_quotes("SKR publicerade _Första linjen 2036 – en nulägesbeskrivning_, som visar")
    'SKR publicerade ”Första linjen 2036 – en nulägesbeskrivning”, som visar'
    >>> emphasis_as_quotes("Podden **Mellan raderna** har"), emphasis_as_quotes("filen a_b_c och *inte* här")
    ('Podden  ”Mellan raderna”  har', 'filen a_b_c och *inte* här')
    >>> emphasis_as_quotes("version, _Ungkompassen 18+_, är"), emphasis_as_quotes("«Efter förlusten» (2036)")
    ('version, ”Ungkompassen 18+”, är', '”Efter förlusten” (2036)')
    """

    def quoted(m: re.Match[str]) -> str:
        opening, closing = m.group("open"), m.group("close")
        if _PAIRS[opening] != closing:
            return m.group(0)
        return " " * (len(opening) - 1) + "”" + m.group("title") + "”" + " " * (len(closing) - 1)

    return _EMPHASIS.sub(quoted, text)


#: A number before a title ("3 Suicidprevention", "2.1 Elevhälsa"): a heading whose extent the
#: contents decide when they list the same number and title (a one-level number alone is also a
#: footnote or a list of figures; a heading printed right above its paragraph has no blank line).
CHAPTER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(\S.*?)\s*$")
_TOC_ENTRY = re.compile(r"^\s*(.*?\S)\s*(?:\.{3,}|\t)\s*(\d{1,3})\s*$|^\s*(.*?\S)\s+(\d{1,3})\t\s*$")
_ADDRESS_START = re.compile(r"(?:www\.|https?://|[a-zåäö0-9-]+\.(?:se|nu|com|org)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Footnote:
    """A footnote: its number, first line, title text and URLs."""

    number: int
    line: int  # 1-based line of the footnote's first line
    title: str
    urls: tuple[str, ...]


@dataclass(frozen=True)
class Heading:
    """A heading: numbered ("2.3"), a chapter title from the contents, or an unnumbered sub-heading."""

    line: int
    number: str | None  # "2.3" for numbered headings
    title: str
    kind: str  # "numbered" | "chapter" | "sub"


@dataclass(frozen=True)
class Sentence:
    """A sentence of the body stream: span in the stream, first line, innermost section."""

    start: int
    end: int
    text: str
    line: int
    section: int  # index into headings (innermost); -1 before the first heading


@dataclass
class Parsed:
    """The segmented report: contents, headings, footnotes, the body stream and its sentences."""

    doc: Document
    toc_titles: list[tuple[str | None, str]]
    headings: list[Heading]
    footnotes: dict[int, Footnote]
    text: str
    offsets: list[int]  # stream offset of each kept line
    offset_lines: list[int]
    heading_offsets: list[int]  # stream offset where each heading's section starts
    sentences: list[Sentence]
    markers: list[tuple[int, int]]  # (stream offset, footnote number)
    pages: dict[int, int]
    bullets: list[list[tuple[int, str]]]  # bullet lists: (line, text)

    def numbered_for(self, section: int) -> Heading | None:
        for i in range(section, -1, -1):
            if self.headings[i].kind != "sub":
                return self.headings[i]
        return None


def is_capitalised(word: str) -> bool:
    w = word.lstrip('”"“[(')
    return bool(w) and (w[0].isupper() or w[0].isdigit())


# --------------------------------------------------------------------------- parsing


def read_toc(lines: tuple[Line, ...]) -> tuple[range, list[tuple[str | None, str]]]:
    """The contents pages (line index range) and their entries (number, title)."""
    hits = [i for i, ln in enumerate(lines) if _TOC_ENTRY.match(ln.text)]
    if len(hits) < 3:
        return range(0), []
    # the densest cluster: consecutive hits with gaps of at most 4 lines
    best: list[int] = []
    cur: list[int] = [hits[0]]
    for i in hits[1:]:
        if i - cur[-1] <= 4:
            cur.append(i)
        else:
            best = max(best, cur, key=len)
            cur = [i]
    best = max(best, cur, key=len)
    if len(best) < 3:
        return range(0), []
    start, end = best[0], best[-1]
    if start > 0 and fold(lines[start - 1].text).startswith("innehall"):
        start -= 1
    entries: list[tuple[str | None, str]] = []
    pending = ""
    furniture = running_head_lines(lines)  # a running head printed on the contents page is no entry
    for i in range(start, end + 1):
        text = lines[i].text.strip()
        if not text or fold(text).startswith("innehall") or i in furniture:
            continue
        m = _TOC_ENTRY.match(lines[i].text)
        if not m:
            pending = f"{pending} {text}".strip()
            continue
        title = clean(f"{pending} {m.group(1) or m.group(3)}").rstrip(". ")
        pending = ""
        num = re.match(r"^(\d+(?:\.\d+)*)\.?\s+(.*)$", title)
        entries.append((num.group(1), num.group(2)) if num else (None, title))
    return range(start, end + 1), entries


def read_footnotes(lines: tuple[Line, ...], body: range) -> tuple[dict[int, Footnote], set[int]]:
    """Footnote definitions and the line indexes they (and repeated URL lists) occupy."""
    notes: dict[int, Footnote] = {}
    used: set[int] = set()
    expected = 1
    i = body.start
    plain = re.compile(r"^(\d{1,3}) (\S.*)$")
    sup = re.compile(f"^\\s*([{_SUP}]+)\\s*(.*)$")
    # "[1] Regeringsbeslut …", "(2) SKR (2032). …": a number in brackets or parentheses opening a line is
    # a note when the text above carries the same reference ("… regioner [1].", "… utveckling (2)."),
    # as superscripts are (notes at the page foot or collected under "Noter" at the end).
    bracket = re.compile(r"^\s*([\[(])(\d{1,3})[\])]\s+(\S.*)$")
    while i < body.stop:
        text = lines[i].text
        m_sup = sup.match(text)
        if (
            m_sup is None
            and (m_br := bracket.match(text))
            and _bracket_referenced(lines, i, m_br.group(2), m_br.group(1))
        ):
            m_sup = re.match(r"^\s*[\[(](\d{1,3})[\])]\s+(\S.*)$", text)
        m_plain = plain.match(text.strip()) if not m_sup else None
        number = None
        rest = ""
        if m_sup:
            number, rest = int(m_sup.group(1).translate(_SUPERSCRIPTS)), m_sup.group(2)
        elif m_plain and int(m_plain.group(1)) in (expected, expected + 1):
            number, rest = int(m_plain.group(1)), m_plain.group(2)
        if number is None:
            i += 1
            continue
        # gather the footnote: title lines, then URL lines with wrapped continuations
        title_parts: list[str] = []
        urls: list[str] = []
        taken: set[int] = set()  # the note's lines, kept only when it is a note
        j = i
        first = True
        lines_seen = 0
        # a note without a URL is a note when the text above carries its number glued to a word
        referenced = bool(m_plain) and _referenced(lines, i, number)
        while j < body.stop and lines_seen < 12:
            t = rest if first else lines[j].text.strip()
            if not first and (
                sup.match(lines[j].text) or bracket.match(t) or (plain.match(t) and not t.startswith("http"))
            ):
                break
            if not first and (((m := NUMBERED.match(t)) and is_capitalised(m.group(2))) or word_chapter(t)):
                # the page foot ends where the next section's heading starts, numbered ("2.1 …") or
                # under a chapter word ("Kapitel 6 Personer …" right after a note on the same page)
                break
            if not t:
                if referenced and title_parts and not urls:
                    break  # a reference note ends at its paragraph's end
                j += 1
                continue
            if (
                not first
                and title_parts
                and title_parts[-1].endswith(".")
                and not urls
                and _heading_like(t)
                and not _URL.search(t)
            ):
                break  # "… personal." then "Webbinarier": the note ended, a sub-heading follows
            if t.startswith("http") or t.startswith("<http"):
                if urls and not first and t.startswith("http") and _URL.fullmatch(t.strip()):
                    # a second bare URL line right after: the repeat list starts here
                    break
                urls.append(t.strip("<> "))
            elif urls and _URL_FRAGMENT.match(t) and re.search(r"[/.\-%=_?&]", t):
                urls[-1] += t
            elif (
                title_parts
                and _ends_in_url(title_parts[-1])
                and _URL_FRAGMENT.match(t)
                and re.search(r"[/.\-%=_?&]", t)
            ):
                # "… 2023, https://www.regeringen.se/overenskommelser-och-" wrapped inside its URL
                title_parts[-1] += t
            elif urls or lines_seen > 4 or (not first and not m_plain):
                break
            else:
                title_parts.append(t)
            taken.add(j)
            first = False
            lines_seen += 1
            j += 1
        if m_plain and not urls and not any(_URL.search(t) for t in title_parts) and not referenced:
            # plain-number footnotes carry a URL (own line or inline) or a reference marked in the text
            # above, otherwise this is body text
            i += 1
            continue
        used |= taken
        title = clean(" ".join(title_parts))
        inline = _URL.findall(title)
        title = clean(_URL.sub("", title.replace("<", " ").replace(">", " ")))
        all_urls = [u.rstrip(".,;>") for u in [*inline, *urls]]
        notes[number] = Footnote(number, lines[i].number, title, tuple(all_urls))
        used.add(i)
        expected = number + 1
        i = j
    # repeated URL lists ("prefer the unwrapped repeat when present")
    repeats: list[tuple[int, str]] = []
    for k in range(body.start, body.stop):
        t = lines[k].text.strip()
        if k not in used and t.startswith("http") and _URL.fullmatch(t):
            used.add(k)
            repeats.append((k, t))
    fixed: dict[int, Footnote] = {}
    for n, note in notes.items():
        urls2 = []
        for u in note.urls:
            best = u
            for _, r in repeats:
                if r != u and r.startswith(u[:40]) and r.replace(" ", "") == u.replace(" ", ""):
                    best = r
            urls2.append(best)
        fixed[n] = Footnote(n, note.line, note.title, tuple(dict.fromkeys(urls2)))
    return fixed, used


def _bracket_referenced(lines: tuple[Line, ...], i: int, number: str, opening: str = "[") -> bool:
    """Whether a line above line ``i`` carries the reference "[number]" (or "(number)") inside its text.

    >>> from loader.model import Line
    >>> ls = tuple(Line(k + 1, t) for k, t in enumerate(["till regioner [1]. I maj", "", "[1] Beslut."]))
    >>> _bracket_referenced(ls, 2, "1"), _bracket_referenced(ls, 2, "2"), _bracket_referenced(ls, 2, "1", "(")
    (True, False, False)
    """
    closing = "]" if opening == "[" else ")"
    ref = re.compile(rf"\S\s*{re.escape(opening)}{number}{re.escape(closing)}")
    # notes collected at the end ("Noter") may stand far from their references
    return any(ref.search(lines[k].text) for k in range(0, i))


def _referenced(lines: tuple[Line, ...], i: int, number: int) -> bool:
    """Whether the text shortly above line ``i`` carries footnote ``number`` glued to a word's end
    ("förskolans personal4,", "vad vet vi?7", "2024.1 Överenskommelsen") and the note reads as a
    reference: one line that ends a sentence.

    >>> from loader.model import Line
    >>> ls = tuple(Line(k + 1, t) for k, t in enumerate(["stödet Psykisk hälsa i förskolan4, som", "",
    ...     "4 Folkhälsomyndigheten (2024). Psykisk hälsa i förskolan."]))
    >>> _referenced(ls, 2, 4), _referenced(ls, 2, 5)
    (True, False)
    """
    note = lines[i].text.strip()
    # a reference ends its sentence; a note may also be an address alone ("2 www.regeringen.se/…")
    address = bool(_ADDRESS_START.match(re.sub(r"^\d{1,3}\s+", "", note))) and len(note.split()) == 2
    if not (note.endswith((".", ".)")) or address) or len(note) > 300:
        return False
    # a year takes the digit with or without its full stop: "2024.1 Över…", "… i BUP 20256. Kart-";
    # a word takes it glued or after its sentence's full stop: "förklarar … den.3 SKR har"
    glued = re.compile(
        rf"(?:[a-zåäöé?)]\.?{number}(?=[\s,;:]|\.?\s*$)|(?<![\d.,])(?:19|20)\d\d\.?{number}(?=[\s,;:]|\.?(?:\s|$)))"
    )
    # notes collected at the end under a rule ("________") may stand far from their references
    above = 0 if _under_rule(lines, i) else max(0, i - 40)
    return any(glued.search(lines[k].text) for k in range(above, i))


_RULE = re.compile(r"^\s*(?:[_—–-]\s*){5,}$")


def _under_rule(lines: tuple[Line, ...], i: int) -> bool:
    """Whether line ``i`` stands in a block of notes under a separator rule ("________________"): the
    lines between the rule and it are notes (opening with a number), their wrapped lines, or blank.

    >>> from loader.model import Line
    >>> ls = tuple(Line(k + 1, t) for k, t in enumerate(["Text.", "________", "1 Beslut.", "", "2 Rapport."]))
    >>> _under_rule(ls, 4), _under_rule(ls, 0)
    (True, False)
    """
    wrapped = 0
    for k in range(i - 1, max(-1, i - 60), -1):
        t = lines[k].text.strip()
        if _RULE.match(t):
            return True
        if t and not re.match(r"^\d{1,3}\s", t):
            wrapped += 1
            if wrapped > 3:
                return False
        elif t:
            wrapped = 0
    return False


def _ends_in_url(text: str) -> bool:
    """Whether a footnote line ends inside a URL (its last word is one).

    >>> _ends_in_url("och suicidprevention 2023, https://www.regeringen.se/overenskommelser-och-")
    True
    >>> _ends_in_url("SKR:s webbplats, Tilläggsöverenskommelse 2023,")
    False
    """
    words = text.split()
    return bool(words) and _URL.fullmatch(words[-1].strip("<>")) is not None


def _body_end(lines: tuple[Line, ...], after: int) -> int:
    """Index of the first line from ``after`` that opens the appendices: an appendix's title as the
    appendix reader knows it (:func:`loader.layouts.appendix_tables.is_appendix_title`: "Bilaga 1",
    "Bilaga 2: Konferenser", "Bilaga B Mässor"), or the chapter "Bilagor", either under a chapter
    number ("4. Bilagor"); a contents entry ("Bilaga 1 Produkter\t18") is none.

    >>> lines = tuple(Line(i, t) for i, t in enumerate(["Text.", "Bilaga 1 Produkter\t18", "4. Bilagor", "x"], 1))
    >>> _body_end(lines, 0), _body_end(lines[3:], 0)
    (2, 1)
    """
    from loader.layouts.appendix_tables import is_appendix_title  # appendix_tables reads this module

    for i in range(after, len(lines)):
        label = re.sub(r"^\d+\.?\s+", "", lines[i].text.strip())  # the chapter's number ("4. Bilagor")
        if label == "Bilagor" or (is_appendix_title(label) and not _TOC_ENTRY.match(lines[i].text)):
            return i
    return len(lines)


def toc_chapter(raw: str, following: list[str], toc: list[tuple[str | None, str]]) -> tuple[str, str, int] | None:
    """A numbered heading that the contents list: (number, title, wrapped lines used).

    >>> toc_chapter("3 Suicidprevention ", [], [("3", "Suicidprevention")])
    ('3', 'Suicidprevention', 0)
    >>> toc = [("3", "Suicidprevention och stöd till efterlevande")]
    >>> toc_chapter("3 Suicidprevention och", ["stöd till efterlevande"], toc)
    ('3', 'Suicidprevention och stöd till efterlevande', 1)
    >>> toc_chapter("3 Suicidprevention", [], [("4", "Suicidprevention")]) is None
    True
    >>> toc_chapter(" 1.1 Samverkan ", ["SKR:s arbete utgår från"], [("1.1", "Samverkan")])
    ('1.1', 'Samverkan', 0)
    """
    m = CHAPTER.match(raw)
    if not m or not toc:
        return None
    wanted = {fold(t) for n, t in toc if n == m.group(1)}
    if not wanted:
        return None
    title = clean(m.group(2))
    for n in range(len(following) + 1):
        joined = clean(" ".join([title, *following[:n]]))
        if fold(joined.rstrip(" .")) in wanted:
            return m.group(1), joined.rstrip(" ."), n
    return None


def _headings(
    lines: tuple[Line, ...], body: range, skip: set[int], toc: list[tuple[str | None, str]]
) -> tuple[list[Heading], set[int]]:
    """Numbered, chapter (from the contents) and unnumbered sub-headings, in text order."""
    chapter_titles = {fold(t) for _, t in toc}
    width = _wrap_width(lines, body, skip)
    found: list[Heading] = []
    used: set[int] = set()
    last_num: tuple[int, ...] = ()
    prev_body = ""
    i = body.start
    while i < body.stop:
        if i in skip:
            i += 1
            continue
        raw = lines[i].text
        text = clean(raw)
        if not text:
            i += 1
            continue
        # continuation lines directly below (no blank line between) belong to a wrapped heading
        cont: list[int] = []
        j = i + 1
        while j < body.stop and len(cont) < 2 and lines[j].text.strip() and j not in skip:
            cont.append(j)
            j += 1
        chapter = toc_chapter(raw, [lines[k].text for k in cont], toc)
        if chapter is not None:
            number, title, wrapped = chapter
            num = tuple(int(x) for x in number.split("."))
            if num > last_num:
                found.append(Heading(lines[i].number, number, title, "numbered"))
                used.update([i, *cont[:wrapped]])
                last_num = num
                prev_body = ""
                i = (cont[wrapped - 1] if wrapped else i) + 1
                continue
        worded = word_chapter(raw)
        if worded is not None and (int(worded[0]),) > last_num:
            # "DEL 2 Barn och unga": a chapter under a chapter word, numbered on from the last heading
            found.append(Heading(lines[i].number, worded[0], worded[1], "numbered"))
            used.add(i)
            last_num = (int(worded[0]),)
            prev_body = ""
            i += 1
            continue
        one = next_chapter(raw, last_num) if not toc else None
        if one is not None and _next_is_paragraph(lines, i + 1, body.stop, skip):
            found.append(Heading(lines[i].number, one[0], one[1], "numbered"))
            used.add(i)
            last_num = (int(one[0]),)
            prev_body = ""
            i += 1
            continue
        m = NUMBERED.match(raw)
        if m and len(text) < 400 and is_capitalised(m.group(2)):
            num = tuple(int(x) for x in m.group(1).split("."))
            if num > last_num:
                # A heading wraps onto short lines; a full-width line, a bullet or a sentence's end below it
                # is the running text of a single-spaced report, which starts right under its heading.
                wraps = []
                for k in cont:
                    t = lines[k].text.strip()
                    full = width is not None and len(t) >= 0.8 * width
                    # a title wraps onto a line of a few words; a line of many words is running text set
                    # right under the heading, in an export whose paragraphs run on unwrapped
                    full = full or len(t.split()) > 10 or bool(NUMBERED.match(lines[k].text))  # or the next heading
                    # a sentence's end, with or without a footnote number glued after it ("… äldre.2")
                    if full or is_bullet(lines[k].text) or re.search(r"[.!?]\d{0,3}(?:\s|$)", t):
                        break  # … or a line holding a sentence's end
                    wraps.append(k)
                cont = wraps
                title = clean(" ".join([m.group(2), *(lines[k].text for k in cont)]))
                if (len(title) < 400 and not title.endswith((".", ","))) or m.group(1) in {n for n, _ in toc}:
                    found.append(Heading(lines[i].number, m.group(1), title.rstrip(" ."), "numbered"))
                    used.update([i, *cont])
                    last_num = num
                    prev_body = ""
                    i = cont[-1] + 1 if cont else i + 1
                    continue
        joined = clean(" ".join([text, *(lines[k].text for k in cont)]))
        for candidate, extra in ((joined, cont), (text, [])):
            if fold(candidate) in chapter_titles and not NUMBERED.match(raw):
                found.append(Heading(lines[i].number, None, candidate, "chapter"))
                used.update([i, *extra])
                prev_body = ""
                i = (extra[-1] if extra else i) + 1
                break
        else:
            words = text.split()
            if (
                not cont
                and 1 <= len(words) <= 9
                and len(text) <= 80
                and (width is None or len(text) < 0.8 * width)  # a full-width line is wrapped running text
                and is_capitalised(text)
                and not is_bullet(raw)
                and not text.endswith((".", ",", ":", ";", "-"))
                and low(words[-1]) not in STOP | CONT_OK
                and (not prev_body or len(prev_body) > 200 or prev_body.endswith((".", "!", "?", ")", "”", ":")))
                and not re.search(r"\.\s", text)
                and not text.startswith(("http", "<", "["))
                and not re.match(r"^\d", text)
                and _next_is_paragraph(lines, i + 1, body.stop, skip)
            ):
                found.append(Heading(lines[i].number, None, text, "sub"))
                used.add(i)
                prev_body = ""
            else:
                prev_body = text
            i += 1
    return found, used


def _wrap_width(lines: tuple[Line, ...], body: range, skip: set[int]) -> int | None:
    """The width running text wraps at, when the export wraps paragraphs into lines (most body lines
    end mid-sentence at about the same length); None when paragraphs are printed on one line each.

    >>> from loader.model import Line
    >>> wrapped = ["Det nationella nätverket för regionala samordnare inom psykisk hälsa har", "",
    ...            "sex digitala möten och en fysisk träff i Uppsala i oktober och november 2024", ""] * 6
    >>> _wrap_width(tuple(Line(k + 1, t) for k, t in enumerate(wrapped)), range(0, 24), set())
    76
    >>> _wrap_width(tuple(Line(1, "Kort.") for _ in range(6)), range(0, 6), set()) is None
    True
    """
    sizes = sorted(len(lines[i].text.strip()) for i in body if i not in skip and lines[i].text.strip())
    if len(sizes) < 10:
        return None
    wide = sizes[int(len(sizes) * 0.75)]
    mid_sentence = sum(
        1
        for i in body
        if i not in skip
        and wide * 0.85 <= len(t := lines[i].text.strip()) <= wide * 1.1
        and not t.endswith((".", ":", "!", "?"))
    )
    return wide if 40 <= wide <= 120 and mid_sentence >= 0.3 * len(sizes) else None


def _next_is_paragraph(lines: tuple[Line, ...], start: int, stop: int, skip: set[int], stacked: bool = True) -> bool:
    """Whether a paragraph follows, possibly below one more heading ("Arbete och sjukfrånvaro" over
    "Forskningsöversikt")."""
    for j in range(start, min(stop, start + 6)):
        if j in skip:
            continue
        t = lines[j].text.strip()
        if t and stacked and _heading_like(t) and not NUMBERED.match(lines[j].text):
            return _next_is_paragraph(lines, j + 1, stop, skip, stacked=False)
        if t:
            # a paragraph may open with a lower-case address: "www.genombrott.nu är ett webbverktyg …"
            opens = is_capitalised(t) or bool(_ADDRESS_START.match(t))
            return len(t) > 60 and opens and not NUMBERED.match(lines[j].text)
    return False


def _heading_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 4
        and len(text) <= 40
        and is_capitalised(text)
        and not text.endswith((".", ",", ":", ";", "-"))
        and not is_bullet(text)
        and low(words[-1]) not in STOP | CONT_OK
    )


def _find_markers(
    text: str, notes: list[Footnote], cursor: int, line_number: int
) -> tuple[str, list[tuple[int, int]], int]:
    """Remove glued plain-digit footnote markers expected in order; return text, markers, cursor."""
    out: list[tuple[int, int]] = []
    pos = 0
    while cursor < len(notes):
        note = notes[cursor]
        if line_number > note.line:
            cursor += 1
            continue
        hit = None
        for m in re.finditer(r"\d+", text[pos:]):
            s, e = m.start() + pos, m.end() + pos
            run = m.group()
            prev = text[s - 1] if s > 0 else " "
            nxt = text[e] if e < len(text) else " "
            if nxt.isalpha():
                continue
            body = None
            if not prev.isspace() and not prev.isdigit() and prev not in "-–/:.,+%§" and prev != "(":
                body = run
                offset = s
            elif prev == "." and nxt.isspace() and re.search(r"(?:[a-zåäö]|(?<!\d)(?:19|20)\d\d)\.$", text[:s]):
                # a marker after the sentence's full stop: "förklarar … den.3", "… 2024.1 Överenskommelsen"
                body = run
                offset = s
            elif run[:2] in ("19", "20") and len(run) > 4 and (prev.isspace() or prev in "(["):
                body = run[4:]
                offset = s + 4
            if body is None:
                continue
            numbers: list[int] = []
            k, rest = cursor, body
            while rest and k < len(notes) and rest.startswith(str(notes[k].number)):
                numbers.append(notes[k].number)
                rest = rest[len(str(notes[k].number)) :]
                k += 1
            if numbers and not rest:
                hit = (offset, e, numbers)
                break
        if hit is None:
            break
        offset, e, numbers = hit
        text = text[:offset] + text[e:]
        out.extend((offset, n) for n in numbers)
        cursor += len(numbers)
        pos = offset
    return text, out, cursor


def parse(doc: Document) -> Parsed:
    lines = doc.lines
    toc_range, toc = read_toc(lines)
    start = toc_range.stop if toc_range else 0
    end = _body_end(lines, start)
    body = range(0, end)
    pages = {ln.number: page for ln, page in zip(lines, page_of_lines(doc), strict=True)}
    notes, note_lines = read_footnotes(lines, body)
    header_re = re.compile(r"^(\S.*\S)\s+(\d{1,3})\s*$")
    header_counts = Counter(m.group(1) for ln in lines if (m := header_re.match(ln.text)))
    skip = set(note_lines) | set(toc_range) | page_foot_lines(lines) | running_head_lines(lines) | bar_feet(lines)
    skip |= {i for i in body if _RULE.match(lines[i].text)}  # the rule over the notes is no text
    skip |= captioned_tables(lines, body)
    for i in body:
        m = header_re.match(lines[i].text)
        if m and header_counts[m.group(1)] >= 2 and len(m.group(1)) > 15:
            skip.add(i)
    heads, head_lines = _headings(lines, body, skip, toc)
    head_at = {h.line: k for k, h in enumerate(heads)}
    plain_notes = sorted((n for n in notes.values() if not _has_sup(lines, n)), key=lambda n: n.number)
    parts: list[str] = []
    length = 0
    offsets: list[int] = []
    offset_lines: list[int] = []
    heading_offsets: list[int] = [0] * len(heads)
    markers: list[tuple[int, int]] = []
    bullets: list[list[tuple[int, str]]] = []
    cursor = 0
    last_was_bullet = False

    def emit(s: str) -> None:
        nonlocal length
        parts.append(s)
        length += len(s)

    for i in body:
        ln = lines[i]
        if ln.number in head_at:
            heading_offsets[head_at[ln.number]] = length
            emit("\n")
            last_was_bullet = False
            continue
        if i in skip or i in head_lines:
            continue
        raw = ln.text
        if not raw.strip():
            continue
        text, found, cursor = _find_markers(raw.strip(), plain_notes, cursor, ln.number)
        # superscript markers
        sup_hits = [(m.start(), int(m.group().translate(_SUPERSCRIPTS))) for m in re.finditer(f"[{_SUP}]+", text)]
        if sup_hits:
            cleaned = ""
            last = 0
            for m in re.finditer(f"\\s?[{_SUP}]+", text):
                cleaned += text[last : m.start()]
                found.append((len(cleaned), int(m.group().strip().translate(_SUPERSCRIPTS))))
                last = m.end()
            text = cleaned + text[last:]
        text = clean(text)
        bulleted = is_bullet(raw)
        if bulleted:
            item = emphasis_as_quotes(strip_bullet(raw))
            if last_was_bullet and bullets:
                bullets[-1].append((ln.number, clean(item)))
            else:
                bullets.append([(ln.number, clean(item))])
            last_was_bullet = True
        elif last_was_bullet and raw[:1].isspace() is False and is_capitalised(text):
            last_was_bullet = False
        elif last_was_bullet and bullets:
            # continuation of a bullet item wrapped over lines
            n0, t0 = bullets[-1][-1]
            bullets[-1][-1] = (n0, emphasis_as_quotes(clean(f"{t0} {text}")))
        prev = "".join(parts[-1:])
        if bulleted:
            emit("\n")
            text = strip_bullet(text)
        if prev and not prev.endswith("\n"):
            if (
                re.search(r"[a-zåäöé]-$", prev)
                and re.match(r"[a-zåäö]", text)
                and not re.match(r"(och|eller|samt|till)\b", text)
            ):
                parts[-1] = prev[:-1]
                length -= 1
            else:
                emit(" ")
        offsets.append(length)
        offset_lines.append(ln.number)
        markers.extend((length + off, n) for off, n in found)
        emit(text)
    stream = emphasis_as_quotes("".join(parts))
    sentences = _sentences(stream, offsets, offset_lines, heading_offsets)
    return Parsed(
        doc,
        toc,
        heads,
        notes,
        stream,
        offsets,
        offset_lines,
        heading_offsets,
        sentences,
        sorted(markers),
        pages,
        [b for b in bullets if len(b) >= 2],
    )


def captioned_tables(lines: tuple[Line, ...], body: range) -> set[int]:
    """The lines of tables under a numbered caption ("Tabell 1. Spridning av material 2042"): the caption
    and the tab-separated rows after it (blank lines between rows allowed). A table's header and cells
    are no running text: read as a sentence, its header words join into a false name ("2042 Material
    Antal"), and the items its rows repeat are named in the text around it.

    >>> from loader.model import Line
    >>> tab = chr(9)
    >>> rows = ["Text.", "Tabell 2. Deltagare 2040", f"Kurs{tab}Antal", f"Lugna samtal{tab}120", "Mer text."]
    >>> rows.append(f"Kurs{tab}Antal")
    >>> sorted(captioned_tables(tuple(Line(k + 1, t) for k, t in enumerate(rows)), range(len(rows))))
    [1, 2, 3]
    """
    out: set[int] = set()
    for i in body:
        if not CAPTION.match(lines[i].text) or "\t" in lines[i].text:
            continue
        rows = []
        for j in range(i + 1, min(body.stop, i + 60)):
            t = lines[j].text
            if "\t" in t.strip():
                rows.append(j)
            elif t.strip():
                break
        if rows:
            out |= {i, *range(i + 1, rows[-1] + 1)}
    return out


def _has_sup(lines: tuple[Line, ...], note: Footnote) -> bool:
    for ln in lines:
        if ln.number == note.line:
            return bool(re.match(f"^\\s*[{_SUP}]", ln.text))
    return False


def _sentences(text: str, offsets: list[int], offset_lines: list[int], heading_offsets: list[int]) -> list[Sentence]:
    """The stream's sentences, cut paragraph by paragraph by the shared splitter (:mod:`loader.document`)."""
    out: list[Sentence] = []
    pos = 0
    bounds: list[tuple[int, int]] = []
    for para in text.split("\n"):
        bounds += [(pos + s, pos + e) for s, e in sentence_spans(para)]
        pos += len(para) + 1
    order = sorted(range(len(heading_offsets)), key=lambda k: heading_offsets[k])
    sorted_offsets = [heading_offsets[k] for k in order]
    for s, e in bounds:
        seg = text[s:e].strip()
        if not seg:
            continue
        s2 = s + (len(text[s:e]) - len(text[s:e].lstrip()))
        li = bisect.bisect_right(offsets, s2) - 1
        hi = bisect.bisect_right(sorted_offsets, s2) - 1
        out.append(
            Sentence(
                s2,
                s2 + len(seg),
                seg,
                offset_lines[max(li, 0)] if offset_lines else 1,
                order[hi] if hi >= 0 else -1,
            )
        )
    return out
