"""Annual-report conventions of tests/eval/blind10/README.md ("Layout variations", annual report), read
generally: chapters under a chapter word ("DEL n", "Kapitel n:", "Avsnitt IV –") with "n.n" sections set
right above single-spaced running text, titles between emphasis marks (underscores, asterisks, guillemets;
one broken over two lines), any bullet glyph of loader.layouts.bullets with indented continuation lines,
page feet "Title | n", and footnotes collected at the end under a rule. The synthetic texts below use
other words, numbers and marks than blind10; the blind10 checks cite its lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.numbered_segment import emphasis_as_quotes, parse, read_footnotes, word_chapter
from loader.model import Document, Line
from loader.read import read_report
from psykgraf.settings import ROOT

TEXT = """Rapport om insatser 2041

Förord

Det här är en redovisning av arbetet under året inom överenskommelsen.1

Kapitel 1: Inledning

1.1 Uppdraget
Överenskommelsen för 2041 gäller hela landet och omfattar stöd till kommuner och regioner i deras arbete.
1.2 Organisation
Arbetet leds av en styrgrupp med representanter för regioner och kommuner som träffas varje månad under
året och följer upp hur arbetet går.

Rapport 2041 | 2

Kapitel 2: Barn och unga

2.1 Skolan
Under året publicerade SKR *Trygg i klassen – en vägledning*, som visar hur skolor kan arbeta.
Rapporten lanserades vid ett seminarium i april.
2.2 Fritid
▹ Filmserien **Paus på planen** (2041) riktar sig till tränare i föreningar och har visats i hela
  landet under hösten.
▹ Webbutbildningen _Prata om
  oro_ (2040) har genomförts av 3 000 personer.

Rapport 2041 | 3

Kapitel 3: Äldre

3.1 Ensamhet
Skriften «Nära varandra» (2041) samlar kunskap om ensamhet hos äldre.2
3.2 Anhöriga
Ett stöd för anhöriga har tagits fram under året och sprids nu i kommunerna.3

Rapport 2041 | 4

______________
1 Överenskommelse om psykisk hälsa 2041, dnr S2040/01111.
2 www.exempel.se/nara-varandra
3 Socialstyrelsen, Stöd till anhöriga 2040.

