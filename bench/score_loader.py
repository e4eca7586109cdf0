"""Score a built graph against the hand-annotated evaluation set in ``tests/eval/``.

Not part of the test suite and never read by the loader: a measuring stick for loader work.
Run after ``psykgraf build``::

    .venv/bin/python bench/score_loader.py [--build data/build/current] [--json] [--facet-errors]

``--facet-errors`` adds, after the table, every facet disagreement on a matched item: the
report line and name, the annotated codes against the graph's codes, and the graph's quote
for each code it has that the annotation lacks (a tool for reading errors, not a score).

To score another set of reports (the held-out set in ``tests/eval/heldout/``), build them
into their own folder and point the scorer at their texts and annotations::

    .venv/bin/psykgraf build --reports tests/fixtures/heldout --build-dir /tmp/heldout-build --accept-shrink
    .venv/bin/python bench/score_loader.py --build /tmp/heldout-build/current \
        --reports tests/fixtures/heldout --eval tests/eval/heldout

What it prints (the rules are documented in ``tests/eval/README.md``):

* named-thing precision / recall / F1 per report and per class, inside the line ranges that
  ``tests/eval/sections.tsv`` lists as read completely;
* per facet (care level, target group, audience, form, status, ages, years) micro P/R/F1
  over matched items, with codes taken from the entity's direct triples in the report's
  named graph (a narrower concept counts as itself, it is not expanded);
* the share of quotes that are verbatim (position selector checked when present, else the
  quote must occur in the report text) and at most 300 characters;
* the canonical answer (first-line care × children/young people), graph against the set.

Matching rule (``match_report``): an annotated item matches a graph entity of the same class
that has a source in the same report when (1) a normalised ``rdfs:label``/``skos:altLabel``
equals the normalised name or an alias, or else (2) the words of one normalised string occur
in the other in the same order (gaps allowed; the shorter has at least 4 characters) and the
entity has a source line within ``LINE_WINDOW`` lines of the annotated line. Normalisation:
Unicode NFKD, diacritics dropped, case folded, every run of non-alphanumeric characters turned
into one space. Matching is one to one; exact matches are assigned before containment matches, nearest line first.

The pure functions are importable (``tests/loader/test_score_loader.py`` loads this file by
path) so the scorer itself is tested.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from psykgraf.facets import FACETS

KINDS = ("resource", "initiative", "event", "actor", "agreement")
CLASS_OF_KIND = {
    "resource": "Resource",
    "initiative": "Initiative",
    "event": "Event",
    "actor": "Actor",
    "agreement": "Agreement",
}
# Facet column in the TSV -> ontology property local name (see ontology/psykgraf.ttl, docs/terms.md).
FACET_PROPERTIES = {f.param: f.prop for f in FACETS if f.on_resources}
# Facets are scored on the classes the ontology gives them to and the set annotates.
FACET_KINDS = frozenset({"resource", "initiative"})
LINE_WINDOW = 5
MAX_QUOTE = 300
NOT_ANNOTATED = "?"
NEUTRAL_PREFIX = "mention"

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
OA = "http://www.w3.org/ns/oa#"


class EvalFormatError(ValueError):
    """An evaluation TSV does not have the documented columns or values."""


@dataclass(frozen=True)
class Annotation:
    """One hand-annotated item of one report."""

    report: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    line: int
    section: str
    facets: Mapping[str, frozenset[str] | None]  # None = not annotated ("?")
    note: str

    @property
    def neutral(self) -> bool:
        """A mention: neither required nor counted against the graph when matched."""
        return self.note.strip().lower().startswith(NEUTRAL_PREFIX)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(k for k in (normalise(n) for n in (self.name, *self.aliases)) if k)


@dataclass(frozen=True)
class Range:
    """Lines ``start``..``end`` (inclusive) of a report read completely for ``classes``."""

    start: int
    end: int
    classes: frozenset[str]

    def covers(self, line: int, kind: str) -> bool:
        return self.start <= line <= self.end and kind in self.classes


@dataclass(frozen=True)
class Entity:
    """A graph entity as the scorer sees it."""

    iri: str
    kinds: frozenset[str]
    labels: frozenset[str]  # normalised
    display: str
    lines: Mapping[str, frozenset[int]]  # report id -> source lines
    facets: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)  # report -> facet -> codes

    def in_report(self, report: str) -> bool:
        return report in self.lines


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def normalise(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key: "Vänd dig hit!" -> "vand dig hit"."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in stripped).split())


def contains_words(longer: str, shorter: str) -> bool:
    """True when the words of ``shorter`` occur in ``longer`` in the same order (gaps allowed).

    "tillaggsoverenskommelse 2022" is inside "tillaggsoverenskommelse inom omradet psykisk halsa 2022".
    """
    words = iter(longer.split())
    return bool(shorter) and all(any(w == x for x in words) for w in shorter.split())


def _cell_set(value: str) -> frozenset[str] | None:
    value = value.strip()
    if value == NOT_ANNOTATED:
        return None
    return frozenset(v.strip() for v in value.split("|") if v.strip())


def _age_cells(age_min: str, age_max: str) -> frozenset[str] | None:
    if age_min.strip() == NOT_ANNOTATED or age_max.strip() == NOT_ANNOTATED:
        return None
    out = set()
    if age_min.strip():
        out.add(f"min={int(age_min)}")
    if age_max.strip():
        out.add(f"max={int(age_max)}")
    return frozenset(out)


TSV_COLUMNS = (
    "kind",
    "name",
    "aliases",
    "line",
    "section",
    "care_level",
    "target_group",
    "audience",
    "form",
    "status",
    "age_min",
    "age_max",
    "years",
    "note",
)


def read_annotations(path: Path) -> list[Annotation]:
    """Read one report's TSV (the report id is the file stem)."""
    report = path.stem
    rows: list[Annotation] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if tuple(reader.fieldnames or ()) != TSV_COLUMNS:
            raise EvalFormatError(f"{path}: header must be {TSV_COLUMNS}, got {reader.fieldnames}")
        for n, row in enumerate(reader, start=2):
            kind = row["kind"].strip()
            if kind not in KINDS:
                raise EvalFormatError(f"{path}:{n}: unknown kind {kind!r}")
            try:
                line = int(row["line"])
                ages = _age_cells(row["age_min"], row["age_max"])
            except ValueError as exc:
                raise EvalFormatError(f"{path}:{n}: {exc}") from exc
            facets: dict[str, frozenset[str] | None] = {f: _cell_set(row[f]) for f in FACET_PROPERTIES}
            facets["ages"] = ages
            facets["years"] = _cell_set(row["years"])
            rows.append(
                Annotation(
                    report,
                    kind,
                    row["name"].strip(),
                    tuple(a.strip() for a in row["aliases"].split("|") if a.strip()),
                    line,
                    row["section"],
                    facets,
                    row["note"],
                )
            )
    return rows


