"""Machinery for tests/browser/test_browser.py that does not read as a test.

The browser tests open every lesson in JupyterLab and Voila inside Debian's Chromium
(driven by Playwright), run all cells, and move one control of every app, with every
request to another host blocked. Starting the servers, launching the browser and blocking
the network are shared with the browser benchmark and live in ``benchmarks/servers.py``.
This module holds the rest: which lessons, the timeouts, the JavaScript that asks
JupyterLab for errors, the accessibility audit's rules and allow-list, and saving
screenshots when a test fails. See ``../shared/STACK.md`` ("Real browser tests") for why
each step is done the way it is.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# For developing the tests themselves only: point at a folder of throwaway notebooks.
LESSONS_ENV = "GLF_BROWSER_LESSONS_DIR"
LESSONS_DIR = Path(os.environ.get(LESSONS_ENV) or ROOT / "lessons")

ARTIFACTS = ROOT / "test-artifacts"

# Console errors we accept, as {regular expression: why it is unavoidable}. Empty: every
# error printed to the browser console by a lesson page fails the test.
ALLOWED_CONSOLE_ERRORS: dict[str, str] = {}

# Timeouts, in seconds (the servers' start-up timeout is benchmarks.servers.SERVER_START_S).
KERNEL_READY_S = 60
RUN_ALL_S = 90
CHARTS_S = 20
REDRAW_S = 10


def lesson_paths() -> list[Path]:
    """Every lesson notebook, sorted, found when the tests are collected.

    Examples
    --------
    >>> all(p.suffix == ".ipynb" for p in lesson_paths())
    True
    """
    return sorted(LESSONS_DIR.glob("*.ipynb"))


def save_artifacts(name: str, page, notes: dict[str, object]) -> Path:
    """Save a screenshot and the logs of a failed test under ``test-artifacts/<name>/``."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    folder = ARTIFACTS / safe
    folder.mkdir(parents=True, exist_ok=True)
    if page is not None:
        try:
            page.screenshot(path=str(folder / "screenshot.png"), full_page=True, timeout=10_000)
        except Exception as exc:  # the page may be gone; the logs still matter
            (folder / "screenshot-error.txt").write_text(repr(exc))
    for key, value in notes.items():
        if isinstance(value, str):
            (folder / f"{key}.txt").write_text(value)
        else:
            (folder / f"{key}.json").write_text(json.dumps(value, indent=2, default=str))
    return folder


def solution_cells(path: Path) -> list[int]:
    """Indexes of the cells tagged "solution" in the notebook at ``path``.

    Examples
    --------
    >>> all(solution_cells(p) for p in lesson_paths())  # every lesson has exercises
    True
    """
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [i for i, c in enumerate(cells) if "solution" in c.get("metadata", {}).get("tags", [])]


def cells_shown_in_voila(path: Path) -> int:
    """How many cells the course's Voila template renders: those presentation mode keeps."""
    import nbformat

    from helpers.core import presentation

    return len(presentation.presented(nbformat.read(path, as_version=4)).cells)


# --- The accessibility audit: axe-core (from the npm registry, pinned in tests/browser/a11y/).

AXE_JS = ROOT / "tests" / "browser" / "a11y" / "node_modules" / "axe-core" / "axe.min.js"

# The rules run: WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe's tags for them).
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
# Violations of these impacts fail a test; lesser ones are printed.
AXE_FAILING_IMPACTS = frozenset({"serious", "critical"})
# The course's own content: cell outputs (tables, apps, charts) and rendered markdown. A
# violation whose element lies inside none of these is in JupyterLab's or Voila's page.
COURSE_CONTENT = ".jp-OutputArea-output, .jp-RenderedMarkdown, .glf-app, .vega-embed"

# Serious or critical violations accepted, as {pattern: why}. A pattern is an axe rule id,
# or "rule id @ regular expression", the expression searched in each offending element's
# markup and (separately) in its selector. Every other serious or critical violation fails the test, in the
# course's content or in JupyterLab's and Voila's own page alike, so a new one must be
# looked at and either fixed or justified here. Accepted ones are printed with each test.
A11Y_ALLOWED: dict[str, str] = {
    # JupyterLab's own page (none of these is inside a notebook's content).
    "aria-allowed-attr @ ^<jp-button ": (
        "JupyterLab's toolbar buttons (file browser: Upload Files and Toggle File Filter; "
        "notebook: Render with Voila, Enable Debugger) are jp-button elements of the Jupyter "
        "UI toolkit carrying aria-pressed, which axe does not allow on an element whose role "
        "it cannot see (the button is inside the element's shadow DOM)"
    ),
    'aria-input-field-name @ class="cm-content': (
        "JupyterLab's code editor in every code cell (CodeMirror 6, role=textbox) has no "
        "accessible name"
    ),
    "aria-required-children @ jp-WindowedPanel-viewport": (
        "JupyterLab's list of cells has role=feed, whose children must be articles; "
        "JupyterLab's cells are plain groups"
    ),
    "button-name @ jp-collapseHeadingButton": (
        "JupyterLab's button that folds a markdown heading's section has no text or label"
    ),
    # Course content inside JupyterLab's and Voila's output containers.
    'scrollable-region-focusable @ ^<div class="lm-Widget [^"]*jp-OutputArea-output': (
        "an output wider than the notebook (a table with many columns, or a chart when "
        "JupyterLab's file browser takes part of a 1280-px window) scrolls inside the output "
        "element JupyterLab and Voila draw around it, which they do not make focusable; "
        "Chromium 130 and later let the keyboard scroll it anyway. The wide outputs are "
        "listed by the test: narrowing them (fewer or shorter columns) is the lesson's fix"
    ),
}


