"""The `psykgraf` command: subcommands, build/publish, and a failed build leaving `current` as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from loader.layouts.base import Layout
from loader.model import Document, Mention
from loader.publish import current_version
from psykgraf.cli import app
from psykgraf.settings import DEFAULT_BASE_IRI, Settings

runner = CliRunner()
REPORTS = Settings().reports_dir


def test_help_lists_the_subcommands() -> None:
    out = runner.invoke(app, ["--help"]).output
    for command in ("build", "serve", "query", "validate", "export"):
        assert command in out


def test_build_publishes_and_a_bad_report_leaves_current_untouched(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(REPORTS, reports)
    build_dir = tmp_path / "build"
    ok = runner.invoke(app, ["build", "--quiet", "--reports", str(reports), "--build-dir", str(build_dir)])
    assert ok.exit_code == 0, ok.output
    version = current_version(build_dir)
    assert version is not None
    assert (build_dir / version / "graph.nq").stat().st_size > 0
    assert (build_dir / version / "docs" / "ontology.html").exists()
    # A Latin-1 file among the reports: one error line naming it, exit != 0, current unchanged.
    (reports / "trasig.txt").write_bytes("Inventering av stöd\nÅtgärder för äldre\n".encode("latin-1"))
    bad = runner.invoke(app, ["build", "--quiet", "--reports", str(reports), "--build-dir", str(build_dir)])
    assert bad.exit_code == 1
    assert "trasig.txt:1: not valid UTF-8" in bad.output
    assert current_version(build_dir) == version


def test_a_build_with_shacl_violations_is_not_published(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Shapes with one more rule no report satisfies (a bibo:isbn); the ontology itself is unchanged.
    ontology = tmp_path / "ontology"
    shutil.copytree(Settings().ontology_dir, ontology)
    with (ontology / "shapes.ttl").open("a", encoding="utf-8") as f:
        f.write(
            "\n<urn:test:ReportNeedsIsbn> a <http://www.w3.org/ns/shacl#NodeShape> ;\n"
            f"  <http://www.w3.org/ns/shacl#targetClass> <{DEFAULT_BASE_IRI}ontology#Report> ;\n"
            "  <http://www.w3.org/ns/shacl#property> [ <http://www.w3.org/ns/shacl#path> "
            "<http://purl.org/ontology/bibo/isbn> ; <http://www.w3.org/ns/shacl#minCount> 1 ] .\n"
        )
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(REPORTS / "2021-handlingsplan-psykisk-halsa-stockholms-lan.txt", reports)
    monkeypatch.setenv("PSYKGRAF_ONTOLOGY_DIR", str(ontology))
    build_dir = tmp_path / "build"
    out = runner.invoke(app, ["build", "--quiet", "--reports", str(reports), "--build-dir", str(build_dir)])
    assert out.exit_code == 1
    assert "SHACL violations: build not published" in out.output
    assert "isbn" in out.output  # the violation is named
    assert current_version(build_dir) is None


def test_query_runs_a_named_query_on_the_published_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build_dir = tmp_path / "build"
    assert runner.invoke(app, ["build", "--quiet", "--build-dir", str(build_dir)]).exit_code == 0
    monkeypatch.setenv("PSYKGRAF_BUILD_DIR", str(build_dir))
    out = runner.invoke(app, ["query", "retired-resources", "--format", "csv"])
    assert out.exit_code == 0, out.output
    # 2020-inventering…txt:1826 " Pyramidverktyget" under "Verktyg som inte längre är i bruk" (:1736)
    assert "Pyramidverktyget" in out.output
    bad = runner.invoke(app, ["query", "resources-for-age", "--param", "age=15 } DROP ALL {"])
    assert bad.exit_code == 2
    assert "expected an integer" in bad.output


def _published_copy(tmp_path: Path) -> tuple[Path, list[str], Path]:
    """Copy the reports, build and publish them; return the build folder, the build command, the inventory."""
    reports = tmp_path / "reports"
    shutil.copytree(REPORTS, reports)
    build_dir = tmp_path / "build"
    args = ["build", "--quiet", "--reports", str(reports), "--build-dir", str(build_dir)]
    assert runner.invoke(app, args).exit_code == 0
    return build_dir, args, reports / "2020-inventering-metod-och-kunskapsstod.txt"


def test_a_report_cut_in_half_is_not_published_unless_accepted(tmp_path: Path) -> None:
    build_dir, args, inventory = _published_copy(tmp_path)
    version = current_version(build_dir)
    lines = inventory.read_text(encoding="utf-8").splitlines(keepends=True)
    inventory.write_text("".join(lines[: len(lines) // 8]), encoding="utf-8")
    shrunk = runner.invoke(app, args)
    assert shrunk.exit_code == 1
    assert "2020-inventering-metod-och-kunskapsstod: " in shrunk.output and "--accept-shrink" in shrunk.output
    assert current_version(build_dir) == version
    accepted = runner.invoke(app, [*args, "--accept-shrink"])
    assert accepted.exit_code == 0, accepted.output
    assert current_version(build_dir) != version


def test_a_garbage_line_is_not_published_as_a_label(tmp_path: Path) -> None:
    build_dir, args, inventory = _published_copy(tmp_path)
    version = current_version(build_dir)
    text = inventory.read_text(encoding="utf-8")
    # An item title line of the inventory (2020…txt: bullet + title) made 2,000 characters long.
    first_bullet = next(line for line in text.splitlines() if line.startswith("\uf0b7"))
    inventory.write_text(text.replace(first_bullet, first_bullet + " Xy" * 700, 1), encoding="utf-8")
    bad = runner.invoke(app, args)
    assert bad.exit_code == 1
    assert "characters (over 500)" in bad.output
    assert current_version(build_dir) == version


class _EmptyLayout(Layout):
    """Recognises a file whose first line is "TOM" and finds nothing in it."""

    name = "empty"

    def score(self, doc: Document) -> float:
        return 1.0 if doc.lines[0].text == "TOM" else 0.0

    def extract(self, doc: Document) -> list[Mention]:
        return []


def test_a_recognised_report_that_yields_nothing_is_a_warning_not_an_abort(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import loader.pipeline

    monkeypatch.setattr(loader.pipeline, "LAYOUTS", (*loader.pipeline.LAYOUTS, _EmptyLayout()))
    reports = tmp_path / "reports"
    shutil.copytree(REPORTS, reports)
    (reports / "tom.txt").write_text("TOM\nInget här.\n", encoding="utf-8")
    build_dir = tmp_path / "build"
    args = ["build", "--quiet", "--reports", str(reports), "--build-dir", str(build_dir)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    report = (build_dir / str(current_version(build_dir)) / "report.md").read_text(encoding="utf-8")
    assert "tom.txt: no entities found" in report
    strict = runner.invoke(app, [*args, "--strict"])
    assert strict.exit_code == 1 and "yields nothing" in strict.output
