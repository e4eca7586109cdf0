"""General Swedish grammar the loader needs: closed word classes, number words, months.

This is the one module for *grammar* (issue 10, item 7): words whose meaning does not depend
on the domain — prepositions, conjunctions, articles, pronouns, auxiliaries, number words and
month names. Domain words (what a resource, an event or a network is called) are vocabulary
and live in ``ontology/`` as ``pg:cueNoun`` and SKOS labels, never here.

Every set holds lower-case surface forms as the text writes them (with å, ä, ö); compare
with ``word.lower()``, or with :func:`folded` for diacritic-insensitive keys.

>>> "för" in PREPOSITIONS and "och" in CONJUNCTIONS
True
>>> NUMBER_WORDS["tolv"], MONTHS["mars"]
(12, 3)
>>> month("sept."), month("Okt"), month("vecka")
(9, 10, None)
>>> "forsta" in folded(ORDINALS)
True
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

__all__ = [
    "ARTICLES",
    "AUXILIARIES",
    "CONJUNCTIONS",
    "DEFINITE_ENDINGS",
    "DEMONSTRATIVES",
    "FUNCTION_WORDS",
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINALS",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUANTIFIERS",
    "SUBJUNCTIONS",
    "folded",
    "month",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Indefinite articles (the definite article is a suffix in Swedish, see DEFINITE_ENDINGS).
ARTICLES = _words("en ett")
#: Prepositions, simple and the common two-word ones written as their first word.
PREPOSITIONS = _words(
    "av bland efter enligt from framför från för genom hos i inför inom kring med mellan mot om "
    "på runt sedan till tom trots under utan utifrån via vid åt över"
)
#: Coordinating conjunctions.
CONJUNCTIONS = _words("och eller samt men utan både")
#: Subordinating conjunctions and relative words that open a clause.
SUBJUNCTIONS = _words("att som där när då om eftersom medan vilket vilken vilka vars vad hur varför")
#: Demonstrative and determiner pronouns.
DEMONSTRATIVES = _words("den det de denna detta dessa sådan sådant sådana samma")
#: Personal, possessive and reflexive pronouns.
PRONOUNS = _words(
    "jag du han hon vi ni man dem oss sig sin sitt sina vår vårt våra er ert era deras dess hans hennes "
    "min mitt mina din ditt dina"
)
#: Quantifiers that can stand before a noun phrase.
QUANTIFIERS = _words("alla all allt flera många några någon något inga ingen inget varje båda övriga andra annan annat")
#: Auxiliaries and the finite forms of the copula and 'have' (clause markers, not names).
AUXILIARIES = _words(
    "är var varit vara blir blev blivit har hade haft kan kunde ska skall skulle kommer får fick fått bör "
    "måste vill ville finns fanns"
)
#: Every closed-class word above: a word in here never starts or ends a proper name.
FUNCTION_WORDS = (
    ARTICLES | PREPOSITIONS | CONJUNCTIONS | SUBJUNCTIONS | DEMONSTRATIVES | PRONOUNS | QUANTIFIERS | AUXILIARIES
)
#: Cardinal number words → value ("sex regionala kanslier", "tolv kommuner").
NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate("en två tre fyra fem sex sju åtta nio tio elva tolv".split(), 1)
} | {"ett": 1}
#: Ordinals as words.
ORDINALS = _words("första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde")
#: Noun endings of the definite and plural forms, longest first (for crude de-inflection).
DEFINITE_ENDINGS = ("arna", "erna", "orna", "na", "en", "et", "n", "t")
#: Swedish month names → month number: the one month table of the loader.
MONTHS: dict[str, int] = {
    m: i
    for i, m in enumerate(
        "januari februari mars april maj juni juli augusti september oktober november december".split(), 1
    )
}


def month(word: str) -> int | None:
    """The month a name or its abbreviation ("sept.", "okt") stands for; None when none."""
    key = word.lower().rstrip(".")
    if len(key) < 3:
        return None
    for name, number in MONTHS.items():
        if name.startswith(key):
            return number
    return None


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded(words: Iterable[str]) -> frozenset[str]:
    """The same words without diacritics, for keys made with ``loader.text.fold``."""
    return frozenset(_fold(w) for w in words)
