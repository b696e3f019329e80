"""Lesson 01's charts: the plan's priorities and growth, two-sector paths, the food constraint.

Each chart takes a DataFrame and returns an Altair chart with a title and a one-sentence
description that states the result (the overtaking year, the binding year, which the caller
finds with :mod:`helpers.lessons.soviet_model.two_sector` and passes in: a chart never runs
the model).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_frame, check_number
from helpers.lessons.soviet_model.plan import MEASURES
from helpers.lessons.soviet_model.two_sector import TWO_SECTOR_COLUMNS

FOOD_LABELS = {
    "urban_grain_need_mt": N_("Urban grain need"),
    "marketed_surplus_mt": N_("Marketed surplus"),
}

#: Each measure's chart title and description, whole (the series named in words), by
#: :data:`.plan.MEASURES`; the description's figures are ``{lead}`` and ``{other}``.
SECTOR_WORDS = {
    "value_added": (
        N_("Industry value added against primary-sector value added, 1952-57"),
        N_(
            "with {base_year} = 100, the index of industry value added ({unit}) reached {lead} "
            "in {year}, that of primary-sector value added {other}"
        ),
    ),
    "physical": (
        N_("Steel output against grain output, 1952-57"),
        N_(
            "with {base_year} = 100, the index of steel output ({unit}) reached {lead} in "
            "{year}, that of grain output {other}"
        ),
    ),
}

#: The outlay description's words for each sector of :data:`.plan.OUTLAY_SHARES`.
OUTLAY_WORDS = {
    "Industry": N_("Industry {share}"),
    "Transport and telecommunications": N_("Transport and telecommunications {share}"),
    "Agriculture": N_("Agriculture {share}"),
}

#: The plan-against-outcome description's words for each kind of bar.
KIND_WORDS = {"Plan target": N_("plan target {value} %"), "Outcome": N_("outcome {value} %")}


def sector_index_chart(frame: pd.DataFrame, *, base_year: int = 1952) -> alt.Chart:
    """Indexed lines for the two series of :func:`sector_index_frame`, 1952-57.

    Examples
    --------
    >>> from helpers.lessons.soviet_model.plan import sector_index_frame
    >>> va = pd.DataFrame({"year": [1952, 1957], "industry_va_100m_yuan": [100.0, 226.0],
    ...                    "primary_va_100m_yuan": [100.0, 125.0]})
    >>> sector_index_chart(sector_index_frame(va, va)).to_dict()["description"]
    'With 1952 = 100, the index of industry value added (100 million yuan, current prices) reached 226 in 1957, that of primary-sector value added 125.'
    """
    check_frame("frame", frame, ["year", "series", "value", "unit", "index_base_100"])
    base_year = check_number("base_year", base_year, low=1952, high=1956, integer=True)
    order = list(dict.fromkeys(frame["series"]))
    measure = next((m for m, c in MEASURES.items() if list(c.values()) == order), None)
    if measure is None:
        raise ValueError(
            f"frame's series must be one measure's of plan.MEASURES, in order; got {order}"
        )
    last_year = int(frame["year"].max())
    last = frame.loc[frame["year"] == last_year].set_index("series")["index_base_100"]
    unit = t(frame["unit"].iloc[0])
    lead, other = order[0], order[-1]
    title, clause = SECTOR_WORDS[measure]
    description = chart_kit.sentence(
        t(
            clause,
            base_year=base_year,
            unit=unit,
            lead=number(last[lead], ".0f"),
            year=last_year,
            other=number(last[other], ".0f"),
        )
    )
    return (
        alt.Chart(
            translated(frame, "series"),
            title=t(title),
            description=description,
            width=theme.WIDTH,
            height=theme.HEIGHT,
        )
        .mark_line(point=True)
        .encode(
            x=alt.X("year:O", title=t("Year"), axis=alt.Axis(labelAngle=0)),
            y=alt.Y("index_base_100:Q", title=t("Index, {base_year} = 100", base_year=base_year)),
            color=alt.Color("series:N", title=None, sort=[t(s) for s in order]),
            tooltip=[
                alt.Tooltip("series:N", title=t("Series")),
                alt.Tooltip("year:O", title=t("Year")),
                alt.Tooltip("value:Q", title=unit, format=",.2f"),
                alt.Tooltip("index_base_100:Q", title=f"{base_year} = 100", format=".0f"),
            ],
        )
    )


def outlay_shares_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Horizontal bars of the plan's outlay shares, labelled with the source's wording.

    Examples
    --------
    >>> df = pd.DataFrame({"sector": ["Industry", "Agriculture"], "share_percent": [50.0, 7.0],
    ...                    "label": ["more than 50 %", "7 %"]})
    >>> outlay_shares_chart(df).to_dict()["description"]
    'Planned outlay 1953-57: Industry more than 50 %, Agriculture 7 %.'
    """
    check_frame("frame", frame, ["sector", "share_percent", "label"])
    unknown = sorted(set(frame["sector"]) - set(OUTLAY_WORDS))
    if unknown:
        raise ValueError(f"frame's sector must be one of {list(OUTLAY_WORDS)}; got {unknown}")
    parts = ", ".join(
        t(OUTLAY_WORDS[s], share=lab)
        for s, lab in zip(frame["sector"], frame["label"], strict=True)
    )
    frame = translated(frame, "sector")
    y = alt.Y("sector:N", title=None, sort=list(frame["sector"]), axis=alt.Axis(labelLimit=260))
    x = alt.X(
        "share_percent:Q", title=t("Share of planned outlay (%)"), scale=alt.Scale(domain=[0, 60])
    )
    bars = alt.Chart(frame).mark_bar(color=theme.PALETTE[0]).encode(x=x, y=y)
    text = alt.Chart(frame).mark_text(align="left", dx=4).encode(x=x, y=y, text="label:N")
    return alt.layer(
        bars,
        text,
        title=t("The First Five-Year Plan's outlay: industry first"),
        description=chart_kit.sentence(t("planned outlay 1953-57: {parts}", parts=parts)),
        width=theme.WIDTH,
        height=40 * len(frame),
    )


