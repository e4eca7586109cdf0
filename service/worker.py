"""Query worker process: holds its own store and answers one query at a time over a pipe.

Only stdlib and pyoxigraph are imported here so that a spawned worker starts fast; the
parent kills the process to stop a query (pyoxigraph has no cancellation).
"""

from __future__ import annotations

import json
import resource
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import IO, Any, cast
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from service.media import BOOLEAN_TYPES, CONSTRUCT_TYPES, SOLUTION_TYPES, for_form, negotiate

__all__ = ["CHUNK", "QueryRequest", "StoreSource", "apply_updates", "execute", "limit_memory", "open_store", "serve"]

CHUNK = 64 * 1024
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_TRUNCATED_LINK = "urn:psykgraf:truncated"
_RESULTS_FORMATS = {
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
_RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}


@dataclass(frozen=True)
class StoreSource:
    """Where a worker gets its data: an N-Quads file loaded into memory, or an on-disk store."""

    nquads: Path | None = None
    store_dir: Path | None = None


@dataclass(frozen=True)
class QueryRequest:
    """One query as the protocol layer decoded it."""

    query: str
    accept: str | None
    format: str | None  # canonical media type from ``format=``, overrides Accept
    default_graphs: tuple[str, ...] | None  # None: not given in the protocol request
    named_graphs: tuple[str, ...] | None
    prefixes: tuple[tuple[str, str], ...]
    row_cap: int
    # Values bound to variables with pyoxigraph ``substitutions`` (named queries of the API).
    substitutions: tuple[tuple[str, ox.NamedNode | ox.BlankNode | ox.Literal], ...] = ()


