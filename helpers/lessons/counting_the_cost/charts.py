"""Charts for lesson 05: rates against a baseline, totals by baseline, published estimates.

Each chart takes a DataFrame from :mod:`helpers.lessons.counting_the_cost.excess_deaths` or
:mod:`helpers.lessons.counting_the_cost.published_estimates` and returns an Altair chart whose title and one-sentence
description state the result (the totals, how many estimates are shown and their range).
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from helpers.core import theme
from helpers.core.validate import check_choice, check_frame, check_number
from helpers.lessons.counting_the_cost.excess_deaths import EXCESS_COLUMNS
from helpers.lessons.counting_the_cost.published_estimates import ESTIMATE_COLUMNS

DEATHS, BIRTHS = "Deaths", "Births"
COLOURS = {DEATHS: theme.FAMINE_SHADE, BIRTHS: theme.PALETTE[0]}
RATE_COLUMNS = (
    "cdr_per_1000",
    "cdr_baseline_per_1000",
    "cbr_per_1000",
    "cbr_baseline_per_1000",
)
#: The editorial method vocabulary of the estimates table, in a fixed order and colour.
METHOD_COLOURS = {
    "official registration data": theme.PALETTE[0],
    "registration data adjusted for under-reporting": theme.PALETTE[5],
    "demographic reconstruction": theme.PALETTE[2],
    "provincial/local records": theme.PALETTE[4],
    "unpublished internal investigation": theme.PALETTE[3],
    "adopts another estimate": theme.PALETTE[1],
    "not stated": "#888888",
}
#: Colours of the two rate series in comparisons (official first).
SERIES_COLOURS = (theme.PALETTE[0], theme.PALETTE[2], theme.PALETTE[4])
KIND_SHAPES = {"point": "circle", "at least": "triangle-right"}
SORTS = ("year", "size")
#: Columns of the estimates that the chart carries (its data stay small).
CHART_FIELDS = (
    "label",
    "method",
    "kind",
    "figure_text",
    "period_as_printed",
    "data_basis",
    "title",
    "x_million",
    "x_end_million",
)


def _amount(value: float, more: str, fewer: str) -> str:
    return f"{value:.1f} million {more}" if value >= 0 else f"{-value:.1f} million {fewer}"


def excess_chart(by_year: pd.DataFrame, *, note: str = "") -> alt.VConcatChart:
    """Rates with their baseline above, the yearly excess deaths and lost births below.

    Parameters
    ----------
    by_year : pandas.DataFrame
        Output of :func:`helpers.lessons.counting_the_cost.excess_deaths.excess_by_year` (any subset of its years that
        includes the period).
    note : str
        A remark added to the description (e.g. a warning about the baseline chosen).

    Returns
    -------
    altair.VConcatChart
        Top: recorded death and birth rates (solid) and their baselines (dashed), per 1,000.
        Bottom: excess deaths and births lost in each year counted, million. The years
        counted are in bold on the axes.

    Examples
    --------
    >>> from helpers.core import data
    >>> from helpers.lessons.counting_the_cost import excess_deaths
    >>> df = excess_deaths.excess_by_year(data.load("national_series"))
    >>> excess_chart(df).to_dict()["description"][:62]
    'With official registered rates and a baseline of mean of the 1'
    """
    check_frame("by_year", by_year, EXCESS_COLUMNS)
    if not isinstance(note, str):
        raise TypeError(f"note must be a string; got {type(note).__name__}")
    counted = by_year[by_year["in_period"].astype(bool)]
    if counted.empty:
        raise ValueError("by_year must include at least one row in the period (in_period True)")
    series, baseline = by_year["series"].iloc[0], by_year["baseline"].iloc[0]
    first, last = int(counted["year"].min()), int(counted["year"].max())
    deaths = float(counted["excess_deaths_million"].sum())
    births = float(counted["births_lost_million"].sum())
    years = [int(y) for y in by_year["year"]]
    counted_test = f"datum.value >= {first} && datum.value <= {last}"
    axis = alt.Axis(
        labelAngle=0,
        labelFontWeight=alt.expr(f"{counted_test} ? 'bold' : 'normal'"),
        labelColor=alt.expr(f"{counted_test} ? '#000000' : '#767676'"),
    )
    x = alt.X(
        "year:O", title="Year (years counted in bold)", scale=alt.Scale(domain=years), axis=axis
    )
    colour = alt.Color(
        "measure:N",
        title=None,
        scale=alt.Scale(domain=list(COLOURS), range=list(COLOURS.values())),
    )
    n = len(by_year)
    rates = pd.DataFrame(
        {
            "year": np.tile(by_year["year"].to_numpy(dtype=int), 4),
            "measure": np.repeat([DEATHS, DEATHS, BIRTHS, BIRTHS], n),
            "line": np.repeat(["recorded", "baseline", "recorded", "baseline"], n),
            "rate_per_1000": np.concatenate(
                [by_year[c].to_numpy(dtype=float) for c in RATE_COLUMNS]
            ).round(2),
        }
    )
    lines = (
        alt.Chart(rates)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("rate_per_1000:Q", title="Per 1,000 population a year"),
            color=colour,
            strokeDash=alt.StrokeDash(
                "line:N",
                title=None,
                scale=alt.Scale(domain=["recorded", "baseline"], range=[[1, 0], [6, 4]]),
            ),
            detail=alt.Detail("line:N"),
            tooltip=[
                alt.Tooltip("year:O", title="Year"),
                alt.Tooltip("measure:N", title="Rate"),
                alt.Tooltip("line:N", title="Line"),
                alt.Tooltip("rate_per_1000:Q", title="Per 1,000", format=".2f"),
            ],
        )
    )
    bars_data = pd.DataFrame(
        {
            "year": list(counted["year"].astype(int)) * 2,
            "measure": [DEATHS] * len(counted) + [BIRTHS] * len(counted),
            "what": ["excess deaths"] * len(counted) + ["births lost"] * len(counted),
            "million": [
                *counted["excess_deaths_million"].round(3),
                *counted["births_lost_million"].round(3),
            ],
        }
    )
    bars = (
        alt.Chart(bars_data)
        .mark_bar()
        .encode(
            x=x,
            xOffset=alt.XOffset("measure:N", sort=list(COLOURS)),
            y=alt.Y("million:Q", title="Million in the year"),
            color=colour,
            tooltip=[
                alt.Tooltip("year:O", title="Year"),
                alt.Tooltip("what:N", title="What"),
                alt.Tooltip("million:Q", title="Million", format=".2f"),
            ],
        )
    )
    span = f"{first}-{last}" if first != last else f"{first}"
    death_text = _amount(deaths, "excess deaths", "fewer deaths than the baseline")
    birth_text = _amount(births, "fewer births", "more births than the baseline")
    return alt.vconcat(
        lines.properties(height=200, width=theme.WIDTH),
        bars.properties(height=120, width=theme.WIDTH),
        title=alt.Title(
            f"{span}: {death_text}, {birth_text}",
            subtitle=f"{series[0].upper()}{series[1:]}; baseline (dashed): {baseline}",
        ),
        description=(
            f"With {series} and a baseline of {baseline}, the years {span} give "
            f"{death_text} and {birth_text}." + (f" {note}" if note else "")
        ),
    )


def sensitivity_chart(
    grid: pd.DataFrame,
    *,
    measure: str = "excess_deaths_million",
    reference: float | None = None,
    reference_label: str = "",
) -> alt.LayerChart:
    """Totals for several baselines (one row each), coloured by series, with a reference rule.

    Parameters
    ----------
    grid : pandas.DataFrame
        Columns ``series``, ``baseline``, ``period``, ``excess_deaths_million``,
        ``births_lost_million``: one row per (series, baseline, period) computed.
    measure : {"excess_deaths_million", "births_lost_million"}
        Which total to plot.
    reference : float, optional
        A figure to draw as a vertical rule (e.g. a source's claim), labelled
        ``reference_label``.

    Examples
    --------
    >>> g = pd.DataFrame({"series": ["official"], "baseline": ["the 1957 rate"],
    ...     "period": ["1958-61"], "excess_deaths_million": [15.3], "births_lost_million": [28.7]})
    >>> sensitivity_chart(g).to_dict()["description"]
    'Excess deaths over 1958-61 range from 15.3 to 15.3 million across the 1 baseline shown.'
    """
    cols = ["series", "baseline", "period", "excess_deaths_million", "births_lost_million"]
    check_frame("grid", grid, cols)
    check_choice("measure", measure, ("excess_deaths_million", "births_lost_million"))
    if reference is not None:
        check_number("reference", reference, low=0)
    what = "Excess deaths" if measure == "excess_deaths_million" else "Births lost"
    data = grid[cols].assign(million=grid[measure].round(2))
    order = list(dict.fromkeys(data["baseline"]))
    series = list(dict.fromkeys(data["series"]))
    periods = list(dict.fromkeys(data["period"]))
    encoding = {
        "x": alt.X("million:Q", title=f"{what}, million (period total)"),
        "y": alt.Y("baseline:N", title="Baseline", sort=order, axis=alt.Axis(labelLimit=320)),
        "color": alt.Color(
            "series:N",
            title=None,
            sort=series,
            scale=alt.Scale(domain=series, range=list(SERIES_COLOURS[: len(series)])),
            legend=alt.Legend(labelLimit=320),
        ),
        "tooltip": [
            alt.Tooltip("series:N", title="Series"),
            alt.Tooltip("baseline:N", title="Baseline"),
            alt.Tooltip("period:N", title="Period"),
            alt.Tooltip("million:Q", title="Million", format=".1f"),
        ],
    }
    if len(periods) > 1:
        encoding["shape"] = alt.Shape("period:N", title="Period", sort=periods)
    dots = alt.Chart(data).mark_point(filled=True, size=90).encode(**encoding)
    layers = [dots]
    if reference is not None:
        ref = pd.DataFrame({"million": [reference], "label": [reference_label]})
        layers.append(
            alt.Chart(ref)
            .mark_rule(color=theme.PALETTE[7], strokeDash=[4, 3])
            .encode(x=alt.X("million:Q"))
        )
        layers.append(
            alt.Chart(ref)
            .mark_text(align="left", dx=4, dy=-6, y=0, color=theme.PALETTE[7])
            .encode(x=alt.X("million:Q"), text=alt.Text("label:N"))
        )
    low, high = float(data["million"].min()), float(data["million"].max())
    return alt.layer(
        *layers,
        title=f"{what}: the same rates, different baselines",
        description=(
            f"{what} over {', '.join(periods)} range from {low:.1f} to {high:.1f} million across "
            f"the {len(order)} {'baseline' if len(order) == 1 else 'baselines'} shown."
        ),
        width=theme.WIDTH,
        height=max(120, 24 * len(order)),
    )


def estimates_chart(estimates: pd.DataFrame, *, sort: str = "year") -> alt.LayerChart:
    """Published estimates of excess deaths, one row each: point, range or lower bound.

    Parameters
    ----------
    estimates : pandas.DataFrame
        Output of :func:`helpers.lessons.counting_the_cost.published_estimates.tidy_estimates` (filtered or not; may be
        empty, which draws a chart saying so).
    sort : {"year", "size"}
        Rows by year of publication (no year last) or by the figure, largest first.

    Examples
    --------
    >>> from helpers.core import data
    >>> from helpers.lessons.counting_the_cost import published_estimates
    >>> e = published_estimates.tidy_estimates(data.load("excess_death_estimates"))
    >>> estimates_chart(e).to_dict()["description"][:40]
    '20 estimates drawn, from 9.4 to 55 milli'
    """
    if not isinstance(estimates, pd.DataFrame):
        raise TypeError(f"estimates must be a pandas DataFrame; got {type(estimates).__name__}")
    missing = [c for c in ESTIMATE_COLUMNS if c not in estimates.columns]
    if missing:
        raise ValueError(f"estimates must have columns {ESTIMATE_COLUMNS}; missing {missing}")
    check_choice("sort", sort, SORTS)
    drawn = estimates[estimates["kind"] != "no figure"].copy()
    blank = estimates.loc[estimates["kind"] == "no figure", "label"].tolist()
    blank_text = (
        f" {len(blank)} with no figure in the table not drawn ({', '.join(blank)})."
        if blank
        else ""
    )
    if drawn.empty:
        empty = pd.DataFrame({"text": ["No estimate in the table matches these filters."]})
        return alt.layer(
            alt.Chart(empty).mark_text(size=15).encode(text=alt.Text("text:N")),
            title="Published estimates: none match",
            description="No estimate in the table matches these filters." + blank_text,
            width=theme.WIDTH,
            height=80,
        )
    drawn["x_million"] = drawn["deaths_million"].fillna(drawn["low_million"])
    drawn["x_end_million"] = drawn["high_million"].fillna(drawn["x_million"])
    if sort == "year":
        drawn = drawn.sort_values(["year_published", "label"], na_position="last")
    else:
        drawn = drawn.sort_values(["x_end_million", "label"], ascending=[False, True])
    order = drawn["label"].tolist()
    methods = list(METHOD_COLOURS) + sorted(set(drawn["method"]) - set(METHOD_COLOURS))
    colours = [METHOD_COLOURS.get(m, "#888888") for m in methods]
    plain = drawn[list(CHART_FIELDS)]
    y = alt.Y("label:N", title=None, sort=order, axis=alt.Axis(labelLimit=320))
    colour = alt.Color(
        "method:N",
        title="Method (editorial, from the table)",
        scale=alt.Scale(domain=methods, range=colours),
        legend=alt.Legend(columns=2, labelLimit=320, titleLimit=320),
    )
    tooltip = [
        alt.Tooltip("label:N", title="Estimate"),
        alt.Tooltip("figure_text:N", title="Excess deaths, million"),
        alt.Tooltip("period_as_printed:N", title="Period"),
        alt.Tooltip("method:N", title="Method"),
        alt.Tooltip("data_basis:N", title="Data basis"),
        alt.Tooltip("title:N", title="Title"),
    ]
    base = alt.Chart()
    x_scale = alt.Scale(domain=[0, float(drawn["x_end_million"].max()) * 1.15], nice=True)
    x = alt.X("x_million:Q", title="Excess deaths, million", scale=x_scale)
    x_end = alt.X("x_end_million:Q", title="Excess deaths, million", scale=x_scale)
    # One dataset, no filters (cheap to redraw): every row gets a rule from x to x_end (of
    # zero length, so invisible, unless it is a range) and a point whose shape for a range is
    # an empty path.
    shape = alt.Shape(
        "kind:N",
        title="Figure",
        scale=alt.Scale(domain=[*KIND_SHAPES, "range"], range=[*KIND_SHAPES.values(), "M0,0"]),
        legend=alt.Legend(values=list(KIND_SHAPES)),
    )
    layers = [
        base.mark_rule(strokeWidth=3).encode(
            x=x, x2=alt.X2("x_end_million"), y=y, color=colour, tooltip=tooltip
        ),
        base.mark_point(filled=True, opacity=1, size=110).encode(
            x=x, y=y, color=colour, shape=shape, tooltip=tooltip
        ),
        base.mark_text(align="left", dx=9).encode(x=x_end, y=y, text=alt.Text("figure_text:N")),
    ]
    low, high = float(drawn["x_million"].min()), float(drawn["x_end_million"].max())
    noun = "estimate" if len(drawn) == 1 else "estimates"
    return alt.layer(
        *layers,
        data=plain,
        title=f"Published estimates of excess deaths ({len(drawn)} drawn)",
        description=(
            f"{len(drawn)} {noun} drawn, from {low:g} to {high:g} million excess deaths, "
            f"sorted by {'year of publication' if sort == 'year' else 'size'}.{blank_text}"
        ),
        width=theme.WIDTH,
        height=max(60, 22 * len(drawn)),
    )
