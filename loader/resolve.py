"""Resolve mentions to entities: one entity, one IRI, however many reports and spellings.

Names are compared on a compact key (folded, punctuation and spaces removed), so
"Första linjeboken" and "Förstalinjeboken" meet; a near-miss of one letter on a long key
("Första Linjen boken") is merged too, unless the digits differ, and is listed as a fuzzy
match in the build report. Actors resolve through the curated organisation lexicon.

>>> compact("Första Linjeboken!")
'forstalinjeboken'
>>> near("forstalinjeboken", "forstalinjenboken")
True
>>> near("sipfilm1", "sipfilm2")
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from loader.actors import vocabulary_tagged
from loader.grammar import FUNCTION_WORDS
from loader.model import Mention
from loader.text import fold, slugify

__all__ = [
    "Entity",
    "Occurrence",
    "Resolution",
    "abbreviates",
    "arrangement_key",
    "compact",
    "name_keys",
    "near",
    "resolve",
    "split_organisations",
    "stem",
]

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Kinds whose names may differ across reports and therefore merge by name keys.
_MIN_FUZZY = 12


#: A municipality's name with its place in the genitive: "Orusts kommun".
_MUNICIPALITY_GENITIVE = re.compile(r"^([A-ZÅÄÖ][\w-]+?)s kommun$")


def compact(name: str) -> str:
    """The matching key of a name: folded, letters and digits only."""
    return _NON_ALNUM.sub("", fold(name))


def near(a: str, b: str) -> bool:
    """True when two long keys differ by one inserted, deleted or changed letter, digits equal."""
    if a == b:
        return True
    if min(len(a), len(b)) < _MIN_FUZZY or abs(len(a) - len(b)) > 1:
        return False
    if re.sub(r"\D", "", a) != re.sub(r"\D", "", b):
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


@dataclass(frozen=True)
class Occurrence:
    """One dated holding of an event series: its dates and place, and the mentions that give it.

    Its ``slug`` is that of a dated event (name and start date), unique among the entities.
    """

    slug: str
    start: str
    end: str | None
    location: str | None
    mentions: tuple[Mention, ...]

    @property
    def label(self) -> str:
        return self.mentions[0].name


@dataclass
class Entity:
    """An entity of the graph: its kind, slug and every mention that names it.

    An event held on several dates (an arrangement a report lists once per date) is one entity,
    an event series, whose ``occurrences`` keep each date, place and row; a thing held once has none.
    """

    kind: str
    slug: str
    mentions: list[Mention] = field(default_factory=list)
    occurrences: list[Occurrence] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The name of the richest mention (longest description), first on ties."""
        best = max(self.mentions, key=lambda m: len(m.description))
        return best.name


@dataclass
class Resolution:
    """The result of resolution: entities by (kind, slug), and the merges worth a look."""

    entities: dict[tuple[str, str], Entity]
    fuzzy: list[tuple[str, str, str]]  # (kind, name a, name b)
    index: dict[tuple[str, str], str]  # (kind, compact key) -> slug
    codes: dict[tuple[str, str, str], str] = field(default_factory=dict)  # (report, kind, code) -> slug

    #: (kind, slug) of a name that was folded into an entity of another kind -> that entity's key
    redirects: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def find(self, kind: str, name: str, report: str | None = None) -> Entity | None:
        """The entity of ``kind`` named ``name``; a bare code ("2") resolves within ``report``."""
        slug = self.index.get((kind, compact(name))) or self.index.get((kind, "=" + compact(name)))
        if slug is None and report is not None:
            slug = self.codes.get((report, kind, name.strip()))
        if slug is None:
            return None
        key = self.redirects.get((kind, slug), (kind, slug))
        return self.entities.get(key)


def _url_key(url: str) -> str:
    """A URL without scheme, "www." and trailing slash: "url:host/path".

    >>> _url_key("https://www.Genombrott.nu/")
    'url:genombrott.nu'
    """
    bare = re.sub(r"^https?://(www\.)?", "", url.strip().lower()).rstrip("/")
    return "url:" + bare


def _site_named(url_key: str, name_key: str) -> bool:
    """True when a front page's host names the resource: "url:genombrott.nu" for "Genombrott.nu".

    >>> _site_named("url:familjehemsverige.se", "familjehemsverigenu")
    True
    >>> _site_named("url:uppdragpsykiskhalsa.se", "sdqwebb")
    False
    """
    host = url_key[4:].split("/")[0]
    label = compact(host.rsplit(".", 1)[0])
    return len(label) >= 5 and label in name_key


def _full_key(m: Mention) -> str:
    """Events repeat names ("Analysledarutbildning" four times): their key includes the date."""
    if m.kind == "event":
        return compact(f"{m.name} {m.start or ''}")
    return compact(m.name)


# A trailing note in brackets without digits: a place "(Borås)", an audience "(för X:s personal)",
# an abbreviation "(TMO)". A bracket with a digit ("(2)") numbers the event and is kept.
_TRAILING_NOTE = re.compile(r"\s*\([^()\d]*\)\s*$")
_KEY_WORD = re.compile(r"[^\W_]+")
_FUNCTION_KEYS = frozenset(fold(w) for w in FUNCTION_WORDS)


def _bare_cue(word: str, arranged: bool = False) -> bool:
    """Whether ``word`` is, whole, a cue noun of an event or a resource form ("Utbildning", not "Grundkurs");
    ``arranged``: of an event or of a form that is held as one (a training, a seminar), not a report."""
    from loader.layouts.cues import lemma
    from loader.named_things import cue_of

    cue = cue_of(word)
    if cue is None or (arranged and cue.kind != "event" and cue.code not in ("utbildning", "seminarium")):
        return False
    return cue.kind in ("event", "resource") and cue.noun in lemma(word)


# A note in brackets that ends an actor's name and is no abbreviation: "(ungdomsråd, 14–20 år)".
_ACTOR_NOTE = re.compile(r"\s*\([a-zåäö\d][^()]*\)\s*$")
# A first word and a colon or a spaced dash after it: "Webbinarium: X", "Webbinarium – X".
_CUE_SEPARATOR = re.compile(r"\s*[^\W\d_]+(?::|\s+[–-])\s+")
# A place after a dash that ends a name ("Utbildning i X – Malmö"): one capitalised word.
_DASH_PLACE = re.compile(r"\s+[–-]\s+[A-ZÅÄÖ][a-zåäöé]+\s*$")
# One word after a spaced dash that ends a name: "Kort samtalsstöd – utbildningsdag".
_DASH_WORD = re.compile(r"\s[–-]\s+([^\W\d_]+)\s*$")
# A place in brackets that ends a name ("X (Stockholm)"): one capitalised word.
_BRACKET_PLACE = re.compile(r"\s*\([A-ZÅÄÖ][a-zåäöé]+\)\s*$")


