"""Lesson 04's exercise checks, and the settings and answers they are checked against."""

from __future__ import annotations

from helpers.core import data, feedback, progress
from helpers.core.i18n import number, t
from helpers.lessons.crisis import index_chains
from helpers.lessons.crisis.evidence import (
    changes,
    default_share_percent,
    grain_path,
    grain_series,
    loc_growth,
    natural_increase,
)

#: Settings of exercise 3: the fixed quota at the 1957 share, recorded harvests, no imports.
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
        hint=t(
            "chain the changes: multiply (1 - 0.14) (1 - 0.13) (1 - 0.02), then compare with 1."
        ),
        explain=t(
            "{fall} % below 1958: each fall applies to an already smaller level, "
            "so together they make less than the {added} % you get by adding them.",
            fall=number(expected, ".1f"),
            added=number(-sum(changes_1959_61.values()), ".0f"),
        ),
        wrong={
            -sum(changes_1959_61.values()): t("that adds the percentages; chain them instead."),
            -expected: t("right size, but give the fall as a positive number of percent."),
            100 - expected: t(
                "that is the 1961 level (1958 = 100); the question asks for the fall."
            ),
            expected / 100: t("right fall, but give it in percent (26.7, not 0.267)."),
        },
    )


def _official_industry() -> dict[int, float]:
    """The official index's yearly changes of industry, 1958-62 (percent)."""
    chain = changes("industry")
    chain = chain[chain["series"] == index_chains.SERIES["industry"][0]]
    return dict(zip(chain["year"].astype(int), chain["change_percent"], strict=True))


def _spliced(first_1958: float) -> float:
    """The 1962 index (1957 = 100) of the text's figures spliced with LoC's 1959-60 rates."""
    spliced = dict(index_chains.source_text_changes("industry"))
    spliced[1958] = first_1958
    spliced.update({y: loc_growth(y) for y in (1959, 1960)})
    return float(index_chains.chain_index(spliced, base_year=1957)["index_base_100"].iloc[-1])


def ex_2_expected() -> float:
    """The answer to exercise 2: the official index of industry in 1962, 1957 = 100."""
    chained = index_chains.chain_index(_official_industry(), base_year=1957)
    return float(chained.set_index("year").loc[1962, "index_base_100"])


@progress.tracked
def ex_2(answer: object) -> feedback.Feedback:
    """Exercise 2: industry in 1962 (1957 = 100) on the official index, not a splice."""
    expected = ex_2_expected()
    official = index_chains.chain_index(_official_industry(), base_year=1957).set_index("year")
    peak = float(official.loc[1960, "index_base_100"])
    text_1958 = index_chains.source_text_changes("industry")[1958]
    spliced, spliced_loc = _spliced(text_1958), _spliced(loc_growth(1958))
    summed = sum(_official_industry().values())
    return feedback.check_number(
        answer,
        expected,
        rel=0.005,
        hint=t(
            "start at 100 in 1957 and multiply by (1 + change / 100) for each of the official "
            "index's five years, 1958 to 1962; do not borrow the Library of Congress rates."
        ),
        explain=t(
            "{level}: on the official index industry in 1962 was still above its 1957 "
            "level, after reaching {peak} in 1960. Filling the text's gap with the Library "
            "of Congress rates gives {spliced} ('back where it started'): the splice of two "
            "series, not the history, makes that.",
            level=number(expected, ".1f"),
            peak=number(peak, ".0f"),
            spliced=number(spliced, ".1f"),
        ),
        wrong={
            spliced: t("that splices the text's figures with LoC's 1959-60 rates: two series."),
            spliced_loc: t("that chains LoC's rates with the text's: two series, spliced."),
            100 + summed: t(
                "that adds the percentages ({summed}); chain them instead.",
                summed=number(summed, "+.0f"),
            ),
            expected - 100: t("that is the change; give the index level (1957 = 100)."),
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
    taken_1959 = grain_series("procurement_share_of_output", 1959)
    return feedback.check_number(
        answer,
        expected,
        rel=0.01,
        hint=t(
            "the quota is fixed in tonnes (the 1957 share of the 1958 harvest); divide it by "
            "the smaller 1960 harvest and give the result in percent."
        ),
        explain=t(
            "{taken} %: the same tonnage as in 1958 ({share} % of that harvest) is a much "
            "larger share of the smaller 1960 harvest. The state's actual take was of that order: "
            "{taken_1959} % of the 1959 harvest (Lin & Yang 2000).",
            taken=number(expected, ".1f"),
            share=number(share),
            taken_1959=number(taken_1959),
        ),
        wrong={
            share: t("that is the share of the 1958 harvest: the quota stays fixed in tonnes."),
            expected / 100: t("right share, but give it in percent."),
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
        hint=t("subtract the official death rate from the official birth rate for 1960."),
        explain=t(
            "{rate} per 1,000: on the official figures deaths exceeded births, and the "
            "year-end population fell by {fall} million from 1959 to 1960.",
            rate=number(expected, ".2f"),
            fall=number(pop[1959] - pop[1960], ".1f"),
        ),
        wrong={
            -expected: t("check the sign: births minus deaths, and there were more deaths."),
            expected / 10: t("that is in percent; give it per 1,000."),
        },
    )
