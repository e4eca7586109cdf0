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

import snowballstemmer
from rdflib import RDF, SKOS, Graph, Literal, URIRef

from loader.text import clean, dehyphenate, fold

__all__ = [
    "DEFAULT_BASE",
    "NOT_LABEL",
    "VOCAB_DIR",
    "Lexicon",
    "Tag",
    "class_annotations",
    "context",
    "stem",
    "term_annotations",
]

#: Folder of the SKOS concept schemes shipped with the project.
VOCAB_DIR = Path(__file__).resolve().parent.parent / "ontology" / "vocab"
#: Default base IRI (``PSYKGRAF_BASE_IRI``).
DEFAULT_BASE = "https://w3id.org/psykgraf/"

_WORD = re.compile(r"\w+")
#: Shortest one-word label (folded) whose inflections are matched through its stem: shorter
#: ones ("app", "unga") collide with unrelated words.
_MIN_STEMMED = 5
_URL = re.compile(r"(?:https?://|file://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+")
_LABEL_PROPS = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)

#: Annotation properties of ``ontology/psykgraf.ttl`` the tagger reads from the vocabulary.
PG = "https://w3id.org/psykgraf/ontology#"
#: Phrases containing a label that do not name the concept ("äldre dokument" are old
#: documents, not older people): ``pg:notLabel`` on the concept. SKOS has labels only.
NOT_LABEL = URIRef(PG + "notLabel")
#: A surface form that names the concept's field in passing ("psykiatrin" is the field of
#: psychiatry, not the specialist level): in an item's title or text it makes a mention
#: (``Tag.passing``), never a facet; in a heading that scopes a list it names the level.
MENTION_LABEL = URIRef(PG + "mentionLabel")
#: The age band of a target group (``pg:ageBandMin`` / ``pg:ageBandMax``, integers).
AGE_BAND_MIN = URIRef(PG + "ageBandMin")
AGE_BAND_MAX = URIRef(PG + "ageBandMax")
#: A concept another one implies for the same item (BUP serves children and young people).
IMPLIES = URIRef(PG + "impliesConcept")

