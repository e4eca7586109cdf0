"""Every överenskommelse a report names, read from its sentences (any layout).

What counts (``reading-guide.md``, "Agreements"): the annual state–SKL/SKR agreements by year
or period ("2017 års överenskommelse", "överenskommelsen 2021-2022", "överenskommelserna
2016–2018"), the series since a year ("har sedan 2007 tecknat överenskommelser med staten"),
supplements ("tilläggsöverenskommelse för 2022"), special agreements ("påbörjades under 2016
genom en särskild överenskommelse"), agreements named by an abbreviation ("PRIO-överenskommelsen"),
agreements on another topic ("Överenskommelsen om sjukskrivning och rehabilitering"), and
agreements between SKL/UPH and municipalities or regions ("överenskommelser mellan UPH och 12
kommuner/landsting/regioner om …").

Each agreement's label is the longest phrase the report itself uses for it; its identity is
(kind, parties, period): within a report all phrases for one period are one mention, and an
alternative name "Överenskommelsen 2017" (the phrase reports use for the annual agreement)
meets the same agreement in another report. A bare "överenskommelsen" refers to the report's
main agreement; things a sentence places "inom ramen för" or "finansierad med medel från" an
agreement get a relation to it (:func:`tie`).

>>> from loader.model import Document, Line
>>> doc = Document("r", (Line(1, "I 2017 års överenskommelse mellan staten och SKL fördelades medel."),))
>>> [(m.name, m.start, [a.name for a in m.actors]) for m in extract(doc)]
[('2017 års överenskommelse mellan staten och SKL', '2017', ['staten', 'SKL'])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from loader.facts import observations
from loader.grammar import (
    ARTICLES,
    CONJUNCTIONS,
    DEFINITE_ENDINGS,
    DEMONSTRATIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    SUBJUNCTIONS,
)
from loader.lexicon import class_annotations
from loader.model import ActorRole, Document, Mention, Relation, Source
from loader.named_things import Sentence, sentences
from loader.text import clean

__all__ = ["extract", "main_agreement", "tie"]

_Y = r"(?:19|20)\d\d"
#: An occurrence of the noun, with an optional compound head: "PRIO-", "tilläggs", "samverkans".
_NOUN = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,}-|[A-ZÅÄÖ]?[a-zåäö]+)?([Öö]verenskommelse(?:n|r|rna|ns|rnas)?)\b")
#: A period right after a phrase: " 2019–2020", " för 2022", " under år 2017".
_PERIOD_NEXT = re.compile(r"\s+(?:(?:för|under)\s+)?(?:år\s+)?(" + _Y + r")(?:\s*[-–/]\s*(" + _Y + r"|\d\d)\b)?")
_YEARS_BEFORE = re.compile(r"\b(" + _Y + r")(?:\s*[-–]\s*(" + _Y + r"))?\s+års\s+$")
#: A period; a footnote digit may be glued to either year ("2027–20281": 2027–2028, note 1).
_PERIOD = re.compile(r"\b(" + _Y + r")\d?(?:\s*[-–/]\s*(" + _Y + r"(?=\d?\b)|\d\d\b))?")
_DATE6 = re.compile(r"^\s*(?:med\s+\w+\s+)?(\d{2})(\d{2})(\d{2})\b")
_SINCE = re.compile(r"\bsedan\s+(?:år\s+)?(" + _Y + r")(?:/(" + _Y + r"))?", re.IGNORECASE)
#: "överenskommelser mellan regeringen och SKR sedan 2008": the year after "sedan" starts a series.
_SINCE_BEFORE = re.compile(r"\bsedan\s+(?:år\s+)?$", re.IGNORECASE)


#: The verb for making an agreement with a year it has been done since: "Staten och SKR har sedan år
#: 2008 kommit överens om …", "… kommer sedan 2008 varje år överens om …": a series of agreements.
_AGREED = re.compile(
    r"\bsedan\s+(?:år\s+)?(" + _Y + r")\s+(?:[a-zåäö]+\s+){0,3}?(?:kommit|kom|kommer)\s+överens\b"
    # "Sedan 2008 har regeringen och Sveriges Kommuner och Regioner (SKR) kommit överens om …"
    r"|\bsedan\s+(?:år\s+)?(" + _Y + r")\s+(?:har|hade)\s+(?:[\w()]+\s+){1,8}?(?:kommit|kom)\s+överens\b"
    r"|\b(?:kommit|kom|kommer)\s+överens\b[^.;:]{0,60}?\bsedan\s+(?:år\s+)?(" + _Y + r")",
    re.IGNORECASE,
)


def _in_field(text: str) -> bool:
    """Whether ``text`` names the field of the national agreements (``pg:fieldWord`` on ``pg:Agreement``):
    "om psykisk hälsa" does, "om en effektiv sjukskrivningsprocess" does not."""
    words = class_annotations("Agreement", "fieldWord")
    if any(re.search(r"(?<!\w)" + re.escape(w), text, re.IGNORECASE) for w in words):
        return True
    # A phrase cut at a line end ("om insatser inom området psykisk" / "hälsa …") that ends in the
    # first word of a field phrase is taken to name the field.
    last = text.strip().split()[-1].lower() if text.strip() else ""
    return any(w.split()[0].lower() == last and len(w.split()) > 1 for w in words)


#: Curated general knowledge: the parties of agreements in this field (the state, the
#: association of municipalities and regions and its programme office).
_PARTIES = re.compile(
    r"\b([Ss]taten|[Rr]egeringen|Socialdepartementet|Regeringskansliet|Sveriges [Kk]ommuner och "
    r"(?:[Ll]andsting|[Rr]egioner)|SKL|SKR|UPH|Uppdrag Psykisk Hälsa)\b"
)
_STATE = re.compile(r"^(?:staten|regeringen|socialdepartementet|regeringskansliet)$", re.IGNORECASE)
_PARTY_VERBS = re.compile(
    r"\b(?:mellan|med (?:staten|regeringen)|tecknat|tecknade|tecknades|ingått|ingick|ingicks|träffat|träffade|gjort|"
    r"slutit|slöt|slöts|undertecknat|undertecknade|överens|SKL och regeringen)\b"
)
#: Short and long names of one party ("SKL" = "Sveriges Kommuner och Landsting").
_PARTY_KEY = {"sveriges kommuner och landsting": "skl", "sveriges kommuner och regioner": "skr",
              "uppdrag psykisk hälsa": "uph"}  # fmt: skip
#: Clause words that end the phrase after the noun.
_END = re.compile(
    r"[.;:()”\"“]|,\s|\s(?:har|hade|är|var|ska|skall|fördelades|ingick|innehöll|uppger|framgår|åtog|"
    r"tillfördes|kompletterades|genomfördes|lanserades|vidmakthållit|bygger|som|där|vilket|och\s+att|att|"
    r"för att|innebär|leder|varit|stöttat|uppnåtts|togs|tog|gavs|gav|fick|får|finns|fanns|ger|kan|kommer|blev|"
    r"blir|startade|påbörjades|inleddes|bidrog|användes|gjordes|utgör|utgjorde|omfattar|omfattade|"
    r"bedrivs|genomförs|finansieras|används|följs|gäller|gällde|löper|pågår|fortsätter|fokuserat)\b"
)
#: "överenskommelse som tecknades mellan staten och SKL under 2016": a relative clause with an
#: agreement verb dates the agreement (the year is the clause's, not the main clause's).
_REL_PERIOD = re.compile(
    r"^\s+som\s+(?:tecknades|ingicks|träffades|slöts|gjordes|undertecknades)\b[^.;:]{0,80}?\b(?:under|år|i|för)\s+("
    + _Y
    + r")\b"
)
#: A publication titled like an agreement, cut by the sentence splitter at its year:
#: "Insatser inom psykisk hälsa-området 2018." + "Överenskommelse mellan staten och …".
_TITLE_HEAD = re.compile(r"^\s*([A-ZÅÄÖ][^\[\]”\"“()]{3,200}?\s(" + _Y + r"))\.\s*$")
#: Where a title starts inside a sentence: a link bracket, a quote, a parenthesis or a footnote mark.
_TITLE_OPEN = re.compile(r"[\[”\"“(⁰¹²³⁴⁵⁶⁷⁸⁹]")
#: "avtal" is an agreement when the sentence says who made it: "har ingått avtal med SKL om …",
#: "avtal med … slöts", "avtal mellan X och Y".
_AVTAL = re.compile(
    r"(?<![\w-])[Aa]vtal(?:et|en)?\s+(?P<rel>med|mellan)\s+(?P<party>[^.;:]{2,60}?)(?<!-)"
    r"(?=\s+(?:om|kring|slöts|tecknades|ingicks|och|samt|har|för)\b|[.,;:]|$)"
)
_AVTAL_SUBJECT = re.compile(r"([A-ZÅÄÖa-zåäö-]+)\s+(?:har|hade)\s+(?:ingått|slutit|tecknat|träffat)\s+$")
#: The topic after "om"/"kring", up to the next conjunction or clause word ("om inrättande samt …").
_AVTAL_TOPIC = re.compile(
    r"\s+(?:om|kring)\s+((?:(?!\b(?:" + "|".join(sorted(CONJUNCTIONS | SUBJUNCTIONS)) + r")\b)[^.;:,])+)"
)
#: A determiner right before the noun: "den överenskommelse …", "en överenskommelse om …" (no name of one).
_DETERMINER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(ARTICLES | DEMONSTRATIVES)) + r")\s+$", re.IGNORECASE)
_AVTAL_VERB = re.compile(r"\b(?:ingått|ingick|ingicks|slutit|slöt|slöts|tecknat|tecknade|tecknades|träffat|träffade)\b")
#: A topic's closing period ("… rehabiliteringsprocess 2019–2020", "… för 2022", "… under år 2017").
_TOPIC_PERIOD = re.compile(r"\s+(?:(?:under|för|i)\s+)?(?:år\s+)?" + _Y + r"(?:\s*[-–/]\s*(?:" + _Y + r"|\d\d))?\d?$")
#: A footnote number glued to a phrase's last word ("funktionsnedsättning2"): no Swedish word ends in a digit.
_GLUED_NOTE = re.compile(r"(?<=[a-zåäö]{3})\d{1,2}$")
_DNR = re.compile(r"\b(SKL|SKR)\s+dnr\.?\s*(\d+/\d+)", re.IGNORECASE)
_TIES = re.compile(
    r"(?:inom ramen för|finansierad\w* (?:med medel )?(?:från|av|genom)|med stöd av|genom|i enlighet med|enligt)"
    r"\s+(?:en\s+|den\s+|de\s+)?(?:särskild\s+)?(?:\d{4} års\s+)?$",
    re.IGNORECASE,
)


@dataclass
class _Agreement:
    key: tuple[str, ...]
    kind: str  # national | series | supplement | special | named | topic | local
    labels: list[tuple[str, Sentence, int, int]] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    parties: list[tuple[str, Sentence]] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)
    plural: bool = False
    count: int = 0
    titles: list[str] = field(default_factory=list)
    short: bool = False  # a series: its plainest phrase is its best label
    others: list[str] = field(default_factory=list)  # a contract's parties other than the organiser

    def absorb(self, other: _Agreement, identifiers: bool = True) -> None:
        """Take ``other``'s labels, the parties it adds and (with ``identifiers``) its identifiers:
        ``other`` is another name of this agreement."""
        self.labels += other.labels
        self.parties += [p for p in other.parties if p[0] not in [q for q, _ in self.parties]]
        if identifiers:
            self.identifiers += [i for i in other.identifiers if i not in self.identifiers]


def _period(y1: str, y2: str | None) -> tuple[str, str]:
    if y2 and len(y2) == 2:
        y2 = y1[:2] + y2
    return y1, y2 or y1


#: Words that may open the rest of an agreement's phrase after its noun: a preposition ("om", "för",
#: "mellan", "sedan"), "år", a conjunction joining a second noun; anything else in lower case starts
#: the clause ("Utöver överenskommelsen styrs arbetet av …": a verb, not the agreement's name).
_TAIL_OPENERS = PREPOSITIONS | CONJUNCTIONS | {"år"}
#: "som" with one or two words and then the year or period that closes an agreement's name.
_SOM_IN_NAME = re.compile(
    r"\s+som(?P<words>(?:\s+[a-zåäö]+){1,2})\s+" + _Y + r"(?:\s*[-–]\s*" + _Y + r")?(?=[\s.,;:]|$)"
)


def _after(text: str, pos: int) -> str:
    """The words after an agreement noun that belong to its phrase.

    >>> _after("Utöver överenskommelsen styrs arbetet av Samverkansavtal X 2033–2036", 23)
    ''
    >>> _after("överenskommelsen för år 2036 innebär att", 16)
    ' för år 2036'
    >>> _after("tilläggsöverenskommelse om stöd till barn som anhöriga 2046, som gav", 23)
    ' om stöd till barn som anhöriga 2046'
    >>> _after("överenskommelse om stöd till unga som har insatser 2046", 15)
    ' om stöd till unga'
    """
    rest = text[pos : pos + 160]
    m = _END.search(rest)
    if m and (named := _SOM_IN_NAME.match(rest, m.start())) and not _END.search(named.group("words")):
        # "tilläggsöverenskommelse om stöd till barn som anhöriga 2046, som gav …": an agreement's name ends
        # with its year, and "som" before it with no verb is part of the subject ("barn som anhöriga").
        m = _END.search(rest, named.end())
    rest = rest[: m.start()] if m else rest
    first = re.match(r"\s+([a-zåäö]+)\b", rest)
    if first and first.group(1) not in _TAIL_OPENERS:
        return ""
    # "… funktionsnedsättning och [X används …]": a conjunction left before the cut clause
    return re.sub(r"\s+(?:och|samt|eller)\s*$", "", rest)


def _parties(s: Sentence) -> list[str]:
    if not _PARTY_VERBS.search(s.text):
        return []
    out: list[str] = []
    keys: set[str] = set()
    for m in _PARTIES.finditer(s.text):
        name = m.group(1)
        key = _PARTY_KEY.get(name.lower(), name.lower())
        # The programme office is a party only where the text says "mellan UPH och …".
        if key == "uph" and not re.search(r"mellan\s+" + re.escape(name), s.text):
            continue
        if key not in keys:
            keys.add(key)
            out.append(name)
    return out


def _label(text: str) -> str:
    text = clean(text).strip(" ,–-")
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _quoted_title(text: str, pos: int) -> str | None:
    """The quoted title around ``pos``: ”Stöd till … – Överenskommelse mellan staten och … 2017”."""
    for m in re.finditer(r"[”\"“]([^”\"“]{10,300})[”\"“]", text):
        if m.start() < pos < m.end():
            return clean(m.group(1))
    return None


def _stem(word: str) -> str:
    """A noun without its definite and plural endings ("sjukvårdsregionerna" -> "sjukvårdsregion")."""
    word = word.lower()
    for ending in DEFINITE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    for plural in ("er", "ar", "or"):
        if word.endswith(plural) and len(word) - 2 >= 4:
            return word[:-2]
    return word


def _topic_key(topic: str) -> str:
    """One agreement's subject however the report dates it: "om en X 2019–2020" and "om X," -> "x".

    >>> _topic_key("stöd till barn i familjehem,") == _topic_key("en stöd till barn i familjehem")
    True
    >>> _topic_key("hälsa hos personer med autism2.") == _topic_key("hälsa hos personer med autism 2028")
    True
    """
    words = _GLUED_NOTE.sub("", _TOPIC_PERIOD.sub("", clean(topic)).lower().rstrip(" ,;:.")).split()
    while words and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _clause_topic(topic: str) -> str:
    """A topic without the parties and the clause after it: "psykisk hälsa med anledning av covid-19
    mellan staten och SKR" -> "psykisk hälsa med anledning av covid-19"."""
    return re.split(r"\s+(?:mellan|med (?:staten|regeringen))\b", topic, maxsplit=1)[0]


