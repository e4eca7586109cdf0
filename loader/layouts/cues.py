"""Cue nouns: the one lookup of what a head noun says a thing is, and named things in lists.

A report names a method, a programme, a tool, a network or an event by putting a head
noun before or after the name: "programmen Youth Aware of Mental health (YAM) och PAX",
"föräldrautbildning KOMET", "Psyk E-Bas är ett program i …", "KAM (Klippans analysmodell)".

The head nouns come from the vocabulary, never from Python: ``pg:cueNoun`` on the classes of
``ontology/psykgraf.ttl`` (an initiative, an event, a network, :func:`class_heads`), the
``cueNoun`` annotations and the one-word Swedish labels of the form concepts of
``ontology/vocab/resource-form.ttl`` (a resource of that form). :class:`CueLookup` is the
one lookup: inflection and compounds are matched through :func:`lemma` (the Snowball stemmer
plus the endings it leaves), so "modellen", "Skolmodellen" and "analysmodell" all carry the
cue "modell". Running text (:mod:`loader.named_things`) asks it through :func:`cue_of`; the
layouts through :class:`CueNouns` (reading a list of supports, a form noun wins over a class
noun: "programmen YAM och PAX" are care programmes), and :func:`find_named` reads names.

>>> [(n.name, n.abbr, n.kind, n.form) for n in find_named("genom programmen Youth Aware (YAM) och PAX Game (PAX).")]
[('Youth Aware', 'YAM', 'resource', None), ('PAX Game', 'PAX', 'resource', None)]
>>> [(n.name, n.form) for n in find_named("Analys av KAM (Klippans analysmodell) med lärare")]
[('Klippans analysmodell', 'modell')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer
from rdflib import Graph, Literal, URIRef

from loader.grammar import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    COMMON_VERBS,
    CONJUNCTIONS,
    DEMONSTRATIVES,
    FUNCTION_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    SUBJUNCTIONS,
    folded,
)
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.text import fold

__all__ = [
    "Cue",
    "CueLookup",
    "CueNouns",
    "Named",
    "NounCue",
    "class_heads",
    "cue_lookup",
    "cue_nouns",
    "cue_of",
    "find_named",
    "form_heads",
    "is_organisation",
    "lemma",
    "method_nouns",
    "name_at",
    "names_method",
    "stem_key",
]

_STEMMER = snowballstemmer.stemmer("swedish")
_VOWELS = "aeiouyåäöé"


@lru_cache(maxsize=65536)
def stem_key(word: str) -> str:
    """A comparison key for a Swedish noun: Snowball stem to a fixed point, "-et" and a doubled
    final consonant dropped ("programmet", "programmen", "program" share one key).

    >>> {stem_key(w) for w in ("modellen", "modeller", "modell")}
    {'model'}
    >>> stem_key("programmet") == stem_key("program") == stem_key("programmen")
    True
    >>> stem_key("nätverket") == stem_key("nätverk")
    True
    """
    key = word.lower()
    for _ in range(3):
        nxt = str(_STEMMER.stemWord(key))
        if nxt == key:
            break
        key = nxt
    # Snowball's Swedish step 1 keeps the neuter definite "-et" ("nätverket", "projektet").
    if key.endswith("et") and len(key) > 5 and word.lower().endswith("et"):
        key = stem_key(key[:-2])
    if len(key) > 4 and key[-1] == key[-2] and key[-1] not in _VOWELS:
        key = key[:-1]
    return key


# --- one cue-noun lookup --------------------------------------------------------------------
# The one lookup of the loader: a word -> what its cue noun says a thing is. Running text
# (loader.named_things) asks it directly (cue_of); the layouts ask it through CueNouns.match.

_PG = "https://w3id.org/psykgraf/ontology#"
_RF_IRI = "https://w3id.org/psykgraf/vocab/resource-form/"
#: What a thing named by a class's cue noun is: the ontology class -> (kind, code).
_CLASS_KIND = {"Initiative": ("initiative", ""), "Event": ("event", ""), "Actor": ("actor", "natverk")}


def _form_cues(graph: Graph) -> list[tuple[str, str]]:
    """(form code or scheme IRI, noun) of ``:cueNoun`` and ``:methodCue`` in resource-form.ttl.

    A method noun ("metod", "arbetssätt") is read like its concept's cue nouns, so a layout finds
    the method's name as it finds a model's; :func:`method_nouns` tells it gives no form.
    """
    return sorted(
        (str(subject).removeprefix(_RF_IRI), str(label).lower())
        for prop in ("cueNoun", "methodCue")
        for subject, label in graph.subject_objects(URIRef(_RF_IRI + prop))
        if isinstance(label, Literal)
    )


@lru_cache(maxsize=4)
def method_nouns(vocab_dir: str = str(VOCAB_DIR)) -> frozenset[str]:
    """Method nouns (``:methodCue`` of ``resource-form.ttl``): they name a treatment method or
    working practice, which the reading guide gives no form, though they find its name as a
    model noun does.

    >>> sorted(method_nouns())
    ['arbetsmetod', 'arbetssätt', 'metod']
    """
    graph = Graph()
    graph.parse(Path(vocab_dir) / "resource-form.ttl")
    return frozenset(
        str(label).lower() for label in graph.objects(None, URIRef(_RF_IRI + "methodCue")) if isinstance(label, Literal)
    )


def names_method(word: str, lexicon: Lexicon | None = None) -> bool:
    """Whether ``word`` is a method noun in any inflection or as a compound's head.

    >>> [names_method(w) for w in ("ReDO-metoden", "gruppbehandlingsmetod", "arbetssätt", "modellen")]
    [True, True, True, False]
    """
    found = cue_of(word, lexicon)
    return found is not None and found.noun in method_nouns()


@lru_cache(maxsize=4)
def class_heads(vocab_dir: str = str(VOCAB_DIR)) -> dict[str, tuple[str, str]]:
    """Cue nouns (base forms) of the ontology's classes and of resource forms -> (kind, code).

    Read from ``pg:cueNoun`` on the classes of ``ontology/psykgraf.ttl`` (a network is an actor
    of type natverk) and ``:cueNoun`` on the form concepts of ``resource-form.ttl`` (a resource
    of that form), so that the Swedish words live in the vocabulary, not here.

    >>> heads = class_heads()
    >>> heads["projekt"], heads["konferens"], heads["delarena"], heads["metod"]
    (('initiative', ''), ('event', ''), ('actor', 'natverk'), ('resource', 'modell'))
    """
    graph = Graph()
    folder = Path(vocab_dir)
    graph.parse(folder.parent / "psykgraf.ttl")
    graph.parse(folder / "resource-form.ttl")
    heads: dict[str, tuple[str, str]] = {}
    for subject, label in graph.subject_objects(URIRef(_PG + "cueNoun")):
        cls = str(subject).removeprefix(_PG)
        if cls in _CLASS_KIND and isinstance(label, Literal):
            heads[str(label).lower()] = _CLASS_KIND[cls]
    # On a form concept: a resource of that form, read first; on the scheme: a resource the
    # vocabulary gives no form ("vårdprogram", "riktlinje"). A class's noun wins ("program" alone
    # is a programme of work; "insatsprogram" as a whole word is a care programme).
    found = _form_cues(graph)
    for code, word in sorted(found, key=lambda f: (f[0].startswith("http"), f)):
        heads.setdefault(word, ("resource", "" if code.startswith("http") or "/" in code else code))
    return heads


@lru_cache(maxsize=4)
def form_heads(vocab_dir: str = str(VOCAB_DIR)) -> dict[str, str]:
    """Cue nouns of resources (``:cueNoun`` of ``resource-form.ttl``) -> form code ("" for none).

    A list of supports reads these as resources even where a class shares the noun: "programmen
    YAM och PAX" in a list of methods are care programmes, "programmet X" in prose a project.
    """
    graph = Graph()
    graph.parse(Path(vocab_dir) / "resource-form.ttl")
    out: dict[str, str] = {}
    found = _form_cues(graph)
    for code, word in sorted(found, key=lambda f: (f[0].startswith("http"), f)):
        out.setdefault(word, "" if code.startswith("http") or "/" in code else code)
    return out


#: Definite and plural endings Snowball leaves on neuter nouns ("programmet", "nätverket").
_LEFT_ENDINGS = ("erna", "arna", "orna", "et", "en", "na", "n", "t", "er", "ar", "or", "s")


@dataclass(frozen=True)
class NounCue:
    """What a cue noun says a thing is: kind, resource form or actor type, and the noun."""

    kind: str  # resource | initiative | event | actor
    code: str  # resource-form code for resources, actor-type code for actors, else ""
    noun: str


@lru_cache(maxsize=65536)
def lemma(word: str) -> tuple[str, ...]:
    """Candidate base forms of a Swedish noun, most likely first.

    >>> lemma("programmet")[:3]
    ('programmet', 'program', 'programm')
    >>> "delarena" in lemma("delarenan") and "nätverk" in lemma("nätverket")
    True
    """
    w = word.lower()
    out = [w]
    stem = _STEMMER.stemWord(w)
    for base in (w, stem):
        for ending in _LEFT_ENDINGS:
            if base.endswith(ending) and len(base) - len(ending) >= 3:
                cut = base[: -len(ending)]
                # "programm|et" → "program": a doubled final consonant is spelling, not stem.
                if len(cut) > 3 and cut[-1] == cut[-2] and cut[-1] not in "aeiouyåäö":
                    out.append(cut[:-1])
                out.append(cut)
    out.append(stem)
    for ending in ("orna", "or"):  # first declension: "delarenor(na)" -> "delarena"
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            out.append(w[: -len(ending)] + "a")
    if stem.endswith(("i", "ar", "er")):  # "webbinari" (webbinarier), "seri" (serie)
        out += [stem + "e", stem + "um", stem + "a"]
    return tuple(dict.fromkeys(out))


class CueLookup:
    """Cue-noun lookup over the lexicon's resource forms and the class heads, with a cache.

    ``forms_first`` is the reading of lists of supports (the layouts): a noun that is both a
    class's cue and a resource's ("program") names a resource there.
    """

    def __init__(self, lexicon: Lexicon, forms_first: bool = False) -> None:
        self.lexicon = lexicon
        self.forms_first = forms_first
        self.cache: dict[str, NounCue | None] = {}
        self.wholes: dict[str, NounCue | None] = {}

    def is_organisation(self, word: str) -> bool:
        """Whether ``word`` is an organisation noun of the actor-type vocabulary ("Region", "Länsstyrelsen")."""
        w = word.strip(".,;:()")
        return any(t.scheme == "actor-type" and t.code != "natverk" and t.start == 0 for t in self.lexicon.tag(w))

    def whole(self, word: str) -> NounCue | None:
        """The cue ``word`` gives as a whole base form (no compound heads), cached."""
        if word in self.wholes:
            return self.wholes[word]
        found = self._whole_uncached(word)
        self.wholes[word] = found
        return found

    def _whole_uncached(self, word: str) -> NounCue | None:
        if self.forms_first and word in form_heads():
            return NounCue("resource", form_heads()[word], word)
        heads = class_heads()
        if word in heads and not (self.forms_first and self._form_label(word)):
            kind, code = heads[word]
            return NounCue(kind, code, word)
        for t in self.lexicon.tag(word):
            if t.start == 0 and t.end == len(word):
                if t.scheme == "resource-form":
                    if t.code == "natverk":
                        return NounCue("actor", "natverk", word)
                    if t.code == "seminarium":
                        return NounCue("event", "", word)
                    if t.code == "motesplats":
                        return None  # a meeting place is a setting, not a thing of its own
                    return NounCue("resource", t.code, word)
        return None

    def _form_label(self, word: str) -> bool:
        """Whether ``word`` as a whole is a label of a resource form ("förstudie" is a report)."""
        return any(t.scheme == "resource-form" and t.start == 0 and t.end == len(word) for t in self.lexicon.tag(word))

    def of(self, word: str) -> NounCue | None:
        """The cue ``word`` gives, in any inflection or as the head of a compound (cached)."""
        w = word.lower().strip(".,;:!?()[]”\"“'*«»")
        if w in self.cache:
            return self.cache[w]
        found: NounCue | None = None
        head = w.rsplit("-", 1)[-1]
        if self.forms_first and "-" in w and w.replace("-", "").isalpha():
            # A list of supports names forms with a hyphen as a whole: "E-tjänsten" is an e-service.
            found = next((c for b in lemma(w) if (c := self.whole(b)) is not None), None)
        if found is None and len(head) >= 2 and head.isalpha():
            bases = lemma(head)
            # The ontology's class nouns first: "förstudien" is a project even where a form label matches
            # (in running text; a list of supports reads the form first).
            heads = [b for b in bases if b in class_heads() and not self.forms_first]
            for base in heads or bases:
                found = self.whole(base)
                if found:
                    break
            if found is None:
                # A compound ends with its head noun: "informationshandbok", "chefsnätverket".
                # Base forms of the whole word first, then its tails, longest tail first.
                for base in bases:
                    for i in range(3, len(base) - 3):
                        found = self.whole(base[i:])
                        if found:
                            break
                    if found:
                        break
        self.cache[w] = found
        return found


@lru_cache(maxsize=8)
def cue_lookup(lexicon: Lexicon, forms_first: bool = False) -> CueLookup:
    """The lookup over ``lexicon`` (one per lexicon and reading, so its caches are shared)."""
    return CueLookup(lexicon, forms_first)


def cue_of(word: str, lexicon: Lexicon | None = None) -> NounCue | None:
    """The cue a word gives, in any inflection or as the head of a compound.

    >>> [(c.kind, c.code) for c in map(cue_of, ["handboken", "programmet", "RSS-nätverket", "chefsnätverket"]) if c]
    [('resource', 'guide'), ('initiative', ''), ('actor', 'natverk'), ('actor', 'natverk')]
    >>> cue_of("hälsa") is None
    True
    """
    return cue_lookup(lexicon or Lexicon.from_dir()).of(word)


@dataclass(frozen=True)
class Cue:
    """What a cue noun says a thing is: ``kind`` (resource, initiative, network, event) and form."""

    kind: str
    form: str | None
    label: str


class CueNouns:
    """The layouts' view of the one cue-noun lookup (:class:`CueLookup`): a network is a kind of
    its own here ("network", where running text records an actor of type natverk) and a
    resource's form is ``form``."""

    def __init__(self, lookup: CueLookup) -> None:
        self._lookup = lookup
        self._memo: dict[str, Cue | None] = {}

    def match(self, word: str) -> Cue | None:
        """The cue ``word`` carries, as a whole word or as the head of a compound.

        >>> c = cue_nouns()
        >>> c.match("Skolmodellen").form, c.match("föräldrautbildning").form, c.match("teamet").kind
        ('modell', 'utbildning', 'network')
        >>> c.match("Klippan") is None
        True
        """
        if word not in self._memo:
            self._memo[word] = self._match(word.strip("-–"))
        return self._memo[word]

    def _match(self, word: str) -> Cue | None:
        if len(word) < 3 or not word[:1].isalpha():
            return None
        found = self._lookup.of(word)
        if found is None:
            return None
        # The label is the noun's base form ("modell" for "Samtalsmodellen"): the shortest form of
        # the noun that gives the same cue.
        same = [
            b
            for b in lemma(found.noun)
            if len(b) >= 3 and (w := self._lookup.whole(b)) is not None and (w.kind, w.code) == (found.kind, found.code)
        ]
        label = found.noun if found.noun in class_heads() or not same else min(same, key=len)
        if found.kind == "actor":
            return Cue("network", None, label)
        return Cue(found.kind, found.code or None if found.kind == "resource" else None, label)


