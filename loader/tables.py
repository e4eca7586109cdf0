"""Tab-separated tables, wherever a report prints them: events, actors and resources by row.

A table opens with a header row whose every cell is a header word of the vocabulary
(``pg:columnWord`` in ``ontology/psykgraf.ttl``: "Datum", "Ansvarig", "Part", "Roll" …).
Each header word names a column role, and the roles decide what a row is: a date column
makes events, an actor column (without a name column) makes actors, a name column makes
resources. Each row gives one mention whose quote is the row as printed.

:func:`body_tables` finds such tables anywhere in a document (the pipeline reads those
outside the appendices the appendix layout reads); :func:`table_mentions` turns a table
into mentions; :func:`masked` hides the lines of read tables from the layouts, so that a
row is never read again as a sentence or a heading with its cells joined.

>>> text = "Planerade arrangemang 2025\\n\\nDatum\\tArrangemang\\tAnsvarig\\n2025-02-12\\tLänsträff\\tRegion Dalarna"
>>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\\n"))))
>>> [(m.kind, m.name, m.start, m.source.section, [a.name for a in m.actors]) for m in read_body_tables(doc)]
[('event', 'Länsträff', '2025-02-12', 'Planerade arrangemang 2025', ['Region Dalarna'])]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from loader.actors import ActorLexicon
from loader.grammar import DEFINITE_ENDINGS, PERIOD_AFTER_YEAR, PERIOD_PREPOSITIONS
from loader.grammar import month as grammar_month
from loader.layouts.bullets import is_bullet
from loader.layouts.cues import cue_of
from loader.lexicon import term_annotations
from loader.model import ActorRole, Document, Line, Mention, Source
from loader.text import clean, fold, quote

__all__ = [
    "CAPTION",
    "ISO_DATE",
    "PROSE_LINE",
    "YEAR",
    "Row",
    "Table",
    "aligned_table",
    "body_tables",
    "column_words",
    "dated_entry",
    "dated_list",
    "dating_years",
    "header_roles",
    "is_row",
    "is_rule",
    "masked",
    "read_body_tables",
    "split_cells",
    "table_mentions",
    "urls",
]

_PG = "https://w3id.org/psykgraf/ontology#"
#: The ontology term a header word is annotated on → the column role it gives.
_TERM_ROLES = {
    _PG + "code": "code",
    "https://schema.org/startDate": "date",
    "https://schema.org/endDate": "end",
    _PG + "organizer": "organizer",
    _PG + "Actor": "actor",
    _PG + "collaborationArea": "area",
    _PG + "targetGroup": "target",
    _PG + "participant": "participants",
    _PG + "form": "type",
    "https://schema.org/location": "location",
    "http://purl.org/dc/terms/description": "description",
    "https://schema.org/url": "url",
    "http://www.w3.org/2000/01/rdf-schema#label": "name",
}
#: Header words at least this long are also read as the last part of a compound ("Samverkansområde").
_COMPOUND_MIN = 5
#: Endings of a header word in the plural or definite form ("Parter", "Orter", "Datumen").
_ENDINGS = tuple(sorted({fold(e) for e in DEFINITE_ENDINGS} | {"er", "ar", "or", "r"}, key=len, reverse=True))

#: A table's numbered caption: "Tabell 1. Uppföljning av första linjen 2044–2046", "Tab. 2: Deltagare".
CAPTION = re.compile(r"^\s*(?:Tabell|Tab\.|Table)\s+\d{1,2}\b[.:]?\s+\S")
ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?[-\s./]*([A-Za-zÅÄÖåäö]{3,})")
YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_ANGLE_URL = re.compile(r"<(https?://[^>\s]+)>")
_BARE_URL = re.compile(r"https?://[^\s<>\]]+")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöé]+"
_TRAILING_PLACE = re.compile(
    rf"(?:\(({_NAME_WORD}(?:[- ]{_NAME_WORD})?)\)|\s[–-]\s+({_NAME_WORD}(?:-{_NAME_WORD})?))\s*$"
)
_ACRONYM = re.compile(r"^[A-ZÅÄÖ0-9&-]{2,8}$")
_ORG_WORD = re.compile(
    r"forening|forbund|universitet|hogskol|institut|verket|myndighet|styrelse|kassan|departement|"
    r"centrum|center|kommun|region|landsting|\bab\b|organisation|\.se\b|\.nu\b|\.com\b|\.org\b"
)
# Conjunctions joining several organisers in one cell ("Kansliet och Länsstyrelsen Dalarna").
_AND = re.compile(r"\s+(?:och|samt|&)\s+")
#: Lines longer than this are running prose, not a wrapped table cell.
PROSE_LINE = 150


@lru_cache(maxsize=1)
def column_words() -> tuple[tuple[str, str], ...]:
    """(folded header word, column role) of the vocabulary's ``pg:columnWord`` annotations.

    >>> ("ansvarig", "organizer") in column_words(), ("part", "actor") in column_words()
    (True, True)
    """
    return tuple(
        sorted((fold(word), _TERM_ROLES[term]) for term, word in term_annotations("columnWord") if term in _TERM_ROLES)
    )


def _role(word: str) -> str | None:
    """The column role of one folded header word: the word itself or inflected ("Parter", "Orter"),
    else the last part of a compound (Swedish compounds are headed by their last part:
    "Samverkansområde", "Stödmaterial"), inflected or not.

    >>> _role("samverkansomraden"), _role("typer"), _role("information")
    ('area', 'type', None)
    """
    words = dict(column_words())
    if word in words:
        return words[word]
    for key in sorted(words, key=len, reverse=True):
        stems = {word[: len(word) - len(e)] for e in ("", *_ENDINGS) if word.endswith(e)}
        if any(stem == key or (len(key) >= _COMPOUND_MIN and stem.endswith(key)) for stem in stems):
            return words[key]
    return None


def header_roles(cells: Sequence[str], opens: bool = False) -> tuple[str, ...] | None:
    """Column roles if every non-empty cell is a header of known words, else None.

    A cell's role is its first word that is a header word ("Namn på arrangemang" is a name).

    >>> header_roles(["Datum", "Arrangemang", "Ansvarig"]), header_roles(["Part", "Roll"])
    (('date', 'name', 'organizer'), ('actor', 'area'))
    >>> header_roles(["Aktör", "Samverkansområde"]), header_roles(["Region Dalarna", "IPS"])
    (('actor', 'area'), None)
    >>> header_roles(["Datum", "Webbinarium", "Deltagare"])
    ('date', 'name', 'participants')

    With ``opens`` (the line opens a run of rows, so it is where a header stands), a header needs
    to name only the column that holds the names: its other cells may be header words the vocabulary
    does not know ("Genomförande", "Regioner som svarat"), read as columns of no role (""), and a
    column headed by a form noun ("Utbildning", "Film") names the items its rows list.

    >>> header_roles(["Datum", "Arrangemang", "Genomförande"]), header_roles(["År", "Material", "Antal"], opens=True)
    (None, ('', 'name', ''))
    >>> header_roles(["Datum", "Arrangemang", "Genomförande"], opens=True)
    ('date', 'name', '')
    >>> header_roles(["Utbildning", "Form"], opens=True), header_roles(["Utbildning", "Form"])
    (('name', 'type'), None)
    >>> header_roles(["Lugna samtal", "SKR"], opens=True), header_roles(["Insats", "Ansvarig"], opens=True)
    (None, None)
    >>> header_roles(["Södertälje kommun", "Södertörnsmodellen"], opens=True)
    >>> header_roles(["Datum", "Rubrik", "Plats"], opens=True), header_roles(["Datum", "Rubrik", "Plats"])
    (('date', 'name', 'location'), None)
    >>> header_roles(["Rapport", "År", "Åldrar"], opens=True), header_roles(["Film", "Utgivare"], opens=True)
    (('name', '', ''), ('name', ''))
    >>> header_roles(["Rapport", "SKR"], opens=True), header_roles(["År", "Rapport"], opens=True)
    (None, None)
    """
    if not any(c.strip() for c in cells) or any(ch.isdigit() for c in cells for ch in c):
        return None
    roles: list[str | None] = []
    for cell in cells:
        words = re.findall(r"[a-z]+", fold(cell))
        if not words:
            roles.append("")
            continue
        whole = dict(column_words())
        role = next((whole[w] for w in words if w in whole), None)
        if role is None:
            role = next((r for w in words if (r := _role(w)) is not None), None)
        if role is None and len(words) == 1 and _names_event(words[0]):
            # A column headed by an event's cue noun ("Webbinarium", "Konferens") names the
            # arrangements its rows list, as "Arrangemang" does.
            role = "name"
        if role is None and not opens:
            return None
        roles.append(role)
    if None not in roles:
        return tuple(r or "" for r in roles)
    # a header opening a table names the column of names; its other words may be new to the vocabulary
    known = sum(1 for r in roles if r)
    # a header of header words only ("Rapport  År  Åldrar"): its first column, headed by a form noun,
    # lists the items as a known word beside it would say
    plain = len(cells) >= 2 and all(_header_like(c) for c in cells if c.strip())
    for k, (cell, role) in enumerate(zip(cells, roles, strict=True)):
        if (
            role is None
            and "name" not in roles
            and (known or (plain and k == 0))
            and len(cell.split()) == 1
            and _names_form(cell)
        ):
            roles[k] = "name"  # "Utbildning" beside "Form": the column lists trainings
    if "date" in roles and "name" not in roles and None in roles:
        roles[roles.index(None)] = "name"  # "Datum  Rubrik  Plats": a dated row's first other text is its title
    if "name" not in roles or not all(r is not None or _header_like(c) for c, r in zip(cells, roles, strict=True)):
        return None
    return tuple(r or "" for r in roles)


def _header_like(cell: str) -> bool:
    """Whether a table cell reads as a column's header: a capitalised phrase of at most four words,
    its later words in lower case (a name has capitals or an acronym: "Region Dalarna", "SKR").

    >>> _header_like("Regioner som svarat"), _header_like("Genomförande"), _header_like("SKR")
    (True, True, False)
    >>> _header_like("Region Dalarna"), _header_like("digitalt")
    (False, False)
    """
    words = cell.split()
    return (
        _actor_lexicon().resolve(cell) is None  # "Södertälje kommun": an organisation, a row's cell
        and 0 < len(words) <= 4
        and words[0][:1].isupper()
        and not words[0].isupper()
        and all(w[:1].islower() for w in words[1:])
        and all(re.fullmatch(r"[\wåäöÅÄÖé()/-]+", w) for w in words)
    )


def _names_form(word: str) -> bool:
    """Whether a header word is a resource form's noun of the vocabulary ("Utbildning", "Filmer")."""
    cue = cue_of(word)
    return cue is not None and cue.kind == "resource" and bool(cue.code)


