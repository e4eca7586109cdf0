"""JSON API: resource facets (``/api/resources``), vocabularies and the named-query catalogue."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from psykgraf.queries import SCHEMES, NamedQuery, QueryError, load_queries
from service.media import negotiate
from service.metrics import Metrics
from service.pool import QueryError as PoolQueryError
from service.sparql import Refused, run_in_pool
from service.state import Build, BuildManager
from service.worker import QueryRequest

__all__ = [
    "FACETS",
    "ApiIndex",
    "Concept",
    "Record",
    "build_index",
    "collate",
    "facet_query",
    "fold",
    "router",
]

_log = logging.getLogger("psykgraf.api")
router = APIRouter(prefix="/api", tags=["api"])

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"
_SCHEMA = "https://schema.org/"
_OA = "http://www.w3.org/ns/oa#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_CACHE_CONTROL = "public, max-age=60"

#: Facet parameter → (concept scheme, pg: property, key in the response item).
FACETS: dict[str, tuple[str, str, str]] = {
    "care_level": ("care-level", "careLevel", "care_levels"),
    "target_group": ("target-group", "targetGroup", "target_groups"),
    "audience": ("audience", "audience", "audience"),
    "form": ("resource-form", "form", "forms"),
    "status": ("status", "status", "status"),
}
#: Actor roles (docs/terms.md, all ⊑ pg:involvedActor) that tie a resource to an actor.
_ROLES = (
    "involvedActor",
    "producer",
    "maintainer",
    "partner",
    "funder",
    "participant",
    "organizer",
    "applicant",
    "party",
    "member",
)
_PARAMS = (*FACETS, "actor", "age", "q", "limit", "offset")
_MAX_LIMIT = 500
_DEFAULT_LIMIT = 50
_MAX_AGE = 120
_MAX_Q = 200
_MAX_ALLOWED = 100  # longer lists of allowed values are not spelled out in a 400
_UNCAPPED = 1 << 30  # CSV from the named-query API is complete (no row cap)
_NUMBER = re.compile(r"[0-9]{1,7}")  # ASCII digits only (no fullwidth "１５", no signs)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NONWORD = re.compile(r"[\W_]+")
_SV_ORDER = str.maketrans({"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"})

T = TypeVar("T")


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of ``text``: punctuation becomes single spaces.

    >>> fold("Första  linjen – BUP:s 3–17 år")
    'forsta linjen bup s 3 17 ar'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NONWORD.sub(" ", stripped).strip()


def collate(text: str) -> str:
    """A sort key in Swedish alphabetical order (… z å ä ö), case-insensitive.

    >>> sorted(["Ödla", "Apa", "Åsna", "Ärta", "zebra", "Éclair"], key=collate)
    ['Apa', 'Éclair', 'zebra', 'Åsna', 'Ärta', 'Ödla']
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SV_ORDER))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Concept:
    """A SKOS concept as the vocabulary endpoint shows it."""

    iri: str
    code: str
    label_sv: str | None = None
    label_en: str | None = None
    broader: str | None = None
    definition: str | None = None
    definition_en: str | None = None


@dataclass
class Record:
    """Everything ``/api/resources`` shows about one resource, plus its folded text."""

    iri: str
    label: str = ""
    codes: dict[str, list[str]] = field(default_factory=dict)
    years: list[int] = field(default_factory=list)
    age_min: int | None = None
    age_max: int | None = None
    urls: list[str] = field(default_factory=list)
    sources: list[dict[str, str | None]] = field(default_factory=list)
    text: str = ""

    def item(self) -> dict[str, Any]:
        """The JSON object of the contract."""
        statuses = self.codes.get("status", [])
        return {
            "iri": self.iri,
            "label": self.label,
            "care_levels": self.codes.get("care_levels", []),
            "target_groups": self.codes.get("target_groups", []),
            "audience": self.codes.get("audience", []),
            "forms": self.codes.get("forms", []),
            "status": statuses[0] if statuses else None,
            "years": self.years,
            "age_min": self.age_min,
            "age_max": self.age_max,
            "urls": self.urls,
            "sources": self.sources,
        }

    def sort_key(self) -> tuple[str, str, str]:
        return (collate(self.label), self.label, self.iri)


@dataclass
class ApiIndex:
    """Per-build lookups: vocabularies, known actor/resource slugs, resource records."""

    schemes: dict[str, dict[str, Concept]]
    scheme_labels: dict[str, tuple[str | None, str | None]]
    concept_codes: dict[str, str]  # concept IRI → code
    actors: dict[str, str]  # slug → IRI
    resources: dict[str, str]  # slug → IRI
    records: dict[str, Record]
    ordered: list[str]  # record IRIs in response order


def _select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return list(result)


def _text(term: object) -> str:
    return str(getattr(term, "value", ""))


def _lang(term: object) -> str | None:
    return term.language if isinstance(term, ox.Literal) else None