def arrangement_key(name: str) -> str:
    """The key of an arrangement however a report spells it from one date to the next.

    Case, dashes and spacing do not count, nor function words ("för", "i", "att"), inflection
    ("minskad"/"minska") or word order ("Grundkurs X" / "X – grundkurs"); a trailing note in
    brackets (a place, an audience) names where or for whom one occurrence was held; a leading
    bare form or event noun before "i" or a capitalised name ("Utbildning i X", "Utbildningsdag X")
    says what X is, not which; one before another preposition ("Workshop om X") makes another
    arrangement about X. Numbers count: "Lärandeseminarium 1" and "2" are two events.

    >>> k = arrangement_key
    >>> k("Aktion 2017- Sociala investeringar") == k("Aktion 2017 – sociala investeringar")
    True
    >>> k("Grundkurs migration och psykisk hälsa (Borås)") == k("Utbildning i Migration och psykisk hälsa – grundkurs")
    True
    >>> k("Utbildningsdag Hälsostöd – metod för X") == k("Utbildningsdag i Hälsostöd – metod för X")
    True
    >>> k("Insatser för minskad sjukfrånvaro") == k("Insatser för att minska sjukfrånvaron")
    True
    >>> k("Lärandeseminarium 1 – genombrott") == k("Lärandeseminarium 2 – genombrott")
    False
    >>> k("Workshop om Bättre läkarbemanning") == k("Bättre läkarbemanning")
    False
    >>> k("webbinarium: psykisk hälsa i kristid") == k("Webbinarium – Psykisk hälsa i kristid")
    True
    >>> k("Hälsostöd i skolan – utbildningsdag (Visby)") == k("Utbildningsdag i Hälsostöd i skolan (Luleå)")
    True
    >>> k("Hälsostöd i skolan – grundkurs") == k("Hälsostöd i skolan")
    False
    >>> k("Workshop om lokala planer – uppföljning") == k("Workshop om lokala planer")
    False
    """
    text = _TRAILING_NOTE.sub("", name.strip()) or name
    words = _KEY_WORD.findall(text)
    announced = _CUE_SEPARATOR.match(text) is not None
    if len(words) > 2 and (words[1] == "i" or words[1][:1].isupper() or announced) and _bare_cue(words[0]):
        # "Utbildning i X", "Utbildningsdag Hälsostöd", "Webbinarium: x", "Webbinarium – x": the noun
        # says what, X which
        words = words[1:]
    elif len(words) > 2 and (tail := _DASH_WORD.search(text)) and _bare_cue(tail.group(1), arranged=True):
        # "X – utbildningsdag": an arrangement noun after a dash says what X is, as "Utbildningsdag i X"
        # does ("X – uppföljning", a report noun, names another arrangement)
        words = words[:-1]
    keys = sorted(_word_key(w.lower()) for w in words if fold(w.lower()) not in _FUNCTION_KEYS)
    return " ".join(keys) if keys else compact(name)


def kind_and_name(name: str) -> str | None:
    """What an event is and which, where a name says both: a bare event or form noun before a
    capitalised name, or a compound with such a noun as its head (Swedish writes "konferens X"
    and "X-konferens" for one thing). None for other names.

    >>> kind_and_name("Konferens Första linjen"), kind_and_name("Förstalinjekonferens")
    ('konferens|forstalinj', 'konferens|forstalinj')
    >>> kind_and_name("Temadag om suicidprevention") is None, kind_and_name("Konferens") is None
    (True, True)
    """
    from loader.layouts.cues import lemma, stem_key
    from loader.named_things import cue_of

    words = _KEY_WORD.findall(_TRAILING_NOTE.sub("", name.strip()) or name)
    cue = cue_of(words[0]) if words else None
    if cue is None or cue.kind not in ("event", "resource"):
        return None
    if len(words) >= 2 and words[1][:1].isupper() and _bare_cue(words[0]):
        rest = "".join(words[1:])
    elif len(words) == 1:
        base = next((b for b in lemma(words[0]) if b.endswith(cue.noun) and len(b) >= len(cue.noun) + 4), None)
        if base is None:
            return None
        rest = base[: -len(cue.noun)]
    else:
        return None
    key = compact(rest)
    return f"{cue.noun}|{stem_key(key)}" if len(key) >= 4 else None


def _word_key(word: str) -> str:
    from loader.layouts.cues import stem_key

    return stem(fold(stem_key(word))) if word.isalpha() else word


_TLD = re.compile(r"\.(se|nu|com|org|net)$", re.IGNORECASE)
_HEAD = re.compile(r"\s+[–-]\s+|:\s+|\.\s+|,\s+|!\s+")
_STOPWORDS = {"for", "och", "i", "om", "av", "till", "med", "pa", "en", "ett", "den", "det"}
_SUFFIXES = ("arna", "erna", "orna", "ar", "er", "or", "en", "et", "n")
_LEAD_WORD = re.compile(r"^(\S+?)(:?)\s+")
_DEFINITE_END = re.compile(r"(?:en|et|n)$")


def _form_head(name: str) -> str | None:
    """The leading form word of a name ("Rapporten X", "Forskningsöversikt: X"), read from the SKOS forms.

    A resource-form noun in definite form, or followed by a colon, says what the thing is, not which.

    >>> _form_head("Rapporten Psykiatrin i siffror"), _form_head("Forskningsöversikt: Arbete")
    ('Rapporten ', 'Forskningsöversikt: ')
    >>> _form_head("Metodstöd för elevhälsan") is None
    True
    """
    from loader.named_things import cue_of  # resolution needs only the form lookup

    m = _LEAD_WORD.match(name)
    if m is None:
        return None
    cue = cue_of(m.group(1))
    if cue is None or cue.kind != "resource":
        return None
    return m.group(0) if m.group(2) or _DEFINITE_END.search(m.group(1).lower()) else None


def _is_form_word(word: str) -> bool:
    """A name's first part that is only a form word ("Forskningsöversikt" of "Forskningsöversikt: X")."""
    from loader.named_things import cue_of

    cue = cue_of(word) if " " not in word.strip() else None
    return cue is not None and cue.kind == "resource"


def stem(word: str) -> str:
    """A light Swedish stem for one-word names: "Traumastödet"/"Traumastöd", "Mötescirkeln"/"Mötescirklar".

    >>> stem("motescirkeln") == stem("motescirklar"), stem("traumastodet") == stem("traumastod")
    (True, True)
    """
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 6:
            word = word[: -len(suffix)]
            break
    return re.sub(r"([^aeiouyåäö])e([lr])$", r"\1\2", word)


def name_keys(name: str) -> list[str]:
    """Every key a name can meet another report's name on, most specific first.

    >>> name_keys("Forskningsöversikt: Arbete och sjukfrånvaro – varningssignaler")[:2]
    ['forskningsoversiktarbeteochsjukfranvarovarningssignaler', 'arbeteochsjukfranvaro']
    >>> name_keys("Genombrott.nu")
    ['genombrottnu', 'genombrott', '~genombrott']
    """
    keys = [compact(name)]
    bare = _TLD.sub("", name.strip())
    parts = _HEAD.split(bare, maxsplit=1)
    if len(parts) > 1 and not _is_form_word(parts[0]):
        keys.append(compact(parts[0]))
    head = _form_head(bare)
    unformed = bare[len(head) :] if head else bare
    if unformed != bare:
        keys.append(compact(_HEAD.split(unformed, maxsplit=1)[0]))
    keys.append(compact(bare))
    words = fold(bare).split()
    keys.append("".join(w for w in map(compact, words) if w not in _STOPWORDS))
    if len(words) == 1:
        keys.append("~" + stem(compact(bare)))
    return [k for k in dict.fromkeys(keys) if len(k) >= 5]


# An abbreviation: one token of letters with at least two capitals ("ChASE", "SIP", "BUP").
_ABBREVIATION = re.compile(r"^(?=(?:[^A-ZÅÄÖ]*[A-ZÅÄÖ]){2})[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,9}$")
# Its segments: each capital with the lower-case letters after it ("Ch", "A", "S", "E").
_SEGMENT = re.compile(r"[A-ZÅÄÖ][a-zåäö]*")
_WORD = re.compile(r"[^\W\d_]+")


