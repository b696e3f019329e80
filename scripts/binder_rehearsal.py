"""Rehearse a Binder launch of the course on this machine, without Docker or conda.

Run from the repository root (``make binder-rehearsal``)::

    python3 scripts/binder_rehearsal.py [--keep]

mybinder.org builds the course with repo2docker's conda build pack and starts it through
BinderHub. This script does the same steps, in the same order, in a fresh virtual
environment in a temporary folder, and fails if any of them fails:

1. the base environment: the packages of repo2docker's Python 3.12 base environment at
   their exact versions (``config/repo2docker-base.txt``, which names the repo2docker
   commit and lock file they come from, and the conda-only packages left out), installed
   with ``--no-deps`` as conda installs an explicit lock;
2. ``mamba env update --file environment.yml``: its conda part (``python=3.12``, ``pip``)
   is already satisfied by the base; its pip part is run as mamba 2.8.1 runs it
   (libmamba ``src/api/utils.cpp``): the list written to a temporary ``mambaf*`` file
   beside environment.yml, then ``python -m pip install -U -r <file> --no-input``. ``-U``
   upgrades the named packages only; a dependency the base already satisfies keeps the
   base's version, so Binder does not get requirements.lock: only the direct pins hold;
3. ``./postBuild``, from the repository's folder, with the environment first on ``PATH``;
4. ``pip check`` must be clean;
5. a server started as BinderHub starts it: its single-user command picks ``jupyter-lab``
   when JupyterLab >= 3 is installed and passes ``--ip``, ``--port``, ``base_url``, a token
   and ``trust_xheaders``, each as ``--NotebookApp.*`` and ``--ServerApp.*``
   (binderhub ``binderspawner_mixin.py``), plus repo2docker's ``default_url=/lab``. Here it
   listens on 127.0.0.1 instead of 0.0.0.0, and with ``--allow-root`` when run as root
   (Binder runs as the user jovyan). ``/lab``, the badge's page, ``/tree``,
   ``/notebooks/...`` and ``/voila/render/...`` must answer 200, and Voila's page must
   ask for no MathJax from a CDN. Then Chromium (``/usr/bin/chromium``, driven by the
   environment's own playwright) opens the four pages with every request to another host
   blocked: none may be made, and Voila's page must log no error;
6. every lesson in ``lessons/`` is executed in that environment
   (``jupyter nbconvert --execute``), in the copy of the repository.

The repository's tracked files are copied first (Binder builds from a clone), so nothing is
written to this checkout. Kernels and servers get a fresh home folder. Only the package
registries are used (pip's cache is reused). The temporary folder and the server are
removed at the end, whatever happened, unless ``--keep`` is given.

This machine has Python 3.11 only (Debian 12 has no 3.12 and conda cannot run here), so the
rehearsal says which Python it used; set ``PYTHON=python3.12`` where one is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASE_LIST = ROOT / "config" / "repo2docker-base.txt"
SERVER_CONFIG = ROOT / "config" / "jupyter_server_config.json"
BINDER_PYTHON = "3.12"
BASE_URL = "/user/glf-rehearsal/"  # BinderHub serves each user under /user/<name>/
PAGES = (
    "lab",
    "lab/tree/lessons/00_start_here.ipynb",  # the README's badge
    "tree",
    "notebooks/lessons/00_start_here.ipynb",
    "voila/render/lessons/00_start_here.ipynb",
)
VOILA_PAGE = PAGES[-1]
# The pages opened in Chromium, and what shows that each has drawn.
BROWSER_PAGES = {
    "lab/tree/lessons/00_start_here.ipynb": ".jp-NotebookPanel .jp-Cell",
    "tree": ".jp-DirListing-item",
    "notebooks/lessons/00_start_here.ipynb": ".jp-Notebook .jp-Cell",
    "voila/render/lessons/00_start_here.ipynb": ".vega-embed svg, .vega-embed canvas",
}
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
SERVER_START_S = 90
PAGE_TIMEOUT_S = 180
LESSON_TIMEOUT_S = 300
# A page's own script or stylesheet on another host (a CDN), in its HTML.
EXTERNAL_ASSET = re.compile(r"""<(?:script|link)\b[^>]*(?:src|href)=["'](https?:)?//""", re.I)

