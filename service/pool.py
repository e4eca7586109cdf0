"""A pool of killable query worker processes: the only way to really stop a pyoxigraph query."""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import os
import pickle
import socket
import struct
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

from service.worker import QueryRequest, StoreSource, serve

__all__ = [
    "LongQueryRefused",
    "PoolBusy",
    "PoolRetired",
    "QueryError",
    "QueryTimeout",
    "Worker",
    "WorkerLost",
    "WorkerPool",
    "WorkerStream",
]

_log = logging.getLogger("psykgraf.pool")
_STARTUP_TIMEOUT = 300.0


class PoolBusy(Exception):
    """No worker became free in time."""


class QueryTimeout(Exception):
    """The query ran past its deadline; its worker was killed."""


class QueryError(Exception):
    """The worker rejected the query (client error) or died."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class WorkerLost(QueryError):
    """The worker died under the query (crash or memory limit); it is replaced in the background."""

    def __init__(self, message: str) -> None:
        super().__init__(503, message)


class PoolRetired(Exception):
    """The pool was retired (a new build or update took over) before a worker was free: use the new one."""


class LongQueryRefused(Exception):
    """The query ran past ``long_query`` while its client (or all but one worker) already ran a long one."""


@dataclass(eq=False)
class Worker:
    """One worker process and the parent's end of its socket (asyncio streams once attached)."""

    process: BaseProcess
    sock: socket.socket
    reader: asyncio.StreamReader | None = None
    writer: asyncio.StreamWriter | None = None
    started: float = field(default_factory=time.monotonic)

    @property
    def pid(self) -> int | None:
        return self.process.pid

    async def attach(self) -> None:
        """Wrap the socket in asyncio streams (in the event loop's thread)."""
        self.reader, self.writer = await asyncio.open_connection(sock=self.sock, limit=1 << 20)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        else:
            self.sock.close()

    def send(self, request: QueryRequest) -> None:
        """Queue ``request`` in ``multiprocessing.Connection`` framing (the worker's ``recv``)."""
        assert self.writer is not None
        payload = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        self.writer.write(struct.pack("!i", len(payload)) + payload)

    async def frame(self) -> bytes:
        """The next frame from the worker (``Connection.send_bytes`` framing)."""
        assert self.reader is not None
        (size,) = struct.unpack("!i", await self.reader.readexactly(4))
        if size == -1:
            (size,) = struct.unpack("!Q", await self.reader.readexactly(8))
        return await self.reader.readexactly(size)


def _spawn(source: StoreSource, memory_mb: int = 0) -> Worker:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=serve, args=(child, source, memory_mb), daemon=True, name="psykgraf-query")
    process.start()
    child.close()
    try:
        if not parent.poll(_STARTUP_TIMEOUT):
            process.kill()
            raise RuntimeError("query worker did not start in time")
        message = parent.recv_bytes()
    except EOFError as error:
        raise RuntimeError("query worker exited while starting") from error
    if message[:1] != b"R":
        process.kill()
        raise RuntimeError(f"query worker failed to start: {message!r}")
    # A duplex Pipe is a Unix socket pair: keep the socket, drop the Connection object.
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=os.dup(parent.fileno()))
    parent.close()
    return Worker(process, sock)


@dataclass(eq=False)
class _Job:
    """One query on one worker: who asked, when it started, whether it counts as long."""

    client: str
    began: float = field(default_factory=time.monotonic)
    long: bool = False


