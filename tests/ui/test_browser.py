"""The pages in a real browser (headless Debian Chromium via Selenium) on the five-report build.

One walk through the site as a person would take it: home → search → facets → a result →
a quote checked in the report text → the query editor → an example query → a result link.
Then axe-core on the home, search and entity pages, and the screenshots for the README.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.service.conftest import Live
from tests.ui.conftest import axe_source, screenshot_path
from tests.ui.test_site import starts_here

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

_WAIT = 20.0


def _wait(what: str, check: Callable[[], Any], timeout: float = _WAIT) -> Any:
    """Poll ``check`` until it returns something truthy (Selenium's waits, without the import dance)."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = check()
            if value:
                return value
        except Exception as error:  # a stale or missing element while the page changes
            last = error
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}" + (f" (last error: {last})" if last else ""))


def _counts(driver: Any) -> dict[str, str]:
    """Every facet value's count on the search page, keyed by the checkbox id."""
    out: dict[str, str] = driver.execute_script(
        "const o = {}; document.querySelectorAll('#facets li').forEach(li => {"
        " const i = li.querySelector('input'); const c = li.querySelector('.count');"
        " if (i && c) { o[i.id] = c.textContent.trim(); } }); return o;"
    )
    return out


def _largest(driver: Any, facet: str) -> Any:
    """The checkbox of the facet value with the highest count."""
    items = driver.find_elements("css selector", f"fieldset[data-facet={facet}] li")
    best = max(items, key=lambda li: int(li.find_element("css selector", ".count").text))
    return best.find_element("css selector", "input")


def _total(driver: Any) -> int:
    return int(driver.find_element("id", "total").text)


def test_walk_through_the_site(site: Live, browser: Any) -> None:
    driver = browser
    driver.get(site.url + "/")
    assert driver.find_element("tag name", "h1").text == "psykgraf"
    # Home lists the five reports of data/reports/ (each linked to its page).
    report_links = driver.find_elements("css selector", "ul.reports li > a")
    assert len(report_links) == 5

    # Search "SIP" from the home page's search box.
    box = driver.find_element("id", "home-q")
    box.send_keys("SIP")
    box.submit()
    _wait("the search page", lambda: driver.current_url.startswith(site.url + "/resources?"))
    assert "q=SIP" in driver.current_url
    titles = [a.text for a in driver.find_elements("css selector", "ol.hits h3 a")]
    # 2020-inventering-metod-och-kunskapsstod.txt:1122 "- Alex får en SIP" (a film)
    assert "Alex får en SIP" in titles
    assert all("sip" in t.lower() or t for t in titles) and _total(driver) == len(titles)

    # Facets: tick a care level, then a target group; the counts and the total change each time.
    driver.get(site.url + "/resources")
    total_before = _total(driver)
    before = _counts(driver)
    care = _largest(driver, "care_level")
    care.click()
    _wait("counts after a care level", lambda: _counts(driver) != before)
    after_care = _counts(driver)
    total_care = _total(driver)
    assert 0 < total_care < total_before
    assert "care_level=" in driver.current_url  # the URL holds the state
    group = _largest(driver, "target_group")
    group_id = group.get_attribute("id")
    group.click()
    _wait("counts after a target group", lambda: _counts(driver) != after_care)
    assert driver.find_element("id", group_id).is_selected()
    assert 0 < _total(driver) <= total_care
    assert "target_group=" in driver.current_url
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(screenshot_path("search.png")))

    # Open a result and check one of its quotes in the report text.
    driver.get(site.url + "/resources?q=SIP")
    driver.find_element("link text", "Alex får en SIP").click()
    _wait("the entity page", lambda: "/id/resource/" in driver.current_url)
    assert driver.find_element("tag name", "h1").text == "Alex får en SIP"
    sources = driver.find_elements("css selector", "ol.sources li")
    quoted = [
        li
        for li in sources
        if li.find_elements("css selector", "blockquote") and li.find_elements("css selector", "a.quote-link")
    ]
    assert quoted, "the entity page shows quotes with links to the report text"
    quote = quoted[0].find_element("css selector", "blockquote").text
    quoted[0].find_element("css selector", "a.quote-link").click()
    _wait("the report text", lambda: "/reports/" in driver.current_url and "#L" in driver.current_url)
    anchor = driver.current_url.rsplit("#", 1)[1]
    number = int(anchor[1:])
    lines = [
        driver.find_element("id", f"L{n}").find_element("css selector", ".tx").text
        for n in range(number, number + 6)
        if driver.find_elements("id", f"L{n}")
    ]
    # The quote starts on the line the link lands on (its first words may run on to the next).
    lines = [t for t in lines if t.strip()][:3]
    assert starts_here(lines, quote), (lines, quote)
    highlighted = driver.execute_script("const t = document.querySelector(':target'); return t && t.id")
    assert highlighted == anchor

    # The query editor: load an example, run it, see rows, follow a result link to an entity page.
    driver.get(site.url + "/sparql")
    _wait("YASGUI", lambda: driver.find_elements("css selector", ".yasqe .CodeMirror"))
    driver.find_element("css selector", "button.example[data-example=sip-resources]").click()
    query = driver.execute_script("return document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue()")
    assert "SIP" in query and "SELECT" in query
    assert "#query=" in driver.current_url  # share by URL
    driver.find_element("css selector", ".yasqe_queryButton").click()
    rows = _wait("result rows", lambda: driver.find_elements("css selector", ".yasr table tbody tr"))
    assert len(rows) > 1
    local = _wait("a local result link", lambda: driver.find_elements("css selector", ".yasr a.local[href^='/id/']"))
    href = local[0].get_attribute("href")
    # A long IRI wraps inside its cell, so the middle of the link's box is not on its text:
    # activate the link itself rather than a point of the screen.
    driver.execute_script("arguments[0].click()", local[0])
    _wait("the entity page from the editor", lambda: driver.current_url == href)
    assert driver.find_element("tag name", "h1").text
    driver.execute_script("window.scrollTo(0, 0)")
    driver.save_screenshot(str(screenshot_path("entity.png")))


