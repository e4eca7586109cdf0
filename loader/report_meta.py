"""What a report says about itself: title, kind, date and publishers, read from its opening text.

A new report needs no manifest entry: the loader describes every file it reads as a
``pg:Report`` from its own first page. ``data/reports.ttl`` may still describe a report, and
then its values win (the manifest is a curated override, not a requirement).

* Title: the first block of title-like lines (short, no sentence punctuation, not a
  running head, a date, a page number or a generic front-matter heading such as "Förord"),
  letter-spaced slide titles closed up.
* Kind: from the layout that recognised the report.
* Date: a printed date of issue near the start ("Stockholm, mars 2023", "2 december 2021",
  "2019-12-10"); else none.
* Publishers: organisations the actor lexicon knows on the cover (the short lines before
  the date of issue, the foreword or the first sentence), never from the body.

>>> lines = ["", "Tillsammans för ungas psykiska hälsa", "– regional kraftsamling", "",
...          "Göteborg 2 december 2021", "", "Förord", "Pandemin blev lång."]
>>> meta = read_meta(lines, "slides")
>>> meta.title, meta.title_line, meta.issued, meta.kind
('Tillsammans för ungas psykiska hälsa – regional kraftsamling', 2, '2021-12-02', ('bildspel', 'slide deck'))
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from loader.grammar import ARTICLES, CONJUNCTIONS, PREPOSITIONS
from loader.text import MONTHS

__all__ = ["KINDS", "ReportMeta", "declared_layout", "read_meta", "title_from_name"]

#: Layout name → (kind in Swedish, in English): what the layout's shape makes the document.
KINDS: dict[str, tuple[str, str]] = {
    "inventory": ("inventering", "inventory"),
    "numbered-report": ("rapport", "report"),
    "appendix-tables": ("slutrapport", "final report"),
    "slides": ("bildspel", "slide deck"),
    "action-plan": ("handlingsplan", "action plan"),
}

_OPENING = 80  # lines of the opening searched for title, date and publishers
_MONTH = "|".join(MONTHS)
_ISO = re.compile(r"\b(20\d\d|19\d\d)-(0[1-9]|1[0-2])-([0-3]\d)\b")
_DAY_MONTH_YEAR = re.compile(rf"\b([1-3]?\d)\s+({_MONTH})\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# Front matter and page furniture that open a document but are not its title: general
# Swedish document structure, not vocabulary of the domain.
_FRONT_MATTER = re.compile(
    r"^(förord|innehåll(sförteckning)?|sammanfattning|inledning|introduktion|bakgrund)\b", re.IGNORECASE
)
# "Bild 1": a slide's number exported above its text (slide-deck furniture), not its title.
_NOT_TITLE = re.compile(r"^(kapitel \d+|sida \d+|bilaga \d+|(?:bild|slide) \d+|\d+|[ivxlc]+)$", re.IGNORECASE)
_IDENTIFIER = re.compile(r"\b(?:dnr|isbn)\b", re.IGNORECASE)
_LETTER_SPACED = re.compile(r"^(?:\w ){3,}\w$")
#: A running head or foot: the same text on many pages, ending in the page number.
_RUNNING = re.compile(r"^\s*(\S.*?\S)\s+(\d{1,3})\s*$")


@dataclass(frozen=True)
class ReportMeta:
    """A report's description as its own opening gives it; ``None``/empty where it says nothing."""

    title: str | None
    title_line: int | None  # 1-based line of the title's first line
    kind: tuple[str, str] | None
    issued: str | None  # ISO date, year-month or year
    issued_line: int | None
    publishers: tuple[str, ...] = ()  # actor slugs
    publisher_line: int | None = None


def _close_up(text: str) -> str:
    """'T I D I G  U P P T Ä C K T' → 'TIDIG UPPTÄCKT' (letter-spaced slide titles)."""
    if not _LETTER_SPACED.match(re.sub(r" {2,}", " ", text)):
        return text
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text))


