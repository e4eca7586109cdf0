"""The slide-deck layout read against the 2019 Kraftsamling Skåne slides."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loader.layouts.slides import SlidesLayout, sector_types, unspace
from loader.model import Document, Line, Mention

REPORTS = Path(__file__).parents[2] / "data" / "reports"
SLIDES = "2019-kraftsamling-psykisk-halsa-barn-skane"


def _doc(stem: str) -> Document:
    path = REPORTS / f"{stem}.txt"
    return Document(report=stem, lines=tuple(Line(i + 1, t) for i, t in enumerate(path.read_text().split("\n"))))


@cache
def _mentions() -> tuple[Mention, ...]:
    return tuple(SlidesLayout().extract(_doc(SLIDES)))


def _named(name: str, kind: str | None = None) -> Mention:
    return next(m for m in _mentions() if m.name == name and (kind is None or m.kind == kind))


def test_unspace_letter_spaced_titles() -> None:
    # 2019-kraftsamling…txt:1570 "T I D I G  U P P T Ä C K T  F Ö R E B Y G G E R  O H Ä L S A"
    assert unspace("T I D I G  U P P T Ä C K T  F Ö R E B Y G G E R  O H Ä L S A") == (
        "TIDIG UPPTÄCKT FÖREBYGGER OHÄLSA"
    )
    # 2019-kraftsamling…txt:1565 "AT T  Ö K A  "
    assert unspace("AT T  Ö K A  ") == "ATT ÖKA"
    assert unspace("Region Skåne") == "Region Skåne"


def test_sector_headings() -> None:
    # 2019-kraftsamling…txt:552 "Fföretag" (doubled initial letter), :702 "Myndigheter"
    assert sector_types("Fföretag") == ("foretag",)
    assert sector_types("Myndigheter") == ("myndighet",)
    assert sector_types("Forskning & utbildning") == ("larosate",)
    assert sector_types("Idéburen sektor") == ("civilsamhalle",)
    assert sector_types("Näringsliv") == ("foretag",)
    assert sector_types("BRIS") is None


def test_initiative_with_participants() -> None:
    # 2019-kraftsamling…txt:207 " Kraftsamling för psykisk hälsa" above :209 "Arbetsområden"
    kraft = _named("Kraftsamling för psykisk hälsa", "initiative")
    assert kraft.source.line == 207
    participants = {a.name for a in kraft.actors if a.role == "participant"}
    # :412 "BRIS", :704 "Folkhälsomyndigheten", :666 "Region Skåne"
    assert {"BRIS", "Folkhälsomyndigheten", "Region Skåne"} <= participants
    # :407 "Totalt har fler än 160 organisationer hittills medverkat i"
    assert "160 organisationer" in kraft.description


def test_focus_areas_a_to_i() -> None:
    areas = [m for m in _mentions() if m.kind == "focus-area" and m.code and m.code.isalpha()]
    # 2019-kraftsamling…txt:223-263 "A. En samhällsdesign för hälsa och" … "I. Ett skyddsnät med täta"
    assert [m.code for m in areas] == list("ABCDEFGHI")
    assert areas[0].name == "En samhällsdesign för hälsa och välmående"
    assert areas[-1].name == "Ett skyddsnät med täta maskor"
    assert all(m.relations[0].relation == "part-of" for m in areas)
    work = [m.code for m in _mentions() if m.kind == "focus-area" and m.code and m.code.isdigit()]
    # :211 "1. Ett mer hälsofrämjande", :215 "2. Individer…", :219 "3. Hållbara stöd till de som"
    assert work == ["1", "2", "3"]


def test_delarenor_count_and_codes() -> None:
    # Sub-initiatives numbered under the work areas ("1.1 …"): the layout convention, not a word.
    arenas = [m for m in _mentions() if m.kind == "initiative" and m.code and m.code.count(".") == 1]
    # 2019-kraftsamling…txt:852 "Höstens arbete har resulterat i ett förslag på 18 delarenor"
    assert len(arenas) == 18
    codes = sorted(m.code or "" for m in arenas)
    assert codes[:5] == ["1.1", "1.2", "1.3", "1.4", "1.5"]  # :924-948
    assert codes[-1] == "3.6"  # :1038 "3.6 Rätt insatser för asylsökande och nyanlända"
    media = _named("Mediabilden av psykisk hälsa")
    # :926 "Hur får vi en saklig och rättvisande bild av psykisk hälsa/ohälsa i media?"
    assert media.code == "1.1"
    assert media.description.startswith("Hur får vi en saklig")
    assert media.source.line == 924


def test_a_delarena_does_not_take_its_sibling_as_heading() -> None:
    # :1028-1032 the slide opens with "3.1 Hela samhällets suicidprevention" and later
    # lists "3.3 Lokalt stöd för utsatta områden": 3.3 is not about suicide prevention.
    local = _named("Lokalt stöd för utsatta områden")
    assert local.code == "3.3"
    assert "suicid" not in local.heading.lower()
    assert _named("Hela samhällets suicidprevention").code == "3.1"


def test_participant_sector_types() -> None:
    # 2019-kraftsamling…txt:552 "Fföretag" then :562 "Janssen"
    assert _named("Janssen", "actor").actor_types == ("foretag",)
    # :648 "SKR/Regioner/kommuner" then :650 "Region Dalarna", :692 "Solna Stad"
    assert _named("Region Dalarna", "actor").actor_types == ("region",)
    assert _named("Solna Stad", "actor").actor_types == ("kommun",)
    # :728 "Vårdgivare" then :752-754 "Barn- och elevhälsa Nacka " / "kommun" (one name, wrapped)
    assert _named("Barn- och elevhälsa Nacka kommun", "actor").actor_types == ("vardgivare",)
    # :620 "Forskning & utbildning" then :628 "Karolinska Institutet"
    assert _named("Karolinska Institutet", "actor").actor_types == ("larosate",)


def test_pilot_municipalities() -> None:
    pilots = [m for m in _mentions() if ("type", "pilot") in m.extra]
    # :1142 "ELEVHÄLSOBASERAD MODELL I  HÄSSLEHOLMS KOMMUN", :1538 "SJÖBO KOMMUN", :2650 "Ystads kommun är"
    assert [a.name for m in pilots for a in m.actors] == [
        "Hässleholms kommun",
        "Sjöbo kommun",
        "Ystads kommun",
    ]
    # One pilot of the model, not one per municipality: :1175-1178 "Pilotkommun 2018 / 11 kommuner
    # skulle arbeta med Elevhälsobaserad modell". The model itself is a resource of form modell (:1153).
    (pilot,) = pilots
    assert (pilot.kind, pilot.name, pilot.alt_names) == (
        "initiative",
        "Elevhälsobaserad modell – pilot 2018",
        ("Pilotkommun 2018", "Pilot elevhälsobaserad modell"),
    )
    model = _named("Elevhälsobaserad modell")
    assert (model.kind, model.forms) == ("resource", ("modell",))
    # :1576 "Övergripande mål med utvecklingsarbetet är att öka elevers närvaro i skolan…"; :1596 "MÅLGRUPP"
    assert "öka elevers närvaro" in pilot.description
    assert "Målgrupp: Elever, Föräldrar, Personal" in pilot.description
    # :1175 "Pilotkommun 2018"; :1634-1635 "A R B ET S S ÄT T" / "2 0 1 8 - 2 0 1 9" in Sjöbo's part
    assert (pilot.start, pilot.end) == ("2018", "2019")
    assert [(r.relation, r.target_name) for r in pilot.relations] == [("related", "Elevhälsobaserad modell")]


def test_vip_working_groups_write_parts_of_the_programme() -> None:
    # 2019-kraftsamling…txt:2009 "2017 och 2018 startades arbetsgrupper kring:" and
    # :2011 "• Schizofreni och liknande tillstånd, färdigt i maj -19." — the group writes one
    # programme of "Vård- och insatsprogram (VIP)" (:1883), done in 2019: a resource of that year.
    part = _named("VIP Schizofreni och liknande tillstånd")
    assert part.kind == "resource"
    assert part.years == (2019,)
    assert [(r.relation, r.target_name) for r in part.relations] == [("part-of", "Vård- och insatsprogram")]
    # :2019 "• ADHD (hösten -20)"
    assert _named("VIP ADHD").years == (2020,)
    assert not [m for m in _mentions() if m.name.startswith("VIP ") and m.kind == "actor"]


def test_vip_parts_reworded() -> None:
    # A reworded deck: another programme, another lead sentence, a plain bullet glyph.
    lines = [
        "Nationella vårdprogram (NVP)",
        "",
        "Under 2021 bildades arbetsgrupper kring:",
        "• Ätstörningar, färdigt i mars -22.",
        "• Bipolär sjukdom (hösten -23)",
    ]
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    parts = {(m.kind, m.name, m.years) for m in SlidesLayout().extract(doc) if m.name.startswith("NVP ")}
    assert parts == {("resource", "NVP Ätstörningar", (2022,)), ("resource", "NVP Bipolär sjukdom", (2023,))}


def test_forte_project_with_applicant() -> None:
    # 2019-kraftsamling…txt:3073 "Tatja Hirvikoski Utmanat föräldraskap vid barnets funktionsnedsättning – …"
    project = next(m for m in _mentions() if m.name.startswith("Utmanat föräldraskap"))
    assert ("main-applicant", "Tatja Hirvikoski") in project.extra
    assert [(a.name, a.role) for a in project.actors] == [("Forte", "funder")]
    projects = [m for m in _mentions() if ("type", "forskningsprojekt") in m.extra]
    assert len(projects) == 9  # :3059-3077 six rows, :3193-3197 three rows


def test_conference_event() -> None:
    # 2019-kraftsamling…txt:2887-2889 "Kraftsamling för psykisk hälsa för alla barn i Skåne" / "2019-12-10"
    event = _named("Kraftsamling för psykisk hälsa för alla barn i Skåne", "event")
    assert event.start == "2019-12-10"
    # :880 "Region Skåne har tagit initiativ till en lokal Kraftsamling för"
    assert ("Region Skåne", "organizer") in [(a.name, a.role) for a in event.actors]
    # :1886 "Gunilla Granholm, specialistpsykolog, BUP Skåne gunilla.granholm@skane.se"
    assert any(v.startswith("Gunilla Granholm") for k, v in event.extra if k == "presenter")


def test_sources_are_quoted_and_short() -> None:
    for m in _mentions():
        assert m.source.report == SLIDES
        assert 0 < len(m.source.quote) <= 300


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "",
                "1. Ett",
                "A. En",
                "B. Två",
                "Arbetsområden",
                "Civilsamhälle",
                "organisationer",
                "BRIS",
                "1.1 Titel",
                "Hur?",
                "Huvudsökande Titel",
                "Anna Berg Ett projekt",
                "2019-12-10",
                " X",
                "SJÖBO KOMMUN",
                "Elevhälsobaserad modell",
                "MÅL",
                "• Elever",
                "Vård- och insatsprogram (VIP)",
                "2017 startades arbetsgrupper kring:",
                "• ADHD (hösten -20)",
                "Fortes stöd till forskning",
                "a b c d e",
                "x@y.se",
                "Starta upp – kickoff 9 september, 2019",
                "5 februari 2020, kl. 13",
            ]
        ),
        max_size=60,
    )
)
def test_extract_never_raises_on_slide_like_text(lines: list[str]) -> None:
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    assert isinstance(SlidesLayout().extract(doc), list)


def test_pilot_models_methods_and_teams() -> None:
    found = {(m.kind, m.name) for m in _mentions()}
    expected = {
        # 2019-kraftsamling…txt:1520 "- Utökat barnstödsteam"
        ("actor", "Utökat barnstödsteam"),
        # :1522 "- ALIS: utbildningsinsats Aktivt ledarskap i skolan"
        ("resource", "Aktivt ledarskap i skolan"),
        # :1526 "- STÅ (Samordnade tidiga åtgärder - gruppnivå)"
        ("resource", "Samordnade tidiga åtgärder - gruppnivå"),
        # :1725 "• Föreläsning om relationsskapande utifrån föräldrautbildning KOMET"
        ("resource", "KOMET"),
        # :1801 "Barnhälsoteam - förskolan", :1815 "… team – Barnhälsoteam (kollegialt lärande)"
        ("actor", "Barnhälsoteam"),
        # :1813 "Barnhälsobaserad modell för förskolan"
        ("resource", "Barnhälsobaserad modell för förskolan"),
        # :1840 "• Proaktiva teamet (pedagog, speciallärare, …)"
        ("actor", "Proaktiva teamet"),
        # :1850 "• Analys av KAM (Klippans analysmodell) …"
        ("resource", "Klippans analysmodell"),
        # :1877 "• Första linjenkonferens i Stockholm 5 december"
        ("event", "Första linjenkonferens i Stockholm"),
        # :2368 "- Generell föräldrautbildning, t ex COPE"
        ("resource", "COPE"),
        # :2456-2458 "… arbetet ex" / "PAX, YAM, Skolmodellen PALS"
        ("resource", "PAX"),
        ("resource", "YAM"),
        ("resource", "PALS"),
        # :882 "Exempel på nationella initiativ …" heads :886 "Arbetsgrupp för att tydliggöra centrala": its class
        ("initiative", "Arbetsgrupp för att tydliggöra centrala begrepp inom psykisk hälsa-området"),
        # :3075 '… "Attempted suicide short intervention program" (ASSIP) …'
        ("resource", "Attempted suicide short intervention program"),
    }
    assert expected <= found
    # :1522 ALIS is the course's abbreviation; :1850 KAM the model's
    assert _named("Aktivt ledarskap i skolan").alt_names == ("ALIS",)
    assert _named("Klippans analysmodell").forms == ("modell",)
    # :1524 "- Gemensam kompetensutveckling" and :1934 "Traditionella vårdprogram" name no thing
    names = {name for _, name in found}
    assert not {"Gemensam kompetensutveckling", "Traditionella vårdprogram"} & names


def test_adhd_guideline_list() -> None:
    # 2019-kraftsamling…txt:2250 "Aktuella kunskapsstöd, VIP ADHD" and the list :2252-2268
    docs = {m.name: m for m in _mentions() if m.kind == "resource"}
    # :2254 "Socialstyrelsen, Stöd till barn, ungdomar och vuxna med adhd (2014)"
    stod = docs["Stöd till barn, ungdomar och vuxna med adhd"]
    assert stod.years == (2014,)
    assert [(a.name, a.role) for a in stod.actors] == [("Socialstyrelsen", "producer")]
    # :2252 "SBU-rapport nr 217 (2013) Litteraturöversikt.", :2258 "Läkemedelsverket, Läkemedel vid
    # adhd – behandlingsrekommendation (2016)", :2260 "… (SFBUP), Riktlinje ADHD (2016)",
    # :2268 "NICE´s guideline ADHD (2018)"
    assert {
        "SBU-rapport nr 217",
        "Läkemedel vid adhd – behandlingsrekommendation",
        "Riktlinje ADHD",
        "NICE´s guideline ADHD",
    } <= set(docs)
    # :2260 "Svenska föreningen för barn- och ungdomspsykiatri (SFBUP), Riktlinje ADHD (2016)"
    riktlinje = docs["Riktlinje ADHD"]
    assert [(a.name, a.role) for a in riktlinje.actors] == [
        ("Svenska föreningen för barn- och ungdomspsykiatri", "producer")
    ]
    assert riktlinje.years == (2016,)
    # :2264 " Regionala vårdprogram" carries no title or year: not a document
    assert "Regionala vårdprogram" not in docs


def test_untitled_lectures_are_activities_not_events() -> None:
    names = {(m.kind, m.name) for m in _mentions()}
    # 2019-kraftsamling…txt:1723 "• Föreläsning om Oroliga och ängsliga barn": a title, an event.
    assert ("event", "Föreläsning om Oroliga och ängsliga barn") in names
    # :1386 "Föreläsning för all personal kring relationell pedagogik", :1382 "Workshop med BUS och Första
    # linjen för åk F-3": who attends, no title; :1725 "• Föreläsning om relationsskapande utifrån …": a topic.
    events = {n for k, n in names if k == "event"}
    assert not [n for n in events if n.startswith(("Föreläsning för", "Workshop med", "Föreläsning om relations"))]