def _contracts(s: Sentence) -> list[tuple[tuple[str, ...], str, dict[str, object]]]:
    """Agreements called "avtal" whose sentence names the other party and an agreement verb.

    The identity is the party that is not the programme's organiser (SKL/SKR/UPH): "sjukvårdsregioner
    har ingått avtal med SKL" and "avtal med hälso- och sjukvårdsregionerna slöts 2017" are one agreement.
    """
    text = s.text
    out: list[tuple[tuple[str, ...], str, dict[str, object]]] = []
    if not _AVTAL_VERB.search(text):
        return out
    for m in _AVTAL.finditer(text):
        party = clean(m.group("party"))
        second = None
        if m.group("rel") == "mellan":
            # "avtal mellan SKR och regionerna": the parties split on "och".
            second = re.match(
                r"\s+och\s+([^.;:,]{2,60}?)(?=\s+(?:om|kring|slöts|tecknades|ingicks|har|för)\b|[.,;:]|$)",
                text[m.end() :],
            )
        # The subject before the verb is the other party ("Samtliga sjukvårdsregioner har ingått avtal med SKL").
        subject = _AVTAL_SUBJECT.search(text[: m.start()])
        named = (party, second.group(1) if second else "", subject.group(1) if subject else "")
        others = [p for p in named if p and not _PARTIES.fullmatch(p)]
        if not others:
            continue
        head = _stem(others[0].split()[-1])
        end = m.end() + (second.end() if second else 0)
        topic = _AVTAL_TOPIC.match(text[end:])
        if topic:
            end += topic.end()
            # The topic ends where the clause goes on: "om samordning tecknades 2022".
            stop = [x.start() for x in (_END.search(text, m.end(), end), _AVTAL_VERB.search(text, m.end(), end)) if x]
            end = min([end, *stop])
        years = re.findall(r"\b(" + _Y + r")\b", text[m.start() :])
        label = text[m.start() : end].strip()
        facts: dict[str, object] = {"a": m.start(), "b": m.start() + len(label), "label": label, "plural": False}
        facts["parties"] = [p for p in named[:2] if p and _PARTIES.fullmatch(p)]
        facts["others"] = others
        if years:
            facts.update(start=years[0], end=years[0])
        out.append((("contract", head), "contract", facts))
    return out