def _title_like(text: str) -> bool:
    if not text or len(text) > 120 or _NOT_TITLE.match(text) or _IDENTIFIER.search(text):
        return False
    if text.endswith((".", ":", ";", ",")) or "http" in text or "@" in text:
        return False
    if _ISO.search(text) or _DAY_MONTH_YEAR.search(text) or _MONTH_YEAR.search(text):
        return False
    return any(c.isalpha() for c in text) and (text[0].isupper() or text[0] in "–-")


def _capitals(text: str) -> bool:
    """A line set in capitals: "STÖD TILL INSATSER INOM OMRÅDET PSYKISK HÄLSA"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters)


def _short_title(parts: Sequence[str]) -> bool:
    """A title of a word or two and a year ("Slutrapport 2025") that a subtitle completes."""
    return len(parts) == 1 and len(parts[0].split()) <= 3


def _sentence_case(text: str, names: Sequence[str]) -> str:
    """A line set in capitals as a sentence, with the organisation names it contains as named.

    >>> _sentence_case("AVTAL MELLAN STATEN OCH SVERIGES KOMMUNER OCH REGIONER", ["Sveriges Kommuner och Regioner"])
    'Avtal mellan staten och Sveriges Kommuner och Regioner'
    >>> _sentence_case("STÖD TILL SUICIDPREVENTION", ["Prevent"])
    'Stöd till suicidprevention'
    """
    out = text.lower()
    for name in sorted(names, key=len, reverse=True):
        if len(name) > 3:
            out = re.sub(rf"\b{re.escape(name.lower())}\b", name, out)  # whole words: not "suicidPrevention"
    return out[:1].upper() + out[1:]


#: A running head's separators between its fields (publisher, title, page word): a centred dot,
#: a bar or a bullet, and a dash that opens or closes it.
_FIELD = re.compile(r"\s+[·|•]\s+|\s*[·|•]\s*$|^\s*[·|•]\s*|\s+[–—-]\s*$|^\s*[–—-]\s+")
#: Page words printed before the page number ("sida 4", "s. 4", "sid 4").
_PAGE_WORD = re.compile(r"^(?:sida|sid\.?|s\.|page|p\.)$", re.IGNORECASE)
#: A leading short name set in capitals and a dash ("SKR – Insatser …"): the publisher's field.
_ACRONYM_DASH = re.compile(r"^([A-ZÅÄÖ][A-ZÅÄÖ:&]{1,7})\s+[–—-]\s+(?=\S)")


def running_fields(text: str) -> list[str]:
    """A running head's fields without separators and page words: the publisher printed before
    the title ("SKR · Insatser … 2038 ·", "SKR – Insatser … 2054 –", "Insatser … 2043 | sida").

    >>> running_fields("SKR · Insatser inom området psykisk hälsa 2038 ·")
    ['SKR', 'Insatser inom området psykisk hälsa 2038']
    >>> running_fields("SKR – Insatser psykisk hälsa och suicidprevention 2054 –")
    ['SKR', 'Insatser psykisk hälsa och suicidprevention 2054']
    >>> running_fields("Insatser inom området psykisk hälsa 2043 | sida")
    ['Insatser inom området psykisk hälsa 2043']
    >>> running_fields("Slutrapport 2049 – Stöd till insatser")
    ['Slutrapport 2049 – Stöd till insatser']
    """
    text = _ACRONYM_DASH.sub(lambda m: m.group(1) + " | ", text.strip())
    fields = [f.strip() for f in _FIELD.split(text)]
    return [f for f in fields if f and not _PAGE_WORD.match(f) and not re.fullmatch(r"[·|•–—-]+", f)]


def _publisher_field(field: str, known: Collection[str]) -> bool:
    """A running head's field that names its publisher: an organisation's name (``known``, case-folded)
    or a short name set in capitals ("SKR")."""
    return field.casefold() in known or bool(re.fullmatch(r"[A-ZÅÄÖ:&]{2,8}", field))


def _running_title(lines: Sequence[str], names: Sequence[str] = ()) -> tuple[str | None, int | None]:
    """The title a running head repeated with page numbers prints: the title of a report whose
    cover the text lacks ("Insatser inom området psykisk hälsa och suicidprevention 2021 4"), without
    the publisher and page word printed beside it ("SKR · Insatser … 2038 · 5"); its other fields
    go on after a dash ("Handlingsplan psykisk hälsa 2039 · Nordvästra Skåne · 3")."""
    found = [(n, m.group(1)) for n, t in enumerate(lines, start=1) if (m := _RUNNING.match(t))]
    counts = Counter(text for _, text in found)
    known = {n.casefold() for n in names}
    heads = []
    for text, c in counts.items():
        if c < 2:
            continue  # printed once: a line ending in a number, not a running head
        fields = [f for f in running_fields(text) if not _publisher_field(f, known) and _title_like(f)]
        if fields and len(fields[0]) > 15:
            heads.append((c, " – ".join(fields), text))
    if not heads:
        return None, None
    _, best, raw = max(heads)
    return best, next(n for n, text in found if text == raw)


def running_publishers(lines: Sequence[str], title: str | None) -> list[str]:
    """The fields beside the title in the running head the title was read from: where a report
    has no cover, its running head names who publishes it ("SKR | Insatser … 2047 | 9")."""
    if not title:
        return []
    found = Counter(m.group(1) for t in lines if (m := _RUNNING.match(t)))
    for text, c in found.most_common():
        fields = running_fields(text)
        if c >= 2 and any(f in title for f in fields if len(f) > 15):
            return [f for f in fields if f not in title and not re.fullmatch(r"(?:19|20)\d\d", f)]
    return []


def _open_ended(text: str) -> bool:
    """A title line that cannot end there: it ends in a conjunction, preposition or article
    ("Inventering av metod- och" / "stödmaterial 2024" set over a blank line)."""
    words = text.split()
    return len(words) > 1 and words[-1].lower() in CONJUNCTIONS | PREPOSITIONS | ARTICLES


def _next_text(lines: Sequence[str], index: int) -> str:
    return next((t.strip() for t in lines[index : index + 3] if t.strip()), "")


def _kind_line(lines: Sequence[str]) -> int | None:
    """The index of a cover line that names the document's kind in capitals ("HANDLINGSPLAN",
    "SLUTRAPPORT 2029"): the title starts there, below the publishers' names above it."""
    kinds = {sv for sv, _ in KINDS.values()}
    for i, raw in enumerate(lines[:20]):
        words = raw.strip().split()
        letters = [c for c in raw if c.isalpha()]
        if words and all(c.isupper() for c in letters) and words[0].lower() in kinds and len(words) <= 3:
            return i
    return None


