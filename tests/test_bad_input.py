"""Every public helper refuses bad input with an error that names the parameter.

`test_every_public_function_has_a_bad_input_case` enumerates the public functions of
every module in `helpers` and fails if one has neither bad-input cases nor a stated
reason to be exempt, so a new helper cannot arrive without them. Cases for the
course's foundation are below; each later lesson keeps its own in
`tests/bad_input_<topic>.py` (dicts `BAD` and `EXEMPT` of the same shape), merged here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import ipywidgets as widgets
import pandas as pd
import pytest

import helpers
from helpers.core import (
    course,
    data,
    discovery,
    feedback,
    launch,
    progress,
    reference,
    render,
    ui,
    validate,
)
from helpers.core import discovery as apps
from helpers.lessons.soviet_model import charts as soviet_model_charts
from helpers.lessons.soviet_model import evidence as soviet_model_evidence
from helpers.lessons.soviet_model import exercises as soviet_model_exercises
from helpers.lessons.soviet_model import plan as soviet_model_plan
from helpers.lessons.soviet_model import two_sector
from helpers.lessons.start_here import exercises as start_here_exercises
from helpers.shared import timeline, vital_rates
from helpers.shared import timeline_chart as timeline_charts

EMPTY = pd.DataFrame()

# "module.function" -> [(call, exception, words the message must contain)]
BAD = {
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
    "core.course.map_markdown": [
        (lambda: course.map_markdown("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.course.readme_text": [
        (lambda: course.readme_text("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.data.describe": [(lambda: data.describe("nope"), ValueError, "name must be one of")],
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
    "shared.vital_rates.s20_death_rates": [
        (lambda: vital_rates.s20_death_rates(EMPTY), ValueError, "national must have columns"),
        (
            lambda: vital_rates.s20_death_rates("x"),
            TypeError,
            "national must be a pandas DataFrame",
        ),
    ],
    "lessons.start_here.exercises.first_lesson_citing": [
        (
            lambda: start_here_exercises.first_lesson_citing("S99"),
            ValueError,
            "claim must be one of",
        )
    ],
    "lessons.soviet_model.evidence.plan_figure": [
        (lambda: soviet_model_evidence.plan_figure("nope"), ValueError, "indicator must be")
    ],
    "lessons.soviet_model.evidence.food_path": [
        (
            lambda: soviet_model_evidence.food_path(2.0),
            ValueError,
            "share_agriculture must be a number from 0 to 1",
        ),
        (
            lambda: soviet_model_evidence.food_path(0.1, years=0),
            ValueError,
            "years must be a whole number",
        ),
        (
            lambda: soviet_model_evidence.food_path(0.1, grain_kg_per_person="a"),
            TypeError,
            "grain_kg_per_person",
        ),
    ],
    "lessons.soviet_model.exercises.ex_3_expected": [
        (lambda: soviet_model_exercises.ex_3_expected(0), ValueError, "step must be")
    ],
    "lessons.soviet_model.plan.sector_index_frame": [
        (
            lambda: soviet_model_plan.sector_index_frame(EMPTY, EMPTY),
            ValueError,
            "value_added must have",
        ),
        (
            lambda: soviet_model_plan.sector_index_frame(
                data.load("value_added"), data.load("national_series"), base_year=1940
            ),
            ValueError,
            "base_year must be a whole number from 1952 to 1956",
        ),
        (
            lambda: soviet_model_plan.sector_index_frame(
                data.load("value_added"), data.load("national_series"), measure="x"
            ),
            ValueError,
            "measure must be one of",
        ),
    ],
    "lessons.soviet_model.charts.sector_index_chart": [
        (
            lambda: soviet_model_charts.sector_index_chart(EMPTY),
            ValueError,
            "frame must have columns",
        )
    ],
    "lessons.soviet_model.plan.outlay_shares_frame": [
        (lambda: soviet_model_plan.outlay_shares_frame(EMPTY), ValueError, "first_plan must have")
    ],
    "lessons.soviet_model.charts.outlay_shares_chart": [
        (
            lambda: soviet_model_charts.outlay_shares_chart(EMPTY),
            ValueError,
            "frame must have columns",
        )
    ],
    "lessons.soviet_model.plan.plan_vs_outcome_frame": [
        (
            lambda: soviet_model_plan.plan_vs_outcome_frame(EMPTY, EMPTY),
            ValueError,
            "first_plan must",
        )
    ],
    "lessons.soviet_model.charts.plan_vs_outcome_chart": [
        (
            lambda: soviet_model_charts.plan_vs_outcome_chart(EMPTY),
            ValueError,
            "frame must have columns",
        )
    ],
    "core.render.bundle": [
        (lambda: render.bundle("x"), TypeError, "chart must be an Altair chart")
    ],
    "core.render.show": [(lambda: render.show("x"), TypeError, "chart must be an Altair chart")],
    "shared.timeline.parse_date": [
        (lambda: timeline.parse_date("1958-13-01"), ValueError, "date must be an ISO date"),
        (lambda: timeline.parse_date(5), TypeError, "date must be an ISO date"),
    ],
    "shared.timeline.period_of": [(lambda: timeline.period_of("nope"), ValueError, "date must be")],
    "shared.timeline.date_label": [
        (lambda: timeline.date_label("1958-01-01", "week"), ValueError, "precision must be one of")
    ],
    "shared.timeline.filter_events": [
        (lambda: timeline.filter_events(EMPTY), ValueError, "events must have columns"),
        (
            lambda: timeline.filter_events(data.load("timeline"), "sport"),
            ValueError,
            "themes must be one of",
        ),
        (
            lambda: timeline.filter_events(data.load("timeline"), "all", 1940, 1950),
            ValueError,
            "from 1949 to 1966",
        ),
    ],
    "shared.timeline_chart.timeline_chart": [
        (lambda: timeline_charts.timeline_chart(EMPTY), ValueError, "events must have columns")
    ],
    "lessons.soviet_model.two_sector.two_sector_path": [
        (lambda: two_sector.two_sector_path(1.5), ValueError, "share_capital_goods must be"),
        (lambda: two_sector.two_sector_path(0.5, v_k=0), ValueError, "v_k must be"),
        (lambda: two_sector.two_sector_path(0.5, years=2.5), ValueError, "years must be"),
        (lambda: two_sector.two_sector_path("a"), TypeError, "share_capital_goods must be"),
    ],
    "lessons.soviet_model.two_sector.two_sector_paths": [
        (lambda: two_sector.two_sector_paths(0.5, -1), ValueError, "must be a number from 0 to 1")
    ],
    "lessons.soviet_model.two_sector.overtaking_year": [
        (lambda: two_sector.overtaking_year(EMPTY), ValueError, "paths must have columns")
    ],
    "lessons.soviet_model.two_sector.food_constraint_path": [
        (
            lambda: two_sector.food_constraint_path(
                "x", share_agriculture=0.1, investment_rate=0.1
            ),
            TypeError,
            "economy must be",
        ),
        (
            lambda: two_sector.food_constraint_path(
                soviet_model_evidence.food_economy(), share_agriculture=2, investment_rate=0.1
            ),
            ValueError,
            "share_agriculture must be",
        ),
    ],
    "lessons.soviet_model.two_sector.binding_year": [
        (lambda: two_sector.binding_year(EMPTY), ValueError, "path must have columns")
    ],
    "lessons.soviet_model.charts.consumption_paths_chart": [
        (lambda: soviet_model_charts.consumption_paths_chart(EMPTY), ValueError, "paths must have")
    ],
    "lessons.soviet_model.charts.food_constraint_chart": [
        (
            lambda: soviet_model_charts.food_constraint_chart(EMPTY, share_agriculture=0.1),
            ValueError,
            "path must have columns",
        ),
        (
            lambda: soviet_model_charts.food_constraint_chart(
                soviet_model_evidence.food_path(0.1), share_agriculture=5
            ),
            ValueError,
            "share_agriculture must be",
        ),
    ],
    "core.launch.repository": [
        (lambda: launch.repository("/no/such/CITATION.cff"), ValueError, "citation must be")
    ],
    "core.launch.binder_lab_url": [
        (lambda: launch.binder_lab_url("x"), ValueError, "lesson_file must be")
    ],
    "core.launch.binder_voila_url": [
        (lambda: launch.binder_voila_url("x"), ValueError, "lesson_file must")
    ],
    "core.launch.nbgitpuller_url": [
        (lambda: launch.nbgitpuller_url("nohub"), ValueError, "hub must be")
    ],
    "core.course.index_markdown": [
        (lambda: course.index_markdown("/no/such"), ValueError, "lessons_dir must")
    ],
    "core.course.root_readme_text": [
        (lambda: course.root_readme_text(5), TypeError, "readme must be")
    ],
    "core.reference.glossary": [
        (lambda: reference.glossary("99"), ValueError, "lesson must be one of")
    ],
    "core.reference.define": [(lambda: reference.define("x"), ValueError, "term must be one of")],
    "core.reference.cite": [(lambda: reference.cite("x"), ValueError, "key must be one of")],
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
    "core.ui.dropdown": [
        (lambda: ui.dropdown("d", ["a"], "b"), ValueError, "value must be one of")
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
    "core.course.main": "command-line entry point: argparse prints usage and exits 2 on bad flags",
    "core.data.names": "takes no arguments",
    "core.progress.progress_file": "takes no arguments",
    "core.progress.exercises": "takes no arguments",
    "core.reference.references": "takes no arguments",
    "core.theme.config": "takes no arguments",
    "core.theme.enable": "takes no arguments",
    "lessons.start_here.exercises.soviet_withdrawal_date": "takes no arguments",
    "lessons.soviet_model.evidence.default_investment_rate": "takes no arguments",
    "lessons.soviet_model.evidence.food_economy": "takes no arguments",
    "lessons.soviet_model.exercises.ex_2_expected": "takes no arguments",
    "lessons.soviet_model.figures.outlay_figure": "takes no arguments",
    "lessons.soviet_model.figures.plan_vs_outcome_figure": "takes no arguments",
}


for extra in sorted(Path(__file__).parent.glob("bad_input_*.py")):
    module = importlib.import_module(extra.stem)
    for key in set(module.BAD) & set(BAD) | set(getattr(module, "EXEMPT", {})) & set(EXEMPT):
        raise AssertionError(f"{extra.name} repeats the entry {key}")
    BAD.update(module.BAD)
    EXEMPT.update(getattr(module, "EXEMPT", {}))


def public_functions() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(helpers.__path__, prefix="helpers."):
        module = importlib.import_module(info.name)
        where = info.name.removeprefix("helpers.")
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(obj):
                continue
            if obj.__module__ != module.__name__:
                continue
            if name.endswith("_app") or (name.startswith("ex_") and name[3:].isdigit()):
                continue  # apps: swept in test_lessons/test_properties; checks: below
            names.append(f"{where}.{name}")
    return sorted(names)


def test_every_public_function_has_a_bad_input_case():
    missing = [n for n in public_functions() if n not in BAD and n not in EXEMPT]
    assert not missing, f"public helpers without a bad-input test in {__file__}: {missing}"
    stale = [n for n in [*BAD, *EXEMPT] if n not in public_functions()]
    assert not stale, f"entries for functions that no longer exist: {stale}"


CASES = [(name, i, *case) for name, cases in BAD.items() for i, case in enumerate(cases)]


@pytest.mark.parametrize(
    ("name", "i", "call", "error", "words"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_bad_input_is_refused_with_a_message_naming_the_parameter(name, i, call, error, words):
    with pytest.raises(error) as info:
        call()
    assert words in str(info.value), f"{name}: message {str(info.value)!r} lacks {words!r}"


def exercise_checks():
    for lesson in discovery.lessons():
        module = lesson.module("exercises")
        for name, obj in vars(module or object()).items():
            if name.startswith("ex_") and name[3:].isdigit() and inspect.isfunction(obj):
                yield f"{lesson.slug}.{name}", obj


CHECKS = list(exercise_checks())


@pytest.mark.parametrize(("name", "check"), CHECKS, ids=[n for n, _ in CHECKS])
@pytest.mark.parametrize("answer", [..., "not a number", None, float("nan"), [1, 2], -1e9])
def test_exercise_checks_answer_any_input_with_feedback_not_an_exception(name, check, answer):
    result = check(answer)
    assert isinstance(result, feedback.Feedback) and not result.passed and result.message
