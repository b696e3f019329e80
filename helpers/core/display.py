"""What a lesson cell shows when it is not a chart: a labelled table or a sentence.

A learner reads outputs, not Python. :func:`table` turns a tidy DataFrame into a small
table with human headers (units in words), numbers at a sensible precision, missing values
shown as "—" with a note saying why, and long text wrapped, never cut. :func:`prose` wraps a
sentence a helper built from the data, so a cell's output is that sentence and nothing else.

Examples
--------
>>> import pandas as pd
>>> t = table(pd.DataFrame({"year": [1959, 1960], "cdr": [14.59, None]}),
...           {"year": "Year", "cdr": "Deaths per 1,000"}, missing="not published")
>>> print(t)
Year  Deaths per 1,000
1959              14.6
1960                 —
— not published
>>> print(prose("1960 was the worst year."))
1960 was the worst year.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping
from numbers import Integral, Real

import pandas as pd

from helpers.core import validate
from helpers.core.i18n import number, t

MISSING = "—"
_VARIABLE_NAME = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)+$")
_STYLE = "border-collapse:collapse;margin:0.4em 0;font-size:0.95em;max-width:100%;table-layout:auto"
_CELL = "padding:2px 10px;border-bottom:1px solid #ddd;vertical-align:top;"


class Table:
    """A table ready to read: its rows as text, its headers, and the notes under it."""

    def __init__(
        self,
        rows: list[list[str]],
        headers: list[str],
        numeric: list[bool],
        notes: list[str],
        caption: str | None = None,
    ):
        self.rows, self.headers, self.numeric = rows, headers, numeric
        self.notes, self.caption = notes, caption

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, header: str) -> list[str]:
        """The text of one column, by its header (what a test or a check reads)."""
        validate.check_choice("header", header, self.headers)
        at = self.headers.index(header)
        return [row[at] for row in self.rows]

    def _repr_html_(self) -> str:
        def cell(text: str, numeric: bool, tag: str = "td") -> str:
            align = "right" if numeric else "left"
            # Numbers never break; headers and text wrap, so a table fits the page.
            wrap = "white-space:nowrap;" if numeric and tag == "td" else "white-space:normal;"
            width = "" if numeric else "max-width:36em;"
            return (
                f'<{tag} style="{_CELL}text-align:{align};{wrap}{width}">'
                f"{html.escape(text)}</{tag}>"
            )

        head = "".join(cell(h, n, "th") for h, n in zip(self.headers, self.numeric, strict=True))
        body = "".join(
            "<tr>" + "".join(cell(v, n) for v, n in zip(row, self.numeric, strict=True)) + "</tr>"
            for row in self.rows
        )
        caption = (
            f"<caption style='text-align:left;font-weight:bold'>{html.escape(self.caption)}</caption>"
            if self.caption
            else ""
        )
        notes = "".join(
            f'<p style="margin:0.2em 0;font-size:0.9em;color:#555">{html.escape(n)}</p>'
            for n in self.notes
        )
        return (
            f'<table class="glf-table" style="{_STYLE}">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>{notes}"
        )

    def __str__(self) -> str:
        widths = [
            max(len(h), *(len(r[i]) for r in self.rows)) if self.rows else len(h)
            for i, h in enumerate(self.headers)
        ]

        def line(values: list[str]) -> str:
            return "  ".join(
                v.rjust(w) if n else v.ljust(w)
                for v, w, n in zip(values, widths, self.numeric, strict=True)
            ).rstrip()

        out = ([self.caption] if self.caption else []) + [line(self.headers)]
        out += [line(r) for r in self.rows] + self.notes
        return "\n".join(out)

    __repr__ = __str__


class Prose:
    """A sentence (or a few) built from the data: shown as text, nothing else."""

    def __init__(self, text: str):
        self.text = text

    def _repr_markdown_(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text

    __repr__ = __str__


def prose(text: str) -> Prose:
    """Wrap a sentence a helper built so that a cell shows it as prose."""
    if not isinstance(text, str) or not text.strip():
        raise TypeError(f"text must be a non-empty string; got {text!r}")
    return Prose(text)


def table(
    frame: pd.DataFrame,
    columns: Mapping[str, str],
    *,
    decimals: int | Mapping[str, int] = 1,
    missing: str | None = None,
    caption: str | None = None,
    notes: tuple[str, ...] = (),
) -> Table:
    """A readable table of ``frame``'s ``columns`` (a mapping: column -> header).

    Parameters
    ----------
    frame : DataFrame
        Tidy data; the index is not shown (reset it to show it).
    columns : mapping
        Which columns to show, in order, and each one's header in words with its unit
        ("Deaths per 1,000"), never a variable name.
    decimals : int or mapping
        Decimal places for floats, for all columns or per column (default 1).
        Whole numbers in 1800–2100 are years and get no thousands separator.
    missing : str, optional
        Why a cell is empty; required when any shown cell is missing (it is shown as
        "—" and the note "— <missing>" goes under the table).
    caption, notes : optional
        A title above and sentences below the table.
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame; got {type(frame).__name__}")
    if not isinstance(columns, Mapping) or not columns:
        raise TypeError("columns must be a non-empty mapping: column name -> header in words")
    absent = [c for c in columns if c not in frame.columns]
    if absent:
        raise ValueError(f"columns names {absent} not in the frame; it has {list(frame.columns)}")
    for header in columns.values():
        if not isinstance(header, str) or not header.strip() or _VARIABLE_NAME.match(header):
            raise ValueError(
                f"columns: each header must be words a reader understands (with the unit), "
                f"not a variable name; got {header!r}"
            )
    places = {c: decimals for c in columns} if not isinstance(decimals, Mapping) else dict(decimals)
    for name, value in places.items():
        validate.check_number(f"decimals[{name!r}]", value, low=0, high=6, integer=True)
    shown = frame[list(columns)]
    has_missing = bool(shown.isna().to_numpy().any())
    if has_missing and not (isinstance(missing, str) and missing.strip()):
        raise ValueError(
            "missing must say why cells are empty (e.g. 'not published'): the table has missing values"
        )
    numeric = [
        pd.api.types.is_numeric_dtype(shown[c]) and not pd.api.types.is_bool_dtype(shown[c])
        for c in columns
    ]
    rows = [
        [_format(v, places.get(c, 1)) for c, v in zip(columns, record, strict=True)]
        for record in shown.itertuples(index=False, name=None)
    ]
    note_lines = ([f"{MISSING} {missing.strip()}"] if has_missing else []) + list(notes)
    return Table(rows, list(columns.values()), numeric, note_lines, caption)


def _format(value: object, places: int) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return MISSING
    if isinstance(value, bool):
        return t("yes") if value else t("no")
    if isinstance(value, Integral):
        return str(value) if 1800 <= value <= 2100 else number(int(value), ",")
    if isinstance(value, Real):
        if float(value).is_integer() and 1800 <= value <= 2100 and places == 0:
            return str(int(value))
        return number(float(value), f",.{places}f").replace("-", "−")
    if isinstance(value, tuple):
        return "–".join(str(v) for v in value)
    return str(value)
