"""Small builders shared by the loader's unit tests."""

from __future__ import annotations

from functools import cache

from loader.actors import ActorLexicon
from loader.enrich import Enriched, enrich
from loader.lexicon import VOCAB_DIR, Lexicon
from loader.model import Document, Line, Mention, Source


@cache
def lex() -> Lexicon:
    """The vocabulary of ``ontology/vocab`` (read once)."""
    return Lexicon.from_dir(VOCAB_DIR)


def enrich_resource(
    name: str, description: str = "", heading: str = "", others: tuple[str, ...] = (), report: str = "r"
) -> Enriched:
    """A resource of ``report`` enriched with the vocabulary and no organisation lexicon, beside
    the names of ``others`` (other items of the same report)."""
    m = Mention("resource", name, Source(report, 1, name), description=description, heading=heading)
    return enrich(m, lex(), ActorLexicon([]), None, others)


def text_document(text: str, report: str) -> Document:
    """A report ``report`` whose lines are those of ``text``."""
    return Document(report=report, lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def rows_document(rows: list[str], report: str = "plan") -> Document:
    """A report of the given lines, numbered from 1 (the made-up plans of the action-plan tests)."""
    return Document(report=report, lines=tuple(Line(n, t) for n, t in enumerate(rows, start=1)))


def plan_mentions(rows: list[str]) -> list[Mention]:
    """What the action-plan layout reads from the given lines."""
    from loader.layouts.action_plan import ActionPlanLayout

    return ActionPlanLayout().extract(rows_document(rows))


def plan_names(rows: list[str], kind: str = "resource") -> dict[str, int]:
    """Names of one kind the action-plan layout reads, with their lines."""
    return {m.name: m.source.line for m in plan_mentions(rows) if m.kind == kind}
