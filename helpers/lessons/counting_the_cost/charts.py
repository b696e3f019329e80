"""Charts for lesson 06: rates against a baseline, totals by baseline, published estimates.

Each chart takes a DataFrame from :mod:`helpers.lessons.counting_the_cost.excess_deaths` or
:mod:`helpers.lessons.counting_the_cost.published_estimates` and returns an Altair chart whose title and one-sentence
description state the result (the totals, how many estimates are shown and their range).
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_choice, check_frame, check_number
from helpers.lessons.counting_the_cost.excess_deaths import EXCESS_COLUMNS
from helpers.lessons.counting_the_cost.published_estimates import ESTIMATE_COLUMNS

DEATHS, BIRTHS = N_("Deaths"), N_("Births")
COLOURS = {DEATHS: theme.FAMINE_SHADE, BIRTHS: theme.PALETTE[0]}
#: The two lines of each rate (the strokeDash legend).
RECORDED, BASELINE = N_("recorded"), N_("baseline")
RATE_COLUMNS = (
    "cdr_per_1000",
    "cdr_baseline_per_1000",
    "cbr_per_1000",
    "cbr_baseline_per_1000",
)
#: The editorial method vocabulary of the estimates table, in a fixed order and colour
#: (English, as the table and the explorer's filter have it; translated where drawn).
METHOD_COLOURS = {
    N_("official registration data"): theme.PALETTE[0],
    N_("registration data adjusted for under-reporting"): theme.PALETTE[5],
    N_("demographic reconstruction"): theme.PALETTE[2],
    N_("provincial/local records"): theme.PALETTE[4],
    N_("archival extrapolation"): theme.PALETTE[6],
    N_("unpublished internal investigation"): theme.PALETTE[3],
    N_("adopts another estimate"): theme.PALETTE[1],
    N_("not stated"): "#888888",
}
#: Colours of the two rate series in comparisons (official first).
SERIES_COLOURS = (theme.PALETTE[0], theme.PALETTE[2], theme.PALETTE[4])
KIND_SHAPES = {N_("point"): "circle", N_("at least"): "triangle-right"}
RANGE = N_("range")
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
#: Columns of the baseline grid that :func:`sensitivity_chart` draws.
SENSITIVITY_COLUMNS = [
    "series",
    "baseline",
    "period",
    "excess_deaths_million",
    "births_lost_million",
]
#: Text columns of the estimates drawn that a reader sees, translated where drawn.
CHART_TEXT = ("method", "kind", "period_as_printed", "data_basis", "title")


def _estimate_tooltip() -> list[alt.Tooltip]:
    """The estimates chart's tooltip, its titles in the current language."""
    return [
        alt.Tooltip("label:N", title=t("Estimate")),
        alt.Tooltip("figure_text:N", title=t("Excess deaths, million")),
        alt.Tooltip("period_as_printed:N", title=t("Period")),
        alt.Tooltip("method:N", title=t("Method")),
        alt.Tooltip("data_basis:N", title=t("Data basis")),
        alt.Tooltip("title:N", title=t("Title")),
    ]


def _deaths_amount(value: float) -> str:
    if value >= 0:
        return t("{value} million excess deaths", value=number(value, ".1f"))
    return t("{value} million fewer deaths than the baseline", value=number(-value, ".1f"))


def _births_amount(value: float) -> str:
    if value >= 0:
        return t("{value} million fewer births", value=number(value, ".1f"))
    return t("{value} million more births than the baseline", value=number(-value, ".1f"))


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
    first, last = int(counted["year"].min()), int(counted["year"].max())
    title, description = _excess_words(by_year, counted, note)
    return chart_kit.fill(
        _excess_template(tuple(int(y) for y in by_year["year"]), first, last),
        {"rates": _rates_frame(by_year), "excess": _excess_frame(counted)},
        title=title,
        description=description,
    )


