"""Browser tests: a real headless Chromium (Debian's `chromium` + `chromium-driver`) driven by
Selenium against `coder serve` running in a thread. Skipped, with the reason, when either is
missing; `.ci/run` installs them."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CODER_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = os.environ.get("CODER_CHROMEDRIVER") or shutil.which("chromedriver")




def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if not CHROMIUM:
        return "no chromium on PATH (apt-get install chromium chromium-driver; .ci/run does)"
    if not DRIVER:
        return "no chromedriver on PATH (apt-get install chromium-driver; .ci/run does)"
    return None


@pytest.fixture
def browser(tmp_path):
    reason = _missing()
    if reason:
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.implicitly_wait(0)
    yield driver
    driver.quit()


class Server:
    """uvicorn serving an app on a free port of 127.0.0.1, in a thread."""

    def __init__(self, app):
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                return f"http://127.0.0.1:{self.port}"
            time.sleep(0.05)
        raise RuntimeError("the workbench server did not start")

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where screenshots go: the test's tmp_path, and also $CODER_SCREENSHOTS when set."""
    folder = tmp_path / "screenshots"
    folder.mkdir()
    return folder


def save_shot(driver, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    height = driver.execute_script("return document.body.scrollHeight")
    driver.set_window_size(1400, min(max(height + 40, 700), 2400))
    driver.save_screenshot(str(path))
    extra = os.environ.get("CODER_SCREENSHOTS")
    if extra:
        Path(extra).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(extra) / path.name)
    driver.set_window_size(1400, 1000)
    return path


pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture
def served(tmp_path):
    from coder.serve import create_app
    from test_serve_world import make_bench

    bench = make_bench(tmp_path)
    with Server(create_app(bench)) as url:
        yield bench, url


def wait_for(driver, css: str, timeout: float = 15):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(EC.presence_of_element_located((By.CSS_SELECTOR, css)))


def text_of(driver, element_id: str) -> str:
    """The text of an element, or "" while the page is being replaced (no stale references)."""
    from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
    from selenium.webdriver.common.by import By

    try:
        return driver.find_element(By.ID, element_id).text
    except (NoSuchElementException, StaleElementReferenceException):
        return ""


def test_explain_a_sentence_and_see_the_tree_and_the_event(browser, served, shots):
    from selenium.webdriver.common.by import By

    _bench, url = served
    browser.get(f"{url}/explain")
    browser.find_element(By.ID, "text").send_keys("Gondor attacked Mordor.")
    browser.find_element(By.ID, "date").send_keys("2019-05-01")
    browser.find_element(By.ID, "explain").click()
    tree = wait_for(browser, "svg.deptree")
    words = [w.text for w in tree.find_elements(By.CSS_SELECTOR, "g.word text:not(.upos)")]
    assert words == ["Gondor", "attacked", "Mordor", "."]
    assert tree.find_element(By.CSS_SELECTOR, "g.word.event").text.startswith("attacked")
    assert tree.size["width"] > 200 and tree.size["height"] > 60  # drawn, not just present
    event = browser.find_element(By.CSS_SELECTOR, "tr.event")
    assert "GON" in event.text and "MOR" in event.text and "190" in event.text
    save_shot(browser, shots, "explain")
    assert (shots / "explain.png").stat().st_size > 5000


def test_filter_the_events_table(browser, served, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _bench, url = served
    browser.get(f"{url}/events")
    assert len(browser.find_elements(By.CSS_SELECTOR, "tr.event-row")) == 4
    browser.find_element(By.ID, "f-actor").send_keys("GON")
    browser.find_element(By.ID, "filter").click()
    WebDriverWait(browser, 15).until(lambda d: text_of(d, "count").startswith("2 of 4 events"))
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.event-row")
    assert len(rows) == 2 and all("GON" in r.text for r in rows)
    assert browser.find_element(By.ID, "count").text.startswith("2 of 4 events")
    save_shot(browser, shots, "events")
    rows[0].find_element(By.LINK_TEXT, "explain").click()
    wait_for(browser, "svg.deptree")
    assert "GON" in browser.find_element(By.CSS_SELECTOR, "tr.event").text


def test_add_an_actor_save_see_the_added_events_then_undo(browser, served, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    bench, url = served
    before = (bench.root / "actors.yaml").read_text()
    browser.get(f"{url}/codebook")
    Select(browser.find_element(By.ID, "new-file")).select_by_value("actors.yaml")
    browser.find_element(By.ID, "add").click()
    text = wait_for(browser, "#entry-text")
    text.clear()
    text.send_keys("names: [Harad\n")  # invalid YAML first: the error shows as you type
    WebDriverWait(browser, 20).until(lambda d: "invalid YAML" in text_of(d, "problems"))
    text.clear()
    text.send_keys("names: [Harad, Haradrim]\ncode: HAR\ntype: country\ncountry: HAR\n")
    WebDriverWait(browser, 20).until(lambda d: text_of(d, "problems").startswith("valid"))
    save_shot(browser, shots, "codebook-entry")
    browser.find_element(By.ID, "save").click()
    summary = wait_for(browser, "#summary")
    assert "1 added" in summary.text and "2 changed" in summary.text
    added = browser.find_element(By.CSS_SELECTOR, "tr.added")
    assert "harad2:0" in added.text and "HAR" in added.text and "080" in added.text
    assert "Harad, Haradrim" in (bench.root / "actors.yaml").read_text()
    save_shot(browser, shots, "codebook-diff")
    browser.find_element(By.ID, "undo").click()
    WebDriverWait(browser, 20).until(lambda d: "1 removed" in text_of(d, "summary"))
    assert (bench.root / "actors.yaml").read_text() == before


def test_run_a_benchmark_and_see_its_report(browser, served, shots):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _bench, url = served
    browser.get(f"{url}/benchmarks")
    browser.find_element(By.ID, "run").click()
    WebDriverWait(browser, 60).until(lambda d: "done" in text_of(d, "job"))
    browser.find_element(By.LINK_TEXT, "report").click()
    assert "3 records" in wait_for(browser, "#report-summary").text
    save_shot(browser, shots, "benchmarks")
