"""Named things in running text, found by cue nouns from the form vocabulary.

A report names a method, a programme, a tool, a network or an event by putting a head
noun before or after the name: "programmen Youth Aware of Mental health (YAM) och PAX",
"föräldrautbildning KOMET", "Psyk E-Bas är ett program i …", "KAM (Klippans analysmodell)".
The head nouns come from ``ontology/vocab/resource-form.ttl``: every one-word Swedish
label of a form concept, and the ``cueNoun`` / ``initiativeCue`` / ``networkCue`` /
``eventCue`` annotations of the scheme. Inflection and compounds are matched on Snowball
stems (:func:`stem_key`), so "modellen", "Skolmodellen" and "analysmodell" all carry the
cue "modell"; no inflected form is listed anywhere.

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
from rdflib import SKOS, Graph, Literal, Namespace, URIRef

from loader.grammar import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CONJUNCTIONS,
    DEMONSTRATIVES,
    FUNCTION_WORDS,
    PREPOSITIONS,
    SUBJUNCTIONS,
    folded,
)
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.text import fold

__all__ = ["Cue", "CueNouns", "Named", "cue_nouns", "find_named", "is_organisation", "name_at", "stem_key"]

_RF = Namespace("https://w3id.org/psykgraf/vocab/resource-form/")
_SCHEME = URIRef("https://w3id.org/psykgraf/vocab/resource-form")
#: Form concepts whose things are not resources: a network is an actor, a seminar an event.
_FORM_KIND = {"natverk": "network", "seminarium": "event"}
_SCHEME_CUES = (
    ("cueNoun", "resource"),
    ("initiativeCue", "initiative"),
    ("networkCue", "network"),
    ("eventCue", "event"),
)
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


@dataclass(frozen=True)
class Cue:
    """What a cue noun says a thing is: ``kind`` (resource, initiative, network, event) and form."""

    kind: str
    form: str | None
    label: str


class CueNouns:
    """Cue nouns by stem key; a word matches its own key or, as a compound, a key it ends with."""

    def __init__(self, cues: dict[str, Cue]) -> None:
        self._cues = cues
        # Longest keys first, so "webbutbildning" wins over "utbildning" in a compound.
        self._by_length = sorted(cues, key=len, reverse=True)
        self._memo: dict[str, Cue | None] = {}

    @classmethod
    def from_graph(cls, graph: Graph) -> CueNouns:
        """Cues of the resource-form scheme in ``graph`` (labels and cue annotations)."""
        cues: dict[str, Cue] = {}
        for concept in graph.subjects(SKOS.inScheme, _SCHEME):
            code = str(graph.value(concept, SKOS.notation) or str(concept).rsplit("/", 1)[-1])
            kind = _FORM_KIND.get(code, "resource")
            for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
                for label in graph.objects(concept, prop):
                    if isinstance(label, Literal) and label.language == "sv" and re.fullmatch(r"[\w-]+", label):
                        cues.setdefault(
                            stem_key(str(label)), Cue(kind, None if kind != "resource" else code, str(label))
                        )
        for name, kind in _SCHEME_CUES:
            for label in graph.objects(_SCHEME, _RF[name]):
                if isinstance(label, Literal):
                    # Annotations name what the forms do not cover; a form label keeps its form.
                    cues.setdefault(stem_key(str(label)), Cue(kind, None, str(label)))
        return cls(cues)

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
        key = stem_key(word)
        cue = self._cues.get(key)
        if cue is not None:
            # A stem of three letters is ambiguous ("vid" of "videor" and "Vidare", "kur" of
            # "kurs" and "kurator"): the word must then begin with the label itself.
            if len(key) >= 4 or word.lower().startswith(cue.label.lower()):
                return cue
            return None
        for head in self._by_length:
            # A compound head: "barnstödsteam" ends with "team"; a head of three letters is too weak.
            if len(head) >= 4 and key.endswith(head) and len(key) - len(head) >= 3:
                return self._cues[head]
        return None


@cache
def cue_nouns(vocab_dir: str = str(VOCAB_DIR)) -> CueNouns:
    """The cue nouns of ``resource-form.ttl`` in ``vocab_dir`` (read once per process)."""
    graph = Graph()
    graph.parse(Path(vocab_dir) / "resource-form.ttl", format="turtle")
    return CueNouns.from_graph(graph)


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
    | frozenset({"genom", "via", "inom", "enligt", "bland"})
    | frozenset({"t", "ex", "bl", "a", "annat"})
)
#: Words that start a sentence but never a name: closed-class words and "här" (folded keys);
#: not "att", which opens infinitive titles ("Att leda utvecklingsarbete").
_NOT_NAME = folded((FUNCTION_WORDS - {"att"}) | ADVERBS)
_MAX_WORDS = 9
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
    d = _DOMAIN.match(text, pos)
    if d:
        return d.group(0), d.end(), None
    a = _ABBR_RE.match(text, pos)
    if a and not text[a.end() : a.end() + 1].isalpha() and not _CAPITAL_NEXT.match(text, a.end()):
        full = _OPEN_FULL.match(text, a.end())
        if full and not _ABBR_RE.fullmatch(full.group(1)):
            return full.group(1).strip(), full.end(), a.group(0)
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
            # "och" joins words of one name ("Unga och stress") unless a new name or a cue
            # noun follows ("Metodstöd i … och Metodstöd …", "… och föreläsningsserien X").
            nxt = _WORD_RE.match(text, w.end() + 1)
            joins = token.lower() == "och" and nxt is not None and nxt.group(0).islower()
            if not joins or cue_nouns().match(nxt.group(0)) is not None:  # type: ignore[union-attr]
                break
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
