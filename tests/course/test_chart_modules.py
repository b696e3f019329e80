"""Every chart module follows the chart kit's rules (issue 9, section 3).

A chart module is a lesson's ``charts.py`` or a shared ``*_chart.py``. Read with ``ast``:

* the course ink comes from ``chart_kit.INK``: no module indexes ``PALETTE[7]`` or defines
  its own ink;
* a chart never calls back into a model: from the lesson's (or shared) modules a chart module
  imports constants only, so whatever a model computes reaches the chart as an argument;
* no function is longer than :data:`MAX_LINES` lines (frame, template and words apart);
* descriptions are built from clauses with ``chart_kit.sentence``: no slicing of a finished
  ``description`` and no capitalising of its first letter by hand;
* module constants are defined above their first use.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.lessons import ROOT

HELPERS = ROOT / "helpers"
CHART_MODULES = sorted(
    [*HELPERS.glob("lessons/*/charts.py"), *HELPERS.glob("shared/*_chart.py")],
    key=str,
)
MAX_LINES = 60
#: Phrase helpers a chart may import: they put a number into the source text's words
#: (e.g. "inside the text's average of 20,000-30,000") and compute nothing from a model.
PHRASES = {"members_band", "members_verdict"}
#: Names that hold a chart's words.
WORDS = {"description", "text", "title", "said"}


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def ids(path: Path) -> str:
    return str(path.relative_to(HELPERS))


def test_there_are_chart_modules():
    assert len(CHART_MODULES) >= 6, CHART_MODULES


@pytest.mark.parametrize("path", CHART_MODULES, ids=ids)
def test_ink_comes_from_the_chart_kit(path):
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute | ast.Name):
            name = node.value.attr if isinstance(node.value, ast.Attribute) else node.value.id
            index = node.slice
            assert not (
                name == "PALETTE" and isinstance(index, ast.Constant) and index.value == 7
            ), f"{ids(path)}:{node.lineno} indexes PALETTE[7]: use chart_kit.INK"
        if isinstance(node, ast.Assign):
            for target in node.targets:
                assert not (isinstance(target, ast.Name) and "INK" in target.id), (
                    f"{ids(path)}:{node.lineno} defines its own ink: use chart_kit.INK"
                )


@pytest.mark.parametrize("path", CHART_MODULES, ids=ids)
def test_a_chart_imports_only_constants_from_models(path):
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert not alias.name.startswith(("helpers.lessons", "helpers.shared")), (
                    f"{ids(path)} imports the module {alias.name}"
                )
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            ("helpers.lessons", "helpers.shared")
        ):
            for alias in node.names:
                assert alias.name.isupper() or alias.name in PHRASES, (
                    f"{ids(path)} imports {alias.name} from {node.module}: a chart never calls "
                    "a model; take what it computes as an argument (the app computes it once)"
                )


@pytest.mark.parametrize("path", CHART_MODULES, ids=ids)
def test_no_chart_function_is_longer_than_the_limit(path):
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree(path))
        if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > MAX_LINES
    ]
    assert not long, f"{ids(path)}: split into frame, template and words: {long}"


def _is_words(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id in WORDS


@pytest.mark.parametrize("path", CHART_MODULES, ids=ids)
def test_no_string_surgery_on_a_finished_sentence(path):
    for node in ast.walk(tree(path)):
        if isinstance(node, ast.Subscript) and _is_words(node.value):
            assert not isinstance(node.slice, ast.Slice), (
                f"{ids(path)}:{node.lineno} slices a finished sentence: use chart_kit.sentence"
            )
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("upper", "capitalize")
            and isinstance(node.func.value, ast.Subscript)
            and _is_words(node.func.value.value)
        ):
            raise AssertionError(
                f"{ids(path)}:{node.lineno} capitalises a sentence by hand: use chart_kit.sentence"
            )


@pytest.mark.parametrize("path", CHART_MODULES, ids=ids)
def test_module_constants_are_defined_above_their_first_use(path):
    module = tree(path)
    defined = {}
    for node in module.body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                defined.setdefault(target.id, node.lineno)
    late = sorted(
        f"{node.id} used on line {node.lineno}, defined on line {defined[node.id]}"
        for node in ast.walk(module)
        if isinstance(node, ast.Name)
        and isinstance(node.ctx, ast.Load)
        and node.id in defined
        and node.lineno < defined[node.id]
    )
    assert not late, f"{ids(path)}: {late}"
