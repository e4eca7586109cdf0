"""``/api/resources`` as CSV: the download's columns, the JSON answer's rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import httpx


def test_csv_by_format_and_by_accept(harvester: httpx.Client, published: Path) -> None:
    params = {"target_group": "barn", "limit": "500"}
    as_json = harvester.get("/api/resources", params=params).json()
    by_param = harvester.get("/api/resources", params={**params, "format": "csv"})
    by_accept = harvester.get("/api/resources", params=params, headers={"accept": "text/csv"})
    assert by_param.headers["content-type"].startswith("text/csv")
    assert by_param.text == by_accept.text
    assert by_param.headers["etag"] != harvester.get("/api/resources", params=params).headers["etag"]
    rows = list(csv.DictReader(io.StringIO(by_param.text)))
    assert [r["iri"] for r in rows] == [item["iri"] for item in as_json["items"]]
    assert all("barn" in r["target_groups"].split("|") for r in rows)
    download = (published / "downloads" / "resources.csv").read_text(encoding="utf-8")
    assert by_param.text.splitlines()[0] == download.splitlines()[0]
    assert int(by_param.headers["x-total-count"]) == as_json["total"]


def test_bad_format_is_a_400(harvester: httpx.Client) -> None:
    response = harvester.get("/api/resources", params={"format": "xlsx"})
    assert response.status_code == 400 and response.json()["parameter"] == "format"
