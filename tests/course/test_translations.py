"""Translated lessons: generated from the English ones and their catalogues, never apart.

``scripts/translations.py`` extracts each English lesson's markdown cells into
``locale/templates/``, merges them into each language's catalogue (``locale/<lang>/``) and
generates ``lessons/<lang>/``. These tests fail when someone changes an English lesson and
forgets to run ``make translations``, when a translation is incomplete or out of date, and
when a translated cell loses what the English one carries: its Markdown skeleton, links,
claim ids, figures, inline code or an exercise's code. nbval runs the translated lessons
like every other notebook under ``lessons/``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from scripts import translations as tr
from tests.support import english

CATALOGUES = [
    (lang, lesson)
    for lang in tr.LANGUAGES
    for lesson in tr.english_lessons()
    if tr.catalogue_path(lang, lesson).exists()
]
IDS = [f"{lang}-{lesson.stem}" for lang, lesson in CATALOGUES]
translated = pytest.mark.parametrize(("lang", "lesson"), CATALOGUES, ids=IDS)


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_there_is_a_translation():
    assert CATALOGUES, "no lesson has a catalogue in locale/"


def test_generated_files_are_up_to_date():
    stale = [str(p.relative_to(tr.ROOT)) for p in tr.stale()]
    assert not stale, f"run `make translations`: stale {stale}"


@translated
def test_translation_is_complete_and_current(lang, lesson):
    status = tr.status(tr.read_catalogue(tr.catalogue_path(lang, lesson)), lesson)
    assert not status.missing, f"cells not translated: {status.missing}"
    assert not status.fuzzy, f"translations out of date with the English (fuzzy): {status.fuzzy}"


@translated
def test_code_is_the_english_code_plus_the_language_line(lang, lesson):
    english, other = cells(lesson), cells(tr.translated_path(lang, lesson))
    assert [c["id"] for c in other] == [c["id"] for c in english]
    changed = []
    for en, xx in zip(english, other, strict=True):
        if en["cell_type"] != "code":
            continue
        if "language" in xx["metadata"].get("tags", []):
            assert tr.without_language("".join(xx["source"]), lang) == "".join(en["source"])
            changed.append(xx["id"])
        else:
            assert xx == en, f"code cell {en['id']} differs from the English"
    assert len(changed) == 1, f"one setup cell chooses the language; found {changed}"


FENCED = re.compile(r"```.*?```", re.S)
INLINE = re.compile(r"`[^`\n]+`")
CLAIM = re.compile(r"\bS\d{1,2}\b")
HEADING = re.compile(r"(?m)^(#{1,6}) ")
TAGS = re.compile(r"</?(?:details|summary|b|i|em|strong|sup|sub|br|table|tr|td|th)\b")
TARGET = re.compile(r"\]\(([^)\s]+)\)|href=\"([^\"]+)\"")
EN_NUMBER = re.compile(r"(?<!\w)\d[\d,]*(?:\.\d+)?")
# Kazakh writes 1 919 and 0,5 (a space between thousands, a comma for decimals).
KK_NUMBER = re.compile(r"(?<![\w,])\d+(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?")


# A quoted line in Cyrillic is the Kazakh source text quoted as it is (lesson 00 quotes S20).
KK_QUOTE = re.compile(r"(?m)^>.*[\u0400-\u04ff].*$")


def numbers(text: str, lang: str) -> set[str]:
    """The figures of a cell, written one way: 1919, 0.5 (years, ids and links included)."""
    text = FENCED.sub("", INLINE.sub("", text))
    if lang == "en":
        quoted = numbers("\n".join(KK_QUOTE.findall(text)), "kk")
        text = KK_QUOTE.sub("", text)
        return quoted | {m.replace(",", "").rstrip(",") for m in EN_NUMBER.findall(text)}
    found = KK_NUMBER.findall(text)
    return {re.sub(r"[ \u00a0\u202f]", "", m).replace(",", ".") for m in found}


def parts(text: str) -> dict[str, object]:
    return {
        "fenced code": FENCED.findall(text),
        "inline code": sorted(INLINE.findall(FENCED.sub("", text))),
        "claim ids": sorted(CLAIM.findall(text)),
        "heading levels": HEADING.findall(text),
        "html tags": TAGS.findall(text),
    }


@translated
def test_each_translated_cell_keeps_what_the_english_carries(lang, lesson):
    cat = tr.read_catalogue(tr.catalogue_path(lang, lesson))
    problems = []
    for m in cat:
        if not m.id or not m.string:
            continue
        en, xx = parts(m.id), parts(m.string)
        problems += [f"{m.context}: {k} {en[k]} -> {xx[k]}" for k in en if en[k] != xx[k]]
        targets_en = sorted(a or b for a, b in TARGET.findall(m.id))
        targets_xx = sorted(a or b for a, b in TARGET.findall(m.string))
        if targets_en != targets_xx:
            problems.append(f"{m.context}: links {targets_en} -> {targets_xx}")
        en_n, xx_n = numbers(m.id, "en"), numbers(m.string, lang)
        if en_n != xx_n:
            problems.append(
                f"{m.context}: figures only in English {sorted(en_n - xx_n)}, "
                f"only in the translation {sorted(xx_n - en_n)}"
            )
        prose_en, prose_xx = FENCED.sub("", m.id), FENCED.sub("", m.string)  # code is English
        for source, word in tr.SKELETON[lang].items():
            if prose_en.count(source) != prose_xx.count(word):
                problems.append(f"{m.context}: {source!r} must be {word!r}")
    assert not problems, "\n".join(problems)


@translated
def test_the_translated_lesson_shows_no_english_skeleton(lang, lesson):
    text = "\n".join(
        FENCED.sub("", "".join(c["source"]))  # a solution's code (and its comments) stays English
        for c in cells(tr.translated_path(lang, lesson))
        if c["cell_type"] == "markdown"
    )
    left = [en for en in tr.SKELETON[lang] if en in text]
    assert not left, f"English skeleton words in the translated lesson: {left}"
    assert "use_language" not in text


# --- The machinery, on small made-up catalogues.


def _catalogue(entries: dict[str, tuple[str, str]]) -> Catalog:
    cat = Catalog(locale="kk")
    for ctxt, (msgid, msgstr) in entries.items():
        cat.add(msgid, msgstr, context=ctxt)
    return cat


def test_merge_keeps_translations_and_flags_changed_english_as_fuzzy():
    old = _catalogue(
        {
            "a": ("Old text\n\nin two paragraphs", "Ескі мәтін"),
            "b": ("Same", "Бірдей"),
            "c": ("Gone", "Жоқ"),
        }
    )
    new = _catalogue({"a": ("New text", ""), "b": ("Same", ""), "d": ("Added", "")})
    merged = {m.context: m for m in tr.merge(old, new, "kk") if m.id}
    assert set(merged) == {"a", "b", "d"}  # a cell that is gone is dropped
    assert merged["b"].string == "Бірдей" and not merged["b"].fuzzy
    assert merged["a"].string == "Ескі мәтін" and merged["a"].fuzzy
    assert (
        tr.made_from(merged["a"]) == "Old text\n\nin two paragraphs"
    )  # what the translator is shown changed
    assert merged["d"].string == "" and not merged["d"].fuzzy
    # merged again with the same template, the entry stays fuzzy until a translator clears it
    # ... and it survives being written and read back (Babel's own "#| msgid" does not)
    written = tr.read_catalogue_text(tr.po_text(tr.merge(old, new, "kk")))
    again = {m.context: m for m in tr.merge(written, new, "kk") if m.id}
    assert again["a"].fuzzy and tr.made_from(again["a"]) == "Old text\n\nin two paragraphs"


def test_a_helpers_string_inherits_a_translation_only_from_itself_edited():
    old = Catalog(locale="kk")
    old.add("Deaths per 1,000 in {year}", "{year} жылы 1 000 адамға шаққанда өлім")
    old.add("Henan", "Хэнань")
    new = Catalog()
    new.add("Deaths per 1,000 people in {year}")
    new.add("When")
    merged = tr.merge_helpers(old, new)
    assert merged["Deaths per 1,000 people in {year}"].fuzzy
    assert merged["Deaths per 1,000 people in {year}"].string.startswith("{year} жылы")
    assert merged["When"].string == "" and not merged["When"].fuzzy


def test_missing_and_outdated_cells_show_the_english_with_a_note_in_the_language():
    lesson = tr.english_lessons()[0]
    nb = json.loads(lesson.read_text(encoding="utf-8"))
    md = [c for c in nb["cells"] if c["cell_type"] == "markdown"]
    first, second = md[0], md[1]
    cat = _catalogue(
        {
            first["id"]: ("".join(first["source"]), "Аударма"),
            second["id"]: ("an older English text", "Ескі аударма"),
        }
    )
    out = {
        c["id"]: "".join(c["source"]) for c in tr.translated_notebook(lesson, cat, "kk")["cells"]
    }
    missing, outdated = tr.NOT_TRANSLATED["kk"]
    assert out[first["id"]] == "Аударма"
    assert out[second["id"]].startswith(outdated) and "".join(second["source"]) in out[second["id"]]
    assert out[md[2]["id"]].startswith(missing)


def test_links_point_from_the_translated_folder():
    text = "[map](../helpers/__init__.py) [next](01_soviet_model.ipynb) [here](#setup) [w](https://x.org)"
    out = tr._relink(text, "kk")
    assert (
        "](../../helpers/__init__.py)" in out and "](#setup)" in out and "](https://x.org)" in out
    )
    translated = tr.catalogue_path("kk", tr.LESSONS / "01_soviet_model.ipynb").exists()
    assert ("](01_soviet_model.ipynb)" in out) == translated
    assert ("](../01_soviet_model.ipynb)" in out) != translated


def test_setup_line_round_trips_and_refuses_other_cells():
    source = "from helpers.lessons import start_here as lesson"
    assert tr.without_language(tr.with_language(source, "kk"), "kk") == source
    with pytest.raises(ValueError, match="source is not a setup cell"):
        tr.without_language(source, "kk")


def test_numbers_are_read_the_way_each_language_writes_them():
    assert numbers("1,919 words, 37.7 % in 1958", "en") == {"1919", "37.7", "1958"}
    assert numbers("1 919 сөз, 1958 жылы 37,7 %", "kk") == {"1919", "37.7", "1958"}
    quoting_kazakh = 'The text says 2.5 %:\n\n> "1960 жылы 2,5 пайыз, 1961 жылы 1,4 пайыз"'
    assert numbers(quoting_kazakh, "en") == {"2.5", "1.4", "1960", "1961"}


# --- The helpers' strings (the check-yourself questions and the quiz widget's own words).

HELPERS_CATALOGUES = [lang for lang in tr.LANGUAGES if tr.helpers_catalogue_path(lang).exists()]
PLACEHOLDER = re.compile(r"\{(\w*)\}")


@pytest.mark.parametrize("lang", HELPERS_CATALOGUES)
def test_helpers_translation_is_complete_with_the_same_placeholders(lang):
    cat = tr.read_catalogue(tr.helpers_catalogue_path(lang))
    status = tr.helpers_status(cat)
    assert not status.missing, (
        f"{len(status.missing)} strings not translated, e.g. {status.missing[:3]}"
    )
    assert not status.fuzzy, f"{len(status.fuzzy)} out of date (fuzzy), e.g. {status.fuzzy[:3]}"
    wrong = [
        m.id
        for m in cat
        if m.id and sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string))
    ]
    assert not wrong, f"placeholders differ: {wrong[:3]}"
    figures = [m.id for m in cat if m.id and numbers(m.id, "en") != numbers(m.string, lang)]
    assert not figures, f"figures differ from the English: {figures[:3]}"


def _texts(widget) -> list[str]:
    """Every text a learner can read in a widget tree: labels, placeholders, choices, and
    the value of a widget that shows text (a choice's value is not shown, its label is)."""
    choices = hasattr(widget, "options")
    out = [
        value
        for name in (("description", "placeholder") if choices else ("value", "description"))
        if isinstance(value := getattr(widget, name, None), str)
    ]
    out += [str(o[0] if isinstance(o, tuple) else o) for o in getattr(widget, "options", ()) or ()]
    for child in getattr(widget, "children", ()) or ():
        out += _texts(child)
    return out


@pytest.mark.parametrize("lang", HELPERS_CATALOGUES)
def test_questions_built_in_the_language_show_no_english(lang):
    """Every lesson's questions, built after use_language(lang) and answered with every
    option: no English sentence of the catalogue shows anywhere in the widget."""
    from helpers.core import discovery, i18n, quiz

    english = [m.id for m in tr.read_catalogue(tr.helpers_catalogue_path(lang)) if m.id]
    sentences = [e for e in english if len(e.split()) >= 3]
    before = i18n.missing_translations()
    i18n.use_language(lang)
    try:
        shown = []
        for lesson in discovery.lessons():
            module = __import__(lesson.package, fromlist=["__all__"])
            for name in module.__all__:
                if not name.startswith("quiz_"):
                    continue
                q = getattr(module, name)()
                q.button.click()
                shown += _texts(q)
                if isinstance(q, quiz._Choice):
                    for option in q.options:
                        q.answer(option)
                        shown += _texts(q)
                elif isinstance(q, quiz._Number):
                    for typed in (f"{q.expected:g}", *(f"{v:g}" for v in q.wrong), "1e9"):
                        q.answer(typed)
                        shown += _texts(q)
        text = "\n".join(shown)
        left = [e for e in sentences if e in text]
        assert not left, f"English shown in {lang}: {left[:3]}"
        assert not {m for m in i18n.missing_translations() - before if m[0] == lang}
    finally:
        i18n.use_language("en")


def _app_factories() -> list:
    from helpers.core import discovery

    return list(discovery.all_app_factories())


APP_FACTORIES = _app_factories()


@pytest.mark.parametrize("lang", HELPERS_CATALOGUES)
@pytest.mark.parametrize(("name", "factory"), APP_FACTORIES, ids=[n for n, _ in APP_FACTORIES])
def test_apps_built_in_the_language_show_no_english(lang, name, factory):
    """An app built after use_language(lang), each control swept over its range: its
    title, control labels, choices, chart (title, axes, legends, labels, tooltips,
    description) and caption show no English, and every string asked for is translated."""
    from helpers.core import discovery, i18n

    before = i18n.missing_translations()
    i18n.use_language(lang)
    try:
        app = factory()
        shown = [x.removeprefix("<h4>").removesuffix("</h4>") for x in _texts(app.widget)]
        for control in app.controls.values():
            start = control.value
            for value in discovery.sweep_values(control):
                control.value = value
                if app.chart is not None:
                    shown += english.spec_texts(app.chart.to_dict(validate=False))
                shown += english.html_texts(app.caption.value + app.status.value)
            control.value = start
        found = sorted(set(english.english(shown, lang)))
        assert not found, f"English left in {name} in {lang}: " + json.dumps(
            found, ensure_ascii=False, indent=1
        )
        missing = sorted(m[1] for m in i18n.missing_translations() - before if m[0] == lang)
        assert not missing, f"asked for and not translated into {lang}: {missing}"
    finally:
        i18n.use_language("en")


def _lessons() -> list:
    from helpers.core import discovery

    return list(discovery.lessons())


LESSON_PACKAGES = _lessons()


@pytest.mark.parametrize("lang", HELPERS_CATALOGUES)
@pytest.mark.parametrize("lesson", LESSON_PACKAGES, ids=[x.slug for x in LESSON_PACKAGES])
def test_exercise_checks_answer_in_the_language(lang, lesson):
    """Every exercise check of a lesson, called after use_language(lang) with the answer
    left as ``...`` and with wrong answers, answers in that language."""
    from helpers.core import i18n

    before = i18n.missing_translations()
    i18n.use_language(lang)
    try:
        module = lesson.module("exercises")
        left = {}
        for name in sorted(n for n in dir(module) if re.fullmatch(r"ex_\d+", n)):
            shown = [str(getattr(module, name)(answer)) for answer in (..., -1, "no such answer")]
            found = english.english(shown, lang)
            if found:
                left[name] = found
        assert not left, f"English left in {lang}: {json.dumps(left, ensure_ascii=False, indent=1)}"
        missing = sorted(m[1] for m in i18n.missing_translations() - before if m[0] == lang)
        assert not missing, f"asked for and not translated into {lang}: {missing}"
    finally:
        i18n.use_language("en")


@pytest.mark.parametrize("lang", HELPERS_CATALOGUES)
@pytest.mark.parametrize("lesson", LESSON_PACKAGES, ids=[x.slug for x in LESSON_PACKAGES])
def test_static_figures_built_in_the_language_show_no_english(lang, lesson):
    """Every static figure a lesson draws (``lesson.figure(lesson.<name>_figure())``, a chart
    inside an Output widget, which nbval's outputs do not show): no English in its spec."""
    import inspect

    from helpers.core import i18n

    module = __import__(lesson.package, fromlist=["__all__"])
    names = [n for n in module.__all__ if n.endswith("_figure")]
    before = i18n.missing_translations()
    i18n.use_language(lang)
    try:
        left = {}
        for name in names:
            build = getattr(module, name)
            if any(p.default is p.empty for p in inspect.signature(build).parameters.values()):
                continue  # a figure of a learner's choice: drawn in the lesson's app tests
            found = english.english(english.spec_texts(build().to_dict(validate=False)), lang)
            if found:
                left[name] = found
        assert not left, f"English left in {lang}: {json.dumps(left, ensure_ascii=False, indent=1)}"
        missing = sorted(m[1] for m in i18n.missing_translations() - before if m[0] == lang)
        assert not missing, f"asked for and not translated into {lang}: {missing}"
    finally:
        i18n.use_language("en")
