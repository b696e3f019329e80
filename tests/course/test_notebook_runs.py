"""Lessons are restart-and-run-all clean: twice in one kernel, and all in a shuffled order.

nbval (run by the same `pytest` call over `lessons/`) proves each lesson runs once
from a fresh kernel. These tests prove the cells are idempotent and that no lesson
depends on, or is broken by, another lesson's state.
"""

from __future__ import annotations

import os
import random

import nbformat
import pytest
from nbclient import NotebookClient

from tests.support.lessons import LESSONS, lesson_ids

SEED = int(os.environ.get("LESSON_ORDER_SEED", "1958"))


def run_in_one_kernel(paths, repeats: int = 1) -> None:
    """Execute the notebooks one after another in a single fresh kernel."""
    first = nbformat.read(paths[0], as_version=4)
    client = NotebookClient(
        first,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(paths[0].parent)}},
    )
    with client.setup_kernel():
        for _ in range(repeats):
            for path in paths:
                nb = nbformat.read(path, as_version=4)
                client.nb = nb
                for index, cell in enumerate(nb.cells):
                    client.execute_cell(cell, index)  # raises CellExecutionError on any error


@pytest.mark.xdist_group("kernels")
@pytest.mark.parametrize("path", LESSONS, ids=lesson_ids())
def test_lesson_runs_twice_in_one_kernel(path):
    run_in_one_kernel([path], repeats=2)


@pytest.mark.xdist_group("kernels")
def test_all_lessons_in_a_shuffled_order_in_one_kernel():
    order = list(LESSONS)
    random.Random(SEED).shuffle(order)
    print(f"lesson order (seed {SEED}, set LESSON_ORDER_SEED to change):", [p.name for p in order])
    run_in_one_kernel(order)
