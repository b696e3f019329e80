"""Course benchmark: `make bench` writes benchmarks/RESULTS.md.

Measures, on this machine:
- kernel side: control change -> redrawn chart, per control of every app (median, p95);
- cold `import helpers` + first chart, in a fresh interpreter;
- each lesson's Run All in a real kernel (kernel start excluded and included), and the
  kernel's resident memory afterwards;
- in a real browser (benchmarks/browser_bench.py; skip with --no-browser): key press on an
  app's control -> that app's chart changed, per lesson and per app.

Shared machines are noisy: figures are medians over repeats, and nothing here is a test.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from helpers.core.progress import ENV as PROGRESS_ENV

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
TARGETS = {
    "redraw_ms": 30.0,
    "fastest_redraw_ms": 10.0,
    "cold_s": 2.0,
    "run_all_s": 5.0,
    "rss_mb": 180.0,
}


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def bench_controls(repeats: int) -> list[dict]:
    """Time a control change -> redraw for every control of every app."""
    from helpers.core.discovery import all_app_factories, sweep_values

    rows = []
    for name, factory in all_app_factories():
        app = factory()
        for key, control in app.controls.items():
            values = [v for v in sweep_values(control) if v != control.value][:2] + [control.value]
            times = []
            for i in range(repeats):
                value = values[i % len(values)]
                if value == control.value:
                    value = values[(i + 1) % len(values)]
                start = time.perf_counter()
                control.value = value
                times.append((time.perf_counter() - start) * 1000)
            rows.append(
                {
                    "app": name,
                    "control": key,
                    "median_ms": statistics.median(times),
                    "p95_ms": _quantile(times, 0.95),
                }
            )
    return rows


COLD = """
import time
t0 = time.perf_counter()
from helpers.core.discovery import all_app_factories

