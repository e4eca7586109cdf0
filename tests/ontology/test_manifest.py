"""The report manifest describes each report in data/reports/ with values its text states."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, XSD

ROOT = Path(__file__).parent.parent.parent
MANIFEST = ROOT / "data" / "reports.ttl"
REPORTS = ROOT / "data" / "reports"
PG = Namespace("https://w3id.org/psykgraf/ontology#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
SDO = Namespace("https://schema.org/")
REPORT = "https://w3id.org/psykgraf/id/report/"
ACTOR = "https://w3id.org/psykgraf/id/actor/"

S2018 = "2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
S2019 = "2019-kraftsamling-psykisk-halsa-barn-skane"
S2020 = "2020-inventering-metod-och-kunskapsstod"
S2021 = "2021-handlingsplan-psykisk-halsa-stockholms-lan"
S2022 = "2022-insatser-psykisk-halsa-suicidprevention-2021"

# Title -> the lines (first, last) of the report that state it.
TITLES = {
    # 2018-slutrapport…txt:5 "Slutrapport 2017", :7-9 "STÖD TILL RIKTADE INSATSER INOM OMRÅDET PSYKISK /
    # HÄLSA – ÖVERENSKOMMELSE MELLAN STATEN OCH / SVERIGES KOMMUNER OCH LANDSTING"
    S2018: (
        (5, 9),
        "Slutrapport 2017 – Stöd till riktade insatser inom området psykisk hälsa – "
        "överenskommelse mellan staten och Sveriges Kommuner och Landsting",
    ),
    # 2019-kraftsamling…txt:7 "Kraftsamling för psykisk hälsa för alla barn i Skåne – med fokus på
    # tidiga insatser"
    S2019: ((7, 7), "Kraftsamling för psykisk hälsa för alla barn i Skåne – med fokus på tidiga insatser"),
    # 2020-inventering…txt:1-2 " Inventering av metod- och / kunskapsstöd"
    S2020: ((1, 2), "Inventering av metod- och kunskapsstöd"),
    # 2021-handlingsplan…txt:27 "Handlingsplan för det länsgemensamma arbetet med psykisk hälsa"
    S2021: ((27, 27), "Handlingsplan för det länsgemensamma arbetet med psykisk hälsa"),
    # 2022-insatser…txt:61 running header "Insatser inom området psykisk hälsa och suicidprevention 2021 4"
    S2022: ((61, 61), "Insatser inom området psykisk hälsa och suicidprevention 2021"),
}

# (predicate, value, datatype, line, phrase on that line)
DATES = [
    # 2018-slutrapport…txt:19 "Stockholm i mars 2018"
    (S2018, DCTERMS.issued, "2018-03", XSD.gYearMonth, 19, "Stockholm i mars 2018"),
    # 2018-slutrapport…txt:15 "det utvecklingsarbete som bedrivits under 2017"
    (S2018, DCTERMS.temporal, "2017", XSD.gYear, 15, "bedrivits under 2017"),
    # 2019-kraftsamling…txt:2889 "2019-12-10" (date slide of the Forte talk at the Kraftsamling day)
    (S2019, DCTERMS.issued, "2019-12-10", XSD.date, 2889, "2019-12-10"),
    # 2020-inventering…txt:106 "Metodstödet är i mars 2020 ännu inte färdigställt."
    (S2020, DCTERMS.issued, "2020", XSD.gYear, 106, "i mars 2020"),
    (S2020, DCTERMS.temporal, "2020-03", XSD.gYearMonth, 106, "i mars 2020"),
    # 2021-handlingsplan…txt:190 "aktiviteter som ska genomföras under 2021"
    (S2021, DCTERMS.issued, "2021", XSD.gYear, 190, "genomföras under 2021"),
    (S2021, DCTERMS.temporal, "2021", XSD.gYear, 190, "genomföras under 2021"),
    # 2022-insatser…txt:53 "Stockholm, april 2022"
    (S2022, DCTERMS.issued, "2022-04", XSD.gYearMonth, 53, "Stockholm, april 2022"),
    # 2022-insatser…txt:51 "genom Uppdrag Psykisk Hälsa (UPH) under 2021."
    (S2022, DCTERMS.temporal, "2021", XSD.gYear, 51, "(UPH) under 2021"),
]

# (report, identifier, line, phrase on that line)
IDENTIFIERS = [
    # 2018-slutrapport…txt:3 "SKL DNR 16/06741"; :15 "(SKL dnr 16/06741)"
    (S2018, "SKL dnr 16/06741", 3, "SKL DNR 16/06741"),
    (S2018, "SKL dnr 16/06741", 15, "(SKL dnr 16/06741)"),
    # 2018-slutrapport…txt:1124 "ISBN 978-91-983659-5-5"
    (S2018, "ISBN 978-91-983659-5-5", 1124, "ISBN 978-91-983659-5-5"),
]

# (report, actor slug, line, phrase on that line naming the publisher)
PUBLISHERS = [
    # 2018-slutrapport…txt:1110 "bedrivits av SKL/ Uppdrag Psykisk Hälsa (UPH)"
    (S2018, "skr", 1110, "SKL/ Uppdrag Psykisk Hälsa (UPH)"),
    (S2018, "uph", 1110, "SKL/ Uppdrag Psykisk Hälsa (UPH)"),
    # 2019-kraftsamling…txt:75 "www.skr.se/kraftsamling" (the deck's contact slide)
    (S2019, "skr", 75, "www.skr.se/kraftsamling"),
    # 2020-inventering…txt:10 "de arbeten som UPH sett som relevant"; :462 "SKR har tagit över"
    (S2020, "uph", 10, "de arbeten som UPH sett som relevant"),
    (S2020, "skr", 462, "SKR har tagit över"),
    # 2021-handlingsplan…txt:155 "anställda av Region Stockholm respektive Storsthlm"; :168 the
    # office "årligen revidera och uppdatera den länsövergripande handlingsplanen"
    (S2021, "region-stockholm", 155, "anställda av Region Stockholm respektive Storsthlm"),
    (S2021, "storsthlm", 155, "anställda av Region Stockholm respektive Storsthlm"),
    # 2022-insatser…txt:49,51 "bedrivits av SKR / genom Uppdrag Psykisk Hälsa (UPH)"
    (S2022, "skr", 49, "bedrivits av SKR"),
    (S2022, "uph", 51, "genom Uppdrag Psykisk Hälsa (UPH)"),
]


@cache
def manifest() -> Graph:
    return Graph().parse(MANIFEST, format="turtle")


@cache
def lines(stem: str) -> list[str]:
    return (REPORTS / f"{stem}.txt").read_text(encoding="utf-8").splitlines()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def report(stem: str) -> URIRef:
    return URIRef(REPORT + stem)


def test_parses_in_rdflib_and_pyoxigraph_without_blank_nodes() -> None:
    triples = list(pyoxigraph.parse(path=str(MANIFEST), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(triples) == len(manifest()) > 50
    # The build copies the manifest into N-Quads that must be byte-identical across builds.
    assert not [t for t in manifest() if any(isinstance(n, BNode) for n in t)]


def test_one_report_per_text_file() -> None:
    stems = {p.stem for p in REPORTS.glob("*.txt")}
    assert stems == {S2018, S2019, S2020, S2021, S2022}
    described = {str(s)[len(REPORT) :] for s in manifest().subjects(RDF.type, PG.Report)}
    assert described == stems


@pytest.mark.parametrize("stem", sorted(TITLES))
def test_report_basics(stem: str) -> None:
    g, r = manifest(), report(stem)
    assert (r, RDF.type, BIBO.Report) in g
    assert g.value(r, PG.fileName) == Literal(f"{stem}.txt")
    assert (REPORTS / str(g.value(r, PG.fileName))).is_file()
    assert g.value(r, SDO.encodingFormat) == Literal("text/plain")
    assert g.value(r, DCTERMS.language) == URIRef("http://id.loc.gov/vocabulary/iso639-1/sv")
    kinds = {o.language for o in g.objects(r, DCTERMS.type) if isinstance(o, Literal)}
    assert kinds == {"sv", "en"}


@pytest.mark.parametrize("stem", sorted(TITLES))
def test_title_is_the_reports_own(stem: str) -> None:
    (first, last), title = TITLES[stem]
    g, r = manifest(), report(stem)
    assert g.value(r, DCTERMS.title) == Literal(title, lang="sv")
    stated = words(" ".join(lines(stem)[first - 1 : last]))
    # The cited lines start with the title (a running header ends with its page number).
    assert stated[: len(words(title))] == words(title)
    assert len(stated) - len(words(title)) <= 1
    label = g.value(r, RDFS.label)
    assert isinstance(label, Literal) and label.language == "sv"
    assert words(str(label)) == words(title)[: len(words(str(label)))]


@pytest.mark.parametrize(("stem", "predicate", "value", "datatype", "line", "phrase"), DATES)
def test_dates_are_stated_in_the_text(
    stem: str, predicate: URIRef, value: str, datatype: URIRef, line: int, phrase: str
) -> None:
    assert phrase in lines(stem)[line - 1]
    assert list(manifest().objects(report(stem), predicate)) == [Literal(value, datatype=datatype)]


def test_only_the_stated_dates() -> None:
    stated = {(stem, p) for stem, p, *_ in DATES}
    described = {
        (str(s)[len(REPORT) :], p) for p in (DCTERMS.issued, DCTERMS.temporal) for s in manifest().subjects(p, None)
    }
    assert described == stated


@pytest.mark.parametrize(("stem", "identifier", "line", "phrase"), IDENTIFIERS)
def test_identifiers_are_stated_in_the_text(stem: str, identifier: str, line: int, phrase: str) -> None:
    assert phrase in lines(stem)[line - 1]
    assert Literal(identifier) in set(manifest().objects(report(stem), DCTERMS.identifier))


def test_only_the_stated_identifiers() -> None:
    g = manifest()
    found = {(str(s)[len(REPORT) :], str(o)) for s, o in g.subject_objects(DCTERMS.identifier)}
    assert found == {(stem, ident) for stem, ident, *_ in IDENTIFIERS}
    # 2018-slutrapport…txt:1122 "ISBN/Beställningsnummer: 978-91-983659-5-5"
    assert "978-91-983659-5-5" in lines(S2018)[1121]
    assert g.value(report(S2018), BIBO.isbn13) == Literal("978-91-983659-5-5")


def test_version_of_the_action_plan() -> None:
    # 2021-handlingsplan…txt:40 "den fjärde versionen av handlingsplanen."
    assert "den fjärde versionen" in lines(S2021)[39]
    assert manifest().value(report(S2021), SDO.version) == Literal("4")


@pytest.mark.parametrize(("stem", "slug", "line", "phrase"), PUBLISHERS)
def test_publishers_are_named_in_the_text(stem: str, slug: str, line: int, phrase: str) -> None:
    assert phrase in lines(stem)[line - 1]
    assert URIRef(ACTOR + slug) in set(manifest().objects(report(stem), DCTERMS.publisher))


def test_only_the_named_publishers_and_they_are_curated_actors() -> None:
    g = manifest()
    found = {(str(s)[len(REPORT) :], str(o)[len(ACTOR) :]) for s, o in g.subject_objects(DCTERMS.publisher)}
    assert found == {(stem, slug) for stem, slug, *_ in PUBLISHERS}
    actors = Graph().parse(ROOT / "data" / "actors.ttl", format="turtle")
    for _, slug in found:
        assert (URIRef(ACTOR + slug), RDF.type, PG.Actor) in actors, slug
