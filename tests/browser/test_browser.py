"""Every lesson in a real browser: JupyterLab and Voila in Debian's Chromium, via Playwright.

For each ``lessons/*.ipynb`` (found when the tests are collected, so new lessons are covered
without editing this file) one test opens the notebook in JupyterLab, waits for its kernel
and runs all cells from the menus; another opens it in Voila from Voila's list of lessons,
as with ``make present``, and at the end leaves it and checks that its kernel was shut down.
One more opens the first lesson in Voila inside JupyterLab's server, as a Binder
``?urlpath=voila/render/...`` link does. All check what a learner would see:

* every code cell ran, and no cell shows an error;
* at least one chart is drawn, every chart area holds a drawn chart, and an app's chart is
  drawn at least 200 px wide;
* every app (an ``ipywidgets`` box with class ``glf-app``) answers the keyboard: its first
  control is moved with key presses and the app's chart is drawn anew, once (not drawn,
  removed and drawn again); then (in JupyterLab) every control is moved with the mouse — each slider
  handle dragged to both ends of its track, each toggle button clicked, a drop-down's last
  option chosen — and each change redraws the chart once; every slider track is at least
  ``ui.MIN_TRACK_PX`` wide;
* no answer of a check-yourself question (``.glf-quiz``) is drawn over the next; the first
  question is answered from the keyboard as it says (Space on an option, Tab on to Check,
  Enter) and shows its verdict;
* nothing was fetched from another host (every such request is blocked and listed), which
  proves the course works offline;
* the browser console shows no error;
* every chart is named for screen readers by its description (in an app, the same words as
  the caption under it), every control has a visible label and every slider handle a name;
* an accessibility audit (axe-core, WCAG 2 A and AA rules) finds no serious or critical
  violation, except those accepted in ``tests.support.browser.A11Y_ALLOWED``, each with its
  reason (JupyterLab's own toolbar and editor, and wide outputs in JupyterLab's and Voila's
  scrolling output boxes); accepted ones are printed, and the full axe result is saved with
  the artifacts of a failed test;
* in Voila, exercise solutions (cells tagged "solution") are neither shown nor run.

On failure a screenshot and the logs are saved under ``test-artifacts/<test name>/``. The
servers, the browser and the network block come from ``benchmarks/servers.py``, shared with
the browser benchmark (``make bench``).

Run only these: ``.venv/bin/python -m pytest -m browser tests/browser/test_browser.py -rP`` (``-rP``
prints each lesson's timings, the controls moved and the audit's report). They need
``/usr/bin/chromium`` (``apt-get install chromium``): without it they are skipped, except
when the ``CI`` environment variable is set, where they fail. The audit needs axe-core,
pinned in ``tests/browser/a11y/package.json`` and installed by ``make setup`` (``npm ci --prefix
tests/browser/a11y``): without it the audit alone is left out and ``test_axe_core_is_installed``
is skipped, or, with ``CI`` set, fails.
"""

from __future__ import annotations

import json
import os
import re
import time
from contextlib import contextmanager

import pytest

from benchmarks import browser_bench, servers
from helpers.core import ui
from tests.support import browser as bs

try:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright
except ImportError:  # reported by the `browser` fixture, like a missing Chromium
    sync_playwright = None
    PlaywrightError = Exception

LESSONS = bs.lesson_paths()
LESSON_IDS = [p.name for p in LESSONS]

# Requests and console errors accepted in Voila only, as {regular expression: why}. The
# pattern is searched in blocked URLs and in console lines (which end with the source URL).
# Empty: the course's Voila template "glf" (config/voila/templates/glf) drops the Font
# Awesome links to a CDN that Voila's "lab" template has, and config/jupyter_server_config.json
# keeps Voila inside a Jupyter server (Binder) from loading MathJax from a CDN.
VOILA_ALLOWED: dict[str, str] = {}

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


