"""helpers.core.display: tables a learner reads, not DataFrame reprs."""

import pandas as pd
import pytest

from helpers.core import display

FRAME = pd.DataFrame(
    {
        "year": [1959, 1960],
        "deaths_million": [4.61, None],
        "note": ["a long note " * 20, "short"],
        "population": [672_070_000, 662_070_000],
    }
)
HEADERS = {"year": "Year", "deaths_million": "Deaths (million)", "note": "Note"}


def test_headers_missing_and_years():
    t = display.table(FRAME, HEADERS, missing="not published")
    assert t.headers == ["Year", "Deaths (million)", "Note"]
    assert t.column("Year") == ["1959", "1960"]
    assert t.column("Deaths (million)") == ["4.6", "—"]
    assert t.notes == ["— not published"]
    assert "NaN" not in t._repr_html_() and "nan" not in str(t)


def test_long_text_is_whole_and_wraps():
    html = display.table(FRAME, HEADERS, missing="x")._repr_html_()
    assert ("a long note " * 20).strip() in html
    assert "white-space:normal" in html


def test_thousands_and_decimals():
    t = display.table(
        FRAME,
        {"population": "Population", "deaths_million": "Deaths (million)"},
        decimals={"deaths_million": 2},
        missing="x",
    )
    assert t.column("Population") == ["672,070,000", "662,070,000"]
    assert t.column("Deaths (million)") == ["4.61", "—"]


@pytest.mark.parametrize(
    ("columns", "kwargs", "match"),
    [
        ({"year": "cdr_official_per_1000"}, {}, "variable name"),
        ({"nope": "Nope"}, {}, "not in the frame"),
        (HEADERS, {}, "missing must say why"),
        ({"year": "Year"}, {"decimals": 9}, "decimals"),
    ],
)
def test_rejects(columns, kwargs, match):
    with pytest.raises(ValueError, match=match):
        display.table(FRAME, columns, **kwargs)


def test_prose():
    assert display.prose("It fell.")._repr_markdown_() == "It fell."
    with pytest.raises(TypeError, match="text"):
        display.prose("")
