"""The catalogue of named SPARQL queries in ``queries/*.rq`` and safe parameter binding.

Each file opens with a comment header::

    # title: Stöd för första linjen för barn och unga
    # title@en: Supports for first-line care for children and young people
    # description: …
    # param: care_level care-level forsta-linjen Care level code (narrower levels included)
    # example: psykgraf query first-line-children --param care_level=forsta-linjen

A ``param`` line is ``name type default description``; ``default`` may be ``-`` (none).
Values are turned into RDF terms here and bound with pyoxigraph ``substitutions`` (or, for
a remote endpoint, a ``VALUES`` block serialised from the same terms) — never pasted.

>>> q = parse_query("q", "# title: T\\n# param: age integer 15 Age\\nSELECT ?age WHERE {}")
>>> q.params[0].name, q.params[0].type, q.params[0].default
('age', 'integer', '15')
>>> str(q.params[0].term("15", "https://w3id.org/psykgraf/"))
'"15"^^<http://www.w3.org/2001/XMLSchema#integer>'
>>> q.params[0].term("15 } DROP ALL {", "https://w3id.org/psykgraf/")
Traceback (most recent call last):
...
psykgraf.queries.QueryError: parameter age: expected an integer, got '15 } DROP ALL {'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from pyoxigraph import Literal, NamedNode, QuerySolutions, RdfFormat, Store, Triple, Variable

from psykgraf.facets import FACETS
from psykgraf.settings import DEFAULT_BASE_IRI, Settings

__all__ = [
    "SCHEMES",
    "NamedQuery",
    "Param",
    "QueryError",
    "load_queries",
    "parse_query",
    "queries_graph",
    "query_body",
    "query_form",
    "rebased",
    "run_query",
]

XSD = "http://www.w3.org/2001/XMLSchema#"
#: Parameter types that are concept codes of a SKOS scheme.
SCHEMES = tuple(f.scheme for f in FACETS)
_TYPES = (*SCHEMES, "string", "integer", "year", "date", "iri", "actor", "resource")
_CODE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# ASCII digits only: ``\d`` would also accept fullwidth or Arabic-Indic digits ("１５").
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_YEAR = re.compile(r"^[0-9]{4}$")
_INT = re.compile(r"^-?[0-9]{1,9}$")
_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
# Control characters (NUL, newlines …) never belong in a parameter value.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class QueryError(ValueError):
    """A query that cannot be found or a parameter that cannot be bound."""

    def __init__(self, message: str, parameter: str | None = None, allowed: list[str] | None = None) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.allowed = allowed or []


@dataclass(frozen=True)
class Param:
    """A declared query parameter: SPARQL variable name, type, default, description."""

    name: str
    type: str
    default: str | None
    description: str

    def term(self, value: str, base: str) -> NamedNode | Literal:
        """The RDF term for a user-given value, or QueryError naming the parameter."""
        fail = f"parameter {self.name}: "
        if _CONTROL.search(value):
            raise QueryError(fail + "control characters are not allowed", self.name)
        if self.type in SCHEMES:
            if not _CODE.match(value):
                raise QueryError(fail + f"expected a {self.type} concept code, got {value!r}", self.name)
            return NamedNode(f"{base}vocab/{self.type}/{value}")
        if self.type in ("actor", "resource"):
            if not _CODE.match(value):
                raise QueryError(fail + f"expected an {self.type} slug, got {value!r}", self.name)
            return NamedNode(f"{base}id/{self.type}/{value}")
        if self.type == "integer":
            if not _INT.match(value):
                raise QueryError(fail + f"expected an integer, got {value!r}", self.name)
            return Literal(value, datatype=NamedNode(XSD + "integer"))
        if self.type == "year":
            if not _YEAR.match(value):
                raise QueryError(fail + f"expected a year (YYYY), got {value!r}", self.name)
            return Literal(value, datatype=NamedNode(XSD + "integer"))
        if self.type == "date":
            if not _DATE.match(value):
                raise QueryError(fail + f"expected a date (YYYY-MM-DD), got {value!r}", self.name)
            return Literal(value, datatype=NamedNode(XSD + "date"))
        if self.type == "iri":
            if not _IRI.match(value):
                raise QueryError(fail + f"expected an http(s) IRI, got {value!r}", self.name)
            return NamedNode(value)
        if len(value) > 200:
            raise QueryError(fail + "at most 200 characters", self.name)
        return Literal(value)


@dataclass(frozen=True)
class NamedQuery:
    """One ``queries/<name>.rq`` file: metadata, parameters and the SPARQL text."""

    name: str
    sparql: str
    title: str = ""
    title_en: str = ""
    description: str = ""
    example: str = ""
    params: tuple[Param, ...] = field(default=())

    def bind(self, values: dict[str, str], base: str) -> dict[str, NamedNode | Literal]:
        """Terms for every parameter: given values, else defaults; unknown names are errors."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(f"unknown parameter {unknown[0]!r}", unknown[0], sorted(known))
        bound: dict[str, NamedNode | Literal] = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is not None:
                bound[p.name] = p.term(raw, base)
        return bound

    def for_base(self, base: str) -> NamedQuery:
        """This query for a graph built under ``base`` (see :func:`rebased`)."""
        return replace(self, sparql=rebased(self.sparql, base))

    def with_values(self, bound: dict[str, NamedNode | Literal]) -> str:
        """The query with a VALUES block for remote endpoints (terms serialised, not pasted)."""
        if not bound:
            return self.sparql
        names = sorted(bound)
        block = "VALUES (" + " ".join(f"?{n}" for n in names) + ") { (" + " ".join(str(bound[n]) for n in names) + ") }"
        body = self.sparql
        # The block goes right after the first top-level WHERE's opening brace.
        match = re.search(r"\bWHERE\s*\{", body, re.IGNORECASE)
        if match is None:
            raise QueryError(f"query {self.name}: no WHERE clause to bind parameters in")
        return body[: match.end()] + "\n  " + block + "\n" + body[match.end() :]


