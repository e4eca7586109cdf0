"""What every layout owes the pipeline: the protocol, recognition by features, no crash.

Which layouts a report should be read with comes from what the reports are
(``../shared/reports/README.md``): the inventory (2020) is grouped under eight headings with
items and link blocks; the 2017 final report (2018) and the annual report 2021 (2022) have
numbered sections, and the final report has tab-separated appendix tables (Bilaga 1–3);
the Kraftsamling file (2019) is slide text; the Stockholm plan (2021) is an action plan.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loader.layouts.base import THRESHOLD, Layout
from loader.layouts.bullets import bullet
from loader.layouts.cues import cue_nouns, find_named
from loader.model import Document, Line
from loader.pipeline import LAYOUTS
from loader.read import read_report
from psykgraf.settings import Settings

REPORTS = Path(Settings().reports_dir)
EXPECTED = {
    "inventory": {"2020-inventering-metod-och-kunskapsstod"},
    "numbered-report": {
        "2018-slutrapport-2017-riktade-insatser-psykisk-halsa",
        "2022-insatser-psykisk-halsa-suicidprevention-2021",
    },
    "appendix-tables": {"2018-slutrapport-2017-riktade-insatser-psykisk-halsa"},
    "slides": {"2019-kraftsamling-psykisk-halsa-barn-skane"},
    "action-plan": {"2021-handlingsplan-psykisk-halsa-stockholms-lan"},
}
_DOCS: dict[str, Document] = {}


def _doc(path: Path) -> Document:
    if path.stem not in _DOCS:
        _DOCS[path.stem] = read_report(path)
    return _DOCS[path.stem]


def test_every_layout_is_expected() -> None:
    assert {layout.name for layout in LAYOUTS} == set(EXPECTED)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
def test_is_a_layout(layout: Layout) -> None:
    assert isinstance(layout, Layout)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.stem[:12])
def test_scores_its_reports_high_and_the_others_low(layout: Layout, path: Path) -> None:
    score = layout.score(_doc(path))
    assert 0.0 <= score <= 1.0
    if path.stem in EXPECTED[layout.name]:
        assert score >= 0.8
    else:
        assert score < min(0.3, THRESHOLD), path.stem


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout.name)
@settings(max_examples=150, deadline=None)
@given(lines=st.lists(st.text(max_size=80), max_size=40))
def test_never_raises_on_arbitrary_text(layout: Layout, lines: list[str]) -> None:
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    assert 0.0 <= layout.score(doc) <= 1.0
    assert isinstance(layout.extract(doc), list)


@pytest.mark.parametrize("glyph", ["•", "◦", "▪", "‣", "-", "–", "*", "\uf0b7", "\uf02d", "\uf0a7"])
def test_one_bullet_recogniser_for_every_glyph(glyph: str) -> None:
    # The glyphs of the five reports (U+F0B7, U+F02D, "•", "-", "–") and common others.
    b = bullet(f"  {glyph} Barnhälsoteam")
    assert b is not None and b.text == "Barnhälsoteam"
    assert b.dash == (glyph in "-–")


def test_hyphen_and_star_need_a_space_to_be_bullets() -> None:
    # 2019-kraftsamling…txt:2326 "*Yttre cirklar …" is a footnote mark; "-19" a short year.
    assert bullet("*Yttre cirklar ska inkludera moment") is None
    assert bullet("-19 var året") is None


@pytest.mark.parametrize(
    ("word", "kind", "form"),
    [
        ("programmet", "resource", None),
        ("programmen", "resource", None),
        # resource-form.ttl: ":modell :cueNoun "metod"": a method is a resource of the form model
        ("metoderna", "resource", "modell"),
        ("Skolmodellen", "resource", "modell"),
        ("föräldrautbildning", "resource", "utbildning"),
        ("webbkursen", "resource", "webbutbildning"),
        ("nätverket", "network", None),
        ("arbetsgrupperna", "network", None),
        ("webbinarieserien", "event", None),
        ("föreläsningsserien", "event", None),
        ("satsningen", "initiative", None),
    ],
)
def test_cue_nouns_cover_inflections_and_compounds(word: str, kind: str, form: str | None) -> None:
    cue = cue_nouns().match(word)
    assert cue is not None and (cue.kind, cue.form) == (kind, form)


@pytest.mark.parametrize("word", ["Vidare", "kurator", "Klippans", "Region"])
def test_words_that_only_look_like_cue_nouns(word: str) -> None:
    assert cue_nouns().match(word) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "metoden",
                "Metoden",
                "X",
                "ABC",
                "(",
                ")",
                "”",
                "och",
                ",",
                "är",
                "ett",
                "verktyg",
                "i form av",
                " ",
                "-",
                "–",
                "programmen",
                "Aa Bb",
                "(AB)",
                "t ex",
                ":",
                "www.a.se",
                "den nya",
                "spridning av",
                "team",
                "•",
                "\uf0b7",
            ]
        ),
        max_size=25,
    )
)
def test_find_named_never_raises(parts: list[str]) -> None:
    text = " ".join(parts)
    for named in find_named(text):
        assert named.name and 0 <= named.start <= named.end <= len(text)
        assert named.kind in ("resource", "initiative", "network", "event")
