"""Slide-deck layout: short text-box lines, organisation lists, letter-spaced titles.

What a deck names is read from its slide conventions, not from one deck's blocks:

* an overview slide (a title, an "…områden" heading, numbered or lettered areas) and its
  initiative; delarenor numbered "1.1"; participants listed under sector headings;
* a title slide: the deck's title with a dash subtitle that says what it is, and a line of
  organisations joined by "och" (the senders);
* a slide title with a line below that says what the title is ("Ett team på skolan …",
  "Webbutbildning för …"), its aim ("Syfte: …"), its commission ("Uppdrag av …") or a presenter's
  name and e-mail; a "Pilot <years>" slide dating the trial of the thing before it;
* a heading naming a class ("Exempel på nationella initiativ") over item titles; member lists
  (professions, "<Organisation>, <role>") under a team's title;
* named things in running lines by the cue nouns of the vocabulary (:mod:`loader.layouts.cues`),
  pilots of a model and their municipalities, working groups of a programme, grant tables and
  dated events.

>>> unspace("T I D I G  U P P T Ä C K T")
'TIDIG UPPTÄCKT'
>>> SlidesLayout().extract(Document(report="r", lines=()))
[]
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from rdflib import SKOS, Graph, Literal, URIRef

from loader.actors import guess_type
from loader.document import artefact_lines
from loader.facts import years_in_text
from loader.grammar import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CONJUNCTIONS,
    DEFINITE_ENDINGS,
    FUNCTION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    SEASONS,
    SUBJUNCTIONS,
    finite_verb,
    month,
    person_noun,
    present_with_object,
    venue,
)
from loader.grammar import folded as folded_words
from loader.layouts.base import Layout
from loader.layouts.bullets import SUB_GLYPHS, bullet, is_bullet, margin_dash, only_glyph, strip_bullet
from loader.layouts.cues import (
    Cue,
    CueNouns,
    Named,
    cue_nouns,
    find_named,
    is_organisation,
    lexicon,
    name_at,
    stem_key,
)
from loader.lexicon import VOCAB_DIR
from loader.model import ActorRole, Document, Mention, Relation, Source
from loader.refers_back import definite, title_refers_back
from loader.text import clean, fold, quote

__all__ = ["SlidesLayout", "sector_types", "unspace"]


_MONTH_RE = "|".join(MONTHS)

_ITEM = re.compile(r"^([A-Z]|[1-9])\.\s+(\S.*)$")
_DELARENA = re.compile(r"^(\d{1,2}\.\d{1,2})\s+([A-ZÅÄÖ].*)$")
#: A question on a slide opens with an interrogative (or "Genom …?" answering "how"); a text
#: box of questions continues over lines that each start a new question.
_QUESTION_START = re.compile(
    r"^(?:" + "|".join(sorted(w.capitalize() for w in SUBJUNCTIONS | {"genom"} if w not in ("att", "som"))) + r")\b"
)
_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][A-Za-zÅÄÖåäöé-]+) (kommun|KOMMUN)\b")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})$")
# "<title> – <event noun> 11 oktober 2019": a programme line of a conference deck; the event
# noun is any cue noun of kind event (checked in ``_events``).
_WORKSHOP = re.compile(
    rf"^(.+?) – (\w+)\s+(\d{{1,2}}) ({_MONTH_RE}),? (\d{{4}})$",
    re.IGNORECASE,
)
_DATED_EVENT = re.compile(rf"^(\d{{1,2}}) ({_MONTH_RE}) (\d{{4}}), kl\.", re.IGNORECASE)
_PERSON = re.compile(r"^([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)")
_EMAIL = re.compile(r"([\w.-]+)@([\w-]+\.[a-z]{2,})")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>”\"]+")
_GOAL_HEAD = re.compile(r"^(MÅL|Mål|Övergripande mål|Delmål \d+|Syfte|Övergripande syfte)\s*:?$")
_TARGET_HEAD = re.compile(r"^(MÅLGRUPP|Målgrupp)\s*:?$")
# Swedish slides write a year as "-19" after a month or season ("färdigt i maj -19",
# "hösten -20", "ht – 20"): the short-year convention, read wherever a date is due.
_SHORT_YEAR = re.compile(rf"(?:\b({_MONTH_RE}|{'|'.join(sorted(SEASONS))})\s*)?[-–]\s?(\d{{2}})\b(?![-–]?\d)", re.I)


def unspace(text: str) -> str:
    """Undo letter-spacing ("A R B ET S S ÄT T" → "ARBETSSÄTT"); other text is returned as is.

    >>> unspace("2 0 1 8 - 2 0 1 9")
    '2018-2019'
    >>> unspace("Region Skåne")
    'Region Skåne'

    Short words are no letter-spacing: spaced letters leave no token longer than three.

    >>> unspace("Så är vi organiserade")
    'Så är vi organiserade'
    """
    tokens = [t for t in text.split(" ") if t]
    if len(tokens) < 4 or sum(len(t) <= 2 for t in tokens) / len(tokens) < 0.7 or max(map(len, tokens)) > 3:
        return text
    words = [w.replace(" ", "") for w in re.split(r"\s{2,}", text.strip())]
    return " ".join(w for w in words if w)


_PG_SECTOR = URIRef("https://w3id.org/psykgraf/ontology#sectorHeading")


@cache
def _sector_headings() -> dict[str, str]:
    """Folded sector heading -> actor-type code, from ``pg:sectorHeading`` in actor-type.ttl; a
    heading of the scheme itself ("Regionala aktörer") names no type: code ""."""
    graph = Graph().parse(Path(VOCAB_DIR) / "actor-type.ttl", format="turtle")
    out: dict[str, str] = {}
    for concept, word in graph.subject_objects(_PG_SECTOR):
        code = graph.value(concept, SKOS.notation)
        if isinstance(word, Literal) and code is not None:
            typed = (concept, SKOS.inScheme, None) in graph
            out.setdefault(fold(str(word)), str(code) if typed else "")
    return out


def sector_types(heading: str) -> tuple[str, ...] | None:
    """Actor-type codes of a sector heading, or ``None`` if ``heading`` is not one.

    A slide that lists participating organisations groups them under sector headings, one
    sector or several joined by "/", "&", "," or "och"; "Forts." continues a sector from the
    previous slide. The headings are ``pg:sectorHeading`` values of the actor-type vocabulary.

    >>> sector_types("Forts. civilsamhälle")
    ('civilsamhalle',)
    >>> sector_types("SKR/Regioner/kommuner")
    ('kommunsektorn', 'region', 'kommun')
    >>> sector_types("Rädda Barnen") is None, sector_types("Regionala aktörer")
    (True, ())
    >>> sector_types("Myndigheter och andra"), sector_types("Andra") is None
    (('myndighet',), True)
    """
    headings = _sector_headings()
    key = fold(heading)
    key = re.sub(r"^forts\.?\s*", "", key).strip(" .:")
    if not key:
        return None
    joins = "|".join(sorted(folded_words(CONJUNCTIONS)))
    parts = [p.strip() for p in re.split(rf"[/&,]|\s(?:{joins})\s", key) if p.strip()]
    types: list[str] = []
    quantifiers = folded_words(QUANTIFIERS)
    if all(part in quantifiers for part in parts):
        return None
    for part in parts:
        if part in quantifiers:
            continue  # "Myndigheter och andra", "Kommuner och övriga": the rest of the list, no type
        if part not in headings:
            # Text boxes exported from slides slip a letter now and then (doubled, dropped);
            # one slip in a sector word still names the sector.
            close = difflib.get_close_matches(part, list(headings), n=1, cutoff=0.9)
            if not close:
                return None
            part = close[0]
        if headings[part] and headings[part] not in types:
            types.append(headings[part])
    return tuple(types)


@dataclass(frozen=True)
class _Row:
    number: int
    raw: str
    text: str
    page: int | None
    #: The first non-blank line of a slide (a page of the document model, ``loader.document``).
    slide_start: bool = False
    #: Whether the deck marks its slides ("Bild n"): then indented lines are wrapped bullet text,
    #: not the first line of a page.
    marked: bool = False
    #: The line's list level in an outline export (:func:`_outline_levels`; 0 elsewhere).
    level: int = 0
    #: The second-level glyph the deck writes all its items with (:func:`only_glyph`), its first level.
    top: str = ""
    #: Whether the line hangs under the list item right above it (indented, no glyph): the item's
    #: wrapped text ("▪ Polisen, lokalpolisområde" / "  Västervik"), no slide's first line.
    hanging: bool = False

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def bullet(self) -> bool:
        """Whether the line is a list item (any glyph; private-use glyphs are gone from ``text``),
        or an indented line of an outline export, whose level is the list level."""
        return bool(self.text) and (self.level > 0 or is_bullet(self.raw))

    @property
    def first_level(self) -> bool:
        """Whether the line is a first-level list item: a solid glyph, or an outline's first indent
        with no glyph (a dash or hollow glyph marks the second level)."""
        b = bullet(self.raw)
        if b is not None:
            return b.glyph == self.top or (not b.dash and b.glyph not in SUB_GLYPHS)
        return self.level == 1

    @property
    def sub_item(self) -> bool:
        """Whether the line is a second-level list item: a dash or hollow glyph, or an outline's
        second indent or deeper."""
        b = bullet(self.raw)
        return (b is not None and b.sub and b.glyph != self.top) or self.level >= 2

    @property
    def item(self) -> str:
        """The line's text without its bullet glyph."""
        return clean(strip_bullet(self.raw)) if self.bullet else self.text

    @property
    def page_start(self) -> bool:
        """Whether a new slide starts here: a page break of the document model, or a line
        indented by one space right after text (the pdftotext convention for a page's first line;
        an outline export indents its list levels instead). A line indented further is the text
        box's own indentation, a nested list item or a wrapped name ("    ▪ Del ett" under "Filmer:")."""
        if self.hanging:
            return False
        indented = self.raw[:1].isspace() and not self.raw[1:2].isspace()
        return self.slide_start or bool(not self.marked and not self.level and indented and self.text)


#: A place's name in an organisation's: "<Place>[s] kommun|stad|län", "Region <Place>".
_PLACE_OF = re.compile(
    r"\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?) (?:kommun|stad|län)\b|\bRegion ([A-ZÅÄÖ][a-zåäöé]+)\b"
)


#: A slide marker on its own line, as slide software writes it when exporting a deck to text.
_SLIDE_MARKER = re.compile(r"^\s*(?:Bild|Slide|Sida|BILD|SLIDE)\s+(\d{1,3})\s*$")


def _slide_markers(doc: Document) -> dict[int, int]:
    """Slide markers of ``doc`` (line index → slide number) when the deck numbers its slides:
    at least three markers counting up ("Bild 1", "Bild 2", …); else none.

    >>> from loader.model import Line
    >>> lines = [Line(k + 1, t) for k, t in enumerate(["Bild 1", "Titel", "Bild 2", "A", "Bild 3", "B"])]
    >>> _slide_markers(Document("r", tuple(lines)))
    {0: 1, 2: 2, 4: 3}
    """
    found = {k: int(m.group(1)) for k, ln in enumerate(doc.lines) if (m := _SLIDE_MARKER.match(ln.text))}
    numbers = list(found.values())
    if len(numbers) < 3 or any(b <= a for a, b in itertools.pairwise(numbers)):
        return {}
    return found


#: A slide counter on its own line, as a deck exported to text prints it in every slide's corner:
#: "4 / 16" (groups: slide, count).
_SLIDE_COUNTER = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$")


def _slide_furniture(doc: Document) -> frozenset[int]:
    """Slide counters ("4 / 16") and the footer repeated above them ("Region X | Titel 2034").

    A counter counts when at least three lines give the same count; a footer is a line repeated
    verbatim on at least three slides, each time right above a counter or as a slide's last line.

    >>> from loader.model import Line
    >>> texts = ["Titel", "Fot | Dag", "1 / 3", "\fA", "Fot | Dag", "2 / 3", "\fB", "Fot | Dag", "3 / 3"]
    >>> sorted(_slide_furniture(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))))
    [1, 2, 4, 5, 7, 8]

    A footer may end in the counter itself ("Titel 2042 · Bild 2/3"): the words before it repeat.

    >>> texts = ["Titel", "Fot 2042 · Bild 1/3", "A", "Fot 2042 · Bild 2/3", "B", "Fot 2042 · Bild 3/3"]
    >>> sorted(_slide_furniture(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))))
    [1, 3, 5]
    """
    lines = doc.lines
    found = {k: m for k, ln in enumerate(lines) if (m := _SLIDE_COUNTER.match(ln.text))}
    counts = Counter(m.group(2) for m in found.values())
    counters = {k for k, m in found.items() if counts[m.group(2)] >= 3 and int(m.group(1)) <= int(m.group(2))}

    def nxt(k: int) -> int | None:
        return next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)

    def at_foot(k: int) -> bool:
        j = nxt(k)
        return j is None or j in counters or lines[j].page != lines[k].page or lines[j].text.startswith("\f")

    repeated = Counter(ln.text.strip() for ln in lines if ln.text.strip())
    feet: dict[str, list[int]] = {}
    for k, ln in enumerate(lines):
        text = ln.text.strip()
        if repeated[text] >= 3 and k not in counters and len(text) <= 100:
            feet.setdefault(text, []).append(k)
    footers = {k for ks in feet.values() if all(at_foot(k) for k in ks) for k in ks}
    # A footer that carries the counter itself ("Titel 2042 · Bild 3/17"): the same words before
    # a counter of the same count on at least three lines.
    counted: dict[tuple[str, str], list[int]] = {}
    for k, ln in enumerate(lines):
        if (m := _FOOT_COUNTER.search(ln.text.strip())) is not None and int(m.group(1)) <= int(_foot_count(m)):
            counted.setdefault((ln.text.strip()[: m.start()], _foot_count(m)), []).append(k)
    footers |= {k for (words, _), ks in counted.items() if words and len(ks) >= 3 for k in ks}
    return frozenset(counters | footers) if counters or footers else frozenset()


#: A report's page foot names the page ("sida 3 av 12", "s. 3").
_PAGE_WORD = re.compile(r"\b(?:[Ss]ida|SIDA|s\.)\s*\d")
#: A foot naming the slide by its number ("Bild 4", "· bild 3/18", "Slide 3 av 17").
_SLIDE_WORD = re.compile(r"\b(?:[Bb]ild|BILD|[Ss]lide)\s+\d{1,3}\b")


def _slide_counts(texts: list[str]) -> int:
    """How many slides a deck's running foot counts: lines repeated with only their numbers
    changed that end in a counter of one total ("… · bild 3/18", "| 3 av 16", "4 / 16") or name a
    slide by its number ("Bild 4"). A report's page foot ("s. 4", "sida 4") counts no slides.

    >>> _slide_counts([f"Ort · Kraftsamling 2054 · bild {n}/18" for n in range(2, 6)] + ["Bild 1. En figur"])
    4
    >>> _slide_counts([f"Ort · Handlingsplan 2055 · s. {n}" for n in range(2, 6)] + ["Sida 2 av 9"] * 3)
    0
    """
    shapes: Counter[tuple[str, str]] = Counter()
    for t in texts:
        if len(t) > 100 or _PAGE_WORD.search(t):
            continue  # "Sida 3 av 12": a report's page, not a slide
        m = _SLIDE_COUNTER.match(t) or _FOOT_COUNTER.search(t)
        if m is not None and int(m.group(1)) <= int(_foot_count(m)):
            shapes[(re.sub(r"\d+", "#", t[: m.start()]), _foot_count(m))] += 1
        elif _SLIDE_WORD.search(t):
            shapes[(re.sub(r"\d+", "#", t), "")] += 1
    return max(shapes.values(), default=0)


#: A slide counter closing a footer line: "· Bild 3/17", "| 3 / 17", "– Slide 3 av 17", or the
#: count in brackets after the number as some exports write it, "· 4 (17)" (groups: slide, count).
_FOOT_COUNTER = re.compile(
    r"(?:\s*[·|•–—-]\s*|\s+)(?:(?:Bild|Slide|Sida|bild|slide|sida)\s+)?(\d{1,3})\s*(?:(?:/|av|of)\s*(\d{1,3})|\((\d{1,3})\))$"
)


def _foot_count(m: re.Match[str]) -> str:
    """The count of a :data:`_FOOT_COUNTER` match, after a slash or word or in brackets.

    >>> _foot_count(_FOOT_COUNTER.search("Ort · Kraftsamling 2040 · 4 (17)"))
    '17'
    >>> _foot_count(_FOOT_COUNTER.search("Ort | 3/9"))
    '9'
    """
    return m.group(2) or (m.group(3) if m.re.groups >= 3 else "") or ""


#: A line's indentation (tabs and spaces) and its text.
_INDENT = re.compile(r"^([ \t]*)(\S.*)$")


def _outline_levels(doc: Document) -> dict[int, int]:
    r"""Line index → list level of an outline export (line index absent: level 0), else none.

    Slide software exporting a deck as an outline writes each slide's title at the margin and its
    text indented one step per list level, often with no bullet glyph: "Titel", "\tPunkt",
    "\t\t– Underpunkt". A step is a tab, or the smallest indentation of two or more spaces. The
    deck is an outline when at least a fifth of its text lines are indented by whole steps and
    no line is indented by a single space (pdftotext's mark of a page's first line).

    >>> from loader.model import Line
    >>> texts = ["Titel", "\tPunkt", "\t\t– Under", "\tPunkt två", "Titel två", "\tText"]
    >>> _outline_levels(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts))))
    {1: 1, 2: 2, 3: 1, 5: 1}
    >>> _outline_levels(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(["A", " B", "C", "  D"]))))
    {}
    """
    indents: dict[int, str] = {}
    texts = 0
    for k, ln in enumerate(doc.lines):
        m = _INDENT.match(ln.text.replace("\f", ""))
        if m is None:
            continue
        texts += 1
        if m.group(1):
            indents[k] = m.group(1)
    if not texts or len(indents) < max(3, texts / 5):
        return {}
    if any(ind == " " for ind in indents.values()):
        return {}
    spaces = [len(ind) for ind in indents.values() if "\t" not in ind]
    step = min(spaces) if spaces else 2
    if step < 2 or any(n % step for n in spaces):
        return {}
    return {k: ind.count("\t") + len(ind.replace("\t", "")) // step for k, ind in indents.items()}


#: Blank lines in a row that end a slide in an export that marks no page (no form feed, no indent).
_SLIDE_GAP = 3


def _gap_starts(doc: Document, furniture: frozenset[int] | set[int]) -> frozenset[int]:
    r"""Line indexes that open a slide after a run of :data:`_SLIDE_GAP` or more blank lines.

    Convention of a deck exported to text without page marks: the export writes every slide's
    text boxes apart by one blank line and the slides apart by a run of three or more, so such a
    run is the slide break, the line below it the next slide's title. Furniture (slide counters
    and feet) reads as blank. Only a deck that marks (almost) no slide otherwise is read so: one
    whose slides are marked may set a title three blank lines above its text.

    >>> from loader.model import Line
    >>> texts = ["Titel", "", "Text", "", "", "", "Nästa bild", "", "Text"]
    >>> sorted(_gap_starts(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts))), set()))
    [6]
    """
    out: set[int] = set()
    run, seen = 0, False
    for k, ln in enumerate(doc.lines):
        if k in furniture or not ln.text.strip():
            run += 1
            continue
        if seen and run >= _SLIDE_GAP:
            out.add(k)
        run, seen = 0, True
    return frozenset(out)


class _Deck:
    """The document's lines, cleaned, with the slide heading of every line."""

    def __init__(self, doc: Document) -> None:
        self.report = doc.report
        # Slides are the document model's pages (``Line.page`` set by ``loader.document.paginate``).
        self.rows = []
        page: int | None = None
        # Page furniture (a running foot "Title 2026<TAB><TAB>10" repeated on the slides with
        # the slide number) is no slide text: it reads as a blank line.
        # A deck's own furniture, the slide counter "4 / 16" and the footer above it, likewise.
        furniture = artefact_lines(doc) | _slide_furniture(doc)
        # Explicit slide markers ("Bild 3", "Slide 3" on their own line) start and number the
        # slides; the marker itself is no slide text.
        markers = _slide_markers(doc)
        # An outline export indents list levels (no page starts); a marked deck has its markers.
        levels = {} if markers else _outline_levels(doc)
        marked: int | None = None
        # A deck writing all its items with one second-level glyph ("»") has that glyph as its first level.
        # A deck writing its items with a dash at the margin (other glyphs only indented below them)
        # has the dash as its first level (:func:`margin_dash`).
        texts = [ln.text for ln in doc.lines]
        top = only_glyph(texts) or ("" if levels else margin_dash(texts)) or ""
        gaps = _gap_starts(doc, furniture | set(markers)) if not markers and not levels else frozenset()
        for k, ln in enumerate(doc.lines):
            text = "" if k in furniture or k in markers else clean(unspace(ln.text))
            number = ln.page
            if markers:
                if k in markers:
                    marked = markers[k]
                number = marked if marked is not None else ln.page
            starts = bool(text) and number is not None and page is not None and number != page
            if text and number is not None:
                page = number
            # A list item's text wrapped onto the next line with a hanging indent (two spaces or
            # more, no glyph, right below the item) is the item's, however pdftotext marks a page.
            above = doc.lines[k - 1].text if k else ""
            hanging = bool(
                text and not levels and ln.text.startswith("  ") and is_bullet(above) and not is_bullet(ln.text)
            )
            self.rows.append(
                _Row(ln.number, ln.text, text, number, starts, bool(markers), levels.get(k, 0), top, hanging)
            )
        # A deck that marks (almost) no slide of its own is read by its blank runs (:func:`_gap_starts`).
        if gaps and sum(row.page_start for row in self.rows) * 4 < len(gaps):
            self.rows = [
                replace(row, slide_start=True) if k in gaps and row.text else row for k, row in enumerate(self.rows)
            ]
        self._places: frozenset[str] | None = None
        self._cases: tuple[frozenset[str], frozenset[str]] | None = None
        self.headings: list[str] = []
        heading, blanks, after_title = "", 2, False
        for row in self.rows:
            if row.blank:
                blanks += 1
            else:
                # A run of blank lines opens a new text box, headed by its first line; but the
                # first box below a slide's title is that title's text, however far apart the
                # export sets them (a deck that leaves blank lines between all its lines).
                if row.page_start or (blanks >= 2 and not after_title):
                    heading = row.text[:120]
                after_title = row.page_start
                blanks = 0
            self.headings.append(heading)

    @property
    def places(self) -> frozenset[str]:
        """Place names the deck writes in its organisations' names: "Exempelby" of "Exempelby
        kommun", "Exempelbys kommun", "Region Exempelby", "Exempelbys län"."""
        if self._places is None:
            found: set[str] = set()
            for row in self.rows:
                for m in _PLACE_OF.finditer(row.text):
                    word = m.group(1) or m.group(2)
                    found.add(word)
                    if m.group(1) and word.endswith("s") and not word.endswith("ss"):
                        found.add(word[:-1])
            self._places = frozenset(found)
        return self._places

    def recased(self, text: str) -> str:
        """``text`` as the deck writes its words elsewhere, when ``text`` is set in capitals.

        A title in capitals ("TEAMET BAKOM STIGEN", "KRAFTSAMLING HÖGLANDET – VÅRA MÅL") says
        nothing by its capitals: which of its words are names the deck's other, mixed-case lines
        tell. A word written there with a capital inside a line is a name ("Stigen"), one written
        in capitals an abbreviation ("SKR"); every other word is common, in lower case; the title
        opens with a capital. A line not set in capitals is returned as it is.

        >>> from loader.model import Line
        >>> texts = ["Vi prövar Stigen med SKR", "", " TEAMET BAKOM STIGEN", "", " ARRANGEMANG UNDER VÅREN"]
        >>> deck = _Deck(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts))))
        >>> deck.recased("TEAMET BAKOM STIGEN"), deck.recased("SKR:S ARRANGEMANG"), deck.recased("Vi prövar")
        ('Teamet bakom Stigen', 'SKR:s arrangemang', 'Vi prövar')
        """
        letters = [c for c in text if c.isalpha()]
        if len(letters) < 4 or not all(c.isupper() for c in letters):
            return text
        if self._cases is None:
            names: set[str] = set()
            abbreviations: set[str] = set()
            for row in self.rows:
                words = re.findall(r"[^\W\d_]+", row.text)
                if sum(w.isupper() and len(w) > 1 for w in words) * 2 > len(words):
                    continue  # a line in capitals itself
                for k, w in enumerate(words):
                    if len(w) > 1 and w.isupper():
                        abbreviations.add(w)
                    elif k and w[:1].isupper():
                        names.add(w.lower())
            self._cases = (frozenset(names), frozenset(abbreviations))
        names_, abbreviations_ = self._cases

        def word(m: re.Match[str]) -> str:
            w = m.group(0)
            if w in abbreviations_:
                return w
            low = w.lower()
            if low in names_ or (low.endswith("s") and low[:-1] in names_):
                return low[:1].upper() + low[1:]
            return low

        out = re.sub(r"[^\W\d_]+", word, text)
        return out[:1].upper() + out[1:]

    def source(self, i: int, text: str | None = None) -> Source:
        row = self.rows[i]
        return Source(self.report, row.number, quote(text or row.text), row.page, self.headings[i])

    def next_nonblank(self, i: int, limit: int = 1_000_000) -> int | None:
        for j in range(i + 1, min(len(self.rows), i + 1 + limit)):
            if not self.rows[j].blank:
                return j
        return None

    def prev_nonblank(self, i: int) -> int | None:
        for j in range(i - 1, -1, -1):
            if not self.rows[j].blank:
                return j
        return None

    def blank_run_after(self, i: int) -> int:
        n = 0
        for j in range(i + 1, len(self.rows)):
            if not self.rows[j].blank:
                break
            n += 1
        return n

    def paragraph(self, i: int, max_lines: int = 12) -> tuple[str, int]:
        """Text from line ``i`` until a run of two blank lines or a page start."""
        parts = [self.rows[i].text]
        j = i
        while len(parts) < max_lines:
            nxt = self.next_nonblank(j)
            if nxt is None or self.blank_run_after(j) >= 2 or self.rows[nxt].page_start:
                break
            parts.append(self.rows[nxt].text)
            j = nxt
        return _join(parts), j

    def block_start(self, i: int) -> int:
        """First line of the run of non-blank lines that holds line ``i``."""
        while i > 0 and not self.rows[i - 1].blank and not self.rows[i].page_start:
            i -= 1
        return i

    def block(self, i: int) -> tuple[str, int]:
        """Line ``i`` and the non-blank lines right below it, then wrapped lowercase lines."""
        j = i
        while j + 1 < len(self.rows) and not self.rows[j + 1].blank and not self.rows[j + 1].page_start:
            j += 1
        text, last = self.continued(j)
        return _join([*(r.text for r in self.rows[i:j]), text]), last

    def continued(self, i: int, *, questions: bool = False) -> tuple[str, int]:
        """Line ``i`` with its wrapped continuation lines (lowercase starts, across blanks)."""
        parts = [self.rows[i].text]
        j = i
        while True:
            nxt = self.next_nonblank(j)
            if nxt is None or self.blank_run_after(j) >= 2 or self.rows[nxt].page_start:
                break
            text = self.rows[nxt].text
            lower = text[:1].islower()
            asks = questions and parts[-1].endswith("?") and bool(_QUESTION_START.match(text))
            if not (lower or asks):
                break
            parts.append(text)
            j = nxt
        return _join(parts), j


#: A line ending in the first part of a compound whose first element is a name of several words
#: ("Uppdrag Psykisk Hälsas Första linjen-" / "portal"): the hyphen is the compound's own, kept.
_NAME_COMPOUND = re.compile(r"(?:^|\s)[A-ZÅÄÖ][\wåäöÅÄÖ]*[^\Ws]\s+[\wåäöÅÄÖ]{3,}-$")

_NAME_COMPOUND_IN = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ]*[^\Ws]\s+[\wåäöÅÄÖ]{3,}-[a-zåäö]")


def _join(parts: list[str]) -> str:
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out.endswith("-") and part[:1].islower() and (out[-2:-1].isupper() or _NAME_COMPOUND.search(out)):
            out += part
        elif out.endswith("-") and part[:1].islower() and out[-2:-1] != " ":
            out = out[:-1] + part
        else:
            out = f"{out} {part}" if out else part
    return clean(out)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:].lower() if text.isupper() else text


class SlidesLayout(Layout):
    """Slide text of a conference: initiatives, focus areas, participants, pilots, grants."""

    name = "slides"

    def score(self, doc: Document) -> float:
        """High for short-line text with letter-spaced titles and few long paragraphs.

        A deck is recognised by several independent conventions, so that an edition that drops
        one (longer bullet lines, no letter-spaced titles) is still a deck by the others:

        * short lines: text boxes, not paragraphs (the main one);
        * letter-spaced titles and no long lines;
        * fragments, not sentences: almost no line of a slide ends with a full stop (a report's
          wrapped paragraphs end one line in five or six with one);
        * a slide counter on every slide's foot ("· bild 3/18", "| 3 av 16", "4 / 16", "Bild 4"),
          :func:`_slide_counts`.

        >>> from loader.model import Line
        >>> slide = ["Rubrik", "", "➤ Ett stöd i tid för barn i länet och deras föräldrar", "", "Ort · bild {n}/9"]
        >>> rows = [t.format(n=n) for n in range(1, 10) for t in slide]
        >>> SlidesLayout().score(Document("r", tuple(Line(k, t) for k, t in enumerate(rows, 1))))
        0.9
        """
        texts = [ln.text.strip() for ln in doc.lines if ln.text.strip()]
        if len(texts) < 20:
            return 0.0
        short = sum(len(t) <= 45 for t in texts) / len(texts)
        long_share = sum(len(t) > 90 for t in texts) / len(texts)
        spaced = sum(unspace(t) != t for t in texts)
        value = 0.6 * min(1.0, max(0.0, (short - 0.4) / 0.4))
        if short >= 0.5:
            value += 0.25 * min(spaced, 3) / 3 + (0.15 if long_share < 0.05 else 0.0)
            stops = sum(t.endswith(".") for t in texts) / len(texts)
            value += 0.2 * min(1.0, max(0.0, (0.12 - stops) / 0.07))
        if _slide_counts(texts) >= 3:
            value += 0.15
        return round(min(value, 1.0), 3)

    def listed_lines(self, doc: Document) -> frozenset[int]:
        """Lines the reader of running text leaves to this layout (their numbers): a slide's
        running foot and counter ("Ort · Kraftsamling 2040 · 4 (17)"), furniture and no sentence,
        and a slide's title set in capitals ("TEAMET BAKOM STIGEN", "UNGDOMSRÅDET TYCKER"), a
        heading whose capitals mark no names; what it names the layout reads (:meth:`_Deck.recased`).

        >>> from loader.model import Line
        >>> texts = ["Titel", "Ort · Dag · 1 (3)", "", " VILKA ÄR VI?", "Ankeby kommun", "Ort · Dag · 2 (3)",
        ...          "", " Vår plan", "» En väg in", "Ort · Dag · 3 (3)"]
        >>> sorted(SlidesLayout().listed_lines(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))))
        [2, 4, 6, 10]
        """
        deck = _Deck(doc)
        out = {row.number for row, ln in zip(deck.rows, doc.lines, strict=True) if row.blank and ln.text.strip()}
        for i, row in enumerate(deck.rows):
            letters = [c for c in row.text if c.isalpha()]
            if _slide_opening(deck, i) and len(letters) >= 4 and all(c.isupper() for c in letters):
                out.add(row.number)
        return frozenset(out)

    def extract(self, doc: Document) -> list[Mention]:
        """Initiative, work/focus areas, delarenor, participants, pilots, VIP groups, grants, events."""
        deck = _Deck(doc)
        if not deck.rows:
            return []
        out: list[Mention] = []
        initiative, areas = _areas(deck)
        if initiative is None:
            initiative = _title_initiative(deck, doc)
        participants = _participants(deck, initiative)
        if initiative is not None:
            out.append(_initiative(deck, initiative, participants))
            out.extend(areas)
        out.extend(_delarenor(deck, initiative.name if initiative else None))
        out.extend(participants)
        funder = _funder(deck)
        pilots = _pilots(deck)
        out.extend(pilots)
        out.extend(_vip(deck))
        out.extend(_grants(deck, funder))
        out.extend(_events(deck, initiative.name if initiative else None, pilots, funder))
        out.extend(_presented(deck, out))
        out.extend(_title_slide_organisations(deck, out))
        out.extend(_named_things(deck, out, _pilot_spans(deck, pilots)))
        out.extend(_member_lists(deck, out))
        out.extend(_organisation_boxes(deck, out))
        out.extend(_form_labelled_items(deck, out))
        out.extend(_lead_in_items(deck, out))
        out.extend(_bracket_units(deck, out))
        out.extend(_who_lines(deck, out))
        out.extend(_labelled_names(deck, out))
        out.extend(_cited_sources(deck, out))
        out.extend(_used_items(deck, out))
        out.extend(_used_objects(deck, out))
        out.extend(_noun_named_items(deck, out))
        out.extend(_plan_items(deck, out))
        out.extend(_kind_lists(deck, out))
        out.extend(_named_teams(deck, out))
        out.extend(_series_parts(deck, out))
        out.extend(_container_parts(deck, out))
        out = _same_as_actor(out)
        out = _named_again(out)
        out.sort(key=lambda m: m.source.line)
        return out


# --- initiative, work areas and focus areas -------------------------------------------------


def _item_run(deck: _Deck, start: int) -> list[tuple[int, str, str]]:
    """Numbered then lettered items (1., 2., … A., B., …) from ``start``, with wrapped lines."""
    items: list[tuple[int, str, str]] = []
    i: int | None = start
    expect_num, expect_letter, seen_letter = 1, "A", False
    while i is not None:
        m = _ITEM.match(deck.rows[i].text)
        if not m:
            break
        code = m.group(1)
        if code.isdigit():
            if seen_letter or code != str(expect_num):
                break
            expect_num += 1
        else:
            if code != expect_letter:
                break
            seen_letter, expect_letter = True, chr(ord(expect_letter) + 1)
        text, last = deck.continued(i)
        items.append((i, code, _ITEM.sub(r"\2", text)))
        i = deck.next_nonblank(last)
        if i is not None and deck.blank_run_after(last) >= 2:
            break
    return items


