"""Lesson 00, Start here: the timeline app, the S20 death-rate table and the exercise checks."""

from __future__ import annotations

import datetime as dt

import ipywidgets as widgets
import pandas as pd

from helpers.core import course, data, feedback, progress, ui
from helpers.core.validate import check_choice, check_frame
from helpers.shared import timeline
from helpers.shared import timeline_chart as timeline_charts

#: The death rates of claim S20 exactly as the source text writes them, in percent.
S20_DEATH_RATE_PERCENT = {1958: 1.2, 1959: 1.5, 1960: 2.5, 1961: 1.4}
S20_COLUMNS = (
    "year",
    "text_death_rate_percent",
    "text_death_rate_per_1000",
    "cdr_official_per_1000",
    "cdr_banister_per_1000",
    "population_midyear_million",
    "deaths_at_text_rate_million",
    "deaths_if_misread_million",
)


def s20_death_rates(national: pd.DataFrame) -> pd.DataFrame:
    """Set the text's S20 death rates beside the official and reconstructed series.

    Parameters
    ----------
    national : pandas.DataFrame
        ``data.load("national_series")``: ``year``, ``population_yearend_million``,
        ``cdr_official_per_1000``, ``cdr_banister_per_1000``, covering 1957-1961.

    Returns
    -------
    pandas.DataFrame
        One row per year 1958-1961: ``text_death_rate_percent`` (as the text writes it),
        ``text_death_rate_per_1000`` (the same rate per 1,000, x 10), the official registered
        and Banister's reconstructed rates per 1,000, ``population_midyear_million`` (mean of
        the year-ends either side), ``deaths_at_text_rate_million`` (rate x population) and
        ``deaths_if_misread_million`` (the text's number wrongly read as per 1,000).

    Examples
    --------
    >>> ns = pd.DataFrame({"year": [1959, 1960], "population_yearend_million": [672.07, 662.07],
    ...                    "cdr_official_per_1000": [14.59, 25.43],
    ...                    "cdr_banister_per_1000": [22.1, 44.6]})
    >>> s20_death_rates(ns)[["year", "text_death_rate_per_1000"]].values.tolist()
    [[1960.0, 25.0]]
    """
    cols = ["year", "population_yearend_million", "cdr_official_per_1000", "cdr_banister_per_1000"]
    check_frame("national", national, cols)
    ns = national.set_index("year")
    years = [y for y in S20_DEATH_RATE_PERCENT if y in ns.index and y - 1 in ns.index]
    if not years:
        raise ValueError("national must cover at least one year of 1958-1961 and the year before")
    pop = ns["population_yearend_million"]
    midyear = pd.Series([(pop[y - 1] + pop[y]) / 2 for y in years], index=years)
    percent = pd.Series([S20_DEATH_RATE_PERCENT[y] for y in years], index=years)
    out = pd.DataFrame(
        {
            "year": years,
            "text_death_rate_percent": percent.values,
            "text_death_rate_per_1000": (percent * 10).round(1).values,
            "cdr_official_per_1000": ns.loc[years, "cdr_official_per_1000"].values,
            "cdr_banister_per_1000": ns.loc[years, "cdr_banister_per_1000"].values,
            "population_midyear_million": midyear.round(1).values,
            "deaths_at_text_rate_million": (percent / 100 * midyear).round(1).values,
            "deaths_if_misread_million": (percent / 1000 * midyear).round(2).values,
        }
    )
    return out.loc[:, list(S20_COLUMNS)]


def timeline_app() -> ui.App:
    """The timeline, filtered by a theme and a range of years."""
    events = data.load("timeline")
    themes = {"all themes": "all", **{t: t for t in timeline.THEMES}}

    def render(theme: str, years: tuple[int, int]):
        chosen = timeline.THEMES if theme == "all" else (theme,)
        start, end = years
        shown = timeline.filter_events(events, chosen, start, end)
        return timeline_charts.timeline_chart(shown, start_year=start, end_year=end, themes=chosen)

    years = widgets.IntRangeSlider(
        value=(timeline.FIRST_YEAR, timeline.LAST_YEAR),
        min=timeline.FIRST_YEAR,
        max=timeline.LAST_YEAR,
        step=1,
        description="Years",
        style={"description_width": "initial"},
        layout=widgets.Layout(width="460px"),
    )
    return ui.app(
        render,
        {"theme": ui.dropdown("Theme", themes, "all"), "years": years},
        title="Timeline of events, 1949-1966 (hover over a point for the event and its source)",
    )