def _skippable(word: str) -> bool:
    """A short lower-case word ("och", "and", "för", "of") that an abbreviation may leave out."""
    return word.islower() and len(word) <= 3


def abbreviates(abbreviation: str, name: str) -> bool:
    """True when ``abbreviation`` spells the initials of ``name``'s words (each segment a word's start).

    Short lower-case words may be left out; every other word must be used, in order.

    >>> abbreviates("ChASE", "Children and Adolescents Service Experience")
    True
    >>> abbreviates("SIP", "Samordnad individuell plan"), abbreviates("SIP", "Samordnad plan")
    (True, False)
    >>> abbreviates("SKL", "Sveriges Kommuner och Landsting"), abbreviates("BUP", "Barnens utvecklingsdag")
    (True, False)
    """
    if not _ABBREVIATION.match(abbreviation):
        return False
    segments = [seg.casefold() for seg in _SEGMENT.findall(abbreviation)]
    words = _WORD.findall(name)
    if len(segments) < 3 or len(words) < len(segments):
        return False

    def fits(w: int, k: int) -> bool:
        # Segment k onwards spelled by words w onwards; a short word may be used or left out.
        if w == len(words):
            return k == len(segments)
        used = k < len(segments) and words[w].casefold().startswith(segments[k]) and fits(w + 1, k + 1)
        return used or (_skippable(words[w]) and fits(w + 1, k))

    return fits(0, 0)


#: An abbreviation and a field in lower case after it: "NPO psykiatri", "RPO psykisk hälsa".
_FIELD_AFTER = re.compile(r"^(?P<head>[A-ZÅÄÖ]{3,6})\s+(?P<field>[a-zåäö]+(?:\s+[a-zåäö]+){0,2})$")


def _uninflected(word: str) -> str:
    """A lower-case word without the weak or plural adjective ending "-a" ("psykiska" -> "psykisk")."""
    low = word.casefold()
    return low[:-1] if low.endswith("a") and len(low) > 4 else low


def spells_parts(abbreviation: str, name: str) -> bool:
    """Whether ``abbreviation``'s letters open every word of ``name`` in order, more letters of it standing
    for the later parts of a compound ("NPO" = "Nationella programområdet": "program" + "område").

    >>> spells_parts("NPO", "Nationella programområdet"), spells_parts("NPO", "Nationellt programområde")
    (True, True)
    >>> spells_parts("NPO", "Nationell plan"), spells_parts("RPO", "Regionala programområdet")
    (False, True)
    >>> spells_parts("SKR", "Socialstyrelsen")
    False
    """
    letters = abbreviation.casefold()
    words = [w.casefold() for w in name.split()]
    if len(letters) < 3 or len(words) < 2 or len(words) > len(letters):
        return False

    def fits(k: int, w: int) -> bool:
        if w == len(words):
            return k == len(letters)
        if k == len(letters) or not words[w].startswith(letters[k]):
            return False
        # the word takes its first letter and perhaps later letters at its compound parts
        need = len(words) - w - 1
        for extra in range(0, len(letters) - k - need):
            rest = letters[k + 1 : k + 1 + extra]
            pos, ok = 1, True
            for ch in rest:
                found = words[w].find(ch, pos + 2)  # a compound part is three letters at least
                if found < 0:
                    ok = False
                    break
                pos = found
            if ok and fits(k + 1 + extra, w + 1):
                return True
        return False

    return fits(0, 0)


def _signature(name: str) -> str | None:
    """Initials an abbreviation and its expansion share ("CASE" for both "ChASE" and its expansion)."""
    if _ABBREVIATION.match(name):
        return "".join(seg[0] for seg in _SEGMENT.findall(name)).upper()
    words = [w for w in _WORD.findall(name) if not _skippable(w)]
    return "".join(w[0] for w in words).upper() if len(words) >= 3 and " " in name.strip() else None


def _series_keys(m: Mention, placed: frozenset[tuple[str, str]] = frozenset()) -> list[str]:
    """An event's arrangement within its report: the dates a report lists it on are one series.

    ``placed`` holds (report, arrangement key) of the rows that give their place in brackets
    ("X (Stockholm)"): a row of that arrangement with one capitalised word after a dash at its end
    ("Utbildning i X – Malmö") gives its place the other way, so it is the same arrangement. Without
    such bracketed rows a word after a dash names which ("Länsövergripande dialog – Gotland").
    """
    keys = [f"@{m.source.report}:{arrangement_key(m.name)}"]
    if placed and (dash := _DASH_PLACE.search(m.name)):
        base = arrangement_key(m.name[: dash.start()])
        if (m.source.report, base) in placed:
            keys.append(f"@{m.source.report}:{base}")
    named = kind_and_name(m.name)
    if named is not None:
        keys.append(f"@{m.source.report}:{named}")
    return keys


def _keys(m: Mention) -> list[str]:
    if m.kind == "event":
        return [_full_key(m), *_series_keys(m)]
    keys = name_keys(m.name)
    for a in m.alt_names:
        keys += name_keys(a)
    return list(dict.fromkeys(keys))


_AND = re.compile(r"\s+(?:och|&)\s+")


def split_organisations(name: str, actor_slug: Callable[[str], str | None] = lambda name: None) -> list[str]:
    """The organisations "X och Y" names: two when each part is one, else the name itself.

    A part is an organisation when the organisation lexicon knows it, or when it is a
    capitalised name of its own while the other part is known ("Nationellt Kompetenscentrum
    Anhöriga och Linnéuniversitetet"). A name the lexicon knows whole ("Sveriges Kommuner och
    Regioner"), or with a lower-case second part ("Frisk och fri", "Universitet och högskolor"),
    is one name.

    >>> known = {"socialstyrelsen": "sos", "folkhälsomyndigheten": "fohm", "linnéuniversitetet": "lnu"}.get
    >>> split_organisations("Socialstyrelsen och Folkhälsomyndigheten", lambda n: known(n.lower()))
    ['Socialstyrelsen', 'Folkhälsomyndigheten']
    >>> split_organisations("Mod och Mening", lambda n: known(n.lower()))
    ['Mod och Mening']
    """
    if actor_slug(name) is not None:
        return [name]
    parts = _AND.split(name.strip())
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return [name]
    known = [actor_slug(p) is not None for p in parts]
    if all(known) or (any(known) and all(len(p.split()) >= 1 and len(p) >= 4 for p in parts)):
        return parts
    return [name]


def _opens(short: str, long: str) -> bool:
    """Whether the words of ``short`` are the opening words of ``long`` (and fewer).

    >>> _opens("Analyseseminarium", "Analyseseminarium handlingsplaner (nyckelindikatorer m.m.)")
    True
    >>> _opens("Workshop om Triagering", "Workshop om Tidig dialog"), _opens("Analys", "Analyseseminarium")
    (False, False)
    """
    a, b = _KEY_WORD.findall(fold(short)), _KEY_WORD.findall(fold(long))
    return 0 < len(a) < len(b) and b[: len(a)] == a


