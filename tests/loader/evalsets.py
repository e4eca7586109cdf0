"""Shared by the tests of the evaluation sets: the scorer (bench/score_loader.py) and a CLI build."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from typer.testing import CliRunner

from psykgraf.cli import app

ROOT = Path(__file__).resolve().parents[2]


def load_scorer(name: str = "score_loader") -> ModuleType:
    """``bench/score_loader.py`` as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "score_loader.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve string annotations through sys.modules
    spec.loader.exec_module(module)
    return module


def build_texts(texts: Path, build_dir: Path, *extra: str) -> Path:
    """Build and publish a folder of report texts with the CLI, as the README documents, with no
    manifest (the loader must describe each report from its own text); returns ``current``."""
    result = CliRunner().invoke(
        app,
        ["build", "--quiet", "--accept-shrink", *extra, "--reports", str(texts), "--build-dir", str(build_dir)],
        env={"PSYKGRAF_MANIFEST": str(build_dir / "no-manifest.ttl")},
    )
    assert result.exit_code == 0, result.output
    current = build_dir / "current"
    assert (current / "graph.nq").is_file()
    return current