# A Markdown pipe table prints each row between pipes ("| Produkt | Typ | Målgrupp |") and sets its
# header off by a rule of dashes ("|---|:---:|"), which is no row. A table is a table whatever
# separates its cells: tabs or pipes (runs of spaces: :func:`aligned_table`).
_PIPE_ROW = re.compile(r"^\s*\|.*\S.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-+:?\s*\|)+(?:\s*:?-+:?\s*)?\s*$")


def is_rule(text: str) -> bool:
    """Whether a line is the dash rule under a pipe table's header.

    >>> is_rule("|---|---|---|"), is_rule("| :--- | ---: |"), is_rule("| a | b |"), is_rule("----")
    (True, True, False, False)
    """
    return bool(_PIPE_RULE.match(text))


def is_row(text: str) -> bool:
    """Whether a line is a table row: cells set off by tabs or between pipes.

    >>> is_row("Datum\\tNamn"), is_row("| Produkt | Typ |"), is_row("A | B"), is_row("|---|---|")
    (True, True, False, False)
    """
    return "\t" in text or (bool(_PIPE_ROW.match(text)) and not is_rule(text) and text.count("|") >= 3)


def split_cells(text: str) -> list[str]:
    """The cells of a table row, tab-separated or between pipes.

    >>> split_cells("Datum\\tNamn"), split_cells("| Produkt | Typ |")
    (['Datum', 'Namn'], ['Produkt', 'Typ'])
    """
    if "\t" not in text and _PIPE_ROW.match(text):
        return [c.strip() for c in text.strip()[1:-1].split("|")]
    return [c.strip() for c in text.split("\t")]