def missing_axe() -> str | None:
    """Why the accessibility audit cannot run here (a sentence), or None when it can."""
    if not AXE_JS.exists():
        return (
            f"axe-core is not installed ({AXE_JS.relative_to(ROOT)} not found): run "
            "`make setup`, which runs `npm ci --prefix tests/browser/a11y` when npm is there"
        )
    return None


def axe_version() -> str:
    """The installed axe-core's version, from its package.json."""
    package = AXE_JS.parent / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


def allowed_by(rule: str, node: dict) -> str | None:
    """The :data:`A11Y_ALLOWED` pattern that accepts ``node`` failing ``rule``, or None.

    Examples
    --------
    >>> allowed_by("button-name", {"target": [".x"], "html": '<button class="jp-Button '
    ...            'jp-collapseHeadingButton"></button>'})
    'button-name @ jp-collapseHeadingButton'
    >>> allowed_by("button-name", {"target": [".glf-app button"], "html": "<button>"}) is None
    True
    """
    texts = (node.get("html", ""), " ".join(str(t) for t in node.get("target", [])))
    for pattern in A11Y_ALLOWED:
        rule_id, _, expression = pattern.partition(" @ ")
        if rule_id == rule and (not expression or any(re.search(expression, t) for t in texts)):
            return pattern
    return None


def sort_violations(violations: list[dict]) -> tuple[list[str], dict[str, list[str]], list[str]]:
    """Split axe's violations into failures (one line per rule), accepted ones
    (:data:`A11Y_ALLOWED` pattern -> the elements), and lesser ones (impact below serious).
    Each element is described by its selector, markup and whether it is course content.

    Examples
    --------
    >>> v = [{"id": "button-name", "impact": "critical", "help": "Buttons need text",
    ...       "nodes": [{"target": [".glf-app button"], "html": "<button>", "course": True}]}]
    >>> failures, allowed, lesser = sort_violations(v)
    >>> failures[0].startswith("button-name (critical, in the course's content)")
    True
    """
    failures: list[str] = []
    allowed: dict[str, list[str]] = {}
    lesser: list[str] = []
    for violation in violations:
        rule, impact = violation["id"], violation.get("impact") or "minor"
        bad = []
        for node in violation["nodes"]:
            where = "course" if node.get("course") else "page"
            described = f"[{where}] {' '.join(map(str, node['target']))}: {node['html'][:200]}"
            if node.get("text"):
                described += f" (text: {node['text']!r})"
            if impact not in AXE_FAILING_IMPACTS:
                lesser.append(f"{rule} ({impact}) {described}")
            elif pattern := allowed_by(rule, node):
                allowed.setdefault(pattern, []).append(described)
            else:
                bad.append((node.get("course", False), described))
        if bad:
            place = (
                "in the course's content"
                if any(course for course, _ in bad)
                else "in JupyterLab's or Voila's own page: fix, or justify in A11Y_ALLOWED"
            )
            failures.append(
                f"{rule} ({impact}, {place}): {violation.get('help', '')}; "
                f"{len(bad)} element(s):\n    " + "\n    ".join(d for _, d in bad[:8])
            )
    return failures, allowed, lesser


# Run axe on the whole page (axe.min.js already added) and mark each offending element
# `course: true` when it lies inside the course's content. Returns axe's result object.
JS_AXE_RUN = """async ([tags, content]) => {
  const result = await axe.run(document, {
    runOnly: {type: 'tag', values: tags},
    resultTypes: ['violations'],
  });
  const find = (target) => {  // axe's target: selectors, one per shadow root crossed
    let root = document, el = null;
    for (const sel of target) {
      try { el = root.querySelector(sel); } catch (e) { return null; }
      if (!el) return null;
      root = el.shadowRoot || el;
    }
    return el;
  };
  for (const v of result.violations) {
    for (const node of v.nodes) {
      const el = Array.isArray(node.target) ? find(node.target) : null;
      node.course = Boolean(el && el.closest(content));
      if (node.course) node.text = (el.innerText || '').replace(/\\s+/g, ' ').trim().slice(0, 100);
    }
  }
  return result;
}"""

