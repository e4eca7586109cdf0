"""Generic facts read from Swedish descriptions: ages, languages, cost, duration, status, years, figures.

>>> age_range("Temat är direkt riktat till barn i ålder 8-12 år med fakta")
(8, 12, 'ålder 8-12 år')
>>> free_of_charge("SkolFam är kostnadsfri och fri för alla att använda.")
True
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from loader.grammar import NUMBER_WORDS, PREPOSITIONS, SEASONS, SUBJUNCTIONS, finite_verb, verb_forms, with_next
from loader.text import MONTHS

_ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "psykgraf.ttl"
_COUNT_NOUN = URIRef("https://w3id.org/psykgraf/ontology#countNoun")


@cache
def count_nouns(path: Path = _ONTOLOGY) -> tuple[str, ...]:
    """The plural nouns whose figures are observations (``pg:countNoun`` in the ontology).

    >>> {"kommuner", "webbinarier"} <= set(count_nouns())
    True
    """
    graph = Graph()
    graph.parse(path, format="turtle")
    return tuple(sorted({str(o) for o in graph.objects(None, _COUNT_NOUN) if isinstance(o, Literal)}))


__all__ = [
    "LANGUAGE_CODES",
    "age_range",
    "count_nouns",
    "duration",
    "free_of_charge",
    "languages",
    "observations",
    "status",
    "title_year",
    "years",
    "years_in_text",
]

_DASH = r"\s*[-–—]\s*"
#: An age as digits or as a number word from two up ("sex", "sjutton", "tjugofyra"); "en"/"ett" are
#: articles as often, so only an age word ("i åldrarna ett till fem") lets them count.
_WORDS = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("en", "ett")), key=len, reverse=True))
_NUM = rf"(\d{{1,3}}|(?<!\w)(?:{_WORDS})(?!\w))"
_ANY_NUM = rf"(\d{{1,3}}|(?<!\w)(?:{_WORDS}|en|ett)(?!\w))"
#: "till", "upp till och med", "t.o.m." between the ends of a span.
_TO = r"\s+(?:upp\s+)?(?:till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.)\s+"

# Words right before "N-M år" that make it a period of time, not an age span.
_PERIOD_BEFORE = re.compile(r"(?:\b(?:under|i|på|efter|inom|om|projekt|period|perioden|pågår|sedan)\s*)$", re.I)

_AGE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"(?<![\d,.])mellan\s+{_NUM}\s+och\s+{_NUM}\s+år\b", re.I), "span"),
    # "från sex år och upp till sjutton år": both ends carry "år"; the lower one alone is no open bound.
    (
        re.compile(
            rf"(?:\bfrån\s+)?(?<![\d,.:/-]){_NUM}\s+år\s+(?:och\s+)?upp\s+till(?:\s+och\s+med)?\s+{_NUM}\s+år\b", re.I
        ),
        "span",
    ),
    (re.compile(rf"(?<![\d,.:/-]){_NUM}{_DASH}{_NUM}\s+år\b"), "span"),
    # "6 till 17 år", "6–12-åringar", "i åldern 6–12", "i åldrarna 13 till 19"
    (re.compile(rf"(?<![\d,.:/-]){_NUM}{_TO}{_NUM}\s+år\b", re.I), "span"),
    (re.compile(rf"(?<![\d,.:/-]){_NUM}{_DASH}{_NUM}-år(?:ingar|iga|ing)?\b", re.I), "span"),
    (
        re.compile(
            rf"\båld(?:er|ern|rar|rarna)\s+(?:mellan\s+)?{_ANY_NUM}(?:{_DASH}|{_TO}|\s+och\s+){_ANY_NUM}(?![\d,.])"
            r"(?:\s+år\b)?",
            re.I,
        ),
        "aged",
    ),
    (re.compile(r"(?<![\d,.:/-])(\d{1,2})-åring(?:ar|arna|en)?\b", re.I), "one"),
    (re.compile(r"(?<![\d,.:/-])(\d{2})\s?(?:år\s?)?\+(?![\d+])"), "min"),
    (re.compile(rf"(?<![\d,.]){_NUM}\s+år\s+(?:eller|och)\s+(?:äldre|uppåt)\b", re.I), "min"),
    (re.compile(rf"\bfrån\s+{_NUM}\s+år\b(?!\s+(?:sedan|tillbaka))", re.I), "min"),
    # "personer över 65 år": an age bound after a noun for people; "i över 3 år", "under över 2 år"
    # are periods of time (checked with the words before, as for spans).
    (re.compile(rf"\böver\s+{_NUM}\s+år\b(?!\s+(?:sedan|tillbaka))", re.I), "over"),
    (re.compile(rf"\bupp\s+till\s+{_NUM}\s+år\b", re.I), "upto"),
)


def _age_number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def age_range(text: str) -> tuple[int | None, int | None, str] | None:
    """The first age span stated in ``text``: (min, max, phrase).

    "upp till 18 år" gives (None, 18): the text states only the upper end (reading guide, Target
    group: "upp till 18 år" → max 18); the group it qualifies says where it starts. Spans that
    read as a period of time ("under 3-4 år", "Projekt 3-4 år") are not ages.

    >>> age_range("barn och unga mellan 13 och 18 år tycker")
    (13, 18, 'mellan 13 och 18 år')
    >>> age_range("personer som är 16 år eller äldre")
    (16, None, '16 år eller äldre')
    >>> age_range("SIP för barn upp till 18 år.")
    (None, 18, 'upp till 18 år')
    >>> age_range("Projekt 3-4 år") is None
    True

    Other ways to write a span or a bound:

    >>> age_range("barn och unga 6 till 17 år"), age_range("för 6–12-åringar"), age_range("barn i åldern 6–12")
    ((6, 17, '6 till 17 år'), (6, 12, '6–12-åringar'), (6, 12, 'åldern 6–12'))
    >>> age_range("för 15-åringar"), age_range("personer 65+ som bor hemma"), age_range("under 2 till 3 år")
    ((15, 15, '15-åringar'), (65, None, '65+'), None)
    >>> age_range("unga mellan tretton och tjugofyra år"), age_range("barn i åldrarna ett till fem")
    ((13, 24, 'mellan tretton och tjugofyra år'), (1, 5, 'åldrarna ett till fem'))
    >>> age_range("barn från sex upp till och med sjutton år"), age_range("stöd i upp till ett år") is None
    ((6, 17, 'sex upp till och med sjutton år'), True)
    >>> age_range("barn från sex år och upp till sjutton år"), age_range("barn från 6 år upp till 15 år")
    ((6, 17, 'från sex år och upp till sjutton år'), (6, 15, 'från 6 år upp till 15 år'))
    >>> age_range("personer över 65 år med långvarig psykisk sjukdom"), age_range("pågått i över 3 år") is None
    ((65, None, 'över 65 år'), True)
    """
    best: tuple[int, tuple[int | None, int | None, str]] | None = None
    for rx, kind in _AGE_PATTERNS:
        for m in rx.finditer(text):
            if kind in ("span", "aged"):  # "aged": the word "ålder" says it is an age
                lo, hi = _age_number(m.group(1)), _age_number(m.group(2))
                if kind == "span" and _PERIOD_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                    continue
                if not 0 <= lo <= hi <= 120:
                    continue
                found: tuple[int | None, int | None, str] = (lo, hi, m.group())
            elif kind == "over":
                if _PERIOD_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
                    continue
                found = (_age_number(m.group(1)), None, m.group())
            elif kind == "min":
                found = (_age_number(m.group(1)), None, m.group())
            elif kind == "one":
                found = (_age_number(m.group(1)), _age_number(m.group(1)), m.group())
            else:
                found = (None, _age_number(m.group(1)), m.group())
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return None if best is None else best[1]


#: "årskurs 4–9", "åk 7", "årskurs 5 och 7": school years of the Swedish compulsory school.
_GRADES = re.compile(r"\b(?:årskurs(?:erna)?|åk)\s+(\d{1,2})(?:\s*(?:[–-]|och|till)\s*(\d{1,2}))?\b", re.IGNORECASE)
#: A pupil starts årskurs N in the autumn of the year they turn N + 6.
_SCHOOL_START_AGE = 6
#: The stages of the compulsory school: lågstadiet is årskurs 1–3, mellanstadiet 4–6, högstadiet
#: 7–9 ("skolkuratorer i högstadiet", "högstadieelever").
_STAGES = re.compile(r"\b(låg|mellan|hög)stadie\w*", re.IGNORECASE)
_STAGE_GRADES = {"låg": (1, 3), "mellan": (4, 6), "hög": (7, 9)}


def grade_ages(text: str) -> tuple[int, int, str] | None:
    """The ages of the school years the text names first: (min, max, phrase). Not an age range
    the text states, but enough to place the pupils in the contract's age bands.

    >>> grade_ages("tidiga insatser till elever i årskurs 4–9 som visar tecken på psykisk ohälsa")
    (10, 15, 'årskurs 4–9')
    >>> grade_ages("Barn i årskurs 3 påbörjade under 2019 tre extra pass")
    (9, 9, 'årskurs 3')
    >>> grade_ages("elever i gymnasiet") is None
    True
    >>> grade_ages("ett metodstöd för skolsköterskor och skolkuratorer i högstadiet")
    (13, 15, 'högstadiet')
    """
    m = _GRADES.search(text)
    stage = _STAGES.search(text)
    if stage and (m is None or stage.start() < m.start()):
        lo, hi = _STAGE_GRADES[stage.group(1).lower()]
        return lo + _SCHOOL_START_AGE, hi + _SCHOOL_START_AGE, stage.group()
    if m is None:
        return None
    lo = int(m.group(1))
    hi = int(m.group(2)) if m.group(2) else lo
    if not 0 <= lo <= hi <= 9:
        return None
    return lo + _SCHOOL_START_AGE, hi + _SCHOOL_START_AGE, m.group()


#: Swedish language names (lower case, as Swedish writes them) → BCP 47 tags: the ISO 639-1
#: code where one exists, else ISO 639-3 (romani, meänkieli); dari as Afghan Persian.
LANGUAGE_CODES: dict[str, str] = {
    "engelska": "en",
    "arabiska": "ar",
    "somaliska": "so",
    "tigrinja": "ti",
    "tigrinska": "ti",
    "dari": "fa-AF",
    "persiska": "fa",
    "farsi": "fa",
    "kurdiska": "ku",
    "sorani": "ckb",
    "kurmanji": "kmr",
    "finska": "fi",
    "meänkieli": "fit",
    "samiska": "smi",
    "nordsamiska": "se",
    "romani": "rom",
    "romska": "rom",
    "jiddisch": "yi",
    "bosniska": "bs",
    "serbiska": "sr",
    "kroatiska": "hr",
    "ryska": "ru",
    "spanska": "es",
    "franska": "fr",
    "tyska": "de",
    "polska": "pl",
    "turkiska": "tr",
    "pashto": "ps",
    "ukrainska": "uk",
    "amhariska": "am",
    "albanska": "sq",
    "thailändska": "th",
    "kinesiska": "zh",
    "vietnamesiska": "vi",
    "portugisiska": "pt",
    "italienska": "it",
    "grekiska": "el",
    "norska": "no",
    "danska": "da",
    "estniska": "et",
    "lettiska": "lv",
    "litauiska": "lt",
    "rumänska": "ro",
    "ungerska": "hu",
    "tamil": "ta",
    "urdu": "ur",
    "hindi": "hi",
    "swahili": "sw",
    "svenska": "sv",
}
_LANG_RX = re.compile(r"(?<![\wåäö])(" + "|".join(sorted(LANGUAGE_CODES, key=len, reverse=True)) + r")(?![\wåäö])")
_LANG_CUE = re.compile(
    r"\bspråk|översatt|översattes|textad|undertext|\bfinns\s+(?:även\s+)?på\b|\btillgänglig[at]?\s+på\b"
    r"|\bpå\s+(?:" + "|".join(LANGUAGE_CODES) + r")\b",
    re.I,
)
# "en engelsk version", "arabisk översättning": the adjective form names a language too.
_LANG_VERSION = re.compile(
    r"(?<![\wåäö])("
    + "|".join(sorted((k[:-1] for k in LANGUAGE_CODES if k.endswith("ska")), key=len, reverse=True))
    + r")t?\s+(?:version|översättning|utgåva|textning)",
    re.I,
)
_FUTURE = re.compile(r"\b(?:kommer|ska|skall|planeras|planerar)\b", re.I)
# A sentence ends at . ! ? (a glued footnote number may follow) before a capital, or at a blank line.
_SENTENCES = re.compile(r"(?<=[.!?])\d{0,2}\s+(?=[A-ZÅÄÖ(\"”•])|\n\s*\n")


def _sentences(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for m in _SENTENCES.finditer(text):
        out.append((pos, text[pos : m.start()]))
        pos = m.end()
    out.append((pos, text[pos:]))
    return out


def languages(text: str) -> tuple[str, ...]:
    """Codes of languages other than Swedish that the text says the resource is available in.

    Planned translations ("kommer ... översättas till") are not availability.

    >>> languages("Filmen finns på fem språk: svenska, arabiska, somaliska, engelska och romani.")
    ('ar', 'so', 'en', 'rom')
    >>> languages("Dessa kommer under 2018 också översättas till arabiska.")
    ()
    >>> languages("Nu finns även möjligheten att välja en engelsk version, men den skickas på svenska.")
    ('en',)
    """
    codes: list[str] = []
    for _, sentence in _sentences(text):
        if _FUTURE.search(sentence):
            continue
        names = [m.group(1).lower() + "a" for m in _LANG_VERSION.finditer(sentence)]
        if _LANG_CUE.search(sentence):
            names += [m.group(1) for m in _LANG_RX.finditer(sentence)]
        for name in names:
            code = LANGUAGE_CODES.get(name)
            if code and code != "sv" and code not in codes:
                codes.append(code)
    return tuple(codes)


_FREE = re.compile(r"\bkostnadsfri(?:tt|a)?\b|\bgratis\b|\bfri\s+för\s+alla\b|\butan\s+kostnad\b", re.I)
_PAID = re.compile(
    r"\bavgiftsbelag(?:d|t|da)\b|\bmot\s+(?:en\s+)?avgift\b|\b(?:en|någon)\s+avgift\b|\bkostar\s+\d", re.I
)


def free_of_charge(text: str) -> bool | None:
    """True if the text says the resource is free, False if it names a fee, else None.

    >>> free_of_charge("Verktyget är kostnadsfritt att använda.")
    True
    >>> free_of_charge("Utbildningen kostar 500 kronor.")
    False
    >>> free_of_charge("En film om SIP.") is None
    True
    """
    free, paid = _FREE.search(text), _PAID.search(text)
    if free and (not paid or free.start() < paid.start()):
        return True
    return False if paid else None


_DURATION = re.compile(
    r"(?<![\d,.:/-])(\d{1,3}(?:,\d)?)\s+(minut(?:er)?|min\b|timm(?:e|ar)|tim\b|dag(?:ar)?|veck(?:a|or))(?![\wåäö])",
    re.I,
)
_RATE_AFTER = re.compile(r"^\s*(?:per|i\s+veckan|i\s+månaden|om\s+dagen|i\s+taget|à)\b", re.I)
_RANGE_BEFORE = re.compile(r"(?:\d\s*[-–]\s*|\brespektive\s+|\d\s+och\s+)$")


def duration(text: str) -> tuple[str, str] | None:
    """The first stated time a resource takes, as (xsd:duration, phrase).

    Only a single number counts: ranges ("3-4 timmar") and pairs ("8 respektive 35
    minuter") describe several things, and "en halv dag" has no number.

    >>> duration("Omfattning: ca 60 minuter. Länk till utbildningen.")
    ('PT60M', '60 minuter')
    >>> duration("Omfattning: 4 timmar.")
    ('PT4H', '4 timmar')
    >>> duration("Omfattning: 1,5 timmar.")
    ('PT90M', '1,5 timmar')
    >>> duration("Omfattning: 3-4 timmar.") is None
    True
    """
    for m in _DURATION.finditer(text):
        before = text[max(0, m.start() - 12) : m.start()]
        if _RANGE_BEFORE.search(before) or _RATE_AFTER.search(text[m.end() :]):
            continue
        if re.match(r"\s*(?:[-–]|respektive|och\s+\d)", text[m.end() :]):
            continue
        value = float(m.group(1).replace(",", "."))
        unit = m.group(2).lower()
        if unit.startswith("min"):
            iso = f"PT{value:g}M" if value.is_integer() else f"PT{round(value * 60)}S"
        elif unit.startswith("tim"):
            iso = f"PT{value:g}H" if value.is_integer() else f"PT{round(value * 60)}M"
        elif unit.startswith("dag"):
            iso = f"P{value:g}D" if value.is_integer() else f"PT{round(value * 24)}H"
        else:
            iso = f"P{value:g}W" if value.is_integer() else f"P{round(value * 7)}D"
        return iso, m.group()
    return None


_STATUS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\binte\s+längre\s+(?:är\s+)?i\s+bruk\b|\blades\s+ned\b|\bhar\s+lagts\s+ned\b|\bär\s+nedlag[dt]\b"
            r"|\bavvecklades\b|\bhar\s+avvecklats\b|\bfinns\s+inte\s+längre\b|\bär\s+inte\s+längre\s+tillgänglig"
            r"|\bhar\s+upphört\b|\bupphörde\b",
            re.I,
        ),
        "ej-i-bruk",
    ),
    (
        re.compile(
            r"\b(?:ännu|än)\s+inte\s+(?:färdigställ[dt]|klar[t]?|färdig[t]?|lanserad|publicerad)\b"
            r"|\bär\s+under\s+utveckling\b|\bhåller\s+på\s+att\s+(?:tas\s+fram|utvecklas|färdigställas)\b",
            re.I,
        ),
        "under-utveckling",
    ),
)


def status(text: str) -> str | None:
    """Status code the text states: ``ej-i-bruk`` or ``under-utveckling``; None if it says neither.

    >>> status("Metodstödet är i mars 2020 ännu inte färdigställt.")
    'under-utveckling'
    >>> status("Verktyg som inte längre är i bruk")
    'ej-i-bruk'
    """
    best: tuple[int, str] | None = None
    for rx, code in _STATUS:
        m = rx.search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    return None if best is None else best[1]


#: A year of this field's documents: 1980-2099 (a fixed upper bound such as 2030 would lose every year of
#: a report written after it).
_YEAR = r"(?:19[89]\d|20\d\d)"
_YEAR_GROUP = re.compile(rf"\(\s*({_YEAR}(?:\s*(?:[-–/,]|och|till)\s*{_YEAR})*)(\s+och\s+framåt)?\s*\)")
_YEAR_SUFFIX = re.compile(rf"\s*{_YEAR_GROUP.pattern}\s*$")


def years(text: str) -> tuple[int, ...]:
    """Years (1990–2030) stated in parenthesised year groups such as "(2013-2016)".

    A range gives its two stated ends; "(2008 och framåt)" gives its start year.

    >>> years("Psykiatrin i siffror (2008 och framåt)")
    (2008,)
    >>> years("Deplyftet (2013-2016) och (2019)")
    (2013, 2016, 2019)
    >>> years("Kapitel 12 (sidan 1200)")
    ()
    """
    found: list[int] = []
    for m in _YEAR_GROUP.finditer(text):
        for y in re.findall(_YEAR, m.group(1)):
            if int(y) not in found:
                found.append(int(y))
    return tuple(found)


def title_year(title: str) -> tuple[str, tuple[int, ...]]:
    """Split a title from its year suffix.

    >>> title_year("Använd SIP – ett verktyg vid samverkan, 0-18 år (2019)")
    ('Använd SIP – ett verktyg vid samverkan, 0-18 år', (2019,))
    >>> title_year("SDQwebb – frågeformulär 3–17 år")
    ('SDQwebb – frågeformulär 3–17 år', ())
    """
    m = _YEAR_SUFFIX.search(title)
    if not m:
        return title.strip(), ()
    return title[: m.start()].strip(), years(m.group())


_MONTHS = MONTHS
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b(?:i\s+)?({'|'.join(_MONTHS)})\s+({_YEAR})\b", re.I), "month"),
    (
        re.compile(rf"\b(?:vid\s+utgången\s+av|i\s+slutet\s+av|vid\s+slutet\s+av)\s+(?:år\s+)?({_YEAR})\b", re.I),
        "end",
    ),
    (
        re.compile(
            r"\b(?:vid\s+utgången\s+av|i\s+slutet\s+av|vid\s+slutet\s+av)\s+året\b|\bvid\s+årets\s+slut\b",
            re.I,
        ),
        "end-default",
    ),
    (re.compile(rf"\b(?:under|år|i|per|för)\s+({_YEAR})\b", re.I), "year"),
    (re.compile(rf"\b{_YEAR}\s*[-–]\s*({_YEAR})\b"), "year"),
)

#: Counted things an observation may be about: the ontology's ``pg:countNoun`` words (plural
#: forms as the text writes them), longest first so the regex prefers "utbildningstillfällen".
_COUNT_NOUNS = sorted(count_nouns(), key=len, reverse=True)
_COUNT_ADJ = (
    r"(?:(?:unika|anslutna|deltagande|genomförda|registrerade|aktiva|nya|olika|pågående|specifika|enskilda"
    r"|regionala|lokala)\s+)?"
)
# Not the tail of a digit run (phone numbers, postcodes); no leading zero.
_NUMBER = r"(?<!\d[ \u00a0\u202f])([1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+|[1-9]\d*|0)(?:,(\d+))?"
_QUAL = r"(?:(?:över|drygt|cirka|ca\.?|nära|närmare|knappt|omkring|mer\s+ä[nr]|fler\s+än|totalt|sammanlagt)\s+)?"
# A qualifier right before a figure belongs to its phrase ("drygt 6 000 …"); the patterns
# below start at the number (fast), and the phrase is widened afterwards.
_QUAL_BEFORE = re.compile(_QUAL[:-1] + "$", re.I)
#: Number words that may stand for a count ("sex regionala kanslier").
#: From three on: "en/ett" is an article and "två" too often a pair of something other than a count.
_NUMBER_WORDS = {w: n for w, n in NUMBER_WORDS.items() if n >= 3}
_NUMBER_N = r"(?<!\d[ \u00a0\u202f])(?P<n>[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+|[1-9]\d*|0)(?:,(?P<d>\d+))?"
_OBS_COUNT = re.compile(
    rf"(?<![\d,.:/\-–§])(?:{_NUMBER_N}|\b(?P<w>{'|'.join(_NUMBER_WORDS)}))\s+(?:(?P<k>tusen)\s+)?"
    rf"(?P<a>{_COUNT_ADJ})(?P<noun>{'|'.join(_COUNT_NOUNS)})\b"
    r"(?:\s+(?:var\s+|är\s+)?(?P<c>anslutna|ansluta|anslutet)\b)?",
    re.I,
)
# "N procent av <who>": a share of the resource's own respondents, participants or members.
_OBS_SHARE = re.compile(
    rf"(?<![\d,.:/\-–§]){_NUMBER_N}\s*(?:procent|%)\s+av\s+(?P<who>(?:alla\s+|de\s+)?"
    r"(?:svarande\s+[\wåäö]+|som\s+(?:svarat|svarade|besvarat|deltagit|deltog)|deltagar\w*|teamen"
    r"|kommunerna|regionerna|användar\w*|arbetsplatserna|verksamheterna|tillfrågade|respondent\w*))",
    re.I,
)
# A share of a population or a change over time describes the world, not the resource.
_NOT_ABOUT_IT = re.compile(r"\b(?:enligt|ökade|minskade|ökat|minskat|ökning|minskning|jämfört|jämförelse|BNP)\b", re.I)
# "anmäla intresse till upp till fem kommuner", "högst tio deltagare": a bound, not a count.
_LIMIT_BEFORE = re.compile(r"\b(?:upp\s+till|högst|maximalt|max\.?)\s+$", re.I)
_OBS_MONEY = re.compile(
    rf"(?<![\d,.:/\-–§]){_NUMBER}\s+(?:(miljoner|miljarder|tusen)\s+)?(?:kronor|kr\b|SEK\b)|"
    rf"(?<![\d,.:/\-–§]){_NUMBER}\s+(MSEK|mnkr|mkr)\b",
    re.I,
)


def _phrase(sentence: str, m: re.Match[str]) -> tuple[int, str]:
    """Start and text of a figure's phrase, with the qualifier before it."""
    q = _QUAL_BEFORE.search(sentence, max(0, m.start() - 20), m.start())
    start = q.start() if q else m.start()
    return start, sentence[start : m.end()].strip()


def _number(whole: str, decimals: str | None) -> float:
    digits = re.sub(r"[ \u00a0\u202f]", "", whole)
    return float(f"{digits}.{decimals}" if decimals else digits)


def _date_for(sentence: str, at: int, default_date: str | None) -> str | None:
    """The date phrase nearest before position ``at`` (else nearest after), else the default."""
    found: list[tuple[int, int, str]] = []
    for rx, kind in _DATE_PATTERNS:
        for m in rx.finditer(sentence):
            if kind == "month":
                date = f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}"
            elif kind == "end":
                date = f"{m.group(1)}-12-31"
            elif kind == "end-default":
                if not default_date:
                    continue
                date = f"{default_date[:4]}-12-31"
            else:
                date = m.group(1)
            before = m.end() <= at
            found.append((0 if before else 1, abs(at - m.end()) if before else m.start() - at, date))
    return min(found)[2] if found else default_date


