"""Charts for lesson 03: the speed of communisation, a commune's levels, incentives, mess halls.

Each chart takes a tidy DataFrame (from the lesson's models or the course data) and
returns an Altair chart with a title and a one-sentence description that states the result.
"""

from __future__ import annotations

from collections.abc import Mapping

import altair as alt
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_frame, check_number
from helpers.lessons.communes.evidence import UNIT_NAMES
from helpers.lessons.communes.incentives import REGIMES
from helpers.lessons.communes.mess_halls import MESS_COLUMNS, MESS_PATHS
from helpers.lessons.communes.structure import (
    COMMUNE_COLUMNS,
    LEVELS,
    S9_COOPERATIVES_PER_COMMUNE,
    S9_MEMBERS_AVERAGE,
    S9_MEMBERS_RANGE,
    members_band,
    members_verdict,
)

#: Each level's name where the chart shows it (the model's names are the keys).
LEVEL_LABELS = {
    "commune": N_("commune"),
    "production brigade": N_("production brigade"),
    "production team": N_("production team"),
    "household": N_("household"),
    "person": N_("person"),
}
#: A count of each level's units, one and many (a language may write both alike).
LEVEL_NAMES = {
    "commune": (N_("{count} commune"), N_("{count} communes")),
    "production brigade": (N_("{count} brigade"), N_("{count} brigades")),
    "production team": (N_("{count} team"), N_("{count} teams")),
    "household": (N_("{count} household"), N_("{count} households")),
    "person": (N_("{count} person"), N_("{count} people")),
}


def _count(value: float, level: str) -> str:
    one, many = LEVEL_NAMES[level]
    return t(one if round(value) == 1 else many, count=number(value, ",.0f"))


def unit_name(unit: str, *, inside: bool = False) -> str:
    """A unit of :func:`.evidence.unit_sizes` ("team (30)") in the current language; with
    ``inside``, as the place where something is ("in a team (30)").

    Examples
    --------
    >>> unit_name("commune (4,797)"), unit_name("team (30)", inside=True)
    ('commune (4,797)', 'in a team (30)')
    """
    if not isinstance(unit, str) or not unit.strip():
        raise TypeError(f"unit must be a unit's name such as 'team (30)'; got {unit!r}")
    word, _, count = unit.partition(" (")
    size = count.removesuffix(")").replace(",", "")
    if word not in UNIT_NAMES or not count.endswith(")") or not size.isdigit():
        # Another name (a caller's own): shown as given.
        return t("in a {unit}", unit=unit) if inside else unit
    return t(UNIT_NAMES[word][inside], households=number(int(size), ","))


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
    x = (
        alt.X("date:T")
        .title(None)
        .scale(domain=["1958-03-01", "1959-01-15"])
        # Month names in the lesson's language: Vega's time locale (helpers.core.render).
        .axis(format="%b %Y", tickCount="month", labelAngle=-40)
    )
    description = chart_kit.sentence(
        t(
            "by {date}, {share} % of rural households were in communes",
            date=first["date"],
            share=number(first["share_pct"], "g"),
        ),
        t(
            "the shaded band is the source text's April–September 1958 [S13], the dashed lines "
            "the decisions listed below the chart"
        ),
    )
    return alt.layer(
        *_s13_window(),
        *_decisions(translated(events, "event"), x),
        *_share_points(translated(shares, "label"), x),
        title=t("Into the communes in a few months, 1958"),
        description=description,
        width=theme.WIDTH,
        height=theme.HEIGHT,
    )


def _s13_window() -> list[alt.Chart]:
    """The source text's April-September 1958 [S13], shaded and labelled."""
    window = pd.DataFrame({"start": ["1958-04-01"], "end": ["1958-09-30"], "what": ["S13"]})
    band = (
        alt.Chart(window)
        .mark_rect(opacity=0.15, color=theme.PALETTE[5])
        .encode(x=alt.X("start:T"), x2=alt.X2("end:T"))
    )
    text = (
        alt.Chart(window.assign(text=t("April–September 1958: 98 % [S13]")))
        .mark_text(align="left", dx=4, y=12, color=chart_kit.INK)
        .encode(x=alt.X("start:T"), text=alt.Text("text:N"))
    )
    return [band, text]


