"""Lesson 07's readable tables and sentences: what a cell shows instead of a DataFrame."""

from __future__ import annotations

from helpers.core import display
from helpers.core.i18n import t, translated
from helpers.lessons.provinces import geography, procurement


def death_rate_table(year: int = 1960) -> display.Table:
    """Every province's registered death rate in ``year``, one column per source.

    MQY's panel beside the second sources, so that disagreements show (Guizhou 1960: 52.33
    against 49.87); provinces without a rate in a source show "—".
    """
    wide = geography.rates_by_source(year)
    sources = [c for c in wide.columns if c not in ("gb_code", "name_english")]
    shown = translated(wide.dropna(subset=sources, how="all"), "name_english")
    columns = {"name_english": t("Province")} | {
        s: t("{source}, deaths per 1,000", source=t(s)) for s in sources
    }
    missing = [t(name) for name in wide.loc[~wide.index.isin(shown.index), "name_english"]]
    notes = (
        t(
            "Registered rates are a floor: under-registration varied by province. No rate in "
            "any source for {provinces}.",
            provinces=", ".join(missing),
        )
        if missing
        else t("Registered rates are a floor."),
        t("Source: data/province_vital_rates.csv (MQY's panel as derived in data/raw/README.md)."),
    )
    return display.table(
        shown,
        columns,
        decimals=2,
        missing=t("the source has no rate for this province and year"),
        caption=t("Registered crude death rates by province, {year}", year=year),
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
    setting = procurement.setting_words(sample, famine_years, controls, grain).replace("\n", " ")
    return display.table(
        translated(table, "label"),
        {
            "label": t("Coefficient"),
            "estimate": t("Estimate (elasticity)"),
            "se": t("Standard error (clustered by province)"),
            "ci_low": t("95 % interval from"),
            "ci_high": t("95 % interval to"),
        },
        decimals=3,
        caption=t("Log deaths in the next year on log grain output, {setting}", setting=setting),
        notes=(
            t(
                "{observations} province-years, {provinces} provinces; province and year "
                "effects; standard errors clustered by province (CR1). The famine-year slope "
                "is normal + interaction, its standard error from the covariance.",
                observations=int(first["n_obs"]),
                provinces=int(first["n_provinces"]),
            ),
            t("Data: data/mqy_panel.csv (Meng, Qian & Yared 2015, replication panel)."),
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
