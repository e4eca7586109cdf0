"""validate_lines finds SHACL violations in N-Quads and names the focus node and path."""

from __future__ import annotations

from loader.validate import validate_lines
from psykgraf.settings import Settings

SHAPES = Settings().ontology_dir / "shapes.ttl"
R = "<https://w3id.org/psykgraf/id/resource/x>"
G = "<https://w3id.org/psykgraf/graph/r>"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RESOURCE = "<https://w3id.org/psykgraf/ontology#Resource>"


def test_entity_without_label_or_source_is_a_violation() -> None:
    conforms, messages = validate_lines([f"{R} {TYPE} {RESOURCE} {G} ."], SHAPES)
    assert not conforms
    assert any("rdfs:label" in m and R[1:-1] in m for m in messages)
    assert any("dcterms:source" in m for m in messages)


def test_bad_year_is_a_violation_and_a_good_entity_passes() -> None:
    good = [
        f"{R} {TYPE} {RESOURCE} {G} .",
        f'{R} <http://www.w3.org/2000/01/rdf-schema#label> "SkolFam"@sv {G} .',
        f"{R} <http://purl.org/dc/terms/source> <https://w3id.org/psykgraf/id/report/r> {G} .",
        f"<https://w3id.org/psykgraf/id/report/r> {TYPE} <https://w3id.org/psykgraf/ontology#Report> {G} .",
        f'<https://w3id.org/psykgraf/id/report/r> <http://www.w3.org/2000/01/rdf-schema#label> "R"@sv {G} .',
        f'<https://w3id.org/psykgraf/id/report/r> <http://purl.org/dc/terms/title> "R"@sv {G} .',
    ]
    assert validate_lines(good, SHAPES) == (True, [])
    bad_year = f'{R} <http://purl.org/dc/terms/created> "20x2"^^<http://www.w3.org/2001/XMLSchema#string> {G} .'
    conforms, messages = validate_lines([*good, bad_year], SHAPES)
    assert not conforms
    assert any("dcterms:created" in m for m in messages)


def test_shapes_follow_the_build_base_iri() -> None:
    # The shapes are written under the default base; under another base the same rules apply.
    other = "https://example.org/pg/"
    line = f"<{other}id/resource/x> {TYPE} <{other}ontology#Resource> <{other}graph/r> ."
    assert validate_lines([line], SHAPES) == (True, [])  # the default-base shapes target nothing here
    conforms, messages = validate_lines([line], SHAPES, other)
    assert not conforms
    assert any("rdfs:label" in m and f"{other}id/resource/x" in m for m in messages)
