"""Every lesson, its package and its apps, found by convention, and the values that sweep a control.

A lesson is a notebook ``lessons/NN_<slug>.ipynb``. Its code lives in the package
``helpers.lessons.<slug>``: ``apps.py`` holds the tuple ``APPS`` of its app factories and
``exercises.py`` its exercise checks ``ex_N``. Its tests are in ``tests/lessons/<slug>/``
and its instructor notes in ``instructors/NN_<slug>.md``. Tests, the benchmark and the
progress panel use this module to reach every lesson without anyone keeping a list, so
adding a lesson edits no list anywhere.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import ipywidgets as widgets

from helpers.core.paths import LESSONS_DIR

#: A lesson notebook's file name: two-digit number, then the slug of its package.
NOTEBOOK = re.compile(r"^(?P<number>\d\d)_(?P<slug>[a-z][a-z0-9_]*)\.ipynb$")
PACKAGE = "helpers.lessons"


@dataclass(frozen=True)
class Lesson:
    """One lesson: its number, slug and notebook; its package is ``helpers.lessons.<slug>``."""

    number: str
    slug: str
    notebook: Path

    @property
    def package(self) -> str:
        return f"{PACKAGE}.{self.slug}"

    def module(self, part: str) -> ModuleType | None:
        """The lesson package's module ``part`` (``"apps"``, ``"exercises"``), or None."""
        return _import(f"{self.package}.{part}")


def lessons(lessons_dir: Path = LESSONS_DIR) -> list[Lesson]:
    """Every lesson notebook in ``lessons_dir``, in course order.

    Examples
    --------
    >>> [lesson.slug for lesson in lessons()][:2]
    ['start_here', 'soviet_model']
    """
    if not Path(lessons_dir).is_dir():
        raise ValueError(f"lessons_dir must be an existing folder; got {str(lessons_dir)!r}")
    found = []
    for path in sorted(Path(lessons_dir).glob("[0-9][0-9]_*.ipynb")):
        match = NOTEBOOK.match(path.name)
        if match:
            found.append(Lesson(match["number"], match["slug"], path))
    return found


def lesson_of_module(module_name: str) -> str:
    """The slug of the lesson package a module belongs to.

    Examples
    --------
    >>> lesson_of_module("helpers.lessons.crisis.exercises")
    'crisis'
    """
    match = re.fullmatch(rf"{re.escape(PACKAGE)}\.([a-z][a-z0-9_]*)(\..+)?", str(module_name))
    if match is None:
        raise ValueError(
            f"module_name must name a module of a lesson package {PACKAGE}.<slug>; "
            f"got {module_name!r}"
        )
    return match.group(1)


def all_app_factories(lessons_dir: Path = LESSONS_DIR) -> list[tuple[str, Callable]]:
    """Return ``("NN.factory_name", factory)`` for every app of every lesson present."""
    found = []
    for lesson in lessons(lessons_dir):
        apps = lesson.module("apps")
        for factory in getattr(apps, "APPS", ()):
            found.append((f"{lesson.number}.{factory.__name__}", factory))
    return found


def _import(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and name.startswith(exc.name):
            return None
        raise


def sweep_values(control: widgets.ValueWidget) -> list[object]:
    """Values across a control's whole range: both ends and points between.

    A slider with at most 12 positions gives every position.

    Examples
    --------
    >>> sweep_values(widgets.IntSlider(value=5, min=0, max=40, step=1))
    [0, 10, 20, 30, 40]
    >>> sweep_values(widgets.IntSlider(value=1957, min=1952, max=1956, step=1))
    [1952, 1953, 1954, 1955, 1956]
    >>> sweep_values(widgets.Dropdown(options=[("A", "a"), ("B", "b")]))
    ['a', 'b']
    >>> sweep_values(widgets.Dropdown(options={"A": "a", "B": "b"}))
    ['a', 'b']
    """
    if isinstance(control, widgets.IntSlider | widgets.FloatSlider):
        lo, hi, step = control.min, control.max, control.step
        n_steps = max(1, round((hi - lo) / step))
        if n_steps <= 12:  # few positions: try every one
            picks = range(n_steps + 1)
        else:
            picks = sorted({0, n_steps, n_steps // 4, n_steps // 2, (3 * n_steps) // 4})
        values = [min(lo + k * step, hi) for k in picks]
        if isinstance(control, widgets.IntSlider):
            return [int(v) for v in values]
        return [round(v, 10) for v in values]
    if isinstance(control, widgets.IntRangeSlider | widgets.FloatRangeSlider):
        lo, hi = control.min, control.max
        mid = lo + (hi - lo) // 2 if isinstance(control, widgets.IntRangeSlider) else (lo + hi) / 2
        return [(lo, hi), (lo, mid), (mid, hi), (lo, lo), (hi, hi)]
    if isinstance(control, widgets.SelectionRangeSlider):
        values = [o[1] if isinstance(o, tuple) else o for o in control.options]
        return [(values[0], values[-1]), (values[0], values[len(values) // 2]), (values[-1],) * 2]
    if isinstance(control, widgets.Checkbox | widgets.ToggleButton):
        return [not control.value, control.value]
    if hasattr(control, "options"):
        if isinstance(control.options, Mapping):
            return list(control.options.values())
        options = list(control.options)
        if options and isinstance(options[0], tuple):
            return [value for _label, value in options]
        return options
    raise TypeError(f"control must be a slider, range slider, checkbox or list; got {control!r}")
