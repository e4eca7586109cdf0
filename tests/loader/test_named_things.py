"""Named things in running text (``loader.named_things``), checked against paragraphs read by hand."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest

from loader.layouts.numbered_report import NumberedReportLayout
from loader.model import Document, Line, Mention, Relation, Source
from loader.named_things import cue_of, dedupe, extract, lemma, read_running_text, sentences
from loader.read import read_report
from loader.text import clean, dehyphenate

ROOT = Path(__file__).parents[2]
REPORTS = ROOT / "data" / "reports"
FIXTURE = ROOT / "tests" / "fixtures" / "reports" / "numbered-2024-psykisk-halsa-aterrapport-2023.txt"
FINAL = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
ANNUAL = "2022-insatser-psykisk-halsa-suicidprevention-2021"


@cache
def _things(stem: str) -> tuple[Mention, ...]:
    return tuple(extract(read_report(REPORTS / f"{stem}.txt")))


def _one(things: tuple[Mention, ...] | list[Mention], name: str) -> Mention:
    found = [m for m in things if m.name == name]
    assert len(found) == 1, (name, sorted(m.name for m in things))
    return found[0]


def _doc(*lines: str) -> Document:
    return Document("r", tuple(Line(i + 1, t) for i, t in enumerate(lines)))


def test_cue_nouns_in_any_inflection_and_compound() -> None:
    # Inflections come from the stemmer and the resource-form labels, not from lists of forms.
    assert lemma("delarenan")[0] == "delarenan" and "delarena" in lemma("delarenan")
    cases = {
        "handboken": ("resource", "guide"),
        "handböckerna": ("resource", "guide"),  # an umlaut plural: a label of the vocabulary
        "informationshandbok": ("resource", "guide"),
        "programmet": ("initiative", ""),
        "förstudien": ("initiative", ""),
        "nätverket": ("actor", "natverk"),
        "chefsnätverket": ("actor", "natverk"),
        "delarenorna": ("actor", "natverk"),
        "webbinarierna": ("event", ""),
        "webbutbildningen": ("resource", "webbutbildning"),
        "hälsa": None,
        "mötesplatsen": None,
    }
    for word, expected in cases.items():
        cue = cue_of(word)
        assert (None if cue is None else (cue.kind, cue.code)) == expected, word


def test_sentences_join_hyphenated_lines_and_keep_their_lines() -> None:
    # The 2022 report wraps lines with an empty line after each (2022…txt:486–489).
    doc = _doc(
        "En arbetsgrupp arbetar vidare. Ytterligare en grupp tar fram en lätt-",
        "",
        "fattlig handbok för informationsöverföring och sekretess för aktörer.",
        "",
    )
    sents = sentences(doc)
    assert [s.text for s in sents] == [
        "En arbetsgrupp arbetar vidare.",
        "Ytterligare en grupp tar fram en lättfattlig handbok för informationsöverföring och sekretess för aktörer.",
    ]
    handbook = sents[1].text.index("handbok")
    assert (sents[1].line, sents[1].line_at(handbook)) == (1, 3)


def test_annual_report_networks_and_delarenor() -> None:
    things = _things(ANNUAL)
    # 2022…txt:347 "EMental Health International Collaborative, ett nätverk för policy och implementering …"
    emh = _one(things, "EMental Health International Collaborative")
    assert (emh.kind, emh.actor_types, emh.source.line) == ("actor", ("natverk",), 347)
    assert emh.source.quote.startswith("SKR följer även arbetet i EMental Health")
    # 2022…txt:442 "genom Nätverket för styrning och ledning av psykiatrin"
    assert _one(things, "Nätverket för styrning och ledning av psykiatrin").actor_types == ("natverk",)
    # 2022…txt:289 "NPO psykiska hälsa, RSS-nätverket med flera"
    assert _one(things, "RSS-nätverket").kind == "actor"
    # 2022…txt:1119–1121 "nationellt programområde psykisk hälsa (NPO)"
    npo = _one(things, "Nationellt programområde psykisk hälsa")
    assert (npo.kind, npo.alt_names) == ("actor", ("NPO",))
    # 2022…txt:1343, :2150, :2158: "delarenan Hela samhällets suicidprevention", "Delarenan Smart
    # tillgänglighet", "delarena Meningsskapande i vår tid"
    for name in ("Hela samhällets suicidprevention", "Smart tillgänglighet", "Meningsskapande i vår tid"):
        assert _one(things, name).actor_types == ("natverk",)
    # 2022…txt:442 "… ambulansnätverket på SKR"; :652 "under året har chefsnätverket nått …" (first-line chefs)
    assert _one(things, "Ambulansnätverket").actor_types == ("natverk",)
    assert _one(things, "Chefsnätverket").kind == "actor"
    assert not [m for m in things if m.name == "Nätverket"]  # the bare noun refers back, it names nothing
    # 2022…txt:359–361 "Utrikesdepartementets aktörsnätverk för global hälsa och Swedish Institute …"
    assert _one(things, "Utrikesdepartementets aktörsnätverk för global hälsa").kind == "actor"


def test_annual_report_unnamed_products_series_and_initiatives() -> None:
    things = _things(ANNUAL)
    # 2022…txt:486–489 "Ytterligare en grupp tar fram en lätt-fattlig handbok för informationsöverföring och
    # sekretess för aktörer som möter individer …": named by what it is about
    handbook = _one(things, "Handbok för informationsöverföring och sekretess")
    assert (handbook.kind, handbook.forms, handbook.source.line) == ("resource", ("guide",), 488)
    assert "tar fram en" in handbook.source.trigger
    # 2022…txt:495–497 "har tillsammans med SKR nyligen tagit fram en webb-utbildning för samtliga poliser"
    course = _one(things, "Webbutbildning för samtliga poliser")
    assert ("SKR", "partner") in [(a.name, a.role) for a in course.actors]
    # :494 "Polisen har … och har tillsammans med SKR nyligen tagit fram …": the subject made it (producer
    # roles are kept by read_running_text only for organisations the lexicon knows)
    assert ("Polisen", "producer") in [(a.name, a.role) for a in course.actors]
    # 2022…txt:1068 "Anordna tre webbinarier kring psykiatrisk tvångsvård där …": a series named by its topic,
    # with its count
    series = _one(things, "Webbinarier kring psykiatrisk tvångsvård")
    assert series.kind == "event"
    assert [o.value for o in series.observations] == [3]
    # 2022…txt:468–470 "tre webbinarier riktade till aktörer inom området prehospital akut psykiatri" (an
    # audience), :1993–1994 "sex webbinarier med koppling till psykisk hälsa" (a relation), :1739 "16 webbinarier
    # inom delprojektet" (the frame they ran in): generic plurals, no named series
    names = {m.name for m in things if m.kind == "event"}
    assert not {n for n in names if n.startswith("Webbinarier") and "tvångsvård" not in n}, names
    # 2022…txt:707–709 "Mottagar-funktionerna, ibland kallade En väg in (EVI)"
    evi = _one(things, "En väg in")
    assert (evi.kind, evi.alt_names) == ("initiative", ("EVI",))
    # 2022…txt:351 "Nordiska Ministerrådets toppmöte för psykisk hälsa i Finland"
    assert _one(things, "Nordiska Ministerrådets toppmöte för psykisk hälsa i Finland").kind == "event"


def test_final_report_programmes_and_studies() -> None:
    things = _things(FINAL)
    # 2018…txt:506 "Programmet Hälsa i Sverige för asylsökande och nyanlända påbörjades under 2016 …"
    assert _one(things, "Hälsa i Sverige för asylsökande och nyanlända").kind == "initiative"
    # 2018…txt:339 "den nationella förstudien ”[Förbättrad samverkan för minskad sjukskrivning](#)”"
    assert _one(things, "Förbättrad samverkan för minskad sjukskrivning").kind == "initiative"
    # 2018…txt:590 "… nätverket IIMHL …"
    assert _one(things, "IIMHL").kind == "actor"
    # 2018…txt:428 "IMR-programmet", :432 "IPS-modellen"
    # :428 "Illness management and support (IMR) är en psykosocial insats …": a method defined with its
    # abbreviation; "IMR-programmet" is another name of it, not a project of its own.
    imr = _one(things, "Illness management and support")
    assert imr.kind == "resource" and {"IMR", "IMR-programmet"} <= set(imr.alt_names)
    assert _one(things, "IPS-modellen").forms == ("modell",)
    # 2018…txt:200 "… presenteras i Vård- och insatsprogram (VIP)": the shared compound head stays
    assert _one(things, "Vård- och insatsprogram").alt_names == ("VIP",)


def test_generic_phrases_and_table_rows_are_not_things() -> None:
    names = {m.name for m in _things(ANNUAL)} | {m.name for m in _things(FINAL)}
    # 2022…txt:411 "En rapport kommer att publiceras i september 2022"; :482 "En arbetsgrupp arbetar med att …";
    # :279 "ett nära samar-bete"; 2018…txt:905 a table row "74 2017-08-31 Webbsändning om …"
    for generic in ("Rapport", "En rapport", "Arbetsgrupp", "En arbetsgrupp", "Samarbete"):
        assert generic not in names
    assert not any(n.startswith("Teaching Recovery Techniques 7") for n in names)
    assert not any(n[-1].isdigit() and n[-2].isalpha() and n[-2].islower() for n in names)  # footnote digits
    doc = _doc("Under året har ett arbete pågått. SKR tar fram en rapport.", "", "Rapporten publiceras i maj.")
    assert extract(doc) == []
    # A sentence subject the organisation lexicon does not know is no producer.
    doc = _doc("Gruppen Norr har tagit fram en handbok om sekretess.")
    [handbook] = read_running_text(doc, [], None, lambda name: None)
    assert (handbook.name, handbook.actors) == ("Handbok om sekretess", ())


def test_reworded_sentences_are_read_alike() -> None:
    doc = _doc(
        "Kommunerna deltar i nätverket Barnens röst sedan 2019.",
        "",
        "Mående i vardagen, en app för självhjälp, lanserades under året.",
        "",
        "Inom programmet Friska skolor genomfördes sex webbinarier om elevers närvaro i skolan.",
        "",
        "Regionen har tagit fram ett stödmaterial om läkemedel och psykisk hälsa.",
    )
    found = {m.name: m for m in extract(doc)}
    assert set(found) == {
        "Barnens röst",
        "Mående i vardagen",
        "Friska skolor",
        "Webbinarier om elevers närvaro i skolan",
        "Stödmaterial om läkemedel och psykisk hälsa",
    }
    assert (found["Barnens röst"].kind, found["Barnens röst"].start) == ("actor", "2019")
    assert found["Mående i vardagen"].forms == ("app",)
    assert found["Barnens röst"].actor_types == ("natverk",)
    assert found["Webbinarier om elevers närvaro i skolan"].observations[0].value == 6
    assert (
        Relation("part-of", "initiative", "Friska skolor") in found["Webbinarier om elevers närvaro i skolan"].relations
    )


def test_dedupe_keeps_the_layouts_reading() -> None:
    doc = _doc("Inom programmet Hälsa i Sverige för asylsökande har regionerna deltagit.")
    [mine] = extract(doc)
    layout = Mention("initiative", "Hälsa i Sverige", mine.source)
    assert dedupe([mine], [layout]) == []
    other = Mention("initiative", "Hälsa", mine.source)  # too short to stand for the whole name
    assert dedupe([mine], [other]) == [mine]


def test_a_spoken_quotation_after_a_group_noun_names_no_group() -> None:
    doc = _doc("Rådet ger råd till styrgruppen ”Lyssna på oss när ni planerar”")
    assert not any(m.kind == "actor" and m.name.startswith("Lyssna") for m in extract(doc))
    named = _doc("Frågan gick till arbetsgruppen ”Trygg skola i Exempelby” i mars.")
    assert any(m.kind == "actor" and m.name == "Trygg skola i Exempelby" for m in extract(named))


def test_words_of_a_layout_event_on_the_same_line_are_that_event() -> None:
    doc = _doc("Länskonferensen Modiga steg framåt tillsammans – 3 maj, Exempelby")
    mine = [m for m in extract(doc) if m.kind == "event"]
    assert mine, "the running-text reader names the conference"
    layout = Mention("event", "Länskonferensen Modiga steg framåt tillsammans", mine[0].source)
    assert dedupe(mine, [layout]) == []
    elsewhere = replace(layout, source=replace(layout.source, line=40))
    assert dedupe(mine, [elsewhere]) == mine


@pytest.fixture(scope="module")
def fixture_report() -> tuple[list[Mention], list[Mention]]:
    doc = read_report(FIXTURE)
    found = NumberedReportLayout().extract(doc)
    return found, read_running_text(doc, found)


def test_fixture_report_in_the_numbered_layout(fixture_report: tuple[list[Mention], list[Mention]]) -> None:
    # tests/fixtures/reports/numbered-2024-…txt, an invented report in the layout of the 2021 annual report
    found, everything = fixture_report
    assert NumberedReportLayout().score(read_report(FIXTURE)) >= 0.5
    new = [m for m in everything if m not in found]
    names = {(m.kind, m.name) for m in everything}
    # :34 "Samverkansgruppen för elevhälsa, ett nätverk för skolläkare …"
    assert ("actor", "Samverkansgruppen för elevhälsa") in names
    # :34 "Inom delarenan Trygg skolväg har …" (the layout reads it as an initiative; it stays one node)
    assert sum(1 for _, n in names if n == "Trygg skolväg") == 1
    # :49 "ofta kallade Ung ingång (UI)"; :56 "Modellen Stegvis Start är en arbetsmodell …"
    assert ("initiative", "Ung ingång") in names
    assert ("resource", "Stegvis Start") in names
    # :22 "sedan 2009 årligen slutit överenskommelser"; :24 "Överenskommelsen för 2023 gäller två år" and
    # "I 2023 års överenskommelse mellan staten och SKR"; "en tilläggsöverenskommelse för 2024"; :66 the
    # sick-leave agreement; :66 "överenskommelser mellan SKR och 8 kommuner/regioner om …"
    agreements = {m.name: m for m in new if m.kind == "agreement"}
    assert len(agreements) == 5
    main = agreements["2023 års överenskommelse mellan staten och SKR"]
    assert (main.start, main.end) == ("2023", "2024")
    assert "Tilläggsöverenskommelse för 2024" in agreements
    sick = "Överenskommelsen om en effektiv och kvalitetssäker sjukskrivnings- och rehabiliteringsprocess"
    assert sick in agreements
    study = next(m for m in everything if m.name == "Friskare arbetsplatser i vården")
    assert Relation("agreement", "agreement", sick) in study.relations
    # :62 "Ett arbete pågår …", :60 "En rapport kommer att publiceras …", :71 "ett arbete kring …" are no things
    assert not any(n.lower() in ("arbete", "ett arbete", "rapport", "en rapport") for _, n in names)


@pytest.mark.parametrize("path", sorted(REPORTS.glob("*.txt")), ids=lambda p: p.name[:4])
def test_every_quote_is_report_text(path: Path) -> None:
    # Quotes are spans of the report after joining hyphenated line ends and collapsing whitespace
    # (loader.text.dehyphenate), with "…" where a long sentence was cut; table rows are not read.
    doc = read_report(path)
    full = clean(dehyphenate("\n".join(line.text for line in doc.lines if "\t" not in line.text)))
    for m in read_running_text(doc, []):
        for src in [m.source, *(a.source for a in m.actors if a.source)]:
            for part in (p.strip() for p in src.quote.split("…")):
                assert not part or clean(part) in full, (m.name, src.line, part)
            assert len(src.quote) <= 300
            assert doc.lines[src.line - 1].text.strip(), (m.name, src.line)  # the line is text, not a gap


def test_class_cue_nouns_come_from_the_ontology() -> None:
    # The class head nouns are pg:cueNoun annotations of ontology/psykgraf.ttl (pg:Initiative, pg:Event,
    # pg:Actor for networks) and :cueNoun on resource-form concepts: no Swedish word list in Python.
    from loader.named_things import class_heads

    heads = class_heads()
    assert heads["förstudie"] == ("initiative", "")
    assert heads["ledarutbyte"] == ("event", "")
    assert heads["programområde"] == ("actor", "natverk")
    assert heads["arbetsmetod"] == ("resource", "modell")
    assert (cue_of("ledarutbytet").kind, cue_of("arrangemangen").kind) == ("event", "event")  # type: ignore[union-attr]


def test_members_of_an_event_list_are_events() -> None:
    # 2018-slutrapport…txt:139 "… under ett flertal arrangemang, exempelvis riksdagsseminarier,
    # socialchefsdagarna, Kommek, suicidpreventionskonferensen, barnrättsdagarna och Skolriksdagen."
    found = {(m.kind, m.name) for m in _things(FINAL) if m.source.line == 139}
    for name in ("Kommek", "suicidpreventionskonferensen", "barnrättsdagarna", "Skolriksdagen"):
        assert ("event", name) in found
    assert not [n for _, n in found if n == "riksdagsseminarier"]  # an indefinite plural: a kind, not one event
    # Reworded: another intro ("till exempel"), other members; a generic plural still stays out.
    doc = _doc("SKR medverkade på flera konferenser, till exempel Psykiatridagarna, Almedalen och ledarskapsmässor.")
    assert {(m.kind, m.name) for m in extract(doc)} >= {("event", "Psykiatridagarna"), ("event", "Almedalen")}
    assert "ledarskapsmässor" not in {m.name for m in extract(doc)}


def test_owner_genitive_event_and_quoted_title_in_apposition() -> None:
    # 2018-slutrapport…txt:121 "… medverkade i IIMHLs ledarutbyte i Sydney för att lära …"
    assert _one(_things(FINAL), "IIMHLs ledarutbyte i Sydney").kind == "event"
    # :119 "… som ingick i ”Bortom IT” en antologi som framtidens hälso- och sjukvård …"
    bortom = _one(_things(FINAL), "Bortom IT")
    assert (bortom.kind, bortom.forms) == ("resource", ("skrift",))
    # Reworded: another owner, place, title and form noun.
    doc = _doc(
        "Flera deltog i Nordens toppmöte i Genève för att lära.", "Texten ingår i ”Vägen framåt” en rapport om vården."
    )
    found = {(m.kind, m.name) for m in extract(doc)}
    assert {("event", "Nordens toppmöte i Genève"), ("resource", "Vägen framåt")} <= found


def test_compound_care_programme_is_a_resource_and_a_plain_programme_an_initiative() -> None:
    # 2018-slutrapport…txt:200 "Kunskapsmaterialet kommer att samlas och presenteras i Vård- och
    # insatsprogram (VIP)": "insatsprogram" is a cue noun of resources (resource-form.ttl :cueNoun),
    # while a bare "programmet X" is a programme of work (pg:Initiative pg:cueNoun "program").
    doc = _doc("Materialet samlas i Vård- och insatsprogram (VIP), och publiceras digitalt.")
    assert {(m.kind, m.name) for m in extract(doc)} == {("resource", "Vård- och insatsprogram")}
    doc = _doc(
        "Stödet finns i nationella vårdprogram (NVP) för psykiatri.",
        "Inom programmet Hälsa i Sverige har tio regioner deltagit.",
    )
    found = {(m.kind, m.name) for m in extract(doc)}
    assert ("resource", "Nationella vårdprogram") in found and ("initiative", "Hälsa i Sverige") in found


def test_an_aim_to_make_something_is_not_a_made_product() -> None:
    # 2019-kraftsamling…txt:1266 "Ta fram ett gemensamt koncept för övergångar mellan åk 6 till åk 7": an
    # aim in a pilot's plan, nothing made yet; "tog fram en handbok för …" (made) still names one.
    assert extract(_doc("Ta fram ett gemensamt koncept för övergångar mellan åk 6 till åk 7.")) == []
    made = extract(_doc("Under året har SKR tagit fram en handbok för samordnad planering."))
    assert [(m.kind, m.name) for m in made] == [("resource", "Handbok för samordnad planering")]


def test_abbreviation_and_its_compounds_name_one_thing() -> None:
    # 2020-inventering…txt:468 "Illness Management Recovery (IMR) är ett manualbaserat program …", :474
    # "… genomförandet av IMR-programmet", :482 "IMR är en av de metoder …": one program, three names;
    # :466/:472 "IMR-appen, ett metodstöd" carries another cue noun (app), so it is another thing.
    things = extract(read_report(REPORTS / "2020-inventering-metod-och-kunskapsstod.txt"))
    imr = _one(things, "Illness Management Recovery")
    assert set(imr.alt_names) == {"IMR", "IMR-programmet"}
    assert not [m for m in things if m.name in ("IMR", "IMR-programmet")]
    assert [m.name for m in things if m.name.startswith("IMR-app")] == ["IMR-appen"]
    # Reworded: another method, its abbreviation and its own cue noun in a compound.
    doc = _doc(
        "Multisystemisk terapi (MST) är en metod för familjer.",
        "Flera kommuner har infört MST-metoden under året.",
        "MST är en av de metoder som lyfts fram.",
    )
    found = extract(doc)
    assert [(m.name, set(m.alt_names)) for m in found] == [("Multisystemisk terapi", {"MST", "MST-metoden"})]


def test_owner_abbreviation_compound_before_a_name() -> None:
    # 2020-inventering…txt:1346-1347 "… i samarbete mellan SKL-projektet Psynk, psykisk hälsa barn och unga, och
    # Malmö högskola": SKL's project called Psynk, not a project called "SKL-projektet".
    things = extract(read_report(REPORTS / "2020-inventering-metod-och-kunskapsstod.txt"))
    assert _one(things, "Psynk").kind == "initiative"
    assert not [m for m in things if m.name == "SKL-projektet"]
    doc = _doc("Studien gjordes inom SKR-satsningen Trygg skola i samarbete med länet.")
    assert [(m.kind, m.name) for m in extract(doc)] == [("initiative", "Trygg skola")]


def test_a_known_short_name_with_a_description_is_that_thing() -> None:
    # 2021-handlingsplan…txt:262-263 "… utveckla föräldrastödsprogrammet ABC till föräldrar med barn 0–2 år": the
    # plan's layout reads "ABC"; "ABC till föräldrar …" is ABC described, not a second thing, and
    # "föräldrastödsprogram" is a care programme (resource-form.ttl :cueNoun), not a project.
    doc = _doc("Arbetet syftar till att utveckla föräldrastödsprogrammet ABC till föräldrar med barn 0–2 år.")
    [mine] = extract(doc)
    assert mine.kind == "resource"
    assert dedupe([mine], [Mention("resource", "ABC", mine.source)]) == []
    # Reworded: another programme and audience; a compound with another cue is kept.
    doc = _doc(
        "Kommunen inför behandlingsprogrammet KOMET för föräldrar till barn i skolåldern.", "KOMET-appen lanserades."
    )
    found = extract(doc)
    assert dedupe(found, [Mention("resource", "KOMET", found[0].source)]) == [
        m for m in found if m.name == "KOMET-appen"
    ]


def test_a_near_name_of_another_kind_elsewhere_is_another_thing() -> None:
    # 2020-inventering…txt:72 the item "Förbättrad samverkan för minskad sjukskrivning" (a förstudie report) and
    # :659 "I projektet Samverkan för minskad sjukskrivning har Region Skåne …": another thing, a project.
    report = read_report(REPORTS / "2020-inventering-metod-och-kunskapsstod.txt")
    project = _one(extract(report), "Samverkan för minskad sjukskrivning")
    item = Mention("resource", "Förbättrad samverkan för minskad sjukskrivning", replace(project.source, line=72))
    assert dedupe([project], [item]) == [project]
    # :1804 " Väntekollen.se" / :1806 "… genomfördes pilotprojektet Väntekollen …": the item's own text, one thing.
    pilot = _one(extract(report), "Väntekollen")
    site = Mention("resource", "Väntekollen.se", replace(pilot.source, line=1804))
    assert dedupe([pilot], [site]) == []
    # Reworded: the same name of the same kind far away is still the same thing.
    far = Mention("initiative", "Förbättrad samverkan för minskad sjukskrivning", replace(project.source, line=72))
    assert dedupe([project], [far]) == []


def test_plural_meeting_nouns_name_no_event() -> None:
    # 2018-slutrapport…txt:137 "mötescirkeln som stödjer SIP-möten"; :123 "30-talet tematiska två-dagarsmöten":
    # meetings of a kind. A definite singular still names one: "IIMHLs ledarutbyte i Sydney" (:121).
    found = extract(_doc("Mötescirkeln stödjer SIP-möten.", "", "Under året hölls 30-talet tematiska två-dagarsmöten."))
    assert [m for m in found if m.kind == "event"] == []
    found = extract(_doc("Regionen deltog i SKR:s konferens och i Nordens toppmöte i Oslo för att lära."))
    assert ("event", "Nordens toppmöte i Oslo") in {(m.kind, m.name) for m in found}


def test_capitalised_project_compound_with_its_period() -> None:
    # 2018-slutrapport…txt:99 (footnote 3) "… resulterade i Modellområdesprojekt (2009-2011) som hade uppdraget …"
    doc = _doc("Rapporten resulterade i Modellområdesprojekt (2009-2011) som hade uppdraget att ta fram modeller.")
    [project] = extract(doc)
    assert (project.kind, project.name, project.start, project.end) == (
        "initiative",
        "Modellområdesprojekt",
        "2009",
        "2011",
    )
    # Reworded: another compound and a single year; a capitalised compound without a period is left alone.
    doc = _doc(
        "Arbetet fortsatte i Skolhälsoprojektet (2015) med tio kommuner.", "", "Vi läste om Skolhälsoprojektet igen."
    )
    assert [(m.kind, m.name) for m in extract(doc)] == [("initiative", "Skolhälsoprojektet")]


def test_counted_list_after_a_plural_class_noun() -> None:
    # 2021-handlingsplan…txt:456-458 "• Fortsatt spridning av de tre framtagna forskningsöversikterna; att främja
    # skolnärvaro, att utreda [blank line] närvaroproblem och samverkan vid närvaroproblem som tagits fram av UPH …":
    # three titles for "de tre", across the PDF's blank line inside the sentence.
    things = extract(read_report(REPORTS / "2021-handlingsplan-psykisk-halsa-stockholms-lan.txt"))
    names = {(m.kind, m.name) for m in things}
    for title in ("Att främja skolnärvaro", "Att utreda närvaroproblem", "Samverkan vid närvaroproblem"):
        assert ("resource", title) in names
    assert _one(things, "Att utreda närvaroproblem").forms == ("forskningsoversikt",)
    # Reworded: two guides; a count that does not match the list names nothing.
    doc = _doc("Vi spred de två nya handböckerna: stöd vid skolfrånvaro och samverkan kring elever.")
    assert {m.name for m in extract(doc)} == {"Stöd vid skolfrånvaro", "Samverkan kring elever"}
    assert extract(_doc("Vi spred de tre nya handböckerna: stöd vid skolfrånvaro och samverkan kring elever.")) == []


PLAN = "2021-handlingsplan-psykisk-halsa-stockholms-lan"


def test_things_named_by_a_descriptive_noun_phrase() -> None:
    plan = _things(PLAN)
    # 2021-handlingsplan…txt:462 "Aktivitet 2. Sprida eventuell fortsatt länsgemensam satsning på suicidprevention"
    assert _one(plan, "Länsgemensam satsning på suicidprevention").kind == "initiative"
    # :144 "genom ett särskilt nätverk av kommunsamordnare från respektive kommun."
    network = [m for m in plan if "nätverk av kommunsamordnare" in m.name]
    assert [(m.kind, m.actor_types, m.source.line) for m in network] == [("actor", ("natverk",), 144)]
    # :33 "2 Minnesanteckningar från PRIO Styrgrupp 2016-05-23." — a group noun after an abbreviation
    assert _one(plan, "PRIO Styrgrupp").actor_types == ("natverk",)
    annual = _things(ANNUAL)
    # 2022-insatser…txt:333-335 "… (OECD) expertgrupp för det strategiska utvecklingsprogrammet kring
    # välbefinnande och psykisk hälsa som startade hösten 2021"
    oecd = _one(annual, "Strategiska utvecklingsprogrammet kring välbefinnande och psykisk hälsa")
    assert (oecd.kind, oecd.source.line) == ("initiative", 335)
    # :360-361 "Swedish Institute for Global Health Transformations (SIGHT) nätverk för global psykisk hälsa."
    assert _one(annual, "SIGHT nätverk för global psykisk hälsa").actor_types == ("natverk",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Regionen planerar en satsning på barns psykiska hälsa under året.",  # no adjective: any effort
        "Beslut om kommande satsning på BUP fattas senare i år.",  # a participle, not a describing adjective
        "Vi ordnade lokala workshops kring forskningsöversikterna i höstas.",  # a plural names a kind
        "Kommunen avslutade motsvarande satsning på grund av höga kostnader.",  # "på grund av" is no attribute
        "Det blev en nationell nätverksdag för alla i länet.",  # "för alla" describes nothing
        "Beslut fattas av den regionala styrgruppen för satsningen varje år.",  # refers back to a named thing
    ],
)
def test_generic_noun_phrases_are_no_things(sentence: str) -> None:
    assert [m.name for m in extract(_doc(sentence))] == []


def test_layouts_and_running_text_share_one_cue_lookup() -> None:
    from loader.layouts.cues import cue_nouns

    # One lookup, two readings: running text reads "programmet" as a project (pg:Initiative cueNoun),
    # a list of supports as a programme of care (resource-form.ttl :cueNoun "program"); both know the
    # ontology's group nouns (pg:Actor cueNoun "styrgrupp") and the form labels.
    assert (cue_of("styrgruppen").kind, cue_nouns().match("styrgruppen").kind) == ("actor", "network")  # type: ignore[union-attr]
    assert cue_of("programmet").kind == "initiative"  # type: ignore[union-attr]
    assert cue_nouns().match("programmen").kind == "resource"  # type: ignore[union-attr]
    assert cue_of("handboken").code == cue_nouns().match("handboken").form == "guide"  # type: ignore[union-attr]


def test_a_counted_series_is_any_plural_event_noun_of_the_ontology() -> None:
    # The series noun is read through the ontology's event nouns (pg:Event cueNoun "nätverksträff",
    # "utbildningstillfälle"), not a list in the code; a counted plural of another noun is no series.
    found = extract(_doc("Under 2021 hölls fyra nätverksträffar om suicidprevention i länet och mer."))
    assert [(m.kind, m.name, m.observations[0].value) for m in found] == [
        ("event", "Nätverksträffar om suicidprevention i länet", 4)
    ]
    assert extract(_doc("Under 2021 deltog fyra kommuner om suicidprevention i länet och mer.")) == []


def test_abbreviation_spelt_out_in_lower_case_names_a_method() -> None:
    # 2018…txt:456-458 "arbeta med implementering av ERGT (emotion regulation group therapy)"; :460 "ERITA
    # (emotion regulation individual therapy for adolescents)": "for" is skipped in the initials
    ergt = _one(_things(FINAL), "ERGT")
    assert (ergt.kind, ergt.alt_names) == ("resource", ("emotion regulation group therapy",))
    found = extract(_doc("Terapin kallas ofta DBT (dialektisk beteendeterapi) i texterna."))
    assert not [m for m in found if m.name == "DBT"]  # initials "db" do not spell DBT


def test_reference_footnote_author_year_title() -> None:
    # heldout 2022-handlingsplan…txt:80 "4 Folkhälsomyndigheten (2021). Barns och ungas hälsa och livsvillkor."
    found = extract(_doc("4 Folkhälsomyndigheten (2021). Barns och ungas hälsa och livsvillkor."))
    assert [(m.kind, m.name) for m in found] == [("resource", "Barns och ungas hälsa och livsvillkor")]
    # 2021-handlingsplan…txt:240 "7 UNICEF (2020)." prints no title: nothing is cited by name
    assert not [m for m in extract(_doc("7 UNICEF (2020).")) if m.kind == "resource"]


def test_words_inside_a_layouts_title_are_not_a_thing() -> None:
    # 2022-insatser…txt:1530-1532 footnote "rapporterna Arbetsmiljö och hälsa i fokus – En lärande utvärdering för
    # Örnsköldsvik respektive Botkyrkas pilotprojekt kring preventivt arbete för minskad sjukfrånvaro …"
    names = {m.name for m in read_running_text(read_report(REPORTS / f"{ANNUAL}.txt"), _layout(ANNUAL))}
    assert "Botkyrkas pilotprojekt kring preventivt arbete" not in names


@cache
def _layout(stem: str) -> tuple[Mention, ...]:
    return tuple(NumberedReportLayout().extract(read_report(REPORTS / f"{stem}.txt")))


def test_a_counted_series_with_listed_themes_is_its_themes() -> None:
    # Made-up lines: the themes a sentence lists are the events; the counted series is not one besides them.
    found = extract(_doc("Under året hölls fyra seminarier om arbetsmiljö, med teman – Stress, Sömn och Ledarskap."))
    assert not [m for m in found if m.name.startswith("Seminarier om")]
    # Without a list of themes the counted series is the event.
    found = extract(_doc("Under året hölls fyra seminarier om arbetsmiljö i kommunerna och mer."))
    assert [m.name for m in found if m.kind == "event"] == ["Seminarier om arbetsmiljö i kommunerna"]


# -- an appendix item named in the body (2018 final report, lines 238-241 and 753) -----------------

_LISTED = (
    "Stöd till skolan",  # 1
    "",
    "Arbetet har gett stöd till många skolor.",  # 3
    "",
    "Skolans stöd för barn och unga",  # 5: the heading over the presentation
    "",
    "UPH har gett ut [Skolboken](#) och startat upp en idébank för elevhälsan. Både Skolboken och "
    "idébanken ger stöd till personal som möter barn och unga. Rapporten Annat finns också.",  # 7
    "",
    "⁸ Idébank för elevhälsan",  # 9: a footnote citing it presents nothing
    "",
    "Bilaga 1 Framtagna produkter under 2017",  # 11
    "",
    "UPH. Idébank för Elevhälsan",  # 13
    "<https://example.se/ideer/>",
    "",
    "UPH. Annan produkt. Den är tryckt.",  # 16
)


def _listed(m: Mention) -> Mention:
    from loader.named_things import listed_in_body

    out = listed_in_body(_doc(*_LISTED), [m])
    assert len(out) == 1
    return out[0]


def _item(name: str, line: int) -> Mention:

    section = "Bilaga 1 Framtagna produkter under 2017"
    return Mention("resource", name, Source("r", line, f"UPH. {name}", section=section), f"UPH. {name}", section)


def test_listed_item_takes_the_body_sentence_naming_it_and_the_one_referring_back() -> None:
    m = _listed(_item("Idébank för Elevhälsan", 13))
    # Line 7: the lower-case mention and the next sentence ("idébanken", definite); not the third.
    assert "startat upp en idébank för elevhälsan." in m.description
    assert "Både Skolboken och idébanken ger stöd" in m.description
    assert "Rapporten Annat" not in m.description
    assert m.heading == "Skolans stöd för barn och unga"  # line 5, the heading over line 7


def test_listed_item_not_named_in_the_body_or_not_from_an_appendix_is_kept() -> None:
    other = _item("Annan produkt", 16)
    assert _listed(other) == other
    body = replace(_item("Idébank för Elevhälsan", 13), source=Source("r", 13, "UPH. Idébank", section="3.3 Skolan"))
    assert _listed(body) == body


def test_listed_item_takes_facets_from_its_body_sentences_only() -> None:
    from loader.actors import ActorLexicon
    from loader.enrich import enrich
    from loader.lexicon import VOCAB_DIR, Lexicon

    m = _listed(_item("Idébank för Elevhälsan", 13))
    e = enrich(m, Lexicon.from_dir(VOCAB_DIR), ActorLexicon([]), None, ("Skolboken", m.name))
    assert {"barn", "unga"} <= set(e.mention.target_groups)


def test_counted_series_is_named_by_its_topic_only() -> None:
    doc = _doc(
        "Under året höll UPH fyra webbinarier om Psykisk hälsa i arbetslivet, med många deltagare.",
        "",
        "Regionen ordnade tre seminarier riktade till chefer inom socialtjänsten och vården.",
        "",
        "SKR anordnade sammanlagt 12 webbinarier inom projektet under perioden.",
        "",
        "UPH sände tio webbinarier om arbetsmiljö, stress och återgång i arbete.",
    )
    events = {m.name: m for m in extract(doc) if m.kind == "event"}
    # line 1: a topic after "om" names the series; lines 3, 5, 7: an audience, the frame, a list of subjects
    assert list(events) == ["Webbinarier om Psykisk hälsa i arbetslivet"]
    assert [o.value for o in events["Webbinarier om Psykisk hälsa i arbetslivet"].observations] == [4]


def test_an_arrangements_title_names_its_subject() -> None:
    # Written like Bilaga 2 of the 2018 report (2018…txt:831 "Utbildning i Hitta rätt - ett material för
    # ensamkommande ungdomar", :892 "Nätverksdag IMR-nätverket", :964 "Workshop om Metodhandbok: Att erbjuda …").
    rows = [
        "Utbildning i Trygga steg – ett stödmaterial för familjehem",
        "Utbildningsdag Livslust – metod för samtal i grupp med äldre",
        "Nätverksdag ABC-nätverket",
        "Workshop om Handbok: Att möta unga i kris",
        "Utbildning i Migration och hälsa – grundkurs",
        "Releasemingel - handbok för anhörigkonsulenter",
        "Temadag om suicidprevention och migration",
    ]
    doc = _doc(*[f"{n}\t2017-0{n % 9 + 1}-10\t{row}" for n, row in enumerate(rows, 1)])
    layout = [
        Mention("event", row, Source("r", n, f"{n}\t2017-0{n % 9 + 1}-10\t{row}")) for n, row in enumerate(rows, 1)
    ]
    found = {(m.kind, m.name): m for m in read_running_text(doc, layout) if m.kind != "event"}
    assert set(found) == {
        ("resource", "Trygga steg"),
        ("resource", "Livslust"),
        ("actor", "ABC-nätverket"),
        ("resource", "Att möta unga i kris"),
    }
    # the subtitle stays as another name; the evidence is the arrangement's own row
    assert found[("resource", "Trygga steg")].alt_names == ("Trygga steg – ett stödmaterial för familjehem",)
    assert found[("resource", "Trygga steg")].source.line == 1
    assert found[("actor", "ABC-nätverket")].actor_types == ("natverk",)


def test_titles_in_running_text_of_a_numbered_report() -> None:
    # Synthetic sentences in the conventions of the annual reports (2022…txt, SKR's publication titles with a
    # dash subtitle; 2018…txt:1072 "Angereds-projektet"; 2018…txt:488 "två sociala investeringssatsningar i
    # Örebro (… samt El Sistema som verktyg för …)").
    doc = _doc(
        "Under året gav SKR ut Psykisk hälsa i coronatid – en lägesbild från kommuner och regioner, som spreds.",
        "",
        "SKR publicerade också Första linjen för barn och unga – en uppföljning 2020 under hösten.",
        "",
        "Under 2019 genomfördes Kartläggning av den psykiatriska heldygnsvården 2019 i samtliga regioner.",
        "",
        "UPH har publicerat Handbok för samverkan kring barn i familjehem som riktar sig till socialtjänsten.",
        "",
        "Webbtjänsten Min väg in lanserades under våren.",
        "",
        "Nätverket för regionala utvecklingsledare inom psykisk hälsa träffades fyra gånger.",
        "",
        "Samverkan har skett inom Kalmar-projektet och med regionerna.",
        "",
        "UPH utvärderade två satsningar i Örebro (stöd till föräldrar samt El Sistema som verktyg för inlärning).",
        "",
        "Arbetet med att ta fram ett Barnhälsoindex för alla kommuner fortsatte.",
        "",
        "I portalen finns material från exempelvis Psynkprojektet, Barnombudsmannen och Socialstyrelsen.",
        "",
        "Under året har vård- och insatsprogrammet för depression och ångest uppdaterats.",
    )
    found = {(m.kind, m.name): m for m in extract(doc)}
    expected = {
        ("resource", "Psykisk hälsa i coronatid – en lägesbild från kommuner och regioner"),  # line 1
        ("resource", "Första linjen för barn och unga – en uppföljning 2020"),  # line 3: "under" ends it
        ("resource", "Kartläggning av den psykiatriska heldygnsvården 2019"),  # line 5: the year closes it
        ("resource", "Handbok för samverkan kring barn i familjehem"),  # line 7
        ("resource", "Min väg in"),  # line 9: a possessive opens the title after the cue noun
        ("actor", "Nätverket för regionala utvecklingsledare inom psykisk hälsa"),  # line 11
        ("initiative", "Kalmar-projektet"),  # line 13
        ("initiative", "El Sistema"),  # line 15: the capitalised member of two
        ("initiative", "Psynkprojektet"),  # line 19: a capitalised definite compound of an initiative noun
        # line 21 (cf. 2022…txt:979 "vård- och insatsprogrammet för missbruk och beroende"): a coordinated compound
        ("resource", "Vård- och insatsprogrammet för depression och ångest"),
    }
    assert expected <= set(found), sorted(found)
    assert found[("resource", "Min väg in")].forms == ("e-tjanst",)
    assert found[("resource", "Psykisk hälsa i coronatid – en lägesbild från kommuner och regioner")].source.line == 1
    # line 17: after an article the capitalised noun is one thing described, not a title
    assert not [n for _, n in found if n.startswith("Barnhälsoindex")]
    # line 15: the member without a capital is a description
    assert not [n for _, n in found if n.startswith("Stöd till")]


def test_running_head_inside_a_sentence_is_skipped() -> None:
    # A running head "Title 2024 <page>" printed at a page break inside a sentence is page furniture:
    # the network's name runs on over it ("Nätverket för digital" / head / "psykiatri.").
    head = "Årsrapport om psykisk hälsa och suicidprevention 2024 {}"
    texts = [
        head.format(3),
        "",
        "Under 2024 arrangerade UPH ett nätverk för regioner som vill utveckla digitala insatser,",
        "",
        "Nätverket för digital",
        "",
        head.format(4),
        "",
        "psykiatri.",
    ]
    doc = Document("r", tuple(Line(i + 1, t) for i, t in enumerate(texts)))
    names = {m.name for m in extract(doc) if m.kind == "actor"}
    assert "Nätverket för digital psykiatri" in names
    assert not any("Årsrapport" in n for n in names)


def test_title_after_a_cue_noun_in_an_annual_report_paragraph() -> None:
    # Conventions of the double-spaced annual reports: a footnote number glued to a closing year
    # ("… 20193." with footnote 3 below), a title opened by a capitalised function word after its cue
    # noun, and a compound noun in -ats ending a title before a comma.
    doc = _doc(
        "Under året har UPH sammanställt kartläggningen Köer och personal i vuxenpsykiatrin 20193. Den",
        "",
        "omfattar alla regioner.",
        "",
        "Tillsammans med en förening har UPH gjort filmen Att stanna kvar, där två unga berättar.",
        "",
        "UPH har tagit fram appen Lugnare mötesplats, som används av elever.",
        "",
        "3 Köer och personal i vuxenpsykiatrin 2019, UPH.",
    )
    found = {(m.kind, m.name) for m in extract(doc)}
    assert ("resource", "Köer och personal i vuxenpsykiatrin 2019") in found, found  # not "…20193"
    assert ("resource", "Att stanna kvar") in found, found
    assert ("resource", "Lugnare mötesplats") in found, found
    assert not [n for _, n in found if n.endswith("20193") or n == "Lugnare"], found


def test_a_supine_still_ends_a_name_after_a_subject() -> None:
    # "-ats" is a verb where no comma or full stop follows it: "… Hela vägen anordnats i …" is not read on.
    doc = _doc("Webbinariet Hela vägen anordnats i tre regioner under våren.")
    names = {m.name for m in extract(doc)}
    assert not [n for n in names if "anordnats" in n], names


def test_groups_and_events_named_by_a_capitalised_compound_or_a_place() -> None:
    # A youth panel named after its cue noun, a council placed in an organisation ("Rådet inom X"), and an
    # event named by a capitalised definite compound with its year; lower-case uses name nothing.
    doc = _doc(
        "Unga har deltagit genom förbundets ungdomspanel Starka röster.",
        "",
        "Under hösten har Samverkansrådet inom Region Gotland träffats tre gånger.",
        "",
        "UPH medverkade i Järvaveckan 2031 med ett samtal om ensamhet.",
        "",
        "Under veckan hölls två möten, och rådet inom regionen träffades också.",
    )
    found = {(m.kind, m.name) for m in extract(doc)}
    assert ("actor", "Starka röster") in found, found
    assert ("actor", "Samverkansrådet inom Region Gotland") in found, found
    assert ("event", "Järvaveckan 2031") in found, found
    assert not [m for m in extract(doc) if m.source.line == 7], found


def test_a_partner_name_ending_in_a_lower_case_organisation_head() -> None:
    # blind6 2030-insatser…txt:115-117 "SKR har i samarbete med Skolverket och Specialpedagogiska skolmyndigheten
    # tagit fram Lugn i klassrummet": the agency's name ends in its head word ("-myndigheten", pg:headWord)
    from loader.named_things import _PARTNER, _partner_name

    text = "SKR har i samarbete med Skolverket och Specialpedagogiska skolmyndigheten tagit fram Lugn i klassrummet."
    m = _PARTNER.search(text)
    assert m is not None and _partner_name(text, m) == "Skolverket och Specialpedagogiska skolmyndigheten"
    text = "Guiden togs fram tillsammans med Mind och används i skolan."
    m = _PARTNER.search(text)
    assert m is not None and _partner_name(text, m) == "Mind"


def test_an_event_name_keeps_its_year_before_the_place() -> None:
    # blind5 2029-slutrapport…txt:107 "Konferensen Elevhälsa 2028 i Göteborg samlade drygt 500 deltagare": the
    # year closes the name of this holding, the place after "i" is no part of it
    doc = Document("r", (Line(1, "Konferensen Elevhälsa 2028 i Göteborg samlade drygt 500 deltagare."),))
    events = [m.name for m in read_running_text(doc, []) if m.kind == "event"]
    assert events == ["Elevhälsa 2028"], events


def test_a_bare_noun_after_an_arrangements_dash_names_a_session_not_a_product() -> None:
    # blind6 2030-slutrapport…txt:174 "Utbildningsdag Säkerhetsplanering – uppföljning" (a follow-up day); the
    # dev final report's "Utbildning i Hitta rätt - ett material för ensamkommande ungdomar" names the material
    from loader.named_things import named_in_titles

    src = Source(report="r", line=1, quote="q")
    events = [
        Mention("event", "Utbildningsdag Säkerhetsplanering – uppföljning", src),
        Mention("event", "Utbildning i Hitta rätt - ett material för ensamkommande ungdomar", src),
    ]
    assert [m.name for m in named_in_titles(events) if m.kind == "resource"] == ["Hitta rätt"]


def test_a_lone_bracket_before_a_name_is_punctuation_not_a_link() -> None:
    # A bracket that opens a parenthetical remark ("[Se Bilaga 2]", "[ Nätverket …") is a token of its
    # own; it used to be read as the start of a "[title](url)" link and crashed the whole build.
    doc = _doc(
        "Under året startade nätverket [ Unga vuxnas röst ] som samlar åtta kommuner.",
        "Metoden [ se bilaga ] beskrivs i webbutbildningen Trygga samtal.",
    )
    names = {m.name for m in extract(doc)}
    assert "Trygga samtal" in names
    assert "[" not in names and "" not in names
