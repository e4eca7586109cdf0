"""Generic enrichment: facets, ages, languages, roles and figures read from a mention's text.

Layouts give structure (names, headings, parts); this stage reads the words with the SKOS
lexicon (care level, target group, audience, form, status), the organisation lexicon
(roles such as "drivs numera av") and the fact patterns of :mod:`loader.facts`. Every value
it adds comes with :class:`Evidence`: the quote that justifies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise, zip_longest

from loader import facts
from loader.actors import ActorLexicon, actor_roles
from loader.grammar import (
    ADVERBS,
    CHAPTER_WORDS,
    CONJUNCTIONS,
    DEFINITE_ENDINGS,
    NUMBER_WORDS,
    PREPOSITIONS,
    finite_verb,
    is_supine,
    with_next,
)
from loader.layouts.base import form_words
from loader.layouts.cues import cue_of, names_method
from loader.lexicon import (
    ADDRESS_CUES,
    COVERAGE_CUES,
    DISTRIBUTOR_CUES,
    EXAMPLE_CUES,
    PASSING_CUES,
    PURPOSE_CUES,
    USER_CUES,
    Lexicon,
    Tag,
    class_annotations,
    context,
)
from loader.model import ActorRole, Mention, Observation, Source
from loader.text import MAX_QUOTE, clean, dehyphenate, fold, quote
from psykgraf.facets import FACETS

__all__ = [
    "FACET_FIELDS",
    "Enriched",
    "Evidence",
    "enrich",
    "inherit",
    "item_titles",
    "masked",
    "own_sentences",
    "scoped_tags",
    "sentences",
]

#: Mention field per SKOS scheme (the one facet table, read from the ontology).
FACET_FIELDS = {f.scheme: f.field for f in FACETS}
_FACETED = {"resource", "initiative", "event", "activity", "focus-area", "goal"}
_FIRST_SENTENCE = re.compile(r"^(.{20,}?[.!?])(\s|$)")
# Phrases that name no facet but contain facet words: link marks ("Länk till webbsida …")
# and comparative ages ("16 år eller äldre" is an age, not older people).
_NOT_FACETS = re.compile(
    r"\(?\b[Ll]änk(?:ar)? till[^.()]*[.)]?|\(länk\)|\d+\s*år\s+(?:eller|och)\s+äldre"
    # a speaker's affiliation: "– med Måns Lööf sjuksköterska BUP Gävle"
    r"|–\s*med\s+[A-ZÅÄÖ][^.<]*",
    re.UNICODE,
)
# Statistics about a population ("6,1 procent av barnen …", "andelen ökade") say nothing
# about whom a resource serves.
# A count out of a total ("17 av 21 regioner") and a finding ("Rapporten visar att …") are results.
_STATISTIC = re.compile(
    r"\d\s*(?:%|procent)|\bandel(?:en)?\b|\bökade\b|\bminskade\b|\b\d+\s+av\s+\d+\b|\bvisar\s+att\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# "X är ett/en …": the sentence says what the item is.
_DEFINES = re.compile(r"\bär\s+(?:ett|en)\s")
# A number right before a word: the word is a counted unit ("749 arbetsplatser").
_COUNTED = re.compile(r"\d[\d\s]*\s$")
# Between a support and the service it is made for: "stödmaterial för första linjens arbete",
# "metodstöd för elevhälsan", "verktygsbank för första linjen".
_FOR_SERVICE = re.compile(r"\s+(?:för|till)\s+(?:den\s+|det\s+)?", re.IGNORECASE)
#: Forms of supports a service's staff work with. A report, survey or review "för BUP" is about
#: the service ("Rapporten för barn och ungdomspsykiatri"), a model for a service organises it
#: ("Elevhälsobaserad modell för första linjen" states no audience), and a guide for a sector
#: often addresses those who steer it ("Guide för investeringar …" is for decision makers).
_TOOLS = frozenset(
    {"metodstod", "webbverktyg", "checklista", "utbildning", "webbutbildning", "supportfunktion", "formular"}
)


def _without_statistics(text: str) -> str:
    """The text with its statistics sentences blanked (offsets kept).

    >>> t = "Stöd för barn. Andelen barn ökade med 6 procent."
    >>> _without_statistics(t).rstrip(), len(_without_statistics(t)) == len(t)
    ('Stöd för barn.', True)
    """
    out, pos = [], 0
    for part in _SENTENCE.split(text):
        start = text.index(part, pos)
        out.append(text[pos:start])
        out.append(" " * len(part) if _STATISTIC.search(part) else part)
        pos = start + len(part)
    return "".join(out) + text[pos:]


@dataclass(frozen=True)
class Evidence:
    """Why a mention has a value: the field, the value, the quote and the words in it that say so.

    ``where`` tells which part of the item's own text gave it: ``title``, ``heading``,
    ``body`` (a sentence of its description), ``age`` (a stated age range), ``layout``.
    """

    field: str
    value: str
    quote: str
    trigger: str = ""
    where: str = ""


@dataclass(frozen=True)
class Enriched:
    """A mention with the facts enrichment added, and the evidence for each.

    ``subjects`` are concepts the item's text only mentions in passing (an enumeration of
    settings, a partner's name, where its content came from): searchable as
    ``dcterms:subject``, but no facet. Each is (scheme, code, quote, trigger).
    """

    mention: Mention
    evidence: tuple[Evidence, ...]
    mentioned_actors: tuple[tuple[str, str], ...] = ()  # (actor name/slug, quote)
    subjects: tuple[tuple[str, str, str, str], ...] = ()


def _first_sentence(text: str) -> str:
    match = _FIRST_SENTENCE.match(text)
    return match.group(1) if match else text[:200]


# -- Scope: which words of an item's text are its own ---------------------------------------
# A sentence ends at . ! ? before a capital, digit, quote or bullet, or at a blank line.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2}\s+(?=[A-ZÅÄÖ0-9”\"(•–-])|\n\s*\n")
# Titles in quotes name another work: ”Hur mår BUP?”, "Vad är sociala investeringar?".
_QUOTED = re.compile(r"[”“\"«][^”“\"«»\n]{2,160}[”\"»]")
# Two or more capitalised words (a project, programme or organisation name) inside a sentence.
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][\w-]*[a-zåäö][\w-]*(?:[ \t]+[A-ZÅÄÖ][\w-]*[a-zåäö][\w-]*)+")
# A definite noun naming a thing, then its name and an appositive subtitle between commas:
# "projektet Psynk, psykisk hälsa barn och unga, och …" — the whole name is masked.
# A relative clause after the name ("Webbverktyget Bänken, som hjälper äldre …,") is no appositive.
_NAMED = re.compile(
    r"\b\w+(?:et|en|na)\s+(?P<n>[A-ZÅÄÖ][\w.-]*(?:,\s(?!(?:som|där|vars|vilk\w*)\b)[^,.;()]{1,60}(?=,))?)"
)
# A parenthesised list: "(generella, första linjen och specialist)".
_PAREN_LIST = re.compile(r"\(([^()]{3,160})\)")
# A list item separator: comma, "och", "samt", "eller".
_LIST_SEP = re.compile(r"\s*(?:,|\bsamt\b|\boch\b|\beller\b)\s*")


#: An adverb inside a verb phrase, before its preposition: "används i dag av personal",
#: "riktar sig främst till beslutsfattare", "vänder sig i första hand till chefer".
_INNER_ADVERB = (
    r"(?:\s+(?:i\s+dag|idag|nu|främst|framför\s+allt|i\s+första\s+hand|huvudsakligen|särskilt|"
    r"också|även|redan|bland\s+annat|framförallt))?"
)


def _cue_pattern(cues: tuple[str, ...], adverbs: bool = False) -> re.Pattern[str]:
    """A pattern for the cue phrases; with ``adverbs``, an adverb may stand before the last word
    of a cue of several words ("används i dag av", "riktar sig främst till")."""

    def phrase(c: str) -> str:
        words = list(map(re.escape, c.split()))
        if adverbs and len(words) > 1:
            return r"\s+".join(words[:-1]) + _INNER_ADVERB + r"\s+" + words[-1]
        return r"\s+".join(words)

    alts = sorted((phrase(c) for c in cues), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


#: What a text found or recommends ("pekade på behovet av en första linje") is what it argues
#: for, not the item's facet: ``pg:findingCue`` on ``pg:Resource`` (ontology/psykgraf.ttl).
_FINDING = _cue_pattern(class_annotations("Resource", "findingCue"))
_PASSING = _cue_pattern(PASSING_CUES)
_USER = re.compile(_cue_pattern(USER_CUES, adverbs=True).pattern + r"\s+(?:alla\s+)?", re.IGNORECASE)
_GIVEN_BY = re.compile(_cue_pattern(DISTRIBUTOR_CUES, adverbs=True).pattern + r"\s+(?:alla\s+)?", re.IGNORECASE)
#: A coordinated clause: "och"/"samt" and a word that may be its finite verb.
_NEXT_CLAUSE = re.compile(r"\b(?:och|samt)\s+(\w+)(?:\s+(\w+))?", re.IGNORECASE)


#: A list of single words up to a label: "polis, präst och " before "vårdpersonal".
_WORD_LIST = re.compile(r"(?:[\w-]+(?:\s*,\s*|\s+(?:och|samt|eller)\s+))*", re.IGNORECASE)


def _given_by(mask: str, start: int) -> bool:
    """Whether the label at ``start`` is in the list of agents of a verb of handing out.

    >>> _given_by("Den riktar sig till efterlevande och ska delas ut av polis, präst och vårdpersonal.", 70)
    True
    >>> _given_by("Den delas ut av kommunen till personal.", 29)
    False
    """
    return any(_WORD_LIST.fullmatch(mask, m.end(), start) for m in _GIVEN_BY.finditer(mask, 0, start + 1))


#: Staff working in the school health service whom an item is made for, alone or in a list of
#: services: "för personal i elevhälsan", "riktar sig till personal i första linjen och elevhälsan".
#: Who must complete it ("ska vara genomförd av all personal i socialtjänst och elevhälsa") names
#: the settings where it is used, not its users' profession.
_SCHOOL_HEALTH_STAFF = re.compile(
    r"\b(?:för|till)\s+(?:all\s+)?personal(?:en)?\s+(?:i|inom)\s+(?:[\w-]+(?:\s*,\s*|\s+)){0,4}?(?:skolans\s+)?elevhälsa[n]?\b",
    re.IGNORECASE,
)


def _handed_out_by(mask: str, start: int) -> bool:
    """Whether ``start`` lies in the part of a sentence naming who hands the item out: after a verb
    of handing out ("delas ut av"), up to a "till" that names the receivers.

    >>> t = "Broschyren delas ut av personal inom socialtjänsten, som möter föräldrarna."
    >>> _handed_out_by(t, t.index("socialtjänsten")), _handed_out_by(t, t.index("föräldrarna"))
    (True, True)
    >>> t = "Broschyren delas ut av BVC till föräldrar med spädbarn."
    >>> _handed_out_by(t, t.index("föräldrar"))
    False
    """
    cues = list(_GIVEN_BY.finditer(mask, 0, start))
    return bool(cues) and not re.search(r"\btill\b", mask[cues[-1].end() : start], re.IGNORECASE)


#: Between a user cue (or a list separator) and the next user label: quantifiers, numbers and a
#: genitive naming whose staff they are ("av alla tre kommunernas kuratorer").
_USER_GAP = re.compile(
    r"(?:\s*,\s*|\s+(?:och|samt|eller)\s+|\s*)"
    r"(?:(?:alla|samtliga|de|många|flera|två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\s+)*"
    r"(?:[a-zåäö-]{2,}(?:ens|ets|nas|ans|ors|ars|ers)\s+)?",
    re.IGNORECASE,
)


def _used_by(mask: str, start: int, tags: list[Tag]) -> bool:
    """Whether the audience label at ``start`` is (in a list that is) the agent of a user cue.

    >>> t = "Checklistan används av sjuksköterskor och läkare när patienter skrivs ut."
    >>> tags = Lexicon.from_dir().tag(t)
    >>> [x.surface for x in tags if x.scheme == "audience" and _used_by(t, x.start, tags)]
    ['sjuksköterskor', 'läkare']

    Quantifiers and a service's genitive may stand before the label ("används av alla tre
    kommunernas kuratorer", "av samtliga skolors lärare"):

    >>> t = "Stödet används av alla tre kommunernas kuratorer."
    >>> tags = Lexicon.from_dir().tag(t)
    >>> [x.surface for x in tags if x.scheme == "audience" and _used_by(t, x.start, tags)]
    ['kuratorer']
    """
    for m in _USER.finditer(mask, 0, start + 1):
        pos = m.end()
        for t in sorted((x for x in tags if x.scheme == "audience" and x.start >= pos), key=lambda x: x.start):
            if not _USER_GAP.fullmatch(mask[pos : t.start]):
                break
            if t.start == start:
                return True
            pos = t.end
    return False


def _finding_spans(mask: str, sentence: str, own_folded: list[str]) -> list[tuple[int, int]]:
    """Spans of what a finding cue says was found or proposed: to the end of the sentence, or, when
    the item is named later in it, up to the coordinated clause that names it ("… pekade på behovet
    av en första linje … och resulterade i Modellområdesprojekt som hade uppdraget att ta fram
    modeller för en sådan första linje" is about the project).

    >>> t = "Rapporten pekade på behovet av en första linje och resulterade i projektet X."
    >>> [t[a:b] for a, b in _finding_spans(t, t, ["projektet x"])]
    ['pekade på behovet av en första linje ']
    >>> [t[a:b] for a, b in _finding_spans(t, t, ["rapporten"])]
    ['pekade på behovet av en första linje och resulterade i projektet X.']
    """
    spans = []
    folded = fold(sentence)
    for m in _FINDING.finditer(mask):
        end = len(mask)
        if any(folded.find(n, m.end()) >= 0 for n in own_folded):
            for c in _NEXT_CLAUSE.finditer(mask, m.end()):
                if finite_verb(c.group(1), c.group(2) or ""):
                    end = c.start()
                    break
        spans.append((m.start(), end))
    return spans


#: A relative clause whose verb presents people: "där X, Y och Z intervjuas/medverkar/berättar".
_PRESENTED = re.compile(r"\bdär\b(?=[^.;:]{0,120}\b(?:intervjuas|medverkar|berättar|föreläser|samtalar)\b)")
_ADDRESS = _cue_pattern(ADDRESS_CUES, adverbs=True)
#: Purpose cues with a finite verb ("riktar sig till", "är till för"): their subject is a thing
#: named in the clause. A participle ("insatser riktade till barn") modifies the noun before it.
_PURPOSE = _cue_pattern(tuple(c for c in PURPOSE_CUES if " sig " in c or c.startswith("är ")), adverbs=True)
#: The audience of an item addressed to the people it helps: they use it themselves.
_PUBLIC = "allmanheten"
_EXAMPLE = _cue_pattern(EXAMPLE_CUES)
_COVERAGE = _cue_pattern(COVERAGE_CUES)
#: A preposition that makes the people after it those observed or met, not the users.
#: "inklusive rektor" names a member of the group just named, not a second audience; "ohälsa
#: bland medarbetarna" names those affected, "chefer som har medarbetare" those managed.
#: "från" and a list up to the label: "idéer från brukare, närstående och personal".
_SOURCE = re.compile(r"\bfrån\s+(?:[\w-]+(?:\s*,\s*|\s+(?:och|samt)\s+)){0,4}$", re.IGNORECASE)
#: The places staff work in: "personal inom skola, socialtjänst och äldreomsorg" (a list of
#: settings after the staff noun and "inom"/"på"/"vid", up to a word that opens a new phrase).
_STAFF_SETTING = re.compile(
    r"\s+(?:inom|på|vid)\s+(?:(?!(?:som|för|med|till|att|om|där|hos)\b)[\w-]+(?:\s*,\s*|\s+)){0,6}",
    re.IGNORECASE,
)
#: A list of three or more workplaces after a staff noun: "personal i skolor, på fritidsgårdar och i
#: räddningstjänsten", "personal i hemtjänst, särskilda boenden och vårdcentraler". The settings
#: say where the users work, not which level the item is for (reading guide, Scope: enumerations
#: are not targets); a single setting ("för personal i elevhälsan") names the sector it is made for.
_SETTING_MEMBER = r"(?:(?:i|inom|på|vid)\s+)?(?!(?:och|samt|eller|som|för|med|till|att|om|där|hos)\b)[\w-]+"
_SETTING_LIST = re.compile(
    rf"\s+(?:i|inom|på|vid)\s+[\w-]+(?:\s+(?!(?:och|samt|eller)\b)[\w-]+)?"
    rf"(?:\s*,\s*{_SETTING_MEMBER}(?:\s+(?!(?:och|samt|eller)\b)[\w-]+)?)+"
    rf"\s+(?:och|samt|eller)\s+{_SETTING_MEMBER}",
    re.IGNORECASE,
)
#: "vid" before an action noun names an occasion, not a workplace: "stöd för chefer vid återgång
#: efter psykisk ohälsa", "vid sjukskrivning" (Swedish "vid" + verbal noun: "when").
_OCCASION = re.compile(r"\s+vid\s+\w+(?:gång|ning|ande|ende|else)\b", re.IGNORECASE)
#: "till" between two groups relates the second to the first: "anhöriga till vuxna", "barn till
#: föräldrar" (Swedish kinship "X till Y": Y's relatives), up to a possessive or article.
_RELATION_OF = re.compile(r"\s+till\s+(?:(?:sina|sin|deras|en|ett|de)\s+)?", re.IGNORECASE)
#: An indefinite article counts as a determiner: "boka ett samtal med en kurator" names the
#: person met, as "med sin behandlare" does.
_NOT_USER = re.compile(
    r"\b(?:hos|med|bland|inklusive|som\s+har)\s+(?:(?:sin|sina|deras|dess|din|dina|alla|de|den|en|ett)\s+)?$",
    re.IGNORECASE,
)


#: The people an event the sentence introduces is held for are its audience, not the item's:
#: "Forskningsöversikten X har följts upp med ett webbinarium för verksamhetschefer" (``pg:cueNoun``
#: of ``pg:Event``, indefinite: a new occasion, up to two words before the label).
_EVENT_FOR = re.compile(
    r"\b(?:en|ett)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(map(re.escape, class_annotations("Event", "cueNoun")), key=len, reverse=True))
    + r")\w*\s+(?:för|till|med)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: Staff named by their relation to a manager ("medarbetare": those a manager leads).
_LED_BY_MANAGER = re.compile(r"medarbetar", re.IGNORECASE)
#: Two nouns coordinated directly: "chefer och medarbetare", "chefer, HR och medarbetare".
_COORDINATED = re.compile(r"(?:\s*,\s*|\s+(?:och|samt|eller)\s+)(?:[\w-]+(?:\s*,\s*|\s+(?:och|samt|eller)\s+))*")


#: The first word of a passing cue that opens an adverbial phrase (a preposition, "tillsammans",
#: or a participle: "i samarbete med", "tillsammans med", "baserat på", "inspirerad av").
_ADVERBIAL_HEADS = re.compile(r"(?:i|med|tillsammans|\w{3,}(?:ad|at|ade))$", re.IGNORECASE)


#: A relative clause between commas: ", som drivs tillsammans med Region Skåne,".
_RELATIVE_CLAUSE = re.compile(r",\s+(?:som|där|vilket|vilken)\b[^,.;:]*,", re.IGNORECASE)
#: The joint of two coordinated clauses: ", och", ", men", "; ".
_CLAUSE_JOIN = re.compile(r"(?:,\s+(?:och|men|samt)|;)\s+", re.IGNORECASE)


def _presents_other(lexicon: Lexicon, sentence: str, start: int, own_folded: list[str]) -> bool:
    """Whether the clause from ``start`` names a thing by a definite form noun and a capitalised
    name ("utbildningen Suicidprevention i arbetslivet") that is not the item's own name.

    >>> lex = Lexicon.from_dir()
    >>> _presents_other(lex, "X ges till personal, och sedan startade utbildningen Y för chefer.", 21, ["x"])
    True
    >>> _presents_other(lex, "Guiden X ges till personal, och guiden X finns på webben.", 27, ["x"])
    False
    """
    rest = sentence[start:]
    for form in lexicon.forms_in(rest):
        word = form.surface.lower()
        if not word.endswith(DEFINITE_ENDINGS) or form.surface[:1].isupper():
            continue
        after = rest[form.end :]
        name = re.match(r"\s+([A-ZÅÄÖ][\w-]*)", after)
        if name and not any(fold(after.lstrip()).startswith(n) for n in own_folded):
            return True
    return False


def _fronted_adverbial(mask: str) -> tuple[int, int] | None:
    """The span of a passing cue's adverbial that opens the sentence, up to the finite verb of
    the main clause (V2 word order): "Tillsammans med Region X har SKR tagit fram …" holds the
    partners in (0, 27); the rest is the sentence's own statement. None when the sentence does
    not open with such a cue or no finite verb follows it.

    >>> t = "Tillsammans med Region X har SKR tagit fram en guide för chefer."
    >>> a, b = _fronted_adverbial(t)
    >>> t[a:b]
    'Tillsammans med Region X '
    >>> _fronted_adverbial("Utvärderingen visar att personal är nöjd.") is None
    True
    >>> _fronted_adverbial("Guiden togs fram i samarbete med personal.") is None
    True
    >>> _fronted_adverbial("Används inom äldreomsorg och har prövats.") is None
    True
    >>> t = "Tillsammans med Region X prövas arbetssättet Y, där chefen ringer."
    >>> t[slice(*_fronted_adverbial(t))]
    'Tillsammans med Region X '
    >>> _fronted_adverbial("Tillsammans med kommunernas socialtjänst") is None
    True
    """
    m = _PASSING.search(mask)
    if m is None or mask[: m.start()].strip():
        return None
    # a preposition or adverb ("I samarbete med", "Tillsammans med") or a participle ("Baserat på");
    # a verb opening the sentence ("Används inom äldreomsorg") is a clause of its own
    opener = m.group(0).split()[0]
    if not (_ADVERBIAL_HEADS.match(opener) or opener.lower() in PREPOSITIONS or opener.lower() in ADVERBS):
        return None
    words = list(re.finditer(r"[\wåäöÅÄÖ-]+", mask[m.end() :]))
    for w, nxt in zip_longest(words, words[1:]):
        verb = finite_verb(w.group(0), nxt.group(0) if nxt else "") or _PASSIVE.search(w.group(0))
        if verb and w.group(0).islower():
            return (m.start(), m.end() + w.start())
    return None


#: A finite passive in the verb's V2 place: "Tillsammans med Försäkringskassan prövas arbetssättet …",
#: "… genomfördes", "… erbjuds" (present "-as"/"-s" after a consonant, past "-ades"/"-des"/"-tes"); a
#: genitive plural ("kommunernas") is no verb.
_PASSIVE = re.compile(r"(?:[^n]as|[dt]es|ds)$")


def _inserted_adverbial(mask: str) -> tuple[int, int] | None:
    """The span of a passing cue's adverbial between a perfect auxiliary and its supine: "SKR har
    i samarbete med Skolverket tagit fram X, ett metodstöd för lärare" holds the partners up to
    "tagit"; the verb phrase after it is the sentence's own statement. None without such a cue.

    >>> t = "SKR har i samarbete med Skolverket tagit fram X, ett metodstöd för lärare."
    >>> a, b = _inserted_adverbial(t)
    >>> t[a:b]
    'i samarbete med Skolverket '
    >>> _inserted_adverbial("Guiden har tagits fram i samarbete med personal.") is None
    True
    """
    for m in _PASSING.finditer(mask):
        if not re.search(r"\b(?:har|hade)\s+$", mask[: m.start()], re.IGNORECASE):
            continue
        opener = m.group(0).split()[0]
        if not (_ADVERBIAL_HEADS.match(opener) or opener.lower() in PREPOSITIONS or opener.lower() in ADVERBS):
            continue
        for w in re.finditer(r"[\wåäöÅÄÖ-]+", mask[m.end() :]):
            if is_supine(w.group(0)):
                return (m.start(), m.end() + w.start())
    return None


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (stripped), in order.

    >>> t = "Guiden riktar sig till chefer. Den är gratis.\\n\\nLänk."
    >>> [t[a:b] for a, b in sentences(t)]
    ['Guiden riktar sig till chefer.', 'Den är gratis.', 'Länk.']
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = len(text) if m is None else m.start()
        part = text[pos:end]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            spans.append((pos + lead, pos + len(part.rstrip())))
        if m is not None:
            pos = m.end()
    return spans


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, min(end, len(chars))):
        if not chars[i].isspace():
            chars[i] = " "


def _name_like(name: str) -> bool:
    """Whether another item's name reads as a name wherever it occurs: a capital inside it
    ("Hur mår BUP"), a digit or dot ("Väntekollen.se"), or five words or more. A generic name
    ("Barn och unga", "Suicidprevention") is also an ordinary phrase and is masked only in a
    sentence that lists two names of items."""
    return any(c.isupper() for c in name[1:]) or any(c.isdigit() or c == "." for c in name) or len(name.split()) >= 5


@lru_cache(maxsize=64)
def _name_patterns(names: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Regexes for the names of other items: (name-like names, generic names), ignoring case
    (the appendix's "Verktygsbank för Första Linjen" is "en verktygsbank för första linjen" in
    running text)."""
    usable = sorted({n for n in names if len(n) >= 4}, key=len, reverse=True)

    def pattern(group: list[str]) -> re.Pattern[str] | None:
        if not group:
            return None
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, group)) + r")(?!\w)", re.IGNORECASE)

    return pattern([n for n in usable if _name_like(n)]), pattern([n for n in usable if not _name_like(n)])


