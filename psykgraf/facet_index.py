"""The resource index behind the facet API: vocabularies, resource records, folding and facet queries."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pyoxigraph as ox

from psykgraf.facets import FACETS as FACET_TABLE

__all__ = [
    "FACETS",
    "ApiIndex",
    "Concept",
    "Record",
    "build_index",
    "collate",
    "facet_query",
    "fold",
    "select",
    "term_text",
]

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"
_SCHEMA = "https://schema.org/"
_OA = "http://www.w3.org/ns/oa#"
_XSD = "http://www.w3.org/2001/XMLSchema#"

#: Facet parameter → (concept scheme, pg: property, key in the response item).
FACETS: dict[str, tuple[str, str, str]] = {f.param: (f.scheme, f.prop, f.field) for f in FACET_TABLE if f.on_resources}
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


def select(store: ox.Store, query: str) -> list[ox.QuerySolution]:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return list(result)


def term_text(term: object) -> str:
    return str(getattr(term, "value", ""))


def _lang(term: object) -> str | None:
    return term.language if isinstance(term, ox.Literal) else None


def _int(term: object) -> int | None:
    value = term_text(term)
    return int(value) if re.fullmatch(r"-?[0-9]{1,9}", value) else None


def _slugs(store: ox.Store, kind: str, cls: str, base: str) -> dict[str, str]:
    prefix = f"{base}id/{kind}/"
    rows = select(store, f"SELECT DISTINCT ?x WHERE {{ ?x a <{base}ontology#{cls}> }}")
    iris = [r["x"].value for r in rows if isinstance(r["x"], ox.NamedNode)]
    return {iri[len(prefix) :]: iri for iri in sorted(iris) if iri.startswith(prefix)}


def _concepts(store: ox.Store) -> tuple[dict[str, dict[str, Concept]], dict[str, tuple[str | None, str | None]]]:
    rows = select(
        store,
        f"""SELECT ?scheme ?c ?code ?p ?o WHERE {{
          ?s skos:notation ?scheme . ?c <{_SKOS}inScheme> ?s ; <{_SKOS}notation> ?code .
          OPTIONAL {{ ?c ?p ?o . VALUES ?p {{ <{_SKOS}prefLabel> <{_SKOS}definition> <{_SKOS}broader> }} }}
        }}""".replace("skos:notation", f"<{_SKOS}notation>"),
    )
    fields: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (term_text(row["scheme"]), term_text(row["c"]))
        entry = fields.setdefault(key, {"code": term_text(row["code"])})
        predicate, obj = term_text(row["p"]), row["o"]
        if obj is None:
            continue
        name = {
            f"{_SKOS}prefLabel": "label",
            f"{_SKOS}definition": "definition",
            f"{_SKOS}broader": "broader",
        }[predicate]
        slot = name if name == "broader" else f"{name}_{_lang(obj) or ''}"
        # Several values (should not happen): keep the smallest, so the answer is deterministic.
        if slot not in entry or term_text(obj) < entry[slot]:
            entry[slot] = term_text(obj)
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
    for row in select(
        store,
        f"""SELECT ?scheme ?label WHERE {{ ?s a <{_SKOS}ConceptScheme> ; <{_SKOS}notation> ?scheme .
             OPTIONAL {{ ?s <{_SKOS}prefLabel> ?label }} }}""",
    ):
        sv, en = labels.get(term_text(row["scheme"]), (None, None))
        label = row["label"]
        if _lang(label) == "sv":
            sv = term_text(label)
        elif _lang(label) == "en":
            en = term_text(label)
        labels[term_text(row["scheme"])] = (sv, en)
        schemes.setdefault(term_text(row["scheme"]), {})
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
    rows = select(store, f"SELECT ?r ?p ?o WHERE {{ ?r a <{pg}Resource> ; ?p ?o . VALUES ?p {{ {values} }} }}")
    raw: dict[str, dict[str, set[Any]]] = {}
    for row in rows:
        raw.setdefault(term_text(row["r"]), {}).setdefault(term_text(row["p"]), set()).add(row["o"])
    quoted = select(
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
        report = term_text(row["report"]) if row["report"] is not None else ""
        quote = term_text(row["quote"]) if row["quote"] is not None else None
        line = _int(row["line"]) if row["line"] is not None else None
        seen = sources.setdefault(term_text(row["r"]), {})
        key = (report, quote)
        seen[key] = min(seen.get(key, 1 << 30), line if line is not None else 1 << 30)
    records: dict[str, Record] = {}
    for iri, props in raw.items():

        def texts(predicate: str, props: dict[str, set[Any]] = props) -> list[str]:
            return sorted(term_text(o) for o in props.get(predicate, ()))

        labels = props.get(f"{_RDFS}label", set())
        swedish = [term_text(o) for o in labels if _lang(o) == "sv"] or [term_text(o) for o in labels]
        record = Record(iri, label=min(swedish, key=lambda s: (collate(s), s)) if swedish else iri)
        for predicate, slot in keys.items():
            record.codes[slot] = sorted(
                {concept_codes.get(term_text(o), term_text(o).rsplit("/", 1)[-1]) for o in props.get(predicate, ())}
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
