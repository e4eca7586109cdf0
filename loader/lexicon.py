"""The SKOS vocabularies as the loader's tagging lexicon: find concept labels in report text."""

from __future__ import annotations

import re
import sys
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, SKOS, Graph, Literal, URIRef

from loader.text import clean, dehyphenate, fold

__all__ = ["DEFAULT_BASE", "NOT_LABELS", "VOCAB_DIR", "Lexicon", "Tag", "context"]

#: Folder of the SKOS concept schemes shipped with the project.
VOCAB_DIR = Path(__file__).resolve().parent.parent / "ontology" / "vocab"
#: Default base IRI (``PSYKGRAF_BASE_IRI``).
DEFAULT_BASE = "https://w3id.org/psykgraf/"

_WORD = re.compile(r"\w+")
_URL = re.compile(r"(?:https?://|file://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_LABEL_PROPS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)

#: Phrases that contain a label of a concept but do not name it (Swedish usage, not facts
#: about resources): "äldre dokument" are old documents, not older people; "en vuxen att
#: vända sig till" is a person, not the target group adults. A tag of the concept inside
#: such a phrase is dropped; tags of other concepts in the phrase stay.
NOT_LABELS: dict[tuple[str, str], tuple[str, ...]] = {
    ("target-group", "aldre"): (
        "äldre dokument",
        "äldre dokumentation",
        "äldre version",
        "äldre versioner",
        "äldre versionen",
        "äldre material",
        "äldre texter",
        "äldre rapporter",
        "äldre utgåvor",
        "äldre utgåva",
        "äldre upplagor",
        "äldre upplaga",
        "äldre publikationer",
        "äldre barn",
        "äldre syskon",
        "äldre elever",
        "äldre ungdomar",
        "äldre tonåringar",
        "äldre än",
        "eller äldre",
        "år och äldre",
    ),
    ("target-group", "vuxna"): (
        "en vuxen",
        "någon vuxen",
        "ingen vuxen",
        "annan vuxen",
        "en trygg vuxen",
        "trygga vuxna",
        "vuxna i skolan",
        "vuxen ålder",
        "förtroende för vuxna",
        "vuxna att prata med",
        "vuxna att vända sig till",
        "vuxen att prata med",
        "vuxen att vända sig till",
    ),
}


@dataclass(frozen=True)
class Tag:
    """One concept found in a text: ``text[start:end] == surface``."""

    scheme: str
    code: str
    surface: str
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    scheme: str
    code: str
    label: str
    case_sensitive: bool


@dataclass(frozen=True)
class _Concept:
    iri: str
    pref: dict[str, str]
    definition: dict[str, str]
    broader: tuple[str, ...]


_FOLD_CACHE: dict[str, str] = {}


def _fold_char(c: str) -> str:
    if c.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", c.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Fold like :func:`loader.text.fold`, but one whitespace character stays one space.

    Returns the folded text and, when folding changed its length (ligatures, combining
    marks), the index in ``text`` of each folded character; ``None`` means the identity.
    """
    cache = _FOLD_CACHE
    table: dict[int, str] = {}
    one_to_one = True
    for c in set(text):
        f = cache.get(c)
        if f is None:
            f = cache[c] = _fold_char(c)
        if len(f) != 1:
            one_to_one = False
        elif f != c:
            table[ord(c)] = f
    if one_to_one:
        return text.translate(table), None
    out: list[str] = []
    offsets: list[int] = []
    for i, c in enumerate(text):
        f = cache[c]
        out.append(f)
        offsets.extend([i] * len(f))
    return "".join(out), offsets


def _is_case_sensitive(label: str) -> bool:
    return any(c.isalpha() for c in label) and label == label.upper()


class Lexicon:
    """Concepts of the SKOS schemes and a tagger over their Swedish labels.

    The vocabulary is the classifier: every Swedish ``skos:prefLabel``, ``skos:altLabel`` and
    ``skos:hiddenLabel`` of ``ontology/vocab/*.ttl`` is a surface form. Matching rules:

    * case- and diacritic-insensitive on the :func:`loader.text.fold` form, offsets mapped back
      to the original text (whitespace runs and line breaks inside a label are tolerated);
    * a label that is all upper-case in the vocabulary ("BUP", "HR", "LPT", "AB") matches
      case-sensitively, so "bup" in ``Q-bup`` or the Swedish word "ab" are not abbreviations;
    * whole words only (``\\w`` boundaries; a hyphen is a boundary, so "BUP-kliniker" gives "BUP");
    * leftmost, then longest match, and matches never overlap: a compound label that names one
      concept hides the shorter labels inside it ("barn- och ungdomspsykiatrin" tags care level
      ``bup`` only, not the target group ``barn``); one span may tag concepts of several schemes
      when they share the label ("nätverk" is both a resource form and an actor type);
    * text inside URLs is never tagged.

    Inflections and compounds come only from the labels; there is no stemming.

    >>> lex = Lexicon.from_dir(VOCAB_DIR)
    >>> for t in lex.tag("Första linjen för barn och unga"):
    ...     print(t.scheme, t.code, repr(t.surface), t.start, t.end)
    care-level forsta-linjen 'Första linjen' 0 13
    target-group barn 'barn' 18 22
    target-group unga 'unga' 27 31
    """

    def __init__(self, concepts: dict[tuple[str, str], _Concept], entries: Iterable[_Entry]) -> None:
        self._concepts = concepts
        self._index: dict[str, list[_Entry]] = {}
        first_words: set[str] = set()
        max_words = 1
        for entry in entries:
            key = fold(entry.label)
            words = _WORD.findall(key)
            if not words:
                continue
            bucket = self._index.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
            first_words.add(words[0])
            max_words = max(max_words, len(words))
        self._first_words = frozenset(first_words)
        self._max_words = max_words
        self._not_labels = {key: _phrase_pattern(phrases) for key, phrases in NOT_LABELS.items()}

    @classmethod
    def from_dir(cls, vocab_dir: Path = VOCAB_DIR) -> Lexicon:
        """Read every ``*.ttl`` of ``vocab_dir``; built once per folder and process."""
        return _load(str(Path(vocab_dir).resolve()))

    @classmethod
    def from_graph(cls, graph: Graph) -> Lexicon:
        """Build from an rdflib graph holding ``skos:ConceptScheme`` s and their concepts."""
        scheme_notation: dict[URIRef, str] = {}
        for s in graph.subjects(RDF.type, SKOS.ConceptScheme):
            notation = graph.value(s, SKOS.notation)
            if isinstance(s, URIRef) and notation is not None:
                scheme_notation[s] = str(notation)
        code_of: dict[URIRef, tuple[str, str]] = {}
        for c in graph.subjects(RDF.type, SKOS.Concept):
            scheme_iri = graph.value(c, SKOS.inScheme)
            notation = graph.value(c, SKOS.notation)
            if isinstance(c, URIRef) and isinstance(scheme_iri, URIRef) and notation is not None:
                if scheme_iri in scheme_notation:
                    code_of[c] = (scheme_notation[scheme_iri], str(notation))
        concepts: dict[tuple[str, str], _Concept] = {}
        entries: list[_Entry] = []
        for c, (scheme, code) in sorted(code_of.items()):
            pref = _texts(graph.objects(c, SKOS.prefLabel))
            definition = _texts(graph.objects(c, SKOS.definition))
            broader = tuple(
                sorted(code_of[b][1] for b in graph.objects(c, SKOS.broader) if isinstance(b, URIRef) and b in code_of)
            )
            concepts[(scheme, code)] = _Concept(str(c), pref, definition, broader)
            for prop in _LABEL_PROPS:
                for lit in graph.objects(c, prop):
                    if isinstance(lit, Literal) and lit.language in (None, "sv"):
                        label = str(lit).strip()
                        entries.append(_Entry(scheme, code, label, _is_case_sensitive(label)))
        entries.sort(key=lambda e: (e.scheme, e.code, e.label))
        return cls(concepts, entries)

    # -- concepts ---------------------------------------------------------------------

    def schemes(self) -> tuple[str, ...]:
        """Notations of the concept schemes.

        >>> Lexicon.from_dir().schemes()
        ('actor-type', 'audience', 'care-level', 'resource-form', 'status', 'target-group')
        """
        return tuple(sorted({s for s, _ in self._concepts}))

    def codes(self, scheme: str) -> tuple[str, ...]:
        """Concept codes of ``scheme``, sorted.

        >>> Lexicon.from_dir().codes("status")
        ('aktiv', 'ej-i-bruk', 'under-utveckling')
        """
        return tuple(sorted(c for s, c in self._concepts if s == scheme))

    def _concept(self, scheme: str, code: str) -> _Concept:
        try:
            return self._concepts[(scheme, code)]
        except KeyError:
            raise KeyError(f"unknown concept {scheme}/{code}") from None

    def label(self, scheme: str, code: str, lang: str = "sv") -> str:
        """The ``skos:prefLabel`` in ``lang``.

        >>> Lexicon.from_dir().label("care-level", "bup", "en")
        'child and adolescent psychiatry'
        """
        return self._concept(scheme, code).pref[lang]

    def definition(self, scheme: str, code: str, lang: str = "sv") -> str:
        """The ``skos:definition`` in ``lang``.

        >>> Lexicon.from_dir().definition("status", "ej-i-bruk", "en").startswith("The support")
        True
        """
        return self._concept(scheme, code).definition[lang]

    def broader(self, scheme: str, code: str) -> tuple[str, ...]:
        """All broader concepts, nearest first (transitive ``skos:broader``).

        >>> Lexicon.from_dir().broader("care-level", "primarvard")
        ('forsta-linjen',)
        >>> Lexicon.from_dir().broader("care-level", "forsta-linjen")
        ()
        """
        seen: list[str] = []
        frontier = list(self._concept(scheme, code).broader)
        while frontier:
            parent = frontier.pop(0)
            if parent not in seen and parent != code:
                seen.append(parent)
                frontier.extend(self._concept(scheme, parent).broader)
        return tuple(seen)

    def narrower(self, scheme: str, code: str) -> tuple[str, ...]:
        """All narrower concepts (transitive), sorted: what a facet on ``code`` includes.

        >>> Lexicon.from_dir().narrower("care-level", "specialistniva")
        ('bup', 'heldygnsvard', 'rattspsykiatri', 'vuxenpsykiatri')
        """
        self._concept(scheme, code)
        return tuple(c for c in self.codes(scheme) if code in self.broader(scheme, c))

    def concept_iri(self, scheme: str, code: str, base: str = DEFAULT_BASE) -> str:
        """IRI of a concept under ``base``.

        >>> Lexicon.from_dir().concept_iri("care-level", "bup", "https://example.org/kg")
        'https://example.org/kg/vocab/care-level/bup'
        """
        self._concept(scheme, code)
        return f"{base.rstrip('/')}/vocab/{scheme}/{code}"

    # -- tagging ----------------------------------------------------------------------

    def tag(self, text: str) -> list[Tag]:
        """Concepts whose labels occur in ``text``, in text order.

        >>> lex = Lexicon.from_dir()
        >>> [(t.code, t.surface) for t in lex.tag("den specialiserade barn- och ungdomspsykiatrins insatser")]
        [('bup', 'barn- och ungdomspsykiatrins')]
        >>> [t.code for t in lex.tag("personal inom BUP och skolsköterskor")]
        ['personal', 'bup', 'elevhalsopersonal']
        >>> lex.tag("Vårdguiden ger råd om hälsa och bup")
        []
        """
        folded, offsets = _fold_with_offsets(text)
        blocked = [m.span() for m in _URL.finditer(folded)]
        tokens = [m.span() for m in _WORD.finditer(folded)]
        n = len(tokens)
        tags: list[Tag] = []
        i = 0
        while i < n:
            start, first_end = tokens[i]
            if folded[start:first_end] not in self._first_words or _inside(start, blocked):
                i += 1
                continue
            for j in range(min(i + self._max_words, n) - 1, i - 1, -1):
                end = tokens[j][1]
                key = folded[start:end]
                if j > i and "  " in key:
                    key = " ".join(key.split())
                entries = self._index.get(key)
                if not entries:
                    continue
                if offsets is None:
                    o_start, o_end = start, end
                else:
                    o_start = offsets[start]
                    o_end = offsets[end] if end < len(offsets) else len(text)
                surface = text[o_start:o_end]
                found = _accept(entries, surface)
                if found:
                    tags.extend(Tag(s, c, surface, o_start, o_end) for s, c in found)
                    i = j
                    break
            i += 1
        return self._drop_not_labels(tags, folded, offsets)

    def _drop_not_labels(self, tags: list[Tag], folded: str, offsets: list[int] | None) -> list[Tag]:
        """Tags that lie inside a :data:`NOT_LABELS` phrase of their own concept are dropped."""
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for t in tags:
            key = (t.scheme, t.code)
            if key in self._not_labels and key not in spans:
                found = [m.span() for m in self._not_labels[key].finditer(folded)]
                if offsets is not None:
                    found = [(offsets[a], offsets[b - 1] + 1) for a, b in found]
                spans[key] = found
        return [t for t in tags if not any(a <= t.start and t.end <= b for a, b in spans.get((t.scheme, t.code), ()))]


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One regex for folded ``phrases``: whole words, any whitespace run between words."""
    alternatives = sorted({r"\s+".join(map(re.escape, fold(p).split())) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def _texts(objects: Iterable[object]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lit in objects:
        if isinstance(lit, Literal):
            out.setdefault(lit.language or "", str(lit))
    return out


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of the sorted, disjoint ``spans``."""
    k = bisect_right(spans, (pos, sys.maxsize)) - 1
    return k >= 0 and pos < spans[k][1]


def _accept(entries: list[_Entry], surface: str) -> list[tuple[str, str]]:
    normalised = " ".join(surface.split())
    found: list[tuple[str, str]] = []
    for e in entries:
        if e.case_sensitive and normalised != e.label:
            continue
        if (e.scheme, e.code) not in found:
            found.append((e.scheme, e.code))
    return found


@lru_cache(maxsize=8)
def _load(vocab_dir: str) -> Lexicon:
    graph = Graph()
    paths = sorted(Path(vocab_dir).glob("*.ttl"))
    if not paths:
        raise FileNotFoundError(f"no *.ttl vocabularies in {vocab_dir}")
    for path in paths:
        graph.parse(path, format="turtle")
    return Lexicon.from_graph(graph)


def context(text: str, tag: Tag, width: int = 120) -> str:
    """A quote of at most 300 characters around ``tag``, cut at words, with ellipses.

    >>> text = "Guiden vänder sig till beslutsfattare i kommuner och regioner som vill kartlägga."
    >>> t = Tag("audience", "beslutsfattare", "beslutsfattare", 23, 37)
    >>> context(text, t, width=14)
    '… sig till beslutsfattare i kommuner …'
    """
    width = max(0, min(width, (290 - (tag.end - tag.start)) // 2))
    while True:
        lo, hi = max(0, tag.start - width), min(len(text), tag.end + width)
        left, right = text[lo : tag.start], text[tag.end : hi]
        if lo > 0:
            left = left.split(None, 1)[1] if len(left.split(None, 1)) > 1 else ""
        if hi < len(text):
            right = right.rsplit(None, 1)[0] if len(right.rsplit(None, 1)) > 1 else ""
        quoted = clean(dehyphenate(left + text[tag.start : tag.end] + right))
        quoted = ("… " if lo > 0 else "") + quoted + (" …" if hi < len(text) else "")
        if len(quoted) <= 300 or width == 0:
            return quoted[:300]
        width //= 2
