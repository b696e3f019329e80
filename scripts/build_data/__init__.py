"""Build the course's tidy tables in ``data/`` from the raw inputs in ``data/raw/``.

Run from the repository root::

    .venv/bin/python -m scripts.build_data        # or: make data

``--sources`` defaults to ``data/raw/`` and ``--out`` to ``data/``. The build is deterministic:
the same sources give byte-identical files (no timestamps, fixed row and key order, numbers
formatted from exact decimals), and ``tests/core/test_data_build.py`` rebuilds into a temporary
folder and compares. Nothing is written if a check fails (``BuildError``, exit status 1).

What it writes
--------------
``national_series.csv``         one row per year 1949-1966: population, birth and death rates
                                (official and Banister's reconstruction), grain, steel
``value_added.csv``             NBS value added at current prices, 1952-1962
``first_plan.csv``              First Five-Year Plan figures and Second Plan targets, long form
``timeline.csv``                dated events 1953-1964, each with one theme
``excess_death_estimates.csv``  published estimates of excess deaths, with editorial method columns
``grain_procurement_trade.csv`` procurement, trade and food supply, long form, every source row
``communes.csv``                people's communes: counts, households, sizes, dated, long form
``output_indices.csv``          gross output, growth, structure, investment (rows not in value_added)
``datapackage.json``            Frictionless-style descriptor: sources, licences, units, sha256,
                                and the inputs read (``build.inputs``, with their sha256)
``README.md``                   a human-readable summary, generated from the descriptor

How it is organised
-------------------
``tables/<table>.py``  one module per table: its parsing, checks, vocabularies, field schema
                       and descriptor entry, with a docstring on its conversions and checks
``tables/__init__``    ``TABLES``: the build order, each table after the tables it needs
                       (value_added after national_series, first_plan after value_added,
                       grain_procurement_trade after national_series)
``common.py``          reading, exact numbers, CSV writing, dates, values and periods
``sources.py``         licences and the source entries of the descriptor
``descriptor.py``      field helpers, one resource per table, the package descriptor
``readme.py``          data/README.md from the descriptor
``run.py``             the build loop and the command line
"""

from __future__ import annotations

from .common import BuildError
from .run import build, build_tables, main

__all__ = ["BuildError", "build", "build_tables", "main"]
