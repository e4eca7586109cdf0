"""Choosing a layout for a report: one-level chapters from the contents, and the closest layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from loader import pipeline
from loader.layouts.numbered_segment import parse
from loader.model import Document, Line, Mention
from loader.pipeline import choose_layouts
from loader.read import ReportError, read_report

ROOT = Path(__file__).resolve().parents[2]
# An annual report whose chapters carry one-level numbers ("3 Suicidprevention", line 44 of the
# contents and again in the body), with only three numbered sub-sections (1.1, 2.1, 2.2).
ANNUAL = ROOT / "tests/fixtures/blind/2024-insatser-psykisk-halsa-suicidprevention-2023.txt"


def test_one_level_chapters_listed_in_the_contents_make_a_numbered_report() -> None:
    doc = read_report(ANNUAL)
    assert [layout.name for layout, _ in choose_layouts(doc)] == ["numbered-report"]
    heads = [(h.number, h.title) for h in parse(doc).headings if h.kind == "numbered"]
    # contents lines 34-50: "1 Överenskommelserna 2023" … "6 Avslutande reflektioner"
    assert ("1", "Överenskommelserna 2023") in heads
    assert ("3", "Suicidprevention") in heads
    assert ("6", "Avslutande reflektioner") in heads
    assert heads.index(("1", "Överenskommelserna 2023")) < heads.index(("1.1", "Samverkan och arbetsformer"))


class _Doubtful:
    name = "doubtful"

    def score(self, doc: Document) -> float:
        return 0.3

    def extract(self, doc: Document) -> list[Mention]:
        return []


def test_the_closest_layout_reads_a_report_no_layout_is_sure_of(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Doubtful()])
    doc = Document("r", (Line(1, "Text"),))
    with pytest.raises(ReportError, match="no known report layout"):
        choose_layouts(doc)
    assert [layout.name for layout, _ in choose_layouts(doc, fallback=True)] == ["doubtful"]


class _Sure:
    def __init__(self, name: str, score: float) -> None:
        self.name, self._score = name, score

    def score(self, doc: Document) -> float:
        return self._score

    def extract(self, doc: Document) -> list[Mention]:
        return []


def test_only_layouts_made_to_read_one_document_together_run_beside_the_best(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc = Document("r", (Line(1, "Text"),))
    # A plan that also shows numbered sections is read as a plan only …
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Sure("action-plan", 0.75), _Sure("numbered-report", 0.56)])
    assert [layout.name for layout, _ in choose_layouts(doc)] == ["action-plan"]
    # … while a final report's appendix tables and its numbered body are read together.
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Sure("appendix-tables", 1.0), _Sure("numbered-report", 0.85)])
    assert [layout.name for layout, _ in choose_layouts(doc)] == ["appendix-tables", "numbered-report"]
    # A body below the threshold still joins appendices recognised with confidence (a final report
    # whose body has few numbered headings), but not when it is too weak even for the fallback.
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Sure("appendix-tables", 0.7), _Sure("numbered-report", 0.42)])
    assert [layout.name for layout, _ in choose_layouts(doc)] == ["appendix-tables", "numbered-report"]
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Sure("appendix-tables", 0.7), _Sure("numbered-report", 0.1)])
    assert [layout.name for layout, _ in choose_layouts(doc)] == ["appendix-tables"]


def test_the_appendices_are_read_by_the_appendix_layout_alone() -> None:
    # A final report whose Bilaga 1 is a "Titel<TAB>Form" table, read beside its numbered body: the
    # numbered reader sees the appendix lines blank, so table rows never join into a body sentence.
    from loader.layouts.appendix_tables import AppendixTablesLayout
    from loader.pipeline import extract_layouts

    doc = read_report(ROOT / "tests/fixtures/blind6/2030-slutrapport-2029-stod-till-kommuner-och-regioner.txt")
    chosen = [layout for layout, _ in choose_layouts(doc)]
    appendix = next(layout for layout in chosen if isinstance(layout, AppendixTablesLayout))
    in_appendix = appendix.read_lines(doc)
    own = {(m.kind, m.name) for m in appendix.extract(doc)}
    found, _ = extract_layouts(doc, chosen)
    assert in_appendix
    assert {(m.kind, m.name) for m in found if m.source.line in in_appendix} <= own


def test_a_cover_that_names_its_kind_puts_that_layout_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # An inventory whose bullets the inventory reader barely knows scores 0.15 against the slides'
    # 0.78; its cover says "INVENTERING …", so it is read as an inventory, with its own low score
    # (the build report then warns that it was read with doubt).
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Sure("inventory", 0.15), _Sure("slides", 0.78)])
    cover = Document("r", (Line(1, "INVENTERING AV KUNSKAPSSTÖD OCH VERKTYG 2033"), Line(2, "Uppdrag Psykisk Hälsa")))
    assert [(layout.name, score) for layout, score in choose_layouts(cover)] == [("inventory", 0.15)]
    # Without the kind on the cover, the best score wins; a kind named in the body does not count.
    plain = Document("r", (Line(1, "Kunskapsstöd och verktyg 2033"), Line(2, "Förord"), Line(3, "Denna inventering …")))
    assert [layout.name for layout, _ in choose_layouts(plain)] == ["slides"]
    # A declared layout whose reader finds nothing of its features does not win.
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Sure("inventory", 0.0), _Sure("slides", 0.78)])
    assert [layout.name for layout, _ in choose_layouts(cover)] == ["slides"]
    # … unless no layout is recognised with confidence: then the cover's kind is read (with the
    # build report's warning), not the closest weak likeness.
    monkeypatch.setattr(pipeline, "LAYOUTS", [_Sure("inventory", 0.0), _Sure("numbered-report", 0.25)])
    assert [(layout.name, score) for layout, score in choose_layouts(cover)] == [("inventory", 0.0)]
    assert [layout.name for layout, _ in choose_layouts(plain, fallback=True)] == ["numbered-report"]
