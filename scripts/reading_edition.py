"""The reading edition: every lesson as a static page (HTML, and a PDF of each), offline.

``make reading`` (``python -m scripts.reading_edition``) runs each lesson top to bottom in a
fresh kernel, as a learner's Run All does, and writes ``build/reading/``:

* ``index.html`` — the course map, linking every lesson;
* ``NN_<slug>.html`` — the lesson's text, tables and charts, with no code except the
  exercises' starters (solutions are left out). Each app is drawn as it first appears, at
  its default settings: its controls are listed with their values, its chart is a static SVG
  laid out by Vega (vl-convert, no browser) with the chart's description under it, and the
  page says how to open the live lesson. Links between lessons point to the pages.
* ``pdf/NN_<slug>.pdf`` — each page printed by the headless Chromium the browser tests use
  (left out with ``--no-pdf`` or when Chromium is missing, with a message).

A page fetches nothing: its styles are inline, its charts are inline SVG, and no script runs
(``tests/course/test_reading.py`` opens every page with every non-local request aborted).

The Kazakh lessons (``lessons/kk/``) make the Kazakh edition, ``build/reading/kk/``, with the
same parts; the page's own words (navigation, footer, the note under each app) are the
helpers catalogue's (:func:`helpers.core.i18n.t`).
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import tempfile
from pathlib import Path

import nbformat
import vl_convert as vlc
from nbclient import NotebookClient
from nbconvert.filters.markdown_mistune import markdown2html_mistune

from helpers.core import course, i18n
from helpers.core.i18n import t

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ROOT / "lessons"
OUT = ROOT / "build" / "reading"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
VEGA_LITE = re.compile(r"application/vnd\.vegalite\.v(\d+)\+json")
ANCHOR = re.compile(r'<a class="anchor-link"[^>]*>.*?</a>')
LESSON_LINK = re.compile(r'href="(?!https?:)(?:[^"]*/)?(\d{2}_[a-z0-9_]+)\.ipynb')
# An exercises section's heading, in English and in each translation.
_EXERCISES = ("## Exercises", *(words["## Exercises"] for words in i18n.SKELETON.values()))
CONTROLS = ("Slider", "Dropdown", "ToggleButtons", "RadioButtons", "Select", "Checkbox")
STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;
  max-width:46em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
h1{font-size:1.8em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}
nav{font-size:.9em;margin:1em 0;color:#555}nav a{margin-right:1em}
.app{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;margin:1em 0;break-inside:avoid}
.app .settings{font-size:.9em;color:#444;margin:.2em 0}.chart svg{max-width:100%;height:auto}
.caption{font-size:.9em;color:#444}.live{font-size:.85em;color:#666;font-style:italic}
pre{background:#f6f6f6;padding:.6em;overflow-x:auto;font-size:.9em}
table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #ddd}
details{margin:.5em 0}@media print{nav{display:none}a{color:inherit}}
"""


def execute(path: Path) -> nbformat.NotebookNode:
    """The lesson after a Run All in a fresh kernel, with its widgets' state stored."""
    nb = nbformat.read(path, as_version=4)
    progress = Path(tempfile.mkdtemp(prefix="glf-reading-")) / "progress.json"
    os.environ["GLF_PROGRESS_FILE"] = str(progress)  # the learner's own progress is not touched
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        store_widget_state=True,
        resources={"metadata": {"path": str(path.parent)}},
    ).execute()
    return nb


def chart_html(data: dict) -> str | None:
    """An inline SVG and the description of a Vega-Lite bundle, or None if ``data`` holds none."""
    for mime, spec in data.items():
        match = VEGA_LITE.fullmatch(mime)
        if match:
            version = spec.get("$schema", "").rsplit("/v", 1)[-1].removesuffix(".json")
            svg = vlc.vegalite_to_svg(spec, vl_version=".".join(version.split(".")[:2]))
            words = html.escape(spec.get("description", ""))
            return f'<figure class="chart">{svg}<figcaption class="caption">{words}</figcaption></figure>'
    return None


def output_html(output: dict, state: dict) -> str:
    """One cell output as static HTML: a chart, a table, a sentence or a widget."""
    kind = output.get("output_type")
    if kind == "stream":
        return "" if output.get("name") == "stderr" else f"<p>{html.escape(output['text'])}</p>"
    if kind not in ("display_data", "execute_result"):
        return ""
    data = output.get("data", {})
    if WIDGET_VIEW in data:
        return widget_html(data[WIDGET_VIEW]["model_id"], state)
    drawn = chart_html(data)
    if drawn:
        return drawn
    if "text/html" in data:
        return "".join(data["text/html"])
    if "text/markdown" in data:
        return markdown2html_mistune("".join(data["text/markdown"]))
    if "image/svg+xml" in data:
        return "".join(data["image/svg+xml"])
    if "image/png" in data:
        return f'<img alt="" src="data:image/png;base64,{data["image/png"]}">'
    if "text/plain" in data:
        return f"<p>{html.escape(''.join(data['text/plain']))}</p>"
    return ""


