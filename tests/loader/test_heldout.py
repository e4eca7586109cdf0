"""Held-out reports: five texts the loader's rules were not written for, one per layout.

``tests/fixtures/heldout/`` holds new reports in the five layouts (written after the loader, with
new content and varied conventions); ``tests/eval/heldout/`` their hand annotation, which only
the scorer reads. These are floor checks, not exact counts, because the loader is changing:
each report is recognised by the layout it was written in and yields at least one resource or
initiative; the published build scores against the annotation with ``bench/score_loader.py``.

The intended layout of each file is what it imitates (file: the lines that show it):
the inventory's U+F0B7 bullets, "Länk till …" and page-end URL blocks (inventering: 22-57);
the numbered report's 1.1/2.1.1 headings, contents page and glued footnotes (insatser: 38-160);
the final report's "Bilaga" tables with tab-separated rows (slutrapport: 106-200);
the slide deck's one-line text boxes and letter-spaced titles (kraftsamling: 104-106, 158-160);
the plan's Långsiktiga/Kortsiktiga mål and "Aktivitet N." (handlingsplan: 71-98).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.loader.evalsets import ROOT, build_texts, load_scorer

HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
EVAL = ROOT / "tests" / "eval" / "heldout"

INTENDED = {
    "2023-inventering-stod-och-kunskapsmaterial": "inventory",
    "2023-insatser-psykisk-halsa-suicidprevention-2022": "numbered-report",
    "2020-slutrapport-2019-insatser-psykisk-halsa": "appendix-tables",
    "2021-kraftsamling-psykisk-halsa-unga-vastra-gotaland": "slides",
    "2022-handlingsplan-psykisk-halsa-uppsala-lan": "action-plan",
}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build and publish the held-out reports with the CLI, as the README documents."""
    return build_texts(HELDOUT, tmp_path_factory.mktemp("heldout-build"))


@pytest.fixture(scope="module")
def report_json(published: Path) -> dict[str, object]:
    data = json.loads((published / "report.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_every_heldout_text_has_an_intended_layout() -> None:
    assert {p.stem for p in HELDOUT.glob("*.txt")} == set(INTENDED)


@pytest.mark.parametrize("report", sorted(INTENDED))
def test_recognised_by_its_intended_layout(report: str, report_json: dict[str, object]) -> None:
    layouts = report_json["layouts"]
    assert isinstance(layouts, dict)
    scores = layouts[report]
    assert INTENDED[report] in scores, f"{report} recognised as {scores}, written as {INTENDED[report]}"
    # The intended layout is the strongest one (a final report may also score as numbered report).
    assert max(scores, key=scores.get) == INTENDED[report], scores


@pytest.mark.parametrize("report", sorted(INTENDED))
def test_yields_a_resource_or_initiative(report: str, report_json: dict[str, object]) -> None:
    counts = report_json["counts"]
    assert isinstance(counts, dict)
    per_class = counts.get(report, {})
    assert per_class.get("Resource", 0) + per_class.get("Initiative", 0) >= 1, per_class


def test_annotation_set_is_well_formed() -> None:
    sl = load_scorer("score_loader_heldout")
    annotations, sections = sl.read_eval_set(EVAL)
    assert set(sections) == set(INTENDED)
    vocab = ROOT / "ontology" / "vocab"
    files = {
        "care_level": "care-level",
        "target_group": "target-group",
        "audience": "audience",
        "form": "resource-form",
        "status": "status",
    }
    codes = {
        facet: {
            ln.split('"')[1]
            for ln in (vocab / f"{stem}.ttl").read_text(encoding="utf-8").splitlines()
            if "skos:notation" in ln
        }
        for facet, stem in files.items()
    }
    seen: dict[tuple[str, str, str], str] = {}
    for ann in annotations:
        lines = (HELDOUT / f"{ann.report}.txt").read_text(encoding="utf-8").splitlines()
        assert 1 <= ann.line <= len(lines), ann
        assert any(r.covers(ann.line, ann.kind) for r in sections[ann.report]), ann
        for facet, allowed in codes.items():
            value = ann.facets[facet]
            assert value is None or value <= allowed, (ann.name, facet, value)
        for key in ann.keys:
            other = seen.setdefault((ann.report, ann.kind, key), ann.name)
            assert other == ann.name, f"{ann.report}: {other!r} and {ann.name!r} share the name {key!r}"
    # Every report has resources or initiatives to find (the floor above is meaningful).
    for report in INTENDED:
        assert any(
            a.report == report and a.kind in {"resource", "initiative"} and not a.neutral for a in annotations
        ), report


def test_scorer_reads_the_heldout_set(published: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sl = load_scorer("score_loader_heldout")
    code = sl.main(["--build", str(published), "--reports", str(HELDOUT), "--eval", str(EVAL), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["per_report"]) == set(INTENDED)
    # Quotes were checked against the held-out texts, not data/reports.
    assert set(result["quotes"]) <= set(INTENDED) and result["quotes"]


def test_scorer_rejects_a_missing_eval_folder(published: Path, tmp_path: Path) -> None:
    sl = load_scorer("score_loader_heldout")
    assert sl.main(["--build", str(published), "--eval", str(tmp_path / "nowhere")]) == 2


def test_every_heldout_report_is_described_from_its_own_text(published: Path) -> None:
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(published / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    rows = store.query(
        "SELECT ?r ?title ?type WHERE { ?r a <https://w3id.org/psykgraf/ontology#Report> ; "
        "<http://purl.org/dc/terms/title> ?title ; <http://purl.org/dc/terms/type> ?type FILTER(lang(?type) = 'en') }",
        use_default_graph_as_union=True,
    )
    assert isinstance(rows, ox.QuerySolutions)
    found = {str(row["r"].value).rsplit("/", 1)[1]: (row["title"].value, row["type"].value) for row in rows}
    assert set(INTENDED) <= set(found)
    # The cover lines of the slide deck (kraftsamling…txt:2-4) and the inventory (inventering…txt:1-2).
    deck = found["2021-kraftsamling-psykisk-halsa-unga-vastra-gotaland"]
    assert deck == ("Tillsammans för ungas psykiska hälsa – regional kraftsamling i Västra Götaland", "slide deck")
    inventory = found["2023-inventering-stod-och-kunskapsmaterial"][0]
    assert inventory.startswith("Inventering av stöd- och kunskapsmaterial")
