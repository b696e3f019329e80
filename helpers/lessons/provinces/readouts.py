"""Lesson 07's readable tables and sentences: what a cell shows instead of a DataFrame."""

from __future__ import annotations

from helpers.core import display
from helpers.lessons.provinces import geography, procurement


def death_rate_table(year: int = 1960) -> display.Table:
    """Every province's registered death rate in ``year``, one column per source.

    MQY's panel beside the second sources, so that disagreements show (Guizhou 1960: 52.33
    against 49.87); provinces without a rate in a source show "—".
    """
    wide = geography.rates_by_source(year)
    sources = [c for c in wide.columns if c not in ("gb_code", "name_english")]
    shown = wide.dropna(subset=sources, how="all")
    columns = {"name_english": "Province"} | {s: f"{s}, deaths per 1,000" for s in sources}
    missing = wide.loc[~wide.index.isin(shown.index), "name_english"].tolist()
    notes = (
        f"Registered rates are a floor: under-registration varied by province. No rate in any "
        f"source for {', '.join(missing)}."
        if missing
        else "Registered rates are a floor.",
        "Source: data/province_vital_rates.csv (MQY's panel as derived in data/raw/README.md).",
    )
    return display.table(
        shown,
        columns,
        decimals=2,
        missing="the source has no rate for this province and year",
        caption=f"Registered crude death rates by province, {year}",
        notes=notes,
    )


def regression_table(
    sample: str = "main",
    famine_years: tuple[int, int] = (1959, 1961),
    controls: bool = True,
    grain: str = "constructed",
) -> display.Table:
    """:func:`.procurement.mqy_regression`'s coefficients as a readable table."""
    table = procurement.mqy_regression(sample, famine_years, controls, grain)
    first = table.iloc[0]
    return display.table(
        table,
        {
            "label": "Term",
            "estimate": "Estimate (elasticity)",
            "se": "Standard error (clustered by province)",
            "ci_low": "95 % interval from",
            "ci_high": "95 % interval to",
        },
        decimals=3,
        caption="Log deaths in the next year on log grain output, "
        + procurement.setting_words(sample, famine_years, controls, grain),
        notes=(
            f"{int(first['n_obs'])} province-years, {int(first['n_provinces'])} provinces; "
            "province and year effects; standard errors clustered by province (CR1). The "
            "famine-year slope is normal + interaction, its standard error from the covariance.",
            "Data: data/mqy_panel.csv (Meng, Qian & Yared 2015, replication panel).",
        ),
    )


def regression_sentence(
    sample: str = "main",
    famine_years: tuple[int, int] = (1959, 1961),
    controls: bool = True,
    grain: str = "constructed",
) -> display.Prose:
    """The regression's grain slopes in words (computed, not typed)."""
    table = procurement.mqy_regression(sample, famine_years, controls, grain)
    return display.prose(procurement.sentence(table, famine_years, controls))
