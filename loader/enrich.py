"""Generic enrichment: facets, ages, languages, roles and figures read from a mention's text.

Layouts give structure (names, headings, parts); this stage reads the words with the SKOS
lexicon (care level, target group, audience, form, status), the organisation lexicon
(roles such as "drivs numera av") and the fact patterns of :mod:`loader.facts`. Every value
it adds comes with :class:`Evidence`: the quote that justifies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from loader import facts
from loader.actors import ActorLexicon, actor_roles
from loader.lexicon import Lexicon, context
from loader.model import ActorRole, Mention, Observation, Source
from loader.text import quote

__all__ = ["FACET_FIELDS", "Enriched", "Evidence", "enrich"]

#: Mention field per SKOS scheme.
FACET_FIELDS = {
    "care-level": "care_levels",
    "target-group": "target_groups",
    "audience": "audience",
    "resource-form": "forms",
    "status": "status",
    "actor-type": "actor_types",
}
_FACETED = {"resource", "initiative", "event", "activity", "focus-area", "goal"}
_FIRST_SENTENCE = re.compile(r"^(.{20,}?[.!?])(\s|$)")
# Phrases that name no facet but contain facet words: link marks ("Länk till webbsida …")
# and comparative ages ("16 år eller äldre" is an age, not older people).
_NOT_FACETS = re.compile(
    r"\(?\b[Ll]änk(?:ar)? till[^.()]*[.)]?|\(länk\)|\d+\s*år\s+(?:eller|och)\s+äldre"
    # a speaker's affiliation: "– med Måns Lööf sjuksköterska BUP Gävle"
    r"|–\s*med\s+[A-ZÅÄÖ][^.<]*",
    re.UNICODE,
)
# Statistics about a population ("6,1 procent av barnen …", "andelen ökade") say nothing
# about whom a resource serves.
_STATISTIC = re.compile(r"\d\s*(?:%|procent)|\bandel(?:en)?\b|\bökade\b|\bminskade\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _without_statistics(text: str) -> str:
    """The text with its statistics sentences blanked (offsets kept).

    >>> t = "Stöd för barn. Andelen barn ökade med 6 procent."
    >>> _without_statistics(t).rstrip(), len(_without_statistics(t)) == len(t)
    ('Stöd för barn.', True)
    """
    out, pos = [], 0
    for part in _SENTENCE.split(text):
        start = text.index(part, pos)
        out.append(text[pos:start])
        out.append(" " * len(part) if _STATISTIC.search(part) else part)
        pos = start + len(part)
    return "".join(out) + text[pos:]


@dataclass(frozen=True)
class Evidence:
    """Why a mention has a value: the field, the value and a quote of the text."""

    field: str
    value: str
    quote: str


@dataclass(frozen=True)
class Enriched:
    """A mention with the facts enrichment added, and the evidence for each."""

    mention: Mention
    evidence: tuple[Evidence, ...]
    mentioned_actors: tuple[tuple[str, str], ...] = ()  # (actor name/slug, quote)


def _first_sentence(text: str) -> str:
    match = _FIRST_SENTENCE.match(text)
    return match.group(1) if match else text[:200]


def _tags(lexicon: Lexicon, text: str, schemes: set[str]) -> list[tuple[str, str, str]]:
    # Blank out non-facet phrases with spaces so that offsets (and quotes) stay true.
    masked = _NOT_FACETS.sub(lambda m: " " * len(m.group(0)), text)
    return [(t.scheme, t.code, context(text, t)) for t in lexicon.tag(masked) if t.scheme in schemes]


def enrich(m: Mention, lexicon: Lexicon, actors: ActorLexicon, default_date: str | None) -> Enriched:
    """Add the facets, facts, roles and observations the mention's own text states."""
    evidence: list[Evidence] = []
    values: dict[str, set[str]] = {f: set(getattr(m, f) or ()) for f in FACET_FIELDS.values() if f != "status"}
    status = m.status
    for f, codes in values.items():
        for code in codes:
            evidence.append(Evidence(f, code, m.source.quote))
    if status:
        evidence.append(Evidence("status", status, m.source.quote))
    desc = m.description
    if m.kind in _FACETED:
        found: list[tuple[str, str, str]] = []
        body = f"{m.name}. {desc}" if desc else m.name
        body = _without_statistics(body)
        found += _tags(lexicon, body, {"care-level", "target-group", "audience"})
        if m.heading:
            found += _tags(lexicon, m.heading, {"care-level", "target-group", "status"})
        if m.kind == "resource":
            forms = _tags(lexicon, m.name, {"resource-form"})
            if not forms and desc:
                forms = _tags(lexicon, _first_sentence(desc), {"resource-form"})
            if not forms:
                # A sub-item listed under "Webbutbildningar" or "Filmer om SIP" has its parent's form.
                parents = [r.target_name for r in m.relations if r.relation == "part-of"]
                forms = [f for p in parents for f in _tags(lexicon, p, {"resource-form"})]
            if not forms and m.heading:
                forms = _tags(lexicon, m.heading, {"resource-form"})
            found += forms
        for scheme, code, q in found:
            f = FACET_FIELDS[scheme]
            if f == "status":
                if status is None:
                    status = code
                    evidence.append(Evidence("status", code, q))
                continue
            if code not in values[f]:
                values[f].add(code)
                evidence.append(Evidence(f, code, q))
    if status is None and desc:
        found_status = facts.status(desc)
        if found_status:
            status = found_status
            evidence.append(Evidence("status", found_status, quote(desc)))
        else:
            hits = _tags(lexicon, desc, {"status"})
            if hits:
                status = hits[0][1]
                evidence.append(Evidence("status", status, hits[0][2]))
    changes: dict[str, object] = {f: tuple(sorted(v)) for f, v in values.items()}
    changes["status"] = status
    text = f"{m.name}. {desc}"
    if not m.years and desc and m.kind in ("resource", "initiative"):
        # "Under 2016 inledde UPH ett arbete för att ta fram …": the year it was made or begun.
        found_years = facts.years_in_text(desc, m.name)
        if found_years:
            changes["years"] = found_years
            evidence += [Evidence("years", str(year), quote(desc)) for year in found_years]
    if m.kind == "resource":
        if m.age_min is None and m.age_max is None:
            ages = facts.age_range(_without_statistics(text))
            if ages:
                changes["age_min"], changes["age_max"] = ages[0], ages[1]
                evidence.append(Evidence("age", f"{ages[0]}-{ages[1]}", ages[2]))
        langs = facts.languages(desc)
        if langs:
            changes["languages"] = tuple(sorted(set(m.languages) | set(langs)))
            evidence += [Evidence("languages", code, quote(desc)) for code in langs]
        if m.free is None:
            free = facts.free_of_charge(desc)
            if free is not None:
                changes["free"] = free
                evidence.append(Evidence("free", str(free).lower(), quote(desc)))
        if m.duration is None:
            dur = facts.duration(desc)
            if dur:
                changes["duration"] = dur[0]
                evidence.append(Evidence("duration", dur[0], dur[1]))
    roles = list(m.actors)
    known = {(a.name, a.role) for a in roles}
    mentioned: list[tuple[str, str]] = []
    if desc and m.kind != "actor":
        role_slugs = set()
        for slug, role, q in actor_roles(desc, actors, owner=m.kind in ("resource", "initiative")):
            role_slugs.add(slug)
            if (slug, role) not in known:
                known.add((slug, role))
                roles.append(ActorRole(slug, role, replace(m.source, quote=quote(q))))
        for hit in actors.find(desc):
            if hit.slug not in role_slugs:
                mentioned.append((hit.surface, quote(desc[max(0, hit.start - 100) : hit.end + 100])))
    changes["actors"] = tuple(roles)
    obs = list(m.observations)
    if desc:
        for measure, value, unit, date, phrase in facts.observations(desc, default_date):
            obs.append(
                Observation(
                    measure,
                    value,
                    unit,
                    date,
                    Source(m.source.report, m.source.line, quote(phrase), m.source.page, m.source.section),
                )
            )
    changes["observations"] = tuple(obs)
    return Enriched(replace(m, **changes), tuple(evidence), tuple(dict.fromkeys(mentioned)))  # type: ignore[arg-type]


