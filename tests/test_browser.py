"""Every lesson in a real browser: JupyterLab in Debian's Chromium, driven by Playwright.

For each ``lessons/*.ipynb`` (found when the tests are collected, so new lessons are covered
without editing this file) the test opens the notebook in JupyterLab, waits for its kernel,
runs all cells from the menus, and then checks what a learner would see:

* every code cell ran, and no cell shows an error;
* at least one chart is drawn, and every chart area holds a drawn chart;
* every app (an ``ipywidgets`` box with class ``glf-app``) answers the keyboard: one control
  is moved with a key press and the app's chart is redrawn;
* nothing was fetched from another host (every such request is blocked and listed), which
  proves the course works offline;
* the browser console shows no error.

On failure a screenshot and the logs are saved under ``test-artifacts/<test name>/``.

Run only these: ``.venv/bin/python -m pytest -m browser tests/test_browser.py``. They need
``/usr/bin/chromium`` (``apt-get install chromium``): without it they are skipped, except when
the ``CI`` environment variable is set, where they fail.
"""

from __future__ import annotations

import os
import re
import time
from contextlib import contextmanager

import pytest

if __package__:
    from . import browser_support as bs
else:  # tests/ is not a package: pytest puts this folder on sys.path
    import browser_support as bs

try:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright
except ImportError:  # reported by the `browser` fixture, like a missing Chromium
    sync_playwright = None
    PlaywrightError = Exception

LESSONS = bs.lesson_paths()

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _missing_browser() -> str | None:
    if sync_playwright is None:
        return "Python Playwright is not installed (it is in requirements.lock: run `make setup`)"
    if not bs.CHROMIUM.exists():
        return f"{bs.CHROMIUM} not found: install Debian's Chromium with `apt-get install chromium`"
    return None


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module, or the reason there is none."""
    missing = _missing_browser()
    if missing:
        yield missing
        return
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(bs.CHROMIUM), args=bs.CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def lab(browser):
    """One JupyterLab server for the module, on a free port, serving a copy of the lessons."""
    if isinstance(browser, str):
        yield None
        return
    server = bs.LabServer(bs.LESSONS_DIR).start()
    yield server
    server.stop()


def _require(browser) -> None:
    if isinstance(browser, str):
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run: {browser}")
        pytest.skip(browser)


class Timer:
    """Wall-clock time of each step, printed with the test's output."""

    def __init__(self) -> None:
        self.start = self.last = time.monotonic()
        self.steps: dict[str, float] = {}

    def step(self, name: str) -> None:
        now = time.monotonic()
        self.steps[name] = round(now - self.last, 2)
        self.last = now

    def __str__(self) -> str:
        parts = ", ".join(f"{k} {v:.1f} s" for k, v in self.steps.items())
        return f"{parts}; total {time.monotonic() - self.start:.1f} s"


@contextmanager
def watched_page(browser, lab, name: str):
    """A fresh browser context and page that block and record every non-local request and
    collect console errors; the records are returned in ``notes``."""
    notes: dict[str, list] = {"blocked_requests": [], "console_errors": [], "console": []}
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(30_000)

    def route(route) -> None:
        url = route.request.url
        if bs.is_local(url):
            route.continue_()
        else:
            notes["blocked_requests"].append(url)
            route.abort("blockedbyclient")

    def route_ws(ws) -> None:
        notes["blocked_requests"].append(ws.url)
        ws.close()

    context.route("**/*", route)
    context.route_web_socket(re.compile(r"^wss?://(?!(127\.0\.0\.1|localhost)[:/])"), route_ws)
    page = context.new_page()

    def on_console(msg) -> None:
        loc = msg.location or {}
        line = f"[{msg.type}] {msg.text} ({loc.get('url', '')}:{loc.get('lineNumber', '')})"
        notes["console"].append(line)
        if msg.type == "error":
            notes["console_errors"].append(line)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: notes["console_errors"].append(f"[pageerror] {exc}"))
    try:
        yield page, notes
    finally:
        context.close()
        lab.shutdown_kernels()


def _unexpected_console_errors(errors: list[str]) -> list[str]:
    return [e for e in errors if not any(re.search(p, e) for p in bs.ALLOWED_CONSOLE_ERRORS)]


