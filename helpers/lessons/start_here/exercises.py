"""Lesson 00's exercise checks and the figures they are checked against."""

from __future__ import annotations

import datetime as dt

from helpers.core import course, data, feedback, i18n, progress
from helpers.core.i18n import number, t
from helpers.core.validate import check_choice
from helpers.shared import timeline
from helpers.shared.vital_rates import S20_DEATH_RATE_PERCENT


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
        hint=t("2.5 percent is 2.5 per 100 people; multiply by the population in millions."),
        explain=t(
            "{rate} % of {population} million is {deaths} million deaths: 2.5 per 100 is "
            "25 per 1,000, the official registered rate for 1960, rounded. (The table above "
            "uses the mid-year population, a little larger, so it gives slightly more; "
            "deaths over a year are usually counted on the mid-year figure.)",
            rate=number(rate),
            population=number(pop, ".2f"),
            deaths=number(expected, ".1f"),
        ),
        wrong={
            rate / 1000 * pop: t("that reads 2.5 as per 1,000: ten times too few deaths."),
            rate * pop: t("that forgot to divide by 100 (percent means per 100)."),
            rate / 100 * pop * 1e6: t("right number, but give it in millions, not persons."),
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
    # The month's name in English or in a translation's language (Kazakh «шілде»), or its number.
    month = timeline.MONTHS[date.month - 1]
    earlier = timeline.MONTHS[date.month - 2]
    names = {
        n: {n.lower(), n[:3].lower()}
        | {locale["months"][i].lower() for locale in i18n.TIME_LOCALE.values()}
        for i, n in ((date.month - 1, month), (date.month - 2, earlier))
    }
    if answer is ...:
        return feedback.not_attempted(t("filter the timeline to 'foreign relations' and 1960."))
    text = str(answer).strip().lower()
    if text in names[month] | {str(date.month), f"{date.month:02d}"}:
        return feedback.Feedback(
            True,
            t(
                "{month}: the timeline dates the Soviet note {date}, so the text's "
                "'in the 1960s' [S24] should read 'in mid-1960'. (The timeline also records "
                "that one source dates the note a month earlier.)",
                month=timeline.date_label(date, "month"),
                date=timeline.date_label(date),
            ),
        )
    if text in names[earlier] | {str(date.month - 1)}:
        return feedback.Feedback(
            False,
            t(
                "one source (noted in the timeline's cross-check) dates the note to {earlier}, "
                "but the timeline's own source dates it a month later. Use the date the chart "
                "shows.",
                earlier=t(earlier),
            ),
        )
    return feedback.Feedback(
        False, t("{answer} is not it. Hint: hover over the points of 1960.", answer=repr(answer))
    )


def first_lesson_citing(claim: str) -> int | None:
    """The number of the first lesson whose text cites ``claim`` (e.g. ``"S1"``), or None."""
    check_choice("claim", claim, [f"S{i}" for i in range(1, 25)])
    df = course.lessons()
    found = df[df["claims"].apply(lambda claims: claim in claims)]
    return int(found["number"].min()) if len(found) else None