@cache
def cue_nouns(vocab_dir: str = str(VOCAB_DIR)) -> CueNouns:
    """The layouts' cue lookup over the vocabulary in ``vocab_dir`` (built once per process)."""
    return CueNouns(cue_lookup(Lexicon.from_dir(Path(vocab_dir)), forms_first=True))


@dataclass(frozen=True)
class Named:
    """A named thing in a text: name, abbreviation, what the cue says it is, span and cue word."""

    name: str
    abbr: str | None
    kind: str
    form: str | None
    start: int
    end: int
    cue: str

    @property
    def other_names(self) -> tuple[str, ...]:
        """Its abbreviation, and for a group named with its noun ("Nätverket Elevhälsa Norr") the
        name without the noun, which the text may use alone.

        >>> Named("Nätverket Elevhälsa Norr", None, "network", None, 0, 24, "Nätverket").other_names
        ('Elevhälsa Norr',)
        """
        bare = self.name[len(self.cue) + 1 :] if self.kind == "network" and self.name.startswith(f"{self.cue} ") else ""
        return tuple(n for n in (self.abbr, bare) if n)


# --- names --------------------------------------------------------------------------------

_ABBR = r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,7}(?:-[A-ZÅÄÖ0-9]+)?"
_ABBR_RE = re.compile(rf"{_ABBR}\b")
_WORD_RE = re.compile(r"[\wåäöÅÄÖé&/+'´-]+")
_QUOTED = re.compile(r"[”“\"«]([^”“\"«»]{2,80})[”“\"»]")
_DOMAIN = re.compile(r"[\wåäö-]+(?:\.[\wåäö-]+)*\.(?:se|nu|com|org|net|eu)\b")
_CAPITAL_NEXT = re.compile(r" [A-ZÅÄÖ][a-zåäö]")
#: What may stand between a cue noun and its name: an example marker or a dash apposition
#: ("föräldrautbildning, t ex COPE", "tvärprofessionellt team – Barnhälsoteam").
_BRIDGE = re.compile(r"(?:,?\s*(?:t\.?\s?ex\.?|till exempel|exempelvis|såsom|som till exempel)\s+|\s+[–-]\s+)")
#: A noun compounded with an abbreviation ("SIP-guiden", "BUP-modellen") names one thing, not a kind.
_ABBR_COMPOUND = re.compile(r"^[A-ZÅÄÖ]{2,}-[a-zåäö]")
_EXAMPLES = re.compile(r"\b(?:t\.?\s?ex\.?|ex\.?|till exempel|exempelvis|såsom)\s+(?=[A-ZÅÄÖ”“])")
_OPEN_ABBR = re.compile(rf"\s*\(({_ABBR})\)")
_OPEN_FULL = re.compile(r"\s*\(([A-ZÅÄÖ][^()]{3,80})\)")
#: Words that end a name: auxiliaries, relative words and subjunctions, conjunctions ("och"
#: may join, see name_at), prepositions that open an adverbial; general grammar from
#: loader.grammar. "t ex", "bl a" are abbreviations written with spaces.
_STOP = (
    AUXILIARIES
    | (SUBJUNCTIONS - {"om"})
    | (CONJUNCTIONS - {"utan", "både"})
    | frozenset({"genom", "via", "inom", "enligt"})
    | frozenset({"t", "ex", "bl", "a", "annat"})
)
#: Words that start a sentence but never a name: closed-class words and "här" (folded keys);
#: not "att", which opens infinitive titles ("Att leda utvecklingsarbete").
_NOT_NAME = folded((FUNCTION_WORDS - {"att"}) | ADVERBS)
_MAX_WORDS = 9
#: A question as a title ("kampanjen Hur mår du egentligen?"): opened by a question word or a
#: finite auxiliary, at most eight words up to its question mark. A name that merely ends a
#: question ("Vad gjorde vi inom Läslyftet Mora?") does not open with one.
_QUESTION = re.compile(r"([A-ZÅÄÖ][\wåäö-]*)(?: [\wåäö-]+){1,7}\?")
_QUESTION_WORDS = SUBJUNCTIONS | AUXILIARIES | frozenset({"vem", "vilka", "vilken", "vilket", "vad", "vart", "varför"})
#: An abbreviation's words after a dash ("ABC – Alla Barn i Centrum"): its capitals spell it.
_DASH_EXPANSION = re.compile(r" [–-] ([A-ZÅÄÖ][\wåäö]*(?: [\wåäöÅÄÖ]+){1,6})")
#: Words that open a new noun phrase after "och" (articles, determiners, quantifiers).
_NEW_PHRASE = ARTICLES | DEMONSTRATIVES | QUANTIFIERS
#: A preposition before two or more coordinated one-word proper names ("i Borgholm och Mörbylånga",
#: "i Kalmar, Västervik och Vimmerby"): a list of places where a thing runs ends its name.
_LIST_OF_PLACES = re.compile(
    r"(?:i|på|vid) [A-ZÅÄÖ][a-zåäö]+(?:, [A-ZÅÄÖ][a-zåäö]+)* (?:och|samt) [A-ZÅÄÖ][a-zåäö]+(?![\wåäö-]| [A-ZÅÄÖ\d])"
)
#: After an abbreviation, a place that belongs to the name: "SIP i Kalmar län" (a preposition
#: and a capitalised word, not a list of places).
_PLACE_AFTER = re.compile(r" (?:i|på) [A-ZÅÄÖ][a-zåäö]+(?! (?:och|samt) [A-ZÅÄÖ])")
#: Words a name does not end with (the next line or clause completes them).
_TRAILING = PREPOSITIONS | CONJUNCTIONS | ARTICLES | DEMONSTRATIVES