def _rates_frame(by_year: pd.DataFrame) -> pd.DataFrame:
    """Recorded rates and their baselines, one row a year, measure and line."""
    n = len(by_year)
    return pd.DataFrame(
        {
            "year": np.tile(by_year["year"].to_numpy(dtype=int), 4),
            "measure": np.repeat([t(DEATHS), t(DEATHS), t(BIRTHS), t(BIRTHS)], n),
            "line": np.repeat([t(RECORDED), t(BASELINE), t(RECORDED), t(BASELINE)], n),
            "rate_per_1000": np.concatenate(
                [by_year[c].to_numpy(dtype=float) for c in RATE_COLUMNS]
            ).round(2),
        }
    )


def _excess_frame(counted: pd.DataFrame) -> pd.DataFrame:
    """Excess deaths and births lost in each year counted, million."""
    return pd.DataFrame(
        {
            "year": list(counted["year"].astype(int)) * 2,
            "measure": [t(DEATHS)] * len(counted) + [t(BIRTHS)] * len(counted),
            "what": [t("excess deaths")] * len(counted) + [t("births lost")] * len(counted),
            "million": [
                *counted["excess_deaths_million"].round(3),
                *counted["births_lost_million"].round(3),
            ],
        }
    )


@chart_kit.template
def _excess_template(years: tuple[int, ...], first: int, last: int) -> alt.VConcatChart:
    """The excess chart without its data, title or description: rates over yearly bars."""
    counted = f"datum.value >= {first} && datum.value <= {last}"
    x = (
        alt.X("year:O")
        .title(t("Year (years counted in bold)"))
        .scale(domain=list(years))
        .axis(
            labelAngle=0,
            labelFontWeight=alt.expr(f"{counted} ? 'bold' : 'normal'"),
            labelColor=alt.expr(f"{counted} ? '#000000' : '#767676'"),
        )
    )
    colour = (
        alt.Color("measure:N")
        .title(None)
        .scale(domain=[t(m) for m in COLOURS], range=list(COLOURS.values()))
    )
    return alt.vconcat(
        _rate_lines(x, colour).properties(height=200, width=theme.WIDTH),
        _excess_bars(x, colour).properties(height=120, width=theme.WIDTH),
    )


def _rate_lines(x: alt.X, colour: alt.Color) -> alt.Chart:
    """Recorded rates solid, baselines dashed, per 1,000."""
    return (
        alt.Chart(alt.Data(name="rates"))
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("rate_per_1000:Q").title(t("Per 1,000 population a year")),
            color=colour,
            strokeDash=alt.StrokeDash("line:N")
            .title(None)
            .scale(domain=[t(RECORDED), t(BASELINE)], range=[[1, 0], [6, 4]]),
            detail=alt.Detail("line:N"),
            tooltip=[
                alt.Tooltip("year:O", title=t("Year")),
                alt.Tooltip("measure:N", title=t("Rate")),
                alt.Tooltip("line:N", title=t("Line")),
                alt.Tooltip("rate_per_1000:Q", title=t("Per 1,000"), format=".2f"),
            ],
        )
    )


def _excess_bars(x: alt.X, colour: alt.Color) -> alt.Chart:
    """Excess deaths and births lost side by side in each year counted."""
    return (
        alt.Chart(alt.Data(name="excess"))
        .mark_bar()
        .encode(
            x=x,
            xOffset=alt.XOffset("measure:N").sort([t(m) for m in COLOURS]),
            y=alt.Y("million:Q").title(t("Million in the year")),
            color=colour,
            tooltip=[
                alt.Tooltip("year:O", title=t("Year")),
                alt.Tooltip("what:N", title=t("What")),
                alt.Tooltip("million:Q", title=t("Million"), format=".2f"),
            ],
        )
    )


