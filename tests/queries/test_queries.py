"""Every named query in queries/ parses, binds its defaults, and answers what the reports say.

The query files are discovered by globbing, so a new query is a new test; the expected
answers below come from reading the reports (file and line cited).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

from psykgraf.queries import NamedQuery, QueryError, load_queries
from psykgraf.settings import Settings

QUERIES = load_queries(Settings().queries_dir)
BASE = "https://w3id.org/psykgraf/"


def run(store: pyoxigraph.Store, name: str, **params: str) -> list[dict[str, str]]:
    query = QUERIES[name]
    bound = query.bind(params, BASE)
    result = store.query(
        query.sparql,
        use_default_graph_as_union=True,
        substitutions={pyoxigraph.Variable(k): v for k, v in bound.items()},
    )
    assert isinstance(result, pyoxigraph.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: str(sol[n].value) for n in names if sol[n] is not None} for sol in result]


def labels(rows: list[dict[str, str]], key: str = "label") -> set[str]:
    return {r[key] for r in rows if key in r}


def test_there_are_at_least_30_named_queries() -> None:
    assert len(QUERIES) >= 30


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_query_has_header_and_runs_with_defaults(name: str, built_store: pyoxigraph.Store) -> None:
    query: NamedQuery = QUERIES[name]
    assert query.title and query.title_en, f"{name}: title and title@en required"
    assert query.example.startswith("psykgraf query " + name)
    run(built_store, name)


def test_first_line_children_finds_vand_dig_hit(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:188 "Vänd dig hit! – guide … för psykisk hälsa hos barn och unga",
    # listed under "Första linjen" (the heading before it)
    rows = run(built_store, "first-line-children")
    assert any(label.startswith("Vänd dig hit!") for label in labels(rows))


def test_resources_for_age_15_include_sdqwebb_not_vaga_beratta(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:372 "SDQwebb – frågeformulär 3–17 år"; :57 Våga berätta "barn i ålder 8-12 år"
    found = labels(run(built_store, "resources-for-age", age="15"))
    assert any(label.startswith("SDQwebb") for label in found)
    assert not any(label.startswith("Våga berätta") for label in found)
    assert any(label.startswith("Våga berätta") for label in labels(run(built_store, "resources-for-age", age="10")))


def test_retired_resources_are_the_five_of_the_last_heading(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:1736 "Verktyg som inte längre är i bruk" lists :1739 Studie om webbaserad
    # självhjälp, :1757 Min kompass, :1774 Utvecklingsarbete ReDO-metoden, :1804 Väntekollen.se,
    # :1826 Pyramidverktyget
    found = labels(run(built_store, "retired-resources"))
    for prefix in (
        "Studie om webbaserad självhjälp",
        "Min kompass",
        "Utvecklingsarbete ReDO",
        "Väntekollen.se",
        "Pyramidverktyget",
    ):
        assert any(label.startswith(prefix) for label in found), prefix


def test_sip_resources_include_web_trainings_and_fraga_viveca(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:988 " Fråga Viveca om SIP"; :1014 " Webbutbildningar" lists eight SIP
    # trainings: "Webbutbildning om SIP för barn" (:1016), "… för vuxna" (:1021), and Grund- and
    # Fördjupningsutbildning om SIP för vuxna (:1026, :1032), barn and äldre
    rows = run(built_store, "sip-resources")
    assert any(label.startswith("Fråga Viveca") for label in labels(rows))
    trainings = {r["label"] for r in rows if r.get("form") in ("webbutbildning", "utbildning")}
    assert {
        "Webbutbildning om SIP för barn",
        "Webbutbildning om SIP för vuxna",
        "Grundutbildning om SIP för vuxna",
        "Fördjupningsutbildning om SIP för vuxna",
    } <= trainings
    assert len([t for t in trainings if "SIP" in t]) >= 8


def test_other_languages_find_the_alex_film(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:1126 "Filmen finns textad på arabiska, somaliska, tigrinja, romani, dari,"
    rows = run(built_store, "other-languages")
    langs = " ".join(r["languages"] for r in rows)
    for code in ("ar", "so", "ti", "en"):
        assert code in langs.split(", ") or f" {code}" in langs or langs.startswith(code), code


def test_actor_roles_skolfam_is_maintained_by_allmanna_barnhuset(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:47 "SkolFam drivs numera av Allmänna Barnhuset."
    rows = run(built_store, "actor-roles", actor="allmanna-barnhuset")
    assert any(r["role"] == "maintainer" and r["entity_label"].startswith("SkolFam") for r in rows)


def test_care_level_year_table_has_first_line_2012(built_store: pyoxigraph.Store) -> None:
    # Vänd dig hit! (2012) is a first-line guide (2020-inventering…txt:188–190)
    rows = run(built_store, "resources-per-care-level-year")
    assert any(r["care_level"] == "forsta-linjen" and r["year"] == "2012" and int(r["resources"]) >= 1 for r in rows)


def test_agreement_outputs_tie_focus_areas_to_the_2017_agreement(built_store: pyoxigraph.Store) -> None:
    # 2018-slutrapport…txt:159–170 list the 2017 agreement's areas (12 as numbered 3.3.x in the body)
    rows = run(built_store, "agreement-outputs")
    areas = {r["entity"] for r in rows if r["kind"] == "FocusArea" and "2017" in r["agreement_label"]}
    assert len(areas) >= 12


def test_events_in_january_2017_are_the_seven_numbered_ones(built_store: pyoxigraph.Store) -> None:
    # 2018-slutrapport…txt:829–835: events 1–7 are dated 2017-01-12 … 2017-01-27
    rows = run(built_store, "events-in-range", **{"from": "2017-01-01", "to": "2017-01-31"})
    assert len(rows) == 7
    assert rows[0]["start"] == "2017-01-12"


def test_observation_series_genombrott(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:529 "I mars 2020 är 749 arbetsplatser …"
    rows = run(built_store, "observation-series", about="Genombrott")
    assert any(float(r["value"]) == 749 and r["date"].startswith("2020-03") for r in rows)


def test_multi_report_entities_include_genombrott_in_three_reports(built_store: pyoxigraph.Store) -> None:
    # Genombrott.nu: 2020-inventering…txt:518, 2022-insatser…txt and 2018-slutrapport…txt (grep "Genombrott")
    rows = run(built_store, "multi-report-entities")
    reports = {r["report"] for r in rows if r["label"].startswith("Genombrott")}
    assert len(reports) == 3


def test_delarenor_are_eighteen_and_suicide_prevention_is_3_1(built_store: pyoxigraph.Store) -> None:
    # 2019-kraftsamling…txt:924–1038: 1.1–1.5, 2.1–2.7, 3.1–3.6 = 18 delarenor
    rows = run(built_store, "delarenor")
    assert len({r["code"] for r in rows}) == 18
    # :1010 "3.1 Hela samhällets suicidprevention"
    assert {r["code"] for r in run(built_store, "delarenor", theme="suicidprevention")} >= {"3.1"}


def test_plan_activities_have_focus_areas(built_store: pyoxigraph.Store) -> None:
    rows = run(built_store, "plan-activities")
    assert rows
    # 2021-handlingsplan…txt:391 "Skolan som arena" and :625 "Kunskap och kompetens" are focus areas
    # with activities under them
    focus = {r.get("focus_label", "") for r in rows}
    assert {"Skolan som arena", "Kunskap och kompetens"} <= focus


def test_text_search_is_case_insensitive(built_store: pyoxigraph.Store) -> None:
    # 2020-inventering…txt:573 " Traumastöd"
    assert any(r["label"].startswith("Traumastöd") for r in run(built_store, "text-search", q="TRAUMASTÖD"))


def test_bad_parameters_are_refused_before_the_store() -> None:
    with pytest.raises(QueryError, match="expected an integer"):
        QUERIES["resources-for-age"].bind({"age": "15 } DROP ALL {"}, BASE)
    with pytest.raises(QueryError, match="unknown parameter"):
        QUERIES["resources-for-age"].bind({"agee": "15"}, BASE)
    with pytest.raises(QueryError, match="care-level concept code"):
        QUERIES["first-line-children"].bind({"care_level": 'x" . ?s ?p ?o'}, BASE)


def test_query_files_are_found_by_globbing() -> None:
    assert set(QUERIES) == {p.stem for p in Path(Settings().queries_dir).glob("*.rq")}
