"""The one wiring helper: controls -> pure model -> chart, redrawn on every change.

A lesson declares its controls and a ``render(**values) -> chart`` function;
:func:`app` lays them out, draws the chart once with the defaults and redraws
it in place whenever a control changes. How the chart is drawn is
:mod:`helpers.core.render`'s business alone.

If ``render`` refuses a combination of values (a ``ValueError``, say a start
year after an end year), the app keeps the last chart and shows the message in
words instead of a traceback.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import altair as alt
import ipywidgets as widgets

from helpers.core import render
from helpers.core.i18n import current_language, number, t
from helpers.core.validate import check_number

APP_CLASS = "glf-app"

# ipywidgets' sliders (noUiSlider) give each handle role="slider" but no accessible name, so a
# screen reader says "slider, 1958" and not which slider (axe rule aria-input-field-name), and
# ipywidgets has no option to name them. This script, shown once per app in a hidden Output,
# names every handle after its control's visible label ("Years (from)" and "Years (to)" for a
# range) and again whenever the app's widgets are redrawn. JupyterLab and Voila run scripts in
# the trusted HTML outputs of an Output widget; a front end that does not shows nothing.
_NAME_SLIDERS_JS = """(() => {
  const app = document.currentScript && document.currentScript.closest('.APP_CLASS');
  if (!app || app.glfNamesSliders) return;
  const name = () => {
    for (const control of app.querySelectorAll('.widget-slider')) {
      const label = control.querySelector('.widget-label');
      const text = label ? label.textContent.trim() : '';
      const handles = control.querySelectorAll('[role="slider"]');
      handles.forEach((handle, i) => {
        const want = handles.length > 1 ? `${text} (${i === 0 ? __FROM__ : __TO__})` : text;
        if (text && handle.getAttribute('aria-label') !== want) {
          handle.setAttribute('aria-label', want);
        }
      });
    }
  };
  app.glfNamesSliders = new MutationObserver(name);
  app.glfNamesSliders.observe(app, {childList: true, subtree: true});
  name();
})();""".replace("APP_CLASS", APP_CLASS)


def _a11y_output() -> dict:
    """The hidden output that runs the script, the range's ends named in the lesson's language."""
    script = _NAME_SLIDERS_JS.replace("__FROM__", json.dumps(t("from"))).replace(
        "__TO__", json.dumps(t("to"))
    )
    return {
        "output_type": "display_data",
        "data": {"text/html": f"<script>{script}</script>", "text/plain": ""},
        "metadata": {},
    }


_LABEL_STYLE = {"description_width": "initial"}
# Controls fill the page up to 760 px, so a long label never squeezes a slider's track
# (the browser tests require every track to be at least MIN_TRACK_PX wide).
_CONTROL_LAYOUT = {"width": "100%", "max_width": "760px"}
MIN_TRACK_PX = 200
TOGGLE_MAX = 5  # choices up to this many are toggle buttons; more are a drop-down


@dataclass(eq=False)
class App:
    """An interactive chart: controls, the function that draws, and what is shown.

    Attributes
    ----------
    render : callable
        ``render(**values)`` returns an Altair chart; ``values`` are the controls' values.
    controls : dict
        Control name (a ``render`` keyword) -> ipywidgets control.
    title : str
        A heading shown above the controls.
    chart : alt.TopLevelMixin
        The chart on screen now (tests read it).
    error : str or None
        The message shown when ``render`` refused the current values.
    """

    render: Callable[..., alt.TopLevelMixin]
    controls: dict[str, widgets.ValueWidget]
    title: str = ""
    chart: alt.TopLevelMixin | None = None
    error: str | None = None
    view: widgets.Output = field(init=False)
    caption: widgets.HTML = field(init=False)
    status: widgets.HTML = field(init=False)
    a11y: widgets.Output = field(init=False)
    widget: widgets.VBox = field(init=False)

    def __post_init__(self) -> None:
        self.view = widgets.Output(layout=widgets.Layout(min_height="200px"))
        self.caption = widgets.HTML()
        self.status = widgets.HTML()
        self.a11y = widgets.Output(layout=widgets.Layout(display="none"))
        self.a11y.outputs = (_a11y_output(),)
        heading = [widgets.HTML(f"<h4>{html.escape(self.title)}</h4>")] if self.title else []
        # The parts carry classes, so a page can lay them out: presentation mode (the
        # Voila template "glf") puts the controls beside the chart on a wide screen.
        panel = widgets.VBox(
            [_with_readout(c) for c in self.controls.values()], layout=widgets.Layout(width="100%")
        )
        for part, name in (
            *((h, "glf-heading") for h in heading),
            (panel, "glf-controls"),
            (self.status, "glf-status"),
            (self.view, "glf-view"),
            (self.caption, "glf-caption-box"),
        ):
            part.add_class(name)
        self.widget = widgets.VBox(
            [*heading, panel, self.status, self.view, self.caption, self.a11y]
        )
        self.widget.add_class(APP_CLASS)
        for control in self.controls.values():
            control.observe(self.redraw, names="value")
        self.redraw()

    def values(self) -> dict[str, object]:
        """Return the controls' current values, keyed by ``render``'s keywords."""
        return {name: control.value for name, control in self.controls.items()}

    def redraw(self, _change: object = None) -> None:
        """Run ``render`` on the current values and replace the chart on screen."""
        try:
            chart = self.render(**self.values())
        except ValueError as exc:
            self.error = str(exc)
            self.status.value = (
                f'<p role="alert"><b>{t("Not drawn:")}</b> {html.escape(self.error)}</p>'
            )
            return
        self.error = None
        self.status.value = ""
        self.chart = chart
        drawn = render.bundle(chart)  # serialised once: the bundle also gives the caption
        render.show(drawn, self.view)
        self.caption.value = f'<p class="glf-caption">{html.escape(render.description(drawn))}</p>'

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)


def _with_readout(control: widgets.ValueWidget) -> widgets.Widget:
    """``control`` as the panel shows it. A decimal slider in a translated lesson gets its
    readout from :func:`helpers.core.i18n.number` (``24,6``), beside it: the slider's own
    readout is d3-format's, which writes decimals the English way (``24.6``) whatever the
    language. The control itself is unchanged (``App.controls`` holds it)."""
    if current_language() == "en" or not isinstance(control, widgets.FloatSlider):
        return control
    if not control.readout:
        return control
    spec = control.readout_format
    readout = widgets.Label(number(control.value, spec), layout=widgets.Layout(min_width="3.5em"))
    readout.add_class("glf-readout")
    control.readout = False

    def show(change: dict) -> None:
        readout.value = number(change["new"], spec)

    control.observe(show, names="value")
    return widgets.HBox([control, readout], layout=widgets.Layout(width="100%", max_width="760px"))


def app(
    render: Callable[..., alt.TopLevelMixin],
    controls: Mapping[str, widgets.ValueWidget],
    *,
    title: str = "",
) -> App:
    """Build an :class:`App`; display it by making it a cell's last expression.

    Examples
    --------
    >>> import pandas as pd
    >>> def draw(k):
    ...     df = pd.DataFrame({"x": [0, 1], "y": [0, k]})
    ...     return alt.Chart(df, title="Line", description=f"Slope {k}.").mark_line().encode(x="x", y="y")
    >>> a = app(draw, {"k": slider("Slope", 1.0, 0.0, 2.0, 0.5)})
    >>> a.controls["k"].value = 2.0
    >>> a.chart.to_dict()["description"]
    'Slope 2.0.'
    """
    if not callable(render):
        raise TypeError(f"render must be a function returning a chart; got {type(render).__name__}")
    if not isinstance(controls, Mapping) or not controls:
        raise ValueError("controls must be a non-empty mapping of keyword -> ipywidgets control")
    for name, control in controls.items():
        if not isinstance(control, widgets.ValueWidget):
            raise TypeError(f"controls[{name!r}] must be an ipywidgets control; got {control!r}")
    return App(render=render, controls=dict(controls), title=t(title) if title else "")


def slider(
    label: str,
    value: float,
    low: float,
    high: float,
    step: float,
    *,
    fmt: str | None = None,
) -> widgets.FloatSlider | widgets.IntSlider:
    """A labelled slider; whole-number arguments give an ``IntSlider``.

    The readout shows as many decimals as ``step`` has (a step of 0.5 reads "2.5", not
    "2.50"), unless ``fmt`` (a d3 format such as ``".0%"``) says otherwise.

    Examples
    --------
    >>> slider("Years", 20, 5, 40, 1).value
    20
    >>> slider("Capital-output ratio", 2.0, 1.0, 6.0, 0.5).readout_format
    '.1f'
    """
    check_number("low", low)
    check_number("high", high, low=low)
    check_number("step", step, low=0)
    if step == 0:
        raise ValueError("step must be a number greater than 0; got 0")
    check_number("value", value, low=low, high=high)
    whole = all(isinstance(v, int) and not isinstance(v, bool) for v in (value, low, high, step))
    cls = widgets.IntSlider if whole else widgets.FloatSlider
    if fmt is None and not whole:
        fmt = f".{_decimals(step)}f"
    kwargs = {"readout_format": fmt} if fmt else {}
    return cls(
        value=value,
        min=low,
        max=high,
        step=step,
        description=t(label),
        style=_LABEL_STYLE,
        layout=widgets.Layout(**_CONTROL_LAYOUT),
        **kwargs,
    )


def range_slider(
    label: str, value: tuple[int, int], low: int, high: int, step: int = 1
) -> widgets.IntRangeSlider:
    """A labelled slider with two handles, for a span of whole numbers (years, say).

    Examples
    --------
    >>> range_slider("Years", (1958, 1961), 1950, 1970).value
    (1958, 1961)
    """
    check_number("low", low)
    check_number("high", high, low=low)
    check_number("step", step, low=1)
    if not isinstance(value, tuple) or len(value) != 2:
        raise ValueError(f"value must be a (first, last) pair of numbers; got {value!r}")
    check_number("value[0]", value[0], low=low, high=high)
    check_number("value[1]", value[1], low=value[0], high=high)
    return widgets.IntRangeSlider(
        value=value,
        min=low,
        max=high,
        step=step,
        description=t(label),
        style={"description_width": "initial"},
        layout=widgets.Layout(width="460px"),
    )


def _decimals(step: float) -> int:
    """Decimal places a step needs: 0.05 -> 2, 0.5 -> 1, 2.0 -> 0."""
    text = f"{step:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def dropdown(label: str, options: Sequence[object] | Mapping[str, object], value: object):
    """A labelled drop-down list, for six choices or more; ``options`` may map labels to values.

    Five or fewer are a row of :func:`toggle` buttons: one click each, and no drop-down
    for the keyboard to open (in JupyterLab a plain arrow key on a closed drop-down moves to
    the next cell; Alt+Down opens it).

    Examples
    --------
    >>> themes = ["all", "planning", "industry", "politics", "famine", "foreign relations"]
    >>> dropdown("Theme", themes, "all").value
    'all'
    """
    values = list(options.values()) if isinstance(options, Mapping) else list(options)
    if len(values) <= TOGGLE_MAX:
        raise ValueError(
            f"options must list more than {TOGGLE_MAX} choices for a drop-down; got "
            f"{len(values)}: use ui.toggle for {TOGGLE_MAX} or fewer"
        )
    if value not in values:
        raise ValueError(f"value must be one of {values}; got {value!r}")
    return widgets.Dropdown(
        options=_labelled(options),
        value=value,
        description=t(label),
        style=_LABEL_STYLE,
        layout=widgets.Layout(**_CONTROL_LAYOUT),
    )


def toggle(label: str, options: Sequence[object] | Mapping[str, object], value: object):
    """A labelled row of toggle buttons, for two to five choices.

    Examples
    --------
    >>> toggle("Rule", ["quota", "share"], "share").value
    'share'
    """
    values = list(options.values()) if isinstance(options, Mapping) else list(options)
    if not 2 <= len(values) <= TOGGLE_MAX:
        raise ValueError(f"options must list 2 to {TOGGLE_MAX} choices; got {len(values)}")
    if value not in values:
        raise ValueError(f"value must be one of {values}; got {value!r}")
    # Buttons as wide as their labels: the default fixed width cuts long labels short.
    style = {**_LABEL_STYLE, "button_width": "auto"}
    return widgets.ToggleButtons(
        options=_labelled(options), value=value, description=t(label), style=style
    )


def _labelled(options: Sequence[object] | Mapping[str, object]):
    """``options`` with their labels in the lesson's language (the values stay as they are,
    so a model never sees a translated value); unchanged where nothing is translated."""
    if isinstance(options, Mapping):
        pairs = [(t(label), value) for label, value in options.items()]
        return dict(pairs) if [p[0] for p in pairs] != list(options) else options
    values = list(options)
    if not all(isinstance(v, str) for v in values):
        return options
    labels = [t(v) for v in values]
    return list(zip(labels, values, strict=True)) if labels != values else options


def figure(chart: alt.TopLevelMixin) -> widgets.Output:
    """Show a static chart (no controls) the same way apps do, inside an ``Output``."""
    return render.show(chart)