def _excess_words(by_year: pd.DataFrame, counted: pd.DataFrame, note: str) -> tuple[alt.Title, str]:
    """Title (with the rates and baseline as subtitle) and description of :func:`excess_chart`."""
    # The frame's labels are in the current language already (excess_deaths.series_label,
    # baseline_label): shown as they are.
    series, baseline = by_year["series"].iloc[0], by_year["baseline"].iloc[0]
    first, last = int(counted["year"].min()), int(counted["year"].max())
    span = t("{first}-{last}", first=first, last=last) if first != last else f"{first}"
    deaths = _deaths_amount(float(counted["excess_deaths_million"].sum()))
    births = _births_amount(float(counted["births_lost_million"].sum()))
    capitalised = series[0].upper() + series[1:]
    title = alt.Title(
        t("{span}: {deaths}, {births}", span=span, deaths=deaths, births=births),
        subtitle=t(
            "{series}; baseline (dashed): {baseline}", series=capitalised, baseline=baseline
        ),
    )
    fields = {"series": series, "baseline": baseline, "span": span}
    said = chart_kit.sentence(
        t(
            "with {series} and a baseline of {baseline}, the years {span} give {deaths} and "
            "{births}",
            **fields,
            deaths=deaths,
            births=births,
        )
        if first != last
        else t(
            "with {series} and a baseline of {baseline}, the year {span} gives {deaths} and "
            "{births}",
            **fields,
            deaths=deaths,
            births=births,
        )
    )
    # The note is a sentence of its own (or several), after the chart's.
    return title, f"{said} {note}" if note else said


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
    check_frame("grid", grid, SENSITIVITY_COLUMNS)
    check_choice("measure", measure, ("excess_deaths_million", "births_lost_million"))
    if reference is not None:
        check_number("reference", reference, low=0)
    deaths = measure == "excess_deaths_million"
    what = t("Excess deaths") if deaths else t("Births lost")
    # The grid's series and baseline labels are in the current language already
    # (evidence.baseline_grid); its periods too (evidence._span).
    data = grid[SENSITIVITY_COLUMNS].assign(million=grid[measure].round(2))
    order = list(dict.fromkeys(data["baseline"]))
    periods = list(dict.fromkeys(data["period"]))
    low, high = float(data["million"].min()), float(data["million"].max())
    marks = [] if reference is None else _reference_rule(reference, reference_label)
    return alt.layer(
        _baseline_dots(data, what, order, periods),
        *marks,
        title=t("{what}: the same rates, different baselines", what=what),
        description=_sensitivity_words(what, periods, low, high, len(order)),
        width=theme.WIDTH,
        height=max(120, 24 * len(order)),
    )


def _sensitivity_words(what: str, periods: list[str], low: float, high: float, n: int) -> str:
    """The sensitivity chart's description: the range of the totals across the baselines."""
    fields = {
        "what": what,
        "periods": ", ".join(periods),
        "low": number(low, ".1f"),
        "high": number(high, ".1f"),
        "n": n,
    }
    if n == 1:
        return chart_kit.sentence(
            t(
                "{what} over {periods} range from {low} to {high} million across the {n} "
                "baseline shown",
                **fields,
            )
        )
    return chart_kit.sentence(
        t(
            "{what} over {periods} range from {low} to {high} million across the {n} "
            "baselines shown",
            **fields,
        )
    )


def _baseline_dots(
    data: pd.DataFrame, what: str, order: list[str], periods: list[str]
) -> alt.Chart:
    """One dot per series and baseline (a shape per period if there are several)."""
    series = list(dict.fromkeys(data["series"]))
    encoding = {
        "x": alt.X("million:Q").title(t("{what}, million (period total)", what=what)),
        "y": alt.Y("baseline:N").title(t("Baseline")).sort(order).axis(labelLimit=320),
        "color": alt.Color("series:N")
        .title(None)
        .sort(series)
        .scale(domain=series, range=list(SERIES_COLOURS[: len(series)]))
        .legend(labelLimit=320),
        "tooltip": [
            alt.Tooltip("series:N", title=t("Series")),
            alt.Tooltip("baseline:N", title=t("Baseline")),
            alt.Tooltip("period:N", title=t("Period")),
            alt.Tooltip("million:Q", title=t("Million"), format=".1f"),
        ],
    }
    if len(periods) > 1:
        encoding["shape"] = alt.Shape("period:N").title(t("Period")).sort(periods)
    return alt.Chart(data).mark_point(filled=True, size=90).encode(**encoding)


