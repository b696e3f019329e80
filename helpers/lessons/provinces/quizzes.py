"""Lesson 07's check-yourself questions, one function per question.

Each is a function ``quiz_<topic>()`` returning a :mod:`helpers.core.quiz` widget, so the
notebook's cell is one call and the reading-time count finds it. Every option carries the
reason it is right or wrong; figures in a question or a reason are computed from the
lesson's model, never typed.
"""

from __future__ import annotations

import ipywidgets as widgets

from helpers.core import quiz


def _signed(value: float) -> str:
    """A coefficient with its sign, three decimals, and a true minus sign."""
    return f"{value:+.3f}".replace("-", "\u2212")


def _row(sample: str, term: str) -> dict[str, float]:
    """One coefficient's row of the default regression (death years 1959-61, controls on)."""
    from helpers.lessons.provinces import procurement

    table = procurement.mqy_regression(sample=sample, famine_years=(1959, 1961), controls=True)
    row = table.set_index("term").loc[getattr(procurement, term)]
    return {k: float(row[k]) for k in ("estimate", "ci_low", "ci_high")}


def quiz_floor() -> widgets.VBox:
    """Section 1: what a registered provincial rate allows one to say."""
    right = "At least 20 in 1,000 died; perhaps more."
    return quiz.choice(
        "A province registered 20 deaths per 1,000 people in 1960. What does that figure "
        "let you say about how many people died there that year?",
        {
            right: (
                "A registered rate is a floor: at least that many deaths were registered. "
                "Lesson 06 showed that the registers missed millions of deaths nationally; how "
                "many each province missed cannot be read from the registers (demographers' "
                "reconstructions estimate it, and differ)."
            ),
            "Exactly 20 in every 1,000 people died.": (
                "Only if every death had been registered. The registers missed deaths, "
                "and not by the same amount everywhere."
            ),
            "Fewer than 20 in 1,000: famine registers always count too many deaths.": (
                "The evidence of lesson 06 points the other way: the national registers "
                "missed deaths, so a registered rate is a lower bound."
            ),
            "Nothing, because the map shows it grey.": (
                "Grey means no data: the six provinces missing from the replication data. "
                "A province with a rate is drawn in colour."
            ),
        },
        answer=right,
    )


def quiz_reversal() -> widgets.VBox:
    """Section 2: reading a coefficient whose interval crosses zero (the normal-year slope)."""
    normal, slope = _row("main", "GRAIN"), _row("main", "FAMINE_SLOPE")
    right = "No clear relation: the data cannot tell its sign."
    interval = f"{_signed(normal['ci_low'])} to {_signed(normal['ci_high'])}"
    return quiz.choice(
        f"With the default settings (MQY's constructed grain) the normal-year slope is "
        f"{_signed(normal['estimate'])}, with a 95 % interval from {interval}. What can you "
        "say about ordinary years?",
        {
            "More grain clearly went with fewer deaths.": (
                f"The interval ({interval}) includes zero: the data are consistent with a "
                "small negative relation, none, or a small positive one."
            ),
            right: (
                f"The interval ({interval}) includes zero, so the sign is not known. The "
                "finding is about the famine years: their slope "
                f"({_signed(slope['estimate'])}, {_signed(slope['ci_low'])} to "
                f"{_signed(slope['ci_high'])}) lies above zero."
            ),
            "More grain clearly went with more deaths, as in the famine.": (
                f"The estimate is near zero and its interval ({interval}) includes zero: "
                "nothing here says that more grain went with more deaths in ordinary years."
            ),
            "The regression must be wrong: more food should save lives.": (
                "A weak estimate is not a wrong one: provinces and years differ in many ways, "
                "and 19 provinces leave a wide interval. Read the interval before the sign."
            ),
        },
        answer=right,
    )


def quiz_politics() -> widgets.VBox:
    """Section 3: what the two political explanations dispute."""
    right = "Why leaders pushed: careers or loyalty to Mao."
    return quiz.choice(
        "Kung and Chen (2011) and Yang, Xu and Tao (2014) both study provincial leaders in "
        "the famine. What do they disagree about?",
        {
            "Whether provincial leaders made the famine worse than it would have been.": (
                "Kung and Chen find that they did, and Arcand and co-authors (2016) link "
                "leaders' ties to Mao with higher mortality: the dispute is about the motive."
            ),
            right: (
                "Kung and Chen point to career incentives (alternate members of the Central "
                "Committee who still had promotion to win); Yang and his co-authors to "
                "leaders' ties to Mao."
            ),
            "Whether a famine took place.": (
                "Both papers take the famine and its deaths as given; they argue about its causes."
            ),
        },
        answer=right,
    )


def quiz_counties() -> widgets.VBox:
    """Section 4: what the spread of county rates within one province implies."""
    right = "The province is not the whole story; the rest is still open."
    return quiz.choice(
        "In 1960 counties of the same province had very different death rates. What follows?",
        {
            "The provincial rates must be wrong, since they hide such differences.": (
                "A provincial rate is an average over very different counties; a wide "
                "spread does not make the average wrong."
            ),
            "Clans explain the difference between the counties.": (
                "The spread shows that something varied between counties, not what. Cao, Xu "
                "and Zhang (2022) argue for clans; that is one study, and others disagree."
            ),
            right: (
                "Part of the spread may come from how provincial quotas were passed down and "
                "enforced, part from local conditions, part from how well each county's "
                "register worked. It shows that the province is not the whole story, not "
                "what the rest is."
            ),
        },
        answer=right,
    )


def quiz_ecological() -> widgets.VBox:
    """Section 5: the ecological fallacy."""
    right = "No: that reads a pattern of places as one of people."
    return quiz.choice(
        "Meng, Qian and Yared report that in the famine years provinces with more grain had "
        "more deaths. Can you conclude that the families with more grain were more likely "
        "to die?",
        {
            "Yes: what holds for the provinces must hold for the families in them.": (
                "That is the ecological fallacy. In the procurement explanation, the grain "
                "taken from high-output regions killed, not a family's own grain."
            ),
            right: (
                "That is the ecological fallacy avoided: the data are rates for whole "
                "provinces. They can support an argument about places and policies, not about "
                "which families inside them died."
            ),
            "Yes, if the coefficient is statistically significant.": (
                "Significance says how precisely a relation between provinces is measured, "
                "not whether it holds for families."
            ),
        },
        answer=right,
    )