def _is_name_start(token: str) -> bool:
    return bool(token) and token[:1].isupper() and fold(token) not in _NOT_NAME


def name_at(text: str, pos: int) -> tuple[str, int, str | None] | None:
    """The name that starts at ``pos`` (after spaces): quoted, an abbreviation or capitalised words.

    Returns the name, the offset after it (and after an abbreviation in brackets), and the
    abbreviation. "KAM (Klippans analysmodell)" gives the written-out name with KAM as abbreviation.
    """
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text):
        return None
    q = _QUOTED.match(text, pos)
    if q:
        return q.group(1).strip(), q.end(), None
    question = _QUESTION.match(text, pos)
    if question and question.group(1).lower() in _QUESTION_WORDS:
        return question.group(0), question.end(), None
    d = _DOMAIN.match(text, pos)
    if d:
        return d.group(0), d.end(), None
    a = _ABBR_RE.match(text, pos)
    if (
        a
        and not text[a.end() : a.end() + 1].isalpha()
        and not _CAPITAL_NEXT.match(text, a.end())
        and not _PLACE_AFTER.match(text, a.end())
    ):
        full = _OPEN_FULL.match(text, a.end())
        if full and not _ABBR_RE.fullmatch(full.group(1)):
            return full.group(1).strip(), full.end(), a.group(0)
        spelled = _DASH_EXPANSION.match(text, a.end())
        if spelled and "".join(w[0] for w in spelled.group(1).split() if w[:1].isupper()) == a.group(0):
            return text[pos : spelled.end()], spelled.end(), a.group(0)  # "ABC – Alla Barn i Centrum"
        return a.group(0), a.end(), None
    words: list[re.Match[str]] = []
    for w in _WORD_RE.finditer(text, pos):
        gap = text[(words[-1].end() if words else pos) : w.start()]
        if gap.strip():
            break  # punctuation or a bracket ends the name
        token = w.group(0)
        if not words:
            if w.start() != pos or not _is_name_start(token):
                return None
        elif len(words) >= _MAX_WORDS:
            break
        elif token.lower() in _STOP:
            # "och" joins words of one name ("Unga och stress") unless a new name, a cue noun or
            # a determiner opening a new noun phrase follows ("Metodstöd i … och Metodstöd …",
            # "… och föreläsningsserien X", "… och det nationella stödet Y").
            nxt = _WORD_RE.match(text, w.end() + 1)
            joins = token.lower() == "och" and nxt is not None and nxt.group(0).islower()
            if not joins or nxt.group(0) in _NEW_PHRASE or cue_nouns().match(nxt.group(0)) is not None:  # type: ignore[union-attr]
                break
        elif token == "bland" and (b := _WORD_RE.match(text, w.end() + 1)) and b.group(0) in ("annat", "andra"):
            break  # "bland annat": an adverbial; "Ensamhet bland äldre" is a title
        elif token in COMMON_VERBS:
            break  # "X och Y används som grund": the name is the subject of the verb
        elif token.lower() in PREPOSITIONS and _LIST_OF_PLACES.match(text, w.start()):
            break  # "Projektet X i Borgholm och Mörbylånga": where it runs, not its name
        elif token.lower() in PREPOSITIONS and (q := _WORD_RE.match(text, w.end() + 1)) and q.group(0) in QUANTIFIERS:
            break  # "Sprida utbildningen X till alla kommuner": where it goes, not its name
        words.append(w)
    if not words:
        return None
    # A name does not end in a preposition ("Metodstöd i implementering för").
    while len(words) > 1 and words[-1].group(0) in _TRAILING:
        words.pop()
    name = text[pos : words[-1].end()].strip(" -–")
    end = words[-1].end()
    ab = _OPEN_ABBR.match(text, end)
    if ab:
        return name, ab.end(), ab.group(1)
    return name, end, None


