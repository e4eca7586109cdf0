"""Action-plan layout: organisation, focus areas, long/short-term goals, prioritised and ongoing activities.

>>> ActionPlanLayout().score(Document(report="r", lines=(Line(1, "Prioriterade aktiviteter"),)))
0.15
>>> ActionPlanLayout().extract(Document(report="r", lines=()))
[]
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from loader.actors import ORG_HEAD, guess_type
from loader.document import split_sentences
from loader.grammar import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    COMMON_VERBS,
    COMPLEX_PREPOSITIONS,
    CONJUNCTIONS,
    DEFINITE_ENDINGS,
    DEMONSTRATIVES,
    FUNCTION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    REFERENCE_WORDS,
    SEASONS,
    SUBJUNCTIONS,
    SUBTITLE_PREPOSITIONS,
    TOPIC_PREPOSITIONS,
    finite_verb,
    month,
    with_next,
)
from loader.layouts.base import Layout, form_nouns
from loader.layouts.bullets import is_bullet, strip_bullet
from loader.layouts.cues import Cue, CueNouns, cue_nouns, find_named, is_organisation, lexicon, name_at, stem_key
from loader.layouts.numbered_extract import _THEME_CUT, _THEMES
from loader.layouts.numbered_words import verb_form
from loader.model import ActorRole, Document, Line, Mention, Relation, Source
from loader.named_things import _is_actor_word, cue_of
from loader.refers_back import definite, following, head_labels
from loader.tables import aligned_table, header_roles
from loader.text import clean, fold, quote

__all__ = ["ActionPlanLayout", "strip_footnote_marks"]

# The layout's own structure words: what makes a document an action plan (goal headings by term,
# activity groups by priority, numbered activities). They name parts of the layout, not things.
_PLAN_NOUN = "handlingsplan"
#: What a plan's title page calls the document ("Handlingsplan för …", "Länsgemensam åtgärdsplan …").
_TITLE_NOUNS = r"(?:handlings|åtgärds|aktivitets)plan"
# Group 1 of a goal or group heading is its term or priority where the wording gives one.
_GOAL_HEAD = re.compile(
    r"^(?:(Långsiktiga|Kortsiktiga|Övergripande) mål|Mål på (lång|kort) sikt|Delmål(?: \d+(?:\.\d+)*)?|Effektmål"
    r"|Mål(?: för \d{4}\S*| \d{4}\S*)?)\s*:?$"
)
# A group heading may carry its section number ("7. Aktiviteter") and the year or period it
# plans for ("Aktiviteter 2043", "Planerade aktiviteter 2025–2026").
_GROUP_HEAD = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?"
    r"(?:(Prioriterade?|Löpande|Pågående|Planerade) (?:aktivitet(?:er)?|åtgärder)|(?:Aktiviteter|Åtgärder))"
    r"(?:\s+(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?)?\s*:?$"
)
_ACTIVITY = re.compile(r"^(?:Aktivitet|Åtgärd|Insats) (\d+(?:\.\d+)*)\s*[.:]\s*(.*)$")
# The same structure in other wordings, for recognising the layout: a plan's headings name its
# goals ("Mål på lång sikt", "Mål för 2025–2026", "Delmål 2", "Övergripande mål"), its groups of
# activities or measures ("Aktiviteter – barn och unga", "Aktiviteter 2028", "Åtgärder för äldre")
# and its numbered activities ("Aktivitet 1.1 Gemensam första linje", "Åtgärd 3", "Insats 2.1 …").
_GOAL_SHAPE = re.compile(
    r"^(?:(?:Långsiktiga|Kortsiktiga|Övergripande) mål|Delmål(?: \d+(?:\.\d+)*)?|Effektmål"
    r"|Mål(?: (?:på (?:lång|kort) sikt|för \d{4}\S*|\d{4}\S*))?)\s*:?$"
)
_GROUP_SHAPE = re.compile(
    r"^(?:(?:Prioriterade?|Löpande|Pågående|Planerade) (?:aktivitet(?:er)?|åtgärder)"
    r"|(?:Aktiviteter|Åtgärder)(?:\s+(?:[–-]\s+)?.{2,60})?)\s*:?$"
)
_ACTIVITY_SHAPE = re.compile(r"^(?:Aktivitet|Åtgärd|Insats) \d+(?:\.\d+)*\s*[.:]?\s+\S")
#: A goal stated on its heading's line ("Mål: Fler barn och unga får tidigt stöd.") and a plan's
#: numbered areas ("Område 1. Barn och unga", "Fokusområde 2: Äldre", "Insatsområde 3 …").
#: The goal's term or year may qualify it on the same line ("Långsiktigt mål: …", "Mål för 2051: …",
#: "Kortsiktiga mål 2051: …"), as the goal headings of :data:`_GOAL_SHAPE` are qualified.
_GOAL_LINE = re.compile(
    r"^(?:(?:Långsiktig[at]?|Kortsiktig[at]?|Övergripande) (?:mål|delmål|effektmål)|Mål|Delmål|Effektmål)"
    r"(?: \d+(?:\.\d+)*| för \d{4}\S*| \d{4}\S*| på (?:lång|kort) sikt)?\s*:\s+\S"
)
_AREA_SHAPE = re.compile(r"^(?:Fokusområde|Insatsområde|Målområde|Prioriterat område|Område) \d+\s*[.:]?\s+\S")
#: A heading labelled in an outline of any numbering scheme: digits ("2 Vuxna", "2. Vuxna", "2.1
#: Primärvård"), letters ("B. Vuxna", "B.1 Primärvård", "b) Skolan"), roman numerals ("II. Vuxna"),
#: dotted sub-levels of any of them, or an area word with its number or letter ("Område 2",
#: "Fokusområde B: Vuxna"). A single letter or roman numeral needs its stop (a bare "I" opens a
#: sentence: "I Lysekil startar …"). Group ``title`` is the heading's words.
_OUTLINE = re.compile(
    r"^(?:(?:Fokusområde|Insatsområde|Målområde|Prioriterat område|Område)\s+(?:\d{1,2}|[A-ZÅÄÖ]|[IVX]{1,4})\s*[.:–-]?"
    r"|(?:\d{1,2}|[A-Za-zÅÄÖ]|[IVX]{1,4})(?:\.(?:\d{1,2}|[A-Za-z]))+\.?"
    r"|(?:\d{1,2}|[A-Za-zÅÄÖ]|[IVX]{1,4})[.)]"
    r"|\d{1,2})"
    r"\s+(?P<title>[A-ZÅÄÖ][^.:;,!?]{1,70}?)\s*$"
)
#: "Mål på lång sikt" is the long-term goal heading in other words.
_TERM = {"lång": "långsiktig", "kort": "kortsiktig"}
#: A footnote line: its number, or one to three asterisks ("* Överenskommelsen …", "** Region …").
_FOOTNOTE = re.compile(r"^(?:\d{1,2} (?!år\b|procent\b)|(\*{1,3}) )\S")
#: An area word and its colon opening a numbered chapter heading (" 3 Fokusområde: Vuxna  ",
#: " 2 Insatsområde: Barn och unga  "): the colon labels the area, as in :data:`_AREA_SHAPE`.
_AREA_COLON = re.compile(r"^(\d{1,2} (?:Fokusområde|Insatsområde|Målområde|Prioriterat område|Område)): (?=[A-ZÅÄÖ])")
#: An asterisk footnote mark glued to a word ("2033*", "länet**"); a line opening with the same
#: run of asterisks is that footnote, not a "*" list item.
_STAR_MARK = re.compile(r"(?<=[\wåäöÅÄÖ).])(\*{1,3})(?=[\s.,;:]|$)")
#: A heading numbered in decimal outline style: "1. Barn och unga", "1.2 Första linjen", "2.1. Äldre".
#: A section number of any depth, with or without a final dot ("2", "2.", "2.1", "2.1.") before a
#: capitalised title: a plan numbering its subsections "3.1" may number its chapters "3".
_DECIMAL_HEAD = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2})*\.?)\s+(?P<title>[A-ZÅÄÖ].*)$")
#: A labelled detail line under an activity ("Ansvarig: Kansliet", "Tidsplan: Hösten 2043"): a
#: field of the activity, not a heading (goal lines, "Mål: …", are read as goals).
_FIELD = re.compile(r"^(?!(?:Mål|Delmål|Effektmål)\b)[A-ZÅÄÖ][a-zåäö]{2,}:\s+\S")
_CAPTION = re.compile(r"^(Tabell|Bild|Figur) (\d+)\.\s*(.*)$")
_NUMBERED = re.compile(r"^(\d)\.\s+(\S.*)$")
_ABBR = r"[A-ZÅÄÖ]{2,6}"
# The plan in the definite singular is the document itself: a sentence about it describes the initiative.
_PLAN_WORD = re.compile(rf"\b{_PLAN_NOUN}en\b", re.I)
# When the initiative began: a verb of starting in the past tense followed by the year.
_STARTED = re.compile(r"\b(?:inleddes|startade|startades|påbörjades|började|initierades)\s+(?:år\s+|under\s+)?(\d{4})")


def strip_footnote_marks(text: str) -> str:
    """Drop footnote numbers glued to words or sentence ends.

    >>> strip_footnote_marks("Storsthlm5 samt (VIS).6 Detta och (PAX)10. Klart")
    'Storsthlm samt (VIS). Detta och (PAX). Klart'
    >>> strip_footnote_marks("369 miljoner kronor år 2020")
    '369 miljoner kronor år 2020'

    Asterisk marks glued to a word are footnote marks too ("suicidprevention 2033*, och",
    "läget i länet** visar"); a footnote line's own leading asterisks are kept.

    >>> strip_footnote_marks("prevention 2033*, och länet** visar")
    'prevention 2033, och länet visar'
    >>> strip_footnote_marks("** Region Blekinge (2032)")
    '** Region Blekinge (2032)'

    An outline label opening the line is the heading's number, not a mark ("A.1 Första linjen",
    "II.3 Äldre", "B1 Arbetsliv").

    >>> strip_footnote_marks("A.1 Första linjen"), strip_footnote_marks("B1 Arbetsliv")
    ('A.1 Första linjen', 'B1 Arbetsliv')
    """
    label = _LABEL.match(text)
    head, text = (label.group(0), text[label.end() :]) if label else ("", text)
    text = _STAR_MARK.sub("", text)
    text = re.sub(r"(?<=[.])\d{1,2}(?=\s|$)", "", text)
    return head + re.sub(r"(?<=[A-Za-zåäöÅÄÖ)])\d{1,2}(?=[\s.,;:]|$)", "", text)


#: An outline label at the start of a line: a letter, roman numeral or number with numbered
#: sub-levels ("A.1", "II.3", "2.1.4") or a letter glued to its number ("B1").
_LABEL = re.compile(r"^\s*(?:(?:[A-Za-zÅÄÖ]|[IVX]{1,4})\.?\d{1,2}|\d{1,2}\.\d{1,2})(?:\.\d{1,2})*\.?(?=\s)")


def _running_heads(texts: list[str]) -> frozenset[int]:
    """Lines of a running head: the same line in capitals (no lower-case letter, two words or more)
    printed on two pages or more.

    >>> sorted(_running_heads(["VÄSTMANLANDS LÄN · PLAN 2035", "Text.", "VÄSTMANLANDS LÄN · PLAN 2035", "SKR"]))
    [0, 2]
    >>> sorted(_running_heads(["BAKGRUND", "Text.", "Mål:", "Mål:"]))
    []
    """
    capitals = Counter(t for t in texts if len(re.findall(r"[A-ZÅÄÖ]{2,}", t)) >= 2 and not re.search(r"[a-zåäö]", t))
    return frozenset(i for i, t in enumerate(texts) if capitals.get(t, 0) >= 2)


#: A page number closing a page's head or foot: "12", "3/6", "3 / 6", "3 av 6" (not a year).
_PAGE_NUMBER = re.compile(r"(?<![\d–-])\d{1,3}(?:\s*(?:/|av)\s*\d{1,3})?\s*$")


def _numbered_feet(texts: list[str]) -> frozenset[int]:
    """Lines of a page head or foot that carries the page number: the same words (two or more)
    on two pages or more, only the numbers differing, closing with the page number in any form
    ("Norrby – Handlingsplan 2041 – 3/6", "Handlingsplan 2041 | 4", "Plan 2041, sida 2 av 5").

    >>> texts = ["Norrby – Plan 2041 – 1/6", "Text 1.", "A. Barn", "Norrby – Plan 2041 – 2/6", "Text 2."]
    >>> sorted(_numbered_feet(texts))
    [0, 3]
    >>> sorted(_numbered_feet(["Tanum 1 310", "Strömstad 1 420", "Summa 2 730", "Mål för 2024", "Mål för 2024"]))
    []
    """
    keys = [re.sub(r"\d+", "#", t) if _PAGE_NUMBER.search(t) else "" for t in texts]
    counts = Counter(k for k in keys if len(re.findall(r"[A-Za-zÅÄÖåäö]{2,}", k)) >= 2 and len(k) <= 100)
    return frozenset(i for i, k in enumerate(keys) if k and counts.get(k, 0) >= 2)


@dataclass
class _Unit:
    """A paragraph or a bullet item: joined text and the line each character came from."""

    text: str
    starts: list[int] = field(default_factory=list)  # offsets of joined lines
    lines: list[int] = field(default_factory=list)  # their row indexes
    bullet: bool = False
    heading: bool = False

    def row_at(self, offset: int) -> int:
        return self.lines[max(0, bisect.bisect_right(self.starts, offset) - 1)]

    def add(self, row: int, text: str) -> None:
        text = text.strip()
        if not text:
            return
        if self.text.endswith("-") and text[:1].islower() and self.text[-2:-1].isalpha():
            self.text = self.text[:-1]
            self.starts.append(len(self.text))
            self.text += text
        else:
            if self.text:
                self.text += " "
            self.starts.append(len(self.text))
            self.text += text
        self.lines.append(row)


#: A table header's column of forms ("Form", "Typ", "Format") and of whom the row is for
#: ("Målgrupp"), as the shared table reader names them.
_FORM_ROLE = "type"
_TARGET_ROLE = "target"
_NOTE_WORD = "Kommentar"


def _item_tables(lines: list[Line]) -> list[tuple[int, list[tuple[list[int], list[str]]]]]:
    """Space-aligned tables that list things, one a row: a header whose cells are single words,
    one of them a form column ("Form", "Typ"), over rows aligned to it (:func:`aligned_table`).
    The first column names the items whatever its header word says ("Insats", "Stöd", "Namn");
    the others say what the item is and for whom. Each table is (header row, rows), a row being
    (its line indexes, its cells). A table without a form column (amounts per recipient,
    indicators with sources) lists no things.

    >>> text = ["Insatser 2040:", "", "Insats          Målgrupp        Form",
    ...         "Steg för steg   chefer          kurs, två dagar", "Lotsen          personal i      handbok",
    ...         "                första linjen"]
    >>> (header, rows), = _item_tables([Line(k + 1, t) for k, t in enumerate(text)])
    >>> header, rows[0]
    (2, ([3], ['Steg för steg', 'chefer', 'kurs, två dagar']))
    >>> rows[1]
    ([4, 5], ['Lotsen', 'personal i första linjen', 'handbok'])
    >>> _item_tables([Line(1, "Mottagare     Medel"), Line(2, "Region Norr    7,5")])
    []

    A table without a form column lists things when a column says whom each row is for:

    >>> text = ["Insats              Målgrupp          Omfattning", "Lotsen i praktiken  chefer            två dagar"]
    >>> [cells[0] for _, cells in _item_tables([Line(k + 1, t) for k, t in enumerate(text)])[0][1]]
    ['Lotsen i praktiken']
    """
    out: list[tuple[int, list[tuple[list[int], list[str]]]]] = []
    for i, ln in enumerate(lines):
        cells = re.split(r" {2,}", ln.text.strip())
        if len(cells) < 2 or "\t" in ln.text or any(len(c.split()) != 1 or not c[:1].isupper() for c in cells):
            continue
        roles = [header_roles([c]) for c in cells[1:]]
        # a form column says what each row is; without one, a column of whom each row is for
        # ("Målgrupp") says the rows are things made for people (a competence table's courses)
        formed = any(r == (_FORM_ROLE,) for r in roles) and not any(r is None for r in roles)
        if not formed and not any(r == (_TARGET_ROLE,) for r in roles):
            continue
        # the first column names the items: read its header as the name column's word
        first = re.match(r"\s*\S+", ln.text)
        width = first.end() if first else 0
        text = "Namn".ljust(width) + ln.text[width:] if width >= 4 else ln.text
        # a column word the vocabulary does not know ("Omfattning") is a note on the row: read it as
        # the description column ("Kommentar"), in the same place
        for m in re.finditer(r"(?<=\S  )\s*(\S+)", text):
            if header_roles([m.group(1)]) is None and len(m.group(1)) >= len(_NOTE_WORD):
                text = text[: m.start(1)] + _NOTE_WORD.ljust(len(m.group(1))) + text[m.end(1) :]
        header = Line(i, text)
        table = aligned_table([header, *(Line(k, lines[k].text) for k in range(i + 1, len(lines)))], 0)
        if table is not None and table.rows:
            out.append((i, [([r.number for r in row.lines], row.cells) for row in table.rows]))
    return out


def _duty_tables(lines: list[Line]) -> list[tuple[int, list[int], list[tuple[list[int], list[str]]]]]:
    """A plan's tables of who does what by when: a header of one-word cells (set off by tabs or runs
    of spaces) with a responsibility column and a time column (:data:`_DUTY_CELL`, :data:`_TIME_CELL`:
    "Aktivitet  Ansvarig  Klart"), over the lines up to the next blank line. Layout convention of
    action plans: each row is a piece of the plan's own planned work ("Ta fram Vägkorset",
    "Revidera Handlingsprogram för suicid-" / "prevention"), not a thing the plan names, and its
    responsibility cell says who does it, as an "Ansvarig:" line does. Each table is (header row,
    every row index of its block, its rows as (line indexes, cells)); the rows of a space-aligned
    table are read by the shared reader (:func:`aligned_table`), wrapped cells joined.

    >>> text = ["Aktiviteter 2080", "", "  Aktivitet                 Ansvarig              Klart",
    ...         "  Ta fram Lyktan            Region Norrby         dec 2080",
    ...         "  Revidera Programmet för   Styrgruppen           jun 2081", "  suicidprevention", "", "Text."]
    >>> (header, block, rows), = _duty_tables([Line(k + 1, t) for k, t in enumerate(text)])
    >>> header, block, [cells[0] for _, cells in rows], rows[0][1][1:]
    (2, [2, 3, 4, 5], ['Ta fram Lyktan', 'Revidera Programmet för suicidprevention'], ['Region Norrby', 'dec 2080'])

    A table of amounts or of things by form has no such columns:

    >>> _duty_tables([Line(1, "Mottagare     Medel"), Line(2, "Region Norr   7,5")])
    []
    """
    out: list[tuple[int, list[int], list[tuple[list[int], list[str]]]]] = []
    i = 0
    while i < len(lines):
        cells = [c for c in re.split(r"\t+| {2,}", lines[i].text.strip()) if c]
        duty = (
            len(cells) >= 2
            and all(len(c.split()) == 1 and c[:1].isupper() for c in cells)
            and any(_DUTY_CELL.match(c) for c in cells)
            and any(_TIME_CELL.match(c) for c in cells)
        )
        if not duty:
            i += 1
            continue
        end = next((k for k in range(i + 1, len(lines)) if not lines[k].text.strip()), len(lines))
        rows: list[tuple[list[int], list[str]]] = []
        if "\t" not in lines[i].text:
            header = Line(i, lines[i].text)
            table = aligned_table([header, *(Line(k, lines[k].text) for k in range(i + 1, end))], 0, opens=True)
            rows = [([r.number for r in row.lines], row.cells) for row in table.rows] if table else []
        out.append((i, list(range(i, end)), rows))
        i = end
    return out


def _duty_rows(plan: _Plan) -> list[Mention]:
    """The planned work of the plan's duty tables (:func:`_duty_tables`): each row an activity, and the
    organisation its responsibility cell names, by a name of two words or more ("Primärvården Tiveden",
    "Gullspångs kommun"), an actor. A one-word cell names a group by its common noun ("Styrgruppen",
    "Kommunerna"), which refers back to one the plan named before or to a kind of organisation.

    >>> text = ["Aktivitet                 Ansvarig              Klart",
    ...         "Ta fram Lyktan            Region Norrby         dec 2080",
    ...         "Sprida Lyktan             Kommunerna            2081"]
    >>> plan = _Plan(Document("r", tuple(Line(k + 1, t) for k, t in enumerate(text))))
    >>> [(m.kind, m.name, m.source.line) for m in _duty_rows(plan)]
    [('activity', 'Ta fram Lyktan', 2), ('actor', 'Region Norrby', 2), ('activity', 'Sprida Lyktan', 3)]
    """
    out: list[Mention] = []
    for header, _, rows in plan.duty_tables:
        cells = [c for c in re.split(r"\t+| {2,}", plan.lines[header].text.strip()) if c]
        duty = next((k for k, c in enumerate(cells) if _DUTY_CELL.match(c)), None)
        section = plan.headings[header]
        for numbers, row in rows:
            first = numbers[0]  # (the table reader was given row indexes as line numbers)
            # a cell wrapped at a hyphen goes on in lower case: "Handlingsprogram för suicid-" / "prevention"
            row = [re.sub(r"(?<=[a-zåäö])- (?!(?:och|eller|samt)\b)(?=[a-zåäö])", "", c) for c in row]
            if not row or not row[0]:
                continue
            # the quote is the row's own line, its cells as printed (a verbatim span of the report)
            printed = plan.lines[first].text.strip()
            out.append(Mention("activity", row[0], plan.source(first, printed, section=section), heading=section))
            owner = row[duty] if duty is not None and duty < len(row) else ""
            for part in re.split(r",\s+|\s+(?:och|samt)\s+", owner):
                words = part.split()
                if len(words) < 2 or not part[:1].isupper() or _role_plural(part):
                    continue
                out.append(
                    Mention(
                        "actor",
                        part,
                        plan.source(first, printed, section=section),
                        description=" ".join(row),
                        heading=section,
                        actor_types=(t,) if (t := guess_type(part)) else (),
                    )
                )
    return out


def _wrapped_clause(text: str) -> bool:
    """Whether a line without final punctuation is the first line of a wrapped sentence, never a
    heading: eight words or more with a finite verb after the first word ("Sedan 2061 driver de tre
    kommunerna och regionen den gemensamma satsningen Norra", "Planen ska läsas tillsammans med
    kommunernas egna planer och med regionens"). A plan's unnumbered headings are short noun phrases
    ("Barn och unga", "En länsgemensam satsning", "Så arbetar vi").

    >>> _wrapped_clause("Sedan 2061 driver de tre kommunerna och regionen den gemensamma satsningen Norra")
    True
    >>> _wrapped_clause("Den länsgemensamma analysen Psykisk hälsa i Blekinge 2032 – läget i länet visar")
    True
    >>> _wrapped_clause("Så arbetar vi med psykisk hälsa"), _wrapped_clause("Barn som far illa och placerade barn")
    (False, False)
    """
    words = text.split()
    if len(words) < 8:
        return False
    return any(
        w.isalpha() and w.islower() and finite_verb(w, words[k + 1] if k + 1 < len(words) else "")
        for k, w in enumerate(words[1:], start=1)
    )


#: A gap of three spaces or more between two words of a line: what sets a space-aligned table's cells
#: apart (two spaces may follow a sentence's full stop in running text).
_SPACED_CELLS = re.compile(r"\S {3,}\S")


class _Plan:
    def __init__(self, doc: Document) -> None:
        self.report = doc.report
        self.lines: list[Line] = list(doc.lines)
        self.stars = {m.group(1) for ln in doc.lines for m in _STAR_MARK.finditer(ln.text)}
        # List items are recognised on the raw line (a private-use glyph does not survive
        # ``clean``); their text is kept without the glyph.
        self.bullets = {i for i, ln in enumerate(doc.lines) if is_bullet(ln.text) and not self.footnote(i)}
        self.texts = [
            strip_footnote_marks(clean(strip_bullet(ln.text) if i in self.bullets else ln.text))
            for i, ln in enumerate(doc.lines)
        ]
        # A footnote number glued to a year ("rapporten … – analys 20302", footnote 2 below) is
        # the year and its mark: read where the document has a footnote of that number.
        numbers = {t.split(" ", 1)[0] for i, t in enumerate(self.texts) if self.footnote(i)}
        self.texts = [
            re.sub(r"\b((?:19|20)\d\d)(\d{1,2})\b", lambda m: m.group(1) if m.group(2) in numbers else m.group(0), t)
            for t in self.texts
        ]
        # Page furniture: a running head in capitals repeated page after page without a page
        # number ("VÄSTMANLANDS LÄN · HANDLINGSPLAN 2035") is no heading and no text; it reads as
        # the blank line a page break is.
        # The same goes for a head or foot with the page number ("Norrby – Handlingsplan 2041 – 3/6").
        self.furniture = _running_heads(self.texts) | _numbered_feet(self.texts)
        # A space-aligned table that lists things by form (:func:`_item_tables`) is read row by
        # row, not as a paragraph of its cells run together.
        self.item_tables = _item_tables(self.lines)
        tabled = {i for header, rows in self.item_tables for i in (header, *(k for r in rows for k in r[0]))}
        # A table of who does what by when (:func:`_duty_tables`) lists the plan's planned work: its
        # rows are read as activities, never as sentences naming things or as headings.
        self.duty_tables = _duty_tables(self.lines)
        tabled |= {i for _, block, _ in self.duty_tables for i in block}
        self.texts = ["" if i in self.furniture or i in tabled else t for i, t in enumerate(self.texts)]
        # Items of a list introduced by a lead ending in ":" ("Arbetet är inriktat på tre
        # fokusområden:"): the plan goes on to use them as headings, one-word ones included.
        self.listed: set[str] = set()
        lead = ""
        for i, t in enumerate(self.texts):
            if i in self.bullets:
                if lead.endswith(":"):
                    self.listed.add(fold(t).strip(" ."))
            elif t:
                lead = t
        # Rows of a table set with tabs ("Tanum\t1 310\t15 %", "SIP\tsamordnad individuell plan"),
        # two or more in a run: each row is a unit of its own, never joined to the next row or
        # read as a heading.
        cells = [len([c for c in ln.text.split("\t") if c.strip()]) >= 2 for ln in doc.lines]
        self.rows = {
            i for i, c in enumerate(cells) if c and ((i > 0 and cells[i - 1]) or (i + 1 < len(cells) and cells[i + 1]))
        }
        self._tight: dict[int, bool] = {}
        self.headings: list[str] = []
        current = ""
        for i in range(len(self.texts)):
            if self.is_heading(i):
                current = self.texts[i]
            self.headings.append(current)

    def source(self, i: int, text: str, section: str | None = None) -> Source:
        ln = self.lines[i]
        return Source(self.report, ln.number, quote(text), ln.page, self.headings[i] if section is None else section)

    def blank(self, i: int) -> bool:
        return not self.texts[i]

    def footnote(self, i: int) -> bool:
        m = _FOOTNOTE.match(clean(self.lines[i].text))
        if m is None or (m.group(1) is not None and m.group(1) not in self.stars):
            return False
        return m.group(1) is not None or not self._chapter_heading(i)

    def _chapter_heading(self, i: int) -> bool:
        """Whether line ``i``, "<n> <Title>", is a chapter heading rather than footnote n: set off by
        a leading space as the plan's headings are (" 2 Organisation  "), short, a title with no
        punctuation (a note cites: "5 SKR (2046). Titel. https://…"), and not right under the rule
        ("_____") that opens the footnotes."""
        raw = self.lines[i].text
        text = clean(raw)
        words = text.split()
        # an area word with its colon before the area's name is a heading's ("2 Fokusområde: Vuxna"),
        # not a note's punctuation
        titled = _AREA_COLON.sub(r"\1 ", text)
        if not raw[:1].isspace() or len(words) > 8 or re.search(r"[.,:;()!?/]", titled) or not words[1][:1].isupper():
            return False
        above = next((clean(self.lines[j].text) for j in range(i - 1, -1, -1) if clean(self.lines[j].text)), "")
        return not above.startswith("___")

    def structural(self, i: int) -> bool:
        t = self.texts[i]
        return bool(_GOAL_HEAD.match(t) or _GROUP_HEAD.match(t) or _ACTIVITY.match(t))

    def is_heading(self, i: int) -> bool:
        """An unnumbered heading. Layout convention of action plans: a short capitalised line with
        no final punctuation after a blank line (or indented, a page's first line) *directly above
        its paragraph*. :func:`loader.document.blocks` takes only headings standing alone between
        blank lines, so it misses 33 of the 2021 plan's headings; until it knows this convention
        the layout keeps this test (its sentences and pages come from the shared model). A heading
        set tight under the text above it is read by :meth:`tight_heading`; a one-word heading
        by :meth:`word_heading`.
        """
        t = self.texts[i]
        if not t or self.structural(i):
            return bool(t)
        numbered = self.numbered_heading(i)
        title = t[numbered:] if numbered else t
        if i in self.rows or len(t) > 80 or not title[:1].isupper() or t[-1] in ".,:;)!?" or i in self.bullets:
            return False
        if _SPACED_CELLS.search(self.lines[i].text.strip()):
            # cells set apart by a run of spaces ("Satsning      Kommunerna     Länsgemensamt", "BUP      Barn-
            # och ungdomspsykiatri"): a row of a space-aligned table or list, never a heading
            return False
        if self.footnote(i) or _CAPTION.match(t) or (_NUMBERED.match(t) and not numbered) or _FIELD.match(t):
            return False
        if not numbered and _wrapped_clause(title):
            return False
        prev_blank = i == 0 or self.blank(i - 1) or self.footnote(i - 1)
        if not prev_blank and not self.lines[i].text[:1].isspace():
            return self.tight_heading(i)
        if len(t.split()) < 2 and fold(t).strip(" .") not in self.listed and not self.word_heading(i):
            return False
        text_at = self.item_text_column(i - 1) if not prev_blank else None
        if text_at is not None and len(self.lines[i].text) - len(self.lines[i].text.lstrip()) >= text_at:
            # A line right under a list item and indented as deep as the item's text is its wrapped
            # text ("  · Kampanjen … genomförs tillsammans med" / "    Blekinge Fotbollförbund under …");
            # a heading stands less indented (" Insatser inom …" under "• medverka till …").
            return False
        return prev_blank or self.lines[i].text[:1].isspace()

    def numbered_heading(self, i: int) -> int:
        """Where the title of a heading numbered in decimal outline style starts ("1. Barn och unga",
        "1.2 Första linjen", "2.1. Äldre"), 0 if line ``i`` is none. Layout convention of sectioned
        plans: the number and a short capitalised title with no final punctuation. A numbered line
        after a lead ending in ":" is an item of that list, as is one followed by its sibling number
        ("1. Fler unga får stöd" / "2. Färre …"); a line going on in lower case is a wrapped sentence.

        >>> rows = [" 1. Barn och unga 0–24 år  ", " 1.1 Första linjen  ", "Text om linjen.", "", "Målen är:",
        ...         "1. Fler unga får stöd", "2. Färre väntar", "3. Vuxna med psykisk", "ohälsa får stöd.", "",
        ...         " 2 Organisation  ", "Planen leds av en grupp."]
        >>> plan = _Plan(Document("r", tuple(Line(n, t) for n, t in enumerate(rows, 1))))
        >>> [plan.numbered_heading(i) for i in range(len(rows))]
        [3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0]
        """
        t = self.texts[i]
        m = _DECIMAL_HEAD.match(t)
        # (the last word compared unfolded: "år" is no function word, though folded it reads "är")
        if m is None or t[-1:] in ".,:;)!?" or t.split()[-1].lower() in FUNCTION_WORDS:
            return 0
        before = next((self.texts[j] for j in range(i - 1, -1, -1) if self.texts[j] and not self.footnote(j)), "")
        nxt = self.next_nonblank(i)
        after = self.texts[nxt] if nxt is not None else ""
        if before.endswith(":") or after[:1].islower():
            return 0
        if "." not in m.group("label").rstrip(".") and re.match(r"\d{1,2}\.\s", after):
            return 0  # "1. …" right over "2. …": a numbered list
        return m.start("title")

    def title_line(self, i: int) -> bool:
        """A line that reads as a title, not as a wrapped sentence: short, with no final punctuation,
        not ending in a function word ("Metodstöd för SIP i Västmanland", "Äldre och psykisk hälsa")."""
        t = self.texts[i]
        words = t.split()
        return (
            bool(words)
            and len(t) <= 60
            and t[-1] not in ".,:;!?"
            and fold(words[-1]) not in _FOLDED_FUNCTION
            and not re.search(r"\.{3,}|\t", self.lines[i].text)
        )

    def word_heading(self, i: int) -> bool:
        """A one-word heading ("Samordning", "Äldre"): a word of letters alone on its line, directly
        above a capitalised paragraph or a list item, or set off by blank lines above and below it, as
        a plan sets its unnumbered headings off (" Suicidprevention " between two blank lines, then
        "Tivedsbygden har sedan …"), over a capitalised paragraph or a list item.

        >>> rows = ["Text om barn.", "", " Suicidprevention ", "", "Kommunerna har ett program.", "", "Äldre", "",
        ...         "och mer text."]
        >>> plan = _Plan(Document("r", tuple(Line(n, t) for n, t in enumerate(rows, 1))))
        >>> plan.word_heading(2), plan.word_heading(6)
        (True, False)
        """
        t = self.texts[i]
        j = i + 1
        nxt = self.texts[j] if j < len(self.texts) else ""
        if len(t) < 4 or not t.isalpha():
            return False
        if nxt:
            return nxt[:1].isupper() or j in self.bullets
        k = self.next_nonblank(i)
        alone = (i == 0 or self.blank(i - 1)) and k is not None
        return alone and k is not None and (self.texts[k][:1].isupper() or k in self.bullets)

    def tight_heading(self, i: int) -> bool:
        """A heading set tight, with no blank line above: a short line with no final punctuation
        right after a finished sentence, a table row or another heading, directly above its paragraph or its
        first list item (a capitalised line). A wrapped sentence's line goes on where it broke: it
        is full width, or ends in a function word, or the line above it does not end a sentence.
        A contents entry (dot leaders) is no heading.
        """
        if i in self._tight:
            return self._tight[i]
        self._tight[i] = False  # no recursion through the line itself
        t = self.texts[i]
        j = i + 1
        nxt = self.texts[j] if j < len(self.texts) else ""
        prev = self.texts[i - 1]
        words = t.split()
        ok = (
            self.title_line(i)
            and (len(words) >= 2 or self.word_heading(i))
            and bool(nxt)
            and (nxt[:1].isupper() or j in self.bullets)
            and not self.footnote(j)
            and (prev[-1:] in ".!?" or "\t" in self.lines[i - 1].text or self.is_heading(i - 1))
        )
        self._tight[i] = ok
        return ok

    def item_text_column(self, i: int) -> int | None:
        """Where the text of the list item line ``i`` belongs to starts (after its glyph), or None
        when line ``i`` is no item's line (its bullet line or an indented line below it)."""
        while i >= 0 and not self.blank(i):
            if i in self.bullets:
                glyph = re.match(r"\s*\S+\s+", self.lines[i].text)
                return len(glyph.group(0)) if glyph else 0
            if not self.lines[i].text[:1].isspace():
                return None
            i -= 1
        return None

    def scope(self, i: int) -> str:
        """The heading above line ``i``'s own heading that scopes it: the nearest one that is not
        part of the layout's structure (goal terms, activity groups, activities)."""
        own = self.headings[i]
        for j in range(i - 1, -1, -1):
            t = self.headings[j]
            if t and t != own and not (_GOAL_HEAD.match(t) or _GROUP_HEAD.match(t) or _ACTIVITY.match(t)):
                return t
        return ""

    def next_nonblank(self, i: int) -> int | None:
        for j in range(i + 1, len(self.texts)):
            if self.texts[j] and not self.footnote(j):
                return j
        return None

    def units(self, start: int, stop: int) -> list[_Unit]:
        """Paragraphs and bullet items of lines ``start``..``stop`` (footnotes skipped)."""
        out: list[_Unit] = []
        cur: _Unit | None = None
        gap = False
        alone = False  # a bullet glyph alone on its line: the item's text follows
        for i in range(start, stop):
            t = self.texts[i]
            if not t:
                gap = True
                alone = alone or i in self.bullets
                continue
            if self.footnote(i) or _CAPTION.match(t):
                continue
            if i in self.rows or (_FIELD.match(t) and i not in self.bullets):
                # a table row stands alone: the next line starts a unit of its own; so does an
                # activity's labelled detail line ("Ansvarig: …", "Tidsplan: …")
                out.append(_Unit(""))
                out[-1].add(i, t)
                cur, gap = None, False
                continue
            if self.is_heading(i):
                cur = _Unit("", heading=True)
                cur.add(i, t)
                out.append(cur)
                gap = False
                continue
            if cur is not None and cur.heading:
                # An activity heading wraps onto lines in lower case ("Aktivitet 4. Följa … inom
                # ramen för" / "regionens strategi för …"): they are its title, not its paragraph.
                if not gap and _ACTIVITY.match(cur.text) and t[:1].islower() and i not in self.bullets:
                    cur.add(i, t)
                    continue
                cur = None
            wrapped = cur is not None and bool(cur.lines) and len(self.lines[cur.lines[-1]].text.rstrip()) >= 85
            # A list item whose lead ends in ":" goes on on the next line ("– Ordna webbinarier med
            # teman:" / "”A”, ”B” och ”C”"); a full-width line with no final stop wraps its sentence
            # onto the next line, capitalised or not ("… Svenska kyrkan i" / "Gävle, Polisen …").
            goes_on = cur is not None and not cur.heading and i not in self.bullets and not alone
            goes_on = (
                goes_on
                and cur is not None
                and ((cur.bullet and cur.text.endswith(":")) or (wrapped and cur.text[-1:] not in ".!?:;"))
            )
            # A list item that is a title alone ("Ø Metodstöd för SIP i Västmanland") over a
            # capitalised paragraph set tight below it: the paragraph describes the item.
            titled = (
                cur is not None
                and cur.bullet
                and not gap
                and i not in self.bullets
                and len(cur.lines) == 1
                and self.title_line(cur.lines[0])
                and t[:1].isupper()
                and not self.lines[i].text[:1].isspace()
            )
            if titled:
                cur = _Unit("")
                cur.add(i, t)
                out.append(cur)
            elif goes_on and cur is not None:
                cur.add(i, t)
            elif i in self.bullets or alone:
                alone = False
                cur = _Unit("", bullet=True)
                cur.add(i, t)
                out.append(cur)
            elif cur is not None and (
                not gap
                or (cur.bullet and (t[:1].islower() or ((len(t) <= 20 or wrapped) and cur.text[-1:] not in ".!?")))
                or (not cur.bullet and t[:1].islower())
            ):
                cur.add(i, t)
            else:
                cur = _Unit("")
                cur.add(i, t)
                out.append(cur)
            gap = False
        return out


def _sentences(unit: _Unit) -> list[tuple[int, str]]:
    """Sentences of a unit (the loader's one splitter) with the row index each starts on."""
    return [(unit.row_at(a), unit.text[a:b]) for a, b in split_sentences(unit.text)]


def base_form(adjective: str) -> str:
    """An adjective or participle in its base form: the definite/plural ending "-a"/"-e" of
    Swedish adjectives is dropped, a present participle ("-ande", "-ende") has none.

    >>> base_form("Långsiktiga"), base_form("Prioriterade"), base_form("Löpande"), base_form("Pågående")
    ('långsiktig', 'prioriterad', 'löpande', 'pågående')
    """
    word = adjective.lower()
    if word.endswith(("ande", "ende")) or len(word) < 5:
        return word
    return word[:-1] if word.endswith(("a", "e")) else word


@dataclass
class _Area:
    name: str
    row: int
    alt: str
    parent: str | None
    end: int = 0


class ActionPlanLayout(Layout):
    """An action plan: goals per focus area, prioritised and ongoing activities, named methods."""

    name = "action-plan"

    def score(self, doc: Document) -> float:
        """How strongly the document shows an action plan's headings and activity structure.

        A plan's robust structure, whatever its wording and numbering, read as independent
        conventions so that an edition that drops one is still recognised by the others:

        * goals (goal headings and "Mål: …" lines, also as list items: "◆ Mål för 2055: …"),
        * areas (group and area headings, or outline headings of any scheme that open with a
          goal, :func:`_outline_structure`),
        * activities (numbered activities, or outline headings over a list),
        * who does what and when (:func:`_duty_marks`: "Ansvar:"/"När:" lines under an activity,
          a table with a responsibility and a time column),
        * the plan noun, worth more on the title page ("Handlingsplan för … 2055") than in the text.

        Goals alone make no plan ("Övergripande mål" on a pilot's slide), nor do outline headings
        over lists (a numbered report's sections).

        >>> rows = [" Handlingsplan för psykisk hälsa 2055", "D.1 Barn", "◆ Långsiktigt mål: Alla mår bra.",
        ...         "◆ Mål för 2055: Fler får stöd.", "Insats 1: Duvan", "Ansvar: socialtjänsten", "När: hösten 2055",
        ...         "D.2 Äldre", "◆ Mål: Färre är ensamma.", "Insats 2: Hjärtat", "  Ansvar: hemtjänsten"]
        >>> ActionPlanLayout().score(Document(report="r", lines=tuple(Line(n, t) for n, t in enumerate(rows, 1))))
        1.0
        """
        texts = [clean(strip_bullet(ln.text)) for ln in doc.lines]
        goals = sum(bool(_GOAL_SHAPE.match(t) or _GOAL_LINE.match(t)) for t in texts)
        areas, lists = _outline_structure(doc.lines)
        groups = sum(bool(_GROUP_SHAPE.match(t) or _AREA_SHAPE.match(t)) for t in texts) + areas
        activities = sum(bool(_ACTIVITY_SHAPE.match(t)) for t in texts)
        # an activity group's heading over its list ("Aktiviteter 2028" / "– Ta fram en rutin …")
        filled = [i for i, t in enumerate(texts) if t]
        lists += sum(
            bool(_GROUP_SHAPE.match(texts[i]) and not is_bullet(doc.lines[i].text) and is_bullet(doc.lines[j].text))
            for i, j in itertools.pairwise(filled)
        )
        duties = _duty_marks(doc.lines)
        if not (groups or activities or duties >= 2):
            return 0.0  # goals alone ("Övergripande mål", "Delmål 1" on a pilot's slide) make no plan
        value = 0.15 * min(goals, 2) + 0.15 * min(groups, 2) + 0.125 * min(activities + lists, 2)
        value += 0.1 * min(duties, 2)
        title = [t for t in texts if t][:5]
        if any(re.search(_TITLE_NOUNS, t, re.I) for t in title):
            value += 0.2  # the title page names the document a plan
        elif any(_PLAN_NOUN in t.lower() for t in texts):
            value += 0.15
        return round(min(value, 1.0), 3)

    def extract(self, doc: Document) -> list[Mention]:
        """Every mention of the plan, in text order."""
        plan = _Plan(doc)
        if not any(plan.texts):
            return []
        units = plan.units(0, len(plan.texts))
        out: list[Mention] = []
        agreement = _agreement(plan, units)
        initiative = _initiative_name(plan)
        areas = _areas(plan, units)
        goals = _goals(plan, areas, initiative)
        activities = _activities(plan, areas, goals)
        members, actor_mentions = _organisation(plan, units, initiative)
        if agreement is not None:
            out.append(agreement)
        if initiative is not None:
            out.append(_initiative(plan, units, initiative, agreement, members))
        out.extend(actor_mentions)
        out.extend(_municipalities(plan, units))
        for area in areas:
            parent = (
                Relation("part-of", "focus-area", area.parent)
                if area.parent
                else Relation("part-of", "initiative", initiative[0])
                if initiative
                else None
            )
            desc_units = [
                u for u in plan.units(area.row + 1, min(area.row + 40, area.end)) if not u.bullet and not u.heading
            ][:1]
            out.append(
                Mention(
                    "focus-area",
                    area.name,
                    plan.source(area.row, plan.texts[area.row]),
                    description=desc_units[0].text if desc_units else "",
                    heading=plan.texts[area.row],
                    alt_names=(area.alt,) if area.alt != area.name else (),
                    relations=(parent,) if parent else (),
                )
            )
        out.extend(m for _, m in goals)
        out.extend(activities)
        out.extend(_duty_rows(plan))
        own = frozenset(fold(n) for n in (initiative[0], *initiative[2])) if initiative else frozenset()
        # the groups of the plan's organisation, by every name the plan calls them ("kansliet")
        groups = frozenset(fold(n) for m in actor_mentions for n in (m.name, *m.alt_names))
        out.extend(_resources(plan, units, areas, activities, own | groups))
        out = _headed_by_activity(plan, out)
        out.extend(_activity_subjects(plan, out))
        out = _definite_forms([u.text for u in units], out, initiative[0] if initiative else None)
        out.sort(key=lambda m: m.source.line)
        return out


def _outline_structure(lines: tuple[Line, ...]) -> tuple[int, int]:
    """(areas, activity lists) of a plan written as an outline: outline headings (:data:`_OUTLINE`)
    whose first lines state a goal (a goal line or heading within the next three lines, before the
    next heading) and outline headings directly over a list item.

    >>> rows = ["A. Barn och unga", "", "Mål: Fler unga får stöd.", "A.1 Skolan", "→ Elevhälsan",
    ...         "II. Äldre", "Mål: Färre är ensamma.", "3.1 Primärvård", "• Stegvis vård"]
    >>> _outline_structure(tuple(Line(n, t) for n, t in enumerate(rows, 1)))
    (2, 2)
    >>> _outline_structure((Line(1, "I Lysekil startar en mottagning"), Line(2, "Mål: Alla får stöd.")))
    (0, 0)
    """
    texts = [clean(strip_bullet(ln.text)) if is_bullet(ln.text) else clean(ln.text) for ln in lines]
    heads = [i for i, t in enumerate(texts) if _OUTLINE.match(t) and not is_bullet(lines[i].text)]
    areas = lists = 0
    for i in heads:
        after = [j for j in range(i + 1, min(i + 8, len(texts))) if texts[j]][:3]
        stop = next((k for k, j in enumerate(after) if j in heads), len(after))
        if any(_GOAL_LINE.match(texts[j]) or _GOAL_SHAPE.match(texts[j]) for j in after[:stop]):
            areas += 1
        elif after and after[0] not in heads and is_bullet(lines[after[0]].text):
            lists += 1
    return areas, lists


#: A detail line saying who does an activity or when ("Ansvar: kansliet", "Ansvarig: Region X",
#: "När: hösten 2055", "Tidplan: 2055"): the responsibility and time fields of a plan's activities.
_DUTY_LINE = re.compile(
    r"^(?:Ansvar(?:ig|iga)?|Huvudansvar(?:ig)?|Ansvarsfördelning|Tids?plan|Tidpunkt|När|Klart|Genomförs)\s*:\s*\S"
)
#: The same fields as a table's column headings ("| Aktivitet | Ansvar | Tid |").
_DUTY_CELL = re.compile(r"^(?:ansvar(?:ig|iga)?|huvudansvar(?:ig)?|vem)$", re.I)
_TIME_CELL = re.compile(r"^(?:när|tid|tids?plan|tidpunkt|klart|period)$", re.I)


def _duty_marks(lines: tuple[Line, ...]) -> int:
    """How often a plan says who does an activity and when: labelled detail lines ("Ansvar: …",
    "När: …") and headers of tables with a responsibility and a time column (each header counts
    two, it stands for every row below it).

    >>> rows = ["Insats 1: Duvan", "      Ansvar: socialtjänsten", "      När: hösten 2055",
    ...         "| Aktivitet | Ansvarig | Tidplan |", "Ansvaret för första linjen är delat."]
    >>> _duty_marks(tuple(Line(n, t) for n, t in enumerate(rows, 1)))
    4
    """
    count = 0
    for ln in lines:
        text = ln.text.strip()
        if _DUTY_LINE.match(text):
            count += 1
        elif "|" in text or "\t" in text:
            cells = [c.strip() for c in re.split(r"[|\t]", text) if c.strip()]
            if any(_DUTY_CELL.match(c) for c in cells) and any(_TIME_CELL.match(c) for c in cells):
                count += 2
    return count


# --- the definite forms a plan calls its initiatives by ------------------------------------------

#: "den länsgemensamma satsningen": an adjective and an initiative noun in the definite form.
_DEFINITE_NP = re.compile(r"\bden ([a-zåäö]+[ae]) ([a-zåäö]+(?:en|et))\b")
#: What a programme of the plan works on: "… satsningen på området psykisk hälsa/suicidprevention".
_DOMAIN = re.compile(r"\s+på området((?:\s+[\wåäöÅÄÖ/-]+){1,4})")


def _definite_forms(texts: list[str], mentions: list[Mention], plan_name: str | None) -> list[Mention]:
    """The plan's initiatives with the definite forms the text calls them by as other names.

    * A plan speaks of its own programme as "den <adjective> <initiative noun>" again and again
      ("den länsgemensamma satsningen", three times or more), and of what it works on with "på
      området …" after it: both are names of the plan's own initiative (``plan_name``).
    * An initiative named in the indefinite ("Länsgemensam satsning på suicidprevention") is the
      one the text names in the definite ("den länsgemensamma satsningen på suicidprevention").

    >>> plan = Mention("initiative", "Uppdrag X", Source("r", 1, "Uppdrag X"))
    >>> texts = ["Syftet med den länsgemensamma satsningen är stöd."] * 3
    >>> texts += ["I år kommer den länsgemensamma satsningen på området psykisk hälsa att ha fokus."]
    >>> _definite_forms(texts, [plan], plan.name)[0].alt_names
    ('Länsgemensamma satsningen', 'Länsgemensamma satsningen på området psykisk hälsa')
    """
    cues = cue_nouns()
    counts: Counter[str] = Counter()
    for t in texts:
        for hit in _DEFINITE_NP.finditer(t):
            cue = cues.match(hit.group(2))
            if cue is not None and cue.kind == "initiative":
                counts[f"{hit.group(1)} {hit.group(2)}"] += 1
    own = next((n for n, c in counts.most_common(1) if c >= 3), None)
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "initiative":
            out.append(m)
            continue
        alts: list[str] = []
        if m.name == plan_name and own is not None:
            alts.append(own)
            for t in texts:
                for d in re.finditer(rf"\b{re.escape(own)}{_DOMAIN.pattern}", t):
                    words = d.group(1).split()
                    cut = next((k for k, w in enumerate(words) if w.lower() in FUNCTION_WORDS), len(words))
                    if cut:
                        alts.append(f"{own} på området {' '.join(words[:cut])}".rstrip(".,;:"))
        words = m.name.split()
        head = cues.match(words[1]) if len(words) > 2 else None
        if head is not None and head.kind == "initiative":
            rest = re.escape(" ".join(words[2:]))
            for t in texts:
                for d in re.finditer(rf"\b([\wåäö-]+) ([\wåäö-]+) {rest}\b", t, re.I):
                    same = stem_key(d.group(1).lower()) == stem_key(words[0].lower())
                    if same and stem_key(d.group(2)) == stem_key(words[1]) and fold(d.group(0)) != fold(m.name):
                        alts.append(d.group(0))
        alts = [a[:1].upper() + a[1:] for a in alts]
        new = tuple(dict.fromkeys(a for a in (*m.alt_names, *alts) if fold(a) != fold(m.name)))
        out.append(replace(m, alt_names=new) if new != m.alt_names else m)
    return out


# --- agreement, initiative, organisation ------------------------------------------------------


def _missing_tables(plan: _Plan) -> list[tuple[int, str]]:
    """Captions of tables/pictures whose numbers are not in the text (images in the original)."""
    out = []
    for i, t in enumerate(plan.texts):
        m = _CAPTION.match(t)
        if not m or m.group(1) != "Tabell":
            continue
        j = plan.next_nonblank(i)
        body = plan.texts[j] if j is not None else ""
        if len(re.findall(r"\d", body)) < 3 or j is None or plan.is_heading(j):
            out.append((i, t))
    return out


# An agreement named by its head noun, a topic or "för år" and its year (the agreement the plan
# reports its funds under).
# A period of two years ("2026–2027") is the agreement's period, not its first year.
_AGREEMENT = re.compile(
    r"[Öö]verenskommelse\w*\s+((?:om|inom|för|på)\b[^.:;()]{0,80}?)\s*(?:år\s+)?"
    r"((?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?)(?![\d–-])"
)


def _agreement_name(plan: _Plan, year: str) -> str:
    """The agreement's name as the plan writes it: its fullest "överenskommelse om/inom … <year>"
    ("Tabell 1. … enligt överenskommelsen om insatser inom psykisk hälsa 2020"), in base form."""
    phrases = [m.group(1).strip() for t in plan.texts for m in _AGREEMENT.finditer(t) if m.group(2) == year]
    subject = max((p for p in phrases if p not in ("för", "för år")), key=len, default="")
    return " ".join(w for w in ("Överenskommelse", subject, year) if w)


def _years(period: str) -> tuple[int, ...]:
    """The years of "2020" or "2026–2027".

    >>> _years("2026–2027"), _years("2020")
    ((2026, 2027), (2020,))
    """
    ends = [int(y) for y in re.findall(r"\d{4}", period)]
    return tuple(range(ends[0], ends[-1] + 1))


def _agreement(plan: _Plan, units: list[_Unit]) -> Mention | None:
    for unit in units:
        m = _AGREEMENT.search(unit.text)
        if not m:
            continue
        year = m.group(2)
        name = _agreement_name(plan, year)
        row = unit.row_at(m.start())
        parties = []
        p = re.search(rf"mellan staten och ([^()]+?) \(({_ABBR})\)", unit.text)
        if p:
            parties.append(ActorRole(p.group(1), "party", plan.source(unit.row_at(p.start()), p.group(0))))
        tables = [
            ("missing-table", t)
            for i, t in _missing_tables(plan)
            if "överenskommelse" in t.lower() or plan.headings[i] == plan.headings[row]
        ]
        # The year's agreement called by its year ("Överenskommelsen för år 2035"): those words name it
        # too (a topic the plan writes, "överenskommelsen om …", may be another agreement's).
        written = clean(m.group(0))
        written = written[:1].upper() + written[1:]
        by_year = m.group(1).strip() in ("för", "för år") and fold(written) != fold(name)
        return Mention(
            "agreement",
            name,
            plan.source(row, unit.text),
            alt_names=(written,) if by_year else (),
            description=unit.text,
            heading=plan.headings[row],
            years=_years(year),
            actors=tuple(parties),
            extra=tuple(tables),
        )
    return None


def _initiative_heading(text: str) -> bool:
    """A heading that names a joint effort by an initiative cue noun ("En länsgemensam satsning").

    >>> _initiative_heading("En länsgemensam satsning"), _initiative_heading("Barn och unga")
    (True, False)
    """
    words = re.findall(r"[\wåäöÅÄÖ-]+", text)
    return any((c := cue_nouns().match(w)) is not None and c.kind == "initiative" for w in words)


def _initiative_name(plan: _Plan) -> tuple[str, int, tuple[str, ...]] | None:
    """The plan's own initiative: the proper name it repeats most after "inom/för/av/i"
    (three words or more, not an organisation), its joint-effort heading and its abbreviation.

    A plan refers to the programme it belongs to again and again ("inom Uppdrag psykisk hälsa
    Stockholms län"); the abbreviation is a word of the name's initials followed by the
    name's remaining words ("UPH Stockholms län").
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for i, t in enumerate(plan.texts):
        for m in re.finditer(r"\b(?:inom|för|av|i)\s+(?=[A-ZÅÄÖ])", t):
            got = name_at(t, m.end())
            if got is None or len(got[0].split()) < 3 or got[2] is not None or is_organisation(got[0]):
                continue
            counts[got[0]] += 1
            first.setdefault(got[0], i)
    # The layout's own structure lines (an activity "Aktivitet 5. Följa upp Projektet X", a goal or
    # group heading) name what the plan does, not the joint effort it belongs to.
    joint = next(
        (
            i
            for i, t in enumerate(plan.texts)
            if plan.is_heading(i) and not plan.structural(i) and _initiative_heading(t)
        ),
        None,
    )
    alts: list[str] = []
    # A numbered heading ("1.2 En gemensam satsning på X") is its title: the section number is the
    # layout's, no word of the name.
    heading = plan.texts[joint][plan.numbered_heading(joint) :] if joint is not None else ""
    if joint is not None:
        alts.append(heading)
    # A heading naming the effort by its noun and name ("1.2 Satsningen Ydre tillsammans") gives its
    # name: the noun says what it is, the capitalised words after it are the name (Swedish close
    # apposition), and the heading is its other name.
    head_word, _, bare = heading.partition(" ")
    cue = cue_nouns().match(head_word) if bare[:1].isupper() else None
    if cue is not None and cue.kind == "initiative" and definite(head_word) and not is_organisation(bare):
        return bare.strip(), joint if joint is not None else 0, (heading,)
    repeated = [(n, c) for n, c in counts.most_common() if c >= 3]
    if repeated:
        name = repeated[0][0]
        words = name.split()
        for k in range(2, len(words)):
            initials = "".join(w[0] for w in words[:k]).upper()
            abbr = " ".join([initials, *words[k:]])
            if any(re.search(rf"\b{re.escape(abbr)}\b", t) for t in plan.texts):
                alts.append(abbr)
                break
        return name, joint if joint is not None else first[name], tuple(alts)
    if joint is not None and (named := _named_in_section(plan, joint)) is not None:
        return named, joint, (heading,)
    if joint is not None:
        # "Psykisk hälsa i Uppsala län – en länsgemensam satsning": a title and a subtitle that says
        # what the title names; the title is the initiative's name.
        title, dash, subtitle = heading.partition(" – ")
        if dash and title and _initiative_heading(subtitle) and not _initiative_heading(title):
            return title.strip(), joint, (heading,)
        return heading, joint, ()
    return None


def _named_in_section(plan: _Plan, joint: int) -> str | None:
    """The proper name a joint-effort section gives its effort when its heading names it only by a
    common noun phrase ("Den länsgemensamma satsningen"): the name in apposition to the initiative
    cue noun in the definite form ("driver … satsningen Tillsammans för psykisk hälsa i Västmanland")."""
    heading = plan.texts[joint][plan.numbered_heading(joint) :]
    words = heading.split()
    # A heading opening with an indefinite article ("En gemensam satsning på Söderslätt") is a
    # common noun phrase, whatever place it names; another with a capitalised word is a name itself.
    if words[:1] not in (["En"], ["Ett"]) and any(w[:1].isupper() for w in words[1:]):
        return None
    end = _block_end(plan, joint)
    for unit in plan.units(joint + 1, end):
        if unit.bullet or unit.heading:
            continue
        for m in re.finditer(r"\b([a-zåäö][\wåäö-]*(?:en|et))\s+(?=[A-ZÅÄÖ])", unit.text):
            cue = cue_nouns().match(m.group(1))
            if cue is None or cue.kind != "initiative" or m.group(1).lower().endswith(cue.label.lower()):
                continue
            # The name runs to the end of its clause (a stop, a comma, a bracket).
            got = re.match(r"[^.,;:()]+", unit.text[m.end() :])
            name = got.group(0).strip() if got else ""
            if 2 <= len(name.split()) <= 10 and not is_organisation(name):
                return name
    return None


def _initiative(
    plan: _Plan,
    units: list[_Unit],
    initiative: tuple[str, int, tuple[str, ...]],
    agreement: Mention | None,
    members: list[ActorRole],
) -> Mention:
    name, row, alts = initiative
    section = plan.texts[row]
    sentences: list[str] = []
    start = None
    for unit in units:
        if unit.bullet or unit.heading:
            continue
        for i, s in _sentences(unit):
            in_section = plan.headings[i] == section
            # Beside its own section, the sentences about the plan itself (the plan noun in the
            # definite singular) describe the initiative.
            if in_section or _PLAN_WORD.search(s):
                sentences.append(s)
                y = _STARTED.search(s)
                if y and start is None:
                    start = y.group(1)
    # A party named by an abbreviation the plan gave a member ("Region Uppsala och KSU") is that member.
    full = {fold(a): r.name for r in members for a in _alt_names(r, plan)}
    parties = tuple(replace(p, name=full.get(fold(p.name), p.name)) for p in _parties(plan))
    relations = (Relation("agreement", "agreement", agreement.name),) if agreement else ()
    tables = tuple(
        ("missing-table", t)
        for _, t in _missing_tables(plan)
        if not agreement or ("missing-table", t) not in agreement.extra
    )
    return Mention(
        "initiative",
        name,
        plan.source(row, " ".join(sentences[:1]) or section),
        description=" ".join(sentences),
        heading=section,
        alt_names=alts,
        start=start,
        actors=(*parties, *members),
        relations=relations,
        extra=tables,
    )


def _alt_names(role: ActorRole, plan: _Plan) -> list[str]:
    """Abbreviations the plan writes in brackets after a member's name ("… Uppsala län (KSU)")."""
    out = []
    for t in plan.texts:
        for m in re.finditer(rf"{re.escape(role.name)}\s*\(({_ABBR})\)", t):
            out.append(m.group(1))
    return out


def _parties(plan: _Plan) -> tuple[ActorRole, ...]:
    pairs: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], int] = {}
    for i, t in enumerate(plan.texts):
        for m in re.finditer(r"\b(Region [A-ZÅÄÖ]\w+) (?:och|respektive) ([A-ZÅÄÖ]\w+)\b", t):
            if m.group(2) != "Region":
                pairs[(m.group(1), m.group(2))] += 1
                where.setdefault((m.group(1), m.group(2)), i)
    if not pairs:
        return ()
    pair = pairs.most_common(1)[0][0]
    src = plan.source(where[pair], plan.texts[where[pair]])
    return tuple(ActorRole(n, "party", src) for n in pair)


