"""Lesson 07's exercise checks, and the answers they are checked against.

Each check answers any input with a :class:`~helpers.core.feedback.Feedback` that explains,
never with an exception, and records a pass in the learner's progress. Every expected value
is computed from the lesson's data and models, never typed.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from helpers.core import data, feedback, progress
from helpers.core.validate import check_choice

#: The provinces and year of exercises 1 and 2 (two-digit GB/T 2260 codes).
ANHUI, GUIZHOU, HENAN, GANSU, SICHUAN = "34", "52", "41", "62", "51"
EX1_YEAR = 1960
#: Exercise 2: the year, the two provinces and the baseline (mean of the 1956-57 rates).
EX2 = {"year": 1960, "provinces": (HENAN, GANSU), "method": "mean", "baseline_years": (1956, 1957)}
#: Exercise 3: the sentences to choose from, and the one that reads the coefficient right.
EX3_OPTIONS = ("A", "B", "C", "D")
#: Exercise 4: the regression the learner runs.
EX4 = {"sample": "all", "famine_years": (1959, 1961), "controls": True}
DEFAULT = {"sample": "main", "famine_years": (1959, 1961), "controls": True}


def _signed(value: float) -> str:
    """A coefficient with its sign, three decimals, and a true minus sign."""
    return f"{value:+.3f}".replace("-", "\u2212")


def _is_number(answer: object) -> bool:
    return (
        not isinstance(answer, bool)
        and isinstance(answer, int | float | np.integer | np.floating)
        and math.isfinite(answer)
    )


def _names() -> dict[str, str]:
    codes = data.load_cached("province_codes")
    return dict(zip(codes["gb_code"].astype(str).str.zfill(2), codes["name_english"], strict=True))


def _rates() -> pd.DataFrame:
    rates = data.load_cached("province_vital_rates").copy()
    rates["gb_code"] = rates["gb_code"].astype(str).str.zfill(2)
    return rates


def _rate(code: str, year: int, source: str = "MQY 2015 panel") -> float:
    """The registered death rate (per 1,000) of one province and year in one source."""
    rates = _rates()
    row = rates[(rates["gb_code"] == code) & (rates["year"] == year) & (rates["source"] == source)]
    return float(row["cdr_per_1000"].iloc[0])


def ex_1_expected() -> float:
    """Exercise 1: Anhui's registered death rate in 1960, per 1,000 (the map's value)."""
    return _rate(ANHUI, EX1_YEAR)


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: Anhui's registered death rate in 1960 (per 1,000)."""
    expected = ex_1_expected()
    before = _rate(ANHUI, 1957)
    national = float(
        data.load_cached("national_series").set_index("year").loc[EX1_YEAR, "cdr_official_per_1000"]
    )
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint="set the map to 1960 and the registered death rate, then hover over Anhui "
        "(east China, west of Jiangsu and north of Jiangxi); lesson.death_rate_table(1960) "
        "gives the same figure.",
        explain=(
            f"{expected:.2f} per 1,000: {expected / before:.1f} times Anhui's {before:.2f} of "
            f"1957 and {expected / national:.1f} times the national registered rate of "
            f"{national:.2f}. The Anhui gazetteer gives the same figure; it is still a floor."
        ),
        wrong={
            expected / 10: "that is the rate in percent; the map shows deaths per 1,000 "
            "(multiply by 10).",
            expected / 1000: "that is the share of the population; the map shows deaths per 1,000.",
            _rate(GUIZHOU, EX1_YEAR): "that is Guizhou's rate, in the south-west; "
            "Anhui is in the east.",
            _rate(SICHUAN, EX1_YEAR, "Tombstone (Yang Jisheng)"): "that is "
            "Sichuan's rate (from Yang Jisheng's tables), in the south-west; Anhui is in the "
            "east.",
            before: "that is Anhui's rate in 1957; set the year to 1960.",
            national: "that is the national registered rate of 1960 [S20], not Anhui's.",
        },
    )


def ex_2_values() -> dict[str, float]:
    """Exercise 2: excess deaths per 1,000 in 1960 for Henan and Gansu, by English name."""
    from helpers.lessons.provinces.geography import excess_by_province

    table = excess_by_province(
        EX2["year"], method=EX2["method"], baseline_years=EX2["baseline_years"]
    )
    table = table.assign(gb_code=table["gb_code"].astype(str).str.zfill(2)).set_index("gb_code")
    names = _names()
    return {names[c]: float(table.loc[c, "excess_per_1000"]) for c in EX2["provinces"]}


