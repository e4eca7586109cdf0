"""Build the graph: entities and their evidence become sorted N-Quads, one graph per report.

Each distinct triple is stated once, in the graph of the first report (in file order) that
supports it; every report that supports it adds its own Web Annotation with the quote, so
the union default graph has no duplicates and every source is still recorded.

>>> from pyoxigraph import NamedNode
>>> w = QuadWriter()
>>> w.add(NamedNode("https://x/a"), RDFS_LABEL, lit("SkolFam"), NamedNode("https://x/g"))
>>> w.lines()
['<https://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "SkolFam"@sv <https://x/g> .']
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from loader.enrich import FACET_FIELDS, Enriched
from loader.evidence import Anchorer
from loader.model import Mention, Observation, Source
from loader.resolve import Entity, Occurrence, RelationTargets, compact
from psykgraf.facets import FACETS

__all__ = ["CLASSES", "CONTEXT", "RDFS_LABEL", "GraphBuilder", "QuadWriter", "Rebase", "lit"]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
SDO = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"

RDFS_LABEL = NamedNode(RDFS + "label")
RDF_TYPE = NamedNode(RDF + "type")

#: Mention kind -> ontology class local name.
CLASSES = {
    "resource": "Resource",
    "actor": "Actor",
    "agreement": "Agreement",
    "initiative": "Initiative",
    "event": "Event",
    "focus-area": "FocusArea",
    "goal": "Goal",
    "activity": "Activity",
}
#: Mention facet field -> (pg property local name, scheme notation): the one facet table.
_FACET_PROPS = {f.field: (f.prop, f.scheme) for f in FACETS}
#: Relation name -> (property IRI, inverse property IRI or None).
_RELATIONS = {
    "part-of": (DCT + "isPartOf", DCT + "hasPart"),
    "has-part": (DCT + "hasPart", DCT + "isPartOf"),
    "agreement": ("pg:agreement", None),
    "focus-area": ("pg:focusArea", None),
    "goal": ("pg:goal", None),
    "related": (DCT + "relation", None),
}
#: Published ``Mention.extra`` keys -> property (literal values); every key is declared in
#: ``loader.model.EXTRA_KEYS``, which says what becomes of the others.
_EXTRA = {
    "collaboration-area": "pg:collaborationArea",
    "scope": "pg:collaborationScope",
    "priority": "pg:priority",
    "main-applicant": "pg:mainApplicant",
    # A focus area's level ("arbetsområde", "fokusområde") and a goal's term ("kort sikt"): the
    # kind of thing within its class, which is what dcterms:type states.
    "level": DCT + "type",
    "term": DCT + "type",
}
#: Characters of verbatim context kept before and after a quote (oa:prefix, oa:suffix).
CONTEXT = 32
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")


def lit(value: str, lang: str | None = "sv", datatype: str | None = None) -> Literal:
    """A literal: language-tagged by default, typed when ``datatype`` is given."""
    if datatype is not None:
        return Literal(value, datatype=NamedNode(datatype))
    if lang is None:
        return Literal(value)
    return Literal(value, language=lang)


def _date(value: str) -> Literal | None:
    if _DATE.match(value):
        return lit(value, datatype=XSD + "date")
    if _MONTH.match(value):
        return lit(value, datatype=XSD + "gYearMonth")
    if _YEAR.match(value):
        return lit(value, datatype=XSD + "gYear")
    return None


@dataclass(frozen=True)
class Rebase:
    """Moves terms from the base IRI the schema files are written under to the build's base.

    The ontology, vocabularies, manifest and named queries are Turtle/SPARQL written under
    the default base; a build under another base rewrites their terms (never serialised
    lines): IRIs, literal datatypes, a literal that is wholly an IRI under the base (as
    ``vann:preferredNamespaceUri``), and the ``<…>`` IRIs inside SPARQL text (``sh:select``…),
    so a published query runs against the graph it is published in.

    >>> r = Rebase("https://w3id.org/psykgraf/", "https://example.org/pg/")
    >>> r.term(NamedNode("https://w3id.org/psykgraf/ontology#Resource")).value
    'https://example.org/pg/ontology#Resource'
    >>> r.term(Literal("https://w3id.org/psykgraf/ontology#")).value
    'https://example.org/pg/ontology#'
    >>> r.term(Literal("https://w3id.org/psykgraf/ är basen", language="sv")).value
    'https://w3id.org/psykgraf/ är basen'
    """

    old: str
    new: str

    def iri(self, node: NamedNode) -> NamedNode:
        value = node.value
        return NamedNode(self.new + value[len(self.old) :]) if value.startswith(self.old) else node

    def term(self, t: NamedNode | BlankNode | Literal, sparql: bool = False) -> NamedNode | BlankNode | Literal:
        """``t`` under the new base; ``sparql``: ``t`` is query text whose ``<IRI>`` s move too."""
        if isinstance(t, NamedNode):
            return self.iri(t)
        if not isinstance(t, Literal):
            return t
        if t.language:
            return t
        value = t.value
        if sparql:
            value = value.replace("<" + self.old, "<" + self.new)
        elif value.startswith(self.old) and _URL.match(value):
            value = self.new + value[len(self.old) :]
        return Literal(value, datatype=self.iri(t.datatype))


class QuadWriter:
    """Collects quads, once per graph: a fact two reports state is in both reports' graphs.

    Each report's graph says what that report says (reading guide, "Scope"), so a facet of an
    item described in two reports is not lost from the second report's graph.
    """

    def __init__(self) -> None:
        self._quads: dict[tuple[str, str, str, str], Quad] = {}

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal, g: NamedNode) -> None:
        key = (str(s), str(p), str(o), str(g))
        if key not in self._quads:
            self._quads[key] = Quad(s, p, o, g)

    def __len__(self) -> int:
        return len(self._quads)

    def quads(self) -> list[Quad]:
        return list(self._quads.values())

    def lines(self) -> list[str]:
        return sorted(f"{q} ." for q in self._quads.values())


@dataclass(frozen=True)
class ActorInfo:
    """What the curated organisation lexicon knows of an actor."""

    label: str
    aliases: tuple[str, ...]
    actor_type: str | None
    label_en: str | None = None


def entity_ages(mentions: Sequence[Mention]) -> tuple[int | None, int | None]:
    """The one age range of an entity that several mentions give ages for: the span of their ranges.

    A bound holds when every mention with a range states it or leaves it open without
    contradicting it ("16 år eller äldre" beside "upp till 12 år" bounds nothing; "18–29 år"
    beside "upp till 29 år" is 18–29), and a mention whose bounds are inverted is no range, so the
    result never has its minimum above its maximum (the shapes' pg:ageMin ≤ pg:ageMax, one each).

    >>> from loader.model import Mention, Source
    >>> src = Source("r", 1, "q")
    >>> def m(lo, hi): return Mention("resource", "A", src, age_min=lo, age_max=hi)
    >>> entity_ages([m(13, 17), m(18, 24)])
    (13, 24)
    >>> entity_ages([Mention("resource", "A", src, age_min=16), Mention("resource", "A", src, age_max=12)])
    (None, None)
    >>> entity_ages([Mention("resource", "A", src, age_min=20, age_max=12), Mention("resource", "A", src)])
    (None, None)
    >>> entity_ages([m(18, 29), Mention("resource", "A", src, age_max=29)])
    (18, 29)
    """
    ranges = [
        (m.age_min, m.age_max)
        for m in mentions
        if (m.age_min is not None or m.age_max is not None)
        and (m.age_min is None or m.age_max is None or m.age_min <= m.age_max)
    ]
    if not ranges:
        return None, None
    lows = [lo for lo, _ in ranges if lo is not None]
    highs = [hi for _, hi in ranges if hi is not None]
    # A mention stating only the upper end ("unga vuxna upp till 29 år") leaves the lower one to
    # its group: it agrees with a lower bound another mention states unless it ends below it.
    low = min(lows) if lows else None
    if low is not None and any(a is None and b is not None and b < low for a, b in ranges):
        low = None
    # "16 år eller äldre" states that there is no upper end: it does bound nothing above.
    return low, max(highs) if len(highs) == len(ranges) else None


class GraphBuilder:
    """Turns resolved entities into quads under one base IRI."""

    def __init__(self, base: str, report_ids: Iterable[str], anchors: Anchorer | None = None) -> None:
        self.base = base
        self.anchors = anchors
        self._ages: tuple[int | None, int | None] = (None, None)  # the current entity's (entity_ages)
        self.pg = base + "ontology#"
        self.writer = QuadWriter()
        self.reports = sorted(report_ids)
        self.unresolved: list[str] = []

    # IRIs ---------------------------------------------------------------------------------
    def iri(self, kind: str, slug: str) -> NamedNode:
        return NamedNode(f"{self.base}id/{kind}/{slug}")

    def term(self, name: str) -> NamedNode:
        if name.startswith("pg:"):
            return NamedNode(self.pg + name[3:])
        return NamedNode(name)

    def graph(self, report: str) -> NamedNode:
        return NamedNode(f"{self.base}graph/{report}")

    def report_iri(self, report: str) -> NamedNode:
        return self.iri("report", report)

    def concept(self, scheme: str, code: str) -> NamedNode:
        return NamedNode(f"{self.base}vocab/{scheme}/{code}")

    def _hash(self, *parts: str) -> str:
        return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]

    # Provenance ---------------------------------------------------------------------------
    def annotate(
        self,
        subject: NamedNode,
        src: Source,
        statement: tuple[NamedNode, NamedNode | Literal] | None = None,
    ) -> None:
        """A Web Annotation tying ``subject`` (or one statement about it) to an exact span.

        The target names the report, line and page and carries two W3C selectors over the
        report text (offsets as in :mod:`loader.document`): ``#quote``, a TextQuoteSelector
        (exact + verbatim prefix/suffix) and ``#position``, a TextPositionSelector.
        """
        stored: str | None = None
        if self.anchors is not None:
            # The quote and offsets in the report's own characters (see Anchorer.stored).
            src, stored = self.anchors.stored(self.anchors.anchor(src))
        g = self.graph(src.report)
        w = self.writer.add
        key = [str(subject), src.report, str(src.line), src.quote]
        if src.start is not None:
            key.append(str(src.start))
        if statement is not None:
            key += [str(statement[0]), str(statement[1])]
        ann = self.iri("annotation", self._hash(*key))
        target = NamedNode(ann.value + "#target")
        selector = NamedNode(ann.value + "#quote")
        w(ann, RDF_TYPE, self.term("pg:SourceAnnotation"), g)
        w(ann, RDF_TYPE, NamedNode(OA + "Annotation"), g)
        if statement is None:
            w(ann, NamedNode(OA + "motivatedBy"), NamedNode(OA + "identifying"), g)
            w(ann, NamedNode(OA + "hasBody"), subject, g)
        else:
            w(ann, NamedNode(OA + "motivatedBy"), NamedNode(OA + "classifying"), g)
            w(ann, NamedNode(RDF + "subject"), subject, g)
            w(ann, NamedNode(RDF + "predicate"), statement[0], g)
            w(ann, NamedNode(RDF + "object"), statement[1], g)
        w(ann, NamedNode(OA + "hasTarget"), target, g)
        w(target, NamedNode(OA + "hasSource"), self.report_iri(src.report), g)
        w(target, NamedNode(OA + "hasSelector"), selector, g)
        w(target, self.term("pg:line"), lit(str(src.line), datatype=XSD + "integer"), g)
        if src.page is not None:
            w(target, self.term("pg:page"), lit(str(src.page), datatype=XSD + "integer"), g)
        if src.section:
            w(target, self.term("pg:section"), lit(src.section), g)
        w(selector, RDF_TYPE, NamedNode(OA + "TextQuoteSelector"), g)
        w(selector, NamedNode(OA + "exact"), lit(src.quote, lang=None), g)
        text = stored
        if text is None or src.start is None or src.end is None:
            return
        w(selector, NamedNode(OA + "prefix"), lit(text[max(0, src.start - CONTEXT) : src.start], lang=None), g)
        w(selector, NamedNode(OA + "suffix"), lit(text[src.end : src.end + CONTEXT], lang=None), g)
        position = NamedNode(ann.value + "#position")
        w(target, NamedNode(OA + "hasSelector"), position, g)
        w(position, RDF_TYPE, NamedNode(OA + "TextPositionSelector"), g)
        w(position, NamedNode(OA + "start"), lit(str(src.start), datatype=XSD + "nonNegativeInteger"), g)
        w(position, NamedNode(OA + "end"), lit(str(src.end), datatype=XSD + "nonNegativeInteger"), g)

    # Entities -----------------------------------------------------------------------------
    def add_entity(
        self,
        entity: Entity,
        enriched: dict[int, Enriched],
        relations: RelationTargets,
        actor_slug: dict[str, str],
        actor_info: dict[str, ActorInfo],
    ) -> None:
        """Write one resolved entity: class, labels, and per mention its facts and evidence.

        Nothing is looked up here but the actor slugs resolution gave: relation targets come
        resolved (:func:`loader.resolve.resolve_relations`).
        """
        s = self.iri(entity.kind, entity.slug)
        first = entity.mentions[0]
        g0 = self.graph(first.source.report)
        w = self.writer.add
        w(s, RDF_TYPE, self.term("pg:" + CLASSES[entity.kind]), g0)
        info = actor_info.get(entity.slug) if entity.kind == "actor" else None
        label = info.label if info else entity.label
        w(s, RDFS_LABEL, lit(label), g0)
        if info and info.label_en:
            w(s, RDFS_LABEL, lit(info.label_en, lang="en"), g0)
        names = {m.name for m in entity.mentions} | {a for m in entity.mentions for a in m.alt_names}
        if info:
            names |= set(info.aliases)
            if info.actor_type:
                self._facet(s, "actor_types", info.actor_type, g0, None)
        # A genitive ("SKR:s", "Region Skånes") helps the matcher but is no other name.
        shown = names | {label}
        for name in sorted(names):
            if name != label and compact(name) and re.sub(r"(?::s|s)$", "", name) not in shown - {name}:
                w(s, NamedNode(SKOS + "altLabel"), lit(name), g0)
        self._ages = entity_ages(entity.mentions)
        for m in entity.mentions:
            e = enriched.get(id(m))
            self._mention(s, entity, m, e, relations, actor_slug)
        if self._ages != (None, None):
            lo, hi = self._ages
            rng = f"{lo if lo is not None else ''}-{hi if hi is not None else ''}"
            w(s, NamedNode(SDO + "typicalAgeRange"), lit(rng, lang=None), g0)
        if entity.occurrences:
            self._series(s, entity, g0)

    def _series(self, s: NamedNode, entity: Entity, g: NamedNode) -> None:
        """An event held on several dates: a schema:EventSeries with one schema:subEvent per holding.

        The series spans its first start to its last end and counts its holdings; each holding keeps
        its own name as printed, dates, place, row number and quotes, so no row is lost.
        """
        w = self.writer.add
        w(s, RDF_TYPE, NamedNode(SDO + "EventSeries"), g)
        w(s, self.term("pg:occurrenceCount"), lit(str(len(entity.occurrences)), datatype=XSD + "integer"), g)
        first = min(o.start for o in entity.occurrences)
        last = max(o.end or o.start for o in entity.occurrences)
        for prop, value in (("startDate", first), ("endDate", last)):
            d = _date(value)
            if d is not None:
                w(s, NamedNode(SDO + prop), d, g)
        for occurrence in entity.occurrences:
            self._occurrence(s, occurrence)

    def _occurrence(self, series: NamedNode, occ: Occurrence) -> None:
        o = self.iri("event", occ.slug)
        g = self.graph(occ.mentions[0].source.report)
        w = self.writer.add
        w(o, RDF_TYPE, NamedNode(SDO + "Event"), g)
        w(o, RDFS_LABEL, lit(occ.label), g)
        w(series, NamedNode(SDO + "subEvent"), o, g)
        w(o, NamedNode(SDO + "superEvent"), series, g)
        end = occ.end if occ.end != occ.start else None
        for prop, value in (("startDate", occ.start), ("endDate", end)):
            d = _date(value) if value else None
            if d is not None:
                w(o, NamedNode(SDO + prop), d, g)
        if occ.location:
            w(o, NamedNode(SDO + "location"), lit(occ.location), g)
        for m in occ.mentions:
            gm = self.graph(m.source.report)
            w(o, NamedNode(DCT + "source"), self.report_iri(m.source.report), gm)
            if m.code:
                w(o, self.term("pg:code"), lit(m.code, lang=None), gm)
            self.annotate(o, m.source)

    def _facet(self, s: NamedNode, field: str, code: str, g: NamedNode, src: Source | None) -> None:
        prop, scheme = _FACET_PROPS[field]
        p, o = self.term("pg:" + prop), self.concept(scheme, code)
        self.writer.add(s, p, o, g)
        if src is not None:
            self.annotate(s, src, (p, o))

    def _mention(
        self,
        s: NamedNode,
        entity: Entity,
        m: Mention,
        e: Enriched | None,
        relations: RelationTargets,
        actor_slug: dict[str, str],
    ) -> None:
        src = m.source
        g = self.graph(src.report)
        w = self.writer.add
        pg = self.term
        w(s, NamedNode(DCT + "source"), self.report_iri(src.report), g)
        self.annotate(s, src)
        if m.description:
            w(s, NamedNode(DCT + "description"), lit(m.description), g)
        if m.heading and entity.kind == "resource":
            w(s, pg("pg:listedUnder"), lit(m.heading), g)
        if m.code and not (entity.occurrences and m.start):
            w(s, pg("pg:code"), lit(m.code, lang=None), g)
        for ident in m.identifiers:
            w(s, NamedNode(DCT + "identifier"), lit(ident, lang=None), g)
        evidence = {(ev.field, ev.value): (ev.quote, ev.trigger) for ev in (e.evidence if e else ())}

        def ev_src(field: str, value: str) -> Source:
            q, trigger = evidence.get((field, value), ("", ""))
            return Source(src.report, src.line, q or src.quote, src.page, src.section, trigger if q else "")

        # Concepts the item's text only mentions in passing: searchable, but no facet.
        for scheme, code, q, trigger in e.subjects if e else ():
            topic = self.concept(scheme, code)
            w(s, NamedNode(DCT + "subject"), topic, g)
            self.annotate(
                s, Source(src.report, src.line, q, src.page, src.section, trigger), (NamedNode(DCT + "subject"), topic)
            )

        for year in m.years:
            if entity.kind == "resource":
                created = lit(str(year), datatype=XSD + "gYear")
                w(s, NamedNode(DCT + "created"), created, g)
                if ("years", str(year)) in evidence:
                    self.annotate(s, ev_src("years", str(year)), (NamedNode(DCT + "created"), created))
        if entity.kind != "resource" and m.years and not m.start:
            w(s, NamedNode(SDO + "startDate"), lit(str(min(m.years)), datatype=XSD + "gYear"), g)
            if max(m.years) != min(m.years) and not m.end:
                w(s, NamedNode(SDO + "endDate"), lit(str(max(m.years)), datatype=XSD + "gYear"), g)
        # A series' dates, places and row numbers are its holdings' (see _series); a month or year
        # that another mention gives as a day ("okt, 2017" of "2017-10-04") is that day, said less exactly.
        held = bool(entity.occurrences) and m.start is not None
        days = {d for x in entity.mentions if x.source.report == src.report for d in (x.start, x.end) if d}
        for prop, value in (("startDate", m.start), ("endDate", m.end)):
            coarser = value is not None and any(d != value and d.startswith(value) for d in days)
            d = _date(value) if value and not held and not coarser else None
            if d is not None:
                w(s, NamedNode(SDO + prop), d, g)
        if m.location and not held:
            w(s, NamedNode(SDO + "location"), lit(m.location), g)
        for key, value in m.extra:
            if key in _EXTRA:
                w(s, pg(_EXTRA[key]), lit(value), g)
        for url in m.urls:
            if _URL.match(url):
                w(s, NamedNode(SDO + "url"), NamedNode(url), g)
        o: NamedNode | Literal
        for field in FACET_FIELDS.values():
            raw = getattr(m, field)
            codes = (raw,) if isinstance(raw, str) else (raw or ())
            for code in codes:
                self._facet(s, field, code, g, ev_src(field, code))
        # One age range per entity (entity_ages): each bound is written by a mention that states it.
        lo, hi = self._ages
        if m.age_min is not None and m.age_min == lo:
            o = lit(str(m.age_min), datatype=XSD + "integer")
            w(s, pg("pg:ageMin"), o, g)
            self.annotate(s, ev_src("age", f"{m.age_min}-{m.age_max}"), (pg("pg:ageMin"), o))
        if m.age_max is not None and m.age_max == hi:
            o = lit(str(m.age_max), datatype=XSD + "integer")
            w(s, pg("pg:ageMax"), o, g)
            self.annotate(s, ev_src("age", f"{m.age_min}-{m.age_max}"), (pg("pg:ageMax"), o))
        for code in m.languages:
            o = lit(code, lang=None)
            w(s, NamedNode(SDO + "inLanguage"), o, g)
            self.annotate(s, ev_src("languages", code), (NamedNode(SDO + "inLanguage"), o))
        if m.free is not None:
            o = lit(str(m.free).lower(), datatype=XSD + "boolean")
            w(s, NamedNode(SDO + "isAccessibleForFree"), o, g)
            self.annotate(s, ev_src("free", str(m.free).lower()), (NamedNode(SDO + "isAccessibleForFree"), o))
        if m.duration:
            o = lit(m.duration, datatype=XSD + "duration")
            w(s, NamedNode(SDO + "timeRequired"), o, g)
            self.annotate(s, ev_src("duration", m.duration), (NamedNode(SDO + "timeRequired"), o))
        for role in m.actors:
            slug = actor_slug.get(role.name)
            if slug is None:
                self.unresolved.append(f"{src.report}:{src.line}: actor {role.name!r} not resolved")
                continue
            p, o = pg("pg:" + role.role), self.iri("actor", slug)
            w(s, p, o, g)
            self.annotate(s, role.source or src, (p, o))
        for name, q in e.mentioned_actors if e else ():
            slug = actor_slug.get(name)
            if slug is not None:
                p, o = NamedNode(SDO + "mentions"), self.iri("actor", slug)
                w(s, p, o, g)
                self.annotate(s, Source(src.report, src.line, q, src.page, src.section), (p, o))
        for rel in relations.of(m):
            prop, inverse = _RELATIONS.get(rel.relation, (DCT + "relation", None))
            other = self.iri(rel.kind, rel.slug)
            w(s, pg(prop), other, g)
            if inverse:
                w(other, pg(inverse), s, g)
        for ob in m.observations:
            self._observation(s, entity, ob)

    def _observation(self, s: NamedNode, entity: Entity, ob: Observation) -> None:
        d = _date(ob.date)
        if d is None:
            # A count the text gives without a date ("tre webbinarier") stays on its entity
            # (pg:occurrenceCount); an observation needs its date (shapes.ttl), so none is written.
            self.unresolved.append(f"{ob.source.report}:{ob.source.line}: {ob.measure} {ob.value:g} has no date")
            return
        g = self.graph(ob.source.report)
        w = self.writer.add
        value = f"{ob.value:g}" if ob.value != int(ob.value) else str(int(ob.value))
        o = self.iri("observation", f"{entity.slug}-{compact(ob.measure)}-{ob.date}-{value}".replace(".", "-"))
        w(s, self.term("pg:observation"), o, g)
        w(o, RDF_TYPE, self.term("pg:Observation"), g)
        w(o, RDFS_LABEL, lit(f"{ob.measure}: {value} ({ob.date})"), g)
        w(o, NamedNode(SDO + "observationAbout"), s, g)
        w(o, self.term("pg:measure"), lit(ob.measure), g)
        w(o, NamedNode(SDO + "value"), lit(value, datatype=XSD + "decimal"), g)
        if ob.unit:
            w(o, NamedNode(SDO + "unitText"), lit(ob.unit), g)
        w(o, NamedNode(SDO + "observationDate"), d, g)
        w(o, NamedNode(DCT + "source"), self.report_iri(ob.source.report), g)
        self.annotate(o, ob.source)
