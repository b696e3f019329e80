"""Lesson 06: the estimator and the explorer across every control, and the exercise checks."""

from __future__ import annotations

import pytest

from helpers.core import data
from helpers.core.discovery import sweep_values
from helpers.lessons.counting_the_cost import apps, charts, evidence, exercises
from helpers.lessons.counting_the_cost import excess_deaths as demography
from helpers.lessons.counting_the_cost import published_estimates as death_estimates

FACTORIES = {f.__name__: f for f in apps.APPS}


def test_apps_tuple():
    assert set(FACTORIES) == {"excess_app", "estimates_app"}


# ---- the estimator --------------------------------------------------------------------


def description(app) -> str:
    return app.chart.to_dict()["description"]


def test_estimator_default_states_the_reproduced_s21_deaths():
    app = apps.excess_app()
    totals = evidence.totals()
    assert f"{totals['excess_deaths_million']:.1f} million excess deaths" in description(app)
    assert "mean of the 1956-1957 rates" in description(app)


@pytest.mark.parametrize("series", ["official", "banister"])
@pytest.mark.parametrize(
    ("method", "first", "second", "years"),
    [
        ("fixed", 1957, 1953, (1957, 1957)),
        ("mean", 1957, 1955, (1955, 1957)),  # years given backwards: swapped
        ("line", 1957, 1963, (1957, 1963)),
    ],
)
def test_estimator_agrees_with_the_model(series, method, first, second, years):
    app = apps.excess_app()
    app.controls["series"].value = series
    app.controls["method"].value = method
    app.controls["first_year"].value = first
    app.controls["second_year"].value = second
    app.controls["period"].value = (1959, 1962)
    totals = evidence.totals(series, method, years, (1959, 1962))
    text = description(app)
    assert app.error is None
    assert f"{abs(totals['excess_deaths_million']):.1f} million" in text
    assert demography.baseline_label(method, years) in text


def test_fixed_baseline_greys_out_the_second_year():
    app = apps.excess_app()
    assert not app.controls["second_year"].disabled
    app.controls["method"].value = "fixed"
    assert app.controls["second_year"].disabled
    before = app.chart.to_dict()
    app.controls["second_year"].value = 1966
    assert app.chart.to_dict() == before  # ignored, as the grey shows
    app.controls["method"].value = "line"
    assert not app.controls["second_year"].disabled


def test_line_through_one_year_and_overlapping_years_are_explained():
    app = apps.excess_app()
    app.controls["method"].value = "line"
    app.controls["first_year"].value = 1957
    app.controls["second_year"].value = 1957
    assert app.error is None and "the line is flat" in description(app)
    app.controls["second_year"].value = 1962
    assert "inside the period counted" not in description(app)  # a line uses its two ends
    app.controls["second_year"].value = 1960
    assert "inside the period counted" in description(app)
    app.controls["method"].value = "mean"
    app.controls["second_year"].value = 1962  # a mean of 1957-62 includes the famine
    assert "inside the period counted" in description(app)


def test_a_line_entirely_before_the_period_is_warned():
    """Choosing "line" keeps 1956-1957: a one-year trend run on to 1966 (learner review)."""
    app = apps.excess_app()
    app.controls["method"].value = "line"
    assert (app.controls["first_year"].value, app.controls["second_year"].value) == (1956, 1957)
    assert app.error is None and "Both years of the line are before the period" in description(app)
    app.controls["second_year"].value = 1962
    assert "Both years of the line are before the period" not in description(app)
    app.controls["method"].value = "mean"
    app.controls["second_year"].value = 1957
    assert "Both years of the line" not in description(app)  # a mean before the period is fine


def test_a_period_of_one_year():
    app = apps.excess_app()
    app.controls["period"].value = (1960, 1960)
    totals = evidence.totals(period=(1960, 1960))
    assert app.error is None
    assert f"{totals['excess_deaths_million']:.1f} million excess deaths" in description(app)


# ---- the estimates explorer ---------------------------------------------------------------


def drawn_labels(app) -> list[str]:
    return app.chart.to_dict()["layer"][0]["encoding"]["y"]["sort"]


def test_explorer_filters_match_the_table():
    app = apps.estimates_app()
    estimates = death_estimates.tidy_estimates(data.load("excess_death_estimates"))
    for method in sweep_values(app.controls["method"]):
        app.controls["method"].value = method
        expected = death_estimates.filter_estimates(estimates, method=method)
        expected = expected[expected["kind"] != "no figure"]
        assert sorted(drawn_labels(app)) == sorted(expected["label"])
    app.controls["method"].value = "all"
    app.controls["decade"].value = "2010s"
    assert sorted(drawn_labels(app)) == [
        "Conservative estimates (via china-profile.com) 2011 (repeats)",
        "Dikötter 2010",
        "Meng et al. 2015 (repeats)",
    ]
    app.controls["period"].value = "1958-61"
    assert drawn_labels(app) == ["Conservative estimates (via china-profile.com) 2011 (repeats)"]


def test_explorer_says_when_nothing_matches():
    app = apps.estimates_app()
    app.controls["method"].value = "demographic reconstruction"
    app.controls["decade"].value = "2020s"
    assert app.error is None
    assert app.chart.to_dict()["title"] == "Published estimates: none match"


