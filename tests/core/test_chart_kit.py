"""The chart kit's parts: year axes, the famine band, sentences, templates and their fill."""

from __future__ import annotations

import altair as alt
import pandas as pd
import pytest

from helpers.core import chart_kit, theme


@pytest.mark.parametrize(
    ("first", "last"), [(1957, 1957), (1957, 1962), (1949, 1966), (1952, 1982)]
)
def test_year_axis_labels_each_year_at_most_once_and_only_whole_years(first, last):
    x = chart_kit.year_axis(first, last).to_dict()
    values = x["axis"]["values"]
    assert values[0] == first and values[-1] <= last
    assert len(values) == len(set(values)) <= 21
    assert all(isinstance(v, int) for v in values) and x["axis"]["format"] == "d"
    assert x["scale"]["domain"][0] < first and x["scale"]["domain"][1] > last


def test_famine_band_covers_the_famine_years_whole():
    spec = chart_kit.famine_band().to_dict()
    values = spec["datasets"][spec["data"]["name"]][0]
    first, last = chart_kit.FAMINE_YEARS
    assert (values["start"], values["end"]) == (first - 0.5, last + 0.5)


def test_panel_title_recedes_below_the_chart_title():
    title = chart_kit.panel_title("Grain").to_dict()
    assert title["color"] == theme.MUTED and title["fontSize"] == theme.FONT_SIZE + 1


def test_sentence_joins_clauses_into_one_sentence():
    assert chart_kit.sentence("a rose.", "", " b fell ") == "A rose; b fell."
    with pytest.raises(ValueError, match="at least one"):
        chart_kit.sentence("", " ")
    with pytest.raises(TypeError, match="strings"):
        chart_kit.sentence("a", 3)


def test_a_template_is_built_once_and_fills_do_not_share_data():
    built = []

    @chart_kit.template
    def dots(colour: str) -> alt.Chart:
        built.append(colour)
        return alt.Chart(alt.Data(name="dots")).mark_point(color=colour).encode(x="x:Q")

    first = chart_kit.fill(dots("red"), {"dots": [{"x": 1}]}, title="One", description="One.")
    before = first.to_dict()
    second = chart_kit.fill(
        dots("red"),
        {"dots": pd.DataFrame({"x": [2.0, float("nan")]})},
        title="Two",
        description="Two.",
    )
    assert built == ["red"] and first.to_dict() == before
    assert second.to_dict()["datasets"]["dots"] == [{"x": 2.0}, {"x": None}]
    with pytest.raises(ValueError, match="description"):
        chart_kit.fill(dots("red"), {"dots": []}, title="t", description="")


def test_adjust_sets_values_on_a_copy_and_leaves_the_template_as_it_was():
    @chart_kit.template
    def lines() -> alt.LayerChart:
        tip = [alt.Tooltip("x:Q", title="x"), alt.Tooltip("y:Q", title="y")]
        line = alt.Chart(alt.Data(name="d")).mark_line().encode(x="x:Q", tooltip=tip)
        return alt.layer(line, alt.Chart(alt.Data(name="e")).mark_rule().encode(x="x:Q"))

    before = lines().to_dict()
    filled = chart_kit.fill(lines(), {"d": [{"x": 1}], "e": []}, title="T", description="D.")
    out = chart_kit.adjust(
        filled,
        {
            ("layer", 0, "encoding", "tooltip", 1, "title"): "Index",
            ("layer", 0, "mark", "point"): True,
        },
    ).to_dict()
    assert out["layer"][0]["encoding"]["tooltip"][1]["title"] == "Index"
    assert out["layer"][0]["mark"] == {"type": "line", "point": True}
    assert out["layer"][1] == before["layer"][1] and out["datasets"]["d"] == [{"x": 1}]
    assert lines().to_dict() == before and "datasets" not in filled.to_dict()["layer"][0]
