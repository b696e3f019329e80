"""Charts for lesson 02: the labour model, the inflated-reports model and the recorded series.

Each chart takes DataFrames and returns an Altair chart with a title and a one-sentence
description that states the result in numbers (the alt text under the chart).
"""

from __future__ import annotations

import math
from functools import cache

import altair as alt
import pandas as pd

from helpers.core import theme
from helpers.core.validate import check_frame, check_number
from helpers.lessons.decentralisation.inflated_reports import LOCALITY_COLUMNS, reports_summary
from helpers.lessons.decentralisation.mobilisation import ALLOCATION_COLUMNS

REF_COLOUR = theme.PALETTE[7]
USES = {
    "farming_share": "Farming",
    "water_works_share": "Water works",
    "backyard_industry_share": "Backyard industry",
}
USE_COLOURS = [theme.PALETTE[2], theme.PALETTE[0], theme.PALETTE[1]]
STEEL_PARTS = ("Modern plants", "Backyard, usable", "Backyard, unusable")
STEEL_COLOURS = [theme.PALETTE[0], theme.PALETTE[4], "#999999"]
OUTCOME_COLUMNS = [
    "grain_normal_mt",
    "grain_this_year_mt",
    "grain_lost_mt",
    "steel_modern_mt",
    "steel_backyard_mt",
    "steel_backyard_usable_mt",
    "steel_total_mt",
    "steel_usable_mt",
    "works_payoff_mt_per_year",
    "grain_later_mt",
    "payback_years",
]
PANEL_WIDTH = theme.WIDTH


def labour_chart(
    allocation: pd.DataFrame,
    outcome: pd.DataFrame,
    *,
    steel_target_mt: float | None = None,
) -> alt.VConcatChart:
    """Where the labour went by season, and what the year yields in grain and steel.

    Parameters
    ----------
    allocation : pandas.DataFrame
        Output of :func:`helpers.lessons.decentralisation.mobilisation.allocate_labour`.
    outcome : pandas.DataFrame
        Output of :func:`helpers.lessons.decentralisation.mobilisation.mobilisation_outcome` (one row).
    steel_target_mt : float, optional
        A steel target to mark, million tonnes.

    Returns
    -------
    altair.VConcatChart
        Three panels: labour shares by season (a tick marks what farm work needs), grain
        (normal, this year, each later year) and iron and steel (modern, backyard usable and
        unusable).

    Examples
    --------
    >>> from helpers.lessons.decentralisation.mobilisation import RuralEconomy, allocate_labour, mobilisation_outcome
    >>> alloc = allocate_labour([0.3, 0, 0], [0.1, 0, 0.2])
    >>> out = mobilisation_outcome(alloc, RuralEconomy(195.0, 5.35), quality=0.5)
    >>> labour_chart(alloc, out).to_dict()["description"][:68]
    'Taking 20 % of the labour off the farms in the autumn harvest season'
    """
    check_frame("allocation", allocation, ALLOCATION_COLUMNS)
    check_frame("outcome", outcome, OUTCOME_COLUMNS)
    if steel_target_mt is not None:
        check_number("steel_target_mt", steel_target_mt, low=0)
    row = outcome.iloc[0]
    seasons = [str(s) for s in allocation["season"]]
    shares = [
        {"season": season, "use": label, "order": i, "labour_share": float(value)}
        for season, values in zip(seasons, allocation[list(USES)].to_numpy(), strict=True)
        for i, (label, value) in enumerate(zip(USES.values(), values, strict=True))
    ]
    need = [
        {"season": season, "farm_need_share": float(v)}
        for season, v in zip(seasons, allocation["farm_need_share"], strict=True)
    ]
    grain = [
        {"case": case, "grain_mt": float(row[col]), "label": f"{float(row[col]):.1f}"}
        for case, col in GRAIN_CASES.items()
    ]
    unusable = float(row["steel_backyard_mt"] - row["steel_backyard_usable_mt"])
    parts = [float(row["steel_modern_mt"]), float(row["steel_backyard_usable_mt"]), unusable]
    steel = [
        {"part": part, "order": i, "bar": "This year", "steel_mt": value}
        for i, (part, value) in enumerate(zip(STEEL_PARTS, parts, strict=True))
    ]
    target = (
        []
        if steel_target_mt is None
        else [{"steel_mt": float(steel_target_mt), "label": f"target {steel_target_mt:g}"}]
    )
    title, description = _labour_words(allocation, row, steel_target_mt)
    chart = _labour_template(tuple(seasons)).copy(deep=False)
    chart.datasets = {
        "labour_shares": shares,
        "farm_need": need,
        "grain": grain,
        "steel": steel,
        "steel_target": target,
    }
    chart.title = title
    chart.description = description
    return chart


