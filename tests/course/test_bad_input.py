"""Every public helper refuses bad input with an error that names the parameter.

`test_every_public_function_has_a_bad_input_case` enumerates the public functions of
every module in `helpers` and fails if one has neither bad-input cases nor a stated
reason to be exempt, so a new helper cannot arrive without them. The cases live beside
the tests of what they cover, in a `bad_input.py` in `tests/core/`, `tests/shared/` and
each `tests/lessons/<slug>/` (dicts `BAD` and `EXEMPT`), all merged here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import helpers
from helpers.core import (
    discovery,
    feedback,
)

# "module.function" -> [(call, exception, words the message must contain)], and
# "module.function" -> why it needs no case; filled from every tests/**/bad_input.py.
BAD: dict = {}
EXEMPT: dict = {}


TESTS = Path(__file__).resolve().parents[1]
for extra in sorted(TESTS.rglob("bad_input.py")):
    module = importlib.import_module(
        ".".join(extra.relative_to(TESTS.parent).with_suffix("").parts)
    )
    for key in set(module.BAD) & set(BAD) | set(getattr(module, "EXEMPT", {})) & set(EXEMPT):
        raise AssertionError(f"{extra} repeats the entry {key}")
    BAD.update(module.BAD)
    EXEMPT.update(getattr(module, "EXEMPT", {}))


def public_functions() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(helpers.__path__, prefix="helpers."):
        module = importlib.import_module(info.name)
        where = info.name.removeprefix("helpers.")
        for name, obj in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(inspect.unwrap(obj)):
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
