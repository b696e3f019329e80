"""Shared parsing and writing helpers of the data build.

Numbers are read as printed into ``decimal.Decimal`` and written back without trailing zeros or
exponent (``fmt``), so every conversion is exact. Two printed values "agree" when they are equal
within the precision each prints (half a unit in its last significant digit: ``12,200`` printed
as "12.2 million" is +-50).

Dates and periods, as the tables print them:

* dates (timeline, communes): ``1953-01-01`` is kept with precision "day"; partial dates become
  the first day of the period: ``1953-01`` -> ``1953-01-01`` with precision "month", ``1961`` ->
  ``1961-01-01`` with "year" (``DATE_PRECISIONS``, finest first);
* year periods (grain_procurement_trade, output_indices): ``1959`` -> year = year_end = 1959;
  ``1961-1965`` -> year 1961, year_end 1965; irregular periods only through ``PERIOD_READINGS``
  (e.g. ``1960s`` -> 1960-1969). An entry that matches no row of either table stops the build;
* values of the long tables: ``-17`` is a number, ``26000+`` is value 26000 with qualifier
  "more than" (``QUALIFIERS``), ``30-37`` is value 30 and value_high 37. The value text as
  printed is kept beside (``value_as_printed``).

Anything else stops the build with ``BuildError``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path


class BuildError(RuntimeError):
    """A source is missing, malformed or inconsistent: the build stops."""


# ---------------------------------------------------------------------------------------------
# What a table module returns, and what it is given
# ---------------------------------------------------------------------------------------------


@dataclass
class Table:
    """One built table: its rows (for the tables built from it), descriptor entry and CSV bytes."""

    name: str
    rows: list[dict[str, str]]
    resource: dict
    data: bytes


@dataclass
class Context:
    """What a table module may use: the sources folder and the tables built before it.

    Every input read through :meth:`read` is recorded, so the descriptor lists exactly the files
    the build read (``build.inputs``).
    """

    src: Path
    tables: dict[str, Table] = field(default_factory=dict)
    #: PERIOD_READINGS entries applied by any table (checked once every table is built).
    periods_used: set[str] = field(default_factory=set)
    #: The inputs read, as paths relative to ``src`` ('cow_nmc/...' uses '/').
    inputs_read: set[str] = field(default_factory=set)
    #: Files that are not tables (lesson 07's map): their bytes and descriptor entries.
    files: list[tuple[bytes, dict]] = field(default_factory=list)

    def read(self, name: str) -> list[dict[str, str]]:
        """The rows of the input ``name`` (a path relative to ``src``)."""
        self.inputs_read.add(name)
        return read_rows(self.src / name)

    def rows(self, table: str) -> list[dict[str, str]]:
        """The rows of a table built earlier in the loop."""
        if table not in self.tables:
            raise BuildError(f"table {table!r} is needed but has not been built yet")
        return self.tables[table].rows


# ---------------------------------------------------------------------------------------------
# Reading, numbers and writing
# ---------------------------------------------------------------------------------------------


def read_rows(path: Path) -> list[dict[str, str]]:
    """Read a CSV file into a list of dicts (every value a string)."""
    if not path.is_file():
        raise BuildError(f"missing source file: {path}")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def dec(text: str, where: str) -> Decimal:
    """Parse a number as printed in a source (thousands separators removed)."""
    cleaned = text.strip().replace(",", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise BuildError(f"{where}: {text!r} is not a number")
    return Decimal(cleaned)


def fmt(value: Decimal | None) -> str:
    """Write a number without trailing zeros or exponent; None -> empty cell."""
    if value is None:
        return ""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def tolerance(text: str) -> Decimal:
    """Half a unit in the last significant digit of a value as printed.

    Trailing zeros of a whole number are not significant ("12200" is +-50, "158" is +-0.5).
    """
    cleaned = text.strip().replace(",", "")
    if "." in cleaned:
        return Decimal(5) * Decimal(10) ** -(len(cleaned.split(".")[1]) + 1)
    digits = cleaned.lstrip("-")
    zeros = len(digits) - len(digits.rstrip("0")) if digits.rstrip("0") else 0
    return Decimal(5) * Decimal(10) ** (zeros - 1)


def agree(a: str, b: str) -> bool:
    """True if two printed values are equal within their printed precision."""
    return abs(dec(a, "a") - dec(b, "b")) <= tolerance(a) + tolerance(b)


def csv_bytes(columns: list[str], rows: list[dict[str, str]]) -> bytes:
    """Serialise rows to UTF-8 CSV with LF line ends and minimal quoting."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row[c] for c in columns])
    return buffer.getvalue().encode("utf-8")


def sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def with_note(note: str, extra: str) -> str:
    """Append a build remark to a source note, marked '[build: ...]'."""
    return f"{note} [build: {extra}]" if note else f"[build: {extra}]"


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

#: The precisions ``normalise_date`` gives, finest first (the coarser of two is kept).
DATE_PRECISIONS = ("day", "month", "year")