def _area_noun(text: str) -> bool:
    """Whether ``text`` has a plural compound of "område" (arbetsområden, fokusområden,
    insatsområdena): the heading of an initiative's overview slide that lists its areas.

    The singular names one area, a place or a unit's district, no list of areas: "Polisområde
    Värmland", "lokalpolisområde Mora", "programområde psykisk hälsa".

    >>> _area_noun("Fyra insatsområden"), _area_noun("Arbetsområdena"), _area_noun("lokalpolisområde Karlskoga")
    (True, True, False)
    """
    return any(fold(w).endswith(("omraden", "omradena")) for w in _WORD_FORM.findall(text))


def _initiative_name(deck: _Deck, j: int) -> tuple[str, int] | None:
    """The initiative an areas heading at line ``j`` belongs to: the subject of the heading when
    it is a clause ("Barnkraft Dalarna har fyra insatsområden"), else the title line above it."""
    words = deck.rows[j].text.split()
    verb = next((k for k, w in enumerate(words) if w.lower() in AUXILIARIES), None)
    if verb is not None and verb > 0 and words[0][:1].isupper():
        return " ".join(words[:verb]), j
    k = deck.prev_nonblank(j)
    if k is None:
        return None
    text = deck.rows[k].text
    if text.endswith(".") or len(text.split()) > 8:
        # A sentence above the heading is no title; the slide's first line names the initiative.
        title = deck.headings[k]
        first = next((t for t in range(k, -1, -1) if deck.rows[t].text[:120] == title), None)
        if first is None or title.endswith(".") or not title:
            return None
        text, k = _sentence_case(deck.rows[first].text), first
    return text, k


def _areas(deck: _Deck) -> tuple[Mention | None, list[Mention]]:
    best: tuple[Mention, list[tuple[int, str, str]]] | None = None
    for i, row in enumerate(deck.rows):
        first = _ITEM.match(row.text)
        if first is None or first.group(1) not in ("1", "A"):
            continue
        run = _item_run(deck, i)
        if len(run) < 3:
            continue
        # Convention of an initiative's overview slide: a title, an "…områden" heading, and the
        # numbered or lettered areas.
        j: int | None = i
        for _ in range(4):
            j = deck.prev_nonblank(j) if j is not None else None
            if j is None:
                break
            if _area_noun(deck.rows[j].text):
                named = _initiative_name(deck, j)
                if named is not None:
                    name, k = named
                    best = (Mention("initiative", name, deck.source(k, name), heading=deck.headings[k]), run)
                break
        if best is not None:
            break
    if best is None:
        best = _bullet_areas(deck)
    if best is None:
        return None, []
    initiative, run = best
    mentions = []
    for i, code, text in run:
        # Two-level overviews number the work areas and letter the focus areas under them.
        extra = (("level", "arbetsområde"),) if code.isdigit() else (("level", "fokusområde"),)
        mentions.append(
            Mention(
                "focus-area",
                text,
                deck.source(i, text),
                code=code,
                heading=deck.headings[i],
                relations=(Relation("part-of", "initiative", initiative.name),),
                extra=extra,
            )
        )
    return initiative, mentions


def _bullet_areas(deck: _Deck) -> tuple[Mention, list[tuple[int, str, str]]] | None:
    """An "…områden" heading followed by three or more list items of any glyph: the areas,
    coded by their position (the slide gives them no number)."""
    for j, row in enumerate(deck.rows):
        if row.blank or row.bullet or len(row.text) > 90 or not _area_noun(row.text):
            continue
        run: list[tuple[int, str, str]] = []
        k = deck.next_nonblank(j, limit=3)
        while k is not None and deck.rows[k].bullet and not deck.rows[k].page_start:
            text, last = _unit(deck, k)
            run.append((k, chr(ord("A") + len(run)), strip_bullet(text)))
            k = deck.next_nonblank(last, limit=3)
        if len(run) >= 3:
            named = _initiative_name(deck, j)
            if named is not None:
                name, n = named
                return Mention("initiative", name, deck.source(n, name), heading=deck.headings[n]), run
    return None


#: A deck's running foot: "<title> <year> | bild 3 av 16", "<title> 2042 · Bild 3/17" (group: title).
_FOOT_TITLE = re.compile(r"^(\S.*?)(?:\s+(?:19|20)\d\d)?$")


def _foot_title(doc: Document) -> str | None:
    """The title a deck's running foot repeats before its slide counter on three or more slides,
    without the foot's year: "Kraftsamling Sydnärke 2046 | bild 2 av 16" → "Kraftsamling Sydnärke".

    >>> from loader.model import Line
    >>> texts = ["Titel", "Satsning Norr 2031 | bild 1 av 3", "A", "Satsning Norr 2031 | bild 2 av 3",
    ...          "B", "Satsning Norr 2031 | bild 3 av 3"]
    >>> _foot_title(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts))))
    'Satsning Norr'
    """
    counted = Counter(
        ln.text.strip()[: m.start()].strip()
        for ln in doc.lines
        if (m := _FOOT_COUNTER.search(ln.text.strip())) is not None
    )
    words, n = counted.most_common(1)[0] if counted else ("", 0)
    title = _FOOT_TITLE.match(words)
    return title.group(1) if n >= 3 and title is not None else None


def _title_initiative(deck: _Deck, doc: Document) -> Mention | None:
    """The deck's own initiative named on its title slide, where no overview slide of areas names it.

    Convention of a conference deck's title slide: one of its lines is the initiative's title, made
    by an initiative noun ("Kraftsamling för …", "Satsningen …"); a tagline may stand above it. A
    dash subtitle that says where or for whom ("– barn och unga i Exempelby", "– Höga kusten") is
    part of the name: it tells a regional edition from the national initiative of the same words;
    one that opens with a preposition ("– med fokus på …", "– från tidiga tecken …") is a tagline.
    The running foot's title, when made by the same noun, is the name the deck uses for short.
    """
    first = next((k for k, r in enumerate(deck.rows) if not r.blank), None)
    if first is None:
        return None
    end = next((k for k in range(first + 1, len(deck.rows)) if deck.rows[k].page_start), len(deck.rows))
    cues = cue_nouns()
    for k in range(first, end):
        row = deck.rows[k]
        words = _WORD_FORM.findall(row.text)
        if row.blank or row.bullet or not words or len(words) > 16 or row.text.endswith((".", ":", "?", "!")):
            continue
        cue = cues.match(words[0])
        if cue is None or cue.kind != "initiative" or _definite(words[0]) or not row.text[:1].isupper():
            continue
        name = _unit(deck, k)[0]  # a title wrapped at the text box's soft breaks is one title
        head, dash, sub = name.partition(" – ")
        sub_words = sub.split()
        places = any(w[:1].isupper() for w in sub_words)
        if dash and (
            not places or sub_words[0].lower() in PREPOSITIONS or any(w[:1].isupper() for w in head.split()[1:])
        ):
            name = head
        foot = _foot_title(doc)
        alts = (foot,) if foot and fold(foot) != fold(name) and fold(foot).split()[0] == fold(words[0]) else ()
        return Mention("initiative", name, deck.source(k, name), heading=deck.headings[k], alt_names=alts)
    return None


def _initiative(deck: _Deck, initiative: Mention, participants: list[Mention]) -> Mention:
    head = fold(initiative.name).split(" ")[0]
    sentences: list[str] = []
    urls: list[str] = []
    for i, row in enumerate(deck.rows):
        if not row.blank and (i == 0 or deck.rows[i - 1].blank or row.page_start):
            text, _ = deck.block(i)
            low = fold(text)
            own = re.search(rf"\b{re.escape(head)}(en|ens)\b(?!,)", low)
            if text[:1].isupper() and own:
                if text not in sentences and len(text) > len(initiative.name) + 10:
                    sentences.append(text)
        for url in _URL.findall(row.text):
            if head in fold(url) and "@" not in url:
                url = url.rstrip(".,)")
                url = url if url.startswith("http") else f"https://{url}"
                if url not in urls:
                    urls.append(url)
    actors = tuple(ActorRole(m.name, "participant", m.source) for m in participants)
    # The deck calls the initiative by the definite form of its head noun ("Kraftsamlingen").
    first = initiative.name.split()[0]
    definite = {
        w
        for row in deck.rows
        for w in _WORD_FORM.findall(row.text)
        if w[:1].isupper() and _definite(w) and w.lower() != first.lower() and stem_key(w) == stem_key(first)
    }
    return Mention(
        "initiative",
        initiative.name,
        initiative.source,
        alt_names=(*initiative.alt_names, *tuple(sorted(definite))[:1]),
        description=". ".join(s.rstrip(".") for s in sentences) + ("." if sentences else ""),
        heading=initiative.heading,
        urls=tuple(urls),
        actors=actors,
    )


def _delarenor(deck: _Deck, initiative: str | None) -> list[Mention]:
    out: list[Mention] = []
    seen: set[str] = set()
    for i, row in enumerate(deck.rows):
        m = _DELARENA.match(row.text)
        if not m or m.group(1) in seen:
            continue
        seen.add(m.group(1))
        code, title = m.group(1), m.group(2).strip()
        description = ""
        nxt = deck.next_nonblank(i, limit=3)
        if nxt is not None and not _DELARENA.match(deck.rows[nxt].text) and not _ITEM.match(deck.rows[nxt].text):
            description, _ = deck.continued(nxt, questions=True)
        relations = [Relation("focus-area", "focus-area", code.split(".")[0])]
        if initiative:
            relations.insert(0, Relation("part-of", "initiative", initiative))
        out.append(
            Mention(
                "initiative",
                title,
                deck.source(i, f"{row.text} {description}"),
                description=description,
                # The slide's first line may be a sibling delarena ("3.1 Hela samhällets
                # suicidprevention" above "3.3 Lokalt stöd …"): not a heading of this one.
                heading="" if _DELARENA.match(deck.headings[i]) else deck.headings[i],
                code=code,
                relations=tuple(relations),
            )
        )
    return out


# --- participants by sector -------------------------------------------------------------------

#: A text box breaks an organisation's name after a connective ("Föreningen för" / "barn").
_CONNECTOR_END = re.compile(r"(\b(?:" + "|".join(sorted(PREPOSITIONS | CONJUNCTIONS)) + r")|[,&–-])\s*$", re.IGNORECASE)


def _participants(deck: _Deck, initiative: Mention | None) -> list[Mention]:
    out: list[Mention] = []
    in_block = False
    types: tuple[str, ...] = ()
    heading = ""
    ended = False  # whether the last entry ended with a full stop
    comma_list = False  # whether the list names several organisations to a line
    i = 0
    rows = deck.rows
    while i < len(rows):
        row = rows[i]
        if row.blank:
            i += 1
            continue
        sector = _heading_types(row.item)
        if not in_block:
            if sector is not None and (_after_organisations(deck, i) or _organisations_follow(deck, i)):
                in_block, types, heading = True, sector, row.text
                comma_list = _comma_listed(deck, i)
            i += 1
            continue
        # A list of organisations is one text box per sector: a new slide, a long line, or a
        # line after a gap of two blank lines that is no sector heading ends it.
        gap = i > 0 and rows[i - 1].blank and deck.blank_run_after(deck.prev_nonblank(i) or 0) >= 2
        # A name closed by its abbreviation in brackets is one name, however long ("Svenska X
        # Riksförbund – <the name in the minority language> (STR-T)").
        long_line = len(row.text) > 60 and not (len(row.text) <= 100 and _NAME_ABBR.search(row.text))
        # So is a name with a lower-case apposition after a dash ("Ankeby Vård AB – vårdcentralerna i
        # Ankeby och Norrby"): the words before the dash name it (:func:`_apposed_member`).
        long_line = long_line and _apposed_member(row.item) is None
        if row.page_start or long_line or (gap and sector is None):
            in_block = False
            continue
        if sector is None and _others_heading(row.item):
            # "Övriga", "Andra aktörer": the list's last heading gathers the rest, of no one sector.
            sector = ()
        if sector is None:
            # "Skola och fritid", "Myndigheter och vård": common nouns joined, a sector of no one type.
            sector = _common_sectors(row.item)
        if sector is None and _outline_parent(deck, i):
            # An outline's item with deeper items below it heads them, as a sector heading does
            # ("\tNationellt" over "\t\t– SKR"): a heading of no known sector, no organisation.
            sector = ()
        if sector is not None:
            types, heading = sector, row.text
            i += 1
            continue
        if _CONTINUED.match(row.item):
            # "Forts. med i kraftsamlingen": the list's slide title again, continued; no organisation.
            i += 1
            continue
        parts, last = [row.item], i
        listed = comma_list
        starts = [i]
        while True:
            nxt = deck.next_nonblank(last, limit=2)
            if nxt is None or rows[nxt].page_start or rows[nxt].bullet or _heading_types(rows[nxt].item) is not None:
                break
            raw_last = rows[last].raw
            single = len(parts[-1].split()) == 1 and not parts[-1].isupper() and raw_last != raw_last.rstrip()
            lower = bool(re.match(r"^[a-zåäöé]+(?:\s|$)", rows[nxt].text))
            # In a box of comma lists the commas part the names: a soft wrap (the space the
            # export keeps before it) without a comma breaks a name ("Barn- och
            # ungdomspsykiatrin " / "Södra Älvsborg, …").
            soft = listed and _soft_wrap(deck, last)
            # A unit's name broken before its places ("Polisen lokalpolisområde" / "Kramfors–Sollefteå"):
            # a line of places joined by a dash names no organisation; it ends the common noun above.
            above = parts[-1].split()[-1]
            places = bool(_PLACE_SPAN.match(rows[nxt].text)) and above[:1].islower() and len(above) >= 6
            # A compass word ends no name: it qualifies the place on the next line ("Lokalpolisområde
            # Södra" / "Lappland").
            compass = _COMPASS.fullmatch(above) is not None and rows[nxt].text[:1].isupper()
            # A line hanging under the entry is its wrapped text ("▪ Polisen, lokalpolisområde" / "  Västervik").
            hangs = rows[nxt].hanging
            if not (_CONNECTOR_END.search(parts[-1]) or lower or single or soft or places or compass or hangs):
                break
            parts.append(rows[nxt].text)
            starts.append(nxt)
            last = nxt
        # An entry naming three or more ("Gislaved, Nässjö, Vetlanda och åtta kommuner till") is a
        # list even on a slide of one name to a line.
        if listed or sum(p.count(",") for p in parts) >= 2:
            for k, name in _list_names(parts, starts):
                out.append(_participant(deck, k, name, heading, types, initiative))
            i = last + 1
            continue
        raw_name = _join(parts)
        name = raw_name.rstrip(".,")
        first = name.split()[0]
        cue = cue_nouns().match(first)
        if out and ended and cue is not None and cue.kind == "network" and _definite(first):
            # "Svenska Föreningen för … Grupputveckling." / "Arbetsgruppen för utbildning i …": a
            # definite group noun after an entry that ends a sentence is a group of that organisation.
            ended = raw_name.endswith(".")
            i = last + 1
            continue
        ended = raw_name.endswith(".")
        alts: tuple[str, ...] = ()
        abbreviated = _NAME_ABBR.search(name)
        if abbreviated is not None and abbreviated.start() > 0:
            # "Förbundet X (FX)": the name, and its abbreviation as another name.
            name, alts = name[: abbreviated.start()].strip(), (abbreviated.group(1), name)
        apposed = _apposed_member(name) if abbreviated is None else None
        if apposed is not None:
            name, alts = apposed, (name,)
        glossed = _GLOSS.search(name) if abbreviated is None else None
        if glossed is not None and glossed.start() > 0:
            # "Unga i Exempelby (ungdomsråd, 14–20 år)": a bracket in lower case after an entry says
            # what the organisation is and who sits in it; the name is the words before it.
            name, alts = name[: glossed.start()].strip(), (name,)
        slip = next((k for k, m in enumerate(out) if _clipped(m.name, name)), None)
        if slip is not None:
            # "Hälsans Natu" … "Hälsans natur": a list that names an organisation twice, once with a
            # letter the text box clipped, names one organisation, by its whole name.
            short, name = sorted((out[slip].name, name), key=len)
            alts = (short,)
            out[slip] = replace(out[slip], name=name, alt_names=alts)
        out.append(_participant(deck, i, name, heading, types, initiative, alts))
        i = last + 1
    return out


#: A compass word before a place's name: "Södra Lappland", "Norra Bohuslän", "Mellersta Skåne".
_COMPASS = re.compile(r"(?:Norra|Södra|Västra|Östra|Mellersta|Nordvästra|Nordöstra|Sydvästra|Sydöstra|Inre|Yttre)")


#: A gloss closing a list entry: a bracket that opens in lower case ("(ungdomsråd, 14–20 år)").
_GLOSS = re.compile(r"\s*\([a-zåäö][^()]*\)$")


#: Places joined by a dash, a line of their own: "Kramfors–Sollefteå", "Norra Ankeby–Östby".
#: (A hyphen joins the parts of one name: "Janssen-Cilag AB".)
_PLACE_SPAN = re.compile(
    r"^[A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?(?:\s?[–—]\s?[A-ZÅÄÖ][\wåäö]+(?: [A-ZÅÄÖ][\wåäö]+)?)+$"
)


def _others_heading(text: str) -> bool:
    """Whether a line of a participant list heads "the others": a quantifier ("Övriga", "Andra"),
    with a plural common noun at most ("Övriga aktörer", "Andra parter"); no organisation is
    named by a quantifier.

    >>> _others_heading("Övriga"), _others_heading("Andra aktörer"), _others_heading("Övriga Ankeby")
    (True, True, False)
    >>> _others_heading("Alla kommuner i länet"), _others_heading("Region Ankeby")
    (False, False)
    """
    words = text.rstrip(":").split()
    if not words or words[0].lower() not in QUANTIFIERS or len(words) > 2:
        return False
    return len(words) == 1 or words[1].islower()


def _apposed_member(text: str) -> str | None:
    """The name of a participant list's entry "<name> – <what or where it is>", the apposition in
    lower case ("Ankeby Vård AB – vårdcentralerna i Ankeby och Norrby"); ``None`` for an entry of
    no such apposition, or one whose words after the dash are a name of their own.

    >>> _apposed_member("Ankeby Vård AB – vårdcentralerna i Ankeby och Norrby")
    'Ankeby Vård AB'
    >>> _apposed_member("Norrbys Riksförbund – Pohjoisliitto (NR)") is None, _apposed_member("Ankeby IF") is None
    (True, True)
    """
    head, dash, what = text.partition(" – ")
    words = head.split()
    if not dash or not what[:1].islower() or not 1 <= len(words) <= 6 or len(head) > 60:
        return None
    if not head[:1].isupper() or head.endswith((".", ":")):
        return None
    return head


def _common_sectors(text: str) -> tuple[str, ...] | None:
    """The actor types of a participant list's heading that joins common nouns ("Skola och fritid",
    "Hälso- och sjukvård", "Myndigheter och vård"), those of its parts the vocabulary lists as
    sector headings; ``None`` when ``text`` is no such heading.

    Convention of a participant list grouped by sector: an organisation is named by a proper name,
    an abbreviation or a definite noun ("Barn- och ungdomspsykiatrin", "Socialtjänsten"); a
    heading joins indefinite common nouns, every word after the first in lower case.

    >>> _common_sectors("Myndigheter och vård"), _common_sectors("Hälso- och sjukvård")
    (('myndighet',), ())
    >>> _common_sectors("Barn- och ungdomspsykiatrin") is None, _common_sectors("Ankeby IF och Norrby BK") is None
    (True, True)
    >>> _common_sectors("Kultur- och fritidsförvaltningen") is None, _common_sectors("Fritidsgårdar") is None
    (True, True)
    """
    words = _WORD_FORM.findall(text.rstrip(":"))
    joins = folded_words(CONJUNCTIONS) | {"&", "/"}
    if len(text) > 40 or len(words) < 2 or not text[:1].isupper() or not re.search(r"\s(?:och|&)\s|/", text):
        return None
    if any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]) or words[-1].lower().endswith(DEFINITE_ENDINGS):
        return None
    if guess_type(text) is not None:
        return None  # a name's shape ("Ankeby och Norrby kommun", "Vård och omsorg AB")
    parts = [p.strip(" -") for p in re.split(r"[/&]|\s(?:och|samt|eller)\s", fold(text)) if p.strip(" -")]
    types = [t for p in parts if p not in joins for t in (sector_types(p) or ())]
    return tuple(dict.fromkeys(types))


#: A definition line: "<Name> = <what it is>" ("Gränsteamet = regionens mobila team för …").
_EQUATED = re.compile(r"^([A-ZÅÄÖ][\wåäöÅÄÖé-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖé-]+){0,3})\s+=\s+(\S.*)$")

#: An organisation's abbreviation in brackets closing its name: "(STR-T)", "(NASP)", "(RFSL)".
_NAME_ABBR = re.compile(r"\s*\(([A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,6}(?:-[A-ZÅÄÖ0-9]{1,4})?)\)$")


def _outline_parent(deck: _Deck, i: int) -> bool:
    """Whether row ``i`` of an outline export has items of a deeper level right below it."""
    j = deck.next_nonblank(i, limit=2)
    return bool(deck.rows[i].level) and j is not None and deck.rows[j].level > deck.rows[i].level


def _participant(
    deck: _Deck,
    row: int,
    name: str,
    heading: str,
    types: tuple[str, ...],
    initiative: Mention | None,
    alts: tuple[str, ...] = (),
) -> Mention:
    """One organisation of a participants list at ``row``, under its sector ``heading`` (whose
    actor ``types`` it takes, or the one of them its name shows when the heading names several)."""
    actor_types = types if len(types) <= 1 else _classify(name, types)
    relations = (Relation("related", "initiative", initiative.name),) if initiative else ()
    return Mention(
        "actor",
        name,
        deck.source(row, name),
        heading=heading,
        alt_names=alts,
        actor_types=actor_types,
        relations=relations,
        extra=(("sector", heading),),
    )


def _comma_listed(deck: _Deck, start: int) -> bool:
    """Whether the list of organisations opening at row ``start`` (its first sector heading) names
    them in comma lists, several to a line, rather than one to a line: a line of it names three or
    more ("Borås Stad, Trollhättans stad, Skövde kommun,") and ends in a comma or goes on with a
    capitalised name on the next line, so the commas of the other lines part names as well. A
    single comma on a one-to-a-line list parts an organisation from its unit ("Polisen,
    lokalpolisområde Sundsvall"), and a lone entry naming three ("Gislaved, Nässjö, Vetlanda och
    åtta kommuner till") is parted on its own (see :func:`_list_names`).
    """
    lists = 0
    for j in range(start, min(len(deck.rows), start + 40)):
        row = deck.rows[j]
        if j > start and (row.page_start or len(row.text) > 60):
            break
        if row.text.count(",") >= 2 and not _heading_types(row.item):
            lists += 1
            if row.raw.rstrip().endswith(",") or lists >= 2:
                return True
    return False


def _list_names(parts: list[str], starts: list[int]) -> list[tuple[int, str]]:
    """The names of a comma list wrapped over lines ``starts`` (row indexes of ``parts``), with the
    row each name starts on. The last pair is parted by "och" ("Nässjö, Vetlanda och …", not the
    ellipsis "Barn- och …"); a count ("åtta kommuner till"), a lowercase start (a unit of the name
    before: "Polisen, lokalpolisområde X" joins it) and a part without a capital name nothing alone.

    >>> _list_names(["Borås Stad, Skövde kommun,", "Barn- och ungdomspsykiatrin"], [3, 5])
    [(3, 'Borås Stad'), (3, 'Skövde kommun'), (5, 'Barn- och ungdomspsykiatrin')]
    >>> _list_names(["Gislaved, Nässjö, Vetlanda och åtta kommuner till"], [0])
    [(0, 'Gislaved'), (0, 'Nässjö'), (0, 'Vetlanda')]
    """
    pieces: list[list[int | str]] = []  # [row, text] of each name
    open_ = False  # whether the last name goes on (its line broke without a comma)
    for row, part in zip(starts, parts, strict=True):
        segments = part.split(",")
        for k, segment in enumerate(segments):
            segment = segment.strip()
            if k == 0 and open_ and pieces:
                pieces[-1][1] = _join([str(pieces[-1][1]), segment])
            elif segment or k < len(segments) - 1:
                pieces.append([row, segment])
        open_ = not part.rstrip().endswith(",")
    out: list[tuple[int, str]] = []
    for n, (at, text) in enumerate(pieces):
        piece = str(text).rstrip(". ").strip()
        if not piece:
            continue
        if piece[:1].islower() and out:
            out[-1] = (out[-1][0], f"{out[-1][1]}, {piece}")
            continue
        # "A, B och C": the list's last name is parted by "och" (not the ellipsis "Barn- och …").
        last = n == len(pieces) - 1 and len(pieces) >= 2
        for name in re.split(r"(?<![-–])\s+och\s+", piece) if last else [piece]:
            first = name.split()[0].lower() if name.split() else ""
            if first in NUMBER_WORDS or first in QUANTIFIERS or not name[:1].isupper():
                continue
            out.append((int(at), name))
    return out


#: A continued slide's title: "Forts.", "Forts. med i kraftsamlingen", "(forts.)".
_CONTINUED = re.compile(r"^\(?forts(?:\.|ättning)(?:\)|\s|$)", re.IGNORECASE)


def _clipped(a: str, b: str) -> bool:
    """Whether two names differ by one final letter only (a letter clipped at a text box's edge).

    >>> _clipped("Hälsans Natu", "Hälsans natur"), _clipped("Region Skåne", "Region Skånes")
    (True, False)
    """
    x, y = sorted((fold(a), fold(b)), key=len)
    # A genitive "s" is grammar, not a clipped letter.
    return len(x) >= 8 and len(y) == len(x) + 1 and y.startswith(x) and y[-1] != "s" and y[-2:-1].isalpha()


def _heading_types(text: str) -> tuple[str, ...] | None:
    return sector_types(text) if len(text) <= 40 and text[:1].isupper() else None


def _after_organisations(deck: _Deck, i: int) -> bool:
    j: int | None = i
    for _ in range(3):
        j = deck.prev_nonblank(j) if j is not None else None
        if j is None:
            return False
        if "organisation" in fold(deck.rows[j].text):
            return True
    return False


def _organisations_follow(deck: _Deck, i: int) -> bool:
    """Whether the sector heading at ``i`` heads a list of organisations even without a line
    saying so: within the next dozen short lines another sector heading follows and some
    names are shaped like an organisation's (``pg:namePattern``, an actor-type word), or the
    next three names are mostly so shaped."""
    names: list[str] = []
    headings = 1
    j: int | None = i
    while len(names) + headings < 12:
        j = deck.next_nonblank(j, limit=5) if j is not None else None
        if j is None or deck.rows[j].page_start:
            break
        item = deck.rows[j].item
        if len(item) > 60 or item.endswith((".", ":", "?")) or not item[:1].isupper():
            break
        if _heading_types(item) is not None:
            headings += 1
        else:
            names.append(item)
    shaped = [guess_type(n) is not None or is_organisation(n) for n in names]
    return (headings >= 2 and any(shaped)) or sum(shaped[:3]) >= 2


def _classify(name: str, types: tuple[str, ...]) -> tuple[str, ...]:
    """The type of an organisation listed under a heading naming several sectors: the one its
    name's shape shows (``pg:namePattern``), if that is one of them; else none is guessed."""
    guess = guess_type(name)
    if guess in types:
        return (guess,)
    # A type label inside the name ("Södermalms SDF": SDF is a label of kommun).
    tagged = [t.code for t in lexicon().tag(name) if t.scheme == "actor-type" and t.code in types]
    return (tagged[-1],) if tagged else ()


# --- pilots of a school-based model -----------------------------------------------------------


# "<participle or adjective> <noun>": "Elevhälsobaserad modell", "SKOLBASERAD MODELL".
_MODEL_PHRASE = re.compile(r"\b(\w+(?:ad|ade|ande|ende)) (\w+)\b", re.IGNORECASE)


def _model_name(deck: _Deck) -> tuple[str, int] | None:
    """The model the pilots test: the commonest "<adjective> <model noun>" phrase of the deck
    ("Elevhälsobaserad modell", "skolbaserad modell"), said at least three times; the model
    nouns are the cue nouns of the form modell."""
    cues = cue_nouns()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, row in enumerate(deck.rows):
        for m in _MODEL_PHRASE.finditer(row.text):
            cue = cues.match(m.group(2))
            if cue is None or cue.form != "modell" or _plural_cue(m.group(2), cue):
                continue
            key = fold(m.group(0))
            counts[key] += 1
            first.setdefault(key, i)
    if not counts or counts.most_common(1)[0][1] < 3:
        return None
    phrase = counts.most_common(1)[0][0]
    return phrase, first[phrase]


def _structure_starts(deck: _Deck) -> list[int]:
    starts = []
    for i, row in enumerate(deck.rows):
        # A slide titled "<programme> (ABBR)" opens a new part of the deck.
        m = re.match(r"^(.+?)\s*\([A-ZÅÄÖ]{2,6}\)\s*$", row.text)
        words = re.findall(r"[\w-]+", m.group(1)) if m else []
        cue = cue_nouns().match(words[-1]) if words else None
        if cue is not None and cue.kind == "resource" and cue.form is None:
            starts.append(i)
        if _grant_header(row.text):
            starts.append(i)
        # So does a slide titled by an initiative of its own ("Satsning på unga vuxna – …").
        if deck.headings[i] == row.text[:120] and not row.blank and _titled_initiative(row.text, cue_nouns()):
            starts.append(i)
    presenter = _presenter_start(deck)
    if presenter is not None:
        starts.append(presenter[1])
    return sorted(set(starts))


def _pilots(deck: _Deck) -> list[Mention]:
    model = _model_name(deck)
    if model is None:
        return []
    phrase, first = model
    model_label = phrase[:1].upper() + phrase[1:]
    # The model's own name as the text writes it (keeps diacritics).
    for row in deck.rows[first:]:
        hit = next((h for h in _MODEL_PHRASE.finditer(row.text) if fold(h.group(0)) == phrase), None)
        if hit:
            model_label = _sentence_case(hit.group(0))
            model_label = model_label[:1].upper() + model_label[1:].lower()
            break
    starts: list[tuple[int, str]] = []
    seen: set[str] = set()
    for i in range(first, len(deck.rows)):
        for m in _MUNICIPALITY.finditer(deck.rows[i].text):
            word = m.group(1)
            name = f"{_sentence_case(word)} kommun"
            if fold(name) not in seen:
                seen.add(fold(name))
                starts.append((i, name))
    out: list[Mention] = []
    model_desc_parts: list[str] = []
    for k, row in enumerate(deck.rows):
        if fold(row.text) == phrase:
            text, _ = deck.paragraph(k)
            model_desc_parts.append(_join([text[len(phrase) :]]))
            break
    for k in range(first, len(deck.rows)):
        text, _ = deck.paragraph(k, max_lines=3)
        if phrase in fold(text) and re.search(r"\d", text) and "kommun" in fold(text) and text not in model_desc_parts:
            model_desc_parts.append(text)
    model_row = next((k for k, r in enumerate(deck.rows) if fold(r.text) == phrase), first)
    # The deck's own noun decides the class: "Elevhälsobaserad modell" is a model, a resource of form
    # modell (reading guide, "Form"); trying it out is the pilot, an initiative of its own.
    out.append(
        Mention(
            "resource",
            model_label,
            deck.source(model_row),
            description=quote(" ".join(model_desc_parts), 1200),
            heading=deck.headings[model_row],
            forms=("modell",),
            extra=(("type", "modell"),),
        )
    )
    # One pilot, however many municipalities take part: "Pilotkommun 2018 / 11 kommuner skulle arbeta
    # med Elevhälsobaserad modell". Its name is the text's own words when a slide gives the pilot a
    # year ("Pilotkommun 2018"), and the municipalities' slides describe their part in it.
    pilot_name = f"Pilot {model_label.lower()}"
    pilot_row, pilot_alt, pilot_year = model_row, "", ""
    for k in range(first, len(deck.rows)):
        # The line that gives the pilot a year ("Pilotkommun 2018", "Pilot 2022-2023").
        # A text box may break its line without a blank line between ("Pilotkommun" / "2018").
        box = [deck.rows[k].text]
        if k + 1 < len(deck.rows) and not deck.rows[k + 1].blank and not deck.rows[k + 1].page_start:
            box.append(deck.rows[k + 1].text)
        text = _join(box)
        said = re.search(r"\bpilot\w*\s+(20\d\d(?:\s*[-–]\s*20\d\d)?)\b", fold(text))
        if said and len(text) < 60:
            pilot_row, pilot_alt, pilot_year = k, text, said.group(1)
            break
    if pilot_year:
        # The deck's title convention for a trial ("Pilot 2020–2021" under what the slides present):
        # "<thing> – pilot <year>", as ``_presented`` names it.
        pilot_name = f"{model_label} – pilot {pilot_year}"
    details = [_pilot_details(deck, i, _site_end(deck, starts, n)) for n, (i, _) in enumerate(starts)]
    years = sorted({y for _, ys in details for y in ys} | set(re.findall(r"\d{4}", pilot_year)))
    description = " ".join(d for d, _ in details if d)
    if pilot_row != model_row:
        following, _ = deck.paragraph(deck.next_nonblank(pilot_row, limit=3) or pilot_row, max_lines=3)
        description = f"{following} {description}".strip()
    out.append(
        Mention(
            "initiative",
            pilot_name,
            deck.source(pilot_row),
            description=quote(description, 1500),
            heading=deck.headings[pilot_row],
            alt_names=tuple(a for a in (pilot_alt, f"Pilot {model_label.lower()}") if a and a != pilot_name),
            start=years[0] if years else None,
            end=years[-1] if len(years) > 1 else None,
            actors=tuple(ActorRole(muni, "participant", deck.source(i, deck.rows[i].text)) for i, muni in starts),
            relations=(Relation("related", "resource", model_label),),
            extra=(("type", "pilot"),),
        )
    )
    for i, muni in starts:
        out.append(
            Mention(
                "actor",
                muni,
                deck.source(i, deck.rows[i].text),
                heading=deck.headings[i],
                actor_types=("kommun",),
                relations=(Relation("related", "initiative", pilot_name),),
                extra=(("type", "pilot-site"),),
            )
        )
    return out


def _site_end(deck: _Deck, starts: list[tuple[int, str]], n: int) -> int:
    """Where the slides of the ``n``-th pilot municipality end: at the next municipality or structure."""
    i = starts[n][0]
    end = starts[n + 1][0] if n + 1 < len(starts) else len(deck.rows)
    return min([end, *[s for s in _structure_starts(deck) if s > i]])