def rebased(sparql: str, base: str) -> str:
    """``sparql`` with every IRI written under the default base moved under ``base``.

    The ``.rq`` files spell the ontology and vocabularies under :data:`DEFAULT_BASE_IRI` (``pg:``);
    a graph built with another ``PSYKGRAF_BASE_IRI`` has them under that base, so the queries follow it.

    >>> rebased("PREFIX pg: <https://w3id.org/psykgraf/ontology#> SELECT * {}", "http://example.org/pg/")
    'PREFIX pg: <http://example.org/pg/ontology#> SELECT * {}'
    """
    if base == DEFAULT_BASE_IRI:
        return sparql
    return sparql.replace("<" + DEFAULT_BASE_IRI, "<" + base)


def parse_query(name: str, text: str) -> NamedQuery:
    """Parse a ``.rq`` file's header and body."""
    meta: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        key, _, value = line[1:].strip().partition(":")
        key, value = key.strip(), value.strip()
        if key == "param":
            parts = value.split(None, 3)
            if len(parts) < 3 or parts[1] not in _TYPES:
                raise QueryError(f"query {name}: bad param line {value!r} (types: {', '.join(_TYPES)})")
            default = None if parts[2] == "-" else parts[2]
            params.append(Param(parts[0], parts[1], default, parts[3] if len(parts) > 3 else ""))
        elif key:
            meta[key] = (meta[key] + " " + value) if key in meta else value
    return NamedQuery(
        name=name,
        sparql=text,
        title=meta.get("title", name),
        title_en=meta.get("title@en", ""),
        description=meta.get("description", ""),
        example=meta.get("example", ""),
        params=tuple(params),
    )


