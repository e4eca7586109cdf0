"""Inventory layout: bulleted method and knowledge supports with page-end link blocks.

An inventory lists items under a few headings (named in its intro). Each item opens with
a private-use bullet glyph and a title (which may wrap, and may end in a year such as
"(2012)" or "(2013-2016)"); sub-items are "- " lines or titles embedded in the text. The
PDF export lost the hyperlinks: each page ends with the list of the page's URLs, and the
text marks where they were with "Länk till …", "(länk)", "Länk." or an inline address.
This layout rebuilds items, sub-items and initiatives and puts every URL back where its
mark is (see :func:`link_problems` for what could not be placed).

>>> text = "Rubrikerna är Alfa, Beta och slutligen Gamma.\\n\\nAlfa\\n\\n\\uf0b7 Verktyget X (2012)\\n\\n"
>>> text += "X är ett verktyg. Länk till X.\\n\\nhttps://x.se/\\n"
>>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\\n"))))
>>> [(m.name, m.years, m.heading, m.urls) for m in InventoryLayout().extract(doc)]
[('Verktyget X', (2012,), 'Alfa', ('https://x.se/',))]
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from loader import facts
from loader.document import artefact_lines, page_of_lines
from loader.grammar import (
    ARTICLES,
    CONJUNCTIONS,
    DEFINITE_ENDINGS,
    DEMONSTRATIVES,
    NUMBER_WORDS,
    PART_WORD,
    PREPOSITIONS,
    SEE_SECTION,
    SUBJUNCTIONS,
    announces_parts,
    verb_forms,
)
from loader.layouts.base import Layout, form_nouns
from loader.layouts.bullets import SUB_GLYPHS, Bullet, bullet, primary_glyph
from loader.layouts.cues import cue_nouns, lexicon, stem_key
from loader.lexicon import PG, class_annotations, term_annotations
from loader.model import Document, Line, Mention, Relation, Source
from loader.named_things import cue_of
from loader.tables import column_words, dating_years
from loader.text import clean, dehyphenate, fold, quote

__all__ = ["InventoryLayout", "link_problems"]

# The item marker inside this module: :func:`_normalised` rewrites whatever glyph a report
# uses for its items (":func:`loader.layouts.bullets.primary_glyph`") to this one, and every
# other bullet glyph to the "- " of sub-items, so the parser below sees one convention.
_BULLET = "\uf0b7"
_URL_LINE = re.compile(r"^\s*(?:https?://|file:/|www\.)\S*\s*$", re.I)
_DASH = re.compile(r"^\s*[-–]\s+\S")
_YEAR = r"(?:19|20)\d\d"
# "(2012)", "(2013-2016)", "(2008 och framåt)" at the end of a title.
# "(film, 2030)": the form word before the year (a sub-item's own form, read in :func:`_mention`).
_YEAR_SUFFIX = re.compile(
    rf"\s*\((?:(?P<form>[a-zåäö-]+),\s*)?(?P<a>{_YEAR})(?:\s*[-–]\s*(?P<b>{_YEAR})|\s+och\s+framåt)?\)\s*$"
)
# The same inside a text: "Skriften Vad är sociala investeringar? (2014) besvarar …".
_YEAR_INNER = re.compile(rf"\((?P<a>{_YEAR})(?:\s*[-–]\s*(?P<b>{_YEAR})|\s+och\s+framåt)?\)")
# "… (2017, länk)": a titled document inside a description, with its own link mark.
_YEAR_LINK = re.compile(rf"\((?P<a>{_YEAR}),\s*länk\b[^)]*\)", re.I)
# "2027: Kartan över …": a year, or a span of years, before a title, set off by a colon.
_YEAR_PREFIX = re.compile(rf"^(?P<a>{_YEAR})(?:\s*[-–]\s*(?P<b>{_YEAR}))?\s*:\s+(?=[A-ZÅÄÖ”“\"])")
_BARE_YEAR = re.compile(rf"\s({_YEAR})$")
# "Våga fråga (2022) – webbutbildning …": a year in brackets between a title and its subtitle.
_YEAR_BEFORE_SUBTITLE = re.compile(rf"\s*\((?P<a>{_YEAR})(?:\s*[-–]\s*(?P<b>{_YEAR})|\s+och\s+framåt)?\)(?=\s+[-–]\s)")
_RANGE_IN_TITLE = re.compile(rf"\({_YEAR}\s*(?:[-–]\s*{_YEAR}|och\s+framåt)\)")
# A note in brackets closing a title, its parts set off by commas: "(webbplats, 2032, uppdaterad
# 2034)", "(e-tjänst)", "(pilot, läsåret 2034/35)" (read by :func:`_bracket_note`).
# "Modul 1. Att inleda samtalet", "Del 2: Oro": a part's label and number before its own title.
_NUMBERED_PART = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+\s+\d{1,2}[.:]\s+(?P<title>[A-ZÅÄÖ].*)$")
# A note closes a title in round brackets, or in square ones where the inventory prints the form so
# ("Formen anges inom hakparentes": "Kompassrosen – skattning av mående [formulär]").
# A bracketed note that ends a sentence or a paragraph: "… i skolan. (program)".
_CLOSING_NOTE = re.compile(r"[(\[][^()\[\]\n]{2,60}[)\]](?=\s*(?:$|[A-ZÅÄÖ]))")
_NOTE = re.compile(r"\s*(?:\((?P<inner>[^()]{1,80})\)|\[(?P<square>[^\[\]]{1,40})\])\s*$")
_NOTE_YEARS = re.compile(rf"^(?P<a>{_YEAR})(?:\s*[-–]\s*(?P<b>{_YEAR})|\s+och\s+framåt)?$")
# "uppdaterad 2034", "reviderad 2035": a past participle (Swedish "-ad"/"-at") dating a new edition.
_NOTE_EDITION = re.compile(rf"^(?P<verb>[a-zåäö]+)\s+(?P<a>{_YEAR})(?P<b>)$")
# "ny version 2042", "nytt tryck 2040", "ny upplaga 2043": "ny" (new) and a noun before a year date a
# new edition as a dating participle does.
_NEW_EDITION = re.compile(rf"^(?:ny|nytt|nya)\s+[a-zåäö]+\s+(?P<a>{_YEAR})(?P<b>)$")
# A link mark: the word "länk" (not "länka", "länkar"), with an optional "till <target>".
_LINK = re.compile(r"\blänk\b(?:\s+till\s+(?P<target>[^()]*?))?(?=\s*(?:[.)]\s|[.)]?$|,))", re.I | re.S)
_LINK_WORD = re.compile(r"\blänk\b", re.I)
_WWW = re.compile(r"\bwww\.[\w-]+(?:\.[\w-]+)+(?:/[^\s),]*)?", re.I)
# A bare web address in the text ("SDQwebb.se"); it marks a URL only when the block has it.
_DOMAIN = re.compile(r"(?<![\w./@-])([\w-]+\.(?:se|nu|com|org|net|eu|info))(?![\w/-])", re.I)
# A form word with a web address as its name: "verktyget www.x.nu", "webbplatsen x.se".
_ADDRESSED = re.compile(r"([\wåäöÅÄÖ-]+)\s+((?:https?://)?www\.[\w-]+(?:\.[\w-]+)+|[\w-]+\.(?:se|nu|com|org|net|eu))\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# "gett ut en kort skrift, Samtal vid köksbordet, om …": an indefinite noun (with at most one
# adjective) and a capitalised title in apposition, set off by commas.
_APPOSITION = re.compile(
    r"\b(?:en|ett)\s+(?:[a-zåäö]+\s+)?(?P<noun>[a-zåäö-]+),\s+(?P<title>[A-ZÅÄÖ][^,.;:()]{2,80}?),\s"
)
_PERIOD = re.compile(r"\.(?:\s|$)")
_TITLE_WORD = re.compile(r"[A-ZÅÄÖ0-9”“\"]")
_WORD = re.compile(r"\S+")
# Words after which a wrapped title line must go on: closed word classes of the grammar
# module (a title never ends in an article, a preposition or a conjunction).
_CONNECTIVES = ARTICLES | PREPOSITIONS | CONJUNCTIONS | DEMONSTRATIVES | SUBJUNCTIONS
_PROJECT = re.compile(r"\b(?:\w*projekt\w*|satsning\w*|kunskapslyft\w*|program\w*)\b", re.I)
# A page foot that counts the pages: "Sida 3 av 14", "3 av 14", "3 (14)" (group: the page count).
# An age range that ends a title: "13–24 år", "6 till 12 år" (a title line wrapped before it).
_AGE_TAIL = re.compile(r"^\d{1,2}\s*(?:[-–]|till)\s*\d{1,2}\s+år\b")
_PAGE_OF = re.compile(r"^\s*(?:sida\s+)?\d{1,3}\s*(?:av\s+|\()(\d{1,3})\)?\s*$", re.I)
# A page number standing alone in brackets, pushed to the right: "[2]", "(3)" (a page foot when
# more than one page has one).
_PAGE_NUMBER = re.compile(r"^\s+[\[(]\d{1,3}[\])]\s*$")
# A page foot that names the page: "Sida 12" alone, or after a running title and a separator glyph
# ("Avsnitt B | sida 4", "UPH · Inventering 2072 · sida 2"). The title may change from page to page
# (the section's letter), so no repetition is asked; a sentence that refers to a page ("se sida 4")
# has no separator before the page word.
_PAGE_NAMED = re.compile(r"^\s*(?:[^.!?]{1,60}?\s[|·•–—]\s+)?sida\s+\d{1,3}\s*$", re.I)
_WEB_SCHEMES = ("http://", "https://")
_FILE_EXTENSIONS = frozenset({"html", "htm", "pdf", "docx", "doc", "aspx", "php", "pptx"})
_WIDE = 64  # a title line this long was wrapped by the layout, not by the author


# --------------------------------------------------------------------------- field lines

# "Målgrupp: unga 13–24 år": a label of at most three words, a colon and its value.
_FIELD_LINE = re.compile(r"^\s*(?P<label>[A-ZÅÄÖ][a-zåäöé]+(?: [a-zåäöé]+){0,2})\s*:\s+(?P<value>\S.*?)\s*$")
#: The term each field label is annotated on (``pg:fieldLabel`` in ontology/psykgraf.ttl) and
#: what this layout reads from its value.
_FIELD_TERMS = {
    PG + "form": "form",
    PG + "targetGroup": "target",
    PG + "audience": "audience",
    "http://purl.org/dc/terms/created": "years",
    PG + "plannedField": "planned",
}


@lru_cache(maxsize=1)
def _field_labels() -> dict[str, str]:
    """Folded field label -> what its value gives (``pg:fieldLabel`` of the vocabulary)."""
    return {fold(label): _FIELD_TERMS[term] for term, label in term_annotations("fieldLabel") if term in _FIELD_TERMS}


def _field(text: str) -> tuple[str, str] | None:
    """(role, value) of a labelled field line under an item ("Form: guide", "År: 2032"), else None.

    >>> _field("  Målgrupp: unga 13–24 år"), _field("  År: 2030, reviderad 2032")
    (('target', 'unga 13–24 år'), ('years', '2030, reviderad 2032'))
    >>> _field("Rubrikerna är: A, B och C.") is None, _field("Läs mer: www.x.se") is None
    (True, True)
    """
    m = _FIELD_LINE.match(text)
    if m is None:
        return None
    role = _field_role(m.group("label"))
    return (role, m.group("value")) if role else None


def _field_role(label: str) -> str | None:
    """What a field label's value gives: a label of the vocabulary, its plural ("Målgrupper") or a
    compound with it as head ("Huvudmålgrupp", "Slutanvändare"). A compound of the year label names
    another year ("Läsår", "Verksamhetsår"): only the year label itself dates the item.

    A compound is the head label after a whole first word (Swedish compounds join a word of their
    own to the head, a linking -s optional: "huvud|målgrupp", "verksamhets|användare"); a first part
    shorter than :data:`_COMPOUND_MIN` letters is no word of its own. A head shorter than
    :data:`_COMPOUND_MIN_HEAD` letters ("form", "typ") ends too many plain words ("Plattform",
    "Reform", "Prototyp", "Pristyp"): its compounds count only when the vocabulary lists them as
    labels ("Materialtyp").

    >>> [_field_role(w) for w in ("Typ", "Materialtyp", "Målgrupper", "Huvudmålgrupp", "År", "Läsår", "Kommentar")]
    ['form', 'form', 'target', 'target', 'years', None, None]
    >>> [_field_role(w) for w in ("Plattform", "Reform", "Prototyp", "Pristyp", "Former", "Typer")]
    [None, None, None, None, 'form', 'form']
    >>> [_field_role(w) for w in ("Slutanvändare", "Delmålgrupp", "Verksamhetsanvändare")]
    ['audience', None, 'audience']
    """
    labels = _field_labels()
    key = fold(label)
    if key in labels:
        return labels[key]
    if " " in key:
        return None
    stem = key[:-2] if key.endswith(("er", "ar", "or")) else key
    if stem in labels:  # the plural of a label ("Målgrupper", "Former")
        return labels[stem]
    for known, role in labels.items():
        if role == "years" or " " in known or len(known) < _COMPOUND_MIN_HEAD:
            continue
        for word in (key, stem):
            if word.endswith(known) and len(word[: -len(known)].removesuffix("s")) >= _COMPOUND_MIN:
                return role
    return None


#: Shortest first part of a compound field label ("huvud|målgrupp"): a shorter one ("re|form") is no word.
_COMPOUND_MIN = 4
#: Shortest field label read as the head of a compound it is not listed as: shorter heads
#: ("form", "typ") end plain words ("plattform", "prototyp"), so their compounds are listed in pg:fieldLabel.
_COMPOUND_MIN_HEAD = 5


#: A field written into a line after a sentence or a title's note ("… i lågstadiet. Typ: lärarhandledning",
#: "Ledfyren mobil (2054). Typ: app", "… (2050). Form: webbutbildning."): an entry may close with its
#: field instead of giving it a line of its own; the value runs to the next full stop.
_INLINE_FIELD = re.compile(
    r"(?<=[.!?)])\s+(?P<label>[A-ZÅÄÖ][a-zåäöé]+(?: [a-zåäöé]+){0,2})\s*:\s+(?P<value>[^.:]+?)\s*(?:\.(?=\s|$)|$)"
)


def _inline_fields(text: str) -> list[tuple[int, str, str]]:
    """(start, role, value) of the fields of the vocabulary written after a sentence in ``text``.

    >>> _inline_fields("Lektioner för lågstadiet. Typ: lärarhandledning")
    [(25, 'form', 'lärarhandledning')]
    >>> _inline_fields("Om samtal. Form: webbutbildning. Fortsättning:")
    [(10, 'form', 'webbutbildning')]
    >>> _inline_fields("Se kapitel 2. Läs mer: www.x.se"), _inline_fields("Typ: app")
    ([], [])
    """
    text = text.rstrip()
    out: list[tuple[int, str, str]] = []
    for m in _INLINE_FIELD.finditer(text):
        role = _field_role(m.group("label"))
        if role:
            out.append((m.start(), role, m.group("value")))
    return out


def _untailed(text: str) -> tuple[str, str]:
    """``text`` without the field that closes it, and that field as a field line ("Typ: app"):
    an entry's title line that ends in its field ("Ledfyren mobil (2054). Typ: app") is the title.

    >>> _untailed("Ledfyren mobil (2054). Typ: app"), _untailed("X – en modell (2050). Form: modell.")
    (('Ledfyren mobil (2054)', 'Typ: app'), ('X – en modell (2050)', 'Form: modell'))
    >>> _untailed("Må bra (2024)"), _untailed("Om X. Typ: app. Mer text.")
    (('Må bra (2024)', ''), ('Om X. Typ: app. Mer text.', ''))
    """
    stripped = text.rstrip()
    found = _inline_fields(stripped)
    if found:
        start = found[-1][0]
        m = _INLINE_FIELD.match(stripped, start)
        if m is not None and m.end() == len(stripped):
            head = stripped[:start].rstrip()
            head = head[:-1] if head.endswith(".") and not head.endswith("..") else head
            return head.rstrip(), f"{m.group('label')}: {m.group('value')}"
    return text, ""


@dataclass
class _Owner:
    """An item, sub-item or titled document as it is being assembled."""

    title: str
    line: int
    heading: str
    subheading: str
    kind: str = "resource"
    parent: _Owner | None = None
    body: list[int] = field(default_factory=list)  # indices of own body lines
    lines: set[int] = field(default_factory=set)  # all own line indices (title and body)
    sentence: str = ""  # description for a titled document inside a text
    dash: bool = False
    named: str | None = None  # name read from a sentence-like sub-item
    form: str | None = None  # form the cue noun before a name says ("verktyget www.x.nu")
    urls: list[str] = field(default_factory=list)
    children: list[_Owner] = field(default_factory=list)
    scope: str = ""  # the paragraph under the item's heading that introduces its list
    years: tuple[int, ...] = ()  # years a table row's year column gives (:func:`_table_rows`)
    apart: bool = False  # a document named in an item's text that is no part of the item
    tail: str = ""  # the field that closed the title line ("Typ: app"), read as a field line


@dataclass(frozen=True)
class _Mark:
    line: int  # index into the document's lines
    col: int
    strength: str  # "strong" (länk …), "www" (inline address), "weak" (bare domain)
    owner: _Owner
    phrase: str
    domain: str = ""


@dataclass
class _Parsed:
    """One reading of an inventory (:func:`_parse`): what the layout's extract, listed lines and link
    problems each report from it."""

    doc: Document  # the report as read, its glyphs normalised (:func:`_normalised`)
    owners: list[_Owner]
    problems: list[str]
    pages: list[int]
    headings: frozenset[int]  # numbers of the lines read as the headings of the lists


# --------------------------------------------------------------------------- lines and pages


def _kinds(doc: Document) -> list[str]:
    """Classify each line as blank, url, marker (page furniture of the shared document model:
    "KAPITEL" feet, page numbers, running heads; page feet that count the pages, "Sida 3
    av 14", when more than one page has one; page feet that name the page, :data:`_PAGE_NAMED`) or text."""
    artefacts = artefact_lines(doc)
    feet = Counter(m.group(1) for line in doc.lines if (m := _PAGE_OF.match(line.text)))
    numbered = sum(1 for line in doc.lines if _PAGE_NUMBER.match(line.text))
    kinds: list[str] = []
    for i, line in enumerate(doc.lines):
        text = line.text
        foot = _PAGE_OF.match(text)
        if not text.strip():
            kinds.append("blank")
        elif _URL_LINE.match(text):
            kinds.append("url")
        elif (
            i in artefacts
            or (foot and feet[foot.group(1)] >= 2)
            or (numbered >= 2 and _PAGE_NUMBER.match(text))
            or _PAGE_NAMED.match(text)
        ):
            kinds.append("marker")
        else:
            kinds.append("text")
    return kinds


def _pages(doc: Document) -> list[int]:
    """Page of each line, from the shared document model (:func:`loader.document.page_of_lines`:
    a page ends after its URL block or where an indented first line is glued to the previous
    page; "KAPITEL n" feet anchor the count)."""
    if doc.lines and all(line.page is not None for line in doc.lines):
        return [line.page or 0 for line in doc.lines]
    return page_of_lines(doc)


# --------------------------------------------------------------------------- headings


def _heading_names(intro: str) -> list[str]:
    """The headings an intro lists: "Rubrikerna är A, B, C och slutligen D."

    >>> _heading_names("Rubrikerna är Förebyggande och främjande, Första linjen och slutligen Filmer.")
    ['Förebyggande och främjande', 'Första linjen', 'Filmer']
    """
    names: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", intro):
        if sentence.count(",") < 1:
            continue
        m = re.search(r"(?:\bär|:|\brubrike\w*)\s+([^,]*,.*)$", sentence, re.S)
        if not m:
            continue
        body = m.group(1).strip().rstrip(".")
        parts = re.split(r",\s*|\s+och\s+slutligen\s+|\s+slutligen\s+|\s+samt\s+", body)
        found = [q.strip() for p in parts for q in re.split(r"\s+och\s+(?=[A-ZÅÄÖ])", p) if q.strip()]
        if len(found) >= 3:
            names.extend(found)
    return [n for n in names if len(n.split()) <= 8]


def _matches_name(text: str, names: list[str]) -> bool:
    key = fold(text)
    return any(key == fold(n) or difflib.SequenceMatcher(None, key, fold(n)).ratio() >= 0.9 for n in names)


#: A section number before a heading ("1. Första linjen", "2.3 Elevhälsa"): an edition may number
#: its headings; the number is no part of the heading's name.
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+(?=[A-ZÅÄÖ])")


def _unnumbered(text: str) -> str:
    """A heading line without its section number.

    >>> _unnumbered("1. Hälsofrämjande arbete"), _unnumbered("2.3 Elevhälsa"), _unnumbered("Första linjen")
    ('Hälsofrämjande arbete', 'Elevhälsa', 'Första linjen')
    >>> _unnumbered("2050 Första linjen"), _unnumbered("3 regioner")
    ('2050 Första linjen', '3 regioner')
    """
    return _SECTION_NUMBER.sub("", text).strip()


#: The number of a numbered heading and its part label: "9. Suicidprevention", "Del 4 – Elevhälsa",
#: "Avsnitt 3: Äldre". Only a chapter word (:data:`loader.grammar.PART_WORD`) labels a part; "Insats 3:"
#: or "Steg 2 –" number an item or a step.
_HEADING_NUMBER = re.compile(rf"^\s*(?:{PART_WORD}\s+)?(\d{{1,2}})\s*(?:\.|[–—:-])\s+(?=[A-ZÅÄÖ])")


def _heading_number(text: str) -> int | None:
    """The number of a numbered heading line, else None.

    >>> _heading_number("9. Suicidprevention"), _heading_number(" Del 4 – Elevhälsa"), _heading_number("2050 Första")
    (9, 4, None)
    >>> _heading_number("Insats 3: Samtal"), _heading_number("Steg 2 – Uppföljning"), _heading_number("DEL 2: Skola")
    (None, None, 2)
    """
    m = _HEADING_NUMBER.match(text)
    return int(m.group(1)) if m else None


def _next_number(headings: list[str]) -> int | None:
    """The number the heading after ``headings`` takes when they are numbered: the last one's plus one.

    >>> _next_number(["1. Skola", "2. Äldre"]), _next_number(["Skola"]), _next_number([])
    (3, None, None)
    """
    last = _heading_number(headings[-1]) if headings else None
    return last + 1 if last is not None else None


def _title_words(text: str) -> int:
    """Words of a heading's title, without its section number or part label (:data:`_HEADING_NUMBER`).

    >>> _title_words("Del 13 – Material som ännu inte är klart"), _title_words("2.3 Elevhälsa i skolan")
    (6, 3)
    >>> _title_words("Fas 1: Planering av arbetet"), _title_words("Kapitel 2. Skola")
    (5, 1)
    """
    return len(_HEADING_NUMBER.sub("", _unnumbered(text).strip()).split())


def _is_heading_shape(text: str) -> bool:
    """A short capitalised line that ends no sentence, with or without a section number.

    >>> _is_heading_shape("1. Hälsofrämjande och förebyggande arbete"), _is_heading_shape("Första linjen")
    (True, True)
    >>> _is_heading_shape("1. Ett stöd för förskolans personal."), _is_heading_shape("i första linjen")
    (False, False)
    >>> _is_heading_shape("Typ: manual"), _is_heading_shape("Kurs om självskada. Form: webbutbildning")
    (False, False)
    >>> _is_heading_shape("Del 13 – Material som ännu inte är klart")
    True

    A form note in square brackets closes an entry's text, never a heading ("Rapport om planer för
    suicidprevention. [rapport]" is a one-line description):

    >>> _is_heading_shape("Rapport om planer. [rapport]"), _is_heading_shape("Filmer om sömn [film]")
    (False, False)
    """
    s = _unnumbered(text)
    if re.search(r"\[[^\[\]]{1,40}\]\s*$", s):
        return False
    # a part's label ("Del 13 – ") is no word of the heading's title
    return (
        bool(s)
        and s[0].isupper()
        and _title_words(s) <= 8
        and s[-1] not in ".,:;)!?–-"
        and _BULLET not in s
        and not _DASH.match(s)
        # an entry's field ("Typ: manual"), alone or closing its text ("… självskadebeteende. Typ:
        # webbutbildning"), ends an entry: no heading however short the line
        and _field(s) is None
        and not _untailed(s)[1]
    )


def _next_text(kinds: list[str], i: int) -> int | None:
    for j in range(i + 1, len(kinds)):
        if kinds[j] == "text":
            return j
    return None


def _introduces_list(texts: list[str], kinds: list[str], i: int, text: str, relaxed: bool = False) -> bool:
    """A short line after a blank whose next text line is an item: a heading by layout
    (``relaxed``: the caller has found another break before it)."""
    nxt = _next_text(kinds, i)
    return (
        nxt is not None and _BULLET in texts[nxt] and (relaxed or _blank_before(kinds, i)) and _title_words(text) <= 8
    )


def _introduces_table(texts: list[str], kinds: list[str], i: int) -> bool:
    """A short line after a blank right above a list printed as a tab table (:func:`_table_rows`)."""
    nxt = _next_text(kinds, i)
    return (
        nxt is not None
        and _blank_before(kinds, i)
        and "\t" not in texts[i]
        and "\t" in texts[nxt]
        and _table_rows(texts, kinds, nxt) is not None
    )


def _blank_before(kinds: list[str], i: int) -> bool:
    """A break before line ``i``: a blank line, or the link block or page foot ending a page."""
    return i == 0 or kinds[i - 1] in ("blank", "url", "marker")


def _closes_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?:][”\"')\]]*\s*$", text))