def observations(text: str, default_date: str | None) -> list[tuple[str, float, str, str, str]]:
    """Dated figures in a description: (measure, value, unit, date, phrase).

    Counts of listed nouns ("102 kommuner", "749 arbetsplatser", "sex regionala kanslier"),
    shares ("45 procent av de som svarat") and sums of money ("369 miljoner kronor" → 369
    MSEK) count; a bare number (a year, a page, an age, a section or phone number) never
    does, nor does a change ("ökade med 13 procent") or a share of a population ("6,1 procent
    av alla barn"). The date comes from the same sentence ("i mars 2020" → "2020-03", "vid
    utgången av 2021" → "2021-12-31", "under 2021" → "2021", "2010–2012" → "2012"; "i slutet
    av året" → the default date's year, 31 December), else ``default_date``; a figure with no
    date at all is left out.

    >>> observations("I mars 2020 var 102 kommuner anslutna.", None)
    [('anslutna kommuner', 102.0, 'kommuner', '2020-03', '102 kommuner anslutna')]
    >>> observations("medel på sammanlagt 6,4 miljoner kronor.", "2020")
    [('MSEK', 6.4, 'MSEK', '2020', 'sammanlagt 6,4 miljoner kronor')]
    >>> observations("Det går att anmäla intresse till upp till fem kommuner samtidigt.", "2017")
    []
    >>> observations("Antalet besök ökade med 13 procent.", "2021")
    []
    >>> observations("45 procent av de som svarat har använt material.", "2021")
    [('andel av de som svarat', 45.0, 'procent', '2021', '45 procent av de som svarat')]
    """
    out: list[tuple[str, float, str, str, str]] = []
    for _, sentence in _sentences(text):
        sentence = re.sub(r"\s+", " ", sentence)
        change = _NOT_ABOUT_IT.search(sentence) is not None
        for m in _OBS_COUNT.finditer(sentence):
            if m.group("n") and re.fullmatch(_YEAR, m.group("n")) and not m.group("d"):
                continue
            start, phrase = _phrase(sentence, m)
            if change and re.search(r"(?:\bmed|motsvara\w*)\s+(?:\w+\s+)?$", sentence[:start]):
                continue
            if _LIMIT_BEFORE.search(sentence, max(0, start - 20), start):
                continue  # "upp till fem kommuner samtidigt": a limit, not a count
            date = _date_for(sentence, start, default_date)
            if date is None:
                continue
            if m.group("w"):
                value = float(_NUMBER_WORDS[m.group("w").lower()])
            else:
                value = _number(m.group("n"), m.group("d"))
            if m.group("k"):
                value *= 1000
            noun = m.group("noun").lower()
            adj = "anslutna" if m.group("c") else m.group("a").strip().lower()
            out.append((f"{adj} {noun}".strip(), value, noun, date, phrase))
        low = sentence.lower()
        if not change and ("procent" in low or "%" in low):
            for m in _OBS_SHARE.finditer(sentence):
                start, phrase = _phrase(sentence, m)
                date = _date_for(sentence, start, default_date)
                if date is not None:
                    value = _number(m.group("n"), m.group("d"))
                    out.append((f"andel av {m.group('who')}", value, "procent", date, phrase))
        if "kr" not in low and "sek" not in low:
            continue
        for m in _OBS_MONEY.finditer(sentence):
            start, phrase = _phrase(sentence, m)
            date = _date_for(sentence, start, default_date)
            if date is None:
                continue
            if m.group(1) is not None:
                value = _number(m.group(1), m.group(2))
                scale = (m.group(3) or "").lower()
                value *= {"miljoner": 1.0, "miljarder": 1000.0, "tusen": 0.001}.get(scale, 1e-6)
            else:
                value = _number(m.group(4), m.group(5))
            out.append(("MSEK", round(value, 6), "MSEK", date, phrase))
    return out


