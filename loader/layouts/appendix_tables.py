"""Appendix-tables layout: "Bilaga N" appendices holding product lists, dated event tables and actor tables.

An appendix is the text from a ``Bilaga N <title>`` heading (not a table-of-contents
entry) to the next one or the end. Inside it, tab-separated tables are read through
their header row: each header word names a column role (:data:`_COLUMN_ROLES`), and
the roles decide what a row is — a date column makes events, an actor column makes
actors, a name column makes resources. An appendix without tables is a product list:
one paragraph per product, "<Producer>. <Title>. <description> <url> (<type>)".

>>> text = "Bilaga 2 Arrangemang\\n\\nNr.\\tDatum\\tNamn\\n1\\t2017-01-12\\tGrundkurs (Umeå)"
>>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\\n"))))
>>> [(m.kind, m.code, m.start, m.location) for m in AppendixTablesLayout().extract(doc)]
[('event', '1', '2017-01-12', 'Umeå')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from loader.document import split_sentences
from loader.grammar import month as grammar_month
from loader.layouts.base import form_nouns
from loader.layouts.cues import stem_key
from loader.model import ActorRole, Document, Line, Mention, Observation, Source
from loader.named_things import cue_of
from loader.text import clean, fold, quote

__all__ = ["AppendixTablesLayout", "is_appendix_title"]

_HEADING = re.compile(r"^(?:Bilaga|Appendix)\s+(\d{1,2})\b(?!\s*[.,]\s*\d)[ \t.:–-]*(.*?)\s*$")
# Table-of-contents entries: leader dots or a trailing page number.
_TOC_TAIL = re.compile(r"(?:\.{3,}|\t\s*\d+|\s\d{1,3})\s*$")
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?[-\s./]*([A-Za-zÅÄÖåäö]{3,})")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_NUMBERED_DATED = re.compile(r"^\s*\d{1,4}\.?\t\s*(?:19|20)\d{2}-\d{2}-\d{2}")
_SUBHEADING = re.compile(r"^(?:[A-ZÅÄÖ]|[IVX]{1,4}|\d{1,2})[.)]\s+\S.{0,80}$|^[^\t]{2,80}:$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]*)\)")
_ANGLE_URL = re.compile(r"<(https?://[^>\s]+)>")
_BARE_URL = re.compile(r"https?://[^\s<>\]]+")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_COPIES = re.compile(r"\s*[–-]\s*(\d+)\s*ex\b\.?")
_TYPE_NOTE = re.compile(r"\s*\.?\s*\(\s*([^\s()]+)\s*\)\s*\.?\s*$")
# "UPH. Title", "SKR 2022. Title", "SKR samt MFoF. Title", "SKR samt Stiftelsen Äldrecentrum. Title":
# an abbreviated publisher, partners after "samt"/"och" (abbreviated or a capitalised name of
# up to four words), an optional year, then the title.
_PARTNER_NAME = r"(?:[A-ZÅÄÖ]{2,}|[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,3})"
_PRODUCER = re.compile(
    rf"^(?P<who>[A-ZÅÄÖ]{{2,}}(?:\s+(?:samt|och|&)\s+{_PARTNER_NAME})*)(?:\s+(?P<year>(?:19|20)\d{{2}}))?\s*[.:]\s+"
)
_AUTHORS = re.compile(r"^(?P<who>(?:[A-ZÅÄÖ][\w-]+,\s*[A-ZÅÄÖ]\.?\s*)+)\((?P<year>(?:19|20)\d{2})\)\s*")
_NAME_WORD = r"[A-ZÅÄÖ][a-zåäöé]+"
_TRAILING_PLACE = re.compile(
    rf"(?:\(({_NAME_WORD}(?:[- ]{_NAME_WORD})?)\)|\s[–-]\s+({_NAME_WORD}(?:-{_NAME_WORD})?))\s*$"
)
_ACRONYM = re.compile(r"^[A-ZÅÄÖ0-9&-]{2,8}$")
_ORG_WORD = re.compile(
    r"forening|forbund|universitet|hogskol|institut|verket|myndighet|styrelse|kassan|departement|"
    r"centrum|center|kommun|region|landsting|\bab\b|organisation|\.se\b|\.nu\b|\.com\b|\.org\b"
)
# Block lines longer than this are running prose, not a broken table cell.
_PROSE_LINE = 150

#: Header word (folded) → column role; first match wins, whole words before substrings.
_COLUMN_ROLES: tuple[tuple[str, str], ...] = (
    ("nr", "code"),
    ("nummer", "code"),
    ("datum", "date"),
    ("start", "date"),
    ("fran", "date"),
    ("slut", "end"),
    ("till", "end"),
    ("arrangor", "organizer"),
    ("aktor", "actor"),
    ("organisation", "actor"),
    ("samarbetspartner", "actor"),
    ("omrade", "area"),
    ("typ", "type"),
    ("form", "type"),
    ("plats", "location"),
    ("ort", "location"),
    ("beskrivning", "description"),
    ("lank", "url"),
    ("url", "url"),
    ("namn", "name"),
    ("arrangemang", "name"),
    ("massa", "name"),
    ("titel", "name"),
    ("produkt", "name"),
)

Block = tuple[Line, ...]


@dataclass(frozen=True)
class _Appendix:
    title: str
    line: Line
    body: tuple[Line, ...]


@dataclass
class _Row:
    lines: list[Line]
    cells: list[str]

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass
class _Table:
    roles: tuple[str, ...]
    heading: str
    rows: list[_Row] = field(default_factory=list)
    loose: list[Block] = field(default_factory=list)
    closed: bool = False

    @property
    def kind(self) -> str:
        if "date" in self.roles:
            return "event"
        if "actor" in self.roles and "name" not in self.roles:
            return "actor"
        return "resource"

    def cell(self, row: _Row, role: str) -> str:
        values = [row.cells[i] for i, r in enumerate(self.roles) if r == role and i < len(row.cells)]
        return clean(" ".join(values))


class AppendixTablesLayout:
    """Appendices ("Bilaga N") with product lists and tab-separated event and actor tables."""

    name = "appendix-tables"

    def score(self, doc: Document) -> float:
        """Appendix headings, tab-separated rows in them and numbered dated rows, weighted."""
        appendices = _appendices(doc)
        if not appendices:
            return 0.0
        body = [line for a in appendices for line in a.body]
        rows = sum(1 for line in body if line.text.count("\t") >= 1 and line.text.strip("\t "))
        dated = sum(1 for line in body if _NUMBERED_DATED.match(line.text))
        return round(0.4 * min(1.0, len(appendices) / 2) + 0.3 * min(1.0, rows / 20) + 0.3 * min(1.0, dated / 10), 3)

    def extract(self, doc: Document) -> list[Mention]:
        """Resources, events and collaborating actors of every appendix, in text order."""
        mentions: list[Mention] = []
        for appendix in _appendices(doc):
            mentions.extend(_extract_appendix(doc.report, appendix))
        return sorted(mentions, key=lambda m: m.source.line)


def is_appendix_title(text: str) -> bool:
    """Whether ``text`` is an appendix's title (the section of what the appendix lists).

    >>> is_appendix_title("Bilaga 1 Framtagna och uppdaterade produkter under 2017"), is_appendix_title("3.3 Äldre")
    (True, False)
    """
    return bool(_HEADING.match(text)) and not _TOC_TAIL.search(text)


# -- segmentation -------------------------------------------------------------------------


def _appendices(doc: Document) -> list[_Appendix]:
    heads: list[tuple[int, str]] = []
    for i, line in enumerate(doc.lines):
        text = line.text.strip()
        match = _HEADING.match(text)
        if match is None or len(text) > 120 or _TOC_TAIL.search(line.text) or text.endswith((".", ",")):
            continue
        heads.append((i, clean(text)))
    found: list[_Appendix] = []
    for n, (i, title) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else len(doc.lines)
        found.append(_Appendix(title, doc.lines[i], doc.lines[i + 1 : stop]))
    return found


def _blocks(lines: Sequence[Line]) -> list[Block]:
    blocks: list[Block] = []
    current: list[Line] = []
    for line in lines:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(tuple(current))
            current = []
    if current:
        blocks.append(tuple(current))
    return blocks


def _entries(block: Block) -> list[Block]:
    """A product list's paragraph cut into its entries: each opens with its publisher.

    Lists are written one entry a paragraph, or one entry a line with no blank line between;
    there, every line that opens with a publisher ("SKR. …", "UPH 2017. …") starts an entry,
    and the lines after it (its link, a wrapped title) belong to it.

    >>> b = tuple(Line(i, t) for i, t in enumerate(["SKR. A.", "<https://a.se/a.pdf>", "SKR samt MFoF. B (film)"], 1))
    >>> [[ln.text for ln in e] for e in _entries(b)]
    [['SKR. A.', '<https://a.se/a.pdf>'], ['SKR samt MFoF. B (film)']]
    """
    starts = [i for i, line in enumerate(block) if _PRODUCER.match(line.text.strip())]
    if len(starts) < 2:
        return [block]
    if starts[0] != 0:
        starts = [0, *starts]
    return [block[a:b] for a, b in zip(starts, [*starts[1:], len(block)], strict=True)]


def _header_roles(cells: Sequence[str]) -> tuple[str, ...] | None:
    """Column roles if every non-empty cell is a known header word, else None."""
    if not any(c.strip() for c in cells) or any(ch.isdigit() for c in cells for ch in c):
        return None
    roles: list[str] = []
    for cell in cells:
        words = re.findall(r"[a-z]+", fold(cell))
        if not words:
            roles.append("")
            continue
        role = next((r for key, r in _COLUMN_ROLES if key in words), None)
        if role is None:
            long_keys = ((key, r) for key, r in _COLUMN_ROLES if len(key) >= 5)
            role = next((r for key, r in long_keys if any(key in w for w in words)), None)
        if role is None:
            return None
        roles.append(role)
    return tuple(roles)


def _split(text: str) -> list[str]:
    return [c.strip() for c in text.split("\t")]


# -- per appendix -------------------------------------------------------------------------


def _extract_appendix(report: str, appendix: _Appendix) -> list[Mention]:
    has_tables = any(_header_roles(_split(line.text)) for line in appendix.body if "\t" in line.text)
    heading = appendix.title
    tables: list[_Table] = []
    products: list[tuple[str, Block]] = []
    for block in _blocks(appendix.body):
        table = tables[-1] if tables else None
        if not any("\t" in line.text for line in block):
            if len(block) == 1 and _SUBHEADING.match(block[0].text.strip()):
                heading = clean(block[0].text).rstrip(":")
                if table is not None:
                    table.closed = True
            elif not has_tables:
                products.extend((heading, entry) for entry in _entries(block))
            elif table is not None and table.kind == "actor" and not table.closed:
                if any(len(line.text) > _PROSE_LINE for line in block):
                    table.closed = True
                else:
                    table.loose.append(block)
            continue
        last_row: _Row | None = None
        for line in block:
            if "\t" not in line.text:
                if last_row is not None:
                    last_row.lines.append(line)
                    last_row.cells[-1] = clean(f"{last_row.cells[-1]} {line.text}")
                continue
            cells = _split(line.text)
            roles = _header_roles(cells)
            if roles is not None:
                tables.append(_Table(roles, heading))
                table, last_row = tables[-1], None
            elif table is not None and not table.closed:
                last_row = _Row([line], cells)
                table.rows.append(last_row)
    section = appendix.title
    year = _context_year(appendix)
    title_years = tuple(int(y) for y in _YEAR.findall(appendix.title))
    mentions: list[Mention] = []
    for table in tables:
        if table.kind == "event":
            mentions.extend(_event(report, section, table, row, year) for row in table.rows)
        elif table.kind == "actor":
            for row in table.rows:
                actor, area = table.cell(row, "actor"), table.cell(row, "area")
                mentions.append(_actor(report, section, table.heading, row.lines, actor, area))
            for lines, actor, area in _loose_pairs(table.loose):
                mentions.append(_actor(report, section, table.heading, lines, actor, area))
        else:
            mentions.extend(_table_resource(report, section, table, row, title_years) for row in table.rows)
    mentions.extend(_products(report, section, products, title_years))
    return [m for m in mentions if m.name]


def _context_year(appendix: _Appendix) -> int | None:
    """The year that day-month dates belong to: the appendix's most frequent full-date year."""
    years = Counter(m.group(1) for line in appendix.body for m in _ISO_DATE.finditer(line.text))
    if years:
        return int(years.most_common(1)[0][0])
    in_title = _YEAR.findall(appendix.title)
    return int(in_title[-1]) if in_title else None


