"""The evaluation scorer (``bench/score_loader.py``) and the integrity of the set it reads.

The scorer is loaded by path (bench/ is not a package). Its matching, facet counting and
quote check run on a tiny in-memory graph written here, so the expected values are known
by construction. The data-set checks read ``tests/eval/`` and the report text only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loader.evalsets import ROOT, load_scorer

EVAL_DIR = ROOT / "tests" / "eval"
REPORTS = ROOT / "data" / "reports"


sl = load_scorer()

BASE = "https://example.org/pg/"
PG = f"{BASE}ontology#"
REPORT = "r1"
GRAPH = f"<{BASE}graph/{REPORT}>"
TEXT = "Rubrik\nVänd dig hit! – en guide för första linjen.\nSlut.\n"


def _nq() -> str:
    res, act, ann, tgt, sel = (
        f"<{BASE}id/{x}>" for x in ("resource/vand", "actor/skr", "annotation/a1", "annotation/a1#t", "annotation/a1#s")
    )
    rep = f"<{BASE}id/report/{REPORT}>"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    a = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    notation = "<http://www.w3.org/2004/02/skos/core#notation>"
    oa = "http://www.w3.org/ns/oa#"
    fl = f"<{BASE}vocab/care-level/forsta-linjen>"
    barn = f"<{BASE}vocab/target-group/barn>"
    exact = "Vänd dig hit! – en guide för första linjen."
    start = TEXT.index(exact)
    quads = [
        f"{rep} {a} <{PG}Report> {GRAPH}",
        f"{res} {a} <{PG}Resource> {GRAPH}",
        f'{res} {label} "Vänd dig hit!"@sv {GRAPH}',
        f"{res} <{PG}careLevel> {fl} {GRAPH}",
        f"{res} <{PG}targetGroup> {barn} {GRAPH}",
        f'{res} <{PG}ageMax> "12"^^<http://www.w3.org/2001/XMLSchema#integer> {GRAPH}',
        f'{fl} {notation} "forsta-linjen" <{BASE}graph/ontology>',
        f'{barn} {notation} "barn" <{BASE}graph/ontology>',
        f"{act} {a} <{PG}Actor> {GRAPH}",
        f'{act} {label} "Sveriges Kommuner och Regioner"@sv {GRAPH}',
        f"{ann} <{oa}hasBody> {res} {GRAPH}",
        f"{ann} <{oa}hasTarget> {tgt} {GRAPH}",
        f"{tgt} <{oa}hasSource> {rep} {GRAPH}",
        f'{tgt} <{PG}line> "2"^^<http://www.w3.org/2001/XMLSchema#integer> {GRAPH}',
        f"{tgt} <{oa}hasSelector> {sel} {GRAPH}",
        f"{sel} {a} <{oa}TextQuoteSelector> {GRAPH}",
        f'{sel} <{oa}exact> "{exact}" {GRAPH}',
        f"{tgt} <{oa}hasSelector> <{BASE}id/annotation/a1#p> {GRAPH}",
        f"<{BASE}id/annotation/a1#p> {a} <{oa}TextPositionSelector> {GRAPH}",
        f'<{BASE}id/annotation/a1#p> <{oa}start> "{start}"^^<http://www.w3.org/2001/XMLSchema#integer> {GRAPH}',
        f'<{BASE}id/annotation/a1#p> <{oa}end> "{start + len(exact)}"^^<http://www.w3.org/2001/XMLSchema#integer> '
        f"{GRAPH}",
    ]
    return " .\n".join(quads) + " .\n"


def _annotation(
    kind: str,
    name: str,
    line: int,
    *,
    aliases: tuple[str, ...] = (),
    note: str = "",
    care: frozenset[str] | None = frozenset(),
    target: frozenset[str] | None = frozenset(),
) -> object:
    facets = {
        "care_level": care,
        "target_group": target,
        "audience": frozenset(),
        "form": None,
        "status": None,
        "ages": frozenset({"max=12"}),
        "years": None,
    }
    return sl.Annotation(REPORT, kind, name, aliases, line, "Rubrik", facets, note)


@pytest.fixture()
def graph(tmp_path: Path) -> tuple[list[object], list[object], set[str], str]:
    path = tmp_path / "graph.nq"
    path.write_text(_nq(), encoding="utf-8")
    result: tuple[list[object], list[object], set[str], str] = sl.read_graph(path)
    return result


def test_normalise_ignores_case_diacritics_and_punctuation() -> None:
    assert sl.normalise("Vänd dig hit!") == sl.normalise("VAND  dig, hit") == "vand dig hit"
    assert sl.normalise("Första linjeboken – stöd") == "forsta linjeboken stod"


def test_contains_words_keeps_order() -> None:
    assert sl.contains_words("tillaggsoverenskommelse inom omradet 2022", "tillaggsoverenskommelse 2022")
    assert not sl.contains_words("tillaggsoverenskommelse inom omradet 2022", "2022 tillaggsoverenskommelse")
    assert not sl.contains_words("abc", "")


def test_read_graph_finds_entities_lines_facets_and_quotes(
    graph: tuple[list[object], list[object], set[str], str],
) -> None:
    entities, quotes, answer, pg = graph
    assert pg == PG
    by_iri = {e.iri: e for e in entities}  # type: ignore[attr-defined]
    vand = by_iri[f"{BASE}id/resource/vand"]
    assert vand.kinds == {"resource"} and vand.lines == {REPORT: frozenset({2})}
    assert vand.facets[REPORT]["care_level"] == {"forsta-linjen"}
    assert vand.facets[REPORT]["ages"] == {"max=12"}
    assert answer == {f"{BASE}id/resource/vand"}
    assert len(quotes) == 1 and quotes[0].start is not None  # type: ignore[attr-defined]


def test_match_report_counts_tp_fp_fn_inside_ranges(graph: tuple[list[object], list[object], set[str], str]) -> None:
    entities, _, _, _ = graph
    anns = [
        _annotation(
            "resource",
            "Vänd dig hit! – guide för kommuner",
            2,
            aliases=("Vänd dig hit!",),
            care=frozenset({"forsta-linjen"}),
            target=frozenset({"barn", "unga"}),
        ),
        _annotation("resource", "Något som saknas", 3),
        _annotation("actor", "Region X", 1, note="mention: only named"),
    ]
    ranges = [sl.Range(1, 3, frozenset(sl.KINDS))]
    result = sl.match_report(REPORT, anns, entities, ranges)
    assert result.pairs == {0: f"{BASE}id/resource/vand"}
    assert result.per_kind["resource"] == sl.Counts(tp=1, fp=0, fn=1)
    # The SKR actor has no source line, so it is outside every range and not a false positive.
    assert result.per_kind["actor"] == sl.Counts(tp=0, fp=0, fn=0)
    facets = sl.facet_counts(anns, result.pairs, {e.iri: e for e in entities}, REPORT)  # type: ignore[attr-defined]
    assert facets["care_level"] == sl.Counts(tp=1, fp=0, fn=0)
    assert facets["target_group"] == sl.Counts(tp=1, fp=0, fn=1)
    assert facets["ages"] == sl.Counts(tp=1, fp=0, fn=0)


def test_unmatched_entity_in_range_is_a_false_positive(graph: tuple[list[object], list[object], set[str], str]) -> None:
    entities, _, _, _ = graph
    result = sl.match_report(
        REPORT, [_annotation("resource", "Helt annat", 2)], entities, [sl.Range(1, 3, frozenset({"resource"}))]
    )
    assert result.per_kind["resource"] == sl.Counts(tp=0, fp=1, fn=1)
    assert result.unmatched_graph["resource"] == ("Vänd dig hit!",)


def test_containment_needs_a_nearby_line(graph: tuple[list[object], list[object], set[str], str]) -> None:
    entities, _, _, _ = graph
    near = sl.match_report(REPORT, [_annotation("resource", "Vänd dig hit! (2012)", 4)], entities, [])
    far = sl.match_report(REPORT, [_annotation("resource", "Vänd dig hit! (2012)", 40)], entities, [])
    assert near.pairs and not far.pairs


def test_check_quote_uses_position_then_substring() -> None:
    exact = "Vänd dig hit!"
    start = TEXT.index(exact)
    assert sl.check_quote(sl.Quote(REPORT, exact, start, start + len(exact)), TEXT) == (True, "position")
    assert sl.check_quote(sl.Quote(REPORT, exact, start + 1, start + 1 + len(exact)), TEXT) == (False, "position")
    assert sl.check_quote(sl.Quote(REPORT, exact, None, None), TEXT) == (True, "substring")
    assert sl.check_quote(sl.Quote(REPORT, "Vänd dig hit! Slut.", None, None), TEXT) == (False, "substring")
    assert sl.check_quote(sl.Quote(REPORT, "x" * 301, None, None), TEXT) == (False, "too-long")


def test_report_text_strips_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("\ufeffa\r\nb".encode())
    assert sl.report_text(path) == "a\nb"


def test_bad_tsv_header_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text("kind\tname\n", encoding="utf-8")
    with pytest.raises(sl.EvalFormatError, match="header"):
        sl.read_annotations(path)


# ---- integrity of the hand-annotated set (reads tests/eval/ and the report text only)


def test_every_annotation_lies_in_a_read_range_of_an_existing_report() -> None:
    annotations, sections = sl.read_eval_set(EVAL_DIR)
    assert len(annotations) > 300
    assert set(sections) == {p.stem for p in REPORTS.glob("*.txt")}
    for ann in annotations:
        lines = (REPORTS / f"{ann.report}.txt").read_text(encoding="utf-8").splitlines()
        assert 1 <= ann.line <= len(lines), ann
        assert any(r.covers(ann.line, ann.kind) for r in sections[ann.report]), ann


def test_facet_codes_exist_in_the_vocabulary() -> None:
    vocab = ROOT / "ontology" / "vocab"
    codes = {f: set() for f in ("care_level", "target_group", "audience", "form", "status")}
    files = {
        "care_level": "care-level",
        "target_group": "target-group",
        "audience": "audience",
        "form": "resource-form",
        "status": "status",
    }
    for facet, stem in files.items():
        text = (vocab / f"{stem}.ttl").read_text(encoding="utf-8")
        codes[facet] = {line.split('"')[1] for line in text.splitlines() if "skos:notation" in line}
    annotations, _ = sl.read_eval_set(EVAL_DIR)
    for ann in annotations:
        for facet, allowed in codes.items():
            value = ann.facets[facet]
            assert value is None or value <= allowed, (ann.name, facet, value)


def test_one_row_per_entity_per_report() -> None:
    annotations, _ = sl.read_eval_set(EVAL_DIR)
    seen: dict[tuple[str, str, str], str] = {}
    for ann in annotations:
        for key in ann.keys:
            other = seen.setdefault((ann.report, ann.kind, key), ann.name)
            assert other == ann.name, f"{ann.report}: {other!r} and {ann.name!r} share the name {key!r}"


def test_a_mention_neutralises_an_entity_of_another_class_by_its_exact_name(
    graph: tuple[list[object], list[object], set[str], str],
) -> None:
    entities, _, _, _ = graph
    ranges = [sl.Range(1, 3, frozenset(sl.KINDS))]
    # The graph reads "Vänd dig hit!" as a resource; the row calls it an initiative mention.
    mention = _annotation("initiative", "Vänd dig hit!", 2, note="mention: initiative or resource both defensible")
    assert sl.match_report(REPORT, [mention], entities, ranges).per_kind["resource"] == sl.Counts(tp=0, fp=0, fn=0)
    # A row that is not a mention does not: the resource stays a false positive.
    strict = _annotation("initiative", "Vänd dig hit!", 2)
    result = sl.match_report(REPORT, [strict], entities, ranges)
    assert result.per_kind["resource"] == sl.Counts(tp=0, fp=1, fn=0)
    assert result.per_kind["initiative"] == sl.Counts(tp=0, fp=0, fn=1)


def test_a_required_row_matches_before_a_mention_of_the_same_name(
    graph: tuple[list[object], list[object], set[str], str],
) -> None:
    entities, _, _, _ = graph
    ranges = [sl.Range(1, 3, frozenset(sl.KINDS))]
    # The mention comes first in the file; the one entity must still go to the required row.
    mention = _annotation("resource", "Vänd dig hit!", 2, note="mention: named in passing")
    required = _annotation("resource", "Vänd dig hit!", 2)
    result = sl.match_report(REPORT, [mention, required], entities, ranges)
    assert result.per_kind["resource"] == sl.Counts(tp=1, fp=0, fn=0)
    assert result.pairs[1] and 0 not in result.pairs


def _eval_dir(tmp_path: Path, row_note: str, care: str) -> Path:
    header = "\t".join(sl.TSV_COLUMNS)
    row = f"resource\tVänd dig hit!\t\t2\tRubrik\t{care}\t?\t?\t?\t?\t?\t?\t?\t{row_note}"
    folder = tmp_path / "eval"
    folder.mkdir(parents=True)
    (folder / f"{REPORT}.tsv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    (folder / "sections.tsv").write_text(
        f"report\tstart\tend\tclasses\tnote\n{REPORT}\t1\t3\tresource|initiative|event|actor|agreement\tall\n",
        encoding="utf-8",
    )
    return folder


def test_a_mention_in_the_canonical_answer_is_neutral_not_extra(tmp_path: Path) -> None:
    build = tmp_path / "build"
    build.mkdir()
    (build / "graph.nq").write_text(_nq(), encoding="utf-8")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / f"{REPORT}.txt").write_text(TEXT, encoding="utf-8")
    # The graph answers "Vänd dig hit!" (first line × barn). A mention row makes that neither right nor wrong …
    result = sl.score(_eval_dir(tmp_path / "a", "mention: arguable", "?"), build, reports)
    assert result["canonical"]["extra"] == []
    assert [n["label"] for n in result["canonical"]["neutral"]] == ["Vänd dig hit!"]
    # … while a row read without first-line care keeps it an extra item of the answer.
    result = sl.score(_eval_dir(tmp_path / "b", "", ""), build, reports)
    assert [n["label"] for n in result["canonical"]["extra"]] == ["Vänd dig hit!"]
    assert result["canonical"]["neutral"] == []