def _definite(word: str, cue: Cue) -> bool:
    """Whether ``word`` is a definite form of its cue ("Metoden", "Webbinarieserien", "teamet").

    >>> _definite("Metoden", Cue("resource", None, "metod")), _definite("Riktlinje", Cue("resource", None, "riktlinje"))
    (True, False)
    """
    w, label = word.lower(), cue.label.lower()
    return w != label and w.endswith(("en", "et", "n", "t", "na")) and not w.endswith(label)


def _plural(word: str) -> bool:
    w = word.lower()
    return w.endswith(("erna", "arna", "orna", "ena", "er", "ar", "or")) or bool(re.search(r"([^aeiouyåäö])\1en$", w))


_LIST_SEP = re.compile(r"\s*(?:,|\boch\b|\bsamt\b)\s*")
_COPULA = re.compile(r"\s+(?:är|var)\s+(?:ett|en)\s+((?:[\wåäö-]+\s*){1,4})")
_FORM_OF = re.compile(r"\bi form av\s+")
_SPREAD = re.compile(
    r"\b(?:implementering|spridning|införande|användning|lansering)\w{0,3}"
    r"(?:\s+och\s+\w+)?\s+av\s+(?=[A-ZÅÄÖ”“\"])"
)
_NEW = re.compile(r"\b(?:den|det|de) nya\s+(?=[A-ZÅÄÖ])")
_URL_APPOSITION = re.compile(r"(?:^|[.:;]\s+|\s)([A-ZÅÄÖ][\wåäö-]+(?: [A-ZÅÄÖ][\wåäö-]+)*), ((?:https?://|www\.)\S+?),")