def load_queries(folder: Path) -> dict[str, NamedQuery]:
    """Every ``*.rq`` in ``folder`` by name (file stem), sorted."""
    return {p.stem: parse_query(p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.rq"))}


_SH = "http://www.w3.org/ns/shacl#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SCHEMA = "https://schema.org/"
_DCTERMS = "http://purl.org/dc/terms/"
_FORMS = {
    "SELECT": "SPARQLSelectExecutable",
    "CONSTRUCT": "SPARQLConstructExecutable",
    "ASK": "SPARQLAskExecutable",
    "DESCRIBE": "SPARQLDescribeExecutable",
}
_FORM_RE = re.compile(r"^\s*(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.IGNORECASE | re.MULTILINE)
_KEYWORD = {"SELECT": "select", "CONSTRUCT": "construct", "ASK": "ask", "DESCRIBE": "describe"}


def query_body(query: NamedQuery) -> str:
    """The SPARQL text without the leading ``#`` metadata header.

    >>> query_body(parse_query("q", "# title: T\\n\\nSELECT * WHERE {}\\n"))
    'SELECT * WHERE {}\\n'
    """
    lines = query.sparql.splitlines(keepends=True)
    start = 0
    while start < len(lines) and (lines[start].startswith("#") or not lines[start].strip()):
        start += 1
    return "".join(lines[start:])


def query_form(query: NamedQuery) -> str:
    """``SELECT``, ``CONSTRUCT``, ``ASK`` or ``DESCRIBE`` (the first top-level keyword).

    >>> query_form(parse_query("q", "PREFIX a: <http://a/>\\nASK { ?s ?p ?o }"))
    'ASK'
    """
    match = _FORM_RE.search(query_body(query))
    return match.group(1).upper() if match else "SELECT"


def queries_graph(queries: dict[str, NamedQuery], base: str) -> list[Triple]:
    """The catalogue as RDF: each query a ``sh:SPARQLExecutable`` at ``{base}query/{name}``.

    Each query has ``sh:select`` (or ``sh:construct`` …) with its text, ``rdfs:label`` in
    Swedish and English, ``rdfs:comment``, ``dcterms:identifier``, ``schema:isPartOf`` the
    catalogue ``{base}queries``, and one ``sh:parameter`` node per parameter
    (``{base}query/{name}#param-{param}``) with ``sh:name``, ``sh:order``, ``sh:description``,
    ``pg:parameterType``, ``sh:datatype`` or ``sh:nodeKind sh:IRI``, ``sh:optional`` and
    ``sh:defaultValue``. Sorted, so the same catalogue gives the same triples.

    >>> q = parse_query("for-age", "# title: Ålder\\n# title@en: Age\\n# param: age integer 15 Age\\nSELECT ?r {}")
    >>> triples = queries_graph({"for-age": q}, "https://w3id.org/psykgraf/")
    >>> sorted({re.split("[#/]", t.predicate.value)[-1] for t in triples if t.subject.value.endswith("for-age")})
    ['identifier', 'isPartOf', 'label', 'parameter', 'select', 'type']
    >>> [t.object.value for t in triples if t.predicate.value.endswith("defaultValue")]
    ['15']
    """
    pg = f"{base}ontology#"
    catalogue = NamedNode(f"{base}queries")
    triples: list[Triple] = [
        Triple(catalogue, NamedNode(_RDF_TYPE), NamedNode(_SCHEMA + "Collection")),
        Triple(catalogue, NamedNode(_RDFS + "label"), Literal("psykgrafs namngivna frågor", language="sv")),
        Triple(catalogue, NamedNode(_RDFS + "label"), Literal("psykgraf named queries", language="en")),
    ]
    for name in sorted(queries):
        query = queries[name]
        node = NamedNode(f"{base}query/{name}")
        form = query_form(query)

        def add(predicate: str, obj: NamedNode | Literal, subject: NamedNode = node) -> None:
            triples.append(Triple(subject, NamedNode(predicate), obj))

        add(_RDF_TYPE, NamedNode(_SH + "SPARQLExecutable"))
        add(_RDF_TYPE, NamedNode(_SH + _FORMS[form]))
        add(_SH + _KEYWORD[form], Literal(query_body(query)))
        add(_DCTERMS + "identifier", Literal(name))
        add(_RDFS + "label", Literal(query.title or name, language="sv"))
        if query.title_en:
            add(_RDFS + "label", Literal(query.title_en, language="en"))
        if query.description:
            add(_RDFS + "comment", Literal(query.description, language="en"))
        add(_SCHEMA + "isPartOf", catalogue)
        for order, param in enumerate(query.params):
            pnode = NamedNode(f"{base}query/{name}#param-{param.name}")
            add(_SH + "parameter", pnode)
            add(_RDF_TYPE, NamedNode(_SH + "Parameter"), pnode)
            add(_SH + "name", Literal(param.name), pnode)
            add(_SH + "order", Literal(str(order), datatype=NamedNode(XSD + "integer")), pnode)
            add(pg + "parameterType", Literal(param.type), pnode)
            add(_SH + "optional", Literal("true", datatype=NamedNode(XSD + "boolean")), pnode)
            if param.description:
                add(_SH + "description", Literal(param.description, language="en"), pnode)
            if param.type in ("string", "integer", "year", "date"):
                datatype = {"string": "string", "date": "date"}.get(param.type, "integer")
                add(_SH + "datatype", NamedNode(XSD + datatype), pnode)
            else:
                add(_SH + "nodeKind", NamedNode(_SH + "IRI"), pnode)
            if param.default is not None:
                add(_SH + "defaultValue", param.term(param.default, base), pnode)
    return sorted(triples, key=str)


def _cell(term: object) -> str:
    return "" if term is None else str(getattr(term, "value", term))


def run_query(
    settings: Settings, name: str, params: list[str], endpoint: str | None = None
) -> tuple[list[str], list[dict[str, str]]]:
    """Run a named query (or a ``.rq`` path) with ``k=v`` params; return head and rows.

    Locally the published build is loaded into an in-memory store; with ``endpoint`` the
    query goes to that SPARQL endpoint over the SPARQL 1.1 Protocol.
    """
    path = Path(name)
    if path.suffix == ".rq" and path.exists():
        query = parse_query(path.stem, path.read_text(encoding="utf-8"))
    else:
        catalogue = load_queries(settings.queries_dir)
        if name not in catalogue:
            raise QueryError(f"no query named {name!r}; known: {', '.join(catalogue) or 'none'}")
        query = catalogue[name]
    query = query.for_base(settings.base_iri)
    values: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise QueryError(f"--param wants k=v, got {item!r}")
        values[key.strip()] = value
    bound = query.bind(values, settings.base_iri)
    if endpoint:
        return _remote(endpoint, query.with_values(bound))
    graph = settings.build_dir / "current" / "graph.nq"
    if not graph.exists():
        raise QueryError("no published build; run `psykgraf build` first or pass --endpoint")
    store = Store()
    store.bulk_load(path=str(graph), format=RdfFormat.N_QUADS)
    try:
        result = store.query(
            query.sparql,
            use_default_graph_as_union=True,
            substitutions={Variable(k): v for k, v in bound.items()},
        )
    except SyntaxError as exc:
        raise QueryError(f"query {query.name}: {exc}") from None
    if not isinstance(result, QuerySolutions):
        raise QueryError(f"query {query.name}: only SELECT queries can be shown as a table")
    head = [v.value for v in result.variables]
    rows = [{h: _cell(sol[h]) for h in head if sol[h] is not None} for sol in result]
    return head, rows


def _remote(endpoint: str, sparql: str) -> tuple[list[str], list[dict[str, str]]]:
    import httpx

    try:
        response = httpx.post(
            endpoint,
            data={"query": sparql},
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
    except httpx.HTTPError as exc:
        raise QueryError(f"endpoint {endpoint}: {exc}") from None
    if response.status_code != 200:
        raise QueryError(f"endpoint {endpoint}: HTTP {response.status_code}: {response.text[:300]}")
    data = response.json()
    head = list(data["head"]["vars"])
    rows = [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    return head, rows