def _reference_rule(reference: float, label: str) -> list[alt.Chart]:
    """A dashed rule at a source's figure, labelled."""
    ref = alt.Chart(pd.DataFrame({"million": [reference], "label": [label]}))
    return [
        ref.mark_rule(color=chart_kit.INK, strokeDash=[4, 3]).encode(x=alt.X("million:Q")),
        ref.mark_text(align="left", dx=4, dy=-6, y=0, color=chart_kit.INK).encode(
            x=alt.X("million:Q"), text=alt.Text("label:N")
        ),
    ]


def estimates_chart(
    estimates: pd.DataFrame, *, sort: str = "year", x_max: float | None = None
) -> alt.LayerChart:
    """Published estimates of excess deaths, one row each: point, range or lower bound.

    Parameters
    ----------
    estimates : pandas.DataFrame
        Output of :func:`helpers.lessons.counting_the_cost.published_estimates.tidy_estimates` (filtered or not; may be
        empty, which draws a chart saying so).
    sort : {"year", "size"}
        Rows by year of publication (no year last) or by the figure, largest first.
    x_max : float, optional
        The right end of the x axis (million) before padding; by default the largest figure
        drawn. The explorer passes the whole table's, so filtering does not rescale the axis.

    Examples
    --------
    >>> from helpers.core import data
    >>> from helpers.lessons.counting_the_cost import published_estimates
    >>> e = published_estimates.tidy_estimates(data.load("excess_death_estimates"))
    >>> estimates_chart(e).to_dict()["description"][:40]
    '22 estimates drawn, from 9.4 to 55 milli'
    """
    if not isinstance(estimates, pd.DataFrame):
        raise TypeError(f"estimates must be a pandas DataFrame; got {type(estimates).__name__}")
    missing = [c for c in ESTIMATE_COLUMNS if c not in estimates.columns]
    if missing:
        raise ValueError(f"estimates must have columns {ESTIMATE_COLUMNS}; missing {missing}")
    check_choice("sort", sort, SORTS)
    if x_max is not None and (
        isinstance(x_max, bool) or not isinstance(x_max, int | float) or not 0 < x_max < 1000
    ):
        raise ValueError(f"x_max must be a number of million above 0 and below 1000; got {x_max!r}")
    # Labels and figure texts are in the current language already (tidy_estimates); the
    # kinds and methods are English values (filters use them), translated where drawn.
    blank = estimates.loc[estimates["kind"] == "no figure", "label"].tolist()
    drawn = _estimates_frame(estimates, sort)
    if drawn.empty:
        return _no_estimates_chart(blank)
    methods = list(METHOD_COLOURS) + sorted(set(drawn["method"]) - set(METHOD_COLOURS))
    template = _estimates_template(
        tuple(drawn["label"]),
        tuple(methods),
        float(x_max if x_max is not None else drawn["x_end_million"].max()),
    )
    return chart_kit.fill(
        template,
        {"estimates": translated(drawn[list(CHART_FIELDS)], *CHART_TEXT)},
        title=t("Published estimates of excess deaths ({n} drawn)", n=len(drawn)),
        description=_estimates_words(drawn, sort, blank),
    )


def _estimates_frame(estimates: pd.DataFrame, sort: str) -> pd.DataFrame:
    """The estimates with a figure, each drawn from ``x_million`` to ``x_end_million``, sorted."""
    drawn = estimates[estimates["kind"] != "no figure"].copy()
    drawn["x_million"] = drawn["deaths_million"].fillna(drawn["low_million"])
    drawn["x_end_million"] = drawn["high_million"].fillna(drawn["x_million"])
    if sort == "year":
        return drawn.sort_values(["year_published", "label"], na_position="last")
    return drawn.sort_values(["x_end_million", "label"], ascending=[False, True])