def _source(report: str, lines: Sequence[Line], section: str, text: str | None = None) -> Source:
    raw = text if text is not None else " ".join(line.text for line in lines)
    return Source(
        report=report,
        line=lines[0].number,
        quote=quote(_HTML_TAG.sub(" ", raw)),
        page=lines[0].page,
        section=section,
    )


# -- events -------------------------------------------------------------------------------


def _dates(cell: str, year: int | None) -> tuple[str | None, str | None]:
    """Start and end of a date cell: "2017-02-14 – 2017-02-16", "15-mars", "22-23 nov".

    >>> _dates("2017-02-14 – 2017-02-16", None)
    ('2017-02-14', '2017-02-16')
    >>> _dates("22-23 nov", 2017)
    ('2017-11-22', '2017-11-23')
    """
    iso = [d for m in _ISO_DATE.finditer(cell) if (d := _iso(*map(int, m.groups()))) is not None]
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


def _place(name: str) -> str | None:
    """A place named at the end of an event name: "(Lycksele)", "– Gotland", "Konferens i Linköping".

    >>> _place("Grundkurs migration och psykisk hälsa (Borås)"), _place("Nätverksträff Hälsa i Sverige")
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


def _event(report: str, section: str, table: _Table, row: _Row, year: int | None) -> Mention:
    name = table.cell(row, "name")
    start, end = _dates(table.cell(row, "date"), year)
    if table.cell(row, "end"):
        end_start, end_end = _dates(table.cell(row, "end"), year)
        end = end_end or end_start
    if start and end and end < start and year is not None:
        end = _iso(int(end[:4]) + 1, int(end[5:7]), int(end[8:10]))
    source = _source(report, row.lines, section)
    organizers = [clean(o) for o in re.split(r"[,;]", table.cell(row, "organizer")) if o.strip()]
    return Mention(
        kind="event",
        name=name,
        source=source,
        heading=table.heading,
        code=table.cell(row, "code").rstrip(".") or None,
        start=start,
        end=end if end != start else None,
        location=table.cell(row, "location") or _place(name),
        actors=tuple(ActorRole(o, "organizer", source) for o in organizers),
    )


# -- actors -------------------------------------------------------------------------------


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


def _loose_pairs(blocks: Sequence[Block]) -> list[tuple[tuple[Line, ...], str, str]]:
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
    """ "Folkhälsomyndigheten (FOHM)" → its two parts, when one of them is an acronym."""
    match = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", name)
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
    return Mention(
        kind="actor",
        name=clean(name),
        source=_source(report, lines, section),
        heading=heading,
        alt_names=_alt_names(clean(name)),
        extra=extra,
    )


# -- resources ----------------------------------------------------------------------------


def _urls(text: str) -> tuple[str, tuple[str, ...]]:
    """Text without its links, and the link targets in order.

    >>> _urls("UPH. [Resurscentra.](#) <https://vimeo.com/1> (film)")
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