#: Kinds a cover names only for documents of that layout: "rapport" names any report, and a
#: slide deck does not call itself "bildspel", so those two declare nothing.
_DECLARING = ("inventory", "action-plan", "appendix-tables")
_COVER_LINES = 8  # non-blank lines of the cover searched for the document's kind


def declared_layout(lines: Sequence[str]) -> str | None:
    """The layout whose kind the cover names ("INVENTERING AV KUNSKAPSSTÖD 2033", "Länsgemensam
    handlingsplan för …", "SLUTRAPPORT 2029", "Kunskapsstöd … – inventering 2026"): a report says
    on its cover what it is. Only the cover counts: its first non-blank lines, up to front matter
    ("Förord", "Innehåll") or the first line of running prose; the first kind named wins.

    >>> declared_layout(["SKR dnr 29/00871", "SLUTRAPPORT 2029", "Redovisning enligt överenskommelsen"])
    'appendix-tables'
    >>> declared_layout(["Kunskapsstöd och verktyg inom psykisk hälsa –", "inventering 2026"])
    'inventory'
    >>> declared_layout(["Förord", "Regionernas handlingsplaner har följts upp under året."]) is None
    True
    """
    words = {KINDS[layout][0]: layout for layout in _DECLARING}
    seen = 0
    for raw in lines:
        text = raw.strip()
        if not text:
            continue
        seen += 1
        if seen > _COVER_LINES or _FRONT_MATTER.match(text) or len(text) >= 90:
            return None
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            if word in words:
                return words[word]
    return None


