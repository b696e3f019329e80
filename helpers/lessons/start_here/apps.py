"""Lesson 00's app: the timeline of events, filtered by theme and years."""

from __future__ import annotations

from helpers.core import data, ui
from helpers.shared import timeline, timeline_chart


def timeline_app() -> ui.App:
    """The timeline, filtered by a theme and a range of years."""
    events = data.load("timeline")
    themes = {"all themes": "all", **{t: t for t in timeline.THEMES}}

    def render(theme: str, years: tuple[int, int]):
        chosen = timeline.THEMES if theme == "all" else (theme,)
        start, end = years
        shown = timeline.filter_events(events, chosen, start, end)
        return timeline_chart.timeline_chart(shown, start_year=start, end_year=end, themes=chosen)

    first, last = timeline.FIRST_YEAR, timeline.LAST_YEAR
    years = ui.range_slider("Years shown", (first, last), first, last)
    return ui.app(
        render,
        {"theme": ui.dropdown("Theme", themes, "all"), "years": years},
        title="Timeline of events, 1949-1966 (hover over a point for the event and its source)",
    )


APPS = (timeline_app,)
