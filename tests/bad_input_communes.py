"""Bad-input cases for lesson 03's helpers (communes, communes_charts, lesson03).

Merged into tests/test_bad_input.py, which requires a case or an exemption for every
public helper function.
"""

from __future__ import annotations

import pandas as pd

from helpers import communes, communes_charts, lesson03

EMPTY = pd.DataFrame()
NEED = 203 / 12

BAD = {
    "communes.build_commune": [
        (lambda: communes.build_commune(0, 160, 5.0), ValueError, "n_cooperatives must be"),
        (lambda: communes.build_commune(2.5, 160, 5.0), ValueError, "n_cooperatives must be"),
        (
            lambda: communes.build_commune(28, "160", 5.0),
            TypeError,
            "households_per_cooperative must be",
        ),
        (lambda: communes.build_commune(28, 160, 0), ValueError, "persons_per_household must be"),
        (lambda: communes.build_commune(28, 160, 5, 0), ValueError, "households_per_team must be"),
    ],
    "communes.members_band": [
        (lambda: communes.members_band(-1), ValueError, "members must be"),
        (lambda: communes.members_band("many"), TypeError, "members must be"),
    ],
    "communes.members_verdict": [
        (lambda: communes.members_verdict(float("nan")), ValueError, "members must be")
    ],
    "communes.persons_per_household": [
        (lambda: communes.persons_per_household(20_000, 0), ValueError, "households must be"),
        (lambda: communes.persons_per_household(None, 10), TypeError, "members must be"),
    ],
    "communes.marginal_reward": [
        (lambda: communes.marginal_reward(0, 0.3), ValueError, "households must be"),
        (lambda: communes.marginal_reward("a", 0.3), TypeError, "households must be"),
        (lambda: communes.marginal_reward(30, -0.1), ValueError, "monitoring must be"),
    ],
    "communes.effort_pct": [
        (lambda: communes.effort_pct(30, 0.3, exit_right=1), TypeError, "exit_right must be"),
        (
            lambda: communes.effort_pct(30, 0.3, exit_right=True, watch_households=0),
            ValueError,
            "watch_households must be",
        ),
        (
            lambda: communes.effort_pct(30, 0.3, exit_right=False, sanction_without_exit=1.5),
            ValueError,
            "sanction_without_exit must be",
        ),
    ],
    "communes.incentive_curves": [
        (lambda: communes.incentive_curves(2.0), ValueError, "monitoring must be"),
        (lambda: communes.incentive_curves(0.3, points=0), ValueError, "points must be"),
        (
            lambda: communes.incentive_curves(0.3, max_households=5),
            ValueError,
            "max_households must be",
        ),
    ],
    "communes.unit_efforts": [
        (lambda: communes.unit_efforts([], 0.3), ValueError, "households must be"),
        (lambda: communes.unit_efforts([30], 0.3, watch_households=-1), ValueError, "watch"),
    ],
    "communes.mess_hall_path": [
        (
            lambda: communes.mess_hall_path(
                -5, need_kg_per_month=NEED, free_months=3, overeating_pct=30
            ),
            ValueError,
            "stock_kg must be",
        ),
        (
            lambda: communes.mess_hall_path(
                200, need_kg_per_month=NEED, free_months=13, overeating_pct=30
            ),
            ValueError,
            "free_months must be a whole number from 0 to 12",
        ),
        (
            lambda: communes.mess_hall_path(
                200, need_kg_per_month=NEED, free_months=3, overeating_pct="lots"
            ),
            TypeError,
            "overeating_pct must be",
        ),
    ],
    "communes.shortfall_month": [
        (lambda: communes.shortfall_month(EMPTY, NEED, "free meals first"), ValueError, "path"),
        (
            lambda: communes.shortfall_month(
                communes.mess_hall_path(
                    200, need_kg_per_month=NEED, free_months=3, overeating_pct=30
                ),
                NEED,
                "free",
            ),
            ValueError,
            "which must be one of",
        ),
    ],
    "communes.ration_to_last": [
        (
            lambda: communes.ration_to_last(
                200, need_kg_per_month=0, free_months=3, overeating_pct=30
            ),
            ValueError,
            "need_kg_per_month must be",
        )
    ],
    "communes_charts.communisation_chart": [
        (
            lambda: communes_charts.communisation_chart(EMPTY, EMPTY),
            ValueError,
            "shares must have columns",
        )
    ],
    "communes_charts.commune_chart": [
        (lambda: communes_charts.commune_chart(EMPTY), ValueError, "commune must have columns"),
        (
            lambda: communes_charts.commune_chart(
                communes.build_commune(28, 160, 5.0), households_per_team=0
            ),
            ValueError,
            "households_per_team must be",
        ),
    ],
    "communes_charts.incentive_chart": [
        (
            lambda: communes_charts.incentive_chart(EMPTY, EMPTY, exit_right=False),
            ValueError,
            "curves must have columns",
        )
    ],
    "communes_charts.mess_hall_chart": [
        (
            lambda: communes_charts.mess_hall_chart(
                EMPTY, need_kg_per_month=NEED, free_months=3, overeating_pct=30
            ),
            ValueError,
            "path must have columns",
        ),
        (
            lambda: communes_charts.mess_hall_chart(
                communes.mess_hall_path(
                    200, need_kg_per_month=NEED, free_months=3, overeating_pct=30
                ),
                need_kg_per_month=NEED,
                free_months=20,
                overeating_pct=30,
            ),
            ValueError,
            "free_months must be",
        ),
    ],
    "lesson03.commune_figure": [
        (lambda: lesson03.commune_figure("nope"), ValueError, "series must be one of"),
        (
            lambda: lesson03.commune_figure("communes_number"),
            ValueError,
            "date_as_printed must be given",
        ),
        (
            lambda: lesson03.commune_figure("communes_number", "1999"),
            ValueError,
            "date_as_printed must be one of",
        ),
    ],
    "lesson03.incentive_frames": [
        (lambda: lesson03.incentive_frames(1.5, 30), ValueError, "monitoring must be"),
        (lambda: lesson03.incentive_frames(0.3, 0), ValueError, "watch_households must be"),
    ],
}

EXEMPT = {
    "lesson03.cooperatives_per_commune": "takes no arguments",
    "lesson03.households_per_cooperative": "takes no arguments",
    "lesson03.household_size_ceiling": "takes no arguments",
    "lesson03.unit_sizes": "takes no arguments",
    "lesson03.need_kg_per_month": "takes no arguments",
    "lesson03.communisation_frames": "takes no arguments",
    "lesson03.communisation_chart": "takes no arguments",
    "lesson03.ex_3_expected": "takes no arguments",
    "lesson03.ex_4_expected": "takes no arguments",
}
