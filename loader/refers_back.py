"""Text that goes on about a named thing: the one reading of "it" shared by the layouts.

A report names a thing once and then goes on about it without its name: by its head noun in
the definite form ("Elevhälsoportalen … Portalen erbjuder …", "Resultat av satsningen"), by
its name again, or by a pronoun opening the sentence ("Det är ett webbaserat program").
:func:`following` reads the run of sentences after the naming one (the action-plan layout's
item descriptions); :func:`title_refers_back` reads a slide title that speaks of the project
of the slide before (the slide layout). Both take the head nouns from the cue vocabulary
(:mod:`loader.layouts.cues`), never from a word list of their own.

>>> from loader.layouts.cues import cue_nouns
>>> following("Elevhälsoportalen", ["Portalen erbjuder stöd till skolor.", "Skolor är viktiga."], cue_nouns())
['Portalen erbjuder stöd till skolor.']
>>> title_refers_back("Resultat av satsningen", cue_nouns())
True
"""

from __future__ import annotations

import re

from loader.grammar import PREPOSITIONS
from loader.layouts.cues import CueNouns
from loader.text import fold

__all__ = ["definite", "following", "head_labels", "title_refers_back"]

_WORD = re.compile(r"[\wåäöÅÄÖé-]+")
#: A sentence that opens with a pronoun for the thing just named ("Den …", "Det är ett …").
_ANAPHOR = re.compile(r"^(?:(?:Den|Denna|Detta|Dess)\s|Det\s+(?:är|var)\s+(?:en|ett)\s)")


def definite(word: str) -> bool:
    """Whether ``word`` looks like a noun in the definite form ("projektet", "satsningen", "modellerna").

    >>> definite("satsningen"), definite("satsning"), definite("en")
    (True, False, False)
    """
    return word.lower().endswith(("en", "et", "na")) and len(word) > 4


def head_labels(name: str, cues: CueNouns) -> set[str]:
    """The cue nouns (their labels) among the words of ``name``: what the thing is called by.

    >>> from loader.layouts.cues import cue_nouns
    >>> sorted(head_labels("Elevhälsoportalen", cue_nouns()))
    ['portal']
    """
    return {c.label for w in _WORD.findall(name) if (c := cues.match(w)) is not None}


def following(name: str, later: list[str], cues: CueNouns, alts: tuple[str, ...] = ()) -> list[str]:
    """The sentences among ``later`` that go on about the thing ``name`` names, in one run right
    after the sentence that names it: those that name it again (by its name or another name; a
    dash title also by its main title), take up its head noun, or open with a pronoun for it.
    The run ends at the first sentence about something else.

    >>> from loader.layouts.cues import cue_nouns
    >>> following("Psyk E-Bas", ["Psyk E-Bas är ett program.", "Det är ett webbaserat program.", "Annat."], cue_nouns())
    ['Psyk E-Bas är ett program.', 'Det är ett webbaserat program.']
    """
    heads = head_labels(name, cues)
    names = [fold(n) for n in (name, *alts, name.partition(" – ")[0]) if len(n) >= 3]
    out: list[str] = []
    for sentence in later:
        folded = fold(sentence)
        if (
            any(re.search(rf"(?<![\wåäö-]){re.escape(n)}(?![\wåäö-])", folded) for n in names)
            or bool(heads & head_labels(sentence, cues))
            or _ANAPHOR.match(sentence)
        ):
            out.append(sentence)
        else:
            break  # the run of sentences about the thing has ended
    return out


def title_refers_back(title: str, cues: CueNouns, kind: str = "initiative") -> bool:
    """Whether a title speaks of "the project" by a definite cue noun of ``kind`` after a
    preposition, at its end or one word before ("Utgångspunkterna för utvecklingsprojektet",
    "Resultat av satsningen"): the thing is the one named just before.

    >>> from loader.layouts.cues import cue_nouns
    >>> title_refers_back("Projektet i korthet", cue_nouns())
    False
    """
    words = _WORD.findall(title)
    for n in range(1, len(words)):
        cue = cues.match(words[n])
        if cue is not None and cue.kind == kind and definite(words[n]) and words[n - 1].lower() in PREPOSITIONS:
            return len(words) <= n + 2
    return False