# --- Fixtures: one browser and one server of each kind for the whole module.


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module, or the reason there is none (a str)."""
    missing = servers.missing_browser()
    if missing:
        yield missing
        return
    with sync_playwright() as p:
        chromium = servers.launch_chromium(p)
        yield chromium
        chromium.close()


def _server(browser, cls):
    if isinstance(browser, str):  # no browser: do not start a server for nothing
        yield None
        return
    server = cls(bs.LESSONS_DIR).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def lab(browser):
    """One JupyterLab server for the module, on a free port, serving a copy of the lessons."""
    yield from _server(browser, servers.LabServer)


@pytest.fixture(scope="module")
def voila(browser):
    """One Voila server for the module, on a free port, serving a copy of the lessons."""
    yield from _server(browser, servers.VoilaServer)


def _require(browser) -> None:
    if isinstance(browser, str):
        if os.environ.get("CI"):
            pytest.fail(f"browser tests cannot run: {browser}")
        pytest.skip(browser)


# --- Helpers.


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
def watched_page(browser, server, request, allowed: dict[str, str]):
    """A fresh browser context and page that block and record every non-local request and
    collect console errors. Yields ``(page, notes, problems)``; on leaving, adds the offline
    and console findings to ``problems`` and fails if there are any, and on any failure
    saves a screenshot and the logs under ``test-artifacts/``."""
    notes: dict[str, list] = {"blocked_requests": [], "console_errors": [], "console": []}
    problems: list[str] = []
    log_start = server.log_size()
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(30_000)
    servers.block_network(context, notes["blocked_requests"])
    page = context.new_page()

    def on_console(msg) -> None:
        loc = msg.location or {}
        line = f"[{msg.type}] {msg.text} ({loc.get('url', '')}:{loc.get('lineNumber', '')})"
        notes["console"].append(line)
        if msg.type == "error":
            notes["console_errors"].append(line)

    page.on("console", on_console)
    page.on("pageerror", lambda exc: notes["console_errors"].append(f"[pageerror] {exc}"))
    allow = {**bs.ALLOWED_CONSOLE_ERRORS, **allowed}

    def unexpected(lines: list[str]) -> list[str]:
        return [x for x in lines if not any(re.search(p, x) for p in allow)]

    try:
        yield page, notes, problems
        log = server.log(log_start)
        if "Traceback" in log:
            problems.append(f"the {server.name} log shows a traceback:\n{log[-3000:]}")
        blocked = unexpected(notes["blocked_requests"])
        if blocked:
            problems.append(
                "requests to other hosts were attempted (and blocked): the page is not "
                "offline-ready:\n  " + "\n  ".join(blocked)
            )
        console = unexpected(notes["console_errors"])
        if console:
            problems.append("browser console errors:\n  " + "\n  ".join(console))
        assert not problems, f"{request.node.name}:\n- " + "\n- ".join(problems)
    except BaseException as exc:
        saved = {
            "failure": str(exc),
            "console": "\n".join(notes["console"]),
            "blocked_requests": "\n".join(notes["blocked_requests"]),
            "server_log": server.log(log_start),
        }
        if "axe" in notes:  # the accessibility audit's full result, as axe.json
            saved["axe"] = notes["axe"]
        folder = bs.save_artifacts(request.node.name, page, saved)
        print(f"browser test artifacts saved in {folder}")
        raise
    finally:
        context.close()
        server.shutdown_kernels()


# Every slider track wide enough to use with a mouse: [label, width] of those narrower than
# the minimum (a long label once squeezed a track to 11 px, a bare knob).
JS_NARROW_TRACKS = """(app, least) => [...app.querySelectorAll('.widget-slider')].map(s => {
  const label = s.querySelector('.widget-label');
  const track = s.querySelector('.noUi-target, .slider-container');
  return [label ? label.textContent.trim() : '?', track ? track.getBoundingClientRect().width : 0];
}).filter(([, width]) => width < least)"""


def _wait_for(locator, js: str, element, arg, timeout_s: float = bs.REDRAW_S) -> None:
    """Wait until ``js(element, arg)`` is true in the page of ``locator``."""
    locator.page.wait_for_function(
        f"([el, arg]) => ({js})(el, arg)",
        arg=[element.element_handle(), arg],
        timeout=timeout_s * 1000,
    )


def _move_one_control(app, *, lab: bool, index: int = 0) -> str:
    """Move one of the app's controls (the first unless ``index`` says) from the keyboard;
    return what was done."""
    control = app.locator(servers.CONTROLS).nth(index)
    if control.count() == 0:
        raise AssertionError(
            "app has no slider, dropdown or toggle buttons: teach this test its control"
        )
    classes = control.get_attribute("class") or ""
    labels = control.locator(".widget-label")
    label = labels.first.text_content().strip() if labels.count() else "?"
    if "widget-slider" in classes:
        handle = control.locator(".noUi-handle").first
        now, high = handle.get_attribute("aria-valuenow"), handle.get_attribute("aria-valuemax")
        at_max = now is not None and high is not None and float(now) >= float(high)
        key = "ArrowLeft" if at_max else "ArrowRight"
        readout = control.locator(".widget-readout").first
        before = readout.inner_text()
        handle.focus()
        handle.press(key)
        back = "ArrowRight" if key == "ArrowLeft" else "ArrowLeft"
        app.evaluate("(app, u) => { app.__glfUndo = u; }", {"control": index, "key": back})
        try:
            _wait_for(app, "(el, before) => el.innerText !== before", readout, before)
        except PlaywrightError as exc:
            raise AssertionError(
                f"slider {label!r}: {key} did not change its readout ({before!r})"
            ) from exc
        return f"slider {label!r}: {key}, {before} -> {readout.inner_text()}"
    if "widget-dropdown" in classes:
        select = control.locator("select")
        option, count = select.evaluate("s => [s.selectedIndex, s.options.length]")
        key = "ArrowUp" if option >= count - 1 else "ArrowDown"
        # In JupyterLab a plain arrow on a closed <select> is taken by the notebook's
        # shortcuts (it selects the next cell: ipywidgets issue #3912, open). Alt+ArrowDown
        # opens the list, the arrow picks, Enter closes: the standard keyboard way. Voila
        # has no notebook shortcuts, so the plain arrow is used there.
        keys = ("Alt+ArrowDown", key, "Enter") if lab else (key,)
        select.focus()
        for press in keys:
            select.press(press)
        after = select.evaluate("s => s.selectedIndex")
        if after == option:
            raise AssertionError(f"dropdown {label!r}: {', '.join(keys)} left option {option}")
        app.evaluate("(app, u) => { app.__glfUndo = u; }", {"control": index, "option": option})
        return f"dropdown {label!r}: {', '.join(keys)}: option {option} -> {after}"
    buttons = control.locator("button")
    count = buttons.count()
    active = [
        i for i in range(count) if "mod-active" in (buttons.nth(i).get_attribute("class") or "")
    ]
    target = ((active[0] if active else -1) + 1) % count
    buttons.nth(target).focus()
    buttons.nth(target).press("Space")
    if active:
        app.evaluate("(app, u) => { app.__glfUndo = u; }", {"control": index, "button": active[0]})
    return f"toggle {label!r}: Space on button {target} ({buttons.nth(target).inner_text()!r})"


def _drag(page, handle, x: float) -> None:
    """Press the mouse on a slider handle, move it to ``x`` (page pixels) and let go."""
    box = handle.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] / 2, y)
    page.mouse.down()
    # One move: a drag through several values would redraw once per value it passes
    # (sliders update while dragged), which is right but not "one draw per change".
    page.mouse.move(x, y, steps=1)
    page.mouse.up()


def _mouse_moves(control) -> list[tuple[str, object]]:
    """The mouse moves that take ``control`` through its range: each slider handle dragged
    to both ends of its track, each toggle button clicked (the one first pressed last), a
    drop-down's last option chosen and then its first choice again, so the controls after
    it are moved from the app's own settings. (description, action) pairs, done in turn."""
    page = control.page
    classes = control.get_attribute("class") or ""
    labels = control.locator(".widget-label")
    label = labels.first.text_content().strip() if labels.count() else "?"
    if "widget-slider" in classes:
        track = control.locator(".noUi-target").first.bounding_box()
        left, right = track["x"] - 20, track["x"] + track["width"] + 20
        handles = control.locator(".noUi-handle")
        if handles.count() == 2:  # a range: lower handle to the left end, upper to the right
            return [
                (
                    f"slider {label!r}: lower handle dragged to the left end",
                    lambda: _drag(page, handles.nth(0), left),
                ),
                (
                    f"slider {label!r}: upper handle dragged to the right end",
                    lambda: _drag(page, handles.nth(1), right),
                ),
            ]
        handle = handles.first
        return [
            (f"slider {label!r}: dragged to the left end", lambda: _drag(page, handle, left)),
            (f"slider {label!r}: dragged to the right end", lambda: _drag(page, handle, right)),
        ]
    if "widget-dropdown" in classes:
        select = control.locator("select")
        count, first = select.evaluate("s => [s.options.length, s.selectedIndex]")
        return [
            (
                f"dropdown {label!r}: clicked, last option chosen",
                lambda: (select.click(), select.select_option(index=count - 1)),
            ),
            (
                f"dropdown {label!r}: clicked, option {first} chosen again",
                lambda: (select.click(), select.select_option(index=first)),
            ),
        ]
    buttons = control.locator("button")
    active = [
        i
        for i in range(buttons.count())
        if "mod-active" in (buttons.nth(i).get_attribute("class") or "")
    ]
    order = [i for i in range(buttons.count()) if i not in active] + active  # back at the end
    return [
        (f"toggle {label!r}: clicked {buttons.nth(i).inner_text()!r}", buttons.nth(i).click)
        for i in order
    ]


