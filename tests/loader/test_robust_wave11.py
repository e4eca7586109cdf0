"""Robustness to invisible layout noise (wave 11): the reader reads what a person sees, and the
graph quotes what the file stores.

Convention: exports and editors write letters decomposed (a + U+0308 for "ä", macOS, some PDF
tools) and scatter characters that print nothing (soft hyphens, zero-width spaces, word joiners)
through words. The reader composes the letters and drops the invisible characters for the layouts
(:func:`loader.read.reading_text`); a soft hyphen ending a line prints as "-" there. Quotes and
TextPositionSelector offsets are mapped back to the stored characters (:class:`loader.model.Verbatim`,
``Anchorer.stored``), so a quote stays a verbatim span of the report as stored.

All texts are made up.
"""

from __future__ import annotations

import importlib.util
import random
import sys
import unicodedata
from pathlib import Path
from types import ModuleType

import pyoxigraph
import pytest

from loader.evidence import MAX_QUOTE, Anchorer
from loader.layouts.appendix_tables import AppendixTablesLayout
from loader.model import Document, Line, Source
from loader.pipeline import build
from loader.read import decode, reading_text
from loader.text import clean, fold
from psykgraf.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SHY, ZWSP, WJ = "\u00ad", "\u200b", "\u2060"

INVENTORY = """Stödmaterial 2091

Del 1 – Förskola och skola

\uf0b7 Måsungen – samtalskort för förskolans pedagoger (2090)

Ett stöd för samtal om känslor med barn i förskoleåldern. Typ: samtalsmaterial

\uf0b7 Bärnstenen (2089)

En webbutbildning för elevhälsans personal om oro och ångest hos elever. Typ: webbutbildning

Del 2 – Äldre

\uf0b7 Kvällsgläntan – gruppsamtal för äldre (2088)

Samtalsgrupper för äldre som känner sig ensamma. Typ: modell
"""


def _noisy(text: str) -> str:
    """The made-up inventory as a careless export writes it: decomposed letters, em dashes, a soft
    hyphen and a zero-width space inside words, a word joiner between two words; no line added or removed."""
    text = text.replace("samtalskort", f"samtals{SHY}kort").replace("webbutbildning för", f"webb{ZWSP}utbildning för")
    text = text.replace("Samtalsgrupper för", f"Samtalsgrupper{WJ} för")
    return unicodedata.normalize("NFD", text.replace("–", "—"))


# ------------------------------------------------------------------------------ the reading text


def test_decomposed_letters_are_read_composed_and_lines_kept() -> None:
    stored = unicodedata.normalize("NFD", "Första linjen\nÄldre och ensamhet\n")
    doc = decode("r", stored.encode())
    assert [ln.text for ln in doc.lines] == ["Första linjen", "Äldre och ensamhet", ""]
    assert doc.verbatim is not None and doc.verbatim.stored == stored


def test_invisible_characters_inside_words_are_dropped() -> None:
    text, verbatim = reading_text(f"Lots{SHY}lådan och sam{ZWSP}tals{WJ}stöd")
    assert text == "Lotslådan och samtalsstöd"
    assert verbatim is not None
    start, end = verbatim.span(0, len("Lotslådan"))
    assert verbatim.stored[start:end] == f"Lots{SHY}lådan"


def test_a_soft_hyphen_ending_a_line_is_the_printed_break_hyphen() -> None:
    text, _ = reading_text(f"en angelä{SHY}\nget fråga")
    assert text == "en angelä-\nget fråga"
    assert text.count("\n") == 1


def test_clean_text_is_read_as_stored() -> None:
    """Negative: a report with nothing invisible, decomposed, em-dashed or no-break spaced is read as it
    is, with no map."""
    stored = "Första linjen – stöd för\tbarn och unga – 3–17 år\n  indrag ”citat” 'x'"
    assert reading_text(stored) == (stored, None)
    assert decode("r", stored.encode()).verbatim is None


def test_printed_characters_stay_as_stored() -> None:
    """Negative: quotes, tabs, ligatures, superscript digits, the hyphen-minus and the en dash print,
    so they stay (only decomposed letters are composed here)."""
    stored = unicodedata.normalize("NFD", 'Å – - ” " \t ﬁ ¹ x-\ny')
    text, verbatim = reading_text(stored)
    assert text == 'Å – - ” " \t ﬁ ¹ x-\ny'
    assert verbatim is not None


