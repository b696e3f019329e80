"""The build loop: every table in dependency order, then the descriptor and README, written.

Nothing is written unless every table builds and every check passes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import boundaries
from .common import BuildError, Context, check_readings_used
from .descriptor import package
from .readme import readme
from .tables import TABLES

REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCES = REPO / "data" / "raw"
DEFAULT_OUT = REPO / "data"


def build_tables(src: Path) -> Context:
    """Build every table from the inputs in ``src``; each after the tables it needs."""
    ctx = Context(src)
    for module in TABLES:
        missing = [name for name in module.NEEDS if name not in ctx.tables]
        if missing:
            raise BuildError(f"{module.NAME} needs {missing}: list it after them in TABLES")
        table = module.build(ctx)
        if table.name != module.NAME:
            raise BuildError(f"{module.__name__} built {table.name!r}, not {module.NAME!r}")
        ctx.tables[module.NAME] = table
    # Checks across tables: a period reading must be used by grain or output_indices.
    check_readings_used(ctx.periods_used)
    ctx.files.append(boundaries.build(ctx))  # the map: checked against province_codes
    return ctx


def build(src: Path, out: Path) -> dict:
    """Build every table from ``src`` and write them with the descriptor into ``out``."""
    ctx = build_tables(src)
    inputs = {name: (src / name).read_bytes() for name in ctx.inputs_read}
    entries = [entry for _, entry in ctx.files]
    descriptor = package([t.resource for t in ctx.tables.values()], inputs, entries)

    out.mkdir(parents=True, exist_ok=True)
    for table in ctx.tables.values():
        (out / table.resource["path"]).write_bytes(table.data)
    for data, entry in ctx.files:
        (out / entry["path"]).write_bytes(data)
    text = json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
    (out / "datapackage.json").write_bytes(text.encode("utf-8"))
    (out / "README.md").write_bytes(readme(descriptor).encode("utf-8"))
    return descriptor


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m scripts.build_data",
        description="Build the course's tidy tables in data/ from the raw inputs in data/raw/.",
    )
    parser.add_argument(
        "--sources",
        type=Path,
        default=DEFAULT_SOURCES,
        help="folder with the source CSVs (default: data/raw/)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder to write the tables into (default: data/)",
    )
    args = parser.parse_args(argv)
    try:
        descriptor = build(args.sources.resolve(), args.out)
    except BuildError as exc:
        print(f"build_data: {exc}", file=sys.stderr)
        return 1
    for res in descriptor["resources"]:
        print(f"{res['path']}: {res['rows']} rows, {res['bytes']} bytes")
    for res in descriptor["boundaries"]:
        print(f"{res['path']}: {res['units']} units, {res['bytes']} bytes")
    return 0
