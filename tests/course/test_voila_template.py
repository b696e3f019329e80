"""The course's Voila template "glf" leaves exercise solutions out, without a browser.

In Voila (``make present``, Binder's ``voila/render/...``) a lesson is shown to a room, so
the cells tagged "solution" must show neither their code nor their output ("smallest
share: 0.20" on the screen gives the exercise away). ``config/voila/templates/glf/conf.json``
removes them with nbconvert's ``TagRemovePreprocessor`` before Voila runs the notebook, so
they are not run either. These tests render the template with Voila's own exporter and a
stand-in kernel (each cell "runs" by getting a marker output), and check that no later cell
needs a name that only a solution cell sets. The browser test (tests/browser/test_browser.py, Voila)
checks the same on the real page.
"""

from __future__ import annotations

import ast
import asyncio
import builtins
import copy
import re

import nbformat
import pytest
from voila.exporter import VoilaExporter
from voila.paths import collect_template_paths

from helpers.core import presentation
from helpers.core.i18n import LANGUAGES, SKELETON
from tests.support.lessons import LESSONS, ROOT, lesson_ids

CONFIG = ROOT / "config"


@pytest.fixture
def exporter(monkeypatch) -> VoilaExporter:
    """Voila's exporter for the template "glf", read from the repository's config/ first,
    as ``benchmarks/servers.py`` sets up the browser tests' servers."""
    monkeypatch.setenv("JUPYTER_PATH", str(CONFIG))
    paths = collect_template_paths(["voila", "nbconvert"], "glf", prune=True)
    assert paths[0] == str(CONFIG / "voila" / "templates" / "glf")
    return VoilaExporter(template_paths=paths, template_name="glf")


def render(exporter: VoilaExporter, nb: nbformat.NotebookNode) -> tuple[str, list]:
    """The page Voila would send for ``nb``, and the cells its stand-in kernel ran. Each run
    code cell gets one output, ``RAN <its source>``."""
    ran = []

    async def kernel_start(nb):
        return "no-kernel"

    async def cell_generator(nb, kernel_id):
        for cell in nb.cells:
            ran.append(cell)
            if cell.cell_type == "code":
                cell = copy.deepcopy(cell)
                cell.outputs = [nbformat.v4.new_output("stream", text=f"RAN {cell.source}")]
            yield cell

    async def page() -> str:
        context = {
            "kernel_start": kernel_start,
            "cell_generator": cell_generator,
            "frontend": "voila",
            "main_js": "voila.js",
            "progressive_rendering": False,
        }
        parts = []
        async for html, _ in exporter.generate_from_notebook_node(
            nb, resources={"base_url": "/", "theme": "light"}, extra_context=context
        ):
            parts.append(html)
        return "".join(parts)

    return asyncio.run(page()), ran


def is_solution(cell) -> bool:
    return "solution" in cell.get("metadata", {}).get("tags", [])


def test_solutions_and_exercises_are_neither_shown_nor_run(exporter):
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# Title\nPromise."),
            nbformat.v4.new_markdown_cell("## 1. Plans\nThe app."),
            nbformat.v4.new_code_cell("lesson.plan_app()  # APP"),
            nbformat.v4.new_markdown_cell("### Exercise 1"),
            nbformat.v4.new_code_cell("answer = ...  # STARTER"),
            nbformat.v4.new_code_cell(
                'print("smallest share: 0.20")  # SOLUTION',
                metadata={"tags": ["solution"], "jupyter": {"source_hidden": True}},
            ),
            nbformat.v4.new_markdown_cell("## Key points"),
        ]
    )
    html, ran = render(exporter, nb)
    assert "RAN lesson.plan_app()  # APP" in html  # the stand-in kernel's output is shown
    assert "Key points" in html and "The app." in html
    assert "SOLUTION" not in html and "smallest share" not in html and "STARTER" not in html
    assert [c.source for c in ran if c.cell_type == "code"] == ["lesson.plan_app()  # APP"]
    assert html.count("cell-index=") == 4
    assert len(nb.cells) == 7, "the notebook itself is left as it was"


# The translated lessons too: presentation mode finds their parts by their own words.
TRANSLATED = sorted(
    path
    for lang in LANGUAGES
    if lang != "en"
    for path in (ROOT / "lessons" / lang).glob("[0-9][0-9]_*.ipynb")
)
SHOWN = [(path, "en") for path in LESSONS] + [(path, path.parent.name) for path in TRANSLATED]


def _words(lang: str) -> dict[str, str]:
    """The skeleton's words presentation mode keeps (the first) or drops, in ``lang``."""
    keys = ["## Key points", "### Exercise ", "**Check yourself:**", "## Sources"]
    keys.append("## Learning objectives")
    return {k: k if lang == "en" else SKELETON[lang][k] for k in keys}


