"""The chart kit: parts every chart in the course uses, defined once.

A course chart is built in three steps, each its own function in a lesson's ``charts.py``:

1. **frame**: the model's DataFrame shaped into plain records (:func:`records`), one list
   per named dataset;
2. **template**: the chart without its data, title or description, built once per shape
   and cached (:func:`template`); the data are named datasets (``alt.Data(name=...)``);
3. **words**: the title and a one-sentence description built from clauses
   (:func:`sentence`), which is the alt text under the chart.

:func:`fill` puts the three together. Building Altair objects is most of a redraw's cost,
so a control change copies the cached template and swaps in new records instead of
building a new chart (measured in ``benchmarks/RESULTS.md``). A template is built once per
shape, never per value of a slider (building one costs several redraws): a setting that
follows a control's value (a legend's order, an axis title, a scale's domain) is set on
the filled copy with :func:`adjust`, which copies only the objects on the way to it. A part
drawn only for some values (a marker) is a layer of the template whose records may be empty.

Shared parts: :data:`INK` (reference lines and their labels), :func:`year_axis`
(integer years, at most one tick a year), :func:`famine_band` (the famine years shaded),
:func:`panel_title` (a panel's heading under the chart's title).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Mapping, Sequence

import altair as alt
import pandas as pd

from helpers.core import i18n, theme
from helpers.core.i18n import t
from helpers.core.validate import check_number

#: The course's ink: reference lines, markers and their labels.
INK = theme.INK
#: The famine years the course shades (registered deaths peaked in 1960; 1959-61 is the
#: span most counts use, and the source text's S19-S20 years).
FAMINE_YEARS = (1959, 1961)
#: Years wider than this many are labelled every few years, never twice the same year.
_MAX_YEAR_TICKS = 20


def records(frame: pd.DataFrame) -> list[dict]:
    """A DataFrame as plain records for a named dataset; NaN and infinities become null.

    Far cheaper for Altair to serialise than a DataFrame.

    Examples
    --------
    >>> records(pd.DataFrame({"year": [1959, 1960], "rate": [14.59, float("nan")]}))
    [{'year': 1959, 'rate': 14.59}, {'year': 1960, 'rate': None}]
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame; got {type(frame).__name__}")
    columns = [str(c) for c in frame.columns]
    rows = zip(*(frame[c].tolist() for c in frame.columns), strict=True)
    return [
        {
            k: None if isinstance(v, float) and not math.isfinite(v) else v
            for k, v in zip(columns, row, strict=True)
        }
        for row in rows
    ]


def sentence(*clauses: str, joiner: str = "; ") -> str:
    """One sentence from clauses: empty clauses dropped, the first capitalised, one full stop.

    Examples
    --------
    >>> sentence("industry rose 55 % in 1958", "", "then fell 38 % in 1961")
    'Industry rose 55 % in 1958; then fell 38 % in 1961.'
    >>> sentence("deaths per 1,000", "registered 25.4 in 1960", joiner=": ")
    'Deaths per 1,000: registered 25.4 in 1960.'
    """
    for clause in clauses:
        if not isinstance(clause, str):
            raise TypeError(f"clauses must be strings; got {clause!r}")
    kept = [c.strip().rstrip(".") for c in clauses if c and c.strip()]
    if not kept:
        raise ValueError("clauses must include at least one non-empty clause")
    text = joiner.join(kept)
    return text[0].upper() + text[1:] + "."


def year_axis(first: int, last: int, *, pad: float = 0.4, title: str | None = None) -> alt.X:
    """An x axis of whole years ``first``-``last``: each year once, padded at both ends.

    Up to 20 years every year is labelled; more, every second or fifth year. A year is never
    labelled twice (a plain quantitative axis labels 1953.5 as "1953" beside 1953).

    Examples
    --------
    >>> year_axis(1957, 1962).to_dict()["axis"]["values"]
    [1957, 1958, 1959, 1960, 1961, 1962]
    >>> year_axis(1949, 1966).to_dict()["axis"]["values"][:3]
    [1949, 1950, 1951]
    """
    return _year_axis(first, last, pad, t("Year") if title is None else title)