def widget_html(model_id: str, state: dict) -> str:
    """A widget drawn as it stands: boxes and their children, text, outputs, control values."""
    model = state.get(model_id)
    if model is None:
        return ""
    name, s = model["model_name"], model["state"]
    layout = state.get(str(s.get("layout", "")).removeprefix("IPY_MODEL_"), {}).get("state", {})
    if layout.get("display") == "none":
        return ""
    if name.endswith("BoxModel"):
        children = [widget_html(c.removeprefix("IPY_MODEL_"), state) for c in s.get("children", [])]
        body = "".join(children)
        classes = s.get("_dom_classes", [])
        if "glf-app" in classes:
            note = t("A live app in the lesson: shown here at its default settings.")
            return f'<div class="app">{body}<p class="live">{note}</p></div>'
        return f"<div>{body}</div>"
    if name in ("HTMLModel", "HTMLMathModel"):
        value = s.get("value", "")
        return "" if 'class="glf-caption"' in value else value  # the chart's figcaption says it
    if name == "LabelModel":
        return f"<p>{html.escape(s.get('value', ''))}</p>"
    if name == "OutputModel":
        return "".join(output_html(o, state) for o in s.get("outputs", []))
    if any(part in name for part in CONTROLS):
        return control_html(name, s)
    return ""  # buttons, text boxes: nothing to read


def control_html(name: str, s: dict) -> str:
    label = html.escape(str(s.get("description", "")).strip() or t("Setting"))
    if "_options_labels" in s:
        options = s["_options_labels"]
        index = s.get("index")
        if index is None:  # a question's options, none chosen
            items = "".join(f"<li>{html.escape(o)}</li>" for o in options)
            return f"<ul>{items}</ul>"
        chosen = options[index] if isinstance(index, int) else ", ".join(options[i] for i in index)
        return f'<p class="settings">{label}: <b>{html.escape(chosen)}</b></p>'
    value = s.get("value")
    if isinstance(value, list):
        value = "–".join(_number(v) for v in value)
    elif isinstance(value, bool):
        value = t("yes") if value else t("no")
    else:
        value = _number(value)
    return f'<p class="settings">{label}: <b>{html.escape(str(value))}</b></p>'


def _number(value: object) -> str:
    if isinstance(value, float):
        return i18n.number(float(f"{value:.3f}"), ",.3f").rstrip("0").rstrip(".,")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value) if 1800 <= value <= 2100 else i18n.number(value, ",")  # years: no comma
    return str(value)


def lesson_page(path: Path, nb: nbformat.NotebookNode, pages: list[tuple[str, str]]) -> str:
    """The reading page of one executed lesson."""
    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    parts, in_exercises = [], False
    for cell in nb.cells:
        tags = cell.get("metadata", {}).get("tags", [])
        if "solution" in tags:
            continue
        if cell.cell_type == "markdown":
            text = cell.source
            if text.lstrip().startswith("## "):
                in_exercises = text.lstrip().startswith(_EXERCISES)
            parts.append(markdown2html_mistune(text))
        elif cell.cell_type == "code":
            if in_exercises:
                parts.append(f"<pre><code>{html.escape(cell.source)}</code></pre>")
            else:
                parts.append("".join(output_html(o, state) for o in cell.get("outputs", [])))
    body = LESSON_LINK.sub(r'href="\1.html', ANCHOR.sub("", "\n".join(parts)))
    title = next((t for f, t in pages if f == path.stem), path.stem)
    return page(title, body, nav(path.stem, pages))


def nav(current: str, pages: list[tuple[str, str]]) -> str:
    stems = [f for f, _ in pages]
    at = stems.index(current)
    links = [f'<a href="index.html">{t("Course map")}</a>']
    if at > 0:
        links.append(f'<a href="{stems[at - 1]}.html">← {html.escape(pages[at - 1][1])}</a>')
    if at + 1 < len(stems):
        links.append(f'<a href="{stems[at + 1]}.html">{html.escape(pages[at + 1][1])} →</a>')
    return "<nav>" + "".join(links) + "</nav>"