def _int(term: object) -> int | None:
    value = _text(term)
    return int(value) if re.fullmatch(r"-?[0-9]{1,9}", value) else None


def _slugs(store: ox.Store, kind: str, cls: str, base: str) -> dict[str, str]:
    prefix = f"{base}id/{kind}/"
    rows = _select(store, f"SELECT DISTINCT ?x WHERE {{ ?x a <{base}ontology#{cls}> }}")
    iris = [r["x"].value for r in rows if isinstance(r["x"], ox.NamedNode)]
    return {iri[len(prefix) :]: iri for iri in sorted(iris) if iri.startswith(prefix)}


def _concepts(store: ox.Store) -> tuple[dict[str, dict[str, Concept]], dict[str, tuple[str | None, str | None]]]:
    rows = _select(
        store,
        f"""SELECT ?scheme ?c ?code ?p ?o WHERE {{
          ?s skos:notation ?scheme . ?c <{_SKOS}inScheme> ?s ; <{_SKOS}notation> ?code .
          OPTIONAL {{ ?c ?p ?o . VALUES ?p {{ <{_SKOS}prefLabel> <{_SKOS}definition> <{_SKOS}broader> }} }}
        }}""".replace("skos:notation", f"<{_SKOS}notation>"),
    )
    fields: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (_text(row["scheme"]), _text(row["c"]))
        entry = fields.setdefault(key, {"code": _text(row["code"])})
        predicate, obj = _text(row["p"]), row["o"]
        if obj is None:
            continue
        name = {
            f"{_SKOS}prefLabel": "label",
            f"{_SKOS}definition": "definition",
            f"{_SKOS}broader": "broader",
        }[predicate]
        slot = name if name == "broader" else f"{name}_{_lang(obj) or ''}"
        # Several values (should not happen): keep the smallest, so the answer is deterministic.
        if slot not in entry or _text(obj) < entry[slot]:
            entry[slot] = _text(obj)
    codes = {iri: entry["code"] for (_, iri), entry in fields.items()}
    schemes: dict[str, dict[str, Concept]] = {}
    for (scheme, iri), entry in sorted(fields.items(), key=lambda kv: (kv[0][0], kv[1]["code"])):
        schemes.setdefault(scheme, {})[entry["code"]] = Concept(
            iri=iri,
            code=entry["code"],
            label_sv=entry.get("label_sv"),
            label_en=entry.get("label_en"),
            broader=codes.get(entry.get("broader", "")),
            definition=entry.get("definition_sv"),
            definition_en=entry.get("definition_en"),
        )
    labels: dict[str, tuple[str | None, str | None]] = {}
    for row in _select(
        store,
        f"""SELECT ?scheme ?label WHERE {{ ?s a <{_SKOS}ConceptScheme> ; <{_SKOS}notation> ?scheme .
             OPTIONAL {{ ?s <{_SKOS}prefLabel> ?label }} }}""",
    ):
        sv, en = labels.get(_text(row["scheme"]), (None, None))
        label = row["label"]
        if _lang(label) == "sv":
            sv = _text(label)
        elif _lang(label) == "en":
            en = _text(label)
        labels[_text(row["scheme"])] = (sv, en)
        schemes.setdefault(_text(row["scheme"]), {})
    return schemes, labels


