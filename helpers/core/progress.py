"""A learner's progress: which exercises they have passed, kept in their home folder.

The file is ``~/.glf-course/progress.json`` (or the path in ``$GLF_PROGRESS_FILE``),
never inside the course's repository, so a course update cannot touch it. A
missing file means no progress yet; an unreadable or corrupt one is set aside and
progress starts afresh, with a note saying so: progress can never break a lesson.

Exercise checks record a pass through :func:`tracked`, which wraps a lesson's
``ex_N`` function and names the exercise ``"<slug>.N"`` after its lesson package
(``helpers.lessons.<slug>``) and its name: ``"crisis.2"``. Ids do not change when lessons
are renumbered. Files written before lessons had packages used ``"NN.N"`` (``"04.2"``);
:func:`load` reads those under their lesson's slug.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from helpers.core import course, feedback, i18n
from helpers.core.i18n import t

ENV = "GLF_PROGRESS_FILE"
EXERCISE_ID = re.compile(r"^[a-z][a-z0-9_]*\.\d+$")
#: Ids written by the course before lessons had packages ("04.2"), by lesson number.
_LEGACY_LESSONS = {
    "00": "start_here",
    "01": "soviet_model",
    "02": "decentralisation",
    "03": "communes",
    "04": "crisis",
    "05": "counting_the_cost",
}
_LEGACY_ID = re.compile(r"^(\d\d)\.(\d+)$")


def _current_id(exercise_id: str) -> str:
    """An id as written now: a legacy ``"04.2"`` becomes ``"crisis.2"``."""
    legacy = _LEGACY_ID.match(exercise_id)
    if legacy and legacy.group(1) in _LEGACY_LESSONS:
        return f"{_LEGACY_LESSONS[legacy.group(1)]}.{legacy.group(2)}"
    return exercise_id


def progress_file() -> Path:
    """The progress file: ``$GLF_PROGRESS_FILE`` or ``~/.glf-course/progress.json``."""
    return Path(os.environ.get(ENV) or Path.home() / ".glf-course" / "progress.json")


def _path(path: object) -> Path:
    if path is None:
        return progress_file()
    if not isinstance(path, str | os.PathLike):
        raise TypeError(
            f"path must be a file path (str or Path) or None; got {type(path).__name__}"
        )
    return Path(path)


@dataclass
class Progress:
    """Passed exercises (id -> ISO time of the first pass) and a note for the learner."""

    passed: dict[str, str] = field(default_factory=dict)
    note: str = ""


def load(path: Path | None = None) -> Progress:
    """Read the progress file; a corrupt one is set aside and progress starts afresh.

    Examples
    --------
    >>> import tempfile
    >>> load(Path(tempfile.mkdtemp()) / "none.json").passed
    {}
    """
    path = _path(path)
    if not path.exists():
        return Progress()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        passed = raw["passed"]
        if not isinstance(passed, dict):
            raise ValueError("unexpected contents")
        current = {
            _current_id(k): v
            for k, v in passed.items()
            if isinstance(k, str) and isinstance(v, str)
        }
        if len(current) != len(passed) or not all(EXERCISE_ID.match(k) for k in current):
            raise ValueError("unexpected contents")
        return Progress(passed=current)
    except (OSError, ValueError, KeyError, TypeError):
        kept = path.with_suffix(".corrupt.json")
        try:
            path.replace(kept)
        except OSError:
            return Progress(
                note=t("Your progress file could not be read, so progress starts afresh.")
            )
        return Progress(
            note=t(
                "Your progress file could not be read, so progress starts afresh "
                "(the old file was kept as {name}).",
                name=kept.name,
            )
        )


def _save(progress: Progress, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"passed": progress.passed}, indent=1, sort_keys=True), "utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a file


def record(exercise_id: str, path: Path | None = None) -> Progress:
    """Mark ``exercise_id`` (e.g. ``"soviet_model.2"``) as passed; never raises on a file problem.

    Examples
    --------
    >>> import tempfile
    >>> f = Path(tempfile.mkdtemp()) / "p.json"
    >>> sorted(record("soviet_model.2", f).passed)
    ['soviet_model.2']
    """
    if not isinstance(exercise_id, str) or not EXERCISE_ID.match(exercise_id):
        raise ValueError(
            f"exercise_id must look like 'soviet_model.2' (lesson slug.exercise); "
            f"got {exercise_id!r}"
        )
    path = _path(path)
    progress = load(path)
    progress.passed.setdefault(exercise_id, dt.datetime.now().isoformat(timespec="seconds"))
    try:
        _save(progress, path)
    except OSError as exc:
        progress.note = t(
            "Progress could not be saved ({reason}); the lesson still works.",
            reason=exc.strerror or exc,
        )
    return progress


def reset(path: Path | None = None) -> Progress:
    """Forget every passed exercise (the file is emptied, not deleted)."""
    path = _path(path)
    progress = Progress()
    try:
        _save(progress, path)
    except OSError as exc:
        progress.note = t("Progress could not be reset ({reason}).", reason=exc.strerror or exc)
    return progress


def tracked(check: Callable[[object], feedback.Feedback]) -> Callable[[object], feedback.Feedback]:
    """Wrap a lesson's ``ex_N`` check so that a pass is recorded as exercise ``"<slug>.N"``."""
    from helpers.core.discovery import lesson_of_module

    number = re.fullmatch(r"ex_(\d+)", getattr(check, "__name__", ""))
    try:
        slug = lesson_of_module(getattr(check, "__module__", ""))
    except ValueError:
        slug = None
    if not (callable(check) and number and slug):
        raise ValueError(
            "check must be a function ex_N in a lesson package helpers.lessons.<slug>; "
            f"got {getattr(check, '__qualname__', check)!r}"
        )
    exercise_id = f"{slug}.{number.group(1)}"

    @functools.wraps(check)
    def wrapper(answer: object) -> feedback.Feedback:
        result = check(answer)
        if result.passed:
            record(exercise_id)
        return result

    wrapper.exercise_id = exercise_id
    return wrapper