def _after_intro(texts: list[str], kinds: list[str], i: int) -> bool:
    """A line right after the intro's last sentence and before a blank: a heading set off by
    the layout's spacing below it only ("… sist i beskrivningen." / "Främjande insatser" / "")."""
    return (
        i > 0
        and kinds[i - 1] == "text"
        and _closes_sentence(texts[i - 1])
        and (i + 1 >= len(kinds) or kinds[i + 1] == "blank")
        and not _LINK_WORD.search(texts[i])
    )


def _introduces_paragraph(texts: list[str], kinds: list[str], i: int, text: str) -> bool:
    """A heading over a list that a short paragraph introduces: a short line after a break
    (blank, link block, page foot) that follows a finished item, then sentences that end
    before the list's first item ("Arbetsliv" / "Material i detta avsnitt har …" / items).

    >>> t = ["Text.", "", "Under arbete", "", "Materialen nedan är inte färdiga.", "", "\uf0b7 X", "Om X."]
    >>> _introduces_paragraph(t, _plain_kinds(t), 2, t[2])
    True
    >>> t[0] = "Texten fortsätter med"
    >>> _introduces_paragraph(t, _plain_kinds(t), 2, t[2])
    False
    """
    if not _blank_before(kinds, i) or _title_words(text) > 8 or _LINK_WORD.search(text) or ":" in text:
        return False  # a labelled line of an item's text ("Målgrupp: unga") is no heading
    before = next((k for k in range(i - 1, -1, -1) if kinds[k] != "blank"), None)
    if before is not None and kinds[before] == "text":
        if not (_closes_sentence(texts[before]) or _LINK_WORD.search(texts[before]) or _field(texts[before])):
            return False  # a line that goes on from an unfinished sentence (a field line is whole)
    j = _next_text(kinds, i)
    paragraph: list[str] = []
    while j is not None and len(paragraph) < 5:
        line = texts[j].strip()
        if _BULLET in line or _DASH.match(texts[j]) or _LINK_WORD.search(line):
            return False
        paragraph.append(line)
        if _closes_sentence(line):
            break
        j = _next_text(kinds, j)
    if j is None or not paragraph or not paragraph[0][:1].isupper() or not _closes_sentence(paragraph[-1]):
        return False
    nxt = _next_text(kinds, j)
    return nxt is not None and _BULLET in texts[nxt]


def _plain_kinds(texts: list[str]) -> list[str]:
    """Blank or text, for examples."""
    return ["text" if t.strip() else "blank" for t in texts]


# --------------------------------------------------------------------------- titles


def _ends_open(text: str) -> bool:
    words = text.split()
    return bool(words) and (words[-1].lower() in _CONNECTIVES or text.rstrip()[-1] in ",:–-")


def _title_extent(texts: list[str], kinds: list[str], start: int, stop: set[int], wide: bool) -> list[int]:
    """Indices of the lines of the title starting at ``start`` (at most three or four lines)."""
    out = [start]
    limit = 4 if wide else 3
    while len(out) < limit:
        current = " ".join(texts[i].strip() for i in out)
        if _closes_title(current) or _PERIOD.search(current):
            break
        j = _next_text(kinds, out[-1])
        if j is None or j in stop:
            break
        nxt = texts[j].strip()
        if not nxt or _BULLET in nxt or _DASH.match(texts[j]) or _field(nxt):
            break
        last = texts[out[-1]].strip()
        # A wide line followed by the end of a sentence: "- ACT – ett … programtroget" / "ACT-team …".
        completes = wide and len(last) >= _WIDE and bool(_PERIOD.search(nxt))
        # An age range wrapped onto its own line ("… för unga" / "13–24 år") ends the title.
        ages = bool(_AGE_TAIL.match(nxt)) and not _PERIOD.search(nxt)
        if nxt[0].islower() or nxt[0] == "(" or _ends_open(last) or completes or ages:
            out.append(j)
        else:
            break
    return out


