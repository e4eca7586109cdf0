"""A report describes itself: title, kind, date of issue and publishers from its opening lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from loader.actors import ActorLexicon
from loader.report_meta import read_meta
from psykgraf.settings import Settings

REPORTS = Settings().reports_dir
HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "heldout"


@pytest.fixture(scope="module")
def known() -> ActorLexicon:
    return ActorLexicon.load(Settings().lexicon_dir / "actors.ttl")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def test_final_report_title_date_and_publishers(known: ActorLexicon) -> None:
    lines = _lines(REPORTS / "2018-slutrapport-2017-riktade-insatser-psykisk-halsa.txt")
    names = ["Sveriges Kommuner och Landsting"]
    meta = read_meta(lines, "appendix-tables", lambda t: [h.slug for h in known.find(t) if h.known], names)
    # 2018…txt:5 "Slutrapport 2017" and its subtitle in capitals at :7-9; :19 "Stockholm i mars 2018";
    # :3 "SKL DNR 16/06741" names SKL (= SKR).
    assert meta.title == (
        "Slutrapport 2017 – Stöd till riktade insatser inom området psykisk hälsa – "
        "överenskommelse mellan staten och Sveriges Kommuner och Landsting"
    )
    assert meta.title_line == 5
    assert (meta.issued, meta.issued_line) == ("2018-03", 19)
    assert meta.kind == ("slutrapport", "final report")
    assert "skr" in meta.publishers


def test_title_wrapped_over_two_lines_is_joined() -> None:
    # 2020-inventering…txt:1-2 " Inventering av metod- och " / "kunskapsstöd ".
    meta = read_meta(_lines(REPORTS / "2020-inventering-metod-och-kunskapsstod.txt"), "inventory")
    assert meta.title == "Inventering av metod- och kunskapsstöd"


def test_a_report_that_opens_with_its_foreword_takes_its_title_from_the_running_head() -> None:
    # 2022-insatser…txt:1 " Förord ": the cover is not in the text; the running head repeated with the
    # page number (:61 "Insatser inom området psykisk hälsa och suicidprevention 2021 4", :110 "… 5")
    # carries the title. :53 "Stockholm, april 2022".
    meta = read_meta(_lines(REPORTS / "2022-insatser-psykisk-halsa-suicidprevention-2021.txt"), "numbered-report")
    assert (meta.title, meta.title_line) == ("Insatser inom området psykisk hälsa och suicidprevention 2021", 61)
    assert meta.issued == "2022-04"


def test_publishers_come_from_the_cover_not_from_the_slides_after_it(known: ActorLexicon) -> None:
    # A deck's cover: title, the organisations behind it, place and date; the next slide lists
    # participants, who are not publishers.
    lines = [
        "Unga i fokus",
        "",
        "Region Uppsala och länets kommuner",
        "Uppsala 3 maj 2026",
        " D E L T A G A R E",
        "Folkhälsomyndigheten",
        "Skolverket",
    ]
    meta = read_meta(lines, "slides", lambda t: [h.slug for h in known.find(t) if h.known])
    assert meta.publishers == ("region-uppsala",)
    assert meta.issued == "2026-05-03"


def test_a_title_wrapped_after_a_dash_goes_on_after_the_blank_line() -> None:
    meta = read_meta(
        ["Kunskapsstöd inom psykisk hälsa –  ", "", "inventering 2026  ", "", "Av överenskommelsen."], None
    )
    assert meta.title == "Kunskapsstöd inom psykisk hälsa – inventering 2026"


def test_slide_deck_cover_with_dash_subtitle_and_day_month_year() -> None:
    # kraftsamling…txt:2 title, :4 "– regional kraftsamling i Västra Götaland", :9 "Göteborg 2 december 2021".
    meta = read_meta(_lines(HELDOUT / "2021-kraftsamling-psykisk-halsa-unga-vastra-gotaland.txt"), "slides")
    assert meta.title == "Tillsammans för ungas psykiska hälsa – regional kraftsamling i Västra Götaland"
    assert meta.issued == "2021-12-02"


def test_a_date_inside_running_text_is_not_the_date_of_issue() -> None:
    lines = ["Rapport om stöd", "", "Under året ordnades en konferens i april 2022 för alla regioner i landet."]
    assert read_meta(lines, None).issued is None


def test_a_title_line_ending_in_a_conjunction_goes_on_after_the_blank_line() -> None:
    # A title set in a narrow box: "… metod- och" cannot end a title, so the next line completes it.
    meta = read_meta(
        [" Kartläggning av stöd- och ", "", "behandlingsinsatser 2027 ", "", "Enligt planen ska vi."], None
    )
    assert meta.title == "Kartläggning av stöd- och behandlingsinsatser 2027"
    # A title that ends in a noun is closed by the blank line as before.
    meta = read_meta([" Kartläggning av stöd ", "", "behandlingsinsatser 2027 ", "", "Enligt planen ska vi."], None)
    assert meta.title == "Kartläggning av stöd"


def test_a_cover_naming_its_kind_in_capitals_starts_the_title_there() -> None:
    # The organisations above the kind line publish the report; the kind and the line after it title it.
    lines = ["Region Exempel", "Kommunerna i samverkan", "", "HANDLINGSPLAN", "Psykisk hälsa i Exempel län 2031", ""]
    assert read_meta(lines, None).title == "Handlingsplan – Psykisk hälsa i Exempel län 2031"
    # A subtitle in capitals under "SLUTRAPPORT 2031" ends the title; the line describing it does not join.
    lines = ["SLUTRAPPORT 2031", "STÖD TILL KOMMUNER INOM PSYKISK HÄLSA", "Redovisning enligt överenskommelsen", ""]
    assert read_meta(lines, None).title == "Slutrapport 2031 – Stöd till kommuner inom psykisk hälsa"
