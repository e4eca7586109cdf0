"""The loader never imports the service (issue 10, item 8): what both need lives in loader/ or psykgraf/."""

from __future__ import annotations

import ast
from pathlib import Path

LOADER = Path(__file__).resolve().parents[2] / "loader"


def _imports(path: Path) -> set[str]:
    modules: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            modules.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules.add(node.module)
    return modules


def test_no_loader_module_imports_service() -> None:
    offenders = {
        p.name: sorted(m for m in _imports(p) if m == "service" or m.startswith("service."))
        for p in sorted(LOADER.rglob("*.py"))
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_the_facet_index_the_exports_use_is_importable_without_service() -> None:
    from psykgraf.facet_index import build_index

    assert callable(build_index)
