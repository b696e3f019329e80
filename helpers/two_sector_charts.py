"""Charts for the two models of lesson 01: two-sector growth paths and the food constraint.

Each chart takes the model's DataFrame and returns an Altair chart with a title and a
one-sentence description that states the result (the overtaking year, the binding year).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import theme
from helpers.core.validate import check_frame, check_number
from helpers.two_sector import TWO_SECTOR_COLUMNS, binding_year, overtaking_year

MARK_COLOUR = theme.PALETTE[7]


def _marker(x_field: str, x_value: float, label: str) -> list[alt.Chart]:
    """A vertical rule with a label at ``x_value``, as two layers."""
    spot = pd.DataFrame({x_field: [x_value], "label": [label]})
    x = alt.X(f"{x_field}:Q")
    rule = alt.Chart(spot).mark_rule(strokeDash=[4, 3], color=MARK_COLOUR).encode(x=x)
    text = (
        alt.Chart(spot)
        .mark_text(align="left", dx=5, dy=-4, y=4, baseline="top", color=MARK_COLOUR)
        .encode(x=x, text=alt.Text("label:N"))
    )
    return [rule, text]


def consumption_paths_chart(paths: pd.DataFrame) -> alt.LayerChart:
    """Consumer-goods output on the high-share and comparison paths, overtaking year marked.

    The y axis is logarithmic, so the early shortfall of the high-share path stays
    visible next to its later, much larger output.

    Parameters
    ----------
    paths : pandas.DataFrame
        Output of :func:`helpers.two_sector.two_sector_paths`.

    Returns
    -------
    altair.LayerChart
        Lines (one per path) and, if the high path overtakes, a rule at that year.

    Examples
    --------
    >>> from helpers.two_sector import two_sector_paths
    >>> chart = consumption_paths_chart(two_sector_paths(0.5, 0.2, v_k=2, v_c=2, years=20))
    >>> chart.to_dict()["description"][-38:]
    'consumer-goods output in year 8 of 20.'
    """
    check_frame("paths", paths, TWO_SECTOR_COLUMNS)
    shares = paths.groupby("path")["share_capital_goods"].first()
    high, low = float(shares["high"]), float(shares["comparison"])
    horizon = int(paths["year"].max())
    labels = {
        "high": f"High share λ = {high:.2f}",
        "comparison": f"Comparison λ = {low:.2f}",
    }
    data = pd.DataFrame(
        {
            "year": paths["year"].to_numpy(),
            "series": paths["path"].map(labels).to_numpy(),
            "consumption_output_index": paths["consumption_output_index"].round(3).to_numpy(),
        }
    )
    lines = (
        alt.Chart(data)
        .mark_line(point=horizon <= 20)
        .encode(
            x=alt.X("year:Q", title="Years from the start", scale=alt.Scale(domain=[0, horizon])),
            y=alt.Y(
                "consumption_output_index:Q",
                title="Consumer-goods output (year 0 = 100, log scale)",
                scale=alt.Scale(type="log", nice=False),
            ),
            color=alt.Color("series:N", title=None, sort=[labels["high"], labels["comparison"]]),
            strokeDash=alt.StrokeDash(
                "series:N", legend=None, sort=[labels["high"], labels["comparison"]]
            ),
            tooltip=[
                alt.Tooltip("series:N", title="Path"),
                alt.Tooltip("year:Q", title="Year"),
                alt.Tooltip("consumption_output_index:Q", title="Consumer goods", format=".1f"),
            ],
        )
    )
    year = overtaking_year(paths)
    setting = f"With λ = {high:.2f} against {low:.2f}"
    if high == low:
        description = (
            f"The two shares are equal (λ = {high:.2f}), so the paths coincide and "
            f"neither overtakes the other in {horizon} years."
        )
        title = "Equal shares: one path"
    elif high < low:
        description = (
            f"The 'high' share ({high:.2f}) is below the comparison share ({low:.2f}), so "
            f"the comparison path is the one investing more: raise the high share to compare."
        )
        title = "The 'high' share is the lower one"
    elif year is None:
        description = (
            f"{setting}, the high-investment path has less to consume at first and does "
            f"not overtake within {horizon} years."
        )
        title = f"No overtaking within {horizon} years"
    else:
        description = (
            f"{setting}, the high-investment path starts with less to consume and "
            f"overtakes the comparison path's consumer-goods output in year {year} of {horizon}."
        )
        title = f"More for capital goods: less to consume now, more from year {year}"
    layers = [
        lines,
        *(_marker("year", year, f"overtakes: year {year}") if year is not None else []),
    ]
    return alt.layer(
        *layers, title=title, description=description, width=theme.WIDTH, height=theme.HEIGHT
    )


FOOD_LABELS = {
    "urban_grain_need_mt": "Urban grain need",
    "marketed_surplus_mt": "Marketed surplus",
}


def food_constraint_chart(path: pd.DataFrame, *, share_agriculture: float) -> alt.LayerChart:
    """Urban grain need against the marketed surplus over time, the binding year marked.

    Parameters
    ----------
    path : pandas.DataFrame
        Output of :func:`helpers.two_sector.food_constraint_path`.
    share_agriculture : float
        The share of investment given to farming (named in the description).

    Returns
    -------
    altair.LayerChart
        Two lines (million tonnes of grain a year) and, if the constraint binds, a rule.

    Examples
    --------
    >>> df = pd.DataFrame({"year": [1952, 1953], "urban_grain_need_mt": [10.0, 12.0],
    ...                    "marketed_surplus_mt": [11.0, 11.5]})
    >>> food_constraint_chart(df, share_agriculture=0.07).to_dict()["description"][:62]
    'With 7 % of investment going to farming, urban grain need outr'
    """
    check_frame("path", path, ["year", *FOOD_LABELS])
    check_number("share_agriculture", share_agriculture, low=0, high=1)
    first, last = int(path["year"].min()), int(path["year"].max())
    long = path.melt(
        id_vars="year", value_vars=list(FOOD_LABELS), var_name="series", value_name="grain_mt"
    )
    long["series"] = long["series"].map(FOOD_LABELS)
    lines = (
        alt.Chart(long)
        .mark_line()
        .encode(
            x=alt.X(
                "year:Q",
                title="Year",
                scale=alt.Scale(domain=[first, last]),
                axis=alt.Axis(format="d"),
            ),
            y=alt.Y("grain_mt:Q", title="Grain, million tonnes a year"),
            color=alt.Color("series:N", title=None, sort=list(FOOD_LABELS.values())),
            tooltip=[
                alt.Tooltip("series:N", title="Series"),
                alt.Tooltip("year:Q", title="Year"),
                alt.Tooltip("grain_mt:Q", title="Million tonnes", format=".1f"),
            ],
        )
    )
    year = binding_year(path)
    pct = f"{100 * share_agriculture:.0f} %"
    if year is None:
        title = f"The towns can be fed through {last}"
        description = (
            f"With {pct} of investment going to farming, urban grain need stays below the "
            f"marketed surplus for all {last - first} years shown ({first}-{last})."
        )
        layers = [lines]
    else:
        title = f"The food constraint binds in {year}"
        when = (
            f"in {year}, {year - first} years after {first}"
            if year > first
            else f"already in {first}"
        )
        description = (
            f"With {pct} of investment going to farming, urban grain need outruns the "
            f"marketed surplus {when}."
        )
        layers = [lines, *_marker("year", year, f"binds: {year}")]
    return alt.layer(
        *layers, title=title, description=description, width=theme.WIDTH, height=theme.HEIGHT
    )