def _title(lines: Sequence[str], names: Sequence[str] = ()) -> tuple[str | None, int | None]:
    """The first run of title-like lines; a run ends at a blank line after text or a sentence.

    A long line whose next line goes on in lower case is wrapped prose, not a title; a short
    title line followed by a lower-case line ("Inventering av metod- och" / "kunskapsstöd")
    is a title wrapped over two lines.
    """
    parts: list[str] = []
    first: int | None = None
    start = _kind_line(lines) or 0
    for number, raw in enumerate(lines[start:_OPENING], start=start + 1):
        if _capitals(raw) and parts and _short_title(parts[:1]) and len(raw.strip()) <= 120:
            parts.append(raw.strip())  # a subtitle set in capitals (not a title-like word run)
            continue
        text = _close_up(raw.strip().lstrip("\uf0b7•▪◦ ").strip())
        following = _next_text(lines, number)
        if not text:
            # a title line may go on after a blank line with a dash, after a word that cannot end it, or
            # with its wrapped end opening on a preposition or conjunction in lower case ("Inventering av
            # metodstöd och material" / "" / "för psykisk hälsa 2064": a short line, no sentence, that
            # cannot stand alone); a line opening on a noun is another part of the cover
            opener = following.split()[0] if following.split() else ""
            wrapped_end = opener in PREPOSITIONS | CONJUNCTIONS and len(following) <= 60 and not following.endswith(".")
            goes_on = following.startswith(("–", "-")) or (
                parts and (parts[-1].endswith(("–", "-")) or _open_ended(parts[-1]) or wrapped_end)
            )
            if parts and not goes_on and not (_short_title(parts) and _capitals(following)):
                break  # a blank line closes the title unless a dash or a subtitle in capitals goes on
            continue
        if parts and (text[0].islower() or _open_ended(parts[-1])) and len(text) <= 60 and not text.endswith("."):
            parts.append(text)  # the wrapped end of a title line
            continue
        if not parts and _FRONT_MATTER.match(text):
            break  # the body begins before any title: the title was on a cover the text lacks
        # a long line a sentence wraps out of; a short lower-case line after it ending in no full
        # stop is the wrapped end of a title ("Länsgemensam handlingsplan för …" / "i X län 2028–2029")
        prose = len(text) > 60 and following[:1].islower() and (len(following) > 60 or following.endswith("."))
        if _title_like(text) and not prose:
            if first is None:
                first = number
            if len(parts) >= 2 and _capitals(parts[-1]) and not _capitals(text):
                break  # a subtitle set in capitals ends the title; the line after it describes the report
            if parts and re.search(r"\b(?:19|20)\d\d$", parts[-1]) and text[:1].isupper():
                text = "– " + text  # "Insatser … 2028" / "Redovisning av …": a subtitle under a dated title
            parts.append(text)
            if len(" ".join(parts)) > 200:
                break
        elif parts:
            break
    if not parts:
        return _running_title(lines, names)
    if _capitals(parts[0]):
        parts[0] = _sentence_case(parts[0], names)  # "SLUTRAPPORT 2029" → "Slutrapport 2029"
    kind_word = parts[0].split()[0].lower() in {sv for sv, _ in KINDS.values()}
    if len(parts) > 1 and _short_title(parts[:1]) and kind_word and not parts[1].startswith(("–", "-")):
        # "Handlingsplan" / "Psykisk hälsa och suicidprevention i X län": the kind, then what about
        rest = " ".join(parts[1:])
        parts = [parts[0], "– " + (_sentence_case(rest, names) if _capitals(rest) else rest)]
    elif len(parts) > 1 and _short_title(parts[:1]) and all(_capitals(p) for p in parts[1:]):
        # "Slutrapport 2025" / "STÖD TILL INSATSER … – ÖVERENSKOMMELSE MELLAN STATEN OCH …"
        parts = [parts[0], "– " + _sentence_case(" ".join(parts[1:]), names)]
    return re.sub(r"\s+", " ", " ".join(parts)).strip(), first


