"""Publish a build: write ``data/build/<version>/`` and switch ``current`` to it atomically.

A version is the first 12 hex digits of the SHA-256 of the sorted N-Quads, so the same
input gives the same version and byte-identical files. Nothing is switched unless every
file of the new version has been written.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from loader.exports import write_exports
from loader.pipeline import BuildResult

__all__ = ["current_version", "publish", "render_markdown", "version_of", "write_build"]


def version_of(lines: list[str]) -> str:
    """The version id of a build: a content hash of its N-Quads.

    >>> version_of(["<a> <b> <c> ."])
    '8ee5b532f48c'
    """
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()[:12]


def render_markdown(report: dict[str, object]) -> str:
    """The build report as Markdown: counts per class and report, then problems."""
    counts = report["counts"]
    assert isinstance(counts, dict)
    classes = sorted({c for per in counts.values() for c in per})
    out = [f"# psykgraf build {report['version']}", "", f"Triples: {report['triples']}", ""]
    out.append("| report | " + " | ".join(classes) + " |")
    out.append("|---|" + "---|" * len(classes))
    for name in sorted(counts):
        out.append(f"| {name} | " + " | ".join(str(counts[name].get(c, 0)) for c in classes) + " |")
    for title, key in (
        ("Problems (unresolved links and relations)", "problems"),
        ("Fuzzy name matches (merged; check)", "fuzzy"),
        ("SHACL violations", "violations"),
    ):
        items = report.get(key) or []
        assert isinstance(items, list)
        out += ["", f"## {title} ({len(items)})", ""]
        out += [f"- {' ~ '.join(i) if isinstance(i, list | tuple) else i}" for i in items]
    return "\n".join(out) + "\n"


def write_build(result: BuildResult, build_dir: Path, extra_files: dict[str, str] | None = None) -> Path:
    """Write the build into ``build_dir/<version>`` (via a temporary folder); return its path."""
    version = version_of(result.lines)
    build_dir.mkdir(parents=True, exist_ok=True)
    target = build_dir / version
    report: dict[str, object] = {
        "version": version,
        "triples": result.triples,
        "counts": result.counts,
        "layouts": result.layouts,
        "mentions": result.mentions,
        "problems": result.problems,
        "fuzzy": [list(f) for f in result.fuzzy],
        "violations": result.violations,
        "conforms": result.conforms,
    }
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=build_dir))
    try:
        (tmp / "graph.nq").write_text("\n".join(result.lines) + "\n", encoding="utf-8")
        (tmp / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
        (tmp / "report.md").write_text(render_markdown(report), encoding="utf-8")
        (tmp / "build.json").write_text(
            json.dumps(
                {"version": version, "triples": result.triples, "reports": result.mentions}, indent=2, sort_keys=True
            )
            + "\n"
        )
        write_exports(tmp, version, result.lines)  # downloads/ and the change-feed manifest (loader/exports.py)
        for rel, text in (extra_files or {}).items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        if target.exists():
            shutil.rmtree(target)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)
    return target


def publish(version_dir: Path) -> None:
    """Point ``current`` at ``version_dir`` with an atomic rename of a fresh symlink."""
    link = version_dir.parent / "current"
    tmp_link = version_dir.parent / f".current-{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    tmp_link.symlink_to(version_dir.name)
    os.replace(tmp_link, link)


def current_version(build_dir: Path) -> str | None:
    """The version the ``current`` link points at, or None before the first publish."""
    link = build_dir / "current"
    return os.readlink(link) if link.is_symlink() else None