def _settled(page, app) -> bool:
    """Whether the app's chart stopped changing (QUIET_MS without a change) in time."""
    try:
        page.wait_for_function(
            browser_bench.JS_SETTLED,
            arg=[app.element_handle(), QUIET_MS],
            timeout=bs.REDRAW_S * 1000,
        )
    except PlaywrightError:
        return False
    return True


def _undo_keyboard_move(page, app) -> None:
    """Put the control the keyboard last moved back where it was (its other arrow key, its
    first option, its first button), so the next control is moved from the app's own
    settings: a filter left on could leave it nothing to show. Waits for the redraw."""
    undo = app.evaluate(
        "(app) => { const u = app.__glfUndo ?? null; app.__glfUndo = null; return u; }"
    )
    if undo is None:
        return
    control = app.locator(servers.CONTROLS).nth(undo["control"])
    app.evaluate(browser_bench.JS_ARM)
    if "key" in undo:
        handle = control.locator(".noUi-handle").first
        handle.focus()
        handle.press(undo["key"])
    elif "option" in undo:
        control.locator("select").select_option(index=undo["option"])
    else:
        button = control.locator("button").nth(undo["button"])
        button.focus()
        button.press("Space")
    _settled(page, app)  # if not, the moves that follow check their own redraws


def _move_every_control_with_the_mouse(page, app, name: str, problems: list[str]) -> int:
    """Each of the app's controls moved end to end with the mouse. Every control must redraw
    the chart at least once, and every redraw is a single draw. (A move may leave the
    chart as it was, e.g. re-sorting a filtered list of one estimate: not a fault.)
    Returns how many moves redrew."""
    redrawn = 0
    controls = app.locator(servers.CONTROLS)
    for c in range(controls.count()):
        control = controls.nth(c)
        control.scroll_into_view_if_needed()
        changed, drew = [], 0
        for what, act in _mouse_moves(control):
            state = control.evaluate(JS_CONTROL_STATE)
            before = app.evaluate(JS_APP_VIEW)
            app.evaluate(browser_bench.JS_ARM)
            act()
            try:
                page.wait_for_function(
                    f"([c, s]) => ({JS_CONTROL_STATE})(c) !== s",
                    arg=[control.element_handle(), state],
                    timeout=400,
                )
            except PlaywrightError:
                continue  # already there (a slider at its end, the active button): no change
            changed.append(what)
            try:
                page.wait_for_function(
                    f"([el, before]) => ({JS_APP_VIEW})(el) !== before",
                    arg=[app.element_handle(), before],
                    timeout=MOUSE_REDRAW_MS,
                )
            except PlaywrightError:
                continue
            if app.evaluate(servers.JS_APP_CHART) == before.split(CAPTION_SEP)[0]:
                drew += 1  # the same marks, a new caption
                continue
            if not _settled(page, app):
                continue
            draws = app.evaluate(browser_bench.JS_DRAWS)
            if draws != 1:
                problems.append(f"{name}: the chart was drawn {draws} times after {what}")
            drew += 1
        if changed and not drew:
            problems.append(f"{name}: the chart was never redrawn after {changed}")
        redrawn += drew
    return redrawn


