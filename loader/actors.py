"""Organisation recognition: the curated actor lexicon, generic name patterns and role phrases.

>>> lex = ActorLexicon([ActorEntry("skr", "Sveriges Kommuner och Regioner", ("SKL", "SKR"), "civilsamhalle")])
>>> [(h.slug, h.surface, h.known) for h in lex.find("SKL och Grums kommun")]
[('skr', 'SKL', True), ('grums-kommun', 'Grums kommun', False)]
>>> lex.resolve("sveriges kommuner och regioner")
'skr'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, RDF, SKOS

from loader.grammar import (
    ADJECTIVE_ENDINGS,
    AUXILIARIES,
    COMPASS_ADJECTIVES,
    DEFINITE_ENDINGS,
    DEMONSTRATIVES,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    PREPOSITIONS,
    PRONOUNS,
    finite_verb,
)
from loader.lexicon import Lexicon, class_annotations, scheme_annotations, term_annotations
from loader.model import ROLES
from loader.text import fold, quote, slugify

__all__ = [
    "COUNTY_BRANCH",
    "ActorEntry",
    "ActorHit",
    "ActorLexicon",
    "actor_cue_nouns",
    "actor_roles",
    "guess_type",
    "sector_heading",
    "unit_noun",
    "vocabulary_tagged",
    "workplace",
]

_PG = Namespace("https://w3id.org/psykgraf/ontology#")
_DCMITYPE = Namespace("http://purl.org/dc/dcmitype/")
_ACTOR_BASE = "https://w3id.org/psykgraf/id/actor/"
_TYPE_BASE = "https://w3id.org/psykgraf/vocab/actor-type/"


@dataclass(frozen=True)
class ActorEntry:
    """One organisation of the lexicon: slug, Swedish preferred label, variants, type."""

    slug: str
    pref_label: str
    aliases: tuple[str, ...] = ()
    actor_type: str | None = None
    part_of: str | None = None
    label_en: str | None = None
    #: A service an organisation runs (``dcterms:type dcmitype:Service``: "1177 Vårdguiden"): named in
    #: running text it is the service people use, not an actor; a role frame still names it.
    service: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.pref_label, *self.aliases)

    @property
    def label(self) -> str:
        """The Swedish preferred label (``skos:prefLabel`` @sv)."""
        return self.pref_label


@dataclass(frozen=True)
class ActorHit:
    """An organisation name found in a text; ``known`` is False for pattern-only finds."""

    slug: str
    surface: str
    start: int
    end: int
    known: bool
    name: str = ""  # a generic pattern's normalised name ("Norra sjukvårdsregionen" for "sjukvårdsregion (Norra)")


# A capitalised proper-name word (Swedish letters, inner hyphens allowed).
_W = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖa-zåäöé]+)*"
# Space inside a name: blanks, or one line break (wrapped text; a blank line ends a name).
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# Capitalised words that start sentences before "kommun" etc. but are no names: the grammar words
# (articles, pronouns, quantifiers, number words …; not the auxiliaries: "Vara kommun" is a municipality)
# and these words of the field.
_GRAMMAR_STOP = (FUNCTION_WORDS - AUXILIARIES) | frozenset(NUMBER_WORDS)  # compared with diacritics ("våra" ≠ "Vara")
_STOP = frozenset(
    fold(w)
    for w in (
        "Allmän Anslutna Berörda Deltagande Egen Fler Hela Kommun Kommunen Landsting Landstinget Län Länets "
        "Nationell Olika Per Pilot Region Regionen Respektive Samtliga Stad Staden Sveriges Svensk Svenska "
        "Undersök Universitet Myndigheter Nätverket Ramverket Regelverket Hantverket"
    ).split()
)

# A capitalised weak adjective (in "-a") opening a two-word place name, not a grammar or stop word:
# "Östra" of "Östra Göinge kommun", "Lilla" of "Lilla Edets kommun" (not "Samtliga", "Alla", "Svenska").
_WEAK_ADJ = (
    r"(?:(?!(?i:"
    + "|".join(sorted({w for w in _GRAMMAR_STOP | _STOP if w.endswith("a")}, key=lambda w: (-len(w), w)))
    + r")\s)[A-ZÅÄÖ][a-zåäö]+a\s+(?=[A-ZÅÄÖ]))?"
)

# The field an agency's name is "för": noun phrases with a shared-suffix compound ("vård- och
# omsorgsanalys"), adjectives ("medicinsk och social utvärdering") and one place ("i hälso- och
# sjukvården"). Lower-case only: a capitalised word starts the next name.
_LOW = r"[a-zåäöé]+"
_ADJ = r"[a-zåäöé]+(?:ad|ig|isk|sk|ell|al|är|iv)"
_NP = rf"(?:{_LOW}-\s+(?:och|eller)\s+)?(?:{_ADJ}\s+)*{_LOW}"
_AGENCY_FIELD = rf"{_NP}(?:\s+och\s+{_NP})?(?:\s+i\s+{_NP})?"

# (regex, how to normalise the match into a name); group "n" is the proper name.
_GENERIC: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rx.replace(r"\s+", _SP)), fmt)
    for rx, fmt in (
        (rf"Länsstyrelsen\s+i\s+(?P<n>{_W}(?:\s+län)?)", "Länsstyrelsen i {n}"),
        (rf"Landstinget\s+i\s+(?P<n>{_W}(?:\s+län)?)", "Landstinget i {n}"),
        (rf"(?P<n>{_W}s)\s+läns\s+landsting\b", "{n} läns landsting"),
        (rf"(?P<n>{_W})\s+[Ll]andsting\b", "{n} landsting"),
        # A county's association of municipalities or regions: "Dalarnas kommunförbund".
        (rf"(?P<n>{_W}s(?:\s+läns)?)\s+(?P<f>kommunförbund|regionförbund)\b", "{n} {f}"),
        # The association itself with a capital "K" ("Skånes Kommuner", "Västmanlands Kommuner"); in
        # lower case ("Dalarnas kommuner") the county's municipalities, no one organisation.
        (rf"(?P<n>{_W}s)\s+Kommuner\b", "{n} Kommuner"),
        (rf"Region\s+(?P<n>{_W}(?:\s+{_W})?(?:\s+län)?)", "Region {n}"),
        (rf"Högskolan\s+i\s+(?P<n>{_W})", "Högskolan i {n}"),
        # The Police Authority's seven regions: "Polisregion Bergslagen", "Polisregion Nord".
        (rf"Polisregion\s+(?P<n>{_W})", "Polisregion {n}"),
        # A research and development unit named by the area it serves: "FoU Sydväst", "FoU Sörmland".
        (rf"FoU\s+(?P<n>{_W}(?:\s+{_W})?(?:\s+län)?)(?![\w-])", "FoU {n}"),
        # … or by "i" and its area, as "Högskolan i X": "FoU i Sörmland", "FoU i Väst".
        (rf"FoU\s+i\s+(?P<n>{_W}(?:\s+{_W})?(?:\s+län)?)(?![\w-])", "FoU i {n}"),
        # The police's local areas and the regional care-collaboration bodies, named by their area:
        # "Lokalpolisområde Norra Bohuslän", "Polisområde Skaraborg", "Vårdsamverkan Fyrbodal".
        (rf"(?P<f>Lokalpolisområde|Polisområde|Vårdsamverkan)\s+(?P<n>{_W}(?:\s+{_W})?)", "{f} {n}"),
        # A specialist clinic named by its branch, in the definite form or as "BUP", and the place or
        # area it serves, on one line: "BUP Nordost", "Vuxenpsykiatrin Hässleholm" (the sets annotate
        # such clinics as actors or mentions, never as places).
        (rf"(?P<f>BUP|[A-ZÅÄÖ][a-zåäö]*psykiatrin)[ \t]+(?P<n>{_W})(?![\w-])", "{f} {n}"),
        # A region's psychiatric service named "Psykiatri" and its area, a weak adjective opening a two-word
        # area: "Psykiatri Södra Bohuslän", "Psykiatri Nordväst" (the indefinite branch as a proper name).
        (rf"(?P<f>Psykiatri)[ \t]+(?P<n>{_WEAK_ADJ}{_W})(?![\w-])", "{f} {n}"),
        # The genitive "-s" ("Kalmar kommuns plan", "Västerås stads riktlinjer") is no part of the name.
        # A capitalised weak adjective before the place is part of the municipality's name ("Östra
        # Göinge kommun", "Lilla Edets kommun"); a quantifier ("Samtliga") or stop word is not.
        (rf"(?P<n>{_WEAK_ADJ}{_W})\s+[Kk]ommun(?=s?\b)", "{n} kommun"),
        (rf"(?P<n>{_W})\s+[Ss]tad(?=s?\b)", "{n} stad"),
        # A parish of the Church of Sweden is named by its place as a municipality is: "Västerviks
        # församling", "Tierps församling" (the genitive "-s" of the place is part of the name).
        (rf"(?P<n>{_W}s)\s+församling(?=s?\b)", "{n} församling"),
        # A city district's administration or committee: "Angereds Stadsdelsförvaltning",
        # "Rinkeby-Kista stadsdelsnämnd".
        (rf"(?P<n>{_W}\s+[Ss]tadsdels(?:förvaltning|nämnd)(?:en)?)\b", "{n}"),
        # A university or college may be named by several capitalised words ("Ersta Sköndal Bräcke
        # högskola"); see _school_name for the words that may open such a name.
        (rf"(?P<n>(?:{_W}\s+){{0,2}}{_W})\s+[Uu]niversitet\b", "{n} universitet"),
        (rf"(?P<n>(?:{_W}\s+){{0,2}}{_W})\s+[Hh]ögskola\b", "{n} högskola"),
        # A sports club named by its town and the abbreviation of its form (Idrottsklubb, Idrottsförening,
        # Bollklubb, Fotbollsförening, Gymnastik- och idrottsförening): "Storfors IK", "Leksands IF".
        (rf"(?P<n>{_W})\s+(?P<f>IK|IF|BK|FF|GIF)(?![\w-])", "{n} {f}"),
        # A school named by its town, the noun in lower case after it: "Strömstad akademi", "Mora gymnasium".
        (rf"(?P<n>{_W})\s+(?P<f>akademi|gymnasium)\b", "{n} {f}"),
        (r"(?P<n>[A-ZÅÄÖ][a-zåäöé]+universitetet)\b", "{n}"),
        (r"(?P<n>[A-ZÅÄÖ][a-zåäöé]+(?:myndigheten|verket|inspektionen|ombudsmannen))\b", "{n}"),
        (r"(?P<n>[A-ZÅÄÖ][a-zåäöé]+departementet)\b", "{n}"),
        # Swedish style writes ministries in lower case ("en satsning från arbetsmarknadsdepartementet").
        (r"(?<![\w-])(?P<n>[a-zåäö]{4,}departementet)s?\b", "{n}"),
        # Genitives of agency and ministry names ("Utrikesdepartementets nätverk").
        (r"(?P<n>[A-ZÅÄÖ][a-zåäöé]+(?:departementet|myndigheten|verket|inspektionen))s\b", "{n}"),
        # Hyphenated agency names ("E-hälsomyndigheten").
        (r"(?P<n>[A-ZÅÄÖ][A-Za-zåäöé]*-[a-zåäöé]+(?:myndigheten|verket|inspektionen))(?=s?\b)", "{n}"),
        # "Malmö:s kommun" is Malmö kommun.
        (rf"(?P<n>{_W}):s\s+[Kk]ommun\b", "{n} kommun"),
        # The six healthcare regions: "Norra sjukvårdsregionen", "Sjukvårdsregion Norr".
        (rf"(?P<n>{_W})\s+sjukvårdsregionen\b", "{n} sjukvårdsregionen"),
        (rf"Sjukvårdsregion(?:en)?\s+(?P<n>{_W})", "Sjukvårdsregion {n}"),
        # The region's name in parentheses after the noun: "En hälso- sjukvårdsregion (Norra) har testat …".
        (rf"(?<![A-ZÅÄÖ])sjukvårdsregion(?:en)?\s*\((?P<n>{_W})\)", "{n} sjukvårdsregionen"),
        # The administration of a named region or municipality, capitalised as a name ("Hälso- och
        # Sjukvårdsförvaltningen Stockholms läns landsting"); without its owner it is any municipality's.
        (
            r"(?P<n>(?:[A-ZÅÄÖ][a-zåäö]+-\s+och\s+[A-Za-zåäö]|[A-ZÅÄÖ])[a-zåäö]+förvaltningen)(?=s?\s+(?:(?:i|inom|på|vid)\s+)?"
            r"(?:Region\s|[A-ZÅÄÖ][a-zåäö]+s?\s+(?:kommun|stad|läns|landsting)\b))",
            "{n}",
        ),
        # "Statens institutionsstyrelse", "Statens beredning för …": "Statens" + an agency noun.
        (
            r"Statens\s+(?P<n>[a-zåäö]*(?:styrelse|styrelsen|verk|institut|beredning|nämnd|råd|inspektion"
            r"|myndighet|kommission|kontor|centrum)(?:\s+för\s+" + _AGENCY_FIELD + r")?)\b",
            "Statens {n}",
        ),
        # "Myndigheten för delaktighet", "Delegationen för ökad tillgänglighet i hälso- och sjukvården".
        (
            r"(?P<n>(?:Myndigheten|Delegationen|Inspektionen|Kommittén|Nämnden|Rådet|Centrum|Centret|Institutet)"
            r"\s+för\s+" + _AGENCY_FIELD + r")(?![\w-])",
            "{n}",
        ),
    )
)


#: An abbreviation's genitive (Swedish writes it with a colon, "UPH:s") and a lower-case noun after it.
_OWNED_NOUN = re.compile(r" +(?P<noun>[a-zåäö]{5,})(?![\w-])")


def _owned_council(text: str, start: int, end: int) -> int | None:
    """Where the name of an organisation's council ends, when the abbreviation at ``text[start:end]``
    owns one in the genitive: "UPH:s ungdomsråd", "SKR:s brukarråd" (a compound whose head is a
    body's noun of ``pg:headWord``, "rådet", "nämnden"; a network or a group, "SKR:s nätverk", is
    what the organisation runs, not a named body). A council named after it ("SKR:s ungdomsråd Unga
    röster") or describing a name before it ("Unga röster – SKR:s ungdomsråd") is that name's.

    >>> t = "UPH:s ungdomsråd har granskat materialen. SKR:s nätverk träffades."
    >>> _owned_council(t, 0, 3), _owned_council(t, 0, 5), _owned_council(t, 42, 45)
    (16, 16, None)
    >>> _owned_council("Där deltog SKR:s brukarråd.", 11, 14)
    26
    >>> _owned_council("SKR:s ungdomsråd Unga röster", 0, 3), _owned_council("Unga röster – SKR:s ungdomsråd", 14, 17)
    (None, None)
    """
    if text[end - 2 : end] != ":s":  # the lexicon's name may take its genitive in
        end += 2 if text[end : end + 2] == ":s" else 0
    m = _OWNED_NOUN.match(text, end)
    if m is None or text[end - 2 : end] != ":s" or not text[start : end - 2].isupper():
        return None
    noun = m.group("noun")
    _, heads = _unit_heads()
    definite = [noun + "et", noun + "en"]
    council = any(d.endswith(h) and len(d) - len(h) >= 3 for d in definite for h in heads) and not any(
        fold(d).endswith(stop) for d in definite for stop in _STOP_HEADS
    )
    if not council or re.match(r" +[A-ZÅÄÖ]", text[m.end() :]) or re.search(r"\w\s*(?:[–—]|\s-)\s*$", text[:start]):
        return None
    return m.end()


#: The school patterns of ``_GENERIC``: a name, then a university's or college's noun.
_SCHOOL_END = re.compile(r"(?:universitet|högskola|akademi|gymnasium)$", re.IGNORECASE)


def _owners_school(text: str, start: int, end: int) -> bool:
    """Whether a known organisation named in the genitive at ``text[start:end]`` opens the name of its
    school or university: "Röda Korsets högskola", "Ersta diakonis högskola" name a college of their
    own (an organisation owning another is not that one), while "Röda Korsets arbete" is the owner's.

    >>> _owners_school("Följeforskning av Röda Korsets högskola i Ledstången.", 18, 30)
    True
    >>> _owners_school("Röda Korsets arbete med unga", 0, 12), _owners_school("Röda Korset och Bris", 0, 11)
    (False, False)
    """
    if not text[start:end].endswith("s"):
        return False
    for rx, _ in _GENERIC:
        found = rx.match(text, start)
        if found is not None and found.end() > end and _SCHOOL_END.search(found.group()):
            return True
    return False


def _org_head() -> re.Pattern[str]:
    """The head words of organisation names (``pg:headWord`` of the actor-type vocabulary) as one
    pattern: a Swedish head ends a word ("Vetenskapsrådet"), an English head is a whole word.

    >>> bool(_org_head().search("Nationellt centrum för suicidforskning")), bool(_org_head().fullmatch("Riksförbundet"))
    (True, True)
    >>> bool(_org_head().search("Global Health Foundation")), bool(_org_head().search("Samordnad individuell plan"))
    (True, False)
    """
    heads = scheme_annotations("actor-type", "headWord")
    ending = sorted({w for w, lang in heads if lang == "sv"}, key=lambda w: (-len(w), w))
    whole = sorted({w for w, lang in heads if lang != "sv"}, key=lambda w: (-len(w), w))
    if not ending and not whole:
        raise ValueError("actor-type vocabulary: no pg:headWord values")
    parts = ([r"\w*(?:" + "|".join(map(re.escape, ending)) + ")"] if ending else []) + [re.escape(w) for w in whole]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


#: Head words that make a name an organisation's ("Nationellt centrum för …", "… Foundation"), for
#: names the lexicon does not know that a text defines with an abbreviation: "Name (ABBR)". The
#: words are the ``pg:headWord`` values of ``ontology/vocab/actor-type.ttl``.
ORG_HEAD = _org_head()

#: The actor-type scheme whose ``pg:namePattern`` values say what a name's shape suggests.
_ACTOR_TYPES = Path(__file__).resolve().parent.parent / "ontology" / "vocab" / "actor-type.ttl"


@lru_cache(maxsize=4)
def type_rules(path: Path = _ACTOR_TYPES) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, actor-type code) from ``pg:namePattern``, in ``pg:patternOrder``: first match wins.

    >>> [code for _, code in type_rules()][:3]
    ['lan', 'region', 'kommun']
    """
    g = Graph().parse(path, format="turtle")
    rules: list[tuple[int, str, str]] = []
    for concept, rx in g.subject_objects(_PG.namePattern):
        order = g.value(concept, _PG.patternOrder)
        code = g.value(concept, SKOS.notation)
        if isinstance(rx, Literal) and code is not None:
            rules.append((int(order) if isinstance(order, Literal) else 1000, str(code), str(rx)))
    try:
        return tuple((re.compile(rx, re.IGNORECASE), code) for _, code, rx in sorted(rules))
    except re.error as exc:
        raise ValueError(f"{path}: bad pg:namePattern: {exc}") from exc


def guess_type(name: str) -> str | None:
    """Actor-type code suggested by the shape of an organisation name.

    >>> guess_type("Grums kommun"), guess_type("Region Jämtland Härjedalen")
    ('kommun', 'region')
    >>> guess_type("Örebro universitet"), guess_type("Länsstyrelsen i Skåne län")
    ('larosate', 'lan')
    >>> guess_type("Mind") is None
    True
    """
    name = name.strip()
    for rx, code in type_rules():
        if rx.search(name):
            return code
    return None


def _is_abbreviation(name: str) -> bool:
    return " " not in name


def _name_pattern(name: str) -> str:
    """Regex for one name: abbreviations and single words exactly, longer names case-tolerant
    after a first letter that keeps its case (so "Mod och Mening" never matches prose)."""
    tokens = [re.escape(t) for t in name.split()]
    body = r"\s+".join(tokens)
    if _is_abbreviation(name):
        return body
    return body[0] + "(?i:" + body[1:] + ")" if body[0] != "\\" else "(?i:" + body + ")"


#: A county right after a name ("Uppdrag psykisk hälsa Stockholms län", "NSPH Stockholms län"): the
#: county branch, another organisation than the national one the lexicon knows.
COUNTY_BRANCH = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?[A-ZÅÄÖ][a-zåäö]+s\s+län\b")

# "National Institute for Health and Welfare, Finland - THL": a name, maybe a place after a comma,
# then a dash and an abbreviation.
_NAME_PLACE_ABBR = re.compile(r"(?P<head>[^,–-]+?)(?:, [^,–-]+)? [-–] (?P<abbr>[A-ZÅÄÖ][A-Za-zÅÄÖ]{1,7})")

# Before a name: no letter, digit, dot, slash or @ (URLs, e-mail addresses, compounds).
_LEFT = r"(?<![\w./@-])"
# After a name: an optional genitive, then no letter or URL/e-mail continuation.
_RIGHT = r"(?::s|s)?(?![\w@]|\.[a-z])"


# "och"/"samt" and the word after it (and the next word, to tell a verb from a participle).
_AND_WORD = re.compile(r"\s+(?:och|samt)\s+([a-zåäöé]+)(?=(?:\s+(\S+))?)")


#: A field label opening inside a name read over a joined line: a capitalised word (and at most two
#: lower-case words) and a colon ("År: 2032", "Första halvåret: 412 unga").
_LABEL_AT = re.compile(r"[A-ZÅÄÖ][a-zåäöé]*(?: [a-zåäöé]+){0,2}:(?:\s|$)")


def _label_cut(text: str, start: int, end: int) -> int:
    """Where a name matched over ``text[start:end]`` ends: before a later word that opens a field label
    (a form's or a list's "Label: value" fields each start a line, which a description joins with a space:
    "Målgrupp: verksamhetschefer inom BUP År: 2032" names "BUP", not "BUP År").

    >>> t = "inom BUP År: 2032"
    >>> t[5 : _label_cut(t, 5, 11)]
    'BUP'
    >>> t = "och Vårdcentralen Kronogården Första halvåret: 412 unga"
    >>> t[4 : _label_cut(t, 4, 36)]
    'Vårdcentralen Kronogården'
    >>> t = "Region Västra Götaland"
    >>> _label_cut(t, 0, len(t)) == len(t)
    True
    >>> t = "Med Vårdcentralen Kronogården: 412 unga"
    >>> _label_cut(t, 4, 29) == 29
    True
    """
    for w in re.finditer(r"(?<= )[A-ZÅÄÖ]", text[:end]):
        if w.start() > start and (label := _LABEL_AT.match(text, w.start())):
            words = label.group(0).rstrip().rstrip(":").split()
            # one capitalised word before a colon is a label only when the vocabulary knows it as one
            # ("År:"); else it ends the name itself ("Vårdcentralen Kronogården: 412 unga")
            if len(words) > 1 or fold(words[0]) in _label_words():
                return len(text[: w.start()].rstrip())
    return end


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    """Folded one-word field and column labels of the vocabulary (``pg:fieldLabel``, ``pg:columnWord``)."""
    return frozenset(
        fold(label) for kind in ("fieldLabel", "columnWord") for _, label in term_annotations(kind) if " " not in label
    )


def _clause_end(text: str, start: int, end: int) -> int:
    """Where a name matched over ``text[start:end]`` ends: before "och"/"samt" + a finite verb, which
    starts a new clause ("Myndigheten för delaktighet och bidrog till …" names "Myndigheten för delaktighet").

    >>> t = "Myndigheten för delaktighet och bidrog till arbetet"
    >>> t[: _clause_end(t, 0, 38)]
    'Myndigheten för delaktighet'
    >>> t = "Centrum för suicidforskning och prevention i"
    >>> t[: _clause_end(t, 0, 42)]
    'Centrum för suicidforskning och prevention'
    """
    for m in _AND_WORD.finditer(text, start):
        if m.start() >= end:
            break
        if finite_verb(m.group(1), m.group(2) or ""):
            return m.start()
    return end


def _acronym_word(name: str) -> str | None:
    """An acronym of four or more capitals written as a word, with only its first capital ("SPES" ->
    "Spes", "BRIS" -> "Bris"): Swedish spelling lets an acronym that is said as a word be written
    so (Språkrådet: "Nato", "Unicef"), and reports do. Shorter acronyms ("SKR", "UPH") are spelled
    out letter by letter and keep their capitals.

    >>> _acronym_word("SPES"), _acronym_word("SKR"), _acronym_word("Region Skåne"), _acronym_word("SFBUP")
    ('Spes', None, None, 'Sfbup')
    """
    if len(name) < 4 or not name.isalpha() or not name.isupper():
        return None
    return name[0] + name[1:].lower()


#: "Region <Place>", "<Place>s län": the place of a region's or county's name.
REGION_PLACE = re.compile(r"^Region (?P<p>[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?)$|^(?P<c>[A-ZÅÄÖ][a-zåäö]+)s län$")
#: A compass adjective opening a part of a county or landscape: "Östra Värmland", "Norra Bohuslän".
_COMPASS_WORD = re.compile("|".join(COMPASS_ADJECTIVES))
#: One or two capitalised words right after a name: the place a branch is named by.
PLACE_AFTER = re.compile(r" (?P<p>[A-ZÅÄÖ][a-zåäö]+(?: [A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])")


def branch_name(
    text: str, start: int, end: int, places: frozenset[str], civil: bool = False, local: bool = False
) -> str | None:
    """The name of a regional or local branch of the organisation named ``text[start:end]``: its
    short name of one word followed by a place ("NSPH Västmanland", "SPES Jämtland", "Attention
    Västerås") names the branch, a body of its own, not the national organisation (the Swedish
    convention for a national association's county and local branches); else None.

    >>> branch_name("med NSPH Blekinge och SKR", 4, 8, frozenset({"Blekinge"}))
    'NSPH Blekinge'
    >>> branch_name("NSPH Jämtland Härjedalen deltar", 0, 4, frozenset({"Jämtland", "Jämtland Härjedalen"}))
    'NSPH Jämtland Härjedalen'
    >>> branch_name("NSPH Västerbotten", 0, 4, frozenset({"Blekinge"})) is None
    True
    >>> branch_name("NSPH Norrby län deltar", 0, 4, frozenset({"Norrby"}))
    'NSPH Norrby län'

    An association's name of several words takes its place the same way ("Röda Korset Norrköping",
    "Hela Människan Östra Värmland") when ``civil`` says the organisation is one of civil society
    (only associations have local branches named so; "Region Skåne Malmö" is two bodies). With
    ``local``, "i" and a place of the report after any organisation's name ("Svenska kyrkan i Hjo",
    "Polisen i Västmanland", "Försäkringskassan i Trelleborg") name its local parish or office:

    >>> branch_name("– Hela Människan Östra Värmland", 2, 16, frozenset({"Värmland"}), civil=True)
    'Hela Människan Östra Värmland'
    >>> branch_name("Region Skåne Malmö", 0, 12, frozenset({"Malmö"})) is None
    True
    >>> branch_name("drivs av Svenska kyrkan i Hjo tillsammans", 9, 23, frozenset({"Hjo"}), local=True)
    'Svenska kyrkan i Hjo'
    >>> branch_name("drivs av Svenska kyrkan i Sverige", 9, 23, frozenset({"Hjo"}), local=True) is None
    True
    """
    short = text[start:end]
    if not places or not short:
        return None
    link = " i" if local and text.startswith(" i ", end) else ""
    if " " in short.strip() and not (civil or link):
        return None
    m = PLACE_AFTER.match(text, end + len(link))
    if m is None:
        return None
    words = m.group("p").split()
    place = m.group("p") if m.group("p") in places else words[0]
    # "Östra Värmland": a compass adjective and a place of the report name a part of that place.
    compass = len(words) == 2 and words[1] in places and bool(_COMPASS_WORD.fullmatch(words[0]))
    if compass:
        place = m.group("p")
    elif place not in places:
        return None
    county = re.match(r" län(?![\w-])", text[end + len(link) + 1 + len(place) :])
    return f"{short.strip()}{link} {place}{' län' if county else ''}"


class ActorLexicon:
    """Known organisations and the matcher over their names and aliases."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self._entries: dict[str, ActorEntry] = {}
        self._keys: dict[str, str] = {}
        names: dict[str, str] = {}
        for entry in entries:
            self._entries[entry.slug] = entry
            for name in entry.names:
                names.setdefault(name, entry.slug)
                self._keys.setdefault(fold(name), entry.slug)
                if (word := _acronym_word(name)) is not None:
                    names.setdefault(word, entry.slug)
        self._slug_of = names
        ordered = sorted(names, key=lambda n: (-len(n), n))
        if ordered:
            alternatives = "|".join(f"(?:{_name_pattern(n)})" for n in ordered)
            self._rx: re.Pattern[str] | None = re.compile(f"{_LEFT}(?:{alternatives}){_RIGHT}")
        else:
            self._rx = None
        self._by_pattern = [(re.compile(_name_pattern(n)), self._slug_of[n]) for n in ordered]
        self._surface_cache: dict[str, str] = {}
        found = [m for name in names if (m := REGION_PLACE.match(name))]
        # "Jämtland Härjedalen": a branch may take either part ("NSPH Jämtland").
        #: The place names of the regions and counties the lexicon knows ("Västmanland" of
        #: "Region Västmanland"): the places a branch of a known organisation is named by.
        self.places = frozenset(
            w for m in found for w in {m.group("p") or m.group("c"), *(m.group("p") or "").split()}
        ) - {"Län"}

    @classmethod
    def load(cls, path: Path) -> ActorLexicon:
        """Read the curated Turtle file (``data/actors.ttl``)."""
        graph = Graph()
        graph.parse(path, format="turtle")
        entries = []
        for subject in sorted(set(graph.subjects(RDF.type, _PG.Actor)), key=str):
            iri = str(subject)
            if not iri.startswith(_ACTOR_BASE):
                continue
            pref_sv = pref_en = None
            for label in graph.objects(subject, SKOS.prefLabel):
                if isinstance(label, Literal) and label.language == "sv":
                    pref_sv = str(label)
                elif isinstance(label, Literal) and label.language == "en":
                    pref_en = str(label)
            if pref_sv is None:
                continue
            aliases = tuple(str(a) for a in graph.objects(subject, SKOS.altLabel))
            types = sorted(str(t) for t in graph.objects(subject, _PG.actorType))
            parts = sorted(str(p) for p in graph.objects(subject, DCTERMS.isPartOf))
            entries.append(
                ActorEntry(
                    slug=iri[len(_ACTOR_BASE) :],
                    pref_label=pref_sv,
                    aliases=tuple(sorted(aliases)),
                    actor_type=types[0][len(_TYPE_BASE) :] if types else None,
                    part_of=parts[0][len(_ACTOR_BASE) :] if parts else None,
                    label_en=pref_en,
                    service=(subject, DCTERMS.type, _DCMITYPE.Service) in graph,
                )
            )
        return cls(entries)

    @staticmethod
    def guess_type(name: str) -> str | None:
        """Actor-type code suggested by the shape of a name (see :func:`guess_type`)."""
        return guess_type(name)

    @property
    def entries(self) -> tuple[ActorEntry, ...]:
        return tuple(self._entries[s] for s in sorted(self._entries))

    def civil(self, slug: str) -> bool:
        """Whether the lexicon's organisation ``slug`` is one of civil society (an association, a
        foundation, a church): the kind whose local branches take a place after the name."""
        entry = self._entries.get(slug)
        return entry is not None and entry.actor_type == "civilsamhalle"

    def local_offices(self, slug: str) -> bool:
        """Whether the organisation ``slug`` has local parishes, branches or offices named "X i <place>"
        (an association, a church, a national agency: "Svenska kyrkan i Hjo", "Polisen i Västmanland",
        "Försäkringskassan i Trelleborg"); a region or municipality "i <place>" says where it acts."""
        entry = self._entries.get(slug)
        return entry is not None and entry.actor_type in ("civilsamhalle", "myndighet")

    def entry(self, slug: str) -> ActorEntry | None:
        """The lexicon entry for a slug, or None."""
        return self._entries.get(slug)

    def resolve(self, name: str) -> str | None:
        """Slug for any known variant of a name (or a known slug), case- and diacritic-tolerant."""
        if name in self._entries:
            return name
        key = fold(re.sub(r"[\u00ad\s]+", " ", name)).strip(" ,.;")
        for candidate in (key, re.sub(r"(?::s|s)$", "", key), re.sub(r"\s*\([^)]*\)$", "", key)):
            if candidate in self._keys:
                return self._keys[candidate]
        # A participant line "Name, Country - ABBR": the same organisation when the name and the
        # abbreviation both name it (never one of them alone: "X, Region Y - ABC" may be a branch).
        m = _NAME_PLACE_ABBR.fullmatch(re.sub(r"\s+", " ", name).strip())
        if m:
            slug = self.resolve(m.group("abbr"))
            if slug is not None and self.resolve(m.group("head")) == slug:
                return slug
        # "Riksförbundet SPES", "Föreningen Suicide Zero": the organisation's form noun in the definite
        # form before a short name the lexicon knows is that organisation, its kind spelled out.
        words = name.split(maxsplit=1)
        if len(words) == 2 and _organisation_noun(words[0]) and words[0][:1].isupper():
            slug = self.resolve(words[1])
            entry = self._entries.get(slug) if slug else None
            if entry is not None and entry.actor_type == "civilsamhalle":
                return slug
        return None

    def _known_slug(self, surface: str) -> str:
        slug = self._surface_cache.get(surface)
        if slug is None:
            bare = re.sub(r"(?::s|s)$", "", surface)
            slug = (
                next((s for rx, s in self._by_pattern if rx.fullmatch(surface) or rx.fullmatch(bare)), None)
                or self.resolve(surface)
                or slugify(surface)
            )
            self._surface_cache[surface] = slug
        return slug

    def find(self, text: str) -> list[ActorHit]:
        """Organisations named in ``text``: lexicon names first, then generic name patterns."""
        hits: list[ActorHit] = []
        taken: list[tuple[int, int]] = []
        if self._rx is not None:
            for m in self._rx.finditer(text):
                if COUNTY_BRANCH.match(text, m.end()):
                    continue  # "UPH Stockholms län": the county branch, not the organisation the lexicon knows
                known = self._known_slug(m.group())
                branch = branch_name(
                    text, m.start(), m.end(), self.places, civil=self.civil(known), local=self.local_offices(known)
                )
                if branch is not None:
                    # "NSPH Blekinge": the county branch, a body of its own, named as printed.
                    end = m.start() + len(branch)
                    hits.append(ActorHit(slugify(branch), text[m.start() : end], m.start(), end, False, branch))
                    taken.append((m.start(), end))
                    continue
                if _owners_school(text, m.start(), m.end()):
                    continue  # "Röda Korsets högskola": the organisation's school, another organisation
                if (council := _owned_council(text, m.start(), m.end())) is not None:
                    # "UPH:s ungdomsråd": the organisation's council, a body of its own named with its owner
                    name = re.sub(r"\s+", " ", text[m.start() : council])
                    hits.append(ActorHit(slugify(name), text[m.start() : council], m.start(), council, False, name))
                    taken.append((m.start(), council))
                    continue
                hits.append(ActorHit(self._known_slug(m.group()), m.group(), m.start(), m.end(), True))
                taken.append((m.start(), m.end()))
        for rx, fmt in _GENERIC:
            for m0 in rx.finditer(text):
                if (trimmed := _school_name(rx, text, m0)) is None:
                    continue
                m = trimmed
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-/."):
                    continue
                proper = m.group("n").split()[0]
                stopped = {fold(proper), fold(proper.rstrip("s")), fold(m.group("n"))} & _STOP
                if stopped or proper.lower() in _GRAMMAR_STOP:
                    continue
                end, n_end = _clause_end(text, m.start(), m.end()), m.end("n")
                # a name wraps once: a second line break inside it starts the next line of a list
                # ("Lokalpolisområde" / "Höglandet" / "Höglandsförbundet", one name a line)
                breaks = [k for k in range(m.start(), end) if text[k] == "\n"]
                if len(breaks) >= 2:
                    end = len(text[: breaks[1]].rstrip())
                n_end = min(n_end, end)
                name = fmt.format(n=re.sub(r"\s+", " ", text[m.start("n") : n_end]), f=m.groupdict().get("f"))
                name = name[:1].upper() + name[1:]  # a name written in lower case is still a name
                slug = self.resolve(name)
                surface = text[m.start() : end]
                hits.append(ActorHit(slug or slugify(name), surface, m.start(), end, slug is not None, name))
                taken.append((m.start(), end))
        for start, end in _organisation_names(text):
            if any(start < e and s < end for s, e in taken):
                continue
            name = re.sub(r"\s+", " ", text[start:end])
            slug = self.resolve(name)
            # "Name (ABBR)": a name spelled out before an abbreviation the lexicon knows is that
            # organisation ("Nationellt centrum för suicidforskning och prevention (NASP)"), found
            # by its abbreviation.
            if slug is None and (abbr := _ABBR_AFTER.match(text, end)) and self.resolve(abbr.group("a")):
                continue
            hits.append(ActorHit(slug or slugify(name), text[start:end], start, end, slug is not None, name))
            taken.append((start, end))
        # A name read on into the next field's label is cut before it (see :func:`_label_cut`).
        cut = []
        for h in hits:
            stop = h.end if h.known else _label_cut(text, h.start, h.end)
            if stop < h.end and stop > h.start:
                name = re.sub(r"\s+", " ", text[h.start : stop]).strip()
                slug = self.resolve(name)
                if slug is None and " " not in name:
                    continue  # "BUP" of "BUP År:": the pattern's noun alone names a kind, not one body
                h = ActorHit(slug or slugify(name), text[h.start : stop], h.start, stop, slug is not None, name)
            cut.append(h)
        hits = cut
        # A clinic or unit the lexicon does not know, named after a person's name and occupation, is
        # that person's workplace (see :func:`workplace`), wherever a stage looks for organisations.
        hits = [h for h in hits if h.known or not workplace(text, h, hits)]
        return sorted(hits, key=lambda h: (h.start, h.end))


#: A person's name and occupation right before an organisation: "med Måns Lööf sjuksköterska BUP Gävle",
#: "Anna Berg, psykolog vid BUP Nordost" (two capitalised words, one or two lower-case words, a place
#: preposition at most).
_BYLINE = re.compile(
    r"(?<![\w-])(?P<person>[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+),? (?P<title>[a-zåäö]{4,}(?: [a-zåäö]{4,})?),?"
    r"(?: (?:vid|på|från|inom))? $"
)


def workplace(text: str, hit: ActorHit, found: Sequence[ActorHit]) -> bool:
    """Whether ``hit`` is a person's workplace after their name and occupation (a byline): persons are
    no actors (reading guide), and their office names no role for an item.

    >>> t = "Rörelse för alla – med Måns Lööf sjuksköterska BUP Gävle."
    >>> workplace(t, ActorHit("bup-gavle", "BUP Gävle", 47, 56, False), [])
    True
    >>> t = "Modellen prövas av Region Skåne tillsammans med BUP Nordost."
    >>> workplace(t, ActorHit("bup-nordost", "BUP Nordost", 48, 59, False), [])
    False
    """
    m = _BYLINE.search(text[: hit.start])
    if m is None or any(w in FUNCTION_WORDS for w in m.group("title").split()):
        return False
    # The two capitalised words are a person's name, not an organisation found there ("Region Skåne").
    return not any(h.start < m.end("person") and m.start("person") < h.end for h in found)


def _school_name(rx: re.Pattern[str], text: str, m: re.Match[str]) -> re.Match[str] | None:
    """``m`` without the leading words that open no name of several capitalised words: a grammar or
    stop word, a common noun in the definite form ("Rapporten", "Samarbetet"), a vocabulary word
    ("Under Malmö universitet", "Rapporten Malmö universitet" name "Malmö universitet"; "Ersta
    Sköndal Bräcke högskola" is one name). The last word before the noun is judged by the caller.

    >>> rx = re.compile(rf"(?P<n>(?:{_W} +){{0,2}}{_W}) +högskola")
    >>> texts = ("Under Malmö högskola", "Med Ersta Sköndal Bräcke högskola")
    >>> [_school_name(rx, t, rx.search(t)).group("n") for t in texts]
    ['Malmö', 'Ersta Sköndal Bräcke']
    """
    found: re.Match[str] | None = m
    while found is not None and found.start("n") == found.start() and len(words := found.group("n").split()) > 1:
        first = words[0]
        if _proper(first) and not first.lower().endswith(("en", "et", "na")) and not _lexicon().tag(first):
            break
        skip = re.compile(r"\S+\s+").match(text, found.start())
        found = rx.match(text, skip.end()) if skip else None
    return found


# An organisation noun in the definite form, capitalised, then a proper name: "Stiftelsen Barnrum",
# "Samordningsförbundet Uppsala län", "Föreningen Mind". Spaces only: a list heading ("Civilsamhället")
# above a list item, or a table's first cell before the next, is no name.
_NOUN_NAMED = re.compile(rf"(?<![\w-])(?P<org>[A-ZÅÄÖ][a-zåäö]{{4,}}) +(?P<n>{_W}(?: +{_W})?(?: +län)?)(?![\w-])")
_PROPER_AFTER = re.compile(rf" +(?P<n>{_W}(?: +{_W})?(?: +län)?)(?![\w-])")
# Capitalised attributive adjectives (the weak form in "-a") before a capitalised organisation noun
# in the definite form: "Svenska Rättspsykiatriska Föreningen", "Nordiska Sällskapet" (Swedish
# grammar: a definite noun takes the weak adjective; capitals on every word mark a proper name).
# The noun may be an acronym compound: "Svenska OCD-förbundet", "Svenska ADHD-föreningen".
_ADJ_NAMED = re.compile(
    r"(?<![\w./@-])(?P<adj>(?:[A-ZÅÄÖ][a-zåäö]+a +){1,3})"
    r"(?P<org>[A-ZÅÄÖ][a-zåäö]{4,}|[A-ZÅÄÖ]{2,}-[a-zåäö]{4,})(?![\w-])"
)
# A capitalised compound headed by an organisation noun in the definite form: "Barnrättsbyrån",
# "Samverkanskansliet", "Vetenskapsrådet" (the compound's first part names it).
_CAMEL = re.compile(r"(?<![\w./@-])[A-ZÅÄÖ][a-zåäöé]{2,}(?P<tail>[A-ZÅÄÖ][a-zåäöé]{3,})(?![\w-])")
_ELLIPSIS = re.compile(r"(?<![\w./@-])[A-ZÅÄÖ][a-zåäöé]+- +(?:och|eller) +(?P<w>[a-zåäöé]{4,})(?![\w-])")
_COMPOUND = re.compile(r"(?<![\w./@-])[A-ZÅÄÖ][a-zåäöé]{3,}(?![\w-])")
_CENTRE_NAMED = re.compile(r"(?<![\w./@-])[A-ZÅÄÖ][a-zåäö]{3,}centrum(?![\w-])")
#: Actor types whose nouns name one organisation's form (a foundation, an association, a county body,
#: a university, a company, a care unit); "kommun", "region", "departement" have their own patterns,
#: a network is read by the layouts' cue nouns.
_FORM_TYPES = frozenset({"civilsamhalle", "lan", "larosate", "foretag", "vardgivare"})


_STOP_HEADS = tuple(w for w in _STOP if ORG_HEAD.fullmatch(w))


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon.from_dir()


def vocabulary_tagged(word: str) -> bool:
    """Whether a SKOS vocabulary tags ``word`` ("Elevhälsan": a care level; "Länsstyrelsen": an actor type).

    >>> vocabulary_tagged("Elevhälsan"), vocabulary_tagged("Skåneidrotten")
    (True, False)
    """
    return bool(_lexicon().tag(word))


@lru_cache(maxsize=1)
def _sector_headings(path: Path = _ACTOR_TYPES) -> frozenset[str]:
    """Folded ``pg:sectorHeading`` values: headings of participant lists ("Civilsamhället"), no names."""
    g = Graph().parse(path, format="turtle")
    return frozenset(fold(str(h)) for h in g.objects(None, _PG.sectorHeading))


def sector_heading(name: str) -> bool:
    """Whether ``name`` as a whole is a heading of a participant list (``pg:sectorHeading``:
    "Civilsamhälle", "Myndigheter"): a category of organisations, never one of them.

    >>> sector_heading("Civilsamhälle"), sector_heading("Civilsamhällesorganisationen Lyktan")
    (True, False)
    """
    return fold(re.sub(r"\s+", " ", name).strip(" :")) in _sector_headings()


@lru_cache(maxsize=4096)
def _organisation_noun(word: str) -> bool:
    """Whether ``word`` is, as a whole, a definite organisation noun of the actor-type vocabulary.

    >>> _organisation_noun("Stiftelsen"), _organisation_noun("Samordningsförbundet"), _organisation_noun("Region")
    (True, True, False)
    >>> _organisation_noun("Civilsamhället"), _organisation_noun("Stiftelse")
    (False, False)
    >>> _organisation_noun("Vårdcentralen"), _organisation_noun("Vårdcentraler")
    (True, False)
    """
    w = word.lower()
    # The definite singular: a plural ("Professionsföreningarna") names a kind, not one organisation.
    if fold(word) in _sector_headings() or not w.endswith(DEFINITE_ENDINGS) or w.endswith("na"):
        return False
    return any(
        t.scheme == "actor-type" and t.code in _FORM_TYPES and t.start == 0 and t.end == len(word)
        for t in _lexicon().tag(word)
    ) or (
        # "Vårdcentralen" (a care-level label too), "Primärvården"; a municipal service in the definite form
        # ("Räddningstjänsten", "Hemtjänsten": pg:namePattern of kommun) before the place it serves
        " " not in word and (guess_type(word) == "vardgivare" or (guess_type(word) == "kommun" and w.endswith("en")))
    )


def _proper(name: str) -> bool:
    """Whether the capitalised words after an organisation noun are a proper name, not a word that
    starts the next sentence or list item ("Den", "Region", "Kommunen")."""
    words = name.split()
    return all(
        fold(w) not in _STOP
        and w.lower() not in _GRAMMAR_STOP
        and not any(t.scheme == "actor-type" for t in _lexicon().tag(w))
        for w in words
        if w != "län"
    )


#: Words that link the parts of a unit's field ("för regionala utvecklingsledare inom psykisk hälsa",
#: "för vård- och omsorgsanalys", "för Personligt Ombud i Sverige").
_FIELD_LINKS = frozenset({"i", "inom", "för", "och", "av", "vid"})
_TOKEN = re.compile(r"\s+|[A-Za-zÅÄÖåäöéü]+(?:-[A-Za-zÅÄÖåäöéü]+)*-?|\S")
#: A capitalised word, and the capitalised adjective that may stand before a unit noun ("Nationella").
_CAP_WORD = re.compile(r"(?<![\w./@-])(?P<head>[A-Za-zÅÄÖåäö][a-zåäö]+)(?![\w-])")
# The weak adjective a definite unit noun takes ("Nationella programområdet"); a word in "-t" before
# it is a verb's supine opening a list line ("✓ Samlat Nätverket för …"), not an attribute.
_ADJ_BEFORE = re.compile(r"(?<![\w./@-])(?P<adj>[A-ZÅÄÖ][a-zåäö]+[ae]) +$")


@lru_cache(maxsize=1)
def _unit_heads() -> tuple[frozenset[str], tuple[str, ...]]:
    """Definite singular forms of the nouns that name an organisation's unit or a network
    (``pg:cueNoun`` of ``pg:Actor``: "nätverket", "programområdet", "chefsgruppen"), and the definite
    organisation heads of ``pg:headWord`` ("föreningen", "byrån", "rådet") that end compounds."""
    units = set()
    for noun in class_annotations("Actor", "cueNoun"):
        n = noun.lower()
        units |= {n + "et", n + "en"} | ({n + "n", n + "t"} if n.endswith(("a", "e")) else set())
    heads = tuple(
        sorted(
            {
                w.lower()
                for w, lang in scheme_annotations("actor-type", "headWord")
                # "centrum" (a neuter in "-um") names a body in the indefinite too: "Kunskapscentrum för …"
                if lang == "sv"
                and (w.lower().endswith(DEFINITE_ENDINGS) or w.lower().endswith("um"))
                and not w.lower().endswith("na")
            },
            key=lambda w: (-len(w), w),
        )
    )
    return frozenset(units), heads


def _passive(word: str) -> bool:
    """A past passive verb ("publicerades", "användes", "tröttes"): it ends a name's field."""
    return len(word) > 6 and word.lower().endswith(("ades", "des", "tes"))


def _field_end(text: str, pos: int, bare: bool) -> int:
    """Where the field of a unit's name that starts at ``pos`` ends: words of the field, joined by
    :data:`_FIELD_LINKS`, up to a function word, a verb, punctuation or a line break.
    ``bare``: the field follows the noun directly ("programområdet psykiatri"), lower-case only."""
    end = pos
    words = 0
    pending = pos
    for m in _TOKEN.finditer(text, pos):
        tok = m.group()
        if tok.isspace():
            if "\n\n" in tok or "\t" in tok or words >= 8:
                break
            continue
        if not tok[:1].isalpha():
            break
        low = tok.lower()
        if low in _FIELD_LINKS and words:
            if low == "och" and not text[end - 1 : end] == "-":
                nxt = _TOKEN.match(text, m.end() + 1)
                # "… och Byrån för …": a capitalised word after "och" starts the next name; "… och
                # publicerades": a verb after "och" (a passive in "-ades"/"-des"/"-tes" too) a new clause.
                if nxt is None or finite_verb(nxt.group(), "") or nxt.group()[:1].isupper() or _passive(nxt.group()):
                    break
            pending = m.start()
            continue
        after = re.match(r"\s+(\S+)", text[m.end() :])
        if (
            low in FUNCTION_WORDS
            or low in AUXILIARIES
            or low in NUMBER_WORDS  # "Nätverket för primärvårdschefer två gånger": how often, no field
            or finite_verb(low, after.group(1) if after else "")
            or _passive(low)
            or (bare and not tok[:1].islower())
        ):
            break
        if bare and words >= 2:
            break
        words += 1
        end = m.end()
        pending = end
    # A field cut after a link word ("Arbetsgruppen för utbildning i" + a paragraph break) is a fragment.
    return end if pending <= end else pos


#: The abbreviation of a programme area (nationellt/regionalt programområde) before its field.
_PROGRAMME_AREA = re.compile(r"(?<![\w/-])[NR]PO(?= [a-zåäö])")


def _units(text: str) -> list[tuple[int, int]]:
    """Spans of named units and organisations "X för Y": a definite unit noun ("Nätverket för regionala
    utvecklingsledare inom psykisk hälsa", "Nationella programområdet psykiatri") or a capitalised
    compound with a definite organisation head ("Yrkesföreningen för Personligt Ombud i Sverige",
    "Byrån för lika rättigheter") before its field.

    >>> t = "med Nätverket för regionala utvecklingsledare inom psykisk hälsa och Byrån för lika rättigheter."
    >>> [t[a:b] for a, b in _units(t)]
    ['Nätverket för regionala utvecklingsledare inom psykisk hälsa', 'Byrån för lika rättigheter']
    >>> t = "Nationella programområdet psykiatri har tagit fram vårdförlopp. Nätverket träffades."
    >>> [t[a:b] for a, b in _units(t)]
    ['Nationella programområdet psykiatri']
    >>> t = "✓ Samlat Nätverket för primärvårdschefer två gånger"
    >>> [t[a:b] for a, b in _units(t)]
    ['Nätverket för primärvårdschefer']

    An organisation head in lower case after a capitalised weak adjective and before "för" and its
    field is a name too (Swedish names capitalise only their first word: "Nordiska institutet för
    vårdforskning", "Europeiska förbundet för familjeterapi"); without the field it is a description.

    >>> t = "utvärderades av Nordiska institutet för vårdforskning. Europeiska förbundet för familjeterapi deltog."
    >>> [t[a:b] for a, b in _units(t)]
    ['Nordiska institutet för vårdforskning', 'Europeiska förbundet för familjeterapi']
    >>> _units("Hela förbundet för unga deltog. Svenska institutet har uppdraget.")
    []
    >>> t = "framtaget med NPO psykiatri. RPO psykisk hälsa har träffats. NPO har mött oss."
    >>> [t[a:b] for a, b in _units(t)]
    ['NPO psykiatri', 'RPO psykisk hälsa']
    """
    units, heads = _unit_heads()
    spans: list[tuple[int, int]] = []
    for m in _PROGRAMME_AREA.finditer(text):
        # "NPO psykiatri", "RPO psykisk hälsa": a national or regional programme area of the care system's
        # knowledge management, named by its abbreviation and its field in lower case
        end = _field_end(text, m.end() + 1, bare=True)
        if end > m.end() + 1:
            spans.append((m.start(), end))
    for m in _CAP_WORD.finditer(text):
        head = m.group("head")
        low = head.lower()
        unit = low in units
        compound = head[:1].isupper() and any(low.endswith(h) for h in heads) and low not in units
        # "Nordiska institutet för …": a whole definite head word in lower case after its adjective
        named_head = not head[:1].isupper() and low in heads and not unit
        if not (unit or compound or named_head):
            continue
        before = _ADJ_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) if unit or named_head else None
        adj = before.group("adj") if before and fold(before.group("adj")) not in _STOP else None
        if adj and named_head and (adj.lower() in _GRAMMAR_STOP or not adj.endswith("a")):
            adj = None  # "Andra förbundet …", "Samma institutet": grammar words, no name's adjective
        if not head[:1].isupper() and not adj:
            continue
        # The adjective may end the line before the noun ("Politiska \n" / "styrgruppen …", a wrapped
        # name): "$" matches before that line break, so the start is the adjective's own offset.
        start = max(0, m.start() - 40) + before.start("adj") if adj and before else m.start("head")
        prep = re.match(r"\s+(för|inom)\s+", text[m.end() :])
        if named_head and (prep is None or prep.group(1) != "för"):
            continue
        if prep:
            end = _field_end(text, m.end() + prep.end(), bare=False)
            # "Nätverket för kommunerna": a field of known ones in the definite plural describes, not names.
            if end > m.end() + prep.end() and not text[:end].endswith(("rna", "rnas")):
                spans.append((start, end))
        elif unit and adj:
            end = _field_end(text, m.end() + 1, bare=True) if text[m.end() : m.end() + 1] == " " else m.end()
            # "Politiska styrgruppen Norra Vättern", "Mobila teamet Vätterstranden", "Suicidpreventiva
            # nätverket Södertörn": a weak adjective and a definite unit noun take the proper name (the
            # area or place the body serves) after them as part of their name, as "Samordningsgruppen
            # Norra Bohuslän" does in _organisation_names; without field or proper name the body is
            # named by the two words alone ("Proaktiva teamet"), never with the space after them.
            proper = _PROPER_AFTER.match(text, m.end())
            if end <= m.end() + 1 and proper and _proper(proper.group("n")):
                spans.append((start, proper.end()))
            elif end > m.end() + 1:
                spans.append((start, end))
            else:
                spans.append((start, m.end()))
    return spans


