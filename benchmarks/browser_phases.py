"""Where a key press's time goes in the browser: kernel round trip, Vega-Lite compile, Vega.

A diagnostic beside ``browser_bench`` (nothing here is a test, and ``make bench`` does not run
it). It opens lessons in JupyterLab exactly as ``browser_bench`` does, presses each app's first
control, and marks in the page (``performance.now()``) the steps of every press:

* ``key``: the ``keydown`` (or a dropdown's ``input``) on the app;
* ``sent``: the widget's ``comm_msg`` to the kernel (the kernel connection's ``anyMessage``);
* ``back``: the kernel's ``comm_msg`` carrying the ``Output``'s new ``outputs``;
* ``embed``: JupyterLab's Vega renderer starts ``renderModel`` (its factory is wrapped);
* ``compiled``: vega-embed's ``patch`` hook, called with the Vega spec just compiled from
  Vega-Lite (for a Vega bundle: at once);
* ``parsed``: the constructor of the ``View`` (a subclass passed as vega-embed's
  ``viewClass``): ``vega.parse`` is done;
* ``built``: the ``View`` has built its dataflow; ``run``: ``runAsync`` starts;
* ``svg`` / ``svg_end``: the SVG renderer's ``_render`` (the marks are drawn into the page);
* ``settled``: ``browser_bench``'s settled time (the chart's last change).

The kernel's messages also carry their own send time (``header.date``, whole ms), which
splits the round trip into the way to the kernel, the time in it, and the way back.
``--subshells disabled`` sets JupyterLab's ``commsOverSubshells`` for the run.

The first press on each app is not counted: it finds the ``View`` class to subclass.
Run from the repository root::

    PYTHONPATH=. .venv/bin/python -m benchmarks.browser_phases --presses 11 04_crisis.ipynb
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from benchmarks import browser_bench, servers

VEGA_LITE = "application/vnd.vegalite.v5+json"
VEGA = "application/vnd.vega.v5+json"
DUMP = False
SUBSHELLS = None  # JupyterLab's commsOverSubshells for the run, if given

# Wrap the notebook's Vega renderers and its kernel connection; marks go to window.__glfMarks.
JS_INSTRUMENT = f"""() => {{
  if (window.__glfMarks) return;
  const marks = window.__glfMarks = [];
  const mark = (what, extra) => marks.push({{what, t: performance.now(), ...(extra || {{}})}});
  const nb = window.jupyterapp.shell.currentWidget;
  const kernel = nb.sessionContext.session.kernel;
  kernel.anyMessage.connect((_, {{msg, direction}}) => {{
    const date = Date.parse(msg.header.date) - performance.timeOrigin;
    if (direction === 'recv' && msg.header.msg_type === 'status') {{
      mark(msg.content.execution_state === 'busy' ? 'busy' : 'idle', {{date}});
    }}
    if (msg.header.msg_type !== 'comm_msg') return;
    const data = msg.content.data || {{}};
    const state = Object.keys(data.state || {{}});
    if (direction === 'send') mark('sent');
    else if (state.includes('outputs')) mark('back', {{date}});
    else mark('comm_in', {{date, state}});
  }});
  const wrapView = (View) => class TimedView extends View {{
    constructor(runtime, options) {{ mark('parsed'); super(runtime, options); mark('built'); }}
    async runAsync(...args) {{
      const renderer = this._renderer;
      if (renderer) {{
        const proto = Object.getPrototypeOf(renderer);
        if (!proto.__glfTimed) {{
          const draw = proto._render;
          proto._render = function (...a) {{
            mark('svg'); const out = draw.apply(this, a); mark('svg_end'); return out;
          }};
          proto.__glfTimed = true;
        }}
      }}
      mark('run');
      const out = await super.runAsync(...args);
      mark('run_end');
      return out;
    }}
  }};
  for (const mime of ['{VEGA_LITE}', '{VEGA}']) {{
    const factory = nb.content.rendermime.getFactory(mime);
    if (!factory || factory.__glfTimed) continue;
    const create = factory.createRenderer;
    factory.createRenderer = (options) => {{
      const renderer = create(options);
      const render = renderer.renderModel.bind(renderer);
      renderer.renderModel = async (model) => {{
        mark('embed', {{mime: renderer._mimeType}});
        let timed = model;
        if (window.__glfView) {{
          const meta = model.metadata[renderer._mimeType] || {{}};
          const embed = {{...(meta.embed_options || {{}}),
            patch: (spec) => {{ mark('compiled'); return spec; }},
            viewClass: window.__glfView}};
          timed = Object.create(model, {{metadata: {{value:
            {{...model.metadata, [renderer._mimeType]: {{...meta, embed_options: embed}}}}}}}});
        }}
        const out = await render(timed);
        if (!window.__glfView && renderer._result) {{
          window.__glfView = wrapView(renderer._result.view.constructor);
        }}
        mark('embed_end');
        return out;
      }};
      return renderer;
    }};
    factory.__glfTimed = true;
  }}
}}"""

PHASES = (
    ("key → sent", "key", "sent"),
    ("kernel round trip", "sent", "back"),
    ("widgets → renderer", "back", "embed"),
    ("VL → Vega compile", "embed", "compiled"),
    ("vega.parse", "compiled", "parsed"),
    ("dataflow built", "parsed", "built"),
    ("initialize", "built", "run"),
    ("dataflow run", "run", "svg"),
    ("SVG render", "svg", "svg_end"),
    ("after render", "svg_end", "settled"),
)


def _phases(marks: list[dict], key: float, settled: float) -> dict[str, float] | None:
    """The steps of one press, in ms, from the marks after its key press."""
    points = {"key": key, "settled": key + settled}
    for m in marks:
        if m["t"] >= key and m["what"] not in points:
            points[m["what"]] = m["t"]
    if any(p not in points for _, a, b in PHASES for p in (a, b)):
        return None
    split = {name: points[b] - points[a] for name, a, b in PHASES}
    # The kernel round trip, by the kernel's own clock (message dates, whole ms): to the
    # kernel (its busy status), in the kernel (busy -> the outputs message), and back.
    dates: dict[str, float] = {}
    for m in marks:
        if m["t"] >= key and "date" in m:
            dates.setdefault(m["what"], m["date"])
    if "busy" in dates and "back" in dates:
        split["to kernel"] = dates["busy"] - points["sent"]
        split["in kernel"] = dates["back"] - dates["busy"]
        split["from kernel"] = points["back"] - dates["back"]
    return split


def _press_app(page, app, presses: int) -> tuple[str, list[dict], list[float]]:
    app.scroll_into_view_if_needed()
    heading = app.locator("h4")
    title = heading.first.text_content().strip() if heading.count() else ""
    control = browser_bench._Control(app)
    handle = app.element_handle()
    handle.evaluate(browser_bench.JS_WATCH)
    rows, settled_all = [], []
    for i in range(presses):
        page.wait_for_function(browser_bench.JS_KERNEL_IDLE, timeout=10_000)
        time.sleep(0.05)
        page.evaluate("() => { window.__glfMarks.length = 0; }")
        handle.evaluate(browser_bench.JS_ARM)
        control.press()
        page.wait_for_function(browser_bench.JS_SETTLED, arg=[handle, browser_bench.QUIET_MS])
        latency = handle.evaluate(browser_bench.JS_LATENCY)
        key = handle.evaluate(
            "(app) => { const s = app.__glfBench; const shown = s.changes.find("
            "c => c.markup === s.changes[s.changes.length - 1].markup).time;"
            "return s.inputs.filter(t => t <= shown).pop(); }"
        )
        marks = page.evaluate("() => window.__glfMarks")
        if i == 0 or latency is None:
            continue  # the first press finds the View class
        split = _phases(marks, key, latency["settled"])
        if i == 1 and DUMP:  # every mark of one press, ms after the key (and by the kernel's clock)
            print(title)
            for m in marks:
                kernel = f"{m['date'] - key:8.1f}" if "date" in m else ""
                print(f"  {m['what']:10s} {m['t'] - key:8.1f} {kernel}", m.get("state", ""))
        if split is not None:
            rows.append(split)
            settled_all.append(latency["settled"])
    return title, rows, settled_all


def run(lessons: list[Path], presses: int) -> list[tuple[str, str, list[dict], list[float]]]:
    from playwright.sync_api import sync_playwright

    out = []
    with servers.LabServer(browser_bench.LESSONS_DIR) as lab, sync_playwright() as p:
        browser = servers.launch_chromium(p)
        try:
            for lesson in lessons:
                context = browser.new_context(viewport={"width": 1280, "height": 1000})
                context.set_default_timeout(30_000)
                servers.block_network(context, [])
                page = context.new_page()
                page.goto(f"{lab.url}/lab/tree/{lesson.name}?reset")
                page.wait_for_function(servers.JS_KERNEL_READY, arg=lesson.name, timeout=60_000)
                if SUBSHELLS:
                    page.evaluate(
                        "(v) => { window.jupyterapp.serviceManager.kernels.commsOverSubshells = v; }",
                        SUBSHELLS,
                    )
                page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
                page.wait_for_function(servers.JS_RUN_FINISHED, timeout=90_000)
                page.evaluate(JS_INSTRUMENT)
                apps = page.locator(".jp-Notebook .glf-app")
                for i in range(apps.count()):
                    title, rows, settled = _press_app(page, apps.nth(i), presses)
                    out.append((lesson.name, f"{i} {title[:40]}", rows, settled))
                context.close()
                lab.shutdown_kernels()
        finally:
            browser.close()
    return out


def markdown(results) -> list[str]:
    names = [name for name, _, _ in PHASES] + ["to kernel", "in kernel", "from kernel"]
    lines = [
        "| lesson | app | presses | " + " | ".join(names) + " | settled |",
        "|---|---|---:|" + "---:|" * (len(names) + 1),
    ]
    for lesson, app, rows, settled in results:
        if not rows:
            lines.append(f"| {lesson} | {app} | 0 |" + " – |" * (len(names) + 1))
            continue
        cells = [
            f"{statistics.median(r[n] for r in rows if n in r):.1f}"
            if any(n in r for r in rows)
            else "–"
            for n in names
        ]
        lines.append(
            f"| {lesson} | {app} | {len(rows)} | "
            + " | ".join(cells)
            + f" | {statistics.median(settled):.0f} |"
        )
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=11, help="presses per app (first dropped)")
    parser.add_argument("lessons", nargs="*", help="lesson file names, e.g. 04_crisis.ipynb")
    parser.add_argument("--subshells", help="commsOverSubshells: disabled, perComm, ...")
    parser.add_argument("--dump", action="store_true", help="print every mark of one press")
    args = parser.parse_args(argv)
    global DUMP, SUBSHELLS
    DUMP, SUBSHELLS = args.dump, args.subshells
    lessons = [browser_bench.LESSONS_DIR / n for n in args.lessons] or sorted(
        browser_bench.LESSONS_DIR.glob("[0-9][0-9]_*.ipynb")
    )
    print("\n".join(markdown(run(lessons, args.presses))))


if __name__ == "__main__":
    main()
