"""Instructor notes: one file per lesson with the agreed sections, an answer for every
check-yourself question and exercise (exercise answers run through the lesson's own checks),
workshop plans whose blocks add up, and links that resolve.

The format the notes follow (instructors/README.md describes it for authors):

* ``instructors/NN_<slug>.md`` for every ``lessons/NN_<slug>.ipynb``;
* ``## `` sections, matched case-insensitively: Goals, Timing, Demo, Misconceptions,
  Check-yourself answers, Exercise answers, Discussion;
* Timing: a Markdown table with a *Teaching* and an *Exercise* minutes column whose sum is the
  lesson's ``**Time:**`` (a *Total* row, if any, is not counted but must agree);
* Check-yourself answers: one ``### `` subsection per ``**Check yourself:**`` in the notebook;
* Exercise answers: one ``### Exercise N`` subsection per exercise, each with a line
  ``**Answer:** `<python literal>` `` that ``helpers.lessons.<slug>.exercises.ex_N`` accepts;
* Discussion: 2-4 prompts (numbered or bulleted items, or ``### `` subsections).
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

from helpers.core import course, launch
from tests.support.lessons import LESSONS, ROOT, lesson_ids, load

INSTRUCTORS = ROOT / "instructors"
REQUIRED_SECTIONS = (
    "Goals",
    "Timing",
    "Demo",
    "Misconceptions",
    "Check-yourself answers",
    "Exercise answers",
    "Discussion",
)
WORKSHOPS = INSTRUCTORS / "workshops.md"
#: Session lengths the workshop plans must offer: 90 min, a half-day of 3.5 h, two of 2 h.
PLAN_LENGTHS = {"90": [90], "half-day": [210], "two": [120, 120]}

lessons = pytest.mark.parametrize("path", LESSONS, ids=lesson_ids())


# ---- parsing ---------------------------------------------------------------------------


def strip_code(text: str) -> str:
    """The Markdown without fenced code blocks (a ``# comment`` there is not a heading)."""
    return re.sub(r"^(```|~~~).*?^\1", "", text, flags=re.S | re.M)


def split_sections(text: str, level: int) -> dict[str, str]:
    """Heading text (lower case) -> body, for the headings of one level."""
    marker = "#" * level + " "
    out: dict[str, str] = {}
    current = None
    for line in strip_code(text).splitlines():
        if line.startswith(marker):
            current = line[len(marker) :].strip().lower()
            out[current] = ""
        elif line.startswith("#" * (level - 1) + " ") and level > 1 and current is not None:
            current = None  # a higher-level heading closes the section
        elif current is not None:
            out[current] += line + "\n"
    return out


def section(text: str, name: str) -> str:
    """The body of the ``## name`` section (case-insensitive); "" if absent."""
    return split_sections(text, 2).get(name.lower(), "")


def tables(text: str) -> list[list[list[str]]]:
    """Every Markdown table in ``text``: rows of stripped cells, separator rows dropped."""
    found, rows = [], []
    for line in text.splitlines() + [""]:
        if line.strip().startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                rows.append(cells)
        elif rows:
            found.append(rows)
            rows = []
    return found


def number(cell: str) -> int:
    return int(cell.replace("*", "").strip())


def notes_for(path: Path) -> list[Path]:
    return sorted(INSTRUCTORS.glob(f"{path.name[:2]}_*.md"))


def notes_text(path: Path) -> str:
    found = notes_for(path)
    if not found:
        pytest.skip(f"no instructors/{path.name[:2]}_*.md yet (test_every_lesson_has_notes fails)")
    return found[0].read_text(encoding="utf-8")


def notebook_markdown(path: Path) -> str:
    nb = load(path)
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def map_times() -> dict[str, int]:
    df = course.lessons()
    return {f"{n:02d}": int(t) for n, t in zip(df["number"], df["time_min"], strict=True)}


# ---- per-lesson notes -----------------------------------------------------------------


@lessons
def test_every_lesson_has_notes(path):
    found = notes_for(path)
    assert len(found) == 1, (
        f"lesson {path.name} needs exactly one instructors/{path.name[:2]}_*.md "
        f"(named like the notebook: instructors/{path.stem}.md); found {found}"
    )


@lessons
def test_notes_have_the_agreed_sections(path):
    text = notes_text(path)
    present = split_sections(text, 2)
    missing = [s for s in REQUIRED_SECTIONS if s.lower() not in present]
    assert not missing, f"{path.stem}: missing '## ' sections {missing}"
    empty = [s for s in REQUIRED_SECTIONS if not present[s.lower()].strip()]
    assert not empty, f"{path.stem}: empty sections {empty}"


@lessons
def test_timing_adds_up_to_the_lessons_time(path):
    timing = section(notes_text(path), "Timing")
    found = tables(timing)
    assert found, f"{path.stem}: the Timing section needs a table"
    header, *rows = found[0]
    lower = [h.lower() for h in header]
    teach = [i for i, h in enumerate(lower) if "teach" in h]
    exercise = [i for i, h in enumerate(lower) if "exercise" in h]
    assert teach and exercise, f"{path.stem}: Timing needs Teaching and Exercise columns: {header}"
    t, e = teach[0], exercise[0]
    parts = [r for r in rows if not r[0].replace("*", "").strip().lower().startswith("total")]
    totals = [r for r in rows if r not in parts]
    teaching, exercises = sum(number(r[t]) for r in parts), sum(number(r[e]) for r in parts)
    for row in totals:
        assert (number(row[t]), number(row[e])) == (teaching, exercises), (
            f"{path.stem}: the Total row says {row}, the parts add up to {teaching} + {exercises}"
        )
    expected = map_times()[path.name[:2]]
    assert teaching + exercises == expected, (
        f"{path.stem}: Timing adds up to {teaching} + {exercises} = {teaching + exercises} min, "
        f"but the lesson's **Time:** is ~{expected} min"
    )


@lessons
def test_every_check_yourself_question_is_answered(path):
    asked = notebook_markdown(path).count("**Check yourself:**")
    answers = split_sections(section(notes_text(path), "Check-yourself answers"), 3)
    answered = [h for h, body in answers.items() if body.strip()]
    assert len(answered) >= asked, (
        f"{path.stem}: the notebook asks {asked} check-yourself questions; the notes answer "
        f"{len(answered)} (one '### ' subsection each)"
    )


def exercise_numbers(path: Path) -> list[int]:
    return [int(n) for n in re.findall(r"^### Exercise (\d+)", notebook_markdown(path), re.M)]


def exercise_answers(path: Path) -> dict[int, str]:
    """Exercise number -> the body of its ``### Exercise N`` subsection in the notes."""
    subsections = split_sections(section(notes_text(path), "Exercise answers"), 3)
    out = {}
    for heading, body in subsections.items():
        match = re.match(r"exercise (\d+)", heading)
        if match:
            out[int(match.group(1))] = body
    return out


@lessons
def test_every_exercise_has_an_answer_the_lessons_check_accepts(path):
    wanted = exercise_numbers(path)
    assert wanted, f"{path.stem}: no '### Exercise N' in the notebook"
    answers = exercise_answers(path)
    missing = [n for n in wanted if n not in answers]
    assert not missing, f"{path.stem}: no '### Exercise N' answer in the notes for {missing}"
    module = importlib.import_module(f"helpers.lessons.{path.stem[3:]}.exercises")
    for n in wanted:
        match = re.search(r"\*\*Answer:\*\*\s*`([^`]+)`", answers[n])
        assert match, f"{path.stem}, exercise {n}: needs a line **Answer:** `<python literal>`"
        value = ast.literal_eval(match.group(1))
        result = getattr(module, f"ex_{n}")(value)
        assert result, (
            f"{path.stem}, exercise {n}: the notes' answer {value!r} fails the lesson's own "
            f"check: {result}"
        )


@lessons
def test_discussion_has_two_to_four_prompts(path):
    body = section(notes_text(path), "Discussion")
    items = re.findall(r"^(?:\d+\.|[-*])\s+\S", body, re.M)
    subsections = split_sections(body, 3)
    count = max(len(items), len(subsections))
    assert 2 <= count <= 4, f"{path.stem}: {count} discussion prompts; give 2-4"


# ---- workshop plans --------------------------------------------------------------------


def plan_sessions() -> list[tuple[str, int, list[dict[str, str]]]]:
    """(plan heading, session minutes, block rows) for every ``**Session:** N min`` table."""
    out = []
    for heading, body in split_sections(WORKSHOPS.read_text(encoding="utf-8"), 2).items():
        if not heading.startswith("plan"):
            continue
        chunks = re.split(r"^\*\*Session:\*\*\s*(\d+)\s*min\s*$", body, flags=re.M)
        assert len(chunks) > 1, f"workshops.md '{heading}': no '**Session:** N min' line"
        for minutes, chunk in zip(chunks[1::2], chunks[2::2], strict=True):
            found = tables(chunk)
            assert found, f"workshops.md '{heading}': a session without a table"
            header, *rows = found[0]
            out.append((heading, int(minutes), [dict(zip(header, r, strict=True)) for r in rows]))
    return out


def plans() -> dict[str, list[tuple[int, list[dict[str, str]]]]]:
    grouped: dict[str, list] = {}
    for heading, minutes, rows in plan_sessions():
        grouped.setdefault(heading, []).append((minutes, rows))
    return grouped


def test_there_are_three_plans_of_the_agreed_lengths():
    lengths = sorted(sorted(m for m, _ in sessions) for sessions in plans().values())
    assert lengths == sorted(PLAN_LENGTHS.values()), f"plans of {lengths} minutes"


def test_every_plan_adds_up_to_its_session_length():
    for heading, minutes, rows in plan_sessions():
        total = sum(number(r["Minutes"]) for r in rows)
        assert total == minutes, f"'{heading}': blocks add up to {total} min, not {minutes}"


def test_plans_keep_course_order_and_every_session_has_a_break():
    for heading, sessions in plans().items():
        taught = [r["Lesson"] for _, rows in sessions for r in rows if r["Lesson"].isdigit()]
        assert taught == sorted(taught), f"'{heading}': lessons out of course order: {taught}"
        assert len(taught) == len(set(taught)), f"'{heading}': a lesson taught twice: {taught}"
        for minutes, rows in sessions:
            breaks = sum("break" in r["Block"].lower() for r in rows)
            assert breaks >= (2 if minutes > 180 else 1), f"'{heading}': too few breaks"


#: A new lesson's notes say this until workshops.md plans it (the lesson template does).
NOT_YET_PLANNED = "**Workshop plans:** not yet in the plans"


def test_longer_plans_cover_every_lesson():
    present = sorted(
        p.name[:2]
        for p in LESSONS
        if NOT_YET_PLANNED not in (INSTRUCTORS / f"{p.stem}.md").read_text(encoding="utf-8")
    )
    for heading, sessions in plans().items():
        if sum(m for m, _ in sessions) <= 90:
            continue
        taught = sorted(r["Lesson"] for _, rows in sessions for r in rows if r["Lesson"].isdigit())
        assert taught == present, f"'{heading}' teaches {taught}; the course has {present}"


def test_no_lesson_gets_more_than_its_map_time_and_cuts_are_marked():
    times = map_times()
    for heading, _, rows in plan_sessions():
        for row in rows:
            lesson = row["Lesson"]
            if not lesson.isdigit():
                continue
            assert lesson in times, f"'{heading}' plans lesson {lesson}, which does not exist"
            minutes, full = number(row["Minutes"]), times[lesson]
            assert minutes <= full, (
                f"'{heading}': lesson {lesson} gets {minutes} min; its map time is ~{full} min"
            )
            if minutes < full:
                assert "abridged" in " ".join(row.values()).lower(), (
                    f"'{heading}': lesson {lesson} gets {minutes} of ~{full} min; say 'Abridged' "
                    "and what is cut (or update the plan after a change of the lesson's time)"
                )


def test_lesson_times_table_matches_the_course_map():
    body = section(WORKSHOPS.read_text(encoding="utf-8"), "Lesson times")
    found = tables(body)
    assert found, "workshops.md needs a '## Lesson times' table"
    header, *rows = found[0]
    column = next(i for i, h in enumerate(header) if "min" in h.lower())
    listed = {r[0]: number(r[column]) for r in rows}
    assert listed == map_times(), "workshops.md's lesson times differ from the course map"


# ---- links -----------------------------------------------------------------------------


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


@pytest.mark.parametrize("md", sorted(INSTRUCTORS.glob("*.md")), ids=lambda p: p.name)
def test_relative_links_resolve(md):
    text = strip_code(md.read_text(encoding="utf-8"))
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        file, _, anchor = target.partition("#")
        dest = (md.parent / file).resolve() if file else md
        assert dest.exists(), f"{md.name}: link to {target} does not resolve"
        if anchor and dest.suffix == ".md":
            headings = re.findall(r"^#+ (.+)$", strip_code(dest.read_text(encoding="utf-8")), re.M)
            assert anchor in {slug(h) for h in headings}, f"{md.name}: no heading for #{anchor}"


def test_launch_links_in_the_notes_are_the_generated_ones():
    text = (INSTRUCTORS / "running-a-class.md").read_text(encoding="utf-8")
    assert launch.nbgitpuller_url("https://YOUR-HUB") in text
    assert launch.binder_lab_url() in text
    assert launch.binder_voila_url() in text