app = all_app_factories()[0][1]()
app.chart.to_dict(validate=False)
print(time.perf_counter() - t0)
"""


def bench_cold(repeats: int) -> tuple[float, float]:
    """Median seconds for import + first chart, and for the whole interpreter run."""
    inner, outer = [], []
    for _ in range(repeats):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", COLD], capture_output=True, text=True, check=True
        )
        outer.append(time.perf_counter() - start)
        inner.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(inner), statistics.median(outer)


def bench_lessons(repeats: int) -> list[dict]:
    import nbformat
    import psutil
    from nbclient import NotebookClient

    rows = []
    for path in sorted((ROOT / "lessons").glob("[0-9][0-9]_*.ipynb")):
        runs, totals, rss = [], [], []
        for _ in range(repeats):
            nb = nbformat.read(path, as_version=4)
            client = NotebookClient(
                nb,
                timeout=120,
                kernel_name="python3",
                resources={"metadata": {"path": str(path.parent)}},
            )
            t0 = time.perf_counter()
            with client.setup_kernel():
                t1 = time.perf_counter()
                for index, cell in enumerate(nb.cells):
                    client.execute_cell(cell, index)
                t2 = time.perf_counter()
                pid = client.km.provisioner.process.pid
                rss.append(psutil.Process(pid).memory_info().rss / 2**20)
            runs.append(t2 - t1)
            totals.append(t2 - t0)
        rows.append(
            {
                "lesson": path.name,
                "run_all_s": statistics.median(runs),
                "with_kernel_start_s": statistics.median(totals),
                "rss_mb": statistics.median(rss),
            }
        )
    return rows


def machine() -> str:
    versions = ", ".join(
        f"{p} {metadata.version(p)}"
        for p in ("jupyterlab", "ipywidgets", "altair", "pandas", "ipykernel")
    )
    return (
        f"{platform.node() or 'machine'}: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}; {versions}"
    )


def previous_medians(path: Path = RESULTS) -> dict[tuple[str, str], float]:
    """The kernel-side medians of the last run, read from ``RESULTS.md``: (app, control) -> ms.

    Examples
    --------
    >>> import tempfile
    >>> f = Path(tempfile.mkdtemp()) / "R.md"
    >>> _ = f.write_text("| app | control | median ms | p95 ms |\\n|---|---|---:|---:|\\n| a | b | 6.0 | 7 |\\n")
    >>> previous_medians(f)
    {('a', 'b'): 6.0}
    """
    if not path.exists():
        return {}
    medians, column = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.startswith("|"):
            column = None  # the table ended
        elif cells[:2] == ["app", "control"] and "median ms" in cells:
            column = cells.index("median ms")
        elif column is not None and not cells[0].startswith("---"):
            try:
                medians[(cells[0], cells[1])] = float(cells[column].strip("*"))
            except (ValueError, IndexError):
                continue
    return medians


def _change(now: float, before: float | None) -> tuple[str, str]:
    if before is None:
        return "–", "new"
    return f"{before:.1f}", f"{(now - before) / before:+.0%}"


def write(controls, cold, lessons, browser=None, klass=None, path: Path = RESULTS) -> str:
    before = previous_medians(path)
    lines = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} by `make bench` on {machine()}.",
        "Medians over repeats; the machine is shared, so treat differences under ~20 % as noise.",
        "",
        "## Control change → redrawn chart (kernel side)",
        "",
        f"Target: median ≤ {TARGETS['redraw_ms']:.0f} ms for every control, the fastest ≤ "
        f"{TARGETS['fastest_redraw_ms']:.0f} ms. Measured in-process: setting `.value` runs the "
        "model, builds the chart and replaces the `Output`'s bundle (no front end).",
        "",
        "*Before*: the median of the previous run, read from this file before it was rewritten.",
        "",
        "| app | control | median ms | p95 ms | before ms | change | target met |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for r in controls:
        ok = "yes" if r["median_ms"] <= TARGETS["redraw_ms"] else "**no**"
        was, change = _change(r["median_ms"], before.get((r["app"], r["control"])))
        lines.append(
            f"| {r['app']} | {r['control']} | {r['median_ms']:.1f} | {r['p95_ms']:.1f} | "
            f"{was} | {change} | {ok} |"
        )
    if controls and before:
        slower = [
            r for r in controls if r["median_ms"] >= before.get((r["app"], r["control"]), 1e9)
        ]
        lines += ["", f"Controls not faster than before: {len(slower)} of {len(controls)}."]
    if controls:
        fastest = min(r["median_ms"] for r in controls)
        lines += [
            "",
            f"Fastest control: {fastest:.1f} ms (target ≤ {TARGETS['fastest_redraw_ms']:.0f} ms).",
        ]
    inner, outer = cold
    lines += [
        "",
        "## Cold start",
        "",
        f"`import helpers` + first chart in a fresh interpreter: **{inner:.2f} s** "
        f"(target ≤ {TARGETS['cold_s']:.0f} s); whole interpreter run {outer:.2f} s.",
        "",
        "## Lessons: Run All in a real kernel",
        "",
        f"Targets: Run All ≤ {TARGETS['run_all_s']:.0f} s (kernel start excluded), kernel RSS ≤ "
        f"{TARGETS['rss_mb']:.0f} MB.",
        "",
        "| lesson | Run All s | with kernel start s | kernel RSS MB | targets met |",
        "|---|---:|---:|---:|---|",
    ]
    for r in lessons:
        ok = r["run_all_s"] <= TARGETS["run_all_s"] and r["rss_mb"] <= TARGETS["rss_mb"]
        lines.append(
            f"| {r['lesson']} | {r['run_all_s']:.2f} | {r['with_kernel_start_s']:.2f} | "
            f"{r['rss_mb']:.0f} | {'yes' if ok else '**no**'} |"
        )
    if browser is not None:
        from benchmarks import browser_bench

        lines += ["", *browser_bench.markdown(browser)]
    if klass is not None:
        from benchmarks import class_bench

        lines += ["", class_bench.report(klass).rstrip("\n"), "", HUB_NOTE]
    text = "\n".join(lines) + "\n"
    path.write_text(text, encoding="utf-8")
    return text


HUB_NOTE = (
    "What a hub needs per learner, from these figures, is written up in "
    "[`instructors/running-a-class.md`](../instructors/running-a-class.md)."
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30, help="redraws per control")
    parser.add_argument("--runs", type=int, default=3, help="Run All repeats per lesson")
    parser.add_argument("--presses", type=int, default=10, help="browser key presses per app")
    parser.add_argument(
        "--no-browser", action="store_true", help="skip the browser benchmark (Chromium)"
    )
    parser.add_argument("--kernels", type=int, default=20, help="kernels in the class benchmark")
    args = parser.parse_args(argv)
    # Exercise checks in the lessons record passes: keep the learner's own file untouched.
    os.environ[PROGRESS_ENV] = str(Path(tempfile.mkdtemp(prefix="glf-bench-")) / "progress.json")
    controls = bench_controls(args.repeats)
    cold = bench_cold(max(3, args.runs))
    lessons = bench_lessons(args.runs)
    from benchmarks import browser_bench

    if args.no_browser:
        browser = browser_bench.BrowserResults(skipped="`--no-browser` was given")
    else:
        browser = browser_bench.run(args.presses)
    from benchmarks import class_bench

    klass = asyncio.run(class_bench.run_class(args.kernels)) if args.kernels > 0 else None
    print(write(controls, cold, lessons, browser, klass))


if __name__ == "__main__":
    main()
