"""Bad-input cases for helpers.core (merged by tests/course/test_bad_input.py, which requires a
case or a stated exemption for every public helper)."""

from __future__ import annotations

import altair as alt
import ipywidgets as widgets
import pandas as pd

from helpers.core import (
    chart_kit,
    course,
    course_files,
    data,
    display,
    feedback,
    i18n,
    launch,
    presentation,
    progress,
    quiz,
    reference,
    render,
    ui,
    validate,
)
from helpers.core import discovery as apps

_FRAME = pd.DataFrame({"a": [1.0]})

# "module.function" -> [(call, exception, words the message must contain)]
BAD = {
    "core.i18n.N_": [(lambda: i18n.N_(3), TypeError, "text must be a string to mark")],
    "core.i18n.number": [(lambda: i18n.number("many", ".1f"), TypeError, "value must be a number")],
    "core.i18n.translated": [
        (lambda: i18n.translated([1, 2], "series"), TypeError, "frame must be a pandas DataFrame"),
        (lambda: i18n.translated(pd.DataFrame({"a": [1]}), "series"), ValueError, "columns"),
    ],
    "core.i18n.t": [(lambda: i18n.t(3), TypeError, "text must be a string to translate")],
    "core.i18n.catalogue": [(lambda: i18n.catalogue("fr"), ValueError, "language must be one of")],
    "core.i18n.use_language": [
        (lambda: i18n.use_language("fr"), ValueError, "language must be one of 'en', 'kk'")
    ],
    "core.display.table": [
        (lambda: display.table([1], {"a": "A"}), TypeError, "frame must be a pandas"),
        (lambda: display.table(_FRAME, {"a": "a_b"}), ValueError, "not a variable name"),
        (lambda: display.table(_FRAME, {"a": "A"}, decimals=-1), ValueError, "decimals"),
    ],
    "core.presentation.presented": [
        (lambda: presentation.presented({"cells": []}), TypeError, "nb must be a notebook")
    ],
    "core.display.prose": [(lambda: display.prose(3), TypeError, "text must be")],
    "core.quiz.choice": [
        (lambda: quiz.choice("Q", {"a": "r"}, "a"), ValueError, "options must map 2 to 6"),
        (lambda: quiz.choice("", {"a": "r", "b": "s"}, "a"), TypeError, "question must be"),
    ],
    "core.quiz.number": [
        (lambda: quiz.number("Q", "x", explain="e", hint="h"), TypeError, "answer must be"),
        (lambda: quiz.number("Q", 1, explain="e", hint="h", rel=1), ValueError, "rel must be"),
    ],
    "core.quiz.open_question": [
        (lambda: quiz.open_question("Q", "M", ["one"]), ValueError, "rubric must be a list"),
    ],
    "core.chart_kit.records": [
        (lambda: chart_kit.records([1]), TypeError, "frame must be a pandas")
    ],
    "core.chart_kit.sentence": [
        (lambda: chart_kit.sentence("a", 2), TypeError, "clauses must be strings"),
        (lambda: chart_kit.sentence("", " "), ValueError, "clauses must include"),
    ],
    "core.chart_kit.adjust": [
        (lambda: chart_kit.adjust({}, {}), TypeError, "chart must be an Altair chart"),
        (lambda: chart_kit.adjust(chart_kit.famine_band(), []), TypeError, "settings must map"),
        (
            lambda: chart_kit.adjust(chart_kit.famine_band(), {"mark": 1}),
            ValueError,
            "settings must be keyed by non-empty tuples",
        ),
        (
            lambda: chart_kit.adjust(chart_kit.famine_band(), {("layer", 0): 1}),
            ValueError,
            "settings name 'layer', which the chart does not have",
        ),
    ],
    "core.chart_kit.year_axis": [
        (lambda: chart_kit.year_axis(1960, 1950), ValueError, "last must be a whole number"),
    ],
    "core.chart_kit.famine_band": [
        (lambda: chart_kit.famine_band(1959.5), ValueError, "first must be a whole number"),
    ],
    "core.chart_kit.panel_title": [(lambda: chart_kit.panel_title(""), TypeError, "text must be")],
    "core.chart_kit.skeleton": [
        (lambda: chart_kit.skeleton({}), TypeError, "chart must be an Altair")
    ],
    "core.chart_kit.template": [
        (lambda: chart_kit.template(3), TypeError, "build must be a function")
    ],
    "core.chart_kit.fill": [
        (lambda: chart_kit.fill({}, {}, title="t", description="d"), TypeError, "chart must be"),
        (
            lambda: chart_kit.fill(alt.Chart(), [], title="t", description="d"),
            TypeError,
            "data must",
        ),
        (
            lambda: chart_kit.fill(alt.Chart(), {}, title="t", description=""),
            ValueError,
            "description",
        ),
    ],
    "core.discovery.lessons": [
        (lambda: apps.lessons("/no/such/dir"), ValueError, "lessons_dir must be")
    ],
    "core.discovery.lesson_of_module": [
        (lambda: apps.lesson_of_module("helpers.core.ui"), ValueError, "module_name must name")
    ],
    "core.discovery.all_app_factories": [
        (lambda: apps.all_app_factories("/no/such/dir"), ValueError, "lessons_dir must be")
    ],
    "core.discovery.sweep_values": [
        (lambda: apps.sweep_values(widgets.Output()), TypeError, "control must be")
    ],
    "core.course.lessons": [
        (lambda: course.lessons("/no/such/dir"), ValueError, "lessons_dir must be")
    ],
    "core.course.reading_time": [
        (lambda: course.reading_time("/no/such.ipynb"), ValueError, "path must be a lesson")
    ],
    "core.course.map_markdown": [
        (lambda: course.map_markdown("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.course_files.readme_text": [
        (lambda: course_files.readme_text("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.course_files.workshops_text": [
        (lambda: course_files.workshops_text(5), TypeError, "workshops must be a file path")
    ],
    "core.course_files.notebook_text": [
        (lambda: course_files.notebook_text(5), TypeError, "notebook must be a file path")
    ],
    "core.course_files.targets": [
        (lambda: course_files.targets("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.course.navigation_markdown": [
        (lambda: course.navigation_markdown("99_x.ipynb"), ValueError, "file must be one of")
    ],
    "core.course.lesson_times_markdown": [
        (lambda: course.lesson_times_markdown("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.data.describe": [(lambda: data.describe("nope"), ValueError, "name must be one of")],
    "core.data.vocabulary": [
        (lambda: data.vocabulary("timeline", "nope"), ValueError, "field must be one of"),
        (lambda: data.vocabulary("timeline", "event"), ValueError, "has no fixed vocabulary"),
        (lambda: data.vocabulary("nope", "theme"), ValueError, "name must be one of"),
    ],
    "core.data.load": [
        (lambda: data.load("nope"), ValueError, "name must be one of"),
        (lambda: data.load(None), ValueError, "name must be one of"),
    ],
    "core.data.load_cached": [
        (lambda: data.load_cached("nope"), ValueError, "name must be one of")
    ],
    "core.data.load_resource": [
        (lambda: data.load_resource({}, "."), ValueError, "resource must"),
        (lambda: data.load_resource("x", "."), TypeError, "resource must"),
    ],
    "core.feedback.not_attempted": [(lambda: feedback.not_attempted(3), TypeError, "hint must be")],
    "core.feedback.check_number": [
        (lambda: feedback.check_number(1, "x", hint="", explain=""), TypeError, "expected must be"),
        (lambda: feedback.check_number(1, 1.0, rel=2, hint="", explain=""), ValueError, "rel must"),
    ],
    "core.feedback.share_problem": [
        (lambda: feedback.share_problem(0.5, 3), TypeError, "hint must be")
    ],
    "core.feedback.check_choice": [
        (lambda: feedback.check_choice(1, "a", hint=3, explain=""), TypeError, "hint must be")
    ],
    "core.render.bundle": [
        (lambda: render.bundle("x"), TypeError, "chart must be an Altair chart")
    ],
    "core.render.description": [
        (lambda: render.description({"data": {}}), TypeError, "drawn must be a bundle")
    ],
    "core.render.show": [(lambda: render.show("x"), TypeError, "chart must be an Altair chart")],
    "core.launch.repository": [
        (lambda: launch.repository("/no/such/CITATION.cff"), ValueError, "citation must be")
    ],
    "core.launch.binder_lab_url": [
        (lambda: launch.binder_lab_url("x"), ValueError, "lesson_file must be"),
        (lambda: launch.binder_lab_url(language="fr"), ValueError, "language must be one of"),
    ],
    "core.launch.binder_voila_url": [
        (lambda: launch.binder_voila_url("x"), ValueError, "lesson_file must"),
        (lambda: launch.binder_voila_url(language="fr"), ValueError, "language must be one of"),
    ],
    "core.launch.nbgitpuller_url": [
        (lambda: launch.nbgitpuller_url("nohub"), ValueError, "hub must be")
    ],
    "core.course.index_markdown": [
        (lambda: course.index_markdown("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.course_files.root_readme_text": [
        (lambda: course_files.root_readme_text(5), TypeError, "readme must be")
    ],
    "core.reference.glossary": [
        (lambda: reference.glossary("99"), ValueError, "lesson must be one of")
    ],
    "core.reference.define": [(lambda: reference.define("x"), ValueError, "term must be one of")],
    "core.reference.cite": [(lambda: reference.cite("x"), ValueError, "key must be one of")],
    "core.reference.find_citations": [
        (lambda: reference.find_citations(5), TypeError, "text must be a string")
    ],
    "core.reference.resolve": [
        (lambda: reference.resolve("Coale", 1984), TypeError, "names and year must be strings")
    ],
    "core.reference.unresolved": [
        (lambda: reference.unresolved(None), TypeError, "text must be a string")
    ],
    "core.progress.load": [(lambda: progress.load(5), TypeError, "path must be a file path")],
    "core.progress.record": [
        (lambda: progress.record("one"), ValueError, "exercise_id must look like")
    ],
    "core.progress.reset": [(lambda: progress.reset(5), TypeError, "path must be a file path")],
    "core.progress.summary": [(lambda: progress.summary(5), TypeError, "path must be a file path")],
    "core.progress.progress_panel": [
        (lambda: progress.progress_panel(5), TypeError, "path must be a file path")
    ],
    "core.progress.tracked": [
        (lambda: progress.tracked(len), ValueError, "check must be a function")
    ],
    "core.ui.app": [(lambda: ui.app(len, {}), ValueError, "controls must be")],
    "core.ui.slider": [(lambda: ui.slider("s", 5, 0, 1, 0.1), ValueError, "value must be")],
    "core.ui.range_slider": [
        (lambda: ui.range_slider("y", (1960, 1950), 1950, 1970), ValueError, "value[1] must be"),
        (lambda: ui.range_slider("y", 1955, 1950, 1970), ValueError, "value must be a (first"),
    ],
    "core.ui.dropdown": [
        (lambda: ui.dropdown("d", list("abcdef"), "z"), ValueError, "value must be one of")
    ],
    "core.ui.toggle": [(lambda: ui.toggle("t", ["a"], "a"), ValueError, "options must list")],
    "core.ui.figure": [(lambda: ui.figure(None), TypeError, "chart must be an Altair chart")],
    "core.validate.check_number": [
        (lambda: validate.check_number("x", 2, high=1), ValueError, "x must be")
    ],
    "core.validate.check_choice": [
        (lambda: validate.check_choice("x", 2, [1]), ValueError, "x must be")
    ],
    "core.validate.check_frame": [
        (lambda: validate.check_frame("x", 2, ["a"]), TypeError, "x must be")
    ],
    "core.validate.check_year_span": [
        (lambda: validate.check_year_span("p", 2, 1, low=0, high=3), ValueError, "p start must not")
    ],
}

# Functions with no input to refuse, or whose contract is to answer any input.
EXEMPT = {
    "core.course_files.between": "pure text function: any strings give a text or None",
    "core.course_files.main": "command-line entry point: argparse prints usage and exits 2 on bad flags",
    "core.data.names": "takes no arguments",
    "core.i18n.current_language": "takes no arguments",
    "core.i18n.missing_translations": "takes no arguments",
    "core.i18n.recording": "takes no arguments (a context manager)",
    "core.progress.progress_file": "takes no arguments",
    "core.progress.exercises": "takes no arguments",
    "core.reference.references": "takes no arguments",
    "core.theme.config": "takes no arguments",
    "core.theme.enable": "takes no arguments",
}
