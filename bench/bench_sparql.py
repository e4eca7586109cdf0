"""Benchmark: psykgraf's /sparql vs ``oxigraph serve``, Virtuoso and rdflib-endpoint, load by ``wrk``.

Usage: ``python bench/bench_sparql.py [--nquads data/build/current/graph.nq] [--rounds 3] [--duration 10]``.
Needs ``wrk`` (Debian package ``wrk``) and the ``bench`` extra (``oxigraph``, ``rdflib-endpoint``);
Virtuoso (Debian package ``virtuoso-opensource-7-bin``) is measured when ``virtuoso-t`` is on PATH.
The mixes are the named queries in ``queries/*.rq`` bound to their default parameters (a
``VALUES`` block, as for any remote endpoint), sent as SPARQL Protocol form POSTs by a Lua
script; a query slower than ``--max-seconds`` on plain pyoxigraph is skipped. *distinct*:
every request's text differs (a trailing comment), so no result cache helps; *repeated*:
the same few texts again and again. Each cell is ``wrk -t2 -c{16,64} -d{duration}``; 2xx
requests per second and non-2xx answers are counted separately (a 503 is not throughput).
All servers run at the same time and are measured in interleaved rounds (the machine is
shared and noisy): the table shows medians over the rounds and ratios from the same run.
``psykgraf-httptools`` is the same service on uvicorn's httptools parser (the cost of h11).
Not part of the tests.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
) -> tuple[int, bytes]:
    parts = urlsplit(url)
    own = conn is None
    if conn is None:
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
    try:
        conn.request("GET", f"{parts.path}?{urlencode({'query': query})}", headers={"Accept": accept})
        response = conn.getresponse()
        body = response.read()
        return response.status, body
    finally:
        if own:
            conn.close()


def _start_ours(
    nquads: Path, work: Path, workers: int | None, http: str = "h11"
) -> tuple[str, subprocess.Popen[bytes]]:
    build = work / f"build-{http}"
    (build / "bench").mkdir(parents=True)
    (build / "bench" / "graph.nq").symlink_to(nquads.resolve())
    (build / "current").symlink_to("bench")
    port = _free_port()
    env = os.environ | {
        "PSYKGRAF_BUILD_DIR": str(build),
        "PSYKGRAF_PORT": str(port),
        "PSYKGRAF_QUEUE_WAIT": "60",
        "PSYKGRAF_ROW_CAP": "100000",
        "PSYKGRAF_HTTP": http,
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
        [_tool("oxigraph"), "load", "--location", str(location), "--file", str(nquads)], check=True, capture_output=True
    )
    port = _free_port()
    process = subprocess.Popen(
        [
            _tool("oxigraph"),
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


_VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{isql}
DirsAllowed = ., {dir}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
ServerThreads = 20
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerThreads = 20
MaxClientConnections = 20
[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
MaxQueryCostEstimationTime = 0
"""