_PG = "https://w3id.org/psykgraf/ontology#"


@cache
def year_words(path: Path = _ONTOLOGY) -> dict[str, tuple[str, ...]]:
    """The words that date a thing (annotations of ``dcterms:created`` in the ontology): per local
    name of the property (``makingVerb``, ``makingNoun``, ``makingPhrase``, ``studyVerb``,
    ``studyNoun``, ``updatingVerb``), its Swedish words.

    >>> "ta fram" in year_words()["makingVerb"], "revidera" in year_words()["updatingVerb"]
    (True, True)
    """
    graph = Graph()
    graph.parse(path, format="turtle")
    out: dict[str, set[str]] = {}
    for _, p, o in graph.triples((URIRef("http://purl.org/dc/terms/created"), None, None)):
        if str(p).startswith(_PG) and isinstance(o, Literal):
            out.setdefault(str(p)[len(_PG) :], set()).add(str(o))
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _alternatives(forms: list[str]) -> str:
    return "|".join(sorted({re.escape(f) for f in forms}, key=len, reverse=True))


def _verb_pattern(lemmas: tuple[str, ...]) -> str:
    """One alternation for the past-time forms of ``lemmas`` (loader.grammar.verb_forms). A particle
    verb ("ta fram") matches its finite forms, present ones too, with up to six words before the
    particle ("tog UPH under året fram"), and its participle with the particle prefixed
    ("framtagen"); a plain verb matches its past tense, supine, their passives and participle."""
    plain: list[str] = []
    phrasal: list[str] = []
    for lemma in lemmas:
        verb, _, particle = lemma.partition(" ")
        present, past, parts = verb_forms(verb)
        if particle:
            phrasal.append(rf"(?:{_alternatives([*present, *past])})\s+(?:\w+\s+){{0,6}}?{re.escape(particle)}")
            phrasal.append(rf"{re.escape(particle)}(?:{_alternatives(list(parts))})")
        else:
            plain += [*past, *parts]
    return "|".join([*phrasal, _alternatives(plain)])