def _decisions(events: pd.DataFrame, x: alt.X) -> list[alt.Chart]:
    """Each decision as a dashed rule, its name stacked down from the top."""
    rules = (
        alt.Chart(events)
        .mark_rule(strokeDash=[4, 3], color=chart_kit.INK)
        .encode(x=x, tooltip=[alt.Tooltip("event:N", title=t("Event")), alt.Tooltip("date:T")])
    )
    names = (
        alt.Chart(events.reset_index(drop=True).assign(row_y=lambda d: 20 + 14 * d.index))
        .mark_text(align="left", dx=4, color=chart_kit.INK, fontSize=11)
        .encode(x=x, y=alt.Y("row_y:Q").scale(domain=[0, 105]), text=alt.Text("event:N"))
    )
    return [rules, names]


def _share_points(shares: pd.DataFrame, x: alt.X) -> list[alt.Chart]:
    """The shares the sources give, as labelled points."""
    points = (
        alt.Chart(shares)
        .mark_point(filled=True, size=90, color=theme.PALETTE[0])
        .encode(
            x=x,
            y=alt.Y("share_pct:Q")
            .title(t("Rural households in communes, %"))
            .scale(domain=[0, 105]),
            tooltip=[
                alt.Tooltip("label:N", title=t("Figure")),
                alt.Tooltip("date:T", title=t("Date")),
            ],
        )
    )
    labels = points.mark_text(align="right", dx=-8, dy=14, color=theme.PALETTE[0]).encode(
        text=alt.Text("label:N")
    )
    return [points, labels]


# ---- section 2: the commune builder -----------------------------------------------------

#: The two kinds of band the commune chart draws behind its bars.
BAND_NAMES = [N_("the text's full range [S9]"), N_("the text's usual size [S9]")]


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
    title, description = _commune_words(c, households_per_team)
    return chart_kit.fill(
        _commune_template(),
        {"commune": _commune_frame(commune, c)},
        title=title,
        description=description,
    )


def _commune_frame(commune: pd.DataFrame, c: pd.DataFrame) -> pd.DataFrame:
    """One data set for every layer: the levels as bars and, on the rows where the source
    text gives a size, its ranges as bands behind them."""
    households = c.loc["commune", "households_per_unit"]
    brigades = c.loc["production brigade", "units_per_commune"]
    teams = c.loc["production team", "units_per_commune"]
    detail = {
        "commune": t("1 commune: {households} households", households=number(households, ",.0f")),
        "production brigade": t(
            "{brigades} of {households} households",
            brigades=_count(brigades, "production brigade"),
            households=number(c.loc["production brigade", "households_per_unit"], ",.0f"),
        ),
        "production team": t(
            "{teams} of {households} households",
            teams=_count(teams, "production team"),
            households=number(c.loc["production team", "households_per_unit"], ",.1f"),
        ),
        "household": t(
            "{households} households of {people} people",
            households=number(households, ",.0f"),
            people=number(c.loc["household", "persons_per_unit"], "g"),
        ),
        "person": t("{people} people", people=number(c.loc["commune", "persons_per_unit"], ",.0f")),
    }
    (lo, hi), (smallest, largest) = S9_MEMBERS_AVERAGE, S9_MEMBERS_RANGE
    low_coops, high_coops = S9_COOPERATIVES_PER_COMMUNE
    return pd.DataFrame(
        {
            "kind": ["bar"] * len(LEVELS) + ["band"] * 3,
            "level": [
                t(LEVEL_LABELS[x]) for x in (*LEVELS, "production brigade", "person", "person")
            ],
            "units_per_commune": [*commune["units_per_commune"].to_numpy(), 0.0, 0.0, 0.0],
            "start": [0.0] * len(LEVELS) + [low_coops, smallest, lo],
            "end": [0.0] * len(LEVELS) + [high_coops, largest, hi],
            "label": [detail[level] for level in LEVELS]
            + [
                t("{low}–{high} cooperatives", low=low_coops, high=high_coops),
                t(
                    "{low}–{high} members",
                    low=number(smallest, ","),
                    high=number(largest, ","),
                ),
                t(
                    "{low}–{high} members on average",
                    low=number(lo, ","),
                    high=number(hi, ","),
                ),
            ],
            "what": [""] * len(LEVELS) + [t(BAND_NAMES[1]), t(BAND_NAMES[0]), t(BAND_NAMES[1])],
        }
    )


