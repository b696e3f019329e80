"""Lesson 05's check-yourself questions, one function per section.

Each returns a :mod:`helpers.core.quiz` widget; every option carries the reason it is
right or wrong.
"""

from __future__ import annotations

from helpers.core import quiz


def quiz_first_retreat():
    """Section 1: what the winter of 1958-59 retreat did and did not do."""
    return quiz.choice(
        "What did the first retreat of winter 1958-59 (Zhengzhou, Wuchang) change?",
        {
            "It cut targets and moved accounting down, but kept the harvest claims": "Some "
            "targets were cut, accounting began to move down to brigades and teams and some "
            "false reports were admitted, but the leadership still believed in a huge 1958 "
            "harvest and kept the Leap and the communes.",
            "It ended the Great Leap Forward, as Mao criticised 'left' excesses": "No: Mao did "
            "criticise 'left' excesses, but the Leap went on; the retreat trimmed it, and "
            "after Lushan it was pushed forward again in 1960.",
            "It abolished the communes, but kept the Leap and its harvest claims": "No: the "
            "communes stayed, in name until the early 1980s [S15]; what moved was where "
            "decisions and accounts were kept [S14].",
        },
        answer="It cut targets and moved accounting down, but kept the harvest claims",
    )


def quiz_lushan():
    """Section 2: why most historians tie the worst year, 1960, to Lushan."""
    return quiz.choice(
        "Why do most historians see the Lushan meetings of 1959 as a cause of 1960 being the worst year?",
        {
            "Peng Dehuai's purge made officials hide hunger and keep taking grain": "After "
            "Lushan and the campaign against right deviation, reporting starvation risked being "
            "labelled a rightist; mess halls were pushed back, the 1960 plan raised targets "
            "again, and procurement stayed on inflated harvest figures.",
            "Lushan ordered more grain exports to repay the Soviet debt": "No: exports were a "
            "separate decision of the trade and debt plans; Lushan's effect was political, on "
            "what officials dared to report and do.",
            "The Soviet experts left during the Lushan meetings": "No: the Soviet note withdrawing "
            "the experts is dated 16 July 1960, a year later (data/timeline.csv).",
            "Bad weather followed the meetings: the 'three years of natural disasters'": "Weather "
            "mattered and its weight is debated (the official name for the crisis puts it "
            "first), but it does not explain why the state kept extracting grain as the "
            "harvest fell.",
        },
        answer="Peng Dehuai's purge made officials hide hunger and keep taking grain",
    )


def quiz_exports():
    """Section 3: person-years of the 1959 net exports at 200 kg."""
    return quiz.number(
        "At an illustrative 200 kg of grain a person a year, how many million people could "
        "the 4.2 million tonnes of 1959's net exports have fed for a year?",
        21.0,
        explain="4.2 million tonnes is 4.2 billion kg; divided by 200 kg that is 21 million "
        "person-years. The ration is illustrative: at 250 kg it is 16.8 million.",
        hint="one million tonnes is a billion kg; divide by the ration.",
        unit="million",
        rel=0.02,
        wrong={
            2.1: "A factor of ten out: 4.2 billion kg / 200 kg = 21 million.",
            840.0: "That multiplies by the ration: divide instead.",
            21e6: "That is the number of people; the answer is in millions: 21.",
            42.0: "That divides by 100 kg; the ration here is 200 kg.",
        },
    )


def quiz_recovery():
    """Section 4: what made the production team the basic accounting unit, and when."""
    return quiz.choice(
        "Which measure made the production team, about 30 households [S11], the basic accounting unit?",
        {
            "The Central Committee directive of 13 February 1962": "'Three-level ownership, "
            "with the team as the base' (data/timeline.csv), after the Seven Thousand Cadres "
            "Conference.",
            "The Central Committee's Twelve Articles of November 1960": "Not yet: the Twelve "
            "Articles reaffirmed the brigade as the basic unit and curbed requisitioning and "
            "the 'communist wind'.",
            "The Wuchang plenum of November 1958, which trimmed targets": "No: Wuchang trimmed "
            "targets and began the first retreat while the commune was still the accounting "
            "unit in most places.",
        },
        answer="The Central Committee directive of 13 February 1962",
    )
