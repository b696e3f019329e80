"""The course in other languages: English lessons are the source, translations are generated.

Each markdown cell of an English lesson ``lessons/NN_<slug>.ipynb`` is one gettext entry,
keyed by the cell's stable id (``msgctxt``; ``scripts/notebook_ids.py`` keeps ids stable).
Code cells are not translated: a translated lesson runs exactly the English code, with one
setup line more that selects the language (``LANGUAGE_LINES``).

    locale/templates/NN_<slug>.pot          what there is to translate (extracted, never edited)
    locale/<lang>/LC_MESSAGES/NN_<slug>.po  the translation (translators edit these)
    lessons/<lang>/NN_<slug>.ipynb          generated from the two (never edited by hand)

Run from the repository root (``make translations`` runs ``update``)::

    .venv/bin/python -m scripts.translations update        # re-extract, merge, regenerate
    .venv/bin/python -m scripts.translations init kk 03    # start translating lesson 03
    .venv/bin/python -m scripts.translations check         # exit 1 if anything is stale

When an English cell changes, ``update`` keeps its translation but marks it *fuzzy* (with
the English it was made from, ``#| msgid``), and the generated lesson shows the English
cell with a note until a translator revises the entry and removes the flag. A cell without
a translation is shown the same way: never silently in English.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import difflib
import importlib
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from helpers.core import data, discovery, i18n, launch
from helpers.core.course_files import between

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ROOT / "lessons"
LOCALE = ROOT / "locale"
TEMPLATES = LOCALE / "templates"
#: The languages the course is translated into (code: name).
LANGUAGES = {"kk": "Kazakh"}
#: A fixed date in every file header, so that extraction is deterministic.
EPOCH = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
PROJECT = "Great Leap Forward course"
#: Added to a translated lesson's setup cell (the cell importing the lesson): an import above
#: the lesson's and, after a blank line, the call choosing the language.
LANGUAGE_IMPORT = "from helpers.core.i18n import use_language\n"
LANGUAGE_CALL = '\n\nuse_language("{lang}")'
SETUP = re.compile(r"^from helpers\.lessons import \w+ as lesson", re.M)
#: Shown above a cell whose translation is missing or out of date (then the English is shown).
NOT_TRANSLATED = {
    "kk": (
        "> *Бұл бөлім әлі аударылмаған, сондықтан төменде ағылшынша берілген.*\n\n",
        "> *Бұл бөлімнің ағылшынша мәтіні өзгерді, аудармасы әлі жаңартылмаған, сондықтан "
        "төменде ағылшынша берілген.*\n\n",
    )
}
#: The lesson skeleton's fixed words in each language (defined with the language itself).
SKELETON = i18n.SKELETON
_LINK = re.compile(r"(\]\(|href=\")(?!#|[a-z][a-z0-9+.-]*:)([^)\"\s]+)")
_LESSON_LINK = re.compile(r"^\d\d_[a-z][a-z0-9_]*\.ipynb(#.*)?$")


def english_lessons() -> list[Path]:
    return sorted(LESSONS.glob("[0-9][0-9]_*.ipynb"))


def catalogue_path(lang: str, lesson: Path) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{lesson.stem}.po"


def translated_path(lang: str, lesson: Path) -> Path:
    return LESSONS / lang / lesson.name


def _check_lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {sorted(LANGUAGES)}; got {lang!r}")
    return lang


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _dump(nb: dict) -> str:
    """JSON as the clean filter writes it (scripts/strip_outputs.py), so git sees no change."""
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


# --- Extraction: the template of one lesson.


def new_catalogue(domain: str, about: str, lang: str | None = None) -> Catalog:
    """An empty catalogue with the course's fixed header (a template when ``lang`` is None,
    else a translation into ``lang``); ``about`` is its first comment line."""
    extra = {}
    if lang is None:
        about += "\n# Extracted by scripts/translations.py: never edit this file."
    else:
        extra = {"last_translator": "the course's translators", "language_team": LANGUAGES[lang]}
    return Catalog(
        locale=lang,
        domain=domain,
        project=PROJECT,
        version="1",
        creation_date=EPOCH,
        revision_date=EPOCH,
        fuzzy=False,
        header_comment=f"# {about}\n#",
        **extra,
    )


def template(lesson: Path) -> Catalog:
    """Every markdown cell of ``lesson`` as one entry, keyed by its cell id."""
    cat = new_catalogue(lesson.stem, f"What there is to translate in lessons/{lesson.name}.")
    for index, cell in enumerate(_load(lesson)["cells"]):
        if cell["cell_type"] != "markdown":
            continue
        if not cell.get("id"):
            raise ValueError(f"{lesson.name}: cell {index} has no id (run scripts/notebook_ids.py)")
        where = [(lesson.name, index + 1)]  # the cell's number, counted from 1
        entry = cat.add("".join(cell["source"]), context=cell["id"], locations=where)
        entry.flags.discard("python-format")  # Babel's guess from a "%" in the prose
    return cat


def po_text(cat: Catalog, *, sort: bool = False) -> str:
    out = io.BytesIO()
    write_po(out, cat, width=0, ignore_obsolete=True, sort_output=sort)
    return out.getvalue().decode("utf-8")


def read_catalogue(path: Path) -> Catalog:
    return read_catalogue_text(path.read_text(encoding="utf-8"))


def read_catalogue_text(text: str) -> Catalog:
    return read_po(io.BytesIO(text.encode("utf-8")))


# --- Merging: a translation brought up to date with its template.


# The English a fuzzy translation was made from, in a comment of one word that no PO tool
# re-wraps (Babel's own "#| msgid" does not survive a multi-line text).
_PREVIOUS = "made-from-english:"


def _encode(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def made_from(message: Message) -> str | None:
    """The English a fuzzy translation was made from, if the catalogue kept it."""
    for comment in message.user_comments:
        if comment.startswith(_PREVIOUS):
            return base64.b64decode(comment.removeprefix(_PREVIOUS)).decode("utf-8")
    return None


def merge(old: Catalog, new: Catalog, lang: str) -> Catalog:
    """``new`` (a template) filled from ``old`` (a translation), entry by entry on the cell id.

    Same English: the translation is kept as it was. Changed English: the translation is
    kept, flagged fuzzy, with the English it was made from in a comment (``made_from``;
    ``status`` shows what changed). Cells that are gone are dropped (their text stays in
    git's history).
    """
    by_id = {m.context: m for m in old if m.id}
    cat = new_catalogue(
        new.domain,
        f"The {LANGUAGES[lang]} ({lang}) translation of lessons/{new.domain}.ipynb.\n"
        "# Edit the msgstr entries; keep each cell's Markdown, links and figures.",
        lang,
    )
    for message in new:
        if not message.id:
            continue
        before = by_id.get(message.context)
        string, flags, previous = "", set(), None
        if before is not None and before.string:
            string = before.string
            if before.fuzzy:  # still out of date: keep the English it was made from
                flags, previous = {"fuzzy"}, made_from(before) or before.id
            elif before.id != message.id:
                flags, previous = {"fuzzy"}, before.id
        entry = Message(
            message.id,
            string,
            locations=message.locations,
            flags=flags,
            user_comments=[_PREVIOUS + _encode(previous)] if previous is not None else [],
            context=message.context,
        )
        entry.flags.discard("python-format")  # Babel's guess from a "%" in the prose
        cat[message.id] = entry
    return cat


# --- Generation: the translated notebook.


@dataclass(frozen=True)
class Status:
    """How complete one translation is: cell ids missing a translation, or out of date."""

    missing: tuple[str, ...]
    fuzzy: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.missing and not self.fuzzy


def status(cat: Catalog, lesson: Path) -> Status:
    entries = {m.context: m for m in cat if m.id}
    missing, fuzzy = [], []
    for cell in _load(lesson)["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        m = entries.get(cell["id"])
        if m is None or not m.string:
            missing.append(cell["id"])
        elif m.fuzzy or m.id != "".join(cell["source"]):
            fuzzy.append(cell["id"])
    return Status(tuple(missing), tuple(fuzzy))


def _relink(text: str, lang: str) -> str:
    """Links written for lessons/ made right for lessons/<lang>/: a lesson translated into
    ``lang`` is linked in ``lang``; any other path goes one folder up."""

    def fix(match: re.Match) -> str:
        opener, target = match.groups()
        if _LESSON_LINK.match(target):
            name = target.split("#")[0]
            if catalogue_path(lang, LESSONS / name).exists():
                return match.group(0)
        return f"{opener}../{target}"

    return _LINK.sub(fix, text)


def with_language(source: str, lang: str) -> str:
    """The English setup cell's ``source`` with the lines that choose ``lang``."""
    return LANGUAGE_IMPORT + source.rstrip("\n") + LANGUAGE_CALL.format(lang=lang)


def without_language(source: str, lang: str) -> str:
    """The English setup cell a translated one was made from (``with_language`` undone)."""
    call = LANGUAGE_CALL.format(lang=lang)
    if not (source.startswith(LANGUAGE_IMPORT) and source.endswith(call)):
        raise ValueError(f"source is not a setup cell made by with_language(..., {lang!r})")
    return source[len(LANGUAGE_IMPORT) : -len(call)]


def translated_notebook(lesson: Path, cat: Catalog, lang: str) -> dict:
    """The English notebook with its markdown in ``lang`` and the language line in setup."""
    nb = _load(lesson)
    entries = {m.context: m for m in cat if m.id}
    missing_note, outdated_note = NOT_TRANSLATED[lang]
    setups = 0
    for cell in nb["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "markdown":
            m = entries.get(cell["id"])
            if m is None or not m.string:
                text = missing_note + source
            elif m.fuzzy or m.id != source:
                text = outdated_note + source
            else:
                text = m.string
            cell["source"] = _relink(text, lang)
        elif cell["cell_type"] == "code" and SETUP.search(source) and not setups:
            cell["source"] = with_language(source, lang)
            tags = cell.setdefault("metadata", {}).setdefault("tags", [])
            if "language" not in tags:
                tags.append("language")
            setups += 1
    if setups != 1:
        raise ValueError(f"{lesson.name}: no setup cell importing the lesson")
    nb["metadata"]["glf"] = {"language": lang, "source": f"lessons/{lesson.name}"}
    return nb


# --- The helpers' strings: what learners read that is not in a notebook.

HELPERS = "helpers"
#: Where ``make translations`` compiles each language's helpers catalogue for the package.
COMPILED = i18n.CATALOGUES


# A module that imports the translation function (or the marker N_) from helpers.core.i18n.
_IMPORTS_T = re.compile(r"^from helpers\.core\.i18n import .*\b(t|N_)\b", re.M)


#: Text the helpers show straight from the course data (``data/<table>.csv``), by table and
#: column: each distinct value is a catalogue entry, translated where it is shown with ``t``.
DATA_TEXT: dict[str, tuple[str, ...]] = {
    "first_plan": ("period", "unit", "source"),  # lessons 02 and 04: plans and projects
    "communes": ("date_as_printed", "area", "unit", "source", "note"),
    "timeline": ("event", "source", "unit", "cross_check"),  # the timeline chart and tables
    "excess_death_estimates": ("area", "data_basis", "period", "standing", "title"),
    "grain_procurement_trade": ("period", "unit", "source"),  # lesson 04: grain imports
    "province_codes": ("name_english",),  # lesson 07: map, tooltips, tables, county view
    "province_vital_rates": ("source",),  # lesson 07: the map's tooltip, the rates table
}


def helpers_template() -> Catalog:
    """Every string the helpers give learners through ``i18n.t``: the literal
    ``t("...")`` calls and ``N_("...")`` marks in ``helpers/``, the text of every check-yourself question the lessons
    build, and every app's title, control labels and choices (each lesson's ``quiz_*``
    functions and ``APPS`` are run, in English, to collect them)."""
    cat = new_catalogue(HELPERS, "What learners read from the helpers package (not the notebooks).")

    def add(text: str, where: str) -> None:
        if text in cat:
            if (where, 0) not in cat[text].locations:
                cat[text].locations.append((where, 0))
            return
        entry = cat.add(text, locations=[(where, 0)])
        entry.flags.discard("python-format")

    def add_built(text: str, where: str) -> None:
        # A string built while a question or app is made is listed there only if no literal
        # t("...") or N_("...") names it: whether it is asked for again depends on what an
        # earlier build left cached (a chart template keeps its words), so its place would not.
        if text not in cat:
            add(text, where)

    for folder in (HELPERS, "scripts"):  # scripts: the reading edition's own words
        found = extract_from_dir(ROOT / folder, keywords={"t": None, "N_": None})
        for filename, _line, message, _comments, _context in found:
            source = (ROOT / folder / filename).read_text(encoding="utf-8")
            if _IMPORTS_T.search(source):  # not another function called t
                add(message if isinstance(message, str) else message[0], f"{folder}/{filename}")
    for table, columns in sorted(DATA_TEXT.items()):
        frame = data.load(table)
        for column in columns:
            for value in dict.fromkeys(frame[column].dropna()):
                add(str(value), f"data/{table}.csv")
    language = i18n.current_language()
    i18n.use_language("en")
    try:
        for lesson in discovery.lessons():
            module = importlib.import_module(lesson.package)
            with i18n.recording() as seen:
                for name in sorted(module.__all__):
                    if name.startswith("quiz_"):
                        getattr(module, name)()
            for text in seen:
                add_built(text, f"{HELPERS}/lessons/{lesson.slug}/quizzes.py")
            with i18n.recording() as seen:  # the apps' titles, control labels and choices
                for factory in getattr(lesson.module("apps"), "APPS", ()):
                    factory()
            for text in seen:
                add_built(text, f"{HELPERS}/lessons/{lesson.slug}/apps.py")
    finally:
        i18n.use_language(language)
    return cat


def helpers_catalogue_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{HELPERS}.po"


#: How alike a new English string must be to an old one to inherit its translation as fuzzy.
#: Babel's update matches any new string to its closest old one, which for short labels is
#: nonsense ("When" took the translation of "Henan"): below this they start empty.
SAME_STRING_EDITED = 0.8


def merge_helpers(old: Catalog, template: Catalog) -> Catalog:
    """A helpers translation brought up to date: entries are keyed by their English, so a
    changed string is matched to its closest old one and flagged fuzzy (Babel's update),
    if the two are alike enough to be one string edited (:data:`SAME_STRING_EDITED`)."""
    old.update(template)
    for m in old:
        m.flags.discard("python-format")
        previous = m.previous_id[0] if m.fuzzy and m.previous_id else None
        if previous and difflib.SequenceMatcher(None, previous, m.id).ratio() < SAME_STRING_EDITED:
            m.string, m.previous_id = "", []
            m.flags.discard("fuzzy")
    return old


def compiled(cat: Catalog) -> str:
    """The package's catalogue: English -> translation, translated and current entries only."""
    table = {m.id: m.string for m in cat if m.id and m.string and not m.fuzzy}
    return json.dumps(table, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def helpers_status(cat: Catalog) -> Status:
    missing = tuple(m.id for m in cat if m.id and not m.string)
    fuzzy = tuple(m.id for m in cat if m.id and m.string and m.fuzzy)
    return Status(missing, fuzzy)


# --- The README's list of translated lessons.

README = ROOT / "README.md"
README_MARKERS = {
    "kk": ("<!-- kazakh:start (generated by `make translations`) -->", "<!-- kazakh:end -->")
}
README_HEAD = {
    "kk": (
        "| # | Сабақ | Уақыты | Binder арқылы ашу |\n|---|---|---|---|\n",
        "[JupyterLab]({lab}) · [қолданба түрінде (Voilà)]({voila})",
    )
}
_TIME = re.compile(r"\*\*Time:\*\* ~(\d+) min")


def readme_block(lang: str) -> str:
    """The table of lessons translated into ``lang``: number, title, time, Binder links."""
    head, links = README_HEAD[lang]
    rows = []
    for lesson in english_lessons():
        path = catalogue_path(lang, lesson)
        if not path.exists():
            continue
        cells = _load(lesson)["cells"]
        entries = {m.context: m.string for m in read_catalogue(path) if m.id}
        title = entries.get(cells[0]["id"]) or "".join(cells[0]["source"])
        first = title.splitlines()[0].removeprefix("# ")
        time = _TIME.search("".join("".join(c["source"]) for c in cells))
        where = links.format(
            lab=launch.binder_lab_url(lesson.name, lang),
            voila=launch.binder_voila_url(lesson.name, lang),
        )
        rows.append(
            f"| {lesson.stem[:2]} | [{first}](lessons/{lang}/{lesson.name}) | "
            f"~{time.group(1) if time else '—'} мин | {where} |\n"
        )
    return head + "".join(rows)


def readme_text(text: str) -> str:
    """``text`` (the README) with each language's table of lessons made fresh."""
    for lang, (start, end) in README_MARKERS.items():
        fresh = between(text, start, end, readme_block(lang))
        text = fresh if fresh is not None else text
    return text


# --- Commands.


def expected_files() -> dict[Path, str]:
    """Every generated file (templates, translations brought up to date, translated lessons)
    with the text it should have now."""
    files: dict[Path, str] = {}
    for lesson in english_lessons():
        pot = template(lesson)
        files[TEMPLATES / f"{lesson.stem}.pot"] = po_text(pot)
        for lang in LANGUAGES:
            path = catalogue_path(lang, lesson)
            if not path.exists():
                continue
            cat = merge(read_catalogue(path), pot, lang)
            files[path] = po_text(cat)
            files[translated_path(lang, lesson)] = _dump(translated_notebook(lesson, cat, lang))
    helpers = helpers_template()
    files[TEMPLATES / f"{HELPERS}.pot"] = po_text(helpers, sort=True)
    for lang in LANGUAGES:
        path = helpers_catalogue_path(lang)
        if path.exists():
            cat = merge_helpers(read_catalogue(path), helpers)
            files[path] = po_text(cat, sort=True)
            files[COMPILED / f"{lang}.json"] = compiled(cat)
    readme = README.read_text(encoding="utf-8")
    if readme_text(readme) != readme:
        files[README] = readme_text(readme)
    return files


def update() -> list[Path]:
    """Write every generated file whose text changed; return those written."""
    written = []
    for path, text in expected_files().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def stale() -> list[Path]:
    """Generated files that differ from what ``update`` would write, and translated lessons
    whose English lesson or catalogue is gone."""
    expected = expected_files()
    out = [p for p, text in expected.items() if not p.exists() or p.read_text("utf-8") != text]
    for lang in LANGUAGES:
        out += [p for p in sorted((LESSONS / lang).glob("*.ipynb")) if p not in expected]
    return out


def init(lang: str, number: str) -> Path:
    """Start the ``lang`` translation of lesson ``number`` (or, for ``"helpers"``, of the
    helpers' strings): an empty catalogue."""
    _check_lang(lang)
    if number == HELPERS:
        path = helpers_catalogue_path(lang)
        if path.exists():
            raise ValueError(f"{path.relative_to(ROOT)} exists already")
        empty = new_catalogue(
            HELPERS,
            f"The {LANGUAGES[lang]} ({lang}) translation of what learners read from the helpers "
            "package.",
            lang,
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(po_text(merge_helpers(empty, helpers_template()), sort=True), "utf-8")
        update()
        return path
    found = [p for p in english_lessons() if p.name.startswith(f"{number}_")]
    if len(found) != 1:
        raise ValueError(f"number must be a lesson's two digits, e.g. '03'; got {number!r}")
    path = catalogue_path(lang, found[0])
    if path.exists():
        raise ValueError(f"{path.relative_to(ROOT)} exists already")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po_text(merge(Catalog(), template(found[0]), lang)), encoding="utf-8")
    update()
    return path


def changes(before: str, after: str) -> list[str]:
    """The lines of English that changed, as a diff a translator reads."""
    diff = difflib.unified_diff(
        [f"{line}\n" for line in before.splitlines()],
        [f"{line}\n" for line in after.splitlines()],
        n=0,
    )
    return [f"    {line}" for line in list(diff)[2:] if not line.startswith("@@")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="re-extract, merge the translations, regenerate lessons")
    sub.add_parser("check", help="exit 1 if a generated file is stale")
    start = sub.add_parser("init", help="start translating a lesson")
    start.add_argument("lang", choices=sorted(LANGUAGES))
    start.add_argument("number", help="the lesson's two digits, e.g. 03, or 'helpers'")
    sub.add_parser("status", help="how complete each translation is, and what English changed")
    args = parser.parse_args(argv)
    if args.command == "update":
        for path in update():
            print(f"wrote {path.relative_to(ROOT)}")
    elif args.command == "check":
        out = stale()
        for path in out:
            print(f"stale: {path.relative_to(ROOT)} (run: make translations)", file=sys.stderr)
        return 1 if out else 0
    elif args.command == "init":
        print(f"wrote {init(args.lang, args.number).relative_to(ROOT)}")
    else:
        for lang in LANGUAGES:
            for lesson in english_lessons():
                path = catalogue_path(lang, lesson)
                if not path.exists():
                    continue
                cat = read_catalogue(path)
                s = status(cat, lesson)
                print(f"{lang} {lesson.stem}: {len(s.missing)} missing, {len(s.fuzzy)} fuzzy")
                for m in cat:
                    if m.id and m.fuzzy and made_from(m) is not None:
                        print(f"  {m.context}: the English changed:")
                        print("".join(changes(made_from(m), m.id)))
            path = helpers_catalogue_path(lang)
            if path.exists():
                s = helpers_status(read_catalogue(path))
                print(f"{lang} helpers: {len(s.missing)} missing, {len(s.fuzzy)} fuzzy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
