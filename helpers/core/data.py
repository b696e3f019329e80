"""Checked tables from ``data/``: ``load(name)`` returns a pandas DataFrame or raises.

Every table is described in ``data/datapackage.json`` (written by ``make data``, ``scripts/build_data/``):
its sha256, its columns with types, units and constraints, its sources and licence. Before
returning anything, ``load`` checks that the file exists, that its sha256 matches, that the
header holds exactly the schema's columns, that every value parses as its type and that the
constraints (required, minimum, maximum, enum, primary key) hold. A failure raises
``DataError`` naming the file and the problem; nothing is half-loaded.

Types: ``integer`` -> int64 (nullable ``Int64`` if a value may be missing), ``number`` ->
float64 (NaN where empty), ``string`` -> text ("" where empty), ``date`` -> ISO text
``YYYY-MM-DD`` ("" where empty), checked to be a real calendar date.
"""

from __future__ import annotations

import copy
import csv
import functools
import hashlib
import io
import json
import re
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.core.paths import DATA_DIR

DESCRIPTOR = "datapackage.json"
_MAX_PROBLEMS = 10
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_cache: dict[Path, tuple[tuple[int, int], dict]] = {}
_RESOURCE_KEYS = ("name", "path", "hash", "schema")


class DataError(ValueError):
    """A data file is missing, changed, or does not match its schema."""


def names() -> list[str]:
    """Return the names of the tables in ``data/``, in descriptor order.

    Examples
    --------
    >>> "national_series" in names()
    True
    """
    return [r["name"] for r in _descriptor(DATA_DIR)["resources"]]


def describe(name: str) -> dict:
    """Return a copy of a table's metadata: title, sources, licences, fields with units.

    Parameters
    ----------
    name : str
        One of :func:`names`.

    Examples
    --------
    >>> meta = describe("national_series")
    >>> meta["schema"]["fields"][1]["unit"]
    'million persons'
    """
    return copy.deepcopy(_resource(name))


def vocabulary(name: str, field: str) -> tuple[str, ...]:
    """The fixed values a column may take, in the order the build defines them.

    The data build defines each vocabulary once (``constraints.enum`` in the descriptor);
    models and charts read it here rather than keep a copy.

    Examples
    --------
    >>> vocabulary("timeline", "theme")[:2]
    ('planning', 'agriculture and communes')
    """
    fields = {f["name"]: f for f in _resource(name)["schema"]["fields"]}
    if field not in fields:
        raise ValueError(
            f"field must be one of the columns of {name}: {sorted(fields)}; got {field!r}"
        )
    enum = fields[field].get("constraints", {}).get("enum")
    if not enum:
        raise ValueError(f"field {name}.{field} has no fixed vocabulary in the descriptor")
    return tuple(enum)


def load(name: str) -> pd.DataFrame:
    """Return a checked table from ``data/`` as a new DataFrame.

    Parameters
    ----------
    name : str
        One of :func:`names`, e.g. ``"national_series"``.

    Returns
    -------
    pandas.DataFrame
        The columns listed by ``describe(name)["schema"]["fields"]``, with units in their names.

    Raises
    ------
    ValueError
        ``name`` is not a known table (the message lists the names).
    DataError
        The file is missing, was changed, or breaks its schema.

    Examples
    --------
    >>> df = load("national_series")
    >>> df.loc[df["year"] == 1960, "cdr_banister_per_1000"].item()
    44.6
    """
    return load_resource(_resource(name), DATA_DIR)


@functools.cache
def _load_once(name: str) -> pd.DataFrame:
    return load(name)


def load_cached(name: str) -> pd.DataFrame:
    """Like :func:`load`, but checks and parses each table once per kernel.

    Apps redraw many times a second; they call this. Each call returns a copy,
    so changing the result never changes what the next call returns.

    Examples
    --------
    >>> load_cached("national_series") is not load_cached("national_series")
    True
    """
    return _load_once(name).copy()


