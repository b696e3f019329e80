"""Chart specs compared apart from dataset names: what a redrawn chart must keep.

A chart's spec names its datasets after a hash of their rows (Altair) or after the part
they feed (a cached template, ``alt.Data(name="paths")``), so two specs of the same chart
differ in those names alone. :func:`normalised` puts every layer's rows back inline and
drops layers whose rows are empty (a layer chart's own data is given to each layer, which
Vega-Lite does too): a template keeps a fixed set of layers and leaves a
marker layer empty when there is nothing to mark, where a chart built afresh left the
layer out. Everything else (marks, encodings, scales, titles, rows) must be equal; the theme's
``config``, the same for every chart, is left out.
"""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt

SPECS = Path(__file__).resolve().parents[1] / "course" / "specs"


def normalised(chart: alt.TopLevelMixin) -> dict:
    """The chart's spec with its named datasets inline and its empty layers dropped."""
    spec = json.loads(json.dumps(chart.to_dict()))
    datasets = spec.pop("datasets", {})
    for key in ("$schema", "config"):  # the course theme, the same for every chart
        spec.pop(key, None)

    def walk(obj):
        if isinstance(obj, dict):
            data = obj.get("data")
            if isinstance(data, dict) and data.get("name") in datasets:
                obj["data"] = {"values": datasets[data["name"]]}
            for value in obj.values():
                walk(value)
            if isinstance(obj.get("layer"), list):
                if "data" in obj:  # layers inherit it (Altair lifts data its layers share)
                    shared = obj.pop("data")
                    for part in obj["layer"]:
                        part.setdefault("data", shared)
                obj["layer"] = [part for part in obj["layer"] if part.get("data") != {"values": []}]
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    walk(spec)
    return spec


def layer_marks(chart: alt.TopLevelMixin) -> list[str]:
    """The mark type of each top-level layer, empty or not (a template's fixed layer set)."""
    spec = chart.to_dict(validate=False)
    marks = []
    for part in spec.get("layer", []):
        mark = part.get("mark", {})
        marks.append(mark.get("type") if isinstance(mark, dict) else mark)
    return marks


def path(app: str) -> Path:
    return SPECS / f"{app}.json"


def load(app: str) -> list[dict]:
    """The recorded cases of ``app``: ``{"values": {...}, "spec": {...}}``, one a line."""
    lines = path(app).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def write(app: str, cases: list[dict]) -> None:
    SPECS.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(case, sort_keys=True, ensure_ascii=False) + "\n" for case in cases)
    path(app).write_text(text, encoding="utf-8")
