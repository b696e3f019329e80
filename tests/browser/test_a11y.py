"""Accessibility fixes in the wiring helper and the renderer, checked without a browser.

The browser tests (tests/browser/test_browser.py) run axe-core on every lesson in JupyterLab and
Voila; these check the two course-side fixes that audit asked for:

* every app carries a hidden script that names its slider handles after the sliders'
  labels (ipywidgets leaves them unnamed: axe's ``aria-input-field-name``);
* the renderer hides from screen readers the marks that carry no data field, such as a
  reference line at ``alt.YDatum(0)`` (Vega would give them an image role with no name:
  axe's ``svg-img-alt``).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import render, ui

DF = pd.DataFrame({"year": [1958, 1959], "value": [1.0, 2.0]})


def test_every_app_ends_with_a_hidden_script_naming_its_slider_handles():
    app = ui.app(
        lambda k: alt.Chart(DF, title="T", description="D").mark_line().encode(x="year", y="value"),
        {"k": ui.slider("Slope", 1.0, 0.0, 2.0, 0.5)},
    )
    script = app.widget.children[-1]
    assert script is app.a11y and script.layout.display == "none"
    (output,) = script.outputs
    html = output["data"]["text/html"]
    assert html.startswith("<script>") and f".{ui.APP_CLASS}" in html and "aria-label" in html
    assert output["data"]["text/plain"] == "", "a text-only front end shows nothing"
    app.controls["k"].value = 2.0
    assert script.outputs == (output,), "redraws leave the script alone"


def _marks(spec: dict) -> list[dict]:
    found = [spec["mark"]] if "mark" in spec else []
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for part in spec.get(key, []):
            found += _marks(part)
    return found


def test_a_reference_line_with_no_data_is_hidden_from_screen_readers():
    zero = alt.Chart(DF).mark_rule().encode(y=alt.YDatum(0))
    line = alt.Chart(DF).mark_line().encode(x="year:Q", y="value:Q")
    label = alt.Chart(DF).mark_text(text="famine").encode(y=alt.YDatum(1))
    chart = alt.layer(line, zero, label, title="T", description="D")
    spec = render.bundle(chart)["data"][render.MIME]
    assert _marks(spec) == [
        {"type": "line"},
        {"type": "rule", "aria": False},
        {"type": "text", "text": "famine"},  # Vega reads a text mark's text
    ]
    assert "aria" not in str(chart.to_dict()), "the chart object itself is not changed"


def test_marks_inherit_a_layer_s_fields_but_not_a_neighbour_s():
    base = alt.Chart(DF).encode(x="year:Q")
    layered = alt.layer(base.mark_line().encode(y="value:Q"), base.mark_rule())
    spec = render._hide_unnamed_marks(layered.to_dict())
    assert _marks(spec) == [{"type": "line"}, {"type": "rule"}]  # the rule has x = year
    side_by_side = alt.hconcat(
        alt.Chart(DF).mark_bar().encode(x="year:O", y="value:Q"),
        alt.Chart(DF).mark_rule(aria=True).encode(y=alt.YDatum(1)),
        alt.Chart(DF).mark_rule().encode(y=alt.YDatum(1)),
    )
    spec = render._hide_unnamed_marks(side_by_side.to_dict())
    assert [m.get("aria") for m in _marks(spec)] == [None, True, False]
