"""Benchmark: psykgraf's /sparql vs ``oxigraph serve`` vs rdflib-endpoint on the published build.

Usage: ``python bench/bench_sparql.py [--nquads data/build/current/graph.nq] [--rounds 3]``.
The mixes are the named queries in ``queries/*.rq`` bound to their default parameters (a
``VALUES`` block, as for any remote endpoint); a query slower than ``--max-seconds`` on plain
pyoxigraph is skipped. *distinct*: every request's text differs (a trailing comment), so no
result cache helps; *repeated*: the same few texts again and again. All servers run at the
same time and are measured in interleaved rounds (the machine is shared and noisy); the
table shows medians over the rounds. Needs the ``bench`` extra (``oxigraph``,
``rdflib-endpoint``). Not part of the tests.
"""

from __future__ import annotations

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

__all__ = ["main"]

JSON = "application/sparql-results+json"
TURTLE = "text/turtle"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def named_queries(nquads: Path, max_seconds: float) -> list[tuple[str, str, str]]:
    """(name, text, accept) for each named query with its defaults bound, timed on plain pyoxigraph."""
    import pyoxigraph as ox

    from psykgraf.queries import load_queries, query_form
    from psykgraf.settings import Settings

    settings = Settings()
    store = ox.Store()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    out = []
    for name, query in load_queries(ROOT / "queries").items():
        text = query.with_values(query.bind({}, settings.base_iri))
        form = query_form(query)
        began = time.perf_counter()
        result = store.query(text, use_default_graph_as_union=True)
        if isinstance(result, (ox.QuerySolutions, ox.QueryBoolean)):
            result.serialize(format=ox.QueryResultsFormat.JSON)
        else:
            ox.serialize(result, format=ox.RdfFormat.TURTLE)
        seconds = time.perf_counter() - began
        if seconds > max_seconds:
            print(f"skipped {name}: {seconds:.2f} s on plain pyoxigraph")
            continue
        out.append((name, text, JSON if form in ("SELECT", "ASK") else TURTLE))
    return out


def _wait(url: str, process: subprocess.Popen[bytes], seconds: float = 300) -> float:
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        if process.poll() is not None:
            raise RuntimeError(f"server for {url} exited with {process.returncode}")
        try:
            if _get(url, "ASK {}", JSON)[0] == 200:
                return time.monotonic() - began
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not start")


def _get(
    url: str, query: str, accept: str, conn: http.client.HTTPConnection | None = None, timeout: float = 120
) -> tuple[int, int]:
    parts = urlsplit(url)
    own = conn is None
    if conn is None:
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
    try:
        conn.request("GET", f"{parts.path}?{urlencode({'query': query})}", headers={"Accept": accept})
        response = conn.getresponse()
        body = response.read()
        return response.status, len(body)
    finally:
        if own:
            conn.close()


def _start_ours(nquads: Path, work: Path, workers: int | None) -> tuple[str, subprocess.Popen[bytes]]:
    build = work / "build"
    (build / "bench").mkdir(parents=True)
    (build / "bench" / "graph.nq").symlink_to(nquads.resolve())
    (build / "current").symlink_to("bench")
    port = _free_port()
    env = os.environ | {
        "PSYKGRAF_BUILD_DIR": str(build),
        "PSYKGRAF_PORT": str(port),
        "PSYKGRAF_MAX_CONCURRENCY": "256",
        "PSYKGRAF_QUEUE_WAIT": "60",
        "PSYKGRAF_ROW_CAP": "100000",
    }
    if workers is not None:
        env["PSYKGRAF_QUERY_WORKERS"] = str(workers)
    code = "from psykgraf.settings import Settings; from service.app import run; run(Settings())"
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return f"http://127.0.0.1:{port}/sparql", process


def _start_oxigraph(nquads: Path, work: Path) -> tuple[str, subprocess.Popen[bytes]]:
    location = work / "oxigraph"
    subprocess.run(
        ["oxigraph", "load", "--location", str(location), "--file", str(nquads)], check=True, capture_output=True
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


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


def _run(url: str, queries: list[tuple[str, str]], clients: int) -> tuple[list[float], int, float]:
    """Send every (text, accept) from ``clients`` threads with keep-alive; latencies, errors, wall."""
    local = threading.local()
    errors = 0
    lock = threading.Lock()
    parts = urlsplit(url)

    def one(item: tuple[str, str]) -> float:
        nonlocal errors
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=120)
        began = time.perf_counter()
        try:
            status, _ = _get(url, item[0], item[1], conn)
        except (OSError, http.client.HTTPException):
            conn.close()
            status = 0
        elapsed = time.perf_counter() - began
        if status != 200:
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


