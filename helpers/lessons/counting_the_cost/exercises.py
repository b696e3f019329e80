"""Lesson 06's exercise checks, and the settings and answers they are checked against."""

from __future__ import annotations

import math

import numpy as np

from helpers.core import data, feedback, progress
from helpers.core.i18n import number, t
from helpers.lessons.counting_the_cost import excess_deaths, published_estimates
from helpers.lessons.counting_the_cost.evidence import DEFAULT, S21, _span, estimate, totals

#: Exercise 2: which baseline, over 1958-61, gives "about 23 million" fewer births?
EX2_OPTIONS = {
    "A": ("fixed", (1957, 1957)),
    "B": ("fixed", (1956, 1956)),
    "C": ("mean", (1956, 1957)),
    "D": ("mean", (1953, 1957)),
}


def _is_number(answer: object) -> bool:
    return (
        not isinstance(answer, bool)
        and isinstance(answer, int | float | np.integer | np.floating)
        and math.isfinite(answer)
    )


def ex_1_expected() -> float:
    """Exercise 1: excess deaths 1958-61, official rates, the 1957 rate as baseline."""
    return totals("official", "fixed", (1957, 1957), S21["period"])["excess_deaths_million"]


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: excess deaths 1958-61 (million) against the 1957 official death rate."""
    expected = ex_1_expected()
    by_year = estimate("official", "fixed", (1957, 1957), S21["period"])
    counted = by_year[by_year["in_period"]]
    rate_sum = float((counted["cdr_per_1000"] - counted["cdr_baseline_per_1000"]).sum())
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint=t(
            "the registered rates, the 1957 rate alone as 'normal', the four years "
            "1958-61: the deaths above that rate, added up."
        ),
        explain=t(
            "{expected} million: {more} million more than the text's 'more than 14 million' "
            "[S21], because the 1957 rate was the lowest of the 1950s, so it is a demanding "
            "baseline.",
            expected=number(expected, ".1f"),
            more=number(expected - S21["deaths_more_than_million"], ".1f"),
        ),
        wrong={
            expected * 1000: t(
                "rates are per 1,000: divide by 1,000 (and keep the population in millions)."
            ),
            rate_sum: t(
                "that adds up the rates per 1,000; multiply each year's excess rate by that "
                "year's population."
            ),
            totals("official", "fixed", (1957, 1957), (1959, 1961))["excess_deaths_million"]: t(
                "that counts 1959-61 only; the text's period starts in 1958."
            ),
            totals("official", "fixed", (1957, 1957), S21["period"])["births_lost_million"]: t(
                "that is the births lost; the question asks for deaths."
            ),
        },
    )


def ex_2_values() -> dict[str, float]:
    """Births lost 1958-61 (million, official rates) for each option of exercise 2."""
    return {
        k: totals("official", m, y, S21["period"])["births_lost_million"]
        for k, (m, y) in EX2_OPTIONS.items()
    }


def ex_2_expected() -> str:
    """The option of exercise 2 whose births lost is closest to the text's figure."""
    values = ex_2_values()
    return min(values, key=lambda k: abs(values[k] - S21["births_about_million"]))


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: which baseline gives "about 23 million" fewer births over 1958-61?"""
    values = ex_2_values()
    right = ex_2_expected()

    def fields(k: str) -> dict[str, str]:
        method, years = EX2_OPTIONS[k]
        # baseline_label is in the current language already.
        return {
            "baseline": excess_deaths.baseline_label(method, years),
            "births": number(values[k], ".1f"),
        }

    deaths = totals("official", *EX2_OPTIONS[right])["excess_deaths_million"]
    return feedback.check_choice(
        answer,
        right,
        hint=t(
            "set the estimator to each baseline in turn (registered rates, 1958-61) and "
            "read the births lost in its title; which is nearest 23 million?"
        ),
        explain=t(
            "{baseline} gives {births} million. The deaths from the same baseline are "
            "{deaths} million, not 'more than 14': one simple baseline does not give both of "
            "the text's figures.",
            **fields(right),
            deaths=number(deaths, ".1f"),
        ),
        wrong={
            k: t("{baseline} gives {births} million, not about 23.", **fields(k))
            for k in EX2_OPTIONS
            if k != right
        },
    )


def ex_3_expected() -> float:
    """Exercise 3: Banister's excess deaths minus the official ones, default baseline."""
    args = (DEFAULT["method"], DEFAULT["baseline_years"], S21["period"])
    return (
        totals("banister", *args)["excess_deaths_million"]
        - totals("official", *args)["excess_deaths_million"]
    )


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: how many more excess deaths (million) do the reconstructed rates give?"""
    args = (DEFAULT["method"], DEFAULT["baseline_years"], S21["period"])
    banister = totals("banister", *args)["excess_deaths_million"]
    official = totals("official", *args)["excess_deaths_million"]
    expected = banister - official
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=t(
            "the same baseline (mean of 1956-57) and years (1958-61) on both series: "
            "Banister's excess deaths minus the registered ones."
        ),
        explain=t(
            "{expected} million more: {banister} against {official} million, with the same "
            "baseline method, years and period. The difference is what under-registration "
            "hides.",
            expected=number(expected, ".1f"),
            banister=number(banister, ".1f"),
            official=number(official, ".1f"),
        ),
        wrong={
            banister: t("that is Banister's total; subtract the official one."),
            banister / official: t(
                "that is the ratio; the question asks for the difference in millions."
            ),
            -expected: t("the other way round: Banister's rates give more deaths, not fewer."),
        },
    )


#: What exercise 4's answer gives; a "why" key, if present, is not judged here (the defence
#: is self-assessed with ``quizzes.defend_baseline``: no word count makes it "correct").
EX4_KEYS = ("series", "method", "baseline_years", "period", "excess_deaths_million")


def ex_4_problems(answer: object) -> list[str]:
    """Why an exercise 4 answer is not (yet) a consistent, defensible baseline; [] if it is."""
    if not isinstance(answer, dict):
        return [t("answer must be a dict with the keys {keys}", keys=", ".join(EX4_KEYS))]
    missing = [k for k in EX4_KEYS if k not in answer or answer[k] is ...]
    if missing:
        return [t("fill in {keys}", keys=", ".join(missing))]
    series, method = answer["series"], answer["method"]
    if series not in excess_deaths.SERIES:
        return [t("series must be one of {values}", values=list(excess_deaths.SERIES))]
    if method not in excess_deaths.METHODS:
        return [t("method must be one of {values}", values=list(excess_deaths.METHODS))]
    years, period = answer["baseline_years"], answer["period"]
    if isinstance(years, int) and not isinstance(years, bool):
        years = (years, years)
    pairs = [years, period]
    if not all(isinstance(p, tuple | list) and len(p) == 2 for p in pairs) or not all(
        isinstance(y, int) and not isinstance(y, bool) for p in pairs for y in p
    ):
        return [t("baseline_years and period must be pairs of whole years, e.g. (1956, 1957)")]
    (first, last), (start, end) = sorted(years), sorted(period)
    problems = []
    if not (start in (1958, 1959) and end in (1961, 1962)):
        problems.append(
            t(
                "the period should start in 1958 or 1959 and end in 1961 or 1962 (the spans "
                "the published estimates use)"
            )
        )
    if method in ("fixed", "mean") and last >= start:
        problems.append(
            t("a fixed baseline should use years before the period ({start})", start=start)
            if method == "fixed"
            else t("a mean baseline should use years before the period ({start})", start=start)
        )
    if method == "fixed" and first != last:
        problems.append(t("a fixed baseline is one year: give it twice, e.g. (1957, 1957)"))
    if method == "line" and not (first < start and last > end):
        problems.append(
            t(
                "a line should run from a year before {start} to a year after {end}",
                start=start,
                end=end,
            )
        )
    if not _is_number(answer["excess_deaths_million"]):
        problems.append(t("excess_deaths_million must be a number (million)"))
    return problems


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: choose a baseline; the total must match the estimator for that choice."""
    hint = t(
        "set each key of the dict; compute the total with lesson.totals(series, method, "
        "baseline_years, period)['excess_deaths_million']."
    )
    if answer is ... or (
        isinstance(answer, dict) and all(answer.get(k, ...) is ... for k in EX4_KEYS)
    ):
        return feedback.not_attempted(hint)
    problems = ex_4_problems(answer)
    if problems:
        return feedback.Feedback(
            False, t("{problems}. Hint: {hint}", problems="; ".join(problems), hint=hint)
        )
    years = answer["baseline_years"]
    years = (years, years) if isinstance(years, int) else tuple(sorted(years))
    period = tuple(sorted(answer["period"]))
    try:
        got = totals(answer["series"], answer["method"], years, period)
    except (TypeError, ValueError) as exc:
        return feedback.Feedback(False, t("the estimator refused this choice: {error}", error=exc))
    expected = got["excess_deaths_million"]
    given = float(answer["excess_deaths_million"])
    if not math.isclose(given, expected, rel_tol=0.01, abs_tol=0.05):
        return feedback.Feedback(
            False,
            t(
                "your choice is defensible, but it gives {expected} million, not {given}. "
                "Check the series, years and period you used. Hint: {hint}",
                expected=number(expected, ".1f"),
                given=number(given, "g"),
                hint=hint,
            ),
        )
    published = published_estimates.tidy_estimates(data.load_cached("excess_death_estimates"))
    span = published_estimates.national_range(published)
    low, high = span["low_million"], span["high_million"]
    # The series and baseline labels and the span are in the current language already.
    return feedback.Feedback(
        True,
        t(
            "your figure matches your choice ({series}, {baseline}, {period}): {deaths} million "
            "excess deaths and {births} million births lost. The independent national "
            "estimates in the table run from {low} to {high} million. Now defend your choice "
            "in the box below.",
            series=excess_deaths.series_label(answer["series"]),
            baseline=excess_deaths.baseline_label(answer["method"], years),
            period=_span(period),
            deaths=number(expected, ".1f"),
            births=number(got["births_lost_million"], ".1f"),
            low=number(low, "g"),
            high=number(high, "g"),
        ),
    )
