"""Lesson 04's check-yourself questions, one function each (a notebook cell calls one).

Figures in the questions and reasons are read from the course data, not typed.
"""

from __future__ import annotations

import ipywidgets as widgets

from helpers.core import data, quiz
from helpers.lessons.crisis import index_chains
from helpers.lessons.crisis.evidence import grain_series, loc_growth


def quiz_two_levels() -> widgets.VBox:
    """Section 1: one year's disagreement about growth is a disagreement about every later level."""
    text = 100 + index_chains.source_text_changes("industry")[1958]
    loc = 100 + loc_growth(1958)
    gap = 100 * (text / loc - 1)
    return quiz.choice(
        f"Chained from 1957 = 100, the text's 1958 figure gives {text:.0f} and the Library of "
        f"Congress's {loc:.0f}. If both series use the same changes from 1959 on, what happens "
        "to the gap?",
        {
            "It shrinks year by year": (
                "No: every later level is the 1958 level times the same factors, so the ratio "
                f"between the two paths stays {text:.0f} / {loc:.0f}."
            ),
            f"It stays about {gap:.0f} % in every later year": (
                f"{text:.0f} / {loc:.0f} = {text / loc:.3f}, and the same later factors "
                "multiply both. A disagreement about one year's growth is a disagreement about "
                "every later level."
            ),
            "It stays ten index points in every later year": (
                "the ratio stays fixed, not the difference in points; when both "
                "levels rise, ten points become more, when both fall, fewer."
            ),
        },
        answer=f"It stays about {gap:.0f} % in every later year",
    )


def quiz_base_year() -> widgets.VBox:
    """Section 2: why the text's farm line disappears on 1957 = 100."""
    return quiz.choice(
        "In the app, with agriculture on base year 1957, the source text's line disappears. Why?",
        {
            "The text gives no 1958 change to link its chain back to 1957": (
                "the text says only that the 1958 harvest was good [S17]; its chain starts "
                "in 1958. To draw it on 1957 = 100 you would have to borrow a 1958 change from "
                "another series, such as grain, and say that you did. The app draws only what "
                "each series can support."
            ),
            "The text's line is hidden behind a grain line on 1957 = 100": (
                "No: the app draws every line it can, and the text's line is not drawn at all. "
                "The series has no 1957 figure: its chain has no link from 1957 to 1958."
            ),
            "The app only draws series that fall, and farm output fell from 1959": (
                "No: value added at current prices rises in 1961 and is drawn. The line is "
                "missing because the text's chain has no link from 1957 to 1958."
            ),
        },
        answer="The text gives no 1958 change to link its chain back to 1957",
    )


def quiz_new_plants() -> widgets.VBox:
    """Section 3: which series would show the First-Plan plants' output [S23]."""
    ns = data.load_cached("national_series").set_index("year")
    steel = ns.loc[1957:1960, "steel_output_mt"]
    rising = bool((steel.diff().dropna() > 0).all())
    return quiz.choice(
        "The text says industry grew until 1960 mainly because First Five-Year Plan plants came "
        "into full production [S23]. Which series in this section comes closest to showing that?",
        {
            "Steel in tonnes": (
                "physical output of what such plants made comes closest"
                + (f"; steel rose every year to 1960 ({steel[1960]:.2f} Mt). " if rising else ". ")
                + "But no series here separates the new plants from the rest of industry: that "
                "needs plant-level data, which the course does not hold."
            ),
            "Industry value added at current prices": (
                "Not the best: a series at current prices mixes price changes in with quantities."
            ),
            "The Library of Congress growth rates": (
                "Not the best: they cover industry as a whole, and disagree with the official "
                "figures in 1958-60."
            ),
        },
        answer="Steel in tonnes",
    )


def quiz_villages() -> widgets.VBox:
    """Section 4: why grain left in the villages fell by more than the harvest."""
    grain = data.load_cached("national_series").set_index("year")["grain_output_revised_mt"]
    p57, p59 = grain_series("procurement_gross", 1957), grain_series("procurement_gross", 1959)
    return quiz.choice(
        f"From 1957 to 1959 the harvest fell from {grain[1957]:.1f} to {grain[1959]:.1f} Mt, but "
        f"grain left in the villages fell from {grain[1957] - p57:.1f} to {grain[1959] - p59:.1f} "
        "Mt. Why did the villages lose more than the harvest did?",
        {
            "The state's procurement rose while the harvest fell": (
                f"the villages kept the harvest minus procurement, and procurement rose "
                f"from {p57:.2f} to {p59:.2f} Mt, so they lost both the shortfall and the state's "
                "extra take. To know what people actually had you would also need grain sold "
                "back to the villages (no source in the course data gives it), seed and feed, and "
                "how the rest was shared."
            ),
            "Grain imports went to the towns instead of the villages": (
                "No: China was still a net exporter of grain in 1959; imports came from 1961."
            ),
            "The revised harvest series is too low for 1958-60": (
                "No: the revision moved 1958-60 by under 2 %; the difference is procurement."
            ),
        },
        answer="The state's procurement rose while the harvest fell",
    )


def quiz_rules_coincide() -> widgets.VBox:
    """Section 5: with no harvest fall the two procurement rules give the same line."""
    return quiz.choice(
        "In the app, keep the fixed quota and set the harvest fall to 0 %. The two rules now give "
        "the same line. What does that tell you about the fixed quota's harm?",
        {
            "It comes only from a falling harvest": (
                "with no fall every harvest equals 1958's, so a fixed share of the 1958 "
                "harvest and the same share of each harvest are the same tonnage. A fixed quota "
                "keeps the state's take at a good year's level and leaves the whole shortfall in "
                "the villages; section 4's rising shares show the real take did not fall either."
            ),
            "The fixed quota is harmless: it takes the same tonnage every year": (
                "No: it is harmless only when harvests do not fall. Set the fall back to 100 % "
                "and it leaves less grain in the villages than the share rule in every bad year."
            ),
            "The subsistence line sets the quota": (
                "No: the subsistence line is illustrative and does not enter the procurement; it "
                "only marks the kilograms a person needs."
            ),
        },
        answer="It comes only from a falling harvest",
    )


def quiz_same_series() -> widgets.VBox:
    """Section 6: excess deaths need the famine and normal years measured the same way."""
    return quiz.choice(
        "Banister's reconstructed death rate is above the registered one in every year, not only "
        "in 1959-61. You want deaths caused by the famine: deaths above a normal level. Which "
        "comparison is sound?",
        {
            "Reconstructed famine years against registered normal years": (
                "No: that counts registration's everyday gap as famine deaths, and overstates "
                "the famine."
            ),
            "Famine and normal years from the same series": (
                "the two must be measured the same way. Even then, registered against "
                "registered understates the famine if registration missed more deaths in "
                "1959-61; how much it missed, and when, is a main reason the estimates differ "
                "(lesson 06)."
            ),
            "Registered famine years alone, with no normal level": (
                "No: excess deaths are deaths above a normal level, so a baseline is needed."
            ),
        },
        answer="Famine and normal years from the same series",
    )
