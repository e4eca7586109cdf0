"""Every agreement the two national reports name, read by ``loader.agreements`` (lists made by reading them)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from loader import agreements
from loader.model import Document, Line, Mention, Relation
from loader.named_things import read_running_text, sentences
from loader.read import read_report

REPORTS = Path(__file__).parents[2] / "data" / "reports"
FINAL = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
ANNUAL = "2022-insatser-psykisk-halsa-suicidprevention-2021"
PLAN = "2021-handlingsplan-psykisk-halsa-stockholms-lan"


@cache
def _agreements(stem: str) -> tuple[Mention, ...]:
    return tuple(agreements.extract(read_report(REPORTS / f"{stem}.txt")))


def _named(stem: str, phrase: str) -> Mention:
    """The one agreement one of whose names contains ``phrase``."""
    found = [m for m in _agreements(stem) if any(phrase in n for n in (m.name, *m.alt_names))]
    assert len(found) == 1, (phrase, [m.name for m in _agreements(stem)])
    return found[0]


def _doc(*lines: str) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))


def test_final_report_names_eleven_agreements() -> None:
    # Read by hand, 2018…txt (every "överenskommelse" that names one agreement or one set of them):
    #  :15/:155  "Stöd till riktade insatser inom området psykisk ohälsa 2017 - Överenskommelse mellan staten
    #            och Sveriges Kommuner och Landsting 2017" (SKL dnr 16/06741)
    #  :67/:85   the agreements SKL has made with the state "sedan 2007"
    #  :99       "I en överenskommelse med regeringen 070620" (20 June 2007)
    #  :192      "överenskommelserna 2016–2018"
    #  :196/:701 "den överenskommelse som tecknades mellan staten och SKL under 2016" = "2016 års överenskommelse
    #            mellan SKL och regeringen"
    #  :204/:209 "Samtliga sjukvårdsregioner har ingått avtal med SKL om inrättande" = "avtal med hälso- och
    #            sjukvårdsregionerna slöts först i slutet av 2017" (the resource-centre contracts)
    #  :253      a link titled "Insatser inom psykisk hälsa-området 2018. Överenskommelse mellan staten och Sveriges
    #            Kommuner och Landsting": the 2018 agreement's text
    #  :339      "Överenskommelsen om sjukskrivning och rehabilitering"
    #  :486      "överenskommelser mellan UPH och 12 kommuner/landsting/regioner om … sociala investeringar"
    #  :506      "genom en särskild överenskommelse" (Hälsa i Sverige för asylsökande och nyanlända, 2016)
    #  :604      "PRIO-överenskommelsen"
    # Not agreements of their own: bare "överenskommelsen" (the 2017 one).
    assert len(_agreements(FINAL)) == 11
    main = _named(FINAL, "Överenskommelse mellan staten och Sveriges Kommuner och Landsting 2017")
    assert main.name.startswith("Stöd till riktade insatser inom området psykisk ohälsa 2017")
    assert (main.start, main.end, main.identifiers) == ("2017", "2017", ("SKL dnr 16/06741",))
    assert {a.name for a in main.actors if a.role == "party"} == {"staten", "Sveriges Kommuner och Landsting"}
    assert _named(FINAL, "sedan 2007").start == "2007"
    assert _named(FINAL, "070620").start == "2007-06-20"
    assert (_named(FINAL, "2016–2018").start, _named(FINAL, "2016–2018").end) == ("2016", "2018")
    assert _named(FINAL, "2016 års överenskommelse").years == (2016,)
    # One agreement however the text names it: the relative clause at :196 dates it to 2016.
    assert _named(FINAL, "som tecknades mellan staten och SKL under 2016") is _named(FINAL, "2016 års överenskommelse")
    assert _named(FINAL, "2016 års överenskommelse").source.line == 196
    contract = _named(FINAL, "vtal med SKL om inrättande")
    assert contract is _named(FINAL, "sjukvårdsregionerna")
    assert (contract.years, contract.source.line, [a.name for a in contract.actors]) == ((2017,), 204, ["SKL"])
    # Not the 2017 state agreement a layout names by its year: the contract has no start to meet it on.
    assert contract.start is None
    text = _named(FINAL, "Insatser inom psykisk hälsa-området 2018. Överenskommelse mellan staten")
    assert (text.name, text.start, text.source.line) == (
        "Insatser inom psykisk hälsa-området 2018. Överenskommelse mellan staten och Sveriges Kommuner och Landsting",
        "2018",
        253,
    )
    # :155 the footnote titles the 2017 agreement the same way: it is the 2017 one, not a new one.
    assert _named(FINAL, "inom området psykisk hälsa 2017. Överenskommelse mellan staten") is main
    assert _named(FINAL, "Överenskommelsen om sjukskrivning och rehabilitering").start is None
    local = _named(FINAL, "mellan UPH och 12 kommuner")
    assert [a.name for a in local.actors] == ["UPH"]
    special = _named(FINAL, "Särskild överenskommelse")
    assert "Hälsa i Sverige för asylsökande och nyanlända" in special.name
    # Dated by its years (the graph's period), never by a start a layout's annual agreement could meet.
    assert (special.years, special.start) == ((2016,), None)
    assert _named(FINAL, "PRIO-överenskommelsen").name == "PRIO-överenskommelsen"


def test_annual_report_names_four_agreements() -> None:
    # Read by hand, 2022…txt:
    #  :143      "Sedan 2008 har SKR och regeringen årligen ingått överenskommelser inom området"
    #  :145/:153 "Överenskommelsen för 2021 var tvåårig" / "överenskommelsen 2021-2022"; also :415 and :1379
    #            ("2021 års överenskommelse om insatser inom området psykisk hälsa") name the same one
    #  :151      "tilläggsöverenskommelse för 20221" (2022, footnote 1 glued)
    #  :369      "2016-2018 års överenskommelser"
    # Not one agreement: :1248 "samverkansöverenskommelser" (a kind of agreement), :2322 "längre överenskommelser".
    assert len(_agreements(ANNUAL)) == 4
    series = _named(ANNUAL, "sedan 2008")
    assert (series.start, series.end) == ("2008", None)
    assert {a.name for a in series.actors} == {"SKR", "regeringen"}
    main = _named(ANNUAL, "Överenskommelsen 2021–2022")
    assert (main.start, main.end, main.years) == ("2021", "2022", (2021, 2022))
    assert any("2021 års överenskommelse" in n for n in (main.name, *main.alt_names))
    supplement = _named(ANNUAL, "Tilläggsöverenskommelse för 2022")
    assert supplement.name == "Tilläggsöverenskommelse för 2022"
    assert Relation("related", "agreement", main.name) in supplement.relations
    assert (_named(ANNUAL, "2016-2018").start, _named(ANNUAL, "2016-2018").end) == ("2016", "2018")


def test_an_agreement_on_a_topic_between_other_parties() -> None:
    # 2021…txt:374 "riktlinjer för SIP och kunskap om överenskommelse kring placerade barn."
    placed = _named(PLAN, "verenskommelse kring placerade barn")
    assert (placed.source.line, placed.start) == (374, None)


def test_the_same_agreement_in_two_reports_shares_a_name() -> None:
    # 2018…txt:192 "överenskommelserna 2016–2018" and 2022…txt:369 "2016-2018 års överenskommelser"
    final, annual = _named(FINAL, "2016–2018"), _named(ANNUAL, "2016-2018")
    assert set((final.name, *final.alt_names)) & set((annual.name, *annual.alt_names))


def test_things_tied_to_the_agreement_their_sentence_names() -> None:
    doc = read_report(REPORTS / f"{FINAL}.txt")
    things = read_running_text(doc, [])
    by_name = {m.name: m for m in things if m.kind != "agreement"}
    # 2018…txt:339 förstudien ”Förbättrad samverkan för minskad sjukskrivning” "finansierad med medel från
    # Överenskommelsen om sjukskrivning och rehabilitering"
    study = by_name["Förbättrad samverkan för minskad sjukskrivning"]
    assert Relation("agreement", "agreement", "Överenskommelsen om sjukskrivning och rehabilitering") in study.relations
    # 2018…txt:506 "Programmet Hälsa i Sverige … påbörjades under 2016 genom en särskild överenskommelse"
    programme = by_name["Hälsa i Sverige för asylsökande och nyanlända"]
    [rel] = [r for r in programme.relations if r.relation == "agreement"]
    assert rel.target_name.startswith("Särskild överenskommelse")


def test_reworded_sentences() -> None:
    doc = _doc(
        "Kommunerna och SKR har sedan 2010 slutit överenskommelser med staten om stöd.",
        "",
        "Inom ramen för 2019 års överenskommelse mellan staten och SKR togs verktyget Kollen fram.",
        "",
        "Arbetet finansierades genom BUS-överenskommelsen.",
        "",
        "Samverkansöverenskommelser är lagstadgade.",
        "",
        "Alla kommuner har tecknat avtal med länets region om placerade barn under 2021.",
        "",
        "Vi vill nå en överenskommelse om att dela data. Avtalet gäller ett år.",
    )
    found = {m.name: m for m in agreements.extract(doc)}
    assert set(found) == {
        "Överenskommelser med staten om stöd sedan 2010",
        "2019 års överenskommelse mellan staten och SKR",
        "BUS-överenskommelsen",
        "Avtal med länets region om placerade barn under 2021",
    }
    assert found["Avtal med länets region om placerade barn under 2021"].years == (2021,)
    assert found["2019 års överenskommelse mellan staten och SKR"].start == "2019"
    things = read_running_text(doc, [])
    [tool] = [m for m in things if m.name == "Kollen"]
    assert Relation("agreement", "agreement", "2019 års överenskommelse mellan staten och SKR") in tool.relations


def test_a_layouts_agreement_takes_the_name_the_text_uses() -> None:
    doc = _doc("Överenskommelsen för år 2020 innebär att länet får medel.")
    template = Mention("agreement", "Överenskommelse 2020", sentences(doc)[0].source(), years=(2020,))
    item = Mention(
        "initiative", "Satsning X", template.source, relations=(Relation("agreement", "agreement", template.name),)
    )
    out = read_running_text(doc, [template, item])
    renamed = next(m for m in out if m.kind == "agreement" and m.source == template.source and m is not template)
    assert renamed.name == "Överenskommelsen för år 2020"
    assert "Överenskommelse 2020" in renamed.alt_names  # links by the old name still find it


def test_no_agreement_in_text_without_one() -> None:
    doc = _doc("SKR har tagit fram en rapport.", "", "Samverkan sker i länen.")
    assert agreements.extract(doc) == []
    assert agreements.main_agreement([]) is None
    assert sentences(doc)[0].text == "SKR har tagit fram en rapport."


def test_a_contract_of_the_same_year_is_not_the_layouts_annual_agreement() -> None:
    # 2018…txt:204/:209 reworded: the contracts were signed in 2017, the year of the annual agreement
    # the layout names ("Överenskommelse 2017"); the two must stay two agreements.
    doc = _doc("Samtliga regioner har ingått avtal med SKL om resurscentra. Avtalen med regionerna slöts 2017.")
    template = Mention("agreement", "Överenskommelse 2017", sentences(doc)[0].source(), years=(2017,))
    out = read_running_text(doc, [template])
    names = {m.name for m in out if m.kind == "agreement"}
    assert "Överenskommelse 2017" in names
    assert any(n.startswith("Avtal med SKL om resurscentra") for n in names)


def test_a_supplement_of_the_same_year_is_not_a_second_name_of_the_layouts_agreement() -> None:
    # An annual report's chapter names the year's agreement; its text also names a supplement signed
    # the same year. The layout's agreement keeps its name; the supplement stays a thing of its own.
    doc = _doc(
        "Överenskommelsen om insatser inom området psykisk hälsa och suicidprevention 2024 omfattade två miljarder.",
        "I juni 2024 tecknades en tilläggsöverenskommelse om insatser mot ensamhet hos äldre 2024.",
    )
    chapter = "Överenskommelsen om insatser inom området psykisk hälsa och suicidprevention 2024"
    template = Mention("agreement", chapter, sentences(doc)[0].source(), years=(2024,))
    out = [m for m in read_running_text(doc, [template]) if m.kind == "agreement"]
    # No agreement mention carries both the chapter's name and the supplement's (resolve would join them).
    for m in out:
        names = [m.name, *m.alt_names]
        assert not (chapter in names and any(n.lower().startswith("tillägg") for n in names)), names
    assert any(m.name == chapter for m in out)
    assert any(m.name.lower().startswith("tilläggsöverenskommelse om insatser mot ensamhet") for m in out)


def test_supplement_with_a_glued_footnote_and_its_wrapped_footnote_title() -> None:
    # blind5 2029-insatser…txt:65-67 "en tilläggsöverenskommelse om psykisk hälsa hos personer med intellektuell
    # funktionsnedsättning2." and its footnote :85-86 "2 SKR:s webbplats, Tilläggsöverenskommelse om psykisk
    # hälsa hos personer med" / "intellektuell funktionsnedsättning 2028.": one supplement, no digit in its name
    doc = _doc(
        "I maj 2028 kompletterades den med en tilläggsöverenskommelse om psykisk",
        "hälsa hos personer med intellektuell funktionsnedsättning2. Den ger SKR i uppdrag att sprida kunskap.",
        "",
        "2 SKR:s webbplats, Tilläggsöverenskommelse om psykisk hälsa hos personer med",
        "intellektuell funktionsnedsättning 2028.",
    )
    found = agreements.extract(doc)
    assert len(found) == 1, [m.name for m in found]
    names = (found[0].name, *found[0].alt_names)
    assert not any(n.endswith(("2", " med")) for n in names), names
    assert any(n.endswith("intellektuell funktionsnedsättning 2028") for n in names), names


def test_the_definite_special_agreement_refers_back_to_the_one_named_before() -> None:
    # blind5 2029-insatser…txt:75-77 "en särskild överenskommelse om samordnad vård och stöd vid samsjuklighet för
    # perioden 2028–2030" and :198 "Inom den särskilda överenskommelsen om samsjuklighet togs checklistan …"
    doc = _doc(
        "Socialdepartementet och SKR har dessutom en särskild överenskommelse om samordnad vård och stöd vid",
        "samsjuklighet för perioden 2028–2030.",
        "",
        "Inom den särskilda överenskommelsen om samsjuklighet togs checklistan SIP vid samsjuklighet fram 2028.",
    )
    found = agreements.extract(doc)
    assert len(found) == 1, [m.name for m in found]
    assert "samordnad vård" in found[0].name