def test_explorer_keeps_one_x_axis_and_words_a_single_figure():
    app = apps.estimates_app()

    def domain(app):
        return app.chart.to_dict()["layer"][0]["encoding"]["x"]["scale"]["domain"]

    full = domain(app)
    app.controls["decade"].value = "1990s"
    assert domain(app) == full  # filters do not rescale the axis
    assert "Figure (a bar: a range)" in str(app.chart.to_dict())  # the legend names the bars
    estimates = death_estimates.tidy_estimates(data.load("excess_death_estimates"))
    one = charts.estimates_chart(estimates[estimates["label"] == "Coale 1984"])
    assert one.to_dict()["description"].startswith("1 estimate drawn, 27 million excess deaths")
    with pytest.raises(ValueError, match="x_max must be"):
        charts.estimates_chart(estimates, x_max=-1)


def test_explorer_sorts_by_size():
    app = apps.estimates_app()
    app.controls["sort"].value = "size"
    assert drawn_labels(app)[0] == "Yu Xiguang (no year)"


# ---- exercises ---------------------------------------------------------------------------


def test_ex_1_by_hand():
    ns = data.load("national_series").set_index("year")
    mid = demography.population(data.load("national_series"))
    years = [1958, 1959, 1960, 1961]
    right = sum(
        (ns.loc[y, "cdr_official_per_1000"] - ns.loc[1957, "cdr_official_per_1000"]) / 1000 * mid[y]
        for y in years
    )
    assert right == pytest.approx(exercises.ex_1_expected())
    assert exercises.ex_1(right) and exercises.ex_1(round(right, 1))
    assert "per 1,000" in exercises.ex_1(right * 1000).message
    short = evidence.totals("official", "fixed", (1957, 1957), (1959, 1961))[
        "excess_deaths_million"
    ]
    assert "1959-61" in exercises.ex_1(short).message
    assert exercises.ex_1(...).attempted is False


def test_ex_2_the_1956_rate():
    values = exercises.ex_2_values()
    assert exercises.ex_2_expected() == "B"
    assert round(values["B"]) == evidence.S21["births_about_million"]
    assert exercises.ex_2("B") and exercises.ex_2(" b ")
    wrong = exercises.ex_2("C")
    assert not wrong and f"{values['C']:.1f}" in wrong.message
    assert exercises.ex_2(...).attempted is False


def test_ex_3_difference():
    right = exercises.ex_3_expected()
    assert right > 3
    assert exercises.ex_3(right) and exercises.ex_3(round(right, 1))
    assert "the other way round" in exercises.ex_3(-right).message
    banister = evidence.totals("banister")["excess_deaths_million"]
    assert "subtract" in exercises.ex_3(banister).message


def choice(series, method, years, period, total=None):
    if total is None:
        total = evidence.totals(series, method, years, period)["excess_deaths_million"]
    return {
        "series": series,
        "method": method,
        "baseline_years": years,
        "period": period,
        "excess_deaths_million": total,
    }


@pytest.mark.parametrize(
    ("series", "method", "years", "period"),
    [
        ("official", "fixed", (1957, 1957), (1958, 1961)),
        ("official", "mean", (1956, 1957), (1958, 1961)),
        ("banister", "mean", (1953, 1957), (1959, 1961)),
        ("banister", "line", (1957, 1962), (1958, 1961)),
        ("official", "line", (1955, 1965), (1959, 1962)),
        ("banister", "fixed", (1958, 1958), (1959, 1961)),
    ],
)
def test_ex_4_accepts_any_defensible_consistent_choice(series, method, years, period):
    result = exercises.ex_4(choice(series, method, years, period))
    assert result, result.message
    assert "million excess deaths" in result.message


def test_ex_4_accepts_a_single_year_as_an_int():
    answer = choice("official", "fixed", (1957, 1957), (1958, 1961))
    assert exercises.ex_4({**answer, "baseline_years": 1957})


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (choice("official", "mean", (1956, 1957), (1958, 1961), total=30.0), "it gives"),
        (choice("official", "mean", (1956, 1959), (1958, 1961), total=1.0), "before the period"),
        (choice("official", "line", (1957, 1960), (1958, 1961), total=1.0), "a line should run"),
        (choice("official", "fixed", (1956, 1957), (1958, 1961), total=1.0), "one year"),
        (choice("official", "mean", (1956, 1957), (1960, 1966), total=1.0), "the period should"),
        (choice("census", "mean", (1956, 1957), (1958, 1961), total=1.0), "series must be"),
        (choice("official", "trend", (1956, 1957), (1958, 1961), total=1.0), "method must be"),
        ({**choice("official", "mean", (1956, 1957), (1958, 1961)), "period": "1958-61"}, "pairs"),
        ({"series": "official"}, "fill in"),
    ],
)
def test_ex_4_explains_what_is_wrong(answer, words):
    result = exercises.ex_4(answer)
    assert not result and result.attempted and words in result.message


def test_ex_4_not_attempted():
    blank = dict.fromkeys(exercises.EX4_KEYS, ...)
    assert exercises.ex_4(blank).attempted is False
    assert exercises.ex_4(...).attempted is False


def test_ex_4_never_judges_a_defence_by_its_words():
    # The defence is self-assessed (quizzes.defend_baseline); the check reads only the numbers.
    answer = choice("official", "mean", (1956, 1957), (1958, 1961))
    assert exercises.ex_4(answer)
    assert exercises.ex_4({**answer, "why": "x"})
    assert exercises.ex_4({**answer, "why": "eight words of gibberish a b c d e"})
    assert "matches your choice" in exercises.ex_4(answer).message