#: A capitalised attribute (an adjective, "Nationellt", or an adjective with a genitive noun, "Unga
#: vuxnas"), an indefinite lower-case noun and "för": "Nationellt nätverk för heldygnsvård".
_ATTRIBUTED_UNIT = re.compile(
    r"(?<![\w./@-])(?P<attr>[A-ZÅÄÖ][a-zåäö]+)(?: +(?P<gen>[a-zåäö]{3,}s))? +(?P<noun>[a-zåäö]{3,}) +för +"
)


@lru_cache(maxsize=1)
def _indefinite_heads() -> frozenset[str]:
    """Indefinite singular nouns that head a named unit or organisation: the cue nouns of ``pg:Actor``
    ("nätverk", "ungdomsråd") and the indefinite forms of the definite ``pg:headWord`` values
    ("rådet" → "råd", "nämnden" → "nämnd", "kansliet" → "kansli") and the indefinite head words."""
    heads = {w.lower() for w, lang in scheme_annotations("actor-type", "headWord") if lang == "sv"}
    out = {h for h in heads if not h.endswith(DEFINITE_ENDINGS)} | set(actor_cue_nouns()[0])
    for h in heads:
        for ending in ("et", "en", "n", "t"):
            if h.endswith(ending) and len(h) - len(ending) >= 3:
                out.add(h[: -len(ending)])
                break
    return frozenset(out)


