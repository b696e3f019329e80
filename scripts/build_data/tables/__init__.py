"""One module per table of ``data/``, each holding that table's parsing, checks, fields and entry.

Every module has ``NAME`` (the table), ``NEEDS`` (the tables it is built from, which must come
before it in ``TABLES``) and ``build(ctx) -> Table``. ``TABLES`` is also the order of the
resources in ``data/datapackage.json``.
"""

from __future__ import annotations

from . import (
    communes,
    county_mortality,
    excess_death_estimates,
    first_plan,
    grain_procurement_trade,
    mqy_panel,
    national_series,
    output_indices,
    prefecture_cssi,
    province_codes,
    province_grain,
    province_vital_rates,
    timeline,
    value_added,
)

TABLES = (
    national_series,
    value_added,  # needs national_series (population checks GDP per capita)
    first_plan,  # needs value_added (the NBS figures it quotes)
    timeline,
    excess_death_estimates,
    grain_procurement_trade,  # needs national_series (grain output behind procurement shares)
    communes,
    output_indices,
    province_codes,  # lesson 07: the crosswalk the province tables join through
    province_vital_rates,  # needs province_codes
    province_grain,  # needs province_codes
    mqy_panel,  # needs province_codes
    county_mortality,  # needs province_codes
    prefecture_cssi,  # needs province_codes
)
