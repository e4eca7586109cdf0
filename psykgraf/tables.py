"""The resources as a table: the CSV columns shared by the download and ``/api/resources``, and their CSVW metadata.

One row per resource, in the order and with the keys of the facet API's items
(``psykgraf/facets.Record.item``); multi-valued cells are joined with :data:`SEPARATOR`,
which the W3C CSVW metadata (``resources.csv-metadata.json``) declares so a CSVW processor
splits them again.

>>> text = csv_text([{"iri": "https://x/id/resource/a", "label": "A", "care_levels": ["bup", "elevhalsa"],
...                   "years": [2019], "age_min": None, "sources": [{"report": "https://x/r", "quote": "q"}]}])
>>> text.splitlines()[1]
'https://x/id/resource/a,A,bup|elevhalsa,,,,,2019,,,,https://x/r'
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["COLUMNS", "SEPARATOR", "Column", "csv_text", "csvw_metadata"]

#: Joins the values of a multi-valued cell; none of the codes, years, IRIs or URLs contains it.
SEPARATOR = "|"
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass(frozen=True)
class Column:
    """One CSV column: its name (= the facet API key), CSVW datatype, RDF property and arity."""

    name: str
    title: str
    datatype: str
    property_url: str
    multi: bool = False


#: The columns, in order. ``{+base}`` is filled with the base IRI in the CSVW metadata.
COLUMNS: tuple[Column, ...] = (
    Column("iri", "IRI", "anyURI", "@id"),
    Column("label", "Namn", "string", "http://www.w3.org/2000/01/rdf-schema#label"),
    Column("care_levels", "Vård- och insatsnivåer", "string", "{pg}careLevel", multi=True),
    Column("target_groups", "Målgrupper", "string", "{pg}targetGroup", multi=True),
    Column("audience", "Användare", "string", "{pg}audience", multi=True),
    Column("forms", "Former", "string", "{pg}form", multi=True),
    Column("status", "Status", "string", "{pg}status"),
    Column("years", "År", "gYear", "http://purl.org/dc/terms/created", multi=True),
    Column("age_min", "Lägsta ålder", "integer", "{pg}ageMin"),
    Column("age_max", "Högsta ålder", "integer", "{pg}ageMax"),
    Column("urls", "Webbadresser", "anyURI", "https://schema.org/url", multi=True),
    Column("sources", "Källrapporter", "anyURI", "http://purl.org/dc/terms/source", multi=True),
)


def _cell(column: Column, value: Any) -> str:
    if value is None:
        return ""
    if column.name == "sources":
        # A source is {report, quote}; the table keeps the report IRIs (quotes are in the RDF).
        reports = [s.get("report") for s in value if isinstance(s, Mapping)]
        return SEPARATOR.join(dict.fromkeys(str(r) for r in reports if r))
    if isinstance(value, list | tuple):
        return SEPARATOR.join(str(v) for v in value)
    return str(value)


def csv_text(items: Iterable[Mapping[str, Any]]) -> str:
    """RFC 4180 CSV (CRLF line ends, header row) of facet-API items."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.name for c in COLUMNS])
    for item in items:
        writer.writerow([_cell(c, item.get(c.name)) for c in COLUMNS])
    return out.getvalue()


def csvw_metadata(csv_url: str, base_iri: str, title: str, license_iri: str) -> dict[str, Any]:
    """W3C CSVW metadata (``csv-metadata.json``) describing :func:`csv_text`'s table.

    >>> meta = csvw_metadata("resources.csv", "https://x/", "t", "https://l/")
    >>> meta["tableSchema"]["aboutUrl"], meta["tableSchema"]["columns"][2]["separator"]
    ('{+iri}', '|')
    """
    pg = f"{base_iri}ontology#"
    columns: list[dict[str, Any]] = []
    for c in COLUMNS:
        column: dict[str, Any] = {
            "name": c.name,
            "titles": c.title,
            "datatype": c.datatype,
            "required": c.name in ("iri", "label"),
        }
        if c.property_url == "@id":
            column["suppressOutput"] = True
        else:
            column["propertyUrl"] = c.property_url.replace("{pg}", pg)
        if c.multi:
            column["separator"] = SEPARATOR
        if c.name in ("care_levels", "target_groups", "audience", "forms", "status"):
            # Cells hold concept codes; valueUrl turns each into the concept IRI of its scheme.
            scheme = {"care_levels": "care-level", "target_groups": "target-group", "forms": "resource-form"}.get(
                c.name, c.name
            )
            column["valueUrl"] = f"{base_iri}vocab/{scheme}/{{{c.name}}}"
        if c.name in ("urls", "sources"):
            column["valueUrl"] = f"{{+{c.name}}}"
        columns.append(column)
    return {
        "@context": ["http://www.w3.org/ns/csvw", {"@language": "sv"}],
        "url": csv_url,
        "dc:title": title,
        "dc:license": {"@id": license_iri},
        "dialect": {"header": True, "encoding": "utf-8", "lineTerminators": ["\r\n"]},
        "tableSchema": {"columns": columns, "primaryKey": "iri", "aboutUrl": "{+iri}"},
    }
