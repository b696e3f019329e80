"""Every app in the course, found from the lessons, and the values that sweep a control.

Tests and the benchmark use this to reach every control of every app without
anyone keeping a list: a lesson ``lessons/NN_*.ipynb`` has its apps in
``helpers.lessonNN.APPS``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path

import ipywidgets as widgets

from helpers.core.paths import LESSONS_DIR


def lesson_module(number: str):
    """Return ``helpers.lessonNN`` for a two-digit lesson number, or None if it has none.

    Examples
    --------
    >>> lesson_module("99") is None
    True
    """
    if not (isinstance(number, str) and len(number) == 2 and number.isdigit()):
        raise ValueError(f"number must be a two-digit string such as '01'; got {number!r}")
    name = f"helpers.lesson{number}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def all_app_factories(lessons_dir: Path = LESSONS_DIR) -> list[tuple[str, Callable]]:
    """Return ``("NN.factory_name", factory)`` for every app of every lesson present."""
    if not Path(lessons_dir).is_dir():
        raise ValueError(f"lessons_dir must be an existing folder; got {str(lessons_dir)!r}")
    found = []
    for path in sorted(Path(lessons_dir).glob("[0-9][0-9]_*.ipynb")):
        module = lesson_module(path.name[:2])
        for factory in getattr(module, "APPS", ()):
            found.append((f"{path.name[:2]}.{factory.__name__}", factory))
    return found


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