_PLACE = r"[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?"
#: The municipalities a plan lists by their towns' names after the plural noun: "Region Västmanland
#: och kommunerna Arboga, Fagersta, …, Surahammar och Västerås" (the plan's parties on its cover).
_MUNICIPALITIES = re.compile(rf"\bkommunerna ((?:{_PLACE}, )*{_PLACE}) (?:och|samt) ([A-ZÅÄÖ][a-zåäöé]+)")

#: A cover line listing the parties' towns: "Ydre, Ulvsby och Kalla" (three or more), alone or before
#: the party they join ("… tillsammans med Region Norrby", "… och Region Norrby").
_COVER_TOWNS = re.compile(
    r"^((?:[A-ZÅÄÖ][a-zåäöé]+, ){2,}[A-ZÅÄÖ][a-zåäöé]+) (?:och|samt) ([A-ZÅÄÖ][a-zåäöé]+)(?:$|[ ,.])"
)


def municipality_name(town: str, texts: list[str]) -> str:
    """The municipality of a town as the plan writes it elsewhere ("Västerås stad", "Köpings kommun"),
    else by the rule of Swedish municipality names: the town in the genitive ("-s" unless it ends in
    a vowel or an s) and "kommun".

    >>> municipality_name("Arboga", []), municipality_name("Kungsör", []), municipality_name("Västerås", [])
    ('Arboga kommun', 'Kungsörs kommun', 'Västerås kommun')
    >>> municipality_name("Västerås", ["… av Västerås stad och regionen."])
    'Västerås stad'
    """
    written = re.compile(rf"\b{re.escape(town)}s? (?:kommun|stad)\b")
    for t in texts:
        m = written.search(t)
        if m:
            return m.group(0)
    genitive = "" if town[-1:].lower() in "aeiouyåäös" else "s"
    return f"{town}{genitive} kommun"