def _run_all_from_menu(page) -> None:
    """Run → Run All Cells, as a learner would."""
    page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
    page.locator(".lm-Menu-content .lm-Menu-item").filter(
        has=page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$"))
    ).click()


def _wait_for(app, js: str, element, arg, timeout_s: float = bs.REDRAW_S) -> None:
    """Wait until ``js(element, arg)`` is true in the page of locator ``app``."""
    app.page.wait_for_function(
        f"([el, arg]) => ({js})(el, arg)",
        arg=[element.element_handle(), arg],
        timeout=timeout_s * 1000,
    )


def _move_one_control(app) -> str:
    """Move the app's first control from the keyboard; return what was done."""
    control = app.locator(".widget-slider, .widget-dropdown, .widget-toggle-buttons").first
    if control.count() == 0:
        raise AssertionError(
            "app has no slider, dropdown or toggle buttons: teach this test its control"
        )
    classes = control.get_attribute("class") or ""
    label = (
        control.locator(".widget-label").first.inner_text()
        if control.locator(".widget-label").count()
        else "?"
    )
    if "widget-slider" in classes:
        handle = control.locator(".noUi-handle").first
        now, high = handle.get_attribute("aria-valuenow"), handle.get_attribute("aria-valuemax")
        key = (
            "ArrowLeft"
            if now is not None and high is not None and float(now) >= float(high)
            else "ArrowRight"
        )
        readout = control.locator(".widget-readout").first
        before = readout.inner_text()
        handle.focus()
        handle.press(key)
        try:
            _wait_for(app, "(el, before) => el.innerText !== before", readout, before)
        except PlaywrightError as exc:
            raise AssertionError(
                f"slider {label!r}: {key} did not change its readout ({before!r})"
            ) from exc
        return f"slider {label!r}: {key}, {before} -> {readout.inner_text()}"
    if "widget-dropdown" in classes:
        select = control.locator("select")
        index, count = select.evaluate("s => [s.selectedIndex, s.options.length]")
        # A plain ArrowDown on a closed <select> is taken by JupyterLab's notebook shortcuts
        # (it selects the next cell: ipywidgets issue #3912, open). Alt+ArrowDown opens the
        # list, the arrow picks, Enter closes: the standard keyboard way, and it works in Lab.
        key = "ArrowUp" if index >= count - 1 else "ArrowDown"
        select.focus()
        for press in ("Alt+ArrowDown", key, "Enter"):
            select.press(press)
        after = select.evaluate("s => s.selectedIndex")
        if after == index:
            raise AssertionError(
                f"dropdown {label!r}: Alt+ArrowDown, {key}, Enter left option {index}"
            )
        return f"dropdown {label!r}: Alt+ArrowDown, {key}, Enter: option {index} -> {after}"
    buttons = control.locator("button")
    count = buttons.count()
    active = [
        i for i in range(count) if "mod-active" in (buttons.nth(i).get_attribute("class") or "")
    ]
    target = ((active[0] if active else -1) + 1) % count
    buttons.nth(target).focus()
    buttons.nth(target).press("Space")
    return f"toggle {label!r}: Space on button {target} ({buttons.nth(target).inner_text()!r})"