#: The care level of specialist psychiatry, the broader concept of bup, vuxenpsykiatri, rattspsykiatri and
#: heldygnsvard (ontology/vocab/care-level.ttl).
_SPECIALIST_LEVEL = "specialistniva"
_WEB_TRAINING, _TRAINING = "webbutbildning", "utbildning"


#: A relative clause after a name: ", som togs ur bruk samma månad", " vilken lades ned 2050".
_OTHERS_RELATIVE = re.compile(r"\s*,?\s*(?:som|vilken|vilket|vilka)\b[^.;:]*")


def _others_relatives_blanked(text: str, own_names: tuple[str, ...], others: tuple[str, ...]) -> str:
    """``text`` with the relative clauses that follow another item's name blanked (offsets kept): "Den
    ersätter den äldre webbutbildningen Möten med äldre, som togs ur bruk samma månad" says that
    the older training went out of use, not the item (reading guide, Scope: other things keep their
    own facts).

    >>> t = "Den ersätter webbutbildningen Möten med äldre, som togs ur bruk i maj."
    >>> "ur bruk" in _others_relatives_blanked(t, ("Ensam",), ("Ensam", "Möten med äldre"))
    False
    >>> t = "Ensam, som togs ur bruk i maj, ersattes av Möten med äldre."
    >>> _others_relatives_blanked(t, ("Ensam",), ("Ensam", "Möten med äldre")) == t
    True
    """
    own = [fold(n) for n in own_names]
    patterns = _name_patterns(tuple(n for n in others if not any(fold(n) in o or o in fold(n) for o in own)))
    chars = list(text)
    for hit in (h for p in patterns if p is not None for h in p.finditer(text)):
        rel = _OTHERS_RELATIVE.match(text, hit.end())
        if rel and rel.group(0).strip(" ,"):
            _blank(chars, rel.start(), rel.end())
    return "".join(chars)


#: A table's caption: "Tabell 1. Webbutbildningar 2065", "Tabell 2 Utbildningar 2067".
_TABLE_CAPTION = re.compile(r"\s*Tabell\s+\d+\b", re.IGNORECASE)
#: A caption that says its rows were made or are new: "Framtagna material", "Nya stöd", "Nytt material".
_MADE_CAPTION = re.compile(r"\b(?:framtag\w*|ny|nya|nytt|publicerad\w*|lanserad\w*|utgiv\w*)\b", re.IGNORECASE)


def _own_age(
    text: str, own_text: str, own_names: tuple[str, ...], others: tuple[str, ...]
) -> tuple[int | None, int | None, str] | None:
    """The first age range of ``own_text`` (:func:`facts.age_range`) that is not another thing's: a
    range inside the noun phrase that follows another item's name, with no verb, relative word or
    name of this item between them ("… Röster från X – Leila och Sam Föräldraprogrammet Hängbron för
    föräldrar till barn 3–11 år har utvärderats": Hängbron's range), is that item's (reading guide,
    Scope: other things keep their own facts). Offsets of ``own_text`` are those of ``text``.

    >>> t = "Projektet Ek prövar stöd. Programmet Asken för föräldrar till barn 3–11 år har utvärderats."
    >>> _own_age(t, t, ("Ek",), ("Ek", "Asken")) is None
    True
    >>> t = "Projektet Ek prövar stöd för familjer med barn 0–5 år. Asken ges i tre kommuner."
    >>> _own_age(t, t, ("Ek",), ("Ek", "Asken"))
    (0, 5, '0–5 år')
    >>> t = "Asken lanserades i maj. Projektet Ek, som bygger på Asken, når unga 13–17 år."
    >>> _own_age(t, t, ("Ek",), ("Ek", "Asken"))
    (13, 17, '13–17 år')
    """
    # lowercased, not folded: offsets must stay those of ``text``
    own = [n.lower() for n in own_names if len(n) >= 3]
    names = [n.lower() for n in others if len(n) >= 3 and not any(n.lower() in o or o in n.lower() for o in own)]
    # Names of things are written capitalised: a capitalised name met in lower case ("barn och unga"
    # after a focus area "Barn och unga") is a common phrase of the sentence, not that thing.
    capitalised = {n.lower() for n in others if n[:1].isupper()}
    folded = text.lower()
    masked = own_text
    for _ in range(4):
        ages = facts.age_range(masked)
        if ages is None or not names:
            return ages
        at = masked.find(ages[2])
        start = max((a for a, b in sentences(text) if a <= at < b), default=0)
        before = folded[start:at]
        hits = [
            h.end()
            for n in names
            for h in re.finditer(rf"(?<!\w){re.escape(n)}(?!\w)", before)
            if n not in capitalised or text[start + h.start()].isupper()
        ]
        last_other = max(hits, default=-1)
        last_own = max(
            (h.start() for o in own for h in re.finditer(rf"(?<!\w){re.escape(o)}(?!\w)", before)), default=-1
        )
        between = text[start + last_other : at].split() if last_other >= 0 else []
        if (
            last_other < 0
            or last_own >= last_other - 1
            or any(c in text[start + last_other : at] for c in ",;:()")  # a clause or an aside ends the phrase
            or any(w.lower() in ("som", "där", "vars", "vilka", "vilket") for w in between)
            or any(finite_verb(w.strip(",.;:()"), nxt) for w, nxt in with_next(between))
        ):
            return ages
        masked = masked[:at] + " " * len(ages[2]) + masked[at + len(ages[2]) :]
    return None


def _other_names_blanked(text: str, own_names: tuple[str, ...], others: tuple[str, ...]) -> str:
    """``text`` with the name-like titles of the report's other items blanked (offsets kept): an
    age in another item's title ("Frågeformuläret Mående i vardagen – för personer 65 år och
    äldre" after Arbetsplatskollen's sentence) is that item's fact (reading guide, Scope: other
    things in the same paragraph keep their own facts). A name inside this item's own is kept.

    >>> _other_names_blanked("Kollen hjälper chefer. Mående i vardagen – för personer 65 år och äldre.",
    ...     ("Kollen",), ("Kollen", "Mående i vardagen – för personer 65 år och äldre"))
    'Kollen hjälper chefer.                                                 .'
    """
    own = [fold(n) for n in own_names]
    named, _generic = _name_patterns(others)
    if named is None:
        return text
    chars = list(text)
    words = [re.compile(rf"(?<!\w){re.escape(o)}(?!\w)") for o in own if len(o) >= 3]
    own_spans = [(a, b) for a, b in sentences(text) if any(w.search(fold(text[a:b])) for w in words)]
    for hit in named.finditer(text):
        if any(a <= hit.start() < b for a, b in own_spans):  # a sentence naming this item is its own
            continue
        key = fold(hit.group())
        if not any(key in o or o in key for o in own):  # a longer or shorter name of this item
            _blank(chars, hit.start(), hit.end())
    return "".join(chars)


#: A new thing introduced by an indefinite noun and its name in apposition: "har fått en fortsättning,
#: Livskraft – nedstämdhet vid demens, som …", "togs en kortare version, Bryggan light, fram för …".
_INTRODUCED = re.compile(r"\b(?:en|ett)\s+(?:[a-zåäö]+\s+)?[a-zåäö]{4,},\s+(?P<n>[A-ZÅÄÖ][^,.;:()]{2,80}?),")


#: The opening of a relative clause or an apposition after a name: ", som …", ", ett metodstöd för …".
_RELATIVE_AFTER = re.compile(r"\s*,\s+(?:som|en|ett)\b")


def _relative_heads(others: tuple[str, ...], own: list[str]) -> list[re.Pattern[str]]:
    """Patterns of the other items' names that may head a relative clause: not the item's own
    names nor parts of them ("Y" for "Y – checklista"); a longer title holding the item's name counts."""
    out = []
    for name in dict.fromkeys(n.strip() for n in others):
        key = fold(name)
        if len(key) < 4 or any(key == o or key in o for o in own):
            continue
        words = name.split()
        out.append(re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE))
    return out


#: A sentence opening with a pronoun refers back to the thing the sentence before it introduced
#: last: "En fortsättning, X 2, lanserades 2054. Den riktar sig till kuratorer." (Swedish "den"/"dess"
#: take the nearest antecedent). "Den 10 september …" opens a date, not a pronoun.
_PRONOUN_OPENING = re.compile(r"\s*(?:Den(?!\s+\d)|Dess)\b")


def _introduced_blanked(
    text: str, own_names: tuple[str, ...], source: str | None = None, others: tuple[str, ...] = ()
) -> str:
    """``text`` with what a sentence says after introducing another thing by name in apposition
    blanked (offsets kept): the rest of the sentence (its relative clause, "fram för …") speaks of
    the new thing, a continuation or a version of the item, not of the item (reading guide, Scope:
    other things in the same paragraph keep their own facts). An apposition naming the item itself
    ("en guide, Vägvisaren, för chefer") is kept.

    >>> t = "Utbildningen Livskraft har fått en fortsättning, Livskraft plus, som lanserades 2043 för personal."
    >>> _introduced_blanked(t, ("Livskraft",)).rstrip()
    ''
    >>> t = "SKR har tagit fram en ny guide, Vägvisaren, som lanserades 2043 för personal."
    >>> _introduced_blanked(t, ("Livskraft",)).rstrip()
    'SKR har tagit fram en ny guide,'
    >>> t = "SKR tog fram en ny guide, Vägvisaren, för chefer."
    >>> _introduced_blanked(t, ("Vägvisaren",)) == t
    True

    The apposition is read in the unmasked ``source`` when the text has other names masked:

    >>> t = "Serien Ro har fått en tredje film, Ro i skolan, som riktar sig till lärare."
    >>> _introduced_blanked(masked(t, ("Ro i skolan",)), ("Ro",), t).rstrip()[-20:]
    'fått en tredje film,'

    A sentence opening with "Den"/"Dess" right after one that introduced another thing speaks of
    that thing; a continuation whose title is the item's with a subtitle is another item where
    ``others`` (the report's item names) lists that full title:

    >>> t = ("Kursen Ro har gått av 900. En fortsättning, Ro – om sömn, kom 2054. "
    ...      "Den riktar sig till kuratorer. Kursen ges digitalt.")
    >>> _introduced_blanked(t, ("Ro",), t, ("Ro – om sömn",)).split()
    ['Kursen', 'Ro', 'har', 'gått', 'av', '900.', 'Kursen', 'ges', 'digitalt.']
    >>> t = "SKR tog fram en guide, Ljuset, som kom 2054. Den är för chefer."
    >>> _introduced_blanked(t, ("Annat",)).split()
    ['SKR', 'tog', 'fram', 'en', 'guide,']

    A relative clause after another item's name is that item's:

    >>> t = "Checklistan Lyftet har kompletterats med kursen Lyftet för rektorer, som hjälper rektorer."
    >>> _introduced_blanked(t, ("Lyftet",), t, ("Lyftet", "Lyftet för rektorer")).split()[-1]
    'rektorer'
    >>> _introduced_blanked(t, ("Lyftet",), t, ("Lyftet",)) == t
    True
    """
    own = [fold(n).strip() for n in own_names if len(n.strip()) >= 3]
    known = {fold(n).strip() for n in others} - set(own)
    chars = list(text)
    raw = text if source is None else source  # the text before masking (offsets as in ``text``)
    introducing: set[int] = set()
    spans = sentences(raw)
    # a sequel of the item the report names ("X – fortsättning om …", "X – steg 2"): a sentence
    # naming it speaks of the sequel ("Som fortsättning på X lanserades 2058 X – fortsättning …")
    sequels = [t for t in known if _sequel_of(t, own)]
    for k, (a, b) in enumerate(spans):
        version = _version_introduced(raw[a:b])
        if version:
            title = fold(version).strip()
            if title in known or not _same_title(title, own) or _sequel_of(title, own):
                _blank(chars, a, b)
                introducing.add(k)
        elif sequels and any(t in fold(dehyphenate(raw[a:b])) for t in sequels):
            _blank(chars, a, b)
            introducing.add(k)
    # the apposition is found in the unmasked text: masking the other items' names (the
    # introduced one among them) would hide the very name that marks it
    for k, (a, b) in enumerate(spans):
        for m in _INTRODUCED.finditer(raw, a, b):
            name = fold(m.group("n")).strip()
            if not any(name == o or name in o for o in own):
                _blank(chars, m.start("n"), b)
                introducing.add(k)
                break
    # A relative clause right after another item's name is that item's ("kompletterats med
    # webbutbildningen Y för skolledare, som ska hjälpa rektorer …": Swedish "som" takes the
    # nearest noun phrase), also where that name holds the item's ("Y för skolledare" for "Y");
    # so is an apposition saying what it is ("tagit fram Y i praktiken, ett metodstöd för …").
    for other in _relative_heads(others, own):
        for hit in other.finditer(raw):
            if _RELATIVE_AFTER.match(raw, hit.end()):
                end = next((b for a, b in spans if a <= hit.start() < b), len(raw))
                _blank(chars, hit.end(), end)
    for k in sorted(introducing):
        for a, b in spans[k + 1 :]:
            if not _PRONOUN_OPENING.match(raw, a) or any(o in fold(raw[a:b]) for o in own):
                break
            _blank(chars, a, b)
    return "".join(chars)


#: A version or continuation a sentence introduces by name: "fick en fortsättning, Hamnlotsen 2 – …,",
#: "En lättare version av samtalsmodellen X, X bas, togs fram …", "kom Nattljuset för förskolan, en
#: version med …", "Finns också i versionen Pausrummet för skolledare". The whole sentence tells of
#: the new thing: when it came, whom it is for, its ages (reading guide, Scope: other things keep
#: their own facts); the item it continues gets none of them.
#: The version nouns are the vocabulary's (``:variantNoun`` of ontology/vocab/resource-form.ttl).
_VERSION_NOUN = "(?:" + "|".join(re.escape(w) for w in form_words("variantNoun")) + ")"
_VERSION_BEFORE = re.compile(
    rf"\b(?:[Ee]n|[Ee]tt)\s+(?:[a-zåäö]+\s+)?{_VERSION_NOUN}\b[^,.;:]{{0,60}},\s+(?P<n>[A-ZÅÄÖ][^,.;:()]{{1,80}}?),"
)
_VERSION_AFTER = re.compile(rf"(?P<n>[A-ZÅÄÖ][^,.;:()]{{1,80}}),\s+(?:en|ett)\s+(?:[a-zåäö]+\s+)?{_VERSION_NOUN}\b")
_VERSION_NAMED = re.compile(rf"\b(?i:{_VERSION_NOUN})(?:en|et)\s+(?P<n>[A-ZÅÄÖ][^,.;:()]{{1,80}})")
_CAPITAL_WORD = re.compile(r"(?<!\w)[A-ZÅÄÖ]")
#: A list of versions opened by its noun and a colon: "Sedan 2047 finns en fortsättning:".
_VERSION_LIST = re.compile(rf"\b(?i:{_VERSION_NOUN})(?:en|ar|arna|er|erna)?\s*:")


def _same_title(name: str, own: list[str]) -> bool:
    """Whether a folded ``name`` is one of the folded ``own`` names, a shorter form of one, or one
    with a subtitle after a dash ("ro 2 – samtal om somn" is "ro 2"; "ro 2" is not "ro").

    >>> _same_title("ro 2 – samtal om somn", ["ro 2"]), _same_title("ro 2", ["ro"])
    (True, False)
    >>> _same_title("ro", ["ro – en guide"])
    True
    """
    return any(name == o or o.startswith(name + " ") or re.match(re.escape(o) + r"\s+[–—-]\s", name) for o in own)


#: A subtitle that marks a sequel or another edition of a title ("X – steg 2", "X – del 3", "X –
#: fortsättning om …", "X – digitalt"): "fortsättningen X – steg 2" is a new item beside X.
_SEQUEL_SUBTITLE = re.compile(
    r"\s+[–—-]\s+(?:(?:steg|del|version|modul|niv[aå]|etapp)\s+\w+|forts[aä]ttning|digital[at]?)\b", re.IGNORECASE
)


def _sequel_of(title: str, own: list[str]) -> bool:
    """Whether a folded ``title`` is one of the folded ``own`` names with a sequel subtitle.

    >>> _sequel_of("ro – steg 2", ["ro"]), _sequel_of("ro – fortsattning om somn", ["ro"])
    (True, True)
    >>> _sequel_of("ro – samtal om somn", ["ro"]), _sequel_of("ro – steg 2", ["ro – steg 2"])
    (False, False)
    """
    return title not in own and any(title.startswith(o) and _SEQUEL_SUBTITLE.match(title, len(o)) for o in own)


def _version_introduced(sentence: str) -> str | None:
    """The name of a version or continuation the sentence introduces, if it introduces one.

    >>> _version_introduced("Utbildningen Ro fick under 2047 en fortsättning, Ro 2 – samtal om sömn, för kuratorer.")
    'Ro 2 – samtal om sömn'
    >>> _version_introduced("Under 2047 kom Ljuset för förskolan, en version med bildkort för barn 3–5 år.")
    'Ljuset för förskolan'
    >>> _version_introduced("En lättare version av modellen Rosen, Rosen bas, togs fram 2047.")
    'Rosen bas'
    >>> _version_introduced("Finns också i versionen Rummet för skolledare (2047).")
    'Rummet för skolledare'
    >>> _version_introduced("Guiden Ro gavs ut 2046 och finns i en kortare version.") is None
    True
    """
    m = _VERSION_BEFORE.search(sentence) or _VERSION_NAMED.search(sentence)
    if m:
        return m.group("n").strip()
    m = _VERSION_AFTER.search(sentence)
    if not m:
        return None
    # The name starts at the last capitalised word before the comma ("Under 2047 kom Ljuset för
    # förskolan": the adverbial and the verb are no part of it).
    head = m.group("n")
    starts = [c.start() for c in _CAPITAL_WORD.finditer(head)]
    return head[starts[-1] :].strip() if starts else None


def _others_sentences_blanked(blanked: str, text: str, own_names: tuple[str, ...], others: tuple[str, ...]) -> str:
    """``blanked`` (``text`` with other names blanked) with the sentences that open with another
    item's name blanked too (:func:`_opens_with_other`): "Projektet Tidig start … barn 6–12 år"
    after the item's own sentence gives that project its ages, not the item.

    >>> t = "Formuläret X. Den fylls i av unga. Projektet Tidig start gäller barn 6–12 år."
    >>> _others_sentences_blanked(t, t, ("Formuläret X",), ("Tidig start",)).rstrip()
    'Formuläret X. Den fylls i av unga.'
    """
    own_folded = [fold(n) for n in own_names if len(n) >= 3]
    others_folded = _others_folded(others, own_folded)
    chars = list(blanked)
    for a, b in sentences(text):
        sentence = text[a:b]
        if not any(n in fold(sentence) for n in own_folded) and _opens_with_other(sentence, others_folded):
            _blank(chars, a, b)
    return "".join(chars)


def _own_masked(
    text: str, others: tuple[str, ...], own_names: tuple[str, ...], titles: tuple[str, ...] | None = None
) -> str:
    """:func:`masked`, and what the text says of a thing it introduces in apposition blanked
    (``titles``: the report's things, whose relative clauses are theirs; default ``others``)."""
    return _introduced_blanked(masked(text, others), own_names, text, others if titles is None else titles)


def masked(text: str, names: tuple[str, ...] = (), actor_spans: tuple[tuple[int, int], ...] = ()) -> str:
    """``text`` with the names of other things blanked out, offsets kept.

    Masked: phrases that name no facet (link marks, "16 år eller äldre"), quoted titles,
    runs of capitalised words not at a sentence start, a name with its appositive after a
    definite noun, the given ``names`` (other items of the report) and ``actor_spans``
    (organisation names the actor lexicon found).

    >>> masked("Studien gjordes av SKL-projektet Psynk, psykisk hälsa barn och unga, och Malmö högskola.")
    'Studien gjordes av                                                 , och Malmö högskola.'
    >>> masked("Guiden bygger på rapporten ”Barn och unga i siffror” och Nära Vård.")
    'Guiden bygger på rapporten                          och          .'
    """
    chars = list(text)
    starts = {a for a, _ in sentences(text)}
    for m in _NOT_FACETS.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _QUOTED.finditer(text):
        _blank(chars, m.start(), m.end())
    for m in _CAPITALISED.finditer(text):
        if m.start() not in starts:
            _blank(chars, m.start(), m.end())
    for m in _NAMED.finditer(text):
        _blank(chars, m.start("n"), m.end("n"))
    named, generic = _name_patterns(tuple(names))
    found = [m.span() for m in named.finditer(text)] if named else []
    if generic:
        for a, b in sentences(text):
            hits = [(a + m.start(), a + m.end()) for m in generic.finditer(text[a:b])]
            if hits and len(hits) + sum(1 for x, _ in found if a <= x < b) >= 2:
                found += hits
    for start, end in found:
        _blank(chars, start, end)
    for a, b in actor_spans:
        _blank(chars, a, b)
    return "".join(chars)