Rapport 2041 | 5
"""


def _doc(text: str = TEXT) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(text.split("\n"))))


def test_chapter_words_any_numbering() -> None:
    assert word_chapter("KAPITEL 2 Barn och unga") == ("2", "Barn och unga")
    assert word_chapter("Del III. Äldre") == ("3", "Äldre")
    assert word_chapter("Avsnitt 4 — Suicidprevention") == ("4", "Suicidprevention")
    # an action plan's area and an appendix are no chapters of a report; a sentence is no title
    assert word_chapter("Område 1. Barn och unga") is None
    assert word_chapter("Bilaga 2 Arrangemang") is None
    assert word_chapter("Del 2 av arbetet har gjorts i kommunerna.") is None


def test_emphasis_marks_are_title_delimiters_of_the_same_length() -> None:
    text = "SKR gav ut __Lugna samtal__ och *Fråga först* men inte *alltid* eller fil_namn_x."
    out = emphasis_as_quotes(text)
    assert len(out) == len(text)
    assert "”Lugna samtal”" in out and "”Fråga först”" in out
    assert "*alltid*" in out and "fil_namn_x" in out


def test_chapters_with_nested_sections_and_end_notes_make_the_report() -> None:
    doc = _doc()
    # no contents page: the chapters under a chapter word with their sections, and the notes under the rule
    assert NumberedReportLayout().score(doc) >= 0.75
    p = parse(doc)
    numbered = [(h.number, h.title) for h in p.headings if h.kind == "numbered"]
    assert numbered[:3] == [("1", "Inledning"), ("1.1", "Uppdraget"), ("1.2", "Organisation")]
    assert ("2.1", "Skolan") in numbered and ("3.2", "Anhöriga") in numbered
    assert sorted(p.footnotes) == [1, 2, 3]
    assert not any("Rapport 2041 |" in s.text or "____" in s.text for s in p.sentences)


def test_notes_under_a_rule_are_notes_however_far_their_references() -> None:
    doc = _doc()
    notes, _ = read_footnotes(doc.lines, range(0, len(doc.lines)))
    assert notes[1].title.startswith("Överenskommelse om psykisk hälsa 2041")
    assert notes[3].title.startswith("Socialstyrelsen")


def test_emphasised_titles_bullets_and_a_title_broken_over_lines() -> None:
    names = {(m.kind, m.name) for m in NumberedReportLayout().extract(_doc())}
    assert ("resource", "Paus på planen") in names
    assert ("resource", "Prata om oro") in names
    assert ("resource", "Nära varandra") in names


def test_a_quoted_title_takes_the_kind_the_next_sentence_refers_back_with() -> None:
    names = {(m.kind, m.name) for m in NumberedReportLayout().extract(_doc())}
    assert ("resource", "Trygg i klassen – en vägledning") in names


def test_an_action_plan_area_with_goals_is_no_nested_report() -> None:
    plan = "\n".join(
        f"Område {n}. Område nummer {n}\n\nMål: Fler får stöd.\n\n{n}.1 Insats\nText om insatsen.\n"
        for n in range(1, 6)
    )
    assert NumberedReportLayout().score(_doc(plan)) < 0.5


BLIND10 = ROOT / "tests" / "fixtures" / "blind10" / "2037-insatser-psykisk-halsa-suicidprevention-2036.txt"


@pytest.mark.skipif(not BLIND10.exists(), reason="blind10 fixture")
def test_blind10_annual_report_is_a_numbered_report() -> None:
    doc = read_report(Path(BLIND10))
    assert NumberedReportLayout().score(doc) >= 0.5
    p = parse(doc)
    # line 71 "3.1 Primärvård" stands right above its paragraph; line 27 "DEL 1 Inledning"
    titles = {h.line: (h.number, h.title) for h in p.headings}
    assert titles[27] == ("1", "Inledning") and titles[71] == ("3.1", "Primärvård")
    assert titles[36] == ("1.2", "Så har arbetet organiserats")
    names = {m.name for m in NumberedReportLayout().extract(doc) if m.kind == "resource"}
    # line 56 "▸ _Elevhälsans trappa_ …", lines 49–50 "_Ungkompassen / 18+_", line 46 a report named back
    assert {"Elevhälsans trappa", "Ungkompassen 18+", "Första linjen 2036 – en nulägesbeskrivning"} <= names


def test_a_description_named_in_apposition_is_not_a_second_thing() -> None:
    from loader.lexicon import Lexicon
    from loader.named_things import _described, _tokens, cue_lookup

    cues = cue_lookup(Lexicon.from_dir())
    # blind10 annual report line 136: "… en nationell konferens om samsjuklighet, Samsjuklighetsdagen 2036, den 4 maj"
    named = "SKR ordnade en nationell konferens om ångest, Ångestdagen 2041, den 3 maj i Umeå."
    assert _described(named, _tokens(named), cues) == []
    plain = "Regionen driver en länsgemensam satsning på suicidprevention, Region Skåne leder den."
    assert [f.name for f in _described(plain, _tokens(plain), cues)] == ["Länsgemensam satsning på suicidprevention"]


REFERENCE = """Kapitel 1 Inledning

1.1 Vägledningar
Under året publicerades en vägledning som har tagits fram av ett nätverk av sju regioner, Nätverket Lugn
vård, och bygger på erfarenheter från Region Örebro.1

Kapitel 2 Unga

2.1 Skola
Skriften ”Rast och vila” (2040) beskriver skolans pauser. Den sprids i hela landet.

Kapitel 3 Äldre

3.1 Omsorg
Text om omsorgen i kommunerna.

1 Se även rapporten Tvång i vården 2040 (Socialstyrelsen).
"""


def test_sentence_notes_cross_references_and_bracketed_years() -> None:
    found = {(m.kind, m.name): m for m in NumberedReportLayout().extract(_doc(REFERENCE))}
    # a marker after the sentence's full stop notes the sentence: the network in it is still read
    assert ("actor", "Lugn vård") in found
    # "Se även rapporten X (Utgivare).": the cross-reference names the report, without the publisher
    assert ("resource", "Tvång i vården 2040") in found
    # "”Rast och vila” (2040)": the year in brackets after the title
    assert found[("resource", "Rast och vila")].years == (2040,)
