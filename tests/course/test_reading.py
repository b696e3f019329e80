"""The reading edition (``make reading``): every lesson as a page and a PDF, read offline.

The edition is built once into a temporary folder; each page is then opened in Debian's
Chromium with every request that is not a local file aborted. No page may ask for the
network, every chart the lesson draws must be on its page as an SVG, no code but the
exercises' starters may show, and each lesson's PDF must be a printed document.
"""

from __future__ import annotations

import re

import pytest

from benchmarks.servers import launch_chromium, missing_browser
from scripts import reading_edition
from tests.support.lessons import LESSONS, load

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHART_CALL = re.compile(r"\blesson\.(\w+_app|figure)\(")


@pytest.fixture(scope="module")
def edition(tmp_path_factory):
    if missing_browser():
        pytest.skip(missing_browser())
    out = tmp_path_factory.mktemp("reading")
    pages = reading_edition.build(out)
    pdfs = reading_edition.print_pdfs(pages, out)
    return out, pages, pdfs


def charts_in(path) -> int:
    return sum(
        len(CHART_CALL.findall("".join(c["source"])))
        for c in load(path)["cells"]
        if c["cell_type"] == "code"
    )


def test_every_page_reads_offline_with_every_chart(edition):
    from playwright.sync_api import sync_playwright

    out, pages, _ = edition
    assert [p.name for p in pages] == ["index.html"] + [f"{p.stem}.html" for p in LESSONS]
    with sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context()
        blocked: list[str] = []
        reading_edition.offline(context, blocked)
        for lesson in LESSONS:
            page = context.new_page()
            page.goto((out / f"{lesson.stem}.html").as_uri())
            drawn = page.evaluate("document.querySelectorAll('figure.chart svg').length")
            assert drawn >= charts_in(lesson), f"{lesson.stem}: {drawn} charts drawn"
            assert page.evaluate("document.querySelectorAll('script').length") == 0
            links = page.evaluate("[...document.querySelectorAll('a[href]')].map(a => a.href)")
            local = [u for u in links if u.startswith("file:") and ".ipynb" in u]
            assert not local, f"{lesson.stem}: links to notebooks, not pages: {local}"
            page.close()
        browser.close()
    assert blocked == [], f"the reading edition asked for the network: {blocked}"


def test_no_code_but_the_exercise_starters(edition):
    out, _, _ = edition
    for lesson in LESSONS:
        text = (out / f"{lesson.stem}.html").read_text(encoding="utf-8")
        shown = re.findall(r"<pre><code>(.*?)</code></pre>", text, flags=re.S)
        exercises = text[text.find('id="Exercises"') :] if 'id="Exercises"' in text else ""
        for code in shown:
            assert code in exercises, f"{lesson.stem}: code outside the exercises: {code[:80]}"
        assert "from helpers" not in text.split('id="Exercises"')[0], lesson.stem


def test_every_lesson_is_printed(edition):
    _, _, pdfs = edition
    assert [p.stem for p in pdfs] == [p.stem for p in LESSONS]
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and len(data) > 20_000, pdf.name
