"""Browser benchmark: a key press on an app's control -> that app's chart changed, in JupyterLab.

For every lesson, in JupyterLab inside Debian's Chromium (headless, every request to another
host blocked): open the notebook, Run All, then for every app (``.glf-app``) press a key on
its first control ``presses`` times, as a learner would (a slider: ArrowRight and ArrowLeft
in turn; a dropdown: Alt+ArrowDown, an arrow, Enter; toggle buttons: Space on the next
button), and time each press in the page itself:

* ``t0``: ``performance.now()`` in capturing ``keydown`` and ``input`` listeners on the app,
  the last one before the new chart appeared. For a dropdown that is the ``input`` event of
  its ``<select>``: once Alt+ArrowDown has opened Chromium's list, the list takes the next
  keys itself and the page sees only the choice, about 35 ms after the first key;
* ``t1``: ``performance.now()`` in a ``MutationObserver`` on the app, at the first change
  after which the app's chart markup (its SVG) is the one it settles on (unchanged for
  ``QUIET_MS``): Vega first puts an empty ``<svg>`` in place and draws into it a little
  later, so the first change is not yet the new chart.

``t1 - t0`` covers the widget message to the kernel, the model and the chart in the kernel,
the ``Output`` update back, and Vega drawing the new SVG; not the paint that follows. The
time to the chart's last change ("settled") is recorded too: in most apps each new chart is
put on the page twice, removed in between. After each press the
benchmark waits for the kernel to be idle before the next one.

Run from the repository root: ``.venv/bin/python -m benchmarks.browser_bench`` (prints a
table); ``make bench`` runs it and writes the results into ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import servers

try:
    from playwright.sync_api import Error as PlaywrightError
except ImportError:  # run() reports it as the reason nothing was measured
    PlaywrightError = Exception

TARGET_MS = 150.0
SETTLED_TARGET_MS = 60.0  # per lesson: to the chart's last change (issue 9)
LESSONS_DIR = servers.ROOT / "lessons"
KERNEL_READY_S = 60
RUN_ALL_S = 90
CHARTS_S = 20
CHANGE_S = 10
QUIET_MS = 300  # a chart unchanged this long after a press is the one the press drew

# Watch one app: the times of its keydown and input events, and every change of its chart's
# markup after it is armed.
JS_WATCH = f"""(app) => {{
  if (app.__glfBench) return;
  const chart = {servers.JS_APP_CHART};
  const state = {{armed: false, before: '', inputs: [], changes: [], chart}};
  const input = () => state.inputs.push(performance.now());
  app.addEventListener('keydown', input, true);
  app.addEventListener('input', input, true);
  new MutationObserver(() => {{
    if (!state.armed) return;
    const now = performance.now();
    const markup = chart(app);
    const last = state.changes.length ? state.changes[state.changes.length - 1].markup : state.before;
    if (markup !== last) state.changes.push({{time: now, markup}});
  }}).observe(app, {{subtree: true, childList: true, attributes: true, characterData: true}});
  app.__glfBench = state;
}}"""

JS_ARM = """(app) => {
  const s = app.__glfBench;
  s.before = s.chart(app);
  s.inputs = [];
  s.changes = [];
  s.armed = true;
}"""

# The chart is drawn anew and has stayed the same for `quiet` ms. (Vega first puts an empty
# <svg> in place and draws into it a little later: the first change is not the new chart.)
JS_SETTLED = f"""([app, quiet]) => {{
  const s = app.__glfBench;
  if (!s.changes.length) return false;
  const last = s.changes[s.changes.length - 1];
  const drawn = ({servers.JS_DRAWN})(last.markup);
  return drawn && last.markup !== s.before && performance.now() - last.time > quiet;
}}"""

# Milliseconds from the last keydown or input event before the final chart first appeared,
# to that moment ("shown") and to the chart's last change ("settled"); and how many times the
# final chart was put on the page (in most apps twice per change, in Voila too).
JS_LATENCY = """(app) => {
  const s = app.__glfBench;
  s.armed = false;
  const final = s.changes[s.changes.length - 1].markup;
  const shown = s.changes.find(c => c.markup === final).time;
  const inputs = s.inputs.filter(t => t <= shown);
  if (!inputs.length) return null;
  const t0 = inputs[inputs.length - 1];
  return {
    shown: shown - t0,
    settled: s.changes[s.changes.length - 1].time - t0,
    draws: s.changes.filter(c => c.markup === final).length,
  };
}"""

# How many times the app's final chart was put on the page since it was armed (the browser
# tests assert 1: helpers/core/render.py says why it once was 2).
JS_DRAWS = """(app) => {
  const s = app.__glfBench;
  if (!s.changes.length) return 0;
  const final = s.changes[s.changes.length - 1].markup;
  return s.changes.filter(c => c.markup === final).length;
}"""

JS_KERNEL_IDLE = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const k = w && w.sessionContext.session && w.sessionContext.session.kernel;
  return Boolean(k && k.status === 'idle');
}"""


