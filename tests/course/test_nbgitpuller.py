"""Hub launch links use nbgitpuller; prove a course update never clobbers a learner's work.

The real nbgitpuller (as a hub runs it behind a `git-pull?repo=...` link) pulls from a
local clone, so no network is needed: a learner edits a lesson and deletes another;
the course is then updated upstream; pulling again keeps the edit, restores the
deleted lesson and brings in the update.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from nbgitpuller.pull import GitPuller

from tests.support.lessons import git

ROOT = Path(__file__).resolve().parents[2]


def pull(upstream: Path, learner: Path) -> None:
    for _line in GitPuller(str(upstream), str(learner), branch="main", depth=None).pull():
        pass


def published_course(tmp_path: Path) -> Path:
    """The course's lessons as an upstream repository with one commit, "course v1"."""
    upstream = tmp_path / "course"
    shutil.copytree(ROOT / "lessons", upstream / "lessons")
    git(upstream, "init", "-q", "-b", "main")
    git(upstream, "add", "-A")
    git(upstream, "commit", "-q", "-m", "course v1")
    return upstream


def add_markdown_cell(path: Path, text: str) -> None:
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": [text]})
    path.write_text(json.dumps(nb, indent=1) + "\n", encoding="utf-8")


def test_a_course_update_keeps_learner_edits_and_restores_deleted_lessons(tmp_path):
    upstream = published_course(tmp_path)

    learner = tmp_path / "home" / "course"
    pull(upstream, learner)  # first click on the link: a fresh clone
    lessons = sorted((learner / "lessons").glob("[0-9][0-9]_*.ipynb"))
    assert len(lessons) >= 2
    edited, deleted = lessons[1], lessons[0]

    add_markdown_cell(edited, "My notes: the overtaking year moved when I changed v_k.")
    deleted.unlink()

    update = upstream / "lessons" / "README.md"
    update.write_text(update.read_text(encoding="utf-8") + "\nUpdated for the workshop.\n")
    git(upstream, "commit", "-q", "-am", "course v2")

    pull(upstream, learner)  # the next click, after the course was updated

    assert "My notes: the overtaking year" in edited.read_text(encoding="utf-8")
    assert deleted.exists(), "a deleted lesson comes back"
    assert json.loads(deleted.read_text(encoding="utf-8"))["cells"]
    assert "Updated for the workshop." in (learner / "lessons" / "README.md").read_text()


def test_a_lesson_saved_with_outputs_does_not_block_an_update_of_that_lesson(tmp_path):
    from tests.course.test_saved_runs import executed

    upstream = published_course(tmp_path)
    learner = tmp_path / "home" / "course"
    pull(upstream, learner)

    saved = sorted((learner / "lessons").glob("[0-9][0-9]_*.ipynb"))[0]
    saved.write_text(executed(saved), encoding="utf-8")  # Run All, then save (no filter on a hub)
    add_markdown_cell(upstream / "lessons" / saved.name, "A correction for the workshop.")
    git(upstream, "commit", "-q", "-am", "course v2")

    pull(upstream, learner)

    text = saved.read_text(encoding="utf-8")
    assert "A correction for the workshop." in text, "the update reached the saved lesson"
    assert json.loads(text)["cells"], "the saved lesson is still a notebook"
