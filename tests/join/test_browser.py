"""The join page in a real browser: Debian's headless Chromium on a phone-sized window.

Selenium gets the driver's path through its Service and SE_AVOID_STATS=true, so it
never looks anything up on the network; the page is served on 127.0.0.1 only.
Needs the Debian packages chromium and chromium-driver (CI installs them); a
missing one fails this test rather than skipping it.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from app.join.edits import DirectEdits
from app.join.room import JoinRoom
from app.join.server import JoinServer
from app.models import joining
from app.models.market_analysis import load_market
from app.models.store import Store

pytestmark = pytest.mark.slow  # a real chromium through chromedriver
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
PHONE = (390, 844)  # CSS pixels of a common phone


@pytest.fixture
def browser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[webdriver.Chrome]:
    monkeypatch.setenv("SE_AVOID_STATS", "true")
    assert Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists(), \
        "install the Debian packages chromium and chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-default-browser-check",
                f"--user-data-dir={tmp_path / 'chromium-profile'}",
                f"--window-size={PHONE[0]},{PHONE[1]}"):
        options.add_argument(arg)
    # headless windows are at least 500 px wide: the phone's viewport is emulated, with touch
    options.add_experimental_option("mobileEmulation", {
        "deviceMetrics": {"width": PHONE[0], "height": PHONE[1], "pixelRatio": 3.0, "touch": True}})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def served(store: Store, room_workshop) -> Iterator[tuple[JoinRoom, JoinServer]]:  # noqa: ANN001
    room = JoinRoom(DirectEdits(store), room_workshop.workshop_id)
    server = JoinServer(room, "127.0.0.1", 0)
    server.start()
    yield room, server
    room.cut_off()
    server.stop()


def _stored(store: Store, workshop_id: int, subgroup: int) -> list[tuple[str, list[str]]]:
    return [(e.text, [p.name for p in e.owners])
            for e in load_market(store, workshop_id).sheet(subgroup, "supply")]


def test_a_phone_picks_its_subgroup_and_puts_supply_on_the_sheet(
        browser, store: Store, served, room_workshop, tmp_path: Path) -> None:  # noqa: ANN001
    room, server = served
    b = room_workshop.subgroups[1]
    browser.get(server.url)
    wait = WebDriverWait(browser, 30)
    assert browser.execute_script("return window.innerWidth") <= PHONE[0]
    group = wait.until(ec.element_to_be_clickable(
        (By.XPATH, "//button[contains(@class, 'subgroup') and text()='B']")))
    assert group.size["height"] >= 44  # a finger, not a mouse pointer
    group.click()
    text = wait.until(ec.visibility_of_element_located((By.ID, "add-supply-text")))
    text.send_keys("Lessen in het Turks <b>vet</b>")
    browser.find_element(By.ID, "add-supply-owners-other").send_keys("Şükrü Yılmaz")
    browser.find_element(By.ID, "add-supply-submit").click()
    WebDriverWait(browser, 30).until(lambda _d: _stored(store, room_workshop.workshop_id, b))
    assert _stored(store, room_workshop.workshop_id, b) == [
        ("Lessen in het Turks <b>vet</b>", ["Şükrü Yılmaz"])]
    # the page shows the line back, as text (no bold element was made of it)
    sheet = wait.until(ec.text_to_be_present_in_element((By.ID, "sheet-supply"), "Şükrü Yılmaz"))
    assert sheet
    line = browser.find_element(By.CSS_SELECTOR, "#sheet-supply li .text")
    assert line.text == "Lessen in het Turks <b>vet</b>"
    assert browser.find_elements(By.CSS_SELECTOR, "#sheet-supply b") == []
    assert browser.find_element(By.ID, "add-supply-text").get_attribute("value") == ""
    browser.save_screenshot(str(tmp_path / "phone.png"))
    # a story goes to the facilitator's inbox
    browser.find_element(By.ID, "story-text").send_keys("Leerlingen plannen zelf")
    browser.find_element(By.ID, "story-submit").click()
    WebDriverWait(browser, 30).until(
        lambda _d: joining.list_stories(store, room_workshop.workshop_id))
    assert joining.list_stories(store, room_workshop.workshop_id)[0]["text"] == "Leerlingen plannen zelf"
    # closing joining: the page says so
    room.cut_off()
    server.poke()
    WebDriverWait(browser, 30).until(
        lambda d: "Meedoen is gesloten" in d.find_element(By.ID, "banner").text)


def test_the_room_code_lets_a_laptop_in_and_a_wrong_link_is_refused(
        browser, served) -> None:  # noqa: ANN001
    room, server = served
    base = server.url.rsplit("/j/", 1)[0]
    browser.get(base + "/j/wrong-token-0000")
    wait = WebDriverWait(browser, 30)
    wait.until(ec.text_to_be_present_in_element((By.ID, "status"), "niet (meer) geldig"))
    code = browser.find_element(By.ID, "code")
    code.send_keys(room.code.lower())
    browser.find_element(By.ID, "code-button").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "status"), "Verbonden"))
    wait.until(ec.visibility_of_element_located((By.CSS_SELECTOR, "button.subgroup")))
    assert room.device_count() == 1
    assert os.environ.get("SE_AVOID_STATS") == "true"