def load_resource(resource: dict, base: Path) -> pd.DataFrame:
    """Check and load one resource of a descriptor, its path taken relative to ``base``.

    ``load`` uses this with ``data/``; tests point it at a corrupted copy elsewhere.

    Parameters
    ----------
    resource : dict
        A resource as :func:`describe` returns it (needs ``name``, ``path``, ``hash``,
        ``schema``).
    base : str or pathlib.Path
        The folder that ``resource["path"]`` is relative to.

    Raises
    ------
    TypeError
        ``resource`` is not a dict or ``base`` is not a path.
    ValueError
        ``resource`` lacks one of the keys above.
    DataError
        As for :func:`load`.

    Examples
    --------
    >>> load_resource(describe("value_added"), DATA_DIR)["year"].min()
    np.int64(1952)
    """
    if not isinstance(resource, dict):
        raise TypeError(
            f"resource must be a dict as describe(name) returns it, not {type(resource).__name__}"
        )
    missing = [key for key in _RESOURCE_KEYS if key not in resource]
    if missing:
        raise ValueError(
            f"resource must have the keys {list(_RESOURCE_KEYS)} (as describe(name) returns); "
            f"missing {missing}"
        )
    if not isinstance(base, str | Path):
        raise TypeError(f"base must be a folder path (str or Path), not {type(base).__name__}")
    path = Path(base) / resource["path"]
    where = _label(path)
    descriptor = _label(Path(base) / DESCRIPTOR)
    if not path.is_file():
        raise DataError(
            f"{where}: file not found ({descriptor} lists it as table {resource['name']!r}). "
            "Restore it with `git checkout data/` or rebuild with `make data`."
        )
    raw = path.read_bytes()
    expected = str(resource.get("hash", "")).removeprefix("sha256:")
    actual = hashlib.sha256(raw).hexdigest()
    if actual != expected:
        raise DataError(
            f"{where}: sha256 mismatch: expected {expected}, actual {actual}. The file was "
            f"changed since {descriptor} was written. Restore it with `git checkout data/` "
            "or rebuild both with `make data`."
        )
    try:
        text = raw.decode(resource.get("encoding", "utf-8"))
    except UnicodeDecodeError as exc:
        raise DataError(f"{where}: not valid UTF-8 text ({exc})") from None
    rows = list(csv.reader(io.StringIO(text, newline="")))
    schema = resource["schema"]
    return _frame(where, rows, schema)


# ---------------------------------------------------------------------------------------------


def _frame(where: str, rows: list[list[str]], schema: dict) -> pd.DataFrame:
    fields = schema["fields"]
    columns = [f["name"] for f in fields]
    header = rows[0] if rows else []
    if header != columns:
        missing = [c for c in columns if c not in header]
        extra = [c for c in header if c not in columns]
        detail = []
        if missing:
            detail.append(f"missing column(s) {missing}")
        if extra:
            detail.append(f"unexpected column(s) {extra}")
        if not detail:
            detail.append(f"columns in the wrong order or repeated: {header}")
        raise DataError(f"{where}: header does not match the schema: {'; '.join(detail)}")

    body = rows[1:]
    missing_values = set(schema.get("missingValues", [""]))
    problems: list[str] = []
    for number, row in enumerate(body, start=1):
        if len(row) != len(columns):
            problems.append(f"row {number} has {len(row)} values, expected {len(columns)}")
    if problems:
        _fail(where, problems)

    data = {}
    for index, spec in enumerate(fields):
        cells = [row[index] for row in body]
        data[spec["name"]] = _column(spec, cells, missing_values, problems)
    if problems:
        _fail(where, problems)

    key = schema.get("primaryKey") or []
    if key:
        seen: dict[tuple, int] = {}
        for number, row in enumerate(body, start=1):
            value = tuple(row[columns.index(k)] for k in key)
            if value in seen:
                problems.append(f"rows {seen[value]} and {number} repeat the key {key} = {value}")
            seen.setdefault(value, number)
        if problems:
            _fail(where, problems)
    return pd.DataFrame(data, columns=columns)


