"""Organisations named in running text become actors (reading guide: "Actors are organisations").

Layouts read items; an organisation a report names in a sentence that belongs to no item
(a list of partner agencies, an international network, a pilot region) would otherwise have
no source in that report. This stage reads every sentence of a :class:`Document` and emits
one actor mention per organisation named there:

* what the actor lexicon (``data/actors.ttl``) knows and its generic name patterns find
  (:meth:`loader.actors.ActorLexicon.find`), over the sentence with hyphenated line ends
  joined ("Organi-\\nsationen för …") so names broken across lines are found;
* the quote is the sentence (at most 300 characters around the name), the trigger the name as
  written, with exact offsets, line and page;
* where a role frame of :func:`loader.actors.actor_roles` gives the organisation a role and the
  sentence names exactly one item the layouts read, the item gets that role.

Precision guards, each a rule of the reading guide:

* persons are never actors: a one-word name right after a capitalised first name
  ("Anna Mind") is a surname;
* generic nouns are not organisations: a surface that is a lower-case label of an actor *type*
  in ``ontology/vocab/actor-type.ttl`` ("regeringen", "staten", "kommuner") names a kind of
  actor, not one organisation;
* an organisation inside the name of another item the layouts read ("Region Stockholms
  handlingsplan …") is part of a title, not a mention of the organisation;
* "X och Y" naming two organisations gives two hits (the lexicon finds each);
* a name followed by a county ("Nationell samverkan för psykisk hälsa (NSPH) Stockholms län")
  is the county branch, not the national organisation the lexicon knows.

>>> from loader.actors import ActorEntry, ActorLexicon
>>> from loader.model import Document, Line
>>> lex = ActorLexicon([ActorEntry("oecd", "OECD"), ActorEntry("who", "Världshälsoorganisationen", ("WHO",))])
>>> doc = Document("r", (Line(1, "Dialoger sker med WHO och"), Line(2, "OECD samt Grums kommun.")))
>>> [(m.name, m.source.line, m.source.trigger) for m in read_organisations(doc, [], lex)]
[('WHO', 1, 'WHO'), ('OECD', 2, 'OECD'), ('Grums kommun', 2, 'Grums kommun')]
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from loader.actors import (
    COUNTY_BRANCH,
    ORG_HEAD,
    PLACE_AFTER,
    ActorHit,
    ActorLexicon,
    actor_cue_nouns,
    actor_roles,
    branch_name,
    guess_type,
    sector_heading,
    unit_noun,
    vocabulary_tagged,
)
from loader.document import Sentence
from loader.grammar import (
    ARTICLES,
    COMPASS_ADJECTIVES,
    DEFINITE_ENDINGS,
    DEMONSTRATIVES,
    FUNCTION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    PRONOUNS,
    QUANTIFIERS,
    finite_verb,
)
from loader.lexicon import Lexicon, class_annotations
from loader.model import ActorRole, Document, Line, Mention, Source
from loader.text import MAX_QUOTE, fold, slugify

__all__ = ["OrganisationHit", "defined_abbreviations", "find_organisations", "generic_nouns", "read_organisations"]

_ACTOR_TYPES = Path(__file__).resolve().parent.parent / "ontology" / "vocab" / "actor-type.ttl"
# Blocks that are page furniture or bare URL lists carry no sentences about organisations.
_SKIP_BLOCKS = frozenset({"artefact", "link-block"})
# Kinds of items an organisation's role can attach to (the things a sentence can name).
_ITEM_KINDS = frozenset({"resource", "initiative", "event", "agreement"})
# A hyphen ending a line inside a word ("Organi-\nsationen"): joined for matching. A hyphen
# before "och"/"eller" ("ungdoms- och") is a Swedish compound ellipsis and is kept.
_LINE_HYPHEN = re.compile(r"(?<=[a-zåäöé])-[ \t]*\n\s*(?=[a-zåäöé])(?!(?:och|eller|samt)\b)")
# A footnote number glued to a name ("SBU3 fram en modell"): dropped for matching.
_GLUED_REF = re.compile(r"(?<=[A-Za-zåäöÅÄÖé])\d{1,2}(?=[\s.,;:)]|$)")
_REMOVABLE = re.compile(f"{_LINE_HYPHEN.pattern}|{_GLUED_REF.pattern}")
_SPACE_RUN = re.compile(r"\s+")
#: A line break before a line that opens with a field label of one to three words and a colon
#: ("Ansvarig: …", "Tidsplan: …", "Målgrupp: …"): forms and activity lists put one field on a line.
_FIELD_BREAK = re.compile(r"\n(?=[ \t]*[A-ZÅÄÖ][a-zåäöé]+(?:[ -][a-zåäöé]+){0,2}:(?:\s|$))")
# A preposition (and maybe one noun) right before an item's name: the item is a setting.
_SETTING = re.compile(r"\b(?:i|inom|på|från|via|genom|med)\s+(?:[a-zåäöé]+\s+)?$")
# A capitalised word directly before a one-word name: a first name before a surname.
_FIRST_NAME = re.compile(r"(?:^|[\s(])([A-ZÅÄÖ][a-zåäöé]+)\s+$")


# "(ABBR)" after a name: two or more capitals, at most eight letters.
_ABBR_DEF = re.compile(r"\((?P<a>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,7})\)")


@dataclass(frozen=True)
class OrganisationHit:
    """An organisation named in one sentence: its name, lexicon slug and span in the document."""

    name: str
    slug: str
    known: bool
    start: int
    end: int


@lru_cache(maxsize=4)
def generic_nouns(path: Path = _ACTOR_TYPES) -> frozenset[str]:
    """Folded lower-case labels of actor types: words that name a kind of actor, not one.

    >>> {"regeringen", "staten", "kommuner"} <= generic_nouns()
    True
    >>> "socialdepartementet" in generic_nouns()
    False
    """
    g = Graph().parse(path, format="turtle")
    out: set[str] = set()
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for label in g.objects(None, prop):
            # A capitalised label is a proper name given as an example of the type.
            if isinstance(label, Literal) and label.language == "sv" and str(label)[:1].islower():
                out.add(fold(str(label)))
    return frozenset(out)


def _joined(text: str) -> tuple[str, list[int]]:
    """``text`` without line-end hyphens and glued footnote numbers, whitespace runs as one space
    (one tab where the run holds a tab: a table's cell boundary); and the index of every kept
    character in ``text``.

    >>> _joined("Organi-\\n\\nsationen och SBU3 fram")[0]
    'Organisationen och SBU fram'
    >>> _joined("Högskolan Dalarna \\tUtvärdering")[0]
    'Högskolan Dalarna\\tUtvärdering'

    A line that opens with a field label ("Ansvarig: Kansliet" / "Tidsplan: Oktober") starts a new
    field of a form, so the line break before it is a boundary too (a tab):

    >>> _joined("Ansvarig: Kansliet\\nTidsplan: Oktober 2043")[0]
    'Ansvarig: Kansliet\\tTidsplan: Oktober 2043'
    >>> _joined("med Högskolan Väst\\n  Målgrupp: chefer")[0]
    'med Högskolan Väst\\tMålgrupp: chefer'
    """
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _REMOVABLE.finditer(text):
        out.append(text[pos : m.start()])
        index.extend(range(pos, m.start()))
        pos = m.end()
    out.append(text[pos:])
    index.extend(range(pos, len(text)))
    flat = "".join(out)
    fields = {m.start() for m in _FIELD_BREAK.finditer(flat)}
    squeezed: list[str] = []
    keep: list[int] = []
    for i, ch in enumerate(flat):
        if i in fields:
            ch = "\t"
        if ch.isspace():
            # A tab separates table cells: a run holding one stays a tab, so no name spans two cells.
            if squeezed and squeezed[-1] in " \t":
                squeezed[-1] = "\t" if ch == "\t" else squeezed[-1]
                continue
            ch = "\t" if ch == "\t" else " "
        squeezed.append(ch)
        keep.append(index[i])
    return "".join(squeezed), keep


def _defined_name(before: str, abbr: str) -> str | None:
    """The name an abbreviation in parentheses stands for: the words before it, from the nearest
    capitalised word with the abbreviation's initial, inside one clause and at most ten words."""
    words = before.split()[-10:]
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if k < len(words) - 1 and word[-1:] in ",.;:!?":
            return None
        if word[:1].isupper() and word[:1] == abbr[:1].upper():
            return " ".join(words[k:])
    return None


def defined_abbreviations(doc: Document, actors: ActorLexicon) -> dict[str, str]:
    """ABBR -> name for organisations a report defines as "Name (ABBR)" that the lexicon does not know.

    A name counts when its shape is an organisation's: an organisation head word ("centrum",
    "Foundation", "förbundet" …) or an actor-type name pattern ("… kommun", "Region …").

    >>> from loader.model import Line
    >>> doc = Document("r", (Line(1, "Nationellt centrum för suicidforskning och prevention (NASP) och"),
    ...                      Line(2, "Samordnad individuell plan (SIP).")))
    >>> defined_abbreviations(doc, ActorLexicon([]))
    {'NASP': 'Nationellt centrum för suicidforskning och prevention'}
    """
    out: dict[str, str] = {}
    for s in doc.sentences:
        flat, _ = _joined(s.text)
        for m in _ABBR_DEF.finditer(flat):
            abbr = m.group("a")
            if sum(c.isupper() for c in abbr) < 2 or actors.resolve(abbr) is not None or abbr in out:
                continue
            name = _defined_name(flat[: m.start()], abbr)
            if name is None or actors.resolve(name) is not None or any(h.known for h in actors.find(name)):
                continue
            if ORG_HEAD.search(name) or guess_type(name):
                out[abbr] = name
    return out


def _defined_hits(flat: str, defined: Mapping[str, str]) -> list[ActorHit]:
    """Occurrences of names and abbreviations the report defined, as hits on the defined name."""
    hits: list[ActorHit] = []
    for abbr, name in defined.items():
        forms = (re.escape(abbr), r"\s+".join(re.escape(w) for w in name.split()))
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?::s|s)?(?![\w@])")
        hits += [ActorHit(slugify(name), m.group(), m.start(), m.end(), False) for m in rx.finditer(flat)]
    return hits


