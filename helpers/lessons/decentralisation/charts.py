"""Charts for lesson 02: the labour model, the inflated-reports model and the recorded series.

Each chart takes DataFrames and returns an Altair chart with a title and a one-sentence
description that states the result in numbers (the alt text under the chart).
"""

from __future__ import annotations

import math

import altair as alt
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_frame, check_number
from helpers.lessons.decentralisation.inflated_reports import LOCALITY_COLUMNS
from helpers.lessons.decentralisation.mobilisation import ALLOCATION_COLUMNS

USES = {
    "farming_share": N_("Farming"),
    "water_works_share": N_("Water works"),
    "backyard_industry_share": N_("Backyard industry"),
}
USE_COLOURS = [theme.PALETTE[2], theme.PALETTE[0], theme.PALETTE[1]]
STEEL_PARTS = (N_("Modern plants"), N_("Backyard, usable"), N_("Backyard, unusable"))
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


GRAIN_CASES = {
    N_("Normal year"): "grain_normal_mt",
    N_("This year"): "grain_this_year_mt",
    N_("Each later year"): "grain_later_mt",
}
NATIONAL = {
    N_("True harvest"): "true_output_mt",
    N_("Reported"): "reported_output_mt",
    N_("Procured"): "procured_mt",
    N_("Left in villages"): "grain_left_mt",
}
#: The localities' colour classes, in legend order.
STATUSES = (N_("Above the line"), N_("Below the line"))
#: The columns of :func:`helpers.lessons.decentralisation.inflated_reports.reports_summary`
#: that :func:`reports_chart` reads.
SUMMARY_COLUMNS = [*NATIONAL.values(), "procured_share_of_true", "localities"]
SUMMARY_COLUMNS += ["localities_below", "rural_people_below_share"]


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
    title, description = _labour_words(allocation, row, steel_target_mt)
    return chart_kit.fill(
        _labour_template(tuple(t(str(s)) for s in allocation["season"])),
        _labour_frame(allocation, row, steel_target_mt),
        title=title,
        description=description,
    )


def _labour_frame(
    allocation: pd.DataFrame, row: pd.Series, target: float | None
) -> dict[str, list[dict]]:
    """The labour chart's named datasets: shares, farm need, grain, steel, the target."""
    seasons = [t(str(s)) for s in allocation["season"]]
    shares = [
        {"season": season, "use": t(label), "order": i, "labour_share": float(value)}
        for season, values in zip(seasons, allocation[list(USES)].to_numpy(), strict=True)
        for i, (label, value) in enumerate(zip(USES.values(), values, strict=True))
    ]
    need = [
        {"season": season, "farm_need_share": float(v)}
        for season, v in zip(seasons, allocation["farm_need_share"], strict=True)
    ]
    grain = [
        {"case": t(case), "grain_mt": float(row[col]), "label": number(float(row[col]), ".1f")}
        for case, col in GRAIN_CASES.items()
    ]
    unusable = float(row["steel_backyard_mt"] - row["steel_backyard_usable_mt"])
    parts = [float(row["steel_modern_mt"]), float(row["steel_backyard_usable_mt"]), unusable]
    steel = [
        {"part": t(part), "order": i, "bar": t("This year"), "steel_mt": value}
        for i, (part, value) in enumerate(zip(STEEL_PARTS, parts, strict=True))
    ]
    marked = (
        []
        if target is None
        else [
            {"steel_mt": float(target), "label": t("target {target}", target=number(target, "g"))}
        ]
    )
    return {
        "labour_shares": shares,
        "farm_need": need,
        "grain": grain,
        "steel": steel,
        "steel_target": marked,
    }


@chart_kit.template
def _labour_template(seasons: tuple[str, ...]) -> alt.VConcatChart:
    """The labour chart without its data, title or description: three panels, built once."""
    return alt.vconcat(_labour_panel(seasons), _grain_panel(), _steel_panel()).resolve_scale(
        color="independent"
    )