#: A time phrase that dates what a verb next to it tells: "2026", "i april 2029", "under 2028",
#: "hösten 2027" (a year, with a month or season before it, or a preposition of time).
_WHEN = (
    rf"(?:(?:i|under|år)\s+)?(?:(?:{'|'.join(MONTHS)}|{'|'.join(sorted(SEASONS, key=len, reverse=True))})\s+)?"
    rf"{_YEAR}\b"
)


def _timed_pattern(lemmas: tuple[str, ...]) -> str:
    """A verb too common to date anything alone ("kom fram till", "kom att"), as a verb of making
    only next to a time phrase: one right after it ("Filmen kom 2026", "som kom i april 2029") or
    one fronted right before it ("Under 2028 kom webbutbildningen"). Not "kom … överens".

    >>> rx = re.compile(_timed_pattern(("komma",)), re.I)
    >>> [bool(rx.search(s)) for s in ("Den kom i januari 2029", "Under 2028 kom filmen", "kom fram till 2020")]
    [True, True, False]
    >>> bool(rx.search("SKR kom 2028 överens med regeringen")), bool(rx.search("Under 2017 kom det in 470 idéer"))
    (False, False)
    """
    past = _alternatives([f for lemma in lemmas for f in verb_forms(lemma)[1]])
    return (
        rf"(?:{past})\s+(?={_WHEN}(?!\s+(?:\w+\s+){{0,3}}?överens\b))"
        rf"|(?:^|(?<=[,;]\s))\s*(?:(?:Under|I|År)\s+)?(?:(?:{'|'.join(MONTHS)}|{'|'.join(SEASONS)})\s+)?"
        rf"{_YEAR}\s+(?:{past})\b(?!\s+(?:\w+\s+){{0,3}}?överens\b)"
        # not a particle verb or an empty subject ("Under 2017 kom det in 470 idéer")
        r"(?!\s+(?:det|man|in|fram|till|att|igång|tillbaka|med|upp|bort)\b)"
    )