def _title_nouns() -> tuple[str, ...]:
    """Nouns that head an agreement's title (``pg:cueNoun`` on ``pg:Agreement``)."""
    return tuple(n.lower() for n in class_annotations("Agreement", "cueNoun"))


#: A capitalised head noun, its title's words and the period that closes it. A title may name its
#: subject at length before the period ("Samverkansöverenskommelse om barn och unga i behov av
#: samordnat stöd i Södra X 2057–2060": twelve words).
_TITLED = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+)\s+((?:[^\s.;:()]+\s+){1,14}?)(" + _Y + r")\s*[-–]\s*(" + _Y + r")(?!\d)"
)


def _titled(text: str) -> list[tuple[tuple[str, ...], str, dict[str, object]]]:
    """An agreement titled by its head noun (``pg:cueNoun`` on ``pg:Agreement``), a name or subject and
    its period: "Avsiktsförklaring Unga i Skaraborg 2030–2033", "Samverkansöverenskommelse om barn och
    unga i Sjuhärad 2030–2033". The capital marks a title; the noun in lower case is a kind.

    >>> found = _titled("Avsiktsförklaring Unga i Skaraborg 2030–2033 mellan X och Y")
    >>> [(f["label"], f["start"], f["end"]) for _, _, f in found]
    [('Avsiktsförklaring Unga i Skaraborg 2030–2033', '2030', '2033')]
    >>> _titled("Vi skrev en avsiktsförklaring om barn 2030–2033.")
    []
    >>> t = "Nu gäller Samverkansöverenskommelse om barn och unga i behov av samordnat stöd i Norra X 2057–2060."
    >>> [f["label"] for _, _, f in _titled(t)]
    ['Samverkansöverenskommelse om barn och unga i behov av samordnat stöd i Norra X 2057–2060']
    """
    out: list[tuple[tuple[str, ...], str, dict[str, object]]] = []
    for w in re.finditer(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+", text):
        m = _TITLED.match(text, w.start())
        if m is None:
            continue
        head = _title_head(m.group(1))
        if head is None:
            continue
        label = clean(text[m.start() : m.end()])
        topic = _topic_key(m.group(2))
        facts: dict[str, object] = {"a": m.start(), "b": m.end(), "plural": False, "label": label, "title": True}
        facts.update(start=m.group(3), end=m.group(4))
        out.append((("titled", head, topic), "topic", facts))
    taken = [(int(f["a"]), int(f["b"])) for _, _, f in out]  # type: ignore[call-overload]
    for m in _TITLED_SUBJECT.finditer(text):
        head = _title_head(m.group(1))
        if head is None or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        # The capital marks a title inside a sentence; at a sentence's start only the parties after the
        # subject ("Avtalet om X mellan A och B") make the phrase one agreement's name.
        opening = not text[: m.start()].strip() or re.search(r"[.!?:]\s*$", text[: m.start()])
        if opening and not m.group("between"):
            continue
        label = _GLUED_NOTE.sub("", clean(text[m.start() : m.end("subject")]))
        topic = _topic_key("om " + m.group("subject"))
        facts = {"a": m.start(), "b": m.start() + len(label), "plural": False, "label": label}
        out.append((("titled", head, topic), "topic", facts))
    return out


def _title_head(word: str) -> str | None:
    """The title noun (``pg:cueNoun`` on ``pg:Agreement``) a capitalised word is, or ends in, in the
    indefinite or definite singular ("Samverkansavtalet" -> "samverkansavtal"), else None.

    >>> _title_head("Samverkansavtalet"), _title_head("Avsiktsförklaring"), _title_head("Avtalen")
    ('samverkansavtal', 'avsiktsförklaring', None)
    >>> _title_head("Länsöverenskommelse"), _title_head("Överenskommelse"), _title_head("Tilläggsöverenskommelse")
    ('länsöverenskommelse', None, None)
    >>> _title_head("Länsöverenskommelsen"), _title_head("Länsöverenskommelser"), _title_head("Regionöverenskommelsens")
    ('länsöverenskommelse', None, None)
    """
    low = word.lower()
    for ending in ("", "et", "en", "n"):
        if not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        # Any compound of "överenskommelse" titles one agreement as the vocabulary's do ("Länsöverenskommelse",
        # "Regionöverenskommelse"); the bare noun and "tilläggs-" have their own readings (:func:`_occurrences`).
        compound = stem.endswith("överenskommelse") and len(stem) >= len("överenskommelse") + 3
        if compound and not stem.startswith("tilläggs"):
            return stem
        if any(stem == n or stem.endswith(n) for n in _title_nouns()):
            # "Avtalen": the definite plural of a neuter noun is a kind of agreements, not one.
            if ending == "en" and stem.endswith("avtal"):
                continue
            return stem
    return None


#: A capitalised title noun and its subject after "om", without a period: "Samverkansavtalet om barn
#: och unga med psykisk ohälsa mellan Region X och kommunerna", up to the parties or the clause's end.
_TITLED_SUBJECT = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][a-zåäö]+)\s+om\s+(?P<subject>(?!att\b)[^\s.;:,()]+(?:\s+[^\s.;:,()–]+){0,9}?)"
    r"(?=(?P<between>\s+mellan\s)|\s*[.;:,()–]|\s+(?:som|där|vilket|har|hade|är|var|reglerar|gäller)\b|\s*$)"
)


