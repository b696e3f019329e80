"""What lesson 02's cells show when they are not charts: labelled tables built from the data.

Each function returns a :func:`helpers.core.display.table` whose figures come from the course
data or the lesson's models, so that every number the notebook's prose quotes is on screen.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data, display
from helpers.core.i18n import N_, number, t, translated
from helpers.lessons.decentralisation import mobilisation
from helpers.lessons.decentralisation.evidence import (
    BASE_YEAR,
    HARVEST_YEAR,
    NORMAL_RATE_YEAR,
    REPORTS_DEFAULTS,
    beidaihe_grain_expectation_mt,
    beidaihe_steel_target_mt,
    february_steel_plan_mt,
    mobilise,
    national,
    procurement_share,
    reports_table,
    rural_economy,
    second_plan_targets,
    steel_1958,
)

#: The Second Plan's targets in ``first_plan``, by indicator, in words.
SECOND_PLAN = {
    "second_plan_original_target_gvio": N_("Gross value of industrial output (original plan)"),
    "second_plan_original_target_gvao": N_("Gross value of farm output (original plan)"),
    "second_plan_original_target_steel_1962": N_("Steel (original plan)"),
    "second_plan_beidaihe_target_gvao": N_("Gross value of farm output (Beidaihe)"),
    "second_plan_beidaihe_target_grain_1962": N_("Grain (Beidaihe)"),
    "second_plan_beidaihe_target_steel_1962": N_("Steel (Beidaihe)"),
    "second_plan_beidaihe_target_grain_1959": N_("Grain for 1959 (Beidaihe)"),
    "second_plan_beidaihe_target_steel_1959": N_("Steel for 1959 (Beidaihe)"),
}

#: The three cases of the labour model shown under the app: name -> settings.
LABOUR_CASES = {
    N_("Winter only"): {"backyard_harvest": 0.0},
    N_("A fifth of the labour taken from the harvest"): {"backyard_harvest": 0.2},
    N_("The same, works well built"): {"backyard_harvest": 0.2, "quality": 1.0},
}


def _range(low: float, high: float) -> str:
    """``low`` (and ``high``), written the current language's way.

    >>> _range(10.6, 12.0), _range(2.0, None)
    ('10.6–12', '2')
    """
    return number(low, "g") if pd.isna(high) else f"{number(low, 'g')}–{number(high, 'g')}"


def second_plan_table() -> display.Table:
    """The Second Five-Year Plan's original targets and those raised at Beidaihe, sourced."""
    frame = second_plan_targets().set_index("indicator").loc[list(SECOND_PLAN)].reset_index()
    frame["target"] = frame["indicator"].map(lambda i: t(SECOND_PLAN[i]))
    frame = translated(frame, "unit", "source")
    frame["shown"] = [
        _range(v, h) for v, h in zip(frame["value"], frame["value_high"], strict=True)
    ]
    return display.table(
        frame,
        {
            "target": t("Target"),
            "period": t("For"),
            "shown": t("Value"),
            "unit": t("Unit"),
            "source": t("Source"),
        },
        caption=t("The Second Five-Year Plan (1958–62): original and Beidaihe targets"),
    )


def steel_targets_1958() -> display.Table:
    """Steel: the original Second Plan target, 1957's output, and the two plans for 1958."""
    plan = (
        second_plan_targets().set_index("indicator").loc["second_plan_original_target_steel_1962"]
    )
    before = national(BASE_YEAR, "steel_output_mt")
    february = february_steel_plan_mt()
    rows = [
        (t("Second Plan, original target"), "1962", _range(plan["value"], plan["value_high"]), ""),
        (t("Output recorded"), str(BASE_YEAR), number(before, "g"), ""),
        (
            t("Plan adopted in February 1958"),
            str(HARVEST_YEAR),
            number(february, "g"),
            t(
                "{percent} % above {year}",
                percent=number(100 * (february / before - 1), ".0f"),
                year=BASE_YEAR,
            ),
        ),
        (
            t("Target set at Beidaihe, August 1958"),
            str(HARVEST_YEAR),
            number(beidaihe_steel_target_mt(), "g"),
            "",
        ),
    ]
    frame = pd.DataFrame(rows, columns=["what", "year", "mt", "note"])
    return display.table(
        frame,
        {"what": t("Steel"), "year": t("For"), "mt": t("Million tonnes"), "note": t("Compared")},
        notes=(
            t(
                "Sources: first_plan (original target), national_series (1957 output), "
                "output_indices (February plan), timeline (Beidaihe)."
            ),
        ),
    )