#: A bullet ends the list: the bullets after a colon are separate points ("Fördelar med modellen
#: skulle kunna vara att: • Snabb identifiering … • Mer utrymme för det främjande … arbetet").
_TOPIC_LIST = re.compile(r"[:;]\s*(?:•\s*)?([^.;:()•]{5,200})")


#: An infinitive marker or a modal right before a list: its members are verb phrases (aims).
_AIMS = re.compile(r"\b(?:att|ska|skall|kan|vill|bör)\s+$", re.IGNORECASE)


def _enumerated(text: str, tags: list[Tag], scheme: str) -> set[int]:
    """Starts of ``scheme`` tags that are items of a list of three or more with at least two
    labels of that scheme ("besöka BUP, Första linjen, Socialtjänsten och …"): settings named
    as examples or units covered, not the item's facet.

    >>> lex = Lexicon.from_dir()
    >>> t = "Besök på BUP, första linjen och socialtjänsten."
    >>> len(_enumerated(t, lex.tag(t), "care-level"))
    3
    >>> t = "Kartläggningen av första linjen för barn och unga, som visar hur första linjen arbetar."
    >>> _enumerated(t, lex.tag(t), "care-level")
    set()
    >>> t = "Stöd i första linjen, till exempel på ungdomsmottagningen, elevhälsan eller vårdcentralen."
    >>> sorted(t[i : i + 6] for i in _enumerated(t, lex.tag(t), "care-level"))
    ['elevhä', 'ungdom', 'vårdce']
    >>> t = "Satsningen ska främja psykisk hälsa, förebygga psykisk ohälsa och ge stöd."
    >>> _enumerated(t, lex.tag(t), "care-level")
    set()
    """
    mine = [t for t in tags if t.scheme == scheme]
    out: set[int] = set()
    # A label inside a parenthesised list of three or more ("nivåer (generella, första linjen
    # och specialist)") is one value of a classification the item uses, not its own level.
    for m in _PAREN_LIST.finditer(text):
        if len(_LIST_SEP.findall(m.group(1))) >= 2:
            out.update(t.start for t in mine if m.start() < t.start < m.end())
    # A label inside a list of three or more topics opened by a colon or a semicolon
    # ("fem utvecklingsområden; triagering, …, e-hälsa och samarbete med specialistpsykiatri")
    # names an area, not the item's level.
    for m in _TOPIC_LIST.finditer(text):
        segment = m.group(1)
        if "," in segment and len(_LIST_SEP.findall(segment)) >= 2:
            out.update(t.start for t in mine if m.start(1) <= t.start < m.end(1))
    for i, t in enumerate(mine):
        run = [t]
        for u in mine[i + 1 :]:
            gap = text[run[-1].end : u.start]
            # Members of a list are joined by a separator: "Elevhälsan kan fylla en viktig roll i
            # att främja …" is a subject and its aim, not two items of one list.
            # A bullet starts another point: "… socialtjänst … förbättras • Mer utrymme för …".
            if len(gap) > 60 or re.search(r"[.;:•]", gap) or not _LIST_SEP.search(gap):
                break
            # Examples illustrate the label before them, they do not list it: "rätt stöd i första
            # linjen, till exempel på ungdomsmottagningen, elevhälsan eller vårdcentralen".
            if _EXAMPLE.search(gap):
                break
            run.append(u)
        # Participles in "-ande"/"-ende" modify one head noun ("elevhälsans främjande, förebyggande
        # och åtgärdande insatser"): they say what kind of work the item is for, not which units.
        # The same level named twice ("första linjen för barn …, som beskriver hur första linjen är
        # organiserad") is one level spoken of again, not a list of settings.
        if len({x.code for x in run}) < 2:
            continue
        # Verb phrases after an infinitive marker are aims, not settings: "Satsningen ska främja
        # psykisk hälsa, förebygga psykisk ohälsa och ge invånare … stöd".
        if _AIMS.search(text[: run[0].start]):
            continue
        if len(run) >= 2 and not all(x.surface.lower().endswith(("ande", "ende")) for x in run):
            a, b = run[0].start, run[-1].end
            tail = text[b : b + 80].split(".")[0]
            # A Swedish list of three writes a comma between its first items ("BUP, Första linjen
            # och X"); "främja psykisk hälsa och förebygga psykisk ohälsa bland barn och unga" is
            # two aims, and the "och" after them joins other words, so the tail counts only then.
            more = min(1, len(_LIST_SEP.findall(tail[:40]))) if "," in text[a:b] else 0
            items = len(_LIST_SEP.findall(text[a:b])) + 1 + more
            if items >= 3 or len(run) >= 3:
                out.update(x.start for x in run)
    return out


#: A list of this many target groups or more, introduced as a variety ("riktade till olika
#: personer som kan tänkas delta …: ordförande, personal, vuxna, ungdomar, föräldrar, …",
#: "för olika målgrupper – barn och unga och vuxna och äldre"), enumerates everyone concerned,
#: not whom the item is made for ("mäta … barns, ungas, vuxnas och äldres psykiska hälsa" is).
_MIN_GROUP_LIST = 4
_VARIETY = re.compile(r"\bolika\b[^.;]*[:–]|:[^.;:]*$", re.IGNORECASE)


_WORD = re.compile(r"\w+")


def _listed_only(lexicon: Lexicon, text: str, others: tuple[str, ...] = ()) -> set[str]:
    """Care levels ``text`` names only as members of lists of settings (:func:`_enumerated`).

    >>> lex = Lexicon.from_dir()
    >>> sorted(_listed_only(lex, "En enkät till vårdcentraler, ungdomsmottagningar och socialtjänst."))
    ['forsta-linjen', 'primarvard', 'socialtjanst']
    >>> sorted(_listed_only(lex, "Modellen samlar elevhälsa, BUP och socialtjänst. Den används i elevhälsan."))
    ['bup', 'socialtjanst']
    >>> _listed_only(lex, "Stödet om första linjen, en guide för chefer i elevhälsa och primärvård.")
    set()
    """
    listed: set[str] = set()
    alone: set[str] = set()
    hidden = masked(text, others)
    for a, b in sentences(text):
        tags = [t for t in lexicon.tag(hidden[a:b]) if t.scheme == "care-level"]
        starts = _enumerated(hidden[a:b], tags, "care-level")
        # Members of a list of settings stand next to each other: a separator and at most a couple
        # of words between neighbours ("vårdcentraler, ungdomsmottagningar, elevhälsa"), and a list
        # of three writes a comma ("chefer i elevhälsa och primärvård" are two, not a list).
        runs: list[list[Tag]] = []
        for t in (t for t in tags if t.start in starts):
            gap = hidden[a:b][runs[-1][-1].end : t.start] if runs else ""
            if runs and len(_WORD.findall(gap)) <= 3:
                runs[-1].append(t)
            else:
                runs.append([t])
        tight = {
            t.start for run in runs if len(run) >= 2 and "," in hidden[a:b][run[0].start : run[-1].end] for t in run
        }
        for t in tags:
            (listed if t.start in tight else alone).add(t.code)
    return listed - alone


def _long_list(text: str, tags: list[Tag], schemes: set[str]) -> set[int]:
    """Starts of tags of ``schemes`` in one list of :data:`_MIN_GROUP_LIST` or more labels (the
    people who may take part: "ordförande, personal, vuxna, ungdomar, …" mixes staff and groups).

    >>> lex = Lexicon.from_dir()
    >>> t = "Cirklar för olika personer: vuxna, ungdomar, föräldrar, närstående, äldre och övriga."
    >>> len(_long_list(t, lex.tag(t), {"target-group"}))
    5
    >>> t = "Instrument för att skatta barns, ungas, vuxnas och äldres psykiska hälsa."
    >>> _long_list(t, lex.tag(t), {"target-group"})
    set()
    """
    mine = [t for t in tags if t.scheme in schemes]
    out: set[int] = set()
    runs: list[list[Tag]] = []
    for t in mine:
        gap = text[runs[-1][-1].end : t.start] if runs else ""
        if not runs or len(gap) > 30 or re.search(r"[.;:]", gap) or not _LIST_SEP.search(gap):
            runs.append([])
        runs[-1].append(t)
    for run in runs:
        before = text[max(0, run[0].start - 80) : run[0].start]
        if len(run) >= _MIN_GROUP_LIST and _VARIETY.search(before.split(".")[-1]):
            out.update(x.start for x in run)
    return out


def _clip(sentence: str, start: int, end: int) -> str:
    """A quote of the sentence, or of the part of it centred on ``start:end`` if it is long."""
    if len(clean(dehyphenate(sentence))) <= MAX_QUOTE:
        return clean(dehyphenate(sentence))
    return context(sentence, Tag("", "", sentence[start:end], start, end))


#: A sentence's subject: its opening word, a definite noun naming a kind ("Projektet", "Rapporten").
_OPENING_NOUN = re.compile(r"\s*(?:\w+(?:en|et|na|n)\s+)?")


def _opens_with_other(sentence: str, others_folded: list[str]) -> bool:
    """Whether a sentence opens with another item's name, alone or after the definite noun of its
    kind ("Projektet Tidig ingång prövar …" after "Till modellen hör formuläret Måendetrappan"):
    that item is the subject, and what the sentence says is its (reading guide, Scope: other
    things in the same paragraph keep their own facts).

    >>> _opens_with_other("Projektet Tidig start prövar hur barn tas emot.", ["tidig start"])
    True
    >>> _opens_with_other("Rapporten Läget 2043 visar väntetider.", ["laget 2043"])
    True
    >>> _opens_with_other("Modellen används med Tidig start.", ["tidig start"])
    False
    """
    folded = fold(sentence)
    at = _OPENING_NOUN.match(folded)
    starts = {0, at.end()} if at else {0}
    return any(
        folded.startswith(n, s) and not folded[s + len(n) : s + len(n) + 1].isalnum()
        for n in others_folded
        for s in starts
    )


def _is_own(
    lexicon: Lexicon,
    sentence: str,
    first: bool,
    own_folded: list[str],
    own_forms: frozenset[str] = frozenset(),
    others_folded: list[str] = [],  # noqa: B006 - read only
    longer: tuple[str, ...] = (),
) -> bool:
    """Whether a sentence speaks of the item: the first one, one naming the item, or one
    referring back to it (a pronoun, a definite noun, the head of its name); never a
    statistic about a population. An opening that refers back by a form noun of another form
    than the item's known ones ("Innehållet i dessa webbinarier …" after a report is named)
    speaks of that other thing; so does a sentence opening with another item's name
    (``others_folded``, :func:`_opens_with_other`). The item's name inside a ``longer`` title of
    another item ("kom utbildningen Broslaget i team" for the model Broslaget) does not name it."""
    if _STATISTIC.search(sentence):
        return False
    folded = fold(sentence)
    for other in longer:
        folded = folded.replace(other, " ")
    if any(n in folded for n in own_folded):
        return True
    if _opens_with_other(sentence, others_folded):
        return False
    if first or _names_head(sentence, own_folded):
        return True
    if _ACCOMPANYING.match(sentence):
        return False
    # "Den är en nulägesbeskrivning av …": a pronoun subject and a copula; the form noun is the
    # predicate saying what the item is, not another thing the sentence opens with
    if own_forms and not _PRONOUN_COPULA.match(sentence):
        opening = lexicon.forms_in(" ".join(_OPENING_WORDS.findall(sentence)[:4]))
        # "Utbildningen riktar sig till chefer" after "webbutbildningen X": the compound's head.
        if opening and not any(t.code in own_forms or lexicon.is_form_head(t.surface, own_forms) for t in opening):
            return False
    return lexicon.is_self_reference(sentence)


_OPENING_WORDS = re.compile(r"\w+")


def _subject_of_other_form(lexicon: Lexicon, sentence: str, own_forms: frozenset[str]) -> bool:
    """Whether a sentence opens with a definite form noun ("Modellen …") that is none of the
    item's known forms (a questionnaire named later in it is a part of that model).

    >>> lex = Lexicon.from_dir()
    >>> _subject_of_other_form(lex, "Modellen riktar sig till unga.", frozenset({"formular"}))
    True
    >>> _subject_of_other_form(lex, "Formuläret riktar sig till unga.", frozenset({"formular"}))
    False
    >>> _subject_of_other_form(lex, "Modellen riktar sig till unga.", frozenset())
    False
    """
    if not own_forms:
        return False
    words = _OPENING_WORDS.findall(sentence)[:1]
    if not words or not _DEFINITE.search(words[0].lower()):
        return False
    opening = lexicon.forms_in(words[0])
    return bool(opening) and not any(t.code in own_forms or lexicon.is_form_head(t.surface, own_forms) for t in opening)


#: Between a copula and its predicate noun: an article and up to two modifiers, no preposition.
_PREDICATE_GAP = re.compile(
    r"\s+(?:(?:en|ett|den|det|nu|också|även)\s+)*(?:(?!(?:av|för|om|med|från|till|i|på)\b)[\wåäö-]+\s+){0,2}",
    re.IGNORECASE,
)
#: A sentence opening with a pronoun subject and a copula: "Den är en …", "Det utgör …".
_PRONOUN_COPULA = re.compile(r"\s*(?:Den|Det|Denna|Detta)\s+(?:är|var|utgör|utgjorde|blir)\b")


#: "Till verktyget finns även framtaget en informationsbroschyr …": the sentence introduces a
#: thing that accompanies the item; what it says (the brochure is for staff) is that thing's; so does
#: "Till metodstödet hör filmen: · Ett lugnare möte (2058), för skötare och sjuksköterskor".
_ACCOMPANYING = re.compile(r"(?:Till|För)\s+\w+(?:en|et|na|n)\s+(?:finns|hör)\b", re.IGNORECASE)


_DEFINITE = re.compile(r"(?:en|et|na|n)$")


def _names_head(sentence: str, own_folded: list[str]) -> bool:
    """Whether a sentence opens with the head of the item's name in definite form: the last
    part of a compound name ("Elevhälsoportalen …" → "Portalen erbjuder …") or the name's first
    noun ("Checklista för politiker" → "Checklistan syftar till …").

    >>> _names_head("Portalen erbjuder stöd till skolor.", ["elevhalsoportalen"])
    True
    >>> _names_head("Checklistan syftar till att ge vägledning.", ["checklista for politiker"])
    True
    >>> _names_head("Barnen mår bra.", ["stod till barn"])
    False
    """
    words = re.findall(r"\w+", fold(sentence))
    if not words or len(words[0]) < 5 or not _DEFINITE.search(words[0]):
        return False
    w = words[0]
    for name in own_folded:
        parts = re.findall(r"\w+", name)
        if not parts:
            continue
        if len(parts) == 1 and parts[0] != w and parts[0].endswith(w):
            return True
        if len(parts[0]) >= 5 and w != parts[0] and w.startswith(parts[0][:-1]) and len(w) - len(parts[0]) <= 3:
            return True
    return False


def _others_folded(other_names: tuple[str, ...], own_folded: list[str]) -> list[str]:
    """The folded names of the other items, without this item's own names and the names inside them
    (a name list of a report holds the item's own name too)."""
    return [
        o
        for o in dict.fromkeys(fold(n).strip() for n in other_names if len(n.strip()) >= 4)
        if not any(o in n or n in o for n in own_folded)
    ]


def _longer_titles(other_names: tuple[str, ...], own_folded: list[str]) -> tuple[str, ...]:
    """The folded titles of other items that hold this item's name and go on ("broslaget i team"
    for "broslaget"), longest first.

    >>> _longer_titles(("Bron i team", "Bron", "Annat"), ["bron"])
    ('bron i team',)
    """
    own = {n.strip() for n in own_folded}
    found = {
        f
        for f in (fold(o).strip() for o in other_names)
        if f not in own and any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", f) for n in own if len(n) >= 3)
    }
    return tuple(sorted(found, key=len, reverse=True))