_ABBR_AFTER = re.compile(r"\s*\((?P<a>[A-ZÅÄÖ][A-Za-zÅÄÖåäö-]{1,9})\)")
_CLAUSE_START = re.compile(r"(?:^|[.:!?•▸·◦*–-]|\n)\s*$")


def _named_indefinite_units(text: str) -> list[tuple[int, int]]:
    """Spans of units named with an indefinite head and a capitalised attribute before their field:
    the capital marks a proper name where Swedish otherwise writes an article ("ett nationellt
    nätverk för …"): "Nationellt nätverk för heldygnsvård", "Unga vuxnas råd för psykisk hälsa".

    >>> t = "Översikten togs fram med Nationellt nätverk för heldygnsvård och publicerades i mars."
    >>> [t[a:b] for a, b in _named_indefinite_units(t)]
    ['Nationellt nätverk för heldygnsvård']
    >>> t = "genom Unga vuxnas råd för psykisk hälsa, ett råd som SKR inrättade."
    >>> [t[a:b] for a, b in _named_indefinite_units(t)]
    ['Unga vuxnas råd för psykisk hälsa']
    >>> _named_indefinite_units("Ett nationellt nätverk för chefer. Stöd för unga. Många råd för föräldrar.")
    []
    >>> _named_indefinite_units("Skriften Goda råd för chefer och Praktiska råd för lärare.")
    []
    >>> _named_indefinite_units("Hässleholm: Befintlig organisation för samverkan. Uppstart lärandenätverk för BUP.")
    []
    """
    heads = _indefinite_heads()
    spans: list[tuple[int, int]] = []
    for m in _ATTRIBUTED_UNIT.finditer(text):
        attr, noun = m.group("attr"), m.group("noun")
        if fold(attr) in _STOP or attr.lower() in _GRAMMAR_STOP or noun in FUNCTION_WORDS:
            continue
        # An adjective in "-a" before an indefinite noun is plural ("Goda råd för chefer": advice), not
        # one body; after a genitive ("Unga vuxnas råd") the adjective is the genitive noun's. Without
        # a genitive the attribute is an adjective ("Nationellt", "Regional"; not "Uppstart", "Mobilt").
        if m.group("gen") is None and (attr.endswith("a") or not attr.lower().endswith(ADJECTIVE_ENDINGS)):
            continue
        # Opening a sentence, list line or clause after a colon, the capital is the position's: only a
        # unit's noun ("Nationellt nätverk för …") names a body there, not an organisation's form word
        # ("Hässleholm: Befintlig organisation för samverkan").
        if _CLAUSE_START.search(text, 0, m.start()) and not unit_noun(noun):
            continue
        if not any(noun == h or (noun.endswith(h) and len(noun) - len(h) >= 3) for h in heads):
            continue
        end = _field_end(text, m.end(), bare=False)
        if end > m.end():
            spans.append((m.start(), end))
    return spans