class QueryFailed(Exception):
    """A query the client got wrong (status 400 or 406)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def open_store(source: StoreSource) -> ox.Store:
    """Open the store a worker (or the parent) answers from.

    >>> len(open_store(StoreSource()))
    0
    """
    if source.store_dir is not None:
        return ox.Store.read_only(str(source.store_dir))
    store = ox.Store()
    if source.nquads is not None and source.nquads.stat().st_size:
        store.bulk_load(path=str(source.nquads), format=ox.RdfFormat.N_QUADS)
    return store


def _term_json(term: Any) -> dict[str, Any]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _term_json(term.subject),
            "predicate": _term_json(term.predicate),
            "object": _term_json(term.object),
        },
    }


def _term_xml(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return (
        f"<triple><subject>{_term_xml(term.subject)}</subject><predicate>{_term_xml(term.predicate)}"
        f"</predicate><object>{_term_xml(term.object)}</object></triple>"
    )


def _json_rows(variables: list[str], rows: list[Any], truncated: bool) -> Iterator[bytes]:
    head: dict[str, Any] = {"vars": variables}
    if truncated:
        head["link"] = [_TRUNCATED_LINK]
    prefix = '{"head":' + json.dumps(head, ensure_ascii=False)
    if truncated:
        prefix += ',"psykgraf:truncated":true'
    yield (prefix + ',"results":{"bindings":[').encode()
    for i, row in enumerate(rows):
        binding = {v: _term_json(row[v]) for v in variables if row[v] is not None}
        yield (("," if i else "") + json.dumps(binding, ensure_ascii=False)).encode()
    yield b"]}}"


def _xml_rows(variables: list[str], rows: list[Any], truncated: bool) -> Iterator[bytes]:
    head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    if truncated:
        head += f"<link href={quoteattr(_TRUNCATED_LINK)}/>"
    yield (
        f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>{head}</head><results>'
    ).encode()
    for row in rows:
        cells = "".join(
            f"<binding name={quoteattr(v)}>{_term_xml(row[v])}</binding>" for v in variables if row[v] is not None
        )
        yield f"<result>{cells}</result>".encode()
    yield b"</results></sparql>"


Sink = Callable[[bytes], None]
#: A complete body (SPARQL JSON/XML and booleans), or a function streaming one to a sink.
Body = bytes | Callable[[Sink], None]


class _MaybeOverCap(OSError):
    """Raised from inside a pyoxigraph serializer to stop it: the result may exceed the row cap."""


class _Collector:
    """A binary writer keeping the whole serialisation while counting a per-row ``marker``.

    SPARQL XML has exactly one ``<result>`` per row (``<`` is escaped in text); in compact
    SPARQL JSON, rows are separated by ``},{`` (which a value may also contain, so the count
    is an upper bound: an over-count only sends the result down the exact, slower path).
    """

    def __init__(self, marker: bytes, cap: int, extra: int) -> None:
        self.data = bytearray()
        self._marker = marker
        self._limit = cap - extra  # stop once count + extra > cap
        self.count = 0

    def write(self, block: bytes) -> int:
        start = max(len(self.data) - len(self._marker) + 1, 0)
        self.data += block
        self.count += self.data.count(self._marker, start)
        if self.count > self._limit:
            raise _MaybeOverCap("result may exceed the row cap")
        return len(block)

    def flush(self) -> None:
        return None


def _native(result: ox.QuerySolutions, media_type: str, cap: int) -> bytes | None:
    """The result serialised by pyoxigraph, or None if it may hold more than ``cap`` rows."""
    json_format = media_type == "application/sparql-results+json"
    collector = _Collector(b"},{" if json_format else b"<result>", cap, 1 if json_format else 0)
    try:
        result.serialize(cast(IO[bytes], collector), format=_RESULTS_FORMATS[media_type])
    except _MaybeOverCap:
        return None
    except OSError:
        # pyoxigraph may re-wrap the writer's exception
        if collector.count > cap - (1 if json_format else 0):
            return None
        raise
    data = bytes(collector.data)
    if json_format and collector.count + (0 if b'"bindings":[]' in data else 1) > cap:
        return None
    return data


class _Chunker:
    """A binary writer that groups small writes into CHUNK-sized blocks handed to a sink."""

    def __init__(self, sink: Sink) -> None:
        self._sink = sink
        self._buffer = bytearray()

    def write(self, data: bytes) -> int:
        self._buffer += data
        if len(self._buffer) >= CHUNK:
            self._sink(bytes(self._buffer))
            self._buffer.clear()
        return len(data)

    def flush(self) -> None:
        if self._buffer:
            self._sink(bytes(self._buffer))
            self._buffer.clear()


def _dataset_kwargs(request: QueryRequest) -> dict[str, Any]:
    bound: dict[str, Any] = {}
    if request.substitutions:
        bound["substitutions"] = {ox.Variable(name): term for name, term in request.substitutions}
    if request.default_graphs is None and request.named_graphs is None:
        return {"use_default_graph_as_union": True, **bound}
    try:
        default: Any = [ox.NamedNode(g) for g in request.default_graphs or ()] or ox.DefaultGraph()
        named = [ox.NamedNode(g) for g in request.named_graphs or ()]
    except ValueError as error:
        raise QueryFailed(400, f"bad graph IRI: {error}") from error
    return {"default_graph": default, "named_graphs": named, **bound}


def _choose(request: QueryRequest, offered: list[str]) -> str:
    if request.format is not None:
        # ``format=xml`` means SPARQL-results XML for SELECT/ASK and RDF/XML for CONSTRUCT/DESCRIBE.
        chosen = for_form(request.format, offered)
        if chosen is None:
            raise QueryFailed(
                406, f"format {request.format} is not available for this query form; offered: {', '.join(offered)}"
            )
        return chosen
    chosen = negotiate(request.accept, offered)
    if chosen is None:
        raise QueryFailed(406, f"none of the acceptable types is offered; offered: {', '.join(offered)}")
    return chosen


def execute(store: ox.Store, request: QueryRequest) -> tuple[dict[str, Any], Body]:
    """Run a query; return its head (media type, truncation) and a function writing the body.

    Results in non-streaming formats (SPARQL JSON/XML, booleans) are returned complete as
    bytes (at most ``row_cap`` rows), so truncation is known before any byte is sent.

    >>> s = ox.Store()
    >>> execute(s, QueryRequest("ASK {}", None, None, None, None, (), 10))
    ({'media_type': 'application/sparql-results+json', 'truncated': False}, b'{"head":{},"boolean":true}')
    """
    try:
        result = store.query(request.query, prefixes=dict(request.prefixes), **_dataset_kwargs(request))
    except SyntaxError as error:
        raise QueryFailed(400, f"malformed query: {error}") from error
    except (OSError, ValueError) as error:
        raise QueryFailed(400, f"query failed: {error}") from error
    if isinstance(result, ox.QueryBoolean):
        media_type = _choose(request, BOOLEAN_TYPES)
        boolean_format = _RESULTS_FORMATS[media_type]
        return {"media_type": media_type, "truncated": False}, result.serialize(format=boolean_format) or b""
    if isinstance(result, ox.QuerySolutions):
        media_type = _choose(request, SOLUTION_TYPES)
        if media_type in ("text/csv", "text/tab-separated-values"):
            results_format = _RESULTS_FORMATS[media_type]
            return {"media_type": media_type, "truncated": False}, lambda sink: _write(
                sink,
                lambda w: result.serialize(cast(IO[bytes], w), format=results_format),  # type: ignore[arg-type]
            )
        # Fast path: pyoxigraph's own serializer, when the result is surely within the row cap.
        data = _native(result, media_type, request.row_cap)
        if data is not None:
            return {"media_type": media_type, "truncated": False}, data
        # Possibly over the cap: run the query again and count rows exactly (rare, large results).
        result = store.query(request.query, prefixes=dict(request.prefixes), **_dataset_kwargs(request))
        assert isinstance(result, ox.QuerySolutions)
        variables = [v.value for v in result.variables]
        rows: list[ox.QuerySolution] = []
        truncated = False
        for row in result:
            if len(rows) == request.row_cap:
                truncated = True
                break
            rows.append(row)
        pieces = (_json_rows if media_type == "application/sparql-results+json" else _xml_rows)(
            variables, rows, truncated
        )
        return {"media_type": media_type, "truncated": truncated}, b"".join(pieces)
    media_type = _choose(request, CONSTRUCT_TYPES)
    rdf_format = _RDF_FORMATS[media_type]
    return {"media_type": media_type, "truncated": False}, lambda sink: _write(
        sink, lambda w: ox.serialize(result, cast(IO[bytes], w), format=rdf_format)
    )


def _write(sink: Sink, produce: Callable[[_Chunker], object]) -> None:
    chunker = _Chunker(sink)
    produce(chunker)
    chunker.flush()


def limit_memory(memory_mb: int) -> None:
    """Cap this process's address space, so a runaway query or update fails instead of swapping."""
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def serve(conn: Connection, source: StoreSource, memory_mb: int = 0) -> None:
    """Worker main loop: load the store, say ready, then answer requests until EOF.

    Requests arrive pickled (``Connection.recv``); replies are raw frames (``send_bytes``),
    the first byte saying what follows: ``R`` ready, ``X`` error (JSON), ``D`` a complete
    response (4-byte head length, JSON head, body), or ``H`` head (JSON), ``C`` body
    chunks, then ``E`` end or ``A`` abort (message).
    """
    limit_memory(memory_mb)
    store = open_store(source)
    conn.send_bytes(b"R" + str(len(store)).encode())
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            head, body = execute(store, request)
        except QueryFailed as error:
            conn.send_bytes(b"X" + json.dumps({"status": error.status, "message": str(error)}).encode())
            continue
        except (SyntaxError, OSError, ValueError) as error:
            conn.send_bytes(b"X" + json.dumps({"status": 400, "message": f"query failed: {error}"}).encode())
            continue
        except MemoryError:
            conn.send_bytes(b"X" + json.dumps({"status": 503, "message": "query ran out of memory"}).encode())
            continue
        except RuntimeError as error:  # e.g. a substituted variable the query does not project
            conn.send_bytes(b"X" + json.dumps({"status": 500, "message": f"query cannot be run: {error}"}).encode())
            continue
        encoded = json.dumps(head).encode()
        if isinstance(body, bytes):
            conn.send_bytes(b"".join((b"D", struct.pack("!I", len(encoded)), encoded, body)))
            continue
        conn.send_bytes(b"H" + encoded)
        try:
            body(lambda block: conn.send_bytes(b"C" + block))
        except (SyntaxError, OSError, ValueError) as error:
            conn.send_bytes(b"A" + str(error).encode())
            continue
        conn.send_bytes(b"E")


def apply_updates(
    conn: Connection, source: StoreSource, updates: list[str], out: str, memory_mb: int, prefixes: dict[str, str]
) -> None:
    """Update process: load ``source``, apply ``updates`` in order, dump N-Quads to ``out``.

    Run in its own process so the parent can kill it past the time limit; the memory limit
    makes a runaway update fail here instead of in the service. Replies ``O<quads>`` or
    ``F<json list of [index, message]>`` (updates that failed; the rest are applied).
    """
    limit_memory(memory_mb)
    store = open_store(source)
    failed: list[tuple[int, str]] = []
    for index, text in enumerate(updates):
        try:
            store.update(text, prefixes=prefixes)
        except (SyntaxError, OSError, ValueError, MemoryError) as error:
            failed.append((index, f"{type(error).__name__}: {error}"))
    store.dump(out, format=ox.RdfFormat.N_QUADS)
    conn.send_bytes(b"O" + json.dumps({"quads": len(store), "failed": failed}).encode())
