"""The course map is generated from the lesson notebooks, and the README is kept fresh."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.core import course, course_files
from helpers.core.paths import LESSONS_DIR

ROOT = Path(__file__).resolve().parents[2]


def write_lesson(folder: Path, name: str, first_cell: str, more: str = "") -> Path:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": first_cell.splitlines(True)}]
    if more:
        cells.append({"cell_type": "markdown", "metadata": {}, "source": more})
    nb = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = folder / name
    path.write_text(json.dumps(nb), encoding="utf-8")
    return path


GOOD = """# Reading the plan

Compare the plan with what happened.

## Learning objectives
- Compute a growth rate.
- Explain why targets rose [S3].

**Time:** ~25 min · **Prerequisites:** lesson 00
"""


@pytest.fixture
def tmp_lessons(tmp_path: Path) -> Path:
    write_lesson(tmp_path, "00_intro.ipynb", GOOD.replace("Reading the plan", "Intro"))
    write_lesson(tmp_path, "01_plan.ipynb", GOOD, more="See [S13; S2], [S13] and [S20–S21].")
    return tmp_path


def test_real_lessons_are_read_in_order():
    df = course.lessons()
    assert list(df.columns) == list(course.COLUMNS)
    files = sorted(p.name for p in (ROOT / "lessons").glob("*.ipynb"))
    assert df["file"].tolist() == files
    assert df["number"].tolist() == sorted(df["number"])
    first = df.iloc[0]
    assert first["number"] == 0 and first["title"].startswith("Start here")
    assert 3 <= len(first["objectives"]) <= 5
    assert first["time_min"] > 0 and first["prerequisites"]
    assert {"S15", "S20", "S24"} <= set(first["claims"])


def test_synthetic_lessons(tmp_lessons: Path):
    df = course.lessons(tmp_lessons)
    row = df.iloc[1]
    assert row["number"] == 1
    assert row["title"] == "Reading the plan"
    assert row["promise"] == "Compare the plan with what happened."
    assert row["objectives"] == ["Compute a growth rate.", "Explain why targets rose [S3]."]
    assert row["time_min"] == 25
    assert row["prerequisites"] == "lesson 00"
    assert row["claims"] == ["S2", "S3", "S13", "S20", "S21"]  # ranges, numeric order, once


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (GOOD.replace("# Reading the plan", "Reading the plan"), "H1"),
        (GOOD.replace("\nCompare the plan with what happened.\n", ""), "promise"),
        (GOOD.replace("## Learning objectives", "## Aims"), "Learning objectives"),
        (GOOD.replace("- ", "  "), "bullet"),
        (GOOD.replace("**Time:** ~25 min", "**Time:** soon"), "Time"),
    ],
)
def test_malformed_lesson_names_the_file(tmp_path: Path, text: str, what: str):
    write_lesson(tmp_path, "03_broken.ipynb", text)
    with pytest.raises(ValueError, match="03_broken.ipynb") as info:
        course.lessons(tmp_path)
    assert what in str(info.value)


def test_badly_named_file_and_empty_folder(tmp_path: Path):
    with pytest.raises(ValueError, match="lessons_dir"):
        course.lessons(tmp_path)
    with pytest.raises(ValueError, match="lessons_dir"):
        course.lessons(tmp_path / "nowhere")
    with pytest.raises(TypeError, match="lessons_dir"):
        course.lessons(42)
    write_lesson(tmp_path, "intro.ipynb", GOOD)
    with pytest.raises(ValueError, match="intro.ipynb"):
        course.lessons(tmp_path)


def test_map_markdown_lists_every_lesson():
    table = course.map_markdown()
    df = course.lessons()
    lines = table.strip().splitlines()
    assert len(lines) == 2 + len(df)
    for row in df.itertuples():
        assert f"[{row.title}]({row.file})" in table
        assert f"~{row.time_min} min" in table


def test_map_escapes_pipes(tmp_path: Path):
    write_lesson(tmp_path, "00_x.ipynb", GOOD.replace("Reading the plan", "Plan | outcome"))
    assert "Plan \\| outcome" in course.map_markdown(tmp_path)


def test_write_then_check_then_stale(tmp_lessons: Path):
    readme = tmp_lessons / "README.md"
    assert course_files.main(["--check", "--lessons-dir", str(tmp_lessons)]) == 1  # missing
    assert course_files.main(["--write", "--lessons-dir", str(tmp_lessons)]) == 0
    text = readme.read_text()
    assert course_files.START_MARKER in text and "[Intro](00_intro.ipynb)" in text
    assert course_files.main(["--check", "--lessons-dir", str(tmp_lessons)]) == 0
    # Text outside the markers survives a rewrite.
    readme.write_text(
        "# My heading\n\nKeep me.\n\n" + text[text.index(course_files.START_MARKER) :]
    )
    write_lesson(tmp_lessons, "02_new.ipynb", GOOD.replace("Reading the plan", "New lesson"))
    assert course_files.main(["--check", "--lessons-dir", str(tmp_lessons)]) == 1  # stale
    course_files.main(["--write", "--lessons-dir", str(tmp_lessons)])
    text = readme.read_text()
    assert text.startswith("# My heading\n\nKeep me.") and "New lesson" in text
    assert course_files.main(["--check", "--lessons-dir", str(tmp_lessons)]) == 0


def test_cli_exit_status(tmp_lessons: Path):
    run = [sys.executable, "-m", "helpers.core.course_files", "--lessons-dir", str(tmp_lessons)]
    stale = subprocess.run([*run, "--check"], capture_output=True, text=True, cwd=ROOT)
    assert stale.returncode == 1 and "stale" in stale.stderr
    assert subprocess.run([*run, "--write"], capture_output=True, cwd=ROOT).returncode == 0
    assert subprocess.run([*run, "--check"], capture_output=True, cwd=ROOT).returncode == 0


def test_committed_readme_is_fresh():
    assert course_files.main(["--check"]) == 0, "run `make index` and commit what it writes"


def test_top_level_readme_index_lists_every_lesson_with_binder_links():
    readme = (LESSONS_DIR.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split(course_files.INDEX_START, 1)[1].split(course_files.INDEX_END, 1)[0]
    for row in course.lessons().itertuples():
        assert f"lessons/{row.file}" in block
        assert f"urlpath=lab/tree/lessons/{row.file}" in block
        assert f"urlpath=voila/render/lessons/{row.file}" in block
    assert course_files.root_readme_text(LESSONS_DIR.parent / "README.md") == readme, (
        "README.md's lesson index is stale: run `make index`"
    )


def test_every_lesson_ends_with_a_generated_link_to_the_next(tmp_lessons: Path):
    course_files.main(["--write", "--lessons-dir", str(tmp_lessons)])
    first = json.loads((tmp_lessons / "00_intro.ipynb").read_text())["cells"][-1]
    last = json.loads((tmp_lessons / "01_plan.ipynb").read_text())["cells"][-1]
    assert first["id"] == course_files.NAVIGATION_ID
    assert "](01_plan.ipynb)" in "".join(first["source"])
    assert "last lesson" in "".join(last["source"]) and "](00_intro.ipynb)" in "".join(
        last["source"]
    )
    write_lesson(tmp_lessons, "02_new.ipynb", GOOD.replace("Reading the plan", "New lesson"))
    assert course_files.main(["--check", "--lessons-dir", str(tmp_lessons)]) == 1
    course_files.main(["--write", "--lessons-dir", str(tmp_lessons)])
    cells = json.loads((tmp_lessons / "01_plan.ipynb").read_text())["cells"]
    assert [c.get("id") for c in cells].count(course_files.NAVIGATION_ID) == 1
    assert "](02_new.ipynb)" in "".join(cells[-1]["source"])


def test_reading_time_counts_prose_folds_apps_and_exercises_and_skips_solutions(tmp_path):
    prose = " ".join(["word"] * 600)  # 4 minutes at 150 words a minute
    folded = "<details><summary>More</summary>\n\n" + " ".join(["x"] * 900) + "\n</details>"
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": prose},
        {"cell_type": "markdown", "metadata": {}, "source": folded},  # 2 minutes at 450
        {"cell_type": "code", "metadata": {}, "source": "lesson.plan_app()"},  # 3
        {"cell_type": "markdown", "metadata": {}, "source": "### Exercise 1 — x"},  # 4
        {"cell_type": "code", "metadata": {}, "source": "lesson.quiz_baseline()"},  # 1
        {"cell_type": "markdown", "metadata": {"tags": ["solution"]}, "source": prose},
        {"cell_type": "markdown", "metadata": {"tags": ["navigation"]}, "source": prose},
    ]
    path = tmp_path / "01_x.ipynb"
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    t = course.reading_time(path)
    assert (t["apps"], t["exercises"], t["quizzes"]) == (1, 1, 1)
    assert t["words"] == 600 + 5 and t["more_words"] >= 900
    assert t["minutes"] == 15  # 4 + 2 + 3 + 4 + 1 = 14.0x, rounded up to a multiple of 5
    with pytest.raises(ValueError, match="path must be a lesson notebook"):
        course.reading_time(tmp_path / "missing.ipynb")
