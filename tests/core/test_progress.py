"""Learner progress: kept in the home folder, robust to bad files, reset on request."""

from __future__ import annotations

import inspect
import json
import os
from pathlib import Path

import pytest

from helpers.core import discovery as apps
from helpers.core import progress
from helpers.lessons.start_here import exercises

ROOT = Path(__file__).resolve().parents[2]


def test_the_default_file_is_in_the_home_folder_not_the_repository(monkeypatch):
    monkeypatch.delenv(progress.ENV, raising=False)
    path = progress.progress_file()
    assert path.is_relative_to(Path.home())
    assert not path.resolve().is_relative_to(ROOT.resolve())


def test_tests_never_touch_the_real_progress_file():
    assert os.environ[progress.ENV] != str(Path.home() / ".glf-course" / "progress.json")


def test_record_load_reset(tmp_path):
    f = tmp_path / "sub" / "progress.json"
    assert progress.load(f).passed == {}
    progress.record("soviet_model.2", f)
    progress.record("soviet_model.2", f)  # a second pass keeps the first time
    progress.record("start_here.1", f)
    assert sorted(progress.load(f).passed) == ["soviet_model.2", "start_here.1"]
    assert progress.reset(f).passed == {}
    assert progress.load(f).passed == {}


@pytest.mark.parametrize("content", ["{not json", '{"passed": [1, 2]}', '{"passed": {"x": 1}}', ""])
def test_a_corrupt_file_starts_afresh_and_says_so(tmp_path, content):
    f = tmp_path / "progress.json"
    f.write_text(content)
    loaded = progress.load(f)
    assert loaded.passed == {} and "starts afresh" in loaded.note
    assert (tmp_path / "progress.corrupt.json").exists(), "the old file is kept, not destroyed"
    assert progress.record("decentralisation.1", f).passed.keys() == {"decentralisation.1"}


def test_an_unwritable_place_never_breaks_a_lesson(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = progress.record("soviet_model.1", blocker / "progress.json")  # parent is a file
    assert "could not be saved" in result.note


def test_bad_exercise_ids_are_refused():
    with pytest.raises(ValueError, match="exercise_id must look like"):
        progress.record("lesson one")


def test_tracked_records_only_a_pass(tmp_path, monkeypatch):
    f = tmp_path / "p.json"
    monkeypatch.setenv(progress.ENV, str(f))

    assert not exercises.ex_1(...)
    assert progress.load().passed == {}
    assert exercises.ex_2("July")  # the month the Soviet experts were recalled
    assert list(progress.load().passed) == ["start_here.2"]
    assert json.loads(f.read_text())["passed"]["start_here.2"]


def test_tracked_refuses_a_function_that_is_not_a_lesson_check():
    def ex_1(answer):
        return answer

    with pytest.raises(ValueError, match="check must be a function ex_N"):
        progress.tracked(ex_1)


def test_every_exercise_check_in_the_course_is_tracked():
    for lesson in apps.lessons():
        module = lesson.module("exercises")
        checks = [
            name
            for name, obj in vars(module or object()).items()
            if name.startswith("ex_") and name[3:].isdigit() and inspect.isfunction(obj)
        ]
        for name in checks:
            check = getattr(module, name)
            assert check.exercise_id == f"{lesson.slug}.{name[3:]}", f"{module.__name__}.{name}"
    assert len(progress.exercises()) >= 6


def test_a_file_written_before_lesson_packages_keeps_its_passes(tmp_path):
    f = tmp_path / "p.json"
    f.write_text(
        json.dumps({"passed": {"04.2": "2026-11-30T10:00:00", "00.1": "2026-11-29T09:00:00"}})
    )
    loaded = progress.load(f)
    assert loaded.passed == {
        "crisis.2": "2026-11-30T10:00:00",
        "start_here.1": "2026-11-29T09:00:00",
    }
    assert loaded.note == ""
    assert sorted(progress.record("crisis.3", f).passed) == ["crisis.2", "crisis.3", "start_here.1"]


def test_summary_and_panel_show_and_reset_progress(tmp_path):
    f = tmp_path / "p.json"
    progress.record("soviet_model.1", f)
    table = progress.summary(f).set_index("lesson")
    assert table.loc["01_soviet_model", "passed"] == 1
    assert table.loc["01_soviet_model", "exercises"] >= 3
    panel = progress.progress_panel(f)
    view, (refresh, reset) = panel.children[0], panel.children[1].children
    assert "1 of" in view.value
    progress.record("soviet_model.2", f)
    refresh.click()
    assert "2 of" in view.value
    confirm = panel.children[2]
    question, erase, cancel = confirm.children
    reset.click()
    assert len(progress.load(f).passed) == 2, "reset asks before it erases"
    assert confirm.layout.display == "flex" and "Erase 2 passed exercises?" in question.value
    cancel.click()
    assert confirm.layout.display == "none" and len(progress.load(f).passed) == 2
    reset.click()
    erase.click()
    assert progress.load(f).passed == {} and "0 of" in view.value
    assert confirm.layout.display == "none"


def test_panel_reports_a_corrupt_file(tmp_path):
    f = tmp_path / "p.json"
    f.write_text("garbage")
    assert "starts afresh" in progress.progress_panel(f).children[0].value
