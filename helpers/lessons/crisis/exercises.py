"""Lesson 04's exercise checks, and the settings and answers they are checked against."""

from __future__ import annotations

from helpers.core import data, feedback, progress
from helpers.lessons.crisis import index_chains
from helpers.lessons.crisis.evidence import (
    changes,
    default_share_percent,
    grain_path,
    grain_series,
    loc_growth,
    natural_increase,
)

#: Settings of exercise 3 (the notebook prints them).
EX3_SETTINGS = {"rule": "fixed quota", "harvest_fall_percent": 100.0, "imports_mt": 0.0}


def _chain_end(sector: str, start: int, end: int) -> float:
    """Index in ``end`` with ``start`` = 100 on the text's chain (industry gaps from LoC)."""
    indices = index_chains.sector_indices(changes(sector), base_year=start)
    text = indices[indices["series"] == index_chains.SERIES[sector][0]].set_index("year")
    return float(text.loc[end, "index_base_100"])


@progress.tracked
def ex_1(answer: object) -> feedback.Feedback:
    """Exercise 1: by what percent was farm output in 1961 below 1958, on the text's figures?"""
    changes_1959_61 = index_chains.source_text_changes("agriculture")
    expected = 100 - _chain_end("agriculture", 1958, 1961)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="chain the changes: multiply (1 - 0.14) (1 - 0.13) (1 - 0.02), then compare with 1.",
        explain=(
            f"{expected:.1f} % below 1958: each fall applies to an already smaller level, "
            f"so the three falls add up to less than their sum of "
            f"{-sum(changes_1959_61.values()):.0f} %."
        ),
        wrong={
            -sum(changes_1959_61.values()): "that adds the percentages; chain them instead.",
            -expected: "right size, but give the fall as a positive number of percent.",
            100 - expected: "that is the 1961 level (1958 = 100); the question asks for the fall.",
            expected / 100: "right fall, but give it in percent (26.7, not 0.267).",
        },
    )


def ex_2_expected() -> float:
    """The answer to exercise 2: the 1962 index (1957 = 100) with LoC's 1958 rate."""
    chain = changes("industry")
    chain = chain[chain["series"] == index_chains.SERIES["industry"][0]]
    changed = dict(zip(chain["year"].astype(int), chain["change_percent"], strict=True))
    changed[1958] = loc_growth(1958)
    return float(index_chains.chain_index(changed, base_year=1957)["index_base_100"].iloc[-1])


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: industry in 1962 (1957 = 100) if 1958 had been LoC's +45 %, not the text's."""
    expected = ex_2_expected()
    text_level = _chain_end("industry", 1957, 1962)
    chain = changes("industry")
    chain = chain.loc[chain["series"] == index_chains.SERIES["industry"][0], "change_percent"]
    loc_1958, text_1958 = loc_growth(1958), index_chains.source_text_changes("industry")[1958]
    summed = chain.sum() - text_1958 + loc_1958
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint=(
            f"copy the five changes into a dict, replace 1958's +{text_1958:.0f} with "
            f"+{loc_1958:.0f}, and chain them with index_chains.chain_index(..., base_year=1957)."
        ),
        explain=(
            f"{expected:.1f}: on LoC's figure for 1958, industry in 1962 was below its 1957 "
            f"level; on the text's it was just above ({text_level:.1f}). The two stay about "
            f"{100 * (text_level / expected - 1):.0f} % apart in every year after 1958."
        ),
        wrong={
            text_level: f"that is the text's chain, with +{text_1958:.0f} % for 1958; use LoC's.",
            100 + summed: f"that adds the percentages ({summed:+.0f}); chain them instead.",
            expected - 100: "that is the change; give the index level (1957 = 100).",
        },
    )


def ex_3_expected() -> float:
    """The answer to exercise 3: the share of the 1960 harvest a fixed quota takes."""
    path = grain_path(**EX3_SETTINGS).set_index("year")
    return float(path.loc[1960, "procurement_share_percent"])


@progress.tracked
def ex_3(answer: object) -> feedback.Feedback:
    """Exercise 3: what share of the 1960 harvest does the 1957-share fixed quota take?"""
    expected = ex_3_expected()
    share = default_share_percent()
    lin_yang_1960 = grain_series("procurement_share_of_output", 1960)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=(
            "run lesson.grain_path(**lesson.EX3_SETTINGS) and read "
            "procurement_share_percent in 1960."
        ),
        explain=(
            f"{expected:.1f} %: the same tonnage as in 1958 ({share} % of that harvest) is a much "
            f"larger share of the smaller 1960 harvest, close to the {lin_yang_1960} % that Lin & "
            f"Yang's (reconstructed) figure gives for 1960."
        ),
        wrong={
            share: "that is the share of the 1958 harvest: the quota stays fixed in tonnes.",
            expected / 100: "right share, but give it in percent.",
        },
    )


@progress.tracked
def ex_4(answer: object) -> feedback.Feedback:
    """Exercise 4: the official rate of natural increase in 1960, per 1,000."""
    expected = natural_increase(1960)
    pop = data.load_cached("national_series").set_index("year")["population_yearend_million"]
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint="subtract the official death rate from the official birth rate for 1960.",
        explain=(
            f"{expected:.2f} per 1,000: on the official figures deaths exceeded births, and the "
            f"year-end population fell by {pop[1959] - pop[1960]:.1f} million from 1959 to 1960."
        ),
        wrong={
            -expected: "check the sign: births minus deaths, and there were more deaths.",
            expected / 10: "that is in percent; give it per 1,000.",
        },
    )
