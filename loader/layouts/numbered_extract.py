"""Extracting named things from a segmented numbered report (:mod:`loader.layouts.numbered_segment`).

Agreements and focus areas (the agreement's areas are the headings of its largest chapter or
the headings an intro list repeats), products and initiatives named by headings, by cue nouns
of the ontology in running text ("skriften X", "projektet X", "nätverket X"), by quoted or linked
titles, by footnotes that give a page title and URL, and events with their dates. Every
mention's description is the sentences about it: its own section, or the sentences naming it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import cast

from loader.agreements import extract as read_agreements
from loader.agreements import main_agreement
from loader.grammar import (
    ADJECTIVE_ENDINGS,
    ADVERBS,
    ARTICLES,
    AUXILIARIES,
    COMPLEX_PREPOSITIONS,
    CONJUNCTIONS,
    DEFINITE_ENDINGS,
    DEMONSTRATIVES,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    PARTICLES,
    PREPOSITIONS,
    QUANTIFIERS,
    REFERENCE_WORDS,
    STRONG_VERBS,
    SUBJUNCTIONS,
    announces_parts,
    finite_verb,
    is_supine,
    month,
    named_part,
    with_next,
)
from loader.layouts.bullets import is_bullet, strip_bullet
from loader.layouts.numbered_segment import Heading, Parsed, Sentence, is_capitalised
from loader.layouts.numbered_words import (
    CONT_OK,
    NOT_NAME,
    STOP,
    agreement_noun,
    bare,
    definite_cue,
    is_event_word,
    is_organisation,
    low,
    method_cue,
    norm,
    organisation_share,
    refers_back,
    self_named,
    type_word,
    variant_noun,
    verb_form,
    work_noun,
)
from loader.layouts.numbered_words import cue as _cue
from loader.model import ActorRole, Mention, Relation, Source
from loader.named_things import cue_of
from loader.text import clean, fold, quote

__all__ = ["Extractor"]

# --------------------------------------------------------------------------- tables

#: Resource forms whose heading "Form för X" names one product by itself ("Webbverktyg för …",
#: "Metodstöd för …"): digital products and support material carry their form as their name,
#: while a report or course heading of that shape names a topic. Form codes, not words.
_PRODUCT_FORMS = frozenset({"metodstod", "webbverktyg", "webbutbildning", "e-tjanst", "app", "supportfunktion"})
#: "has made" verbs that introduce a product in a section's first sentence.
_MADE = re.compile(
    r"\b(?:utvecklat|utvecklats|tagit fram|tagits fram|ta fram|arbetat fram|förbättrat|reviderat|lanserat|publicerat)\b"
)
#: A sentence of figures about a population ("6,1 procent av alla barn", "ökade antalet besök"):
#: a rate or change together with a population noun.
_STATISTIC = re.compile(
    r"(?=.*(?:\d\s*(?:%|procent)|\bandel(?:en)?\b|\bantal(?:et)?\b|\b(?:ök|minsk)(?:ade|at|ning|ar)\b))"
    r"(?=.*\b(?:\w*patient\w*|barn|barnen|barnbefolkning\w*|unga|ungdomar\w*|elever\w*|invånar\w*"
    r"|befolkning\w*|\w*besök|\w*besöken|kontakter\w*|vårdtillfällen|sjukskrivning\w*|sjukfrånvaro\w*)\b)",
    re.IGNORECASE | re.DOTALL,
)
_YEAR = r"((?:19|20)\d\d)"
#: A publication series number: "SOU 2021:6", "Ds 2019:12".
_SERIES_NUMBER = re.compile(r"[A-ZÅÄÖ][A-Za-zÅÄÖ]{1,4}\.? (?:19|20)\d\d:\d{1,3}")
_DATE_RANGE = re.compile(r"\b(\d{1,2})\s+([a-zåäö]{3,9})\.?\s*[-–]\s*(\d{1,2})\s+([a-zåäö]{3,9})\.?\s+" + _YEAR)
_DATE = re.compile(r"\b(?:(\d{1,2})\s+)?([a-zåäö]{3,9})\.?,?\s+" + _YEAR)
_QUOTED = re.compile(r"[”\"“]\[?([^”\"“\]]{3,200}?)\]?(?:\(#\)|\([^)\s]*\))?[”\"“]")
_MDLINK = re.compile(r"\[([^\]]{2,200})\]\(([^)\s]*)\)")
_ANGLE_URL = re.compile(r"<(https?://[^>\s]+)>")
_BARE_DOMAIN = re.compile(r"\b(?:www\.)?([a-zåäö0-9-]+)\.(?:se|nu|com|org|net|health)\b", re.IGNORECASE)


@dataclass
class _Cand:
    kind: str
    name: str
    sentence: int  # index of the anchor sentence
    forms: set[str] = field(default_factory=set)
    urls: list[str] = field(default_factory=list)
    alt_names: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # extra descriptive text (footnote titles)
    code: str | None = None
    start: str | None = None
    end: str | None = None
    years: set[int] = field(default_factory=set)
    relations: list[Relation] = field(default_factory=list)
    actors: list[ActorRole] = field(default_factory=list)
    identifiers: list[str] = field(default_factory=list)
    whole_section: bool = False
    weak: bool = False  # read from a heading alone; yields to an explicit mention of another kind
    explicit: bool = False  # named outright ("kallad BCFPI", a method heading): short names are kept


# --------------------------------------------------------------------------- helpers


def _plain(text: str) -> str:
    """Markdown-like links and angle-bracket URLs as plain text."""
    text = _MDLINK.sub(lambda m: m.group(1), text)
    return clean(_ANGLE_URL.sub(lambda m: m.group(1), text))


def _not_name(word: str) -> bool:
    """A closed-class word or a known organisation ("Under", "Detta", "SKR"): never a name's first word."""
    return low(word) in NOT_NAME or is_organisation(word)


def _names_kind(text: str, kind: str) -> bool:
    """Whether a word of ``text`` is a cue noun of ``kind`` ("initiative", "event")."""
    return any((c := _cue(w)) is not None and c[0] == kind for w in text.split())


def _event_compound(word: str) -> bool:
    """A compound whose head is an event noun names its event ("Suicidpreventionskonferensen")."""
    found = cue_of(bare(word)) if is_event_word(word) else None
    if found is None or len(norm(word)) <= len(fold(found.noun)) + 2:
        return False
    # A plural names a kind of event ("SIP-möten", "Seminarierna"), not one event.
    noun, w = fold(found.noun), norm(word)
    plural = w.endswith(("er", "ar", "or", "na")) or (noun[-1:] in "aeiouy" and w.endswith(noun + "n"))
    return not plural


def _similar(a: str, b: str) -> float:
    ta = set(re.findall(r"\w+", fold(a)))
    tb = set(re.findall(r"\w+", fold(b)))
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / len(ta | tb)


def _stem_eq(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if a == b:
        return bool(a)
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) <= 3


def _name_key(name: str) -> str:
    key = fold(name)
    key = re.sub(r"\.(se|nu|com|org)\b", "", key)
    key = re.sub(r"^www\.", "", key)
    return re.sub(r"[^a-z0-9]+", "", key)


# --------------------------------------------------------------------------- extraction


#: Adjective and participle endings: "Elevhälsobaserad", "Systematisk", "Digitalt", "Förebyggande".
_ADJECTIVE = re.compile(r"(?:ad|ade|at|ande|ende|isk|iska|iskt|ell|ella|ellt|iv|iva|ivt|ig|iga|igt|al|ala|alt)$")


def _adjective_form_heading(title: str) -> tuple[str, str] | None:
    """A heading that names a product by an adjective and a form noun of the vocabulary: (name, form).

    "Elevhälsobaserad modell för psykisk hälsa", "Systematisk kartläggning av socialtjänster":
    the head noun decides the class (reading guide, "Form"), so the heading is a resource of that
    form. A qualifier after a dash ("Elevhälsobaserad modell för första linjen – pilot") says what
    happens to the product, it is not part of its name.

    >>> _adjective_form_heading("Elevhälsobaserad modell för första linjen – pilot")
    ('Elevhälsobaserad modell för första linjen', 'modell')
    >>> _adjective_form_heading("Tidiga insatser för barn och unga") is None
    True
    >>> _adjective_form_heading("Digitala utbildningar") is None
    True
    """
    base = re.split(r"\s[–-]\s", title, maxsplit=1)[0].strip()
    words = base.split()
    if len(words) < 2 or len(words) > 10 or not _ADJECTIVE.search(fold(words[0])) or not words[1][:1].islower():
        return None
    if len(words) > 2 and fold(words[2]) not in ("for", "i", "om", "av", "pa", "med", "inom", "kring", "till"):
        return None
    head = cue_of(words[1])
    if head is None or head.kind != "resource":
        return None
    singular = cue_of(words[1][:-2]) if re.search(r"(?:ar|er|or|na)$", words[1]) else None
    if singular is not None and singular.code == head.code:
        return None  # "Digitala utbildningar": a plural names a kind of thing, not one product
    return base, head.code