@functools.cache
def _year_axis(first: int, last: int, pad: float, title: str) -> alt.X:
    first = check_number("first", first, low=1900, high=2100, integer=True)
    last = check_number("last", last, low=first, high=2100, integer=True)
    check_number("pad", pad, low=0, high=2)
    years = last - first
    step = 1 if years <= _MAX_YEAR_TICKS else (2 if years <= 2 * _MAX_YEAR_TICKS else 5)
    return (
        alt.X("year:Q")
        .title(title)
        .scale(domain=[first - pad, last + pad], nice=False, zero=False)
        .axis(format="d", values=list(range(first, last + 1, step)), labelAngle=0)
    )


@functools.cache
def famine_band(first: int = FAMINE_YEARS[0], last: int = FAMINE_YEARS[1]) -> alt.Chart:
    """A shaded band over the famine years, ``first``-``last`` (charts say so in their title).

    Examples
    --------
    >>> famine_band().to_dict()["mark"]["color"] == theme.FAMINE_SHADE
    True
    """
    first = check_number("first", first, low=1900, high=2100, integer=True)
    last = check_number("last", last, low=first, high=2100, integer=True)
    return (
        alt.Chart({"values": [{"start": first - 0.5, "end": last + 0.5}]})
        .mark_rect(color=theme.FAMINE_SHADE, opacity=0.12)
        # Without zero=False a quantitative rect pulls a shared year axis down to 0.
        .encode(x=alt.X("start:Q").scale(zero=False, nice=False), x2=alt.X2("end:Q"))
    )


def panel_title(text: str) -> alt.TitleParams:
    """A panel's heading: smaller and greyer than the chart's own title above it.

    Examples
    --------
    >>> panel_title("Grain").to_dict()["text"]
    'Grain'
    """
    if not isinstance(text, str) or not text:
        raise TypeError(f"text must be a non-empty string; got {text!r}")
    return alt.TitleParams(text, fontSize=theme.FONT_SIZE + 1, color=theme.MUTED, offset=6)


def skeleton(chart: alt.TopLevelMixin) -> alt.TopLevelMixin:
    """``chart`` rebuilt from its own spec, without config or data: about twice as fast to draw.

    A chart read back with ``from_dict`` holds plain schema objects, which Altair turns into
    a spec in about half the time; the course theme is still applied when it is drawn.
    """
    if not isinstance(chart, alt.TopLevelMixin):
        raise TypeError(f"chart must be an Altair chart; got {type(chart).__name__}")
    spec = chart.to_dict(validate=False)
    for key in ("config", "$schema", "datasets"):
        spec.pop(key, None)
    return type(chart).from_dict(spec, validate=False)


def template(build: Callable[..., alt.TopLevelMixin]) -> Callable[..., alt.TopLevelMixin]:
    """Decorate a function that builds a chart without data: it runs once per arguments.

    ``build`` must take hashable arguments (the chart's shape: its series, its years) and
    read its data from named datasets (``alt.Data(name="...")``) that :func:`fill` supplies.

    Examples
    --------
    >>> @template
    ... def dots(colour):
    ...     return alt.Chart(alt.Data(name="dots")).mark_point(color=colour).encode(x="x:Q")
    >>> dots("black") is dots("black")
    True
    """
    if not callable(build):
        raise TypeError(f"build must be a function returning a chart; got {build!r}")

    @functools.cache
    def built(language: str, *args: object) -> alt.TopLevelMixin:
        return skeleton(build(*args))

    @functools.wraps(build)
    def cached(*args: object) -> alt.TopLevelMixin:
        # A template's words (axis and legend titles) are in the language it was built in.
        return built(i18n.current_language(), *args)

    return cached