def test_an_em_dash_is_read_as_the_en_dash_and_quoted_as_stored() -> None:
    """Convention: a spaced em dash is the Swedish tankstreck (en dash) in another style; a Unicode
    hyphen or non-breaking hyphen (Word) is the hyphen. Only the reading changes, 1:1."""
    stored = "Ekorren — samtalsstöd för barn 6—12 år i BUP\u2011mottagning"
    text, verbatim = reading_text(stored)
    assert text == "Ekorren – samtalsstöd för barn 6–12 år i BUP-mottagning"
    assert verbatim is not None and verbatim.span(0, len(text)) == (0, len(stored))
    assert verbatim.stored[slice(*verbatim.span(8, 22))] == "— samtalsstöd "


def test_a_no_break_space_is_read_as_a_space_and_quoted_as_stored() -> None:
    """Convention: a no-break (or narrow no-break, figure) space is a space that does not end a line."""
    stored = "Startade\u00a0år\u00a02090 med 1\u202f200 deltagare"
    text, verbatim = reading_text(stored)
    assert text == "Startade år 2090 med 1 200 deltagare"
    assert verbatim is not None and verbatim.stored[slice(*verbatim.span(9, 16))] == "år\u00a02090"


def test_every_read_span_maps_to_its_stored_characters() -> None:
    stored = _noisy(INVENTORY)
    text, verbatim = reading_text(stored)
    assert verbatim is not None and text == INVENTORY
    for a in range(0, len(text), 7):
        for b in (a + 1, a + 13, a + 40):
            b = min(b, len(text))
            s, e = verbatim.span(a, b)
            shown = unicodedata.normalize("NFC", stored[s:e]).replace("—", "–")
            assert "".join(c for c in shown if c not in SHY + ZWSP + WJ) == text[a:b]


def test_cleaned_names_drop_invisible_characters_instead_of_splitting_words() -> None:
    """``clean`` (labels) and ``fold`` (matching keys) read a soft hyphen or zero-width space as nothing."""
    assert clean(f"Sam{SHY}verkan och{ZWSP} stöd") == "Samverkan och stöd"
    assert fold(f"Sam{SHY}ver{ZWSP}kan") == "samverkan"
    assert clean(" Stöd \uf0b7 för  barn ") == "Stöd för barn"  # negative: a bullet glyph still parts words


# ------------------------------------------------------------------------------ quotes stay verbatim


def test_stored_quote_is_the_stored_characters_and_fits_the_limit() -> None:
    stored = unicodedata.normalize("NFD", ("Ångest och oro för äldre på äldreboende. " * 12).strip())
    doc = decode("r", stored.encode())
    anchors = Anchorer({"r": doc})
    src = anchors.anchor(Source("r", 1, doc.text[:MAX_QUOTE]))
    out, text = anchors.stored(src)
    assert text == stored
    assert out.start is not None and out.end is not None
    assert stored[out.start : out.end] == out.quote
    assert len(out.quote) <= MAX_QUOTE
    assert unicodedata.normalize("NFC", out.quote) in doc.text


def test_stored_source_of_a_clean_report_is_unchanged() -> None:
    """Negative: without noise the anchored source and the report text are returned as they are."""
    doc = decode("r", "Ångest hos äldre.\n".encode())
    anchors = Anchorer({"r": doc})
    src = anchors.anchor(Source("r", 1, "Ångest hos äldre."))
    assert anchors.stored(src) == (src, doc.text)


# ------------------------------------------------------------------------------ a whole build


