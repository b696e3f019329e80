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
from helpers.core.i18n import number, t
from helpers.core.validate import check_choice

#: The provinces and years of exercises 1 and 2 (two-digit GB/T 2260 codes).
ANHUI, GUIZHOU, HENAN, GANSU, SICHUAN = "34", "52", "41", "62", "51"
YUNNAN, SHANDONG = "53", "37"
#: Exercise 1: Anhui's rate in this year against its rate in the base year (how many times).
EX1_YEAR, EX1_BASE = 1960, 1957
#: Exercise 2: the year, the two provinces and the baseline (mean of the 1956-57 rates).
#: Yunnan's registered rate is the higher, Shandong's excess the larger: the baseline matters.
EX2 = {
    "year": 1960,
    "provinces": (YUNNAN, SHANDONG),
    "method": "mean",
    "baseline_years": (1956, 1957),
}
#: Exercise 3: the famine-year slope with the official grain series (the app's other setting).
EX3_OPTIONS = ("A", "B", "C", "D")
EX3 = {"sample": "main", "famine_years": (1959, 1961), "controls": True, "grain": "official"}
#: Exercise 4: MQY's constructed grain with the population controls off.
EX4_OPTIONS = ("A", "B", "C", "D")
EX4 = {"sample": "main", "famine_years": (1959, 1961), "controls": False, "grain": "constructed"}
DEFAULT = {"sample": "main", "famine_years": (1959, 1961), "controls": True, "grain": "constructed"}


def _signed(value: float) -> str:
    """A coefficient with its sign, three decimals, and a true minus sign."""
    return number(value, "+.3f").replace("-", "\u2212")


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
    """Exercise 1: how many times Anhui's 1957 rate its 1960 rate was (the map's values)."""
    return _rate(ANHUI, EX1_YEAR) / _rate(ANHUI, EX1_BASE)


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: Anhui's registered death rate of 1960 as a multiple of its 1957 rate."""
    expected = ex_1_expected()
    after, before = _rate(ANHUI, EX1_YEAR), _rate(ANHUI, EX1_BASE)
    national = float(
        data.load_cached("national_series").set_index("year").loc[EX1_YEAR, "cdr_official_per_1000"]
    )
    national_before = float(
        data.load_cached("national_series").set_index("year").loc[EX1_BASE, "cdr_official_per_1000"]
    )
    return feedback.check_number(
        answer,
        expected,
        rel=0.02,
        hint=t(
            "hover over Anhui (east China, west of Jiangsu, north of Jiangxi) on the map of "
            "1957 and again on the map of 1960, registered death rate, and divide the second "
            "rate by the first."
        ),
        explain=t(
            "About {ratio} times: {after} per 1,000 in 1960 against {before} in 1957. The "
            "national registered rate rose {national_ratio} times ({national_before} to "
            "{national_after}). The Anhui gazetteer gives the same rates; they are still a floor.",
            ratio=number(expected, ".1f"),
            after=number(after, ".2f"),
            before=number(before, ".2f"),
            national_ratio=number(national / national_before, ".1f"),
            national_before=number(national_before, ".2f"),
            national_after=number(national, ".2f"),
        ),
        wrong={
            after: t(
                "that is Anhui's 1960 rate itself; the question asks how many times its 1957 "
                "rate it was (divide by the 1957 rate)."
            ),
            before: t("that is Anhui's 1957 rate; divide the 1960 rate by it."),
            after - before: t(
                "that is the difference in deaths per 1,000; the question asks for the ratio "
                "(divide)."
            ),
            before / after: t("that is the ratio upside down: divide 1960's rate by 1957's."),
            national / national_before: t("that is the national rise; hover over Anhui."),
        },
    )


def ex_2_values() -> dict[str, float]:
    """Exercise 2: excess deaths per 1,000 in 1960 for the two provinces, by English name."""
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
    """Exercise 2: Yunnan or Shandong, more excess deaths per 1,000 in 1960?"""
    values = ex_2_values()
    right = ex_2_expected()
    other = next(k for k in values if k != right)
    names = {v: k for k, v in _names().items()}
    rate = {k: _rate(names[k], EX2["year"]) for k in values}
    normal = {k: rate[k] - values[k] for k in values}
    said = t(
        "{right}: {right_excess} excess deaths per 1,000 against {other}'s {other_excess}, over "
        "the mean of each province's own 1956–57 rates. Yet {other}'s registered rate was the "
        "higher ({other_rate} against {right_rate}): its normal level was higher "
        "({other_normal} against {right_normal}). A high registered rate is not by itself a "
        "famine; what the famine added depends on what is taken as normal.",
        right=t(right),
        other=t(other),
        right_excess=number(values[right], ".1f"),
        other_excess=number(values[other], ".1f"),
        right_rate=number(rate[right], ".2f"),
        other_rate=number(rate[other], ".2f"),
        right_normal=number(normal[right], ".1f"),
        other_normal=number(normal[other], ".1f"),
    )
    if isinstance(answer, str):  # the Kazakh lesson's names are accepted too
        answer = EX2_KAZAKH.get(answer.strip().lower(), answer)
    return feedback.check_choice(
        answer,
        right.lower(),
        hint=t(
            'answer "{first}" or "{second}": set the map to 1960, the measure to excess deaths '
            "per 1,000 and the baseline to the mean of 1956–57, then hover over both (Yunnan in "
            "the far south-west, Shandong on the east coast).",
            first=t(EX2_NAMES[0]),
            second=t(EX2_NAMES[1]),
        ),
        explain=said,
        wrong={
            other.lower(): t(
                "That is the province with the higher registered rate. The excess "
                "subtracts each province's own normal level; set the measure to excess deaths "
                "and hover over both again."
            )
        },
    )


