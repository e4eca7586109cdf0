"""The JSON API: facets of /api/resources code by code, /api/vocab, /api/queries and OpenAPI.

The graph is ``fixtures/api.trig``; its header cites the report line behind every literal.
"""

from __future__ import annotations

import concurrent.futures
import csv
import io
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from psykgraf.queries import load_queries, queries_graph
from tests.service.conftest import BASE, FIXTURES, Live, serve, settings_for

RES = f"{BASE}id/resource/"
REPORT_2020 = f"{BASE}id/report/2020-inventering-metod-och-kunskapsstod"
REPORT_2018 = f"{BASE}id/report/2018-slutrapport-2017-riktade-insatser-psykisk-halsa"
QUERIES = FIXTURES / "queries"


def api_nquads() -> str:
    """``fixtures/api.trig`` as sorted N-Quads."""
    quads = ox.parse(path=str(FIXTURES / "api.trig"), format=ox.RdfFormat.TRIG)
    text = (ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b"").decode()
    return "".join(sorted(text.splitlines(keepends=True)))


def start_api_server(build_dir: Path, **overrides: object) -> Live:
    """Publish the api fixture as build ``api1`` under ``build_dir`` and serve it."""
    directory = build_dir / "api1"
    directory.mkdir(parents=True)
    nquads = api_nquads()
    (directory / "graph.nq").write_text(nquads, encoding="utf-8")
    (directory / "build.json").write_text(json.dumps({"version": "api1", "triples": nquads.count("\n")}))
    os.symlink("api1", build_dir / "current")
    values: dict[str, object] = {"update_token": None, "query_workers": 1, "queries_dir": QUERIES}
    return serve(settings_for(build_dir, **(values | overrides)))


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    server = start_api_server(tmp_path_factory.mktemp("apibuild"), row_cap=3)
    with server.client() as client:
        yield client
    server.stop()


def slugs(client: httpx.Client, query: str) -> list[str]:
    r = client.get(f"/api/resources?{query}")
    assert r.status_code == 200, r.text
    return [item["iri"].removeprefix(RES) for item in r.json()["items"]]


def assert_400(response: httpx.Response, parameter: str) -> dict[str, object]:
    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/json")
    body: dict[str, object] = response.json()
    assert set(body) == {"error", "parameter", "allowed"}
    assert body["parameter"] == parameter and isinstance(body["error"], str) and body["error"]
    assert isinstance(body["allowed"], list)
    return body


# ---------------------------------------------------------------- /api/resources: facets


def test_care_level_is_only_resources(api: httpx.Client) -> None:
    # 2020-inventering…txt:210 "Första linjeboken – stödmaterial för första linjens arbete …"; the
    # initiative "Uppdrag Psykisk Hälsa" (2018-slutrapport…txt:73) also has the level but is no resource.
    assert slugs(api, "care_level=forsta-linjen") == ["forsta-linjeboken"]


def test_care_level_rolls_up_narrower_concepts(api: httpx.Client) -> None:
    # 2020-inventering…txt:241-243 Deplyftet: "den specialiserade barn- och ungdomspsykiatrins insatser";
    # :388-391 Webbutbildning C-GAS (tagged bup). bup is narrower than specialistniva.
    assert slugs(api, "care_level=specialistniva") == ["deplyftet", "webbutbildning-c-gas"]
    assert slugs(api, "care_level=bup") == ["deplyftet", "webbutbildning-c-gas"]
    item = api.get("/api/resources?care_level=specialistniva").json()["items"][0]
    assert item["care_levels"] == ["bup"]  # the direct concept, not the rolled-up one


