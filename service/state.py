"""The served build: finds the published build, loads it, swaps it atomically, caches results."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import tempfile
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from psykgraf.settings import Settings
from service.pool import WorkerPool
from service.prefixes import prefixes_for
from service.worker import StoreSource, open_store

__all__ = ["Build", "BuildManager", "CachedResult", "ResultCache", "UpdateUnsupported"]

_log = logging.getLogger("psykgraf.build")


class UpdateUnsupported(Exception):
    """SPARQL Update cannot be applied in this configuration (on-disk store)."""


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
        self.active = 0  # admitted queries (running or waiting for a worker)

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

    async def _make(self, version: str, store: ox.Store, source: StoreSource, directory: Path | None) -> Build:
        pool = WorkerPool(source, self.settings.query_workers)
        await pool.start()
        _log.info(
            "build %s: %d quads, %d workers started in %.2fs",
            version,
            len(store),
            pool.size,
            pool.startup_seconds,
        )
        return Build(version, version, store, pool, directory, triples=len(store))

    async def _load(self, target: str | None) -> Build:
        if target is None:
            return await self._make("none", ox.Store(), StoreSource(), None)
        directory = Path(target)
        info = _read_info(directory)
        version = str(info["version"])
        nquads = directory / "graph.nq"
        if self.settings.store_path is not None:
            store_dir = self.settings.store_path / version
            await asyncio.to_thread(self._build_disk_store, store_dir, nquads)
            source = StoreSource(store_dir=store_dir)
        else:
            source = StoreSource(nquads=nquads)
        store = await asyncio.to_thread(open_store, source)
        build = await self._make(version, store, source, directory)
        build.info = info
        return build

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
        """Apply SPARQL Update to the served store and restart the workers on the result."""
        if self.settings.store_path is not None:
            raise UpdateUnsupported("SPARQL Update is not available with an on-disk store")
        async with self._lock:
            build = self.build
            assert build is not None
            await asyncio.to_thread(build.store.update, text, prefixes=self.prefixes)
            self._updates += 1
            dump = Path(self._scratch.name) / f"update-{self._updates}.nq"
            await asyncio.to_thread(build.store.dump, str(dump), format=ox.RdfFormat.N_QUADS)
            pool = WorkerPool(StoreSource(nquads=dump), self.settings.query_workers)
            await pool.start()
            old_pool, build.pool = build.pool, pool
            build.generation = f"{build.version}+u{self._updates}"
            build.triples = len(build.store)
            self.cache.clear()
            old_pool.retire()

    async def close(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
        if self.build is not None:
            await self.build.pool.close()
        self._scratch.cleanup()