def _holdings(members: list[Mention]) -> list[list[Mention]]:
    """An event's dated mentions grouped by holding: the same start, and end and place where both give one.

    >>> from loader.model import Source
    >>> row = lambda d, place=None: Mention("event", "Grundkurs", Source("r", 1, "q"), start=d, location=place)
    >>> [len(h) for h in _holdings([row("2017-05-11", "Lycksele"), row("2017-09-13"), row("2017-05-11")])]
    [2, 1]
    >>> len(_holdings([row("2017-09-13", "Borås"), row("2017-09-13", "Eskilstuna")]))
    2
    >>> [_when_where(h)[0] for h in _holdings([row("2017-10"), row("2017-10-04")])]
    ['2017-10-04']
    """
    held: list[list[Mention]] = []
    for m in members:
        if not m.start:
            continue
        for h in held:
            same = all(
                getattr(o, f) is None or getattr(m, f) is None or getattr(o, f) == getattr(m, f)
                for o in h
                for f in ("end", "location")
            )
            if same and all(_within(str(o.start), m.start) for o in h):
                h.append(m)
                break
        else:
            held.append([m])
    return sorted(held, key=lambda h: _when_where(h)[0])  # stable: one day's holdings keep text order


def _within(a: str, b: str) -> bool:
    """Whether two dates can be one day: equal, or one a month or year holding the other."""
    return a.startswith(b) or b.startswith(a)


def _when_where(holding: list[Mention]) -> tuple[str, str | None, str | None]:
    """Start, end and place of one holding: the first mention that gives each."""
    start = max((str(m.start) for m in holding), key=len)  # the most precise: "2017-10-04" of "2017-10"
    end = next((m.end for m in holding if m.end), None)
    place = next((m.location for m in holding if m.location), None)
    return start, end, place


def _title_head(name: str) -> str | None:
    """The key of a title's main part before its subtitle ("X" of "X – om Y", "X: om Y"), if it has one.

    >>> _title_head("Lotsa rätt – webbutbildning om bedömningssamtal"), _title_head("SIP-handboken Nordväst")
    ('lotsaratt', None)
    """
    parts = _HEAD.split(_TLD.sub("", name.strip()), maxsplit=1)
    return compact(parts[0]) if len(parts) > 1 else None


def _at(m: Mention) -> tuple[int, int]:
    """Where a mention's name stands: its line, and its offset in the text where the quote is anchored."""
    found = m.source.quote.find(m.name)
    return m.source.line, (m.source.start or 0) + max(found, 0)


def _introduced_after(short: Mention, longer: Mention) -> bool:
    """Whether ``longer`` ("X – Y") is named after ``short`` ("X") in the section (or line) that names X:
    the text about X going on to name a part, a version, or the programme it builds on.

    >>> from loader.model import Source
    >>> x = Mention("resource", "Kompassrosen", Source("r", 82, "Modellen Kompassrosen består av …", start=100))
    >>> said = "… ett formulär, Kompassrosen – skattning"
    >>> part = Mention("resource", "Kompassrosen – skattning", Source("r", 82, said, start=140))
    >>> _introduced_after(x, part), _introduced_after(part, x)
    (True, False)
    >>> listed = Source("r", 148, "Kompassrosen – samtalsmodell", section="Bilaga 1")
    >>> appendix = Mention("resource", "Kompassrosen – samtalsmodell", listed)
    >>> _introduced_after(x, appendix)
    False
    """
    (line_s, at_s), (line_l, at_l) = _at(short), _at(longer)
    if (line_l, at_l) <= (line_s, at_s):
        return False
    if line_l == line_s or _introduced_as_new(longer):
        return True
    return bool(short.source.section) and short.source.section == longer.source.section


# An indefinite article, up to two words and a noun, then the name: "ett skattningsformulär, X", "en ny
# informationsaffisch X" (Swedish grammar: the indefinite form brings in a new referent).
_INDEFINITE_BEFORE = re.compile(r"\b(?:en|ett)\s+(?:[a-zåäöé]+\s+){0,2}(?P<noun>[a-zåäöé]+),?\s+$")
# Nouns of a thing made from another: "en lättare version, X bas", "en fortsättning, X 2".
_DERIVED_NOUNS = ("version", "variant", "fortsättning", "del")


def _introduced_as_new(m: Mention) -> bool:
    """Whether the sentence brings the name in after an indefinite noun of a form or a derived thing.

    >>> from loader.model import Source
    >>> said = "Inom avtalet har också en informationsaffisch, Prata nu – vi lyssnar, skickats ut."
    >>> _introduced_as_new(Mention("resource", "Prata nu – vi lyssnar", Source("r", 1, said)))
    True
    >>> said = "Vi har använt Prata nu – vi lyssnar i skolorna."
    >>> _introduced_as_new(Mention("resource", "Prata nu – vi lyssnar", Source("r", 1, said)))
    False
    """
    from loader.named_things import cue_of

    at = m.source.quote.find(m.name)
    if at < 0:
        return False
    found = _INDEFINITE_BEFORE.search(m.source.quote[:at])
    if found is None:
        return False
    noun = found.group("noun")
    cue = cue_of(noun)
    return (cue is not None and cue.kind == "resource") or noun.startswith(_DERIVED_NOUNS)


def _one_phrase(a: Mention, b: Mention) -> bool:
    """Whether two actor names of one report are one phrase read twice: ``a``'s words open ``b``'s, which go
    on with a lower-case word; or, on one line, ``a`` ends with the capitalised words ``b`` opens with.

    >>> from loader.model import Source
    >>> at = lambda name, line=1: Mention("actor", name, Source("r", line, name))
    >>> _one_phrase(at("Ungdomsrådet Unga"), at("Ungdomsrådet Unga röster Söderslätt", 9))
    True
    >>> _one_phrase(at("Nätverket Tidvatten"), at("Tidvatten för regionala samordnare"))
    True
    >>> _one_phrase(at("Nätverket Tidvatten"), at("Tidvatten för regionala samordnare", 9))
    False
    >>> _one_phrase(at("Region Skåne"), at("Region Skåne Kunskapscentrum")), _one_phrase(at("Unga i X"), at("Unga"))
    (False, False)
    >>> _one_phrase(at("Samordningsförbundet Västerås"), at("Västerås stad"))
    False
    """
    wa, wb = a.name.split(), b.name.split()
    for longer in (wb, *(n.split() for n in b.alt_names)):
        if len(wa) < len(longer) and longer[: len(wa)] == wa and longer[len(wa)][:1].islower():
            return True
    if a.source.line != b.source.line:
        return False
    # The shared words go on in ``b`` with a preposition ("Tidvatten för …"): a place the two names share
    # ("Samordningsförbundet Västerås" and "Västerås stad") is no such phrase.
    return any(
        wa[-k:] == wb[:k] and all(w[:1].isupper() for w in wb[:k]) and fold(wb[k]) in _FUNCTION_KEYS
        for k in range(1, min(len(wa), len(wb)))
    )


#: Between a descriptor and the name after it: a comma ("handbok om skolnärvaro, Närvaro i Sjuhärad").
_NAME_AFTER = r"\s*,\s+"
#: Between a name and the descriptor after it: a comma or dash and maybe an indefinite article
#: ("Trygg start, en broschyr om sömn").
_DESCRIPTOR_AFTER = r"\s*[,–-]\s*(?:(?:en|ett)\s+)?"