def _join(texts: list[str]) -> str:
    """Raw lines to clean text; a hyphen after a capital or digit (IMR-, SKL-) is kept."""
    raw = "\n".join(t.strip() for t in texts)
    raw = re.sub(r"(?<=[A-ZÅÄÖ0-9])-[ \t]*\n[ \t]*", "-", raw)
    return clean(dehyphenate(raw))


def _unquote_title(text: str) -> str:
    text = re.sub(r"[”“\"„]([^”“\"„]+)[”“\"]", r"\1", text)
    return text.strip(' ”“"„')


@dataclass(frozen=True)
class _Note:
    """A title's closing bracket note: where it starts, its form word and the years it dates."""

    start: int
    form: str
    years: tuple[int, ...]


def _bracket_note(title: str) -> _Note | None:
    """The note in brackets that closes a title and says the item's form and years.

    An inventory that says "Efter varje titel anges materialets form och det år det togs fram"
    prints a note after each title: a form word, then years set off by commas — a year or a span,
    a new edition's year ("uppdaterad 2034"). Another part ("läsåret 2034/35", a school year the
    item runs) is the note's but dates no edition. A note without a year is one only when its
    word is a form or an initiative's noun of the vocabulary ("(e-tjänst)", not "(SIP)").

    >>> n = _bracket_note("Föräldrastöd på nätet (webbplats, 2032, uppdaterad 2034)")
    >>> n.form, n.years, "Föräldrastöd på nätet (webbplats, 2032, uppdaterad 2034)"[: n.start]
    ('webbplats', (2032, 2034), 'Föräldrastöd på nätet')
    >>> titles = ("X (e-tjänst)", "Skolnära linje (pilot, läsåret 2034/35)")
    >>> [(n.form, n.years) for t in titles if (n := _bracket_note(t))]
    [('e-tjänst', ()), ('pilot', ())]
    >>> (n := _bracket_note("Tre filmer (2034, film)")).form, n.years
    ('film', (2034,))
    >>> _bracket_note("Samordnad plan (SIP)"), _bracket_note("Boken (del två av tre)")
    (None, None)
    >>> _bracket_note("Må bra – skattning av mående [formulär]").form, _bracket_note("Må bra [SIP]")
    ('formulär', None)
    """
    m = _NOTE.search(title)
    if m is None or m.start() == 0:
        return None
    read = _note_parts([p.strip() for p in (m.group("inner") or m.group("square")).split(",")])
    return _Note(m.start(), *read) if read is not None else None


# A note set off from the title by a separator glyph between spaces: "Vardagsstyrka · webbutbildning
# · 2036", "Kollen | app | 2029". A dash separates a subtitle as often as a note, so it sets off
# a note only when the note dates the item ("X – film – 2036").
_NOTE_SEPARATOR = re.compile(r"\s+[·•∙|]\s+")
_NOTE_DASH = re.compile(r"\s+[–—]\s+")


def _separated_note(title: str) -> _Note | None:
    """The note of form and years that follows a title after separator glyphs (read as a bracket
    note's parts, :func:`_note_parts`): the parts after the last separators that are a form word
    or a dating phrase. A planned year ("planerad 2037") is the note's but dates no edition.

    >>> n = _separated_note("BUP i siffror · webbplats · 2031, uppdaterad 2036")
    >>> "BUP i siffror · webbplats · 2031, uppdaterad 2036"[: n.start], n.form, n.years
    ('BUP i siffror', 'webbplats', (2031, 2036))
    >>> (n := _separated_note("Ungkompassen 18+ · webbverktyg · planerad 2037")).form, n.years
    ('webbverktyg', ())
    >>> (n := _separated_note("Första linjen 2036 – en nulägesbeskrivning · rapport · 2036")).start
    42
    >>> (n := _separated_note("MÅ-9 · frågeformulär")).form, n.years
    ('frågeformulär', ())
    >>> _separated_note("Stöd – en guide för chefer"), _separated_note("Äldre · Region Dalarna")
    (None, None)
    >>> _separated_note("X – film") is None
    True
    >>> (n := _separated_note("Tre filmer – film – 2034")).form, n.years
    ('film', (2034,))
    """
    for separator, dated in ((_NOTE_SEPARATOR, False), (_NOTE_DASH, True)):
        for cut in separator.finditer(title):
            if cut.start() == 0:
                continue
            read = _note_parts([p.strip() for p in re.split(r",\s*|" + separator.pattern, title[cut.end() :])])
            if read is not None and (not dated or read[1]):
                return _Note(cut.start(), *read)  # the first cut whose every part after it is the note's
    return None


def _closes_title(text: str) -> bool:
    """Whether ``text`` ends in what closes an inventory's title: its year in brackets ("(2024)")
    or a note of form and years after separator glyphs ("· webbutbildning · 2036").

    >>> _closes_title("Må bra (2024)"), _closes_title("Vardagsstyrka · webbutbildning · 2036"), _closes_title("Må bra")
    (True, True, False)
    >>> _closes_title("Må bra – formulär (2040, uppdaterat 2041)"), _closes_title("Må bra (SIP)")
    (True, False)
    """
    if _YEAR_SUFFIX.search(text) or _separated_note(text.strip()) is not None:
        return True
    # "(2041, uppdaterat 2042)", "(2039, ny version 2042)": a bracket note dating the item and an edition
    note = _bracket_note(text.strip())
    return note is not None and bool(note.years)


def _title_note(title: str) -> _Note | None:
    """A title's note of form and years: in brackets closing it, or after separator glyphs."""
    return _bracket_note(title) or _separated_note(title)


@lru_cache(maxsize=1)
def _dating_participles() -> frozenset[str]:
    """Participles of the verbs that date a thing's making or a new edition (``pg:makingVerb`` and
    ``pg:updatingVerb`` on ``dcterms:created``): "uppdaterad", "reviderad", "framtagen", "lanserad".
    A participle of another verb ("planerad 2037") gives a date that is no edition.

    >>> {"uppdaterad", "reviderad", "framtagen"} <= _dating_participles(), "planerad" in _dating_participles()
    (True, False)
    """
    words = facts.year_words()
    out: set[str] = set()
    for lemma in (*words.get("makingVerb", ()), *words.get("updatingVerb", ())):
        verb, _, particle = lemma.partition(" ")
        parts = verb_forms(verb)[2]
        out.update(f"{particle}{p}" if particle else p for p in parts)
    return frozenset(out)


def _dating_participle(word: str) -> bool:
    """A dating participle in any gender: "uppdaterad", and the neuter in -at of a first-conjugation
    verb ("uppdaterat", "reviderat" for a neuter noun: "formuläret … (2041, uppdaterat 2042)").

    >>> _dating_participle("uppdaterad"), _dating_participle("uppdaterat"), _dating_participle("planerat")
    (True, True, False)
    """
    participles = _dating_participles()
    return word in participles or (word.endswith("at") and f"{word[:-2]}ad" in participles)


def _note_parts(parts: list[str]) -> tuple[str, tuple[int, ...]] | None:
    """Form word and years of a title note's parts, or None when a part is no part of a note.

    A form word is one lower-case word (before or after the years); a year or a span dates the
    item, and so does a dating participle before a year ("uppdaterad 2034", :func:`_dating_participles`);
    another short part with digits ("läsåret 2034/35", "planerad 2037") is the note's but dates no
    edition. A note without a year is one only when its word is a noun of the vocabulary.

    >>> _note_parts(["webbplats", "2032", "uppdaterad 2034"]), _note_parts(["pilot", "läsåret 2034/35"])
    (('webbplats', (2032, 2034)), ('pilot', ()))
    >>> _note_parts(["SIP"]), _note_parts(["del två av tre"]), _note_parts(["2034", "film"])
    (None, None, ('film', (2034,)))
    >>> _note_parts(["2039", "ny version 2042"]), _note_parts(["2040", "nytt tryck 2041"])
    (('', (2039, 2042)), ('', (2040, 2041)))
    """
    parts = [p for p in parts if p]
    if not parts:
        return None
    form = ""
    if re.fullmatch(r"[a-zåäö]+(?:-[a-zåäö]+)*", parts[0]):
        form = parts.pop(0)
    years: list[int] = []
    other = False
    for part in parts:
        edition = _NOTE_EDITION.match(part)
        if (y := _NOTE_YEARS.match(part)) is not None:
            years.extend(_years(y))
        elif edition is not None and _dating_participle(edition.group("verb").lower()):
            years.extend(_years(edition))
        elif (renewed := _NEW_EDITION.match(part)) is not None:
            years.extend(_years(renewed))
        elif not form and re.fullmatch(r"[a-zåäö]+(?:-[a-zåäö]+)*", part):
            form = part  # "(2034, film)": the form word after the year
        elif re.search(r"\d", part) and len(part.split()) <= 3:
            other = True  # "läsåret 2034/35", "planerad 2037": dates the item's run or plan, not an edition
        else:
            return None
    if not form and not years:
        return None
    if not years:
        cue = cue_nouns().match(form)
        if cue is None or cue.kind not in ("resource", "initiative"):
            return None
    if not form and other:
        return None
    return form, tuple(sorted(set(years)))


def _years(m: re.Match[str]) -> tuple[int, ...]:
    a = int(m.group("a"))
    b = m.group("b")
    return (a, int(b)) if b and int(b) != a else (a,)


def _split_title(title: str) -> tuple[str, tuple[int, ...], tuple[str, ...]]:
    """Name, years and short names of a title.

    >>> _split_title("”Hur mår BUP?” – Rapport om dagsläget på BUP (2017)")
    ('Hur mår BUP? – Rapport om dagsläget på BUP', (2017,), ('Hur mår BUP?',))
    >>> _split_title("METIS – Mer teori i specialistutbildningen (2013-2016)")[1:]
    ((2013, 2016), ('METIS',))
    >>> _split_title("Bättre vård - mindre tvång (2008 och framåt)")
    ('Bättre vård - mindre tvång', (2008,), ())
    >>> _split_title("Våga fråga (2022) – webbutbildning om våld")
    ('Våga fråga – webbutbildning om våld', (2022,), ('Våga fråga',))
    >>> _split_title("2021: Kartan över mottagningar – en kartläggning")
    ('Kartan över mottagningar – en kartläggning', (2021,), ('Kartan över mottagningar',))
    >>> _split_title("BUP i siffror · webbplats · 2031, uppdaterad 2036"), _split_title("X 18+ · app · planerad 2037")
    (('BUP i siffror', (2031, 2036), ()), ('X 18+', (), ()))
    """
    name = title.strip().lstrip("-– ").strip()
    years: tuple[int, ...] = ()
    if m0 := _YEAR_PREFIX.match(name):
        # "2027: Kartläggning av …": the year leads the title, set off by a colon.
        years, name = _years(m0), name[m0.end() :]
    elif m := _YEAR_SUFFIX.search(name):
        years = _years(m)
        name = name[: m.start()].rstrip(" ,")
    elif note := _separated_note(name):
        # "· webbutbildning · 2031, uppdaterad 2036", "· planerad 2037": the note after separators
        # says the form and the years (a planned year is none), not the bare year that ends it.
        years, name = note.years, name[: note.start].rstrip(" ,")
    elif m2 := _BARE_YEAR.search(name):
        years = (int(m2.group(1)),)
    elif m4 := _YEAR_BEFORE_SUBTITLE.search(name):
        # "Våga fråga (2022) – webbutbildning om …": the year stands after the short title.
        years = _years(m4)
        name = name[: m4.start()] + " " + name[m4.end() :].lstrip()
    elif note := _bracket_note(name):
        # "(webbplats, 2032, uppdaterad 2034)", "(e-tjänst)": the title's note of form and years.
        years, name = note.years, name[: note.start].rstrip(" ,")
    name = _appositive_cut(_unquote_title(name))
    alts: list[str] = []
    head = ""
    if " – " in name:
        head = name.split(" – ", 1)[0]
    elif " - " in name and len(name.split(" - ", 1)[1].split()) >= 3:
        head = name.split(" - ", 1)[0]
    elif m3 := re.match(r"(.+?[!?]) [A-ZÅÄÖ]", name):
        head = m3.group(1)  # "Vänta inte! Guide för investeringar …"
    if head and ": " in head:
        before, after = head.split(": ", 1)
        head = after if len(before.split()) == 1 else before
    elif not head and ": " in name:
        before = name.split(": ", 1)[0]
        head = before if len(before.split()) > 1 else name.split(": ", 1)[1]
    if head:
        alts.append(head.strip())
    if numbered := _NUMBERED_PART.match(name):
        alts.append(numbered.group("title"))  # "Modul 1. Att inleda samtalet" is also "Att inleda samtalet"
    for candidate in [name, *alts]:
        first, _, rest = candidate.partition(" ")
        if _form_word(first) and rest[:1].isupper():
            alts.append(rest)
    seen: list[str] = []
    for a in alts:
        if a and a != name and a not in seen:
            seen.append(a)
    return name, years, tuple(seen)


def _appositive_cut(title: str) -> str:
    """``title`` without a closing appositive that describes the thing: after a comma, an indefinite
    article opens a description ("Kompassrosen bas, en lättare version för vårdcentraler", "Må bra, ett
    material för skolan") when a noun of a version or of a form follows within three words; a title's
    own subtitle follows a dash.

    >>> _appositive_cut("Må bra bas, en lättare version för vårdcentraler")
    'Må bra bas'
    >>> _appositive_cut("Må bra, en guide för chefer")
    'Må bra'
    >>> _appositive_cut("Hej, en dag i taget"), _appositive_cut("Använd SIP – ett verktyg vid samverkan, 0-18 år")
    ('Hej, en dag i taget', 'Använd SIP – ett verktyg vid samverkan, 0-18 år')
    """
    m = re.search(r",\s+(?:en|ett)\s+(\S+(?:\s+\S+){0,2})", title)
    if m is None or not title[: m.start()].strip()[:1].isupper():
        return title
    for word in m.group(1).split():
        w = word.strip(",.;:").lower()
        cue = cue_nouns().match(w)
        if stem_key(w) in form_nouns("variantNoun") or (cue is not None and cue.kind == "resource"):
            return title[: m.start()].rstrip()
    return title


def _form_word(word: str) -> bool:
    """Whether ``word`` is a form noun that introduces a title: "förstudien Positiv …",
    "Skriften Vad är …", "webbutbildning Psykisk …" (cue nouns of the form vocabulary, in the
    definite form, or the bare label in running text).

    >>> _form_word("förstudien"), _form_word("Skriften"), _form_word("webbutbildning"), _form_word("Region")
    (True, True, True, False)
    >>> _form_word("Projektet")
    True
    """
    word = word.strip(",.:;")
    cue = cue_nouns().match(word)
    if cue is None or cue.kind not in ("resource", "initiative"):
        return False
    w, label = word.lower(), cue.label.lower()
    definite = w != label and w.endswith(("en", "et", "n", "t", "na"))
    return definite or w == label