def _labour_panel(seasons: tuple[str, ...]) -> alt.LayerChart:
    """Labour shares by season, stacked, with a tick at what farm work needs."""
    y_season = alt.Y("season:N", title=None, sort=list(seasons), axis=alt.Axis(labelLimit=200))
    bars = (
        alt.Chart(alt.Data(name="labour_shares"))
        .mark_bar()
        .encode(
            x=alt.X("labour_share:Q")
            .title(t("Share of the rural labour force"))
            .scale(domain=[0, 1])
            .axis(format="%"),
            y=y_season,
            color=alt.Color("use:N")
            .title(None)
            .scale(domain=[t(u) for u in USES.values()], range=USE_COLOURS),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("season:N", title=t("Season")),
                alt.Tooltip("use:N", title=t("Use")),
                alt.Tooltip("labour_share:Q", title=t("Share"), format=".0%"),
            ],
        )
    )
    need = (
        alt.Chart(alt.Data(name="farm_need"))
        .mark_tick(color=chart_kit.INK, thickness=3, size=26)
        .encode(
            x=alt.X("farm_need_share:Q"),
            y=y_season,
            tooltip=[alt.Tooltip("farm_need_share:Q", title=t("Farm work needs"), format=".0%")],
        )
    )
    return alt.layer(bars, need).properties(
        width=PANEL_WIDTH,
        height=30 * len(seasons),
        title=chart_kit.panel_title(t("Labour by season (black tick: what farm work needs)")),
    )


def _labelled_bars(
    name: str, y: str, order: list[str], colour: str, height: int, title: str
) -> alt.LayerChart:
    """Horizontal bars of ``grain_mt`` from the named dataset, one per ``y``, each labelled
    (``order`` and ``title`` in English: they are translated here)."""
    base = alt.Chart(alt.Data(name=name)).encode(
        x=alt.X("grain_mt:Q").title(t("Grain, million tonnes")),
        y=alt.Y(f"{y}:N").title(None).sort([t(o) for o in order]),
    )
    return alt.layer(
        base.mark_bar(color=colour),
        base.mark_text(align="left", dx=4).encode(text=alt.Text("label:N")),
    ).properties(width=PANEL_WIDTH, height=height, title=chart_kit.panel_title(t(title)))


def _grain_panel() -> alt.LayerChart:
    """Grain in a normal year, this year and each later year, labelled."""
    return _labelled_bars("grain", "case", list(GRAIN_CASES), theme.PALETTE[2], 90, N_("Grain"))


def _steel_panel() -> alt.LayerChart:
    """Iron and steel this year, modern and backyard (usable, unusable), the target marked."""
    x = alt.X("steel_mt:Q").title(t("Iron and steel, million tonnes"))
    bars = (
        alt.Chart(alt.Data(name="steel"))
        .mark_bar()
        .encode(
            x=x,
            y=alt.Y("bar:N").title(None),
            color=alt.Color("part:N")
            .title(None)
            .scale(domain=[t(p) for p in STEEL_PARTS], range=STEEL_COLOURS),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("part:N", title=t("Part")),
                alt.Tooltip("steel_mt:Q", title=t("Million tonnes"), format=".2f"),
            ],
        )
    )
    target = alt.Chart(alt.Data(name="steel_target"))
    return alt.layer(
        bars,
        target.mark_rule(color=chart_kit.INK, strokeDash=[4, 3]).encode(x=x),
        target.mark_text(align="left", dx=4, dy=-16, color=chart_kit.INK).encode(
            x=x, text=alt.Text("label:N")
        ),
    ).properties(width=PANEL_WIDTH, height=40, title=chart_kit.panel_title(t("Iron and steel")))


def _years(years: float) -> str:
    """A payback time at the precision it deserves: "433", not "433.4", years; "2.5" under ten
    (written the current language's way).

    >>> _years(433.4), _years(2.46)
    ('433', '2.5')
    """
    return number(years, ",.0f") if years >= 10 else number(years, ".1f")


def _and_the(names: list[str]) -> str:
    """Names joined the current language's way: "a and the b" in English.

    >>> _and_the(["winter slack", "autumn harvest"])
    'winter slack and the autumn harvest'
    """
    joined = names[0]
    for name in names[1:]:
        joined = t("{first} and the {second}", first=joined, second=name)
    return joined


def _labour_words(
    allocation: pd.DataFrame, row: pd.Series, target: float | None
) -> tuple[str, str]:
    """Title and one-sentence description of :func:`labour_chart`."""
    lost, payoff = float(row["grain_lost_mt"]), float(row["works_payoff_mt_per_year"])
    description = chart_kit.sentence(
        _labour_cost(allocation, lost), _labour_steel(row, target), _labour_works(row)
    )
    if lost > 1e-9 and payoff <= 1e-9:
        title = t("Grain lost now, and the works never pay it back")
    elif lost > 1e-9:
        title = t(
            "Grain lost now, repaid by the works in {years} years",
            years=_years(row["payback_years"]),
        )
    elif payoff < -1e-9:
        title = t("No grain lost now, but the badly built works cost grain later")
    else:
        title = t("Slack-season labour builds capital at no cost in grain")
    return title, description