def _pilot_spans(deck: _Deck, pilots: list[Mention]) -> list[tuple[int, int, str]]:
    """Line ranges of the pilots' slides: from a pilot's first line to the next pilot or structure."""
    pilot = next((m.name for m in pilots if ("type", "pilot") in m.extra), "")
    starts = sorted((m.source.line, pilot) for m in pilots if ("type", "pilot-site") in m.extra)
    stops = sorted(deck.rows[i].number for i in _structure_starts(deck))
    spans = []
    for n, (line, name) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(deck.rows) + 1
        end = min([end, *[s for s in stops if s > line]])
        spans.append((line, end, name))
    return spans


def _pilot_details(deck: _Deck, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    aims: list[str] = []
    targets: list[str] = []
    years: tuple[str, ...] = ()
    for i in range(start, end):
        text = deck.rows[i].text
        if not years:
            span = re.search(r"\b(20\d\d)\s*[-–]\s*(20\d\d)\b", text)
            pilot = re.search(r"\bpilot\w*\s+(20\d\d)\b", fold(text))
            if span:
                years = (span.group(1), span.group(2))
            elif pilot:
                years = (pilot.group(1),)
        if _GOAL_HEAD.match(text):
            j = i + 1 if i + 1 < end and not deck.rows[i + 1].blank else deck.next_nonblank(i, limit=3)
            if j is not None and j < end and not deck.rows[j].bullet:
                body, _ = deck.block(j)
                aims.append(f"{_sentence_case(text)}: {body}")
        elif _TARGET_HEAD.match(text):
            items = []
            j = deck.next_nonblank(i, limit=3)
            while j is not None and deck.rows[j].bullet:
                items.append(deck.rows[j].item)
                j = deck.next_nonblank(j, limit=3)
            if items:
                targets.append(f"{_sentence_case(text)}: {', '.join(items)}")
    if not aims:
        aims = _lookback_paragraph(deck, start)
    return quote(" ".join([*aims, *targets]), 1500), years


def _lookback_paragraph(deck: _Deck, start: int) -> list[str]:
    """A slide of running text just before ``start`` (its aim), if any."""
    found: list[str] = []
    i = start - 1
    while i > max(0, start - 60):
        row = deck.rows[i]
        if not row.blank and row.text.endswith(".") and not found:
            j = i
            lines = [row.text]
            while j > 0:
                p = deck.prev_nonblank(j)
                if p is None or deck.blank_run_after(p) >= 2 or deck.rows[j].page_start:
                    break
                lines.insert(0, deck.rows[p].text)
                j = p
            if len(lines) >= 3:
                found.append(_join(lines))
            return found
        i -= 1
    return found


# --- VIP programme and its working groups -----------------------------------------------------


def _vip(deck: _Deck) -> list[Mention]:
    out: list[Mention] = []
    head = None
    cues = cue_nouns()
    for i, row in enumerate(deck.rows):
        # A slide title "Name (ABBR)" whose head noun is a cue names the programme the
        # working groups below belong to.
        m = re.match(r"^(.+?)\s*\(([A-ZÅÄÖ]{2,6})\)\s*$", row.text)
        words = re.findall(r"[\w-]+", m.group(1)) if m else []
        cue = cues.match(words[-1]) if words else None
        opens_block = deck.headings[i] == row.text[:120]  # the slide's title line
        if m and opens_block and cue is not None and cue.kind == "resource" and len(words) <= 6:
            head = (i, m.group(1).strip(), m.group(2))
            break
    if head is None:
        return out
    hi, name, abbr = head
    last_block = max((i for i, r in enumerate(deck.rows) if f"({abbr})" in r.text and i != hi), default=hi)
    desc, end = deck.paragraph(deck.block_start(last_block), max_lines=14)
    urls = []
    for row in deck.rows[last_block : end + 3]:
        for url in _URL.findall(row.text):
            if url not in urls:
                urls.append(url.rstrip(".,"))
    out.append(
        Mention(
            "resource",
            name,
            deck.source(hi),
            description=desc,
            heading=deck.headings[hi],
            alt_names=(abbr,),
            urls=tuple(urls),
        )
    )
    for i, row in enumerate(deck.rows):
        # "2017 och 2018 startades arbetsgrupper kring:": a list of groups, led by a network cue.
        lead_cues = [cues.match(w) for w in re.findall(r"[\w-]+", row.text)]
        if not (row.text.endswith(":") and any(c is not None and c.kind == "network" for c in lead_cues)):
            continue
        j = deck.next_nonblank(i, limit=3)
        while j is not None and deck.rows[j].bullet:
            item = deck.rows[j].item
            topic = re.split(r"[,(]", item)[0].strip()
            end_date = None
            written = ""
            m = _SHORT_YEAR.search(item)
            if m:
                year = f"20{m.group(2)}"
                month = MONTHS.get((m.group(1) or "").lower())
                end_date = f"{year}-{month:02d}" if month else year
                written = m.group(0)
            # "arbetsgrupper kring: • Schizofreni …, färdigt i maj -19" under a programme's slide: each
            # group writes one part of the programme, and the date is when that part is done. The
            # thing the reader can use is the part (a resource of the programme, as the layout of
            # national care programmes names them "VIP ADHD"); the group itself is staff, not an
            # organisation, and gets no node of its own.
            out.append(
                Mention(
                    "resource",
                    f"{abbr} {topic}",
                    deck.source(j, f"{row.text} {item}"),
                    description=item,
                    heading=deck.headings[j],
                    alt_names=(topic,),
                    years=(int(end_date[:4]),) if end_date else (),
                    relations=(Relation("part-of", "resource", name),),
                    extra=(("end-as-written", written),) if written else (),
                )
            )
            j = deck.next_nonblank(j, limit=3)
    return out


# --- research funder and granted projects -----------------------------------------------------


def _presenter_start(deck: _Deck) -> tuple[str, int] | None:
    """The organisation presenting a part of the deck that lists granted projects, and its first
    slide: the name that opens two or more slide titles in the genitive ("Fortes stöd till
    forskning 2018", "Fortes uppdrag …") and also stands alone ("Vad är Forte?"), before the
    last grant table ("Huvudsökande …")."""
    tables = [i for i, row in enumerate(deck.rows) if _grant_header(row.text)]
    if not tables:
        return None
    words = {w for r in deck.rows for w in re.findall(r"\w+", r.text)}
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, row in enumerate(deck.rows[: tables[-1]]):
        m = _GENITIVE_TITLE.match(row.text)
        if m and deck.headings[i] == row.text[:120] and m.group(1) in words:
            counts[m.group(1)] += 1
            first.setdefault(m.group(1), i)
    found = [(name, n) for name, n in counts.most_common() if n >= 2]
    return (found[0][0], first[found[0][0]]) if found else None


def _funder(deck: _Deck) -> Mention | None:
    start = _presenter_start(deck)
    if start is None:
        return None
    name, i = start
    alt: list[str] = []
    types: tuple[str, ...] = ()
    for k, r in enumerate(deck.rows):
        # A logo line writes the short name, then the full name: "Forte Forskningsrådet för hälsa,
        # arbetsliv och välfärd" (the rest of the line is capitalised and three words or more).
        full = re.match(rf"^{re.escape(name)} ([A-ZÅÄÖ][\wåäö-]+(?:[ ,]+[\wåäö-]+){{2,}})$", r.text)
        if full:
            alt.append(full.group(1))
        # "Vad är X?" answered by a list: the first actor-type word in it says what X is
        # ("Myndighet under socialdepartementet").
        if r.text.rstrip("?").endswith(f"är {name}") and not types:
            block, _ = deck.paragraph(k, max_lines=10)
            tags = [t for t in lexicon().tag(block) if t.scheme == "actor-type" and t.code != "natverk"]
            types = (tags[0].code,) if tags else ()
    return Mention("actor", name, deck.source(i), heading=deck.headings[i], alt_names=tuple(alt), actor_types=types)


_GENITIVE_TITLE = re.compile(r"^([A-ZÅÄÖ][a-zåäö]+)s\s")


def _grant_header(text: str) -> bool:
    return bool(re.match(r"^Huvudsökande\b", text))


def _grants(deck: _Deck, funder: Mention | None) -> list[Mention]:
    out: list[Mention] = []
    if funder is not None:
        out.append(funder)
    rows = deck.rows
    for h, row in enumerate(rows):
        if not _grant_header(row.text):
            continue
        title_row = deck.prev_nonblank(h)
        table = deck.block(deck.block_start(title_row))[0] if title_row is not None else ""
        entries: list[tuple[int, str, list[str]]] = []
        i = h
        while True:
            if deck.blank_run_after(i) >= 2:
                break
            nxt = deck.next_nonblank(i)
            if nxt is None or rows[nxt].page_start:
                break
            i = nxt
            text = rows[i].text
            m = _PERSON.match(text)
            if m and (not entries or entries[-1][2]):
                person = f"{m.group(1)} {m.group(2)}"
                rest = text[m.end() :].strip()
                entries.append((i, person, [rest] if rest else []))
            elif entries:
                entries[-1][2].append(text)
        for i, person, parts in entries:
            title = _join(parts).rstrip(".")
            if not title:
                continue
            if title.count('"') == 2:
                title = title.replace('"', "")
            actors = (ActorRole(funder.name, "funder", funder.source),) if funder else ()
            out.append(
                Mention(
                    "initiative",
                    title,
                    deck.source(i, f"{person} {title}"),
                    description=f"{table}. Huvudsökande: {person}.",
                    heading=table or deck.headings[i],
                    actors=actors,
                    extra=(("type", "forskningsprojekt"), ("main-applicant", person)),
                )
            )
    return out


# --- events -------------------------------------------------------------------------------------


def _events(deck: _Deck, initiative: str | None, pilots: list[Mention], funder: Mention | None) -> list[Mention]:
    out: list[Mention] = []
    rows = deck.rows
    for i, row in enumerate(rows):
        text = row.text
        iso = _ISO_DATE.match(text)
        if iso:
            p = deck.prev_nonblank(i)
            if p is None:
                continue
            name = rows[p].text
            alt = tuple(
                dict.fromkeys(r.text for r in rows if r.text.startswith(name) and r.text != name and len(r.text) < 160)
            )
            # The pilot municipalities take part in the pilot (its participants), not, by anything the
            # slides say, in the conference: their slide titles are no evidence for that.
            actors: list[ActorRole] = []
            if funder is not None:
                actors.append(ActorRole(funder.name, "participant", funder.source))
            organizer = _local_organizer(deck, name)
            if organizer:
                actors.insert(0, organizer)
            out.append(
                Mention(
                    "event",
                    name,
                    deck.source(p, f"{name} {iso.group(1)}"),
                    description=alt[0] if alt else name,
                    heading=deck.headings[p],
                    alt_names=alt,
                    start=iso.group(1),
                    actors=tuple(actors),
                    relations=(Relation("related", "initiative", initiative),) if initiative else (),
                    extra=tuple(("presenter", who) for who in _presenters(deck)),
                )
            )
            continue
        w = _WORKSHOP.match(text)
        cue = cue_nouns().match(w.group(2)) if w else None
        if w and cue is not None and cue.kind == "event":
            date = f"{w.group(5)}-{MONTHS[w.group(4).lower()]:02d}-{int(w.group(3)):02d}"
            desc, _ = deck.paragraph(i)
            out.append(
                Mention(
                    "event",
                    text,
                    deck.source(i),
                    description=desc,
                    heading=deck.headings[i],
                    start=date,
                    relations=(Relation("part-of", "initiative", initiative),) if initiative else (),
                )
            )
            continue
        agenda = _agenda_event(deck, i, initiative) or _calendar_event(deck, i, initiative)
        if agenda is not None:
            if fold(agenda.name) not in {fold(m.name) for m in out}:
                out.append(agenda)
            continue
        d = _DATED_EVENT.match(text)
        if d:
            p = deck.prev_nonblank(i)
            n = deck.next_nonblank(i, limit=3)
            name = rows[p].text if p is not None else text
            date = f"{d.group(3)}-{MONTHS[d.group(2).lower()]:02d}-{int(d.group(1)):02d}"
            desc, _ = deck.paragraph(p if p is not None else i, max_lines=4)
            out.append(
                Mention(
                    "event",
                    name,
                    deck.source(i, f"{name} {text}"),
                    description=desc,
                    heading=deck.headings[i],
                    start=date,
                    location=rows[n].text if n is not None else None,
                    relations=(Relation("part-of", "initiative", initiative),) if initiative else (),
                )
            )
    out.extend(_calendar_rest(deck, out, initiative))
    occasion = _title_occasion(deck, initiative)
    if occasion is not None and fold(occasion.name) not in {fold(m.name) for m in out}:
        out.append(occasion)
    out.extend(_theme_events(deck, initiative))
    return out


#: A calendar item labelled after its name: "● Föräldrakvällar på nätet: varannan tisdag".
_NAME_FIRST = re.compile(r"^([A-ZÅÄÖ][^:]{2,60}?):\s+([a-zåäö0-9].{0,60})$")


def _calendar_rest(deck: _Deck, found: list[Mention], initiative: str | None) -> list[Mention]:
    """The other items of a calendar slide, one whose dated items (two or more) are events: an item
    naming its occasion before its time ("Föräldrakvällar på nätet: varannan tisdag") is an
    occasion too. A name with a kind noun of a thing or a group is none."""
    dated = Counter(deck.rows[k].page for k, row in enumerate(deck.rows) if row.bullet and _calendar_label(row.item))
    names = {fold(m.name) for m in found}
    lines = {m.source.line for m in found if m.kind == "event"}
    out: list[Mention] = []
    cues = cue_nouns()
    for i, row in enumerate(deck.rows):
        if not row.bullet or dated[row.page] < 2 or row.page is None or row.number in lines:
            continue
        if sum(1 for k, r in enumerate(deck.rows) if r.page == row.page and r.number in lines) < 2:
            continue
        label = _calendar_label(row.item)
        if label is not None:
            # A dated item among the calendar's events is one too, without an event noun
            # ("8 oktober: Siljansdagen för elevhälsa, Mora gymnasium"); its place after a comma
            # is where. A kind noun of a thing or a group, or a verb, makes it something else.
            name = row.item[label.end() :].strip()
            place = _CALENDAR_PLACE.search(name)
            if place is not None:
                name = name[: place.start()].strip()
            words = _WORD_FORM.findall(name)
            if fold(name) in names or not _title_name(name) or len(words) < 2:
                continue
            if any((c := cues.match(w)) is not None and c.kind != "event" for w in words):
                continue
            if any(finite_verb(w.lower()) for w in words[1:]):
                continue
            year = label.group(2) or next(iter(_YEAR.findall(deck.headings[i])), None)
            location = place.group(0).lstrip(", ") if place is not None else None
            out.append(_dated_event(deck, i, row.item, name, year, initiative, location=location))
            continue
        m = _NAME_FIRST.match(row.item)
        if m is None or fold(m.group(1)) in names or not _title_name(m.group(1)):
            continue
        words = _WORD_FORM.findall(m.group(1))
        if any((c := cues.match(w)) is not None and c.kind != "event" for w in words):
            continue
        out.append(_dated_event(deck, i, row.item, m.group(1).strip(), None, initiative))
    return out


_PLACE_WORDS = r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?"
#: The occasion a deck was shown at, on its title slide: "<Occasion> <d month yyyy>, <Place>".
_OCCASION_LINE = re.compile(
    rf"^(?P<name>[A-ZÅÄÖ][\wåäö-]*(?:\s+[\wåäöÅÄÖ-]+){{0,5}}?)\s+"
    rf"(?P<date>\d{{1,2}}\s+(?i:{_MONTH_RE})\s+(?:19|20)\d\d)(?:,\s+(?P<place>{_PLACE_WORDS}))?$"
)


def _title_occasion(deck: _Deck, initiative: str | None) -> Mention | None:
    """The meeting a deck's title slide names with its date: "Länsdialog 18 mars 2034, Skövde".

    The words before the date name the occasion when a place follows the date after a comma (the
    words are then no place: "Luleå 3 mars 2023" dates a talk at a place) or when they open with an
    event noun. The occasion is named with its date, as a dated day is, and by its words alone.
    """
    page = next((r.page for r in deck.rows if r.text), None)
    for i, row in enumerate(deck.rows[: _TITLE_SLIDE_LINES * 2]):
        if not row.text or (row.page != page and any(r.text for r in deck.rows[:i])):
            break
        m = _OCCASION_LINE.match(row.text)
        if m is None or not m.group("name")[:1].isupper():
            continue
        words = _WORD_FORM.findall(m.group("name"))
        cue = cue_nouns().match(words[0]) if words else None
        evented = cue is not None and (cue.kind == "event" or words[0].lower() in _event_nouns())
        if not (m.group("place") or evented) or m.group("name") in deck.places or len(words) > 6:
            continue
        day, month_word, year = m.group("date").split()
        date = f"{year}-{MONTHS[month_word.lower()]:02d}-{int(day):02d}"
        name = f"{m.group('name')} {m.group('date')}"
        return Mention(
            "event",
            name,
            deck.source(i),
            description=row.text,
            heading=deck.headings[i],
            alt_names=(m.group("name"),),
            start=date,
            location=m.group("place"),
            relations=(Relation("related", "initiative", initiative),) if initiative else (),
        )
    return None


_SEASON_RE = "|".join(sorted(SEASONS))
#: A dated line of an agenda slide: "4 mars – Workshop …", "Maj–oktober – …", "Hösten 2026 – …".
_AGENDA = re.compile(
    rf"^(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_MONTH_RE})|(?:{_MONTH_RE})\s*[–-]\s*(?:{_MONTH_RE})"
    rf"|(?:{_SEASON_RE}|{_MONTH_RE}))(?:\s+((?:19|20)\d\d))?\s+[–-]\s+([A-ZÅÄÖ].*)$",
    re.IGNORECASE,
)
#: The place an agenda line ends in: ", Boden", ", Luleå".
_AGENDA_PLACE = re.compile(r",\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?$")
#: A calendar line's place after its last comma: a capitalised venue of up to four words
#: ("…, Mora gymnasium", "…, Folkets hus Rättvik").
_CALENDAR_PLACE = re.compile(r",\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}$")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def _dated_event(
    deck: _Deck,
    i: int,
    text: str,
    name: str,
    year: str | None,
    initiative: str | None,
    *,
    alt_names: tuple[str, ...] = (),
    location: str | None = None,
) -> Mention:
    """An event a deck's agenda, calendar or list line names, dated and placed as the line says."""
    return Mention(
        "event",
        name,
        deck.source(i, text),
        description=text,
        heading=deck.headings[i],
        alt_names=alt_names,
        start=year,
        location=location,
        relations=(Relation("part-of", "initiative", initiative),) if initiative else (),
    )


def _agenda_event(deck: _Deck, i: int, initiative: str | None) -> Mention | None:
    """An agenda line opening a text box: "<day month | months | season year> – <event>[, <place>]".

    The date and the place are no part of the name; a bracket after it ("(fyra teman)") is a note.
    A name that opens with an event noun before a proper name ("Webbinarieserien Norrbotten pratar
    psykisk hälsa") is known by the proper name too.
    """
    row = deck.rows[i]
    if not row.page_start or row.bullet:
        return None
    text, _ = _unit(deck, i)
    m = _AGENDA.match(text)
    if m is None:
        return None
    name = re.sub(r"\s*\([^()]*\)$", "", m.group(2)).strip()
    place = _AGENDA_PLACE.search(name)
    if place is not None:
        name = name[: place.start()]
    words = name.split()
    if len(words) < 2 or len(words) > 14:
        return None
    cues = cue_nouns()
    first = cues.match(words[0])
    alts = (" ".join(words[1:]),) if first is not None and first.kind == "event" and words[1][:1].isupper() else ()
    year = m.group(1) or next(iter(_YEAR.findall(deck.headings[i])), None)
    location = place.group(0).lstrip(", ") if place is not None else None
    return _dated_event(deck, i, text, name, year, initiative, alt_names=alts, location=location)


#: The date label of a calendar item: "16 mars:", "12 okt:", "Maj:", "Hösten:", "Maj–juni 2027:";
#: a month may be abbreviated (``loader.grammar.month`` reads it).
_MONTH_WORD = r"[A-Za-zåäöÅÄÖ]{3,9}\.?"
_CALENDAR_LABEL = re.compile(
    rf"^(?:(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+)?({_MONTH_WORD})(?:\s*[–-]\s*{_MONTH_WORD})?)"
    rf"(?:\s+((?:19|20)\d\d))?\s*:\s+",
)


_EVENT_CUE = URIRef("https://w3id.org/psykgraf/vocab/resource-form/eventCue")


@cache
def _event_nouns() -> frozenset[str]:
    """Nouns of meetings the vocabulary names although a form shares their stem ("nätverksträff"
    is a meeting of a network): ``:eventCue`` of resource-form.ttl."""
    graph = Graph().parse(Path(VOCAB_DIR) / "resource-form.ttl", format="turtle")
    return frozenset(str(o).lower() for o in graph.objects(None, _EVENT_CUE) if isinstance(o, Literal))


def _calendar_label(text: str) -> re.Match[str] | None:
    """The date label a calendar item opens with, when its word is a month or a season."""
    m = _CALENDAR_LABEL.match(text)
    if m is None:
        return None
    word = m.group(1).lower().rstrip(".")
    return m if month(word) is not None or word in SEASONS else None


def _calendar_event(deck: _Deck, i: int, initiative: str | None) -> Mention | None:
    """A list item of a calendar slide: "• 16 mars: Länskonferens Unga i fokus", "• Hösten: Nätverksträff".

    The date label is no part of the name; the name is an event's only where it is made by a kind
    noun: it opens with one ("Utbildningsdag …", "Nätverksträff …") or holds an event noun ("X –
    erfarenhetsseminarium"). The year is the label's or the slide title's ("Kalender 2027").
    """
    row = deck.rows[i]
    text, last = _unit(deck, i)
    m = _calendar_label(text)
    if m is None:
        return _dated_item(deck, i, last, text, initiative)
    if not row.bullet:
        return None
    name = text[m.end() :].strip()
    words = _WORD_FORM.findall(name)
    if not name[:1].isupper() or not 1 <= len(words) <= 14 or name.endswith((".", "?", "!")):
        return None
    cues = cue_nouns()
    first = cues.match(words[0])
    # An occasion's noun opens the name ("Länskonferens …", "Nätverksträff …", "Utbildningsdag …");
    # a definite noun before a verb ("Styrgruppen träffas") is a clause about a group.
    occasion = (
        first is not None
        and not _definite(words[0])
        and (first.kind == "event" or first.form == "utbildning" or words[0].lower() in _event_nouns())
    )
    # A calendar's place after a comma ("…, Borås", "…, Folkets hus Rättvik") is where, no part of the name.
    place = _CALENDAR_PLACE.search(name)
    location = place.group(0).lstrip(", ") if place is not None else None
    if place is not None and len(name[: place.start()].split()) >= 1:
        name = name[: place.start()].strip()
        words = _WORD_FORM.findall(name)
    # A dated name that carries its own year ("12 november: Ungdomsdialogen 2034") is one
    # edition of an occasion, even without an event noun; a kind noun of a thing or a group, or a
    # verb, makes it something else ("Rapporten X 2034 publiceras").
    edition = (
        bool(re.search(r"\b(?:19|20)\d\d$", name))
        and len(words) >= 2
        and not any((c := cues.match(w)) is not None and c.kind != "event" for w in words)
        and not any(finite_verb(w.lower()) for w in words[1:])
    )
    evented = any((c := cues.match(w)) is not None and c.kind == "event" for w in words[1:])
    if not (occasion or edition or evented):
        return None
    if len(words) == 1:
        return None  # a kind noun alone names no one event
    year = m.group(2) or next(iter(_YEAR.findall(deck.headings[i])), None)
    return _dated_event(deck, i, text, name, year, initiative, location=location)


#: A list item that names an occasion before its date: "<Name> – 9 maj 2029, <Ort>",
#: "<Name> – 3 september", "<Name>, november 2029, <Ort>", "<Name> (<Ort>, 2–3 december 2029)".
_ITEM_DATE = (
    rf"(?:(?P<day>\d{{1,2}})(?P<days>\s*[–-]\s*\d{{1,2}})?\s+)?(?P<month>{_MONTH_WORD})(?:\s+(?P<year>(?:19|20)\d\d))?"
)
#: The venue after an occasion's date: a place, or a building in one ("Folkets hus Kumla",
#: "Stadshuset i Ankeby"), capitalised first word and up to three words after it.
_PLACE = r"[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}"
_DATED_ITEM = (
    re.compile(rf"^(?P<name>[A-ZÅÄÖ].+?)(?:\s+[–-]\s+|,\s+){_ITEM_DATE}(?:,\s+(?P<place>{_PLACE}))?$"),
    re.compile(rf"^(?P<name>[A-ZÅÄÖ].+?)\s+\((?:(?P<place>{_PLACE}),\s+)?{_ITEM_DATE}\)$"),
    # a named day right before its date: "Fjällbryggan-dagen 7 oktober 2050", "Ankedagarna 3–4 maj"
    re.compile(rf"^(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:dagen|dagarna))\s+(?=\d){_ITEM_DATE}(?:,\s+(?P<place>{_PLACE}))?$"),
)


#: A picture's caption on a slide, labelled as slide software and photo credits write it.
_CAPTION = re.compile(r"^(?:Bild|Foto|Fotograf|Illustration|Photo)\s*:", re.IGNORECASE)


def _dated_item(deck: _Deck, i: int, last: int, text: str, initiative: str | None) -> Mention | None:
    """A list item that is a name and the date it happens on, nothing more: an occasion on the
    deck's calendar, whatever noun its name is made with. A clause ("Styrgruppen träffas – 10
    okt") is no name; the month must be a month. The date may wrap to a line of its own that
    opens with the dash ("<Name>" / "– 8 oktober"), which reads like a bullet but holds no item."""
    letters = [c for c in text if c.isalpha()]
    if _slide_opening(deck, i) and len(letters) >= 4 and all(c.isupper() for c in letters):
        # "AKTIVITETER 2066": a slide's title in capitals heads the occasions listed below it and
        # names none of them (no tuned deck names an occasion by a title in capitals).
        return None
    nxt = deck.next_nonblank(last, limit=2)
    # A dash that is the deck's own bullet ("– Kick-off …, 9 februari") opens the next item, no
    # date wrapped below this one.
    if (
        nxt is not None
        and not deck.rows[nxt].page_start
        and deck.rows[nxt].text[:1] in "–-"
        and not deck.rows[nxt].first_level
    ):
        wrapped = f"{text} {deck.rows[nxt].text}"
        if any(p.match(wrapped) for p in _DATED_ITEM) and not any(p.match(text) for p in _DATED_ITEM):
            text = wrapped
    if _CAPTION.match(text):
        return None  # "Bild: Ungdomsrådet på stranden, augusti 2035": a picture's caption, no occasion
    for pattern in _DATED_ITEM:
        m = pattern.match(text)
        if m is not None and month(m.group("month").lower().rstrip(".")) is not None:
            break
    else:
        return None
    name = m.group("name").strip(" –-,")
    place = m.group("place")
    at = re.search(rf",\s+({_PLACE})$", name)
    if at is not None and not place and venue(at.group(1)):
        # "Uppstartsmöte, Munkfors folkets hus, 11 februari 2054": a venue between the name and
        # its date, after a comma, is where, no part of the name
        name, place = name[: at.start()].strip(), at.group(1)
    words = name.split()
    day = pattern is _DATED_ITEM[2]  # a named day is one word ("Fjällbryggan-dagen")
    if not (1 if day else 2) <= len(words) <= 14 or name.endswith((".", "?", "!", ":")) or _verb_cut(name) != name:
        return None
    cues = cue_nouns()
    if (
        len(words) > 1
        and all(w.isalpha() and w.islower() for w in words[1:])
        and _definite(words[-1])
        and not any((c := cues.match(w)) is not None and c.kind == "event" for w in words)
    ):
        # "Utvärdering av piloten – december 2054": a common noun phrase of no occasion's noun,
        # about something named before (a definite noun), is a step of the work, no occasion
        return None
    if not day and (
        finite_verb(words[0].lower()) or month(words[1].lower().rstrip(".")) is not None or words[1].lower() in SEASONS
    ):
        # "Pågår september 2045 – juni 2047", "Startar våren 2046 – …": a predicate and the period it
        # spans (a project's status line), no occasion's name.
        return None
    year = m.group("year") or next(iter(_YEAR.findall(deck.headings[i])), None)
    if m.group("year") and m.group("day") and not m.group("days"):
        year = f"{year}-{month(m.group('month').lower().rstrip('.')):02d}-{int(m.group('day')):02d}"
    return _dated_event(deck, i, text, name, year, initiative, location=place)


#: A slide title on the parts of an event: "Teman i webbinarieserien", "Program för konferensen".
_PARTS_OF = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+ (?:i|för|under|på) ([\wåäö-]+)$")


def _theme_events(deck: _Deck, initiative: str | None) -> list[Mention]:
    """The numbered items under a slide title on the parts of an event ("Teman i webbinarieserien"
    / "1. Sömn och skärmar"): each is an event of its own, a part of that series."""
    out: list[Mention] = []
    cues = cue_nouns()
    for i, row in enumerate(deck.rows):
        m = _PARTS_OF.match(row.text) if row.page_start else None
        cue = cues.match(m.group(1)) if m else None
        if cue is None or cue.kind != "event":
            continue
        j = deck.next_nonblank(i, limit=3)
        while j is not None and not deck.rows[j].page_start:
            item = _ITEM.match(deck.rows[j].text)
            if item is None:
                break
            text, last = _unit(deck, j)
            name = _ITEM.match(text).group(2).strip()  # type: ignore[union-attr]
            out.append(_dated_event(deck, j, text, name, None, initiative))
            j = deck.next_nonblank(last, limit=3)
    return out


def _local_organizer(deck: _Deck, event: str) -> ActorRole | None:
    key = fold(event)
    for i, row in enumerate(deck.rows):
        m = re.match(r"^(.+?) har tagit initiativ till (.+)$", row.text)
        if m and any(w in key for w in fold(m.group(2)).split() if len(w) > 6):
            return ActorRole(m.group(1), "organizer", deck.source(i))
    return None


def _presenters(deck: _Deck) -> list[str]:
    out: list[str] = []
    for i, row in enumerate(deck.rows):
        if row.text.startswith("mailto:"):
            continue
        m = _EMAIL.search(row.text)
        if not m:
            continue
        before = row.text[: m.start()].strip(" ,")
        if not before:
            names: list[str] = []
            j: int | None = i
            for _ in range(2):
                j = deck.prev_nonblank(j) if j is not None else None
                if j is None:
                    break
                t = deck.rows[j].text
                if _EMAIL.search(t) or len(t.split()) > 4 or not t[:1].isupper() or re.search(r"\d", t):
                    break
                names.insert(0, t)
            before = ", ".join(names)
        if not before or not _PERSON.match(before):
            local = m.group(1).replace(".", " ").split()
            if len(local) < 2:
                continue
            before = " ".join(w[:1].upper() + w[1:] for w in local)
            before = re.sub(r"-(\w)", lambda x: "-" + x.group(1).upper(), before)
        entry = f"{before} ({m.group(2)})"
        if entry not in out:
            out.append(entry)
    return out


# --- named things of the pilots, delarenor and working groups ----------------------------------

_YEAR_IN_BRACKETS = re.compile(r"\((?:19|20)\d\d\)")
_DATE_TAIL = re.compile(rf"\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTH_RE})\b.*$", re.IGNORECASE)
#: A date on a slide: "12 maj", "3–4 juni 2024", "2024-06-03", "hösten 2023", "maj 2024".
_DATED = re.compile(
    rf"\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTH_RE})\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b(?:{_MONTH_RE}|{'|'.join(sorted(SEASONS))})\s+\d{{4}}\b",
    re.IGNORECASE,
)
#: A place after a comma, before the date the line closes with: ", Exempelby", ", Norra Exempelby",
#: or a venue in it, capitalised first word and up to three words ("…, Ankeby folkets hus").
_PLACE_AFTER_COMMA = re.compile(r",\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[\wåäöÅÄÖ-]+){0,3}$")
#: When and where a line's event takes place, at its end: "i maj", "i Exempelby i maj", "på Ankeby
#: skola i oktober 2037".
_IN_MONTH = re.compile(
    rf"(?:\s+(?:i|på)\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[a-zåäö]+)?)?\s+i\s+(?:{_MONTH_RE})(?:\s+\d{{4}})?$", re.IGNORECASE
)
_TITLE_END = re.compile(r"\s+[-–]\s+|\s*[(:?]|\s*…")
_CONNECTIVES = "|".join(sorted(PREPOSITIONS | CONJUNCTIONS, key=len, reverse=True))
#: A line that ends in a connective or an example marker continues on the next line.
_OPEN_END = re.compile(rf"(?:\b(?:ex|t ex|t\.ex\.|till exempel|exempelvis|{_CONNECTIVES})|[,&–-])\s*$")
_TRAILING_CONNECTIVE = re.compile(rf"(?:\s+(?:{_CONNECTIVES}))+\s*$")
#: Ordinals end in -a like plural adjectives but name one thing ("Första linjenkonferens").
_ORDINALS = ORDINALS
_TITLE_PREPOSITIONS = PREPOSITIONS
_KIND_OF_CUE = {"resource": "resource", "initiative": "initiative", "network": "actor", "event": "event"}


def _unit(deck: _Deck, i: int) -> tuple[str, int]:
    """A list item or a line with its wrapped lowercase continuation lines."""
    row = deck.rows[i]
    parts, j = [row.item], i
    while True:
        nxt = deck.next_nonblank(j, limit=2)
        if nxt is None or deck.rows[nxt].bullet or deck.rows[nxt].page_start or deck.blank_run_after(j) >= 2:
            break
        # A text box wraps its line after a connective or an example marker even before a
        # capital: "… arbetet ex" / "PAX, YAM, Skolmodellen PALS".
        # A text box exported with its soft wraps keeps the space before each break ("YAM – Youth
        # Aware of " / "Mental Health"); a line without one ends the box's paragraph.
        soft = _soft_continues(deck, i, j, nxt)
        # A caps title wraps after its connective as well ("MÅ BRA – SAMTALSKORT FÖR" / "KLASSRUMMET").
        caps_open = parts[-1].isupper() and bool(_OPEN_END.search(parts[-1].lower()))
        # A bracket left open goes on below: "Mitt mående (webbplats för unga " / "16–25 år, …)".
        bracket = sum(p.count("(") - p.count(")") for p in parts) > 0
        # A line ending in a definite kind noun goes on with the name it is the noun of ("Bygger på
        # programmet" / "Hamnen – trygga föräldrar (2038)"): the noun's apposition.
        awaits = _awaits_name(parts[-1]) and deck.rows[nxt].text[:1].isupper()
        hangs = deck.rows[nxt].hanging  # wrapped under the item with a hanging indent
        if not (
            deck.rows[nxt].text[:1].islower() or _OPEN_END.search(parts[-1]) or soft or caps_open or bracket or hangs
        ):
            if not (len(parts) == 1 and _names_below(deck, i, nxt)) and not awaits:
                break
        parts.append(deck.rows[nxt].text)
        j = nxt
    return _join(parts), j


def _awaits_name(text: str) -> bool:
    """Whether a line ends in a definite noun of a thing's kind after a lower-case word ("Bygger på
    programmet", "enligt metoden"): Swedish puts the name right after such a noun.

    >>> _awaits_name("Bygger på programmet"), _awaits_name("Följer metoden"), _awaits_name("Programmet")
    (True, True, False)
    >>> _awaits_name("Vi följer programmet noga"), _awaits_name("för unga i modellerna")
    (False, False)
    """
    words = text.split()
    # The word before the noun is lower-case or the line's opening verb ("Följer metoden").
    if len(words) < 2 or not (words[-2][:1].islower() or len(words) == 2):
        return False
    cue = cue_nouns().match(words[-1])
    # A thing's kind, not a project's: "Styrgrupp för kraftsamlingen" ends its own name.
    return cue is not None and cue.kind == "resource" and _definite(words[-1]) and not _plural_cue(words[-1], cue)


def _names_below(deck: _Deck, i: int, nxt: int) -> bool:
    """Whether list item ``i`` is a kind noun alone in the definite form ("Klassrumsprogrammet",
    "Materialet"), which names nothing by itself: the thing's name is the line below it."""
    words = _WORD_FORM.findall(deck.rows[i].item)
    if len(words) != 1 or not deck.rows[i].bullet or deck.rows[nxt].bullet:
        return False
    cue = cue_nouns().match(words[0])
    below = deck.rows[nxt].text
    return (
        cue is not None
        and cue.kind in ("resource", "initiative")
        and _definite(words[0])
        and below[:1].isupper()
        and len(below.split()) <= 8
        and not below.endswith((".", ":", "?"))
    )


#: The widest line a slide's text box holds; longer lines are running text (a list of papers).
_BOX_WIDTH = 60


def _soft_wrap(deck: _Deck, i: int) -> bool:
    """Whether row ``i`` is a text box line broken at a soft wrap: an export that keeps the space
    before each break ("YAM – Youth Aware of " / "Mental Health"), in a narrow box."""
    row = deck.rows[i]
    return row.raw.endswith(" ") and 0 < len(row.text) <= _BOX_WIDTH


_DATE_START = re.compile(rf"^\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTH_RE})\b", re.IGNORECASE)


def _soft_continues(deck: _Deck, first: int, j: int, nxt: int) -> bool:
    """Whether row ``nxt`` goes on with the text box line ``j`` broken at a soft wrap.

    A lowercase word always goes on. A capital goes on only in a box's title, the line the export
    indents by a space ("YAM – Youth Aware of " / "Mental Health"), never in a grid of cells; a
    numbered point, a date ("Regionkonferensen Unga i fokus " / "9 november 2021") or a caps
    banner under mixed case ("Vård- och insatsprogram " / "FRÅN… …TILL") starts text of its own.
    """
    if not _soft_wrap(deck, j):
        return False
    text = deck.rows[nxt].text
    if _ITEM.match(text) or _DATE_START.match(text) or (text.isupper() and not deck.rows[j].text.isupper()):
        return False
    if text[:1].islower() or deck.rows[first].raw[:1].isspace():
        return True
    # A calendar item's kind noun after its date label waits for its name: "16 mars: Länskonferens "
    # / "Unga i fokus".
    label = _calendar_label(deck.rows[j].item)
    if label is not None:
        after = _WORD_FORM.findall(deck.rows[j].item[label.end() :])
        return len(after) == 1 and cue_nouns().match(after[0]) is not None
    # A kind noun alone, or after its owner, is followed by the name: "Folkhälsomyndighetens
    # kunskapsstöd " / "Främja psykisk hälsa i förskolan (2021)".
    words = _WORD_FORM.findall(deck.rows[j].item)
    cue = cue_nouns().match(words[-1]) if 0 < len(words) <= 2 else None
    if cue is None or cue.kind not in ("resource", "initiative"):
        return False
    owned = len(words) == 2 and words[0][:1].isupper() and words[0].endswith("s")
    return owned if len(words) == 2 else _definite(words[0])


def _definite(word: str) -> bool:
    return definite(word)


def _predicates_below(deck: _Deck, j: int) -> str:
    """The list items of a slide below row ``j`` that open with a verb and no subject ("➤ Togs fram
    2052 av …", "➤ Används i alla kommuner"): what the slide says of the thing its title names.

    >>> from loader.model import Line
    >>> rows = [" Bryggan", "Bryggan – en modell", "➤ Togs fram 2059 av regionen", "➤ Ett första samtal", " Nästa"]
    >>> _predicates_below(_Deck(Document("r", tuple(Line(k, t) for k, t in enumerate(rows, 1)))), 1)
    'Togs fram 2059 av regionen'
    """
    out: list[str] = []
    for row in deck.rows[j + 1 :]:
        if row.page_start:
            break
        words = row.item.split()
        if row.bullet and words and words[0][:1].isupper() and finite_verb(words[0].lower()):
            out.append(row.item)
    return " ".join(out)


def _labelled_event(head: str, rest: str, cues: CueNouns) -> tuple[str, Cue] | None:
    """An occasion a line names by its noun as a label and its title after the colon ("Workshop:
    Flottleden i skolan", "Webbinarium: Trygg i skolan – kom igång"): the noun stays in the name,
    which tells the occasion from the thing it is about; a date after the title is when. A
    sentence after the colon ("Seminarium: Vi träffas i maj.") is no title.

    >>> [_labelled_event("Workshop", ": Bryggan i skolan", cue_nouns())[0]]
    ['Workshop: Bryggan i skolan']
    >>> _labelled_event("Konferens", ": Unga i fokus 3 mars 2061", cue_nouns())[0]
    'Konferens: Unga i fokus'
    >>> _labelled_event("Seminarium", ": Vi träffas i maj.", cue_nouns()) is None
    True
    """
    after = rest.lstrip()
    if not after.startswith(":") or len(head.split()) != 1:
        return None
    cue = cues.match(head)
    title = _DATE_TAIL.sub("", after[1:]).strip(" ,")
    title = re.sub(r"\s*\([^()]*\)$", "", title)  # "(fyra tillfällen)": a note on the occasion
    words = title.split()
    if cue is None or cue.kind != "event" or _definite(head) or not title[:1].isupper():
        return None
    if not 1 <= len(words) <= 10 or title.endswith((".", "!", "?")) or any(finite_verb(w.lower()) for w in words):
        return None
    return f"{head}: {title}", cue


def _titled(text: str, cues: CueNouns, *, appositive: bool = True) -> tuple[str, Cue] | None:
    """A short title-like line whose head noun is a cue: "Utökat barnstödsteam", "Barnhälsoteam -
    förskolan", "Barnhälsobaserad modell för förskolan", "Proaktiva teamet (pedagog, …)".

    Generic mentions stay out: a bare cue ("Arbetsgrupp"), a plural class ("Traditionella
    vårdprogram": an adjective in -a before an indefinite noun), an explanation after a colon,
    and one-word compounds other than teams ("Vaccinationsprogram").
    """
    head = _TITLE_END.split(text, maxsplit=1)[0].strip()
    rest = text[len(head) :]
    labelled = _labelled_event(head, rest, cues)
    if labelled is not None:
        return labelled
    if rest.lstrip().startswith(":") and len(rest.split()) >= 3:
        return None  # "Ny modell för sitt arbete: Ger plats åt …" is a statement, not a title
    head = _TRAILING_CONNECTIVE.sub("", head)  # "Workshop med BUS och" wraps onto the next line
    words = re.findall(r"[\wåäöÅÄÖé-]+", head)
    if not words or len(words) > 10 or not head[:1].isupper() or head.endswith(".") or head.isupper():
        return None
    if any(w.lower() in QUANTIFIERS for w in words):
        return None  # "Gemensamt arbetssätt på alla förskolor …" describes a practice, it names none
    if _activity_opening(words):
        return None  # "Sprida Älvdalsmodellen till …": a thing to do with a named thing, no title
    for k, word in enumerate(words[:3]):
        if k == 2 and words[1] != "och":
            break
        cue = cues.match(word)
        if cue is None:
            continue
        if k > 0 and words[0].lower() in ARTICLES:
            return None  # "Ett lotsteam för familjer med barn" says what a thing is; it names none
        if appositive and _appositive(words, k, cue) and not _DATED.search(text):
            # "Arbetsgrupp Tidiga insatser", "Barn- och ungdomsrådet Norrbacka", "Temadag Skolnärvaro":
            # a group's or a meeting's noun before a capitalised name is that group's or meeting's title.
            # A finite verb after the name opens what the line says of it ("Nätverket X startade
            # i mars"), no part of the title.
            return _verb_cut(head.strip(" -–")), cue
        # Titles name teams, events and models or methods; "Riktad kartläggning" or "Gemensam
        # kompetensutveckling" name an activity of a form, and "Projekt 3-4 år" a kind of grant.
        if len(words) > 7 and (k > 0 or cue.kind == "resource"):
            return None  # long titles only for groups and events named by their task ("Arbetsgrupp för att …")
        in_month = _IN_MONTH.search(head)
        if cue.kind == "event" and k == 0 and (_DATED.search(text) or in_month) and not _plural_cue(word, cue):
            # A dated event noun opening a line is one occurrence, whatever follows: "Temadag
            # 12 maj", "Konferens för elevhälsan 3 juni 2024", "Dialogmöte hösten 2023"; also a
            # month with its place before it ("Dialogmöte med unga i Exempelby i maj"), which is
            # where and when, no part of the title.
            name = _DATE_TAIL.sub("", head[: in_month.start()] if in_month else head).strip(" -–,")
            # "Kustkonferensen 2042, Exempelby 9 oktober": the place after a comma is where it is held.
            name = _PLACE_AFTER_COMMA.sub("", name) if _DATE_TAIL.search(head) else name
            if len(name) <= len(word) and len(words) > 1 and (date := _DATE_TAIL.search(head)) is not None:
                # the noun alone, its venue dropped: the occurrence is the noun and its date
                return f"{name}{date.group(0)}", cue
            return (name, cue) if len(name) > len(word) or len(words) == 1 else (head, cue)
        if cue.kind == "initiative" or (cue.kind == "resource" and cue.form not in (None, "modell")):
            return None
        # A definite cue opening the line is the subject of a statement ("Piloten landade på…"),
        # unless a preposition follows and no verb: then the line is the group's name ("Nätverket
        # för elevhälsochefer").
        statement = len(words) > 1 and (
            words[1].lower() not in _TITLE_PREPOSITIONS or any(w.lower() in AUXILIARIES for w in words)
        )
        if k == 0 and _definite(word) and statement:
            return None
        # After the head noun comes a preposition or nothing: "modell för förskolan", not
        # "kunskapsstöd frigör resurser".
        if k + 1 < len(words) and words[k + 1].lower() not in _TITLE_PREPOSITIONS:
            return None
        if len(words) == 1 and (cue.kind != "network" or stem_key(word) == stem_key(cue.label)):
            return None
        adjective = words[k - 1].lower() if k >= 1 else ""
        if adjective.endswith("a") and adjective not in _ORDINALS and not _definite(word) and words[1] != "och":
            return None
        if _plural_cue(word, cue) or (len(words) == 1 and stem_key(word) == stem_key(cue.label)):
            return None
        if cue.kind == "event" and k == 0 and stem_key(word) == stem_key(cue.label) and len(words) > 2:
            # A bare event noun names an event only by a title: "Föreläsning om Oroliga och ängsliga
            # barn". "Föreläsning för all personal kring relationell pedagogik" or "Workshop med BUS
            # och …" say who attends a meeting of a pilot's plan, an activity with no name.
            topic = words[2] if words[1].lower() in ("om", "kring") else ""
            if not topic[:1].isupper():
                return None
        # A finite verb after the title opens what the line says of it ("Nätverket Efter X startade
        # i mars 2036"), no part of the title.
        return _verb_cut(_DATE_TAIL.sub("", head).strip(" -–")), cue
    return None


def _activity_opening(words: list[str]) -> bool:
    """Whether a line opens with an infinitive taking a name as its object: a step of a plan or a
    to-do list ("Sprida Älvdalsmodellen till Haparanda", "Införa PAX i förskolan"), an activity and
    no title. The verb ends in "-a" and is no adjective ("Nationella", "Digitala": adjective
    endings; "Nya", "Unga": too short to be told apart) before a capitalised name.

    >>> _activity_opening(["Sprida", "Älvdalsmodellen", "till", "Haparanda"]), _activity_opening(["Införa", "PAX"])
    (True, True)
    >>> _activity_opening(["Regionala", "Traumamodellen"]), _activity_opening(["Trygga", "vägar", "hem"])
    (False, False)
    >>> _activity_opening(["Första", "Linjen"]), _activity_opening(["Lotsa", "rätt"])
    (False, False)
    """
    if len(words) < 2 or not words[1][:1].isupper():
        return False
    verb = words[0].lower()
    return (
        len(verb) >= 5
        and verb.endswith("a")
        and not verb.endswith(ADJECTIVE_ENDINGS)
        and verb not in ORDINALS
        and verb not in FUNCTION_WORDS
    )


def _appositive(words: list[str], k: int, cue: Cue) -> bool:
    """Whether the title words name a group or a meeting by a capitalised name right after its
    noun ("Arbetsgrupp Främjande i förskola och skola", "Temadag Skolnärvaro"): a singular group
    or event noun, a capitalised word that is no abbreviation of a list after it, and no verb.

    >>> c = Cue("network", None, "arbetsgrupp")
    >>> _appositive(["Arbetsgrupp", "Tidiga", "insatser"], 0, c), _appositive(["Arbetsgrupper", "Region"], 0, c)
    (True, False)
    >>> _appositive(["Arbetsgruppen", "Skolan", "har", "mål"], 0, c)
    False
    """
    if cue.kind not in ("network", "event") or k + 1 >= len(words) or _plural_cue(words[k], cue):
        return False
    if k == 0 and _definite(words[0]):
        return False  # "Nätverket Elevhälsa Dalarna": the name is what follows the definite noun
    name = words[k + 1]
    if not name[:1].isupper() or name.lower() in FUNCTION_WORDS:
        return False
    return not any(w.lower() in AUXILIARIES for w in words)


def _named_group_before(text: str, named: Named, name: str, earlier: list[Mention]) -> Mention | None:
    """The one group the deck named before by a common noun ("Länets ungdomsråd", "Regionens
    styrgrupp") that a definite noun opening ``text`` takes up with a proper name ("Ungdomsrådet
    Unga i Exempellän …"): the same group, now named."""
    if text[: named.start].strip() or not text[named.start :].startswith(named.cue):
        return None
    if not _definite(named.cue) or not name[:1].isupper():
        return None
    key = stem_key(named.cue)
    same = [
        m
        for m in earlier
        if m.kind == "actor"
        and len(words := m.name.split()) == 2
        and words[0][:1].isupper()
        and words[1][:1].islower()
        and stem_key(words[1]) == key
    ]
    return same[0] if len(same) == 1 else None


def _verb_cut(name: str) -> str:
    """A capitalised name up to the finite verb a slide line runs on with ("Kraftsamling för
    psykisk hälsa startade" / "2019 och …" names "Kraftsamling för psykisk hälsa").

    >>> _verb_cut("Rådet Unga träffas varje vecka"), _verb_cut("Anpassade insatser för unga")
    ('Rådet Unga', 'Anpassade insatser för unga')
    """
    words = name.split()
    if not words or not words[0][:1].isupper():
        return name
    for k in range(1, len(words)):
        if words[k][:1].islower() and finite_verb(words[k], words[k + 1] if k + 1 < len(words) else ""):
            head = words[:k]
            while head and head[-1].lower() in FUNCTION_WORDS:
                head.pop()
            return " ".join(head) if head else name
    return name


def _predicate_cut(text: str, name: str, end: int) -> str:
    """A name without the predicate a sentence on a slide runs on with: "Nätverket Elevhälsa
    Dalarna träffas varje månad." names "Elevhälsa Dalarna". Only a name of two or more
    capitalised words that runs to the end of a sentence is cut, at its first lower-case word.

    >>> _predicate_cut("Nätverket Elevhälsa Dalarna träffas varje månad.", "Elevhälsa Dalarna träffas varje månad", 47)
    'Elevhälsa Dalarna'
    >>> _predicate_cut("Metoden Mer tid i klassrummet", "Mer tid i klassrummet", 29)
    'Mer tid i klassrummet'
    >>> _predicate_cut("Rådet Unga i Exempellän träffas varje vecka", "Unga i Exempellän träffas varje vecka", 43)
    'Unga i Exempellän'
    """
    # A finite verb after the name's capitalised words opens the predicate, with or without a full
    # stop: "Rådet Unga i Exempellän träffas fyra gånger per år" names "Unga i Exempellän".
    cut = _verb_cut(name)
    if cut != name:
        return cut
    words = name.split()
    if not text.rstrip().endswith(".") or text[end:].strip(" ."):
        return name
    caps = 0
    while caps < len(words) and words[caps][:1].isupper():
        caps += 1
    if caps >= 2 and caps < len(words) and words[caps].lower() not in FUNCTION_WORDS:
        return " ".join(words[:caps])
    return name


#: Words that open a clause inside a title ("Ledare som ser", "Vart vänder jag mig"): a verb after
#: one is the clause's, not a predicate said of the title.
_CLAUSE_OPENERS = frozenset({"som", "att", "när", "där", "hur", "vad", "vart", "var", "vem", "vilka", "om", "så"})
#: A past passive ("antogs", "lanserades", "genomfördes") before a year, a time or a preposition.
_PAST_PASSIVE = re.compile(r"^[a-zåäö]{2,}(?:ades|ogs|des|tes)$")
_STARTS = frozenset({"startar", "startade", "startat"})


def _predicate_at(words: list[str]) -> int | None:
    """Where a list item's predicate starts after the name it opens with: the first lower-case
    finite or passive verb not inside a clause of the title ("som", "att", a pronoun before it).

    >>> _predicate_at("Lokal handlingsplan för suicidprevention i Ankeby antogs 2065".split())
    6
    >>> _predicate_at("Stödet Kvällsljuset för unga startar hösten 2066".split())
    4
    >>> _predicate_at("Eftersken – stöd till efterlevande delas ut av kyrkan".split())
    5
    >>> _predicate_at("Ledare som ser".split()), _predicate_at("Någon lyssnade".split())
    (None, None)
    """
    for k in range(1, len(words)):
        w = words[k].lower()
        if not words[k][:1].islower() or "-" in w:
            continue
        prev = words[k - 1].lower()
        if prev in _CLAUSE_OPENERS or prev in PRONOUNS or prev in QUANTIFIERS or cue_nouns().match(w) is not None:
            continue
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if _passive_or_finite(w, nxt) or present_with_object(w, nxt) or w in _STARTS:
            return k
        timed = not nxt or re.match(r"(?:19|20)\d\d", nxt) or nxt in PREPOSITIONS or nxt in ADVERBS
        if _PAST_PASSIVE.match(w) and (timed or nxt in SEASONS or month(nxt) is not None):
            return k
    return None


def _subject_cut(name: str) -> str:
    """A name without the predicate its list item goes on with: a line that is a sentence with a
    finite verb names its subject, never the whole sentence ("– Lokal handlingsplan för … i
    Ankeby antogs 2065", "– Stödtrappan i Ankeby – pilot 2066 startar i mars", "Eftersken – stöd
    till efterlevande delas ut av kyrkan"). A title that is a question keeps its verbs.

    >>> _subject_cut("Lärstigen – livskunskap för årskurs 1–6, används i alla grundskolor")
    'Lärstigen – livskunskap för årskurs 1–6'
    >>> _subject_cut("Ankebyguiden – vägledning för första linjen"), _subject_cut("Vart vänder jag mig?")
    ('Ankebyguiden – vägledning för första linjen', 'Vart vänder jag mig?')
    """
    if name.endswith(("?", "!")):
        return name
    words = name.split()
    k = _predicate_at(words)
    if k is None:
        return name
    head = words[:k]
    while head and (head[-1].lower() in FUNCTION_WORDS or head[-1] in ("–", "-")):
        head.pop()
    return " ".join(head).rstrip(" ,;:–-") if head else name


def _short_name_of(name: str, known: Sequence[Mention]) -> bool:
    """Whether ``name`` is a known initiative's short name: its head noun and a name from its
    title, the place it is for ("Kraftsamling Exempelby" of "Kraftsamling för psykisk hälsa för
    alla barn i Exempelby – tidiga insatser"), as a deck writes its initiative in a slide title.

    >>> known = [Mention("initiative", "Satsning för unga i Exempelby", Source("r", 1, "x"))]
    >>> _short_name_of("Satsning Exempelby", known), _short_name_of("Exempelby – våra mål", known)
    (True, True)
    >>> _short_name_of("Satsning Norrby", known), _short_name_of("Projekt Exempelby", known)
    (False, False)
    """
    words = name.split()
    parts = re.split(r"\s+[–-]\s+", name, maxsplit=1)
    for m in known:
        if m.kind != "initiative":
            continue
        title = m.name.split()
        own = {fold(w) for w in title[1:] if w[:1].isupper()}
        if len(words) == 2 and fold(words[0]) == fold(title[0]) and fold(words[1]) in own:
            return True
        # What is left of a title "Kraftsamling Exempelby – våra mål" when its head noun is read
        # as a kind: the place and the slide's topic.
        if len(parts) == 2 and len(parts[0].split()) == 1 and fold(parts[0]) in own and parts[1][:1].islower():
            return True
    return False


def _titled_initiative(text: str, cues: CueNouns) -> tuple[str, str] | None:
    """The initiative a short line names when it opens with an initiative cue in its base form,
    as (name, longer form as written). Slide titles write a project as cue + name:

    * cue + preposition: the title up to a dash, colon or bracket is the name ("Kraftsamling
      för psykisk hälsa – med fokus på …");
    * cue + a name in lower case: the name ends at the first preposition or conjunction, which
      says where or with whom ("Projekt självkänsla i årskurs 5 och 7" names "Projekt självkänsla").

    A number after the cue is a kind of project or its year ("Projekt 3-4 år", "Pilot 2022").

    >>> _titled_initiative("Satsning på unga vuxna – 2024", cue_nouns())
    ('Satsning på unga vuxna', 'Satsning på unga vuxna')
    >>> _titled_initiative("Projekt trygga raster i årskurs 4", cue_nouns())
    ('Projekt trygga raster', 'Projekt trygga raster i årskurs 4')
    >>> _titled_initiative("Projekt 3-4 år", cue_nouns()) is None
    True
    """
    head = re.split(r"\s+[–-]\s+|\s*[:(]", text, maxsplit=1)[0].strip()
    head = _DATE_TAIL.sub("", head).strip()
    words = _WORD_FORM.findall(head)
    if len(words) < 2 or len(words) > 12 or not head[:1].isalnum() or head[:1].islower():
        return None
    if head.endswith((".", "?", "!")):
        return None
    # One attribute may come before the cue: "Särskild satsning på …", "10-årigt forskningsprogram om …".
    lead = 1 if len(words) > 2 and words[0].lower() not in FUNCTION_WORDS and cues.match(words[0]) is None else 0
    cue = cues.match(words[lead])
    if cue is None or cue.kind != "initiative" or not words[lead].lower().endswith(cue.label.lower()):
        return None
    if lead and (
        words[1][:1].isupper() or words[2].lower() not in PREPOSITIONS or words[0].lower().endswith(("a", "e"))
    ):
        # "Region Skåne …" is a name, not an attribute; an attribute phrase needs its topic; an
        # adjective in -a/-e is plural or definite ("Beviljade projekt om …": a class of projects).
        return None
    words = words[lead:]
    second = words[1].lower()
    if not second.isalpha():
        return None
    if second in FUNCTION_WORDS:
        return (head, head) if second in PREPOSITIONS and len(words) > 2 else None
    joins = "|".join(sorted(PREPOSITIONS | CONJUNCTIONS))
    name = re.split(rf"\s+(?:{joins})\s+|\s*,", head, maxsplit=1)[0]
    return name, head


#: An initiative's title inside a sentence: its capitalised noun after a lower-case word, a
#: preposition, and the lower-case words of its topic up to a clause word, a comma or the end
#: ("… på den nationella Kraftsamling för psykisk hälsa som SKR samordnar").
_INLINE_TITLE = re.compile(
    r"(?:(?P<lead>\b(?:[Dd]en|[Dd]et|[Dd]e)\s+[a-zåäö]+a)\s+)?(?<=[a-zåäö,] )(?P<cue>[A-ZÅÄÖ][a-zåäö]+)"
    r"\s+(?P<topic>(?:för|om|på|mot)(?:\s+[a-zåäö][\wåäö-]*){1,5}?)(?=\s+(?:som|där|och|med|i|inom|under|sedan)\b|[,.;:()]|\s+[–-]\s|$)"
)


def _inline_titles(text: str, cues: CueNouns) -> list[tuple[str, str]]:
    """Initiatives a sentence names by a title, as (name, name as written with its article and
    adjective): a capitalised initiative noun in mid-sentence is no common noun but the first word
    of a title, which runs over its preposition and lower-case topic words to a clause word, a
    comma or the end ("den nationella Kraftsamling för psykisk hälsa som SKR samordnar").

    >>> _inline_titles("Bygger på den nationella Kraftsamling för psykisk hälsa som SKR samordnar", cue_nouns())
    [('Kraftsamling för psykisk hälsa', 'den nationella Kraftsamling för psykisk hälsa')]
    >>> _inline_titles("Vi deltar i Satsning mot ensamhet, med stöd av regionen", cue_nouns())
    [('Satsning mot ensamhet', 'Satsning mot ensamhet')]
    >>> _inline_titles("Vi deltar i satsningen för unga", cue_nouns())
    []

    A title that opens a sentence ends before the sentence's predicate ("Den nationella
    Kraftsamling för psykisk hälsa startade 2019 …"):

    >>> _inline_titles("Den nationella Satsning mot ensamhet startade 2019 och har växt", cue_nouns())
    [('Satsning mot ensamhet', 'Den nationella Satsning mot ensamhet')]
    """
    out = []
    subject = _subject_cut(text)
    found = [*_INLINE_TITLE.finditer(text), *(_INLINE_TITLE.finditer(subject) if subject != text else ())]
    for m in found:
        cue = cues.match(m.group("cue"))
        if cue is None or cue.kind != "initiative" or _definite(m.group("cue")):
            continue
        if any(finite_verb(w) for w in m.group("topic").split()[1:]):
            continue  # "Satsning för att unga ska …": a clause, no title
        name = f"{m.group('cue')} {m.group('topic')}"
        out.append((name, f"{m.group('lead')} {name}" if m.group("lead") else name))
    return out


_FRAMEWORK = re.compile(r"\binom ramen för\s+")


def _framework(text: str) -> list[str]:
    """What is done "inom ramen för X" (within the frame of X): a named project or programme.

    >>> _framework("Vad gjorde vi inom ramen för Läslyftet Mora?")
    ['Läslyftet Mora']
    >>> _framework("Förstudien visar hur det fortsatta arbetet med Trygga skolvägar för unga ska se ut.")
    ['Trygga skolvägar för unga']
    """
    out: list[str] = []
    for m in _FRAMEWORK.finditer(text):
        got = name_at(text, m.end())
        if got is not None and got[0][:1].isupper() and len(got[0]) > 2:
            out.append(got[0])
    for m in _CONTINUED_WORK.finditer(text):
        # "hur det fortsatta arbetet med Tidiga samordnade insatser för barn och unga ska se ut": the
        # work a decision goes on with is a project named by its title (three words or more).
        got = name_at(text, m.end())
        if got is not None and got[0][:1].isupper() and len(got[0].split()) >= 3 and not is_organisation(got[0]):
            out.append(got[0])
    return out


#: "det fortsatta arbetet med X": the work that goes on after a pre-study or pilot, on project X.
_CONTINUED_WORK = re.compile(r"\bfortsatta arbetet med\s+(?=[A-ZÅÄÖ])")


_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?\s+({_MONTH_RE}),?\s+(\d{{4}})\b", re.I)


def _full_date(text: str) -> str | None:
    """The ISO date of the first "day month year" in ``text`` (the first day of a range).

    >>> _full_date("Workshop om Tidiga tecken 3 juni 2024"), _full_date("Temadag 12 maj")
    ('2024-06-03', None)
    """
    m = _DAY_MONTH_YEAR.search(text)
    if m is None:
        return None
    return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"


def _plural_cue(word: str, cue: Cue) -> bool:
    """Whether ``word`` is a plural of its cue ("modeller", "Workshops"): a class, not a thing.

    >>> c = Cue("event", None, "konferens")
    >>> _plural_cue("Elevhälsokonferens", c), _plural_cue("konferenser", c)
    (False, True)
    """
    w, label = word.lower(), cue.label.lower()
    if w.endswith(label):
        return False
    return w.endswith(label + "s") or w.endswith(("er", "erna", "ar", "arna", "or", "orna"))


def _references(deck: _Deck, i: int, text: str) -> tuple[str, str | None, int] | None:
    """A reference-list item "Author, Title (2014)" or "Title (2013) Form": title, author, year."""
    m = _YEAR_IN_BRACKETS.search(text)
    if not m or not deck.rows[i].bullet:
        return None
    year = int(m.group(0)[1:-1])
    before = text[: m.start()].strip(" ,")
    author: str | None = None
    if ", " in before:
        author, before = before.split(", ", 1)
        # "Svenska föreningen för barn- och ungdomspsykiatri (SFBUP)": the organisation's name.
        author = re.sub(r"\s*\([A-ZÅÄÖ]{2,8}\)$", "", author)
        # Several authors come first, each before a comma and a capital: "SKL, Uppdrag psykisk
        # hälsa, Förstalinjeboken (2018)"; a comma before a lower-case word is inside the title
        # ("Stöd till barn, ungdomar och vuxna med adhd").
        parts = re.split(r", (?=[A-ZÅÄÖ])", before)
        before = parts[-1]
    owned = _OWNED_TITLE.match(before)
    cue = cue_nouns().match(owned.group(2)) if owned else None
    if owned and cue is not None and cue.kind == "resource" and not author:
        # "Folkhälsomyndighetens kunskapsstöd Främja psykisk hälsa i förskolan (2021)": the
        # publisher in the genitive and the kind of text before the title.
        author, before = owned.group(1), owned.group(3)
    cited = _CITED_AFTER_NOUN.search(before)
    if cited is not None and _awaits_name(before[: cited.start(1)].strip()):
        # "Bygger på programmet Hamnen – trygga föräldrar (2038)": the title follows its kind noun.
        before = cited.group(1)
    if not before[:1].isupper() or len(before.split()) > 16:
        return None
    return before, author, year


#: A capitalised title after a lower-case word, up to the line's end: the title a noun before it names.
_CITED_AFTER_NOUN = re.compile(r"\s([A-ZÅÄÖ][^()]*)$")


#: A title after its publisher in the genitive and its kind: "Folkhälsomyndighetens vägledning X".
_OWNED_TITLE = re.compile(r"^([A-ZÅÄÖ][\wåäöÅÄÖ-]*?)(?::s|s)\s+([\wåäö-]+)\s+([A-ZÅÄÖ].*)$")
#: An abbreviation and what it stands for: "MBL – Må bra-lektionerna".
_ABBR_DASH = re.compile(r"^([A-ZÅÄÖ]{2,6})\s+[–-]\s+([A-ZÅÄÖ][^()]{3,80})$")


#: "<Name>, en/ett <what it is> …": a list item opening with a name and its apposition.
#: A name and an apposition opening with its owner's genitive: "Hjärtvedsguiden, SKR:s vägledning …".
_OWNED_APPOSITION = re.compile(
    r"^([A-ZÅÄÖ][\wÅÄÖåäö-]*(?:\s+[\wÅÄÖåäö-]+){0,4}),\s+([\wÅÄÖåäö-]+?(?::s|s)\s+[a-zåäö].*)$"
)
_COMMA_APPOSITION = re.compile(r"^([A-ZÅÄÖ][\wÅÄÖåäö-]*(?:\s+[\wÅÄÖåäö-]+){0,4}),\s+((?:en|ett)\s+[a-zåäö].*)$")
#: An abbreviation and the name it stands for inside a line: "… utbildas i ABC – Alla Barn i Centrum".
_ABBR_SPELLED = re.compile(r"(?<![\wÅÄÖåäö])([A-ZÅÄÖ]{2,6})\s+[–-]\s+([A-ZÅÄÖ][\wåäö]*(?:\s+[\wåäöÅÄÖ]+){1,6})")
#: A kind noun, "i"/"om", and a name closed by its abbreviation: "Utbildning i Första hjälpen … (MHFA)".
_KIND_OF_NAMED = re.compile(r"^([A-ZÅÄÖ][a-zåäö]+)\s+(?:i|om)\s+([A-ZÅÄÖ][^()]{3,80}?)\s+\(([A-ZÅÄÖ]{2,6})\)")


def _named_in_item(deck: _Deck, i: int, text: str, cues: CueNouns) -> list[tuple[str, Cue, tuple[str, ...]]]:
    """Things a list item names by the conventions of a name beside what says it is one, as
    (name, cue, other names):

    * "MÅ-9, ett kort frågeformulär om mående för …": a name and an apposition defining it (an
      article, adjectives and a resource kind noun, :func:`_defines`);
    * "Ledare utbildas i ABC – Alla Barn i Centrum": an abbreviation and the words it is made of
      (no kind stated: a resource of no form);
    * "Utbildning i Första hjälpen till psykisk hälsa (MHFA) för …": a resource kind noun over the
      name it is given in, the name closed by its abbreviation.
    """
    if not deck.rows[i].bullet:
        return []
    out: list[tuple[str, Cue, tuple[str, ...]]] = []
    m = _COMMA_APPOSITION.match(text) or _OWNED_APPOSITION.match(text)
    # "Hjärtvedsguiden, SKR:s vägledning för första linjen, används …": an owner's genitive opens
    # the apposition as an article does; what it is the noun phrase after it says.
    said = _defines(_OWNER_LEAD.sub("", m.group(2)), cues) if m else None
    if m is not None and said is not None and said.kind == "resource":
        name = m.group(1)
        words = name.split()
        # "En telefon, en chatt" lists two common nouns: a name opens with no function word, and
        # the apposition says more than a noun ("ett kort frågeformulär om …").
        ends = (words[0].lower(), words[-1].lower())
        described = len(_WORD_FORM.findall(m.group(2))) >= 4
        if described and not set(ends) & FUNCTION_WORDS and not is_organisation(name) and not finite_verb(words[-1]):
            out.append((name, said, ()))
    for spelled in _ABBR_SPELLED.finditer(text):
        abbr, full = spelled.group(1), spelled.group(2)
        full = " ".join(itertools.takewhile(lambda w: w[:1].isupper() or w in FUNCTION_WORDS, full.split()))
        if _initials_of(abbr, full) and not is_organisation(full) and len(full.split()) >= 2:
            out.append((f"{abbr} – {full}", Cue("resource", None, ""), (abbr, full)))
    kinded = _KIND_OF_NAMED.match(text)
    kind = cues.match(kinded.group(1)) if kinded else None
    if kinded is not None and kind is not None and kind.kind == "resource" and kind.form is not None:
        name, abbr = kinded.group(2), kinded.group(3)
        if _title_name(name):
            out.append((name, kind, (abbr, kinded.group(0))))
    return out


def _initials_of(abbr: str, name: str) -> bool:
    """Whether ``abbr`` is made of initials of ``name``'s words, in order ("MBL", "Må bra-lektionerna").

    >>> _initials_of("YAM", "Youth Aware of Mental Health"), _initials_of("SKR", "Må bra-lektionerna")
    (True, False)
    """
    initials = [w[0].lower() for w in re.split(r"[\s-]+", name) if w]
    if not initials or initials[0] != abbr[0].lower():
        return False
    k = 0
    for letter in initials:
        if k < len(abbr) and letter == abbr[k].lower():
            k += 1
    return k == len(abbr)


#: A thing an organisation named by its abbreviation owns: "SKR:s Kraftsamling för psykisk hälsa".
_ABBR_OWNED = re.compile(r"^([A-ZÅÄÖ]{2,8}):s\s+([A-ZÅÄÖ][\wåäö-]+(?:\s.*)?)$")


def _named_things(deck: _Deck, known: list[Mention], spans: list[tuple[int, int, str]]) -> list[Mention]:
    """Models, methods, programmes, teams, guideline documents, networks and events the slides name."""
    cues = cue_nouns()
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    initiative_heads = {stem_key(m.name.split()[0]) for m in known if m.kind == "initiative" and m.name.split()}
    slide_titles: set[str] = set()  # things read from a slide's title line
    caps_line = [False]  # whether the line read is set in capitals (:meth:`_Deck.recased`)
    passing: set[str] = set()  # things read here from other lines

    # A slide titled by the name of a group the deck lists ("Unga röster Exempelby" of "Ungdomsrådet
    # Unga röster Exempelby") is about that group: its title is no topic of the things it names.
    def group_title(h: str) -> bool:
        return bool(h) and any(
            m.kind == "actor" and (fold(m.name) == fold(h) or fold(m.name).endswith(f" {fold(h)}"))
            for m in (*known, *out)
        )

    def add(i: int, text: str, name: str, cue_kind: str, form: str | None, **kw: object) -> None:
        name = _subject_cut(name.strip(" ,.;:-–")).strip(" ,.;:-–")
        key = fold(name)
        alts = kw.get("alt_names") or ()
        # A thing named in passing ("Har granskat appen Andrum …") and then given a slide of its own
        # ("Appen Andrum" over what it is): the slide is what the deck says of it, read again.
        opening = _slide_opening(deck, i)
        own_slide = opening and key in passing and key not in slide_titles
        if len(name) < 2 or ((key in seen or any(fold(str(a)) in seen for a in alts)) and not own_slide):  # type: ignore[attr-defined]
            return
        if any(
            m.kind == "initiative" and m.source.line == deck.rows[i].number and fold(m.name).startswith(f"{key} – ")
            for m in known
        ):
            # "Kraftsamling för psykisk hälsa" of the title "Kraftsamling för psykisk hälsa – barn och
            # unga i Exempelby": the words before the subtitle name the national initiative the
            # regional one is an edition of, not this line's initiative by another name.
            return
        (slide_titles if opening else passing).add(key)
        if _definite_of_known(name, initiative_heads):
            return  # "Kraftsamlingen är ett arbetssätt …": the definite form names the deck's initiative
        if _short_name_of(name, known):
            return  # "Kraftsamling Höglandet – våra mål": the deck's initiative by its short name
        if not any(w[:1].isupper() for w in name.split()[1:]) and _defines_title_above(deck, i, known, cues):
            return  # "Ankenätet" / "Nätverk för fritidsledare …": the line says what the title is
        common = not any(w[:1].isupper() for w in name.split()[1:])
        if caps_line[0] and len(name.split()) > 1 and common and " – " not in name:
            # "REGIONALT KUNSKAPSSTÖD", "MODELL PÅ SKOLANS ARENA": a title in capitals of common words
            # only (none the deck writes as a name) is a topic, no name; one with a dash apposition
            # saying what it is names it ("MÅ BRA – SAMTALSKORT FÖR KLASSRUMMET").
            return
        said = fold(text)
        if any(m.kind == "event" and key in fold(m.name) != key and fold(m.name) in said for m in known):
            return  # words of a dated event's name ("Nätverksträff Livslust", "Utbildningsdag X")
        joined = _HYPHEN_JOIN.sub(r"\1\2", name)
        if joined != name and not _NAME_COMPOUND_IN.search(name):
            # "tillämpad välfärds-forskning": a hyphen the text box kept from a word broken at a line end.
            kw["alt_names"] = (*alts, joined)  # type: ignore[misc]
        seen.add(key)
        seen.update(fold(str(a)) for a in alts)  # type: ignore[attr-defined]
        kind = _KIND_OF_CUE[cue_kind]
        at = text.find(name)
        if kind == "resource" and at >= 0 and _PERIOD_AFTER.match(text[at + len(name) :]):
            # "i studien Barnens röster i Exempelby (2066–2068)": a thing named right before a period of
            # years is work that runs over that period (a project, a study), an initiative; its form
            # noun ("studien") says no product.
            kind, form = "initiative", None
        line = deck.rows[i].number
        owner = next((name for a, b, name in spans if a <= line < b), None)
        relations = (Relation("part-of" if kind != "actor" else "related", "initiative", owner),) if owner else ()
        relations = (*relations, *kw.pop("relations", ()))  # type: ignore[misc]
        if kind == "event" and "start" not in kw:
            kw["start"] = _full_date(text)
        description = str(
            kw.pop("description", None) or (_box_body(deck, i, text) if kind in ("resource", "initiative") else text)
        )
        boxed_year = _YEAR_BRACKET_END.search(description) if _box_opener(deck.rows[i]) else None
        if kind == "resource" and not kw.get("years") and boxed_year is not None:
            # "§ Filmserien X – …" / "För barn 9–12 år (2037)": a list item's box closes with the
            # year the thing came out, as a one-line item does ("Lotsboken – … (2038)").
            kw["years"] = (int(boxed_year.group(1)),)
        out.append(
            Mention(
                kind,
                name,
                deck.source(i, text),
                description=description,
                heading="" if kind != "actor" and group_title(deck.headings[i]) else deck.headings[i],
                forms=(form,) if form and kind == "resource" else (),
                actor_types=("natverk",) if kind == "actor" else (),
                relations=relations,
                **kw,  # type: ignore[arg-type]
            )
        )

    i = 0
    while i < len(deck.rows):
        if deck.rows[i].blank:
            i += 1
            continue
        text, last = _unit(deck, i)
        # A slide title set in capitals is read as the deck writes its words elsewhere: its
        # capitals mark no names ("TEAMET BAKOM STIGEN", "UNGDOMSRÅDET TYCKER").
        recased = deck.recased(text)
        caps_line[0] = recased != text
        text = recased
        if _heading_types(text) is not None:
            i = last + 1
            continue  # a sector heading of a participant list
        ref = _references(deck, i, text)
        defined = _DEFINITION.match(text) if deck.rows[i].bullet else None
        if defined:
            # A list item that only spells out an abbreviation names a method or programme:
            # "- STÅ (Samordnade tidiga åtgärder - gruppnivå)".
            abbr, full = (defined.group(1), defined.group(2)) if defined.group(1) else defined.group(4, 3)
            add(i, text, full, "resource", None, alt_names=(abbr,))
        equated = _EQUATED.match(text)
        said_is = _defines(equated.group(2), cues) if equated is not None else None
        if equated is not None and said_is is not None and said_is.kind in _KIND_OF_CUE:
            # "Gränsteamet = regionens mobila team för barn …": a slide's definition line names a
            # thing by what the right side's head noun says it is.
            add(i, text, equated.group(1), said_is.kind, said_is.form, description=text)
        elif equated is not None and _equates_title(deck, i, equated.group(1), equated.group(2)):
            # "Brofästet" over "Brofästet = en samlad ingång i första linjen …": the slide defines
            # its title by a noun of no known kind; what a slide of its own presents is a thing.
            # What it is, as a slide presenting its title says it (:func:`_slide_body`: the slide's
            # lists are the text of other things, of its parts and settings), and the year a line
            # of the slide says it was made ("▸ Togs fram 2040 av …").
            top = next(k for k in range(i, -1, -1) if _slide_opening(deck, k))
            made = _made_on_slide(deck, top)
            body = _join([deck.rows[top].text, _unit(deck, i)[0], made[1] if made else ""])
            add(i, text, equated.group(1), "resource", None, description=body, years=made[0] if made else ())
        for found in _named_in_item(deck, i, text, cues):
            add(i, text, found[0], found[1].kind, found[1].form, alt_names=found[2], description=text)
        if ref is not None:
            title, author, year = ref
            producer = (ActorRole(author, "producer", deck.source(i, text)),) if author else ()
            head = _WORD_FORM.findall(title)
            cue = cues.match(head[0]) if head else None
            form = cue.form if cue is not None and cue.kind == "resource" else None
            said_dash = _dash_title(deck, i, text, cues) if form is None else None
            if said_dash is not None and said_dash[2] is not None and said_dash[2].kind == "resource":
                form = said_dash[2].form  # "Title – Socialstyrelsens vägledning (2028)": the apposition's kind
            add(i, text, title, "resource", form, years=(year,), actors=producer)
            i = last + 1
            continue
        # A title naming a group by its noun and a name ("Barn- och ungdomsrådet Norrbacka") is one
        # name; the words after the noun are no name of their own.
        # A text box broken over a blank line is a table's cell ("Referensgrupp Stående" / "punkt på
        # EHT"), not a title: its first words are a label and the value it is set against.
        # A box's title line (a slide opening) wrapped at its soft breaks is still one title.
        soft = deck.rows[i].raw[:1].isspace() and all(
            _soft_wrap(deck, r) for r in range(i, last) if not deck.rows[r].blank
        )
        boxed = soft or not any(deck.rows[r].blank for r in range(i, last + 1))
        whole = _titled(text, cues, appositive=boxed)
        abbreviated = _ABBREVIATED.match(text) if deck.rows[i].page_start and not deck.rows[i].bullet else None
        if abbreviated is not None and fold(text[: abbreviated.end(2) + 1]) not in seen:
            # A box titled by a name and its abbreviation ("Nationellt programområde psykisk hälsa
            # (NPO) – vård- och insatsprogram"): a name, of the kind its head noun says.
            full, abbr = abbreviated.group(1), abbreviated.group(2)
            noun = next((c for w in _WORD_FORM.findall(full)[:3] if (c := cues.match(w)) is not None), None)
            if noun is not None and noun.kind in _KIND_OF_CUE and len(full.split()) <= 12:
                add(i, text, full, noun.kind, noun.form, alt_names=(abbr, f"{full} ({abbr})"))
        boxed_item = _box_opener(deck.rows[i])
        spelled = _ABBR_DASH.match(text) if not deck.rows[i].bullet or boxed_item else None
        if spelled is not None and _initials_of(spelled.group(1), spelled.group(2)):
            # "MBL – Må bra-lektionerna" over "Ett program om psykisk hälsa för …": an abbreviation
            # and what it stands for name the thing the line below says it is.
            j = deck.next_nonblank(last, limit=3)
            below = _unit(deck, j)[0] if j is not None and not deck.rows[j].page_start else ""
            said = _defines(below, cues) if below else None
            alts = (spelled.group(1), spelled.group(2))
            if said is not None and said.kind in ("resource", "initiative"):
                add(i, text, text, said.kind, said.form, alt_names=alts, description=f"{text} {below}")
            elif (
                (boxed_item or deck.rows[i].page_start)
                and not is_organisation(spelled.group(2))
                and _among_things(deck, i, out)
            ):
                # "§ ABC – Alla Barn i Exempellän" among text boxes the slide gives to named things
                # ("§ Appen – …", "§ Föräldraprogrammet X"): one more of them, of no stated form.
                add(i, text, text, "resource", None, alt_names=alts)
        owned = _ABBR_OWNED.match(text)
        head_cue = cues.match(_WORD_FORM.findall(owned.group(2))[0]) if owned else None
        if (
            owned
            and head_cue is not None
            and head_cue.kind in ("initiative", "resource")
            and _title_name(owned.group(2))
        ):
            # "SKR:s Kraftsamling för psykisk hälsa": the owner's thing, named without the owner.
            owner = (ActorRole(owned.group(1), "producer", deck.source(i, text)),)
            own_name = _verb_cut(owned.group(2))
            as_written = text if own_name == owned.group(2) else f"{owned.group(1)}:s {own_name}"
            # A title that runs on into its predicate opens a sentence about the thing: the
            # sentence, over its wrapped lines, is what the slide says of it.
            said_of = deck.paragraph(i)[0].split(". ")[0] if own_name != owned.group(2) else None
            add(
                i,
                text,
                own_name,
                head_cue.kind,
                head_cue.form,
                alt_names=(as_written,),
                actors=owner,
                description=said_of,
            )
        asked = _question_title(text, cues)
        if asked is not None:
            add(i, text, asked[0], "resource", asked[1].form, years=(asked[2],), alt_names=(asked[3],))
        dated_question = _DATED_QUESTION.match(text) if _box_opener(deck.rows[i]) else None
        if dated_question is not None and not is_organisation(dated_question.group(1)):
            # "❖ Första linjen 2049 – vem når fram?": a dated title and a question as its subtitle
            # name a yearly report or review, the whole line its name. A line below it of the
            # owner's kind noun ("SKR:s årliga uppföljning") says its form.
            below_at = deck.next_nonblank(last, limit=2)
            under = deck.rows[below_at] if below_at is not None else None
            q_form = None
            if under is not None and not under.bullet and not under.page_start:
                said_words = _WORD_FORM.findall(_OWNER_LEAD.sub("", under.text))[:3]
                q_cue = next((c for w in said_words if (c := cues.match(w)) is not None), None)
                q_form = q_cue.form if q_cue is not None and q_cue.kind == "resource" else None
            add(i, text, text, "resource", q_form, years=(int(dated_question.group(2)),))
        box = _box_title(deck, i, text, cues)
        if box is not None:
            box_name, box_cue, box_year = box
            compound = _compound_cue_name(text.split()[0], box_name, cues)
            if compound is not None and text.startswith(compound):
                box_name = compound  # "Elevhälsoenkäten Tjust följs upp …": the compound is the name's own
            years = (int(box_year),) if box_year and box_cue.kind == "resource" else ()
            # The title as written names it too ("Elevhälsoguiden Exempelby – för …").
            whole_title = (text,) if text.startswith(f"{box_name} – ") else ()
            if not whole_title and deck.rows[i].bullet and text.endswith(f" {box_name}"):
                whole_title = (text,)  # a list item names it with its noun ("▸ Forskningsprojektet X")
            add(i, text, box_name, box_cue.kind, box_cue.form, years=years, alt_names=whole_title)
        dashed = _dash_title(deck, i, text, cues)
        subject = _subject_cut(text)
        if dashed is None and subject != text and _box_opener(deck.rows[i]):
            # "– Eftersken – stöd till efterlevande delas ut av kyrkan": a list item that is a sentence
            # names its subject; the title is the subject's words.
            dashed = _dash_title(deck, i, subject, cues)
        bracketed = _BRACKET_TITLE.match(text) if dashed is None and _box_opener(deck.rows[i]) else None
        if bracketed is not None:
            # "● Mitt mående (webbplats för unga 16–25 år, …)": a bracket that opens with what the
            # item is says it as a dash apposition does; the words before it are the name.
            b_title = f"{bracketed.group(1)} – {bracketed.group(2)}"
            b_dashed = _dash_title(deck, i, b_title, cues)
            if b_dashed is not None and b_dashed[2] is not None:
                add(i, text, b_dashed[1], b_dashed[2].kind, b_dashed[2].form, description=text)
        sub = _sub_line(deck, i, last, text) if dashed is None else None
        if sub is not None and (sub_dashed := _dash_title(deck, i, f"{text} – {sub[0]}", cues)) is not None:
            # "● Samtalsstöd i skolan" / "– webbutbildning för kuratorer …": a list item's dash
            # sub-line says what the item is, as the apposition of a one-line title does; the item
            # is named by its own line.
            s_cue = sub_dashed[2]
            add(
                i,
                f"{text} – {sub[0]}",
                sub_dashed[1],
                s_cue.kind if s_cue is not None else "resource",
                s_cue.form if s_cue is not None else None,
                description=f"{text} – {sub[0]}",
            )
            last = max(last, sub[1])
        defined_by = _item_defined(deck, i, last, text, cues) if dashed is None and sub is None else None
        if defined_by is not None:
            # "● Tonårsföräldraskap i Väst" / "Ett gruppstöd i fyra träffar för föräldrar …": the line
            # below a list item's title says what the item is and for whom.
            add(i, text, text, defined_by[0], defined_by[1], description=defined_by[2])
        if dashed is not None:
            d_name, d_head, d_cue = dashed
            d_year = _YEAR_BRACKET_END.search(text)
            # A project trying out a named thing ("Älvdalsmodellen – pilot i …") is not named by
            # the thing's name: that names the thing, which the project relates to.
            # So is a project named after a thing the slides have presented ("Flottleden" / "Flottleden –
            # pilot i Munkfors").
            tried = (
                d_cue is not None
                and d_cue.kind == "initiative"
                and (cues.match(d_head) is not None or fold(d_head) in seen)
            )
            d_kind = d_cue.kind if d_cue is not None else "resource"
            d_years: tuple[int, ...] = (int(d_year.group(1)),) if d_year and d_kind == "resource" else ()
            d_said: dict[str, object] = {}
            dated = _STARTED.search(text)
            if dated is not None and not d_years and d_kind == "resource":
                d_years = years_in_text(dated.group(0).lstrip(", "))  # "…, framtaget 2056 av …"
            if _slide_subject(deck, i) and (d_top := deck.prev_nonblank(i)) is not None:
                # A slide's subject line (a title's thing, "VÅR MODELL: BOJEN" over "Bojen – …") is
                # what the slide speaks of until another thing's title: the slide's title says
                # what it is, a line below it when it was made ("Togs fram 2056 av …").
                d_made = _made_below(deck, i)
                d_said["description"] = _join([deck.recased(deck.rows[d_top].text), _box_body(deck, i, text)])
                if d_made and not d_years and d_kind == "resource":
                    d_years = d_made
            add(
                i,
                text,
                d_name,
                d_kind,
                d_cue.form if d_cue is not None else None,
                alt_names=() if tried else (d_head,),
                relations=(Relation("related", "resource", d_head),) if tried else (),
                years=d_years,
                **d_said,
            )
        owned_name = _owned_name(deck, i, text, cues)
        if owned_name is not None:
            o_owner, o_name, o_cue = owned_name
            producer = (ActorRole(o_owner, "producer", deck.source(i, text)),)
            add(i, text, o_name, o_cue.kind, o_cue.form, alt_names=(text,), actors=producer)
        event_title = _event_title(deck, i, text, cues)
        if event_title is not None:
            bare_title = event_title.split(maxsplit=1)[1]
            add(
                i,
                text,
                event_title,
                "event",
                None,
                start=_full_date(_box_body(deck, i, text)),
                alt_names=(bare_title,) if _definite(event_title.split()[0]) else (),
            )
        cited = [m.span(1) for m in _CITED.finditer(text)]
        nameds = find_named(text, cues)
        # "Ungdomsrådet Meidän ääni (Vår röst)": a name in brackets right after another is the same
        # thing's other name (a translation), not a second thing.
        glossed = {
            id(a): b.name
            for a, b in itertools.pairwise(nameds)
            if re.fullmatch(r"\s*\(\s*", text[a.end : b.start]) and text[b.end : b.end + 2].strip().startswith(")")
        }
        glosses = {id(b) for a, b in itertools.pairwise(nameds) if id(a) in glossed}
        for named in nameds:
            if id(named) in glosses:
                continue
            if any(a <= named.start and named.end <= b for a, b in cited):
                continue  # "(SKR 2034)" after a title: its publisher and year, no name of a thing
            name = _predicate_cut(text, named.name, named.end)
            yearless: tuple[str, ...] = ()
            if named.kind == "resource" and (joined_name := _compound_cue_name(named.cue, name, cues)) is not None:
                name = joined_name
                # "Elevhälsoenkäten Tjust 2060": the survey of a year; without it, the survey's name.
                yearless = tuple(n for n in [re.sub(r"\s+(?:19|20)\d\d$", "", name)] if n != name)
            period = _PERIOD_CLOSED.match(text[named.end :]) if name == named.name else None
            if period is not None:
                # "projektet Fritid för alla (2057–2058)": the bracketed period closes the title, the
                # words before it are the name's ("för alla" is no place or group the name ends at).
                name = f"{name}{period.group(1)}"
            if named.kind == "event":
                name = _event_named_after(name, named.cue, (*known, *out))
            if _names_known_initiative(text[named.start :], known):
                continue  # "Kick-off Kraftsamling Exempelby 3 mars": the deck's initiative, by its short name
            if asked is not None and asked[0].startswith(name):
                continue  # the words before the comma of a question title ("Hallå" of "Hallå, hur är läget?")
            if box is not None and (box[0].startswith(name) or box[0].endswith(f" {name}")):
                continue  # the head of the box's title ("Goađi" of "Materialet Goađi – samtalskort om mående")
            if whole is not None and whole[0] != name and whole[0].endswith(f" {name}"):
                continue
            if any(
                m.kind == "event" and m.source.line == deck.rows[i].number and m.name.startswith(f"{name} ")
                for m in known
            ):
                continue  # the head of an agenda line's event ("Länskonferens Ungas psykiska hälsa …")
            if event_title is not None and _same_start(event_title.split(maxsplit=1)[1], name):
                continue  # the name after a box title's event noun ("Ungdomskonferensen Ö-rösten 2033")
            kind = named.kind
            earlier = _named_group_before(text, named, name, out) if kind == "network" else None
            if earlier is not None:
                # "Länets ungdomsråd" on one slide, "Ungdomsrådet Unga i Exempellän träffas …" on the
                # next: the definite noun takes up the group named before, now by its own name.
                k = out.index(earlier)
                bare = name[len(named.cue) + 1 :] if name.startswith(f"{named.cue} ") else name
                title = f"{named.cue} {bare}"
                out[k] = replace(earlier, alt_names=tuple(dict.fromkeys((*earlier.alt_names, bare, title))))
                seen.update({fold(bare), fold(title)})
                continue
            own = next((c for w in _WORD_FORM.findall(name)[:2] if (c := cues.match(w)) is not None), None)
            if kind == "network" and own is not None and own.kind == "initiative":
                # A group named by its project ("arbetsgrupp ”Nationell kraftsamling för …”"): the name's
                # own head noun says what the thing is.
                kind = "initiative"
            gloss = glossed.get(id(named))
            other = (gloss, f"{name} ({gloss})") if gloss else ()
            pair = _coordinated(name)
            if pair is not None:
                # "appen Andrum och föräldrastödet Hamnen": two things, each named after its own noun.
                # Each is described by its own noun phrase: the noun of one is no form of the other.
                (first, _), (second, second_noun) = pair
                said_first = f"{named.cue} {first}" if named.cue and named.cue != first else first
                add(i, text, first, kind, named.form, alt_names=named.other_names, description=said_first)
                n_cue = cues.match(second_noun)
                n_kind = n_cue.kind if n_cue is not None and n_cue.kind in _KIND_OF_CUE else kind
                n_form = n_cue.form if n_cue is not None else None
                add(
                    i,
                    text,
                    second,
                    n_kind,
                    n_form,
                    alt_names=(f"{second_noun} {second}",),
                    description=f"{second_noun} {second}",
                )
                continue
            add(i, text, name, kind, named.form, alt_names=(*named.other_names, *other, *yearless))
        theme = _meeting_theme(text, cues)
        if theme is not None:
            add(i, text, theme[0], "event", None, alt_names=(theme[1],))
        for word in _proper_compounds(text, cues):
            add(i, text, word, "resource", cues.match(word).form)  # type: ignore[union-attr]
        for name, cue in _proper_definites(text, cues):
            add(i, text, name, cue.kind, None)
        opening = _titled_initiative(text, cues)
        if opening is not None and not any(fold(opening[0]).startswith(k) for k in seen if len(k) > 6):
            name, longer = opening
            add(i, text, name, "initiative", None, alt_names=(longer,) if longer != name else ())
        for name in _framework(text):
            add(i, text, name, "initiative", None)
        for name, written in _inline_titles(text, cues):
            if any(k.startswith(fold(name)) and k in fold(text) for k in seen if k != fold(name)):
                continue  # the head of a longer title the same text gives in full (a slogan wrapped onto it)
            add(i, text, name, "initiative", None, alt_names=(written,) if written != name else ())
        # A meeting named by its theme is named: the line is no title of its own.
        titled = whole if theme is None else None
        # A title that begins a name the slides already gave ("Skolbaserad modell i Kiruna
        # kommun", the pilot's own title) is that thing, not a new one.
        # The programme items of a dated event ("• Kickoff för arbetet 2020" under "Julgransplundring
        # 5 februari") are parts of that event, not events of their own.
        in_event = deck.rows[i].bullet and any(
            m.kind == "event" and 0 < deck.rows[i].number - m.source.line <= 8 for m in known
        )
        # "<model> i <municipality>" on a pilot site's slide is the model used there, not a new one.
        at_site = titled is not None and any(fold(titled[0]).startswith(f"{k} i ") for k in seen if len(k) > 6)
        if titled is not None and not in_event and not at_site and not any(k.startswith(fold(titled[0])) for k in seen):
            if not (_restates_title_noun(deck, i, titled[0]) or _says_what_title_is(deck, i, text, cues)):
                add(i, text, titled[0], titled[1].kind, titled[1].form)
        i = last + 1
    things = {
        fold(n): m.name for m in (*known, *out) if m.kind in ("resource", "initiative") for n in (m.name, *m.alt_names)
    }
    for i, row in enumerate(deck.rows):
        rollout = _ROLLOUT.match(row.text)
        if rollout is None or not _slide_opening(deck, i) or fold(rollout.group(1)) not in things:
            continue
        if any(a <= row.number < b for a, b, _ in spans):
            continue  # a pilot site's slide: the model used there, the pilot's own part
        # "PAX i Norrbacka" titling a slide: the programme the deck names, taken up in one place.
        programme = Relation("related", "resource", things[fold(rollout.group(1))])
        add(i, row.text, row.text, "initiative", None, relations=(programme,))
    return out


#: A bracketed period of years right after a name: " (2066–2068)".
_PERIOD_AFTER = re.compile(r"^\s*\((?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\)")
#: Lower-case words after a name up to a bracketed year or period: " för alla (2057–2058)".
_PERIOD_CLOSED = re.compile(r"^((?:\s+[a-zåäö]+){1,2})\s+\((?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\)")


def _compound_cue_name(cue_word: str, name: str, cues: CueNouns) -> str | None:
    """The whole name when a kind noun read before a name is itself a coined compound: in
    "Elevhälsoenkäten Tjust 2060" the survey is named by its compound and the place and year
    after it, not "Tjust 2060" ("Enkäten Tjust 2060" names "Tjust 2060" by the bare noun). The name
    goes on while its words are capitalised or numbers ("Elevhälsoenkäten Tjust följs upp …" names
    "Elevhälsoenkäten Tjust").

    >>> _compound_cue_name("Elevhälsoenkäten", "Tjust följs upp varje år", cue_nouns())
    'Elevhälsoenkäten Tjust'
    >>> _compound_cue_name("Enkäten", "Tjust 2060", cue_nouns()) is None
    True
    >>> _compound_cue_name("Klassrumsprogrammet", "Starka tillsammans", cue_nouns()) is None
    True

    An abbreviation after the compound is the thing's own name ("Skolmodellen PALS", "Föräldraprogrammet
    COPE"): the compound says what kind of thing it is, as a bare noun does.

    >>> _compound_cue_name("Skolmodellen", "PALS", cue_nouns()) is None
    True
    >>> _compound_cue_name("Föräldraprogrammet", "COPE används", cue_nouns()) is None
    True
    """
    cue = cues.match(cue_word)
    if cue is None or not cue_word[:1].isupper() or len(cue_word) - len(cue.label) < 5:
        return None
    words = list(itertools.takewhile(lambda w: w[:1].isupper() or w.isdigit(), name.split()))
    rest = name.split()[len(words) :]
    if words and all(len(w) >= 2 and w.isupper() for w in words):
        return None
    if rest and not _passive_or_finite(rest[0], rest[1] if len(rest) > 1 else ""):
        # "Klassrumsprogrammet Starka tillsammans": a title of its own after a compound that says
        # what kind of thing it is; only a verb after the capitalised words ends the name there.
        return None
    return " ".join([cue_word, *words]) if words else None


def _event_named_after(name: str, cue: str, known: Sequence[Mention]) -> str:
    """The name of an occasion a sentence names by its noun and a name: the date after it is when
    it is held, no part of the name; and where the name is that of an initiative or a thing the
    deck names ("Kick-off Kraftsamling Exempelby", "Lansering Appen X"), the noun stays in the name,
    which tells the occasion from the thing it is about.

    >>> known = [Mention("initiative", "Satsning Norr", Source("r", 1, "x"))]
    >>> _event_named_after("Satsning Norr 3 mars 2046", "Kick-off", known)
    'Kick-off Satsning Norr'
    >>> _event_named_after("Unga i fokus 3 mars", "konferensen", known)
    'Unga i fokus'
    >>> _event_named_after("Ankedagen, Folkets hus Ankeby, 3 mars 2046", "dagen", known)
    'Ankedagen'
    >>> _event_named_after("Seminarium, Unga i fokus, 3 mars 2046", "seminarium", known)
    'Seminarium, Unga i fokus'
    """
    bare = _DATE_TAIL.sub("", name).strip(" ,") or name
    at = re.search(rf",\s+({_PLACE})$", bare)
    if bare != name and at is not None and venue(at.group(1)):
        # "Uppstartsmöte, Munkfors folkets hus, 11 februari 2054": the venue between the name and
        # its date, after a comma, is where it is held, no part of the name ("Seminarium, Unga i
        # fokus, 3 mars": a title after the comma is the name)
        bare = bare[: at.start()].strip()
    keys = {fold(n) for m in known if m.kind in ("initiative", "resource") for n in (m.name, *m.alt_names)}
    if fold(bare) in keys and not _definite(cue):
        return f"{cue} {bare}"
    return bare


#: A thing's noun and a title that asks a question, closed by the year in brackets: "Filmen Hallå,
#: hur är läget? (2046)" (groups: noun, title, year).
#: A list item that is a dated title and a question as its subtitle: "Första linjen 2049 – vem når
#: fram?", "Första linjen 2030 – en väg in för alla?" (groups: title, year).
_DATED_QUESTION = re.compile(
    r"^([A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){0,4})\s+((?:19|20)\d\d)\s+[–-]\s+[a-zåäö][^?()!.]{2,60}\?$"
)
_QUESTION_TITLE = re.compile(r"^([A-ZÅÄÖ][\wåäö-]+)\s+([A-ZÅÄÖ][^()?!]{1,80}[?!])\s*\(((?:19|20)\d\d)\)$")


def _question_title(text: str, cues: CueNouns) -> tuple[str, Cue, int, str] | None:
    """The title a line gives a thing after its noun when the title is a question or an exclamation
    and the year closes the line: the title runs to its question mark, over any comma in it.
    Returns (title, the noun's cue, year, noun and title as written).

    >>> _question_title("Filmen Hallå, hur är läget? (2046)", cue_nouns())[::2]
    ('Hallå, hur är läget?', 2046)
    >>> _question_title("Podden Säg det, nu! (2031)", cue_nouns())[0]
    'Säg det, nu!'
    >>> _question_title("Region Norr? (2030)", cue_nouns()) is None
    True
    """
    m = _QUESTION_TITLE.match(text)
    cue = cues.match(m.group(1)) if m is not None else None
    if m is None or cue is None or cue.kind != "resource":
        return None
    return m.group(2), cue, int(m.group(3)), f"{m.group(1)} {m.group(2)}"


def _names_known_initiative(said: str, known: list[Mention]) -> bool:
    """Whether ``said`` (a cue noun and the words after it) opens with the name of an initiative
    the deck already names, as its short name in the running foot ("Kraftsamling Exempelby") is
    written with a date or a period after it: "Kraftsamling Exempelby 3 mars 2046", "Handlingsplan
    för Kraftsamling Exempelby 2047–2049". A date or period names no other initiative.

    >>> known = [Mention("initiative", "Kraftsamling för unga – Exempelby", Source("r", 1, "x"),
    ...                  alt_names=("Kraftsamling Exempelby",))]
    >>> _names_known_initiative("Kraftsamling Exempelby i december 2046", known)
    True
    >>> _names_known_initiative("Kraftsamling Exempelbygden", known)
    False
    """
    said_key = fold(said)
    return any(
        said_key == key or said_key.startswith(f"{key} ")
        for m in known
        if m.kind == "initiative"
        for key in (fold(n) for n in (m.name, *m.alt_names))
        if len(key.split()) >= 2
    )


_COORDINATED = re.compile(r"^(\S.*?) och ([a-zåäö][\wåäö-]+) ([A-ZÅÄÖ0-9].*)$")


def _equates_title(deck: _Deck, i: int, left: str, right: str) -> bool:
    """Whether a definition line "X = en …" at row ``i`` defines its slide's title: the left side is
    the title, the right side an indefinite noun phrase that names no organisation."""
    words = _WORD_FORM.findall(right)
    if len(words) < 2 or words[0].lower() not in ARTICLES or is_organisation(right):
        return False
    return fold(deck.headings[i]) == fold(left) and any(_slide_opening(deck, k) for k in range(i, -1, -1))


def _restates_title_noun(deck: _Deck, i: int, name: str) -> bool:
    """Whether a line below a slide's title opens with the kind noun the title names its thing by
    ("Samtalskort Tala om det" / "▸ Samtalskort för fritidsledare …"): the line says what that
    thing is, it names no second one."""
    if _slide_opening(deck, i):
        return False
    title, head = deck.headings[i].split(), name.split()
    return len(title) >= 2 and bool(head) and title[1][:1].isupper() and stem_key(title[0]) == stem_key(head[0])


def _made_on_slide(deck: _Deck, top: int) -> tuple[tuple[int, ...], str] | None:
    """The years a line of the slide that opens at row ``top`` says its thing was made, launched or
    started in (:func:`loader.facts.years_in_text`: "Togs fram 2040 av …", "Lanserades i mars
    2042"), and that line with its wrapped lines."""
    k = top + 1
    while k < len(deck.rows) and not deck.rows[k].page_start:
        if not deck.rows[k].blank:
            text, last = deck.continued(k)
            found = years_in_text(strip_bullet(text))  # a line of the slide speaks of its thing
            if found:
                return found, strip_bullet(text)
            k = last
        k += 1
    return None


def _says_what_title_is(deck: _Deck, i: int, text: str, cues: CueNouns) -> bool:
    """Whether row ``i``, the first list item below a slide title that reads as a name, opens with
    an indefinite kind noun and a preposition ("Unga röster" / "▸ Ungdomsråd med 16 ledamöter …",
    "Kustteamet" / "▸ Team för unga i länet"): the item says what the title's thing is (as
    :func:`_defines` reads the line below a title), it names no second thing."""
    k = deck.prev_nonblank(i)
    if k is None or not deck.rows[i].bullet or not _slide_opening(deck, k) or not _title_name(deck.rows[k].text):
        return False
    return _defines(text, cues) is not None


def _coordinated(name: str) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """Two names a read name joins by "och" and a common noun in the definite form, in Swedish the
    head of a second noun phrase ("appen Andrum och föräldrastödet Hamnen", "modellen X och
    metoden Y"): each thing with its own noun. A name does not go on with a lower-case definite noun
    after "och" and a capitalised name. Returns (name, "") and (name, its noun), or None.

    >>> _coordinated("Andrum och föräldrastödet Hamnen")
    (('Andrum', ''), ('Hamnen', 'föräldrastödet'))
    >>> _coordinated("Tid för lek och rörelse") is None, _coordinated("Barn och unga Exempelby") is None
    (True, True)
    """
    m = _COORDINATED.match(name)
    if m is None or not _definite(m.group(2)) or m.group(2) in FUNCTION_WORDS:
        return None
    return (m.group(1), ""), (m.group(3), m.group(2))


def _box_body(deck: _Deck, i: int, text: str, max_rows: int = 16) -> str:
    """A text box's title ``text`` (from row ``i``) and the lines of the box below it, up to the
    next box (a line the export indents by a space): what the box says of the thing it names
    ("Föräldraprogrammet " / "Lugna tonåren" / "För föräldrar till tonåringar " / "12–17 år").
    A line that opens no box is its own text."""
    # A slide's title not indented (a deck marked otherwise, or by blank lines) opens its first box
    # as an indented one does; a list there is other things' text, as below any title (:func:`_slide_body`).
    unindented = deck.rows[i].page_start and not deck.rows[i].raw[:1].isspace() and not _box_opener(deck.rows[i])
    if not (deck.rows[i].raw[:1].isspace() or _box_opener(deck.rows[i]) or unindented):
        return text
    parts = [text]
    _, last = _unit(deck, i)
    # A letter-spaced slide title ("M o d e l l :  X") is over the slide's text boxes, each opened by
    # an indented line; the slide ends at the next such title or two blank lines.
    spaced = _spaced_title(deck.rows[i])
    # The first box below a slide's title is the title's text, however many blank lines the
    # export sets between them (as for the slide's headings, :class:`_Deck`).
    titled = deck.rows[i].page_start and not deck.rows[i].bullet
    taken = False
    for k in range(last + 1, min(len(deck.rows), last + 1 + max_rows)):
        row = deck.rows[k]
        new_box = row.page_start and not (spaced and not row.slide_start and not _spaced_title(row))
        if row.blank and deck.blank_run_after(k) >= 1 and titled and not taken and not new_box:
            continue
        if new_box or (row.blank and deck.blank_run_after(k) >= 1):  # a new box, or two blank lines
            break
        if _box_opener(row) and row.raw[:1] == deck.rows[i].raw[:1]:
            break  # the next box, opened by the same glyph
        if unindented and row.bullet:
            break
        if not row.blank:
            parts.append(row.item)
            taken = True
    return quote(_join(parts).strip(), 1200)


#: A name with its abbreviation in brackets, and perhaps a dash subtitle: "… hälsa (NPO) – …".
_ABBREVIATED = re.compile(r"^([A-ZÅÄÖ][^()]{3,120}?) \(([A-ZÅÄÖ]{2,6})\)(?:\s+[–-]\s+\S.*)?$")
#: A name's abbreviation in brackets inside a longer line: "Första hjälpen … (MHFA) för …".
_ABBR_CUT = re.compile(r"\s+\([A-ZÅÄÖ]{2,6}\)(?=\s|$)")


def _spaced_title(row: _Row) -> bool:
    """Whether a line is a letter-spaced slide title ("M o d e l l :  E n  v ä g  i n")."""
    return bool(row.text) and unspace(row.raw.strip()) != row.raw.strip()


def _among_things(deck: _Deck, i: int, found: list[Mention]) -> bool:
    """Whether a text box before row ``i`` on its slide (up to a gap of two blank lines) was read
    as a resource."""
    lines: set[int] = set()
    k = i - 1
    while k >= 0 and not (deck.rows[k].blank and k > 0 and deck.rows[k - 1].blank):
        if _box_opener(deck.rows[k]) or deck.rows[k].page_start:
            lines.add(deck.rows[k].number)
        k -= 1
    return any(m.kind == "resource" and m.source.line in lines for m in found)


def _box_opener(row: _Row) -> bool:
    """Whether a list item opens a text box of its own: a slide's first-level glyph (a private-use
    Symbol glyph or a solid bullet), not a dash or a hollow second-level mark."""
    return row.first_level


#: A text box titled by its kind and its name: "Filmen Min röst – …", "Riktlinje: Stöd till …".
_BOX_TITLE = re.compile(r"^([^\W\d_][\w-]+)(:)?\s+(\w.*)$")
#: A title's closing bracket with its year, after its publisher or not: "(2034)", "(SKR 2034)".
_PUBLISHER = r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ&.-]*(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ&.-]*){0,3},?\s+)?"
_CITED = re.compile(rf"\(({_PUBLISHER}(?:19|20)\d\d)\)")
_YEAR_BRACKET_END = re.compile(rf"\s*\({_PUBLISHER}((?:19|20)\d\d)\)$")