def _start_virtuoso(nquads: Path, work: Path) -> tuple[str, subprocess.Popen[bytes]]:
    """Debian's Virtuoso 7 on a fresh database in ``work``, the N-Quads bulk-loaded (``ld_dir`` +
    ``rdf_loader_run``) into their named graphs; a query without ``FROM`` sees all graphs, as
    psykgraf's and oxigraph's union default graph. 170,000 buffers (about 1.3 GB), as
    Virtuoso's own ini suggests for a machine with 2 GB to spare; 20 HTTP threads."""
    home = work / "virtuoso"
    home.mkdir()
    (home / "graph.nq").symlink_to(nquads.resolve())
    isql, http = _free_port(), _free_port()
    (home / "virtuoso.ini").write_text(_VIRTUOSO_INI.format(dir=home, isql=isql, http=http), encoding="utf-8")
    process = subprocess.Popen(
        [_tool("virtuoso-t"), "+configfile", str(home / "virtuoso.ini"), "+foreground"],
        cwd=home,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    load = f"ld_dir('{home}', 'graph.nq', 'urn:psykgraf:bench'); rdf_loader_run(); checkpoint;"
    began = time.monotonic()
    while True:
        done = subprocess.run(
            [_tool("isql-vt"), f"127.0.0.1:{isql}", "dba", "dba", f"exec={load}"], capture_output=True, text=True
        )
        if done.returncode == 0 and "Error" not in done.stdout:
            break
        if process.poll() is not None or time.monotonic() - began > 120:
            _stop(process)
            raise RuntimeError(f"virtuoso did not load {nquads}: {(done.stdout + done.stderr)[-500:]}")
        time.sleep(0.5)
    return f"http://127.0.0.1:{http}/sparql", process


def _start_rdflib(nquads: Path) -> tuple[str, subprocess.Popen[bytes]]:
    port = _free_port()
    process = subprocess.Popen(
        [_tool("rdflib-endpoint"), "serve", str(nquads), "--host", "127.0.0.1", "--port", str(port)],
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


_LUA = """
local queries = {QUERIES}
local distinct = {DISTINCT}
local counter = 0
local next_id = 0
tid = 0
setup = function(thread)
  thread:set("tid", next_id)
  next_id = next_id + 1
end
request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  local body = q[1]
  if distinct then
    body = body .. "%0A%23+" .. tid .. "-" .. counter .. "-{TAG}"
  end
  return wrk.format("POST", nil, {["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = q[2]}, body)
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT %d %d %d %d %d %d %d %d %d\\n",
    summary.requests, summary.duration, e.status, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


def _lua_string(text: str) -> str:
    return '"' + "".join(c if c.isalnum() or c in "%+-_.~" else f"\\{ord(c):03d}" for c in text) + '"'


def _wrk(
    url: str, catalogue: list[tuple[str, str, str]], distinct: bool, connections: int, duration: float, tag: str
) -> tuple[float, int, float, float]:
    """One wrk run: (2xx req/s, non-2xx and socket errors, p50 s, p99 s)."""
    entries = ", ".join(
        f"{{{_lua_string(urlencode({'query': text}))}, {_lua_string(accept)}}}" for _, text, accept in catalogue
    )
    script = (
        _LUA.replace("{QUERIES}", "{" + entries + "}")
        .replace("{DISTINCT}", str(distinct).lower())
        .replace("{TAG}", tag)
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    try:
        done = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{duration:g}s", "--timeout", "60s", "-s", handle.name, url],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(handle.name)
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    requests, micros, status, connect, read, write, timeout, p50, p99 = map(int, line.split()[1:])
    failed = status + connect + read + write + timeout
    return (requests - status) / (micros / 1e6), failed, p50 / 1e6, p99 / 1e6


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


def _rows(body: bytes, accept: str) -> str:
    """What a JSON result says, in short: its row count or its boolean; '-' for RDF answers."""
    if accept != JSON:
        return "-"
    try:
        data = json.loads(body)
    except ValueError:
        return "not JSON"
    if "boolean" in data:
        return str(data["boolean"]).lower()
    bindings = data.get("results", {}).get("bindings")
    return f"{len(bindings)} rows" if isinstance(bindings, list) else "no bindings"


_ANSWERS: dict[str, str] = {}  # query name -> psykgraf's answer, to compare the peers' with


def _check(name: str, url: str, catalogue: list[tuple[str, str, str]], limit: float) -> list[tuple[str, str, str]]:
    """The catalogue entries this server answers with 200 within ``limit`` seconds. A JSON answer
    whose row count or boolean differs from psykgraf's (checked first) is printed but kept: the
    load figures compare the same requests, the lines say which answers are not the same."""
    kept = []
    for entry in catalogue:
        began = time.perf_counter()
        try:
            status, body = _get(url, entry[1], entry[2], timeout=limit)
        except (OSError, http.client.HTTPException):
            status, body = 0, b""
        if status == 200 and time.perf_counter() - began <= limit:
            kept.append(entry)
            answer = _rows(body, entry[2])
            theirs = _ANSWERS.setdefault(entry[0], answer)
            if answer != theirs:
                print(f"  {name}: {entry[0]} answers {answer}, psykgraf {theirs}")
        else:
            print(f"  {name}: {entry[0]} gave {status or 'no answer'} in {time.perf_counter() - began:.1f} s; left out")
    return kept


Sample = tuple[float, int, float, float]  # 2xx req/s, non-2xx + socket errors, p50 s, p99 s


def _rounds(
    servers: dict[str, tuple[str, subprocess.Popen[bytes]]],
    catalogue: list[tuple[str, str, str]],
    connections: list[int],
    duration: float,
    rounds: int,
    samples: dict[tuple[str, str], list[Sample]],
    memory: dict[str, tuple[float, float, int]],
    tag: str = "",
) -> None:
    for round_no in range(rounds):
        for name, (url, process) in servers.items():
            for clients in connections:
                for mix in ("distinct", "repeated"):
                    sample = _wrk(url, catalogue, mix == "distinct", clients, duration, f"{tag}{round_no}")
                    samples.setdefault((name, f"{mix}{tag} c{clients}"), []).append(sample)
            usage = rss(process.pid)
            if usage[0] + usage[1] > sum(memory.get(name, (0.0, 0.0, 0))[:2]):
                memory[name] = usage


def _tool(name: str) -> str:
    """A console script of this interpreter's environment (the bench extra), else from PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def layers(nquads: Path, catalogue: list[tuple[str, str, str]], repeat: int) -> None:
    """Cost of each layer, one request at a time: query + serialisation in process, + the worker
    hop (pipe, pickle, framing), + HTTP (parser, middleware, routing) on a cache miss, and HTTP on
    a cache hit. Sums of per-query medians over ``repeat`` runs, in ms."""
    import asyncio

    import pyoxigraph as ox

    from psykgraf.settings import Settings
    from service.pool import WorkerPool
    from service.prefixes import prefixes_for
    from service.worker import QueryRequest, StoreSource, execute

    prefixes = tuple(prefixes_for(Settings().base_iri).items())
    jobs = [QueryRequest(text, accept, None, None, None, prefixes, 100_000) for _, text, accept in catalogue]
    store = ox.Store()
    store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)

    def in_process(job: QueryRequest) -> None:
        _, body = execute(store, job)
        if not isinstance(body, bytes):
            body(lambda block: None)

    async def hop() -> list[float]:
        pool = WorkerPool(StoreSource(nquads=nquads), 1)
        await pool.start()
        out = []
        try:
            for job in jobs:
                times = []
                for _ in range(repeat):
                    began = time.perf_counter()
                    _, body = await pool.run(job, 60, 60)
                    if not isinstance(body, bytes):
                        async for _block in body:
                            pass
                        body.close()
                    times.append(time.perf_counter() - began)
                out.append(statistics.median(times))
        finally:
            await pool.close()
        return out

    def timed(run: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat):
            began = time.perf_counter()
            run()
            times.append(time.perf_counter() - began)
        return statistics.median(times)

    plain = [timed(lambda job=job: in_process(job)) for job in jobs]
    worker = asyncio.run(hop())
    with tempfile.TemporaryDirectory(prefix="psykgraf-layers-") as tmp:
        url, process = _start_ours(nquads, Path(tmp), 1)
        try:
            _wait(url, process)
            conn = http.client.HTTPConnection(urlsplit(url).hostname or "", urlsplit(url).port, timeout=120)
            counter = iter(range(10**9))
            miss = [timed(lambda e=entry: _get(url, f"{e[1]}\n# {next(counter)}", e[2], conn)) for entry in catalogue]
            hit = [timed(lambda e=entry: _get(url, e[1], e[2], conn)) for entry in catalogue]
        finally:
            _stop(process)
    total = {
        name: sum(values) * 1000
        for name, values in (
            ("in process", plain),
            ("+ worker hop", worker),
            ("+ HTTP (cache miss)", miss),
            ("HTTP cache hit", hit),
        )
    }
    print(f"\nlayers, one request at a time, sum over {len(jobs)} queries of the median of {repeat} runs:")
    for name, ms in total.items():
        print(f"  {name:22} {ms:8.1f} ms  ({ms / len(jobs):6.2f} ms per query)")


def main() -> None:
    """Start the servers, run both mixes against each in interleaved rounds, print medians and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nquads", type=Path, default=ROOT / "data" / "build" / "current" / "graph.nq")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per wrk run")
    parser.add_argument("--connections", type=int, nargs="+", default=[16, 64])
    parser.add_argument("--rdflib-limit", type=float, default=10.0, help="seconds; slower queries left out")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-seconds", type=float, default=1.0, help="skip slower named queries")
    parser.add_argument("--workers", type=int, default=None, help="psykgraf query workers (default: settings)")
    parser.add_argument(
        "--skip", nargs="*", default=[], choices=["oxigraph", "virtuoso", "rdflib-endpoint", "psykgraf-httptools"]
    )
    parser.add_argument("--layers", type=int, default=0, help="only measure the layers, this many runs per query")
    args = parser.parse_args()
    nquads: Path = args.nquads
    if not nquads.is_file():
        sys.exit(f"no {nquads}: run `psykgraf build` first")
    catalogue = named_queries(nquads, args.max_seconds)
    if args.layers:
        layers(nquads, catalogue, args.layers)
        return
    print(
        f"data: {nquads.resolve()} ({sum(1 for _ in nquads.open(encoding='utf-8'))} quads); "
        f"{len(catalogue)} named queries; wrk -t2 -c{args.connections} -d{args.duration:g}s; {args.rounds} rounds"
    )
    samples: dict[tuple[str, str], list[Sample]] = {}
    memory: dict[str, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="psykgraf-bench-") as tmp:
        work = Path(tmp)
        servers: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
        try:
            servers["psykgraf"] = _start_ours(nquads, work, args.workers)
            if "psykgraf-httptools" not in args.skip:
                servers["psykgraf-httptools"] = _start_ours(nquads, work, args.workers, "httptools")
            if "oxigraph" not in args.skip:
                servers["oxigraph"] = _start_oxigraph(nquads, work)
            if "virtuoso" not in args.skip:
                if shutil.which(_tool("virtuoso-t")):
                    servers["virtuoso"] = _start_virtuoso(nquads, work)
                else:
                    print("virtuoso: no virtuoso-t on PATH (apt install virtuoso-opensource-7-bin); left out")
            for name, (url, process) in servers.items():
                print(f"{name}: started in {_wait(url, process):.2f} s")
                catalogue = _check(name, url, catalogue, 60)
            compared = sum(1 for answer in _ANSWERS.values() if answer != "-")
            print(f"{compared} JSON answers compared with psykgraf's (row count or boolean); differences above")
            _rounds(servers, catalogue, args.connections, args.duration, args.rounds, samples, memory)
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
                    _rounds(pair, subset, args.connections[:1], args.duration, 1, samples, memory, tag="/rdflib")
        finally:
            for _, process in servers.values():
                _stop(process)
    _report(samples, memory)


def _report(samples: dict[tuple[str, str], list[Sample]], memory: dict[str, tuple[float, float, int]]) -> None:
    results = {
        key: (
            statistics.median(s[0] for s in runs),
            sum(s[1] for s in runs),
            *(statistics.median(s[i] for s in runs) for i in (2, 3)),
        )
        for key, runs in samples.items()
    }
    print(
        f"\n{'server':20} {'mix':22} {'2xx req/s':>10} {'non-2xx':>8} {'p50 ms':>8} {'p99 ms':>8}"
        f" {'ours/x req/s':>13} {'ours/x p99':>11}"
    )
    for (name, mix), (rate, failed, p50, p99) in sorted(results.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        ours = results.get(("psykgraf", mix))
        rate_ratio = f"{ours[0] / rate:.2f}" if ours and rate else "-"
        p99_ratio = f"{ours[3] / p99:.2f}" if ours and p99 else "-"
        print(
            f"{name:20} {mix:22} {rate:10.0f} {failed:8d} {p50 * 1000:8.1f} {p99 * 1000:8.1f}"
            f" {rate_ratio:>13} {p99_ratio:>11}"
        )
        if len(samples[(name, mix)]) > 1:
            print(f"{'':43} 2xx req/s per round: {', '.join(f'{s[0]:.0f}' for s in samples[(name, mix)])}")
    print("\nresident memory, largest seen after a round (MB): main process + descendants = total")
    for name, (main_mb, children_mb, count) in memory.items():
        print(f"  {name:20} {main_mb:7.1f} + {children_mb:7.1f} ({count} processes) = {main_mb + children_mb:7.1f}")


if __name__ == "__main__":
    main()