@dataclass
class AppResult:
    """The presses on one app's first control."""

    lesson: str
    index: int
    title: str
    control: str
    times_ms: list[float] = field(default_factory=list)  # key press -> new chart shown
    settled_ms: list[float] = field(default_factory=list)  # key press -> chart's last change
    draws: list[int] = field(default_factory=list)  # times the new chart was put on the page
    misses: int = 0  # presses after which the chart did not change within CHANGE_S

    @property
    def median_ms(self) -> float | None:
        return statistics.median(self.times_ms) if self.times_ms else None

    @property
    def p95_ms(self) -> float | None:
        return quantile(self.times_ms, 0.95) if self.times_ms else None


@dataclass
class BrowserResults:
    """Everything measured, or why nothing was."""

    apps: list[AppResult] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # lesson -> what went wrong
    blocked: list[str] = field(default_factory=list)  # requests to other hosts
    chromium: str = ""
    presses: int = 0
    skipped: str | None = None

    def lesson_rows(self) -> list[dict]:
        rows = []
        for lesson in dict.fromkeys(a.lesson for a in self.apps):
            apps = [a for a in self.apps if a.lesson == lesson]
            times = [t for a in apps for t in a.times_ms]
            settled = [t for a in apps for t in a.settled_ms]
            draws = [float(d) for a in apps for d in a.draws]
            rows.append(
                {
                    "lesson": lesson,
                    "apps": len(apps),
                    "presses": len(times),
                    "misses": sum(a.misses for a in apps),
                    "median_ms": statistics.median(times) if times else None,
                    "p95_ms": quantile(times, 0.95) if times else None,
                    "settled_ms": statistics.median(settled) if settled else None,
                    "draws": max(draws) if draws else None,
                }
            )
        return rows


def quantile(values: list[float], q: float) -> float:
    """The ``q`` quantile by nearest rank.

    Examples
    --------
    >>> quantile([5.0, 1.0, 3.0], 0.5), quantile([5.0, 1.0, 3.0], 1.0)
    (3.0, 5.0)
    """
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