@chart_kit.template
def _commune_template() -> alt.LayerChart:
    """The commune chart without its data, title or description: bands, bars, labels."""
    y = alt.Y("level:N").sort([t(LEVEL_LABELS[x]) for x in LEVELS]).title(None)
    log = alt.Scale(type="log", domain=[0.5, 1e6])
    band_names = [t(name) for name in BAND_NAMES]
    bands = (
        alt.Chart()
        .mark_bar(height=24)
        .encode(
            y=y,
            x=alt.X("start:Q").scale(log),
            x2=alt.X2("end:Q"),
            color=alt.Color("what:N")
            .title(None)
            .sort(band_names)
            .scale(domain=band_names, range=["#D9D9D9", theme.PALETTE[5]])
            .legend(labelLimit=300),
            tooltip=[alt.Tooltip("label:N", title=t("Source text"))],
        )
        .transform_filter(alt.datum.kind == "band")
    )
    bars = (
        alt.Chart()
        .mark_bar(color=theme.PALETTE[0], height=10)
        .encode(
            y=y,
            x=alt.X("units_per_commune:Q")
            .scale(log)
            # The last label centred on its tick: flush to the edge, "1,000,000" ran into
            # "100,000" (tests/course/test_chart_lint.py).
            .axis(values=[1, 10, 100, 1000, 10_000, 100_000, 1_000_000], labelFlush=False)
            .title(t("How many in one commune (log scale); bands: the source text's sizes")),
            x2=alt.X2(datum=0.5),
            tooltip=[alt.Tooltip("label:N", title=t("Level"))],
        )
        .transform_filter(alt.datum.kind == "bar")
    )
    text = bars.mark_text(align="left", dx=5, dy=-11, color=chart_kit.INK).encode(
        text=alt.Text("label:N")
    )
    return alt.layer(bands, bars, text, data=alt.Data(name="commune")).properties(
        width=theme.WIDTH, height=230
    )


#: The commune chart's title for each place of its membership against the text [S9].
COMMUNE_TITLES = {
    "below the range": N_("A commune of {members} people: below the range of the source text"),
    "above the range": N_("A commune of {members} people: above the range of the source text"),
    "below the average": N_("A commune of {members} people: below the average of the source text"),
    "above the average": N_("A commune of {members} people: above the average of the source text"),
    "inside the average": N_(
        "A commune of {members} people: inside the average of the source text"
    ),
}


def _commune_words(c: pd.DataFrame, households_per_team: float | None) -> tuple[str, str]:
    """Title and one-sentence description of :func:`commune_chart`."""
    brigades = c.loc["production brigade", "units_per_commune"]
    members = c.loc["commune", "persons_per_unit"]
    low_coops, high_coops = S9_COOPERATIVES_PER_COMMUNE
    teams = (
        ""
        if households_per_team is None
        else t(
            "teams were aimed at {target} households and hold about {actual}",
            target=number(households_per_team, "g"),
            actual=number(c.loc["production team", "households_per_unit"], ",.0f"),
        )
    )
    size = (
        N_(
            "at {people} people a household that is {members} members, {verdict} "
            "(inside its {low}–{high} cooperatives per commune)"
        )
        if low_coops <= brigades <= high_coops
        else N_(
            "at {people} people a household that is {members} members, {verdict} "
            "(outside its {low}–{high} cooperatives per commune)"
        )
    )
    description = chart_kit.sentence(
        t(
            "{cooperatives} cooperatives of {households} households make one commune of "
            "{commune_households} households in {brigades} and {teams}",
            cooperatives=number(brigades, ",.0f"),
            households=number(c.loc["production brigade", "households_per_unit"], ",.0f"),
            commune_households=number(c.loc["commune", "households_per_unit"], ",.0f"),
            brigades=_count(brigades, "production brigade"),
            teams=_count(c.loc["production team", "units_per_commune"], "production team"),
        ),
        t(
            size,
            people=number(c.loc["household", "persons_per_unit"], "g"),
            members=number(members, ",.0f"),
            verdict=members_verdict(members),
            low=low_coops,
            high=high_coops,
        ),
        teams,
    )
    title = t(COMMUNE_TITLES[members_band(members)], members=number(members, ",.0f"))
    return title, description


# ---- section 3: incentives ----------------------------------------------------------------