def _occurrences(
    s: Sentence, report_years: set[str], prev: Sentence | None = None
) -> list[tuple[tuple[str, ...], str, dict[str, object]]]:
    """(identity key, kind, facts) for each agreement the sentence names (``prev``: the sentence before)."""
    text = s.text
    out: list[tuple[tuple[str, ...], str, dict[str, object]]] = _contracts(s)
    for m in _NOUN.finditer(text):
        prefix, noun = m.group(1) or "", m.group(2)
        a, b = m.start(), m.end()
        plural = noun.lower().endswith(("r", "rna", "rnas"))
        after = _after(text, b)
        phrase_end = b + len(after)
        facts: dict[str, object] = {"a": a, "plural": plural}
        if prefix.endswith("-"):
            facts["label"] = text[a:b]
            out.append((("named", prefix[:-1].lower()), "named", facts))
            continue
        if prefix and prefix.lower() != "tilläggs":
            # "samverkansöverenskommelser": a kind of agreement, not one agreement; the definite singular
            # "sjukskrivningsöverenskommelsen 2019–2020" is one, named by its subject.
            if noun.lower() != "överenskommelsen":
                continue
            ya = _PERIOD_NEXT.match(text, b)
            facts["label"] = text[a : ya.end() if ya else b]
            facts["b"] = ya.end() if ya else b
            if ya:
                facts["start"], facts["end"] = _period(ya.group(1), ya.group(2))
            out.append((("named", prefix.lower()), "topic", facts))
            continue
        before = text[max(0, a - 30) : a]
        yb = _YEARS_BEFORE.search(before)
        if noun.lower().endswith("s") and not yb:
            continue  # "Överenskommelsens inriktning 2019": the words after are what it has, not its name
        ya = _PERIOD.search(after)
        if ya and _SINCE_BEFORE.search(after[: ya.start()]):
            # "överenskommelser … sedan 2008": a series, not the 2008 agreement; "en tvåårig överenskommelse
            # mellan staten och SKR sedan 2028": the first such since that year, not one made then.
            ya = None
        d6 = _DATE6.match(after)
        since = _SINCE.search(text) if plural else None
        start = end = None
        rel = _REL_PERIOD.match(text[b:])
        # A title the splitter cut at its year: the sentence starts with "Överenskommelse mellan …".
        head = (
            _TITLE_HEAD.match(prev.text[max((t.end() for t in _TITLE_OPEN.finditer(prev.text)), default=0) :])
            if prev is not None and a == 0 and noun == "Överenskommelse" and prev.block == s.block
            else None
        )
        if yb:
            start, end = _period(yb.group(1), yb.group(2))
            a = a - (len(before) - yb.start())
        elif ya:
            start, end = _period(ya.group(1), ya.group(2))
            # The phrase ends with its period ("… under 2017"); a glued footnote digit is not part of it.
            after = after[: ya.end() if ya.group(2) else ya.start() + 4]
            phrase_end = b + len(after)
        elif d6 and int(d6.group(2)) <= 12:
            start = end = f"20{d6.group(1)}-{d6.group(2)}-{d6.group(3)}"
        elif rel:
            start = end = rel.group(1)
            phrase_end = b + rel.end()
            after = text[b:phrase_end]
        elif head:
            start = end = head.group(2)
        label_text = text[a:phrase_end]
        label_text = re.sub(r"(" + _Y + r")\d$", r"\1", label_text)
        label_text = _GLUED_NOTE.sub("", label_text)  # "… funktionsnedsättning2": footnote 2, not the name's
        facts.update(label=label_text, b=phrase_end)
        quoted = _quoted_title(text, m.start())
        if quoted:
            facts.update(label=quoted, title=True)
            # "”Insatser inom området psykisk hälsa 2019 – Överenskommelse mellan staten och …”": the title's year.
            title_years = _PERIOD.findall(quoted)
            if not start and title_years:
                start, end = _period(*title_years[-1]) if title_years[-1][1] else _period(title_years[-1][0], None)
        elif head:
            # The publication is the agreement text: its whole title names the agreement.
            facts.update(label=clean(head.group(1) + ". " + label_text.rstrip(" ])")), title=True)
        # The subject also after the parties: "Överenskommelse mellan staten och SKR om en effektiv …".
        topic = re.match(r"\s*(?:om|kring)\s+(?!att\b)(.+)", after) or re.match(
            r"\s*mellan\s+[^.;:]{2,80}?\s+om\s+(?!att\b)(.+)", after
        )
        special = re.search(r"\bsärskilda?\s+$", text[max(0, a - 12) : a])
        if special and special.group(0).strip().lower() == "särskilda" and not re.match(r"\s*(?:om|kring)\s", after):
            continue  # "den särskilda överenskommelsen": a reference back to the one the report names
        if special and not after.strip() and re.match(r",\s+(?=[A-ZÅÄÖ])\w*verenskommelse", text[b:]):
            continue  # "en särskild överenskommelse, Överenskommelsen om …": the apposition names it
        party_m = re.match(r"\s*mellan\s+(\S+)\s+och\s+(\d+\s+[\w/]+)", after)
        # The subject names the agreement unless it is the field's own annual agreement (dated before
        # the noun, "2019 års överenskommelse om …", or on psykisk hälsa): "Överenskommelsen om en
        # effektiv … rehabiliteringsprocess 2019–2020" and "en särskild överenskommelse om X för 2022".
        subject_key = _topic_key(topic.group(1)) if topic and not yb and not _in_field(topic.group(1)) else ""
        if prefix and topic and _topic_key(_clause_topic(topic.group(1))):
            # "tilläggsöverenskommelse om psykisk hälsa med anledning av covid-19": one supplement per
            # subject, dated only where the text prints its year.
            facts.update(start=start, end=end or start)
            out.append((("supplement", _topic_key(_clause_topic(topic.group(1)))), "supplement", facts))
        elif prefix:
            y = start or next(iter(sorted(report_years)), None)
            facts.update(start=y, end=end or y)
            out.append((("supplement", str(y)), "supplement", facts))
        elif special:
            subject = re.match(r"^(.{3,120}?)\s+(?:påbörjades|startade|inleddes|har|genomfördes|finansierades)\b", text)
            named = " om " + _lower_first(subject.group(1)) if subject and not topic else ""
            facts.update(label=special.group(0).strip() + " " + label_text + named)
            years = re.findall(r"\b(" + _Y + r")\b", text[:a])
            y = start or (years[-1] if years else None)
            facts.update(start=y, end=end if start else y)
            # A special agreement with a subject is the agreement the report names by that subject elsewhere.
            key = ("topic", subject_key) if subject_key else ("special", str(y), str(s.line))
            out.append((key, "special", facts))
        elif party_m and not _STATE.match(party_m.group(1)):
            facts.update(parties=[party_m.group(1)], start=start, end=end)
            out.append((("local", party_m.group(1).lower(), str(start)), "local", facts))
        elif (
            subject_key
            # A capitalised name, or an indefinite singular "överenskommelse kring placerade barn", or a
            # dated one ("har ingått en överenskommelse om förstärkt elevhälsa för 2024").
            and (
                noun[0].isupper()
                # the definite "överenskommelsen om en effektiv … rehabiliteringsprocessen": named by its subject
                or noun.lower() == "överenskommelsen"
                or (noun.lower() == "överenskommelse" and (ya or not _DETERMINER_BEFORE.search(before)))
            )
        ):
            facts.update(start=start, end=end)
            out.append((("topic", subject_key), "topic", facts))
        elif since and not start and plural:
            y1 = since.group(1)
            label = (
                label_text
                if since.group(0).lower() in label_text.lower()
                else label_text + " " + since.group(0).lower()
            )
            facts.update(start=y1, end=None, label=label, short=True)
            out.append((("series", y1), "series", facts))
        elif start:
            facts.update(start=start, end=end)
            # "Överenskommelserna 2016–2018" is a series of years; "Överenskommelserna 2023" (a chapter
            # title) is the year's agreement.
            several = plural and (end or start) != start
            out.append((("national", start, end or start, "p" if several else "s"), "national", facts))
    out += _titled(text)
    for m in _AGREED.finditer(text):
        y1 = m.group(1) or m.group(2) or m.group(3)
        facts = {"a": m.start(), "b": m.end(), "plural": True, "label": f"Överenskommelser sedan {y1}"}
        facts.update(start=y1, end=None, short=True)
        out.append((("series", y1), "series", facts))
    return out


