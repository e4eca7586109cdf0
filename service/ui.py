"""Pages for people: home, search with facets, report texts and the query editor; Jinja2 and static assets.

Every page is rendered on the server by an autoescaping Jinja2 environment (report text and
request parameters never reach the page unescaped) and works without JavaScript; the scripts
under ``static/ui/`` only enhance it. Third-party browser code (YASGUI) is installed by npm into
``static/vendor/node_modules`` and served from this origin, so nothing is loaded from elsewhere.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response
from markupsafe import Markup
from starlette.staticfiles import StaticFiles

from psykgraf.facet_index import FACETS, ApiIndex, Concept, Record, collate, fold, select, term_text
from psykgraf.queries import QueryError, load_queries, query_body
from service import schemaorg
from service.errors import BadParam, Unavailable, shown
from service.media import HTML, negotiate
from service.plumbing import blocking, current, index_of
from service.state import Build, BuildManager

__all__ = [
    "STATIC",
    "UiIndex",
    "language",
    "mount_static",
    "render",
    "router",
    "sparql_page",
    "ui_index",
]

router = APIRouter(include_in_schema=False)
TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
_VENDOR = STATIC / "vendor" / "node_modules"
#: Files of npm packages the pages load (name served under /static/vendor/ → path in node_modules).
_VENDOR_FILES = {
    "yasgui.min.js": "@zazuko/yasgui/build/yasgui.min.js",
    "yasgui.min.css": "@zazuko/yasgui/build/yasgui.min.css",
}
_STRINGS: dict[str, dict[str, str]] = json.loads((TEMPLATES / "i18n.json").read_text(encoding="utf-8"))
LANGUAGES = ("sv", "en")
_PAGE_SIZE = 50
_MAX_Q = 200
_MAX_AGE = 120
_TOP_ACTORS = 12
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_NUMBER = re.compile(r"[0-9]{1,4}")
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"
_OA = "http://www.w3.org/ns/oa#"
#: Actor roles that tie a resource to an actor (docs/terms.md, all ⊑ pg:involvedActor).
_ROLES = ("involvedActor", "producer", "maintainer", "partner", "funder", "participant", "organizer", "applicant")


def _json_script(value: Any) -> Markup:
    """JSON for a ``<script type="application/…json">`` data block: ``<``, ``>`` and ``&`` are
    written as ``\\u`` escapes, so no string in the data can close the element.

    >>> text = str(_json_script({"a": "</script><b>&"}))
    >>> "<" in text or ">" in text or "&" in text, json.loads(text)["a"]
    (False, '</script><b>&')
    """
    text = json.dumps(value, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)  # escaped above for the script-data context


_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every {{ }} is HTML-escaped; nothing in the templates is marked safe by hand
    trim_blocks=True,
    lstrip_blocks=True,
    undefined=jinja2.StrictUndefined,
)
_env.filters["json_script"] = _json_script
_env.filters["sentence"] = lambda text: str(text)[:1].upper() + str(text)[1:]  # "vårdnivå" → "Vårdnivå"


def mount_static(app: Any) -> None:
    """Serve the project's own scripts and styles at ``/static/ui`` (vendor files have their own route)."""
    app.mount("/static/ui", StaticFiles(directory=STATIC / "ui"), name="static_ui")


@router.get("/static/vendor/{name}", name="vendor")
async def vendor(name: str) -> Response:
    """A browser file of an npm package installed at setup (``make``: ``npm ci``)."""
    relative = _VENDOR_FILES.get(name)
    if relative is None:
        return PlainTextResponse(f"no vendor file {shown(name)}", status_code=404)
    path = _VENDOR / relative
    if not path.is_file():
        return PlainTextResponse(
            f"{name} is not installed: run `make` (npm ci in service/static/vendor)", status_code=404
        )
    return FileResponse(path, headers={"Cache-Control": "public, max-age=86400"})


# ---------------------------------------------------------------- language and rendering