# -- space-aligned tables -------------------------------------------------------------------

# Columns printed with spaces instead of tabs are set off by runs of at least two spaces.
_GAP = re.compile(r" {2,}")
#: How far (characters) a wrapped cell may start from its column's start.
_ALIGN_SLACK = 2


def _spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the cells of a space-aligned line: the parts between runs of 2+ spaces.

    >>> _spans("Datum     Mässa   Ort")
    [(0, 5, 'Datum'), (10, 15, 'Mässa'), (18, 21, 'Ort')]
    """
    out: list[tuple[int, int, str]] = []
    for part in re.finditer(r"\S+(?: \S+)*", text):
        out.append((part.start(), part.end(), part.group()))
    return out


def aligned_table(lines: Sequence[Line], i: int, heading: str = "", opens: bool = False) -> Table | None:
    """The space-aligned table whose header is ``lines[i]``, or None.

    A header without tabs whose parts (set off by 2+ spaces) are all header words of the vocabulary
    (with ``opens``, where a table is known to start, only its column of names: :func:`header_roles`)
    fixes the columns at the parts' start positions; each following line up to a blank line is a row,
    its parts put in the column they overlap most. A line that fills fewer columns than the rows
    before it, each part starting at its column's start, is a row wrapped onto the next line
    ("Sveriges Skolkuratorers … Samtal som bär" / "Förening"): its parts continue the row's cells.

    >>> ls = [Line(k + 1, t) for k, t in enumerate(["Organisation        Område",
    ...       "Skolverket          Elevhälsosamtalet", "Sveriges Skolkuratorers  Samtal som bär", "Förening"])]
    >>> [r.cells for r in aligned_table(ls, 0).rows]
    [['Skolverket', 'Elevhälsosamtalet'], ['Sveriges Skolkuratorers Förening', 'Samtal som bär']]
    """
    header = lines[i]
    if is_row(header.text) or not _GAP.search(header.text.strip()):
        return None
    head = _spans(header.text)
    roles = header_roles([c for _, _, c in head], opens) if len(head) >= 2 else None
    if roles is None:
        return None
    starts = [a for a, _, _ in head]
    n = len(starts)
    table = Table(roles, heading, header)
    for line in lines[i + 1 :]:
        text = line.text
        if not text.strip() or is_row(text) or len(text) > PROSE_LINE:
            break
        cells = [""] * n
        aligned = True
        for a, b, part in _spans(text):
            k = max(range(n), key=lambda c: min(b, starts[c + 1] if c + 1 < n else 10**6) - max(a, starts[c]))
            cells[k] = clean(f"{cells[k]} {part}")
            aligned = aligned and abs(a - starts[k]) <= _ALIGN_SLACK
        filled = sum(1 for c in cells if c)
        widest = max((sum(1 for c in r.cells if c) for r in table.rows), default=0)
        keyed = any(cells[k] for k, role in enumerate(roles) if role in ("date", "code"))  # a dated line opens a row
        if table.rows and filled < widest and aligned and not keyed:
            row = table.rows[-1]
            row.lines.append(line)
            row.cells = [clean(f"{old} {new}") for old, new in zip(row.cells, cells, strict=True)]
            continue
        if filled < 2:
            break
        table.rows.append(Row([line], cells))
    return table if table.rows else None


@dataclass
class Row:
    lines: list[Line]
    cells: list[str]

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass
class Table:
    roles: tuple[str, ...]
    heading: str
    header: Line | None = None
    rows: list[Row] = field(default_factory=list)
    loose: list[tuple[Line, ...]] = field(default_factory=list)
    closed: bool = False

    @property
    def kind(self) -> str:
        if "date" in self.roles:
            return "event"
        if "actor" in self.roles and "name" not in self.roles:
            return "actor"
        if self._lists_events():
            return "event"
        return "resource"

    def _lists_events(self) -> bool:
        """Whether an undated table lists events: its column of names is headed by an event's noun
        ("Arrangemang") or most of its type cells are one ("konferens", "webbinarium"), whatever its
        column of times is called ("Månad", "Tidpunkt") or whether it has one.

        >>> t = Table(("name", "type", ""), "", Line(1, "Arrangemang\\tTyp\\tMånad"))
        >>> t.kind, Table(("name", "type"), "", Line(1, "Titel\\tForm")).kind
        ('event', 'resource')
        >>> t = Table(("name", "type"), "", None, [Row([], ["Lyktan", "konferens"]), Row([], ["Eken", "webbinarium"])])
        >>> t.kind
        'event'
        """
        if "name" not in self.roles:
            return False
        if self.header is not None:
            cells = split_cells(self.header.text)
            k = self.roles.index("name")
            if k < len(cells) and len(cells[k].split()) == 1 and _names_event(cells[k]):
                return True
        types = [self.cell(row, "type") for row in self.rows] if "type" in self.roles else []
        return len(types) >= 2 and 2 * sum(1 for t in types if t and _names_event(t)) > len(types)

    @property
    def line_numbers(self) -> set[int]:
        """Numbers of the lines the table is printed on: its header and rows."""
        return {ln.number for ln in ([self.header] if self.header else [])} | {
            ln.number for row in self.rows for ln in row.lines
        }

    def cell(self, row: Row, role: str) -> str:
        values = [row.cells[i] for i, r in enumerate(self.roles) if r == role and i < len(row.cells)]
        return clean(" ".join(values))


# -- dated lists ----------------------------------------------------------------------------

# A dated list entry is an event's row written as a line: a date opens it and one separator sets
# its fields off, whatever the separator ("2036-01-23 — Titel — digitalt (210)", "2036-01-23: Titel,
# Ort", "12 mars | Titel | Ort", "2036-02-14 – 2036-02-16\tTitel"), perhaps as a bulleted or numbered
# item ("• den 14 mars: …").
_ENTRY = re.compile(
    r"^\s*(?:[•▪▸»*·–-]\s+|\d{1,3}[.)]\s+)?(?:den\s+)?(?P<date>(?:19|20)\d{2}-\d{2}-\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2}-\d{2}-\d{2})?"
    r"|\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+(?P<month>[a-zåäö]{3,})\.?(?:\s+(?:19|20)\d{2})?)"
    r"(?P<sep>\s+[—–-]\s+|\s*[—|:,\t]\s*|\s{2,})(?P<rest>\S.*)$"
)
# A participant count in brackets closing the last field: "Stockholm (64)", "digitalt (210 deltagare)".
_COUNT = re.compile(r"\s*\((\d[\d \u00a0]*)(?:\s+[a-zåäö]+)?\)\s*$")


def dated_entry(text: str) -> tuple[str, str, str, str] | None:
    """Date, title, place and participant count of a dated list entry, or None.

    The fields after the date are split at the separator that follows the date; after a colon
    or a comma the place is the short last part after a comma. A place is a proper name:
    "digitalt" names none.

    >>> dated_entry("2036-06-03 — Nationell träff för suicidsamordnare — Göteborg (88)")
    ('2036-06-03', 'Nationell träff för suicidsamordnare', 'Göteborg', '88')
    >>> dated_entry("2036-03-12 — Äldre i fokus 1: Ensamhet — digitalt (180)")
    ('2036-03-12', 'Äldre i fokus 1: Ensamhet', '', '180')
    >>> dated_entry("• den 14 mars: Länsträff om suicid, Falun"), dated_entry("2036 blev ett bra år")
    (('14 mars', 'Länsträff om suicid', 'Falun', ''), None)
    """
    match = _ENTRY.match(text)
    if match is None or (match.group("month") and grammar_month(match.group("month")) is None):
        return None
    sep, rest = match.group("sep").strip(), clean(match.group("rest"))
    if sep in ("—", "–", "-", "|"):
        fields = [clean(f) for f in re.split(rf"\s+{re.escape(sep)}\s+" if sep != "|" else r"\s*\|\s*", rest)]
    elif sep == "" and "\t" in match.group("sep"):
        fields = split_cells(rest)
    elif sep == "":
        fields = [clean(f) for f in _GAP.split(rest)]
    else:
        head, comma, tail = rest.rpartition(", ")
        fields = [head, tail] if comma and len(tail.split()) <= 3 else [rest]
    fields = [f.rstrip(".") for f in fields if f]
    if not fields:
        return None
    count = ""
    if (found := _COUNT.search(fields[-1])) is not None:
        count = re.sub(r"\D", "", found.group(1))
        fields[-1] = fields[-1][: found.start()]
    title = fields[0]
    where = next((f for f in fields[1:] if f[:1].isupper()), "")
    return clean(match.group("date")), clean(title), clean(where), count


def dated_list(lines: Sequence[Line], heading: str) -> Table | None:
    """An event table written as a dated list, one entry a line (:func:`dated_entry`), or None.

    A paragraph is such a list when at least two of its lines, and at least half, are dated
    entries; a short line without a date continues the entry before it (a wrapped title).
    """
    entries = [dated_entry(line.text) for line in lines]
    if sum(1 for e in entries if e) < max(2, (len(lines) + 1) // 2):
        return None
    table = Table(("date", "name", "location", "participants"), heading, None)
    for line, entry in zip(lines, entries, strict=True):
        if entry is not None:
            table.rows.append(Row([line], list(entry)))
        elif table.rows and len(line.text) <= PROSE_LINE:
            row = table.rows[-1]
            row.lines.append(line)
            row.cells[1] = clean(f"{row.cells[1]} {line.text}")
        else:
            return None
    return table


# -- tables in the body ---------------------------------------------------------------------


def _is_heading_line(lines: Sequence[Line], i: int) -> bool:
    """A heading above a table: a short capitalised line ending no sentence, after a blank line
    (or indented, a page's first line in PDF text), not a list item or a table row."""
    text = clean(lines[i].text)
    if not 2 < len(text) <= 80 or is_row(lines[i].text) or is_bullet(lines[i].text):
        return False
    if not (text[:1].isupper() or text[:1].isdigit()) or text.endswith((".", ",", ":", ";", "!", "?")):
        return False
    return i == 0 or not lines[i - 1].text.strip() or lines[i].text[:1].isspace()


def _heading_above(lines: Sequence[Line], i: int) -> str:
    for j in range(i - 1, -1, -1):
        if _is_heading_line(lines, j):
            return clean(lines[j].text)
    return ""


def body_tables(doc: Document, skip: Collection[int] = ()) -> list[Table]:
    """Headed tables of ``doc`` outside the lines numbered in ``skip``, each under the heading above it.

    A table's rows are its tab-separated lines up to a block without tabs (rows may stand in
    blocks of their own); a line without tabs right after a row continues the row's last cell.
    """
    lines = doc.lines
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # A header names its first column: a line whose tabs only indent it (an outline export's
        # list level, "\t\t– Punkt") parts no cells.
        # Under a numbered caption ("Tabell 1. Uppföljning …") the first row is the table's header: there
        # it need name only its column of names. Elsewhere a tabbed line with words new to the vocabulary
        # may be a layout's own list (an inventory's "Titel  År  Innehåll"), which its layout reads.
        above = next((lines[k].text for k in range(i - 1, -1, -1) if lines[k].text.strip()), "")
        opens = bool(CAPTION.match(above)) and (i == 0 or not is_row(lines[i - 1].text.strip()))
        roles = (
            header_roles(split_cells(line.text), opens)
            if is_row(line.text.strip()) and line.number not in skip
            else None
        )
        if roles is None:
            i += 1
            continue
        # a numbered caption right above the header ("Tabell 1. Tidigare uppföljningar …") is the table's
        # heading, also where no blank line sets it off (a single-spaced export)
        table = Table(roles, clean(above) if CAPTION.match(above) else _heading_above(lines, i), line)
        tables.append(table)
        i += 1
        last: Row | None = None
        while i < len(lines):
            ln = lines[i]
            if ln.number in skip:
                break
            if not ln.text.strip():
                nxt = next((k for k in range(i + 1, len(lines)) if lines[k].text.strip()), None)
                if nxt is None or not is_row(lines[nxt].text):
                    break
                last = None
                i += 1
                continue
            if is_rule(ln.text):  # the dash rule under a pipe table's header
                i += 1
                continue
            if is_row(ln.text):
                cells = split_cells(ln.text)
                if header_roles(cells) is not None:
                    break
                last = Row([ln], cells)
                table.rows.append(last)
            elif last is not None and len(ln.text) <= PROSE_LINE and not _is_heading_line(lines, i):
                last.lines.append(ln)
                last.cells[-1] = clean(f"{last.cells[-1]} {ln.text}")
            else:
                break
            i += 1
    return [t for t in tables if t.rows]


_YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}\s*[–—-]\s*(?:(?:19|20)\d{2}|\d{2})\b")