def _with_cue(word: str, cues: CueNouns) -> Cue | None:
    return cues.match(word) if word[:1].isalpha() else None


def find_named(text: str, cues: CueNouns | None = None) -> list[Named]:
    """Named things of ``text`` (one sentence, line or list item), in text order.

    Rules, each a construction of Swedish rather than a sentence of one report:

    * cue noun, then name: "metoden X", "föräldrautbildning KOMET", "programmen A (X) och B (Y)";
    * name, then "är ett/en … cue": "Psyk E-Bas är ett program";
    * a name with its abbreviation where the name's head is a cue: "KAM (Klippans analysmodell)";
    * "i form av X", "spridning av X", "den nya X", "X, www.x.se, …": a named product;
    * a quoted title after a cue: "erbjudande om deltagande i ”Utvecklingsprogram …”".
    """
    cues = cues or cue_nouns()
    found: list[Named] = []
    taken: list[tuple[int, int]] = []

    def add(name: str, abbr: str | None, cue: Cue | None, start: int, end: int, cue_word: str) -> None:
        name = name.strip(" ,.;:")
        if (
            len(name) < 2
            or not re.search(r"[^\W\d_]", name)
            or fold(name) in _NOT_NAME
            or any(a < end and start < b for a, b in taken)
        ):
            return
        if is_organisation(name):
            return
        if cue is None:
            cue = _head_cue(name, cues) or Cue("resource", None, "")
        taken.append((start, end))
        found.append(Named(name, abbr, cue.kind, cue.form, start, end, cue_word))

    # A quoted title whose head is a cue: ”Utvecklingsprogram fullföljd utbildning”.
    for m in _QUOTED.finditer(text):
        title = m.group(1).strip()
        head = cues.match(_WORD_RE.findall(title)[0]) if _WORD_RE.findall(title) else None
        head = head or _head_cue(title, cues)
        short = len(title.split()) <= 8 and not any(t.lower() in _STOP for t in title.split())
        if head is not None and short and title[:1].isupper():
            ab = _OPEN_ABBR.match(text, m.end())
            add(title, ab.group(1) if ab else None, head, m.start(), ab.end() if ab else m.end(), head.label)
    words = list(_WORD_RE.finditer(text))
    for w in words:
        cue = _with_cue(w.group(0), cues)
        if cue is None:
            continue
        # A capitalised, indefinite cue that opens the text is part of the name: "Riktlinje ADHD";
        # a definite one introduces it: "Metoden Mer tid i klassrummet".
        if w.start() == 0 and w.group(0)[:1].isupper() and not _definite(w.group(0), cue):
            continue
        opens = not text[: w.start()].strip() or text[: w.start()].rstrip().endswith((":", "."))
        if w.group(0)[:1].isupper() and not opens and len(stem_key(w.group(0))) > len(stem_key(cue.label)) + 2:
            # A capitalised compound mid-sentence is itself a proper name ("Folkhälsopiloten
            # Länsstyrelsen Stockholm": the pilot, then who runs it); an abbreviation after it
            # is the thing it introduces ("Skolmodellen PALS").
            after = _ABBR_RE.match(text, w.end() + 1)
            if not (after and text[w.end() : w.end() + 1] == " " and not _CAPITAL_NEXT.match(text, after.end())):
                if _CAPITAL_NEXT.match(text, w.end()):
                    add(w.group(0), None, cue, w.start(), w.end(), w.group(0))
                continue
        bridge = _BRIDGE.match(text, w.end())
        got = name_at(text, bridge.end() if bridge else w.end())
        if got is None:
            continue
        name, end, abbr = got
        if name[:1].islower() and not _DOMAIN.fullmatch(name):
            continue
        # "ALIS: utbildningsinsats Aktivt ledarskap i skolan": a label abbreviation before the cue.
        label = re.fullmatch(rf"\s*({_ABBR}):\s*", text[: w.start()])
        abbr = abbr or (label.group(1) if label else None)
        if (cue.kind == "network" or _ABBR_COMPOUND.match(w.group(0))) and w.group(0)[:1].isupper() and not bridge:
            # A group's capitalised noun is the first word of its name ("Brukarrådet Jämtland
            # Härjedalen", "Nätverket Elevhälsa Jämtland"): what follows alone is a place or a
            # theme, not the group (a group is named with its noun). So is a
            # noun an abbreviation makes specific ("SIP-guiden Västmanland": the place is its suffix).
            if text.startswith(f"{w.group(0)} {name}", w.start()):
                name = f"{w.group(0)} {name}"
        add(name, abbr, cue, w.start(), end, w.group(0))
        if not _plural(w.group(0)):
            continue
        while True:
            sep = _LIST_SEP.match(text, end)
            if not sep or sep.end() == end:
                break
            nxt = name_at(text, sep.end())
            if nxt is None:
                break
            name, end, abbr = nxt
            add(name, abbr, cue, sep.end(), end, w.group(0))
    # "satsningen på fysisk aktivitet för unga (Fryshuset Street pep)": a cue, then the
    # name in brackets at the end of the same clause.
    for w in words:
        cue = _with_cue(w.group(0), cues)
        if cue is None:
            continue
        clause = re.match(r"[^.;:()]{0,120}?\(([A-ZÅÄÖ][\wåäö-]*(?: [\wåäö-]+){1,5})\)", text[w.end() :])
        if clause and not _ABBR_RE.fullmatch(clause.group(1)):
            start = w.end() + clause.start(1)
            add(clause.group(1), None, cue, start, start + len(clause.group(1)), w.group(0))
    # "X (ABBR)" and "ABBR (X)" whose written-out name has a cue head.
    for m in re.finditer(rf"({_ABBR}) \(([^()]{{3,80}})\)|([A-ZÅÄÖ][^():,.]{{2,80}}?) \(({_ABBR})\)", text):
        full, abbr = (m.group(2), m.group(1)) if m.group(1) else (m.group(3), m.group(4))
        full = re.sub(r"^.*\b(?:av|om|med|för|på|i|och)\s+(?=[A-ZÅÄÖ])", "", full.strip())
        head = _head_cue(full, cues)
        if head is not None and full[:1].isupper():
            add(full, abbr, head, m.start(), m.end(), head.label)
    # "ex PAX, YAM, Skolmodellen PALS": examples that are abbreviations or carry a cue head.
    for m in _EXAMPLES.finditer(text):
        end = m.end()
        while True:
            got = name_at(text, end)
            if got is None:
                break
            name, stop, abbr = got
            head = _head_cue(name, cues)
            if _ABBR_RE.fullmatch(name) or head is not None or abbr:
                add(name, abbr, head, end, stop, head.label if head else "")
            sep = _LIST_SEP.match(text, stop)
            if not sep or sep.end() == stop:
                break
            end = sep.end()
    for m in _COPULA.finditer(text):
        # "Psyk E-Bas är ett program", "Måbra-kollen är ett digitalt verktyg": the first cue
        # among the next few words (adjectives come before the noun).
        cue = next((c for w in _WORD_RE.findall(m.group(1)) if (c := _with_cue(w, cues)) is not None), None)
        if cue is None:
            continue
        before = text[: m.start()]
        subj = re.search(r"([A-ZÅÄÖ][\wåäö-]*(?: [A-ZÅÄÖ][\wåäö-]*){0,4})\s*$", before)
        if subj and subj.start() == len(before.rstrip()) - len(subj.group(1).rstrip()):
            add(subj.group(1), None, cue, subj.start(), subj.end(1), cue.label)
    for pattern in (_FORM_OF, _SPREAD, _NEW):
        for m in pattern.finditer(text):
            got = name_at(text, m.end())
            if got is None or not got[0][:1].isupper():
                continue
            cue = None
            if pattern is _FORM_OF:
                # "stödmaterial i form av Psyk E-Bas": the noun before says what it is.
                preceding = _WORD_RE.findall(text[: m.start()])
                cue = cues.match(preceding[-1]) if preceding else None
                if cue is None and _head_cue(got[0], cues) is None:
                    continue
            add(got[0], got[2], cue, m.end(), got[1], cue.label if cue else "")
    for m in _URL_APPOSITION.finditer(text):
        add(m.group(1), None, None, m.start(1), m.end(1), "")
    found.sort(key=lambda n: n.start)
    return found


@lru_cache(maxsize=4096)
def is_organisation(name: str) -> bool:
    """Whether ``name`` opens with an organisation word of the actor-type vocabulary
    ("Länsstyrelsen Stockholm", "Region Skåne"): an actor, not a named thing."""
    tags = [t for t in lexicon().tag(name) if t.start == 0 and t.scheme == "actor-type"]
    return any(t.code != "natverk" for t in tags)


@cache
def lexicon() -> Lexicon:
    """The SKOS lexicon (actor types tell organisations from things)."""
    return Lexicon.from_dir(VOCAB_DIR)


def _head_cue(name: str, cues: CueNouns) -> Cue | None:
    """The cue of a name's head noun (its last word, or its first for "Modellen X")."""
    words = _WORD_RE.findall(name)
    if not words:
        return None
    return cues.match(words[-1]) or (cues.match(words[0]) if len(words) > 1 else None)