@lru_cache(maxsize=1)
def actor_cue_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The indefinite singular (``pg:cueNoun`` of ``pg:Actor``: "arbetsgrupp", "delarena") and the
    definite plural forms ("arbetsgrupperna", "delarenorna", "nätverken", "programområdena") of the
    nouns that name a working group, network or unit."""
    singular = {n.lower() for n in class_annotations("Actor", "cueNoun")}
    plural: set[str] = set()
    for n in singular:
        if n.endswith("a"):
            plural.add(n[:-1] + "orna")
        elif n.endswith("e"):
            plural |= {n + "na", n + "rna"}
        else:
            plural |= {n + "erna", n + "arna", n + "en"}
    return frozenset(singular), frozenset(plural)


#: A definite plural cue noun, then a list of names in apposition: "delarenorna Arena Arbetsliv,
#: Arena Skola och Arena Civilsamhälle", "arbetsgrupperna Tidig upptäckt och Ungas delaktighet".
_NAME_LIST = re.compile(
    rf"(?<![\w-])(?P<cue>[A-Za-zÅÄÖåäö]+):? +(?P<list>{_W}(?: +{_W})*(?:(?:, *| +och +| +samt +){_W}(?: +{_W})*)*)"
)
_LIST_ITEM = re.compile(rf"{_W}(?: +{_W})*")
#: A capitalised indefinite cue noun before a capitalised name: "Arbetsgrupp Tidig upptäckt".
_CUE_WORD = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+(?![\w-])")
_CUE_NAMED = re.compile(rf" +(?P<n>{_W}(?: +{_W})*)(?P<rest>(?: +[a-zåäöé]+(?:-[a-zåäöé]+)*){{0,3}})")


_WHOLE_FIELD = re.compile(r"(?P<f>(?: +[a-zåäöé]+(?:-[a-zåäöé]+)*){0,8})[ .:–-]*")


def _cue_named(text: str) -> list[tuple[int, int]]:
    """Spans of working groups, arenas and networks named with their cue noun: a capitalised
    indefinite cue noun before a name ("Arbetsgrupp Tidig upptäckt", up to a function word or a
    verb), and each name of a list after a definite plural cue noun ("delarenorna Arena Skola och
    Arena Civilsamhälle").

    >>> t = "Arbetsgrupp Tidig upptäckt har träffats. Inom delarenorna Arena Skola och Arena Civilsamhälle."
    >>> [t[a:b] for a, b in _cue_named(t)]
    ['Arbetsgrupp Tidig upptäckt', 'Arena Skola', 'Arena Civilsamhälle']
    >>> _cue_named("Projektet hade arbetsgrupper Socialstyrelsen. Nätverket Region")
    []
    >>> t = "Arbetsgrupp Främjande i förskola och skola"
    >>> [t[a:b] for a, b in _cue_named(t)]
    ['Arbetsgrupp Främjande i förskola och skola']
    >>> t = "Arbetsgrupp Tidig upptäckt har träffats."
    >>> [t[a:b] for a, b in _cue_named(t)]
    ['Arbetsgrupp Tidig upptäckt']
    >>> t = "Team Unga Bohuslän arbetar med skolorna."
    >>> [t[a:b] for a, b in _cue_named(t)]
    ['Team Unga Bohuslän']
    """
    singular, plural = actor_cue_nouns()
    spans: list[tuple[int, int]] = []
    for cue in _CUE_WORD.finditer(text):
        m = _CUE_NAMED.match(text, cue.end()) if cue.group().lower() in singular else None
        if m is None:
            continue
        names = m.group("n").split()
        first = names[0]
        if fold(first) in _STOP or first.lower() in _GRAMMAR_STOP:
            continue
        if len(names) > 1:
            # "Team Unga Bohuslän": a name of several capitalised words, up to one that starts a clause
            # ("Styrgrupp Siljansbygden Den …") or names an organisation of its own.
            kept = 1
            while kept < len(names) and _proper(names[kept]):
                kept += 1
            if kept < len(names):
                spans.append((cue.start(), m.start("n") + len(" ".join(names[:kept]))))
                continue
        # A name that is the whole heading or line ("Arbetsgrupp Främjande i förskola och skola"):
        # its field words, links included, up to the end.
        whole = _WHOLE_FIELD.fullmatch(text, m.end("n"))
        field = whole.group("f").split() if whole else []
        if whole and not any(
            w in AUXILIARIES
            or (w in FUNCTION_WORDS and w not in _FIELD_LINKS)
            or finite_verb(w, field[k + 1] if k + 1 < len(field) else "")
            for k, w in enumerate(field)
        ):
            spans.append((cue.start(), whole.end("f")))
            continue
        end = m.end("n")
        for w in re.finditer(r"[^\s]+", m.group("rest")):
            after = re.match(r"\s+(\S+)", text[m.start("rest") + w.end() :])
            low = w.group()
            if low in FUNCTION_WORDS or low in AUXILIARIES or finite_verb(low, after.group(1) if after else ""):
                break
            end = m.start("rest") + w.end()
        spans.append((cue.start(), end))
    for m in _NAME_LIST.finditer(text):
        if m.group("cue").lower() not in plural:
            continue
        for item in _LIST_ITEM.finditer(m.group("list")):
            words = item.group().split()
            a, b = m.start("list") + item.start(), m.start("list") + item.end()
            # A name that runs on in lower case ("Tidig upptäckt") is not read whole here.
            runs_on = re.match(r" +(?!och\b|samt\b)[a-zåäö]", text[b:])
            if fold(words[0]) in _STOP or words[0].lower() in _GRAMMAR_STOP or runs_on:
                continue
            spans.append((a, b))
    return sorted(spans)


#: A sports club named by its town in the nominative, both words capitalised ("Torsby Fotbollsklubb",
#: "Mora Idrottsförening"): Swedish clubs take the town's name as it is, no genitive.
_TOWN_CLUB = re.compile(
    r"(?<![\w./@-])(?P<owner>[A-ZÅÄÖ][a-zåäö]{2,}) +"
    r"(?P<org>[A-ZÅÄÖ][a-zåäö]*(?:klubb|förening))(?![\w-])"
)
#: A capitalised place in the genitive, then an organisation noun (any case, an optional acronym
#: compound part): "Dalarnas Idrottsförbund", "Fyrstads HR-nätverk".
_GENITIVE_NAMED = re.compile(
    r"(?<![\w./@-])(?P<owner>[A-ZÅÄÖ][a-zåäö]{2,}s) +(?P<org>(?:[A-ZÅÄÖ]{2,}-)?[A-ZÅÄÖa-zåäö][a-zåäö]{3,})(?![\w-])"
)
#: Capitalised words defined by a relative clause as something between or of organisations:
#: "Familjen Helsingborg, som är ett samarbete mellan elva kommuner", "X, som är ett nätverk mellan regioner".
_DEFINED_BODY = re.compile(
    rf"(?<![\w./@-])(?P<n>{_W}(?: +{_W}){{0,3}}),\s+som\s+(?:är|var)\s+(?:ett|en)\s+(?:[a-zåäö]+\s+){{0,2}}?"
    r"(?P<kind>[a-zåäö]+)\s+mellan\s+(?P<members>[^.;:,()]{3,60})"
)


@lru_cache(maxsize=1)
def _other_class_nouns() -> tuple[str, ...]:
    """Cue nouns of the item classes (``pg:cueNoun`` on Initiative, Event, Agreement): "projekt", "konferens"."""
    return tuple(n.lower() for c in ("Initiative", "Event", "Agreement") for n in class_annotations(c, "cueNoun"))


#: One or two capitalised weak adjectives right before a genitive owner: "Svenska " of "Svenska
#: Tornedalingars Riksförbund" (not after a letter: "Svenska" must start its word).
_ADJ_BEFORE_OWNER = re.compile(r"(?<![\w./@-])(?P<adj>(?:[A-ZÅÄÖ][a-zåäö]+a +){1,2})$")
#: A capitalised definite noun, "i" and one or two capitalised words: "Ungdomsrådet i Strömstad".
_PLACE_BRANCH = re.compile(
    r"(?<![\w./@-])(?P<org>[A-ZÅÄÖ][a-zåäö]{4,}) +i +(?P<place>[A-ZÅÄÖ][a-zåäö]+(?: +[A-ZÅÄÖ][a-zåäö]+)?)(?![\w-])"
)


def _compound_body(word: str) -> bool:
    """Whether ``word`` is a compound (or an acronym compound) ending in an organisation head
    (``pg:headWord``) or a unit's noun: "Idrottsförbund", "kommunalförbund", "HR-nätverk". The bare
    noun ("organisation", "arbetsgrupp") after a genitive is what someone has, not a body's name.

    >>> _compound_body("Idrottsförbund"), _compound_body("HR-nätverk"), _compound_body("organisation")
    (True, True, False)
    >>> _compound_body("arbetsgrupp")
    False
    """
    low = word.lower()
    if "-" in low:
        return unit_noun(word) or bool(ORG_HEAD.fullmatch(low.split("-")[-1]))
    heads = [w.lower() for w, lang in scheme_annotations("actor-type", "headWord") if lang == "sv"]
    units = [*actor_cue_nouns()[0], *_unit_heads()[0]]
    return any(low.endswith(h) and len(low) - len(h) >= 3 for h in (*heads, *units))


def _association(word: str) -> bool:
    """Whether ``word`` is a compound ending in a civil-society head word (``pg:headWord`` of civilsamhalle):
    "yrkesförening", "riksförbund", "riksorganisation"; the bare noun ("förening") is no name.

    >>> [_association(w) for w in ("yrkesförening", "riksförbund", "förening", "kommunförbund")]
    [True, True, False, True]
    """
    low = word.lower()
    return any(low.endswith(h) and len(low) - len(h) >= 3 for h in _civil_heads())


@lru_cache(maxsize=1)
def _civil_heads(path: Path = _ACTOR_TYPES) -> tuple[str, ...]:
    """The Swedish ``pg:headWord`` values of the civil-society actor type ("förening", "förbund", …)."""
    g = Graph().parse(path, format="turtle")
    concepts = g.subjects(SKOS.notation, Literal("civilsamhalle"))
    return tuple(
        sorted(
            str(w).lower()
            for c in concepts
            for w in g.objects(c, _PG.headWord)
            if isinstance(w, Literal) and w.language == "sv"
        )
    )


def unit_noun(word: str) -> bool:
    """Whether ``word`` is a unit's noun (``pg:cueNoun`` of ``pg:Actor``) or a compound ending in one,
    indefinite or definite: "HR-nätverk", "Samordningsgruppen", "Ungdomsrådet".

    >>> unit_noun("HR-nätverk"), unit_noun("Samordningsgruppen"), unit_noun("Handlingsplanen")
    (True, True, False)
    """
    low = word.lower().split("-")[-1]
    singular = actor_cue_nouns()[0]
    units = _unit_heads()[0]
    return any(low == n or (low.endswith(n) and len(low) - len(n) >= 3) for n in (*singular, *units))


_LOWER_WORD = re.compile(r" +([a-zåäö]+)(?![\w-])")


def _run_on_end(text: str, pos: int) -> int | None:
    """The end of a unit's name that runs on in lower case from ``pos``: one or two lower-case words
    (no grammar word, verb or passive), an optional capitalised place, then a verb, a grammar word,
    punctuation or the end of the text; None when the words do not close so.

    >>> t = "Nätverket Tvångsfri vård har samlat 24 avdelningar."
    >>> t[: _run_on_end(t, 19)]
    'Nätverket Tvångsfri vård'
    >>> t = "av Nätverket Friska arbetsplatser Norra Vättern. (broschyr)"
    >>> t[: _run_on_end(t, 19)]
    'av Nätverket Friska arbetsplatser Norra Vättern'
    >>> _run_on_end("Nätverket Unga vuxna barn ungdomar", 14) is None
    True
    >>> _run_on_end("Nätverket Friska arbetsplatser i offentlig sektor samlar", 16) is None
    True
    """
    end, words = pos, 0
    while words < 2 and (w := _LOWER_WORD.match(text, end)) is not None:
        low = w.group(1)
        if low in FUNCTION_WORDS or low in AUXILIARIES or finite_verb(low) or _passive(low):
            break
        end, words = w.end(), words + 1
    if not words:
        return None
    if (place := _PROPER_AFTER.match(text, end)) is not None and _proper(place.group("n")):
        end = place.end()
    nxt = re.match(r"\s*([^\s]+)", text[end:])
    if nxt is None:
        return end
    word = nxt.group(1).strip(".,;:!?()")
    if word in _FIELD_LINKS:
        return None  # "Nätverket Friska arbetsplatser i offentlig sektor": the name goes on with a field
    if not word or nxt.group(1)[0] in ".,;:!?()–-" or word in FUNCTION_WORDS or word in AUXILIARIES:
        return end
    return end if finite_verb(word) or _passive(word) else None


def _organisation_names(text: str) -> list[tuple[int, int]]:
    """Spans of organisations named by the form of organisation they are (vocabulary nouns):

    * an organisation noun in the definite form before a proper name: "Stiftelsen Barnrum";
    * capitalised weak adjectives before a capitalised definite organisation noun: "Svenska
      Rättspsykiatriska Föreningen";
    * a capitalised compound with an organisation head (:data:`ORG_HEAD`) in the definite form:
      "Barnrättsbyrån" (a bare noun of the vocabulary, "Riksförbundet", is generic and dropped
      by :mod:`loader.organisations`).

    >>> t = "förvaltas av Stiftelsen Barnrum och Samordningsförbundet Uppsala län med Barnrättsbyrån."
    >>> [t[a:b] for a, b in _organisation_names(t)]
    ['Stiftelsen Barnrum', 'Samordningsförbundet Uppsala län', 'Barnrättsbyrån']
    >>> t = "togs fram med Svenska Rättspsykiatriska Föreningen. Hos Föreningen"
    >>> [t[a:b] for a, b in _organisation_names(t)]
    ['Svenska Rättspsykiatriska Föreningen']
    >>> _organisation_names("Stiftelsen har ett kansli. Byrån och Centrum för")
    []
    """
    spans: list[tuple[int, int]] = []
    for m in _NOUN_NAMED.finditer(text):
        org = m.group("org")
        # A unit's definite noun names the body before its proper name too: "Samordningsgruppen Norra Bohuslän".
        unit = org.lower().endswith(DEFINITE_ENDINGS) and not org.lower().endswith("na") and unit_noun(org)
        # A unit's name that runs on in lower case ("Nätverket Tvångsfri vård") is not read here.
        runs_on = re.match(r" +(?:(?:och|samt) +)?([a-zåäö]+)", text[m.end() :])
        # "Delarenan Fritid och civilsamhälle": a lower-case word joined by "och" goes on with the name too.
        joined = runs_on is not None and runs_on.group(0).strip() != runs_on.group(1)
        if (
            unit
            and runs_on
            and runs_on.group(1) not in FUNCTION_WORDS
            and not finite_verb(runs_on.group(1))
            and not (joined and runs_on.group(1).endswith("s"))  # "… och redovisas": a passive verb
        ):
            unit = False
            # "Nätverket Tvångsfri vård har …", "Nätverket Friska arbetsplatser Norra Vättern samlar …":
            # Swedish capitalises only a name's first word, so one or two lower-case words and the
            # place the body serves go on with the name, when a verb, a grammar word or punctuation
            # closes it right after.
            if not joined and _proper(m.group("n")) and (end := _run_on_end(text, m.end())) is not None:
                spans.append((m.start(), end))
                continue
        if (_organisation_noun(org) or unit) and _proper(m.group("n")):
            spans.append((m.start(), m.end()))
    for m in _ADJ_NAMED.finditer(text):
        adjectives = m.group("adj").split()
        org = m.group("org")
        noun = org.split("-")[-1].capitalize() if "-" in org else org  # "OCD-förbundet": its noun is "förbundet"
        # A long word in the definite plural ("Väntrumsfilmerna", a title ending one list line before
        # "Stiftelsen X" opens the next) is a noun, no weak adjective of the name (wave 11).
        plural = any(len(a) >= 10 and a.lower().endswith(("arna", "erna", "orna")) for a in adjectives)
        if _organisation_noun(noun) and not plural and not any(a.lower() in _GRAMMAR_STOP for a in adjectives):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                spans.append((m.start(), m.end()))
    for m in _COMPOUND.finditer(text):
        word = m.group()
        if (
            any(a <= m.start() < b for a, b in spans)
            or not word.lower().endswith(DEFINITE_ENDINGS)
            or word.endswith("na")
        ):
            continue
        # A compound: the organisation head still ends the word after a first part of three letters
        # ("området" ends in the letters of "rådet" but is an area: "Fokusområdet", "Programområdet").
        # "Nätverket", "Ramverket" (the stop words) end in "verket" but are no agencies, nor are their compounds.
        if any(fold(word).endswith(stop) for stop in _STOP_HEADS):
            continue
        if ORG_HEAD.fullmatch(word[3:]) and not word.lower().endswith("området") and not _organisation_noun(word):
            end = m.end()
            # A proper name may follow the organisation noun ("Barnrättsföreningen Bryggan").
            if (after := _PROPER_AFTER.match(text, end)) and _proper(after.group("n")):
                end = after.end()
            spans.append((m.start(), end))
    for m in _ELLIPSIS.finditer(text):
        # "Barn- och ungdomsrådet Östergötland": a compound sharing its first part with the word before.
        word = m.group("w")
        after = _PROPER_AFTER.match(text, m.end())
        if (
            word.endswith(DEFINITE_ENDINGS)
            and not word.endswith(("na", "området"))
            and ORG_HEAD.fullmatch(word[3:])
            and not any(fold(word).endswith(stop) for stop in _STOP_HEADS)
            and after
            and _proper(after.group("n"))
            and not any(a < after.end() and m.start() < b for a, b in spans)
        ):
            spans.append((m.start(), after.end()))
    for m in _CAMEL.finditer(text):
        # "RegisterCentrum": a capital inside the word marks a proper name; its second part is an
        # organisation head (``pg:headWord``), whatever its form.
        if ORG_HEAD.fullmatch(m.group("tail")) and not any(a <= m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    for a, b in _cue_named(text):
        if not any(a < y and x < b for x, y in spans):
            spans.append((a, b))
    for m in (*_GENITIVE_NAMED.finditer(text), *_TOWN_CLUB.finditer(text)):
        # "Dalarnas Idrottsförbund", "Fyrstads HR-nätverk", "Fyrbodals kommunalförbund": a place in the
        # genitive before an organisation noun or a unit's noun names that place's body.
        owner, noun = m.group("owner"), m.group("org")
        start = m.start()
        # Capitalised weak adjectives before the owner open the name ("Svenska Tornedalingars Riksförbund":
        # capitals on every word mark one proper name, as in _ADJ_NAMED).
        adj = _ADJ_BEFORE_OWNER.search(text[max(0, start - 40) : start])
        if adj and not any(a.lower() in _GRAMMAR_STOP for a in adj.group("adj").split()):
            start -= len(adj.group())
        # Another capitalised word before the owner may start the name ("Boråsregionen Sjuhärads kommunalförbund").
        elif re.search(r"[A-ZÅÄÖ][\w-]*\s+$", text[max(0, start - 40) : start]):
            continue
        # the genitive's stem is the place ("Dalarnas" -> "Dalarna"); a club takes the town as it is
        place = owner if m.re is _TOWN_CLUB else owner[:-1]
        # People in the definite plural before an association's compound noun name their association
        # ("Skolsköterskornas yrkesförening", "Familjehemmens riksförbund"), though the vocabulary knows
        # the people as an audience or a target group (wave 11).
        members = m.re is _GENITIVE_NAMED and owner.endswith(("nas", "ens")) and _association(noun)
        if not _proper(owner) or not _proper(place) or (_lexicon().tag(place) and not members):
            continue
        if not _compound_body(noun) or noun.lower().endswith(("na", "området")):
            continue
        if (m.start("org"), m.end()) in spans:
            # The noun alone was read as a name ("Stadsmission"): the place's genitive opens it.
            spans.remove((m.start("org"), m.end()))
        if not any(start < y and x < m.end() for x, y in spans):
            spans.append((start, m.end()))
    for m in _PLACE_BRANCH.finditer(text):
        # "Ungdomsrådet i Strömstad", "Familjecentralen i Tanum": a definite organisation or unit noun
        # with the place it serves is that place's body, named with the place.
        noun = m.group("org")
        if not (_organisation_noun(noun) or unit_noun(noun) or (ORG_HEAD.fullmatch(noun[3:]) and len(noun) > 8)):
            continue
        if not _proper(m.group("place")) or any(fold(w) in _STOP_HEADS for w in m.group("place").split()):
            continue
        spans = [(x, y) for x, y in spans if not (m.start() <= x and y <= m.end())]
        if not any(m.start() < y and x < m.end() for x, y in spans):
            spans.append((m.start(), m.end()))
    for m in _DEFINED_BODY.finditer(text):
        # "Familjen Helsingborg, som är ett samarbete mellan elva kommuner": a name the sentence defines
        # as something between or of organisations (the members tagged with an actor type) is a body.
        words = m.group("n").split()
        if fold(words[0]) in _STOP or words[0].lower() in _GRAMMAR_STOP or not _proper(words[-1]):
            continue
        if not any(t.scheme == "actor-type" for t in _lexicon().tag(m.group("members"))):
            continue
        # "X, som är ett projekt mellan kommunerna": a thing of another class (its cue noun, pg:cueNoun
        # on pg:Initiative, pg:Event, pg:Agreement) or of a resource form is no body.
        kind = m.group("kind").lower()
        if any(kind.endswith(n) for n in _other_class_nouns()) or any(
            t.scheme == "resource-form" for t in _lexicon().tag(kind)
        ):
            continue
        if not any(m.start("n") < y and x < m.end("n") for x, y in spans):
            spans.append((m.start("n"), m.end("n")))
    for a, b in _named_indefinite_units(text):
        if not any(a < y and x < b for x, y in spans):
            spans.append((a, b))
    for a, b in _units(text):
        # "Länsförbundet för elevhälsa": the unit with its field wins over the bare compound inside it.
        spans = [(x, y) for x, y in spans if not (a <= x and y <= b)]
        if not any(a < y and x < b for x, y in spans):
            spans.append((a, b))
    for m in _CENTRE_NAMED.finditer(text):
        # "Anhörigcentrum Tidaholm", "Anhörigcentrum Norra Uppland": a compound in "-centrum" (the same
        # form definite or not) before the proper name of the place it serves is that place's centre;
        # read last, so a longer reading of the same words wins.
        after = _PROPER_AFTER.match(text, m.end())
        if not after or not _proper(after.group("n")) or any(m.start() < y and x < after.end() for x, y in spans):
            continue
        # "Kompetenscentrum Psykisk" / "hälsa Mittnorden": a lower-case noun after the capitalised
        # words goes on with a longer name; a verb or grammar word after them ends the name.
        nxt = re.match(r"\s+([a-zåäö]+)", text[after.end() :])
        w = nxt.group(1) if nxt else ""
        if w and not (w in FUNCTION_WORDS or finite_verb(w) or w.endswith(("ar", "er", "ir", "ade", "de", "te"))):
            continue
        spans.append((m.start(), after.end()))
    return sorted(spans)


# Role frames, matched in a window of the actor's sentence where "@" stands for the actor
# (or a coordinated list "X, Y och Z" of actors): active voice ("@ har tagit fram"),
# inverted word order after an adverbial ("Under 2017 genomförde @ …", "har @ genomfört")
# and passive voice ("tagits fram av @").
# A short gap inside a frame: no sentence end, no subordinate clause ("som", "att", "där" …)
# whose subject could be someone else.
_GAP = r"(?!#)(?:(?!\b(?:som\b(?!\s+en\s+del)|att|där|vilken|vilket|vilka|när|eftersom|men|medan)\b)[^.;:!?@]){0,80}?"
_GAP_S = r"(?!#)(?:(?!\b(?:som\b(?!\s+en\s+del)|att|där|vilken|vilket|vilka|när|eftersom|men|medan)\b)[^.;:!?@]){0,40}?"
# Perfect participles and past tense of making verbs ("utvecklat", "genomförde").
_MADE = r"(?:tagit|arbetat|plockat)\s+fram|utvecklat|producerat|skapat|genomfört|sammanställt|byggt|samlat"
_MADE_PAST = r"(?:tog|arbetade|plockade)\s+fram|utvecklade|producerade|skapade|genomförde|sammanställde|byggde"
_PASSIVE_MADE = (
    r"(?:(?:tagits|tas|togs|arbetats|arbetades)\s+fram|framtag(?:en|et|na)|"
    r"(?:vidare)?(?:utvecklad|utvecklat|utvecklade|utvecklades|utvecklats|producerad|producerat|producerats"
    r"|producerades|skapad|skapat|skapades|skapats|genomförd|genomfört|genomförts|genomfördes|sammanställd"
    r"|sammanställts|sammanställdes|gjord|gjorts|gjordes|byggd|byggts|byggdes))"
)
_KEPT = r"tagit\s+över|övertagit|drivit|förvaltat|ägt"
_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rx, re.IGNORECASE), role)
    for rx, role in (
        # funder
        (r"på\s+uppdrag\s+(?:från|av)\s+@", "funder"),
        (
            r"(?:del)?finansiera(?:d|t|de|des|s|ts)\s+(?:helt\s+|delvis\s+|med\s+medel\s+)?(?:av|från|genom)\s+@",
            "funder",
        ),
        (r"(?:del)?finansiering\s+(?:med|från|av)\s+@", "funder"),
        (r"med\s+(?:ekonomiskt\s+|finansiellt\s+)?(?:stöd|medel|bidrag)\s+(?:från|av)\s+@", "funder"),
        (r"bekosta(?:d|t|des|ts|s)\s+av\s+@", "funder"),
        (
            r"@\s+(?:har\s+|hade\s+)?(?:också\s+|även\s+|delvis\s+)?"
            r"(?:finansierat|finansierar|finansierade|bekostar|bekostade|bekostat)\b",
            "funder",
        ),
        (r"@\s*-\s*finansier", "funder"),
        # maintainer
        (
            r"(?:förvalta(?:s|t|d|des)|administrera(?:s|des)|ägs|ägdes|drivs|drevs|drivits)\s+"
            r"(?:och\s+\w+\s+)?(?:numera\s+|nu\s+|idag\s+|i\s+dag\s+|vidare\s+|sedan\s+\d{4}\s+)?av\s+@",
            "maintainer",
        ),
        (r"(?:tagits|tas|togs)\s+över\s+av\s+@", "maintainer"),
        (r"(?:ligger|finns)\s+(?:numera\s+|nu\s+|idag\s+|i\s+dag\s+)?(?:hos|på)\s+@", "maintainer"),
        (r"\bverksamhet\s+(?:inom|vid|på)\s+@", "maintainer"),
        (rf"@\s+(?:har|hade)\s+{_GAP_S}(?:{_KEPT})\b", "maintainer"),
        (rf"@\s+(?:{_GAP_S}\s)?(?:tog|tar)\s+över\b", "maintainer"),
        (r"@\s+(?:numera\s+|nu\s+|idag\s+)?(?:förvaltar|driver|äger|övertog|administrerar)\b", "maintainer"),
        (r"\b(?:övertog|förvaltar|driver)\s+@", "maintainer"),
        (rf"\b(?:har|hade)\s+@\s+{_GAP_S}(?:{_KEPT})\b", "maintainer"),
        # producer
        (rf"{_PASSIVE_MADE}\s+(?:av|i|inom)\s+@", "producer"),
        (rf"@\s+(?:har|hade|tar)\s+(?:{_GAP}\s)?(?:{_MADE})\b", "producer"),
        (rf"@\s+(?:{_GAP_S}\s)?(?:{_MADE_PAST}|tar\s+fram)\b", "producer"),
        (rf"\b(?:har|hade)\s+@\s+(?:{_GAP_S}\s)?(?:{_MADE})\b", "producer"),
        (rf"\b(?:tog|tar|arbetade)\s+@\s+(?:{_GAP_S}\s)?fram\b", "producer"),
        (r"\b(?:utvecklade|producerade|skapade|genomförde|sammanställde|byggde)\s+@", "producer"),
        (r"@\s+(?:står|stod)\s+bakom\b", "producer"),
        (
            rf"@\s+(?:ansvarar|ansvarade|har\s+ansvarat)\s+för\s+{_GAP_S}(?:framtagande|utveckling|produktion)",
            "producer",
        ),
        (r"\bfick\s+@\s+(?:i\s+)?uppdrag", "producer"),
        (r"@\s+fick\s+(?:i\s+)?uppdrag(?:et)?\b", "producer"),
        # partner
        (r"tillsammans\s+med\s+@", "partner"),
        (
            r"i\s+(?:nära\s+|gott\s+|ett\s+)?(?:samarbete|samverkan)\s+(?:med|mellan)\s+"
            r"(?:[^.;:!?@#,]{1,40}?(?:,|\soch|\ssamt)\s+)?@",
            "partner",
        ),
        (r"med\s+hjälp\s+av(?:\s+medarbetare\s+(?:i|på|från|vid))?\s+@(?!\s+framtag)", "partner"),
        (r"@\s+(?:har\s+|hade\s+)?(?:gemensamt|tillsammans)\b(?!\s+med)", "partner"),
        # participant
        (
            r"@\s+(?:har\s+|hade\s+)?(?:aktivt\s+)?(?:deltog|deltagit|medverkade|medverkat|var\s+med\s+i)\b",
            "participant",
        ),
    )
)
# "SKR:s utbildning Att leda utvecklingsarbete", "SKRs erbjudande om deltagande i …": the
# owner of a training or programme made it — said of the resource, not of an activity using it.
# "På Folkhälsomyndighetens hemsida finns en sammanfattning": the site's owner publishes it.
_OWNER_FRAMES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"@\s+(?:utbildning|webbutbildning|utbildningsprogram|erbjudande|utvecklingsprogram|initiativ|satsning"
            r"|projekt)\b",
            re.IGNORECASE,
        ),
        "producer",
    ),
    (re.compile(r"\bpå\s+@\s+(?:hemsida|webbplats|webbsida)\s+finns\b", re.IGNORECASE), "maintainer"),
)
# Object frames ("… av @") first: they are the most specific; then the subject frames.
_FRAMES = tuple(sorted(_FRAMES, key=lambda f: not re.search(r"@(?:\(\?![^)]*\))?$", f[0].pattern)))

# A relative clause opener: the organisation after it acts in a clause about its antecedent.
_RELATIVE = re.compile(r"\b(?:som|där|vilken|vilket|vilka)\b(?!\s+en\s+del)", re.IGNORECASE)
# A clause boundary between a relative word and the organisation: the relative clause has ended.
_CLAUSE_BREAK = re.compile(r"[,;:–]\s|\s-\s")
# A reference-list entry ("Rosenberg, D (2017) Title …", "Socialstyrelsen 2017. Title"): a list of
# sources names authors, it says nothing about who made the item described.
_REFERENCE = re.compile(r"^\s*(?:[A-ZÅÄÖ][\w-]+,\s+[A-ZÅÄÖ]{1,3}\.?[\s,&]|[A-ZÅÄÖ][\w-]+\s+\(?\d{4}\)?\.\s)")
_WORDS = re.compile(r"[\wåäöÅÄÖé-]+")
# Words that refer back to the item as a clause's subject ("Den", "Det", "Detta", "Materialet").
_BACK_REFERENCE = DEMONSTRATIVES | PRONOUNS

_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÅÄÖ0-9•\-]|\s*$)|\n\s*\n")
# Between two names of a list: a separator, maybe after a parenthesised expansion or alias.
_LIST_SEP = re.compile(r"\s*\)?\s*(?:\([^()]{1,60}\)\s*)?(?:,|,?\s*och|,?\s*samt|&|/|\()\s*")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m2 = _SENTENCE_END.search(text, end)
    return left, (m2.end() if m2 else len(text))


def _mask(span: str, offset: int, hits: list[ActorHit]) -> str:
    """``span`` (starting at ``offset`` in the text) with every other organisation name as "#"."""
    end = offset + len(span)
    for h in reversed(hits):
        if h.start >= offset and h.end <= end:
            span = span[: h.start - offset] + "#" + span[h.end - offset :]
    return span


def _names_item(text: str, item: str) -> bool:
    """True when ``text`` names the item: its name, or (short names) its first words."""
    key = re.sub(r"\s+", " ", item).strip().casefold()
    if len(key) < 3:
        return False
    folded = re.sub(r"\s+", " ", text).casefold()
    return key in folded or (len(key) > 30 and key[:30] in folded)


def _refers_to_item(clause: str, item: str | None) -> bool:
    """True when the clause before a relative word is about the item: it names the item, or its
    subject refers back to it ("Den …", "Materialet är ett stöd som …")."""
    if item is not None and _names_item(clause, item):
        return True
    words = _WORDS.findall(clause)
    if not words:
        return False
    first = words[0]
    return first.lower() in _BACK_REFERENCE or (
        first[:1].isupper() and first.lower().endswith(DEFINITE_ENDINGS) and first.lower() not in PREPOSITIONS
    )


#: An indefinite noun phrase right before a relative word, and the copula that may make it a predicate.
_NEW_THING = re.compile(
    r"(?:\b(?P<copula>är|var|blir|blev|utgör)\s+)?\b(?:en|ett)\s+(?:[\wåäöé-]+\s+){0,2}[\wåäöé-]+\s*,?\s*$",
    re.IGNORECASE,
)


def _in_foreign_clause(text: str, s_start: int, left: int, item: str | None) -> bool:
    """True when the organisation at ``left`` acts in a relative clause about something else.

    "den forskargrupp från Umeå som på uppdrag av UPH analyserade …": UPH commissioned the
    research group, not the item; "Genombrott.nu är ett digitalt stöd … som … drivs av UPH":
    the clause is about the item, so UPH keeps the role.
    """
    if item is None:
        return False  # no item to scope to: every frame speaks of the text's one subject
    head = text[s_start:left]
    rel = None
    for m in _RELATIVE.finditer(head):
        rel = m
    # A text that opens with the relative word continues the item's own text: nothing else to be about.
    if rel is None or _CLAUSE_BREAK.search(head, rel.end()) or not head[: rel.start()].strip():
        return False
    # "… visats på en webbsida som @ tog fram": the relative clause is about the new thing right before
    # it (an indefinite noun phrase), unless that phrase is the item's predicate ("X är ett stöd som …").
    antecedent = _NEW_THING.search(head[: rel.start()])
    if antecedent and not antecedent.group("copula") and not _names_item(antecedent.group(), item):
        return True
    return not _refers_to_item(head[: rel.start()], item)


# "Avdelningen för … vid SKR har tagit över": a unit *at* an organisation acts for it, so these
# prepositions of belonging leave the organisation the subject's owner.
_BELONGING = frozenset({"vid", "inom"}) & PREPOSITIONS


def _governed_by_preposition(before: str) -> bool:
    """True when the word right before the organisation is a preposition ("i samarbete med X har …"):
    the organisation is an object there, never the subject of the clause's verb."""
    words = _WORDS.findall(before[-40:])
    return bool(words) and words[-1].lower() in PREPOSITIONS - _BELONGING


_NOT_NAME_WORD = "|".join(sorted(FUNCTION_WORDS | AUXILIARIES, key=lambda w: (-len(w), w)))
_CAP = r"[A-ZÅÄÖ][\wåäöéü]+(?:-[\wåäöéü]+)*"
_LOWER = rf"(?!(?:{_NOT_NAME_WORD})\b)[a-zåäö][\wåäöé]+(?:-[\wåäöé]+)*"
#: A name the lexicon does not know, as a maker: capitalised words, one lower-case noun after a
#: capitalised adjective ("Nationellt forum"), and a field after "för" ("… för rättspsykiatri").
_UNKNOWN = rf"(?P<n>{_CAP}(?:\s+{_CAP})*(?:\s+{_LOWER})?(?:\s+för\s+(?:{_CAP}|{_LOWER})(?:\s+{_LOWER})?)?)"
#: The producer and maintainer frames with an unknown name in the actor's place: the subject that
#: opens a sentence ("Barnafrid har tagit fram utbildningen") or the agent of a passive ("framtaget av …").
_UNKNOWN_MAKER = (
    re.compile(
        rf"(?:^|(?<=[.!?])\s+){_UNKNOWN}\s+(?:(?:har|hade)\s+(?:{_GAP_S}\s)?(?:{_MADE})|{_MADE_PAST}|tar\s+fram)\b"
    ),
    # Case-sensitive: the name is capitalised ("gjordes av enkäten under hösten" names no one).
    re.compile(rf"{_PASSIVE_MADE}\s+av\s+{_UNKNOWN}"),
    re.compile(r"(?:förvalta(?:s|t|d|des)|ägs|drivs)\s+(?:numera\s+|nu\s+|idag\s+|i\s+dag\s+)?av\s+" + _UNKNOWN),
)


def _unknown_makers(text: str, hits: list[ActorHit], item: str | None) -> list[ActorHit]:
    """Makers the lexicon and the name patterns do not know, where a producer or maintainer frame
    names them ("Svenska Demenscentrum har tagit fram …", "framtaget av Nationellt forum för
    rättspsykiatri", "Barnafrid har tagit fram …"): the name as printed, never a slug.

    A one-word name must not be a common noun (a definite form, a form of the vocabulary, a
    grammar word); a longer one must look like an organisation's (a head word, a field after "för",
    a type the name suggests), so that persons ("Anna Svensson har tagit fram") are left out.

    >>> [h.name for h in _unknown_makers("Materialet är framtaget av Nationellt forum för rättspsykiatri.", [], None)]
    ['Nationellt forum för rättspsykiatri']
    >>> text = "Barnafrid har tagit fram utbildningen. Anna Svensson har tagit fram den."
    >>> [h.name for h in _unknown_makers(text, [], None)]
    ['Barnafrid']
    >>> _unknown_makers("Modellen har tagits fram av Skolverket. Vägledningen har utvecklats av Regionen.", [], None)
    []
    """
    out: list[ActorHit] = []
    for rx in _UNKNOWN_MAKER:
        for m in rx.finditer(text):
            a, b = m.start("n"), _clause_end(text, m.start("n"), m.end("n"))
            name = re.sub(r"\s+", " ", text[a:b]).strip()
            if not name or any(a < y and x < b for x, y in [(h.start, h.end) for h in (*hits, *out)]):
                continue
            words = name.split()
            if (fold(words[0]) in _STOP and len(words) == 1) or words[0].lower() in _GRAMMAR_STOP:
                continue
            if item and fold(name) in fold(item):
                continue
            if any(t.scheme == "resource-form" for t in _lexicon().tag(name)) and len(words) == 1:
                continue
            if len(words) == 1:
                if words[0].lower().endswith(DEFINITE_ENDINGS[:6]) or (words[0].isupper() and len(words[0]) < 3):
                    continue
                # "BUP-verksamheter": a compound with a common-noun head names a kind of unit, not one.
                if "-" in words[0] and words[0].rsplit("-", 1)[1][:1].islower() and not ORG_HEAD.search(words[0]):
                    continue
            elif not (ORG_HEAD.search(name) or " för " in name or guess_type(name) or words[1][:1].islower()):
                continue
            out.append(ActorHit(slugify(name), text[a:b], a, b, False, name))
    return out


def _owns_item(owned: str, item: str | None) -> bool:
    """True when "X:s utbildning …" (``owned``, from the owner's name on) names the item: the item's
    name follows, or the item is called by the owned phrase itself ("Ale kommuns satsning på …")."""
    return item is not None and _names_item(owned[: 2 * len(item) + 90], item)


def actor_roles(
    text: str, lexicon: ActorLexicon, owner: bool = False, item: str | None = None
) -> list[tuple[str, str, str]]:
    """(slug, role, quote) for organisations whose role a generic phrase states of the item.

    ``item`` is the name of the item the text describes. Roles are scoped to it by the sentence's
    structure: the subject frames ("@ har tagit fram") need the organisation as the clause's subject
    (not after a preposition), and an organisation acting inside a relative clause about something
    else ("en forskargrupp som på uppdrag av @ …") gets no role; nor does an author in a reference list.

    With ``owner`` (the text describes a resource or initiative), "@:s utbildning <item>" makes @
    the producer and "På @:s hemsida finns …" the maintainer; the owned noun must name the item.

    "på uppdrag av X" makes X the funder (the commissioner); whoever did the work is producer.

    >>> lex = ActorLexicon([ActorEntry("uph", "Uppdrag Psykisk Hälsa", ("UPH",))])
    >>> text = "Linköpings universitet har på uppdrag från UPH tagit fram ett program."
    >>> [r[:2] for r in actor_roles(text, lex)]
    [('Linköpings universitet', 'producer'), ('uph', 'funder')]
    >>> [r[:2] for r in actor_roles("Team deltar i UPH:s utbildning Att leda.", lex, owner=True, item="Att leda")]
    [('uph', 'producer')]
    >>> actor_roles("Team deltar i UPH:s utbildning Att leda.", lex, owner=True, item="Kollen")
    []
    >>> actor_roles("Team deltar i UPH:s utbildning Att leda.", lex)
    []
    """
    hits = lexicon.find(text)
    hits = sorted([*hits, *_unknown_makers(text, hits, item)], key=lambda h: (h.start, h.end))
    found: dict[tuple[str, str], str] = {}
    for i, hit in enumerate(hits):
        s_start, s_end = _sentence(text, hit.start, hit.end)
        if _REFERENCE.match(text[s_start:s_end]):
            continue
        snippet = quote(text[s_start:s_end])
        # Walk back over a coordinated list ("X, Y och Z") to the phrase that governs it.
        j, left = i, hit.start
        while j > 0 and hits[j - 1].end <= left and _LIST_SEP.fullmatch(text[hits[j - 1].end : left]):
            j -= 1
            left = hits[j].start
        before = text[max(s_start, left - 120) : left]
        # Walk forward over a coordinated list to the verb that follows it.
        k, right = i, hit.end
        while k + 1 < len(hits) and hits[k + 1].start >= right and _LIST_SEP.fullmatch(text[right : hits[k + 1].start]):
            k += 1
            right = hits[k].end
        after = text[right : min(s_end, right + 160)]
        if _in_foreign_clause(text, s_start, left, item):
            continue
        masked = _mask(before, left - len(before), hits)
        window = f"{masked} @ {_mask(after, right, hits)}".replace("\n", " ")
        at = len(masked) + 1
        object_only = _governed_by_preposition(masked)
        frames = (*_OWNER_FRAMES, *_FRAMES) if owner else _FRAMES
        for rx, role in frames:
            subject_frame = rx.pattern.startswith("@")
            if (rx, role) in _OWNER_FRAMES:
                # A genitive owner ("i @:s utbildning X") may follow a preposition; its noun must be the item.
                if subject_frame and not _owns_item(text[hit.start : s_end], item):
                    continue
            elif subject_frame and object_only and not rx.pattern.startswith("@\\s*-"):
                # ("VINNOVA-finansierade projektet" is a compound: the organisation is no object there.)
                continue
            # Frames that start at the actor need only be tried there (fast).
            if rx.match(window, at) if subject_frame else rx.search(window):
                assert role in ROLES
                # An organisation the lexicon does not know keeps its name as printed (never a slug).
                found.setdefault((hit.slug if hit.known else (hit.name or hit.surface), role), snippet)
                break
    return [(slug, role, q) for (slug, role), q in found.items()]