def dating_years(heading: str) -> tuple[int, ...]:
    """The year a list's heading gives each item it lists: "Material som publicerats 2046" dates every
    entry. A span of years ("Uppföljning av första linjen 2044–2046") is the period the rows together
    cover, one row a year, and dates no single row.

    >>> dating_years("Bilaga 1 Material som publicerats 2046"), dating_years("Tabell 1. Uppföljning 2044–2046")
    ((2046,), ())

    A year a preposition bounds ("Nytt sedan 2054", "Material före 2050", "fram till 2055") says when the
    entries fall, not the year each was made.

    >>> dating_years("Nytt material sedan 2054"), dating_years("Material från före 2050"), dating_years("Nytt 2055")
    ((), (), (2055,))

    A bare "från" names the year the entries come from ("Material från 2054", as "en rapport från
    2054": the year they were made, which the reading guide's years are); spelled-out bounds do not.

    >>> dating_years("Material från 2054"), dating_years("Material från och med 2054")
    ((2054,), ())
    >>> dating_years("Nytt fr.o.m. 2054"), dating_years("Nytt t. o. m. 2055"), dating_years("Från 2054 och framåt")
    ((), (), ())
    """
    if _YEAR_SPAN.search(heading) or _BOUNDED_YEAR.search(heading):
        return ()
    return tuple(int(y) for y in YEAR.findall(heading))