def _records(store: ox.Store, base: str, concept_codes: dict[str, str]) -> dict[str, Record]:
    pg = f"{base}ontology#"
    keys = {f"{pg}{prop}": key for prop, key in ((p, k) for _, p, k in FACETS.values())}
    wanted = [
        f"{_RDFS}label",
        f"{_SKOS}altLabel",
        f"{_DCTERMS}description",
        f"{_DCTERMS}created",
        f"{_SCHEMA}url",
        f"{pg}ageMin",
        f"{pg}ageMax",
        f"{_DCTERMS}source",
        *keys,
    ]
    values = " ".join(f"<{p}>" for p in wanted)
    rows = _select(store, f"SELECT ?r ?p ?o WHERE {{ ?r a <{pg}Resource> ; ?p ?o . VALUES ?p {{ {values} }} }}")
    raw: dict[str, dict[str, set[Any]]] = {}
    for row in rows:
        raw.setdefault(_text(row["r"]), {}).setdefault(_text(row["p"]), set()).add(row["o"])
    quoted = _select(
        store,
        f"""SELECT DISTINCT ?r ?report ?quote ?line WHERE {{
          ?r a <{pg}Resource> .
          {{ ?a <{_OA}hasBody> ?r }} UNION {{ ?a <{_RDF}subject> ?r }}
          ?a <{_OA}hasTarget> ?t .
          OPTIONAL {{ ?t <{_OA}hasSource> ?report }}
          OPTIONAL {{ ?t <{_OA}hasSelector> ?sel . ?sel <{_OA}exact> ?quote }}
          OPTIONAL {{ ?t <{pg}line> ?line }}
        }}""",
    )
    sources: dict[str, dict[tuple[str, str | None], int]] = {}
    for row in quoted:
        report = _text(row["report"]) if row["report"] is not None else ""
        quote = _text(row["quote"]) if row["quote"] is not None else None
        line = _int(row["line"]) if row["line"] is not None else None
        seen = sources.setdefault(_text(row["r"]), {})
        key = (report, quote)
        seen[key] = min(seen.get(key, 1 << 30), line if line is not None else 1 << 30)
    records: dict[str, Record] = {}
    for iri, props in raw.items():

        def texts(predicate: str, props: dict[str, set[Any]] = props) -> list[str]:
            return sorted(_text(o) for o in props.get(predicate, ()))

        labels = props.get(f"{_RDFS}label", set())
        swedish = [_text(o) for o in labels if _lang(o) == "sv"] or [_text(o) for o in labels]
        record = Record(iri, label=min(swedish, key=lambda s: (collate(s), s)) if swedish else iri)
        for predicate, slot in keys.items():
            record.codes[slot] = sorted(
                {concept_codes.get(_text(o), _text(o).rsplit("/", 1)[-1]) for o in props.get(predicate, ())}
            )
        record.years = sorted({int(y[:4]) for y in texts(f"{_DCTERMS}created") if re.match(r"[0-9]{4}", y)})
        mins = [v for v in (_int(o) for o in props.get(f"{pg}ageMin", ())) if v is not None]
        maxes = [v for v in (_int(o) for o in props.get(f"{pg}ageMax", ())) if v is not None]
        record.age_min = min(mins) if mins else None
        record.age_max = max(maxes) if maxes else None
        record.urls = texts(f"{_SCHEMA}url")
        seen = sources.get(iri, {})
        for report in texts(f"{_DCTERMS}source"):
            if not any(r == report for r, _ in seen):
                seen[(report, None)] = 1 << 30
        record.sources = [
            {"report": report or None, "quote": quote}
            for (report, quote), _ in sorted(seen.items(), key=lambda kv: (kv[0][0], kv[1], kv[0][1] or ""))
        ]
        names = [*texts(f"{_RDFS}label"), *texts(f"{_SKOS}altLabel"), *texts(f"{_DCTERMS}description")]
        record.text = " " + fold(" \n ".join(names)) + " "
        records[iri] = record
    return records


def build_index(store: ox.Store, base: str) -> ApiIndex:
    """Read vocabularies, actor and resource slugs and resource records from ``store``.

    >>> index = build_index(ox.Store(), "https://w3id.org/psykgraf/")
    >>> index.records, index.actors
    ({}, {})
    """
    schemes, labels = _concepts(store)
    concept_codes = {c.iri: c.code for concepts in schemes.values() for c in concepts.values()}
    records = _records(store, base, concept_codes)
    ordered = [r.iri for r in sorted(records.values(), key=Record.sort_key)]
    return ApiIndex(
        schemes=schemes,
        scheme_labels=labels,
        concept_codes=concept_codes,
        actors=_slugs(store, "actor", "Actor", base),
        resources=_slugs(store, "resource", "Resource", base),
        records=records,
        ordered=ordered,
    )


def facet_query(
    base: str,
    concepts: dict[str, list[ox.NamedNode]],
    actors: list[ox.NamedNode],
    ages: list[ox.Literal],
) -> str:
    """SPARQL selecting the matching resources; every value is a pyoxigraph term, serialised.

    ``concepts`` maps a pg: property local name to concept IRIs (narrower concepts match via
    ``skos:broader*``); values of one facet are ORed (``VALUES``), facets ANDed.

    >>> q = facet_query("https://w3id.org/psykgraf/",
    ...                 {"careLevel": [ox.NamedNode("https://w3id.org/psykgraf/vocab/care-level/bup")]},
    ...                 [], [ox.Literal("15", datatype=ox.NamedNode(_XSD + "integer"))])
    >>> "VALUES ?v0 { <https://w3id.org/psykgraf/vocab/care-level/bup> } ?c0" in q
    True
    >>> 'VALUES ?age { "15"^^<http://www.w3.org/2001/XMLSchema#integer> }' in q
    True
    """
    pg = f"{base}ontology#"

    def values(var: str, terms: list[ox.NamedNode] | list[ox.Literal]) -> str:
        for term in terms:
            if not isinstance(term, ox.NamedNode | ox.Literal):
                raise TypeError(f"not an RDF term: {term!r}")
        return f"VALUES ?{var} {{ {' '.join(str(t) for t in terms)} }}"

    # One sub-select per facet, joined on ?r (AND). The concept sub-select starts from the bound
    # concepts and walks skos:broader* downwards: a FILTER EXISTS with the path from ?r made
    # pyoxigraph enumerate every node (5 s on the real graph instead of 1 ms).
    parts = [f"SELECT DISTINCT ?r WHERE {{\n  ?r a <{pg}Resource> ."]
    for i, (prop, terms) in enumerate(sorted(concepts.items())):
        parts.append(
            f"  {{ SELECT DISTINCT ?r WHERE {{ {values(f'v{i}', terms)}"
            f" ?c{i} <{_SKOS}broader>* ?v{i} . ?r <{pg}{prop}> ?c{i} }} }}"
        )
    if actors:
        roles = " ".join(f"<{pg}{role}>" for role in _ROLES)
        parts.append(
            f"  {{ SELECT DISTINCT ?r WHERE {{ {values('actor', actors)} VALUES ?role {{ {roles} }}"
            " ?r ?role ?actor } }"
        )
    if ages:
        parts.append(
            f"  {{ SELECT DISTINCT ?r WHERE {{ {values('age', ages)} ?r a <{pg}Resource> .\n"
            f"    OPTIONAL {{ ?r <{pg}ageMin> ?amin }} OPTIONAL {{ ?r <{pg}ageMax> ?amax }}\n"
            "    FILTER((BOUND(?amin) || BOUND(?amax)) && (!BOUND(?amin) || ?amin <= ?age)"
            " && (!BOUND(?amax) || ?amax >= ?age)) } }"
        )
    parts.append("}")
    return "\n".join(parts)