T0 = time.monotonic()
CURRENT_STEP = ""
TOKEN_VAR = "GLF_REHEARSAL_TOKEN"  # hands the server's token to the browser check


class RehearsalFailed(Exception):
    pass


def step(text: str) -> None:
    global CURRENT_STEP
    CURRENT_STEP = text
    print(f"\n== [{time.monotonic() - T0:5.0f} s] {text}", flush=True)


def note(text: str) -> None:
    print(f"   {text}", flush=True)


def run(cmd: list[str], *, log: Path, cwd: Path, env: dict[str, str], show: int = 0) -> str:
    """Run ``cmd`` with its output in ``log``; print its last ``show`` lines; fail loudly."""
    note("$ " + " ".join(str(c) for c in cmd))
    with log.open("w") as out:
        proc = subprocess.run(
            [str(c) for c in cmd],
            cwd=cwd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            check=False,
        )
    text = log.read_text(errors="replace")
    if proc.returncode != 0:
        print(text, flush=True)
        name = " ".join(Path(str(c)).name for c in cmd[:3])
        raise RehearsalFailed(f"step {CURRENT_STEP!r}: {name} ... exited {proc.returncode}")
    lines = [line for line in text.splitlines() if line.strip()]
    for line in lines[-show:] if show else []:
        note(f"| {line[:300]}")
    return text


def copy_repository(dest: Path) -> None:
    """The tracked files of this checkout, as they are in the work tree (a clone, as Binder's)."""
    files = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    for name in filter(None, files):
        src = ROOT / os.fsdecode(name)
        if not src.exists():  # deleted in the work tree, not yet committed
            continue
        target = dest / os.fsdecode(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)


def freeze(python: Path, env: dict[str, str]) -> dict[str, str]:
    out = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--all", "--exclude-editable"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pins = {}
    for line in out.splitlines():
        if "==" in line:
            name, version = line.split("==", 1)
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def lock_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, token: str, timeout: float) -> tuple[int, str]:
    req = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode("utf-8", "replace")


def server_command(env_bin: Path, port: int, token: str) -> list[str]:
    # BinderSpawnerMixin.get_args without hub authentication; the values.yaml launcher
    # then execs jupyter-lab with these arguments.
    args = [
        "--ip=127.0.0.1",
        f"--port={port}",
        f"--NotebookApp.base_url={BASE_URL}",
        f"--NotebookApp.token={token}",
        "--NotebookApp.trust_xheaders=True",
        "--NotebookApp.default_url=/lab",
    ]
    args += [a.replace("--NotebookApp.", "--ServerApp.") for a in args if "NotebookApp." in a]
    if os.geteuid() == 0:
        args.append("--allow-root")
    return [str(env_bin / "jupyter-lab"), "--no-browser", *args]


def stop(proc: subprocess.Popen | None) -> None:
    if proc is None or proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)  # the server shuts its kernels down
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        pass
    except ProcessLookupError:
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # anything left in its process group
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


