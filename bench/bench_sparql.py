"""Benchmark: psykgraf's /sparql vs ``oxigraph serve`` vs rdflib-endpoint on the same N-Quads.

Usage: ``python bench/bench_sparql.py [--nquads data/build/current/graph.nq] [--requests 800]``.
Without a published build, the service test fixture is replicated ``--copies`` times.
Needs the ``bench`` extra (``oxigraph``, ``rdflib-endpoint``). Not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

__all__ = ["main"]

PREFIXES = (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX pg: <https://w3id.org/psykgraf/ontology#>\n"
    "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
)
REPEATED = [
    PREFIXES + "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)",
    PREFIXES + "SELECT ?s ?l WHERE { ?s a pg:Resource ; rdfs:label ?l } ORDER BY ?l LIMIT 50",
    PREFIXES + "SELECT ?r (COUNT(?s) AS ?n) WHERE { ?s dcterms:source ?r } GROUP BY ?r",
    PREFIXES + "ASK { ?s a pg:Actor }",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _synthetic(copies: int) -> str:
    import pyoxigraph as ox

    trig = ROOT / "tests" / "service" / "fixtures" / "graph.trig"
    base = (
        ox.serialize(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG), format=ox.RdfFormat.N_QUADS) or b""
    ).decode()
    entity = re.compile(r"(https://w3id\.org/psykgraf/id/[a-z-]+/)([a-z0-9-]+)>")
    blank = re.compile(r"_:([A-Za-z0-9]+)")
    out = []
    for i in range(copies):
        out.append(blank.sub(rf"_:\1x{i}", entity.sub(rf"\1\2-{i}>", base)))
    return "".join(sorted("".join(out).splitlines(keepends=True)))


def _wait(url: str, process: subprocess.Popen[bytes], seconds: float = 120) -> float:
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        if process.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {process.returncode}")
        try:
            if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return time.monotonic() - began
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not start")


def _start_ours(nquads: Path, work: Path, workers: int) -> tuple[str, subprocess.Popen[bytes]]:
    build = work / "build"
    (build / "bench").mkdir(parents=True)
    shutil.copy(nquads, build / "bench" / "graph.nq")
    (build / "current").symlink_to("bench")
    port = _free_port()
    env = os.environ | {
        "PSYKGRAF_BUILD_DIR": str(build),
        "PSYKGRAF_PORT": str(port),
        "PSYKGRAF_QUERY_WORKERS": str(workers),
        "PSYKGRAF_MAX_CONCURRENCY": "256",
        "PSYKGRAF_QUEUE_WAIT": "60",
        "PSYKGRAF_ROW_CAP": "100000",
    }
    code = "from psykgraf.settings import Settings; from service.app import run; run(Settings())"
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return f"http://127.0.0.1:{port}/sparql", process


def _start_oxigraph(nquads: Path, work: Path) -> tuple[str, subprocess.Popen[bytes]]:
    location = work / "oxigraph"
    subprocess.run(
        ["oxigraph", "load", "--location", str(location), "--file", str(nquads)],
        check=True,
        capture_output=True,
    )
    port = _free_port()
    process = subprocess.Popen(
        [
            "oxigraph",
            "serve-read-only",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stderr=subprocess.DEVNULL,
    )
    return f"http://127.0.0.1:{port}/query", process


def _start_rdflib(nquads: Path) -> tuple[str, subprocess.Popen[bytes]]:
    port = _free_port()
    process = subprocess.Popen(
        ["rdflib-endpoint", "serve", str(nquads), "--host", "127.0.0.1", "--port", str(port)],
        stderr=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
    )
    return f"http://127.0.0.1:{port}/", process


def _distinct_queries(url: str, n: int) -> list[str]:
    """Label look-ups for n different subjects (cycled), so no two consecutive queries repeat."""
    r = httpx.get(
        url,
        params={"query": PREFIXES + "SELECT DISTINCT ?s WHERE { ?s rdfs:label ?l }"},
        headers={"accept": "application/sparql-results+json"},
        timeout=60,
    )
    subjects = [b["s"]["value"] for b in r.json()["results"]["bindings"]]
    return [
        PREFIXES + f"SELECT ?p ?o ?ol WHERE {{ <{subjects[i % len(subjects)]}> ?p ?o "
        f"OPTIONAL {{ ?o rdfs:label ?ol }} }} # {i}"
        for i in range(n)
    ]


def _run(url: str, queries: list[str], clients: int) -> tuple[list[float], int, float]:
    local = threading.local()
    errors = 0
    lock = threading.Lock()

    def one(query: str) -> float:
        nonlocal errors
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(timeout=60)
        began = time.perf_counter()
        r = client.get(url, params={"query": query}, headers={"accept": "application/sparql-results+json"})
        elapsed = time.perf_counter() - began
        if r.status_code != 200:
            with lock:
                errors += 1
        return elapsed

    began = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(one, queries))
    return latencies, errors, time.perf_counter() - began


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    """Start the three servers, run both mixes against each, print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nquads", type=Path, default=ROOT / "data" / "build" / "current" / "graph.nq")
    parser.add_argument("--copies", type=int, default=200, help="fixture copies when there is no build")
    parser.add_argument("--requests", type=int, default=800)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="psykgraf query worker processes")
    parser.add_argument("--skip", nargs="*", default=[], choices=["psykgraf", "oxigraph", "rdflib-endpoint"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="psykgraf-bench-") as tmp:
        work = Path(tmp)
        nquads = args.nquads
        if not nquads.is_file():
            nquads = work / "graph.nq"
            nquads.write_text(_synthetic(args.copies), encoding="utf-8")
        print(
            f"data: {nquads} ({sum(1 for _ in nquads.open(encoding='utf-8'))} quads); "
            f"{args.requests} requests, {args.clients} clients"
        )
        starters: dict[str, Callable[[], tuple[str, subprocess.Popen[bytes]]]] = {
            "psykgraf": lambda: _start_ours(nquads, work, args.workers),
            "oxigraph": lambda: _start_oxigraph(nquads, work),
            "rdflib-endpoint": lambda: _start_rdflib(nquads),
        }
        results: dict[tuple[str, str], tuple[float, float, float, int]] = {}
        for name, start in starters.items():
            if name in args.skip:
                continue
            url, process = start()
            try:
                startup = _wait(url, process)
                distinct = _distinct_queries(url, args.requests)
                repeated = [REPEATED[i % len(REPEATED)] for i in range(args.requests)]
                _run(url, repeated[: args.clients * 2], args.clients)  # warm-up
                for mix, queries in (("distinct", distinct), ("repeated", repeated)):
                    latencies, errors, wall = _run(url, queries, args.clients)
                    results[(name, mix)] = (
                        statistics.median(latencies),
                        _p(latencies, 0.99),
                        len(queries) / wall,
                        errors,
                    )
                print(f"{name}: started in {startup:.2f} s")
            finally:
                process.terminate()
                process.wait(20)
        print(
            f"\n{'server':16} {'mix':9} {'median ms':>10} {'p99 ms':>9} {'req/s':>8} {'errors':>6}"
            f" {'x median':>9}"
        )
        for (name, mix), (median, p99, rate, errors) in results.items():
            ours = results.get(("psykgraf", mix))
            ratio = f"{median / ours[0]:.2f}" if ours else "-"
            print(
                f"{name:16} {mix:9} {median * 1000:10.1f} {p99 * 1000:9.1f} {rate:8.0f} {errors:6d}"
                f" {ratio:>9}"
            )


if __name__ == "__main__":
    main()
