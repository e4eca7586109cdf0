"""Fixtures: the five-report build served by a real uvicorn, and a headless Chromium driving it."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from loader.pipeline import BuildResult
from psykgraf.settings import ROOT, Settings
from service.http import SECURITY_HEADERS
from tests.service.conftest import Live, serve

#: The Content-Security-Policy the service sends on every response (service/http.py).
CSP = dict(SECURITY_HEADERS)[b"content-security-policy"].decode()

AXE = ROOT / "service" / "static" / "vendor" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "docs" / "screenshots"


@pytest.fixture(scope="session")
def site(built: BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """The service on the real build (data/reports), published as the loader does."""
    build_dir = tmp_path_factory.mktemp("ui-build")
    version = build_dir / "v1"
    version.mkdir()
    (version / "graph.nq").write_text("".join(f"{line}\n" for line in built.lines), encoding="utf-8")
    (version / "build.json").write_text(json.dumps({"version": "v1", "triples": built.triples}))
    (build_dir / "current").symlink_to("v1")
    server = serve(Settings(build_dir=build_dir, query_workers=1, query_timeout=20.0))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def strict_site(site: Live) -> Iterator[str]:
    """The same app behind a strict Content-Security-Policy header, on a second port."""
    import threading
    import time

    import uvicorn
    from starlette.types import Message, Receive, Scope, Send

    from tests.service.conftest import _free_port

    async def with_csp(scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), (b"content-security-policy", CSP.encode())]
            await send(message)

        await site.app(scope, receive, send_with_header)

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(with_csp, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(20)


@pytest.fixture(scope="session")
def web(site: Live) -> Iterator[httpx.Client]:
    with site.client(headers={"accept": "text/html"}) as client:
        yield client


def _chromium() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return (browser, driver) if browser and driver else None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium via Selenium; skipped (with the reason) where it is not installed."""
    found = _chromium()
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium and chromium-driver must be installed in CI (.ci/run installs them)")
        pytest.skip("chromium/chromedriver not installed: apt-get install chromium chromium-driver")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=sv"):
        options.add_argument(arg)
    # The pages' language follows Accept-Language: Swedish first, as for most of its readers.
    options.add_experimental_option("prefs", {"intl.accept_languages": "sv,en"})
    driver = webdriver.Chrome(service=Service(found[1]), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def axe_source() -> str:
    if not AXE.is_file():
        pytest.skip("axe-core is not installed: run `make` (npm ci in service/static/vendor)")
    return AXE.read_text(encoding="utf-8")


def screenshot_path(name: str) -> Path:
    """Where a screenshot goes: the README's ``docs/screenshots/`` with ``UPDATE_SCREENSHOTS=1``,
    else a temporary folder (so an ordinary test run leaves the work tree clean)."""
    folder = SCREENSHOTS if os.environ.get("UPDATE_SCREENSHOTS") == "1" else Path(tempfile.gettempdir()) / "psykgraf-ui"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