_EFFORT_COLUMNS = ["households_sharing", "regime", "effort_pct"]
REGIME_LABELS = {
    "no right to exit": N_("No right to exit (from autumn 1958)"),
    "right to exit": N_("Right to exit (before)"),
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
    >>> u = unit_efforts([30, 4797], 0.3).assign(unit=["team", "commune"] * 2)
    >>> incentive_chart(incentive_curves(0.3), u, exit_right=False).to_dict()["description"][:50]
    'Without the right to exit, effort is 66 % of full '
    """
    check_frame("curves", curves, _EFFORT_COLUMNS)
    check_frame("units", units, [*_EFFORT_COLUMNS, "unit"])
    if not isinstance(exit_right, bool):
        raise TypeError(f"exit_right must be True or False; got {exit_right!r}")
    shown = list(REGIMES) if exit_right else ["no right to exit"]
    named = units[units["regime"] == "no right to exit"].sort_values("households_sharing")
    named = named[named["households_sharing"] > 1]
    if len(named) < 2:
        raise ValueError("units must name at least two unit sizes larger than one household")
    title, description = _incentive_words(named.set_index("unit")["effort_pct"], units, exit_right)
    return chart_kit.fill(
        _incentive_template(
            tuple(REGIME_LABELS[r] for r in shown), float(curves["households_sharing"].max())
        ),
        {"effort": _incentive_frame(curves, units, shown)},
        title=title,
        description=description,
    )


def _incentive_frame(curves: pd.DataFrame, units: pd.DataFrame, shown: list[str]) -> pd.DataFrame:
    """One data set for every layer: the curves (``kind`` "line") and the named units."""
    lines = curves.loc[curves["regime"].isin(shown), _EFFORT_COLUMNS].assign(unit="", kind="line")
    points = units.loc[units["regime"].isin(shown), [*_EFFORT_COLUMNS, "unit"]].assign(kind="point")
    both = pd.concat([lines, points], ignore_index=True)
    return both.assign(
        series=both["regime"].map(lambda r: t(REGIME_LABELS[r])),
        unit=both["unit"].map(lambda u: unit_name(u) if u else u),
        effort_pct=both["effort_pct"].round(2),
    )


@chart_kit.template
def _incentive_template(labels: tuple[str, ...], most: float) -> alt.LayerChart:
    """The incentive chart without its data, title or description: curves, units, names."""
    x = (
        alt.X("households_sharing:Q")
        .title(t("Households sharing the harvest (log scale)"))
        .scale(type="log", domain=[1, most])
    )
    y = (
        alt.Y("effort_pct:Q")
        .title(t("Effort and output per household, % of full"))
        .scale(domain=[0, 100])
    )
    order = [t(label) for label in labels]
    colour = (
        alt.Color("series:N").title(None).sort(order).scale(domain=order).legend(labelLimit=400)
    )
    dash = alt.StrokeDash("series:N").legend(None).sort(order).scale(domain=order)
    tooltip = [
        alt.Tooltip("unit:N", title=t("Unit")),
        alt.Tooltip("series:N", title=t("Regime")),
        alt.Tooltip("effort_pct:Q", title=t("Effort, %"), format=".0f"),
    ]
    return alt.layer(
        alt.Chart()
        .mark_line()
        .encode(x=x, y=y, color=colour, strokeDash=dash)
        .transform_filter(alt.datum.kind == "line"),
        alt.Chart()
        .mark_point(filled=True, size=70)
        .encode(x=x, y=y, color=colour, tooltip=tooltip)
        .transform_filter(alt.datum.kind == "point"),
        alt.Chart()
        .mark_text(align="left", dx=6, dy=12, color=chart_kit.INK)
        .encode(x=x, y=y, text=alt.Text("unit:N"))
        .transform_filter((alt.datum.kind == "point") & (alt.datum.regime == "no right to exit")),
        data=alt.Data(name="effort"),
    ).properties(width=theme.WIDTH, height=theme.HEIGHT)


def _incentive_words(no_exit: pd.Series, units: pd.DataFrame, exit_right: bool) -> tuple[str, str]:
    """Title and one-sentence description of :func:`incentive_chart`."""
    small, big = no_exit.index[0], no_exit.index[-1]
    places = {
        "in_small": unit_name(small, inside=True),
        "in_big": unit_name(big, inside=True),
    }
    without = t(
        "without the right to exit, effort is {small_pct} % of full effort {in_small} and "
        "{big_pct} % {in_big}",
        small_pct=number(no_exit[small], ".0f"),
        big_pct=number(no_exit[big], ".0f"),
        **places,
    )
    if exit_right:
        with_exit = units[units["regime"] == "right to exit"].set_index("unit")["effort_pct"]
        description = chart_kit.sentence(
            without,
            t(
                "with it, {small_pct} % and {big_pct} %: the exit threat works only where "
                "members can see each other's work",
                small_pct=number(with_exit[small], ".0f"),
                big_pct=number(with_exit[big], ".0f"),
            ),
        )
    else:
        description = chart_kit.sentence(
            without,
            t("the fewer households share the harvest, the more each one's work pays"),
            joiner=": ",
        )
    title = t(
        "Effort falls as the unit grows: {small_pct} % {in_small}, {big_pct} % {in_big}",
        small_pct=number(no_exit[small], ".0f"),
        big_pct=number(no_exit[big], ".0f"),
        **places,
    )
    return title, description


# ---- section 4: mess halls ----------------------------------------------------------------


def mess_hall_chart(
    path: pd.DataFrame,
    *,
    need_kg_per_month: float,
    free_months: int,
    overeating_pct: float,
    short_from: Mapping[str, int | None],
) -> alt.LayerChart:
    """Grain per person left after each month, rationed against free meals first.

    Parameters
    ----------
    path : pandas.DataFrame
        Output of :func:`.mess_halls.mess_hall_path`.
    need_kg_per_month, free_months, overeating_pct
        The settings the path was made with (named in the legend and description).
    short_from : mapping
        For each path in ``MESS_PATHS``, the first month it runs short
        (:func:`.mess_halls.shortfall_month`; None if never): the caller finds it, the
        chart never runs the model.

    Examples
    --------
    >>> from helpers.lessons.communes.mess_halls import mess_hall_path, shortfall_month
    >>> df = mess_hall_path(120, need_kg_per_month=10, free_months=3, overeating_pct=50)
    >>> short = {p: shortfall_month(df, 10, p) for p in MESS_PATHS}
    >>> mess_hall_chart(df, need_kg_per_month=10, free_months=3, overeating_pct=50,
    ...                 short_from=short).to_dict()["description"][:58]
    'With 3 months of free meals at 50 % above need, the stock '
    """
    check_frame("path", path, MESS_COLUMNS)
    need = check_number("need_kg_per_month", need_kg_per_month, low=1, high=100)
    months = int(path["month"].max())
    free = check_number("free_months", free_months, low=0, high=months, integer=True)
    over = check_number("overeating_pct", overeating_pct, low=0, high=300)
    if not isinstance(short_from, Mapping) or set(short_from) != set(MESS_PATHS):
        raise ValueError(f"short_from must map each of {list(MESS_PATHS)} to a month or None")
    labels = _mess_labels(need, free, over)
    title, description = _mess_words(path, need, free, over, short_from)
    chart = chart_kit.fill(
        _mess_template(months),
        {
            "stock": _mess_frame(path, labels),
            **_shortfall_records(short_from["free meals first"], months),
        },
        title=title,
        description=description,
    )
    return _mess_legend(chart, [labels[p] for p in MESS_PATHS])


def _mess_labels(need: float, free: int, over: float) -> dict[str, str]:
    """The two paths' names in the legend, with their settings."""
    if free == 0:
        free_first = t("No free meals: rationed from the start")
    elif free == 1:
        free_first = t("Free meals for 1 month (+{over} %), then rationed", over=number(over, "g"))
    else:
        free_first = t(
            "Free meals for {free} months (+{over} %), then rationed",
            free=free,
            over=number(over, "g"),
        )
    return {
        "rationed from the harvest": t(
            "Rationed from the harvest ({need} kg a month)", need=number(need, ".1f")
        ),
        "free meals first": free_first,
    }


def _mess_legend(chart: alt.LayerChart, order: list[str]) -> alt.LayerChart:
    """The legend's entries name the settings: set on the filled copy, not a template each."""
    encoding = ("layer", 0, "encoding")
    return chart_kit.adjust(
        chart,
        {
            (*encoding, "color", "sort"): order,
            (*encoding, "color", "scale", "domain"): order,
            (*encoding, "strokeDash", "sort"): order,
        },
    )


def _mess_frame(path: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """Grain left and eaten per person after each month, one row a month and path, labelled."""
    return path.assign(
        series=path["path"].map(labels),
        stock_kg_per_person=path["stock_kg_per_person"].round(2),
        eaten_kg_per_person=path["eaten_kg_per_person"].round(2),
    )


def _shortfall_records(short: int | None, months: int) -> dict[str, list[dict]]:
    """The marker layers' records: the rule, and its label on the left of the rule when the
    month is late (``short_late``) or on its right (``short_early``); all empty if None."""
    spot = (
        []
        if short is None
        else [{"month": short, "text": t("short from month {month}", month=short)}]
    )
    late = short is not None and short > months / 2
    return {
        "short": spot,
        "short_early": [] if late else spot,
        "short_late": spot if late else [],
    }


@chart_kit.template
def _mess_template(months: int) -> alt.LayerChart:
    """The mess-hall chart without its data, words or legend order (set by
    :func:`mess_hall_chart`): one line per path, the shortfall rule and its label."""
    month = (
        alt.X("month:Q")
        .title(t("Months after the harvest"))
        .scale(domain=[0, months])
        .axis(tickMinStep=1, format="d")
    )
    lines = (
        alt.Chart(alt.Data(name="stock"))
        .mark_line(point=True)
        .encode(
            x=month,
            y=alt.Y("stock_kg_per_person:Q").title(t("Grain left per person, kg")),
            color=alt.Color("series:N")
            .title(None)
            .sort(list(MESS_PATHS))
            .scale(domain=list(MESS_PATHS))
            .legend(labelLimit=400, direction="vertical"),
            strokeDash=alt.StrokeDash("series:N").legend(None).sort(list(MESS_PATHS)),
            tooltip=[
                alt.Tooltip("series:N", title=t("Path")),
                alt.Tooltip("month:Q", title=t("Month")),
                alt.Tooltip("stock_kg_per_person:Q", title=t("Grain left, kg"), format=".1f"),
                alt.Tooltip("eaten_kg_per_person:Q", title=t("Eaten that month, kg"), format=".1f"),
            ],
        )
    )
    rule = (
        alt.Chart(alt.Data(name="short"))
        .mark_rule(strokeDash=[4, 3], color=chart_kit.INK)
        .encode(x=month)
    )
    notes = [
        alt.Chart(alt.Data(name=f"short_{when}"))
        .mark_text(align=align, dx=dx, y=8, color=chart_kit.INK)
        .encode(x=month, text=alt.Text("text:N"))
        for when, align, dx in (("early", "left", 5), ("late", "right", -5))
    ]
    return alt.layer(lines, rule, *notes).properties(width=theme.WIDTH, height=theme.HEIGHT)


def _mess_words(
    path: pd.DataFrame, need: float, free: int, over: float, short_from: Mapping[str, int | None]
) -> tuple[str, str]:
    """Title and one-sentence description of :func:`mess_hall_chart`."""
    months = int(path["month"].max())
    short, rationed = short_from["free meals first"], short_from["rationed from the harvest"]
    setting = {"free": free, "over": number(over, "g")}
    ration = ""
    if short is None:
        title = t("The stock lasts to the next harvest")
        lasts = (
            t(
                "with no free meals, the stock gives everyone {need} kg a month until the next "
                "harvest",
                need=number(need, ".1f"),
            )
            if free == 0
            else t(
                "with {free} months of free meals at {over} % above need, the stock still gives "
                "everyone {need} kg a month until the next harvest",
                need=number(need, ".1f"),
                **setting,
            )
        )
    else:
        title = t("Free meals first: the grain runs short in month {month}", month=short)
        left = months - short + 1
        lasts = t(
            N_(
                "with {free} months of free meals at {over} % above need, the stock runs "
                "short in month {month}, {left} months before the next harvest"
            )
            if left != 1
            else N_(
                "with {free} months of free meals at {over} % above need, the stock runs "
                "short in month {month}, {left} month before the next harvest"
            ),
            month=short,
            left=left,
            **setting,
        )
        if free < months:
            free_rows = path[path["path"] == "free meals first"].set_index("month")
            need_ration = free_rows.loc[free, "stock_kg_per_person"] / (months - free)
            ration = (
                t("after the free meals nothing is left to ration")
                if need_ration < 0.05
                else t(
                    "to last, the ration after the free meals would have to be {ration} kg "
                    "a month, {share} % of need",
                    ration=number(need_ration, ".1f"),
                    share=number(100 * need_ration / need, ".0f"),
                )
            )
    start = (
        t("rationed from the start, it lasts")
        if rationed is None
        else t("rationed from the start, it is short from month {month}", month=rationed)
    )
    return title, chart_kit.sentence(lasts, ration, start)
