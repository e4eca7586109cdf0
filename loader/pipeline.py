"""The build pipeline: read -> layouts -> enrich -> resolve -> graph -> validate.

:func:`build` returns a :class:`BuildResult` in memory; :mod:`loader.publish` writes it.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph
from pyoxigraph import NamedNode, RdfFormat

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, inherit
from loader.graph import CLASSES, ActorInfo, GraphBuilder
from loader.layouts.action_plan import ActionPlanLayout
from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.layouts.base import THRESHOLD, Layout
from loader.layouts.inventory import InventoryLayout
from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.slides import SlidesLayout
from loader.lexicon import Lexicon
from loader.model import Document, Mention
from loader.named_things import read_running_text
from loader.read import ReportError, read_report
from loader.resolve import resolve
from psykgraf.queries import load_queries, queries_graph
from psykgraf.settings import DEFAULT_BASE_IRI, Settings

__all__ = ["LAYOUTS", "BuildResult", "build", "choose_layouts", "ontology_files"]

LAYOUTS: tuple[Layout, ...] = (
    InventoryLayout(),
    NumberedReportLayout(),
    AppendixTablesLayout(),
    SlidesLayout(),
    ActionPlanLayout(),
)

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    """An unpublished build: sorted N-Quads lines and what the build report needs."""

    lines: list[str]
    counts: dict[str, dict[str, int]]  # report -> class -> entities
    layouts: dict[str, dict[str, float]]  # report -> layout -> score (those run)
    mentions: dict[str, int]
    problems: list[str] = field(default_factory=list)
    fuzzy: list[tuple[str, str, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)
    conforms: bool = True

    @property
    def triples(self) -> int:
        return len(self.lines)


def ontology_files(settings: Settings) -> list[Path]:
    """The schema files that go into the ontology graph, in a fixed order."""
    files = [settings.ontology_dir / "psykgraf.ttl"]
    files += sorted((settings.ontology_dir / "vocab").glob("*.ttl"))
    if settings.manifest.exists():
        files.append(settings.manifest)
    return [f for f in files if f.exists()]


def choose_layouts(doc: Document) -> list[tuple[Layout, float]]:
    """Every layout scoring at least the threshold, best first; an error if none does."""
    scored = sorted(((layout.score(doc), layout.name, layout) for layout in LAYOUTS), key=lambda t: -t[0])
    chosen = [(layout, score) for score, _, layout in scored if score >= THRESHOLD]
    if not chosen:
        best = ", ".join(f"{name}={score:.2f}" for score, name, _ in scored[:3])
        raise ReportError(doc.report, f"no known report layout recognised (best scores: {best})")
    return chosen


def _report_dates(manifest: Path) -> dict[str, str]:
    """The date a report's undated figures refer to: the period it covers, else its issue date.

    An annual report issued in April 2022 about 2021 says "i slutet av året" of 2021.
    """
    issued: dict[str, str] = {}
    covered: dict[str, str] = {}
    if not manifest.exists():
        return issued
    prefix = DEFAULT_BASE_IRI + "id/report/"
    wanted = {"http://purl.org/dc/terms/issued": issued, "http://purl.org/dc/terms/temporal": covered}
    for t in pyoxigraph.parse(path=str(manifest), format=RdfFormat.TURTLE):
        target = wanted.get(t.predicate.value)
        subject = t.subject.value
        if target is not None and isinstance(t.object, pyoxigraph.Literal) and subject.startswith(prefix):
            target[subject[len(prefix) :]] = t.object.value
    return issued | covered


def _actor_mentions(items: Sequence[Enriched], actors: ActorLexicon) -> list[Mention]:
    """Actors named by role or in passing become actor mentions with the quote that names them."""
    out: list[Mention] = []
    for e in items:
        m = e.mention
        for role in m.actors:
            src = role.source or m.source
            out.append(Mention(kind="actor", name=role.name, source=src))
        for name, q in e.mentioned_actors:
            out.append(Mention(kind="actor", name=name, source=replace(m.source, quote=q)))
    return out


def build(settings: Settings, progress: Progress | None = None) -> BuildResult:
    """Build the whole graph from ``settings.reports_dir``; raises ReportError on bad input."""
    say = progress or (lambda _msg: None)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    paths = sorted(settings.reports_dir.glob("*.txt"))
    if not paths:
        raise ReportError(str(settings.reports_dir), "no reports (*.txt) found")
    lexicon = Lexicon.from_dir(settings.ontology_dir / "vocab")
    actors = ActorLexicon.load(settings.lexicon_dir / "actors.ttl")
    dates = _report_dates(settings.manifest)
    timings["lexicons"] = time.perf_counter() - t0

    mentions: list[Mention] = []
    layouts: dict[str, dict[str, float]] = {}
    problems: list[str] = []
    per_report: Counter[str] = Counter()
    for path in paths:
        t = time.perf_counter()
        doc = read_report(path)
        chosen = choose_layouts(doc)
        layouts[doc.report] = {layout.name: round(score, 3) for layout, score in chosen}
        found: list[Mention] = []
        for layout, _ in chosen:
            found += layout.extract(doc)
            report_problems = getattr(layout, "problems", None)
            if callable(report_problems):
                problems += [f"{doc.report}: {p}" for p in report_problems(doc)]
        found = read_running_text(doc, found, lexicon, actors.resolve)
        if not found:
            raise ReportError(str(path), "no entities found: the text matches a layout but yields nothing")
        per_report[doc.report] = len(found)
        mentions += found
        timings[f"extract {doc.report}"] = time.perf_counter() - t
        say(f"read {path.name}: {len(found)} mentions ({', '.join(layouts[doc.report])})")

    t = time.perf_counter()
    enriched = inherit([enrich(m, lexicon, actors, dates.get(m.source.report)) for m in mentions])
    actor_mentions = _actor_mentions(enriched, actors)
    all_mentions = [e.mention for e in enriched] + actor_mentions
    by_id = {id(e.mention): e for e in enriched}
    timings["enrich"] = time.perf_counter() - t

    t = time.perf_counter()
    resolution = resolve(all_mentions, actors.resolve)
    actor_slug: dict[str, str] = {}
    actor_info: dict[str, ActorInfo] = {}
    for (kind, slug), entity in resolution.entities.items():
        if kind != "actor":
            continue
        for m in entity.mentions:
            actor_slug[m.name] = slug
        entry = actors.entry(slug)
        if entry is not None:
            actor_info[slug] = ActorInfo(entry.label, tuple(entry.aliases), entry.actor_type, entry.label_en)
        else:
            guessed = next((c for m in entity.mentions for c in m.actor_types), None)
            actor_info[slug] = ActorInfo(entity.mentions[0].name, (), guessed or actors.guess_type(entity.label))
    timings["resolve"] = time.perf_counter() - t

    t = time.perf_counter()
    builder = GraphBuilder(DEFAULT_BASE_IRI, layouts)
    for key in sorted(resolution.entities):
        builder.add_entity(resolution.entities[key], by_id, resolution, actor_slug, actor_info)
    onto_graph = NamedNode(DEFAULT_BASE_IRI + "graph/ontology")
    schema_triples = [
        t for f in ontology_files(settings) for t in pyoxigraph.parse(path=str(f), format=RdfFormat.TURTLE)
    ]
    if settings.queries_dir.exists():
        schema_triples += queries_graph(load_queries(settings.queries_dir), DEFAULT_BASE_IRI)
    for tr in schema_triples:
        builder.writer.add(tr.subject, tr.predicate, tr.object, onto_graph)
    lines = builder.writer.lines()
    if settings.base_iri != DEFAULT_BASE_IRI:
        old, new = "<" + DEFAULT_BASE_IRI, "<" + settings.base_iri
        lines = sorted(line.replace(old, new) for line in lines)
    timings["graph"] = time.perf_counter() - t

    counts: dict[str, dict[str, int]] = {}
    for (kind, _slug), entity in resolution.entities.items():
        for report in sorted({m.source.report for m in entity.mentions}):
            counts.setdefault(report, {}).setdefault(CLASSES[kind], 0)
            counts[report][CLASSES[kind]] += 1
    problems += builder.unresolved
    timings["total"] = time.perf_counter() - t0
    return BuildResult(
        lines=lines,
        counts=counts,
        layouts=layouts,
        mentions=dict(per_report),
        problems=problems,
        fuzzy=resolution.fuzzy,
        seconds={k: round(v, 3) for k, v in timings.items()},
    )