def _box_title(deck: _Deck, i: int, text: str, cues: CueNouns) -> tuple[str, Cue, str | None] | None:
    """The name a text box's title line gives after its kind noun, the noun's cue, and a year in
    brackets at the end: "Materialet Goađi – samtalskort om mående" names "Goađi – samtalskort om
    mående" (a dash subtitle is the name's own); "Riktlinje: Stöd till skolan efter suicid" names
    "Stöd till skolan efter suicid". The noun is in the definite form or a label before a colon;
    a group ("Nätverket …") is named by noun and name together, so only things and projects."""
    row = deck.rows[i]
    if not (row.page_start or _box_opener(row)):
        return None
    m = _BOX_TITLE.match(text)
    cue = cues.match(m.group(1)) if m else None
    slide = row.page_start and not row.bullet
    if m is not None and cue is None and slide and _definite(m.group(1)) and not m.group(2):
        # A slide titled by a definite common noun and a name ("Föräldrastödet Hamnen", "Verktyget
        # X") presents that one thing, whatever the noun: a product of no stated form. A group or a
        # body is named by noun and name together ("Föreningen X"), no thing.
        # A place after the noun ("Familjelotsen Exempelby") says where; noun and place name a unit.
        at_place = m.group(3) in deck.places or m.group(3).split()[0] in deck.places
        if not is_organisation(text) and m.group(1).lower() not in FUNCTION_WORDS and not at_place:
            cue = Cue("resource", None, m.group(1).lower())
    if m is None or cue is None or cue.kind not in ("resource", "initiative"):
        return None
    if not (m.group(1)[0].isupper() and (m.group(3)[0].isupper() or m.group(3)[0].isdigit())):
        return None
    if not (m.group(2) or _definite(m.group(1)) or (slide and not _plural_cue(m.group(1), cue))):
        # An indefinite kind noun before a name titles a slide of its own ("Samtalskort Tala om
        # det", "Webbutbildning Livskraft"); inside a box it may open a sentence.
        return None
    name, year = m.group(3), None
    place, dash, subtitle = name.partition(" – ")
    counted = subtitle.split(maxsplit=1)[0].lower() if subtitle.split() else ""
    if dash and (counted.isdigit() or NUMBER_WORDS.get(counted, 0) >= 2):
        # "Filmserien Solsken – fyra kortfilmer om …": a subtitle counting what the thing holds
        # describes it; the name ends at the dash.
        name = place
    elif dash and place in deck.places:
        # "Elevhälsoguiden Exempelby – för elevhälsans personal": a place after the definite noun
        # says whose the thing is; noun and place are the name, the dash says what it is.
        name = f"{m.group(1)} {place}"
    abbr = _ABBR_CUT.search(name)
    if abbr is not None:
        # "Utbildning: Första hjälpen till psykisk hälsa (MHFA) för personal …": the name ends at
        # its abbreviation; what follows says whom it is for.
        name = name[: abbr.start()]
    dated = _YEAR_BRACKET_END.search(name)
    if dated is not None:
        name, year = name[: dated.start()], dated.group(1)
    # After its kind noun a name may be a clause ("Samtalskort Tala om det"): no pronoun test.
    if len(name.split()) > 12 or name.endswith((".", "?", "!")) or not _title_name(name, clause=True):
        return None
    return name, cue, year


