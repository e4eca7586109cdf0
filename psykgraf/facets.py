"""The one facet table: which ``pg:`` property links a thing to which SKOS concept scheme.

Read from the ontology files the loader and the service share (architecture: "both share
the ontology files, nothing else"): every SHACL property shape of ``ontology/shapes.ttl``
whose values must be ``skos:Concept`` s ``skos:inScheme`` one scheme is a facet. The
scheme's notation is the last segment of its IRI (vocabulary contract: schemes are
``{base}vocab/{scheme}``), and ``ontology/psykgraf.ttl`` says whether the property applies
to resources (``schema:domainIncludes pg:Resource``) — those are the facet API's.

The Python names follow from the property by one convention: the API parameter and the
evaluation column are its snake case (``careLevel`` → ``care_level``), the mention field and
JSON key its plural (``care_levels``), except for the mass noun ``audience`` and the
single-valued ``status`` (``sh:maxCount 1`` is not required, so the names are listed).

>>> [(f.prop, f.scheme, f.field, f.param) for f in FACETS][:2]  # doctest: +NORMALIZE_WHITESPACE
[('careLevel', 'care-level', 'care_levels', 'care_level'),
 ('targetGroup', 'target-group', 'target_groups', 'target_group')]
>>> [f.param for f in FACETS if f.on_resources]
['care_level', 'target_group', 'audience', 'form', 'status']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import SKOS, Graph, URIRef
from rdflib.namespace import SH

__all__ = ["FACETS", "Facet", "facet_table"]

_ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
_PG = "https://w3id.org/psykgraf/ontology#"
_SCHEMA_DOMAIN = URIRef("https://schema.org/domainIncludes")
_RDFS_DOMAIN = URIRef("http://www.w3.org/2000/01/rdf-schema#domain")
#: Field names that are not the plural of the parameter (see the module docstring).
_SINGULAR_FIELDS = frozenset({"audience", "status"})


@dataclass(frozen=True)
class Facet:
    """One facet: the ``pg:`` property, its scheme's notation and the names code uses for it."""

    prop: str  # local name of the pg: property, "careLevel"
    scheme: str  # skos:notation of the concept scheme, "care-level"
    field: str  # Mention field and JSON key of the facet API's items, "care_levels"
    param: str  # facet API parameter and evaluation-set column, "care_level"
    on_resources: bool  # the property applies to resources (a facet of /api/resources)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@lru_cache(maxsize=4)
def facet_table(ontology_dir: Path = _ONTOLOGY_DIR) -> tuple[Facet, ...]:
    """The facets the ontology's shapes declare, in the order of the shapes file.

    Raises :class:`FileNotFoundError` if the ontology files are missing and
    :class:`ValueError` if the shapes declare no facet.
    """
    shapes_path, ontology_path = ontology_dir / "shapes.ttl", ontology_dir / "psykgraf.ttl"
    shapes = Graph().parse(shapes_path, format="turtle")
    ontology = Graph().parse(ontology_path, format="turtle")
    text = shapes_path.read_text(encoding="utf-8")
    found: list[tuple[int, Facet]] = []
    for shape in set(shapes.subjects(SH["class"], SKOS.Concept)):
        path, node = shapes.value(shape, SH.path), shapes.value(shape, SH.node)
        if not isinstance(path, URIRef) or not str(path).startswith(_PG) or node is None:
            continue
        schemes = {
            str(v)
            for prop_shape in shapes.objects(node, SH.property)
            if shapes.value(prop_shape, SH.path) == SKOS.inScheme
            for v in shapes.objects(prop_shape, SH.hasValue)
        }
        if len(schemes) != 1:
            continue
        prop = str(path)[len(_PG) :]
        param = _snake(prop)
        resources = URIRef(_PG + "Resource")
        facet = Facet(
            prop=prop,
            scheme=schemes.pop().rstrip("/").rsplit("/", 1)[-1],
            field=param if param in _SINGULAR_FIELDS else param + "s",
            param=param,
            on_resources=any((path, p, resources) in ontology for p in (_SCHEMA_DOMAIN, _RDFS_DOMAIN)),
        )
        found.append((text.find(f"pg:{prop} ;"), facet))
    if not found:
        raise ValueError(f"{shapes_path}: no facet shapes (sh:class skos:Concept with an skos:inScheme node)")
    return tuple(f for _, f in sorted(found, key=lambda x: (x[0], x[1].prop)))


#: The facets of the shipped ontology.
FACETS: tuple[Facet, ...] = facet_table()
