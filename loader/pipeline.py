"""The build pipeline: read -> layouts -> enrich -> anchor evidence -> resolve -> graph -> validate.

:func:`build` returns one immutable, validated :class:`BuildResult` in memory;
:mod:`loader.publish` writes it (and refuses one with SHACL violations).
"""

from __future__ import annotations

import time
import traceback
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

import pyoxigraph
from pyoxigraph import NamedNode, RdfFormat

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich, inherit, item_titles
from loader.evidence import Anchorer
from loader.graph import CLASSES, ActorInfo, GraphBuilder, Rebase
from loader.layouts.action_plan import ActionPlanLayout
from loader.layouts.appendix_tables import AppendixTablesLayout, complete_cut_names
from loader.layouts.base import THRESHOLD, Layout
from loader.layouts.inventory import InventoryLayout
from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.slides import SlidesLayout
from loader.lexicon import Lexicon
from loader.model import Document, Mention
from loader.named_things import read_running_text
from loader.organisations import read_organisations
from loader.read import ReportError, read_report
from loader.report_meta import ReportMeta, declared_layout, read_meta, title_from_name
from loader.resolve import resolve, resolve_relations
from loader.tables import body_tables, masked, read_body_tables
from loader.validate import validate_lines
from psykgraf.queries import load_queries, queries_graph
from psykgraf.settings import DEFAULT_BASE_IRI, Settings

__all__ = ["LAYOUTS", "BuildResult", "build", "choose_layouts", "extract_layouts", "ontology_files"]

#: In this order ties are broken: a numbered body and appendix tables scoring alike make a final
#: report, whose appendices name its products (the body's numbered layout reads beside them).
LAYOUTS: tuple[Layout, ...] = (
    InventoryLayout(),
    AppendixTablesLayout(),
    NumberedReportLayout(),
    SlidesLayout(),
    ActionPlanLayout(),
)

Progress = Callable[[str], None]
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_DCT = "http://purl.org/dc/terms/"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_PG_REPORT = DEFAULT_BASE_IRI + "ontology#Report"
_BIBO_REPORT = "http://purl.org/ontology/bibo/Report"
#: Predicates whose literal is SPARQL text (a named query's body, ``queries_graph``).
_SPARQL_TEXT = frozenset(f"http://www.w3.org/ns/shacl#{form}" for form in ("select", "construct", "ask", "describe"))
_Quad = tuple[NamedNode, NamedNode, NamedNode | pyoxigraph.Literal, NamedNode]


@dataclass(frozen=True)
class BuildResult:
    """An unpublished, validated build: sorted N-Quads lines and what the build report needs.

    Immutable: :func:`build` makes it whole (SHACL included) and nothing sets fields on it
    afterwards. A result that does not :attr:`conform` is never published.
    """

    lines: tuple[str, ...]
    counts: Mapping[str, Mapping[str, int]]  # report -> class -> entities
    layouts: Mapping[str, Mapping[str, float]]  # report -> layout -> score (those run)
    mentions: Mapping[str, int]
    problems: tuple[str, ...] = ()
    fuzzy: tuple[tuple[str, str, str], ...] = ()
    seconds: Mapping[str, float] = field(default_factory=dict)
    #: One readable message per SHACL violation (``loader.validate``), sorted.
    violations: tuple[str, ...] = ()
    #: Reports read with doubt (no layout reached the threshold; a layout yielded nothing): built
    #: around or read by the closest layout, fatal with ``--strict``.
    warnings: tuple[str, ...] = ()

    @property
    def triples(self) -> int:
        return len(self.lines)

    @property
    def conforms(self) -> bool:
        """Whether the graph satisfies the SHACL shapes; only a conforming build may be published."""
        return not self.violations


def ontology_files(settings: Settings) -> list[Path]:
    """The schema files that go into the ontology graph, in a fixed order."""
    files = [settings.ontology_dir / "psykgraf.ttl"]
    files += sorted((settings.ontology_dir / "vocab").glob("*.ttl"))
    if settings.manifest.exists():
        files.append(settings.manifest)
    return [f for f in files if f.exists()]


