"""Launch links: Binder (JupyterLab or Voila) and a JupyterHub's nbgitpuller link.

The repository's address is read from ``CITATION.cff`` (``repository-code``), so
moving the course means changing that one line; every link in the README, in
lesson 00 and in the instructors' notes is generated from it.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, urlencode

from helpers.core.i18n import LANGUAGES
from helpers.core.paths import ROOT
from helpers.core.validate import check_choice

BINDER = "https://mybinder.org/v2/gh"
BRANCH = "main"


def repository(citation: Path = ROOT / "CITATION.cff") -> str:
    """Return the course's public repository URL, from ``CITATION.cff``.

    Examples
    --------
    >>> repository().startswith("https://github.com/")
    True
    """
    if not isinstance(citation, str | Path) or not Path(citation).is_file():
        raise ValueError(f"citation must be an existing CITATION.cff file; got {citation!r}")
    match = re.search(r'^repository-code:\s*"?([^"\s]+)"?\s*$', Path(citation).read_text(), re.M)
    if not match or not match.group(1).startswith("https://github.com/"):
        raise ValueError(f"citation must give a GitHub repository-code; none found in {citation}")
    return match.group(1).rstrip("/")


def _lesson_path(lesson_file: str, language: str = "en") -> str:
    if not isinstance(lesson_file, str) or not re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", lesson_file):
        raise ValueError(
            f"lesson_file must be a lesson's file name such as '00_start_here.ipynb'; got {lesson_file!r}"
        )
    # English lessons are in lessons/, their translations in lessons/<language>/
    folder = (
        "lessons"
        if check_choice("language", language, LANGUAGES) == "en"
        else f"lessons/{language}"
    )
    return f"{folder}/{lesson_file}"


def binder_lab_url(lesson_file: str = "00_start_here.ipynb", language: str = "en") -> str:
    """Binder link that opens ``lesson_file`` in JupyterLab (in ``language``: "en" or "kk").

    Examples
    --------
    >>> binder_lab_url().endswith("?urlpath=lab/tree/lessons/00_start_here.ipynb")
    True
    >>> binder_lab_url(language="kk").endswith("lab/tree/lessons/kk/00_start_here.ipynb")
    True
    """
    owner_repo = repository().removeprefix("https://github.com/")
    path = _lesson_path(lesson_file, language)
    return f"{BINDER}/{owner_repo}/{BRANCH}?urlpath=lab/tree/{path}"


def binder_voila_url(lesson_file: str = "00_start_here.ipynb", language: str = "en") -> str:
    """Binder link that opens ``lesson_file`` as an app in Voila (no code shown), in
    ``language`` ("en" or "kk").

    Examples
    --------
    >>> "urlpath=voila/render/lessons/01_soviet_model.ipynb" in binder_voila_url("01_soviet_model.ipynb")
    True
    """
    owner_repo = repository().removeprefix("https://github.com/")
    path = _lesson_path(lesson_file, language)
    return f"{BINDER}/{owner_repo}/{BRANCH}?urlpath=voila/render/{path}"


def nbgitpuller_url(hub: str, lesson_file: str = "00_start_here.ipynb") -> str:
    """A JupyterHub link that pulls the course into the learner's home and opens a lesson.

    Examples
    --------
    >>> nbgitpuller_url("https://hub.example.org").startswith("https://hub.example.org/hub/user-redirect/git-pull?repo=")
    True
    """
    if not isinstance(hub, str) or not re.fullmatch(r"https?://[^\s/]+(/[^\s]*)?", hub):
        raise ValueError(
            f"hub must be the hub's address such as 'https://hub.example.org'; got {hub!r}"
        )
    repo = repository()
    folder = repo.rsplit("/", 1)[-1]
    query = urlencode(
        {
            "repo": repo,
            "branch": BRANCH,
            "urlpath": f"lab/tree/{folder}/{_lesson_path(lesson_file)}",
        },
        quote_via=quote,
        safe="/",
    )
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"
