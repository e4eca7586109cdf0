"""``psykgraf export --catalog`` writes the catalogue the service serves (RDF/XML)."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from typer.testing import CliRunner

from psykgraf.catalog import DCAT, RDF
from psykgraf.cli import app


def test_export_catalog(published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PSYKGRAF_BUILD_DIR", str(published.parent))
    monkeypatch.setenv("PSYKGRAF_PUBLISHER_NAME", "Exempelregionen")
    out = tmp_path / "catalog.rdf"
    result = CliRunner().invoke(app, ["export", "--catalog", "-o", str(out)])
    assert result.exit_code == 0, result.output
    graph = rdflib.Graph()
    graph.parse(out, format="xml")
    assert len(list(graph.subjects(RDF.type, DCAT.Catalog))) == 1
    assert rdflib.Literal("Exempelregionen") in set(
        graph.objects(None, rdflib.URIRef("http://xmlns.com/foaf/0.1/name"))
    )


def test_export_catalog_without_downloads_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "v1").mkdir()
    (tmp_path / "v1" / "graph.nq").write_text("")
    (tmp_path / "current").symlink_to("v1")
    monkeypatch.setenv("PSYKGRAF_BUILD_DIR", str(tmp_path))
    result = CliRunner().invoke(app, ["export", "--catalog"])
    assert result.exit_code == 1 and "rebuild" in result.output
