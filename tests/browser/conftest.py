"""Browser tests: the real app served on loopback, driven in Debian's Chromium by Playwright.

Waits use Playwright's locator assertions (`expect(...)`), never `wait_for_function` with a
string: that evaluates the string inside the page, which the portal's CSP rightly refuses.

Never downloads a browser: Playwright is pointed at /usr/bin/chromium. Without it these tests
skip and say why on a developer's machine, and fail in CI (where `.ci/run` installs it).
"""

import os
import re
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parent.parent.parent / "instance" / "screenshots"


@pytest.fixture(scope="session")
def live_server(app):
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        reason = f"Chromium not found at {CHROMIUM}: install Debian's chromium (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI must run the browser tests, never skip them
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(browser, request):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    # A 422 answer to a form is expected; Chromium reports every 4xx response in the console.
    # A test that visits another error page on purpose says so with @pytest.mark.allow_console.
    allowed = [r"status of 422"]
    marker = request.node.get_closest_marker("allow_console")
    allowed += list(marker.args) if marker else []
    errors = [e for e in errors if not any(re.search(pattern, e) for pattern in allowed)]
    context.close()
    assert not errors, f"browser console errors (CSP violations show here): {errors}"


@pytest.fixture
def screenshot():
    """Save a PNG under instance/screenshots/ for a person to look at."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = SCREENSHOTS / f"{name}.png"
        # caret="initial": hiding the caret would inject a style the CSP (rightly) blocks.
        page.screenshot(path=str(path), full_page=True, caret="initial")
        return path

    return take