def read_sections(path: Path) -> dict[str, list[Range]]:
    """``sections.tsv``: report, start, end, classes (``|``-separated), note."""
    out: dict[str, list[Range]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
            try:
                rng = Range(int(row["start"]), int(row["end"]), frozenset(c for c in row["classes"].split("|") if c))
            except (KeyError, ValueError) as exc:
                raise EvalFormatError(f"{path}:{n}: {exc}") from exc
            out[row["report"]].append(rng)
    return dict(out)


def read_eval_set(eval_dir: Path) -> tuple[list[Annotation], dict[str, list[Range]]]:
    sections = read_sections(eval_dir / "sections.tsv")
    annotations: list[Annotation] = []
    for path in sorted(eval_dir.glob("*.tsv")):
        if path.name != "sections.tsv":
            annotations.extend(read_annotations(path))
    return annotations, sections


# ---------------------------------------------------------------- matching


@dataclass(frozen=True)
class ReportMatch:
    """Result of matching one report's annotations against the graph."""

    pairs: Mapping[int, str]  # index into the report's annotations -> entity IRI
    per_kind: Mapping[str, Counts]
    unmatched_gold: Mapping[str, tuple[str, ...]]  # kind -> names
    unmatched_graph: Mapping[str, tuple[str, ...]]  # kind -> labels (in range)


def _nearest(lines: Iterable[int], line: int) -> int:
    return min((abs(x - line) for x in lines), default=10**9)


def match_report(
    report: str, annotations: Sequence[Annotation], entities: Sequence[Entity], ranges: Sequence[Range]
) -> ReportMatch:
    """Match one report's annotations to entities one to one and count per class."""
    pairs: dict[int, str] = {}
    used: set[str] = set()
    # Required rows choose first: a mention (neutral row) that shares a name or alias with a
    # required row must not take the entity the required row needs ("staten" beside "regeringen").
    order = sorted(range(len(annotations)), key=lambda i: annotations[i].neutral)
    for phase in ("exact", "contains"):
        for i in order:
            ann = annotations[i]
            if i in pairs:
                continue
            best: tuple[int, str] | None = None
            for ent in entities:
                if ent.iri in used or ann.kind not in ent.kinds or not ent.in_report(report):
                    continue
                distance = _nearest(ent.lines[report], ann.line)
                if phase == "exact":
                    ok = bool(ann.keys & ent.labels)
                else:
                    ok = distance <= LINE_WINDOW and any(
                        min(len(k), len(lab)) >= 4 and (contains_words(k, lab) or contains_words(lab, k))
                        for k in ann.keys
                        for lab in ent.labels
                    )
                if ok and (best is None or distance < best[0]):
                    best = (distance, ent.iri)
            if best is not None:
                pairs[i] = best[1]
                used.add(best[1])
    # A mention is a thing whose class or status a careful reader could argue either way
    # (tests/eval/README.md), so it also neutralises an entity of another class by its exact name:
    # "Uppdrag Psykisk Hälsa" read as SKR's unit (actor) where the row says initiative mention.
    for i, ann in enumerate(annotations):
        if i in pairs or not ann.neutral:
            continue
        for ent in entities:
            if ent.iri not in used and ent.in_report(report) and ann.keys & ent.labels:
                pairs[i] = ent.iri
                used.add(ent.iri)
                break
    matched_entity = {iri: annotations[i] for i, iri in pairs.items()}
    per_kind: dict[str, Counts] = {}
    missing: dict[str, tuple[str, ...]] = {}
    extra: dict[str, tuple[str, ...]] = {}
    for kind in KINDS:
        gold = [i for i, a in enumerate(annotations) if a.kind == kind and not a.neutral]
        found = [i for i in gold if i in pairs]
        in_range = [
            e
            for e in entities
            if kind in e.kinds
            and e.in_report(report)
            and any(r.covers(line, kind) for r in ranges for line in e.lines[report])
        ]
        # A graph entity in range that matches nothing annotated is a false positive; one that matches a
        # mention (neutral row) is neither. Annotated rows lie in the ranges by construction.
        fp_graph = [e for e in in_range if e.iri not in matched_entity]
        per_kind[kind] = Counts(tp=len(found), fp=len(fp_graph), fn=len(gold) - len(found))
        missing[kind] = tuple(annotations[i].name for i in gold if i not in pairs)
        extra[kind] = tuple(sorted(e.display for e in fp_graph))
    return ReportMatch(pairs, per_kind, missing, extra)


def facet_counts(
    annotations: Sequence[Annotation], pairs: Mapping[int, str], entities: Mapping[str, Entity], report: str
) -> dict[str, Counts]:
    """Micro-averaged facet agreement over matched, non-neutral items of FACET_KINDS."""
    out: dict[str, Counts] = defaultdict(Counts)
    for i, iri in pairs.items():
        ann = annotations[i]
        if ann.neutral or ann.kind not in FACET_KINDS:
            continue
        predicted = entities[iri].facets.get(report, {})
        for facet, gold in ann.facets.items():
            if gold is None or (facet == "years" and ann.kind != "resource"):
                continue
            pred = predicted.get(facet, frozenset())
            out[facet] += Counts(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))
    return dict(out)


