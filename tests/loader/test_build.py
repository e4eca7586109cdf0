"""End to end: the five reports build into a graph whose facts match the report text.

Expected values come from reading the reports; each cites its file and line.
"""

from __future__ import annotations

import shutil
from dataclasses import FrozenInstanceError
from pathlib import Path

import pyoxigraph
import pytest

from loader.model import Document, Mention
from loader.pipeline import BuildResult, build
from loader.read import ReportError
from psykgraf.settings import Settings

INV = "2020-inventering-metod-och-kunskapsstod"
PLAN = "2021-handlingsplan-psykisk-halsa-stockholms-lan"
REPORTS = Path(__file__).resolve().parents[2] / "data" / "reports"
R2017 = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
R2021 = "2022-insatser-psykisk-halsa-suicidprevention-2021"
BASE = "https://w3id.org/psykgraf/"
PREFIXES = """PREFIX pg: <https://w3id.org/psykgraf/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


@pytest.fixture()
def result(built: BuildResult) -> BuildResult:
    return built


@pytest.fixture()
def store(built_store: pyoxigraph.Store) -> pyoxigraph.Store:
    return built_store


def rows(store: pyoxigraph.Store, query: str) -> list[tuple[str, ...]]:
    out = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(out, pyoxigraph.QuerySolutions)
    return [tuple(str(t.value) if t is not None else "" for t in sol) for sol in out]


def resource(store: pyoxigraph.Store, label_regex: str) -> str:
    found = rows(
        store,
        f"SELECT DISTINCT ?r WHERE {{ ?r a pg:Resource ; rdfs:label|skos:altLabel ?l . "
        f'FILTER(REGEX(?l, "{label_regex}")) }}',
    )
    assert len(found) == 1, f"{label_regex}: {found}"
    return found[0][0]


def values(store: pyoxigraph.Store, iri: str, prop: str) -> set[str]:
    return {r[0] for r in rows(store, f"SELECT ?o WHERE {{ <{iri}> {prop} ?o }}")}


def test_every_report_builds_with_entities(result: BuildResult) -> None:
    assert set(result.counts) == {p.stem for p in (Path(Settings().reports_dir)).glob("*.txt")}
    for report, per_class in result.counts.items():
        assert sum(per_class.values()) > 0, report


def test_sdqwebb_is_a_free_questionnaire_for_ages_3_to_17(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:372 " SDQwebb – frågeformulär 3–17 år"
    r = resource(store, "^SDQwebb")
    assert values(store, r, "pg:form") == {BASE + "vocab/resource-form/formular"}
    assert values(store, r, "pg:ageMin") == {"3"}
    assert values(store, r, "pg:ageMax") == {"17"}
    # :380 "verktyget är kostnadsfritt att använda"
    assert values(store, r, "schema:isAccessibleForFree") == {"true"}
    urls = values(store, r, "schema:url")
    # :381 "SDQwebb.se samt ett användarstöd (länk) och en lathund … (länk)" -> site + two PDFs
    assert any("sdqwebb.se" in u for u in urls)
    assert len([u for u in urls if u.endswith(".pdf")]) == 2


def test_cgas_is_a_web_training_for_professionals(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:388 " Webbutbildning C-GAS"; :390 "den som arbetar professionellt med barn"
    r = resource(store, "C-GAS")
    assert BASE + "vocab/resource-form/webbutbildning" in values(store, r, "pg:form")
    assert BASE + "vocab/audience/personal" in values(store, r, "pg:audience")


def test_vand_dig_hit_is_a_2012_first_line_guide_for_children_and_young(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:188 "Vänd dig hit! – guide för kommuner och landsting …", listed under
    # "Första linjen"; the year is in its title suffix "(2012)" (line 190)
    r = resource(store, "^Vänd dig hit")
    assert values(store, r, "dcterms:created") == {"2012"}
    assert BASE + "vocab/care-level/forsta-linjen" in values(store, r, "pg:careLevel")
    assert BASE + "vocab/resource-form/guide" in values(store, r, "pg:form")
    assert {BASE + "vocab/target-group/barn", BASE + "vocab/target-group/unga"} <= values(store, r, "pg:targetGroup")
    assert values(store, r, "pg:listedUnder") == {"Första linjen"}


def test_years_read_from_the_description_carry_their_quote(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:399 "Sedan 2015, när webbträningen lanserades" (C-GAS)
    r = resource(store, "C-GAS")
    assert values(store, r, "dcterms:created") == {"2015"}
    # :40 "Modellen är framtagen i Helsingborgs stad (2005)" (SkolFam)
    skolfam = resource(store, "^SkolFam")
    assert values(store, skolfam, "dcterms:created") == {"2005"}
    quotes = rows(
        store,
        f"""SELECT ?exact WHERE {{ ?a rdf:subject <{skolfam}> ; rdf:predicate dcterms:created ;
              oa:hasTarget/oa:hasSelector/oa:exact ?exact }}""",
    )
    assert quotes and all("2005" in q[0] for q in quotes)


def test_days_of_a_programme_take_its_year_maker_and_care_level(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:587 "Utbildningsspår primärvård", :589 "Under våren 2018 tog UPH fram ett
    # utbildningsprogram med utbildningsdagar inom nio områden", :593 "- Triagering – rätt vård …"
    day = resource(store, "^Triagering")
    assert values(store, day, "dcterms:created") == {"2018"}
    assert values(store, day, "pg:producer") == {BASE + "id/actor/uph"}
    assert BASE + "vocab/care-level/primarvard" in values(store, day, "pg:careLevel")
    quotes = rows(
        store,
        f"""SELECT ?exact WHERE {{ ?a rdf:subject <{day}> ; rdf:predicate dcterms:created ;
              oa:hasTarget/oa:hasSelector/oa:exact ?exact }}""",
    )
    assert quotes and all("2018" in q[0] for q in quotes)
    # :619 "med olika experter som medverkande och föreläsare": speakers, not an audience of trainers
    assert BASE + "vocab/audience/utbildare" not in values(store, day, "pg:audience")


def test_pyramidverktyget_is_no_longer_in_use(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:1736 "Verktyg som inte längre är i bruk", :1826 " Pyramidverktyget"
    r = resource(store, "^Pyramidverktyget$")
    assert values(store, r, "pg:status") == {BASE + "vocab/status/ej-i-bruk"}


def test_bilaga2_has_129_numbered_events_with_first_and_last_dates(store: pyoxigraph.Store) -> None:
    # 2018-slutrapport…txt:829 "1	2017-01-12	Migration och psykisk hälsa - grundkurs"
    # 2018-slutrapport…txt:965 "129	2017-12-19	Agenda Aktion 2017, sociala investeringar"
    # Every row keeps its number, date and name: as an event, or as a holding of an event series.
    found = rows(
        store,
        f"""SELECT ?code ?start ?l WHERE {{
        {{ ?e a pg:Event }} UNION {{ ?e schema:superEvent/a pg:Event }}
        ?e pg:code ?code ; schema:startDate ?start ; rdfs:label ?l ;
           dcterms:source <{BASE}id/report/{R2017}> }}""",
    )
    numbered = {int(c): (s, label) for c, s, label in found if c.isdigit()}
    assert sorted(numbered) == list(range(1, 130))
    assert numbered[1] == ("2017-01-12", "Migration och psykisk hälsa - grundkurs")
    assert numbered[129][0] == "2017-12-19"


def test_an_arrangement_held_on_several_dates_is_one_event_series(store: pyoxigraph.Store) -> None:
    # 2018-slutrapport…txt:864 "34	2017-04-04	Analysledarutbildning", :889 "58	2017-05-19	…",
    # :918 "85	2017-09-11	…", :939 "105	2017-11-08	Analysledarutbildning": one arrangement, four dates
    series = rows(
        store,
        """SELECT ?e ?n ?first ?last WHERE { ?e a pg:Event , schema:EventSeries ;
        rdfs:label "Analysledarutbildning"@sv ; pg:occurrenceCount ?n ;
        schema:startDate ?first ; schema:endDate ?last }""",
    )
    assert [(n, first, last) for _, n, first, last in series] == [("4", "2017-04-04", "2017-11-08")]
    held = rows(
        store,
        f"""SELECT ?code ?start WHERE {{ <{series[0][0]}> schema:subEvent ?o . ?o a schema:Event ;
        schema:superEvent <{series[0][0]}> ; pg:code ?code ; schema:startDate ?start }} ORDER BY ?start""",
    )
    assert held == [("34", "2017-04-04"), ("58", "2017-05-19"), ("85", "2017-09-11"), ("105", "2017-11-08")]
    # 2018-slutrapport…txt:829 "Migration och psykisk hälsa - grundkurs", :849 "Utbildning i Migration och
    # psykisk hälsa – grundkurs", :922 "Grundkurs migration och psykisk hälsa (Borås)": one course, the place
    # kept on its holding, the spellings as alternative labels.
    course = rows(
        store,
        """SELECT ?e ?n WHERE { ?e a pg:Event ; skos:altLabel "Grundkurs migration och psykisk hälsa (Borås)"@sv ;
        pg:occurrenceCount ?n }""",
    )
    assert [n for _, n in course] == ["8"]
    places = rows(
        store,
        f"""SELECT ?place WHERE {{ <{course[0][0]}> schema:subEvent/schema:location ?place }} ORDER BY ?place""",
    )
    assert [p for (p,) in places] == ["Borås", "Eskilstuna", "Lycksele", "Varberg"]
    # :841 "Lärandeseminarium 1 – genombrott barn och unga" and :884 "Lärandeseminarium 2, …" stay two events.
    seminars = rows(
        store, """SELECT ?e WHERE { ?e a pg:Event ; rdfs:label ?l FILTER(STRSTARTS(?l, "Lärandeseminarium")) }"""
    )
    assert len(seminars) == 3  # 1, 2 and 4 ("Lärandedseminarium 3" is printed so)


def test_familjehemsverige_is_one_node_with_two_dated_counts(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:514 "2020 var 102 kommuner anslutna" (the inventory's facts are "i mars 2020")
    # 2022-insatser…txt:1866 "I slutet av året var 122 kommuner anslutna" (the year reported on: 2021)
    found = rows(
        store,
        """SELECT DISTINCT ?e WHERE { ?e a pg:Resource ; rdfs:label|skos:altLabel ?l .
        FILTER(REGEX(?l, "^(E-tjänsten )?FamiljehemSverige", "i")) }""",
    )
    assert len(found) == 1
    e = found[0][0]
    reports = values(store, e, "dcterms:source")
    assert {f"{BASE}id/report/{INV}", f"{BASE}id/report/{R2021}"} <= reports
    obs = rows(
        store,
        f"""SELECT ?v ?d WHERE {{ <{e}> pg:observation ?o . ?o pg:measure ?m ;
        schema:value ?v ; schema:observationDate ?d . FILTER(CONTAINS(?m, "kommuner")) }}""",
    )
    by_value = {float(v): d for v, d in obs}
    assert by_value[102.0].startswith("2020")
    assert by_value[122.0].startswith("2021")
    # 2018-slutrapport…txt:636 "anmäla intresse till upp till fem kommuner samtidigt" is a limit, not a count
    assert 5.0 not in by_value
    # 2018-slutrapport…txt:638 "Nu finns även möjligheten att välja en engelsk version"
    assert "en" in values(store, e, "schema:inLanguage")


def test_every_entity_has_a_source_quote(store: pyoxigraph.Store) -> None:
    missing = rows(
        store,
        """SELECT ?e WHERE { ?e a ?c . VALUES ?c { pg:Resource pg:Actor pg:Event
        pg:Initiative pg:Agreement }
        FILTER NOT EXISTS { ?a oa:hasBody ?e ; oa:hasTarget/oa:hasSelector/oa:exact ?q } }""",
    )
    assert missing == []
    long_quotes = rows(store, "SELECT ?q WHERE { ?s oa:exact ?q FILTER(STRLEN(?q) > 300) }")
    assert long_quotes == []


def test_kraftsamling_is_made_by_skr(store: pyoxigraph.Store) -> None:
    # 2022-insatser…txt:39 "SKR:s initiativ Kraftsamling för psy-[kisk hälsa]" and :239 "Inom ramen för
    # SKR:s initiativ Kraftsamling för psykisk hälsa": the initiative is SKR's own
    found = rows(store, """SELECT ?i WHERE { ?i a pg:Initiative ; rdfs:label "Kraftsamling för psykisk hälsa"@sv }""")
    assert len(found) == 1
    assert BASE + "id/actor/skr" in values(store, found[0][0], "pg:producer")


def test_i_nod_has_its_four_parts(store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:1590 " I-nod (2013-2014)"; :1610 "Arbetet bedrevs inom ramen för fyra
    # delprojekt, Assertive Community Treatment (ACT), Flexibel ACT (F-ACT), Puzzel och PrinSIP."
    found = rows(
        store,
        """SELECT ?l ?start ?end WHERE { ?i a pg:Initiative ; rdfs:label "I-nod"@sv ;
             schema:startDate ?start ; schema:endDate ?end ; dcterms:hasPart ?p . ?p rdfs:label ?l }""",
    )
    assert {r[0] for r in found} == {"ACT", "F-ACT", "Puzzel", "PrinSIP"}
    assert {(r[1], r[2]) for r in found} == {("2013", "2014")}


def test_skl_and_skr_are_one_actor(store: pyoxigraph.Store) -> None:
    # 2018-slutrapport…txt names "SKL" (Sveriges Kommuner och Landsting); 2022-insatser…txt "SKR"
    found = rows(
        store,
        """SELECT DISTINCT ?a WHERE { ?a a pg:Actor ; rdfs:label|skos:altLabel ?l .
        FILTER(?l IN ("SKL"@sv, "SKR"@sv)) }""",
    )
    assert found == [(BASE + "id/actor/skr",)]
    assert len(values(store, BASE + "id/actor/skr", "dcterms:source")) >= 3
    # 2022-insatser…txt:39 "SKR:s initiativ": a genitive is how a sentence uses the name, not an alias
    labels = values(store, BASE + "id/actor/skr", "skos:altLabel")
    assert "SKR" in labels and "SKR:s" not in labels and "SKL:s" not in labels


def test_build_returns_one_validated_immutable_result(result: BuildResult) -> None:
    # build() runs SHACL itself: the result says whether it conforms, and no caller sets it later.
    assert result.conforms and result.violations == ()
    assert "validate" in result.seconds
    with pytest.raises(FrozenInstanceError):
        result.violations = ("set after the fact",)  # type: ignore[misc]


def test_build_is_deterministic(result: BuildResult) -> None:
    again = build(Settings())
    assert again.lines == result.lines


def test_another_base_iri_moves_every_iri_and_keeps_every_triple(result: BuildResult) -> None:
    other = "https://example.org/pg/"
    moved = build(Settings(base_iri=other))
    quads = list(pyoxigraph.parse("\n".join(moved.lines).encode(), format=pyoxigraph.RdfFormat.N_QUADS))
    iris = {
        t.value
        for q in quads
        for t in (q.subject, q.predicate, q.object, q.graph_name)
        if isinstance(t, pyoxigraph.NamedNode)
    } | {q.object.datatype.value for q in quads if isinstance(q.object, pyoxigraph.Literal)}
    assert not [i for i in iris if i.startswith(BASE)]  # built IRIs, ontology, vocab, manifest, queries
    assert moved.triples == result.triples
    # 2020-inventering…txt is a report (data/reports/): its IRI and class are under the new base.
    assert f"{other}id/report/{INV}" in iris and f"{other}ontology#Report" in iris
    assert f"{other}graph/vocab/care-level" in iris  # a SKOS scheme's graph (ontology/vocab/care-level.ttl)
    # The shapes move with the base (tests/loader/test_validate.py) and the moved graph meets them.
    assert moved.conforms


def test_unknown_layout_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "okand.txt").write_text("Bara en rad utan struktur.\n", encoding="utf-8")
    with pytest.raises(ReportError, match=r"okand\.txt: no known report layout recognised"):
        build(Settings(reports_dir=tmp_path))


def test_a_report_of_no_known_layout_is_read_as_running_text_beside_the_others(tmp_path: Path) -> None:
    # A new kind of report does not abort the build of the others: it is read for its named things
    # and organisations, with a warning (fatal with --strict, psykgraf/cli.py).
    (tmp_path / "2030-pm-om-stod.txt").write_text(
        "Promemoria\n\nSKR har tagit fram webbutbildningen Möt unga i kris, som riktar sig till personal.\n",
        encoding="utf-8",
    )
    shutil.copy(REPORTS / f"{INV}.txt", tmp_path / f"{INV}.txt")
    result = build(Settings(reports_dir=tmp_path))
    assert any("2030-pm-om-stod.txt: no known report layout recognised" in w for w in result.warnings)
    assert result.counts[INV]["Resource"] > 0
    assert result.counts["2030-pm-om-stod"]["Resource"] == 1  # "webbutbildningen Möt unga i kris"


def test_empty_report_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="no reports"):
        build(Settings(reports_dir=tmp_path))


def test_a_reader_that_fails_on_one_report_is_a_warning_and_the_others_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bug a new text exposes in one reader (here the running-text reader raising on a report it
    # has never seen) must not drop the whole build: the report keeps what its layout read, the
    # warning names the file, the reader and the loader line (fatal with --strict, psykgraf/cli.py).
    import loader.pipeline

    real = loader.pipeline.read_running_text

    def failing(doc: Document, found: list[Mention], *args: object) -> list[Mention]:
        if doc.report == INV:
            raise ValueError("substring not found")
        return real(doc, found, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loader.pipeline, "read_running_text", failing)
    shutil.copy(REPORTS / f"{INV}.txt", tmp_path / f"{INV}.txt")
    shutil.copy(REPORTS / f"{PLAN}.txt", tmp_path / f"{PLAN}.txt")
    result = build(Settings(reports_dir=tmp_path))
    failed = [w for w in result.warnings if "running text failed" in w]
    assert len(failed) == 1 and f"{INV}.txt" in failed[0] and "ValueError: substring not found" in failed[0]
    assert "test_build.py:" in failed[0]  # where it was raised
    assert result.counts[INV]["Resource"] > 50  # the inventory layout's items are kept
    assert result.counts[PLAN]["Resource"] > 0  # the other report is read in full


def test_an_item_whose_facets_fail_is_left_out_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Enrichment failing on one item (a bug new text exposes) leaves that item out, names it and its
    # line in a warning, and keeps every other item of the report.
    import loader.pipeline

    real = loader.pipeline.enrich
    calls: list[str] = []

    def failing(m: Mention, *args: object) -> object:
        if not calls:
            calls.append(m.name)
            raise KeyError("no such facet")
        return real(m, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loader.pipeline, "enrich", failing)
    shutil.copy(REPORTS / f"{INV}.txt", tmp_path / f"{INV}.txt")
    result = build(Settings(reports_dir=tmp_path))
    failed = [w for w in result.warnings if "facets of" in w]
    assert len(failed) == 1 and repr(calls[0]) in failed[0] and "KeyError" in failed[0]
    assert failed[0].startswith(f"{INV}:")  # report and line of the item
    assert result.counts[INV]["Resource"] > 50
    assert result.conforms