def check_server(env_bin: Path, repo: Path, env: dict[str, str], logs: Path) -> None:
    port, token = free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}{BASE_URL}"
    log_path = logs / "server.log"
    proc = None
    try:
        with log_path.open("wb") as log:
            cmd = server_command(env_bin, port, token)
            note("$ " + " ".join(cmd).replace(token, "<token>"))
            proc = subprocess.Popen(
                cmd,
                cwd=repo,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        launched = time.monotonic()
        deadline = launched + SERVER_START_S
        while True:
            if proc.poll() is not None:
                print(log_path.read_text(errors="replace"))
                raise RehearsalFailed(f"the server exited ({proc.returncode})")
            try:
                if fetch(base + "api/status", token, 2)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RehearsalFailed(f"the server did not answer in {SERVER_START_S} s")
            time.sleep(0.25)
        note(f"server up at {base} in {time.monotonic() - launched:.1f} s")
        failed = []
        for page in PAGES:
            started = time.monotonic()
            status, body = fetch(base + page, token, PAGE_TIMEOUT_S)
            note(f"GET {BASE_URL}{page} -> {status} ({time.monotonic() - started:.1f} s)")
            if status != 200:
                failed.append(f"{page}: HTTP {status}")
            if EXTERNAL_ASSET.search(body):
                failed.append(f"{page}: links a script or stylesheet on another host")
            if page == VOILA_PAGE:
                failed += check_voila_mathjax(body)
        errors = [
            line
            for line in log_path.read_text(errors="replace").splitlines()
            if line.startswith("[E ") or "Traceback" in line
        ]
        for line in errors[:20]:
            note(f"server log: {line[:300]}")
        if failed:
            print(log_path.read_text(errors="replace")[-20000:])
            raise RehearsalFailed("pages failed: " + "; ".join(failed))
        if not CHROMIUM.exists():
            if os.environ.get("CI"):
                raise RehearsalFailed(f"no {CHROMIUM} for the browser check (.ci/run installs it)")
            note(f"browser check skipped: no {CHROMIUM}")
            return
        note("the same pages in Chromium (this environment's playwright), other hosts blocked:")
        text = run(  # on failure, run() prints this check's whole output
            [env_bin / "python", Path(__file__).resolve(), "--browser-check", base],
            log=logs / "browser.log",
            cwd=repo,
            env={**env, TOKEN_VAR: token},
        )
        for line in text.splitlines():
            note(line)
    finally:
        stop(proc)


def check_voila_mathjax(body: str) -> list[str]:
    """Voila's front end uses the MathJax in its bundle only when its page config reads
    ``"null"`` for both settings; anything else loads MathJax 2 from that URL
    (config/README.md)."""
    match = re.search(
        r'<script id="jupyter-config-data" type="application/json">(.*?)</script>', body, re.S
    )
    if not match:
        return ["voila page: no jupyter-config-data"]
    config = json.loads(match.group(1))
    got = {k: config.get(k) for k in ("fullMathjaxUrl", "mathjaxConfig")}
    note(f"Voila page config: {got} (both 'null': MathJax from Voila's own bundle)")
    if any(str(v) not in ("null", "None") for v in got.values()):
        return [f"voila page would load MathJax from {got['fullMathjaxUrl']!r}"]
    return []


def browser_check(base: str) -> int:
    """Open BROWSER_PAGES in headless Chromium with every request to another host blocked.

    Run by the rehearsal with the rehearsed environment's Python (its playwright is pinned
    in environment.yml). Fails on any request to another host, a page that does not draw,
    or an error in Voila's console (the course's Voila pages have none). Errors in the
    other pages' consoles are listed only: notebook 7.6.5's own pages log two
    ("reading 'schema'", "filebrowser:open-path"), also with nothing but jupyterlab 4.6.6
    and notebook 7.6.5 installed, and still draw.
    """
    from urllib.parse import urlsplit

    token = os.environ[TOKEN_VAR]

    from playwright.sync_api import sync_playwright

    failures = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for page_path, drawn in BROWSER_PAGES.items():
            context = browser.new_context()
            blocked: list[str] = []

            def route(route, blocked=blocked) -> None:
                url = route.request.url
                if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).hostname in (
                    "127.0.0.1",
                    "localhost",
                ):
                    route.continue_()
                else:
                    blocked.append(url)
                    route.abort("blockedbyclient")

            context.route("**/*", route)
            page = context.new_page()
            console: list[str] = []
            page.on("console", lambda m, c=console: c.append(m.text) if m.type == "error" else 0)
            page.on("pageerror", lambda e, c=console: c.append(f"page error: {e}"))
            page.on(
                "response",
                lambda r, c=console: c.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else 0,
            )
            started = time.monotonic()
            page.goto(f"{base}{page_path}?token={token}", wait_until="domcontentloaded")
            try:
                page.wait_for_selector(drawn, state="attached", timeout=90_000)
                page.wait_for_timeout(2_000)  # what loads after the first drawing
                shown = f"drawn ({drawn}) in {time.monotonic() - started:.1f} s"
            except Exception as err:  # playwright's TimeoutError
                shown = f"NOT drawn ({drawn}): {str(err).splitlines()[0]}"
                failures.append(f"{page_path}: not drawn")
            print(
                f"{page_path}: {shown}; {len(blocked)} request(s) to other hosts;"
                f" {len(console)} console error(s)"
            )
            for url in blocked:
                print(f"  blocked: {url}")
                failures.append(f"{page_path}: asked another host")
            for line in console:
                print(f"  console: {line[:300]}")
                if page_path.startswith("voila/"):
                    failures.append(f"{page_path}: {line[:100]}")
            context.close()
        browser.close()
    for failure in failures:
        print(f"FAILED {failure}")
    return 1 if failures else 0


