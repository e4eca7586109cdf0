"""Screening of query and update text before it reaches pyoxigraph: federation, LOAD and nesting.

pyoxigraph evaluates ``SERVICE`` by calling the endpoint over HTTP and ``LOAD`` by fetching
the IRI, from the server's network position (SSRF), and its recursive-descent parser can
overflow the stack on deeply nested groups. A lexical pass (comments, strings and IRIs
skipped as the SPARQL grammar tokenises them) finds all three without a full parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Refusal", "Screened", "screen"]

# Order matters: long strings before short ones; an IRIREF is tried before '<' as an operator.
_TOKEN = re.compile(
    r"""
    (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<word>[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\-\u00B7\u00C0-\uFFFF]*(?::[^\s{}()<>;,]*)?|:[^\s{}()<>;,]*)
  | (?P<open>[{(\[])
  | (?P<close>[})\]])
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


class Refusal(Exception):
    """Text the service will not run: ``status`` (400/413) and a message naming the setting."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Screened:
    """What the scan found: SERVICE endpoints, LOAD sources (IRIs, or the token if not an IRI), depth."""

    services: tuple[str, ...]
    loads: tuple[str, ...]
    depth: int


def _scan(text: str, max_depth: int) -> Screened:
    services: list[str] = []
    loads: list[str] = []
    depth = deepest = 0
    pending: list[str] | None = None  # the list the next IRI/name/variable belongs to
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        token = match.group()
        if kind == "comment" or (kind == "other" and token.isspace()):
            continue
        if kind == "open":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > max_depth:
                    raise Refusal(
                        400,
                        f"query nests groups more than {max_depth} deep (setting PSYKGRAF_MAX_QUERY_DEPTH)",
                    )
        elif kind == "close":
            depth = max(depth - 1, 0)
        if pending is not None:
            if kind == "word" and token.upper() == "SILENT":
                continue
            pending.append(token[1:-1] if kind == "iri" else token)
            pending = None
            continue
        if kind == "word" and ":" not in token:
            upper = token.upper()
            if upper == "SERVICE":
                pending = services
            elif upper == "LOAD":
                pending = loads
    if pending is not None:
        pending.append("")
    return Screened(tuple(services), tuple(loads), deepest)


def screen(text: str, max_depth: int, service_allow: list[str], load_allow: list[str]) -> Screened:
    """Refuse federation, LOAD and nesting the settings do not allow; return what was found.

    >>> screen("SELECT * { ?s ?p '{{ SERVICE' } # SERVICE <x>", 5, [], []).services
    ()
    >>> screen("SELECT * { SERVICE SILENT <http://e/sparql> { ?s ?p ?o } }", 5, [], [])
    Traceback (most recent call last):
    ...
    service.screen.Refusal: SERVICE <http://e/sparql>: federated queries are off (setting PSYKGRAF_SERVICE_ALLOW)
    >>> screen("SELECT * { SERVICE <http://e/sparql> { ?s ?p ?o } }", 5, ["http://e/sparql"], []).services
    ('http://e/sparql',)
    >>> screen("ASK { FILTER(1 < 2 && 3 > 2) }", 5, [], []).depth
    2
    >>> screen("SELECT * {{{{ }}}}", 3, [], []).depth
    Traceback (most recent call last):
    ...
    service.screen.Refusal: query nests groups more than 3 deep (setting PSYKGRAF_MAX_QUERY_DEPTH)
    """
    found = _scan(text, max_depth)
    for endpoint in found.services:
        if endpoint not in service_allow:
            if not service_allow:
                reason = "federated queries are off (setting PSYKGRAF_SERVICE_ALLOW)"
            else:
                reason = "this endpoint is not in PSYKGRAF_SERVICE_ALLOW (write it as a full IRI)"
            raise Refusal(400, f"SERVICE <{endpoint}>: {reason}")
    for source in found.loads:
        if source not in load_allow:
            raise Refusal(400, f"LOAD <{source}>: the source is not in the allow-list (setting PSYKGRAF_LOAD_ALLOW)")
    return found