def _copy(obj: alt.SchemaBase) -> alt.SchemaBase:
    """A shallow copy of an Altair object: its own settings, the values inside shared.

    ``obj.copy(deep=False)`` calls the class again, and a layered or concatenated chart's
    constructor deep-copies every part to merge their params: about 10 ms for a filled
    chart, most of a redraw. The object was built once already, so the copy skips that and
    copies the two attributes an Altair object holds (``_args``, ``_kwds``).
    """
    out = object.__new__(type(obj))
    object.__setattr__(out, "_args", obj._args)
    object.__setattr__(out, "_kwds", dict(obj._kwds))
    return out


def fill(
    chart: alt.TopLevelMixin,
    data: Mapping[str, Sequence[dict] | pd.DataFrame],
    *,
    title: str | alt.TitleParams,
    description: str,
) -> alt.TopLevelMixin:
    """A copy of a cached template with its named datasets, title and description set.

    Examples
    --------
    >>> @template
    ... def dots():
    ...     return alt.Chart(alt.Data(name="dots")).mark_point().encode(x="x:Q")
    >>> c = fill(dots(), {"dots": [{"x": 1}]}, title="One dot", description="One dot at 1.")
    >>> c.to_dict()["datasets"], c.to_dict()["description"]
    ({'dots': [{'x': 1}]}, 'One dot at 1.')
    """
    if not isinstance(chart, alt.TopLevelMixin):
        raise TypeError(f"chart must be an Altair chart; got {type(chart).__name__}")
    if not isinstance(data, Mapping):
        raise TypeError(f"data must map dataset names to records; got {type(data).__name__}")
    if not isinstance(description, str) or not description:
        raise ValueError("description must be a non-empty sentence")
    out = _copy(chart)
    out.datasets = {
        name: records(rows) if isinstance(rows, pd.DataFrame) else list(rows)
        for name, rows in data.items()
    }
    out.title = title
    out.description = description
    return out


def adjust(chart: alt.TopLevelMixin, settings: Mapping[tuple, object]) -> alt.TopLevelMixin:
    """A copy of ``chart`` with a value set at each path of ``settings``; the rest is shared.

    A path is a tuple of keys and list indices from the chart down to the setting, as in
    its spec: ``("layer", 0, "encoding", "x", "title")``. Only the objects along the paths
    are copied, so adjusting a filled template leaves the template as it was.

    Examples
    --------
    >>> @template
    ... def dots():
    ...     return alt.Chart(alt.Data(name="dots")).mark_point().encode(x=alt.X("x:Q").title("x"))
    >>> c = adjust(dots(), {("encoding", "x", "title"): "Year"})
    >>> c.to_dict()["encoding"]["x"]["title"], dots().to_dict()["encoding"]["x"]["title"]
    ('Year', 'x')
    """
    if not isinstance(chart, alt.TopLevelMixin):
        raise TypeError(f"chart must be an Altair chart; got {type(chart).__name__}")
    if not isinstance(settings, Mapping):
        raise TypeError(f"settings must map paths to values; got {type(settings).__name__}")
    for key in settings:
        if not isinstance(key, tuple) or not key:
            raise ValueError(f"settings must be keyed by non-empty tuples of keys; got {key!r}")
    return _set_in(chart, dict(settings))


def _set_in(obj: object, settings: dict[tuple, object]) -> object:
    """``obj`` copied, with each path of ``settings`` (relative to ``obj``) set."""
    if isinstance(obj, alt.SchemaBase):
        out = _copy(obj)
    elif isinstance(obj, list | dict):
        out = type(obj)(obj)
    else:
        raise ValueError(f"a path of settings runs through {obj!r}, which holds no settings")
    heads: dict[object, dict[tuple, object]] = {}
    for path, value in settings.items():
        if len(path) == 1:
            out[path[0]] = value
        else:
            heads.setdefault(path[0], {})[path[1:]] = value
    for head, rest in heads.items():
        try:
            inner = out[head]
        except (KeyError, IndexError):
            raise ValueError(f"settings name {head!r}, which the chart does not have") from None
        out[head] = _set_in(inner, rest)
    return out