def rehearse(tmp: Path) -> None:
    repo, env_dir, logs, home = tmp / "repo", tmp / "env", tmp / "logs", tmp / "home"
    for folder in (repo, logs, home):
        folder.mkdir()
    env_bin = env_dir / "bin"
    python = env_bin / "python"
    base_env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "PYTHONPATH",
            "VIRTUAL_ENV",
            "JUPYTER_PATH",
            "JUPYTER_CONFIG_PATH",
            "JUPYTER_CONFIG_DIR",
            "JUPYTER_DATA_DIR",
            "JUPYTER_RUNTIME_DIR",
        }
    }
    base_env["PATH"] = f"{env_bin}{os.pathsep}{os.environ.get('PATH', '')}"
    base_env["PYTHONNOUSERSITE"] = "1"
    base_env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    # Kernels and servers: a fresh home folder, as a new Binder session has.
    user_env = {
        **base_env,
        "HOME": str(home),
        "GLF_PROGRESS_FILE": str(home / ".glf-course" / "progress.json"),
        "PYTHONUNBUFFERED": "1",
    }

    step("0/6 the repository, as Binder clones it")
    copy_repository(repo)
    note(f"{sum(1 for p in repo.rglob('*') if p.is_file())} tracked files copied to {repo}")

    step(f"1/6 repo2docker's Python {BINDER_PYTHON} base environment ({BASE_LIST.name})")
    run([sys.executable, "-m", "venv", env_dir], log=logs / "venv.log", cwd=tmp, env=base_env)
    base = {
        re.sub(r"[-_.]+", "-", n).lower(): v
        for n, v in (
            line.split("==", 1)
            for line in BASE_LIST.read_text().splitlines()
            if line.strip() and not line.startswith("#")
        )
    }
    run(
        [python, "-m", "pip", "install", "-q", f"pip=={base['pip']}"],
        log=logs / "pip-self.log",
        cwd=tmp,
        env=base_env,
    )
    run(
        [python, "-m", "pip", "install", "--no-deps", "--no-input", "-r", BASE_LIST],
        log=logs / "base.log",
        cwd=tmp,
        env=base_env,
        show=1,
    )
    before = freeze(python, base_env)
    missing = {n: v for n, v in base.items() if before.get(n) != v}
    if missing:
        raise RehearsalFailed(f"base environment incomplete: {missing}")
    note(
        f"{len(base)} packages at the base's versions, e.g. jupyterlab {before['jupyterlab']},"
        f" notebook {before['notebook']}, tornado {before['tornado']}"
    )

    step("2/6 environment.yml's pip step, as mamba env update runs it")
    env_yml = repo / "environment.yml"
    spec = subprocess.run(
        [
            str(python),
            "-c",
            "import json, sys, yaml; env = yaml.safe_load(open(sys.argv[1]));"
            "print(json.dumps([d for d in env['dependencies'] if isinstance(d, str)]));"
            "print(json.dumps(next(d['pip'] for d in env['dependencies'] if isinstance(d, dict))))",
            str(env_yml),
        ],
        env=base_env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    conda_deps, pip_deps = json.loads(spec[0]), json.loads(spec[1])
    note(f"conda part {conda_deps}: satisfied by the base (Binder: python {BINDER_PYTHON}, pip)")
    fd, spec_name = tempfile.mkstemp(prefix="mambaf", dir=env_yml.parent)
    spec_file = Path(spec_name)
    with os.fdopen(fd, "w") as out:
        out.writelines(f"{dep}\n" for dep in pip_deps)
    try:
        text = run(
            [python, "-m", "pip", "install", "-U", "-r", spec_file, "--no-input"],
            log=logs / "pip-step.log",
            cwd=env_yml.parent,
            env=base_env,
            show=1,
        )
    finally:
        spec_file.unlink()
    for line in text.splitlines():
        if ("requires" in line and "but you have" in line) or line.startswith("ERROR"):
            note(f"pip: {line}")
    after = freeze(python, base_env)
    upgraded = sorted(n for n in after if n in before and after[n] != before[n])
    added = sorted(n for n in after if n not in before)
    kept = sorted(n for n in before if after.get(n) == before[n])
    note(
        f"{len(pip_deps)} direct pins; pip upgraded {len(upgraded)} base packages, added "
        f"{len(added)}, left {len(kept)} at the base's versions"
    )
    lock = lock_pins()
    differ = sorted(n for n in lock if n in after and after[n] != lock[n])
    absent = sorted(n for n in lock if n not in after)
    extra = sorted(n for n in after if n not in lock and n not in {"pip", "setuptools", "wheel"})
    note(
        f"against requirements.lock: {len(lock) - len(differ) - len(absent)} same, "
        f"{len(differ)} at other versions, {len(absent)} not installed, {len(extra)} extra"
    )
    note("other versions: " + ", ".join(f"{n} {after[n]} (lock {lock[n]})" for n in differ))
    if absent:
        note("not installed: " + ", ".join(absent))

    step("3/6 postBuild")
    run(["./postBuild"], log=logs / "postBuild.log", cwd=repo, env=base_env, show=3)
    installed = env_dir / "etc" / "jupyter" / "jupyter_server_config.json"
    if not installed.is_file() or json.loads(installed.read_text()) != json.loads(
        SERVER_CONFIG.read_text()
    ):
        raise RehearsalFailed(f"postBuild did not install {SERVER_CONFIG.name} as {installed}")
    note(f"{installed.relative_to(env_dir)} is the course's config/{SERVER_CONFIG.name}")

    step("4/6 pip check")
    run([python, "-m", "pip", "check"], log=logs / "pip-check.log", cwd=repo, env=base_env, show=5)

    step("5/6 the server, as BinderHub starts it (minus hub auth)")
    check_server(env_bin, repo, user_env, logs)

    step("6/6 every lesson executed in this environment")
    out_dir = tmp / "executed"
    lessons = sorted((repo / "lessons").glob("*.ipynb"))
    for lesson in lessons:
        started = time.monotonic()
        run(
            [
                env_bin / "jupyter",
                "nbconvert",
                "--execute",
                "--to",
                "notebook",
                f"--ExecutePreprocessor.timeout={LESSON_TIMEOUT_S}",
                "--output-dir",
                out_dir,
                lesson,
            ],
            log=logs / f"{lesson.stem}.log",
            cwd=repo,
            env=user_env,
        )
        note(f"{lesson.name}: ran in {time.monotonic() - started:.1f} s")
    if not lessons:
        raise RehearsalFailed("no lessons found in lessons/")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--browser-check", metavar="BASE_URL", help=argparse.SUPPRESS
    )  # step 5, run in the rehearsed environment
    opts = parser.parse_args()
    if opts.browser_check:
        return browser_check(opts.browser_check)

    version = platform.python_version()
    same = version.startswith(BINDER_PYTHON + ".")
    print(
        f"Binder rehearsal: rehearsed on Python {version}; Binder uses {BINDER_PYTHON}"
        + (
            ""
            if same
            else " (no Python 3.12 on this machine: set PYTHON=python3.12 where there is one)"
        ),
        flush=True,
    )
    tmp = Path(tempfile.mkdtemp(prefix="glf-binder-"))
    result = 1
    try:
        rehearse(tmp)
        result = 0
    except RehearsalFailed as err:
        print(f"\nBinder rehearsal FAILED: {err}", flush=True)
    finally:
        if opts.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    took = time.monotonic() - T0
    if result == 0:
        print(
            f"\nBinder rehearsal passed in {took:.0f} s (on Python {version}; Binder uses "
            f"{BINDER_PYTHON})."
            + ("" if opts.keep else " Temporary environment and server removed."),
            flush=True,
        )
    return result


if __name__ == "__main__":
    sys.exit(main())