def _making_pattern() -> re.Pattern[str]:
    words = year_words()
    timed = words.get("timedMakingVerb", ())
    study = _alternatives([f for lemma in words.get("studyVerb", ()) for f in verb_forms(lemma)[1]])
    nouns = _alternatives(list(words.get("studyNoun", ())))
    return re.compile(
        r"\b(?:"
        + _verb_pattern(words.get("makingVerb", ()))
        + rf"|(?:{study})\s+(?:\w+\s+){{0,3}}?(?:en\s+|ett\s+)?(?:{nouns})\w*"
        + "|"
        + "|".join(r"\s+".join(map(re.escape, p.split())) for p in words.get("makingPhrase", ()))
        + "|"
        + "|".join(re.escape(n) + r"\w*" for n in words.get("makingNoun", ()))
        + (f"|{_timed_pattern(timed)}" if timed else "")
        + r")\b",
        re.I,
    )


# Verbs (and nouns) of making, launching or starting something: "togs fram", "lanserades",
# "genomförde en kartläggning", "uppstartsarbetet" (pg:makingVerb … on dcterms:created).
_MAKING = _making_pattern()
# Verbs of updating something that existed: "uppdaterades 2022", "under 2018 kompletterades".
_UPDATING = re.compile(r"\b(?:" + _verb_pattern(year_words().get("updatingVerb", ())) + r")\b", re.I)
# Plans: "ska utvecklas under 2022", "kommer att spridas", "tas fram under 2025 och beräknas vara klar".
_PLAN = re.compile(
    r"\b(?:kommer(?:\s+\w+){0,3}\s+att|ska|skall|planeras|planerar|planerade|avses|beräknas|fortsätter)\b",
    re.I,
)
# Further work on something that existed before: its year is an update, not the making.
_EXISTED = re.compile(r"\b(?:fortsatt|fortsatte|sedan\s+tidigare|vidareutveckl\w*)\b", re.I)
# Running on as before ("har fortsatt drivits och vidareutvecklats"): no update of its own.
_GOING_ON = re.compile(r"\b(?:fortsatt|fortsatte|vidareutveckl\w*)\b", re.I)
# Launching or publishing in the present tense ("som lanseras våren 2021"): the thing named
# just before the verb is launched, so the item must be named there.
_LAUNCH_NOW = re.compile(r"\b(?:lanseras|publiceras|ges\s+ut)\b", re.I)
_NOT_YET = re.compile(f"{_PLAN.pattern}|{_EXISTED.pattern}", re.I)
# A year in a time phrase of its own: "Under 2016", "hösten 2015", "sedan 2015", "(2005)",
# "lanserades 2015"; "2018 och 2019" continues the phrase.
_YEAR_AT = re.compile(rf"(?<![\d/–-])({_YEAR})(?:\s*(?:och|,|–|-|till)\s*({_YEAR}))?(?![\d/]|\s*års\b|\s*[-–]\s*\d)")
# Words before a year that make it the year of something else: what the data covers, a comparison.
_OTHER_YEAR = re.compile(
    r"\b(?:avseende|data\s+från|jämfört\s+med|från\s+år|mellan|till|version|nr|SFS|prop\.|dnr|S)"
    r"\s*(?:år\s+)?$",
    re.I,
)
_ANAPHOR = re.compile(r"\b(?:i\s+detta|av\s+detta|utifrån\s+detta|därför|då|därefter)\b", re.I)


# Nouns by which a description names the thing it describes ("webbträningen lanserades",
# "Modellen är framtagen", "tog fram ett stödmaterial").
_SELF_NOUN = re.compile(
    r"(?:verktyg|stöd|material|utbildning|träning|program|film|rapport|metod|modell|tjänst|projekt"
    r"|satsning|enkät|guide|handbok|bok|webbplats|webbsida|sajt|portal|kurs|app|skrift|broschyr"
    r"|publikation|översikt|cirkel|cirklar|formulär|instrument|checklista|plattform|nätverk|version|upplaga)",
    re.I,
)


# Words too common in this field's titles to tie a sentence to one of them.
_COMMON_NAME_WORDS = {
    w[:6]
    for w in "psykisk psykiska ohälsa hälsa barn barns unga ungas vuxna med och för till inom"
    " vård samverkan personer svenska sverige nationell nationella".split()
}


# A description's sentence whose subject is a pronoun with a passive verb ("Den uppdaterades 2025",
# "Det togs fram 2019", "Den har uppdaterats"): the pronoun refers back to the thing described.
_PRONOUN_PASSIVE = re.compile(r"\s*(?:Den|Det)\s+(?:har\s+|hade\s+)?(?!finns\b)\w{3,}s\b")


def _subjectless(sentence: str) -> bool:
    """Does ``sentence`` open with its making verb and no subject? An entry's clipped sentence
    ("Webbplats för nyanställda. Lanserades 2064.", "Togs fram 2029 av regionen", "Publicerad
    2027") leaves out its subject, the entry's item (the layout of inventories and slide lists).

    >>> _subjectless("Lanserades 2064."), _subjectless("Publicerad hösten 2027")
    (True, True)
    >>> _subjectless("Regionen lanserade appen 2064."), _subjectless("I maj lanserades appen X.")
    (False, False)
    """
    stripped = sentence.lstrip()
    return stripped[:1].isupper() and _MAKING.match(stripped) is not None


