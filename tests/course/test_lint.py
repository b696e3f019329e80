"""The code stays linted and formatted (ruff, configured in pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PATHS = ["helpers", "tests", "scripts", "benchmarks", "template"]


def ruff(*args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or "ruff"
    return subprocess.run([exe, *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check_passes_on_code_and_lessons():
    result = ruff("check", *PATHS, "lessons")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_and_lessons_are_formatted():
    result = ruff("format", "--check", *PATHS, "lessons")
    assert result.returncode == 0, "run `make format`:\n" + result.stdout


def test_every_lesson_cell_has_a_stable_readable_id():
    result = subprocess.run(
        [sys.executable, "scripts/notebook_ids.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
