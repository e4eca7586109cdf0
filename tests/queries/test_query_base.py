"""Named queries follow the configured base IRI (``PSYKGRAF_BASE_IRI``), not only the default ``pg:``.

The graph is built with its ontology and vocabularies under the configured base; a query file that
spells the default base must be moved under it, or it answers nothing on such a build.
"""

from __future__ import annotations

from pathlib import Path

from psykgraf.queries import load_queries, rebased, run_query
from psykgraf.settings import DEFAULT_BASE_IRI, Settings

OTHER = "http://example.org/kg/"
QUERIES_DIR = Settings().queries_dir


def _graph(base: str) -> str:
    """One retired resource made by one actor, with every psykgraf IRI under ``base``."""
    res, actor, g = f"<{base}id/resource/x>", f"<{base}id/actor/y>", f"<{base}graph/r>"
    rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    lines = [
        f"{res} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{base}ontology#Resource> {g} .",
        f'{res} <{rdfs}label> "Gammalt stöd"@sv {g} .',
        f"{res} <{base}ontology#status> <{base}vocab/status/ej-i-bruk> {g} .",
        f"{res} <{base}ontology#producer> {actor} {g} .",
        f'{actor} <{rdfs}label> "Någon myndighet"@sv {g} .',
    ]
    return "\n".join(lines) + "\n"


def _settings(tmp_path: Path, base: str) -> Settings:
    current = tmp_path / "build" / "current"
    current.mkdir(parents=True)
    (current / "graph.nq").write_text(_graph(base), encoding="utf-8")
    return Settings(base_iri=base, build_dir=tmp_path / "build", queries_dir=QUERIES_DIR)


def test_every_query_file_moves_every_default_base_iri() -> None:
    for name, query in load_queries(QUERIES_DIR).items():
        moved = query.for_base(OTHER).sparql
        assert f"<{DEFAULT_BASE_IRI}" not in moved, name
        assert rebased(query.sparql, DEFAULT_BASE_IRI) == query.sparql, name


def test_retired_resources_answer_on_a_graph_under_another_base(tmp_path: Path) -> None:
    _head, rows = run_query(_settings(tmp_path, OTHER), "retired-resources", [])
    assert [(r["label"], r.get("made_by")) for r in rows] == [("Gammalt stöd", "Någon myndighet")]


def test_the_default_base_still_answers(tmp_path: Path) -> None:
    _head, rows = run_query(_settings(tmp_path, DEFAULT_BASE_IRI), "retired-resources", [])
    assert [r["label"] for r in rows] == ["Gammalt stöd"]