def _in_apposition(desc: Mention, name: Mention) -> bool:
    """Whether the lower-case descriptor ``desc`` ("handbok om skolnärvaro") and the capitalised ``name``
    ("Närvaro i Sjuhärad") stand in apposition in one report's sentence: "… handbok om skolnärvaro,
    Närvaro i Sjuhärad, …" or "Närvaro i Sjuhärad, en handbok om skolnärvaro" (Swedish grammar: a noun
    phrase set off by commas beside a name describes that name).

    >>> from loader.model import Source
    >>> q = "Ta fram en handbok om skolnärvaro, Närvaro i Sjuhärad, för rektorer."
    >>> r = lambda n, q=q: Mention("resource", n, Source("r", 4, q))
    >>> _in_apposition(r("handbok om skolnärvaro"), r("Närvaro i Sjuhärad"))
    True
    >>> q2 = "Vi gav ut Trygg start, en broschyr om sömn, och en film."
    >>> _in_apposition(r("broschyr om sömn", q2), r("Trygg start", q2))
    True
    >>> q3 = "Vi gav ut en broschyr om sömn och Trygg start, en film."
    >>> _in_apposition(r("broschyr om sömn", q3), r("Trygg start", q3))
    False
    """
    if desc.source.report != name.source.report or desc.source.line != name.source.line:
        return False
    if not name.name[:1].isupper():
        return False
    d, n = re.escape(desc.name.strip()), re.escape(name.name.strip())
    pattern = re.compile(rf"(?<![\w-]){d}{_NAME_AFTER}{n}(?![\w-])|(?<![\w-]){n}{_DESCRIPTOR_AFTER}{d}(?![\w-])")
    return any(pattern.search(" ".join(q.split())) for q in {desc.source.quote, name.source.quote})


def _fold_kinds(entities: dict[tuple[str, str], Entity]) -> dict[tuple[str, str], tuple[str, str]]:
    """A focus area or event named exactly like an initiative is that initiative, not a second node.

    "Kraftsamling för psykisk hälsa" as the heading of a report section (focus area) and as the
    initiative the section is about are one thing; its mentions move to the initiative. An event
    held on several dates stays an event: a series of meetings is not the project it serves.
    """
    initiatives: dict[str, tuple[str, str]] = {}
    for key, e in entities.items():
        if e.kind == "initiative":
            for m in e.mentions:
                initiatives.setdefault(compact(m.name), key)
    redirects: dict[tuple[str, str], tuple[str, str]] = {}
    for key, e in list(entities.items()):
        if e.kind not in ("focus-area", "event") or e.occurrences:
            continue  # an event held on several dates is a series of meetings, not the initiative
        target = initiatives.get(compact(e.label))
        if target is None or target not in entities:
            continue
        entities[target].mentions.extend(e.mentions)
        del entities[key]
        redirects[key] = target
    return redirects


_SPACES = re.compile(r"\s+")


def _run_of(short: list[str], words: list[str]) -> int | None:
    """Where the words ``short`` stand as a run inside ``words``, or None."""
    for k in range(len(words) - len(short) + 1):
        if words[k : k + len(short)] == short:
            return k
    return None


def _read_short(short: str, longer: str, known: bool = False) -> bool:
    """Whether ``short`` is ``longer`` read short: its words a run of the longer name's words, and
    the other words only the rest of an organisation's name: capitalised words (a place or proper
    name, "Svenska kyrkan i Hjo", "Hela Människan Östra Värmland"), the place's "i"/"på", or a
    definite noun opening a unit's name ("Mobila teamet Vätterstranden"); never a clause. A longer
    name the actor lexicon knows (``known``) is a name whatever its words ("Nationellt centrum" of
    "Nationellt centrum för suicidforskning och prevention").

    >>> _read_short("Svenska kyrkan", "Svenska kyrkan i Hjo")
    True
    >>> _read_short("Vätterstranden", "Mobila teamet Vätterstranden")
    True
    >>> _read_short("Östra Värmland", "Styrgruppen för Östra Värmland följer upp överenskommelsen")
    False
    >>> _read_short("SKR", "SKR:s ungdomsråd"), _read_short("Region Skåne", "Region Skåne")
    (False, False)
    >>> _read_short("Nationellt centrum", "Nationellt centrum för suicidforskning", known=True)
    True
    >>> _read_short("Ankeby kommun", "Ankeby kommun Socialförvaltningen")
    False
    """
    a, b = short.split(), longer.split()
    if not a or len(a) >= len(b):
        return False
    k = _run_of(a, b)
    if k is None:
        return False
    rest = b[:k] + b[k + len(a) :]
    # A word the vocabulary tags after the short name is a unit of it, not the rest of its name:
    # "Ankeby kommun Socialförvaltningen" is the municipality's office, not the municipality.
    if not known and k == 0 and any(w[:1].isupper() and vocabulary_tagged(w) for w in rest):
        return False
    return known or all(
        w[:1].isupper() or w in ("i", "på") or (w.endswith(("en", "et")) and len(w) > 4 and k > 0) for w in rest
    )


#: A word broken at a line end with a hyphen ("Na-" / "tionellt"), blank lines between allowed.
_BROKEN_WORD = re.compile(r"(?<=[A-Za-zåäöÅÄÖ])-\s*\n\s*(?=[a-zåäö])")


def _longer_readings(items: list[Mention], actor_slug: Callable[[str], str | None]) -> list[Mention]:
    """Actor mentions renamed where one stage read less of a name than another stage read from the
    same words: the quote that gave the short name prints the longer name around its only
    occurrence, and the longer name is an actor of the same report ("Svenska kyrkan" read by a
    role frame in "Projektet drivs av Svenska kyrkan i Hjo", where the organisation reader found
    the parish "Svenska kyrkan i Hjo"). The short reading takes the longer name, so the two are one.
    """
    longer: dict[str, set[str]] = {}
    # A name a reader chose over a longer form of it ("Unga röster X" in apposition to "Ungdomsrådet"):
    # the longer form, wherever another reader printed it in that report, is that body too.
    chose: dict[tuple[str, str], str] = {}
    for m in items:
        if m.kind == "actor":
            name = _SPACES.sub(" ", m.name).strip()
            longer.setdefault(m.source.report, set()).add(name)
            for alt in m.alt_names:
                alt = _SPACES.sub(" ", alt).strip()
                if _read_short(name, alt):
                    chose.setdefault((m.source.report, alt), name)
    out = []
    for m in items:
        if m.kind == "actor" and (short := chose.get((m.source.report, _SPACES.sub(" ", m.name).strip()))):
            out.append(replace(m, name=short, alt_names=(*m.alt_names, m.name)))
            continue
        if m.kind == "actor" and m.source.quote:
            quote = _SPACES.sub(" ", _BROKEN_WORD.sub("", m.source.quote))
            short = _SPACES.sub(" ", m.name).strip()
            # A name a reader already chose over the longer form ("Unga röster X" for "Ungdomsrådet
            # Unga röster X": the body named in apposition, the longer form its alias) stays.
            chosen = {_SPACES.sub(" ", a).strip() for a in m.alt_names}
            hits = [
                n
                for n in longer.get(m.source.report, ())
                if n not in chosen
                and (m.source.report, n) not in chose
                and n in quote
                and quote.count(short) == quote.count(n)
                and _read_short(short, n, actor_slug(n) is not None and actor_slug(short) is None)
            ]
            if len(hits) == 1:
                m = replace(m, name=hits[0], alt_names=tuple(a for a in m.alt_names if a != hits[0]))
        out.append(m)
    return out


#: The place that names a local branch after its organisation's name: capitalised words of letters
#: ("Skaraborg", "Östra Värmland"), never an acronym ("Region Gotland BUP") or a lower-case noun.
_BRANCH_PLACE = re.compile(r"(?:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?: [A-ZÅÄÖ][a-zåäöé]+)?")


