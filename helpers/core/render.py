"""How charts reach the screen: the one place that knows the renderer.

Chosen by measurement (see ``../shared/STACK.md`` and ``benchmarks/RESULTS.md``):
Altair 5.5 emitting the Vega-Lite v5 MIME bundle, which JupyterLab 4 and Voila
draw with the renderer they ship, so no chart needs the network. Altair 6's
offline path (anywidget + vl-convert) also works but cost ~245 MB of kernel
memory against ~145 MB, ~83 ms per redraw against ~25 ms, and +5 s for the
first chart. If JupyterLab gains a Vega-Lite 6 renderer, this module is the
only one to change.

Charts are drawn as SVG (screen readers get the chart's description as its
accessible label) with the chart menu hidden, and every bundle carries the
chart's text description as its plain-text form, which is what a front end
without a Vega renderer shows. In a translated lesson the spec carries the language's
number and time locale (``config.locale``), so Vega writes ``1 000,5`` and ``сәуір 1958`` on
the axes and in tooltips.

One draw per change. JupyterLab's and Voila's Vega renderer, after drawing a
bundle that has no ``image/png``, renders the chart again as a PNG and writes it
into the output's model (``model.setData``); the ``Output`` widget then redraws
its output from the changed model, so every chart was drawn, removed and drawn
again 20-30 ms later, a blink on every slider step (``benchmarks/RESULTS.md``).
The renderer skips that step when the bundle already has an ``image/png``, so
every bundle carries :data:`PNG_STAND_IN`, a 1-pixel transparent PNG. No front
end that can draw Vega-Lite shows it (they rank Vega-Lite above PNG); one that
cannot draw it and prefers images over text shows a blank pixel, not the text.

Vega names each drawn item for screen readers after its data fields ("Year: 1958; ...").
A mark encoded with no field at all, such as a reference line at ``alt.YDatum(0)``, has
nothing to name its items with, and Vega then gives the mark the role of an image with no
name (axe: ``svg-img-alt``). Such marks are hidden from screen readers (``aria: false``):
they carry no data, and what they mean belongs in the chart's description.
"""

from __future__ import annotations

import altair as alt
import ipywidgets as widgets

from helpers.core import i18n, theme

MIME = "application/vnd.vegalite.v5+json"
EMBED_OPTIONS = {"renderer": "svg", "actions": False}
PNG = "image/png"
# A 1 x 1 transparent PNG, base64: stops the Vega renderer drawing each chart twice (above).
PNG_STAND_IN = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAAC0lEQVR4nGNgAAIAAAUAAXpeqz8AAAAASUVORK5CYII="
)

theme.enable()
alt.renderers.enable("mimetype", embed_options=EMBED_OPTIONS)


def bundle(chart: alt.TopLevelMixin, *, validate: bool = False) -> dict:
    """Return a ``display_data`` output for ``chart``: the Vega-Lite spec and its text.

    ``validate=False`` skips Altair's JSON-schema check, the largest cost of a
    redraw; the tests validate every chart each app can draw.

    Examples
    --------
    >>> import pandas as pd
    >>> c = alt.Chart(pd.DataFrame({"x": [1]}), title="T", description="D").mark_point()
    >>> sorted(bundle(c)["data"])
    ['application/vnd.vegalite.v5+json', 'image/png', 'text/plain']
    """
    if not isinstance(chart, alt.TopLevelMixin):
        raise TypeError(f"chart must be an Altair chart; got {type(chart).__name__}")
    spec = chart.to_dict(validate=validate)
    _hide_unnamed_marks(spec)
    language = i18n.current_language()
    if language in i18n.NUMBER_LOCALE:  # Vega writes numbers and dates the language's way
        locale = {"number": i18n.NUMBER_LOCALE[language], "time": i18n.TIME_LOCALE[language]}
        spec["config"] = {**spec.get("config", {}), "locale": locale}
    text = spec.get("description") or _title_text(spec) or "chart"
    return {
        "output_type": "display_data",
        "data": {MIME: spec, PNG: PNG_STAND_IN, "text/plain": text},
        "metadata": {MIME: {"embed_options": EMBED_OPTIONS}},
    }