def extract(doc: Document, sents: Sequence[Sentence] | None = None) -> list[Mention]:
    """Every agreement ``doc`` names, one mention per agreement, with its phrases as names."""
    sents = list(sents) if sents is not None else sentences(doc)
    report_years = {y for y in re.findall(r"\b(" + _Y + r")\b", doc.report)}
    found: dict[tuple[str, ...], _Agreement] = {}
    for n, s in enumerate(sents):
        if "verenskommelse" not in s.text and "vtal" not in s.text and "överens" not in s.text:
            if not any(n in s.text.lower() for n in _title_nouns()):
                continue
        for key, kind, facts in _occurrences(s, report_years, sents[n - 1] if n else None):
            ag = found.setdefault(key, _Agreement(key, kind))
            ag.count += 1
            a, b = int(facts.get("a", 0)), int(facts.get("b", facts.get("a", 0)))  # type: ignore[call-overload]
            ag.labels.append((str(facts["label"]), s, a, b))
            if facts.get("title"):
                ag.titles.append(str(facts["label"]))
            ag.short = ag.short or bool(facts.get("short"))
            ag.others += [o for o in facts.get("others", []) if o not in ag.others]  # type: ignore[attr-defined]
            ag.start = ag.start or facts.get("start")  # type: ignore[assignment]
            ag.end = ag.end or facts.get("end")  # type: ignore[assignment]
            ag.plural = bool(facts.get("plural"))
            names = list(facts.get("parties", [])) or _parties(s)  # type: ignore[call-overload]
            for name in names:
                have = {_PARTY_KEY.get(p.lower(), p.lower()) for p, _ in ag.parties}
                if _PARTY_KEY.get(name.lower(), name.lower()) not in have:
                    ag.parties.append((name, s))
            for d in _DNR.finditer(s.text[b : b + 60]):
                ident = f"{d.group(1).upper()} dnr {d.group(2)}"
                if ident not in ag.identifiers:
                    ag.identifiers.append(ident)
    _merge_years(found)
    _merge_footnoted(found, sents)
    _merge_supplements(found)
    _merge_compounds(found)
    _merge_references(found)
    # The year's agreement and its supplement are of the series the report says the parties made
    # ("Sedan 2008 har staten och SKR slutit överenskommelser …"): where their own sentences name no
    # party, the series' parties (with the series' sentence as evidence) are theirs.
    series = next((ag for ag in found.values() if ag.kind == "series" and ag.parties), None)
    for ag in found.values():
        if series is not None and ag.kind in ("national", "supplement") and not ag.parties and not ag.plural:
            # One party a side: the state (as first named) and the association.
            state = [p for p in series.parties if _STATE.match(p[0])][:1]
            ag.parties = state + [p for p in series.parties if not _STATE.match(p[0])][:1]
    spans = [(id(ag), id(t[1]), t[2], t[3]) for ag in found.values() for t in ag.labels]
    out = [_mention(ag, spans) for ag in found.values()]
    main = main_agreement(out)
    if main is not None:
        # A supplement belongs to the agreement it adds to: the report's main agreement.
        out = [
            replace(m, relations=(*m.relations, Relation("related", "agreement", main.name)))
            if ag.kind == "supplement" and m is not main
            else m
            for ag, m in zip(found.values(), out, strict=True)
        ]
    return out