# How long a mouse move may take to redraw its chart before the move counts as one that left
# the chart as it was (the keyboard move before it is held to bs.REDRAW_S).
MOUSE_REDRAW_MS = 2500


# A control's state as the learner sees it: slider readouts and handle values, the chosen
# option, the pressed button.
JS_CONTROL_STATE = """(c) => [
  ...[...c.querySelectorAll('.widget-readout')].map(r => r.innerText),
  ...[...c.querySelectorAll('.noUi-handle')].map(h => h.getAttribute('aria-valuenow')),
  ...[...c.querySelectorAll('select')].map(s => s.selectedIndex),
  ...[...c.querySelectorAll('button.mod-active')].map(b => b.innerText)].join('|')"""


# How wide an app's chart is drawn (a chart sized to its "container" is 0 px in JupyterLab).
JS_CHART_WIDTH = """(app) => Math.max(0, ...[...app.querySelectorAll(
  '.vega-embed svg, .vega-embed canvas')].map(e => e.getBoundingClientRect().width))"""


def _overlapping_answers(page) -> list[str]:
    """Answers of a check-yourself question drawn over one another (a long one wrapped).

    A label keeps its own box's height when its text wraps, so the text's extent is read
    (a DOM range over the label), not the box's."""
    return page.evaluate(
        """() => [...document.querySelectorAll('.glf-quiz .widget-radio-box')].flatMap(box => {
      const labels = [...box.querySelectorAll('label')];
      const text = labels.map(l => { const r = document.createRange();
        r.selectNodeContents(l); return r.getBoundingClientRect(); });
      const boxes = labels.map(l => l.getBoundingClientRect());
      return labels.slice(1).flatMap((l, i) => text[i].bottom > boxes[i + 1].top + 1
        ? [labels[i].innerText.slice(0, 60)] : []);
    })"""
    )


def _answer_a_quiz_from_the_keyboard(page, problems: list[str]) -> str | None:
    """The first check-yourself question: an option chosen with the keyboard, Check pressed
    with Enter, and an explained verdict shown."""
    quiz = page.locator(".glf-quiz").first
    if quiz.count() == 0:
        return None
    quiz.scroll_into_view_if_needed()
    options = quiz.locator("input[type=radio]")
    options.first.focus()
    options.first.press("Space")
    # as the question says: Tab on past the other answers to Check, then Enter
    button = quiz.locator("button").first
    for _ in range(options.count() + 1):
        if button.evaluate("(b) => b === document.activeElement"):
            break
        page.keyboard.press("Tab")
    else:
        problems.append("Tab from a quiz's answers never reached its Check button")
        return None
    page.keyboard.press("Enter")
    verdict = quiz.locator(".widget-htmlmath").last
    try:
        page.wait_for_function(
            "(el) => /✅|❌/.test(el.innerText)",
            arg=verdict.element_handle(),
            timeout=bs.REDRAW_S * 1000,
        )
    except PlaywrightError:
        problems.append(
            f"a quiz answered from the keyboard showed no verdict: {quiz.inner_text()!r}"
        )
        return None
    return verdict.inner_text()


# What an app shows: its chart's markup and its caption. A move may change only the caption
# (a setting that leaves every mark where it was); that is a redraw too.
CAPTION_SEP = "\n--caption--\n"
JS_APP_VIEW = f"""(app) => ({servers.JS_APP_CHART})(app) + {CAPTION_SEP!r} +
  [...app.querySelectorAll('.glf-caption')].map(c => c.innerText).join(' ')"""
# A chart unchanged this long after a move is the one the move drew (make bench uses
# browser_bench.QUIET_MS, 300 ms; a second draw, if any, comes within a few frames).
QUIET_MS = 150


def _keyboard_move(page, app, name: str, index: int, lab: bool, problems: list[str]) -> str | None:
    """Move control ``index`` from the keyboard and check the chart is drawn anew, once.
    Returns what was done, or None (with the problem listed) when it failed."""
    before = app.evaluate(JS_APP_VIEW)
    app.evaluate(browser_bench.JS_ARM)
    try:
        what = _move_one_control(app, lab=lab, index=index)
    except AssertionError as exc:
        problems.append(f"{name}: {exc}")
        return None
    try:
        page.wait_for_function(
            f"([el, before]) => ({JS_APP_VIEW})(el) !== before",
            arg=[app.element_handle(), before],
            timeout=bs.REDRAW_S * 1000,
        )
    except PlaywrightError:
        texts = [t for t in app.locator(".widget-html").all_inner_texts() if t.strip()]
        problems.append(
            f"{name}: chart not redrawn within {bs.REDRAW_S} s after {what}; "
            f"the app's text: {texts}"
        )
        return None
    if app.evaluate(servers.JS_APP_CHART) == before.split(CAPTION_SEP)[0]:
        return f"{what} (same marks; the caption changed)"  # e.g. 140 teams at 30 or 35
    # One draw per change: the new chart is put on the page once, not drawn, removed and
    # drawn again (a blink; helpers/core/render.py).
    if not _settled(page, app):
        problems.append(f"{name}: the chart did not settle after {what}")
        return None
    draws = app.evaluate(browser_bench.JS_DRAWS)
    if draws != 1:
        problems.append(f"{name}: the new chart was drawn {draws} times after {what}")
    return what