# What a learner's screen reader gets from the course's charts and controls:
# * every chart area (.vega-embed) is a graphics document named by the chart's description;
# * in an app, that name is the description the app prints under the chart;
# * every control shows a visible, non-empty label, and every slider handle is named.
# Returns the problems found, as sentences.
JS_NAMES = """() => {
  const problems = [];
  const visible = (el) => {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none';
  };
  const charts = [...document.querySelectorAll('.jp-Notebook .vega-embed')];
  charts.forEach((chart, i) => {
    const name = (chart.getAttribute('aria-label') || '').trim();
    if (chart.getAttribute('role') !== 'graphics-document' || !name) {
      problems.push(`chart ${i} is not a named graphics document for screen readers `
        + `(role=${chart.getAttribute('role')}, aria-label=${JSON.stringify(name)})`);
    }
  });
  document.querySelectorAll('.jp-Notebook .glf-app').forEach((app, i) => {
    const heading = app.querySelector('h4');
    const title = heading ? heading.textContent.trim() : '';
    const caption = app.querySelector('.glf-caption');
    const chart = app.querySelector('.vega-embed');
    const said = caption ? caption.textContent.replace(/\\s+/g, ' ').trim() : '';
    const named = chart ? (chart.getAttribute('aria-label') || '').replace(/\\s+/g, ' ').trim() : '';
    if (!said || said !== named) {
      problems.push(`app ${i} ${JSON.stringify(title)}: its chart's accessible name `
        + `${JSON.stringify(named)} is not the description under it ${JSON.stringify(said)}`);
    }
    app.querySelectorAll('.widget-slider, .widget-dropdown, .widget-toggle-buttons,'
        + ' .widget-checkbox, .widget-text, .widget-radio-box').forEach((control) => {
      const label = control.querySelector('.widget-label');
      const text = label ? label.textContent.trim() : '';
      if (!text || !visible(label)) {
        problems.push(`app ${i} ${JSON.stringify(title)}: a control has no visible label`
          + ` (${control.className})`);
      }
      control.querySelectorAll('[role="slider"]').forEach((handle) => {
        if (!(handle.getAttribute('aria-label') || '').trim()) {
          problems.push(`app ${i} ${JSON.stringify(title)}: slider ${JSON.stringify(text)}`
            + ' has a handle with no accessible name');
        }
      });
    });
  });
  return problems;
}"""


# --- What the page is asked. `window.jupyterapp` exists because of expose_app_in_browser.

# Cells still waiting, for the failure message.
JS_CELL_STATES = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  return w.content.widgets.map((c, i) => ({
    index: i,
    type: c.model.type,
    count: c.model.type === 'code' ? c.model.executionCount : null,
    prompt: c.promptNode ? c.promptNode.textContent : '',
  })).filter(c => c.type === 'code');
}"""

# Error outputs in the notebook's model: complete even if JupyterLab has not painted a cell.
JS_ERROR_OUTPUTS = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const found = [];
  w.content.widgets.forEach((c, i) => {
    if (c.model.type !== 'code') return;
    const outputs = c.model.outputs;
    for (let j = 0; j < outputs.length; j++) {
      const o = outputs.get(j).toJSON();
      const text = Array.isArray(o.text) ? o.text.join('') : (o.text || '');
      if (o.output_type === 'error') {
        found.push({cell: i, kind: 'error', text: `${o.ename}: ${o.evalue}`});
      } else if (o.output_type === 'stream' && o.name === 'stderr' && text.includes('Traceback')) {
        found.push({cell: i, kind: 'stderr', text: text.slice(-2000)});
      } else if (o.data && o.data['application/vnd.jupyter.error']) {
        found.push({cell: i, kind: 'error-mime', text: JSON.stringify(o.data).slice(0, 2000)});
      }
    }
  });
  return found;
}"""

# The same in the DOM, which also covers outputs inside widgets (e.g. an Output widget).
JS_ERROR_DOM = """() => {
  const sel = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"],'
      + ' .jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"]';
  return [...document.querySelectorAll(sel)]
    .filter(e => e.dataset.mimeType === 'application/vnd.jupyter.error'
                 || e.textContent.includes('Traceback'))
    .map(e => e.textContent.slice(-2000));
}"""

# Errors raised inside widget callbacks do not reach any cell: JupyterLab shows them in its
# log console, whose status-bar item counts them. Returns that count.
JS_LOG_COUNT = """() => {
  const e = document.querySelector('.jp-LogConsoleStatusItem');
  return e && !e.classList.contains('lm-mod-hidden') ? (parseInt(e.innerText, 10) || 0) : 0;
}"""

# Open the log console and return its text (the end holds the newest message).
JS_LOG_TEXT = """async () => {
  await window.jupyterapp.commands.execute('logconsole:open', {insertMode: 'split-bottom'});
  for (let i = 0; i < 50; i++) {
    const panel = document.querySelector('.jp-LogConsolePanel');
    if (panel && panel.innerText.trim()) return panel.innerText;
    await new Promise(r => setTimeout(r, 100));
  }
  return '(the log console could not be read)';
}"""