def _build(folder: Path, text: str) -> pyoxigraph.Store:
    folder.mkdir()
    (folder / "2091-inventering-stodmaterial.txt").write_bytes(text.encode("utf-8"))
    result = build(Settings(reports_dir=folder))
    store = pyoxigraph.Store()
    store.load("\n".join(result.lines).encode(), format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def _labels(store: pyoxigraph.Store) -> set[str]:
    q = "SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"
    return {str(row[0].value) for row in store.query(q)}  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[pyoxigraph.Store, pyoxigraph.Store]:
    tmp = tmp_path_factory.mktemp("robust")
    return _build(tmp / "clean", INVENTORY), _build(tmp / "noisy", _noisy(INVENTORY))


def test_noisy_report_reads_the_same_items_as_the_clean_one(
    stores: tuple[pyoxigraph.Store, pyoxigraph.Store],
) -> None:
    clean_store, noisy_store = stores
    labels = _labels(clean_store)
    assert {"Måsungen – samtalskort för förskolans pedagoger", "Bärnstenen"} <= labels
    assert _labels(noisy_store) == labels


def test_noisy_report_quotes_are_verbatim_spans_of_the_stored_text(
    stores: tuple[pyoxigraph.Store, pyoxigraph.Store],
) -> None:
    _, noisy_store = stores
    stored = _noisy(INVENTORY)
    q = """SELECT ?exact ?start ?end WHERE { GRAPH ?g {
        ?t <http://www.w3.org/ns/oa#hasSelector> ?q, ?p .
        ?q <http://www.w3.org/ns/oa#exact> ?exact .
        ?p <http://www.w3.org/ns/oa#start> ?start ; <http://www.w3.org/ns/oa#end> ?end } }"""
    rows = [(str(r[0].value), int(r[1].value), int(r[2].value)) for r in noisy_store.query(q)]  # type: ignore[union-attr]
    assert rows
    assert all(stored[s:e] == exact and len(exact) <= MAX_QUOTE for exact, s, e in rows)
    assert any("\u0308" in exact for exact, _, _ in rows)  # the stored, decomposed letters are quoted


# ------------------------------------------------------------------------------ the noise bench


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("robustness", ROOT / "bench" / "robustness.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["robustness"] = module
    spec.loader.exec_module(module)
    return module


def test_bench_noise_is_seeded_and_keeps_the_lines() -> None:
    """Gold line numbers stay valid: every kind but blank2 keeps the line count; a seed repeats a run."""
    bench = _bench()
    text = INVENTORY * 20
    for kind, noise in bench.NOISE.items():
        noisy = noise(text, random.Random(f"11:{kind}"))
        assert noisy == noise(text, random.Random(f"11:{kind}"))
        if kind not in ("blank2", "crlf"):
            assert noisy.count("\n") == text.count("\n"), kind
    assert bench.NOISE["softhyphen"](text, random.Random(1)) != text


def test_bench_blank2_moves_the_annotated_lines_with_their_text() -> None:
    bench = _bench()
    text = "Rubrik\n\nRad tre\n\n\nRad sex"
    doubled = bench.noise_blank2(text, random.Random(0)).split("\n")
    lines = text.split("\n")
    assert all(doubled[new - 1] == lines[old - 1] for old, new in bench.line_map(text).items())


# ------------------------------------------------------------------------------ appendix list marks


def _appendix_resources(glyph: str, gap: str = " ") -> list[str]:
    text = (
        "Bilaga 2. Material som tagits fram 2091\n\n"
        "Första linjen\n"
        f"{glyph}{gap}Ankarsvik 2090 – en uppföljning av mottagningar för unga\n"
        f"{glyph}{gap}Stigfinnaren – en handbok för samtal i första linjen\n"
        f"{glyph}{gap}Grundkurs i samtalsstöd\n"
    )
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))
    return sorted(m.name for m in AppendixTablesLayout().extract(doc) if m.kind == "resource")


@pytest.mark.parametrize("glyph", ["•", "●", "\uf0b7", "➤", "◆"])
def test_appendix_entries_open_with_any_bullet_glyph(glyph: str) -> None:
    """Convention: an export prints the list mark as any bullet glyph ("●", a private-use "\uf0b7" for
    "•"); the appendix reads the entries one a line whatever the glyph (the one bullet recogniser's)."""
    assert _appendix_resources(glyph) == [
        "Ankarsvik 2090 – en uppföljning av mottagningar för unga",
        "Grundkurs i samtalsstöd",
        "Stigfinnaren – en handbok för samtal i första linjen",
    ]


def test_a_glyph_glued_to_a_word_is_no_appendix_list_mark() -> None:
    """Negative: a mark needs a space after it, as before ("•Ankarsvik" is not read as a marked entry)."""
    assert _appendix_resources("●", gap="") != _appendix_resources("●")