def _labour_cost(allocation: pd.DataFrame, lost: float) -> str:
    """The labour description's first clause: what taking labour off the farms costs."""
    short = allocation[allocation["farm_work_done_share"] < 1 - 1e-9]
    if short.empty:
        return t("No season's farm work is left undone, so this year's grain is the normal harvest")
    worst = short.loc[(short["harvest_at_stake"] * (1 - short["farm_work_done_share"])).idxmax()]
    pulled = number(100 * (1 - worst["farming_share"]), ".0f")
    if len(short) > 1:  # the loss is the sum over the seasons left short, not one season's
        return t(
            "Labour taken off the farms in the {seasons} seasons costs {lost} Mt of "
            "grain this year, most in the {season} season "
            "(where {pulled} % of the labour left the farms)",
            seasons=_and_the([t(str(s)) for s in short["season"]]),
            lost=number(lost, ".1f"),
            season=t(str(worst["season"])),
            pulled=pulled,
        )
    return t(
        "Taking {pulled} % of the labour off the farms in the {season} "
        "season costs {lost} Mt of grain this year",
        pulled=pulled,
        season=t(str(worst["season"])),
        lost=number(lost, ".1f"),
    )


def _labour_steel(row: pd.Series, target: float | None) -> str:
    """The labour description's clause on backyard iron and steel (and the target)."""
    figures = {
        "backyard": number(row["steel_backyard_mt"], ".1f"),
        "usable": number(row["steel_backyard_usable_mt"], ".1f"),
    }
    if target is None:
        return t(
            "backyard industry adds {backyard} Mt of iron and steel, {usable} Mt of it usable",
            **figures,
        )
    return t(
        "backyard industry adds {backyard} Mt of iron and steel, {usable} Mt of it usable "
        "(usable total {total} Mt against a target of {target})",
        **figures,
        total=number(row["steel_usable_mt"], ".1f"),
        target=number(target, "g"),
    )


def _labour_works(row: pd.Series) -> str:
    """The labour description's clause on the water works' payoff from next year."""
    lost, payoff = float(row["grain_lost_mt"]), float(row["works_payoff_mt_per_year"])
    if payoff > 1e-9 and lost > 1e-9:
        return t(
            "the water works add {payoff} Mt of grain a year from next year "
            "and repay this year's loss in {years} years",
            payoff=number(payoff, ".1f"),
            years=_years(row["payback_years"]),
        )
    if payoff > 1e-9:
        return t(
            "the water works add {payoff} Mt of grain a year from next year",
            payoff=number(payoff, ".1f"),
        )
    if payoff < -1e-9:
        return t(
            "the badly built water works cost {loss} Mt of grain a year from next year",
            loss=number(-payoff, ".1f"),
        )
    return t("the water works neither add nor take away grain")


def reports_chart(
    reports: pd.DataFrame, summary: pd.DataFrame, *, procurement_share: float
) -> alt.VConcatChart:
    """The national harvest, reports and procurement, and grain left in each locality.

    Parameters
    ----------
    reports : pandas.DataFrame
        Output of :func:`helpers.lessons.decentralisation.inflated_reports.locality_reports`.
    summary : pandas.DataFrame
        Its national totals, :func:`helpers.lessons.decentralisation.inflated_reports.reports_summary`
        (one row; the caller computes it once, the chart never re-runs the model).
    procurement_share : float
        The share of reported output procured (named in the description).

    Returns
    -------
    altair.VConcatChart
        National bars (true harvest, reported, procured, left) over bars of grain left per
        rural person in each locality, with the subsistence line.

    Examples
    --------
    >>> from helpers.lessons.decentralisation.inflated_reports import locality_reports, reports_summary
    >>> df = locality_reports(197.65, 659.94, procurement_share=0.259, mean_inflation=0.0)
    >>> reports_chart(df, reports_summary(df), procurement_share=0.259).to_dict()["description"][:40]
    'With reports 0 % above the true harvest '
    """
    check_frame("reports", reports, LOCALITY_COLUMNS)
    check_frame("summary", summary, SUMMARY_COLUMNS)
    share = check_number("procurement_share", procurement_share, low=0, high=1)
    title, description = _reports_words(reports, summary.iloc[0], share)
    return chart_kit.fill(
        _reports_template(),
        _reports_frame(reports, summary.iloc[0]),
        title=title,
        description=description,
    )