def exercises() -> pd.DataFrame:
    """Every exercise check in the course: lesson (notebook name), exercise number and id."""
    from helpers.core.discovery import lessons

    rows = []
    for lesson in lessons():
        module = lesson.module("exercises")
        for name in sorted(vars(module or object()), key=lambda n: (len(n), n)):
            exercise_id = getattr(getattr(module, name), "exercise_id", None)
            if exercise_id:
                rows.append(
                    {"lesson": lesson.notebook.stem, "exercise": int(name[3:]), "id": exercise_id}
                )
    return pd.DataFrame(rows, columns=["lesson", "exercise", "id"])


def summary(path: Path | None = None) -> pd.DataFrame:
    """One row per lesson: exercises passed and in all."""
    progress = load(_path(path))
    table = exercises()
    table["passed"] = table["id"].isin(progress.passed)
    return (
        table.groupby("lesson", as_index=False)
        .agg(passed=("passed", "sum"), exercises=("id", "count"))
        .astype({"passed": int})
    )


def _summary_html(path: Path | None = None) -> str:
    path = _path(path)
    progress = load(path)
    table = summary(path)
    titles = _titles()
    rows = "".join(
        f"<tr><td>{html.escape(titles.get(r.lesson, r.lesson))}</td><td>{passed}"
        f"{' ✅' if r.passed == r.exercises and r.exercises else ''}</td></tr>"
        for r in table.itertuples()
        for passed in [t("{passed} of {total}", passed=r.passed, total=r.exercises)]
    )
    note = f'<p role="status">{html.escape(progress.note)}</p>' if progress.note else ""
    code = "<code>" + html.escape(str(path)) + "</code>"
    where = t("Kept in {file}.", file=code)
    heads = (t("Lesson"), t("Exercises passed"))
    return (
        f"{note}<table><thead><tr><th>{heads[0]}</th><th>{heads[1]}</th></tr>"
        f"</thead><tbody>{rows}</tbody></table><p>{where}</p>"
    )


def _titles() -> dict[str, str]:
    """Each lesson's notebook name -> "NN · its title", in the current language."""
    language = i18n.current_language()
    folder = None if language == "en" else course.LESSONS_DIR / language
    return {
        Path(r.file).stem: f"{r.number:02d} · {r.title}"
        for r in course.lessons(folder).itertuples(index=False)
    }


def progress_panel(path: Path | None = None) -> widgets.VBox:
    """A table of passed exercises per lesson, with Refresh and Reset buttons.

    Reset asks first: it shows how many passes would be erased, with "Yes, erase" and
    "Cancel"; only "Yes, erase" empties the file.
    """
    path = _path(path)
    view = widgets.HTML(_summary_html(path))
    refresh = widgets.Button(
        description=t("Refresh"), icon="refresh", tooltip=t("Read progress again")
    )
    clear = widgets.Button(
        description=t("Reset my progress"),
        button_style="warning",
        tooltip=t("Forget passed exercises"),
        layout=widgets.Layout(width="auto"),  # a longer label (Kazakh) is not cut
    )
    question = widgets.HTML()
    erase = widgets.Button(description=t("Yes, erase"), button_style="danger")
    cancel = widgets.Button(description=t("Cancel"))
    confirm = widgets.HBox([question, erase, cancel], layout=widgets.Layout(display="none"))

    def on_refresh(_button=None) -> None:
        view.value = _summary_html(path)

    def on_ask(_button=None) -> None:
        passed = len(load(path).passed)
        ask = (
            t("Erase 1 passed exercise? This cannot be undone.")
            if passed == 1
            else t("Erase {passed} passed exercises? This cannot be undone.", passed=passed)
        )
        question.value = f'<p role="alert">{ask}</p>'
        confirm.layout.display = "flex"

    def on_cancel(_button=None) -> None:
        confirm.layout.display = "none"

    def on_erase(_button=None) -> None:
        reset(path)
        on_cancel()
        on_refresh()

    refresh.on_click(on_refresh)
    clear.on_click(on_ask)
    cancel.on_click(on_cancel)
    erase.on_click(on_erase)
    panel = widgets.VBox([view, widgets.HBox([refresh, clear]), confirm])
    panel.add_class("glf-progress")
    return panel