def _is_generic(hit: ActorHit) -> bool:
    bare = re.sub(r"(?::s|s)$", "", hit.surface)
    return fold(hit.surface) in generic_nouns() or fold(bare) in generic_nouns()


def _is_person(text: str, hit: ActorHit) -> bool:
    """A single capitalised word right after a capitalised non-initial word is a surname."""
    if " " in hit.surface.strip() or hit.surface.isupper():
        return False
    m = _FIRST_NAME.search(text[: hit.start])
    return m is not None and m.start(1) > 0 and not text[: m.start(1)].rstrip().endswith((".", ":"))


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins and ends at word boundaries."""
    return not (start > 0 and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())


def _item_spans(text: str, names: Sequence[str]) -> list[tuple[int, int]]:
    """Where the names of items (resources, initiatives …) occur in ``text``, case-insensitive."""
    folded = text.casefold()
    spans: list[tuple[int, int]] = []
    for name in names:
        key = _SPACE_RUN.sub(" ", name).strip().casefold()
        if len(key) < 4:
            continue
        start = folded.find(key)
        while start >= 0:
            spans.append((start, start + len(key)))
            start = folded.find(key, start + 1)
    return spans


#: Proper names coordinated before one plural head noun: "Haninge, Huddinge och Tyresö kommuner".
_COORDINATED = re.compile(
    r"(?<![\w-])(?P<names>[A-ZÅÄÖ][\w-]+(?:,\s+[A-ZÅÄÖ][\w-]+)*\s+(?:och|samt)\s+[A-ZÅÄÖ][\w-]+)"
    r"\s+(?P<noun>[a-zåäö]{4,}(?:er|ar|or))\b"
)


def _distributed(flat: str, actors: ActorLexicon, found: Sequence[ActorHit]) -> list[ActorHit]:
    """Organisations named by coordinated proper names that share one plural head noun (Swedish
    grammar: "Botkyrka och Södertälje kommuner" is Botkyrka kommun and Södertälje kommun). Each name
    with the singular head ("-er", "-ar", "-or" dropped) is an organisation where the actor lexicon or
    its name patterns read that phrase whole; the hit is the proper name as printed.

    >>> from loader.actors import ActorLexicon
    >>> [h.name for h in _distributed("drivs av Haninge, Huddinge och Tyresö kommuner.", ActorLexicon([]), [])]
    ['Haninge kommun', 'Huddinge kommun', 'Tyresö kommun']
    >>> _distributed("med Skolverket och Socialstyrelsen samt andra myndigheter", ActorLexicon([]), [])
    []
    >>> _distributed("Region Dalarna och Dalarnas kommuner, 2022.", ActorLexicon([]), [])
    []
    """
    out: list[ActorHit] = []
    for m in _COORDINATED.finditer(flat):
        singular = m.group("noun")[:-2]
        names = re.findall(r"[A-ZÅÄÖ][\w-]+", m.group("names"))
        before = flat[: m.start()].split()[-1:]
        if before and before[0][:1].isupper() and not before[0].endswith((".", ":")):
            continue  # "Region Dalarna och …": the first name is part of a longer one, no shared head
        if names[-1].endswith("s") and not names[0].endswith("s"):
            continue  # "… och Dalarnas kommuner": a genitive, the municipalities of a county
        for n in re.finditer(r"[A-ZÅÄÖ][\w-]+", m.group("names")):
            start, end = m.start("names") + n.start(), m.start("names") + n.end()
            if any(h.start < end and start < h.end for h in found):
                continue
            phrase = f"{n.group()} {singular}"
            hits = actors.find(phrase)
            if len(hits) == 1 and (hits[0].start, hits[0].end) == (0, len(phrase)):
                hit = hits[0]
                out.append(ActorHit(hit.slug, n.group(), start, end, hit.known, hit.name or phrase))
    return out


#: A definite plural head noun in apposition to the proper names it stands for: "kommunerna
#: Arboga, Fagersta … och Västerås" (Swedish grammar: the noun names each of them).
_APPOSED = re.compile(
    r"(?<![\w-])(?P<noun>[a-zåäö]{4,}(?:erna|arna|orna))\s+"
    r"(?P<names>[A-ZÅÄÖ][\w-]+(?:,\s+[A-ZÅÄÖ][\w-]+)*,?\s+(?:och|samt)\s+[A-ZÅÄÖ][\w-]+)(?![\w-])"
)
#: A place before the noun ("i kommunerna Arboga och Sala"): where something is, not who acts.
_LOCATIVE = re.compile(r"\b(?:i|inom|på|från|över)\s+$")
#: A municipality's name as a report writes it: "Köpings kommun", "Västerås stad", "Sala kommun".
_PLACE_ORG = re.compile(r"(?<![\w-])(?P<name>(?P<place>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?) (?:kommun|stad))\b")


def place_genitive(place: str) -> str:
    """The genitive a Swedish place name takes before "kommun": none after a vowel or after
    "s", "x", "z" ("Arboga kommun", "Västerås kommun"), else "-s" ("Köpings kommun").

    >>> [place_genitive(p) for p in ("Arboga", "Kungsör", "Västerås", "Norberg")]
    ['Arboga', 'Kungsörs', 'Västerås', 'Norbergs']
    """
    return place if place[-1:].lower() in "aeiouyåäösxz" else place + "s"


def municipality_names(text: str) -> dict[str, str]:
    """Place -> the name a text gives the place's municipality ("Köping" -> "Köpings kommun").

    >>> municipality_names("Köpings kommun och Västerås stad samt Sala kommun")
    {'Köping': 'Köpings kommun', 'Västerås': 'Västerås stad', 'Sala': 'Sala kommun'}
    """
    out: dict[str, str] = {}
    for m in _PLACE_ORG.finditer(text):
        place = m.group("place")
        base = place[:-1] if place.endswith("s") and place_genitive(place[:-1]) == place else place
        out.setdefault(base, m.group("name"))
    return out


def _apposed(
    flat: str, actors: ActorLexicon, found: Sequence[ActorHit], spelled: Mapping[str, str] | None = None
) -> list[ActorHit]:
    """Organisations named by proper names after a definite plural head noun ("Region Västmanland och
    kommunerna Arboga, Fagersta och Västerås"): each name with the singular head is an organisation
    where the actor lexicon or its name patterns read that phrase whole, spelled as the text spells it
    elsewhere (``spelled``: "Västerås stad") or else with the place-name genitive. Not after a
    preposition of place ("i kommunerna …": where, not who); not an indefinite list ("i åtta
    kommuner: Berg, Bräcke …", places).

    >>> from loader.actors import ActorLexicon
    >>> [(h.surface, h.name) for h in _apposed("Regionen och kommunerna Arboga, Kungsör och Västerås.",
    ...                                          ActorLexicon([]), [], {"Västerås": "Västerås stad"})]
    [('Arboga', 'Arboga kommun'), ('Kungsör', 'Kungsörs kommun'), ('Västerås', 'Västerås stad')]
    >>> _apposed("insatser i kommunerna Arboga och Sala", ActorLexicon([]), [])
    []
    """
    out: list[ActorHit] = []
    for m in _APPOSED.finditer(flat):
        if _LOCATIVE.search(flat[: m.start()]):
            continue
        singular = m.group("noun")[:-4]
        for n in re.finditer(r"[A-ZÅÄÖ][\w-]+", m.group("names")):
            start, end = m.start("names") + n.start(), m.start("names") + n.end()
            if any(h.start < end and start < h.end for h in found):
                continue
            place = n.group()
            phrase = (spelled or {}).get(place) or f"{place_genitive(place)} {singular}"
            hits = actors.find(phrase)
            if len(hits) == 1 and (hits[0].start, hits[0].end) == (0, len(phrase)):
                hit = hits[0]
                out.append(ActorHit(hit.slug, place, start, end, hit.known, hit.name or phrase))
    return out


_REGION_PLACE_IN = re.compile(
    r"\bRegion (?P<p>[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?)|\b(?P<c>[A-ZÅÄÖ][a-zåäö]+?)s? läns?\b"
)


#: A part of a county or landscape named by a compass adjective: "Östra Skaraborg", "Norra Bohuslän".
_COMPASS_PLACE_IN = re.compile(
    rf"(?<![\w-])(?P<adj>{'|'.join(COMPASS_ADJECTIVES)}) (?P<p>[A-ZÅÄÖ][a-zåäö]{{3,}})(?![\w-])"
)


def region_places(actors: ActorLexicon, text: str = "") -> frozenset[str]:
    """The place names of the regions and counties the actor lexicon knows or ``text`` names
    ("Västmanland" of "Region Västmanland", "Jämtland" of "Jämtlands län", "Jämtland Härjedalen").

    >>> sorted(region_places(ActorLexicon([]), "Region Jämtland Härjedalen, Kalmar läns och Stockholms län"))
    ['Härjedalen', 'Jämtland', 'Jämtland Härjedalen', 'Kalmar', 'Stockholm']

    A sub-region the report names with a compass adjective is a place too, with and without the
    adjective: local branches are named by such areas ("NSPH Skaraborg" beside "Räddningstjänsten
    Östra Skaraborg", "Mind Bohuslän" in a plan for Norra Bohuslän, "Hela Människan Östra Värmland").

    >>> sorted(region_places(ActorLexicon([]), "Räddningstjänsten Östra Skaraborg och Norra skolan"))
    ['Skaraborg', 'Östra Skaraborg']
    """
    out: set[str] = set(actors.places)
    for m in _REGION_PLACE_IN.finditer(text):
        # "Jämtland Härjedalen": a branch may take either part ("NSPH Jämtland").
        out |= {m.group("p") or m.group("c"), *(m.group("p") or "").split()}
    for m in _COMPASS_PLACE_IN.finditer(text):
        out |= {m.group("p"), f"{m.group('adj')} {m.group('p')}"}
    return frozenset(out - {"Län"})


#: An abbreviation list's row: "NSPH<TAB>Nationell samverkan för psykisk hälsa" (or spaces for the tab,
#: or a dash between: "NSPH – Nationell samverkan för psykisk hälsa").
_ABBR_ROW = re.compile(r"^\s*(?P<a>[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,7})(?:\t+\s*| {2,}| +[–-] +)(?P<n>[A-ZÅÄÖ].*?)\s*$")


def branch_prefixes(lines: Sequence[Line], places: frozenset[str]) -> frozenset[int]:
    """Line numbers of abbreviation-list rows that expand only a branch's prefix: the report uses
    the abbreviation (or the name it expands) elsewhere only before a place ("SV Västmanland",
    "Studieförbundet Vuxenskolan Västmanland"), so the row explains the branch's name and names no
    organisation of the report. A row whose abbreviation the report uses alone ("PRO driver …")
    or never is kept.

    >>> from loader.model import Line
    >>> rows = [Line(1, "drivs av SV Västmanland."), Line(2, "med PRO och SV Västmanland."),
    ...         Line(3, "SV\\tStudieförbundet Vuxenskolan"), Line(4, "PRO\\tPensionärernas riksorganisation")]
    >>> sorted(branch_prefixes(rows, frozenset({"Västmanland"})))
    [3]
    >>> rows = [Line(1, "med NSPH Sörmland."), Line(2, "NSPH – Nationell samverkan för psykisk hälsa")]
    >>> sorted(branch_prefixes(rows, frozenset({"Sörmland"})))
    [2]
    """
    out: set[int] = set()
    for row in lines:
        m = _ABBR_ROW.match(row.text)
        if m is None:
            continue
        forms = (re.escape(m.group("a")), r"\s+".join(re.escape(w) for w in m.group("n").split()))
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])")
        used = [(other, u) for other in lines if other is not row for u in rx.finditer(other.text)]
        if used and all(
            (a := PLACE_AFTER.match(other.text, u.end()))
            and (a.group("p") in places or a.group("p").split()[0] in places)
            for other, u in used
        ):
            out.add(row.number)
    return frozenset(out)


def _branch(flat: str, hit: ActorHit, places: frozenset[str], civil: bool = False, local: bool = False) -> ActorHit:
    """A known organisation's branch named by a place of the report (:func:`loader.actors.branch_name`,
    "NSPH Jämtland" in a report on Region Jämtland Härjedalen); other hits as they are.

    >>> h = ActorHit("nsph", "NSPH", 0, 4, True)
    >>> _branch("NSPH Västmanland och RSMH", h, frozenset({"Västmanland"})).name
    'NSPH Västmanland'
    >>> _branch("NSPH Västerbotten", h, frozenset({"Västmanland"})) is h
    True
    """
    name = branch_name(flat, hit.start, hit.end, places, civil=civil, local=local) if hit.known else None
    if name is None:
        return hit
    return ActorHit(
        slugify(name), flat[hit.start : hit.start + len(name)], hit.start, hit.start + len(name), False, name
    )


#: A time adverbial a name pattern can run into: " i juni och december", " den 12 december 2032".
_WHEN_AFTER = re.compile(
    r"\s+(?:i|under|den)\s+(?:\d{1,2}\s+)?(?:"
    + "|".join(MONTHS)
    + r")(?:\s+(?:och|–|-)\s+(?:"
    + "|".join(MONTHS)
    + r"))?(?:\s+(?:19|20)\d\d)?"
)


def find_organisations(
    text: str,
    actors: ActorLexicon,
    item_names: Sequence[str] = (),
    offset: int = 0,
    defined: Mapping[str, str] | None = None,
    bodies: Sequence[tuple[str, bool]] = (),
    spelled: Mapping[str, str] | None = None,
    places: frozenset[str] = frozenset(),
) -> list[OrganisationHit]:
    """Organisations named in one sentence ``text`` (which starts at ``offset`` in its document).

    >>> from loader.actors import ActorEntry, ActorLexicon
    >>> lex = ActorLexicon([ActorEntry("skr", "Sveriges Kommuner och Regioner", ("SKR",))])
    >>> [h.name for h in find_organisations("Regeringen och SKR samt Region Kronobergs handlingsplan.", lex,
    ...                                    ["Region Kronobergs handlingsplan"])]
    ['SKR']
    """
    flat, index = _joined(text)
    titles = _item_spans(flat, item_names)
    inside = _item_spans(flat, [n for n, _ in bodies])
    owned = _item_spans(flat, [n for n, network in bodies if network])
    out: list[OrganisationHit] = []
    found = actors.find(flat)
    found = sorted(
        found + _distributed(flat, actors, found) + _apposed(flat, actors, found, spelled),
        key=lambda h: (h.start, h.end),
    )
    found = sorted(found + _listed_with(flat, found, actors, titles, places), key=lambda h: (h.start, h.end))
    if defined:
        extra = [h for h in _defined_hits(flat, defined) if not any(h.start < f.end and f.start < h.end for f in found)]
        found = sorted(found + extra, key=lambda h: (h.start, h.end))
    names = {slugify(n): n for n in (defined or {}).values()}
    found = (
        [_branch(flat, hit, places, actors.civil(hit.slug), actors.local_offices(hit.slug)) for hit in found]
        if places
        else found
    )
    for hit in found:
        if _is_generic(hit) or _is_person(flat, hit) or COUNTY_BRANCH.match(flat, hit.end):
            continue
        if not hit.known and _cue_over_lines(text, index, hit):
            continue
        # Part of an item's own name (but not the whole of it): a title, not a mention.
        if any(s <= hit.start and hit.end <= e and (s, e) != (hit.start, hit.end) for s, e in titles):
            continue
        # A name that starts inside an item's title and runs past its end is misread across the title's
        # edge: "BUP Stödet" of "◆ Prioriteringsstöd för BUP" / "Stödet är ännu inte färdigställt"
        # (two names never overlap in part).
        if not hit.known and any(s < hit.start < e < hit.end for s, e in titles):
            continue
        # A name that crosses the edge of a body's name a layout read whole is misread: "Nätverket
        # Elevhälsoledare" cut from "Nätverket Elevhälsoledare i samverkan", where the layout read
        # "Elevhälsoledare i samverkan" (two names never overlap in part).
        if any(
            (s < hit.start < e < hit.end or hit.start < s < hit.end < e) and _whole_words(flat, s, e) for s, e in inside
        ):
            continue
        owner = flat[hit.end : hit.end + 1] == "s" or hit.surface.endswith("s")
        if any(s <= hit.start and hit.end <= e and (s, e) != (hit.start, hit.end) for s, e in inside) and not (
            owner and any(s == hit.start for s, _ in owned)
        ):
            continue
        # A name the pattern rearranged ("sjukvårdsregion (Norra)") is given as the pattern reads it.
        rearranged = hit.name if hit.name and slugify(hit.name) == hit.slug and hit.name not in hit.surface else None
        name = names.get(hit.slug) or rearranged or _SPACE_RUN.sub(" ", hit.surface).strip()
        if not hit.known and slugify(name) != hit.slug:
            # A genitive the pattern read past ("Xdepartementets"): the name is without it.
            name = next((b for b in (name[:-2], name[:-1]) if slugify(b) == hit.slug), name)
        slug, stop = hit.slug, hit.end
        when = _WHEN_AFTER.search(flat, hit.start, hit.end) if not hit.known else None
        if when is not None and when.end() == hit.end and when.start() > hit.start:
            # "Ledningsgruppen för psykisk hälsa i juni och december": the months say when it meets.
            stop = when.start()
            name = _SPACE_RUN.sub(" ", flat[hit.start : stop]).strip()
            slug = slugify(name)
        start, end = offset + index[hit.start], offset + index[stop - 1] + 1
        out.append(OrganisationHit(name, slug, hit.known, start, end))
    return out


def _cue_over_lines(text: str, index: Sequence[int], hit: ActorHit) -> bool:
    """True when a name read after a cue noun ("Referensgrupp Stående punkt") runs over a line break:
    a slide's label beside or above cells of a table ("Referensgrupp" / "Stående punkt på EHT"),
    not one name; a working group's name stands on its line ("Arbetsgrupp Tidig upptäckt –")."""
    first, _, rest = hit.surface.partition(" ")
    if not rest or first.lower() not in actor_cue_nouns()[0]:
        return False
    return "\n" in text[index[hit.start] : index[hit.end - 1] + 1]


def _window(doc: Document, s: Sentence, start: int, end: int) -> tuple[int, int]:
    """The sentence span, or at most ``MAX_QUOTE`` characters of it centred on [start, end)."""
    if s.end - s.start <= MAX_QUOTE:
        return s.start, s.end
    half = max(0, (MAX_QUOTE - (end - start)) // 2)
    left = max(s.start, start - half)
    right = min(s.end, left + MAX_QUOTE)
    left = max(s.start, right - MAX_QUOTE)
    text = doc.text
    # Cut at word boundaries inside the window so the quote starts and ends with whole words.
    while left < start and left > s.start and not text[left - 1].isspace():
        left += 1
    while right > end and right < s.end and not text[right].isspace():
        right -= 1
    return left, right


def _source(doc: Document, s: Sentence, start: int, end: int, trigger: str) -> Source:
    left, right = _window(doc, s, start, end)
    line = doc.line_at(start)
    return Source(
        report=doc.report,
        line=line.number,
        quote=doc.text[left:right],
        page=line.page if line.page is not None else s.page,
        trigger=trigger,
        start=left,
        end=right,
    )


#: A line of a list printed one name a line: short, not ending in a comma, a colon or a word that
#: needs more words after it (see :func:`name_lines`).
_LIST_LINE_MAX = 60
_LIST_OPENER = re.compile(r"[ \t]*(?:[A-ZÅÄÖ]|[–•▪·➤◆■-][ \t]+[A-ZÅÄÖ])")


#: The adjectives that open Swedish place names ("Södra Lappland", "Norra Bohuslän", "Lilla Edet").
_PLACE_ADJECTIVE = re.compile(r"(?:Nord|Syd)?(?:[Nn]orra|[Ss]ödra|[Öö]stra|[Vv]ästra)|Mellersta|Övre|Nedre|Stora|Lilla")


def _ends_a_name(line: str) -> bool:
    """Whether ``line`` can end a name: no comma, colon or dash after it, and its last word no grammar
    word ("för", "och", "i") that needs more words after it."""
    words = line.split()
    if not words or line.rstrip()[-1] in ",:;–-&/(":
        return False
    return words[-1].lower() not in FUNCTION_WORDS


def name_lines(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` to read for names one at a time: each line of a list printed one name a line
    (a slide's participants, a team's members), else the whole text.

    Swedish lists without commas put one entry a line (layout convention of participant slides and
    member lists), so a line break there ends a name: "Familjecentralen Forshaga" / "Samordnings-
    förbundet Klarälvdalen" are two organisations, never "Forshaga Samordningsförbundet". A run of at
    least three non-empty lines qualifies when every line is short, every line after the first opens
    with a capital (or a dash or bullet and a capital) and no line but the last ends in a comma, colon,
    or grammar word (those are names or sentences wrapped over lines, "… för" / "psykisk hälsa"); two
    lines are a name wrapped once ("… och Efterlevandes" / "Stöd").

    >>> t = "Forshaga kommun\\nFamiljecentralen Forshaga\\nSamordningsförbundet Klarälvdalen\\n"
    >>> [t[a:b] for a, b in name_lines(t)]
    ['Forshaga kommun', 'Familjecentralen Forshaga', 'Samordningsförbundet Klarälvdalen']
    >>> t = "Arbetet drivs av Region Örebro län och\\nÖrebro kommun samt\\nKumla kommun."
    >>> [t[a:b] for a, b in name_lines(t)] == [t]
    True
    >>> t = "Region Västerbotten\\nLokalpolisområde Södra\\nLappland\\nDorotea kommun"
    >>> [" ".join(t[a:b].split()) for a, b in name_lines(t)]
    ['Region Västerbotten', 'Lokalpolisområde Södra Lappland', 'Dorotea kommun']
    >>> t = "SPES – Riksförbundet för Suicidprevention och Efterlevandes\\nStöd"
    >>> len(name_lines(t))
    1
    """
    whole = [(0, len(text))]
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            spans.append((pos, pos + len(raw.rstrip())))
        pos += len(raw) + 1
    if len(spans) < 3:
        return whole
    lines = [text[a:b] for a, b in spans]
    if any(len(line.strip()) > _LIST_LINE_MAX for line in lines):
        return whole
    if not all(_LIST_OPENER.match(line) for line in lines[1:]):
        return whole
    if not all(_ends_a_name(line) for line in lines[:-1]):
        return whole
    # A place's opening adjective ("Lokalpolisområde Södra" / "Lappland") needs the place on the next line.
    joined: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(spans):
        if k and _PLACE_ADJECTIVE.fullmatch(text[joined[-1][0] : joined[-1][1]].split()[-1]):
            joined[-1] = (joined[-1][0], b)
        else:
            joined.append((a, b))
    return joined


def read_organisations(doc: Document, mentions: Sequence[Mention], actors: ActorLexicon) -> list[Mention]:
    """``mentions`` (with roles the sentences give), plus one actor mention per organisation named.

    The items a sentence names are the report's resources, initiatives, events and agreements;
    a role found for an organisation goes to the item when the sentence names exactly one.
    """
    items = [m for m in mentions if m.kind in _ITEM_KINDS and m.source.report == doc.report]
    items_by_id = {id(m): m for m in items}
    item_names = sorted({n for m in items for n in (m.name, *m.alt_names)}, key=len, reverse=True)
    # The bodies the layouts read: an organisation inside a body's longer name is part of that name
    # ("Regionalt Programområde psykisk hälsa (RPO)" holds the national "Programområde psykisk hälsa",
    # "BRIS region Väst" is a branch of BRIS), except the owner in the genitive that opens a
    # network's name ("Utrikesdepartementets aktörsnätverk för global hälsa").
    bodies = sorted(
        {
            (n, "natverk" in m.actor_types)
            for m in mentions
            if m.kind == "actor" and m.source.report == doc.report
            for n in (m.name, *m.alt_names)
        },
        key=lambda b: -len(b[0]),
    )
    defined = defined_abbreviations(doc, actors)
    # An abbreviation a layout read as a thing's ("Föräldraprogrammet Alla barn i centrum (ABC)": a
    # programme, though "centrum" heads organisation names) names that thing, not an organisation.
    things = [(a, fold(m.name)) for m in items for a in m.alt_names]
    defined = {a: n for a, n in defined.items() if not any(a == b and fold(n) in name for b, name in things)}
    # An abbreviation a layout read for a body ("Kommunerna i samverkan Uppsala län (KSU)" in a list of
    # members) stands for that body wherever the report uses it.
    for m in mentions:
        if m.kind == "actor" and m.source.report == doc.report and actors.resolve(m.name) is None:
            for alt in m.alt_names:
                if (
                    _ABBR_DEF.fullmatch(f"({alt})")
                    and sum(c.isupper() for c in alt) >= 2
                    and actors.resolve(alt) is None
                ):
                    defined.setdefault(alt, m.name)
    abbreviation = {slugify(n): a for a, n in defined.items()}
    read_whole = _body_spans(doc, mentions, actors)
    spelled = municipality_names(doc.text)
    places = region_places(actors, doc.text) | frozenset(spelled)
    prefixes = branch_prefixes(doc.lines, places)
    roles: dict[int, list[ActorRole]] = {}
    found: list[Mention] = []
    blocks = doc.blocks
    sents = doc.sentences
    for i, s in enumerate(sents):
        if blocks[s.block].kind in _SKIP_BLOCKS:
            continue
        text = _across_furniture(doc, sents, i)
        # Over a page break (furniture blanked) any name runs on; over a wrapped slide line only a name
        # the lexicon knows: an unknown unit cut at a paragraph break stays a fragment (slide cells).
        paged = text != doc.text[s.start : s.start + len(text)]
        hits = [
            h
            for a, b in name_lines(text)
            for h in find_organisations(text[a:b], actors, item_names, s.start + a, defined, bodies, spelled, places)
            if h.start < s.end and (h.end <= s.end or paged or h.known)
        ]
        if not hits:
            continue
        seen: set[str] = set()
        for hit in hits:
            if hit.slug in seen:  # "Världshälsoorganisationen (WHO)": one organisation, one mention
                continue
            if _part_of_body(doc.text, hit, read_whole) or doc.line_at(hit.start).number in prefixes:
                continue
            entry = actors.entry(hit.slug) if hit.known else None
            if entry is not None and entry.service:  # "på 1177": the service, not an organisation acting
                continue
            seen.add(hit.slug)
            # A name run on over page furniture is quoted as far as its sentence goes on this page.
            end = hit.start + len(doc.text[hit.start : min(hit.end, s.end)].rstrip())
            src = _source(doc, s, hit.start, end, doc.text[hit.start : end])
            alias = abbreviation.get(hit.slug) if not hit.known else None
            printed = doc.text[hit.start : hit.end]
            if alias is None and re.match(re.escape(printed) + r"s? ", hit.name):
                alias = printed  # "Haninge" of "Haninge, Huddinge och Tyresö kommuner" (see _distributed)
            found.append(Mention(kind="actor", name=hit.name, source=src, alt_names=(alias,) if alias else ()))
        named = _named_items(s.text, items)
        if len(named) != 1:
            continue
        target = named[0]
        # actor_roles names a known organisation by its slug, another by its name as printed.
        by_slug = {h.slug: h for h in hits} | {h.name: h for h in hits if not h.known and h.name}
        for slug, role, _quote in actor_roles(_joined(s.text)[0], actors, item=items_by_id[target].name):
            actor = by_slug.get(slug)
            if actor is None:
                continue
            # A known organisation by its slug (as enrichment names it), another by its name.
            name = slug if actor.known else actor.name
            src = _source(doc, s, actor.start, actor.end, actor.name)
            roles.setdefault(target, []).append(ActorRole(name, role, src))
    longer = _longer_names(mentions, found, doc.report)
    out: list[Mention] = []
    for m in mentions:
        if id(m) in longer:
            m = replace(m, name=longer[id(m)])
        extra = roles.get(id(m))
        if extra:
            have = {(r.name, r.role) for r in m.actors}
            new = tuple(r for r in extra if (r.name, r.role) not in have)
            m = replace(m, actors=m.actors + tuple(dict.fromkeys(new)))
        out.append(m)
    return _tidy_actors(doc, out + found, actors)


def _longer_names(mentions: Sequence[Mention], found: Sequence[Mention], report: str) -> dict[int, str]:
    """``id()`` -> the full name, for actors another stage read cut short: an organisation this stage
    reads on the same line whose name goes on past theirs ("Nätverket för chefer" where the sentence
    names "Nätverket för chefer inom rättspsykiatrin")."""
    out: dict[int, str] = {}
    for m in mentions:
        # One word only where it is a unit's noun ("Välfärdsberedningen" before "Välfärdsberedningen
        # Västerbotten"): a known organisation's short name ("SKR") is no cut name.
        if m.kind != "actor" or m.source.report != report or (len(m.name.split()) < 2 and not unit_noun(m.name)):
            continue
        key = fold(m.name) + " "
        for f in found:
            if f.source.line == m.source.line and fold(f.name).startswith(key):
                out[id(m)] = f.name
                break
    return out


#: Characters from which a "heading" without a full stop is a wrapped line of prose.
_PROSE_LINE = 60


def _across_furniture(doc: Document, sents: Sequence[Sentence], i: int) -> str:
    """The text of sentence ``i``, run on into the next block when a page break or a wrapped slide
    heading cuts it ("… Nätverket för digital" / running head / "psykiatri.", "Nationellt
    programområde psykisk" / "hälsa (NPO)"): the sentence ends its block without a full stop, at
    most artefact blocks stand between, and the next block starts in lower case. The furniture
    between is blanked, so offsets into the text stay the document's.

    >>> from loader.model import Line
    >>> lines = [Line(1, "Vi driver Nätverket för digital"), Line(2, ""), Line(3, "Rapport om insatser 2024 9"),
    ...          Line(4, ""), Line(5, "psykiatri. Nästa mening."), Line(6, ""), Line(7, "Rapport om insatser 2024 10")]
    >>> doc = Document("r", tuple(lines))
    >>> " ".join(_across_furniture(doc, doc.sentences, 0).split())
    'Vi driver Nätverket för digital psykiatri.'
    >>> doc = Document("r", (Line(1, "Rubrik om stöd"), Line(2, ""), Line(3, "Nästa stycke."),))
    >>> _across_furniture(doc, doc.sentences, 0)
    'Rubrik om stöd'
    """
    s = sents[i]
    blocks = doc.blocks
    if s.text.rstrip().endswith((".", "!", "?", ":", ";")) or s.end < blocks[s.block].end:
        return s.text
    b = s.block + 1
    gaps: list[tuple[int, int]] = []
    while b < len(blocks) and blocks[b].kind == "artefact":
        gaps.append((blocks[b].start, blocks[b].end))
        b += 1
    # A prose line the block splitter took for a heading (long, no full stop) runs on into the next.
    prose = len(s.text) >= _PROSE_LINE and blocks[s.block].kind == "heading"
    if b >= len(blocks) or blocks[b].kind in _SKIP_BLOCKS or not (blocks[b].text[:1].islower() or prose):
        return s.text
    nxt = next((t for t in sents[i + 1 :] if t.block == b), None)
    if nxt is None:
        return s.text
    text = doc.text[s.start : nxt.end]
    for a, e in gaps:
        text = text[: a - s.start] + " " * (e - a) + text[e - s.start :]
    return text


#: Words between the parts of a name a layout read whole: any white space, blank lines included (a
#: participant list on a slide breaks "Socialförvaltningen" and "Botkyrka kommun" into two blocks).
_GAP = r"[\s\u00ad]+"
# How far below a body's source line its name may start or end (a name wrapped over a few lines).
_BODY_LINES = 4


_Body = tuple[int, int, "str | None", bool]


def _body_spans(doc: Document, mentions: Sequence[Mention], actors: ActorLexicon) -> list[_Body]:
    """(start, end, slug, network) of every actor name a layout read whole, where the document prints it.

    The name is searched from its source line on, and then everywhere else the report prints it,
    its words joined by any white space; the slug is
    the lexicon's for the whole name (None for an organisation the lexicon does not know).
    """
    out: list[_Body] = []
    if not doc.lines:
        return out
    text = doc.text
    first, last = doc.lines[0].number, doc.lines[-1].number
    for m in mentions:
        if m.kind != "actor" or m.source.report != doc.report or not first <= m.source.line <= last:
            continue
        words = m.name.split()
        if len(words) < 2:
            continue
        rx = re.compile(_GAP.join(re.escape(w) for w in words), re.IGNORECASE)
        lo = doc.offset(m.source.line)
        below = m.source.line + _BODY_LINES + 1
        hi = doc.offset(below) if below <= last else len(text)
        found = rx.search(text, lo, hi)
        if found:
            out.append((found.start(), found.end(), actors.resolve(m.name), "natverk" in m.actor_types))
            # The same body wherever else the report prints its whole name ("NSPH Kalmar län" in two
            # sections): an organisation inside it there is part of it too.
            out += [
                (o.start(), o.end(), actors.resolve(m.name), "natverk" in m.actor_types)
                for o in rx.finditer(text)
                if o.start() != found.start()
            ]
    return out


def _part_of_body(text: str, hit: OrganisationHit, bodies: Sequence[_Body]) -> bool:
    """True when ``hit`` lies inside the printed name of a body a layout read whole and is another
    organisation than that body: "Botkyrka kommun" in "Socialförvaltningen Botkyrka kommun", "BRIS"
    in "BRIS region Väst". A branch or unit is its own actor, named as printed (reading guide).
    The owner in the genitive that opens a network's name stays an actor of its own
    ("Utrikesdepartementets aktörsnätverk för global hälsa")."""
    for s, e, slug, network in bodies:
        if not (s <= hit.start and hit.end <= e and (s, e) != (hit.start, hit.end)) or slug == hit.slug:
            continue
        # The owner's genitive "-s" after the name ("Region Skånes nätverk") or ending one word
        # ("Utrikesdepartementets"); a name of several words ending in "s" ("Ungdomsrådet Ungas" of
        # "Ungdomsrådet Ungas röst VG") is the body's name cut short, not its owner.
        printed = text[hit.start : hit.end]
        genitive = text[hit.end : hit.end + 1] == "s" or (printed.endswith("s") and " " not in printed.strip())
        if network and hit.start == s and genitive:
            continue
        return True
    return False


def _named_items(text: str, items: Sequence[Mention]) -> list[int]:
    """``id()`` of the mention of each item the sentence names (one mention per name).

    Several mentions of the same name are one item; the first is the one that gets the role.
    """
    flat = _SPACE_RUN.sub(" ", _joined(text)[0]).casefold()
    seen: dict[str, int] = {}
    for m in items:
        key = _SPACE_RUN.sub(" ", m.name).strip().casefold()
        at = flat.find(key) if len(key) >= 4 and key not in seen else -1
        # "utbildningar i genombrott.nu", "en utbildning i stödmaterialet Traumastödet": an item after
        # a preposition is where the work happened, not what the organisation made.
        if at >= 0 and not _SETTING.search(flat, 0, at):
            seen[key] = id(m)
    # Names inside a longer named item's name are that item ("SIP" inside "Använd SIP").
    keys = [k for k in seen if not any(k != o and k in o for o in seen)]
    wanted = {seen[k] for k in keys}
    return sorted(wanted)


#: A capitalised compound in the definite singular ("Skåneidrotten", "Göteborgsregionen"): mid-sentence
#: the capital marks a proper name, whose class its list says.
_DEFINITE_PROPER = re.compile(r"(?<![\w./@-])[A-ZÅÄÖ][a-zåäöé]{4,}(?:en|et)(?![\w-])")
_FIELD_AFTER = re.compile(r"\s+(?:för|inom|i|vid)\s")
_LIST_LINK = re.compile(r"\s*(?:,|,?\s+och|,?\s+samt)\s+")


def _listed_with(
    flat: str,
    found: Sequence[ActorHit],
    actors: ActorLexicon,
    titles: Sequence[tuple[int, int]] = (),
    places: frozenset[str] = frozenset(),
) -> list[ActorHit]:
    """A body named by its area and a definite noun ("Skåneidrotten", "Västerbottensidrotten",
    "Göteborgsregionen": a place the report knows, then a noun), listed mid-sentence with
    organisations, is an organisation too: a list names things of one kind ("samarbetar kommunerna
    med Skåneidrotten, Studieförbundet Vuxenskolan Skåne och Föreningen Attention Hässleholm"); a
    compound of another first part ("Deplyftet", a project) is not read so. A word the vocabularies tag
    ("Elevhälsan": a care level), an item's name ("Förstalinjeboken", a book the report reads), a bare
    unit noun ("Kansliet") or a unit named with its field ("Avdelningen för vård och omsorg", read
    whole elsewhere) is none.

    >>> from loader.actors import ActorLexicon
    >>> lex = ActorLexicon.load(_ACTOR_TYPES.parents[2] / "data" / "actors.ttl")
    >>> t = "Kommunerna samarbetar med Skåneidrotten, Studieförbundet Vuxenskolan Skåne och Region Skåne."
    >>> [h.name for h in _listed_with(t, lex.find(t), lex, places=lex.places)]
    ['Skåneidrotten']
    >>> t = "Material finns från Deplyftet, Barnombudsmannen och Socialstyrelsen."
    >>> _listed_with(t, lex.find(t), lex, places=lex.places)
    []
    >>> t = "Arbetet sker i Elevhälsan, Region Skåne och Osby kommun. Ungdomsguiden lanserades."
    >>> _listed_with(t, lex.find(t), lex)
    []
    >>> t = "Ansvariga: SKR, Avdelningen för vård och omsorg, samt Kansliet och Region Skåne."
    >>> _listed_with(t, lex.find(t), lex)
    []
    """
    out: list[ActorHit] = []
    starts = {h.start for h in found}
    ends = {h.end for h in found}
    for m in _DEFINITE_PROPER.finditer(flat):
        word = m.group()
        before = flat[: m.start()].rstrip()
        if not before or before.endswith((".", "!", "?", ":", "•", "▸", "·", "–")):
            continue  # the capital opens a sentence or a list line
        if any(h.start < m.end() and m.start() < h.end for h in found) or actors.resolve(word) is not None:
            continue
        if word.lower() in FUNCTION_WORDS or vocabulary_tagged(word) or unit_noun(word) or ORG_HEAD.fullmatch(word):
            continue
        if not any(word.startswith(p) and len(word) - len(p) >= 6 for p in places):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in titles) or _FIELD_AFTER.match(flat, m.end()):
            continue
        after = _LIST_LINK.match(flat, m.end())
        next_org = after is not None and after.end() in starts
        link = re.search(r"(?:,|\s+och|\s+samt)\s*$", flat[: m.start()])
        prev_org = link is not None and len(flat[: link.start()].rstrip()) in ends
        if next_org or prev_org:
            out.append(ActorHit(slugify(word), word, m.start(), m.end(), False, word))
    return out


# Tidying actor names every stage read -------------------------------------------------------------

#: A list line that is only place names ("Kramfors–Sollefteå", "Nacka och Värmdö"): capitalised words
#: joined by a dash, a hyphen or "och", no organisation noun.
_PLACES_ONLY = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:(?: *[–-] *| +och +| +)[A-ZÅÄÖ][a-zåäöé]+)*")
#: Words that open an object after a present-tense verb: a genitive in "-s" ("kommunernas"), an
#: article, a determiner or a number ("samlar kommunernas …", "erbjuder alla …", "har 16 …").
_OBJECT_OPENERS = ARTICLES | DEMONSTRATIVES | PRONOUNS | QUANTIFIERS


def _verb_at(words: Sequence[str], k: int, after: str) -> bool:
    """Whether ``words[k]`` is a finite verb that ends an organisation's name before it: a verb of the
    grammar, or a present tense in "-ar"/"-er" before an object ("samlar kommunernas kontaktpersoner");
    ``after`` is the word that follows the name in the text, for the name's last word."""
    w = words[k]
    if not w[:1].islower():
        return False
    nxt = words[k + 1] if k + 1 < len(words) else after
    if finite_verb(w, nxt):
        return True
    if not w.endswith(("ar", "er")) or len(w) < 5:
        return False
    low = nxt.lower()
    # A definite genitive of a common noun ("kommunernas", "regionens", "länets") opens an object; a
    # proper name after the word ("Unga röster Västerbottens län") goes on with the name.
    genitive = nxt[:1].islower() and low.endswith(("rnas", "ens", "ets", "ns"))
    return bool(low) and (low in _OBJECT_OPENERS or low[:1].isdigit() or genitive)


#: A full date as a plan's dateline or a minute prints it: "2067-02-14", "2042-12-12".
_DATE_WORD = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
#: The plural endings of Swedish nouns for people by occupation ("chefer", "kuratorer", "samordnare").
_PLURAL_PEOPLE = ("er", "or", "ar", "are")


@lru_cache(maxsize=1)
def _vocabulary() -> Lexicon:
    return Lexicon.from_dir()


def _people(word: str) -> bool:
    """Whether ``word`` names people by their occupation in the plural ("Elevhälsochefer", "Rektorer",
    "Kuratorer"): a whole label of the audience vocabulary that is no unit's noun. A responsible
    line "Ansvarig: Elevhälsochefer i de tre kommunerna" names a role, not an organisation.

    >>> _people("Elevhälsochefer"), _people("Rektorer"), _people("Elevhälsoteamet"), _people("Ledningsgruppen")
    (True, True, False, False)
    """
    if not word[:1].isupper() or not word.lower().endswith(_PLURAL_PEOPLE) or unit_noun(word):
        return False
    return any(t.scheme == "audience" and t.start == 0 and t.end == len(word) for t in _vocabulary().tag(word))


def _tidy_name(name: str, after: str) -> str | None:
    """An actor's name with what is no part of it cut off, or None when nothing of a name is left.

    * A finite verb ends the name ("Nätverket X samlar", "X samlar kommunernas"): a layout or sentence
      reader ran on into the clause;
    * a group described by its members ("Ungdomsråd med 16 ledamöter i åldern 15–22 år") is named by
      what comes before "med" and a number or quantifier, and a bare indefinite common noun there
      ("Ungdomsråd") is a kind of body, no name;
    * a quantifier or other grammar word alone ("Övriga" heading the last group of a participant list)
      names nobody.

    >>> _tidy_name("Nätverket Suicidprevention Skåne nordost samlar", "kommunernas")
    'Nätverket Suicidprevention Skåne nordost'
    >>> _tidy_name("Suicidprevention Skåne nordost samlar kommunernas", "och")
    'Suicidprevention Skåne nordost'
    >>> _tidy_name("Ungdomsråd med 16 ledamöter i åldern 15–22 år", ""), _tidy_name("Övriga", "")
    (None, None)
    >>> _tidy_name("Ungdomsrådet Unga röster med tolv ledamöter", "")
    'Ungdomsrådet Unga röster'
    >>> _tidy_name("Ungdomsrådet Unga röster Höga kusten", ""), _tidy_name("Nätverket för chefer", "")
    ('Ungdomsrådet Unga röster Höga kusten', 'Nätverket för chefer')
    >>> _tidy_name("Unga röster Västerbottens län", "")
    'Unga röster Västerbottens län'
    >>> _tidy_name("Stiftelsen En frisk generation", ""), _tidy_name("Styrgruppen Ankeby två gånger per år", "")
    ('Stiftelsen En frisk generation', 'Styrgruppen Ankeby')
    >>> _tidy_name("Politiska samrådet Göinge 2042-12-12,", ""), _tidy_name("Brukarrådet X två gånger per år", "")
    ('Politiska samrådet Göinge', 'Brukarrådet X')
    >>> _tidy_name("Elevhälsochefer i de tre kommunerna", "") is None, _tidy_name("19", "") is None
    (True, True)

    """
    words = name.split()
    if not words or not any(ch.isalpha() for ch in name):
        return None  # a page number or a figure read in a list of names (wave 11)
    if _people(words[0]):
        return None
    for k in range(1, len(words)):
        if _verb_at(words, k, after):
            words = words[:k]
            break
    # A date or a lower-case number word ends a name: "Politiska styrgruppen Norra Vättern
    # 2067-02-14" (the decision date of a plan's dateline), "… Norra Vättern två gånger per år" (how
    # often). A capitalised one is part of the name ("Stiftelsen En frisk generation").
    for k in range(1, len(words)):
        if _DATE_WORD.fullmatch(words[k].rstrip(",.;:")) or words[k] in NUMBER_WORDS:
            words = words[:k]
            break
    described = False
    for k in range(1, len(words) - 1):
        counted = words[k + 1].lower()
        if words[k] == "med" and (counted[:1].isdigit() or counted in QUANTIFIERS or counted in NUMBER_WORDS):
            words, described = words[:k], True
            break
    while len(words) > 1 and words[-1].lower() in FUNCTION_WORDS:
        words = words[:-1]
    if len(words) == 1:
        w = words[0]
        if w.lower() in FUNCTION_WORDS:
            return None
        # A bare indefinite noun described by its members ("Ungdomsråd med 16 ledamöter") is what a
        # body is, said of one named elsewhere; alone ("tjänstemannastyrgrupp") it may be the body.
        if described and unit_noun(w) and not w.lower().endswith(DEFINITE_ENDINGS):
            return None
    return " ".join(words)


@lru_cache(maxsize=1)
def _item_nouns() -> tuple[str, ...]:
    """Cue nouns of the item classes (``pg:cueNoun`` on Initiative, Event, Agreement): "konferens", "projekt"."""
    return tuple(n.lower() for c in ("Initiative", "Event", "Agreement") for n in class_annotations(c, "cueNoun"))


def _names_a_thing(name: str) -> bool:
    """Whether ``name`` opens with the noun of a thing, not of a body: a resource form of the vocabulary
    ("Lägesbild psykisk hälsa …": a survey) or an item class's cue noun, alone or ending a compound, in any
    inflection ("Ådalskonferensen 2071": an event). A network's form ("Forum för …") names a body too.

    >>> _names_a_thing("Lägesbild psykisk hälsa Ådalen 2071"), _names_a_thing("Ådalskonferensen 2071")
    (True, True)
    >>> _names_a_thing("Forum för Health Policy"), _names_a_thing("Nätverket för samordnare")
    (False, False)
    """
    first = name.split()[0]
    tags = [t for t in _vocabulary().tag(first) if t.start == 0 and t.end == len(first)]
    if any(t.scheme == "resource-form" and t.code != "natverk" for t in tags) and not any(
        t.scheme == "actor-type" for t in tags
    ):
        return True
    low = first.lower()
    return any(
        low == n + e or (low.endswith(n + e) and len(low) - len(n + e) >= 3)
        for n in _item_nouns()
        for e in ("", "en", "et", "n", "t")
    )


def _word_after(doc: Document, m: Mention) -> str:
    """The word the text prints right after the actor's name (on its source line or the next)."""
    if not doc.lines or not doc.lines[0].number <= m.source.line <= doc.lines[-1].number:
        return ""
    lo = doc.offset(m.source.line)
    hi = doc.offset(m.source.line + 3) if m.source.line + 3 <= doc.lines[-1].number else len(doc.text)
    rx = re.compile(r"[\s\u00ad]+".join(re.escape(w) for w in m.name.split()) + r"\s+([\w-]+)")
    found = rx.search(doc.text, lo, hi)
    return found.group(1) if found else ""


def _printed_after_article(doc: Document, m: Mention) -> bool:
    """Whether the text prints the actor's name in lower case right after an indefinite article ("ett
    gemensamt team för kommunerna", "Ett gemensamt team för …"): Swedish describes a body that way and
    names one with a capital or the definite form ("Teamet Norr", "Nationellt nätverk för …")."""
    if not doc.lines or not doc.lines[0].number <= m.source.line <= doc.lines[-1].number:
        return False
    words = m.name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    lo = doc.offset(m.source.line)
    hi = doc.offset(m.source.line + 3) if m.source.line + 3 <= doc.lines[-1].number else len(doc.text)
    first = words[0][:1].lower() + re.escape(words[0][1:])
    rest = "".join(r"[\s\u00ad]+" + re.escape(w) for w in words[1:])
    return re.compile(rf"(?<![\w-])(?:[Ee]n|[Ee]tt)[ \t]+{first}{rest}(?![\w-])").search(doc.text, lo, hi) is not None


def _definite_stem(word: str) -> str | None:
    """The indefinite form of a definite singular noun ("kansliet" → "kansli", "gruppen" → "grupp")."""
    low = word.lower()
    for ending in ("et", "en", "n"):
        if low.endswith(ending) and len(low) - len(ending) >= 4:
            return low[: -len(ending)]
    return None


def _own_body(word: str) -> bool:
    """Whether ``word`` is an organisation's own noun (``pg:headWord`` compound or a unit's noun):
    "Forskningscentrum", "Riksförbundet", "Arbetsgruppen" open a name of their own, never a place.

    >>> _own_body("Forskningscentrum"), _own_body("Styrgruppen"), _own_body("Kramfors"), _own_body("Vättern-Vänern")
    (True, True, False, False)
    """
    return ORG_HEAD.fullmatch(word) is not None or unit_noun(word)


#: A spaced dash between an organisation's name and what a list line adds after it.
_DASHED_NAME = re.compile(r"\s+[–—-]\s+")


def _names_organisation(text: str, actors: ActorLexicon, elsewhere: set[str]) -> bool:
    """Whether ``text`` as a whole names an organisation: the lexicon knows it, its name patterns read all of
    it as one name, or another actor mention of the report has that name."""
    text = text.strip()
    if actors.resolve(text) is not None or text in elsewhere:
        return True
    hits = actors.find(text)
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(text.rstrip(" .,"))


def _before_dash(name: str, actors: ActorLexicon, elsewhere: set[str]) -> tuple[str, bool] | None:
    """The actor named before a spaced dash, and whether the dashed line is another name of it, when what
    follows the dash is no other organisation: lists of organisations print "name – what was done together",
    "name – description" or "name – the same name spelt out" ("Mind – brukarperspektiv", "Ankebyfonden –
    nationellt kunskapscentrum", "Spes – Riksförbundet för …"); two organisations ("Lokalpolisområde X –
    Polisregion Y") stay as printed (wave 11)."""
    parts = _DASHED_NAME.split(name, maxsplit=1)
    if len(parts) != 2 or actors.resolve(name) is not None:
        return None
    head, tail = parts[0].strip(), parts[1].strip()
    if not head or not _names_organisation(head, actors, elsewhere):
        return None
    slug = actors.resolve(head)
    same = slug is not None and actors.resolve(tail) == slug
    if not same and _names_organisation(tail, actors, elsewhere):
        return None
    return head, same


def _glossary_row(doc: Document, m: Mention, actors: ActorLexicon, elsewhere: set[str]) -> Mention | None:
    """An actor read from an abbreviation list's row with the abbreviation glued to its expansion ("SBU Statens
    beredning" of "SBU<TAB>Statens beredning för …", "EHT Elevhälsoteam" of "EHT   Elevhälsoteam"): the
    expansion where it names an organisation, the abbreviation its alias; a common noun's row names none
    (wave 11). Other mentions as they are."""
    if not doc.lines or not doc.lines[0].number <= m.source.line <= doc.lines[-1].number:
        return m
    row = _ABBR_ROW.match(doc.lines[m.source.line - doc.lines[0].number].text)
    if row is None or not re.match(r"^\s*\S+(?:\t| {2,})", row.group()):
        return m
    abbr, expansion = row.group("a"), " ".join(row.group("n").split())
    if not m.name.startswith(abbr + " ") or not expansion.startswith(m.name[len(abbr) + 1 :]):
        return m
    if _names_organisation(expansion, actors, elsewhere):
        return replace(m, name=expansion, alt_names=(*m.alt_names, abbr))
    return None


def _dash_tidied(m: Mention, actors: ActorLexicon, elsewhere: set[str]) -> Mention:
    """``m`` with its actor's name, or the names of its item's actors by role, cut before a spaced dash
    (:func:`_before_dash`); the dashed line an alias where it names the same organisation."""
    if m.kind == "actor":
        cut = _before_dash(m.name, actors, elsewhere)
        if cut is None:
            return m
        return replace(m, name=cut[0], alt_names=(*m.alt_names, m.name) if cut[1] else m.alt_names)
    roles = tuple(
        replace(r, name=cut[0]) if (cut := _before_dash(r.name, actors, elsewhere)) is not None else r for r in m.actors
    )
    return m if roles == m.actors else replace(m, actors=roles)


def _tidy_actors(doc: Document, mentions: Sequence[Mention], actors: ActorLexicon) -> list[Mention]:
    """The mentions with every actor of this report named as a careful reader would name it:

    * an organisation before a spaced dash is the actor, what follows no part of its name
      (:func:`_before_dash`), in actor mentions and in the names of items' actors by role;
    * a phrase printed in lower case after an indefinite article describes a body, names none;
    * an abbreviation list's row read as one name is its expansion, or nothing (:func:`_glossary_row`);
    * a name opening with the noun of a thing (a resource form, an event's or a project's cue noun) names
      no body (:func:`_names_a_thing`);
    * :func:`_tidy_name` cuts what is no part of a name, and drops what names nobody, as is a
      participant list's category heading (:func:`loader.actors.sector_heading`);
    * a list line of place names only under a line whose name ends in a common noun finishes that
      name ("Polisen lokalpolisområde" / "Kramfors–Sollefteå"): one body broken over two lines;
    * a bare place where the report names its municipality ("kommunerna Kramfors, Härnösand …" and
      "Härnösands kommun") is that municipality, the place an alias;
    * a definite unit noun alone ("Kansliet", "Ledningsgruppen") refers back to the one body of the
      report whose name holds that noun ("Ledningsgruppen Psykisk hälsa Göinge", "gemensamt kansli");
    * "Nätverket X" where the report also names "X" is that body, named "X" (apposition; the longer
      form an alias).
    """
    ours = [i for i, m in enumerate(mentions) if m.kind == "actor" and m.source.report == doc.report]
    elsewhere = {mentions[i].name for i in ours if not _DASHED_NAME.search(mentions[i].name)}
    out: list[Mention | None] = [
        _dash_tidied(m, actors, elsewhere) if m.source.report == doc.report else m for m in mentions
    ]
    for i in ours:
        m = out[i]
        assert m is not None
        m = out[i] = _glossary_row(doc, m, actors, elsewhere)
        if m is None or actors.resolve(m.name) is not None:
            continue
        # A participant list's category heading ("Civilsamhälle" over the associations of an appendix)
        # is a kind of organisation, never one (pg:sectorHeading); a name the lexicon knows ("SKR") stays.
        name = None if sector_heading(m.name) or _names_a_thing(m.name) else _tidy_name(m.name, _word_after(doc, m))
        # A body described after an indefinite article ("ett gemensamt team för kommunerna", an apposition
        # to the named "Beroendeteamet X") is what a body is, no name of one (wave 11).
        if name is not None and _printed_after_article(doc, m):
            name = None
        out[i] = None if name is None else (m if name == m.name else replace(m, name=name))
    kept = [i for i in ours if out[i] is not None]
    # One body broken over two list lines.
    by_line = {cur.source.line: i for i in kept if (cur := out[i]) is not None}
    for i in kept:
        cur = out[i]
        if cur is None or not (
            _PLACES_ONLY.fullmatch(cur.name) and ("–" in cur.name or "-" in cur.name or " och " in cur.name)
        ):
            continue
        # A line that opens with an organisation's own noun ("Forskningscentrum Vättern-Vänern",
        # "Stiftelsen Ankeby") is a body of its own, no place finishing the name above (wave 11).
        if _own_body(cur.name.split()[0]):
            continue
        prev = next((by_line[n] for n in (cur.source.line - 1, cur.source.line - 2) if n in by_line), None)
        p = out[prev] if prev is not None else None
        if prev is None or p is None or actors.resolve(p.name) is not None:
            continue
        # A municipality's or city's name ends in its noun ("Tibro kommun"): complete, it takes no place
        # after it; only a common noun that needs its area does ("Polisen lokalpolisområde").
        if guess_type(p.name) == "kommun":
            continue
        last = p.name.split()[-1]
        if len(p.name.split()) >= 2 and last.islower() and last not in FUNCTION_WORDS:
            out[prev] = replace(p, name=f"{p.name} {cur.name}")
            out[i] = None
    spelled = municipality_names(doc.text)
    live = [i for i in ours if out[i] is not None]
    names = {cur.name for i in live if (cur := out[i]) is not None}
    for i in live:
        cur = out[i]
        if cur is None:
            continue
        words = cur.name.split()
        if len(words) == 1 and words[0] in spelled and spelled[words[0]] != cur.name:
            out[i] = replace(cur, name=spelled[words[0]], alt_names=(*cur.alt_names, cur.name))
            continue
        stem = _definite_stem(words[0]) if len(words) == 1 and unit_noun(words[0]) else None
        if stem is not None and actors.resolve(cur.name) is None:
            keys = (fold(words[0]), fold(stem))
            # The noun alone or ending a compound ("länskansli", "tjänstemannastyrgrupp") of a body's
            # name or alias; the body a name of its own, not the same bare noun.
            bodies = {
                o.name
                for j in live
                if j != i
                and (o := out[j]) is not None
                and fold(o.name) != keys[0]
                and any(fold(w).endswith(keys) for n in (o.name, *o.alt_names) for w in n.split())
            }
            if len(bodies) == 1:
                out[i] = replace(cur, name=bodies.pop(), alt_names=(*cur.alt_names, cur.name))
                continue
        if len(words) >= 2 and unit_noun(words[0]) and words[0].lower().endswith(DEFINITE_ENDINGS):
            rest = " ".join(words[1:])
            if rest in names:  # actors are one entity by name: the body is "X", "Nätverket X" its alias
                out[i] = replace(cur, name=rest, alt_names=(*cur.alt_names, cur.name))
    return [m for m in out if m is not None]
