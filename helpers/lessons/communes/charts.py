"""Charts for lesson 03: the speed of communisation, a commune's levels, incentives, mess halls.

Each chart takes a tidy DataFrame (from the lesson's models or the course data) and
returns an Altair chart with a title and a one-sentence description that states the result.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import theme
from helpers.core.validate import check_frame, check_number
from helpers.lessons.communes.incentives import REGIMES
from helpers.lessons.communes.mess_halls import MESS_COLUMNS, MESS_PATHS, shortfall_month
from helpers.lessons.communes.structure import (
    COMMUNE_COLUMNS,
    LEVELS,
    S9_COOPERATIVES_PER_COMMUNE,
    S9_MEMBERS_AVERAGE,
    S9_MEMBERS_RANGE,
    members_band,
    members_verdict,
)

INK = theme.PALETTE[7]
LEVEL_NAMES = {
    "commune": ("commune", "communes"),
    "production brigade": ("brigade", "brigades"),
    "production team": ("team", "teams"),
    "household": ("household", "households"),
    "person": ("person", "people"),
}


def _count(value: float, level: str) -> str:
    one, many = LEVEL_NAMES[level]
    return f"{value:,.0f} {one if round(value) == 1 else many}"


# ---- section 1: how fast -------------------------------------------------------------------


def communisation_chart(shares: pd.DataFrame, events: pd.DataFrame) -> alt.LayerChart:
    """Share of rural households in communes at the dates sources give, with key decisions.

    Parameters
    ----------
    shares : pandas.DataFrame
        ``date`` (ISO), ``share_pct``, ``label`` (e.g. "98.2 % (Cliff 1960)").
    events : pandas.DataFrame
        ``date`` (ISO), ``event`` (a short label).

    Examples
    --------
    >>> s = pd.DataFrame({"date": ["1958-09-30"], "share_pct": [98.2], "label": ["98.2 %"]})
    >>> e = pd.DataFrame({"date": ["1958-08-29"], "event": ["Beidaihe resolution"]})
    >>> communisation_chart(s, e).to_dict()["description"][:40]
    'By 1958-09-30, 98.2 % of rural household'
    """
    check_frame("shares", shares, ["date", "share_pct", "label"])
    check_frame("events", events, ["date", "event"])
    first = shares.sort_values("date").iloc[0]
    x = alt.X(
        "date:T",
        title=None,
        scale=alt.Scale(domain=["1958-03-01", "1959-01-15"]),
        axis=alt.Axis(format="%b %Y", tickCount="month", labelAngle=-40),
    )
    window = pd.DataFrame({"start": ["1958-04-01"], "end": ["1958-09-30"], "what": ["S13"]})
    band = (
        alt.Chart(window)
        .mark_rect(opacity=0.15, color=theme.PALETTE[5])
        .encode(x=alt.X("start:T"), x2=alt.X2("end:T"))
    )
    band_text = (
        alt.Chart(window.assign(text="April–September 1958: 98 % [S13]"))
        .mark_text(align="left", dx=4, y=12, color=INK)
        .encode(x=alt.X("start:T"), text=alt.Text("text:N"))
    )
    rules = (
        alt.Chart(events)
        .mark_rule(strokeDash=[4, 3], color=INK)
        .encode(x=x, tooltip=[alt.Tooltip("event:N", title="Event"), alt.Tooltip("date:T")])
    )
    rule_text = (
        alt.Chart(events.reset_index(drop=True).assign(row_y=lambda d: 20 + 14 * d.index))
        .mark_text(align="left", dx=4, color=INK, fontSize=11)
        .encode(x=x, y=alt.Y("row_y:Q", scale=alt.Scale(domain=[0, 105])), text=alt.Text("event:N"))
    )
    points = (
        alt.Chart(shares)
        .mark_point(filled=True, size=90, color=theme.PALETTE[0])
        .encode(
            x=x,
            y=alt.Y(
                "share_pct:Q",
                title="Rural households in communes, %",
                scale=alt.Scale(domain=[0, 105]),
            ),
            tooltip=[alt.Tooltip("label:N", title="Figure"), alt.Tooltip("date:T", title="Date")],
        )
    )
    labels = points.mark_text(align="right", dx=-8, dy=14, color=theme.PALETTE[0]).encode(
        text=alt.Text("label:N")
    )
    description = (
        f"By {first['date']}, {first['share_pct']:g} % of rural households were in communes; "
        f"the shaded band is the source text's April–September 1958 [S13], the dashed lines "
        f"the decisions listed below the chart."
    )
    return alt.layer(
        band,
        band_text,
        rules,
        rule_text,
        points,
        labels,
        title="Into the communes in a few months, 1958",
        description=description,
        width=theme.WIDTH,
        height=theme.HEIGHT,
    )


# ---- section 2: the commune builder -----------------------------------------------------


def commune_chart(
    commune: pd.DataFrame, *, households_per_team: float | None = None
) -> alt.LayerChart:
    """A commune's levels as bars, with the source text's sizes as bands where it gives them.

    Parameters
    ----------
    commune : pandas.DataFrame
        Output of :func:`.structure.build_commune`.
    households_per_team : float, optional
        The target team size the commune was built with (named in the description).

    Examples
    --------
    >>> from helpers.lessons.communes.structure import build_commune
    >>> commune_chart(build_commune(28, 160, 5.0)).to_dict()["description"][:60]
    '28 cooperatives of 160 households make one commune of 4,480 '
    """
    check_frame("commune", commune, COMMUNE_COLUMNS)
    if households_per_team is not None:
        check_number("households_per_team", households_per_team, low=1, high=500)
    if list(commune["level"]) != list(LEVELS):
        raise ValueError(f"commune must have one row per level {list(LEVELS)}")
    c = commune.set_index("level")
    brigades = c.loc["production brigade", "units_per_commune"]
    households = c.loc["commune", "households_per_unit"]
    members = c.loc["commune", "persons_per_unit"]
    per_team = c.loc["production team", "households_per_unit"]
    per_brigade = c.loc["production brigade", "households_per_unit"]
    size = c.loc["household", "persons_per_unit"]
    detail = {
        "commune": f"1 commune: {households:,.0f} households",
        "production brigade": f"{_count(brigades, 'production brigade')} of "
        f"{per_brigade:,.0f} households",
        "production team": f"{_count(c.loc['production team', 'units_per_commune'], 'production team')}"
        f" of {per_team:,.1f} households",
        "household": f"{households:,.0f} households of {size:g} people",
        "person": f"{members:,.0f} people",
    }
    (lo, hi), (smallest, largest) = S9_MEMBERS_AVERAGE, S9_MEMBERS_RANGE
    low_coops, high_coops = S9_COOPERATIVES_PER_COMMUNE
    band_names = [
        "the text's full range [S9]",
        "the text's usual size [S9]",
    ]
    # One data set for every layer (Altair serialises it once): the levels as bars and, on the
    # rows where the source text gives a size, its ranges as bands behind them.
    rows = pd.DataFrame(
        {
            "kind": ["bar"] * len(LEVELS) + ["band"] * 3,
            "level": [*LEVELS, "production brigade", "person", "person"],
            "units_per_commune": [*commune["units_per_commune"].to_numpy(), 0.0, 0.0, 0.0],
            "start": [0.0] * len(LEVELS) + [low_coops, smallest, lo],
            "end": [0.0] * len(LEVELS) + [high_coops, largest, hi],
            "label": [detail[level] for level in LEVELS]
            + [
                f"{low_coops}–{high_coops} cooperatives",
                f"{smallest:,}–{largest:,} members",
                f"{lo:,}–{hi:,} members on average",
            ],
            "what": [""] * len(LEVELS) + [band_names[1], band_names[0], band_names[1]],
        }
    )
    y = alt.Y("level:N", sort=list(LEVELS), title=None)
    x = alt.X(
        "units_per_commune:Q",
        scale=alt.Scale(type="log", domain=[0.5, 1e6]),
        axis=alt.Axis(values=[1, 10, 100, 1000, 10_000, 100_000, 1_000_000]),
        title="How many in one commune (log scale); bands: the source text's sizes",
    )
    bands = (
        alt.Chart()
        .mark_bar(height=24)
        .encode(
            y=y,
            x=alt.X("start:Q", scale=alt.Scale(type="log", domain=[0.5, 1e6])),
            x2=alt.X2("end:Q"),
            color=alt.Color(
                "what:N",
                title=None,
                sort=band_names,
                scale=alt.Scale(domain=band_names, range=["#D9D9D9", theme.PALETTE[5]]),
                legend=alt.Legend(labelLimit=300),
            ),
            tooltip=[alt.Tooltip("label:N", title="Source text")],
        )
        .transform_filter(alt.datum.kind == "band")
    )
    bars = (
        alt.Chart()
        .mark_bar(color=theme.PALETTE[0], height=10)
        .encode(
            y=y,
            x=x,
            x2=alt.X2(datum=0.5),
            tooltip=[alt.Tooltip("label:N", title="Level")],
        )
        .transform_filter(alt.datum.kind == "bar")
    )
    text = bars.mark_text(align="left", dx=5, dy=-11, color=INK).encode(text=alt.Text("label:N"))

    coops = "inside" if low_coops <= brigades <= high_coops else "outside"
    verdict = members_verdict(members)
    description = (
        f"{brigades:,.0f} cooperatives of {per_brigade:,.0f} households make one commune of "
        f"{households:,.0f} households in {_count(brigades, 'production brigade')} and "
        f"{_count(c.loc['production team', 'units_per_commune'], 'production team')}; at "
        f"{size:g} people a household that is {members:,.0f} members, {verdict} "
        f"({coops} its {low_coops}–{high_coops} cooperatives per commune)."
    )
    if households_per_team is not None:
        description = description[:-1] + (
            f"; teams were aimed at {households_per_team:g} households and hold {per_team:,.1f}."
        )
    title = f"A commune of {members:,.0f} people: {members_band(members)} of the source text"
    return alt.layer(
        bands,
        bars,
        text,
        data=rows,
        title=title,
        description=description,
        width=theme.WIDTH,
        height=230,
    )


# ---- section 3: incentives ----------------------------------------------------------------

_EFFORT_COLUMNS = ["households_sharing", "regime", "effort_pct"]
REGIME_LABELS = {
    "no right to exit": "No right to exit (from autumn 1958)",
    "right to exit": "Right to exit (before)",
}


def incentive_chart(
    curves: pd.DataFrame, units: pd.DataFrame, *, exit_right: bool
) -> alt.LayerChart:
    """Effort against the number of households that share the harvest, named units marked.

    Parameters
    ----------
    curves : pandas.DataFrame
        Output of :func:`.incentives.incentive_curves`.
    units : pandas.DataFrame
        Output of :func:`.incentives.unit_efforts` plus a ``unit`` column naming
        each size (e.g. "team (30)").
    exit_right : bool
        Show the curve with the right to exit next to the one without it.

    Examples
    --------
    >>> from helpers.lessons.communes.incentives import incentive_curves, unit_efforts
    >>> u = unit_efforts([30, 4614], 0.3).assign(unit=["team", "commune"] * 2)
    >>> incentive_chart(incentive_curves(0.3), u, exit_right=False).to_dict()["description"][:50]
    'Without the right to exit, effort is 66 % of full '
    """
    check_frame("curves", curves, _EFFORT_COLUMNS)
    check_frame("units", units, [*_EFFORT_COLUMNS, "unit"])
    if not isinstance(exit_right, bool):
        raise TypeError(f"exit_right must be True or False; got {exit_right!r}")
    shown = list(REGIMES) if exit_right else ["no right to exit"]
    labels = [REGIME_LABELS[r] for r in shown]
    columns = ["households_sharing", "regime", "effort_pct"]
    lines_data = curves.loc[curves["regime"].isin(shown), columns].assign(unit="", kind="line")
    point_data = units.loc[units["regime"].isin(shown), [*columns, "unit"]].assign(kind="point")
    both = pd.concat([lines_data, point_data], ignore_index=True)
    both["series"] = both["regime"].map(REGIME_LABELS)
    both["effort_pct"] = both["effort_pct"].round(2)
    x = alt.X(
        "households_sharing:Q",
        title="Households sharing the harvest (log scale)",
        scale=alt.Scale(type="log", domain=[1, float(curves["households_sharing"].max())]),
    )
    y = alt.Y(
        "effort_pct:Q",
        title="Effort and output per household, % of full",
        scale=alt.Scale(domain=[0, 100]),
    )
    colour = alt.Color(
        "series:N",
        title=None,
        sort=labels,
        scale=alt.Scale(domain=labels),
        legend=alt.Legend(labelLimit=400),
    )
    dash = alt.StrokeDash("series:N", legend=None, sort=labels, scale=alt.Scale(domain=labels))
    lines = (
        alt.Chart()
        .mark_line()
        .encode(x=x, y=y, color=colour, strokeDash=dash)
        .transform_filter(alt.datum.kind == "line")
    )
    tooltip = [
        alt.Tooltip("unit:N", title="Unit"),
        alt.Tooltip("series:N", title="Regime"),
        alt.Tooltip("effort_pct:Q", title="Effort, %", format=".0f"),
    ]
    points = (
        alt.Chart()
        .mark_point(filled=True, size=70)
        .encode(x=x, y=y, color=colour, tooltip=tooltip)
        .transform_filter(alt.datum.kind == "point")
    )
    names = (
        alt.Chart()
        .mark_text(align="left", dx=6, dy=12, color=INK)
        .encode(x=x, y=y, text=alt.Text("unit:N"))
        .transform_filter((alt.datum.kind == "point") & (alt.datum.regime == "no right to exit"))
    )
    named = units[units["regime"] == "no right to exit"].sort_values("households_sharing")
    named = named[named["households_sharing"] > 1]
    if len(named) < 2:
        raise ValueError("units must name at least two unit sizes larger than one household")
    no_exit = named.set_index("unit")["effort_pct"]
    small, big = no_exit.index[0], no_exit.index[-1]
    description = (
        f"Without the right to exit, effort is {no_exit[small]:.0f} % of full effort in a "
        f"{small} and {no_exit[big]:.0f} % in a {big}"
    )
    if exit_right:
        with_exit = units[units["regime"] == "right to exit"].set_index("unit")["effort_pct"]
        description += (
            f"; with it, {with_exit[small]:.0f} % and {with_exit[big]:.0f} %: the exit threat "
            f"works only where members can see each other's work."
        )
    else:
        description += ": the fewer households share the harvest, the more each one's work pays."
    title = f"Shirking grows with the unit: {no_exit[small]:.0f} % in a {small}, " + (
        f"{no_exit[big]:.0f} % in a {big}"
    )
    return alt.layer(
        lines,
        points,
        names,
        data=both,
        title=title,
        description=description,
        width=theme.WIDTH,
        height=theme.HEIGHT,
    )


# ---- section 4: mess halls ----------------------------------------------------------------


def mess_hall_chart(
    path: pd.DataFrame, *, need_kg_per_month: float, free_months: int, overeating_pct: float
) -> alt.LayerChart:
    """Grain per person left after each month, rationed against free meals first.

    Parameters
    ----------
    path : pandas.DataFrame
        Output of :func:`.mess_halls.mess_hall_path`.
    need_kg_per_month, free_months, overeating_pct
        The settings the path was made with (named in the legend and description).

    Examples
    --------
    >>> from helpers.lessons.communes.mess_halls import mess_hall_path
    >>> df = mess_hall_path(120, need_kg_per_month=10, free_months=3, overeating_pct=50)
    >>> mess_hall_chart(df, need_kg_per_month=10, free_months=3, overeating_pct=50).to_dict()[
    ...     "description"][:58]
    'With 3 months of free meals at 50 % above need, the stock '
    """
    check_frame("path", path, MESS_COLUMNS)
    need = check_number("need_kg_per_month", need_kg_per_month, low=1, high=100)
    months = int(path["month"].max())
    free = check_number("free_months", free_months, low=0, high=months, integer=True)
    over = check_number("overeating_pct", overeating_pct, low=0, high=300)
    labels = {
        "rationed from the harvest": f"Rationed from the harvest ({need:.1f} kg a month)",
        "free meals first": f"Free meals for {free} months (+{over:g} %), then rationed",
    }
    free_short = shortfall_month(path, need, "free meals first")
    rationed_short = shortfall_month(path, need, "rationed from the harvest")
    data = path.assign(
        series=path["path"].map(labels),
        stock_kg_per_person=path["stock_kg_per_person"].round(2),
        eaten_kg_per_person=path["eaten_kg_per_person"].round(2),
    )
    order = [labels[p] for p in MESS_PATHS]
    month = alt.X(
        "month:Q",
        title="Months after the harvest",
        scale=alt.Scale(domain=[0, months]),
        axis=alt.Axis(tickMinStep=1, format="d"),
    )
    lines = (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=month,
            y=alt.Y("stock_kg_per_person:Q", title="Grain left per person, kg"),
            color=alt.Color(
                "series:N",
                title=None,
                sort=order,
                scale=alt.Scale(domain=order),
                legend=alt.Legend(labelLimit=400, direction="vertical"),
            ),
            strokeDash=alt.StrokeDash("series:N", legend=None, sort=order),
            tooltip=[
                alt.Tooltip("series:N", title="Path"),
                alt.Tooltip("month:Q", title="Month"),
                alt.Tooltip("stock_kg_per_person:Q", title="Grain left, kg", format=".1f"),
                alt.Tooltip("eaten_kg_per_person:Q", title="Eaten that month, kg", format=".1f"),
            ],
        )
    )
    layers = [lines]
    if free_short is not None:
        late = free_short > months / 2
        spot = pd.DataFrame({"month": [free_short], "text": [f"short from month {free_short}"]})
        rule = alt.Chart(spot).mark_rule(strokeDash=[4, 3], color=INK).encode(x=month)
        note = rule.mark_text(
            align="right" if late else "left", dx=-5 if late else 5, y=8, color=INK
        ).encode(text=alt.Text("text:N"))
        layers += [rule, note]
    setting = f"With {free} months of free meals at {over:g} % above need"
    free_rows = path[path["path"] == "free meals first"].set_index("month")
    if free_short is None:
        description = f"{setting}, the stock still gives everyone {need:.1f} kg a month until the next harvest"
        title = "The stock lasts to the next harvest"
    else:
        left = months - free_short + 1
        description = (
            f"{setting}, the stock runs short in month {free_short}, {left} "
            f"month{'s' if left != 1 else ''} before the next harvest"
        )
        title = f"Free meals first: the grain runs short in month {free_short}"
    if free < months and free_short is not None:
        ration = free_rows.loc[free, "stock_kg_per_person"] / (months - free)
        description += (
            f"; to last, the ration after the free meals would have to be {ration:.1f} kg a "
            f"month, {100 * ration / need:.0f} % of need"
        )
    if rationed_short is None:
        description += "; rationed from the start, it lasts."
    else:
        description += f"; rationed from the start, it is short from month {rationed_short}."
    return alt.layer(
        *layers,
        title=title,
        description=description,
        width=theme.WIDTH,
        height=theme.HEIGHT,
    )
