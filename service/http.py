"""HTTP-level guards around the routers: HEAD on every GET route, bad paths, long URLs, security headers.

All plain ASGI, so they cover every route (including ones other modules add) and streamed
bodies alike.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

import pyoxigraph as ox
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["SECURITY_HEADERS", "Guard", "HeadAnswered"]

#: Sent on every response. The CSP lets pages use their own scripts, styles and images (same
#: origin) and no inline or third-party script; no framing; no Referer leaves the site. Inline
#: *style attributes* are allowed: the query editor (YASGUI) sets them on its elements.
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"x-content-type-options", b"nosniff"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        b"connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
]
# Characters RFC 3987 does not allow anywhere in an IRI: such a path names no resource.
_NOT_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')


class HeadAnswered(OSError):
    """Raised from ``send`` when a HEAD response is complete, like a client that has gone away."""


def _plain(status: int, message: str, head: bool = False) -> list[Message]:
    body = (message + "\n").encode()
    return [
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())],
        },
        {"type": "http.response.body", "body": b"" if head else body},
    ]


class Guard:
    """Answers HEAD as GET without a body; 414 past ``max_url`` bytes; 400/404 for paths no IRI can have."""

    def __init__(self, app: ASGIApp, max_url: int) -> None:
        self.app = app
        self.max_url = max_url

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        refusal = self._refusal(scope)
        if refusal is not None:
            for message in _plain(*refusal, head=head):
                await send(message)
            return
        if not head:
            await self.app(scope, receive, send)
            return
        ended = False

        async def send_head(message: Message) -> None:
            nonlocal ended
            if message["type"] == "http.response.start":
                await send(message)
            elif message["type"] == "http.response.body":
                if ended:
                    # A streamed body goes on after the head was answered: stop producing it.
                    raise HeadAnswered("HEAD answered; the rest of the body is not needed")
                ended = True
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        try:
            await self.app(dict(scope, method="GET"), receive, send_head)
        except HeadAnswered:
            pass

    def _refusal(self, scope: Scope) -> tuple[int, str] | None:
        raw: bytes = scope.get("raw_path") or scope["path"].encode()
        query: bytes = scope.get("query_string", b"")
        if len(raw) + len(query) > self.max_url:
            return 414, (
                f"the URL is longer than {self.max_url} bytes (setting PSYKGRAF_MAX_URL_LENGTH); "
                "send a long query by POST (application/sparql-query or a form body)"
            )
        if raw.startswith(b"/api/"):
            return None  # the JSON API names the bad path parameter itself (JSON 404)
        try:
            path = unquote_to_bytes(raw.split(b"?", 1)[0]).decode("utf-8")
        except UnicodeDecodeError:
            return 400, "the path is not UTF-8 once percent-decoded, so it names no IRI"
        if _NOT_IRI.search(path):
            return 404, 'no resource here: the path has a character that IRIs do not allow (space, <, >, ", {, }, …)'
        try:
            # The routers make IRIs of paths: refuse here what the IRI parser would refuse there.
            ox.NamedNode("http://h" + path)
        except ValueError:
            return 404, "no resource here: the path does not make a valid IRI (RFC 3987)"
        return None
