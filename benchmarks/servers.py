"""Throwaway Jupyter servers and an offline Chromium, shared by the browser tests and benchmark.

``tests/browser/test_browser.py`` (does every lesson work in a browser?) and
``benchmarks/browser_bench.py`` (how fast does a chart answer a key press?) both start
JupyterLab or Voila on a free port over a temporary copy of the lessons, drive Debian's
Chromium through Playwright, and let no request leave this machine. That machinery lives
here, in an importable package (``benchmarks``, run from the repository root), so neither
needs ``sys.path`` tricks. See ``../shared/STACK.md`` ("Real browser tests") for why each
option is set.

The servers read the course's Jupyter configuration from the repository's ``config/``
folder (the Voila template ``glf`` and ``jupyter_server_config.json``), the same files
``make setup`` and Binder's ``postBuild`` install into the environment, so a test always
checks the committed files, never a stale installed copy.
"""

from __future__ import annotations

import json
import os
import re
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
CONFIG = ROOT / "config"

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

# Seconds a server may take to answer its first request.
SERVER_START_S = 60


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


def missing_browser() -> str | None:
    """Why the browser cannot run here (a sentence), or None when it can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Python Playwright is not installed (it is in requirements.lock: run `make setup`)"
    if not CHROMIUM.exists():
        return f"{CHROMIUM} not found: install Debian's Chromium with `apt-get install chromium`"
    return None


def launch_chromium(playwright):
    """Headless Debian Chromium with STACK.md's options (never Playwright's own download)."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
    )


def block_network(context, blocked: list[str]) -> None:
    """Let only local requests through ``context``; abort every other one and list its URL
    in ``blocked`` (plain requests and websockets alike)."""

    def route(route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            blocked.append(url)
            route.abort("blockedbyclient")

    def route_ws(ws) -> None:
        blocked.append(ws.url)
        ws.close()

    context.route("**/*", route)
    context.route_web_socket(re.compile(r"^wss?://(?!(127\.0\.0\.1|localhost)[:/])"), route_ws)


def _prepend_path(var: str, folder: Path) -> str:
    old = os.environ.get(var)
    return os.pathsep.join([str(folder), old]) if old else str(folder)


@dataclass
class Server:
    """A Jupyter server process (JupyterLab or Voila) serving a temporary copy of the lessons.

    The copy means a run never writes to the repository's notebooks (JupyterLab saves
    checkpoints and may autosave); kernels still import ``helpers`` because the project
    is installed in editable mode. The user's config and runtime folders live in the same
    temporary folder, so a user's own Jupyter configuration does not leak in; the course's
    own (``config/``) is put first on ``JUPYTER_PATH`` and ``JUPYTER_CONFIG_PATH``. The
    process runs in its own process group, so :meth:`stop` ends its kernels too.
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
            # The course's Voila template (config/voila/templates/glf) and server config
            # (config/jupyter_server_config.json), read from the repository.
            "JUPYTER_PATH": _prepend_path("JUPYTER_PATH", CONFIG),
            "JUPYTER_CONFIG_PATH": _prepend_path("JUPYTER_CONFIG_PATH", CONFIG),
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

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


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
    """``voila`` serving the lessons folder with the options of ``make present``, plus
    tracebacks shown: the course's template ``glf`` (no CDN) and the classic, server-drawn
    list of lessons as the home page.

    No XSRF option: a page's kernel is shut down when the page is left (Voila's shutdown
    beacon) provided the browser holds Voila's ``_xsrf`` cookie, which the home page sets.
    A page opened straight from its URL, without visiting the list first, gets 403 and its
    kernel lives until the server stops (voila issue #1458).
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
            "--template=glf",
            "--VoilaConfiguration.classic_tree=True",
            "--VoilaConfiguration.show_tracebacks=True",
        ]


# --- What a JupyterLab page is asked. `window.jupyterapp` exists because of
# expose_app_in_browser.

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
# error unexecuted; callers then report the error instead of waiting for a timeout).
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

# Every .vega-embed on the page and whether it holds a drawn chart.
JS_CHARTS = """() => [...document.querySelectorAll('.jp-Notebook .vega-embed')].map(
  e => Boolean(e.querySelector('svg, canvas')))"""

# The charts of one app, as markup to compare before and after a control moves.
JS_APP_CHART = """(app) => [...app.querySelectorAll('.vega-embed svg, .vega-embed canvas')]
  .map(e => e.tagName === 'CANVAS' ? e.toDataURL() : e.innerHTML).join('\\n')"""

# Whether chart markup from JS_APP_CHART holds a drawn chart: Vega first puts an empty <svg>
# (one empty <g>) in place and draws the marks into it a moment later.
JS_DRAWN = """(markup) => markup.startsWith('data:') || markup.includes('class="mark-')"""

# The controls the tests and the benchmark move from the keyboard, first one first.
CONTROLS = ".widget-slider, .widget-dropdown, .widget-toggle-buttons"
