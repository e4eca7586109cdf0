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
    years_in_text,
)
from loader.text import dehyphenate


def test_public_api() -> None:
    assert set(facts.__all__) == {
        "LANGUAGE_CODES", "age_range", "count_nouns", "duration", "free_of_charge", "languages", "observations",
        "status", "title_year", "years", "years_in_text",
    }  # fmt: skip


def test_count_nouns_come_from_the_ontology() -> None:
    # ontology/psykgraf.ttl: pg:countNoun on pg:Observation lists "kommuner" and "kanslier"
    assert {"kommuner", "kanslier", "webbinarier"} <= set(facts.count_nouns())
    # 2020-inventering…txt:1691 "Under 2015 etablerades sex regionala kanslier": a number word, a counted noun
    found = facts.observations("Under 2015 etablerades sex regionala kanslier.", "2015")
    assert [(o[1], o[2]) for o in found] == [(6.0, "kanslier")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2020-inventering…txt:58-59
        ("Temat är direkt riktat till barn i ålder 8-12 \n\når med fakta", (8, 12, "ålder 8-12 år")),
        # 2020-inventering…txt:342
        ("vad barn och unga mellan 13 och 18 år tycker om den", (13, 18, "mellan 13 och 18 år")),
        # 2020-inventering…txt:356
        ("passar för personer som är 16 år eller äldre.", (16, None, "16 år eller äldre")),
        # 2020-inventering…txt:372
        ("SDQwebb – frågeformulär 3–17 år", (3, 17, "3–17 år")),
        # 2020-inventering…txt:1072
        ("om SIP för barn upp till 18 år. Omfattning: 3-4 timmar.", (None, 18, "upp till 18 år")),
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
        "ett digitalt verktyg baserat på principerna för KBT som finns tillgängligt på arabiska, engelska och svenska."
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2020-inventering…txt:40-42 "(2005)" after the originator
        ("Modellen är \n\nframtagen i Helsingborgs stad (2005) och bygger på forskning av professor Bo", (2005,)),
        # 2020-inventering…txt:96-98: the second sentence is the one that starts the work.
        (
            "Det har dock saknats en samsyn och ett stödmaterial för hur man kan arbeta. Under 2016 inledde UPH "
            "tillsammans med professionsföreningarna ett arbete för att ta fram ett metodstöd",
            (2016,),
        ),
        # 2020-inventering…txt:164
        ("Under 2018 och 2019 har UPH arbetat fram Samarbetsvård psykisk hälsa för vård vid depression", (2018, 2019)),
        # 2020-inventering…txt:492-496: "Med utgångspunkt i detta" takes the year of the sentence before.
        (
            "På grund av det ökade antalet ensamkommande barn och unga såg UPH under hösten 2015 ett behov av ett "
            "förenklat förfarande. Med utgångspunkt i detta utvecklades e-tjänsten FamiljehemSverige som förenklar",
            (2015,),
        ),
        # 2020-inventering…txt:1759-1761
        ("Min kompass var ett personligt anpassat självhjälpsprogram som översattes till svenska under 2014", (2014,)),
        # 2022-insatser…txt:1924
        ("Tjänsten Stöd och behandling har varit i drift sedan 2015 och samtliga regioner är anslutna", (2015,)),
        # 2020-inventering…txt:400 (a relative clause of time)
        ("Sedan 2015, när webbträningen lanserades, har över 1000 kliniker använt programmet.", (2015,)),
        # 2020-inventering…txt:253: only the first time phrase ("sedan 2016 årligen" is frequency).
        (
            "Sedan 2008 har kartläggningar av vården genomförts regelbundet, sedan 2016 årligen, och med",
            (),
        ),  # "genomförts" of a recurring survey is no making verb
        # 2021-handlingsplan…txt:23: the start, not the years the money covers.
        (
            "Den gemensamma satsningen inleddes år 2016 och fyra procent av rekvirerade medlen för hela "
            "satsningen har avsatts under åren 2016, 2017, 2018 och 2019.",
            (2016,),
        ),
    ],
)
def test_years_in_text(text: str, expected: tuple[int, ...]) -> None:
    assert years_in_text(dehyphenate(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # 2020-inventering…txt:514: a figure's date is no making year.
        "I mars 2020 var 102 kommuner anslutna.",
        # 2022-insatser…txt:1846: further development of something older.
        "E-tjänsten FamiljehemSverige har fortsatt drivits och vidareutvecklats av SKR under 2021.",
        # 2022-insatser…txt:804-808: "tagits fram" without a year; 2021 is when it was used.
        "utbildningsportalen som tagits fram i samverkan med BUP-kliniker har under 2021 fortsatt att användas",
        # 2018-slutrapport…txt:343: a plan to try out what was developed.
        "Region Norrbotten och Region Skåne kommer under 2018 att pröva de insatser som utvecklats i arbetet.",
        # 2022-insatser…txt:1147: "2021 års kartläggning, med data från 2020" names no making verb.
        "2021 års kartläggning, med data från 2020, avser barn- och ungdomspsykiatrin.",
    ],
)
def test_years_in_text_none(text: str) -> None:
    assert years_in_text(text) == ()


def test_observations_number_words_and_period_dates() -> None:
    # 2020-inventering…txt:1691
    text = "Under 2015 etablerades sex regionala kanslier, ett i varje sjukvårdsområde"
    assert observations(text, "2020-03") == [("regionala kanslier", 6.0, "kanslier", "2015", "sex regionala kanslier")]
    # 2020-inventering…txt:1526-1528: the period's last year dates the count.
    text = "I första omgången av projektet Bättre vård mindre tvång 2010–2012 ingick 135 \n\nteam i något av"
    assert observations(dehyphenate(text), "2020-03")[0][1:4] == (135.0, "team", "2012")


