"""The pinned environment: one set of direct pins, kept in step everywhere."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;]+)$")


def _pins(lines: list[str]) -> dict[str, str]:
    pins = {}
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        match = PIN.match(line)
        assert match, f"not an exact pin: {line!r}"
        pins[match.group(1).lower().replace("_", "-")] = match.group(2)
    return pins


def direct_pins() -> dict[str, str]:
    return _pins((ROOT / "requirements.in").read_text().splitlines())


def lock_pins() -> dict[str, str]:
    return _pins((ROOT / "requirements.lock").read_text().splitlines())


def test_every_direct_dependency_is_pinned_in_the_lock_at_the_same_version():
    lock = lock_pins()
    for name, version in direct_pins().items():
        assert lock.get(name) == version, (
            f"{name}: requirements.in {version}, lock {lock.get(name)}"
        )


def test_environment_yml_lists_the_same_direct_pins_for_binder():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    assert "python=3.12" in conda, "Binder defaults to Python 3.10 unless python is pinned"
    assert "pip" in conda, "postBuild needs pip in the environment"
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    assert _pins(pip_section) == direct_pins()
    assert "conda-forge" in env["channels"]


def test_lock_keeps_rfc3987_syntax_out_of_the_kernel():
    # STACK.md: importing it costs ~3.5 s in every kernel; jsonschema 4.23 does not pull it in.
    assert "rfc3987-syntax" not in lock_pins()


def test_pyproject_ranges_admit_the_pinned_versions():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lock = lock_pins()
    for spec in project["dependencies"]:
        req = Requirement(spec)
        name = req.name.lower()
        assert name in lock, f"{name} is a dependency but not locked"
        assert req.specifier.contains(lock[name]), f"{name} {lock[name]} outside {req.specifier}"


def test_postbuild_installs_the_project_without_touching_dependencies():
    text = (ROOT / "postBuild").read_text()
    assert "set -euo pipefail" in text
    assert "pip install --no-deps -e ." in text


def test_installed_environment_matches_the_lock():
    lock = lock_pins()
    out = subprocess.run(
        [sys.executable, "-m", "pip", "freeze", "--exclude-editable"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    installed = _pins([line for line in out if "==" in line])
    drift = {n: (v, installed.get(n)) for n, v in lock.items() if installed.get(n) != v}
    assert not drift, f"installed packages differ from requirements.lock: {drift}"


def test_import_helpers_does_not_load_rfc3987_syntax():
    code = "import sys, helpers.core.ui; print('rfc3987_syntax' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_notebook_pin_admits_the_pinned_jupyterlab():
    # Binder's base environment has notebook 7.4.7, which needs jupyterlab<4.5: pip then
    # reports a conflict unless notebook is pinned at the release made for our JupyterLab.
    from importlib.metadata import requires

    pins = direct_pins()
    assert "notebook" in pins, "notebook must be pinned: Binder's base has an older one"
    lab = [Requirement(r) for r in requires("notebook") if r.startswith("jupyterlab")]
    assert [r for r in lab if r.name == "jupyterlab" and not r.marker]
    for req in lab:
        if req.name == "jupyterlab" and not req.marker:
            assert req.specifier.contains(pins["jupyterlab"]), f"notebook needs {req}"


def test_installed_environment_passes_pip_check():
    out = subprocess.run(
        [sys.executable, "-m", "pip", "check"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0, out.stdout + out.stderr


def _json(name: str) -> dict:
    import json

    return json.loads((ROOT / "config" / name).read_text())


def test_server_config_mathjax_settings_are_the_string_null():
    # config/README.md: JSON null makes notebook's /tree and /notebooks/ answer 500; the
    # string "null" still gives Voila its bundled MathJax (no CDN).
    settings = _json("jupyter_server_config.json")["ServerApp"]["tornado_settings"]
    assert settings["mathjax_url"] == "null"
    assert settings["mathjax_config"] == "null"


def test_voila_skips_the_same_jupyterlab_extensions_standalone_and_in_a_server():
    in_server = _json("jupyter_server_config.json")["VoilaConfiguration"]["extension_denylist"]
    standalone = _json("voila.json")["VoilaConfiguration"]["extension_denylist"]
    assert in_server == standalone
    assert "@jupyter-notebook/lab-extension" in in_server


def test_repo2docker_base_list_names_its_source_and_pins_every_package():
    text = (ROOT / "config" / "repo2docker-base.txt").read_text()
    assert re.search(r"jupyterhub/repo2docker, commit [0-9a-f]{40}", text)
    assert "environment.py-3.12-linux-64.lock" in text
    base = _pins(text.splitlines())
    for name in ("jupyterlab", "notebook", "jupyter-server", "pip"):
        assert name in base, f"{name} missing from the base list"


def test_make_lab_starts_jupyterlab_as_root_too():
    import os

    dry = subprocess.run(
        ["make", "-n", "lab"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    line = [ln for ln in dry.splitlines() if "jupyter lab" in ln][-1]
    assert ("--allow-root" in line) == (os.getuid() == 0), line
