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
without a Vega renderer shows.
"""

from __future__ import annotations

import altair as alt
import ipywidgets as widgets

from helpers import theme

MIME = "application/vnd.vegalite.v5+json"
EMBED_OPTIONS = {"renderer": "svg", "actions": False}

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
    ['application/vnd.vegalite.v5+json', 'text/plain']
    """
    if not isinstance(chart, alt.TopLevelMixin):
        raise TypeError(f"chart must be an Altair chart; got {type(chart).__name__}")
    spec = chart.to_dict(validate=validate)
    text = spec.get("description") or _title_text(spec) or "chart"
    return {
        "output_type": "display_data",
        "data": {MIME: spec, "text/plain": text},
        "metadata": {MIME: {"embed_options": EMBED_OPTIONS}},
    }


def show(chart: alt.TopLevelMixin, view: widgets.Output | None = None) -> widgets.Output:
    """Draw ``chart`` into ``view`` (a new ``Output`` if none), replacing what it showed.

    Charts always sit inside an ``Output`` widget, so Voila draws them the same
    way as JupyterLab and a redraw replaces the old chart in place.
    """
    if view is None:
        view = widgets.Output(layout=widgets.Layout(min_height="120px"))
    view.outputs = (bundle(chart),)
    return view


def _title_text(spec: dict) -> str:
    title = spec.get("title")
    if isinstance(title, dict):
        title = title.get("text")
    if isinstance(title, list):
        title = " ".join(title)
    return title or ""