def plan_vs_outcome_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Grouped bars: the plan's five-year targets against the recorded increases.

    Examples
    --------
    >>> df = pd.DataFrame({"sector": ["Industry", "Industry"], "kind": ["Plan target", "Outcome"],
    ...                    "increase_percent": [98.6, 128.6], "measure": ["a", "b"]})
    >>> plan_vs_outcome_chart(df).to_dict()["description"]
    'Increase 1952-57: Industry plan target +99 %, outcome +129 %.'
    """
    check_frame("frame", frame, ["sector", "kind", "increase_percent", "measure"])
    unknown = sorted(set(frame["kind"]) - set(KIND_WORDS))
    if unknown:
        raise ValueError(f"frame's kind must be one of {list(KIND_WORDS)}; got {unknown}")
    shown = translated(frame, "sector", "kind")
    kinds = [t(k) for k in KIND_WORDS]
    enc = {
        "y": alt.Y("sector:N", title=None, sort=list(dict.fromkeys(shown["sector"]))),
        "yOffset": alt.YOffset("kind:N", sort=kinds),
        "x": alt.X("increase_percent:Q", title=t("Increase, 1957 over 1952 (%)")),
    }
    bars = (
        alt.Chart(shown)
        .mark_bar()
        .encode(
            **enc,
            color=alt.Color("kind:N", title=None, sort=kinds),
            tooltip=[
                alt.Tooltip("sector:N", title=t("Sector")),
                alt.Tooltip("kind:N", title=t("Kind")),
                alt.Tooltip("increase_percent:Q", title=t("Increase (%)"), format=".1f"),
                alt.Tooltip("measure:N", title=t("Measure")),
            ],
        )
    )
    text = (
        alt.Chart(shown)
        .mark_text(align="left", dx=4)
        .encode(**enc, text=alt.Text("increase_percent:Q", format="+.0f"))
    )
    parts = []
    for sector, group in frame.groupby("sector", sort=False):
        bits = [
            t(KIND_WORDS[k], value=number(v, "+.0f"))
            for k, v in zip(group["kind"], group["increase_percent"], strict=True)
        ]
        parts.append(t("{sector} {kinds}", sector=t(sector), kinds=", ".join(bits)))
    return alt.layer(
        bars,
        text,
        title=t("Plan targets against outcomes, 1952-57"),
        description=chart_kit.sentence(t("increase 1952-57: {parts}", parts="; ".join(parts))),
        width=theme.WIDTH,
        height=60 * frame["sector"].nunique(),
    )


def _marker_records(x_value: float | None, label: str) -> list[dict]:
    """The marker layers' records: one rule and label at ``x_value``, none if it is None."""
    return [] if x_value is None else [{"year": x_value, "label": label}]


