"""The words the numbered-report layout reads by: cue nouns from the ontology, grammar from one module.

Nothing Swedish is listed here. What a thing is called ("skriften", "projektet", "nätverket",
"webbinarier") comes from ``pg:cueNoun`` on the ontology's classes and ``:cueNoun`` / SKOS
labels of ``ontology/vocab/resource-form.ttl``, looked up through
:func:`loader.named_things.cue_of` (inflection and compounds by the Snowball stemmer). Closed
word classes (articles, prepositions, pronouns, auxiliaries, months) come from
:mod:`loader.grammar`; organisations from the actor lexicon (``data/actors.ttl``).

>>> cue("skriften"), cue("förbättringsverktyg"), cue("nätverket"), cue("hälsa")
(('resource', 'skrift'), ('resource', 'webbverktyg'), ('actor', 'natverk'), None)
>>> method_cue("metoden"), method_cue("Samarbetsmodell"), method_cue("skriften")
('modell', 'modell', None)
>>> is_event_word("webbinarier"), is_event_word("rapporten")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from loader.actors import ActorLexicon
from loader.grammar import (
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    CONJUNCTIONS,
    DEFINITE_ENDINGS,
    DEMONSTRATIVES,
    FUNCTION_WORDS,
    PREPOSITIONS,
    QUANTIFIERS,
    STRONG_VERBS,
    SUBJUNCTIONS,
    finite_verb,
    present_with_object,
)
from loader.layouts.base import form_nouns
from loader.layouts.cues import lemma, stem_key
from loader.lexicon import Lexicon, class_annotations
from loader.named_things import cue_of
from loader.text import fold
from psykgraf.settings import ROOT

__all__ = [
    "CONT_OK",
    "NOT_NAME",
    "STOP",
    "agreement_noun",
    "bare",
    "cue",
    "definite_cue",
    "is_event_word",
    "is_initiative_word",
    "is_organisation",
    "low",
    "method_cue",
    "norm",
    "refers_back",
    "self_named",
    "type_word",
    "variant_noun",
    "verb_form",
    "work_noun",
]

_PUNCT = ".,;:!?()[]”\"“'*«»"
#: Prepositions that may stand inside a name ("Första linjen för barn", "Rätt stöd i skolan").
CONT_OK = frozenset({"och", "i", "för", "av", "om", "på"})
#: Words that end an unquoted name: every closed-class word except those that join a name's parts.
#: (Pronouns do not: a possessive may stand inside a name, "Meningsskapande i vår tid".)
STOP = (SUBJUNCTIONS | CONJUNCTIONS | AUXILIARIES | DEMONSTRATIVES | PREPOSITIONS | ADVERBS) - CONT_OK
#: Words that never start a name: closed-class words (sentence openers such as "Under", "Inom").
NOT_NAME = FUNCTION_WORDS | ARTICLES | QUANTIFIERS
#: Resource forms of methods and instruments: a heading or name they introduce is the method itself
#: ("Samarbetsmodell Collaborative Care", "en intervjumetod, kallad BCFPI"). Codes, not words.
_METHOD_FORMS = frozenset({"modell", "formular"})
# An abbreviation inflects after a colon ("PM:et", "SIP:en"): Swedish orthography, not vocabulary.
_COLON_INFLECTED = re.compile(r"([A-Za-zÅÄÖåäö]{1,6}):(?:et|en|n|t|na|ar|arna|er|erna)")


#: Swedish verb morphology: preterite and passive endings ("lanserades", "publicerats", "togs",
#: "genomfördes", "redovisas", "lanseras"; the strong passives "beskrevs", "gavs", "ansågs"); a
#: lower-case word so inflected is a verb, never a name's word.
_VERB_FORM = re.compile(r"(?:ades|ats|des|tes|dde|tte|ogs|evs|avs|ågs|[aeiouyäö][bdfgklmnprstv]as)$")


#: The finite forms of the strong verbs of :data:`loader.grammar.STRONG_VERBS` ("kom", "gjordes", "gavs").
_STRONG_FINITE = frozenset(f for present, past, _ in STRONG_VERBS.values() for f in (*present, *past))


def verb_form(word: str, following: str = "") -> bool:
    """Whether a lower-case ``word`` is a finite or passive verb that follows a subject: a frequent
    verb (:func:`loader.grammar.finite_verb`) or a preterite/passive by its ending.

    >>> verb_form("lanserades"), verb_form("redovisas"), verb_form("visar"), verb_form("publicerats")
    (True, True, True, True)
    >>> verb_form("oro"), verb_form("omsorgspersonal"), verb_form("Lanserades"), verb_form("ideas")
    (False, False, False, False)
    >>> verb_form("vänder", "sig"), verb_form("trygghet", "sig")
    (True, False)
    >>> verb_form("sammanfattar", "arbetet"), verb_form("föräldrar", "till"), verb_form("kom", "ut")
    (True, False, True)
    """
    if not word[:1].islower():
        return False
    w = low(word)
    # a present tense before the reflexive pronoun is a finite verb: "vänder sig", "riktar sig till"
    reflexive = low(following) == "sig" and w.endswith("r") and len(w) >= 4
    # a present tense before its object: "Färre bälten – … 2053 sammanfattar arbetet i …"
    return (
        finite_verb(w, low(following))
        or w in _STRONG_FINITE
        or (len(w) >= 6 and bool(_VERB_FORM.search(w)))
        or reflexive
        or present_with_object(w, following)
    )


def bare(word: str) -> str:
    """A word without surrounding punctuation and link markup ("[Förstalinjekonferens](#)")."""
    return re.sub(r"^\[|\]\([^)\s]*\)?$", "", word.strip()).strip(_PUNCT)


def norm(word: str) -> str:
    """A word folded and without surrounding punctuation, for comparisons."""
    return fold(word).strip(_PUNCT)


def low(word: str) -> str:
    """A word in lower case without surrounding punctuation (diacritics kept, as in grammar sets)."""
    return word.lower().strip(_PUNCT)


#: Form codes that name no thing of their own (kept as named_things reads them): a network is an
#: actor, a seminar an event, a meeting place a setting.
_NOT_THINGS = frozenset({"natverk", "seminarium", "motesplats"})


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon.from_dir()


@lru_cache(maxsize=16384)
def cue(word: str) -> tuple[str, str] | None:
    """The (kind, form) a cue noun signals: ("resource", form code), ("initiative", ""), ("event", "")
    or ("actor", "natverk") for a network or working group; None for other words."""
    w = bare(word)
    colon = _COLON_INFLECTED.fullmatch(w)
    if colon:
        w = colon.group(1)
    if not w or len(w) > 40 or not re.search(r"[A-Za-zÅÄÖåäö]{2}", w):
        return None
    if "-" in w:
        # A form label written with a hyphen ("e-tjänst", "e-utbildning") is one word, not a compound
        # on its last part: the tagger reads the whole word in any inflection.
        whole = [t.code for t in _lexicon().tag(w) if t.scheme == "resource-form" and t.start == 0 and t.end == len(w)]
        if whole and whole[0] not in _NOT_THINGS:
            return ("resource", whole[0])
    found = cue_of(w)
    if found is None:
        return None
    if found.kind == "actor":
        return ("actor", found.code) if found.code == "natverk" else None
    if found.kind == "resource":
        return ("resource", found.code)
    return (found.kind, "")


@lru_cache(maxsize=1)
def _agreement_nouns() -> tuple[str, ...]:
    """The agreement's head nouns, folded: "överenskommelse" and ``pg:cueNoun`` on ``pg:Agreement``."""
    return tuple(fold(n) for n in ("överenskommelse", *class_annotations("Agreement", "cueNoun")))