# ---------------------------------------------------------------- quotes


def report_text(path: Path) -> str:
    """The report text as offsets count it: UTF-8, BOM stripped, CRLF -> LF."""
    return path.read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")


@dataclass(frozen=True)
class Quote:
    report: str
    exact: str
    start: int | None
    end: int | None


def check_quote(quote: Quote, text: str) -> tuple[bool, str]:
    """(verbatim, reason). Position selector wins when present; else the quote must occur in the text."""
    if len(quote.exact) > MAX_QUOTE:
        return False, "too-long"
    if quote.start is not None and quote.end is not None:
        return (text[quote.start : quote.end] == quote.exact, "position")
    return (quote.exact in text, "substring")


# ---------------------------------------------------------------- graph


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def _value(term: object) -> str:
    return str(getattr(term, "value", term))


def _ontology_ns(store: ox.Store) -> str:
    for sol in store.query(
        "SELECT DISTINCT ?c WHERE { ?s a ?c FILTER(STRENDS(STR(?c), 'ontology#Report')) } LIMIT 1",
        use_default_graph_as_union=True,
    ):
        return _value(sol["c"])[: -len("Report")]
    raise EvalFormatError("graph has no pg:Report: is this a psykgraf build?")


def _rows(store: ox.Store, query: str) -> Iterable[ox.QuerySolution]:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return result


