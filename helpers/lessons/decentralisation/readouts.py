"""What lesson 02's cells show when they are not charts: labelled tables built from the data.

Each function returns a :func:`helpers.core.display.table` whose figures come from the course
data or the lesson's models, so that every number the notebook's prose quotes is on screen.
"""

from __future__ import annotations

import pandas as pd

from helpers.core import data, display
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
    "second_plan_original_target_gvio": "Gross value of industrial output (original plan)",
    "second_plan_original_target_gvao": "Gross value of farm output (original plan)",
    "second_plan_original_target_steel_1962": "Steel (original plan)",
    "second_plan_beidaihe_target_gvao": "Gross value of farm output (Beidaihe)",
    "second_plan_beidaihe_target_grain_1962": "Grain (Beidaihe)",
    "second_plan_beidaihe_target_steel_1962": "Steel (Beidaihe)",
    "second_plan_beidaihe_target_grain_1959": "Grain for 1959 (Beidaihe)",
    "second_plan_beidaihe_target_steel_1959": "Steel for 1959 (Beidaihe)",
}

#: The three cases of the labour model shown under the app: name -> settings.
LABOUR_CASES = {
    "Winter only": {"backyard_harvest": 0.0},
    "A fifth of the labour taken from the harvest": {"backyard_harvest": 0.2},
    "The same, works well built": {"backyard_harvest": 0.2, "quality": 1.0},
}


def _range(low: float, high: float) -> str:
    return f"{low:g}" if pd.isna(high) else f"{low:g}–{high:g}"


def second_plan_table() -> display.Table:
    """The Second Five-Year Plan's original targets and those raised at Beidaihe, sourced."""
    frame = second_plan_targets().set_index("indicator").loc[list(SECOND_PLAN)].reset_index()
    frame["target"] = frame["indicator"].map(SECOND_PLAN)
    frame["shown"] = [
        _range(v, h) for v, h in zip(frame["value"], frame["value_high"], strict=True)
    ]
    return display.table(
        frame,
        {
            "target": "Target",
            "period": "For",
            "shown": "Value",
            "unit": "Unit",
            "source": "Source",
        },
        caption="The Second Five-Year Plan (1958–62): original and Beidaihe targets",
    )


def steel_targets_1958() -> display.Table:
    """Steel: the original Second Plan target, 1957's output, and the two plans for 1958."""
    plan = (
        second_plan_targets().set_index("indicator").loc["second_plan_original_target_steel_1962"]
    )
    before = national(BASE_YEAR, "steel_output_mt")
    february = february_steel_plan_mt()
    rows = [
        ("Second Plan, original target", "1962", _range(plan["value"], plan["value_high"]), ""),
        ("Output recorded", str(BASE_YEAR), f"{before:g}", ""),
        (
            "Plan adopted in February 1958",
            str(HARVEST_YEAR),
            f"{february:g}",
            f"{100 * (february / before - 1):.0f} % above {BASE_YEAR}",
        ),
        (
            "Target set at Beidaihe, August 1958",
            str(HARVEST_YEAR),
            f"{beidaihe_steel_target_mt():g}",
            "",
        ),
    ]
    frame = pd.DataFrame(rows, columns=["what", "year", "mt", "note"])
    return display.table(
        frame,
        {"what": "Steel", "year": "For", "mt": "Million tonnes", "note": "Compared"},
        notes=(
            "Sources: first_plan (original target), national_series (1957 output), "
            "output_indices (February plan), timeline (Beidaihe).",
        ),
    )


def labour_model_settings() -> display.Table:
    """The labour model's settings: what comes from the course data and what is illustrative."""
    eco = rural_economy()
    rows = [
        ("Normal harvest", eco.normal_grain_mt, "million tonnes", f"sourced: {BASE_YEAR} grain"),
        (
            "Steel from modern plants",
            eco.modern_steel_mt,
            "million tonnes",
            f"sourced: {BASE_YEAR} output; assumes no rise",
        ),
        (
            "Steel target",
            beidaihe_steel_target_mt(),
            "million tonnes",
            "sourced: Beidaihe, August 1958 (timeline)",
        ),
    ]
    for s in eco.seasons:
        rows.append(
            (f"Farm work needs, {s.name}", 100 * s.farm_need_share, "% of labour", "illustrative")
        )
        rows.append(
            (
                f"Harvest at stake, {s.name}",
                100 * s.harvest_at_stake,
                "% of harvest",
                "illustrative",
            )
        )
    rows += [
        (
            "Backyard iron and steel per labour-month",
            eco.backyard_steel_mt_per_labour_month,
            "million tonnes",
            "illustrative",
        ),
        (
            "Usable share of backyard iron and steel",
            100 * eco.backyard_usable_share,
            "%",
            "illustrative",
        ),
        (
            "Water works' gain per labour-month, well built",
            eco.works_gain_mt_per_labour_month,
            "million tonnes a year",
            "illustrative",
        ),
        (
            "Water works' loss per labour-month, badly built",
            eco.works_loss_mt_per_labour_month,
            "million tonnes a year",
            "illustrative",
        ),
    ]
    frame = pd.DataFrame(rows, columns=["parameter", "value", "unit", "status"])
    frame["value"] = [f"{v:g}" for v in frame["value"]]
    return display.table(
        frame,
        {
            "parameter": "Parameter",
            "value": "Value",
            "unit": "Unit",
            "status": "Where it comes from",
        },
        caption="The labour model's settings",
        notes=("A labour-month is one month of the whole rural labour force.",),
    )