def _municipalities(plan: _Plan, units: list[_Unit]) -> list[Mention]:
    """The municipalities a plan lists by town after "kommunerna", each named as a municipality with
    its town as the other name (the town alone elsewhere is a place)."""
    out: list[Mention] = []
    # The cover (the units up to the first heading after the title) may list the parties by their
    # towns alone, without "kommunerna": "Strömsta, Ydre, Kalla och Ulvsby tillsammans med Region
    # Norrby". Three towns or more, each one capitalised word, make such a list.
    first = next((k for k, u in enumerate(units) if u.heading), None)
    cover = next((k for k, u in enumerate(units) if u.heading and first is not None and k > first), len(units))
    for unit in units[:cover]:
        m = _COVER_TOWNS.match(unit.text)
        if unit.heading or m is None or any(is_organisation(t) for t in [*m.group(1).split(", "), m.group(2)]):
            continue
        out += _town_mentions(plan, unit, m)
    for unit in units:
        for m in _MUNICIPALITIES.finditer(unit.text):
            out += _town_mentions(plan, unit, m)
    return out


def _town_mentions(plan: _Plan, unit: _Unit, m: re.Match[str]) -> list[Mention]:
    """One municipality per town of a matched list "A, B och C" (groups 1 and 2), at its row."""
    towns = [*m.group(1).split(", "), m.group(2)]
    offsets = [m.start(1) + m.group(1).find(t) for t in towns[:-1]] + [m.start(2)]
    out = []
    for town, at in zip(towns, offsets, strict=True):
        row = unit.row_at(at)
        out.append(
            Mention(
                "actor",
                municipality_name(town, plan.texts),
                plan.source(row, plan.texts[row]),
                heading=plan.headings[row],
                alt_names=(town,),
                actor_types=("kommun",),
            )
        )
    return out


#: Passive verbs of holding an occasion: the subject of "hålls", "anordnas" is a meeting.
_HELD = frozenset(
    {"hålls", "hölls", "anordnas", "anordnades", "arrangeras", "arrangerades", "genomförs", "genomfördes"}
)


def _organisation(
    plan: _Plan, units: list[_Unit], initiative: tuple[str, int, tuple[str, ...]] | None
) -> tuple[list[ActorRole], list[Mention]]:
    roles: list[ActorRole] = []
    mentions: list[Mention] = []
    seen: set[str] = set()
    init_name = initiative[0] if initiative else ""
    footnotes = [clean(ln.text).split(" ", 1)[1] for i, ln in enumerate(plan.lines) if plan.footnote(i)]

    def add(name: str, row: int, text: str, alt: tuple[str, ...] = ()) -> None:
        name = name.strip(" ,.")
        if not name or fold(name) in seen:
            return
        seen.add(fold(name))
        src = plan.source(row, text)
        roles.append(ActorRole(name, "member", src))
        desc = text
        for note in footnotes:
            if note.startswith(f"{name} är "):
                desc = f"{text} {note}"
        types = ("region",) if name.startswith("Region ") else ()
        rel = (Relation("related", "initiative", init_name),) if init_name else ()
        mentions.append(
            Mention(
                "actor",
                name,
                src,
                description=desc,
                heading=plan.headings[row],
                alt_names=alt,
                actor_types=types,
                relations=rel,
            )
        )

    for unit in units:
        for row, s in _sentences(unit):
            # A sentence about the plan's organisation names a group (a network cue noun of the
            # form vocabulary: styrgrupp, ledningsgrupp, kansli …).
            words = re.findall(r"[\wåäö-]+", s)
            groups = [w for w in words if (c := cue_nouns().match(w)) is not None and c.kind == "network"]
            if not groups:
                continue
            for part in _represented(s):
                ab = re.search(rf"\s*\(({_ABBR})\)", part)
                if ab:
                    full = part[: ab.start()] + part[ab.end() :]
                    add(full, row, s, (f"{ab.group(1)}{part[ab.end() :]}",))
                else:
                    add(part, row, s)
            toks = re.findall(r"[\wåäöÅÄÖ-]+", s)
            # The sentence is about the plan's own effort: it names the initiative, or takes it up by
            # an initiative cue noun in the definite form ("arbetet med den gemensamma satsningen").
            about_plan = bool(init_name and fold(init_name) in fold(s)) or any(
                (c := cue_nouns().match(w)) is not None and c.kind == "initiative" and not w.lower().endswith(c.label)
                for w in toks
            )
            for k, word in enumerate(toks):
                # A group the plan sets up for its effort, introduced by an indefinite article (maybe
                # after an adjective) in a sentence about the effort or as the sentence's subject; it is
                # named after the plan's initiative.
                cue = cue_nouns().match(word)
                if cue is None or cue.kind != "network" or not word.lower().endswith(cue.label.lower()):
                    continue
                named = k + 1 < len(toks) and toks[k + 1] in TOPIC_PREPOSITIONS  # a cue phrase: _cue_phrases
                # named in apposition ("Ett nytt samverkansteam, Team Unga Norr, startar …"): the name
                # is the group's (_appositive_names), no name is made for it
                at = re.search(rf"\b{re.escape(word)}\b", s)
                named = named or (at is not None and re.match(r"\s*,\s*[A-ZÅÄÖ]", s[at.end() :]) is not None)
                subject = k <= 2 and toks[0].lower() in ARTICLES
                # The agent of an s-passive is the clause's logical subject: "Aktiviteterna planeras
                # och genomförs av ett kansli …", "Arbetet styrs av en gemensam styrgrupp."
                art = next((a for a in (k - 1, k - 2) if a >= 2 and toks[a].lower() in ARTICLES), None)
                agent = art is not None and toks[art - 1] == "av" and toks[art - 2].lower().endswith("s")
                # "Ett uppföljande chefsforum hålls i november": what is held is an occasion, no group.
                held = any(t.lower() in _HELD for t in toks[k + 1 : k + 3])
                if (
                    (about_plan or subject or agent)
                    and not named
                    and not held
                    and any(w.lower() in ARTICLES for w in toks[max(0, k - 2) : k])
                ):
                    surface = _group_phrase(toks, k)
                    own = _proper_form(plan, word, cue.label)
                    if own:
                        add(own, row, s, (surface,))
                    else:
                        # A plain group noun ("en styrgrupp") is this plan's group: named after its
                        # initiative so that two plans' steering groups stay two; the words the plan
                        # uses ("länsgemensam styrgrupp") are its other name.
                        label = f"{word[:1].upper()}{word[1:]} för {init_name}" if init_name else word.capitalize()
                        # introduced in the indefinite, the group is then called by its definite
                        # form ("ett gemensamt kansli" … "kansliet"): neuter "ett" → -et, "en" → -en
                        article = next(
                            (w.lower() for w in reversed(toks[max(0, k - 2) : k]) if w.lower() in ARTICLES), ""
                        )
                        definite = f"{word}{'et' if article == 'ett' else 'en'}" if article in ("en", "ett") else ""
                        alts = tuple(a for a in (surface, definite) if a and a != label)
                        add(label, row, s, alts)
            for g in re.finditer(rf"\(({_ABBR})\)", s):
                # "… genom den politiska ledningsgruppen för … (VIS)": the group's full name runs from
                # the last demonstrative before the abbreviation.
                lead = s[: g.start()].rstrip()
                marks = [m for m in re.finditer(r"\s(\w+)\s", lead) if m.group(1) in DEMONSTRATIVES]
                body = lead[marks[-1].end() :] if marks else ""
                heads = [c for w in re.findall(r"[\wåäö-]+", body) if (c := cue_nouns().match(w)) is not None]
                if any(c.kind == "network" for c in heads) and 5 <= len(body) <= 140:
                    add(body[:1].upper() + body[1:], row, s, (g.group(1),))
    return roles, mentions


#: Who sits in a group: "representanter från/för" (or "företrädare för") and a list of organisations.
_REPRESENTED = re.compile(r"\b(?:representant\w*|företrädare)\s+(?:från|för)\s+(.+?)\.?$")


def _represented(sentence: str) -> list[str]:
    """The organisations a sentence about a group says are represented in it: the list after
    "representanter från/för", one organisation per part; a part that names a kind of member
    ("länets kommuner") and then who speaks for it ("genom Kommunerna i samverkan (KSU)") gives the
    latter; parts in lower case name no organisation ("ett par kommuner").

    >>> _represented("I styrgruppen finns representanter från Region Stockholm, Storsthlm samt från ett par kommuner.")
    ['Region Stockholm', 'Storsthlm']
    >>> _represented("I styrgruppen ingår representanter för Region Uppsala, för länets kommuner genom KSU "
    ...              "och för brukarorganisationerna genom NSPH Uppsala län.")
    ['Region Uppsala', 'KSU', 'NSPH Uppsala län']
    """
    m = _REPRESENTED.search(sentence)
    if not m:
        return []
    out: list[str] = []
    for part in re.split(r",\s*|\s+samt\s+|\s+och\s+(?=[A-ZÅÄÖ]|från\b|för\b)", m.group(1)):
        part = re.sub(r"^(?:från|för)\s+", "", part.strip())
        part = re.split(r"\s+genom\s+", part)[-1]
        if part[:1].isupper():
            out.append(part)
    return out


def _group_phrase(toks: list[str], k: int) -> str:
    """The noun phrase a group is introduced by, without its article: the adjectives before the cue
    noun ``toks[k]`` and a complement of content words after "för"/a topic preposition, which ends
    at the next preposition, clause word or number ("Ett kansli för psykisk hälsa med två
    processledare" → "kansli för psykisk hälsa"; "en länsgemensam styrgrupp" → "länsgemensam styrgrupp").

    >>> _group_phrase("Ett kansli för psykisk hälsa med två processledare".split(), 1)
    'kansli för psykisk hälsa'
    >>> _group_phrase("Satsningen leds av en länsgemensam styrgrupp".split(), 5)
    'länsgemensam styrgrupp'
    >>> _group_phrase("har en styrgrupp tillsatts".split(), 2)
    'styrgrupp'
    """
    first = k
    while first > 0 and toks[first - 1].lower() not in ARTICLES and toks[first - 1][:1].islower():
        first -= 1
    if first == 0 or toks[first - 1].lower() not in ARTICLES:
        first = k  # no article before: the noun alone
    words = [w.lower() if i == first else w for i, w in enumerate(toks[first : k + 1], first)]
    if k + 2 < len(toks) and (toks[k + 1] == "för" or toks[k + 1] in TOPIC_PREPOSITIONS):
        tail: list[str] = []
        for w in toks[k + 2 :]:
            low = w.lower()
            if not w[:1].islower() or low in PREPOSITIONS or low in _CLAUSE or low == "att":
                break
            tail.append(w)
        while tail and tail[-1].lower() in CONJUNCTIONS:
            tail.pop()
        if tail:
            words += [toks[k + 1], *tail]
    return " ".join(words)


def _proper_form(plan: _Plan, word: str, label: str) -> str | None:
    """The name a plan gives a group whose noun is a compound of its cue ("samverkanskansli"): its
    definite form written capitalised where the plan refers to it ("Samverkanskansliet ska …"). A
    bare cue noun ("styrgrupp", "kansli") names no group of its own.

    >>> lines = (Line(1, "Ett samverkanskansli planerar."), Line(2, "Samverkanskansliet ska bidra."))
    >>> plan = _Plan(Document("r", lines))
    >>> _proper_form(plan, "samverkanskansli", "kansli"), _proper_form(plan, "kansli", "kansli")
    ('Samverkanskansliet', None)
    """
    if len(word) <= len(label) + 2 or not word.lower().endswith(label.lower()):
        return None
    stem = word[:1].upper() + word[1:].lower()
    for t in plan.texts:
        m = re.search(rf"(?<![\wåäö-]){re.escape(stem)}(?:en|et|n|t)\b", t)
        if m:
            return m.group(0)
    return None


# --- focus areas, goals, activities -----------------------------------------------------------


def _areas(plan: _Plan, units: list[_Unit]) -> list[_Area]:
    areas: list[_Area] = []
    for k, unit in enumerate(units):
        # A lead ending in ":" whose items come back as headings lists the focus areas, however
        # the lead is worded ("Dessa områden är:", "Planen har följande inriktningar:").
        if unit.bullet or not unit.text.endswith(":"):
            continue
        items = []
        for nxt in units[k + 1 :]:
            if not nxt.bullet:
                break
            items.append(nxt.text)
        after = unit.lines[-1]
        parent = next((a for a in reversed(areas) if a.parent is None and a.row < after), None)
        for item in items:
            key = fold(item.split("/")[0]).strip(" .")
            for i in range(after + 1, len(plan.texts)):
                t = plan.texts[i]
                if plan.is_heading(i) and not plan.structural(i) and fold(t).startswith(key):
                    label = item[:1].upper() + item[1:]
                    name, alt = (t, label) if len(t) <= len(label) else (label, t)
                    areas.append(_Area(name, i, alt, parent.name if parent else None))
                    break
    if not areas:
        areas = _outline_areas(plan)
    # Each area runs to the next area of the same or a higher level.
    tops = sorted(a.row for a in areas if a.parent is None)
    for a in areas:
        if a.parent is None:
            a.end = next((r for r in tops if r > a.row), len(plan.texts))
        else:
            parent_end = next(p.end for p in areas if p.name == a.parent)
            siblings = sorted(b.row for b in areas if b.parent == a.parent and b.row > a.row)
            a.end = siblings[0] if siblings else parent_end
    return areas


def _outline_areas(plan: _Plan) -> list[_Area]:
    """Focus areas of a plan written as an outline (:data:`_OUTLINE`, any numbering scheme): the
    top-level headings whose first lines state a goal ("A. Barn och unga" / "Mål: …"), and the
    headings one level down inside them ("A.1 Första linjen", "1.2 Skolan", "a) Skolan") as their
    parts. An area is named by its words, its labelled heading being its other name.

    >>> rows = ["A. Barn och unga", "Mål: Fler unga får stöd.", "A.1 Skolan", "→ Elevhälsan inför X.",
    ...         "B. Äldre", "Mål: Färre är ensamma.", "→ Träffpunkt startar.", "Uppföljning", "Text."]
    >>> plan = _Plan(Document("r", tuple(Line(n, t) for n, t in enumerate(rows, 1))))
    >>> [(a.name, a.parent) for a in _outline_areas(plan)]
    [('Barn och unga', None), ('Skolan', 'Barn och unga'), ('Äldre', None)]
    """
    heads = [(i, m) for i, t in enumerate(plan.texts) if plan.is_heading(i) and (m := _OUTLINE.match(t))]
    rows = {i for i, _ in heads}

    def opens_with_goal(i: int) -> bool:
        after = [j for j in range(i + 1, min(i + 8, len(plan.texts))) if plan.texts[j]][:3]
        stop = next((k for k, j in enumerate(after) if j in rows), len(after))
        return any(_GOAL_LINE.match(plan.texts[j]) or _GOAL_SHAPE.match(plan.texts[j]) for j in after[:stop])

    def depth(label: str) -> int:
        return len(re.findall(r"[\dA-Za-zÅÄÖ]+", label.split(" ")[-1] if " " in label.strip() else label))

    out: list[_Area] = []
    top: _Area | None = None
    top_depth = 0
    for i, m in heads:
        label = plan.texts[i][: m.start("title")].strip()
        title = m.group("title").strip()
        level = depth(label)
        if opens_with_goal(i) and (top is None or level <= top_depth):
            top, top_depth = _Area(title, i, plan.texts[i], None), level
            out.append(top)
        elif top is not None and level == top_depth + 1:
            out.append(_Area(title, i, plan.texts[i], top.name))
        elif top is not None and level <= top_depth:
            top = None  # an outline section that states no goal closes the areas ("5. Uppföljning")
    return out


def _area_at(areas: list[_Area], row: int) -> _Area | None:
    inside = [a for a in areas if a.row <= row < a.end]
    return max(inside, key=lambda a: a.row) if inside else None


def _block_end(plan: _Plan, start: int) -> int:
    for i in range(start + 1, len(plan.texts)):
        if plan.is_heading(i) and not plan.footnote(i):
            return i
    return len(plan.texts)


def _goals(
    plan: _Plan, areas: list[_Area], initiative: tuple[str, int, tuple[str, ...]] | None
) -> list[tuple[str, Mention]]:
    out: list[tuple[str, Mention]] = []
    for i, t in enumerate(plan.texts):
        m = _GOAL_HEAD.match(t)
        if m:
            area = _area_at(areas, i)
            term = base_form(m.group(1)) if m.group(1) else _TERM.get(m.group(2) or "", "")
            for unit in plan.units(i + 1, _block_end(plan, i)):
                if not unit.bullet:
                    continue
                row = unit.lines[0]
                rel = (Relation("focus-area", "focus-area", area.name),) if area else ()
                out.append(
                    (
                        area.name if area else "",
                        Mention(
                            "goal",
                            unit.text,
                            plan.source(row, unit.text, section=area.name if area else plan.headings[row]),
                            heading=t,
                            relations=rel,
                            extra=(("term", term),),
                        ),
                    )
                )
        elif (line := _GOAL_LINE.match(t)) and (area := _area_at(areas, i)) is not None:
            # A goal stated on its own line in an area ("Mål: Fler unga ska få stöd tidigt."); the
            # statement may wrap onto the lines below it.
            own = next((u for u in plan.units(i, _block_end(plan, i)) if u.lines[0] == i), None)
            text = (own.text if own else t)[line.end() - 1 :].strip()
            rel = (Relation("focus-area", "focus-area", area.name),)
            heading = t[: line.end() - 1].rstrip(" :")
            goal = Mention("goal", text, plan.source(i, t, section=area.name), heading=heading, relations=rel)
            out.append((area.name, goal))
        elif t.endswith(":") and "målsättning" in t.lower() and initiative:
            for unit in plan.units(i + 1, _block_end(plan, i)):
                n = _NUMBERED.match(unit.text)
                if unit.bullet or not n:
                    continue
                row = unit.lines[0]
                out.append(
                    (
                        "",
                        Mention(
                            "goal",
                            n.group(2),
                            plan.source(row, unit.text),
                            heading=t.rstrip(":"),
                            code=n.group(1),
                            relations=(Relation("related", "initiative", initiative[0]),),
                            extra=(("term", "övergripande"),),
                        ),
                    )
                )
    return out


def _activities(plan: _Plan, areas: list[_Area], goals: list[tuple[str, Mention]]) -> list[Mention]:
    out: list[Mention] = []
    priority = ""
    group = ""
    texts = plan.texts
    for i, t in enumerate(texts):
        g = _GROUP_HEAD.match(t)
        if g:
            priority = base_form(g.group(1)) if g.group(1) else ""  # "Aktiviteter": no priority stated
            group = t
            continue
        a = _ACTIVITY.match(t)
        if not a or not group:
            continue
        title_parts = [a.group(2)]
        j = i
        while j + 1 < len(texts):
            nxt = texts[j + 1]
            after = texts[j + 2] if j + 2 < len(texts) else ""
            short = len(nxt.split()) <= 2 and not after and not plan.structural(j + 1)
            if nxt and (nxt[:1].islower() or short) and (j + 1) not in plan.bullets:
                title_parts.append(nxt)
                j += 1
            else:
                break
        title = clean(" ".join(title_parts))
        end = len(texts)
        for k in range(j + 1, len(texts)):
            if _ACTIVITY.match(texts[k]) or (plan.is_heading(k) and not plan.footnote(k)):
                end = k
                break
        area = _area_at(areas, i)
        body = plan.units(j + 1, end)
        relations = [Relation("focus-area", "focus-area", area.name)] if area else []
        relations += [Relation("goal", "goal", m.name) for a_name, m in goals if area and a_name == area.name]
        extra = ((("priority", priority),) if priority else ()) + (("group", group),)
        section = area.name if area else plan.headings[i]
        out.append(
            Mention(
                "activity",
                title,
                plan.source(i, f"Aktivitet {a.group(1)}. {title}", section=section),
                description=" ".join(u.text for u in body if not u.bullet and not u.heading),
                heading=group,
                code=a.group(1),
                relations=tuple(relations),
                extra=extra,
            )
        )
        for unit in body:
            if not unit.bullet:
                continue
            task_rel = [Relation("part-of", "activity", title)]
            if area:
                task_rel.append(Relation("focus-area", "focus-area", area.name))
            out.append(
                Mention(
                    "activity",
                    unit.text,
                    plan.source(unit.lines[0], unit.text, section=section),
                    heading=title,
                    relations=tuple(task_rel),
                    extra=(*extra, ("type", "uppgift")),
                )
            )
    return out


#: What the sentence opening an activity's paragraph says its subject is: "X är en konferens …",
#: "X – metodstöd för …" (group: the noun).
_SUBJECT_IS = re.compile(
    r"^\s*(?:är|var)\s+(?:en|ett)\s+([a-zåäö][\wåäö-]*)|^\s*[–-]\s+(?:(?:en|ett)\s+)?([a-zåäö][\wåäö-]*)"
)


def _activity_subjects(plan: _Plan, found: list[Mention]) -> list[Mention]:
    """The things an activity is about, named in its heading and again as the subject opening the
    paragraph under it ("Insats 2: Lugna famnen" / "Lugna famnen är ett föräldrastöd för …";
    "Insats 1: Gruppverksamheten Duvan byggs ut" / "Duvan – stödgrupper för barn …"): a plan
    introduces the support an activity spreads by its name. The name is the paragraph's opening
    words that the heading repeats with the same capitals, followed by what it is ("är en …", a
    dash) or its verb; a noun of a kind ("Modellen") is no name. Its kind is the noun the
    paragraph calls it by where the vocabulary knows it (an event, a network), else a resource.

    >>> rows = ["Insats 2: Lugna famnen", "Lugna famnen är ett föräldrastöd för föräldrar till barn 0–1 år.",
    ...         "Insats 3: Samtalsstöd i elevhälsan", "Elevhälsan inför samtalsmetoden X.",
    ...         "Insats 4: Ankedagen 2061", "Ankedagen 2061 är en konferens om suicidprevention."]
    >>> plan = _Plan(Document("r", tuple(Line(n, t) for n, t in enumerate(rows, 1))))
    >>> [(m.kind, m.name, m.source.line) for m in _activity_subjects(plan, [])]
    [('resource', 'Lugna famnen', 1), ('event', 'Ankedagen 2061', 5)]
    """
    cues = cue_nouns()
    known = [fold(n) for m in found for n in (m.name, *m.alt_names)]
    out: list[Mention] = []
    texts = plan.texts
    for i, t in enumerate(texts):
        act = _ACTIVITY.match(t)
        if act is None:
            continue
        j = next((k for k in range(i + 1, min(i + 4, len(texts))) if texts[k]), None)
        if j is None or _ACTIVITY.match(texts[j]) or j in plan.bullets:
            continue
        title, body = act.group(2).split(), texts[j].split()
        name = ""
        for n in range(min(len(body), 6), 0, -1):
            words = body[:n]
            if any(title[k : k + n] == words for k in range(len(title))):
                name = " ".join(words)
                break
        if not name or not name[:1].isupper() or cues.match(body[0]) is not None or body[0].lower() in FUNCTION_WORDS:
            continue
        rest = " ".join(body[len(name.split()) :])
        said = _SUBJECT_IS.match(rest)
        if said is None and not (rest.split() and finite_verb(rest.split()[0])):
            continue
        key = fold(name)
        if any(key == k or key in k.split(" – ")[0] or k in key for k in known):
            continue
        cue = cues.match(said.group(1) or said.group(2)) if said else None
        kind = {"network": "actor", "resource": "resource"}.get(cue.kind, cue.kind) if cue else "resource"
        out.append(
            Mention(
                kind,
                name,
                plan.source(i, t),  # named first in the heading
                description=next((u.text for u in plan.units(j, min(j + 12, len(texts))) if u.text), texts[j]),
                heading=t,
                forms=(cue.form,) if cue is not None and cue.kind == "resource" and cue.form else (),
            )
        )
        known.append(key)
    return out


def _headed_by_activity(plan: _Plan, found: list[Mention]) -> list[Mention]:
    """Things whose paragraph opens with their title and subtitle right under an activity heading that
    names them by the main title ("Insats 1: Verksamheten Tranan byggs ut" / "Tranan – samtalsgrupper
    för barn … erbjuds …"): the plan names the thing first in the heading, so it stands there, and the
    main title is its other name (:func:`_activity_subjects` reads a paragraph that opens with the
    bare name).

    >>> rows = ["Insats 1: Sprida Tranan", "Tranan – samtalsgrupper för barn erbjuds i Ankeby."]
    >>> plan = _Plan(Document("r", tuple(Line(n, t) for n, t in enumerate(rows, 1))))
    >>> m = Mention("resource", "Tranan – samtalsgrupper för barn", plan.source(1, rows[1]))
    >>> [(x.name, x.source.line, x.alt_names) for x in _headed_by_activity(plan, [m])]
    [('Tranan – samtalsgrupper för barn', 1, ('Tranan',))]
    """
    out: list[Mention] = []
    rows = {ln.number: i for i, ln in enumerate(plan.lines)}
    for m in found:
        main, dash, _ = m.name.partition(" – ")
        j = rows.get(m.source.line)
        if m.kind == "actor" or not dash or j is None or not plan.texts[j].startswith(f"{main} – "):
            out.append(m)
            continue
        i = next((k for k in range(j - 1, max(-1, j - 4), -1) if plan.texts[k]), None)
        act = _ACTIVITY.match(plan.texts[i]) if i is not None else None
        if (
            i is None
            or act is None
            or not re.search(rf"(?<![\wåäöÅÄÖ-]){re.escape(main)}(?![\wåäöÅÄÖ-])", act.group(2))
        ):
            out.append(m)
            continue
        alts = m.alt_names if main in m.alt_names else (*m.alt_names, main)
        out.append(replace(m, source=plan.source(i, plan.texts[i]), alt_names=alts))
    return out


# --- named programmes and methods -------------------------------------------------------------

#: "X, Y och Z är exempel på …": an enumeration whose capitalised members are things the plan names.
#: "<Title> – <form noun> …": a title with a subtitle saying what it is.
_DASH_FORM = re.compile(r"\s+[–-]\s+(?:(?:en|ett)\s+)?([a-zåäö][\wåäö-]*)")
#: An abbreviation in brackets right before the dash ("Första hjälpen till psykisk hälsa (MHFA) – en kurs").
_BRACKETED_ABBR = re.compile(rf"\s*\(({_ABBR})\)\s*$")


def _dash_titles(sentence: str, cues: CueNouns) -> list[tuple[str, Cue, str | None]]:
    """Titles a sentence gives with a dash subtitle that opens with a form noun ("Kommunerna
    använder Bedömning av suicidrisk – kunskapsstöd för primärvården", also after an article:
    "… (MHFA) – en kurs på två dagar"): the title starts at a capitalised word after a verb or at
    the sentence's start (a capital after a preposition is a place inside the title, unless no
    title starts anywhere else: "utbildar sin personal i Första hjälpen … – en kurs"); the
    subtitle is added by :func:`_with_subtitle`. An abbreviation in brackets before the dash is
    the title's other name.

    >>> text = "Kommunerna använder Bedömning av suicidrisk – kunskapsstöd för primärvården."
    >>> [t for t, _, _ in _dash_titles(text, cue_nouns())]
    ['Bedömning av suicidrisk']
    >>> text = "Alla kommuner utbildar sin personal i Första hjälpen till psykisk hälsa (MHFA) – en kurs på två dagar."
    >>> [(t, a) for t, _, a in _dash_titles(text, cue_nouns())]
    [('Första hjälpen till psykisk hälsa', 'MHFA')]
    >>> _dash_titles("Region Norrby – som leder arbetet – har fått medel.", cue_nouns())
    []

    A paragraph may open with a one-word name; a noun of a kind opening it is no name.

    >>> [t for t, _, _ in _dash_titles("Ledstången – metodstöd för första samtalet togs fram 2050.", cue_nouns())]
    ['Ledstången']
    >>> _dash_titles("Modellen – en metod för samverkan – prövas i två kommuner.", cue_nouns())
    []
    """
    out: list[tuple[str, Cue, str | None]] = []
    for m in _DASH_FORM.finditer(sentence):
        cue = cues.match(m.group(1))
        # A subtitle of other words makes a title where it reads as a noun phrase: it opens with a
        # content word, it is no dash aside ("X – som leder arbetet – har …", a second dash), and it
        # ends where a noun phrase ends (:func:`_subtitle_extent`); the title is then a resource.
        own_words = cue is None or cue.kind != "resource"
        if own_words and not _phrase_subtitle(sentence, m, None):
            continue
        before = sentence[: m.start()]
        abbr = _BRACKETED_ABBR.search(before)
        if abbr:
            before = before[: abbr.start()]
        toks = list(_TOKEN.finditer(before))
        start = None
        placed: list[int] = []  # capitals after a preposition
        for k, tok in enumerate(toks):
            word = tok.group()
            prev = toks[k - 1].group() if k else ""
            if not word[:1].isupper():
                continue
            if k == 0 or (prev.isalpha() and prev.islower() and prev not in PREPOSITIONS | CONJUNCTIONS):
                start = k
            elif prev in PREPOSITIONS:
                placed.append(k)
            if not (word.isalpha() or "-" in word):
                start = None
        for first in ([] if start is None else [start]) + [k for k in placed if start is None or k > start]:
            title = before[toks[first].start() :].strip()
            words = title.split()
            # a web address is a title too ("lanseras Vägskälet.se – samlad ingång …")
            address = len(words) == 1 and _DOMAIN_NAME.fullmatch(title) is not None
            plain = re.fullmatch(r"[\wåäöÅÄÖ ,-]+", title) or address
            # One word is a title only where it opens the sentence or follows its verb and is no noun
            # of a kind ("Startlinjen – metodstöd för …", "använder Ledet – vägledning …", not
            # "Modellen – en metod …"): a paragraph about a support opens with its name and what it is.
            after_verb = first > 0 and _has_verb(before[: toks[first].start()])
            single = (
                len(words) == 1
                and (first == 0 or after_verb)
                and cues.match(words[0]) is None
                and (words[0].isalpha() or address)
            )
            if not (2 <= len(words) <= 10 or single) or any(w.lower() in _CLAUSE for w in words) or not plain:
                continue
            if first == 0 and len(words) > 2 and definite(words[0]) and _has_verb(f"{words[0]} {words[1]} "):
                # "Materialet bygger på Tyst i rummet – …": a sentence opening with a definite noun and
                # its verb (Swedish puts the finite verb second) is subject and predicate; the title
                # starts at a later capital
                continue
            own = cues.match(words[0])
            if own is not None and len(words) > 1 and words[1][:1].isupper():
                break  # "Rapporten Psykisk hälsa i X – …": a cue noun before the title, read by find_named
            if own_words:
                # a subtitle of other words: the title opens the sentence or follows its verb, and no
                # noun of a kind stands before it ("projektet Hemmahamn – …" is read with its cue)
                prev = toks[first - 1].group() if first else ""
                if (first and not after_verb) or (prev and cues.match(prev) is not None) or is_organisation(title):
                    break
                if not _phrase_subtitle(sentence, m, not after_verb):
                    break
                cue = Cue("resource", None, "")
            if cue is not None:
                out.append((title, cue, abbr.group(1) if abbr else None))
            break
    return out