def test_known_code_without_resources_is_an_empty_200(api: httpx.Client) -> None:
    r = api.get("/api/resources?care_level=vuxenpsykiatri")
    assert r.status_code == 200 and r.json()["total"] == 0 and r.json()["items"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # 2020-inventering…txt:214 "… för barn och ungas"; :352 "hur en ung person har mått" (COREwebb)
        ("target_group=unga", ["corewebb", "forsta-linjeboken"]),
        # :390 "den som arbetar professionellt" (C-GAS); Första linjeboken is a support for staff (:214)
        ("audience=personal", ["forsta-linjeboken", "webbutbildning-c-gas"]),
        # :372 "SDQwebb – frågeformulär 3–17 år"; :352 "COREwebb är ett webbaserat frågeformulär"
        ("form=formular", ["corewebb", "sdqwebb"]),
        # :1759 "Min kompass var ett personligt anpassat självhjälpsprogram"
        ("status=ej-i-bruk", ["min-kompass"]),
        # :384 "verktyget är kostnadsfritt att använda"
        ("status=aktiv", ["sdqwebb"]),
        # :245 "Deplyftet förvaltas av SFBUP"
        ("actor=sfbup", ["deplyftet"]),
        # :360 and :384 "UPH har tagit fram …"; 2018-slutrapport…txt:241 "UPH … publicerat Förstalinjeboken"
        ("actor=uppdrag-psykisk-halsa", ["corewebb", "forsta-linjeboken", "sdqwebb"]),
    ],
)
def test_each_facet(api: httpx.Client, query: str, expected: list[str]) -> None:
    assert slugs(api, query) == expected


def test_repeating_a_parameter_is_or(api: httpx.Client) -> None:
    assert slugs(api, "target_group=barn&target_group=unga") == ["corewebb", "forsta-linjeboken", "sdqwebb"]
    assert slugs(api, "status=aktiv&status=ej-i-bruk") == ["min-kompass", "sdqwebb"]
    assert slugs(api, "actor=sfbup&actor=uppdrag-psykisk-halsa") == [
        "corewebb",
        "deplyftet",
        "forsta-linjeboken",
        "sdqwebb",
    ]


def test_different_parameters_are_and(api: httpx.Client) -> None:
    assert slugs(api, "target_group=barn&form=formular") == ["sdqwebb"]
    assert slugs(api, "target_group=unga&care_level=forsta-linjen") == ["forsta-linjeboken"]
    assert slugs(api, "care_level=bup&audience=personal") == ["webbutbildning-c-gas"]
    assert slugs(api, "actor=uppdrag-psykisk-halsa&age=16&q=webb") == ["corewebb", "sdqwebb"]
    assert slugs(api, "status=aktiv&care_level=bup") == []


@pytest.mark.parametrize(
    ("ages", "expected"),
    [
        # 2020-inventering…txt:372 "3–17 år"; :356 "16 år eller äldre" (no upper end)
        (["3"], ["sdqwebb"]),
        (["2"], []),
        (["16"], ["corewebb", "sdqwebb"]),
        (["17"], ["corewebb", "sdqwebb"]),
        (["18"], ["corewebb"]),
        (["120"], ["corewebb"]),
        (["2", "18"], ["corewebb"]),
        (["3", "18"], ["corewebb", "sdqwebb"]),
    ],
)
def test_age_containment_with_open_ends(api: httpx.Client, ages: list[str], expected: list[str]) -> None:
    assert slugs(api, "&".join(f"age={a}" for a in ages)) == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        # 2020-inventering…txt:214 "… för första linjens arbete …" (description), no diacritics typed
        ("forsta linjen", ["forsta-linjeboken"]),
        ("FÖRSTA LINJEBOKEN", ["forsta-linjeboken"]),
        ("förstalinjeboken", ["forsta-linjeboken"]),  # the alternative label (:214)
        # :350 "COREwebb – ett bedömningsinstrument"
        ("bedomningsinstrument", ["corewebb"]),
        # :1759 "… självhjälpsprogram …" only in the description
        ("SJALVHJALPSPROGRAM", ["min-kompass"]),
        ("3–17", ["sdqwebb"]),
        ("ingen träff här", []),
    ],
)
def test_q_is_case_and_diacritic_insensitive(api: httpx.Client, q: str, expected: list[str]) -> None:
    assert slugs(api, f"q={q}") == expected


def test_order_limit_offset_total(api: httpx.Client) -> None:
    everything = api.get("/api/resources").json()
    assert (everything["total"], everything["limit"], everything["offset"]) == (6, 50, 0)
    assert [i["label"] for i in everything["items"]] == [
        "COREwebb – ett bedömningsinstrument",
        "Deplyftet",
        "Första linjeboken",
        "Min kompass",
        "SDQwebb – frågeformulär 3–17 år",
        "Webbutbildning C-GAS",
    ]
    page = api.get("/api/resources?limit=2&offset=2").json()
    assert (page["total"], page["limit"], page["offset"]) == (6, 2, 2)
    assert [i["label"] for i in page["items"]] == ["Första linjeboken", "Min kompass"]
    past = api.get("/api/resources?offset=10").json()
    assert past["total"] == 6 and past["items"] == []
    assert api.get("/api/resources?limit=500").json()["limit"] == 500