# ---------------------------------------------------------------- request plumbing


class _BadParam(Exception):
    def __init__(self, message: str, parameter: str, allowed: list[str], status: int = 400) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.allowed = allowed
        self.status = status

    def response(self) -> JSONResponse:
        body = {"error": str(self), "parameter": self.parameter, "allowed": self.allowed}
        return JSONResponse(body, status_code=self.status)


class _Unavailable(Exception):
    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def response(self) -> JSONResponse:
        return JSONResponse({"error": str(self)}, status_code=503, headers={"Retry-After": str(self.retry_after)})


def _shown(value: str) -> str:
    """A user value, shortened, for an error message (JSON-escaped by the response)."""
    return repr(value if len(value) <= 60 else value[:60] + "…")


def _current(request: Request) -> tuple[BuildManager, Build]:
    manager: BuildManager = request.app.state.manager
    build = manager.build
    assert build is not None
    return manager, build


def _index(request: Request, build: Build) -> ApiIndex:
    """The index of ``build`` (built on first use, in the calling worker thread)."""
    state = request.app.state
    key = (id(build), build.generation)
    cached: tuple[tuple[int, str], ApiIndex] | None = getattr(state, "api_index", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    manager: BuildManager = state.manager
    index = build_index(build.store, manager.settings.base_iri)
    state.api_index = (key, index)
    return index


async def _blocking(request: Request, work: Callable[[], T]) -> T:
    """Run store work in a thread, counted against the service's concurrency limit and timeout.

    The linked-data pages also read the main process's store; pyoxigraph cannot cancel a
    query, so past the timeout the client gets 503 while the thread finishes on its own.
    """
    manager, _ = _current(request)
    settings = manager.settings
    if manager.active >= settings.max_concurrency:
        raise _Unavailable("too many concurrent queries; retry shortly", 1)
    manager.active += 1
    try:
        return await asyncio.wait_for(asyncio.to_thread(work), timeout=settings.query_timeout)
    except TimeoutError as error:
        raise _Unavailable(f"query exceeded the time limit of {settings.query_timeout:g} s", 5) from error
    finally:
        manager.active -= 1


def _cached(request: Request, build: Build, *parts: str) -> tuple[str, Response | None]:
    etag = build.etag("api", request.url.path, *parts)
    if request.headers.get("if-none-match") == etag:
        return etag, Response(status_code=304, headers={"ETag": etag, "Cache-Control": _CACHE_CONTROL})
    return etag, None


def _allowed_slugs(slugs: dict[str, str]) -> list[str]:
    return sorted(slugs) if len(slugs) <= _MAX_ALLOWED else []


def _slug_error(kind: str, parameter: str, value: str, slugs: dict[str, str]) -> _BadParam:
    hint = (
        ""
        if len(slugs) <= _MAX_ALLOWED
        else (
            f"; {len(slugs)} {kind} slugs are known (too many to list): the slug is the last part of "
            f"the {kind}'s IRI, e.g. /id/{kind}/<slug>, see the SPARQL endpoint /sparql"
        )
    )
    return _BadParam(f"unknown {kind} slug {_shown(value)}{hint}", parameter, _allowed_slugs(slugs))


# ---------------------------------------------------------------- /api/resources


@dataclass
class _Filters:
    concepts: dict[str, list[ox.NamedNode]] = field(default_factory=dict)
    actors: list[ox.NamedNode] = field(default_factory=list)
    ages: list[ox.Literal] = field(default_factory=list)
    words: list[list[str]] = field(default_factory=list)  # OR of (AND of folded tokens)
    limit: int = _DEFAULT_LIMIT
    offset: int = 0


def _number(name: str, value: str, low: int, high: int, rule: str) -> int:
    if not _NUMBER.fullmatch(value) or not low <= int(value) <= high:
        raise _BadParam(f"{name} must be {rule}, got {_shown(value)}", name, [rule])
    return int(value)


def _parse_filters(items: list[tuple[str, str]], index: ApiIndex) -> _Filters:
    filters = _Filters()
    seen: set[str] = set()
    for name, value in items:
        if name not in _PARAMS:
            raise _BadParam(f"unknown parameter {_shown(name)}", name, list(_PARAMS))
        if name in ("limit", "offset") and name in seen:
            raise _BadParam(f"the {name} parameter was given more than once; give it once", name, [])
        seen.add(name)
        if name in FACETS:
            scheme, prop, _ = FACETS[name]
            concepts = index.schemes.get(scheme, {})
            concept = concepts.get(value)
            if concept is None:
                raise _BadParam(f"unknown {scheme} code {_shown(value)}", name, sorted(concepts))
            filters.concepts.setdefault(prop, []).append(ox.NamedNode(concept.iri))
        elif name == "actor":
            if value not in index.actors:
                raise _slug_error("actor", name, value, index.actors)
            filters.actors.append(ox.NamedNode(index.actors[value]))
        elif name == "age":
            age = _number(name, value, 0, _MAX_AGE, f"an integer 0–{_MAX_AGE}")
            filters.ages.append(ox.Literal(str(age), datatype=ox.NamedNode(_XSD + "integer")))
        elif name == "q":
            rule = f"text of at most {_MAX_Q} characters without control characters"
            if len(value) > _MAX_Q or _CONTROL.search(value):
                raise _BadParam(f"q must be {rule}", name, [rule])
            tokens = fold(value).split()
            if tokens:
                filters.words.append(tokens)
        elif name == "limit":
            filters.limit = _number(name, value, 1, _MAX_LIMIT, f"an integer 1–{_MAX_LIMIT}")
        else:
            filters.offset = _number(name, value, 0, 9_999_999, "an integer ≥ 0")
    return filters


_EXAMPLE_ITEM = {
    "iri": "https://w3id.org/psykgraf/id/resource/sdqwebb",
    "label": "SDQwebb – frågeformulär 3–17 år",
    "care_levels": [],
    "target_groups": ["barn"],
    "audience": [],
    "forms": ["formular"],
    "status": "aktiv",
    "years": [],
    "age_min": 3,
    "age_max": 17,
    "urls": ["http://sdqwebb.se/"],
    "sources": [
        {
            "report": "https://w3id.org/psykgraf/id/report/2020-inventering-metod-och-kunskapsstod",
            "quote": "SDQwebb – frågeformulär 3–17 år",
        }
    ],
}


def _error_example(error: str, parameter: str, allowed: list[str]) -> dict[str, Any]:
    return {
        "description": "A parameter value is unknown or malformed",
        "content": {"application/json": {"example": {"error": error, "parameter": parameter, "allowed": allowed}}},
    }


def _array_param(name: str, description: str, example: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description + " Repeat the parameter for OR; different parameters are ANDed.",
        "style": "form",
        "explode": True,
        "schema": {"type": "array", "items": {"type": "string"}},
        "example": [example],
    }


_RESOURCE_PARAMS: list[dict[str, Any]] = [
    _array_param(
        "care_level",
        "Care level code (scheme `care-level`, see /api/vocab/care-level); narrower levels match "
        "too (`specialistniva` includes `bup`).",
        "specialistniva",
    ),
    _array_param("target_group", "Target group code (scheme `target-group`).", "barn"),
    _array_param("audience", "Audience code (scheme `audience`).", "personal"),
    _array_param("form", "Resource form code (scheme `resource-form`).", "formular"),
    _array_param("status", "Status code (scheme `status`).", "aktiv"),
    _array_param(
        "actor",
        "Actor slug (the last part of `/id/actor/{slug}`): resources the actor produced, "
        "maintains, funds, … (any pg:involvedActor role).",
        "uppdrag-psykisk-halsa",
    ),
    {
        "name": "age",
        "in": "query",
        "required": False,
        "description": "Age in years (0–120): resources whose stated age range contains it; an open "
        'end ("16 år eller äldre") is unbounded. Repeat for OR.',
        "style": "form",
        "explode": True,
        "schema": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": _MAX_AGE}},
        "example": [15],
    },
    {
        "name": "q",
        "in": "query",
        "required": False,
        "description": "Text matched against label, alternative labels and description, case- and "
        'diacritic-insensitively; every word must occur (`forsta linjen` finds "Första linjen"). '
        f"At most {_MAX_Q} characters.",
        "schema": {"type": "string", "maxLength": _MAX_Q},
        "example": "forsta linjen",
    },
    {
        "name": "limit",
        "in": "query",
        "required": False,
        "description": f"Page size, 1–{_MAX_LIMIT}.",
        "schema": {"type": "integer", "minimum": 1, "maximum": _MAX_LIMIT, "default": _DEFAULT_LIMIT},
    },
    {
        "name": "offset",
        "in": "query",
        "required": False,
        "description": "Items to skip (sorted by label, then IRI).",
        "schema": {"type": "integer", "minimum": 0, "default": 0},
    },
]


@router.get(
    "/resources",
    name="api_resources",
    summary="Resources by facet",
    description="Methods and knowledge supports filtered by care level, target group, audience, form, "
    "status, actor, age and text. Items are sorted by label, then IRI.",
    openapi_extra={"parameters": _RESOURCE_PARAMS},
    responses={
        200: {
            "description": "The matching resources: `total` before paging, then one page of items",
            "content": {
                "application/json": {"example": {"total": 1, "limit": 50, "offset": 0, "items": [_EXAMPLE_ITEM]}}
            },
        },
        400: _error_example(
            "unknown care-level code 'specialist'",
            "care_level",
            ["arbetsliv", "bup", "elevhalsa", "forebyggande", "forsta-linjen", "framjande", "…"],
        ),
        503: {"description": "Too busy or past the time limit", "content": {"application/json": {}}},
    },
)
async def resources(request: Request) -> Response:
    """Resources filtered by facets (see the vocabulary contract, "Facet API")."""
    manager, build = _current(request)
    items = request.query_params.multi_items()
    etag, not_modified = _cached(request, build, repr(items))
    if not_modified is not None:
        return not_modified
    base = manager.settings.base_iri

    def work() -> tuple[int, list[dict[str, Any]], _Filters]:
        index = _index(request, build)
        filters = _parse_filters(items, index)
        matching: set[str] | None = None
        if filters.concepts or filters.actors or filters.ages:
            query = facet_query(base, filters.concepts, filters.actors, filters.ages)
            matching = {_text(row["r"]) for row in _select(build.store, query)}
        hits = [
            iri
            for iri in index.ordered
            if (matching is None or iri in matching)
            and (not filters.words or any(all(t in index.records[iri].text for t in w) for w in filters.words))
        ]
        page = hits[filters.offset : filters.offset + filters.limit]
        return len(hits), [index.records[iri].item() for iri in page], filters

    try:
        total, page, filters = await _blocking(request, work)
    except (_BadParam, _Unavailable) as error:
        return error.response()
    body = {"total": total, "limit": filters.limit, "offset": filters.offset, "items": page}
    return JSONResponse(body, headers={"ETag": etag, "Cache-Control": _CACHE_CONTROL})


# ---------------------------------------------------------------- /api/vocab/{scheme}


@router.get(
    "/vocab/{scheme}",
    name="api_vocab",
    summary="Concepts of a scheme",
    description="The concepts of a SKOS concept scheme (`care-level`, `target-group`, `audience`, "
    "`resource-form`, `status`, `actor-type`), sorted by code. `broader` is the code of the "
    "broader concept (or null); `definition` is Swedish, `definition_en` English.",
    responses={
        200: {
            "description": "The scheme and its concepts",
            "content": {
                "application/json": {
                    "example": {
                        "scheme": "care-level",
                        "iri": "https://w3id.org/psykgraf/vocab/care-level",
                        "label_sv": "vård- och insatsnivå",
                        "label_en": "care level",
                        "concepts": [
                            {
                                "code": "bup",
                                "iri": "https://w3id.org/psykgraf/vocab/care-level/bup",
                                "label_sv": "barn- och ungdomspsykiatri",
                                "label_en": "child and adolescent psychiatry",
                                "broader": "specialistniva",
                                "definition": "Specialiserad psykiatrisk vård för barn och unga (BUP).",
                                "definition_en": "Specialised psychiatric care for children and young people.",
                            }
                        ],
                    }
                }
            },
        },
        404: {
            "description": "Unknown scheme",
            "content": {
                "application/json": {
                    "example": {"error": "unknown scheme 'care'", "parameter": "scheme", "allowed": list(SCHEMES)}
                }
            },
        },
    },
)
async def vocab(request: Request, scheme: str) -> Response:
    """A concept scheme's concepts."""
    manager, build = _current(request)
    etag, not_modified = _cached(request, build)
    if not_modified is not None:
        return not_modified
    try:
        index = await _blocking(request, lambda: _index(request, build))
    except _Unavailable as error:
        return error.response()
    if scheme not in index.schemes:
        known = sorted(index.schemes)
        return _BadParam(f"unknown scheme {_shown(scheme)}", "scheme", known, status=404).response()
    label_sv, label_en = index.scheme_labels.get(scheme, (None, None))
    concepts = [
        {
            "code": c.code,
            "iri": c.iri,
            "label_sv": c.label_sv,
            "label_en": c.label_en,
            "broader": c.broader,
            "definition": c.definition,
            "definition_en": c.definition_en,
        }
        for c in index.schemes[scheme].values()
    ]
    body = {
        "scheme": scheme,
        "iri": f"{manager.settings.base_iri}vocab/{scheme}",
        "label_sv": label_sv,
        "label_en": label_en,
        "concepts": concepts,
    }
    return JSONResponse(body, headers={"ETag": etag, "Cache-Control": _CACHE_CONTROL})


# ---------------------------------------------------------------- /api/queries


def _catalogue(request: Request) -> dict[str, NamedQuery]:
    """The named queries, re-read when a ``.rq`` file is added, removed or changed."""
    state = request.app.state
    manager: BuildManager = state.manager
    folder = manager.settings.queries_dir
    stamp = (str(folder), tuple((p.name, p.stat().st_mtime_ns) for p in sorted(folder.glob("*.rq"))))
    cached: tuple[object, dict[str, NamedQuery]] | None = getattr(state, "api_queries", None)
    if cached is None or cached[0] != stamp:
        cached = (stamp, load_queries(folder))
        state.api_queries = cached
    return cached[1]


def _describe(query: NamedQuery) -> dict[str, Any]:
    return {
        "name": query.name,
        "title": query.title,
        "title_en": query.title_en,
        "description": query.description,
        "params": [
            {"name": p.name, "type": p.type, "default": p.default, "description": p.description} for p in query.params
        ],
        "example": query.example,
        "url": f"/api/queries/{query.name}",
    }


_QUERY_EXAMPLE = {
    "name": "resources-for-age",
    "title": "Stöd för en viss ålder",
    "title_en": "Resources for a given age",
    "description": "Resources whose stated age range contains the given age, with their range.",
    "params": [{"name": "age", "type": "integer", "default": "15", "description": "Age in years"}],
    "example": "psykgraf query resources-for-age --param age=15",
    "url": "/api/queries/resources-for-age",
}


@router.get(
    "/queries",
    name="api_queries",
    summary="The named-query catalogue",
    description="Every named query (`queries/*.rq`): name, titles, description, parameters "
    "(name, type, default, description) and an example.",
    responses={
        200: {
            "description": "The catalogue, sorted by name",
            "content": {"application/json": {"example": {"queries": [_QUERY_EXAMPLE]}}},
        }
    },
)
async def queries(request: Request) -> Response:
    """The catalogue of named queries."""
    try:
        catalogue = _catalogue(request)
    except QueryError as error:
        return JSONResponse({"error": f"the query catalogue cannot be read: {error}"}, status_code=500)
    return JSONResponse({"queries": [_describe(q) for q in catalogue.values()]})


_RULES = {
    "integer": "an integer (ASCII digits)",
    "year": "a year YYYY",
    "date": "a date YYYY-MM-DD",
    "iri": "an http(s) IRI",
    "string": "text of at most 200 characters without control characters",
}


def _bind(
    query: NamedQuery, values: dict[str, str], index: ApiIndex, base: str
) -> dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]:
    try:
        bound = query.bind(values, base)
    except QueryError as error:
        name = error.parameter or ""
        param = next((p for p in query.params if p.name == name), None)
        if param is None:
            allowed = error.allowed
        elif param.type in SCHEMES:
            allowed = sorted(index.schemes.get(param.type, {}))
        elif param.type == "actor":
            allowed = _allowed_slugs(index.actors)
        elif param.type == "resource":
            allowed = _allowed_slugs(index.resources)
        else:
            allowed = [_RULES.get(param.type, param.type)]
        raise _BadParam(str(error), name, allowed) from None
    for param in query.params:
        if param.name not in values:
            continue
        value = values[param.name]
        if param.type in SCHEMES and value not in index.schemes.get(param.type, {}):
            codes = sorted(index.schemes.get(param.type, {}))
            raise _BadParam(f"unknown {param.type} code {_shown(value)}", param.name, codes)
        if param.type == "actor" and value not in index.actors:
            raise _slug_error("actor", param.name, value, index.actors)
        if param.type == "resource" and value not in index.resources:
            raise _slug_error("resource", param.name, value, index.resources)
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
        ox.Variable(k): v for k, v in bound.items()
    }
    return substitutions


