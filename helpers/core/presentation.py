"""Presentation mode: the cells of a lesson a room sees (``make present``, the "app view").

A projected lesson is its apps, each with the few sentences that frame it, under the
lesson's title and section headings, and the key points at the end. No setup or evidence
output, no exercises or check-yourself questions, no "run this cell" instructions, no
sources. The course's Voilà template ("glf", ``config/voila/templates/glf/conf.json``) runs
:class:`PresentationPreprocessor` before Voilà executes the notebook, so what is left out is
neither shown nor run. Every app cell imports its lesson, so it runs without the others.

What shows is decided by convention, so a new lesson gets it for free:

* the title cell (its H1 and one-line promise only);
* each app cell (a code cell calling ``lesson.<name>_app(``), the Markdown cell just before
  it, and the heading of the section it is in;
* the ``## Key points`` cell;
* the setup cell's import (code is hidden in Voilà; it shows nothing), and in a translated
  lesson the setup cell that chooses its language (tagged ``language``).

A cell tagged ``present`` is shown whatever it holds, and one tagged ``no-present`` is left
out (the lesson template documents both). Sentences that tell a learner to run a cell are
taken out of the text that remains.

Examples
--------
>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[
...     nbformat.v4.new_markdown_cell("# Title\\nPromise.\\n\\n## Learning objectives\\n- x"),
...     nbformat.v4.new_markdown_cell("## 1. Plans\\nRun the next cell. The plan app."),
...     nbformat.v4.new_code_cell("from helpers.lessons import x as lesson\\nlesson.plan_app()"),
...     nbformat.v4.new_markdown_cell("### Exercise 1"),
...     nbformat.v4.new_markdown_cell("## Key points\\n- y")])
>>> [c.source for c in presented(nb).cells]  # doctest: +NORMALIZE_WHITESPACE
['# Title\\nPromise.', '## 1. Plans\\nThe plan app.',
 'from helpers.lessons import x as lesson\\nlesson.plan_app()', '## Key points\\n- y']
"""

from __future__ import annotations

import copy
import re

import nbformat
from nbconvert.preprocessors import Preprocessor

from helpers.core.i18n import SKELETON

SHOW, HIDE = "present", "no-present"
#: The key points' heading in English and in every translation.
KEY_POINTS = ("## Key points", *(words["## Key points"] for words in SKELETON.values()))
APP_CALL = re.compile(r"\blesson\.\w+_app\(")
SETUP_IMPORT = re.compile(r"^\s*from helpers\.lessons import \w+ as lesson\s*$")
_RUN_SENTENCE = re.compile(
    r"[^.!?\n]*\b(?:run (?:this|the next|the|each|that|its) cells?|shift\s*\+\s*enter|"
    r"run all)\b[^.!?\n]*[.!?:]?[ \t]*",
    re.IGNORECASE,
)


def presented(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """A copy of ``nb`` with only the cells presentation mode shows (see the module doc)."""
    if not isinstance(nb, nbformat.NotebookNode):
        raise TypeError(f"nb must be a notebook (nbformat.NotebookNode); got {type(nb).__name__}")
    cells = nb.cells
    apps = [i for i, c in enumerate(cells) if c.cell_type == "code" and APP_CALL.search(c.source)]
    framing = {i - 1 for i in apps if i > 0 and cells[i - 1].cell_type == "markdown"}
    section_of_app = {_section_start(cells, i) for i in apps}
    kept = []
    for i, cell in enumerate(cells):
        tags = cell.get("metadata", {}).get("tags", [])
        if "solution" in tags or HIDE in tags:
            continue
        if SHOW in tags:
            kept.append(cell)
        elif cell.cell_type == "code":
            # a translated lesson's setup cell also chooses its language (tagged "language")
            if i in apps or SETUP_IMPORT.match(cell.source) or "language" in tags:
                kept.append(cell)
        elif i == 0:
            kept.append(_with_source(cell, _title(cell.source)))
        elif i in framing:
            kept.append(_with_source(cell, _without_run_text(cell.source)))
        elif cell.source.lstrip().startswith(KEY_POINTS):
            points = re.split(r"\n(?=## )", cell.source.lstrip())[0]  # not a section after it
            kept.append(_with_source(cell, _without_run_text(points)))
        elif i in section_of_app:
            kept.append(_with_source(cell, cell.source.lstrip().splitlines()[0]))
    out = copy.deepcopy(nb)
    out.cells = [copy.deepcopy(c) for c in kept]
    return out


class PresentationPreprocessor(Preprocessor):
    """nbconvert preprocessor: keep the cells :func:`presented` keeps (Voilà's ``conf.json``)."""

    def preprocess(self, nb, resources):
        return presented(nb), resources


def _section_start(cells: list, index: int) -> int | None:
    """Index of the Markdown cell opening the ``## N.`` section that holds cell ``index``."""
    for i in range(index, -1, -1):
        cell = cells[i]
        if cell.cell_type == "markdown" and re.match(r"\s*## \d+\.", cell.source):
            return i
    return None


def _title(text: str) -> str:
    """The H1 and the promise line under it."""
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[:2])


def _without_run_text(text: str) -> str:
    kept = _RUN_SENTENCE.sub("", text)
    kept = re.sub(r"^\s*[-*]\s*$\n?", "", kept, flags=re.M)  # a bullet left empty
    return re.sub(r"\n{3,}", "\n\n", kept).strip()


def _with_source(cell, source: str):
    cell = copy.deepcopy(cell)
    cell.source = source
    return cell
