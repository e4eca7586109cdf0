"""Evidence is an exact span: every quote in the build is the report's own text at its offsets.

Unit cases use quotes as layouts produce them (joins, dehyphenated words, "…" cuts) over
report text read from the files; the build test checks every annotation in the graph.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph

from loader.evidence import MAX_QUOTE, Anchorer
from loader.graph import CONTEXT
from loader.model import Document, Line, Source
from loader.read import read_report

REPORTS = Path(__file__).parent.parent.parent / "data" / "reports"
INV = "2020-inventering-metod-och-kunskapsstod"
R2017 = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
R2021 = "2022-insatser-psykisk-halsa-suicidprevention-2021"


def anchorer(*stems: str) -> Anchorer:
    return Anchorer({s: read_report(REPORTS / f"{s}.txt") for s in stems})


def check(a: Anchorer, src: Source) -> Source:
    out = a.anchor(src)
    doc = a.document(src.report)
    assert doc is not None and out.start is not None and out.end is not None
    assert doc.text[out.start : out.end] == out.quote
    assert len(out.quote) <= MAX_QUOTE
    assert out.line == doc.line_at(out.start).number
    assert out.page == doc.lines[out.line - 1].page
    return out


def test_cleaned_quote_over_wrapped_lines_gets_the_report_characters() -> None:
    a = anchorer(R2021)
    # 2022-…txt:1301-1303 "Suicidprevention är ett ansvar … gemen-\n\nsamma strategier."
    out = check(
        a,
        Source(
            R2021, 1301, "Suicidprevention är ett ansvar för hela samhället och därför behövs gemensamma strategier."
        ),
    )
    assert out.quote.startswith("Suicidprevention är ett ansvar") and "gemen-\n\nsamma strategier." in out.quote
    assert out.line == 1301


def test_synthetic_join_keeps_the_piece_with_the_trigger() -> None:
    a = anchorer(INV)
    # 2020-…txt:587 " Utbildningsspår primärvård", :589 "Under våren 2018 tog UPH fram …", :617 "UPH arbetade fram …"
    joined = (
        "Under våren 2018 tog UPH fram ett utbildningsprogram med utbildningsdagar inom nio områden, med olika "
        "experter som medverkande. UPH arbetade fram ett utbildningsprogram med utbildningsdagar inom alla dessa "
        "nio områden, med olika experter som medverkande och föreläsare."
    )
    out = check(a, Source(INV, 587, joined, trigger="2018"))
    assert out.quote.startswith("Under våren 2018") and "UPH arbetade" not in out.quote
    assert out.line == 589
    longest = check(a, Source(INV, 587, joined))
    assert longest.quote.startswith("UPH arbetade fram") and longest.line == 617


def test_name_dot_description_join_from_a_footnoted_paragraph() -> None:
    a = anchorer(R2017)
    # 2018-…txt:273 "… Rapporten för barn och ungdomspsykiatri⁸ publicerades i maj 2017 och återfinns [här](#)."
    # :285 "⁸ Kartläggning 2016 Barn- och ungdomspsykiatri": the layout joined footnote title and sentence
    q = (
        "Kartläggning 2016 Barn- och ungdomspsykiatri. Rapporten för barn och ungdomspsykiatri publicerades i "
        "maj 2017 och återfinns här."
    )
    out = check(a, Source(R2017, 273, q))
    assert out.quote.startswith("Rapporten för barn och ungdomspsykiatri⁸ publicerades") and out.line == 273


def test_long_quote_is_cut_to_the_sentence_of_its_trigger() -> None:
    a = anchorer(R2017)
    doc = a.document(R2017)
    assert doc is not None
    # 2018-…txt:273 is one long paragraph line; the trigger "maj 2017" is in its last sentence
    paragraph = doc.lines[272].text
    assert len(paragraph) > MAX_QUOTE
    out = check(a, Source(R2017, 273, paragraph, trigger="publicerades i maj 2017"))
    assert "publicerades i maj 2017" in out.quote and out.quote.startswith("Rapporten för barn")


def test_quote_found_far_from_its_recorded_line_gets_the_true_line() -> None:
    a = anchorer(R2021)
    # 2022-…txt:2036 " 2.12 Kraftsamling för psykisk hälsa", recorded 500 lines off
    out = check(a, Source(R2021, 1536, "2.12 Kraftsamling för psykisk hälsa"))
    assert out.line == 2036 and out.page == 33


def test_unfindable_quote_is_listed_and_never_kept() -> None:
    doc = Document("r", (Line(1, "Första meningen här. Andra meningen där."), Line(2, "Sista.")))
    a = Anchorer({"r": doc})
    out = a.anchor(Source("r", 1, "Helt annan text som inte finns någonstans alls i rapporten"))
    assert out.quote in doc.text and out.start is not None
    assert a.problems and "quote not found" in a.problems[0]


def test_already_exact_source_is_kept() -> None:
    doc = Document("r", (Line(1, "Ett två tre."),))
    a = Anchorer({"r": doc})
    src = Source("r", 1, "två tre", start=4, end=11)
    assert a.anchor(src).quote == "två tre" and a.anchor(src).start == 4


def _literal(term: pyoxigraph.Literal | object) -> str:
    assert isinstance(term, pyoxigraph.Literal)
    return term.value


def test_every_quote_in_the_build_is_an_exact_span(built_store: pyoxigraph.Store) -> None:
    texts = {p.stem: read_report(p) for p in REPORTS.glob("*.txt")}
    rows = list(
        built_store.query(
            """PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX pg: <https://w3id.org/psykgraf/ontology#>
            SELECT ?report ?exact ?prefix ?suffix ?start ?end ?line ?page WHERE {
              ?a oa:hasTarget ?t . ?t oa:hasSource ?report ; pg:line ?line ;
                 oa:hasSelector ?q, ?p . ?q oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
              ?p oa:start ?start ; oa:end ?end .
              OPTIONAL { ?t pg:page ?page } }""",
            use_default_graph_as_union=True,
        )
    )
    annotations = list(
        built_store.query(
            "PREFIX oa: <http://www.w3.org/ns/oa#> SELECT (COUNT(?a) AS ?n) WHERE { ?a oa:hasTarget ?t }",
            use_default_graph_as_union=True,
        )
    )
    assert rows and len(rows) == int(_literal(annotations[0][0]))
    for row in rows:
        report = re.sub(r".*/", "", str(row[0]).strip("<>"))  # …/id/report/<file stem>
        doc = texts[report]
        # The report as stored: the reader may read an em dash as "–" (loader.read.reading_text).
        text = doc.verbatim.stored if doc.verbatim is not None else doc.text
        exact, prefix, suffix = (_literal(row[i]) for i in (1, 2, 3))
        start, end, line = (int(_literal(row[i])) for i in (4, 5, 6))
        assert text[start:end] == exact, (report, line, exact)
        assert 0 < len(exact) <= MAX_QUOTE
        assert text.count("\n", 0, start) + 1 == line
        assert row[7] is not None and int(_literal(row[7])) == doc.lines[line - 1].page
        assert text[max(0, start - CONTEXT) : start] == prefix
        assert text[end : end + CONTEXT] == suffix


def test_build_lists_no_unanchored_quote(built: object) -> None:
    problems = getattr(built, "problems", [])
    assert not [p for p in problems if "quote not found" in p]


def test_quote_cut_before_its_trigger_moves_to_the_trigger_sentence() -> None:
    a = anchorer(R2017)
    # 2018-…txt:273 "… Rapporten för barn och ungdomspsykiatri⁸ publicerades i maj 2017 och återfinns [här](#)."
    # A quote of the sentence before it, with the trigger from the next sentence.
    doc = a.document(R2017)
    assert doc is not None
    line = doc.lines[272].text
    before = line[: line.index("Rapporten för barn")].rstrip()[-200:]
    out = check(a, Source(R2017, 273, before, trigger="publicerades i maj 2017"))
    assert "publicerades i maj 2017" in out.quote