def _check_outputs_charts_and_apps(
    page,
    problems: list[str],
    timer: Timer,
    *,
    lab: bool,
    dom_errors: bool = True,
    mouse: bool = True,
) -> list[str]:
    """After the notebook ran: error outputs, drawn charts, and one keyboard move per app
    (in JupyterLab then every control with the mouse, unless ``mouse`` is False)."""
    if dom_errors:
        problems += [f"an error output is shown: {t}" for t in page.evaluate(bs.JS_ERROR_DOM)]
    try:
        page.wait_for_function(
            f"() => {{ const c = ({servers.JS_CHARTS})(); return c.length > 0 && c.every(Boolean); }}",
            timeout=bs.CHARTS_S * 1000,
        )
    except PlaywrightError:
        charts = page.evaluate(servers.JS_CHARTS)
        if not charts:
            problems.append("no chart area (.vega-embed) on the page")
        else:
            empty = [i for i, drawn in enumerate(charts) if not drawn]
            problems.append(f"chart areas {empty} of {len(charts)} hold no svg/canvas")
    timer.step("charts drawn")

    apps = page.locator(".jp-Notebook .glf-app")
    moves = []
    for i in range(apps.count()):
        app = apps.nth(i)
        app.scroll_into_view_if_needed()
        title = app.locator("h4").first.text_content().strip() if app.locator("h4").count() else ""
        name = f"app {i} {title!r}"
        before = app.evaluate(servers.JS_APP_CHART)
        if not before:
            problems.append(f"{name} shows no chart before any control moved")
            continue
        width = app.evaluate(JS_CHART_WIDTH)
        if width < 200:
            problems.append(f"{name}'s chart is drawn {width:.0f} px wide")
        narrow = app.evaluate(JS_NARROW_TRACKS, ui.MIN_TRACK_PX)
        problems += [f"{name}: slider {label!r} has a {w:.0f} px track" for label, w in narrow]
        app.evaluate(browser_bench.JS_WATCH)
        # JupyterLab: the first control from the keyboard, then every control with the
        # mouse; Voila (no mouse moves, the same widgets): every control from the keyboard.
        count = 1 if lab else app.locator(servers.CONTROLS).count()
        for index in range(count):
            what = _keyboard_move(page, app, name, index, lab, problems)
            if what is None:
                break
            moves.append(f"{name}: {what}")
            _undo_keyboard_move(page, app)
        else:
            if lab and mouse:
                redrawn = _move_every_control_with_the_mouse(page, app, name, problems)
                if not redrawn:
                    problems.append(f"{name}: no mouse move of any control redrew the chart")
                moves.append(f"{name}: {redrawn} mouse moves redrew it")
    timer.step(f"{apps.count()} apps moved")
    problems += [f"a quiz answer overlaps the next: {a!r}" for a in _overlapping_answers(page)]
    verdict = _answer_a_quiz_from_the_keyboard(page, problems)
    if verdict:
        moves.append(f"quiz answered from the keyboard: {verdict[:60]!r}")

    # Names for screen readers, once the redraws have settled: a caption and its chart's
    # name come in separate messages, so wait until they agree.
    try:
        page.wait_for_function(f"() => ({bs.JS_NAMES})().length === 0", timeout=bs.REDRAW_S * 1000)
    except PlaywrightError:
        problems += page.evaluate(bs.JS_NAMES)
    timer.step("names checked")
    return moves


def _audit_accessibility(page, notes: dict, problems: list[str], timer: Timer) -> list[str]:
    """Run axe-core on the page as it is now; add its failures to ``problems`` and return
    the report to print (accepted and lesser violations, the time it took)."""
    missing = bs.missing_axe()
    if missing:
        if os.environ.get("CI"):
            problems.append(f"the accessibility audit cannot run: {missing}")
        return [f"accessibility audit left out: {missing}"]
    page.add_script_tag(path=str(bs.AXE_JS))
    result = page.evaluate(bs.JS_AXE_RUN, [list(bs.AXE_TAGS), bs.COURSE_CONTENT])
    notes["axe"] = result
    failures, allowed, lesser = bs.sort_violations(result["violations"])
    problems += [f"accessibility: {f}" for f in failures]
    timer.step("accessibility audit")
    report = [
        f"axe-core {bs.axe_version()} ({', '.join(bs.AXE_TAGS)}): {len(failures)} failing "
        f"rule(s), {sum(map(len, allowed.values()))} accepted element(s), "
        f"{len(lesser)} below serious"
    ]
    for pattern, elements in allowed.items():
        course = [e for e in elements if e.startswith("[course]")]
        report.append(
            f"  accepted {pattern!r} x{len(elements)}: {bs.A11Y_ALLOWED[pattern]}"
            + "".join(f"\n      {e}" for e in course)
        )
    report += [f"  below serious: {line}" for line in lesser]
    return report


