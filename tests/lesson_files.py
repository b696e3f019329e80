"""Shared helpers for tests that read the lesson notebooks and their apps."""

from __future__ import annotations

import importlib
import json
import math
import re
from pathlib import Path

import ipywidgets as widgets

ROOT = Path(__file__).resolve().parents[1]
LESSONS = sorted((ROOT / "lessons").glob("[0-9][0-9]_*.ipynb"))
CLAIM = re.compile(r"\bS([1-9]|1[0-9]|2[0-4])\b")


def lesson_ids() -> list[str]:
    return [p.stem for p in LESSONS]


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def lesson_module(path: Path):
    """Return ``helpers.lessonNN`` for ``lessons/NN_*.ipynb``, or None if it has none."""
    name = f"helpers.lesson{path.stem[:2]}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def all_app_factories() -> list[tuple[str, object]]:
    found = []
    for path in LESSONS:
        module = lesson_module(path)
        for factory in getattr(module, "APPS", ()):
            found.append((f"{path.stem[:2]}.{factory.__name__}", factory))
    return found


def sweep_values(control: widgets.ValueWidget) -> list[object]:
    """Values across a control's whole range: both ends and points between."""
    if isinstance(control, widgets.IntSlider | widgets.FloatSlider):
        lo, hi, step = control.min, control.max, control.step
        n_steps = max(1, round((hi - lo) / step))
        picks = sorted({0, n_steps, n_steps // 4, n_steps // 2, (3 * n_steps) // 4})
        values = [lo + k * step for k in picks]
        if isinstance(control, widgets.IntSlider):
            return [int(v) for v in values]
        return [round(min(v, hi), 10) for v in values]
    if isinstance(control, widgets.IntRangeSlider | widgets.FloatRangeSlider):
        lo, hi = control.min, control.max
        mid = lo + (hi - lo) // 2 if isinstance(lo, int) else lo + (hi - lo) / 2
        return [(lo, hi), (lo, mid), (mid, hi), (lo, lo), (hi, hi)]
    if isinstance(control, widgets.SelectionRangeSlider):
        opts = list(control.options)
        values = [o[1] if isinstance(o, tuple) else o for o in opts]
        return [(values[0], values[-1]), (values[0], values[len(values) // 2]), (values[-1], values[-1])]
    if isinstance(control, widgets.Checkbox | widgets.ToggleButton):
        return [not control.value, control.value]
    if hasattr(control, "options"):
        opts = list(control.options)
        if opts and isinstance(opts[0], tuple):
            return [value for _label, value in opts]
        return opts
    raise TypeError(f"no sweep defined for {type(control).__name__}")


def non_finite_numbers(spec: dict) -> list[object]:
    """Every NaN or infinite number in the data a chart spec carries."""
    bad = []

    def walk(obj):
        if isinstance(obj, float) and not math.isfinite(obj):
            bad.append(obj)
        elif isinstance(obj, dict):
            for v in obj.values():
                walk(v)
        elif isinstance(obj, list):
            for v in obj:
                walk(v)

    walk(spec.get("datasets", {}))
    walk(spec.get("data", {}))
    return bad