# -- General Swedish grammar the scope rules need (not vocabulary: no concept has these words).
#: Words that open a clause about where an item came from, who made it or worked with it,
#: what it was evaluated or tried in: the concepts named in the rest of the sentence are
#: mentions, not facets ("Innehållet baseras på … kliniker inom BUP och första linjens
#: psykiatri"; "Studien är framtagen i samarbete mellan SKL-projektet …").
PASSING_CUES = (
    "baseras på",
    "baserad på",
    "baserat på",
    "bygger på",
    "utgår från",
    "utgår ifrån",
    "med utgångspunkt i",
    "med utgångspunkt från",
    "skapades av",
    "skapad av",
    "utarbetats av",
    "utarbetades av",
    # who carries the work out is no audience ("Satsningar inom projektet bedrivs av medarbetare")
    "bedrivs av",
    "bedrevs av",
    "genomförs av",
    "genomfördes av",
    "leds av",
    "leddes av",
    "i samarbete med",
    "i samarbete mellan",
    "tillsammans med",
    "i samverkan med",
    "inspirerad av",
    "erfarenhet av",
    "erfarenheter från",
    "utvärdering",
    "utvärderingen",
    "utvärderats",
    "utvärderades",
    "har använts",
    "används inom",
    "används av",
    "används i",
    "har testats",
    "har prövats",
    "implementerats i",
    "fördjupande kapitel",
    "kapitel",
    "beskrivs",
    "redovisas",
    "presenteras",
    "intervjuas",
    # whom the makers met or interviewed is no audience ("besök … för att träffa
    # verksamhetsledning samt personal inom BUP")
    "träffa",
    "träffade",
    "träffat",
    "intervjuer med",
    "intervjuade",
    "intervjuat",
    "läs mer",
    # Where a poster is put up is a place, not the level it is made for: "Affischen … sätts upp
    # i väntrum och på skolor".
    "sätts upp",
    "sattes upp",
    "satts upp",
    # Partners and places visited are no level: "… till samverkan med socialtjänst och BUP",
    # "samtalsbehandlare besöker skolor och fritidsgårdar" (reading guide: places are mentions).
    "samverkan med",
    "samverka med",
    "besöker",
    "besökte",
)
#: Passing cues whose agent is the item's user: "Checklistan används av sjuksköterskor och läkare"
#: names its audience ("används av 20 kommuner" names places, which are no audience label).
USER_CUES = ("används av",)
#: Verbs of handing out whose agent passes the item on to its users: "Broschyren ska delas ut av
#: polis, präst och vårdpersonal" names distributors, not an audience.
DISTRIBUTOR_CUES = ("delas ut av", "delades ut av", "delats ut av", "sprids av", "spreds av", "distribueras av")
#: Words that open an enumeration of examples: what follows illustrates, it does not target.
EXAMPLE_CUES = (
    "t.ex.",
    "t ex",
    "till exempel",
    "exempelvis",
    "bland annat",
    "bl.a.",
    "såsom",
    "som till exempel",
    "exempel på",
)
#: Verbs by which a survey or mapping names the units it covers (care-level lists only).
#: "allt från X till Y" spans a range of levels ("allt från grundläggande insatser … till
#: behandlingar i den specialiserade psykiatrin"): the ends are the range's, not the item's level.
COVERAGE_CUES = (
    "omfattar",
    "omfattade",
    "avser",
    "avsåg",
    "kartlägger",
    "kartlade",
    "innefattar",
    "inkluderar",
    "allt från",
    # "Kartläggningen visar väntetider i öppenvård, neuropsykiatriska utredningar och
    # heldygnsvård": the units whose waiting times a survey measures are what it covers.
    "väntetider i",
    "väntetiderna i",
    "väntetid i",
    "väntetider för",
    "väntetiderna för",
)
#: Phrases that address an item to people directly: when the people right after are a target
#: group ("Temat är direkt riktat till barn", "Information för barn om ADHD"), they use the item
#: themselves, so its audience is the public (reading guide, Audience: who uses it).
ADDRESS_CUES = (
    "riktat till",
    "riktad till",
    "riktade till",
    "riktar sig till",
    "riktar sig direkt till",
    "vänder sig till",
    "vänder sig direkt till",
    # "en film som berättar för ungdomar 13–17 år var de kan söka hjälp"
    "berättar för",
    "information för",
    "information till",
    "informationsfilm för",
    "informationsfilmer för",
    "informationsmaterial för",
    "informationsmaterial till",
    # "Efter ett suicid – till dig som är närstående": the reader is addressed as one of them.
    "till dig som är",
    "för dig som är",
    # "stöd till dig som mist någon i suicid": the reader is one of those the item helps
    "till dig som",
    "för dig som",
)
#: Phrases that say whom an item is for: a sentence holding one speaks of the item itself
#: ("… som var och en riktar sig till sin respektive målgrupp: chef, medarbetare …").
PURPOSE_CUES = (
    "riktar sig till",
    "riktad till",
    "riktat till",
    "riktade till",
    "vänder sig till",
    "målgrupp",
    "målgruppen",
    "är till för",
    # "Vägledningen … är skriven för personal inom BUP": the participle says whom it was made for.
    "är skriven för",
    "är skrivet för",
    "är skrivna för",
    "är avsedd för",
    "är avsett för",
    "är avsedda för",
    # "Checklistan … är tänkt för chefer och HR", "Filmen är gjord för unga": the same purpose
    # participles ("tänkt", "gjord", "framtagen" for whom it was made)
    "är tänkt för",
    "är tänkta för",
    "är gjord för",
    "är gjort för",
    "är gjorda för",
    "är framtagen för",
    "är framtaget för",
    "är framtagna för",
    "i syfte att",
    "syftar till",
)
#: An indefinite noun phrase ending a text: "ett projekt", "en ny modell".
_INTRODUCED = re.compile(r"\b(?:en|ett)\s+(?:\w+\s+)?\w+\s*$")
#: Sentence openings that refer back to the item: pronouns and generic nouns in definite
#: form; definite forms of the resource-form labels (via the stemmer) count too.
SELF_WORDS = (
    "den",
    "denna",
    "detta",
    "dessa",
    "de",
    "här",
    "syftet",
    "målet",
    "målgruppen",
    "målgrupp",
    "materialet",
    "stödet",
    "programmet",
    "projektet",
    "satsningen",
    "boken",
    "tjänsten",
    "innehållet",
)