def _check_solutions_hidden(page, lesson, problems: list[str]) -> None:
    """The course's Voila template renders presentation mode: the cells
    helpers.core.presentation keeps, never a solution, an exercise or "run" text."""
    expected = bs.cells_shown_in_voila(lesson)
    shown = page.locator("#rendered_cells [cell-index]").count()
    if shown != expected:
        problems.append(
            f"Voila shows {shown} cells; presentation mode keeps {expected} "
            "(config/voila/templates/glf/conf.json, helpers/core/presentation.py)"
        )
    text = page.locator("#rendered_cells").inner_text()
    for absent in ("Exercise 1", "Check yourself", "Not attempted yet", "Shift+Enter"):
        if absent in text:
            problems.append(f"presentation mode shows {absent!r}")


# --- The tests.


# The text of every chart label that is a number written the English way (0.5, 1,919.5):
# in a Kazakh lesson Vega's number locale writes 0,5 and 1 919,5 (thousands alone, 6,248,
# are a Kazakh decimal too, so they cannot tell).
JS_ENGLISH_NUMBERS = r"""() => [...document.querySelectorAll('.vega-embed svg text')]
  .map(t => t.textContent.trim())
  .filter(x => /^[−-]?\d{1,3}(,\d{3})*\.\d+\s*%?$/.test(x))"""


def _lesson_in_jupyterlab(
    path: str, browser, lab, request, *, mouse: bool = True, audit: bool = True
) -> None:
    """Open ``path`` (relative to the lessons folder), Run All from the menus, check outputs
    and charts, move every app (with the mouse too, unless ``mouse`` is False), audit (unless
    ``audit`` is False)."""
    _require(browser)
    timer = Timer()
    with watched_page(browser, lab, request, allowed={}) as (page, notes, problems):
        page.goto(f"{lab.url}/lab/tree/{path}?reset", wait_until="domcontentloaded")
        try:
            page.wait_for_function(
                servers.JS_KERNEL_READY, arg=path, timeout=bs.KERNEL_READY_S * 1000
            )
        except PlaywrightError as exc:
            raise AssertionError(
                f"the notebook's kernel was not connected and idle within {bs.KERNEL_READY_S} s"
            ) from exc
        timer.step("open + kernel ready")

        page.locator(".lm-MenuBar-item", has_text=re.compile(r"^Run$")).click()
        page.locator(".lm-Menu-content .lm-Menu-item").filter(
            has=page.locator(".lm-Menu-itemLabel", has_text=re.compile(r"^Run All Cells$"))
        ).click()
        try:
            page.wait_for_function(servers.JS_RUN_FINISHED, timeout=bs.RUN_ALL_S * 1000)
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
        problems += [f"cell {e['cell']} shows an error ({e['kind']}): {e['text']}" for e in errors]
        # Errors found in the model are not listed again from the page.
        moves = _check_outputs_charts_and_apps(
            page, problems, timer, lab=True, dom_errors=not errors, mouse=mouse
        )

        if page.evaluate(bs.JS_LOG_COUNT):
            text = page.evaluate(bs.JS_LOG_TEXT)
            problems.append(
                "JupyterLab's log console holds messages (e.g. an exception in a widget "
                f"callback):\n{text[-2500:]}"
            )
        if not mouse:  # a translated lesson: Vega writes its numbers the language's way
            english = page.evaluate(JS_ENGLISH_NUMBERS)
            if english:
                problems.append(f"chart labels written the English way: {english[:8]}")
        report = _audit_accessibility(page, notes, problems, timer) if audit else []
        print(f"{path} in JupyterLab: {timer}")
        print("  " + "\n  ".join(moves + report))


class TestJupyterLab:
    """Every third lesson in JupyterLab, from the first (TestJupyterLabToo and
    TestJupyterLabThree have the rest). Classes are `--dist loadscope`'s units, so the
    lessons' browser runs, the longest tests of the suite, are spread over the workers."""

    @pytest.mark.parametrize("lesson", LESSONS[::3], ids=LESSON_IDS[::3])
    def test_lesson_in_jupyterlab(self, lesson, browser, lab, request):
        """Open, Run All from the menus, check outputs and charts, move every app."""
        _lesson_in_jupyterlab(lesson.name, browser, lab, request)


class TestJupyterLabToo(TestJupyterLab):
    """Every third lesson in JupyterLab, from the second (the same test)."""

    @pytest.mark.parametrize("lesson", LESSONS[1::3], ids=LESSON_IDS[1::3])
    def test_lesson_in_jupyterlab(self, lesson, browser, lab, request):
        super().test_lesson_in_jupyterlab(lesson, browser, lab, request)


class TestJupyterLabThree(TestJupyterLab):
    """Every third lesson in JupyterLab, from the third (the same test)."""

    @pytest.mark.parametrize("lesson", LESSONS[2::3], ids=LESSON_IDS[2::3])
    def test_lesson_in_jupyterlab(self, lesson, browser, lab, request):
        super().test_lesson_in_jupyterlab(lesson, browser, lab, request)


def _open_in_voila(page, server, lesson) -> None:
    """Open ``lesson`` from Voila's list of lessons, as ``make present`` does, and wait
    until the rendered notebook shows."""
    page.goto(f"{server.url}/", wait_until="load")
    link = page.locator(f'a[href*="/voila/render/{lesson.name}"]')
    if link.count() == 0:
        raise AssertionError(f"Voila's list of lessons has no link to {lesson.name}")
    # The list opens lessons in a new tab; the same tab keeps one page to watch.
    page.goto(
        f"{server.url}{link.first.get_attribute('href')}",
        wait_until="load",  # Voila runs the whole notebook while it streams the page
        timeout=bs.RUN_ALL_S * 1000,
    )
    try:
        page.wait_for_function(
            "() => { const c = document.getElementById('rendered_cells');"
            " return c && getComputedStyle(c).display !== 'none'; }",
            timeout=bs.RUN_ALL_S * 1000,
        )
    except PlaywrightError as exc:
        raise AssertionError("Voila never showed the rendered notebook") from exc