def test_item_shape(api: httpx.Client) -> None:
    (item,) = api.get("/api/resources?status=aktiv").json()["items"]
    assert item == {
        "iri": f"{RES}sdqwebb",
        "label": "SDQwebb – frågeformulär 3–17 år",  # 2020-inventering…txt:372
        "care_levels": [],
        "target_groups": ["barn"],
        "audience": [],
        "forms": ["formular"],
        "status": "aktiv",
        "years": [],
        "age_min": 3,
        "age_max": 17,
        "urls": ["http://sdqwebb.se/"],  # :440
        "sources": [{"report": REPORT_2020, "quote": "SDQwebb – frågeformulär 3–17 år"}],
    }
    (book,) = api.get("/api/resources?care_level=forsta-linjen").json()["items"]
    assert book["years"] == [2018]  # 2020-inventering…txt:211 "ungas psykiska hälsa (2018)"
    assert [s["report"] for s in book["sources"]] == [REPORT_2018, REPORT_2020]  # sources in two reports


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("care_level=specialist", "care_level"),
        ("care_level=", "care_level"),
        ("target_group=Barn", "target_group"),
        ("form=formulär", "form"),
        ("status=active", "status"),
        ("audience=care-level", "audience"),
        ("actor=uph", "actor"),
        ("age=ten", "age"),
        ("age=-1", "age"),
        ("age=121", "age"),
        ("age=3.5", "age"),
        ("age=", "age"),
        ("limit=0", "limit"),
        ("limit=501", "limit"),
        ("limit=abc", "limit"),
        ("limit=10&limit=20", "limit"),
        ("offset=-1", "offset"),
        ("carelevel=bup", "carelevel"),
    ],
)
def test_bad_values_give_400_with_the_contract_shape(api: httpx.Client, query: str, parameter: str) -> None:
    assert_400(api.get(f"/api/resources?{query}"), parameter)


def test_400_lists_allowed_codes_and_rules(api: httpx.Client) -> None:
    body = assert_400(api.get("/api/resources?care_level=specialist"), "care_level")
    allowed = body["allowed"]
    assert isinstance(allowed, list) and {"bup", "specialistniva", "forsta-linjen"} <= set(allowed)
    assert allowed == sorted(allowed)
    assert assert_400(api.get("/api/resources?actor=uph"), "actor")["allowed"] == ["sfbup", "uppdrag-psykisk-halsa"]
    assert assert_400(api.get("/api/resources?limit=0"), "limit")["allowed"] == ["an integer 1–500"]
    assert "q" in assert_400(api.get("/api/resources?bogus=1"), "bogus")["allowed"]  # type: ignore[operator]


# ---------------------------------------------------------------- /api/vocab


def test_vocab_scheme(api: httpx.Client) -> None:
    r = api.get("/api/vocab/care-level")
    assert r.status_code == 200
    body = r.json()
    assert body["scheme"] == "care-level" and body["label_sv"] == "vård- och insatsnivå"
    codes = [c["code"] for c in body["concepts"]]
    assert codes == sorted(codes) and {"bup", "specialistniva", "forsta-linjen", "primarvard"} <= set(codes)
    bup = next(c for c in body["concepts"] if c["code"] == "bup")
    assert bup["broader"] == "specialistniva"
    assert bup["label_sv"] == "barn- och ungdomspsykiatri" and bup["label_en"] == "child and adolescent psychiatry"
    assert bup["definition"] and bup["definition_en"] and bup["iri"] == f"{BASE}vocab/care-level/bup"
    assert next(c for c in body["concepts"] if c["code"] == "primarvard")["broader"] == "forsta-linjen"
    assert next(c for c in body["concepts"] if c["code"] == "specialistniva")["broader"] is None


def test_vocab_unknown_scheme_is_404_json(api: httpx.Client) -> None:
    r = api.get("/api/vocab/care_level")
    assert r.status_code == 404
    assert r.json()["parameter"] == "scheme" and "care-level" in r.json()["allowed"]


# ---------------------------------------------------------------- /api/queries


