"""Frozen records that flow through the loader: documents, sections, mentions.

Layouts turn a :class:`Document` into :class:`Mention` records; later stages
(enrichment, resolution, graph building) never look at the raw text again except
through the :class:`Source` each mention carries.

>>> s = Source(report="r", line=3, quote="Länk till SkolFam.")
>>> m = Mention(kind="resource", name="SkolFam", source=s)
>>> m.kind, m.source.line
('resource', 3)
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from loader.document import Block, Page, Sentence

__all__ = [
    "EXTRA_KEYS",
    "KINDS",
    "ROLES",
    "ActorRole",
    "Document",
    "Line",
    "Mention",
    "Observation",
    "Relation",
    "Source",
    "Verbatim",
]

#: Entity kinds a layout may emit; they map to ontology classes in ``loader.graph``.
KINDS = (
    "resource",  # pg:Resource
    "actor",  # pg:Actor
    "agreement",  # pg:Agreement
    "initiative",  # pg:Initiative (project, programme, delarena, pilot, working group)
    "event",  # pg:Event
    "focus-area",  # pg:FocusArea (focus area of an agreement, initiative or action plan)
    "goal",  # pg:Goal (action plan goal)
    "activity",  # pg:Activity (action plan activity / task)
)

#: Every key a layout may set in :attr:`Mention.extra`, with what becomes of it. A key outside this
#: table is an error when the mention is made (:meth:`Mention.__post_init__`), so no layout fact is
#: silently dropped: the graph publishes it (``loader.graph._EXTRA``), a named later stage reads
#: it, or it repeats a declared field and says which.
EXTRA_KEYS = {
    # Published by loader.graph as literals of the ontology's properties.
    "collaboration-area": "published: pg:collaborationArea (a party's area in a table of parties)",
    "scope": "published: pg:collaborationScope (how far a party's collaboration reaches)",
    "priority": "published: pg:priority (an action plan's priority of an activity)",
    "main-applicant": "published: pg:mainApplicant (the main applicant of a research project)",
    "level": "published: dcterms:type (a focus area's level in a two-level overview)",
    "term": "published: dcterms:type (a plan goal's term: short or long, or overall)",
    # Read by a later stage of the loader.
    "type": "read by the layout that made it: a finer kind (pilot, pilot site, model, research project, task)",
    "missing-table": "read by action_plan: a table the plan announces but does not print",
    "goes-on": "read by enrich: the sentences right after an item that still describe it",
    "end-as-written": "read by slides: a period's end as the slide writes it, before normalising",
    # The same as a declared field of the mention.
    "sector": "the participant list's sector heading: the mention's heading, typed by actor_types",
    "group": "an action plan's group of activities: the mention's heading",
    "subheading": "an inventory or appendix subheading: kept beside the heading path, not published",
    "presenter": "a presenter named on the event's slide: a person, not published (people are no actors)",
}

#: Roles an actor can have towards an entity; they map to ``pg:`` role properties.
ROLES = (
    "producer",  # made it / tog fram / är framtagen av
    "maintainer",  # förvaltas av / drivs numera av / har tagit över
    "partner",  # tillsammans med / i samarbete med
    "funder",  # finansierad av / med medel från
    "participant",  # deltagande organisation
    "organizer",  # arrangör (events)
    "applicant",  # huvudsökande (research grants)
    "party",  # part i överenskommelse
    "member",  # ingår i (organisation of a plan: styrgrupp etc.)
)


@dataclass(frozen=True)
class Line:
    """One line of a report with its 1-based number and the page it is on."""

    number: int
    text: str
    page: int | None = None


@dataclass(frozen=True)
class Verbatim:
    """The report as stored, when the reader took invisible noise out of the text it reads
    (:func:`loader.read.reading_text`): ``stored`` is that text, and per character ``i`` of the
    read text ``starts[i]``/``ends[i]`` are where it starts and ends in ``stored``.

    >>> v = Verbatim("sam\u00adverkan", (0, 1, 2, 4, 5, 6, 7, 8, 9), (1, 2, 3, 5, 6, 7, 8, 9, 10))
    >>> v.span(0, 9), v.span(0, 3), v.span(3, 3)
    ((0, 10), (0, 3), (4, 4))
    """

    stored: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The stored span of the read span ``[start, end)``."""
        at = self.starts[start] if start < len(self.starts) else len(self.stored)
        return (at, self.ends[end - 1]) if end > start else (at, at)


