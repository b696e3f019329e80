"""Every lesson: clean notebook, the course skeleton, its claims cited, its apps swept."""

from __future__ import annotations

import itertools
import re

import pytest

from helpers.core.discovery import all_app_factories, sweep_values
from tests.support.lessons import (
    CLAIM,
    LESSONS,
    committed,
    lesson_ids,
    load,
    non_finite_numbers,
    solution_code,
)

# Which source-text claims each lesson must teach (source-text/README.md), by lesson slug:
# renumbering a lesson changes nothing here, and a new lesson need not be listed.
PLANNED_CLAIMS = {
    "start_here": {"S15", "S20", "S24"},
    "soviet_model": {"S1", "S5"},
    "decentralisation": {"S2", "S3", "S4", "S5", "S6", "S7", "S16"},
    "communes": {f"S{i}" for i in range(8, 16)},
    "crisis": {"S17", "S18", "S19", "S20", "S22", "S23", "S24"},
    "counting_the_cost": {"S21"},
    "lushan": {"S14", "S22", "S24"},
}
SECTIONS = [
    "## Learning objectives",
    "## Setup",
    "## 1.",
    "## Exercises",
    "## Key points",
    "## Sources",
]

lessons = pytest.mark.parametrize("path", LESSONS, ids=lesson_ids())


def markdown(nb: dict) -> list[str]:
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]


def headings(text: str, level: int) -> list[str]:
    text = re.sub(r"```.*?```", "", text, flags=re.S)
    return [ln for ln in text.splitlines() if ln.startswith("#" * level + " ")]


def test_there_are_lessons():
    assert [p.name[:2] for p in LESSONS][:2] == ["00", "01"]


@lessons
def test_notebook_is_committed_clean(path):
    nb = committed(path)
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert (nb["nbformat"], nb["nbformat_minor"]) == (4, 5), "nbformat 4.5: cells carry ids"
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [], f"{path.name}: outputs committed"
            assert cell["execution_count"] is None, f"{path.name}: execution count committed"
            src = "".join(cell["source"])
            assert "sys.path" not in src and "import *" not in src and "!pip" not in src


@lessons
def test_skeleton(path):
    nb = load(path)
    cells = nb["cells"]
    first = "".join(cells[0]["source"])
    assert cells[0]["cell_type"] == "markdown" and first.startswith("# "), "starts with the H1"
    assert len(first.strip().splitlines()) >= 2, "H1 followed by a one-line promise"
    h1 = [h for text in markdown(nb) for h in headings(text, 1)]
    assert len(h1) == 1, f"exactly one H1, found {h1}"

    text = "\n".join(markdown(nb))
    positions = [text.find(s) for s in SECTIONS]
    assert all(p >= 0 for p in positions), (
        f"missing: {[s for s, p in zip(SECTIONS, positions, strict=True) if p < 0]}"
    )
    assert positions == sorted(positions), "sections out of order"
    assert "**Time:**" in text and "**Prerequisites:**" in text

    # Setup: exactly one code cell, then the first section.
    setup = next(i for i, c in enumerate(cells) if "## Setup" in "".join(c["source"]))
    after = [c["cell_type"] for c in cells[setup + 1 : setup + 3]]
    assert after[0] == "code" and (after[1] == "markdown"), "one imports cell under Setup"

    # Numbered sections end with a check-yourself question.
    sections = re.split(r"(?m)^## ", text)
    numbered = [s for s in sections if re.match(r"\d+\. ", s)]
    assert numbered, "no numbered sections"
    for section in numbered:
        assert "**Check yourself:**" in section, f"section '{section.splitlines()[0]}' has no check"


@lessons
def test_exercises_have_starter_check_and_a_solution_that_never_runs(path):
    cells = load(path)["cells"]
    starts = [
        i
        for i, c in enumerate(cells)
        if c["cell_type"] == "markdown" and "### Exercise" in "".join(c["source"])
    ]
    assert len(starts) >= 2, "at least two exercises"
    for i in starts:
        starter = next((c for c in cells[i + 1 : i + 4] if c["cell_type"] == "code"), None)
        assert starter is not None, f"exercise at cell {i}: a starter cell"
        text = "".join(starter["source"])
        assert "..." in text and "ex_" in text, f"cell after {i}: starter with ... and a check"
        after = cells[cells.index(starter) + 1]
        assert "solution" in after["metadata"].get("tags", []), f"cell after {i}: a solution"
        # Markdown, folded in <details>: Run All never runs it, so it shows no answer and
        # records no pass; conftest.py runs its code in the second pass to prove it passes.
        assert "<details>" in "".join(after["source"]), "the solution is folded"
        code = solution_code(after)
        assert "assert " in code and "ex_" in code, "the solution asserts the same check"


