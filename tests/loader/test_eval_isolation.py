"""The loader never reads the hand-annotated evaluation set in ``tests/eval/``.

The set measures the loader (``bench/score_loader.py``); if the loader could read it, the
figures would measure nothing. Two checks: no loader or service source names the folder, and
a full build with every file-opening call guarded touches nothing under it.
"""

from __future__ import annotations

import builtins
import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from loader.pipeline import build
from psykgraf.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = (ROOT / "tests" / "eval").resolve()
SOURCE_DIRS = ("loader", "psykgraf", "service")
# A path literal that points into the evaluation folder, however it is spelled.
EVAL_PATH = re.compile(r"""tests\s*[/\\]\s*eval|["']eval["']|score_loader""")


def _under_eval(path: Any) -> bool:
    if isinstance(path, int):  # an already-open file descriptor
        return False
    try:
        resolved = Path(os.fsdecode(path)).resolve()
    except (TypeError, ValueError):
        return False
    return resolved == EVAL_DIR or EVAL_DIR in resolved.parents


SEEN: list[str] = []


@pytest.fixture()
def guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record (and refuse) every open/listdir/scandir of a path under tests/eval/."""
    touched: list[str] = []
    SEEN.clear()

    def wrap(original: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(path: Any, *args: Any, **kwargs: Any) -> Any:
            if not isinstance(path, int):
                SEEN.append(os.fsdecode(path))
            if _under_eval(path):
                touched.append(os.fsdecode(path))
                raise PermissionError(f"the loader must not read the evaluation set: {path}")
            return original(path, *args, **kwargs)

        return guarded

    monkeypatch.setattr(builtins, "open", wrap(builtins.open))
    monkeypatch.setattr(io, "open", wrap(io.open))
    monkeypatch.setattr(os, "open", wrap(os.open))
    monkeypatch.setattr(os, "listdir", wrap(os.listdir))
    monkeypatch.setattr(os, "scandir", wrap(os.scandir))
    yield touched


def test_no_loader_source_names_the_eval_folder() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for folder in SOURCE_DIRS
        for path in sorted((ROOT / folder).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if EVAL_PATH.search(line)
    ]
    assert offenders == []


def test_guard_catches_a_read_of_the_eval_set(guard: list[str]) -> None:
    # The guard itself must be able to fail: reading the set through pathlib is caught.
    assert EVAL_DIR.is_dir()
    with pytest.raises(PermissionError):
        (EVAL_DIR / "sections.tsv").read_text(encoding="utf-8")
    with pytest.raises(PermissionError):
        os.listdir(EVAL_DIR)
    assert len(guard) == 2


def test_build_never_touches_the_eval_set(guard: list[str]) -> None:
    build(Settings())
    # The guard sat in the loader's path: it saw the reports being read ...
    assert any(Path(p).suffix == ".txt" and "reports" in Path(p).parts for p in SEEN)
    # ... and nothing under tests/eval/.
    assert guard == []