#: A footnote definition in the opening pages ("2 Beslut i Länssamverkansberedningen 2017-03-14."):
#: the dates in it are those of the cited document, not the report's.
_NOTE_LINE = re.compile(r"^\s*\d{1,3}\s+[A-ZÅÄÖ]")


#: A place name is capitalised (the pattern is case-sensitive; only the month is not).
_PLACE = r"[A-ZÅÄÖ][\w-]+"
#: A dateline: a date alone on its line, after the places it is signed in. Signed datelines
#: write the month out ("Göteborg 2 december 2021", "Stockholm i mars 2018"); a capitalised word
#: before a numeric date is a cited document ("Regeringsbeslut 2031-12-18"), so a numeric date
#: is a dateline only alone on its line.
_DATELINE = re.compile(
    rf"^(?:(?:19|20)\d\d-\d\d-\d\d"
    rf"|(?:{_PLACE}(?:\s+{_PLACE})?(?:(?:,\s*|\s+och\s+){_PLACE})*,?\s+(?:i\s+|den\s+)?)?"
    rf"(?:[1-3]?\d\s+)?(?i:{_MONTH})\s+(?:19|20)\d\d)$"
)


def _date_of(text: str, number: int) -> tuple[str | None, int | None]:
    """The most exact date ``text`` prints (a day, else a month and year), as ISO."""
    if m := _ISO.search(text):
        return m.group(0), number
    if m := _DAY_MONTH_YEAR.search(text):
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}", number
    if m := _MONTH_YEAR.search(text):
        return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}", number
    return None, None


def _issued(lines: Sequence[str]) -> tuple[str | None, int | None]:
    """The report's date of issue: a date on a short line of its own in the opening pages.

    A date inside running text or a footnote is another document's or event's date.

    >>> _issued(["Handlingsplan 2022", "2 Beslut i Länssamverkansberedningen 2017-03-14.", "2022-01-20"])
    ('2022-01-20', 3)
    >>> _issued(["Göteborg 2 december 2021"])
    ('2021-12-02', 1)
    >>> _issued(["Slutrapport", "Regeringsbeslut 2031-12-18", "Stockholm 2 december 2031"])
    ('2031-12-02', 3)
    >>> _issued(["Rapporten publicerades i mars 2033.", "Luleå i Mars 2033"])
    ('2033-03', 2)
    """
    for number, text in enumerate(lines[:_OPENING], start=1):
        # a dateline first: a line that is a date, after the places it is signed in ("Sundsvall och
        # Stockholm i februari 2033"); a footnote or table row in the opening pages carrying another
        # document's date comes before it in some editions ("[1] Regeringsbeslut 2031-12-18")
        if _DATELINE.match(text.strip()):
            return _date_of(text, number)
    for number, text in enumerate(lines[:_OPENING], start=1):
        if len(text.strip()) > 60 or _NOTE_LINE.match(text):
            continue
        if _ISO.search(text) or _DAY_MONTH_YEAR.search(text):
            return _date_of(text, number)
    for number, text in enumerate(lines[:_OPENING], start=1):
        # "Stockholm, mars 2023" on a short line of its own: a place and date of issue, not
        # a date inside running text ("i mars 2020 fanns …").
        if (m := _MONTH_YEAR.search(text)) and len(text.strip()) <= 40:
            return _date_of(m.group(0), number)
    return None, None