@dataclass(frozen=True)
class Document:
    """A report as read from disk: its id (file stem), and its lines.

    ``text`` is the lines joined with ``"\\n"``; offsets (:meth:`offset`, the spans of
    ``pages``, ``blocks`` and ``sentences``, ``Source.start``) are code-point offsets into it.
    The segmentation is computed once, on first use (see :mod:`loader.document`).
    ``verbatim`` is set when ``text`` differs from the report as stored (invisible noise the
    reader took out); quotes and offsets are turned back into the stored text's when written.
    """

    report: str
    lines: tuple[Line, ...]
    verbatim: Verbatim | None = field(default=None, compare=False, repr=False)

    @cached_property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @cached_property
    def _starts(self) -> tuple[int, ...]:
        starts, pos = [], 0
        for line in self.lines:
            starts.append(pos)
            pos += len(line.text) + 1
        return tuple(starts)

    def offset(self, line: int) -> int:
        """The offset in ``text`` where 1-based line ``line`` starts."""
        return self._starts[line - self.lines[0].number] if self.lines else 0

    def line_at(self, offset: int) -> Line:
        """The line containing character ``offset`` (a newline belongs to the line it ends)."""
        return self.lines[max(0, bisect_right(self._starts, offset) - 1)]

    @cached_property
    def pages(self) -> list[Page]:
        from loader.document import pages  # the segmenter depends on this module

        return pages(self)

    @cached_property
    def blocks(self) -> list[Block]:
        from loader.document import blocks

        return blocks(self)

    @cached_property
    def sentences(self) -> list[Sentence]:
        from loader.document import sentences

        return sentences(self)


@dataclass(frozen=True)
class Source:
    """Where a fact was read: report id, 1-based line, page, section, and a quote."""

    report: str
    line: int
    quote: str
    page: int | None = None
    section: str = ""
    #: The words inside ``quote`` that justify the fact (a matched label, a cue), if known.
    trigger: str = ""
    #: Once anchored (:mod:`loader.evidence`): ``Document.text[start:end] == quote``.
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class ActorRole:
    """An organisation named in the text with its role towards the mention."""

    name: str
    role: str
    source: Source | None = None


@dataclass(frozen=True)
class Observation:
    """A dated figure about the mention, e.g. 102 connected municipalities in 2020-03."""

    measure: str  # short Swedish phrase, e.g. "anslutna kommuner"
    value: float
    unit: str  # e.g. "kommuner", "MSEK", "deltagare"
    date: str  # ISO 8601: "2020", "2020-03" or "2021-12-31"
    source: Source


@dataclass(frozen=True)
class Relation:
    """A typed link to another mention by name, e.g. ("agreement", "Överenskommelse 2017")."""

    relation: str  # "part-of", "has-part", "agreement", "goal", "focus-area", "related"
    target_kind: str
    target_name: str


@dataclass(frozen=True)
class Mention:
    """One entity as one report presents it.

    Facet fields (``forms`` … ``audience``) hold concept codes a layout read from
    structure (e.g. the heading it is listed under); enrichment adds the codes the
    SKOS lexicon finds in ``name`` and ``description``.
    """

    kind: str
    name: str
    source: Source
    description: str = ""
    heading: str = ""
    alt_names: tuple[str, ...] = ()
    code: str | None = None  # e.g. delarena "A", section "3.3.4"
    years: tuple[int, ...] = ()
    start: str | None = None  # ISO date or year
    end: str | None = None
    location: str | None = None
    urls: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    care_levels: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    actor_types: tuple[str, ...] = ()
    status: str | None = None
    age_min: int | None = None
    age_max: int | None = None
    languages: tuple[str, ...] = ()  # ISO 639-1 codes other than "sv"
    free: bool | None = None
    duration: str | None = None  # ISO 8601 duration, e.g. "PT60M"
    identifiers: tuple[str, ...] = ()  # "SKL dnr 16/06741", "ISBN 978-…"
    actors: tuple[ActorRole, ...] = ()
    relations: tuple[Relation, ...] = ()
    observations: tuple[Observation, ...] = ()
    extra: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        """Refuse an ``extra`` key that :data:`EXTRA_KEYS` does not declare.

        >>> Mention("event", "X", Source("r", 1, "X"), extra=(("venue", "Aula"),))
        Traceback (most recent call last):
        ...
        ValueError: Mention 'X': undeclared extra key(s) venue (declare them in loader.model.EXTRA_KEYS)
        """
        unknown = sorted({key for key, _ in self.extra} - EXTRA_KEYS.keys())
        if unknown:
            raise ValueError(
                f"Mention {self.name!r}: undeclared extra key(s) {', '.join(unknown)} "
                "(declare them in loader.model.EXTRA_KEYS)"
            )