_AGE_RANGE = re.compile(r"\b\d{1,2}\s*[–-]\s*\d{1,2} år\b")

#: A box title made of a name and a lower-case dash apposition saying what it is:
#: "Föräldrakraft – föräldrastöd för tonårsföräldrar", "Sajten.se – nationell webbplats för unga".
#: An owner's genitive before an apposition's kind noun: "SKR:s vägledning för …", "Regionens app …".
_OWNER_GENITIVE = r"(?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*?(?::s|s)\s+(?=[a-zåäö]))"
_DASH_TITLE = re.compile(
    rf"^([A-ZÅÄÖ][^–]{{1,60}}?)\s+[–-]\s+({_OWNER_GENITIVE}?[a-zåäö].*?)(?:\s*\({_PUBLISHER}((?:19|20)\d\d)\))?$"
)
_OWNER_LEAD = re.compile(rf"^{_OWNER_GENITIVE}")


def _dash_title(deck: _Deck, i: int, text: str, cues: CueNouns) -> tuple[str, str, Cue | None] | None:
    """A text box's title "<Name> – <what it is>": the whole title, the name, and the cue of the
    apposition's kind noun (``None``: no kind noun, a thing of no stated form).

    The name is short and reads as a name (no organisation, no clause); the apposition is a noun
    phrase in lower case, not a place ("Ung Linje – Sundsvall") or a sentence. A team or a network
    named so is read by the rules on groups.
    """
    row = deck.rows[i]
    if not (_box_opener(row) or (row.page_start and not row.bullet) or _slide_subject(deck, i)):
        return None
    started = _STARTED.search(text)
    if started is not None and (cut := _dash_title(deck, i, text[: started.start()].strip(), cues)) is not None:
        # "Föräldrar i takt – gruppträffar för föräldrar till barn 3–10 år, framtaget 2056 av …": the
        # dating clause after the comma is no part of what the apposition says the thing is.
        if cut[2] is None and started.group(1).lower().startswith("start"):
            return cut[0], cut[1], Cue("initiative", None, "")
        return cut
    m = _DASH_TITLE.match(text)
    if m is None:
        return None
    head, what = m.group(1).strip(), m.group(2).strip()
    said = _WORD_FORM.findall(what)
    if len(said) >= 2 and said[0].islower() and not what.endswith("?") and _passive_or_finite(said[0], said[1]):
        # "Stegbrädan (SKR) – används av behandlarna …", "Kompassen – lanseras hösten 2057": an
        # apposition opening with a verb says what is done with the thing; the name is the words
        # before the dash, a coined name (an owner's abbreviation in brackets another name of it).
        bare = _ABBR_CUT.sub("", head).strip()
        words = bare.split()
        if 1 <= len(words) <= 2 and _title_name(bare) and not any(w.lower() in FUNCTION_WORDS for w in words):
            if cues.match(words[0]) is None:
                return bare, head, None
        return None
    # "Föreningen som friskzon – SKR:s vägledning för …": the owner's genitive says whose the
    # thing is; the noun phrase after it says what it is.
    owned = _OWNER_LEAD.match(what) is not None
    what = _OWNER_LEAD.sub("", what)
    what_words = _WORD_FORM.findall(what)
    # An apposition that opens with the thing's kind noun ("Mitt mående – app för unga …", "Ledare
    # som ser – webbutbildning för …") says the words before the dash are a name, function words
    # and all, and may go on to describe it at some length.
    # An article and an adjective may come first ("Sömnskolan – en kort webbutbildning om …").
    k = 1 if what_words and what_words[0].lower() in ARTICLES else 0
    lead = next((c for w in what_words[k : k + 2] if (c := cues.match(w)) is not None), None)
    named = lead is not None and lead.kind in ("resource", "initiative", "event")
    # The name is one coined word or a web address ("Föräldrakraft", "Sajten.se"); a phrase of
    # common words before a dash ("Snabb kontakt – ingen remiss") is a point made, not a name.
    head_words = head.split()
    # An organisation's product ("Ungas egen plan – SKR:s stöd för SIP med unga") is named by the
    # words before the dash as well: the owner's genitive says whose thing they name.
    product = owned and 2 <= len(what_words) and "för" in (w.lower() for w in what_words[:3])
    # A title shaped like an organisation's name ("Föreningen som friskzon – SKR:s vägledning för
    # …") is a thing's name when the apposition opens with the thing's kind noun; so is a longer
    # title when an owner's kind noun follows ("Första linjen för unga vuxna – Socialstyrelsens
    # vägledning").
    widest = 6 if named and owned else 4 if named or product else 3
    if len(head_words) > widest or not _title_name(head, organisations=named):
        return None
    # A title of common words ("Lyssna på mig – samtalsstöd för förskolans personal vid oro för
    # ett barn 1–5 år") is a name when its apposition says whom of what age it serves; a point made
    # ("Snabb kontakt – ingen remiss") says no such thing.
    aged = "för" in (w.lower() for w in what_words) and bool(_AGE_RANGE.search(what))
    # An apposition saying whom of what age the thing serves may say it at length ("– samordnat stöd
    # i första linjen för barn 3–12 år och deras familjer"), as one naming its kind noun may.
    if not (1 if named and owned else 2) <= len(what_words) <= (20 if named else 16 if aged else 12):
        return None  # an owner's kind noun says enough alone ("– Socialstyrelsens vägledning")
    if not (named or aged or product) and any(w.lower() in FUNCTION_WORDS for w in head_words):
        return None
    # An apposition that opens with the thing's kind noun may close with a full stop: the list
    # item is a sentence-less description ("Föräldrakraft – en digital kurs för föräldrar …, kostnadsfri.").
    closing = ("?", "!", ":") if named else (".", "?", "!", ":")
    if what.endswith(closing) or any(w.lower() in AUXILIARIES for w in what_words):
        return None
    what = what.rstrip(".")
    opener = folded_words({what_words[0].lower()}) & folded_words(FUNCTION_WORDS | PREPOSITIONS | QUANTIFIERS)
    # An article and a noun for someone ("Elevhälsoplanen – en mall för EHT") is a noun phrase too.
    noun_phrase = k and len(what_words) > 2 and what_words[2].lower() == "för" and what_words[1].islower()
    if opener and not (k and (named or noun_phrase)):
        return None  # "– för att genomföra …", "– upp till 40 mil …": a clause or a measure
    trial = lead is not None and lead.kind == "initiative" and len(head_words) == 1 and k == 0
    if not trial and any(cues.match(w) is not None for w in _WORD_FORM.findall(head)):
        # "Appen X – …", "Nätverket X – …", "Nationella projektet – …": the kind-noun rules read it.
        # A one-word name before a project noun ("Älvdalsmodellen – pilot i Övertorneå 2038") is the
        # thing a project tries out: the whole title names the project.
        return None
    kind = next((c for w in what_words if (c := cues.match(w)) is not None), None)
    if kind is not None and kind.kind not in ("resource", "initiative", "event"):
        return None
    # "– stöd till efterlevande", "– stöd till familjecentraler": support given to someone says whom
    # the thing serves, as "för" does (the apposition of a support in many reports and decks).
    low = [w.lower() for w in what_words]
    whom = "för" in low or low[:2] == ["stöd", "till"]
    if kind is None and not whom:
        return None  # the apposition says neither what kind of thing it is nor whom it is for
    if len(head_words) > 1 and kind is None and not product and not (whom and _AGE_RANGE.search(what)):
        # A name of several words is a name when the apposition names its kind ("Trygga barn –
        # föräldraprogram för …") or whom of what age it serves ("Ung mottagning online – digital
        # mottagning för unga 13–25 år"); "Snabbare hjälp – för alla" is a point made.
        return None
    name = text[: text.rfind("(", 0, m.start(3))].strip() if m.group(3) else text
    started = _STARTED.search(name)
    if started is not None:
        # "Fritidskortet Malmfälten – gratis aktiviteter för unga …, startade hösten 2028": the
        # clause after the comma dates the thing, no part of its title; a thing said to have
        # started (not launched, "lanserad") is an activity run, an initiative.
        name = name[: started.start()].strip()
        if kind is None and started.group(1).lower().startswith("start"):
            kind = Cue("initiative", None, "")
    return name, head, kind