#: Below :data:`THRESHOLD`, the best layout still reads a report whose score reaches this (with a
#: warning in the build report, fatal with ``--strict``): a new report that departs from its
#: layout's conventions in one feature is read rather than dropping the whole build.
FALLBACK = 0.2


#: Layouts that read two parts of one document together.
_COMBINED = frozenset({frozenset({"numbered-report", "appendix-tables"})})


def _combine(best: Layout, other: Layout) -> bool:
    return frozenset({best.name, other.name}) in _COMBINED


def choose_layouts(doc: Document, fallback: bool = False) -> list[tuple[Layout, float]]:
    """Every layout scoring at least the threshold, best first; an error if none does.

    With ``fallback``, a report no layout reaches the threshold for is read by the best one when
    it scores at least :data:`FALLBACK`, and by none (an empty list: only the readers every report
    gets, tables and running text) when no layout does.

    A cover that names the document's kind (:func:`loader.report_meta.declared_layout`:
    "INVENTERING …", "SLUTRAPPORT 2029") makes that kind's layout the best wherever its reader
    finds any of the layout's features: a new edition that departs from the layout's conventions
    is still that kind of document, not the closest other one; where no layout reaches the
    threshold, the declared one is read even when its reader finds none of its features. Its own
    score is kept, so a declared layout below the threshold is read with the build report's
    warning (and fails ``--strict``).
    """
    scored = sorted(((layout.score(doc), layout.name, layout) for layout in LAYOUTS), key=lambda t: -t[0])
    declared = declared_layout([line.text for line in doc.lines[:80]])
    named = next((t for t in scored if t[1] == declared and t[0] > 0), None)
    if named is None and declared is not None and not (scored and scored[0][0] >= THRESHOLD):
        # Nothing is recognised with confidence: the cover's word for what the report is outweighs
        # a weak likeness to another layout (an inventory edition whose headings none of the
        # inventory's shape tests know is still an inventory, not a numbered report at 0.25).
        named = next((t for t in scored if t[1] == declared), None)
    if named is not None:
        best: tuple[float, str, Layout] | None = named
    else:
        best = scored[0] if scored and scored[0][0] >= THRESHOLD else None
    if best is None and fallback and scored and scored[0][0] >= FALLBACK:
        best = scored[0]
    if best is None:
        if fallback:
            return []
        shown = ", ".join(f"{name}={score:.2f}" for score, name, _ in scored[:3])
        raise ReportError(doc.report, f"no known report layout recognised (best scores: {shown})")
    # A report is one kind of document: beside the best layout run only those made to read another
    # part of the same document (a final report's numbered body and its appendix tables). Such a
    # partner joins at the fallback level: the best layout vouches for a part that departs from its
    # own layout's conventions (a body with few numbered headings and no contents page).
    partners = [(lay, sc) for sc, _, lay in scored if lay is not best[2] and _combine(best[2], lay) and sc >= FALLBACK]
    return [(best[2], best[0]), *partners]


def extract_layouts(
    doc: Document, layouts: Sequence[Layout], failed: list[str] | None = None
) -> tuple[list[Mention], list[str]]:
    """What the chosen layouts and the shared table reader find in ``doc``, and the layouts' problems.

    With ``failed``, a layout whose reader raises on this text is skipped and the failure described
    there (the build's warning, fatal with ``--strict``); the other layouts still read the report.

    Headed tables outside the appendices a chosen appendix layout reads are read by the shared
    table reader (:mod:`loader.tables`); the other layouts see those lines, and the appendices
    themselves, blank, so that no layout reads a row as a sentence or a heading with its cells joined.
    """
    appendix = next((lay for lay in layouts if isinstance(lay, AppendixTablesLayout)), None)
    skip = appendix.read_lines(doc) if appendix is not None else frozenset()
    # the layouts' readings come first: a table's row repeating an item the text names in short
    # ("Gemensam plan i praktiken" of a captioned summary table) is then read as that item
    tabular = read_body_tables(doc, skip)
    found: list[Mention] = []
    tabled = {n for table in body_tables(doc, skip) for n in table.line_numbers}
    problems: list[str] = []
    for layout in layouts:
        seen = doc if layout is appendix else masked(doc, tabled | set(skip))
        if failed is None:
            found += layout.extract(seen)
        else:
            found += _guarded(failed, f"{doc.report}: layout {layout.name}", [], layout.extract, seen)
        report_problems = getattr(layout, "problems", None)
        if callable(report_problems):
            problems += [f"{doc.report}: {p}" for p in report_problems(seen)]
    found += tabular
    if appendix is not None:
        found = complete_cut_names(doc, found)  # a body title cut short, given in full by an appendix's list
    return found, problems


