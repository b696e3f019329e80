"""Lesson 01's check-yourself questions, one function each (``lesson.quiz_<topic>()``).

Figures in the feedback come from the lesson's models at the apps' defaults.
"""

from __future__ import annotations

import ipywidgets as widgets

from helpers.core import quiz
from helpers.lessons.soviet_model import two_sector
from helpers.lessons.soviet_model.apps import TWO_SECTOR_DEFAULTS
from helpers.lessons.soviet_model.evidence import GRAIN_KG_DEFAULT, food_path, plan_figure


def _overtaking(**changes: float) -> int | None:
    s = {**TWO_SECTOR_DEFAULTS, **changes}
    paths = two_sector.two_sector_paths(
        s["high_share"], s["comparison_share"], v_k=s["v_k"], v_c=s["v_c"], years=s["years"]
    )
    return two_sector.overtaking_year(paths)


def quiz_like_with_like() -> widgets.VBox:
    """Section 1: why grain tonnes cannot be set against agriculture's target."""
    target = plan_figure("ffyp_target_agricultural_growth")
    return quiz.choice(
        f"Why would it be wrong to set grain output in tonnes against the plan's {target:g} % "
        f"a year for agriculture?",
        {
            "The target is the gross value of all farm output; grain is one crop": (
                "Grain can grow more slowly than the target while farm output as a whole meets "
                "it, so the comparison would make agriculture look short when, on official "
                "figures, it was not. Compare like with like."
            ),
            "The grain figures for 1952–57 are too unreliable to set against any target": (
                "Their reliability is debated, but that is not the point here: even perfect "
                "figures for tonnes of one crop are a different measure from the gross value "
                "of all farm output."
            ),
            "The target is for grain per person, so population growth must come out first": (
                "No: agriculture's target was a growth rate of the gross value of all farm "
                "output, not of grain per person; grain in tonnes is a different measure."
            ),
        },
        answer="The target is the gross value of all farm output; grain is one crop",
    )


def quiz_base_year() -> widgets.VBox:
    """Section 2: what moving an index's base year does."""
    return quiz.choice(
        "Set the base year to 1956 in the app. Why do the two lines suddenly look so much "
        "closer together?",
        {
            "An index shows growth since its base year: from 1956 that is one year": (
                "From a 1956 base only one year of growth, to 1957, is left to show. The "
                "choice of base year changes the picture, not the data, which is why a chart "
                "should always say what its base is."
            ),
            "Agriculture caught up with industry in 1956, the year grain per person peaked": (
                "The history has not changed: the same data are shown from a later start, so "
                "only one year of growth is left to show."
            ),
            "The app switches to a different data series when the base year moves": (
                "It uses the same series; only the year set to 100 has moved."
            ),
        },
        answer="An index shows growth since its base year: from 1956 that is one year",
    )


def quiz_capital_output() -> widgets.VBox:
    """Section 3: a higher capital-output ratio in capital goods delays the overtaking year."""
    before = _overtaking()
    after = _overtaking(v_k=4.0)
    return quiz.choice(
        "With the other sliders at their defaults, move the capital-goods capital–output ratio "
        "from 2 to 4. When does the high-share path overtake?",
        {
            "Later": (
                f"Year {after} instead of year {before}. Each unit of capital now makes fewer "
                f"new machines a year, so the reinvested share compounds more slowly "
                f"(1 + λ/v_k is smaller) and the high-share path needs longer to make up its "
                f"early shortfall in consumer goods."
            ),
            "Earlier": (
                "A higher ratio means more capital per machine made, so investment grows more "
                f"slowly, not faster: the overtaking year moves from {before} to {after}."
            ),
            "No change": (
                "That is what the consumer-goods ratio v_c does (it scales both paths alike); "
                f"v_k sets how fast investment compounds, so the year moves from {before} to "
                f"{after}."
            ),
        },
        answer="Later",
    )


def quiz_grain_need() -> widgets.VBox:
    """Section 4: more grain per town dweller, an earlier binding year, and what to trust."""
    before = two_sector.binding_year(food_path(grain_kg_per_person=GRAIN_KG_DEFAULT))
    after = two_sector.binding_year(food_path(grain_kg_per_person=250))
    return quiz.choice(
        f"In the app, raise the grain per town dweller from {GRAIN_KG_DEFAULT} to 250 kg. "
        f"What happens, and what does it tell you about the binding year?",
        {
            "It binds earlier, but trust the direction of the change, not the date": (
                f"It binds in {after} instead of {before}: each town dweller needs more of a "
                f"marketed surplus that is a fixed share of the harvest. That parameter, like "
                f"the urban share and the capital–output ratios, is illustrative, so trust the "
                f"direction of the effects, not the date."
            ),
            "It binds earlier, so the famine was bound to start in that year": (
                f"It does bind earlier ({after}), but the binding year moves with assumptions "
                f"that have no source: it is not a date in history."
            ),
            "It binds later, though the exact year rests on illustrative parameters": (
                "The caution about the year is right, but not the direction: more grain per "
                "town dweller means the towns need more of the same marketed surplus, so the "
                f"constraint binds sooner: {after} instead of {before}."
            ),
        },
        answer="It binds earlier, but trust the direction of the change, not the date",
    )


def quiz_testable_reason() -> widgets.VBox:
    """Section 5: which of the three reasons in [S1] this lesson's data can test."""
    return quiz.choice(
        "Which of the three reasons in [S1] can the data in this lesson test?",
        {
            "The imbalance between industrial and agricultural growth": (
                "The sector series measure it. Inefficiency would need evidence on costs per "
                "unit of output and idle or unfinished capacity; inflexible decision making, "
                "evidence on how plans were made and changed (documents, memoirs, the "
                "timeline). Neither is in this lesson's tables."
            ),
            "Dissatisfaction with inefficiency, which slow output growth would show": (
                "Slow growth need not mean inefficiency, and industry grew fast on every "
                "measure in this lesson. Inefficiency needs evidence on costs per unit of "
                "output and idle or unfinished capacity, which this lesson's tables do not hold."
            ),
            "Inflexible, highly centralised decision making by the ministries": (
                "That needs evidence on how plans were made and changed (documents, memoirs, "
                "the timeline), not output series."
            ),
            "All three, since output series reflect each of them": (
                "Output series can show only the imbalance; the other two reasons need other "
                "kinds of evidence."
            ),
        },
        answer="The imbalance between industrial and agricultural growth",
    )