def _passive_or_finite(word: str, following: str) -> bool:
    """Whether ``word`` before ``following`` is a verb opening a predicate: a finite verb, or a
    passive in -s before a preposition or a time ("används av", "lanseras hösten", "länkas från").

    >>> _passive_or_finite("används", "av"), _passive_or_finite("lanseras", "hösten"), _passive_or_finite("stöd", "för")
    (True, True, False)
    >>> _passive_or_finite("gruppträffar", "för"), _passive_or_finite("webbplats", "för")
    (False, False)
    >>> _passive_or_finite("är", "alla")
    False
    """
    w, nxt = word.lower(), following.lower()
    if cue_nouns().match(w) is not None or w in AUXILIARIES:
        return False  # "webbplats för unga": a kind noun; "är …": a statement, no apposition
    if finite_verb(w, nxt) and not w.endswith(("ar", "er")):
        return True
    # The passive of a verb in -a ("lanseras", "länkas"), of one whose stem ends in -nd ("används"),
    # of a supine ("utvecklats"); a noun in -s ("webbplats") is no verb.
    passive = (len(w) > 5 and w.endswith("as") and not w.endswith("ss")) or w.endswith(("nds", "ats", "its"))
    if w.endswith("s") and not w.endswith("ss") and len(w) >= 3 and nxt in PARTICLES:
        return True  # "följs upp", "tas fram": a passive before its particle
    return passive and (nxt in PREPOSITIONS or nxt in SEASONS or nxt in ADVERBS)


def _made_below(deck: _Deck, i: int) -> tuple[int, ...]:
    """The years a line below a slide's subject line ``i`` says its thing was made in ("Togs fram
    2056 av …"), up to the slide's end or the next thing's title line ("Trygga steg – samtalskort …")."""
    k = _unit(deck, i)[1] + 1
    while k < len(deck.rows) and not deck.rows[k].page_start:
        row = deck.rows[k]
        if not row.blank:
            if not row.bullet and _DASH_TITLE.match(row.text):
                break
            text, last = deck.continued(k)
            found = years_in_text(strip_bullet(text))
            if found:
                return found
            k = last
        k += 1
    return ()


def _slide_subject(deck: _Deck, i: int) -> bool:
    """Whether row ``i`` is a slide's subject line: no list item, the first line below the slide's
    title ("PILOTEN" over "Bojen i Gamleby – pilot 2061"; "STÖD TILL FÖRÄLDRAR" over "Spången –
    föräldraskapsstöd för …"), a text box of its own as a list item's line is."""
    row = deck.rows[i]
    if row.bullet or row.page_start or row.blank:
        return False
    k = deck.prev_nonblank(i)
    return k is not None and _slide_opening(deck, k) and k != 0 and deck.headings[k] == deck.headings[i]


#: A sentence saying what a thing is and for whom: "Ett gruppstöd i fyra träffar för föräldrar …".
_FOR_WHOM = re.compile(r"^(?:En|Ett)\s+[a-zåäö][\wåäö-]+\b[^.!?:]*?\bför\s+[a-zåäö]")


def _item_defined(deck: _Deck, i: int, last: int, text: str, cues: CueNouns) -> tuple[str, str | None, str] | None:
    """The kind (and form) of a list item ``i`` whose title the line below defines, with what it says:
    a noun phrase naming its kind ("Ett nätverk för …") or, naming no kind, an indefinite noun
    phrase saying whom it is for ("Ett gruppstöd i fyra träffar för föräldrar …"): a resource of no
    stated form. The title is a short name, not a point made."""
    if not _box_opener(deck.rows[i]) or text.endswith((".", ":", "?", "!", ",")) or len(text.split()) > 5:
        return None
    if not _title_name(text) or any(finite_verb(w) for w in text.lower().split()[1:]):
        return None
    if last != i or any(cues.match(w) is not None for w in _WORD_FORM.findall(text)):
        return None  # a wrapped title, or one with its kind noun ("Lektionsprogrammet / Modiga steg")
    j = deck.next_nonblank(last, limit=1)
    if j is None or deck.rows[j].page_start or deck.rows[j].bullet:
        return None
    below, _ = deck.paragraph(j, max_lines=4)
    said = _defines(below, cues)
    if said is not None and said.kind in ("resource", "initiative"):
        return said.kind, said.form, f"{text} {below}"
    if said is None and _FOR_WHOM.match(below) and not any(cues.match(w) for w in _WORD_FORM.findall(below)[:3]):
        return "resource", None, f"{text} {below}"
    return None


#: A list item's name with a lower-case bracket saying what it is: "Mitt mående (webbplats för …)".
_BRACKET_TITLE = re.compile(r"^([A-ZÅÄÖ][^()–]{1,60}?)\s+\(([a-zåäö][^()]{3,160})\)$")


def _sub_line(deck: _Deck, i: int, last: int, text: str) -> tuple[str, int] | None:
    """The dash sub-line under list item ``i`` (ending at row ``last``), with its wrapped lines:
    "● Samtalsstöd i skolan" / "– webbutbildning för kuratorer och skolsköterskor". Only an item
    of its own title (no dash, no sentence) has one."""
    if not _box_opener(deck.rows[i]) or " – " in text or text.endswith((".", ":", "?", "!", ",")):
        return None
    j = deck.next_nonblank(last, limit=1)
    if j is None or deck.rows[j].page_start:
        return None
    m = _DASH_LINE.match(deck.rows[j].text)
    if m is None or not _OWNER_LEAD.sub("", m.group(1))[:1].islower():
        return None
    said, end = deck.continued(j)
    return _DASH_LINE.sub(r"\1", said), end


#: A dating clause after a comma in a title's apposition: ", startade hösten 2028", ", lanserad 2029".
_STARTED = re.compile(
    r",\s+(startade|startar|startat|lanserad|lanserades|framtagen|framtaget|framtagna|togs fram)\b.*$", re.IGNORECASE
)


#: An owner's name in the genitive before the thing's own capitalised name: "Uppdrag Psykisk
#: Hälsas Första linjen-portal", "SKR:s Vägen in-modell".
_OWNED_NAME = re.compile(r"^((?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}?[A-ZÅÄÖ][\wåäöÅÄÖ-]*?(?::s|s))\s+([A-ZÅÄÖ][^()]{2,80})$")


def _owned_name(deck: _Deck, i: int, text: str, cues: CueNouns) -> tuple[str, str, Cue] | None:
    """A box title naming a thing after its owner in the genitive, the name ending in its kind noun
    ("… Första linjen-portal"): the owner, the name and the kind noun's cue."""
    row = deck.rows[i]
    if not (_box_opener(row) or (row.page_start and not row.bullet)):
        return None
    m = _OWNED_NAME.match(text)
    if m is None:
        return None
    name = m.group(2).strip()
    words = name.split()
    if len(words) > 8 or name.endswith((".", "?", "!", ":")) or not _title_name(name):
        return None
    cue = cues.match(words[-1])
    if cue is None or cue.kind not in ("resource", "initiative") or len(words) < 2:
        return None
    owner = m.group(1)
    owner = owner[:-2] if owner.endswith(":s") else owner[:-1]
    return owner, name, cue


def _event_title(deck: _Deck, i: int, text: str, cues: CueNouns) -> str | None:
    """The name of an event a box title gives by its noun before its own capitalised name
    ("Webbinarium Att möta unga som …", "Temadag Unga i fokus"); the date below it ("– 14 oktober
    2026") is the event's, no part of the name."""
    row = deck.rows[i]
    if not (_box_opener(row) or (row.page_start and not row.bullet)):
        return None
    words = text.split()
    if len(words) < 3 or len(words) > 14 or not words[1][:1].isupper() or text.endswith((".", "?", "!", ":")):
        return None
    cue = cues.match(words[0])
    if cue is None or cue.kind != "event" or not words[0][:1].isupper():
        return None
    if _definite(words[0]):
        # "Ungdomskonferensen Ö-rösten 2033", "Länsdagen Unga i Skaraborg 14 november 2030": a
        # definite event noun before a capitalised name titles the one event, noun and all; a
        # verb after it makes the line a statement about an event ("Konferensen Ö-rösten lockade …").
        if any(finite_verb(w, n) for w, n in itertools.pairwise([*words, ""])):
            return None
    return _OCCASIONS.sub("", _PARTS_TAIL.sub("", _DATE_TAIL.sub("", text))).strip(" –-,")


#: The parts of a series after its name ("Webbinarieserien Unga vuxna i fokus, del 1–3").
_PARTS_TAIL = re.compile(r",?\s+del(?:arna)?\s+\d{1,2}(?:\s*[–-]\s*\d{1,2})?$")
#: A bracket counting an event's occasions after its name: "(tre tillfällen)", "(2 dagar)". How
#: often it meets is no part of its name.
_OCCASIONS = re.compile(r"\s*\((?:\d{1,2}|" + "|".join(sorted(NUMBER_WORDS)) + r")\s+[a-zåäö]+\)$")


def _same_start(a: str, b: str) -> bool:
    """Whether one of two names begins the other ("Unga i Skaraborg" and "Unga i Skaraborg 14 …").

    >>> _same_start("Unga i Skaraborg", "Unga i Skaraborg 14 november"), _same_start("Unga", "Ungdom")
    (True, False)
    """
    x, y = sorted((fold(a), fold(b)), key=len)
    return y == x or y.startswith(f"{x} ") or y.startswith(f"{x},")


#: "<programme> i <Place>": a slide title on the local roll-out of a programme ("PAX i Norrbacka").
_ROLLOUT = re.compile(r"^(\S.{1,60}?) i ([A-ZÅÄÖ][\wåäö-]+(?: [A-ZÅÄÖ][\wåäö-]+)?(?: (?:kommun|stad|län))?)$")


_WORD_FORM = re.compile(r"[\wåäöÅÄÖé-]+")
_DEFINITION = re.compile(r"^([A-ZÅÄÖ]{2,6}) \(([A-ZÅÄÖ][^()]{3,80})\)$|^([A-ZÅÄÖ][^()]{3,80}) \(([A-ZÅÄÖ]{2,6})\)$")


# --- what a slide presents: title conventions -------------------------------------------------

#: A dash that opens a subtitle line under a slide title ("– regional kraftsamling i …").
_DASH_LINE = re.compile(r"^[–-]\s+(\S.*)$")
#: "Pilot 2020–2021", "Pilotkommun 2018": a slide that dates the trial of what the slides before present.
_PILOT_TITLE = re.compile(r"^([\wåäöÅÄÖ]+)\s+((?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?)$")
#: The aim of a project under its title: "Övergripande syfte: …", "Syfte:", "Mål:"; or the
#: commission it carries out: "Uppdrag av regeringen att …" (the one who gives it in group 1).
_AIM = re.compile(
    r"^(?:(?:Övergripande\s+)?(?:syfte|mål)\s*:\s*\S|uppdrag (?:av|från) ([\wåäöÅÄÖ]+(?-i:(?: [A-ZÅÄÖ][\wåäö]+)*)))",
    re.IGNORECASE,
)
#: "X har tagit initiativ till en lokal Kraftsamling …": the object of "initiativ till" is an initiative.
_TAKES_INITIATIVE = re.compile(r"\binitiativ(?:et)? till\s+(?:en |ett )?(?!att\b)")
#: Who took the initiative: a capitalised name right before "har tagit" / "tog".
_INITIATOR = re.compile(r"^([A-ZÅÄÖ][\wåäö-]*(?: [A-ZÅÄÖ][\wåäö-]*){0,4})\s+(?:har|hade)\s+(?:tagit|tog)\s*$")


def _slide_opening(deck: _Deck, i: int) -> bool:
    """Whether row ``i`` is the first line of a slide (the title line)."""
    row = deck.rows[i]
    if row.blank or deck.headings[i] != row.text[:120]:
        return False
    return i == 0 or row.page_start or deck.rows[i - 1].blank


def _slide_title(deck: _Deck, i: int) -> tuple[str, str, int]:
    """The title a slide opens with at row ``i``, its dash subtitle ("" if none), and the last row.

    A title wraps onto lines that start in lower case; a line that opens with a dash, right below
    or after one blank line, is the title's subtitle ("Regionalt vård- och insatsprogram" / "– ångest
    hos barn och unga").
    """
    parts, last = [deck.rows[i].text], i
    while last + 1 < len(deck.rows):
        nxt = deck.rows[last + 1]
        if nxt.blank and _soft_wrap(deck, last) and (k := deck.next_nonblank(last, limit=2)) is not None:
            # A text box exported with its soft wraps: a blank line after a line that keeps its
            # trailing space, and the title goes on ("Nationellt programområde psykisk " / "hälsa
            # (NPO) – vård- och "; "YAM – Youth Aware of " / "Mental Health").
            nxt = deck.rows[k]
            if nxt.page_start or nxt.bullet or not _soft_continues(deck, i, last, k):
                break
            parts.append(nxt.text)
            last = k
            continue
        if nxt.blank or nxt.page_start or not nxt.text[:1].islower():
            break
        parts.append(nxt.text)
        last += 1
    subtitle = ""
    j = deck.next_nonblank(last, limit=2)
    if j is not None and not deck.rows[j].page_start:
        dash = _DASH_LINE.match(deck.rows[j].text)
        if dash:
            subtitle, last = dash.group(1).strip(), j
    return _join(parts), subtitle, last


def _defines(text: str, cues: CueNouns) -> Cue | None:
    """What a line that defines the slide's title says the title is: the cue of its head noun, when
    the line is a noun phrase opening with an article and adjectives ("Ett gemensamt kunskapsstöd
    för …", "Ett team på skolan där …", "regional kraftsamling i …").

    >>> _defines("Ett team på skolan där elevhälsa,", cue_nouns()).kind
    'network'
    >>> _defines("Uppdraget innehöll två inriktningar", cue_nouns()) is None
    True
    >>> _defines("Kraftsamling för psykisk hälsa för alla barn i Skåne", cue_nouns()) is None
    True
    """
    words = _WORD_FORM.findall(text)
    k = 1 if words and words[0].lower() in ARTICLES else 0
    # A capitalised line without an article says what the title is only by a form or a group noun
    # ("Webbutbildning för chefer …"); with a project noun it is the title of another thing
    # ("Kraftsamling för psykisk hälsa för alla barn i Skåne" under a talk's title).
    bare = not k and not text[:1].islower()
    for n in range(k, min(len(words), k + 3)):
        word = words[n]
        cue = cues.match(word)
        if cue is not None:
            if _plural_cue(word, cue) or (_definite(word) and not word.lower().endswith(cue.label.lower())):
                return None
            after = words[n + 1].lower() if n + 1 < len(words) else ""
            if after and after not in PREPOSITIONS | SUBJUNCTIONS:
                return None
            if bare and (cue.kind in ("initiative", "event") or not after or n > 1):
                return None
            return cue
        # Only adjectives before the head noun: no function word, no capital after the first word.
        if word.lower() in FUNCTION_WORDS or (n > 0 and word[:1].isupper()) or not word.isalpha():
            return None
    return None


def _defines_title_above(deck: _Deck, i: int, known: Sequence[Mention], cues: CueNouns) -> bool:
    """Whether row ``i`` is the line right below a slide's title that says what the title is
    (:func:`_defines`: "Ett nätverk för …", "Webbutbildning för chefer …"), the title presented as
    a thing of its own (a reading in ``known`` at the title's line).

    Convention of a slide presenting one thing: its title names it, the line below says what kind
    of thing it is and for whom. A common noun phrase there is the title's description, no second
    thing ("Ankenätet" / "Nätverk för fritidsledare och föreningar").
    """
    top = deck.prev_nonblank(i)
    if top is None or not _slide_opening(deck, top) or deck.rows[i].page_start or deck.rows[i].bullet:
        return False
    line = deck.rows[top].number
    if not any(m.source.line == line and m.kind in ("resource", "initiative", "actor") for m in known):
        return False
    return _defines(_unit(deck, i)[0], cues) is not None