def _embedded_title(text: str) -> str:
    """The title that ends ``text``: from the last capitalised word that follows a comma,
    "och", a form word ("förstudien") or the start.

    >>> _embedded_title("fram två rapporter, Barns och ungas hälsa i Sverige – en beskrivning")
    'Barns och ungas hälsa i Sverige – en beskrivning'
    >>> _embedded_title("prövades i förstudien Positiv hälsoutveckling för asylsökande")
    'Positiv hälsoutveckling för asylsökande'
    """
    words = list(_WORD.finditer(text))
    start: int | None = None
    for k, w in enumerate(words):
        if not _TITLE_WORD.match(w.group()):
            continue
        prev = words[k - 1].group() if k else ""
        if not prev or prev.endswith(",") or prev.lower() in ("och", "samt") or _form_word(prev):
            start = w.start()
    return "" if start is None else text[start:].strip(" ,")


# --------------------------------------------------------------------------- segmentation


def _segment(doc: Document, kinds: list[str]) -> tuple[list[_Owner], list[int]]:
    """The items of ``doc`` in text order, and the indices of the lines read as the headings of their lists."""
    found_headings: list[int] = []
    lines = doc.lines
    texts = [line.text for line in lines]
    first_bullet = next((i for i, t in enumerate(texts) if _BULLET in t), None)
    if first_bullet is None:
        return [], found_headings
    intro = _join([t for i, t in enumerate(texts[:first_bullet]) if kinds[i] == "text"])
    names = _heading_names(intro)
    title_lines = [t.strip() for t in texts[:first_bullet] if t.strip()][:1]
    doc_title = fold(" ".join(texts[: texts.index("") if "" in texts else 0]) or " ".join(title_lines))

    items: list[_Owner] = []
    heading = subheading = scope = ""
    current: _Owner | None = None
    i = 0
    while i < len(lines):
        if kinds[i] != "text":
            i += 1
            continue
        text = texts[i].strip()
        page_start = i > 0 and (kinds[i - 1] == "url" or (kinds[i - 1] == "text" and texts[i][:1].isspace()))
        if (
            current is not None
            and page_start
            and doc_title
            and difflib.SequenceMatcher(None, fold(text), doc_title).ratio() >= 0.8
        ):
            break  # back matter: a page that opens with the document's title
        if i < first_bullet:
            # The heading over the first item: the intro names it, or (when no intro lists
            # the headings) its layout does: a short title line after a blank that opens a list.
            if _is_heading_shape(text) and (
                _matches_name(_unnumbered(text), names)
                if names
                else _introduces_list(texts, kinds, i, text)
                or (_after_intro(texts, kinds, i) and _introduces_list(texts, kinds, i, text, relaxed=True))
            ):
                heading, subheading = _unnumbered(text), ""
                found_headings.append(i)
            i += 1
            continue
        if "\t" in texts[i] and (rows := _table_rows(texts, kinds, i)) is not None:
            # "Namn / Form / År / Kommentar": a list printed as a tab table, one item a row.
            owners, end = rows
            for owner in owners:
                owner.heading, owner.subheading, owner.scope = heading, subheading, scope
            items.extend(owners)
            current = None
            i = end
            continue
        if _BULLET in text:
            extent = _title_extent(texts, kinds, i, set(), wide=False)
            title, tail = _untailed(_join([texts[k].replace(_BULLET, " ") for k in extent]))
            title = _unreferenced(title)
            current = _Owner(title=title, line=i, heading=heading, subheading=subheading, scope=scope, tail=tail)
            current.lines.update(extent)
            items.append(current)
            i = extent[-1] + 1
            continue
        if _is_heading_shape(text):
            listed = bool(names) and _matches_name(_unnumbered(text), names)
            introduces = (
                _introduces_list(texts, kinds, i, text)
                or _introduces_paragraph(texts, kinds, i, text)
                or _introduces_table(texts, kinds, i)
                # "9. Suicidprevention" right under the last line of section 8's entries: numbered headings
                # count up, so the next number over an item is the next heading without a blank before it
                or (
                    _heading_number(text) is not None
                    and _heading_number(text) == _next_number([texts[h] for h in found_headings])
                    and _introduces_list(texts, kinds, i, text, relaxed=True)
                )
            )
            if listed or introduces:
                if listed or not names:
                    heading, subheading = _unnumbered(text), ""
                else:
                    subheading = _unnumbered(text)
                found_headings.append(i)
                current, scope = None, ""
                i += 1
                continue
        if current is not None:
            current.body.append(i)
            current.lines.add(i)
        elif heading:
            # "Följande material är ännu inte färdigställt.": the paragraph between a heading and
            # its list scopes the list as the heading does (its status).
            scope = f"{scope} {text}".strip()
        i += 1
    for item in items:
        _split_subitems(item, texts, kinds)
    return items, found_headings


# "Hur hittar unga rätt? – se rubrik 8", "X – en studie, se rubrik L.": a reference to the section that
# lists the item in full (:data:`loader.grammar.SEE_SECTION`), set off by a dash or a comma, or in brackets.
_SEE_SECTION_TAIL = re.compile(rf"\s*(?:[,–—-]\s*{SEE_SECTION}\.?|\(\s*{SEE_SECTION}\s*\)\.?)\s*$", re.I)


def _unreferenced(title: str) -> str:
    """An entry's title without the reference that closes it to the section listing the item in full:
    the entry names that item, and the reference is no part of its name.

    >>> _unreferenced("Hur hittar unga rätt? – se rubrik 8"), _unreferenced("X – en studie, se avsnitt L.")
    ('Hur hittar unga rätt?', 'X – en studie')
    >>> _unreferenced("Se avsnitt 4 – en guide"), _unreferenced("Ses rubrik 4")
    ('Se avsnitt 4 – en guide', 'Ses rubrik 4')
    """
    m = _SEE_SECTION_TAIL.search(title)
    return title[: m.start()].rstrip() if m and m.start() > 0 else title


def _table_rows(texts: list[str], kinds: list[str], i: int) -> tuple[list[_Owner], int] | None:
    """Items of the tab table whose header row is line ``i``, and the index after the table.

    An inventory may print a list as a table ("Material som inte längre används" / "Namn⇥Form⇥År⇥
    Kommentar"): its header row is short capitalised words without digits, one of them a name
    column's word of the vocabulary (``pg:columnWord``: "Namn", "Titel", "Material"); each tab line
    below is an item, a line whose first cell is empty continues the row above (a comment wrapped
    onto a line of its own). A column whose every cell is a year (or a span) gives the row's years;
    a form column's word ("webbverktyg") the item's form; the other cells are its text.

    >>> t = ["Namn\\tForm\\tÅr\\tKommentar", "Kollen\\twebbverktyg\\t2026\\tErsatt 2034", "\\t\\t\\tav annat"]
    >>> t += ["", "Sist"]
    >>> owners, end = _table_rows(t, _plain_kinds(t), 0)
    >>> [(o.title, o.years, o.form, o.sentence, o.line) for o in owners], end
    ([('Kollen', (2026,), 'webbverktyg', 'Ersatt 2034 av annat', 1)], 3)
    """
    header = [c.strip() for c in texts[i].split("\t")]
    shaped = all(c and c[:1].isupper() and len(c.split()) <= 3 and not re.search(r"\d", c) for c in header)
    if len(header) < 2 or not shaped:
        return None
    words = dict(column_words())
    roles = [words.get(fold(c).split()[0]) for c in header]
    if "name" not in roles:
        return None
    name_col = roles.index("name")
    rows: list[list[str]] = []
    lines: list[int] = []
    j = i + 1
    while j < len(texts) and kinds[j] == "text" and "\t" in texts[j]:
        cells = [c.strip() for c in texts[j].split("\t")]
        cells += [""] * (len(header) - len(cells))
        if not cells[name_col] and rows:
            rows[-1] = [clean(f"{a} {b}") for a, b in zip(rows[-1], cells, strict=False)]
        elif cells[name_col]:
            rows.append(cells)
            lines.append(j)
        j += 1
    if not rows:
        return None
    year_cols = {k for k in range(len(header)) if all(_NOTE_YEARS.match(r[k]) for r in rows if k < len(r) and r[k])} - {
        name_col
    }
    owners: list[_Owner] = []
    for cells, line in zip(rows, lines, strict=True):
        owner = _Owner(title=cells[name_col], line=line, heading="", subheading="")
        owner.lines.add(line)
        years: list[int] = []
        text: list[str] = []
        for k, cell in enumerate(cells):
            if k == name_col or not cell:
                continue
            if k in year_cols and (m := _NOTE_YEARS.match(cell)):
                years.extend(_years(m))
            elif k < len(roles) and roles[k] == "type":
                cue = cue_nouns().match(cell)
                owner.form = cue.form if cue is not None and cue.kind == "resource" else None
            else:
                text.append(cell)
        owner.years = tuple(sorted(set(years)))
        owner.sentence = clean(" ".join(text))
        owners.append(owner)
    return owners, j


def _blank_run(kinds: list[str], a: int, b: int) -> int:
    """Blank lines between text lines ``a`` and ``b`` (URL blocks and page markers do not count)."""
    return sum(1 for k in range(a + 1, b) if kinds[k] == "blank")


def _split_subitems(item: _Owner, texts: list[str], kinds: list[str]) -> None:
    """Turn titled "- " lines of an item's body into sub-items that own their text."""
    body = item.body
    own: list[int] = []
    subs: list[_Owner] = []
    sub: _Owner | None = None
    enum = False
    parts_form: str | None = None  # the form the counted noun gives each part ("Tre filmer …:")
    k = 0
    prev_text = texts[item.line]
    while k < len(body):
        i = body[k]
        text = texts[i].strip()
        if _field(text):
            if sub is not None and _indent(texts[i]) > _indent(texts[sub.line]):
                # Indented under a sub-item's marker ("  · Checklista (2054)." / "    Typ: checklista"),
                # the field is the sub-item's: its indent puts it in the sub-item's text.
                sub.body.append(i)
                sub.lines.add(i)
            else:
                # A field line at the item's margin belongs to the item the bullet opened, also when it
                # follows the item's sub-items (a container whose own lines come after its children):
                # it ends a sub-item.
                own.append(i)
                sub = None
            prev_text = texts[i]
            k += 1
            continue
        if _DASH.match(texts[i]):
            starts_lower = text.lstrip("-– ")[:1].islower()
            if prev_text.rstrip().endswith(":") and not _DASH.match(prev_text):
                # the sentence that introduces the list may wrap: its count ("Tre korta webbkurser för
                # … och" / "unga:") stands on an earlier line than its colon
                intro = _intro_sentence([texts[item.line], *(texts[b] for b in body[:k])])
                counted = _counted_titles(intro, [texts[b] for b in body[k:]])
                parts_form = _counted_form(intro) if counted else None
                if not _closes_title(_untailed(text)[0]) and not counted and not announces_parts(intro):
                    # "Till modellen hör:", "Materialet består av:": the sentence says the lines are parts
                    enum = True  # a list the sentence introduces, unless it lists dated titles or counted parts
            if enum or starts_lower:
                own.append(i)
                sub = None
                prev_text = texts[i]
                k += 1
                continue
            rest = set(body[k + 1 :])
            extent = _title_extent(texts, kinds, i, set(range(len(texts))) - rest, wide=True)
            # a sub-item's line may close with its field ("– X (2050). Form: webbutbildning."): the field
            # is the sub-item's, the title ends before it
            dash_text, tail = _untailed(_join([texts[e] for e in extent]).lstrip("-– ").strip())
            candidate = _Owner(
                title=dash_text,
                line=i,
                heading=item.heading,
                subheading=item.subheading,
                parent=item,
                dash=True,
                tail=tail,
            )
            if not _name_dash(candidate, dash_text):
                own.extend(extent)
                sub = None
            else:
                candidate.lines.update(extent)
                candidate.form = candidate.form or parts_form
                subs.append(candidate)
                sub = candidate
            prev_text = texts[extent[-1]]
            k += len([e for e in extent if e in set(body)])
            continue
        if not text[:1].islower():
            enum = False
        parts_form = None
        if sub is not None and k and _blank_run(kinds, body[k - 1], i) >= 2:
            sub = None  # a paragraph break ends a sub-item's text
        if sub is not None:
            sub.body.append(i)
            sub.lines.add(i)
        else:
            own.append(i)
        prev_text = texts[i]
        k += 1
    titled = [s for s in subs if s.named is None]
    if len(titled) >= 2 and all(not s.body for s in titled[:-1]) and titled[-1].body:
        # A list of bare titles: the text after the last one is the item's again.
        own.extend(titled[-1].body)
        titled[-1].lines.difference_update(titled[-1].body)
        titled[-1].body = []
    item.body = sorted(own)
    item.lines = {item.line, *[x for x in item.lines if x not in {ln for s in subs for ln in s.lines}]}
    item.lines.update(item.body)
    item.children = subs
    series = _series_form(" ".join(texts[i].strip() for i in own))
    for s in subs:
        if series and s.form is None and not s.tail:
            s.form = series  # "Filmserie i tre delar": each part of a series of films is a film


def _intro_sentence(before: list[str]) -> str:
    """The sentence that ends on the last of the lines ``before`` a list (with its colon), joined over
    the lines it wraps across: back to a sentence's end, a list line, a field line or the title.

    >>> _intro_sentence(["X (2040)", "Kurs om oro. Tre korta kurser för personal i skola", "och fritids:"])
    'Tre korta kurser för personal i skola och fritids:'
    >>> _intro_sentence(["X (2040)", "- Del ett", "Till den hör:"])
    'Till den hör:'
    """
    parts: list[str] = []
    for line in reversed(before[1:]):
        if _DASH.match(line) or _field(line.strip()) or bullet(line) is not None or len(parts) >= 4:
            break
        parts.insert(0, line.strip())
        if _SENTENCE_END.search(line.strip()):
            break
    joined = _join(parts) if parts else (before[-1].strip() if before else "")
    return re.split(r"(?<=[.!?])\s+", joined)[-1]


#: What an item's own text calls it: a series of a form ("Filmserie i tre delar", "en serie med fyra
#: poddavsnitt"): the form noun before "serie" or after "serie med/av" (and a count).
_SERIES = re.compile(
    r"\b(?P<head>[A-ZÅÄÖa-zåäö]+?)serie(?:n|r|rna)?\b|\bserie(?:n)?\s+(?:med|av)\s+(?:\w+\s+)?(?P<tail>[a-zåäö]+)"
)


def _series_form(text: str) -> str | None:
    """The form of each part of a series the text names ("Filmserie i tre delar": film), else None.

    >>> _series_form("Filmserie i tre delar. Typ: film"), _series_form("En serie med tre filmer om oro.")
    ('film', 'film')
    >>> _series_form("Rapportserien om första linjen."), _series_form("En serie möten."), _series_form("Seriens delar")
    ('rapport', None, None)
    """
    for m in _SERIES.finditer(text):
        word = m.group("head") or m.group("tail")
        cue = cue_nouns().match(word.lower())
        if cue is not None and cue.kind == "resource" and cue.form:
            return cue.form
    return None