def _branch_of(name: str, actor_slug: Callable[[str], str | None]) -> str | None:
    """The slug of the known organisation whose local branch ``name`` is ("NSPH Skaraborg",
    "Närhälsan Skaraborg", "Hela Människan Östra Värmland"): the name's first words name an
    organisation the lexicon knows, the rest is a place; None for a known name or anything else.

    >>> slugs = {"nsph": "nsph", "region gotland": "region-gotland"}
    >>> lookup = lambda n: slugs.get(n.lower())
    >>> _branch_of("NSPH Skaraborg", lookup), _branch_of("Region Gotland BUP", lookup), _branch_of("NSPH", lookup)
    ('nsph', None, None)
    >>> _branch_of("Region Gotland, Allmänpsykiatrin", lookup) is None
    True
    >>> _branch_of("Region Gotland Vuxenpsykiatrin", lookup) is None
    True
    """
    words = name.split()
    # "Region Örebro Län, Allmänpsykiatrin": a comma sets a unit after its owner; a branch's name is words only.
    if len(words) < 2 or not re.fullmatch(r"[\w –-]+", name) or actor_slug(name) is not None:
        return None
    for k in range(len(words) - 1, 0, -1):
        head, place = " ".join(words[:k]), " ".join(words[k:])
        # A word the vocabulary tags is a unit ("Region Gotland Vuxenpsykiatrin"), never a place.
        if any(vocabulary_tagged(w) for w in words[k:]):
            continue
        if _BRANCH_PLACE.fullmatch(place) and (slug := actor_slug(head)) is not None:
            return slug
    return None


def _local_branches(items: list[Mention], actor_slug: Callable[[str], str | None]) -> list[Mention]:
    """A known organisation named bare in a report that also names exactly one local branch of it is
    that branch ("drivs av Hela Människan" after "Hela Människan Östra Värmland" in a deck's participant
    list; "Närhälsans vårdcentraler" in a plan where "Närhälsan Skaraborg" supports the work): the
    report speaks of its own local body by the short name, which becomes an alias of the branch. In
    another report the bare name is the national organisation as before.
    """
    branches: dict[tuple[str, str], set[str]] = {}
    for m in items:
        if m.kind == "actor" and (slug := _branch_of(_SPACES.sub(" ", m.name).strip(), actor_slug)) is not None:
            branches.setdefault((m.source.report, slug), set()).add(_SPACES.sub(" ", m.name).strip())
    if not branches:
        return items
    out = []
    for m in items:
        if m.kind == "actor" and (slug := actor_slug(m.name)) is not None:
            found = branches.get((m.source.report, slug), set())
            if len(found) == 1:
                branch = next(iter(found))
                m = replace(m, name=branch, alt_names=(*m.alt_names, m.name))
        out.append(m)
    return out


