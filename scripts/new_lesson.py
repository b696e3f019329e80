"""Start a new lesson from ``template/``: notebook, lesson package, tests and instructor notes.

Run from the repository root (or ``make lesson NUMBER=06 SLUG=politics TITLE="..."``)::

    .venv/bin/python scripts/new_lesson.py 06 politics "Lushan and the second leap"

It writes four new things and edits no file by hand:

* ``lessons/NN_<slug>.ipynb``, the skeleton every lesson follows;
* ``helpers/lessons/<slug>/``, the lesson package (``apps.py``, ``exercises.py``, a model,
  charts, sourced figures), whose ``__init__`` names what the notebook calls;
* ``tests/lessons/<slug>/``, its tests and bad-input cases;
* ``instructors/NN_<slug>.md``, the notes in the agreed format.

Then it gives the new cells their ids and runs ``make index`` (the course map, the README
index, the workshops' times and every lesson's link to the next are generated). Everything
else finds the lesson by its file name. Replace the template's example, keeping the tests
green; the course's tests check the skeleton, the package's ``__all__`` and the notes.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "template"
#: The template's placeholders; ``new_lesson`` is its package's slug (valid Python).
PLACEHOLDER_SLUG = "new_lesson"


def fill(text: str, number: str, slug: str, title: str) -> str:
    """The template's text with its placeholders replaced."""
    for key, value in (("{{NUMBER}}", number), ("{{TITLE}}", title), ("{{SLUG}}", slug)):
        text = text.replace(key, value)
    return re.sub(rf"\b{PLACEHOLDER_SLUG}\b", slug, text)


def check(root: Path, number: str, slug: str, title: str) -> None:
    if not re.fullmatch(r"\d\d", number):
        raise SystemExit(f"number must be two digits such as 06; got {number!r}")
    if not re.fullmatch(r"[a-z][a-z0-9_]*", slug) or slug == PLACEHOLDER_SLUG:
        raise SystemExit(
            f"slug must be lower-case letters, digits and _ (not {PLACEHOLDER_SLUG}); got {slug!r}"
        )
    if not title.strip():
        raise SystemExit("title must not be empty")
    taken = sorted(root.glob(f"lessons/{number}_*.ipynb")) + sorted(
        root.glob(f"lessons/*_{slug}.ipynb")
    )
    if taken or (root / "helpers" / "lessons" / slug).exists():
        raise SystemExit(
            f"lesson {number} or slug {slug} is taken: {[p.name for p in taken] or slug}"
        )


def create(root: Path, number: str, slug: str, title: str) -> list[Path]:
    """Copy the template into ``root``; return the new paths."""
    check(root, number, slug, title)
    made = [
        root / "lessons" / f"{number}_{slug}.ipynb",
        root / "helpers" / "lessons" / slug,
        root / "tests" / "lessons" / slug,
        root / "instructors" / f"{number}_{slug}.md",
    ]
    sources = [
        TEMPLATE / "lesson.ipynb",
        TEMPLATE / "package",
        TEMPLATE / "tests",
        TEMPLATE / "instructors.md",
    ]
    for source, target in zip(sources, made, strict=True):
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
            files = sorted(p for p in target.rglob("*") if p.is_file())
        else:
            shutil.copyfile(source, target)
            files = [target]
        for path in files:
            path.write_text(fill(path.read_text(encoding="utf-8"), number, slug, title), "utf-8")
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("number", help="two digits, the lesson's place in the course")
    parser.add_argument("slug", help="the package's name: lower-case, digits and _")
    parser.add_argument("title", help="the lesson's title (its H1)")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="repository root (default: this one)"
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    made = create(root, args.number, args.slug, args.title)
    python = sys.executable
    subprocess.run(
        [python, str(root / "scripts" / "notebook_ids.py"), str(made[0])], check=True, cwd=root
    )
    subprocess.run(
        [
            python,
            "-m",
            "helpers.core.course_files",
            "--write",
            "--lessons-dir",
            str(root / "lessons"),
        ],
        check=True,
        cwd=root,
    )
    for path in made:
        print(f"created {path.relative_to(root)}")
    print("next: replace the template's example, run `make test-fast`, then `make test`")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
