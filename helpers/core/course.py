"""The course map, generated from the lesson notebooks themselves.

Nothing here is kept by hand: :func:`lessons` reads ``lessons/NN_<slug>.ipynb``
(sorted by file name, so the number is the order) and takes from each
notebook's first Markdown cell its title (the only H1), its one-line promise,
its learning objectives, its time and prerequisites, and from all its
Markdown the source-text claims it cites (``[S13]``). :func:`map_markdown`
turns that into a Markdown table, which the notebook of lesson 00 displays;
:func:`index_markdown` is the short index of the top-level README, :func:`navigation_markdown`
each lesson's closing link to the next and :func:`lesson_times_markdown` the workshop plans'
table of times. :mod:`helpers.core.course_files` writes them into their files.

Notebooks are read with :mod:`json` only, which keeps this fast. In a translated lesson
(after ``use_language("kk")``) the map and the index read the translated notebooks
(``lessons/kk/``) and speak that language; the files :mod:`helpers.core.course_files` writes
are English.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pandas as pd

from helpers.core import i18n
from helpers.core.i18n import t
from helpers.core.paths import LESSONS_DIR

COLUMNS = (
    "number",
    "file",
    "title",
    "promise",
    "objectives",
    "time_min",
    "prerequisites",
    "claims",
)

_FILE_RE = re.compile(r"^(\d{2})_[a-z0-9_]+\.ipynb$")
_H1_RE = re.compile(r"^#\s+(.+?)\s*$")
# A lesson's fixed words in English and in each translation (the skeleton, helpers.core.i18n).
_WORDS = {
    word: [word, *(words[word] for words in i18n.SKELETON.values())]
    for word in ("**Time:**", "**Prerequisites:**", "## Learning objectives")
}
_TIME_RE = re.compile(
    rf"(?:{'|'.join(map(re.escape, _WORDS['**Time:**']))})\s*~?\s*(\d+)\s*(?:min|мин)"
)
_PREREQ_RE = re.compile(
    rf"(?:{'|'.join(map(re.escape, _WORDS['**Prerequisites:**']))})\s*(.+?)\s*$"
)
# Reading budgets (issue 11): what a lesson asks of a learner, in minutes. Not yet written into
# the lessons' **Time:** lines: that waits for the cuts that bring each lesson to 45 minutes.
WORDS_PER_MIN = 150  # prose of this density: dates, figures, sources
MORE_WORDS_PER_MIN = 450  # folded "more" blocks (<details>): opened by few, skimmed by those
APP_MIN = 3  # per app: move the controls, read the chart and its caption
EXERCISE_MIN = 4  # per exercise: read it, answer, read the feedback
QUIZ_MIN = 1  # per check-yourself question (``lesson.quiz_<topic>()``): read, click, read why
_APP_CALL = re.compile(r"\blesson\.\w+_app\(")
_QUIZ_CALL = re.compile(r"\blesson\.quiz_\w+\(")
_DETAILS_RE = re.compile(r"<details>.*?</details>", re.S)
_ITEM = r"S\d{1,2}(?:\s*[–-]\s*S\d{1,2})?"
_CLAIMS_RE = re.compile(rf"\[({_ITEM}(?:\s*[,;]\s*{_ITEM})*)\]")


def lessons(lessons_dir: str | Path | None = None) -> pd.DataFrame:
    """Read every lesson notebook and return one row per lesson, in course order.

    Parameters
    ----------
    lessons_dir : str or Path, optional
        The folder holding ``NN_slug.ipynb`` files; the course's ``lessons/`` by default.

    Returns
    -------
    pandas.DataFrame
        Columns ``number`` (int), ``file``, ``title`` (the H1), ``promise`` (the line after
        it), ``objectives`` (list of str), ``time_min`` (int, minutes), ``prerequisites``
        and ``claims`` (sorted list of source-text claim ids such as ``"S13"``).

    Raises
    ------
    ValueError
        If the folder has no lessons, or a notebook lacks its H1, promise, objectives or
        ``**Time:**`` line; the message names the file.

    Examples
    --------
    >>> lessons().loc[0, "file"]
    '00_start_here.ipynb'
    """
    folder = _lessons_dir(lessons_dir)
    rows = [_lesson_row(path) for path in sorted(folder.glob("*.ipynb"))]
    if not rows:
        raise ValueError(
            f"lessons_dir must hold lesson notebooks (NN_slug.ipynb); none in {folder}"
        )
    return pd.DataFrame(rows, columns=list(COLUMNS))


def map_markdown(lessons_dir: str | Path | None = None) -> str:
    """Return the course map as a Markdown table, one row per lesson.

    Links are relative to the lessons folder, so the same table works in the lesson 00
    notebook and in ``lessons/README.md``.

    Examples
    --------
    >>> print(map_markdown().splitlines()[0])
    | # | Lesson | You will be able to | Time | Prerequisites | Source claims |
    """
    df = lessons(_in_language(lessons_dir))
    head = (
        t("Lesson"),
        t("You will be able to"),
        t("Time"),
        t("Prerequisites"),
        t("Source claims"),
    )
    lines = ["| # | " + " | ".join(head) + " |", "|---|---|---|---|---|---|"]
    for row in df.itertuples(index=False):
        objectives = "<br>".join(f"• {_cell(o)}" for o in row.objectives)
        claims = ", ".join(row.claims) if row.claims else "—"
        minutes = t("~{minutes} min", minutes=row.time_min)
        lines.append(
            f"| {row.number:02d} | [{_cell(row.title)}]({row.file})<br>*{_cell(row.promise)}* "
            f"| {objectives} | {minutes} | {_cell(row.prerequisites)} | {claims} |"
        )
    return "\n".join(lines) + "\n"


def index_markdown(lessons_dir: str | Path | None = None, *, in_lesson: bool = False) -> str:
    """A compact course index for the top-level README: lesson, time and launch links
    (``in_lesson``: links relative to a lesson notebook, as lesson 00 shows it).

    Examples
    --------
    >>> "mybinder.org" in index_markdown()
    True
    """
    from helpers.core import launch

    folder = _in_language(lessons_dir)
    df = lessons(folder)
    language = i18n.current_language()
    if in_lesson:
        where = ""
    else:
        where = (
            "lessons/" if language == "en" or lessons_dir is not None else f"lessons/{language}/"
        )
    head = (t("Lesson"), t("Time"), t("Open on Binder"))
    lines = ["| # | " + " | ".join(head) + " |", "|---|---|---|---|"]
    for row in df.itertuples():
        binder = (
            launch.binder_lab_url(row.file, language),
            launch.binder_voila_url(row.file, language),
        )
        minutes, app_view = t("~{minutes} min", minutes=row.time_min), t("app view (Voilà)")
        lines.append(
            f"| {row.number:02d} | [{_cell(row.title)}]({where}{row.file}) | {minutes} | "
            f"[JupyterLab]({binder[0]}) · [{app_view}]({binder[1]}) |"
        )
    total = int(df["time_min"].sum())
    lines += [
        "",
        t(
            "About {total} minutes in all. Objectives and source claims per lesson: "
            "[`lessons/README.md`]({readme}).",
            total=total,
            readme=("README.md" if language == "en" else "../README.md")
            if in_lesson
            else "lessons/README.md",
        ),
    ]
    return "\n".join(lines) + "\n"


def navigation_markdown(file: str, lessons_dir: str | Path | None = None) -> str:
    """A lesson's closing link: the next lesson and its promise, or the way back to the map.

    Examples
    --------
    >>> print(navigation_markdown("00_start_here.ipynb").splitlines()[0])  # doctest: +ELLIPSIS
    **Next:** [lesson 01, The Soviet model and why it was abandoned](01_soviet_model.ipynb). ...
    """
    df = lessons(lessons_dir).reset_index(drop=True)
    if file not in set(df["file"]):
        raise ValueError(
            f"file must be one of the lesson notebooks {list(df['file'])}; got {file!r}"
        )
    at = int(df.index[df["file"] == file][0])
    first = df.iloc[0]
    if at + 1 < len(df):
        nxt = df.iloc[at + 1]
        return f"**Next:** [lesson {nxt.number:02d}, {nxt.title}]({nxt.file}). {nxt.promise}\n"
    return (
        "**This is the last lesson of the course.** Go back to the course map in "
        f"[lesson {first.number:02d}]({first.file}), or try the exercises again with other "
        "settings.\n"
    )


def lesson_times_markdown(lessons_dir: str | Path | None = None) -> str:
    """The workshop plans' table of lessons and their times in the map.

    Examples
    --------
    >>> lesson_times_markdown().splitlines()[0]
    '| Lesson | Title | Time in the map (min) |'
    """
    df = lessons(lessons_dir)
    lines = ["| Lesson | Title | Time in the map (min) |", "|---|---|---:|"]
    lines += [f"| {r.number:02d} | {_cell(r.title)} | {r.time_min} |" for r in df.itertuples()]
    return "\n".join(lines) + "\n"


def _in_language(lessons_dir: str | Path | None) -> str | Path | None:
    """``lessons_dir``, or the lessons in the current language when none is given."""
    language = i18n.current_language()
    if lessons_dir is None and language != "en":
        return LESSONS_DIR / language
    return lessons_dir


def _lessons_dir(lessons_dir: str | Path | None) -> Path:
    if lessons_dir is None:
        return LESSONS_DIR
    if not isinstance(lessons_dir, str | Path):
        raise TypeError(f"lessons_dir must be a folder path; got {type(lessons_dir).__name__}")
    folder = Path(lessons_dir)
    if not folder.is_dir():
        raise ValueError(f"lessons_dir must be an existing folder; got {str(folder)!r}")
    return folder


def _lesson_row(path: Path) -> dict:
    match = _FILE_RE.match(path.name)
    if not match:
        raise ValueError(f"{path.name}: lesson files must be named NN_slug.ipynb (e.g. 01_x.ipynb)")
    try:
        nb = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path.name}: not a readable notebook ({exc})") from exc
    markdown = [
        "".join(c["source"]) if isinstance(c.get("source"), list) else c.get("source", "")
        for c in nb.get("cells", [])
        if c.get("cell_type") == "markdown"
    ]
    if not markdown:
        raise ValueError(f"{path.name}: the notebook has no Markdown cell with its title")
    head = markdown[0].splitlines()
    title_at = next((i for i, line in enumerate(head) if _H1_RE.match(line)), None)
    if title_at is None:
        raise ValueError(f"{path.name}: the first Markdown cell must start with a '# Title' (H1)")
    title = _H1_RE.match(head[title_at]).group(1)
    promise = next((line.strip() for line in head[title_at + 1 :] if line.strip()), "")
    if not promise or promise.startswith("#"):
        raise ValueError(f"{path.name}: the H1 must be followed by a one-line promise")
    all_md = "\n".join(markdown)
    return {
        "number": int(match.group(1)),
        "file": path.name,
        "title": title,
        "promise": promise,
        "objectives": _objectives(path.name, all_md),
        "time_min": _time(path.name, all_md),
        "prerequisites": _prerequisites(all_md),
        "claims": _claims(all_md),
    }


def reading_time(path: str | Path) -> dict:
    """What a lesson asks of a learner, and the minutes that makes.

    Prose is counted at :data:`WORDS_PER_MIN`, folded "more" blocks at
    :data:`MORE_WORDS_PER_MIN`, plus :data:`APP_MIN` per app, :data:`EXERCISE_MIN` per
    exercise and :data:`QUIZ_MIN` per check-yourself question; solutions and the generated link to the next lesson are not counted. The
    minutes are rounded up to a multiple of 5.

    Examples
    --------
    >>> t = reading_time(LESSONS_DIR / "00_start_here.ipynb")
    >>> t["minutes"] % 5 == 0 and t["minutes"] >= t["words"] / WORDS_PER_MIN
    True
    """
    path = Path(path)
    if path.suffix != ".ipynb" or not path.is_file():
        raise ValueError(f"path must be a lesson notebook (.ipynb); got {str(path)!r}")
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    words = more = apps = exercises = quizzes = 0
    for cell in cells:
        text = "".join(cell.get("source", ""))
        tags = cell.get("metadata", {}).get("tags", [])
        if "solution" in tags or "navigation" in tags:
            continue
        if cell.get("cell_type") == "code":
            apps += len(_APP_CALL.findall(text))
            quizzes += len(_QUIZ_CALL.findall(text))
            continue
        folded = " ".join(_DETAILS_RE.findall(text))
        more += len(folded.split())
        words += len(_DETAILS_RE.sub(" ", text).split())
        exercises += text.count("### Exercise")
    raw = words / WORDS_PER_MIN + more / MORE_WORDS_PER_MIN + apps * APP_MIN
    raw += exercises * EXERCISE_MIN + quizzes * QUIZ_MIN
    return {
        "words": words,
        "more_words": more,
        "apps": apps,
        "exercises": exercises,
        "quizzes": quizzes,
        "minutes": 5 * math.ceil(raw / 5),
    }


def _objectives(name: str, text: str) -> list[str]:
    lines = text.splitlines()
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if line.strip().lower() in {w.lower() for w in _WORDS["## Learning objectives"]}
        ),
        None,
    )
    if start is None:
        raise ValueError(f"{name}: no '## Learning objectives' section")
    found = []
    for line in lines[start + 1 :]:
        stripped = line.strip()
        if stripped.startswith(("#", *_WORDS["**Time:**"])):
            break
        if stripped[:2] in ("- ", "* "):
            found.append(stripped[2:].strip())
    if not found:
        raise ValueError(f"{name}: '## Learning objectives' lists no bullet points")
    return found


def _time(name: str, text: str) -> int:
    match = _TIME_RE.search(text)
    if not match:
        raise ValueError(f"{name}: no '**Time:** ~NN min' line")
    return int(match.group(1))


def _prerequisites(text: str) -> str:
    for line in text.splitlines():
        match = _PREREQ_RE.search(line)
        if match:
            return match.group(1)
    return t("none stated")


def _claims(text: str) -> list[str]:
    """Claim ids cited as [S13], [S2, S5], [S2; S5] or [S9–S11] (a range), sorted."""
    ids: set[int] = set()
    for group in _CLAIMS_RE.findall(text):
        for item in re.split(r"\s*[,;]\s*", group):
            ends = [int(n) for n in re.findall(r"\d+", item)]
            ids.update(range(ends[0], ends[-1] + 1))
    return [f"S{i}" for i in sorted(ids)]


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")
