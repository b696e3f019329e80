"""The reading edition (``make reading``): every lesson as a page and a PDF, read offline.

The edition is built once into a temporary folder; each page is then opened in Debian's
Chromium with every request that is not a local file aborted. No page may ask for the
network, every chart the lesson draws must be on its page as an SVG, no code but the
exercises' starters may show, and each lesson's PDF must be a printed document. The same
holds for the Kazakh edition (``build/reading/kk/``, from ``lessons/kk/``), whose pages also
show no English (``tests/support/english.py``).
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from benchmarks.servers import launch_chromium, missing_browser
from helpers.core.i18n import SKELETON
from scripts import reading_edition
from tests.support import english
from tests.support.lessons import LESSONS, ROOT, load

pytestmark = [pytest.mark.slow, pytest.mark.browser]
CHART_CALL = re.compile(r"\blesson\.(\w+_app|figure)\(")


EDITIONS = {"en": LESSONS, "kk": sorted((ROOT / "lessons" / "kk").glob("[0-9][0-9]_*.ipynb"))}
#: The exercises section's anchor on a page (the heading's id), in each language.
EXERCISES = {"en": "Exercises", "kk": SKELETON["kk"]["## Exercises"].removeprefix("## ")}


@pytest.fixture(scope="class")
def edition(request, tmp_path_factory):
    """The edition in the test class's ``language``, built once for the class (one class per
    edition, so that ``--dist loadscope`` builds the two on different workers)."""
    if missing_browser():
        pytest.skip(missing_browser())
    language = request.cls.language
    out = tmp_path_factory.mktemp(f"reading-{language}")
    pages = reading_edition.build(out, language=language)
    pdfs = reading_edition.print_pdfs(pages, out)
    return out, pages, pdfs, language


def charts_in(path) -> int:
    return sum(
        len(CHART_CALL.findall("".join(c["source"])))
        for c in load(path)["cells"]
        if c["cell_type"] == "code"
    )


class _Edition:
    """What every edition must be: offline, every chart drawn, no code but the exercises' starters,
    every lesson printed."""

    language = "en"

    def test_every_page_reads_offline_with_every_chart(self, edition):
        from playwright.sync_api import sync_playwright

        out, pages, _, language = edition
        lessons = EDITIONS[language]
        assert [p.name for p in pages] == ["index.html"] + [f"{p.stem}.html" for p in lessons]
        with sync_playwright() as p:
            browser = launch_chromium(p)
            context = browser.new_context()
            blocked: list[str] = []
            reading_edition.offline(context, blocked)
            for lesson in lessons:
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

    def test_no_code_but_the_exercise_starters(self, edition):
        out, _, _, language = edition
        anchor = f'id="{quote(EXERCISES[language])}"'
        for lesson in EDITIONS[language]:
            text = (out / f"{lesson.stem}.html").read_text(encoding="utf-8")
            shown = re.findall(r"<pre><code>(.*?)</code></pre>", text, flags=re.S)
            exercises = text[text.find(anchor) :] if anchor in text else ""
            for code in shown:
                assert code in exercises, f"{lesson.stem}: code outside the exercises: {code[:80]}"
            assert "from helpers" not in text.split(anchor)[0], lesson.stem

    def test_every_lesson_is_printed(self, edition):
        _, _, pdfs, language = edition
        assert [p.stem for p in pdfs] == [p.stem for p in EDITIONS[language]]
        for pdf in pdfs:
            data = pdf.read_bytes()
            assert data.startswith(b"%PDF") and len(data) > 20_000, pdf.name


class TestEnglishEdition(_Edition):
    language = "en"


class TestKazakhEdition(_Edition):
    language = "kk"

    def test_the_kazakh_edition_shows_no_english(self, edition):
        out, pages, _, language = edition
        for page in pages:
            text = re.sub(
                r"<pre><code>.*?</code></pre>", "", page.read_text(encoding="utf-8"), flags=re.S
            )
            text = re.sub(
                r"<svg.*?</svg>", "", text, flags=re.S
            )  # the charts: checked in the lessons
            text = re.sub(r'<p lang="en">.*?</p>', "", text, flags=re.S)  # the link to the English
            found = english.english(english.html_texts(text), language)
            assert not found, f"{page.name} shows English: {found[:5]}"
