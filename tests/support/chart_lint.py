"""A chart lint over what Vega actually lays out, not over the spec's wishes.

``problems(spec)`` renders a Vega-Lite spec to Vega's scenegraph (vl-convert, offline, no
browser) and reports what a reader would see as a glitch: an axis that repeats a tick
label ("1953 1953"), tick labels that run into each other ("100,0001,000,000", "280300"),
legend entries that overlap, a legend that draws as a line a series drawn as points, a
chart without a title or a description, and a chart sized to its "container" (inside an
ipywidgets Output in JupyterLab the container has no width yet, so the chart draws 0 px wide).
Label widths are estimated from the font size (digits and Latin letters in the course's
sans-serif average under 0.6 em), so a collision reported here is a real one.
"""

from __future__ import annotations

import json

import vl_convert as vlc

CHAR_EM = 0.55  # average advance of a label character, in em (a conservative estimate)
GAP_PX = 1.0  # labels closer than this read as one


def scenegraph(spec: dict) -> dict:
    version = spec.get("$schema", "v5.20.1").rsplit("/v", 1)[-1].removesuffix(".json")
    version = ".".join(version.split(".")[:2])
    graph = vlc.vegalite_to_scenegraph(spec, vl_version=version)
    return json.loads(graph) if isinstance(graph, str) else graph


def label_marks(node: object, role: str) -> list[list[dict]]:
    """The items of every text mark with ``role`` (one list per axis or legend)."""
    found: list[list[dict]] = []

    def walk(n: object) -> None:
        if isinstance(n, dict):
            if n.get("marktype") == "text" and n.get("role") == role:
                items = n.get("items", [])
                found.append(
                    [i for i in items if str(i.get("text", "")).strip() and i.get("opacity", 1)]
                )
            for key in ("items", "root", "scenegraph"):
                if key in n:
                    walk(n[key])
        elif isinstance(n, list):
            for v in n:
                walk(v)

    walk(node)
    return [items for items in found if items]


def _extent(item: dict) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) of a label, from its anchor, alignment and font size."""
    size = float(item.get("fontSize", 10))
    width = len(str(item["text"])) * size * CHAR_EM
    x, y = float(item.get("x", 0)), float(item.get("y", 0))
    align = item.get("align", "center")
    left = x - width / 2 if align == "center" else (x - width if align == "right" else x)
    baseline = item.get("baseline", "alphabetic")
    top = y - size / 2 if baseline == "middle" else (y if baseline == "top" else y - size)
    return left, left + width, top, top + size


def collisions(items: list[dict]) -> list[tuple[str, str]]:
    """Pairs of neighbouring labels whose boxes overlap (unrotated labels only)."""
    flat = [i for i in items if not i.get("angle")]
    boxes = [(_extent(i), str(i["text"])) for i in flat]
    hits = []
    for (a, ta), (b, tb) in zip(boxes, boxes[1:], strict=False):
        overlap_x = min(a[1], b[1]) - max(a[0], b[0]) > -GAP_PX
        overlap_y = min(a[3], b[3]) - max(a[2], b[2]) > -GAP_PX
        if overlap_x and overlap_y:
            hits.append((ta, tb))
    return hits


def problems(spec: dict) -> list[str]:
    found = []
    if not spec.get("title"):
        found.append("no title")
    if not spec.get("description"):
        found.append("no description")
    found += legend_mismatches(spec)
    found += [f"sized to its container ({key})" for key in sized_to_container(spec)]
    graph = scenegraph(spec)
    for items in label_marks(graph, "axis-label"):
        texts = [str(i["text"]) for i in items]
        repeated = sorted({t for t in texts if texts.count(t) > 1})
        if repeated:
            found.append(f"axis repeats tick labels {repeated} in {texts}")
        for a, b in collisions(items):
            found.append(f"tick labels collide: {a!r} and {b!r} (axis {texts})")
    for items in label_marks(graph, "legend-label"):
        for a, b in collisions(items):
            found.append(f"legend labels collide: {a!r} and {b!r}")
    return found


def sized_to_container(spec: object, path: str = "") -> list[str]:
    """Where ``spec`` sets ``width`` or ``height`` to "container" (each as a key path)."""
    found = []
    if isinstance(spec, dict):
        for key, value in spec.items():
            if key in ("width", "height") and value == "container":
                found.append(f"{path}{key}")
            found += sized_to_container(value, f"{path}{key}.")
    elif isinstance(spec, list):
        for i, value in enumerate(spec):
            found += sized_to_container(value, f"{path}{i}.")
    return found


POINT_MARKS = {"point", "circle", "square", "tick"}


def legend_mismatches(spec: dict) -> list[str]:
    """Series drawn only as points (diamonds, circles) whose legend entry is a line sample.

    A colour legend drawn with ``symbolType: "stroke"`` shows every entry as a short line;
    a series whose only marks are points must have a legend of its own (or none).
    """
    datasets = spec.get("datasets", {})
    stroke_config = (spec.get("config", {}).get("legend", {}) or {}).get("symbolType") == "stroke"
    lines, points, stroke_fields = {}, {}, set()

    def values(layer: dict, field: str, inherited: list) -> set:
        data = layer.get("data")
        if isinstance(data, dict) and "values" in data:
            rows = data["values"]
        elif isinstance(data, dict) and "name" in data:
            rows = datasets.get(data["name"], [])
        else:
            rows = inherited
        return {r.get(field) for r in rows if isinstance(r, dict) and field in r}

    def walk(node: dict, inherited: list) -> None:
        data = node.get("data")
        if isinstance(data, dict) and "name" in data:
            inherited = datasets.get(data["name"], inherited)
        elif isinstance(data, dict) and "values" in data:
            inherited = data["values"]
        for part in node.get("layer", []):
            walk(part, inherited)
        mark = node.get("mark")
        colour = (node.get("encoding") or {}).get("color") or {}
        if mark is None or "field" not in colour:
            return
        kind = mark.get("type") if isinstance(mark, dict) else mark
        legend = colour.get("legend", {})
        if legend is not None and (stroke_config or (legend or {}).get("symbolType") == "stroke"):
            stroke_fields.add(colour["field"])
        target = points if kind in POINT_MARKS else lines
        target.setdefault(colour["field"], set()).update(values(node, colour["field"], inherited))

    walk(spec, [])
    found = []
    for field in stroke_fields:
        only_points = points.get(field, set()) - lines.get(field, set())
        if only_points:
            found.append(
                f"legend draws {sorted(only_points)} as lines, but they are drawn as points"
            )
    return found