class WorkerPool:
    """``size`` worker processes serving one store, kept at full strength by a supervisor task.

    A worker is killed when its query passes the deadline, when its client goes away, or when
    the long-query rule stops the query; the supervisor (not the request that noticed) starts
    the replacement, and also replaces workers that died on their own (crash, memory limit).
    """

    def __init__(self, source: StoreSource, size: int, memory_mb: int = 0, long_query: float = float("inf")) -> None:
        self.source = source
        self.size = size
        self.memory_mb = memory_mb
        self.long_query = long_query
        self.timeouts = 0
        self.respawns = 0
        self.long_refused = 0
        self._idle: asyncio.Queue[Worker | None] = asyncio.Queue()  # None wakes a waiter on retire
        self._waiting = 0
        self._all: set[Worker] = set()
        self._threads = ThreadPoolExecutor(max_workers=size + 2, thread_name_prefix="psykgraf-pool")
        self._wake = asyncio.Event()
        self._supervisor: asyncio.Task[None] | None = None
        self._inflight = 0
        self._long: dict[str, int] = {}
        self._retired = False
        self.startup_seconds = 0.0

    async def start(self) -> None:
        """Spawn all workers in parallel, wait until each has loaded the store, start the supervisor."""
        loop = asyncio.get_running_loop()
        began = time.monotonic()
        workers = await asyncio.gather(
            *(loop.run_in_executor(self._threads, _spawn, self.source, self.memory_mb) for _ in range(self.size))
        )
        self.startup_seconds = time.monotonic() - began
        for worker in workers:
            await worker.attach()
            self._all.add(worker)
            self._idle.put_nowait(worker)
        self._supervisor = asyncio.create_task(self._supervise())

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        return [w.pid for w in self._all if w.pid is not None and w.process.is_alive()]

    @property
    def missing(self) -> int:
        """Workers short of ``size`` (being replaced)."""
        return max(self.size - len(self.pids()), 0)

    async def _supervise(self) -> None:
        """Keep ``size`` live workers: woken by a kill, and checking for silent deaths every second."""
        loop = asyncio.get_running_loop()
        while not self._retired:
            try:
                await asyncio.wait_for(self._wake.wait(), 1.0)
            except TimeoutError:
                pass
            self._wake.clear()
            for worker in [w for w in self._all if not w.process.is_alive()]:
                _log.warning("query worker %s died (exit code %s); replacing it", worker.pid, worker.process.exitcode)
                self._stop(worker)
            missing = self.size - len(self._all)
            if missing <= 0 or self._retired:
                continue
            try:
                fresh = await asyncio.gather(
                    *(loop.run_in_executor(self._threads, _spawn, self.source, self.memory_mb) for _ in range(missing))
                )
            except (RuntimeError, OSError) as error:
                _log.error("could not start a query worker, retrying: %s", error)
                await asyncio.sleep(1.0)
                self._wake.set()
                continue
            for worker in fresh:
                if self._retired:
                    self._stop(worker)
                    continue
                await worker.attach()
                self._all.add(worker)
                self._idle.put_nowait(worker)
                self.respawns += 1

    async def _acquire(self, wait: float) -> Worker:
        deadline = time.monotonic() + wait
        while True:
            if self._retired:
                raise PoolRetired("this pool no longer takes queries")
            self._waiting += 1
            try:
                worker = await asyncio.wait_for(self._idle.get(), timeout=max(deadline - time.monotonic(), 0.0))
            except TimeoutError as error:
                raise PoolBusy("all query workers are busy") from error
            finally:
                self._waiting -= 1
            if worker is None:
                raise PoolRetired("this pool no longer takes queries")
            if worker in self._all and worker.process.is_alive():
                return worker
            self._stop(worker)  # died while idle: the supervisor replaces it

    def _release(self, worker: Worker, job: _Job) -> None:
        self._inflight -= 1
        self._unmark(job)
        if self._retired:
            self._stop(worker)
            self._maybe_finish()
        else:
            self._idle.put_nowait(worker)

    def _stop(self, worker: Worker) -> None:
        """Kill ``worker`` and reap it in a thread; synchronous, so a cancelled request cannot skip it."""
        self._all.discard(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.close()
        try:
            self._threads.submit(worker.process.join, 5.0)
        except RuntimeError:  # executor already shut down (pool closed)
            pass
        self._wake.set()

    def _kill(self, worker: Worker, job: _Job) -> None:
        self._inflight -= 1
        self._unmark(job)
        self._stop(worker)
        if self._retired:
            self._maybe_finish()

    def _mark_long(self, job: _Job) -> None:
        """Count ``job`` as long, or refuse it: one long query per client, ``size - 1`` in all."""
        total = sum(self._long.values())
        if self._long.get(job.client, 0) >= 1 or total >= max(self.size - 1, 1):
            self.long_refused += 1
            raise LongQueryRefused(
                f"query ran past {self.long_query:g} s while "
                + (
                    "another long query from your address was running"
                    if self._long.get(job.client, 0)
                    else "all but one worker were busy with long queries"
                )
                + "; it was stopped so that short queries keep being answered"
            )
        self._long[job.client] = self._long.get(job.client, 0) + 1
        job.long = True

    def _unmark(self, job: _Job) -> None:
        if job.long:
            job.long = False
            left = self._long.get(job.client, 1) - 1
            if left:
                self._long[job.client] = left
            else:
                self._long.pop(job.client, None)

    async def _next(self, worker: Worker, job: _Job, deadline: float) -> bytes:
        """The worker's next frame, applying the long-query rule once and the deadline."""
        reading = asyncio.ensure_future(worker.frame())
        try:
            if not job.long:
                until = min(deadline, job.began + self.long_query)
                done, _ = await asyncio.wait({reading}, timeout=max(until - time.monotonic(), 0.0))
                if done:
                    return reading.result()
                if until >= deadline:
                    raise TimeoutError
                self._mark_long(job)
            done, _ = await asyncio.wait({reading}, timeout=max(deadline - time.monotonic(), 0.0))
            if not done:
                raise TimeoutError
            return reading.result()
        finally:
            if not reading.done():
                reading.cancel()

    async def run(
        self, request: QueryRequest, timeout: float, wait: float, client: str = ""
    ) -> tuple[dict[str, Any], bytes | WorkerStream]:
        """Send ``request`` to a worker free within ``wait`` s; return the head and the body.

        The body is ``bytes`` when the worker sent the complete response (SPARQL JSON/XML,
        booleans), else a :class:`WorkerStream` of blocks (CSV, TSV, RDF) whose ``close()``
        must be called. Raises PoolBusy, QueryTimeout, LongQueryRefused (worker killed) or
        QueryError before any body byte.
        """
        worker = await self._acquire(wait)
        self._inflight += 1
        job = _Job(client)
        deadline = job.began + timeout  # the time limit counts from when a worker takes the query
        try:
            worker.send(request)
            message = await self._next(worker, job, deadline)
        except TimeoutError:
            self.timeouts += 1
            self._kill(worker, job)
            raise QueryTimeout("query timed out") from None
        except LongQueryRefused:
            self._kill(worker, job)
            raise
        except (OSError, asyncio.IncompleteReadError) as error:
            self._kill(worker, job)
            raise WorkerLost(_lost(error, self.memory_mb)) from error
        except BaseException:
            # The client went away while the query ran (cancellation): stop the work now.
            self._kill(worker, job)
            raise
        kind, payload = message[:1], message[1:]
        if kind == b"D":
            (size,) = struct.unpack("!I", payload[:4])
            head = json.loads(payload[4 : 4 + size])
            body = payload[4 + size :]
            self._release(worker, job)
            return head, body
        if kind == b"X":
            self._release(worker, job)
            failure = json.loads(payload)
            raise QueryError(failure["status"], failure["message"])
        if kind != b"H":
            self._kill(worker, job)
            raise QueryError(500, f"query worker failed: {payload!r}")
        return json.loads(payload), WorkerStream(self, worker, job, deadline)

    def retire(self) -> None:
        """Stop taking queries; workers end once in-flight queries have finished."""
        self._retired = True
        self._wake.set()
        while not self._idle.empty():
            worker = self._idle.get_nowait()
            if worker is not None:
                self._stop(worker)
        for _ in range(self._waiting):
            self._idle.put_nowait(None)
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if self._inflight == 0:
            for worker in list(self._all):
                self._stop(worker)
            self._threads.shutdown(wait=False)

    async def close(self) -> None:
        """Kill every worker now."""
        self._retired = True
        if self._supervisor is not None:
            self._supervisor.cancel()
        for worker in list(self._all):
            self._stop(worker)
        self._threads.shutdown(wait=False)


def _lost(error: BaseException, memory_mb: int) -> str:
    limit = f" (memory limit {memory_mb} MB)" if memory_mb else ""
    return f"the query worker stopped under this query{limit}: {error or 'it exited'}; a new one is starting, retry"


class WorkerStream:
    """The streamed body of one query: blocks from its worker until the end frame.

    ``close()`` is synchronous and idempotent: called when the response ends for any reason
    (finished, client gone, error), it returns the worker to the pool or kills it mid-query.
    """

    def __init__(self, pool: WorkerPool, worker: Worker, job: _Job, deadline: float) -> None:
        self._pool = pool
        self._worker = worker
        self._job = job
        self._deadline = deadline
        self._done = False

    def __aiter__(self) -> WorkerStream:
        return self

    async def __anext__(self) -> bytes:
        if self._done:
            raise StopAsyncIteration
        try:
            message = await self._pool._next(self._worker, self._job, self._deadline)
        except TimeoutError:
            self._pool.timeouts += 1
            self.close()
            raise QueryTimeout("query timed out while streaming") from None
        except LongQueryRefused:
            self.close()
            raise
        except (OSError, asyncio.IncompleteReadError) as error:
            self.close()
            raise WorkerLost(_lost(error, self._pool.memory_mb)) from error
        except BaseException:
            self.close()
            raise
        kind = message[:1]
        if kind == b"C":
            return message[1:]
        if kind == b"E":
            self._done = True
            self._pool._release(self._worker, self._job)
            raise StopAsyncIteration
        self.close()
        raise QueryError(500, f"query failed while streaming: {message[1:].decode(errors='replace')}")

    def close(self) -> None:
        """Stop the query if it has not finished (kills the worker; the supervisor replaces it)."""
        if not self._done:
            self._done = True
            self._pool._kill(self._worker, self._job)