def read_graph(graph_path: Path) -> tuple[list[Entity], list[Quote], set[str], str]:
    """Entities, quotes, the canonical answer's IRIs and the ontology namespace of a build."""
    store = ox.Store()
    store.bulk_load(path=str(graph_path), format=ox.RdfFormat.N_QUADS)
    pg = _ontology_ns(store)
    prefixes = (
        f"PREFIX pg: <{pg}> PREFIX oa: <{OA}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX dcterms: <http://purl.org/dc/terms/> "
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
    )
    kinds: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, set[str]] = defaultdict(set)
    display: dict[str, str] = {}
    class_values = " ".join(f"pg:{c}" for c in CLASS_OF_KIND.values())
    kind_of_class = {f"{pg}{c}": k for k, c in CLASS_OF_KIND.items()}
    for sol in _rows(
        store,
        prefixes + f"SELECT ?e ?c ?l ?p WHERE {{ VALUES ?c {{ {class_values} }} ?e a ?c . "
        "VALUES ?p { rdfs:label skos:altLabel } OPTIONAL { ?e ?p ?l } }",
    ):
        iri = _value(sol["e"])
        kinds[iri].add(kind_of_class[_value(sol["c"])])
        if sol["l"] is not None:
            labels[iri].add(normalise(_value(sol["l"])))
            if _value(sol["p"]).endswith("label") and iri not in display:
                display[iri] = _value(sol["l"])
    lines: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for sol in _rows(
        store,
        prefixes + "SELECT ?e ?rep ?line WHERE { ?a oa:hasTarget ?t . ?t oa:hasSource ?rep . "
        "{ ?a oa:hasBody ?e } UNION { ?a rdf:subject ?e } OPTIONAL { ?t pg:line ?line } }",
    ):
        iri = _value(sol["e"])
        if iri in kinds:
            bucket = lines[iri][_local(_value(sol["rep"]))]
            if sol["line"] is not None:
                bucket.add(int(_value(sol["line"])))
    for sol in _rows(store, prefixes + "SELECT ?e ?rep WHERE { ?e dcterms:source ?rep . ?rep a pg:Report }"):
        iri = _value(sol["e"])
        if iri in kinds:
            _ = lines[iri][_local(_value(sol["rep"]))]
    facets: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(set)))
    props = " ".join(f"pg:{p}" for p in FACET_PROPERTIES.values())
    facet_of_prop = {f"{pg}{p}": f for f, p in FACET_PROPERTIES.items()}
    for sol in _rows(
        store,
        prefixes + f"SELECT ?g ?e ?p ?code WHERE {{ VALUES ?p {{ {props} }} "
        "GRAPH ?g { ?e ?p ?c } ?c skos:notation ?code }",
    ):
        facets[_value(sol["e"])][_local(_value(sol["g"]))][facet_of_prop[_value(sol["p"])]].add(_value(sol["code"]))
    for sol in _rows(
        store, prefixes + "SELECT ?g ?e ?p ?v WHERE { VALUES ?p { pg:ageMin pg:ageMax } GRAPH ?g { ?e ?p ?v } }"
    ):
        tag = "min" if _value(sol["p"]).endswith("ageMin") else "max"
        facets[_value(sol["e"])][_local(_value(sol["g"]))]["ages"].add(f"{tag}={int(_value(sol['v']))}")
    for sol in _rows(store, prefixes + "SELECT ?g ?e ?v WHERE { GRAPH ?g { ?e dcterms:created ?v } }"):
        facets[_value(sol["e"])][_local(_value(sol["g"]))]["years"].add(_value(sol["v"])[:4])
    entities = [
        Entity(
            iri,
            frozenset(k),
            frozenset(labels[iri]),
            display.get(iri, _local(iri)),
            {r: frozenset(v) for r, v in lines.get(iri, {}).items()},
            {r: {f: frozenset(c) for f, c in fs.items()} for r, fs in facets.get(iri, {}).items()},
        )
        for iri, k in kinds.items()
    ]
    quotes: dict[tuple[str, str], Quote] = {}
    for sol in _rows(
        store,
        prefixes + "SELECT ?t ?rep ?exact ?start ?end WHERE { ?t oa:hasSource ?rep ; "
        "oa:hasSelector ?s . ?s a oa:TextQuoteSelector ; oa:exact ?exact . OPTIONAL { "
        "?t oa:hasSelector ?p . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end } }",
    ):
        start = int(_value(sol["start"])) if sol["start"] is not None else None
        end = int(_value(sol["end"])) if sol["end"] is not None else None
        key = (_value(sol["t"]), _value(sol["exact"]))
        quotes[key] = Quote(_local(_value(sol["rep"])), _value(sol["exact"]), start, end)
    answer = {
        _value(sol["r"])
        for sol in _rows(
            store,
            prefixes + "SELECT DISTINCT ?r WHERE { ?r a pg:Resource ; "
            "pg:careLevel/skos:broader* ?fl ; pg:targetGroup ?g . "
            "?fl skos:notation 'forsta-linjen' . ?g skos:notation ?tg "
            "FILTER(?tg IN ('barn', 'unga')) }",
        )
    }
    return entities, list(quotes.values()), answer, pg


