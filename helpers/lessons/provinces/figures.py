"""Lesson 07's static figure: each province's registered death rate, 1954-1966."""

from __future__ import annotations

import altair as alt

from helpers.lessons.provinces import charts, geography
from helpers.lessons.provinces.evidence import province_names


def small_multiples() -> alt.FacetChart:
    """Small multiples of the 24 provinces with a death-rate series (MQY's, or Tombstone's)."""
    rates = geography.preferred_rates()
    rates = rates[rates["year"].between(1954, 1966)]
    return charts.small_multiples_chart(
        rates.assign(name_english=rates["gb_code"].map(province_names()))
    )