def _reports_frame(reports: pd.DataFrame, s: pd.Series) -> dict[str, list[dict]]:
    """The reports chart's named datasets: national totals, localities, the line."""
    line = float(reports["subsistence_kg_per_person"].iloc[0])
    national = [
        {"quantity": t(label), "grain_mt": float(s[col]), "label": number(float(s[col]), ".1f")}
        for label, col in NATIONAL.items()
    ]
    localities = [
        {
            "locality": int(loc),
            "report_inflation": float(infl),
            "grain_left_kg_per_person": float(kg),
            "status": t(STATUSES[1] if below else STATUSES[0]),
        }
        for loc, infl, kg, below in reports[
            ["locality", "report_inflation", "grain_left_kg_per_person", "below_subsistence"]
        ].itertuples(index=False)
    ]
    return {
        "national": national,
        "localities": localities,
        "line": [{"kg": line, "label": t("subsistence line {kg} kg", kg=number(line, "g"))}],
    }


def _reports_words(reports: pd.DataFrame, s: pd.Series, share: float) -> tuple[str, str]:
    """Title and one-sentence description of :func:`reports_chart`."""
    line = float(reports["subsistence_kg_per_person"].iloc[0])
    n, below = int(s["localities"]), int(s["localities_below"])
    inflation = float(reports["report_inflation"].mean())
    description = chart_kit.sentence(
        t(
            "with reports {inflation} % above the true harvest on average and the "
            "state taking {share} % of reported output, it takes "
            "{taken} % of the real harvest, and {below} of {n} "
            "localities ({people} % of rural people) are left "
            "below the {line} kg line",
            inflation=number(100 * inflation, ".0f"),
            share=number(100 * share, ".1f"),
            taken=number(100 * s["procured_share_of_true"], ".1f"),
            below=below,
            n=n,
            people=number(100 * s["rural_people_below_share"], ".0f"),
            line=number(line, "g"),
        )
    )
    title = (
        t("Every locality keeps at least {line} kg a person", line=number(line, "g"))
        if below == 0
        else t("{below} of {n} localities stripped below the line", below=below, n=n)
    )
    return title, description


@chart_kit.template
def _reports_template() -> alt.VConcatChart:
    """The reports chart without its data, title or description: two panels, built once."""
    return alt.vconcat(_national_panel(), _localities_panel()).resolve_scale(color="independent")


def _national_panel() -> alt.LayerChart:
    """The true harvest, what was reported and procured, and what was left, labelled."""
    return _labelled_bars(
        "national", "quantity", list(NATIONAL), theme.PALETTE[0], 110, N_("The whole country")
    )


def _localities_panel() -> alt.LayerChart:
    """Grain left per rural person in each locality, with the subsistence line."""
    bars = (
        alt.Chart(alt.Data(name="localities"))
        .mark_bar()
        .encode(
            x=alt.X("locality:O").title(t("Localities, from least to most inflated report")),
            y=alt.Y("grain_left_kg_per_person:Q").title(t("Grain left, kg per rural person")),
            color=alt.Color("status:N")
            .title(None)
            .scale(
                domain=[t(status) for status in STATUSES],
                range=[theme.PALETTE[2], theme.FAMINE_SHADE],
            ),
            tooltip=[
                alt.Tooltip("locality:O", title=t("Locality")),
                alt.Tooltip("report_inflation:Q", title=t("Report inflated by"), format=".0%"),
                alt.Tooltip(
                    "grain_left_kg_per_person:Q", title=t("kg left per person"), format=".0f"
                ),
            ],
        )
    )
    line = alt.Chart(alt.Data(name="line"))
    return alt.layer(
        bars,
        line.mark_rule(color=chart_kit.INK, strokeDash=[4, 3]).encode(y=alt.Y("kg:Q")),
        line.mark_text(align="right", x=PANEL_WIDTH - 2, dy=-7, color=chart_kit.INK).encode(
            y=alt.Y("kg:Q"), text=alt.Text("label:N")
        ),
    ).properties(
        width=PANEL_WIDTH,
        height=200,
        title=chart_kit.panel_title(t("Grain left in each locality")),
    )


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
        Columns ``year``, ``series`` (name of the series, in English: translated here) and
        ``output_mt``; rows with NaN output are left out.
    references : pandas.DataFrame
        Columns ``year``, ``label`` (in English: translated here), ``low_mt`` and ``high_mt``
        (equal for a single figure); may be empty.
    quantity : str
        What is measured, in English (marked with ``N_``), e.g. ``"Iron and steel"``.
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
    data = translated(series.dropna(subset=["output_mt"]), "series")
    references = translated(references, "label")
    first, last = int(data["year"].min()), int(data["year"].max())
    x = chart_kit.year_axis(first, last)
    layers = [_record_lines(data, x, quantity)]
    if not references.empty:
        layers += _reference_marks(references.loc[:, ["year", "label", "low_mt", "high_mt"]], x)
    return alt.layer(
        *layers,
        title=_record_title(quantity, first, last),
        description=_record_words(data, references, quantity, focus_year),
        width=theme.WIDTH,
        height=theme.HEIGHT,
    )