def resolve(
    mentions: Iterable[Mention],
    actor_slug: Callable[[str], str | None] = lambda name: None,
) -> Resolution:
    """Group mentions into entities; deterministic for the same input order."""
    parent: dict[int, int] = {}
    items: list[Mention] = []
    for m in mentions:
        # "X och Y" naming two organisations is two actors.
        parts = split_organisations(m.name, actor_slug) if m.kind == "actor" else [m.name]
        items += [m] if len(parts) == 1 else [replace(m, name=p) for p in parts]
    items = _local_branches(_longer_readings(items, actor_slug), actor_slug)

    def root(i: int) -> int:
        while parent.setdefault(i, i) != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Names each group holds per report: a weak key (short title) must not join two items
    # that one report lists apart ("Använd SIP – … 0-18 år" and "Använd SIP – … vuxna"),
    # not even through a third report that only says "Använd SIP".
    names: dict[int, dict[str, set[str]]] = {}
    # What each group is and what its members say are other things: a mention that the text gives as a
    # part of X ("part-of"), or whose parts it lists ("has-part"), is not X, however alike the names
    # ("Kompassrosen – skattning av mående", the questionnaire of the model Kompassrosen).
    own: dict[int, set[str]] = {}
    apart: dict[int, set[str]] = {}

    def _own(i: int) -> set[str]:
        m = items[i]
        return {compact(n) for n in (m.name, *m.alt_names)}

    def _apart(i: int) -> set[str]:
        m = items[i]
        return {
            compact(r.target_name)
            for r in m.relations
            if r.relation in ("part-of", "has-part") and r.target_kind == m.kind and m.kind != "actor"
        }

    def union(i: int, j: int, weak: bool = False) -> bool:
        ri, rj = root(i), root(j)
        if ri == rj:
            return True
        a = names.setdefault(ri, {items[ri].source.report: {_full_key(items[ri])}})
        b = names.setdefault(rj, {items[rj].source.report: {_full_key(items[rj])}})
        if weak and any(r in a and a[r] != b[r] for r in b):
            return False
        own_a, own_b = own.setdefault(ri, _own(ri)), own.setdefault(rj, _own(rj))
        apart_a, apart_b = apart.setdefault(ri, _apart(ri)), apart.setdefault(rj, _apart(rj))
        if apart_a & own_b or apart_b & own_a:
            return False
        keep, drop = min(ri, rj), max(ri, rj)
        parent[drop] = keep
        merged = {r: a.get(r, set()) | b.get(r, set()) for r in a.keys() | b.keys()}
        names[keep] = merged
        names.pop(drop, None)
        own[keep], apart[keep] = own_a | own_b, apart_a | apart_b
        own.pop(drop, None)
        apart.pop(drop, None)
        return True

    by_key: dict[tuple[str, str], int] = {}
    fuzzy: list[tuple[str, str, str]] = []
    # A deep link (not a site's front page) that one report gives to one resource only
    # identifies that resource across reports.
    url_owners: dict[tuple[str, str], set[str]] = {}
    for m in items:
        if m.kind == "resource":
            for u in m.urls:
                url_owners.setdefault((m.source.report, _url_key(u)), set()).add(compact(m.name))
    placed = frozenset(
        (m.source.report, arrangement_key(m.name)) for m in items if m.kind == "event" and _BRACKET_PLACE.search(m.name)
    )
    strong_by: dict[tuple[str, str], int] = {}
    holders: dict[tuple[str, str], list[int]] = {}
    keyed_at: list[tuple[list[str], set[str]]] = []
    for i, m in enumerate(items):
        root(i)
        if m.kind == "actor":
            # "Unga i Sydnärke (ungdomsråd, 14–20 år)" in a list of participants: the bracket says what the
            # body is, the name is before it (an abbreviation in brackets, "(SBU)", is left to the lexicon).
            bare = _ACTOR_NOTE.sub("", m.name) or m.name
            # "Orusts kommun" of "Tjörns och Orusts kommuner" is "Orust kommun": a municipality is named with
            # its place in the genitive or not ("Tjörns kommun", "Orust kommun"), one body either way
            key = actor_slug(m.name) or actor_slug(bare) or compact(_MUNICIPALITY_GENITIVE.sub(r"\1 kommun", bare))
            owner = by_key.setdefault(("actor", key), i)
            union(owner, i)
            keyed_at.append(([], set()))
            continue
        full = _full_key(m)
        keys = _keys(m)
        # Strong keys join mentions anywhere: the full name, the name without its web
        # domain ("FamiljehemSverige.nu" = "Familjehemsverige.se"), and a link that one
        # report gives to this resource only — a deep link, or the front page of a site
        # named like the resource.
        strong = {full, compact(_TLD.sub("", m.name.strip()))}
        if m.kind == "event":
            series = _series_keys(m, placed)
            strong.update(series)
            keys += [k for k in series if k not in keys]
        if m.kind == "resource":
            for u in m.urls:
                k = _url_key(u)
                if len(url_owners[(m.source.report, k)]) == 1 and ("/" in k or _site_named(k, full)):
                    keys.append(k)
                    strong.add(k)
        if full not in keys:
            keys.insert(0, full)
        keyed_at.append((keys, strong))
        for key in (k for k in keys if k in strong):
            # A key strong for both joins anywhere.
            j = strong_by.get((m.kind, key))
            if j is not None:
                union(j, i)
        for key in keys:
            by_key.setdefault((m.kind, key), i)
            holders.setdefault((m.kind, key), []).append(i)
        for key in (k for k in keys if k in strong):
            strong_by.setdefault((m.kind, key), i)
    # One report's "X" and "X – om Y" (a short title of the other): its full title and its short name,
    # one thing ("Lotsa rätt" in the body, "Lotsa rätt – webbutbildning om …" in the appendix), unless
    # the paragraph that names X goes on to name "X – Y" (a part or a version: "består av … ett
    # skattningsformulär, X – skattning av mående") or the text gives the one as a part of the other.
    # Two items sharing only a short title ("X – a", "X – b") are listed apart on purpose.
    for (kind, key), holding in holders.items():
        if kind == "actor" or len(holding) < 2:
            continue
        for j in holding:
            if key in keyed_at[j][1] or key != _title_head(items[j].name):
                continue
            named = [i for i in holding if key in keyed_at[i][1] and items[i].source.report == items[j].source.report]
            if not any(_introduced_after(items[i], items[j]) for i in named):
                for i in named:
                    union(i, j)
    # A lower-case descriptor and the name in apposition to it, read as two things from one phrase ("en
    # gemensam handbok om skolnärvaro, Närvaro i Sjuhärad, för rektorer"): one thing, named by its name.
    described: set[int] = set()
    for i, m in enumerate(items):
        if m.kind not in ("resource", "initiative") or not m.name[:1].islower():
            continue
        for j, other in enumerate(items):
            if j != i and other.kind == m.kind and _in_apposition(m, other) and union(j, i):
                described.add(i)
    # One report's agreement named in full by one reader and by a phrase the agreement reader gathered
    # for another mention ("… suicidprevention 2048" cut at a footnote mark by a layout, and "…
    # suicidprevention 2048–2050" whose phrases hold "… 2048"): the agreement reader reads the whole
    # report and gives a mention every phrase the report uses for that agreement, so another mention
    # whose whole name is one of those phrases is that agreement. Not the other way round: a short
    # phrase two agreements share ("Överenskommelsen") is no mention's whole name of its own.
    named_whole: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(items):
        if m.kind == "agreement":
            named_whole.setdefault((m.source.report, compact(m.name)), []).append(i)
    for i, m in enumerate(items):
        if m.kind != "agreement":
            continue
        for alt in m.alt_names:
            same = [j for j in named_whole.get((m.source.report, compact(alt)), []) if j != i]
            if len({root(j) for j in same}) == 1 and len(compact(alt)) >= 15:
                union(same[0], i)
    # Then the weak keys, once every strong join is made: a short title (alt name, the part before a
    # dash) joins mentions of other reports only, and never two items one report lists apart ("X" and
    # "X – skattning av mående"), whichever report comes first.
    # A short title one report gives to several of its items ("X – vägledning …" and "X – skattningsformulär")
    # names none of them there: it joins none of them to another report's "X".
    sharing: dict[tuple[str, str, str], set[str]] = {}
    for i, m in enumerate(items):
        if m.kind != "actor":
            keys, strong = keyed_at[i]
            parts = _HEAD.split(_TLD.sub("", m.name.strip()), maxsplit=1)
            for key in {*keys, *(name_keys(parts[0]) if len(parts) > 1 else [])}:
                if key not in strong:
                    sharing.setdefault((m.source.report, m.kind, key), set()).add(_full_key(m))
    for i, m in enumerate(items):
        if m.kind == "actor":
            continue
        keys, strong = keyed_at[i]
        for key in keys:
            if key not in strong and len(sharing.get((m.source.report, m.kind, key), ())) > 1:
                continue
            for j in (by_key.get((m.kind, key)), strong_by.get((m.kind, key))):
                if j is None or j == i or items[j].source.report == m.source.report:
                    continue
                if key not in keyed_at[j][1] and len(sharing.get((items[j].source.report, m.kind, key), ())) > 1:
                    continue  # nor does it name one of the items that share it in the other report
                union(j, i, weak=True)
    # "Stadsmissionen" after "Stockholms Stadsmission" in one report: the definite head noun alone names
    # again the one organisation the report named in full with it (Swedish refers back by the definite).
    headed: dict[tuple[str, str], set[int]] = {}
    for i, m in enumerate(items):
        words = m.name.split()
        if m.kind == "actor" and len(words) >= 2 and actor_slug(m.name) is None and words[-1][:1].isupper():
            headed.setdefault((m.source.report, fold(words[-1])), set()).add(i)
    for i, m in enumerate(items):
        if m.kind != "actor" or " " in m.name.strip() or actor_slug(m.name) is not None:
            continue
        base = _DEFINITE_END.sub("", fold(m.name.strip()))
        named_fully = headed.get((m.source.report, base)) or headed.get((m.source.report, base + "e"), set())
        if len({compact(items[j].name) for j in named_fully}) == 1:
            union(next(iter(named_fully)), i)
    # "Lärandenätverket Tryggare rum": a definite noun in one word right before a body's name on its line is
    # the kind of body that name is (Swedish apposition, "nätverket X"), read as a second actor by another
    # reader; it is that body, named by its name.
    for i, m in enumerate(items):
        word = m.name.strip()
        if m.kind != "actor" or " " in word or actor_slug(word) is not None or not _DEFINITE_END.search(word):
            continue
        for j, other in enumerate(items):
            if (
                j != i
                and other.kind == "actor"
                and other.source.report == m.source.report
                and other.source.line == m.source.line
                and other.name[:1].isupper()
                and (
                    any(
                        re.search(rf"(?<![\w-]){re.escape(word)}\s+{re.escape(other.name.strip())}(?![\w-])", q, re.I)
                        for q in {m.source.quote, other.source.quote}
                    )
                    # "Samordningskansliet" and "Samordningskansliet Norra Uppland" read from one line: the
                    # noun alone is the opening of the name another reader read whole, not a body of its own
                    or re.match(rf"{re.escape(word)}\s+[A-ZÅÄÖ]", other.name.strip()) is not None
                )
            ):
                union(j, i)
                described.add(i)
    # One report's organisation read twice from one phrase: cut short before a lower-case word
    # ("Ungdomsrådet Unga" of "Ungdomsrådet Unga röster Söderslätt", "Ledningsgruppen för psykisk hälsa" of
    # "… hälsa på Söderslätt"), or from another word of it on the same line ("Nätverket Tidvatten" and
    # "Tidvatten för regionala samordnare" of "Nätverket Tidvatten för regionala samordnare"). Names the
    # organisation lexicon knows are left to it.
    unknown = [
        i for i, m in enumerate(items) if m.kind == "actor" and actor_slug(m.name) is None and len(m.name.split()) >= 2
    ]
    for i in unknown:
        for j in unknown:
            if i != j and items[i].source.report == items[j].source.report and _one_phrase(items[i], items[j]):
                union(i, j)
    # "NPO psykiatri" is "Nationella programområdet psykiatri": an abbreviation of a body's head words
    # (letters that open its words or the parts of a compound) before the same field in lower case.
    for i, m in enumerate(items):
        abbreviated = _FIELD_AFTER.match(m.name.strip()) if m.kind == "actor" else None
        if abbreviated is None:
            continue
        field = abbreviated.group("field").split()
        for j, other in enumerate(items):
            words = other.name.strip().split()
            if j == i or other.kind != "actor" or len(words) <= len(field):
                continue
            # the field's adjective may be inflected otherwise ("psykiska hälsa" beside "psykisk hälsa")
            if [_uninflected(w) for w in words[-len(field) :]] == [_uninflected(w) for w in field]:
                if spells_parts(abbreviated.group("head"), " ".join(words[: -len(field)])):
                    union(i, j)
    # One report's organisation whose name a line break cut in two ("Lokalpolisområde Södra" / "Lappland" on a
    # slide), read as two fragments by one reader and whole by another on the first line: the fragments are
    # that organisation, named whole.
    lines_of: dict[tuple[str, int], list[int]] = {}
    for i, m in enumerate(items):
        if m.kind == "actor":
            lines_of.setdefault((m.source.report, m.source.line), []).append(i)
    for (report, line), here in lines_of.items():
        for i in here:
            for j in lines_of.get((report, line + 1), []):
                both = items[i].name.split() + items[j].name.split()
                for w in here:
                    if w != i and items[w].name.split() == both:
                        union(w, i)
                        union(w, j)
                        described.update((i, j))
    # One report's events of one day where one name is the other's opening words are one event,
    # named once in short ("Analyseseminarium" and "Analyseseminarium handlingsplaner (…)").
    same_day: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(items):
        if m.kind == "event" and m.start:
            same_day.setdefault((m.source.report, m.start), []).append(i)
    for day in same_day.values():
        for i in day:
            for j in day:
                if i != j and _opens(items[i].name, items[j].name):
                    union(i, j)
    # An abbreviation and its expansion are one thing ("ChASE" = "Children and Adolescents Service
    # Experience") when one of the two is a mention's whole name: a short title alone ("SIP" of
    # "SIP – film") must not join items a report lists apart.
    spelled: dict[tuple[str, str], list[tuple[int, str, bool]]] = {}
    for i, m in enumerate(items):
        if m.kind in ("actor", "event"):
            continue
        for n, name in enumerate((m.name, *m.alt_names)):
            sig = _signature(name.strip())
            if sig is not None:
                spelled.setdefault((m.kind, sig), []).append((i, name.strip(), n == 0))
    for group in spelled.values():
        for i, a, whole_a in group:
            for j, b, whole_b in group:
                if i != j and (whole_a or whole_b) and abbreviates(a, b):
                    union(i, j)
    # Fuzzy pass: one-letter differences on long keys ("Första Linjen boken" ~ "Förstalinjeboken").
    keyed = sorted((key, i) for (kind, key), i in by_key.items() if kind != "actor")
    for n, (ka, i) in enumerate(keyed):
        for kb, j in keyed[n + 1 : n + 40]:
            if items[i].kind != items[j].kind or ka[:1] in "~@" or kb[:1] in "~@":
                continue
            if root(i) != root(j) and near(ka, kb) and union(i, j):
                fuzzy.append((items[i].kind, items[i].name, items[j].name))
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    entities: dict[tuple[str, str], Entity] = {}
    index: dict[tuple[str, str], str] = {}
    codes: dict[tuple[str, str, str], str] = {}
    taken: set[tuple[str, str]] = set()

    def unique(kind: str, base: str) -> str:
        slug, n = base, 2
        while (kind, slug) in taken:
            slug, n = f"{base}-{n}", n + 1
        taken.add((kind, slug))
        return slug

    for r in sorted(groups):
        # A descriptor joined to its name goes after the names: the name labels the thing.
        members = [items[i] for i in sorted(groups[r], key=lambda i: i in described)]
        first = members[0]
        held = _holdings(members) if first.kind == "event" else []
        if first.kind == "actor":
            base = actor_slug(first.name) or slugify(first.name)
        else:
            short = min((a for a in first.alt_names if len(compact(a)) >= 4), key=len, default=first.name)
            base = slugify(short)
            if first.kind == "event" and len(held) > 1:
                base = slugify(first.name, 50)  # a series: no one date is its own
            elif first.kind == "event" and first.start:
                base = f"{slugify(first.name, 50)}-{first.start}"
        slug = unique(first.kind, base)
        occurrences = [
            Occurrence(unique("event", f"{slugify(h[0].name, 50)}-{_when_where(h)[0]}"), *_when_where(h), tuple(h))
            for h in (held if len(held) > 1 else [])
        ]
        entities[(first.kind, slug)] = Entity(first.kind, slug, members, occurrences)
        for m in members:
            for key in _keys(m):
                index.setdefault((m.kind, key), slug)
            # Exact names of any length, for links by name ("ACT", "I-nod"): matching keys need
            # five characters, but a relation names its target exactly.
            for name in (m.name, *m.alt_names):
                index.setdefault((m.kind, "=" + compact(name)), slug)
            if m.kind == "actor":
                index.setdefault(("actor", actor_slug(m.name) or compact(m.name)), slug)
            if m.code:
                codes.setdefault((m.source.report, m.kind, m.code.strip()), slug)
    redirects = _fold_kinds(entities)
    return Resolution(entities, sorted(set(fuzzy)), index, codes, redirects)