def _merge_years(found: dict[tuple[str, ...], _Agreement]) -> None:
    """The agreement "2021 års överenskommelse" is is the two-year one 2021–2022 the report also names."""
    # An agreement on another subject ("Överenskommelsen om en effektiv och kvalitetssäker
    # sjukskrivnings- och rehabiliteringsprocess 2019–2020") is not the year's agreement on mental health.
    multi = [
        ag
        for ag in found.values()
        if ag.kind == "national"
        and ag.end != ag.start
        and not ag.plural
        and not any(
            (m := re.match(r"\S+\s+om\s+(.*)", label, re.IGNORECASE)) and not _in_field(m.group(1))
            for label, *_ in ag.labels
        )
    ]
    for key, ag in list(found.items()):
        # "1 Överenskommelserna 2030–2031" (a chapter title) over a report that names "Överenskommelsen
        # om … 2030–2031": the plural speaks of that agreement (and what goes with it), not of a series.
        if ag.kind == "national" and ag.plural and ag.end != ag.start:
            host = next((h for h in multi if (h.start, h.end) == (ag.start, ag.end)), None)
            if host is not None:
                host.absorb(ag, identifiers=False)
                del found[key]
            continue
        if ag.kind != "national" or ag.end != ag.start:
            continue
        # A year inside a multi-year agreement's period is that agreement's year ("överenskommelsen för
        # 2027" in a report under the agreement 2026–2027).
        host = next((h for h in multi if _within(ag.start, h.start, h.end) and not _other_subject(ag, h)), None)
        if host is not None:
            host.absorb(ag)
            del found[key]


def _subjects(ag: _Agreement) -> list[set[str]]:
    """The words of each subject ("om …") the agreement's phrases give it, without its period."""
    out = []
    for label, *_ in ag.labels:
        m = re.search(r"\bom\s+(.+)", label, re.IGNORECASE)
        if m and (key := _topic_key(m.group(1))):
            out.append(set(key.split()))
    return out


def _other_subject(ag: _Agreement, host: _Agreement) -> bool:
    """Whether ``ag`` and ``host`` are named by different subjects: "Överenskommelsen om förstärkt stöd
    till barn och ungas psykiska hälsa 2028" is no year of "den tvååriga överenskommelsen om insatser inom
    området psykisk hälsa och suicidprevention 2028–2029" (neither subject holds the other's words),
    while "2021 års överenskommelse om psykisk hälsa" is a year of "Överenskommelsen om insatser inom
    området psykisk hälsa 2021–2022"."""
    mine, theirs = _subjects(ag), _subjects(host)
    return bool(mine and theirs) and not any(a <= b or b <= a for a in mine for b in theirs)


def _within(year: str | None, start: str | None, end: str | None) -> bool:
    """Whether ``year`` falls in the period ``start``–``end`` (years or ISO dates).

    >>> _within("2027", "2026", "2027"), _within("2025", "2026", "2027")
    (True, False)
    """
    if not (year and start and end and year[:4].isdigit() and start[:4].isdigit() and end[:4].isdigit()):
        return False
    return int(start[:4]) <= int(year[:4]) <= int(end[:4])


#: A footnote mark after a word or its full stop: a superscript digit ("kronor.²") or a digit glued to
#: a word ("kronor.1", "region2"); no Swedish word ends in a digit.
_NOTE_MARK = re.compile(
    r"(?<=[a-zåäö)])\.?(?P<m>[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[a-zåäö]\.)\d{1,2}(?=\s|$)|(?<=[a-zåäö])\d{1,2}(?=[\s,;:]|$))"
)


def _merge_footnoted(found: dict[tuple[str, ...], _Agreement], sents: Sequence[Sentence]) -> None:
    """An agreement a sentence describes ("en tilläggsöverenskommelse om stöd till unga vuxna som …,
    som tillförde 150 miljoner kronor.²") is the one its footnote names by title ("² Tilläggsöverens-
    kommelse om unga vuxna utanför arbete och studier 2038"): a footnote cites the document the
    sentence speaks of. The mark belongs to the last agreement named before it in the sentence; both
    must be of one kind, and their years must not differ."""
    where: dict[int, list[tuple[int, int, _Agreement]]] = {}
    for ag in found.values():
        for _, s, a, b in ag.labels:
            where.setdefault(id(s), []).append((a, b, ag))
    for n, s in enumerate(sents):
        named = sorted(where.get(id(s), []), key=lambda t: t[1])
        if not named:
            continue
        for mark in _NOTE_MARK.finditer(s.text):
            before = [t for t in named if t[1] <= mark.start()]
            if not before:
                continue
            ag = before[-1][2]
            note = next(
                (
                    f
                    for f in sents[n + 1 :]
                    if f.block != s.block and re.match(re.escape(mark.group("m")) + r"\s+\S", f.text)
                ),
                None,
            )
            if note is None:
                continue
            start = (
                len(mark.group("m"))
                + len(note.text[len(mark.group("m")) :])
                - len(note.text[len(mark.group("m")) :].lstrip())
            )
            cited = next((t[2] for t in where.get(id(note), []) if t[0] == start), None)
            if cited is None or cited is ag or cited.kind != ag.kind:
                continue
            if ag.start and cited.start and ag.start != cited.start:
                continue
            key = next((k for k, v in found.items() if v is cited), None)
            if key is None or found.get(ag.key) is not ag:
                continue
            ag.absorb(cited)
            ag.titles += [t for t in cited.titles if t not in ag.titles]
            ag.start, ag.end = ag.start or cited.start, ag.end or cited.end
            del found[key]
            for lst in where.values():
                lst[:] = [(a, b, ag if x is cited else x) for a, b, x in lst]


def _dated_only(key: tuple[str, ...]) -> bool:
    """Whether a supplement's key is its year (or no year at all), not a subject."""
    return key[1].isdigit() or key[1] == "None"


def _merge_supplements(found: dict[tuple[str, ...], _Agreement]) -> None:
    """ "Tilläggsöverenskommelsen för 2022" is the supplement the report names by its subject for 2022; a bare
    "tilläggsöverenskommelsen" is the report's one supplement named by its subject. A supplement named by
    a shorter subject of the same year ("om nyanlända barn och unga 2050" after "om psykisk hälsa hos
    nyanlända barn och unga 2050") is that one, said in short: a report has one supplement a subject
    and year."""
    for key, ag in list(found.items()):
        if ag.kind != "supplement" or _dated_only(key):
            continue
        words = set(key[1].split())
        longer = [
            h
            for k, h in found.items()
            if k != key
            and h.kind == "supplement"
            and not _dated_only(k)
            and h.start == ag.start
            and len(words) < len(k[1].split())
            and words <= set(k[1].split())
        ]
        if len(longer) == 1:
            longer[0].absorb(ag)
            del found[key]
    for key, ag in list(found.items()):
        if ag.kind != "supplement" or not _dated_only(key):
            continue
        named = [h for k, h in found.items() if h.kind == "supplement" and not _dated_only(k)]
        hosts = [h for h in named if h.start == ag.start]
        if not hosts and not any(re.search(_Y, label) for label, *_ in ag.labels):
            # "tilläggsöverenskommelsen" with no year of its own (dated by the report's year) refers back
            # to the one supplement the report names by its subject, whatever year that one prints.
            hosts = named
        if len(hosts) == 1:
            host = hosts[0]
            host.absorb(ag)
            del found[key]