def _marker() -> list[alt.Chart]:
    """A dashed vertical rule at each record's ``year``, labelled, as two layers."""
    x = alt.X("year:Q")
    marker = alt.Data(name="marker")
    rule = alt.Chart(marker).mark_rule(strokeDash=[4, 3], color=chart_kit.INK).encode(x=x)
    text = (
        alt.Chart(marker)
        .mark_text(align="left", dx=5, dy=-4, y=4, baseline="top", color=chart_kit.INK)
        .encode(x=x, text=alt.Text("label:N"))
    )
    return [rule, text]


def consumption_paths_chart(paths: pd.DataFrame, *, overtakes: int | None) -> alt.LayerChart:
    """Consumer-goods output on the high-share and comparison paths, overtaking year marked.

    The y axis is logarithmic, so the early shortfall of the high-share path stays
    visible next to its later, much larger output.

    Parameters
    ----------
    paths : pandas.DataFrame
        Output of :func:`helpers.lessons.soviet_model.two_sector.two_sector_paths`.
    overtakes : int or None
        The year the high path overtakes, :func:`helpers.lessons.soviet_model.two_sector.overtaking_year`
        of ``paths`` (None if it does not).

    Returns
    -------
    altair.LayerChart
        Lines (one per path) and a rule at the overtaking year (its layers empty if the
        high path does not overtake).

    Examples
    --------
    >>> from helpers.lessons.soviet_model.two_sector import overtaking_year, two_sector_paths
    >>> paths = two_sector_paths(0.5, 0.2, v_k=2, v_c=2, years=20)
    >>> chart = consumption_paths_chart(paths, overtakes=overtaking_year(paths))
    >>> chart.to_dict()["description"][-38:]
    'consumer-goods output in year 8 of 20.'
    """
    check_frame("paths", paths, TWO_SECTOR_COLUMNS)
    horizon = int(paths["year"].max())
    if overtakes is not None:
        check_number("overtakes", overtakes, low=0, high=horizon, integer=True)
    shares = paths.groupby("path")["share_capital_goods"].first()
    high, low = float(shares["high"]), float(shares["comparison"])
    labels = {
        "high": t("High share λ = {share}", share=number(high, ".2f")),
        "comparison": t("Comparison λ = {share}", share=number(low, ".2f")),
    }
    title, description = _paths_words(high, low, horizon, overtakes)
    marker = "" if overtakes is None else t("overtakes: year {year}", year=overtakes)
    chart = chart_kit.fill(
        _paths_template(),
        {
            "paths": _paths_frame(paths, labels),
            "marker": _marker_records(overtakes, marker),
        },
        title=title,
        description=description,
    )
    order = [labels["high"], labels["comparison"]]
    lines = ("layer", 0)
    return chart_kit.adjust(
        chart,
        {
            (*lines, "mark", "point"): horizon <= 20,
            (*lines, "encoding", "x", "scale", "domain"): [0, horizon],
            (*lines, "encoding", "color", "sort"): order,
            (*lines, "encoding", "strokeDash", "sort"): order,
        },
    )


