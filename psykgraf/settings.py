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

from pathlib import Path

from pydantic import field_validator
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
    max_concurrency: int = 8
    update_token: str | None = None  # SPARQL Update enabled only when set
    query_workers: int = 2  # killable query processes, each holding a copy of the store
    queue_wait: float = 2.0  # seconds a query may wait for a free worker before 503
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

    @field_validator("query_timeout")
    @classmethod
    def _positive_timeout(cls, value: float) -> float:
        if value <= 0:
            raise ValueError(f"PSYKGRAF_QUERY_TIMEOUT must be > 0, got {value!r}")
        return value

    @field_validator(
        "port", "workers", "max_query_length", "row_cap", "max_concurrency", "query_workers", "cache_entries"
    )
    @classmethod
    def _positive_int(cls, value: int) -> int:
        if value <= 0:
            raise ValueError(f"value must be > 0, got {value!r}")
        return value