def _merge_compounds(found: dict[tuple[str, ...], _Agreement]) -> None:
    """ "Sjukskrivningsöverenskommelsen" is the agreement the report names by a subject whose word it
    compounds ("Överenskommelsen om en effektiv … sjukskrivnings- och rehabiliteringsprocess"): the
    compound's first element opens a word of exactly one subject, or the agreement the report titles
    with that compound."""
    for key, ag in list(found.items()):
        if key[0] != "named":
            continue
        head = key[1].rstrip("s")
        # a short first element ("läns") opens too many subject words to name one by them
        hosts = [
            h
            for k, h in found.items()
            if k[0] == "topic" and len(key[1]) >= 5 and any(w.rstrip("-").startswith(head) for w in k[1].split())
        ]
        # "Samverkansöverenskommelsen" (definite) refers back to the one agreement the report titles with
        # that compound ("Samverkansöverenskommelse om psykisk hälsa på X 2047–2050"); with a short first
        # element ("Länsöverenskommelsen för 2058") the title's noun is that very compound and a year the
        # reference gives falls in the title's period.
        hosts += [
            h
            for k, h in found.items()
            if k[0] == "titled"
            and k[1].startswith(key[1])
            and h not in hosts
            and (len(key[1]) >= 5 or (k[1] == key[1] + "överenskommelse" and _in_period(ag, h)))
        ]
        if len(hosts) == 1:
            host = hosts[0]
            host.absorb(ag)
            host.start, host.end = host.start or ag.start, host.end or ag.end
            del found[key]


def _in_period(ag: _Agreement, host: _Agreement) -> bool:
    """Whether the year ``ag`` is named by falls in ``host``'s period, or ``ag`` names none."""
    years = [y for label, *_ in ag.labels for y in re.findall(r"\b(" + _Y + r")\b", label)]
    return not years or all(_within(y, host.start, host.end) for y in years)


def _word_of(short: str, word: str) -> bool:
    """Whether ``short`` is ``word`` or the first part of the compound ``word`` (a short name's
    "sjukskrivning" is the subject's "sjukskrivnings-" in "sjukskrivnings- och rehabiliteringsprocess").

    >>> _word_of("sjukskrivning", "sjukskrivnings-"), _word_of("sjukskrivning", "rehabiliteringsprocess")
    (True, False)
    >>> _word_of("vård", "vårdnad")
    False
    """
    if short == word:
        return True
    stem = word.rstrip("-")
    # A compound's first part: at least five letters, then only a linking "s" or the hyphen of an ellipsis.
    return len(short) >= 5 and stem.startswith(short) and (stem[len(short) :] in ("", "s") or word.endswith("-"))


def _in_subject(short: str, words: Sequence[str]) -> bool:
    """Whether the word ``short`` of a short name is a word of the subject ``words`` (see :func:`_word_of`)
    or a compound its ellipsis spells out: "sjukskrivnings- och rehabiliteringsprocess" is
    "sjukskrivningsprocess" and "rehabiliteringsprocess" (Swedish grammar: the hyphen stands for the
    last part of the word after "och"), so "sjukskrivningsprocessen" is of that subject.

    >>> _in_subject("sjukskrivningsprocessen", "en effektiv sjukskrivnings- och rehabiliteringsprocess".split())
    True
    >>> care = "hälso- och sjukvård".split()
    >>> _in_subject("vårdprocessen", care), _in_subject("hälsovården", care)
    (False, True)
    """
    if any(_word_of(short, x) or _word_of(_stem(short), _stem(x)) for x in words):
        return True
    for k, word in enumerate(words[:-2]):
        if not word.endswith("-") or words[k + 1] not in ("och", "eller"):
            continue
        first, tail = word[:-1], _stem(short)[len(word) - 1 :]
        if _stem(short).startswith(first) and len(tail) >= 3 and _stem(words[k + 2]).endswith(tail):
            return True
    return False


#: A source note: its number, then the web site a document is found on and the document's title
#: ("2 SKR:s webbplats, Överenskommelse om …", "¹ Regeringens webbplats, …"), as annual reports cite.
_SOURCE_NOTE = re.compile(r"^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s+[A-ZÅÄÖ][^,.]{1,60}(?:webbplats|hemsida),\s")


def _merge_references(found: dict[tuple[str, ...], _Agreement]) -> None:
    """ "den särskilda överenskommelsen om samsjuklighet" refers back (a definite noun) to the agreement the
    report named before by a subject holding all its words ("en särskild överenskommelse om samordnad vård
    och stöd vid samsjuklighet för perioden 2028–2030"): a shortened name of that one, not another. A word
    of the short name may be the first part of a compound of the long one ("överenskommelsen om
    sjukskrivning" after "överenskommelsen om en effektiv … sjukskrivnings- och rehabiliteringsprocess").

    >>> s1, s2 = Sentence("r", "a", 1, (), 0), Sentence("r", "b", 9, (), 1)
    >>> host = _Agreement(("topic", "vård vid samsjuklighet"), "topic", [("en särskild överenskommelse", s1, 0, 1)])
    >>> ref = _Agreement(("topic", "samsjuklighet"), "topic", [("överenskommelsen om samsjuklighet", s2, 0, 1)])
    >>> found = {host.key: host, ref.key: ref}
    >>> _merge_references(found); list(found) == [host.key], len(host.labels)
    (True, 2)
    """
    for key, ag in list(found.items()):
        # A source note cites the document the text speaks of by its title, which is indefinite ("² SKR:s
        # webbplats, Överenskommelse om sjukskrivnings- och rehabiliteringsprocessen"): as a reference, it
        # names an agreement named before, as a definite noun does.
        definite = all(
            re.search(r"överenskommelsen\b", label, re.IGNORECASE) or _SOURCE_NOTE.match(s.text)
            for label, s, *_ in ag.labels
        )
        if key[0] != "topic" or not definite:
            continue
        words = set(key[1].split())
        first = min(t[1].line for t in ag.labels)
        hosts = [
            h
            for k, h in found.items()
            if k != key
            and k[0] == "topic"
            and len(words) < len(k[1].split())
            and all(_in_subject(w, k[1].split()) for w in words)
            and min(t[1].line for t in h.labels) < first
        ]
        if len(hosts) == 1:
            host = hosts[0]
            host.absorb(ag)
            del found[key]