@dataclass(frozen=True)
class Tag:
    """One concept found in a text: ``text[start:end] == surface``."""

    scheme: str
    code: str
    surface: str
    start: int
    end: int
    passing: bool = False  # matched only through a ``pg:mentionLabel``


@dataclass(frozen=True)
class _Entry:
    scheme: str
    code: str
    label: str
    case_sensitive: bool
    passing: bool = False


@dataclass(frozen=True)
class _Concept:
    iri: str
    pref: dict[str, str]
    definition: dict[str, str]
    broader: tuple[str, ...]
    related: tuple[str, ...] = ()


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
      when they share the label ("nätverk" is both a resource form and an actor type), and
      several concepts of one scheme when each has it as a hidden label (a phrase meaning both);
    * text inside URLs is never tagged.

    * a phrase given as ``pg:notLabel`` of a concept ("äldre dokument") hides its label inside.

    :meth:`tag` matches the labels as written; :meth:`forms_in`, :meth:`cue_forms` and
    :meth:`is_self_reference` also accept any inflection of a one-word form label through
    the Snowball Swedish stemmer (:func:`stem`).

    >>> lex = Lexicon.from_dir(VOCAB_DIR)
    >>> for t in lex.tag("Första linjen för barn och unga"):
    ...     print(t.scheme, t.code, repr(t.surface), t.start, t.end)
    care-level forsta-linjen 'Första linjen' 0 13
    target-group barn 'barn' 18 22
    target-group unga 'unga' 27 31
    """

    def __init__(
        self,
        concepts: dict[tuple[str, str], _Concept],
        entries: Iterable[_Entry],
        not_labels: dict[tuple[str, str], tuple[str, ...]] | None = None,
        bands: dict[str, tuple[int, int]] | None = None,
        implies: dict[tuple[str, str], tuple[tuple[str, str], ...]] | None = None,
    ) -> None:
        self._concepts = concepts
        self._index: dict[str, list[_Entry]] = {}
        first_words: set[str] = set()
        max_words = 1
        form_stems: dict[str, str] = {}
        stem_index: dict[str, list[_Entry]] = {}
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
            if entry.scheme == "resource-form" and len(words) == 1 and not entry.case_sensitive:
                form_stems.setdefault(stem(entry.label), entry.code)
            if len(words) == 1 and not entry.case_sensitive and len(key) >= _MIN_STEMMED:
                stem_index.setdefault(stem(entry.label), []).append(entry)
        self._first_words = frozenset(first_words)
        self._max_words = max_words
        self._form_stems = form_stems
        self._stem_index = stem_index
        self._not_label_phrases = dict(not_labels or {})
        self._not_labels = {key: _phrase_pattern(phrases) for key, phrases in self._not_label_phrases.items()}
        self._bands = dict(bands or {})
        self._implies = dict(implies or {})

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
            related = tuple(
                sorted(code_of[r][1] for r in graph.objects(c, SKOS.related) if isinstance(r, URIRef) and r in code_of)
            )
            concepts[(scheme, code)] = _Concept(str(c), pref, definition, broader, related)
            for prop in _LABEL_PROPS:
                for lit in graph.objects(c, prop):
                    if isinstance(lit, Literal) and lit.language in (None, "sv"):
                        label = str(lit).strip()
                        entries.append(_Entry(scheme, code, label, _is_case_sensitive(label)))
            for lit in graph.objects(c, MENTION_LABEL):
                if isinstance(lit, Literal) and lit.language in (None, "sv"):
                    label = str(lit).strip()
                    entries.append(_Entry(scheme, code, label, _is_case_sensitive(label), passing=True))
        entries.sort(key=lambda e: (e.scheme, e.code, e.label))
        not_labels: dict[tuple[str, str], tuple[str, ...]] = {}
        bands: dict[str, tuple[int, int]] = {}
        implies: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
        for c, key in code_of.items():
            phrases = sorted(str(lit) for lit in graph.objects(c, NOT_LABEL) if isinstance(lit, Literal))
            if phrases:
                not_labels[key] = tuple(phrases)
            lo, hi = graph.value(c, AGE_BAND_MIN), graph.value(c, AGE_BAND_MAX)
            if isinstance(lo, Literal) and isinstance(hi, Literal):
                bands[key[1]] = (int(lo), int(hi))
            implied = sorted(code_of[o] for o in graph.objects(c, IMPLIES) if isinstance(o, URIRef) and o in code_of)
            if implied:
                implies[key] = tuple(implied)
        return cls(concepts, entries, not_labels, bands, implies)

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

    def related(self, scheme: str, code: str) -> tuple[str, ...]:
        """Concepts ``skos:related`` to ``code`` (either direction), sorted. In the form scheme: a
        thing of one form the text may refer back to by the other's noun ("Kartläggningen …
        Rapporten släpptes": a mapping published as a report).

        >>> Lexicon.from_dir().related("resource-form", "kartlaggning")
        ('rapport',)
        >>> Lexicon.from_dir().related("resource-form", "rapport")
        ('kartlaggning',)
        """
        mine = set(self._concept(scheme, code).related)
        mine |= {c for (s, c), concept in self._concepts.items() if s == scheme and code in concept.related}
        return tuple(sorted(mine))

    def labels(self, scheme: str, code: str) -> tuple[str, ...]:
        """The folded Swedish labels of a concept (pref, alt and hidden), sorted.

        >>> "webbutbildning" in Lexicon.from_dir().labels("resource-form", "webbutbildning")
        True
        """
        keys = {key for key, entries in self._index.items() for e in entries if (e.scheme, e.code) == (scheme, code)}
        return tuple(sorted(keys))

    def is_form_head(self, word: str, codes: frozenset[str]) -> bool:
        """Whether ``word`` (any inflection) is the head of a compound label of one of the form
        ``codes``: "Utbildningen" refers back to a "webbutbildning", "Verktyget" to a "webbverktyg".

        >>> lex = Lexicon.from_dir()
        >>> lex.is_form_head("Utbildningen", frozenset({"webbutbildning"}))
        True
        >>> lex.is_form_head("Rapporten", frozenset({"webbutbildning"}))
        False
        """
        root = fold(stem(word))
        if len(root) < 4:
            return False
        labels = [label for code in codes for label in self.labels("resource-form", code)]
        return any(w.endswith(root) for label in labels for w in _WORD.findall(label))

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

    def age_groups(self, age_min: int | None, age_max: int | None) -> tuple[str, ...]:
        """Target groups whose age band (``pg:ageBandMin``/``Max``) overlaps a stated age range.

        An open end reaches to the end of the bands; the reading guide's examples:

        >>> lex = Lexicon.from_dir()
        >>> lex.age_groups(3, 17), lex.age_groups(13, 18), lex.age_groups(8, 12)
        (('barn', 'unga'), ('unga',), ('barn',))
        >>> lex.age_groups(None, 18)
        ('barn', 'unga')
        """
        lo = 0 if age_min is None else age_min
        hi = 200 if age_max is None else age_max
        hits = [(band[0], code) for code, band in self._bands.items() if band[0] <= hi and lo <= band[1]]
        return tuple(code for _, code in sorted(hits))

    def age_band(self, code: str) -> tuple[int, int] | None:
        """The age band of a target group (``pg:ageBandMin``, ``pg:ageBandMax``), if it is one.

        >>> Lexicon.from_dir().age_band("unga"), Lexicon.from_dir().age_band("anhoriga")
        ((13, 24), None)
        """
        return self._bands.get(code)

    def age_band_codes(self) -> tuple[str, ...]:
        """Target groups that are age bands (an explicit age range replaces them).

        >>> Lexicon.from_dir().age_band_codes()
        ('aldre', 'barn', 'unga', 'vuxna')
        """
        return tuple(sorted(self._bands))

    def implied(self, scheme: str, code: str) -> tuple[tuple[str, str], ...]:
        """Concepts of other schemes a concept implies for the same item (``pg:impliesConcept``).

        >>> Lexicon.from_dir().implied("care-level", "bup")
        (('target-group', 'barn'), ('target-group', 'unga'))
        """
        return self._implies.get((scheme, code), ())

    def not_labels(self, scheme: str, code: str) -> tuple[str, ...]:
        """The ``pg:notLabel`` phrases of a concept.

        >>> "äldre dokument" in Lexicon.from_dir().not_labels("target-group", "aldre")
        True
        """
        return self._not_label_phrases.get((scheme, code), ())

    def is_negative(self, phrase: str, scheme: str, code: str) -> bool:
        """Whether ``phrase`` lies inside a negative form of the concept: it does not name it.

        >>> lex = Lexicon.from_dir()
        >>> lex.is_negative("ett arkiv för äldre dokument", "target-group", "aldre")
        True
        >>> lex.is_negative("stöd till äldre personer", "target-group", "aldre")
        False
        """
        return not any(t.scheme == scheme and t.code == code for t in self.tag(phrase)) and any(
            t.scheme == scheme and t.code == code for t in self._tag(phrase)
        )

    def cue_forms(self) -> dict[str, str]:
        """Stem of each one-word Swedish resource-form label → its form code.

        Layouts can ask whether a noun, in any inflection, is a form cue:

        >>> cues = Lexicon.from_dir().cue_forms()
        >>> cues[stem("guiderna")], cues[stem("Filmerna")], cues[stem("enkäten")]
        ('guide', 'film', 'enkat')
        """
        return dict(self._form_stems)

    def forms_in(self, text: str) -> list[Tag]:
        """Resource forms named in ``text``: labels as :meth:`tag` finds them, and any inflection
        of a one-word form label (the Swedish stemmer), in text order.

        >>> [(t.code, t.surface) for t in Lexicon.from_dir().forms_in("Guiderna och filmen om SIP")]
        [('guide', 'Guiderna'), ('film', 'filmen')]
        """
        found = [t for t in self.tag(text) if t.scheme == "resource-form"]
        taken = [(t.start, t.end) for t in found]
        for m in _WORD.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            code = self._form_stems.get(stem(m.group()))
            if code is not None:
                found.append(Tag("resource-form", code, m.group(), m.start(), m.end()))
        return sorted(found, key=lambda t: t.start)

    def is_self_reference(self, words: str) -> bool:
        """Whether a sentence speaks of the item itself: its first three words hold a pronoun, a
        generic noun (:data:`SELF_WORDS`) or a form noun in definite form ("Två av filmerna"),
        or it says whom the item is for (:data:`PURPOSE_CUES`).

        >>> lex = Lexicon.from_dir()
        >>> lex.is_self_reference("Guiden tar sin"), lex.is_self_reference("Modellen har")
        (True, True)
        >>> lex.is_self_reference("Arbetet har skett"), lex.is_self_reference("Guide för")
        (False, False)
        >>> lex.is_self_reference("SKL åtog sig att genomföra ett projekt i syfte att undersöka BUP.")
        False
        """
        tokens = _WORD.findall(words)[:3]
        for token in tokens:
            low = token.lower()
            if low in SELF_WORDS:
                return True
            definite = low.endswith(("en", "et", "na", "n"))
            if definite and stem(low) in self._form_stems:
                return True
        folded = fold(words)
        # "… att genomföra ett projekt i syfte att …": the purpose of a thing the sentence
        # introduces (an indefinite noun right before the cue) is that thing's, not the item's.
        return any(
            not _INTRODUCED.search(folded[: m.start()])
            for cue in PURPOSE_CUES
            for m in re.finditer(re.escape(fold(cue)), folded)
        )

    # -- tagging ----------------------------------------------------------------------

    def tag(self, text: str) -> list[Tag]:
        """Concepts whose labels occur in ``text``, in text order, without negative forms.

        >>> lex = Lexicon.from_dir()
        >>> [(t.code, t.surface) for t in lex.tag("den specialiserade barn- och ungdomspsykiatrins insatser")]
        [('bup', 'barn- och ungdomspsykiatrins')]
        >>> [t.code for t in lex.tag("personal inom BUP och skolsköterskor")]
        ['personal', 'bup', 'elevhalsopersonal']
        >>> lex.tag("Vårdguiden ger råd om hälsa och bup")
        []
        """
        tags, folded, offsets = self._tag_all(text)
        return self._drop_not_labels(tags, folded, offsets)

    def _tag(self, text: str) -> list[Tag]:
        return self._tag_all(text)[0]

    def _tag_all(self, text: str) -> tuple[list[Tag], str, list[int] | None]:
        """Every label occurrence, with the folded text and its offsets."""
        folded, offsets = _fold_with_offsets(text)
        blocked = [m.span() for m in _URL.finditer(folded)]
        tokens = [m.span() for m in _WORD.finditer(folded)]
        n = len(tokens)
        tags: list[Tag] = []
        i = 0
        while i < n:
            start, first_end = tokens[i]
            word = folded[start:first_end]
            if _inside(start, blocked):
                i += 1
                continue
            matched = False
            if word in self._first_words:
                for j in range(min(i + self._max_words, n) - 1, i - 1, -1):
                    end = tokens[j][1]
                    key = folded[start:end]
                    if j > i and "  " in key:
                        key = " ".join(key.split())
                    entries = self._index.get(key)
                    if not entries:
                        continue
                    o_start, o_end = _original_span(start, end, offsets, len(text))
                    surface = text[o_start:o_end]
                    found = _accept(entries, surface)
                    if found:
                        tags.extend(Tag(s, c, surface, o_start, o_end, weak) for s, c, weak in found)
                        i = j
                        matched = True
                        break
            if not matched and len(word) >= _MIN_STEMMED:
                tags.extend(self._stemmed(text, start, first_end, offsets))
            i += 1
        return tags, folded, offsets

    def _stemmed(self, text: str, start: int, end: int, offsets: list[int] | None) -> list[Tag]:
        """Concepts of which the word at folded ``start:end`` is an inflection of a one-word label.

        Stemmed with its diacritics (folded, "åldrar", ages, would meet "äldre"). An inflection
        keeps the label but for its last letter ("guide" → "guiden", "skola" → "skolor"); a
        participle shares only the stem ("beslutsfattande" is no "beslutsfattare").
        """
        o_start, o_end = _original_span(start, end, offsets, len(text))
        surface = text[o_start:o_end]
        low = surface.lower()
        entries = self._stem_index.get(stem(surface), ())
        hits: dict[tuple[str, str], bool] = {}
        for e in entries:
            if low.startswith(e.label.lower()[:-1]):
                hits[(e.scheme, e.code)] = hits.get((e.scheme, e.code), True) and e.passing
        return [Tag(s, c, surface, o_start, o_end, weak) for (s, c), weak in sorted(hits.items())]

    def _drop_not_labels(self, tags: list[Tag], folded: str, offsets: list[int] | None) -> list[Tag]:
        """Tags that lie inside a ``pg:notLabel`` phrase of their own concept are dropped."""
        spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for t in tags:
            key = (t.scheme, t.code)
            if key in self._not_labels and key not in spans:
                found = [m.span() for m in self._not_labels[key].finditer(folded)]
                if offsets is not None:
                    found = [(offsets[a], offsets[b - 1] + 1) for a, b in found]
                spans[key] = found
        return [t for t in tags if not any(a <= t.start and t.end <= b for a, b in spans.get((t.scheme, t.code), ()))]


def _original_span(start: int, end: int, offsets: list[int] | None, length: int) -> tuple[int, int]:
    """The span in the original text of the folded span ``start:end``."""
    if offsets is None:
        return start, end
    return offsets[start], offsets[end] if end < len(offsets) else length


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


def _accept(entries: list[_Entry], surface: str) -> list[tuple[str, str, bool]]:
    """(scheme, code, passing) of the entries a surface matches; passing only if every
    matching label of that concept is a ``pg:mentionLabel``."""
    normalised = " ".join(surface.split())
    found: dict[tuple[str, str], bool] = {}
    for e in entries:
        if e.case_sensitive and normalised != e.label:
            continue
        key = (e.scheme, e.code)
        found[key] = found.get(key, True) and e.passing
    return [(s, c, weak) for (s, c), weak in found.items()]


_STEMMER = snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball Swedish stem of a word, lower-cased: inflections of a noun share it.

    >>> stem("Guiden"), stem("guider"), stem("modellerna"), stem("verktyget")
    ('guid', 'guid', 'modell', 'verktyg')
    """
    return str(_STEMMER.stemWord(word.lower()))


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