def ex_2_expected() -> str:
    """Exercise 2: the province (English name) with more excess deaths per 1,000 in 1960."""
    values = ex_2_values()
    return max(values, key=values.get)


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: Henan or Gansu, more excess deaths per 1,000 in 1960?"""
    values = ex_2_values()
    right = ex_2_expected()
    other = next(k for k in values if k != right)
    names = {v: k for k, v in _names().items()}
    rate = {k: _rate(names[k], EX2["year"]) for k in values}
    said = (
        f"{right}: {values[right]:.1f} excess deaths per 1,000 against {other}'s "
        f"{values[other]:.1f}, with the mean of each province's own 1956–57 rates as normal. "
        f"The registered rates were {rate[right]:.2f} and {rate[other]:.2f}: the excess "
        "subtracts each province's normal level, which was higher in "
        f"{max(rate, key=lambda k: rate[k] - values[k])}."
    )
    return feedback.check_choice(
        answer,
        right.lower(),
        hint='answer "Henan" or "Gansu": set the map to 1960, the measure to excess deaths '
        "per 1,000 and the baseline to the mean of 1956–57, then hover over both.",
        explain=said,
        wrong={other.lower(): said.replace(f"{right}:", f"Not {other}, but {right}:", 1)},
    )


def _model():
    from helpers.lessons.provinces import procurement

    return procurement


def coefficient(table: pd.DataFrame, term: str | None = None) -> float:
    """The estimate of one term (default: grain x famine) in a ``mqy_regression`` table.

    Examples
    --------
    >>> round(coefficient(_run(**DEFAULT)), 3)
    0.135
    """
    if not isinstance(table, pd.DataFrame) or not {"term", "estimate"} <= set(table.columns):
        raise TypeError(
            "table must be a table from lesson.mqy_regression(...), with the columns 'term' "
            f"and 'estimate'; got {type(table).__name__}"
        )
    term = _model().INTERACTION if term is None else term
    check_choice("term", term, list(table["term"]))
    return float(table.set_index("term").loc[term, "estimate"])


def _run(**kw) -> pd.DataFrame:
    return _model().mqy_regression(**kw)


def ex_3_expected() -> str:
    """Exercise 3: the sentence that reads a positive interaction (B); A if it were negative."""
    return "B" if coefficient(_run(**DEFAULT)) > 0 else "A"


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: which sentence reads the grain x famine coefficient correctly?"""
    table = _run(**DEFAULT)
    inter, normal = coefficient(table), coefficient(table, _model().GRAIN)
    right = ex_3_expected()
    explain = (
        f"The interaction is {_signed(inter)}: in the famine years the slope of deaths on grain "
        f"was {inter:.3f} higher than the normal-year slope ({_signed(normal)}), so it became "
        f"{_signed(normal + inter)}. Provinces with more grain no longer had fewer deaths; Meng, "
        "Qian and Yared explain it by procurement that could not follow the harvest."
    )
    wrong = {
        "A": "that would need a negative interaction; it is positive, so the slope rose.",
        "C": "a regression across provinces shows a pattern, not what caused it; the "
        "explanation offered is procurement, not grain itself.",
        "D": "a coefficient on logs is an elasticity: 0.1 means 10 % more grain went with "
        "about 1 % more deaths. Its size is read against its interval, not against 1.",
    }
    return feedback.check_choice(
        answer,
        right,
        hint='answer with one letter, "A", "B", "C" or "D"; the interaction is the change '
        "in the slope in the famine years.",
        explain=explain,
        wrong={k: v for k, v in wrong.items() if k != right},
    )


def ex_4_expected() -> float:
    """Exercise 4: the grain x famine estimate with all 23 provinces, 1959-61, controls on."""
    return coefficient(_run(**EX4))


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: the interaction with all 23 provinces; does the reversal survive?"""
    table = _run(**EX4).set_index("term")
    row = table.loc[_model().INTERACTION]
    expected = float(row["estimate"])
    main = coefficient(_run(**DEFAULT))
    if isinstance(answer, pd.DataFrame | pd.Series):
        return feedback.Feedback(
            False,
            "that is a whole table; pick the estimate of the grain × famine row, for "
            "example with .set_index('term').loc[...]",
        )
    inside = row["ci_low"] <= 0 <= row["ci_high"]
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint='lesson.mqy_regression(sample="all", famine_years=(1959, 1961), controls=True), '
        "then the estimate in the grain × famine row.",
        explain=(
            f"{_signed(expected)}, against {_signed(main)} in the main sample; its 95 % interval runs "
            f"from {_signed(row['ci_low'])} to {_signed(row['ci_high'])}, "
            + (
                "so it includes zero: with all 23 provinces these data cannot tell the sign. "
                if inside
                else "so it stays above zero. "
            )
            + "Which provinces are in the sample matters."
        ),
        wrong={
            main: 'that is the main sample\'s estimate; set sample to "all".',
            coefficient(_run(**{**EX4, "controls": False})): "that is with controls off; "
            "set controls=True.",
            float(table.loc[_model().GRAIN, "estimate"]): "that is the normal-year grain "
            "coefficient; the question asks for the grain × famine row.",
            float(row["se"]): "that is the standard error; the question asks for the estimate.",
        },
    )