@router.get(
    "/queries/{name}",
    name="api_query",
    summary="Run a named query",
    description="Runs the named query; its parameters (see /api/queries) are given in the query "
    "string and bound as RDF terms (never pasted into the SPARQL text). JSON by default; CSV with "
    "`format=csv` or `Accept: text/csv`. JSON results are capped at the service's row cap "
    "(`truncated: true` and `X-Psykgraf-Truncated` then); CSV is complete.",
    openapi_extra={
        "parameters": [
            {
                "name": "format",
                "in": "query",
                "required": False,
                "description": "`json` (default) or `csv`; overrides the Accept header.",
                "schema": {"type": "string", "enum": ["json", "csv"]},
            }
        ]
    },
    responses={
        200: {
            "description": "The result table",
            "content": {
                "application/json": {
                    "example": {
                        "head": ["resource", "label", "age_min", "age_max"],
                        "rows": [
                            {
                                "resource": "https://w3id.org/psykgraf/id/resource/sdqwebb",
                                "label": "SDQwebb – frågeformulär 3–17 år",
                                "age_min": "3",
                                "age_max": "17",
                            }
                        ],
                    }
                },
                "text/csv": {
                    "example": "resource,label,age_min,age_max\r\nhttps://w3id.org/psykgraf/id/"
                    "resource/sdqwebb,SDQwebb – frågeformulär 3–17 år,3,17\r\n"
                },
            },
        },
        400: _error_example("parameter age: expected an integer, got 'x'", "age", ["an integer (ASCII digits)"]),
        404: {
            "description": "Unknown query name",
            "content": {
                "application/json": {
                    "example": {"error": "no query named 'x'", "parameter": "name", "allowed": ["actor-roles", "…"]}
                }
            },
        },
    },
)
async def run_named(request: Request, name: str) -> Response:
    """Run one named query with bound parameters."""
    manager, build = _current(request)
    settings = manager.settings
    try:
        catalogue = _catalogue(request)
    except QueryError as error:
        return JSONResponse({"error": f"the query catalogue cannot be read: {error}"}, status_code=500)
    query = catalogue.get(name)
    if query is None:
        return _BadParam(f"no query named {_shown(name)}", "name", sorted(catalogue), status=404).response()
    values: dict[str, str] = {}
    fmt: str | None = None
    for key, value in request.query_params.multi_items():
        if key == "format":
            if fmt is not None:
                return _BadParam("the format parameter was given more than once", "format", []).response()
            fmt = value
            continue
        if key in values:
            return _BadParam(f"the {key} parameter was given more than once; give it once", key, []).response()
        values[key] = value
    if fmt is None:
        media = negotiate(request.headers.get("accept"), ["application/json", "text/csv"]) or "application/json"
    elif fmt.strip().lower() in ("json", "csv"):
        media = "text/csv" if fmt.strip().lower() == "csv" else "application/json"
    else:
        return _BadParam(f"unknown format {_shown(fmt)}", "format", ["json", "csv"]).response()
    etag, not_modified = _cached(request, build, repr(sorted(values.items())), media)
    if not_modified is not None:
        return not_modified

    try:
        index = await _blocking(request, lambda: _index(request, build))
        substitutions = _bind(query, values, index, settings.base_iri)
        metrics = request.app.state.metrics
        head, rows, truncated = await _run_named(manager, metrics, build, name, query, substitutions, media)
    except (_BadParam, _Unavailable) as error:
        return error.response()
    headers = {"ETag": etag, "Cache-Control": _CACHE_CONTROL, "Vary": "Accept"}
    if media == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(head)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    body: dict[str, Any] = {
        "head": head,
        "rows": [{h: v for h, v in zip(head, row, strict=True) if v is not None} for row in rows],
    }
    if truncated:
        body["truncated"] = True
        headers |= {
            "X-Psykgraf-Truncated": "true",
            "Warning": f'199 psykgraf "result truncated at {settings.row_cap} rows"',
        }
    return JSONResponse(body, headers=headers)