def _record_title(quantity: str, first: int, last: int) -> str:
    """The record chart's title, ``quantity`` given in English."""
    return t(
        "{quantity}, {first}-{last}: recorded output and what was asked for",
        quantity=t(quantity),
        first=first,
        last=last,
    )


def _record_lines(data: pd.DataFrame, x: alt.X, quantity: str) -> alt.Chart:
    """One line with points per recorded series."""
    return (
        alt.Chart(data)
        .mark_line(point=True)
        .encode(
            x=x,
            y=alt.Y("output_mt:Q").title(t("{quantity}, million tonnes", quantity=t(quantity))),
            color=alt.Color("series:N").title(None).sort(list(dict.fromkeys(data["series"]))),
            tooltip=[
                alt.Tooltip("series:N", title=t("Series")),
                alt.Tooltip("year:Q", title=t("Year"), format="d"),
                alt.Tooltip("output_mt:Q", title=t("Million tonnes"), format=".2f"),
            ],
        )
    )


def _reference_marks(refs: pd.DataFrame, x: alt.X) -> list[alt.Chart]:
    """Each reference as a bar over its range, a diamond at its top and its label."""
    base = alt.Chart(refs).encode(
        x=x,
        tooltip=[
            alt.Tooltip("label:N", title=t("Reference")),
            alt.Tooltip("low_mt:Q", title=t("Million tonnes (low)")),
            alt.Tooltip("high_mt:Q", title=t("Million tonnes (high)")),
        ],
    )
    return [
        base.mark_rule(color=chart_kit.INK, strokeWidth=6, opacity=0.5).encode(
            y="low_mt:Q", y2="high_mt:Q"
        ),
        base.mark_point(shape="diamond", filled=True, size=90, color=chart_kit.INK).encode(
            y="high_mt:Q"
        ),
        base.mark_text(align="right", dx=-8, color=chart_kit.INK).encode(
            y="high_mt:Q", text="label:N"
        ),
    ]


def _record_words(
    data: pd.DataFrame, references: pd.DataFrame, quantity: str, focus_year: int | None
) -> str:
    """The record chart's description: the first series' first, highest, last (and focus) years
    (``data`` and ``references`` already translated, ``quantity`` in English)."""
    name = data["series"].iloc[0]
    main = data[data["series"] == name].set_index("year")["output_mt"]
    peak = int(main.idxmax())
    points = {
        int(main.index[0]): main.iloc[0],
        peak: main.max(),
        int(main.index[-1]): main.iloc[-1],
    }
    if focus_year is not None and focus_year in main.index:
        points[int(focus_year)] = main[focus_year]
    said = ", ".join(
        t("{value} Mt in {year} (highest)", value=number(value, "g"), year=year)
        if year == peak
        else t("{value} Mt in {year}", value=number(value, "g"), year=year)
        for year, value in sorted(points.items())
    )
    marks = "; ".join(
        t(
            "{label}: {value} Mt ({year})",
            label=r.label,
            value=_range_text(r.low_mt, r.high_mt),
            year=int(r.year),
        )
        for r in references.itertuples()
    )
    return chart_kit.sentence(
        t("{quantity} output ({name}): {points}", quantity=t(quantity), name=name, points=said),
        t("marked: {marks}", marks=marks) if marks else "",
    )


def _range_text(low: float, high: float) -> str:
    if math.isclose(low, high):
        return number(low, "g")
    return t("{low}-{high}", low=number(low, "g"), high=number(high, "g"))
