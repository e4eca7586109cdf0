"""General Swedish grammar the loader needs: closed word classes, number words, months.

This is the one module for *grammar* (issue 10, item 7): words whose meaning does not depend
on the domain — prepositions, conjunctions, articles, pronouns, auxiliaries, number words and
month names. Domain words (what a resource, an event or a network is called) are vocabulary
and live in ``ontology/`` as ``pg:cueNoun`` and SKOS labels, never here.

Every set holds lower-case surface forms as the text writes them (with å, ä, ö); compare
with ``word.lower()``, or with :func:`folded` for diacritic-insensitive keys.

>>> "för" in PREPOSITIONS and "och" in CONJUNCTIONS
True
>>> NUMBER_WORDS["tolv"], NUMBER_WORDS["sjutton"], NUMBER_WORDS["tjugofyra"], MONTHS["mars"]
(12, 17, 24, 3)
>>> month("sept."), month("Okt"), month("vecka")
(9, 10, None)
>>> "forsta" in folded(ORDINALS)
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = [
    "ADJECTIVE_ENDINGS",
    "ADVERBS",
    "ARTICLES",
    "ATTRIBUTIVE_PREPOSITIONS",
    "AUXILIARIES",
    "CHAPTER_WORDS",
    "COMMON_VERBS",
    "COMPASS_ADJECTIVES",
    "COMPLEX_PREPOSITIONS",
    "CONJUNCTIONS",
    "DEFINITE_ENDINGS",
    "DEMONSTRATIVES",
    "FUNCTION_WORDS",
    "MONTHS",
    "NUMBER_WORDS",
    "ORDINALS",
    "PARTICLES",
    "PARTS_INTRO",
    "PERSON_NOUN_ENDINGS",
    "POSSESSIVES",
    "PREPOSITIONS",
    "PRONOUNS",
    "QUANTIFIERS",
    "REFERENCE_WORDS",
    "SEASONS",
    "STRONG_VERBS",
    "SUBJUNCTIONS",
    "SUBTITLE_PREPOSITIONS",
    "TOPIC_PREPOSITIONS",
    "VENUE_NOUNS",
    "VERB_PREFIXES",
    "announces_parts",
    "folded",
    "month",
    "named_part",
    "person_noun",
    "present_with_object",
    "venue",
    "verb_forms",
    "with_next",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Indefinite articles (the definite article is a suffix in Swedish, see DEFINITE_ENDINGS).
ARTICLES = _words("en ett")
#: Prepositions, simple and the common two-word ones written as their first word.
PREPOSITIONS = _words(
    "av bland efter enligt from framför från för genom hos i inför inom kring med mellan mot om "
    "på runt sedan till tom trots under utan utifrån via vid åt över avseende gällande rörande beträffande"
)
#: Prepositions that open a noun's attribute inside a noun phrase ("stöd för unga", "handbok om
#: SIP", "satsning på suicidprevention"); the others ("under", "genom", "inom") open an adverbial.
ATTRIBUTIVE_PREPOSITIONS = _words("av för i kring med mot om på till")
#: Prepositions that name a thing by its topic or make-up ("satsning på X", "nätverk av X").
TOPIC_PREPOSITIONS = _words("av på om kring inom mot")
#: Nouns of buildings and rooms where meetings are held, as compound heads ("folkets hus",
#: "Stadshuset", "konferensgården", "aulan"): a phrase with one is a venue, not a title.
VENUE_NOUNS = _words(
    "hus huset sal salen aula aulan skola skolan bibliotek biblioteket gård gården hotell hotellet "
    "center centret centrum kyrka kyrkan arena arenan teater teatern lokal lokalen"
)

#: The compass adjectives that open the name of a part of a county or landscape ("Östra Värmland",
#: "Nordvästra Skåne", "Mellersta Norrland"), capitalised as a name writes them.
COMPASS_ADJECTIVES = tuple(
    f"{a}{b}"
    for a, b in [*(("", w) for w in ("Norra", "Södra", "Östra", "Västra", "Mellersta"))]
    + [(h, w) for h in ("Nord", "Syd") for w in ("västra", "östra")]
)

#: Endings of the definite singular of Swedish nouns for a person by occupation or role: -are
#: ("projektledaren", "samordnaren"), -ör ("direktören"), -or ("kuratorn", "rektorn"), -ist
#: ("terapeuten" excepted), -log ("psykologen"), -erska ("sjuksköterskan").
PERSON_NOUN_ENDINGS = ("aren", "ören", "orn", "isten", "logen", "erskan")


def person_noun(word: str) -> bool:
    """Whether ``word`` is the definite singular of a noun for a person by role ("Projektledaren",
    "Kuratorn"), which a name after it names a person by ("Samordnaren Karin Ek").

    >>> person_noun("Projektledaren"), person_noun("Kuratorn"), person_noun("Stödet"), person_noun("Chattjouren")
    (True, True, False, False)
    """
    low = word.lower()
    return len(low) > 5 and low.endswith(PERSON_NOUN_ENDINGS)


def venue(phrase: str) -> bool:
    """Whether ``phrase`` names a venue: a word in it ends in a building or room noun.

    >>> venue("Munkfors folkets hus"), venue("Stadshuset i Ankeby"), venue("Unga i fokus")
    (True, True, False)
    """
    return any(w.lower().endswith(tuple(VENUE_NOUNS)) for w in phrase.split())


#: Prepositions that open a title's subtitle after a dash ("Föräldrakväll – om sömn och skärmar",
#: "Samtal – kring oro"): the topic belongs to the title; other prepositions after a dash open a note
#: on where, when or for whom ("– i alla tre kommuner under våren").
SUBTITLE_PREPOSITIONS = _words("om kring")
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
#: Possessive pronouns other than the reflexive "sin/sitt/sina": they may stand inside a title
#: ("Meningsskapande i vår tid"), where the reflexive ones point back to a clause's subject.
POSSESSIVES = _words("min mitt mina din ditt dina vår vårt våra er ert era deras dess hans hennes")
#: Quantifiers that can stand before a noun phrase.
QUANTIFIERS = _words("alla all allt flera många några någon något inga ingen inget varje båda övriga andra annan annat")
#: Auxiliaries and the finite forms of the copula and 'have' (clause markers, not names).
AUXILIARIES = _words(
    "är var varit vara blir blev blivit har hade haft kan kunde ska skall skulle kommer får fick fått bör "
    "måste vill ville finns fanns"
)
#: Sentence and focus adverbs: never part of a name; they stand between a noun phrase and what
#: follows it ("… för nära vård tillsammans med …").
ADVERBS = _words(
    "nu även också inte redan ännu bara alltid aldrig dessutom därför här igen tillsammans endast särskilt"
)
#: Verb particles that close a phrasal verb ("ta fram", "ge ut"), never part of a name; "in" is
#: left out because it also closes a fixed phrase ("En väg in").
PARTICLES = _words("fram ut upp bort ner")
#: Words that open a cross-reference note ("Se Socialdepartementet (2012). …", "Jfr …"): imperatives
#: and abbreviations pointing the reader to a source, never part of the source's name.
REFERENCE_WORDS = _words("se jfr läs")
#: Finite and passive forms of frequent verbs that follow a subject and so end a name before them.
COMMON_VERBS = _words(
    "ges ger gav tar tog togs tagits visar syftar riktar används hölls hålls genomfördes genomförs anordnades anordnas "
    "pågår pågick träffas träffades möts möttes samlas samlades"
    " består bestod innehåller innehöll beskriver beskrev handlar handlade leds leddes drivs drevs"
    # what an event does in a report: "Nätverksdagen … ägde rum i Stockholm", "… samlar 400 deltagare"
    " äger ägde arrangeras arrangerades samlar lockar lockade"
)
#: Finite forms of verbs an organisation does in a report ("… med EuroHealthNet och deltog i …"):
#: after "och"/"samt" they start a new clause, so the name before them ends there.
FINITE_VERBS = _words(
    "deltog deltar bidrog bidrar arbetar arbetade driver drev leder ledde stödjer stödde stöttar stöttade "
    "samarbetar samverkar samverkade ansvarar ansvarade erbjuder erbjöd genomför genomförde tog tar gav ger "
    "utvecklar utvecklade skapar skapade står stod medverkar medverkade deltagit bidragit"
)


def with_next(words: Sequence[str]) -> list[tuple[str, str]]:
    """Each word with the word after it ("" after the last), for rules that read a word by its
    successor (:func:`finite_verb`). No words give no pairs.

    >>> with_next(["vi", "har", "gjort"])
    [('vi', 'har'), ('har', 'gjort'), ('gjort', '')]
    >>> with_next([])
    []
    """
    return list(zip(words, [*words[1:], ""][: len(words)], strict=True))


def finite_verb(word: str, following: str = "") -> bool:
    """Whether ``word`` (after "och"/"samt") is a finite verb that starts a new clause: a frequent
    verb or auxiliary, a present tense in "-erar" ("finansierar"), or a past tense in "-ade"/"-dde"
    before a function word or the end ("anpassade insatser" is a participle before a noun).

    >>> finite_verb("deltog"), finite_verb("finansierar"), finite_verb("startade", "i"), finite_verb("har")
    (True, True, True, True)
    >>> finite_verb("anpassade", "insatser"), finite_verb("prevention"), finite_verb("utvecklingsarbete", "i")
    (False, False, False)
    """
    w = word.lower()
    if w in FINITE_VERBS or w in COMMON_VERBS or w in AUXILIARIES or w.endswith("erar"):
        return True
    nxt = following.lower()
    return w.endswith(("ade", "dde")) and (not nxt or not nxt[:1].isalpha() or nxt in FUNCTION_WORDS)


#: Words that open a verb's object or object clause: demonstratives and the question words of an
#: indirect question ("beskriver hur", "visar vad"). A noun is never followed by one of them inside its
#: noun phrase, so a present tense before one is the predicate. Articles are no evidence: a plural noun
#: is followed by a time adverbial that opens with one ("föräldrar det första året", "insatser en
#: gång i månaden").
_OBJECT_OPENERS = frozenset({"dessa", "detta", "denna", "hur", "vad", "vilka"})


def present_with_object(word: str, following: str) -> bool:
    """Whether a lower-case ``word`` in "-ar"/"-er"/"-ir" is a present tense with its object after it:
    the object is a definite noun ("sammanfattar arbetet", "beskriver modellen"), a demonstrative
    ("följer dessa"), or an indirect question ("visar hur"). Plural nouns end in "-ar"/"-er" too
    ("föräldrar", "insatser"), but inside a noun phrase a preposition or conjunction follows them
    ("föräldrar till barn"), never a definite noun or a demonstrative.

    >>> present_with_object("sammanfattar", "arbetet"), present_with_object("beskriver", "hur")
    (True, True)
    >>> present_with_object("följer", "dessa"), present_with_object("kompletterar", "modellen")
    (True, True)
    >>> present_with_object("föräldrar", "det"), present_with_object("insatser", "en")
    (False, False)
    >>> present_with_object("föräldrar", "till"), present_with_object("insatser", "för")
    (False, False)
    >>> present_with_object("erfarenheter", "från"), present_with_object("Sammanfattar", "arbetet")
    (False, False)
    >>> present_with_object("efter", "samtalet"), present_with_object("eller", "det")
    (False, False)
    """
    if not word.islower() or len(word) < 4 or not word.endswith(("ar", "er", "ir")):
        return False
    if word in PREPOSITIONS or word in CONJUNCTIONS:
        return False  # "efter samtalet", "över arbetet", "eller de": closed words in "-er", no verbs
    nxt = following.lower().strip('.,;:!?()”"“')
    if nxt in _OBJECT_OPENERS:
        return True
    # a definite noun: the definite endings of the singular and plural, on a word long enough to be a noun
    return following[:1].islower() and len(nxt) >= 6 and nxt.endswith(("et", "en", "arna", "erna", "orna"))


#: Endings of adjectives in all their forms ("länsgemensam", "nationella", "strategiska",
#: "särskilt", "digitala", "regional", "kommunövergripande"): derivational suffixes and the
#: participle ending, for telling an adjective before a noun from a verb or another noun.
ADJECTIVE_ENDINGS = (
    *"sam samma samt isk iska iskt ig iga igt lig liga ligt al ala alt ell ella ellt iv iva ivt".split(),
    *"skild skilda skilt".split(),
)
#: Multi-word prepositions: after a noun they open an adverbial, not the noun's attribute
#: ("satsning på grund av …" is no "satsning på X").
COMPLEX_PREPOSITIONS = (
    "på grund av",
    "i stället för",
    "istället för",
    "med hjälp av",
    "i form av",
    "i samband med",
    "inom ramen för",
    "när det gäller",
    "med anledning av",
    "i enlighet med",
    "till följd av",
)
#: Every closed-class word above: a word in here never starts or ends a proper name.
FUNCTION_WORDS = (
    ARTICLES | PREPOSITIONS | CONJUNCTIONS | SUBJUNCTIONS | DEMONSTRATIVES | PRONOUNS | QUANTIFIERS | AUXILIARIES
)
#: Cardinal number words → value ("sex regionala kanslier", "tolv kommuner").
_UNITS = "en två tre fyra fem sex sju åtta nio".split()
_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
NUMBER_WORDS: dict[str, int] = (
    {
        w: i
        for i, w in enumerate([*_UNITS, *"tio elva tolv tretton fjorton femton sexton sjutton arton nitton".split()], 1)
    }
    | {"ett": 1, "aderton": 18}
    | _TENS
    | {t + u: v + i for t, v in _TENS.items() for i, u in enumerate(_UNITS, 1)}
)
#: Ordinals as words.
ORDINALS = _words("första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde")
#: Noun endings of the definite and plural forms, longest first (for crude de-inflection).
DEFINITE_ENDINGS = ("arna", "erna", "orna", "na", "en", "et", "n", "t")
#: Nouns a document numbers its parts by, written before the number ("DEL 2 Barn och unga",
#: "Kapitel 3: Suicidprevention", "Avsnitt 4 – Äldre"): general Swedish document words, not domain
#: vocabulary. "Bilaga" (an appendix) and "Område" (an action plan's area) are not chapters of a report.
CHAPTER_WORDS = _words("kapitel del avsnitt")


#: A clause that says what a thing consists of, before the parts it names: "Till modellen hör:", "Till
#: guiden hör också Checklista …", "Materialet består av:", "I paketet ingår:", "Serien omfattar:".
PARTS_INTRO = re.compile(
    r"(?:^|\b)(?:[Tt]ill\s+(?:\w+\s+){1,3}hör|består\s+(?:\w+\s+)?av|ingår|omfattar|innehåller)"
    r"(?:\s+(?:också|även|dessutom))?(?=\s|:|$)"
)


def announces_parts(line: str) -> bool:
    """Whether ``line`` ends in a clause that announces a list of parts (its last sentence ends at the
    parts verb and a colon).

    >>> announces_parts("Modellen består av fyra samtal. Till modellen hör: "), announces_parts("Den består av:")
    (True, True)
    >>> announces_parts("Syftet är att:"), announces_parts("Den består av fyra samtal.")
    (False, False)
    """
    last = re.split(r"(?<=[.!?])\s+", line.strip())[-1]
    ends = [m.end() for m in PARTS_INTRO.finditer(last)]
    return bool(ends) and re.fullmatch(r"\s*:", last[ends[-1] :]) is not None


def named_part(sentence: str) -> int | None:
    """Where the name of a part starts in a sentence that says what a thing has: "Till guiden hör
    Checklista för det första samtalet." (the capitalised words after the parts verb), else None.

    >>> s = "Till guiden hör också Checklista för samtal."
    >>> s[named_part(s) :], named_part("Den består av fyra samtal."), named_part("Till guiden hör:")
    ('Checklista för samtal.', None, None)
    """
    for m in PARTS_INTRO.finditer(sentence):
        rest = sentence[m.end() :]
        if re.match(r"\s+[A-ZÅÄÖ”\"“]", rest):
            return m.end() + len(rest) - len(rest.lstrip())
    return None


#: Swedish month names → month number: the one month table of the loader.
MONTHS: dict[str, int] = {
    m: i
    for i, m in enumerate(
        "januari februari mars april maj juni juli augusti september oktober november december".split(), 1
    )
}

#: Seasons and school terms (definite, as dates write them: "hösten -20", "ht 20", "vt -21").
SEASONS = _words("våren sommaren hösten vintern vt ht")


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


#: Strong and irregular verbs: present (active, passive), past-time finite forms (past, supine,
#: their passives) and the past participles a particle prefixes ("framtagen", "utgiven"). A
#: compound ("översätta", "överta") takes the forms of its last part.
STRONG_VERBS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "ta": (
        ("tar", "tas"),
        ("tog", "togs", "tagit", "tagits"),
        ("tagen", "taget", "tagna", "tagande", "tagandes", "tagandet"),
    ),
    "ge": (("ger", "ges"), ("gav", "gavs", "gett", "getts", "givit", "givits"), ("given", "givet", "givna")),
    "komma": (("kommer",), ("kom", "kommit"), ("kommen", "kommet", "komna")),
    "sätta": (("sätter", "sätts"), ("satte", "sattes", "satt", "satts"), ("satt", "satta")),
    "göra": (("gör", "görs"), ("gjorde", "gjordes", "gjort", "gjorts"), ("gjord", "gjorda")),
}

#: Prefixes of compound verbs ("översätta", "överta", "uppta").
VERB_PREFIXES = _words("an av be efter fram för genom in med mot om på sam till upp ut under över")


#: Endings of weak and strong supines ("utvecklat", "skrivit", "byggt" is left out: "-t" alone also
#: ends nouns and adjectives); with the strong supines of :data:`STRONG_VERBS` ("gett", "gjort").
_SUPINE_ENDINGS = ("at", "it")


def is_supine(word: str) -> bool:
    """Whether a lower-case ``word`` reads as a supine, the main verb after "har"/"hade" ("SKR har
    i samarbete med X tagit fram …").

    >>> is_supine("tagit"), is_supine("utvecklat"), is_supine("gett"), is_supine("gjort")
    (True, True, True, True)
    >>> is_supine("Skolverket"), is_supine("och"), is_supine("at")
    (False, False, False)
    """
    if not word.islower():
        return False
    strong = {f for _, past, _ in STRONG_VERBS.values() for f in past if f.endswith("t")}
    return (len(word) >= 4 and word.endswith(_SUPINE_ENDINGS)) or any(word.endswith(f) for f in strong)


def verb_forms(lemma: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The forms of a Swedish verb given in the infinitive: ``(present, past, participles)``,
    lower case; ``past`` holds the past tense, the supine and their passives.

    Weak verbs get the forms of both weak conjugations ("lanserade", "byggde", "inledde"); the
    pattern a verb does not follow yields strings no text writes, so nothing is lost by that.
    Strong verbs come from :data:`STRONG_VERBS`.

    >>> present, past, parts = verb_forms("lansera")
    >>> present, {"lanserade", "lanserades", "lanserat", "lanserats"} <= set(past), "lanserad" in parts
    (('lanserar', 'lanseras'), True, True)
    >>> {"byggde", "byggdes"} <= set(verb_forms("bygga")[1]), "inledde" in verb_forms("inleda")[1]
    (True, True)
    >>> "översattes" in verb_forms("översätta")[1], "övertog" in verb_forms("överta")[1]
    (True, True)
    >>> "arbetade" in verb_forms("arbeta")[1]
    True
    """
    word = lemma.lower()
    for base in sorted(STRONG_VERBS, key=len, reverse=True):
        prefix = word[: len(word) - len(base)]
        if word.endswith(base) and (not prefix or prefix in VERB_PREFIXES):
            present, past, parts = STRONG_VERBS[base]
            return tuple(prefix + f for f in present), tuple(prefix + f for f in past), tuple(prefix + p for p in parts)
    first = word  # first conjugation: lansera → lanserade, lanserat, lanserad
    second = word[:-1] if word.endswith("a") else word  # second: bygga → byggde, byggt, byggd
    weak_past = [first + e for e in ("de", "des", "t", "ts")] + [
        second + e for e in ("de", "des", "te", "tes", "t", "ts")
    ]
    return (word + "r", word + "s"), tuple(dict.fromkeys(weak_past)), (first + "d", second + "d", second + "t")


# -- Appended in wave 9 (fix9): document part labels and the bounds of a period.

#: A chapter word (:data:`CHAPTER_WORDS`) as a heading writes it before its part's number, capitalised
#: or in capitals ("Del 13 – ", "Avsnitt 4: ", "KAPITEL 2. "), as a regular expression without groups.
#: Another capitalised word before a number ("Insats 3:", "Steg 2 –", "Fas 1:") numbers an item, a step
#: or a phase, not a part of the document.
PART_WORD = "(?:" + "|".join(f"{w.capitalize()}|{w.upper()}" for w in sorted(CHAPTER_WORDS)) + ")"

#: Prepositions that make a year the bound of a period ("Nytt material sedan 2054", "Material före
#: 2050", "fram till 2055", "från och med 2054", "t.o.m. 2055"): what falls in the period was not all
#: made that year. A bare "från" is not one: "material från 2054" says where the material comes from in
#: time (as "en rapport från 2054"), the year it was made, unless the period is spelled out
#: (:data:`PERIOD_AFTER_YEAR`). Abbreviations are written with their stops; readers make them optional.
PERIOD_PREPOSITIONS = (
    "sedan",
    "före",
    "innan",
    "efter",
    "till",
    "fram till",
    "från och med",
    "till och med",
    "fr.o.m.",
    "t.o.m.",
)
#: Words after a year that make it a period's bound: "från 2054 och framåt", "2050 och tidigare".
PERIOD_AFTER_YEAR = ("och framåt", "och senare", "och tidigare", "och därefter", "och bakåt")


# -- Appended in wave 11 (inv11): references to another part of the document.

#: Nouns a reference to another part of the same document names it by ("se rubrik L", "se avsnitt H",
#: "se kapitel 3"): the chapter words and "rubrik" (a heading), before the part's letter or number.
SECTION_WORDS = CHAPTER_WORDS | _words("rubrik")
#: A reference to another part of the document, as a regular expression without groups: the verb "se"
#: (see), a section word (:data:`SECTION_WORDS`) and the part's label: "se rubrik 8", "se avsnitt H".
SEE_SECTION = r"\bse\s+(?:" + "|".join(sorted(SECTION_WORDS)) + r")\s+[A-ZÅÄÖ0-9][\w.]{0,4}"