def _own_noun_defined(deck: _Deck, last: int, name: str, cues: CueNouns) -> tuple[Cue, str] | None:
    """What a one-word slide title compounded of a kind noun ("Älvdalsmodellen") is, when one of
    the slide's first lines below it defines it by that same noun ("En modell där elevhälsan …"):
    the noun's cue. A line repeating the title, or a tagline ("En samlad första linje i skolan"),
    may come between; a list item ends the search. With the cue comes the text up to the definition."""
    j: int | None = last
    said: list[str] = []
    for _ in range(3):
        j = deck.next_nonblank(j, limit=5) if j is not None else None
        if j is None or deck.rows[j].page_start or deck.rows[j].bullet:
            return None
        text, end = _unit(deck, j)
        # A sentence wrapped before a number goes on ("… för barn och unga" / "6–19 år.").
        k = deck.next_nonblank(end, limit=2)
        if k is not None and not text.endswith((".", ":", "!", "?")) and deck.rows[k].text[:1].isdigit():
            if not (deck.rows[k].bullet or deck.rows[k].page_start):
                text, end = _join([text, deck.rows[k].text]), k
        repeated = fold(text) == fold(name)
        if not repeated:
            said.append(text)
        cue = None if repeated else _defines(text, cues)
        if cue is not None:
            own = cue.kind == "resource" and stem_key(name).endswith(stem_key(cue.label))
            return (cue, _join(said)) if own and len(stem_key(name)) > len(stem_key(cue.label)) + 2 else None
        j = end
    return None


def _class_heading(text: str, cues: CueNouns) -> Cue | None:
    """The class a slide heading says its items are: "Exempel på nationella initiativ …" lists
    initiatives. The heading is "Exempel på" and the class (one adjective at most before its cue
    noun), or the class alone in a plural form ("Beviljade projektansökningar"): an adjective in -a
    does not make an invariant noun plural ("Skolnära team" is one team).

    >>> _class_heading("Exempel på nationella initiativ och nationellt prioriterade frågor", cue_nouns()).kind
    'initiative'
    >>> _class_heading("Populationsbaserade enkäter, intervjuer", cue_nouns()) is None
    True
    >>> _class_heading("Skolnära team", cue_nouns()) is None
    True
    """
    words = _WORD_FORM.findall(text)
    k = 2 if [w.lower() for w in words[:2]] == ["exempel", "på"] else 0
    for n in range(k, min(len(words), k + 2)):
        word = words[n]
        cue = cues.match(word)
        if cue is None:
            continue
        # Without "Exempel på" the heading is the class alone, no caption ("… enkäter, intervjuer").
        return cue if k or (_plural_cue(word, cue) and len(words) == n + 1) else None
    return None


def _title_name(text: str, *, organisations: bool = False, clause: bool = False) -> bool:
    """Whether a slide title reads as a name: short, capitalised, no sentence or question, not a
    caps banner, no organisation (unless ``organisations``) or sector heading. With ``clause``
    (a name after its kind noun: "Appen Så mår vi bra") a personal pronoun may stand in it.

    >>> _title_name("Så mår vi bra"), _title_name("Så mår vi bra", clause=True)
    (False, True)
    """
    words = _WORD_FORM.findall(text)
    if not words or len(words) > 10 or not text[:1].isupper() or text.isupper():
        return False
    if text.endswith((".", "?", "!", ":", "…")) or _heading_types(text) is not None:
        return False
    if not organisations and is_organisation(text):
        return False
    if len(words) >= 2 and words[0].lower() in NUMBER_WORDS and words[0].lower() not in ("en", "ett"):
        if words[1].lower().endswith(("er", "ar", "or", "erna", "arna", "orna")):
            return False  # "Tre målbilder 2030", "Fyra delarenor": a count of things the slide lists
    # A personal pronoun makes the title a clause ("Så organiserar vi arbetet"), not a name.
    return clause or not any(w.lower() in AUXILIARIES or w.lower() in _PERSONAL for w in words)


#: Personal pronouns (not the possessive ones, which stand inside titles: "Min röst").
_PERSONAL = PRONOUNS - POSSESSIVES


