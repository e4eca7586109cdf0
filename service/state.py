"""The served build: finds the published build, loads it, swaps it atomically, caches results."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import multiprocessing
import os
import tempfile
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from psykgraf.settings import Settings
from service.admission import Admission
from service.pool import PoolBusy, PoolRetired, QueryError, QueryTimeout, WorkerPool
from service.prefixes import prefixes_for
from service.worker import QueryRequest, StoreSource, apply_updates, open_store

__all__ = ["Build", "BuildManager", "CachedResult", "ResultCache", "UpdateFailed", "UpdateUnsupported"]

_log = logging.getLogger("psykgraf.build")


class UpdateUnsupported(Exception):
    """SPARQL Update cannot be applied in this configuration (on-disk store)."""


class UpdateFailed(Exception):
    """The update was not applied: 400 (rejected by the store) or 503 (time or memory limit)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Build:
    """One loaded build: its store (for pages) and the worker pool answering queries."""

    version: str
    generation: str  # version plus update count; keys ETags and the result cache
    store: ox.Store
    pool: WorkerPool
    directory: Path | None
    info: dict[str, Any] = field(default_factory=dict)
    triples: int = 0
    loaded_at: float = field(default_factory=time.time)

    def etag(self, *parts: str) -> str:
        """A weak ETag for a response derived from this build and ``parts``.

        >>> b = Build("v1", "v1", ox.Store(), WorkerPool(StoreSource(), 1), None)
        >>> b.etag("q") == b.etag("q") != b.etag("r")
        True
        """
        digest = hashlib.sha256("\x00".join(parts).encode()).hexdigest()[:20]
        return f'W/"{self.generation}-{digest}"'


@dataclass(frozen=True)
class CachedResult:
    """A complete response body kept for repeated queries."""

    media_type: str
    truncated: bool
    body: bytes


class ResultCache:
    """LRU of small complete results keyed by (generation, dataset, query, format).

    >>> c = ResultCache(entries=1, max_bytes=10)
    >>> c.put(("a",), CachedResult("text/csv", False, b"x")); c.put(("b",), CachedResult("t", False, b"y"))
    >>> c.get(("a",)) is None, c.get(("b",)).body
    (True, b'y')
    """

    def __init__(self, entries: int, max_bytes: int) -> None:
        self.entries = entries
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[Any, ...], CachedResult] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> CachedResult | None:
        item = self._items.get(key)
        if item is not None:
            self._items.move_to_end(key)
        return item

    def put(self, key: tuple[Any, ...], item: CachedResult) -> None:
        if len(item.body) > self.max_bytes:
            return
        self._items[key] = item
        self._items.move_to_end(key)
        while len(self._items) > self.entries:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