def _names_itself(sentence: str, name: str | None) -> bool:
    """Does ``sentence`` speak of the described thing: a word of its name or a noun for it?"""
    if name is None or _SELF_NOUN.search(sentence) or _PRONOUN_PASSIVE.match(sentence) or _subjectless(sentence):
        return True
    lowered = sentence.lower()
    words = [w for w in re.findall(r"\w{4,}", name.lower()) if w[:6] not in _COMMON_NAME_WORDS]
    if not words:  # a name of short words ("Säg som det är") is found whole
        return re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered) is not None
    return any(w[:6] in lowered for w in words)


#: A year in a title: four digits standing alone, not one end of a range ("2017–2021" is the
#: period of what is evaluated), not the year of another thing ("2016 års överenskommelse")
#: nor the end of the data ("till och med 2016").
_TITLE_YEAR = re.compile(
    r"(?<![\d–-])(?<!till och med )(?<!t\.o\.m\. )(?<!avseende )(?<!från )"
    r"\b((?:19|20)\d\d)\b(?!\s*[–-]\s*\d)(?!\s+års\b)"
)


#: Without a report year, a title year after this one is read as a plan's horizon ("RUFS 2050").
_HORIZON = 2040


def title_years(title: str, latest: int | None = None) -> tuple[int, ...]:
    """Years a title names as its own: "Tvång i siffror 2021" gives 2021.

    A year after ``latest`` (the report's own year and the next one or two: "Handlingsplan 2022"
    issued late 2021) is a horizon the title looks ahead to, not the item's year; a report
    written in 2043 titles its products "BUP-kollen 2043" (reading guide, Years: the year in the
    title), while "RUFS 2050" in a 2021 plan is its horizon.

    >>> title_years("En inblick i BUP 2021"), title_years("Uppföljning av 2016 års överenskommelse")
    ((2021,), ())
    >>> title_years("Utvecklingen av psykisk ohälsa bland barn och unga vuxna till och med 2016")
    ()
    >>> title_years("Utvärdering av Psykisk hälsa i Uppsala län 2017–2021"), title_years("RUFS 2050 och SOU 2017:47")
    ((), ())
    >>> title_years("BUP-kollen 2043 – väntetider", latest=2045), title_years("Plan för 2060", latest=2045)
    ((2043,), ())
    """
    out = []
    for m in _TITLE_YEAR.finditer(title):
        year = int(m.group(1))
        if title[m.end() : m.end() + 1] == ":" or year > (_HORIZON if latest is None else latest):
            continue  # a document number ("SOU 2017:47") or a plan's horizon ("RUFS 2050")
        out.append(year)
    return tuple(dict.fromkeys(out))


#: A relative pronoun right before a word ("chefer som planerar", "som själva planerar").
_RELATIVE_BEFORE = re.compile(r"\bsom\s+(?:\w+\s+)?$", re.I)
#: Where a clause ends inside a sentence: a comma, or a conjunction or relative word opening the next.
_CLAUSE_END = re.compile(r"[,;]|\b(?:och|som|men|där)\b")


def _clause_of(sentence: str, verb: re.Match[str]) -> str:
    """The clause of ``verb``: from the clause end before it to the one after it.

    >>> said = "Guiden har tagits fram med Suntarbetsliv och prövas under 2030."
    >>> _clause_of(said, re.search("tagits fram", said))
    'Guiden har tagits fram med Suntarbetsliv '
    """
    ends = list(_CLAUSE_END.finditer(sentence))
    start = max((m.end() for m in ends if m.end() <= verb.start()), default=0)
    stop = min((m.start() for m in ends if m.start() >= verb.end()), default=len(sentence))
    return sentence[start:stop]


def _not_yet(sentence: str) -> bool:
    """Is the making in ``sentence`` a plan or further work on what existed ("ska tas fram",
    "har fortsatt utvecklat", "tas fram under 2025 och beräknas vara klar")? A word of planning
    in a relative clause is about the people or things it qualifies, not the making ("togs fram
    2028 … för chefer som planerar en återgång").

    >>> _not_yet("Ett stöd ska tas fram under 2022."), _not_yet("Den togs fram 2028 för chefer som planerar")
    (True, False)
    >>> _not_yet("Portalen som tagits fram har under 2021 fortsatt att användas.")
    True
    """
    return any(not _RELATIVE_BEFORE.search(sentence[: m.start()]) for m in _NOT_YET.finditer(sentence))


#: A clause that names its topic as an indirect question ("Rapporten följer hur första linjen har
#: utvecklats sedan 2053", "beskriver vad som har förändrats sedan 2050"): its verb tells of the
#: topic, not of making the item (reading guide, Years: not data years).
_TOPIC_CLAUSE = re.compile(r"\b(?:hur|varför|vad)\b[^,.;:]*$", re.I)
#: A relative clause ("som", "där", "vars") opening after the item's making verb qualifies the noun
#: before it: "tagit fram skriften X, som sammanfattar erfarenheter från regioner som sedan 2052
#: arbetat med modeller" dates the regions' work, not the item.
_RELATIVE_OPEN = re.compile(r"\b(?:som|där|vars)\b", re.I)
#: A sentence about an earlier edition of a series: "Den första BUP-bilden kom 2054", "Den förra
#: upplagan gavs ut 2050", "Tidigare versioner kom 2051" (the item is a later edition).
_EARLIER_EDITION = re.compile(
    r"^\s*(?:(?:Den|Det|De)\s+(?:allra\s+)?(?:första|förra|förste|tidigare|äldre)|Tidigare\s+(?:versioner|upplagor|utgåvor))\b",
    re.I,
)


def _topic_verb(sentence: str, start: int) -> bool:
    """Is the verb at ``start`` inside an indirect question naming the item's topic?

    >>> s = "Rapporten följer hur första linjen har utvecklats sedan 2053."
    >>> _topic_verb(s, s.index("utvecklats")), _topic_verb("Guiden har utvecklats 2053.", 10)
    (True, False)
    """
    return _TOPIC_CLAUSE.search(sentence[:start]) is not None


def _item_years(sentence: str, verb_end: int) -> tuple[int, ...]:
    """The sentence's first time phrase (as :func:`_years_of`), leaving out a year that stands in a
    relative clause opened after the making verb without a making verb of its own before the year.

    >>> _item_years("SKR tog fram skriften X, som sammanfattar regioner som sedan 2052 arbetat med det.", 12)
    ()
    >>> _item_years("SKR tog fram filmen X, som lanserades i maj 2058.", 12)
    (2058,)
    >>> _item_years("Under 2057 tog SKR fram guiden X, som riktar sig till chefer.", 18)
    (2057,)
    """
    for m in _YEAR_AT.finditer(sentence):
        if _OTHER_YEAR.search(sentence[max(0, m.start() - 25) : m.start()]):
            continue
        if m.start() > verb_end:
            opened = [r for r in _RELATIVE_OPEN.finditer(sentence, verb_end, m.start())]
            if opened and not _MAKING.search(sentence, opened[-1].start(), m.start()):
                continue
        return tuple(dict.fromkeys(int(y) for y in m.groups() if y))
    return ()


