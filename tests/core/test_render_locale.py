"""A chart drawn in a Kazakh lesson writes its numbers and dates the Kazakh way.

``helpers.core.render`` puts Vega's number and time locale into the spec of every chart
drawn after ``use_language("kk")``; Vega (here vl-convert, the reading edition's renderer,
which bundles the same Vega as JupyterLab) then writes axis labels and tooltips with them.
"""

from __future__ import annotations

import re

import altair as alt
import pandas as pd
import vl_convert as vlc

from helpers.core import i18n, render

FRAME = pd.DataFrame({"date": ["1958-04-01", "1958-09-01"], "tonnes": [1000.5, 25000.25]})
CHART = (
    alt.Chart(FRAME)
    .mark_point()
    .encode(
        x=alt.X("date:T", axis=alt.Axis(format="%B %Y")),
        y=alt.Y("tonnes:Q", axis=alt.Axis(format=",.1f")),
    )
)


def labels(language: str) -> list[str]:
    i18n.use_language(language)
    try:
        spec = render.bundle(CHART)["data"][render.MIME]
    finally:
        i18n.use_language("en")
    svg = vlc.vegalite_to_svg(spec, vl_version="5.20")
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def test_kazakh_charts_write_kazakh_numbers_and_month_names():
    shown = labels("kk")
    assert "сәуір 1958" in shown and any(x.endswith("\u00a0000,0") for x in shown), shown


def test_english_charts_are_left_to_vega_s_default():
    shown = labels("en")
    assert "April 1958" in shown and any(x.endswith(",000.0") for x in shown), shown
    assert "locale" not in render.bundle(CHART)["data"][render.MIME].get("config", {})
