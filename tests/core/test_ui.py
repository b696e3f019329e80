"""The wiring helper, the renderer, the theme, exercise feedback and argument checks."""

from __future__ import annotations

import altair as alt
import ipywidgets as widgets
import pandas as pd
import pytest

from helpers.core import feedback, render, theme, ui, validate


def line(slope: float = 1.0) -> alt.Chart:
    df = pd.DataFrame({"x": [0, 1], "y": [0.0, slope]})
    if slope < 0:
        raise ValueError("slope must be a number of at least 0; got a negative slope")
    return (
        alt.Chart(df, title="A line", description=f"Slope {slope}.")
        .mark_line()
        .encode(x="x:Q", y="y:Q")
    )


def make_app() -> ui.App:
    return ui.app(line, {"slope": ui.slider("Slope", 1.0, -1.0, 2.0, 0.5)}, title="Demo")


def test_app_draws_once_with_the_defaults():
    app = make_app()
    assert app.chart.to_dict()["description"] == "Slope 1.0."
    assert len(app.view.outputs) == 1
    assert "Slope 1.0." in app.caption.value
    assert ui.APP_CLASS in app.widget._dom_classes


def test_moving_a_control_redraws_in_place():
    app = make_app()
    before = app.chart.to_dict()
    app.controls["slope"].value = 2.0
    after = app.chart.to_dict()
    assert before != after and after["description"] == "Slope 2.0."
    assert len(app.view.outputs) == 1, "the old chart must be replaced, not appended to"
    shown = app.view.outputs[0]["data"][render.MIME]
    assert shown["description"] == "Slope 2.0."


def test_a_refused_value_is_shown_in_words_and_keeps_the_last_chart():
    app = make_app()
    app.controls["slope"].value = -1.0
    assert app.error and "slope" in app.error
    assert "Not drawn" in app.status.value
    assert app.chart.to_dict()["description"] == "Slope 1.0."
    app.controls["slope"].value = 0.5
    assert app.error is None and app.status.value == ""


def test_bundle_is_a_vega_lite_v5_svg_output_with_alt_text():
    out = render.bundle(line(1.5))
    assert out["output_type"] == "display_data"
    assert out["data"]["text/plain"] == "Slope 1.5."
    assert out["data"][render.MIME]["$schema"].split("/")[-1].startswith("v5")
    assert out["metadata"][render.MIME]["embed_options"]["renderer"] == "svg"
    with pytest.raises(TypeError, match="chart must be an Altair chart"):
        render.bundle("not a chart")


def test_every_bundle_carries_a_one_pixel_png_so_the_front_end_draws_it_once():
    # JupyterLab's Vega renderer writes a PNG into a bundle that lacks one, which makes the
    # Output widget draw the chart a second time; with a PNG present it leaves the model alone.
    import base64
    import struct

    png = base64.b64decode(render.bundle(line())["data"]["image/png"])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (1, 1), "the stand-in must be 1 x 1 pixel"


def test_a_redraw_serialises_its_chart_once(monkeypatch):
    app = make_app()
    calls = []
    to_dict = alt.Chart.to_dict

    def counting(self, *args, **kwargs):
        calls.append(1)
        return to_dict(self, *args, **kwargs)

    monkeypatch.setattr(alt.Chart, "to_dict", counting)
    app.controls["slope"].value = 2.0
    assert len(calls) == 1
    assert "Slope 2.0." in app.caption.value


def test_show_takes_a_chart_or_its_bundle_and_refuses_other_dicts():
    drawn = render.bundle(line(0.5))
    assert render.show(drawn).outputs == (drawn,)
    assert render.description(drawn) == "Slope 0.5."
    with pytest.raises(TypeError, match="drawn must be a bundle"):
        render.show({"data": {}})


def test_figure_wraps_a_static_chart_in_an_output():
    out = ui.figure(line())
    assert isinstance(out, widgets.Output) and len(out.outputs) == 1


def test_theme_is_active_and_colour_blind_safe():
    assert alt.theme.active == theme.NAME
    spec = line().to_dict()
    assert spec["config"]["range"]["category"][:3] == ["#0072B2", "#D55E00", "#009E73"]
    assert len(set(theme.PALETTE)) == len(theme.PALETTE) == 8


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (lambda: ui.app("x", {"a": widgets.IntSlider()}), TypeError, "render must be"),
        (lambda: ui.app(line, {}), ValueError, "controls must be"),
        (lambda: ui.app(line, {"slope": 3}), TypeError, "controls['slope']"),
        (lambda: ui.slider("s", 5, 0, 1, 0.1), ValueError, "value must be"),
        (lambda: ui.slider("s", 0.5, 1, 0, 0.1), ValueError, "high must be"),
        (lambda: ui.slider("s", 0.5, 0, 1, 0), ValueError, "step must be"),
        (lambda: ui.slider("s", "a", 0, 1, 0.1), TypeError, "value must be"),
        (lambda: ui.dropdown("d", list("abcdef"), "z"), ValueError, "value must be one of"),
        (lambda: ui.dropdown("d", list("abcde"), "a"), ValueError, "use ui.toggle for 5"),
        (lambda: ui.toggle("t", ["a"], "a"), ValueError, "options must list 2 to 5"),
        (lambda: ui.toggle("t", ["a", "b"], "c"), ValueError, "value must be one of"),
    ],
)
def test_ui_refuses_bad_input_clearly(call, error, words):
    with pytest.raises(error, match=words.replace("[", r"\[").replace("]", r"\]")):
        call()


