"""Lesson 05's charts, built on :mod:`helpers.core.chart_kit`: frame, template, words.

* :func:`policy_chart`: a yearly series 1957-63 with the political events of one kind as
  dashed rules, the famine years shaded;
* :func:`food_chart`: grain exported 1958-60 and imported 1961 as person-years of a ration.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.validate import check_choice, check_frame, check_number
from helpers.lessons.lushan.food_years import PERSON_YEAR_COLUMNS

#: What the policy chart can draw: label -> (column of national_series, axis title, unit).
MEASURES = {
    "registered deaths": ("cdr_official_per_1000", "Deaths per 1,000 (registered)", "per 1,000"),
    "deaths, Banister (1984)": (
        "cdr_banister_per_1000",
        "Deaths per 1,000 (Banister 1984)",
        "per 1,000",
    ),
    "grain output": ("grain_output_revised_mt", "Grain output, million tonnes", "Mt"),
}
SERIES_COLUMNS = ["year", "value"]
EVENT_COLUMNS = ["date", "year", "event", "kind"]
_FIRST, _LAST = 1957, 1963
_FAMINE_ROWS = list(chart_kit.famine_band().data["values"])
_FLOWS = ["net exports", "imports"]


@chart_kit.template
def _policy_template() -> alt.LayerChart:
    x = chart_kit.year_axis(_FIRST, _LAST, pad=0.2, title="Year (each year's figure at mid-year)")
    band = (
        alt.Chart(alt.Data(name="famine"))
        .mark_rect(color=theme.FAMINE_SHADE, opacity=0.12)
        .encode(x=alt.X("start:Q").scale(zero=False, nice=False), x2=alt.X2("end:Q"))
    )
    line = (
        alt.Chart(alt.Data(name="series"))
        .mark_line(point=True, color=theme.INK)
        .encode(
            x=x,
            y=alt.Y("value:Q").title("value").scale(zero=True),
            tooltip=[
                alt.Tooltip("label:N").title("Year"),
                alt.Tooltip("value:Q").title("Value").format(".1f"),
            ],
        )
    )
    rules = (
        alt.Chart(alt.Data(name="events"))
        .mark_rule(color=theme.FAMINE_SHADE, strokeDash=[4, 3], strokeWidth=1.5)
        .encode(
            x=alt.X("year:Q"),
            tooltip=[
                alt.Tooltip("date:N").title("Date"),
                alt.Tooltip("event:N").title("Event"),
                alt.Tooltip("kind:N").title("Kind (this lesson's reading)"),
            ],
        )
    )
    return alt.layer(band, line, rules).properties(width=theme.WIDTH, height=300)


def policy_chart(series: pd.DataFrame, events: pd.DataFrame, *, measure: str, kind: str):
    """``series`` (``year``, ``value``) of ``measure`` with ``events`` of ``kind`` as rules.

    Examples
    --------
    >>> s = pd.DataFrame({"year": [1959, 1960], "value": [14.59, 25.43]})
    >>> e = pd.DataFrame({"date": ["02 Aug 1959"], "year": [1959.58],
    ...                   "event": ["Lushan plenum"], "kind": ["purge"]})
    >>> policy_chart(s, e, measure="registered deaths", kind="purge").to_dict()["description"]
    'Registered deaths: 14.6 per 1,000 in 1959, 25.4 per 1,000 in 1960; dashed lines: 1 event of the kind purge, the first on 02 Aug 1959.'
    """
    check_frame("series", series, SERIES_COLUMNS)
    check_frame("events", events, EVENT_COLUMNS) if len(events) else None
    check_choice("measure", measure, list(MEASURES))
    check_choice("kind", kind, ["all", "radicalising", "moderating", "purge", "foreign and relief"])
    _, axis_title, unit = MEASURES[measure]
    drawn = series.dropna(subset=["value"])
    points = pd.DataFrame(
        {"year": drawn["year"] + 0.5, "value": drawn["value"], "label": drawn["year"].astype(str)}
    )
    shown = events[EVENT_COLUMNS] if len(events) else pd.DataFrame(columns=EVENT_COLUMNS)
    figures = ", ".join(
        f"{v:.1f} {unit} in {int(y)}" for y, v in zip(drawn["year"], drawn["value"], strict=True)
    )
    which = "all kinds" if kind == "all" else f"the kind {kind}"
    if len(shown):
        plural = "event" if len(shown) == 1 else "events"
        marks = (
            f"dashed lines: {len(shown)} {plural} of {which}, the first on {shown['date'].iloc[0]}"
        )
    else:
        marks = f"no event of {which} in these years"
    description = chart_kit.sentence(f"{measure}: {figures}", marks)
    what = "Grain output" if unit == "Mt" else "Deaths"
    title = f"{what} and the politics, {_FIRST}-{_LAST - 1}"
    chart = chart_kit.fill(
        _policy_template(),
        {"famine": _FAMINE_ROWS, "series": points, "events": shown},
        title=title,
        description=description,
    )
    return chart_kit.adjust(
        chart,
        {
            ("layer", 1, "encoding", "y", "title"): axis_title,
            ("layer", 1, "encoding", "tooltip", 1, "title"): axis_title,
        },
    )


@chart_kit.template
def _food_template() -> alt.Chart:
    return (
        alt.Chart(alt.Data(name="flows"))
        .mark_bar(size=38)
        .encode(
            x=chart_kit.year_axis(1958, 1961),
            y=alt.Y("person_years_million:Q")
            .title("Million people fed for a year")
            .scale(domain=[0, 45]),
            color=alt.Color("flow:N")
            .title("Grain")
            .scale(domain=_FLOWS, range=[theme.FAMINE_SHADE, theme.INK])
            .legend(orient="bottom"),
            tooltip=[
                alt.Tooltip("year:Q").title("Year").format("d"),
                alt.Tooltip("flow:N").title("Flow"),
                alt.Tooltip("grain_mt:Q").title("Million tonnes").format(".1f"),
                alt.Tooltip("person_years_million:Q").title("Million person-years").format(".1f"),
            ],
        )
        .properties(width=theme.WIDTH, height=280)
    )


def food_chart(table: pd.DataFrame, *, ration_kg: float) -> alt.Chart:
    """Bars of :func:`.food_years.person_years_table` at ``ration_kg`` kg a year.

    Examples
    --------
    >>> from helpers.lessons.lushan.food_years import person_years_table
    >>> f = pd.DataFrame({"year": [1959, 1961], "flow": ["net exports", "imports"],
    ...                   "grain_mt": [4.2, 4.5]})
    >>> food_chart(person_years_table(f, 200), ration_kg=200).to_dict()["description"]
    'At 200 kg a person a year: net exports fed 21.0 million people for a year in 1959; imports 22.5 million in 1961.'
    """
    check_frame("table", table, PERSON_YEAR_COLUMNS)
    check_number("ration_kg", ration_kg, low=50, high=500)
    parts = []
    for flow, verb, first_unit in (
        ("net exports", "fed ", "million people for a year"),
        ("imports", "", "million"),
    ):
        rows = table[table["flow"] == flow]
        years = [
            f"{v:.1f} {first_unit if i == 0 else 'million'} in {int(y)}"
            for i, (y, v) in enumerate(zip(rows["year"], rows["person_years_million"], strict=True))
        ]
        if years:
            parts.append(f"{flow} {verb}{', '.join(years)}")
    text = "; ".join(parts)
    description = chart_kit.sentence(f"at {ration_kg:g} kg a person a year: {text}")
    return chart_kit.fill(
        _food_template(),
        {"flows": table},
        title=f"Grain exported and imported as food for people, at {ration_kg:g} kg a year",
        description=description,
    )