#: An age or an age range in running text ("18–25 år", "från 16 år", "6 till 12 år").
_AGES_IN_TEXT = re.compile(r"\b\d{1,3}(?:\s*(?:[-–]|till)\s*\d{1,3})?\s+år\b")


def _counted_titles(intro: str, rest: list[str]) -> bool:
    """Whether the sentence ``intro`` announces by number the parts the "- " lines after it name:
    "Den består av fyra moduler:" before four lines, "Tre filmer om …, framtagna med NASP:" before
    three. A count the list's length bears out, each line a short title ending no sentence, names
    an item's parts (its sub-items); a list of clauses or of sentences is the item's own text.

    >>> _counted_titles("Den består av fyra moduler:", ["- Del 1. Start", "- Del 2. Oro", "- Del 3. Slut", "- Mer"])
    True
    >>> _counted_titles("Tre filmer om självskada:", ["- Ines berättar", "- Att sluta", "- När kompisen", "Länk."])
    True
    >>> _counted_titles("Två filmer för unga 18–25 år (2060):", ["- Jag sa det", "- Rösten"])
    True
    >>> _counted_titles("Syftet är att:", ["- Minska bristen", "- Öka kunskapen"])
    False
    >>> _counted_titles("Två frågor:", ["- Hur mår du idag och varför?", "- Vad behöver du?"])
    False
    """
    # A year ("(2062)") or an age ("unga vuxna 18–25 år") in the sentence counts no parts.
    uncounted = _AGES_IN_TEXT.sub(" ", re.sub(rf"\b{_YEAR}\b", " ", intro.lower()))
    counts = [
        NUMBER_WORDS[w] if w in NUMBER_WORDS else int(w)
        for w in re.findall(r"[\wåäö]+", uncounted)
        if (w in NUMBER_WORDS or w.isdecimal()) and w not in ("en", "ett")
    ]
    lines: list[str] = []
    for text in rest:
        if not _DASH.match(text):
            break
        lines.append(text.strip().lstrip("-– ").strip())
    if not lines or len(counts) != 1 or counts[0] != len(lines):
        return False
    return all(line[:1].isupper() and len(line.split()) <= 10 and not re.search(r"[.!?]\s*$", line) for line in lines)


def _counted_form(intro: str) -> str | None:
    """The form the noun after the count of :func:`_counted_titles` gives each part: "Tre filmer om …"
    (a film each), "fyra moduler" (no form of the vocabulary: None).

    >>> _counted_form("Tre filmer om självskadebeteende hos unga:"), _counted_form("Den består av fyra moduler:")
    ('film', None)
    """
    words = re.findall(r"[\wåäö-]+", intro)
    for w, nxt in itertools.pairwise(words):
        if w.lower() in NUMBER_WORDS or w.isdigit():
            cue = cue_nouns().match(nxt)
            return cue.form if cue is not None and cue.kind == "resource" else None
    return None


def _name_dash(sub: _Owner, text: str) -> bool:
    """Decide whether a "- " line names a sub-item, and its name; False for list text."""
    inner = _YEAR_INNER.search(text)
    suffix = _YEAR_SUFFIX.search(text)
    if suffix and not _PERIOD.search(text[: suffix.start()]):
        return True  # "Använd SIP – ett verktyg vid samverkan, 0-18 år (2019)"
    if inner:
        title = _embedded_title(text[: inner.start()])
        if title:
            sub.named = f"{title} {inner.group()}"
            return True
        return False
    for m in _ADDRESSED.finditer(text):
        if _form_word(m.group(1)):
            sub.named = m.group(2)  # "Stöttning av … verktyget www.foljupp.nu, som …": named by its address
            cue = cue_of(m.group(1))
            sub.form = cue.code if cue is not None and cue.kind == "resource" and cue.code else None
            return True
    numbered = _NUMBERED_PART.match(text)
    if numbered and not _SENTENCE_END.search(numbered.group("title")) and len(text.split()) <= 12:
        return True  # "Modul 1. Att inleda samtalet": the period closes the part's number, not a sentence
    if _SENTENCE_END.search(text) or text.endswith("."):
        head, sep, _ = text.partition(" – ")
        if sep and len(head.split()) <= 4 and head[:1].isupper():
            sub.named = head  # "ACT – ett utvecklingsarbete med …"
            return True
        return False
    return len(text.split()) <= 18


# --------------------------------------------------------------------------- marks and links


def _all_owners(items: list[_Owner]) -> list[_Owner]:
    out: list[_Owner] = []
    for item in items:
        out.append(item)
        for child in item.children:
            out.append(child)
            out.extend(child.children)
    return out


def _text_with_offsets(texts: list[str], indices: list[int]) -> tuple[str, list[tuple[int, int]]]:
    parts: list[str] = []
    starts: list[tuple[int, int]] = []
    pos = 0
    for i in indices:
        starts.append((pos, i))
        parts.append(texts[i])
        pos += len(texts[i]) + 1
    return "\n".join(parts), starts


