"""Cut lesson 07's provincial, county and prefecture inputs into ``data/raw/provinces/``.

The course team's compilation folder (``shared/sources/``, outside the repository) holds large
files of which lesson 07 uses a part. This script copies or cuts them, deterministically, into
``data/raw/provinces/`` (``data/raw/README.md`` records each file with its sha256):

``mqy2015_rART.csv``
    copied unchanged (the Meng, Qian & Yared replication panel, from the R package rART);
``provincial_demography_cdr_second_sources.csv``
    the ``crude_death_rate`` rows of ``round2/provincial_demography.csv`` whose source is *not*
    the MQY panel (Sun Jingxian; the Anhui gazetteer as he tabulates it; the Fujian yearbook),
    all columns, unchanged and in file order (the MQY rows are derived again by the build);
``provincial_series_candidates_cdr.csv``
    the ``crude_death_rate`` rows of ``provincial_series_candidates.csv`` (round 1: Sichuan and
    Henan from Yang Jisheng's table), all columns, unchanged and in file order;
``cxz2022_county_mortality_cut.csv``
    ``round2/raw/cxz2022_county_mortality_fdid.csv`` cut to the columns the lesson uses
    (``COUNTY_COLUMNS``), every row, values as printed;
``prefecture_cssi.csv``
    ``cssi_famine_severity/Prefecture_cssi.csv`` with its UTF-8 byte-order mark removed and
    LF line ends; nothing else changed.

Run from the repository root::

    .venv/bin/python -m scripts.cut_provinces /work/shared/sources

and it prints each output's sha256 and row count. Cutting a cut changes nothing.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "raw" / "provinces"
MQY_SOURCE = "Meng, Qian & Yared"
#: The county panel's columns the lesson uses (identifiers, outcome, population, clans).
COUNTY_COLUMNS = ("provid", "countyid", "year", "mortality", "lnpop", "pczupu")


def _rows(data: bytes) -> tuple[list[str], list[list[str]]]:
    text = data.decode("utf-8-sig")
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    return header, [row for row in reader if row]


def _write(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def keep_rows(data: bytes, keep) -> bytes:
    """The header and the rows for which ``keep(dict)`` is true, all columns, in file order."""
    header, rows = _rows(data)
    kept = [row for row in rows if keep(dict(zip(header, row, strict=True)))]
    if not kept:
        raise ValueError("no rows kept")
    return _write(header, kept)


def keep_columns(data: bytes, columns: tuple[str, ...]) -> bytes:
    """Every row, cut to ``columns`` in that order."""
    header, rows = _rows(data)
    missing = [c for c in columns if c not in header]
    if missing:
        raise ValueError(f"columns {missing} are not in the header {header}")
    at = [header.index(c) for c in columns]
    return _write(list(columns), [[row[i] for i in at] for row in rows])


def second_source_cdr(row: dict) -> bool:
    return row["series"] == "crude_death_rate" and not row["source"].startswith(MQY_SOURCE)


def cuts(shared: Path) -> dict[str, bytes]:
    """Every output file's name and bytes, from the compilation folder ``shared``."""
    round2 = shared / "round2"
    return {
        "mqy2015_rART.csv": (round2 / "raw" / "mqy2015_rART.csv").read_bytes(),
        "provincial_demography_cdr_second_sources.csv": keep_rows(
            (round2 / "provincial_demography.csv").read_bytes(), second_source_cdr
        ),
        "provincial_series_candidates_cdr.csv": keep_rows(
            (shared / "provincial_series_candidates.csv").read_bytes(),
            lambda row: row["series"] == "crude_death_rate",
        ),
        "cxz2022_county_mortality_cut.csv": keep_columns(
            (round2 / "raw" / "cxz2022_county_mortality_fdid.csv").read_bytes(), COUNTY_COLUMNS
        ),
        "prefecture_cssi.csv": _write(
            *_rows((shared / "cssi_famine_severity" / "Prefecture_cssi.csv").read_bytes())
        ),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("shared", type=Path, help="the compilation folder shared/sources/")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the cuts")
    args = parser.parse_args(argv)
    try:
        files = cuts(args.shared)
    except (OSError, ValueError) as exc:
        print(f"cut_provinces: {exc}", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (args.out / name).write_bytes(data)
        rows = len(data.decode("utf-8").splitlines()) - 1
        print(f"{name}: sha256 {hashlib.sha256(data).hexdigest()}, {rows} data rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