def _phrase(words: str) -> str:
    """A phrase of :mod:`loader.grammar` as a regular expression: any spacing, abbreviation stops optional."""
    return r"\s+".join(re.escape(w).replace(r"\.", r"\.?\s*") for w in words.split())


#: A year a preposition bounds as a period (:data:`loader.grammar.PERIOD_PREPOSITIONS`: "sedan 2054",
#: "före 2050", "från och med 2054"), or one the words after it make a bound ("från 2054 och framåt").
_BOUNDED_YEAR = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(_phrase(p) for p in sorted(PERIOD_PREPOSITIONS, key=len, reverse=True))
    + r")\s*(?:år\s+)?(?:19|20)\d{2}\b"
    + r"|\b(?:19|20)\d{2}\s+(?:"
    + "|".join(_phrase(p) for p in PERIOD_AFTER_YEAR)
    + r")\b",
    re.I,
)


def read_body_tables(doc: Document, skip: Collection[int] = ()) -> list[Mention]:
    """Mentions of every headed table of ``doc`` outside ``skip``, section = the heading above it."""
    out: list[Mention] = []
    for table in body_tables(doc, skip):
        lines = [table.header] if table.header else []
        lines += [ln for row in table.rows for ln in row.lines]
        years = Counter(m.group(1) for ln in lines for m in ISO_DATE.finditer(ln.text))
        heading_years = tuple(int(y) for y in YEAR.findall(table.heading))
        year = int(years.most_common(1)[0][0]) if years else (heading_years[-1] if heading_years else None)
        # Day and month alone in every date cell ("14 sept", "12 okt") date the rows even where no year
        # is printed near the table (the report's year is meant): they are held events, not planned work.
        day_dated = table.kind == "event" and all(
            dates(table.cell(row, "date"), 2000)[0] is not None for row in table.rows
        )
        for m in table_mentions(doc.report, table.heading, table, year, dating_years(table.heading)):
            # A row of planned work with neither a date nor an event's noun ("Ta fram en checklista",
            # "Hösten 2025") is an activity of the plan, not an event; a partner row naming a kind
            # of organisation ("Kommunerna") names no actor.
            if m.kind == "event" and m.start is None and not _names_event(m.name) and not day_dated:
                continue
            if m.kind == "actor" and _group_of_organisations(m.name):
                continue
            out.append(m)
    return out