def _descendants(pid: int) -> list[int]:
    out: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tasks:
        try:
            children = Path(f"/proc/{pid}/task/{tid}/children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            out += [child, *_descendants(child)]
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def rss(pid: int) -> tuple[float, float, int]:
    """RSS (MB) of the process, summed RSS of its descendants, and how many descendants."""
    children = _descendants(pid)
    return _rss_mb(pid), sum(_rss_mb(c) for c in children), len(children)


def _check(name: str, url: str, catalogue: list[tuple[str, str, str]], limit: float) -> list[tuple[str, str, str]]:
    """The catalogue entries this server answers with 200 within ``limit`` seconds."""
    kept = []
    for entry in catalogue:
        began = time.perf_counter()
        try:
            status, _ = _get(url, entry[1], entry[2], timeout=limit)
        except (OSError, http.client.HTTPException):
            status = 0
        if status == 200 and time.perf_counter() - began <= limit:
            kept.append(entry)
        else:
            print(f"  {name}: {entry[0]} gave {status or 'no answer'} in {time.perf_counter() - began:.1f} s; left out")
    return kept


def _rounds(
    servers: dict[str, tuple[str, subprocess.Popen[bytes]]],
    catalogue: list[tuple[str, str, str]],
    requests: int,
    clients: int,
    rounds: int,
    samples: dict[tuple[str, str], list[tuple[float, float, float, int]]],
    memory: dict[str, tuple[float, float, int]],
    tag: str = "",
) -> None:
    n = len(catalogue)
    for round_no in range(rounds):
        for name, (url, process) in servers.items():
            distinct = [(f"{catalogue[i % n][1]}\n# {tag}{round_no}-{i}", catalogue[i % n][2]) for i in range(requests)]
            repeated = [(catalogue[i % n][1], catalogue[i % n][2]) for i in range(requests)]
            _run(url, repeated[: clients * 2], clients)  # warm-up (and fill the cache)
            for mix, queries in (("distinct", distinct), ("repeated", repeated)):
                latencies, errors, wall = _run(url, queries, clients)
                samples.setdefault((name, mix + tag), []).append(
                    (statistics.median(latencies), _p(latencies, 0.99), len(queries) / wall, errors)
                )
            usage = rss(process.pid)
            if usage[0] + usage[1] > sum(memory.get(name, (0.0, 0.0, 0))[:2]):
                memory[name] = usage


def main() -> None:
    """Start the servers, run both mixes against each in interleaved rounds, print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nquads", type=Path, default=ROOT / "data" / "build" / "current" / "graph.nq")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--rdflib-requests", type=int, default=100)
    parser.add_argument("--rdflib-limit", type=float, default=10.0, help="seconds; slower queries left out")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=1.0, help="skip slower named queries")
    parser.add_argument("--workers", type=int, default=None, help="psykgraf query workers (default: settings)")
    parser.add_argument("--skip", nargs="*", default=[], choices=["oxigraph", "rdflib-endpoint"])
    args = parser.parse_args()
    nquads: Path = args.nquads
    if not nquads.is_file():
        sys.exit(f"no {nquads}: run `psykgraf build` first")
    catalogue = named_queries(nquads, args.max_seconds)
    print(
        f"data: {nquads.resolve()} ({sum(1 for _ in nquads.open(encoding='utf-8'))} quads); "
        f"{len(catalogue)} named queries; {args.clients} clients; {args.rounds} rounds"
    )
    samples: dict[tuple[str, str], list[tuple[float, float, float, int]]] = {}
    memory: dict[str, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="psykgraf-bench-") as tmp:
        work = Path(tmp)
        servers: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
        try:
            servers["psykgraf"] = _start_ours(nquads, work, args.workers)
            if "oxigraph" not in args.skip:
                servers["oxigraph"] = _start_oxigraph(nquads, work)
            for name, (url, process) in servers.items():
                print(f"{name}: started in {_wait(url, process):.2f} s")
                _check(name, url, catalogue, 60)
            _rounds(servers, catalogue, args.requests, args.clients, args.rounds, samples, memory)
            if "rdflib-endpoint" not in args.skip:
                # Separately, as a query rdflib gives up on keeps it busy: restart it after one.
                subset = []
                for entry in catalogue:
                    if "rdflib-endpoint" not in servers:
                        servers["rdflib-endpoint"] = url, process = _start_rdflib(nquads)
                        _wait(url, process)
                    if _check("rdflib-endpoint", url, [entry], args.rdflib_limit):
                        subset.append(entry)
                    else:
                        _stop(servers.pop("rdflib-endpoint")[1])
                if "rdflib-endpoint" not in servers:
                    servers["rdflib-endpoint"] = url, process = _start_rdflib(nquads)
                    _wait(url, process)
                print(f"rdflib-endpoint: {len(subset)} of {len(catalogue)} answered within {args.rdflib_limit:g} s")
                pair = {k: servers[k] for k in ("psykgraf", "rdflib-endpoint")}
                if subset:
                    _rounds(pair, subset, args.rdflib_requests, args.clients, 1, samples, memory, tag="/rdflib")
        finally:
            for _, process in servers.values():
                _stop(process)
    results = {
        key: (*(statistics.median(s[i] for s in runs) for i in range(3)), sum(s[3] for s in runs))
        for key, runs in samples.items()
    }
    print(
        f"\n{'server':16} {'mix':16} {'median ms':>10} {'p99 ms':>9} {'req/s':>8} {'errors':>6}"
        f" {'ours/x req/s':>13} {'ours/x p99':>11}"
    )
    for (name, mix), (median, p99, rate, errors) in results.items():
        ours = results.get(("psykgraf", mix))
        rate_ratio = f"{ours[2] / rate:.2f}" if ours else "-"
        p99_ratio = f"{ours[1] / p99:.2f}" if ours else "-"
        print(
            f"{name:16} {mix:16} {median * 1000:10.1f} {p99 * 1000:9.1f} {rate:8.0f} {int(errors):6d}"
            f" {rate_ratio:>13} {p99_ratio:>11}"
        )
        if len(samples[(name, mix)]) > 1:
            print(f"{'':33} req/s per round: {', '.join(f'{s[2]:.0f}' for s in samples[(name, mix)])}")
    print("\nresident memory, largest seen after a round (MB): main process + descendants = total")
    for name, (main_mb, children_mb, count) in memory.items():
        print(f"  {name:16} {main_mb:7.1f} + {children_mb:7.1f} ({count} processes) = {main_mb + children_mb:7.1f}")


if __name__ == "__main__":
    main()
