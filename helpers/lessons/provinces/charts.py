"""Lesson 07's charts, built on :mod:`helpers.core.chart_kit`: frame, template, words."""

from __future__ import annotations

import altair as alt
import pandas as pd

from helpers.core import chart_kit
from helpers.core.validate import check_frame
from helpers.lessons.provinces.model import PATH_COLUMNS


@chart_kit.template
def _path_template(first: int, last: int) -> alt.Chart:
    return (
        alt.Chart(alt.Data(name="path"))
        .mark_line(point=True)
        .encode(
            x=chart_kit.year_axis(first, last),
            y=alt.Y("output_mt:Q").title("Output, million tonnes"),
            tooltip=[
                alt.Tooltip("year:Q").title("Year"),
                alt.Tooltip("output_mt:Q").title("Million tonnes").format(".1f"),
            ],
        )
    )


def _path_words(path: pd.DataFrame) -> tuple[str, str]:
    first, last = path.iloc[0], path.iloc[-1]
    title = f"Output, {int(first['year'])}-{int(last['year'])}"
    description = chart_kit.sentence(
        f"output grows from {first['output_mt']:.1f} million tonnes in {int(first['year'])}",
        f"to {last['output_mt']:.1f} million tonnes in {int(last['year'])}",
        joiner=" ",
    )
    return title, description


def path_chart(path: pd.DataFrame) -> alt.Chart:
    """A line of output by year, from :func:`.model.output_path`.

    Examples
    --------
    >>> from helpers.lessons.provinces.model import output_path
    >>> path_chart(output_path(5.35, 10.0, 3)).to_dict()["description"]
    'Output grows from 5.3 million tonnes in 1957 to 7.1 million tonnes in 1960.'
    """
    check_frame("path", path, PATH_COLUMNS)
    template = _path_template(int(path["year"].min()), int(path["year"].max()))
    title, description = _path_words(path)
    return chart_kit.fill(template, {"path": path}, title=title, description=description)