def _names_event(name: str) -> bool:
    """Whether a name holds an event's cue noun ("Länskonferens", "Nätverksträff", "Webbinarium")."""
    return any((cue := cue_of(w)) is not None and cue.kind == "event" for w in re.findall(r"[\wåäöÅÄÖ-]+", name))


def masked(doc: Document, numbers: Collection[int]) -> Document:
    """``doc`` with the lines numbered in ``numbers`` blanked by spaces: every offset and page stays."""
    if not numbers:
        return doc
    lines = tuple(replace(ln, text=" " * len(ln.text)) if ln.number in numbers else ln for ln in doc.lines)
    return Document(doc.report, lines)


# -- mentions of a table --------------------------------------------------------------------


def table_mentions(
    report: str, section: str, table: Table, year: int | None, title_years: tuple[int, ...] = ()
) -> list[Mention]:
    """One mention per row: an event, an actor or a resource by the table's column roles.

    ``year`` completes day-month dates ("22-23 nov"); ``title_years`` are the resources' years.
    """
    mentions: list[Mention] = []
    if table.kind == "event":
        mentions.extend(_event(report, section, table, row, year) for row in table.rows)
    elif table.kind == "actor":
        for row in table.rows:
            actor, area = table.cell(row, "actor"), table.cell(row, "area")
            mentions.append(_actor(report, section, table.heading, row.lines, actor, area))
        for lines, actor, area in _loose_pairs(table.loose):
            mentions.append(_actor(report, section, table.heading, lines, actor, area))
    else:
        # A column of no known role whose every cell is a year ("År": 2044, 2045) dates each row.
        dated = [
            k
            for k, role in enumerate(table.roles)
            if not role
            and any(k < len(r.cells) and r.cells[k] for r in table.rows)
            and all(re.fullmatch(r"(?:19|20)\d{2}", r.cells[k]) for r in table.rows if k < len(r.cells) and r.cells[k])
        ]
        for row in table.rows:
            own = {int(row.cells[k]) for k in dated if k < len(row.cells) and row.cells[k]}
            years = tuple(sorted(set(title_years) | own))
            mentions.append(_table_resource(report, section, table, row, years))
    return [m for m in mentions if m.name]


def source(report: str, lines: Sequence[Line], section: str, text: str | None = None) -> Source:
    raw = text if text is not None else " ".join(line.text for line in lines)
    return Source(
        report=report,
        line=lines[0].number,
        quote=quote(_HTML_TAG.sub(" ", raw)),
        page=lines[0].page,
        section=section,
    )


# -- events ---------------------------------------------------------------------------------


def dates(cell: str, year: int | None) -> tuple[str | None, str | None]:
    """Start and end of a date cell: "2017-02-14 – 2017-02-16", "15-mars", "22-23 nov".

    >>> dates("2017-02-14 – 2017-02-16", None)
    ('2017-02-14', '2017-02-16')
    >>> dates("22-23 nov", 2017)
    ('2017-11-22', '2017-11-23')
    """
    iso = [d for m in ISO_DATE.finditer(cell) if (d := _iso(*map(int, m.groups()))) is not None]
    if iso:
        return iso[0], iso[1] if len(iso) > 1 else None
    match = _DAY_MONTH.search(cell)
    if match is None or year is None:
        return None, None
    month = grammar_month(match.group(3))
    if month is None:
        return None, None
    start = _iso(year, month, int(match.group(1)))
    return start, _iso(year, month, int(match.group(2))) if match.group(2) and start else None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def place(name: str) -> str | None:
    """A place named at the end of an event name: "(Lycksele)", "– Gotland", "Konferens i Linköping".

    >>> place("Grundkurs migration och psykisk hälsa (Borås)"), place("Nätverksträff Hälsa i Sverige")
    ('Borås', None)
    """
    match = _TRAILING_PLACE.search(name)
    if match:
        return match.group(1) or match.group(2)
    # "<x> i <Place>", unless "<Capitalised> i <Place>" is itself a name ("Hälsa i Sverige").
    words = name.split()
    if len(words) >= 3 and words[-2] == "i" and re.fullmatch(r"[A-ZÅÄÖ][a-zåäöé]+", words[-1]):
        if len(words) == 3 or words[-3][:1].islower():
            return words[-1]
    return None