# A projector's 1280x720 screen with the browser zoomed to 150 %: 853x480 CSS pixels.
PROJECTOR = {"width": 853, "height": 480}


def _check_apps_fit_a_projector(page, problems: list[str]) -> list[str]:
    """At 1280x720 and 150 % zoom each app (its heading, controls, chart and caption) fits
    one screen, and every slider track is still at least ``ui.MIN_TRACK_PX`` wide."""
    page.set_viewport_size(PROJECTOR)
    page.wait_for_timeout(500)  # the grid and the charts' SVGs re-lay out
    sizes = []
    apps = page.locator(".glf-app")
    for i in range(apps.count()):
        box = apps.nth(i).bounding_box()
        sizes.append(f"{box['width']:.0f}x{box['height']:.0f}")
        if box["height"] > PROJECTOR["height"] or box["width"] > PROJECTOR["width"]:
            problems.append(
                f"app {i} is {box['width']:.0f}x{box['height']:.0f} px: it does not fit a "
                "1280x720 screen at 150 % zoom (853x480)"
            )
        narrow = apps.nth(i).evaluate(JS_NARROW_TRACKS, ui.MIN_TRACK_PX)
        problems += [
            f"app {i} at 150 %: slider {label!r} has a {w:.0f} px track" for label, w in narrow
        ]
    return [f"at 1280x720 and 150 %: apps {', '.join(sizes)} px"]


def _kernel_id(page) -> str:
    return page.evaluate(
        "() => JSON.parse(document.getElementById('jupyter-config-data').textContent).kernelId"
    )


def _lesson_in_voila(lesson, browser, voila, request) -> None:
    """Render as a Voila app (``make present``), check outputs and charts, move every app,
    then leave the page and check that its kernel was shut down."""
    _require(browser)
    timer = Timer()
    with watched_page(browser, voila, request, allowed=VOILA_ALLOWED) as (
        page,
        notes,
        problems,
    ):
        _open_in_voila(page, voila, lesson)
        timer.step("render")
        _check_solutions_hidden(page, lesson, problems)
        moves = _check_outputs_charts_and_apps(page, problems, timer, lab=False)
        audit = _audit_accessibility(page, notes, problems, timer)
        moves += _check_apps_fit_a_projector(page, problems)
        timer.step("fits 1280x720 at 150 %")

        # Back to the list: Voila's page asks the server to shut its kernel down as it goes.
        kernel = _kernel_id(page)
        log_start = voila.log_size()
        page.goto(f"{voila.url}/", wait_until="load")
        deadline = time.monotonic() + bs.REDRAW_S
        while f"Kernel shutdown: {kernel}" not in voila.log(log_start):
            if time.monotonic() > deadline:
                problems.append(
                    f"the lesson's kernel was still running {bs.REDRAW_S} s after its page "
                    f"was left; the server log:\n{voila.log(log_start)[-2000:]}"
                )
                break
            time.sleep(0.1)
        timer.step("left, kernel shut down")
        print(f"{lesson.name} in Voila: {timer}")
        print("  " + "\n  ".join(moves + audit))


class TestVoila:
    """Every other lesson in Voila, from the first (TestVoilaToo has the rest), and one inside
    JupyterLab's server. Two classes, so that ``--dist loadscope`` spreads them over both
    workers."""

    @pytest.mark.parametrize("lesson", LESSONS[::2], ids=LESSON_IDS[::2])
    def test_lesson_in_voila(self, lesson, browser, voila, request):
        """Render as a Voila app, check outputs and charts, move every app, leave."""
        _lesson_in_voila(lesson, browser, voila, request)

    @pytest.mark.parametrize("lesson", LESSONS[:1], ids=LESSON_IDS[:1])
    def test_lesson_in_voila_inside_jupyter_server(self, lesson, browser, lab, request):
        """Voila as a Jupyter server extension (Binder's ``?urlpath=voila/render/...``): the
        server reads config/jupyter_server_config.json, so the page uses the course template
        and fetches nothing from another host. The configuration is the same for every lesson,
        so one lesson is enough."""
        _require(browser)
        timer = Timer()
        with watched_page(browser, lab, request, allowed={}) as (page, notes, problems):
            page.goto(
                f"{lab.url}/voila/render/{lesson.name}",
                wait_until="load",
                timeout=bs.RUN_ALL_S * 1000,
            )
            page.wait_for_function(
                "() => { const c = document.getElementById('rendered_cells');"
                " return c && getComputedStyle(c).display !== 'none'; }",
                timeout=bs.RUN_ALL_S * 1000,
            )
            if "/voila/templates/glf/static/" not in page.content():
                problems.append("the page does not use the course's Voila template 'glf'")
            timer.step("render")
            _check_solutions_hidden(page, lesson, problems)
            moves = _check_outputs_charts_and_apps(page, problems, timer, lab=False)
            audit = _audit_accessibility(page, notes, problems, timer)
            print(f"{lesson.name} in Voila inside JupyterLab's server: {timer}")
            print("  " + "\n  ".join(moves + audit))


