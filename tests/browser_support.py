"""Machinery for tests/test_browser.py: a throwaway JupyterLab server and the page scripts.

The browser tests open every lesson in JupyterLab inside Debian's Chromium (driven by
Playwright), run all cells, and move one control of every app, with every request to
another host blocked. This module holds what does not read as a test: finding the
browser, starting and stopping the server, the JavaScript that asks JupyterLab about
its state, and saving screenshots when a test fails. See ``../shared/STACK.md``
("Real browser tests") for why each step is done the way it is.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]

# For developing the tests themselves only: point at a folder of throwaway notebooks.
LESSONS_ENV = "GLF_BROWSER_LESSONS_DIR"
LESSONS_DIR = Path(os.environ.get(LESSONS_ENV) or ROOT / "lessons")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
ARTIFACTS = ROOT / "test-artifacts"

# Console errors we accept, as {regular expression: why it is unavoidable}. Empty: every
# error printed to the browser console by a lesson page fails the test.
ALLOWED_CONSOLE_ERRORS: dict[str, str] = {}

# Timeouts, in seconds.
SERVER_START_S = 60
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


def is_local(url: str) -> bool:
    """True when ``url`` needs no network: this machine, or an in-page ``data:``/``blob:`` URL.

    Examples
    --------
    >>> is_local("http://127.0.0.1:8888/lab"), is_local("https://cdn.jsdelivr.net/npm/vega@5")
    (True, False)
    >>> is_local("data:image/png;base64,AAAA")
    True
    """
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about", "chrome", "devtools"}:
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A Jupyter server process (JupyterLab or Voila) serving a temporary copy of the lessons.

    The copy means a test never writes to the repository's notebooks (JupyterLab saves
    checkpoints and may autosave); kernels still import ``helpers`` because the project
    is installed in editable mode. Config and runtime files live in the same temporary
    folder, so a user's own Jupyter configuration does not leak in. The process runs in
    its own process group, so :meth:`stop` ends its kernels too.
    """

    lessons: Path
    port: int = field(default_factory=free_port)
    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="glf-browser-")))
    proc: subprocess.Popen | None = None
    name = "server"
    ready_path = "/api/status"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.tmp / f"{self.name}.log"

    @property
    def root(self) -> Path:
        return self.tmp / "lessons"

    def command(self) -> list[str]:
        raise NotImplementedError

    def start(self) -> Server:
        shutil.copytree(self.lessons, self.root, ignore=shutil.ignore_patterns(".ipynb_*"))
        for name in ("workspaces", "user-settings", "config", "runtime"):
            (self.tmp / name).mkdir()
        env = {
            **os.environ,
            "JUPYTER_CONFIG_DIR": str(self.tmp / "config"),
            "JUPYTER_RUNTIME_DIR": str(self.tmp / "runtime"),
            "PYTHONUNBUFFERED": "1",
        }
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                self.command(),
                cwd=self.root,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_until_up()
        return self

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + SERVER_START_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.proc.returncode}):\n{self.log()}")
            try:
                with urllib.request.urlopen(f"{self.url}{self.ready_path}", timeout=2):
                    return
            except OSError:
                time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer in {SERVER_START_S} s:\n{self.log()}")

    def shutdown_kernels(self) -> None:
        """Called after each lesson; kernels that outlive their page are ended here."""

    def log(self, start: int = 0) -> str:
        try:
            return self.log_path.read_bytes()[start:].decode("utf-8", "replace")
        except OSError:
            return ""

    def log_size(self) -> int:
        try:
            return self.log_path.stat().st_size
        except OSError:
            return 0

    def stop(self) -> None:
        if self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)  # the server shuts its kernels down
                self.proc.wait(timeout=15)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)  # whatever is left in the group
            except ProcessLookupError:
                pass
            self.proc.wait(timeout=10)
        shutil.rmtree(self.tmp, ignore_errors=True)