def read_facet_quotes(graph_path: Path) -> dict[tuple[str, str, str, str], tuple[str, ...]]:
    """Quotes of the graph's facet statements: (entity IRI, report, facet, code) -> quotes.

    The loader ties each facet triple to its evidence with a classifying Web Annotation
    (``rdf:subject``/``rdf:predicate``/``rdf:object``); this reads them back.
    """
    store = ox.Store()
    store.bulk_load(path=str(graph_path), format=ox.RdfFormat.N_QUADS)
    pg = _ontology_ns(store)
    props = " ".join(f"<{pg}{p}>" for p in FACET_PROPERTIES.values())
    facet_of_prop = {f"{pg}{p}": f for f, p in FACET_PROPERTIES.items()}
    out: dict[tuple[str, str, str, str], list[str]] = defaultdict(list)
    query = (
        f"PREFIX oa: <{OA}> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        f"SELECT ?e ?p ?code ?rep ?line ?exact WHERE {{ VALUES ?p {{ {props} }} ?a rdf:subject ?e ; "
        "rdf:predicate ?p ; rdf:object ?c ; oa:hasTarget ?t . ?c skos:notation ?code . "
        "?t oa:hasSource ?rep ; oa:hasSelector ?s . ?s oa:exact ?exact OPTIONAL { ?t <" + pg + "line> ?line } }"
    )
    for sol in _rows(store, query):
        line = f"{_value(sol['line'])}: " if sol["line"] is not None else ""
        key = (_value(sol["e"]), _local(_value(sol["rep"])), facet_of_prop[_value(sol["p"])], _value(sol["code"]))
        out[key].append(line + _value(sol["exact"]))
    return {k: tuple(sorted(set(v))) for k, v in out.items()}


@dataclass(frozen=True)
class FacetError:
    """One facet of one matched item where the graph and the annotation disagree."""

    report: str
    line: int
    name: str
    facet: str
    gold: frozenset[str]
    graph: frozenset[str]
    quotes: Mapping[str, tuple[str, ...]]  # extra graph code -> its quotes


def facet_errors(eval_dir: Path, build_dir: Path) -> list[FacetError]:
    """Every facet disagreement over matched, non-neutral items of FACET_KINDS, by report and line."""
    annotations, sections = read_eval_set(eval_dir)
    entities, _, _, _ = read_graph(build_dir / "graph.nq")
    quotes = read_facet_quotes(build_dir / "graph.nq")
    by_iri = {e.iri: e for e in entities}
    by_report: dict[str, list[Annotation]] = defaultdict(list)
    for ann in annotations:
        by_report[ann.report].append(ann)
    out: list[FacetError] = []
    for report, anns in sorted(by_report.items()):
        pairs = match_report(report, anns, entities, sections.get(report, [])).pairs
        for i, iri in sorted(pairs.items(), key=lambda p: anns[p[0]].line):
            ann = anns[i]
            if ann.neutral or ann.kind not in FACET_KINDS:
                continue
            predicted = by_iri[iri].facets.get(report, {})
            for facet, gold in ann.facets.items():
                if gold is None or (facet == "years" and ann.kind != "resource"):
                    continue
                pred = predicted.get(facet, frozenset())
                if pred != gold:
                    extra = {c: quotes.get((iri, report, facet, c), ()) for c in sorted(pred - gold)}
                    out.append(FacetError(report, ann.line, ann.name, facet, gold, pred, extra))
    return out


def render_facet_errors(errors: Sequence[FacetError]) -> str:
    """The disagreements grouped by facet: ``report:line name  gold [...] graph [...]`` and quotes."""
    out: list[str] = []
    for facet in sorted({e.facet for e in errors}):
        mine = [e for e in errors if e.facet == facet]
        out.append(f"Facet errors: {facet} ({len(mine)} items)")
        for e in mine:
            out.append(
                f"  {e.report[:18]}:{e.line} {e.name}  gold [{' '.join(sorted(e.gold))}]"
                f"  graph [{' '.join(sorted(e.graph))}]"
            )
            for code, qs in e.quotes.items():
                for q in qs or ("(no quote)",):
                    out.append(f"      +{code}: {q}")
    return "\n".join(out)


# ---------------------------------------------------------------- scoring

FIRST_LINE = frozenset({"forsta-linjen", "primarvard"})
CHILDREN = frozenset({"barn", "unga"})


def is_canonical(ann: Annotation) -> bool:
    """First-line care (or primary care, its narrower concept) AND children or young people."""
    care, target = ann.facets.get("care_level"), ann.facets.get("target_group")
    return (
        ann.kind == "resource"
        and not ann.neutral
        and care is not None
        and target is not None
        and bool(care & FIRST_LINE)
        and bool(target & CHILDREN)
    )


def score(eval_dir: Path, build_dir: Path, reports_dir: Path) -> dict[str, object]:
    """Everything the table shows, as plain data (the ``--json`` output)."""
    annotations, sections = read_eval_set(eval_dir)
    entities, quotes, answer, _ = read_graph(build_dir / "graph.nq")
    by_iri = {e.iri: e for e in entities}
    by_report: dict[str, list[Annotation]] = defaultdict(list)
    for ann in annotations:
        by_report[ann.report].append(ann)
    per_report: dict[str, dict[str, object]] = {}
    per_class: dict[str, Counts] = defaultdict(Counts)
    facets: dict[str, Counts] = defaultdict(Counts)
    matched_to: dict[str, Annotation] = {}
    neutral_to: dict[str, Annotation] = {}
    for report, anns in sorted(by_report.items()):
        result = match_report(report, anns, entities, sections.get(report, []))
        total = Counts()
        for kind, counts in result.per_kind.items():
            per_class[kind] += counts
            total += counts
        for facet, counts in facet_counts(anns, result.pairs, by_iri, report).items():
            facets[facet] += counts
        for i, iri in result.pairs.items():
            if not anns[i].neutral:
                matched_to.setdefault(iri, anns[i])
            else:
                neutral_to.setdefault(iri, anns[i])
        per_report[report] = {
            "total": total.as_dict(),
            "per_class": {k: c.as_dict() for k, c in result.per_kind.items() if c.tp + c.fp + c.fn},
            "missing": {k: list(v) for k, v in result.unmatched_gold.items() if v},
            "extra": {k: list(v) for k, v in result.unmatched_graph.items() if v},
            "canonical_pairs": {anns[i].name: iri for i, iri in result.pairs.items() if is_canonical(anns[i])},
        }
    quote_stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    texts: dict[str, str | None] = {}
    collapsed: dict[str, str] = {}
    for q in quotes:
        if q.report not in texts:
            path = reports_dir / f"{q.report}.txt"
            texts[q.report] = report_text(path) if path.is_file() else None
        text = texts[q.report]
        if text is None:
            continue
        ok, how = check_quote(q, text)
        stats = quote_stats[q.report]
        stats["quotes"] += 1
        stats["verbatim"] += int(ok)
        stats[f"checked_by_{how}"] += 1
        # For information only: would the quote occur if all whitespace runs were one space?
        if q.report not in collapsed:
            collapsed[q.report] = " ".join(text.split())
        stats["whitespace_lenient"] += int(" ".join(q.exact.split()) in collapsed[q.report])
    canonical_gold = [a for a in annotations if is_canonical(a)]
    found, missing = [], []
    gold_iris: set[str] = set()
    for ann in canonical_gold:
        iri = dict(per_report[ann.report]["canonical_pairs"]).get(ann.name)  # type: ignore[call-overload]
        row = {"name": ann.name, "report": ann.report, "line": ann.line}
        if iri is not None:
            gold_iris.add(iri)
        (found if iri in answer else missing).append(
            {**row, "graph": "no entity" if iri is None else ("in answer" if iri in answer else "not in answer")}
        )
    extra, neutral = [], []
    for iri in sorted(answer - gold_iris):
        ent = by_iri.get(iri)
        if iri not in matched_to and iri in neutral_to:
            # A mention row is neutral here as in the named-thing counts (tests/eval/README.md).
            mention = neutral_to[iri]
            neutral.append(
                {
                    "label": ent.display if ent else iri,
                    "iri": iri,
                    "why": f"a mention in the reading ({mention.report}:{mention.line})",
                }
            )
            continue
        if iri in matched_to:
            why = f"annotated without first-line × children ({matched_to[iri].report}:{matched_to[iri].line})"
        elif ent is not None and any(
            r.covers(line, "resource") for rep, ls in ent.lines.items() for r in sections.get(rep, []) for line in ls
        ):
            why = "not an item in the annotated reading"
        else:
            why = "outside the annotated ranges (unscored)"
        extra.append({"label": ent.display if ent else iri, "iri": iri, "why": why})
    overall = sum(per_class.values(), Counts())
    return {
        "per_report": per_report,
        "per_class": {k: c.as_dict() for k, c in per_class.items()},
        "overall": overall.as_dict(),
        "facets": {k: c.as_dict() for k, c in sorted(facets.items())},
        "quotes": {r: dict(s) for r, s in sorted(quote_stats.items())},
        "canonical": {
            "gold": len(canonical_gold),
            "graph": len(answer),
            "found": found,
            "missing": missing,
            "extra": extra,
            "neutral": neutral,
        },
    }


def _pct(value: object) -> str:
    return "   –  " if value is None else f"{float(value):6.3f}"  # type: ignore[arg-type]


def render(result: Mapping[str, object]) -> str:
    """A readable table of ``score``'s result."""
    out: list[str] = []

    def row(name: str, c: Mapping[str, object]) -> None:
        out.append(
            f"  {name:<52} {c['tp']!s:>4} {c['fp']!s:>4} {c['fn']!s:>4}  "
            f"{_pct(c['precision'])} {_pct(c['recall'])} {_pct(c['f1'])}"
        )

    header = f"  {'':<52} {'tp':>4} {'fp':>4} {'fn':>4}  {'  P':>6} {'  R':>6} {'  F1':>6}"
    out.append("Named things per report (inside the annotated ranges)")
    out.append(header)
    per_report = result["per_report"]
    assert isinstance(per_report, dict)
    for report, data in per_report.items():
        row(report[:52], data["total"])
        for kind, c in data["per_class"].items():
            row(f"    {kind}", c)
    out.append("Named things per class (all reports)")
    out.append(header)
    for kind, c in result["per_class"].items():  # type: ignore[attr-defined]
        row(kind, c)
    row("ALL", result["overall"])  # type: ignore[arg-type]
    out.append("Facets over matched items (resource, initiative; years: resources only)")
    out.append(header)
    for facet, c in result["facets"].items():  # type: ignore[attr-defined]
        row(facet, c)
    out.append("Quotes: verbatim share (position selector when present, else substring; ≤ 300 chars)")
    total_q = total_ok = 0
    for report, s in result["quotes"].items():  # type: ignore[attr-defined]
        total_q += s["quotes"]
        total_ok += s["verbatim"]
        how = ", ".join(f"{k.removeprefix('checked_by_')} {v}" for k, v in s.items() if k.startswith("checked"))
        out.append(
            f"  {report[:52]:<52} {s['verbatim']:>5}/{s['quotes']:<5} {s['verbatim'] / s['quotes']:6.3f}"
            f"  ({how}; whitespace-lenient {s['whitespace_lenient'] / s['quotes']:.3f})"
        )
    if total_q:
        out.append(f"  {'ALL':<52} {total_ok:>5}/{total_q:<5} {total_ok / total_q:6.3f}")
    canonical = result["canonical"]
    assert isinstance(canonical, dict)
    out.append(
        f"Canonical answer (first-line × barn/unga): gold {canonical['gold']}, graph {canonical['graph']}, "
        f"found {len(canonical['found'])}"
    )
    for item in canonical["found"]:
        out.append(f"  found    {item['name']}  [{item['report'][:18]}:{item['line']}]")
    for item in canonical["missing"]:
        out.append(f"  MISSING  {item['name']}  [{item['report'][:18]}:{item['line']}] ({item['graph']})")
    for item in canonical["extra"]:
        out.append(f"  EXTRA    {item['label']}  ({item['why']})")
    for item in canonical["neutral"]:
        out.append(f"  neutral  {item['label']}  ({item['why']})")
    out.append("Missing / extra named things per report")
    for report, data in per_report.items():
        for kind, names in data["missing"].items():
            out.append(f"  {report[:18]} missing {kind}: " + "; ".join(names))
        for kind, names in data["extra"].items():
            out.append(f"  {report[:18]} extra {kind}: " + "; ".join(names))
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--build", type=Path, default=root / "data" / "build" / "current")
    # --eval/--reports are the documented names; --eval-dir/--reports-dir stay for old invocations.
    parser.add_argument(
        "--eval",
        "--eval-dir",
        dest="eval_dir",
        type=Path,
        default=root / "tests" / "eval",
        help="folder of the annotation TSVs and sections.tsv (default tests/eval)",
    )
    parser.add_argument(
        "--reports",
        "--reports-dir",
        dest="reports_dir",
        type=Path,
        default=root / "data" / "reports",
        help="folder of the report texts the quotes are checked against (default data/reports)",
    )
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON instead of the table")
    parser.add_argument(
        "--facet-errors",
        action="store_true",
        help="also list every facet disagreement per item, with the graph's quotes",
    )
    args = parser.parse_args(argv)
    graph = args.build / "graph.nq"
    for name, folder in (("--eval", args.eval_dir), ("--reports", args.reports_dir)):
        if not folder.is_dir():
            print(f"error: {name} {folder} is not a folder", file=sys.stderr)
            return 2
    if not (args.eval_dir / "sections.tsv").is_file():
        print(f"error: no sections.tsv in {args.eval_dir}", file=sys.stderr)
        return 2
    if not graph.is_file():
        print(f"error: no graph at {graph}; run `psykgraf build` first", file=sys.stderr)
        return 2
    try:
        result = score(args.eval_dir, args.build, args.reports_dir)
    except (EvalFormatError, OSError, SyntaxError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else render(result))
    if args.facet_errors:
        print(render_facet_errors(facet_errors(args.eval_dir, args.build)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
