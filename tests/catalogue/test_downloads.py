"""Every download parses and holds the same data as the N-Quads; CSV and CSVW agree; checksums match the bytes."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from loader.pipeline import BuildResult


@pytest.fixture(scope="module")
def downloads(published: Path) -> Path:
    return published / "downloads"


def _quads(built: BuildResult) -> int:
    return len(built.lines)


def _union(built: BuildResult) -> int:
    quads = ox.parse("\n".join(built.lines).encode(), format=ox.RdfFormat.N_QUADS)
    return len({q.triple for q in quads})


def test_nquads_gzip_is_the_build(downloads: Path, built: BuildResult) -> None:
    text = gzip.decompress((downloads / "psykgraf.nq.gz").read_bytes()).decode()
    assert tuple(text.splitlines()) == built.lines


@pytest.mark.parametrize(("name", "fmt"), [("psykgraf.trig", "trig"), ("psykgraf.jsonld", "json-ld")])
def test_dataset_formats_round_trip(downloads: Path, built: BuildResult, name: str, fmt: str) -> None:
    dataset = rdflib.Dataset()
    dataset.parse(downloads / name, format=fmt)
    # Quads, not len(dataset): a fact two reports state is in both reports' graphs.
    assert sum(1 for _ in dataset.quads((None, None, None, None))) == _quads(built)
    assert len({c.identifier for c in dataset.graphs() if len(c)}) == len(
        {line.rsplit(" ", 2)[-2] for line in built.lines}
    )


def test_turtle_is_the_union(downloads: Path, built: BuildResult) -> None:
    graph = rdflib.Graph()
    graph.parse(downloads / "psykgraf.ttl", format="turtle")
    assert len(graph) == _union(built)


def test_jsonld_uses_readable_keys_and_pyld_agrees(downloads: Path, built: BuildResult) -> None:
    pyld = pytest.importorskip("pyld.jsonld")
    document = json.loads((downloads / "psykgraf.jsonld").read_text(encoding="utf-8"))
    context = json.loads((downloads / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert document["@context"] == context
    # Keys a reader would look for: the label and the care level of a resource.
    assert context["label"]["@id"] == "rdfs:label" and context["careLevel"]["@type"] == "@id"
    nquads = pyld.to_rdf(document, {"format": "application/n-quads"})
    assert len(set(nquads.splitlines())) == _quads(built)


def test_csv_has_one_row_per_resource_and_csvw_describes_it(downloads: Path, built: BuildResult) -> None:
    rows = list(csv.DictReader(io.StringIO((downloads / "resources.csv").read_text(encoding="utf-8"))))
    quads = ox.parse("\n".join(built.lines).encode(), format=ox.RdfFormat.N_QUADS)
    resources = {
        q.subject.value
        for q in quads
        if q.predicate.value.endswith("#type") and q.object.value.endswith("/ontology#Resource")
    }
    assert {r["iri"] for r in rows} == resources
    meta = json.loads((downloads / "resources.csv-metadata.json").read_text(encoding="utf-8"))
    columns = meta["tableSchema"]["columns"]
    assert [c["name"] for c in columns] == list(rows[0])
    assert meta["tableSchema"]["aboutUrl"] == "{+iri}" and meta["url"] == "resources.csv"
    multi = {c["name"] for c in columns if "separator" in c}
    assert {"care_levels", "urls", "sources"} <= multi
    # 2020-inventering-metod-och-kunskapsstod.txt lines 1122-1124: "Alex får en SIP" … "I filmen berättar Alex":
    # a film (the form cell holds concept codes).
    alex = next(r for r in rows if r["label"] == "Alex får en SIP")
    assert "film" in alex["forms"].split("|")


def test_every_file_has_a_matching_sha256(downloads: Path) -> None:
    index = json.loads((downloads / "index.json").read_text(encoding="utf-8"))
    assert index["files"]
    for entry in index["files"]:
        data = (downloads / entry["name"]).read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        assert entry["sha256"] == digest and entry["bytes"] == len(data)
        assert (downloads / f"{entry['name']}.sha256").read_text().split()[0] == digest


def test_downloads_are_byte_identical_across_builds(built: BuildResult, downloads: Path, tmp_path: Path) -> None:
    from loader.publish import write_build

    again = write_build(built, tmp_path) / "downloads"
    for name in ("psykgraf.nq.gz", "psykgraf.trig", "psykgraf.jsonld", "resources.csv"):
        assert (again / name).read_bytes() == (downloads / name).read_bytes(), name


def test_jsonld_writer_keeps_every_kind_of_term() -> None:
    from loader.exports import jsonld_context, jsonld_document

    text = """<https://x/id/a> <https://x/ontology#careLevel> <https://x/vocab/c> <https://x/graph/r> .
<https://x/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "A"@sv <https://x/graph/r> .
<https://x/id/a> <https://x/ontology#ageMin> "3"^^<http://www.w3.org/2001/XMLSchema#integer> <https://x/graph/r> .
<https://x/id/a> <https://x/ontology#note> "plain" <https://x/graph/r> .
<https://x/id/a> <https://x/ontology#part> _:b1 <https://x/graph/r> .
_:b1 <https://x/ontology#note> "in a blank node" <https://x/graph/r> .
<https://x/id/b> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://x/ontology#Resource> .
"""
    quads = list(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
    kinds: dict[str, set[str]] = {}
    for q in quads:
        kinds.setdefault(q.predicate.value, set()).add(
            q.object.datatype.value if isinstance(q.object, ox.Literal) else "@id"
        )
    document = jsonld_document(quads, jsonld_context("https://x/", kinds))
    back = rdflib.Dataset()
    back.parse(data=json.dumps(document), format="json-ld")
    assert len(back) == len(quads)
    expected = rdflib.Dataset()
    expected.parse(data=text, format="nquads")

    def shape(ds: rdflib.Dataset) -> set[tuple[str, ...]]:
        # Blank-node labels may differ after a round trip; everything else must be equal.
        return {tuple("_" if isinstance(t, rdflib.BNode) else str(t) for t in quad) for quad in ds.quads()}

    assert shape(back) == shape(expected)
