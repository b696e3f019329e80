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