@lessons
def test_lesson_cites_its_claims(path):
    text = "\n".join("".join(c["source"]) for c in load(path)["cells"])
    cited = {f"S{m}" for m in CLAIM.findall(text)}
    missing = PLANNED_CLAIMS.get(path.stem[3:], set()) - cited
    assert not missing, f"{path.name} does not cite {sorted(missing)}"
    sources = text[text.find("## Sources") :]
    assert CLAIM.search(sources), "Sources section lists the claim ids used"
    assert "data/" in sources or ".csv" in sources, "Sources section lists the data files used"


def test_corrected_claims_are_shown_with_their_correction():
    text = "\n".join("".join(c["source"]) for c in load(LESSONS[0])["cells"])
    assert "1980s" in text  # S15: communes lasted until the early 1980s
    assert re.search(r"per (1,000|thousand)", text)  # S20: per thousand, not percent
    assert "1960" in text and "S24" in text  # S24: experts recalled in mid-1960


APPS = all_app_factories()


@pytest.mark.parametrize(("name", "factory"), APPS, ids=[n for n, _ in APPS])
def test_every_control_across_its_range_redraws_a_valid_chart(name, factory):
    app = factory()
    assert app.chart is not None and app.error is None, f"{name}: default view failed"
    spec = app.chart.to_dict()
    assert spec.get("title") and spec.get("description"), (
        f"{name}: chart needs title and description"
    )
    for key, control in app.controls.items():
        original = control.value
        for value in sweep_values(control):
            before = app.chart.to_dict(validate=False)
            changed = value != control.value
            control.value = value
            assert app.error is None, f"{name}: {key}={value!r} refused: {app.error}"
            after = app.chart.to_dict()  # validates against the Vega-Lite schema
            assert not non_finite_numbers(after), f"{name}: {key}={value!r} shows NaN or infinity"
            if changed:
                assert after != before, (
                    f"{name}: moving {key} to {value!r} did not change the chart"
                )
        control.value = original


def test_claim_list_in_the_repository_covers_every_claim_the_lessons_plan():
    text = (LESSONS[0].parents[1] / "source-text" / "README.md").read_text(encoding="utf-8")
    listed = {f"S{m}" for m in re.findall(r"^\| S(\d+) \|", text, flags=re.M)}
    assert listed == {f"S{i}" for i in range(1, 25)} == set().union(*PLANNED_CLAIMS.values())


@pytest.mark.parametrize("path", LESSONS[:-1], ids=lesson_ids()[:-1])
def test_each_lesson_ends_with_a_link_to_the_next(path):
    text = "\n".join("".join(c["source"]) for c in load(path)["cells"])
    following = LESSONS[LESSONS.index(path) + 1].name
    assert f"]({following})" in text[text.find("## Sources") :], f"{path.name}: link {following}"


def corners(app) -> list[dict[str, object]]:
    """Every control at one end of its range: all combinations for up to 32 of them,
    otherwise each pair of controls at its four corners with the others at their defaults."""
    ends = {
        key: (vals[0], vals[-1])
        for key, vals in ((k, sweep_values(c)) for k, c in app.controls.items())
    }
    keys = list(ends)
    if 2 ** len(keys) <= 32:
        return [dict(zip(keys, combo, strict=True)) for combo in itertools.product(*ends.values())]
    return [
        {a: va, b: vb}
        for a, b in itertools.combinations(keys, 2)
        for va in ends[a]
        for vb in ends[b]
    ]


@pytest.mark.parametrize(("name", "factory"), APPS, ids=[n for n, _ in APPS])
def test_every_corner_of_every_app_draws(name, factory):
    app = factory()
    defaults = app.values()
    for corner in corners(app):
        for key, value in {**defaults, **corner}.items():
            app.controls[key].value = value
        assert app.error is None, f"{name}: {corner} refused: {app.error}"
        assert not non_finite_numbers(app.chart.to_dict(validate=False)), f"{name}: {corner}"