def _locate(starts: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    line, base = starts[0][1], 0
    for pos, i in starts:
        if pos > offset:
            break
        line, base = i, pos
    return line, offset - base


_VERSION_TITLE = re.compile(rf"\b(?P<noun>[a-zåäö]+)\s+(?P<title>[A-ZÅÄÖ][^.()]{{2,80}}?)\s*\((?P<a>{_YEAR})\)")


def _inline_documents(owner: _Owner, texts: list[str]) -> list[tuple[_Owner, int, int]]:
    """Titled documents with their own link mark inside an owner's body: "X (2017, länk)"."""
    indices = sorted(owner.body)
    if not indices:
        return []
    joined, starts = _text_with_offsets(texts, indices)
    found: list[tuple[_Owner, int, int]] = []
    boundary = 0
    for m in _YEAR_LINK.finditer(joined):
        segment = joined[boundary : m.start()]
        cut = boundary + max((s.end() for s in _PERIOD.finditer(segment)), default=0)
        title = _embedded_title(_join([joined[cut : m.start()]]))
        boundary = m.end()
        if not title:
            continue
        first_word = title.split()[0]
        line, _ = _locate(starts, max(cut, joined.find(first_word, cut)))
        doc = _Owner(
            title=f"{title} ({m.group('a')})",
            line=line,
            heading=owner.heading,
            subheading=owner.subheading,
            parent=owner,
        )
        sentence_start = max((s.end() for s in _PERIOD.finditer(joined[: m.start()])), default=0)
        sentence_end = _PERIOD.search(joined, m.end())
        doc.sentence = _join([joined[sentence_start : sentence_end.end() if sentence_end else len(joined)]])
        found.append((doc, m.start(), m.end()))
    # "Finns också i versionen Pausrummet för skolledare (2047).": a version noun in the definite form
    # before a title names a version of the item, dated by its bracket (a part of the item).
    for m in _VERSION_TITLE.finditer(joined):
        noun = m.group("noun")
        stem = stem_key(noun.lower())
        if stem not in form_nouns("variantNoun") or noun.lower() == stem or not noun.lower().endswith(DEFINITE_ENDINGS):
            continue
        title = clean(m.group("title"))
        if fold(title) == fold(_split_title(owner.title)[0]):
            continue
        line, _ = _locate(starts, m.start("title"))
        doc = _Owner(title=f"{title} ({m.group('a')})", line=line, heading=owner.heading, subheading=owner.subheading)
        doc.parent = owner
        sentence_start = max((s.end() for s in _PERIOD.finditer(joined[: m.start()])), default=0)
        stop = _PERIOD.search(joined, m.end())
        doc.sentence = _join([joined[sentence_start : stop.end() if stop else len(joined)]])
        found.append((doc, m.start("title"), m.end()))
    # "UPH har också gett ut en kort skrift, Samtal vid köksbordet, om …": a form noun in the
    # indefinite form with a title in apposition names another document the item's text tells of;
    # it is no part of the item (the text says nothing of the kind), so it takes no relation.
    for m in _APPOSITION.finditer(joined):
        noun = m.group("noun")
        noun_cue = cue_nouns().match(noun)
        title = clean(m.group("title"))
        if (
            noun_cue is None
            or noun_cue.kind != "resource"
            or noun.lower() != noun_cue.label.lower()
            or len(title.split()) > 8
        ):
            continue
        if fold(title) in fold(owner.title):
            continue
        line, _ = _locate(starts, m.start("title"))
        doc = _Owner(title=title, line=line, heading=owner.heading, subheading=owner.subheading, apart=True)
        form = cue_of(noun)
        doc.form = form.code if form is not None and form.kind == "resource" and form.code else None
        doc.named = title
        sentence_start = max((s.end() for s in _PERIOD.finditer(joined[: m.start()])), default=0)
        stop = _PERIOD.search(joined, m.end())
        doc.sentence = _join([joined[sentence_start : stop.end() if stop else len(joined)]])
        found.append((doc, m.start("title"), m.end("title")))
    # "Länk till projektrapport för X": a link to a document in the indefinite form (a new
    # document, where "rapporten" would be the item itself) titled after its preposition.
    for m in _LINK.finditer(joined):
        target = m.group("target") or ""
        head = re.match(r"(\S+)\s+(?:för|om|kring|från)\s+(?=[A-ZÅÄÖ])", target)
        if head is None or not _form_word(head.group(1)) or _definite_form(head.group(1)):
            continue
        begin = m.start("target") + head.end()
        stop = _PERIOD.search(joined, begin)  # the title runs to the sentence's end, past commas
        title = clean(joined[begin : stop.start() if stop else len(joined)]).rstrip(" .")
        if len(title) < 4 or fold(title) in fold(owner.title):
            continue
        line, _ = _locate(starts, m.start())
        doc = _Owner(title=title, line=line, heading=owner.heading, subheading=owner.subheading, parent=owner)
        cue = cue_of(head.group(1))
        doc.form = cue.code if cue is not None and cue.kind == "resource" and cue.code else None
        doc.named = title
        close = stop.end() if stop else len(joined)
        doc.sentence = _join([joined[m.start() : close]])
        found.append((doc, m.start(), close))
    return found


def _definite_form(word: str) -> bool:
    """Whether a form word is in the definite form ("rapporten", "filmerna"), not the label itself."""
    cue = cue_nouns().match(word.strip(",.:;"))
    return cue is not None and word.lower() != cue.label.lower() and word.lower().endswith(DEFINITE_ENDINGS)


def _marks(owner: _Owner, texts: list[str], inline: list[tuple[_Owner, int, int]]) -> list[_Mark]:
    indices = sorted(owner.lines)
    joined, starts = _text_with_offsets(texts, indices)
    marks: list[_Mark] = []
    spans: list[tuple[int, int]] = []

    # Inline spans are offsets in the body text; the marks are found in title + body.
    shift = _offset_of(starts, sorted(owner.body)[0]) if owner.body and inline else 0
    shifted = [(d, a + shift, b + shift) for d, a, b in inline]

    def target(pos: int) -> _Owner:
        return next((d for d, a, b in shifted if a <= pos < b), owner)

    for m in _LINK_WORD.finditer(joined):
        full = _LINK.match(joined, m.start())
        end = full.end() if full else m.end()
        spans.append((m.start(), end))
        line, col = _locate(starts, m.start())
        marks.append(_Mark(line, col, "strong", target(m.start()), joined[m.start() : end]))
    for m in _WWW.finditer(joined):
        if any(a <= m.start() < b for a, b in spans):
            continue
        spans.append((m.start(), m.end()))
        line, col = _locate(starts, m.start())
        address = m.group().rstrip(".")
        marks.append(_Mark(line, col, "www", owner, address, _host(address)))
    for m in _DOMAIN.finditer(joined):
        if any(a <= m.start() < b for a, b in spans):
            continue
        line, col = _locate(starts, m.start())
        marks.append(_Mark(line, col, "weak", owner, m.group(1), _host(m.group(1))))
    return marks


def _offset_of(starts: list[tuple[int, int]], line: int) -> int:
    """Offset in an owner's joined text of the line at which its body text starts."""
    return next(pos for pos, i in starts if i == line)


def _host(url: str) -> str:
    address = url if "//" in url else "http://" + url
    host = urlsplit(address).hostname or ""
    return fold(host.removeprefix("www."))


def _tokens(url: str, common: frozenset[str]) -> list[str]:
    text = fold(unquote(url.split("://", 1)[-1]))
    words = re.split(r"[^a-z0-9]+", text)
    return [w for w in words if len(w) >= 4 and not w.isdigit() and w not in common and w not in _FILE_EXTENSIONS]


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _similarity(text: str, url: str, common: frozenset[str]) -> float:
    tokens = _tokens(url, common)
    if not tokens:
        return 0.0
    compact = _compact(text)
    return sum(1 for t in tokens if t in compact) / len(tokens)


_NEG = -1e9


def _align(marks: list[_Mark], urls: list[str], texts: dict[int, str], common: frozenset[str]) -> list[int | None]:
    """Best in-order assignment of a page's marks to its URLs (index per mark, or None)."""
    n, k = len(marks), len(urls)

    def match(m: _Mark, u: str) -> float:
        if m.strength == "weak":
            return 1.5 if _host(u) == m.domain else _NEG
        if m.strength == "www":
            return 3.0 if _host(u) == m.domain else 1.0
        bonus = 1.0 if _host(u) and _host(u) in fold(m.phrase) else 0.0
        return 2.0 + bonus + _similarity(texts[id(m.owner)], u, common)

    def skip_mark(m: _Mark) -> float:
        return 0.0 if m.strength == "weak" else -3.0

    best = [[_NEG] * (k + 1) for _ in range(n + 1)]
    move: list[list[str]] = [[""] * (k + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for a in range(n + 1):
        for b in range(k + 1):
            if best[a][b] <= _NEG / 2:
                continue
            here = best[a][b]
            if a < n and b < k and (s := here + match(marks[a], urls[b])) > best[a + 1][b + 1]:
                best[a + 1][b + 1], move[a + 1][b + 1] = s, "m"
            if a < n and (s := here + skip_mark(marks[a])) > best[a + 1][b]:
                best[a + 1][b], move[a + 1][b] = s, "a"
            if b < k and (s := here - 1.5) > best[a][b + 1]:
                best[a][b + 1], move[a][b + 1] = s, "u"
    out: list[int | None] = [None] * n
    a, b = n, k
    while a or b:
        step = move[a][b]
        if step == "m":
            a, b = a - 1, b - 1
            out[a] = b
        elif step == "a":
            a -= 1
        else:
            b -= 1
    return out


def _normalise(address: str) -> str:
    return address if "://" in address else "http://" + address


def _same(a: str, b: str) -> bool:
    def key(u: str) -> str:
        s = urlsplit(_normalise(u))
        return fold((s.hostname or "").removeprefix("www.") + s.path.rstrip("/"))

    return key(a) == key(b)


def _by_title(owners: list[_Owner], url: str, common: frozenset[str]) -> _Owner | None:
    """The one owner whose title matches an unmarked URL (a parent wins over its parts)."""
    scores = [(_similarity(o.title, url, common), o) for o in owners]
    top = max((s for s, _ in scores), default=0.0)
    if top < 0.25:
        return None
    best = [o for s, o in scores if s == top]
    for o in best:
        if all(b is o or _ancestor(o, b) for b in best):
            return o
    return None


def _ancestor(a: _Owner, b: _Owner) -> bool:
    parent = b.parent
    while parent is not None:
        if parent is a:
            return True
        parent = parent.parent
    return False


def _resolve(owners: list[_Owner], marks: list[_Mark], doc: Document, kinds: list[str], pages: list[int]) -> list[str]:
    """Give each page's URLs to the owners of that page's marks; return the problems."""
    texts = [line.text for line in doc.lines]
    blocks: dict[int, list[tuple[int, str]]] = {}
    for i, kind in enumerate(kinds):
        if kind == "url":
            url = texts[i].strip()
            block = blocks.setdefault(pages[i], [])
            if not block or block[-1][1] != url:  # one link split over two lines gives two entries
                block.append((i, url))
    all_urls = [u for block in blocks.values() for _, u in block]
    df: dict[str, int] = {}
    for u in all_urls:
        for t in set(_tokens(u, frozenset())):
            df[t] = df.get(t, 0) + 1
    common = frozenset(t for t, c in df.items() if len(all_urls) >= 5 and c > 0.2 * len(all_urls))
    owner_text = {id(o): o.title + " " + _join([texts[i] for i in sorted(o.body)]) + " " + o.sentence for o in owners}
    problems: list[str] = []
    by_page: dict[int, list[_Mark]] = {}
    for m in sorted(marks, key=lambda m: (m.line, m.col)):
        by_page.setdefault(pages[m.line], []).append(m)
    for page in sorted(set(by_page) | set(blocks)):
        page_marks = by_page.get(page, [])
        block = blocks.get(page, [])
        urls = [u for _, u in block]
        assigned = _align(page_marks, urls, owner_text, common)
        used: set[int] = set()
        for m, j in zip(page_marks, assigned, strict=True):
            where = f"line {doc.lines[m.line].number}, page {page}"
            if j is None:
                if m.strength != "weak":
                    problems.append(f"unresolved link mark {m.phrase.strip()!r} ({where}): no URL left on the page")
                continue
            used.add(j)
            url = urls[j]
            if url.lower().startswith(_WEB_SCHEMES):
                if not any(_same(url, x) for x in m.owner.urls):
                    m.owner.urls.append(url)
            else:
                problems.append(f"link mark {m.phrase.strip()!r} ({where}) points to a non-web URL {url}")
        on_page = [o for o in owners if any(pages[i] == page for i in o.lines)]
        for j, url in enumerate(urls):
            if j in used:
                continue
            where = f"line {doc.lines[block[j][0]].number}, page {page}"
            owner = _by_title(on_page, url, common)
            if owner is not None:
                if not any(_same(url, x) for x in owner.urls):
                    owner.urls.append(url)
                problems.append(f"unmarked URL {url} ({where}) given to {owner.title!r} by its title")
            else:
                problems.append(f"left-over URL {url} ({where}): no link mark on the page")
    for m in marks:
        if m.strength == "www" and not any(_same(m.phrase, x) for x in m.owner.urls):
            m.owner.urls.append(_normalise(m.phrase))
    return problems


# --------------------------------------------------------------------------- assembly


def _normalised(doc: Document) -> Document:
    """``doc`` with its item glyph as :data:`_BULLET` and other list glyphs as "- " sub-items.

    The commonest non-dash glyph marks items ("\uf0b7" in a PDF export, "•" elsewhere); a
    report that only uses dashes has its commonest dash as the item glyph. A list level is
    a glyph's shape, not its code point: an export that mixes filled glyphs ("\uf0b7", "•",
    "▪") writes items with all of them, so every filled glyph at the items' indentation is an
    item; hollow shapes, dashes and deeper-indented glyphs (:attr:`Bullet.sub`) are sub-items.

    >>> d = _normalised(Document("r", (Line(1, "• A"), Line(2, "◦ a"), Line(3, "• B"))))
    >>> [ln.text for ln in d.lines] == ["\uf0b7 A", "- a", "\uf0b7 B"]
    True
    >>> d = _normalised(Document("r", (Line(1, " \uf0b7 A"), Line(2, "▪ B"), Line(3, " \uf0b7 C"), Line(4, "    ▪ c"))))
    >>> [ln.text for ln in d.lines] == [" \uf0b7 A", "\uf0b7 B", " \uf0b7 C", "    - c"]
    True
    """
    texts = [line.text for line in doc.lines]
    if marked_links := _glyph_link_lines(texts):
        # Convention of the link marks (the module docstring): "Länk till …" stands where a lost
        # hyperlink was. A glyph before it ("→ Länk till Livsrum") points at the link, it opens no
        # list item: the glyph becomes a space (positions kept) and the line is the item's text.
        unglyphed = list(doc.lines)
        for i in marked_links:
            b = bullet(texts[i])
            assert b is not None
            pos = texts[i].index(b.glyph)
            unglyphed[i] = replace(unglyphed[i], text=texts[i][:pos] + " " + texts[i][pos + 1 :])
        return _normalised(Document(doc.report, tuple(unglyphed)))
    if lettered := _lettered_lines(texts):
        # A lettered list ("a) …" … "g) …") is a list of sub-items, as "- " lines are.
        marked = list(doc.lines)
        for i in lettered:
            m = _LETTERED.match(texts[i])
            assert m is not None
            marked[i] = replace(marked[i], text=f"{m.group('indent')}- {m.group('text')}")
        return _normalised(Document(doc.report, tuple(marked)))
    primary = primary_glyph(texts)
    lost = _glyphless_items(texts) if primary != _BULLET else []
    if len(lost) >= 3 and 2 * len(lost) >= sum(1 for t in texts if bullet(t) is not None):
        # The export dropped the item glyph (of all items, or of many, the rest keeping theirs: a
        # private-use glyph lost in one part of the text, another glyph kept in the next):
        # its items keep their indent and dated titles, and then the undated ones are found too.
        at = set(_glyphless_items(texts, undated=True))
        marked = [
            replace(ln, text=f"{ln.text[: _indent(ln.text)]}{_BULLET} {ln.text.strip()}") if i in at else ln
            for i, ln in enumerate(doc.lines)
        ]
        return _normalised(Document(doc.report, tuple(marked)))
    if primary is None:
        dashes = Counter(b.glyph for t in texts if (b := bullet(t)) is not None)
        primary = dashes.most_common(1)[0][0] if dashes else None
    if primary is None:
        return doc
    indents = Counter(_indent(t) for t in texts if (b := bullet(t)) is not None and b.glyph == primary)
    item_indent = indents.most_common(1)[0][0]

    def is_item(b: Bullet, text: str) -> bool:
        if b.glyph == primary:
            return True
        if b.glyph == "o":
            return False
        return not b.dash and not b.sub and primary not in SUB_GLYPHS and _indent(text) <= item_indent + 1

    lines: list[Line] = []
    changed = False
    for line in doc.lines:
        b = bullet(line.text, word_sub=True)  # Word's second level ("o ") is a sub-item as a dash is
        if b is None or (b.dash and b.glyph != primary) or (b.glyph == _BULLET == primary):
            lines.append(line)
            continue
        indent = line.text[: _indent(line.text)]
        marker = _BULLET if is_item(b, line.text) else "-"
        lines.append(replace(line, text=f"{indent}{marker} {b.text}"))
        changed = True
    return Document(doc.report, tuple(lines)) if changed else doc


def _glyph_link_lines(texts: list[str]) -> list[int]:
    """Indices of lines where a list glyph opens a link mark ("→ Länk till Livsrum", "• Länk."): the
    mark of a lost hyperlink (:data:`_LINK`), whatever glyph the export set before it.

    >>> _glyph_link_lines(["◆ Livsrum (2078)", "  → Länk till Livsrum", "• Länkar och stöd", "→ Läs mer"])
    [1]
    """
    found: list[int] = []
    for i, text in enumerate(texts):
        b = bullet(text)
        if b is not None and _LINK.match(b.text) is not None:
            found.append(i)
    return found


# "a) Uppmärksamma – checklista", "2) Kartlägga": a list item labelled by a letter or number and a
# closing bracket (the label and its text).
_LETTERED = re.compile(r"^(?P<indent>\s*)(?P<label>[a-z]|\d{1,2})\)\s+(?P<text>\S.*?)\s*$")


def _lettered_lines(texts: list[str]) -> list[int]:
    """Indices of lines of lettered or numbered lists ("a) …", "b) …"; "1) …", "2) …"): a run of at
    least two labels in order from "a" or "1", one a line, with only blank lines between them.
    Such a list writes the parts of the item above it as another export writes "- " lines.

    >>> _lettered_lines(["Fyra steg:", "", "a) Ett", "", "b) Två", "", "Text c) inte", "d) Sist"])
    [2, 4]
    >>> _lettered_lines(["a) Ensam"]), _lettered_lines(["1) Ett", "2) Två", "4) Fyra"])
    ([], [0, 1])
    """
    found: list[int] = []
    run: list[int] = []
    expected = ""

    def close() -> None:
        if len(run) >= 2:
            found.extend(run)

    for i, text in enumerate(texts):
        if not text.strip():
            continue
        m = _LETTERED.match(text)
        label = m.group("label") if m else ""
        if m and run and label == expected:
            run.append(i)
        else:
            close()
            run = [i] if label in ("a", "1") else []
        if run:
            expected = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
    close()
    return found


def _glyphless_items(texts: list[str], undated: bool = False) -> list[int]:
    """Indices of item titles whose bullet glyph the export lost (a private-use glyph dropped).

    What is left of such an item is its layout: an indented line after a blank one, opening
    a title of at most three wrapped lines that ends in its year in brackets ("(2024)",
    "(2024–2026)") — the inventory's own convention for a title. Body text starts at the
    margin, headings have no year, and page numbers ("KAPITEL 3") are digits. Once an export
    is known to drop its glyphs, ``undated`` also finds the items without a year
    (:func:`_undated_item`). A title whose note follows separator glyphs ("Må bra · film · 2024",
    :func:`_separated_note`) is an item's even at the margin: no sentence or heading ends so.

    >>> _glyphless_items(["", " Må bra – lektioner (2024)", "", "Texten om det (2020).", "", " Rubrik"])
    [1]
    >>> _glyphless_items(["", " Rörelse för äldre – metodstöd för", "", "äldreverksamhet (2022)", "Text."])
    [1]
    >>> _glyphless_items(["https://x.se/", " Suicidprevention", " ", " Fråga om suicid (2023)", "Text."])
    [3]
    >>> _glyphless_items(["Rubrik", "", "Må bra · film · 2024", "", "Filmer om att må bra.", "", "Text (2024)"])
    [2]
    """
    found: list[int] = []
    for i, text in enumerate(texts):
        first = text.strip()
        if not first or not first[:1].isupper() or bullet(text) is not None:
            continue
        if not text[:1].isspace() and _separated_note(first) is None:
            continue  # at the margin, only a title with its note after separators ("X · film · 2036")
        if undated and not found and not _closes_title(first):
            # The list starts with its first item; before it stand the report's title and intro.
            if i not in _glyphless_items(texts[: i + 4]):
                continue
        if i and texts[i - 1].strip() and not _URL_LINE.match(texts[i - 1]):
            continue  # an item opens after a blank line, or after the link block ending a page
        parts, j = [first], i
        while not _closes_title(" ".join(parts)) and len(parts) < 3:
            j += 1
            while j < len(texts) and not texts[j].strip():
                j += 1
            if j >= len(texts) or texts[j][:1].isspace() or _URL_LINE.match(texts[j]):
                break  # a wrapped title goes on at the margin; an indented line opens the next one
            if bullet(texts[j], word_sub=True) is not None:
                break  # a list item: the line before it is a heading or a container
            if _SENTENCE_END.search(" ".join(parts)):
                break
            parts.append(texts[j].strip())
        if _closes_title(" ".join(parts)) and len(" ".join(parts)) <= 240:
            found.append(i)
        elif undated and _undated_item(texts, i):
            found.append(i)
    return found


def _next_filled(texts: list[str], j: int) -> int:
    while j < len(texts) and not texts[j].strip():
        j += 1
    return j


def _undated_item(texts: list[str], i: int) -> bool:
    """Whether the indented line ``i`` opens an item without a year: a container whose
    sub-items follow (a dash, a hollow glyph, Word's "o"), or a title (wrapped at the margin in
    lower case) followed by its description, a paragraph at the margin. A heading is followed
    by an indented line: the next item or heading.

    >>> _undated_item(["", " Samtalslinjen Ung chatt", "", "Chatten för unga stängdes 2026.", ""], 1)
    True
    >>> _undated_item(["", " Filmer på lätt svenska:", "", "- Att må dåligt (2026)"], 1)
    True
    >>> _undated_item(["", " Att bedöma rätt", "", "o Guiden (2025) – guide för rådgivning"], 1)
    True
    >>> _undated_item(["", " Första linjen", "", " Ingången – metodstöd (2027)", "", "Text."], 1)
    False
    """
    j = _next_filled(texts, i + 1)
    for _ in range(2):  # a title wraps at the margin in lower case
        if (
            j < len(texts)
            and not texts[j][:1].isspace()
            and texts[j].strip()[:1].islower()
            and bullet(texts[j], word_sub=True) is None
        ):
            j = _next_filled(texts, j + 1)
    if j >= len(texts) or _URL_LINE.match(texts[j]):
        return False
    b = bullet(texts[j], word_sub=True)
    if b is not None:
        return b.sub
    text = texts[j].strip()
    if texts[j][:1].isspace() or not text[:1].isupper():
        return False
    paragraph = [text]
    k = j
    while len(paragraph) < 4 and not _SENTENCE_END.search(" ".join(paragraph)):
        k = _next_filled(texts, k + 1)
        if k >= len(texts) or texts[k][:1].isspace() or bullet(texts[k]) is not None:
            break
        paragraph.append(texts[k].strip())
    return bool(_SENTENCE_END.search(" ".join(paragraph)))


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


@lru_cache(maxsize=4)
def _parse(doc: Document) -> _Parsed:
    """The inventory's reading of ``doc``, read once per text (the build asks for its mentions, its
    listed lines and its link problems in turn): a document is a frozen value, equal texts read alike."""
    doc = _normalised(doc)
    kinds = _kinds(doc)
    pages = _pages(doc)
    items, headings = _segment(doc, kinds)
    texts = [line.text for line in doc.lines]
    for item in items:
        if _heads_agreement(item.title):
            item.kind = "agreement"  # "Samverkansavtal mellan SKR och …": a post titled by an agreement's noun
        elif _calls_itself_network(_split_title(item.title)[0]) or _lists_networks(item):
            item.kind = "actor"  # reading guide: networks and working groups are actors
        elif _is_initiative(item, texts):
            item.kind = "initiative"
            for child in item.children:
                child_text = child.title + " " + _join([texts[i] for i in child.body])
                parent_text = _join([texts[i] for i in item.body])
                if re.search(r"delprojekt", parent_text, re.I) or _PROJECT.search(child_text):
                    child.kind = "initiative"
    marks: list[_Mark] = []
    for owner in _all_owners(items):
        inline = _inline_documents(owner, texts)
        for doc_owner, _, _ in inline:
            owner.children.append(doc_owner)
        marks.extend(_marks(owner, texts, inline))
    owners = _all_owners(items)
    problems = _resolve(owners, marks, doc, kinds, pages)
    lines = frozenset(doc.lines[i].number for i in headings)
    return _Parsed(doc=doc, owners=owners, problems=problems, pages=pages, headings=lines)


@lru_cache(maxsize=1)
def _agreement_nouns() -> tuple[str, ...]:
    """Nouns that head an agreement's title: the class's label and its ``pg:cueNoun`` values."""
    return ("överenskommelse", *(n.lower() for n in class_annotations("Agreement", "cueNoun")))


def _heads_agreement(title: str) -> bool:
    """Whether an entry's title opens with the noun of one agreement (``pg:Agreement``'s label or cue
    nouns, or a compound ending in one), in the singular: an inventory may list an agreement among its
    posts ("Överenskommelse om samverkan kring …", "Samverkansavtal mellan SKR och …"). The noun
    heads a title only as its first word; a plural ("Överenskommelser") or a noun further on ("Stöd
    vid lokala överenskommelser", "Avtalsmall för …") names a kind or a topic, no agreement.

    >>> _heads_agreement("Samverkansavtal mellan SKR och Föreningen X 2040–2042 (dnr SKR 9/1)")
    True
    >>> _heads_agreement("Överenskommelsen om stöd till X"), _heads_agreement("Överenskommelser om stöd")
    (True, False)
    >>> _heads_agreement("Stöd vid lokala överenskommelser"), _heads_agreement("Avtalsmall för kommuner")
    (False, False)
    """
    words = _split_title(title)[0].split()
    if not words or not words[0][:1].isupper():
        return False
    low = words[0].lower().strip('”“"')
    for ending in ("", "en", "et", "n"):
        if not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        if ending == "en" and stem.endswith("avtal"):
            continue  # "Avtalen": the definite plural of a neuter noun, a kind of agreements
        if any(stem.endswith(n) for n in _agreement_nouns()):
            return True
    return False


# "(dnr SKR 74/02211)", "(dnr 2040/17)": the registration number of an agreement in a note closing its title.
_DNR_NOTE = re.compile(r"\s*\(dnr\.?\s+(?:(?P<org>[A-ZÅÄÖ]{2,6})\s+)?(?P<number>\d+/\d+)\)\s*$", re.I)
_TITLE_SPAN = re.compile(rf"\b(?P<a>{_YEAR})(?:\s*[-–]\s*(?P<b>{_YEAR}))?\s*$")


def _is_initiative(item: _Owner, texts: list[str]) -> bool:
    """A project rather than a product: listed under a heading about projects, with a
    running period in its title or project words in its text."""
    first = _join([texts[i] for i in sorted(item.body)[:6]])
    if _calls_itself_initiative(item.title, _first_sentence(first)):
        return True
    note = _title_note(item.title)
    if note is not None and (cue := cue_nouns().match(note.form)) is not None and cue.kind == "initiative":
        return True  # the title's own note names it with an initiative's noun: "(pilot, läsåret 2034/35)"
    lead = _split_title(item.title)[0].split()
    if (
        len(lead) >= 2
        and lead[1][:1].isupper()
        and (cue := cue_nouns().match(lead[0])) is not None
        and cue.kind == "initiative"
        and _definite_form_of(lead[0], cue.label)
    ):
        return True  # "Piloten Kompassrosen (2046)": the title opens with an initiative's noun before the name
    if "projekt" not in fold(item.heading + " " + item.subheading):
        return False
    if _RANGE_IN_TITLE.search(item.title) or _PROJECT.search(item.title + " " + first):
        return True
    # Under a heading that names its items projects ("Projekt som drivs med stöd av …"), an item
    # is one unless its title names a product's form ("– rapport", "Guiden …").
    name = _split_title(item.title)[0]
    heading = fold(item.subheading or item.heading)
    # The heading's first word is "projekt" or a compound with it as its head ("Utvecklingsprojekt").
    names_projects = re.match(r"\w*projekt(?:en)?\b", heading) is not None
    return names_projects and not any(_form_word(w) for w in re.findall(r"[\w-]+", name))


def _calls_itself_initiative(title: str, sentence: str) -> bool:
    """Whether an item's first sentence says what it is with an initiative's noun, wherever it is listed.

    "Projektet Deplyftet är en satsning för att stödja …" (the item "Deplyftet"): the text's own noun
    decides the class, not the inventory it is listed in (reading guide: what the
    text says the thing is).

    >>> _calls_itself_initiative("Deplyftet", "Projektet Deplyftet är en satsning för att stödja kvaliteten.")
    True
    >>> _calls_itself_initiative("Bästa start", "Bästa start är en ny satsning inom elevhälsan.")
    True
    >>> _calls_itself_initiative("Väntekollen.se", "Väntekollen.se är en webbenkät om väntetider.")
    False
    """
    name = re.escape(title.strip())
    if not name:
        return False
    lead = re.match(rf"^(\w+)\s+{name}\b", sentence)
    # "X är en (ny) satsning": the noun after the article, or after one adjective.
    copula = re.match(rf"^(?:\w+\s+)?{name}\s+är\s+(?:en|ett)\s+(\w+)(?:\s+(\w+))?", sentence)
    words = [w for m in (lead, copula) if m for w in m.groups() if w]
    return any((cue := cue_nouns().match(w)) is not None and cue.kind == "initiative" for w in words)


def _calls_itself_network(name: str) -> bool:
    """Whether an item's title names a network or working group by its head noun: the first word
    in the definite form ("Nätverket för suicidpreventiva samordnare") or the last word of the
    main title ("Regionala chefsnätverket"). What the text says the thing is decides its class
    (the reading guide: networks and working groups are actors), not the list it is in.

    >>> [_calls_itself_network(t) for t in ("Nätverket för suicidpreventiva samordnare", "Regionala chefsnätverket")]
    [True, True]
    >>> [_calls_itself_network(t) for t in ("Reflekterande kollegiala samtalsgrupper", "Nätverksträffar om SIP")]
    [False, False]
    >>> _calls_itself_network("Lotsen i team"), _calls_itself_network("Lotsen för arbetsgrupper")
    (False, False)
    """
    main = re.split(r"\s[–-]\s|:\s|\s\(", name, maxsplit=1)[0]
    words = re.findall(r"[\wåäöÅÄÖé-]+", main)
    if not words:
        return False
    first = cue_nouns().match(words[0])
    if first is not None and first.kind == "network" and len(words) > 1 and _definite_form_of(words[0], first.label):
        return True
    last = cue_nouns().match(words[-1])
    if len(words) >= 2 and words[-2].lower() in PREPOSITIONS:
        return False  # "Broslaget i team": a noun after a preposition is an attribute, not the title's head
    return last is not None and last.kind == "network"


def _lists_networks(item: _Owner) -> bool:
    """Whether the heading an item is listed under names networks by its head noun, its first word
    ("Nätverk som UPH samordnar"): the heading says what its items are, and networks are actors.

    >>> _lists_networks(_Owner("BUP-chefer i samverkan", 0, "NÄTVERK SOM UPH SAMORDNAR", ""))
    True
    >>> _lists_networks(_Owner("Filmer", 0, "Material om nätverk", ""))
    False
    """
    words = re.findall(r"[\wåäöÅÄÖé-]+", item.subheading or item.heading)
    cue = cue_nouns().match(words[0].lower()) if words else None
    return cue is not None and cue.kind == "network" and not item.children


def _definite_form_of(word: str, label: str) -> bool:
    w = word.lower()
    return w != label.lower() and w.endswith(DEFINITE_ENDINGS)


def _status(heading: str) -> str | None:
    """The status a heading gives everything listed under it ("Verktyg som inte längre är i
    bruk"), read with the labels of the status vocabulary (ontology/vocab/status.ttl); in a
    heading that scopes a list, a ``pg:mentionLabel`` ("inte längre") names the status too.

    >>> _status("Verktyg som inte längre är i bruk"), _status("Material som inte längre uppdateras"), _status("Filmer")
    ('ej-i-bruk', 'ej-i-bruk', None)
    >>> _status("Del 11 – Utgångna material"), _status("Del 12 – Pågående arbeten"), _status("Pågående projekt")
    ('ej-i-bruk', 'under-utveckling', None)
    """
    codes = [t.code for t in lexicon().tag(heading) if t.scheme == "status"]
    return codes[0] if codes else None


@dataclass
class _Fields:
    """What an item's own field lines say (see :func:`_field`)."""

    forms: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    care_levels: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    age_min: int | None = None
    age_max: int | None = None


def _fields(lines: list[str]) -> _Fields:
    """Facets of an item from its field lines, each value read with the vocabulary: "Form:" its
    form, "Målgrupp:" its target group and ages (a target line that names users, "personal på
    vårdcentraler", gives the audience: what the words say decides, not the label), "Användare:"
    its audience, "År:" every year it gives ("2030, reviderad 2032", "2032–2034"); a planned date
    ("Planerad lansering: 2034") gives none. The service a user line places its users in
    ("Användare: personal inom socialtjänsten") is the item's care level (the sector it is made
    for); a target line's service is read from the item's text with the rest of it.

    >>> f = _fields(["Form: guide", "Målgrupp: unga 13–24 år", "År: 2030, reviderad 2032"])
    >>> f.forms, f.target_groups, f.years, (f.age_min, f.age_max)
    (('guide',), ('unga',), (2030, 2032), (13, 24))
    >>> f = _fields(["Målgrupp: personal på vårdcentraler", "Planerad lansering: 2034"])
    >>> f.audience, f.target_groups, f.care_levels, f.years
    (('personal',), (), (), ())
    >>> _fields(["Användare: personal inom socialtjänsten"]).care_levels
    ('socialtjanst',)
    >>> _fields(["Ett stöd för lärare. Typ: vägledning"]).forms, _fields(["Om X. Form: app."]).forms
    (('guide',), ('app',))
    >>> _fields(["Typ: filmserie"]).forms
    ('film',)
    """
    forms: list[str] = []
    targets: list[str] = []
    audience: list[str] = []
    levels: list[str] = []
    years: list[int] = []
    ages: tuple[int | None, int | None] = (None, None)
    found_fields: list[tuple[str, str]] = []
    for line in lines:
        whole = _field(line)
        # a field on its own line, or fields that close the sentences of a text line (_inline_fields)
        found_fields += [whole] if whole else [(role, value) for _, role, value in _inline_fields(line)]
    for role, value in found_fields:
        if role == "years":
            years += [int(y) for y in re.findall(rf"\b{_YEAR}\b", value)]
            continue
        tags = [t for t in lexicon().tag(value)] if role in ("form", "target", "audience") else []
        if role == "form":
            coded = [t.code for t in tags if t.scheme == "resource-form"][:1]
            if not coded and (cue := cue_nouns().match(value.strip().lower())) is not None and cue.kind == "resource":
                coded = [cue.form] if cue.form else []  # a compound of a form noun ("filmserie": films)
            forms += coded
        elif role in ("target", "audience"):
            audience += [t.code for t in tags if t.scheme == "audience"]
            if role == "audience":
                levels += [t.code for t in tags if t.scheme == "care-level"]
            if role == "target":
                targets += [t.code for t in tags if t.scheme == "target-group"]
                if ages == (None, None) and (span := facts.age_range(value)):
                    ages = span[0], span[1]
    return _Fields(_uniq(forms), _uniq(targets), _uniq(audience), _uniq(levels), tuple(sorted(set(years))), *ages)


def _uniq(codes: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(codes))


def _first_sentence(text: str) -> str:
    m = _SENTENCE_END.search(text)
    return text[: m.end()].strip() if m else text


def _mention(owner: _Owner, doc: Document, pages: list[int]) -> Mention:
    texts = [line.text for line in doc.lines]
    if owner.kind == "agreement":
        return _agreement(owner, doc, pages)
    name, years, alts = _split_title(owner.named or owner.title)
    if owner.named:
        first = owner.named.split(" ", 1)
        if len(first) == 2 and _form_word(first[0]) and first[1][:1].isupper():
            name, alts = _split_title(first[1])[0], (*alts, first[1].split(" (")[0])
            alts = tuple(a for a in alts if a != name)
    if owner.sentence:
        description = owner.sentence
    elif owner.named:
        description = _join([texts[i] for i in sorted(owner.lines)]).lstrip("-– ")
    else:
        description = _join([texts[i] for i in sorted(owner.body)])
    alts = (*alts, *_abbreviation_aliases((name, *alts), description))
    section = " › ".join(h for h in (owner.heading, owner.subheading) if h)
    relations: list[Relation] = []
    if owner.parent is not None:
        # "Kompassrosen – skattning av mående" under "Kompassrosen – samtalsmodell …": a part's title opens
        # with its parent's short name, which names the parent, not the part
        parent_name, _, parent_alts = _split_title(owner.parent.named or owner.parent.title)
        alts = tuple(a for a in alts if a not in (parent_name, *parent_alts))
        relations.append(Relation("part-of", owner.parent.kind, _split_title(owner.parent.title)[0]))
    for child in owner.children:
        if child.apart:
            continue
        relations.append(Relation("has-part", child.kind, _child_name(child)))
    own_fields = [owner.tail] if owner.tail else []
    fields = _fields([*own_fields, *(texts[i] for i in sorted(owner.body))]) if owner.kind != "actor" else _Fields()
    years = tuple(sorted({*years, *fields.years, *owner.years}))
    if not years and not owner.apart and not re.search(rf"\b{_YEAR}\b", name):
        # "Nytt material 2055" over entries that print no year: a list's heading year dates every entry
        # it lists that gives none of its own (a span, "Projekt 2050–2053", dates no single entry)
        years = dating_years(owner.subheading) or dating_years(owner.heading)
    suffix = _YEAR_SUFFIX.search(owner.named or owner.title)
    note = _title_note(owner.named or owner.title)
    note_form = suffix.group("form") if suffix and suffix.group("form") else note.form if note else None
    bracket_form = cue_of(note_form) if note_form else None
    bracket_code = bracket_form.code if bracket_form is not None and bracket_form.kind == "resource" else None
    if note_form and bracket_form is None and (cue := cue_nouns().match(note_form)) is not None:
        bracket_code = cue.form if cue.kind == "resource" else None  # a form label running text has no cue for
    forms = tuple(
        dict.fromkeys(
            f
            for f in (
                owner.form,
                *fields.forms,
                bracket_code,
            )
            if f
        )
    )
    start = end = None
    if owner.kind == "initiative" and years:
        start, end = str(years[0]), (str(years[-1]) if len(years) > 1 else None)
    line = doc.lines[owner.line]
    return Mention(
        kind=owner.kind,
        name=name,
        source=Source(
            report=doc.report,
            line=line.number,
            quote=quote(f"{owner.title} {_first_sentence(description)}"),
            page=pages[owner.line],
            section=section,
        ),
        description=description,
        # A heading scopes the items listed under it; a document an item's text names in passing
        # is not listed there (its section still says where it stands).
        heading="" if owner.apart else owner.heading,
        alt_names=alts,
        years=years,
        start=start,
        end=end,
        urls=tuple(owner.urls),
        forms=forms if owner.kind == "resource" else (),
        target_groups=fields.target_groups,
        audience=fields.audience,
        care_levels=fields.care_levels,
        age_min=fields.age_min,
        age_max=fields.age_max,
        actor_types=("natverk",) if owner.kind == "actor" else (),
        status=_status(" ".join((owner.heading, owner.subheading, (owner.parent or owner).scope))),
        relations=tuple(relations),
        extra=(("subheading", owner.subheading),) if owner.subheading else (),
    )


def _agreement(owner: _Owner, doc: Document, pages: list[int]) -> Mention:
    """An agreement listed as a post (:func:`_heads_agreement`): its title is its name, the period the
    title closes with its years, a "(dnr …)" note its identifier. The post's field lines and link marks
    are the post's material, not the agreement's facets (an agreement has no form)."""
    texts = [line.text for line in doc.lines]
    title = owner.title
    identifiers: tuple[str, ...] = ()
    if dnr := _DNR_NOTE.search(title):
        org = dnr.group("org")
        identifiers = (f"{org.upper()} dnr {dnr.group('number')}" if org else f"dnr {dnr.group('number')}",)
        title = title[: dnr.start()]
    name, years, alts = _split_title(title)
    if not years and (span := _TITLE_SPAN.search(name)):
        years = _years(span)
    description = _join([texts[i] for i in sorted(owner.body)])
    line = doc.lines[owner.line]
    return Mention(
        kind="agreement",
        name=name,
        source=Source(
            report=doc.report,
            line=line.number,
            quote=quote(f"{owner.title} {_first_sentence(description)}"),
            page=pages[owner.line],
            section=" › ".join(h for h in (owner.heading, owner.subheading) if h),
        ),
        description=description,
        heading=owner.heading,
        alt_names=alts,
        years=years,
        start=str(years[0]) if years else None,
        end=str(years[-1]) if len(years) > 1 else None,
        urls=tuple(owner.urls),
        identifiers=identifiers,
    )


_ABBR_TOKEN = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][A-Za-zÅÄÖåäö0-9]*(?:-[A-ZÅÄÖ0-9][A-Za-zÅÄÖåäö0-9]*)*)(-[a-zåäö]+)?(?![\w-])"
)