def years_in_text(text: str, name: str | None = None, *, in_clause: bool = False) -> tuple[int, ...]:
    """Years in which the described thing was made, launched or started, read from prose.

    Only the first of the text's first four sentences that has both a verb of making or
    starting and a year counts; a sentence that refers back ("Med utgångspunkt i detta
    utvecklades …") may take its year from the sentence before. Plans ("ska utvecklas
    under 2022") and years of other things ("avseende år 2016", "data från 2020") are not.

    >>> years_in_text("Det har saknats ett stöd. Under 2016 inledde UPH ett arbete för att ta fram ett metodstöd.")
    (2016,)
    >>> years_in_text("Under 2018 och 2019 har UPH arbetat fram Samarbetsvård psykisk hälsa.")
    (2018, 2019)
    >>> years_in_text("I mars 2020 var 102 kommuner anslutna.")
    ()

    With ``name``, the sentence must speak of the thing itself (a word of its name or a noun
    such as "verktyget", "modellen"), so a paragraph that only mentions it lends no year:

    >>> years_in_text("Våren 2012 antog SKL och regeringen handlingsplaner och ett arbete startades.", "Rätt insatser")
    ()
    """
    sentences = [s for _, s in _sentences(text)][:4]
    made: tuple[int, ...] = ()
    for i, sentence in enumerate(sentences):
        # a verb in an indirect question tells of the topic; a sentence about the series' first or
        # earlier edition dates that edition
        verb = next((v for v in _MAKING.finditer(sentence) if not _topic_verb(sentence, v.start())), None)
        if not verb or _not_yet(sentence) or not _names_itself(sentence, name) or _EARLIER_EDITION.match(sentence):
            continue
        found = _item_years(sentence, verb.end())
        if in_clause:  # only a year in the verb's own clause ("… har tagits fram och prövas under 2030": none)
            found = _years_of(_clause_of(sentence, verb))
        if not found and i > 0 and _ANAPHOR.search(sentence):
            found = _years_of(sentences[i - 1])
        if found:
            made = found
            break
    if not made and name:
        made = launched_years(sentences, name)
    return tuple(dict.fromkeys((*made, *updated_years(sentences, name))))


def launched_years(sentences: list[str], name: str) -> tuple[int, ...]:
    """The year of a present-tense launch of the item named just before the verb.

    >>> said = ["Främst genom den nya Folkhälsokollen som lanseras våren 2021 samt kurserna X."]
    >>> launched_years(said, "Folkhälsokollen")
    (2021,)
    >>> launched_years(said, "X")
    ()
    >>> launched_years(["Under 2047 lanseras Porten, en webbplats för unga."], "Porten")
    (2047,)
    >>> launched_years(["Under 2047 lanseras webbutbildningen Porten – om oro, som riktar sig till lärare."],
    ...     "Porten – om oro")
    (2047,)
    """
    key = name.lower()
    for sentence in sentences:
        if _PLAN.search(sentence):
            continue
        for v in _LAUNCH_NOW.finditer(sentence):
            before = sentence[max(0, v.start() - len(key) - 12) : v.start()].lower()
            if key in before:
                found = _years_of(sentence[v.end() : v.end() + 30])
                if found:
                    return found
            # Swedish V2 order puts a fronted time phrase before the verb and the subject after it:
            # "Under 2047 lanseras Ungdomsporten, en webbplats …".
            after = sentence[v.end() : v.end() + len(key) + 12].lower()
            # the subject may carry its type noun: "Under 2058 lanseras webbutbildningen Fyrljuset – …"
            typed = re.match(r"\s+[a-zåäö]+\s+" + re.escape(key), sentence[v.end() :].lower()) is not None
            if key in after or typed:
                found = _years_of(re.split(r"[,;]|\boch\b", sentence[: v.start()])[-1])
                if found:
                    return found
    return ()


def _gap(sentence: str, year: re.Match[str], verb: tuple[int, int]) -> int:
    """Characters between a year and a verb; a clause boundary between them (a comma, or "och"
    joining a clause) puts the year in another clause: in "som kom 2025, uppdaterades 2028" and
    "togs fram 2026 och uppdaterades i augusti 2028", 2025 and 2026 are not the update's."""
    a, b = (year.end(), verb[0]) if year.end() <= verb[0] else (verb[1], year.start())
    return b - a + (50 if re.search(r",|\boch\b", sentence[a:b]) else 0)


#: After a verb of updating: "med" and a named thing within a few words ("kompletterats med
#: webbutbildningen Y", "med en tredje film, Y"): something new was added beside the item. The name
#: follows its head noun or a comma; a capital after a preposition ("med nya avsnitt om BUP", "med
#: stöd av SKR") names what the addition is about or who helped, and the item itself was updated.
_WITH_NAMED = re.compile(
    r"(?:\s+(?:under\s+)?\d{4})?\s+med\s+(?:[a-zåäö-]+,?\s+){0,4}?(?P<before>[a-zåäö-]+,?)\s+[A-ZÅÄÖ]"
)


def _with_named(sentence: str, at: int) -> bool:
    """Whether a new named thing follows the verb of updating ending at ``at`` (see ``_WITH_NAMED``).

    >>> s = "Serien Ro kompletterades 2050 med en tredje film, Ro i skolan."
    >>> _with_named(s, s.index(" 2050"))
    True
    >>> s = "Metodstödet Ankaret kompletterades 2050 med nya avsnitt om BUP."
    >>> _with_named(s, s.index(" 2050"))
    False
    """
    m = _WITH_NAMED.match(sentence, at)
    if m is None:
        return False
    return m.group("before").endswith(",") or m.group("before") not in PREPOSITIONS


def updated_years(sentences: list[str], name: str | None = None) -> tuple[int, ...]:
    """Years in which the described thing was updated or extended: the year phrase nearest the
    verb of updating, in a sentence that speaks of the thing and is no plan.

    >>> updated_years(["Under 2016 tog UPH fram mötescirklar, vilka under 2018 kompletterades med två cirklar."])
    (2018,)
    >>> updated_years(["Forskningsöversikten har uppdaterats under 2021."], "Forskningsöversikt: arbete")
    (2021,)
    >>> updated_years(["Mötescirklar har funnits sedan tidigare och har under 2021 utvecklats."], "Mötescirkeln")
    (2021,)
    >>> updated_years(["Materialet ska uppdateras under 2022."])
    ()
    >>> updated_years(["Den uppdaterades 2025."], "Balans i arbetet"), updated_years(["Det finns 2019."], "Balans")
    ((2025,), ())
    >>> updated_years(["Checklistan Lyftet har under 2050 kompletterats med kursen Lyftet för rektorer."], "Lyftet")
    ()
    >>> updated_years(["Serien Ro kompletterades 2050 med en tredje film, Ro i skolan."], "Ro")
    ()
    >>> updated_years(["Metodstödet Ankaret kompletterades 2050 med nya avsnitt om BUP."], "Ankaret")
    (2050,)
    >>> updated_years(["Guiden Ankaret uppdaterades 2051 med stöd av SKR."], "Ankaret")
    (2051,)
    """
    out: list[int] = []
    for sentence in sentences:
        if _PLAN.search(sentence) or _GOING_ON.search(sentence) or not _names_itself(sentence, name):
            continue
        # "X har under 2050 kompletterats med webbutbildningen Y": the year is the new thing's, named
        # after "med"; "kompletterades med två cirklar" (no name) extends the item itself.
        # "Rapporten följer hur första linjen har utvecklats sedan 2053": the topic's development.
        verbs = [
            (m.start(), m.end())
            for m in _UPDATING.finditer(sentence)
            if not _with_named(sentence, m.end()) and not _topic_verb(sentence, m.start())
        ]
        if not verbs:
            continue
        near = [
            (min(_gap(sentence, m, v) for v in verbs), m)
            for m in _YEAR_AT.finditer(sentence)
            if not _OTHER_YEAR.search(sentence[max(0, m.start() - 25) : m.start()])
        ]
        near = [(d, m) for d, m in near if d <= 40]
        if near:
            m = min(near, key=lambda x: x[0])[1]
            out += [int(y) for y in m.groups() if y]
    return tuple(dict.fromkeys(out))