def _cover(lines: Sequence[str], issued_line: int | None) -> list[tuple[int, str]]:
    """The cover's lines: from the start to the date of issue when it is printed there, else
    to the first front-matter heading, paragraph of prose, list item or letter-spaced slide
    heading.

    Organisations named there are the report's publishers; those named further on are
    participants, partners or subjects.
    """
    out: list[tuple[int, str]] = []
    paragraph: list[tuple[int, str]] = []
    for number, text in enumerate([*lines[:_OPENING], ""], start=1):
        stripped = text.strip()
        if issued_line is not None and issued_line <= 20 and number > issued_line:
            return out + paragraph  # the cover ends with its date of issue
        if stripped:
            if _FRONT_MATTER.match(stripped) or stripped[:1] in "\uf0b7•▪◦*":
                break
            if _LETTER_SPACED.match(re.sub(r" {2,}", " ", stripped)):
                break
            following = _next_text(lines, number)
            if len(stripped) > 60 and (following[:1].islower() or following[:1].isdigit()):
                break  # a long line that a sentence wraps out of: the body has begun
            paragraph.append((number, stripped))
            continue
        joined = " ".join(t for _, t in paragraph)
        if joined.endswith(".") or len(joined) > 200:
            break  # a paragraph of prose: the body has begun
        out += paragraph
        paragraph = []
    return out


def read_meta(
    lines: Sequence[str],
    layout: str | None,
    find_actors: Callable[[str], Sequence[str]] | None = None,
    names: Sequence[str] = (),
) -> ReportMeta:
    """Describe a report from its lines; ``find_actors`` maps a line to known actor slugs and
    ``names`` are organisation names to keep as named in a title set in capitals."""
    title, title_line = _title(lines, names)
    issued, issued_line = _issued(lines)
    publishers: list[str] = []
    publisher_line: int | None = None
    if find_actors is not None:
        for number, text in _cover(lines, issued_line):
            for slug in find_actors(_without_addressee(text)):
                if slug not in publishers:
                    publishers.append(slug)
                    publisher_line = publisher_line or number
        if not publishers and title_line is not None:
            # no cover names them: the running head the title is printed in does ("SKR · <title> · 4")
            for field in running_publishers(lines, title):
                publishers += [slug for slug in find_actors(field) if slug not in publishers]
            publisher_line = title_line if publishers else None
        if not publishers:
            # nor does the running head beside the title: a short name its feet print page after page
            # does ("UPH – Inventering 2064 – sida 5"), the line of its first foot the evidence
            for field in _running_acronyms(lines):
                publishers += [slug for slug in find_actors(field) if slug not in publishers]
            publisher_line = next(
                (n for n, t in enumerate(lines, start=1) if publishers and _RUNNING.match(t) and t.strip()), None
            )
    return ReportMeta(
        title=title,
        title_line=title_line,
        kind=_named_kind(title, KINDS.get(layout or "")),
        issued=issued,
        issued_line=issued_line,
        publishers=tuple(publishers),
        publisher_line=publisher_line,
    )


#: "till" and what follows on a cover line, who the report is addressed to ("Återrapport till
#: Socialdepartementet", up to "från" and its sender), or an agreement "med" whom the work was agreed
#: with ("enligt överenskommelserna med staten"); "tillsammans med Region X" names a co-publisher.
_ADDRESSEE = re.compile(r"\s(?:till|(?:\w*överenskommelse\w*|\w*avtal\w*)\s+med)\s(?:(?!\sfrån\s).)*", re.IGNORECASE)


def _without_addressee(text: str) -> str:
    """A cover line without the organisation it is addressed to or agreed with: those are no publishers.

    >>> _without_addressee("Återrapport till Socialdepartementet"), _without_addressee("Rapport till X från SKR")
    ('Återrapport', 'Rapport från SKR')
    >>> _without_addressee("Redovisning av SKR:s arbete enligt överenskommelserna med staten")
    'Redovisning av SKR:s arbete enligt'
    >>> _without_addressee("Tre kommuner tillsammans med Region Sörmland")
    'Tre kommuner tillsammans med Region Sörmland'
    """
    return _ADDRESSEE.sub("", text)


