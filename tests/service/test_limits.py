"""Protection and lifecycle: hard timeout with killed workers, concurrency limit, update auth, hot publish."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.service.conftest import BASE, Live, publish, serve, settings_for

LABEL_Q = f"SELECT ?l WHERE {{ <{BASE}id/resource/sdqwebb> rdfs:label ?l }}"
# Five-way cartesian product of the fixture's quads: billions of rows, no output until COUNT ends.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n0 ?o }"


@pytest.fixture(scope="module")
def srv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Live, Path]]:
    build_dir = tmp_path_factory.mktemp("limits")
    publish(build_dir, "v1")
    live = serve(settings_for(build_dir, max_concurrency=2, long_query=0.5))
    yield live, build_dir
    live.stop()


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _workers(client: httpx.Client, n: int) -> list[int]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        pids: list[int] = client.get("/health").json()["query_workers"]
        if len(pids) == n:
            return pids
        time.sleep(0.05)
    raise AssertionError("workers were not respawned")


def test_runaway_query_is_stopped_while_others_answer(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    with live.client() as client:
        before = set(_workers(client, 2))
        results: dict[str, tuple[int, str, float]] = {}

        def runaway(name: str) -> None:
            began = time.monotonic()
            with live.client() as own:
                r = own.post("/sparql", data={"query": RUNAWAY})
            results[name] = (r.status_code, r.text, time.monotonic() - began)

        first = threading.Thread(target=runaway, args=("a",))
        first.start()
        time.sleep(0.3)
        began = time.monotonic()
        cheap = client.get("/sparql", params={"query": LABEL_Q})
        assert cheap.status_code == 200 and time.monotonic() - began < 1.0
        second = threading.Thread(target=runaway, args=("b",))
        second.start()
        # Both workers are taken: a cheap query waits in line (no 503) until the long-query
        # rule stops the second runaway (same client address) at long_query = 0.5 s.
        began = time.monotonic()
        queued = client.get("/sparql", params={"query": "ASK {}"})
        assert queued.status_code == 200 and time.monotonic() - began < 1.5
        first.join(10)
        second.join(10)
        status, text, elapsed = results["b"]
        assert status == 503 and "another long query from your address" in text and elapsed < 1.5
        status, text, elapsed = results["a"]
        assert status == 503 and "time limit of 2 s" in text
        assert 1.9 <= elapsed < 4.0
        after = set(_workers(client, 2))
        killed = before - after
        assert len(killed) == 2 and not any(_alive(pid) for pid in killed)
        usage = {pid: _cpu_seconds(pid) for pid in after}
        time.sleep(0.5)
        assert all(_cpu_seconds(pid) - used < 0.1 for pid, used in usage.items())
        metrics = client.get("/metrics").text
        assert "psykgraf_timeouts_total 1" in metrics and "psykgraf_long_refused_total 1" in metrics


def test_update_needs_the_bearer_token(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    update = f'INSERT DATA {{ GRAPH <{BASE}graph/extra> {{ <{BASE}id/event/x> rdfs:label "x" }} }}'
    ask = {"query": f"ASK {{ <{BASE}id/event/x> rdfs:label 'x' }}"}
    with live.client() as client:
        assert client.post("/update", data={"update": update}).status_code == 401
        wrong = client.post("/update", data={"update": update}, headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 403 and "s3cret" not in wrong.text
        assert client.get("/update").status_code == 405
        assert client.get("/sparql", params=ask).json()["boolean"] is False
        ok = client.post(
            "/update",
            content=update.encode(),
            headers={"authorization": "Bearer s3cret-token", "content-type": "application/sparql-update"},
        )
        assert ok.status_code == 204
        assert client.get("/sparql", params=ask).json()["boolean"] is True
        bad = client.post(
            "/update", data={"update": "INSERT nonsense"}, headers={"authorization": "Bearer s3cret-token"}
        )
        assert bad.status_code == 400


def test_update_disabled_without_token(http: httpx.Client) -> None:
    assert http.post("/update", data={"update": "CLEAR ALL"}).status_code == 404


def test_new_build_is_picked_up_without_restart(srv: tuple[Live, Path]) -> None:
    live, build_dir = srv
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    added = f'<{BASE}id/event/v2-marker> {label} "v2" <{BASE}graph/ontology> .\n'
    ask = {"query": f"ASK {{ <{BASE}id/event/v2-marker> ?p ?o }}"}
    with live.client() as client:
        old = client.get("/health").json()
        publish(build_dir, "v2", extra=added)
        deadline = time.monotonic() + 20
        while client.get("/health").json()["version"] != "v2":
            assert time.monotonic() < deadline, "new build not picked up"
            time.sleep(0.05)
        assert client.get("/sparql", params=ask).json()["boolean"] is True
        assert client.get("/id/event/v2-marker", headers={"accept": "text/html"}).status_code == 200
        time.sleep(0.2)
        assert not any(_alive(pid) for pid in old["query_workers"])