def labour_model_settings() -> display.Table:
    """The labour model's settings: what comes from the course data and what is illustrative."""
    eco = rural_economy()
    mt, illustrative = t("million tonnes"), t("illustrative")
    rows = [
        (t("Normal harvest"), eco.normal_grain_mt, mt, t("sourced: {year} grain", year=BASE_YEAR)),
        (
            t("Steel from modern plants"),
            eco.modern_steel_mt,
            mt,
            t("sourced: {year} output; assumes no rise", year=BASE_YEAR),
        ),
        (
            t("Steel target"),
            beidaihe_steel_target_mt(),
            mt,
            t("sourced: Beidaihe, August 1958 (timeline)"),
        ),
    ]
    for s in eco.seasons:
        rows.append(
            (
                t("Farm work needs, {season}", season=t(s.name)),
                100 * s.farm_need_share,
                t("% of labour"),
                illustrative,
            )
        )
        rows.append(
            (
                t("Harvest at stake, {season}", season=t(s.name)),
                100 * s.harvest_at_stake,
                t("% of harvest"),
                illustrative,
            )
        )
    rows += [
        (
            t("Backyard iron and steel per labour-month"),
            eco.backyard_steel_mt_per_labour_month,
            mt,
            illustrative,
        ),
        (
            t("Usable share of backyard iron and steel"),
            100 * eco.backyard_usable_share,
            "%",
            illustrative,
        ),
        (
            t("Water works' gain per labour-month, well built"),
            eco.works_gain_mt_per_labour_month,
            t("million tonnes a year"),
            illustrative,
        ),
        (
            t("Water works' loss per labour-month, badly built"),
            eco.works_loss_mt_per_labour_month,
            t("million tonnes a year"),
            illustrative,
        ),
    ]
    frame = pd.DataFrame(rows, columns=["parameter", "value", "unit", "status"])
    frame["value"] = [number(v, "g") for v in frame["value"]]
    return display.table(
        frame,
        {
            "parameter": t("Parameter"),
            "value": t("Value"),
            "unit": t("Unit"),
            "status": t("Where it comes from"),
        },
        caption=t("The labour model's settings"),
        notes=(t("A labour-month is one month of the whole rural labour force."),),
    )


def mobilisation_cases() -> display.Table:
    """Three cases of the labour model side by side, and the break-even quality of the works."""
    frame = pd.concat(
        [mobilise(**settings).assign(case=t(name)) for name, settings in LABOUR_CASES.items()],
        ignore_index=True,
    )
    return display.table(
        frame,
        {
            "case": t("Case"),
            "grain_this_year_mt": t("Grain this year (Mt)"),
            "grain_lost_mt": t("Grain lost this year (Mt)"),
            "steel_total_mt": t("Iron and steel (Mt)"),
            "steel_usable_mt": t("Usable iron and steel (Mt)"),
            "works_payoff_mt_per_year": t("Works' extra grain a year, from next year (Mt)"),
        },
        notes=(
            t(
                "Winter: 30 % of the labour on water works, 10 % in backyard industry; works of "
                "quality 0.5 unless stated (all illustrative)."
            ),
            t(
                "Break-even quality: below {quality} the works take more grain "
                "every year than they add.",
                quality=number(mobilisation.break_even_quality(rural_economy()), ".2f"),
            ),
        ),
    )