GRAIN_CASES = {
    "Normal year": "grain_normal_mt",
    "This year": "grain_this_year_mt",
    "Each later year": "grain_later_mt",
}


@cache
def _labour_template(seasons: tuple[str, ...]) -> alt.VConcatChart:
    """The labour chart without its data, title or description, built once.

    Building Altair objects is most of a redraw's cost, so :func:`labour_chart` copies
    this skeleton and fills in named datasets instead of building a new chart each time.
    """
    y_season = alt.Y("season:N", title=None, sort=list(seasons), axis=alt.Axis(labelLimit=200))
    bars = (
        alt.Chart(alt.Data(name="labour_shares"))
        .mark_bar()
        .encode(
            x=alt.X(
                "labour_share:Q",
                title="Share of the rural labour force",
                scale=alt.Scale(domain=[0, 1]),
                axis=alt.Axis(format="%"),
            ),
            y=y_season,
            color=alt.Color(
                "use:N", title=None, scale=alt.Scale(domain=list(USES.values()), range=USE_COLOURS)
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("season:N", title="Season"),
                alt.Tooltip("use:N", title="Use"),
                alt.Tooltip("labour_share:Q", title="Share", format=".0%"),
            ],
        )
    )
    need = (
        alt.Chart(alt.Data(name="farm_need"))
        .mark_tick(color=REF_COLOUR, thickness=3, size=26)
        .encode(
            x=alt.X("farm_need_share:Q"),
            y=y_season,
            tooltip=[alt.Tooltip("farm_need_share:Q", title="Farm work needs", format=".0%")],
        )
    )
    labour = alt.layer(
        bars,
        need,
        width=PANEL_WIDTH,
        height=30 * len(seasons),
        title=_panel_title("Labour by season (black tick: what farm work needs)"),
    )
    grain_base = alt.Chart(alt.Data(name="grain")).encode(
        x=alt.X("grain_mt:Q", title="Grain, million tonnes"),
        y=alt.Y("case:N", title=None, sort=list(GRAIN_CASES)),
    )
    grain = alt.layer(
        grain_base.mark_bar(color=theme.PALETTE[2]),
        grain_base.mark_text(align="left", dx=4).encode(text=alt.Text("label:N")),
        width=PANEL_WIDTH,
        height=90,
        title=_panel_title("Grain"),
    )
    steel_x = alt.X("steel_mt:Q", title="Iron and steel, million tonnes")
    steel_bars = (
        alt.Chart(alt.Data(name="steel"))
        .mark_bar()
        .encode(
            x=steel_x,
            y=alt.Y("bar:N", title=None),
            color=alt.Color(
                "part:N",
                title=None,
                scale=alt.Scale(domain=list(STEEL_PARTS), range=STEEL_COLOURS),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("part:N", title="Part"),
                alt.Tooltip("steel_mt:Q", title="Million tonnes", format=".2f"),
            ],
        )
    )
    target = alt.Chart(alt.Data(name="steel_target"))
    steel = alt.layer(
        steel_bars,
        target.mark_rule(color=REF_COLOUR, strokeDash=[4, 3]).encode(x=steel_x),
        target.mark_text(align="left", dx=4, dy=-16, color=REF_COLOUR).encode(
            x=steel_x, text=alt.Text("label:N")
        ),
        width=PANEL_WIDTH,
        height=40,
        title=_panel_title("Iron and steel"),
    )
    return _skeleton(alt.vconcat(labour, grain, steel).resolve_scale(color="independent"))


