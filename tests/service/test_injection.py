"""Hostile parameter values on /api/*: bound as terms or rejected with 400 — never run, never 500."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pyoxigraph as ox
import pytest

from tests.service.conftest import Live
from tests.service.test_api import start_api_server

EVIL = [
    "'",
    '"',
    '"}',
    "} DROP ALL {",
    '" } DROP ALL { "',
    "> } ; DROP ALL ; SELECT * WHERE { <",
    "bup\nDELETE WHERE { ?s ?p ?o }",
    "bup\x00",
    "\x00",
    "bup" * 5000,
    "b\u0443p",  # Cyrillic у
    "specialistniv\u0430",  # Cyrillic а
    "ｂｕｐ",  # fullwidth letters
    "BUP",
    " bup",
    "bup ",
    "%00",
    "?v0",
    "<https://w3id.org/psykgraf/vocab/care-level/bup>",
    "https://w3id.org/psykgraf/vocab/care-level/bup",
]
BAD_NUMBERS = ["１５", "١٥", "15 } DROP ALL {", "15\n", "1e1", "+15", "0x0f", "15.0", " 15", "99999999999999999999"]
FACETS = ["care_level", "target_group", "audience", "form", "status", "actor"]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    live = start_api_server(tmp_path_factory.mktemp("injection"))
    yield live
    live.stop()


@pytest.fixture(scope="module")
def client(server: Live) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def snapshot(server: Live) -> list[str]:
    build = server.app.state.manager.build
    assert build is not None
    return sorted(str(q) for q in build.store)


@pytest.fixture(scope="module")
def before(server: Live) -> list[str]:
    return snapshot(server)


def get(client: httpx.Client, path: str, params: list[tuple[str, str]]) -> httpx.Response:
    query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in params)
    return client.get(f"{path}?{query}")


def assert_rejected(r: httpx.Response, parameter: str) -> None:
    assert r.status_code == 400, (r.status_code, r.text[:300])
    body = r.json()
    assert set(body) == {"error", "parameter", "allowed"} and body["parameter"] == parameter


@pytest.mark.parametrize("facet", FACETS)
def test_codes_never_reach_sparql(client: httpx.Client, before: list[str], facet: str) -> None:
    for value in EVIL:
        assert_rejected(get(client, "/api/resources", [(facet, value)]), facet)
        # Hidden behind a valid value of the same facet: still rejected, not ORed away.
        valid = "bup" if facet == "care_level" else "barn"
        if facet == "care_level":
            assert_rejected(get(client, "/api/resources", [(facet, valid), (facet, value)]), facet)


@pytest.mark.parametrize("name", ["age", "limit", "offset"])
def test_numbers_are_ascii_digits_only(client: httpx.Client, before: list[str], name: str) -> None:
    for value in [*BAD_NUMBERS, *EVIL]:
        assert_rejected(get(client, "/api/resources", [(name, value)]), name)


def test_q_is_bound_as_text_or_rejected(client: httpx.Client, before: list[str]) -> None:
    for value in ["} DROP ALL {", '" } DROP ALL { "', "FILTER(true)", "\\u0022) } DROP ALL {", "b\u0443p"]:
        r = get(client, "/api/resources", [("q", value)])
        assert r.status_code == 200, r.text[:300]
        assert r.json()["total"] == 0, value
    # Punctuation only: no word to look for, so no text filter (the whole list), not an error.
    for value in ["'", '"}', "\\", "{}"]:
        r = get(client, "/api/resources", [("q", value)])
        assert r.status_code == 200 and r.json()["total"] == 6
    for value in ["webb\x00", "webb\nDROP ALL", "x" * 201]:
        assert_rejected(get(client, "/api/resources", [("q", value)]), "q")
    # Fullwidth letters fold to ASCII (NFKD), so this is a real search, not an injection.
    assert get(client, "/api/resources", [("q", "ＳＤＱ")]).json()["total"] == 1


def test_parameter_names_are_checked(client: httpx.Client, before: list[str]) -> None:
    for name in ["query", "update", "care_level}", "care_level\x00", "age;DROP"]:
        assert_rejected(get(client, "/api/resources", [(name, "bup")]), name)


def test_invalid_utf8_percent_encoding(client: httpx.Client, before: list[str]) -> None:
    r = client.get("/api/resources?care_level=%ff%fe")
    assert r.status_code == 400 and r.json()["parameter"] == "care_level"


def test_path_parameters(client: httpx.Client, before: list[str]) -> None:
    for scheme in ["} DROP ALL {", "care-level>", "care-lev\u0435l", "care-level\x00"]:
        r = client.get(f"/api/vocab/{quote(scheme, safe='')}")
        assert r.status_code == 404 and r.json()["parameter"] == "scheme"
    for name in ["} DROP ALL {", "resources-for-age.rq", "resources-for-age\n"]:
        r = client.get(f"/api/queries/{quote(name, safe='')}")
        assert r.status_code == 404 and r.json()["parameter"] == "name"
    # An encoded slash does not reach a handler at all (no route matches): a plain 404.
    for path in ["/api/vocab/..%2F..%2Fetc", "/api/queries/..%2Fresources-for-age"]:
        assert client.get(path).status_code == 404


def test_named_query_parameters(client: httpx.Client, before: list[str]) -> None:
    for value in [*BAD_NUMBERS, *EVIL]:
        assert_rejected(get(client, "/api/queries/resources-for-age", [("age", value)]), "age")
        assert_rejected(get(client, "/api/queries/resources-by-care-level", [("care_level", value)]), "care_level")
        assert_rejected(get(client, "/api/queries/actor-resources", [("actor", value)]), "actor")
    for value in ["x> } DROP ALL { <y", "https://e/a b", 'https://e/"x', "https://e/}"]:
        assert_rejected(get(client, "/api/queries/actor-resources", [("entity", value)]), "entity")
    # A string parameter is one literal: quotes and braces are just characters to search for.
    for value in ['" } DROP ALL { "', "') } DROP ALL { ('", "\\", "ｗｅｂｂ"]:
        r = get(client, "/api/queries/label-search", [("q", value)])
        assert r.status_code == 200 and r.json()["rows"] == [], r.text[:300]
    for value in ["webb\x00", "webb\n}", "x" * 201]:
        assert_rejected(get(client, "/api/queries/label-search", [("q", value)]), "q")


def test_graph_unchanged_after_the_attacks(server: Live, client: httpx.Client, before: list[str]) -> None:
    # Runs last in this module (pytest keeps file order): every attack above has been tried.
    assert snapshot(server) == before and len(before) > 700
    assert client.get("/api/resources").json()["total"] == 6
    assert ox.NamedNode("https://w3id.org/psykgraf/id/resource/sdqwebb").value in {
        i["iri"] for i in client.get("/api/resources").json()["items"]
    }