def _read_info(directory: Path) -> dict[str, Any]:
    try:
        info: dict[str, Any] = json.loads((directory / "build.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        info = {}
    info.setdefault("version", directory.name)
    return info


class BuildManager:
    """Owns the current build; checks ``build_dir/current`` and swaps in a new one when it moves."""

    def __init__(self, settings: Settings, store: ox.Store | None = None) -> None:
        self.settings = settings
        self.prefixes = prefixes_for(settings.base_iri)
        self.cache = ResultCache(settings.cache_entries, settings.cache_max_bytes)
        self.build: Build | None = None
        self.started = time.time()
        self.reloads = 0
        self._given_store = store
        self._target: str | None = None
        self._failed_target: str | None = None
        self._checked = 0.0
        self._loading: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._scratch = tempfile.TemporaryDirectory(prefix="psykgraf-")
        self._updates = 0
        self.ready = False  # workers loaded and a probe query answered
        self.replay_failures: list[str] = []
        #: Queries for the worker pool, and lookups the pages and facet API run in threads.
        self.queries = Admission("query", settings.query_workers, settings.queue_length, settings.queue_wait)
        self.lookups = Admission("lookup", settings.max_concurrency, settings.queue_length, settings.queue_wait)

    @property
    def active(self) -> int:
        """Admitted queries and lookups (running or waiting in line)."""
        return self.queries.active + self.lookups.active

    @property
    def journal(self) -> Path:
        """Applied SPARQL updates, one JSON line each, replayed onto every build loaded."""
        return self.settings.build_dir / "updates.jsonl"

    def journal_entries(self) -> list[str]:
        try:
            lines = self.journal.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        entries = []
        for number, line in enumerate(lines, 1):
            try:
                entries.append(str(json.loads(line)["update"]))
            except (ValueError, KeyError, TypeError):
                # A torn last line (crash while appending): that update was never acknowledged.
                _log.warning("update journal %s line %d unreadable; skipped", self.journal, number)
        return entries

    @property
    def current(self) -> Path:
        return self.settings.build_dir / "current"

    def _target_now(self) -> str | None:
        try:
            return os.path.realpath(self.current) if self.current.exists() else None
        except OSError:
            return None

    async def start(self) -> None:
        """Load the initial build (the given store, the published build, or an empty store)."""
        if self._given_store is not None:
            dump = Path(self._scratch.name) / "given.nq"
            self._given_store.dump(str(dump), format=ox.RdfFormat.N_QUADS)
            target = self._target_now()
            info = _read_info(Path(target)) if target else {"version": "given"}
            self.build = await self._make(str(info["version"]), self._given_store, StoreSource(nquads=dump), None)
            self.build.info = info
            return
        self._target = self._target_now()
        self.build = await self._load(self._target)

    async def probe(self) -> None:
        """Answer one query through the pool (retrying until it works); then ``/health/ready`` is 200."""
        job = QueryRequest("ASK {}", None, None, None, None, (), 1)
        while True:
            build = self.build
            assert build is not None
            try:
                await build.pool.run(job, max(self.settings.query_timeout, 30.0), 60.0, "probe")
            except (PoolBusy, PoolRetired, QueryTimeout, QueryError) as error:
                _log.warning("readiness probe failed, retrying: %s", error)
                await asyncio.sleep(0.5)
                continue
            self.ready = True
            return

    async def _make(self, version: str, store: ox.Store, source: StoreSource, directory: Path | None) -> Build:
        pool = self._pool(source)
        await pool.start()
        _log.info(
            "build %s: %d quads, %d workers started in %.2fs",
            version,
            len(store),
            pool.size,
            pool.startup_seconds,
        )
        return Build(version, version, store, pool, directory, triples=len(store))

    def _pool(self, source: StoreSource) -> WorkerPool:
        settings = self.settings
        return WorkerPool(source, settings.query_workers, settings.worker_memory_mb, settings.long_query)

    async def _load(self, target: str | None) -> Build:
        directory = Path(target) if target is not None else None
        info = _read_info(directory) if directory is not None else {"version": "none"}
        version = str(info["version"])
        source = StoreSource(nquads=directory / "graph.nq") if directory is not None else StoreSource()
        updates = self.journal_entries()
        if self.settings.store_path is not None and directory is not None:
            store_dir = self.settings.store_path / version
            await asyncio.to_thread(self._build_disk_store, store_dir, directory / "graph.nq")
            source = StoreSource(store_dir=store_dir)
        elif updates:
            # Replay the journal onto the published build, in a killable process as for an update.
            out = Path(self._scratch.name) / f"replayed-{version}.nq"
            failed = await self._apply(source, updates, out, self.settings.query_timeout * max(len(updates), 1))
            self.replay_failures = [f"update {i + 1}: {message}" for i, message in failed]
            for failure in self.replay_failures:
                _log.error("journal replay onto build %s: %s", version, failure)
            source = StoreSource(nquads=out)
        store = await asyncio.to_thread(open_store, source)
        build = await self._make(version, store, source, directory)
        build.info = info
        if updates and self.settings.store_path is None:
            build.generation = f"{version}+u{len(updates)}"
        return build

    async def _apply(self, source: StoreSource, updates: list[str], out: Path, timeout: float) -> list[tuple[int, str]]:
        """Apply ``updates`` to ``source`` in a killable process with the memory limit; dump to ``out``."""
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe(duplex=False)
        process = ctx.Process(
            target=apply_updates,
            args=(child, source, updates, str(out), self.settings.worker_memory_mb, self.prefixes),
            daemon=True,
            name="psykgraf-update",
        )
        process.start()
        child.close()
        try:
            done = await asyncio.to_thread(parent.poll, timeout)
            if not done:
                raise UpdateFailed(503, f"update exceeded the time limit of {timeout:g} s and was stopped")
            try:
                reply = parent.recv_bytes()
            except EOFError:
                limit = self.settings.worker_memory_mb
                raise UpdateFailed(
                    503,
                    "the update process stopped"
                    + (f" (memory limit {limit} MB, setting PSYKGRAF_WORKER_MEMORY_MB)" if limit else ""),
                ) from None
        finally:
            if process.is_alive():
                process.kill()
            await asyncio.to_thread(process.join, 5.0)
            parent.close()
        result = json.loads(reply[1:])
        return [(int(i), str(m)) for i, m in result["failed"]]

    @staticmethod
    def _build_disk_store(store_dir: Path, nquads: Path) -> None:
        if (store_dir / ".complete").exists():
            return
        store_dir.mkdir(parents=True, exist_ok=True)
        store = ox.Store(str(store_dir))
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        store.flush()
        del store
        (store_dir / ".complete").touch()

    async def maybe_reload(self) -> None:
        """Cheap check (a readlink at most every ``reload_check_interval`` s) for a new publish."""
        if self._given_store is not None or self._loading is not None:
            return
        now = time.monotonic()
        if now - self._checked < self.settings.reload_check_interval:
            return
        self._checked = now
        target = self._target_now()
        if target == self._target or target is None or target == self._failed_target:
            return
        self._loading = asyncio.create_task(self._swap(target))

    async def _swap(self, target: str) -> None:
        try:
            new = await self._load(target)
        except (OSError, ValueError, SyntaxError, RuntimeError) as error:
            _log.error("new build at %s not loaded, still serving the old one: %s", target, error)
            self._failed_target = target
            self._loading = None
            return
        old, self.build, self._target = self.build, new, target
        self.cache.clear()
        self.reloads += 1
        self._loading = None
        if old is not None:
            old.pool.retire()
        _log.info("now serving build %s", new.version)

    async def wait_loaded(self) -> None:
        """Wait for a reload in progress (tests)."""
        if self._loading is not None:
            await self._loading

    async def update(self, text: str) -> None:
        """Apply SPARQL Update in a killable process, journal it, and serve the result.

        The update is appended (and fsynced) to the journal before the 204, so it survives a
        restart and is replayed onto every build published later.
        """
        if self.settings.store_path is not None:
            raise UpdateUnsupported("SPARQL Update is not available with an on-disk store")
        async with self._lock:
            build = self.build
            assert build is not None
            self._updates += 1
            out = Path(self._scratch.name) / f"update-{self._updates}.nq"
            failed = await self._apply(build.pool.source, [text], out, self.settings.query_timeout)
            if failed:
                raise UpdateFailed(400, f"update rejected: {failed[0][1]}")
            await asyncio.to_thread(self._append_journal, text)
            source = StoreSource(nquads=out)
            store = await asyncio.to_thread(open_store, source)
            pool = self._pool(source)
            await pool.start()
            old_pool, build.pool, build.store = build.pool, pool, store
            build.generation = f"{build.version}+u{len(self.journal_entries())}.{self._updates}"
            build.triples = len(store)
            self.cache.clear()
            old_pool.retire()

    def _append_journal(self, text: str) -> None:
        self.journal.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps({"at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "update": text}) + "\n"
        with self.journal.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    async def close(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
        if self.build is not None:
            await self.build.pool.close()
        self._scratch.cleanup()
