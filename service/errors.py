"""Errors the JSON API answers with: a 400 naming the parameter, a 503 with ``Retry-After``."""

from __future__ import annotations

from fastapi.responses import JSONResponse

__all__ = ["BadParam", "Unavailable", "shown"]


class BadParam(Exception):
    """A request parameter the API cannot use; the response names it and what is allowed."""

    def __init__(self, message: str, parameter: str, allowed: list[str], status: int = 400) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.allowed = allowed
        self.status = status

    def response(self) -> JSONResponse:
        body = {"error": str(self), "parameter": self.parameter, "allowed": self.allowed}
        return JSONResponse(body, status_code=self.status)


class Unavailable(Exception):
    """Too busy or past the time limit: 503 with ``Retry-After``."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def response(self) -> JSONResponse:
        return JSONResponse({"error": str(self)}, status_code=503, headers={"Retry-After": str(self.retry_after)})


def shown(value: str) -> str:
    """A user value, shortened, for an error message (JSON-escaped by the response)."""
    return repr(value if len(value) <= 60 else value[:60] + "…")