def mobilisation_cases() -> display.Table:
    """Three cases of the labour model side by side, and the break-even quality of the works."""
    frame = pd.concat(
        [mobilise(**settings).assign(case=name) for name, settings in LABOUR_CASES.items()],
        ignore_index=True,
    )
    return display.table(
        frame,
        {
            "case": "Case",
            "grain_this_year_mt": "Grain this year (Mt)",
            "grain_lost_mt": "Grain lost this year (Mt)",
            "steel_total_mt": "Iron and steel (Mt)",
            "steel_usable_mt": "Usable iron and steel (Mt)",
            "works_payoff_mt_per_year": "Works' extra grain a year, from next year (Mt)",
        },
        notes=(
            "Winter: 30 % of the labour on water works, 10 % in backyard industry; works of "
            "quality 0.5 unless stated (all illustrative).",
            f"Break-even quality: below "
            f"{mobilisation.break_even_quality(rural_economy()):.2f} the works take more grain "
            f"every year than they add.",
        ),
    )


def steel_record() -> display.Table:
    """Steel on the record, 1957-62, with the target for 1958 and the claim of December 1958."""
    steel = data.load_cached("national_series").set_index("year")["steel_output_mt"]
    claim = steel_1958().iloc[0]
    peak = int(steel.idxmax())
    rise = 100 * (steel[HARVEST_YEAR] / steel[BASE_YEAR] - 1)
    rows = [
        (f"Recorded, {BASE_YEAR}", steel[BASE_YEAR], ""),
        (f"Recorded, {HARVEST_YEAR}", steel[HARVEST_YEAR], f"{rise:.0f} % more than {BASE_YEAR}"),
        (f"Target for {HARVEST_YEAR}, Beidaihe", beidaihe_steel_target_mt(), ""),
        (
            "Claimed in December 1958 (to 19 December)",
            claim["claimed_dec_1958_mt"],
            f"{claim['gap_mt']:g} Mt above the record (People's Daily 1958)",
        ),
        (f"Highest recorded ({peak})", steel[peak], ""),
        ("Recorded, 1962", steel[1962], ""),
    ]
    frame = pd.DataFrame(rows, columns=["what", "mt", "note"])
    return display.table(
        frame,
        {"what": "Steel", "mt": "Million tonnes", "note": "Note"},
        decimals=2,
        notes=("Recorded output: national_series, without the furnaces' 'native' steel.",),
    )


def grain_1958() -> display.Table:
    """The 1958 harvest in both official series, against what Beidaihe expected."""
    ns = data.load_cached("national_series").set_index("year")
    recorded = ns.loc[HARVEST_YEAR, "grain_output_revised_mt"]
    low, high = beidaihe_grain_expectation_mt()
    rows = [
        (
            f"{BASE_YEAR}, revised series",
            _range(ns.loc[BASE_YEAR, "grain_output_revised_mt"], None),
            "",
        ),
        (f"{HARVEST_YEAR}, revised series", _range(recorded, None), ""),
        (
            f"{HARVEST_YEAR}, older official figure",
            _range(ns.loc[HARVEST_YEAR, "grain_output_old_official_mt"], None),
            "",
        ),
        (
            f"{HARVEST_YEAR}, expected at Beidaihe",
            _range(low, high),
            f"{low / recorded:.2f}–{high / recorded:.2f} times the revised harvest",
        ),
    ]
    frame = pd.DataFrame(rows, columns=["what", "mt", "note"])
    return display.table(
        frame,
        {"what": "Grain harvest", "mt": "Million tonnes", "note": "Compared"},
        notes=(
            "The expectation is 600–700 billion jin in the timeline; a jin is half a kilogram.",
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
        {"year": "Year", "share": "State procurement, gross (% of the harvest)"},
        decimals={"year": 0, "share": 1},
        notes=(
            f"The model's true harvest: {national(HARVEST_YEAR, 'grain_output_revised_mt'):g} "
            f"million tonnes ({HARVEST_YEAR}, revised series); population "
            f"{national(HARVEST_YEAR, 'population_yearend_million'):g} million (end of "
            f"{HARVEST_YEAR}).",
        ),
    )


def reports_readout() -> display.Table:
    """The reports model at 1957's rate for several average over-reports, labelled."""
    d = REPORTS_DEFAULTS
    return display.table(
        reports_table(),
        {
            "average_over_report_pct": "Average over-report (%)",
            "rate_on_reports_pct": "Rate on reports (%)",
            "taken_pct_of_real_harvest": "Taken (% of the real harvest)",
            "localities_below": f"Localities below {d['subsistence_kg']} kg (of 20)",
        },
        decimals={
            "average_over_report_pct": 0,
            "rate_on_reports_pct": 1,
            "taken_pct_of_real_harvest": 1,
        },
        notes=(
            f"Unevenness {d['inflation_spread']:g}; subsistence line {d['subsistence_kg']} kg "
            f"of grain a year (illustrative).",
        ),
    )