def steel_record() -> display.Table:
    """Steel on the record, 1957-62, with the target for 1958 and the claim of December 1958."""
    steel = data.load_cached("national_series").set_index("year")["steel_output_mt"]
    claim = steel_1958().iloc[0]
    peak = int(steel.idxmax())
    rise = 100 * (steel[HARVEST_YEAR] / steel[BASE_YEAR] - 1)
    rows = [
        (t("Recorded, {year}", year=BASE_YEAR), steel[BASE_YEAR], ""),
        (
            t("Recorded, {year}", year=HARVEST_YEAR),
            steel[HARVEST_YEAR],
            t("{percent} % more than {year}", percent=number(rise, ".0f"), year=BASE_YEAR),
        ),
        (t("Target for {year}, Beidaihe", year=HARVEST_YEAR), beidaihe_steel_target_mt(), ""),
        (
            t("Claimed in December 1958 (to 19 December)"),
            claim["claimed_dec_1958_mt"],
            t(
                "{gap} Mt above the record (People's Daily 1958)",
                gap=number(claim["gap_mt"], "g"),
            ),
        ),
        (t("Highest recorded ({year})", year=peak), steel[peak], ""),
        (t("Recorded, {year}", year=1962), steel[1962], ""),
    ]
    frame = pd.DataFrame(rows, columns=["what", "mt", "note"])
    return display.table(
        frame,
        {"what": t("Steel"), "mt": t("Million tonnes"), "note": t("Note")},
        decimals=2,
        notes=(t("Recorded output: national_series, without the furnaces' 'native' steel."),),
    )


def grain_1958() -> display.Table:
    """The 1958 harvest in both official series, against what Beidaihe expected."""
    ns = data.load_cached("national_series").set_index("year")
    recorded = ns.loc[HARVEST_YEAR, "grain_output_revised_mt"]
    low, high = beidaihe_grain_expectation_mt()
    rows = [
        (
            t("{year}, revised series", year=BASE_YEAR),
            _range(ns.loc[BASE_YEAR, "grain_output_revised_mt"], None),
            "",
        ),
        (t("{year}, revised series", year=HARVEST_YEAR), _range(recorded, None), ""),
        (
            t("{year}, older official figure", year=HARVEST_YEAR),
            _range(ns.loc[HARVEST_YEAR, "grain_output_old_official_mt"], None),
            "",
        ),
        (
            t("{year}, expected at Beidaihe", year=HARVEST_YEAR),
            _range(low, high),
            t(
                "{low}–{high} times the revised harvest",
                low=number(low / recorded, ".2f"),
                high=number(high / recorded, ".2f"),
            ),
        ),
    ]
    frame = pd.DataFrame(rows, columns=["what", "mt", "note"])
    return display.table(
        frame,
        {"what": t("Grain harvest"), "mt": t("Million tonnes"), "note": t("Compared")},
        notes=(
            t("The expectation is 600–700 billion jin in the timeline; a jin is half a kilogram."),
        ),
    )


def procurement_table() -> display.Table:
    """Gross procurement as a share of the harvest, 1957-59, and the harvest the model uses."""
    years = (NORMAL_RATE_YEAR, HARVEST_YEAR, HARVEST_YEAR + 1)
    frame = pd.DataFrame(
        {"year": list(years), "share": [100 * procurement_share(y) for y in years]}
    )
    return display.table(
        frame,
        {"year": t("Year"), "share": t("State procurement, gross (% of the harvest)")},
        decimals={"year": 0, "share": 1},
        notes=(
            t(
                "The model's true harvest: {harvest} million tonnes ({year}, revised series); "
                "population {population} million (end of {year}).",
                harvest=number(national(HARVEST_YEAR, "grain_output_revised_mt"), "g"),
                population=number(national(HARVEST_YEAR, "population_yearend_million"), "g"),
                year=HARVEST_YEAR,
            ),
        ),
    )


def reports_readout() -> display.Table:
    """The reports model at 1957's rate for several average over-reports, labelled."""
    d = REPORTS_DEFAULTS
    return display.table(
        reports_table(),
        {
            "average_over_report_pct": t("Average over-report (%)"),
            "rate_on_reports_pct": t("Rate on reports (%)"),
            "taken_pct_of_real_harvest": t("Taken (% of the real harvest)"),
            "localities_below": t(
                "Localities below {kg} kg (of 20)", kg=number(d["subsistence_kg"])
            ),
        },
        decimals={
            "average_over_report_pct": 0,
            "rate_on_reports_pct": 1,
            "taken_pct_of_real_harvest": 1,
        },
        notes=(
            t(
                "Unevenness {spread}; subsistence line {kg} kg of grain a year (illustrative).",
                spread=number(d["inflation_spread"], "g"),
                kg=number(d["subsistence_kg"]),
            ),
        ),
    )