def _blank_words(blank: list[str]) -> str:
    """A sentence naming the estimates with no figure, or nothing."""
    if not blank:
        return ""
    return " " + chart_kit.sentence(
        t(
            "{n} with no figure in the table not drawn ({names})",
            n=len(blank),
            names=", ".join(blank),
        )
    )


def _no_estimates_chart(blank: list[str]) -> alt.LayerChart:
    """A chart that says no estimate matches the filters."""
    text = t("No estimate in the table matches these filters.")
    return alt.layer(
        alt.Chart(pd.DataFrame({"text": [text]}))
        .mark_text(size=15)
        .encode(text=alt.Text("text:N")),
        title=t("Published estimates: none match"),
        description=text + _blank_words(blank),
        width=theme.WIDTH,
        height=80,
    )


@chart_kit.template
def _estimates_template(
    order: tuple[str, ...], methods: tuple[str, ...], most: float
) -> alt.LayerChart:
    """The estimates chart without its data, title or description, one row per label.

    One dataset, no filters (cheap to redraw): every row gets a rule from x to x_end (of zero
    length, so invisible, unless it is a range) and a point whose shape for a range is an
    empty path.
    """
    y = alt.Y("label:N").title(None).sort(list(order)).axis(labelLimit=320)
    colour = (
        alt.Color("method:N")
        .title(t("Method (editorial, from the table)"))
        .scale(
            domain=[t(m) for m in methods],
            range=[METHOD_COLOURS.get(m, "#888888") for m in methods],
        )
        .legend(columns=2, labelLimit=320, titleLimit=320)
    )
    x_scale = alt.Scale(domain=[0, most * 1.15], nice=True)
    x = alt.X("x_million:Q").title(t("Excess deaths, million")).scale(x_scale)
    x_end = alt.X("x_end_million:Q").title(t("Excess deaths, million")).scale(x_scale)
    kinds = [t(k) for k in KIND_SHAPES]
    shape = (
        alt.Shape("kind:N")
        .title(t("Figure (a bar: a range)"))
        .scale(domain=[*kinds, t(RANGE)], range=[*KIND_SHAPES.values(), "M0,0"])
        .legend(values=kinds)
    )
    tooltip = _estimate_tooltip()
    base = alt.Chart()
    return alt.layer(
        base.mark_rule(strokeWidth=3).encode(
            x=x, x2=alt.X2("x_end_million"), y=y, color=colour, tooltip=tooltip
        ),
        base.mark_point(filled=True, opacity=1, size=110).encode(
            x=x, y=y, color=colour, shape=shape, tooltip=tooltip
        ),
        base.mark_text(align="left", dx=9).encode(x=x_end, y=y, text=alt.Text("figure_text:N")),
        data=alt.Data(name="estimates"),
    ).properties(width=theme.WIDTH, height=max(60, 22 * len(order)))


def _estimates_words(drawn: pd.DataFrame, sort: str, blank: list[str]) -> str:
    """The estimates chart's description: how many drawn, their range, the order, the blanks."""
    low, high = float(drawn["x_million"].min()), float(drawn["x_end_million"].max())
    fields = {"n": len(drawn), "low": number(low, "g"), "high": number(high, "g")}
    one = len(drawn) == 1
    if low == high:
        drawn_words = (
            t("{n} estimate drawn, {low} million excess deaths", **fields)
            if one
            else t("{n} estimates drawn, {low} million excess deaths", **fields)
        )
    else:
        drawn_words = (
            t("{n} estimate drawn, from {low} to {high} million excess deaths", **fields)
            if one
            else t("{n} estimates drawn, from {low} to {high} million excess deaths", **fields)
        )
    order = t("sorted by year of publication") if sort == "year" else t("sorted by size")
    said = chart_kit.sentence(drawn_words, order, joiner=", ")
    return said + _blank_words(blank)