def test_query_list(api: httpx.Client) -> None:
    listed = {q["name"]: q for q in api.get("/api/queries").json()["queries"]}
    assert sorted(listed) == ["actor-resources", "label-search", "resources-by-care-level", "resources-for-age"]
    age = listed["resources-for-age"]
    assert age["title_en"] == "Resources for a given age" and age["example"].startswith("psykgraf query")
    assert age["params"] == [{"name": "age", "type": "integer", "default": "15", "description": "Age in years"}]


def test_query_run_json_with_default_and_given_params(api: httpx.Client) -> None:
    r = api.get("/api/queries/resources-for-age?age=16")
    assert r.status_code == 200
    body = r.json()
    assert body["head"] == ["age", "resource", "label", "age_min", "age_max"]
    # 2020-inventering…txt:356 "16 år eller äldre" (COREwebb, no age_max) and :372 "3–17 år"
    assert [row["resource"] for row in body["rows"]] == [f"{RES}corewebb", f"{RES}sdqwebb"]
    assert "age_max" not in body["rows"][0] and body["rows"][1]["age_max"] == "17"
    default = api.get("/api/queries/resources-for-age").json()  # age 15
    assert [row["resource"] for row in default["rows"]] == [f"{RES}sdqwebb"]
    rolled = api.get("/api/queries/resources-by-care-level").json()  # specialistniva → bup
    assert [row["resource"] for row in rolled["rows"]] == [f"{RES}deplyftet", f"{RES}webbutbildning-c-gas"]
    actor = api.get("/api/queries/actor-resources?actor=sfbup").json()
    assert [row["entity"] for row in actor["rows"]] == [f"{RES}deplyftet"]  # :245 "förvaltas av SFBUP"


def test_query_csv_by_format_and_accept(api: httpx.Client) -> None:
    for r in (
        api.get("/api/queries/resources-for-age?age=16&format=csv"),
        api.get("/api/queries/resources-for-age?age=16", headers={"accept": "text/csv"}),
    ):
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        rows = list(csv.reader(io.StringIO(r.text)))
        assert rows[0] == ["age", "resource", "label", "age_min", "age_max"]
        assert rows[1] == ["16", f"{RES}corewebb", "COREwebb – ett bedömningsinstrument", "16", ""]


def test_query_json_is_capped_and_says_so(api: httpx.Client) -> None:
    r = api.get("/api/queries/label-search?q=e")  # more than the row cap (3) of this server
    assert r.status_code == 200 and r.json()["truncated"] is True and len(r.json()["rows"]) == 3
    assert r.headers["x-psykgraf-truncated"] == "true"
    full = api.get("/api/queries/label-search?q=e&format=csv")
    assert len(list(csv.reader(io.StringIO(full.text)))) > 4


def test_query_errors(api: httpx.Client) -> None:
    missing = api.get("/api/queries/no-such-query")
    assert missing.status_code == 404 and "resources-for-age" in missing.json()["allowed"]
    assert assert_400(api.get("/api/queries/resources-for-age?age=abc"), "age")["allowed"] == [
        "an integer (ASCII digits)"
    ]
    assert assert_400(api.get("/api/queries/resources-for-age?agee=3"), "agee")["allowed"] == ["age"]
    assert_400(api.get("/api/queries/resources-for-age?age=3&age=4"), "age")
    assert "bup" in assert_400(api.get("/api/queries/resources-by-care-level?care_level=bupp"), "care_level")["allowed"]  # type: ignore[operator]
    assert_400(api.get("/api/queries/actor-resources?actor=nobody"), "actor")
    assert_400(api.get("/api/queries/actor-resources?entity=not-an-iri"), "entity")
    assert assert_400(api.get("/api/queries/resources-for-age?format=xml"), "format")["allowed"] == ["json", "csv"]


def test_every_catalogue_query_runs_on_the_fixture(tmp_path: Path) -> None:
    """The real ``queries/*.rq`` with their defaults: 200 each (no 500 from a catalogue query)."""
    server = start_api_server(tmp_path, queries_dir=Path(__file__).resolve().parents[2] / "queries")
    try:
        with server.client() as client:
            names = [q["name"] for q in client.get("/api/queries").json()["queries"]]
            assert len(names) >= 30
            failed = {n: r.text[:200] for n in names if (r := client.get(f"/api/queries/{n}")).status_code != 200}
    finally:
        server.stop()
    assert failed == {}


# ---------------------------------------------------------------- OpenAPI and the RDF catalogue


