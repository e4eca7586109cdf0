"""Named things in running text, for any report: read by cue nouns and copula patterns.

Layouts read what a report's structure lists (inventory items, numbered sections, slide
blocks). This stage reads what its *sentences* name, whatever the layout:

* a cue noun followed by a name: "programmet Hälsa i Sverige för asylsökande och nyanlända",
  "delarenan Hela samhällets suicidprevention", "webbinarieserien X", "rapporten X";
* a capitalised cue noun inside a sentence that starts a name: "… genom Nätverket för
  styrning och ledning av psykiatrin";
* a compound whose first part is an abbreviation: "RSS-nätverket", "IMR-appen";
* an appositive or copula: "EMental Health International Collaborative, ett nätverk för …",
  "X är en webbutbildning …";
* "kallad/så kallade X": "Mottagarfunktionerna, ibland kallade En väg in (EVI)";
* an unnamed product named by its description after a "made" verb: "tar fram en lättfattlig
  handbok för informationsöverföring och sekretess" → "Handbok för informationsöverföring
  och sekretess";
* a counted series of meetings: "tre webbinarier riktade till aktörer inom …" → an event
  "Webbinarier riktade till aktörer inom …" with the count as an observation.

The type is what the cue noun says: a resource-form label of the SKOS vocabulary (read
through :class:`loader.lexicon.Lexicon`) makes a resource of that form; the ontology's class
nouns (``pg:cueNoun`` on the classes, :func:`class_heads`) make an initiative, an event, or a network (an actor of type
``natverk``). Inflection is handled by the Swedish Snowball stemmer plus the definite
endings it leaves ("programmet" → "program"), not by lists of inflected strings.

>>> from loader.model import Document, Line
>>> doc = Document("r", (Line(1, "Inom programmet Hälsa i Sverige för asylsökande har 20 regioner deltagit."),))
>>> [(m.kind, m.name) for m in extract(doc)]
[('initiative', 'Hälsa i Sverige för asylsökande')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from loader.actors import ORG_HEAD, ActorLexicon
from loader.document import artefact_lines
from loader.grammar import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    ARTICLES,
    ATTRIBUTIVE_PREPOSITIONS,
    AUXILIARIES,
    COMMON_VERBS,
    COMPLEX_PREPOSITIONS,
    CONJUNCTIONS,
    DEMONSTRATIVES,
    FINITE_VERBS,
    FUNCTION_WORDS,
    MONTHS,
    NUMBER_WORDS,
    PARTICLES,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUNS,
    QUANTIFIERS,
    STRONG_VERBS,
    SUBJUNCTIONS,
    finite_verb,
    present_with_object,
)
from loader.layouts.base import form_nouns
from loader.layouts.bullets import is_bullet, strip_bullet
from loader.layouts.cues import CueLookup, class_heads, cue_lookup, cue_of, lemma, stem_key
from loader.layouts.cues import NounCue as Cue
from loader.lexicon import Lexicon
from loader.model import ActorRole, Document, Mention, Observation, Relation, Source
from loader.text import MAX_QUOTE, clean, fold

__all__ = ["Cue", "Sentence", "class_heads", "cue_of", "dedupe", "extract", "lemma", "sentences"]

# --------------------------------------------------------------------------- segmentation

_PUA = re.compile("[\ue000-\uf8ff\u00ad\u200b\ufeff]")
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){0,4}\.?\s+[A-ZÅÄÖ]")
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+")
_FOOTNOTE = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2})\s+\S")
_TOC = re.compile(r"(?:\.{4,}|…{2,})\s*\d{1,3}\s*$|\t\d{1,3}\s*$")
#: A footnote that is only a number and an address ("3 https://www.uppdragpsykiskhalsa.se/…").
_NOTE_URL = re.compile(r"^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2})\s+(?:https?://|www\.)\S+")
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S*\s*$")
_PAGE_NO = re.compile(r"^\s*(?:\d{1,3}|sida \d+|\d+\s*\(\d+\))\s*$", re.IGNORECASE)
_SENT_END = re.compile(r"(?<=[.!?])[”\"»]?\s+(?=[A-ZÅÄÖ0-9”\"“«\[])")
_ABBREV = re.compile(r"(?:\bt\.ex|\bbl\.a|\bs\.k|\bm\.m|\bdvs|\bca|\bnr|\bst|\bkap|\bo\.s\.v|\bjfr|\bs)\.$", re.I)
# "angelä-\n get" joins; "barn- och" and "IMR-\nprogrammet" keep their hyphen.
_JOIN_NEXT = re.compile(r"^(?!och\b|eller\b|samt\b|till\b)[a-zåäöé]")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a report, joined over line breaks, with the line each character is on."""

    report: str
    text: str
    line: int  # line of the first character
    #: (offset in ``text``, line number) where each source line starts
    line_starts: tuple[tuple[int, int], ...]
    block: int  # index of the block (paragraph, bullet, footnote) it belongs to

    def line_at(self, offset: int) -> int:
        """The 1-based line of the character at ``offset``."""
        line = self.line
        for start, number in self.line_starts:
            if start > offset:
                break
            line = number
        return line

    def quote(self, start: int = 0, end: int = 0) -> str:
        """The sentence, or a window of at most 300 characters centred on ``[start, end)``."""
        text = self.text
        if len(text) <= MAX_QUOTE:
            return text
        mid = (start + end) // 2
        lo = max(0, min(mid - MAX_QUOTE // 2 + 2, len(text) - MAX_QUOTE + 2))
        hi = min(len(text), lo + MAX_QUOTE - 4)
        if lo > 0:
            lo = text.find(" ", lo) + 1 or lo
        if hi < len(text):
            hi = text.rfind(" ", lo, hi) if text.rfind(" ", lo, hi) > lo else hi
        return ("… " if lo > 0 else "") + text[lo:hi].strip() + (" …" if hi < len(text) else "")

    def source(self, start: int = 0, end: int = 0, trigger: str = "") -> Source:
        """Evidence for a fact read at ``[start, end)`` of this sentence."""
        return Source(self.report, self.line_at(start), self.quote(start, end), trigger=trigger)


def _is_item(text: str) -> bool:
    """A list item: any bullet glyph (the one recogniser, loader.layouts.bullets) or "1." / "2)"."""
    return is_bullet(text) or bool(_NUMBERED_ITEM.match(text))


def _breaks_block(text: str, prev: str) -> bool:
    """Whether a line starts a new block: a heading, bullet, footnote, table row or link."""
    if _NUMBERED_HEADING.match(text) and len(text) < 140 and not text.rstrip().endswith("."):
        return True
    if _is_item(text) or _URL_LINE.match(text) or "\t" in text or _TOC.search(text):
        return True
    if _FOOTNOTE.match(text) and (not prev or prev.rstrip().endswith((".", ":", "!", "?"))):
        return True
    if _NOTE_URL.match(text):
        return True  # "3 https://…": a footnote giving only its address never runs on a sentence or list item
    if _is_item(prev) and text[:1].isupper() and not prev.rstrip().endswith((",", "-", "–", " och", " samt")):
        return True  # a bullet item ends where a capitalised line starts
    # A short line without end punctuation after a finished sentence is a heading, and so is a
    # short unpunctuated line followed by a capitalised one.
    if prev.rstrip().endswith((".", "!", "?")) and len(text) < 70 and not text.rstrip().endswith("."):
        return True
    return bool(len(prev) < 60 and not prev.rstrip().endswith((".", ",", "-", "–")) and text[:1].isupper())


def _blank_breaks(doc: Document) -> bool:
    """Whether an empty line ends a paragraph: not in text that has one after nearly every line."""
    texts = [line.text.strip() for line in doc.lines]
    filled = [i for i, t in enumerate(texts) if t]
    followed = sum(1 for i in filled if i + 1 < len(texts) and not texts[i + 1])
    return followed < 0.4 * max(1, len(filled))


def _blocks(doc: Document) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    prev = ""
    pending = False
    blank_breaks = _blank_breaks(doc)
    furniture = artefact_lines(doc)  # a running head inside a sentence at a page break is skipped
    heading_end = False  # the last line was a numbered heading (or a footnote printed like one)
    for index, line in enumerate(doc.lines):
        if index in furniture:
            continue
        if "\t" in line.text:  # a table row: the tables layout reads those
            if current:
                blocks.append(current)
            current, prev, heading_end = [], "", False
            continue
        text = clean(_PUA.sub(" ", line.text.replace("\f", " ")))
        if heading_end:
            heading_end = False
            # A numbered line ends its block unless the next line runs on in lower case: a footnote
            # "2 SKR:s webbplats, Tilläggsöverenskommelse om … med" / "intellektuell …" is one sentence.
            if not text[:1].islower() and current:
                blocks.append(current)
                current, prev = [], ""
        if not text and blank_breaks and current:
            pending = True  # a blank line ends the block unless the text runs on in lower case
            continue
        if pending and text:
            pending = False
            runs_on = text[:1].islower() and not prev.rstrip().endswith((".", "!", "?", ":"))
            if not runs_on and current:  # "… att utreda\n\nnärvaroproblem och …": a PDF line gap in a sentence
                blocks.append(current)
                current, prev = [], ""
        if not text or _PAGE_NO.match(text):
            continue
        if _URL_LINE.match(text) or _TOC.search(text):
            if current:
                blocks.append(current)
            current, prev = [], ""
            continue
        if current and _breaks_block(text, prev):
            blocks.append(current)
            current = []
        current.append((line.number, text))
        prev = text
        if _NUMBERED_HEADING.match(text) and len(text) < 140 and not text.endswith("."):
            heading_end = True
    if current:
        blocks.append(current)
    return blocks


def _join(block: list[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    text = ""
    starts: list[tuple[int, int]] = []
    for number, part in block:
        if text.endswith("-") and len(text) > 1 and text[-2].islower() and _JOIN_NEXT.match(part):
            text = text[:-1]
        elif text.endswith("-") and len(text) > 1 and (text[-2].isupper() or text[-2].isdigit()) and part[:1].islower():
            pass  # "IMR-\nappen", "SKL-\nprojektet": the hyphen belongs to the compound
        elif text:
            text += " "
        starts.append((len(text), number))
        text += part
    return text, starts


def sentences(doc: Document) -> list[Sentence]:
    """Every sentence of ``doc`` in text order (blocks never share a sentence).

    >>> from loader.model import Document, Line
    >>> doc = Document("r", (Line(1, "SKR tar fram en hand-"), Line(2, "bok om SIP. Den är klar."), Line(3, "")))
    >>> [(s.text, s.line, s.line_at(22)) for s in sentences(doc)]
    [('SKR tar fram en handbok om SIP.', 1, 2), ('Den är klar.', 2, 2)]
    """
    out: list[Sentence] = []
    for b, block in enumerate(_blocks(doc)):
        text, starts = _join(block)
        pos = 0
        cuts = [m.end() for m in _SENT_END.finditer(text) if not _ABBREV.search(text[: m.start() + 1].rstrip('”"» '))]
        for cut in [*cuts, len(text)]:
            chunk = text[pos:cut].strip()
            if chunk:
                lead = pos + (len(text[pos:cut]) - len(text[pos:cut].lstrip()))
                local = tuple((max(0, s - lead), n) for s, n in starts if s < lead + len(chunk))
                first = local[-1][1] if local else block[0][0]
                for s, n in local:
                    if s <= 0:
                        first = n
                out.append(Sentence(doc.report, chunk, first, local, b))
            pos = cut
    return out


# --------------------------------------------------------------------------- names

_TOKEN = re.compile(r"\[[^\]]{2,200}\]\([^)\s]*\)|[”\"“«][^”\"“«»]{2,200}[”\"»]|[\w][\w:.'’/&+-]*\w|\w|[^\w\s]")
#: Words that end a name: finite verbs, pronouns, conjunctions and adverbials that open a clause
#: (general grammar, :mod:`loader.grammar`); "om" joins an attribute ("Handbok om SIP"), so stays.
_STOP = (
    AUXILIARIES
    | (SUBJUNCTIONS - {"om"})
    | (CONJUNCTIONS - {"och"})
    | DEMONSTRATIVES
    | (PRONOUNS - POSSESSIVES)
    | (PREPOSITIONS - ATTRIBUTIVE_PREPOSITIONS)
    | ADVERBS
    | PARTICLES
    | COMMON_VERBS
    | {"annat"}  # "bland annat"
)
#: Words that open a new clause after a noun phrase.
_CLAUSE = AUXILIARIES | (SUBJUNCTIONS - {"om"}) | CONJUNCTIONS | {"under"}
#: Words that join the words of one name: attributive prepositions, "och", a dash.
_CONNECT = ATTRIBUTIVE_PREPOSITIONS | {"och", "–", "-"}
#: Capitalised words that never start a name: closed-class words and sentence adverbs; an
#: organisation's own name (SKR, Regeringen) is recognised by the lexicons (:func:`_is_actor_word`).
_NOT_START = FUNCTION_WORDS | ADVERBS


@lru_cache(maxsize=1)
def _actor_lexicon() -> ActorLexicon:
    from psykgraf.settings import Settings  # the curated organisation list the pipeline reads

    return ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")


@lru_cache(maxsize=8192)
def _is_actor_word(word: str) -> bool:
    """Whether one capitalised word is an organisation's own name ("SKR", "Socialstyrelsen") or an
    actor-type noun ("Regeringen", "Staten"): the subject of a sentence, never the start of a thing's name."""
    if not word[:1].isupper():
        return False
    if _actor_lexicon().resolve(word) is not None:
        return True
    return any(t.scheme == "actor-type" and t.start == 0 and t.end == len(word) for t in Lexicon.from_dir().tag(word))


#: Past-tense and passive endings: "påbörjades", "drevs", "lanserats", "utvecklade".
_VERBISH = re.compile(r"(?:ades|ats|ade|des|tes|dde|tte|evs|ogs|ordes|ändes|endes)$")
_DEFINITE_END = re.compile(r"(?:en|et|[aeiouyåäö]n|na)$")
_DEFINITE = re.compile(r"(?:et|en|n|na|erna|arna|orna)$")
_ARTICLE = ARTICLES
_MADE = re.compile(
    r"\b(?:ta(?:r|git|gits|s) fram|togs fram|arbeta(?:t|r)? fram|utvecklat|utvecklats|utvecklar|publicerat|"
    r"publicerats|lanserat|lanserats|producerat|producerats|skapat|skapats|ge(?:r|tt)? ut|gett ut)\s+"
    r"(?:(?:en|ett)\s+)",
    re.IGNORECASE,
)
_PREP = ATTRIBUTIVE_PREPOSITIONS | {"inom"}
#: Number words that count a series ("tre webbinarier"); "en/ett" is an article.
_COUNT_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n >= 2}
#: A counted series: a number, a plural noun (an event noun of the ontology, checked in _find) and
#: what the series is about.
_SERIES = re.compile(
    rf"\b(\d{{1,3}}|{'|'.join(w for w, n in NUMBER_WORDS.items() if n >= 2)})\s+([\wåäö-]+)\s+"
    r"((?:om|kring|inom|med fokus på|med koppling till|på temat|riktade till|för)\s+[^.;:()]{3,120}?)"
    r"(?=\s*(?:[,.;:()]|\bdär\b|\bsom\b|\bmed\b|\boch\s+(?:ett|en)\b|$))",
    re.IGNORECASE,
)
#: A footnote number glued to a word: "Genombrott2", "miljö19" (not "SIP1"-style codes in capitals).
_GLUED = re.compile(r"(?<=[a-zåäö])\d{1,2}$")
#: A year with a footnote number glued to it, "20256" (Swedish prints larger numbers with spaces).
_GLUED_YEAR = re.compile(r"((?:19|20)\d\d)\d{1,2}")
_YEAR_RANGE = re.compile(r"^\s*\((?:(?:19|20)\d\d)\s*[-–]\s*(?:(?:19|20)\d\d)\)")
_SINCE = re.compile(r"\b[Ss]edan\s+((?:19|20)\d\d)\b")
_PARTNER = re.compile(
    r"\b(?:tillsammans med|i samarbete med|i samverkan med)\s+"
    r"([A-ZÅÄÖ][\w:-]*(?:\s+(?:(?:för|i|och)\s+)?[A-ZÅÄÖ][\w:-]*)*)"
)
#: The subject that opens a sentence with a "made" verb: "SKR har (under året) tagit fram …".
_MAKER = re.compile(r"^(?:(?:Under|Sedan|I)\s+\S+\s+)?(?:har\s+)?([A-ZÅÄÖ][\w:-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,3})\s+har\b")
_KALLAD = re.compile(r"\b(?:så\s+)?kallad(?:e|es)?\s+")


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _is_cap(word: str) -> bool:
    w = word.lstrip('”"“«[(')
    return bool(w) and (w[0].isupper() or (w[0].isdigit() and any(c.isalpha() for c in w)))


def _bare(token: str) -> str:
    """A quoted or linked token's text: "[Förbättrad samverkan](#)" → "Förbättrad samverkan".
    A bracket or quote mark standing alone (a token of one character) is punctuation, kept as it is.

    >>> _bare("[Förbättrad samverkan](#)"), _bare("[")
    ('Förbättrad samverkan', '[')
    """
    if len(token) < 2:
        return token
    if token.startswith("[") and "]" in token:
        return token[1 : token.index("]")]
    if token[:1] in '”"“«':
        inner = token[1:-1]
        return _bare(inner) if inner.startswith("[") and "]" in inner else inner
    return token


def _counted_bodies(tokens: list[_Token], k: int) -> bool:
    """Whether tokens from ``k`` count organisations ("tre regioner", "12 kommuner", "fem län"): a
    number word or a small number, then a noun of the actor-type vocabulary.

    >>> _counted_bodies(_tokens("tre regioner"), 0), _counted_bodies(_tokens("7 steg"), 0)
    (True, False)
    """
    if k + 1 >= len(tokens):
        return False
    count = tokens[k].text.lower()
    if count not in _COUNT_WORDS and not re.fullmatch(r"\d{1,3}", count):
        return False
    noun = tokens[k + 1].text
    return any(t.scheme == "actor-type" and t.start == 0 for t in Lexicon.from_dir().tag(noun))


def _passive_present(tokens: list[_Token], j: int) -> bool:
    """Whether token ``j`` is a present passive ("prövas", "testas", "erbjuds" ends in -s after a
    vowel or consonant; here the regular -as form of six letters or more) followed by a preposition,
    a punctuation mark or the end, as a predicate is. A genitive in -as ("flickas") is followed by
    its noun instead.

    >>> toks = _tokens("Modellen Stegvis stöd prövas i Region Jämtland")
    >>> _passive_present(toks, 3), _passive_present(_tokens("Varje flickas rätt"), 1)
    (True, False)
    """
    low = tokens[j].text.lower()
    if not (low.isalpha() and low.endswith("as") and len(low) >= 6 and tokens[j].text[:1].islower()):
        return False
    nxt = tokens[j + 1].text.lower() if j + 1 < len(tokens) else "."
    return nxt in PREPOSITIONS or not any(c.isalnum() for c in nxt)


def _predicate(tokens: list[_Token], j: int) -> bool:
    """Whether the lower-case ``tokens[j]`` is the finite verb of the clause a title is the subject of: a
    frequent verb ("togs", "används"), a preterite or passive by its ending ("lanserades",
    "publicerats") or a present tense before its object ("sammanfattar arbetet"). A noun phrase holds
    none of them, so the title ends before it.

    >>> toks = _tokens("X – en modell för vården togs fram och sammanfattar arbetet")
    >>> [t.text for j, t in enumerate(toks) if _predicate(toks, j)]
    ['togs', 'sammanfattar']
    >>> toks = _tokens("X – en modell för vården kom i ny version och har spridits")
    >>> [t.text for j, t in enumerate(toks) if _predicate(toks, j)]
    ['kom', 'har', 'spridits']
    """
    t = tokens[j].text
    if not t[:1].islower():
        return False
    nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
    low = t.lower()
    preterite = len(low) >= 6 and re.search(r"(?:ades|ats|ogs|des|evs|avs|ågs)$", low) is not None
    # the past tense and supine of a strong verb ("kom i en tredje version", "har kommit")
    strong = low in _STRONG_PAST
    # a passive supine ("har spridits", "har skrivits"): a verb form no noun phrase holds
    supine = len(low) >= 7 and low.endswith("its")
    return finite_verb(low, nxt) or preterite or strong or supine or present_with_object(low, nxt)


#: Past tenses and supines of the strong verbs of :data:`loader.grammar.STRONG_VERBS` ("kom", "gjordes");
#: "satt" is left out (also an adjective and participle).
_STRONG_PAST = frozenset(f for _, past, _ in STRONG_VERBS.values() for f in past) - {"satt"}


def _name_from(
    tokens: list[_Token], i: int, article: bool = False, cues: CueLookup | None = None, titled: bool = False
) -> tuple[str, int, int] | None:
    """The name that starts at token ``i``: a quoted/linked title or a capitalised phrase.

    A footnote number glued to a word ("Traumastödet22") ends the name; a lower-case cue
    noun starts another thing ("Kraftsamling för psykisk hälsa och delarenan X").
    Returns (name, start offset, end offset) or None.
    """
    if i >= len(tokens):
        return None
    first = tokens[i]
    if first.text[:1] in '[”"“«' and len(first.text) > 2:  # a link or a quotation, not a lone mark
        return clean(_bare(first.text)), first.start, first.end
    starts_ok = article and first.text in ("En", "Ett")
    # After a cue noun a capitalised function word opens a title ("webbtjänsten Min väg in", "filmen Att
    # leva vidare"): the capital marks the name, as no sentence starts there.
    starts_ok = starts_ok or (titled and first.text[:1].isupper())
    if not _is_cap(first.text) or not any(c.isalpha() for c in first.text):
        return None
    if first.text.lower() in _NOT_START and not starts_ok:
        return None
    if _GLUED.search(first.text):
        return _GLUED.sub("", first.text), first.start, first.end - len(_GLUED.search(first.text).group(0))  # type: ignore[union-attr]
    j = i + 1
    lower_run = 0
    while j < len(tokens) and j - i < 12:
        t = tokens[j].text
        low = t.lower()
        if not any(c.isalnum() for c in t) and t not in "–-":
            break
        if re.fullmatch(r"(?:19|20)\d\d", t):
            # "Första linjen 2020, Nulägesbeskrivning …": a year closes a title; so it does before the place
            # a thing was held ("Konferensen Elevhälsa 2028 i Göteborg samlade …").
            held = j + 2 < len(tokens) and tokens[j + 1].text == "i" and _is_cap(tokens[j + 2].text)
            if j + 1 == len(tokens) or tokens[j + 1].text in ",.;:" or held:
                j += 1
            break
        if (y := _GLUED_YEAR.fullmatch(t)) and (j + 1 == len(tokens) or tokens[j + 1].text in ",.;:"):
            # "… i BUP 20256. Kart-": a year with a footnote number glued to it closes the title too.
            name = clean(_joined(tokens[i:j]) + " " + y.group(1))
            return name, first.start, tokens[j].start + 4
        if low in _STOP:
            break
        if t in "–-" and tokens[j - 1].end < tokens[j].start and j + 1 < len(tokens):
            following = tokens[j + 1].text.lower()
            if following in _COUNT_WORDS or following.isdigit():
                break  # "Filmserien Mieli – fem kortfilmer om …": a count after a dash says what it holds
        if low == "tillsammans" or (
            low == "i" and j + 1 < len(tokens) and tokens[j + 1].text in ("samarbete", "samverkan")
        ):
            break  # "… i samarbete med länet": a partner phrase follows the name (_PARTNER reads it)
        if low in PREPOSITIONS and _counted_bodies(tokens, j + 1):
            break  # "pilotprojektet Unga vuxna i fokus i tre regioner": where it ran, not its name
        if low in FINITE_VERBS:
            break  # "I podden Prata psykisk hälsa medverkar experter": the verb of an inverted clause
        if _passive_present(tokens, j):
            break  # "Modellen Stegvis stöd prövas i Region X": the predicate
        cue = cues.of(t) if cues is not None and not _is_cap(t) and low not in _CONNECT else None
        if cue is not None and cue.noun != low:  # a definite cue noun starts another thing
            break
        if _GLUED.search(t) and not t[:1].isdigit():
            name = clean(_joined(tokens[i:j]) + " " + _GLUED.sub("", t))
            return name, first.start, tokens[j].end - len(_GLUED.search(t).group(0))  # type: ignore[union-attr]
        if _is_cap(t):
            lower_run = 0
        elif low in _CONNECT:
            pass
        elif t.isdigit() or low in ("år", "–", "-"):
            pass  # an age range inside a name: "ABC till föräldrar med barn 0–2 år"
        else:
            # A supine in -ats closes no name before a comma or the end: without its auxiliary (which
            # stops the name first) it is a noun there, "webbverktyget Friskare arbetsplats, som …".
            closing = j + 1 == len(tokens) or tokens[j + 1].text in ",.;:"
            if _VERBISH.search(low) and len(low) > 4 and not (closing and low.endswith("ats")):
                break
            prev_word = tokens[j - 1].text
            # "DigiLys bidrar": a present-tense verb right after a name; "Sociala investeringar" is
            # an adjective and its noun.
            # "Ungas röster", "Barnens rättigheter": after a genitive in -s the word is its noun, unless
            # it is a known verb or an -erar present ("Friskis arrangerar").
            genitive = (
                prev_word.endswith("s")
                and len(prev_word) > 4
                and low not in FINITE_VERBS | COMMON_VERBS | AUXILIARIES
                and not low.endswith("erar")
            )
            if lower_run == 0 and re.search(r"(?:ar|er|ir|år)$", low) and _is_cap(prev_word) and not genitive:
                if not prev_word.lower().endswith(("a", "e")) and low not in _CONNECT:
                    break
            lower_run += 1
            if lower_run > 3:
                break
        j += 1
    while j > i + 1 and tokens[j - 1].text.lower() in _CONNECT:
        j -= 1
    name = clean(_joined(tokens[i:j]))
    return name, first.start, tokens[j - 1].end


#: The copula in its tenses: a title may say what something is or was ("Fråga hur dagen var").
_COPULAS = frozenset(("är", "var", "blir", "blev"))
#: Words after the comma that closes a title with a verb in it: a relative clause or an apposition.
_AFTER_TITLE = {"som", "där", "vilken", "vilket", "vilka", "en", "ett", *_COUNT_WORDS}


def _clause_title(tokens: list[_Token], i: int, named: tuple[str, int, int]) -> tuple[str, int, int]:
    """A title after a cue noun that is a clause of its own ("affischen Du är inte ensam, som riktar
    sig …"): where the name stopped at a verb or pronoun, a comma a few words on followed by a relative
    pronoun or an apposition ("…, som", "…, fyra korta filmer") closes the whole title.

    >>> toks = _tokens("Den digitala affischen Du är inte ensam, som riktar sig till unga.")
    >>> _clause_title(toks, 3, ("Du", toks[3].start, toks[3].end))[0]
    'Du är inte ensam'
    >>> toks = _tokens("Inom projektet Hälsa har vi arbetat länge, som planerat.")
    >>> _clause_title(toks, 2, ("Hälsa", toks[2].start, toks[2].end))[0]
    'Hälsa'
    """
    end = next((j for j in range(i, len(tokens)) if tokens[j].end >= named[2]), None)
    if end is None or end + 1 >= len(tokens) or tokens[end + 1].text.lower() not in _STOP:
        return named
    close = next((j for j in range(end + 1, min(len(tokens), i + 7)) if not tokens[j].text[:1].isalnum()), None)
    if close is None or tokens[close].text != "," or close + 1 >= len(tokens):
        return named
    if tokens[close + 1].text.lower() not in _AFTER_TITLE or _is_actor_word(tokens[i].text):
        return named
    if any(
        t.text.lower() in AUXILIARIES - _COPULAS or _VERBISH.search(t.text.lower()) for t in tokens[end + 1 : close]
    ):
        return named  # "Hälsa har vi arbetat": a clause about the thing, not its title
    text = tokens[i].text if close == i + 1 else _joined(tokens[i:close])
    return clean(text), tokens[i].start, tokens[close - 1].end


def _joined(tokens: list[_Token]) -> str:
    """Tokens as the text spaced them: "0–2 år", not "0 – 2 år"."""
    out = ""
    for n, t in enumerate(tokens):
        out += ("" if n == 0 or t.start == tokens[n - 1].end else " ") + t.text
    return out


def _complement(tokens: list[_Token], i: int, limit: int = 9) -> int:
    """End token index of a prepositional complement starting at ``i`` ("för aktörer som …" → before "som")."""
    j = i
    preps = 1 if i > 0 and tokens[i - 1].text.lower() in _PREP else 0
    while j < len(tokens) and j - i < limit:
        t = tokens[j].text
        low = t.lower()
        if not any(c.isalnum() for c in t) or low in _STOP or low in ("tillsammans", "utifrån", "samt", "att"):
            break
        if low == "och" and j + 1 < len(tokens) and _is_cap(tokens[j + 1].text):
            break  # "… för global hälsa och Swedish Institute …": another name follows
        prev = tokens[j - 1].text.lower() if j > i else ""
        if j > i and (low in _ARTICLE or low in NUMBER_WORDS) and prev not in _PREP and prev not in _CONNECT:
            # "Nätverket för elevhälsochefer en ny omgång", "… primärvårdschefer två gånger": an article
            # or number word right after the complement's noun opens the verb's object or an adverbial.
            break
        if low in _PREP:
            preps += 1
            if preps > 1 and low in ("för", "till", "med"):  # "… och sekretess för aktörer som …"
                break
        if _GLUED.search(t):
            j += 1
            break
        if t.isdigit() and j + 1 < len(tokens) and tokens[j + 1].text == ")":
            break  # "… och metoder 2) kartlägga …": the next item of a numbered list
        if j > i and (low in ("en", "ett") or low in NUMBER_WORDS):
            break  # "Nätverket för elevhälsochefer en ny omgång", "… två gånger": the verb's object
        if j > i and finite_verb(low, tokens[j + 1].text if j + 1 < len(tokens) else ""):
            break  # "konferensen om självskadebeteende samlade 400 deltagare": the predicate
        j += 1
    while j > i + 1 and tokens[j - 1].text.lower() in _CONNECT:
        j -= 1
    return j


def _title_complement(tokens: list[_Token], i: int) -> int:
    """End of a title's complement from ``i`` (after its head noun and preposition): a determiner
    before an adjective belongs to it ("av den psykiatriska heldygnsvården"), a further "inom" phrase
    too ("för regionala utvecklingsledare inom psykisk hälsa"); a verb ends it.

    >>> toks = _tokens("Kartläggning av den psykiatriska heldygnsvården 2019 genomfördes.")
    >>> " ".join(t.text for t in toks[2:_title_complement(toks, 2)])
    'den psykiatriska heldygnsvården'
    """
    start = i
    if i + 1 < len(tokens) and tokens[i].text.lower() in ("den", "det", "de") and _is_adjective(tokens[i + 1].text):
        i += 1
    end = _complement(tokens, i)
    while end < len(tokens) and tokens[end].text.lower() == "inom" and end + 1 < len(tokens):
        more = _complement(tokens, end + 1)
        if more <= end + 1:
            break
        end = more
    end = next(
        (
            j
            for j in range(start, end)
            if (_VERBISH.search(tokens[j].text.lower()) and len(tokens[j].text) > 4)
            or re.fullmatch(r"(?:19|20)\d\d", tokens[j].text)  # a year closes a title (the caller may keep it)
        ),
        end,
    )
    while end > start + 1 and tokens[end - 1].text.lower() in _CONNECT:
        end -= 1
    return end if end > i else start


# --------------------------------------------------------------------------- extraction


@dataclass(frozen=True)
class _Found:
    kind: str
    code: str
    name: str
    start: int
    end: int
    trigger: str
    count: int | None = None
    alt: str = ""
    member: bool = False  # a member of a list of examples, typed by the list's (plural) class noun


def _good_name(name: str, after_cue: bool = False, titled: bool = False) -> bool:
    """Whether ``name`` can be a thing's name; an organisation's own name starts none unless a cue
    noun right before says it names a network ("nätverket IIMHL"): "forskningsstudie UPH har" is a
    heading run into a sentence whose subject is UPH; a resource or project is never an organisation."""
    words = name.split()
    if not words or len(name) < 2 or len(name) > 160:
        return False
    if not re.search(r"[A-Za-zÅÄÖåäö]", name):
        return False
    possessive = titled and words[0][:1].isupper() and len(words) > 1
    return (words[0].lower() not in _NOT_START or possessive) and (after_cue or not _is_actor_word(words[0]))


def _spoken(quoted: str) -> bool:
    """Whether a quotation is words someone says ("Fråga oss innan ni bestämmer"), not a group's
    name: it speaks in the first or second person.

    >>> _spoken("Fråga oss innan ni bestämmer"), _spoken("Unga för unga")
    (True, False)
    """
    return any(w.lower() in PRONOUNS - POSSESSIVES for w in re.findall(r"[\wåäöÅÄÖ]+", quoted))


def _find(s: Sentence, cues: CueLookup) -> list[_Found]:
    text = s.text
    toks = _tokens(text)
    out: list[_Found] = []
    for k, tok in enumerate(toks):
        word = tok.text
        if not word[:1].isalpha():
            continue
        cue = cues.of(word)
        if cue is None:
            continue
        low = word.lower()
        # 1. "RSS-nätverket", "IMR-appen": an abbreviation names the thing.
        # "Angereds-projektet": a place's or owner's proper name joined to a definite cue noun.
        proper = re.match(r"^[A-ZÅÄÖ][a-zåäö]{2,}-", word) is not None and cues.of(word.split("-", 1)[0]) is None
        if "-" in word and (re.match(r"^[A-ZÅÄÖ]{2,}[\w]*-", word) or proper) and _DEFINITE.search(low):
            # "SKL-projektet Psynk, psykisk hälsa barn och unga": the owner's short name and a cue
            # noun before a name, like "projektet Psynk"; the name follows.
            following = _name_from(toks, k + 1, cues=cues) if k + 1 < len(toks) else None
            if (
                following is not None
                and _good_name(following[0], after_cue=cue.kind == "actor")
                and not cues.is_organisation(following[0].split()[0])
            ):
                out.append(
                    _Found(cue.kind, cue.code, following[0], following[1], following[2], f"{word} {following[0]}"[:80])
                )
            else:
                out.append(_Found(cue.kind, cue.code, word, tok.start, tok.end, word))
            continue
        # 1b. "ambulansnätverket på SKR", "chefsnätverket": a compound network noun in the definite
        # singular names one network (the bare "nätverket" refers back to one named before); before a
        # capitalised name it only says what the name is ("lärandenätverket Tryggare rum", rule 2).
        named_next = k + 1 < len(toks) and _is_cap(toks[k + 1].text) and toks[k + 1].text.lower() not in _NOT_START
        if (
            cue.kind == "actor"
            and word.islower()
            and low.endswith("nätverket")
            and len(low) >= len("nätverket") + 4
            and "-" not in low
            and not named_next
        ):
            out.append(_Found(cue.kind, cue.code, word[:1].upper() + word[1:], tok.start, tok.end, word))
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        # 2. cue noun + name: "delarenan Hela samhällets suicidprevention", "programmet X".
        definite = bool(_DEFINITE_END.search(low))
        if nxt is not None and (not word[0].isupper() or (k == 0 and definite)):
            named = _name_from(toks, k + 1, cues=cues, titled=True)
            named = _clause_title(toks, k + 1, named) if named is not None else None
            if (
                named
                and _good_name(named[0], after_cue=cue.kind == "actor", titled=True)
                and (named[0] != _bare(nxt.text if nxt else "") or _is_cap(named[0]))
                and not (cue.kind == "actor" and nxt.text[:1] in '”"“«' and _spoken(named[0]))
            ):
                name, a, b = named
                # "programmet Region Skåne …", "Folkhälsopiloten Länsstyrelsen Stockholm": an
                # organisation (a word the actor-type vocabulary knows) follows, not the thing's name.
                if not cues.is_organisation(name.split()[0]):
                    out.append(_Found(cue.kind, cue.code, name, a, b, f"{word} {name}"[:80]))
                    continue
        # 2b. "vård- och insatsprogrammet för missbruk och beroende": a definite noun of a coordinated
        # compound (a term of its own) with a complement names one thing, in lower case too.
        if (
            k >= 3
            and cue.kind in ("resource", "initiative")
            and word.islower()
            and toks[k - 1].text == "och"
            and toks[k - 2].text == "-"
            and toks[k - 3].text.isalpha()
            and toks[k - 3].text.islower()
            and toks[k - 3].end == toks[k - 2].start
            and _DEFINITE_END.search(low)
            and low != cue.noun
            and not low.endswith(("arna", "erna", "orna", "ena"))
            and nxt is not None
            and nxt.text == "för"
        ):
            end = _title_complement(toks, k + 2)
            if end > k + 2:
                name = clean(text[toks[k - 3].start : toks[end - 1].end])
                out.append(
                    _Found(cue.kind, cue.code, name[0].upper() + name[1:], toks[k - 3].start, toks[end - 1].end, word)
                )
                continue
        # 3. a capitalised definite cue inside a sentence with a complement: "Nätverket för styrning …".
        footnote = k == 1 and toks[0].text.isdigit()  # "2 Webbplatsen för Genombrott" titles a link
        if (
            k > 0
            and not footnote
            and word[0].isupper()
            and _DEFINITE.search(low)
            and nxt is not None
            and nxt.text in ("för", "om", "mot")
            and cue.noun.startswith(low[:3])  # "Nätverket för …", not a compound name "Elevhälsoportalen i …"
        ):
            end = _complement(toks, k + 2)
            if end > k + 2:
                name = clean(text[tok.start : toks[end - 1].end])
                out.append(_Found(cue.kind, cue.code, name, tok.start, toks[end - 1].end, word))
                continue
        # 3a. "Under året har Brukarrådet inom UPH träffats …": a capitalised definite group noun inside a
        # sentence, placed in an organisation ("inom/vid/på" and a capitalised name), names that body.
        if (
            k > 0
            and cue.kind == "actor"
            and word[0].isupper()
            and _DEFINITE.search(low)
            and nxt is not None
            and nxt.text in ("inom", "vid", "på")
            and k + 2 < len(toks)
            and _is_cap(toks[k + 2].text)
            and toks[k + 2].text.lower() not in _NOT_START
        ):
            end = k + 3
            while end < len(toks) and _is_cap(toks[end].text) and toks[end].text.lower() not in _NOT_START:
                end += 1
            name = clean(text[tok.start : toks[end - 1].end])
            out.append(_Found(cue.kind, cue.code, name, tok.start, toks[end - 1].end, word))
            continue
        # 3b. "Nätverket för regionala utvecklingsledare inom psykisk hälsa träffades …": a network noun in
        # the definite form with a complement of its own names one network, at a sentence's start too.
        if k == 0 and cue.kind == "actor" and _DEFINITE.search(low) and nxt is not None and nxt.text == "för":
            end = _title_complement(toks, k + 2)
            # A sentence goes on after the name (a list entry or a caption names no network of its own).
            if end - (k + 2) >= 2 and end < len(toks) and toks[end].text[:1].isalpha():
                name = clean(text[tok.start : toks[end - 1].end])
                out.append(_Found(cue.kind, cue.code, name, tok.start, toks[end - 1].end, word))
                continue
        # 3c. "genomfördes Kartläggning av den psykiatriska heldygnsvården 2019", "Handbok för samverkan kring
        # …": a capitalised form noun inside a sentence, in its base form, opens a title (the capital marks
        # it, as no sentence starts there); the title is the noun, its complement and a closing year.
        lead = toks[k - 1].text if k > 0 else ""
        if (
            k > 0
            and cue.kind == "resource"
            and word[:1].isupper()
            and word.isalpha()
            and low.endswith(cue.noun)
            and lead[:1].isalpha()
            and not _is_cap(lead)
            and lead.lower() not in _ARTICLE  # "ett Barnhälsoindex för alla …": one described, not a title
            and nxt is not None
            and nxt.text in ("för", "om", "av", "kring", "vid")
        ):
            end = _title_complement(toks, k + 2)
            if end < len(toks) and re.fullmatch(r"(?:19|20)\d\d", toks[end].text):
                end += 1
            if end - (k + 2) >= 1:
                name = clean(text[tok.start : toks[end - 1].end])
                out.append(_Found(cue.kind, cue.code, name, tok.start, toks[end - 1].end, word))
                continue
        # 4. appositive / copula: "X, ett nätverk för …", "X är en webbutbildning".
        prev = toks[k - 1].text.lower() if k > 0 else ""
        back = k - 1
        while back > 0 and back >= k - 3 and toks[back].text.lower() not in _ARTICLE:
            if _is_cap(toks[back].text) or not toks[back].text.isalpha():
                back = -1
                break
            back -= 1
        if (back > 0 and toks[back].text.lower() in _ARTICLE) or prev in _ARTICLE:
            art = back if back > 0 and toks[back].text.lower() in _ARTICLE else k - 1
            before = toks[art - 1].text if art >= 1 else ""
            if before[:1] in '”"“«' and len(before) > 4 and (art + 1 == k or cue.kind == "resource"):
                # "ingick i ”Bortom IT” en antologi som …": a quoted title and its class noun in apposition.
                title = clean(_bare(before))
                if _good_name(title) and _is_cap(title):
                    out.append(_Found(cue.kind, cue.code, title, toks[art - 1].start, tok.end, f"{before} {word}"))
                    continue
            if before in (",", "är") and art >= 2:
                end = art - 1
                short_name = ""
                if end > 0 and toks[end - 1].text == ")":  # "… (SIGHT) nätverk" / "X (IIMHL), ett …"
                    close = end - 1
                    while end > 0 and toks[end - 1].text != "(":
                        end -= 1
                    end -= 1
                    inner = toks[end + 1 : close]
                    if len(inner) == 1 and re.fullmatch(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9-]{1,9}", inner[0].text):
                        short_name = inner[0].text  # "Illness Management Recovery (IMR) är ett …": its short name
                # The name is the longest capitalised phrase that runs up to the comma:
                # "Samverkansgruppen för elevhälsa, ett nätverk för …".
                beg = end
                for j in range(max(0, end - 8), end):
                    named = _name_from(toks, j) if _is_cap(toks[j].text) else None
                    if named and named[2] == toks[end - 1].end and (j == 0 or not _is_cap(toks[j - 1].text)):
                        beg = j
                        break
                if beg + 1 == end and _refers_back(toks[beg].text, cues):
                    pass  # "Kartläggningen är en uppföljning av …": a definite cue noun alone refers back
                elif beg < end and (before == "," or beg == 0):
                    name = clean(text[toks[beg].start : toks[end - 1].end])
                    if _good_name(name) and len(name.split()) <= 10:
                        out.append(
                            _Found(
                                cue.kind, cue.code, name, toks[beg].start, tok.end, f"{before} {word}", alt=short_name
                            )
                        )
                        continue
        # 5. "tar fram en lättfattlig handbok för informationsöverföring och sekretess".
        if cue.kind == "resource" or low.endswith(("utbildning", "kurs")):
            made = None
            for m in _MADE.finditer(text[: tok.start + 1]):
                if m.end() <= tok.start and not re.search(r"[,.;]", text[m.end() : tok.start]):
                    if len(text[m.end() : tok.start].split()) <= 2:
                        made = m
            if made and nxt is not None and nxt.text in _PREP:
                end = _complement(toks, k + 2)
                if end > k + 2:
                    name = clean(word + " " + text[nxt.start : toks[end - 1].end])
                    name = name[0].upper() + name[1:]
                    out.append(_Found(cue.kind, cue.code, name, tok.start, toks[end - 1].end, made.group(0) + word))
    # 6. "ibland kallade En väg in (EVI)", "en intervjumetod, kallad BCFPI".
    for m in _KALLAD.finditer(text):
        rest = [t for t in toks if t.start >= m.end()]
        if not rest:
            continue
        k0 = toks.index(rest[0])
        named = _name_from(toks, k0, article=True, cues=cues)
        if not named or not (_good_name(named[0]) or named[0].split()[0] in ("En", "Ett")):
            continue
        name, a, b = named
        head = [t for t in toks if t.end <= m.start()][-4:]
        own = [t for t in _tokens(name) if t.text[:1].isalpha()]
        cue = next((c for c in (cues.of(t.text) for t in reversed(own)) if c), None)  # "… Programområde …"
        cue = cue or next((c for c in (cues.of(t.text) for t in reversed(head)) if c), None)
        kind, code = (cue.kind, cue.code) if cue else ("initiative", "")
        alt = ""
        after = text[b:].lstrip()
        abbr = re.match(r"\(([A-ZÅÄÖ][\wÅÄÖ-]{1,12})\)", after)
        if abbr:
            alt = abbr.group(1)
        # "ofta kallade SIP-samordnare" names a role: without a cue noun, a name needs
        # several words or its own abbreviation to be a thing.
        if cue is None and not alt and len(name.split()) < 2:
            continue
        out.append(_Found(kind, code, name, a, b, m.group(0).strip(), alt=alt))
    # 7. counted series: "tre webbinarier om SIP", "16 webbinarier inom delprojektet".
    for m in _SERIES.finditer(text):
        noun = cues.of(m.group(2))
        if noun is None or noun.kind != "event" or m.group(2).lower() == noun.noun:
            continue  # not a plural of an event noun ("tre webbinarier", not "tre kommuner")
        n = m.group(1).lower()
        count = int(n) if n.isdigit() else _COUNT_WORDS.get(n)
        words = clean(m.group(3)).split()
        # the topic ends where a clause or the predicate starts ("… om äldres psykiska hälsa genomfördes i Lund")
        cut = next(
            (
                n
                for n, w in enumerate(words)
                if n > 1 and (w.lower() in _CLAUSE or finite_verb(w, words[n + 1] if n + 1 < len(words) else ""))
            ),
            len(words),
        )
        subject = " ".join(words[:cut])
        # A series is named by its topic ("tre webbinarier om SIP", "… kring psykiatrisk tvångsvård"):
        # an audience ("riktade till aktörer …"), a relation ("med koppling till …") or the frame it
        # ran in ("inom delprojektet") says which meetings, not what the series is called.
        topic = re.match(r"(?:om|kring|på temat|med fokus på)\s+(.+)$", subject, re.IGNORECASE)
        if topic is None:
            continue
        about = topic.group(1).split()
        if (len(about) < 2 and not _is_cap(about[-1]) and cut == len(words)) or (
            len(about) == 1 and _refers_back(about[0], cues)
        ):
            # "tio webbinarier om arbetsmiljö, stress och …": a list of subjects names no series; a
            # one-word topic the predicate closes is whole ("tre webbinarier om suicidprevention hölls")
            continue
        if re.match(r"[^.;:!?]*:(?:\s|$)", text[m.end() :]):
            continue  # "tre webbinarier om skolfrånvaro:" then their table or list: the members are the events
        if re.search(r"\b[Tt]eman\s*[:–-]\s*\S", text[m.end() :]):
            continue  # "tre webbinarier om SIP, med tre olika teman – A, B samt C": the themes are the events
        name = f"{m.group(2).capitalize()} {subject}"
        out.append(_Found("event", "", name, m.start(), m.end(), m.group(0)[:80], count=count))
    # 7b. "publicerade SKR Psykisk hälsa i coronatid – en lägesbild från kommuner och regioner": a dash
    # subtitle opened by a resource-form noun marks a publication's title.
    out += _dash_titles(text, toks, cues)
    # 7c. "Sjuhäradsdagen om psykisk hälsa", "Första linjen-dagarna 2032": a named day or week.
    out += _named_days(text, toks, cues)
    # 7d. "en kort skrift, Samtal vid köksbordet, om hur …": a title in apposition between commas.
    out += _comma_titles(text, toks, cues)
    # 8. "nationellt programområde psykisk hälsa (NPO)": a cue phrase that has an abbreviation.
    for m in re.finditer(r"\(([A-ZÅÄÖ]{2,8})\)", text):
        prior = [t for t in toks if t.end <= m.start()][-6:]
        at = next((n for n in range(len(prior) - 1, -1, -1) if cues.of(prior[n].text)), None)
        if at is None or any(not t.text[:1].isalnum() for t in prior[at:]):
            continue
        if any(t.text.lower() in _STOP or _VERBISH.search(t.text.lower()) for t in prior[at + 1 :]):
            continue  # "Programmet bygger på kognitiv beteendeterapi (KBT)": a clause, not a name
        if _is_cap(prior[at].text) and at + 1 < len(prior) and _is_cap(prior[at + 1].text):
            continue  # "Verktyget System Quality … (SQPM)": pattern 2 reads the name
        cue = cues.of(prior[at].text)
        assert cue is not None
        if prior[at] is toks[0] and _DEFINITE_END.search(prior[at].text.lower()):
            continue  # "Programmet bygger på kognitiv beteendeterapi (KBT)": the subject of a clause
        if at > 2 and prior[at - 1].text == "och" and prior[at - 2].text == "-" and prior[at - 3].text.isalpha():
            at -= 3  # "Vård- och insatsprogram (VIP)": a shared compound head
        elif at > 0 and prior[at - 1].text[:1].islower() and prior[at - 1].text.lower() not in _STOP | _CONNECT:
            at -= 1  # one adjective: "nationellt", "regionala"
        elif at > 0 and prior[at - 1] is toks[0] and _is_adjective(prior[at - 1].text.lower()):
            at -= 1  # the same adjective capitalised as the sentence's first word: "Länsgemensam ledningsgrupp …"
        if at > 0 and _is_cap(prior[at - 1].text) and prior[at - 1].text.lower() not in _NOT_START:
            continue  # "Swedish … (SIGHT) nätverk": the name runs further back; pattern 9 reads it
        name = clean(text[prior[at].start : prior[-1].end])
        name = name[0].upper() + name[1:]
        out.append(
            _Found(
                cue.kind,
                cue.code,
                name,
                prior[at].start,
                m.end(),
                f"{prior[at].text} … ({m.group(1)})",
                alt=m.group(1),
            )
        )
    # 9. "Utrikesdepartementets aktörsnätverk för global hälsa": an owner's genitive and a cue.
    for k, tok in enumerate(toks[1:], start=1):
        prev = toks[k - 1].text
        if not tok.text[:1].islower() or not (_is_cap(prev) and prev.endswith("s") and len(prev) > 3):
            continue
        cue = cues.of(tok.text)
        if cue is None or k + 1 >= len(toks) or toks[k + 1].text not in _PREP:
            continue
        if prev.endswith(":s"):
            continue  # "SKR:s utbildningsfilmer för SIP": the maker's genitive, read by the layouts
        beg = k - 1
        while beg > 0 and _is_cap(toks[beg - 1].text) and toks[beg - 1].text.lower() not in _NOT_START:
            beg -= 1
        end = _complement(toks, k + 2)
        if end > k + 2:
            name = clean(text[toks[beg].start : toks[end - 1].end])
            out.append(_Found(cue.kind, cue.code, name, toks[beg].start, toks[end - 1].end, f"{prev} {tok.text}"))
    # 10. "resulterade i Modellområdesprojekt (2009-2011) som …": a capitalised compound of a project
    # or event noun with its own period in parentheses is that undertaking's name.
    for tok in toks[1:]:
        word = tok.text
        if not word[:1].isupper() or "-" in word or not word.isalpha():
            continue
        cue = cues.of(word)
        if cue is None or cue.kind not in ("initiative", "event") or len(word) < len(cue.noun) + 4:
            continue
        if _YEAR_RANGE.match(text[tok.end :]) or re.match(r"\s*\((?:19|20)\d\d\)", text[tok.end :]):
            out.append(_Found(cue.kind, cue.code, word, tok.start, tok.end, word))
        elif cue.kind in ("initiative", "event") and re.search(rf"{cue.noun}(?:et|en|n)$", word.lower()):
            # "material från exempelvis Deplyftet, …", "deltog i Almedalsveckan 2025": a capitalised compound
            # in the definite form inside a sentence is one undertaking's or event's proper name (a common
            # noun takes no capital); an event keeps the year that follows it.
            end = tok.end
            if cue.kind == "event" and (year := re.match(r"\s+((?:19|20)\d\d)\b", text[tok.end :])):
                end = tok.end + year.end()
            out.append(_Found(cue.kind, cue.code, text[tok.start : end], tok.start, end, word))
    # 11. "länsgemensam satsning på suicidprevention", "ett särskilt nätverk av kommunsamordnare", "den
    # strategiska utvecklingsprogrammet kring välbefinnande …": a class noun (an initiative, a network, an
    # event) with an adjective before it and an attributive complement after it describes one thing; the
    # noun phrase is its name. A resource-form noun ("stöd för", "utbildning i") is a kind of help, not one thing.
    out += _described(text, toks, cues)
    # 12. "PRIO Styrgrupp", "UPH:s styrgrupp": a group noun after an abbreviation names that body's group.
    for k, tok in enumerate(toks[1:], start=1):
        cue = cues.of(tok.text) if tok.text[:1].isalpha() else None
        prev = toks[k - 1].text
        if cue is None or cue.kind != "actor" or not re.fullmatch(r"[A-ZÅÄÖ]{2,8}", prev):
            continue
        if toks[k - 1].end + 1 != tok.start or "-" in tok.text:
            continue
        out.append(_Found(cue.kind, cue.code, f"{prev} {tok.text}", toks[k - 1].start, tok.end, f"{prev} {tok.text}"))
    out += _defined(text, cues)
    out += _examples(text, toks, cues)
    out += _bracketed_members(text, cues)
    return out


_BRACKETED = re.compile(
    rf"\b(\d{{1,2}}|{'|'.join(w for w, n in NUMBER_WORDS.items() if n >= 2)})\s+(?:[a-zåäö]+\s+){{0,2}}?"
    r"([a-zåäö-]+)(?:\s+(?:i|inom|på)\s+[A-ZÅÄÖ][\wåäö-]*)?\s+\(([^()]{5,500})\)"
)


def _bracketed_members(text: str, cues: CueLookup) -> list[_Found]:
    """Named members of a counted plural class noun whose list follows in brackets.

    "två sociala investeringssatsningar i Örebro (förstärkt elevhälsa … samt El Sistema som verktyg för
    förbättrad inlärning)": the count says how many members the bracket lists; a member written with a
    capital is a name (the others are descriptions), of the class noun's kind; what follows "som" says
    what it is used as, not what it is called.

    >>> c = cue_lookup(Lexicon.from_dir())
    >>> [(f.kind, f.name) for f in _bracketed_members("UPH utvärderade två satsningar i Örebro (stöd till "
    ...     "föräldrar samt El Sistema som verktyg för inlärning).", c)]
    [('initiative', 'El Sistema')]
    >>> _bracketed_members("UPH utvärderade tre satsningar (stöd samt El Sistema).", c)
    []
    """
    out: list[_Found] = []
    for m in _BRACKETED.finditer(text):
        noun = cues.of(m.group(2))
        if noun is None or noun.kind not in ("initiative", "resource", "event") or m.group(2) == noun.noun:
            continue  # a plural of a class noun: "satsningar", not "satsning"
        n = m.group(1).lower()
        count = int(n) if n.isdigit() else _COUNT_WORDS.get(n)
        inner = m.group(3)
        parts = re.split(r",\s*|\s+samt\s+", inner)
        if len(parts) != count:
            parts = re.split(r",\s*|\s+(?:och|samt)\s+", inner)
        if len(parts) != count:
            continue
        at = m.start(3)
        for part in parts:
            pos = text.find(part, at)
            at = pos + len(part)
            member = part.strip()
            name = re.split(r"\s+(?:som|–|-)\s+", member)[0].strip()
            words = name.split()
            if not words or len(words) > 6 or not _is_cap(name) or not _good_name(name):
                continue
            if cues.is_organisation(words[0]):
                continue
            alt = member if member != name else ""
            out.append(_Found(noun.kind, noun.code, name, pos, pos + len(name), f"{m.group(1)} {m.group(2)}", alt=alt))
    return out


#: Calendar units that head the name of a day or week held for a cause ("Elevhälsodagen 2028",
#: "Nationella elevhälsoveckan"). General Swedish, kept here rather than as event cue nouns of the
#: ontology: a bare "dag"/"dagar" is a unit of time ("48 dagar", "i dag") everywhere else the cues are read.
_PERIOD_HEADS = ("dag", "vecka")
#: Compounds of a day noun that name a day of the calendar, not an arrangement ("Torsdagen").
_WEEKDAYS = frozenset(("tors", "helg", "arbets", "vecko", "mån", "tis", "ons", "fre", "lör", "sön"))
#: A date after a name: "Länsdagen Unga i Skaraborg 14 november 2030" (the date is when, not the name).
_TRAILING_DATE = re.compile(
    rf"\s+(?:den\s+)?\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{'|'.join(MONTHS)})(?:\s+(?:19|20)\d\d)?$"
)


def _period_head(word: str) -> str | None:
    """The calendar head ("dag", "vecka") a definite compound ends with, or None: "Sjuhäradsdagen",
    "linjen-dagarna", "elevhälsoveckan"; a weekday or "Idag" is none.

    >>> [_period_head(w) for w in ("Sjuhäradsdagen", "linjen-dagarna", "elevhälsoveckan", "Torsdagen", "Idag", "dagen")]
    ['dag', 'dag', 'vecka', None, None, None]
    >>> _period_head("Arbetsmiljödagarna"), _period_head("Arbetsdagen")
    ('dag', None)
    """
    low = word.lower()
    if not low.endswith(("dagen", "dagarna", "veckan")) or not word.replace("-", "").isalpha():
        return None
    head_word = low.rsplit("-", 1)[-1]
    for head in _PERIOD_HEADS:
        stem = re.sub(r"(?:en|arna|an)$", "", head_word)
        if not stem.endswith(head[:-1] if head.endswith("a") else head):
            continue
        prefix = stem[: len(stem) - len(head.rstrip("a"))]
        if "-" in low:
            return head if low.split("-")[0] else None
        if len(prefix) >= 4 and prefix not in _WEEKDAYS:
            return head
    return None


def _named_days(text: str, toks: list[_Token], cues: CueLookup) -> list[_Found]:
    """A day or week held for a cause, named as a proper noun: an event.

    A compound whose head is a calendar noun in the definite form, capitalised inside a sentence or
    followed by a year, an "om/för" phrase or a capitalised name: "på Socialchefsdagarna",
    "Sjuhäradsdagen om psykisk hälsa", "Första linjen-dagen 2030", "Länsdagen Unga i Skaraborg";
    a capitalised adjective before a lower-case one or before "dag för/om": "Nationella
    elevhälsoveckan", "Nationell dag för elevhälsochefer". "under dagen", "en dag i månaden" name none.

    >>> c = cue_lookup(Lexicon.from_dir())
    >>> def names(t): return [f.name for f in _named_days(t, _tokens(t), c)]
    >>> names("Den 10 april 2031 hålls Sjuhäradsdagen om psykisk hälsa i Borås.")
    ['Sjuhäradsdagen om psykisk hälsa']
    >>> names("Vi deltog på Första linjen-dagen 2030 i Göteborg den 8 oktober.")
    ['Första linjen-dagen 2030']
    >>> names(" Länsdagen Unga i Skaraborg 14 november 2030")
    ['Länsdagen Unga i Skaraborg']
    >>> names("► Nationell dag för elevhälsochefer, 3 juni 2032 i Stockholm.")
    ['Nationell dag för elevhälsochefer']
    >>> names("SKR satt i arbetsgruppen för Nationella elevhälsoveckan, som hölls i maj.")
    ['Nationella elevhälsoveckan']
    >>> names("Under dagen träffas vi en dag i månaden. Idag och på torsdagen.")
    []
    >>> names("– Genomföra SIP-dagen 2028 den 6 november i Köping.")
    ['SIP-dagen 2028']
    >>> names("Under året genomfördes Suicidpreventiva dagen 2054 i Eskilstuna."), names("Under dagen 2054 …")
    (['Suicidpreventiva dagen 2054'], [])
    >>> names("Det visades på Nationell konferens Unga vuxna 2071 i Lund."), names("Nationell konferens Unga hölls.")
    (['Nationell konferens Unga vuxna 2071'], [])
    >>> names("Under 2070 arrangerades Suicidpreventiva dagen i Lund."), names("Suicidpreventiva dagen var lyckad.")
    (['Suicidpreventiva dagen'], [])
    >>> names("UPH deltog i Nordiska mötet om psykisk hälsa 2049 i Tórshavn."), names("i Nordiska mötet om hälsa.")
    (['Nordiska mötet om psykisk hälsa 2049'], [])
    """
    out: list[_Found] = []
    words = [n for n, t in enumerate(toks) if t.text[:1].isalpha()]
    first = words[0] if words else -1
    for k, tok in enumerate(toks):
        word = tok.text
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        beg = k
        dated_meeting = False
        head = _period_head(word)
        if head is not None:
            if "-" in word and word[:1].islower():
                # "Första linjen-dagen": the hyphen joins a capitalised phrase before it to the day noun.
                if k == 0 or not _is_cap(toks[k - 1].text):
                    continue
                beg = k - 1
            elif not word[:1].isupper():
                # "Nationella elevhälsoveckan": a capitalised adjective, not a sentence's first word.
                if k - 1 <= first or not _is_cap(toks[k - 1].text) or not _is_adjective(toks[k - 1].text.lower()):
                    continue
                beg = k - 1
        elif (
            word.lower() in ("dagen", "dagarna", "veckan")
            and k > 0
            and _is_cap(toks[k - 1].text)
            and _is_adjective(toks[k - 1].text.lower())
            and (re.fullmatch(r"(?:19|20)\d\d", nxt) or k - 1 > first)
        ):
            # "Suicidpreventiva dagen 2054", "Nationella veckan 2041": a capitalised adjective before the
            # definite day noun and its year name one day of the calendar, wherever the sentence starts;
            # inside a sentence the capital alone marks the name ("arrangerades Suicidpreventiva dagen i …")
            beg = k - 1
        elif (
            word.islower()
            and (event := cues.of(word)) is not None
            and event.kind == "event"
            and _DEFINITE_END.search(word.lower())
            and k > 0
            and _is_cap(toks[k - 1].text)
            and _is_adjective(toks[k - 1].text.lower())
        ):
            # "deltog UPH i Nordiska mötet om psykisk hälsa 2049 i Tórshavn": a capitalised adjective before a
            # definite event noun opens the name of one meeting; it needs its year (checked below)
            beg = k - 1
            dated_meeting = True
        elif (
            word.islower()
            and (held := cues.of(word)) is not None
            and held.kind == "event"
            and not _DEFINITE_END.search(word.lower())
            and k - 1 > first
            and _is_cap(toks[k - 1].text)
            and _is_adjective(toks[k - 1].text.lower())
            and _is_cap(nxt)
            and nxt.lower() not in _NOT_START
            and (named := _name_from(toks, k + 1, cues=cues)) is not None
        ):
            # "presenterades på Nationell konferens Första linjen 2067 i Umeå": inside a sentence a capitalised
            # adjective, an indefinite event noun and a capitalised title are one event's name; the place
            # after it is where it was held
            name = clean(text[toks[k - 1].start : named[2]])
            out.append(_Found("event", "", name, toks[k - 1].start, named[2], word))
            continue
        elif word.lower() in ("dag", "vecka") and k > 0 and _is_cap(toks[k - 1].text):
            # "Nationell dag för elevhälsochefer": a capitalised adjective, the noun and its complement.
            if not _is_adjective(toks[k - 1].text.lower()) or nxt not in ("för", "om"):
                continue
            beg = k - 1
        else:
            continue
        while beg - 1 >= first >= 0 and _is_cap(toks[beg - 1].text) and toks[beg - 1].text.lower() not in _NOT_START:
            if beg - 1 == first and not _is_adjective(toks[beg - 1].text.lower()):
                break  # "Genomföra SIP-dagen 2028": a sentence's first word is capitalised anyway
            beg -= 1  # "Nationella IPS-dagarna"
        end = k + 1
        if re.fullmatch(r"(?:19|20)\d\d", nxt):
            end = k + 2
        elif nxt in ("om", "för"):
            stop = _complement(toks, k + 2, limit=6)
            # "… om psykisk hälsa i Borås": a place after the complement is where it was held.
            cut = next(
                (
                    j
                    for j in range(k + 3, stop)
                    if toks[j].text in ("i", "på") and j + 1 < stop and _is_cap(toks[j + 1].text)
                ),
                stop,
            )
            if cut <= k + 2:
                continue
            end = cut
        elif _is_cap(nxt) and word[:1].isupper() and "-" not in word and nxt.lower() not in _NOT_START:
            named = _name_from(toks, k + 1, cues=cues)
            if named is None or _is_actor_word(named[0].split()[0]):
                if k == first:
                    continue
            else:
                name = _TRAILING_DATE.sub("", clean(text[tok.start : named[2]]))
                out.append(_Found("event", "", name, tok.start, tok.start + len(name), word))
                continue
        elif beg == k and k == first:
            continue  # "Vardagen …" at a sentence's start: its capital says nothing
        name = clean(text[toks[beg].start : toks[end - 1].end])
        if dated_meeting and not re.search(r"\b(?:19|20)\d\d$", name):
            continue
        if _key(name):
            out.append(_Found("event", "", name, toks[beg].start, toks[end - 1].end, word))
    return out


#: Prepositions that open a short phrase saying whom or what a class noun is for, between the noun and
#: the title in apposition: "En webbutbildning för chefer inom BUP, Leda i kris, har …".
_NOUN_PHRASE_PREPOSITIONS = frozenset({"för", "om", "till", "inom", "vid", "mot"})


def _comma_titles(text: str, toks: list[_Token], cues: CueLookup) -> list[_Found]:
    """A title in apposition between commas right after its class noun: "UPH har också gett ut en
    kort skrift, Samtal vid köksbordet, om hur anhöriga …", "En sammanställning, Länen berättar 2030,
    publicerades …". The commas delimit the whole title, verbs and all; the sentence goes on in lower
    case after the second comma (a capitalised word there makes a list, "en skrift, A, B och C").
    The noun is a cue noun of a resource, initiative or event, or a title noun (``titleNoun`` in
    resource-form.ttl: "sammanställning" heads a document's title, as a resource without a form).
    The noun phrase may go on with a short phrase saying whom the thing is for ("En webbutbildning
    för chefer inom BUP, Leda i kris, har …"; the noun opens the sentence or is in lower case), and
    a year in brackets may close the title ("…, Ingången (2049), har …").

    >>> c = cue_lookup(Lexicon.from_dir())
    >>> def names(t): return [(f.kind, f.name) for f in _comma_titles(t, _tokens(t), c)]
    >>> names("UPH har också gett ut en kort skrift, Samtal vid köksbordet, om hur anhöriga kan stödja.")
    [('resource', 'Samtal vid köksbordet')]
    >>> names("En sammanställning, Länen berättar 2030, publicerades i november 2030.")
    [('resource', 'Länen berättar 2030')]
    >>> names("Vi tog fram en skrift, Sjöbo, Ystad och Lund deltog.")
    []
    >>> names("En webbutbildning för chefer inom BUP, Leda i kris, har lanserats.")
    [('resource', 'Leda i kris')]
    >>> names("Vägledningen för första linjens mottagningar, Ingången (2049), har översatts.")
    [('resource', 'Ingången')]
    >>> names("Vi gav ut en vägledning för kommuner, Region Skåne och Sjöbo, som deltog.")
    []
    """
    out: list[_Found] = []
    for k, tok in enumerate(toks[:-3]):
        word = tok.text
        opens = k == 0 or toks[k - 1].text in (".", "!", "?")
        if not (word[:1].islower() or opens) or not word.isalpha():
            continue
        cue = cues.of(word)
        kind, code = (cue.kind, cue.code) if cue is not None else ("resource", "")
        if cue is None and stem_key(word.lower()) not in form_nouns("titleNoun"):
            continue
        if kind not in ("resource", "initiative", "event"):
            continue
        comma = k + 1
        if toks[comma].text in _NOUN_PHRASE_PREPOSITIONS:
            # "för BUP", "för första linjens mottagningar": up to four words, then the comma.
            comma = next((j for j in range(comma + 1, min(len(toks), comma + 6)) if not toks[j].text.isalpha()), comma)
        if comma + 3 >= len(toks) or toks[comma].text != ",":
            continue
        first = toks[comma + 1]
        if not _is_cap(first.text) or first.text.lower() in _NOT_START or _is_actor_word(first.text):
            continue
        close = next((j for j in range(comma + 2, min(len(toks), comma + 11)) if toks[j].text == ","), None)
        if close is None or close + 1 >= len(toks):
            continue
        inner = toks[comma + 1 : close]
        if (
            len(inner) > 3
            and [t.text for t in inner[-3::2]] == ["(", ")"]
            and re.fullmatch(r"(?:19|20)\d\d", inner[-2].text)
        ):
            inner = inner[:-3]  # "Ingången (2049)": the year closes the title, it is no part of it
        if any(not (t.text[:1].isalnum() or t.text in "–-") for t in inner):
            continue
        after = toks[close + 1].text
        if not after[:1].islower() or not after.isalpha() or after in ("och", "samt", "eller"):
            continue
        name = clean(text[first.start : inner[-1].end])
        if _good_name(name, titled=True) and not cues.is_organisation(name.split()[0]):
            out.append(_Found(kind, code, name, first.start, inner[-1].end, f"{word}, {name}"[:80]))
    return out


def _plural_of_form(word: str, code: str) -> bool:
    """Whether ``word`` is the plural of a form noun of ``code``: the noun without its plural ending
    ("modeller" → "modell", "guider" → "guide") names the same form.

    >>> _plural_of_form("modeller", "modell"), _plural_of_form("guider", "guide"), _plural_of_form("modell", "modell")
    (True, True, False)
    >>> _plural_of_form("broschyr", "broschyr")
    False
    """
    if not code or not word.endswith("r"):
        return False
    for cut in (1, 2):
        base = cue_of(word[:-cut]) if len(word) > cut + 2 else None
        if base is not None and base.code == code:
            return True
    return False


#: Prepositions after "stöd" in a subtitle that says whom or what the support is for.
_SUPPORT_FOR = frozenset({"för", "till", "vid"})


def _attributive(word: str) -> bool:
    """Whether a lower-case ``word`` reads as an adjective or a participle before a noun
    ("digital", "elevhälsobaserad", "webbaserat", "främjande").

    >>> _attributive("elevhälsobaserad"), _attributive("digitalt"), _attributive("främjande"), _attributive("för")
    (True, True, True, False)
    """
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and len(low) >= 5
        and (low.endswith(ADJECTIVE_ENDINGS) or re.search(r"(?:ad|at|ade|ande|ende)$", low) is not None)
    )


def _dash_titles(text: str, toks: list[_Token], cues: CueLookup) -> list[_Found]:
    """Titles with a dash subtitle that says what they are: "Name – (en/ett) <form noun> …".

    SKR's convention for publications ("Psykisk hälsa i coronatid – en lägesbild från kommuner och
    regioner", "Första linjen för barn och unga – en uppföljning 2020"): the subtitle's resource-form
    noun types the title. The title runs back from the dash over the words of one noun phrase (a
    clause word, a verb or an organisation's name ends it) to its first capitalised word, and the
    subtitle on to the clause's end.

    >>> c = cue_lookup(Lexicon.from_dir())
    >>> text = "Under året gav SKR ut Psykisk hälsa i coronatid – en lägesbild från kommuner och regioner, som spreds."
    >>> [(f.name, f.code) for f in _dash_titles(text, _tokens(text), c)]
    [('Psykisk hälsa i coronatid – en lägesbild från kommuner och regioner', 'kartlaggning')]
    >>> text = "Ledaren – vägledning för samtal med unga 13–24 år togs fram 2061 i samarbete med SKR."
    >>> [f.name for f in _dash_titles(text, _tokens(text), c)]
    ['Ledaren – vägledning för samtal med unga 13–24 år']
    >>> text = "Arbetet – en satsning på barn – pågår."
    >>> _dash_titles(text, _tokens(text), c)
    []
    >>> text = "Bryggan – skolbaserad modell för mellanstadiet kom i en ny version 2070."
    >>> [(f.name, f.code) for f in _dash_titles(text, _tokens(text), c)]
    [('Bryggan – skolbaserad modell för mellanstadiet', 'modell')]
    >>> text = "Ljusbäraren – stöd till anhöriga efter suicid uppdaterades 2070."
    >>> [(f.name, f.code) for f in _dash_titles(text, _tokens(text), c)]
    [('Ljusbäraren – stöd till anhöriga efter suicid', '')]
    >>> text = "Medarbetarna använder Lotsen – vägledning för första linjen som gemensamt stöd."
    >>> [f.name for f in _dash_titles(text, _tokens(text), c)]
    ['Lotsen – vägledning för första linjen']
    >>> text = "Trappan i Lund – pilot 2070 startade i mars och omfattar två skolor."
    >>> [(f.kind, f.name) for f in _dash_titles(text, _tokens(text), c)]
    [('initiative', 'Trappan i Lund – pilot 2070')]
    >>> text = "Arbetet – stöd från staten – pågår."
    >>> _dash_titles(text, _tokens(text), c)
    []
    """
    out: list[_Found] = []
    for d, dash in enumerate(toks):
        if dash.text not in ("–", "-") or d == 0 or d + 1 >= len(toks) or toks[d - 1].end == dash.start:
            continue
        k = d + 1
        if toks[k].text.lower() in _ARTICLE and k + 1 < len(toks):
            k += 1
        noun = cues.of(toks[k].text) if toks[k].text[:1].islower() else None
        if noun is None and k + 1 < len(toks) and _attributive(toks[k].text) and toks[k + 1].text[:1].islower():
            # "Stödtrappan – elevhälsobaserad modell för …", "Anhörigguiden – digital guide": an adjective
            # may stand before the subtitle's form noun
            k += 1
            noun = cues.of(toks[k].text)
            if noun is not None and _plural_of_form(toks[k].text.lower(), noun.code):
                continue  # "– elevhälsobaserade modeller": a plural describes a group, no one title's form
        if (
            noun is None
            and k == d + 1
            and toks[k].text == "stöd"
            and k + 1 < len(toks)
            and toks[k + 1].text in _SUPPORT_FOR
        ):
            # "Eftersken – stöd till efterlevande …", "Ledfyren – stöd för första linjens …": SKR subtitles
            # a support material "stöd för/till …"; the noun is too wide to tell the form
            noun = Cue("resource", "", "stöd")
        kind = "resource"
        if noun is not None and noun.noun == "pilot" and toks[k].text == "pilot" and _pilot_note(toks, k + 1):
            # "Kvarnhjulet i Karlsborg – pilot 2065", "Stigen – pilot i Aneby": a trial of a model or method
            # is named by it with "– pilot" and its year or place (an initiative)
            kind = "initiative"
        elif noun is None or noun.kind != "resource":
            continue
        j = d - 1
        while j >= 0 and d - j <= 8:
            t = toks[j].text
            low = t.lower()
            if not t[:1].isalnum() or low in _STOP or _is_actor_word(t):
                break
            if not _is_cap(t) and _VERBISH.search(low) and len(low) > 4:
                break
            if (
                t.islower()
                and low not in PREPOSITIONS | FUNCTION_WORDS
                and (finite_verb(low) or (re.search(r"[aeio]r$", low) and len(low) > 4))
                and _is_cap(toks[j + 1].text)
            ):
                # "Medarbetarna använder Lotsboken – …", "Vårdcentralerna … använder Vindskyddet – …": a
                # present tense before the capitalised title is the sentence's verb, never part of a name
                break
            j -= 1
        start = next(
            (n for n in range(j + 1, d) if _is_cap(toks[n].text) and toks[n].text.lower() not in _NOT_START), None
        )
        if start is not None and start + 2 < d and toks[start + 1].text.lower() == "av":
            if stem_key(toks[start].text) in form_nouns("revisionNoun"):
                start += 2  # "Revidering av Använd SIP – ett verktyg …": the product is the one revised
        if start is None or (d - start < 2 and len(toks[start].text) < 4):
            continue
        end = k + 1
        while end < len(toks) and end - k < 12:
            t = toks[end].text
            if (
                t in ("–", "-")
                and toks[end - 1].end == toks[end].start
                and end + 1 < len(toks)
                and toks[end + 1].start == toks[end].end
            ):
                end += 1  # "för unga 13–24 år": a range's glued dash is no subtitle's end
                continue
            if not t[:1].isalnum() or t.lower() in (_CLAUSE - {"och"}) | {"som", "där", "vilken", "vilket"}:
                break
            if _predicate(toks, end):
                break  # "Avsatsen – en modell för … i primärvården togs fram 2051": the predicate ends the title
            end += 1
        while end > k + 1 and toks[end - 1].text.lower() in _CONNECT:
            end -= 1
        name = clean(text[toks[start].start : toks[end - 1].end])
        if not _good_name(name):
            continue
        if kind == "initiative":
            # the subtitle is the place and the year: "– pilot 2065", "– pilot i Aneby", "– pilot i Övertorneå 2038"
            end = k + 1
            if end + 1 < len(toks) and toks[end].text == "i" and _is_cap(toks[end + 1].text):
                end += 2
            if end < len(toks) and _YEAR_TOKEN.fullmatch(toks[end].text):
                end += 1
            name = clean(text[toks[start].start : toks[end - 1].end])
        out.append(_Found(kind, noun.code, name, toks[start].start, toks[end - 1].end, f"– {toks[k].text}"))
    return out


_YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _pilot_note(toks: list[_Token], i: int) -> bool:
    """Whether the tokens from ``i`` close a "– pilot" subtitle: its year or "i <Place>" ("– pilot 2065
    startade …", "– pilot i Aneby"); a heading "X – pilot" alone says what the section is about."""
    if i >= len(toks):
        return False
    t = toks[i].text
    return _YEAR_TOKEN.fullmatch(t) is not None or (t == "i" and i + 1 < len(toks) and _is_cap(toks[i + 1].text))


#: "Illness management and support (IMR) är en psykosocial insats …": a sentence that opens with a
#: name and its abbreviation and says what it is.
_DEFINED = re.compile(
    r"^([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,7}?)\s+\(([A-ZÅÄÖ][A-Za-zÅÄÖ0-9-]{1,9})\)\s+är\s+(?:en|ett)\s+"
    r"((?:[a-zåäö-]+\s+){0,2}?)([a-zåäö-]+)\b"
)


def _defined(text: str, cues: CueLookup) -> list[_Found]:
    """A name defined with its own abbreviation and a copula: the thing the sentence introduces.

    Pattern 4 reads "X (ABBR) är ett <cue noun>"; here the noun is not a cue ("en psykosocial
    insats"), so the abbreviation marks the name: a resource the vocabulary gives no form, unless
    the noun is an organisation's ("en myndighet") or the name an organisation's own.

    >>> [(f.kind, f.name, f.alt) for f in _defined("Illness management and support (IMR) är en psykosocial insats "
    ...     "som syftar till att stärka återhämtning.", cue_lookup(Lexicon.from_dir()))]
    [('resource', 'Illness management and support', 'IMR')]
    """
    out = _expanded(text)
    m = _DEFINED.match(text)
    if m is None or sum(c.isupper() for c in m.group(2)) < 2:
        return out
    name, noun = m.group(1), m.group(4)
    if cues.of(noun) is not None or not _good_name(name) or _is_actor_word(name.split()[0]):
        return out
    if sum(_is_cap(w) for w in name.split()) > 1:
        return out  # a name in title case ("Regional Samverkans- och Stödstruktur (RSS)") is an organisation's
    if any(t.scheme == "actor-type" for t in Lexicon.from_dir().tag(noun)) or _actor_lexicon().resolve(name):
        return out
    return [*out, _Found("resource", "", name, m.start(1), m.end(2) + 1, f"({m.group(2)}) är", alt=m.group(2))]


#: "ERGT (emotion regulation group therapy)": an abbreviation and its lower-case expansion.
_EXPANDED = re.compile(r"\b([A-ZÅÄÖ]{3,8})\s+\(([a-zåäö][a-zåäö-]*(?:\s+[a-zåäö-]+){2,9})\)")


def _expanded(text: str) -> list[_Found]:
    """An abbreviation spelt out in lower case after it names a method ("implementering av ERGT
    (emotion regulation group therapy)"): the expansion's initials spell the abbreviation, words of
    up to three letters ("for", "och") may be skipped. Organisations spell theirs out in title case.

    >>> [(f.name, f.alt) for f in _expanded("arbeta med ERGT (emotion regulation group therapy) samt")]
    [('ERGT', 'emotion regulation group therapy')]
    >>> _expanded("terapi (DBT (dialektisk beteendeterapi)")
    []
    """
    out = []
    for m in _EXPANDED.finditer(text):
        abbr, words = m.group(1), m.group(2).split()
        if _is_actor_word(abbr) or not _initials(abbr.lower(), [w[0] for w in words], [len(w) <= 3 for w in words]):
            continue
        out.append(_Found("resource", "", abbr, m.start(1), m.end(), f"{abbr} (", alt=m.group(2)))
    return out


def _initials(abbr: str, firsts: list[str], short: list[bool]) -> bool:
    """Whether the initials spell ``abbr``, skipping short words where needed."""
    if not abbr:
        return not any(not s for s in short) if firsts else True
    if not firsts:
        return False
    if firsts[0] == abbr[0] and _initials(abbr[1:], firsts[1:], short[1:]):
        return True
    return short[0] and _initials(abbr, firsts[1:], short[1:])


def _described(text: str, toks: list[_Token], cues: CueLookup) -> list[_Found]:
    """Things named by a descriptive noun phrase: adjective + class noun + attributive complement.

    The adjective is what makes the phrase a description of one thing rather than of a kind
    ("en satsning på" is any effort; "länsgemensam satsning på suicidprevention" one). Adjectives
    are told by their endings (:data:`loader.grammar.ADJECTIVE_ENDINGS`).
    """
    out: list[_Found] = []
    for k in range(1, len(toks) - 2):
        tok = toks[k]
        low = tok.text.lower()
        if not tok.text[:1].islower() or not tok.text.isalpha():
            continue
        cue = cues.of(tok.text)
        if cue is None or cue.kind not in ("initiative", "actor", "event"):
            continue
        if toks[k + 1].text not in ATTRIBUTIVE_PREPOSITIONS - {"i", "till", "med"}:
            continue
        adjective = toks[k - 1].text
        # "Swedish Institute for … (SIGHT) nätverk för global psykisk hälsa": an owner's short name in
        # brackets stands where the adjective would, and the name carries it.
        owner = ""
        if adjective == ")" and k >= 3 and toks[k - 3].text == "(" and re.fullmatch(r"[A-ZÅÄÖ]{2,8}", toks[k - 2].text):
            owner = toks[k - 2].text
        elif not _is_adjective(adjective):
            continue
        before = toks[k - 2].text.lower() if k >= 2 else ""
        definite = bool(_DEFINITE_END.search(low)) and low != cue.noun
        # Double definiteness ("det strategiska utvecklingsprogrammet kring …") or an indefinite,
        # article-less or "ett särskilt"-type phrase; a plural ("satsningar på") is a kind.
        if definite and before not in DEMONSTRATIVES and not before.endswith(":s"):
            continue
        rest = low[low.rfind(cue.noun) + len(cue.noun) :] if cue.noun in low else ""
        if rest in ("ar", "er", "or", "r", "s", "arna", "erna", "orna", "na"):
            continue  # a plural names a kind: "lokala workshops kring …", "regionala nätverken för …"
        genitive = before.endswith("s") and len(before) > 3 and before not in FUNCTION_WORDS
        if (
            not definite
            and not owner
            and adjective.lower().endswith("a")
            and not genitive
            and before not in DEMONSTRATIVES | POSSESSIVES
        ):
            # The weak adjective before an indefinite noun with no determiner or genitive before it
            # marks a plural (Swedish grammar: "ett lokalt program", "lokala program"), though a neuter
            # noun has no plural ending: "arbete med lokala handlingsprogram mot suicid" names a kind.
            continue
        after = text[toks[k + 1].start :].lower()
        if after.startswith(COMPLEX_PREPOSITIONS):
            continue  # "satsning på grund av …": an adverbial, not the noun's attribute
        end = _complement(toks, k + 2)
        if end <= k + 2 or end - (k + 2) > 7:
            continue
        head = toks[k + 2].text.lower()
        # A quantifier after the complement opens an adverbial ("… för X varje år").
        end = next((j for j in range(k + 3, end) if toks[j].text.lower() in QUANTIFIERS), end)
        while end > k + 3 and toks[end - 1].text.lower() in _CONNECT:
            end -= 1  # "… på suicidprevention i övriga aktiviteter": the cut leaves no dangling preposition
        if head in QUANTIFIERS | PRONOUNS | DEMONSTRATIVES or _refers_back(head, cues):
            continue  # "för alla", "för satsningen": no description of its own
        if end + 1 < len(toks) and toks[end].text == "," and _is_cap(toks[end + 1].text):
            # "en nationell konferens om samsjuklighet, Samsjuklighetsdagen 2036, den 4 maj": the
            # description is followed by the thing's name in apposition (closed by a comma before the
            # sentence goes on in lower case), which names it
            close = next((j for j in range(end + 2, min(len(toks), end + 9)) if toks[j].text == ","), None)
            if close is not None and close + 1 < len(toks) and toks[close + 1].text[:1].islower():
                continue
        first = toks[k - 1] if not owner else tok
        name = clean(text[first.start : toks[end - 1].end])
        name = f"{owner} {name}" if owner else name[:1].upper() + name[1:]
        out.append(_Found(cue.kind, cue.code, name, first.start, toks[end - 1].end, tok.text))
    return out


def _refers_back(word: str, cues: CueLookup) -> bool:
    """A definite class noun alone ("satsningen", "projektet") points back to a thing named before."""
    cue = cues.of(word)
    return cue is not None and word != cue.noun and bool(_DEFINITE_END.search(word))


def _is_adjective(word: str) -> bool:
    """A lower-case adjective, by its ending ("länsgemensam", "strategiska", "särskilt", "nationella")."""
    low = word.lower()
    if not word.isalpha() or not word[:1].islower() or low in FUNCTION_WORDS or len(low) < 5:
        return False
    return low.endswith(ADJECTIVE_ENDINGS)


#: Words that introduce examples of a class: "arrangemang, exempelvis A, B och C".
_EXAMPLES = re.compile(r"^,?\s*(?:exempelvis|till exempel|t\.ex\.|bland annat|bl\.a\.|såsom|som till exempel)\s+")


def _examples(text: str, toks: list[_Token], cues: CueLookup) -> list[_Found]:
    """Named members of a class noun's list of examples, typed by that noun.

    "deltagit under ett flertal arrangemang, exempelvis riksdagsseminarier, socialchefsdagarna,
    Kommek, suicidpreventionskonferensen och Skolriksdagen" names events. A member is a name when
    it is capitalised or a definite noun ("socialchefsdagarna"); an indefinite plural
    ("riksdagsseminarier") is a kind of thing, not one thing.
    """
    out: list[_Found] = []
    for k, tok in enumerate(toks):
        cue = cues.of(tok.text) if tok.text[:1].islower() else None
        if cue is None:
            continue
        counted = _counted_list(text, toks, k)
        if counted:
            out += [replace(f, kind=cue.kind, code=cue.code) for f in counted]
            continue
        if cue.kind not in ("event", "initiative"):
            continue
        m = _EXAMPLES.match(text[tok.end :])
        if not m:
            continue
        start = tok.end + m.end()
        stop = re.search(r"[.;:()]|\s(?:som|där|men)\s", text[start:])
        span = text[start : start + stop.start()] if stop else text[start:]
        parts = re.split(r",\s*|\s+(?:och|samt|eller)\s+", span)
        at = start
        members: list[_Found] = []
        for part in parts:
            name = part.strip()
            pos = text.find(name, at) if name else -1
            at = pos + len(name) if pos >= 0 else at
            words = name.split()
            if not words or len(words) > 5 or pos < 0:
                members = []
                break  # a clause, not a list of names
            if _is_cap(name) or (len(words) == 1 and _DEFINITE.search(name.lower()) and len(name) > 8):
                if name.lower() not in _NOT_START:
                    members.append(
                        _Found(
                            cue.kind, "", name, pos, pos + len(name), f"{tok.text} {m.group(0).strip()}", member=True
                        )
                    )
        out += members
    return out


def _counted_list(text: str, toks: list[_Token], k: int) -> list[_Found]:
    """Members of a counted list after a definite plural class noun, when the count matches.

    "… de tre framtagna forskningsöversikterna; att främja skolnärvaro, att utreda närvaroproblem och
    samverkan vid närvaroproblem som tagits fram …": the determiner counts three titles, and three
    follow, so each is one thing of the noun's class even when it is written in lower case.
    """
    before = [t.text.lower() for t in toks[max(0, k - 4) : k]]
    if "de" not in before:
        return []
    after_de = before[before.index("de") + 1 :]
    if not after_de:
        return []
    n = after_de[0]
    count = int(n) if n.isdigit() else _COUNT_WORDS.get(n)
    m = re.match(r"\s*[;:]\s+", text[toks[k].end :])
    if count is None or count < 2 or not m:
        return []
    start = toks[k].end + m.end()
    stop = re.search(r"[.;:()]|\s(?:som|där|men|vilka)\s", text[start:])
    span = text[start : start + stop.start()] if stop else text[start:]
    parts = [p.strip() for p in re.split(r",\s*|\s+(?:och|samt)\s+", span)]
    if len(parts) != count or any(not p or len(p.split()) > 8 for p in parts):
        return []
    out = []
    at = start
    for part in parts:
        pos = text.find(part, at)
        at = pos + len(part)
        out.append(_Found("resource", "", part[:1].upper() + part[1:], pos, at, f"de {n} {toks[k].text}", member=True))
    return out


def _partner_name(text: str, p: re.Match[str]) -> str:
    """The partner a "tillsammans med …" phrase names, with the lower-case organisation head word that ends
    its name (``pg:headWord``): "i samarbete med Skolverket och Specialpedagogiska skolmyndigheten".

    >>> m = _PARTNER.search("i samarbete med Skolverket och Specialpedagogiska skolmyndigheten tagit fram")
    >>> _partner_name(m.string, m)
    'Skolverket och Specialpedagogiska skolmyndigheten'
    """
    name = clean(p.group(1)).removesuffix(" och").strip()
    head = re.match(r"\s+([a-zåäö]{4,})\b", text[p.end() :])
    if head and not name.endswith(" och") and ORG_HEAD.fullmatch(head.group(1)):
        name = f"{name} {head.group(1)}"
    return name


def _mention(s: Sentence, f: _Found) -> Mention:
    src = s.source(f.start, f.end, f.trigger)
    after = s.text[f.end :]
    years: tuple[int, ...] = ()
    start = end = None
    rng = _YEAR_RANGE.match(after)
    if rng:
        y = re.findall(r"(?:19|20)\d\d", rng.group(0))
        start, end = y[0], y[1]
    else:
        since = _SINCE.search(s.text)
        if since and f.kind in ("initiative", "actor"):
            start = since.group(1)
    if f.kind == "event":
        years = tuple(sorted({int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", s.text)}))[:1]
    cited = re.fullmatch(r"\(((?:19|20)\d\d)\)\.", f.trigger)
    if cited and f.kind == "resource":
        years = (int(cited.group(1)),)  # a reference's year is its publication's (see _references)
    actors = tuple(
        ActorRole(_partner_name(s.text, p), "partner", src)
        for p in _PARTNER.finditer(s.text)
        if clean(p.group(1))
        and clean(p.group(1)).split()[0].lower() not in _NOT_START
        and not re.search(r"(?<!:)s$", clean(p.group(1)))  # "Sundsvalls kommun", "Ale Kommuns satsning": a genitive
    )
    maker = _MAKER.match(s.text)
    if maker and _MADE.search(f.trigger):
        # "SKR har tillsammans med … tagit fram en webbutbildning": the subject made it. Kept only where
        # the organisation lexicon knows the name (read_running_text), so "Ytterligare en grupp" is no actor.
        actors = (ActorRole(maker.group(1), "producer", replace(src, trigger=maker.group(0))), *actors)
    obs: tuple[Observation, ...] = ()
    if f.count is not None:
        date = str(years[0]) if years else ""
        obs = (Observation(f.trigger.split()[1].lower() if " " in f.trigger else "antal", f.count, "st", date, src),)
    name = " ".join(_GLUED.sub("", w) for w in f.name.split()).rstrip(".,;: ")
    kind = f.kind
    extra: dict[str, object] = {}
    if kind == "resource" and f.code:
        extra["forms"] = (f.code,)
    if kind == "actor" and f.code:
        extra["actor_types"] = (f.code,)
    return Mention(
        kind=kind,
        name=name,
        source=src,
        description=s.text if len(s.text) <= 1000 else src.quote,
        alt_names=tuple(a for a in f.alt.split("|") if a),
        years=years,
        start=start,
        end=end,
        actors=actors if kind != "actor" else (),
        observations=obs if kind == "event" else (),
        forms=tuple(extra.get("forms", ())),  # type: ignore[arg-type]
        actor_types=tuple(extra.get("actor_types", ())),  # type: ignore[arg-type]
    )


def _parents(found: list[tuple[Sentence, _Found]], mentions: list[Mention]) -> list[Mention]:
    """A thing named in a sentence that says "inom <cue> X" is part of X."""
    out = list(mentions)
    for idx, (s, f) in enumerate(found):
        for jdx, (s2, g) in enumerate(found):
            if s2 is not s or jdx == idx or g.kind not in ("initiative", "actor"):
                continue
            lead = s.text[max(0, g.start - 25) : g.start].lower()
            if re.search(r"\binom(?: ramen för)?\s+(?:\w+\s+)?$", lead) and g.start < f.start and f.kind != "actor":
                out[idx] = replace(out[idx], relations=(*out[idx].relations, Relation("part-of", g.kind, g.name)))
    return out


def extract(doc: Document, lexicon: Lexicon | None = None, sents: Sequence[Sentence] | None = None) -> list[Mention]:
    """Every named thing the sentences of ``doc`` name, one mention per (kind, name) and report."""
    cues = cue_lookup(lexicon or Lexicon.from_dir())
    found: list[tuple[Sentence, _Found]] = []
    seen: set[tuple[str, str]] = set()
    every = list(sents if sents is not None else sentences(doc))
    for s in every:
        if len(s.text) < 12 or "\t" in s.text:
            continue
        for f in _find(s, cues):
            if f.kind == "event" and f.count is None and not f.member and _plural_event(f, cues):
                continue  # "SIP-möten", "två-dagarsmöten": meetings of a kind, not one named event
            words = f.name.split()
            if len(words) > 1 and _is_cap(words[1]) and cues.of(words[0]) and _DEFINITE_END.search(words[0].lower()):
                f = replace(f, name=" ".join(words[1:]))  # "Projektet Deplyftet är en satsning" names Deplyftet
            words = f.name.split()
            if (
                f.count is None
                and len(words) > 1
                and not words[-1][0].isupper()
                and words[-2].lower() not in _CONNECT
                and cues.of(words[-1])
                and _period_head(words[-1]) is None  # "Nationella elevhälsoveckan" is the week's own name
            ):
                if _DEFINITE_END.search(words[-1].lower()):
                    f = replace(f, name=" ".join(words[:-1]))  # "Collaborative Care modellen" names the model
            key = (f.kind, _key(f.name))
            if key in seen or not _key(f.name):
                continue
            seen.add(key)
            found.append((s, f))
    found += _references(every, seen)
    found = _same_by_abbreviation(found, cues)
    return _going_on(every, found, _parents(found, [_mention(s, f) for s, f in found]))


#: "…, ett metodstöd", " – en handbok", " är en modell": the class noun right after a name.
_CLASS_AFTER = re.compile(r"\s*(?:,|[–-]|\s(?:är|var))\s+(?:en|ett)\s+([\wåäöÅÄÖ-]+)")


def _going_on(every: list[Sentence], found: list[tuple[Sentence, _Found]], mentions: list[Mention]) -> list[Mention]:
    """Keep, as ``extra`` ("goes-on", text), the sentences right after a resource's or an
    initiative's naming sentence that go on about it (:func:`loader.refers_back.following`: its
    head noun in the definite form, its name again, a pronoun): "… tagit fram Ung och orolig – en
    handbok …. Handboken publicerades i juni 2029." Enrichment reads only the year of making there;
    the description stays the naming sentence."""
    from loader.layouts.cues import cue_nouns
    from loader.refers_back import following

    at = {id(s): i for i, s in enumerate(every)}
    out = list(mentions)
    for idx, (s, f) in enumerate(found):
        i = at.get(id(s))
        if i is None or f.kind not in ("resource", "initiative"):
            continue
        later = [t.text for t in every[i + 1 : i + 4] if t.report == s.report and t.block - s.block <= 1]
        # An apposition or predicative right after the name says what it is ("Lugn i klassrummet,
        # ett metodstöd …", "Skolsocialt team är en modell …"): that noun is a head it goes on by.
        said = _CLASS_AFTER.match(s.text[f.end :])
        head = f"{f.name} {said.group(1)}" if said else f.name
        text = " ".join(following(head, later, cue_nouns(), (f.name, *(a for a in f.alt.split("|") if a))))
        if text:
            out[idx] = replace(out[idx], extra=(*out[idx].extra, ("goes-on", text)))
    return out


#: A reference footnote's author and year: "4 Folkhälsomyndigheten (2021)." (the title follows).
_REFERENCE_HEAD = re.compile(r"^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+[A-ZÅÄÖ][^()]{2,60}\s\((?:19|20)\d\d\)\.$")
_REFERENCE_TITLE = re.compile(r"^([A-ZÅÄÖ][^.]{5,150}?)\.?$")


def _references(sents: list[Sentence], seen: set[tuple[str, str]]) -> list[tuple[Sentence, _Found]]:
    """Publications a reference footnote cites as "Author (year). Title.": the title names a
    publication ("4 Folkhälsomyndigheten (2021). Barns och ungas hälsa och livsvillkor.")."""
    out = []
    for prev, s in pairwise(sents):
        if prev.block != s.block or not _REFERENCE_HEAD.match(prev.text):
            continue
        m = _REFERENCE_TITLE.match(s.text)
        if m is None or (key := ("resource", _key(m.group(1)))) in seen:
            continue
        seen.add(key)
        # A cited publication is a report, as a quoted title in a reference note (numbered_extract).
        out.append((s, _Found("resource", "rapport", m.group(1), 0, m.end(1), prev.text[-7:])))
    return out


def _same_by_abbreviation(found: list[tuple[Sentence, _Found]], cues: CueLookup) -> list[tuple[Sentence, _Found]]:
    """Names that are another thing's abbreviation become its other names, not things of their own.

    "Illness Management Recovery (IMR) är ett manualbaserat program …" gives the program its short
    name; a later "IMR är en av de metoder …" and "IMR-programmet" (the short name and the thing's
    own cue noun) name the same program. "IMR-appen" carries another cue (app), so it is another thing.
    """
    by_abbr: dict[str, int] = {}
    for n, (_, f) in enumerate(found):
        if f.alt and f.kind != "event":
            by_abbr.setdefault(f.alt, n)
    if not by_abbr:
        return found
    aliases: dict[int, list[str]] = {}
    retype: dict[int, _Found] = {}
    keep: list[int] = []
    for n, (_, f) in enumerate(found):
        owner = by_abbr.get(f.name)
        formless = False
        if owner is None and "-" in f.name and " " not in f.name:
            short, head = f.name.split("-", 1)
            target = by_abbr.get(short)
            cue = cues.of(head)
            if target is not None and cue is not None:
                own = found[target][1]
                # A method without a form ("… (IMR) är en psykosocial insats") is the same thing
                # as its programme ("IMR-programmet"); another form ("IMR-appen") is another thing.
                formless = (own.kind, own.code) == ("resource", "") and cue.kind == "initiative"
                if (cue.kind, cue.code) == (own.kind, own.code) or formless:
                    owner = target
        if owner is not None and owner != n and (formless or f.kind in (found[owner][1].kind, "resource")):
            aliases.setdefault(owner, []).append(f.name)
            if f.kind == "resource" and found[owner][1].kind == "initiative":
                # "ett manualbaserat program" (a programme of work or of treatment) and "en av de metoder":
                # a thing the text also calls by a form noun is a method or support, not a project.
                retype[owner] = f
            continue
        keep.append(n)
    out = []
    for n in keep:
        s, f = found[n]
        if n in retype:
            f = replace(f, kind="resource", code=retype[n].code)
        if n in aliases:
            f = replace(f, alt="|".join(dict.fromkeys([f.alt, *aliases[n]])))
        out.append((s, f))
    return out


def _plural_event(f: _Found, cues: CueLookup) -> bool:
    """Whether the event noun that found ``f`` is an indefinite plural ("möten", "konferenser").

    Event nouns ending in -e are neuter ("möte", "seminarie"), so "-en" is their plural, not a
    definite form; other plurals end in -er/-ar/-or.
    """
    for word in re.findall(r"[\w-]+", f.trigger):
        cue = cues.of(word)
        if cue is None or cue.kind != "event":
            continue
        low = word.lower().rsplit("-", 1)[-1]
        if low.endswith(("er", "ar", "or")) or (cue.noun.endswith("e") and low.endswith(cue.noun[-3:] + "n")):
            return True
    return False


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9åäö]+", "", name.lower())


def _indefinite(name: str) -> str:
    """A name whose first word, a definite cue noun, is made indefinite: "Utbildningsportalen för BUP"."""
    first, _, rest = name.partition(" ")
    if rest and cue_of(first) is not None:
        if re.search(r"[^e](?:en|et)$", first):
            first = first[:-2]
        elif first.endswith("an"):  # "Stödlistan" -> "Stödlista"
            first = first[:-1]
    return f"{first} {rest}".strip()


_FILLERS = ATTRIBUTIVE_PREPOSITIONS | ARTICLES | {"och", "den", "det"}


def _loose(name: str) -> str:
    """A name without its small words and punctuation: "Stödlista: Psykisk hälsa i kristid" ~ "Stödlista för …"."""
    words = re.findall(r"\w+", _indefinite(name).lower())
    return "".join(w for w in words if w not in _FILLERS)


def _subtitled_other(words: str, prefix: str, kind: str, prefix_kinds: set[str] | None) -> bool:
    """Whether a name that opens with another thing's name and goes on with a dash subtitle is a thing of
    its own: "Vårdträdet – slutrapport" (a report) beside the project "Vårdträdet" (an initiative), as
    "<X> – samtalskort" beside the guide X, or "Kvarnhjulet i Karlsborg – pilot 2065" (a pilot) beside
    the model "Kvarnhjulet". A subtitle after a dash is part of a title, so a thing
    of another kind named by the shorter name is not the same thing.

    >>> _subtitled_other("vårdträdet – slutrapport", "vårdträdet", "resource", {"initiative"})
    True
    >>> _subtitled_other("vårdträdet – slutrapport", "vårdträdet", "resource", {"resource"})
    False
    >>> _subtitled_other("hälsa i sverige för unga", "hälsa i sverige", "resource", {"initiative"})
    False
    >>> _subtitled_other("kvarnhjulet i karlsborg – pilot 2065", "kvarnhjulet", "initiative", {"resource"})
    True
    >>> _subtitled_other("lyftet – material och utbildningar", "lyftet", "resource", {"initiative"})
    False
    """
    rest = f" {words[len(prefix) :].lstrip()}"
    dash = max(rest.rfind(" – "), rest.rfind(" - "))
    subtitle = rest[dash + 3 :].split() if dash >= 0 else []
    # the subtitle names one thing ("– slutrapport", "– pilot 2065"), not a list ("– material och utbildningar")
    single = 0 < len(subtitle) <= 4 and not {"och", "samt", "eller"} & set(subtitle) and "," not in rest[dash:]
    return single and bool(prefix_kinds) and kind not in (prefix_kinds or set())


def dedupe(new: Iterable[Mention], existing: Iterable[Mention]) -> list[Mention]:
    """``new`` mentions whose name no ``existing`` mention of the same report already covers.

    A layout's reading wins: its mention keeps its kind, and a name that one of its mentions
    contains ("Hälsa i Sverige" inside "Programmet Hälsa i Sverige") is not read again.
    """
    have: dict[str, list[str]] = {}
    spaced: dict[str, list[str]] = {}
    acronyms: dict[str, set[str]] = {}
    kinds: dict[tuple[str, str], set[str]] = {}
    lines: dict[tuple[str, str], set[int]] = {}
    titles: dict[str, list[str]] = {}
    events: dict[tuple[str, int], list[str]] = {}
    spaced_kinds: dict[tuple[str, str], set[str]] = {}
    for m in existing:
        for n in (m.name, *m.alt_names):
            if re.fullmatch(r"[A-ZÅÄÖ][A-ZÅÄÖ0-9]{1,7}", n):
                acronyms.setdefault(m.source.report, set()).add(n)
            have.setdefault(m.source.report, []).append(_key(_indefinite(n)))
            have[m.source.report].append(_loose(n))
            kinds.setdefault((m.source.report, _key(_indefinite(n))), set()).add(m.kind)
            lines.setdefault((m.source.report, _key(_indefinite(n))), set()).add(m.source.line)
            if len(n) >= 6:
                spaced.setdefault(m.source.report, []).append(" ".join(n.lower().split()))
                spaced_kinds.setdefault((m.source.report, " ".join(n.lower().split())), set()).add(m.kind)
            if m.kind == "resource":  # a publication's title; a plan's activity lists things of its own
                titles.setdefault(m.source.report, []).append(" ".join(n.lower().split()))
            if m.kind == "event":
                events.setdefault((m.source.report, m.source.line), []).append(" ".join(n.lower().split()))
    out = []
    for m in new:
        k = _key(_indefinite(m.name))
        keys = have.setdefault(m.source.report, [])
        prefixes = spaced.setdefault(m.source.report, [])
        words = " ".join(m.name.lower().split())
        if (
            any(
                k == h
                or (
                    len(k) >= 8
                    and (k in h or h in k)
                    and min(len(h), len(k)) >= 0.6 * max(len(h), len(k))
                    # "Samverkan för minskad sjukskrivning" (a project, line 659) inside the layout's
                    # resource "Förbättrad samverkan för minskad sjukskrivning" (line 72): a near name of
                    # another kind elsewhere is another thing; of the same kind, or in the item's own
                    # first lines ("Väntekollen.se" / "pilotprojektet Väntekollen"), the same one.
                    and (
                        m.kind in kinds.get((m.source.report, h), {m.kind})
                        or any(0 <= m.source.line - x <= 5 for x in lines.get((m.source.report, h), set()))
                    )
                )
                for h in keys
            )
            or any(
                (
                    words.startswith(p + " ")
                    and not (
                        _subtitled_other(words, p, m.kind, spaced_kinds.get((m.source.report, p)))
                        # a name another one goes on from ("… av hälso" of "… av hälso- och sjukvårdens …") is cut
                        and not any(q.startswith(words) and q != words for q in prefixes)
                    )
                )
                or p.startswith(words + " ")
                for p in prefixes
            )
            or _loose(m.name) in keys
            or _acronym_described(m.name, acronyms.get(m.source.report, set()))
            # "… utvärdering för Örnsköldsvik respektive Botkyrkas pilotprojekt kring preventivt arbete för …":
            # words inside a longer title the layout read are part of the title, not a thing of their own.
            or (
                len(words.split()) >= 3
                and any(f" {words} " in f" {t} " and len(t) > len(words) + 20 for t in titles.get(m.source.report, []))
            )
            # "Länskonferensen Unga mår bättre tillsammans – 14 oktober": words of the event's name the
            # layout read on the same line are that event.
            or (
                m.kind == "event"
                and any(f" {words} " in f" {t} " for t in events.get((m.source.report, m.source.line), []))
            )
        ):
            continue  # "Hälsa i Sverige för asylsökande och nyanlända" is the layout's "Hälsa i Sverige"
        out.append(m)
        keys.append(k)
        kinds.setdefault((m.source.report, k), set()).add(m.kind)
        prefixes.append(words)
    return out


def whole_titles(found: Sequence[Mention], read: Sequence[Mention]) -> list[Mention]:
    """Layout mentions a title's first word names, renamed to the whole title the sentence gives.

    A title that is a clause ("filmen Hemma hos Elin, som …", "affischen Du är inte ensam, som …")
    is cut by a name reader at its first function word; running text reads it to the comma that
    closes it (:func:`_clause_title`, :func:`_comma_titles`), so its second word is one no name
    reader runs over (a verb, pronoun or preposition). The layout's one-word name on the same line
    becomes another name of the whole title.

    >>> src = Source("r", 83, "Vid Socialchefsdagarna visades filmen Hemma hos Elin, som skildrar en familj.")
    >>> [(m.name, m.alt_names) for m in whole_titles([Mention("resource", "Hemma", src)],
    ...     [Mention("resource", "Hemma hos Elin", src)])]
    [('Hemma hos Elin', ('Hemma',))]
    """
    out = []
    for m in found:
        if m.kind in ("resource", "initiative", "event") and len(m.name.split()) == 1:
            whole = next(
                (
                    t.name
                    for t in read
                    if t.kind == m.kind
                    and t.source.report == m.source.report
                    and abs(t.source.line - m.source.line) <= 1
                    and len(words := t.name.split()) > 1
                    and words[0] == m.name
                    and words[1].lower() in _STOP
                ),
                None,
            )
            if whole is not None:
                m = replace(m, name=whole, alt_names=tuple(dict.fromkeys((*m.alt_names, m.name))))
        out.append(m)
    return out


def _acronym_described(name: str, acronyms: set[str]) -> bool:
    """Whether ``name`` is a known short name and a description: "ABC till föräldrar med barn 0–2 år" is ABC.

    >>> _acronym_described("ABC till föräldrar med barn 0–2 år", {"ABC"}), _acronym_described("ABC-appen", {"ABC"})
    (True, False)
    """
    first, _, rest = name.partition(" ")
    return first in acronyms and rest.split(" ", 1)[0] in _PREP


def read_running_text(
    doc: Document,
    found: Sequence[Mention],
    lexicon: Lexicon | None = None,
    actor_slug: Callable[[str], str | None] = lambda name: None,
) -> list[Mention]:
    """The layouts' mentions plus what the sentences name: things, agreements and their ties.

    Runs on every document after its layouts. A thing a layout already read keeps the
    layout's reading (:func:`dedupe`); an agreement a layout named with the same years is the
    same agreement: both mentions carry the name the text uses, the layout's name becomes
    another name, and resolution merges them.
    """
    from loader import agreements  # the agreements stage reads this module's sentences

    sents = sentences(doc)
    found = listed_in_body(doc, found, sents)
    read = extract(doc, lexicon, sents)
    things = dedupe(read, found := whole_titles(found, read))
    # An arrangement's title contains its subject's name: only other things of the subject's kind cover it.
    things += dedupe(named_in_titles(found, lexicon), [m for m in [*found, *things] if m.kind != "event"])
    # A plan's goal states what should become true ("Minst sex kommuner har en lokal överenskommelse om
    # …"): an undated agreement named only in a goal does not exist yet, so it is no agreement.
    goals = [fold(m.name) for m in found if m.kind == "goal"]
    read = [
        ag
        for ag in agreements.extract(doc, sents)
        if ag.years or not any(" ".join(fold(strip_bullet(ag.source.quote)).split()) in goal for goal in goals)
    ]
    # A layout's agreement of the same years is the agreement this stage read: it takes the name the
    # text uses and keeps its own as another name, so links to either name find it.
    renamed: dict[int, Mention] = {}
    ags: list[Mention] = []

    def partner(k: Mention) -> Mention | None:
        # The one agreement read with the layout's years. When this stage read the layout's agreement
        # under its own name, another of the same year is another agreement (a supplement, "tilläggs-
        # överenskommelse … 2024", beside the year's agreement), not a second name of it.
        dated = [ag for ag in read if ag.start and set(k.years) == set(ag.years)]
        if any(ag.name == k.name for ag in dated):
            return None
        return dated[0] if len(dated) == 1 else None

    partners = {id(k): partner(k) for k in found if k.kind == "agreement" and k.years}
    for ag in read:
        same = next((k for k in found if k.kind == "agreement" and partners.get(id(k)) is ag), None)
        if same is not None:
            renamed[id(same)] = replace(
                same, name=ag.name, alt_names=tuple(dict.fromkeys((*same.alt_names, same.name, *ag.alt_names)))
            )
            ag = replace(ag, alt_names=tuple(dict.fromkeys((*ag.alt_names, same.name))))
        ags.append(ag)
    layout = [renamed.get(id(m), m) for m in found]
    return [_split_roles(m, actor_slug) for m in agreements.tie([*layout, *things], ags, sents) + ags]


#: A title's subtitle after a dash that says what the title is: "Hitta rätt - ett material för …",
#: "Hälsostöd – metod för att hålla hälsogrupper …" (an optional article, then a lower-case noun).
_SUBTITLE = re.compile(r"\s+[–-]\s*(?:(?:en|ett)\s+)?([a-zåäö][\wåäö-]*)")
_ARTICLED = re.compile(r"\s+[–-]\s*(?:en|ett)\s")
#: A form noun and a colon before a capitalised title: "Metodhandbok: Att erbjuda stöd …".
_FORM_COLON = re.compile(r"(?:^|\s)([A-ZÅÄÖa-zåäö][\wåäö-]+):\s+([A-ZÅÄÖ][^:]{5,150}?)\s*$")


def _title_subject(words: list[str], cues: CueLookup) -> int | None:
    """Where the subject of an arrangement's title starts: after its opening event or course noun
    and a preposition or method noun ("Utbildning i Hitta rätt", "Utbildningsdag Hälsostöd",
    "Workshop om Metodhandbok"); None when the title does not open with such a noun."""
    if not words:
        return None
    head = cues.of(words[0])
    if head is None or head.kind not in ("event", "resource"):
        return None
    k = 1
    while k < len(words) and words[k].lower() in ("i", "om", "kring"):
        k += 1
    return k if k < len(words) else None


def named_in_titles(found: Sequence[Mention], lexicon: Lexicon | None = None) -> list[Mention]:
    """Things an arrangement's title names: its subject when the title says what the subject is.

    A report's list of arrangements often names the product a day or course was about, and says
    what it is in the title itself (reading guide: typed by what the text says it is):

    * a dash subtitle with a resource-form noun: "Utbildning i Hitta rätt - ett material för
      ensamkommande ungdomar" names the material *Hitta rätt*;
    * a form noun and a colon: "Workshop om Metodhandbok: Att erbjuda stöd …" names the handbook;
    * a network compound: "Nätverksdag IMR-nätverket" names the network (an actor).

    The evidence is the arrangement's own quote.
    """
    cues = cue_lookup(lexicon or Lexicon.from_dir())
    out: list[Mention] = []
    for m in found:
        if m.kind != "event" or not m.name:
            continue
        name = m.name.strip().rstrip(".")
        words = name.split()
        at = _title_subject(words, cues)
        if at is not None and _is_cap(words[at]) and words[at].lower() not in _NOT_START:
            rest = " ".join(words[at:])
            dash = _SUBTITLE.search(rest)
            noun = cues.of(dash.group(1)) if dash else None
            subject = rest[: dash.start()].strip() if dash else ""
            if (
                dash is not None
                and noun is not None
                and noun.kind == "resource"
                # "Utbildning i X – grundkurs": a course noun after the dash says what the arrangement
                # is, not what its subject is.
                and noun.code not in ("utbildning", (cues.of(words[0]) or noun).code)
                # "Utbildningsdag Säkerhetsplanering – uppföljning": a bare noun alone after the dash names a
                # session of the arrangement (as "– grundkurs"); a subtitle that describes the subject has an
                # article or goes on ("– ett material för …", "– metodstöd för skolan").
                and (bool(_ARTICLED.match(rest, dash.start())) or bool(rest[dash.end() :].strip()))
                and 1 <= len(subject.split()) <= 6
                and not cues.is_organisation(subject.split()[0])
                and cues.of(subject.split()[0]) is None
            ):
                out.append(
                    Mention(
                        "resource",
                        subject,
                        replace(m.source, trigger=rest[: dash.end()]),
                        # What the title says of the subject, not of the arrangement ("Utbildningsdag …").
                        description=rest,
                        alt_names=(rest,),
                    )
                )
                continue
        colon = _FORM_COLON.search(name)
        form = cues.of(colon.group(1)) if colon else None
        if colon is not None and form is not None and form.kind == "resource" and colon.start(1) > 0:
            title = colon.group(2).strip()
            out.append(
                Mention(
                    "resource",
                    title,
                    replace(m.source, trigger=f"{colon.group(1)}: {title}"[:80]),
                    description=f"{colon.group(1)}: {title}",
                    alt_names=(f"{colon.group(1)}: {title}",),
                )
            )
            continue
        own = Sentence(m.source.report, name, m.source.line, ((0, m.source.line),), -1)
        for f in _find(own, cues):
            if f.kind == "actor" and f.code == "natverk" and "-" in f.name:
                source = replace(m.source, trigger=f.trigger)
                out.append(Mention("actor", f.name, source, description=m.description or name, actor_types=(f.code,)))
    return out


def _split_roles(m: Mention, actor_slug: Callable[[str], str | None]) -> Mention:
    """A role held by "X och Y", two organisations, is two roles (:func:`loader.resolve.split_organisations`)."""
    from loader.resolve import split_organisations  # resolution owns the rule

    roles: list[ActorRole] = []
    for role in m.actors:
        if role.role == "producer" and role.source is not None and role.source.trigger.endswith(" har"):
            if actor_slug(role.name) is None:
                continue  # a sentence subject the organisation lexicon does not know is no producer
        roles += [replace(role, name=n) for n in split_organisations(role.name, actor_slug)]
    return m if roles == list(m.actors) else replace(m, actors=tuple(roles))


# --------------------------------------------------------------------------- listed items named in the body

_WORD = re.compile(r"\w+")
#: A definite ending on a noun ("verktygsbanken", "stödet", "guiderna").
_DEFINITE_ENDS = ("en", "et", "na", "n", "t")


def _word_keys(text: str) -> list[tuple[int, int, str]]:
    from loader.layouts.cues import stem_key

    return [(w.start(), w.end(), stem_key(w.group())) for w in _WORD.finditer(text)]


def _names_item(text: str, name: str) -> bool:
    """Whether ``text`` names the item ``name``, any case, its words in any inflected form.

    (:func:`_naming_at` gives where.)

    >>> _names_item("UPH har startat upp en verktygsbank för första linjen.", "Verktygsbank för Första Linjen")
    True
    >>> _names_item("Verktygsbanken för första linjen är klar.", "Verktygsbank för Första Linjen")
    True
    >>> _names_item("En bank för verktyg.", "Verktygsbank för Första Linjen")
    False
    """
    return _naming_at(text, name) is not None


def _naming_at(text: str, name: str) -> int | None:
    """The offset in ``text`` where it names the item ``name`` (see :func:`_names_item`)."""
    want = [k for _, _, k in _word_keys(name)]
    words = _word_keys(text)
    have = [k for _, _, k in words]
    n = len(want)
    return next((words[i][0] for i in range(len(have) - n + 1) if n and have[i : i + n] == want), None)


def _refers_to(text: str, name: str) -> bool:
    """Whether ``text`` refers back to the item by the definite form of its name's first noun.

    >>> _refers_to("Både boken och verktygsbanken utgör ett stöd.", "Verktygsbank för Första Linjen")
    True
    >>> _refers_to("En verktygsbank finns.", "Verktygsbank för Första Linjen")
    False
    """
    from loader.layouts.cues import stem_key

    words = _WORD.findall(name)
    if not words or len(words[0]) < 5:
        return False
    head = words[0].lower()
    key = stem_key(head)
    return any(
        w.lower() != head
        and w.lower().startswith(head[:-1])
        and w.lower().endswith(_DEFINITE_ENDS)
        and stem_key(w) == key
        for w in _WORD.findall(text)
    )


def listed_in_body(doc: Document, found: Sequence[Mention], sents: Sequence[Sentence] | None = None) -> list[Mention]:
    """Items a list of the report names without a description get the body sentences naming them.

    A product listed in an appendix ("UPH. Verktygsbank för Första Linjen" and its link) is
    often presented earlier in the running text, in lower case or inflected ("… och startat upp
    en verktygsbank för första linjen."). That sentence, and the next one when it refers back
    with the definite form ("… och verktygsbanken utgör ett innehållsstöd …"), are the item's
    own body sentences: they join its description, and the heading over them becomes its
    heading when the list gave none beyond its own title (reading guide: facets come from its
    title, its own body sentences and its heading path).
    """
    from loader.document import blocks
    from loader.layouts.appendix_tables import is_appendix_title

    sents = list(sents if sents is not None else sentences(doc))
    lines = {ln.number: ln.text for ln in doc.lines}
    heads = [(b.first_line, clean(b.text)) for b in blocks(doc) if b.kind == "heading"]
    # A chapter's title the layout read as the section of its mentions is a heading, whatever the line
    # classifier took it for ("3 Suicidprevention" over its text read as a note for its leading number,
    # blind21 annual report 114): the heading over a body sentence is the last of either before it.
    titled = {x.source.section for x in found if x.source.section and not is_appendix_title(x.source.section)}
    known = {line for line, _ in heads}
    heads = sorted(
        [*heads, *((ln.number, t) for ln in doc.lines if (t := clean(ln.text)) in titled and ln.number not in known)]
    )
    out: list[Mention] = []
    for m in found:
        desc = m.description
        if (
            m.kind not in ("resource", "initiative")
            or len(_WORD.findall(m.name)) < 2
            or not is_appendix_title(m.source.section)  # only items an appendix lists
            or len(split_own(desc)) > 2  # a list entry with its own description says enough
        ):
            out.append(m)
            continue
        # The body is the text before the appendix's own heading (not its contents entry).
        opens = [ln.number for ln in doc.lines if ln.number <= m.source.line and clean(ln.text) == m.source.section]
        if not opens:
            out.append(m)
            continue
        added: list[Sentence] = []
        for k, s in enumerate(sents):
            at = _naming_at(s.text, m.name) if s.line < opens[-1] and not _is_item(s.text) else None
            # A footnote citing it ("⁸ Kartläggning 2016 …", joined into the sentence it interrupts) presents nothing.
            if at is None or _FOOTNOTE.match(lines.get(s.line_at(at), "")):
                continue
            added.append(s)
            nxt = sents[k + 1] if k + 1 < len(sents) else None
            if nxt is not None and nxt.block == s.block and _refers_to(nxt.text, m.name):
                added.append(nxt)
        if not added or len({s.block for s in added}) > 1:
            out.append(m)  # none, or named in several places: no one presentation of it
            continue
        heading = m.heading
        above = [h for line, h in heads if line <= added[0].line]
        if above and (not heading or heading == m.source.section):
            heading = above[-1]
        text = " ".join(s.text for s in added if s.text not in desc)
        # A paragraph break keeps the list entry and the body sentences apart: no quote spans both.
        out.append(replace(m, description=f"{desc}\n\n{text}" if desc else text, heading=heading))
    return out


def split_own(text: str) -> list[str]:
    """The sentences of a description (the loader's one splitter)."""
    from loader.document import split_sentences

    return [text[a:b] for a, b in split_sentences(text)] if text else []
