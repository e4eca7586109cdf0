"""Mutated reports: every reader survives the noise a new export brings (issue 10, "Bad input gets a
clear error and loses nothing").

Each dev report is rewritten with seeded, meaning-preserving noise of the kinds later editions and
other PDF exports show: other bullet glyphs, lone brackets and quote marks, no-break spaces, soft
hyphens, tabs, lines split in two, upper- and lower-cased lines, glued footnote marks, dropped
lines. The build turns a reader's crash into a warning (``loader.pipeline._guarded``); here no
reader may fail at all, and each report must still yield named things. A lone "[" in running text
once crashed the whole build on a new report; this test finds such bugs before a new report does.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.lexicon import Lexicon
from loader.named_things import read_running_text
from loader.organisations import read_organisations
from loader.pipeline import choose_layouts, extract_layouts
from loader.read import read_report
from psykgraf.settings import Settings

ROOT = Path(__file__).parents[2]
REPORTS = sorted((ROOT / "data" / "reports").glob("*.txt"))
SEEDS = (1, 2)

Mutation = Callable[[str, random.Random], str]
MUTATIONS: tuple[Mutation, ...] = (
    lambda line, r: line.replace("•", r.choice(["-", "–", "*", "▪", "◦", "→"])),
    lambda line, r: line + " [" if r.random() < 0.05 else line,
    lambda line, r: '"' + line if r.random() < 0.03 else line,
    lambda line, r: "«" + line + "»" if r.random() < 0.02 else line,
    lambda line, r: line + " (" if r.random() < 0.03 else line,
    lambda line, r: ")" + line if r.random() < 0.02 else line,
    lambda line, r: line.replace(" ", "\u00a0") if r.random() < 0.05 else line,
    lambda line, r: line.replace("a", "a\u00ad", 1) if r.random() < 0.03 else line,
    lambda line, r: "\t" + line if r.random() < 0.05 else line,
    lambda line, r: line[: len(line) // 2] + "\n" + line[len(line) // 2 :] if r.random() < 0.05 else line,
    lambda line, r: line.upper() if r.random() < 0.02 else line,
    lambda line, r: line.lower() if r.random() < 0.03 else line,
    lambda line, r: line + "¹" if r.random() < 0.03 else line,
    lambda line, r: line.replace(":", " :") if r.random() < 0.05 else line,
    lambda line, r: "" if r.random() < 0.03 else line,
)


def mutate(text: str, seed: int) -> str:
    r = random.Random(seed)
    lines = text.split("\n")
    for mutation in MUTATIONS:
        lines = [mutation(line, r) for line in lines]
    return "\n".join(lines)


@cache
def _lexicons() -> tuple[Lexicon, ActorLexicon]:
    settings = Settings()
    return Lexicon.from_dir(settings.ontology_dir / "vocab"), ActorLexicon.load(settings.lexicon_dir / "actors.ttl")


def test_mutation_changes_the_text() -> None:
    text = (REPORTS[0]).read_text(encoding="utf-8")
    assert mutate(text, 1) != text and mutate(text, 1) == mutate(text, 1) != mutate(text, 2)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.stem[:16])
def test_every_reader_survives_a_mutated_report(report: Path, seed: int, tmp_path: Path) -> None:
    lexicon, actors = _lexicons()
    path = tmp_path / report.name
    path.write_text(mutate(report.read_text(encoding="utf-8"), seed), encoding="utf-8")
    doc = read_report(path)
    chosen = choose_layouts(doc, fallback=True)
    failed: list[str] = []
    found, _problems = extract_layouts(doc, [layout for layout, _ in chosen], failed)
    found = read_running_text(doc, found, lexicon, actors.resolve)
    found = read_organisations(doc, found, actors)
    assert failed == []
    assert len(found) >= 20, (report.name, seed, len(found))