@pytest.mark.parametrize(("path", "lang"), SHOWN, ids=[f"{lang}-{p.stem}" for p, lang in SHOWN])
def test_lessons_render_in_presentation_mode(exporter, path, lang):
    """Voila shows (and runs) what presentation mode keeps: the title, the apps with their
    framing text and section headings, the key points; no exercise, question or solution.
    A translated lesson also keeps the setup cell that chooses its language."""
    nb = nbformat.read(path, as_version=4)
    words = _words(lang)
    solutions = [c for c in nb.cells if is_solution(c)]
    assert solutions, f"{path.name} has no solution cells: this test checks nothing"
    shown = presentation.presented(nb)
    html, ran = render(exporter, nb)
    assert [c.source for c in ran] == [c.source for c in shown.cells]
    assert html.count("cell-index=") == len(shown.cells)
    apps = [c.source for c in nb.cells if c.cell_type == "code" and "_app(" in c.source]
    assert apps and [c.source for c in shown.cells if "_app(" in c.source] == apps
    text = "\n".join(c.source for c in shown.cells if c.cell_type == "markdown")
    assert words["## Key points"] in text and text.startswith("# ")
    for absent in list(words.values())[1:]:
        assert absent not in text, f"{path.name}: presentation mode shows {absent!r}"
    if lang != "en":
        assert any("use_language" in c.source for c in ran), "the language is chosen"
    assert not re.search(r"run (this|the next) cell|shift\s*\+\s*enter", text, re.I), text
    for cell in solutions:
        assert f"RAN {cell.source}" not in html


@pytest.mark.parametrize("path", LESSONS, ids=lesson_ids())
def test_presented_cells_need_nothing_left_out(path):
    """Each code cell presentation mode runs reads only names that the cells it keeps set."""
    shown = presentation.presented(nbformat.read(path, as_version=4))
    set_so_far: set[str] = set()
    for cell in shown.cells:
        if cell.cell_type == "code":
            sets, reads = _names(cell.source)
            missing = {n for n in reads - set_so_far if n not in dir(builtins)}
            assert not missing, f"{path.name}: {cell.source!r} needs {missing}"
            set_so_far |= sets


def test_tags_override_the_convention():
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# T\nP."),
            nbformat.v4.new_markdown_cell("A chart.", metadata={"tags": ["present"]}),
            nbformat.v4.new_markdown_cell("Frames it.", metadata={"tags": ["no-present"]}),
            nbformat.v4.new_code_cell("lesson.x_app()"),
        ]
    )
    assert [c.source for c in presentation.presented(nb).cells] == [
        "# T\nP.",
        "A chart.",
        "lesson.x_app()",
    ]


def _names(cell_source: str) -> tuple[set[str], set[str]]:
    """Names a cell sets, and names it reads before setting them (statement by statement;
    a name set anywhere in a statement, e.g. a loop variable, counts as set for it)."""
    set_here: set[str] = set()
    read_first: set[str] = set()
    for statement in ast.parse(cell_source).body:
        stores, loads = set(), set()
        for node in ast.walk(statement):
            if isinstance(node, ast.Name):
                (loads if isinstance(node.ctx, ast.Load) else stores).add(node.id)
            elif isinstance(node, ast.Import | ast.ImportFrom):
                stores |= {(a.asname or a.name).split(".")[0] for a in node.names}
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                stores.add(node.name)
            elif isinstance(node, ast.arg):
                stores.add(node.arg)
        read_first |= loads - stores - set_here
        set_here |= stores
    return set_here, read_first


def test_names_read_and_set_statement_by_statement():
    assert _names("answer = ...\nlesson.ex_1(answer)") == ({"answer"}, {"lesson"})
    assert _names("for k, v in d.items():\n    print(k, v)") == ({"k", "v"}, {"d", "print"})
    assert _names("print(answer)") == (set(), {"answer", "print"})


@pytest.mark.parametrize("path", LESSONS, ids=lesson_ids())
def test_no_cell_needs_a_name_set_only_by_a_solution(path):
    """Voila does not run solution cells, so a later cell that reads a name whose last
    value came from a solution would fail (or show something else) there."""
    nb = nbformat.read(path, as_version=4)
    last_set_by: dict[str, tuple[int, bool]] = {}
    needs = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        sets, reads = _names(cell.source)
        if not is_solution(cell):
            needs += [
                f"cell {i} reads {name!r}, last set by solution cell {last_set_by[name][0]}"
                for name in sorted(reads)
                if last_set_by.get(name, (0, False))[1]
            ]
        for name in sets:
            last_set_by[name] = (i, is_solution(cell))
    assert not needs, f"{path.name}: " + "; ".join(needs)