def agreement_noun(word: str) -> bool:
    """Whether ``word`` is a noun for an agreement in any inflection or compound ("överenskommelsen",
    "Tilläggsöverenskommelse", "samverkansavtalet"): what it heads is an agreement, no product.

    >>> agreement_noun("överenskommelsen"), agreement_noun("samverkansavtalet"), agreement_noun("rapporten")
    (True, True, False)

    A compound is headed by its last part: "avtalsperioden" is a period, "överenskommelsetexten" a text.

    >>> agreement_noun("avtalsperioden"), agreement_noun("överenskommelsetexten"), agreement_noun("avtalens")
    (False, False, True)
    """
    w = fold(bare(word))
    return bool(w) and any(w.endswith(n + e) for n in _agreement_nouns() for e in _NOUN_ENDINGS)


#: Inflection endings a noun's stem takes (definite, plural, genitive): what may follow a compound's head.
_NOUN_ENDINGS = ("", "n", "en", "et", "r", "ar", "er", "rna", "arna", "erna", "s", "ns", "ens", "ets", "rnas")


def variant_noun(word: str) -> bool:
    """Whether ``word`` is a noun for a new version or continuation of a product (``:variantNoun`` of
    ontology/vocab/resource-form.ttl, any inflection): an appositive after it names a product.

    >>> variant_noun("version,"), variant_noun("fortsättningen"), variant_noun("modell")
    (True, True, False)
    """
    w = bare(word)
    return bool(w) and stem_key(w) in form_nouns("variantNoun")