def test_slider_kind_follows_its_arguments():
    assert isinstance(ui.slider("n", 3, 1, 10, 1), widgets.IntSlider)
    assert isinstance(ui.slider("x", 0.3, 0.0, 1.0, 0.05), widgets.FloatSlider)


def test_feedback_is_truthy_only_when_passed_and_explains():
    right = feedback.check_number(25, 25.0, hint="h", explain="because")
    wrong = feedback.check_number(2.5, 25.0, hint="h", explain="e", wrong={2.5: "that is percent"})
    other = feedback.check_number(7, 25.0, hint="per thousand", explain="e")
    pending = feedback.check_number(..., 25.0, hint="per thousand", explain="e")
    assert right and not wrong and not other and not pending
    assert "that is percent" in str(wrong)
    assert "per thousand" in str(other)
    assert "Not attempted" in str(pending) and not pending.attempted
    assert "should be a number" in str(feedback.check_number("x", 1.0, hint="h", explain="e"))
    assert "<p" in right._repr_html_()


def test_choice_feedback_ignores_case_and_space():
    assert feedback.check_choice(" B ", "b", hint="h", explain="e")
    assert not feedback.check_choice("a", "b", hint="h", explain="e", wrong={"a": "no: why"})
    assert not feedback.check_choice(..., "b", hint="h", explain="e").attempted


@pytest.mark.parametrize(
    ("call", "error", "words"),
    [
        (
            lambda: validate.check_number("share", 1.5, low=0, high=1),
            ValueError,
            "share must be a number from 0 to 1",
        ),
        (lambda: validate.check_number("share", True, low=0, high=1), TypeError, "share must be"),
        (lambda: validate.check_number("share", "0.3"), TypeError, "share must be"),
        (lambda: validate.check_number("share", float("nan")), ValueError, "share must be"),
        (
            lambda: validate.check_number("years", 2.5, integer=True),
            ValueError,
            "years must be a whole number",
        ),
        (
            lambda: validate.check_choice("series", "x", ["a", "b"]),
            ValueError,
            "series must be one of 'a', 'b'",
        ),
        (
            lambda: validate.check_frame("df", [1], ["year"]),
            TypeError,
            "df must be a pandas DataFrame",
        ),
        (
            lambda: validate.check_frame("df", pd.DataFrame({"x": [1]}), ["year"]),
            ValueError,
            "missing \\['year'\\]",
        ),
        (
            lambda: validate.check_frame("df", pd.DataFrame({"year": []}), ["year"]),
            ValueError,
            "at least one row",
        ),
        (
            lambda: validate.check_year_span("period", 1961, 1958, low=1949, high=1966),
            ValueError,
            "period start must not be after",
        ),
        (
            lambda: validate.check_year_span("period", 1940, 1958, low=1949, high=1966),
            ValueError,
            "period start must be a whole number from 1949 to 1966",
        ),
    ],
)
def test_validate_messages_name_the_parameter_and_the_allowed_values(call, error, words):
    with pytest.raises(error, match=words):
        call()


def test_slider_readouts_have_the_steps_precision():
    assert ui.slider("Ratio", 2.0, 1.0, 6.0, 0.5).readout_format == ".1f"
    assert ui.slider("Share", 0.3, 0.0, 1.0, 0.05).readout_format == ".2f"
    assert ui.slider("Share", 0.3, 0.0, 1.0, 0.05, fmt=".0%").readout_format == ".0%"
    assert ui.slider("Mt", 4.5, 0.0, 10.0, 0.1).readout_format == ".1f"


def test_a_decimal_slider_in_a_kazakh_lesson_reads_out_the_kazakh_way():
    from helpers.core import i18n

    def draw(k):
        return alt.Chart(pd.DataFrame({"x": [k]}), description="D").mark_point().encode(x="x:Q")

    i18n.use_language("kk")
    try:
        app = ui.app(draw, {"k": ui.slider("Share", 24.6, 0.0, 50.0, 0.1)})
        row = app.widget.children[0].children[0]
        slider, readout = row.children
        assert slider is app.controls["k"] and not slider.readout
        assert readout.value == "24,6"
        slider.value = 12.3
        assert readout.value == "12,3"
    finally:
        i18n.use_language("en")
    english = ui.app(draw, {"k": ui.slider("Share", 24.6, 0.0, 50.0, 0.1)})
    assert english.widget.children[0].children[0] is english.controls["k"]
    assert english.controls["k"].readout