class _Control:
    """The first control of an app, and how to move it from the keyboard, back and forth."""

    def __init__(self, app) -> None:
        self.locator = app.locator(servers.CONTROLS).first
        if self.locator.count() == 0:
            raise LookupError("app has no slider, dropdown or toggle buttons")
        classes = self.locator.get_attribute("class") or ""
        self.kind = next(
            k for k in ("slider", "dropdown", "toggle-buttons") if f"widget-{k}" in classes
        )
        labels = self.locator.locator(".widget-label")
        self.label = labels.first.text_content().strip() if labels.count() else "?"
        self.step = 1  # +1: right/down/next; flipped after every press where it alternates
        if self.kind == "slider":
            handle = self.locator.locator(".noUi-handle").first
            now, high = handle.get_attribute("aria-valuenow"), handle.get_attribute("aria-valuemax")
            if now is not None and high is not None and float(now) >= float(high):
                self.step = -1
        elif self.kind == "dropdown":
            index, count = self.locator.locator("select").evaluate(
                "s => [s.selectedIndex, s.options.length]"
            )
            if index >= count - 1:
                self.step = -1

    def describe(self) -> str:
        keys = {
            "slider": "ArrowRight/ArrowLeft",
            "dropdown": "Alt+ArrowDown, ArrowDown/ArrowUp, Enter",
            "toggle-buttons": "Space on the next button",
        }[self.kind]
        return f"{self.kind.replace('-', ' ')} {self.label!r} ({keys})"

    def press(self) -> None:
        if self.kind == "slider":
            handle = self.locator.locator(".noUi-handle").first
            handle.focus()
            handle.press("ArrowRight" if self.step > 0 else "ArrowLeft")
            self.step = -self.step
        elif self.kind == "dropdown":
            select = self.locator.locator("select")
            select.focus()
            # JupyterLab takes a plain arrow on a closed <select> (ipywidgets issue #3912).
            for key in ("Alt+ArrowDown", "ArrowDown" if self.step > 0 else "ArrowUp", "Enter"):
                select.press(key)
            self.step = -self.step
        else:
            buttons = self.locator.locator("button")
            count = buttons.count()
            active = [
                i
                for i in range(count)
                if "mod-active" in (buttons.nth(i).get_attribute("class") or "")
            ]
            target = ((active[0] if active else -1) + 1) % count
            buttons.nth(target).focus()
            buttons.nth(target).press("Space")


def _bench_app(page, app, lesson: str, index: int, presses: int) -> AppResult:
    app.scroll_into_view_if_needed()
    heading = app.locator("h4")
    title = heading.first.text_content().strip() if heading.count() else ""
    control = _Control(app)
    result = AppResult(lesson, index, title, control.describe())
    handle = app.element_handle()
    handle.evaluate(JS_WATCH)
    for _ in range(presses):
        page.wait_for_function(JS_KERNEL_IDLE, timeout=CHANGE_S * 1000)
        time.sleep(0.05)  # let late updates (caption, readout) land before arming
        handle.evaluate(JS_ARM)
        control.press()
        try:
            page.wait_for_function(JS_SETTLED, arg=[handle, QUIET_MS], timeout=CHANGE_S * 1000)
        except PlaywrightError:
            result.misses += 1
            continue
        latency = handle.evaluate(JS_LATENCY)
        if latency is None:
            result.misses += 1
        else:
            result.times_ms.append(latency["shown"])
            result.settled_ms.append(latency["settled"])
            result.draws.append(latency["draws"])
    return result


def _bench_lesson(browser, lab, lesson: Path, presses: int, results: BrowserResults) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 1000})
    context.set_default_timeout(30_000)
    servers.block_network(context, results.blocked)
    page = context.new_page()
    try:
        page.goto(f"{lab.url}/lab/tree/{lesson.name}?reset", wait_until="domcontentloaded")
        page.wait_for_function(
            servers.JS_KERNEL_READY, arg=lesson.name, timeout=KERNEL_READY_S * 1000
        )
        page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
        page.wait_for_function(servers.JS_RUN_FINISHED, timeout=RUN_ALL_S * 1000)
        page.wait_for_function(
            f"() => {{ const c = ({servers.JS_CHARTS})(); return c.length > 0 && c.every(Boolean); }}",
            timeout=CHARTS_S * 1000,
        )
        apps = page.locator(".jp-Notebook .glf-app")
        for i in range(apps.count()):
            try:
                results.apps.append(_bench_app(page, apps.nth(i), lesson.name, i, presses))
            except LookupError as exc:
                results.errors[f"{lesson.name} app {i}"] = str(exc)
    except PlaywrightError as exc:
        results.errors[lesson.name] = str(exc).splitlines()[0]
    finally:
        context.close()
        lab.shutdown_kernels()


def run(presses: int = 10, lessons: list[Path] | None = None) -> BrowserResults:
    """Measure every lesson (or ``lessons``); never raises for a missing browser."""
    results = BrowserResults(presses=presses)
    results.skipped = servers.missing_browser()
    if results.skipped:
        return results
    from playwright.sync_api import sync_playwright

    if lessons is None:
        lessons = sorted(LESSONS_DIR.glob("[0-9][0-9]_*.ipynb"))
    with servers.LabServer(LESSONS_DIR) as lab, sync_playwright() as p:
        browser = servers.launch_chromium(p)
        results.chromium = browser.version
        try:
            for lesson in lessons:
                _bench_lesson(browser, lab, lesson, presses, results)
        finally:
            browser.close()
    return results