def language(request: Request) -> str:
    """``?lang=`` if it names a supported language, else the best of ``Accept-Language``, else Swedish.

    >>> from starlette.requests import Request as R
    >>> def req(qs, al=""):
    ...     return R({"type": "http", "query_string": qs.encode(), "headers": [(b"accept-language", al.encode())]})
    >>> language(req("lang=en")), language(req("", "en-GB,en;q=0.9,sv;q=0.5")), language(req("", "de"))
    ('en', 'en', 'sv')
    """
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES:
        return chosen
    best, best_q = "sv", 0.0
    for position, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, params = part.strip().partition(";")
        primary = tag.strip().lower().split("-")[0]
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        q -= position * 1e-6  # earlier entries win ties
        if primary in LANGUAGES and q > best_q:
            best, best_q = primary, q
    return best


def _switch_url(request: Request, lang: str) -> str:
    """The current URL in the other language."""
    other = "en" if lang == "sv" else "sv"
    items = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"] + [("lang", other)]
    return f"{request.url.path}?{urlencode(items)}"


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any],
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    """Render ``template`` with the shared context (language, strings, navigation)."""
    lang = str(context.get("lang") or language(request))
    manager: BuildManager = request.app.state.manager
    build = manager.build
    shared: dict[str, Any] = {
        "lang": lang,
        "t": _STRINGS[lang],
        "path": request.url.path,
        "switch_url": _switch_url(request, lang),
        "version": build.version if build else "",
        "jsonld": None,
        "scripts": [],
        "styles": [],
    }
    html = _env.get_template(template).render({**shared, **context})
    out = {"Content-Language": lang, "Vary": "Accept, Accept-Language"} | dict(headers or {})
    return HTMLResponse(html, status_code=status, headers=out)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """A human-readable error page (the message is escaped like everything else)."""
    return render(request, "error.html", {"status": status, "message": message}, status=status)


def wants_html(request: Request) -> bool:
    """True when a browser asks (``text/html`` preferred over JSON and RDF)."""
    return negotiate(request.headers.get("accept"), ["application/json", HTML]) == HTML


# ---------------------------------------------------------------- per-build index of the pages


@dataclass(frozen=True)
class ReportInfo:
    """One source report: IRI, slug, title, text file name, year and how many things cite it."""

    iri: str
    slug: str
    label: str
    file_name: str | None
    issued: str | None
    entities: int


@dataclass(frozen=True)
class ClassCount:
    """Instances of one class of the ontology."""

    iri: str
    label_sv: str
    label_en: str
    count: int


@dataclass(frozen=True)
class UiIndex:
    """What the pages need beyond the facet index: counts, reports, actors of resources."""

    classes: list[ClassCount]
    reports: dict[str, ReportInfo]  # IRI → report
    actors_of: dict[str, frozenset[str]]  # resource IRI → actor IRIs (any role)
    actor_labels: dict[str, str]  # actor IRI → label
    actor_type_counts: dict[str, int]  # actor-type concept IRI → actors of that type
    years: list[int] = field(default_factory=list)

    def report_by_slug(self, slug: str) -> ReportInfo | None:
        return next((r for r in self.reports.values() if r.slug == slug), None)