def _presented(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Things a slide presents by the deck's title conventions.

    * A slide title and a line below it that says what the title is (:func:`_defines`) or a dash
      subtitle that does ("Tillsammans för ungas psykiska hälsa" / "– regional kraftsamling i
      Västra Götaland"): the title names a thing of that kind. A subtitle that says no kind is part
      of the name ("Regionalt vård- och insatsprogram – ångest hos barn och unga").
    * A slide titled "Pilot <years>" dates the trial of the thing the slides before present:
      "<thing> – pilot <years>".
    * A slide heading naming a class in the plural ("Exempel på nationella initiativ"): its item
      titles (capitalised lines that are no list items) are things of that class.
    * "X har tagit initiativ till en lokal Kraftsamling för …": the object is an initiative of X.
    """
    cues = cue_nouns()
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    subject: tuple[str, str, str] | None = None  # the last thing a slide title presented: name, kind, text

    def add(i: int, kind: str, name: str, quote_text: str, **kw: object) -> bool:
        key = fold(name)
        if key in seen or len(name) < 3:
            return False
        seen.add(key)
        alts = kw.pop("alt_names", ())
        seen.update(fold(str(a)) for a in alts)  # type: ignore[attr-defined]
        out.append(
            Mention(
                kind,
                name,
                deck.source(i, quote_text),
                description=str(kw.pop("description", quote_text)),
                heading=deck.headings[i],
                alt_names=tuple(str(a) for a in alts if a != name),  # type: ignore[attr-defined]
                **kw,  # type: ignore[arg-type]
            )
        )
        return True

    previous: tuple[int, str, int] | None = None  # the last slide title that named nothing yet
    for i in range(len(deck.rows)):
        if not _slide_opening(deck, i):
            continue
        title, subtitle, last = _slide_title(deck, i)
        if previous is not None and _refers_back(title, cues):
            # "Utgångspunkterna för utvecklingsprojektet" after a slide titled "Elevhälsobaserad modell
            # med tidiga insatser …": the definite project noun points at the title before.
            p, named, p_last = previous
            add(p, "initiative", named, named, description=_slide_body(deck, p, p_last))
        previous = None
        pilot = _PILOT_TITLE.match(title)
        cue = cues.match(pilot.group(1)) if pilot else None
        if pilot and cue is not None and cue.kind == "initiative" and cue.label == "pilot" and subject:
            years = re.findall(r"\d{4}", pilot.group(2))
            name = f"{subject[0]} – pilot {pilot.group(2)}"
            # The trial is of the thing the slides before present: their text describes it too.
            add(
                i,
                "initiative",
                name,
                title,
                description=quote(f"{subject[2]} {_slide_body(deck, i, last)}", 1500),
                alt_names=(title,),
                start=years[0],
                end=years[-1] if len(years) > 1 else None,
                relations=(Relation("related", _KIND_OF_CUE.get(subject[1], subject[1]), subject[0]),),
            )
            continue
        title = title.rstrip("…").rstrip()  # "Tidiga insatser på gymnasiet…": a teaser's ellipsis
        written = title
        if title.isupper() and len(title) >= 7 and len(title.split()) == 1:
            # A one-word caps slide title ("ÄLVDALSMODELLEN") is a name set in capitals (an
            # abbreviation is shorter): the name in sentence case.
            title = _sentence_case(title)
        if not _title_name(title):
            continue
        if _title_name(title) and not subtitle:
            previous = (i, title, last)
        listed = _class_heading(title, cues)
        if listed is not None:
            if listed.kind in ("initiative", "resource"):
                out.extend(_class_items(deck, i, listed, seen))
            continue  # a heading naming a class names no thing of its own
        given: tuple[ActorRole, ...] = ()
        full = f"{title} – {subtitle}" if subtitle else title
        said = _defines(subtitle, cues) if subtitle else None
        name, alts = (title, (full,)) if said else (full, ())
        if said is None:
            j = deck.next_nonblank(last, limit=3)
            if j is not None and not deck.rows[j].page_start:
                said = None if deck.rows[j].bullet else _defines(_unit(deck, j)[0], cues)
                aim = _AIM.match(deck.rows[j].item) if said is None else None
                if aim is not None:
                    # A title over its aim ("Övergripande syfte: Studera …") or its commission
                    # ("Uppdrag av regeringen att fördela medel …") names a project; a bracket after
                    # the name says who does it ("(Folkhälsom. & KI)"), read as organisations.
                    said = Cue("initiative", None, "")
                    bare = re.sub(r"\s*\([^()]*\)$", "", name)
                    name = bare if len(bare.split()) >= 2 else name
                    if aim.group(1):
                        given = (ActorRole(aim.group(1), "funder", deck.source(j, deck.rows[j].item)),)
        restated = ""  # what the slide's list says of a thing its title restates in full
        if said is None and not subtitle:
            # The line below restates the title with a dash subtitle that says what it is
            # ("FLOTTLEDEN" / "Flottleden – en modell för samordnade tidiga insatser" / "för barn
            # 3–15 år i första linjen"): the title in full is the restated line, wraps included.
            j = deck.next_nonblank(last, limit=3)
            if j is not None and not deck.rows[j].page_start and not deck.rows[j].bullet:
                line, _ = _unit(deck, j)
                again, dash, rest = line.partition(" – ")
                if dash and fold(again) == fold(title) and (said := _defines(rest, cues)) is not None:
                    name, alts, full = line.rstrip(" .,;:"), (title,), line.rstrip(" .,;:")
                    written = title
                    restated = _predicates_below(deck, j)
        if said is None:
            said = _presenter_below(deck, last, name)
        own = None
        if said is None and not subtitle and len(_WORD_FORM.findall(name)) == 1:
            own = _own_noun_defined(deck, last, name, cues)
            said = own[0] if own is not None else None
        if said is not None and said.kind != "event":
            kind = _KIND_OF_CUE[said.kind]
            body = _slide_body(deck, i, last)
            if own is not None and own[1] not in body:
                body = quote(f"{body} {own[1]}", 1200)  # the line that says what the title is
            if restated:
                body = quote(f"{body} {restated}", 1200)
            subject = (name, kind, body)
            ready = _ready_year(deck, last) if kind == "resource" else None
            add(
                i,
                kind,
                name,
                full if title == written else written,
                description=f"{body} {ready[1]}" if ready else body,
                years=(ready[0],) if ready else (),
                alt_names=alts,
                forms=(said.form,) if said.form and kind == "resource" else (),
                actor_types=("natverk",) if kind == "actor" else (),
                actors=given,
            )
            continue
    for i, row in enumerate(deck.rows):
        m = _TAKES_INITIATIVE.search(row.text)
        if m is None or deck.rows[i].bullet:
            continue
        text, _ = deck.continued(i)
        m = _TAKES_INITIATIVE.search(text)
        if m is None:
            continue
        phrase = re.split(r"[.,;:!?]|\s+(?:som|där|att|och)\s+", text[m.end() :], maxsplit=1)[0].strip()
        words = _WORD_FORM.findall(phrase)
        head = next((w for w in words[:3] if cues.match(w) is not None), None)
        head_cue = cues.match(head) if head else None
        if head_cue is None or head_cue.kind != "initiative" or len(words) > 10:
            continue
        subject_text = text[: m.start()].strip()
        owner = _INITIATOR.match(subject_text)
        actors = (ActorRole(owner.group(1), "organizer", deck.source(i, text)),) if owner else ()
        add(i, "initiative", phrase, text, actors=actors)
    return out


def _class_items(deck: _Deck, h: int, cue: Cue, seen: set[str]) -> list[Mention]:
    """The item titles on a slide whose heading names their class: capitalised lines that are no
    list items, numbered points or labels ("Målsättningar 2019/2020:"), with wrapped lines."""
    out: list[Mention] = []
    heading = deck.headings[h]
    kind = _KIND_OF_CUE[cue.kind]
    i = h + 1
    prev_open = False
    while i < len(deck.rows) and deck.headings[i] == heading and not deck.rows[i].page_start:
        row = deck.rows[i]
        if row.blank:
            i += 1
            continue
        text, last = deck.continued(i)
        starts_item = not (row.bullet or _ITEM.match(row.text) or prev_open)
        if starts_item and row.text[:1].isupper() and not text.endswith((":", ".", "?")) and len(text.split()) >= 3:
            name = re.sub(r"\s+", " ", text).strip()
            if fold(name) not in seen and not _GRANT_TABLE.search(text):
                seen.add(fold(name))
                short = re.sub(r"\s*\(([A-ZÅÄÖ]{2,8})\)", "", name)
                out.append(
                    Mention(
                        kind,
                        name,
                        deck.source(i, text),
                        description=text,
                        heading=heading,
                        alt_names=(short,) if short != name else (),
                        forms=(cue.form,) if cue.form and kind == "resource" else (),
                    )
                )
        prev_open = bool(_OPEN_END.search(deck.rows[last].text))
        i = last + 1
    return out


_GRANT_TABLE = re.compile(r"^Huvudsökande\b")


#: A title slide holds a title, a subtitle, the senders, a place and a date: a few lines.
_TITLE_SLIDE_LINES = 8
_NAME_JOIN = re.compile(r"\s*(?:,|&|\boch\b)\s*")


def _title_slide_organisations(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """The organisations a deck's title slide names on a line of their own ("Västra
    Götalandsregionen och VästKom"): the line is only names joined by "och", "&" or commas, and
    one of them is shaped like an organisation's; each name is an actor (the senders of the deck).
    """
    seen = {fold(n) for m in known if m.kind == "actor" for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    seen_lines = 0
    for i, row in enumerate(deck.rows):
        if (seen_lines and row.page_start) or seen_lines >= _TITLE_SLIDE_LINES:
            break  # the title slide ends where the second slide starts; it has a few lines only
        seen_lines += not row.blank
        if row.blank or row.bullet or len(row.text) > 90:
            continue
        parts = [p for p in _NAME_JOIN.split(row.text) if p]
        # Members named by a common noun ("15 kommuner", "civilsamhället", "skolorna på ön") join
        # the named senders without naming anyone: they are passed over.
        named = [p for p in parts if not _common_group(p)]
        if len(parts) < 2 or not named or any(not _org_like_name(p) for p in named):
            continue
        if not any(guess_type(p) is not None or is_organisation(p) for p in named):
            continue
        for part in named:
            if fold(part) in seen:
                continue
            if part in deck.places:
                # "kommunerna Kramfors, Exempelby, …": a bare place the deck writes in an
                # organisation's name ("Exempelbys kommun") is that place, or the organisation the
                # deck names in full; no organisation of its own.
                continue
            seen.add(fold(part))
            out.append(Mention("actor", part, deck.source(i, part), heading=deck.headings[i]))
    return out


def _common_group(text: str) -> bool:
    """Whether a part of a sender line names members by a common noun, not a name: it opens in
    lower case or with a count ("15 kommuner").

    >>> _common_group("15 kommuner"), _common_group("skolorna på ön"), _common_group("Region Gotland")
    (True, True, False)
    """
    words = text.split()
    return 1 <= len(words) <= 4 and (text[:1].islower() or (words[0].isdigit() and len(words) > 1))


def _org_like_name(text: str) -> bool:
    """One to four words, the first capitalised, no digits, no sentence: a name on a title slide."""
    words = text.split()
    return 1 <= len(words) <= 4 and text[:1].isupper() and not re.search(r"\d|[.:?!]", text)


#: "Familjestödet, socialtjänsten", "Närhälsan Lerum vårdcentral – psykolog": a member and its role.
_MEMBER_SPLIT = re.compile(r"\s*,\s*|\s+[–-]\s+|\s+[–-]$")


def _role_word(text: str) -> bool:
    """Whether ``text`` opens with a profession of the audience vocabulary ("Rektor", "Kurator")."""
    return any(t.scheme == "audience" and t.start == 0 for t in lexicon().tag(text))


def _member_lists(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Teams and member organisations of a slide's member list.

    A short title over list items most of which open with a profession ("Skolgrupp" over "• Rektor",
    "• Skolsköterska", …) names a team (an actor of type natverk). In such a list, or one under a
    group's cue noun ("Arbetsgrupp"), an item "<Name>, <role>" or "<Name> – <role>" names the
    organisation the member comes from when the name is no profession and no word of the vocabulary
    ("Familjestödet, socialtjänsten"; not "Socialförvaltningen – socialsekreterare", a kind of office).
    """
    cues = cue_nouns()
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        if row.blank or row.bullet:
            continue
        title = row.text.rstrip(":")
        words = _WORD_FORM.findall(title)
        if not 1 <= len(words) <= 4 or not title[:1].isupper() or title.isupper() or re.search(r"[\d.?!,]", title):
            continue
        items: list[tuple[int, str]] = []
        j = deck.next_nonblank(i, limit=3)
        while j is not None and deck.rows[j].bullet and not deck.rows[j].page_start:
            text, last = _unit(deck, j)
            items.append((j, text))
            j = deck.next_nonblank(last, limit=3)
        if len(items) < 3:
            continue
        roles = [k for k, (_, text) in enumerate(items) if _role_word(text)]
        head = cues.match(words[0]) if len(words) == 1 else None
        group = head is not None and head.kind == "network"
        team = len(roles) >= 3 and roles[0] == 0 and not group and not _heading_types(title)
        # A title that begins with a name the slides already gave is that team ("Barnhälsoteam - förskolan").
        known_team = any(fold(title).startswith(k + " ") or k.startswith(fold(title)) for k in seen)
        if team and fold(title) not in seen and not known_team:
            seen.add(fold(title))
            out.append(
                Mention("actor", title, deck.source(i, title), heading=deck.headings[i], actor_types=("natverk",))
            )
        if not (team or (group and roles)):
            continue
        for j, text in items:
            parts = [p for p in _MEMBER_SPLIT.split(re.sub(r"\s*\([^()]*\)?", "", text)) if p]
            name = parts[0]
            if len(parts) < 2 or not parts[1][:1].islower() or name.isupper() or len(name.split()) > 4:
                continue
            if any(t.start == 0 for t in lexicon().tag(name)) or fold(name) in seen:
                continue
            seen.add(fold(name))
            types = (guess_type(name),) if guess_type(name) else ()
            out.append(
                Mention("actor", name, deck.source(j, text), heading=deck.headings[j], actor_types=types)  # type: ignore[arg-type]
            )
    return out


def _form_labelled_items(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Things a list item names by a form noun in its base form before a capitalised title
    ("❖ Kartläggning Barns väg till stöd" / "i Ankeby 2049", "• Webbutbildning Trygg i skolan"):
    the noun says what the thing is, the title is its name (the item with its noun another name).
    A title is capitalised after the noun, has no verb and ends with no full stop.

    >>> from loader.model import Line
    >>> rows = [" Det här har vi gjort", "", "❖ Kartläggning Barns väg till stöd ", "", "i Ankeby 2049", "",
    ...         "❖ Webbutbildning Trygg i skolan", "", "❖ Rapport om läget lämnades i maj"]
    >>> deck = _Deck(Document("r", tuple(Line(k, t) for k, t in enumerate(rows, 1))))
    >>> [(m.name, m.alt_names) for m in _form_labelled_items(deck, [])]
    [('Barns väg till stöd i Ankeby 2049', ('Kartläggning Barns väg till stöd i Ankeby 2049',)), \
('Trygg i skolan', ('Webbutbildning Trygg i skolan',))]
    """
    cues = cue_nouns()
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        if not row.bullet or not row.first_level:
            continue
        text, _ = _unit(deck, i)
        text = text.strip()
        words = text.split()
        if len(words) < 3 or len(words) > 12 or text.endswith((".", "?", "!", ":")):
            continue
        cue = cues.match(words[0])
        if cue is None or cue.kind != "resource" or cue.form is None or not words[0][:1].isupper():
            continue
        if _definite(words[0]) or _plural_cue(words[0], cue) or not words[0].lower().endswith(cue.label.lower()):
            continue
        if not words[1][:1].isupper() or words[1].lower() in FUNCTION_WORDS or words[1].isupper():
            continue
        if any(finite_verb(w.lower(), n) for w, n in zip(words[1:], [*words[2:], ""], strict=True)):
            continue
        name = " ".join(words[1:])
        if fold(name) in seen or fold(text) in seen or is_organisation(name) or guess_type(name):
            continue
        seen.update({fold(name), fold(text)})
        out.append(
            Mention(
                "resource",
                name,
                deck.source(i, text),
                description=text,
                heading=deck.headings[i],
                alt_names=(text,),
                forms=(cue.form,),
            )
        )
    return out


#: A line that carries a sentence or a note, not a name: a sentence's stop, a colon, a question.
_NOT_A_NAME = re.compile(r"[.:?!;]$|^\d|,\s")


def _organisation_boxes(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Organisations a slide lists one to a line in one text box, under any title ("Vilka är
    med?", "Med i arbetet", "Parter"): five or more short capitalised lines in a row, no blank line
    between them, half or more shaped like an organisation's name (an actor-type word, ``pg:namePattern``).
    A line opening with a dash goes on with the name above ("Lokalpolisområde X" / "– Polisregion
    Y"). Lines that are sentences, notes ("Samordnare: …") or "<role>, <organisation>" are no list.

    >>> from loader.model import Line
    >>> rows = [" Vilka är med?", "", "Ankeby kommun", "Region Väst", "BUP Väst", "Vårdcentralen Ankeby",
    ...         "Lokalpolisområde Ankeby", "– Polisregion Väst", "Ankeby Innebandyklubb", "", "Nästa bild"]
    >>> deck = _Deck(Document("r", tuple(Line(k, t) for k, t in enumerate(rows, 1))))
    >>> [(m.name, m.source.line) for m in _organisation_boxes(deck, [])][-3:]
    [('Vårdcentralen Ankeby', 6), ('Lokalpolisområde Ankeby – Polisregion Väst', 7), ('Ankeby Innebandyklubb', 9)]
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    rows = deck.rows
    i = 0
    while i < len(rows):
        run: list[tuple[int, str]] = []
        j = i
        while j < len(rows) and not rows[j].blank and not (run and rows[j].page_start):
            text = rows[j].item
            if run and re.match(r"^\s*[–-]\s+[A-ZÅÄÖ]", rows[j].raw) and not rows[j].first_level:
                run[-1] = (run[-1][0], f"{run[-1][1]} – {text}")  # the unit's parent body
            elif run and rows[j].hanging:
                # "– Polisområde Värmland," / "     lokalpolisområde X–Y": the item's name, wrapped.
                run[-1] = (run[-1][0], f"{run[-1][1]} {text}")
            else:
                run.append((j, text))
            j += 1
        i = max(j, i + 1)
        names = run[1:] if run and rows[run[0][0]].page_start else run  # the slide's title
        if len(names) < 5 or any(len(t) > 70 or not t[:1].isupper() or _not_a_member(t) for _, t in names):
            continue
        if any(_heading_types(t) is not None or _others_heading(t) for _, t in names):
            continue  # a list under sector headings ("Kommuner", "Övriga"): :func:`_participants` reads it
        shaped = sum(guess_type(t) is not None or is_organisation(t) for _, t in names)
        # Under a slide title saying who takes part ("Vilka är med?", "VI ÄR MED", "Med i arbetet")
        # the lines are the members: a third shaped like an organisation's name is enough.
        members = _MEMBERS_TITLE.search(deck.headings[names[0][0]]) is not None
        if shaped < (0.3 if members else 0.5) * len(names):
            continue
        for k, text in names:
            name = text
            alts: tuple[str, ...] = ()
            glossed = _GLOSS.search(text)
            if glossed is not None and glossed.start() > 0:
                # "Ungdomsrådet i X (ledamöter 14–19 år)": the bracket says what the body is.
                name, alts = text[: glossed.start()].strip(), (text,)
            if fold(name) in seen:
                continue
            seen.add(fold(name))
            t = guess_type(name)
            types = (t,) if t else ()
            out.append(
                Mention(
                    "actor", name, deck.source(k, text), heading=deck.headings[k], actor_types=types, alt_names=alts
                )
            )
    return out


#: A slide title saying who takes part: "Vilka är med?", "VI ÄR MED", "Vi som är med", "Fler än
#: 40 organisationer är med", "Med i kraftsamlingen", "Med i arbetet".
_MEMBERS_TITLE = re.compile(r"\bär med\b|^med i\b", re.IGNORECASE)
#: "Polisen, lokalpolisområde Västervik": a body and its unit, one name with its comma.
_BODY_UNIT = re.compile(r"^[A-ZÅÄÖ][^,]*, [a-zåäö]+ [A-ZÅÄÖ][^,]*$")


def _not_a_member(text: str) -> bool:
    """Whether a line of a list of organisations carries a sentence or note rather than a name
    (:data:`_NOT_A_NAME`); a body and its unit after a comma is a name.

    >>> _not_a_member("Polisområde Värmland, lokalpolisområde Karlskoga–Filipstad")
    False
    >>> _not_a_member("Rektor, Ankeby skola"), _not_a_member("Familjestödet, socialtjänsten")
    (True, True)
    """
    if _BODY_UNIT.match(text) and not re.search(r"[.:?!;]$|^\d", text):
        return False
    return _NOT_A_NAME.search(text) is not None


#: "Socialtjänsten (socialrådgivare, Barn- och ungdomssupporten)": a service and its members in brackets.
_UNITS = re.compile(r"\b([A-ZÅÄÖ][\wåäö-]+(?: [\wåäö-]+)?) \(([^()]{3,200})\)")
#: "Barn – och ungdomssupporten": an "X- och Y" ellipsis with its hyphen set off as a dash.
_SPACED_ELLIPSIS = re.compile(r"(\w)\s*[–-]\s+och\s+")


#: A lead-in naming a class in the plural, with a count or a possessive at most: "Tre delarenor:",
#: "Våra arbetsgrupper:", "Nätverk:".
_LEAD_IN = re.compile(r"^(?:[\wåäöÅÄÖ]+\s+)?([\wåäöÅÄÖ-]+)\s*:$")


def _lead_in_items(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Second-level list items under a lead-in that names their class in the plural: "◆ Tre
    delarenor:" over "› Skolan som arena", "› Fritid och föreningsliv" names three delarenor (the
    class of the cue noun; a dash apposition after a name is cut off). Only items on the next
    list level count: the lead-in's own text is no item, and a top-level point ends the list.

    >>> from loader.model import Line
    >>> text = ["Bild 1", "Organisation", "◆ Styrgrupp", "◆ Tre delarenor:", "   › Skolan som arena",
    ...         "   › Vård och omsorg – för unga", "◆ Uppföljning", "Bild 2", "X", "Bild 3", "Y"]
    >>> doc = Document("r", tuple(Line(k + 1, t) for k, t in enumerate(text)))
    >>> [(m.kind, m.name) for m in _lead_in_items(_Deck(doc), [])]
    [('actor', 'Skolan som arena'), ('actor', 'Vård och omsorg')]
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    cues = cue_nouns()
    out: list[Mention] = []
    rows = deck.rows
    for i, row in enumerate(rows):
        m = _LEAD_IN.match(row.item)
        if row.blank or m is None or row.sub_item:
            continue
        cue = cues.match(m.group(1))
        if cue is None or cue.kind not in _KIND_OF_CUE:
            continue
        kind = _KIND_OF_CUE[cue.kind]
        if not _plural_cue(m.group(1), cue):
            if len(m.group(0).split()) == 1:
                out.extend(_labelled_series(deck, i, m.group(1), kind, seen))
            continue
        j = deck.next_nonblank(i, limit=2)
        while j is not None and not rows[j].page_start and rows[j].sub_item:
            text, last = deck.continued(j)
            name = re.split(r"\s+[–-]\s+", clean(strip_bullet(text)))[0].strip().rstrip(".,;")
            if name[:1].isupper() and len(name.split()) <= 6 and fold(name) not in seen:
                seen.add(fold(name))
                out.append(Mention(kind, name, deck.source(j, text), description=text, heading=deck.headings[i]))
            j = deck.next_nonblank(last, limit=2)
    return out


def _labelled_series(deck: _Deck, i: int, label: str, kind: str, seen: set[str]) -> list[Mention]:
    """A box labelled by its kind noun alone ("Webbinarieserie:") over the thing's title on the next
    line ("Tonårsföräldrar i Blekinge"): the title names a thing of that kind. A series' box then
    lists its sessions by theme ("➢ Sömn och skärmar", "➢ Oro och ångest"), after a line or two
    saying when ("Fyra kvällar hösten 2028"): each theme is one session, an event.
    """
    rows = deck.rows
    j = deck.next_nonblank(i, limit=2)
    if j is None or rows[j].page_start or rows[j].bullet:
        return []
    title = rows[j].text.strip()
    words = _WORD_FORM.findall(title)
    if not title[:1].isupper() or not 1 <= len(words) <= 8 or title.endswith((".", ":")) or fold(title) in seen:
        return []
    seen.add(fold(title))
    out = [Mention(kind, title, deck.source(j, title), heading=deck.headings[i], alt_names=(f"{label}: {title}",))]
    if kind != "event" or not fold(label).endswith("serie"):
        return out
    k = deck.next_nonblank(j, limit=2)
    skipped = 0
    while k is not None and not rows[k].page_start and not rows[k].bullet and skipped < 2:
        k, skipped = deck.next_nonblank(k, limit=2), skipped + 1
    while k is not None and not rows[k].page_start and rows[k].bullet:
        theme = rows[k].item.strip()
        if theme[:1].isupper() and len(theme.split()) <= 8 and fold(theme) not in seen:
            seen.add(fold(theme))
            out.append(Mention("event", theme, deck.source(k, theme), heading=deck.headings[i]))
        k = deck.next_nonblank(k, limit=2)
    return out


def _bracket_units(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Units named among the members a line lists in brackets after a service or organisation:
    "Socialtjänsten (socialrådgivare, Barn – och ungdomssupporten)" lists a profession and a unit
    of the social services. A capitalised member that is no profession, no abbreviation and no
    word of the vocabulary is the unit's name, an actor.
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    i = 0
    while i < len(deck.rows):
        if deck.rows[i].blank:
            i += 1
            continue
        text, last = _unit(deck, i)
        for m in _UNITS.finditer(text):
            head = m.group(1)
            shaped = is_organisation(head) or guess_type(head) is not None
            service = any(t.scheme == "care-level" and t.start == 0 for t in lexicon().tag(head))
            parts = [p.strip() for p in m.group(2).split(",")]
            if not (shaped or service) or len(parts) < 2:
                continue
            for part in parts:
                name = _SPACED_ELLIPSIS.sub(r"\1- och ", part)
                if not name[:1].isupper() or name.isupper() or len(name.split()) > 5 or _role_word(name):
                    continue
                if any(t.start == 0 and t.end == len(name) for t in lexicon().tag(name)) or fold(name) in seen:
                    continue
                seen.add(fold(name))
                out.append(Mention("actor", name, deck.source(i, text), heading=deck.headings[i]))
        i = last + 1
    return out


#: A slide's label line naming who take part: "Vilka: X, Y och Z", "Deltagare: …", "Medverkande: …".
#: A list item labelled by a name: "<Kind noun> <name>: <what it is or who is in it>".
_NAME_LABEL = re.compile(r"^([A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[\wåäöÅÄÖ-]+){1,3}):\s+(\S.*)$")


def _labelled_names(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Things and groups a list item names in its label: "Arbetsgrupp unga: en representant per
    kommun", "Styrgrupp Exempelbygden: socialchefer och …". The label is a kind noun of a group or
    a thing and the words that name it (an indefinite noun: "Styrgruppen: …" is no name); what
    follows the colon says what it is or who sits in it. A bare kind noun ("Styrgrupp: rektor, …")
    names nothing.

    >>> from loader.model import Line
    >>> texts = ["Organisation", "", "• Arbetsgrupp unga: en per kommun"]
    >>> doc = Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))
    >>> [(m.kind, m.name) for m in _labelled_names(_Deck(doc), [])]
    [('actor', 'Arbetsgrupp unga')]
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    cues = cue_nouns()
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        m = _NAME_LABEL.match(row.item) if row.bullet else None
        if m is None or fold(m.group(1)) in seen:
            continue
        words = _WORD_FORM.findall(m.group(1))
        cue = cues.match(words[0])
        if cue is None or cue.kind not in _KIND_OF_CUE or _definite(words[0]) or _plural_cue(words[0], cue):
            continue
        if any(finite_verb(w.lower()) for w in words[1:]) or any(w.lower() in FUNCTION_WORDS for w in words[1:]):
            continue
        seen.add(fold(m.group(1)))
        kind = _KIND_OF_CUE[cue.kind]
        out.append(
            Mention(
                kind,
                m.group(1),
                deck.source(i),
                description=row.item,
                heading=deck.headings[i],
                forms=(cue.form,) if cue.form and kind == "resource" else (),
                actor_types=("natverk",) if kind == "actor" else (),
            )
        )
    return out


#: A slide's source line under a statistic: "Källa: X 2045", "Källor: X (Utgivare), Y".
_SOURCE_LABEL = re.compile(r"^(?:Källa|Källor)\s*:\s+(\S.*)$")
#: A publisher in brackets after a cited title: "Skolbarns hälsovanor 2033/34 (Folkhälsomyndigheten)".
_PUBLISHED_BY = re.compile(r"\s*\(([^()]+)\)$")


def _cited_sources(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """The surveys and reports a slide cites as the source of its figures ("Källa: Enkäten 2045",
    "Källor: X 2033/34 (Utgivare), Y 2033"): each cited title, up to a comma, names a resource; a
    bracket after it is its publisher.

    >>> from loader.model import Line
    >>> texts = ["Läget", "", "• Var tredje elev mår dåligt",
    ...          "Källor: Elevenkäten 2040 (Region Väst), Hälsa i Norr 2039"]
    >>> doc = Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))
    >>> [(m.name, m.alt_names) for m in _cited_sources(_Deck(doc), [])]
    [('Elevenkäten 2040', ('Elevenkäten 2040 (Region Väst)',)), ('Hälsa i Norr 2039', ())]
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        m = _SOURCE_LABEL.match(row.text)
        if m is None:
            continue
        text, _ = deck.continued(i)
        cited = _SOURCE_LABEL.match(text)
        for entry in re.split(r",\s+(?![^()]*\))", cited.group(1) if cited else m.group(1)):
            entry = entry.strip(" .;")
            by = _PUBLISHED_BY.search(entry)
            name = entry[: by.start()].strip() if by else entry
            if not name[:1].isupper() or not 1 <= len(name.split()) <= 10 or fold(name) in seen:
                continue
            seen.add(fold(name))
            producer = (ActorRole(by.group(1), "producer", deck.source(i, text)),) if by else ()
            out.append(
                Mention(
                    "resource",
                    name,
                    deck.source(i, text),
                    description=text,
                    heading=deck.headings[i],
                    alt_names=(entry,) if by else (),
                    actors=producer,
                )
            )
    return out


#: A slide title on the supports the deck's partners use: "Stöd vi använder", "Material som används".
_USED_TITLE = re.compile(r"^[\wåäöÅÄÖ]+(?:\s+och\s+[\wåäöÅÄÖ]+)?\s+(?:som\s+)?(?:vi\s+)?(?:använder|används)$", re.I)
#: A list item naming a thing and where it is used, nothing more: "Kompassrosen på ungdomsmottagningen
#: i Kumla" (the definite unit, and the place it is in).
_USED_AT = re.compile(
    r"^((?:[A-ZÅÄÖ][\wåäöé-]+)(?:\s+[A-ZÅÄÖ0-9][\wåäöé-]*){0,2})\s+(?:på|i|vid|inom)\s+[a-zåäö][\wåäö-]*(?:n|et)"
    r"(?:\s+(?:i|på)\s+[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*)?)?$"
)


def _used_items(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """The things a slide on the supports in use lists by name and place of use: under a title
    "Stöd vi använder" / "Material som används", a first-level item "<Name> på|i|vid <the unit> …"
    names a resource, whatever noun (if any) the deck gives it; the place is where it is used.

    >>> from loader.model import Line
    >>> texts = [" Material som används", "• Lotsen vid vårdcentralen i Norrby", "• Unga mår bra"]
    >>> doc = Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))
    >>> [m.name for m in _used_items(_Deck(doc), [])]
    ['Lotsen']
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    cues = cue_nouns()
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        if not row.bullet or not row.first_level or not _USED_TITLE.match(deck.headings[i]):
            continue
        m = _USED_AT.match(row.item)
        if m is None:
            continue
        name = m.group(1)
        words = _WORD_FORM.findall(name)
        if fold(name) in seen or cues.match(words[0]) is not None or is_organisation(name):
            continue
        if any(k.startswith(f"{fold(name)} ") for k in seen):
            continue  # the head of a thing already named ("Vuxen" of "Vuxen i tonåren")
        seen.add(fold(name))
        text, _ = _unit(deck, i)
        out.append(Mention("resource", name, deck.source(i, text), description=text, heading=deck.headings[i]))
    return out


#: "… använder Ungkompassen vid första samtalet", "Vi använder Vindskyddet (vägledning för första
#: linjen, 2065)": the thing a subject uses, by its name of capitalised words (groups: name, bracket).
_USES = re.compile(
    r"\b(?:använder|använt)\s+([A-ZÅÄÖ][\wåäöé-]*[a-zåäö](?:\s+[A-ZÅÄÖ][\wåäöé-]*[a-zåäö]){0,2})(?![\wåäö:])"
    r"(?:\s+\(([a-zåäö][^()]{2,80})\))?"
)


def _used_objects(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Things a list item says someone uses: the object of "använder" is a tool, a guide or a
    method, named by its capitalised words ("Elevhälsans kuratorer använder Ungkompassen vid första
    samtalet", "Vi använder Vindskyddet (vägledning för första linjen, 2065)"). A bracket right
    after the name that opens with a kind noun says its form, and its year when it closes with one.
    An organisation, an abbreviation ("SIP", "SKR:s …"), a place or a kind noun is no such name.

    >>> from loader.model import Line
    >>> texts = [" I skolan", "– Kuratorerna använder Stegen vid första samtalet", "– Vi använder SIP"]
    >>> doc = Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))
    >>> [m.name for m in _used_objects(_Deck(doc), [])]
    ['Stegen']
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    cues = cue_nouns()
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        if not row.bullet:
            continue
        text, _ = _unit(deck, i)
        for m in _USES.finditer(text):
            name = m.group(1)
            words = name.split()
            if fold(name) in seen or any(k.startswith(f"{fold(name)} ") for k in seen):
                continue
            if cues.match(words[0]) is not None or is_organisation(name) or guess_type(name) or name in deck.places:
                continue
            form: str | None = None
            years: tuple[int, ...] = ()
            if m.group(2):
                noun = cues.match(_WORD_FORM.findall(m.group(2))[0])
                if noun is None or noun.kind != "resource":
                    continue  # "(ledamöter 14–19 år)": the bracket says what else the name is
                form = noun.form
                dated = re.search(r",\s*((?:19|20)\d\d)$", m.group(2))
                years = (int(dated.group(1)),) if dated else ()
            seen.add(fold(name))
            out.append(
                Mention(
                    "resource",
                    name,
                    deck.source(i, text),
                    description=text,
                    heading=deck.headings[i],
                    forms=(form,) if form else (),
                    years=years,
                )
            )
    return out


#: A definite common noun and a capitalised name opening a list item or a box, the name closed by
#: whom it serves, a dash, a comma or the end: "Stödet Kvällsljuset för unga …", "Samtalsstödet
#: Ságastallat – för samiska unga …" (groups: noun, name); "Länsdagen Ung i Blekinge" goes on.
_NOUN_NAMED = re.compile(
    r"^([A-ZÅÄÖ][a-zåäö]{3,})\s+([A-ZÅÄÖ][\wåäöáé-]*[a-zåäöáé](?:\s+[A-ZÅÄÖ][\wåäöáé-]*)*)(?=\s+(?:för|[–-])\s|,|$)"
)


def _noun_named_items(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Things a list item or a text box opens with by a definite common noun and a name of
    capitalised words ("– Chattjouren Nattugglan för unga 15–24 år, drivs av …", "Samtalsstödet
    Ságastallat – för samiska unga 15–25 år"): the noun says what the thing is in the deck's own
    words, the vocabulary knows no form for it; the capitalised words are its name, the noun and
    name together another name. An organisation ("Familjecentralen X", "Polisen X"), a group, a
    place after the noun ("Familjelotsen Exempelby") and a noun of the vocabulary (read by the kind
    noun rules) are no such thing.

    >>> from loader.model import Line
    >>> texts = [" Stöd", "• Stödet Kvällsljuset för unga vuxna startar hösten 2066", "• Polisen Ankeby är med",
    ...          "• Familjecentralen Solrosen erbjuder öppen förskola", "• Ankeby kommun",
    ...          "• Projektledaren Maria Holm, Region Ankeby", "• Samordnaren Karin Ek för frågor om SIP"]
    >>> doc = Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))
    >>> [(m.name, m.alt_names) for m in _noun_named_items(_Deck(doc), [])]
    [('Kvällsljuset', ('Stödet Kvällsljuset',))]
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    cues = cue_nouns()
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        if row.blank or not (_box_opener(row) or (row.page_start and not row.bullet)):
            continue
        m = _NOUN_NAMED.match(row.item)
        if m is None:
            continue
        noun, name = m.group(1), m.group(2)
        both = f"{noun} {name}"
        if not _definite(noun) or noun.lower() in FUNCTION_WORDS or cues.match(noun) is not None:
            continue
        if person_noun(noun):
            continue  # "Projektledaren Maria Holm": a person by role, no thing (contact slides)
        if is_organisation(both) or guess_type(both) or is_organisation(name) or guess_type(name):
            continue
        if any(w in deck.places or w.rstrip("s") in deck.places for w in name.split()):
            continue
        if fold(name) in seen or fold(both) in seen or len(name.split()) > 4:
            continue
        seen.update({fold(name), fold(both)})
        text, _ = _unit(deck, i)
        out.append(
            Mention(
                "resource",
                name,
                deck.source(i, text),
                description=text,
                heading=deck.headings[i],
                alt_names=(both,),
            )
        )
    return out


#: A plan's title: "[Lokal] handlingsplan för|mot <topic> i <Place> [<years>]", "Handlingsplan för
#: <Initiative> <years>" (a place or a period makes it one plan, not plans in general).
_PLAN_TITLE = re.compile(
    r"^((?:[A-ZÅÄÖ][a-zåäö]+\s+h|H)andlingsplan\s+(?:för|mot)\s+[^,.;:()]{3,80}?"
    r"(?:\s+i\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+)?(?:\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)?"
    r"|\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?))$"
)


def _plan_items(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Plans a list item names by their title, the item's subject before its predicate: "– Lokal
    handlingsplan för suicidprevention i Ankeby antogs 2065", "■ Handlingsplan för Kraftsamling
    Norrby 2047–2049 tas fram". A plan is a resource of no form (plans get none); a title names
    one plan by its place or its period, "en handlingsplan för arbetet" none.

    >>> from loader.model import Line
    >>> texts = [" Plan", "• Lokal handlingsplan för suicidprevention i Ankeby antogs 2065",
    ...          "• En handlingsplan tas fram"]
    >>> doc = Document("r", tuple(Line(k + 1, t) for k, t in enumerate(texts)))
    >>> [m.name for m in _plan_items(_Deck(doc), [])]
    ['Lokal handlingsplan för suicidprevention i Ankeby']
    """
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        if row.blank or not (_box_opener(row) or row.level):
            continue
        text, _ = _unit(deck, i)
        m = _PLAN_TITLE.match(_subject_cut(text))
        if m is None or fold(m.group(1)) in seen:
            continue
        seen.add(fold(m.group(1)))
        out.append(Mention("resource", m.group(1), deck.source(i, text), description=text, heading=deck.headings[i]))
    return out


# --- slides listing things of one kind ----------------------------------------------------------

#: A list item's closing note on its sessions or a count ("– fyra tillfällen", "– en heldag för …").
_VERSION_WORD = re.compile(r"^([a-zåäö]{3,})(?:,|\s*\(|$)")


def _listed_kind(deck: _Deck, i: int, cues: CueNouns) -> Cue | None:
    """The kind a slide's title says its items are: a title of a plural kind noun, with at most a
    year, a possessive or a word of state besides ("UTBILDNINGAR 2061", "Delarenor", "Föreslagna
    delarenor", "Våra utbildningar"), read in the deck's own case (:meth:`_Deck.recased`)."""
    title = re.sub(r"\s*\([^()]*\)$", "", deck.recased(deck.rows[i].text))  # "DELARENOR (FÖRSLAG)"
    words = [w for w in _WORD_FORM.findall(title) if not re.fullmatch(r"(?:19|20)\d\d", w)]
    if not 1 <= len(words) <= 3:
        return None
    found = [(w, c) for w in words if (c := cues.match(w)) is not None]
    if len(found) != 1 or not _plural_cue(*found[0]):
        return None
    rest = [w.lower() for w in words if w != found[0][0]]
    if any(w in FUNCTION_WORDS and w not in POSSESSIVES and w not in NUMBER_WORDS for w in rest):
        return None  # "Utbildningar för personal": a topic, no list's title
    return found[0][1]


def _item_name(text: str) -> str:
    """The name a listed item opens with: the words before its dash note ("Introduktion till små
    barns psykiska hälsa – fyra tillfällen"), with a one-word version kept ("Första hjälpen till
    psykisk hälsa – barn, två tillfällen" names the course for children).

    >>> _item_name("Första hjälpen till psykisk hälsa – barn, två tillfällen")
    'Första hjälpen till psykisk hälsa – barn'
    >>> _item_name("Första hjälpen till psykisk hälsa – ungdom (för personal i skolan)")
    'Första hjälpen till psykisk hälsa – ungdom'
    >>> _item_name("Samtal med oroliga barn – för fritidsledare"), _item_name("Små samtal (halvdag)")
    ('Samtal med oroliga barn', 'Små samtal')
    """
    parts = re.split(r"\s+[–—-]\s+", text, maxsplit=1)
    name = re.sub(r"\s*\([^()]*\)$", "", parts[0].split(", ")[0]).strip()
    if len(parts) == 2 and (v := _VERSION_WORD.match(parts[1])) is not None:
        word = v.group(1)
        if word not in FUNCTION_WORDS and word not in NUMBER_WORDS and cue_nouns().match(word) is None:
            name = f"{name} – {word}"
    return name


def _kind_lists(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Things a slide lists under a title naming their kind in the plural: one per line or list
    item, named by the line's words before its note. "UTBILDNINGAR 2061" over "▪ Samtal med oroliga
    barn – för fritidsledare" lists trainings; "DELARENOR" over "Delarena skola och elevhälsa" and
    "Föreslagna: delarena digitala miljöer, delarena föräldraskap" lists working groups (actors),
    each line its group's noun and area.
    """
    cues = cue_nouns()
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    read_lines = {m.source.line for m in known}
    out: list[Mention] = []
    for h in range(1, len(deck.rows)):
        if not _slide_opening(deck, h):
            continue
        kind_cue = _listed_kind(deck, h, cues)
        if kind_cue is None or kind_cue.kind not in _KIND_OF_CUE:
            continue
        kind = _KIND_OF_CUE[kind_cue.kind]
        j = h + 1
        while j < len(deck.rows) and deck.headings[j] == deck.headings[h] and not deck.rows[j].page_start:
            item = deck.rows[j]
            if item.blank or item.sub_item or item.number in read_lines:
                j += 1
                continue
            text, last = _unit(deck, j)
            names: list[str] = []
            if kind == "actor":
                # A group's noun opens each name ("Delarena Förskolan"); a label's list names several.
                label = re.match(r"^[A-ZÅÄÖ][a-zåäö]+:\s+(.*)$", text)
                for part in re.split(r",\s+|\s+och\s+(?=\S+\s)", label.group(1)) if label else [text]:
                    first = _WORD_FORM.findall(part)[:1]
                    if (
                        first
                        and (c := cues.match(first[0])) is not None
                        and c == kind_cue
                        and 2 <= len(part.split()) <= 6
                    ):
                        names.append(part.strip(" .;"))
            elif text[:1].isupper() and not text.endswith((":", "?")):
                name = _item_name(text)
                words = _WORD_FORM.findall(name)
                verbs = any(finite_verb(w, n) for w, n in itertools.zip_longest(words, words[1:], fillvalue=""))
                if 1 <= len(words) <= 10 and not verbs and not any(w.lower() in AUXILIARIES for w in words):
                    names.append(name)
            # "Solkatten – om skolfrånvaro och oro (webbutbildning)": the item's own form note in
            # brackets says what it is more narrowly than the slide's plural kind noun.
            noted = re.search(r"\(([a-zåäö]+)\)$", text)
            note = cues.match(noted.group(1)) if noted is not None else None
            form = note.form if note is not None and note.kind == "resource" and note.form else kind_cue.form
            for name in names:
                key = fold(name)
                if key in seen or any(k.startswith(f"{key} ") or key.startswith(f"{k} ") for k in seen if len(k) > 6):
                    continue
                seen.add(key)
                out.append(
                    Mention(
                        kind,
                        name,
                        deck.source(j, text),
                        description=text,
                        heading=deck.headings[j],
                        forms=(form,) if form and kind == "resource" else (),
                        actor_types=("natverk",) if kind == "actor" else (),
                    )
                )
            j = last + 1
    return out


def _named_teams(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Groups named after a thing the deck presents: one word joining the thing's name and a group's
    noun ("Bojenteamet leds av en samordnare", "Stigenteamet: skolkurator, …")
    names the thing's team, an actor; "Ett team med kurator …" names none.
    """
    cues = cue_nouns()
    things = {fold(m.name.split()[0]) for m in known if m.kind in ("resource", "initiative") and m.name[:1].isupper()}
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        for word in re.findall(
            r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ][a-zåäö]{4,}(?![\wåäöÅÄÖ-])", row.item if not row.blank else ""
        ):
            cue = cues.match(word)
            if cue is None or cue.kind != "network":
                continue
            at = word.lower().rfind(cue.label.lower())
            stem = word[:at]
            # The thing's name as the compound's first element, joined or with a linking -s.
            if at < 3 or not (
                _first_element(fold(stem), things) or (stem.endswith("s") and _first_element(fold(stem[:-1]), things))
            ):
                continue
            if fold(word) in seen:
                continue
            seen.add(fold(word))
            text, _ = _unit(deck, i)
            out.append(
                Mention(
                    "actor",
                    word,
                    deck.source(i, text),
                    description=text,
                    heading=deck.headings[i],
                    actor_types=("natverk",),
                )
            )
    return out


#: A part's own word after its series' name: "läggdags", "när det blir bråk", "Amira" (group: part).
_PART_OF_SERIES = re.compile(r"^\s+[–-]\s+(\S[^()–:.?!]{0,40})$")


def _series_parts(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Parts of a series a list names below it, each by the series' name and its own word after a
    dash ("Filmserien Små steg hemma …, tre filmer:" over "▪ Små steg hemma – läggdags", "▪ Små steg
    hemma – maten"): things of the series' kind and form, parts of it, made the same year.

    A list item opening with a thing's name within the eight lines below it, then a dash and a few
    words, names a part of that thing; a sentence after the dash names none.
    """
    things = [m for m in known if m.kind == "resource" and m.name[:1].isupper()]
    cues = cue_nouns()
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        if row.blank or not row.bullet:
            continue
        item = row.item
        for m in things:
            if not 0 < row.number - m.source.line <= 8:
                continue
            names = sorted({n for n in (m.name, *m.alt_names) if n[:1].isupper()}, key=len, reverse=True)
            # "Filmserien Små steg hemma": the series' name after its definite kind noun.
            names += [
                n.split(maxsplit=1)[1]
                for n in names
                if " " in n and _definite(n.split()[0]) and cues.match(n.split()[0])
            ]
            # "Lugna stunder – filmer för föräldrar": the name before the dash apposition.
            names += [n.split(" – ")[0] for n in names if " – " in n]
            head = next((n for n in names if item.startswith(n) and _PART_OF_SERIES.match(item[len(n) :])), None)
            if head is None:
                continue
            part = _PART_OF_SERIES.match(item[len(head) :]).group(1)  # type: ignore[union-attr]
            words = [w.lower() for w in part.split()]
            # "▪ Solsken – visas på alla förskolor": a predicate said of the series, no part's name.
            passive = any(w.endswith("as") and n in PREPOSITIONS for w, n in itertools.pairwise(words))
            if passive or _predicate_at(["–", *words]) is not None or fold(item) in seen:
                continue
            seen.add(fold(item))
            out.append(
                Mention(
                    "resource",
                    item,
                    deck.source(i, row.text),
                    description=item,
                    # A nested item's immediate heading is the item it hangs under, not the slide's
                    # title: what the title says reaches it through the series (``inherit``).
                    heading=m.name,
                    forms=m.forms,
                    years=m.years,
                    relations=(Relation("part-of", "resource", m.name),),
                )
            )
            break
    return out


def _container_parts(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """The items of a container's list: a text box naming a thing and closing with a colon on a
    line that names a kind in the plural ("Filmer för föräldrar till barn 1–4 år (SKR):", "Filmserien X
    … / …, tre filmer:"), over list items indented below it, each a short title ("    ▪ Att sätta ord
    på känslor"): each item is one of them, of the container's form and year, a part of it (reading
    guide: a container names its children, they carry the facts).

    An item that is a sentence (a full stop, a predicate) or no title (lower case) names none.
    """
    cues = cue_nouns()
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for k, row in enumerate(deck.rows):
        if not row.text.endswith(":"):
            continue
        # The container: a thing read in the text box the colon closes ("Filmserien X (2065) visar …"
        # / "för föräldrar till barn 1–4 år, tre filmer:"), whose colon line names its kind in the plural.
        first = deck.block_start(k)
        for _ in range(3):  # a wrapped item's lines in lower case continue the one above, across a blank
            above = deck.prev_nonblank(first) if deck.rows[first].item[:1].islower() else None
            if above is None or deck.rows[first].page_start:
                break
            first = deck.block_start(above)
        box = (deck.rows[first].number, row.number)
        inside = [m for m in known if m.kind == "resource" and box[0] <= m.source.line <= box[1]]
        plural = [c for w in _WORD_FORM.findall(row.text) if (c := cues.match(w)) is not None and _plural_cue(w, c)]
        kind = next((c for c in plural if c.kind == "resource"), None)
        if not inside or kind is None:
            continue
        # The nearest thing above the colon is the container; the plural noun says the items' form.
        m = max(inside, key=lambda t: t.source.line)
        forms = (kind.form,) if kind.form else m.forms
        depth = len(deck.rows[k].raw) - len(deck.rows[k].raw.lstrip())
        items: list[int] = []
        j = deck.next_nonblank(k, limit=2)
        while j is not None and deck.rows[j].bullet:
            raw = deck.rows[j].raw
            if len(raw) - len(raw.lstrip()) <= depth and not deck.rows[j].sub_item:
                break
            items.append(j)
            j = deck.next_nonblank(j, limit=2)
        titles = [deck.rows[j].item for j in items]
        if len(items) < 2 or not all(_list_title(t) for t in titles):
            continue
        for j, title in zip(items, titles, strict=True):
            said = [w.lower() for w in title.partition(" – ")[2].split()]
            passive = any(w.endswith("as") and n in PREPOSITIONS for w, n in itertools.pairwise(said))
            if fold(title) in seen or passive or (said and _predicate_at(["–", *said]) is not None):
                continue  # "Solsken – visas på alla förskolor": a predicate said of the list's thing
            seen.add(fold(title))
            out.append(
                Mention(
                    "resource",
                    title,
                    deck.source(j, deck.rows[j].text),
                    description=title,
                    heading=m.name,  # its immediate heading: the container it hangs under
                    forms=forms,
                    years=m.years,
                    relations=(Relation("part-of", "resource", m.name),),
                )
            )
    return out


def _list_title(text: str) -> bool:
    """Whether a list item is a short title: capitalised, at most ten words, no full stop, no colon.

    >>> _list_title("När det är svårt att somna"), _list_title("Filmerna visas i alla skolor.")
    (True, False)
    >>> _list_title("tre filmer")
    False
    """
    return text[:1].isupper() and len(text.split()) <= 10 and not text.endswith((".", ":", ";"))


def _first_element(stem: str, things: set[str]) -> bool:
    """Whether ``stem`` (folded) is one of ``things``' names as the first element of a compound: the
    name as it stands ("Bojen" of "Bojenteamet", "Stigen" of "Stigenteamet"), or without its
    definite ending ("Flottled" of "Flottledsteamet"), a final -an turned to -e ("Stödtrappe" of
    "Stödtrappeteamet", as "trappa" gives "trappsteg", "trappe-" in compounds).

    >>> _first_element("stodtrappe", {"stodtrappan"}), _first_element("flottled", {"flottleden"})
    (True, True)
    >>> _first_element("bojen", {"bojen"}), _first_element("elevhalso", {"stodtrappan"})
    (True, False)
    """
    if stem in things:
        return True
    for t in things:
        if len(t) < 5:
            continue
        if t.endswith(("en", "an", "et")) and stem == t[:-2]:
            return True
        if t.endswith("an") and stem == f"{t[:-2]}e":
            return True
    return False


_WHO_LABEL = re.compile(r"^(?:Vilka|Deltagare|Medverkande|Parter)\s*:\s+(\S.*)$")


def _who_lines(deck: _Deck, known: list[Mention]) -> list[Mention]:
    """Organisations a "Vilka:" line lists (over its wrapped lowercase lines): the names in capitals
    of "Vilka: Exempelby stad, ungdomsmottagningen och Vårdcentralen Torget"; a lowercase unit
    ("ungdomsmottagningen") is a kind of service, no name."""
    seen = {fold(n) for m in known for n in (m.name, *m.alt_names)}
    out: list[Mention] = []
    for i, row in enumerate(deck.rows):
        m = _WHO_LABEL.match(row.text)
        if m is None:
            continue
        text, _ = deck.continued(i)
        listed = _WHO_LABEL.sub(r"\1", text).rstrip(".")
        for part in re.split(r"\s*,\s*|\s+(?:och|samt)\s+(?=[A-ZÅÄÖa-zåäö])", listed):
            part = part.strip()
            if not part[:1].isupper() or len(part.split()) > 6 or fold(part) in seen:
                continue
            if lexicon().tag(part) and any(t.start == 0 and t.end == len(part) for t in lexicon().tag(part)):
                continue  # a word of the vocabulary ("Elevhälsan"), no name
            seen.add(fold(part))
            out.append(Mention("actor", part, deck.source(i, text), heading=deck.headings[i]))
    return out


def _loose(name: str) -> str:
    """A name's key with "&" and an "X- och Y" ellipsis read as "och" ("Barn & Ungdomssupporten")."""
    return re.sub(r"\s+", " ", re.sub(r"-?\s*(?:&|\boch\b)\s*", " och ", fold(name))).strip()


def _named_again(mentions: list[Mention], span: int = 6) -> list[Mention]:
    """A slide title naming a thing ("Modellen: Ungdomslotsen") right above the box that names it
    with what it is ("Ungdomslotsen – en väg in för unga 13–24 år") names that one thing: the bare
    name, a few lines above and already a name of the box's thing, joins it.

    >>> src = lambda n: Source("r", n, "", None, "")
    >>> a = Mention("resource", "X", src(1))
    >>> b = Mention("resource", "X – en väg in", src(3))
    >>> [(m.name, m.alt_names) for m in _named_again([a, b])]
    [('X – en väg in', ('X',))]
    >>> c = Mention("resource", "Materialet X – kort", src(3))
    >>> [m.name for m in _named_again([Mention("resource", "X – kort", src(3)), c])]
    ['Materialet X – kort']
    """
    out = list(mentions)
    drop: set[int] = set()
    for k, m in enumerate(mentions):
        key = fold(m.name)
        for j, n in enumerate(mentions):
            if n is m or n.kind != m.kind or not 0 <= n.source.line - m.source.line <= span:
                continue
            # On one line: "Materialet Goađi – samtalskort …" and "Goađi – samtalskort …" name one thing.
            same_line = n.source.line == m.source.line and fold(n.name).endswith(f" {key}")
            if same_line or key in {fold(a) for a in n.alt_names} or fold(n.name).startswith(f"{key} – "):
                drop.add(k)
                # The box's own text (its ages, its status) stays with the thing: the longer
                # description of the two is kept.
                richer = len(m.description or "") > len(n.description or "")
                described = m.description if richer else out[j].description
                names = tuple(dict.fromkeys((*out[j].alt_names, m.name, *m.alt_names)))
                out[j] = replace(out[j], alt_names=tuple(a for a in names if a != n.name), description=described)
                break
    return [m for k, m in enumerate(out) if k not in drop]


def _same_as_actor(mentions: list[Mention]) -> list[Mention]:
    """A resource whose name is an actor's name written another way ("Barn & Ungdomssupporten (BUS)"
    for the unit "Barn- och ungdomssupporten") is that actor: its names join the actor's."""
    actors = {_loose(m.name): k for k, m in enumerate(mentions) if m.kind == "actor"}
    out = list(mentions)
    drop: set[int] = set()
    for k, m in enumerate(mentions):
        a = actors.get(_loose(m.name)) if m.kind == "resource" else None
        if a is None:
            continue
        actor = out[a]
        names = tuple(dict.fromkeys(n for n in (*actor.alt_names, m.name, *m.alt_names) if n != actor.name))
        out[a] = replace(actor, alt_names=names)
        drop.add(k)
    return [m for k, m in enumerate(out) if k not in drop]


#: A hyphen between two lower-case letters that is no "X- och Y" ellipsis: a word broken at a line end.
_HYPHEN_JOIN = re.compile(r"([a-zåäö]{2})-([a-zåäö]{3,})(?![\wåäö]*\s+(?:och|eller)\b)")


def _definite_of_known(name: str, heads: set[str]) -> bool:
    """Whether ``name`` is one definite noun whose base form opens a known initiative's name
    ("Kraftsamlingen" for "Kraftsamling för psykisk hälsa")."""
    words = name.split()
    return len(words) == 1 and _definite(name) and stem_key(name) in heads and fold(name) != fold(words[0].rstrip("n"))


#: "kring ”Unga och skärmar”", "om ”Tidiga tecken”": the theme a meeting is held on.
_THEME = re.compile(r"\b(?:kring|om|på temat)\s+[”“\"«]([^”“\"«»]{3,80})[”“\"»]")


def _meeting_theme(text: str, cues: CueNouns) -> tuple[str, str] | None:
    """A meeting named by its quoted theme: a line that opens with an event noun and gives the
    theme in quotes ("Föräldramöte i januari … kring ”Unga och skärmar”"). The theme is the
    event's name, the meeting noun phrase before it another name."""
    words = _WORD_FORM.findall(text)
    cue = cues.match(words[0]) if words else None
    m = _THEME.search(text)
    if cue is None or cue.kind != "event" or m is None or _plural_cue(words[0], cue):
        return None
    lead = re.split(r"\s+(?:tillsammans med|med|för|kring|om)\s+", text[: m.start()], maxsplit=1)[0].strip()
    return m.group(1).strip(), lead


def _proper_compounds(text: str, cues: CueNouns) -> list[str]:
    """Capitalised one-word compounds of a resource's cue noun inside a sentence: a proper name
    ("hur ramverket till Skottlandsmodellen står sig"). The word follows a lower-case word, so it
    is not capitalised for opening the line; one before an abbreviation introduces that name
    ("Skolmodellen PALS")."""
    out: list[str] = []
    for m in re.finditer(r"(?<=[a-zåäö,] )([A-ZÅÄÖ][a-zåäöé]{5,})\b(?![-–])(?!\s+[A-ZÅÄÖ]{2,})", text):
        word = m.group(1)
        cue = cues.match(word)
        if cue is None or cue.kind != "resource" or _plural_cue(word, cue):
            continue
        if len(stem_key(word)) <= len(stem_key(cue.label)) + 2:
            continue  # the cue itself, capitalised ("Modellen"), names nothing
        out.append(word)
    return out


#: "<Adjective in -a> <definite compound>": "Nationella självskadeprojektet", "Regionala traumanätverket".
_PROPER_DEFINITE = re.compile(r"(?<![\wåäöÅÄÖ-])([A-ZÅÄÖ][a-zåäö]+a) ([a-zåäö]{6,}(?:en|et))\b")


def _proper_definites(text: str, cues: CueNouns) -> list[tuple[str, Cue]]:
    """A project or group named by a capitalised adjective and a definite compound of its noun:
    "Vi deltar i Nationella självskadeprojektet". Inside a sentence the capital makes it a name;
    a line that opens with it is a name only when it is the whole line (a slide title), else
    the line is a statement about some project ("Lokala utvecklingsprojektet har …").

    >>> _proper_definites("Vi deltar i Nationella självskadeprojektet sedan 2018.", cue_nouns())[0][0]
    'Nationella självskadeprojektet'
    >>> _proper_definites("Lokala utvecklingsprojektet har startat", cue_nouns())
    []
    """
    out: list[tuple[str, Cue]] = []
    for m in _PROPER_DEFINITE.finditer(text):
        if m.start() == 0 and m.end() < len(text.rstrip(" .")) and not re.match(r"\s+[–-]\s", text[m.end() :]):
            continue  # a statement; a dash subtitle ("… – material och utbildningar") keeps it a title
        if m.group(1).lower() in FUNCTION_WORDS:
            continue
        word = m.group(2)
        cue = cues.match(word)
        if cue is None or cue.kind not in ("initiative", "network") or _plural_cue(word, cue):
            continue
        if len(stem_key(word)) <= len(stem_key(cue.label)) + 2:
            continue  # the bare noun ("Nationella projektet") is no name; a compound is
        out.append((m.group(0), cue))
    return out


def _presenter_below(deck: _Deck, last: int, title: str) -> Cue | None:
    """A title slide of a talk: a title of three words or more, then the presenter's name and
    e-mail address ("Tidiga insatser på gymnasiet…" / "Carl Magnus Östblad" / "…@malmo.se"). The
    title names the local work presented, an initiative."""
    if len(title.split()) < 3:
        return None
    j = deck.next_nonblank(last, limit=3)
    k = deck.next_nonblank(j, limit=3) if j is not None else None
    if j is None or k is None or deck.rows[j].page_start or deck.rows[k].page_start:
        return None
    person = deck.rows[j].text
    if not (_PERSON.match(person) and len(person.split()) <= 4 and _EMAIL.fullmatch(deck.rows[k].text.strip())):
        return None
    return Cue("initiative", None, "")


#: A labelled line of a slide that says something of the slide's title: its aim or target group.
_LABEL_LINE = re.compile(r"^(?:Övergripande\s+)?(?:syfte|mål|målgrupp)\s*:", re.IGNORECASE)


def _slide_body(deck: _Deck, i: int, last: int, max_rows: int = 30) -> str:
    """What the slide that opens at row ``i`` (title up to row ``last``) says of its title: the
    line right below the title with its wrapped lines, and its labelled lines ("Målgrupp: …",
    "Syfte: …") with theirs. Lists on the slide (members, steps, results) are other things' text."""
    parts = [_join([r.text for r in deck.rows[i : last + 1] if not r.blank])]
    taking = True  # the first line below the title is the title's own
    for k in range(last + 1, min(len(deck.rows), last + max_rows)):
        row = deck.rows[k]
        if row.page_start or _next_slide(deck, k, last):
            break
        if row.blank:
            continue
        if _LABEL_LINE.match(row.item):
            taking = True
        elif row.bullet or (not row.text[:1].islower() and len(parts) > 1):
            taking = False
        if taking:
            parts.append(row.item)
    return quote(_join(parts), 1200)


#: "Klart för spridning: hösten 2022", "Färdigt i maj 2023": when the thing a slide presents is done.
_READY = re.compile(r"^(?:klar[tat]?|färdig[tat]?)\b[^\d]{0,40}?((?:19|20)\d\d)\b", re.IGNORECASE)


def _ready_year(deck: _Deck, last: int, max_rows: int = 30) -> tuple[int, str] | None:
    """The year a line of the slide says its resource is done or released, and the line (the
    slide convention "Klart för spridning: hösten 2022"; a start date is no making year)."""
    for k in range(last + 1, min(len(deck.rows), last + max_rows)):
        row = deck.rows[k]
        if row.page_start or _next_slide(deck, k, last):
            break
        m = _READY.match(row.item)
        if m:
            return int(m.group(1)), row.item
    return None


def _refers_back(title: str, cues: CueNouns) -> bool:
    """Whether a slide title speaks of "the project" by a definite project noun after a preposition
    ("Utgångspunkterna för utvecklingsprojektet", "Resultat av satsningen"), so that the title of
    the slide before names that project (:func:`loader.refers_back.title_refers_back`).

    >>> _refers_back("Utgångspunkterna för utvecklingsprojektet", cue_nouns())
    True
    >>> _refers_back("Projektet i korthet", cue_nouns())
    False
    """
    return title_refers_back(title, cues, "initiative")


def _next_slide(deck: _Deck, k: int, last: int) -> bool:
    """Whether row ``k`` (below a title ending at ``last``) opens another slide in a deck without
    page marks: a capitalised title after a gap of blank lines that is no labelled line."""
    row = deck.rows[k]
    return (
        k > last + 1
        and not row.bullet
        and _slide_opening(deck, k)
        and deck.blank_run_after(deck.prev_nonblank(k) or 0) >= 2
        and _title_name(row.text)
        and not _LABEL_LINE.match(row.text)
        and not _READY.match(row.text)
    )