class Extractor:
    def __init__(self, p: Parsed) -> None:
        self.p = p
        self.cands: dict[tuple[str, str], _Cand] = {}
        self.order: list[tuple[str, str]] = []
        self.sent_starts = [s.start for s in p.sentences]
        self.known: dict[str, str] = {}  # folded name -> name as written (headings, captured names)
        self.agreement: str | None = None
        self.parts_said: list[tuple[_Cand, int]] = []  # parts named by a parts clause, with its sentence

    # -- candidates
    def add(self, kind: str, name: str, sentence: int, **kw: object) -> _Cand | None:
        name = clean(name).strip(" ,;:–-”\"“'[]()")
        if name.count("(") > name.count(")"):  # "Livslinjen (2022–2024": a period, cut at the sentence end
            name = name[: name.rindex("(")].rstrip()
        if not re.search(r"\w\.(nu|se|com)$", name):
            name = name.rstrip(". ")
        if (
            len(name) < 2
            or len(name) > (400 if kind == "focus-area" else 220)
            or not re.search(r"[A-Za-zÅÄÖåäö]", name)
        ):
            return None
        if name[0].islower():
            name = name[0].upper() + name[1:]
        key = (kind, _name_key(name))
        cand = self.cands.get(key)
        if cand is None:
            cand = _Cand(kind, name, sentence)
            self.cands[key] = cand
            self.order.append(key)
        elif name != cand.name and name not in cand.alt_names:
            cand.alt_names.append(name)
        for attr, value in kw.items():
            current = getattr(cand, attr)
            if isinstance(current, set):
                current.update(value if isinstance(value, set | list | tuple) else {value})
            elif isinstance(current, list):
                for v in value if isinstance(value, list | tuple) else [value]:
                    if v not in current:
                        current.append(v)
            elif current is None or current is False:
                setattr(cand, attr, value)
        self.known.setdefault(fold(name), name)
        return cand

    def sentence_at(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, offset) - 1, 0)

    # -- passes
    def run(self) -> list[Mention]:
        p = self.p
        if not p.sentences:
            return []
        for h in p.headings:
            if h.kind == "sub" or (h.number and h.number.count(".") >= 2):
                self.known.setdefault(fold(h.title), h.title)
        self.agreements()
        self.focus_areas()
        self.heading_products()
        self.cue_names()
        self.links_and_domains()
        self.footnote_products()
        self.links_and_domains(domains_only=True)
        self.listed_products()
        self.other_editions()
        self.container_products()
        self.link_parts()
        self.events()
        self.merge_by_url()
        self.merge_shortened()
        self.merge_subtitled()
        self.drop_cut_titles()
        self.merge_short_name_compounds()
        return self.mentions()

    def agreements(self) -> None:
        """The report's main agreement, read by :mod:`loader.agreements` from the whole text.

        Every agreement becomes a mention in the pipeline's agreement stage; the layout only
        needs the main one's name for its focus areas and items, and keeps a candidate for it
        so that the footnote links to the agreement's page land on it.
        """
        p = self.p
        main = main_agreement(read_agreements(p.doc))
        if main is None:
            return
        k = self.sentence_for_line(main.source.line)
        self.add(
            "agreement",
            main.name,
            k,
            start=main.start,
            end=main.end,
            years=set(main.years),
            identifiers=list(main.identifiers),
        )
        self.agreement = main.name

    def focus_areas(self) -> None:
        p = self.p
        numbered = [(h, h.number) for h in p.headings if h.kind == "numbered" and h.number]
        matched: list[Heading] = []
        for items in p.bullets:
            hits: list[Heading] = []
            for h, _ in numbered:
                best = max(items, key=lambda it: _similar(h.title, it[1]))
                if _similar(h.title, best[1]) >= 0.7:
                    hits.append(h)
            if len(hits) >= 3:
                matched = hits
                break
        if not matched:
            # the sections of the largest numbered chapter stand for the agreement's areas
            chapters = Counter(n.split(".")[0] for _, n in numbered if n.count(".") == 1)
            if chapters:
                top, n = chapters.most_common(1)[0]
                if n >= 5:
                    matched = [h for h, n in numbered if n.count(".") == 1 and n.split(".")[0] == top]
        for h in matched:
            k = self.sentence_for_line(h.line)
            self.add(
                "focus-area",
                h.title,
                k,
                code=h.number,
                whole_section=True,
                relations=[Relation("agreement", "agreement", self.agreement)] if self.agreement else [],
            )

    def sentence_for_line(self, line: int) -> int:
        for k, s in enumerate(self.p.sentences):
            if s.line >= line:
                return k
        return len(self.p.sentences) - 1

    def heading_products(self) -> None:
        for h in self.p.headings:
            if h.kind == "chapter" or (h.number and h.number.count(".") < 2):
                continue
            words = h.title.split()
            k = self.sentence_for_line(h.line)
            sec = [s for s in self.p.sentences if s.section >= 0 and self.p.headings[s.section] == h][:10]
            if re.search(r"\w\.(nu|se|com)\b", h.title):
                name = next(w for w in words if re.search(r"\w\.(nu|se|com)\b", w))
                if name == words[0] and len(words) > 1 and words[1] not in _DASHES:
                    # "Genombrott.nu i rättspsykiatri": the tool's use in a setting is a piece of work
                    # of its own, the tool keeps its name.
                    self.add("initiative", h.title, k, whole_section=True)
                    self.add("resource", name.strip(" -–"), k, forms={"webbplats"})
                    continue
                self.add("resource", name.strip(" -–"), k, forms={"webbplats"}, whole_section=True)
                continue
            first = type_word(words[0]) if words else None
            if first and len(words) >= 2 and is_capitalised(words[1]) and first[0] == "resource":
                self.add("resource", " ".join(words[1:]), k, forms={first[1]} - {""}, whole_section=True)
                continue
            bare = _cue(words[0]) if words else None
            if bare and bare[1] in _PRODUCT_FORMS and len(words) >= 3 and low(words[1]) in ("för", "i", "om"):
                self.add("resource", h.title, k, forms={bare[1]}, whole_section=True)
                continue
            if (
                h.kind == "sub"
                and bare
                and bare[0] == "resource"
                and bare[1]
                and len(words) >= 3
                and low(words[1]) in ("för", "i", "om", "av")
                and not _plural_form(words[0])
            ):
                # "Kartläggning av IPS": a form noun and its subject name the product the section
                # reports, unless the section names it otherwise ("rapporten ”Hur mår BUP”").
                if not self.names_own_product(sec[:3], bare[1]):
                    # "Kartläggning av rättspsykiatri avseende bland annat resurser": a qualifier after a
                    # preposition that opens no attribute says what the product covers; the rest names it.
                    cut = next((n for n, w in enumerate(words) if n > 2 and low(w) in STOP), None)
                    alt = [" ".join(words[:cut])] if cut else []
                    self.add("resource", h.title, k, forms={bare[1]}, whole_section=True, alt_names=alt)
                continue
            last = fold(words[-1]) if words else ""
            if sec and _joins_work(sec[0].text):
                # "Sedan 2019 har SKR deltagit i det arbete som Stockholm stad … bedriver": the heading names
                # a piece of work others run, whatever noun its title has
                self.add("initiative", h.title, k, whole_section=True)
                continue
            named = _adjective_form_heading(h.title)
            if named is not None:
                self.add("resource", named[0], k, forms={named[1]} - {""}, whole_section=True)
                continue
            if self_named(words[-1]) or last == "pilot" or fold(words[0]).startswith(("pilotprojekt", "projekt")):
                self.add("initiative", h.title, k, whole_section=True)
                continue
            # "Initiativet/Projektet …" in the first sentences of its section names the heading
            body = " ".join(s.text for s in sec)
            method = self.method_heading(h, sec)
            if method:
                name, form, alt = method
                self.add("resource", name, k, forms={form} - {""}, alt_names=alt, whole_section=True, explicit=True)
                continue
            if (
                fold(h.title) in fold(body)
                and re.search(r"(?:^|\.\s)(Initiativet|Projektet|Programmet)\b", body)
                and not re.search(r"\b(?:[Ii]nitiativet|[Pp]rojektet|[Pp]rogrammet)\s+[A-ZÅÄÖ]", body)
            ):  # a section that names its own project ("Projektet Trygg i skolan") is not about the heading
                self.add("initiative", h.title, k, whole_section=True, weak=True)
                continue
            if h.kind == "sub" and sec:
                cues = [
                    c
                    for c in (_cue(w) for w in sec[0].text.split())
                    if c and c[1] in ("supportfunktion", "app", "e-tjanst")
                ]
                # a section that names its app by its own title ("appen Andrum") is not about the heading
                if cues and not self.names_own_product(sec[:3], cues[0][1]):
                    self.add("resource", h.title, k, forms={cues[0][1]}, whole_section=True, weak=True)
                    continue
            if h.kind == "sub" and any(_work_begun(s.text) for s in sec[:6]):
                self.add("initiative", h.title, k, whole_section=True, weak=True)

    def names_own_product(self, sec: list[Sentence], form: str) -> bool:
        """Whether the sentences name a product of ``form`` by a title after its definite noun
        ("Arbetet finns redovisat i rapporten ”Hur mår BUP”")."""
        for s in sec:
            words = s.text.split()
            for w, nxt in pairwise(words):
                found = definite_cue(bare(w))
                if found and found[1] == form and (nxt[:1] in '”"“[' or is_capitalised(nxt)):
                    return True
        return False

    def method_heading(self, h: Heading, sec: list[Sentence]) -> tuple[str, str, list[str]] | None:
        """The product a heading names as a method, model or tool: (name, form, alternative names).

        "2.9.1 Riskorienterat arbetssätt" (a method noun ends it), "ReDO-metoden", "Samarbetsmodell
        Collaborative Care" (a model noun opens it), a heading the section calls by a method noun
        ("Arbetet kallas Riskorienterat arbetssätt", "i metoden kollegial handledning"), or a heading
        whose head noun the section's first sentence says was made ("har UPH utvecklat och förbättrat
        de mötescirklar som …").
        """
        words = h.title.split()
        if not words or len(words) > 8:
            return None
        first = fold(words[0])
        if method_cue(words[-1]) == "modell" and (len(words) == 1 or words[-1][:1].islower()):
            return h.title, "modell", []
        lead = method_cue(words[0])
        if lead and len(words) >= 2 and all(is_capitalised(w) for w in words[1:]):
            return " ".join(words[1:]), lead, [h.title]
        body = fold(" ".join(s.text for s in sec[:8]))
        title = re.escape(fold(h.title))
        m = re.search(rf"\b(\w+)[,:]?\s+{title}\b", body)
        if m:
            before = body[: m.start(1)].split()[-2:] if m.group(1).startswith("kalla") else [m.group(1)]
            cue = next((c for c in (method_cue(w) for w in reversed(before)) if c), None)
            if cue:
                return h.title, cue, []
        if h.kind == "sub" and sec and len(first) >= 6 and not _cue(words[0]):
            lead_sentence = sec[0].text
            made = _MADE.search(lead_sentence)
            after = lead_sentence[made.end() :].split()[:6] if made else []
            if len(after) >= 2 and definite_cue(bare(after[0])) and is_capitalised(after[1]):
                return None  # "utvecklat appen Andrum, ett självhjälpsstöd …": the made thing has a title
            if any(_stem_eq(words[0], w) and w[:1].islower() for w in after):
                return h.title, "", []
            # "Internetbaserat program …" / "ta fram ett internet-program": an adjective heading whose
            # head noun ends a compound the section says was made.
            head = norm(words[1]) if len(words) > 1 and _ADJECTIVE.search(first) and words[1][:1].islower() else ""
            if len(head) >= 4 and any(w[:1].islower() and norm(w).endswith(head) for w in after):
                return h.title, "", []
        return None

    def capture(self, words: list[str], i: int, allow_cue_start: bool = False, named: bool = False) -> str | None:
        """An unquoted name starting at ``words[i]``: a known name, or a capitalised phrase."""
        rest = " ".join(words[i:])
        frest = fold(rest)
        best = None
        for fk, name in self.known.items():
            if len(fk) >= 4 and frest.startswith(fk) and (len(frest) == len(fk) or not frest[len(fk)].isalnum()):
                if best is None or len(fk) > len(fold(best)):
                    best = rest[: len(name)]
        if best:
            # a heading's words may open a longer title: "rapporten Första linjen i elevhälsan – erfarenheter …"
            longer = _dash_title(words, i, named) if is_capitalised(words[i]) else None
            return longer if longer and len(longer) > len(best) and longer.startswith(best) else best
        if i >= len(words) or not is_capitalised(words[i]) or words[i].lstrip('”"“[(')[:1].isdigit():
            return None
        if _infinitive_title(words, i):
            return _infinitive_span(words, i)
        if _not_name(words[i]) and not _cued_function_word(words, i):
            return None
        titled = _dash_title(words, i, named)
        if titled:
            return titled
        out = [words[i]]
        if re.search(r"[,.;:!?)”\"]$", words[i]) and not re.search(r"\w\.(nu|se|com)$", words[i]):
            return words[i]
        for k, w in enumerate(words[i + 1 : i + 8], i + 1):
            nw = low(w)
            if nw in STOP and not (nw == "och" and allow_cue_start):
                break
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if nw in CONJUNCTIONS and nxt and finite_verb(low(nxt), low(words[k + 2]) if k + 2 < len(words) else ""):
                break  # "EuroHealthNet och deltog i …": "och" + a finite verb opens a new clause
            # a supine in -ats before a comma, without the auxiliary that stops the name first, is a
            # noun: "webbverktyget Friskare arbetsplats, som …"
            supine_noun = nw.endswith("ats") and re.search(r"[,.;:]$", w) is not None
            if verb_form(w, nxt) and nw not in CONT_OK and not supine_noun:
                break  # "Vuxenpsykiatrin i siffror 2025 redovisas …": the predicate ends the name
            if (
                w[:1].islower()
                and re.search(r"(ats|its|ades|ade|erar|ar)$", nw)
                and len(nw) > 4
                and not re.search(r"[,.;:]$", w)  # a verb takes a complement: "äldre dagar," ends a noun phrase
            ):
                break
            if nw in PARTICLES and w[:1].islower() and (not nxt or low(nxt) in STOP or not nxt[:1].isalpha()):
                break  # "togs filmserien Egen återhämtning fram tillsammans med …": the verb's particle
            if nw in CONT_OK and w == words[-1]:
                break
            glued = re.fullmatch(r"(.*[a-zåäö]{3})\d{1,2}[,.;:]?", w)
            if glued:  # "Mitt skolmående4, som …": a footnote number glued to the name's last word
                out.append(glued.group(1))
                break
            out.append(w)
            if re.search(r"[,.;:!?)”\"]$", w) and not re.search(r"\w\.(nu|se|com)$", w):
                break
        while out and low(out[-1]) in CONT_OK | STOP:
            out.pop()
        return " ".join(out) if out else None

    def title_case_name(self, words: list[str], i: int) -> str | None:
        """A name written in title case around its cue noun: "”Nationellt Programområde Psykisk Hälsa”".

        A capitalised cue noun inside a sentence, after capitalised words, is part of a name
        (capitals mark the name, not the sentence start); the name runs over the capitalised
        words on both sides.

        >>> from loader.layouts.numbered_segment import parse
        >>> from loader.model import Document, Line
        >>> words = "Om suicidprevention 2058 Rapport från SKR.".split()
        >>> Extractor(parse(Document("r", (Line(1, " ".join(words)),)))).title_case_name(words, 3) is None
        True
        """
        w = words[i]
        if not is_capitalised(w) or i == 0 or not is_capitalised(words[i - 1]) or _not_name(words[i - 1]):
            return None
        if words[i - 1].endswith(")"):
            return None  # "… försök (2047) Filmen riktar sig …": a closing bracket ends a title, not inside a name
        if definite_cue(w[:1].lower() + w[1:]) and i + 1 < len(words) and is_capitalised(words[i + 1]):
            return None  # "… Visby Poddserien Mellan raderna har": a definite head noun before its name opens a clause
        j = i - 1
        while (
            j > 0
            and is_capitalised(words[j - 1])
            and not _not_name(words[j - 1])
            and not re.search(r"[.,;:!?”\"]$", words[j - 1])
        ):
            j -= 1
        if j == 0 and not words[0].startswith(("”", '"', "“")):
            return None  # the run opens the sentence: its first capital may be the sentence's
        if all(re.fullmatch(r"(?:19|20)\d\d", x.strip(".,;:")) for x in words[j:i]):
            return None  # "… suicidprevention 2058 Rapport från SKR": a year opens no name
        if re.search(r"[.,;:!?”\"]$", " ".join(words[j:i])):
            return None
        end = i + 1
        # The name goes on over capitalised words and short connectors between them ("for", "för").
        while not re.search(r"[.,;:!?”\")]$", words[end - 1]) and end < len(words):
            nxt = words[end]
            if is_capitalised(nxt) and not nxt.startswith("("):
                end += 1
            elif len(nxt) <= 3 and end + 1 < len(words) and is_capitalised(words[end + 1]) and not _not_name(nxt):
                end += 1
            else:
                break
        name = " ".join(words[j:end]).strip(' ”"“.,;:')
        if any(x.isupper() and len(x) > 3 for x in words[j:end]) or end - j > 10:
            return None  # ALL CAPS is the typography of a title page or running head, not a name's capitals
        # "": an organisation the actor lexicon knows, read as an actor there, not a part of it.
        return "" if not name or is_organisation(name) else name

    def cue_names(self) -> None:
        # a footnote that titles the thing names it (footnote_products); a bare URL names nothing
        # A marker after a sentence's closing word and full stop ("… Region Sörmland.5") notes the whole
        # sentence, not a title in it.
        marker_offsets = [
            o
            for o, n in self.p.markers
            if ((note := self.p.footnotes.get(n)) is None or re.search(r"[A-Za-zÅÄÖåäö]{4,}", note.title))
            and not re.search(r"[a-zåäö]\.$", self.p.text[max(0, o - 2) : o])
        ]
        for k, s in enumerate(self.p.sentences):
            tokens = list(re.finditer(r"\S+", s.text))
            words = [re.sub(r"\]\([^)]*\)", "", t.group()).lstrip("[") for t in tokens]
            bare_subject = _bare_subject_title(words)
            if bare_subject is not None:  # "Samtalsguide vid återgång i arbete har fått …": a bare noun opens a title
                self.add(bare_subject[0], bare_subject[2], k, forms={bare_subject[1]} - {""})
            for i, w in enumerate(words[:-1]):
                part = w.strip(".,;:")
                if re.fullmatch(r"[A-ZÅÄÖ][\wÅÄÖåäö]*-[a-zåäö]+", part):
                    part_cue = _cue(part.rsplit("-", 1)[1])
                    if part_cue and part_cue[0] == "resource":
                        self.add("resource", part, k, forms={part_cue[1]} - {""})
                        continue
                at = s.start + tokens[i].end()
                j = bisect.bisect_right(marker_offsets, at)
                footnoted = j < len(marker_offsets) and marker_offsets[j] <= min(s.end, at + 250)
                cue = _cue(w)
                nxt = words[i + 1]
                if cue is None:
                    if variant_noun(w) and w[:1].islower() and (variant := self.appositive(words, i)):
                        # "togs en kortare version, Samtalsbryggan light, fram": a new version named
                        # in an appositive is a product of its own (its form comes from its own text)
                        self.add("resource", variant, k)
                        continue
                    if variant_noun(w) and w[:1].islower():
                        for version_name, version_forms in self.variant_names(words, i):
                            self.add("resource", version_name, k, forms=version_forms)
                    published = _published_title(words, i) or _made_title(words, i)
                    if published:
                        self.add("resource", published[0], k, forms={published[1]} - {""})
                    if norm(w) in ("kallat", "kallas", "kallad", "kallade") and i > 0:
                        back = [_cue(x) for x in words[max(0, i - 4) : i]]
                        cues = [c for c in back if c]
                        method = method_cue(words[i - 1])
                        if cues:
                            name = self.capture(words, i + 1)
                            if name:  # "kallad X" names it outright: a short name is kept
                                self.add(cues[-1][0], name, k, forms={cues[-1][1]} - {""}, explicit=True)
                        elif method:  # "En intervjumetod, kallad BCFPI, …"
                            name = self.capture(words, i + 1)
                            if name:
                                self.add("resource", name, k, forms={method}, explicit=True)
                    if (
                        self_named(w)
                        and i > 0
                        and is_capitalised(words[i - 1])
                        and not _not_name(words[i - 1])
                        and i - 1 > 0
                    ):
                        self.add("initiative", f"{words[i - 1]} {w}".strip(".,;:"), k)
                    continue
                kind, form = cue
                if kind in ("initiative", "event") and (named := _adjective_named(words, i)) is not None:
                    self.add(kind, named, k)
                    continue
                bare_named = _capitalised_bare_cue(words, i)
                if bare_named is not None:  # "deltar i Kraftsamling för psykisk hälsa, som …"
                    self.add(bare_named[0], bare_named[2], k, forms={bare_named[1]} - {""})
                    continue
                titled = self.title_case_name(words, i)
                if titled is not None:
                    if titled and kind != "event":
                        self.add(kind, titled, k, forms={form} - {""})
                    continue
                listed = _definite_plural_list(words, i) if kind != "event" else []
                if listed:  # "delarenorna Arena Arbetsliv, Arena Skola och Arena Civilsamhälle"
                    for item in listed:
                        self.add(kind, item, k, forms={form} - {""})
                    continue
                group = _group_name(words, i) if kind == "actor" else None
                if kind == "initiative":
                    group = _described_initiative(words, i)
                if group:
                    self.add(kind, group, k, forms={form} - {""})
                    continue
                if kind == "resource" and w[:1].islower() and low(nxt) in ("för", "om"):
                    product = _closing_appositive(words, i) or _made_product(words, i)
                    if product:
                        self.add("resource", product, k, forms={form} - {""})
                        continue
                if kind == "resource" and w[:1].islower():
                    described = _described_title(words, i)
                    if described:  # "… Kommunens roll i suicidprevention – en introduktion …, en skrift som …"
                        self.add("resource", described, k, forms={form} - {""})
                    appositive = self.appositive(words, i)
                    if appositive:
                        self.add("resource", appositive, k, forms={form} - {""})
                        continue
                if kind == "resource" and (complemented := self.complemented_appositive(words, i)):
                    self.add("resource", complemented, k, forms={form} - {""})
                    continue
                if re.search(r"[,.;:!?]$", w) or footnoted:
                    continue
                if tokens[i + 1].group().startswith(("”", '"', "“", "[", "<")):
                    continue  # quoted / linked titles are read by links_and_domains
                name = None
                series: list[str] = []
                if kind == "resource" and i + 3 < len(words) and _SERIES_NUMBER.fullmatch(f"{nxt} {words[i + 2]}"):
                    # "delbetänkandet SOU 2021:6 Rätt stöd till psykisk hälsa": a series number before the title
                    series, name = [f"{nxt} {words[i + 2]}"], self.capture(words, i + 3, named=True)
                elif is_capitalised(nxt) or re.search(r"\w\.(nu|se)\b", nxt):
                    name = self.capture(words, i + 1, named=kind == "resource")
                    clause = _clause_title(words, i + 1) if kind in ("resource", "initiative") else None
                    if clause and (not name or (clause.startswith(name) and len(clause) > len(name))):
                        name = clause  # "affischen Du är inte ensam, som …": a title worded as a clause
                    subject = _subject_title(words, i) if kind in ("resource", "initiative") else None
                    if subject and name and fold(name) in self.known and subject.startswith(name):
                        series = [subject]  # a heading's name stays the name, the subject's is another
                    elif subject and (not name or subject.startswith(name) or name.startswith(subject)):
                        name = subject
                    if name and kind == "resource" and self.bare_title_noun(words, i):
                        name = f"{w[0].upper()}{w[1:]} {name}"  # "Även webbutbildning SIP vuxen har reviderats"
                elif is_capitalised(w) and i > 0 and norm(nxt) in ("för", "om", "av") and kind == "initiative":
                    name = self.capture(words, i, allow_cue_start=True)
                if not name:
                    continue
                if kind == "event":
                    continue  # event names need a date or title: see events()
                forms = {form} - {""}
                after = i + 1 + len(name.split())
                if kind == "resource" and after < len(words) and words[after] in _DASHES:
                    forms = _part_forms(words, after) or forms  # "materialet X – en affisch och en film"
                rel: list[Relation] = []
                if norm(w).startswith(("delarena", "delprojekt")):
                    parent = self.parent_initiative(k, name)
                    if parent:
                        rel.append(Relation("part-of", "initiative", parent))
                made = self.add(kind, name, k, forms=forms, relations=rel, alt_names=series)
                if made and rel:
                    pc = self.cands.get(("initiative", _name_key(rel[0].target_name)))
                    if pc:
                        r = Relation("has-part", made.kind, made.name)
                        if r not in pc.relations:
                            pc.relations.append(r)
            part_at = named_part(s.text)
            if part_at is not None:
                # "Till guiden hör Checklista för det första återgångssamtalet.": the parts clause names a part
                for part_name in _named_parts(words[len(s.text[:part_at].split()) :]):
                    said = self.add("resource", part_name, k)
                    if said is not None:
                        self.parts_said.append((said, k))
            # "X är ett webbaserat stödmaterial" — the subject names a product
            m = re.match(r"^(.{2,80}?)\s+är\s+(?:ett|en)\s+((?:\S+\s+){0,2}\S+)", s.text)
            if m:
                # the head noun after at most two adjectives: "X är en ny vägledning för …"
                heads = m.group(2).split()
                head_at = next((n for n, x in enumerate(heads) if x[:1].islower() and _cue(x)), None)
                qualified = head_at is not None and all(
                    _ADJECTIVE.search(fold(x)) or low(x) in ("ny", "nytt") for x in heads[:head_at]
                )
                cue = _cue(heads[head_at]) if head_at is not None and qualified else None
                subject = m.group(1)
                if type_word(subject.split()[0]) and len(subject.split()) > 1:
                    subject = subject.split(" ", 1)[1]  # "Modellen Stegvis Start är en arbetsmodell"
                elif len(subject.split()) == 1 and refers_back(subject):
                    continue  # "Kartläggningen är en uppföljning av …": a definite noun alone refers back
                elif len(subject.split()) > 1 and definite_cue(subject.split()[-1]):
                    subject = subject.rsplit(" ", 1)[0]  # "Collaborative Care modellen är en …": the type after
                if (
                    cue
                    and cue[0] == "resource"
                    and is_capitalised(subject)
                    # a dash subtitle is part of the title: "Ledfyren – stöd för första linjens … är en …"
                    and len(subject.split()) <= (12 if re.search(r"\S\s[–—]\s\S", subject) else 6)
                    and not _not_name(subject.split()[0])
                ):
                    self.add("resource", subject, k, forms={cue[1]} - {""})

    def link_parts(self) -> None:
        """Each part a parts clause names is part of the product the clause refers back to, once every
        product of the report is read (a linked or footnoted title is read after the cue nouns)."""
        for part, k in self.parts_said:
            whole = self.referred_whole(self.p.sentences[k].text, k)
            if whole is None or whole is part:
                continue
            if (rel := Relation("part-of", "resource", whole.name)) not in part.relations:
                part.relations.append(rel)
            if (has := Relation("has-part", "resource", part.name)) not in whole.relations:
                whole.relations.append(has)

    def referred_whole(self, text: str, k: int) -> _Cand | None:
        """The product a parts clause refers back to by a definite noun ("Till guiden hör …", "Guiden består
        av …"): the latest resource named up to sentence ``k`` of the form that noun gives, or None."""
        m = re.match(r"\s*(?:(?:[Tt]ill|I)\s+)?(\w+)\b", text)  # "Till guiden hör …", "Guiden består av …"
        noun = _cue(m.group(1)) if m and refers_back(m.group(1)) else None
        if noun is None or noun[0] != "resource":
            return None
        before = [
            c
            for c in self.cands.values()
            if c.kind == "resource" and c.sentence <= k and k - c.sentence <= 3 and fold(c.name) not in fold(text)
        ]
        fitting = [c for c in before if not noun[1] or noun[1] in c.forms]
        return max(fitting, key=lambda c: c.sentence) if fitting else None

    def variant_names(self, words: list[str], i: int) -> list[tuple[str, set[str]]]:
        """Products a version noun ``words[i]`` names in other sentence shapes than a bare appositive:

        * "En lättare version av samtalsmodellen X, X bas, togs fram": the appositive after the parent's
          name names the version;
        * "Under 2047 kom X för förskolan, en version med bildkort …", "lanserades X för skolledare, en
          anpassad version för …": a version set off after its name by a comma and an indefinite article,
          named after a product the text already named;
        * "Som en fortsättning på X i hemtjänsten togs …": the product a continuation follows.

        A version is of its parent's form ("version av samtalsmodellen X" → a model): each name comes with
        the form the parent's cue noun or candidate gives.
        """
        found: list[tuple[str, set[str]]] = []
        nxt = low(words[i + 1]) if i + 1 < len(words) else ""
        if (named := _definite_variant_title(words, i)) is not None:
            found.append((named, set()))  # "kom fortsättningen X – steg 2, som riktar sig till …"
        if nxt in ("av", "på") and i + 2 < len(words):
            comma = next((n for n in range(i + 2, min(len(words), i + 6)) if words[n].endswith(",")), None)
            lead = _cue(words[i + 2]) if words[i + 2][:1].islower() else None
            start = i + 3 if lead else i + 2
            if comma is not None and (variant := self.appositive(words, comma)):
                # "version av samtalsmodellen X, X bas, togs fram"
                named = fold(" ".join(words[start : comma + 1]).rstrip(","))
                of = [c.forms for c in self.cands.values() if c.kind == "resource" and fold(c.name) == named]
                forms = {lead[1]} - {""} if lead and lead[0] == "resource" else set(of[0]) if of else set()
                found.append((variant, forms))
            if comma is None and start < len(words) and is_capitalised(words[start]) and not _not_name(words[start]):
                followed = self.capture(words, start)  # "en fortsättning på X i hemtjänsten togs …"
                if followed:
                    found.append((followed, set()))
        back = i - 1
        while back > 0 and _ADJECTIVE.search(fold(bare(words[back]))) and low(words[back]) not in ARTICLES:
            back -= 1  # "en anpassad version", "en lättare version"
        if back >= 1 and low(words[back]) in ("en", "ett") and words[back - 1].endswith(","):
            end = back - 1
            start = end
            while start > 0 and end - start < 6 and not re.search(r"[.,;:!?]$", words[start - 1]):
                if verb_form(words[start - 1], words[start]) or words[start - 1][:1].isdigit():
                    break
                start -= 1
            firsts = {fold(n.split()[0]) for n in self.known.values()}
            # "kom X för förskolan, en version med …": the version is named after a product named before
            start = next(
                (n for n in range(start, end + 1) if is_capitalised(words[n]) and fold(bare(words[n])) in firsts), 0
            )
            if start:
                parents = [
                    c for c in self.cands.values() if c.kind == "resource" and fold(c.name) == fold(bare(words[start]))
                ]
                found.append(
                    (" ".join(words[start : end + 1]).rstrip(","), set(parents[0].forms) if parents else set())
                )
        return found

    @staticmethod
    def bare_title_noun(words: list[str], i: int) -> bool:
        """Whether the form noun ``words[i]`` belongs to the title after it: a singular count noun with
        neither article nor definite ending cannot stand alone in a Swedish sentence ("Även webbutbildning
        SIP vuxen har reviderats"), so it is the title's first word, unlike "webbutbildningen SIP vuxen" or
        "en webbutbildning, SIP vuxen".

        >>> Extractor.bare_title_noun("Även webbutbildning SIP vuxen har reviderats".split(), 1)
        True
        >>> Extractor.bare_title_noun("Även webbutbildningen SIP vuxen har reviderats".split(), 1)
        False
        >>> Extractor.bare_title_noun("UPH har en webbutbildning SIP vuxen".split(), 3)
        False
        """
        w = bare(words[i])
        if _cue(w) is None or not w[:1].islower() or w != words[i] or definite_cue(w) or _plural_form(w):
            return False
        if i + 1 >= len(words) or not words[i + 1][:1].isalpha():
            return False  # "vård- och insatsprogram (VIP)": a bracket gives another name, not the title
        before = low(words[i - 1]) if i > 0 else ""
        if before in CONJUNCTIONS or (i > 0 and words[i - 1].endswith("-")):
            return False  # "vård- och insatsprogram": a coordinated compound, the noun is not alone
        genitive = (
            words[i - 1][:1].isupper() and before.endswith("s") and before not in NOT_NAME
        )  # "Kraftsamlingens handbok"
        return before not in ARTICLES | QUANTIFIERS | DEMONSTRATIVES | set(NUMBER_WORDS) and not (
            before and (_ADJECTIVE.search(fold(before)) or before.endswith(":s") or before[:1].isdigit() or genitive)
        )

    def appositive(self, words: list[str], i: int) -> str | None:
        """A title set off by commas after its cue noun: "togs en samtalsguide fram, Samtal efter
        suicidförsök – guide för första veckan, som används …".

        Only a title the text closes clearly: one with a dash subtitle, or a capitalised phrase
        followed by ", som" (a relative clause about the thing).
        """
        j = i + 1
        if not words[i].endswith(","):
            if j < len(words) and low(words[j]) in PARTICLES and words[j].endswith(","):
                j += 1
            else:
                return None
        if j >= len(words) or not is_capitalised(words[j]):
            return None
        if _not_name(words[j]) and not _infinitive_title(words, j):
            # "en tredje film, Den som blir kvar, som …", "en ny film, Efter ett försök – för skolan, som …":
            # after an indefinite head noun the commas bound the title, which may open with any word
            return _comma_bounded(words, j) if _indefinite_head(words, i) else None
        titled = _dash_title(words, j, named=True)
        if titled:
            return titled
        name = self.capture(words, j)
        if name and len(name.split()) >= 2:
            n = j + len(name.split())
            if words[n - 1].endswith(",") and n < len(words) and low(words[n]) in ("som", "vilken", "vilket"):
                return name
        return _comma_bounded(words, j)

    def complemented_appositive(self, words: list[str], i: int) -> str | None:
        """A title in apposition after its cue noun ``words[i]`` and the noun's short complement: "Vägledningen
        för första linjens mottagningar, Dörröppnaren (2049), har …" (a year in brackets after the title
        dates it and is no part of it). The complement is a preposition and a few words without a verb.
        """
        if i + 2 >= len(words) or low(words[i + 1]) not in ("för", "om", "till", "inom", "vid", "mot"):
            return None
        for c in range(i + 1, min(len(words) - 1, i + 7)):
            if c > i + 1 and (verb_form(words[c]) or low(words[c]) in SUBJUNCTIONS | AUXILIARIES | ADVERBS):
                return None
            if re.search(r"[.;:!?()”\"]$", words[c]):
                return None
            if words[c].endswith(","):
                named = self.appositive(words, c)
                if not named or organisation_share(named) > 0.5:
                    return None  # "En webbutbildning för personal, Region Skåne och SKR, har …": its makers
                return re.sub(r"\s*\((?:19|20)\d\d\)$", "", named)
        return None

    def parent_initiative(self, k: int, name: str) -> str | None:
        s = self.p.sentences[k]
        for (kind, _), cand in list(self.cands.items()):
            if kind == "initiative" and cand.name != name and fold(cand.name) in fold(s.text):
                return cand.name
        h = self.p.numbered_for(s.section)
        if h:
            c = self.cands.get(("initiative", _name_key(h.title)))
            if c:
                return c.name
        # a known initiative name in the sentence, even if not yet captured
        for fk, nm in self.known.items():
            if fk in fold(s.text) and fk != fold(name) and _names_kind(s.text, "initiative"):
                return nm
        return None

    def footnote_products(self) -> None:
        p = self.p
        for offset, number in p.markers:
            note = p.footnotes.get(number)
            if note is None:
                continue
            k = self.sentence_at(offset)
            s = p.sentences[k]
            before = p.text[max(s.start, offset - 300) : offset]
            title = note.title
            ftitle = fold(title)
            # A note naming an agreement documents the agreement (read by the agreement reader), no
            # product: with its page, or cited without one where the text before the marker names an
            # agreement ("den tvååriga överenskommelsen ”X”¹") or the note's subtitle says what it is
            # ("X 2053–2054 – överenskommelse mellan staten och …, dnr …").
            agreement_note = "overenskommelse" in ftitle and (
                bool(note.urls)
                or "overenskommelse" in fold(" ".join(before.split()[-8:]))
                or re.search(r"(?:^|\s[–—-]\s+)(?:en\s+)?\w*overenskommelse", ftitle) is not None
            )
            if agreement_note:
                if self.agreement:
                    self.cands[("agreement", _name_key(self.agreement))].urls.extend(
                        u for u in note.urls if u not in self.cands[("agreement", _name_key(self.agreement))].urls
                    )
                continue
            words = title.split()
            if len(words) >= 3 and refers_back(words[0]) and verb_form(words[1], words[2]):
                # "Webbinariet finns inspelat på …": a note that goes on about the thing its marker follows
                # (a definite noun or pronoun and a finite verb) is a comment, not the title of a page
                continue
            if low(words[0]) in REFERENCE_WORDS if words else False:
                # "Se även rapporten Tvångsvård i siffror 2028 (Socialstyrelsen).": a cross-reference names
                # the work after its cue noun; the publisher in brackets is no part of the title
                named = None
                for j, w in enumerate(words[1:-1], 1):
                    found = _cue(w) if w[:1].islower() else None
                    if found and found[0] == "resource" and words[j + 1][:1].isupper():
                        named = self.capture(words, j + 1, named=True)
                        if named:
                            self.add("resource", named.split(" (")[0].rstrip(" .,;"), k, forms={found[1]} - {""})
                        break
                if named and not note.urls:
                    continue
            page_title, type_cue = _footnote_title(title)
            if re.match(r"(Se|Läs|Jfr)\b", page_title) or len(re.findall(r"[A-Za-zÅÄÖåäö]{4,}", page_title)) < 1:
                page_title = ""
            bwords = before.split()
            last_words = " ".join(bwords[-6:])
            kind = "resource"
            form = type_cue[1] if type_cue and type_cue[0] == "resource" else ""
            # The noun the marker is glued to says what the page is about: "… digitala ”Öppna samordnings-
            # möten”3" → a meeting series (an event noun of the ontology, pg:Event pg:cueNoun).
            anchor = re.sub(r"[^\wåäöÅÄÖ-]", "", bwords[-1]).rsplit("-", 1)[-1] if bwords else ""
            anchor_cue = cue_of(anchor) if len(anchor) > 3 else None
            if (
                (type_cue and type_cue[0] == "event")
                or _names_kind(" ".join(bwords[-2:]), "event")
                or fold(page_title).endswith(" dag")
                or (anchor_cue is not None and anchor_cue.kind == "event")
            ):
                kind = "event"
            elif not (type_cue and type_cue[0] == "resource") and _names_kind(last_words, "initiative"):
                kind = "initiative"
            name = self.name_before(before, page_title) if note.urls else None
            if name is None:
                known = self.known_prefix(page_title)
                name = known or (page_title if note.urls and is_capitalised(page_title) else None)
            if name is None and note.urls and page_title:
                head = page_title.split()[0]
                if len(head) >= 6 and any(_stem_eq(head, w) for w in p.text[max(0, offset - 500) : offset].split()):
                    name = head
            if name is None and not note.urls:
                # reference notes without URL: a quoted or italic title after a cue noun
                q = re.search(r"[”\"*]([^”\"*]{6,200})[”\"*]", title)
                cues = [c for c in (_cue(x) for x in bwords[-5:]) if c and c[0] == "resource"]
                # "SKR (2050). Första linjen 2050 – tio år av uppföljning.": an author and year open a
                # reference, whose title follows them (the cue noun before the marker may be the title's own)
                ref = _reference_title(title)
                if q and (cues or kind == "resource"):
                    name = q.group(1)
                    form = cues[-1][1] if cues else "rapport"
                elif cues and is_capitalised(title) and len(title) < 150 and ref is None:
                    name = re.split(r"[.,]\s", title)[0]
                    form = cues[-1][1]
                elif ref is not None:
                    name, form = ref
                    published = re.findall(r"\b((?:19|20)\d\d)\b", name)
                    if len(published) == 1:  # "Folkhälsans utveckling – årsrapport 2019": the title's year
                        self.add("resource", name, k, years={int(published[0])})
                elif bwords:
                    tail = self.known_suffix(before)
                    if tail:
                        c = self.cands.get(("resource", _name_key(tail)))
                        if c:
                            c.extra.append(title)
                    continue
            if name is None and note.urls and kind == "resource" and (sub := _subtitled_subject(before)):
                name, form = sub  # "Primärvårdens psykiska hälsa 2034 – en nulägesbeskrivning3 kartlägger …"
            if name is None and note.urls and kind == "resource":
                # The marker ends a described product: "tagit fram en kortfattad vägledning för samtal
                # med barn om självskada³" names it by its cue noun and what follows up to the marker.
                for j in range(len(bwords) - 1, max(len(bwords) - 12, 0) - 1, -1):
                    found = _cue(bwords[j]) if bwords[j][:1].islower() else None
                    if found is None:
                        continue
                    phrase = bwords[j:]
                    if (
                        found[0] == "resource"
                        and 3 <= len(phrase)
                        and low(phrase[1]) in CONT_OK
                        and not any(re.search(r"[.;:!?]$", x) for x in phrase[:-1])
                    ):
                        name, form = " ".join(phrase), found[1]
                    break
            if not name:
                continue
            if fold(name.split()[0]).startswith("overenskommelse"):
                # "Överenskommelsen om … 20341" with a note giving the decision's number and page:
                # the note documents the agreement (read by the agreement reader), it names no product.
                agreement = self.cands.get(("agreement", _name_key(name)))
                if agreement is not None:
                    agreement.urls.extend(u for u in note.urls if u not in agreement.urls)
                continue
            if kind == "resource" and not form:
                n = len(name.split())
                lead = _cue(bwords[-n - 1]) if len(bwords) > n else None
                form = lead[1] if lead and lead[0] == "resource" else ""
            # A page the report cited before for a thing of another kind is that thing ("inom Öppen
            # samordning för psykisk hälsa20", the meeting series of an earlier footnote).
            # Unless the footnote itself says what it is ("seminariet X" beside a heading product X).
            if not type_cue:
                kind = next(
                    (kd for kd in ("event", "initiative", "resource") if (kd, _name_key(name)) in self.cands), kind
                )
            cand = self.add(kind, name, k, forms={form} - {""}, urls=list(note.urls))
            if cand is not None:
                if (
                    note.urls
                    and page_title
                    and _name_key(page_title) != _name_key(cand.name)
                    and is_capitalised(page_title)
                ):
                    if page_title not in cand.alt_names and kind != "event":
                        cand.alt_names.append(page_title)
                if not note.urls and title not in cand.extra:
                    cand.extra.append(title)

    def name_before(self, before: str, title: str) -> str | None:
        """The longest run of words just before a marker that also occurs in the footnote title."""
        known = self.known_suffix(before)
        if known:
            return known
        bw = before.split()
        tw = title.split()
        best: list[str] = []
        for n in range(1, min(len(bw), 40) + 1):
            run = bw[-n:]
            ok = any(all(_stem_eq(run[j], tw[t + j]) for j in range(n)) for t in range(len(tw) - n + 1))
            if not ok:
                break
            best = run
        while best and type_word(best[0]) and len(best) > 1:
            best = best[1:]
        n = len(best)
        if best and not is_capitalised(best[0]) and n < len(bw) and n >= 0.75 * len(tw):
            prev = bw[-n - 1]
            if is_capitalised(prev) and not _not_name(prev):
                best = [prev, *best]
        if best and is_capitalised(best[0]) and not _not_name(best[0]):
            return " ".join(best).rstrip(":,")
        # "… är Fem skäl att avstå från narkotika⁳⁹", "tagit fram Samhällets erbjudande om …⁴⁰"
        for i in range(len(bw) - 1, max(len(bw) - 11, 0) - 1, -1):
            lead = low(bw[i - 1]) if i > 0 else ""
            if (
                is_capitalised(bw[i])
                and not _not_name(bw[i])
                and (lead in ("är", "fram") or (i > 0 and type_word(bw[i - 1])))
            ):
                run = bw[i:]
                # "Det bygger på projektet X och riktar sig till rektorer …³": a coordinating "och" before a
                # finite verb opens a second clause, so the marker notes the sentence, not a title ending there
                clause = any(
                    low(a) in CONJUNCTIONS and verb_form(b, c)
                    for a, b, c in zip(run, run[1:], [*run[2:], ""], strict=False)
                )
                if not clause and not any(re.search(r"[.;:!?]$", w) for w in run[:-1]):
                    return " ".join(run).rstrip(":,")
                break
        return None

    def known_suffix(self, before: str) -> str | None:
        fb = fold(re.sub(r"\]\([^)]*\)", "", before).replace("[", "")).rstrip(' .,:;”"')
        best = None
        for fk, name in self.known.items():
            if len(fk) >= 4 and fb.endswith(fk) and (len(fb) == len(fk) or not fb[-len(fk) - 1].isalnum()):
                if best is None or len(fk) > len(fold(best)):
                    best = name
        if best and len(best.split()) > 1 and type_word(best.split()[0]):
            best = " ".join(best.split()[1:])
        return best

    def known_prefix(self, title: str) -> str | None:
        ft = fold(title)
        best = None
        for fk, name in self.known.items():
            if (
                len(fk) >= 6
                and ft.startswith(fk)
                and (len(ft) == len(fk) or re.match(r"\s[a-z]", title[len(fk) : len(fk) + 2]))
            ):
                if best is None or len(fk) > len(fold(best)):
                    best = name
        return best

    def links_and_domains(self, domains_only: bool = False) -> None:
        p = self.p
        for k, s in enumerate([] if domains_only else p.sentences):
            text = s.text
            last_end, last_cue = -1, cast(tuple[str, str] | None, None)
            for m in _QUOTED.finditer(text):
                title = m.group(1).strip()
                inherited = (
                    last_cue
                    if last_end >= 0 and re.fullmatch(r"\s*(samt|och|,)\s*", text[last_end : m.start()])
                    else None
                )
                last_end = m.end()
                if not is_capitalised(title) or "överenskommelse" in fold(title).replace("overens", "överens"):
                    continue
                if "överenskommelse" in title.lower():
                    continue
                pre = text[max(0, m.start() - 90) : m.start()].split()[-7:]
                if pre and agreement_noun(pre[-1]):
                    continue  # "den tvååriga överenskommelsen ”X”": an agreement's title, read as the agreement
                post = text[m.end() : m.end() + 50].split()[:5]
                cue = inherited or _head_cue(pre)
                if cue is None and re.search(r"\s[–-]\s*$", text[: m.start()]):
                    # "projektet mellan A, B, C och andra aktörer - ”Effektiv folkhälsa …”": a dash sets the
                    # title after its head noun, which may stand further back in the same clause.
                    clause = re.split(r"[.;:!?]\s", text[max(0, m.start() - 200) : m.start()])[-1].split()[-16:]
                    heads = (_cue(x) for x in reversed(clause) if x[:1].islower())  # not a name's part
                    cue = next((c for c in heads if c and c[0] != "actor"), None)
                if cue is None:
                    cue = next((c for c in (_cue(x) for x in post) if c and "är" in [norm(y) for y in post]), None)
                if cue is None:
                    cue = _appositive_cue(text[m.end() :]) or _title_head_cue(title)
                if cue is None and len(_QUOTED.findall(text)) == 1:
                    cue = self.variant_cue(title) or self.next_sentence_cue(k, title)
                last_cue = cue
                if cue is None:
                    continue
                kind, form = cue
                if kind == "event":
                    continue
                link = _MDLINK.search(m.group(0))
                urls = [link.group(2)] if link and link.group(2).startswith("http") else []
                # a year in brackets right after a title is its year of publication: "”Fråga mig” (2036)"
                dated = re.match(r"\s*\(((?:19|20)\d\d)\)", text[m.end() :]) if kind == "resource" else None
                years = {int(dated.group(1))} if dated else set()
                self.add(kind, title, k, forms={form} - {""}, urls=urls, years=years)
            for m in _MDLINK.finditer(text):
                label, url = m.group(1).strip(), m.group(2)
                inside_quote = text[max(0, m.start() - 1) : m.start()] in ("”", '"', "“")
                if not inside_quote and re.fullmatch(r"[a-zåäö][a-zåäö-]{7,}", label) and not _cue(label):
                    self.link_to_heading_product(label, url, k)  # "[mötescirkeln](#)"
                    continue
                domain = bool(_BARE_DOMAIN.fullmatch(label))  # a web address is a name in any case
                if inside_quote or not (is_capitalised(label) or domain) or "överenskommelse" in label.lower():
                    continue
                pre = text[max(0, m.start() - 60) : m.start()].split()[-3:]
                cue = next((c for c in (_cue(x) for x in reversed(pre)) if c), None)
                urls = [url] if url.startswith("http") else []
                if _names_kind(label, "event"):
                    continue  # read with its date by events()
                clause = any(verb_form(w) for w in label.split()[1:]) and " – " not in label
                if cue is None and " " in label and not is_organisation(label) and not clause:
                    # "gav UPH ut [Ingångskartan – vägar …](#). Skriften beskriver …": a linked title whose
                    # kind an appositive after it or the next sentence's referring noun gives, as for
                    # a quoted title; a link label worded as a clause ("Hela översikten finns att ladda
                    # ner här") is a link's text, no title
                    cue = _appositive_cue(text[m.end() :]) or self.next_sentence_cue(k, label)
                registered = re.match(r"\s*\(([A-ZÅÄÖ]{2,5}\s+dnr\s+[\d/]+)", text[m.end() :])
                if cue is None and registered and not _cue(label.split()[0]):
                    # "[Landstingens och regioners system för kunskapsstyrning](#) (SKL dnr 17/00003, …)": a
                    # linked name with its registration number is a decided undertaking of its own.
                    self.add("initiative", label, k, urls=urls, identifiers=[registered.group(1)])
                    continue
                if cue is None and not (" " not in label and len(label) >= 8 and re.search(r"[a-zåäö]", label[1:])):
                    continue
                if cue is None and is_organisation(label):
                    continue  # "i samråd med [Socialstyrelsen](#)": a linked organisation is an actor (lexicon)
                if cue is not None and cue[0] == "event":
                    continue
                kind, form = cue if cue else ("resource", "")
                if _cue(label.split()[0]) and len(label.split()) < 3:
                    continue  # "[Tre rapporter](#)", "[webbutbildning](#)"
                self.add(kind, label, k, forms={form} - {""}, urls=urls)
            for m in _ANGLE_URL.finditer(text):
                pre = text[max(0, m.start() - 40) : m.start()].split()[-2:]
                cue = next((c for c in (_cue(x) for x in reversed(pre)) if c), None)
                if cue and cue[0] == "resource":
                    host = re.sub(r"^www\.", "", m.group(1).split("/")[2])
                    self.add("resource", host, k, forms={cue[1]} - {""}, urls=[m.group(1)])
        # bare domains ("www.familjehemsverige.se") and <url>s attach to the product of that name
        for k, s in enumerate(p.sentences):
            for m in _BARE_DOMAIN.finditer(s.text):
                if s.text[max(0, m.start() - 3) : m.start()].endswith(("//", "/")):
                    continue
                key = _name_key(m.group(1))
                attached = False
                for (kind, ck), cand in self.cands.items():
                    if ck == key and kind == "resource":
                        attached = True
                        host = m.group(0)
                        url = f"http://{host}"
                        if not any(host.lower() in u.lower() for u in cand.urls):
                            cand.urls.append(url)
                if not attached and not domains_only:
                    self.made_site(k, s.text, m)

    def variant_cue(self, title: str) -> tuple[str, str] | None:
        """The kind of a title that extends a product's name already read by a short qualifier: an edition
        or version of it ("”Ungkompassen 18+”" after "”Ungkompassen”", "”Stödet 2.0”"). Its form is what its
        own text says (reading guide: a part or version inherits no form), not its original's."""
        for (kind, _), cand in self.cands.items():
            rest = title[len(cand.name) :].split() if title.startswith(cand.name + " ") else []
            if kind == "resource" and 1 <= len(rest) <= 2 and not any(low(w) in STOP | CONT_OK for w in rest):
                return ("resource", "")
        return None

    def next_sentence_cue(self, k: int, title: str) -> tuple[str, str] | None:
        """The kind the next sentence of the same paragraph gives a title named without a cue noun, when it
        opens by referring back to it: with a definite cue noun ("… publicerade SKR ”X”, som visar …
        Rapporten lanserades …") or with the title and a predicate noun ("X är ett digitalt verktyg …")."""
        p = self.p
        if k + 1 >= len(p.sentences):
            return None
        here, nxt = p.sentences[k], p.sentences[k + 1]
        if nxt.section != here.section or "\n" in p.text[here.end : nxt.start]:
            return None
        words = nxt.text.split()
        if not words:
            return None
        if refers_back(words[0]) and low(words[0]) not in DEMONSTRATIVES:
            found = _cue(words[0])
        elif nxt.text.startswith(title + " "):
            after = nxt.text[len(title) :].split()
            # "X är ett (digitalt) verktyg": the predicate's head noun within three words of "är"
            found = None
            if after[:1] == ["är"] and len(after) >= 3 and low(after[1]) in ARTICLES:
                found = next((c for c in (_cue(w) for w in after[2:5]) if c), None)
        else:
            return None
        return found if found is not None and found[0] in ("resource", "initiative") else None

    def made_site(self, k: int, text: str, m: re.Match[str]) -> None:
        """A web address given for a site the sentence says was made: "en ny webbsida tagits fram och
        finns på www.psykreg.se" names the site by its address, and so does the address where the text
        says things are to be found ("Filmerna finns publicerade på www.uppdragpsykiskhalsa.se")."""
        before = text[: m.start()]
        clause = re.split(r"[.;:!?]\s", before)[-1]
        if re.search(r"\bfinns\b[^.;:]{0,40}\bpå\s+$", clause):
            # "Webbinarierna … finns på uppdragpsykiskhalsa.se": the address where things are kept is a site;
            # but an address with a path ("X finns på www.site.se/x") is the page of the thing, no site named
            if re.match(r"/\S", text[m.end() :]):
                return
            host = re.sub(r"^www\.", "", m.group(0), flags=re.IGNORECASE)
            self.add("resource", host, k, forms={"webbplats"}, urls=[f"http://{m.group(0)}"])
            return
        cues = [c for c in (_cue(w) for w in clause.split()[-12:]) if c]
        if not cues or cues[-1][0] != "resource" or cues[-1][1] not in ("webbplats", "webbverktyg", "e-tjanst"):
            return
        if not _MADE.search(clause) and not re.search(r"\b(?:tagits|togs) fram\b", clause):
            return
        host = re.sub(r"^www\.", "", m.group(0), flags=re.IGNORECASE)
        self.add("resource", host, k, forms={cues[-1][1]}, urls=[f"http://{m.group(0)}"])

    def link_to_heading_product(self, label: str, url: str, k: int) -> None:
        """A lower-case linked word ("[mötescirkeln](#)") is another name of the product a heading
        names with the same stem ("Mötescirklar SIP")."""
        stem = fold(label)[:7]
        for cand in self.cands.values():
            first = fold(cand.name.split()[0])
            if cand.kind == "resource" and cand.whole_section and first[:7] == stem and len(first) >= 7:
                alt = label[0].upper() + label[1:]
                if alt != cand.name and alt not in cand.alt_names:
                    cand.alt_names.append(alt)
                if url.startswith("http") and url not in cand.urls:
                    cand.urls.append(url)
                return

    def events(self) -> None:
        p = self.p
        for k, s in enumerate(p.sentences):
            if not _names_kind(s.text, "event"):
                continue
            start, end = _dates(s.text)
            name = None
            m = re.search(r"\b(?:med|på|hade)\s+temat?:?\s+(.+?)(?:\s+med\s+\S+\s+\d|[.;]\s|$)", s.text)
            if m and is_capitalised(m.group(1)):
                name = m.group(1).strip(' .”"')
            elif m and m.group(1).startswith(("”", '"', "“")):
                # A quoted theme is the event's title whatever its case: med tema ”effektivare vård …”.
                quoted = re.match(r"[”\"“]([^”\"“]{3,200})[”\"“]", m.group(1))
                name = quoted.group(1) if quoted else None
            q = re.search(r"(?:rubriken|titeln|namnet)\s+[”\"“]([^”\"“]{5,200})[”\"“]", s.text)
            if q:
                name = q.group(1)
            if name is None:
                # An unnamed series named by its subject: "tre webbinarier om SIP, med tre olika
                # teman", "tre webbinarier kring psykiatrisk tvångsvård där …" → "Webbinarier om SIP".
                series = _SERIES.search(s.text)
                if series and not is_event_word(series.group(1)):
                    series = None
                if series and re.match(r"[^.;:!?]*:(?:\s|$)", s.text[series.end() :]):
                    # "Under hösten genomfördes tre webbinarier om skolfrånvaro:" then a table or list of
                    # them: the members it announces are the events, the count a generic plural
                    series = None
                if series:
                    name = f"{series.group(1).capitalize()} {series.group(2)} {series.group(3).strip()}"
            if name is None:
                # Sentence-first words are capitalised by grammar ("Seminarierna …"), not as names.
                # After an article it is one of a kind ("vid ett SIP-möte"), unless linked or quoted.
                tokens = s.text.split()
                for i, (w, before) in enumerate(zip(tokens[1:], tokens, strict=False), 1):
                    generic = low(before) in ARTICLES and not w.startswith(("[", "”", '"'))
                    numbered = _numbered_events(tokens, i) if is_capitalised(w) and not generic else []
                    if numbered and (_event_compound(w) or is_event_word(w)):
                        # "arrangerat Lärandeseminarium 1 och Lärandeseminarium 2": numbered holdings of
                        # one series, each an event of its own with its number in its name (the capital
                        # inside the sentence marks the title)
                        name = numbered[0]
                        for other in numbered[1:]:
                            self.add("event", other, k, start=start, end=end)
                        break
                    if is_capitalised(w) and _event_compound(w) and not _not_name(w) and not generic:
                        if i + 1 < len(tokens) and not re.search(r"[,.;:!?)]$", w) and is_capitalised(tokens[i + 1]):
                            # "på Lärandeseminarium Kvarnhjulet 1": a name goes on after the compound, so
                            # the compound alone is a cut name, never emitted (precision guard)
                            continue
                        name = re.sub(r"^\[|\]\(.*$", "", w).strip('.,;:()[]”"')
                        break
                    if not generic and is_capitalised(w) and not _not_name(w):
                        titled = self.event_title(tokens, i)
                        if titled:
                            name = titled
                            break
            if name is None:
                # "vid konferensen Mental Health Europe i Bryssel i oktober 2019", "Konferensen Första
                # linjen 2022 samlade …": a definite event noun before a capitalised name; the date
                # after the name is not part of it.
                words = [bare(w) if w.startswith("[") else w for w in s.text.split()]
                for i, w in enumerate(words[:-1]):
                    definite = is_event_word(w) and definite_cue(w[0].lower() + w[1:])
                    if not definite or not is_capitalised(words[i + 1]):
                        continue
                    if i > 0 and w[:1].isupper():
                        continue  # a capitalised event noun inside a sentence is part of a name
                    named = self.capture(words, i + 1, named=True)
                    after = i + 1 + len(named.split()) if named else 0
                    if named and after < len(words) and re.fullmatch(_YEAR, words[after].rstrip(".,;:")):
                        # "konferensen Psykisk hälsa i hela livet 2028 hölls": a known series name and
                        # the year of this holding
                        named = f"{named} {words[after].rstrip('.,;:')}"
                    if named:
                        nw = named.split()
                        cut = next((n for n, x in enumerate(nw) if n and month(bare(x))), None)
                        # "Nordic Youth Mental Health 2027 i Köpenhamn": a year closes the name, the place follows
                        held = next(
                            (n for n in range(1, len(nw) - 1) if re.fullmatch(_YEAR, nw[n - 1]) and nw[n] == "i"),
                            None,
                        )
                        if held is not None and is_capitalised(nw[held + 1]):
                            cut = held if cut is None else min(cut, held)
                        parts = nw[:cut]
                        while parts and low(parts[-1]) in CONT_OK:
                            parts.pop()
                        name = " ".join(parts) or None
                    break
            if name is None and start:
                # Capitalised words before a dated event noun name it ("IIMHL och IIDLs ledarutbyte").
                for m2 in re.finditer(r"((?:[A-ZÅÄÖ][\w:]*\s+(?:och\s+)?)+)(?:\([^)]*\)\s+)?([a-zåäö]\w*)", s.text):
                    if is_event_word(m2.group(2)) and m2.start() > 0:
                        name = clean(f"{m2.group(1)} {m2.group(2)}")
                        break
            if not name or len(name) > 200:
                continue
            if m and any(c.kind == "event" and c.sentence == k for c in self.cands.values()):
                continue  # the theme of an event already named by its footnote
            cand = self.add("event", name, k, start=start, end=end)
            if cand and start and not cand.start:
                cand.start, cand.end = start, end
        self.themes()
        self.dated_events()
        self.listed_events()
        # footnote-named events get a date from their sentence
        for cand in self.cands.values():
            if cand.kind == "event" and not cand.start:
                st, en = _dates(p.sentences[cand.sentence].text)
                cand.start, cand.end = st, en

    def dated_events(self) -> None:
        """Events named by a proper name in a dated sentence.

        A sentence that opens with a full date and inverts its word order puts the event, a
        capitalised name, right after the verb: "Den 3 december 2024 arrangerades Kraftsamlingsdagen
        2024 i Göteborg …" (the place after "i" is no part of the name). An event of a dated sentence
        held "i samband med" a capitalised name was held on that occasion, an event too: "… konferensen
        X i samband med Världsdagen för suicidprevention".
        """
        for k, s in enumerate(self.p.sentences):
            start, end = _dates(s.text)
            if not start or len(start) < 10:
                continue  # a day, not only a month
            words = s.text.split()
            lead = _DATED_LEAD.match(s.text)
            if lead:
                i = len(lead.group(0).split())
                if i + 1 < len(words) and verb_form(words[i], words[i + 1]) and self._proper(words[i + 1]):
                    name = _event_name(words, i + 1)
                    if name:
                        self.add("event", name, k, start=start, end=end)
            if not _names_kind(s.text, "event"):
                continue
            for m in re.finditer(r"\bi samband med\s+", s.text):
                j = len(s.text[: m.end()].split())
                if j < len(words) and self._proper(words[j]):
                    name = _event_name(words, j)
                    if name:
                        self.add("event", name, k, start=start, end=end)

    def other_editions(self) -> None:
        """Other editions of a yearly product the report names: a title the text writes as a product's
        name read before, with another year in its place ("Kartläggningen är en uppföljning av Psykisk hälsa
        på vårdcentralen 2050" beside "Psykisk hälsa på vårdcentralen 2053"). A series titled by year
        ("… i siffror 2025", "Första linjen 2053 – …") publishes each year's edition as a product of its own.
        """
        patterns = []
        for cand in list(self.cands.values()):
            years = list(re.finditer(r"\b(?:19|20)\d\d\b", cand.name))
            if cand.kind != "resource" or len(years) != 1 or len(cand.name[: years[0].start()].split()) < 2:
                continue
            y = years[0]
            text = re.escape(cand.name[: y.start()]) + r"((?:19|20)\d\d)" + re.escape(cand.name[y.end() :])
            patterns.append((re.compile(text + r"(?![\w–-])"), y.group(), cand))
        for k, s in enumerate(self.p.sentences):
            for edition, year, cand in patterns:
                for m in edition.finditer(s.text):
                    if m.group(1) != year:
                        self.add("resource", m.group(0), k, forms=set(cand.forms))

    def listed_products(self) -> None:
        """Products listed as bullets "Title – form …": "► Efter ett suicid – en webbutbildning för chefer
        …", "► Livsviktigt samtal – film om att fråga om suicid". The words after the dash open with a
        form noun of the vocabulary (after an article), so the bullet presents a product titled by the
        words before the dash, whatever their class (a title may open with a preposition, "Efter").
        """
        for items in self.p.bullets:
            for line, item in items:
                title, dash, rest = item.partition(" – ")
                words = title.split()
                after = [w for w in rest.split()[:2] if low(w) not in ARTICLES][:1]
                if not dash or not 1 <= len(words) <= 8 or not is_capitalised(words[0]) or not after:
                    continue
                cue = _cue(after[0].strip(".,;:"))
                if cue is None or cue[0] != "resource" or re.search(r"[.;:!?]$", title):
                    continue
                if any(w[:1].islower() and _cue(w) and is_capitalised(n) for w, n in itertools.pairwise(words[1:])):
                    # "◦ Tillsammans med Skolverket togs stödmaterialet X fram – ett metodstöd …": a
                    # sentence naming the thing after its cue noun (read by cue_names), not a title
                    continue
                main = fold(title)
                if (
                    any(
                        c.kind == "resource" and (fold(c.name) == main or fold(c.name).startswith(main + " – "))
                        for c in self.cands.values()
                    )
                    or sum(fold(other.partition(" – ")[0]) == main for _, other in items) > 1
                ):
                    # "▪ Ledfyren – skattningsskala för första samtalet" under the guide Ledfyren: a part
                    # titled by its whole's name and what it is keeps both, the whole's name alone is
                    # the whole's (so is a title before the dash that several bullets share)
                    # (a relative or appositive clause after a comma is no part of the title)
                    title = re.split(r",\s+(?=(?:som|där|vilken|vilket|en|ett)\b)", item)[0].rstrip(" .;")
                elif len(head := re.split(r",\s|\s\(|\.\s", rest.strip(), maxsplit=1)[0].rstrip(" .;").split()) == 1:
                    # "• Ledfyren – skattningsformulär, som den unga fyller i …": a bare form noun (no article,
                    # nothing after it but an appositive or relative clause) is the title's subtitle, a part
                    # named by its whole and its form ("Ledfyren – skattningsformulär"), not a description
                    title = f"{title} – {head[0]}"
                self.add("resource", title, self.sentence_for_line(line), forms={cue[1]} - {""}, alt_names=[])

    def container_products(self) -> None:
        """Products listed as bullets under a container line that names them: "Filmer om tvångsåtgärder:"
        then "▪ Att vårdas enligt LPT – patientens berättelse (film)", "▪ Bältesläggning – … (film)".

        The container is a short line of its own ending in a colon that opens with a plural form noun
        of the vocabulary and holds no verb: the name of a group of products of that form (reading
        guide, "Container bullets": a resource with a form only). Each bullet under it is a title, one
        of its parts, with the form its own note in brackets gives ("(film)") or else the container's.
        """
        text_of = {ln.number: ln.text for ln in self.p.doc.lines}
        for items in self.bullet_lists():
            intro_at = next((n for n in range(items[0][0] - 1, 0, -1) if text_of.get(n, "").strip()), None)
            intro = clean(text_of.get(intro_at or 0, ""))
            found = _container_name(intro)
            named: _Cand | None = None
            if intro_at is not None and found is None and (counted := _counted_parts(intro)) is not None:
                # "Filmserien Samtal som räddar liv … består av tre filmer:": the sentence names the
                # container, the counted plural form noun before the colon says what its parts are
                k = self.sentence_for_line(intro_at)
                named = next((c for c in self.cands.values() if c.kind == "resource" and c.sentence == k), None)
                found = (named.name, counted) if named is not None else None
            if intro_at is not None and found is None and intro.endswith(":"):
                # "… har UPH tagit fram filmserien Livlinan:" (the colon right after the product's name) or
                # "Filmserien Livlinan har fått en fjärde film:" (after a form noun of the parts): a sentence
                # that names a product and announces a list presents that product's parts
                found, named = self.announced_parts(intro, self.sentence_for_line(intro_at))
            if intro_at is not None and found is None and intro.endswith(":"):
                found, named = self.sentence_parts(items[0][0])
            if intro_at is not None and found is None and intro.endswith(":"):
                # the sentence before the list's first item (a wrapped intro's last line may map past it)
                found, named = self.series_parts([item for _, item in items], self.sentence_for_line(items[0][0]) - 1)
            if intro_at is None or found is None:
                continue
            name, form = found
            parts: list[tuple[int, str, str]] = []
            for line, item in items:
                title, note = _noted_title(item)
                title, described = _described_part(title)
                note = note or described
                words = title.split()
                if not words or len(words) > 14 or not is_capitalised(words[0]) or re.search(r"[.;:]$", title):
                    parts = []
                    break
                parts.append((line, title, note or form))
            if not parts:
                continue
            k = self.sentence_for_line(intro_at)
            container = named or self.add("resource", name, k, forms={form}, explicit=True)
            if container is None:
                continue
            # "Filmerna vänder sig till allmänheten …" right after the list: the parts' definite plural
            # refers back to all of them, not to the last bullet only; and to a container a sentence
            # names (a container line "Filmer om X:" has no text of its own, reading guide)
            after = next((n for n in range(items[-1][0] + 1, items[-1][0] + 4) if text_of.get(n, "").strip()), None)
            follow = _plural_follower(clean(text_of.get(after or 0, "")), form)
            if follow and named is not None and follow not in container.extra:
                container.extra.append(follow)
            for line, title, part_form in parts:
                # "X 4 – efter ett försök (2047)": the year in brackets closing a part dates it
                dated = re.match(r"^(.*\S)\s*\(((?:19|20)\d\d)\)$", title)
                part = self.add(
                    "resource",
                    dated.group(1) if dated else title,
                    self.sentence_for_line(line),
                    forms={part_form} - {""},
                    years={int(dated.group(2))} if dated else set(),
                    relations=[Relation("part-of", "resource", container.name)],
                )
                if part is not None:
                    container.relations.append(Relation("has-part", "resource", part.name))
                    if follow and follow not in part.extra:
                        part.extra.append(follow)

    def series_parts(self, items: list[str], k: int) -> tuple[tuple[str, str] | None, _Cand | None]:
        """(container name, parts' form) and the container when every item of a list under sentence ``k``
        repeats one title before a dash ("◦ Röster från Vårdträdet – Amira", "◦ Röster från Vårdträdet –
        Jonas") and the sentence names that title: a series whose parts are named "<series> – <part>".
        A name read from the sentence that the title goes on from ("filmserien Röster" cut at "från") is
        the series cut short and takes its whole title.

        >>> from loader.layouts.numbered_segment import parse
        >>> from loader.model import Document, Line
        >>> doc = Document("r", (Line(1, "Till projektet hör filmserien Ljus över Ån (2070), där unga berättar:"),))
        >>> x = Extractor(parse(doc))
        >>> x.series_parts(["Ljus över Ån – Sara", "Ljus över Ån – Omar"], 0)[0]
        ('Ljus över Ån', 'film')
        >>> x.series_parts(["Ljus över Ån – Sara", "Mörker – Omar"], 0)
        (None, None)
        """
        heads = [re.split(r"\s[–—-]\s", item, maxsplit=1) for item in items]
        titles = {clean(h[0]) for h in heads}
        if len(items) < 2 or any(len(h) != 2 for h in heads) or len(titles) != 1:
            return None, None
        title = titles.pop()
        words = title.split()
        text = " ".join(self.p.sentences[k].text.split()) if 0 <= k < len(self.p.sentences) else ""
        at = fold(text).find(fold(title))
        if not 1 <= len(words) <= 6 or not is_capitalised(words[0]) or at < 0:
            return None, None
        before = text[:at].split()
        cue = _cue(bare(before[-1])) if before else None
        form = cue[1] if cue is not None and cue[0] == "resource" else ""
        cut = [
            c
            for c in self.cands.values()
            if c.kind == "resource" and c.sentence == k and fold(title + " ").startswith(fold(c.name) + " ")
        ]
        container = self.add("resource", title, k, forms={form} - {""}, explicit=True)
        if container is None:
            return None, None
        for short in cut:
            if short is container:
                continue
            _absorb(container, short)
            container.years |= short.years
            container.alt_names = [a for a in container.alt_names if a != short.name]
            self.cands = {key: c for key, c in self.cands.items() if c is not short}
        return (container.name, form or next(iter(sorted(container.forms)), "")), container

    def sentence_parts(self, first: int) -> tuple[tuple[str, str] | None, _Cand | None]:
        """(container name, parts' form) and the container when the whole sentence before a list (wrapped
        over lines, ending in its colon) announces the parts of a product of a plural form noun: a count
        before it in the sentence naming the product ("… en filmserie, X, med tre korta filmer om …:"),
        or its definite plural opening the sentence after the one naming it ("Inom Y togs filmserien X
        fram. Filmerna vänder sig till …:"). The parts are that product's (reading guide, container bullets).
        """
        k = self.sentence_for_line(first) - 1
        if k < 0 or not self.p.sentences[k].text.strip().endswith(":"):
            return None, None
        words = [bare(w) for w in self.p.sentences[k].text.strip()[:-1].split()]

        def product_of(sentence: int, form: str) -> _Cand | None:
            named = [c for c in self.cands.values() if c.kind == "resource" and c.sentence == sentence]
            fitting = [c for c in named if form in c.forms] or (named if len(named) == 1 else [])
            return fitting[-1] if fitting else None

        for n, w in enumerate(words[1:], 1):
            # "tre filmer", "tre korta filmer": a count right before the plural noun or before one adjective
            form = _plural_form_code(w)
            counted = any(x.isdigit() or low(x) in NUMBER_WORDS for x in words[max(0, n - 2) : n])
            if form and counted and (whole := product_of(k, form)) is not None:
                return (whole.name, form), whole
            if form and counted and (titled := _appositive_title(self.p.sentences[k].text, form)) is not None:
                # "… togs en filmserie för unga fram, Orden som hjälper, med tre korta filmer …:": the
                # container's title stands in apposition after its form noun
                return (titled, form), None
        opener = low(words[0]) if words else ""
        form = _plural_form_code(opener[:-2]) if opener.endswith("na") else None  # "Filmerna", "Skrifterna"
        if form and (whole := product_of(k - 1, form)) is not None:
            return (whole.name, form), whole
        return None, None

    def bullet_lists(self) -> list[list[tuple[int, str]]]:
        """The report's bullet lists, with a list of one bullet under a line that announces it ("Filmserien
        X har fått en fjärde film:" then "✔ X 4 – efter ett försök (2047)"), which the parse leaves out."""
        listed = {line for items in self.p.bullets for line, _ in items}
        lines = self.p.doc.lines
        single: list[list[tuple[int, str]]] = []
        for n, ln in enumerate(lines):
            if ln.number in listed or not is_bullet(ln.text):
                continue
            near = [x.text for x in (*lines[max(0, n - 2) : n], *lines[n + 1 : n + 3]) if x.text.strip()]
            before = next((x.text for x in reversed(lines[max(0, n - 3) : n]) if x.text.strip()), "")
            if before.rstrip().endswith(":") and not any(is_bullet(x) for x in near):
                single.append([(ln.number, clean(strip_bullet(ln.text)))])
        return sorted([*self.p.bullets, *single])

    def announced_parts(self, intro: str, k: int) -> tuple[tuple[str, str] | None, _Cand | None]:
        """(container name, parts' form) and the container when the sentence ``intro`` (ending in a colon)
        names a product and announces its parts: the colon right after the product's name ("tagit fram
        filmserien Livlinan:"), or after a form noun ("har fått en fjärde film:", "två nya filmer:")."""
        named = [c for c in self.cands.values() if c.kind == "resource" and c.sentence == k]
        if not named:
            return None, None
        words = intro[:-1].split()
        last = bare(words[-1]) if words else ""
        for cand in named:
            if fold(intro[:-1].rstrip()).endswith(fold(cand.name)):
                form = next(iter(sorted(cand.forms)), "")
                return (cand.name, form), cand
        cue = _cue(last) if last[:1].islower() else None
        before = low(words[-2]) if len(words) >= 2 else ""
        counted = before in ORDINALS or before in NUMBER_WORDS or before in ("ny", "nytt", "nya")
        if (cue is not None and cue[0] == "resource" and cue[1]) or (counted and last[:1].islower()):
            # "… har fått en tredje del:": an ordinal or "ny" before the noun announces new parts, whatever the noun
            container = max(named, key=lambda c: c.sentence)
            return (container.name, cue[1] if cue is not None and cue[0] == "resource" else ""), container
        if announces_parts(intro):
            # "… är en ny vägledning för personal …. Till vägledningen hör:": the parts clause refers back by
            # its definite noun to the product named before it
            whole = self.referred_whole(re.split(r"(?<=[.!?])\s+", intro.strip())[-1], k)
            if whole is not None:
                return (whole.name, ""), whole
        return None, None

    def listed_events(self) -> None:
        """Events listed as bullets under a line that announces them: "UPH har under året arrangerat
        följande större möten:" then "► Nationell dag för elevhälsochefer, 3 juni 2032 i Stockholm.".

        The intro ends with a colon and holds an event cue noun; each item names one event before its
        first comma or dash (the date, place and figures follow), and its date is the item's.
        An event noun opening the item before a capitalised name ("Webbinariet Frånvarotrappan i
        praktiken", "Webbinarieserien Äldre och psykisk hälsa") says what kind of event the name is, as
        "konferensen X" in a sentence: the name is what follows it.
        """
        text_of = {ln.number: ln.text for ln in self.p.doc.lines}
        for items in self.p.bullets:
            first = items[0][0]
            intro = next((text_of[n].strip() for n in range(first - 1, 0, -1) if text_of.get(n, "").strip()), "")
            if not intro.endswith(":") or not _names_kind(intro, "event"):
                continue
            for line, item in items:
                name = re.split(r",\s|\s[–-]\s|\.\s*$", item, maxsplit=1)[0].strip()
                words = name.split()
                if not words or not is_capitalised(words[0]) or _not_name(words[0]):
                    continue
                if len(words) > 1 and is_event_word(words[0]) and is_capitalised(words[1]):
                    name = " ".join(words[1:])
                start, end = _dates(item)
                cand = self.add("event", name, self.sentence_for_line(line), start=start, end=end)
                if cand and start and not cand.start:
                    cand.start, cand.end = start, end

    @staticmethod
    def _proper(word: str) -> bool:
        """A capitalised word that may open a proper name: no function word, organisation or cue noun."""
        return is_capitalised(word) and not word[:1].isdigit() and not _not_name(word) and type_word(word) is None

    def event_title(self, words: list[str], i: int) -> str | None:
        """An event titled by its bare noun inside a sentence and its theme: "hölls Temadag Psykisk hälsa
        hos äldre", "arrangerades Temadag om suicidprevention bland äldre". The capital on the noun marks
        a title, as no sentence starts there; the theme is a capitalised name or an "om" complement.

        >>> x = Extractor.__new__(Extractor); x.known = {}
        >>> x.event_title("Den 4 maj hölls Temadag Psykisk hälsa hos äldre med 200 deltagare.".split(), 4)
        'Temadag Psykisk hälsa hos äldre'
        >>> x.event_title("I mars arrangerades Temadag om suicidprevention bland äldre i Malmö.".split(), 3)
        'Temadag om suicidprevention bland äldre'
        >>> x.event_title("Under Konferensen deltog många.".split(), 1) is None
        True
        >>> x.event_title("Den 3 maj arrangerades Temadag Unga röster 2040 i Umeå.".split(), 4)
        'Temadag Unga röster 2040'
        """
        w = words[i]
        if not is_event_word(w) or _event_compound(w) or definite_cue(w[0].lower() + w[1:]):
            return None
        if i + 1 >= len(words) or re.search(r"[.,;:!?)]$", w):
            return None
        nxt = words[i + 1]
        theme: list[str] = []
        if is_capitalised(nxt) and not _not_name(nxt):
            theme = [nxt]
            start = i + 2
        elif low(nxt) in ("om", "kring") and i + 2 < len(words) and not is_capitalised(words[i + 2]):
            theme = [nxt]
            start = i + 2
        else:
            return None
        for n, x in enumerate(words[start : start + 8], start):
            if re.search(r"[.,;:!?)]$", theme[-1]) or low(x) in STOP - {"hos", "bland"} or x[:1].isdigit():
                break
            if low(x) == "i" and n + 1 < len(words) and is_capitalised(words[n + 1]):
                break  # "… i Malmö": where it was held, not its theme
            if x[:1].islower() and re.search(r"(ats|ades|ade)$", low(x)):
                break
            theme.append(x)
        while theme and low(theme[-1]) in CONT_OK | STOP:
            theme.pop()
        if not theme or (low(theme[0]) in ("om", "kring") and len(theme) < 2):
            return None
        after = start + len(theme) - 1
        if (
            theme[0][:1].isupper()
            and not re.search(r"[.,;:!?)]$", theme[-1])
            and after < len(words)
            and re.fullmatch(_YEAR + r"[.,;:]?", words[after])
            and (after + 1 == len(words) or not month(bare(words[after + 1])))
        ):
            # "arrangerades Konferens Första linjen 2042 i Uppsala": the year after a titled theme is
            # the holding's, part of its name (a date's year follows a month, "14 oktober 2042")
            theme.append(words[after].rstrip(".,;:"))
        return " ".join([w, *theme]).rstrip(".,;:!?)")

    def themes(self) -> None:
        """Events listed by their themes after a counted event noun: "tre webbinarier om SIP, med tre
        olika teman – A, B samt C", "Anordna tre webbinarier … Teman: A, B och C." Each theme is one
        event; the list is cut where a comma, "och" or "samt" precedes a capital (a theme's own
        commas and conjunctions join lower-case words)."""
        p = self.p
        for k, s in enumerate(p.sentences):
            found = _THEMES.search(s.text)
            if not found:
                continue
            previous = p.sentences[k - 1].text if k and p.sentences[k - 1].section == s.section else ""
            if not _names_kind(s.text[: found.start()], "event") and not _names_kind(previous, "event"):
                continue
            start, end = _dates(s.text)
            added = 0
            themes: list[str] = []
            for item in _THEME_CUT.split(found.group(1).strip().rstrip(".")):
                item = clean(item).strip(" ,;–-")
                if quoted := re.match(r"[”\"“]([^”\"“]+)[”\"“]", item):
                    item = quoted.group(1)  # a quoted title ends at its closing mark: ”Sömn” (then the next line)
                if 3 <= len(item) <= 200 and is_capitalised(item):
                    added += self.add("event", item, k, start=start, end=end) is not None
                    themes.append(fold(item))
            # a theme's words are no name of another kind ("Integrerade team – hur börjar vi?" is no team)
            for key, cand in list(self.cands.items()):
                if cand.sentence == k and cand.kind != "event" and any(t.startswith(fold(cand.name)) for t in themes):
                    del self.cands[key]
                    self.order.remove(key)
            # The themes are the events (reading guide): the unnamed series the same sentence
            # counts ("tre webbinarier om SIP, med tre olika teman – …") is no event besides them.
            series = _SERIES.search(s.text[: found.start()])
            if added >= 2 and series:
                name = f"{series.group(1).capitalize()} {series.group(2)} {series.group(3).strip()}"
                key = ("event", _name_key(clean(name)))
                if key in self.cands and self.cands[key].sentence == k:
                    del self.cands[key]
                    self.order.remove(key)

    def merge_by_url(self) -> None:
        by_url: dict[tuple[str, str], tuple[str, str]] = {}
        for key in list(self.order):
            cand = self.cands.get(key)
            if cand is None:
                continue
            for u in cand.urls:
                uk = (cand.kind, u.rstrip("/").lower())
                other = by_url.get(uk)
                if other and other != key and other in self.cands:
                    target = self.cands[other]
                    _absorb(target, cand)
                    del self.cands[key]
                    break
                by_url.setdefault(uk, key)
        # footnote URLs that only name a sub-page stay separate; nothing else to do

    def merge_shortened(self) -> None:
        """Two products cited a sentence or two apart, one's name the other's with words left out
        ("Begrepp psykisk hälsa" on a web page, then "PM:et Begrepp inom område psykisk hälsa"):
        footnotes that cite one thing twice, its page and its document, under shortened titles."""
        words = {key: set(re.findall(r"\w+", fold(c.name))) for key, c in self.cands.items() if c.kind == "resource"}
        for key in list(self.order):
            short = self.cands.get(key)
            if short is None or key not in words or len(words[key]) < 3:
                continue
            for other_key, other in list(self.cands.items()):
                if (
                    other_key == key
                    or other_key not in words
                    or not other.urls
                    or not short.urls
                    or abs(other.sentence - short.sentence) > 2
                    or len(words[other_key]) <= len(words[key])
                    or not words[key] < words[other_key]
                ):
                    continue
                _absorb(other, short)
                other.sentence = min(other.sentence, short.sentence)  # the first citation anchors it
                del self.cands[key]
                break

    def merge_subtitled(self) -> None:
        """A product first named with its subtitle and then by its main title alone, a few sentences
        on ("”Rörelse och gemenskap – inspirationsmaterial för föreningslivet”" … "✓ Publicerat skriften
        Rörelse och gemenskap"): the short title refers back to the one product whose title it opens.
        Only a subtitle of several words is a title's description; "X – samtalskort" is one of X's parts,
        and a short title that opens two products' titles stays apart."""
        window = 10  # sentences: a chapter's summary list names the chapter's products again
        for key in list(self.order):
            short = self.cands.get(key)
            if short is None or short.kind != "resource" or re.search(r"\s[–—-]\s", short.name):
                continue
            head = _name_key(short.name)
            longer = [
                c
                for (kind, _), c in self.cands.items()
                if kind == "resource"
                and c is not short
                and (parts := re.split(r"\s[–—-]\s", c.name, maxsplit=1))[0] != c.name
                and _name_key(parts[0]) == head
                and len(parts[1].split()) >= 2
            ]
            if len(longer) != 1 or not 0 <= short.sentence - longer[0].sentence <= window:
                continue
            if short.sentence == longer[0].sentence:
                # "Filmserien X har kompletterats med en tredje film, X – för skolan, …": the short title
                # named before the longer one in its sentence is the whole the longer one is a part of
                text = self.p.sentences[short.sentence].text
                at = text.find(longer[0].name)
                if 0 <= text.find(short.name) < at:
                    continue
            _absorb(longer[0], short)
            del self.cands[key]

    def drop_cut_titles(self) -> None:
        """Two rules reading one title from one sentence, one from its start ("gett ut Vägen till BUP
        – information till vårdnadshavare, en broschyr …") and one from a later capital ("BUP –
        information …"): the shorter name is the title cut at its front, not a second product."""
        for key, short in list(self.cands.items()):
            if short.kind != "resource":
                continue
            if any(
                c.kind == "resource" and c.sentence == short.sentence and c.name.endswith(" " + short.name)
                for c in self.cands.values()
            ):
                del self.cands[key]

    def merge_short_name_compounds(self) -> None:
        """Compounds of one short name with nouns of one form name one thing: "IPS-modellen" and
        "IPS-arbetsmetod" (a model noun and a method noun, both form modell); "IMR-appen" and
        "IMR-programmet" (two forms) stay two."""
        first: dict[tuple[str, str], tuple[str, str]] = {}
        for key in list(self.order):
            cand = self.cands.get(key)
            m = re.fullmatch(r"([A-ZÅÄÖ]{2,8})-([a-zåäö]{3,})", cand.name) if cand and cand.kind == "resource" else None
            found = _cue(m.group(2)) if m else None
            if cand is None or m is None or found is None or found[0] != "resource" or not found[1]:
                continue
            group = (m.group(1), found[1])
            target_key = first.setdefault(group, key)
            if target_key != key and target_key in self.cands:
                _absorb(self.cands[target_key], cand)
                del self.cands[key]

    # -- output
    def source(self, k: int) -> Source:
        p = self.p
        s = p.sentences[k]
        h = p.numbered_for(s.section) if s.section >= 0 else None
        section = f"{h.number} {h.title}" if h and h.number else (h.title if h else "")
        return Source(p.doc.report, s.line, quote(_plain(s.text)), p.pages.get(s.line), section)

    def chosen(self, cand: _Cand) -> list[int]:
        """The sentences that describe ``cand``, in the order they fill the length budget.

        Its own section when the section is about it, the sections headed by its name, and elsewhere
        the sentences naming it (and an anaphoric follower). For a resource, a sentence of figures
        about a population ("6,1 procent av alla barn …") joins only if it names or refers to the
        product, and a longer heading that merely starts with its name ("Genombrott.nu barn och
        unga") lends only the sentences that name it.
        """
        p = self.p
        anchor = p.sentences[cand.sentence]
        names = [fold(n) for n in [cand.name, *cand.alt_names] if len(n) >= 3]
        keys = [_name_key(n) for n in [cand.name, *cand.alt_names] if len(_name_key(n)) >= 4]
        short = tuple(n for n in [cand.name, *cand.alt_names] if re.fullmatch(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,3}", n))
        section = anchor.section
        heading = p.headings[section] if section >= 0 else None
        others = {_name_key(c.name) for c in self.cands.values() if c is not cand}
        # another product whose name extends this one's ("Dörröppnaren mobil" beside "Dörröppnaren"): a
        # sentence naming only that one does not describe this one
        longer = sorted((o for o in others if any(n in o and n != o for n in keys)), key=len, reverse=True)
        product = cand.kind == "resource"
        about: list[tuple[int, bool]] = []  # (section, whole): own section first
        if heading and (cand.whole_section or any(n and n in fold(heading.title) for n in names[:1])):
            about.append((section, True))
        for hk, h in enumerate(p.headings):
            ft = fold(h.title)
            if h.kind == "chapter" or hk == section or not names:
                continue
            if ft == names[0]:
                about.append((hk, True))
            elif names[0] in ft and len(ft) <= len(names[0]) + 15 and _name_key(h.title) not in others:
                about.append((hk, not product))
        by_section: dict[int, list[int]] = {}
        for k, s in enumerate(p.sentences):
            by_section.setdefault(s.section, []).append(k)
        chosen: list[int] = [cand.sentence]
        for sec, whole in about:
            for k in by_section.get(sec, []):
                text = p.sentences[k].text
                if self.names(k, keys, short):
                    chosen.append(k)
                elif whole and (not product or not _STATISTIC.match(text) or self.refers(text, cand)):
                    chosen.append(k)
        if not about:
            for k in by_section.get(section, []):
                if self.names(k, keys, short, longer):
                    chosen.append(k)
                    nxt = k + 1
                    if nxt < len(p.sentences) and p.sentences[nxt].section == section:
                        text = p.sentences[nxt].text
                        if (
                            text
                            and refers_back(text.split()[0])
                            and (not product or not _STATISTIC.match(text) or self.refers(text, cand))
                        ):
                            chosen.append(nxt)
        out: list[int] = []
        total = 0
        for k in dict.fromkeys(chosen):
            t = p.sentences[k].text
            if total + len(t) > 2500 and out:
                break
            out.append(k)
            total += len(t)
        return out

    def names(self, k: int, keys: list[str], short: tuple[str, ...] = (), longer: list[str] | None = None) -> bool:
        """Whether sentence ``k`` names the candidate (``short``: acronyms matched as whole words), not only
        inside the ``longer`` names of other things that extend its name."""
        text = self.p.sentences[k].text
        ft = _name_key(text)
        for other in longer or []:
            ft = ft.replace(other, "|")
        return any(n in ft for n in keys) or any(re.search(rf"\b{re.escape(a)}\b", text) for a in short)

    @staticmethod
    def refers(text: str, cand: _Cand) -> bool:
        """Whether a sentence refers back to ``cand`` by a pronoun or a definite noun of its type."""
        words = text.split()
        if not words:
            return False
        statistic = bool(_STATISTIC.match(text))
        if not statistic and low(words[0]) in DEMONSTRATIVES:
            return True
        for w, nxt in with_next(words):
            found = definite_cue(w)
            if found is None or (is_capitalised(nxt) and not nxt[:1].isdigit()):
                continue  # before a capitalised word it introduces a name ("tilläggstjänsten Säkra …")
            kind, form = found
            if kind == cand.kind and (not form or not cand.forms or form in cand.forms):
                return True
        return False

    def created(self, cand: _Cand) -> set[int]:
        """Years the sentences naming (or referring back to) a product say it was made or launched."""
        keys = [_name_key(n) for n in [cand.name, *cand.alt_names] if len(_name_key(n)) >= 4]
        years: set[int] = set()
        for k in self.chosen(cand):
            text = self.p.sentences[k].text
            topic = any(
                re.search(rf"\b(?:i|om|kring)\s+(?:\w+\s+)?{re.escape(n)}", text, re.IGNORECASE)
                for n in [cand.name, *cand.alt_names]
            )
            if topic or any(_versioned_parent(text, n) for n in [cand.name, *cand.alt_names]):
                # "en digital utbildning i stödmaterialet Traumastödet": another product's year; "En lättare
                # version av samtalsmodellen X, X bas, togs fram 2047": the year of the version, not of X
                continue
            # A section headed by the product's name is about it: its sentences need not name it again.
            # Unless it brings in another product: one of another name ("tilläggstjänsten Säkra videomöten")
            # or one introduced by an indefinite article and a cue noun ("tog SKR fram en skrift").
            own = (
                cand.whole_section
                and self.p.sentences[k].section == self.p.sentences[cand.sentence].section
                and not self.other_product(text, cand)
            )
            if k == cand.sentence or own or self.names(k, keys) or self.refers(text, cand):
                years |= _created_years(text)
        return years

    def other_product(self, text: str, cand: _Cand) -> bool:
        """Whether a sentence names a product other than ``cand`` or introduces a new one."""
        key = _name_key(text)
        mine = {_name_key(n) for n in [cand.name, *cand.alt_names]}
        if any(
            len(ck) >= 4 and ck in key and ck not in mine
            for (kind, ck) in self.cands
            if kind in ("resource", "initiative")
        ):
            return True
        words = text.split()
        return any(low(a) in ARTICLES and (c := _cue(b)) is not None and c[0] == "resource" for a, b in pairwise(words))

    def description(self, cand: _Cand) -> str:
        p = self.p
        desc = _plain(" ".join(p.sentences[k].text for k in sorted(self.chosen(cand))))
        for e in cand.extra:
            desc = f"{desc} ({clean(e)})" if desc else clean(e)
        return desc

    def mentions(self) -> list[Mention]:
        p = self.p
        out: list[Mention] = []
        for c in self.cands.values():
            if re.fullmatch(r"[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{1,5}", c.name):
                for h in p.headings:
                    m = re.fullmatch(r"(.+?)\s*\(" + re.escape(c.name) + r"\)", h.title)
                    if m:
                        c.alt_names.append(c.name)
                        c.name = m.group(1)
                        break
        for key in list(self.cands):
            c = self.cands[key]
            short = re.fullmatch(r"[A-ZÅÄÖ]{2,5}", c.name) and c.kind in ("resource", "initiative") and not c.explicit
            dup = c.weak and any(
                o is not c and not o.weak and _name_key(o.name) == _name_key(c.name) for o in self.cands.values()
            )
            if short or dup:
                del self.cands[key]
        for key in self.order:
            cand = self.cands.get(key)
            if cand is None:
                continue
            s = p.sentences[cand.sentence]
            src = self.source(cand.sentence)
            inner = p.headings[s.section].title if s.section >= 0 else ""
            rels = list(cand.relations)
            if (
                self.agreement
                and cand.kind in ("resource", "initiative")
                and not any(r.relation == "agreement" for r in rels)
            ):
                rels.append(Relation("agreement", "agreement", self.agreement))
            desc = self.description(cand) if cand.kind != "agreement" else quote(_plain(s.text), 1000)
            years = set(cand.years)
            if cand.kind == "resource":
                years |= self.created(cand)
            if cand.kind in ("resource", "initiative"):
                st, en, ys = _years(desc if cand.kind == "initiative" else s.text, cand.kind)
                years |= ys
                cand.start = cand.start or st
                cand.end = cand.end or en
            alt = tuple(a for a in dict.fromkeys(cand.alt_names) if a != cand.name)
            out.append(
                Mention(
                    kind=cand.kind,
                    name=cand.name,
                    source=src,
                    description=desc,
                    heading=inner,
                    alt_names=alt,
                    code=cand.code,
                    years=tuple(sorted(years)),
                    start=cand.start,
                    end=cand.end,
                    urls=tuple(dict.fromkeys(cand.urls)),
                    # A network or working group is an actor whose type its cue noun gives (reading guide).
                    forms=tuple(sorted(cand.forms)) if cand.kind != "actor" else (),
                    actor_types=tuple(sorted(cand.forms)) if cand.kind == "actor" else (),
                    identifiers=tuple(cand.identifiers),
                    actors=tuple(cand.actors),
                    relations=tuple(dict.fromkeys(rels)),
                )
            )
        return out


def _versioned_parent(text: str, name: str) -> bool:
    """Whether ``text`` names ``name`` only as the product a version or continuation is of: after a
    version noun and "av"/"på", with or without a cue noun between ("version av samtalsmodellen X",
    "Som en fortsättning på X togs …").

    >>> _versioned_parent("En lättare version av samtalsmodellen Lotsen, Lotsen bas, togs fram 2040.", "Lotsen")
    True
    >>> _versioned_parent("Som en fortsättning på Lugnet togs Lugnet 2 fram 2040.", "Lugnet")
    True
    >>> _versioned_parent("Lotsen togs fram 2040 som en version av Stegen.", "Lotsen")
    False
    """
    words = text.split()
    first = False
    for n, w in enumerate(words):
        if fold(bare(w)) != fold(name.split()[0]) or " ".join(words[n : n + len(name.split())]).rstrip(",.;:") != name:
            continue
        lead = n - 1 if n >= 1 and _cue(words[n - 1]) and words[n - 1][:1].islower() else n
        if lead >= 2 and low(words[lead - 1]) in ("av", "på") and variant_noun(words[lead - 2]):
            first = True
            continue
        end = n + len(name.split())
        nxt = words[end] if end < len(words) else ""
        if re.search(r"[,.;:!?]$", words[end - 1]) or not nxt or low(nxt) in FUNCTION_WORDS or verb_form(nxt):
            return False  # named elsewhere in the sentence as itself (not as the start of a longer name)
    return first


def _named_parts(words: list[str]) -> list[str]:
    """The parts a parts clause names after its verb ("Till guiden hör Checklista för det första
    samtalet."): capitalised titles, each up to a comma, an "och"/"samt" before another part or the
    sentence's end; the clause ends the sentence, so a title's words may be of any class.

    >>> _named_parts("Checklista för det första samtalet.".split())
    ['Checklista för det första samtalet']
    >>> _named_parts("Samtalskort för unga och Affischen Fråga mig.".split())
    ['Samtalskort för unga', 'Affischen Fråga mig']
    >>> _named_parts("Samtalskort för unga och en affisch som visar vägen.".split())
    ['Samtalskort för unga']
    """
    parts: list[str] = []
    current: list[str] = []
    for n, w in enumerate(words[:16]):
        if low(w) in ("och", "samt") or (n and verb_form(w, words[n + 1] if n + 1 < len(words) else "")):
            if current:
                parts.append(" ".join(current))
            current = []
            if low(w) not in ("och", "samt") or n + 1 >= len(words) or not is_capitalised(words[n + 1]):
                break
            continue
        if not current and not is_capitalised(w):
            break
        current.append(w.rstrip(".,;:!"))
        if re.search(r"[.,;:!?]$", w):
            parts.append(" ".join(current))
            current = []
            if not w.endswith(","):
                break
    if current and len(words) <= 16:
        parts.append(" ".join(current))
    return [p for p in parts if p and not _not_name(p.split()[0])]


def _appositive_title(sentence: str, form: str) -> str | None:
    """The title set off by commas after a noun of ``form`` in a sentence ("en filmserie för unga fram,
    Orden som hjälper, med tre filmer"): Swedish puts a title in apposition between commas.

    >>> _appositive_title("Under året togs en filmserie för unga fram, Ord som bär, med tre filmer:", "film")
    'Ord som bär'
    >>> _appositive_title("I år kom en skrift, Vägen ut, och tre filmer:", "film") is None
    True
    """
    words = sentence.split()
    for n, w in enumerate(words):
        found = _cue(bare(w)) if w[:1].islower() else None
        if found is None or found[0] != "resource" or found[1] != form:
            continue
        m = re.match(r"[^,]{0,40}?,\s+([A-ZÅÄÖ][^,:;]{1,60}?),", " ".join(words[n + 1 :]))
        if m and not _not_name(m.group(1).split()[0]):
            return clean(m.group(1))
        return None
    return None


def _definite_variant_title(words: list[str], i: int) -> str | None:
    """The title right after a definite variant noun ("kom fortsättningen X – steg 2, som riktar sig …",
    "lanserades versionen X för chefer."): the definite head noun names the version by the title after
    it, which runs to the clause's comma or full stop and holds no verb.

    >>> _definite_variant_title("Under 2070 kom fortsättningen Tysta signaler – del 2, som riktar sig".split(), 3)
    'Tysta signaler – del 2'
    >>> _definite_variant_title("kom en fortsättning, Tysta signaler 2, som".split(), 2) is None
    True
    >>> _definite_variant_title("kom fortsättningen Tysta signaler har visats i år.".split(), 1) is None
    True
    """
    w = low(words[i])
    if not re.search(r"(?:en|et)$", w) or i + 1 >= len(words) or words[i].endswith(","):
        return None
    first = words[i + 1]
    if not is_capitalised(first) or _not_name(first) or is_organisation(first.strip(".,;:")):
        return None
    for end in range(i + 1, min(len(words), i + 11)):
        x = words[end]
        if (
            end > i + 1
            and x[:1].islower()
            and (verb_form(x, words[end + 1] if end + 1 < len(words) else "") or low(x) in STOP)
        ):
            return None
        if re.search(r"[,.;:!?]$", x):
            name = " ".join(words[i + 1 : end + 1]).rstrip(",.;:!?")
            return name if len(name) >= 4 else None
    return None


def _plural_form_code(word: str) -> str | None:
    """The form a plural form noun of the vocabulary names ("Filmer", "Webbutbildningar", "Guider"), or None
    for a singular ("Film") or another word.

    >>> _plural_form_code("Filmer"), _plural_form_code("Guider"), _plural_form_code("Film"), _plural_form_code("Mässor")
    ('film', 'guide', None, None)
    """
    w = bare(word)
    head = _cue(w)
    if head is None or head[0] != "resource" or not head[1]:
        return None
    # the singular is the word without its plural ending: "filmer"/"film", "guider"/"guide", "skrifter"/"skrift"
    singulars = [w[: -len(e)] for e in ("ar", "er", "or", "r") if w.endswith(e) and len(w) > len(e) + 2]
    return head[1] if any(_cue(one) == head for one in singulars) else None


def _plural_follower(line: str, form: str) -> str | None:
    """The sentence opening ``line`` when it opens with the definite plural of a noun of ``form`` (it
    refers back to a list of parts of that form: "Filmerna vänder sig till allmänheten."), else None.

    >>> _plural_follower("Filmerna vänder sig till allmänheten. De togs fram med RSMH.", "film")
    'Filmerna vänder sig till allmänheten.'
    >>> _plural_follower("Filmen vänder sig till unga.", "film"), _plural_follower("Filmerna visas.", "skrift")
    (None, None)
    """
    words = line.split()
    first = bare(words[0]) if words else ""
    # the definite plural is the plural and "-na": "Filmerna" / "Filmer", "Skrifterna" / "Skrifter"
    if not first.endswith("na") or _plural_form_code(first[:-2]) != form or not refers_back(first):
        return None
    return re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", line)[0]


def _counted_parts(line: str) -> str | None:
    """The form of the parts a sentence announces by a count and a plural form noun before its closing
    colon ("… och består av tre filmer:", "Serien omfattar fyra korta filmer:"), or None.

    >>> _counted_parts("Filmserien X togs fram och består av tre filmer:"), _counted_parts("Serien har 4 filmer:")
    ('film', 'film')
    >>> _counted_parts("UPH drar tre lärdomar av året:"), _counted_parts("Filmer om tvång:")
    (None, None)
    """
    if not line.strip().endswith(":"):
        return None
    words = line.strip()[:-1].split()
    # the count right before the noun, or before one adjective ("fyra korta filmer")
    count = next((w for w in words[-3:-1][::-1] if w.isdigit() or low(w) in NUMBER_WORDS), None)
    if len(words) < 3 or count is None or (words[-2] != count and words[-3] != count):
        return None
    return _plural_form_code(words[-1])


def _container_name(line: str) -> tuple[str, str] | None:
    """(name, form) of a container line over a bullet list: a short line ending in a colon that opens
    with a plural form noun and holds no finite verb ("Filmer om tvångsåtgärder:", "Webbutbildningar:").

    >>> _container_name("Filmer om tvångsåtgärder:"), _container_name("Skrifter:")
    (('Filmer om tvångsåtgärder', 'film'), ('Skrifter', 'skrift'))
    >>> _container_name("Filmer har tagits fram om:"), _container_name("UPH drar tre lärdomar av året:")
    (None, None)
    """
    if not line.endswith(":"):
        return None
    name = line[:-1].strip()
    words = name.split()
    if not 1 <= len(words) <= 8 or not is_capitalised(words[0]) or any(finite_verb(w) for w in words[1:]):
        return None
    form = _plural_form_code(words[0])
    return (name, form) if form else None


def _described_part(item: str) -> tuple[str, str | None]:
    """A part's title without the clause a comma sets after it, and the form an indefinite appositive
    names: "◦ X i praktiken, en film om hur …" is the film X i praktiken; "◦ X – formulär, som den unga
    fyller i" is X – formulär (a relative clause describes, it does not name).

    >>> _described_part("Ledstången i praktiken, en film om hur ett samtal går till")
    ('Ledstången i praktiken', 'film')
    >>> _described_part("Ledstången – formulär inför besöket, som den unga fyller i"), _described_part("A, B och C")
    (('Ledstången – formulär inför besöket', None), ('A, B och C', None))
    """
    m = re.match(r"^(.*?\S),\s+(?:(?:som|där|vilken|vilket)\b|(?:en|ett)\s+(\S+))", item)
    if not m:
        return item, None
    found = _cue(bare(m.group(2))) if m.group(2) else None
    return m.group(1), found[1] if found is not None and found[0] == "resource" and found[1] else None


def _noted_title(item: str) -> tuple[str, str | None]:
    """A bullet's title without a closing note in brackets that names its form, and that form.

    >>> _noted_title("Bältesläggning – vad säger lagen? (film)"), _noted_title("Vård (2038)")
    (('Bältesläggning – vad säger lagen?', 'film'), ('Vård (2038)', None))
    """
    m = re.match(r"^(.*\S)\s*\(([^()]+)\)\s*\.?$", item.strip())
    if m:
        for word in reversed(m.group(2).replace(",", " ").split()):
            found = _cue(word)
            if found is not None and found[0] == "resource" and found[1]:
                return m.group(1), found[1]
    return item.strip().rstrip("."), None


def _subtitled_subject(before: str) -> tuple[str, str] | None:
    """(title, form) when the text before a footnote marker is a sentence's subject made of a title
    and a subtitle naming its form ("Primärvårdens psykiska hälsa 2034 – en nulägesbeskrivning³
    kartlägger …"): the subtitle belongs to the title, which the note documents.

    >>> _subtitled_subject("ohälsa hos vuxna. Primärvårdens psykiska hälsa 2034 – en nulägesbeskrivning")
    ('Primärvårdens psykiska hälsa 2034 – en nulägesbeskrivning', 'kartlaggning')
    >>> _subtitled_subject("Vi har gjort en nulägesbeskrivning") is None
    True
    """
    m = re.search(r"(?:^|[.!?:]\s+)([A-ZÅÄÖ][^.;:!?–]{2,100}?\s[–-]\s(?:en|ett)\s+([a-zåäö-]+))\s*$", before)
    if not m or _not_name(m.group(1).split()[0]):
        return None
    found = _cue(m.group(2))
    if found is None or found[0] != "resource":
        return None
    return clean(m.group(1)), found[1]


def _head_cue(pre: list[str]) -> tuple[str, str] | None:
    """The cue noun heading a quoted title, from the words before it (nearest first): the search
    stops at a verb, which ends the noun phrase the title belongs to. In "Delarenan X har tagit
    fram ”Y”" or "Inom nätverket har ”Y” tagits fram" the cue noun is the clause's subject or
    adverbial, not the title's head, and says nothing of what Y is.

    >>> _head_cue("lanserade SKR i oktober 2034 webbutbildningen".split())
    ('resource', 'webbutbildning')
    >>> _head_cue("Delarenan Fritid och civilsamhälle har tagit fram".split()) is None
    True
    >>> _head_cue("Inom nätverket har".split()) is None
    True
    >>> _head_cue("tagit fram nya verktyg inom efterfrågade områden, till exempel".split())
    ('resource', 'webbverktyg')
    """
    for n in range(len(pre) - 1, -1, -1):
        found = _cue(pre[n])
        if found:
            return found
        w = low(bare(pre[n]))
        following = bare(pre[n + 1]) if n + 1 < len(pre) else ""  # "efterfrågade områden": a participle
        if w in AUXILIARIES or w in PARTICLES or is_supine(w) or (w.islower() and finite_verb(w, following)):
            return None
    return None


def _appositive_cue(after: str) -> tuple[str, str] | None:
    """The kind an apposition after a quoted title gives it, in the same clause: "”Y”, en skrift
    om …", "”Y” tagits fram, en skrift för …" (an indefinite noun phrase after a comma restates
    what the title is). Actor cues (networks) are not read: a title is not a group.

    >>> _appositive_cue(" tagits fram, en skrift för kommunernas ombud")
    ('resource', 'skrift')
    >>> _appositive_cue(", ett gemensamt indikatorset") is None
    True
    """
    m = re.match(r"[^.;:!?,]{0,30},\s+(?:en|ett)\s+((?:[\wåäöÅÄÖ-]+\s+){0,2}[\wåäöÅÄÖ-]+)", after)
    if not m:
        return None
    found = next((c for c in (_cue(x) for x in m.group(1).split()) if c), None)
    return found if found and found[0] == "resource" else None


def _title_head_cue(title: str) -> tuple[str, str] | None:
    """A product's kind from its title's own head noun ("”Handbok för suicidpreventiva ombud”"):
    only a resource form, as a title naming a network or event is read by other rules.

    >>> _title_head_cue("Handbok för suicidpreventiva ombud i kommunen")
    ('resource', 'guide')
    >>> _title_head_cue("Bakom ytan") is None
    True
    """
    words = title.split()
    found = _cue(words[0]) if words else None
    return found if found and found[0] == "resource" else None


def _group_name(words: list[str], i: int) -> str | None:
    """A network or working group named by its owner or qualifier, its cue noun and what it is for:
    "SKR:s programgrupp för nära vård", "Nationell arbetsgrupp adhd (NAG adhd)", "(SIGHT) nätverk för
    global psykisk hälsa". The word before is a genitive, a capitalised qualifier or a bracketed
    acronym; what follows the noun runs to the clause's end (punctuation, a bracket, a clause word).

    >>> _group_name("Under året arrangerade SKR:s programgrupp för nära vård tillsammans med UPH".split(), 4)
    'SKR:s programgrupp för nära vård'
    >>> _group_name("även från Nationell arbetsgrupp adhd (NAG adhd).".split(), 3)
    'Nationell arbetsgrupp adhd'
    >>> _group_name("I olika arbetsgrupper och nätverk".split(), 2) is None
    True
    >>> _group_name("togs fram med Nationellt nätverk för heldygnsvård och publicerades i mars".split(), 4)
    'Nationellt nätverk för heldygnsvård'
    """
    w = words[i]
    if i == 0 or not w[:1].islower() or re.search(r"[.,;:!?)]$", w):
        return None
    before = words[i - 1]
    acronym = re.fullmatch(r"\(([A-ZÅÄÖ]{2,8})\)", before)
    genitive = re.fullmatch(r"[A-ZÅÄÖ][\w-]*(?::s|s)", before)
    qualifier = is_capitalised(before) and not _not_name(before) and i > 1 and not before[:1].isdigit()
    if not (acronym or genitive or qualifier):
        return None
    tail: list[str] = []
    for j, nxt in enumerate(words[i + 1 : i + 8], i + 1):
        after = words[j + 1] if j + 1 < len(words) else ""
        if nxt.startswith("(") or (low(nxt) in STOP | ADVERBS and low(nxt) not in ("för", "om", "kring")):
            break
        if low(nxt) in CONJUNCTIONS and (
            is_capitalised(after)
            or low(after) in STOP | CONT_OK | NOT_NAME
            or verb_form(after, words[j + 2] if j + 2 < len(words) else "")
        ):
            # "… för global hälsa och Swedish Institute …", "… psykiatri och i dess …": a new phrase;
            # "… med Nationellt nätverk för heldygnsvård och publicerades …": a new predicate
            break
        if is_capitalised(nxt) and not tail:
            return None  # a capitalised name follows: read by the cue-noun capture
        tail.append(nxt)
        if re.search(r"[.,;:!?)]$", nxt):
            break
    if not tail or low(tail[-1]) in CONT_OK | STOP:
        return None
    head = acronym.group(1) if acronym else before
    return " ".join([head, w, *tail]).rstrip(".,;:!?)")


def _definite_plural_list(words: list[str], i: int) -> list[str]:
    """The names a definite plural cue noun ``words[i]`` lists: "delarenorna Arena Arbetsliv, Arena
    Skola och Arena Civilsamhälle" (each a name of the noun's kind), cut at ", " and at "och"/"samt"
    before a capital; the list ends at its last name's punctuation or a lower-case word.

    >>> _definite_plural_list("bedrivs i delarenorna Arena Arbetsliv, Arena Skola och Arena Civilsamhälle.".split(), 2)
    ['Arena Arbetsliv', 'Arena Skola', 'Arena Civilsamhälle']
    >>> _definite_plural_list("i projekten Trygg skola och stöd till".split(), 1)
    []
    """
    w = words[i]
    if not w[:1].islower() or not re.search(r"(?:orna|arna|erna|na)$", bare(w)) or not _plural_form(w):
        return []
    items: list[list[str]] = [[]]
    for j in range(i + 1, min(len(words), i + 25)):
        x = words[j]
        lx = low(x)
        if lx in ("och", "samt") and items[-1] and j + 1 < len(words) and is_capitalised(words[j + 1]):
            items.append([])
            continue
        if not items[-1] and (not is_capitalised(x) or _not_name(x)):
            return _bounded_list(words, i + 1)
        if items[-1] and not is_capitalised(x) and lx not in CONT_OK:
            break
        items[-1].append(x.rstrip(",.;:"))
        if x.endswith(","):
            items.append([])
        elif re.search(r"[.;:!?)]$", x):
            break
    names = [" ".join(it) for it in items if it]
    return names if len(names) >= 2 and all(len(n) >= 3 for n in names) else _bounded_list(words, i + 1)


def _bounded_list(words: list[str], j: int) -> list[str]:
    """The titles of a list that closes its sentence, cut at ", " and at "och"/"samt" before a capital:
    "filmerna Säg ordet, Efter samtalet och Den som blir kvar." The separators bound each title, so it may
    open with a preposition or pronoun and hold lower-case words; each is short and the last one ends the
    sentence.

    >>> _bounded_list("filmerna Säg ordet, Efter samtalet och Den som blir kvar.".split(), 1)
    ['Säg ordet', 'Efter samtalet', 'Den som blir kvar']
    >>> _bounded_list("projekten Trygg skola, Stark start och annat arbete med skolor i länet.".split(), 1)
    []
    >>> _bounded_list("filmerna Jag sa det och Någon hörde visades under dagen.".split(), 1)
    ['Jag sa det', 'Någon hörde']
    """
    items: list[list[str]] = [[]]
    for n in range(j, min(len(words), j + 25)):
        x = words[n]
        if low(x) in ("och", "samt") and items[-1] and n + 1 < len(words) and is_capitalised(words[n + 1]):
            items.append([])
            continue
        if not items[-1] and not is_capitalised(x):
            return []
        if len(items) >= 2 and items[-1] and _passive(x.rstrip(",.;:!?")):
            # "filmerna A och B visades på …": a passive verb after the last title is the predicate
            # (a title holds no passive), so the list ends before it
            names = [" ".join(it) for it in items if it]
            return names if all(len(name) >= 3 for name in names) else []
        items[-1].append(x.rstrip(",.;:!?"))
        if len(items[-1]) > 5:
            return []
        if x.endswith(","):
            items.append([])
        elif re.search(r"[.;:!?]$", x):
            names = [" ".join(it) for it in items if it]
            return names if len(names) >= 2 and all(len(name) >= 3 for name in names) else []
    return []


def _passive(word: str) -> bool:
    """A lower-case passive verb ("visades", "publicerades", "togs", "gavs"): a predicate, never a title's word.

    >>> _passive("visades"), _passive("togs"), _passive("lyssnade"), _passive("Visades"), _passive("ades")
    (True, True, False, False, False)
    """
    return word[:1].islower() and word.endswith("s") and len(word) >= 4 and verb_form(word)


def _bare_subject_title(words: list[str]) -> tuple[str, str, str] | None:
    """(kind, form, title) of a sentence whose subject is a title opening with a bare singular noun: a
    count noun with neither article nor definite ending cannot be a Swedish subject, so the subject
    up to the predicate is a name ("Samtalsguide vid återgång i arbete har fått …", "Nationell
    konferens om suicidprevention 2043 samlade …"). The noun is a compound that says what the thing is
    about ("Samtalsguide", not "Guide"), or an event noun after a capitalised adjective with the
    holding's year in the title; the title goes on to the predicate with no punctuation between.

    >>> _bare_subject_title("Samtalsguide vid återgång i arbete har fått en digital version.".split())
    ('resource', 'guide', 'Samtalsguide vid återgång i arbete')
    >>> _bare_subject_title("Nationell konferens om suicidprevention 2043 samlade 620 deltagare.".split())
    ('event', '', 'Nationell konferens om suicidprevention 2043')
    >>> _bare_subject_title("Utbildning i MI har genomförts i tio kommuner.".split()) is None
    True
    >>> _bare_subject_title("Samtalsguiden vid återgång har fått en digital version.".split()) is None
    True
    >>> _bare_subject_title("Nationell samordning av arbetet har saknats.".split()) is None
    True
    >>> _bare_subject_title("Nationellt nätverk för heldygnsvård samlade 19 regioner.".split())
    ('actor', 'natverk', 'Nationellt nätverk för heldygnsvård')
    """
    if len(words) < 3 or not is_capitalised(words[0]) or not words[0].isalpha():
        return None
    first = words[0][0].lower() + words[0][1:]
    found = _cue(first)
    noun = 0
    if found is not None:
        base = cue_of(first)
        if base is None or len(fold(first)) <= len(fold(base.noun)) + 2:
            return None  # "Utbildning", "Guide": the noun alone names no title
    else:
        adjective = fold(first)
        found = _cue(words[1])
        if found is None or found[0] not in ("event", "actor") or not words[1].isalpha():
            return None
        if not _ADJECTIVE.search(adjective):
            return None
        noun = 1
    kind, form = found
    w = low(words[noun])
    if kind not in ("resource", "event", "actor") or (kind == "actor" and not noun):
        return None  # "Nätverk för …" alone: a network is named with its qualifier
    if definite_cue(w) or _plural_form(w) or w.endswith(DEFINITE_ENDINGS[:4]):
        return None
    for j in range(noun + 2, min(len(words), noun + 10)):
        if re.search(r"[,.;:!?()”\"]$", words[j - 1]):
            return None
        if low(words[j]) in AUXILIARIES or verb_form(words[j], words[j + 1] if j + 1 < len(words) else ""):
            title = " ".join(words[:j])
            if noun and kind == "event" and not re.search(r"\b(?:19|20)\d\d$", title):
                return None  # an adjective and an event noun make a title with the holding's year
            return kind, form, title
    return None


def _adjective_named(words: list[str], i: int) -> str | None:
    """An initiative or event named by a capitalised adjective and a definite compound of its noun
    with no article before them ("Nationella självskadeprojektet har avslutats", "inom Nationella
    självskadeprojektet", "Nationella elevhälsokonferensen 2038 samlade …"): Swedish puts a
    determiner before an adjective and a definite noun ("det nationella projektet") unless the two
    are a proper name. The compound says what the thing is about; a bare "Nationella projektet" or a
    lower-case "nationella" is no name. A year right after the noun is part of the name.

    >>> _adjective_named("Nationella självskadeprojektet har avslutats".split(), 1)
    'Nationella självskadeprojektet'
    >>> _adjective_named("Regionala skolkonferensen 2031 samlade 300 deltagare".split(), 1)
    'Regionala skolkonferensen 2031'
    >>> _adjective_named("inom det Nationella självskadeprojektet".split(), 3) is None
    True
    >>> _adjective_named("Nationella projektet har avslutats".split(), 1) is None
    True
    """
    w = words[i].rstrip(".,;:!?")
    found = definite_cue(w)
    if i < 1 or found is None or found[0] not in ("initiative", "event"):
        return None
    base = cue_of(w)
    if base is None or len(fold(w)) <= len(fold(base.noun)) + 3:
        return None  # "projektet": the noun alone, no compound naming a subject
    adjective = words[i - 1]
    if not is_capitalised(adjective) or not adjective.endswith("a") or not _ADJECTIVE.search(fold(adjective)):
        return None
    before = low(words[i - 2]) if i >= 2 else ""
    if before in DEMONSTRATIVES | ARTICLES or (before.endswith("s") and before not in FUNCTION_WORDS):
        return None  # "det Nationella …", "SKR:s nationella …": a determiner or an owner makes it a description
    year = words[i + 1].rstrip(".,;:!?") if i + 1 < len(words) and words[i] == w else ""
    return f"{adjective} {w} {year}" if re.fullmatch(r"(?:19|20)\d\d", year) else f"{adjective} {w}"


def _capitalised_bare_cue(words: list[str], i: int) -> tuple[str, str, str] | None:
    """(kind, form, name) of a thing named by a capitalised bare cue noun and what it is for: "SKR deltar i
    Kraftsamling för psykisk hälsa, som …", "Ett Beslutsstöd för bedömning på BUP har tagits fram". Inside a
    sentence a capital marks a name, and a bare singular count noun (no article, no definite ending) cannot
    stand alone there, so the noun with its prepositional phrase is the name; the name ends at punctuation,
    a verb or a closed-class word. Opening a sentence, an initiative noun so used is its subject's name
    ("Kraftsamling för psykisk hälsa har som inriktning …") when a verb follows the phrase.

    >>> _capitalised_bare_cue("SKR deltar också i Satsning för psykisk hälsa, som samlar".split(), 4)
    ('initiative', '', 'Satsning för psykisk hälsa')
    >>> _capitalised_bare_cue("Ett Bedömningsstöd för samtal på BUP har tagits fram".split(), 1)
    ('resource', '', 'Bedömningsstöd för samtal på BUP')
    >>> _capitalised_bare_cue("Satsning för unga vuxna har som mål att".split(), 0)
    ('initiative', '', 'Satsning för unga vuxna')
    >>> _capitalised_bare_cue("Bedömningsstöd för samtal har tagits fram".split(), 0) is None
    True
    >>> _capitalised_bare_cue("i Projektet för unga, som".split(), 1) is None
    True
    >>> _capitalised_bare_cue("inom Satsning för unga fortsätter parallellt.".split(), 1) is None
    True
    >>> _capitalised_bare_cue("i Satsning för unga och delarenan Skola, som".split(), 1)
    ('initiative', '', 'Satsning för unga')
    """
    w = words[i].strip(".,;:")
    if not is_capitalised(w) or not w.isalpha() or i + 2 >= len(words) or w != words[i]:
        return None
    found = _cue(w[:1].lower() + w[1:])
    if found is None or found[0] not in ("initiative", "resource"):
        return None
    lw = low(w)
    if definite_cue(lw) or _plural_form(lw) or lw.endswith(DEFINITE_ENDINGS[:4]):
        return None
    if i == 0 and found[0] != "initiative":
        return None  # a resource noun opening a sentence is read by _bare_subject_title
    if i > 0 and (
        (not words[i - 1][:1].islower() and low(words[i - 1]) not in ARTICLES) or re.search(r"[.,;:!?)]$", words[i - 1])
    ):
        return None  # after a capital (but an article) or punctuation the capital may be a sentence's or a name's
    if low(words[i + 1]) not in _NAME_PREPOSITIONS:
        return None
    end = i + 1
    while end < min(len(words), i + 10):
        x = words[end]
        lx = low(x.rstrip(".,;:!?)"))
        if end > i + 1 and (lx in STOP - _NAME_PREPOSITIONS or lx == "och" or verb_form(x.rstrip(".,;:!?)"))):
            break  # a clause word, a verb or a coordination ("… och delarenan X") ends the name
        if end > i + 1 and x.endswith("s") and end + 1 < len(words) and words[end + 1][:1].islower():
            return None  # "Kraftsamling för psykisk hälsas utgångspunkt": the phrase is a genitive's owner
        end += 1
        if re.search(r"[,;:)]$", x):
            break
        if re.search(r"[.!?]$", x):
            return None  # a full stop after unknown words: where the name ends is not marked
    else:
        return None
    tail = words[i + 1 : end]
    while tail and low(tail[-1].rstrip(".,;:!?)")) in CONT_OK | STOP:
        tail.pop()
    if len(tail) < 2:
        return None
    if i == 0 and (
        end >= len(words)
        or (
            not verb_form(words[end], words[end + 1] if end + 1 < len(words) else "")
            and low(words[end]) not in AUXILIARIES
        )
    ):
        return None
    return found[0], found[1], " ".join([w, *tail]).rstrip(".,;:!?)")


#: Prepositions that join a bare cue noun to what it is for ("Kraftsamling för …", "Beslutsstöd vid …").
_NAME_PREPOSITIONS = frozenset({"för", "mot", "om", "vid", "inom"})


def _described_initiative(words: list[str], i: int) -> str | None:
    """An initiative named by a definite description: a determiner, an adjective in the definite
    form, the definite initiative noun and what it is about ("det strategiska utvecklingsprogrammet
    kring välbefinnande och psykisk hälsa som startade …"); the description is its name.

    >>> text = "i det strategiska utvecklingsprogrammet kring välbefinnande och psykisk hälsa som"
    >>> _described_initiative(text.split(), 3)
    'strategiska utvecklingsprogrammet kring välbefinnande och psykisk hälsa'
    >>> _described_initiative("i det stora projektet".split(), 3) is None
    True
    """
    w = words[i]
    if i < 2 or not w[:1].islower() or low(words[i - 2]) not in DEMONSTRATIVES or re.search(r"[.,;:!?)]$", w):
        return None
    adjective = words[i - 1]
    if not adjective[:1].islower() or not _ADJECTIVE.search(fold(adjective)) or not adjective.endswith("a"):
        return None
    if i + 1 >= len(words) or low(words[i + 1]) not in ("kring", "för", "om", "inom"):
        return None
    tail: list[str] = []
    for nxt in words[i + 1 : i + 10]:
        if low(nxt) in STOP | ADVERBS and low(nxt) not in ("kring", "för", "om", "inom"):
            break
        tail.append(nxt)
        if re.search(r"[.,;:!?)]$", nxt):
            break
    while tail and low(tail[-1]) in CONT_OK | STOP:
        tail.pop()
    if len(tail) < 2:
        return None
    return " ".join([adjective, w, *tail]).rstrip(".,;:!?)")


#: A full date opening a sentence: "Den 3 december 2024", "Den 14–15 oktober 2025".
_DATED_LEAD = re.compile(r"^(?:[Dd]en\s+)?\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[a-zåäö]{3,9}\s+(?:19|20)\d\d\s+")


def _numbered_events(tokens: list[str], i: int) -> list[str]:
    """The numbered holdings of an event series named by the compound event noun ``tokens[i]`` and a
    number ("Lärandeseminarium 1 och Lärandeseminarium 2", "Temadag 3"), each a name of its own; a
    number before a month is a date, not a holding's number.

    >>> _numbered_events("UPH har arrangerat Lärandeseminarium 1 och Lärandeseminarium 2 för samordnare".split(), 3)
    ['Lärandeseminarium 1', 'Lärandeseminarium 2']
    >>> _numbered_events("Under året hölls Dialogmöte 3, som samlade 40 deltagare.".split(), 3)
    ['Dialogmöte 3']
    >>> _numbered_events("Ledarträff 14 oktober i Umeå".split(), 0), _numbered_events("Temadag om suicid".split(), 0)
    ([], [])
    """
    noun = tokens[i].strip(".,;:")
    out: list[str] = []
    j = i
    while j + 1 < len(tokens) and tokens[j].strip(".,;:") == noun:
        number = re.fullmatch(r"(\d{1,2}|(?:19|20)\d\d)[.,;:]?", tokens[j + 1])
        if number is None or tokens[j].endswith((",", ";", ":", ".")):
            break
        if j + 2 < len(tokens) and month(bare(tokens[j + 2])):
            break
        out.append(f"{noun} {number.group(1)}")
        if tokens[j + 1] != number.group(1) or j + 3 >= len(tokens) or low(tokens[j + 2]) not in ("och", "samt"):
            break
        j += 3
    return out


def _event_name(words: list[str], i: int) -> str | None:
    """A proper name from ``words[i]``: capitalised words, years and the prepositions inside a name,
    up to punctuation, a clause word or a place ("i Göteborg").

    >>> _event_name("arrangerades Kraftsamlingsdagen 2024 i Göteborg med temat X.".split(), 1)
    'Kraftsamlingsdagen 2024'
    >>> _event_name("med Världsdagen för suicidprevention. Konferensen".split(), 1)
    'Världsdagen för suicidprevention'
    """
    out: list[str] = []
    for n, w in enumerate(words[i : i + 10], i):
        lw = low(w)
        if out and (lw in STOP or verb_form(w)):
            break
        if out and lw == "i" and n + 1 < len(words) and is_capitalised(words[n + 1]):
            break  # "… i Göteborg": where it was held
        out.append(w)
        if re.search(r"[,.;:!?)]$", w):
            break
    while out and low(out[-1]) in CONT_OK | STOP:
        out.pop()
    name = " ".join(out).rstrip(".,;:!)")
    return name if name and len(name) >= 4 else None


def _described_title(words: list[str], i: int) -> str | None:
    """A dash title that an appositive after it describes by a cue noun ``words[i]``: "publicerades i
    november Kommunens roll i suicidprevention – en introduktion för förtroendevalda, en skrift som …".

    >>> w = "publicerades i november Kommunens roll i suicidprevention – en introduktion för förtroendevalda,"
    >>> _described_title((w + " en skrift som").split(), 13)
    'Kommunens roll i suicidprevention – en introduktion för förtroendevalda'
    >>> _described_title("SKR har gett ut en rapport, en skrift som".split(), 7) is None
    True
    >>> w = "Tillsammans med Skolverket har SKR gett ut Närvarotrappan – checklista för elevhälsoteamet,"
    >>> _described_title((w + " en checklista").split(), 13)
    'Närvarotrappan – checklista för elevhälsoteamet'
    >>> _described_title("Under året togs även Ljusglimt fram, ett digitalt självhjälpsprogram".split(), 8)
    'Ljusglimt'

    """
    a = i - 1  # the article, before at most two adjectives: ", ett digitalt självhjälpsprogram"
    while a > i - 3 and a >= 1 and low(words[a]) not in ARTICLES and _ADJECTIVE.search(fold(bare(words[a]))):
        a -= 1
    if a < 2 or low(words[a]) not in ARTICLES or not words[a - 1].endswith(","):
        return None
    dash = next((d for d in range(a - 2, max(0, a - 19), -1) if words[d] in _DASHES), None)
    if dash is None:
        return _described_name(words, a - 1)
    # the title starts at the leftmost capital before the dash that no verb, clause word or
    # punctuation separates from it ("… har SKR gett ut Närvarotrappan – checklista …")
    start = None
    for j in range(dash - 1, max(-1, dash - 10), -1):
        w = words[j]
        if _cued_function_word(words, j):
            start = j
            break  # "tog SKR fram Efter ett suicid – …": a capitalised closed-class word opens the title
        if re.search(r"[,.;:!)”\"]$", w) or verb_form(w) or (low(w) in STOP and low(w) not in CONT_OK):
            break
        if (is_capitalised(w) and not w[:1].isdigit() and not is_organisation(w) and low(w) not in NOT_NAME) or (
            _cued_function_word(words, j)
        ):
            start = j
        elif w[:1].isupper():
            break  # an organisation, a function word opening the sentence
    if start is None:
        return None
    title = _dash_title(words, start, named=True)
    return title if title and len(title.split()) == a - start else None


def _described_name(words: list[str], comma: int) -> str | None:
    """A name without a subtitle that an appositive ("…, en broschyr …") describes, ending at the word
    ``words[comma]`` before the comma: "Efterlevandestödet Nära efter, en broschyr till närstående".

    The name starts at the leftmost capital no verb, clause word or punctuation separates from the
    comma; a sentence's opening definite noun before another capital is the head noun of the name
    ("Efterlevandestödet Nära efter"), not part of it.

    >>> _described_name("Handboken Trygg i natt, en skrift".split(), 3)
    'Trygg i natt'
    >>> _described_name("Under året kom Tre steg framåt, en film".split(), 5)
    'Tre steg framåt'
    >>> _described_name("Det gäller alla kommuner i länet, en".split(), 5) is None
    True
    >>> _described_name("Under året togs även Ljusglimt fram, ett".split(), 5)
    'Ljusglimt'
    """
    start = None
    last = comma
    if low(words[comma]) in PARTICLES and comma > 1:
        last = comma - 1  # "togs även Ljusglimt fram, ett …": the particle of a split verb closes the name
    for j in range(last, max(-1, last - 7), -1):
        w = words[j]
        if j < last and (re.search(r"[,.;:!)”\"]$", w) or (low(w) in STOP and low(w) not in CONT_OK)):
            break  # the comma's own word may be an adverb ending the name: "Nära efter,"
        if verb_form(w):
            break
        if is_capitalised(w) and not w[:1].isdigit() and not is_organisation(w) and low(w) not in NOT_NAME:
            start = j
        elif w[:1].isupper():
            break
    if start is None or (start > 0 and words[start - 1][:1].isupper() and not verb_form(words[start - 1])):
        return None
    if last < comma and (start is None or not _split_particle_verb(words, start)):
        return None
    if start == 0 and start < last and is_capitalised(words[1]) and re.search(r"(?:en|et|n)$", bare(words[0])):
        start = 1  # "Efterlevandestödet Nära efter": the opening definite noun says what the name is
    name = " ".join(words[start : last + 1]).rstrip(",")
    if start == 0 or low(words[start]) in CONT_OK or len(name.split()) > 6:
        return None  # a sentence's first capital is grammar's, unless its head noun stands before it
    return name


def _clause_title(words: list[str], j: int) -> str | None:
    """A title worded as a clause or a question right after its cue noun, bounded by the punctuation
    that ends it: a question mark ("samtalsguiden Hur har du det egentligen? för …"), or a comma
    before what describes the thing named ("affischen Du är inte ensam, som riktar sig …",
    "filmserien Fråga hur dagen var6, fyra korta filmer …", "programmet Trygga tillsammans, ett
    gruppstöd …"): a relative "som", an article or a number word opening an appositive. A glued
    footnote number is no part of the title. The title is short and holds no verb in the past or
    passive ("publicerades", "startade"), which would make it the sentence's own predicate.

    >>> _clause_title("affischen Du är inte ensam, som riktar sig".split(), 1)
    'Du är inte ensam'
    >>> _clause_title("samtalsguiden Hur har du det egentligen? för personal".split(), 1)
    'Hur har du det egentligen?'
    >>> _clause_title("rapporten Läget publicerades i maj, som".split(), 1) is None
    True
    >>> _clause_title("filmserien Egen återhämtning fram tillsammans med Suntarbetsliv, tre filmer".split(), 1) is None
    True
    """
    if j >= len(words) or not is_capitalised(words[j]):
        return None
    for end in range(j, min(len(words), j + 7)):
        w = re.sub(r"(?<=[a-zåäö])\d{1,2}(?=[,?]$)", "", words[end])
        if end > j and w[:1].islower() and re.search(r"(?:ades|ats|ade|des|tes)[,?]?$", low(w)):
            return None
        following = low(words[end + 1]) if end + 1 < len(words) else ""
        if end > j and (low(w.rstrip(",?")) in PARTICLES or (low(w) == "tillsammans" and following == "med")):
            # "filmserien Egen återhämtning fram tillsammans med X,": a verb's particle and its adverbial
            # follow the name
            return None
        if w.endswith("?"):
            return " ".join([*words[j:end], w]) if end > j else None
        if w.endswith(","):
            if end == j or following not in {"som", *ARTICLES, *NUMBER_WORDS}:
                return None
            return " ".join([*words[j:end], w.rstrip(",")])
        if re.search(r"[.;:!)”\"]$", w):
            return None
    return None


def _comma_bounded(words: list[str], j: int) -> str | None:
    """A title between two commas after its cue noun, where the sentence's predicate resumes after
    the second comma: "en affisch, Ring oss – vi svarar, har skickats ut". The commas bound the
    title, so its words may be of any class.

    >>> _comma_bounded("en affisch, Ring oss – vi svarar, har skickats ut".split(), 2)
    'Ring oss – vi svarar'
    >>> _comma_bounded("en affisch, Ring oss, skolor och elever, har".split(), 2) is None
    True
    >>> _comma_bounded("togs en kortare version, Lugnet light, fram för skolor".split(), 4)
    'Lugnet light'
    >>> _comma_bounded("en tredje film, Den som stannar, som riktar sig".split(), 3)
    'Den som stannar'
    """
    dashed = False  # a subtitle after a dash may be a clause of its own: "Ring oss – vi finns här"
    relative = False  # so may a relative clause inside the title: "Den som blir kvar"
    for end in range(j, min(len(words) - 1, j + 10)):
        w = words[end]
        dashed = dashed or w in _DASHES
        relative = relative or (end > j and low(w) in _RELATIVES)
        if end > j and not dashed and not relative and verb_form(w, words[end + 1]):
            return None
        if re.search(r"[.;:!?()”\"]$", w):
            return None
        if w.endswith(","):
            nxt = low(words[end + 1])
            # the predicate resumes: a verb, or the particle of a particle verb the title stood inside
            # ("togs en kortare version, Samtalsbryggan light, fram för …")
            predicate = (
                nxt in AUXILIARIES
                or nxt in PARTICLES
                or verb_form(words[end + 1], words[end + 2] if end + 2 < len(words) else "")
            )
            if end - j < 1 or not (predicate or nxt in ("som", "vilken", "vilket")):
                return None
            return " ".join(words[j : end + 1]).rstrip(",")
    return None


def _infinitive_title(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens a title in the infinitive: a capitalised "Att" inside a sentence
    before a lower-case verb ("webbutbildningen Att möta unga i kris"). The infinitive marker is
    written with a capital only where a sentence or a title starts, and here no sentence starts.

    >>> _infinitive_title("filmserien Att prata med elever, tre filmer".split(), 1)
    True
    >>> _infinitive_title("Att prata med elever är viktigt".split(), 0)
    False
    >>> _infinitive_title("viktigt att prata".split(), 1)
    False
    """
    return (
        0 < i < len(words) - 1
        and words[i] == "Att"
        and words[i + 1][:1].islower()
        and words[i + 1].isalpha()
        and low(words[i + 1]) not in FUNCTION_WORDS
    )


#: Words that open a relative clause about the noun phrase before them.
_RELATIVE = frozenset({"som", "vilken", "vilket", "vilka"})


def _indefinite_head(words: list[str], i: int) -> bool:
    """Whether the noun ``words[i]`` heads an indefinite noun phrase: an article right before it, or
    one or two adjectives after an article ("en gemensam modell", "ett nytt digitalt stöd", "en
    kortare version"). Such a phrase describes a thing an appositive then names.

    >>> _indefinite_head("en gemensam modell".split(), 2), _indefinite_head("ett nytt digitalt stöd".split(), 3)
    (True, True)
    >>> _indefinite_head("en tredje film,".split(), 2)
    True
    >>> _indefinite_head("modellen Brofästet".split(), 0), _indefinite_head("den gemensamma modellen".split(), 2)
    (False, False)
    """
    k = i - 1
    while k >= 0 and i - k <= 3:
        w = low(words[k])
        if w in ARTICLES | {"ny", "nytt"}:
            return True
        if w in ORDINALS:  # "en tredje film": an ordinal counts the thing among others of its kind
            k -= 1
            continue
        adjective = (
            w.endswith(ADJECTIVE_ENDINGS) or bool(_ADJECTIVE.search(w)) or w.endswith("are") or w in ("ny", "nytt")
        )
        if not adjective or not words[k].isalpha():
            return False
        k -= 1
    return False


def _closing_appositive(words: list[str], i: int) -> str | None:
    """A titled appositive that closes the sentence after the cue noun ``words[i]`` and its
    complement: "en webbutbildning för personal som möter unga, Trygg start – om samtal med unga."
    The noun phrase describes the product; the title after the comma names it.

    >>> _closing_appositive("en webbutbildning för dem som möter unga, Trygg start – om samtal med unga.".split(), 1)
    'Trygg start – om samtal med unga'
    >>> _closing_appositive("en webbutbildning för personal, Region Skåne har".split(), 1) is None
    True
    >>> _closing_appositive("En webbutbildning för personal, Första samtalet med unga, lanserades i maj.".split(), 1)
    'Första samtalet med unga'
    >>> _closing_appositive("med en gemensam modell för remisser, Remisskollen, som ännu inte är klar".split(), 3)
    'Remisskollen'
    >>> _closing_appositive("tagit fram ett nytt digitalt stöd för skolan, Skolkompassen, vilket".split(), 5)
    'Skolkompassen'
    """
    if not words[i][:1].islower() or not _indefinite_head(words, i):
        return None
    comma = next((c for c in range(i + 1, min(len(words) - 1, i + 16)) if words[c].endswith(",")), None)
    if comma is None or re.search(r"[.;:!?]", " ".join(words[i + 1 : comma])):
        return None
    after = comma + 1
    title = _dash_title(words, after, named=True)
    if title and after + len(title.split()) == len(words):
        return title
    if title is None and after < len(words) and is_capitalised(words[after]) and not _not_name(words[after]):
        # a title without a subtitle, up to the comma that closes the appositive
        close = next((c for c in range(after, min(len(words), after + 10)) if re.search(r"[,.;:!?]$", words[c])), None)
        if close is not None and words[close].endswith(","):
            title = " ".join(words[after : close + 1]).rstrip(",")
    # an appositive set off by two commas before the predicate: "En webbutbildning för personal på
    # ungdomsmottagningar, Första samtalet med unga i kris, lanserades i september"
    end = after + len(title.split()) if title else 0
    if (
        title
        and end < len(words)
        and words[end - 1].endswith(",")
        # the predicate resumes, or a relative clause about the thing follows ("…, X, som ännu inte …")
        and (verb_form(words[end], words[end + 1] if end + 1 < len(words) else "") or low(words[end]) in _RELATIVE)
        and not any(is_organisation(part) for part in re.split(r"\s+(?:och|samt)\s+", title))  # the makers
    ):
        return title
    return None


def _published_title(words: list[str], i: int) -> tuple[str, str] | None:
    """A title after the verb or particle ``words[i]`` of a publishing clause, whose subtitle is a
    form noun without an article: "gav SKR ut Oro hos unga – metodstöd för skolan, för …". The
    form noun after the dash says what was published (SKR's "Name – <form> …" convention); with an
    article ("– ett material för …") the dash opens a description, not a title.

    >>> _published_title("gav SKR i maj ut Oro hos unga – metodstöd för skolan, för barn.".split(), 4)
    ('Oro hos unga – metodstöd för skolan', 'metodstod')
    >>> _published_title("gav SKR ut Oro hos unga – ett metodstöd för skolan.".split(), 2) is None
    True
    >>> _published_title("lanserades Samtal i skolan 2 – när elever skadar sig själva.".split(), 0)
    ('Samtal i skolan 2 – när elever skadar sig själva', '')
    """
    w = words[i]
    if i + 3 >= len(words) or not w.isalpha() or not (low(w) in PARTICLES or verb_form(w, words[i + 1])):
        return None
    j = i + 1
    if not ((is_capitalised(words[j]) and not _not_name(words[j])) or _cued_function_word(words, j)):
        return None
    dash = next((d for d in range(j + 1, min(len(words), j + 9)) if words[d] in _DASHES), None)
    if dash is None or dash + 1 >= len(words) or low(words[dash + 1]) in ARTICLES:
        return None
    form = _cue(words[dash + 1])
    if low(words[dash + 1]) in _SUBTITLE_OPENERS - {"var"} and words[dash + 1][:1].islower():
        # "lanserades Samtal i elevhälsan 2 – när elever skadar sig själva": a subtitle worded as a
        # question or clause after a publishing verb is a title's, as a form noun is; it runs to the
        # punctuation that closes it
        close = next(
            (c for c in range(dash + 2, min(len(words), dash + 12)) if re.search(r"[,.;:!?]$", words[c])), None
        )
        if close is None or any(re.search(r"[,.;:!?()”\"]$", x) for x in words[j:dash]):
            return None
        return " ".join(words[j : close + 1]).rstrip(",.;:!"), ""
    if form is None or form[0] != "resource" or not words[dash + 1][:1].islower():
        return None
    title = _dash_title(words, j)
    return (title, form[1]) if title else None


def _made_title(words: list[str], i: int) -> tuple[str, str] | None:
    """(title, form) of a capitalised title right after the particle ``words[i]`` of a making verb
    ("tagit fram", "gett ut") and closed by a comma before an indefinite apposition that says what
    it is: "… tagit fram Kvalitetsindikatorer för rättspsykiatrisk vård, ett gemensamt indikatorset
    som …". The capital inside the sentence and the restating noun phrase mark a product's title;
    the form is the apposition's noun when it is a form noun of the vocabulary, else none.

    >>> _made_title("har SKR tagit fram Kvalitetsindikatorer för rättspsykiatrisk vård, ett indikatorset".split(), 3)
    ('Kvalitetsindikatorer för rättspsykiatrisk vård', '')
    >>> _made_title("har SKR tagit fram Stöd i vardagen, en film om".split(), 3)
    ('Stöd i vardagen', 'film')
    >>> _made_title("har SKR tagit fram Socialstyrelsen, en myndighet".split(), 3) is None
    True
    >>> _made_title("har SKR tagit fram Material för skolan och sedan spridit det".split(), 3) is None
    True
    >>> _made_title("har UPH tagit fram Skolans samtalsguide vid frånvaro, en manual för".split(), 3)
    ('Skolans samtalsguide vid frånvaro', 'guide')
    """
    if low(words[i]) not in PARTICLES or i == 0:
        return None
    if not (is_supine(low(words[i - 1])) or verb_form(words[i - 1], words[i])):
        return None
    j = i + 1
    if j >= len(words) or not is_capitalised(words[j]) or _not_name(words[j]) or is_organisation(words[j]):
        return None
    close = next((c for c in range(j, min(len(words), j + 10)) if re.search(r"[,.;:!?]$", words[c])), None)
    if close is None or not words[close].endswith(",") or close + 2 >= len(words):
        return None
    if low(words[close + 1]) not in ARTICLES:
        return None
    title = " ".join(words[j : close + 1]).rstrip(",")
    # a capitalised bare noun opening the title is the title's own word ("Stöd i vardagen"); a definite one
    # ("Metodstödet X") or a lower-case one is a head noun the cue rules read
    cued = [
        n
        for n in range(j, close + 1)
        if _cue(words[n]) and (words[n][:1].islower() or re.search(r"(?:en|et|an|na)$", bare(words[n])))
    ]
    # "tagit fram Elevhälsans samtalsguide vid oro för en elev, en manual": a capitalised genitive before
    # the cue noun opens the title (Swedish names a product by whose it is and what it is)
    genitive = cued == [j + 1] and words[j].endswith("s") and words[j + 1][:1].islower()
    if is_organisation(title) or (cued and not genitive):
        return None  # a maker's name, or a cue noun read by the cue rules
    found = next((c for c in (_cue(x) for x in words[close + 2 : close + 5]) if c), None)
    if found is not None and found[0] != "resource":
        return None
    return title, found[1] if found else ""


def _cued_function_word(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a capitalised closed-class word right after a definite cue noun or a
    verb and its particle ("poddserien Mellan raderna", "tog SKR fram Efter ett suicid – …"): the
    places where Swedish names a thing, and no sentence starts there, so the capital opens a title.

    >>> _cued_function_word("UPH sprider poddserien Mellan raderna".split(), 3)
    True
    >>> _cued_function_word("Poddserien finns. Mellan raderna".split(), 2)
    False
    >>> _cued_function_word("nya arbetsmetoder Enligt kassan står".split(), 2)
    False
    >>> _cued_function_word("i Visby Poddserien Mellan raderna har".split(), 3)
    True
    """
    w = words[i]
    before = words[i - 1] if i > 0 else ""
    return (
        w[:1].isupper()
        and w.isalpha()
        and not w.isupper()
        and i + 1 < len(words)
        and before.isalpha()
        and (
            definite_cue(before[:1].lower() + before[1:]) is not None
            or (before[:1].islower() and (low(before) in PARTICLES or verb_form(before)))
        )
        and low(w) in NOT_NAME
    )


def _infinitive_span(words: list[str], i: int) -> str | None:
    """An infinitive title from ``words[i]`` ("Att …") to the punctuation that closes it: its words
    are a verb phrase, prepositions included, so only a comma, the sentence end or a dash subtitle
    bounds it; a finite verb before that shows the title was not closed.

    >>> _infinitive_span("filmen Att prata med elever om självskada, tre korta filmer".split(), 1)
    'Att prata med elever om självskada'
    >>> _infinitive_span("filmen Att prata med elever lanserades i maj".split(), 1) is None
    True
    """
    for end in range(i + 1, min(len(words), i + 12)):
        w = words[end]
        if w in _DASHES:
            return _dash_title(words, i, named=True)
        if verb_form(w, words[end + 1] if end + 1 < len(words) else ""):
            return None
        if re.search(r"[,.;:!?)”\"]$", w):
            return " ".join(words[i : end + 1]).rstrip(',.;:)”"')
    return None


def _subject_title(words: list[str], i: int) -> str | None:
    """A title after its cue noun ``words[i]`` that is the sentence's subject, up to the predicate.

    Swedish word order puts the finite verb right after the subject ("Webbutbildningen Samtal med
    unga om oro lanserades …") or, after a fronted adverbial, right after the cue noun's phrase
    ("I rapporten Vuxenpsykiatrin i siffror 2025 redovisas …"): the words between the cue noun and
    the verb are the title, prepositions included.

    >>> _subject_title("Webbutbildningen Samtal med unga om oro lanserades i september 2025.".split(), 0)
    'Samtal med unga om oro'
    >>> _subject_title("I rapporten Vuxenpsykiatrin i siffror 2025 redovisas uppgifter om öppenvård.".split(), 1)
    'Vuxenpsykiatrin i siffror 2025'
    >>> _subject_title("SKR har gett ut rapporten Första linjen, som beskriver".split(), 4) is None
    True
    >>> _subject_title("Handboken Lotsen från 2061 har fått en app.".split(), 0)
    'Lotsen'
    """
    if not (i == 0 or (i == 1 and low(words[0]) in PREPOSITIONS)) or not definite_cue(bare(words[i]).lower()):
        return None
    for j in range(i + 2, min(len(words), i + 14)):
        if verb_form(words[j], words[j + 1] if j + 1 < len(words) else ""):
            title = words[i + 1 : j]
            if len(title) >= 3 and low(title[-2]) in ("från", "sedan") and re.fullmatch(_YEAR, title[-1]):
                # "Vägledningen Stegbrädan från 2057 har …": a time adverbial before the verb, no part of the title
                title = title[:-2]
            if any(re.search(r"[,.;:!)”\"]$", w) for w in title) or low(title[-1]) in STOP | NOT_NAME:
                return None
            return " ".join(title)
    return None


def _made_product(words: list[str], i: int) -> str | None:
    """A product named by its type noun and topic, said to have been made: "SKR:s utbildningsfilmer
    för SIP-samordnare som togs fram 2020" -> "Utbildningsfilmer för SIP-samordnare".

    >>> _made_product("tagit del av SKR:s utbildningsfilmer för SIP- samordnare som togs fram 2020".split(), 4)
    'Utbildningsfilmer för SIP-samordnare'
    """
    rest = " ".join(words[i:])
    rest = re.sub(r"(\w)- (\w)", r"\1-\2", rest)
    m = re.match(r"([\wåäöÅÄÖ-]+ (?:för|om) [\wåäöÅÄÖ\- ]{3,60}?),? som (?:togs|tagits|har tagits|har) fram\b", rest)
    possessive = i > 0 and re.search(r"\w:s$", words[i - 1])
    if not m or not (possessive or re.search(r"\b(?:19|20)\d\d\b", rest[m.end() : m.end() + 20])):
        return None
    name = m.group(1)
    return name[0].upper() + name[1:]


_DASHES = ("–", "—", "-")
#: Relative pronouns: a verb after one belongs to a relative clause inside the title.
_RELATIVES = frozenset({"som", "där", "vilka", "vilket", "vilken", "vars"})
#: Words that open a subtitle of a title a cue noun named: a question or an infinitive marker.
_SUBTITLE_OPENERS = frozenset({"att", "vad", "hur", "varför", "vem", "vilka", "när", "var"})


def _part_forms(words: list[str], j: int) -> set[str]:
    """The forms of the parts listed after the dash ``words[j]``: "– en affisch och en film som …"
    names what the thing consists of (one form noun after each article), not a subtitle.

    >>> sorted(_part_forms("Min väg – en affisch och en film som berättar".split(), 2))
    ['affisch', 'film']
    >>> _part_forms("Min väg – en affisch för unga".split(), 2)
    set()
    """
    k = j + 1
    if k + 4 > len(words) or low(words[k]) not in ARTICLES or low(words[k + 2]) not in CONJUNCTIONS:
        return set()
    if low(words[k + 3]) not in ARTICLES:
        return set()
    found = [_cue(words[k + 1]), _cue(words[k + 4])] if k + 4 < len(words) else []
    if len(found) != 2 or any(f is None or f[0] != "resource" for f in found):
        return set()
    return {f[1] for f in found if f and f[1]}


def _subtitle_end(words: list[str], j: int, named: bool = False) -> int | None:
    """The end (exclusive) of a subtitle after the dash ``words[j]``: "– guide för första veckan,".

    A publication's title is often "Name – <form noun> …" (SKR's convention: "Väntrummet – en
    guide …", "Folkhälsans utveckling – årsrapport 2019"): a dash followed by a resource-form
    noun of the vocabulary, optionally after an article, continues the title up to the next
    comma or sentence end. Where a cue noun before the title already ``named`` it a resource, any
    noun opens the subtitle ("materialet Prata med mig – samtalsstöd för barn …").
    """
    k = j + 1
    if _part_forms(words, j):
        return j  # "Min väg – en affisch och en film som …": the parts it consists of, not a subtitle
    if k < len(words) and low(words[k]) in ARTICLES:
        k += 1
    elif k + 1 < len(words) and (low(words[k]) in NUMBER_WORDS or words[k].isdigit()) and _cue(words[k + 1]):
        # "Samtal med äldre – fyra filmer för personal …": a count of its parts describes the series
        # after the dash; the title ends before it
        return j
    if k >= len(words) or not words[k][:1].islower():
        return None
    found = _cue(words[k])
    if (
        found is None
        and k + 1 < len(words)
        and words[k].isalpha()
        and _ADJECTIVE.search(low(words[k]))
        and low(words[k]) not in STOP | NOT_NAME
    ):
        # "Stödtrappan – elevhälsobaserad modell för …", "Anhörigguiden – digital guide": an adjective may
        # stand before the subtitle's form noun (:func:`_adjective_form_heading` reads the same in headings)
        found = _cue(words[k + 1])
    if found is None or found[0] != "resource":
        # a named title's subtitle may also be a question or an infinitive: "– vad vet vi?", "– att komma i gång"
        opener = low(words[k])
        question = opener == "att" or (opener in _SUBTITLE_OPENERS and any("?" in w for w in words[k : k + 8]))
        question = question or opener in ("för", "om")  # "– för personal på …", "– om samtal med unga"
        # "rapporten Första linjen 2032 – tio år av utveckling": a count opening a named title's subtitle
        # (the parts-count case, "– fyra filmer", returned above)
        question = question or opener in NUMBER_WORDS
        if not named or ((len(bare(words[k])) < 4 or low(words[k]) in STOP | NOT_NAME) and not question):
            return None
    for end in range(k, min(len(words), k + 16)):
        if end > k and re.fullmatch(r"[\[(]\d{1,3}[\])][,.;:]?", words[end]):
            return end  # "… av utveckling (2).": a note reference follows the title
        relative = any(low(w) in _RELATIVES for w in words[k:end])  # "för barn som växer upp med …"
        if end > k and not relative and verb_form(words[end], words[end + 1] if end + 1 < len(words) else ""):
            return end  # "– grundkurs för omsorgspersonal lanserades 2025": the predicate follows the title
        if end > k and not relative and _present_after_noun(words[end - 1], words[end]):
            return end  # "– en nulägesbeskrivning kartlägger bemanning": a present tense right after the noun
        if (
            end > k + 1
            and not relative
            and low(words[end]) in PARTICLES
            and words[end].isalpha()
            and words[end - 1][:1].islower()
            and low(words[end - 1]) not in FUNCTION_WORDS
            and end + 1 < len(words)
            and low(words[end + 1]) in PREPOSITIONS
        ):
            return end - 1  # "… heldygnsvård kom ut i mars": a verb and its particle follow the title
        if (
            end > k
            and not relative
            and low(words[end]) in PARTICLES
            and end + 1 < len(words)
            and re.fullmatch(r"(?:19|20)\d\d[.,;:]?", words[end + 1])
        ):
            return end  # "togs webbutbildningen X – ensamhet och oro fram 2047": the verb's particle and a year
        if end > k and any(" ".join(low(w) for w in words[end : end + 4]).startswith(c) for c in COMPLEX_PREPOSITIONS):
            return end  # "– allas ansvar i samband med …": a complex preposition opens an adverbial
        if re.search(r"[,.;:!?)”\"]$", words[end]) and not re.search(r"\w\.(nu|se|com)$", words[end]):
            if end > k + 1 and low(words[end]) in PARTICLES:
                return end  # "togs filmen X – en film om … fram,": the particle closes the verb, not the title
            return end + 1
    return min(len(words), k + 16) if len(words) <= k + 16 else None


def _present_after_noun(before: str, word: str) -> bool:
    """Whether ``word`` is a present tense right after the noun ``before`` that ends a subject: Swedish puts
    no bare plural noun after a noun without a preposition or conjunction between, so a lower-case word in
    -er/-ar there is the verb ("Första linjen 2036 – en nulägesbeskrivning kartlägger bemanning").

    >>> _present_after_noun("nulägesbeskrivning", "kartlägger"), _present_after_noun("ungdomspsykiatrin", "beskriver")
    (True, True)
    >>> _present_after_noun("för", "lärare"), _present_after_noun("digitala", "insatser")
    (False, False)

    A genitive in -s owns the noun after it, which may be a plural ("för barnens föräldrar", "om
    elevers rättigheter"): no verb follows it.

    >>> _present_after_noun("barnens", "föräldrar"), _present_after_noun("elevers", "rättigheter")
    (False, False)
    """
    b, w = low(before), low(word)
    if b.endswith("s"):
        return False
    return (
        word.isalpha()
        and word.islower()
        and before.isalpha()
        and before.islower()
        and len(w) >= 6
        and w.endswith(("er", "ar"))
        and b not in STOP | NOT_NAME | FUNCTION_WORDS | PREPOSITIONS | CONJUNCTIONS
        and not _ADJECTIVE.search(b)
        and len(b) >= 4
    )


def _dash_title(words: list[str], i: int, named: bool = False) -> str | None:
    """A capitalised title running to a dash subtitle ("Prata med mig – samtalsstöd för barn …").

    The dash subtitle marks where the title ends, so the words before it belong to the title
    even when they are closed-class ("med", "efter"), as long as no punctuation intervenes.

    >>> words = "Prata med mig – samtalsstöd för barn som växer upp med missbruk. Materialet".split()
    >>> _dash_title(words, 0, named=True)
    'Prata med mig – samtalsstöd för barn som växer upp med missbruk'
    >>> _dash_title("Samtal efter suicidförsök – guide för första veckan, som används".split(), 0)
    'Samtal efter suicidförsök – guide för första veckan'
    >>> _dash_title("Arbetet – som pågår".split(), 0) is None
    True
    >>> _dash_title("Bryggan – skolbaserad modell för mellanstadiet har spridits till tio skolor.".split(), 0)
    'Bryggan – skolbaserad modell för mellanstadiet'
    >>> _dash_title("Bryggan – digital guide, som".split(), 0), _dash_title("Bryggan – viktigt att veta".split(), 0)
    ('Bryggan – digital guide', None)
    >>> _dash_title("togs stödmaterialet Kompassen fram – ett metodstöd för skolor".split(), 2) is None
    True
    """
    split_verb = _split_particle_verb(words, i)
    for d in range(i + 1, min(len(words), i + 9)):
        if split_verb and words[d] in PARTICLES:
            return None  # "togs stödmaterialet X fram – ett metodstöd …": the verb's particle ends the name
        if words[d] in _DASHES:
            end = _subtitle_end(words, d, named)
            if end is None:
                return None
            return " ".join(words[i:end]).rstrip(',.;:!)”"')  # a question title keeps its mark
        if re.search(r"[,.;:!?()”\"]", words[d - 1]) and not re.search(r"\w\.(nu|se|com)$", words[d - 1]):
            return None
    return None


#: The finite and supine forms of "ta" and "ge", whose particle ("fram", "ut") may follow the object in
#: Swedish word order: "togs stödmaterialet X fram", "gav SKR ut X".
_PARTICLE_VERBS = frozenset(w for verb in ("ta", "ge") for w in (*STRONG_VERBS[verb][0], *STRONG_VERBS[verb][1]))


def _split_particle_verb(words: list[str], i: int) -> bool:
    """Whether a form of "ta"/"ge" stands shortly before ``words[i]`` with no particle after it yet, so
    that a particle after the name belongs to that verb ("togs stödmaterialet Närvarosteget fram").

    >>> _split_particle_verb("Tillsammans med Skolverket togs stödmaterialet Kompassen fram".split(), 5)
    True
    >>> _split_particle_verb("UPH har tagit fram Kompassen ut".split(), 4)
    False
    """
    for k in range(i - 1, max(-1, i - 5), -1):
        w = low(words[k])
        if w in PARTICLES:
            return False
        if w in _PARTICLE_VERBS:
            return True
    return False


#: Verbs saying a piece of work was begun or carried out (Swedish grammar: past participles and
#: preterites of "inleda", "starta", "påbörja", "genomföra").
_BEGUN = re.compile(
    r"\b(?:inlett|inletts|inleddes|startat|startats|startade|påbörjat|påbörjats|påbörjades"
    r"|genomfört|genomförts|genomfördes)\b",
    re.IGNORECASE,
)


def _plural_form(word: str) -> bool:
    """A plural form noun ("Utbildningar", "Kartläggningar") names a kind of thing, not one product."""
    w = bare(word)
    if not re.search(r"(?:ar|er|or|na)$", w):
        return False
    head, single = _cue(w), _cue(w[:-2])
    return head is not None and single is not None and head == single


#: Taking part in a piece of work another runs: "deltagit i det arbete som X bedriver".
_JOINS = re.compile(r"\bdelta(?:git|r|r\s+\w+)?\s+i\s+(?:det|ett)\s+(\w+)\s+som\s+[A-ZÅÄÖ]")


def _joins_work(text: str) -> bool:
    """Whether a sentence says its subject takes part in a piece of work (a work noun of the vocabulary)
    that someone named runs.

    >>> _joins_work("Sedan 2020 har UPH deltagit i det utvecklingsarbete som Region Gotland bedriver.")
    True
    >>> _joins_work("UPH har deltagit i det nätverk som Region Gotland leder.")
    False
    """
    m = _JOINS.search(text)
    return m is not None and work_noun(m.group(1))


def _work_begun(text: str) -> bool:
    """A sentence saying a piece of work was begun or carried out: "UPH har därför inlett ett
    utvecklingsarbete", "har under 2017 genomfört förstudie", "har ett samarbete med Grums
    kommun … inletts".

    The work is an indefinite noun (after "ett"/"en", or bare when it is an initiative noun of the
    ontology): a definite one ("påbörjat arbetet med att …") refers to work named elsewhere, and a
    bare "arbete med" is an activity, not a project.

    >>> _work_begun("UPH har därför inlett ett utvecklingsarbete tillsammans med kommuner.")
    True
    >>> _work_begun("UPH har också påbörjat arbete med att öka inrapporteringsfrekvensen.")
    False
    """
    if not _BEGUN.search(text):
        return False
    words = text.split()
    if len(words) > 1 and work_noun(words[0]) and _BEGUN.fullmatch(low(words[1])):
        return low(words[0]).endswith(DEFINITE_ENDINGS)  # "Arbetet startade 2015": the section's work
    for before, w in pairwise(["", *words]):
        found = _cue(w)
        initiative = found is not None and found[0] == "initiative" and w[:1].islower()
        if initiative and not definite_cue(bare(w)):
            if low(before) in ARTICLES or _BEGUN.fullmatch(low(before)):
                return True
        if low(before) in ARTICLES and work_noun(w):
            return True
    return False


def _reference_title(note: str) -> tuple[str, str] | None:
    """A reference footnote "Author, Title – <form noun> …": (title, form).

    >>> _reference_title("Folkhälsomyndigheten, Folkhälsans utveckling – årsrapport 2019.")
    ('Folkhälsans utveckling – årsrapport 2019', 'rapport')
    >>> _reference_title("Folkhälsomyndigheten (2024). Psykisk hälsa i förskolan – stöd för förskolans personal.")
    ('Psykisk hälsa i förskolan – stöd för förskolans personal', '')
    >>> _reference_title("Regeringens beslut S2018/05894/FS.") is None
    True
    >>> _reference_title("Rapporten Lotsen 2090 – en översikt, SKR 2090.")
    ('Lotsen 2090 – en översikt', 'rapport')
    """
    words = note.split()
    # the title follows the author and a comma, or the author's year: "Folkhälsomyndigheten (2024). Titel"
    starts = [0] + [
        n + 1 for n, w in enumerate(words[:6]) if w.endswith(",") or re.fullmatch(r"\((?:19|20)\d\d\)\.", w)
    ]
    for i in starts:
        # "Rapporten Handlingsplanerna 2075 – en översikt, SKR 2075.": a note may cite the work by its
        # form noun, in the definite, before the title; the noun says what it is and is no part of it
        lead = type_word(words[i]) if i + 1 < len(words) and is_capitalised(words[i + 1]) else None
        if lead is not None and lead[0] == "resource":
            i += 1
        if i >= len(words) or not is_capitalised(words[i]) or _not_name(words[i]):
            continue
        # a reference note is a title by convention: any noun (or a question) opens its subtitle
        title = _dash_title(words, i, named=True)
        if title:
            dash = next(n for n in range(i, len(words)) if words[n] in _DASHES)
            k = dash + 2 if low(words[dash + 1]) in ARTICLES else dash + 1
            found = _cue(words[k])
            return title, found[1] if found else (lead[1] if lead is not None and lead[0] == "resource" else "")
    return None


def _absorb(target: _Cand, other: _Cand) -> None:
    if other.name != target.name and other.name not in target.alt_names:
        target.alt_names.append(other.name)
    for a in other.alt_names:
        if a not in target.alt_names and a != target.name:
            target.alt_names.append(a)
    target.urls.extend(u for u in other.urls if u not in target.urls)
    target.forms |= other.forms
    target.extra.extend(e for e in other.extra if e not in target.extra)
    target.relations.extend(r for r in other.relations if r not in target.relations)
    target.whole_section = target.whole_section or other.whole_section


def _footnote_title(title: str) -> tuple[str, tuple[str, str] | None]:
    """The page title of a footnote ("SKR:s webbplats, skriften X" -> "X") and the type its cue word gives.

    A reference note "Author (year). Title. <URL>" gives the title between the year's full stop and its
    own, whatever follows it (a running foot read into the note's text).

    >>> _footnote_title("SKR (2047). Ledstången. SKR | Insatser 2047 | 5")[0], _footnote_title("UPH (2040). Lugnet.")[0]
    ('Ledstången', 'Lugnet')
    >>> _footnote_title("SKR:s webbplats, skriften Må bra")[0]
    'Må bra'
    """
    t = title.strip().rstrip(".")
    if referenced := re.match(r"^[^().]{2,80}\((?:19|20)\d\d\)\.\s+(\S.*?)(?:\.\s|$)", t):
        t = referenced.group(1)
    parts = t.split(", ", 1)
    if len(parts) == 2 and "webbplats" in fold(parts[0]):
        t = parts[1]
    else:
        t = re.sub(r"^(?:Webbplatsen|Webbplats)(?:\s+för)?\s+", "", t)
    words = t.split()
    cue = type_word(words[0]) if words else None
    if cue and len(words) > 1:
        t = " ".join(words[1:])
    return t.strip(" ,"), cue


#: A counted plural noun (an event noun, checked by the caller) and its subject: "tre webbinarier om SIP".
_COUNTS = "|".join(sorted(set(NUMBER_WORDS) - ARTICLES, key=len, reverse=True))  # "en", "ett" count nothing
_SERIES = re.compile(
    r"\b(?:\d{1,3}|" + _COUNTS + r")\s+(\w+)\s+(om|kring)\s+"
    r"([^.,;:–()]{3,60}?)(?=\s+(?:med|där|som|och\s+de)\b|[.,;:–(]|$)"
)
#: A list of themes: "teman – A, B samt C", "Teman: A, B och C", "Teman var A, B samt C", "med temana A
#: och B" (a plural of "tema" before a capitalised list); the parts of a named series are listed so too:
#: "Webbinarieserien X, med delarna ”A” och ”B”" (each part held as one event under its title).
_THEMES = re.compile(
    r"\b(?:[Tt]ema(?:n|na)|delarna)(?:\s*[:–-]\s*|\s+(?:var|är|blev)\s+|\s+)(?=[A-ZÅÄÖ”\"“])(.{3,600})$", re.DOTALL
)
_THEME_CUT = re.compile(r",\s+(?=[”\"“]?[A-ZÅÄÖ])|\s+(?:och|samt)\s+(?=[”\"“]?[A-ZÅÄÖ])")


def _dates(text: str) -> tuple[str | None, str | None]:
    m = _DATE_RANGE.search(text)
    if m:
        m1, m2 = month(m.group(2)), month(m.group(4))
        if m1 and m2:
            y = m.group(5)
            return f"{y}-{m1:02d}-{int(m.group(1)):02d}", f"{y}-{m2:02d}-{int(m.group(3)):02d}"
    for m in _DATE.finditer(text):
        mo = month(m.group(2))
        if mo is None or not re.match(r"(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)", fold(m.group(2))):
            continue
        day = m.group(1)
        y = m.group(3)
        value = f"{y}-{mo:02d}-{int(day):02d}" if day else f"{y}-{mo:02d}"
        return value, value
    return None, None


_WHEN = (
    r"(?:(?:i|under|år|hösten|våren|sommaren|vintern|januari|februari|mars|april|maj|juni|juli|augusti"
    r"|september|oktober|november|december)\s+){0,3}"
)
_CREATED = (
    # "togs fram 2020", "lanserades i februari 2016", "i drift sedan 2015", "översattes till svenska 2014"
    re.compile(
        # "togs webbutbildningen X – … fram 2047": the passive particle verb split by its subject
        r"\b(?:togs fram|togs\s+[^.;:!?]{1,120}?\sfram|tagits fram|framtagen|framtaget|lanserades|lanserad|"
        r"publicerades|släpptes|"
        r"utvecklades|i drift sedan|översattes(?: till \w+)?|"
        # "Den kom i januari 2029", "som kom 2025, uppdaterades 2028", "gavs ut i februari 2032": came out
        r"kom(?: ut)?|gavs ut|uppdaterades)\s+" + _WHEN + _YEAR + r"\b",
        re.IGNORECASE,
    ),
    # "2018 tog SKR fram …", "Under 2017 har UPH tagit fram …", "Under 2016 inledde UPH …"
    re.compile(
        r"(?:^|[.;]\s+)(?:[Uu]nder\s+)?" + _YEAR + r",?\s+(?:tog\s+\S+(?:\s+\S+)?\s+fram|lanserade|publicerade|släppte|"
        r"har\s+\S+(?:\s+\S+)?\s+(?:tagit fram|arbetat fram|lanserat|publicerat))\b"
    ),
)


def _created_years(text: str) -> set[int]:
    """Years a sentence says a product was made or launched in.

    >>> sorted(_created_years("Utvecklingen startade i november 2015 och lanserades i februari 2016."))
    [2016]
    >>> sorted(_created_years("2018 tog SKR fram Forskningsöversikt: arbete och sjukfrånvaro."))
    [2018]
    >>> sorted(_created_years("I mars 2020 var 102 kommuner anslutna."))
    []
    >>> sorted(_created_years("Skriften, som kom 2025, uppdaterades 2028 med ett nytt avsnitt."))
    [2025, 2028]
    """
    return {int(m.group(1)) for rx in _CREATED for m in rx.finditer(text)}


def _years(text: str, kind: str) -> tuple[str | None, str | None, set[int]]:
    start = end = None
    years: set[int] = set()
    m = re.search(r"\(?" + _YEAR + r"\s*[-–]\s*" + _YEAR + r"\)?", text)
    if m and kind == "initiative":
        start, end = m.group(1), m.group(2)
    m2 = re.search(r"\b(?:[Ss]edan|startade|inleddes|påbörjades|lanserades)\s+(?:hösten\s+|våren\s+)?" + _YEAR, text)
    if m2 and kind == "initiative" and not start:
        start = m2.group(1)
    if kind == "resource":
        for m3 in re.finditer(
            r"(?:tog(?:s)? fram|framtagen|lanserades|publicerades|utvecklades)[^.]{0,40}?\b" + _YEAR, text
        ):
            years.add(int(m3.group(1)))
    return start, end, years
