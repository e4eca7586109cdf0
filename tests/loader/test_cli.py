"""The `psykgraf` command: subcommands, build/publish, and a failed build leaving `current` as it was."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from loader.cli import app
from loader.publish import current_version
from psykgraf.settings import Settings

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
