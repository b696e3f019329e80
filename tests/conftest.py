"""Test-session set-up shared by every test, notebook and kernel the tests start."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# Exercise checks record passes in the learner's progress file; the tests (and the
# kernels and servers they start, which inherit this environment) must never touch
# the real one in the home folder.
os.environ["GLF_PROGRESS_FILE"] = str(
    Path(tempfile.mkdtemp(prefix="glf-progress-")) / "progress.json"
)
