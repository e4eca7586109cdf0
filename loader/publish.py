"""Publish a build: write ``data/build/<version>/`` and switch ``current`` to it atomically.

A version is the first 12 hex digits of the SHA-256 of the sorted N-Quads, so the same
input gives the same version and byte-identical files. Nothing is switched unless every
file of the new version has been written, and a version folder that is already complete is
never touched again: rebuilding unchanged input is a no-op for what is being served.

Before anything is written, :func:`sanity_problems` compares the build with the one being
served: a report whose yield collapses (a file cut in half) or a label no report could
hold (a garbage line) stops the publish unless the operator accepts it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from loader.exports import record_history, write_exports
from loader.pipeline import BuildResult

__all__ = [
    "MAX_LABEL",
    "MIN_YIELD",
    "NotPublishable",
    "clean_stale",
    "current_version",
    "publish",
    "render_markdown",
    "sanity_problems",
    "served_mentions",
    "version_of",
    "write_build",
]

#: A report may yield no fewer than this share of the mentions it yielded in the served build.
MIN_YIELD = 0.5
#: Longer labels are text that lost its line breaks, not names.
MAX_LABEL = 500
_COMPLETE = "build.json"  # written last: a version folder holding it is whole


class NotPublishable(ValueError):
    """A build that must not be written as a version: it does not conform to the SHACL shapes."""


_LABEL = re.compile(r'^\S+ <http://www\.w3\.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)"')


def version_of(lines: Sequence[str]) -> str:
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


def sanity_problems(result: BuildResult, previous: dict[str, int] | None) -> list[str]:
    """Why ``result`` should not replace a build whose per-report mention counts were ``previous``.

    >>> from loader.pipeline import BuildResult
    >>> r = BuildResult(lines=[], counts={}, layouts={}, mentions={"a": 33, "b": 10})
    >>> sanity_problems(r, {"a": 298, "b": 10})
    ['a: 33 mentions, down from 298 in the served build (below 50%)']
    >>> sanity_problems(r, None)
    []
    """
    problems = [
        f"{report}: {now} mentions, down from {before} in the served build (below {MIN_YIELD:.0%})"
        for report, before in sorted((previous or {}).items())
        if (now := result.mentions.get(report)) is not None and now < before * MIN_YIELD
    ]
    for line in result.lines:
        m = _LABEL.match(line)
        if m and len(m.group(1)) > MAX_LABEL:
            subject = line.split(" ", 1)[0]
            problems.append(f"{subject}: a label of {len(m.group(1))} characters (over {MAX_LABEL})")
    return problems


def served_mentions(build_dir: Path) -> dict[str, int] | None:
    """Mentions per report of the build ``current`` points at, or None before the first publish."""
    try:
        data = json.loads((build_dir / "current" / "build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    reports = data.get("reports") if isinstance(data, dict) else None
    return {str(k): int(v) for k, v in reports.items()} if isinstance(reports, dict) else None


def clean_stale(build_dir: Path) -> list[Path]:
    """Remove temporary folders and links left by builds whose process no longer runs."""
    removed = []
    for path in sorted(build_dir.glob(".tmp-*")) + sorted(build_dir.glob(".current-*")):
        parts = path.name.split("-")
        pid = parts[1] if len(parts) > 1 else ""
        if pid.isdigit() and _alive(int(pid)):
            continue
        if path.is_symlink() or path.is_file():
            path.unlink()
        else:
            shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def write_build(result: BuildResult, build_dir: Path, extra_files: dict[str, str] | None = None) -> Path:
    """Write the build into ``build_dir/<version>`` (via a temporary folder); return its path.

    A complete folder of the same version already holds these bytes: it is left as it is,
    so a rebuild of unchanged input never removes what ``current`` serves. A build with SHACL
    violations raises :class:`NotPublishable` before anything is written.
    """
    if not result.conforms:
        raise NotPublishable(f"{len(result.violations)} SHACL violations; first: {result.violations[0]}")
    version = version_of(result.lines)
    build_dir.mkdir(parents=True, exist_ok=True)
    clean_stale(build_dir)
    target = build_dir / version
    if (target / _COMPLETE).is_file() and (target / "graph.nq").is_file():
        return target
    report: dict[str, object] = {
        "version": version,
        "triples": result.triples,
        "counts": result.counts,
        "layouts": result.layouts,
        "mentions": result.mentions,
        "problems": list(result.problems),
        "fuzzy": [list(f) for f in result.fuzzy],
        "violations": list(result.violations),
        "conforms": result.conforms,
    }
    tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{os.getpid()}-", dir=build_dir))
    try:
        (tmp / "graph.nq").write_text("\n".join(result.lines) + "\n", encoding="utf-8")
        (tmp / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
        (tmp / "report.md").write_text(render_markdown(report), encoding="utf-8")
        for rel, text in (extra_files or {}).items():
            path = tmp / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        write_exports(tmp, version, list(result.lines))  # downloads/ and the change-feed manifest (loader/exports.py)
        (tmp / _COMPLETE).write_text(
            json.dumps(
                {"version": version, "triples": result.triples, "reports": result.mentions}, indent=2, sort_keys=True
            )
            + "\n"
        )
        if target.exists():
            # An incomplete folder of this version (a killed build); nothing serves from it.
            stale = build_dir / f".tmp-{os.getpid()}-stale-{version}"
            os.replace(target, stale)
            shutil.rmtree(stale, ignore_errors=True)
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
    # The change feed's history: recorded on every publish, so going back to an earlier
    # version (whose folder is reused as it is) is a change too.
    entities = version_dir / "downloads" / "entities.json"
    if entities.is_file():
        record_history(version_dir.parent / "manifests", version_dir.name, json.loads(entities.read_text("utf-8")))


def current_version(build_dir: Path) -> str | None:
    """The version the ``current`` link points at, or None before the first publish."""
    link = build_dir / "current"
    return os.readlink(link) if link.is_symlink() else None