def _label_rows(store: ox.Store, query: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in select(store, query):
        label = row["label"]
        lang = label.language if isinstance(label, ox.Literal) and label.language else ""
        out.setdefault(term_text(row["x"]), {}).setdefault(lang, term_text(label))
    return out


def _pick(labels: Mapping[str, str], lang: str, fallback: str) -> str:
    return labels.get(lang) or labels.get("sv") or labels.get("") or next(iter(labels.values()), fallback)


def build_ui_index(store: ox.Store, base: str, records: Mapping[str, Record]) -> UiIndex:
    """Read class counts, reports and resource actors from ``store``.

    >>> build_ui_index(ox.Store(), "https://w3id.org/psykgraf/", {}).reports
    {}
    """
    pg = f"{base}ontology#"
    counts = select(
        store,
        f"""SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a ?c . FILTER(STRSTARTS(STR(?c), "{pg}")) }}
            GROUP BY ?c""",
    )
    class_labels = _label_rows(
        store, f'SELECT ?x ?label WHERE {{ ?x a ?t ; <{_RDFS}label> ?label . FILTER(STRSTARTS(STR(?x), "{pg}")) }}'
    )
    classes = sorted(
        (
            ClassCount(
                term_text(r["c"]),
                _pick(class_labels.get(term_text(r["c"]), {}), "sv", term_text(r["c"]).rsplit("#", 1)[-1]),
                _pick(class_labels.get(term_text(r["c"]), {}), "en", term_text(r["c"]).rsplit("#", 1)[-1]),
                int(term_text(r["n"])),
            )
            for r in counts
        ),
        key=lambda c: (-c.count, c.iri),
    )
    reports: dict[str, ReportInfo] = {}
    rows = select(
        store,
        f"""SELECT ?r (SAMPLE(?l) AS ?label) (SAMPLE(?f) AS ?file) (SAMPLE(?i) AS ?issued)
                   (COUNT(DISTINCT ?x) AS ?n) WHERE {{
              ?r a <{pg}Report> .
              OPTIONAL {{ ?r <{_RDFS}label> ?l }} OPTIONAL {{ ?r <{pg}fileName> ?f }}
              OPTIONAL {{ ?r <{_DCTERMS}issued> ?i }} OPTIONAL {{ ?x <{_DCTERMS}source> ?r }}
            }} GROUP BY ?r""",
    )
    for r in rows:
        iri = term_text(r["r"])
        reports[iri] = ReportInfo(
            iri=iri,
            slug=iri.rstrip("/").rsplit("/", 1)[-1],
            label=term_text(r["label"]) or iri,
            file_name=term_text(r["file"]) or None,
            issued=term_text(r["issued"]) or None,
            entities=int(term_text(r["n"]) or 0),
        )
    roles = " ".join(f"<{pg}{role}>" for role in _ROLES)
    actors_of: dict[str, set[str]] = {}
    for r in select(
        store, f"SELECT DISTINCT ?r ?a WHERE {{ VALUES ?role {{ {roles} }} ?r a <{pg}Resource> ; ?role ?a }}"
    ):
        actors_of.setdefault(term_text(r["r"]), set()).add(term_text(r["a"]))
    actor_labels = {
        iri: _pick(labels, "sv", iri)
        for iri, labels in _label_rows(
            store, f"SELECT ?x ?label WHERE {{ ?x a <{pg}Actor> ; <{_RDFS}label> ?label }}"
        ).items()
    }
    type_counts = {
        term_text(r["t"]): int(term_text(r["n"]))
        for r in select(
            store, f"SELECT ?t (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{pg}Actor> ; <{pg}actorType> ?t }} GROUP BY ?t"
        )
    }
    years = sorted({y for record in records.values() for y in record.years})
    return UiIndex(
        classes=classes,
        reports=dict(sorted(reports.items(), key=lambda kv: (kv[1].issued or "", kv[0]))),
        actors_of={k: frozenset(v) for k, v in actors_of.items()},
        actor_labels=actor_labels,
        actor_type_counts=type_counts,
        years=years,
    )


def ui_index(request: Request, build: Build) -> tuple[ApiIndex, UiIndex]:
    """Both indexes of ``build``, built on first use (call from a worker thread)."""
    index = index_of(request, build)
    state = request.app.state
    key = (id(build), build.generation)
    cached: tuple[tuple[int, str], UiIndex] | None = getattr(state, "ui_index", None)
    if cached is not None and cached[0] == key:
        return index, cached[1]
    manager: BuildManager = state.manager
    built = build_ui_index(build.store, manager.settings.base_iri, index.records)
    state.ui_index = (key, built)
    return index, built


def local_href(iri: str, base: str) -> str:
    """The path of an IRI of this graph on this service; other IRIs unchanged.

    >>> local_href("https://w3id.org/psykgraf/id/actor/skr", "https://w3id.org/psykgraf/")
    '/id/actor/skr'
    >>> local_href("https://example.org/x", "https://w3id.org/psykgraf/")
    'https://example.org/x'
    """
    return "/" + iri[len(base) :] if iri.startswith(base) else iri


def concept_label(concept: Concept, lang: str) -> str:
    return (concept.label_en if lang == "en" else concept.label_sv) or concept.label_sv or concept.code


# ---------------------------------------------------------------- home


@router.get("/", name="home")
async def home(request: Request) -> Response:
    """The front door: what the graph is, the reports, counts, search and browse entry points."""
    manager, build = current(request)
    lang = language(request)
    try:
        index, ui = await blocking(request, lambda: ui_index(request, build))
    except Unavailable as error:
        return error.response()
    base = manager.settings.base_iri
    browse: list[dict[str, Any]] = []
    for param, (scheme, _, _) in FACETS.items():
        concepts = index.schemes.get(scheme, {})
        label_sv, label_en = index.scheme_labels.get(scheme, (None, None))
        browse.append(
            {
                "title": (label_en if lang == "en" else label_sv) or scheme,
                "href": f"/vocab/{scheme}",
                "items": [
                    {"label": concept_label(c, lang), "href": f"/resources?{urlencode({param: c.code})}"}
                    for c in concepts.values()
                    if c.broader is None or param != "care_level"
                ],
            }
        )
    actor_types = index.schemes.get("actor-type", {})
    browse.append(
        {
            "title": _STRINGS[lang]["browse_actor_type"],
            "href": "/vocab/actor-type",
            "items": [
                {
                    "label": f"{concept_label(c, lang)} ({ui.actor_type_counts.get(c.iri, 0)})",
                    "href": local_href(c.iri, base),
                }
                for c in actor_types.values()
            ],
        }
    )
    browse.append(
        {
            "title": _STRINGS[lang]["browse_year"],
            "href": None,
            "items": [{"label": str(y), "href": f"/resources?year={y}"} for y in ui.years],
        }
    )
    per_report = Counter(
        report for record in index.records.values() for report in {src["report"] for src in record.sources}
    )
    reports = [
        {
            "resources": per_report[r.iri],
            "label": r.label,
            "href": local_href(r.iri, base),
            "text_href": f"/reports/{Path(r.file_name).stem}" if r.file_name else None,
            "search_href": f"/resources?{urlencode({'report': r.slug})}",
            "issued": r.issued,
            "entities": r.entities,
        }
        for r in ui.reports.values()
    ]
    classes = [
        {"label": c.label_en if lang == "en" else c.label_sv, "count": c.count, "iri": c.iri} for c in ui.classes
    ]
    data = schemaorg.dataset(manager.settings.base_iri, str(request.base_url), build, ui, lang)
    context = {
        "lang": lang,
        "reports": reports,
        "classes": classes,
        "browse": browse,
        "jsonld": data,
    }
    return render(request, "home.html", context, headers={"ETag": build.etag("home", lang)})


# ---------------------------------------------------------------- search


@dataclass(frozen=True)
class Selection:
    """The state of the search page, as read from (and written back to) its URL."""

    concepts: dict[str, tuple[str, ...]]  # facet parameter → codes
    actors: tuple[str, ...] = ()  # actor IRIs
    reports: tuple[str, ...] = ()  # report IRIs
    years: tuple[int, ...] = ()
    age: int | None = None
    q: str = ""
    offset: int = 0

    def query(self, actor_slugs: Mapping[str, str], report_slugs: Mapping[str, str], **changes: Any) -> str:
        """The URL query string of this selection (with ``changes``), for links and the CSV."""
        items: list[tuple[str, str]] = []
        if self.q:
            items.append(("q", self.q))
        for param, codes in self.concepts.items():
            items += [(param, c) for c in codes]
        items += [("actor", actor_slugs[a]) for a in self.actors]
        items += [("report", report_slugs[r]) for r in self.reports]
        items += [("year", str(y)) for y in self.years]
        if self.age is not None:
            items.append(("age", str(self.age)))
        offset = changes.get("offset", 0)
        if offset:
            items.append(("offset", str(offset)))
        if changes.get("lang"):
            items.append(("lang", str(changes["lang"])))
        return urlencode(items)


def parse_selection(items: Iterable[tuple[str, str]], index: ApiIndex, ui: UiIndex) -> Selection:
    """Read the page's parameters; unknown names or values are a ``BadParam`` (a 400 page)."""
    concepts: dict[str, list[str]] = {}
    actors: list[str] = []
    reports: list[str] = []
    years: list[int] = []
    age: int | None = None
    q = ""
    offset = 0
    known = (*FACETS, "actor", "report", "year", "age", "q", "offset", "lang")
    for name, value in items:
        if name not in known:
            raise BadParam(f"unknown parameter {shown(name)}", name, list(known))
        if name in FACETS:
            scheme = FACETS[name][0]
            if value not in index.schemes.get(scheme, {}):
                raise BadParam(f"unknown {scheme} code {shown(value)}", name, sorted(index.schemes.get(scheme, {})))
            if value not in concepts.setdefault(name, []):
                concepts[name].append(value)
        elif name == "actor":
            if value not in index.actors:
                raise BadParam(f"unknown actor {shown(value)}", name, [])
            actors.append(index.actors[value])
        elif name == "report":
            report = ui.report_by_slug(value)
            if report is None:
                raise BadParam(f"unknown report {shown(value)}", name, sorted(r.slug for r in ui.reports.values()))
            reports.append(report.iri)
        elif name in ("year", "age", "offset"):
            if value == "" and name == "age":
                continue  # the empty age field of the form
            if not _NUMBER.fullmatch(value) or (name == "age" and int(value) > _MAX_AGE):
                raise BadParam(f"{name} must be a whole number, got {shown(value)}", name, [])
            if name == "year":
                years.append(int(value))
            elif name == "age":
                age = int(value)
            else:
                offset = int(value)
        elif name == "q":
            if len(value) > _MAX_Q or _CONTROL.search(value):
                raise BadParam(f"q must be at most {_MAX_Q} characters without control characters", name, [])
            q = value.strip()
    return Selection(
        concepts={k: tuple(v) for k, v in concepts.items()},
        actors=tuple(dict.fromkeys(actors)),
        reports=tuple(dict.fromkeys(reports)),
        years=tuple(dict.fromkeys(years)),
        age=age,
        q=q,
        offset=offset,
    )


def _descendants(concepts: Mapping[str, Concept]) -> dict[str, set[str]]:
    """Code → the code and every narrower code (transitively)."""
    children: dict[str, list[str]] = {}
    for c in concepts.values():
        if c.broader:
            children.setdefault(c.broader, []).append(c.code)
    out: dict[str, set[str]] = {}
    for code in concepts:
        seen, stack = set(), [code]
        while stack:
            current_code = stack.pop()
            if current_code not in seen:
                seen.add(current_code)
                stack += children.get(current_code, [])
        out[code] = seen
    return out


def _ancestors(concepts: Mapping[str, Concept], code: str) -> list[str]:
    out, seen = [], set()
    while code in concepts and code not in seen:
        seen.add(code)
        out.append(code)
        code = concepts[code].broader or ""
    return out


@dataclass(frozen=True)
class _Matcher:
    """Tests records against a selection, optionally ignoring one facet (for that facet's counts)."""

    selection: Selection
    expanded: dict[str, set[str]]  # facet parameter → accepted codes (with narrower ones)
    tokens: tuple[str, ...]
    ui: UiIndex

    def __call__(self, record: Record, skip: str | None = None) -> bool:
        s = self.selection
        for param, accepted in self.expanded.items():
            if param != skip and not accepted.intersection(record.codes.get(FACETS[param][2], [])):
                return False
        if s.actors and skip != "actor" and not self.ui.actors_of.get(record.iri, frozenset()).intersection(s.actors):
            return False
        if s.reports and skip != "report" and not {src["report"] for src in record.sources} & set(s.reports):
            return False
        if s.years and skip != "year" and not set(record.years) & set(s.years):
            return False
        if s.age is not None and skip != "age":
            if record.age_min is None and record.age_max is None:
                return False
            if (record.age_min is not None and record.age_min > s.age) or (
                record.age_max is not None and record.age_max < s.age
            ):
                return False
        return all(t in record.text for t in self.tokens)


def matcher(selection: Selection, index: ApiIndex, ui: UiIndex) -> _Matcher:
    expanded: dict[str, set[str]] = {}
    for param, codes in selection.concepts.items():
        down = _descendants(index.schemes.get(FACETS[param][0], {}))
        expanded[param] = set().union(*(down.get(c, {c}) for c in codes))
    return _Matcher(selection, expanded, tuple(fold(selection.q).split()), ui)


def facet_counts(
    selection: Selection, index: ApiIndex, ui: UiIndex, match: _Matcher, lang: str
) -> list[dict[str, Any]]:
    """Every facet with its values and counts among the records matching the *other* facets."""
    records = [index.records[iri] for iri in index.ordered]
    out: list[dict[str, Any]] = []
    for param, (scheme, _, slot) in FACETS.items():
        concepts = index.schemes.get(scheme, {})
        base = [r for r in records if match(r, skip=param)]
        counts: Counter[str] = Counter()
        for r in base:
            counts.update({a for code in r.codes.get(slot, []) for a in _ancestors(concepts, code)})
        chosen = set(selection.concepts.get(param, ()))
        depth = {code: len(_ancestors(concepts, code)) - 1 for code in concepts}
        values = [
            {
                "value": c.code,
                "label": concept_label(c, lang),
                "count": counts[c.code],
                "checked": c.code in chosen,
                "depth": depth[c.code],
            }
            for c in _tree_order(concepts)
            if counts[c.code] or c.code in chosen
        ]
        label_sv, label_en = index.scheme_labels.get(scheme, (None, None))
        out.append({"param": param, "title": (label_en if lang == "en" else label_sv) or scheme, "values": values})
    t = _STRINGS[lang]
    slugs = {iri: slug for slug, iri in index.actors.items()}
    base = [r for r in records if match(r, skip="actor")]
    actor_counts = Counter(a for r in base for a in ui.actors_of.get(r.iri, ()))
    top = [a for a, _ in sorted(actor_counts.items(), key=lambda kv: (-kv[1], collate(ui.actor_labels.get(kv[0], ""))))]
    shown_actors = list(dict.fromkeys([*selection.actors, *top[:_TOP_ACTORS]]))
    out.append(
        {
            "param": "actor",
            "title": t["actor"],
            "values": [
                {
                    "value": slugs.get(a, a),
                    "label": ui.actor_labels.get(a, a),
                    "count": actor_counts[a],
                    "checked": a in selection.actors,
                    "depth": 0,
                }
                for a in shown_actors
            ],
        }
    )
    base = [r for r in records if match(r, skip="report")]
    report_counts = Counter(src["report"] for r in base for src in {s["report"]: s for s in r.sources}.values())
    out.append(
        {
            "param": "report",
            "title": t["report"],
            "values": [
                {
                    "value": rep.slug,
                    "label": rep.label + (f" ({rep.issued})" if rep.issued else ""),
                    "count": report_counts[rep.iri],
                    "checked": rep.iri in selection.reports,
                    "depth": 0,
                }
                for rep in ui.reports.values()
                if report_counts[rep.iri] or rep.iri in selection.reports
            ],
        }
    )
    base = [r for r in records if match(r, skip="year")]
    year_counts = Counter(y for r in base for y in r.years)
    out.append(
        {
            "param": "year",
            "title": t["year"],
            "values": [
                {"value": str(y), "label": str(y), "count": year_counts[y], "checked": y in selection.years, "depth": 0}
                for y in sorted(set(year_counts) | set(selection.years))
            ],
        }
    )
    return out


def _tree_order(concepts: Mapping[str, Concept]) -> list[Concept]:
    """Concepts depth-first: each broader concept followed by its narrower ones."""
    children: dict[str | None, list[Concept]] = {}
    for c in concepts.values():
        children.setdefault(c.broader if c.broader in concepts else None, []).append(c)
    out: list[Concept] = []

    def walk(parent: str | None) -> None:
        for c in children.get(parent, []):
            if c not in out:
                out.append(c)
                walk(c.code)

    walk(None)
    return out


def _labels(codes: Iterable[str], concepts: Mapping[str, Concept], lang: str) -> list[str]:
    return [concept_label(concepts[c], lang) if c in concepts else c for c in codes]


def result_rows(hits: list[Record], index: ApiIndex, ui: UiIndex, base: str, lang: str) -> list[dict[str, Any]]:
    """What the result list shows per resource."""
    rows = []
    for r in hits:
        reports = {s["report"] for s in r.sources if s["report"]}
        rows.append(
            {
                "label": r.label,
                "href": local_href(r.iri, base),
                "forms": _labels(r.codes.get("forms", []), index.schemes.get("resource-form", {}), lang),
                "care_levels": _labels(r.codes.get("care_levels", []), index.schemes.get("care-level", {}), lang),
                "target_groups": _labels(r.codes.get("target_groups", []), index.schemes.get("target-group", {}), lang),
                "years": r.years,
                "reports": [
                    {"label": ui.reports[i].label, "href": local_href(i, base)}
                    for i in sorted(reports)
                    if i in ui.reports
                ],
            }
        )
    return rows


def _search(request: Request, build: Build, lang: str) -> dict[str, Any]:
    manager: BuildManager = request.app.state.manager
    base = manager.settings.base_iri
    index, ui = ui_index(request, build)
    selection = parse_selection(request.query_params.multi_items(), index, ui)
    match = matcher(selection, index, ui)
    hits = [index.records[iri] for iri in index.ordered if match(index.records[iri])]
    page = hits[selection.offset : selection.offset + _PAGE_SIZE]
    actor_slugs = {iri: slug for slug, iri in index.actors.items()}
    report_slugs = {r.iri: r.slug for r in ui.reports.values()}
    state = selection.query(actor_slugs, report_slugs)
    return {
        "selection": selection,
        "total": len(hits),
        "first": selection.offset + 1 if page else 0,
        "last": selection.offset + len(page),
        "results": result_rows(page, index, ui, base, lang),
        "facets": facet_counts(selection, index, ui, match, lang),
        "csv_href": "/resources.csv" + (f"?{state}" if state else ""),
        "prev_href": (
            "/resources?" + selection.query(actor_slugs, report_slugs, offset=max(0, selection.offset - _PAGE_SIZE))
            if selection.offset > 0
            else None
        ),
        "next_href": (
            "/resources?" + selection.query(actor_slugs, report_slugs, offset=selection.offset + _PAGE_SIZE)
            if selection.offset + _PAGE_SIZE < len(hits)
            else None
        ),
        "hits": hits,
    }


@router.get("/resources", name="search")
async def search(request: Request) -> Response:
    """Search and facets over the resources (the facet API as a page; the URL holds the state)."""
    _, build = current(request)
    lang = language(request)
    try:
        found = await blocking(request, lambda: _search(request, build, lang))
    except BadParam as error:
        return error_page(request, 400, str(error))
    except Unavailable as error:
        return error.response()
    found.pop("hits")
    context = {"lang": lang, **found, "scripts": ["/static/ui/search.js"]}
    return render(request, "search.html", context)


_CSV_COLUMNS = (
    "iri",
    "label",
    "care_levels",
    "target_groups",
    "audience",
    "forms",
    "status",
    "years",
    "age_min",
    "age_max",
    "urls",
    "reports",
)


@router.get("/resources.csv", name="search_csv")
async def search_csv(request: Request) -> Response:
    """The current selection of the search page as CSV (multi-valued cells separated by ``|``)."""
    _, build = current(request)
    try:
        found = await blocking(request, lambda: _search(request, build, "sv"))
    except BadParam as error:
        return PlainTextResponse(str(error), status_code=400)
    except Unavailable as error:
        return error.response()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for record in found["hits"]:
        item = record.item()
        item["reports"] = sorted({s["report"] for s in record.sources if s["report"]})
        writer.writerow(
            [
                "|".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v)
                for v in map(item.get, _CSV_COLUMNS)
            ]
        )
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="psykgraf-resources.csv"'},
    )


