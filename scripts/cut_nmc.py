"""Cut the Correlates of War NMC file to China's rows for ``data/raw/``.

The upstream file (``NMC-60-abridged.csv``, every state 1816-2016, 900 KB) is copied from
``jcook125/Slide-Deck-Rmd``; the course uses only China (``ccode`` 710). This script keeps the
header line and every line whose ``ccode`` is 710, byte for byte and in file order, each ending
in ``\\n``. Nothing else is changed, so the same input always gives the same output.

Run from the repository root, with the upstream file wherever it is::

    .venv/bin/python -m scripts.cut_nmc path/to/NMC-60-abridged.csv

It writes ``data/raw/cow_nmc/NMC-60-abridged-china.csv`` (``--out`` to change) and prints the
sha256 and data-row count of the input and of the cut, as recorded in ``data/raw/README.md``.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "data" / "raw" / "cow_nmc" / "NMC-60-abridged-china.csv"
CHINA = "710"


def cut(data: bytes, ccode: str = CHINA) -> bytes:
    """Keep the header and the lines of one state (by ``ccode``), unchanged, LF-terminated."""
    lines = data.decode("utf-8").splitlines()
    if not lines:
        raise ValueError("the NMC file is empty")
    header = next(csv.reader([lines[0]]))
    if "ccode" not in header:
        raise ValueError(f"no ccode column in the header: {header}")
    column = header.index("ccode")
    kept = [lines[0]]
    for line in lines[1:]:
        (row,) = csv.reader([line])
        if row[column] == ccode:
            kept.append(line)
    if len(kept) == 1:
        raise ValueError(f"no rows with ccode {ccode}")
    return "".join(f"{line}\n" for line in kept).encode("utf-8")


def summary(data: bytes) -> str:
    """'sha256 <hex>, <n> data rows' for a CSV file's bytes."""
    rows = len(data.decode("utf-8").splitlines()) - 1
    return f"sha256 {hashlib.sha256(data).hexdigest()}, {rows} data rows"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="the upstream NMC-60-abridged.csv")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the cut")
    args = parser.parse_args(argv)
    try:
        original = args.source.read_bytes()
        china = cut(original)
    except (OSError, ValueError) as exc:
        print(f"cut_nmc: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(china)
    print(f"{args.source}: {summary(original)}")
    print(f"{args.out}: {summary(china)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