_T = TypeVar("_T")


def _guarded(failed: list[str], stage: str, otherwise: _T, run: Callable[..., _T], *args: object) -> _T:
    """``run(*args)``, or ``otherwise`` when it raises: one reader failing on one report's text is recorded
    in ``failed`` (a warning of the build report, fatal with ``--strict``) with the exception and the
    loader line where it was raised, and the rest of the build goes on without that reader's part.
    A :class:`ReportError` (an unreadable input file) still stops the build.
    """
    try:
        return run(*args)
    except ReportError:
        raise
    except Exception as exc:  # a reader's bug on a new text must not drop every other report
        where = traceback.extract_tb(exc.__traceback__)[-1]
        failed.append(
            f"{stage} failed and was skipped ({type(exc).__name__}: {exc}; "
            f"at {Path(where.filename).name}:{where.lineno})"
        )
        return otherwise


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


def _described_reports(manifest: Path) -> set[str]:
    """Report ids the manifest describes (its values override what the loader reads)."""
    if not manifest.exists():
        return set()
    prefix = DEFAULT_BASE_IRI + "id/report/"
    return {
        t.subject.value[len(prefix) :]
        for t in pyoxigraph.parse(path=str(manifest), format=RdfFormat.TURTLE)
        if t.predicate.value == _RDF_TYPE and t.object.value == _PG_REPORT and t.subject.value.startswith(prefix)
    }


def _report_quads(
    report: str, file_name: str, meta: ReportMeta, publishers: Sequence[str], base: str = DEFAULT_BASE_IRI
) -> list[_Quad]:
    """A ``pg:Report`` (IRIs under ``base``) for a report the manifest does not describe, from its opening."""
    s = NamedNode(f"{base}id/report/{report}")
    g = NamedNode(f"{base}graph/{report}")
    title = meta.title or title_from_name(report, ())
    out: list[_Quad] = [
        (s, NamedNode(_RDF_TYPE), NamedNode(_PG_REPORT), g),
        (s, NamedNode(_RDF_TYPE), NamedNode(_BIBO_REPORT), g),
        (s, NamedNode(_RDFS + "label"), pyoxigraph.Literal(title, language="sv"), g),
        (s, NamedNode(_DCT + "title"), pyoxigraph.Literal(title, language="sv"), g),
        (s, NamedNode(base + "ontology#fileName"), pyoxigraph.Literal(file_name), g),
        (s, NamedNode(_DCT + "language"), NamedNode("http://id.loc.gov/vocabulary/iso639-1/sv"), g),
        (s, NamedNode("https://schema.org/encodingFormat"), pyoxigraph.Literal("text/plain"), g),
    ]
    if meta.kind:
        out += [
            (s, NamedNode(_DCT + "type"), pyoxigraph.Literal(meta.kind[0], language="sv"), g),
            (s, NamedNode(_DCT + "type"), pyoxigraph.Literal(meta.kind[1], language="en"), g),
        ]
    if meta.issued:
        datatype = {10: "date", 7: "gYearMonth", 4: "gYear"}[len(meta.issued)]
        issued = pyoxigraph.Literal(meta.issued, datatype=NamedNode(_XSD + datatype))
        out.append((s, NamedNode(_DCT + "issued"), issued, g))
    out += [(s, NamedNode(_DCT + "publisher"), NamedNode(f"{base}id/actor/{p}"), g) for p in publishers]
    return out


