"""Every app cell works when it is the only cell a learner runs.

A learner opens a lesson half-way down, or restarts the kernel and runs one app again. So
each app cell (a code cell that calls ``lesson.<name>_app()``) imports what it needs. Each
lesson's app cells run in one kernel, the namespace wiped (``%reset -f``) before each, so a
cell that leans on an earlier one fails with its NameError; each must draw its app.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from nbclient import NotebookClient

from tests.support.lessons import LESSONS, load

APP_CALL = re.compile(r"\blesson\.\w+_app\(")
WIDGET = "application/vnd.jupyter.widget-view+json"


def app_cells(path) -> list[str]:
    return [
        "".join(c["source"])
        for c in load(path)["cells"]
        if c["cell_type"] == "code" and APP_CALL.search("".join(c["source"]))
    ]


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_each_app_cell_runs_alone(path):
    sources = app_cells(path)
    assert sources, f"{path.name} has no app cell"
    cells = []
    for source in sources:
        cells += [nbformat.v4.new_code_cell("%reset -f"), nbformat.v4.new_code_cell(source)]
    nb = nbformat.v4.new_notebook(cells=cells)
    client = NotebookClient(
        nb,
        timeout=120,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    for cell in nb.cells[1::2]:
        errors = [o for o in cell.outputs if o.output_type == "error"]
        assert not errors, (
            f"{path.name}: this app cell fails when run alone "
            f"({errors[0].ename}: {errors[0].evalue}):\n{cell.source}"
        )
        drawn = [o for o in cell.outputs if WIDGET in o.get("data", {})]
        assert drawn, f"{path.name}: this app cell drew no app when run alone:\n{cell.source}"