APPS = (timeline_app,)


# --- exercise checks ---------------------------------------------------------------


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Deaths in 1960, in millions, at the text's "2.5 percent" and the 1960 year-end population."""
    pop = data.load("national_series").set_index("year").loc[1960, "population_yearend_million"]
    rate = S20_DEATH_RATE_PERCENT[1960]
    expected = rate / 100 * pop
    return feedback.check_number(
        answer,
        expected,
        rel=0.02,
        hint="2.5 percent is 2.5 per 100 people; multiply by the population in millions.",
        explain=(
            f"{rate} % of {pop:.2f} million is {expected:.1f} million deaths: 2.5 per 100 is "
            "25 per 1,000, the official registered rate for 1960, rounded."
        ),
        wrong={
            rate / 1000 * pop: "that reads 2.5 as per 1,000: ten times too few deaths.",
            rate * pop: "that forgot to divide by 100 (percent means per 100).",
            rate / 100 * pop * 1e6: "right number, but give it in millions, not persons.",
        },
    )


def soviet_withdrawal_date() -> dt.date:
    """The date the timeline gives for the Soviet note withdrawing the experts (1960)."""
    events = timeline.filter_events(data.load("timeline"), "foreign relations", 1960, 1960)
    soviet = events[events["event"].str.contains("Soviet") & events["event"].str.contains("expert")]
    if len(soviet) != 1:
        raise ValueError(f"expected one Soviet-withdrawal event in 1960; found {len(soviet)}")
    return timeline.parse_date(soviet["start"].iloc[0])


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """The month of 1960 (name or number) in which the Soviet experts were recalled."""
    date = soviet_withdrawal_date()
    month = timeline.date_label(date.isoformat(), "month").split()[0]
    earlier = timeline.date_label(f"1960-{date.month - 1:02d}", "month").split()[0]
    if answer is ...:
        return feedback.not_attempted("filter the timeline to 'foreign relations' and 1960.")
    text = str(answer).strip().lower()
    if text in (month.lower(), month[:3].lower(), str(date.month), f"{date.month:02d}"):
        return feedback.Feedback(
            True,
            f"{month} 1960: the timeline dates the Soviet note {timeline.date_label(date)}, so "
            "the text's 'in the 1960s' [S24] should read 'in mid-1960'. (The timeline also "
            "records that one source dates the note a month earlier.)",
        )
    if text in (earlier.lower(), earlier[:3].lower(), str(date.month - 1)):
        return feedback.Feedback(
            False,
            f"one source (noted in the timeline's cross_check) dates the note to {earlier}, but "
            "the timeline's own source dates it a month later. Use the date the chart shows.",
        )
    return feedback.Feedback(False, f"{answer!r} is not it. Hint: hover over the points of 1960.")


def first_lesson_citing(claim: str) -> int | None:
    """The number of the first lesson whose text cites ``claim`` (e.g. ``"S1"``), or None."""
    check_choice("claim", claim, [f"S{i}" for i in range(1, 25)])
    df = course.lessons()
    found = df[df["claims"].apply(lambda claims: claim in claims)]
    return int(found["number"].min()) if len(found) else None


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """The number of the first lesson that teaches claim S1 (why the Soviet model was dropped)."""
    expected = first_lesson_citing("S1")
    if expected is None:
        return feedback.Feedback(False, "no lesson cites [S1] yet; the map will show it later.")
    return feedback.check_number(
        answer,
        expected,
        rel=0,
        hint="look for S1 in the 'Source claims' column of the course map.",
        explain=f"lesson {expected:02d} is the first to cite [S1].",
    )