# ---------------------------------------------------------------- report texts


def _report_file(request: Request, name: str) -> tuple[ReportInfo | None, Path | None]:
    """The report whose text file is ``{name}.txt`` (only files the build names: no path tricks)."""
    manager, build = current(request)
    index = getattr(request.app.state, "ui_index", None)
    ui = index[1] if index is not None and index[0] == (id(build), build.generation) else None
    if ui is None:
        return None, None
    for report in ui.reports.values():
        if report.file_name and Path(report.file_name).stem == name:
            path = manager.settings.reports_dir / Path(report.file_name).name
            return report, path if path.is_file() else None
    return None, None


@router.get("/reports/{name}", name="report_text")
async def report_text(request: Request, name: str) -> Response:
    """A source report's text: HTML with one anchor per line (``#L123``), or plain with ``.txt``."""
    _, build = current(request)
    lang = language(request)
    plain = name.endswith(".txt")
    stem = name[:-4] if plain else name
    try:
        await blocking(request, lambda: ui_index(request, build))
    except Unavailable as error:
        return error.response()
    report, path = _report_file(request, stem)
    if report is None or path is None:
        message = f"no report text named {shown(stem)}"
        return PlainTextResponse(message, status_code=404) if plain else error_page(request, 404, message)
    text = path.read_text(encoding="utf-8")
    if plain:
        return PlainTextResponse(text, headers={"Cache-Control": "public, max-age=300"})
    manager: BuildManager = request.app.state.manager
    context = {
        "lang": lang,
        "report": report,
        "entity_href": local_href(report.iri, manager.settings.base_iri),
        "lines": text.splitlines(),
    }
    return render(request, "report.html", context, headers={"Cache-Control": "public, max-age=300"})


