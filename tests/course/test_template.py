"""A lesson made from ``template/`` passes the course's tests, and edits no file by hand.

The test copies the repository into a temporary folder, runs ``scripts/new_lesson.py``
there, and checks that (1) the only files that changed besides the four new ones are those
``make index`` generates, and (2) the new lesson's own tests, the layout, skeleton,
instructor-notes and bad-input checks, and the notebook itself pass in that copy.
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.lessons import ROOT

COPIED = [
    "helpers",
    "lessons",
    "tests",
    "instructors",
    "reference",
    "source-text",
    "data",
    "scripts",
    "template",
    "benchmarks",
    "README.md",
    "CITATION.cff",
    "pyproject.toml",
]
#: Files ``make index`` writes; a new lesson may change these and nothing else outside its own.
GENERATED = {"README.md", "lessons/README.md", "instructors/workshops.md"}


def changed_files(before: Path, after: Path) -> set[str]:
    changed = set()
    for path in before.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            twin = after / path.relative_to(before)
            if not twin.exists() or not filecmp.cmp(path, twin, shallow=False):
                changed.add(path.relative_to(before).as_posix())
    return changed


@pytest.mark.slow
def test_a_new_lesson_from_the_template_passes_and_edits_nothing_else(tmp_path):
    repo = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "node_modules", ".hypothesis")
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=ignore)
        else:
            shutil.copyfile(source, repo / name)
    pristine = tmp_path / "pristine"
    shutil.copytree(repo, pristine)
    number = f"{len(list((ROOT / 'lessons').glob('[0-9][0-9]_*.ipynb'))):02d}"
    env = {**os.environ, "PYTHONPATH": str(repo)}

    made = subprocess.run(
        [sys.executable, "scripts/new_lesson.py", number, "trial_lesson", "A trial lesson"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stdout + made.stderr

    outside = changed_files(pristine, repo) - GENERATED
    last = sorted((pristine / "lessons").glob("[0-9][0-9]_*.ipynb"))[-1].relative_to(pristine)
    assert outside <= {last.as_posix()}, f"a new lesson edited {sorted(outside)}"

    checks = [
        "tests/lessons/trial_lesson",
        "tests/course/test_layout.py",
        "tests/course/test_lessons.py",
        "tests/course/test_instructors.py",
        "tests/course/test_bad_input.py",
        f"tests/course/test_budgets.py::test_stated_time_is_the_computed_one[{number}_trial_lesson]",
        f"tests/course/test_budgets.py::test_lesson_fits_its_budget[{number}_trial_lesson]",
        f"tests/course/test_budgets.py::test_visible_code_is_short[{number}_trial_lesson]",
        f"tests/course/test_app_cells.py::test_each_app_cell_runs_alone[{number}_trial_lesson]",
        "tests/core/test_course.py",
        f"lessons/{number}_trial_lesson.ipynb",
    ]
    # The other lessons' apps are swept by the suite itself; here only the new lesson's.
    others = f"not (every_control_across or every_corner) or {number}."
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-x",
            "-k",
            others,
            *checks,
        ],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    imported = subprocess.run(
        [sys.executable, "-c", "import helpers; print(helpers.__file__)"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert imported.stdout.strip().startswith(str(repo)), "the copy's helpers were tested"
