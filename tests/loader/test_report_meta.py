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


def _foreword_then_pages(head: str) -> list[str]:
    """A report whose cover is not in the text: it opens with its foreword, and every page ends in
    the running head ``head`` and the page number."""
    body = ["Förord", "", "Året präglades av arbetet med första linjen.", "", "Stockholm, april 2061", ""]
    for page in (2, 3, 4):
        body += ["Texten på sidan fortsätter här med mer om arbetet.", "", f"{head} {page}", ""]
    return body


def test_a_running_head_names_its_publisher_beside_the_title(known: ActorLexicon) -> None:
    # The publisher's short name and the title, separated by a centred dot, a bar or a dash, with
    # the separator repeated before the page number: the title is the field without the publisher.
    find = lambda t: [h.slug for h in known.find(t) if h.known]  # noqa: E731
    for head in (
        "SKR · Insatser för psykisk hälsa och suicidprevention 2060 ·",
        "SKR | Insatser för psykisk hälsa och suicidprevention 2060 |",
        "SKR – Insatser för psykisk hälsa och suicidprevention 2060 –",
    ):
        meta = read_meta(_foreword_then_pages(head), "numbered-report", find)
        assert meta.title == "Insatser för psykisk hälsa och suicidprevention 2060", head
        assert meta.publishers == ("skr",), head
        assert meta.issued == "2061-04"


def test_a_page_word_and_a_second_field_of_the_running_head() -> None:
    # "… | sida 3": the page word is furniture; a second field (the area) goes on after a dash.
    meta = read_meta(_foreword_then_pages("Uppföljning av psykisk hälsa i länet 2060 | sida"), None)
    assert meta.title == "Uppföljning av psykisk hälsa i länet 2060"
    meta = read_meta(_foreword_then_pages("Handlingsplan psykisk hälsa 2060 · Östra Vättern ·"), None)
    assert meta.title == "Handlingsplan psykisk hälsa 2060 – Östra Vättern"
    # A title with a dash inside it is one field: only a dash that opens or closes the head separates.
    meta = read_meta(_foreword_then_pages("Slutrapport 2060 – Stöd till kommunerna"), None)
    assert meta.title == "Slutrapport 2060 – Stöd till kommunerna"


def test_a_slide_number_is_not_the_title_of_a_deck() -> None:
    lines = ["Bild 1", "Unga vid kusten – vi gör det ihop", "", "Region Exempel", "Kustby 4 maj 2061", "Bild 2"]
    assert read_meta(lines, "slides").title == "Unga vid kusten – vi gör det ihop"
    lines = ["Slide 1", "", "Barn i rörelse", "", "Kustby 4 maj 2061"]
    assert read_meta(lines, "slides").title == "Barn i rörelse"


def test_the_dateline_is_the_date_of_issue_not_a_footnote_date_before_it() -> None:
    # A footnote on the foreword's page cites a decision by its date; the foreword is signed below it.
    lines = [
        "SLUTRAPPORT 2060",
        "",
        "Förord",
        "Text om året.",
        "[1] Regeringsbeslut 2059-12-18, S2059/01.",
        "Sundsvall och Stockholm i februari 2061",
    ]
    assert read_meta(lines, None).issued == "2061-02"
    lines = ["RAPPORT", "1 Beslut 2059-11-02 om medel.", "Luleå, 14 mars 2061"]
    assert read_meta(lines, None).issued == "2061-03-14"