def _labour_words(
    allocation: pd.DataFrame, row: pd.Series, target: float | None
) -> tuple[str, str]:
    """Title and one-sentence description of :func:`labour_chart`."""
    short = allocation[allocation["farm_work_done_share"] < 1 - 1e-9]
    lost, payoff = float(row["grain_lost_mt"]), float(row["works_payoff_mt_per_year"])
    if short.empty:
        cost = "No season's farm work is left undone, so this year's grain is the normal harvest"
    else:
        worst = short.loc[
            (short["harvest_at_stake"] * (1 - short["farm_work_done_share"])).idxmax()
        ]
        pulled = 1 - worst["farming_share"]
        cost = (
            f"Taking {100 * pulled:.0f} % of the labour off the farms in the {worst['season']} "
            f"season costs {lost:.1f} Mt of grain this year"
        )
    steel = (
        f"backyard industry adds {row['steel_backyard_mt']:.1f} Mt of iron and steel, "
        f"{row['steel_backyard_usable_mt']:.1f} Mt of it usable"
    )
    if target is not None:
        steel += f" (usable total {row['steel_usable_mt']:.1f} Mt against a target of {target:g})"
    if payoff > 1e-9:
        works = f"the water works add {payoff:.1f} Mt of grain a year from next year"
        if lost > 1e-9:
            works += f" and repay this year's loss in {row['payback_years']:.1f} years"
    elif payoff < -1e-9:
        works = f"the badly built water works cost {-payoff:.1f} Mt of grain a year from next year"
    else:
        works = "the water works neither add nor take away grain"
    description = f"{cost}; {steel}; {works}."
    if lost > 1e-9 and payoff <= 1e-9:
        title = "Grain lost now, and the works never pay it back"
    elif lost > 1e-9:
        title = f"Grain lost now, repaid by the works in {row['payback_years']:.1f} years"
    elif payoff < -1e-9:
        title = "No grain lost now, but the badly built works cost grain later"
    else:
        title = "Slack-season labour builds capital at no cost in grain"
    return title, description


def reports_chart(reports: pd.DataFrame, *, procurement_share: float) -> alt.VConcatChart:
    """The national harvest, reports and procurement, and grain left in each locality.

    Parameters
    ----------
    reports : pandas.DataFrame
        Output of :func:`helpers.lessons.decentralisation.inflated_reports.locality_reports`.
    procurement_share : float
        The share of reported output procured (named in the description).

    Returns
    -------
    altair.VConcatChart
        National bars (true harvest, reported, procured, left) over bars of grain left per
        rural person in each locality, with the subsistence line.

    Examples
    --------
    >>> from helpers.lessons.decentralisation.inflated_reports import locality_reports
    >>> df = locality_reports(197.65, 659.94, procurement_share=0.259, mean_inflation=0.0)
    >>> reports_chart(df, procurement_share=0.259).to_dict()["description"][:40]
    'With reports 0 % above the true harvest '
    """
    check_frame("reports", reports, LOCALITY_COLUMNS)
    share = check_number("procurement_share", procurement_share, low=0, high=1)
    s = reports_summary(reports).iloc[0]
    line = float(reports["subsistence_kg_per_person"].iloc[0])
    national = [
        {"quantity": label, "grain_mt": float(s[col]), "label": f"{float(s[col]):.1f}"}
        for label, col in NATIONAL.items()
    ]
    localities = [
        {
            "locality": int(loc),
            "report_inflation": float(infl),
            "grain_left_kg_per_person": float(kg),
            "status": "Below the line" if below else "Above the line",
        }
        for loc, infl, kg, below in reports[
            ["locality", "report_inflation", "grain_left_kg_per_person", "below_subsistence"]
        ].itertuples(index=False)
    ]
    n, below = int(s["localities"]), int(s["localities_below"])
    inflation = float(reports["report_inflation"].mean())
    chart = _reports_template().copy(deep=False)
    chart.datasets = {
        "national": national,
        "localities": localities,
        "line": [{"kg": line, "label": f"subsistence line {line:g} kg"}],
    }
    chart.description = (
        f"With reports {100 * inflation:.0f} % above the true harvest on average and the "
        f"state taking {100 * share:.1f} % of reported output, it takes "
        f"{100 * s['procured_share_of_true']:.1f} % of the real harvest, and {below} of {n} "
        f"localities ({100 * s['rural_people_below_share']:.0f} % of rural people) are left "
        f"below the {line:g} kg line."
    )
    chart.title = (
        f"Every locality keeps at least {line:g} kg a person"
        if below == 0
        else f"{below} of {n} localities stripped below the line"
    )
    return chart


