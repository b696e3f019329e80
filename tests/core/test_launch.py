"""Launch links are generated from CITATION.cff and point where STACK.md says they must."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from helpers.core import launch


def test_binder_links_open_the_lesson_in_lab_or_voila():
    lab = launch.binder_lab_url("01_soviet_model.ipynb")
    voila = launch.binder_voila_url("01_soviet_model.ipynb")
    repo = launch.repository().removeprefix("https://github.com/")
    assert (
        lab
        == f"https://mybinder.org/v2/gh/{repo}/main?urlpath=lab/tree/lessons/01_soviet_model.ipynb"
    )
    assert voila.endswith("?urlpath=voila/render/lessons/01_soviet_model.ipynb")


def test_nbgitpuller_link_names_repo_branch_and_lesson():
    url = launch.nbgitpuller_url("https://hub.example.org/", "00_start_here.ipynb")
    parts = urlsplit(url)
    assert parts.path == "/hub/user-redirect/git-pull"
    query = parse_qs(parts.query)
    assert query["repo"] == [launch.repository()]
    assert query["branch"] == ["main"]
    folder = launch.repository().rsplit("/", 1)[-1]
    assert query["urlpath"] == [f"lab/tree/{folder}/lessons/00_start_here.ipynb"]


@pytest.mark.parametrize("bad", ["hub.example.org", "", 3])
def test_bad_hub_is_refused(bad):
    with pytest.raises(ValueError, match="hub must be"):
        launch.nbgitpuller_url(bad)


@pytest.mark.parametrize("bad", ["lesson.ipynb", "../x.ipynb", None])
def test_bad_lesson_file_is_refused(bad):
    with pytest.raises(ValueError, match="lesson_file must be"):
        launch.binder_lab_url(bad)


def test_citation_without_a_repository_is_refused(tmp_path):
    cff = tmp_path / "CITATION.cff"
    cff.write_text("cff-version: 1.2.0\n")
    with pytest.raises(ValueError, match="citation must give"):
        launch.repository(cff)


def test_readme_badge_opens_lesson_00_in_jupyterlab():
    readme = (launch.ROOT / "README.md").read_text(encoding="utf-8")
    first_screen = readme.split("## Where to start")[0]
    assert "make lab" in first_screen and "make test" in first_screen
    assert f"]({launch.binder_lab_url()})" in first_screen, "Binder badge must match CITATION.cff"
