"""Generic facts read from descriptions, on real report sentences."""

from __future__ import annotations

import pytest

from loader import facts
from loader.facts import (
    age_range,
    duration,
    free_of_charge,
    languages,
    observations,
    status,
    title_year,
    years,
)
from loader.text import dehyphenate


def test_public_api() -> None:
    assert set(facts.__all__) == {
        "LANGUAGE_CODES", "age_range", "duration", "free_of_charge", "languages", "observations",
        "status", "title_year", "years",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2020-inventering…txt:58-59
        ("Temat är direkt riktat till barn i ålder 8-12 \n\når med fakta", (8, 12, "8-12 år")),
        # 2020-inventering…txt:342
        ("vad barn och unga mellan 13 och 18 år tycker om den", (13, 18, "mellan 13 och 18 år")),
        # 2020-inventering…txt:356
        ("passar för personer som är 16 år eller äldre.", (16, None, "16 år eller äldre")),
        # 2020-inventering…txt:372
        ("SDQwebb – frågeformulär 3–17 år", (3, 17, "3–17 år")),
        # 2020-inventering…txt:1072
        ("om SIP för barn upp till 18 år. Omfattning: 3-4 timmar.", (0, 18, "upp till 18 år")),
        # 2021-handlingsplan…txt:289
        ("ett utökat första linje uppdrag riktat till barn från 6 år.", (6, None, "från 6 år")),
        # 2021-handlingsplan…txt:202
        ("Barn och unga 0–24 år", (0, 24, "0–24 år")),
    ],
)
def test_age_range(text: str, expected: tuple[int | None, int | None, str]) -> None:
    assert age_range(dehyphenate(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "• Projekt 3-4 år",  # 2019-kraftsamling…txt:3208: a project period, not ages
        "I arbetet med 2016-2018 års överenskommelser",  # 2022-insatser…txt:369
        "Under ett år drabbas en miljon svenskar",  # 2018-slutrapport…txt:89
    ],
)
def test_age_range_none(text: str) -> None:
    assert age_range(text) is None


def test_languages_subtitles() -> None:
    # 2020-inventering…txt:1126-1128
    text = "Filmen finns textad på arabiska, somaliska, tigrinja, romani, dari, \n\nengelska och svenska."
    assert languages(dehyphenate(text)) == ("ar", "so", "ti", "rom", "fa-AF", "en")


def test_languages_available_in() -> None:
    # 2018-slutrapport…txt:512
    text = (
        "ett digitalt verktyg baserat på principerna för KBT som "
        "finns tillgängligt på arabiska, engelska och svenska."
    )
    assert languages(text) == ("ar", "en")


@pytest.mark.parametrize(
    "text",
    [
        # 2018-slutrapport…txt:518: a plan, not availability
        "Dessa kommer under 2018 också översättas till arabiska, dari, tigrinja och somaliska.",
        # 2020-inventering…txt:1759: only Swedish
        "Min kompass var ett personligt anpassat självhjälpsprogram som översattes till svenska under 2014",
        # 2018-slutrapport…txt:1046: an organisation's name, capitalised
        "Svensk Somaliska läkarföreningen",
    ],
)
def test_languages_none(text: str) -> None:
    assert languages(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SkolFam är kostnadsfri och fri för alla att använda.", True),  # 2020-inventering…txt:48
        ("sparar inte personuppgifter och är helt gratis att använda.", True),  # 2020-inventering…txt:360
        ("verktyget är kostnadsfritt att använda.", True),  # 2020-inventering…txt:384
        ("Utbildningen ges mot avgift.", False),
        ("Filmen är 48 min. Länk till filmen.", None),  # 2020-inventering…txt:1168
    ],
)
def test_free_of_charge(text: str, expected: bool | None) -> None:
    assert free_of_charge(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("möjligheter en SIP kan ge. Omfattning: ca 60 minuter. Länk till", ("PT60M", "60 minuter")),  # :1032
        (
            "förkunskap om SIP. Omfattning: 4 timmar. Länk till",
            ("PT4H", "4 timmar"),
        ),  # 2020-inventering…txt:1044
        ("Filmen är 48 min. Länk till filmen.", ("PT48M", "48 min")),  # 2020-inventering…txt:1168
        ("Omfattning: cirka 8 respektive 35 minuter.", None),  # 2020-inventering…txt:1024
        ("om SIP för barn upp till 18 år. Omfattning: 3-4 timmar.", None),  # 2020-inventering…txt:1072
        ("Metodstöd för elevhälsan", None),
    ],
)
def test_duration(text: str, expected: tuple[str, str] | None) -> None:
    assert duration(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("www.metodstod.se. Metodstödet är i mars 2020 ännu inte färdigställt.", "under-utveckling"),  # :106
        ("Verktyg som inte längre är i bruk", "ej-i-bruk"),  # 2020-inventering…txt:1736
        ("Tjänsten lades ned 2019.", "ej-i-bruk"),
        ("Webbplatsen finns inte längre.", "ej-i-bruk"),
        ("SkolFam drivs numera av Allmänna Barnhuset.", None),  # 2020-inventering…txt:46
    ],
)
def test_status(text: str, expected: str | None) -> None:
    assert status(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # 2020-inventering…txt:1189
        (
            "Använd SIP – ett verktyg vid samverkan, 0-18 år (2019)",
            ("Använd SIP – ett verktyg vid samverkan, 0-18 år", (2019,)),
        ),
        # 2020-inventering…txt:250-251
        (
            "Psykiatrin i siffror – kartläggning av den specialpsykiatriska vården (2008 och framåt)",
            ("Psykiatrin i siffror – kartläggning av den specialpsykiatriska vården", (2008,)),
        ),
        # 2020-inventering…txt:279
        (
            "”Hur mår BUP?” – Rapport om dagsläget på BUP (2017)",
            ("”Hur mår BUP?” – Rapport om dagsläget på BUP", (2017,)),
        ),
        ("Deplyftet (2013-2016)", ("Deplyftet", (2013, 2016))),
        (
            "SDQwebb – frågeformulär 3–17 år",
            ("SDQwebb – frågeformulär 3–17 år", ()),
        ),  # 2020-inventering…txt:372
        ("Barnombudsmannen (BO)", ("Barnombudsmannen (BO)", ())),  # 2018-slutrapport…txt:1001
    ],
)
def test_title_year(title: str, expected: tuple[str, tuple[int, ...]]) -> None:
    assert title_year(title) == expected