def _column(spec: dict, cells: list[str], missing_values: set[str], problems: list[str]):
    name, kind = spec["name"], spec["type"]
    limits = spec.get("constraints", {})
    required = limits.get("required", False)
    enum = limits.get("enum")
    values: list = []
    for number, cell in enumerate(cells, start=1):
        at = f"column '{name}', row {number}"
        if cell in missing_values:
            if required:
                problems.append(f"{at}: value is empty but the column is required")
            values.append(None)
            continue
        value = _parse(kind, cell)
        if value is None:
            problems.append(f"{at}: {cell!r} is not {_KIND_TEXT.get(kind, kind)}")
            values.append(None)
            continue
        if "minimum" in limits and value < _bound(kind, limits["minimum"]):
            problems.append(f"{at}: {cell!r} is below the minimum {limits['minimum']!r}")
        if "maximum" in limits and value > _bound(kind, limits["maximum"]):
            problems.append(f"{at}: {cell!r} is above the maximum {limits['maximum']!r}")
        if enum is not None and cell not in enum:
            problems.append(f"{at}: {cell!r} is not one of {enum}")
        values.append(value)
    if kind == "number":
        return np.array([np.nan if v is None else v for v in values], dtype="float64")
    if kind == "integer":
        if any(v is None for v in values):
            return pd.array(values, dtype="Int64")
        return np.array(values, dtype="int64")
    return ["" if v is None else cell for v, cell in zip(values, cells, strict=True)]


_KIND_TEXT = {
    "integer": "a whole number",
    "number": "a number",
    "date": "an ISO date (YYYY-MM-DD)",
}


def _parse(kind: str, cell: str):
    """Return the parsed value, or None if ``cell`` is not a valid ``kind``."""
    if kind == "string":
        return cell
    if kind == "integer":
        return int(cell) if _INTEGER.fullmatch(cell) else None
    if kind == "number":
        return float(cell) if _NUMBER.fullmatch(cell) else None
    if kind == "date":
        if not _DATE.fullmatch(cell):
            return None
        try:
            return date.fromisoformat(cell)
        except ValueError:
            return None
    raise DataError(f"unsupported field type {kind!r} in the schema")


def _bound(kind: str, bound):
    return date.fromisoformat(bound) if kind == "date" else bound


def _fail(where: str, problems: list[str]) -> None:
    shown = problems[:_MAX_PROBLEMS]
    more = len(problems) - len(shown)
    tail = f"\n  ... and {more} more" if more else ""
    raise DataError(f"{where}: " + "\n  ".join(shown) + tail)


def _label(path: Path) -> str:
    """``data/<name>.csv`` for files in the repository, the full path elsewhere."""
    try:
        return path.resolve().relative_to(DATA_DIR.parent).as_posix()
    except ValueError:
        return str(path)


def _descriptor(base: Path) -> dict:
    path = base / DESCRIPTOR
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise DataError(f"{_label(path)}: file not found; rebuild with `make data`") from None
    stamp = (stat.st_mtime_ns, stat.st_size)
    cached = _cache.get(path)
    if cached is None or cached[0] != stamp:
        try:
            cached = (stamp, json.loads(path.read_text(encoding="utf-8")))
        except json.JSONDecodeError as exc:
            raise DataError(f"{_label(path)}: not valid JSON ({exc})") from None
        _cache[path] = cached
    return cached[1]


def _resource(name: str) -> dict:
    resources = {r["name"]: r for r in _descriptor(DATA_DIR)["resources"]}
    if not isinstance(name, str) or name not in resources:
        allowed = ", ".join(repr(n) for n in resources)
        raise ValueError(f"unknown table {name!r}; name must be one of {allowed}")
    return resources[name]