#: A web address used as a name ("Vägskälet.se", "Ungdomskollen.nu").
_DOMAIN_NAME = re.compile(r"[A-ZÅÄÖ][\wåäö-]+\.(?:se|nu|org|com|eu|net|info)")


def _phrase_subtitle(sentence: str, m: re.Match[str], subject: bool | None) -> bool:
    """Whether the words after a dash (``m`` of :data:`_DASH_FORM`) read as a title's subtitle of its
    own words, a noun phrase: opened by a content word (no function word, no verb), no second dash
    closing an aside before the sentence ends, and, where it is known whether the title is the
    clause's ``subject``, an end where a noun phrase ends (:func:`_subtitle_extent`: at the verb
    when the title is the subject).

    >>> _dash_titles("Tranan – samtalsgrupper för äldre som bor ensamma startade 2061.", cue_nouns())[0][0]
    'Tranan'
    >>> _dash_titles("Region Norrby – som leder arbetet – har fått medel.", cue_nouns())
    []
    >>> _dash_titles("Under 2062 lanseras Vägvalet.se – samlad ingång för unga.", cue_nouns())[0][0]
    'Vägvalet.se'
    """
    word = m.group(1)
    rest = sentence[m.start(1) :]
    if word in FUNCTION_WORDS or re.search(r"(?<!\d)\s[–-]\s", rest):
        return False
    words = re.match(r"(?:[^.;:,()–]|(?<=\d)–(?=\d))*", rest)
    found = words.group(0).split() if words else []
    if not found or _is_verb(found, 0):
        return False
    return subject is None or _subtitle_extent(found[:16], subject) is not None


#: A name set off by an appositive that calls it a collaboration between parties: ", ett samarbete
#: mellan …", ", som är ett samarbete mellan …", ", ett regionalt partnerskap av …".
_COLLABORATION = re.compile(
    r",\s+(?:som\s+(?:är|var)\s+)?(?:ett|en)\s+(?:[a-zåäö]+\s+)?(?:samarbete|samverkan|partnerskap)\s+(?:mellan|av)\b"
)


def _collaborations(sentence: str) -> list[tuple[int, str]]:
    """Bodies a sentence names and then calls a collaboration between parties, by an appositive
    after a comma: the collaboration is an actor, whatever its name's shape ("… inom ramen för Familjen
    Norr, som är ett samarbete mellan elva kommuner"; "Kunskapscentrum Psykisk hälsa Norr, ett samarbete
    mellan Region Norr och universitetet, …"). The name is the run of words before the comma that
    opens with a capital, back to a function word or a verb; a place or a list of places is none.

    >>> _collaborations("Kommunerna samverkar inom ramen för Familjen Norr, som är ett samarbete mellan elva kommuner.")
    [(36, 'Familjen Norr')]
    >>> _collaborations("Kunskapscentrum Psykisk hälsa Norr, ett samarbete mellan Region Norr och Ydre, samlar kurser.")
    [(0, 'Kunskapscentrum Psykisk hälsa Norr')]
    >>> _collaborations("Arbetet sker i Kiruna och Gällivare, ett samarbete mellan kommunerna.")
    []
    """
    out: list[tuple[int, str]] = []
    for m in _COLLABORATION.finditer(sentence):
        toks = list(_TOKEN.finditer(sentence[: m.start()]))
        k = len(toks)
        while k > 0:
            word = toks[k - 1].group()
            lower = word[:1].islower()
            if not (word[:1].isupper() or (lower and word.isalpha())) or (
                lower and (word in FUNCTION_WORDS or word in COMMON_VERBS or finite_verb(word))
            ):
                break
            k -= 1
        while k < len(toks) and not toks[k].group()[:1].isupper():
            k += 1
        if k >= len(toks):
            continue
        name = sentence[toks[k].start() : m.start()].strip()
        if len(name.split()) < 2 and guess_type(name) is None:
            continue  # "… i Gällivare, ett samarbete mellan kommunerna": a place, not a body
        out.append((toks[k].start(), name))
    return out


#: A group named by whose it is: a capitalised name in the genitive before a network noun in the
#: indefinite ("Familjen Norrs styrgrupp", "Region Ydres referensgrupp").
_GROUP_OF = re.compile(r"(?<![\wåäöÅÄÖ-])((?:[A-ZÅÄÖ][\wåäöÅÄÖ-]*\s+){0,3}[A-ZÅÄÖ][\wåäöÅÄÖ-]*s)\s+([a-zåäö]+)\b")


def _groups_of(sentence: str) -> list[tuple[int, str]]:
    """Groups a sentence names by whose they are: a proper name in the genitive and a network noun
    of the vocabulary ("Resultaten redovisas till Familjen Norrs styrgrupp"). A single genitive word
    opening the sentence may be a common noun's ("Länets nätverk träffas …") and names no group.

    >>> _groups_of("Resultaten redovisas till SKR och till Familjen Norrs styrgrupp.")
    [(39, 'Familjen Norrs styrgrupp')]
    >>> _groups_of("Länets nätverk träffas fyra gånger per år.") + _groups_of("Rapporten visar barns behov.")
    []
    """
    out: list[tuple[int, str]] = []
    for m in _GROUP_OF.finditer(sentence):
        cue = cue_nouns().match(m.group(2))
        if cue is None or cue.kind != "network" or m.group(2) != cue.label:
            continue
        owner = m.group(1)
        if m.start() == 0 and len(owner.split()) < 2:
            continue
        if fold(owner.split()[0]) in _FOLDED_FUNCTION:
            continue  # "Till Norrs …": a capital that opens the sentence
        out.append((m.start(), f"{owner} {m.group(2)}"))
    return out


#: "i samverkan med A, B och C": the partners a plan works with; "Rådet består av A, B och C": the
#: members a group is made of. A list may open with a common noun ("består av kommunerna, A och B").
_PARTNERS = re.compile(
    # (the verb may stand before its subject: "Inom satsningen samarbetar kommunerna med X")
    r"\b(?:i samverkan med|i samarbete med|tillsammans med|med stöd av"
    r"|[Ss]am(?:verka|arbeta)(?:r)?(?: [a-zåäö]+(?:erna|arna|orna|en|et))? med"
    r"|(?:består|bestod) av)"
    r"(?:\s+bland annat)?\s+((?:[a-zåäö]+,\s+)?[A-ZÅÄÖ][^.;:()]*)"
)
#: Where a partner's name ends and the clause goes on: a preposition or subjunction before a
#: lower-case word ("… Räddningstjänsten Mälardalen kring hur …"; "Svenska kyrkan i Gävle" goes on).
_PARTNER_END = re.compile(r"\s+(?:kring|om)\s+[a-zåäö].*$")


_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEASON_WORD = "|".join(sorted(SEASONS, key=len, reverse=True))
#: When something happens, after the name of who does it: a date ("den 12 december 2032"), months
#: ("i juni och december") or a season or year ("under våren 2033", "under 2033").
_WHEN = re.compile(
    rf"\s+(?:den \d{{1,2}}\s+(?:{_MONTH_WORD})\b"
    rf"|i (?:{_MONTH_WORD})(?:\s+(?:och|till|–)\s+(?:{_MONTH_WORD}))?\b"
    rf"|under (?:(?:{_SEASON_WORD})\b|(?:19|20)\d\d\b|året\b)"
    rf"|(?:{_SEASON_WORD}) (?:19|20)\d\d\b).*$"
)


#: What a clause goes on with after a name: who takes part ("Styrgruppen X med representanter för
#: kommunerna", "Serien X i samarbete med Studieförbundet Y", "Gruppen X med stöd av Förbundet Y").
_WITH_WHOM = re.compile(
    r"\s+(?:med (?:representanter|företrädare)\b|i samarbete med\b|i samverkan med\b|med stöd av\b).*$"
)


def cut_when(name: str) -> str:
    """A name without the time phrase a clause goes on with after it.

    >>> cut_when("Samverkansrådet Blekinge den 12 december 2032")
    'Samverkansrådet Blekinge'
    >>> cut_when("Blekinge Fotbollförbund under våren 2033")
    'Blekinge Fotbollförbund'
    >>> cut_when("Ledningsgruppen för psykisk hälsa i juni och december")
    'Ledningsgruppen för psykisk hälsa'
    >>> cut_when("Konferens i Umeå")
    'Konferens i Umeå'
    >>> cut_when("Styrgruppen Psykisk hälsa X med representanter för kommunerna")
    'Styrgruppen Psykisk hälsa X'
    >>> cut_when("Samordningsgruppen Ydre med stöd av Förbundet Ulvsby")
    'Samordningsgruppen Ydre'
    """
    return _WITH_WHOM.sub("", _WHEN.sub("", name))


def _partners(sentence: str) -> list[str]:
    """The capitalised names of a partner list ("Arbetet sker i samverkan med Socialstyrelsen,
    Polisregion Nord och länsnätverket …"); members in lower case are read as groups elsewhere.

    >>> _partners("Arbetet sker i samverkan med Socialstyrelsen, Polisregion Nord och länsnätverket.")
    ['Socialstyrelsen', 'Polisregion Nord']
    >>> _partners("Samverka med Polisen Region Nord och Räddningstjänsten Norr kring hur vi följer upp.")
    ['Polisen Region Nord', 'Räddningstjänsten Norr']
    >>> _partners("Rådet består av kommunerna, Polisen Region Nord och Svenska kyrkan.")
    ['Polisen Region Nord', 'Svenska kyrkan']
    >>> _partners("Inom satsningen samarbetar kommunerna med Ydreidrotten och Föreningen Lyft Ydre.")
    ['Ydreidrotten', 'Föreningen Lyft Ydre']
    """
    out: list[str] = []
    for m in _PARTNERS.finditer(sentence):
        parts = re.split(r",\s+|\s+(?:och|samt)\s+", m.group(1))
        for n, part in enumerate(parts):
            if n == 0 and part[:1].islower() and len(parts) > 1:
                continue  # a common noun opening the list ("kommunerna, …")
            cut = cut_when(_PARTNER_END.sub("", part)).strip(" .")
            if not cut[:1].isupper() or not 1 <= len(cut.split()) <= 5:
                if out and re.search(r" [a-zåäö]", out[-1]) and not out[-1].endswith(" i " + out[-1].split()[-1]):
                    out.pop()  # "Myndigheten för X och y": the name went on past "och"
                break  # the list has ended ("… och länsnätverket", a clause after it)
            out.append(cut)
            if cut != part.strip(" ."):
                break  # the clause goes on after the name
    return out


#: Verbs of making and running a thing: in "… som X gav ut", X is who made it.
_MAKES = frozenset({"gav", "ger", "tog", "driver", "drev", "utvecklade"})
#: The agent of a passive ("samordnas av X", "togs fram av X", "Fastställd av X") and the party an
#: action plan names responsible for an activity in its note ("Ansvar: X."): who does it.
_AGENT = re.compile(
    r"(?:\b[a-zåäö]{3,}(?:as|ats|es|ts|s|ad|at|en|et|d)\s+(?:fram\s+|ut\s+)?|^(?:[A-ZÅÄÖ][a-zåäö]+(?:[dt]|en)\s+))av\s+(?:(?:den|det|de)\s+(?:[a-zåäö]+\s+)?)?"
    r"|\bAnsvar(?:ig)?:\s+"
    r"|\bsom\s+(?=[A-ZÅÄÖ]\S*(?:\s+\S+){0,4}?\s+(?:" + "|".join(sorted(_MAKES)) + r")\b)"
)
#: A group's name goes on with its remit in lower case: "… för vård, skola och omsorg".
_REMIT = re.compile(r"(?:,\s+[a-zåäö][\wåäö-]*)*\s+och\s+[a-zåäö][\wåäö-]*")


def _agents(sentence: str) -> list[str]:
    """Capitalised names a sentence gives as the agent of a passive or as the responsible party of a
    plan's "Ansvar:" note; a name goes up to a year, a clause ("och lanserades …") or the next name.

    >>> _agents("Stödet samordnas av Kunskapsnod Norr. Ansvar: Region Väst och Forum Syd.")
    ['Kunskapsnod Norr', 'Region Väst', 'Forum Syd']
    >>> _agents("Boken togs fram av Förlaget Ord och lanserades 2027.")
    ['Förlaget Ord']
    >>> _agents("Antagen av Hälsonämnden för barn, skola och fritid 2028-01-02")
    ['Hälsonämnden för barn, skola och fritid']
    >>> _agents("Broschyren, som Förening Syd gav ut 2027, delas ut. Kursen som Hälsoskolan ger två gånger.")
    ['Förening Syd', 'Hälsoskolan']
    >>> _agents("Arbetet leds av Styrgruppen Norr med representanter för kommunerna.")
    ['Styrgruppen Norr']
    >>> _agents("Planen togs fram av Gruppen Norr med stöd av Forum Syd.")
    ['Gruppen Norr', 'Forum Syd']
    >>> _agents("Planen påverkas av pandemin.")
    []
    >>> _agents("Ansvar: HR-cheferna"), _agents("Ansvar: IT-enheten och Region Väst")
    ([], [])
    """
    out: list[str] = []
    for m in _AGENT.finditer(sentence):
        pos = m.end()
        while True:
            got = name_at(sentence, pos)
            if got is None or not got[0][:1].isupper():
                break
            name, end, _ = got
            if re.match(r"-[a-zåäö]", sentence[end : end + 2]):
                break  # "Ansvar: HR-cheferna": an abbreviation opening a common noun's compound, no name
            if partner := _PARTNERS.search(name):
                name = name[: partner.start()]  # "X i samarbete med Y": two names
            name = _WITH_WHOM.sub("", name)  # "Styrgruppen X med representanter för …": who sits in it
            words = name.split()
            cut = next((k for k, w in enumerate(words) if w[:1].isdigit() or w in {"och", *_MAKES}), len(words))
            while cut > 1 and words[cut - 1].lower() in FUNCTION_WORDS:
                cut -= 1  # "… den 12 mars": the date is not the name
            name = _cut_before_verb(" ".join(words[:cut]).strip(" ,."))
            end = sentence.find(name, pos) + len(name)
            last = name.split()[-1] if name.split() else ""
            if last.islower() and (last in COMMON_VERBS or sentence.startswith(" att ", end)):
                name = name[: -len(last)].rstrip()  # "… av X visar att …": the clause's verb
                end -= len(last)
            elif " för " in name and last.islower() and (r := _REMIT.match(sentence, end)):
                name, end = name + r.group(0), r.end()  # "… för vård, skola och omsorg"
            if len(name) < 2:
                break
            if " för " not in name and re.search(r"\b[a-zåäö]+s [a-zåäö]+$", name):
                break  # "Kalmar kommuns elevhälsa": a unit of an organisation, named by what it does
            out.append(name)
            sep = re.match(r"\s*(?:,|och|samt)(?:\s+av)?\s+(?=[A-ZÅÄÖ])", sentence[end:])
            if not sep:
                break
            pos = end + sep.end()
    return out


#: An agreement's head noun, alone or as a compound's last part ("Samverkansavtal om …",
#: "Samverkansöverenskommelsen …"): what "styrs av" such a name is an agreement, no agent.
_AGREEMENT_HEAD = re.compile(r"(?:avtal(?:et)?|överenskommelse(?:n|r|rna)?)$", re.I)


def _thing_head(name: str) -> Cue | None:
    """The cue of a name's first or last word when it names a thing rather than a group."""
    words = re.findall(r"[\wåäöÅÄÖ-]+", name)
    for w in words[-1:] + words[:1]:
        if (c := cue_nouns().match(w)) is not None and c.kind != "network":
            return c
    return None


_EXAMPLES_OF = re.compile(r"([A-ZÅÄÖ][\wåäö-]+(?:, [\wåäö-]+)* och [\wåäö-]+) är (?:några )?exempel på")
#: A short list item "Name (Place)": the layout's way of listing local examples.
_PLACED_ITEM = re.compile(r"^([A-ZÅÄÖ][\w-]+(?: [\w-]+){0,2}) \(([A-ZÅÄÖ][^)]+)\)\s*\.?$")


_TOKEN = re.compile(r"[\wåäöÅÄÖéÉ-]+|\S")
_FUNCTION = FUNCTION_WORDS - AUXILIARIES
#: What a made thing is for or about: its complement names it ("en modell för definitioner av …").
_PURPOSE = frozenset({"för", "om", "kring", "av"})
#: Prepositions of place ("på vårdcentraler", "i skolan", "vid vårdcentralen").
_PLACE_PREPOSITIONS = frozenset({"på", "i", "vid"})
#: Words that open a clause or a new noun phrase: a name's complement never runs past them.
_CLAUSE = SUBJUNCTIONS | AUXILIARIES | PRONOUNS | DEMONSTRATIVES | QUANTIFIERS | ARTICLES | frozenset(NUMBER_WORDS)


@dataclass(frozen=True)
class _Phrase:
    """A thing a sentence names by a cue noun: its name, what the cue says it is, its abbreviation."""

    name: str
    cue: Cue
    abbr: str | None = None
    start: int = 0  # offset of the name in the sentence


def _complement(toks: list[re.Match[str]], k: int, phrases: int) -> int:
    """End (exclusive token index) of the noun phrase from ``toks[k]``: lower-case content words
    joined by "och"; up to ``phrases`` prepositional phrases; "för att" + verb as a purpose clause."""
    end, j, seen = k, k, 0
    while j < len(toks) and j - k < 18:
        word = toks[j].group()
        low = word.lower()
        if low == "att" and j > k and toks[j - 1].group().lower() == "för" and seen <= phrases:
            j += 1
            continue
        if not word[0].isalnum() or word[0].isupper() or word[0].isdigit() or low in _CLAUSE:
            break
        if low in PREPOSITIONS:
            seen += 1
            if seen > phrases:
                break
        elif low not in CONJUNCTIONS:
            end = j + 1
        j += 1
    return end


def _cue_phrases(sentence: str, cues: CueNouns) -> list[_Phrase]:
    """Things a plan sentence names by a cue noun of the form vocabulary, in three conventions:

    * a capitalised cue noun after a preposition starts a title: with a lower-case name right
      after it ("… från FoU-program lärande och psykisk hälsa inom …", no prepositional phrase),
      or with its complement ("använder sig av Sammanställning av metoder och arbetssätt för att …");
    * a cue noun in its base form (indefinite, so the thing is introduced here) with one prepositional
      complement names a thing by what it is for ("ett särskilt nätverk av kommunsamordnare",
      "eventuell fortsatt länsgemensam satsning på suicidprevention"); a definite one refers back;
    * a head-final name before its abbreviation ("… där Care need index (CNI) visar …").

    >>> def read(text: str) -> list[tuple[str, str, str | None]]:
    ...     return [(p.name, p.cue.kind, p.abbr) for p in _cue_phrases(text, cue_nouns())]
    >>> read("Sprida erfarenheter från FoU-program lärande och hälsa inom ramen.")
    [('FoU-program lärande och hälsa', 'initiative', None)]
    >>> read("Satsningen förankras genom ett särskilt nätverk av kommunsamordnare från kommunen.")
    [('Nätverk av kommunsamordnare', 'network', None)]
    >>> read("I områden där Care need index (CNI) visar risk.")
    [('Care need index', 'resource', 'CNI')]
    >>> read("Ett kansli med två projektledare för ökat utbyte.")
    []
    >>> read("I samverkan med länsnätverket för suicidprevention och nätverket för samordnare.")
    [('Länsnätverket för suicidprevention', 'network', None)]
    """
    toks = list(_TOKEN.finditer(sentence))
    out = _abbreviated(sentence, toks, cues)
    titles = form_nouns("titleNoun")
    for k, tok in enumerate(toks):
        word = tok.group()
        cue = cues.match(word)
        if cue is None and word[0].isupper() and stem_key(word) in titles:
            cue = Cue("resource", None, word.lower())
        if cue is None or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1].group().lower()
        base = word.lower().endswith(cue.label.lower())
        prev = toks[k - 1].group() if k else "."
        # The title is the object of a preposition ("använder sig av Sammanställning …"); after another
        # cue noun or in a list ("kurserna Metodstöd i … och Metodstöd i …") find_named reads it,
        # typed by the cue that introduces it.
        if base and word[0].isupper() and prev in PREPOSITIONS and not is_organisation(word):
            if nxt in PREPOSITIONS:
                first = k + 2
                end = _complement(toks, first, phrases=3)
            elif nxt.isalpha() and nxt not in _CLAUSE and nxt not in PREPOSITIONS and nxt not in CONJUNCTIONS:
                first = k + 1
                end = _complement(toks, first, phrases=0)
            else:
                first = end = k + 1
            if end > first:
                out.append(_Phrase(clean(sentence[tok.start() : toks[end - 1].end()]), cue, start=tok.start()))
                continue
        if cue.kind == "network" and word[0].isupper() and k > 1 and prev.isalpha() and prev[0].isupper():
            # A group named by its programme before the cue noun, both capitalised: "PRIO Styrgrupp".
            j = k - 1
            while j > 1 and toks[j - 1].group().isalpha() and toks[j - 1].group()[0].isupper():
                j -= 1
            if not is_organisation(sentence[toks[j].start() : tok.end()]):
                out.append(_Phrase(clean(sentence[toks[j].start() : tok.end()]), cue, start=toks[j].start()))
                continue
        # Only a topic or make-up names the thing: "för" gives a purpose ("ett kansli för ökat
        # utbyte"), "med" an attribute ("ett kansli med två projektledare").
        # A group noun without article after a preposition is used as the group's name, and its
        # "för" complement says which group ("medverkan i arbetsgrupp för samordnat stöd och
        # samverkan med lokal nivå under ledning av …"); with an article it gives a purpose.
        bare_group = cue.kind == "network" and nxt == "för" and prev.lower() in PREPOSITIONS
        if base and word[0].islower() and bare_group:
            end = _complement(toks, k + 2, phrases=1)
            if end > k + 2:
                name = sentence[tok.start() : toks[end - 1].end()]
                out.append(_Phrase(clean(name[:1].upper() + name[1:]), cue, start=tok.start()))
                continue
        # A group in the definite by a compound that says which ("länsnätverket för suicidprevention")
        # is that one group, named by its topic; the bare noun ("nätverket för …") refers back.
        compound = len(stem_key(word)) > len(stem_key(cue.label)) + 2 and word.lower().endswith(("et", "en"))
        topic = nxt in (TOPIC_PREPOSITIONS | {"för"}) and k + 2 < len(toks) and toks[k + 2].group().lower() != "att"
        if cue.kind == "network" and not base and word[0].islower() and compound and topic:
            end = _complement(toks, k + 2, phrases=0)
            # "… och nätverket för …": another group joined to this one
            joined = (j for j in range(k + 3, end) if toks[j - 1].group() == "och" and cues.match(toks[j].group()))
            end = next(joined, end + 1) - 1
            if end > k + 2:
                name = sentence[tok.start() : toks[end - 1].end()]
                out.append(_Phrase(clean(name[:1].upper() + name[1:]), cue, start=tok.start()))
                continue
        if base and word[0].islower() and nxt in TOPIC_PREPOSITIONS and cue.kind in ("network", "initiative"):
            end = _complement(toks, k + 2, phrases=0)
            # A place that closes the clause belongs to the name: "ensamhetsprojekt kring äldre på
            # vårdcentraler, bidra …" (the clause goes on after the comma, the name does not).
            if end > k + 2 and end + 1 < len(toks) and toks[end].group() in _PLACE_PREPOSITIONS:
                place = _complement(toks, end + 1, phrases=0)
                if place > end + 1 and (place == len(toks) or toks[place].group() in ",.;"):
                    end = place
            if end > k + 2:
                opener = tok
                # Without an article the noun phrase is used as a name and keeps the adjective that
                # classifies it ("… fortsatt länsgemensam satsning på suicidprevention").
                before = [t.group().lower() for t in toks[max(0, k - 3) : k]]
                if k > 1 and prev.isalpha() and prev.islower() and prev not in _CLAUSE and prev not in PREPOSITIONS:
                    if not set(before) & ARTICLES and prev not in CONJUNCTIONS and prev not in PARTICLES:
                        opener = toks[k - 1]
                name = sentence[opener.start() : toks[end - 1].end()]
                out.append(_Phrase(clean(name[:1].upper() + name[1:]), cue, start=opener.start()))
    return out


def _abbreviated(sentence: str, toks: list[re.Match[str]], cues: CueNouns) -> list[_Phrase]:
    """Names given with their abbreviation, "Name (ABBR)", whose words hold a cue noun: the cue
    nearest the parenthesis (the head) says what it is ("Regionalt Programområde psykisk hälsa
    (RPO)" is a group, "Care need index (CNI)" a resource). The name runs back over content words
    and prepositions to its first capitalised word.

    >>> text = "Ett Regionalt Programområde psykisk hälsa (RPO) ska stödja."
    >>> [(p.name, p.cue.kind, p.abbr) for p in _abbreviated(text, list(_TOKEN.finditer(text)), cue_nouns())]
    [('Regionalt Programområde psykisk hälsa', 'network', 'RPO')]
    """
    out: list[_Phrase] = []
    for k in range(1, len(toks) - 2):
        abbr = toks[k + 1].group()
        if toks[k].group() != "(" or toks[k + 2].group() != ")" or not (abbr.isupper() and len(abbr) >= 2):
            continue
        j = k
        while j > 0 and k - j < 7:
            word = toks[j - 1].group()
            # A compound ellipsis joins its parts: "Samverkans- och Stödstruktur".
            ellipsis = j > 1 and word.lower() in CONJUNCTIONS and toks[j - 2].group().endswith("-")
            # a finite verb ends the clause the name stands in ("… i Munkedal deltar i serien …")
            if not ellipsis and (
                not word.rstrip("-").isalpha()
                or word.lower() in _CLAUSE
                or word.lower() in CONJUNCTIONS
                or (word.islower() and finite_verb(word))
            ):
                break
            j -= 1
        # The name starts at a capitalised word with the abbreviation's initial ("Förankringen sker i
        # Länsberedningen (LB)": the name is "Länsberedningen").
        capitals = [i for i in range(j, k) if toks[i].group()[0].isupper()]
        start = next((i for i in capitals if toks[i].group()[0] == abbr[0]), capitals[0] if capitals else None)
        if start is None:
            continue
        while start < k and toks[start].group().lower() in PREPOSITIONS:
            start += 1
        head: Cue | None = None
        for i in range(k - 1, start - 1, -1):
            word = toks[i].group()
            head = cues.match(word)
            if head is None and (found := cue_of(word)) is not None:
                kind = "network" if found.kind == "actor" else found.kind
                head = Cue(kind, found.code if found.kind == "resource" and found.code else None, found.noun)
            if head is not None:
                break
        if head is not None and start < k:
            name = clean(sentence[toks[start].start() : toks[k - 1].end()])
            out.append(_Phrase(name, head, abbr, toks[start].start()))
    return out


def _named_before(plan: _Plan, row: int, words: str, title: str) -> bool:
    """Whether the plan writes ``words`` (as whole words) before ``title``, which starts on line ``row``:
    on an earlier line, or earlier on that one."""
    pattern = re.compile(rf"(?<![\wåäöÅÄÖ-]){re.escape(words)}(?![\wåäöÅÄÖ-])")
    line = plan.texts[row]
    at = line.find(title)
    at = line.rfind(words) if at < 0 else at
    return any(pattern.search(t) for t in plan.texts[:row]) or (at > 0 and bool(pattern.search(line[:at])))


#: An organisation and a year, alone: the maker and year a citation in brackets gives after a title
#: ("Tyst i rummet – forskningsöversikt … (SKR 2069)").
_CITED_BY = re.compile(r"(?P<org>[A-ZÅÄÖ][\wåäöÅÄÖ -]*?),?\s+(?:19|20)\d\d")


def _title_shaped(name: str, sentence: str = "") -> bool:
    """Whether a name the readers cut out of a sentence can be a title. Two precision guards of Swedish
    grammar: a title never ends in a preposition, whose noun phrase would follow it ("Kommunerna inför"
    is a clause's subject and verb cut before a time adverbial), and an organisation with a year alone
    is a citation's maker and date in brackets ("… (SKR 2069)"), not a title.

    >>> _title_shaped("Kommunerna inför"), _title_shaped("SKR 2069", "Gläntan – vägledning (SKR 2069).")
    (False, False)
    >>> _title_shaped("Region Norrby, 2088", "… – en guide (Region Norrby, 2088).")
    False
    >>> _title_shaped("SKR 2069", "Kommunerna deltar i SKR 2069 i Malmö.")
    True
    >>> _title_shaped("Stöd i vardagen"), _title_shaped("Lägesbild Norrby 2090"), _title_shaped("Gläntan")
    (True, True, True)
    """
    words = name.split()
    if len(words) >= 2 and words[-1] in PREPOSITIONS:
        return False
    cited = _CITED_BY.fullmatch(name) if f"({name})" in sentence else None
    org = cited.group("org") if cited else ""
    return not (org and (is_organisation(org) or (" " not in org and _is_actor_word(org))))