def _sentences(text: str) -> list[str]:
    """Sentences of a title line, by the loader's one sentence splitter (an initial such as
    "Andersson, K." does not end a sentence).

    >>> _sentences("Andersson, K. Guide för skolan. Om stöd.")
    ['Andersson, K. Guide för skolan.', 'Om stöd.']
    """
    return [text[a:b] for a, b in split_sentences(text)]


@dataclass(frozen=True)
class _Product:
    lines: tuple[Line, ...]
    heading: str
    text: str  # without links
    urls: tuple[str, ...]
    title: list[str]  # sentences after the producer
    producers: tuple[str, ...]
    year: int | None
    copies: int | None
    raw: str


def _product(heading: str, lines: tuple[Line, ...]) -> _Product:
    raw = " ".join(line.text for line in lines)
    text, urls = _urls(raw)
    copies_match = _COPIES.search(text)
    copies = int(copies_match.group(1)) if copies_match else None
    body = _COPIES.sub("", text)
    producers: tuple[str, ...] = ()
    year: int | None = None
    match = _PRODUCER.match(body)
    if match:
        producers = tuple(p for p in re.split(r"\s+(?:samt|och|&)\s+", match.group("who")))
        year = int(match.group("year")) if match.group("year") else None
        body = body[match.end() :]
    elif (authors := _AUTHORS.match(body)) is not None:
        year = int(authors.group("year"))
        body = body[authors.end() :]
    return _Product(lines, heading, text, urls, _sentences(body), producers, year, copies, raw)


