"""One module per table of ``data/``, each holding that table's parsing, checks, fields and entry.

Every module has ``NAME`` (the table), ``NEEDS`` (the tables it is built from, which must come
before it in ``TABLES``) and ``build(ctx) -> Table``. ``TABLES`` is also the order of the
resources in ``data/datapackage.json``.
"""

from __future__ import annotations

from . import (
    communes,
    excess_death_estimates,
    first_plan,
    grain_procurement_trade,
    national_series,
    output_indices,
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
)