@lru_cache(maxsize=8)
def scheme_annotations(scheme: str, prop: str, vocab_dir: Path = VOCAB_DIR) -> tuple[tuple[str, str | None], ...]:
    """(value, language) of annotation property ``prop`` (a ``pg:`` local name) on the concept scheme
    ``scheme`` (its notation) and on its concepts, sorted; for annotations that are not labels,
    such as the actor types' ``pg:headWord``.

    >>> ("förbundet", "sv") in scheme_annotations("actor-type", "headWord")
    True
    """
    graph = Graph()
    for path in sorted(Path(vocab_dir).glob("*.ttl")):
        graph.parse(path, format="turtle")
    schemes = [s for s in graph.subjects(SKOS.notation, Literal(scheme)) if (s, RDF.type, SKOS.ConceptScheme) in graph]
    subjects = set(schemes) | {c for s in schemes for c in graph.subjects(SKOS.inScheme, s)}
    values = {
        (str(lit), lit.language)
        for subject in subjects
        for lit in graph.objects(subject, URIRef(PG + prop))
        if isinstance(lit, Literal)
    }
    return tuple(sorted(values, key=lambda v: (v[0], v[1] or "")))


@lru_cache(maxsize=8)
def class_annotations(cls: str, prop: str, vocab_dir: Path = VOCAB_DIR) -> tuple[str, ...]:
    """Swedish values of annotation property ``prop`` (a ``pg:`` local name) on the ontology class
    ``cls`` of ``ontology/psykgraf.ttl``, sorted: the words that name the field of the national
    agreements (``pg:fieldWord`` on ``pg:Agreement``) and the like.

    >>> class_annotations("Agreement", "fieldWord")
    ('psykisk hälsa', 'psykisk ohälsa', 'psykiska hälsa', 'suicidprevention')
    """
    graph = Graph()
    graph.parse(vocab_dir.parent / "psykgraf.ttl", format="turtle")
    return tuple(
        sorted(
            str(lit)
            for lit in graph.objects(URIRef(PG + cls), URIRef(PG + prop))
            if isinstance(lit, Literal) and lit.language in (None, "sv")
        )
    )


@lru_cache(maxsize=8)
def term_annotations(prop: str, vocab_dir: Path = VOCAB_DIR) -> tuple[tuple[str, str], ...]:
    """(term IRI, Swedish value) of annotation property ``prop`` (a ``pg:`` local name) on every
    term of ``ontology/psykgraf.ttl``, classes, properties and the standard terms it annotates
    alike, sorted: the header words of table columns (``pg:columnWord``) and the like.

    >>> ("https://schema.org/startDate", "datum") in term_annotations("columnWord")
    True
    """
    graph = Graph()
    graph.parse(vocab_dir.parent / "psykgraf.ttl", format="turtle")
    return tuple(
        sorted(
            (str(subject), str(lit))
            for subject, lit in graph.subject_objects(URIRef(PG + prop))
            if isinstance(subject, URIRef) and isinstance(lit, Literal) and lit.language in (None, "sv")
        )
    )