#: A citation before a title: "(Socialstyrelsen 2017. *Titel*)", "(Socialstyrelsen 2017 ”Titel”)".
_CITED_BEFORE = re.compile(rf"\(\s*[A-ZÅÄÖ][^()\d]{{1,40}}?\s({_YEAR})[.,:]?\s*[*”\"“]*$")
#: A year right after a title: "Rapporten X 2021 visar", "X (2019)", "X (Region Dalarna, 2023)", and
#: the citation convention of decks and plans, publisher and year without a comma: "X (SKR 2069)".
_YEAR_AFTER = re.compile(
    rf"^\s*(?:\(\s*(?:[A-ZÅÄÖ][^()\d]{{1,40}}?(?:,\s*|\s+))?({_YEAR})\s*\)|({_YEAR})(?![\d/]|\s*[-–]\s*\d|\s*års\b|:))"
)
#: A dash subtitle the item's short name leaves out ("Främja närvaro – stöd för skolans arbete (2023)",
#: "Ensamhet bland äldre – en kartläggning 2024 visar"): words without sentence punctuation or digits.
_SUBTITLE = re.compile(r"^\s*[–-]\s+([^.()\n\d;:!?–]{3,80}?)(?=\s*\(|\s+\d)")


def _plain_subtitle(words: str) -> bool:
    """A subtitle is a noun phrase: no clause ("som lanserades"), and the year after it is not
    governed by a preposition of time ("– i drift sedan 2019")."""
    tokens = words.lower().split()
    if any(w in SUBJUNCTIONS or finite_verb(w, nxt) for w, nxt in with_next(tokens)):
        return False  # a clause ("– Halland och Jönköping startade i augusti 2025")
    last = tokens[-1] if tokens else ""
    return bool(last) and last not in PREPOSITIONS and last not in ("sedan", "år") and last not in MONTHS


def cited_years(text: str, names: tuple[str, ...]) -> tuple[int, ...]:
    """Years the text prints beside the item's title: a citation's year before it, or a year
    right after it (the year in the full title, or "(2019)" after it).

    >>> cited_years("En rapport (Socialstyrelsen 2017. *Stöd till riktade insatser*)", ("Stöd till riktade insatser",))
    (2017,)
    >>> cited_years("Rapporten Första linjen i Uppsala län 2021 visar att …", ("Första linjen i Uppsala län",))
    (2021,)
    >>> cited_years("Plan för Första linjen i Uppsala län 2021–2025 antogs", ("Första linjen i Uppsala län",))
    ()

    A dash subtitle the short name leaves out may stand between them:

    >>> cited_years("Sprida Främja närvaro – stöd för skolans arbete (2023).", ("Främja närvaro",))
    (2023,)
    >>> cited_years("Webbutbildningen Ny start – grundkurs (Region Dalarna, 2023) till personal", ("Ny start",))
    (2023,)
    >>> cited_years("Kommunerna inför Ny start – grundkurs\\n(SKR 2023). Kursen används", ("Ny start – grundkurs",))
    (2023,)
    >>> cited_years("Rapporten Ensamhet bland äldre – en kartläggning 2024 visar att", ("Ensamhet bland äldre",))
    (2024,)
    >>> cited_years("Portalen Ung hjälp – i drift sedan 2019 – samlar", ("Ung hjälp",))
    ()
    >>> cited_years("Appen Lugn stund – som lanserades 2022 – används", ("Lugn stund",))
    ()
    >>> cited_years("Piloten Lugn skola – Halland och Jönköping startade i augusti 2025 i åtta skolor", ("Lugn skola",))
    ()
    """
    out: list[int] = []
    flat = re.sub(r"\s+", " ", text)
    low = flat.lower()
    for name in names:
        key = re.sub(r"\s+", " ", name).strip().lower()
        if len(key) < 8:
            continue
        at = low.find(key)
        while at >= 0:
            before = _CITED_BEFORE.search(flat[max(0, at - 60) : at])
            rest = flat[at + len(key) : at + len(key) + 120]
            if (sub := _SUBTITLE.match(rest)) and _plain_subtitle(sub.group(1)):
                rest = rest[sub.end() :]
            after = _YEAR_AFTER.match(rest[:60])
            for m in (before, after):
                if m:
                    out += [int(y) for y in m.groups() if y]
            at = low.find(key, at + 1)
    return tuple(dict.fromkeys(out))


#: The rest of a title that runs on past the item's short name to a year group ending its line:
#: ", för unga som fyller 18 (2028)", " – en podd av och för samiska unga, sex avsnitt (2029)".
_RUN_ON_YEAR = re.compile(rf"[^.!?()]{{0,80}}?[?!]?\s*\(\s*({_YEAR})\s*\)(?=\s*$|\s+[A-ZÅÄÖ])")
#: A form noun in definite form before the title: "Filmen Hallå, hur är läget? (2046)".
_FORM_BEFORE = re.compile(r"^\w+(?:en|et|na)\s+")


def run_on_title_years(text: str, names: tuple[str, ...]) -> tuple[int, ...]:
    """The year group that closes a title wrapped past the item's name, where the text opens with
    that title (a deck box, an inventory entry): the year of the full title (reading guide, Years).

    >>> title = "Broa – en checklista för överlämning från BUP till vuxenpsykiatrin"
    >>> run_on_title_years(title + ", för unga som fyller 18 (2028)", (title,))
    (2028,)
    >>> run_on_title_years("Broa är en checklista. Den kom (2028)", ("Broa",))
    ()
    >>> run_on_title_years("Filmen Hallå, hur mår du? (2046)", ("Hallå",))
    (2046,)
    >>> run_on_title_years("Filmserien Lina har fått en fjärde film: Lina 4 (2047)", ("Lina",))
    ()
    """
    whole = re.sub(r"\s+", " ", text).strip()
    noun = _FORM_BEFORE.match(whole)
    for head in (whole, whole[noun.end() :] if noun else whole):
        for name in names:
            key = re.sub(r"\s+", " ", name).strip()
            if len(key) >= 3 and head.lower().startswith(key.lower()):
                rest = head[len(key) :]
                # after a form noun, only a title going on past a comma or dash ("Filmen Hallå, hur är
                # läget? (2046)"), not a sentence about the item ("Filmserien X har fått en film: Y (2047)")
                if head is not whole and not re.match(r"\s*[,–—-]\s", rest):
                    continue
                m = _RUN_ON_YEAR.match(rest)
                if m:
                    return (int(m.group(1)),)
    return ()


def version_years(sentence: str) -> tuple[int, ...]:
    """The year a sentence introducing a version gives it: its first time phrase, unless the
    sentence plans it ("ska få en fortsättning under 2048") or gives a start of use ("sedan 2047").

    >>> version_years("Utbildningen Ro fick under 2047 en fortsättning, Ro 2.")
    (2047,)
    >>> version_years("Guiden ska få en fortsättning, Ro 2, under 2048."), version_years("Sedan 2047 finns Ro 2.")
    ((), ())
    """
    if _not_yet(sentence) or re.search(rf"\b(?:sedan|från)\s+(?:\w+\s+)?{_YEAR}", sentence, re.I):
        return ()
    return _years_of(sentence)


def _years_of(sentence: str) -> tuple[int, ...]:
    """The first time phrase's year(s): "Sedan 2008 …, sedan 2016 årligen" gives 2008."""
    for m in _YEAR_AT.finditer(sentence):
        if _OTHER_YEAR.search(sentence[max(0, m.start() - 25) : m.start()]):
            continue
        return tuple(dict.fromkeys(int(y) for y in m.groups() if y))
    return ()