class TestVoilaToo:
    """The other half of the lessons in Voila (the same test)."""

    @pytest.mark.parametrize("lesson", LESSONS[1::2], ids=LESSON_IDS[1::2])
    def test_lesson_in_voila(self, lesson, browser, voila, request):
        """Render as a Voila app, check outputs and charts, move every app, leave."""
        _lesson_in_voila(lesson, browser, voila, request)


# The Kazakh lessons (lessons/kk/): the same code as the English ones (tested above). In
# JupyterLab each runs like an English lesson (Run All, errors, charts, the keyboard move of
# each app's first control, a question answered from the keyboard, names for screen readers,
# numbers written the Kazakh way) but for the mouse moves of every control, which drive the
# same widgets; in presentation mode one page opens each in turn and checks what their
# longer labels could break: every chart drawn, no error, every app fitting a projector, no
# slider track squeezed, the page's language, and the accessibility audit (once per lesson:
# the Kazakh content is the same in both front ends, and the English lessons audit both).
TRANSLATED = sorted((bs.LESSONS_DIR / "kk").glob("[0-9][0-9]_*.ipynb"))
TRANSLATED_IDS = [f"kk/{p.name}" for p in TRANSLATED]


class TestJupyterLabKazakh:
    """Every other Kazakh lesson in JupyterLab (TestJupyterLabKazakhToo has the rest)."""

    @pytest.mark.parametrize("lesson", TRANSLATED[::2], ids=TRANSLATED_IDS[::2])
    def test_kazakh_lesson_in_jupyterlab(self, lesson, browser, lab, request):
        _lesson_in_jupyterlab(f"kk/{lesson.name}", browser, lab, request, mouse=False, audit=False)


class TestJupyterLabKazakhToo:
    @pytest.mark.parametrize("lesson", TRANSLATED[1::2], ids=TRANSLATED_IDS[1::2])
    def test_kazakh_lesson_in_jupyterlab(self, lesson, browser, lab, request):
        _lesson_in_jupyterlab(f"kk/{lesson.name}", browser, lab, request, mouse=False, audit=False)


class TestVoilaKazakh:
    """Every other Kazakh lesson in presentation mode (TestVoilaKazakhToo has the rest)."""

    lessons = TRANSLATED[::2]

    def test_kazakh_lessons_in_presentation_mode(self, browser, voila, request):
        """Each Kazakh lesson rendered on a projector's screen: charts, fit, tracks, the
        accessibility audit, offline."""
        _require(browser)
        assert self.lessons, "no Kazakh lesson to open"
        with watched_page(browser, voila, request, allowed=VOILA_ALLOWED) as (
            page,
            notes,
            problems,
        ):
            # the list of lessons sets the cookie a page needs to shut its kernel down on leaving
            page.goto(f"{voila.url}/", wait_until="load")
            page.set_viewport_size(PROJECTOR)
            report = []
            for lesson in self.lessons:
                page.goto(
                    f"{voila.url}/voila/render/kk/{lesson.name}",
                    wait_until="load",
                    timeout=bs.RUN_ALL_S * 1000,
                )
                found: list[str] = []
                _check_charts_drawn(page, found)
                lang = page.evaluate("document.documentElement.lang")
                if lang != "kk":
                    found.append(f"the page says it is in {lang!r}, not 'kk'")
                _check_apps_fit_a_projector(page, found)
                audit = _audit_accessibility(page, notes, found, Timer())
                report.append(f"kk/{lesson.name}: {audit[0]}")
                problems += [f"kk/{lesson.name}: {p}" for p in found]
            print("\n".join(report))


class TestVoilaKazakhToo(TestVoilaKazakh):
    """The other half of the Kazakh lessons in presentation mode (the same test)."""

    lessons = TRANSLATED[1::2]


def _check_charts_drawn(page, problems: list[str]) -> None:
    """The rendered page shows no error output and draws every chart area it has."""
    page.wait_for_function(
        "() => { const c = document.getElementById('rendered_cells');"
        " return c && getComputedStyle(c).display !== 'none'; }",
        timeout=bs.RUN_ALL_S * 1000,
    )
    problems += [f"an error output is shown: {t}" for t in page.evaluate(bs.JS_ERROR_DOM)]
    try:
        page.wait_for_function(
            f"() => {{ const c = ({servers.JS_CHARTS})(); return c.length > 0 && c.every(Boolean); }}",
            timeout=bs.CHARTS_S * 1000,
        )
    except PlaywrightError:
        problems.append("a chart area holds no drawing")


def test_axe_core_is_installed():
    """The accessibility audit's engine is there (``make setup`` installs it with npm);
    without it the lesson tests leave the audit out, and this test says so."""
    missing = bs.missing_axe()
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"the accessibility audit cannot run: {missing}")
        pytest.skip(missing)
    assert (
        bs.axe_version()
        == json.loads(
            (bs.ROOT / "tests" / "browser" / "a11y" / "package.json").read_text(encoding="utf-8")
        )["dependencies"]["axe-core"]
    ), "node_modules holds another axe-core than the pinned one"


def test_only_this_machine_counts_as_local():
    """The offline check's notion of "local" (no browser needed)."""
    assert servers.is_local("http://127.0.0.1:8888/lab")
    assert servers.is_local("http://localhost:8866/voila/render/x.ipynb")
    assert servers.is_local("data:image/png;base64,AAAA")
    assert not servers.is_local("https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@5")
    assert not servers.is_local("https://cdnjs.cloudflare.com/ajax/libs/mathjax/3.2.2/es5/x.js")