class LabServer(Server):
    """``jupyter lab`` with STACK.md's test options, its workspaces and settings in ``tmp``."""

    name = "jupyter-lab"

    def command(self) -> list[str]:
        return [
            str(Path(sys.executable).parent / "jupyter"),
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={self.port}",
            "--allow-root",
            "--IdentityProvider.token=",
            "--ServerApp.disable_check_xsrf=True",
            "--LabApp.expose_app_in_browser=True",
            f"--ServerApp.root_dir={self.root}",
            f"--LabApp.workspaces_dir={self.tmp / 'workspaces'}",
            f"--LabApp.user_settings_dir={self.tmp / 'user-settings'}",
        ]

    def api(self, path: str, method: str = "GET") -> object:
        req = urllib.request.Request(f"{self.url}{path}", method=method)
        with urllib.request.urlopen(req, timeout=10) as resp:
            body = resp.read()
        return json.loads(body) if body else None

    def shutdown_kernels(self) -> None:
        """Shut every session and kernel down, so the next lesson starts alone."""
        try:
            for session in self.api("/api/sessions"):
                self.api(f"/api/sessions/{session['id']}", method="DELETE")
            for kernel in self.api("/api/kernels"):
                self.api(f"/api/kernels/{kernel['id']}", method="DELETE")
        except OSError:
            pass


class VoilaServer(Server):
    """``voila`` serving the lessons folder, as ``make present`` does, with tracebacks shown.

    ``disable_check_xsrf`` lets the page's shutdown beacon end its kernel when the page
    closes; without it Voila 0.5 answers 403 and the kernel lives on (voila issue #1458).
    """

    name = "voila"
    ready_path = "/"

    def command(self) -> list[str]:
        return [
            str(Path(sys.executable).parent / "voila"),
            str(self.root),
            "--no-browser",
            f"--port={self.port}",
            "--Voila.ip=127.0.0.1",
            "--VoilaConfiguration.show_tracebacks=True",
            "--Voila.tornado_settings={'disable_check_xsrf': True}",
        ]


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

# The notebook at `path` is the current widget and its kernel is connected and idle. The
# status bar says "idle" too early (STACK.md), so ask the session context itself.
JS_KERNEL_READY = """(path) => {
  const app = window.jupyterapp;
  const w = app && app.shell && app.shell.currentWidget;
  if (!w || !w.sessionContext || !w.context || w.context.path !== path) return false;
  if (!w.context.isReady || !w.content || w.content.widgets.length === 0) return false;
  const sc = w.sessionContext;
  const k = sc.session && sc.session.kernel;
  return Boolean(sc.isReady && k && k.connectionStatus === 'connected' && k.status === 'idle');
}"""

# Run All has ended: no cell shows [*], the kernel is idle, and every code cell has an
# execution count, or an error output stopped the run (JupyterLab leaves the cells after an
# error unexecuted; the test then reports the error instead of waiting for its timeout).
JS_RUN_FINISHED = """() => {
  const w = window.jupyterapp.shell.currentWidget;
  const k = w.sessionContext.session && w.sessionContext.session.kernel;
  if (!k || k.status !== 'idle') return false;
  const code = w.content.widgets.filter(c => c.model.type === 'code');
  if (code.some(c => c.promptNode && c.promptNode.textContent.includes('*'))) return false;
  const failed = code.some(c => {
    const outputs = c.model.outputs;
    for (let j = 0; j < outputs.length; j++) {
      if (outputs.get(j).type === 'error') return true;
    }
    return false;
  });
  return failed || code.every(c => c.model.executionCount !== null);
}"""

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

# Every .vega-embed on the page and whether it holds a drawn chart.
JS_CHARTS = """() => [...document.querySelectorAll('.jp-Notebook .vega-embed')].map(
  e => Boolean(e.querySelector('svg, canvas')))"""

# The charts of one app, as markup to compare before and after a control moves.
JS_APP_CHART = """(app) => [...app.querySelectorAll('.vega-embed svg, .vega-embed canvas')]
  .map(e => e.tagName === 'CANVAS' ? e.toDataURL() : e.innerHTML).join('\\n')"""

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