def _capitals(token: str) -> str:
    return "".join(c for c in token if c.isupper() or c.isdigit())


def _is_abbreviation(token: str) -> bool:
    letters = [c for c in token if c.isalpha()]
    return 2 <= len(letters) <= 10 and 2 * sum(c.isupper() for c in letters) >= len(letters) + 1


def _one_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one character dropped (or the reverse)."""
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _abbreviation_aliases(names: tuple[str, ...], description: str) -> tuple[str, ...]:
    """Other names an item's own text gives its abbreviation: the spelled-out name before it in
    parentheses ("Children and Adolescents Service Experience (ChASE)", initials matching the
    capitals), and written variants of it — without hyphens, with a compound head ("CGAS-skalan"),
    or one letter apart ("C-GA" for "C-GAS").

    >>> _abbreviation_aliases(("Webbutbildning C-GAS",), "I kursen C-GA kan man skatta enligt CGAS-skalan.")
    ('C-GA', 'CGAS-skalan')
    >>> _abbreviation_aliases(("ChASE – formulär",), "Formuläret Children and Adolescents Service Experience (ChASE)")
    ('Children and Adolescents Service Experience',)
    """
    # The item's own abbreviations: standing alone in its names ("IMR-appen" is an app named after
    # IMR, not IMR), capitals but for at most one letter ("ChASE", not "PrinSIP").
    abbrs = {
        t.group(1)
        for n in names
        for t in _ABBR_TOKEN.finditer(n)
        if not t.group(2) and _is_abbreviation(t.group(1)) and sum(c.islower() for c in t.group(1)) <= 1
    }
    keys = {_capitals(a) for a in abbrs}
    out: list[str] = []
    for abbr in abbrs:
        for m in re.finditer(rf"\(\s*{re.escape(abbr)}\s*\)", description):
            words = description[: m.start()].split()
            run: list[str] = []
            for word in reversed(words[-8:]):
                if not (word[:1].isupper() or word.lower() in {"and", "of", "for", "the", "och", "för", "i"}):
                    break
                run.insert(0, word)
            while run and (not run[0][:1].isupper() or _form_word(run[0])):
                run.pop(0)
            if run and "".join(w[0] for w in run if w[:1].isupper()) == _capitals(abbr):
                out.append(" ".join(run))
    for m in _ABBR_TOKEN.finditer(description):
        token, head = m.group(1), m.group(2)
        # The abbreviation as the title spells it is the item's own name (or, as a compound's first
        # part, another thing named after it: "SIP-mötet"); a variant spelling refers to the item.
        if not _is_abbreviation(token) or token in abbrs:
            continue
        key = _capitals(token)
        if len(key) >= 3 and any(key == k or _one_apart(key, k) for k in keys):
            out.append(token + (head or ""))
    return tuple(dict.fromkeys(a for a in out if a not in names))


def _child_name(child: _Owner) -> str:
    name = _split_title(child.named or child.title)[0]
    first, _, rest = name.partition(" ")
    return rest if _form_word(first) and rest[:1].isupper() else name


def link_problems(doc: Document) -> list[str]:
    """Link marks without a URL and URLs without a mark, for the build report.

    >>> text = "\\uf0b7 Ett verktyg\\n\\nText. Länk till verktyget. (länk)\\n\\nhttps://a.se/\\n"
    >>> link_problems(Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\\n")))))
    ["unresolved link mark 'Länk till verktyget' (line 3, page 1): no URL left on the page"]
    """
    return _parse(doc).problems


def _fielded(texts: list[str]) -> float:
    """Score of an inventory whose items carry labelled field lines instead of link marks ("❖ X" /
    "Form: guide" / "Målgrupp: …" / "År: 2032"): the share of items (at least eight) with a field
    line before the next item, counted only when most items have one. The field lines are short,
    so such a text also looks like a slide deck; labelled lines under four items in five are this
    layout's convention, not a deck's, and score as high as a deck can.

    >>> _fielded(["\uf0b7 A", "Form: guide", "År: 2030"] * 8)
    1.0
    >>> _fielded(["\uf0b7 A", "Text."] * 8)
    0.0
    """
    items = [i for i, t in enumerate(texts) if t.lstrip().startswith(_BULLET)]
    if len(items) < 8:
        return 0.0
    ends = [*items[1:], len(texts)]
    with_fields = sum(1 for a, b in zip(items, ends, strict=True) if any(_field(t) for t in texts[a + 1 : b]))
    share = with_fields / len(items)
    return round(min(1.0, 0.45 + 0.7 * share), 3) if share >= 0.5 else 0.0


def _noted(title: str, block: list[str]) -> bool:
    """Whether an item carries an inventory's note of what and when it is: its title a year in
    brackets or a note of form and years (:func:`_title_note`), its text a field line, a link
    mark or a web address, or a note of form and years in brackets that closes a paragraph of its
    text (an edition that moves the note from the title to the end of the description).

    >>> _noted("Alfa", ["Alfa är ett program för förskolan.", "Det prövades 2060. (program)"])
    True
    >>> _noted("Beta", ["Om Beta för lärare.", "", "(lärarhandledning, 2064)"])
    True
    >>> _noted("Gamma", ["Gamma tränar barnen (och föräldrarna)."]), _noted("Delta", ["Se Delta (SIP)"])
    (False, False)
    """
    if _YEAR_INNER.search(title) or _title_note(title) is not None:
        return True
    if any(_field(t) or _LINK_WORD.search(t) or _URL_LINE.match(t) or _WWW.search(t) for t in block):
        return True
    # The note closes a paragraph: the text before it is the paragraph's, so the note is read as
    # closing "<paragraph> (note)"; a note on a line of its own closes the paragraph above it.
    paragraph = " ".join(t.strip() for t in block if t.strip())
    return any(
        _bracket_note(f"{paragraph[: m.start()]} {m.group(0)}".strip()) is not None
        for m in _CLOSING_NOTE.finditer(paragraph)
    )


def _structure(texts: list[str], kinds: list[str]) -> tuple[int, float, float, int]:
    """An inventory's structure, whatever its glyphs and marks: (items, share of items with a short
    title followed by their own description, share of those with a note of form and year or a
    link, headings over items).

    An item is a bullet line (the item glyph of :func:`_normalised`); its title is short and ends
    no sentence, its description is the paragraph after it that opens with a capital and ends a
    sentence before the next item. A heading is a short line of heading shape right above an item
    or above the lead sentence of a list.

    >>> t = ["Alfa", "", "\uf0b7 A · film · 2030", "", "Film om A.", "", "\uf0b7 B (2031)", "Om B.", "Beta", "\uf0b7 C"]
    >>> _structure(t, _plain_kinds(t))
    (3, 0.667, 1.0, 2)
    """
    items = [i for i, t in enumerate(texts) if t.lstrip().startswith(_BULLET)]
    if not items:
        return 0, 0.0, 0.0, 0
    ends = [*items[1:], len(texts)]
    described = noted = 0
    headings: set[int] = set()
    for a, b in zip(items, ends, strict=True):
        before = [k for k in range(a - 1, -1, -1) if kinds[k] == "text"][:2]
        if before and texts[before[0]].rstrip().endswith(":"):
            before = before[1:]  # a list's lead sentence ("Stöd som ännu inte är färdigställda:")
        if before and _is_heading_shape(texts[before[0]].strip()):
            headings.add(before[0])
        title = texts[a].strip().lstrip(_BULLET).strip()
        if len(title.split()) > 18 or _PERIOD.search(title) or title.endswith((".", ":", ";", ",")):
            continue
        extent = _title_extent(texts, kinds, a, set(), wide=False)
        title = _join([texts[k].replace(_BULLET, " ") for k in extent])
        body = [k for k in range(extent[-1] + 1, b) if kinds[k] == "text"]
        first = texts[body[0]].strip() if body else ""
        paragraph = " ".join(texts[k].strip() for k in body[:4])
        if not (first[:1].isupper() or first[:1].isdigit()) or bullet(first) is not None:
            continue
        if not _SENTENCE_END.search(paragraph + " "):
            continue
        described += 1
        block = [texts[k] for k in range(extent[-1] + 1, b) if kinds[k] in ("text", "url")]
        noted += _noted(title, block)
    return len(items), round(described / len(items), 3), round(noted / max(1, described), 3), len(headings)


def _itemised(texts: list[str], kinds: list[str]) -> float:
    """Score of an inventory by its structure (:func:`_structure`), whatever glyphs, separators and
    marks it writes: at least eight items under at least two headings, three in five of them a short
    title with its own description, and half of those with a note of form and year or a link. Other
    layouts list bullets too, but as points of a slide, goals or activities of a plan, or lines of a
    report: few of them are titles each followed by a description, fewer still with a note.

    >>> t = ["Alfa", "", "\uf0b7 A · film · 2030", "", "Film om A.", "", "Beta", "", "\uf0b7 B (2031)", "Om B."]
    >>> _itemised(t * 4, _plain_kinds(t * 4))
    1.0
    >>> t = ["Alfa", "", "\uf0b7 Mål ett", "", "Text om målet.", "Beta", "\uf0b7 Ett mål", "\uf0b7 Fler mål"]
    >>> _itemised(t * 4, _plain_kinds(t * 4))
    0.0
    """
    items, described, noted, headings = _structure(texts, kinds)
    if items < 8 or headings < 2 or described < 0.6 or noted < 0.5:
        return 0.0
    return round(0.3 + 0.3 * described + 0.3 * noted + 0.1 * min(1.0, headings / 4), 3)


class InventoryLayout(Layout):
    """Layout of an inventory: glyph-bulleted items, headings, page-end URL blocks."""

    name = "inventory"

    def score(self, doc: Document) -> float:
        """The best of three readings: bullet glyphs with link marks, page-end URL blocks and
        "KAPITEL" markers (the PDF export); items with field lines (:func:`_fielded`); and the
        structure of any inventory, whatever its glyphs and marks (:func:`_itemised`).

        >>> InventoryLayout().score(Document("r", (Line(1, "Plain text."),)))
        0.0
        """
        doc = _normalised(doc)
        texts = [line.text for line in doc.lines]
        bullets = sum(1 for t in texts if t.lstrip().startswith(_BULLET))
        links = sum(len(_LINK_WORD.findall(t)) for t in texts)
        kinds = _kinds(doc)
        blocks = sum(
            1
            for i, k in enumerate(kinds)
            if k == "url" and i + 1 < len(kinds) and kinds[i + 1] == "text" and texts[i + 1][:1].isspace()
        )
        # Page furniture right before a page's link block ("KAPITEL" and its number).
        marker = any(k == "marker" and "url" in kinds[i : i + 8] for i, k in enumerate(kinds))
        # Bullets alone are common to every layout: they count as items with link marks.
        linked = round(
            0.4 * min(1.0, bullets / 15) * min(1.0, links / 25)
            + 0.3 * min(1.0, links / 10)
            + 0.15 * min(1.0, blocks / 5)
            + 0.15 * float(marker),
            3,
        )
        return max(linked, _fielded(texts), _itemised(texts, kinds))

    def extract(self, doc: Document) -> list[Mention]:
        """One mention per item, sub-item, titled document and project, in text order."""
        parsed = _parse(doc)
        ordered = sorted(parsed.owners, key=lambda o: o.line)
        return [_mention(o, parsed.doc, parsed.pages) for o in ordered]

    def listed_lines(self, doc: Document) -> frozenset[int]:
        """Numbers of the lines read as the headings of the lists ("Del 4 – Elevhälsa", "Filmer"): a
        heading names a group of items, no thing and no sentence, so no reader of running text should
        read it as a title or join it to the entry above it ("… Typ: metodstöd" / "Del 4 – Elevhälsa").

        >>> text = "Material 2060\\n\\nDel 1 – Skola\\n\\n\\uf0b7 X (2059)\\n\\nOm X. Typ: app\\n\\n"
        >>> text += "Del 2 – Äldre\\n\\n\\uf0b7 Y (2058)"
        >>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\\n"))))
        >>> sorted(InventoryLayout().listed_lines(doc))
        [3, 9]
        """
        return _parse(doc).headings

    def problems(self, doc: Document) -> list[str]:
        """Link problems for the build report (see :func:`link_problems`)."""
        return link_problems(doc)
