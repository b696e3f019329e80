"""Lesson 07's charts, built on :mod:`helpers.core.chart_kit`: frame, template, words.

* :func:`map_chart`: the provinces coloured by one measure. The TopoJSON is embedded in the
  template as an inline string (no URL, nothing fetched) and each redraw only swaps the small
  ``values`` dataset (29 records), joined to the shapes by ``transform_lookup`` on the GB code.
  Missing provinces are a grey layer with a "no data" legend entry, never a colour for 0.
* :func:`coefficient_chart`: MQY's two grain coefficients with their 95 % intervals and zero.
* :func:`county_chart`: each county's death rate as a tick, the provinces' quartiles as bars.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.i18n import N_, number, t, translated
from helpers.core.validate import check_frame
from helpers.lessons.provinces.counties import SPREAD_COLUMNS
from helpers.lessons.provinces.geography import MAP_COLUMNS
from helpers.lessons.provinces.procurement import (
    FAMINE_SLOPE,
    GRAIN,
    INTERACTION,
    REGRESSION_COLUMNS,
)

NO_DATA = "#BDBDBD"  # grey: not a colour of the viridis scale
MAP_HEIGHT = 400
#: A conic equal-area projection centred on China (standard parallels 25 and 47 N).
PROJECTION = {"type": "conicEqualArea", "rotate": [-105, 0], "parallels": [25, 47]}
MAP_NOTE = N_("Boundaries illustrative: today's lines, simplified; grey: no data.")
ROW_STEP = 24
COUNTY_COLUMNS = ["name_english", "county_id", "cdr_per_1000"]
#: The grey layer's legend entry and tooltip value.
NO_DATA_LABEL = N_("no data")


def lines(text: str) -> str | list[str]:
    """A title as Vega draws it: one line, or a list of lines where the language's wording
    breaks it (``"\n"`` in a translation; the English titles have none)."""
    _check_text(text)
    return text.split("\n") if "\n" in text else text


def flat(text: str) -> str:
    """``text`` on one line (a translation's line breaks are for titles only)."""
    _check_text(text)
    return text.replace("\n", " ")


def _check_text(text: object) -> None:
    if not isinstance(text, str):
        raise TypeError(f"text must be a title or label in words; got {text!r}")


def _lookup() -> alt.LookupData:
    fields = ["name_english", "value", "source", "cdr_per_1000", "excess_per_1000"]
    return alt.LookupData(data=alt.Data(name="values"), key="gb_code", fields=fields)


@chart_kit.template
def _map_template(topology: str) -> alt.LayerChart:
    shapes = alt.Data(values=topology, format=alt.DataFormat(type="topojson", feature="provinces"))
    base = (
        alt.Chart(shapes)
        .mark_geoshape(stroke="white", strokeWidth=0.6)
        .transform_lookup(lookup="properties.gb", from_=_lookup())
    )
    missing = (
        base.transform_filter("!isValid(datum.value)")
        .transform_calculate(status=repr(t(NO_DATA_LABEL)))
        .encode(
            color=alt.Color("status:N")
            .scale(domain=[t(NO_DATA_LABEL)], range=[NO_DATA])
            .legend(title=None, orient="right"),
            tooltip=[
                alt.Tooltip("name_english:N").title(t("Province")),
                alt.Tooltip("status:N").title(t("Value")),
            ],
        )
    )
    shown = base.transform_filter("isValid(datum.value)").encode(
        color=alt.Color("value:Q")
        .scale(scheme="viridis", reverse=True)
        .legend(title=t("Value"), orient="right", gradientLength=220),
        tooltip=[
            alt.Tooltip("name_english:N").title(t("Province")),
            alt.Tooltip("value:Q").title(t("Value")).format(".1f"),
            alt.Tooltip("cdr_per_1000:Q")
            .title(flat(t("Registered deaths per 1,000")))
            .format(".2f"),
            alt.Tooltip("excess_per_1000:Q").title(t("Excess over the baseline")).format("+.1f"),
            alt.Tooltip("source:N").title(t("Source")),
        ],
    )
    return (
        alt.layer(missing, shown)
        .resolve_scale(color="independent")
        .project(**PROJECTION)
        .properties(width=theme.WIDTH, height=MAP_HEIGHT)
    )


def _map_words(frame: pd.DataFrame, measure: str, when: str) -> tuple[alt.TitleParams, str]:
    """The map's title and description; ``measure`` and ``when`` are in the current language,
    ``frame``'s names in English (translated here)."""
    known = frame.dropna(subset=["value"]).sort_values("value", ascending=False)
    top = ", ".join(
        f"{t(r.name_english)} ({number(r.value, '.1f')})" for r in known.head(3).itertuples()
    )
    low = known.iloc[-1] if len(known) else None
    missing = [t(name) for name in frame.loc[frame["value"].isna(), "name_english"]]
    description = chart_kit.sentence(
        t("{measure} by province{when}", measure=measure, when=flat(when)),
        t("highest in {provinces}", provinces=top) if top else t("no province has data"),
        t(
            "lowest in {province} ({value})",
            province=t(low["name_english"]),
            value=number(low["value"], ".1f"),
        )
        if low is not None
        else "",
        t("no data for {count}: {provinces}", count=len(missing), provinces=", ".join(missing))
        if missing
        else "",
        t(MAP_NOTE),
    )
    title = alt.TitleParams(lines(f"{measure}{when}"), subtitle=t(MAP_NOTE))
    return title, description


def map_chart(
    frame: pd.DataFrame,
    topology: str,
    *,
    when: str = "",
    domain: tuple[float, float] | None = None,
) -> alt.LayerChart:
    """The provinces coloured by ``frame["value"]`` (from :func:`.geography.map_frame`).

    ``topology`` is the TopoJSON text (:func:`.geography.boundaries`); ``when`` (in the
    current language) ends the title, e.g. ``", 1960"``. Missing values are drawn grey, in a
    "no data" legend entry.
    ``domain`` (low, high) fixes the colour scale, so a colour means one figure across years.
    """
    check_frame("frame", frame, MAP_COLUMNS)
    if not isinstance(topology, str) or '"provinces"' not in topology:
        raise ValueError("topology must be the TopoJSON text with a layer 'provinces'")
    measure = t(str(frame["measure"].iloc[0]))  # the legend's title: lines if it has them
    title, description = _map_words(frame, flat(measure), when)
    values = translated(
        frame[["gb_code", "name_english", "value", "source", "cdr_per_1000", "excess_per_1000"]],
        "name_english",
        "source",
    )
    chart = chart_kit.fill(
        _map_template(topology), {"values": values}, title=title, description=description
    )
    settings: dict = {("layer", 1, "encoding", "color", "legend", "title"): lines(measure)}
    if domain is not None:
        low, high = (float(v) for v in domain)
        if not low < high:
            raise ValueError(f"domain must be (low, high) with low < high; got {domain!r}")
        settings[("layer", 1, "encoding", "color", "scale", "domain")] = [low, high]
    if not frame["value"].isna().any():
        settings[("layer", 0, "encoding", "color", "legend")] = None
    return chart_kit.adjust(chart, settings)


#: The coefficient chart's x axis, the same for every setting of the app (every interval of
#: every grain series, sample, famine span and control lies within it; a test checks).
ELASTICITY_DOMAIN = (-0.4, 0.6)


def _elasticity(field: str) -> alt.X:
    """The same x axis on every layer, so Vega merges them into one; fixed across settings."""
    low, high = ELASTICITY_DOMAIN
    return (
        alt.X(f"{field}:Q")
        .title(t("Elasticity of deaths to grain output (95 % interval)"))
        .scale(domain=list(ELASTICITY_DOMAIN), nice=False, zero=False)
        .axis(
            format="+.1f",
            values=[round(k / 10, 1) for k in range(round(low * 10), round(high * 10) + 1)],
        )
    )


@chart_kit.template
def _coefficient_template() -> alt.LayerChart:
    base = alt.Chart(alt.Data(name="coefficients")).encode(
        y=alt.Y("label:N").title(None).sort(None).axis(labelLimit=260)
    )
    bars = base.mark_rule(strokeWidth=3, color=chart_kit.INK).encode(
        x=_elasticity("ci_low"),
        x2="ci_high:Q",
    )
    points = base.mark_point(filled=True, size=90, color=chart_kit.INK).encode(
        x=_elasticity("estimate"),
        tooltip=[
            alt.Tooltip("label:N").title(t("Coefficient")),
            alt.Tooltip("estimate:Q").title(t("Estimate")).format("+.3f"),
            alt.Tooltip("se:Q").title(t("Standard error")).format(".3f"),
            alt.Tooltip("ci_low:Q").title(t("95 % from")).format("+.3f"),
            alt.Tooltip("ci_high:Q").title(t("95 % to")).format("+.3f"),
        ],
    )
    zero = (
        alt.Chart(alt.Data(values=[{"x": 0}]))
        .mark_rule(strokeDash=[4, 3], color=chart_kit.INK)
        .encode(x=_elasticity("x"))
    )
    return alt.layer(zero, bars, points).properties(width=theme.WIDTH, height=150)


def coefficient_chart(table: pd.DataFrame, sentence: str, *, setting: str) -> alt.LayerChart:
    """The grain rows of :func:`.procurement.mqy_regression` with 95 % intervals: normal-year
    slope, the famine-year change and the famine-year slope, on a fixed axis.

    ``sentence`` (from :func:`.procurement.sentence`) is the chart's description;
    ``setting`` (the sample and years, in words) its subtitle.
    """
    check_frame("table", table, REGRESSION_COLUMNS)
    if not isinstance(sentence, str) or not sentence:
        raise ValueError("sentence must be a non-empty sentence")
    rows = table[table["term"].isin([GRAIN, INTERACTION, FAMINE_SLOPE])]
    shown = translated(rows[["label", "estimate", "se", "ci_low", "ci_high"]], "label")
    title = alt.TitleParams(
        t("Deaths and grain output: normal and famine years"), subtitle=lines(setting)
    )
    chart = chart_kit.fill(
        _coefficient_template(), {"coefficients": shown}, title=title, description=sentence
    )
    return chart


@chart_kit.template
def _county_template(rows: int) -> alt.LayerChart:
    y = alt.Y("row_label:N").title(None).sort(None).axis(labelLimit=200)
    counties = alt.Data(
        name="counties", format=alt.DataFormat(type="csv", parse={"cdr_per_1000": "number"})
    )
    ticks = (
        alt.Chart(counties)
        .mark_tick(thickness=1.5, opacity=0.55, color=theme.PALETTE[0])
        .encode(
            x=alt.X("cdr_per_1000:Q").title(t("Registered deaths per 1,000 (each tick a county)")),
            y=y,
            tooltip=[
                alt.Tooltip("row_label:N").title(t("Province")),
                alt.Tooltip("cdr_per_1000:Q").title(t("Deaths per 1,000")).format(".1f"),
            ],
        )
    )
    box = alt.Chart(alt.Data(name="spread")).encode(y=y)
    quartiles = box.mark_rule(strokeWidth=5, color=chart_kit.INK, opacity=0.6).encode(
        x="cdr_p25_per_1000:Q", x2="cdr_p75_per_1000:Q"
    )
    median = box.mark_tick(thickness=3, size=18, color=chart_kit.INK).encode(
        x="cdr_median_per_1000:Q",
        tooltip=[
            alt.Tooltip("row_label:N").title(t("Province")),
            alt.Tooltip("n_counties:Q").title(t("Counties")),
            alt.Tooltip("cdr_median_per_1000:Q").title(t("Median")).format(".1f"),
        ],
    )
    return alt.layer(ticks, quartiles, median).properties(
        width=theme.WIDTH, height=max(rows, 1) * ROW_STEP
    )


def _county_words(spread: pd.DataFrame, year: int) -> tuple[str, str]:
    widest = spread.assign(gap=spread["cdr_p90_per_1000"] - spread["cdr_p10_per_1000"])
    widest = widest.sort_values("gap", ascending=False).iloc[0]
    counties = int(spread["n_counties"].sum())
    one = len(spread) == 1
    figures = {
        "province": t(widest["name_english"]),
        "low": number(widest["cdr_p10_per_1000"], ".1f"),
        "high": number(widest["cdr_p90_per_1000"], ".1f"),
    }
    spread_words = (
        t(
            "spread in {province}: from {low} (10th percentile) to {high} per 1,000 (90th)",
            **figures,
        )
        if one
        else t(
            "widest spread in {province}: from {low} (10th percentile) to {high} per 1,000 (90th)",
            **figures,
        )
    )
    count = {"year": year, "counties": counties, "provinces": len(spread)}
    description = chart_kit.sentence(
        t("county death rates in {year}, {counties} counties in {provinces} province", **count)
        if one
        else t(
            "county death rates in {year}, {counties} counties in {provinces} provinces", **count
        ),
        spread_words,
        t("bars: middle half of the counties; the tick across a bar: the median"),
    )
    title = (
        t("County death rates in {province}, {year}", province=figures["province"], year=year)
        if one
        else t("County death rates within each province, {year}", year=year)
    )
    return title, description


def county_chart(
    counties: pd.DataFrame, spread: pd.DataFrame, *, x_max: float | None = None
) -> alt.LayerChart:
    """Ticks of county rates (:func:`.counties.county_rates`) over their spread by province.

    ``x_max`` fixes the x axis at 0 to ``x_max`` (the app: the highest rate of any year)."""
    check_frame("counties", counties, ["gb_code", *COUNTY_COLUMNS])
    check_frame("spread", spread, SPREAD_COLUMNS)
    labels = {r.gb_code: f"{t(r.name_english)} (n = {r.n_counties})" for r in spread.itertuples()}
    ticks = counties.assign(row_label=counties["gb_code"].map(labels))
    # ~900 ticks as CSV text: Altair serialises one string, not 900 records (a redraw's cost).
    text = ticks[["row_label", "cdr_per_1000"]].to_csv(index=False, lineterminator="\n")
    bars = spread.assign(row_label=spread["gb_code"].map(labels))
    title, description = _county_words(spread, int(spread["year"].iloc[0]))
    data = {"spread": bars.drop(columns=["gb_code", "name_english"])}
    chart = chart_kit.fill(
        _county_template(len(spread)), data, title=title, description=description
    )
    chart.datasets = {**chart.datasets, "counties": text}
    if x_max is not None:
        if not float(x_max) > 0:
            raise ValueError(f"x_max must be a positive number; got {x_max!r}")
        chart = chart_kit.adjust(
            chart,
            {
                ("layer", i, "encoding", "x", "scale"): {"domain": [0, float(x_max)]}
                for i in range(3)
            },
        )
    return chart


@chart_kit.template
def _multiples_template(first: int, last: int, columns: int) -> alt.FacetChart:
    band = alt.Chart().mark_rect(color=theme.FAMINE_SHADE, opacity=0.12)
    band = band.encode(x=alt.X("start:Q").scale(zero=False, nice=False), x2="end:Q")
    axis = alt.X("year:Q").title(None).scale(domain=[first - 0.4, last + 0.4], nice=False)
    line = (
        alt.Chart()
        .mark_line(point={"size": 12}, color=theme.PALETTE[0], strokeWidth=1.5)
        .encode(
            x=axis.axis(values=[1955, 1960, 1965], format="d", labelAngle=0),
            y=alt.Y("cdr_per_1000:Q")
            .title(t("Deaths per 1,000"))
            .scale(type="log", domain=[5, 80]),
            tooltip=[
                alt.Tooltip("name_english:N").title(t("Province")),
                alt.Tooltip("year:Q").title(t("Year")),
                alt.Tooltip("cdr_per_1000:Q").title(t("Deaths per 1,000")).format(".2f"),
            ],
        )
    )
    return (
        alt.layer(band, line, data=alt.Data(name="rates"))
        .properties(width=88, height=70)
        .facet(facet=alt.Facet("panel:N").title(None), columns=columns)
    )


def small_multiples_chart(rates: pd.DataFrame, *, columns: int = 5) -> alt.FacetChart:
    """One panel per province (alphabetical): its registered death rate by year, log scale.

    ``rates``: gb_code, name_english, source, year, cdr_per_1000 (one series per province).
    """
    check_frame("rates", rates, ["gb_code", "name_english", "source", "year", "cdr_per_1000"])
    first, last = int(rates["year"].min()), int(rates["year"].max())
    peak = rates.loc[rates["cdr_per_1000"].idxmax()]
    labels = {
        r.gb_code: t(r.name_english) + (" *" if r.source != "MQY 2015 panel" else "")
        for r in rates.drop_duplicates("gb_code").itertuples()
    }
    frame = translated(rates.assign(panel=rates["gb_code"].map(labels)), "name_english")
    band = [
        {
            "panel": p,
            "start": chart_kit.FAMINE_YEARS[0] - 0.5,
            "end": chart_kit.FAMINE_YEARS[1] + 0.5,
        }
        for p in labels.values()
    ]
    description = chart_kit.sentence(
        t(
            "registered death rates of {provinces} provinces, {first}-{last}, on a log scale",
            provinces=len(labels),
            first=first,
            last=last,
        ),
        t(
            "highest: {province} in {year} ({value} per 1,000)",
            province=t(peak["name_english"]),
            year=int(peak["year"]),
            value=number(peak["cdr_per_1000"], ".1f"),
        ),
        t("1959-61 shaded; * Tombstone's series (Sichuan), the others MQY's panel"),
    )
    data = {"rates": pd.concat([frame, pd.DataFrame(band)], ignore_index=True)}
    return chart_kit.fill(
        _multiples_template(first, last, columns),
        data,
        title=alt.TitleParams(
            t("Registered death rates by province, {first}-{last}", first=first, last=last),
            subtitle=t("Per 1,000, log scale; 1959-61 shaded; * Sichuan: Tombstone's series"),
        ),
        description=description,
    )