def test_pages_work_under_a_strict_content_security_policy(strict_site: str, browser: Any) -> None:
    """No inline script and nothing from elsewhere: the editor runs a query and search updates under CSP."""
    driver = browser
    driver.get_log("browser")  # drop earlier messages
    driver.get(strict_site + "/sparql")
    _wait("YASGUI", lambda: driver.find_elements("css selector", ".yasqe .CodeMirror"))
    driver.find_element("css selector", "button.example[data-example=sip-resources]").click()
    driver.find_element("css selector", ".yasqe_queryButton").click()
    _wait("result rows", lambda: len(driver.find_elements("css selector", ".yasr table tbody tr")) > 1)
    driver.get(strict_site + "/resources?q=SIP")
    before = _counts(driver)
    _largest(driver, "target_group").click()
    _wait("counts after a target group", lambda: _counts(driver) != before)
    blocked = [e["message"] for e in driver.get_log("browser") if "Content Security Policy" in e["message"]]
    assert blocked == []


def test_shared_query_link_opens_in_the_editor(site: Live, browser: Any) -> None:
    driver = browser
    driver.get(site.url + "/sparql#query=" + "SELECT%20%3Fx%20WHERE%20%7B%20%3Fx%20a%20pg%3AReport%20%7D")
    _wait("YASGUI", lambda: driver.find_elements("css selector", ".yasqe .CodeMirror"))
    query = driver.execute_script("return document.querySelector('.yasqe .CodeMirror').CodeMirror.getValue()")
    assert query == "SELECT ?x WHERE { ?x a pg:Report }"


@pytest.mark.parametrize(
    "path", ["/", "/?lang=en", "/resources?q=SIP", "/id/resource/sdqwebb", "/vocab/care-level/bup"]
)
def test_no_serious_accessibility_violations(site: Live, browser: Any, path: str) -> None:
    """axe-core (npm) in the page: no violation of impact serious or critical (WCAG 2.1 A/AA rules)."""
    driver = browser
    driver.get(site.url + path)
    driver.execute_script(axe_source())
    driver.set_script_timeout(60)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
        ".then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,"
        " target: v.nodes[0] && v.nodes[0].target.join(' ')})), passes: r.passes.length}))"
        ".catch(e => done({error: String(e)}));"
    )
    assert "error" not in result, result
    serious = [v for v in result["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, serious
    assert result["passes"] > 10  # axe did check the page


def test_phone_width_has_no_horizontal_scroll(site: Live, browser: Any) -> None:
    driver = browser
    driver.set_window_size(375, 800)
    try:
        for path in ("/", "/resources?q=SIP", "/id/resource/sdqwebb"):
            driver.get(site.url + path)
            overflow = driver.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 1, f"{path} scrolls sideways by {overflow}px at 375px"
    finally:
        driver.set_window_size(1280, 1000)