# ---------------------------------------------------------------- the query editor


def _examples(request: Request, base: str) -> list[dict[str, Any]]:
    manager: BuildManager = request.app.state.manager
    out = []
    for query in load_queries(manager.settings.queries_dir).values():
        try:
            text = query.with_values(query.bind({}, base)) if query.params else query.sparql
        except QueryError:
            text = query.sparql
        body = query_body(dataclasses.replace(query, sparql=text))
        out.append(
            {
                "name": query.name,
                "title": query.title or query.name,
                "title_en": query.title_en or query.title or query.name,
                "description": query.description,
                "params": [{"name": p.name, "default": p.default, "description": p.description} for p in query.params],
                "query": body,
            }
        )
    return out


def sparql_page(request: Request, endpoint: str) -> Response:
    """The query editor (YASGUI) for a browser that opens ``/sparql`` without a query."""
    manager, build = current(request)
    lang = language(request)
    examples = _examples(request, manager.settings.base_iri)
    context = {
        "lang": lang,
        "endpoint": endpoint,
        "base": manager.settings.base_iri,
        "examples": examples,
        "examples_json_data": examples,
        "prefixes": manager.prefixes,
        "scripts": ["/static/vendor/yasgui.min.js", "/static/ui/editor.js"],
        "styles": ["/static/vendor/yasgui.min.css"],
    }
    return render(request, "editor.html", context, headers={"ETag": build.etag("editor", lang)})
