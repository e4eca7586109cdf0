"""The one settings object of psykgraf (environment prefix ``PSYKGRAF_``).

>>> s = Settings(base_iri="https://example.org/pg/")
>>> s.base_iri
'https://example.org/pg/'
>>> Settings(query_timeout=0)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Settings
query_timeout
  Value error, PSYKGRAF_QUERY_TIMEOUT must be > 0, got 0.0 [type=value_error, input_value=0, input_type=int]
    For further information visit https://errors.pydantic.dev/...
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["DEFAULT_BASE_IRI", "ROOT", "Settings"]

#: The repository root (the folder holding ontology/, data/, queries/).
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BASE_IRI = "https://w3id.org/psykgraf/"


class Settings(BaseSettings):
    """Typed configuration; every field can be set as ``PSYKGRAF_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="PSYKGRAF_", extra="ignore")

    base_iri: str = DEFAULT_BASE_IRI
    reports_dir: Path = ROOT / "data" / "reports"
    manifest: Path = ROOT / "data" / "reports.ttl"
    lexicon_dir: Path = ROOT / "data"
    ontology_dir: Path = ROOT / "ontology"
    queries_dir: Path = ROOT / "queries"
    build_dir: Path = ROOT / "data" / "build"
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    store_path: Path | None = None  # on-disk pyoxigraph store; None = in memory
    query_timeout: float = 30.0  # seconds
    max_query_length: int = 100_000  # bytes
    row_cap: int = 10_000  # rows for non-streaming formats
    max_concurrency: int = 8  # linked-data and facet lookups run at once in the main process
    update_token: str | None = None  # SPARQL Update enabled only when set
    # Killable query processes, each holding a copy of the store; default: one per core (at least 2).
    query_workers: int = max(2, os.cpu_count() or 2)
    queue_length: int = 256  # queries waiting for a worker (FIFO) beyond which 503 at once
    queue_wait: float = 10.0  # seconds a query may wait in the queue for a free worker before 503
    # A query running longer than this is "long": at most one per client address, and at most
    # query_workers - 1 in all, so a worker stays free for short queries (the newest is stopped).
    long_query: float = 2.0
    worker_memory_mb: int = 4096  # address-space limit of each query/update worker process (0: none)
    max_query_depth: int = 100  # nesting of { } and ( ) in a query or update
    max_url_length: int = 65_536  # bytes of path + query string; longer GET requests get 414
    service_allow: list[str] = []  # SERVICE endpoints a query may call; empty: SERVICE refused
    load_allow: list[str] = []  # IRIs an update may LOAD; empty: LOAD refused
    http: str = "h11"  # uvicorn HTTP implementation; h11 accepts Java's "Upgrade: h2c" POSTs
    reload_check_interval: float = 0.5  # seconds between checks of build_dir/current
    cache_entries: int = 256  # result cache size (entries)
    cache_max_bytes: int = 1_000_000  # largest single result kept in the cache
    # --- Catalogue (DCAT-AP-SE, VoID; psykgraf/catalog.py): who publishes this deployment's data.
    # The defaults are placeholders (CATALOGUE_DEFAULTS); the service warns at startup while they are used.
    publisher_iri: str | None = None  # absolute IRI of the publishing organisation; None = {base}id/publisher
    publisher_name: str = "psykgraf"
    publisher_type: str = "http://purl.org/adms/publishertype/NonProfitOrganisation"  # ADMS publisher type
    contact_name: str = "psykgraf"
    contact_email: str = "psykgraf@example.org"
    data_license: str = "https://creativecommons.org/publicdomain/zero/1.0/"  # licence of the data and downloads
    public_url: str | None = None  # where the service is reachable (download/endpoint URLs); None = base_iri

    @field_validator("base_iri")
    @classmethod
    def _base_iri_ends_with_slash(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")) or not value.endswith(("/", "#")):
            raise ValueError(f"PSYKGRAF_BASE_IRI must be an http(s) IRI ending in / or #, got {value!r}")
        return value

    @field_validator("http")
    @classmethod
    def _known_http(cls, value: str) -> str:
        if value not in ("h11", "httptools", "auto"):
            raise ValueError(f"PSYKGRAF_HTTP must be h11, httptools or auto, got {value!r}")
        return value

    @field_validator("query_timeout", "long_query", "queue_wait")
    @classmethod
    def _positive_timeout(cls, value: float, info: ValidationInfo) -> float:
        if value <= 0:
            raise ValueError(f"PSYKGRAF_{str(info.field_name).upper()} must be > 0, got {value!r}")
        return value

    @field_validator(
        "port",
        "workers",
        "max_query_length",
        "row_cap",
        "max_concurrency",
        "query_workers",
        "cache_entries",
        "queue_length",
        "max_query_depth",
        "max_url_length",
    )
    @classmethod
    def _positive_int(cls, value: int) -> int:
        if value <= 0:
            raise ValueError(f"value must be > 0, got {value!r}")
        return value
