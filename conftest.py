"""Test-session set-up for every test, notebook and kernel the tests start.

* The learner's progress file is never touched: exercise checks record passes in it, so
  the tests (and the kernels and servers they start, which inherit this environment) use
  a temporary one.
* Each lesson notebook runs twice, and only twice, in the suite: nbval runs its cells top
  to bottom in a fresh kernel, then runs them all again in the same kernel ("Cell 3
  again"), which proves the cells idempotent (Run All twice works). A translated lesson
  (``lessons/kk/``) runs once: its code is the English lesson's, which the second pass proves. Lessons run in a
  shuffled order (seed in the header; ``LESSON_ORDER_SEED`` changes it), so none may depend
  on another having run first (the progress file, caches).
* Exercise solutions never run by themselves: they are folded markdown cells. The first
  pass is a learner's Run All, and a check after it ("Run All records no progress") proves
  that it passed no exercise. The second pass runs each solution's code right after its
  exercise ("... solution"), which proves every solution passes its own check.
* What a learner's Run All shows is prose, a table or a chart: each first-pass cell fails on
  raw Python output (reprs, ``dtype:`` lines, raw DataFrames, bare dicts and lists, stderr),
  as ``tests/support/raw_output.py`` defines it.
* A translated lesson shows no English: each of its cells fails on an English label,
  heading or sentence in its outputs (charts and tables included, as
  ``tests/support/english.py`` finds them), and a last cell fails if the kernel asked for a
  string the catalogue does not translate.
"""

from __future__ import annotations

import os
import random
import tempfile
from pathlib import Path

import pytest

os.environ["GLF_PROGRESS_FILE"] = str(
    Path(tempfile.mkdtemp(prefix="glf-progress-")) / "progress.json"
)
SEED = int(os.environ.get("LESSON_ORDER_SEED", "1958"))
AGAIN = " again"
# The kernel's own, empty progress file for the lesson's run (other tests in the same worker
# record passes in the session's file), then the check that Run All left it empty.
FRESH_PROGRESS = """\
import os as _os, tempfile as _tempfile
_os.environ["GLF_PROGRESS_FILE"] = _os.path.join(_tempfile.mkdtemp(), "progress.json")
"""
NO_PROGRESS = """\
from helpers.core import progress as _progress
_passed = sorted(_progress.load().passed)
assert not _passed, f"Run All recorded exercises as passed: {_passed}"
"""
ALL_TRANSLATED = """\
from helpers.core import i18n as _i18n
_missing = sorted(text for _, text in _i18n.missing_translations())
assert not _missing, f"asked for and not translated: {_missing}"
"""


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
        first, last = first_pass[0], first_pass[-1]
        notebook_items.append(_copy(first, "Fresh progress file", _code_cell(FRESH_PROGRESS)))
        for cell in first_pass:
            cell.learner_view = True
            cell.language = _translated(notebook)
        notebook_items += first_pass
        notebook_items.append(_copy(last, "Run All records no progress", _code_cell(NO_PROGRESS)))
        if _translated(notebook):
            notebook_items.append(_copy(last, "Everything translated", _code_cell(ALL_TRANSLATED)))
            continue  # its code is the English lesson's, whose second pass proves it again
        for cell in first_pass:
            notebook_items.append(_copy(cell, f"{cell.name}{AGAIN}", cell.cell))
            solution = _solution_after(notebook, cell)
            if solution is not None:
                notebook_items.append(_copy(cell, f"{cell.name} solution", solution))
    others = [item for item in items if not isinstance(item, IPyNbCell)]
    items[:] = others + notebook_items


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    result = yield
    if getattr(item, "learner_view", False):
        from tests.support.raw_output import problems

        found = problems(item.test_outputs or [])
        assert not found, f"{item.name} shows raw Python to the learner: {found}"
    language = getattr(item, "language", None)
    if language:
        from tests.support import english

        shown = english.english(english.output_texts(item.test_outputs or []), language)
        assert not shown, f"{item.name} shows English in a lesson in {language}: {shown}"
    return result


def _translated(notebook) -> str | None:
    """The language of a translated lesson (``lessons/<lang>/``: the English code with
    text in that language); None for an English lesson."""
    path = Path(str(notebook.path))
    if path.parent.name != "lessons" and path.parent.parent.name == "lessons":
        return path.parent.name
    return None


def _copy(item, name: str, cell):
    from nbval.plugin import IPyNbCell

    return IPyNbCell.from_parent(
        item.parent, name=name, cell_num=item.cell_num, cell=cell, options=item.options
    )


def _code_cell(source: str):
    import nbformat

    return nbformat.v4.new_code_cell(source)


def _solution_after(notebook, item):
    """The solution cell (as a code cell) that follows ``item``'s cell, if it is an exercise's."""
    from tests.support.lessons import solution_code

    cells = notebook.nb.cells
    index = next(i for i, c in enumerate(cells) if c is item.cell)
    following = cells[index + 1] if index + 1 < len(cells) else None
    if following is None or "solution" not in following.get("metadata", {}).get("tags", []):
        return None
    return _code_cell(solution_code(following))