_INHERITED = ("care_levels", "target_groups", "audience")


def inherit(enriched: list[Enriched]) -> list[Enriched]:
    """Sub-items take what their parent item's text says of them all, where they say nothing.

    "Under våren 2018 tog UPH fram ett utbildningsprogram med utbildningsdagar inom nio
    områden" (the inventory's Utbildningsspår primärvård) dates each day of the programme,
    names its maker and its care level, though the bullet itself is only a title. A child
    takes a facet, its years or its producer only when it has none of its own, with the
    parent's quote as evidence; only resources listed under a resource in the same report.
    """
    parents = {(e.mention.source.report, e.mention.name): e for e in enriched if e.mention.kind == "resource"}
    out: list[Enriched] = []
    for e in enriched:
        m = e.mention
        parent = next(
            (
                parents.get((m.source.report, r.target_name))
                for r in m.relations
                if r.relation == "part-of" and r.target_kind == "resource"
            ),
            None,
        )
        if m.kind != "resource" or parent is None:
            out.append(e)
            continue
        p = parent.mention
        quotes = {(ev.field, ev.value): ev.quote for ev in parent.evidence}
        changes: dict[str, object] = {}
        evidence = list(e.evidence)
        for f in _INHERITED:
            if not getattr(m, f) and getattr(p, f):
                changes[f] = getattr(p, f)
                evidence += [Evidence(f, code, quotes.get((f, code), p.source.quote)) for code in getattr(p, f)]
        if not m.years and p.years:
            changes["years"] = p.years
            evidence += [Evidence("years", str(y), quotes.get(("years", str(y)), p.source.quote)) for y in p.years]
        if not any(a.role == "producer" for a in m.actors):
            made = tuple(a for a in p.actors if a.role == "producer")
            if made:
                changes["actors"] = m.actors + made
        out.append(Enriched(replace(m, **changes), tuple(evidence), e.mentioned_actors) if changes else e)  # type: ignore[arg-type]
    return out