def _actor_mentions(items: Sequence[Enriched], actors: ActorLexicon) -> list[Mention]:
    """Actors named by role or in passing become actor mentions with the quote that names them."""
    out: list[Mention] = []
    for e in items:
        m = e.mention
        for role in m.actors:
            src = role.source or m.source
            # Enrichment names a known organisation by its slug; the mention keeps a name.
            entry = actors.entry(role.name)
            name = entry.pref_label if entry is not None and role.name == entry.slug else role.name
            out.append(Mention(kind="actor", name=name, source=src))
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
    described = _described_reports(settings.manifest)
    metas: dict[str, tuple[str, ReportMeta]] = {}

    def known(text: str) -> list[str]:
        return [hit.slug for hit in actors.find(text) if hit.known]

    org_names = [name for entry in actors.entries for name in entry.names]

    timings["lexicons"] = time.perf_counter() - t0

    mentions: list[Mention] = []
    layouts: dict[str, dict[str, float]] = {}
    problems: list[str] = []
    per_report: Counter[str] = Counter()
    warnings: list[str] = []
    docs: dict[str, Document] = {}
    for path in paths:
        t = time.perf_counter()
        doc = read_report(path)
        docs[doc.report] = doc
        chosen = choose_layouts(doc, fallback=True)
        if not chosen:
            # A new kind of report is read for its tables, named things and organisations rather
            # than dropping the whole build (fatal with --strict).
            warnings.append(f"{path}: no known report layout recognised; read as running text only")
            say(warnings[-1])
        elif chosen[0][1] < THRESHOLD:
            layout, score = chosen[0]
            warnings.append(f"{path}: no layout recognised with confidence; read as {layout.name} ({score:.2f})")
            say(warnings[-1])
        layouts[doc.report] = {layout.name: round(score, 3) for layout, score in chosen}
        texts = [line.text for line in doc.lines]
        failed: list[str] = []  # readers that fail on this report: one warning each (fatal with --strict)
        empty = ReportMeta(None, None, None, None, None)  # the file name and manifest describe it instead
        meta = _guarded(
            failed,
            f"{path}: report description",
            empty,
            read_meta,
            texts,
            chosen[0][0].name if chosen else None,
            known,
            org_names,
        )
        if meta.title is None:  # the cover was not exported: the file name stands in, in the text's spelling
            meta = replace(meta, title=title_from_name(doc.report, texts))
        metas[doc.report] = (path.name, meta)
        if doc.report not in dates and metas[doc.report][1].issued:
            dates[doc.report] = str(metas[doc.report][1].issued)
        # The layouts read in the order of their scores, whichever of them the cover names (the
        # named one comes first in ``chosen`` for the report's kind only).
        ordered = sorted(chosen, key=lambda pair: (-pair[1], LAYOUTS.index(pair[0])))
        found, layout_problems = extract_layouts(doc, [layout for layout, _ in ordered], failed)
        problems += layout_problems
        # an appendix's organisation list printed one a line without tabs is read as its table, and an
        # inventory's list headings as headings: no sentence for the reader of running text
        none: frozenset[int] = frozenset()
        listed = none.union(
            *(
                _guarded(failed, f"{path}: listed lines of layout {lay.name}", none, lay.listed_lines, doc)
                for lay, _ in ordered
            )
        )
        running = masked(doc, listed)
        found = _guarded(
            failed, f"{path}: running text", found, read_running_text, running, found, lexicon, actors.resolve
        )
        if not found:
            warnings += failed
            warnings.append(f"{path}: no entities found: the text matches a layout but yields nothing")
            say(warnings[-1])
            continue
        # organisations named in any sentence
        found = _guarded(failed, f"{path}: organisations", found, read_organisations, doc, found, actors)
        for message in failed:  # the readers that failed, after the ones that read: one warning each
            warnings.append(message)
            say(message)
        failed.clear()
        per_report[doc.report] = len(found)
        mentions += found
        timings[f"extract {doc.report}"] = time.perf_counter() - t
        say(f"read {path.name}: {len(found)} mentions ({', '.join(layouts[doc.report])})")

    if not mentions:
        raise ReportError(str(settings.reports_dir), "; ".join(["no entities found in any report", *warnings]))
    t = time.perf_counter()
    names: dict[str, tuple[str, ...]] = {}
    for m in mentions:
        names[m.source.report] = (*names.get(m.source.report, ()), m.name)
    titles = item_titles(mentions)
    failed = []
    each: list[Enriched | None] = [
        _guarded(
            failed,
            f"{m.source.report}:{m.source.line}: facets of {m.name!r}",
            None,
            enrich,
            m,
            lexicon,
            actors,
            dates.get(m.source.report),
            names[m.source.report],
            titles.get(m.source.report),
        )
        for m in mentions
    ]  # an item whose facets cannot be read is left out with a warning, the others are kept
    warnings += failed
    enriched = inherit([e for e in each if e is not None])
    anchors = Anchorer(docs)  # every quote becomes an exact span of its report
    enriched = anchors.enriched(enriched)
    actor_mentions = _actor_mentions(enriched, actors)
    all_mentions = [e.mention for e in enriched] + actor_mentions
    by_id = {id(e.mention): e for e in enriched}
    timings["enrich"] = time.perf_counter() - t

    t = time.perf_counter()
    resolution = resolve(all_mentions, actors.resolve)
    relations = resolve_relations(resolution)
    actor_slug: dict[str, str] = {}
    actor_info: dict[str, ActorInfo] = {}
    for (kind, slug), entity in resolution.entities.items():
        if kind != "actor":
            continue
        for m in entity.mentions:
            actor_slug[m.name] = slug
        actor_slug.setdefault(slug, slug)  # roles name a known organisation by its slug (enrich)
        entry = actors.entry(slug)
        if entry is not None:
            actor_info[slug] = ActorInfo(entry.label, tuple(entry.aliases), entry.actor_type, entry.label_en)
        else:
            guessed = next((c for m in entity.mentions for c in m.actor_types), None)
            actor_info[slug] = ActorInfo(entity.mentions[0].name, (), guessed or actors.guess_type(entity.label))
    timings["resolve"] = time.perf_counter() - t

    t = time.perf_counter()
    base = settings.base_iri
    builder = GraphBuilder(base, layouts, anchors)
    for key in sorted(resolution.entities):
        builder.add_entity(resolution.entities[key], by_id, relations, actor_slug, actor_info)
    onto_graph = NamedNode(base + "graph/ontology")
    schema_triples = [
        (t, onto_graph if f.parent.name != "vocab" else NamedNode(f"{base}graph/vocab/{f.stem}"))
        for f in ontology_files(settings)
        for t in pyoxigraph.parse(path=str(f), format=RdfFormat.TURTLE)
    ]  # each SKOS scheme in its own graph, so a vocabulary service can take it alone
    if settings.queries_dir.exists():
        schema_triples += [(t, onto_graph) for t in queries_graph(load_queries(settings.queries_dir), base)]
    # The schema files are written under the default base: their terms move to this build's.
    rebase = Rebase(DEFAULT_BASE_IRI, base) if base != DEFAULT_BASE_IRI else None
    for tr, graph in schema_triples:
        s, p, o = tr.subject, tr.predicate, tr.object
        if rebase is not None:
            s, p, o = rebase.term(s), rebase.iri(p), rebase.term(o, sparql=p.value in _SPARQL_TEXT)
        builder.writer.add(s, p, o, graph)
    for report, (file_name, meta) in sorted(metas.items()):
        if report not in described:
            publishers = [p for p in meta.publishers if ("actor", p) in resolution.entities]
            for quad in _report_quads(report, file_name, meta, publishers, base):
                builder.writer.add(*quad)
    lines = builder.writer.lines()
    timings["graph"] = time.perf_counter() - t

    counts: dict[str, dict[str, int]] = {}
    for (kind, _slug), entity in resolution.entities.items():
        for report in sorted({m.source.report for m in entity.mentions}):
            counts.setdefault(report, {}).setdefault(CLASSES[kind], 0)
            counts[report][CLASSES[kind]] += 1
    problems += builder.unresolved + list(relations.unresolved) + anchors.problems

    t = time.perf_counter()
    say("validating (SHACL)")
    _conforms, violations = validate_lines(lines, settings.ontology_dir / "shapes.ttl", base)
    timings["validate"] = time.perf_counter() - t
    timings["total"] = time.perf_counter() - t0
    return BuildResult(
        lines=tuple(lines),
        counts=counts,
        layouts=layouts,
        mentions=dict(per_report),
        problems=tuple(problems + warnings),
        warnings=tuple(warnings),
        fuzzy=tuple(resolution.fuzzy),
        seconds={k: round(v, 3) for k, v in timings.items()},
        violations=tuple(violations),
    )