def _contract_name(ag: _Agreement) -> str | None:
    """A contract named by its parties: "Samtliga sjukvårdsregioner har ingått avtal med SKL" and "avtal
    med hälso- och sjukvårdsregionerna" -> "Avtal mellan SKL och sjukvårdsregionerna".

    The other party is read as printed: a proper name whole, a common noun phrase by its head (its last
    word), in the definite form where the text gives one.
    """
    if not ag.parties or not ag.others:
        return None
    heads: list[str] = []
    for other in ag.others:
        words = [w for w in other.split() if w.lower() not in QUANTIFIERS]
        if not words:
            continue
        heads.append(" ".join(words) if words[0][:1].isupper() else words[-1])
    definite = [h for h in heads if h[:1].islower() and h.lower().endswith(DEFINITE_ENDINGS[:5])]
    chosen = definite or heads
    return f"Avtal mellan {ag.parties[0][0]} och {chosen[0]}" if chosen else None


def _own_words(ag: _Agreement, s: Sentence, a: int, b: int, spans: Sequence[tuple[int, int, int, int]]) -> str:
    """The part of ``s`` about this agreement: up to another agreement the sentence names.

    "Genom överenskommelser … sedan år 2008.1 Överenskommelsen för år 2020 innebär … 369 miljoner
    kronor": the amount is the 2020 agreement's, not the series' (a glued footnote kept them one sentence).
    """
    others = [(x, y) for owner, sid, x, y in spans if owner != id(ag) and sid == id(s)]
    lo = max((y for x, y in others if y <= a), default=0)
    hi = min((x for x, y in others if x >= b), default=len(s.text))
    return s.text[lo:hi].strip()


def _mention(ag: _Agreement, spans: Sequence[tuple[int, int, int, int]] = ()) -> Mention:
    labels = sorted(ag.labels, key=lambda t: ((len(t[0]) if ag.short else -len(t[0])), t[1].line))
    best, s, a, b = labels[0]
    own = _own_words(ag, s, a, b, spans)
    # What the agreement funds: sums of money said in its other sentences ("Överenskommelsen för 2019
    # omfattade 1,9 miljarder kronor") join the description the figures are read from.
    seen = {id(s)}
    for _, t, x, y in sorted(ag.labels, key=lambda t: (t[1].line, t[2])):
        part = _own_words(ag, t, x, y, spans)
        if id(t) in seen or len(own) + len(part) > 1000:
            continue
        seen.add(id(t))
        if any(o[0] == "MSEK" for o in observations(part, None)):
            own = f"{own} {part}"
    if ag.titles:
        best = ag.titles[0]
    first = min(ag.labels, key=lambda t: (t[1].line, t[2]))
    src: Source = first[1].source(first[2], first[3], "överenskommelse")
    src = replace(src, trigger=clean(first[0])[:80])
    alts = [_label(t[0]) for t in labels]
    if ag.kind == "national" and ag.start:
        period = ag.start if ag.end in (None, ag.start) else f"{ag.start}–{ag.end}"
        alts.append(("Överenskommelserna " if ag.plural else "Överenskommelsen ") + period)
    if ag.kind == "series" and ag.start:
        alts.append(f"Överenskommelser sedan {ag.start}")
    if ag.kind == "contract" and (by_parties := _contract_name(ag)):
        alts.append(by_parties)
    if ag.kind in ("topic", "special"):
        # The same subject undated: another report's "Överenskommelsen om X" meets "Överenskommelsen om X 2019–2020".
        alts += [_label(_TOPIC_PERIOD.sub("", t[0])) for t in labels if not t[0].lower().startswith("särskild")]
    name = _label(best)
    years: tuple[int, ...] = ()
    if ag.start and ag.start[:4].isdigit():
        last = ag.end[:4] if ag.end and ag.end[:4].isdigit() else ag.start[:4]
        years = tuple(range(int(ag.start[:4]), int(last) + 1))
    # Parties as printed ("staten", "regeringen"): which the text names is the reader's evidence.
    actors = tuple(
        ActorRole(p, "party", ps.source(ps.text.find(p), ps.text.find(p) + len(p), p)) for p, ps in ag.parties
    )
    # A contract keeps its year, but no start: a layout's agreement "of the same years" is the
    # annual state agreement, never this one (see ``named_things.read_running_text``).
    # A subject's or a special agreement keeps its years too, but is never the layout's annual one.
    dated = ag.kind not in ("contract", "topic", "special")
    return Mention(
        kind="agreement",
        name=name,
        source=src,
        description=own if len(own) <= 1000 else s.quote(a, b),
        alt_names=tuple(dict.fromkeys(x for x in alts if x != name)),
        years=years,
        start=ag.start if dated else None,
        end=ag.end if ag.kind != "series" and dated else None,
        identifiers=tuple(ag.identifiers),
        actors=actors,
    )


def main_agreement(agreements: Sequence[Mention]) -> Mention | None:
    """The agreement a report is about: the national one it names most often (latest on ties)."""
    national = [
        m
        for m in agreements
        if m.start
        and m.end  # a series "sedan 2007" has no end
        and m.start[:4].isdigit()
        and not m.name.lower().startswith(("till", "särskild"))
    ]
    if not national:
        return None
    return max(national, key=lambda m: (len(m.alt_names), m.start or ""))


def tie(mentions: Sequence[Mention], agreements: Sequence[Mention], sents: Sequence[Sentence]) -> list[Mention]:
    """``mentions`` with a relation to the agreement their own sentence places them under.

    A sentence that says "inom ramen för överenskommelsen 2017", "finansierad med medel från
    Överenskommelsen om sjukskrivning …" or "genom en särskild överenskommelse" ties the things
    named in that sentence (their evidence starts in it) to that agreement.
    """
    if not agreements:
        return list(mentions)
    main = main_agreement(agreements)
    by_phrase: list[tuple[str, Mention]] = []
    for ag in agreements:
        for phrase in (ag.name, *ag.alt_names):
            by_phrase.append((phrase.lower(), ag))
    ties: dict[int, Mention] = {}  # sentence index -> agreement
    for n, s in enumerate(sents):
        for m in _NOUN.finditer(s.text):
            lead = s.text[max(0, m.start() - 60) : m.start()]
            if not _TIES.search(lead):
                continue
            phrase = s.text[m.start() : m.start() + 160].lower()
            target = next((ag for p, ag in by_phrase if phrase.startswith(p.lower()[:40])), None)
            if "särskild" in lead.lower():
                target = next(
                    (
                        ag
                        for ag in agreements
                        if ag.name.lower().startswith("särskild") and ag.source.line == s.line_at(m.start())
                    ),
                    target,
                )
            if target is None:
                target = next((ag for p, ag in by_phrase if p.lower() in s.text.lower()), None)
            target = target or main
            if target is not None:
                ties.setdefault(n, target)
    out: list[Mention] = []
    for item in mentions:
        target = None
        if item.kind not in ("agreement", "actor", "focus-area"):
            for n, ag in ties.items():
                s = sents[n]
                name = re.sub(r"\s+", " ", item.name).lower()
                if item.source.report == s.report and len(name) >= 3 and name in s.text.lower():
                    target = ag
                    break
        if target is not None:
            # The item's own sentence names its agreement: that wins over a report-wide default.
            kept = tuple(r for r in item.relations if r.relation != "agreement")
            item = replace(item, relations=(*kept, Relation("agreement", "agreement", target.name)))
        out.append(item)
    return out
