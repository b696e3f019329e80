"""The package's layout holds: who may import whom, and what each notebook may call.

`helpers/__init__.py` is the map (core, shared, one package per lesson). These tests keep
the map true: core imports neither shared nor lessons; shared imports no lesson; no lesson
package imports another's; every lesson notebook imports only its own package and calls
exactly the names that package's ``__all__`` lists; and the map names every module.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

from helpers.core import discovery
from tests.support.lessons import LESSONS, ROOT, load, solution_code

HELPERS = ROOT / "helpers"
LESSON_PACKAGES = sorted(p for p in (HELPERS / "lessons").iterdir() if (p / "__init__.py").exists())


def helpers_imports(path: Path) -> set[str]:
    """Every ``helpers...`` module a file imports (``from a import b`` counts as ``a.b``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("helpers")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("helpers"):
            found |= {f"{node.module}.{a.name}" for a in node.names}
    return found


def layer(module: str) -> str:
    """``core``, ``shared`` or ``lessons.<slug>`` for a dotted name under helpers."""
    parts = module.split(".")
    if len(parts) < 2:
        return "top"
    return ".".join(parts[1:3]) if parts[1] == "lessons" and len(parts) > 2 else parts[1]


@pytest.mark.parametrize(
    "path", sorted(HELPERS.rglob("*.py")), ids=lambda p: str(p.relative_to(HELPERS))
)
def test_imports_follow_the_layers(path):
    here = layer(".".join(("helpers", *path.relative_to(HELPERS).with_suffix("").parts)))
    for imported in helpers_imports(path):
        there = layer(imported)
        if here == "core":
            assert there == "core", f"{path.name}: core imports {imported}"
        elif here == "shared":
            assert there in ("core", "shared"), f"{path.name}: shared imports {imported}"
        elif here.startswith("lessons."):
            assert there in ("core", "shared", here), (
                f"{path.relative_to(ROOT)} imports {imported}: a lesson package never imports "
                "another lesson's; promote what two lessons need to helpers.shared"
            )


@pytest.mark.parametrize("package", LESSON_PACKAGES, ids=lambda p: p.name)
def test_every_lesson_package_has_its_notebook_apps_and_checks(package):
    notebooks = [p for p in LESSONS if p.stem[3:] == package.name]
    assert len(notebooks) == 1, (
        f"helpers/lessons/{package.name}/ has no lessons/NN_{package.name}.ipynb"
    )
    lesson = next(x for x in discovery.lessons() if x.slug == package.name)
    assert lesson.module("apps") is not None and hasattr(lesson.module("apps"), "APPS")
    assert lesson.module("exercises") is not None
    assert (ROOT / "tests" / "lessons" / package.name).is_dir(), "tests mirror the layout"


def notebook_calls(path: Path) -> tuple[list[str], set[str]]:
    """The notebook's ``helpers`` imports and the attributes it reads from ``lesson``, in its
    code cells and in the code of its solutions (folded markdown, run by the tests)."""
    imports, used = [], set()
    for cell in load(path)["cells"]:
        if "solution" in cell["metadata"].get("tags", []):
            source = solution_code(cell)
        elif cell["cell_type"] == "code":
            source = "".join(cell["source"])
        else:
            continue
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom | ast.Import):
                names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
                names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if any(n.startswith("helpers") for n in names):
                    imports.append(ast.unparse(node))
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
                if node.value.id == "lesson":
                    used.add(node.attr)
    return imports, used


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_a_notebook_calls_exactly_what_its_package_names(path):
    slug = path.stem[3:]
    imports, used = notebook_calls(path)
    assert set(imports) == {f"from helpers.lessons import {slug} as lesson"}, (
        imports
    )  # setup + app cells
    package = importlib.import_module(f"helpers.lessons.{slug}")
    names = set(package.__all__)
    assert not used - names, f"{path.name} calls names its package does not list: {used - names}"
    assert not names - used, (
        f"helpers.lessons.{slug}.__all__ lists names the notebook never calls: {names - used}"
    )
    missing = [n for n in names if not hasattr(package, n)]
    assert not missing, f"__all__ names what the package does not define: {missing}"


def test_the_map_names_every_module():
    doc = importlib.import_module("helpers").__doc__
    for part in ("core", "shared"):
        for module in sorted((HELPERS / part).glob("*.py")):
            if module.stem != "__init__":
                assert f"``{module.stem}``" in doc, (
                    f"helpers/__init__.py does not map {part}/{module.name}"
                )
