"""The benchmark's own parts run: a broken benchmark is found by the tests, not by `make bench`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from benchmarks import bench


def test_the_cold_start_script_draws_a_first_chart_and_prints_its_time():
    out = subprocess.run(
        [sys.executable, "-c", bench.COLD], capture_output=True, text=True, check=True
    )
    assert 0 < float(out.stdout.strip().splitlines()[-1]) < 60


@pytest.mark.slow
def test_every_control_of_every_app_is_measured():
    from helpers.core.discovery import all_app_factories

    rows = bench.bench_controls(1)
    expected = {(name, key) for name, make in all_app_factories() for key in make().controls}
    assert {(r["app"], r["control"]) for r in rows} == expected
    assert all(r["median_ms"] > 0 for r in rows)


def test_the_browser_phases_split_a_press_into_steps_that_add_up():
    from benchmarks import browser_phases

    steps = ["sent", "back", "embed", "compiled", "parsed", "built", "run", "svg", "svg_end"]
    marks = [{"what": "sent", "t": 90.0}]  # before the key press: not this press's
    marks += [{"what": w, "t": 100.0 + 10 * i} for i, w in enumerate(steps, start=1)]
    marks[2:2] = [{"what": "busy", "t": 115.0, "date": 112.0}]
    marks[3]["date"] = 118.0  # the outputs message ("back"), sent by the kernel at 118
    split = browser_phases._phases(marks, key=100.0, settled=95.0)
    assert split["key → sent"] == 10 and split["kernel round trip"] == 10
    assert split["VL → Vega compile"] == 10 and split["after render"] == 5
    assert split["to kernel"] == 2 and split["in kernel"] == 6 and split["from kernel"] == 2
    steps_only = [name for name, _, _ in browser_phases.PHASES]
    assert sum(split[n] for n in steps_only) == 95, "the steps cover the press to settled"
    assert browser_phases._phases(marks[:4], key=100.0, settled=95.0) is None
