"""Appendix-tables layout: "Bilaga N" appendices holding product lists, dated event tables and actor tables.

An appendix is the text from a ``Bilaga N <title>`` heading (not a table-of-contents
entry) to the next one or the end. Inside it, tab-separated tables are read through
their header row by the shared table reader (:mod:`loader.tables`: each header word of the
vocabulary names a column role, and the roles decide what a row is — a date column makes
events, an actor column makes actors, a name column makes resources). An appendix without tables is a product list:
one paragraph per product, "<Producer>. <Title>. <description> <url> (<type>)".

>>> text = "Bilaga 2 Arrangemang\\n\\nNr.\\tDatum\\tNamn\\n1\\t2017-01-12\\tGrundkurs (Umeå)"
>>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\\n"))))
>>> [(m.kind, m.code, m.start, m.location) for m in AppendixTablesLayout().extract(doc)]
[('event', '1', '2017-01-12', 'Umeå')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from loader.actors import ORG_HEAD
from loader.document import page_foot_lines, split_sentences
from loader.grammar import AUXILIARIES, CONJUNCTIONS, PREPOSITIONS, finite_verb
from loader.layouts.base import Layout, form_nouns
from loader.layouts.bullets import DASHES, GLYPHS, strip_bullet
from loader.layouts.cues import lexicon as cue_lexicon
from loader.layouts.cues import stem_key
from loader.layouts.numbered_segment import bar_feet
from loader.layouts.numbered_words import is_organisation, organisation_share
from loader.model import ActorRole, Document, Line, Mention, Observation
from loader.named_things import cue_of
from loader.tables import (
    ISO_DATE,
    PROSE_LINE,
    YEAR,
    Row,
    Table,
    aligned_table,
    dated_entry,
    dated_list,
    dating_years,
    header_roles,
    is_row,
    is_rule,
    place,
    source,
    split_cells,
    table_mentions,
    urls,
)
from loader.text import clean, fold

__all__ = ["AppendixTablesLayout", "complete_cut_names", "is_appendix_title"]

# An appendix's heading: "Bilaga 1 Publicerat material", "Bilaga 2: …", and as an edition may label them,
# by letter or Roman numeral ("Bilaga A Konferenser", "Bilaga II. Samverkanspartner").
_HEADING = re.compile(
    r"^(?:Bilaga|BILAGA|Appendix|APPENDIX)\s+(\d{1,2}|[A-H]|[IVX]{1,4})\b(?!\s*[.,]\s*\d)[ \t.:–-]*(.*?)\s*$"
)
# Table-of-contents entries: leader dots or a trailing page number.
_TOC_TAIL = re.compile(r"(?:\.{3,}|\t\s*\d+|\s\d{1,3})\s*$")
_NUMBERED_DATED = re.compile(r"^\s*\d{1,4}\.?\t\s*(?:19|20)\d{2}-\d{2}-\d{2}")
_SUBHEADING = re.compile(r"^(?:[A-ZÅÄÖ]|[IVX]{1,4}|\d{1,2})[.)]\s+\S.{0,80}$|^[^\t]{2,80}:$")
# An organisation's name with its abbreviation in brackets, alone on a line: "Statens beredning för X (SBU)".
_NAMED_ORG = re.compile(r"^[A-ZÅÄÖ][^\t()]{3,120}\s\([A-ZÅÄÖ][A-Za-zÅÄÖ0-9&-]{1,8}\)$")
_BRACKET_YEAR = re.compile(r"\(((?:19|20)\d{2})\)")
# A print run, "– 500 ex", "– 5 000 ex." (thousands grouped by a space, as Swedish prints them), or after
# a comma ("(handbok), 1 500 ex."); after the title's closing note or full stop the dash may be left out and
# one or two words may say which printing it was ("[handbok] 1 500 ex.", "[broschyr] Nytryck 5 000 ex.",
# "Upplaga: 800 exemplar").
_COPIES = re.compile(
    r"(?:\s*[–-]\s*|,\s*|(?<=[.\])])\s+(?:[A-ZÅÄÖa-zåäö]+:?\s+){0,2})"
    r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)\s*ex(?:emplar)?\b\.?"
)
# "(film)", "(webbutbildning, uppdaterad version)", "(tryckt kortlek, 52 kort)": a form note after the
# title (its form perhaps with an adjective), perhaps with a status of up to three words.
# The note may stand in square brackets instead ("[faktablad]"), as lists that say "Formen anges inom klammer" print it.
_TYPE_NOTE = re.compile(
    r"\s*\.?\s*(?:\(\s*([^\s(),]+(?:\s[^\s(),]+)?)(?:,\s*[^\s(),]+(?:\s[^\s(),]+){0,2})?\s*\)"
    r"|\[\s*([^\s\[\],]+)(?:,\s*[^\s\[\],]+(?:\s[^\s\[\],]+){0,2})?\s*\])\s*\.?\s*$"
)
# A numbered list item: " 1. Title [form]", "10. Title" (the number right-aligned or not); in an appendix
# labelled by letter the number may carry its label
# ("Bilaga A …" then "A1. SKR/UPH. Title", "A2. …").
_LIST_NUMBER = re.compile(r"^\s*(?:[A-H](?=\d))?(\d{1,2})[.)]\s+(?=\S)")
# An entry numbered within its appendix: "1.1 SKR 2034. Title", "1.12 SKR. Title" (appendix, entry).
_DOTTED_NUMBER = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")
# "UPH. Title", "SKR 2022. Title", "SKR samt MFoF. Title", "SKR samt Stiftelsen Äldrecentrum. Title":
# an abbreviated publisher, partners after "samt"/"och" (abbreviated or a capitalised name of
# up to four words), an optional year, then the title.
# A partner's name may end in a lower-case head noun ("SKR samt Örebro universitet. Title"): the
# period after it bounds the name.
_PARTNER_NAME = r"(?:[A-ZÅÄÖ]{2,}|[A-ZÅÄÖ][\wåäöé-]+(?:\s+[A-ZÅÄÖ][\wåäöé-]+){0,3}(?:\s+[a-zåäö][\wåäöé-]+){0,2})"
# Abbreviations of one publisher and its unit may be joined by a slash ("SKR/UPH"), and the year may
# stand in brackets, as a reference list prints it, with a later edition's year after a comma:
# "SKR/UPH (2046): Title.", "SKR/UPH (2043, uppdaterad 2046): Title.", "SKR/UPH och Bris: Title.".
# A co-publisher may follow the slash by its name ("UPH/Sveriges Kuratorsförening. Title", "UPH/NPO psykiatri.").
_YEAR_NOTE = r"(?:\s+(?P<year>(?:19|20)\d{2})|\s*\((?P<years>(?:19|20)\d{2}(?:,\s*[a-zåäö]+\s+(?:19|20)\d{2})?)\))"
_PRODUCER = re.compile(
    rf"^(?P<who>[A-ZÅÄÖ]{{2,}}(?:/[A-ZÅÄÖ]{{2,}})*(?:(?:\s+(?:samt|och|&)\s+|/){_PARTNER_NAME}(?:/[A-ZÅÄÖ]{{2,}})*)*)"
    rf"{_YEAR_NOTE}?\s*[.:]\s+"
)
# A producer the actor lexicon knows, however written: "Karolinska Institutet samt SKR. Title", "Nka. Title";
# a colon ends it as a reference list writes it: "Sophiahemmet högskola för SKR: Title" (made by the first
# for the second, which commissioned it).
_NAMED_PRODUCER = re.compile(rf"^(?P<who>[A-ZÅÄÖ][^.:\t]{{1,80}}?){_YEAR_NOTE}?[.:]\s+(?=[A-ZÅÄÖ])")
# Conjunctions between publishers; "för" between a maker and the organisation it made the product for.
_PUBLISHERS_AND = re.compile(r"\s+(?:samt|och|&)\s+")
_AUTHORS = re.compile(r"^(?P<who>(?:[A-ZÅÄÖ][\w-]+,\s*[A-ZÅÄÖ]\.?\s*)+)\((?P<year>(?:19|20)\d{2})\)\s*")
# The copyright line and the ISBN of a report's back cover.
_COLOPHON_MARK = re.compile(r"©|\bISBN\b")
#: How many lines before the copyright line a back cover may open with the front cover's title, and
#: how many lines at the start of a report its front cover holds.
_BACK_COVER_LINES, _COVER_LINES = 12, 8
Block = tuple[Line, ...]


@dataclass(frozen=True)
class _Appendix:
    title: str
    line: Line
    body: tuple[Line, ...]
    #: numbers of the body lines that opened with a list mark ("▪ Title. [form]"), read without it
    marked: frozenset[int] = frozenset()


class AppendixTablesLayout(Layout):
    """Appendices ("Bilaga N") with product lists and tab-separated event and actor tables."""

    name = "appendix-tables"

    def score(self, doc: Document) -> float:
        """Appendix headings, tab-separated rows in them and numbered dated rows, weighted."""
        appendices = _appendices(doc)
        if not appendices:
            return 0.0
        body = [line for a in appendices for line in a.body]
        rows = sum(1 for line in body if is_row(line.text) and line.text.strip("\t |"))
        dated = sum(1 for line in body if _NUMBERED_DATED.match(line.text) or dated_entry(line.text))
        return round(0.4 * min(1.0, len(appendices) / 2) + 0.3 * min(1.0, rows / 20) + 0.3 * min(1.0, dated / 10), 3)

    def read_lines(self, doc: Document) -> frozenset[int]:
        """Numbers of the lines this layout reads: the bodies of the appendices and the back cover after
        the last one (read as nothing, so that no other reader takes its order line for a product)."""
        appendices = _appendices(doc)
        if not appendices:
            return frozenset()
        last = appendices[-1].body[-1].number if appendices[-1].body else appendices[-1].line.number
        back = (line.number for line in doc.lines if line.number > last)
        return frozenset(line.number for a in appendices for line in a.body) | frozenset(back)

    def listed_lines(self, doc: Document) -> frozenset[int]:
        """Numbers of the lines of the organisation lists the appendices print without tabs ("Bris –
        Nattljuset" one a line): a name and its area per line, no sentence, so no reader of running text
        should join them into one (tab-separated rows it leaves alone anyway).

        >>> text = "Bilaga 3 Parter\\nA. Myndigheter\\nSkolverket – elevhälsa\\nMind – stöd\\n\\nSlut."
        >>> doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\\n"))))
        >>> sorted(AppendixTablesLayout().listed_lines(doc))
        [3, 4]
        """
        return frozenset(
            line.number
            for appendix in _appendices(doc)
            for table in _read_appendix(appendix)[0]
            if table.kind == "actor"
            for row in table.rows
            for line in row.lines
            if not is_row(line.text)
        )

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
    >>> is_appendix_title("Bilaga B Mässor"), is_appendix_title("Bilaga II. Parter"), is_appendix_title("Bilagan i")
    (True, True, False)
    """
    return bool(_HEADING.match(text)) and not _TOC_TAIL.search(text)


def _form_subtitled(name: str, listed: Sequence[str]) -> str | None:
    """The one appendix entry that gives a body title's product with its form as the subtitle: "Efter ett
    suicidförsök – checklista" for the body's "Efter ett suicidförsök – för personal på …" (an appendix
    list names a product by its title and form; the body by its title and what it is for).

    >>> _form_subtitled("Lugnet – för personal i skolan", ["Lugnet – checklista", "Annat – film"])
    'Lugnet – checklista'
    >>> _form_subtitled("Lugnet – för personal", ["Lugnet – en bok om oro"]) is None
    True
    >>> _form_subtitled("Lugnet – en bok om oro", ["Lugnet – en bok om oro", "Lugnet – checklista"]) is None
    True
    """
    if any(fold(entry) == fold(name) for entry in listed):
        return None  # the list names this product itself ("X – vägledning …" beside "X – samtalskort")
    head = name.split(" – ")[0].strip()
    found = set()
    for entry in listed:
        title, dash, subtitle = entry.partition(" – ")
        words = subtitle.split()
        if not dash or fold(title.strip()) != fold(head) or entry == name or len(words) != 1:
            continue
        cue = cue_of(words[0])
        if cue is not None and cue.kind == "resource":
            found.add(entry)
    return found.pop() if len(found) == 1 else None


def complete_cut_names(doc: Document, found: Sequence[Mention]) -> list[Mention]:
    """Body mentions whose name an appendix's list gives in full, renamed to the listed title.

    A reader of running text may stop a title at a preposition ("filmen Hemma hos Elin, som …" read
    as "Hemma"); when an appendix lists a product whose title opens with that name and the body line
    (with the next one, a title may wrap) goes on with the rest of the title, the body names the
    listed product, cut short.

    >>> doc = Document("r", (Line(1, "Vi visade filmen Hemma hos Elin, som skildrar"), Line(2, "x")))
    >>> from loader.model import Source
    >>> src = Source(report="r", line=1, quote="q")
    >>> body = Mention(kind="resource", name="Hemma", source=src)
    >>> at = replace(src, line=2, section="Bilaga 1 Produkter")
    >>> listed = Mention(kind="resource", name="Hemma hos Elin", source=at)
    >>> [m.name for m in complete_cut_names(doc, [body, listed])]
    ['Hemma hos Elin', 'Hemma hos Elin']
    >>> held = Mention(kind="event", name="Temadag 1", source=src)
    >>> row = Mention(kind="event", name="Temadag 1 för chefer", source=at)
    >>> [m.name for m in complete_cut_names(doc, [held, row])]
    ['Temadag 1 för chefer', 'Temadag 1 för chefer']
    """
    listed = [m.name for m in found if m.kind == "resource" and is_appendix_title(m.source.section or "")]
    # An appendix's list of arrangements gives an event's whole title; the body may name it by its
    # opening words, the title's complement left out ("Lärandeseminarium 1" of "Lärandeseminarium 1 för
    # regionala samordnare"): one listed event going on from the body's name in lower case is that event.
    events = [m.name for m in found if m.kind == "event" and is_appendix_title(m.source.section or "")]
    if not listed and not events:
        return list(found)
    lines = {ln.number: ln.text for ln in doc.lines}
    out: list[Mention] = []
    for m in found:
        if m.kind in ("resource", "initiative") and not is_appendix_title(m.source.section or ""):
            near = " ".join(f"{lines.get(m.source.line, '')} {lines.get(m.source.line + 1, '')}".split())
            longer = [
                name
                for name in listed
                # the body may stop the title at a comma inside it ("X 2065 – platser, beläggning och personal")
                if fold(name).startswith((fold(m.name) + " ", fold(m.name) + ","))
                and re.search(rf"\b{re.escape(name)}\b", near)
            ]
            if len(longer) == 1:
                m = replace(m, name=longer[0])
            elif (formed := _form_subtitled(m.name, listed)) is not None:
                # one product: named as the list names it, the body's title kept as another name
                m = replace(m, name=formed, alt_names=tuple(dict.fromkeys((*m.alt_names, m.name))))
        elif m.kind == "event" and not is_appendix_title(m.source.section or ""):
            going_on = [
                name
                for name in events
                if fold(name).startswith(fold(m.name) + " ") and name[len(m.name) :].split()[0][:1].islower()
            ]
            if len(set(going_on)) == 1:
                m = replace(m, name=going_on[0], alt_names=tuple(dict.fromkeys((*m.alt_names, m.name))))
        out.append(m)
    return out


# -- segmentation -------------------------------------------------------------------------


def _colophon(lines: Sequence[Line], cover: Collection[str] = ()) -> int:
    """Index in ``lines`` where a report's back cover starts, or ``len(lines)``.

    The back cover (colophon) of SKL/SKR reports carries the copyright line and the ISBN
    ("© Sveriges Kommuner och Regioner, 2030", "ISBN 978-…"); it is the report's last printed
    text, so the paragraph holding the first such mark and all text after it are no part of
    the last appendix: "Beställ eller ladda ned på …", "Läs mer om arbetet på …" are no products.
    The back cover opens by repeating the title of the front cover ("Slutrapport 2046", one of the
    ``cover`` lines): from there on, over blank lines, the text is the back cover's.

    >>> ls = [Line(i, t) for i, t in enumerate(["Mind\\tOrd", "", "Slutrapport 2029", "Text. © SKR, 2030", "", "x"], 1)]
    >>> _colophon(ls), _colophon(ls[:2]), _colophon([ls[0], ls[2], ls[3]])
    (2, 2, 1)
    >>> back = ["Prevent – stöd", "", "Rapport 2046", "", "Om rapporten.", "", "Läs mer på x.se", "© SKR, 2047"]
    >>> ls = [Line(i, t) for i, t in enumerate(back, 1)]
    >>> _colophon(ls, {"Rapport 2046"}), _colophon(ls)
    (2, 6)
    """
    mark = next((i for i, line in enumerate(lines) if _COLOPHON_MARK.search(line.text)), None)
    if mark is None:
        return len(lines)
    titled = {fold(clean(t)) for t in cover if clean(t)}
    repeat = next(
        (i for i in range(max(0, mark - _BACK_COVER_LINES), mark) if fold(clean(lines[i].text)) in titled), None
    )
    if repeat is not None:
        return repeat
    while mark > 0 and lines[mark - 1].text.strip() and not is_row(lines[mark - 1].text):
        # the paragraph the mark stands in ("Slutrapport 2029 / Rapporten redovisar … ©"), back to a
        # blank line or to the last table row when no blank line sets the cover off
        mark -= 1
    return mark


def _cover_lines(lines: Sequence[Line]) -> list[str]:
    """The front cover's lines: the report's first non-blank lines (before its first appendix), up to
    its first line of running text, table row or contents heading.

    >>> _cover_lines([Line(1, "DNR 1"), Line(2, ""), Line(3, "Rapport 2046"), Line(4, "Innehåll")])
    ['DNR 1', 'Rapport 2046']
    """
    out: list[str] = []
    for line in lines:
        text = clean(line.text)
        if not text:
            continue
        if len(out) >= _COVER_LINES or len(text) > 80 or is_row(line.text) or fold(text).startswith("innehall"):
            break
        out.append(text)
    return out


def _appendices(doc: Document) -> list[_Appendix]:
    heads: list[tuple[int, str]] = []
    for i, line in enumerate(doc.lines):
        text = line.text.strip()
        match = _HEADING.match(text)
        if match is None or len(text) > 120 or _TOC_TAIL.search(line.text) or text.endswith((".", ",")):
            continue
        heads.append((i, clean(text)))
    found: list[_Appendix] = []
    cover = _cover_lines(doc.lines[: heads[0][0]]) if heads else []
    # page feet and the running head after them ("— 8 —" / "SKR | Slutrapport 2032") are no rows or products
    furniture = {doc.lines[k].number for k in page_foot_lines(doc.lines) | bar_feet(doc.lines)}
    # A form feed opens a page; the line it opens, repeated on page after page, is a running head
    # ("\fSLUTRAPPORT 2034"), never part of the entry or row the page break falls in.
    opened = Counter(ln.text.strip() for ln in doc.lines if ln.text.startswith("\f") and ln.text.strip())
    furniture |= {ln.number for ln in doc.lines if ln.text.startswith("\f") and opened[ln.text.strip()] >= 2}
    # A page's number alone on its line ("                    18") is no entry, row or name, even where the
    # export prints too few of them for a page foot to be recognised (blind20 final report 170, 182, 202).
    furniture |= {ln.number for ln in doc.lines if _PAGE_NUMBER.fullmatch(ln.text)}
    for n, (i, title) in enumerate(heads):
        stop = heads[n + 1][0] if n + 1 < len(heads) else i + 1 + _colophon(doc.lines[i + 1 :], cover)
        # the dash rule under a pipe table's header is no row
        kept = [ln for ln in doc.lines[i + 1 : stop] if ln.number not in furniture and not is_rule(ln.text)]
        marked = frozenset(ln.number for ln in kept if _LIST_MARK.match(ln.text))
        found.append(_Appendix(title, doc.lines[i], tuple(_unbulleted(ln) for ln in kept), marked))
    return found


#: A line holding only a page number.
_PAGE_NUMBER = re.compile(r"\s*\d{1,3}\s*")


#: A list mark opening an appendix's line: a dash or bullet and a space before the entry ("– UPH. Title.
#: [form]", "• Socialstyrelsen"); the entry is read without it, as one printed without marks. The
#: bullet glyphs are those of the one bullet recogniser (an export may print "●" or "\uf0b7" for "•").
_LIST_MARK = re.compile(rf"^[{re.escape(GLYPHS + DASHES)}*\ue000-\uf8ff][ \t]+(?=[A-ZÅÄÖ0-9])")


def _unbulleted(line: Line) -> Line:
    """``line`` without the list mark that opens it.

    >>> _unbulleted(Line(4, "– UPH. Lyktan. [film]")).text, _unbulleted(Line(5, "  – och mer")).text
    ('UPH. Lyktan. [film]', '  – och mer')
    """
    return replace(line, text=_LIST_MARK.sub("", line.text))


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


def _producer(text: str) -> re.Match[str] | None:
    """The publisher opening a product entry: an abbreviation ("SKR 2027.", "SKR samt MFoF.") or
    organisations the actor lexicon knows, however written ("Karolinska Institutet samt SKR.", "Nka.").

    >>> _producer("Nka. Ensam hemma.").group("who"), _producer("Trygg i skolan. En film.") is None
    ('Nka', True)
    >>> _producer("SKR/UPH (2043, uppdaterad 2046): Pausrummet.").group("who", "years")
    ('SKR/UPH', '2043, uppdaterad 2046')
    >>> _producer("Bris och SKR/UPH: Nattljuset.").group("who"), _producer("Ett stöd för SKR: text.") is None
    ('Bris och SKR/UPH', True)
    >>> _producer("Sophiahemmet högskola för SKR: Heldygnsvård.").group("who")
    'Sophiahemmet högskola för SKR'
    >>> _producer("UPH/NPO psykiatri. Nattvakten.").group("who"), _producer("UPH/Röda Korset. Ljus.").group("who")
    ('UPH/NPO psykiatri', 'UPH/Röda Korset')
    """
    match = _PRODUCER.match(text)
    if match:
        return match
    named = _NAMED_PRODUCER.match(text)
    if named and all(_publisher(who) for who in _publishers(named.group("who"), commissioners=True)):
        return named
    return None


def _publishers(who: str, commissioners: bool = False) -> list[str]:
    """The publishers a product entry's opening names: split at conjunctions and slashes between
    abbreviations ("SKR/UPH och Bris"); after "för" stands the organisation the product was made for,
    kept only with ``commissioners``.

    >>> _publishers("SKR/UPH och Bris"), _publishers("Sophiahemmet högskola för SKR")
    (['SKR', 'UPH', 'Bris'], ['Sophiahemmet högskola'])
    >>> _publishers("SKR, UPH och Bris"), _publishers("UPH/Sveriges Kuratorsförening")
    (['SKR', 'UPH', 'Bris'], ['UPH', 'Sveriges Kuratorsförening'])
    """
    maker, _, client = who.partition(" för ")
    listed = [p for part in _PUBLISHERS_AND.split(maker) for p in re.split(r"\s*,\s*", part)]  # "SKR, UPH och Bris"
    parts = [p for part in listed for p in re.split(r"/(?=[A-ZÅÄÖ])", part) if p]
    return [*parts, *(_publishers(client) if commissioners and client else [])]


def _publisher(name: str) -> bool:
    """Whether a publisher named before a product's title is an organisation: one the actor lexicon
    knows, or a name its generic patterns read as an organisation's whole ("Sophiahemmet högskola")."""
    return is_organisation(name) or organisation_share(name) >= 0.9


def _entries(block: Block) -> list[Block]:
    """A product list's paragraph cut into its entries: each opens with its publisher.

    Lists are written one entry a paragraph, or one entry a line with no blank line between;
    there, every line that opens with a publisher ("SKR. …", "UPH 2017. …") starts an entry,
    and the lines after it (its link, a wrapped title) belong to it.

    >>> b = tuple(Line(i, t) for i, t in enumerate(["SKR. A.", "<https://a.se/a.pdf>", "SKR samt MFoF. B (film)"], 1))
    >>> [[ln.text for ln in e] for e in _entries(b)]
    [['SKR. A.', '<https://a.se/a.pdf>'], ['SKR samt MFoF. B (film)']]
    """
    numbered = [i for i, line in enumerate(block) if _LIST_NUMBER.match(line.text)]
    first_two = [m.group(1) for i in numbered[:2] if (m := _LIST_NUMBER.match(block[i].text))]
    if first_two == ["1", "2"]:
        # a numbered list ("1. Title [form]", its wrapped lines indented under it): one entry an item;
        # the lines before the first item introduce the list ("Formen anges inom klammer.")
        return [block[a:b] for a, b in zip(numbered, [*numbered[1:], len(block)], strict=True)]
    # a list glyph may mark each entry ("– UPH. Title. [form]", "• SKR. Title"): the publisher follows it
    starts = [i for i, line in enumerate(block) if _producer(strip_bullet(line.text).strip())]
    if len(starts) < 2:
        return [block]
    if starts[0] != 0:
        starts = [0, *starts]
    return [block[a:b] for a, b in zip(starts, [*starts[1:], len(block)], strict=True)]


def _closes_entry(text: str) -> bool:
    """Whether a list line ends its entry with a note naming the entry's form ("… 6–17 år. [vägledning]",
    "… (film)"): lists that give each product's form in brackets print the note last, so the next line
    opens another entry.

    >>> _closes_entry("Lotsen – en guide. [vägledning]"), _closes_entry("Lotsen (film)"), _closes_entry("Lotsen (2061)")
    (True, True, False)
    """
    note = _TYPE_NOTE.search(text.rstrip())
    return note is not None and _note_form(note.group(1) or note.group(2)) is not None


def _category_heading(text: str, after: str | None) -> bool:
    """Whether an unmarked line of a list is a category heading over the entries under it ("Barn och
    unga", "Vuxna och äldre", "Suicidprevention"): at the margin, a few words opening with a capital,
    no sentence (no end punctuation, no form note), standing first or after an entry that ended
    (``after``, the line before it, closes with a full stop or a note).

    >>> _category_heading("Vuxna och äldre", "Lotsen. [film]"), _category_heading("Vuxna och äldre", None)
    (True, True)
    >>> _category_heading("  version. [modell]", "Lotsen – reviderad"), _category_heading("och unga", None)
    (False, False)
    >>> _category_heading("Vuxna och äldre", "Lotsen – modell för")
    False
    """
    words = text.split()
    return (
        bool(words)
        and not text[:1].isspace()
        and text.strip()[:1].isupper()
        and len(words) <= 6
        and " – " not in text
        and not text.rstrip().endswith((".", ":", ";", ",", ")", "]", ">"))
        and (after is None or after.rstrip().endswith((".", ")", "]", ">")))
    )


def _marked_groups(block: Block, marked: Collection[int]) -> list[tuple[str | None, Block]] | None:
    """A product list whose entries are list items, cut into its entries, each with the category
    heading it stands under; ``None`` where the paragraph is no such list.

    Entries are delimited by one of two conventions of printed lists: each opens with a list mark
    (``marked``: "▪ Title. [form]", its wrapped lines indented under it), or each closes with a note
    naming its form ("Title. [form]" one a line, :func:`_closes_entry`). Unmarked lines at the margin
    between entries that say no sentence are category headings ("Barn och unga" over the entries).
    Lists whose entries open with their publisher or a number are left to :func:`_entries` and
    :func:`_numbered_groups`.

    >>> b = tuple(Line(i, t) for i, t in enumerate(["Barn och unga", "Lotsen – en guide", "  för unga. [guide]",
    ...     "Lyktan. [film]", "Vuxna", "Ankaret. [modell]"], 1))
    >>> [(h, [ln.number for ln in e]) for h, e in _marked_groups(b, {2, 4, 6})]
    [('Barn och unga', [2, 3]), ('Barn och unga', [4]), ('Vuxna', [6])]
    >>> [(h, [ln.number for ln in e]) for h, e in _marked_groups(b, ())]
    [('Barn och unga', [2, 3]), ('Barn och unga', [4]), ('Vuxna', [6])]
    >>> _marked_groups(tuple(Line(i, t) for i, t in enumerate(["SKR. A. [film]", "SKR. B. [film]"], 1)), ()) is None
    True
    """
    texts = [line.text for line in block]
    if sum(1 for t in texts if _producer(strip_bullet(t).strip())) >= 2 or any(
        _LIST_NUMBER.match(t) or _DOTTED_NUMBER.match(t) for t in texts
    ):
        return None  # publisher-led or numbered entries: their own readers
    starts = [k for k, line in enumerate(block) if line.number in marked]
    if len(starts) < 2:
        closing = [k for k, t in enumerate(texts) if _closes_entry(t)]
        if len(closing) < 2:
            return None
        starts = [0, *(k + 1 for k in closing if k + 1 < len(block))]
    if len([k for k in starts if block[k].number in marked]) >= 2:
        # an unmarked line right before a marked entry
        heads = {
            k
            for k in range(len(block) - 1)
            if k + 1 in starts
            and block[k].number not in marked
            and _category_heading(texts[k], texts[k - 1] if k else None)
        }
    else:
        # a line opening an entry by position, followed by a line at the margin opening with a capital
        heads = {
            k
            for k in starts
            if k + 1 < len(block)
            and texts[k + 1][:1].isupper()
            and _category_heading(texts[k], texts[k - 1] if k else None)
        }
    cuts = sorted({*starts, *heads, *(k + 1 for k in heads)} - {len(block)})
    if cuts[0] != 0:
        cuts = [0, *cuts]
    out: list[tuple[str | None, Block]] = []
    heading: str | None = None
    for a, b in zip(cuts, [*cuts[1:], len(block)], strict=True):
        if a in heads:
            heading = clean(texts[a])
            continue
        out.append((heading, block[a:b]))
    return out


def _numbered_groups(block: Block) -> list[tuple[str | None, Block]]:
    """A product list numbered within its appendix ("1.1 …", "1.2 …"), cut into its entries, each
    with the type sub-heading it is listed under ("Rapporter och kartläggningar" on a line of its
    own between two entries, no blank line around it); any other paragraph is returned whole.

    An entry runs from its number to the next number or sub-heading: its indented link line and a
    wrapped note ("    (frågeformulär)") are its own. A sub-heading is a short line at the margin,
    no sentence, followed by a numbered entry.

    >>> b = tuple(Line(i, t) for i, t in enumerate(["Guider", "1.1 SKR. A.", "    <https://a.se>",
    ...     "Filmer", "1.2 SKR. B (film)", "1.3 SKR. C"], 1))
    >>> [(h, [ln.number for ln in e]) for h, e in _numbered_groups(b)]
    [('Guider', [2, 3]), ('Filmer', [5]), (None, [6])]
    """
    numbered = [i for i, line in enumerate(block) if _DOTTED_NUMBER.match(line.text)]
    firsts = [m.groups() for i in numbered[:2] if (m := _DOTTED_NUMBER.match(block[i].text))]
    if len(firsts) < 2 or firsts[0][0] != firsts[1][0] or [int(b) for _, b in firsts] != [1, 2]:
        return [(None, block)]

    def sub_heading(k: int) -> bool:
        text = block[k].text
        return (
            k + 1 < len(block)
            and k + 1 in numbered
            and not text[:1].isspace()
            and text.strip()[:1].isupper()
            and len(text.split()) <= 8
            and not text.rstrip().endswith((".", ":", ")", ">"))
        )

    out: list[tuple[str | None, Block]] = []
    if numbered[0] > 0 and not (numbered[0] == 1 and sub_heading(0)):
        out.append((None, block[: numbered[0] - (1 if sub_heading(numbered[0] - 1) else 0)]))
    heading: str | None = None
    for n, start in enumerate(numbered):
        if start > 0 and sub_heading(start - 1):
            heading = clean(block[start - 1].text)
        stop = numbered[n + 1] if n + 1 < len(numbered) else len(block)
        if stop < len(block) and stop - 1 > start and sub_heading(stop - 1):
            stop -= 1
        out.append((heading, block[start:stop]))
        heading = None
    return out


# -- per appendix -------------------------------------------------------------------------


def _extract_appendix(report: str, appendix: _Appendix) -> list[Mention]:
    tables, products = _read_appendix(appendix)
    section = appendix.title
    year = _context_year(appendix)
    title_years = dating_years(appendix.title)
    mentions: list[Mention] = []
    for table in tables:
        mentions.extend(table_mentions(report, section, table, year, title_years))
    mentions.extend(_products(report, section, products, title_years))
    return [m for m in mentions if m.name]


def _read_appendix(appendix: _Appendix) -> tuple[list[Table], list[tuple[str, Block, str]]]:
    """An appendix's tables (headed, aligned, or lists read as tables) and its product entries."""
    aligned = {b: _aligned_at(b) for b in _blocks(appendix.body)}
    grouped = {b: _grouped_actors(b, _titled_for_actors(appendix.title)) for b in _blocks(appendix.body)}
    body = appendix.body
    has_tables = (
        any(aligned.values())
        or any(grouped.values())
        or any(
            header_roles(split_cells(line.text), opens=k == 0 or not is_row(body[k - 1].text))
            for k, line in enumerate(body)
            if is_row(line.text)
        )
    )
    heading = appendix.title
    tables: list[Table] = []
    products: list[tuple[str, Block, str]] = []
    kind = ""  # the type sub-heading the entries are listed under
    for block in _blocks(appendix.body):
        if (at := aligned[block]) is not None:
            # a space-aligned table, perhaps under its sub-heading in the same paragraph
            # ("A. Konferenser …" / "Datum   Arrangemang   Deltagare" / rows)
            k, found = at
            if k == 1 and _SUBHEADING.match(block[0].text.strip()):
                heading = clean(block[0].text).rstrip(":")
            found.heading = heading
            tables.append(found)
            continue
        table = tables[-1] if tables else None
        if not any(is_row(line.text) for line in block):
            if len(block) == 1 and _SUBHEADING.match(block[0].text.strip()):
                heading = clean(block[0].text).rstrip(":")
                if table is not None:
                    table.closed = True
            elif (dated := dated_list(block, heading)) is not None:
                # events written as a dated list ("2036-01-23 — Titel — Ort (210)"), one entry a line
                tables.append(dated)
            elif (listed := _category_lists(block)) is not None:
                tables.extend(listed)
            elif (groups := grouped[block]) is not None:
                # organisations one a line, "Name – what was done together", under group heads
                tables.extend(replace(t, heading=t.heading or heading) for t in groups)
            elif not has_tables:
                # A type sub-heading ("Rapporter och kartläggningar") sorts the entries by form; it
                # scopes no topic, so the entries keep the appendix's heading (and the body's, where
                # the running text presents them) and carry the sub-heading as such.
                for sub, part in _marked_groups(block, appendix.marked) or _numbered_groups(block):
                    kind = sub or kind
                    products.extend((heading, entry, kind) for entry in _entries(part))
            elif table is not None and table.kind == "actor" and not table.closed:
                if any(len(line.text) > PROSE_LINE for line in block):
                    table.closed = True
                else:
                    table.loose.append(block)
            continue
        last_row: Row | None = None
        wrapped: tuple[Row, str, Line] | None = None  # the row an untabbed line was just added to
        opened = False  # the last row was opened by an untabbed name line and waits for its area
        for k, line in enumerate(block):
            if not is_row(line.text):
                text = line.text.strip()
                if _SUBHEADING.match(text) and not text.endswith(":") and table is not None:
                    # "B. Nordiskt samarbete" between two tables: a heading, not a row's continuation
                    heading, last_row = clean(text), None
                    table.closed = True
                    continue
                if table is not None and table.kind == "actor" and not table.closed and _NAMED_ORG.match(text):
                    # a row that lost its tab after a complete one: "Statens beredning … (SBU)" on one line,
                    # its area on the next
                    last_row, opened = Row([line], [clean(text), ""]), True
                    table.rows.append(last_row)
                    continue
                if last_row is not None:
                    wrapped = (last_row, last_row.cells[-1], line)
                    last_row.lines.append(line)
                    last_row.cells[-1] = clean(f"{last_row.cells[-1]} {line.text}")
                    if opened:
                        opened, last_row = False, None  # the area of an untabbed row is one line
                continue
            opened = False
            cells = split_cells(line.text)
            # a header stands where rows start: there it need name only the column of names
            roles = header_roles(cells, opens=k == 0 or not is_row(block[k - 1].text))
            if roles is not None:
                tables.append(Table(roles, heading, line))
                table, last_row = tables[-1], None
            elif table is not None and not table.closed:
                if wrapped is not None and wrapped[0] is last_row and _name_goes_on(wrapped[2].text, cells[0]):
                    # "Nationellt kunskapscentrum om våld mot barn" / "(Barnafrid/…)<TAB>area": a row whose
                    # first cell opens with a bracket continues a name wrapped onto the line before it,
                    # which is no continuation of the row above
                    prev, cell, name_line = wrapped
                    prev.lines.remove(name_line)
                    prev.cells[-1] = cell
                    cells[0] = clean(f"{name_line.text} {cells[0]}")
                    last_row = Row([name_line, line], cells)
                else:
                    last_row = Row([line], cells)
                table.rows.append(last_row)
            elif (roles := _headerless_roles(cells)) is not None:
                # rows printed without a header: a date opening the row makes events, an organisation actors
                tables.append(Table(roles, heading, None))
                table, last_row = tables[-1], Row([line], cells)
                table.rows.append(last_row)
            wrapped = None
    parallel: set[str] = set()  # category lines known by the list's parallel layout
    if products and not tables and not has_tables and _titled_for_actors(appendix.title):
        parallel = _parallel_categories([b for _, b, _ in products])
        # one organisation a line with no blank line between, under category lines ("Myndigheter",
        # "Forskning och utbildning"): each line an entry, a name broken over two lines joined
        # A list that sets each organisation off by blank lines (most paragraphs one line) prints one a
        # paragraph: a paragraph of two lines there is one name wrapped ("SPES – Riksförbundet för
        # Suicidprevention och Efterlevandes" / "Stöd"), unless it opens with a category line.
        spaced = _spaced_entries([b for _, b, _ in products])
        products = [
            (kind, line_block, extra)
            for kind, block, extra in products
            for line_block in ([block] if spaced and not _category_line(clean(block[0].text)) else _name_lines(block))
        ]
        # a name that stops on a preposition or conjunction runs on over the blank line ("Riksförbundet för" /
        # "" / "Social Hälsa")
        joined: list[tuple[str, Block, str]] = []
        for entry in products:
            if joined and _runs_on(joined[-1][1][-1].text):
                joined[-1] = (joined[-1][0], joined[-1][1] + entry[1], joined[-1][2])
            else:
                joined.append(entry)
        products = joined
    if products and not tables and not has_tables and _lists_actors(appendix.title, [b for _, b, _ in products]):
        # the appendix lists the organisations the work was done with, one a paragraph: actors, no products
        rows = [
            Row(list(block), [clean(" ".join(line.text for line in block)), ""])
            for _, block, _ in products
            if not _category_line(text := clean(" ".join(line.text for line in block))) and text not in parallel
        ]
        tables.append(Table(("actor", "area"), appendix.title, None, rows))
        products = []
    return tables, _without_lead(products)


def _without_lead(products: list[tuple[str, Block, str]]) -> list[tuple[str, Block, str]]:
    """A product list without the sentence that introduces it ("Under 2051 publicerade UPH följande
    material.", "Följande material har tagits fram:"): in a list whose entries open with their publisher,
    text before the first such entry that ends as a sentence and gives no link is its lead, no product.

    >>> def e(t): return ("", (Line(1, t),), "")
    >>> [b[0].text for _, b, _ in _without_lead([e("Följande material har tagits fram:"), e("SKR. A."), e("UPH. B.")])]
    ['SKR. A.', 'UPH. B.']
    >>> len(_without_lead([e("Trygg i skolan. En film."), e("SKR. A.")]))
    2
    """
    texts = [clean(" ".join(line.text for line in block)) for _, block, _ in products]
    led = [i for i, text in enumerate(texts) if _producer(_LIST_NUMBER.sub("", text, count=1))]
    if len(led) < 2:
        return products
    return [
        product
        for i, (product, text) in enumerate(zip(products, texts, strict=True))
        if i >= led[0] or "http" in text or not text.endswith((".", ":")) or len(text.split()) < 4
    ]


#: A first cell that ends a name with its abbreviation in brackets: "Stöd (SPES)", "(Barnafrid)".
_ABBREVIATED_END = re.compile(r"\([A-ZÅÄÖ][A-Za-zÅÄÖ0-9&/-]{1,12}\)$")


def _name_goes_on(untabbed: str, cell: str) -> bool:
    """Whether a line without a tab inside a table of organisations is the first part of the name the
    next row's first cell ends, not the end of the row above: that cell opens with a bracket
    ("Nationellt kunskapscentrum om våld mot barn" / "(Barnafrid)⇥area"), or ends the name with its
    abbreviation while the line opens with an organisation's head noun ("Riksförbundet för
    Suicidprevention och Efterlevandes" / "Stöd (SPES)⇥area").

    >>> _name_goes_on("Riksförbundet för Suicidprevention och Efterlevandes", "Stöd (SPES)")
    True
    >>> _name_goes_on("Föreningen för psykisk hälsa i", "Norr (FPHN)"), _name_goes_on("Nationellt centrum", "(NC)")
    (True, True)
    >>> _name_goes_on("och heldygnsvård", "Röda Barnen"), _name_goes_on("Statistik och", "Mind (M)")
    (False, False)
    """
    if cell.startswith("("):
        return True
    first = untabbed.split()[:1]
    return (
        bool(first) and _ABBREVIATED_END.search(cell.strip()) is not None and ORG_HEAD.fullmatch(first[0]) is not None
    )


def _headerless_roles(cells: Sequence[str]) -> tuple[str, ...] | None:
    """Column roles of a table row printed with no header above it, read from the row itself: a date in
    its first cell makes an event (title, then place), an organisation's name an actor (then its area).

    >>> _headerless_roles(["2051-03-02", "Konferens Ankaret", "Lund"]), _headerless_roles(["Skolverket", "elevhälsa"])
    (('date', 'name', 'location'), ('actor', 'area'))
    >>> _headerless_roles(["Ankaret", "handbok"]) is None
    True
    """
    rest = ("", "") + ("",) * max(0, len(cells) - 3)
    if len(cells) >= 2 and dated_entry(f"{cells[0]}\t{cells[1]}") is not None:
        return ("date", "name", *(("location", *rest[2:]) if len(cells) > 2 else ()))[: len(cells)]
    if len(cells) >= 2 and organisation_share(cells[0]) >= 0.6:
        return ("actor", "area", *rest)[: len(cells)]
    return None


def _titled_for_actors(title: str) -> bool:
    """Whether an appendix's title names organisations as what it lists ("Samverkanspartner",
    "Organisationer vi samverkat med"; header words of :func:`loader.tables.header_roles`).

    >>> _titled_for_actors("Bilaga 3 Organisationer vi samverkat med"), _titled_for_actors("Bilaga 1 Produkter")
    (True, False)
    """
    head = _HEADING.match(clean(title))
    return head is not None and header_roles([head.group(2)]) == ("actor",)


def _spaced_entries(blocks: Sequence[Block]) -> bool:
    """Whether a list sets its entries off by blank lines: at least three paragraphs, most of one line,
    none of more than two.

    >>> lines = lambda *ts: tuple(Line(i, t) for i, t in enumerate(ts, 1))
    >>> _spaced_entries([lines("Mind"), lines("Bris"), lines("SPES – Riksförbundet för", "Stöd"), lines("NSPH")])
    True
    >>> _spaced_entries([lines("Myndigheter", "Skolverket", "Socialstyrelsen"), lines("Mind"), lines("Bris")])
    False
    """
    single = sum(1 for b in blocks if len(b) == 1)
    return single >= 3 and all(len(b) <= 2 for b in blocks) and 2 * single > len(blocks)


def _name_lines(block: Block) -> list[Block]:
    """A paragraph of short name lines cut into one entry a line; a line that opens in lower case or
    with a bracket continues the name above ("Nationellt centrum för … psykisk" / "ohälsa (NASP)").
    A paragraph of prose or links stays whole.

    >>> texts = ["Myndigheter", "Skolverket", "Centrum för psykisk", "ohälsa (CPO)"]
    >>> b = tuple(Line(i, t) for i, t in enumerate(texts, 1))
    >>> [[ln.text for ln in e] for e in _name_lines(b)]
    [['Myndigheter'], ['Skolverket'], ['Centrum för psykisk', 'ohälsa (CPO)']]
    >>> b = tuple(Line(i, t) for i, t in enumerate(["Mind", "Riksförbundet för", "Social Hälsa", "Bris"], 1))
    >>> [[ln.text for ln in e] for e in _name_lines(b)]
    [['Mind'], ['Riksförbundet för', 'Social Hälsa'], ['Bris']]
    """
    if any(len(line.text) > 90 or "http" in line.text or re.search(r"[.!?]\s+[A-ZÅÄÖ]", line.text) for line in block):
        return [block]
    out: list[list[Line]] = []
    for line in block:
        t = line.text.strip()
        # a line ending in a preposition or conjunction ("Centrum för" / "Suicidprevention") runs on
        if out and (t[:1].islower() or t.startswith("(") or _runs_on(out[-1][-1].text)):
            out[-1].append(line)
        else:
            out.append([line])
    return [tuple(e) for e in out]


def _runs_on(text: str) -> bool:
    """Whether a name line stops on a word that needs what follows: a preposition or a conjunction.

    >>> _runs_on("Riksförbundet för"), _runs_on("Myndigheten för vård och"), _runs_on("Suicide Zero")
    (True, True, False)
    """
    words = text.split()
    return bool(words) and words[-1].lower() in PREPOSITIONS | CONJUNCTIONS


def _parallel_categories(blocks: Sequence[Block]) -> set[str]:
    """First lines of an organisation list's paragraphs that are category headings by the list's layout:
    where at least two paragraphs open with a category line ("Myndigheter", "Kommuner och regioner",
    "Lärosäten"), a short common-noun line opening another paragraph of several names is one too
    ("Civilsamhälle" over "SPES …", "SPF Seniorerna"; blind18 final report, Bilaga 3), though its
    word is none the vocabulary knows as a kind of organisation.

    >>> def b(*t): return tuple(Line(i, x) for i, x in enumerate(t, 1))
    >>> sorted(_parallel_categories([b("Myndigheter", "Socialstyrelsen"), b("Idrottsrörelse", "Mind", "Bris"),
    ...     b("Lärosäten", "Lunds universitet")]))
    ['Idrottsrörelse']
    >>> _parallel_categories([b("Myndigheter", "Socialstyrelsen"), b("Mind", "Bris")])
    set()
    """
    openers = [clean(block[0].text) for block in blocks if len(block) > 1]
    if sum(1 for t in openers if _category_line(t)) < 2:
        return set()
    return {
        t
        for t in openers
        if not _category_line(t)
        and len(t.split()) <= 3
        and not any(w[:1].isupper() for w in t.split()[1:])
        and not re.search(r"[()\d]", t)
        and not is_organisation(t)
        and organisation_share(t) < 0.6
    }


def _category_line(text: str) -> bool:
    """Whether a line of an organisation list is a category heading, not an organisation: a plural or
    a phrase of common nouns ("Myndigheter", "Forskning och utbildning", "Övriga") that the actor
    lexicon does not know; a name has capitals beyond its first word or a singular head.

    >>> [_category_line(t) for t in ("Myndigheter", "Brukar- och anhörigorganisationer", "Övriga")]
    [True, True, True]
    >>> _category_line("Lärosäten")
    True
    >>> [_category_line(t) for t in ("Prevent", "Svenska Läkaresällskapet", "Socialstyrelsen")]
    [False, False, False]
    """
    if organisation_share(text) >= 0.6:
        return False
    words = text.split()
    if not words or len(words) > 5 or any(w[:1].isupper() for w in words[1:]):
        return False
    if header_roles([text]) == ("actor",):
        return True  # "Ideella organisationer", "Brukar- och anhörigorganisationer"
    # the whole line one organisation word of the actor-type vocabulary: "Myndigheter", "Lärosäten"
    kinds = [t for t in cue_lexicon().tag(text) if t.scheme == "actor-type" and t.start == 0 and t.end == len(text)]
    return bool(kinds) or len(words) > 1 or fold(words[-1]).endswith(("er", "or", "ar", "a"))


def _lists_actors(title: str, blocks: Sequence[Block]) -> bool:
    """Whether an appendix without tables lists organisations, one a paragraph, rather than products.

    Its title names what it lists: a header word of the vocabulary for actors as its head
    ("Samverkanspartner", "Deltagande organisationer", "Aktörer"; :func:`loader.tables.header_roles`).
    Whatever the title, a list of at least three paragraphs of which two in three are, letter for
    letter, names of organisations (:func:`loader.layouts.numbered_words.organisation_share`: the
    actor lexicon and its name patterns) lists organisations; a product list's entries name their
    publisher only before the title ("UPH. Lotsboken …"). Entries are names: a paragraph of prose
    or a link is no organisation's entry.

    >>> def b(*ts): return tuple((Line(i, t),) for i, t in enumerate(ts, 1))
    >>> _lists_actors("Bilaga 3 Samverkanspartner", b("Hjärnfonden", "Spes – Riksförbundet för suicidprevention"))
    True
    >>> _lists_actors("Bilaga 4", b("Socialstyrelsen", "Folkhälsomyndigheten", "Mind", "Något annat"))
    True
    >>> _lists_actors("Bilaga 1 Produkter", b("UPH. Lotsboken.", "UPH. Mående-10 (frågeformulär)", "SKR. Guide."))
    False
    """
    texts = [clean(" ".join(line.text for line in block)) for block in blocks]
    if not texts or any(len(t) > 160 or "http" in t or re.search(r"[.!?]\s+[A-ZÅÄÖ]", t) for t in texts):
        return False
    head = _HEADING.match(clean(title))
    named = head.group(2) if head else ""
    if named and header_roles([named]) == ("actor",):
        return True
    known = sum(1 for t in texts if organisation_share(t) >= 0.6)
    return len(texts) >= 3 and known * 3 >= len(texts) * 2


# "Myndigheter: Socialstyrelsen, Folkhälsomyndigheten." — a lead naming a category, a colon and the
# list of what it holds; the lead is a short phrase without figures.
_CATEGORY_LINE = re.compile(r"^\s*(?P<lead>[A-ZÅÄÖ][^:\t\d]{1,90}?):\s+(?P<rest>\S.*)$")


def _list_items(text: str) -> list[str] | None:
    """The items of a run-on list "A, B (C, D), E och F.", split at commas outside brackets and at
    a last "och"/"samt" between capitalised names (not "vård- och omsorgsanalys", "Autism- och
    Aspergerförbundet"); None unless every item is a short capitalised name.

    >>> _list_items("Region Dalarna, Mind, Autism- och Aspergerförbundet.")
    ['Region Dalarna', 'Mind', 'Autism- och Aspergerförbundet']
    >>> _list_items("Skolverket, SPES (Riksförbundet, efterlevande) och Mind."), _list_items("vi träffade A, B")
    (['Skolverket', 'SPES (Riksförbundet, efterlevande)', 'Mind'], None)
    """
    items, depth, current = [], 0, ""
    for ch in clean(text).rstrip("."):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            items.append(clean(current))
            current = ""
        else:
            current += ch
    items.append(clean(current))
    last = re.match(r"^(.*[^\s-])\s+(?:och|samt)\s+([A-ZÅÄÖ].*)$", items[-1])
    if last and "(" not in last.group(2):
        items[-1:] = [last.group(1), last.group(2)]
    if len(items) < 2 or any((not i[:1].isupper() and not i[:1].isdigit()) or len(i.split()) > 10 for i in items):
        return None
    return items


def _category_lists(block: Block) -> list[Table] | None:
    """Run-on lists "Category: A, B, C." filling a paragraph, read as tables, or None.

    Each line that opens with a lead and a colon starts a list; a line without one continues the
    list before it (a name broken over two lines). What the lists hold is read from the leads: an
    event noun ("Mässor och konferenser …: X 2036 (Stockholm), …") makes events, a form noun
    ("Filmer: …") resources; leads that name neither ("Myndigheter:", "Lärosäten:") are categories
    of organisations, read as such when a paragraph holds two or more of them.

    >>> b = tuple(Line(i, t) for i, t in enumerate(["Myndigheter: Socialstyrelsen, Mind, Autism- och",
    ...     "Aspergerförbundet.", "Lärosäten: Malmö universitet, Högskolan Dalarna."], 1))
    >>> [(t.kind, t.heading, [r.cells[0] for r in t.rows][-1]) for t in _category_lists(b)]
    [('actor', 'Myndigheter', 'Autism- och Aspergerförbundet'), ('actor', 'Lärosäten', 'Högskolan Dalarna')]
    """
    groups: list[tuple[str, list[Line], str]] = []
    for line in block:
        match = _CATEGORY_LINE.match(line.text)
        if match is not None and len(match.group("lead").split()) <= 10:
            groups.append((clean(match.group("lead")), [line], match.group("rest")))
        elif groups and len(line.text) <= PROSE_LINE:
            lead, lines, rest = groups[-1]
            groups[-1] = (lead, [*lines, line], f"{rest} {line.text}")
        else:
            return None
    tables: list[Table] = []
    for lead, lines, rest in groups:
        items = _list_items(rest)
        if items is None:
            return None
        cues = [c for w in re.findall(r"[\wåäöÅÄÖ-]+", lead) if (c := cue_of(w)) is not None]
        if any(c.kind == "event" for c in cues):
            # "Psykiatridagarna 2036 (Stockholm)": the place in brackets; "(inställd)" a status, no place
            rows = [Row(lines, ["", re.sub(r"\s*\([^()]*\)$", "", i), place(i) or ""]) for i in items]
            tables.append(Table(("date", "name", "location"), lead, None, rows))
        elif any(c.kind == "resource" and c.code for c in cues):
            tables.append(Table(("name", "type"), lead, None, [Row(lines, [i, lead]) for i in items]))
        elif len(groups) >= 2:
            tables.append(Table(("actor", "area"), lead, None, [Row(lines, [i, ""]) for i in items]))
        else:
            return None
    return tables


# "Folkhälsomyndigheten – statistik och uppföljning": an organisation, a spaced dash, what it worked on.
# A plain hyphen set off by spaces is the same dash in a text export ("Bris - Nattljuset").
_DASHED_ENTRY = re.compile(r"^(?P<name>[A-ZÅÄÖ0-9][^\t]*?)\s+[–—-]\s+(?P<area>\S.*)$")


def _grouped_actors(block: Block, titled: bool) -> list[Table] | None:
    """Organisations listed one a line under group heads, each with what the publisher did with it after
    a spaced dash, read as actor tables (one a group), or None.

    A group head is a lettered heading ("A. Myndigheter") or a category line ("Lärosäten och forskning",
    :func:`_category_line`); a line opening in lower case or with a bracket continues the entry above (a
    name broken over two lines: "Statens beredning för medicinsk och" / "social utvärdering (SBU) – …").
    The block is such a list when every entry is a name (at most twelve words) with its dash, or one the
    actor lexicon knows without one, and most entries, two at least, have the dash (one dashed line among
    the cells of a table exported column by column is no list); the names are organisations when the
    appendix's title says it lists them (``titled``) or the actor lexicon knows half of them. Prose, links
    and lines of more than 160 characters make no such list.

    >>> b = tuple(Line(i, t) for i, t in enumerate(["A. Myndigheter", "Skolverket – elevhälsa",
    ...     "Centrum för psykisk", "ohälsa (CPO) – kunskapsstöd", "B. Övriga", "Mind – brukarperspektiv"], 1))
    >>> [(t.heading, [r.cells[0] for r in t.rows]) for t in _grouped_actors(b, True)]
    [('A. Myndigheter', ['Skolverket', 'Centrum för psykisk ohälsa (CPO)']), ('B. Övriga', ['Mind'])]
    >>> _grouped_actors(b, True)[0].rows[1].cells[1]
    'kunskapsstöd'
    >>> _grouped_actors(tuple(Line(i, t) for i, t in enumerate(["SKR. Lotsboken – en bok.", "Mind – ord"], 1)), True)
    >>> _grouped_actors(tuple(Line(i, t) for i, t in enumerate(["Lotsboken – en bok", "Vägen – en film"], 1)), False)
    """
    texts = [line.text.strip() for line in block]
    # A list of partners opens with the sentence that introduces it ("SKR har under 2069 samarbetat med
    # följande organisationer."); where the export prints no blank line after it, that lead stands in the
    # list's own paragraph and is no entry.
    lead = _lead_sentence(texts)
    block, texts = block[lead:], texts[lead:]
    prose = [t for t in texts if not _SUBHEADING.match(t)]  # "A. Myndigheter": a lettered head, no sentence
    if any(len(t) > 160 or "http" in t or re.search(r"[.!?]\s+[A-ZÅÄÖ]", t) or t.endswith(".") for t in prose):
        return None
    joined: list[list[Line]] = []
    for line, text in zip(block, texts, strict=True):
        if joined and (text[:1].islower() or text.startswith("(") or _runs_on(joined[-1][-1].text)):
            joined[-1].append(line)
        else:
            joined.append([line])
    tables: list[Table] = []
    names: list[str] = []
    dashed = 0
    for k, entry in enumerate(joined):
        text = clean(" ".join(line.text for line in entry))
        match = _DASHED_ENTRY.match(text)
        heads = match is None and len(entry) == 1 and k + 1 < len(joined)
        if heads and (_SUBHEADING.match(text) or _category_line(text) or _group_head(text, joined[k + 1])):
            tables.append(Table(("actor", "area"), text.rstrip(":"), None))  # a group head over its rows
            continue
        if not tables:
            tables.append(Table(("actor", "area"), "", None))
        if match is not None and len(match.group("name").split()) <= 12:
            name, area = clean(match.group("name")), clean(match.group("area"))
            dashed += 1
        elif organisation_share(text) >= 0.6:
            name, area = text, ""
        else:
            return None
        names.append(name)
        tables[-1].rows.append(Row(entry, [name, area]))
    known = sum(1 for name in names if organisation_share(name) >= 0.6)
    if dashed < 2 or dashed * 2 < len(names) or not (titled or known * 2 >= len(names)):
        return None
    return [t for t in tables if t.rows]


def _lead_sentence(texts: Sequence[str]) -> int:
    """How many of a list's first lines are the sentence that introduces it: lines up to the first that
    ends in a full stop or a colon, when that sentence has a finite verb and the next line opens no
    sentence (an entry or a group head follows), else 0.

    >>> _lead_sentence(["SKR har under 2069 samarbetat med", "följande organisationer.", "Myndigheter", "Mind – x"])
    2
    >>> _lead_sentence(["Myndigheter", "Skolverket – elevhälsa"]), _lead_sentence(["Mind – stöd.", "Bris – x"])
    (0, 0)
    """
    for k, text in enumerate(texts[:3]):
        if _DASHED_ENTRY.match(text) or (_SUBHEADING.match(text) and not text.endswith(":")):
            return 0
        if text.endswith((".", ":")):
            sentence = " ".join(texts[: k + 1])
            if k + 1 < len(texts) and any(finite_verb(w) for w in re.findall(r"\w+", sentence)):
                return k + 1
            return 0
    return 0


def _group_head(text: str, following: Sequence[Line]) -> bool:
    """Whether an undashed line of a list of organisations, each "Name – area", is the head of the group
    below it: a short phrase of common nouns ("Forskning", "Civilsamhälle", "Idéburen sektor") that the
    actor lexicon does not know as a name, directly over an entry with its dash. Group heads print without
    a dash; an organisation's name has capitals beyond its first word, or the lexicon knows it.

    >>> _group_head("Civilsamhälle", [Line(2, "Mind – stöd")]), _group_head("Forskning", [Line(2, "Mind")])
    (True, False)
    >>> _group_head("Stiftelsen Tornseglaren", [Line(2, "Mind – stöd")]), _group_head("Mind", [Line(2, "Bris – x")])
    (False, False)
    """
    words = text.split()
    if not following or _DASHED_ENTRY.match(clean(" ".join(line.text for line in following))) is None:
        return False
    return (
        0 < len(words) <= 3
        and not any(w[:1].isupper() for w in words[1:])
        and not re.search(r"[()\d.,;]", text)
        and organisation_share(text) < 0.6
        and not is_organisation(text)
    )


def _aligned_at(block: Block) -> tuple[int, Table] | None:
    """The space-aligned table in a paragraph (:func:`loader.tables.aligned_table`) and the index of its
    header line, when the header is the paragraph's first or second line (after a sub-heading)."""
    for k in range(min(2, len(block))):
        if (table := aligned_table(block, k, opens=True)) is not None:  # an appendix's paragraph opens a table
            return k, table
    return None


def _context_year(appendix: _Appendix) -> int | None:
    """The year that day-month dates belong to: the appendix's most frequent full-date year."""
    years = Counter(m.group(1) for line in appendix.body for m in ISO_DATE.finditer(line.text))
    if years:
        return int(years.most_common(1)[0][0])
    in_title = YEAR.findall(appendix.title)
    return int(in_title[-1]) if in_title else None


# -- resources ----------------------------------------------------------------------------


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
    years: tuple[int, ...]
    copies: int | None
    raw: str
    subheading: str = ""


#: A link in angle brackets ("<https://…>"): one address, whatever line breaks the layout put in it.
_AUTOLINK = re.compile(r"<(https?://[^<>]*)>")


def _product(heading: str, lines: tuple[Line, ...], subheading: str = "") -> _Product:
    """One entry of a product list: its text, links, title sentences, producers, years and print run.

    >>> p = _product("H", (Line(1, "SKR/UPH. Stöd (ny version). [film] <https://x.se/a-"), Line(2, "b/>")))
    >>> p.urls, _name(p.title, 1)
    (('https://x.se/a-b/',), 'Stöd')
    >>> p = _product("H", (Line(1, "SKR/UPH. Min plan – så gör du. [broschyr] Nytryck 5 000 ex."),))
    >>> _name(p.title, 1), p.copies
    ('Min plan – så gör du', 5000)
    """
    raw = " ".join(line.text for line in lines)
    # "<https://x.se/dubbelt-" / "stod/>": an address wrapped inside its angle brackets is joined again
    text, links = urls(_AUTOLINK.sub(lambda m: "<" + re.sub(r"\s+", "", m.group(1)) + ">", raw))
    text = _DOTTED_NUMBER.sub("", text, count=1)  # "1.4 SKR. …": the entry's number is no sentence of its text
    copies_match = _COPIES.search(text)
    copies = int(re.sub(r"\D", "", copies_match.group(1))) if copies_match else None
    body = strip_bullet(
        _LIST_NUMBER.sub("", _COPIES.sub("", text), count=1)
    )  # "– UPH. Title": the glyph marks the entry
    producers: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    match = _producer(body)
    if match:
        producers = tuple(_publishers(match.group("who")))
        noted = match.group("year") or match.group("years") or ""
        years = tuple(int(y) for y in YEAR.findall(noted))  # "(2043, uppdaterad 2046)": made, then updated
        body = body[match.end() :]
    elif (authors := _AUTHORS.match(body)) is not None:
        years = (int(authors.group("year")),)
        body = body[authors.end() :]
    return _Product(lines, heading, text, links, _sentences(body), producers, years, copies, raw, subheading)


def _name(sentences: Sequence[str], count: int) -> str:
    """The title of a product entry's first ``count`` sentences, without the notes after it: a count or
    form in brackets and the form in square brackets may both close it.

    >>> _name(["Filmserien Livlinan (tre filmer). [film]"], 1), _name(["Lotsen (2044)."], 1)
    ('Filmserien Livlinan', 'Lotsen')
    >>> _name(["Filmer om sorg (två filmer):"], 1), _name(["Lotsen – en modell, reviderad version. [modell]"], 1)
    ('Filmer om sorg', 'Lotsen – en modell')
    >>> _name(["Lotsen, andra utgåvan. [bok]"], 1), _name(["Lotsen, en bok"], 1)
    ('Lotsen', 'Lotsen, en bok')
    """
    name = " ".join(sentences[:count]).strip()
    # "Filmer om sorg (två filmer):": a container's entry ends in a colon before its parts
    name = name[:-1].rstrip() if name.endswith(":") else name
    for _ in range(2):  # "(tre filmer). [film]": a count note, then the form note
        name = _TYPE_NOTE.sub("", name).strip()
    name = name[:-1] if name.endswith((".", ",", ":")) else name
    # "Avsatsen – en modell …, uppdaterad version": an edition note after a comma says which version
    # was published (a variant noun of the form vocabulary after one word), no part of the title
    edition = re.search(r",\s+[a-zåäö]+\s+([a-zåäö]+)$", name)
    variant = edition.group(1) if edition else ""
    if edition and {stem_key(variant), stem_key(re.sub(r"e?n$", "", variant))} & form_nouns("variantNoun"):
        name = name[: edition.start()].rstrip()
    # "Revidering av X": the head noun says what was done to the product (a revision noun of
    # the form vocabulary), so the product is called X.
    head = re.match(r"([\wåäöÅÄÖ]+)\s+av\s+(?=\S{3})", name)
    if head and stem_key(head.group(1)) in form_nouns("revisionNoun"):
        name = name[head.end() :]
        name = name[:1].upper() + name[1:]
    return clean(name)


def _products(
    report: str, section: str, blocks: Sequence[tuple[str, Block, str]], title_years: tuple[int, ...]
) -> list[Mention]:
    products: list[_Product] = []
    for heading, block, sub in blocks:
        product = _product(heading, block, sub)
        # A paragraph holding only a link (and a print run) belongs to the product before it.
        if products and not re.sub(r"[\W_]", "", _COPIES.sub("", product.text)):
            prev = products[-1]
            products[-1] = _product(prev.heading, prev.lines + block, prev.subheading)
            continue
        products.append(product)
    # A first sentence shared by several products is a series name, not a title.
    firsts = Counter(fold(_name(p.title, 1)) for p in products if p.title)
    openings: dict[str, set[str]] = {}
    for p in products:
        if len(p.title) > 1:
            openings.setdefault(fold(_name(p.title, 1)), set()).add(" ".join(fold(p.title[1]).split()[:2]))
    mentions: list[Mention] = []
    for p in products:
        if not p.title:
            continue
        # A series name shared by several products ("Hälsa i Sverige. Fem filmer om …") says which series;
        # the product's title is the sentence after it, the joined text another name.
        # (Not when the products' next sentences open alike: "Arbete och sjukfrånvaro. Varningssignaler …" and
        # "… Varningssignaler … (plansch)" are one two-sentence title in two editions.)
        first = fold(_name(p.title, 1))
        shared = firsts[first] > 1 and len(p.title) > 1
        series = shared and len(openings[first]) > 1
        name = _name(p.title[1:], 1) if series else _name(p.title, 2 if shared else 1)
        alt = (_name(p.title, 2),) if series else ()
        if _is_clause(name):
            continue  # "SKR har under 2057 samarbetat med följande organisationer.": the list's introduction
        if _holds_entries(name):
            continue  # several entries run together: no one product's title (precision guard)
        parts = _inline_parts(name)
        if not parts and (titled := _form_titled(name)) is not None:
            # "Affischen Du får fråga, för skolor …": the definite head noun and the audience note frame the
            # title; the entry as written ("Filmserien Vågen") is another name
            name, alt = titled, (*alt, name.split(" ", 1)[0] + " " + titled)
        src = source(report, p.lines, section, p.raw)
        # a year in brackets after the title ("Pausen (2049). [film]") is the product's, as before it
        noted = {int(y) for y in _BRACKET_YEAR.findall(" ".join(p.title[:2]))}
        years = tuple(sorted(set(title_years) | set(p.years) | noted))
        observations = (
            (Observation("exemplar", float(p.copies), "ex", str(years[-1]), src),)
            if p.copies is not None and years
            else ()
        )
        note = _TYPE_NOTE.search(_COPIES.sub("", p.text))  # "(broschyr) – 5 000 ex": the note before the run
        form = _note_form(note.group(1) or note.group(2)) if note else None
        for part in parts or [name]:
            mentions.append(
                Mention(
                    kind="resource",
                    name=part,
                    alt_names=alt,
                    source=src,
                    description=p.text,
                    heading=p.heading,
                    forms=(form,) if form else (),
                    years=years,
                    urls=p.urls,
                    actors=tuple(ActorRole(who, "producer", src) for who in p.producers),
                    observations=observations,
                    extra=(("subheading", p.subheading),) if p.subheading else (),
                )
            )
    return mentions


#: The parts a container entry names inline after a colon, separated by semicolons:
#: "Filmer om att söka hjälp: A; B. [film]". (A comma may stand inside a title; a semicolon does not.)
_PART_SEPARATOR = re.compile(r"\s*;\s*")


def _inline_parts(name: str) -> list[str] | None:
    """The titles a container entry lists after its colon, when a form noun heads the container
    ("Filmer om sorg: A; B", "Två broschyrer: A; B"): each part is a product of its own.

    >>> _inline_parts("Filmer om att söka hjälp: Jag sa det; Rösten i luren")
    ['Jag sa det', 'Rösten i luren']
    >>> _inline_parts("Två affischer: Prata nu; Vänta inte"), _inline_parts("Lotsen: en modell; två delar")
    (['Prata nu', 'Vänta inte'], None)
    >>> _inline_parts("Stöd: A och B") is None
    True

    Without a container, titles separated by semicolons are as many products ("A14. SKR/UPH. Jag ringde;
    Någon lyssnade. [filmer]"): a semicolon never stands inside a title.

    >>> _inline_parts("Vi ses i morgon; Efter regnet"), _inline_parts("Lotsen; en modell") is None
    (['Vi ses i morgon', 'Efter regnet'], True)
    """
    if ": " not in name and ";" in name:
        alone = [clean(x) for x in _PART_SEPARATOR.split(name)]
        return alone if len(alone) >= 2 and all(x[:1].isupper() for x in alone) else None
    head, colon, rest = name.partition(": ")
    parts = [clean(x) for x in _PART_SEPARATOR.split(rest)] if colon else []
    if len(parts) < 2 or not all(x[:1].isupper() for x in parts):
        return None
    words = head.split()
    noun = next((w for w in words if w[:1].isalpha() and not w.isdigit()), "")
    noun = words[1] if len(words) > 1 and fold(words[0]) in _COUNT_WORDS else noun
    found = cue_of(noun)
    return parts if found is not None and found.kind == "resource" and found.code else None


#: Number words that may open a container's heading ("Två filmer: …").
_COUNT_WORDS = frozenset(fold(w) for w in ("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio"))


def _is_clause(name: str) -> bool:
    """Whether an entry's text is a clause, a known organisation and its finite verb ("SKR har under 2057
    samarbetat med …", "UPH samverkar med följande organisationer"): a sentence introducing a list, no title.

    >>> _is_clause("SKR har under 2057 samarbetat med följande myndigheter"), _is_clause("UPH Lotsen har kommit")
    (True, False)
    >>> _is_clause("Vi har ett val"), _is_clause("SKR samverkar med följande parter")
    (False, True)
    """
    words = name.split()
    return len(words) >= 4 and is_organisation(words[0]) and (finite_verb(words[1].lower()) or words[1] in AUXILIARIES)


#: A form note inside a text, followed by more words: "… 6–17 år. [vägledning] Vindskyddet – …".
_INNER_NOTE = re.compile(r"[\[(]\s*([^\s\[\]()]+(?:\s[^\s\[\]()]+)?)\s*[\])]\.?\s+(?=\S)")


def _holds_entries(name: str) -> bool:
    """Whether a would-be title holds a note naming a form with more text after it: a list prints the
    form note last in its entry ("Lotsen. [guide]"), so text running on past one is the next entry,
    and the whole is several entries read as one, never a name.

    >>> _holds_entries("Lotsen – en guide. [guide] Lyktan. [film] Ankaret"), _holds_entries("Lotsen (film) Lyktan")
    (True, True)
    >>> _holds_entries("Lotsen (2061) – en guide"), _holds_entries("Filmserien Vågen (tre filmer)")
    (False, False)
    """
    return any(_note_form(m.group(1)) is not None for m in _INNER_NOTE.finditer(name))


def _form_titled(name: str) -> str | None:
    """The title of an entry that names its product by its form noun, definite, before the title
    ("Affischen Du får fråga"), with an audience note after a comma ("…, för skolor"): Swedish puts the
    definite head noun before a title in apposition, and the note says whom it is for.

    >>> _form_titled("Affischen Prata nu, för skolor och ungdomsmottagningar"), _form_titled("Filmen Vänta inte")
    ('Prata nu', 'Vänta inte')
    >>> _form_titled("Affischen Vem ringer jag? för skolor och bibliotek")
    'Vem ringer jag?'
    >>> _form_titled("Affischer om hjälp") is None, _form_titled("Lotsen – en modell") is None
    (True, True)
    """
    m = re.match(r"([A-ZÅÄÖ][a-zåäö]+)\s+(?=[A-ZÅÄÖ0-9])", name)
    if not m:
        return None
    found = cue_of(m.group(1))
    if found is None or found.kind != "resource" or not found.code or not _is_definite(m.group(1)):
        return None
    # the note stands after a comma, or after the question or exclamation mark that ends the title
    title = re.sub(r"(?:,|(?<=[?!]))\s+för\s+[a-zåäö][^,]*$", "", name[m.end() :])
    return clean(title) or None


def _is_definite(word: str) -> bool:
    """A noun's definite singular by its ending ("affischen", "filmen", "materialet", "skriften")."""
    return word.lower().endswith(("en", "et", "an"))


def _note_form(note: str) -> str | None:
    """The form a note after a product's link names, "<https://vimeo.com/…> (film)", read from the SKOS forms.

    >>> _note_form("filmer"), _note_form("webbsida"), _note_form("2019"), _note_form("tryckt broschyr")
    ('film', 'webbplats', None, 'broschyr')
    """
    for word in (note, *reversed(note.split()[1:])):  # "tryckt broschyr": the noun after an adjective
        cue = cue_of(word)
        if cue is not None and cue.kind == "resource" and cue.code:
            return cue.code
    return None