def method_cue(word: str) -> str | None:
    """The resource form a method, model or instrument noun signals ("metoden" -> "modell")."""
    found = cue(word)
    return found[1] if found and found[0] == "resource" and found[1] in _METHOD_FORMS else None


def _definite(word: str) -> bool:
    """Whether a noun is in the definite form: by its ending, or a noun in -a with the definite -n
    ("checklistan", "enkäten" is -en; Swedish first declension: "checklista" → "checklistan").

    >>> _definite("checklistan"), _definite("rapporten"), _definite("checklista"), _definite("plan")
    (True, True, False, False)
    """
    w = word.lower().strip(_PUNCT)
    if bool(_COLON_INFLECTED.fullmatch(w)) or w.endswith(DEFINITE_ENDINGS[:-2]):
        return True
    return w.endswith("an") and len(w) > 4 and cue(w[:-1]) is not None


def definite_cue(word: str) -> tuple[str, str] | None:
    """A cue noun in the definite form ("rapporten", "metoden", "nätverket"): it refers back."""
    return cue(word) if word[:1].islower() and _definite(word) else None


def type_word(word: str) -> tuple[str, str] | None:
    """A cue noun that says what follows is ("Rapporten X", "E-tjänsten X"), not part of a name:
    lower case, or inflected or compounded beyond its base noun."""
    found = cue(word)
    if found is None:
        return None
    if word[:1].islower() or _definite(word):
        return found
    base = cue_of(word.strip(_PUNCT))
    return found if base is not None and fold(base.noun) != norm(word) else None


def self_named(word: str) -> bool:
    """A definite initiative noun names the initiative it ends ("Nationella självskadeprojektet",
    "Programmet")."""
    found = cue(word)
    return found is not None and found[0] == "initiative" and _definite(word)


def is_event_word(word: str) -> bool:
    """Whether a word names an event or event series (a ``pg:Event`` cue noun, in any inflection)."""
    found = cue(word)
    return found is not None and found[0] == "event"


def is_initiative_word(word: str) -> bool:
    """Whether a word names an initiative, project or programme (a ``pg:Initiative`` cue noun)."""
    found = cue(word)
    return found is not None and found[0] == "initiative"


def refers_back(word: str) -> bool:
    """A sentence opener that refers to what the sentence before named: a demonstrative or a
    definite cue noun ("Den", "Detta", "Rapporten", "Metoden")."""
    w = low(word)
    return w in DEMONSTRATIVES or (cue(word) is not None and _definite(word))


@lru_cache(maxsize=1)
def _actors() -> ActorLexicon | None:
    path = ROOT / "data" / "actors.ttl"
    return ActorLexicon.load(path) if path.exists() else None


@lru_cache(maxsize=4096)
def is_organisation(word: str) -> bool:
    """Whether a word is an organisation the actor lexicon knows ("SKR", "UPH"): never a name's start."""
    lexicon = _actors()
    w = word.strip(_PUNCT)
    return lexicon is not None and bool(w) and lexicon.resolve(w) is not None


def organisation_share(text: str) -> float:
    """The share of the letters of ``text`` that stand in organisation names the actor lexicon or its
    generic name patterns find (:meth:`loader.actors.ActorLexicon.find`): 1.0 for a line that is one
    organisation's name, little for a product's title that names its publisher.

    >>> organisation_share("Socialstyrelsen"), organisation_share("Lotsboken – en bok om stöd") == 0.0
    (1.0, True)
    >>> organisation_share("SKR. Lotsboken – en bok om stöd") < 0.5
    True
    """
    lexicon = _actors()
    letters = sum(ch.isalpha() for ch in text)
    if lexicon is None or not letters:
        return 0.0
    covered = [False] * len(text)
    for hit in lexicon.find(text):
        covered[hit.start : hit.end] = [True] * (hit.end - hit.start)
    return sum(1 for ch, c in zip(text, covered, strict=True) if c and ch.isalpha()) / letters


def work_noun(word: str) -> bool:
    """A noun for a piece of work (``:workNoun`` of resource-form.ttl), in any inflection or as the
    head of a compound: "utvecklingsarbete", "samarbetet", "förbättringsarbete".

    >>> work_noun("samarbetet"), work_noun("Arbetet"), work_noun("förbättringsarbete"), work_noun("arbetsgrupp")
    (True, True, True, False)
    """
    nouns = form_nouns("workNoun")
    keys = [stem_key(b) for b in lemma(low(word))]
    return any(k in nouns or any(len(n) >= 5 and k.endswith(n) for n in nouns) for k in keys)
