"""Admission: a bounded FIFO queue in front of a fixed number of slots (query workers or lookup threads).

Every query enters through :meth:`Admission.admit`; it waits in line (first come, first
served) for at most ``wait`` seconds, and is refused at once only when ``queue_length``
others are already waiting. The slot is held until the response ends: a streamed body
keeps its ticket (:meth:`Ticket.keep`) and releases it when the stream closes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

__all__ = ["Admission", "Refused", "Ticket"]


class Refused(Exception):
    """The service will not run the query now: 503 with ``Retry-After`` seconds."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Ticket:
    """One admitted request's hold on a slot; :meth:`release` is idempotent."""

    def __init__(self, admission: Admission, entered: float) -> None:
        self._admission = admission
        self.entered = entered
        self.kept = False
        self._released = False

    @property
    def remaining_wait(self) -> float:
        """Seconds of the wait limit still left (for a worker pool's own acquire)."""
        return max(self._admission.wait - (time.monotonic() - self.entered), 0.05)

    def keep(self) -> None:
        """Hand the slot to a streamed response, which calls :meth:`release` when it ends."""
        self.kept = True

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._admission._leave()


class Admission:
    """``slots`` requests run at once; up to ``queue_length`` wait in FIFO order for ``wait`` seconds.

    >>> async def demo() -> list[str]:
    ...     gate = Admission("demo", slots=1, queue_length=0, wait=0.1)
    ...     out = []
    ...     async with gate.admit():
    ...         try:
    ...             async with gate.admit():
    ...                 pass
    ...         except Refused as error:
    ...             out.append(str(error))
    ...     return out
    >>> asyncio.run(demo())
    ['demo queue is full (0 waiting); retry shortly']
    """

    def __init__(self, name: str, slots: int, queue_length: int, wait: float) -> None:
        self.name = name
        self.slots = slots
        self.queue_length = queue_length
        self.wait = wait
        self.running = 0
        self.waiting = 0
        self.refused = 0
        self._free = asyncio.Semaphore(slots)  # FIFO: asyncio wakes waiters in arrival order

    @property
    def active(self) -> int:
        """Requests admitted and not yet finished (running or waiting)."""
        return self.running + self.waiting

    @asynccontextmanager
    async def admit(self) -> AsyncIterator[Ticket]:
        """Wait in line for a slot; refuse when the queue is full or the wait limit passes."""
        if self.waiting >= self.queue_length and self._free.locked():
            self.refused += 1
            raise Refused(f"{self.name} queue is full ({self.waiting} waiting); retry shortly", 1)
        entered = time.monotonic()
        self.waiting += 1
        try:
            await asyncio.wait_for(self._free.acquire(), self.wait)
        except TimeoutError:
            self.refused += 1
            raise Refused(f"no {self.name} slot became free within {self.wait:g} s; retry shortly", 2) from None
        finally:
            self.waiting -= 1
        self.running += 1
        ticket = Ticket(self, entered)
        try:
            yield ticket
        finally:
            if not ticket.kept:
                ticket.release()

    def _leave(self) -> None:
        self.running -= 1
        self._free.release()