def description(drawn: dict) -> str:
    """Return the description of a chart from its :func:`bundle`, without serialising it again.

    Examples
    --------
    >>> import pandas as pd
    >>> c = alt.Chart(pd.DataFrame({"x": [1]}), description="One point.").mark_point()
    >>> description(bundle(c))
    'One point.'
    """
    if not isinstance(drawn, dict) or MIME not in drawn.get("data", {}):
        raise TypeError("drawn must be a bundle made by render.bundle")
    return drawn["data"][MIME].get("description", "")


def show(chart: alt.TopLevelMixin | dict, view: widgets.Output | None = None) -> widgets.Output:
    """Draw ``chart`` into ``view`` (a new ``Output`` if none), replacing what it showed.

    ``chart`` is an Altair chart or a bundle already made by :func:`bundle`, so a
    caller that needs the spec too serialises the chart once. Charts always sit
    inside an ``Output`` widget, so Voila draws them the same way as JupyterLab
    and a redraw replaces the old chart in place.
    """
    if isinstance(chart, dict):
        description(chart)  # refuses a dict that is not a bundle
    drawn = chart if isinstance(chart, dict) else bundle(chart)
    if view is None:
        view = widgets.Output(layout=widgets.Layout(min_height="120px"))
    view.outputs = (drawn,)
    return view


# Channels whose definition carries data: Vega-Lite builds an item's accessible name from them.
_DATA_KEYS = ("field", "aggregate", "repeat")


def _carries_data(encoding: object) -> bool:
    if isinstance(encoding, dict):
        if any(key in encoding for key in _DATA_KEYS):
            return True
        return any(_carries_data(v) for k, v in encoding.items() if k != "scale")
    if isinstance(encoding, list):
        return any(_carries_data(v) for v in encoding)
    return False


def _hide_unnamed_marks(spec: dict, inherited: bool = False, datasets: dict | None = None) -> dict:
    """Set ``aria: false`` on every mark of ``spec`` with no data field in its encoding
    (nor in a parent layer's), in place; return ``spec``. Text marks are left alone (Vega
    reads their text) and so is a mark that sets ``aria`` or ``description`` itself, as a
    mark property or an encoding channel. A layer whose data is empty (a cached template's
    marker with nothing to mark) is hidden too: Vega would give screen readers an empty,
    nameless group.

    Examples
    --------
    >>> zero = alt.Chart().mark_rule().encode(y=alt.YDatum(0))
    >>> _hide_unnamed_marks(zero.to_dict())["mark"]
    {'type': 'rule', 'aria': False}
    >>> line = alt.Chart().mark_line().encode(x="year:Q")
    >>> _hide_unnamed_marks(line.to_dict())["mark"]
    {'type': 'line'}
    >>> nothing = alt.Chart(alt.Data(values=[])).mark_rule().encode(x="year:Q")
    >>> _hide_unnamed_marks(nothing.to_dict())["mark"]
    {'type': 'rule', 'aria': False}
    """
    datasets = spec.get("datasets", {}) if datasets is None else datasets
    encoding = spec.get("encoding") or {}
    named = inherited or _carries_data(encoding) or not {"aria", "description"}.isdisjoint(encoding)
    mark = spec.get("mark")
    if mark is not None and _empty(spec.get("data"), datasets):
        mark_def = dict(mark) if isinstance(mark, dict) else {"type": mark}
        spec["mark"] = {**mark_def, "aria": False}
    elif mark is not None and not named:
        mark_def = dict(mark) if isinstance(mark, dict) else {"type": mark}
        if mark_def.get("type") != "text" and not {"aria", "description"} & mark_def.keys():
            spec["mark"] = {**mark_def, "aria": False}
    for key in ("layer", "concat", "hconcat", "vconcat"):
        for part in spec.get(key, ()):
            if isinstance(part, dict):
                _hide_unnamed_marks(part, named if key == "layer" else False, datasets)
    if isinstance(spec.get("spec"), dict):  # facet and repeat
        _hide_unnamed_marks(spec["spec"], named, datasets)
    return spec


def _empty(data: object, datasets: dict) -> bool:
    """Whether a layer's own data holds no rows (inline values or a named dataset)."""
    if not isinstance(data, dict):
        return False
    if "values" in data:
        return data["values"] == []
    return "name" in data and datasets.get(data["name"]) == []


def _title_text(spec: dict) -> str:
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    if isinstance(title, list):
        title = " ".join(title)
    return title or ""
