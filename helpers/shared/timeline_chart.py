"""Chart of the course timeline: events by theme on a time axis.

Each event is a point at its start date, in its theme's row and colour; an event
that lasted (a conference, a plan period) also gets a bar from start to end.
Hovering shows the event, its date as precisely as the source gives it, and the
source. An empty selection still draws: the axes and a note saying no events match.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from helpers.core import chart_kit, theme
from helpers.core.i18n import current_language, number, t, translated
from helpers.core.validate import check_choice, check_year_span
from helpers.shared.timeline import FIRST_YEAR, LAST_YEAR, THEMES

CHART_COLUMNS = ("event", "theme", "start", "end", "has_span", "when", "period", "source")
ROW_HEIGHT = 34
#: One Okabe-Ito colour per theme, fixed so a theme keeps its colour whatever is shown.
THEME_COLOURS = dict(zip(THEMES, theme.PALETTE, strict=False))
#: The columns whose text a reader sees, translated where the chart is drawn (the themes are
#: the app's choices, the events and sources come from ``data/timeline.csv``).
SHOWN_TEXT = ("event", "theme", "source")
#: The room for a theme's name (px) where it is longer than in English (220 px), so that none
#: is cut: Kazakh "ауыл шаруашылығы және коммуналар".
LABEL_LIMIT = {"kk": 270}


def timeline_chart(
    events: pd.DataFrame,
    *,
    start_year: int = FIRST_YEAR,
    end_year: int = LAST_YEAR,
    themes: Sequence[str] = THEMES,
) -> alt.LayerChart:
    """Draw events as points (and bars for spans) on a time axis, one row per theme.

    Parameters
    ----------
    events : pandas.DataFrame
        Output of :func:`helpers.shared.timeline.filter_events` (may be empty).
    start_year, end_year : int
        The period shown on the time axis (1 January of ``start_year`` to
        31 December of ``end_year``).
    themes : sequence of str
        The themes chosen, one row each (named in the title of an empty chart).

    Returns
    -------
    altair.LayerChart
        With ``title`` and a ``description`` that gives the number of events and their span.

    Examples
    --------
    >>> from helpers.shared import timeline
    >>> ev = pd.DataFrame({"event": ["a"], "date_start": ["1960-07-16"], "date_end": [""],
    ...                    "date_precision": ["day"], "theme": ["foreign relations"],
    ...                    "source": ["x"]})
    >>> chart = timeline_chart(timeline.filter_events(ev, "all", 1958, 1962),
    ...                        start_year=1958, end_year=1962)
    >>> chart.to_dict()["description"]
    'Timeline of 1 event from 16 July 1960 to 16 July 1960, by theme, for the years 1958 to 1962.'
    """
    if not isinstance(events, pd.DataFrame):
        raise TypeError(f"events must be a pandas DataFrame; got {type(events).__name__}")
    missing = [c for c in CHART_COLUMNS if c not in events.columns]
    if missing:
        raise ValueError(f"events must have columns {list(CHART_COLUMNS)}; missing {missing}")
    start_year, end_year = check_year_span(
        "years", start_year, end_year, low=FIRST_YEAR, high=LAST_YEAR
    )
    rows = tuple(check_choice("themes", t, THEMES) for t in themes) or THEMES
    if events.empty:
        return _empty_chart(start_year, end_year, rows)
    data = translated(events.loc[:, list(CHART_COLUMNS)], *SHOWN_TEXT)
    title, description = _words(data, _span(start_year, end_year))
    return chart_kit.fill(
        _template(start_year, end_year, rows),
        {"events": data},
        title=title,
        description=description,
    )


def _span(start_year: int, end_year: int) -> str:
    """The period in words: '1960' or '1958 to 1961' (Kazakh '1958–1961')."""
    if start_year == end_year:
        return f"{start_year}"
    return t("{start} to {end}", start=start_year, end=end_year)


def _axes(start_year: int, end_year: int, rows: tuple[str, ...]) -> tuple[alt.X, alt.Y]:
    """The time axis over the period (months for up to two years) and one row per theme."""
    n_years = end_year - start_year + 1
    if n_years <= 2:  # months, so a short period does not repeat one year on every tick
        # Month names in the chart's language: Vega's time locale (helpers.core.render).
        axis = alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": 3})
    else:
        step = 1 if n_years <= 10 else 2
        axis = alt.Axis(format="%Y", tickCount={"interval": "year", "step": step})
    domain = [f"{start_year}-01-01", f"{end_year}-12-31"]
    x = alt.X("start:T").title(t("Date")).scale(domain=domain).axis(axis)
    limit = LABEL_LIMIT.get(current_language(), 220)
    y = alt.Y("theme:N").title(None).scale(domain=[t(r) for r in rows]).axis(labelLimit=limit)
    return x, y


@chart_kit.template
def _template(start_year: int, end_year: int, rows: tuple[str, ...]) -> alt.LayerChart:
    """The timeline without its events, title or description: spans as bars, starts as points."""
    x, y = _axes(start_year, end_year, rows)
    colour = alt.Color(
        "theme:N",
        scale=alt.Scale(
            domain=[t(name) for name in THEME_COLOURS], range=list(THEME_COLOURS.values())
        ),
        legend=None,
    )
    tooltip = [
        alt.Tooltip("event:N", title=t("Event")),
        alt.Tooltip("when:N", title=t("Date")),
        alt.Tooltip("theme:N", title=t("Theme")),
        alt.Tooltip("source:N", title=t("Source")),
    ]
    base = alt.Chart(alt.Data(name="events")).encode(x=x, y=y, color=colour, tooltip=tooltip)
    return alt.layer(
        base.transform_filter("datum.has_span")
        .mark_rule(strokeWidth=6, opacity=0.6, clip=True)
        .encode(x2=alt.X2("end")),
        base.mark_point(filled=True, size=90, opacity=0.85, clip=True),
    ).properties(width=theme.WIDTH, height=ROW_HEIGHT * len(rows))


def _words(data: pd.DataFrame, span: str) -> tuple[str, str]:
    """Title and one-sentence description: how many events, from when to when."""
    n = len(data)
    first, last = data["when"].iloc[0].split(" – ")[0], _last_when(data)
    words = {"n": number(n, ","), "span": span, "first": first, "last": last}
    if n == 1:
        title = t("{n} event, {span}, by theme", **words)
        clause = t("timeline of {n} event from {first} to {last}, by theme, for the years {span}")
    else:
        title = t("{n} events, {span}, by theme", **words)
        clause = t("timeline of {n} events from {first} to {last}, by theme, for the years {span}")
    return title, chart_kit.sentence(clause.format(**words))


def _empty_chart(start_year: int, end_year: int, rows: tuple[str, ...]) -> alt.LayerChart:
    """The axes and a note saying no events match, titled with the themes chosen."""
    x, y = _axes(start_year, end_year, rows)
    span = _span(start_year, end_year)
    if len(rows) == len(THEMES):
        title = t("No events in {span} for any theme", span=span)
        advice = t("No sourced events in these years: the timeline does not cover them.")
    else:
        which = t(" or ").join(t("'{theme}'", theme=t(row)) for row in rows)
        title = t("No events in {span} for {themes}", span=span, themes=which)
        advice = t("No events: widen the years or choose 'all themes'.")
    note = {"values": [{"start": f"{start_year}-01-01", "theme": t(rows[len(rows) // 2])}]}
    message = (
        alt.Chart(note)
        .mark_text(align="left", dx=10, fontSize=theme.FONT_SIZE, color="#555555")
        .encode(x=x, y=y, text=alt.value(advice))
    )
    return alt.layer(
        message,
        title=title,
        description=chart_kit.sentence(
            t("no events of the chosen themes fall in {span}", span=span),
            t("the timeline is empty"),
        ),
        width=theme.WIDTH,
        height=ROW_HEIGHT * len(rows),
    )


def _last_when(data: pd.DataFrame) -> str:
    """The latest date shown: the latest end of any event, written as the source gives it."""
    last = data["when"].iloc[data["end"].to_numpy().argmax()]
    return last.split(" – ")[-1]