def _resources(
    plan: _Plan,
    units: list[_Unit],
    areas: list[_Area],
    activities: list[Mention],
    plan_names: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Named things of the plan; ``plan_names`` holds the folded names of the plan's own initiative (an
    agent "av <initiative>" is the programme, not an organisation)."""
    found: dict[str, Mention] = {}
    abbrs: set[str] = set()  # names and abbreviations of what is found

    later: list[str] = []  # the sentences after the one being read, for :func:`_refers_back`
    under: list[str] = []  # the paragraphs under the heading being read: a titled item's own text
    titled = False  # whether the unit being read is a heading or a list item's title

    def keep(row: int, name: str, sentence: str, abbr: str | None, **kw: str | None) -> None:
        """Record a named thing once (by name or abbreviation), where the plan first names it.

        Its description is its own sentences (reading guide, Scope): named in a heading, the
        paragraphs under that heading; named in a sentence, that sentence and those right after
        it that go on about it (:func:`_refers_back`)."""
        # a dateline's date ("Beslutad av Politiska styrgruppen X 2067-02-14") and a frequency adverbial
        # ("rapporterar till Styrgruppen X två gånger per år") are never part of a name
        name = _FREQUENCY.split(_ISO_DATE_END.sub("", name), maxsplit=1)[0]
        if kw.pop("whole", None):
            name = name.strip(" ,.")  # a name set off by commas: its extent is given
            short = name
        else:
            name = cut_when(_cut_before_verb(_cut_before_range(_cut_before_finite(name.strip(" ,.")), sentence)))
            short = _cut_before_count(_cut_before_audience(name))
        name = _with_subtitle(short, sentence)
        # "… Närvaro Ydre tillsammans med Ydre högskola": a comitative adverbial says who takes part
        # and ends the name before it
        name = re.split(rf"\s+(?:{'|'.join(_ADVERBIALS)})\s", name, maxsplit=1)[0]
        name = _cut_before_adverbial(name)
        while len(words := name.split()) > 1 and words[-1] in CONJUNCTIONS:
            # a name cut before its clause's verb ("X och redovisas …") ends on no conjunction
            name = " ".join(words[:-1])
        if kw.get("kind") == "event":
            name = _event_title(name, sentence)
            # "konferensen X den 14 maj 2025": the date says when, it is not part of the title
            if (d := _DATE.search(sentence)) and month(d.group(1)) and d.start() < sentence.find(name) + len(name):
                name = name[: max(0, d.start() - sentence.find(name))].strip() or name
        if name.endswith("?") and later and (sub := _YEAR_SUBTITLE.fullmatch(later[0])):
            # a question title goes on with a subtitle of its form and year, which the splitter
            # reads as a sentence of its own ("analysen Hur mår X? Länsanalys 2027.")
            name = f"{name} {sub.group(1)}"
        if not _title_shaped(name, sentence):
            return
        key = fold(name)
        if len(name) >= 2 and key not in found and key not in abbrs and (abbr is None or fold(abbr) not in abbrs):
            mention = _resource(plan, row, name, sentence, abbr, areas, **kw)
            if made := _BRACKET_YEARS.match(sentence[sentence.find(name) + len(name) :] if name in sentence else ""):
                # "Vårdprogram X (2040, reviderat 2043)": the years in brackets after the title are
                # when it was made and revised
                mention = replace(mention, years=tuple(int(y) for y in made.groups() if y))
            elif not mention.years and (cited := _CITATION.match(sentence[sentence.find(name) + len(name) :])):
                org = cited.group("org")
                if is_organisation(org) or (" " not in org and _is_actor_word(org)):
                    # "Gläntan – vägledning … (SKR 2069)": a citation's maker and year after the title say
                    # who made it and when
                    mention = replace(mention, years=(int(cited.group("year")),))
            if titled:
                # The heading is its title, not a sentence of its text; what scopes it is the
                # heading above its own (the focus area it belongs to). A list item's title stands
                # under its section's heading.
                if plan.is_heading(row):
                    mention = replace(mention, heading=plan.scope(row))
                found[key] = replace(mention, description=" ".join(under)) if under else mention
            else:
                # Introduced by a cue noun ("samtalsmodellen Steget före"), the thing is then taken up
                # by that noun ("Modellen är ett strukturerat stöd …").
                before = re.search(r"([\wåäöÅÄÖ-]+)\s+$", sentence[: max(0, sentence.find(name))])
                called = f"{before.group(1)} {name}" if before and cue_nouns().match(before.group(1)) else name
                opener = re.match(r"[A-ZÅÄÖ][a-zåäö]+", later[0]) if later else None
                taken = cue_nouns().match(opener.group(0)) if opener else None
                if opener and taken and taken.kind in ("resource", "initiative") and definite(opener.group(0)):
                    if not head_labels(called, cue_nouns()):
                        # A thing named without a noun of its kind is taken up by one in the sentence right
                        # after ("lanseras Vägskälet.se – … Webbplatsen ska hjälpa …", "Tonårsbryggan – …
                        # erbjuds … Programmet togs fram 2059"): Swedish refers back by a definite noun.
                        called = f"{opener.group(0)} {called}"
                        if taken.form and not mention.forms and taken.kind == "resource":
                            mention = replace(mention, forms=(taken.form,))  # what the noun says it is
                # a title with its subtitle is taken up again by its main title ("Ankaret – föräldraskap
                # i tonåren vänder sig till … Ankaret togs fram 2056.")
                main = name.partition(" – ")[0]
                alts = tuple(dict.fromkeys(n for n in (name, main if main != name else None, abbr) if n))
                more = _refers_back(called, later, alts)
                if not more and abbr is None and not kw.get("url") and _only_mentioned(name, sentence):
                    return
                # "den nationella vägledningen Ung och orolig": the whole definite noun phrase the
                # name stands in apposition to calls the thing by name too.
                np = re.search(r"\b(?:den|det|de) [a-zåäö]+[ae] ([a-zåäö][\wåäö-]*) $", sentence[: sentence.find(name)])
                if np and (np_cue := cue_nouns().match(np.group(1))) and not np.group(1).endswith(np_cue.label):
                    mention = replace(mention, alt_names=(*mention.alt_names, f"{np.group(0)}{name}"))
                found[key] = replace(mention, description=" ".join([sentence, *more])) if more else mention
            abbrs.update({key, fold(abbr)} if abbr else {key})
            if short != name and " – " not in short and key in found and not _named_before(plan, row, short, name):
                # "webbutbildningen X – att upptäcka depression (2026)" … later "webbutbildningen X":
                # the title without its subtitle, taken up again, is the same thing, by its short
                # name; unless the plan used those words before ("arbetssättet X" and "foldern X –
                # så gör du …" are two things; "SIP" before "webbutbildningen SIP – en väg …" is the
                # plan the training is about).
                abbrs.add(fold(short))
                found[key] = replace(found[key], alt_names=(*found[key].alt_names, short))

    for k, unit in enumerate(units):
        # Short items "SAGA-teamen (Sollentuna)" of a list introduced by any lead ending in ":".
        if unit.bullet and (ex := _PLACED_ITEM.match(unit.text)):
            lead = next((u for u in reversed(units[:k]) if not u.bullet), None)
            if lead is not None and lead.text.rstrip().endswith(":"):
                lead_sentences = _sentences(lead)
                lead_text = lead_sentences[-1][1] if lead_sentences else lead.text
                # What the item is: its own head noun ("SAGA-teamen"), else the lead's cue
                # ("Följande lokala team …:"), else a resource.
                cues = cue_nouns()
                own = cues.match(re.findall(r"[\w-]+", ex.group(1))[-1])
                cue = own or next(
                    (c for w in re.findall(r"[\w-]+", lead_text) if (c := cues.match(w)) is not None), None
                )
                kind = {"network": "actor", "event": "event", "initiative": "initiative"}.get(cue.kind) if cue else None
                keep(
                    unit.lines[0],
                    ex.group(1),
                    f"{lead_text} {unit.text}",
                    None,
                    location=ex.group(2),
                    kind=kind,
                    form=cue.form if cue else None,
                )
        if unit.bullet and k and (lead_unit := next((u for u in reversed(units[:k]) if not u.bullet), None)):
            if (theme := _listed_themes(unit.text, lead_unit.text)) is not None:
                keep(unit.lines[0], theme, f"{lead_unit.text} {unit.text}", None, kind="event")
        if unit.heading and (act_line := _ACTIVITY.match(unit.text)) and (held := _activity_event(act_line.group(2))):
            # "Aktivitet 3. Arrangera ett webbinarium om X …": the plan will hold that event
            keep(unit.lines[0], held, unit.text, None, kind="event")
        spans = split_sentences(unit.text)
        # A thing named in a heading ("Aktivitet 3. Delta i projektet Unga vuxna i fokus") is what
        # the paragraphs under it describe, up to the next heading or list item.
        under[:] = []
        item_cue = _item_title(plan, unit, units[k + 1] if k + 1 < len(units) else None)
        titled = unit.heading or item_cue is not None
        for nxt in units[k + 1 :] if titled else ():
            if nxt.heading or nxt.bullet:
                break
            under.extend(t for _, t in _sentences(nxt))
        for si, (a, b) in enumerate(spans):
            sentence = unit.text[a:b]
            row = unit.row_at(a)
            later[:] = [unit.text[x:y] for x, y in spans[si + 1 :]]
            for theme in _themes(sentence, unit.text[spans[si - 1][0] : spans[si - 1][1]] if si else ""):
                keep(unit.row_at(a + max(0, sentence.find(theme))), theme, sentence, None, kind="event")
            for start, title in _event_titles(sentence):
                keep(unit.row_at(a + start), title, sentence, None, kind="event")
            for start, title in [*_dated_titles(sentence), *_yearly_days(sentence)]:
                keep(unit.row_at(a + start), title, sentence, None, kind="event")
            for start, title in [] if unit.heading else _dated_documents(sentence):
                # (the cover's title is the plan itself, a heading, not a document it names)
                keep(unit.row_at(a + start), title, sentence, None, whole="yes")
                if (key := fold(title)) in found and not found[key].years:
                    # the year or period closing the title is the one the document covers
                    covered = tuple(int(y) for y in re.findall(r"(?:19|20)\d\d", title.rsplit(" ", 1)[-1]))
                    found[key] = replace(found[key], years=covered)
            if unit.bullet and si == 0 and (listed := _listed_event(sentence)):
                keep(row, listed, sentence, None, kind="event")
            # the noun phrase an appositive name follows describes the named thing: no other name
            described: list[tuple[int, int]] = []
            for start, name, cue, np_start in _appositive_names(sentence):
                kind = {"network": "actor", "resource": None}.get(cue.kind, cue.kind)
                keep(unit.row_at(a + start), name, sentence, None, kind=kind, form=cue.form)
                described.append((np_start, start + len(name)))
            for m in _EXAMPLES_OF.finditer(sentence):
                # An enumeration of examples: members in lower case are common nouns naming kinds of
                # service (settings), not things; a member is a name only where it is capitalised
                # inside the sentence (reading guide, "Enumerations are not targets").
                parts = re.split(r", | och ", m.group(1))
                for n, part in enumerate(parts):
                    if part[:1].isupper() and (n > 0 or m.start(1) > 0):
                        keep(row, part, sentence, None)
            dashed = _dash_titles(sentence, cue_nouns())
            for title, cue, dash_abbr in dashed:
                if cue.label:  # a subtitle of its own words is read last, after the readers of cues
                    keep(row, title, sentence, dash_abbr, form=cue.form)
            for start, title, cue in [*_function_word_titles(sentence), *_quoted_after_colon(sentence)]:
                kind = {"network": "actor", "resource": None}.get(cue.kind, cue.kind)
                keep(unit.row_at(a + start), title, sentence, None, kind=kind, form=cue.form)
            for start, title, cue in _address_titles(sentence):
                keep(unit.row_at(a + start), title, sentence, None, kind=cue.kind, form=cue.form)
            for start, title, cue in _titles_before_appositive(sentence):
                kind = {"network": "actor", "resource": None}.get(cue.kind, cue.kind)
                keep(unit.row_at(a + start), title, sentence, None, kind=kind, form=cue.form)
            for start, title, noun in _objects_before_appositive(sentence):
                # the appositive's noun says what the thing is where the vocabulary knows it ("en kartläggning")
                said = cue_nouns().match(noun)
                form = said.form if said is not None and said.kind == "resource" else None
                keep(unit.row_at(a + start), title, sentence, None, whole="yes", form=form)
                # the appositive's noun is taken up in the definite form by the sentences that go on
                # about the thing ("…, ett stöd för chefer. Stödet består av en checklista …")
                run: list[str] = []
                for after in later:
                    if not _takes_up(after, noun):
                        break
                    run.append(after)
                if run and (key := fold(title)) in found and sentence in found[key].description:
                    made_of = tuple(f for x in run for f in _parts_forms(x) if f not in found[key].forms)
                    found[key] = replace(
                        found[key], description=" ".join([sentence, *run]), forms=(*found[key].forms, *made_of)
                    )
            for start, group in _collaborations(sentence) + _groups_of(sentence):
                # A body named as a collaboration, or a group named by whose it is: an actor.
                if (key := fold(group)) not in found and key not in abbrs:
                    grow = unit.row_at(a + start)
                    found[key] = Mention(
                        "actor",
                        group,
                        plan.source(grow, sentence),
                        description=sentence,
                        heading=plan.headings[grow],
                        actor_types=(guess_type(group) or "natverk",),
                    )
                    abbrs.add(key)
            partners = _partners(sentence)
            for part in partners:
                # A partner list names organisations: a name of two words or more is one even where
                # its shape gives no type ("SPES Norr", "Räddningstjänsten Norr"); one word needs a type
                # or an abbreviation's capitals ("NU-sjukvården", "FoU"), which no common noun has, or
                # to stand among other capitalised partners ("med Ydreidrotten, Studieförbundet X och Y").
                t = guess_type(part)
                several = len(part.split()) >= 2 or sum(ch.isupper() for ch in part) >= 2 or len(partners) >= 3
                if t is None and _role_plural(part):
                    continue  # people by their role ("Ansvarig: Elevhälsochefer i de tre kommunerna")
                if (t is not None or several) and fold(part) not in found and fold(part) not in abbrs:
                    prow = unit.row_at(a + max(0, sentence.find(part)))
                    src = plan.source(prow, sentence)
                    found[fold(part)] = Mention(
                        "actor",
                        part,
                        src,
                        description=sentence,
                        heading=plan.headings[prow],
                        actor_types=(t,) if t else (),
                    )
                    abbrs.add(fold(part))
            for part in _agents(sentence):
                # Who does something: an actor however its name is shaped ("FoU Norr", a committee).
                t = guess_type(part)
                key = fold(part)
                known = key in found or key in abbrs or key in plan_names or any(k.startswith(f"{key} ") for k in found)
                short = next((k for k, m in found.items() if m.kind == "actor" and key.startswith(f"{k} ")), None)
                if short is not None and " " not in short and not known:
                    # "Samverkansberedningen" read earlier alone is the group the agent names in full.
                    old = found.pop(short)
                    found[key] = replace(old, name=part, alt_names=(*old.alt_names, old.name))
                    abbrs.add(key)
                elif t is None and _role_plural(part):
                    continue  # people by their role ("Ansvarig: Elevhälsochefer i de tre kommunerna")
                elif not known and _thing_head(part) is None and not _AGREEMENT_HEAD.search(part.split()[0]):
                    prow = unit.row_at(a + max(0, sentence.find(part)))
                    found[fold(part)] = Mention(
                        "actor",
                        part,
                        plan.source(prow, sentence),
                        description=sentence,
                        heading=plan.headings[prow],
                        actor_types=(t,) if t else (),
                    )
                    abbrs.add(fold(part))
            for phrase in _cue_phrases(sentence, cue_nouns()):
                if any(x <= phrase.start < y for x, y in described):
                    continue
                keep(
                    unit.row_at(a + phrase.start),
                    phrase.name,
                    sentence,
                    phrase.abbr,
                    kind="actor" if phrase.cue.kind == "network" else phrase.cue.kind,
                    form=phrase.cue.form,
                )
                head = phrase.name.split()[0]
                if phrase.cue.kind == "network" and head != phrase.name and (key := fold(phrase.name)) in found:
                    if head.endswith(("et", "en")) and fold(head) not in abbrs:
                        # "länsnätverket för suicidprevention", then "Länsnätverket träffas …": the
                        # group's definite noun alone refers back to it.
                        found[key] = replace(found[key], alt_names=(*found[key].alt_names, head))
                        abbrs.add(fold(head))
            for start, made, cue in [] if unit.bullet else _made_things(sentence):
                named_as = _apposed_name(sentence, start + len(made))
                if named_as is not None:
                    # "ta fram ett metodstöd för socialsekreterare om …, Hälsokollen för placerade
                    # barn.": the name set off after the description is what the made thing is called
                    keep(unit.row_at(a + named_as[0]), named_as[1], sentence, None, form=cue.form, whole="yes")
                    continue
                keep(unit.row_at(a + start), made, sentence, None, form=cue.form)
            for start, title, made_cue in _made_titles(sentence):
                kind = {"network": "actor"}.get(made_cue.kind, made_cue.kind) if made_cue else None
                if (taken_up := _known_start(title, found)) is not None:
                    # "Följa upp Trygg hemgång på ett gemensamt möte": a thing the plan named before,
                    # taken up by a verb with its particle; the prepositional phrase after its name is
                    # the clause's adverbial, not more of a title
                    title = taken_up
                keep(unit.row_at(a + start), title, sentence, None, kind=kind, form=made_cue.form if made_cue else None)
                main, dash, _ = title.partition(" – ")
                if dash and (key := fold(title)) in found and main not in found[key].alt_names:
                    found[key] = replace(found[key], alt_names=(*found[key].alt_names, main))
                    abbrs.add(fold(main))  # the main title alone names the same thing
            for start, abbr, spelled in _spelled_out(sentence):
                if (org := found.get(fold(abbr))) is None or org.kind != "actor":
                    keep(unit.row_at(a + start), spelled, sentence, abbr)
            for title, short, cue in _titles_by_case(sentence):
                trow = unit.row_at(a + max(0, sentence.find(title)))  # the line the title starts on
                # an appositive after the title says what the thing is ("Ydreenkäten …, en kartläggning")
                app = re.match(r",\s+(?:en|ett)\s+([a-zåäö-]+)", sentence[sentence.find(title) + len(title) :])
                said = cue_nouns().match(app.group(1)) if app else None
                form = said.form if said is not None and said.kind == "resource" and said.form else cue.form
                keep(trow, title, sentence, None, kind=cue.kind if cue.kind != "network" else "actor", form=form)
                if short and (key := fold(title)) in found and short not in found[key].alt_names:
                    found[key] = replace(found[key], alt_names=(*found[key].alt_names, short))
            for named in find_named(sentence):
                if any(x <= named.start < y for x, y in described):
                    continue  # the appositive name itself, read above with its cue word
                url = re.search(r"www\.[\w.-]+\.\w+", sentence[named.start : named.end + 40])
                # An organisation in brackets after a title is its maker, not its abbreviation:
                # "webbutbildningen Livskraft i äldreomsorgen (SKR)" where the plan has SKR act.
                maker = named.abbr is not None and (
                    is_organisation(named.abbr)
                    or ((org := found.get(fold(named.abbr))) is not None and org.kind == "actor")
                )
                kind, form = "actor" if named.kind == "network" else named.kind, named.form
                own = cue_nouns().match(named.name.split()[0]) if named.kind == "network" else None
                if own is not None and own.kind in ("event", "resource", "initiative"):
                    # "arrangerar styrgruppen Emådalskonferensen 2079 – …", "sammanställer styrgruppen
                    # Lägesbild …": a name whose own head word is a noun of another kind names no group;
                    # the group noun before it is the clause's subject (inverted after a fronted
                    # adverbial) and the name the verb's object, of the kind its own head says
                    kind, form = own.kind, own.form if own.kind == "resource" else None
                keep(
                    unit.row_at(a + named.start),
                    named.name,
                    sentence,
                    None if maker else named.abbr,
                    url=f"https://{url.group(0)}" if url else None,
                    kind=kind,
                    form=form,
                )
                if (key := fold(named.name)) in found:
                    more = [n for n in named.other_names if n not in (named.abbr, *found[key].alt_names)]
                    found[key] = replace(found[key], alt_names=(*found[key].alt_names, *more))
            for title, cue, dash_abbr in dashed:
                if not cue.label:
                    keep(row, title, sentence, dash_abbr)
        if item_cue is not None:
            if fold(unit.text) not in found:
                kind = {"network": "actor", "resource": None}.get(item_cue.kind, item_cue.kind)
                keep(unit.lines[0], unit.text, unit.text, None, kind=kind, form=item_cue.form)
            main, dash, _ = unit.text.partition(" – ")
            if dash and (key := fold(unit.text)) in found and main not in found[key].alt_names:
                # the text under the title takes the item up by its main title ("Livsstegen är …")
                found[key] = replace(found[key], alt_names=(*found[key].alt_names, main))
                abbrs.add(fold(main))
    # A table listing things by form: each row's first cell is an item's name, its form cell says
    # what it is ("kurs, två dagar" → utbildning; "webbinarium" → an event). An item the text
    # names elsewhere keeps its first place and text (``keep`` records a name once).
    titled = False
    later[:] = []
    for header, rows in plan.item_tables:
        roles = [header_roles([c]) for c in re.split(r" {2,}", plan.lines[header].text.strip())[1:]]
        # the form column, else every column but the one of whom the row is for
        form_at = [1 + k for k, r in enumerate(roles) if r == (_FORM_ROLE,)]
        at = form_at or [1 + k for k, r in enumerate(roles) if r != (_TARGET_ROLE,)]
        for numbers, cells in rows:
            name = cells[0]
            cells_text = " ".join(cells[k] for k in at if k < len(cells))
            form_cue = next((c for w in re.findall(r"[\wåäöÅÄÖ-]+", cells_text) if (c := cue_nouns().match(w))), None)
            if not name[:1].isupper() or len(name.split()) > 8:
                continue
            kind = {"event": "event", "initiative": "initiative"}.get(form_cue.kind) if form_cue else None
            row_text = clean(" ".join(clean(plan.lines[k].text) for k in numbers))
            # a paragraph of the plan opening with the row's item as its subject ("X är en
            # webbutbildning som … Den tar upp …") describes it beside its row
            about = [u.text for u in units if not u.heading and u.text.startswith(f"{name} ")]
            text = " ".join([row_text, *about])
            keep(numbers[0], name, text, None, kind=kind, form=form_cue.form if form_cue else None)
    # Footnotes name things too ("Minnesanteckningar från PRIO Styrgrupp …"); only cue phrases are
    # read there, as a footnote's capitalised words are mostly sources and addresses.
    for i, line in enumerate(plan.lines):
        if plan.footnote(i):
            note = clean(line.text).split(" ", 1)[1]
            cited = _citation(note)
            by_name = {fold(n): k for k, m in found.items() if m.kind != "actor" for n in (m.name, *m.alt_names)}
            if cited and fold(cited[2]) not in by_name and fold(cited[2].partition(" – ")[0]) in by_name:
                # the reference gives the full title of a thing the text names by its main title
                # ("I Ydreenkäten 2040 svarade …" / "Skolverket (2040). Ydreenkäten 2040 – resultat …")
                key = by_name[fold(cited[2].partition(" – ")[0])]
                found[key] = replace(found[key], alt_names=(*found[key].alt_names, cited[2]))
                by_name[fold(cited[2])] = key
            if cited and fold(cited[2]) not in by_name:
                # A reference (author, year, title in any of the usual orders): a publication of
                # that author and year.
                writer, year, title = cited
                keep(i, title, note, None, form=_CITED_FORM)
                if (key := fold(title)) in found:
                    src = plan.source(i, note)
                    author = ActorRole(writer, "producer", src)
                    found[key] = replace(found[key], years=(year,), actors=(author,))
            elif cited is not None:
                # The reference of a publication the text names ("… rapporten X.3" / "3 Region Ydre
                # (2042). X."): its year is the publishing year, its author the producer.
                writer, year, _ = cited
                item = found[by_name[fold(cited[2])]]
                author = ActorRole(writer, "producer", plan.source(i, note))
                found[by_name[fold(cited[2])]] = replace(
                    item,
                    years=tuple(dict.fromkeys((*item.years, year))),
                    actors=item.actors if any(a.role == "producer" for a in item.actors) else (*item.actors, author),
                )
            else:
                # A note that opens with a thing's name is about that thing ("4 Trygg bas togs fram
                # … 2040 och reviderades 2042."): it describes the thing beside the text naming it.
                owner = next(
                    (k for n, k in sorted(by_name.items(), key=lambda x: -len(x[0])) if fold(note).startswith(f"{n} ")),
                    None,
                )
                if owner is not None and len(owner) >= 4:
                    item = found[owner]
                    found[owner] = replace(item, description=f"{item.description} {note}".strip())
            for phrase in _cue_phrases(note, cue_nouns()):
                kind = "actor" if phrase.cue.kind == "network" else phrase.cue.kind
                keep(i, phrase.name, note, phrase.abbr, kind=kind, form=phrase.cue.form)
    # A name read short where the same sentence names it in full ("…, Ungdomsportalen Gävleborg,
    # där …" read also as "Ungdomsportalen") is the full name's other name, not a second thing.
    for key, brief in list(found.items()):
        full = next(
            (
                k
                for k, m in found.items()
                if k != key
                # the same sentence, which may wrap the full name onto the next line
                and 0 <= m.source.line - brief.source.line <= 1
                and m.name.startswith(f"{brief.name} ")
                and m.name in brief.description
                # the brief name only as the full one's start, not a name of its own in a list
                and brief.description.count(brief.name) == brief.description.count(m.name)
            ),
            None,
        )
        if full is not None and brief.kind != "actor":
            del found[key]
            found[full] = replace(found[full], alt_names=(*found[full].alt_names, brief.name))
    # A name opened by its cue noun in the definite ("Programmet Livsviktigt", "Projektet Närvaro
    # Ydre") is the same thing as the bare name read elsewhere in the plan: one thing, named where
    # the plan first names it (the longer name on the same line), the other name its alias.
    for key, long in list(found.items()):
        head, _, rest = long.name.partition(" ")
        cue = cue_nouns().match(head) if rest else None
        if cue is None or head.lower().endswith(cue.label) or long.kind == "actor" or key not in found:
            continue
        if len(stem_key(head)) > len(stem_key(cue.label)) + 2:
            continue  # a compound ("Skolportalen Nordväst") is the name's own head, not a cue before it
        bare = found.get(fold(rest))
        if bare is None or bare is long or bare.kind == "actor":
            continue
        first, other = (bare, long) if bare.source.line < long.source.line else (long, bare)
        del found[fold(other.name)]
        found[fold(first.name)] = replace(first, alt_names=(*first.alt_names, other.name, *other.alt_names))
    notes = _footnote_urls(plan)
    out = []
    for mention in found.values():
        mention = _with_footnote_urls(plan, mention, notes)
        labels = [fold(mention.name), *(fold(a) for a in mention.alt_names)]
        related = []
        for act in activities:
            if act.extra and ("type", "uppgift") in act.extra:
                continue
            tasks = " ".join(t.name for t in activities if Relation("part-of", "activity", act.name) in t.relations)
            text = fold(f"{act.name} {act.description} {tasks}")
            if any(re.search(rf"\b{re.escape(label)}\b", text) for label in labels):
                related.append(Relation("related", "activity", act.name))
        out.append(Mention(**{**mention.__dict__, "relations": (*mention.relations, *related)}))
    return out


def _item_title(plan: _Plan, unit: _Unit, nxt: _Unit | None) -> Cue | None:
    """What a title line names when the line is an item's own title and the paragraph under it its
    text (a cue of the form vocabulary, or a resource by default); None if it is none.

    * A list item that is a title alone, over a paragraph that takes it up by its first word within
      its first words ("Ø Metodstöd för SIP i Västmanland" / "Ett länsgemensamt metodstöd för …").
    * A heading opening with a cue noun in the indefinite form that a proper name or a year makes a
      title ("Kartläggning av suicid i Västmanland 2030–2034"; "Uppföljning" is a section's name).
    """
    if nxt is None or nxt.bullet or nxt.heading or len(unit.lines) != 1 or nxt.lines[0] != unit.lines[0] + 1:
        return None
    words = re.findall(r"[\wåäöÅÄÖ-]+", unit.text)
    if len(words) < 2 or not plan.title_line(unit.lines[0]) or plan.structural(unit.lines[0]):
        return None
    cue = cue_nouns().match(words[0])
    if unit.bullet:
        opening = [fold(w) for w in re.findall(r"[\wåäöÅÄÖ-]+", nxt.text)[:4]]
        if fold(words[0]) not in opening:
            return None
        if cue is None and (sub := _DASH_FORM.search(unit.text)):
            cue = cue_nouns().match(sub.group(1))  # "Livsstegen – samtalsmodell för …": the subtitle says
        return cue if cue is not None and cue.kind != "network" else Cue("resource", None, "")
    if not unit.heading or cue is None or cue.kind != "resource" or not words[0].lower().endswith(cue.label):
        return None
    if not any(w[:1].isupper() or re.fullmatch(r"(?:19|20)\d\d", w) for w in words[1:]):
        return None
    return cue


#: A subtitle of a few words ending in a year, read as a sentence after a question title.
_YEAR_SUBTITLE = re.compile(r"([A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){0,3} (?:19|20)\d\d)\.?")

#: A date "den 21 oktober 2027" (day, month name, optional year), or the same in brackets after
#: what it dates ("Suicidpreventiva dagen (10 september)").
_DATE = re.compile(r"\s+(?:den\s+|\(\s*(?:den\s+)?)\d{1,2}\s+([a-zåäö]+)\.?(?:\s+(?:19|20)\d\d)?\b")
#: Nouns of a named day or week ("Suicidpreventiva dagen", "Psykiska hälsans vecka").
_DAY_NOUN = re.compile(r"(?:dag(?:en|arna)|veckan)$")


def _back_to_head(toks: list[re.Match[str]], k: int, stop: int) -> int:
    """Back from ``toks[k]`` over a title's lower-case complement and its year ("SIP-dagen 2028")
    to its capitalised head, at most six words before ``toks[stop]``."""
    while k > 0 and stop - k <= 6:
        word = toks[k].group()
        if not ((word[:1].islower() and word.isalpha()) or _YEAR_WORD.fullmatch(word)):
            break
        k -= 1
    return k


def _dated_titles(sentence: str) -> list[tuple[int, str]]:
    """Events named by a capitalised definite noun inside a sentence and given a date: "Genomföra
    Länsdagen om äldres hälsa den 3 maj 2027". The capital marks a title, as no sentence starts
    there; the definite form says it is one known event; the date says it takes place.

    >>> _dated_titles("Vi ska genomföra Länsdagen om äldres hälsa den 3 maj 2027 i Umeå.")
    [(17, 'Länsdagen om äldres hälsa')]
    >>> _dated_titles("Rapporten lämnas till Socialstyrelsen den 3 maj.")
    []
    >>> _dated_titles("Ordna konferensen Unga i Dalarna den 3 maj.")
    []
    >>> _dated_titles("Genomföra Regionala dagen i Umeå den 3 maj 2027.")
    [(10, 'Regionala dagen')]
    >>> _dated_titles("Genomföra SIP-dagen 2027 den 3 maj i Umeå.")
    [(10, 'SIP-dagen 2027')]
    >>> _dated_titles("Kampanjen görs i samband med Suicidpreventiva dagen (10 september) i alla kommuner.")
    [(29, 'Suicidpreventiva dagen')]
    >>> _dated_titles("Mötet hålls i Stora salen (10 september).")
    []
    """
    out: list[tuple[int, str]] = []
    for d in _DATE.finditer(sentence):
        if month(d.group(1)) is None:
            continue
        toks = list(_TOKEN.finditer(sentence[: d.start()]))
        stop = len(toks)  # the title ends before toks[stop]
        k = _back_to_head(toks, len(toks) - 1, stop)
        if 2 <= k == stop - 1 and toks[k - 1].group() in _PLACE_PREPOSITIONS and toks[k - 2].group().islower():
            # "Suicidpreventiva dagen i Östersund den 10 september": where it is held, not its title
            stop = k - 1
            k = _back_to_head(toks, k - 2, stop)
        head = toks[k].group() if toks else ""
        # a capitalised adjective before a definite noun: "Suicidpreventiva dagen"
        adjective = head.endswith(("a", "e")) and k + 1 < stop and toks[k + 1].group().endswith(("en", "et"))
        definite = head.endswith(("en", "et", "na")) or adjective
        if k == 0 or not head[:1].isupper() or not head.replace("-", "").isalpha() or not definite:
            continue
        # "… hälsa i Dalarna den 14 maj": a place inside a longer title, not the title; a named day
        # ("i samband med Suicidpreventiva dagen (10 september)") is no place
        day = adjective and _DAY_NOUN.search(toks[k + 1].group()) is not None
        if (toks[k - 1].group().lower() in PREPOSITIONS and not day) or (k > 1 and toks[k - 1].group()[:1].isupper()):
            continue
        words = [t.group().lower() for t in toks[k + 1 : stop]]
        if any(w in AUXILIARIES or w in COMMON_VERBS for w in words) or is_organisation(head) or _is_actor_word(head):
            continue
        out.append((toks[k].start(), clean(sentence[toks[k].start() : toks[stop - 1].end()])))
    return out


#: A document's title closed by its year or period: a capitalised word, at most nine more words, then
#: "2066" or "2066–2070" not followed by another digit or dash.
_DATED_DOCUMENT = re.compile(
    r"(?<![\wåäöÅÄÖ-])([A-ZÅÄÖ][a-zåäö]+(?:\s+[\wåäöÅÄÖ-]+){0,9}?\s+(?:19|20)\d\d(?:\s*–\s*(?:19|20)\d\d)?)(?![\d–-])"
)
#: Words before a year that make it the time of the clause, not the end of a title ("från hösten 2054").
_TIME_WORDS = PREPOSITIONS | frozenset(MONTHS) | frozenset(SEASONS) | frozenset({"år", "året", "början", "slutet"})


def _dated_documents(sentence: str) -> list[tuple[int, str]]:
    """Documents named by a capitalised title noun inside a sentence, their title closed by the year or
    period it covers: "Planen bygger på Behovsanalys psykisk hälsa Norra Vättern 2066, som …", "antog en
    gemensam Handlingsplan för suicidprevention Norra Vättern 2066–2070", a paragraph opening with
    "Handlingsplan mot suicid i Norra Uppland 2062–2065 antogs av …". Layout convention of plans: the
    capital marks a title where no sentence starts (or a paragraph's subject, the title before its
    verb); the noun is indefinite, as a title's is ("Handlingsplanen" is the plan itself), and is a
    plan noun or a title noun of the vocabulary (``titleNoun``, as a compound's head: "Behovsanalys");
    the year closes the title when no time word makes it the clause's time.

    >>> _dated_documents("Planen bygger på Behovsanalys psykisk hälsa Norra Vättern 2066, som FoU tog fram.")
    [(17, 'Behovsanalys psykisk hälsa Norra Vättern 2066')]
    >>> _dated_documents("Kommunerna antog 2066 en Handlingsplan för suicidprevention Norra Vättern 2066–2070.")
    [(25, 'Handlingsplan för suicidprevention Norra Vättern 2066–2070')]
    >>> _dated_documents("Handlingsplan mot suicid i Ankeby 2062–2065 antogs av Styrgruppen i december 2061.")
    [(0, 'Handlingsplan mot suicid i Ankeby 2062–2065')]

    The plan itself, a year of the clause, a verb before the year: no title.

    >>> _dated_documents("Handlingsplanen bygger på den gemensamma analysen från hösten 2054.")
    []
    >>> _dated_documents("Region Ankeby tog fram en handlingsplan för suicidprevention 2066.")
    []
    >>> _dated_documents("Behovsanalys visar att behoven ökat sedan 2060.")
    []
    """
    titles = form_nouns("titleNoun")
    out: list[tuple[int, str]] = []
    for cap in re.finditer(r"(?<![\wåäöÅÄÖ-])[A-ZÅÄÖ]", sentence):
        if (m := _DATED_DOCUMENT.match(sentence, cap.start())) is None:
            continue
        words = m.group(1).split()
        head = words[0].lower()
        plan_noun = re.fullmatch(rf"[a-zåäö]*{_TITLE_NOUNS}", head) is not None
        if not plan_noun and not any(stem_key(head).endswith(t) for t in titles):
            continue
        year_at = next(k for k, w in enumerate(words) if _YEAR_WORD.match(w))
        inner = [w.lower().strip(",") for w in words[1:year_at]]
        if year_at < 2 or inner[-1] in _TIME_WORDS:
            continue
        if any(w in _CLAUSE or w in SUBJUNCTIONS or w == "och" or _is_verb(words, k + 1) for k, w in enumerate(inner)):
            continue
        out.append((m.start(1), clean(m.group(1))))
    return out


#: A named day: a capitalised compound on "-dagen"/"-dagarna" (weekdays are no named days).
_NAMED_DAY = re.compile(r"(?!(?:Mån|Tis|Ons|Tors|Fre|Lör|Sön)dag)[A-ZÅÄÖ][a-zåäö]{3,}s?dag(?:en|arna)")


#: A named day with its year: a capitalised compound on "-dagen" (hyphenated or not) and the year
#: of its edition ("Nordvästdagen 2039", "SIP-dagen 2028").
_DAY_OF_YEAR = re.compile(r"(?<![\wåäöÅÄÖ-])([A-ZÅÄÖ][\wåäöÅÄÖ-]{2,}dag(?:en|arna)) ((?:19|20)\d\d)(?![\d–-])")
#: The same with a capitalised adjective before "dagen" and the place of the edition between the day
#: and its year: "Suicidpreventiva dagen Norra Vättern 2067" (a regional edition of the national day).
#: The adjective is a long derived one ("Suicidpreventiva", "Internationella"), not an ordinal or a
#: quantifier opening a sentence ("Första dagen 2058", "Andra dagen …").
_ADJECTIVE_DAY = re.compile(
    r"(?<![\wåäöÅÄÖ-])([A-ZÅÄÖ][a-zåäö]{6,}[ae] dagen((?: [A-ZÅÄÖ][a-zåäö]+){0,3}) ((?:19|20)\d\d))(?![\d–-])"
)


def _yearly_days(sentence: str) -> list[tuple[int, str]]:
    """Named days given with the year of their edition, wherever they stand (a sentence's or a
    heading's start included): the year makes the compound one edition of a recurring day, not
    a common noun ("Skoldagen" opens a sentence, "Skoldagen 2039" names the day held that year).

    >>> _yearly_days("Nordvästdagen 2039 hålls i Ängelholm den 23 september.")
    [(0, 'Nordvästdagen 2039')]
    >>> _yearly_days("Vi ordnar SIP-dagen 2028 i Umeå.")
    [(10, 'SIP-dagen 2028')]
    >>> _yearly_days("Måndagen 2039 hålls mötet.") + _yearly_days("Dagen 2039 blir lång.")
    []

    A capitalised adjective and "dagen" name a day too ("Suicidpreventiva dagen"), with the place of
    its edition before the year.

    >>> _yearly_days("Suicidpreventiva dagen Norra Vättern 2067 anordnas i Tidaholm.")
    [(0, 'Suicidpreventiva dagen Norra Vättern 2067')]
    >>> _yearly_days("I samband med Suicidpreventiva dagen 2058 delades material ut.")
    [(14, 'Suicidpreventiva dagen 2058')]
    >>> _yearly_days("Under hela dagen 2058 pågick arbetet.") + _yearly_days("Första dagen Ankeby 2058.")
    []
    """
    out: list[tuple[int, str]] = [(m.start(), m.group(1)) for m in _ADJECTIVE_DAY.finditer(sentence)]
    for m in _DAY_OF_YEAR.finditer(sentence):
        day = m.group(1)
        if _NAMED_DAY.fullmatch(day) is None and not re.fullmatch(r"[A-ZÅÄÖ0-9]{2,}-[a-zåäö]*dag(?:en|arna)", day):
            continue  # a weekday, or a hyphenated compound whose first part is no abbreviation
        out.append((m.start(), f"{day} {m.group(2)}"))
    return out


def _event_titles(sentence: str) -> list[tuple[int, str]]:
    """Events titled by a capitalised event noun inside a sentence and its topic: "Ordna serien
    Temaluncher om sömn, fyra tillfällen". The capital marks a title, as no sentence starts there
    and an event noun is no proper name; the "om/kring" complement is its subject.

    >>> _event_titles("Ordna serien Lunchseminarier om sömn och stress, fyra tillfällen under våren.")
    [(13, 'Lunchseminarier om sömn och stress')]
    >>> _event_titles("Den 10 april 2031 hålls Regiondagen om psykisk hälsa i Borås.")
    [(24, 'Regiondagen om psykisk hälsa')]
    >>> _event_titles("Under 2025 ordnas seminarier om sömn.")
    []
    """
    out: list[tuple[int, str]] = []
    toks = list(_TOKEN.finditer(sentence))
    for k in range(1, len(toks) - 2):
        head, prev = toks[k].group(), toks[k - 1].group()
        if (
            not head[:1].isupper()
            or not head.isalpha()
            or prev.lower() in PREPOSITIONS
            or (k > 1 and prev[:1].isupper())
        ):
            continue
        cue = cue_nouns().match(head)
        # a named day, a compound on "-dagen"/"-dagarna" ("Regiondagen om …"), is an event whose
        # first part says whose day it is; "dag" alone is no event noun
        day = _NAMED_DAY.fullmatch(head) is not None
        if (not day and (cue is None or cue.kind != "event")) or toks[k + 1].group() not in ("om", "kring"):
            continue
        end = k + 2
        while end < len(toks) and end - k <= 8 and toks[end].group().isalpha() and toks[end].group()[:1].islower():
            word = toks[end].group().lower()
            if word in _TITLE_STOP or word in COMMON_VERBS or word in {"för", "med", "till", "under"}:
                break
            end += 1
        # a preposition the topic ends on opens a place ("… om psykisk hälsa i Borås"): not the title's
        while end > k + 2 and toks[end - 1].group().lower() in FUNCTION_WORDS:
            end -= 1
        if end > k + 2:
            out.append((toks[k].start(), clean(sentence[toks[k].start() : toks[end - 1].end()])))
    return out


def _listed_event(item: str) -> str | None:
    """A list item that is an event's own title: an indefinite event noun opening the item, its
    complement, and a note after it or nothing ("Dialogmöte med brukarråden (två gånger per år)").
    The note stands in brackets or after a comma: when, where, how often or for whom ("Temadag om
    sömn, Ydre, hösten 2040"; "Workshopserie om stress, tre tillfällen"). The event noun alone may
    label the title after a colon or a dash ("Webbinarium: Stegen i praktiken", "Seminarium –
    Unga och sömn"): noun and title are the event's name. A definite noun ("Konferensen X")
    introduces a name the cue phrases read.

    >>> _listed_event("Dialogmöte med brukarråden (två gånger per år)")
    'Dialogmöte med brukarråden'
    >>> _listed_event("Temadag om sömn och stress, Ydre, hösten 2040.")
    'Temadag om sömn och stress'
    >>> _listed_event("Webbinarium: Stegen i praktiken, för kuratorer.")
    'Webbinarium: Stegen i praktiken'
    >>> _listed_event("Ordna ett dialogmöte med brukarråden") is None
    True
    >>> _listed_event("Webbinarium: se bilaga 2.") is None
    True
    """
    item = item.strip()
    label = re.match(r"([A-ZÅÄÖ][a-zåäö-]+)(?::|\s+[–-])\s+(?=[A-ZÅÄÖ])", item)
    if label is not None:
        cue = cue_nouns().match(label.group(1))
        if cue is None or cue.kind != "event" or not label.group(1).lower().endswith(cue.label):
            return None
        rest = _listed_event_title(item[label.end() :])
        words = re.findall(r"[\wåäöÅÄÖ-]+", rest)
        if not rest or len(words) > 8 or any(w.lower() in AUXILIARIES or w.lower() in COMMON_VERBS for w in words):
            return None
        return f"{label.group(1)}{item[len(label.group(1)) : label.end()].rstrip()} {rest}".replace("  ", " ")
    title = _listed_event_title(item)
    words = re.findall(r"[\wåäöÅÄÖ-]+", title)
    if not words or not 2 <= len(words) <= 8 or not title[:1].isupper():
        return None
    cue = cue_nouns().match(words[0])
    if cue is None or cue.kind != "event" or not words[0].lower().endswith(cue.label):
        return None
    if any(w.lower() in AUXILIARIES or w.lower() in COMMON_VERBS or w[:1].isdigit() for w in words[1:]):
        return None
    return title


#: An activity that holds an event: an infinitive, an indefinite noun and its topic after "om"/"kring"
#: ("Arrangera ett webbinarium om Vägvisaren för skolans personal").
_ACTIVITY_EVENT = re.compile(r"^[A-ZÅÄÖ][a-zåäö]+\s+(?:ett|en)\s+([a-zåäö-]+)\s+(om|kring)\s+(\S.*)$")


def _activity_event(title: str) -> str | None:
    """The event an activity's title says the plan will hold, named by its theme (the annotation
    convention: an event named only by its theme is an event under that theme): the event noun and
    its topic, a proper name's capitalised words or the topic up to its note and audience.

    >>> _activity_event("Arrangera ett webbinarium om Vägvisaren Ydre för elevhälsans personal")
    'webbinarium om Vägvisaren Ydre'
    >>> _activity_event("Ordna en temadag om sömn och stress för föräldrar, hösten 2041")
    'temadag om sömn och stress'
    >>> _activity_event("Ta fram en broschyr om Vägvisaren") is None, _activity_event("Sprida Vägvisaren") is None
    (True, True)

    The object may be the event's own title, its noun labelling it before a colon, as a list item
    gives it ("Webbinarium: Stegen i praktiken", :func:`_listed_event`).

    >>> _activity_event("Genomföra Webbinarium: Ljuspunkten för rektorer.")
    'Webbinarium: Ljuspunkten för rektorer'
    >>> _activity_event("Genomföra Seminarium: Unga och sömn, hösten 2070.")
    'Seminarium: Unga och sömn'
    >>> _activity_event("Sprida Metodstöd: se bilaga 2.") is None
    True
    """
    labelled = re.match(r"[A-ZÅÄÖ][a-zåäö]+\s+(?=[A-ZÅÄÖ][a-zåäö-]+:\s+[A-ZÅÄÖ])", title.strip())
    if labelled is not None and (listed := _listed_event(title.strip()[labelled.end() :])) is not None:
        return listed
    m = _ACTIVITY_EVENT.match(title.strip().rstrip("."))
    cue = cue_nouns().match(m.group(1)) if m else None
    if m is None or cue is None or cue.kind != "event" or not m.group(1).endswith(cue.label):
        return None
    topic = m.group(3)
    name = re.match(r"[A-ZÅÄÖ][\wåäöÅÄÖ-]*(?:\s+[A-ZÅÄÖ0-9][\wåäöÅÄÖ-]*)*", topic)
    if name is not None:
        topic = name.group(0)
    else:
        topic = _listed_event_title(topic)
        for f in re.finditer(r"\s+för\s+", topic):
            if any(t.scheme in ("audience", "target-group") for t in lexicon().tag(topic[f.end() :])):
                topic = topic[: f.start()]
                break
    return f"{m.group(1)} {m.group(2)} {topic}" if topic else None


def _listed_event_title(item: str) -> str:
    """A listed event's title: the item up to its note in brackets, after a semicolon or colon,
    or after a comma (a comma inside an enumeration "A, B och C" belongs to the title).

    >>> _listed_event_title("Workshopserie om stress, tre tillfällen våren 2040.")
    'Workshopserie om stress'
    >>> _listed_event_title("Webbinarium om sömn, för kuratorer och lärare.")
    'Webbinarium om sömn'
    >>> _listed_event_title("Dialogmöte med skolor, socialtjänst och BUP.")
    'Dialogmöte med skolor, socialtjänst och BUP'
    >>> _listed_event_title("Sömn, skärmar och oro – i alla tre kommuner under våren")
    'Sömn, skärmar och oro'
    >>> _listed_event_title("Föräldrakväll – om sömn och skärmar")
    'Föräldrakväll – om sömn och skärmar'
    """
    title = re.split(r"\s*[(;:]", item.strip(), maxsplit=1)[0].strip(" .")
    # "Sömn, skärmar och oro – i alla tre kommuner under våren": a dash before a preposition opens
    # a note on where, when or for whom the event is held
    note = re.search(r"\s+[–-]\s+([a-zåäö]+)\b", title)
    if note is not None and note.group(1) in PREPOSITIONS and note.group(1) not in SUBTITLE_PREPOSITIONS:
        title = title[: note.start()]
    for m in re.finditer(r",\s+", title):
        after = title[m.end() :]
        # "A, B och C": the part after the comma goes on with a member and "och"/"samt" before any
        # other comma; a note does not ("Ydre, hösten 2040"; "tre tillfällen").
        # A member is a noun phrase: a note opens with a preposition ("för kuratorer och chefer").
        member = re.match(r"([\wåäöÅÄÖ-]+)(?: [\wåäöÅÄÖ-]+){0,2} (?:och|samt) ", after)
        if member is None or member.group(1).lower() in PREPOSITIONS or re.search(r"\d", after.split(",")[0]):
            return title[: m.start()]
    return title


def _function_word_titles(sentence: str) -> list[tuple[int, str, Cue]]:
    """A title that opens with a capitalised function word right after a definite cue noun
    ("Broschyren Efter ett suicid – stöd till närstående (2034) delas ut …"): the capital inside the
    sentence marks the title's start, so the word is no preposition of the sentence. The title runs
    to a bracket, a comma or the sentence's end (its verb is cut where it is kept).

    >>> _function_word_titles("Broschyren Efter ett suicid – stöd till närstående (2034) delas ut.")
    [(11, 'Efter ett suicid – stöd till närstående', Cue(kind='resource', form='broschyr', label='broschyr'))]
    >>> _function_word_titles("Broschyren Hopp delas ut. En broschyr Om oss.")
    []
    """
    out = []
    for m in re.finditer(r"\b([\wåäöÅÄÖ-]+) (?=([A-ZÅÄÖ][a-zåäö]*)\b)", sentence):
        cue = cue_nouns().match(m.group(1))
        if cue is None or m.group(1).lower().endswith(cue.label.lower()) or m.group(2).lower() not in FUNCTION_WORDS:
            continue
        title = re.match(r"[^(),;:]+", sentence[m.end() :])
        name = title.group(0).strip(" .") if title else ""
        if len(name.split()) >= 2:
            out.append((m.end(), name, cue))
    return out


def _quoted_after_colon(sentence: str) -> list[tuple[int, str, Cue]]:
    """A thing a cue noun introduces and a colon then titles in quotation marks: "Arrangera en temadag
    för elevhälsans personal: ”Tidiga signaler”." The last cue noun before the colon says what it is.

    >>> _quoted_after_colon("Arrangera en temadag för personalen: ”Tidiga signaler”.")
    [(38, 'Tidiga signaler', Cue(kind='event', form=None, label='temadag'))]
    >>> _quoted_after_colon("Målet är: ”Alla ska med”.")
    []
    """
    out = []
    for m in re.finditer(r"([^:.;!?]{3,120}):\s*[”“\"«]([^”“\"«»]{3,120})[”“\"»]", sentence):
        cues = [c for w in re.findall(r"[\wåäöÅÄÖ-]+", m.group(1)) if (c := cue_nouns().match(w)) is not None]
        if cues:
            out.append((m.start(2), m.group(2).strip(), cues[-1]))
    return out


def _appositive_names(sentence: str) -> list[tuple[int, str, Cue, int]]:
    """A thing described by a noun phrase with a cue noun and then named after a comma (an
    appositive name): at the end of the sentence ("Ta fram en webbsida om föräldrastöd, Föräldrastöd
    i Norr") or between commas ("Ett lokalt nätverk, Nätverket Unga i Norr, träffas …"; the phrase
    may be definite: "Det regionala kansliet, Kansli Norr, leder …"). The cue noun of the phrase
    says what the name is; without one, the name's own head noun may ("… en mottagning för unga,
    Ungdomsportalen Norr, där …").

    >>> [(n, c.form) for _, n, c, _ in _appositive_names("Ta fram en webbsida om föräldrastöd, Föräldrastöd i Norr")]
    [('Föräldrastöd i Norr', 'webbplats')]
    >>> _appositive_names("Ta fram en rapport om ångest, Socialstyrelsen och SBU")
    []
    >>> [(n, c.kind) for _, n, c, _ in _appositive_names("Ett lokalt nätverk, Unga i Norr, träffas varje månad.")]
    [('Unga i Norr', 'network')]
    >>> [n for _, n, c, _ in _appositive_names("Det regionala kansliet, Kansli Norr, leder arbetet.")]
    ['Kansli Norr']
    >>> _appositive_names("Ett lokalt nätverk, som leds av Region Norr, träffas varje månad.")
    []
    >>> [(n, c.form) for _, n, c, _ in _appositive_names("Ta fram en folder, Vart går jag?, för unga.")]
    [('Vart går jag?', 'broschyr')]
    >>> [n for _, n, c, _ in _appositive_names("En gemensam webbplats, Ingång Norr, samlar stödet.")]
    ['Ingång Norr']
    """
    out: list[tuple[int, str, Cue, int]] = []
    toks = list(_TOKEN.finditer(sentence))
    cues = cue_nouns()
    for k, tok in enumerate(toks[:-1]):
        word = tok.group().lower()
        if word not in ARTICLES and not (word in {"den", "det"} and toks[k + 1].group()[:1].islower()):
            continue
        # the noun phrase up to the comma: lower-case words, no verb of a clause
        j = k + 1
        cue: Cue | None = None
        while j < len(toks) and toks[j].group() != ",":
            w = toks[j].group()
            if not w[:1].islower() or w in AUXILIARIES or (w in _CLAUSE and w not in PREPOSITIONS) or w in COMMON_VERBS:
                break
            if cue is None and (c := cues.match(w)) is not None:
                cue = c
            j += 1
        if j >= len(toks) or toks[j].group() != "," or j == k + 1 or j - k > 9:
            continue
        if cue is None and ORG_HEAD.fullmatch(toks[j - 1].group()):
            # an organisation noun of the actor-type vocabulary ("Ett regionalt utvecklingscentrum,
            # FoU Blekinge, stödjer …"): the name is an actor's
            cue = Cue("network", None, toks[j - 1].group())
        comma = toks[j].start()
        got = name_at(sentence, comma + 1)
        # "Socialstyrelsen och SBU" lists two; "… för vård och omsorg i Norr" is one name
        if got is None or re.search(r" (?:och|samt) [A-ZÅÄÖ]", got[0]) or len(got[0]) < 3:
            continue
        rest = sentence[got[1] :].strip()
        if rest.strip(" .") and not rest.startswith(","):
            continue
        # the name's own head noun says best what it is ("ett program, Kompetenslyftet X": a lift)
        head = re.match(r"[\wåäöÅÄÖ-]+", got[0])
        own = cues.match(head.group()) if head is not None else None
        cue = own or cue
        if cue is None or (cue.kind == "resource" and is_organisation(got[0])):
            continue
        opens = not sentence[: tok.start()].strip()
        if rest.startswith(",") and cue.kind == "resource" and own is None and not got[0].endswith("?") and not opens:
            # mid-sentence, a resource noun may describe a programme: other readers decide; a
            # question is a title whatever it names ("en broschyr, Vart vänder jag mig?, för …");
            # the subject opening the sentence is what its name names ("En telefonlinje, X, tar …")
            continue
        out.append((sentence.index(got[0], comma), got[0], cue, tok.start()))
    return out


#: What may stand inside a title read back from its appositive: not a word that opens a clause,
#: a preposition's object list or a new noun phrase.
_NOT_IN_TITLE = (_CLAUSE | CONJUNCTIONS) - PREPOSITIONS - {"och"}


_FOLDED_FUNCTION = frozenset(fold(w) for w in FUNCTION_WORDS)


#: A title written as an address, after a cue noun in the definite form: a capitalised pronoun opens
#: it and it runs to the comma or the sentence's end ("kampanjen Du är inte ensam, med filmer …").
_ADDRESS = re.compile(
    r"\b([a-zåäö][\wåäö-]*(?:en|et|n))\s+((?:Du|Jag|Vi|Ni|Min|Mitt|Mina|Din|Ditt|Dina)\s[^,.;:()]{2,60}?)(?=[,.;:(]|$)"
)


def _address_titles(sentence: str) -> list[tuple[int, str, Cue]]:
    """Titles addressing the reader after a definite cue noun, up to the comma or the sentence's end.

    >>> [(t, c.kind) for _, t, c in _address_titles("I fjol lanserades kampanjen Du är inte ensam, med filmer.")]
    [('Du är inte ensam', 'initiative')]
    >>> _address_titles("Skolan gav eleverna du behöver.")
    []
    """
    out: list[tuple[int, str, Cue]] = []
    for m in _ADDRESS.finditer(sentence):
        cue = cue_nouns().match(m.group(1))
        title = m.group(2).strip()
        if cue is None or cue.kind == "network" or not 2 <= len(title.split()) <= 8 or title.endswith("-"):
            continue  # a title broken at a hyphen ("Mitt skol-" / "mående") is another reader's
        out.append((m.start(2), title, cue))
    return out


def _titles_before_appositive(sentence: str) -> list[tuple[int, str, Cue]]:
    """Titles a sentence names and then describes by an appositive that opens with an article and
    a cue noun ("… använda Samma bord, en checklista för …"; "… använder Hälsa i nytt land – en
    serie filmer om …"): the appositive's noun says what the title is. The title is the run of
    words before the comma that opens with a capital: back from the comma over lower-case words
    that open no clause to the nearest capitalised word, and over the capitalised words before it.

    >>> text = "Socialtjänsten ska använda Samma bord, en checklista för samordning."
    >>> [(t, c.form) for _, t, c in _titles_before_appositive(text)]
    [('Samma bord', 'checklista')]
    >>> text = "Hälsocentralerna inför Stegvis vård vid ångest, ett metodstöd för primärvården."
    >>> [t for _, t, _ in _titles_before_appositive(text)]
    ['Stegvis vård vid ångest']
    >>> [t for _, t, _ in _titles_before_appositive("Kommunerna använder Trygg hemma – en serie filmer om sömn.")]
    ['Trygg hemma']
    >>> _titles_before_appositive("Arbetet leds av Region Norr, en av länets största arbetsgivare.")
    []
    >>> _titles_before_appositive("Arbetet sker i Kiruna och Gällivare, ett samarbete mellan kommunerna.")
    []
    >>> text = "Kurserna samlas på Portalen Psykisk hälsa i Norrby län, en webbplats."
    >>> [t for _, t, _ in _titles_before_appositive(text)]
    ['Portalen Psykisk hälsa i Norrby län']
    >>> _titles_before_appositive("Rapporten om äldre i Norrby – en kartläggning 2024 visar att …")
    []
    """
    toks = list(_TOKEN.finditer(sentence))
    out: list[tuple[int, str, Cue]] = []
    for c in range(2, len(toks) - 2):
        if toks[c].group() not in (",", "–") or toks[c + 1].group().lower() not in ARTICLES:
            continue
        # the appositive: article, adjectives or a measure noun ("en serie filmer"), then the cue,
        # before any preposition
        cue: Cue | None = None
        for j in range(c + 2, min(c + 6, len(toks))):
            w = toks[j].group()
            if not w.isalpha() or not w[:1].islower() or w in PREPOSITIONS or w in _CLAUSE:
                break
            if (cue := cue_nouns().match(w)) is not None:
                break
        if cue is None or cue.kind == "event":
            continue
        # back from the separator to the nearest capital
        k = c - 1
        while k >= 0 and toks[k].group()[:1].islower() and toks[k].group().isalpha() and c - k <= 8:
            if toks[k].group() in _NOT_IN_TITLE or toks[k].group() in COMMON_VERBS:
                break
            k -= 1
        if k < 0 or not toks[k].group()[:1].isupper() or not toks[k].group()[:1].isalpha():
            continue
        if k >= 3 and toks[k - 1].group() in _PLACE_PREPOSITIONS and toks[k - 2].group()[:1].islower():
            # A capital after a preposition may be a place inside a longer title ("Psykisk hälsa i
            # Kalmar län, en …"): back over the lower-case words before it to an earlier capital.
            j = k - 2
            while j > 0 and toks[j].group()[:1].islower() and toks[j].group().isalpha() and k - j <= 4:
                if toks[j].group() in PREPOSITIONS or toks[j].group() in _NOT_IN_TITLE:
                    break
                j -= 1
            word = toks[j].group()
            if word[:1].isupper() and word.isalpha() and fold(word) not in _FOLDED_FUNCTION:
                k = j
        start = k
        while start > 0 and toks[start - 1].group()[:1].isupper() and toks[start - 1].group().isalpha():
            start -= 1  # a title of several capitalised words
        after_preposition = start > 0 and toks[start - 1].group() in PREPOSITIONS
        last = toks[c - 1].group()
        if after_preposition and c - start <= 2 and cue_nouns().match(last) is None:
            continue  # "… i Dalarna – en kartläggning": a place, not a title
        title = clean(sentence[toks[start].start() : toks[c - 1].end()])
        words = title.split()
        if not 1 <= len(words) <= 10:
            continue
        if start == 0 and fold(words[0]) in _FOLDED_FUNCTION:
            continue  # "Den här modellen, en …": a capital that only opens the sentence
        if is_organisation(title) or guess_type(title) is not None or _is_actor_word(words[0]):
            continue
        if any(w in COMMON_VERBS or w in AUXILIARIES for w in words):
            continue
        out.append((toks[start].start(), title, cue))
    return out


#: "Stödet består av en checklista … och en halvdagsutbildning": what a thing is made of, part by part.
_MADE_OF = re.compile(r"^\S+\s+(?:består|bestod)\s+av\s+(.+)$")


def _parts_forms(sentence: str) -> tuple[str, ...]:
    """The forms of the parts a sentence says a thing is made of: the head noun of each indefinite noun
    phrase after "består av" ("en checklista för chefssamtal och en halvdagsutbildning"), where the
    vocabulary knows it as a resource form; what a support is made of is what it is.

    >>> _parts_forms("Stödet består av en checklista för chefssamtal och en halvdagsutbildning.")
    ('checklista', 'utbildning')
    >>> _parts_forms("Programmet består av fem träffar."), _parts_forms("Stödet ges av en kurator.")
    ((), ())
    """
    m = _MADE_OF.match(sentence)
    if m is None:
        return ()
    out: list[str] = []
    for part in re.finditer(r"(?:^|\b(?:och|samt)\s+|,\s+)(?:en|ett)\s+([a-zåäö-]+)", m.group(1)):
        cue = cue_nouns().match(part.group(1))
        if cue is not None and cue.kind == "resource" and cue.form and cue.form not in out:
            out.append(cue.form)
    return tuple(out)


def _takes_up(sentence: str, noun: str) -> bool:
    """Whether ``sentence`` opens with ``noun`` in the definite form, Swedish's way of going on about a
    thing introduced by that noun ("ett stöd" … "Stödet består av …", "en karta" … "Kartan visar …").

    >>> _takes_up("Stödet består av en checklista.", "stöd"), _takes_up("Stöd ges till alla.", "stöd")
    (True, False)
    """
    first = sentence.split(maxsplit=1)[0] if sentence.split() else ""
    return first[:1].isupper() and fold(first) in {fold(noun + e) for e in ("et", "en", "n", "t")}


def _objects_before_appositive(sentence: str) -> list[tuple[int, str, str]]:
    """Titles a sentence gives as its verb's object or inverted subject and then describes by an
    appositive of any noun ("Inom satsningen prövas Friska arbetsplatser Ankeby, ett stöd för chefer …";
    "Där finns också Hjälpkartan Norr, en sökbar karta över …"). Swedish grammar: a capitalised phrase
    standing right after the clause's verb (and its adverbs) and set off by a comma before "en/ett" and a
    noun phrase that goes on with a preposition or a relative is a name the appositive describes; the
    appositive's noun need not be one of the vocabulary's (:func:`_titles_before_appositive` reads those).
    The title is the whole phrase between the verb and the comma.

    >>> _objects_before_appositive("Inom satsningen prövas Friska arbetsplatser Ankeby, ett stöd för chefer.")
    [(23, 'Friska arbetsplatser Ankeby', 'stöd')]
    >>> _objects_before_appositive("Där finns också Hjälpkartan Norr, en sökbar karta över var man får stöd.")
    [(16, 'Hjälpkartan Norr', 'karta')]

    A subject before its verb, a place after a preposition, an organisation and a partitive are no such title:

    >>> _objects_before_appositive("Arbetet leds av Region Norr, en av länets största arbetsgivare.")
    []
    >>> _objects_before_appositive("Kommunerna arbetar i Ankeby och Norrby, ett samarbete mellan dem.")
    []
    >>> _objects_before_appositive("Under 2090 erbjuder skolorna i Ankeby Lugna rummet, en verksamhet för unga.")
    []
    >>> _objects_before_appositive("Arbetet samordnas av Ankeby kommun, en kommun med 20 000 invånare.")
    []
    >>> _objects_before_appositive("Under 2090 tog Forum Ankeby fram Lyktan, en guide för kommunerna.")
    []
    """
    toks = list(_TOKEN.finditer(sentence))
    words = [t.group() for t in toks]
    out: list[tuple[int, str, str]] = []
    for c in range(2, len(toks) - 3):
        if words[c] != "," or words[c + 1] not in ARTICLES:
            continue
        # the appositive: an article, at most two modifiers and a noun, then a preposition or a relative
        nxt = next((j for j in range(c + 2, min(c + 6, len(toks))) if words[j] in PREPOSITIONS | _NP_FOLLOWERS), None)
        if nxt is None or nxt == c + 2 or not all(w.isalpha() and w.islower() for w in words[c + 2 : nxt]):
            continue
        if any(w in _CLAUSE or w in CONJUNCTIONS for w in words[c + 2 : nxt]):
            continue
        # back from the comma over the title's words to the verb and its adverbs
        k = c - 1
        while (
            k > 0
            and c - k <= 6
            and not (
                words[k - 1].islower()
                and words[k - 1].isalpha()
                and (words[k - 1] in ADVERBS or _is_verb(words, k - 1) or words[k - 1] in AUXILIARIES)
            )
        ):
            k -= 1
        if k <= 0 or not words[k][:1].isupper() or not words[k].isalpha():
            continue
        v = k - 1
        while v > 0 and words[v] in ADVERBS:
            v -= 1
        if not (words[v] in AUXILIARIES or _is_verb(words, v)):
            continue
        title = clean(sentence[toks[k].start() : toks[c - 1].end()])
        parts = title.split()
        if any(w in _NOT_IN_TITLE or w in CONJUNCTIONS or w in COMMON_VERBS or w in AUXILIARIES for w in parts):
            continue
        if any(w in PARTICLES for w in parts):
            continue  # "tog X fram Y, en guide …": the subject stands before the verb's particle, no title
        if is_organisation(title) or guess_type(title) is not None or _is_actor_word(parts[0]):
            continue
        out.append((toks[k].start(), title, words[nxt - 1]))
    return out


def _themes(sentence: str, previous: str) -> list[str]:
    """Events listed by their themes after an event noun ("Genomföra webbinarier. Teman: A, B"):
    each capitalised theme is one event (the annotation convention: an event named by its theme is an event).

    >>> _themes("Teman: Stöd i vardagen, Sömn och skärmar", "Ordna två webbinarier för föräldrar.")
    ['Stöd i vardagen', 'Sömn och skärmar']
    >>> _themes("Teman: Stöd i vardagen, Sömn", "Ta fram två broschyrer.")
    []
    """
    found = _THEMES.search(sentence)
    if found is None:
        return []
    cues = cue_nouns()
    lead = f"{previous} {sentence[: found.start()]}"
    if not any((c := cues.match(w)) is not None and c.kind == "event" for w in re.findall(r"[\wåäö-]+", lead)):
        return []
    listed = found.group(1).strip().rstrip(".")
    quoted = _QUOTED_ITEM.findall(listed)  # "teman: ”A”, ”B” och ”C”": the quotes mark each theme
    items = (clean(item).strip(" ,;–-") for item in quoted or _THEME_CUT.split(listed))
    return [item for item in items if 3 <= len(item) <= 200 and item[:1].isupper()]


_QUOTED_ITEM = re.compile(r"[”“\"«]([^”“\"«»]{3,200})[”“\"»]")
#: A lead that introduces a list of themes ("Teman under våren är bland annat:").
_THEME_LEAD = re.compile(r"\b[Tt]ema(?:n|na|t)?\b[^.!?]*:$")


def _listed_themes(item: str, lead: str) -> str | None:
    """A list item under a lead that introduces themes, where the lead's paragraph speaks of an
    event ("Under våren ordnas webbinarier. Teman är bland annat:" / "○ ”Unga och sömn”"): each
    capitalised theme is one event, as with themes in running text (:func:`_themes`).

    >>> _listed_themes("”Sömn och skärmar”", "Vi ordnar en webbinarieserie. Teman är bland annat:")
    'Sömn och skärmar'
    >>> _listed_themes("Sömn och skärmar", "Vi tar fram en broschyr. Teman är bland annat:") is None
    True
    """
    if not _THEME_LEAD.search(lead.rstrip()):
        return None
    cues = cue_nouns()
    if not any((c := cues.match(w)) is not None and c.kind == "event" for w in re.findall(r"[\wåäö-]+", lead)):
        return None
    q = _QUOTED_ITEM.fullmatch(item.strip(" .;"))
    name = clean(q.group(1) if q else item).strip(" .;")
    return name if 3 <= len(name) <= 120 and name[:1].isupper() and len(name.split()) <= 10 else None


#: A footnote that cites a publication the way reference lists do, in the usual orders of author,
#: year and title: "Folkhälsomyndigheten (2021). Barns och ungas hälsa och livsvillkor." (author,
#: year in brackets, title), "Folkhälsomyndigheten, Barns och ungas hälsa, 2021." / "… : Titel,
#: 2021" (author first, year last), "Barns och ungas hälsa. Folkhälsomyndigheten, 2021." / "Barns
#: och ungas hälsa (Folkhälsomyndigheten, 2021)." (title first). A year is a publication year only
#: where it stands alone (not in a date "2016-05-23" or a range "2017–2021"); a bare "UNICEF
#: (2020).", "Gustafsson et al., 2010." or "Läs mer på …, https://…" cites no title.
_YEAR_ALONE = r"(?P<year>(?:19|20)\d\d)(?![\d–-])"
_AUTHOR = r"(?P<author>[A-ZÅÄÖ][^().,:;]{1,80}?)"
_TITLE = r"(?P<title>[A-ZÅÄÖ][^/]{3,200}?)"
_CITATIONS = (
    re.compile(rf"^{_AUTHOR}\s*\({_YEAR_ALONE}\)[.:]\s+{_TITLE}\.?$"),
    re.compile(rf"^{_AUTHOR}[,:]\s+{_TITLE}[,.]\s*\(?{_YEAR_ALONE}\)?\.?$"),
    re.compile(rf"^{_TITLE}\.\s+{_AUTHOR},?\s+\(?{_YEAR_ALONE}\)?\.?$"),
    re.compile(rf"^{_TITLE}\s+\({_AUTHOR},\s*{_YEAR_ALONE}\)\.?$"),
)
_TRAILING_URL = re.compile(r"[.,]?\s*(?:https?://|www\.)\S+\s*$")


def _citation(note: str) -> tuple[str, int, str] | None:
    """Author, year and title of a footnote that cites a publication (:data:`_CITATIONS`).

    >>> _citation("Folkhälsomyndigheten (2021). Barns och ungas hälsa och livsvillkor.")
    ('Folkhälsomyndigheten', 2021, 'Barns och ungas hälsa och livsvillkor')
    >>> _citation("Folkhälsomyndigheten, Barns och ungas hälsa och livsvillkor, 2021.")
    ('Folkhälsomyndigheten', 2021, 'Barns och ungas hälsa och livsvillkor')
    >>> _citation("Utvärdering av Psykisk hälsa i Uppsala län 2017–2021. Uppsala universitet, 2021.")
    ('Uppsala universitet', 2021, 'Utvärdering av Psykisk hälsa i Uppsala län 2017–2021')
    >>> _citation("Se Socialdepartementet (2012). PRIO psykisk ohälsa")
    ('Socialdepartementet', 2012, 'PRIO psykisk ohälsa')
    >>> _citation("Barns hälsa i länet (Socialstyrelsen, 2020). https://example.se/rapport")
    ('Socialstyrelsen', 2020, 'Barns hälsa i länet')
    >>> [_citation(n) for n in ("UNICEF (2020).", "Gustafsson et al., 2010.", "Beslut i beredningen 2017-03-14.")]
    [None, None, None]
    """
    text = _TRAILING_URL.sub("", note.strip()).strip()
    # "Se Socialdepartementet (2012). …": the word that points to the source is not its author.
    first, _, rest = text.partition(" ")
    if fold(first.rstrip(".")) in REFERENCE_WORDS and rest[:1].isupper():
        text = rest
    for rx in _CITATIONS:
        m = rx.match(text)
        if m is None:
            continue
        title = m.group("title").strip(" .,")
        author = m.group("author").strip(" .,")
        if len(title.split()) < 2 or "http" in title or "www." in title or len(author.split()) > 8:
            continue
        return author, int(m.group("year")), title
    return None


#: What a cited publication is: a report (resource-form.ttl ``rapport``).
_CITED_FORM = "rapport"


#: A word, then a capitalised word mid-sentence, then the words up to the clause's end.
_CASED = re.compile(r"(?<=\s)(?=([a-zåäö][\wåäö-]+)\s+([A-ZÅÄÖ][\wåäö-]*(?:\s+[^\s.,;:()]+){0,12}))")
_CASED_WORD = re.compile(r"(?<=[\s(])([A-ZÅÄÖ][a-zåäö]{5,})(?=[\s.,;:)]|$)")


def _titles_by_case(sentence: str) -> list[tuple[str, str | None, Cue]]:
    """Titles the case of a word shows (Swedish writes common nouns in lower case mid-sentence):

    * after a resource cue noun in the definite form, a title that opens with a capitalised
      function word runs to the clause's end, a subtitle after a dash included ("ta fram
      informationsbladet Efter ett suicid – till dig som är närstående.");
    * a capitalised compound headed by a cue noun in the definite form, inside the sentence, is a
      proper name ("Sprida Elevhälsoguiden", "… med Elevhälsoguiden i skolan").

    Returns (title, its main title before a dash or None, the cue).

    >>> text = "I samarbete med SPES ta fram informationsbladet Efter ett suicid – till dig som är närstående."
    >>> [(t, s) for t, s, _ in _titles_by_case(text)]
    [('Efter ett suicid – till dig som är närstående', 'Efter ett suicid')]
    >>> [(t, c.form) for t, _, c in _titles_by_case("Sprida Elevhälsoguiden")]
    [('Elevhälsoguiden', 'guide')]
    >>> [(t, s) for t, s, _ in _titles_by_case("Som underlag används Ydreenkäten 2040 – äldres hälsa, en rapport.")]
    [('Ydreenkäten 2040 – äldres hälsa', 'Ydreenkäten')]
    >>> _titles_by_case("Guiden togs fram av Skolverket 2020.")
    []

    * a capitalised cue noun in the indefinite after a lower-case word opens a title that runs to
      the clause's end ("För unga används Vårdprogram självskada Ydre (2040).").

    >>> [(t, c.label) for t, _, c in _titles_by_case("För unga används Vårdprogram självskada Ydre (2040).")]
    [('Vårdprogram självskada Ydre', 'vårdprogram')]
    >>> [t for t, _, _ in _titles_by_case("Chefer använder Samtalsguide vid sjukskrivning när någon kommer åter.")]
    ['Samtalsguide vid sjukskrivning']
    """
    cues = cue_nouns()
    out: list[tuple[str, str | None, Cue]] = []
    for m in _CASED.finditer(sentence):
        word, title = m.group(1), m.group(2).rstrip(" –-")
        cue = cues.match(word)
        first = title.split()[0].lower()
        if cue is None or cue.kind != "resource" or word.lower().endswith(cue.label) or first not in _FUNCTION:
            continue
        main, dash, _ = title.partition(" – ")
        out.append((title, main if dash else None, cue))
    for m in _CASED_WORD.finditer(sentence):
        word = m.group(1)
        cue = cues.match(word)
        if cue is None or cue.kind != "resource" or is_organisation(word):
            continue
        head = cue.label.lower()
        compound = len(stem_key(word)) > len(stem_key(head)) + 2
        if compound and not word.lower().endswith(head) and word.lower().endswith(DEFINITE_ENDINGS):
            # a year and a dash subtitle after it are the title's ("Ydreenkäten 2040 – äldres hälsa")
            dated = re.match(r" (?:19|20)\d\d(?![\d–-])(?: – [^.,;:()–]+)?", sentence[m.end() :])
            out.append((f"{word}{dated.group(0).rstrip()}", word, cue) if dated else (word, None, cue))
    for m in _CASED_INDEFINITE.finditer(sentence):
        # a capitalised cue noun in the indefinite after a lower-case word opens a title running
        # to the clause's end ("… används Vårdprogram självskadebeteende Ydre (2040, …)")
        word = m.group(1)
        cue = cues.match(word)
        if cue is None or cue.kind != "resource" or not word.lower().endswith(cue.label) or is_organisation(word):
            continue
        before = re.findall(r"[\wåäöÅÄÖ-]+", sentence[: m.start()])
        if before and (before[-1] in CONJUNCTIONS or cues.match(before[-1]) is not None):
            continue  # one of titles a noun before them introduces ("kurserna A och Metodstöd i …")
        clause = re.match(r"[^.,;:()–]+", sentence[m.start() :])
        words = (clause.group(0) if clause else "").split()
        # the title ends where a subordinate clause or a verb begins ("… i arbete när medarbetare …")
        end = next(
            (k for k, w in enumerate(words) if k and (w in _TITLE_STOP or w in AUXILIARIES or finite_verb(w))),
            len(words),
        )
        title = " ".join(words[:end])
        if 2 <= end <= 8:
            out.append((title, None, cue))
    return out


#: Years in brackets right after a title: made, and revised or updated ("(2040, reviderat 2043)").
_BRACKET_YEARS = re.compile(
    r"\s*\(((?:19|20)\d\d),\s+(?:reviderad|reviderat|uppdaterad|uppdaterat|reviderades|uppdaterades)\s+((?:19|20)\d\d)\)"
)
#: A citation in brackets right after a title: its maker and year ("(SKR 2069)", "(Region Norr, 2088)").
#: (A few lower-case words may stand between: the end of a subtitle the reader cut short.)
_CITATION = re.compile(
    r"(?:\s+[a-zåäö][\wåäö-]*){0,4}\s*\((?P<org>[A-ZÅÄÖ][^()\d]{1,60}?),?\s+(?P<year>(?:19|20)\d\d)\)"
)
#: A capitalised word after a lower-case word inside a sentence, with words after it.
_CASED_INDEFINITE = re.compile(r"(?<=[a-zåäö] )([A-ZÅÄÖ][a-zåäö-]{3,})(?= [\wåäöÅÄÖ])")


#: An abbreviation followed by its spelled-out name in brackets: "IPS (Individual Placement and Support)".
_ABBR_FIRST = re.compile(rf"(?<![\wåäöÅÄÖ-])({_ABBR})\s+\(([A-ZÅÄÖ][^()]{{3,80}})\)")
#: Small words a name in title case leaves in lower case (English and Swedish).
_TITLE_CASE_SMALL = frozenset({"and", "of", "for", "the", "in", "on", "to", "och", "för", "i", "på", "av", "till"})


def _spelled_out(sentence: str) -> list[tuple[int, str, str]]:
    """Things a sentence names by an abbreviation spelled out in brackets after it, the spelled-out
    name in title case with the abbreviation's letters as its initials (the way a method with an
    English name is introduced: "erbjuds IPS (Individual Placement and Support) genom …"). Swedish
    organisation names are written in sentence case ("NSPH (Nationell samverkan för psykisk hälsa)")
    and stay the organisation readers'. Returns (offset, abbreviation, spelled-out name).

    >>> _spelled_out("Sedan 2040 erbjuds också IPS (Individual Placement and Support) genom förbundet.")
    [(25, 'IPS', 'Individual Placement and Support')]
    >>> _spelled_out("Kommunerna använder MHFA (Mental Health First Aid) i skolan.")
    [(20, 'MHFA', 'Mental Health First Aid')]
    >>> _spelled_out("Brukarna företräds av NSPH (Nationell samverkan för psykisk hälsa).")
    []

    The name may come first, its abbreviation after it in brackets:

    >>> _spelled_out("Individual Placement and Support (IPS) erbjuds i alla kommuner.")
    [(0, 'IPS', 'Individual Placement and Support')]
    >>> _spelled_out("Skolorna prövar Mental Health First Aid (MHFA) under året.")
    [(16, 'MHFA', 'Mental Health First Aid')]
    >>> _spelled_out("Arbetet leds av Nationell samverkan för psykisk hälsa (NSPH).")
    []
    """
    out: list[tuple[int, str, str]] = []
    for m in _ABBR_FIRST.finditer(sentence):
        abbr, name = m.group(1), m.group(2).strip()
        if _initials_spell(abbr, name.split()):
            out.append((m.start(), abbr, name))
    for m in re.finditer(rf"\s\(({_ABBR})\)", sentence):
        abbr = m.group(1)
        run: list[str] = []
        for w in reversed(sentence[: m.start()].split()):
            if not (w[:1].isupper() or w.lower() in _TITLE_CASE_SMALL) or not w.rstrip("-").isalpha():
                break
            run.insert(0, w)
        # the shortest run of title-case words whose initials spell the abbreviation
        found = next((run[k:] for k in range(len(run) - 1, -1, -1) if _initials_spell(abbr, run[k:])), None)
        if found is not None:
            name = " ".join(found)
            out.append((m.start() - len(name), abbr, name))
    return sorted(out)


def _initials_spell(abbr: str, words: list[str]) -> bool:
    """Whether ``words`` are a name in title case (two capitalised words or more, small words aside)
    whose initials spell ``abbr``, and no organisation's name: none of its words is an organisation
    noun of the actor-type vocabulary ("Sveriges Kommuner och Regioner (SKR)").

    >>> _initials_spell("SKR", "Sveriges Kommuner och Regioner".split())
    False
    """
    big = [w for w in words if w.lower() not in _TITLE_CASE_SMALL]
    if len(big) < 2 or not words[0][:1].isupper() or any(not w[:1].isupper() for w in big):
        return False
    name = " ".join(words)
    organisation = any(t.scheme == "actor-type" and t.code != "natverk" for t in lexicon().tag(name))
    return "".join(w[0] for w in big).upper() == abbr.upper() and not organisation and not is_organisation(name)


#: A name set off by commas after a noun phrase and its complement: ", Hälsokollen för placerade
#: barn." at the sentence's end, ", Tryggt hem, som …" before a relative clause.
_APPOSED = re.compile(r"^[^,]*,\s+([A-ZÅÄÖ][^,.;:()]{1,70}?)\s*(?:[.;]?\s*$|,\s+som\b)")


def _apposed_name(sentence: str, end: int) -> tuple[int, str] | None:
    """The name a sentence gives in apposition to the noun phrase ending at ``end``: the first
    comma segment after it, capitalised, of no more than eight words and no verb, that closes the
    sentence or opens a relative clause. Returns (offset, name).

    >>> text = "Kansliet ska ta fram ett metodstöd om hur det följs upp, Hälsokollen för placerade barn."
    >>> _apposed_name(text, text.find(" om "))
    (57, 'Hälsokollen för placerade barn')
    >>> text = "Vi ska utreda ett metodstöd för placerade barns hälsa, Tryggt hem, som används vid placering."
    >>> _apposed_name(text, text.find(","))[1]
    'Tryggt hem'
    >>> _apposed_name("Vi tar fram en modell för samverkan, vilket Region X leder.", 35) is None
    True
    """
    m = _APPOSED.match(sentence[end:])
    if m is None:
        return None
    name = m.group(1).strip()
    words = name.split()
    verbs = any(finite_verb(w, nxt) for w, nxt in with_next(words))
    if len(words) > 8 or verbs or words[0].lower() in FUNCTION_WORDS:
        return None
    return end + m.start(1), name


#: "för 140 medarbetare", "till 30 chefer": how many a thing was given to, after its name.
#: A year is no count ("Aktivitetsplan för 2055 och 2056").
_COUNT_AFTER = re.compile(
    r"\s+(?:för|till|med)\s+(?:drygt\s+|nära\s+|omkring\s+|cirka\s+|ca\s+)?"
    r"(?!(?:19|20)\d\d(?![\d ]\d))\d[\d\s]*\s+[a-zåäö]"
)


def _cut_before_count(name: str) -> str:
    """A name ends before the number of people it reached ("utbildningen Livsvakt för 140
    medarbetare i …", "Trygg start till omkring 30 chefer"): a count says how it was used.

    >>> _cut_before_count("Livsvakt för 140 medarbetare i"), _cut_before_count("Stöd för 3 000 familjer")
    ('Livsvakt', 'Stöd')
    >>> _cut_before_count("Barn 3–12 år"), _cut_before_count("Föräldrastöd för barn 0–5 år")
    ('Barn 3–12 år', 'Föräldrastöd för barn 0–5 år')
    >>> _cut_before_count("Aktivitetsplan för 2055 och 2056"), _cut_before_count("Kalender för 2052 i länet")
    ('Aktivitetsplan för 2055 och 2056', 'Kalender för 2052 i länet')
    """
    m = _COUNT_AFTER.search(name)
    return name[: m.start()] if m is not None and m.start() > 0 else name


def _made_things(sentence: str) -> list[tuple[int, str, Cue]]:
    """Things a sentence says were made, named by what they are and what they are for: an
    indefinite article, a resource cue noun and its complement, as the object of a making verb
    (its particle, "ta fram", :data:`loader.grammar.PARTICLES`: "… och SBU tog fram en modell för
    definitioner av begrepp inom området psykisk hälsa.") or as the subject of its s-passive ("En
    handbok om samverkan har tagits fram", "… togs fram"). A plan's task list ("• Ta fram ett
    stödmaterial …") says what is to be done, so the caller reads prose only.

    >>> text = "Nyligen tog SKR fram en modell för definitioner av begrepp inom området psykisk hälsa."
    >>> [(n, c.form) for _, n, c in _made_things(text)]
    [('modell för definitioner av begrepp inom området psykisk hälsa', 'modell')]
    >>> [n for _, n, _ in _made_things("Under året har en handbok om samverkan kring skolfrånvaro tagits fram.")]
    ['handbok om samverkan kring skolfrånvaro']
    >>> _made_things("Satsningen tog fram en rapport.")
    []
    """
    toks = list(_TOKEN.finditer(sentence))
    out: list[tuple[int, str, Cue]] = []
    for k in range(len(toks) - 3):
        if toks[k].group().lower() not in ARTICLES:
            continue
        j = k + 1
        while j < len(toks) - 1 and toks[j].group()[:1].islower() and cue_nouns().match(toks[j].group()) is None:
            j += 1  # adjectives before the noun
        cue = cue_nouns().match(toks[j].group())
        nxt = toks[j + 1].group() if j + 1 < len(toks) else ""
        if cue is None or cue.kind != "resource" or not toks[j].group()[:1].islower() or nxt not in _PURPOSE:
            continue
        end = _complement(toks, j + 2, phrases=2)
        # The s-passive of a making verb and its particle after the phrase ("har tagits fram",
        # "togs fram", "tas fram"), which the complement's lower-case words would run into.
        passive = next(
            (
                p
                for p in range(j + 2, min(end + 2, len(toks) - 1))
                if toks[p].group().lower().endswith("s") and toks[p + 1].group().lower() in PARTICLES
            ),
            None,
        )
        if passive is not None:
            end = passive
            while end > j + 2 and toks[end - 1].group().lower() in AUXILIARIES:
                end -= 1
        if end <= j + 2:
            continue
        if passive is not None or (k > 0 and toks[k - 1].group().lower() in PARTICLES):
            out.append((toks[j].start(), clean(sentence[toks[j].start() : toks[end - 1].end()]), cue))
    return out


#: Words that end a title read after a making verb: a clause opens (subjunction, auxiliary,
#: pronoun, quantifier) or an adverbial follows ("tillsammans med", "också"); "om" stays, as a
#: preposition it belongs to the title ("Handbok om SIP").
_TITLE_STOP = (SUBJUNCTIONS - {"om"}) | AUXILIARIES | PRONOUNS | QUANTIFIERS | ADVERBS | DEMONSTRATIVES


#: A date in ISO form closing a line read as a name: the date of a decision or dateline.
_ISO_DATE_END = re.compile(r"\s+(?:19|20)\d\d-[01]\d-[0-3]\d\W*$")
#: A frequency adverbial: a number, "gång"/"gånger" and the period ("två gånger per år", "en gång i
#: månaden", "6 gånger om året").
_NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_FREQUENCY = re.compile(rf"\s+(?:\d+|{_NUMBER_WORD})\s+gång(?:er)?\s+(?:per|om|i)\s")


def _role_plural(name: str) -> bool:
    """Whether ``name`` opens with people named by their role in the plural, a user group of the
    vocabulary (audience.ttl: "chefer", "skolsköterskor"), not an organisation: "Elevhälsochefer i de tre
    kommunerna", "Rektorer och kuratorer". A name of the organisation itself opens with its own noun.

    >>> _role_plural("Elevhälsochefer i de tre kommunerna"), _role_plural("Skolsköterskor i Ankeby")
    (True, True)
    >>> _role_plural("Räddningstjänsten Östra Skaraborg"), _role_plural("Socialtjänsten i Hjo")
    (False, False)
    """
    first = name.split()[0] if name.split() else ""
    if not first[:1].isupper() or not first.endswith(("er", "or", "ar")):
        return False
    return any(t.scheme == "audience" and t.start == 0 for t in lexicon().tag(name))


def _known_start(title: str, found: dict[str, Mention]) -> str | None:
    """The name of a thing already read that ``title`` opens with, a preposition right after it: the
    title is that thing taken up again, and the rest an adverbial of the clause.

    >>> m = Mention("resource", "Trygg hemgång – stöd", Source("r", 1, ""), alt_names=("Trygg hemgång",))
    >>> _known_start("Trygg hemgång på ett gemensamt möte", {fold(m.name): m})
    'Trygg hemgång'
    >>> _known_start("Trygg hemgång för unga", {}), _known_start("Trygg hemgång", {fold(m.name): m})
    (None, None)
    """
    names = sorted({n for m in found.values() if m.kind != "actor" for n in (m.name, *m.alt_names)}, key=len)
    for name in reversed(names):
        rest = title[len(name) :].split() if title.startswith(f"{name} ") else []
        if rest and rest[0] in PREPOSITIONS:
            return name
    return None


def _made_titles(sentence: str) -> list[tuple[int, str, Cue | None]]:
    """Titles a sentence says are made: the particle of a making verb ("ta fram", "ge ut",
    :data:`loader.grammar.PARTICLES`) right before a capitalised word mid-sentence, which can
    only be a proper name. The title runs to the clause's end (a subtitle after a dash included)
    and stops before an adverbial ("i samarbete med …", "inom ramen för …"); an appositive after
    it says what it is ("…, en webbsida där …"). A task ("• ta fram X") names its product too.

    >>> text = ("Utifrån kartläggningen ta fram Vägvisaren – stöd för barn och unga i Uppsala län, "
    ...         "en webbsida där barn kan hitta rätt stöd.")
    >>> [(t, c.form if c else None) for _, t, c in _made_titles(text)]
    [('Vägvisaren – stöd för barn och unga i Uppsala län', 'webbplats')]
    >>> [t for _, t, _ in _made_titles("Regionen har tagit fram Trygg i skolan tillsammans med Skolverket.")]
    ['Trygg i skolan']
    >>> [(t, c.form if c else None) for _, t, c in _made_titles("Vi tar fram webbsidan Hjälpkartan – stöd för unga.")]
    [('Hjälpkartan – stöd för unga', 'webbplats')]
    >>> _made_titles("Kansliet tar fram Region Uppsalas underlag.")
    []
    >>> [(t, c.form if c else None) for _, t, c in _made_titles("Under året ska Hjälpkartan tas fram, en webbplats.")]
    [('Hjälpkartan', 'webbplats')]
    >>> _made_titles("Under året har materialet tagits fram.")
    []
    """
    toks = list(_TOKEN.finditer(sentence))
    out: list[tuple[int, str, Cue | None]] = []
    low = sentence.lower()
    for k in range(3, len(toks)):
        # The s-passive: the title is the subject between the finite auxiliary and the passive
        # verb with its particle ("… ska Vägvisaren – stöd för unga tas fram, en webbsida …").
        verb = toks[k - 1].group().lower()
        if toks[k].group().lower() not in PARTICLES or not (verb.endswith("s") and verb.isalpha()):
            continue
        aux = next((a for a in range(k - 2, max(k - 18, 0), -1) if toks[a].group().lower() in AUXILIARIES), None)
        if aux is None or aux + 1 >= k - 1:
            continue
        first = toks[aux + 1].group()
        span = [t.group() for t in toks[aux + 1 : k - 1]]
        if not first[:1].isupper() or first.lower() in FUNCTION_WORDS or is_organisation(first):
            continue
        if any(not w[:1].isalnum() and w not in "–-" for w in span):
            continue
        title = clean(sentence[toks[aux + 1].start() : toks[k - 2].end()])
        cue = _appositive(toks, k + 1)
        out.append((toks[aux + 1].start(), title, cue))
    for p in range(1, len(toks) - 1):
        if toks[p].group().lower() not in PARTICLES or not toks[p - 1].group().isalpha():
            continue
        # A resource cue noun in the definite form may introduce the title ("ta fram webbsidan
        # Vägvisaren – stöd för …"): it says what the thing is.
        k, head = p, cue_nouns().match(toks[p + 1].group())
        if head is not None and head.kind == "resource" and toks[p + 1].group()[:1].islower():
            if toks[p + 1].group().lower() == head.label.lower() or p + 2 >= len(toks):
                continue  # the bare noun names a kind of thing, not this one
            k += 1
        else:
            head = None
        first = toks[k + 1].group()
        if not first[:1].isupper() or first.lower() in FUNCTION_WORDS:
            continue
        if is_organisation(sentence[toks[k + 1].start() :]):
            continue
        end = k + 2
        while end < len(toks) and end - k < 16:
            word = toks[end].group()
            if word in "–-" and end + 1 < len(toks):
                end += 1
                continue
            if not word[:1].isalnum() or word.lower() in _TITLE_STOP:
                break
            if any(low.startswith(p + " ", toks[end].start()) for p in (*COMPLEX_PREPOSITIONS, *_ADVERBIALS)):
                break
            end += 1
        while end > k + 2 and (toks[end - 1].group().lower() in FUNCTION_WORDS or toks[end - 1].group() in "–-"):
            end -= 1
        title = clean(sentence[toks[k + 1].start() : toks[end - 1].end()])
        out.append((toks[k + 1].start(), title, _appositive(toks, end) or head))
    return out


def _appositive(toks: list[re.Match[str]], end: int) -> Cue | None:
    """The cue of an appositive at ``toks[end]`` ("…, en webbsida där …"): its noun, after its
    adjectives, says what the thing before it is."""
    if end + 2 >= len(toks) or toks[end].group() != "," or toks[end + 1].group().lower() not in ARTICLES:
        return None
    j = end + 2
    while j < len(toks) - 1 and toks[j].group()[:1].islower() and cue_nouns().match(toks[j].group()) is None:
        j += 1
    return cue_nouns().match(toks[j].group())


#: Adverbials of partnership that follow a made thing ("i samarbete med X"): multi-word
#: prepositions like :data:`loader.grammar.COMPLEX_PREPOSITIONS`, never part of a title.
_ADVERBIALS = ("i samarbete med", "i samverkan med", "tillsammans med")


#: The reflexive possessive pronouns (the closed class loader.grammar.POSSESSIVES leaves out).
_REFLEXIVES = frozenset({"sin", "sitt", "sina"})


def _cut_before_adverbial(name: str) -> str:
    """A name read on in lower case ends before an adverbial of the clause: "från" and the maker's
    name or abbreviation ("filmserien Livlinan från SKR vid föräldramöten" names "Livlinan"), or a
    preposition before a possessive pronoun, which refers to the clause's subject ("webbutbildningen
    Pausrummet under sitt första år" names "Pausrummet").

    >>> _cut_before_adverbial("Livlinan från SKR vid föräldramöten och i studiecirklar")
    'Livlinan'
    >>> _cut_before_adverbial("Pausrummet under sitt första år"), _cut_before_adverbial("Lotsen i sin vardag")
    ('Pausrummet', 'Lotsen')
    >>> _cut_before_adverbial("Hjälp från början"), _cut_before_adverbial("Röster från Region Norr")
    ('Hjälp från början', 'Röster')
    """
    words = name.split()
    for k in range(1, len(words) - 1):
        w, nxt = words[k], words[k + 1]
        maker = w == "från" and ((nxt.isupper() and len(nxt) >= 2) or is_organisation(" ".join(words[k + 1 :])))
        if maker or (w in PREPOSITIONS and nxt.lower() in POSSESSIVES | _REFLEXIVES):
            return " ".join(words[:k])
    return name


def _only_mentioned(name: str, sentence: str) -> bool:
    """Whether ``name`` is a common thing's one-word definite noun the sentence only mentions:
    a compound of a form noun ("Skolenkäten", "the school survey") inside the sentence, not its
    subject, and nothing after it goes on about it. A plan names a thing it presents by
    introducing it ("Elevhälsoportalen, www…, är en verksamhet …").

    >>> _only_mentioned("Skolenkäten", "Resultaten från Skolenkäten visar att elever mår dåligt.")
    True
    >>> _only_mentioned("Elevhälsoportalen", "Elevhälsoportalen är en verksamhet inom centrum.")
    False

    A dash subtitle after it makes the word a title: a common noun has none ("Personalen använder
    Stödboken – råd för samtal med unga i sitt arbete").

    >>> _only_mentioned("Stödboken", "Personalen använder Stödboken – råd för samtal med unga i sitt arbete.")
    False
    """
    if " " in name or not name.lower().endswith(("en", "et")) or sentence.lstrip().startswith(name):
        return False
    if re.search(rf"{re.escape(name)}\s+[–-]\s+[a-zåäö]", sentence):
        return False
    cue = cue_nouns().match(name)
    return cue is not None and cue.kind == "resource" and len(stem_key(name)) > len(stem_key(cue.label)) + 2


def _event_title(name: str, sentence: str) -> str:
    """An event's name as the sentence writes it: a compound event noun in the definite before the
    name is part of it ("Gruppledarträffen Tidiga insatser"; a bare "Konferensen X" is not), and the
    name ends before a finite verb ("… hölls i mars").

    >>> _event_title("Tidiga insatser hölls i mars", "Gruppledarträffen Tidiga insatser hölls i mars.")
    'Gruppledarträffen Tidiga insatser'
    >>> _event_title("Unga och stress", "Konferensen Unga och stress samlade 200 personer.")
    'Unga och stress'
    """
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in COMMON_VERBS | AUXILIARIES), len(words))
    name = " ".join(words[:cut])
    at = sentence.find(name)
    before = sentence[:at].split() if at > 0 else []
    cue = cue_nouns().match(before[-1]) if before else None
    if cue is not None and cue.kind == "event" and before[-1][:1].isupper() and before[-1].endswith(("en", "et")):
        if len(stem_key(before[-1])) > len(stem_key(cue.label)) + 2:
            return f"{before[-1]} {name}"
    return name


def _cut_before_audience(name: str) -> str:
    """A title without the audience the sentence gives it: "Psykisk hälsa på landsbygden för
    personal i hemtjänst" names "Psykisk hälsa på landsbygden". Only a title whose head is no
    form noun is cut ("Utbildning för chefer" is named by what it is and for whom), at "för" before
    a word of the audience vocabulary, keeping two words or more; a dash subtitle is the title's own.

    >>> _cut_before_audience("Psykisk hälsa på landsbygden för personal i hemtjänst och primärvård")
    'Psykisk hälsa på landsbygden'
    >>> _cut_before_audience("Utbildning i samtal för chefer")
    'Utbildning i samtal för chefer'
    """
    words = name.split()
    if " – " in name or not words or cue_nouns().match(words[0]) is not None or not name[:1].isupper():
        return name
    for m in re.finditer(r"\s+för\s+", name):
        before = name[: m.start()]
        if len(before.split()) < 2:
            continue
        if any(t.scheme == "audience" and t.start == 0 for t in lexicon().tag(name[m.end() :])):
            return before
    return name


_YEAR_WORD = re.compile(r"(?:19|20)\d\d")


#: Words that open a subtitle made of a clause, not of a noun phrase ("– vem gör vad i X", "– så gör
#: du som chef", "– när en kollega mår dåligt"): the clause is the subtitle's whole, to its punctuation.
_CLAUSE_OPENERS = frozenset({"vem", "vad", "hur", "när", "var", "varför", "så"})
#: What a noun phrase in object position is followed by when the clause goes on after it: a relative
#: "som", a conjunction before a new clause or a new noun phrase ("och dess checklista", "och ska").
_NP_FOLLOWERS = frozenset({"som", "där", "vilket", "vilka"})
_REFERRING = POSSESSIVES | DEMONSTRATIVES | ARTICLES | QUANTIFIERS | frozenset({"sin", "sitt", "sina"})


def _passive(word: str, following: str) -> bool:
    """Whether a lower-case ``word`` is an s-passive after its subject ("erbjuds via", "sprids under",
    "antogs av", "drivs i"): a verb stem in a consonant plus "-s", followed by a preposition, an adverb,
    a name, a number or nothing; a genitive in "-s" is followed by its noun ("barns hälsa").

    >>> _passive("erbjuds", "via"), _passive("antogs", "av"), _passive("elevhälsans", "kuratorer")
    (True, True, False)
    """
    nxt = following.lower().strip(".,;:!?()")
    after = not nxt or nxt in PREPOSITIONS or nxt in ADVERBS or following[:1].isupper() or following[:1].isdigit()
    return len(word) >= 6 and word.isalpha() and word.islower() and word.endswith(("ds", "gs", "vs")) and after


def _is_verb(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a finite or passive verb (:func:`verb_form`, :func:`_passive`,
    :func:`_second_place_verb`), not a word of a noun phrase."""
    w = words[k].strip(".,;:!?")
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if not w[:1].islower() or not w.isalpha() or w in PREPOSITIONS or w in CONJUNCTIONS:
        return False
    if w not in AUXILIARIES and cue_nouns().match(w) is not None:
        return False  # a noun of the form vocabulary, whatever its ending ("webbplats", "grundkurs")
    return verb_form(w, nxt) or _passive(w, nxt) or _second_place_verb(w, [nxt] if nxt else [])


def _subtitle_extent(words: list[str], subject: bool) -> int | None:
    """How many of ``words``, the words after a title's dash up to the next punctuation, are its
    subtitle (None when the reading finds no end). Grammar of a Swedish noun phrase:

    * the title is the clause's subject (no verb before it): the subtitle runs to the clause's verb;
      a relative clause inside it has its own verb right after "som" ("… för äldre som lever i
      ensamhet startade 2061" ends before "startade");
    * the title is an object or stands after the verb: the subtitle runs to the end of its phrase,
      which a relative "som", a conjunction opening a new phrase ("och dess checklista"), a verb or an
      adverbial of the clause (a place or time with a determiner: "i alla tre kommunerna", "under
      2062"; a recipient in the genitive: "till länets vårdcentraler") ends.

    >>> words = "samtalsgrupper för äldre som lever i ensamhet startade i Ankeby 2061".split()
    >>> _subtitle_extent(words, True)
    7
    >>> _subtitle_extent("vägledning för första linjens samtal med unga 13–24 år".split(), False)
    9
    >>> _subtitle_extent("stöd för chefer vid återgång och dess checklista".split(), False)
    5
    >>> _subtitle_extent("kunskapsstöd för primärvården till länets vårdcentraler".split(), False)
    3
    >>> _subtitle_extent("kunskapsstöd för primärvården i arbetet".split(), False)
    3
    >>> _subtitle_extent("stöd för unga erbjuds nu".split(), False), _subtitle_extent("stöd för unga".split(), True)
    (3, None)
    >>> _subtitle_extent("en webbplats för unga lanseras 2055".split(), True)
    4
    """
    if not words or words[0].lower() in _CLAUSE - ARTICLES or words[0].lower() in PREPOSITIONS | CONJUNCTIONS:
        return None
    if words[0].lower() in _CLAUSE_OPENERS:
        return None if subject else len(words)
    relative = False
    for k, w in enumerate(words):
        low = w.lower()
        if k and low in _NP_FOLLOWERS:
            if not subject:
                return k
            relative = True
            continue
        if relative and (low in ADVERBS or not w[:1].islower() or low in PRONOUNS):
            continue  # "som inte …", "som SKR tog fram": the relative clause's adverb or subject
        if k and relative and w.isalpha():
            relative = False  # the relative clause's verb: "som lever", "som är"
            continue
        if k and _is_verb(words, k):
            return k
        if subject:
            continue
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        if k and low in CONJUNCTIONS and (nxt in _REFERRING or nxt in AUXILIARIES):
            return k  # "… och dess checklista", "… och ska spridas"
        if k and low in PREPOSITIONS and (nxt in QUANTIFIERS | DEMONSTRATIVES or _YEAR_WORD.fullmatch(nxt)):
            return k  # an adverbial of place or time: "i alla tre kommunerna", "under 2062"
        if k and low == "till" and re.fullmatch(r"[a-zåäö]{3,}(?:ens|ets|nas|s)", nxt) and nxt not in PREPOSITIONS:
            return k  # a recipient in the genitive: "sprida X – … till länets vårdcentraler"
    if subject:
        return None
    closing = len(words) >= 4 and words[-2] in ("i", "på", "vid", "inom")
    if closing and re.fullmatch(r"[a-zåäö]{3,}(?:en|et|an|na)", words[-1]):
        # a place in the definite closing the clause is the verb's: "använder X – … i arbetet"
        return len(words) - 2
    return len(words)


def _has_verb(text: str) -> bool:
    """Whether ``text``, what a sentence says before a title, holds a verb (:func:`_is_verb`, an
    auxiliary): a title after it is no subject. A present tense right before the title takes it as
    its object ("Personalen använder Ledet – …"): a plural noun in "-r" is followed by its
    preposition or its verb, not by a name.

    >>> _has_verb("Personalen använder "), _has_verb("Under 2062 lanseras "), _has_verb("Modellen ")
    (True, True, False)
    """
    words = text.split()
    last = words[-1] if words else ""
    present = last.isalpha() and last.islower() and last.endswith("r") and len(last) >= 5
    present = present and last not in FUNCTION_WORDS and cue_nouns().match(last) is None
    return present or any(w.lower() in AUXILIARIES or _is_verb([*words, "X"], k) for k, w in enumerate(words))


def _with_subtitle(name: str, sentence: str) -> str:
    """A title with the dash subtitle the sentence gives it after the name: one that says what
    the title is by a form noun and what it is for ("Bedömning av suicidrisk – kunskapsstöd för
    primärvården"), or closes with a year ("Psykisk hälsa i X – analys 2023").

    >>> _with_subtitle("Psykisk hälsa i Norrby", "Rapporten Psykisk hälsa i Norrby – analys 2023 visar behov.")
    'Psykisk hälsa i Norrby – analys 2023'
    >>> text = "Sprida Bedömning av suicidrisk – kunskapsstöd för primärvården till länets vårdcentraler."
    >>> _with_subtitle("Bedömning av suicidrisk", text)
    'Bedömning av suicidrisk – kunskapsstöd för primärvården'
    >>> _with_subtitle("Hälsa i X 2032", "Analysen Hälsa i X 2032 – läget i länet visar att fler söker.")
    'Hälsa i X 2032 – läget i länet'
    >>> _with_subtitle("Region Norrby", "Region Norrby – som leder arbetet – har fått medel.")
    'Region Norrby'
    >>> _with_subtitle("Tidig kontakt", "Det beskrivs i foldern Tidig kontakt – så gör du som chef (2047).")
    'Tidig kontakt – så gör du som chef'
    >>> _with_subtitle("Nära stöd", "Läs guiden Nära stöd – när en kollega mår dåligt (2031) på webben.")
    'Nära stöd – när en kollega mår dåligt'

    A paragraph opening with the title: the subtitle runs to the verb, over a relative clause.

    >>> _with_subtitle("Ledstången", "Ledstången – metodstöd för första linjens samtal med unga togs fram 2050.")
    'Ledstången – metodstöd för första linjens samtal med unga'
    >>> _with_subtitle("Räcket", "Räcket – en modell för samordnad rehabilitering är en arbetsmodell.")
    'Räcket – en modell för samordnad rehabilitering'
    >>> _with_subtitle("Bryggan", "Bryggan – stöd för vuxna som är 18 år eller äldre togs fram 2060.")
    'Bryggan – stöd för vuxna som är 18 år eller äldre'

    After the verb, the subtitle runs to the end of its phrase (an age range's dash is no dash).

    >>> _with_subtitle("Ledet", "Personalen använder Ledet – vägledning för samtal med unga 13–24 år.")
    'Ledet – vägledning för samtal med unga 13–24 år'
    >>> _with_subtitle("Ledet", "Personalen använder Ledet – stöd för första linjen som gemensamt stöd.")
    'Ledet – stöd för första linjen'
    """
    at = sentence.find(name)
    if at < 0 or " – " in name:
        return name
    m = re.match(r"\s+[–-]\s+([a-zåäö](?:[^.;:,()–]|(?<=\d)–(?=\d))*)", sentence[at + len(name) :])
    if m is None:
        return name
    words = m.group(1).split()
    if len(words) <= 10 and re.match(r"\((?:19|20)\d\d\)", sentence[at + len(name) + m.end() :]):
        # "foldern X – så gör du som chef (2047)": a year in brackets closes a cited title, which
        # runs to it whatever its words (a subtitle may address the reader).
        return f"{name} – {' '.join(words)}"
    for n, w in enumerate(words[:5]):
        if _YEAR_WORD.fullmatch(w):
            if any(x.lower() in _CLAUSE for x in words[:n]):
                return name
            return f"{name} – {' '.join(words[: n + 1])}"
    # the noun phrase's grammar: to the clause's verb when the title is its subject, to the end of
    # the phrase when it stands after the verb (:func:`_subtitle_extent`)
    lead = 1 if len(words) > 1 and words[0] in ("en", "ett") else 0  # "Ankaret – en modell för …"
    subject = not _has_verb(sentence[:at])
    # (after the verb, an indefinite article opens an appositive that describes the title, not its
    # subtitle: "använder Trygg i nytt land – en serie filmer om sömn")
    take = _subtitle_extent(words[:16], subject) if subject or not lead else None
    if take:
        return f"{name} – {' '.join(words[:take])}"
    cue = cue_nouns().match(words[lead]) if words else None
    if cue is not None and cue.kind == "resource" and not sentence[:at].strip():
        # A paragraph that opens with a title and its subtitle is about that support: the title is
        # the subject, and the subtitle runs to the sentence's verb ("Startlinjen – metodstöd för
        # första linjens samtal med unga togs fram 2054 …").
        verb = next((n for n, w in enumerate(words[:13]) if n > lead and finite_verb(w)), None)
        if verb and not any(x.lower() in _CLAUSE or x.lower() in CONJUNCTIONS for x in words[lead + 1 : verb]):
            return f"{name} – {' '.join(words[:verb])}"
    if lead:
        return name
    if cue is None or cue.kind != "resource":
        # a subtitle of its own words that runs up to the sentence's verb ("Analysen Psykisk hälsa i
        # X 2032 – läget i länet visar att …"): the title is the subject, the verb says what it does
        verb = next((n for n, w in enumerate(words[:6]) if w in COMMON_VERBS), None)
        if verb and not any(x.lower() in _CLAUSE or x.lower() in CONJUNCTIONS for x in words[:verb]):
            return f"{name} – {' '.join(words[:verb])}"
        return name
    take = 1
    if len(words) > 2 and words[1] in PREPOSITIONS and words[2].lower() not in _CLAUSE:
        take = 3
        if len(words) > 4 and words[3] == "och" and words[4].lower() not in _CLAUSE:
            take = 5
    return f"{name} – {' '.join(words[:take])}"


def _cut_before_verb(name: str) -> str:
    """A name ends before a verb with its particle ("ta fram", "ge ut", "följa upp"): what follows
    is the clause the name is the object or subject of, not the name ("Utifrån rapporten Vägar in
    ta fram Ingången …" names "Vägar in"). An infinitive after "att" stays ("Att följa upp …").

    >>> _cut_before_verb("Vägar in ta fram Ingången Västerbotten")
    'Vägar in'
    >>> _cut_before_verb("Att följa upp suicidförsök")
    'Att följa upp suicidförsök'
    >>> _cut_before_verb("Hjälpkartan")
    'Hjälpkartan'
    """
    words = name.split()
    for k in range(1, len(words) - 1):
        verb, particle = words[k], words[k + 1]
        if (
            verb.isalpha()
            and verb.islower()
            and particle.lower() in PARTICLES
            and words[k - 1].lower() != "att"
            and any(w[:1].isupper() for w in words[:k])
        ):
            return " ".join(words[:k])
    return name


#: A present s-passive of a short verb stem: "visas", "ges", "nås", "sprids", "hålls" ("-as" after a stem
#: of three letters or more, "-es"/"-ås", or "d", "g", "l" after the stem's vowel, before the passive
#: "-s"); nouns in "-s" end otherwise ("kurs", "process", "fokus", "kris", "bas").
_S_PASSIVE = re.compile(r"(?:[a-zåäö]{3,5}a|[a-zåäö]{1,5}[eå]|[a-zåäö]{1,5}[aeiouyåäö][dgl]|[a-zåäö]{1,5}l[ld])s")


def _cut_before_finite(name: str) -> str:
    """A name ends before the finite verb of the clause it is the subject of: a frequent finite
    verb or auxiliary (:func:`loader.grammar.finite_verb`) or an s-passive in the present
    ("Tryggare tonår erbjuds föräldrar …", "Hemma igen stödjer placerade barn …", "Att fråga om
    suicid ska vara genomförd …"). A title with its subtitle after a dash, and a question title,
    keep their verbs ("Stress – när ska jag söka hjälp?", "När det värsta har hänt – till dig …").

    >>> _cut_before_finite("Tryggare tonår erbjuds föräldrar"), _cut_before_finite("Hemma igen stödjer barn")
    ('Tryggare tonår', 'Hemma igen')
    >>> _cut_before_finite("Att fråga om suicid ska vara genomförd av all personal")
    'Att fråga om suicid'
    >>> _cut_before_finite("Stress – när ska jag söka hjälp?"), _cut_before_finite("Hela Norrby mår bra")
    ('Stress – när ska jag söka hjälp?', 'Hela Norrby mår bra')
    >>> _cut_before_finite("Du är inte ensam"), _cut_before_finite("När det värsta har hänt – till dig")
    ('Du är inte ensam', 'När det värsta har hänt – till dig')
    >>> _cut_before_finite("Vägvisaren Ydre samlar därför alla ingångar")
    'Vägvisaren Ydre'
    >>> _cut_before_finite("Ydre tillsammans inleddes 2058"), _cut_before_finite("Ydre i balans startades 2057")
    ('Ydre tillsammans', 'Ydre i balans')
    >>> _cut_before_finite("Lövkojan visas på träffpunkter"), _cut_before_finite("Grindstugan sprids till skolor")
    ('Lövkojan', 'Grindstugan')
    >>> _cut_before_finite("Kurs i samtal om fokus på barn"), _cut_before_finite("Trygg bas för föräldrar")
    ('Kurs i samtal om fokus på barn', 'Trygg bas för föräldrar')
    """
    if name.endswith("?") or " – " in name:
        return name  # a question, or a main title with its subtitle: the whole title
    words = name.split()
    if words and words[0].lower() in PRONOUNS:
        return name  # a title that is a clause of its own ("Du är inte ensam", "Vi ses")
    for k in range(1, len(words)):
        w = words[k]
        passive = len(w) >= 6 and w.endswith(("as", "ds")) and w.isalpha()
        # a short s-passive before its adverbial's preposition ("Lövkojan visas på träffpunkter",
        # "Grindstugan sprids till", "Våga fråga ges till"): a genitive in "-s" is followed by its
        # noun, never by a preposition
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        passive = passive or (_S_PASSIVE.fullmatch(w) is not None and nxt in PREPOSITIONS)
        if w.islower() and (finite_verb(w) or passive or _second_place_verb(w, words[k + 1 : k + 2])):
            return " ".join(words[:k])
        if w.islower() and w.endswith(("ades", "dde", "ddes")) and _is_verb(words, k):
            return " ".join(words[:k])  # a past tense or its passive: "X inleddes 2058", "X startade …"
    return name


def _second_place_verb(word: str, after: list[str]) -> bool:
    """Whether ``word`` is a present-tense verb by the Swedish verb-second order: a word in "-ar"/"-er"
    right after the subject and followed by a sentence adverb ("Ungdomsguiden Göinge samlar därför …",
    "Lotsen erbjuder också …") or by a noun in the definite genitive, which never follows the noun it
    qualifies ("Nätverket Norr samlar kommunernas kontaktpersoner").

    >>> _second_place_verb("samlar", ["därför"]), _second_place_verb("samlar", ["kommunernas"])
    (True, True)
    >>> _second_place_verb("insatser", ["för"]), _second_place_verb("metoder", [])
    (False, False)
    >>> _second_place_verb("samlar", ["alla"])
    False
    """
    nxt = after[0].lower().strip(".,;:") if after else ""
    if len(word) < 4 or not word.isalpha() or not word.endswith(("ar", "er")) or not nxt:
        return False
    return nxt in ADVERBS or re.fullmatch(r"[a-zåäö]{2,}(?:ens|ets|nas)", nxt) is not None


def _cut_before_range(name: str, sentence: str) -> str:
    """A name the reader stopped inside a number range ("… med barn 3" of "barn 3–12 år") ran past
    its end into a phrase about whom the thing is for: it ends before that phrase's preposition.

    >>> text = "programmet Stärkt föräldraskap till föräldrar med barn 3–12 år."
    >>> _cut_before_range("Stärkt föräldraskap till föräldrar med barn 3", text)
    'Stärkt föräldraskap'
    >>> _cut_before_range("Första linjen 2021", "Rapporten Första linjen 2021 visar")
    'Första linjen 2021'

    The phrase opens at the preposition before a word of the target groups or users; a
    preposition before it belongs to the title ("Trygg i skolan för föräldrar med barn 6–9 år").

    >>> text = "programmet Trygg i skolan för föräldrar med barn 6–9 år."
    >>> _cut_before_range("Trygg i skolan för föräldrar med barn 6", text)
    'Trygg i skolan'
    """
    at = sentence.find(name)
    if at < 0 or not name[-1:].isdigit() or not re.match(r"\s*[–-]\s*\d", sentence[at + len(name) :]):
        return name
    words = name.split()
    preps = [k for k in range(1, len(words)) if words[k] in PREPOSITIONS]
    whom = next(
        (
            k
            for k in preps
            if any(
                t.scheme in ("target-group", "audience") and t.start == 0
                for t in lexicon().tag(" ".join(words[k + 1 :]))
            )
        ),
        None,
    )
    cut = whom if whom is not None else next(iter(preps), None)
    return " ".join(words[:cut]) if cut else name


#: A sentence that opens with a pronoun taking up the thing just named: "Den hjälper …",
#: "Detta stöd …", "Det är ett webbaserat utbildningsprogram …" (the expletive "Det finns …",
#: "Det är viktigt att …" says nothing of it: "det" refers back only before a copula and an article).
def _refers_back(name: str, later: list[str], alts: tuple[str, ...] = ()) -> list[str]:
    """The sentences among ``later`` that go on about the thing ``name`` names, in one run right
    after the sentence that names it: those that name it again (by its name or another name),
    take up its head noun ("Elevhälsoportalen, … är en verksamhet …. Portalen erbjuder stöd till
    skolor …") or open with a pronoun for it ("Psyk E-Bas är ett program … Det är ett webbaserat
    utbildningsprogram …"). The run ends at the first sentence about something else. The reading
    is the one the layouts share (:func:`loader.refers_back.following`).

    >>> _refers_back("Elevhälsoportalen", ["Portalen erbjuder stöd till skolor.", "Skolor är viktiga."])
    ['Portalen erbjuder stöd till skolor.']
    >>> _refers_back("Psyk E-Bas", ["Psyk E-Bas är ett program för personal.", "Det är ett webbaserat program.",
    ...                             "Det finns också annat."])
    ['Psyk E-Bas är ett program för personal.', 'Det är ett webbaserat program.']
    >>> _refers_back("Stärkt föräldraskap", ["Kommunen har tio skolor."])
    []

    A sentence about a new version or edition of the thing ("En ny version av vårdprogrammet är under
    utveckling") is about another thing: its status and dates are not the named one's.

    >>> later = ["Vårdprogrammet beskriver ansvaret.", "En ny version av vårdprogrammet är under utveckling."]
    >>> _refers_back("Vårdprogram Ydre", later)
    ['Vårdprogrammet beskriver ansvaret.']
    """
    run = following(name, later, cue_nouns(), alts)
    end = next((k for k, s in enumerate(run) if _NEW_VERSION.match(s)), len(run))
    return run[:end]


#: A sentence whose subject is a new version or edition of something ("En ny version av …").
_NEW_VERSION = re.compile(r"(?:En|Ett|Den|Det) (?:\w+ ){0,2}(?:version|upplaga|utgåva)(?:en|n)?\b")


def _footnote_urls(plan: _Plan) -> dict[str, tuple[str, ...]]:
    """Footnote number → the URLs it gives ("10 Läs mer om PAX på hemsidan, http://paxiskolan.se.")."""
    notes: dict[str, tuple[str, ...]] = {}
    for i, ln in enumerate(plan.lines):
        if plan.footnote(i):
            number, text = clean(ln.text).split(" ", 1)
            urls = tuple(u.rstrip(".,;)") for u in re.findall(r"https?://\S+", text))
            if urls:
                notes.setdefault(number, urls)
    return notes


def _with_footnote_urls(plan: _Plan, mention: Mention, notes: dict[str, tuple[str, ...]]) -> Mention:
    """The mention with the URLs of the footnote marked right after its name or abbreviation.

    "… Youth Aware of Mental health (YAM)9 och PAX Good Behavior Game (PAX)10." — the marks
    are stripped from the text the layout reads, so they are looked for in the raw lines.
    """
    rows = [i for i, ln in enumerate(plan.lines) if ln.number == mention.source.line]
    if not rows:
        return mention
    raw = " ".join(plan.lines[i].text for i in range(rows[0], min(rows[0] + 4, len(plan.lines))))
    for label in (*mention.alt_names, mention.name):
        m = re.search(rf"{re.escape(label)}\)?(\d{{1,2}})(?![\d])", raw)
        if m and m.group(1) in notes:
            urls = tuple(dict.fromkeys((*mention.urls, *notes[m.group(1)])))
            return replace(mention, urls=urls)
    return mention


def _resource(
    plan: _Plan,
    row: int,
    name: str,
    sentence: str,
    abbr: str | None,
    areas: list[_Area],
    *,
    location: str | None = None,
    url: str | None = None,
    kind: str | None = None,
    form: str | None = None,
) -> Mention:
    area = _area_at(areas, row)
    heading = plan.headings[row]
    if _GROUP_HEAD.match(heading):
        # a group of activities ("Aktiviteter 2035:") is the plan's structure, not a topic: the
        # heading above it scopes the items its activities name
        heading = plan.scope(row)
    parent = next((a for a in areas if area and a.name == area.parent), None)
    scoping = {"care-level", "target-group"}
    if (
        area is not None
        and parent is not None
        and heading == plan.texts[area.row]
        and not any(t.scheme in scoping for t in lexicon().tag(heading))
    ):
        # a part of a focus area whose heading names no level or group ("6.1 Sysselsättning och
        # boende" under "Område 6. Personer med psykisk funktionsnedsättning") is scoped by the
        # area's heading, the nearest one that says whom the items are for
        heading = plan.texts[parent.row]
    return Mention(
        kind or "resource",
        name,
        plan.source(row, sentence),
        description=sentence,
        heading=heading,
        alt_names=(abbr,) if abbr and abbr != name else (),
        location=location,
        urls=(url,) if url else (),
        forms=(form,) if form and kind in (None, "resource") else (),
        # A network or working group the plan names is an actor of type nätverk.
        actor_types=("natverk",) if kind == "actor" else (),
        relations=(Relation("focus-area", "focus-area", area.name),) if area else (),
    )