def test_observations_new_nouns() -> None:
    # 2020-inventering…txt:647
    assert observations("I mars 2020 finns 37 teman samlade i utbildningsportalen.", None)[0][1:4] == (
        37.0, "teman", "2020-03",
    )  # fmt: skip
    # 2022-insatser…txt:1840-1842
    text = "Med hjälp av genombrott.nu har det hittills genomförts 6440 förbätt-\n\nringsidéer (enligt PDSA)"
    assert observations(dehyphenate(text), "2021")[0][:4] == ("förbättringsidéer", 6440.0, "förbättringsidéer", "2021")
    # 2022-insatser…txt:1946 (the report's typo "mer är")
    text = "Kartläggningen visar att mer är 300 enskilda program erbjuds i SoB-plattformen."
    assert observations(text, "2021")[0][:4] == ("enskilda program", 300.0, "program", "2021")


def test_observations_shares_of_respondents_only() -> None:
    # 2022-insatser…txt:393-395
    text = "Närmare 70 procent av de svarande kommunerna uppger även att det finns en lokal kommunal handlingsplan"
    assert observations(text, "2021") == [
        ("andel av de svarande kommunerna", 70.0, "procent", "2021", "Närmare 70 procent av de svarande kommunerna")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 2022-insatser…txt:1171-1175: changes over time.
        "mellan år 2017 och 2020 ökade antalet pågående patienter med 13 procent, vilket motsvarar drygt "
        "15 800 patienter.",
        # 2022-insatser…txt:1175-1179: a share of the population.
        "Under 2020 var 6,1 procent av alla barn 0-17 år i kontakt med BUP, vilket är en ökning från 5,7 procent",
        # 2022-insatser…txt:1199
        "2020 fick 66 procent av alla patienter komma på ett första besök till BUP inom 30 dagar.",
        # 2022-insatser…txt:1868
        "Dessa kommuner bebos av drygt 56 procent av Sveriges befolkning.",
        # 2019-kraftsamling…txt:1248-1249
        "I hälsoenkäten uttrycker elever i årskurs 7 en stor otrygghet (47 %) i skolan",
    ],
)
def test_observations_not_about_the_resource(text: str) -> None:
    assert observations(dehyphenate(text), "2021") == []


# --- years of updating and years printed beside a title (reading guide, Years) ---


def test_update_year_joins_the_making_year() -> None:
    # data/reports/2020-inventering-metod-och-kunskapsstod.txt, "Mötescirklar" (line 949).
    text = (
        "Under 2016 tog UPH fram mötescirklar som syftar till att skapa struktur för att uppnå trygga "
        "SIP-möten, vilka under 2018 kompletterades med två ytterligare cirklar."
    )
    assert facts.years_in_text(text, "Mötescirklar") == (2016, 2018)


def test_work_carried_on_is_no_update() -> None:
    # data/reports/2022-insatser-psykisk-halsa-suicidprevention-2021.txt, FamiljehemSverige (line 1846).
    text = "E-tjänsten FamiljehemSverige har fortsatt drivits och vidareutvecklats av SKR under 2021."
    assert facts.years_in_text(text, "FamiljehemSverige") == ()


def test_citation_year_before_the_title() -> None:
    # data/reports/2018-slutrapport-2017-riktade-insatser-psykisk-halsa.txt, line 650.
    text = "(Socialstyrelsen 2017 ”Utvecklingen av psykisk ohälsa bland barn och unga vuxna till och med 2016”)"
    assert facts.cited_years(text, ("Utvecklingen av psykisk ohälsa bland barn och unga vuxna till och med 2016",)) == (
        2017,
    )


def test_present_tense_launch_belongs_to_the_thing_before_the_verb() -> None:
    # data/reports/2021-handlingsplan-psykisk-halsa-stockholms-lan.txt, Folkhälsokollen (line 613).
    text = (
        "Stödet innebär hjälp, främst genom den nya Folkhälsokollen som lanseras våren 2021 samt kurserna "
        "Metodstöd i implementering."
    )
    assert facts.years_in_text(text, "Folkhälsokollen") == (2021,)
    assert facts.years_in_text(text, "Metodstöd i implementering") == ()


def test_making_words_come_from_the_vocabulary_and_are_inflected_by_the_grammar() -> None:
    # The verbs are lemmas on dcterms:created (pg:makingVerb); loader.grammar.verb_forms inflects
    # them: a second-conjugation past ("byggdes"), a strong particle verb ("togs … fram") and its
    # participle ("framtagen"), a compound of a making noun ("uppstartsarbetet").
    from loader.facts import year_words

    assert {"bygga", "ta fram"} <= set(year_words()["makingVerb"])
    assert years_in_text("Plattformen byggdes under 2019.") == (2019,)
    assert years_in_text("Materialet togs under 2017 fram av UPH.") == (2017,)
    assert years_in_text("Modellen är framtagen 2018 av UPH.") == (2018,)
    assert years_in_text("Under 2016 genomfördes uppstartsarbetet i tre kommuner.") == (2016,)


def test_years_after_2030_are_years() -> None:
    # A report written in 2033 dates its items 2031-2033 (blind8 inventory: "År: 2032"); a fixed
    # upper bound of 2030 lost every one of them.
    from loader import facts

    assert facts.years_in_text("Filmen togs fram 2032 av SKR.", "Filmen") == (2032,)
    assert facts.cited_years("Skriften Trygg start (2033) beskriver", ("Trygg start",)) == (2033,)
