"""Fault suite (issue 11): abandoned streams, hostile queries, SSRF, updates past their limits, odd clients."""

from __future__ import annotations

import logging
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
import rdflib

from tests.service.conftest import BASE, Live, publish, serve, settings_for

TOKEN = {"authorization": "Bearer s3cret-token"}
# Cartesian product of the fixture's quads, streamed as CSV: rows flow for far longer than a test.
ENDLESS_CSV = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# fixtures/graph.trig: sdqwebb has an rdfs:label (tests/service/test_limits.py uses the same IRI).
LABEL_Q = f"SELECT ?l WHERE {{ <{BASE}id/resource/sdqwebb> rdfs:label ?l }}"


@pytest.fixture(scope="module")
def srv(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Live, Path]]:
    build_dir = tmp_path_factory.mktemp("faults")
    publish(build_dir, "v1")
    live = serve(settings_for(build_dir, long_query=0.5, worker_memory_mb=1500, max_url_length=8000))
    yield live, build_dir
    live.stop()


def _workers(client: httpx.Client, n: int) -> list[int]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        health = client.get("/health").json()
        if len(health["query_workers"]) == n and health["status"] == "ok":
            return list(health["query_workers"])
        time.sleep(0.05)
    raise AssertionError("workers were not replaced")


def _listener() -> tuple[socket.socket, int]:
    """A local TCP port that records whether anything connects to it (the SSRF target)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    sock.settimeout(0.5)
    return sock, sock.getsockname()[1]


def _connected(sock: socket.socket) -> bool:
    try:
        conn, _ = sock.accept()
    except TimeoutError:
        return False
    conn.close()
    return True


def _raw(url: str, request: bytes, read: int = 65536) -> bytes:
    """Send ``request`` on a fresh socket; the reply's head and (if it has a Content-Length) its body.

    For a streamed reply (no Content-Length) it returns after the first bytes and hangs up:
    the abandoned-stream case.
    """
    host, port = url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while True:
            chunk = sock.recv(read)
            if not chunk:
                return data
            data += chunk
            head, sep, body = data.partition(b"\r\n\r\n")
            if not sep:
                continue
            length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
            if length is None or len(body) >= int(length.group(1)):
                return data


def test_abandoned_streams_free_their_workers(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    with live.client() as client:
        before = set(_workers(client, 2))
        for _ in range(2):
            query = urlencode({"query": ENDLESS_CSV})
            head = _raw(live.url, f"GET /sparql?{query} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n".encode())
            assert head.startswith(b"HTTP/1.1 200")  # streaming had begun; then the client hung up
        ok = client.get("/sparql", params={"query": LABEL_Q})
        assert ok.status_code == 200 and ok.json()["results"]["bindings"]
        after = set(_workers(client, 2))
        assert len(before - after) == 2  # both streaming workers were stopped and replaced


def test_killed_worker_is_replaced_without_a_request(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    with live.client() as client:
        victim = _workers(client, 2)[0]
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while victim in (health := client.get("/health").json())["query_workers"]:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        # Liveness tells: a worker is missing until its replacement has loaded the store.
        assert health["status"] == "degraded" and health["missing_workers"] == 1
        # No query was sent: the supervisor noticed and started a new worker.
        assert victim not in _workers(client, 2)
        assert client.get("/health/ready").status_code == 200


def test_service_federation_is_off_and_reaches_nothing(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    sock, port = _listener()
    with sock, live.client() as client:
        for query in [
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
            f"select * {{ service silent <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}",
            f"SELECT * {{ BIND(<http://127.0.0.1:{port}/x> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        ]:
            r = client.post("/sparql", data={"query": query})
            assert r.status_code == 400 and "PSYKGRAF_SERVICE_ALLOW" in r.text, r.text
        load = f"LOAD <http://127.0.0.1:{port}/data.ttl>"
        r = client.post("/update", data={"update": load}, headers=TOKEN)
        assert r.status_code == 400 and "PSYKGRAF_LOAD_ALLOW" in r.text
        assert not _connected(sock)
        # The word in a string, comment or IRI is not federation.
        r = client.get("/sparql", params={"query": "ASK { FILTER('SERVICE <x>' != '') } # SERVICE <y>"})
        assert r.status_code == 200 and r.json()["boolean"] is True


def test_deep_nesting_and_size_limits(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    with live.client() as client:
        pids = _workers(client, 2)
        deep = "SELECT * WHERE " + "{" * 1990 + "}" * 1990  # < 4000 bytes, the test size limit
        r = client.post("/sparql", content=deep, headers={"content-type": "application/sparql-query"})
        assert r.status_code == 400 and "PSYKGRAF_MAX_QUERY_DEPTH" in r.text
        r = client.post("/sparql", data={"query": "SELECT * WHERE " + "{" * 5000 + "}" * 5000})
        assert r.status_code == 413 and "limit" in r.text
        assert _workers(client, 2) == pids  # no worker crashed
        long_url = "/sparql?query=" + "A" * 10_000
        r = client.get(long_url)
        assert r.status_code == 414 and "POST" in r.text


def test_update_past_its_limits_is_stopped_and_not_applied(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    # Update WHERE sees named graphs only through GRAPH; a five-way product (68 quads in the fixture: 1.4e9 rows).
    heavy = (
        f"INSERT {{ GRAPH <{BASE}graph/x> {{ ?a ?b ?x }} }} "
        "WHERE { GRAPH ?g1 { ?a ?b ?c } GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?g ?h ?i } GRAPH ?g4 { ?j ?k ?l } "
        "GRAPH ?g5 { ?m ?n ?o } BIND(CONCAT(STR(?c), STR(?f), STR(?i), STR(?l), STR(?o)) AS ?x) }"
    )
    with live.client() as client:
        triples = client.get("/health").json()["triples"]
        began = time.monotonic()
        r = client.post("/update", data={"update": heavy}, headers=TOKEN)
        assert r.status_code == 503 and ("time limit" in r.text or "memory limit" in r.text), r.text
        assert time.monotonic() - began < 5  # query_timeout is 2 s in the test settings
        assert client.get("/health").json()["triples"] == triples
        assert client.get("/sparql", params={"query": LABEL_Q}).status_code == 200


def test_update_survives_restart_and_publish(tmp_path: Path) -> None:
    build_dir = tmp_path / "build"
    publish(build_dir, "v1")
    marker = f"<{BASE}id/event/journal-marker>"
    ask = {"query": f"ASK {{ {marker} rdfs:label 'kept' }}"}
    first = serve(settings_for(build_dir))
    try:
        with first.client() as client:
            update = f"INSERT DATA {{ GRAPH <{BASE}graph/extra> {{ {marker} rdfs:label 'kept' }} }}"
            assert client.post("/update", data={"update": update}, headers=TOKEN).status_code == 204
            assert client.get("/sparql", params=ask).json()["boolean"] is True
    finally:
        first.stop()
    second = serve(settings_for(build_dir))
    try:
        with second.client() as client:
            assert client.get("/sparql", params=ask).json()["boolean"] is True
            publish(build_dir, "v2")
            deadline = time.monotonic() + 20
            while client.get("/health").json()["version"] != "v2":
                assert time.monotonic() < deadline
                time.sleep(0.05)
            assert client.get("/sparql", params=ask).json()["boolean"] is True
    finally:
        second.stop()


def test_h2c_upgrade_offer_post_is_answered(live: Live) -> None:
    body = urlencode({"query": "ASK {}"}).encode()
    request = (
        b"POST /sparql HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
        b"HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nAccept: application/sparql-results+json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    reply = _raw(live.url, request)
    assert reply.startswith(b"HTTP/1.1 200"), reply[:300]
    assert b'"boolean":true' in reply


def test_sparqlwrapper_every_format_and_form(live: Live) -> None:
    sw = pytest.importorskip("SPARQLWrapper")
    # 2018-slutrapport-2017-riktade-insatser-psykisk-halsa.txt:73 "… benämns Uppdrag Psykisk Hälsa (UPH)."
    select = "SELECT ?l WHERE { ?a a pg:Actor ; skos:altLabel ?l }"
    construct = "CONSTRUCT { ?a skos:altLabel ?l } WHERE { ?a a pg:Actor ; skos:altLabel ?l }"
    describe = f"DESCRIBE <{BASE}id/actor/uppdrag-psykisk-halsa>"
    for method in (sw.GET, sw.POST):
        for fmt in (sw.JSON, sw.XML, sw.CSV, sw.TSV):
            client = sw.SPARQLWrapper(f"{live.url}/sparql")
            client.setMethod(method)
            client.setQuery(select)
            client.setReturnFormat(fmt)
            result = client.query()
            assert result.response.status == 200
            assert b"UPH" in result.response.read(), (method, fmt)
        for query in (construct, describe):
            for fmt in (sw.XML, sw.TURTLE, sw.N3, sw.JSONLD, sw.JSON):
                client = sw.SPARQLWrapper(f"{live.url}/sparql")
                client.setMethod(method)
                client.setQuery(query)
                client.setReturnFormat(fmt)
                converted = client.queryAndConvert()
                graph = converted if isinstance(converted, rdflib.Graph) else None
                if graph is None:
                    text = converted if isinstance(converted, str | bytes) else str(converted)
                    assert "UPH" in (text.decode() if isinstance(text, bytes) else text), (method, fmt, query)
                else:
                    assert "UPH" in {str(o) for o in graph.objects()}, (method, fmt, query)


def test_format_by_query_form(http: httpx.Client) -> None:
    construct = "CONSTRUCT { ?a skos:altLabel ?l } WHERE { ?a skos:altLabel ?l }"
    expected = {
        "xml": "application/rdf+xml",
        "n3": "text/turtle",
        "nquads": "application/n-quads",
        "trig": "application/trig",
        "json": "application/ld+json",
    }
    for fmt, media in expected.items():
        r = http.get("/sparql", params={"query": construct, "format": fmt})
        assert r.status_code == 200 and r.headers["content-type"].startswith(media), (fmt, r.text[:200])
        assert "UPH" in r.text
    r = http.get("/sparql", params=[("query", "ASK {}"), ("format", "xml"), ("format", "application/xml")])
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/sparql-results+xml")
    r = http.get("/sparql", params=[("query", "ASK {}"), ("format", "xml"), ("format", "csv")])
    assert r.status_code == 400 and "disagree" in r.text


def test_odd_paths_are_client_errors_with_cors(live: Live, http: httpx.Client) -> None:
    origin = {"origin": "https://example.org"}
    odd = ["/id/x/%20", "/vocab/%FF", "/id/resource/a%3Cb", "/id/%00", "/%7B%7D", "/vocab/%C3"]
    # Found by schemathesis: C1 controls, and a '#' that starts a fragment with characters IRIs forbid.
    odd += ["/graph/%C2%99", "/id/%23/%C3%B8%3B%C3%AB%C3%BA%C2%8F%21", "/query/%C3%82leC%C2%A7%25eg"]
    for path in odd:
        r = http.get(path, headers=origin)
        assert 400 <= r.status_code < 500, (path, r.status_code)
        assert r.headers["access-control-allow-origin"] == "*" and r.text.strip()


def test_head_on_every_get_route(live: Live, http: httpx.Client) -> None:
    samples = {"kind": "resource", "slug": "sdqwebb", "scheme": "care-level", "code": "x", "name": "x", "ext": "ttl"}
    paths = set()
    for path, operations in live.app.openapi()["paths"].items():
        if "get" in operations:
            for key, value in samples.items():
                path = path.replace("{" + key + "}", value)
            if "{" not in path:
                paths.add(path)
    assert "/sparql" in paths and "/health" in paths
    for path in sorted(paths):
        got = http.get(path)
        head = http.head(path)
        assert head.status_code == got.status_code, path
        assert head.content == b"" and head.headers.get("content-type") == got.headers.get("content-type"), path


def test_security_headers_everywhere(http: httpx.Client) -> None:
    for r in [
        http.get("/health"),
        http.get("/no/such/path"),
        http.options("/sparql", headers={"origin": "https://e.org", "access-control-request-method": "POST"}),
    ]:
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["referrer-policy"]


def test_access_log_has_paths_without_query_strings(live: Live) -> None:
    logger = logging.getLogger("psykgraf.access")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    # Another test's logging.config.dictConfig may have disabled existing loggers.
    was_disabled, level = logger.disabled, logger.level
    logger.disabled = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        with live.client() as client:
            client.get("/sparql", params={"query": "ASK {}", "access_token": "hunter2"})
        # The line is written when the response has been sent, which may be after the client has it.
        deadline = time.monotonic() + 5
        while not any(" GET /sparql " in r.getMessage() for r in records) and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        logger.removeHandler(handler)
        logger.disabled = was_disabled
        logger.setLevel(level)
    lines = [r.getMessage() for r in records]
    assert any(" GET /sparql 200 " in line for line in lines)
    assert not any("hunter2" in line or "ASK" in line for line in lines)


def test_publish_while_serving_under_load(tmp_path: Path) -> None:
    build_dir = tmp_path / "build"
    publish(build_dir, "v1")
    live = serve(settings_for(build_dir, update_token=None))
    statuses: list[int] = []
    stop = threading.Event()

    def hammer(n: int) -> None:
        with live.client() as client:
            i = 0
            while not stop.is_set():
                i += 1  # distinct queries: no cache hits
                r = client.get("/sparql", params={"query": f"SELECT ?l WHERE {{ ?s rdfs:label ?l }} LIMIT {i + n}"})
                statuses.append(r.status_code)

    threads = [threading.Thread(target=hammer, args=(k * 1000,)) for k in range(4)]
    try:
        for thread in threads:
            thread.start()
        with live.client() as client:
            for version in ("v2", "v3"):
                publish(build_dir, version)
                deadline = time.monotonic() + 30
                while client.get("/health").json()["version"] != version:
                    assert time.monotonic() < deadline
                    time.sleep(0.05)
                time.sleep(0.3)
    finally:
        stop.set()
        for thread in threads:
            thread.join(30)
        live.stop()
    assert len(statuses) > 20 and set(statuses) == {200}


def test_api_docs_are_served_from_this_origin(http: httpx.Client) -> None:
    page = http.get("/api/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    assert "http" not in page.text.split("<body>")[1]  # no CDN: every asset is a same-origin path
    for asset in ("/api/docs/assets/swagger-ui.css", "/api/docs/assets/swagger-ui-bundle.js", "/api/docs/init.js"):
        assert http.get(asset).status_code == 200, asset
    assert http.get("/docs", follow_redirects=False).headers["location"] == "/api/docs"
    sparql = http.get("/api/openapi.json").json()["paths"]["/sparql"]
    assert "query" in {p["name"] for p in sparql["get"]["parameters"]}
    assert "application/sparql-query" in sparql["post"]["requestBody"]["content"]
    assert {"200", "400", "406", "413", "503"} <= set(sparql["get"]["responses"])
    assert "application/sparql-results+json" in sparql["get"]["responses"]["200"]["content"]


def test_annotations_graphs_and_queries_dereference(http: httpx.Client) -> None:
    turtle = {"accept": "text/turtle"}
    # fixtures/graph.trig: ann:sdqwebb-2020-372 oa:hasBody res:sdqwebb; ann:sdqwebb-2020-384 rdf:subject res:sdqwebb.
    entity = rdflib.Graph().parse(data=http.get("/id/resource/sdqwebb", headers=turtle).text, format="turtle")
    cited = {str(s) for s in entity.subjects(None, rdflib.URIRef(f"{BASE}id/resource/sdqwebb"))}
    assert {f"{BASE}id/annotation/sdqwebb-2020-372", f"{BASE}id/annotation/sdqwebb-2020-384"} <= cited
    annotation = http.get("/id/annotation/sdqwebb-2020-372", headers=turtle)
    assert annotation.status_code == 200 and "SDQwebb – frågeformulär 3–17 år" in annotation.text
    # fixtures/graph.trig: the graph g:2018-slutrapport-… holds the actor labelled "Uppdrag Psykisk Hälsa".
    graph = http.get("/graph/2018-slutrapport-2017-riktade-insatser-psykisk-halsa", headers=turtle)
    assert graph.status_code == 200 and "Uppdrag Psykisk Hälsa" in graph.text and "SDQwebb" not in graph.text
    quads = http.get("/graph/ontology", headers={"accept": "application/n-quads"})
    assert quads.status_code == 200 and f"<{BASE}graph/ontology> ." in quads.text
    assert http.get("/graph/no-such-graph", headers=turtle).status_code == 404
    assert http.get("/query/no-such-query", headers=turtle).status_code == 404


def test_schemathesis_finds_no_server_error(live: Live, tmp_path: Path) -> None:
    """Property-based requests from the OpenAPI document (every route, /sparql included): no 5xx."""
    cli = Path(sys.executable).parent / "schemathesis"
    if not cli.exists():
        pytest.skip("schemathesis (dev extra) is not installed")
    done = subprocess.run(
        [str(cli), "run", f"{live.url}/api/openapi.json", "--checks", "not_a_server_error", "-n", "10", "--seed", "1"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,  # its example cache (.schemathesis/) stays out of the repository
    )
    assert "Server error" not in done.stdout, done.stdout[-3000:]
    assert " passed" in done.stdout, done.stdout[-3000:]


def test_head_of_a_streamed_result_stops_its_query(srv: tuple[Live, Path]) -> None:
    live, _ = srv
    with live.client() as client:
        before = set(_workers(client, 2))
        r = client.head("/sparql", params={"query": ENDLESS_CSV}, headers={"accept": "text/csv"})
        assert r.status_code == 200 and r.content == b"" and r.headers["content-type"].startswith("text/csv")
        # The head went out at once; the worker is stopped when the stream's next block arrives.
        deadline = time.monotonic() + 1.5  # well before the 2 s time limit
        while not before - set(client.get("/health").json()["query_workers"]):
            assert time.monotonic() < deadline, "the HEAD request's query was not stopped"
            time.sleep(0.02)
        assert len(before - set(_workers(client, 2))) == 1  # stopped and replaced