def normalise_date(text: str, where: str) -> tuple[str, str]:
    """'1953-01' -> ('1953-01-01', 'month'); '1961' -> ('1961-01-01', 'year')."""
    patterns = (
        (r"\d{4}-\d{2}-\d{2}", "day", ""),
        (r"\d{4}-\d{2}", "month", "-01"),
        (r"\d{4}", "year", "-01-01"),
    )
    for pattern, precision, suffix in patterns:
        if re.fullmatch(pattern, text):
            iso = text + suffix
            try:
                date.fromisoformat(iso)
            except ValueError as exc:
                raise BuildError(f"{where}: {text!r} is not a calendar date") from exc
            return iso, precision
    raise BuildError(f"{where}: {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")


# ---------------------------------------------------------------------------------------------
# Values and periods of the long tables
# ---------------------------------------------------------------------------------------------

NUMBER = r"\d+(?:\.\d+)?"

#: The qualifiers a parsed value can carry: none, or a lower bound ('26000+', '>50').
QUALIFIERS = ("", "more than")


def parse_printed(text: str, where: str) -> tuple[Decimal, Decimal | None, str]:
    """Read a value as printed: '64.12' / '-17', '26000+' (qualifier 'more than'), '30-37'.

    Returns (value, value_high or None, qualifier). Anything else stops the build.
    """
    printed = text.strip().replace(",", "")
    if re.fullmatch(rf"-?{NUMBER}", printed):
        return Decimal(printed), None, ""
    if m := re.fullmatch(rf"({NUMBER})\+", printed):
        return Decimal(m[1]), None, "more than"
    if m := re.fullmatch(rf"({NUMBER})-({NUMBER})", printed):
        low, high = Decimal(m[1]), Decimal(m[2])
        if high <= low:
            raise BuildError(f"{where}: range {text!r} is not rising")
        return low, high, ""
    raise BuildError(f"{where}: value {text!r} is not a number, 'n+' or a range 'a-b'")


#: Year periods that are not 'YYYY' or 'YYYY-YYYY': printed -> (first year, last year, reading).
PERIOD_READINGS = {
    "1960s": (1960, 1969, "period '1960s' read as 1960-1969"),
    "1961/62 grain year": (1961, 1962, "grain year 1961/62 read as 1961-1962"),
    "1953 (Jul-Sep)": (1953, 1953, "July-September 1953, year 1953"),
}


def parse_period(text: str, where: str, used: set[str]) -> tuple[int, int, str]:
    """'1959' -> (1959, 1959, ''); '1961-1965' -> (1961, 1965, ''); listed readings otherwise."""
    printed = text.strip()
    if re.fullmatch(r"\d{4}", printed):
        return int(printed), int(printed), ""
    if m := re.fullmatch(r"(\d{4})-(\d{4})", printed):
        first, last = int(m[1]), int(m[2])
        if last <= first:
            raise BuildError(f"{where}: period {text!r} is not rising")
        return first, last, ""
    if printed in PERIOD_READINGS:
        used.add(printed)
        return PERIOD_READINGS[printed]
    raise BuildError(f"{where}: period {text!r} is not YYYY, YYYY-YYYY or in PERIOD_READINGS")


def check_readings_used(used: set[str]) -> None:
    """Stop the build if a PERIOD_READINGS entry matched no row of any table."""
    unused = sorted(set(PERIOD_READINGS) - used)
    if unused:
        raise BuildError(f"PERIOD_READINGS entries match no row: {unused}")


def year_row(row: dict[str, str], where: str, used: set[str]) -> dict[str, str]:
    """The columns shared by the year-based long tables, from one source row."""
    first, last, reading = parse_period(row["year"], where, used)
    value, high, qualifier = parse_printed(row["value"], where)
    return {
        "series": row["series"],
        "year": str(first),
        "year_end": str(last),
        "period": row["year"].strip(),
        "value": fmt(value),
        "value_high": fmt(high),
        "qualifier": qualifier,
        "unit": row["unit"],
        "value_as_printed": row["value"].strip(),
        "source": row["source"],
        "where_found": row["where_found"],
        "cross_check": row["cross_check"],
        "note": with_note(row["note"], reading) if reading else row["note"],
    }


def short_source(source: str) -> str:
    """'Lin, Justin Yifu and Dennis Tao Yang (2000), ...' -> up to the year; else to a comma."""
    m = re.match(r"[^']*?\(\d{4}\)", source)
    return m[0] if m else source.split(",")[0]


def note_repeats(rows: list[dict[str, str]], notes: list[str], when: str = "period") -> None:
    """Record every (series, period) given by more than one source: all rows are kept."""
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[(row["series"], row[when])].append(row)
    for (series, period), group in groups.items():
        if len(group) > 1:
            values = "; ".join(
                f"{r['value_as_printed']} {r['unit']} ({short_source(r['source'])})" for r in group
            )
            notes.append(
                f"{series} {period}: {len(group)} sources, all kept as separate rows: {values}"
            )