def page(title: str, body: str, navigation: str = "") -> str:
    edition = t("reading edition")
    footer = t(
        "Reading edition of the course on the Great Leap Forward: the text, tables and charts "
        "of each lesson as a learner's Run All shows them, with the apps at their default "
        "settings. Open the lessons in JupyterLab to move the controls and answer the exercises."
    )
    return (
        f'<!DOCTYPE html><html lang="{i18n.current_language()}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)} — {edition}</title><style>{STYLE}</style>"
        f'</head><body>{navigation}<main>{body}</main>{navigation}<footer class="live">'
        f"{footer}</footer></body></html>"
    )


def index_page(pages: list[tuple[str, str]], folder: Path = LESSONS) -> str:
    rows = course.lessons(folder).set_index("file")
    items = []
    for stem, title in pages:
        row = rows.loc[f"{stem}.ipynb"]
        minutes = t("~{minutes} min", minutes=row["time_min"])
        items.append(
            f'<li><a href="{stem}.html">{html.escape(title)}</a> ({minutes}, '
            f'<a href="pdf/{stem}.pdf">PDF</a>)<br>{html.escape(row["promise"])}</li>'
        )
    heading = t("The Great Leap Forward, 1958–60, and the famine: reading edition")
    body = f"<h1>{heading}</h1>"
    if i18n.current_language() == "en":  # the other editions, each in its own language
        body += '<p lang="kk"><a href="kk/index.html">Оқу нұсқасы қазақ тілінде</a></p>'
    else:
        body += '<p lang="en"><a href="../index.html">The reading edition in English</a></p>'
    return page(t("Course map"), body + "<ol start='0'>" + "".join(items) + "</ol>")


def build(out: Path = OUT, lessons: list[Path] | None = None, language: str = "en") -> list[Path]:
    """Write the HTML pages of the edition in ``language``; return their paths (the index
    first). The Kazakh edition is built from ``lessons/kk/``."""
    previous = i18n.current_language()
    i18n.use_language(language)
    try:
        folder = LESSONS if language == "en" else LESSONS / language
        lessons = lessons or sorted(folder.glob("[0-9][0-9]_*.ipynb"))
        titles = course.lessons(folder).set_index("file")["title"]
        pages = [(p.stem, str(titles.get(p.name, p.stem))) for p in lessons]
        out.mkdir(parents=True, exist_ok=True)
        written = [out / "index.html"]
        written[0].write_text(index_page(pages, folder), encoding="utf-8")
        for path in lessons:
            target = out / f"{path.stem}.html"
            target.write_text(lesson_page(path, execute(path), pages), encoding="utf-8")
            written.append(target)
            shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
            print(f"wrote {shown}")
    finally:
        i18n.use_language(previous)
    return written


def print_pdfs(pages: list[Path], out: Path) -> list[Path]:
    """Print each lesson page to ``out/pdf/`` with headless Chromium, the network blocked."""
    from playwright.sync_api import sync_playwright

    from benchmarks.servers import launch_chromium, missing_browser

    problem = missing_browser()
    if problem:
        print(f"PDFs left out: {problem}", file=sys.stderr)
        return []
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    printed, blocked = [], []
    with sync_playwright() as p:
        browser = launch_chromium(p)
        context = browser.new_context()
        offline(context, blocked)
        for path in pages[1:]:
            web = context.new_page()
            web.goto(path.as_uri())
            target = out / "pdf" / f"{path.stem}.pdf"
            web.pdf(path=str(target), format="A4", print_background=True)
            web.close()
            printed.append(target)
        browser.close()
    if blocked:
        raise RuntimeError(f"the pages asked for the network: {blocked}")
    return printed


def offline(context, blocked: list[str]) -> None:
    """Let ``context`` open files and inline data only; abort and list every other request."""

    def route(route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort("blockedbyclient")

    context.route("**/*", route)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (build/reading)")
    parser.add_argument("--no-pdf", action="store_true", help="write the HTML pages only")
    parser.add_argument(
        "--language",
        choices=[*i18n.LANGUAGES, "all"],
        default="all",
        help="which edition: en, kk or all (default; Kazakh in <out>/kk/)",
    )
    args = parser.parse_args(argv)
    languages = i18n.LANGUAGES if args.language == "all" else (args.language,)
    for language in languages:
        out = args.out if language == "en" else args.out / language
        pages = build(out, language=language)
        if not args.no_pdf:
            for pdf in print_pdfs(pages, out):
                print(f"printed {pdf.name}")
        print(json.dumps({"language": language, "pages": len(pages), "out": str(out)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
