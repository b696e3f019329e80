"""Where the course's folders are: the one place that knows the repository's layout.

The package is installed in development mode (``pip install -e .``), so these are the
folders of the checkout the learner or instructor is working in.
"""

from __future__ import annotations

from pathlib import Path

#: The repository root (the folder holding ``lessons/``, ``data/`` and ``helpers/``).
ROOT = Path(__file__).resolve().parents[2]
LESSONS_DIR = ROOT / "lessons"
DATA_DIR = ROOT / "data"
REFERENCE_DIR = ROOT / "reference"