NATIONAL = {
    "True harvest": "true_output_mt",
    "Reported": "reported_output_mt",
    "Procured": "procured_mt",
    "Left in villages": "grain_left_mt",
}


@cache
def _reports_template() -> alt.VConcatChart:
    """The reports chart without its data, title or description, built once."""
    base = alt.Chart(alt.Data(name="national")).encode(
        x=alt.X("grain_mt:Q", title="Grain, million tonnes"),
        y=alt.Y("quantity:N", title=None, sort=list(NATIONAL)),
    )
    top = alt.layer(
        base.mark_bar(color=theme.PALETTE[0]),
        base.mark_text(align="left", dx=4).encode(text=alt.Text("label:N")),
        width=PANEL_WIDTH,
        height=110,
        title=_panel_title("The whole country"),
    )
    bars = (
        alt.Chart(alt.Data(name="localities"))
        .mark_bar()
        .encode(
            x=alt.X("locality:O", title="Localities, from least to most inflated report"),
            y=alt.Y("grain_left_kg_per_person:Q", title="Grain left, kg per rural person"),
            color=alt.Color(
                "status:N",
                title=None,
                scale=alt.Scale(
                    domain=["Above the line", "Below the line"],
                    range=[theme.PALETTE[2], theme.FAMINE_SHADE],
                ),
            ),
            tooltip=[
                alt.Tooltip("locality:O", title="Locality"),
                alt.Tooltip("report_inflation:Q", title="Report inflated by", format=".0%"),
                alt.Tooltip("grain_left_kg_per_person:Q", title="kg left per person", format=".0f"),
            ],
        )
    )
    line = alt.Chart(alt.Data(name="line"))
    bottom = alt.layer(
        bars,
        line.mark_rule(color=REF_COLOUR, strokeDash=[4, 3]).encode(y=alt.Y("kg:Q")),
        line.mark_text(align="right", x=PANEL_WIDTH - 2, dy=-7, color=REF_COLOUR).encode(
            y=alt.Y("kg:Q"), text=alt.Text("label:N")
        ),
        width=PANEL_WIDTH,
        height=200,
        title=_panel_title("Grain left in each locality"),
    )
    return _skeleton(alt.vconcat(top, bottom).resolve_scale(color="independent"))


def _panel_title(text: str) -> alt.TitleParams:
    """A panel's heading: smaller and greyer than the chart's own title above it."""
    return alt.TitleParams(text, fontSize=theme.FONT_SIZE + 1, color="#444444", offset=6)


def _skeleton(chart: alt.VConcatChart) -> alt.VConcatChart:
    """``chart`` rebuilt from its own spec, without config: measured twice as fast to draw.

    A chart read back with ``from_dict`` holds plain schema objects, which Altair turns
    into a spec in about half the time; the course theme is still applied when it is drawn.
    """
    spec = chart.to_dict(validate=False)
    for key in ("config", "$schema", "datasets"):
        spec.pop(key, None)
    return alt.VConcatChart.from_dict(spec, validate=False)