@lru_cache(maxsize=1)
def _actor_lexicon() -> ActorLexicon:
    from psykgraf.settings import Settings  # the curated organisation list the pipeline reads

    return ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")


def _names_organisation(name: str) -> bool:
    """Whether an organiser cell's part names one organisation: one the lexicon knows, an
    acronym, or a proper name of several words ("Recoveryskolan Dalarna"); a lone common noun
    capitalised as the cell's first word ("Kansliet", "Kommunerna") names none."""
    words = name.split()
    if not words:
        return False
    if _actor_lexicon().resolve(name) is not None or any(_ACRONYM.match(w) and len(w) >= 3 for w in words[:1]):
        return True
    return len(words) > 1 and any(w[:1].isupper() for w in words[1:])


def _group_of_organisations(name: str) -> bool:
    """A lone noun in the definite plural ("Kommunerna", "Regionerna") names a kind of organisation,
    not one, unless the organisation lexicon knows it.

    >>> _group_of_organisations("Kommunerna"), _group_of_organisations("Folkhälsomyndigheten")
    (True, False)
    """
    words = name.split()
    return len(words) == 1 and fold(name).endswith("na") and _actor_lexicon().resolve(name) is None


def organizers(cell: str) -> list[str]:
    """The organisations an organiser cell names, split at commas and conjunctions.

    >>> organizers("Kansliet och Länsstyrelsen Dalarna"), organizers("Kommunerna")
    (['Länsstyrelsen Dalarna'], [])
    """
    out: list[str] = []
    for part in re.split(r"[,;]", cell):
        part = clean(part)
        if not part:
            continue
        if _actor_lexicon().resolve(part) is not None:
            out.append(part)
            continue
        out.extend(p for p in (clean(x) for x in _AND.split(part)) if _names_organisation(p))
    return out


def _event(report: str, section: str, table: Table, row: Row, year: int | None) -> Mention:
    name = table.cell(row, "name")
    start, end = dates(table.cell(row, "date"), year)
    if table.cell(row, "end"):
        end_start, end_end = dates(table.cell(row, "end"), year)
        end = end_end or end_start
    if start and end and end < start and year is not None:
        end = _iso(int(end[:4]) + 1, int(end[5:7]), int(end[8:10]))
    src = source(report, row.lines, section)
    return Mention(
        kind="event",
        name=name,
        source=src,
        heading=table.heading,
        code=table.cell(row, "code").rstrip(".") or None,
        start=start,
        end=end if end != start else None,
        location=table.cell(row, "location") or place(name),
        actors=tuple(ActorRole(o, "organizer", src) for o in organizers(table.cell(row, "organizer"))),
    )


# -- actors ---------------------------------------------------------------------------------


def _is_org(text: str) -> bool:
    """Whether a short text reads as an organisation name (curated Swedish name parts)."""
    folded = fold(text)
    tokens = text.replace(",", " ").split()
    return (
        bool(_ORG_WORD.search(folded))
        or text.strip().isdigit()
        or any(_ACRONYM.match(t) and any(c.isalpha() for c in t) and len(t) >= 3 for t in tokens[:1])
    )


def _split_merged(lines: Sequence[Line]) -> tuple[str, str]:
    """Actor and area of a two-column row whose columns the PDF text interleaved.

    The first line holds the actor's start and the area; the area starts at the last
    capitalised word; the lines after it continue the actor's name.
    """
    first = lines[0].text.split()
    for i in range(len(first) - 2, 0, -1):
        word, before = first[i], first[i - 1]
        if word[:1].isupper() and (before[-1:].islower() or before.endswith(",")):
            actor = " ".join(first[:i] + [line.text for line in lines[1:]])
            return clean(actor), clean(" ".join(first[i:]))
    return clean(" ".join(line.text for line in lines)), ""


def _loose_pairs(blocks: Sequence[tuple[Line, ...]]) -> list[tuple[tuple[Line, ...], str, str]]:
    """Actor → area pairs from table rows that lost their tabs: blocks alternate actor, area."""
    pairs: list[tuple[tuple[Line, ...], str, str]] = []
    state = "actor"  # what the next block is expected to be
    for block in blocks:
        text = clean(" ".join(line.text for line in block))
        single = len(block) == 1
        if state == "area" and not (single and _ORG_WORD.search(fold(text))):
            lines, actor, _ = pairs[-1]
            pairs[-1] = (lines + block, actor, text)
            state = "more"
        elif state == "more" and not _is_org(text) and not single:
            lines, actor, area = pairs[-1]
            pairs[-1] = (lines + block, actor, f"{area} {text}")
        else:
            actor, area = _split_merged(block) if len(block) > 1 else (text, "")
            pairs.append((block, actor, area))
            state = "more" if area else "area"
    # An actor with no area at the very end is running text after the table, not a row.
    if pairs and not pairs[-1][2]:
        pairs.pop()
    return pairs


