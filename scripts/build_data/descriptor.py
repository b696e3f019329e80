"""The Frictionless-style descriptor: field schemas, one resource per table, the package.

Every field is a Table Schema field with a custom ``unit``; a column's vocabulary is written
as ``constraints.enum`` (``helpers.core.data`` checks it, and other code reads it from there), so
each vocabulary is defined once, in the table module that fills the column. Each resource
carries its CSV's byte count and sha256; ``build.inputs`` lists every input read, with its
sha256.
"""

from __future__ import annotations

from .common import QUALIFIERS, BuildError, Table, csv_bytes, sha256
from .sources import CC_BY, PACKAGE_SOURCES, RAW_LABEL

SCRIPT = "scripts/build_data/"
COMMAND = "python -m scripts.build_data"


# ---------------------------------------------------------------------------------------------
# Fields
# ---------------------------------------------------------------------------------------------


def field(
    name,
    type_,
    title,
    description,
    unit=None,
    *,
    required=False,
    minimum=None,
    maximum=None,
    enum=None,
):
    """A Table Schema field with the custom ``unit`` property."""
    out = {"name": name, "type": type_, "title": title, "description": description}
    if unit is not None:
        out["unit"] = unit
    constraints = {"required": required}
    if minimum is not None:
        constraints["minimum"] = minimum
    if maximum is not None:
        constraints["maximum"] = maximum
    if enum is not None:
        constraints["enum"] = list(enum)
    out["constraints"] = constraints
    return out


def label(name, title, description, *, required=False, enum=None):
    return field(name, "string", title, description, required=required, enum=enum)


def year_field(low, high):
    return field(
        "year",
        "integer",
        "Year",
        "Calendar year.",
        "calendar year",
        required=True,
        minimum=low,
        maximum=high,
    )


BUILD_NOTE = (
    "Compiler's note, as in the source table; a remark added by the build (e.g. how a "
    "period or date was read) follows in '[build: ...]'."
)


def provenance_fields(note: str = "Compiler's note, as in the source table.") -> list[dict]:
    return [
        label(
            "source",
            "Source",
            "The printed or online publication the figure comes from.",
            required=True,
        ),
        label("where_found", "Where found", "Web address(es) where the figure was read."),
        label(
            "cross_check",
            "Cross-check",
            "A second source that agrees or disagrees, or 'single source'.",
        ),
        label("note", "Note", note),
    ]


def long_value_fields() -> list[dict]:
    """value, value_high, qualifier, unit and value_as_printed, shared by the long tables."""
    return [
        field(
            "value",
            "number",
            "Value",
            "The number as printed (negative for a fall); for a range its lower end; for "
            "'26000+' the bound 26000 (see qualifier).",
            "given in the unit column",
            required=True,
        ),
        field(
            "value_high",
            "number",
            "Upper end of a range",
            "Empty unless the source prints a range (e.g. '30-37').",
            "given in the unit column",
        ),
        label(
            "qualifier",
            "Qualifier",
            "'' or 'more than' (the source prints 'value+').",
            enum=QUALIFIERS,
        ),
        label("unit", "Unit", "Unit of value and value_high, as printed.", required=True),
        label(
            "value_as_printed",
            "Value as printed",
            "The source's value text, unparsed (e.g. '30-37', '26000+', '33.4:66.6').",
            required=True,
        ),
    ]


def series_field(name: str) -> dict:
    return label(
        "series",
        "Series",
        f"What the figure measures: the series name of {name}, except where notes say.",
        required=True,
    )


def year_span_fields(low: int, high: int) -> list[dict]:
    return [
        field(
            "year",
            "integer",
            "Year (first)",
            "The year the figure refers to; for a span, its first year.",
            "calendar year",
            required=True,
            minimum=low,
            maximum=high,
        ),
        field(
            "year_end",
            "integer",
            "Last year",
            "Last year of the span; equal to year for a single year (a change 'vs 1957' over "
            "1957-1960 has year 1957, year_end 1960).",
            "calendar year",
            required=True,
            minimum=low,
            maximum=high,
        ),
        label(
            "period",
            "Period as printed",
            "The year or span as the source table prints it (e.g. '1959', '1961-1965', "
            "'1960s', '1961/62 grain year'); readings of the irregular ones are in note.",
            required=True,
        ),
    ]


# ---------------------------------------------------------------------------------------------
# Resources and the package
# ---------------------------------------------------------------------------------------------


def resource(
    name, title, description, fields, rows, sources, claims, primary_key, notes=(), summary=""
) -> Table:
    """Serialise a table's rows and describe them; the primary key must be unique."""
    columns = [f["name"] for f in fields]
    data = csv_bytes(columns, rows)
    keys = [tuple(r[k] for k in primary_key) for r in rows]
    if len(set(keys)) != len(keys):
        raise BuildError(f"{name}: primary key {primary_key} is not unique")
    res = {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "title": title,
        "description": description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": sha256(data),
        "rows": len(rows),
        "licenses": [CC_BY],
        "sources": sources,
        "source_summary": summary,
        "claims": claims,
        "schema": {"fields": fields, "missingValues": [""], "primaryKey": list(primary_key)},
    }
    if notes:
        res["notes"] = list(notes)
    return Table(name, rows, res, data)


def package(resources: list[dict], inputs: dict[str, bytes], boundaries: list[dict] = ()) -> dict:
    """The descriptor: the package's sources, how it was built (inputs with sha256), resources.

    ``inputs`` maps each input read (a path relative to the sources folder) to its bytes;
    ``boundaries`` are the map files (not tables), each with its path, hash and provenance.
    """
    return {
        "profile": "tabular-data-package",
        "name": "great-leap-forward-course-data",
        "title": "Data for the course on China's Great Leap Forward (1958-60) and the famine",
        "description": f"Tidy tables built by {SCRIPT} ({COMMAND}) from the hand-compiled "
        f"sources in {RAW_LABEL}/. Every figure names its source; units are in column names "
        "and in each field's 'unit'. Load with helpers.core.data.load(name), which checks hashes, "
        "columns, types and constraints.",
        "licenses": [CC_BY],
        "sources": PACKAGE_SOURCES,
        "build": {
            "script": SCRIPT,
            "command": COMMAND,
            "inputs": [
                {"path": f"{RAW_LABEL}/{name}", "hash": sha256(inputs[name])}
                for name in sorted(inputs)
            ],
        },
        "resources": resources,
        "boundaries": list(boundaries),
    }