def _named_kind(title: str | None, kind: tuple[str, str] | None) -> tuple[str, str] | None:
    """The layout's kind, or the more exact kind the title names with a compound of its noun: a report
    calls itself "Årsrapport 2065", "Lägesrapport …" or "… – återrapport till …" (Swedish compounds name
    a kind of their last part); the English stays the layout's.

    >>> _named_kind("Årsrapport 2065 – psykisk hälsa", ("rapport", "report"))
    ('årsrapport', 'report')
    >>> _named_kind("Insatser 2064 – Återrapport till Socialdepartementet", ("rapport", "report"))
    ('återrapport', 'report')
    >>> _named_kind("Insatser inom området psykisk hälsa 2062", ("rapport", "report"))
    ('rapport', 'report')
    >>> _named_kind("Rapportering av arbetet", ("rapport", "report"))
    ('rapport', 'report')
    """
    if not title or kind is None:
        return kind
    for word in re.findall(r"[^\W\d_]+", title.lower()):
        if word.endswith(kind[0]) and len(word) >= len(kind[0]) + 3:
            return word, kind[1]
    return kind


def _running_acronyms(lines: Sequence[str]) -> list[str]:
    """Short names in capitals printed as a field of a running head or foot repeated page after page
    ("UPH – Inventering 2064 – sida 5", "SKR · Insatser 2038 · 4"): a report's furniture names who
    publishes it when its cover does not.

    >>> _running_acronyms(["UPH – Inventering 2064 – sida 2", "Text", "UPH – Inventering 2064 – sida 3"])
    ['UPH']
    >>> _running_acronyms(["Höglandet · Kraftsamling 2057 · 4", "Höglandet · Kraftsamling 2057 · 5", "EU 2"])
    []
    """
    found = Counter(m.group(1) for t in lines if (m := _RUNNING.match(t)))
    out: list[str] = []
    for text, c in found.most_common():
        if c < 2:
            continue
        for field in running_fields(re.sub(r"\s+[–—-]\s+(?:sida|sid\.?|s\.)$", "", text)):
            if re.fullmatch(r"[A-ZÅÄÖ][A-ZÅÄÖ:&]{1,7}", field) and field not in out:
                out.append(field)
    return out


def _fold(word: str) -> str:
    return word.lower().translate(str.maketrans("åäöéü", "aaoeu"))


def title_from_name(stem: str, lines: Sequence[str]) -> str:
    """A title for a report whose text has none (its cover was not exported): the words of its
    file name, each spelled as the text spells it, with the leading year of the naming
    convention ("<year>-<kind>-…") moved to the end.

    >>> title_from_name("2022-handlingsplan-psykisk-halsa-uppsala-lan",
    ...                 ["Region Uppsala och länets kommuner", "arbetet med psykisk hälsa i Uppsala län"])
    'Handlingsplan psykisk hälsa Uppsala län 2022'
    """
    spelled: dict[str, Counter[str]] = {}
    for line in lines:
        for word in re.findall(r"\w+", line):
            spelled.setdefault(_fold(word), Counter())[word] += 1
    words = [w for w in re.split(r"[-_\s]+", stem) if w]
    if len(words) > 1 and re.fullmatch(r"(?:19|20)\d\d", words[0]):
        words = [*words[1:], words[0]]
    out = []
    for word in words:
        forms = spelled.get(_fold(word))
        if not forms:
            out.append(word)
            continue
        # The text's spelling; lower case unless the word is only ever written capitalised.
        lower = [f for f in forms if f.islower()]
        out.append(max(lower, key=lambda f: forms[f]) if lower else forms.most_common(1)[0][0])
    title = " ".join(out)
    return title[:1].upper() + title[1:]
