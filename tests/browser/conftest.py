"""Browser tests: Debian's Chromium driven by Playwright against a live server.

The live server needs committed data, so these tests run in transactions that Django flushes afterwards
(see `units_back` in tests/conftest.py)."""

from __future__ import annotations

import os
import shutil

import pytest

# Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

PASSWORD = "mat-khau-dai-1"


@pytest.fixture(autouse=True)
def _units_back(units_back) -> None:  # type: ignore[no-untyped-def]
    """Every browser test runs against a live server, in a transaction flushed afterwards."""


@pytest.fixture(scope="session")
def chromium():  # type: ignore[no-untyped-def]
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        if os.environ.get("BINHDANG_REQUIRE_BROWSER"):
            pytest.fail("Chromium is required here: .ci/run installs Debian's chromium")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def open_as(chromium, live_server):  # type: ignore[no-untyped-def]
    """open_as(username) -> a page of a fresh browser context, logged in as that user."""
    contexts = []

    def _open(username: str):  # type: ignore[no-untyped-def]
        context = chromium.new_context(locale="vi-VN", accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(f"{live_server.url}/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        page.click("form button")
        page.wait_for_url(f"{live_server.url}/")
        return page

    yield _open
    for context in contexts:
        context.close()