def _alt_names(name: str) -> tuple[str, ...]:
    """ "Folkhälsomyndigheten (FOHM)" → its two parts, when one of them is an acronym.

    >>> _alt_names("Folkhälsomyndigheten (FOHM)"), _alt_names("SPES – Riksförbundet för stöd")
    (('Folkhälsomyndigheten', 'FOHM'), ('SPES', 'Riksförbundet för stöd'))
    """
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
    if match is None:
        # "SPES – Riksförbundet för suicidprevention …": an acronym, a dash and the name it stands for
        match = re.fullmatch(r"(\S+)\s+[–—-]\s+([A-ZÅÄÖ].+)", name)
    if match is None:
        return ()
    outer, inner = clean(match.group(1)), clean(match.group(2))
    if _ACRONYM.match(inner) or _ACRONYM.match(outer):
        return (outer, inner)
    return ()


def _actor(report: str, section: str, heading: str, lines: Sequence[Line], name: str, area: str) -> Mention:
    area = clean(_HTML_TAG.sub(" ", area))
    scope = "international" if "internation" in fold(heading) else "national"
    extra = ((("collaboration-area", area),) if area else ()) + (("scope", scope),)
    name, alts = clean(name), _alt_names(clean(name))
    if alts and "(" not in name:
        # "SPES – Riksförbundet för …": the organisation goes by the acronym it puts first
        name, alts = alts[0], (name, alts[1])
    return Mention(
        kind="actor",
        name=name,
        source=source(report, lines, section),
        heading=heading,
        alt_names=alts,
        extra=extra,
    )


# -- resources ------------------------------------------------------------------------------


def urls(text: str) -> tuple[str, tuple[str, ...]]:
    """Text without its links, and the link targets in order.

    >>> urls("UPH. [Resurscentra.](#) <https://vimeo.com/1> (film)")
    ('UPH. Resurscentra. (film)', ('https://vimeo.com/1',))
    """
    found: list[str] = []

    def keep(url: str) -> str:
        url = url.rstrip(".,;")
        if url not in found:
            found.append(url)
        return " "

    def md_link(match: re.Match[str]) -> str:
        label, target = match.group(1), match.group(2)
        if target.startswith("http"):
            keep(target)
            return " " if _BARE_URL.fullmatch(label.strip()) else label
        return label

    text = _MD_LINK.sub(md_link, text)
    text = _ANGLE_URL.sub(lambda m: keep(m.group(1)), text)
    text = _BARE_URL.sub(lambda m: keep(m.group(0)), text)
    return clean(text.replace("*", "")), tuple(found)


# A note in brackets closing a title cell, in lower case: a count, a form or a status
# ("Tillbaka till jobbet (5 filmer)", "Mellan raderna (podd, 12 avsnitt)", "(uppdaterad)").
_CELL_NOTE = re.compile(r"\s*\(([^()A-ZÅÄÖ]*[a-zåäö][^()A-ZÅÄÖ]*)\)\s*$")


def _form_of(text: str) -> str | None:
    """The resource form a type cell or note names, read from the SKOS forms: the cell itself, else its
    first word that is one (a cell's later words may be a page foot run into it).

    >>> _form_of("webbutbildning"), _form_of("tryckt broschyr"), _form_of("5 filmer"), _form_of("beslutsfattare")
    ('webbutbildning', 'broschyr', 'film', None)
    >>> _form_of("Skrift Slutrapport 2029 — 7")
    'skrift'
    """
    for word in (text, *re.findall(r"[\wåäöÅÄÖ-]+", text)):
        cue = cue_of(word)
        if cue is not None and cue.kind == "resource" and cue.code:
            return cue.code
    return None


def _header_form(table: Table) -> str | None:
    """The form a column of names is headed by ("Rapport", "Filmer"): each row is one of that form. The
    vocabulary's words for a column of names ("Namn", "Material", "Verktyg") say no form of the rows.

    >>> rows = lambda head: Table(("name", ""), "", Line(1, head))
    >>> _header_form(rows("Rapport\\tÅr")), _header_form(rows("Material\\tÅr")), _header_form(Table(("name",), ""))
    ('rapport', None, None)
    """
    if table.header is None or "name" not in table.roles:
        return None
    cells = split_cells(table.header.text)
    k = table.roles.index("name")
    if k >= len(cells):
        return None
    words = re.findall(r"[a-z]+", fold(cells[k]))
    if len(words) != 1 or words[0] in dict(column_words()):
        return None
    return _form_of(cells[k].strip())


def _table_resource(report: str, section: str, table: Table, row: Row, title_years: tuple[int, ...]) -> Mention:
    text, links = urls(" ".join(row.cells))
    src = source(report, row.lines, section)
    kind = table.cell(row, "type")
    full = urls(table.cell(row, "name"))[0]
    note = _CELL_NOTE.search(full)
    name = full[: note.start()] if note and note.start() > 0 else full
    form = _form_of(kind) if kind else None
    form = form or (_form_of(note.group(1)) if note else None)
    form = form or _header_form(table)
    return Mention(
        kind="resource",
        name=name,
        alt_names=(full,) if name != full else (),
        forms=(form,) if form else (),
        source=src,
        description=urls(table.cell(row, "description"))[0] or text,
        heading=table.heading,
        years=title_years,
        urls=links,
        actors=tuple(
            ActorRole(clean(a), "producer", src) for a in re.split(r"[,;]", table.cell(row, "actor")) if a.strip()
        ),
        extra=(("type", kind),) if kind else (),
    )
