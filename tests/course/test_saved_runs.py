"""A lesson saved after a run is the learner's: git commits it clean and tests never see it.

``.gitattributes`` names the clean filter ``scripts/strip_outputs.py``, which ``make setup``
registers; the notebook hygiene test (``test_lessons.py``) reads what git would commit.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.support.lessons import LESSONS, ROOT, committed, git

STRIP = ROOT / "scripts" / "strip_outputs.py"
OUTPUT = {"output_type": "stream", "name": "stdout", "text": ["15.33 million\n"]}


def run_filter(text: str) -> str:
    return subprocess.run(
        [sys.executable, str(STRIP)], input=text, capture_output=True, text=True, check=True
    ).stdout


def executed(path) -> str:
    """The lesson as JupyterLab saves it after Run All: outputs, counts, widget state."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    for n, cell in enumerate(c for c in nb["cells"] if c["cell_type"] == "code"):
        cell["outputs"], cell["execution_count"] = [OUTPUT], n + 1
    return json.dumps(nb, indent=1) + "\n"


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_the_filter_leaves_a_clean_lesson_byte_for_byte(path):
    text = path.read_text(encoding="utf-8")
    assert run_filter(text) == text


def test_the_filter_strips_a_saved_run_back_to_the_clean_lesson():
    lesson = LESSONS[0]
    assert run_filter(executed(lesson)) == lesson.read_text(encoding="utf-8")


def test_the_filter_passes_what_is_not_a_notebook_through():
    assert run_filter("<<<<<<< HEAD\n") == "<<<<<<< HEAD\n"


def test_make_setup_registers_the_filter_that_gitattributes_names():
    attributes = (ROOT / ".gitattributes").read_text(encoding="utf-8")
    assert "*.ipynb filter=glf-strip-outputs" in attributes
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert 'filter.glf-strip-outputs.clean "python3 scripts/strip_outputs.py"' in makefile


def test_a_saved_run_is_neither_modified_nor_committed_with_outputs(tmp_path):
    repo = tmp_path / "course"
    (repo / "lessons").mkdir(parents=True)
    (repo / "scripts").mkdir()
    shutil.copy(STRIP, repo / "scripts")
    shutil.copy(ROOT / ".gitattributes", repo)
    lesson = repo / "lessons" / LESSONS[0].name
    shutil.copy(LESSONS[0], lesson)
    git(repo, "init", "-q", "-b", "main")
    git(
        repo,
        "config",
        "filter.glf-strip-outputs.clean",
        f"{sys.executable} scripts/strip_outputs.py",
    )
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "course")

    lesson.write_text(executed(LESSONS[0]), encoding="utf-8")  # the learner saves a run
    assert git(repo, "diff") == "", "a saved run is not a change"
    assert committed(lesson) == json.loads(LESSONS[0].read_text(encoding="utf-8")), (
        "the hygiene test reads what git would commit, not the saved run"
    )
    git(repo, "add", "-A")
    assert git(repo, "status", "--porcelain") == "", "nothing to commit"
    staged = json.loads(git(repo, "show", f":lessons/{lesson.name}"))
    assert all(c.get("outputs", []) == [] for c in staged["cells"])
