"""Publishing writes a content-versioned folder and switches `current` atomically."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from loader.pipeline import BuildResult
from loader.publish import NotPublishable, current_version, publish, sanity_problems, version_of, write_build


def _result(lines: list[str]) -> BuildResult:
    return BuildResult(
        lines=tuple(lines), counts={"r": {"Resource": 1}}, layouts={"r": {"inventory": 0.9}}, mentions={"r": 1}
    )


def test_same_lines_same_version_and_bytes(tmp_path: Path) -> None:
    lines = ['<https://x/a> <https://x/p> "b"@sv <https://x/g> .']
    a = write_build(_result(lines), tmp_path / "one")
    b = write_build(_result(lines), tmp_path / "two")
    assert a.name == b.name == version_of(lines)
    for name in ("graph.nq", "report.json", "report.md", "build.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes()


def test_a_result_with_shacl_violations_is_never_written(tmp_path: Path) -> None:
    ok = _result(['<https://x/a> <https://x/p> "b"@sv <https://x/g> .'])
    bad = replace(ok, violations=("<https://x/a> rdfs:label: Every entity needs an rdfs:label",))
    assert ok.conforms and not bad.conforms
    with pytest.raises(NotPublishable, match="1 SHACL violations"):
        write_build(bad, tmp_path)
    assert list(tmp_path.iterdir()) == []  # no version folder, no temporary left behind


def test_different_lines_different_version() -> None:
    assert version_of(["<a> <b> <c> ."]) != version_of(["<a> <b> <d> ."])


def test_publish_switches_current_and_keeps_old_version(tmp_path: Path) -> None:
    first = write_build(_result(["<https://x/a> <https://x/p> <https://x/o> ."]), tmp_path)
    publish(first)
    assert current_version(tmp_path) == first.name
    second = write_build(_result(["<https://x/a> <https://x/p> <https://x/q> ."]), tmp_path)
    # Writing a new version does not touch what is served until publish.
    assert current_version(tmp_path) == first.name
    publish(second)
    assert current_version(tmp_path) == second.name
    assert (tmp_path / "current" / "graph.nq").read_text().startswith("<https://x/a> <https://x/p> <https://x/q>")
    assert first.exists()


def test_build_report_lists_counts_and_problems(tmp_path: Path) -> None:
    result = replace(
        _result(["<https://x/a> <https://x/p> <https://x/o> ."]), problems=("r: Länk till X: no URL left on page 3",)
    )
    target = write_build(result, tmp_path)
    report = json.loads((target / "report.json").read_text())
    assert report["counts"] == {"r": {"Resource": 1}}
    assert report["problems"] == ["r: Länk till X: no URL left on page 3"]
    md = (target / "report.md").read_text()
    assert "| r | 1 |" in md and "Länk till X" in md
    assert not list(tmp_path.glob(".tmp-*"))


def test_rewriting_the_same_version_never_removes_the_served_folder(tmp_path: Path) -> None:
    lines = ["<https://x/a> <https://x/p> <https://x/o> ."]
    first = write_build(_result(lines), tmp_path)
    publish(first)
    inode = (first / "graph.nq").stat().st_ino
    again = write_build(_result(lines), tmp_path)
    assert again == first
    # The same file, not a copy moved into place: `current` never pointed at a missing folder.
    assert (first / "graph.nq").stat().st_ino == inode


def test_an_incomplete_folder_of_a_killed_build_is_replaced(tmp_path: Path) -> None:
    lines = ["<https://x/a> <https://x/p> <https://x/o> ."]
    partial = tmp_path / version_of(lines)
    partial.mkdir()
    (partial / "graph.nq").write_text("<https://x/a> <https://x/p>", encoding="utf-8")  # cut off, no build.json
    target = write_build(_result(lines), tmp_path)
    assert (target / "graph.nq").read_text().startswith("<https://x/a> <https://x/p> <https://x/o> .")
    assert (target / "build.json").exists()


def test_stale_temporary_folders_of_dead_builds_are_cleaned(tmp_path: Path) -> None:
    dead = tmp_path / ".tmp-999999999-abc"  # no such process
    dead.mkdir()
    (dead / "graph.nq").write_text("x", encoding="utf-8")
    write_build(_result(["<https://x/a> <https://x/p> <https://x/o> ."]), tmp_path)
    assert not dead.exists()


def test_sanity_flags_a_collapsed_report_and_an_absurd_label() -> None:
    long_label = "x" * 600
    result = BuildResult(
        lines=[f'<https://x/a> <http://www.w3.org/2000/01/rdf-schema#label> "{long_label}"@sv <https://x/g> .'],
        counts={},
        layouts={},
        mentions={"r": 10, "s": 40},
    )
    problems = sanity_problems(result, {"r": 100, "s": 50})
    assert problems[0].startswith("r: 10 mentions, down from 100")
    assert not any(p.startswith("s:") for p in problems)  # 40 of 50 is fine
    assert "a label of 600 characters" in problems[1]