def _paths_frame(paths: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """The two paths' consumer-goods output, one row a year and path, labelled."""
    return pd.DataFrame(
        {
            "year": paths["year"].to_numpy(),
            "series": paths["path"].map(labels).to_numpy(),
            "consumption_output_index": paths["consumption_output_index"].round(3).to_numpy(),
        }
    )


@chart_kit.template
def _paths_template() -> alt.LayerChart:
    """The two-sector chart without its data, words or the settings that follow the controls
    (points, the years' domain and the legend's order, set by :func:`consumption_paths_chart`):
    one line per path on a log scale, and the overtaking marker."""
    lines = (
        alt.Chart(alt.Data(name="paths"))
        .mark_line(point=True)
        .encode(
            x=alt.X("year:Q").title(t("Years from the start")).scale(domain=[0, 20]),
            y=alt.Y("consumption_output_index:Q")
            .title(t("Consumer-goods output (year 0 = 100, log scale)"))
            .scale(type="log", nice=False)
            # A log axis puts 100, 200, 300 ... close together: Vega drops labels that
            # would touch (tests/course/test_chart_lint.py).
            .axis(labelOverlap="greedy", labelSeparation=6),
            color=alt.Color("series:N").title(None).sort(["high", "comparison"]),
            strokeDash=alt.StrokeDash("series:N").legend(None).sort(["high", "comparison"]),
            tooltip=[
                alt.Tooltip("series:N", title=t("Path")),
                alt.Tooltip("year:Q", title=t("Year")),
                alt.Tooltip("consumption_output_index:Q", title=t("Consumer goods"), format=".1f"),
            ],
        )
    )
    return alt.layer(lines, *_marker()).properties(width=theme.WIDTH, height=theme.HEIGHT)


def _paths_words(
    high: float, low: float, horizon: int, year: int | None
) -> tuple[str | list[str], str]:
    """Title and one-sentence description of :func:`consumption_paths_chart` (a translation
    may break a long title in two lines with a newline: the title is then a list of lines)."""
    shares = {"high": number(high, ".2f"), "low": number(low, ".2f")}
    if high == low:
        title = t("Equal shares: one path")
        clause = t(
            "the two shares are equal (λ = {high}), so the paths coincide and neither "
            "overtakes the other in {horizon} years",
            high=shares["high"],
            horizon=horizon,
        )
    elif high < low:
        title = t("The 'high' share is the lower one")
        clause = t(
            "the 'high' share ({high}) is below the comparison share ({low}), so the "
            "comparison path is the one investing more: raise the high share to compare",
            **shares,
        )
    elif year is None:
        title = t("No overtaking within {horizon} years", horizon=horizon)
        clause = t(
            "with λ = {high} against {low}, the high-investment path has less to consume at "
            "first and does not overtake within {horizon} years",
            **shares,
            horizon=horizon,
        )
    else:
        title = t("More for capital goods: less to consume now, more from year {year}", year=year)
        clause = t(
            "with λ = {high} against {low}, the high-investment path starts with less to "
            "consume and overtakes the comparison path's consumer-goods output in year {year} "
            "of {horizon}",
            **shares,
            year=year,
            horizon=horizon,
        )
    return (title.split("\n") if "\n" in title else title), chart_kit.sentence(clause)


def food_constraint_chart(
    path: pd.DataFrame, *, share_agriculture: float, binds: int | None
) -> alt.LayerChart:
    """Urban grain need against the marketed surplus over time, the binding year marked.

    Parameters
    ----------
    path : pandas.DataFrame
        Output of :func:`helpers.lessons.soviet_model.two_sector.food_constraint_path`.
    share_agriculture : float
        The share of investment given to farming (named in the description).
    binds : int or None
        The year the constraint binds, :func:`helpers.lessons.soviet_model.two_sector.binding_year`
        of ``path`` (None if it never does).

    Returns
    -------
    altair.LayerChart
        Two lines (million tonnes of grain a year) and a rule at the binding year (its
        layers empty if the constraint never binds).

    Examples
    --------
    >>> df = pd.DataFrame({"year": [1952, 1953], "urban_grain_need_mt": [10.0, 12.0],
    ...                    "marketed_surplus_mt": [11.0, 11.5]})
    >>> food_constraint_chart(df, share_agriculture=0.07, binds=1953).to_dict()["description"][:62]
    'With 7 % of investment going to farming, urban grain need outr'
    """
    check_frame("path", path, ["year", *FOOD_LABELS])
    check_number("share_agriculture", share_agriculture, low=0, high=1)
    first, last = int(path["year"].min()), int(path["year"].max())
    if binds is not None:
        check_number("binds", binds, low=first, high=last, integer=True)
    title, description = _food_words(first, last, share_agriculture, binds)
    chart = chart_kit.fill(
        _food_template(),
        {
            "food": _food_frame(path),
            "marker": _marker_records(
                binds, "" if binds is None else t("binds: {year}", year=binds)
            ),
        },
        title=title,
        description=description,
    )
    # The years follow the "years" slider: the axis is set on the copy, not a template a year.
    return chart_kit.adjust(
        chart, {("layer", 0, "encoding", "x"): chart_kit.year_axis(first, last, pad=0)}
    )


def _food_frame(path: pd.DataFrame) -> pd.DataFrame:
    """Urban grain need and marketed surplus, one row a year and series, labelled."""
    long = path.melt(
        id_vars="year", value_vars=list(FOOD_LABELS), var_name="series", value_name="grain_mt"
    )
    return long.assign(series=long["series"].map(lambda c: t(FOOD_LABELS[c])))


@chart_kit.template
def _food_template() -> alt.LayerChart:
    """The food chart without its data, words or years (set by :func:`food_constraint_chart`):
    the two series as lines over the years, and the binding-year marker."""
    lines = (
        alt.Chart(alt.Data(name="food"))
        .mark_line()
        .encode(
            x=alt.X("year:Q"),
            y=alt.Y("grain_mt:Q").title(t("Grain, million tonnes a year")),
            color=alt.Color("series:N").title(None).sort([t(x) for x in FOOD_LABELS.values()]),
            tooltip=[
                alt.Tooltip("series:N", title=t("Series")),
                alt.Tooltip("year:Q", title=t("Year"), format="d"),
                alt.Tooltip("grain_mt:Q", title=t("Million tonnes"), format=".1f"),
            ],
        )
    )
    return alt.layer(lines, *_marker()).properties(width=theme.WIDTH, height=theme.HEIGHT)


def _food_words(first: int, last: int, share: float, year: int | None) -> tuple[str, str]:
    """Title and one-sentence description of :func:`food_constraint_chart`."""
    percent = number(100 * share, ".0f")
    if year is None:
        return t("The towns can be fed through {last}", last=last), chart_kit.sentence(
            t(
                "with {percent} % of investment going to farming, urban grain need stays below "
                "the marketed surplus for all {years} years shown ({first}-{last})",
                percent=percent,
                years=last - first,
                first=first,
                last=last,
            )
        )
    if year > first:
        clause = t(
            "with {percent} % of investment going to farming, urban grain need outruns the "
            "marketed surplus in {year}, {years} years after {first}",
            percent=percent,
            year=year,
            years=year - first,
            first=first,
        )
    else:
        clause = t(
            "with {percent} % of investment going to farming, urban grain need outruns the "
            "marketed surplus already in {first}",
            percent=percent,
            first=first,
        )
    return t("The food constraint binds in {year}", year=year), chart_kit.sentence(clause)
