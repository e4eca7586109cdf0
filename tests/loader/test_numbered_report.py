"""The numbered-report layout read against the 2021 annual report and the 2017 final report."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loader.layouts.numbered_report import NumberedReportLayout
from loader.layouts.numbered_segment import parse as _parse
from loader.model import Document, Line, Mention, Relation

REPORTS = Path(__file__).parents[2] / "data" / "reports"
ANNUAL = "2022-insatser-psykisk-halsa-suicidprevention-2021"
FINAL = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
LAYOUT = NumberedReportLayout()


@cache
def _doc(stem: str) -> Document:
    path = REPORTS / f"{stem}.txt"
    return Document(report=stem, lines=tuple(Line(i + 1, t) for i, t in enumerate(path.read_text().split("\n"))))


@cache
def _mentions(stem: str) -> tuple[Mention, ...]:
    return tuple(LAYOUT.extract(_doc(stem)))


def _one(stem: str, kind: str, name: str) -> Mention:
    found = [m for m in _mentions(stem) if m.kind == kind and (m.name == name or name in m.alt_names)]
    assert len(found) == 1, [m.name for m in _mentions(stem) if m.kind == kind]
    return found[0]


def test_section_counts() -> None:
    # 2022…txt:225 "1.1 SKR:s arbete …" to :2036 "2.12 Kraftsamling för psykisk hälsa": 35 numbered
    # headings in the body; the contents page (:64–106) is not counted twice
    annual = [h for h in _parse(_doc(ANNUAL)).headings if h.kind == "numbered"]
    assert len(annual) == 35
    assert (annual[0].line, annual[-1].number) == (225, "2.12")
    # 2018…txt:75 "1.1 Disposition" … :606 "3.3.14 Övriga utvecklingsarbeten"; there is no 3.3.3 in the text
    final = [h for h in _parse(_doc(FINAL)).headings if h.kind == "numbered"]
    assert len(final) == 20
    assert "3.3.3" not in {h.number for h in final}


def test_final_report_focus_areas_are_the_agreements_headings() -> None:
    areas = [m for m in _mentions(FINAL) if m.kind == "focus-area"]
    # 2018…txt:159–170 lists the agreement's 12 areas; they are the headings 3.3.1–3.3.13 (no 3.3.3 in the
    # report); 3.3.14 "Övriga utvecklingsarbeten" (:606) is not an area of the agreement
    assert [m.code for m in areas] == ["3.3.1", "3.3.2", *(f"3.3.{i}" for i in range(4, 14))]
    by_code = {m.code: m for m in areas}
    # 2018…txt:376
    assert by_code["3.3.6"].name == "Äldres psykiska hälsa och speciella behov av insatser vid psykisk ohälsa"
    # 2018…txt:303 (heading says "psykisk hälsa" where the list at :161 says "psykisk ohälsa")
    assert by_code["3.3.4"].name.startswith("Primärvårdens möjlighet att effektivt möta psykisk hälsa")
    # 2018…txt:15 names the agreement by its title in quotes: the layout uses that name.
    title = "Stöd till riktade insatser inom området psykisk ohälsa 2017 - Överenskommelse mellan staten och "
    title += "Sveriges Kommuner och Landsting 2017"
    assert all(Relation("agreement", "agreement", title) in m.relations for m in areas)


def test_final_report_agreement() -> None:
    # 2018…txt:15 '”Stöd till … 2017 - Överenskommelse mellan staten och Sveriges Kommuner och Landsting 2017”
    # (SKL dnr 16/06741)'; the ISBN at :1122 belongs to the report. Parties and other phrases: test_agreements.
    agreement = [m for m in _mentions(FINAL) if m.kind == "agreement"]
    assert len(agreement) == 1
    assert agreement[0].name.startswith("Stöd till riktade insatser inom området psykisk ohälsa 2017")
    assert agreement[0].identifiers == ("SKL dnr 16/06741",)
    assert (agreement[0].start, agreement[0].end, agreement[0].years) == ("2017", "2017", (2017,))


def test_annual_report_agreement() -> None:
    # 2022…txt:145 "Överenskommelsen för 2021 var tvåårig", :153 "överenskommelsen 2021-2022"; the longest
    # phrase for it, :415–417 "överenskommelsen om insatser för psykisk hälsa och suicid-prevention för 2021"
    main = _one(ANNUAL, "agreement", "Överenskommelsen om insatser för psykisk hälsa och suicidprevention för 2021")
    assert (main.start, main.end) == ("2021", "2022")
    # 2022…txt:174–178 footnote 1: the agreement's page
    assert main.urls == (
        "https://www.uppdragpsykiskhalsa.se/omoss/overenskommelser/overenskommelsen-for-psykisk-halsa-2021/",
    )


def test_familjehemsverige_with_footnote_url_and_figures() -> None:
    m = _one(ANNUAL, "resource", "FamiljehemSverige")
    # 2022…txt:1885–1887 footnote 30 "Webbplatsen FamiljehemSverige.se https://familjehemsverige.se/"
    assert "https://familjehemsverige.se/" in m.urls
    # 2022…txt:1866 "I slutet av året var 122 kommuner anslutna till FamiljehemSverige."
    assert "122 kommuner anslutna" in m.description
    assert m.source.section == "2.10.2 E-tjänsten FamiljehemSverige"
    assert m.source.page == 30  # 2022…txt:1964 running header "… 2021 32", two page starts earlier


def test_wrapped_footnote_url_is_rejoined() -> None:
    m = _one(ANNUAL, "resource", "Förebygga suicid i fysisk miljö")
    # 2022…txt:1386–1388 ".../forebyggasuicidifysiskmiljo.2" + "8586.html", repeated unwrapped at :1396
    assert m.urls == (
        "https://skr.se/tjanster/merfranskr/rapporterochskrifter/publikationer/forebyggasuicidifysiskmiljo.28586.html",
    )
    report = [m for m in _mentions(ANNUAL) if m.urls and "F%C3%B6rsta-linjen-2020" in m.urls[0]]
    # 2022…txt:697–699 wrapped after "...F%C3%B6rsta-linjen-2020-"
    assert (
        report[0]
        .urls[0]
        .endswith("-2020-nul%C3%A4gesbeskrivning-av-h%C3%A4lso-och-sjukv%C3%A5rdens-f%C3%B6rsta-linje.pdf")
    )


def test_no_glued_footnote_digits_in_descriptions() -> None:
    # 2022…txt:215 "SKR:s förbättringsverktyg Genombrott2."
    genombrott = _one(ANNUAL, "resource", "Genombrott.nu")
    assert "https://www.genombrott.nu/" in genombrott.urls
    for m in (*_mentions(ANNUAL), *_mentions(FINAL)):
        assert not re.search(r"[A-Za-zåäöÅÄÖ]{3,}\d{1,2}\b", m.description), (m.name, m.description)
        assert not re.search(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]", m.description)


def test_initiative_parts() -> None:
    # 2022…txt:1341–1343 "inom initiativet Kraftsamling för psykisk hälsa och delarenan Hela samhällets
    # suicidprevention"; the reports have no I-nod (ACT, F-ACT, Puzzel, PrinSIP) to split
    # suicidprevention"; a delarena is a working group (glossary), an actor of type natverk (pg:Actor
    # pg:cueNoun "delarena" in ontology/psykgraf.ttl)
    whole = _one(ANNUAL, "initiative", "Kraftsamling för psykisk hälsa")
    assert Relation("has-part", "actor", "Hela samhällets suicidprevention") in whole.relations
    part = _one(ANNUAL, "actor", "Hela samhällets suicidprevention")
    assert part.actor_types == ("natverk",)
    assert Relation("part-of", "initiative", whole.name) in part.relations
    # 2022…txt:2097–2102 footnotes 35 and 36 glued as "hälsa3536" at :2040
    assert len(whole.urls) == 2
    # 2022…txt:1519 "projekttiden 2018-2021"
    project = _one(ANNUAL, "initiative", "Arbetsmiljö och Hälsa i Fokus")
    assert (project.start, project.end) == ("2018", "2021")


def test_final_report_products_and_events() -> None:
    # 2018…txt:241 "[Förstalinjeboken](#)⁷" and :243 "Första linjeboken"
    book = _one(FINAL, "resource", "Förstalinjeboken")
    assert "Första linjeboken och verktygsbanken" in book.description
    # 2018…txt:361 "Studiehemsidan <http://www.kollegiasamtal.se>"
    assert _one(FINAL, "resource", "Kollegiasamtal.se").urls == ("http://www.kollegiasamtal.se",)
    # 2018…txt:123 "ledarutbyte, som genomförs 28 maj -1 juni 2018"
    exchange = _one(FINAL, "event", "IIMHL och IIDLs ledarutbyte")
    assert (exchange.start, exchange.end) == ("2018-05-28", "2018-06-01")


def test_final_report_stops_before_appendices_and_skips_contents() -> None:
    lines = [m.source.line for m in _mentions(FINAL)]
    assert max(lines) < 711  # 2018…txt:711 "Bilagor"
    assert not [n for n in lines if 33 <= n <= 63]  # 2018…txt:33–63 "Innehåll"


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=80),
            st.sampled_from(
                [
                    "1.1 Rubrik",
                    "2.3 Titel ........ 4",
                    "1 Webbplatsen X",
                    "https://x.se/a-",
                    "b/",
                    "Bilaga 1",
                    "E-tjänsten Foo1 är bra.",
                    "¹ fot",
                    "projektet Abc har",
                    "rapporten ”Q”",
                    "[x](#)",
                    " ",
                    "Rapport 2021 3",
                    "överenskommelsen 2021-2022",
                    "SKL dnr 1/2",
                ]
            ),
        ),
        max_size=40,
    )
)
def test_extract_never_raises(lines: list[str]) -> None:
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    assert 0.0 <= LAYOUT.score(doc) <= 1.0
    for m in LAYOUT.extract(doc):
        assert len(m.source.quote) <= 300


def test_heading_over_a_lower_case_address_starts_a_section() -> None:
    # 2018…txt:626 "Genombrott.nu" over :628 "www.genombrott.nu är ett [webbverktyg](#) …"
    heads = {h.line: h.title for h in _parse(_doc(FINAL)).headings}
    assert heads[626] == "Genombrott.nu"
    # 2018…txt:622 "Din rätt": the initiative keeps its own paragraph (:624) and not Genombrott.nu's figures
    din_ratt = _one(FINAL, "initiative", "Din Rätt")
    assert "Allmänna Arvsfonden" in din_ratt.description
    assert "227" not in din_ratt.description and "äldreomsorg" not in din_ratt.description
    # 2018…txt:628 "… under 2017 var det 320 arbetsplatser …" belongs to Genombrott.nu (heading :380 and :626)
    assert "320 arbetsplatser" in _one(FINAL, "resource", "Genombrott.nu").description


def test_stacked_headings_split_sections() -> None:
    # 2018…txt:325 "Arbete och sjukfrånvaro" directly over :327 "Forskningsöversikt"
    heads = {h.line: h.title for h in _parse(_doc(FINAL)).headings}
    assert (heads[325], heads[327]) == ("Arbete och sjukfrånvaro", "Forskningsöversikt")
    # 2018…txt:319 "Samarbetsmodell Collaborative Care"; :329 belongs to the next section
    care = _one(FINAL, "resource", "Collaborative Care")
    assert care.forms == ("modell",)
    assert "Samarbetsmodell Collaborative Care" in care.alt_names
    assert "Forskningsöversikt" not in care.description


def test_method_headings_name_products() -> None:
    # 2022…txt:1594 "2.9.1 Riskorienterat arbetssätt", :1600 "Arbetet kallas Riskorienterat arbetssätt"
    risk = _one(ANNUAL, "resource", "Riskorienterat arbetssätt")
    assert risk.forms == ("modell",)
    assert "42 kommuner och regioner" in risk.description  # :1632
    # 2022…txt:1658 "2.9.2 Kollegial handledning", :1664 "utbildningar i metoden kollegial handledning"
    assert "80 personer" in _one(ANNUAL, "resource", "Kollegial handledning").description  # :1678
    # 2018…txt:351 "ReDO-metoden"; :357 "pröva en metod, kollegiala samtalsgrupper"
    assert _one(FINAL, "resource", "ReDO-metoden").forms == ("modell",)
    assert _one(FINAL, "resource", "Kollegiala samtalsgrupper").forms == ("modell",)
    # 2022…txt:1503 "Projektet, kallat Arbetsmiljö och Hälsa i Fokus": a project, not a method
    assert not [m for m in _mentions(ANNUAL) if m.kind == "resource" and m.name == "Arbetsmiljö och Hälsa i Fokus"]


def test_made_products_and_named_instruments() -> None:
    # 2018…txt:536 "Mötescirklar SIP", :538 "har UPH utvecklat och förbättrat de mötescirklar";
    # :137 "Se exempelvis [mötescirkeln](#) som stödjer SIP-möten"
    assert "Mötescirkeln" in _one(FINAL, "resource", "Mötescirklar SIP").alt_names
    # 2022…txt:1289–1291 "SKR:s utbildningsfilmer för SIP-samordnare som togs fram 2020"
    films = _one(ANNUAL, "resource", "Utbildningsfilmer för SIP-samordnare")
    assert (films.forms, films.years) == (("film",), (2020,))
    # 2022…txt:727–729 "En intervjumetod, kallad BCFPI, …"
    # a method: the form the ontology gives the head noun "metod" (resource-form.ttl, :modell :cueNoun "metod")
    assert _one(ANNUAL, "resource", "BCFPI").forms == ("modell",)


def test_population_figures_stay_out_of_product_descriptions() -> None:
    siffror = _one(ANNUAL, "resource", "Psykiatrin i siffror")
    # 2022…txt:1175–1177 "Under 2020 var 6,1 procent av alla barn 0-17 år i kontakt med BUP"
    assert "6,1 procent" not in siffror.description
    # 2022…txt:1199–1203 "… första besök till BUP inom 30 dagar …"
    assert "30 dagar" not in siffror.description
    # 2022…txt:1205 "I rapporten beskrivs tre olika sätt …" refers back to the report
    assert "I rapporten beskrivs" in siffror.description
    # 2022…txt:1946 a figure naming the product ("via SoB mer än trefaldigats") stays
    assert "trefaldigats" in _one(ANNUAL, "resource", "Stöd och behandling").description


def test_years_when_products_were_made() -> None:
    # 2022…txt:1924 "Tjänsten Stöd och behandling har varit i drift sedan 2015"
    assert _one(ANNUAL, "resource", "Stöd och behandling").years == (2015,)
    # 2022…txt:1582 "2018 tog SKR fram Forskningsöversikt: arbete och sjukfrånvaro"
    assert _one(ANNUAL, "resource", "Forskningsöversikt: Arbete och sjukfrånvaro").years == (2018,)
    # 2018…txt:632 "startade i november 2015 och lanserades i februari 2016"
    assert _one(FINAL, "resource", "Familjehemsverige.se").years == (2016,)
    # 2022…txt:1425 "Under 2020 tog SKR fram en digital utbildning i stödmaterialet Traumastödet": the
    # training's year, not Traumastödet's
    assert _one(ANNUAL, "resource", "Traumastödet").years == ()


def test_an_unnamed_webinar_series_is_named_by_its_subject() -> None:
    # 2022-insatser…txt:1248-1253 "Under året | anordnades tre webbinarier om SIP, med tre olika teman –
    # Samordnad indivi-|duell plan – hur går det?, SIP och samverkan … samt Implementering av SIP": the
    # themes are the events (tests/eval/README.md), the unnamed series is no event besides them.
    assert not [m for m in _mentions(ANNUAL) if m.kind == "event" and m.name == "Webbinarier om SIP"]
    _one(ANNUAL, "event", "Implementering av SIP")
    # :1068 "• Anordna tre webbinarier kring psykiatrisk tvångsvård där praktiska exempel …"
    _one(ANNUAL, "event", "Webbinarier kring psykiatrisk tvångsvård")
    # :1739 "SKR anordnade sammanlagt 16 webbinarier inom delprojektet": no subject, no name
    assert not [m for m in _mentions(ANNUAL) if m.kind == "event" and "delprojektet" in m.name]


def test_model_heading_marked_pilot_is_the_model() -> None:
    # 2018-slutrapport…txt:293 "Elevhälsobaserad modell för första linjen – pilot": the heading names a
    # model (head noun "modell") being piloted; the model is a resource of form modell, not an initiative.
    model = _one(FINAL, "resource", "Elevhälsobaserad modell för första linjen")
    assert model.forms == ("modell",)
    assert not [m for m in _mentions(FINAL) if m.name.endswith("– pilot")]


def test_model_heading_marked_pilot_reworded() -> None:
    # The same heading reworded: another adjective, another form noun of the vocabulary ("metod").
    doc = _doc(FINAL)
    lines = tuple(
        Line(ln.number, "Skolbaserad metod för tidiga insatser – pilot") if ln.number == 293 else ln for ln in doc.lines
    )
    found = [m for m in LAYOUT.extract(Document(report=FINAL, lines=lines)) if "Skolbaserad" in m.name]
    assert [(m.kind, m.name, m.forms) for m in found] == [
        ("resource", "Skolbaserad metod för tidiga insatser", ("modell",))
    ]


def test_adjective_and_form_noun_heading_is_a_resource() -> None:
    # 2022-insatser…txt:549 "2.2.1 Elevhälsobaserad modell för psykisk hälsa": its head noun "modell" is a
    # form of the vocabulary, so the heading names a model (a resource of form modell).
    model = _one(ANNUAL, "resource", "Elevhälsobaserad modell för psykisk hälsa")
    assert model.forms == ("modell",)


def test_adjective_and_form_noun_heading_reworded() -> None:
    # The same heading with another adjective and another form noun; a plural heading stays a topic.
    doc = _doc(ANNUAL)
    new = {549: "2.2.1 Skolbaserad metod för tidig upptäckt", 886: "2.2.5 Digitala utbildningar i Stockholm"}
    lines = tuple(Line(ln.number, new[ln.number]) if ln.number in new else ln for ln in doc.lines)
    found = {(m.kind, m.name) for m in LAYOUT.extract(Document(report=ANNUAL, lines=lines))}
    assert ("resource", "Skolbaserad metod för tidig upptäckt") in found
    assert ("resource", "Digitala utbildningar i Stockholm") not in found


def test_footnote_page_glued_to_a_meeting_noun_is_an_event() -> None:
    # 2022-insatser…txt:251-253 "… tematiska, digitala ”Öppna samordnings-\nmöten”3" and footnote :304 "3 Uppdrag
    # Psykisk Hälsas webbplats, Öppen samordning för psykisk hälsa": the page is about a meeting series.
    assert _one(ANNUAL, "event", "Öppen samordning för psykisk hälsa").kind == "event"
    # :1349 "… inom Öppen samordning för psykisk hälsa20 …" cites the same page: the same event, no resource.
    assert not [m for m in _mentions(ANNUAL) if m.name == "Öppen samordning för psykisk hälsa" and m.kind != "event"]


def test_listed_themes_of_a_counted_event_series_are_events() -> None:
    # 2022-insatser…txt:1250-1253 "anordnades tre webbinarier om SIP, med tre olika teman – Samordnad indivi-|duell
    # plan – hur går det?, SIP och samverkan vid samsjuklighet, missbruk och beroende samt Implementering av SIP."
    # and :1068-1081 "Anordna tre webbinarier kring psykiatrisk tvångsvård … Teman: Psykiatrisk tvångsvård och
    # mänskliga rättigheter, Att minska … psykiatrins? och Trygg och meningsfull heldygnsvård …"
    events = {m.name for m in _mentions(ANNUAL) if m.kind == "event"}
    assert {
        "Samordnad individuell plan – hur går det?",
        "SIP och samverkan vid samsjuklighet, missbruk och beroende",
        "Implementering av SIP",
        "Psykiatrisk tvångsvård och mänskliga rättigheter",
        "Att minska behovet av tvångsvård och tvångsåtgärder – ett samhällsansvar eller bara psykiatrins?",
        "Trygg och meningsfull heldygnsvård vid allvarliga tillstånd och samsjuklighet",
    } <= events


def test_listed_themes_reworded() -> None:
    # A new report's wording: another count, another event noun, "Teman:" after a colon and "samt".
    lines = [
        "1.1 Inledning",
        "",
        "Under året höll SKR fyra seminarier om nära vård. Teman: Vård i hemmet, Stöd till anhöriga, "
        "Digitala vårdmöten samt Samverkan kring äldre.",
        "",
        "Vården är nära.",
    ]
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    events = {m.name for m in LAYOUT.extract(doc) if m.kind == "event"}
    assert {"Vård i hemmet", "Stöd till anhöriga", "Digitala vårdmöten", "Samverkan kring äldre"} <= events


def test_quoted_theme_names_a_meeting_whatever_its_case() -> None:
    # 2022-insatser…txt:856-858 "har SKR vid två tillfällen anordnat digitala möten med tema ”effektivare vård för
    # patienter med adhd”"
    assert _one(ANNUAL, "event", "Effektivare vård för patienter med adhd").source.line in (856, 857, 858)


def test_network_named_in_title_case_keeps_its_whole_name() -> None:
    # A capitalised cue noun inside a title-case name ("nätverk" is a pg:Actor cue noun): the name is the
    # whole capitalised run, and the network is an actor of type natverk.
    lines = ["1.1 Samverkan", "", "Regionen deltar i det så kallade ”Nordiskt Nätverk Unga Vuxna” sedan 2020.", ""]
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    found = [(m.kind, m.name, m.actor_types) for m in LAYOUT.extract(doc) if m.kind == "actor"]
    assert found == [("actor", "Nordiskt Nätverk Unga Vuxna", ("natverk",))]


def test_working_groups_named_by_owner_and_purpose_are_networks() -> None:
    # 2022-insatser…txt:361 "(SIGHT) nätverk för global psykisk hälsa", :862 "Nationell arbetsgrupp adhd (NAG adhd)",
    # :1992 "SKR:s programgrupp för nära vård tillsammans med"
    actors = {m.name: m.actor_types for m in _mentions(ANNUAL) if m.kind == "actor"}
    for name in (
        "SIGHT nätverk för global psykisk hälsa",
        "Nationell arbetsgrupp adhd",
        "SKR:s programgrupp för nära vård",
    ):
        assert actors.get(name) == ("natverk",), name


def test_working_group_reworded() -> None:
    # Another owner, another group noun of the ontology (pg:Actor pg:cueNoun "styrgrupp"), a clause after it.
    lines = ["1.1 Styrning", "", "Arbetet leds av Regionens styrgrupp för suicidprevention som möts varje månad.", ""]
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    assert [(m.name, m.actor_types) for m in LAYOUT.extract(doc) if m.kind == "actor"] == [
        ("Regionens styrgrupp för suicidprevention", ("natverk",))
    ]


def test_two_footnotes_citing_one_product_under_shortened_titles_are_one() -> None:
    # 2022-insatser…txt:293-295 "gemensamma begrepp inom området psykisk hälsa4" with footnote :307 "SKR:s webbplats,
    # Begrepp psykisk hälsa" and footnote :310 "PM:et Begrepp inom område psykisk hälsa" a sentence later
    pm = _one(ANNUAL, "resource", "Begrepp inom område psykisk hälsa")
    assert "Begrepp psykisk hälsa" in pm.alt_names
    assert pm.forms == ("skrift",)  # "PM:et": a memo is a document (resource-form.ttl, :skrift :cueNoun "pm")


def test_footnote_after_a_described_product_names_it() -> None:
    # numbered-2024…txt:47 "tagit fram en kortfattad vägledning för samtal med barn om självskada³", footnote :49
    # "SKR:s webbplats, vägledning om samtal med barn"
    path = Path(__file__).parents[1] / "fixtures" / "reports" / "numbered-2024-psykisk-halsa-aterrapport-2023.txt"
    lines = path.read_text().split("\n")
    doc = Document("numbered-2024", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    found = {(m.kind, m.name, m.forms) for m in LAYOUT.extract(doc)}
    assert ("resource", "Vägledning för samtal med barn om självskada", ("guide",)) in found


def test_initiative_named_by_a_definite_description() -> None:
    # 2022-insatser…txt:331-333 "(OECD) expertgrupp för det strategiska utvecklingsprogrammet kring välbefinnande och
    # psykisk hälsa som startade hösten 2021"
    names = {m.name for m in _mentions(ANNUAL) if m.kind == "initiative"}
    assert "Strategiska utvecklingsprogrammet kring välbefinnande och psykisk hälsa" in names


def _mini(*lines: str) -> list[Mention]:
    """A small numbered report: one numbered section, the given lines as its body."""
    body = ["1.1 Inledning", "", *lines]
    return LAYOUT.extract(Document("r", tuple(Line(i + 1, t) for i, t in enumerate(body))))


def test_sub_headings_whose_section_begins_work_are_initiatives() -> None:
    # 2018…txt:363 "Breddad rekrytering", :365 "UPH har därför inlett ett utvecklingsarbete …";
    # :331 "Sociala Utfallskontrakt …", :333 "… har under 2017 genomfört förstudie …";
    # :608 "Samarbete med Grums", :610 "Under året har ett samarbete med Grums kommun … inletts."
    # :594 "Bättre läkarbemannning …", :596 "Arbetet startade 2015 då …"
    names = {m.name for m in _mentions(FINAL) if m.kind == "initiative"}
    assert {
        "Breddad rekrytering",
        "Sociala Utfallskontrakt för att minska sjukfrånvaro",
        "Samarbete med Grums",
        "Bättre läkarbemannning i psykiatrin - oberoende av hyrläkare",
        "SIP till arbete och studier",
    } <= names
    # :249 "Tillgänglighet till första linjen barn och unga": "påbörjat arbete med att öka …" is an activity
    # (no article), and :576 "Personer med beroende och missbruk": "UPH deltar i arbetet" is someone else's work
    assert not names & {"Tillgänglighet till första linjen barn och unga", "Personer med beroende och missbruk"}


def test_a_tool_heading_with_a_setting_is_the_tools_use() -> None:
    # 2018…txt:397 "Genombrott.nu i rättspsykiatri", :406 "Genombrott.nu barn och unga": initiatives using the
    # web tool, which keeps its own name
    names = {(m.kind, m.name) for m in _mentions(FINAL)}
    assert {("initiative", "Genombrott.nu i rättspsykiatri"), ("initiative", "Genombrott.nu barn och unga")} <= names
    assert ("resource", "Genombrott.nu") in names


def test_form_noun_headings_name_products_unless_the_section_names_it() -> None:
    # 2018…txt:434 "Kartläggning av IPS", :598 "Kartläggning av specialistpsykiatri": mappings (form kartlaggning)
    assert _one(FINAL, "resource", "Kartläggning av IPS").forms == ("kartlaggning",)
    assert _one(FINAL, "resource", "Kartläggning av specialistpsykiatri").forms == ("kartlaggning",)
    # :257 "Rapport om dagsläget på BUP", whose section names the report: "i rapporten "[Hur mår BUP](#)"" (:259)
    assert not [m for m in _mentions(FINAL) if m.name == "Rapport om dagsläget på BUP"]
    # :367 "Internetbaserat program för att förebygga sjukskrivning", :369 "… ta fram ett internet-program …"
    assert _one(FINAL, "resource", "Internetbaserat program för att förebygga sjukskrivning").kind == "resource"


def test_titles_run_to_their_dash_subtitle() -> None:
    # heldout 2020-slutrapport…txt:90 "tagit fram materialet Prata med mig – samtalsstöd för barn som växer upp
    # med missbruk." and 2023-insatser…txt:267 "togs en samtalsguide fram, Samtal efter suicidförsök – guide …, som"
    found = _mini(
        "Tillsammans med föreningen Maskrosbarn har UPH tagit fram materialet Prata med mig – samtalsstöd för barn "
        "som växer upp med missbruk. Inom projektet togs en samtalsguide fram, Samtal efter suicidförsök – guide "
        "för första veckan, som används av sjuksköterskor. UPH har gett ut broschyren Nedstämd på äldre dagar, som "
        "vänder sig till personer över 65 år."
    )
    names = {m.name for m in found if m.kind == "resource"}
    assert {
        "Prata med mig – samtalsstöd för barn som växer upp med missbruk",
        "Samtal efter suicidförsök – guide för första veckan",
        "Nedstämd på äldre dagar",
    } <= names


def test_reference_footnote_with_a_subtitled_title_cites_a_report() -> None:
    # heldout 2020-slutrapport…txt:46-48 "Enligt Folkhälsomyndigheten¹ uppger …", "¹ Folkhälsomyndigheten,
    # Folkhälsans utveckling – årsrapport 2019."
    found = _mini(
        "Enligt Folkhälsomyndigheten¹ uppger drygt 40 procent av unga kvinnor att de har besvär.",
        "",
        "¹ Folkhälsomyndigheten, Folkhälsans utveckling – årsrapport 2019.",
    )
    assert [(m.name, m.forms) for m in found if m.kind == "resource"] == [
        ("Folkhälsans utveckling – årsrapport 2019", ("rapport",))
    ]


def test_definite_event_noun_before_a_name_names_the_event() -> None:
    # heldout 2020-slutrapport…txt:66 "vid konferensen Mental Health Europe i Bryssel i oktober 2019"
    found = _mini("UPH presenterade arbetet vid konferensen Mental Health Europe i Bryssel i oktober 2019.")
    assert [m.name for m in found if m.kind == "event"] == ["Mental Health Europe i Bryssel"]


def test_series_number_before_a_title_is_another_name() -> None:
    # 2022-insatser…txt:1996 "bedömningar som finns i delbetänkandet SOU 2021:6 Rätt stöd till psykisk hälsa"
    report = _one(ANNUAL, "resource", "SOU 2021:6")
    assert report.forms == ("rapport",) and report.name.startswith("Rätt stöd")


def test_an_event_titled_by_its_noun_and_theme() -> None:
    # Synthetic numbered report: "Temadag X" inside a sentence (the capital marks the title; cf. 2018…txt:863
    # "Temadag om suicidprevention" in Bilaga 2), a place after "i" is not part of the theme.
    lines = [
        "Innehåll",
        "1.1 Inledning ........ 3",
        "1.2 Arbetet ........ 4",
        "",
        "1.1 Inledning",
        "",
        "Den 4 maj 2021 hölls Temadag Psykisk hälsa hos äldre med 200 deltagare.",
        "",
        "I mars 2021 arrangerades Temadag om suicidprevention bland äldre i Malmö.",
        "",
        "Under året deltog UPH i Nationella programområdet psykiatri och i dess arbetsgrupper.",
        "",
        "1.2 Arbetet",
        "",
        "Text.",
    ]
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    found = {(m.kind, m.name): m for m in LAYOUT.extract(doc)}
    assert ("event", "Temadag Psykisk hälsa hos äldre") in found, sorted(found)
    assert ("event", "Temadag om suicidprevention bland äldre") in found
    assert found[("event", "Temadag Psykisk hälsa hos äldre")].start == "2021-05-04"
    # "… och i dess arbetsgrupper": a conjunction before a preposition opens a new phrase
    assert ("actor", "Nationella programområdet psykiatri") in found


def test_a_linked_name_with_its_registration_number_is_an_initiative() -> None:
    # Synthetic, written like 2018…txt:204 "… etableringen av [Landstingens och regioners system för
    # kunskapsstyrning](#) (SKL dnr 17/00003, se …)".
    lines = [
        "Innehåll",
        "1.1 Inledning ........ 3",
        "1.2 Arbetet ........ 4",
        "",
        "1.1 Inledning",
        "",
        "Arbetet samordnas med [Regionernas gemensamma stöd för uppföljning](#) (SKR dnr 20/00123, se bilaga).",
        "",
        "Läs mer på [webbplatsen](#).",
        "",
        "1.2 Arbetet",
        "",
        "Text.",
    ]
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    found = {(m.kind, m.name): m for m in LAYOUT.extract(doc)}
    one = found[("initiative", "Regionernas gemensamma stöd för uppföljning")]
    assert one.identifiers == ("SKR dnr 20/00123",)


def test_bare_form_noun_opens_its_title_and_short_name_compounds_of_one_form_merge() -> None:
    # Synthetic, written like 2018…txt:546 "Även [webbutbildning](#) SIP vuxen har reviderats" (a bare
    # singular noun cannot stand alone, so it is the title's first word) and :432/:436 "IPS-modellen" …
    # "IPS-arbetsmetod" (a model noun and a method noun of one form: one method).
    lines = [
        "Innehåll",
        "1.1 Inledning ........ 3",
        "1.2 Arbetet ........ 4",
        "",
        "1.1 Inledning",
        "",
        "Även [webbutbildning](#) SIP barn har reviderats under året.",
        "",
        "Kommunerna använder ABC-modellen i allt högre grad.",
        "",
        "En kartläggning av spridningen av ABC-arbetsmetod har gjorts.",
        "",
        "Dessutom finns ABC-appen för deltagarna.",
        "",
        "1.2 Arbetet",
        "",
        "Text.",
    ]
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    found = {(m.kind, m.name): m for m in LAYOUT.extract(doc)}
    assert ("resource", "Webbutbildning SIP barn") in found, sorted(found)
    assert ("resource", "SIP barn") not in found
    assert "ABC-arbetsmetod" in found[("resource", "ABC-modellen")].alt_names
    assert ("resource", "ABC-arbetsmetod") not in found
    assert ("resource", "ABC-appen") in found  # another form: another thing


# --------------------------------------------------------------------------- wrapped export
# A synthetic annual report in the convention of PDF exports that wrap paragraphs at a fixed width
# with a blank line after every line, print a running head with the page number on every page
# (also on the contents page), and put reference notes ("4 Author (2024). Title.") at the page
# foot without a URL, straight above the next heading.

_HEAD = "Årsrapport om psykisk hälsa och suicidprevention 2024 {}"
_WRAPPED = [
    "Innehåll",
    "Förord ........................................................ 3",
    "",
    _HEAD.format(2),
    "",
    "1 Överenskommelsen om psykisk hälsa 2024 ....................... 4",
    "",
    "1.1 Uppdraget ................................................. 4",
    "",
    "2 Utvecklingsarbete 2024 ........................................ 5",
    "",
    "2.1 Barn och unga ............................................ 5",
    "",
    "2.2 Samsjuklighet ............................................ 6",
    "",
    "2.3 Äldre ........................................................ 7",
    "",
    "2.4 Digitalisering ............................................... 8",
    "",
    "Förord",
    "",
    "Året har präglats av ett högt tryck på vården och omsorgen och av en fortsatt",
    "",
    "oro för ungas psykiska hälsa, och SKR har arbetat för att stödja kommunerna.",
    "",
    "1 Överenskommelsen om psykisk",
    "hälsa 2024",
    "",
    "Regeringen och SKR ingick i december 2023 en överenskommelse om insatser 2024.1",
    "",
    "1 Socialdepartementet, S2023/03719.",
    "1.1 Uppdraget",
    "",
    "Arbetet bedrivs inom avdelningen för vård och omsorg i nära samarbete med andra.",
    "",
    "2 Utvecklingsarbete 2024",
    "",
    "2.1 Barn och unga",
    "",
    "Folkhälsomyndigheten publicerade i maj 2024 kunskapsstödet Psykisk hälsa i",
    "",
    "förskolan – stöd för förskolans personal2, som SKR har spridit genom nätverk.",
    "",
    "2 Folkhälsomyndigheten (2024). Psykisk hälsa i förskolan – stöd för förskolans personal.",
    "Webbinarier",
    "",
    "Under hösten arrangerade UPH webbinarieserien Tisdagar om barns hälsa med tre",
    "",
    "webbinarier. Teman var Sömnproblem hos tonåringar, Skolfrånvaro och psykisk",
    "",
    "ohälsa samt Ätstörningar – tidiga tecken. Webbinarierna spelades in och finns",
    "",
    "på uppdragpsykiskhalsa.se och kan ses av alla som arbetar med barn och unga.",
    "",
    _HEAD.format(5),
    "",
    "2.2 Samsjuklighet",
    "",
    "Med medel från överenskommelsen har SKR tillsammans med regionerna tagit",
    "",
    "fram guiden Integrerade team vid samsjuklighet – att komma i gång, som ger",
    "",
    "stöd. Under året anordnades tre webbinarier om samsjuklighet, med temana",
    "",
    "Integrerade team – hur börjar vi?, Unga med samsjuklighet samt Boende för",
    "",
    "personer med samsjuklighet. Den 3 december 2024 arrangerades Kraftsamlingsdagen",
    "",
    "2024 i Göteborg med många deltagare från hela landet och från regionerna.",
    "",
    "2.3 Äldre",
    "",
    "Webbutbildningen Samtal med äldre om oro lanserades i september 2024 och den",
    "",
    "riktar sig till personal i hemtjänst. Arbetet bedrivs i delarenorna Arena",
    "",
    "Arbetsliv, Arena Skola och Arena Civilsamhälle som samlar många aktörer.",
    "",
    "2.4 Digitalisering",
    "",
    "Som ett stöd till kommunerna publicerades i november Digitalt stöd i vår-",
    "",
    "den – en introduktion för förtroendevalda, en skrift som riktar sig till politiker",
    "",
    "i kommunerna. Under året arrangerade UPH ett nätverk, Nätverket för digital",
    "",
    _HEAD.format(8),
    "",
    "psykiatri.",
]


@cache
def _wrapped() -> tuple[Mention, ...]:
    doc = Document("wrapped", tuple(Line(i + 1, t) for i, t in enumerate(_WRAPPED)))
    return tuple(LAYOUT.extract(doc))


def _names(kind: str) -> set[str]:
    return {m.name for m in _wrapped() if m.kind == kind}


def test_wrapped_export_headings_and_reference_notes() -> None:
    doc = Document("wrapped", tuple(Line(i + 1, t) for i, t in enumerate(_WRAPPED)))
    parsed = _parse(doc)
    numbers = [h.number for h in parsed.headings if h.kind == "numbered"]
    # _WRAPPED[25:27] "1 Överenskommelsen om psykisk" / "hälsa 2024": a chapter the contents list, although
    # a running head (_WRAPPED[3]) stands between contents entries; "1.1 Uppdraget" follows a note directly
    assert numbers == ["1", "1.1", "2", "2.1", "2.2", "2.3", "2.4"]
    # a full-width wrapped line ("Med medel från överenskommelsen har SKR …") is no sub-heading
    assert [h.title for h in parsed.headings if h.kind == "sub"] == ["Webbinarier"]
    # reference notes without a URL, marked in the text ("2024.1", "personal2,"), end at the heading below
    assert parsed.footnotes[1].title == "Socialdepartementet, S2023/03719."
    assert parsed.footnotes[2].title.endswith("stöd för förskolans personal.")
    assert [n for _, n in parsed.markers] == [1, 2]


def test_wrapped_export_products() -> None:
    resources = _names("resource")
    # the title the reference note gives, without its glued marker ("personal2")
    assert "Psykisk hälsa i förskolan – stöd för förskolans personal" in resources
    # a subtitle that is an infinitive ("– att komma i gång")
    assert "Integrerade team vid samsjuklighet – att komma i gång" in resources
    # the subject before its verb, prepositions included ("Samtal med äldre om oro lanserades")
    assert "Samtal med äldre om oro" in resources
    # a title an appositive describes (", en skrift som …")
    assert "Digitalt stöd i vården – en introduktion för förtroendevalda" in resources
    # the address where the recordings are ("finns på uppdragpsykiskhalsa.se")
    assert any(n.lower() == "uppdragpsykiskhalsa.se" for n in resources)


def test_wrapped_export_events_and_lists() -> None:
    events = _names("event")
    # "Teman var A, B samt C" and "med temana A, B samt C": each theme is an event, the counted series no
    # event besides them
    assert {"Sömnproblem hos tonåringar", "Skolfrånvaro och psykisk ohälsa", "Ätstörningar – tidiga tecken"} <= events
    assert {
        "Integrerade team – hur börjar vi?",
        "Unga med samsjuklighet",
        "Boende för personer med samsjuklighet",
    } <= events
    assert "Webbinarier om samsjuklighet" not in events
    # a dated sentence names its event after the verb; the place ("i Göteborg") is not part of it
    assert "Kraftsamlingsdagen 2024" in events
    # a theme is no team ("Integrerade team – hur börjar vi?")
    assert "Integrerade team" not in _names("actor")
    # "delarenorna Arena Arbetsliv, Arena Skola och Arena Civilsamhälle": one actor per listed name
    assert {"Arena Arbetsliv", "Arena Skola", "Arena Civilsamhälle"} <= _names("actor")


def test_a_topic_heading_over_a_titled_app_names_no_product() -> None:
    # A sub-heading over a paragraph whose made thing has its own title after a cue noun ("appen X, ett
    # …stöd …") is a topic: the app is the product, the heading is not a second one.
    body = [
        "2. Utvecklingsarbete",
        "",
        "2.1 Barn och unga",
        "",
        "Den första delen handlar om första linjen och om hur arbetet har gått under året.",
        "",
        "Digitalt stöd för tonåringar",
        "",
        "Region Gotland och UPH har tillsammans utvecklat appen Lugna ner, ett egenvårdsstöd för unga 13–19 år. "
        "Appen lanserades i maj och har laddats ner många gånger.",
    ]
    found = LAYOUT.extract(Document("r", tuple(Line(i + 1, t) for i, t in enumerate(body))))
    names = {m.name for m in found if m.kind == "resource"}
    assert "Lugna ner" in names, names
    assert "Digitalt stöd för tonåringar" not in names, names


def test_heading_over_work_others_run_is_an_initiative() -> None:
    # A form-noun heading whose section says the maker takes part in work a named organisation runs
    # names that work (an initiative), not a product.
    body = [
        "2. Utvecklingsarbete",
        "",
        "2.1 Socialtjänst",
        "",
        "2.1.1 Strukturerad uppföljning av familjehem i Uppsala",
        "",
        "Sedan 2029 har UPH deltagit i det utvecklingsarbete som Uppsala kommun bedriver för att följa upp "
        "placeringar. Arbetet fortsätter under nästa år.",
    ]
    found = LAYOUT.extract(Document("r", tuple(Line(i + 1, t) for i, t in enumerate(body))))
    kinds = {m.kind for m in found if m.name == "Strukturerad uppföljning av familjehem i Uppsala"}
    assert kinds == {"initiative"}, [(m.kind, m.name) for m in found]


def _synthetic(*paragraphs: str) -> set[tuple[str, str]]:
    lines = ["Innehåll", "1 Barn och unga ........ 3", "2 Vuxna ........ 4", "", "1 Barn och unga", ""]
    for p in paragraphs:
        lines += [p, ""]
    lines += ["2 Vuxna", "", "Text om vuxna."]
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(lines)))
    return {(m.kind, m.name) for m in LAYOUT.extract(doc)}


def test_titles_in_appositives_and_after_cue_nouns() -> None:
    # Titles bounded by the layout's punctuation rather than by capitals: an infinitive title between
    # commas, a title an indefinite appositive describes, a comma-bounded title with a dash and a
    # pronoun, and a capitalised preposition right after a definite cue noun.
    found = _synthetic(
        "Regionen har tagit fram en ny webbutbildning, Att lyssna på unga, som ger stöd till lärare.",
        "Anhörigstödet Stunder efter, en broschyr till föräldrar, har skickats ut.",
        "Under året har också en affisch, Hör av dig – vi finns här, delats ut till skolor.",
        "Kommunen sprider poddserien Bakom orden till alla skolor.",
        "Kommunen sprider poddserien Under ytan till alla skolor.",
    )
    assert ("resource", "Att lyssna på unga") in found, found
    assert ("resource", "Stunder efter") in found, found
    assert ("resource", "Hör av dig – vi finns här") in found, found
    assert ("resource", "Under ytan") in found, found


def test_published_dash_titles_and_series_descriptions() -> None:
    # SKR's "Name – <form noun> …" after a publishing verb names a product; a count of parts or a
    # list of forms after the dash describes it; a title closing a sentence after its cue noun's
    # complement is the product's name, not the noun phrase.
    found = _synthetic(
        "I maj gav regionen ut Oro i skolan – metodstöd för elevhälsan, för barn 6–12 år.",
        "Regionen har tagit fram filmserien Tryggare hem – tre filmer för föräldrar om sömn och skärmar.",
        "Regionen har tagit fram en webbutbildning för personal som möter unga, Nästa steg – om samtal med unga.",
        "Tillsammans med föreningen tog regionen fram Efter en förlust – stöd till skolan, en vägledning för rektorer.",
    )
    assert ("resource", "Oro i skolan – metodstöd för elevhälsan") in found, found
    assert ("resource", "Tryggare hem") in found, found
    assert ("resource", "Nästa steg – om samtal med unga") in found, found
    assert ("resource", "Webbutbildning för personal") not in found, found
    assert ("resource", "Efter en förlust – stöd till skolan") in found, found


def test_a_dated_holding_of_a_named_series_keeps_its_year() -> None:
    # A conference named after a series the report named before, with the year of this holding
    # after the name: the year belongs to the event's name, the place after it does not.
    found = _synthetic(
        "Under våren ordnades webbinarieserien Hälsa för alla åldrar, fyra webbinarier i maj 2028.",
        "Den nationella konferensen Hälsa för alla åldrar 2028 hölls i Umeå den 3 maj 2028.",
        "Den nordiska konferensen Unga i Norden 2028 i Oslo hade många deltagare.",
    )
    assert ("event", "Hälsa för alla åldrar") in found, found
    assert ("event", "Hälsa för alla åldrar 2028") in found, found
    assert ("event", "Unga i Norden 2028") in found, found


def test_a_dash_listing_parts_gives_their_forms() -> None:
    # "materialet X – en affisch och en film …": the dash lists the parts (one form noun after each
    # article), so the name ends before it and the parts' forms replace the cue noun's.
    doc_lines = ["Innehåll", "1 Barn och unga ........ 3", "", "1 Barn och unga", ""]
    doc_lines += ["Regionen har tagit fram materialet Vart går jag – en affisch och en film som visar vägen.", ""]
    doc = Document(report="x", lines=tuple(Line(i + 1, t) for i, t in enumerate(doc_lines)))
    (found,) = [m for m in LAYOUT.extract(doc) if m.name.startswith("Vart går jag")]
    assert found.name == "Vart går jag"
    assert set(found.forms) == {"affisch", "film"}


def _extract(body: list[str]) -> list[Mention]:
    return LAYOUT.extract(Document("r", tuple(Line(i + 1, t) for i, t in enumerate(body))))


_PARTS_AND_LINKS = [
    "1. Uppdraget",
    "",
    "Arbetet har skett i samråd med [Socialstyrelsen](#), [Folkhälsomyndigheten](#) och",
    "[Livslinjen](#) som stöd för förbättringsarbete.",
    "",
    "2. Konferenser och nätverk",
    "",
    "Under året arrangerade SKR:",
    "  – Webbinarieserien Äldre och psykisk hälsa, med delarna ”Ensamhet” och ”Sömn”",
    "",
    "SKR deltog även i flera mässor.",
]


def test_quoted_parts_of_a_series_are_events() -> None:
    # blind6 2030-insatser…txt:206 "– Webbinarieserien Äldre och psykisk hälsa, med delarna ”Ensamhet” och
    # ”Sömn”": each part is an event under its quoted title, which ends at its closing mark (no period
    # ends the list item, so the next paragraph joins the sentence)
    events = {m.name for m in _extract(_PARTS_AND_LINKS) if m.kind == "event"}
    assert {"Ensamhet", "Sömn"} <= events, events
    assert not any(e.startswith("Sömn”") for e in events), events


def test_a_linked_organisation_is_no_resource() -> None:
    # blind6 2030-slutrapport…txt:37-38 "i samråd med [Socialstyrelsen](#), [Folkhälsomyndigheten](#) och …":
    # organisations the actor lexicon knows, linked, are no products; a linked one-word title still is
    resources = {m.name for m in _extract(_PARTS_AND_LINKS) if m.kind == "resource"}
    assert not {"Socialstyrelsen", "Folkhälsomyndigheten"} & resources, resources
    assert "Livslinjen" in resources, resources


def test_a_title_set_off_by_two_commas_before_the_predicate() -> None:
    # blind6 2030-insatser…txt:96-98 "En webbutbildning för personal på ungdomsmottagningar, Första samtalet med
    # unga i kris, lanserades i september 2029." and :169-170 "… en webbutbildning om samsjuklighet för personal
    # inom socialtjänstens missbruksvård, Två diagnoser – en person, lanserats."
    body = [
        "1. Digitalt",
        "",
        "En webbutbildning för personal på ungdomsmottagningar, Första samtalet med unga i kris,",
        "lanserades i september 2029. Dessutom har en webbutbildning om samsjuklighet för personal",
        "inom socialtjänstens missbruksvård, Två diagnoser – en person, lanserats.",
        "",
        "2. Samverkan",
        "",
        "En webbutbildning för personal, Region Skåne och SKR, har tagits fram.",
    ]
    resources = {m.name for m in _extract(body) if m.kind == "resource"}
    assert {"Första samtalet med unga i kris", "Två diagnoser – en person"} <= resources, resources
    assert not any(r.startswith("Region Skåne") for r in resources), resources
