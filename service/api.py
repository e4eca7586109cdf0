"""JSON API: resource facets (``/api/resources``) and vocabularies (``/api/vocab/{scheme}``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from psykgraf.facet_index import FACETS, ApiIndex, facet_query, fold, select, term_text
from psykgraf.queries import SCHEMES
from psykgraf.tables import csv_text
from service.errors import BadParam, Unavailable, shown
from service.media import negotiate
from service.plumbing import CACHE_CONTROL, blocking, cached, current, index_of, slug_error

__all__ = ["error_example", "router"]

router = APIRouter(prefix="/api", tags=["api"])
_XSD = "http://www.w3.org/2001/XMLSchema#"
_PARAMS = (*FACETS, "actor", "age", "q", "limit", "offset")
_MAX_LIMIT = 500
_DEFAULT_LIMIT = 50
_MAX_AGE = 120
_MAX_Q = 200
_NUMBER = re.compile(r"[0-9]{1,7}")  # ASCII digits only (no fullwidth "１５", no signs)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TYPES = ["application/json", "text/csv"]


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
        raise BadParam(f"{name} must be {rule}, got {shown(value)}", name, [rule])
    return int(value)


def _parse_filters(items: list[tuple[str, str]], index: ApiIndex) -> _Filters:
    filters = _Filters()
    seen: set[str] = set()
    for name, value in items:
        if name not in _PARAMS:
            raise BadParam(f"unknown parameter {shown(name)}", name, list(_PARAMS))
        if name in ("limit", "offset") and name in seen:
            raise BadParam(f"the {name} parameter was given more than once; give it once", name, [])
        seen.add(name)
        if name in FACETS:
            scheme, prop, _ = FACETS[name]
            concepts = index.schemes.get(scheme, {})
            concept = concepts.get(value)
            if concept is None:
                raise BadParam(f"unknown {scheme} code {shown(value)}", name, sorted(concepts))
            filters.concepts.setdefault(prop, []).append(ox.NamedNode(concept.iri))
        elif name == "actor":
            if value not in index.actors:
                raise slug_error("actor", name, value, index.actors)
            filters.actors.append(ox.NamedNode(index.actors[value]))
        elif name == "age":
            age = _number(name, value, 0, _MAX_AGE, f"an integer 0–{_MAX_AGE}")
            filters.ages.append(ox.Literal(str(age), datatype=ox.NamedNode(_XSD + "integer")))
        elif name == "q":
            rule = f"text of at most {_MAX_Q} characters without control characters"
            if len(value) > _MAX_Q or _CONTROL.search(value):
                raise BadParam(f"q must be {rule}", name, [rule])
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


def error_example(error: str, parameter: str, allowed: list[str]) -> dict[str, Any]:
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
        400: error_example(
            "unknown care-level code 'specialist'",
            "care_level",
            ["arbetsliv", "bup", "elevhalsa", "forebyggande", "forsta-linjen", "framjande", "…"],
        ),
        503: {"description": "Too busy or past the time limit", "content": {"application/json": {}}},
    },
)
async def resources(request: Request) -> Response:
    """Resources filtered by facets (see the vocabulary contract, "Facet API")."""
    manager, build = current(request)
    items = request.query_params.multi_items()
    # CSV (psykgraf/tables.py: the columns of the resources.csv download) by format=csv or Accept: text/csv.
    formats = [v for k, v in items if k == "format"]
    if formats and (len(formats) > 1 or formats[0] not in ("json", "csv")):
        return BadParam(f"format must be json or csv, got {shown(formats[-1])}", "format", ["json", "csv"]).response()
    as_csv = formats == ["csv"] or (not formats and negotiate(request.headers.get("accept"), _TYPES) == "text/csv")
    items = [(k, v) for k, v in items if k != "format"]
    etag, not_modified = cached(request, build, repr(items), "csv" if as_csv else "json")
    if not_modified is not None:
        return not_modified
    base = manager.settings.base_iri

    def work() -> tuple[int, list[dict[str, Any]], _Filters]:
        index = index_of(request, build)
        filters = _parse_filters(items, index)
        matching: set[str] | None = None
        if filters.concepts or filters.actors or filters.ages:
            query = facet_query(base, filters.concepts, filters.actors, filters.ages)
            matching = {term_text(row["r"]) for row in select(build.store, query)}
        hits = [
            iri
            for iri in index.ordered
            if (matching is None or iri in matching)
            and (not filters.words or any(all(t in index.records[iri].text for t in w) for w in filters.words))
        ]
        page = hits[filters.offset : filters.offset + filters.limit]
        return len(hits), [index.records[iri].item() for iri in page], filters

    try:
        total, page, filters = await blocking(request, work)
    except (BadParam, Unavailable) as error:
        return error.response()
    if as_csv:
        headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL, "Vary": "Accept", "X-Total-Count": str(total)}
        return Response(csv_text(page), media_type="text/csv; charset=utf-8", headers=headers)
    body = {"total": total, "limit": filters.limit, "offset": filters.offset, "items": page}
    return JSONResponse(body, headers={"ETag": etag, "Cache-Control": CACHE_CONTROL, "Vary": "Accept"})


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
    manager, build = current(request)
    etag, not_modified = cached(request, build)
    if not_modified is not None:
        return not_modified
    try:
        index = await blocking(request, lambda: index_of(request, build))
    except Unavailable as error:
        return error.response()
    if scheme not in index.schemes:
        known = sorted(index.schemes)
        return BadParam(f"unknown scheme {shown(scheme)}", "scheme", known, status=404).response()
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
    return JSONResponse(body, headers={"ETag": etag, "Cache-Control": CACHE_CONTROL})