# Relations ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ResolvedRelation:
    """One relation of a mention, its target name resolved to an entity (kind, slug)."""

    relation: str  # as Relation.relation: "part-of", "agreement", …
    kind: str
    slug: str


@dataclass(frozen=True)
class RelationTargets:
    """Every mention's relations resolved to entities, and the targets no entity answers to."""

    by_mention: dict[int, tuple[ResolvedRelation, ...]]  # id(mention) -> its resolved relations, in order
    unresolved: tuple[str, ...]

    def of(self, mention: Mention) -> tuple[ResolvedRelation, ...]:
        return self.by_mention.get(id(mention), ())


def resolve_relations(resolution: Resolution) -> RelationTargets:
    """Resolve each mention's relation targets by name (a bare code within its report).

    A target that names no entity is reported, not guessed; one that resolves to the
    entity stating it (a part "of itself" after a merge) is no relation and is dropped.
    """
    by_mention: dict[int, tuple[ResolvedRelation, ...]] = {}
    unresolved: list[str] = []
    for key in sorted(resolution.entities):
        entity = resolution.entities[key]
        for m in entity.mentions:
            found: list[ResolvedRelation] = []
            for rel in m.relations:
                target = resolution.find(rel.target_kind, rel.target_name, m.source.report)
                if target is None:
                    unresolved.append(
                        f"{m.source.report}:{m.source.line}: {rel.relation} {rel.target_kind} "
                        f"{rel.target_name!r} not found"
                    )
                elif (target.kind, target.slug) != (entity.kind, entity.slug):
                    found.append(ResolvedRelation(rel.relation, target.kind, target.slug))
            if found:
                by_mention[id(m)] = tuple(found)
    return RelationTargets(by_mention, tuple(unresolved))
