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
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from typing import Any

from service.worker import QueryRequest, StoreSource, serve

__all__ = ["PoolBusy", "QueryError", "QueryTimeout", "Worker", "WorkerPool"]

_log = logging.getLogger("psykgraf.pool")
_STARTUP_TIMEOUT = 300.0


class PoolBusy(Exception):
    """No worker became free in time (concurrency limit)."""


class QueryTimeout(Exception):
    """The query ran past its deadline; its worker was killed."""


class QueryError(Exception):
    """The worker rejected the query (client error) or died."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


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


def _spawn(source: StoreSource) -> Worker:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=serve, args=(child, source), daemon=True, name="psykgraf-query")
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


class WorkerPool:
    """``size`` worker processes serving one store; killed and respawned on timeout."""

    def __init__(self, source: StoreSource, size: int) -> None:
        self.source = source
        self.size = size
        self.timeouts = 0
        self.respawns = 0
        self._idle: asyncio.Queue[Worker] = asyncio.Queue()
        self._all: set[Worker] = set()
        self._threads = ThreadPoolExecutor(max_workers=size + 2, thread_name_prefix="psykgraf-pool")
        self._tasks: set[asyncio.Task[None]] = set()
        self._inflight = 0
        self._retired = False
        self.startup_seconds = 0.0

    async def start(self) -> None:
        """Spawn all workers in parallel and wait until each has loaded the store."""
        loop = asyncio.get_running_loop()
        began = time.monotonic()
        workers = await asyncio.gather(
            *(loop.run_in_executor(self._threads, _spawn, self.source) for _ in range(self.size))
        )
        self.startup_seconds = time.monotonic() - began
        for worker in workers:
            await worker.attach()
            self._all.add(worker)
            self._idle.put_nowait(worker)

    def pids(self) -> list[int]:
        """Process ids of the live workers."""
        return [w.pid for w in self._all if w.pid is not None]

    async def _acquire(self, wait: float) -> Worker:
        try:
            return await asyncio.wait_for(self._idle.get(), timeout=wait)
        except TimeoutError as error:
            raise PoolBusy("all query workers are busy") from error

    def _release(self, worker: Worker) -> None:
        self._inflight -= 1
        if self._retired:
            self._stop(worker)
            self._maybe_finish()
        else:
            self._idle.put_nowait(worker)

    def _stop(self, worker: Worker) -> None:
        self._all.discard(worker)
        worker.process.kill()
        worker.close()

    async def _kill(self, worker: Worker) -> None:
        self._inflight -= 1
        self._stop(worker)
        await asyncio.get_running_loop().run_in_executor(self._threads, worker.process.join, 5.0)
        if self._retired:
            self._maybe_finish()
            return
        task = asyncio.create_task(self._replace())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _replace(self) -> None:
        worker = await asyncio.get_running_loop().run_in_executor(self._threads, _spawn, self.source)
        self.respawns += 1
        if self._retired:
            self._stop(worker)
            return
        await worker.attach()
        self._all.add(worker)
        self._idle.put_nowait(worker)

    async def run(
        self, request: QueryRequest, deadline: float, wait: float
    ) -> tuple[dict[str, Any], bytes | AsyncIterator[bytes]]:
        """Send ``request`` to a free worker; return the head and the body.

        The body is ``bytes`` when the worker sent the complete response (SPARQL JSON/XML,
        booleans), else an async iterator of blocks (CSV, TSV, RDF) that must be consumed or
        closed. Raises PoolBusy, QueryTimeout (worker killed) or QueryError before any body byte.
        """
        worker = await self._acquire(wait)
        self._inflight += 1
        try:
            worker.send(request)
            message = await asyncio.wait_for(worker.frame(), max(deadline - time.monotonic(), 0.0))
        except TimeoutError:
            self.timeouts += 1
            await self._kill(worker)
            raise QueryTimeout("query timed out") from None
        except (OSError, asyncio.IncompleteReadError) as error:
            await self._kill(worker)
            raise QueryError(500, f"query worker failed: {error or 'it exited'}") from error
        except asyncio.CancelledError:
            # The client went away while the query ran: stop the work now.
            await self._kill(worker)
            raise
        kind, payload = message[:1], message[1:]
        if kind == b"D":
            (size,) = struct.unpack("!I", payload[:4])
            head = json.loads(payload[4 : 4 + size])
            body = payload[4 + size :]
            self._release(worker)
            return head, body
        if kind == b"X":
            self._release(worker)
            failure = json.loads(payload)
            raise QueryError(failure["status"], failure["message"])
        if kind != b"H":
            await self._kill(worker)
            raise QueryError(500, f"query worker failed: {payload!r}")
        return json.loads(payload), self._body(worker, deadline)

    async def _body(self, worker: Worker, deadline: float) -> AsyncIterator[bytes]:
        finished = False
        try:
            while True:
                try:
                    message = await asyncio.wait_for(worker.frame(), max(deadline - time.monotonic(), 0.0))
                except TimeoutError:
                    self.timeouts += 1
                    raise QueryTimeout("query timed out while streaming") from None
                except (OSError, asyncio.IncompleteReadError) as error:
                    raise QueryError(500, "query worker exited while streaming") from error
                kind = message[:1]
                if kind == b"C":
                    yield message[1:]
                elif kind == b"E":
                    finished = True
                    return
                else:
                    raise QueryError(500, f"query failed while streaming: {message[1:].decode(errors='replace')}")
        finally:
            if finished:
                self._release(worker)
            else:
                # Timed out, failed, or the client went away mid-stream: stop the work now.
                await self._kill(worker)

    def retire(self) -> None:
        """Stop taking queries; workers end once in-flight queries have finished."""
        self._retired = True
        while not self._idle.empty():
            self._stop(self._idle.get_nowait())
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if self._inflight == 0:
            for worker in list(self._all):
                self._stop(worker)
            self._threads.shutdown(wait=False)

    async def close(self) -> None:
        """Kill every worker now."""
        self._retired = True
        for task in list(self._tasks):
            task.cancel()
        for worker in list(self._all):
            self._stop(worker)
        self._threads.shutdown(wait=False)
