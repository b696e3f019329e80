"""Lesson 06's check-yourself questions, one function per question, and exercise 4's defence.

Figures in the questions and the feedback are computed from the course data, never typed.
"""

from __future__ import annotations

import ipywidgets as widgets

from helpers.core import data, quiz
from helpers.core.i18n import N_
from helpers.lessons.counting_the_cost import excess_deaths
from helpers.lessons.counting_the_cost.evidence import DEFAULT, S21, estimate, totals


def _registered_deaths() -> float:
    counted = estimate("official", period=S21["period"])
    counted = counted[counted["in_period"]]
    mid = excess_deaths.population(data.load_cached("national_series"))
    return float((counted["cdr_per_1000"] / 1000 * mid.loc[counted["year"]].to_numpy()).sum())


def quiz_excess() -> widgets.VBox:
    """Section 1: why not all registered deaths of 1958-61 are famine deaths."""
    registered = _registered_deaths()
    return quiz.choice(
        f"Why would it be wrong to call all {registered:.1f} million registered deaths of "
        "1958–61 “famine deaths”?",
        {
            "Most would have happened anyway: the toll is the excess.": (
                "People die every year of age and illness. The famine's toll is the number "
                "above what normal conditions would have brought, which is why every estimate "
                "needs a baseline."
            ),
            "Because the registers counted too many deaths in the famine years.": (
                "The opposite: section 3 shows the registers missed deaths. The point is that "
                "most registered deaths would have happened in any year."
            ),
            "Because only deaths from starvation itself count as famine deaths.": (
                "Famine kills by hunger-induced illness too (Ó Gráda 2007), and no national "
                "statistic counts famine deaths by cause; demographers count all deaths above "
                "normal."
            ),
        },
        answer="Most would have happened anyway: the toll is the excess.",
    )


def quiz_reproducing() -> widgets.VBox:
    """Section 2: does reproducing a figure show the method the text used?"""
    births = totals("official", DEFAULT["method"], DEFAULT["baseline_years"])["births_lost_million"]
    right = "No: several baselines give it, and this one misses the births."
    return quiz.choice(
        "The mean of the 1956–57 rates reproduces “more than 14 million” deaths. Does that "
        "show the text's authors used that baseline?",
        {
            "Yes: it gives the text's figure, so it must be the text's method.": (
                "A match shows a method can give a figure, not that it did: the text does "
                "not state its method [S21]."
            ),
            right: (
                "Several baselines in the table give 14 to 15 million, and the same baseline "
                f"gives {births:.1f} million fewer births, not “about 23 million”. Reproducing "
                "a number shows that a method can give it, not that it did."
            ),
            "Yes: the 1956–57 mean is the baseline demographers use.": (
                "There is no one baseline demographers use; Coale, Banister and others chose "
                "differently, and the text does not say what it used."
            ),
        },
        answer=right,
    )


def quiz_reconstructed() -> widgets.VBox:
    """Section 3: why Banister's higher baseline still gives more excess deaths."""
    row = {
        s: estimate(s).set_index("year").loc[1960, ["cdr_per_1000", "cdr_baseline_per_1000"]]
        for s in ("official", "banister")
    }
    b, o = row["banister"], row["official"]
    right = "Her famine-year rates rise much further above her baseline."
    return quiz.choice(
        "Banister's baseline death rate (the mean of her 1956–57 rates) is also higher than "
        "the registered one. Why, then, does her series give more excess deaths?",
        {
            right: (
                f"The excess is a difference. In 1960 her rate is {b['cdr_per_1000']:.1f} "
                f"against a baseline of {b['cdr_baseline_per_1000']:.1f}, the registered rate "
                f"{o['cdr_per_1000']:.2f} against {o['cdr_baseline_per_1000']:.1f}. "
                "Under-registration hid most of the rise, not only the level."
            ),
            "Because she applied her rates to a larger, census-based population.": (
                "Both series are applied to the same mid-year population here; the difference "
                "is in the rates."
            ),
            "Because a higher baseline always gives more excess deaths.": (
                "The opposite: a higher baseline, with the same famine-year rates, leaves fewer "
                "deaths above it. Her famine-year rates rose more."
            ),
        },
        answer=right,
    )


def quiz_baseline_years() -> widgets.VBox:
    """Section 4: moving the mean's first year back from 1956 to 1953 (Banister's rates)."""
    start = totals("banister", "mean", (1956, 1957))["excess_deaths_million"]
    end = totals("banister", "mean", (1953, 1957))["excess_deaths_million"]
    rate = data.load_cached("national_series").set_index("year").loc[1953, "cdr_banister_per_1000"]
    right = "They fall: earlier years had higher death rates."
    return quiz.choice(
        "In the estimator, choose Banister's rates and “mean of years”, keep the second year "
        "at 1957, and move the first year from 1956 back to 1953. What happens to the excess "
        "deaths?",
        {
            right: (
                f"They fall, from {start:.1f} to {end:.1f} million. Her death rate was "
                f"{rate:.1f} per 1,000 in 1953, so each earlier year raises the baseline and "
                "leaves fewer deaths above it. Which years count as “normal” is a judgement, "
                "not a fact in the data."
            ),
            "They rise: more years make a better baseline.": (
                "More years do not make a baseline neutral: mortality was falling through the "
                "1950s, so the early years raise the baseline and lower the excess."
            ),
            "They stay the same: the famine years have not changed.": (
                "The famine-year rates are the same, but the baseline is not: the excess is "
                "the difference between them."
            ),
        },
        answer=right,
    )


def quiz_adopted() -> widgets.VBox:
    """Section 5: why rows that adopt another estimate are no further evidence."""
    right = "They repeat others' estimates, so they would count them twice."
    return quiz.choice(
        "Set the explorer's method to “adopts another estimate”. Why should these rows not be "
        "read as three more confirmations of the larger estimates?",
        {
            right: (
                "They make no count of their own. Rummel (1991) adopts Coale's figure as “a "
                "most likely figure”, Becker (1996) Banister's as “the most reliable estimate we "
                "have”, and Meng et al. (2015) state a range in a paper about causes."
            ),
            "Because they are too old, published before Yang's and Dikötter's archival work.": (
                "Age is not the problem, and Meng et al. (2015) came after both: they repeat "
                "others' figures."
            ),
            "Because their figures are too high, above the census-based estimates.": (
                "Rummel's and Becker's figures are Coale's and Banister's, themselves "
                "census-based, and Meng et al. quote a range; the point is that none is an "
                "independent count."
            ),
        },
        answer=right,
    )


def defend_baseline() -> widgets.VBox:
    """Exercise 4: the defence of a chosen baseline, self-assessed against a model answer
    (its words marked with ``N_``: :func:`helpers.core.quiz.open_question` translates them)."""
    return quiz.open_question(
        N_(
            "In a sentence or two, defend your choice of series, baseline and period. What does "
            "your baseline assume would have happened without the famine?"
        ),
        N_(
            "Registration missed many famine deaths, so I use Banister's corrected rates; her "
            "death rate was falling before and after the famine, so a line from 1957 to 1962 "
            "follows that trend instead of freezing one year as normal. A critic could say the "
            "low rates of 1962 are partly deaths brought forward, so my line sits low and my "
            "figure is high."
        ),
        rubric=[
            N_("It says which rates I used and why (registered or reconstructed)."),
            N_("It says what my baseline assumes mortality would have done without the famine."),
            N_("It says why my period is the famine's (and what a different one would change)."),
            N_("It names a critic's objection and whether it would raise or lower my figure."),
        ],
    )
