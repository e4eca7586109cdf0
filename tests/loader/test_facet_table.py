"""The one facet table (``psykgraf.facets``) agrees with the ontology, the vocabularies and the contract.

Expected values come from ``/work/shared/design/vocabulary-contract.md``: the concept schemes
(``care-level`` … ``actor-type``) and the facet API's parameters (``care_level``,
``target_group``, ``audience``, ``form``, ``status``) with the response keys of its example.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Graph, Literal, URIRef

from loader.enrich import FACET_FIELDS
from loader.model import Mention
from psykgraf.facet_index import FACETS as API_FACETS
from psykgraf.facets import FACETS, facet_table
from psykgraf.settings import ROOT

ONTOLOGY = ROOT / "ontology"


def test_the_contracts_schemes_are_the_facets() -> None:
    # vocabulary-contract.md, "Concept schemes": care-level, target-group, audience,
    # resource-form, status, actor-type.
    assert {f.scheme for f in FACETS} == {
        "care-level",
        "target-group",
        "audience",
        "resource-form",
        "status",
        "actor-type",
    }


def test_the_facet_api_parameters_and_keys_are_the_contracts() -> None:
    # vocabulary-contract.md, "Facet API": parameters care_level, target_group, audience, form,
    # status; response keys care_levels, target_groups, audience, forms, status.
    assert {p: key for p, (_, _, key) in API_FACETS.items()} == {
        "care_level": "care_levels",
        "target_group": "target_groups",
        "audience": "audience",
        "form": "forms",
        "status": "status",
    }


def test_every_scheme_exists_in_the_vocabularies() -> None:
    g = Graph()
    for path in sorted((ONTOLOGY / "vocab").glob("*.ttl")):
        g.parse(path, format="turtle")
    notations = {str(g.value(s, SKOS.notation)) for s in g.subjects(RDF.type, SKOS.ConceptScheme)}
    assert {f.scheme for f in FACETS} <= notations


def test_every_property_is_defined_with_its_scheme() -> None:
    # psykgraf.ttl: each facet property's English definition ends "a concept of the <scheme> scheme".
    g = Graph().parse(ONTOLOGY / "psykgraf.ttl", format="turtle")
    pg = "https://w3id.org/psykgraf/ontology#"
    for f in FACETS:
        definitions = [
            str(o)
            for o in g.objects(URIRef(pg + f.prop), SKOS.definition)
            if isinstance(o, Literal) and o.language == "en"
        ]
        assert any(f"the {f.scheme} scheme" in d for d in definitions), f.prop


def test_every_field_is_a_mention_field_and_enrich_uses_the_table() -> None:
    fields = {fld.name for fld in dataclasses.fields(Mention)}
    assert {f.field for f in FACETS} <= fields
    assert FACET_FIELDS == {f.scheme: f.field for f in FACETS}


def test_missing_shapes_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        facet_table(tmp_path)


def test_shapes_without_facets_are_rejected(tmp_path: Path) -> None:
    shutil.copy(ONTOLOGY / "psykgraf.ttl", tmp_path / "psykgraf.ttl")
    (tmp_path / "shapes.ttl").write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no facet shapes"):
        facet_table(tmp_path)