def test_openapi_documents_the_api(api: httpx.Client) -> None:
    spec = api.get("/api/openapi.json").json()
    # OpenAPI 3.1 §4.8.10.1: operationId is unique among all operations (/sparql has GET and POST)
    ids = [op["operationId"] for item in spec["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids))
    assert spec["paths"]["/sparql"]["post"]["operationId"] != spec["paths"]["/sparql"]["get"]["operationId"]
    resources = spec["paths"]["/api/resources"]["get"]
    params = {p["name"]: p for p in resources["parameters"]}
    assert set(params) == {
        "care_level",
        "target_group",
        "audience",
        "form",
        "status",
        "actor",
        "age",
        "q",
        "limit",
        "offset",
    }
    assert all(p["description"] for p in params.values())
    assert "specialistniva" in params["care_level"]["description"]
    example = resources["responses"]["200"]["content"]["application/json"]["example"]
    assert set(example) == {"total", "limit", "offset", "items"}
    assert set(example["items"][0]) == set(api.get("/api/resources").json()["items"][0])
    assert set(resources["responses"]["400"]["content"]["application/json"]["example"]) == {
        "error",
        "parameter",
        "allowed",
    }
    for path in ("/api/vocab/{scheme}", "/api/queries", "/api/queries/{name}"):
        operation = spec["paths"][path]["get"]
        assert operation["description"] and operation["responses"]["200"]["content"]["application/json"]["example"]
    assert spec["paths"]["/api/queries/{name}"]["get"]["responses"]["200"]["content"]["text/csv"]["example"]


def test_queries_graph() -> None:
    catalogue = load_queries(QUERIES)
    triples = queries_graph(catalogue, BASE)
    assert triples == queries_graph(catalogue, BASE) and triples == sorted(triples, key=str)
    node = ox.NamedNode(f"{BASE}query/resources-for-age")
    about = {(t.predicate.value, str(t.object)) for t in triples if t.subject == node}
    sh = "http://www.w3.org/ns/shacl#"
    assert ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{sh}SPARQLExecutable>") in about
    assert ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{sh}SPARQLSelectExecutable>") in about
    assert ("http://www.w3.org/2000/01/rdf-schema#label", '"Resources for a given age"@en') in about
    assert ("https://schema.org/isPartOf", f"<{BASE}queries>") in about
    select = next(
        str(t.object.value)  # type: ignore[union-attr]
        for t in triples
        if t.subject == node and t.predicate.value == f"{sh}select"
    )
    assert select.startswith("PREFIX pg:") and "# title" not in select
    ox.Store().query(select)  # the published text parses
    param = ox.NamedNode(f"{BASE}query/resources-for-age#param-age")
    described = {t.predicate.value: t.object for t in triples if t.subject == param}
    assert described[f"{sh}name"] == ox.Literal("age")
    assert described[f"{sh}defaultValue"] == ox.Literal(
        "15", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    )
    assert described[f"{BASE}ontology#parameterType"] == ox.Literal("integer")


def test_named_query_timeout_stops_the_work(tmp_path: Path) -> None:
    """A named query past its time limit is stopped (its worker killed), like a /sparql query."""
    queries = tmp_path / "queries"
    shutil.copytree(QUERIES, queries)
    # A cartesian product over the whole graph: it never finishes on its own.
    (queries / "runaway.rq").write_text(
        "# title: Utan slut\n# title@en: Runaway\n# description: A cartesian product.\n"
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }\n",
        encoding="utf-8",
    )
    live = start_api_server(tmp_path / "build", queries_dir=queries, query_timeout=1.5, query_workers=2)
    try:
        with live.client() as client:
            began = time.monotonic()
            with concurrent.futures.ThreadPoolExecutor(1) as pool:
                runaway = pool.submit(client.get, "/api/queries/runaway")
                time.sleep(0.3)
                cheap = client.get("/api/queries/label-search?q=e")
                slow = runaway.result()
            assert cheap.status_code == 200 and cheap.json()["rows"]
            assert slow.status_code == 503 and "stopped" in slow.json()["error"]
            assert slow.headers["retry-after"]
            assert time.monotonic() - began < 10
            build = live.app.state.manager.build
            assert build.pool.timeouts == 1
            assert "psykgraf_timeouts_total 1" in client.get("/metrics").text  # counted as /sparql's are
            again = client.get("/api/queries/label-search?q=e&format=csv")  # a fresh worker answers
            assert again.status_code == 200
            assert len(again.text.splitlines()) > 1
    finally:
        live.stop()