EX2_NAMES = ("Yunnan", "Shandong")
#: The two provinces as the Kazakh lesson names them.
EX2_KAZAKH = {"юньнань": "yunnan", "шаньдун": "shandong"}


def _model():
    from helpers.lessons.provinces import procurement

    return procurement


def coefficient(table: pd.DataFrame, term: str | None = None) -> float:
    """The estimate of one term (default: grain x famine) in a ``mqy_regression`` table.

    Examples
    --------
    >>> round(coefficient(_run(**DEFAULT)), 3)
    0.141
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


def _row(settings: dict, term: str) -> pd.Series:
    return _run(**settings).set_index("term").loc[term]


def _clear(row: pd.Series) -> int:
    """+1 if the interval lies above zero, -1 below, 0 if it includes zero."""
    return 1 if row["ci_low"] > 0 else -1 if row["ci_high"] < 0 else 0


def _interval(row: pd.Series) -> str:
    return t(
        "{estimate} ({low} to {high})",
        estimate=_signed(row["estimate"]),
        low=_signed(row["ci_low"]),
        high=_signed(row["ci_high"]),
    )


def ex_3_expected() -> str:
    """Exercise 3: the famine-year slope with official grain: A above zero, B includes zero,
    C below zero (D, "the same as with constructed grain", is never right by construction)."""
    return {1: "A", 0: "B", -1: "C"}[_clear(_row(EX3, _model().FAMINE_SLOPE))]


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: with the official grain series, what is the famine-year slope?"""
    slope = _row(EX3, _model().FAMINE_SLOPE)
    made = _row(DEFAULT, _model().FAMINE_SLOPE)
    right = ex_3_expected()
    sentences = [
        t(
            "With official grain the famine-year slope is {official}; with MQY's constructed "
            "grain it is {constructed}.",
            official=_interval(slope),
            constructed=_interval(made),
        )
    ]
    if right == "B":
        sentences.append(
            t(
                "The interval includes zero: with the official figures these data show no "
                "clear famine-year relation."
            )
        )
    sentences.append(
        t(
            "MQY built their constructed series, in the words of its documentation (rART), "
            "'to correct misreports' of output. On the course's specification the famine-year "
            "slope clears zero only with the constructed series; its rise, {rise} with official "
            "grain, is clear with both. The rART vignette's specification gives smaller "
            "estimates (see More).",
            rise=_interval(_row(EX3, _model().INTERACTION)),
        )
    )
    wrong = {
        "A": t(
            "look at the famine-year slope's bar with the official series: does its interval "
            "lie wholly above zero?"
        ),
        "B": t(
            "look at the famine-year slope's bar with the official series: does its interval "
            "cross the zero line?"
        ),
        "C": t("a negative famine-year slope would need the whole bar left of zero; look again."),
        "D": t(
            "switch the Grain series to official and compare the famine-year slope's bar with "
            "the one for MQY's constructed grain: do they agree?"
        ),
    }
    return feedback.check_choice(
        answer,
        right,
        hint=t(
            'answer with one letter, "A", "B", "C" or "D": in the regression app set Grain '
            "series to official and read the third bar, the famine-year slope."
        ),
        explain=" ".join(sentences),
        wrong={k: v for k, v in wrong.items() if k != right},
    )


def ex_4_expected() -> str:
    """Exercise 4: why the normal-year slope turns positive with the controls off (A)."""
    return "A"


def ex_4_values() -> dict[str, pd.Series]:
    """Exercise 4: the normal-year slope with the controls on and off (constructed grain)."""
    grain = _model().GRAIN
    return {"on": _row(DEFAULT, grain), "off": _row(EX4, grain)}


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: the normal-year slope without population controls, and why."""
    values = ex_4_values()
    explain = t(
        "With the controls on the normal-year slope is {on}; off, {off}. The deaths here are "
        "log *deaths*, not a rate: where population grew faster, a province both grew more "
        "grain and counted more deaths. The population controls hold population fixed and "
        "take that out.",
        on=_interval(values["on"]),
        off=_interval(values["off"]),
    )
    wrong = {
        "B": t(
            "a regression across provinces and years shows a pattern, not a cause; and think "
            "about what else grows with a province's grain output."
        ),
        "C": t("switch the Population controls off and look at the first bar again: it moves."),
        "D": t(
            "look at the first bar (normal years), not the famine-year ones, and on which side "
            "of zero it lies."
        ),
    }
    return feedback.check_choice(
        answer,
        ex_4_expected(),
        hint=t(
            'answer with one letter, "A", "B", "C" or "D": in the regression app, with MQY\'s '
            "constructed grain, switch the Population controls off and read the first bar."
        ),
        explain=explain,
        wrong=wrong,
    )
