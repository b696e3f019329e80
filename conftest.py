"""Test-session set-up for every test, notebook and kernel the tests start.

* The learner's progress file is never touched: exercise checks record passes in it, so
  the tests (and the kernels and servers they start, which inherit this environment) use
  a temporary one.
* Each lesson notebook runs twice, and only twice, in the suite: nbval runs its cells top
  to bottom in a fresh kernel, then runs them all again in the same kernel ("Cell 3
  again"), which proves the cells idempotent (Run All twice works). Lessons run in a
  shuffled order (seed in the header; ``LESSON_ORDER_SEED`` changes it), so none may depend
  on another having run first (the progress file, caches).
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

os.environ["GLF_PROGRESS_FILE"] = str(
    Path(tempfile.mkdtemp(prefix="glf-progress-")) / "progress.json"
)
SEED = int(os.environ.get("LESSON_ORDER_SEED", "1958"))
AGAIN = " again"


def pytest_report_header(config):
    return f"lesson notebooks: each run twice in one kernel, in an order shuffled with seed {SEED}"


def pytest_collection_modifyitems(session, config, items):
    try:
        from nbval.plugin import IPyNbCell
    except ImportError:  # nbval not installed: nothing to do
        return
    cells = [item for item in items if isinstance(item, IPyNbCell)]
    if not cells:
        return
    by_notebook: dict[object, list] = {}
    for item in cells:
        by_notebook.setdefault(item.parent, []).append(item)
    order = list(by_notebook)
    random.Random(SEED).shuffle(order)
    notebook_items = []
    for notebook in order:
        first_pass = by_notebook[notebook]
        again = [
            IPyNbCell.from_parent(
                notebook,
                name=f"{cell.name}{AGAIN}",
                cell_num=cell.cell_num,
                cell=cell.cell,
                options=cell.options,
            )
            for cell in first_pass
        ]
        notebook_items += first_pass + again
    others = [item for item in items if not isinstance(item, IPyNbCell)]
    items[:] = others + notebook_items
