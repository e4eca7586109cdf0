"""The change feed: entities added/removed/changed between published builds, kept across restarts."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from loader.exports import record_history
from loader.pipeline import BuildResult
from loader.publish import publish, write_build
from psykgraf.catalog import load_build
from tests.service.conftest import serve, settings_for

BASE = "https://w3id.org/psykgraf/"
# 2018-slutrapport…txt line 768 ("UPH. Alex får en SIP.") and 2020-inventering…txt line 1122 ("- Alex får en SIP").
ALEX = f"{BASE}id/resource/alex-far-en-sip"
ALEX_REPORTS = {
    f"{BASE}id/report/2018-slutrapport-2017-riktade-insatser-psykisk-halsa",
    f"{BASE}id/report/2020-inventering-metod-och-kunskapsstod",
}


def _without(built: BuildResult, entity: str) -> BuildResult:
    """The build without ``entity``: its statements and the evidence about it."""
    quads = list(ox.parse("\n".join(built.lines).encode(), format=ox.RdfFormat.N_QUADS))
    evidence = {
        q.subject.value
        for q in quads
        if isinstance(q.object, ox.NamedNode)
        and q.object.value == entity
        and q.predicate.value.endswith(("#hasBody", "#subject"))
    }
    keep = [
        line
        for line, q in zip(built.lines, quads, strict=True)
        if q.subject.value != entity and q.subject.value not in evidence
    ]
    return replace(built, lines=keep)


def test_changes_name_the_entity_and_its_reports(built: BuildResult, tmp_path: Path) -> None:
    before = write_build(_without(built, ALEX), tmp_path)
    publish(before)
    after = write_build(built, tmp_path)
    publish(after)
    server = serve(settings_for(tmp_path, update_token=None))  # a fresh process: the history is read from disk
    try:
        with server.client() as http:
            body = http.get("/api/changes", params={"since": before.name}).json()
            assert [b["version"] for b in body["builds"]] == [before.name, after.name]
            alex = [c for c in body["changes"] if c["entity"] == ALEX]
            assert alex and alex[0]["change"] == "added" and alex[0]["version"] == after.name
            assert ALEX_REPORTS <= set(alex[0]["reports"])
            assert all(c["entity"] == ALEX or c["change"] == "changed" for c in body["changes"])
            unknown = http.get("/api/changes", params={"since": "no-such-build"})
            assert unknown.status_code == 404 and before.name in unknown.json()["allowed"]
            atom = http.get("/changes.atom")
            assert atom.headers["content-type"].startswith("application/atom+xml")
            assert f"added: {ALEX}" in atom.text
    finally:
        server.stop()


def test_modified_moves_only_when_content_changes(tmp_path: Path) -> None:
    manifests = tmp_path / "manifests"
    t1, t2, t3 = (datetime(2026, 1, d, tzinfo=UTC) for d in (1, 2, 3))
    record_history(manifests, "aaa", {}, now=t1)
    record_history(manifests, "aaa", {}, now=t2)  # same content rebuilt: no new date
    history = json.loads((manifests / "history.json").read_text())
    assert history == [{"version": "aaa", "published": "2026-01-01T00:00:00Z"}]
    record_history(manifests, "bbb", {"e": {"r": "x"}}, now=t3)
    (tmp_path / "bbb" / "downloads").mkdir(parents=True)
    (tmp_path / "bbb" / "downloads" / "index.json").write_text(json.dumps({"version": "bbb", "files": []}))
    loaded = load_build(tmp_path / "bbb")
    assert loaded is not None
    assert (loaded.issued, loaded.modified) == ("2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z")


def test_only_the_last_builds_are_kept(tmp_path: Path) -> None:
    from loader.exports import KEEP

    for i in range(KEEP + 3):
        record_history(tmp_path, f"v{i}", {})
    kept = sorted(p.stem for p in tmp_path.glob("v*.json"))
    assert len(kept) == KEEP and "v0" not in kept and f"v{KEEP + 2}" in kept


@pytest.mark.parametrize("since", ["", "x" * 500, "../manifests/history"])
def test_bad_since_is_a_404_naming_the_known_versions(harvester: httpx.Client, since: str) -> None:
    response = harvester.get("/api/changes", params={"since": since})
    assert response.status_code == 404
    assert response.json()["parameter"] == "since" and response.json()["allowed"]


def test_an_older_kept_build_stays_downloadable(built: BuildResult, tmp_path: Path) -> None:
    older = write_build(_without(built, ALEX), tmp_path)
    publish(older)
    publish(write_build(built, tmp_path))
    server = serve(settings_for(tmp_path, update_token=None))
    try:
        with server.client() as http:
            old = http.get(f"/downloads/{older.name}/psykgraf.nq.gz")
            assert old.status_code == 200 and "immutable" in old.headers["cache-control"]
            assert old.content == (older / "downloads" / "psykgraf.nq.gz").read_bytes()
            assert old.content != http.get("/downloads/psykgraf.nq.gz").content
    finally:
        server.stop()