async def _run_named(
    manager: BuildManager,
    metrics: Metrics,
    build: Build,
    name: str,
    query: NamedQuery,
    substitutions: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple],
    media: str,
) -> tuple[list[str], list[list[str | None]], bool]:
    """Run a named query in the killable worker pool, as /sparql does.

    Parameters travel as pyoxigraph ``substitutions`` (never pasted into the text); the
    query timeout really stops the work (the worker is killed), like a /sparql query.
    """
    settings = manager.settings
    if manager.active >= settings.max_concurrency:
        raise _Unavailable("too many concurrent queries; retry shortly", 1)
    manager.active += 1
    try:
        bound = tuple((var.value, term) for var, term in substitutions.items() if not isinstance(term, ox.Triple))
        job = QueryRequest(
            query.sparql,
            None,
            "application/sparql-results+json",
            None,
            None,
            tuple(manager.prefixes.items()),
            settings.row_cap if media == "application/json" else _UNCAPPED,
            bound,
        )
        try:
            worker_head, body = await run_in_pool(build, settings.query_timeout, settings.queue_wait, metrics, job)
        except Refused as error:
            raise _Unavailable(str(error), error.retry_after) from None
        except PoolQueryError as error:
            status = 400 if error.status == 400 else 500
            raise _BadParam(f"query {name} failed: {error}", "name", [], status=status) from None
        data = body if isinstance(body, bytes) else b"".join([block async for block in body])
    finally:
        manager.active -= 1
    result = json.loads(data)
    if "results" not in result:
        raise _BadParam(f"query {name} is not a SELECT query", "name", [], status=500)
    head: list[str] = result["head"]["vars"]
    bindings = result["results"]["bindings"]
    rows = [[b[h]["value"] if h in b else None for h in head] for b in bindings]
    truncated = bool(worker_head.get("truncated"))
    return head, rows, truncated
