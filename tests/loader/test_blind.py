"""Blind reports: five texts written and annotated without reading the loader (tests/eval/blind/README.md).

Floor checks like the held-out ones (``test_heldout.py``): the whole set builds, each text is
recognised by the layout it imitates, and each yields a resource or initiative; the scorer reads the
annotation. The scores themselves are measured with ``bench/score_loader.py``, not asserted here.

The intended layout of each file (file: the lines that show it): the inventory's U+F0B7 items under
care-level headings (inventering: 10-40); the annual report's contents page with one-level chapters
"1 Överenskommelserna 2023" … "6 Avslutande reflektioner" (insatser: 32-50, body 56); the final
report's "Bilaga" tables (slutrapport: Bilaga 1-3); the deck's slide titles (kraftsamling); the plan's
goals and activities (handlingsplan).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.loader.evalsets import ROOT, build_texts, load_scorer

BLIND = ROOT / "tests" / "fixtures" / "blind"
EVAL = ROOT / "tests" / "eval" / "blind"

INTENDED = {
    "2024-inventering-metod-och-stodmaterial": "inventory",
    "2024-insatser-psykisk-halsa-suicidprevention-2023": "numbered-report",
    "2021-slutrapport-2020-insatser-psykisk-halsa": "appendix-tables",
    "2023-kraftsamling-psykisk-halsa-barn-ostergotland": "slides",
    "2024-handlingsplan-psykisk-halsa-vasterbotten": "action-plan",
}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the blind reports with the CLI and no manifest (each described from its own text)."""
    # --strict: no text is read with doubt (every one reaches its layout's threshold).
    return build_texts(BLIND, tmp_path_factory.mktemp("blind-build"), "--strict")


def test_every_blind_text_has_an_intended_layout() -> None:
    assert {p.stem for p in BLIND.glob("*.txt")} == set(INTENDED)


@pytest.mark.parametrize("report", sorted(INTENDED))
def test_recognised_by_its_intended_layout(report: str, published: Path) -> None:
    data = json.loads((published / "report.json").read_text(encoding="utf-8"))
    scores = data["layouts"][report]
    assert max(scores, key=scores.get) == INTENDED[report], scores


@pytest.mark.parametrize("report", sorted(INTENDED))
def test_yields_a_resource_or_initiative(report: str, published: Path) -> None:
    data = json.loads((published / "report.json").read_text(encoding="utf-8"))
    per_class = data["counts"].get(report, {})
    assert per_class.get("Resource", 0) + per_class.get("Initiative", 0) >= 1, per_class


def test_scorer_reads_the_blind_set(published: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sl = load_scorer("score_loader_blind")
    code = sl.main(["--build", str(published), "--reports", str(BLIND), "--eval", str(EVAL), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result["per_report"]) == set(INTENDED)
    assert set(result["quotes"]) <= set(INTENDED) and result["quotes"]
