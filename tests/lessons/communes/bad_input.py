"""Bad-input cases for lesson 03's helpers (communes, communes_charts, lesson03).

Merged by tests/course/test_bad_input.py, which requires a case or an exemption for every
public helper function.
"""

from __future__ import annotations

import pandas as pd

from helpers.lessons.communes import charts as communes_charts
from helpers.lessons.communes import evidence, incentives, mess_halls, readouts, structure

EMPTY = pd.DataFrame()
NEED = 203 / 12

BAD = {
    "lessons.communes.charts.unit_name": [
        (lambda: communes_charts.unit_name(30), TypeError, "unit must be a unit's name")
    ],
    "lessons.communes.structure.build_commune": [
        (lambda: structure.build_commune(0, 160, 5.0), ValueError, "n_cooperatives must be"),
        (lambda: structure.build_commune(2.5, 160, 5.0), ValueError, "n_cooperatives must be"),
        (
            lambda: structure.build_commune(28, "160", 5.0),
            TypeError,
            "households_per_cooperative must be",
        ),
        (lambda: structure.build_commune(28, 160, 0), ValueError, "persons_per_household must be"),
        (lambda: structure.build_commune(28, 160, 5, 0), ValueError, "households_per_team must be"),
    ],
    "lessons.communes.structure.members_band": [
        (lambda: structure.members_band(-1), ValueError, "members must be"),
        (lambda: structure.members_band("many"), TypeError, "members must be"),
    ],
    "lessons.communes.structure.members_verdict": [
        (lambda: structure.members_verdict(float("nan")), ValueError, "members must be")
    ],
    "lessons.communes.structure.persons_per_household": [
        (lambda: structure.persons_per_household(20_000, 0), ValueError, "households must be"),
        (lambda: structure.persons_per_household(None, 10), TypeError, "members must be"),
    ],
    "lessons.communes.incentives.marginal_reward": [
        (lambda: incentives.marginal_reward(0, 0.3), ValueError, "households must be"),
        (lambda: incentives.marginal_reward("a", 0.3), TypeError, "households must be"),
        (lambda: incentives.marginal_reward(30, -0.1), ValueError, "monitoring must be"),
    ],
    "lessons.communes.incentives.effort_pct": [
        (lambda: incentives.effort_pct(30, 0.3, exit_right=1), TypeError, "exit_right must be"),
        (
            lambda: incentives.effort_pct(30, 0.3, exit_right=True, watch_households=0),
            ValueError,
            "watch_households must be",
        ),
        (
            lambda: incentives.effort_pct(30, 0.3, exit_right=False, sanction_without_exit=1.5),
            ValueError,
            "sanction_without_exit must be",
        ),
    ],
    "lessons.communes.incentives.incentive_curves": [
        (lambda: incentives.incentive_curves(2.0), ValueError, "monitoring must be"),
        (lambda: incentives.incentive_curves(0.3, points=0), ValueError, "points must be"),
        (
            lambda: incentives.incentive_curves(0.3, max_households=5),
            ValueError,
            "max_households must be",
        ),
    ],
    "lessons.communes.incentives.unit_efforts": [
        (lambda: incentives.unit_efforts([], 0.3), ValueError, "households must be"),
        (lambda: incentives.unit_efforts([30], 0.3, watch_households=-1), ValueError, "watch"),
    ],
    "lessons.communes.mess_halls.mess_hall_path": [
        (
            lambda: mess_halls.mess_hall_path(
                -5, need_kg_per_month=NEED, free_months=3, overeating_pct=30
            ),
            ValueError,
            "stock_kg must be",
        ),
        (
            lambda: mess_halls.mess_hall_path(
                200, need_kg_per_month=NEED, free_months=13, overeating_pct=30
            ),
            ValueError,
            "free_months must be a whole number from 0 to 12",
        ),
        (
            lambda: mess_halls.mess_hall_path(
                200, need_kg_per_month=NEED, free_months=3, overeating_pct="lots"
            ),
            TypeError,
            "overeating_pct must be",
        ),
    ],
    "lessons.communes.mess_halls.shortfall_month": [
        (lambda: mess_halls.shortfall_month(EMPTY, NEED, "free meals first"), ValueError, "path"),
        (
            lambda: mess_halls.shortfall_month(
                mess_halls.mess_hall_path(
                    200, need_kg_per_month=NEED, free_months=3, overeating_pct=30
                ),
                NEED,
                "free",
            ),
            ValueError,
            "which must be one of",
        ),
    ],
    "lessons.communes.mess_halls.ration_to_last": [
        (
            lambda: mess_halls.ration_to_last(
                200, need_kg_per_month=0, free_months=3, overeating_pct=30
            ),
            ValueError,
            "need_kg_per_month must be",
        )
    ],
    "lessons.communes.charts.communisation_chart": [
        (
            lambda: communes_charts.communisation_chart(EMPTY, EMPTY),
            ValueError,
            "shares must have columns",
        )
    ],
    "lessons.communes.charts.commune_chart": [
        (lambda: communes_charts.commune_chart(EMPTY), ValueError, "commune must have columns"),
        (
            lambda: communes_charts.commune_chart(
                structure.build_commune(28, 160, 5.0), households_per_team=0
            ),
            ValueError,
            "households_per_team must be",
        ),
    ],
    "lessons.communes.charts.incentive_chart": [
        (
            lambda: communes_charts.incentive_chart(EMPTY, EMPTY, exit_right=False),
            ValueError,
            "curves must have columns",
        )
    ],
    "lessons.communes.charts.mess_hall_chart": [
        (
            lambda: communes_charts.mess_hall_chart(
                EMPTY, need_kg_per_month=NEED, free_months=3, overeating_pct=30, short_from={}
            ),
            ValueError,
            "path must have columns",
        ),
        (
            lambda: communes_charts.mess_hall_chart(
                mess_halls.mess_hall_path(
                    200, need_kg_per_month=NEED, free_months=3, overeating_pct=30
                ),
                need_kg_per_month=NEED,
                free_months=20,
                overeating_pct=30,
                short_from={},
            ),
            ValueError,
            "free_months must be",
        ),
        (
            lambda: communes_charts.mess_hall_chart(
                mess_halls.mess_hall_path(
                    200, need_kg_per_month=NEED, free_months=3, overeating_pct=30
                ),
                need_kg_per_month=NEED,
                free_months=3,
                overeating_pct=30,
                short_from={"free meals first": 5},
            ),
            ValueError,
            "short_from must map",
        ),
    ],
    "lessons.communes.evidence.commune_figure": [
        (lambda: evidence.commune_figure("nope"), ValueError, "series must be one of"),
        (
            lambda: evidence.commune_figure("communes_number"),
            ValueError,
            "date_as_printed must be given",
        ),
        (
            lambda: evidence.commune_figure("communes_number", "1999"),
            ValueError,
            "date_as_printed must be one of",
        ),
    ],
    "lessons.communes.evidence.incentive_frames": [
        (lambda: evidence.incentive_frames(1.5, 30), ValueError, "monitoring must be"),
        (lambda: evidence.incentive_frames(0.3, 0), ValueError, "watch_households must be"),
    ],
}

