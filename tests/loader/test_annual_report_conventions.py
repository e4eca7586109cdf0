"""Annual-report conventions (tests/eval/blind8/README.md, "Layout variations", annual report): page heads
"n | Insatser 2032" with the number first, endnotes "(1)" collected under "Noter", "►" bullets with
indented continuation, a bulleted list of events under an announcing line, bulleted products
"Title – form …", and titles worded as a clause or a question after their cue noun."""

from __future__ import annotations

from loader.document import running_head_lines
from loader.layouts.numbered_report import NumberedReportLayout
from loader.model import Document, Line

TEXT = """Innehåll
Kapitel 1  Barn och unga ........................ 3
Kapitel 2  Suicidprevention ..................... 4
Kapitel 3  Arrangemang .......................... 5
Noter ........................................... 6

3 | Insatser 2032
Kapitel 1  Barn och unga
1.1 Rapporter och affischer om psykisk hälsa
Under året publicerade UPH rapporten Läget i landet (1). Den digitala affischen
Du är inte ensam, som riktar sig till unga, spreds i sociala medier. UPH har
tagit fram samtalsguiden Hur har du det egentligen? för hemtjänstens personal.
1.2 Nya stöd under året
► Efter ett suicid – en webbutbildning för chefer i kommunal verksamhet om
  hur man stöttar medarbetare.
► Livsviktigt samtal – film om att fråga om suicid, för personal inom
  socialtjänsten.

4 | Insatser 2032
Kapitel 2  Suicidprevention
2.1 Regionalt stöd till samordnare
Alla regioner har en samordnare.

5 | Insatser 2032
Kapitel 3  Arrangemang
UPH har under året arrangerat följande större möten:
► Nationell dag för elevhälsochefer, 3 juni 2032 i Stockholm.
► Webbinarieserien Äldre och psykisk hälsa – tre webbinarier under hösten.

6 | Insatser 2032
Noter
(1) Överenskommelsen finns på www.regeringen.se, dnr S2031/07741.
"""


def _doc() -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(TEXT.split("\n"))))


def test_number_first_page_heads_are_furniture() -> None:
    doc = _doc()
    heads = {doc.lines[i].text for i in running_head_lines(doc.lines)}
    assert heads == {"3 | Insatser 2032", "4 | Insatser 2032", "5 | Insatser 2032", "6 | Insatser 2032"}


def test_annual_report_items() -> None:
    found = {(m.kind, m.name) for m in NumberedReportLayout().extract(_doc())}
    # "(1) … www.regeringen.se" is an endnote, not a web site the report presents
    assert not any("egeringen" in name for _, name in found)
    assert ("event", "Nationell dag för elevhälsochefer") in found
    assert ("event", "Äldre och psykisk hälsa") in found  # the event noun before the name says its kind
    assert ("resource", "Efter ett suicid") in found
    assert ("resource", "Livsviktigt samtal") in found
    assert ("resource", "Du är inte ensam") in found
    assert ("resource", "Hur har du det egentligen?") in found


def test_single_spaced_heading_does_not_take_its_paragraph() -> None:
    from loader.layouts.numbered_segment import parse

    titles = [h.title for h in parse(_doc()).headings if h.kind == "numbered"]
    assert "Rapporter och affischer om psykisk hälsa" in titles  # the next line holds a sentence's end


def test_named_title_with_counted_subtitle_before_a_note() -> None:
    from loader.layouts.numbered_extract import _dash_title

    words = "publicerade UPH rapporten Första linjen 2032 – tio år av utveckling (2). Rapporten".split()
    assert _dash_title(words, 3, named=True) == "Första linjen 2032 – tio år av utveckling"
