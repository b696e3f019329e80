"""The timeline filter and chart: themes, years, empty results, bad input, the spec."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.core import data
from helpers.shared import timeline
from helpers.shared.timeline_chart import THEME_COLOURS, timeline_chart


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return data.load("timeline")


def test_every_theme_in_the_data_is_known(events):
    assert set(events["theme"]) <= set(timeline.THEMES)
    assert set(THEME_COLOURS) == set(timeline.THEMES)
    assert len(set(THEME_COLOURS.values())) == len(timeline.THEMES)


def test_all_themes_and_years_keep_every_event_in_date_order(events):
    shown = timeline.filter_events(events)
    assert len(shown) == len(events)
    assert shown["start"].tolist() == sorted(shown["start"])
    assert {"start", "end", "has_span", "when", "period"} <= set(shown.columns)


@pytest.mark.parametrize("theme", timeline.THEMES)
def test_one_theme(events, theme):
    shown = timeline.filter_events(events, theme, 1949, 1966)
    assert len(shown) == (events["theme"] == theme).sum()
    assert set(shown["theme"]) <= {theme}


def test_several_themes(events):
    chosen = ["politics", "foreign relations"]
    shown = timeline.filter_events(events, chosen, 1958, 1961)
    assert set(shown["theme"]) == set(chosen)


def test_years_keep_overlapping_spans(events):
    # The First Five-Year Plan (1953-57) overlaps 1955, though it started in 1953.
    shown = timeline.filter_events(events, "planning", 1955, 1955)
    assert shown["event"].str.contains("First Five-Year Plan period").any()
    # A span from December 1960 into January 1961 belongs to both years.
    for year in (1960, 1961):
        shown = timeline.filter_events(events, "politics", year, year)
        assert shown["event"].str.startswith("Central work conference").any()


def test_soviet_withdrawal_is_dated_july_1960(events):
    shown = timeline.filter_events(events, "foreign relations", 1960, 1960)
    soviet = shown[shown["event"].str.contains("Soviet")]
    assert soviet["when"].tolist() == ["16 July 1960"]
    assert soviet["period"].tolist() == ["Great Leap Forward"]


def test_empty_result_is_a_frame_not_an_error(events):
    shown = timeline.filter_events(events, "all", 1949, 1952)
    assert shown.empty and "when" in shown.columns


@pytest.mark.parametrize(
    ("kwargs", "error", "name"),
    [
        ({"themes": "weather"}, ValueError, "themes"),
        ({"themes": ["politics", "weather"]}, ValueError, "themes"),
        ({"themes": []}, ValueError, "themes"),
        ({"themes": 3}, TypeError, "themes"),
        ({"start_year": 1940}, ValueError, "years start"),
        ({"end_year": 1970}, ValueError, "years end"),
        ({"start_year": 1961, "end_year": 1958}, ValueError, "years start"),
        ({"start_year": 1958.5}, ValueError, "years start"),
        ({"start_year": "1958"}, TypeError, "years start"),
    ],
)
def test_bad_input_names_the_parameter(events, kwargs, error, name):
    with pytest.raises(error, match=name):
        timeline.filter_events(events, **kwargs)


def test_bad_frames(events):
    with pytest.raises(TypeError, match="events"):
        timeline.filter_events(events.to_dict())
    with pytest.raises(ValueError, match="events must have columns"):
        timeline.filter_events(events.drop(columns="theme"))
    bad = events.head(1).assign(date_start="July 1960")
    with pytest.raises(ValueError, match="date_start"):
        timeline.filter_events(bad)


def test_period_and_dates():
    assert timeline.period_of("1953-01-01") == "First Five-Year Plan"
    assert timeline.period_of("1958") == "Great Leap Forward"
    assert timeline.period_of("1960-12-31") == "Great Leap Forward"
    assert timeline.period_of("1949-10") == "before the First Plan"
    with pytest.raises(ValueError, match="date"):
        timeline.period_of("1970-01-01")
    with pytest.raises(ValueError, match="date"):
        timeline.parse_date("1960-13-01")
    assert timeline.date_label("1961-01-01", "year") == "1961"
    assert timeline.date_label("1960-07-16") == "16 July 1960"
    with pytest.raises(ValueError, match="precision"):
        timeline.date_label("1960-07-16", "week")


def test_chart_spec(events):
    shown = timeline.filter_events(events, "all", 1958, 1961)
    spec = timeline_chart(shown, start_year=1958, end_year=1961).to_dict()
    assert spec["title"] == f"{len(shown)} events, 1958 to 1961, by theme"
    assert f"{len(shown)} events" in spec["description"]
    assert "11 January 1958" in spec["description"]  # the first event shown
    rule, point = spec["layer"]
    assert rule["mark"]["type"] == "rule" and point["mark"]["type"] == "point"
    enc = point["encoding"]
    assert enc["x"]["field"] == "start" and enc["x"]["type"] == "temporal"
    assert enc["x"]["scale"]["domain"] == ["1958-01-01", "1961-12-31"]
    assert enc["y"]["field"] == "theme"
    assert enc["color"]["scale"]["range"] == list(THEME_COLOURS.values())
    assert [t["field"] for t in enc["tooltip"]] == ["event", "when", "theme", "source"]
    assert rule["encoding"]["x2"]["field"] == "end"
    rows = next(iter(spec["datasets"].values()))
    assert len(rows) == len(shown) < 100


def test_chart_single_event_says_event(events):
    shown = timeline.filter_events(events, "foreign relations", 1960, 1960)
    one = shown[shown["event"].str.contains("Soviet")]
    spec = timeline_chart(one, start_year=1960, end_year=1960, themes=["foreign relations"])
    assert spec.to_dict()["title"] == "1 event, 1960, by theme"


def test_empty_chart_still_draws(events):
    shown = timeline.filter_events(events, "industry", 1949, 1950)
    chart = timeline_chart(shown, start_year=1949, end_year=1950, themes=["industry"])
    spec = chart.to_dict()  # validates
    assert spec["title"].startswith("No events in 1949 to 1950")
    assert "'industry'" in spec["title"]
    assert "no events" in spec["description"].lower() or "empty" in spec["description"]
    assert spec["layer"][0]["mark"]["type"] == "text"


def test_chart_bad_input(events):
    shown = timeline.filter_events(events)
    with pytest.raises(TypeError, match="events"):
        timeline_chart(shown.to_dict())
    with pytest.raises(ValueError, match="events must have columns"):
        timeline_chart(events)  # not filtered: lacks the added columns
    with pytest.raises(ValueError, match="themes"):
        timeline_chart(shown, themes=["weather"])
    with pytest.raises(ValueError, match="years start"):
        timeline_chart(shown, start_year=1962, end_year=1960)


@pytest.mark.parametrize(("start", "end", "fmt"), [(1958, 1958, "%b %Y"), (1953, 1964, "%Y")])
def test_axis_fits_the_period_and_marks_stay_inside_it(start, end, fmt):
    events = timeline.filter_events(data.load("timeline"), "all", start, end)
    spec = timeline_chart(events, start_year=start, end_year=end).to_dict()
    assert spec["layer"][0]["encoding"]["x"]["axis"]["format"] == fmt
    assert all(layer["mark"].get("clip") for layer in spec["layer"])


def test_an_empty_timeline_gives_advice_that_fits_the_choice(events):
    none = timeline.filter_events(events, "all", 1949, 1952)

    def note(**kwargs) -> str:
        spec = timeline_chart(none, start_year=1949, end_year=1952, **kwargs).to_dict()
        return spec["layer"][0]["encoding"]["text"]["value"]

    assert "does not cover" in note() and "all themes" not in note()
    assert "choose 'all themes'" in note(themes=["politics"])