BAD.update(
    {
        "lessons.communes.readouts.shortfall_months": [
            (lambda: readouts.shortfall_months(()), TypeError, "free_months must be"),
            (lambda: readouts.shortfall_months((2, 13)), ValueError, "free_months (each)"),
            (lambda: readouts.shortfall_months((2.5,)), ValueError, "free_months (each)"),
        ],
        "lessons.communes.readouts.shortfall_reason": [
            (lambda: readouts.shortfall_reason(-1), ValueError, "free_months must be"),
            (lambda: readouts.shortfall_reason(4, 400), ValueError, "overeating_pct must be"),
            (lambda: readouts.shortfall_reason("4"), TypeError, "free_months must be"),
        ],
    }
)

EXEMPT = {
    "lessons.communes.evidence.cooperatives_per_commune": "takes no arguments",
    "lessons.communes.evidence.households_per_cooperative": "takes no arguments",
    "lessons.communes.evidence.household_size_ceiling": "takes no arguments",
    "lessons.communes.evidence.unit_sizes": "takes no arguments",
    "lessons.communes.evidence.need_kg_per_month": "takes no arguments",
    "lessons.communes.evidence.communisation_frames": "takes no arguments",
    "lessons.communes.evidence.days_after_beidaihe": "takes no arguments",
    "lessons.communes.figures.communisation_figure": "takes no arguments",
    "lessons.communes.exercises.ex_3_expected": "takes no arguments",
    "lessons.communes.exercises.ex_4_expected": "takes no arguments",
    "lessons.communes.readouts.counts_1958": "takes no arguments",
    "lessons.communes.readouts.communisation_days": "takes no arguments",
    "lessons.communes.readouts.commune_size": "takes no arguments",
    "lessons.communes.readouts.members_per_household": "takes no arguments",
    "lessons.communes.readouts.effort_table": "takes no arguments",
    "lessons.communes.readouts.shortfall_table": "takes no arguments",
    "lessons.communes.readouts.retreat_decisions": "takes no arguments",
    "lessons.communes.readouts.later_counts": "takes no arguments",
    "lessons.communes.quizzes.quiz_households_or_people": "takes no arguments",
    "lessons.communes.quizzes.quiz_cooperatives_and_members": "takes no arguments",
    "lessons.communes.quizzes.quiz_monitoring": "takes no arguments",
    "lessons.communes.quizzes.quiz_mess_hall_timing": "takes no arguments",
    "lessons.communes.quizzes.quiz_nevertheless": "takes no arguments",
}