def own_sentences(lexicon: Lexicon, text: str, own_names: tuple[str, ...]) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` that speak of the item named ``own_names``.

    >>> lex = Lexicon.from_dir()
    >>> t = "Guiden ger stöd. SKR och Region Skåne har arbetat med annat. Den togs fram av UPH."
    >>> [t[a:b] for a, b in own_sentences(lex, t, ("Guiden",))]
    ['Guiden ger stöd.', 'Den togs fram av UPH.']
    """
    own_folded = [fold(n) for n in own_names if len(n) >= 3]
    return [(a, b) for k, (a, b) in enumerate(sentences(text)) if _is_own(lexicon, text[a:b], k == 0, own_folded)]


def _opens_own_text(text: str, own_names: tuple[str, ...], heading: str, others: tuple[str, ...] = ()) -> bool:
    """Whether the first sentence of ``text`` is the item's own although it does not name it.

    It is, when the text is the item's own paragraph (under its title). It is not, when the text
    is a section the item is only named in further on ("2.11 Nära vård och rätt stöd till psykisk
    hälsa: Sedan flera år har SKR verkat för … Under året arrangerade SKR … webbinarier med koppling
    till … delbetänkandet SOU 2021:6 Rätt stöd till psykisk hälsa"): that opening sentence is about
    the section's subject.

    >>> _opens_own_text("SKR har verkat för primärvården. Webbinarier om Rätt stöd hölls.", ("Rätt stöd",), "Nära vård")
    False
    >>> _opens_own_text("Under 2017 genomfördes en kartläggning. Kartläggning BUP visar…", ("Kartläggning BUP",),
    ...                 "Kartläggning BUP")
    True

    The item's name inside another item's longer title ("En fortsättning finns: - Kompassen –
    fortsättning (2058)" in Kompassen's entry) does not name it (as in :func:`_is_own`):

    >>> t = "Webbutbildning för elevhälsans personal. En fortsättning finns: - Kompassen – steg 2 (2058)"
    >>> _opens_own_text(t, ("Kompassen – om frånvaro", "Kompassen"), "D. Elevhälsa", ("Kompassen – steg 2",))
    True
    >>> _opens_own_text(t, ("Kompassen – om frånvaro", "Kompassen"), "D. Elevhälsa")
    True
    """
    names = [fold(n).strip() for n in own_names if len(n.strip()) >= 3]
    if not names or any(fold(heading).strip(" .:–-").startswith(n) for n in names):
        return True
    spans = sentences(text)
    if not spans:
        return True
    # A link mark naming the item ("Länk till Återgå.") is no sentence about it.
    plain = _NOT_FACETS.sub(lambda m: " " * len(m.group(0)), text)
    # Nor is a sentence introducing a version by a name that holds the item's ("Finns också i
    # versionen Pausrummet för skolledare"): it names the version.
    plain = _introduced_blanked(plain, own_names, text)
    first, rest = fold(plain[spans[0][0] : spans[0][1]]), fold(plain[spans[0][1] :])
    for longer in sorted({fold(o).strip() for o in others}, key=len, reverse=True):
        if longer not in names and any(n in longer for n in names):
            rest = rest.replace(longer, " ")
    # the short name with another dash subtitle is another title ("Kompassen – steg 2" beside
    # "Kompassen – om frånvaro"), though the layout read no item of it
    for n in names:
        for titled in re.finditer(re.escape(n) + r"\s+[–—-]\s+\w+", rest):
            if not any(full.startswith(titled.group(0)) for full in names):
                rest = rest.replace(titled.group(0), " ")
    return any(n in first for n in names) or not any(n in rest for n in names)


def _introducing_nouns(text: str, own_names: tuple[str, ...]) -> set[str]:
    """The folded definite nouns that introduce the item's name in ``text`` ("i satsningen X",
    "Rapporten X visar"): a later sentence opening with one of them speaks of the item.

    >>> sorted(_introducing_nouns("De arbetar i satsningen Bättre liv. Satsningen ska främja hälsa.", ("Bättre liv",)))
    ['satsningen']
    >>> _introducing_nouns("Bättre liv startade 2052.", ("Bättre liv",))
    set()
    """
    out: set[str] = set()
    for name in own_names:
        words = name.split()
        if len(name.strip()) < 3 or not words:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
        for hit in pattern.finditer(text):
            before = re.search(r"(\w+)\s+$", text[: hit.start()])
            if before and len(before.group(1)) >= 5 and _DEFINITE.search(before.group(1).lower()):
                out.add(fold(before.group(1)))
    return out


def scoped_tags(
    lexicon: Lexicon,
    text: str,
    schemes: set[str],
    *,
    own_names: tuple[str, ...] = (),
    other_names: tuple[str, ...] = (),
    actor_spans: tuple[tuple[int, int], ...] = (),
    first_is_own: bool = True,
    own_forms: frozenset[str] = frozenset(),
    other_titles: tuple[str, ...] | None = None,
) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, str, str, str]]]:
    """The facets an item's body text gives it, and the concepts it only mentions.

    Returns two lists of (scheme, code, quote, trigger): the quote is the sentence holding
    the trigger. A sentence is the item's own when it is the first, names the item, or opens
    by referring back to it ("Guiden …", "Den …"); other sentences (about a partner, a
    sibling, a result) give mentions only. Inside an own sentence, concepts after a passing
    cue ("baseras på", "i samarbete med"), an example cue ("t.ex.") or, for care levels, a
    coverage verb ("omfattar") or inside a list of settings are mentions too.

    >>> lex = Lexicon.from_dir()
    >>> text = ("Filmerna visar hur det är att besöka BUP, Första linjen och Socialtjänsten. "
    ...         "Verktyget används inom äldreomsorg.")
    >>> facets, passing = scoped_tags(lex, text, {"care-level", "target-group"})
    >>> facets, sorted(c for _, c, _, _ in passing)
    ([], ['aldre', 'bup', 'forsta-linjen', 'socialtjanst'])
    """
    facets: list[tuple[str, str, str, str]] = []
    passing: list[tuple[str, str, str, str]] = []
    hidden = _introduced_blanked(
        masked(text, other_names, actor_spans),
        own_names,
        text,
        other_names if other_titles is None else other_titles,
    )
    own_folded = [fold(n) for n in own_names if len(n) >= 3]
    # Another thing's title opening a sentence makes it that thing's; an organisation opening it
    # ("Region Gotland prövar …") is the agent of the item's own sentence.
    others_folded = _others_folded(other_names if other_titles is None else other_titles, own_folded)
    longer = _longer_titles(other_names if other_titles is None else other_titles, own_folded)
    intro = _introducing_nouns(text, own_names)
    for k, (a, b) in enumerate(sentences(text)):
        sentence, mask = text[a:b], hidden[a:b]
        own = _is_own(lexicon, sentence, k == 0 and first_is_own, own_folded, own_forms, others_folded, longer)
        # "… i satsningen X. Satsningen ska främja …": the noun that introduced the item's name
        # refers back to it when it opens a later sentence.
        opening = _OPENING_WORDS.match(fold(sentence))
        if not own and opening and opening.group(0) in intro and not _opens_with_other(sentence, others_folded):
            own = not _STATISTIC.search(sentence)
        # A result or count later in the sentence ("Rapporten är skriven för beslutsfattare … och
        # visar att väntetiden har minskat") makes that part a statistic; a purpose clause before
        # it still says whom the item is for (audience: who uses it, reading guide). The audience
        # then stands between the purpose cue and the statistic.
        stat = _STATISTIC.search(mask)
        head = _PURPOSE.search(mask, 0, stat.start()) if stat and not own else None
        own_head = (0, -1)
        if (
            stat
            and head
            and _is_own(
                lexicon, sentence[: stat.start()], k == 0 and first_is_own, own_folded, own_forms, others_folded
            )
        ):
            own_head = (head.end(), stat.start())
        # A fronted adverbial ("Tillsammans med Region X har SKR tagit fram formuläret Y, som …")
        # holds the passing cue's partners up to the finite verb; the main clause after it is the
        # sentence's own statement (Swedish V2 word order).
        front = _fronted_adverbial(mask)
        cut = len(sentence)
        # A passing cue inside a relative clause between commas ("projektet X, som drivs tillsammans
        # med Region Y, prövar …") closes only that clause: the main clause goes on after it.
        shut: list[tuple[int, int]] = []
        relatives = [r.span() for r in _RELATIVE_CLAUSE.finditer(mask)]
        for rx in (_PASSING, _EXAMPLE):
            pos = front[1] if front else 0
            while (m := rx.search(mask, pos)) is not None:
                clause = next(((x, y) for x, y in relatives if x <= m.start() < y), None)
                if clause is None:
                    cut = min(cut, m.start())
                    break
                shut.append((m.start(), clause[1]))
                pos = clause[1]
        # A coordinated main clause that presents another named thing ("X ges till personal, och
        # i januari startade också utbildningen Y för chefer") speaks of that thing, not the item.
        for j in _CLAUSE_JOIN.finditer(mask):
            if j.start() < cut and _presents_other(lexicon, sentence, j.end(), own_folded):
                cut = j.start()
                break
        # "… filmer tagits fram där verksamhetschef för BUP, rektor och elevhälsochef intervjuas":
        # the people of a relative clause ending in a presenting verb speak in the item.
        for m in _PRESENTED.finditer(mask):
            cut = min(cut, m.start())
        # A clause saying whom the item is for reopens the scope a passing cue closed: "Under
        # 2020 startar Region Stockholm tillsammans med Ifous ett FoU-program som främst riktar
        # sig till chefer, skolledare …" (up to the next passing or example cue).
        reopen, reclose = len(sentence), len(sentence)
        purpose = _PURPOSE.search(mask, cut) if cut < len(sentence) else None
        if purpose:
            reopen = purpose.start()
            later = [m.start() for rx in (_PASSING, _EXAMPLE) if (m := rx.search(mask, purpose.end()))]
            reclose = min(later, default=len(sentence))
        inner = None if front else _inserted_adverbial(mask)
        inner_close = len(sentence)
        if inner:
            later = [m.start() for rx in (_PASSING, _EXAMPLE) if (m := rx.search(mask, inner[1]))]
            inner_close = min(later, default=len(sentence))
        coverage = _COVERAGE.search(mask)
        findings = _finding_spans(mask, sentence, own_folded)
        all_tags = lexicon.tag(mask)
        listed = _enumerated(mask, all_tags, "care-level") | _long_list(mask, all_tags, {"target-group", "audience"})
        for t in all_tags:
            if t.scheme not in schemes:
                continue
            surface = sentence[t.start : t.end]
            hit = (t.scheme, t.code, _clip(sentence, t.start, t.end), surface)
            # A mention label ("psykiatrin") names a field, not the item's level.
            in_reach = (t.start < cut or reopen <= t.start < reclose) and not (front and front[0] <= t.start < front[1])
            in_reach = in_reach and not any(x <= t.start < y for x, y in shut)
            # "används av sjuksköterskor och läkare": the agent right after is the user (a list of
            # users joined by "och"/commas counts, up to the first word that is no label).
            if t.scheme == "audience" and not in_reach and _used_by(mask, t.start, all_tags):
                in_reach = True
            # "SKR har i samarbete med Skolverket tagit fram X, ett metodstöd för lärare": the
            # partners end at the supine; whom the item was made for follows (audience only).
            if t.scheme == "audience" and not in_reach and inner and inner[1] <= t.start < inner_close:
                in_reach = True
            # What a finding or recommendation argues for is not what the item is, nor who uses
            # it; whom the argued-for care would help is still whom the text is about.
            if t.scheme in ("care-level", "audience") and any(a <= t.start < b for a, b in findings):
                in_reach = False
            own_t = own or (t.scheme == "audience" and own_head[0] <= t.start and t.end <= own_head[1])
            in_scope = own_t and in_reach and t.start not in listed and not t.passing
            # A counted unit is a figure: "I mars 2020 är 749 arbetsplatser anslutna" counts
            # users, it does not make the item one for working life.
            if t.scheme == "care-level" and _COUNTED.search(mask[: t.start]):
                in_scope = False
            if t.scheme in ("care-level", "audience") and coverage and t.start > coverage.start():
                in_scope = False
            # People the item looks at or works with are not its users: "tecken på stress hos
            # medarbetare", "dela resultatet med sin behandlare".
            if t.scheme == "audience" and (_NOT_USER.search(mask[: t.start]) or _EVENT_FOR.search(mask[: t.start])):
                in_scope = False
            # A manager's "medarbetare" are the people the manager leads: "hjälper chefer att planera
            # en återgång i arbete för medarbetare som varit sjukskrivna", "ger chefer stöd när en
            # medarbetare kommer tillbaka" name whom the managers' work concerns, not a second
            # user group ("chefer och medarbetare", coordinated, are both users).
            if t.scheme == "audience" and _LED_BY_MANAGER.match(sentence[t.start : t.end]):
                if any(
                    a.scheme == "audience"
                    and a.code == "chefer"
                    and a.end <= t.start
                    and not _COORDINATED.fullmatch(mask, a.end, t.start)
                    for a in all_tags
                ):
                    in_scope = False
            # Those who hand the item out pass it on to its users: "ska delas ut av polis, präst
            # och vårdpersonal".
            if t.scheme == "audience" and _given_by(mask, t.start):
                in_scope = False
            # The settings staff work in are not the people the item helps: a film "för personal
            # inom skola, socialtjänst och äldreomsorg" is not for older people.
            if t.scheme == "target-group" and any(
                a.scheme == "audience"
                and a.end <= t.start
                and _STAFF_SETTING.fullmatch(mask, a.end, t.start)
                and not _OCCASION.match(mask, a.end)
                for a in all_tags
            ):
                in_scope = False
            # Those who hand the item out, where they work and whom they meet are no level or group
            # of the item: "Broschyren delas ut av personal inom vuxenpsykiatrin och socialtjänsten,
            # som möter föräldrarna" (up to a "till" naming the receivers: "… av BVC till föräldrar").
            if t.scheme in ("care-level", "target-group") and _handed_out_by(mask, t.start):
                in_scope = False
            # The workplaces listed after the users ("ges till personal i skolor, på fritidsgårdar och
            # i räddningstjänsten") are where they work, not the item's level.
            if t.scheme == "care-level" and any(
                a.scheme == "audience"
                and a.end <= t.start
                and (w := _SETTING_LIST.match(mask, a.end)) is not None
                and t.end <= w.end()
                for a in all_tags
            ):
                in_scope = False
            # The people a relation is named by are not those helped: "anhöriga till vuxna med
            # psykisk sjukdom", "barn till föräldrar med missbruk" help the relatives, the children.
            if t.scheme == "target-group" and any(
                a.scheme == "target-group" and a.end <= t.start and _RELATION_OF.fullmatch(mask, a.end, t.start)
                for a in all_tags
            ):
                in_scope = False
            # People something comes from are its sources, neither its users nor whom it helps:
            # "470 idéer från brukare, närstående och personal".
            if t.scheme in ("audience", "target-group") and _SOURCE.search(mask[: t.start]):
                in_scope = False
            (facets if in_scope else passing).append(hit)
        # What the mask hid is mentioned too: a project named "… barn och unga" is about them.
        seen = {(t.scheme, t.code) for t in all_tags}
        for t in lexicon.tag(sentence):
            if (
                t.scheme in schemes
                and (t.scheme, t.code) not in seen
                and mask[t.start : t.end].strip() != sentence[t.start : t.end]
            ):
                passing.append((t.scheme, t.code, _clip(sentence, t.start, t.end), sentence[t.start : t.end]))
                seen.add((t.scheme, t.code))
    return facets, passing


def _plain_tags(
    lexicon: Lexicon, text: str, schemes: set[str], *, heading: bool = True
) -> list[tuple[str, str, str, str]]:
    """Tags of a title or heading: (scheme, code, quote, trigger). A title (``heading=False``)
    drops mention labels (``pg:mentionLabel``): they name a field the item is about; a
    heading that scopes a list keeps them."""
    return [
        (t.scheme, t.code, _clip(text, t.start, t.end), t.surface)
        for t in _title_tags(lexicon, text)
        if t.scheme in schemes and (heading or not t.passing)
    ]


def _title_tags(lexicon: Lexicon, text: str) -> list[Tag]:
    hidden = _NOT_FACETS.sub(lambda m: " " * len(m.group(0)), text)
    tags = lexicon.tag(hidden)
    return [t for t in tags if not _staff_genitive(hidden, t, tags)]


def _service_profession(lexicon: Lexicon, x: tuple[str, str, str, str, str]) -> tuple[str, str, str, str, str]:
    """A ``personal`` audience whose trigger follows a service's genitive ("elevhälsans
    kuratorer") as that service's staff code; any other finding unchanged.

    >>> lex = Lexicon.from_dir()
    >>> q = "Ankarplats – samtalsmetod för elevhälsans kuratorer"
    >>> _service_profession(lex, ("audience", "personal", q, "kuratorer", "title"))[1]
    'elevhalsopersonal'
    >>> _service_profession(lex, ("audience", "personal", "för kommunens kuratorer", "kuratorer", "body"))[1]
    'personal'
    """
    if x[:2] != ("audience", "personal") or not x[3]:
        return x
    m = re.search(r"([\wåäö-]{3,}s)\s+" + re.escape(x[3]) + r"\b", x[2])
    staff = _staff(lexicon, m.group(1)) if m else None
    if staff is None or staff.code == "personal":
        return x
    return ("audience", staff.code, x[2], f"{m.group(1)} {x[3]}" if m else x[3], x[4])


def _staff_genitive(text: str, t: Tag, tags: list[Tag]) -> bool:
    """Whether a group label is a genitive naming whose staff the next word is: "för förskolans
    personal" is for the preschool's staff, not for the children (reading guide, Target group:
    whom the item helps, not who uses it).

    >>> lex = Lexicon.from_dir()
    >>> t = "Fotfäste – webbutbildning för förskolans personal"
    >>> tags = lex.tag(t)
    >>> [x.surface for x in tags if _staff_genitive(t, x, tags)]
    ['förskolans']
    >>> t = "Film för barn och personal"
    >>> tags = lex.tag(t)
    >>> [x.surface for x in tags if _staff_genitive(t, x, tags)]
    []
    """
    if t.scheme != "target-group" or not t.surface.endswith("s"):
        return False
    return any(
        x.scheme == "audience" and x.code != _PUBLIC and x.start > t.end and not text[t.end : x.start].strip()
        for x in tags
    )


_SCHEME_OF = {field: scheme for scheme, field in FACET_FIELDS.items()}


#: Kinds whose names are titles of things; focus areas, goals and activities are a plan's sections.
_THINGS = frozenset({"resource", "initiative", "event"})


def item_titles(mentions: list[Mention]) -> dict[str, tuple[str, ...]]:
    """Per report, the names of its things (resources, initiatives, events): ``enrich(titles=…)``."""
    out: dict[str, list[str]] = {}
    for m in mentions:
        if m.kind in _THINGS:
            out.setdefault(m.source.report, []).append(m.name)
    return {r: tuple(names) for r, names in out.items()}


#: "Barn och unga" is one group in the reading guide (Target group: "barn och unga" → barn and
#: unga), not two groups a heading combines.
_ONE_GROUP = frozenset({"barn", "unga"})


def coordinated_groups(lexicon: Lexicon, heading: str) -> frozenset[str]:
    """Target groups a heading coordinates: two group words joined only by a conjunction or a
    comma ("Vuxna och äldre"). A group word qualified by another ("Vuxna med psykisk ohälsa och
    samsjuklighet": adults who have it) names one group, and "barn och unga" is one group.

    >>> lex = Lexicon.from_dir()
    >>> sorted(coordinated_groups(lex, "Område 2. Vuxna och äldre"))
    ['aldre', 'vuxna']
    >>> sorted(coordinated_groups(lex, "Vuxna med psykisk ohälsa och samsjuklighet"))
    []
    >>> sorted(coordinated_groups(lex, "Barn och unga i skolan"))
    []
    >>> sorted(coordinated_groups(lex, "2.4 Placerade barn och unga"))
    []

    A group coordinated with a topic the vocabulary knows only as a field (a mention label:
    "Suicidprevention och självskadebeteende", "Självskadebeteende och suicid") is a combined
    heading too: the field gives no item a group, so the group is only one of two topics.

    >>> sorted(coordinated_groups(lex, "3.6 Suicidprevention och självskadebeteende"))
    ['sjalvskada']
    >>> sorted(coordinated_groups(lex, "Självskadebeteende, suicid"))
    ['sjalvskada']
    >>> sorted(coordinated_groups(lex, "Självskadebeteende"))
    []
    """
    tags = sorted(
        (t for t in _title_tags(lexicon, heading) if t.scheme == "target-group"),
        key=lambda t: t.start,
    )
    out: set[str] = set()
    for a, b in pairwise(tags):
        if b.start < a.end:  # one phrase naming two groups ("Barn till föräldrar med …") is no list
            continue
        if a.passing or b.passing:
            # a field beside a group: the group is one topic of a combined heading
            gap = heading[a.end : b.start].replace(",", " ").split()
            joined = heading[a.end : b.start].strip() == "," or (gap and all(w.lower() in CONJUNCTIONS for w in gap))
            if a.passing != b.passing and joined:
                out |= {x.code for x in (a, b) if not x.passing}
            continue
        between = heading[a.end : b.start].replace(",", " ").split()
        # "Placerade barn och unga": the attribute covers both heads, one group of barn och unga.
        last = {t.code for t in _title_tags(lexicon, a.surface.split()[-1]) if t.scheme == "target-group"}
        one = {a.code, b.code} == _ONE_GROUP or (b.code in _ONE_GROUP and bool(last & _ONE_GROUP - {b.code}))
        if a.code != b.code and not one and all(w.lower() in CONJUNCTIONS for w in between):
            out |= {a.code, b.code}
    return frozenset(out)


def coordinated_facets(lexicon: Lexicon, heading: str) -> frozenset[tuple[str, str]]:
    """A care level and a target group a heading coordinates ("Heldygnsvård och samsjuklighet",
    "Samsjuklighet och heldygnsvård"): two topics side by side, joined only by a conjunction or a
    comma. Such a combined heading gives each item only the parts its own text supports (reading
    guide, Care level: a combined heading), as a heading coordinating two levels or two groups does.

    >>> lex = Lexicon.from_dir()
    >>> sorted(coordinated_facets(lex, "2.6. Heldygnsvård och samsjuklighet"))
    [('care-level', 'heldygnsvard'), ('target-group', 'missbruk')]
    >>> sorted(coordinated_facets(lex, "Första linjen för barn och unga"))
    []
    >>> sorted(coordinated_facets(lex, "3.2 Arbetsliv och sjukskrivning"))
    []
    """
    tags = sorted(
        (t for t in _title_tags(lexicon, heading) if t.scheme in ("care-level", "target-group") and not t.passing),
        key=lambda t: t.start,
    )
    out: set[tuple[str, str]] = set()
    for a, b in pairwise(tags):
        between = heading[a.end : b.start].replace(",", " ").split()
        if a.scheme != b.scheme and between and all(w.lower() in CONJUNCTIONS for w in between):
            # A level and a group the vocabulary names by one shared phrase are one field
            # ("återgång i arbete" is working life's and the employees': "Arbetsliv och sjukskrivning").
            if not set(lexicon.labels(a.scheme, a.code)) & set(lexicon.labels(b.scheme, b.code)):
                out |= {(a.scheme, a.code), (b.scheme, b.code)}
    return frozenset(out)


def _beside_broader(lexicon: Lexicon, quote: str, trigger: str, code: str) -> bool:
    """Whether the level ``code`` is named in ``quote`` only beside a setting of a broader level,
    joined by a conjunction or a comma ("hur vårdcentraler och ungdomsmottagningar kan ta emot unga
    vuxna"): the two settings are where the broader level works (reading guide, Scope: enumerations
    are not targets), so the item takes the broader level, not the narrower one.

    >>> lex = Lexicon.from_dir()
    >>> _beside_broader(lex, "Den beskriver hur vårdcentraler och ungdomsmottagningar kan ta emot unga.",
    ...     "vårdcentraler", "primarvard")
    True
    >>> _beside_broader(lex, "Ett stöd för vårdcentraler i regionen.", "vårdcentraler", "primarvard")
    False
    """
    broader = set(lexicon.broader("care-level", code))
    if not broader:
        return False
    tags = sorted((t for t in lexicon.tag(quote) if t.scheme == "care-level"), key=lambda t: t.start)
    for a, b in pairwise(tags):
        pair = {a.code, b.code}
        if code not in pair or not (pair - {code}) & broader or trigger not in (a.surface, b.surface):
            continue
        gap = quote[a.end : b.start]
        between = gap.replace(",", " ").split()
        if (between or "," in gap) and all(w.lower() in CONJUNCTIONS for w in between):
            return True
    return False


def _school_profession(lexicon: Lexicon, quote: str, trigger: str) -> bool:
    """Whether the staff word ``trigger`` stands in one list with school health staff and is
    itself a school profession with its "skol-" left out: "skolsköterskor och kuratorer" are
    "skolsköterskor och skolkuratorer" (a shared first part is written once in a Swedish list),
    so the list names elevhälsans personal only; "lärare och skolsköterskor" keeps the teachers.

    >>> lex = Lexicon.from_dir()
    >>> _school_profession(lex, "en modell för skolsköterskor och kuratorer i årskurs 4–9", "kuratorer")
    True
    >>> _school_profession(lex, "för elevhälsans personal, framför allt skolsköterskor och kuratorer", "kuratorer")
    True
    >>> _school_profession(lex, "en film för lärare och skolsköterskor", "lärare")
    False
    >>> _school_profession(lex, "ett stöd för kuratorer inom socialtjänsten", "kuratorer")
    False
    """
    if not any(t.scheme == "audience" and t.code == "elevhalsopersonal" for t in lexicon.tag(f"skol{trigger.lower()}")):
        return False
    tags = sorted((t for t in lexicon.tag(quote) if t.scheme == "audience"), key=lambda t: t.start)
    at = next((i for i, t in enumerate(tags) if t.surface == trigger), None)
    if at is None:
        return False

    def joined(a: Tag, b: Tag) -> bool:
        gap = quote[a.end : b.start].replace(",", " ").split()
        return all(w.lower() in CONJUNCTIONS for w in gap) and (bool(gap) or "," in quote[a.end : b.start])

    chain = [tags[at]]
    for step in (-1, 1):
        i = at
        while 0 <= i + step < len(tags) and joined(*sorted((tags[i], tags[i + step]), key=lambda t: t.start)):
            i += step
            chain.append(tags[i])
    return any(t.code == "elevhalsopersonal" for t in chain)


#: "sprids via hemtjänsten och vårdcentralerna", "delas ut via vårdcentraler": the settings after
#: "via" (and the words of their list) are the channel an item reaches people through.
_VIA_LIST = re.compile(r"\bvia\s+(?:[\w-]+(?:\s*,\s*|\s+(?:och|samt|eller)\s+))*$", re.IGNORECASE)


def _via_channel(quote: str, trigger: str) -> bool:
    """Whether the level named by ``trigger`` is only a channel the item is handed out through
    (reading guide, Scope: enumerations are not targets; a brochure spread via health centres is
    not made for primary care).

    >>> _via_channel("Broschyren delas ut via vårdcentraler och hemtjänst.", "vårdcentraler")
    True
    >>> _via_channel("Broschyren sprids via hemtjänsten och vårdcentralerna.", "vårdcentralerna")
    True
    >>> _via_channel("Ett stöd för vårdcentraler i regionen.", "vårdcentraler")
    False
    """
    at = quote.find(trigger)
    return at >= 0 and bool(_VIA_LIST.search(quote[:at]))


def _implied_groups(lexicon: Lexicon, found: list[tuple[str, str, str, str, str]]) -> set[str]:
    """Target groups the item's own care levels and audiences imply, transitively
    (``pg:impliesConcept``: elevhälsans personal → elevhälsa → barn, unga).

    >>> lex = Lexicon.from_dir()
    >>> sorted(_implied_groups(lex, [("audience", "elevhalsopersonal", "", "", "body")]))
    ['barn', 'unga']
    >>> sorted(_implied_groups(lex, [("audience", "chefer", "", "", "body")]))
    []
    """
    seen: set[tuple[str, str]] = set()
    todo = [(s_, c) for s_, c, _, _, w in found if s_ in ("care-level", "audience") and w in ("title", "body")]
    while todo:
        x = todo.pop()
        if x in seen:
            continue
        seen.add(x)
        todo += list(lexicon.implied(*x))
    return {c for s_, c in seen if s_ == "target-group"}


def _names_other_item(heading: str, own_names: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Whether ``heading`` is the title of another item of the report (not this one's), or the
    first line of such a title that wraps ("Lotsboken – SKR:s stöd för första linjen för barn" /
    "och unga (2038)" read as the heading of the bullets after it): a start as long as a wrapped
    line, six words or more, where a section heading that opens a title ("Äldres psykiska hälsa"
    over "Äldres psykiska hälsa – fem samtal") is shorter and still scopes its section.

    >>> _names_other_item("Lotsboken – stöd för första linjen för barn", ("Y",),
    ...     ("Lotsboken – stöd för första linjen för barn och unga",))
    True
    >>> _names_other_item("Äldres psykiska hälsa", ("Y",), ("Äldres psykiska hälsa – fem samtal",))
    False
    """
    key = fold(heading).strip(" .:–-")
    if not key or key in {fold(n).strip(" .:–-") for n in own_names}:
        return False
    titles = {fold(n).strip(" .:–-") for n in others}
    if key in titles:
        return True
    return len(re.findall(r"\w+", key)) >= 6 and any(t.startswith(key + " ") for t in titles)


def compound_title_form(lexicon: Lexicon, name: str) -> list[tuple[str, str, str, str]]:
    """The form a title's first word names as the head of a compound ("Lotsboken" is a book,
    "Elevhälsoguiden" a guide, "Skolhälsoportalen" a web portal): in a Swedish compound the last
    part says what the thing is (reading guide, Form: from its own description, here its title).
    Only a head of four letters or more that is itself a form label counts.

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in compound_title_form(lex, "Lotsboken – stöd för första linjen")]
    ['skrift']
    >>> [c for _, c, _, _ in compound_title_form(lex, "Elevhälsoguiden")]
    ['guide']
    >>> compound_title_form(lex, "Samtalsstegen – en modell")
    []
    >>> compound_title_form(lex, "Guiden")
    []
    """
    first = re.match(r"[\wåäöÅÄÖ-]+", name.strip())
    if not first:
        return []
    word = first.group(0)
    for at in range(3, len(word) - 3):
        head = word[at:].lstrip("-")
        tags = [t for t in lexicon.tag(head) if t.scheme == "resource-form" and t.start == 0 and t.end == len(head)]
        if tags:
            return [(tags[0].scheme, tags[0].code, name, word)]
    return []


#: The number or label that opens a heading: "6. ", "2.1 ", "B. ", "Tabell 1. ", "Bilaga 2: ".
_HEADING_NUMBER = re.compile(
    r"\s*(?:(?:Tabell|Bilaga|Del|Kapitel|Avsnitt)\s+)?(?:\d+(?:[.:]\d+)*[.:)]?|[A-Z][.:)])\s+(?:[–—-]\s+)?"
)


def category_forms(lexicon: Lexicon, heading: str) -> list[tuple[str, str, str, str]]:
    """Forms a heading gives the items listed under it: only a category heading, one that opens
    with its form noun ("Filmer om SIP", "Webbutbildningar", "Utbildningsspår primärvård").
    A form noun later in a heading describes one thing ("Pilot elevhälsobaserad modell") or an
    activity ("Aktivitet 3. Sprida implementeringsstöd …"), not the category of the list.

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in category_forms(lex, "Filmer om SIP")]
    ['film']
    >>> category_forms(lex, "Pilot elevhälsobaserad modell")
    []

    A heading's number or table label comes before its first word:

    >>> [c for _, c, _, _ in category_forms(lex, "Tabell 1. Webbutbildningar 2065")]
    ['webbutbildning']
    >>> [c for _, c, _, _ in category_forms(lex, "6. Filmer")], category_forms(lex, "2.1 Första linjen")
    (['film'], [])
    """
    hidden = _NOT_FACETS.sub(lambda m: " " * len(m.group(0)), heading)
    # a heading's number or label opens it: "6. Filmer", "Tabell 1. Webbutbildningar 2065"
    numbered = _HEADING_NUMBER.match(hidden)
    first = re.compile(r"\w").search(hidden, numbered.end() if numbered else 0)
    return [
        (t.scheme, t.code, _clip(heading, t.start, t.end), t.surface)
        for t in lexicon.tag(hidden)
        if t.scheme == "resource-form" and first is not None and t.start == first.start()
    ]


#: A preposition after a form noun: "utbildningar i Teaching Recovery Techniques" are trainings
#: in a method, "föreläsning om … KOMET" a lecture about a programme.
_ABOUT = re.compile(r"\s+(?:i|om|kring|utifrån|av|från)\s+", re.IGNORECASE)


def _form_of_other(text: str, hidden: str, end: int, own_names: tuple[str, ...]) -> bool:
    """Whether the form noun ending at ``end`` names another thing than the item: it stands
    right before another item's name (masked in ``hidden``: "kurserna Metodstöd i
    implementering" are those courses), or before a preposition and the item's own name (a
    training *in* the item is not the item).

    >>> _form_of_other("fyra utbildningar i Teaching Recovery Techniques", "", 17, ("Teaching Recovery Techniques",))
    True
    >>> _form_of_other("fyra utbildningar i Teaching Recovery Techniques (TrT)", "", 17, ("TrT",))
    True
    >>> t = "den nya Folkhälsokollen samt kurserna Metodstöd i implementering."
    >>> h = t.replace("Metodstöd i implementering", " " * 26)
    >>> _form_of_other(t, h, t.index("kurserna") + 8, ("Folkhälsokollen",))
    True
    >>> _form_of_other(t, t, t.index("kurserna") + 8, ("Folkhälsokollen",))
    False
    """
    folded_own = [fold(n) for n in own_names if len(n) >= 3]
    gap = re.match(r"\s*,?\s*", text[end:])
    pos = end + (gap.end() if gap else 0)
    if pos < len(text) and pos < len(hidden) and hidden[pos] == " " and not text[pos].isspace():
        # unless the item is one of the names listed there ("två rapporter, X och <item>")
        if not any(n in fold(text[pos:]) for n in folded_own):
            return True
    about = _ABOUT.match(text, end)
    if about is None:
        return False
    rest = fold(text[about.end() :])
    # the item may follow under its full name with its short name in brackets: "fyra
    # utbildningar i Teaching Recovery Techniques (TrT)" for the item called TrT
    return any(rest.startswith(n) or re.match(rf"[^().;]{{3,80}}\({re.escape(n)}\)", rest) for n in folded_own)


_CONJUNCT = re.compile(r"\b(?:samt|och)\b[^.;:,]*$", re.IGNORECASE)


def _conjunct_of_own(text: str, start: int, own_names: tuple[str, ...]) -> bool:
    """Whether the form noun at ``start`` heads a phrase coordinated after the item's name: a
    second thing, not the item ("implementering av ERGT (…) samt översatt utbildningsmaterial").

    >>> _conjunct_of_own("arbeta med ERGT samt översatt utbildningsmaterial.", 33, ("ERGT",))
    True
    >>> _conjunct_of_own("ERGT är en utbildning och ett stöd.", 11, ("ERGT",))
    False
    """
    before = fold(text[:start])
    for name in (fold(n) for n in own_names if len(n) >= 3):
        at = before.find(name)
        if at >= 0 and _CONJUNCT.search(before[at + len(name) :]) and not _DEFINES.search(before[at:]):
            return True
    return False


#: "X är ett/en …", "X var ett/en …", "X, ett/en …": the words after say what X is.
_COPULA = re.compile(r"\s*(?:,\s*|\s+(?:är|var)\s+)(?:ett|en)\s+", re.IGNORECASE)
_APPOSITION = re.compile(r"(?:En|Ett)\s+(?=[^.;:]*\.?\s*$)")
_NAMING = re.compile(r",?\s+(?:(?:kallad|kallat|kallade|som heter|med namnet)\s+)?")
_SUBTITLE = re.compile(r"\s+[–—-]\s+|:\s+")
#: A demonstrative before a noun refers back to the item: "I denna skrift beskrivs …".
_SELF_NOUN = re.compile(r"\b(?:denna|detta|dessa|den här|det här)\s+$", re.IGNORECASE)


def _later_work(folded: str, at: int, name: str, others: list[str], named_before: bool) -> bool:
    """Whether the item's name at ``at`` of a folded sentence begins the title of another work: a
    longer name of another item of the report ("utbildningen Broslaget i team" for the model
    Broslaget), or, once the item was named in an earlier sentence, its name with a subtitle ("Arbetssättet
    beskrivs i foldern Tidig kontakt – så gör du som chef": a folder about the way of working).

    >>> _later_work("utbildningen bron i team", 13, "bron", ["bron i team"], False)
    True
    >>> _later_work("i foldern tidig kontakt – sa gor du", 10, "tidig kontakt", [], True)
    True
    >>> _later_work("guiden tillbaka – stod for chefer", 7, "tillbaka", [], False)
    False
    """
    rest = folded[at:]
    if any(len(o) > len(name) and rest.startswith(o) and o.startswith(name) for o in others):
        return True
    return named_before and bool(re.match(re.escape(name) + r"\s+[–—-]\s+\w", rest))


#: A form note: a label word and a colon before the form ("Typ: handbok", "Format: film").
_FORM_NOTE = re.compile(r"(?<![\w-])(?:Typ|Form|Format|Materialtyp)\s*:\s*")


#: "av" after a word that is no quantity ("togs fram av", "gavs ut av"), or a partner phrase,
#: right before a noun: the noun names an agent or partner, not the thing described.
_AGENT_BEFORE = re.compile(
    r"(?:\b(?!(?:en|ett|två|tre|fyra|fem|några|flera|många|alla|båda|var|vart|vilken|vilket|del|delar)\s)\w+\s+av"
    r"|\btillsammans\s+med|\bi\s+samarbete\s+med)\s+$",
    re.IGNORECASE,
)


def defined_forms(
    lexicon: Lexicon,
    text: str,
    own_names: tuple[str, ...],
    own_forms: frozenset[str] = frozenset(),
    others: tuple[str, ...] = (),
) -> list[tuple[str, str, str, str]]:
    """Forms an item's text states of the item itself, in any sentence: its name followed by a
    copula or an apposition and a form noun ("Traumastöd är ett verktyg som består av
    stödmaterial", "lanserades IMR-appen, ett metodstöd"), or a demonstrative before a form
    noun ("I denna skrift beskrivs …"). Returns (scheme, code, quote, trigger), first form of
    each such phrase only.

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in defined_forms(lex, "Sedan lanserades IMR-appen, ett metodstöd för iPad.", ("IMR-appen",))]
    ['metodstod']
    >>> [c for _, c, _, _ in defined_forms(lex, "I denna skrift beskrivs satsningar i Skottland.", ("Utblick",))]
    ['skrift']
    >>> [c for _, c, _, _ in defined_forms(lex, "Till guiden finns en affisch, kallad Frisk.", ("Frisk",))]
    ['affisch']
    >>> defined_forms(lex, "Rapporten är en del av ett större arbete.", ("Guiden",))
    []
    >>> [c for _, c, _, _ in defined_forms(lex, "Lektioner om känslor. Typ: lärarhandledning", ("Tåget",))]
    ['guide']
    >>> [c for _, c, _, _ in defined_forms(lex, "Ledfyren mobil (2054). Format: app", ("Ledfyren mobil",))]
    ['app']

    A maker named like the item is the maker ("togs fram av Nätverket Lugn"); "en av filmerna Lugn"
    is the item:

    >>> defined_forms(lex, "Stödet togs fram av Nätverket Lugn och beskriver arbetssätt.", ("Lugn",))
    []
    >>> [c for _, c, _, _ in defined_forms(lex, "I maj kom Vägen. Den är en kartläggning av vården.", ("Vägen",))]
    ['kartlaggning']
    >>> defined_forms(lex, "I maj kom Vägen. Den är en ny version av en utbildning från 2029.", ("Vägen",))
    []
    >>> [c for _, c, _, _ in defined_forms(lex, "Den första av filmerna, filmen Lugn, visar ett möte.", ("Lugn",))]
    ['film']
    """
    out: list[tuple[str, str, str, str]] = []
    # A title "Name – subtitle" (or "Name: subtitle") is written by its short name in the text.
    names = [n for full in own_names for n in {full, _SUBTITLE.split(full, 1)[0]} if len(n.strip()) >= 3]
    own_folded = {fold(n).strip() for n in own_names}
    others_folded = [o for o in {fold(n).strip() for n in others} if o not in own_folded]
    previous = ""
    named_before = False
    for a, b in sentences(text):
        sentence = text[a:b]
        folded = fold(sentence)
        windows: list[int] = []
        # "Investera i människor. En film om sociala investeringar.": the title as a sentence of
        # its own, then a verbless noun phrase saying what it is.
        article = _APPOSITION.match(sentence)
        words = re.findall(r"\w+", sentence)
        verbless = not any(
            finite_verb(w, n) or w.endswith(("des", "tes", "ts")) for w, n in with_next(words)
        )
        if article and verbless and any(previous == fold(n).strip(" .") for n in names):
            windows.append(article.end())
        previous = folded.strip(" .")
        for name in names:
            key = fold(name)
            at = folded.find(key)
            if at < 0:
                continue
            m = _COPULA.match(sentence, at + len(key))
            if m:
                windows.append(m.end())
        # "Den är en nulägesbeskrivning av …" right after the sentence naming the item: the
        # pronoun refers back to it and the copula's predicate says what it is
        pronoun = (
            _PRONOUN_COPULA.match(sentence) if named_before and not any(fold(n) in folded for n in names) else None
        )
        tags = [t for t in lexicon.forms_in(sentence)]
        if pronoun:
            # the predicate's head: "en nulägesbeskrivning av …", not "en uppdaterad version av en
            # utbildning" (the noun after a preposition is another thing)
            head = next((t for t in tags if t.start >= pronoun.end()), None)
            if head is not None and _PREDICATE_GAP.fullmatch(sentence[pronoun.end() : head.start]):
                windows.append(head.start)
        # a form note closing an entry ("Typ: webbutbildning", "Form: film"): the layout's own
        # statement of what the item is (reading guide, Form: a form note beside it)
        windows += [n.end() for n in _FORM_NOTE.finditer(sentence)]
        for t in tags:
            # "dessa webbinarier" after a report is named refers to the webinars, not the report
            if _SELF_NOUN.search(sentence[: t.start]) and (not own_forms or t.code in own_forms):
                windows.append(t.start)
            # a form noun right before the name: "webbplatsen FamiljehemSverige.se", "en affisch,
            # kallad Barn och ungas utveckling"
            after = _NAMING.match(sentence, t.end)
            # the agent of a passive or a partner ("togs fram av Nätverket X", "tillsammans med
            # projektet X") is a maker of its own name, not the item ("en av filmerna X" is one)
            if after and _AGENT_BEFORE.search(sentence, 0, t.start):
                after = None
            if after and any(
                folded.startswith(fold(n), after.end())
                and not _later_work(folded, after.end(), fold(n), others_folded, named_before)
                for n in names
            ):
                windows.append(t.start)
        named_before = named_before or any(fold(n) in folded for n in names)
        for start in windows:
            # the predicate noun phrase: up to 40 characters, not past a clause break
            end = start + len(re.split(r"[.;:()]", sentence[start : start + 40])[0])
            hit = next((t for t in tags if start <= t.start < end), None)
            if hit is not None:
                out.append((hit.scheme, hit.code, _clip(sentence, hit.start, hit.end), hit.surface))
    return out


def related_forms(
    lexicon: Lexicon, text: str, own_names: tuple[str, ...], forms: frozenset[str]
) -> list[tuple[str, str, str, str]]:
    """Forms a text gives an item by referring back to it with the noun of a related form
    (``skos:related`` in the form vocabulary): "Under året genomfördes en kartläggning av … .
    Rapporten släpptes i maj." names one thing by two form words, a mapping published as a
    report. The noun must open one of the item's own sentences (within its first three words)
    in definite form ("Rapporten", "I rapporten") or counted ("Tre rapporter släpptes").
    Returns (scheme, code, quote, trigger).

    >>> lex = Lexicon.from_dir()
    >>> t = "Under året gjordes en kartläggning av vården. Rapporten släpptes i maj."
    >>> [c for _, c, _, _ in related_forms(lex, t, ("Kartläggning X",), frozenset({"kartlaggning"}))]
    ['rapport']
    >>> t = "Under året gjordes en kartläggning av vården. Den visar att en rapport behövs."
    >>> related_forms(lex, t, ("Kartläggning X",), frozenset({"kartlaggning"}))
    []
    >>> related_forms(lex, "Filmen visar vården. Rapporten släpptes.", ("Film X",), frozenset({"film"}))
    []
    >>> related_forms(lex, "En kartläggning av vården. Länk till rapporten.", ("X",), frozenset({"kartlaggning"}))
    []
    """
    wanted = {r for f in forms for r in lexicon.related("resource-form", f)} - forms
    if not wanted:
        return []
    out: list[tuple[str, str, str, str]] = []
    # A link mark ("Länk till rapporten.") points at a file; it is no sentence about the item.
    plain = _NOT_FACETS.sub(lambda m: " " * len(m.group(0)), text)
    # Nor is a sentence introducing a version by a name that holds the item's ("Finns också i
    # versionen Pausrummet för skolledare"): it names the version.
    plain = _introduced_blanked(plain, own_names, text)
    own = set(own_sentences(lexicon, text, own_names))
    spans = sentences(text)
    for a, b in spans:
        sentence = plain[a:b]
        opening = list(re.finditer(r"\w+", sentence))[:3]
        if not opening:
            continue
        for t in lexicon.forms_in(sentence[: opening[-1].end()]):
            if t.code not in wanted:
                continue
            before = sentence[: t.start].split()
            # "Tre rapporter" counts; "En rapport" introduces a new one. Counted products open a
            # sentence of the item's own paragraph ("Kartläggningen avser … Tre rapporter släpptes").
            counted = bool(before) and (NUMBER_WORDS.get(before[-1].lower(), 0) > 1 or before[-1].isdigit())
            if (a, b) not in own and not (counted and spans[0] in own):
                continue
            if counted or fold(t.surface).endswith(DEFINITE_ENDINGS[:5]):
                out.append((t.scheme, t.code, _clip(text[a:b], t.start, t.end), t.surface))
                wanted.discard(t.code)
    return out


#: An entry's link line: "Länk till webbutbildningen [webbutbildning].", "Länk till rapporten.",
#: "Länk till Andningshål [app]." — the noun in definite form, or a form note in square brackets.
_LINK_LINE = re.compile(
    r"\bLänk(?:ar)?\s+till\s+(?P<w>[^.\[\]()]{1,60}?)\s*(?:\[(?P<f>[^\[\]]{3,30})\]\s*)?(?=[.\n]|$)"
)


#: A form note in square brackets closing an entry's text, after its last sentence: "… dåligt.
#: [filmer]", "Intervjuer med 60 unga. [rapport]" (the inventory's and reference list's form note).
_CLOSING_NOTE = re.compile(r"\[(?P<f>[^\[\]\d]{3,30})\]\s*$")


_ANY_NOTE = re.compile(r"\[(?P<f>[^\[\]\d]{3,30})\]")


def closing_note_forms(lexicon: Lexicon, text: str, sub_item: bool = False) -> list[tuple[str, str, str, str]]:
    """Forms the note closing an entry's text gives the item (reading guide, Form: "a form note
    beside its link"); only the last note counts: a child's line above it ("· Ett lugnare möte
    (2058) [film]") keeps its own. Returns (scheme, code, quote, trigger).

    A ``sub_item``'s text may run on to the note that closes its parent's entry ("Vadstället
    digitalt (2061) [webbverktyg] [checklista]"): its own note is the one on its line, the first;
    a note alone is the parent's.

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in closing_note_forms(lex, "Ro digitalt (2061) [webbverktyg] [checklista]", True)]
    ['webbverktyg']
    >>> closing_note_forms(lex, "[metodstöd]", True), closing_note_forms(lex, "[metodstöd]")[0][1]
    ([], 'metodstod')

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in closing_note_forms(lex, "En filmserie för unga om att prata. [filmer]")]
    ['film']
    >>> [c for _, c, _, _ in closing_note_forms(lex, "Hör filmen: · Ett möte, för skötare [film] [metodstöd]")]
    ['metodstod']
    >>> closing_note_forms(lex, "Modellen [se avsnitt 3] används i tre kommuner.")
    []
    """
    m = _CLOSING_NOTE.search(text)
    if not m:
        return []
    if sub_item:
        notes = list(_ANY_NOTE.finditer(text))
        if not text[: notes[0].start()].strip():
            return []
        m = notes[0]
    a, b = next(((a, b) for a, b in sentences(text) if a <= m.start() < b), (0, len(text)))
    quote_ = _clip(text[a:b], m.start("f") - a, m.end("f") - a)
    return [(t.scheme, t.code, quote_, t.surface) for t in lexicon.forms_in(m.group("f"))]


def link_forms(lexicon: Lexicon, text: str, had: frozenset[str] = frozenset()) -> list[tuple[str, str, str, str]]:
    """Forms an entry's link line gives the item (reading guide, Form: "a form note beside its
    link"): a form note in square brackets after the link ("Länk till webbutbildningen
    [webbutbildning]"), or, where the item has no form yet, the link's noun in definite form, which
    refers back to the item ("Länk till rapporten"). Beside a stated form the noun adds nothing: a
    mapping closing with "Länk till rapporten" is annotated both ways across the sets. Returns
    (scheme, code, quote, trigger).

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in link_forms(lex, "Om personer 70 år. Länk till webbutbildningen [webbutbildning].")]
    ['webbutbildning']
    >>> t = "En nulägesbeskrivning. Länk till rapporten."
    >>> [c for _, c, _, _ in link_forms(lex, t)], link_forms(lex, t, frozenset({"kartlaggning"}))
    (['rapport'], [])
    >>> link_forms(lex, "Länk till webbsida om stödet.")
    []
    """
    out: list[tuple[str, str, str, str]] = []
    for m in _LINK_LINE.finditer(text):
        quote_ = clean(m.group(0)).rstrip(" .")
        if m.group("f"):
            out += [(t.scheme, t.code, quote_, t.surface) for t in lexicon.forms_in(m.group("f"))]
            continue
        word = m.group("w").strip()
        if had or " " in word or not _DEFINITE.search(word.lower()):
            continue
        out += [(t.scheme, t.code, quote_, t.surface) for t in lexicon.forms_in(word)]
    return [x for x in dict.fromkeys(out) if x[1] not in had]


def service_audience(lexicon: Lexicon, text: str) -> list[tuple[str, str, str, str]]:
    """Audiences of a support made for a care service: its staff (reading guide, Audience:
    "för personal inom …"). A resource-form word followed by "för"/"till" and a care level
    gives the audience the vocabulary labels as that service's staff ("elevhälsans personal"),
    else staff in general. Returns (scheme, code, quote, trigger).

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in service_audience(lex, "Metodstöd för elevhälsan")]
    ['elevhalsopersonal']
    >>> [c for _, c, _, _ in service_audience(lex, "Ett stödmaterial för första linjens arbete för barn.")]
    ['personal']
    >>> service_audience(lex, "Elevhälsobaserad modell för första linjen")
    []
    >>> [c for _, c, _, _ in service_audience(lex, "X, en vägledning för rektorer och elevhälsa om sorg")]
    ['elevhalsopersonal']
    >>> service_audience(lex, "X, en vägledning för skolan och elevhälsa om sorg")
    []
    >>> service_audience(lex, "Tillbaka i tid – checklista för återgång i arbete efter sjukskrivning")
    []
    """
    every = lexicon.tag(text)
    # A span that also names a group ("återgång i arbete": arbetsliv and anstallda) speaks of the
    # people's own process, not of a service whose staff use the item.
    people = {(t.start, t.end) for t in every if t.scheme == "target-group"}
    tags = [t for t in every if not (t.scheme == "care-level" and (t.start, t.end) in people)]
    out: list[tuple[str, str, str, str]] = []
    for form, level in pairwise(tags):
        if form.scheme != "resource-form" or form.code not in _TOOLS or level.scheme != "care-level":
            continue
        if not _FOR_SERVICE.fullmatch(text[form.end : level.start]):
            continue
        # "the staff of <service>" in the genitive, read by the audience vocabulary.
        best = _staff(lexicon, level.surface)
        if best is not None:
            trigger = text[form.start : level.end]
            out.append(("audience", best.code, _clip(text, form.start, level.end), trigger))
    # A service coordinated with people the item is for names its staff, for any form: "en
    # vägledning för rektorer och elevhälsa", "ett metodstöd för lärare och elevhälsa".
    for i, form in enumerate(tags):
        if form.scheme != "resource-form" or not _FOR_SERVICE.fullmatch(
            text[form.end : tags[i + 1].start] if i + 1 < len(tags) else "x"
        ):
            continue
        run = [tags[i + 1]]
        for u in tags[i + 2 :]:
            if u.scheme not in ("audience", "care-level") or not _LIST_SEP.fullmatch(text[run[-1].end : u.start]):
                break
            run.append(u)
        if not any(t.scheme == "audience" for t in run) or any(t.scheme not in ("audience", "care-level") for t in run):
            continue
        for level in run:
            best = _staff(lexicon, level.surface) if level.scheme == "care-level" else None
            if best is not None:
                trigger = text[form.start : run[-1].end]
                out.append(("audience", best.code, _clip(text, form.start, run[-1].end), trigger))
    return out


#: Forms made for professionals' work even when they concern a group: a report, survey or model
#: "för barn" is about children, not read by them.
_PROFESSIONAL_FORMS = frozenset(
    {
        "rapport",
        "kartlaggning",
        "forskningsoversikt",
        "modell",
        "metodstod",
        "register",
        "natverk",
        "checklista",
        "seminarium",
        "supportfunktion",
    }
)
#: Groups defined by their work (employees) use an item as staff, not as the public.
_NOT_PUBLIC = frozenset({"anstallda"})
#: "film för unga", "film på tre minuter för unga", "broschyr på lätt svenska till föräldrar": a
#: short "på"-phrase (length, language) may stand between the form and whom it is made for.
_FORM_FOR = re.compile(r"(?:\s+på(?:\s+[\wåäö]+){1,3})?\s+(?:för|till)\s+(?:alla\s+)?", re.IGNORECASE)
_FORM_WHERE = re.compile(r"\s+där\s+", re.IGNORECASE)
_FORM_FOR_GENITIVE = re.compile(_FORM_FOR.pattern + r"[\wåäö-]{3,}s\s+", re.IGNORECASE)
#: "där unga kan …", "där barn och deras vårdnadshavare hittar rätt stöd": the people after
#: "där" do something with the item themselves (a modal or a verb of finding, reading, rating).
_CAN = re.compile(
    r"[^.;:]{0,60}?\s(?:kan|kunde|får|fick|själva|hittar|söker|läser|tittar|lyssnar|skattar|fyller|chattar)\b"
)


#: "app om sömn och stress för unga": a topic of a few words, then whom the form is made for.
_FORM_ABOUT_FOR = re.compile(r"\s+om\s+(?:(?!för\b|till\b)[\wåäö-]+,?\s+){1,5}?för\s+", re.IGNORECASE)
#: An age range right after a group: "unga 13–18 år", "barn 6-12 år".
_AGE_AFTER = re.compile(r"\s+\d{1,2}\s*[–-]\s*\d{1,2}\s+år\b")
#: "hjälper äldre att hitta …": the helped group right after the verb, then an infinitive.
_HELPS = re.compile(r"\bhjälper\s+(?:alla\s+|de\s+)?$", re.IGNORECASE)
_TO_DO = re.compile(r"\s+(?:\S+\s+){0,2}?att\s+[a-zåäö]")


def addressed_audience(lexicon: Lexicon, text: str) -> list[tuple[str, str, str, str]]:
    """The public as audience where ``text`` addresses the item to a target group directly.

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in addressed_audience(lex, "Temat är direkt riktat till barn i ålder 8-12 år.")]
    ['allmanheten']
    >>> addressed_audience(lex, "En utbildning riktad till personal som möter barn.")
    []
    >>> addressed_audience(lex, "Guiden beskriver tidiga insatser riktade till barn och unga.")
    []
    >>> [c for _, c, _, _ in addressed_audience(lex, "Så fungerar första linjen – animerad film för ungdomar")]
    ['allmanheten']
    >>> [c for _, c, _, _ in addressed_audience(lex, "Dagbok var en app där unga kunde skatta sitt mående.")]
    ['allmanheten']
    >>> addressed_audience(lex, "En rapport för barn och unga i länet.")
    []
    >>> [c for _, c, _, _ in addressed_audience(lex, "En kort film på fem minuter för unga om sömn.")]
    ['allmanheten']
    >>> addressed_audience(lex, "En webbutbildning om SIP för barn.")
    []
    >>> [c for _, c, _, _ in addressed_audience(lex, "En webbplats där unga och deras föräldrar hittar stöd.")]
    ['allmanheten']
    >>> addressed_audience(lex, "X är ett digitalt verktyg för personal i första linjen och riktar sig till barn.")
    []
    >>> [c for _, c, _, _ in addressed_audience(lex, "Webbverktyget X, som hjälper äldre att hitta mötesplatser.")]
    ['allmanheten']
    >>> addressed_audience(lex, "Metodstödet X hjälper unga att komma tillbaka till skolan.")
    []
    >>> addressed_audience(lex, "Fotfäste – webbutbildning för förskolans personal")
    []
    >>> [c for _, c, _, _ in addressed_audience(lex, "Nattljus – app om sömn och stress för unga 13–18 år")]
    ['allmanheten']
    >>> addressed_audience(lex, "Nattljus – handbok om första linjen för unga 13–18 år")
    []
    >>> addressed_audience(lex, "Nattljus – lärarhandledning om sömn för barn 6–9 år")
    []
    """
    all_tags = lexicon.tag(text)
    tags = [t for t in all_tags if t.scheme == "target-group"]
    forms = lexicon.forms_in(text)
    # A sentence that makes the item for staff ("ett digitalt verktyg för personal i första linjen
    # och riktar sig till barn och unga") names in its target groups the people staff help with
    # it, not its users (reading guide, Audience: who uses the item).
    staff = [t for t in all_tags if t.scheme == "audience" and t.code != _PUBLIC]
    # a service's genitive may qualify the staff ("webbutbildning för förskolans personal")
    tags = [t for t in tags if not _staff_genitive(text, t, all_tags)]
    if any(
        _FORM_FOR.fullmatch(text[f.end : t.start]) or _FORM_FOR_GENITIVE.fullmatch(text[f.end : t.start])
        for f in forms
        for t in staff
        if t.start > f.end
    ):
        return []
    for form in forms:
        if form.code in _PROFESSIONAL_FORMS:
            continue
        # "animerad film för ungdomar", "webbsidor för unga 13–19 år": the form is made for them;
        # "en app där unga kunde skatta sitt mående": they use it themselves.
        for t in tags:
            gap = text[form.end : t.start]
            if t.code in _NOT_PUBLIC or not 0 < len(gap) <= 30:
                continue
            if _FORM_FOR.fullmatch(gap) or (_FORM_WHERE.fullmatch(gap) and _CAN.match(text, t.end)):
                return [("audience", _PUBLIC, _clip(text, form.start, t.end), text[form.start : t.end])]
        # "Nattljus – app om sömn för unga 13–18 år": a topic phrase between the form and the group
        # of an age-ranged title (the inventories' and appendices' title convention); a topic that
        # names a service ("handbok om första linjen för barn") makes the group that service's.
        for t in tags:
            about = _FORM_ABOUT_FOR.fullmatch(text, form.end, t.start)
            if (
                about
                and t.code not in _NOT_PUBLIC
                and _AGE_AFTER.match(text, t.end)
                and not staff
                and not any(x.scheme == "care-level" and form.end <= x.start < t.start for x in all_tags)
            ):
                return [("audience", _PUBLIC, _clip(text, form.start, t.end), text[form.start : t.end])]
    # "Webbverktyget X, som hjälper äldre att hitta mötesplatser": a tool that helps a group to do
    # something themselves is used by them (the public).
    if any(f.code not in _PROFESSIONAL_FORMS for f in forms):
        for t in tags:
            if t.code not in _NOT_PUBLIC and _HELPS.search(text, 0, t.start) and _TO_DO.match(text, t.end):
                start = _HELPS.search(text, 0, t.start).start()  # type: ignore[union-attr]
                return [("audience", _PUBLIC, _clip(text, start, t.end), text[start : t.end])]
    for m in _ADDRESS.finditer(text):
        # "tidiga insatser riktade till barn": the cue modifies the interventions named just
        # before it, not the item.
        if any(t.scheme == "care-level" and 0 <= m.start() - t.end <= 1 for t in all_tags):
            continue
        for t in tags:
            # the group right after the cue ("riktat till barn", "till alla föräldrar")
            if 0 <= t.start - m.end() <= 8 and re.fullmatch(r"\s+(?:alla\s+)?", text[m.end() : t.start]):
                return [("audience", _PUBLIC, _clip(text, m.start(), t.end), text[m.start() : t.end])]
    return []


#: A relative clause whose subject uses the item: "formuläret X, som elevhälsan kan använda för
#: att …", "ett verktyg som chefer använder". The subject is a short noun phrase before the verb.
_USED_BY_SUBJECT = re.compile(
    r"\bsom\s+(?P<np>[^.;:,()]{2,40}?)\s+(?:(?:kan|ska|skall|får|bör)\s+)?(?:använda|använder|använde)\b",
    re.IGNORECASE,
)


#: A main clause whose subject uses the item or takes it as a training, opening its sentence:
#: "I elevhälsan används modellen X" (the service's staff use it), "Chefer i kommunen använder
#: också X", "Alla nya medarbetare har gått webbutbildningen X" (reading guide, Audience: the text
#: states who uses the item). The subject is a short noun phrase, as in :data:`_USED_BY_SUBJECT`.
_USED_BY_MAIN = re.compile(
    r"^\s*(?:(?:I|Inom)\s+(?P<np_in>[^.;:,()]{2,40}?)\s+(?:används|användes|har\s+använts|ska\s+användas)"
    r"|(?P<np>[^.;:,()]{2,40}?)\s+(?:(?:har|ska|kan|får|bör)\s+)?"
    r"(?:använder|använde|använt|använda|gått|genomgått|gick|genomgick))\b",
    re.IGNORECASE,
)
#: The agent of a passive verb of use or of taking a training: "har gåtts av elevhälsan i alla
#: fyra kommunerna", "används av alla kuratorer" (the agent up to a place or a clause break).
_USED_BY_AGENT = re.compile(
    r"\b(?:används|användes|har\s+använts|gåtts|genomgåtts|gicks|genomgicks)\s+(?:\w+\s+)?av\s+"
    r"(?P<np>[^.;:,()]{2,40}?)(?=\s+(?:i|inom|på|och|som|för|när|under|vid)\b|[.;:,()]|$)",
    re.IGNORECASE,
)
#: "<form> där <subject> kan/kunde …": the subject acts with the item itself (as _CAN).
_WHERE_USER = re.compile(r"\s+där\s+(?P<np>[^.;:()]{2,60}?)\s+(?:kan|kunde|får|fick|ska)\b", re.IGNORECASE)
#: Words that may stand before the subject's label: determiners and quantifiers ("alla nya
#: medarbetare", "samtliga chefer"), not a noun of its own.
_SUBJECT_DETERMINERS = frozenset({"", "alla", "de", "den", "all", "nya", "samtliga", "många", "flera"})


def _staff(lexicon: Lexicon, service: str) -> Tag | None:
    """The audience label of a service's staff, read as the genitive "<service>s personal"."""
    service = " ".join(service.split())
    # An indefinite service noun in "-a" ("för rektorer och elevhälsa") takes the definite
    # genitive the labels are written in ("elevhälsans personal").
    found = []
    for name in (service, service + "n") if service.endswith("a") else (service,):
        staff = f"{name} personal" if name.endswith("s") else f"{name}s personal"
        found += [t for t in lexicon.tag(staff) if t.scheme == "audience"]
    return max(found, key=lambda t: t.end - t.start) if found else None


def user_audience(lexicon: Lexicon, text: str, where: bool = False) -> list[tuple[str, str, str, str]]:
    """The audience a relative clause names as the item's user: its subject is an audience label
    ("som chefer kan använda"), a service whose staff use it ("som elevhälsan kan använda"), or
    the people it helps, who then use it themselves ("som unga själva kan använda": the public).
    With ``where``, only the subjects of "<form> där <subject> kan …" ("ett webbverktyg där
    första linjens mottagningar kunde rapportera"), a weaker sign of who uses it (the caller
    reads them only where the item names no audience otherwise).

    >>> lex = Lexicon.from_dir()
    >>> [c for _, c, _, _ in user_audience(lex, "Formuläret X, som elevhälsan kan använda för att följa elever.")]
    ['elevhalsopersonal']
    >>> [c for _, c, _, _ in user_audience(lex, "Ett verktyg som chefer använder vid samtal.")]
    ['chefer']
    >>> user_audience(lex, "Ett verktyg som kan användas i samtal.")
    []
    >>> [c for _, c, _, _ in user_audience(lex, "I elevhälsan används modellen X för hälsosamtal.")]
    ['elevhalsopersonal']
    >>> [c for _, c, _, _ in user_audience(lex, "Alla nya medarbetare i första linjen har gått webbutbildningen X.")]
    ['personal']
    >>> user_audience(lex, "I projektet används modellen X.")
    []
    >>> t = "Ett webbverktyg där första linjens mottagningar kunde rapportera."
    >>> [c for _, c, _, _ in user_audience(lex, t, where=True)]
    ['personal']
    >>> user_audience(lex, t)
    []
    >>> user_audience(lex, "X var ett webbverktyg där unga kunde skatta sitt mående.", where=True)
    []

    The agent of a passive verb of use or of taking a training ("har gåtts av elevhälsan i alla
    kommuner", "används av alla kuratorer"):

    >>> [c for _, c, _, _ in user_audience(lex, "X – webbutbildningen har gåtts av elevhälsan i alla fyra kommunerna")]
    ['elevhalsopersonal']
    >>> [c for _, c, _, _ in user_audience(lex, "Kursen genomgicks av socialtjänsten under hösten.")]
    ['personal']
    >>> user_audience(lex, "Den används av arbetsgivare inom vård, skola och omsorg.")
    []
    """
    out: list[tuple[str, str, str, str]] = []
    users: list[tuple[re.Match[str], tuple[str, ...]]] = []
    if where:
        # "ett webbverktyg där första linjens mottagningar kunde rapportera …": staff or a service
        # after the item's form noun do something with it (the public there: addressed_audience).
        for f in lexicon.forms_in(text):
            if found := _WHERE_USER.match(text, f.end):
                users.append((found, ("audience", "care-level")))
    else:
        users += [(m, ("audience", "care-level", "target-group")) for m in _USED_BY_SUBJECT.finditer(text)]
        users += [(m, ("audience", "care-level", "target-group")) for m in _USED_BY_MAIN.finditer(text)]
        # a service as the agent is named in definite form ("av elevhälsan"); "av arbetsgivare"
        # names organisations, not whose staff use it
        users += [
            (m, ("audience", "care-level") if _DEFINITE.search(m.group("np").split()[-1].lower()) else ("audience",))
            for m in _USED_BY_AGENT.finditer(text)
        ]
    for m, schemes in users:
        np = m.group("np") or m.groupdict().get("np_in") or ""
        tags = [t for t in lexicon.tag(np) if t.scheme in schemes]
        for t in tags:
            # the label is the whole subject but for a determiner: "alla chefer", "elevhälsan i skolan"
            if any(w not in _SUBJECT_DETERMINERS for w in np[: t.start].lower().split()):
                continue
            trigger, quote_ = text[m.start() : m.end()], _clip(text, m.start(), m.end())
            if t.scheme == "audience":
                out.append(("audience", t.code, quote_, trigger))
            elif t.scheme == "care-level":
                staff = _staff(lexicon, t.surface)
                if staff is not None:
                    out.append(("audience", staff.code, quote_, trigger))
            elif t.code not in _NOT_PUBLIC:
                out.append(("audience", _PUBLIC, quote_, trigger))
            break
    return out


def _year_evidence(m: Mention, year: int) -> Evidence:
    """Evidence for a year a layout read from structure (a year column, "(2058)" after the title,
    a year heading over a list): the words that print it in the item's title, heading, line or
    description, with the sentence holding them; else the item's line (every fact keeps a quote).

    >>> m = Mention("resource", "Ro", Source("r", 3, "Ro (2058)"), heading="Nytt material 2059")
    >>> ev = _year_evidence(m, 2059)
    >>> ev.quote, ev.trigger, ev.where
    ('Nytt material 2059', '2059', 'heading')
    >>> _year_evidence(m, 2058).quote, _year_evidence(m, 2040).quote
    ('Ro (2058)', 'Ro (2058)')
    """
    printed = re.compile(rf"(?<!\d){year}(?!\d)")
    for where, text in (("title", m.name), ("heading", m.heading), ("layout", m.source.quote), ("body", m.description)):
        if not text:
            continue
        for a, b in sentences(text):
            hit = printed.search(text, a, b)
            if hit:
                return Evidence(
                    "years", str(year), _clip(text[a:b], hit.start() - a, hit.end() - a), hit.group(0), where
                )
    return Evidence("years", str(year), m.source.quote, where="layout")


def _layout_evidence(lexicon: Lexicon, m: Mention, field: str, code: str) -> Evidence:
    """Evidence for a facet a layout read from structure: the words of the heading, title or
    text that name the concept, with the sentence holding them; else the mention's quote.

    >>> lex = Lexicon.from_dir()
    >>> m = Mention("resource", "Checklista", Source("r", 1, "Checklista"), heading="Verktyg som inte längre är i bruk")
    >>> ev = _layout_evidence(lex, m, "status", "ej-i-bruk")
    >>> ev.quote, ev.trigger
    ('Verktyg som inte längre är i bruk', 'inte längre är i bruk')
    """
    scheme = _SCHEME_OF.get(field, field)
    for text in (m.heading, m.name, m.description):
        if not text:
            continue
        for a, b in sentences(text):
            sentence = text[a:b]
            for t in lexicon.tag(sentence):
                if (t.scheme, t.code) == (scheme, code):
                    return Evidence(field, code, _clip(sentence, t.start, t.end), t.surface, "layout")
    return Evidence(field, code, m.source.quote, where="layout")


def _unworded(lexicon: Lexicon, m: Mention, ev: Evidence, title_forms: set[str]) -> bool:
    """Whether a layout's form is a default no printed word names (a cited publication read as a
    report) while the title names another: no label of it in the heading, title, text or the
    printed line the layout read (a field "· rapport ·" or a note "(skrift, 2034)" names it).

    >>> lex = Lexicon.from_dir()
    >>> m = Mention("resource", "Samtalsguiden", Source("r", 1, "SKR (2042). Samtalsguiden."), forms=("rapport",))
    >>> _unworded(lex, m, _layout_evidence(lex, m, "forms", "rapport"), {"guide"})
    True
    >>> line = "Handbok för ombud (skrift, 2034)"
    >>> m = Mention("resource", "Handbok för ombud", Source("r", 1, line), forms=("skrift",))
    >>> _unworded(lex, m, _layout_evidence(lex, m, "forms", "skrift"), {"guide"})
    False
    """
    if ev.trigger or ev.value in title_forms:
        return False
    return not any(t.scheme == "resource-form" and t.code == ev.value for t in lexicon.tag(m.source.quote or ""))


def _method_only(lexicon: Lexicon, m: Mention, ev: Evidence) -> bool:
    """Whether a layout's form rests only on a method noun: no label of the form in the item's
    heading, title or text, and a method noun (``:methodCue``, "ReDO-metoden", "Riskorienterat
    arbetssätt", "i metoden kollegial handledning") there. A treatment method gets no form rather
    than a wrong one (reading guide, Form); the layout still found its name by that noun.

    >>> lex = Lexicon.from_dir()
    >>> m = Mention("resource", "ReDO-metoden", Source("r", 1, "ReDO-metoden"), forms=("modell",))
    >>> _method_only(lex, m, _layout_evidence(lex, m, "forms", "modell"))
    True
    >>> m = Mention("resource", "Skolmodellen", Source("r", 1, "Skolmodellen"), forms=("modell",))
    >>> _method_only(lex, m, _layout_evidence(lex, m, "forms", "modell"))
    False
    """
    if ev.trigger:
        return False
    for text in (m.name, m.heading, m.description):
        for word in re.findall(r"[\w-]{4,}", text or ""):
            if names_method(word, lexicon):
                found = cue_of(word, lexicon)
                if found is not None and found.code == ev.value:
                    return True
    return False


def _of_method(lexicon: Lexicon, m: Mention) -> bool:
    """Whether an item's title or text names a method ("Arbetsmetoden X", "en app som sprider
    metoden"): it is a method or a tool of one, which staff deliver to the people it helps.

    >>> lex = Lexicon.from_dir()
    >>> _of_method(lex, Mention("resource", "X", Source("r", 1, "X"), description="Arbetsmetoden X har införts."))
    True
    >>> _of_method(lex, Mention("resource", "X", Source("r", 1, "X"), description="Appen X hjälper unga."))
    False
    """
    words = re.findall(r"[\w-]{4,}", f"{m.name} {m.description or ''}")
    return any(names_method(w, lexicon) for w in words)


def enrich(
    m: Mention,
    lexicon: Lexicon,
    actors: ActorLexicon,
    default_date: str | None,
    others: tuple[str, ...] = (),
    titles: tuple[str, ...] | None = None,
) -> Enriched:
    """Add the facets, facts, roles and observations the mention's own text states.

    ``others`` are the names of the other items of the same report: inside this item's text
    they are masked, so that their words tag nothing here. ``titles`` are the names of the
    report's things (resources, initiatives, events; :func:`item_titles`): a heading equal to
    one of them is that thing's title and scopes nothing (default: ``others``).
    """
    evidence: list[Evidence] = []
    subjects: list[tuple[str, str, str, str]] = []
    values: dict[str, set[str]] = {f: set(getattr(m, f) or ()) for f in FACET_FIELDS.values() if f != "status"}
    status = m.status
    desc = m.description
    # The form a title's own head noun names ("Samtalsguide vid återgång i arbete" is a guide):
    # stronger than a layout's default for a cited publication ("SKR (2042). Titel." read as a
    # report), which no word of the text names (reading guide, Form: from its own description).
    title_forms = (
        {c for _, c, _, _ in _plain_tags(lexicon, m.name, {"resource-form"}) or compound_title_form(lexicon, m.name)}
        if m.kind == "resource" and values.get("forms")
        else set()
    )
    for f, codes in values.items():
        for code in sorted(codes):
            ev = _layout_evidence(lexicon, m, f, code)
            if f == "forms" and (
                _method_only(lexicon, m, ev) or (title_forms and _unworded(lexicon, m, ev, title_forms))
            ):
                codes.discard(code)
                continue
            evidence.append(ev)
    if status:
        evidence.append(_layout_evidence(lexicon, m, "status", status))
    found: list[tuple[str, str, str, str, str]] = []  # scheme, code, quote, trigger, where
    if m.kind in _FACETED:
        own_names = (m.name, *m.alt_names)
        title_schemes = {"care-level", "target-group", "audience"}
        found += [(*h, "title") for h in _plain_tags(lexicon, m.name, title_schemes, heading=False)]
        subjects += [
            (t.scheme, t.code, _clip(m.name, t.start, t.end), t.surface)
            for t in _title_tags(lexicon, m.name)
            if t.passing and t.scheme in title_schemes
        ]
        if desc:
            spans = tuple((h.start, h.end) for h in actors.find(desc))
            facets, passing = scoped_tags(
                lexicon,
                desc,
                {"care-level", "target-group", "audience"},
                own_names=own_names,
                other_names=others,  # its own name too: the title already gave what it says
                actor_spans=spans,
                first_is_own=_opens_own_text(desc, own_names, m.heading, others if titles is None else titles),
                own_forms=frozenset(m.forms),
                other_titles=titles,
            )
            for h in facets:
                # "vårdcentraler och ungdomsmottagningar": settings of a level and of a narrower
                # level side by side are the places of the broader one, not a narrower target.
                if h[0] == "care-level" and (_beside_broader(lexicon, h[2], h[3], h[1]) or _via_channel(h[2], h[3])):
                    subjects.append(h)
                else:
                    found.append((*h, "body"))
            subjects += passing
        # A heading that is another item's title ("Elevhälsobaserad modell för grundskolan" over
        # "Klippans analysmodell") names that item: its words are that item's facts, not a level
        # or group scoping the list under it (reading guide, Scope: the heading must say so).
        if m.heading and not _names_other_item(m.heading, own_names, others if titles is None else titles):
            heading = _plain_tags(lexicon, m.heading, {"care-level", "status"}) + _plain_tags(
                # A heading naming a topic ("Aktivitet 2. Sprida … satsning på suicidprevention")
                # says what the work is about, not whom each item under it helps.
                lexicon,
                m.heading,
                {"target-group"},
                heading=False,
            )
            levels = {c for s_, c, _, _ in heading if s_ == "care-level"}
            # The heading already scopes the item; its own text only chooses among the heading's
            # parts, so a part its description names anywhere (even in a sentence that is not
            # its own, "Modellens grundprinciper utgörs av förebyggande arbete") counts.
            # A sentence opening with another item's name ("Projektet Grodden … utvecklar tidiga
            # insatser", "Skriften Y om psykisk hälsa hos äldre") is that item's: what it names
            # chooses nothing for this one (reading guide, Scope: other things keep their facts).
            others_h = _others_folded(others if titles is None else titles, [fold(n) for n in own_names if len(n) >= 3])
            own = {(s_, c) for s_, c, _, _, _ in found} | {
                (x[0], x[1]) for x in subjects if not _opens_with_other(x[2], others_h)
            }
            # A level named only as one of a list of settings ("en enkät till vårdcentraler,
            # ungdomsmottagningar, elevhälsa och socialtjänst", "samlar elevhälsa, ungdomsmottagning
            # och vårdcentral") is no part of the item (reading guide: enumerations are not targets).
            own -= {("care-level", c) for c in _listed_only(lexicon, desc or "", (*own_names, *others))} - {
                (s_, c) for s_, c, _, _, _ in found
            }
            # A part the text names narrowly supports the heading's broader part too: "Stegad vård
            # vid ångest – en modell för vårdcentraler" under "Första linjen och primärvård".
            own |= {("care-level", b) for s_, c in list(own) if s_ == "care-level" for b in lexicon.broader(s_, c)}
            # A heading naming a level and a narrower one ("Första linjen och primärvård") names
            # one level and a part of it: the level scopes every item, the part only the items
            # whose own text names it.
            tops = {c for c in levels if not set(lexicon.broader("care-level", c)) & levels}
            groups = coordinated_groups(lexicon, m.heading)
            combined = coordinated_facets(lexicon, m.heading)
            # An item that names its own age group keeps it: the heading's age group scopes
            # only items that state none ("Ung och orolig – … för unga vuxna" under "Första linjen
            # för barn och unga"), as a child inherits a parent's group only where it states none.
            bands = set(lexicon.age_band_codes())
            own_groups = {c for s_, c, _, _, w in found if s_ == "target-group" and w in ("title", "body")} & bands
            # A service the item is made for brings its own age groups (pg:impliesConcept): a
            # guide for elevhälsans personal on "samtal med elever" helps pupils of every school
            # age (guide, Target group: elevhälsa implies barn and unga), so its "elever" does
            # not narrow a heading's "barn och unga".
            if own_groups:
                own_groups |= _implied_groups(lexicon, found) & bands
            for h in heading:
                if h[0] == "target-group" and own_groups and h[1] in bands and h[1] not in own_groups:
                    continue
                # A heading coordinating a level and a group ("Heldygnsvård och samsjuklighet") is a
                # combined heading too: a review of inpatient care takes no substance-use group. The
                # level still scopes every item under it (a heading naming a level gives it to all).
                if h[0] == "target-group" and (h[0], h[1]) in combined and (h[0], h[1]) not in own:
                    continue
                # A heading coordinating groups ("Vuxna och äldre") is combined the same way:
                # each item takes only the groups its own text names.
                if h[0] == "target-group" and h[1] in groups and (h[0], h[1]) not in own:
                    continue
                # A combined heading ("Förebyggande och främjande") gives each item only the
                # parts its own text supports; a heading naming one level gives it to all.
                if h[0] == "care-level" and (len(tops) > 1 or h[1] not in tops) and (h[0], h[1]) not in own:
                    continue
                found.append((*h, "heading"))
        if m.kind == "resource":
            forms = [(*h, "title") for h in _plain_tags(lexicon, m.name, {"resource-form"})]
            # What the text states of the item itself ("Traumastöd är ett verktyg …", "en affisch,
            # kallad X") comes first; only without it does the first sentence's bag of form
            # nouns count ("Till guiden finns en affisch, kallad X" is no guide).
            stated = (
                [(*h, "body") for h in defined_forms(lexicon, desc, own_names, frozenset(m.forms), others)]
                if desc
                else []
            )
            # the form note closing the entry says what the item is, as a stated form does
            sub_item = any(r.relation == "part-of" and r.target_kind == "resource" for r in m.relations)
            noted = [(*h, "body") for h in closing_note_forms(lexicon, desc, sub_item)] if desc else []
            have = {f[:2] for f in forms}
            for told in (*noted, *stated):
                if told[:2] not in have:
                    forms.append(told)
                    have.add(told[:2])
            # a sub-item's text that is only its parent's closing note says nothing of the sub-item
            parents_note = sub_item and not _ANY_NOTE.sub("", desc).strip()
            if desc and not stated and not noted and not parents_note:
                first = _first_sentence(desc)
                hidden = masked(first, others)
                # With a form in its title, the description adds one only where it says what the
                # item is: "Vägen till väggen är ett metodstöd som …" (a copula and its noun).
                define = _DEFINES.search(hidden)
                # so does a form the layout read ("filmerna X och Y" in a sentence about the
                # webinar that showed them: the webinar is no form of the films)
                formed = bool(forms or m.forms)
                if formed and define:
                    hidden = " " * define.end() + hidden[define.end() : define.end() + 40]
                if not formed or define:
                    bag = [
                        ("resource-form", t.code, _clip(first, t.start, t.end), first[t.start : t.end], "body")
                        for t in lexicon.tag(hidden)
                        if t.scheme == "resource-form"
                        and not _form_of_other(first, hidden, t.end, own_names)
                        and not _conjunct_of_own(first, t.start, own_names)
                    ]
                    # The first form noun is the sentence's head: "Studiehemsidan … där deltagare
                    # kan … fylla i uppföljningsenkäter" is a web page, not a survey.
                    forms += bag[:1]
            if not forms and not values["forms"]:
                # A sub-item listed under "Webbutbildningar" or "Filmer om SIP" has its parent's form
                # where it has none of its own (a layout's "[film]" on its line is its own).
                # Only a resource parent is such a container: the methods of a pilot (an initiative
                # "Elevhälsobaserad modell – pilot 2018") are not models because the pilot's title says one.
                parents = [
                    r.target_name for r in m.relations if r.relation == "part-of" and r.target_kind == "resource"
                ]
                forms = [(*f, "heading") for p in parents for f in _plain_tags(lexicon, p, {"resource-form"})]
            # A heading that is another item's title ("Elevhälsobaserad modell – pilot 2018" over
            # the pilot's methods) names that item: its form noun is no category of the list.
            if not forms and m.heading and not _names_other_item(m.heading, own_names, titles or others):
                # a numbered heading or a table caption ("Tabell 1. Utbildningar 2051") names the
                # category only for rows that have no form of their own (a "Form" column's)
                unprinted = {ev.value for ev in evidence if ev.field == "forms" and not ev.trigger}
                if _TABLE_CAPTION.match(m.heading) and values["forms"] and values["forms"] <= unprinted:
                    # a form the row does not print came from a column header ("Utbildning | Målgrupp"
                    # under "Tabell 1. Webbutbildningar 2061"): the caption names the rows' kind
                    captioned = [(*h, "heading") for h in category_forms(lexicon, m.heading)]
                    if captioned:
                        values["forms"].clear()
                        evidence = [ev for ev in evidence if ev.field != "forms"]
                        forms = captioned
                elif not (values["forms"] and _HEADING_NUMBER.match(m.heading)):
                    forms = [(*h, "heading") for h in category_forms(lexicon, m.heading)]
            if not forms and not values["forms"]:
                forms = [(*h, "title") for h in compound_title_form(lexicon, m.name)]
            if desc:
                had = frozenset(values["forms"]) | {f[1] for f in forms}
                forms += [(*h, "body") for h in related_forms(lexicon, desc, own_names, had)]
                had |= {f[1] for f in forms}
                forms += [(*h, "body") for h in link_forms(lexicon, desc, had)]
            found += forms
        if m.kind == "resource":
            # A method ("Arbetsmetoden X … riktar sig till personer med …") is given to the people
            # it helps by staff: they receive it, they do not use an item themselves.
            # So is a programme with no form of its own ("föräldraprogrammet X, som vänder sig till
            # föräldrar"): its group leaders hold it, the parents take part.
            formed = bool(values["forms"]) or any(x[0] == "resource-form" for x in found)
            method = _of_method(lexicon, m) or not formed
            found += [(*h, "title") for h in addressed_audience(lexicon, m.name) if not method]
            # the item's sentences, without those opening with another item's name ("Webbverktyget
            # Mötesbänken, som hjälper äldre …" after a web training's own sentence)
            others_f = _others_folded(others if titles is None else titles, [fold(n) for n in own_names if len(n) >= 3])
            # nor those that go on about a thing the one before introduced ("En fortsättning, Y,
            # lanserades 2054. Den riktar sig till kuratorer.": Y's users)
            gone = _introduced_blanked(desc, own_names, desc, others if titles is None else titles) if desc else ""
            mine = [
                (a, b)
                for a, b in (own_sentences(lexicon, desc, own_names) if desc else [])
                if not _opens_with_other(desc[a:b], others_f) and gone[a:b].strip()
            ]
            # "Modellen riktar sig till unga … och består av … ett skattningsformulär, X": a sentence
            # whose subject is a definite noun of another form than the item's speaks of that thing
            mine = [(a, b) for a, b in mine if not _subject_of_other_form(lexicon, desc[a:b], frozenset(m.forms))]
            for a, b in mine if not method else ():
                found += [
                    (*h, "body") for h in addressed_audience(lexicon, _own_masked(desc[a:b], others, own_names, titles))
                ]
            for a, b in mine:
                found += [
                    (*h, "body") for h in user_audience(lexicon, _own_masked(desc[a:b], others, own_names, titles))
                ]
            found += [(*h, "title") for h in service_audience(lexicon, m.name)]
            if desc:
                first = _first_sentence(desc)
                found += [
                    (*h, "body") for h in service_audience(lexicon, _own_masked(first, others, own_names, titles))
                ]
            if desc and not values["audience"] and not any(x[0] == "audience" for x in found):
                # a service acting with the tool ("där mottagningarna kunde rapportera") only where
                # nothing names its users better ("för verksamhetschefer": the managers, not all staff)
                for a, b in mine:
                    found += [
                        (*h, "body")
                        for h in user_audience(lexicon, _own_masked(desc[a:b], others, own_names, titles), where=True)
                    ]
        # Staff "i/inom elevhälsan" are the school health service's staff, also in a list of
        # services ("personal i första linjen och elevhälsan"): elevhälsans personal.
        if not any(x[:2] == ("audience", "elevhalsopersonal") for x in found):
            for staffed in [y for y in found if y[:2] == ("audience", "personal")]:
                said = staffed[2]
                staff = _SCHOOL_HEALTH_STAFF.search(said)
                # three or more workplaces listed after the staff are an enumeration of settings
                # ("för personal inom elevhälsa, ungdomsmottagningar och socialtjänst")
                after = staff.start() + staff.group(0).lower().index("personal") + len("personal") if staff else 0
                if staff and not _SETTING_LIST.match(said, after):
                    found.append(("audience", "elevhalsopersonal", said, staff.group(0), staffed[4]))
                    break
        # A profession after a service's genitive ("för elevhälsans kuratorer") is that service's
        # staff, as "elevhälsans personal" is (the audience label of the service's staff).
        found = [_service_profession(lexicon, x) for x in found]
        # BUP and elevhälsa imply children and young people (pg:impliesConcept in the vocabulary).
        # Transitively: school health staff imply the school health service, which implies its pupils;
        # at that second remove, an age group the item states ("samtalsstöd för barn") stands alone.
        if any(x[:2] == ("audience", "elevhalsopersonal") for x in found):
            # "skolsköterskor och kuratorer": the counsellors are the school's (_school_profession).
            found = [
                x for x in found if x[:2] != ("audience", "personal") or not _school_profession(lexicon, x[2], x[3])
            ]
        implied = {(x[0], x[1]) for x in found}
        # An app that is a method support for staff ("IMR-appen, ett metodstöd utvecklat för
        # iPad") is used by professionals: its form implies no public audience.
        all_forms = values["forms"] | {c for s_, c, *_ in found if s_ == "resource-form"}
        professional = bool(all_forms & _PROFESSIONAL_FORMS) or _of_method(lexicon, m)
        if m.kind == "resource" and all_forms & _PROFESSIONAL_FORMS:
            # A report, review or model about self-help ("Digitala självhjälpsprogram för barn – vad
            # vet vi?") is read by professionals: the public's label there names its topic.
            found = [x for x in found if (x[0], x[1]) != ("audience", _PUBLIC)]
            implied = {(x[0], x[1]) for x in found}
        # Users the text names ("En app med samtalsunderlag för skolkuratorer") are its users: a
        # form's default users (an app or e-service is used by the public) only stand in where the
        # text names none (reading guide, Audience: only when the text states or clearly implies it).
        stated_users = any(x[0] == "audience" for x in found)
        if m.kind == "resource" and not professional and not stated_users:
            # A form the layout read ("Andrum (app)") implies its users as a form the text names
            # does ("appen Andrum": the public uses an app itself).
            for code in sorted(values["forms"]):
                for scheme2, code2 in lexicon.implied("resource-form", code):
                    if scheme2 == "audience" and (scheme2, code2) not in implied:
                        ev = _layout_evidence(lexicon, m, "forms", code)
                        found.append((scheme2, code2, ev.quote, ev.trigger, "layout"))
                        implied.add((scheme2, code2))
        age_bands = set(lexicon.age_band_codes())
        stated_bands = {c for s_, c in implied if s_ == "target-group" and c in age_bands}
        stated_bands |= values["target_groups"] & age_bands
        frontier = [(x, 1) for x in found]
        for (scheme, code, q, trigger, where), depth in frontier:
            for scheme2, code2 in lexicon.implied(scheme, code):
                if (scheme2, code2) in implied or (depth > 1 and stated_bands and code2 in age_bands):
                    continue
                if (
                    scheme == "resource-form"
                    and scheme2 == "audience"
                    and (professional or m.kind != "resource" or stated_users)
                ):
                    continue
                implied.add((scheme2, code2))
                found.append((scheme2, code2, q, trigger, where))
                frontier.append(((scheme2, code2, q, trigger, where), depth + 1))
        for scheme, code, q, trigger, where in found:
            f = FACET_FIELDS[scheme]
            if f == "status":
                if status is None:
                    status = code
                    evidence.append(Evidence("status", code, q, trigger, where))
                continue
            if code not in values[f]:
                values[f].add(code)
                evidence.append(Evidence(f, code, q, trigger, where))
    text = f"{m.name}. {desc}"
    own_text = _other_names_blanked(text, (m.name, *m.alt_names), others)  # offsets as in ``text``
    own_text = _others_sentences_blanked(own_text, text, (m.name, *m.alt_names), others if titles is None else titles)
    own_text = _introduced_blanked(own_text, (m.name, *m.alt_names), text, others if titles is None else titles)
    age_min, age_max = m.age_min, m.age_max
    age_quote, age_trigger = m.source.quote, ""
    if m.kind in ("resource", "initiative") and age_min is None and age_max is None:
        things = others if titles is None else titles
        ages = _own_age(text, _without_statistics(own_text), (m.name, *m.alt_names), things)
        if ages:
            age_min, age_max, age_trigger = ages
            sentence = next((text[a:b] for a, b in sentences(text) if age_trigger in text[a:b]), age_trigger)
            age_quote = _clip(sentence, sentence.find(age_trigger), sentence.find(age_trigger) + len(age_trigger))
            evidence.append(Evidence("age", f"{age_min}-{age_max}", age_quote, age_trigger, "body"))
    band_min, band_max = age_min, age_max
    if age_min is None and age_max is not None:
        # Only the upper end is stated ("unga vuxna upp till 29 år", "barn upp till 18 år"): the
        # group the bound qualifies says where the range starts, so no younger band is added
        # (the contract's bands: "unga vuxna upp till 29 år" → unga, vuxna; "barn …" → barn, unga).
        starts = [
            band[0]
            for band in (lexicon.age_band(c) for c in values["target_groups"])
            if band is not None and band[0] <= age_max
        ]
        band_min = min(starts) if starts else None
    if age_min is None and age_max is None and m.kind in ("resource", "initiative"):
        # School years place the pupils in the bands ("elever i årskurs 4–9" are children and
        # young people, "Barn i årskurs 3" children only); they are no stated age range.
        grades = facts.grade_ages(_without_statistics(own_text))
        if grades:
            band_min, band_max, age_trigger = grades
            sentence = next((text[a:b] for a, b in sentences(text) if age_trigger in text[a:b]), age_trigger)
            at = sentence.find(age_trigger)
            age_quote = _clip(sentence, at, at + len(age_trigger))
    if band_min is not None or band_max is not None:
        # An explicit age range wins over the words: 13–18 år is young people only.
        banded = set(lexicon.age_groups(band_min, band_max))
        bands = set(lexicon.age_band_codes())
        dropped = (values["target_groups"] & bands) - banded
        values["target_groups"] = (values["target_groups"] - bands) | banded
        evidence = [ev for ev in evidence if not (ev.field == "target_groups" and ev.value in dropped)]
        have = {(ev.field, ev.value) for ev in evidence}
        evidence += [
            Evidence("target_groups", code, age_quote, age_trigger, "age")
            for code in sorted(banded)
            if ("target_groups", code) not in have
        ]
    facet_codes = {(s_, c) for s_, c, _, _, _ in found} | {
        (sch, c) for sch, f in FACET_FIELDS.items() for c in values.get(f, ())
    }
    firsts: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for x in subjects:
        if (x[0], x[1]) not in facet_codes:
            firsts.setdefault((x[0], x[1]), x)
    subjects = list(firsts.values())
    if status is None and desc:
        # Only the item's own sentences state its status: "Webbverktyget Mötesbänken … stängdes i
        # juni 2046" after a web training's sentence closes the web tool, not the training (reading
        # guide, Scope: other things in the same paragraph keep their own facts).
        own_desc = _others_sentences_blanked(desc, desc, (m.name, *m.alt_names), others if titles is None else titles)
        own_desc = _others_relatives_blanked(own_desc, (m.name, *m.alt_names), others if titles is None else titles)
        found_status = facts.status(own_desc)
        if found_status:
            status = found_status
            evidence.append(Evidence("status", found_status, quote(desc)))
        else:
            hits = [(h[0], h[1], h[2]) for h in _plain_tags(lexicon, own_desc, {"status"})]
            if hits:
                status = hits[0][1]
                evidence.append(Evidence("status", status, hits[0][2]))
    # A heading that names psychiatry without the word specialist ("3.4 Psykiatri", "6 Psykiatri och
    # heldygnsvård") is no specialist heading: over an item whose own words name a narrower level
    # ("psykiatrisk heldygnsvård"), that level implies specialist care through the hierarchy only
    # (reading guide, Care level: "outside a specialist heading, tag specialistniva itself only when
    # the text says specialist/specialiserad").
    top = _SPECIALIST_LEVEL
    if top in values["care_levels"] and set(lexicon.narrower("care-level", top)) & values["care_levels"]:
        top_ev = [ev for ev in evidence if (ev.field, ev.value) == ("care_levels", top)]
        if top_ev and all(ev.where == "heading" and "special" not in fold(ev.trigger) for ev in top_ev):
            values["care_levels"].discard(top)
            evidence = [ev for ev in evidence if ev not in top_ev]
    # A web training is taken alone at one's own pace, a training (utbildning) is led by teachers
    # (the two definitions in the form vocabulary): "grundkurs", "utbildningen" beside
    # "webbutbildningen" name the same web course, so the exact form stands alone.
    if _WEB_TRAINING in values["forms"] and _TRAINING in values["forms"]:
        values["forms"].discard(_TRAINING)
        evidence = [ev for ev in evidence if (ev.field, ev.value) != ("forms", _TRAINING)]
    changes: dict[str, object] = {f: tuple(sorted(v)) for f, v in values.items()}
    changes["status"] = status
    if m.kind in ("resource", "initiative"):
        # The year in the title ("Tvång i siffror 2021", "BUP-läget 2021 – rapport …"), and
        # "Under 2016 inledde UPH ett arbete för att ta fram …": the year it was made or begun;
        # "(Socialstyrelsen 2017. Titel)", "Rapporten Titel 2021": the year printed beside its
        # title; "uppdaterades under 2021": the year it was updated (reading guide, Years).
        titled = () if m.years else facts.title_years(m.name, _latest_year(default_date, m.source.report))
        cited = facts.cited_years(desc, (m.name, *m.alt_names)) if desc else ()
        # A title wrapped past the short name to its year group ("Broa – en checklista …, för unga
        # som fyller 18 (2028)"): the full title's year.
        cited += facts.run_on_title_years(desc, (m.name, *m.alt_names)) if desc else ()
        # a version or continuation the text introduces by name has its own years
        # and a sentence opening with another item's name ("Metodstödet Ledstången … publicerades
        # i maj 2047" after the web training's) dates that item
        own_desc = (
            _others_sentences_blanked(
                _introduced_blanked(desc, (m.name, *m.alt_names), None, others if titles is None else titles),
                desc,
                (m.name, *m.alt_names),
                others if titles is None else titles,
            )
            if desc
            else ""
        )
        if m.years:
            sents = [x for _, x in facts._sentences(desc)][:4] if desc else []
            texted = facts.updated_years(sents, m.name)
        else:
            texted = facts.years_in_text(own_desc, m.name) if desc else ()
            if not texted and desc:
                # "Webbutbildningen X fick under 2047 en fortsättning, <item>, …": the sentence that
                # introduces the item as a version of another dates it.
                own_titles = [fold(n).strip() for n in (m.name, *m.alt_names) if len(n.strip()) >= 3]
                for a, b in sentences(own_desc):
                    version = _version_introduced(own_desc[a:b])
                    if version and _same_title(fold(version).strip(), own_titles):
                        texted = facts.version_years(own_desc[a:b])
                        break
        goes_on = dict(m.extra).get("goes-on", "")
        if goes_on and not texted and not m.years:
            # "… tagit fram Ung och orolig – en handbok …. Handboken publicerades i juni 2029.":
            # the sentences right after the naming one that go on about the item (named_things).
            texted = facts.years_in_text(goes_on, in_clause=True)
        # A year a layout gave that is printed only in the description, in words about another
        # item (a sequel the text introduces, a sentence opening with another item's name), is that
        # item's: the item has no quote for it (reading guide, Scope: other things keep their facts).
        year_ev = {y: _year_evidence(m, y) for y in set(m.years) - set(titled)}
        elsewhere = {
            y for y, ev in year_ev.items() if ev.where == "body" and not re.search(rf"(?<!\d){y}(?!\d)", own_desc)
        }
        # A table's caption year ("Tabell 1. Webbutbildningar 2065" over names and participant counts,
        # "Tabell 2. Utbildningar 2067" over courses and their target groups) dates the sessions the
        # table counts, not the making of what it lists (reading guide, Years: not status dates or
        # data years); a caption that says the things were made ("Framtagna material 2065") dates them.
        if _TABLE_CAPTION.match(m.heading or "") and not _MADE_CAPTION.search(m.heading or ""):
            elsewhere |= {
                y
                for y, ev in year_ev.items()
                if ev.where == "heading" and not re.search(rf"(?<!\d){y}(?!\d)", f"{m.name} {own_desc}")
            }
        found_years = tuple(sorted({*m.years, *titled, *cited, *texted} - elsewhere))
        if found_years != tuple(sorted(m.years)):
            changes["years"] = found_years
            evidence += [Evidence("years", str(y), quote(m.name), where="title") for y in titled]
            given = {*titled, *m.years}
            evidence += [Evidence("years", str(y), quote(desc)) for y in found_years if y not in given]
        # the years a layout gave keep a quote too: the words that print them
        evidence += [ev for y, ev in sorted(year_ev.items()) if y not in elsewhere]
    changes["age_min"], changes["age_max"] = age_min, age_max
    if m.kind == "resource":
        langs = facts.languages(desc)
        if langs:
            changes["languages"] = tuple(sorted(set(m.languages) | set(langs)))
            evidence += [Evidence("languages", code, quote(desc)) for code in langs]
        if m.free is None:
            free = facts.free_of_charge(desc)
            if free is not None:
                changes["free"] = free
                evidence.append(Evidence("free", str(free).lower(), quote(desc)))
        if m.duration is None:
            dur = facts.duration(desc)
            if dur:
                changes["duration"] = dur[0]
                evidence.append(Evidence("duration", dur[0], dur[1]))
    roles = list(m.actors)
    known = {(a.name, a.role) for a in roles}
    mentioned: list[tuple[str, str]] = []
    if desc and m.kind != "actor":
        role_slugs = set()
        for slug, role, q in actor_roles(desc, actors, owner=m.kind in ("resource", "initiative"), item=m.name):
            role_slugs.add(slug)
            if (slug, role) not in known:
                known.add((slug, role))
                roles.append(ActorRole(slug, role, replace(m.source, quote=quote(q))))
        for hit in actors.find(desc):
            if hit.known and _BRANCH_PLACE.match(desc, hit.end):
                continue  # "NSPH Kalmar län": the county branch, named as printed elsewhere, not the national body
            if hit.slug not in role_slugs:
                mentioned.append((hit.surface, quote(desc[max(0, hit.start - 100) : hit.end + 100])))
    changes["actors"] = tuple(roles)
    obs = list(m.observations)
    if desc:
        for measure, value, unit, date, phrase in facts.observations(desc, default_date):
            obs.append(
                Observation(
                    measure,
                    value,
                    unit,
                    date,
                    Source(m.source.report, m.source.line, quote(phrase), m.source.page, m.source.section),
                )
            )
    changes["observations"] = tuple(obs)
    return Enriched(
        replace(m, **changes),  # type: ignore[arg-type]
        tuple(evidence),
        tuple(dict.fromkeys(mentioned)),
        tuple(subjects),
    )


#: A report's year: its date ("2043-03"), else the year its file name opens with ("2044-inventering-…",
#: the corpus's naming of reports, as :func:`loader.report_meta.title_from_name` reads it).
_LEADING_YEAR = re.compile(r"^((?:19|20)\d\d)(?!\d)")
#: A title may name the year after the report's (a plan for next year, a report dated early in it).
_TITLE_AHEAD = 2


def _latest_year(date: str | None, report: str) -> int | None:
    """The last year a title of this report can name as its own: the report's year plus two.

    >>> _latest_year("2043-03", "x"), _latest_year(None, "2044-inventering"), _latest_year(None, "plan")
    (2045, 2046, None)
    """
    found = _LEADING_YEAR.match(date or "") or _LEADING_YEAR.match(report)
    return int(found.group(1)) + _TITLE_AHEAD if found else None


#: A county or region right after an organisation's name makes the name a local branch's ("NSPH Kalmar
#: län", "BRIS region Väst"): Swedish administrative names, "<Place> län" and "region <Place>".
_BRANCH_PLACE = re.compile(r"\s+(?:[A-ZÅÄÖ][a-zåäö]+s?\s+län\b|region\s+[A-ZÅÄÖ])")

_INHERITED = ("care_levels", "target_groups", "audience")

#: "Hälsa i Sverige. Fem filmer om suicidprevention och migration": a product list entry whose
#: title opens with the name of a programme or product of the report, then a full stop.
_SERIES_PREFIX = re.compile(r"^(?P<head>[^.]{3,80}?)\.\s+(?=\S)")


def _series_heads(enriched: list[Enriched]) -> dict[tuple[str, str], Enriched]:
    """Per report, the folded names of its resources and initiatives (the possible series heads)."""
    heads: dict[tuple[str, str], Enriched] = {}
    for e in enriched:
        m = e.mention
        if m.kind in ("resource", "initiative"):
            for n in (m.name, *m.alt_names):
                heads.setdefault((m.source.report, fold(n).strip()), e)
    return heads


def _series_parent(m: Mention, heads: dict[tuple[str, str], Enriched]) -> Enriched | None:
    """The programme or product a resource's title names as its series ("Hälsa i Sverige. Titel")."""
    if m.kind != "resource":
        return None
    # the series may lead the name or another name (a product list names the entry by its own title)
    for name in (m.name, *m.alt_names):
        match = _SERIES_PREFIX.match(name)
        parent = heads.get((m.source.report, fold(match.group("head")).strip())) if match else None
        if parent is not None and parent.mention is not m:
            return parent
    return None


def _inherited(parent: Enriched, field: str, value: str) -> Evidence:
    """The parent's evidence for a value a sub-item takes from it (its quote and trigger)."""
    for ev in parent.evidence:
        if (ev.field, ev.value) == (field, value):
            return replace(ev, where="parent")
    return Evidence(field, value, parent.mention.source.quote, where="parent")


#: What a container bullet's line holds besides its title: the colon before its children, a count in
#: brackets ("(tre filmer)").
_CONTAINER_LINE = re.compile(r"[\s:.;–—-]*(?:\([^()]*\))?[\s:.;–—-]*")


def _bare_container(m: Mention) -> bool:
    """Whether a resource is a container bullet with no text of its own: it has parts, and its text
    is its title, at most with a colon or a bracketed count ("Filmer om heldygnsvård:").

    >>> from loader.model import Relation
    >>> parts = (Relation("has-part", "resource", "Ett dygn"),)
    >>> def bullet(line: str) -> Mention:
    ...     return Mention("resource", "Filmer om X", Source("r", 1, ""), description=line, relations=parts)
    >>> _bare_container(bullet("Filmer om X:")), _bare_container(bullet("Filmer om X. För unga."))
    (True, False)
    """
    if m.kind != "resource" or not any(r.relation == "has-part" and r.target_kind == "resource" for r in m.relations):
        return False
    rest = fold(m.description or "").replace(fold(m.name), " ", 1)
    return _CONTAINER_LINE.fullmatch(rest) is not None


#: A sentence that speaks of all the parts at once opens with a plural definite noun ("Filmerna vänder
#: sig till …", "Båda filmerna …", "De tre utbildningarna …").
_ALL_PARTS = re.compile(r"(?:(?:Båda|Alla|De\s+\w+)\s+[a-zåäö]+|[A-ZÅÄÖ][a-zåäö]+)(?:erna|arna|orna)\b")


def _shared_after_children(enriched: list[Enriched]) -> list[Enriched]:
    """Siblings take what a sentence after their list says of them all: the layouts give the text
    after the last child to that child ("◦ Att komma hem igen" then "Filmerna vänder sig till
    patienter och närstående …"), but a sentence opening with a plural definite noun speaks of every
    part (reading guide, Scope: children carry the facts; they take the shared text where they state
    none)."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(enriched):
        m = e.mention
        for r in m.relations:
            if m.kind == "resource" and r.relation == "part-of" and r.target_kind == "resource":
                groups.setdefault((m.source.report, r.target_name), []).append(i)
    out = list(enriched)
    for members in groups.values():
        if len(members) < 2:
            continue
        for i in members:
            m = enriched[i].mention
            rest = (m.description or "")[len(m.name) :] if (m.description or "").startswith(m.name) else ""
            if not _ALL_PARTS.match(rest.strip()):
                continue
            shared = [ev for ev in enriched[i].evidence if ev.field in _INHERITED and ev.where == "body"]
            for j in members:
                if j == i:
                    continue
                sib = out[j]
                changes: dict[str, object] = {}
                evidence = list(sib.evidence)
                for f in _INHERITED:
                    codes = tuple(dict.fromkeys(ev.value for ev in shared if ev.field == f))
                    if codes and not getattr(sib.mention, f):
                        changes[f] = tuple(sorted(codes))
                        evidence += [replace(ev, where="parent") for ev in shared if ev.field == f]
                if changes:
                    taken = replace(sib.mention, **changes)  # type: ignore[arg-type]
                    out[j] = Enriched(taken, tuple(evidence), sib.mentioned_actors, sib.subjects)
    return out


def _containers_bared(enriched: list[Enriched]) -> list[Enriched]:
    """Container bullets with no text of its own lose the levels, groups and users their title's
    words gave them, here and where the report lists them again under the same title (a product
    appendix): "A container bullet with no text of its own ("Filmer om SIP:") has a form at most;
    its children carry the facts" (reading guide, Scope). The children read the title first
    (:func:`inherit`). A level its heading gives stays ("A heading that names a level gives it to
    every item under it", reading guide, Care level)."""
    bare = {(e.mention.source.report, fold(e.mention.name).strip()) for e in enriched if _bare_container(e.mention)}
    if not bare:
        return enriched
    out = []
    for e in enriched:
        m = e.mention
        if m.kind == "resource" and (m.source.report, fold(m.name).strip()) in bare:
            # what its heading gives stays: a heading naming a level gives it to every item under it
            dropped = [ev for ev in e.evidence if ev.field in _INHERITED and ev.where in ("title", "body")]
            cleared = {
                f: tuple(c for c in getattr(m, f) if (f, c) not in {(ev.field, ev.value) for ev in dropped})
                for f in {ev.field for ev in dropped}
            }
            if cleared:
                evidence = tuple(ev for ev in e.evidence if ev not in dropped)
                e = Enriched(replace(m, **cleared), evidence, e.mentioned_actors, e.subjects)  # type: ignore[arg-type]
        out.append(e)
    return out


#: A thing made of parts of one kind: a series ("filmserie", "Utbildningsserien"), or one that
#: "består av två filmer", comes "i tre delar" or "i två nivåer" (a web training's basic and
#: advanced level are web trainings: "Webbutbildningen X finns i två nivåer: ▸ X – grundnivå").
#: "Består av två delar/avsnitt" names components
#: (a model's parts), not things of one kind: the word after the number must be no chapter word.
_SERIES_OF_PARTS = re.compile(
    r"\w*serie(?:n|r|rna)?\b|\bi\s+(?:två|tre|fyra|fem|sex|\d+)\s+(?:delar|nivåer)\b"
    rf"|\bbestår\s+av\s+(?:{'|'.join(sorted(NUMBER_WORDS))}|\d+)\s+"
    rf"(?!(?:{'|'.join(sorted(CHAPTER_WORDS))})(?:ar|er)?\b)\w+",
    re.IGNORECASE,
)


#: A sentence that introduces the item as another version of the thing the sentence before is about:
#: "En digital version, Vadstället digitalt, lanserades i november 2061", "Den finns också som
#: digital version i appen Chefsstödet" (a pronoun or an indefinite noun, then "version").
_VERSION_OF_BEFORE = re.compile(
    r"\s*(?:(?:Den|Det)\s+finns\s+(?:nu\s+)?(?:också|även)\s+som|En|Ett)\s+(?:[a-zåäö]+\s+){0,2}version\b(?!\s+(?:av|till)\b)"
)


def _versions(enriched: list[Enriched]) -> list[Enriched]:
    """A version of the thing the paragraph is about takes that thing's levels, groups and users:
    it is the same work in another medium ("Checklistan … hjälper chefer att förebygga
    sjukskrivning. Den finns också som digital version i appen Chefsstödet": the app is for
    managers and prevents sick leave, as the checklist). Its own words add to them; users a form
    implies by default (an app is the public's) give way to the thing's stated users. Only a
    resource whose own text opens with such a sentence, after another resource of the same line."""
    out = list(enriched)
    for i, e in enumerate(enriched):
        m = e.mention
        said = _VERSION_OF_BEFORE.match(m.description or "") if m.kind == "resource" else None
        # the version is the item named after "version" in that sentence; "En lättare version av X, Y"
        # names the original itself (X is no version)
        first = _first_sentence(m.description or "")
        if said is None or not any(fold(n) in fold(first[said.end() :]) for n in (m.name, *m.alt_names) if n):
            continue
        if any(r.relation == "part-of" for r in m.relations):
            continue
        before = next(
            (
                x
                for x in reversed(enriched[:i])
                if x.mention.kind == "resource"
                and x.mention.source.report == m.source.report
                and x.mention.source.line == m.source.line
                and fold(x.mention.name) != fold(m.name)
            ),
            None,
        )
        if before is None:
            continue
        p = before.mention
        evidence = list(e.evidence)
        changes: dict[str, object] = {}
        if p.audience and any(ev.field == "audience" and ev.where != "layout" for ev in before.evidence):
            form_words = {ev.trigger for ev in e.evidence if ev.field == "forms" and ev.trigger}
            defaulted = {
                ev.value
                for ev in e.evidence
                if ev.field == "audience" and (ev.where == "layout" or ev.trigger in form_words)
            }
            if defaulted:
                evidence = [ev for ev in evidence if not (ev.field == "audience" and ev.value in defaulted)]
                changes["audience"] = tuple(c for c in m.audience if c not in defaulted)
        for f in _INHERITED:
            have = set(changes.get(f, getattr(m, f)))  # type: ignore[call-overload]
            added = [c for c in getattr(p, f) if c not in have]
            if added:
                changes[f] = tuple(sorted(have | set(added)))
                evidence += [_inherited(before, f, c) for c in added]
        if changes:
            out[i] = Enriched(replace(m, **changes), tuple(evidence), e.mentioned_actors, e.subjects)  # type: ignore[arg-type]
    return out


#: A text that opens with a list glyph is a list item's line, not the text of the item it follows.
_LIST_LINE = re.compile(r"\s*[–—•◦▪▸▶■□·*-]\s")


def inherit(enriched: list[Enriched], lexicon: Lexicon | None = None) -> list[Enriched]:
    """Sub-items take what their parent item's text says of them all, where they say nothing.

    "Under våren 2018 tog UPH fram ett utbildningsprogram med utbildningsdagar inom nio
    områden" (the inventory's Utbildningsspår primärvård) dates each day of the programme,
    names its maker and its care level, though the bullet itself is only a title. A child
    takes a facet, its years or its producer only when it has none of its own, with the
    parent's quote as evidence; only resources listed under a resource in the same report.
    """
    parents = {(e.mention.source.report, e.mention.name): e for e in enriched if e.mention.kind == "resource"}
    years_of: dict[tuple[str, str], set[int]] = {}
    for e in enriched:
        if e.mention.kind == "resource":
            years_of.setdefault((e.mention.source.report, fold(e.mention.name).strip()), set()).update(e.mention.years)
    enriched = _versions(enriched)
    series = _series_heads(enriched)
    out: list[Enriched] = []
    for e in enriched:
        m = e.mention
        parent = next(
            (
                parents.get((m.source.report, r.target_name))
                for r in m.relations
                if r.relation == "part-of" and r.target_kind == "resource"
            ),
            None,
        )
        # A series entry takes only whom the programme is for, not its dates or makers.
        in_series = parent is None and (parent := _series_parent(m, series)) is not None
        if m.kind != "resource" or parent is None:
            out.append(e)
            continue
        p = parent.mention

        changes: dict[str, object] = {}
        evidence = list(e.evidence)
        # Users a child's form implies by default (an app is the public's) stand in only where the
        # text names none: the parent's stated users are named for its parts too ("Ledfyren – stöd
        # … för personal" over "· Ledfyren mobil. Typ: app").
        form_words = {ev.trigger for ev in e.evidence if ev.field == "forms" and ev.trigger}
        defaulted = [ev for ev in e.evidence if ev.field == "audience"]
        if (
            m.audience
            and p.audience
            and defaulted
            and all(ev.trigger in form_words for ev in defaulted)
            and any(ev.field == "audience" and ev.trigger not in form_words for ev in parent.evidence)
        ):
            evidence = [ev for ev in evidence if ev.field != "audience"]
            m = replace(m, audience=())
        for f in _INHERITED:
            if not getattr(m, f) and getattr(p, f):
                changes[f] = getattr(p, f)
                evidence += [_inherited(parent, f, code) for code in getattr(p, f)]
        if "target_groups" in changes and m.age_min is None and m.age_max is None:
            # the age range the parent's text gives says whom its parts are for as its target groups do
            # ("Samtalsbryggan … unga 13–24 år. Till modellen hör: o Samtalsbryggan light …")
            if p.age_min is not None or p.age_max is not None:
                changes["age_min"], changes["age_max"] = p.age_min, p.age_max
                evidence.append(_inherited(parent, "age", f"{p.age_min}-{p.age_max}"))
        elif m.age_min is None and m.age_max is None and (p.age_min is not None or p.age_max is not None):
            # A part that names its people only by an age group the parent's range covers ("Stegbrädan
            # – frågeformulär …, som den unga fyller i själv" under a guide for "unga 13–24 år";
            # "Vindskyddet – samtalskort, ett frågeformulär som barnet … fyller i" under one for
            # "barn och unga 6–17 år") speaks of the same people: it states no range of its own, so it
            # takes the parent's, and the range gives its bands (reading guide, Target group: an
            # explicit range wins). A group outside the range ("film för vårdnadshavare") keeps its own.
            lex = lexicon or Lexicon.from_dir()
            covered = set(lex.age_groups(p.age_min, p.age_max))
            own_bands = set(m.target_groups) & set(lex.age_band_codes())
            # a container whose only text is a list line ("Filmer om att söka hjälp" over "– Var går
            # jag …? (för unga 15–20 år)") holds its first child's range, not its own
            listed = _LIST_LINE.match(p.description or "") is not None
            if (
                own_bands
                and not listed
                and own_bands <= covered
                and set(m.target_groups) <= set(p.target_groups) | covered
            ):
                changes["age_min"], changes["age_max"] = p.age_min, p.age_max
                evidence.append(_inherited(parent, "age", f"{p.age_min}-{p.age_max}"))
                added = sorted(covered - set(m.target_groups))
                if added:
                    changes["target_groups"] = tuple(sorted({*m.target_groups, *added}))
                    aged = _inherited(parent, "age", f"{p.age_min}-{p.age_max}")
                    evidence += [replace(aged, field="target_groups", value=c) for c in added]
        # A parent bullet whose title names a level ("Utbildningsspår primärvård") heads its
        # sub-items as a heading would: its level joins what the child's own text says.
        if in_series:
            out.append(
                Enriched(replace(m, **changes), tuple(evidence), e.mentioned_actors, e.subjects)  # type: ignore[arg-type]
                if changes
                else e
            )
            continue
        titled = [ev.value for ev in parent.evidence if ev.field == "care_levels" and ev.where == "title"]
        extra = [c for c in dict.fromkeys(titled) if c not in m.care_levels]
        if m.care_levels and extra:
            changes["care_levels"] = tuple(sorted({*m.care_levels, *extra}))
            evidence += [_inherited(parent, "care_levels", code) for code in extra]
        # The parent is one thing however often the report lists it: a container in the body and
        # its entry in a product appendix ("Filmer om X:" over its films, "SKR. Filmer om X (tre
        # filmer)" under "Framtagna material 2042") give their years together.
        p_years = tuple(sorted(years_of.get((p.source.report, fold(p.name).strip()), set(p.years))))
        if not m.years and p_years:
            changes["years"] = p_years
            evidence += [_inherited(parent, "years", str(y)) for y in p_years]
        # Parts the parent lists as its versions or continuations ("Sedan 2047 finns en
        # fortsättning: – Hamnlotsen 2 – …") are things of its own kind: a continuation of a web
        # training is a web training. Other parts (a questionnaire of a model) keep their own form.
        # So are the parts of a series ("Filmserie i tre delar", "Filmserien X består av två
        # filmer:"): each part of a film series is a film.
        if (
            not m.forms
            and p.forms
            and (
                _VERSION_LIST.search(p.description or "") or _SERIES_OF_PARTS.search(f"{p.name}. {p.description or ''}")
            )
        ):
            changes["forms"] = p.forms
            evidence += [_inherited(parent, "forms", code) for code in p.forms]
        if not any(a.role == "producer" for a in m.actors):
            made = tuple(a for a in p.actors if a.role == "producer")
            if made:
                changes["actors"] = m.actors + made
        changed = Enriched(replace(m, **changes), tuple(evidence), e.mentioned_actors, e.subjects)  # type: ignore[arg-type]
        out.append(changed if changes else e)
    return _containers_bared(_shared_after_children(out))