def _name(sentences: Sequence[str], count: int) -> str:
    name = " ".join(sentences[:count])
    name = _TYPE_NOTE.sub("", name).strip()
    name = name[:-1] if name.endswith((".", ",", ":")) else name
    # "Revidering av X": the head noun says what was done to the product (a revision noun of
    # the form vocabulary), so the product is called X.
    head = re.match(r"([\wåäöÅÄÖ]+)\s+av\s+(?=\S{3})", name)
    if head and stem_key(head.group(1)) in form_nouns("revisionNoun"):
        name = name[head.end() :]
        name = name[:1].upper() + name[1:]
    return clean(name)


def _products(
    report: str, section: str, blocks: Sequence[tuple[str, Block]], title_years: tuple[int, ...]
) -> list[Mention]:
    products: list[_Product] = []
    for heading, block in blocks:
        product = _product(heading, block)
        # A paragraph holding only a link (and a print run) belongs to the product before it.
        if products and not re.sub(r"[\W_]", "", _COPIES.sub("", product.text)):
            prev = products[-1]
            products[-1] = _product(prev.heading, prev.lines + block)
            continue
        products.append(product)
    # A first sentence shared by several products is a series name, not a title.
    firsts = Counter(fold(_name(p.title, 1)) for p in products if p.title)
    mentions: list[Mention] = []
    for p in products:
        if not p.title:
            continue
        name = _name(p.title, 2 if firsts[fold(_name(p.title, 1))] > 1 and len(p.title) > 1 else 1)
        source = _source(report, p.lines, section, p.raw)
        years = tuple(sorted(set(title_years) | ({p.year} if p.year else set())))
        observations = (
            (Observation("exemplar", float(p.copies), "ex", str(years[-1]), source),)
            if p.copies is not None and years
            else ()
        )
        note = _TYPE_NOTE.search(p.text)
        form = _note_form(note.group(1)) if note else None
        mentions.append(
            Mention(
                kind="resource",
                name=name,
                source=source,
                description=p.text,
                heading=p.heading,
                forms=(form,) if form else (),
                years=years,
                urls=p.urls,
                actors=tuple(ActorRole(who, "producer", source) for who in p.producers),
                observations=observations,
            )
        )
    return mentions


def _note_form(note: str) -> str | None:
    """The form a note after a product's link names, "<https://vimeo.com/…> (film)", read from the SKOS forms.

    >>> _note_form("filmer"), _note_form("webbsida"), _note_form("2019")
    ('film', 'webbplats', None)
    """
    cue = cue_of(note)
    return cue.code if cue is not None and cue.kind == "resource" and cue.code else None


def _table_resource(report: str, section: str, table: _Table, row: _Row, title_years: tuple[int, ...]) -> Mention:
    text, urls = _urls(" ".join(row.cells))
    source = _source(report, row.lines, section)
    kind = table.cell(row, "type")
    return Mention(
        kind="resource",
        name=_urls(table.cell(row, "name"))[0],
        source=source,
        description=_urls(table.cell(row, "description"))[0] or text,
        heading=table.heading,
        years=title_years,
        urls=urls,
        actors=tuple(
            ActorRole(clean(a), "producer", source) for a in re.split(r"[,;]", table.cell(row, "actor")) if a.strip()
        ),
        extra=(("type", kind),) if kind else (),
    )