def record_chart(
    series: pd.DataFrame,
    references: pd.DataFrame,
    *,
    quantity: str,
    focus_year: int | None = None,
) -> alt.LayerChart:
    """Recorded yearly output (one line per series) with targets or expectations marked.

    Parameters
    ----------
    series : pandas.DataFrame
        Columns ``year``, ``series`` (name of the series) and ``output_mt``; rows with NaN
        output are left out.
    references : pandas.DataFrame
        Columns ``year``, ``label``, ``low_mt`` and ``high_mt`` (equal for a single figure);
        may be empty.
    quantity : str
        What is measured, e.g. ``"Iron and steel"`` (used in the title and axis).
    focus_year : int, optional
        A year whose value the description states, besides the first, highest and last.

    Returns
    -------
    altair.LayerChart
        Lines with points, and a labelled bar (a range) or point per reference.

    Examples
    --------
    >>> s = pd.DataFrame({"year": [1957, 1958], "series": "COW", "output_mt": [5.35, 8.0]})
    >>> r = pd.DataFrame({"year": [1958], "label": "target", "low_mt": 10.7, "high_mt": 10.7})
    >>> record_chart(s, r, quantity="Iron and steel").to_dict()["description"][-72:]
    '5.35 Mt in 1957, 8 Mt in 1958 (highest); marked: target: 10.7 Mt (1958).'
    """
    check_frame("series", series, ["year", "series", "output_mt"])
    if not isinstance(references, pd.DataFrame):
        raise TypeError(f"references must be a pandas DataFrame; got {type(references).__name__}")
    missing = [c for c in ("year", "label", "low_mt", "high_mt") if c not in references.columns]
    if missing:
        raise ValueError(
            f"references must have columns year, label, low_mt, high_mt; missing {missing}"
        )
    if not isinstance(quantity, str) or not quantity.strip():
        raise TypeError(f"quantity must be a non-empty string; got {quantity!r}")
    if focus_year is not None:
        check_number("focus_year", focus_year, low=1900, high=2100, integer=True)
    data = series.dropna(subset=["output_mt"])
    first, last = int(data["year"].min()), int(data["year"].max())
    x = alt.X(
        "year:Q", title="Year", scale=alt.Scale(domain=[first, last]), axis=alt.Axis(format="d")
    )
    names = list(dict.fromkeys(data["series"]))
    lines = (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("output_mt:Q", title=f"{quantity}, million tonnes"),
            color=alt.Color("series:N", title=None, sort=names),
            tooltip=[
                alt.Tooltip("series:N", title="Series"),
                alt.Tooltip("year:Q", title="Year"),
                alt.Tooltip("output_mt:Q", title="Million tonnes", format=".2f"),
            ],
        )
    )
    layers = [lines]
    if not references.empty:
        refs = references.loc[:, ["year", "label", "low_mt", "high_mt"]]
        ref_base = alt.Chart(refs).encode(
            x=x,
            tooltip=[
                alt.Tooltip("label:N", title="Reference"),
                alt.Tooltip("low_mt:Q", title="Million tonnes (low)"),
                alt.Tooltip("high_mt:Q", title="Million tonnes (high)"),
            ],
        )
        layers += [
            ref_base.mark_rule(color=REF_COLOUR, strokeWidth=6, opacity=0.5).encode(
                y="low_mt:Q", y2="high_mt:Q"
            ),
            ref_base.mark_point(shape="diamond", filled=True, size=90, color=REF_COLOUR).encode(
                y="high_mt:Q"
            ),
            ref_base.mark_text(align="right", dx=-8, color=REF_COLOUR).encode(
                y="high_mt:Q", text="label:N"
            ),
        ]
    main = data[data["series"] == names[0]].set_index("year")["output_mt"]
    peak = int(main.idxmax())
    points = {
        int(main.index[0]): main.iloc[0],
        peak: main.max(),
        int(main.index[-1]): main.iloc[-1],
    }
    if focus_year is not None and focus_year in main.index:
        points[int(focus_year)] = main[focus_year]
    said = ", ".join(
        f"{value:g} Mt in {year}" + (" (highest)" if year == peak else "")
        for year, value in sorted(points.items())
    )
    description = f"{quantity} output ({names[0]}): {said}"
    if not references.empty:
        marks = "; ".join(
            f"{r.label}: {_range_text(r.low_mt, r.high_mt)} Mt ({int(r.year)})"
            for r in references.itertuples()
        )
        description += f"; marked: {marks}"
    return alt.layer(
        *layers,
        title=f"{quantity}, {first}-{last}: recorded output and what was asked for",
        description=description + ".",
        width=theme.WIDTH,
        height=theme.HEIGHT,
    )


def _range_text(low: float, high: float) -> str:
    if math.isclose(low, high):
        return f"{low:g}"
    return f"{low:g}-{high:g}"