def test_years() -> None:
    assert years("unga (2012)") == (2012,)  # 2020-inventering…txt:192
    assert years("(2014, 2016) och (1850)") == (2014, 2016)
    assert years("Kartläggning 2016 Barn- och ungdomspsykiatri") == ()  # 2018-slutrapport…txt:285


def test_observations_month_date() -> None:
    # 2020-inventering…txt:512-514
    text = "I mars \n\n2020 var 102 kommuner anslutna. Länk till FamiljehemSverige."
    assert observations(dehyphenate(text), None) == [
        ("anslutna kommuner", 102.0, "kommuner", "2020-03", "102 kommuner anslutna")
    ]


def test_observations_two_counts() -> None:
    # 2020-inventering…txt:529-531
    text = (
        "verksamheter som arbetar inom psykiatrin. I mars 2020 är 749 arbetsplatser \n\n"
        "ansluta till genombrott.nu med totalt 4924 genomförda förbättringsarbeten."
    )
    assert [(m, v, d) for m, v, _, d, _ in observations(dehyphenate(text), None)] == [
        ("anslutna arbetsplatser", 749.0, "2020-03"),
        ("genomförda förbättringsarbeten", 4924.0, "2020-03"),
    ]


def test_observations_end_of_year_and_thousands() -> None:
    # 2022-insatser…txt:1856-1867
    text = (
        "Under året hade hemsidan FamiljehemSverige30 cirka 37 000 unika besökare. "
        "I slutet av året var 122 kommuner anslutna till FamiljehemSverige."
    )
    assert [(m, v, u, d) for m, v, u, d, _ in observations(text, "2021")] == [
        ("unika besökare", 37000.0, "besökare", "2021"),
        ("anslutna kommuner", 122.0, "kommuner", "2021-12-31"),
    ]
    assert observations("vid utgången av 2021 var 122 kommuner anslutna.", None)[0][3] == "2021-12-31"


def test_observations_money() -> None:
    # 2021-handlingsplan…txt:5-6
    text = (
        "Överenskommelsen för år 2020 innebär att Region Stockholm och kommunerna inom Stockholms län kan "
        "ta del av medel på sammanlagt 369 miljoner kronor."
    )
    assert observations(text, None) == [("MSEK", 369.0, "MSEK", "2020", "sammanlagt 369 miljoner kronor")]
    # 2021-handlingsplan…txt:19
    text = "har därför beslutat att avsätta 6,4 miljoner kronor av länsgemensamma statliga medel"
    assert observations(text, "2020") == [("MSEK", 6.4, "MSEK", "2020", "6,4 miljoner kronor")]


def test_observations_over_participants() -> None:
    # 2022-insatser…txt:2158-2160
    text = "anordnats på temat Existentiell hälsa med över 1000 deltagare."
    assert observations(text, "2021") == [("deltagare", 1000.0, "deltagare", "2021", "över 1000 deltagare")]
    assert observations("med över 2 000 deltagare under 2021", None)[0][1:4] == (2000.0, "deltagare", "2021")


@pytest.mark.parametrize(
    "text",
    [
        "SDQwebb – frågeformulär 3–17 år",  # 2020-inventering…txt:372: ages
        "1.3 Samverkan och kommunikation\t9",  # 2018-slutrapport…txt:38: section and page numbers
        "Post: 118 82 Stockholm | Besök: Hornsgatan 20",  # 2018-slutrapport…txt:1127: postcode
        "Sedan 2014 är psykisk ohälsa den vanligaste orsaken till sjukskrivning i Sverige.",  # 2018…txt:87
        "Telefon 08-452 70 00 kommuner",
    ],
)
def test_observations_conservative(text: str) -> None:
    assert observations(text, "2020") == []


def test_observations_need_a_date() -> None:
    # 2022-insatser…txt:1866 without its report's date
    assert observations("I slutet av året var 122 kommuner anslutna.", None) == []