def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def markdown(results: BrowserResults) -> list[str]:
    """The "Browser" section of RESULTS.md, as lines."""
    lines = ["## Browser: key press → chart changed", ""]
    if results.skipped:
        return [*lines, f"Not measured: {results.skipped}."]
    lines += [
        f"Targets: median ≤ {TARGET_MS:.0f} ms per lesson and per app; settled median ≤ "
        f"{SETTLED_TARGET_MS:.0f} ms per lesson; 1 draw per press. JupyterLab in Debian's "
        f"Chromium {results.chromium} (headless, every request to another host blocked); after "
        f"Run All, the first control of every app gets {results.presses} key presses (a slider "
        "ArrowRight and ArrowLeft in turn, a dropdown Alt+ArrowDown, an arrow and Enter, "
        "toggle buttons Space). Timed in the page (`benchmarks/browser_bench.py`), from the "
        "`keydown` (a dropdown: from the `input` event of the choice) to the moment the "
        "new chart's SVG is first in the page (a "
        "`MutationObserver`): the round trip to the kernel, the model and chart there, and "
        "Vega's drawing, not the paint. *Settled*: to the chart's last change.",
        "",
        "| lesson | apps | presses | median ms | p95 ms | settled, median ms "
        "| most draws per press | targets met |",
        "|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results.lesson_rows():
        ok = (
            r["median_ms"] is not None
            and r["median_ms"] <= TARGET_MS
            and r["settled_ms"] <= SETTLED_TARGET_MS
            and r["draws"] == 1
            and not r["misses"]
        )
        draws = "–" if r["draws"] is None else f"{r['draws']:g}"
        lines.append(
            f"| {r['lesson']} | {r['apps']} | {r['presses']} | {_ms(r['median_ms'])} | "
            f"{_ms(r['p95_ms'])} | {_ms(r['settled_ms'])} | {draws} | "
            f"{'yes' if ok else '**no**'} |"
        )
    lines += [
        "",
        "| lesson | app | control pressed | median ms | p95 ms | max ms | settled ms "
        "| draws per press | no change |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for a in results.apps:
        top = max(a.times_ms) if a.times_ms else None
        draws = _median([float(d) for d in a.draws])
        ok = a.median_ms is not None and a.median_ms <= TARGET_MS
        median = _ms(a.median_ms) if ok else f"**{_ms(a.median_ms)}**"
        lines.append(
            f"| {a.lesson} | {a.index} {a.title} | {a.control} | {median} | "
            f"{_ms(a.p95_ms)} | {_ms(top)} | {_ms(_median(a.settled_ms))} | "
            f"{'–' if draws is None else f'{draws:g}'} | {a.misses} |"
        )
    lines += [
        "",
        "*No change*: presses after which the chart did not change within "
        f"{CHANGE_S} s (not in the times). *Draws per press*: how often the new chart was put "
        "in the page: 1 is the target. It was 2 (drawn, removed and drawn again 20–30 ms later, "
        "a blink) until every bundle carried a PNG stand-in, which stops the Vega renderer "
        "writing a PNG back into the output (`helpers/core/render.py`).",
    ]
    if results.errors:
        lines += ["", "Not measured:", ""]
        lines += [f"- {where}: {what}" for where, what in results.errors.items()]
    lines += [
        "",
        f"Requests to other hosts: {len(results.blocked)}"
        + (" (blocked): " + ", ".join(sorted(set(results.blocked))) if results.blocked else "."),
    ]
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=10, help="key presses per app")
    parser.add_argument("lessons", nargs="*", help="lesson file names, e.g. 01_soviet_model.ipynb")
    args = parser.parse_args(argv)
    lessons = [LESSONS_DIR / name for name in args.lessons] or None
    print("\n".join(markdown(run(args.presses, lessons))))


if __name__ == "__main__":
    main()