@pytest.mark.parametrize("lesson", LESSONS, ids=[p.name for p in LESSONS])
def test_lesson_runs_offline_and_its_apps_answer_the_keyboard(lesson, browser, lab, request):
    _require(browser)
    timer = Timer()
    log_start = lab.log_size()
    problems: list[str] = []
    with watched_page(browser, lab, lesson.name) as (page, notes):
        try:
            page.goto(f"{lab.url}/lab/tree/{lesson.name}?reset", wait_until="domcontentloaded")
            try:
                page.wait_for_function(
                    bs.JS_KERNEL_READY, arg=lesson.name, timeout=bs.KERNEL_READY_S * 1000
                )
            except PlaywrightError as exc:
                raise AssertionError(
                    f"the notebook's kernel was not connected and idle within {bs.KERNEL_READY_S} s"
                ) from exc
            timer.step("open + kernel ready")

            _run_all_from_menu(page)
            try:
                page.wait_for_function(bs.JS_RUN_FINISHED, timeout=bs.RUN_ALL_S * 1000)
            except PlaywrightError as exc:
                waiting = [
                    c
                    for c in page.evaluate(bs.JS_CELL_STATES)
                    if c["count"] is None or "*" in c["prompt"]
                ]
                raise AssertionError(
                    f"Run All did not finish within {bs.RUN_ALL_S} s; cells not done: {waiting}"
                ) from exc
            timer.step("run all")

            not_run = [c["index"] for c in page.evaluate(bs.JS_CELL_STATES) if c["count"] is None]
            if not_run:
                problems.append(f"cells {not_run} did not run (Run All stops at an error)")
            errors = page.evaluate(bs.JS_ERROR_OUTPUTS)
            problems += [
                f"cell {e['cell']} shows an error ({e['kind']}): {e['text']}" for e in errors
            ]
            if not errors:
                problems += [
                    f"an error output is shown: {t}" for t in page.evaluate(bs.JS_ERROR_DOM)
                ]

            try:
                page.wait_for_function(
                    f"() => {{ const c = ({bs.JS_CHARTS})(); return c.length > 0 && c.every(Boolean); }}",
                    timeout=bs.CHARTS_S * 1000,
                )
            except PlaywrightError:
                charts = page.evaluate(bs.JS_CHARTS)
                if not charts:
                    problems.append("no chart area (.vega-embed) on the page after Run All")
                else:
                    empty = [i for i, drawn in enumerate(charts) if not drawn]
                    problems.append(f"chart areas {empty} of {len(charts)} hold no svg/canvas")
            timer.step("charts drawn")

            apps = page.locator(".jp-Notebook .glf-app")
            moves = []
            for i in range(apps.count()):
                app = apps.nth(i)
                app.scroll_into_view_if_needed()
                title = app.locator("h4").first.inner_text() if app.locator("h4").count() else ""
                before = app.evaluate(bs.JS_APP_CHART)
                if not before:
                    problems.append(f"app {i} {title!r} shows no chart before any control moved")
                    continue
                try:
                    what = _move_one_control(app)
                except AssertionError as exc:
                    problems.append(f"app {i} {title!r}: {exc}")
                    continue
                try:
                    page.wait_for_function(
                        f"([el, before]) => {{ const now = ({bs.JS_APP_CHART})(el);"
                        " return now !== '' && now !== before; }",
                        arg=[app.element_handle(), before],
                        timeout=bs.REDRAW_S * 1000,
                    )
                    moves.append(f"app {i} {title!r}: {what}")
                except PlaywrightError:
                    status = app.locator(".widget-html").all_inner_texts()
                    problems.append(
                        f"app {i} {title!r}: chart not redrawn within {bs.REDRAW_S} s after "
                        f"{what}; app text: {[s for s in status if s.strip()]}"
                    )
            timer.step(f"{apps.count()} apps moved")

            if page.evaluate(bs.JS_LOG_COUNT):
                text = page.evaluate(bs.JS_LOG_TEXT)
                problems.append(
                    "JupyterLab's log console holds messages (e.g. an exception in a widget "
                    f"callback):\n{text[-2500:]}"
                )
            log = lab.log(log_start)
            if "Traceback" in log:
                problems.append(f"the server/kernel log shows a traceback:\n{log[-3000:]}")
            if notes["blocked_requests"]:
                problems.append(
                    "requests to other hosts were attempted (and blocked): the page is not "
                    "offline-ready:\n  " + "\n  ".join(notes["blocked_requests"])
                )
            console = _unexpected_console_errors(notes["console_errors"])
            if console:
                problems.append("browser console errors:\n  " + "\n  ".join(console))
            print(f"{lesson.name}: {timer}")
            print("  " + "\n  ".join(moves))
            assert not problems, f"{lesson.name}:\n- " + "\n- ".join(problems)
        except BaseException as exc:
            folder = bs.save_artifacts(
                request.node.name,
                page,
                {
                    "failure": str(exc),
                    "console": "\n".join(notes["console"]),
                    "blocked_requests": "\n".join(notes["blocked_requests"]),
                    "server_log": lab.log(log_start),
                    "timings": str(timer),
                },
            )
            print(f"browser test artifacts saved in {folder}")
            raise
