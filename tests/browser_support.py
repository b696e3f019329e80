"""Machinery for tests/test_browser.py that does not read as a test.

The browser tests open every lesson in JupyterLab and Voila inside Debian's Chromium
(driven by Playwright), run all cells, and move one control of every app, with every
request to another host blocked. Starting the servers, launching the browser and blocking
the network are shared with the browser benchmark and live in ``benchmarks/servers.py``.
This module holds the rest: which lessons, the timeouts, the JavaScript that asks
JupyterLab for errors, and saving screenshots when a test fails. See
``../shared/STACK.md`` ("Real browser tests") for why each step is done the way it is.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

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
        text = value if isinstance(value, str) else json.dumps(value, indent=2, default=str)
        (folder / f"{key}.txt").write_text(text)
    return folder


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
